"""Canary events: synthetic records with generated PII of every protected entity type.

A worker injects a canary set into its raw topic now and then (header
`veilstream-canary: 1`). Whichever worker decides a canary regenerates its
values from the event id alone (the id carries the seed), checks that none
of them came out in clear, and writes one audit event (kind "canary") per
canary: `entity_counts` has one key per seeded entity type, 1 when its value
was caught, 0 when it leaked. The daily evidence sums them into recall per
entity type. The values are generated here, with the standards' own
checksums, independently of the recognizers they test.

Entity types the policy blocks (secrets) travel in a canary of their own:
for them "caught" means the record was quarantined.
"""

from __future__ import annotations

import json
import random
import re
import string
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pipeline import codecs, metrics
from pipeline.audit.events import deterministic_id
from pipeline.policy.model import Action, Policy
from pipeline.records import AuditEvent, Offset
from pipeline.samples import (
    AREA_CODES,
    CITIES,
    DOMAINS,
    FIRST,
    LAST,
    STREETS,
    luhn_complete,
)

if TYPE_CHECKING:
    from pipeline.flow import Decision

HEADER = "veilstream-canary"
SOURCE = "veilstream-canary"
_ID = re.compile(r"^canary-([0-9a-f]{16})-(\d{1,3})-([0-9a-f]{8})$")  # seed, index, policy version


# --- generators: (rng) -> value, each with the sentence that carries it --------------


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def _email(rng: random.Random) -> str:
    return f"{rng.choice(FIRST).lower()}.{rng.choice(LAST).lower()}{rng.randint(10, 99)}@{rng.choice(DOMAINS)}"


def _phone(rng: random.Random) -> str:
    return f"+1 {rng.choice(AREA_CODES)}-{rng.randint(201, 549)}-{rng.randint(1000, 9999)}"


def _card(rng: random.Random) -> str:
    number = luhn_complete(rng.choice(("4111", "4532", "5425", "6011")), 16, rng)
    return " ".join(number[i : i + 4] for i in range(0, 16, 4))


def _ssn(rng: random.Random) -> str:
    area = rng.choice([n for n in range(1, 900) if n != 666])
    return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def _iban(rng: random.Random) -> str:
    bban = _digits(rng, 18)  # DE: 8-digit bank code, 10-digit account
    check = 98 - int(bban + "131400") % 97  # "DE00" moved to the end, letters as numbers
    compact = f"DE{check:02d}{bban}"
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def _ip(rng: random.Random) -> str:
    return f"{rng.randint(11, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def _routing(rng: random.Random) -> str:
    head = f"{rng.choice([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 21, 22, 26, 31]):02d}" + _digits(rng, 6)
    d = [int(c) for c in head]
    partial = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5]
    return head + str((10 - partial % 10) % 10)  # weights 3-7-1 sum to a multiple of ten


def _dob(rng: random.Random) -> str:
    return f"{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/{rng.randint(1950, 2001)}"


def _street(rng: random.Random) -> str:
    return f"{rng.randint(10, 999)} {rng.choice(STREETS)}, {rng.choice(CITIES)}, OR {rng.randint(97001, 97999)}"


def _city(rng: random.Random) -> str:
    return rng.choice(("Chicago", "Boston", "Seattle", "Denver", "London", "Paris", "Madrid", "Berlin"))


def _nino(rng: random.Random) -> str:
    prefix = rng.choice(("AB", "CE", "JT", "PR", "WZ"))
    return f"{prefix} {_digits(rng, 2)} {_digits(rng, 2)} {_digits(rng, 2)} {rng.choice('ABCD')}"


def _bsn(rng: random.Random) -> str:
    while True:
        head = _digits(rng, 8)
        total = sum(w * int(c) for w, c in zip((9, 8, 7, 6, 5, 4, 3, 2), head, strict=True))
        last = total % 11  # the -1 weight of the last digit must cancel the rest mod 11
        if head[0] != "0" and last < 10:
            return head + str(last)


def _nif(rng: random.Random) -> str:
    body = _digits(rng, 8)
    return body + "TRWAGMYFPDXBNJZSQVHLCKE"[int(body) % 23]


def _insee(rng: random.Random) -> str:
    body = f"{rng.choice('12')}{rng.randint(50, 99)}{rng.randint(1, 12):02d}{rng.randint(1, 95):02d}{_digits(rng, 3)}{_digits(rng, 3)}"
    key = 97 - int(body) % 97
    return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}"


_IT_ODD = dict(
    zip(
        string.digits + string.ascii_uppercase,
        [
            1,
            0,
            5,
            7,
            9,
            13,
            15,
            17,
            19,
            21,
            1,
            0,
            5,
            7,
            9,
            13,
            15,
            17,
            19,
            21,
            2,
            4,
            18,
            20,
            11,
            3,
            6,
            8,
            12,
            14,
            16,
            10,
            22,
            25,
            24,
            23,
        ],
        strict=True,
    )
)


def _it_fiscal(rng: random.Random) -> str:
    letters = string.ascii_uppercase
    body = (
        "".join(rng.choice(letters) for _ in range(6))
        + _digits(rng, 2)
        + rng.choice("ABCDEHLMPRST")
        + f"{rng.randint(1, 28):02d}"
        + rng.choice(letters)
        + _digits(rng, 3)
    )
    total = sum(_IT_ODD[c] if i % 2 == 0 else (int(c) if c.isdigit() else ord(c) - 65) for i, c in enumerate(body))
    return body + chr(65 + total % 26)


def _steuer_id(rng: random.Random) -> str:
    while True:
        digits = [rng.choice("123456789")] + [rng.choice(string.digits) for _ in range(9)]
        counts = sorted((digits.count(c) for c in set(digits)), reverse=True)
        if counts[0] not in (2, 3) or counts[1] > 1:
            continue
        product = 10
        for ch in digits:
            total = (int(ch) + product) % 10 or 10
            product = (total * 2) % 11
        number = "".join(digits) + str((11 - product) % 10)
        return f"{number[:2]} {number[2:5]} {number[5:8]} {number[8:]}"


def _mrn(rng: random.Random) -> str:
    return f"MR-{_digits(rng, 7)}"


def _mbi(rng: random.Random) -> str:
    letters = "ACDEFGHJKMNPQRTUVWXY"
    return (
        f"{rng.randint(1, 9)}{rng.choice(letters)}{rng.choice(letters)}{rng.randint(0, 9)}-"
        f"{rng.choice(letters)}{rng.choice(letters)}{rng.randint(0, 9)}-"
        f"{rng.choice(letters)}{rng.choice(letters)}{rng.randint(10, 99)}"
    )


def _driver_license(rng: random.Random) -> str:
    return f"{rng.choice(string.ascii_uppercase)}{_digits(rng, 7)}"


def _passport(rng: random.Random) -> str:
    return f"{rng.choice(string.ascii_uppercase)}{_digits(rng, 8)}"


def _url_credentials(rng: random.Random) -> str:
    user = rng.choice(FIRST).lower()
    return f"https://{user}:{''.join(rng.choice(string.ascii_letters + string.digits) for _ in range(14))}@files.example.net/export"


def _secret(rng: random.Random) -> str:
    return "AKIA" + "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(16))


# Entity type -> (generator, sentence with the context a real writer would give).
GENERATORS: dict[str, tuple[Callable[[random.Random], str], str]] = {
    "PERSON": (_person, "Hello, my name is {v}."),
    "EMAIL_ADDRESS": (_email, "Please write to {v} about it."),
    "PHONE_NUMBER": (_phone, "Call me back on my phone {v} tomorrow."),
    "CREDIT_CARD": (_card, "I paid with my card {v} yesterday."),
    "US_SSN": (_ssn, "My SSN is {v} for the form."),
    "IBAN_CODE": (_iban, "Refund to IBAN {v} please."),
    "LOCATION": (_city, "I am travelling to {v} next week."),
    "STREET_ADDRESS": (_street, "Ship to {v} this time."),
    "IP_ADDRESS": (_ip, "The login came from IP {v} at night."),
    "US_BANK_ROUTING": (_routing, "The wire routing number is {v} for the transfer."),
    "DATE_OF_BIRTH": (_dob, "My date of birth is {v} as on file."),
    "UK_NINO": (_nino, "My national insurance number is {v} today."),
    "NL_BSN": (_bsn, "Mijn BSN is {v} voor de aanvraag."),
    "ES_NIF": (_nif, "Mi DNI es {v} para el registro."),
    "FR_INSEE": (_insee, "Mon numéro de sécurité sociale est {v} pour le dossier."),
    "IT_FISCAL_CODE": (_it_fiscal, "Il mio codice fiscale è {v} per la pratica."),
    "DE_TAX_ID": (_steuer_id, "Meine Steuer-ID ist {v} für die Erklärung."),
    "MEDICAL_RECORD_NUMBER": (_mrn, "The patient MRN {v} needs a review."),
    "HEALTH_PLAN_NUMBER": (_mbi, "Her Medicare MBI is {v} on the card."),
    "US_DRIVER_LICENSE": (_driver_license, "My driver's license number is {v} from the DMV."),
    "US_PASSPORT": (_passport, "My passport number is {v} for the booking."),
    "URL_CREDENTIALS": (_url_credentials, "Download it from {v} now."),
    "SECRET": (_secret, "Our integration uses key {v} in production."),
}


@dataclass(frozen=True)
class Canary:
    event_id: str
    tenant: str
    text: str
    values: dict[str, str]  # entity type -> the one value seeded for it
    blocked: bool  # the policy quarantines it: caught means never delivered to the AI topic

    def payload(self, produced_at: int) -> bytes:
        return json.dumps(
            {
                "event_id": self.event_id,
                "tenant": self.tenant,
                "source": SOURCE,
                "produced_at": produced_at,
                "text": self.text,
                "subject_id": None,
                "attributes": {"veilstream_canary": "1"},
            }
        ).encode()


def protected_entities(policy: Policy) -> list[str]:
    """Entity types the policy protects on the way to the AI (not `keep`), in a stable order."""
    return sorted(e for e, rule in policy.entities.items() if rule.ai is not Action.KEEP)


def canary_set(policy: Policy, tenants: Sequence[str], seed: int) -> list[Canary]:
    """The canaries of one injection: one record for every non-blocked type, one per blocked type."""
    if not tenants:
        raise ValueError("a canary needs a tenant of the stream")
    rng = random.Random(seed)
    tenant = tenants[seed % len(tenants)]
    groups: list[list[str]] = []
    plain = [e for e in protected_entities(policy) if policy.entities[e].ai is not Action.BLOCK]
    if plain:
        groups.append(plain)
    groups += [[e] for e in protected_entities(policy) if policy.entities[e].ai is Action.BLOCK]
    out = []
    for index, entities in enumerate(groups):
        values, sentences = {}, []
        for entity in entities:
            generate, sentence = GENERATORS[entity]
            values[entity] = generate(rng)
            sentences.append(sentence.format(v=values[entity]))
        blocked = policy.entities[entities[0]].ai is Action.BLOCK
        event_id = f"canary-{seed:016x}-{index}-{policy.version[:8]}"
        out.append(Canary(event_id, tenant, " ".join(sentences), values, blocked))
    return out


def regenerate(policy: Policy, tenants: Sequence[str], event_id: str | None) -> Canary | None:
    """The canary an event id stands for, or None when it is not a canary id of this policy version
    (after a policy reload, canaries made under the old version are not measured)."""
    m = _ID.match(event_id or "")
    if m is None or m.group(3) != policy.version[:8]:
        return None
    canaries = canary_set(policy, tenants, int(m.group(1), 16))
    index = int(m.group(2))
    return canaries[index] if index < len(canaries) else None


def check(canary: Canary, outcome: str, ai_text: str | None) -> dict[str, int]:
    """Entity type -> 1 when its value did not come out in clear, else 0."""
    if canary.blocked:
        caught = outcome == "quarantined" and ai_text is None
        return {e: int(caught) for e in canary.values}
    if ai_text is None:  # not delivered: nothing leaked, but then nothing was measured either
        return {e: int(outcome == "quarantined") for e in canary.values}
    return {e: int(v not in ai_text) for e, v in canary.values.items()}


def canary_event(
    *,
    stream: str,
    source: Offset,
    canary: Canary,
    outcome: str,
    results: dict[str, int],
    policy: Policy,
    occurred_at: int,
) -> AuditEvent:
    leaked = sorted(e for e, caught in results.items() if not caught)
    return AuditEvent(
        audit_id=deterministic_id("canary", source.topic, source.partition, source.offset),
        kind="canary",
        occurred_at=occurred_at,
        tenant=canary.tenant,
        stream=stream,
        outcome="leaked" if leaked else "caught",
        reason_code=f"decision_{outcome}",
        event_id=canary.event_id,
        source=source,
        policy_id=policy.id,
        policy_version=policy.version,
        entity_counts=dict(results),
        reason=("leaked: " + ", ".join(leaked)) if leaked else "",
        token_count=len(results),
    )


def is_marked(headers: Mapping[str, Any] | Iterable[tuple[str, Any]] | None) -> bool:
    """True when a Kafka message's headers (a mapping or (key, value) pairs) mark it as a canary."""
    pairs = headers.items() if isinstance(headers, Mapping) else (headers or ())
    return any(k == HEADER and v in (b"1", "1") for k, v in pairs)


def audit_decision(
    decision: Decision, *, policy: Policy, tenants: Sequence[str], stream: str, ai_topic: str, topology: str
) -> AuditEvent | None:
    """The canary audit event of a decision taken on a marked input, or None if its id is no canary's."""
    canary = regenerate(policy, tenants, decision.event_id)
    if canary is None:
        return None
    ai_text = None
    for m in decision.messages:
        if m.topic == ai_topic and m.value is not None:
            ai_text = codecs.decode("ProtectedRecord", m.value)["text"]
    outcome = decision.outcome.value
    results = check(canary, outcome, ai_text)
    for entity, caught in results.items():
        metrics.CANARY_VALUES.labels(topology, stream, entity, "caught" if caught else "leaked").inc()
    return canary_event(
        stream=stream,
        source=decision.source,
        canary=canary,
        outcome=outcome,
        results=results,
        policy=policy,
        occurred_at=int(time.time() * 1000),
    )


def new_seed() -> int:
    return random.SystemRandom().getrandbits(64)
