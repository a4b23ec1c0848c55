"""Incident records and their timeline events; the exposure summary."""

from __future__ import annotations

import json

import pytest

from pipeline.audit.events import record_id
from pipeline.codecs import audit_to_dict
from pipeline.evidence.controls import controls
from pipeline.incident import IncidentError, IncidentStore, incident_event
from pipeline.incident.exposure import assess
from pipeline.records import StoredRecord
from pipeline.topology.model import Topology


def test_steps_follow_the_record_and_a_closed_incident_is_final(tmp_path):
    store = IncidentStore(tmp_path / "incidents.json")
    inc = store.open("residual_pii", "high", "/t.yaml", "tickets", "v1", "cli:ops", 1)
    assert inc.step == "opened"
    assert store.update(inc.incident_id, window_from=1, window_to=2).step == "assessed"
    assert store.update(inc.incident_id, remediated=3).step == "remediated"
    assert store.update(inc.incident_id, closed_at=4, closed_by="cli:ops").step == "closed"
    with pytest.raises(IncidentError, match="closed"):
        store.update(inc.incident_id, remediated=5)
    with pytest.raises(IncidentError, match="kind must be"):
        store.open("oops", "high", "/t.yaml", "tickets", "v1", "cli:ops", 1)


def test_timeline_events_reach_the_days_evidence(tmp_path):
    inc = IncidentStore(tmp_path / "i.json").open("canary_leak", "medium", "/t.yaml", "tickets", "v1", "cli:ops", 1)
    events = [
        audit_to_dict(incident_event(inc, step, "cli:ops", t, {"records": 2}))
        for t, step in enumerate(["opened", "assessed"], 10)
    ]
    timeline = controls(events, None)["incidents"]
    assert [(i["step"], i["incident_id"], i["kind"], i["records"]) for i in timeline] == [
        ("opened", inc.incident_id, "canary_leak", 2),
        ("assessed", inc.incident_id, "canary_leak", 2),
    ]


def test_assess_counts_the_window_and_names_subjects_by_reference():
    stream = Topology.model_validate(
        {"name": "t", "policy": "default", "streams": [{"name": "tickets", "tenants": ["acme", "globex"]}]}
    ).streams[0]
    decisions = [
        {"tenant": "acme", "event_id": "e1", "entity_counts": {"EMAIL_ADDRESS": 1}},
        {"tenant": "globex", "event_id": "e2", "entity_counts": {"EMAIL_ADDRESS": 2, "PERSON": 1}},
    ]
    stored = [
        StoredRecord(record_id("tickets", "acme", "e1"), "e1", "acme", "s", 0, "ref-1", "t", (), "p", "v"),
        StoredRecord(record_id("tickets", "acme", "other"), "other", "acme", "s", 0, "ref-2", "t", (), "p", "v"),
    ]
    e = assess(decisions, stored, stream, 0, 10)
    assert e.summary() == {
        "window_from": 0,
        "window_to": 10,
        "records": 2,
        "tenants": {"acme": 1, "globex": 1},
        "entity_kinds": {"EMAIL_ADDRESS": 3, "PERSON": 1},
        "vendors": [],
        "subjects": 1,
    }
    assert e.subjects == ("ref-1",) and "ref-2" not in json.dumps(e.summary())
