"""The SOC 2 control sections of the day's evidence: register, classification, exposure."""

from __future__ import annotations

import json

from pipeline.codecs import audit_to_dict
from pipeline.evidence.controls import UNREGISTERED, controls, register_events
from pipeline.evidence.reconcile import reconcile
from pipeline.evidence.report import render
from pipeline.topology.model import Topology

SEEDED_EMAIL = "maria.garcia@example.com"


def topology(vendors: list[dict] | None = None, classification: str = "confidential") -> Topology:
    stream = {"name": "tickets", "tenants": ["acme", "globex"], "classification": classification}
    if vendors is not None:
        stream["vendors"] = vendors
    return Topology.model_validate({"name": "t", "policy": "default", "streams": [stream]})


OPENAI = {
    "name": "openai",
    "models": ["gpt-4o-mini"],
    "region": "us",
    "zero_data_retention": True,
    "no_training": True,
    "soc2_report_date": "2026-06-30",
    "dpa_signed": True,
}


def decision(offset: int, tenant: str = "acme", ai: bool = True, **extra) -> dict:
    return {
        "kind": "decision",
        "audit_id": f"a{offset}",
        "occurred_at": 1000 + offset,
        "tenant": tenant,
        "stream": "tickets",
        "outcome": "protected" if ai else "quarantined",
        "source_topic": "raw.tickets",
        "source_partition": 0,
        "source_offset": offset,
        "entity_counts": {"EMAIL_ADDRESS": 1, "PERSON": 2},
        "outputs": ["ai.tickets", "store.tickets"] if ai else ["quarantine.tickets"],
        "classification": "confidential",
        **extra,
    }


def registered(t: Topology, at: int = 0) -> list[dict]:
    return [audit_to_dict(e) for e in register_events(t, at)]


def test_exposure_counts_records_and_token_kinds_per_tenant_and_vendor():
    recs = registered(topology([OPENAI])) + [decision(0), decision(1), decision(2, "globex"), decision(3, ai=False)]
    c = controls(recs, None)
    rows = {(r["tenant"], r["vendor"]): r for r in c["exposure"]}
    assert set(rows) == {("acme", "openai"), ("globex", "openai")}
    acme = rows["acme", "openai"]
    assert acme["records"] == 2 and acme["entity_kinds"] == {"EMAIL_ADDRESS": 2, "PERSON": 4}
    assert acme["zero_data_retention"] and acme["no_training"] and acme["models"] == ["gpt-4o-mini"]
    assert acme["output_retention_max_days"] == 90  # confidential
    assert c["classification"] == {"confidential": {"protected": 3, "quarantined": 1}}


def test_a_redelivered_decision_is_counted_once():
    recs = registered(topology([OPENAI])) + [decision(0), {**decision(0), "audit_id": "again"}]
    assert controls(recs, None)["exposure"][0]["records"] == 1


def test_an_unregistered_stream_shows_as_such():
    rows = controls([decision(0)], None)["exposure"]
    assert [r["vendor"] for r in rows] == [UNREGISTERED]


def test_the_register_carries_over_days_and_a_redeploy_replaces_it():
    day1 = controls(registered(topology([OPENAI])), None)
    assert day1["register"]["tickets"]["vendors"][0]["name"] == "openai"
    prev = json.loads(json.dumps({"controls": day1}))["controls"]  # as read back from manifest.json
    day2 = controls([decision(0)], prev)
    assert [r["vendor"] for r in day2["exposure"]] == ["openai"]
    other = {**OPENAI, "name": "mistral"}
    day3 = controls(registered(topology([other]), at=5) + [decision(9)], day2)
    assert [r["vendor"] for r in day3["exposure"]] == ["mistral"]


def test_register_events_are_content_addressed_and_hold_no_record_values():
    a, b = register_events(topology([OPENAI]), 1), register_events(topology([OPENAI]), 2)
    assert a[0].audit_id == b[0].audit_id  # an unchanged redeploy is the same event
    assert register_events(topology([{**OPENAI, "dpa_signed": False}]), 1)[0].audit_id != a[0].audit_id
    body = json.loads(a[0].reason)
    assert body["classification"] == "confidential" and body["vendors"][0]["region"] == "us"


def test_no_value_reaches_the_sections_or_the_report():
    recs = registered(topology([OPENAI])) + [decision(0, reason=SEEDED_EMAIL, input_digest="x")]
    c = controls(recs, None)
    assert SEEDED_EMAIL not in json.dumps(c)
    recon, _ = reconcile(recs, {})
    manifest = {
        "date": "2026-03-01",
        "origin": "o",
        "objects": [],
        "reconciliation": recon,
        "controls": c,
        "previous": {"tree_size": 0},
        "merkle": {"tree_size": 0, "root": "00" * 32},
    }
    html = render(manifest).decode()
    assert "Subprocessor exposure" in html and "<td>openai</td>" in html and "gpt-4o-mini" in html
    assert SEEDED_EMAIL not in html


def test_a_redelivered_decision_that_differs_counts_as_the_reconciliation_counts_it():
    """The first decision of an input offset in log order is the one both sections count, even
    when a redelivery decided otherwise and happened earlier by the clock."""
    first = decision(0, ai=False)
    again = {**decision(0), "audit_id": "again", "occurred_at": 1}
    recs = registered(topology([OPENAI])) + [first, again]
    c = controls(recs, None)
    recon, _ = reconcile(recs, {})
    assert c["classification"] == {"confidential": {"quarantined": 1}}
    assert recon["topics"]["raw.tickets"]["decisions_out"] == {"quarantined": 1}
    assert c["exposure"] == []


def test_an_event_whose_reason_is_not_an_object_is_marked_malformed():
    review = {"kind": "access_review", "audit_id": "r", "occurred_at": 5, "actor": "ciso", "reason": "[1, 2]"}
    (row,) = controls([review], None)["access_reviews"]
    assert row == {"malformed": True, "at": 5, "by": "ciso"}
