"""Canary events: synthetic records with generated PII of every protected entity type.

A worker injects a canary set into its raw topic now and then (header
`veilstream-canary: 1`). Whichever worker decides a canary regenerates its
values from the event id alone (the id carries the seed), checks that none
of them came out in clear, and writes one audit event (kind "canary") per
canary: `entity_counts` has one key per seeded entity type, 1 when its value
was caught, 0 when it leaked. The daily evidence sums them into recall per
entity type. The values come from pipeline/fakepii.py, with the standards'
own checksums, independently of the recognizers they test.

Entity types the policy blocks (secrets) travel in a canary of their own:
for them "caught" means the record was quarantined.
"""

from __future__ import annotations

import json
import random
import re
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from pipeline import fakepii as fake
from pipeline import metrics
from pipeline.audit.events import deterministic_id
from pipeline.policy.model import Action, Policy
from pipeline.records import AuditEvent, Offset

if TYPE_CHECKING:
    from pipeline.flow import Decision

HEADER = "veilstream-canary"
SOURCE = "veilstream-canary"
_ID = re.compile(r"^canary-([0-9a-f]{16})-(\d{1,3})-([0-9a-f]{8})$")  # seed, index, policy version


def _card(rng: random.Random) -> str:
    return fake.card(rng, ("4111", "4532", "5425", "6011"))


# Entity type -> (generator, sentence with the context a real writer would give).
GENERATORS: dict[str, tuple[Callable[[random.Random], str], str]] = {
    "PERSON": (fake.person, "Hello, my name is {v}."),
    "EMAIL_ADDRESS": (fake.email, "Please write to {v} about it."),
    "PHONE_NUMBER": (fake.phone, "Call me back on my phone {v} tomorrow."),
    "CREDIT_CARD": (_card, "I paid with my card {v} yesterday."),
    "US_SSN": (fake.ssn, "My SSN is {v} for the form."),
    "IBAN_CODE": (fake.iban, "Refund to IBAN {v} please."),
    "LOCATION": (fake.place, "I am travelling to {v} next week."),
    "STREET_ADDRESS": (fake.street, "Ship to {v} this time."),
    "IP_ADDRESS": (fake.ip_address, "The login came from IP {v} at night."),
    "US_BANK_ROUTING": (fake.routing, "The wire routing number is {v} for the transfer."),
    "DATE_OF_BIRTH": (fake.dob, "My date of birth is {v} as on file."),
    "UK_NINO": (fake.nino, "My national insurance number is {v} today."),
    "NL_BSN": (fake.bsn, "Mijn BSN is {v} voor de aanvraag."),
    "ES_NIF": (fake.nif, "Mi DNI es {v} para el registro."),
    "FR_INSEE": (fake.insee, "Mon numéro de sécurité sociale est {v} pour le dossier."),
    "IT_FISCAL_CODE": (fake.it_fiscal, "Il mio codice fiscale è {v} per la pratica."),
    "DE_TAX_ID": (fake.steuer_id, "Meine Steuer-ID ist {v} für die Erklärung."),
    "MEDICAL_RECORD_NUMBER": (fake.mrn, "The patient MRN {v} needs a review."),
    "HEALTH_PLAN_NUMBER": (fake.mbi, "Her Medicare MBI is {v} on the card."),
    "US_DRIVER_LICENSE": (fake.driver_license, "My driver's license number is {v} from the DMV."),
    "US_PASSPORT": (fake.passport, "My passport number is {v} for the booking."),
    "BANK_ACCOUNT": (fake.bank_account, "Please pay it into account number {v} this week."),
    "TAX_ID": (fake.tax_id, "Our VAT number is {v} on every invoice."),
    "NATIONAL_ID": (fake.national_id, "My identity card number is {v}, valid until next year."),
    "URL_CREDENTIALS": (fake.url_credentials, "Download it from {v} now."),
    "SECRET": (fake.aws_key_id, "Our integration uses key {v} in production."),
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
    decision: Decision, *, policy: Policy, tenants: Sequence[str], stream: str, topology: str
) -> AuditEvent | None:
    """The canary audit event of a decision taken on a marked input, or None if its id is no canary's."""
    canary = regenerate(policy, tenants, decision.event_id)
    if canary is None:
        return None
    ai_text = decision.ai_text
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
