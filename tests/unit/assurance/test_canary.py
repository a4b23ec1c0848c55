"""Canary sets: generated values valid by their standards, regenerated from the id alone, checked per type."""

from __future__ import annotations

import json
import random

import pytest

from pipeline import codecs
from pipeline.assurance import canary
from pipeline.detect.recognizers import KNOWN_ENTITIES
from pipeline.detect.recognizers.credit_card import issuer_ok, luhn_ok
from pipeline.detect.recognizers.de_tax_id import steuer_id_ok
from pipeline.detect.recognizers.es_nif import nif_ok
from pipeline.detect.recognizers.fr_insee import insee_ok
from pipeline.detect.recognizers.iban_code import iban_ok
from pipeline.detect.recognizers.it_fiscal_code import fiscal_code_ok
from pipeline.detect.recognizers.nl_bsn import bsn_ok
from pipeline.detect.recognizers.us_bank_routing import aba_ok
from pipeline.flow import Decision, Outgoing
from pipeline.policy.model import Action, EntityRule, Policy
from pipeline.records import Offset, Outcome

POLICY = Policy(
    id="p",
    entities={
        "EMAIL_ADDRESS": EntityRule(),
        "PHONE_NUMBER": EntityRule(),
        "CREDIT_CARD": EntityRule(ai=Action.MASK),
        "LOCATION": EntityRule(ai=Action.KEEP, reason="cities route tickets"),
        "SECRET": EntityRule(ai=Action.BLOCK, store=Action.BLOCK),
    },
)
DIGITS = str.maketrans("", "", " -.")

# Entity type -> the standard's own check, applied to many generated values.
CHECKSUMS = [
    ("CREDIT_CARD", lambda v: luhn_ok(v.replace(" ", "")) and issuer_ok(v.replace(" ", ""))),
    ("IBAN_CODE", lambda v: iban_ok(v.replace(" ", ""))),
    ("US_BANK_ROUTING", aba_ok),
    ("NL_BSN", bsn_ok),
    ("ES_NIF", nif_ok),
    ("FR_INSEE", insee_ok),
    ("IT_FISCAL_CODE", fiscal_code_ok),
    ("DE_TAX_ID", lambda v: steuer_id_ok(v.translate(DIGITS))),
]


def test_every_known_entity_type_has_a_generator():
    assert set(canary.GENERATORS) == set(KNOWN_ENTITIES)


@pytest.mark.parametrize("entity,valid", CHECKSUMS)
def test_generated_values_pass_their_checksums(entity, valid):
    generate, _ = canary.GENERATORS[entity]
    rng = random.Random(5)
    values = [generate(rng) for _ in range(300)]
    assert all(valid(v) for v in values), [v for v in values if not valid(v)][:3]
    assert len(set(values)) > 250  # generated, not a fixed list


def test_a_set_has_one_record_of_plain_types_and_one_per_blocked_type():
    canaries = canary.canary_set(POLICY, ("acme", "globex"), seed=7)
    assert [sorted(c.values) for c in canaries] == [["CREDIT_CARD", "EMAIL_ADDRESS", "PHONE_NUMBER"], ["SECRET"]]
    assert [c.blocked for c in canaries] == [False, True]
    assert "LOCATION" not in canaries[0].values  # `keep`: the policy lets it through, nothing to measure
    for c in canaries:
        assert all(v in c.text for v in c.values.values())
        event = json.loads(c.payload(123))
        assert event["event_id"] == c.event_id and event["tenant"] in ("acme", "globex")


def test_the_event_id_alone_regenerates_the_canary():
    for c in canary.canary_set(POLICY, ("acme",), seed=2**63 + 5):
        assert canary.regenerate(POLICY, ("acme",), c.event_id) == c
    other_version = canary.canary_set(POLICY.model_copy(update={"allow_list": ("x",)}), ("acme",), 5)[0].event_id
    for not_a_canary in (
        None,
        "",
        "evt-1",
        "canary-xyz-0",
        f"canary-00000000000000aa-9-{POLICY.version[:8]}",
        other_version,
    ):
        assert canary.regenerate(POLICY, ("acme",), not_a_canary) is None


@pytest.mark.parametrize(
    "headers,marked",
    [
        ({"veilstream-canary": b"1"}, True),
        ([("veilstream-canary", b"1")], True),
        ({"veilstream-canary": b"0"}, False),
        ({"other": b"1"}, False),
        (None, False),
    ],
)
def test_marked_by_header(headers, marked):
    assert canary.is_marked(headers) is marked


def _decision(c: canary.Canary, outcome: Outcome, ai_text: str | None) -> Decision:
    messages = []
    if ai_text is not None:
        rec = {
            "record_id": "r",
            "event_id": c.event_id,
            "tenant": c.tenant,
            "source": "s",
            "produced_at": 1,
            "text": ai_text,
            "entity_counts": {},
            "policy_id": "p",
            "policy_version": "v",
        }
        messages.append(Outgoing("ai.s", b"k", codecs.encode("ProtectedRecord", rec)))
    return Decision(Offset("raw.s", 1, 42), outcome, "", c.event_id, messages, b"", ai_text=ai_text)


def test_check_counts_each_value_caught_or_leaked():
    plain, secret = canary.canary_set(POLICY, ("acme",), seed=11)
    email = plain.values["EMAIL_ADDRESS"]
    leaky = plain.text.replace(plain.values["PHONE_NUMBER"], "<PHONE_NUMBER_1>").replace(
        plain.values["CREDIT_CARD"], "************1111"
    )
    rows = [
        (plain, Outcome.PROTECTED, leaky, {"EMAIL_ADDRESS": 0, "PHONE_NUMBER": 1, "CREDIT_CARD": 1}),
        (
            plain,
            Outcome.PROTECTED,
            leaky.replace(email, "<EMAIL_ADDRESS_1>"),
            {"EMAIL_ADDRESS": 1, "PHONE_NUMBER": 1, "CREDIT_CARD": 1},
        ),
        (secret, Outcome.QUARANTINED, None, {"SECRET": 1}),
        (secret, Outcome.PROTECTED, secret.text, {"SECRET": 0}),
    ]
    for c, outcome, ai_text, expected in rows:
        event = canary.audit_decision(
            _decision(c, outcome, ai_text), policy=POLICY, tenants=("acme",), stream="s", topology="t"
        )
        assert event.kind == "canary" and event.entity_counts == expected
        assert event.outcome == ("caught" if all(expected.values()) else "leaked")
        assert event.source == Offset("raw.s", 1, 42) and event.event_id == c.event_id
        # The audit event names types, never a value.
        blob = json.dumps(codecs.audit_to_dict(event), default=str)
        assert not [v for v in c.values.values() if v in blob]


def test_a_decision_that_is_no_canary_gives_no_event():
    c = canary.canary_set(POLICY, ("acme",), seed=1)[0]
    d = _decision(c, Outcome.PROTECTED, "x")
    d.event_id = "evt-1"
    assert canary.audit_decision(d, policy=POLICY, tenants=("acme",), stream="s", topology="t") is None
