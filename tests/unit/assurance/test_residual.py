"""Residual scan: the stricter policy, tokens versus values, and the audit events it writes."""

from __future__ import annotations

import json
from functools import lru_cache

import pytest

from pipeline import codecs
from pipeline.assurance.residual import (
    AiMessage,
    ResidualScan,
    residual_findings,
    stricter_policy,
)
from pipeline.detect.engine import Detector
from pipeline.detect.recognizers import KNOWN_ENTITIES
from pipeline.policy.model import Action, EntityRule, Policy
from pipeline.records import Finding, Offset
from pipeline.topology.model import Topology

POLICY = Policy(
    id="base",
    entities={
        "EMAIL_ADDRESS": EntityRule(threshold=0.5, context=("mail",)),
        "US_SSN": EntityRule(threshold=0.9),
        "LOCATION": EntityRule(ai=Action.KEEP, reason="cities route tickets"),
        "PERSON": EntityRule(threshold=0.35),
    },
    allow_list=("support@example.com",),
)


def test_stricter_policy_lowers_thresholds_and_adds_every_recognizer():
    strict = stricter_policy(POLICY)
    assert strict.id == "base-residual"
    assert set(strict.entities) == set(KNOWN_ENTITIES) - {"LOCATION"}  # `keep` is the policy's choice
    rows = [("EMAIL_ADDRESS", 0.35), ("US_SSN", 0.75), ("PERSON", 0.3), ("IBAN_CODE", 0.35)]
    for entity, threshold in rows:
        assert strict.entities[entity].threshold == threshold, entity
    assert strict.entities["EMAIL_ADDRESS"].context == ("mail",)
    assert strict.allow_list == POLICY.allow_list
    assert strict.version != POLICY.version


def f(start: int, end: int) -> Finding:
    return Finding("X", start, end, 0.9, "r")


@pytest.mark.parametrize(
    "text,findings,kept",
    [
        ("call <PHONE_NUMBER_1> now", [f(5, 21)], []),  # the token itself
        ("call <PHONE_NUMBER_1_k7q2x> now", [f(5, 27)], []),  # a salted token
        ("hi <PERSON_7f3a9c>", [f(4, 10)], []),  # inside a keyed token
        ("x <EMAIL_ADDRESS.d.aGVsbG8-_> y", [f(2, 30)], []),  # deterministic pseudonym
        ("x <EMAIL_ADDRESS.h.0a1b> y", [f(2, 25)], []),  # keyed hash
        ("x <US_SSN> y", [f(2, 10)], []),  # redaction
        ("mail bob@example.org now", [f(5, 20)], [f(5, 20)]),
        ("<PERSON_1> at bob@example.org", [f(0, 10), f(14, 29)], [f(14, 29)]),
        ("<lowercase_1> bob", [f(0, 13)], [f(0, 13)]),  # not one of our tokens
    ],
)
def test_residual_findings_are_values_not_tokens(text, findings, kept):
    assert residual_findings(text, findings) == kept


@lru_cache(maxsize=1)
def scan() -> ResidualScan:
    topology = Topology.model_validate(
        {"name": "t", "policy": "default", "audit_topic": "audit.t", "streams": [{"name": "s", "tenants": ["acme"]}]}
    )
    strict = stricter_policy(Policy(id="base", entities={"EMAIL_ADDRESS": EntityRule(), "PHONE_NUMBER": EntityRule()}))
    return ResidualScan(topology, strict, Detector.for_policy(strict))


def protected(text: str, event_id: str = "e1") -> bytes:
    return codecs.encode(
        "ProtectedRecord",
        {
            "record_id": "r",
            "event_id": event_id,
            "tenant": "acme",
            "source": "x",
            "produced_at": 1,
            "text": text,
            "entity_counts": {},
            "policy_id": "base",
            "policy_version": "v",
        },
    )


def test_scan_writes_one_event_per_leaking_record_naming_recognizer_and_offset():
    batch = [
        AiMessage(Offset("ai.s", 0, 10), protected("write to <EMAIL_ADDRESS_1> or call <PHONE_NUMBER_1>")),
        AiMessage(Offset("ai.s", 1, 11), protected("write to jo.kim@example.net please", "e2")),
        AiMessage(Offset("ai.s", 0, 12), b'{"text": "raw json around the pipeline: ann.lee@example.org"}'),
    ]
    events = scan().scan(batch)
    assert [(e.source, e.event_id, e.entity_counts) for e in events] == [
        (Offset("ai.s", 1, 11), "e2", {"EMAIL_ADDRESS": 1}),
        (Offset("ai.s", 0, 12), None, {"EMAIL_ADDRESS": 1}),
    ]
    for e in events:
        assert e.kind == "residual" and e.outcome == "leaked" and e.stream == "s"
        assert e.reason == "recognizers: email" and e.policy_id == "base-residual"
        blob = json.dumps(codecs.audit_to_dict(e), default=str)
        assert "jo.kim" not in blob and "ann.lee" not in blob
    # Redelivered, the same record gives the same audit id.
    assert scan().scan(batch[1:2])[0].audit_id == events[0].audit_id
