"""The day's reconciliation carries canary recall and residual hits per entity type."""

from __future__ import annotations

from pipeline.evidence.reconcile import reconcile


def rec(kind: str, audit_id: str, counts: dict[str, int], offset: int | None = None, outcome: str = "protected"):
    r = {"kind": kind, "audit_id": audit_id, "entity_counts": counts, "occurred_at": 0, "outcome": outcome}
    if offset is not None:
        r |= {"source_topic": "raw.s", "source_partition": 0, "source_offset": offset}
    return r


def test_canary_recall_and_residual_rate():
    records = [rec("decision", f"d{i}", {}, offset=i) for i in range(4)]
    records += [rec("decision", "d4", {}, offset=4, outcome="quarantined")]
    records += [
        rec("canary", "c1", {"EMAIL_ADDRESS": 1, "PHONE_NUMBER": 1}),
        rec("canary", "c2", {"EMAIL_ADDRESS": 1, "PHONE_NUMBER": 0}),
        rec("canary", "c2", {"EMAIL_ADDRESS": 1, "PHONE_NUMBER": 0}),  # redelivered: counted once
        rec("canary", "c3", {"SECRET": 1}),
        rec("residual", "r1", {"PERSON": 2}),
        rec("residual", "r2", {"PERSON": 1, "EMAIL_ADDRESS": 1}),
    ]
    recon, _ = reconcile(records, {})
    assert recon["canary_recall"] == {
        "EMAIL_ADDRESS": {"caught": 2, "injected": 2, "recall": 1.0},
        "PHONE_NUMBER": {"caught": 1, "injected": 2, "recall": 0.5},
        "SECRET": {"caught": 1, "injected": 1, "recall": 1.0},
    }
    assert recon["residual_hits_by_entity"] == {"EMAIL_ADDRESS": 1, "PERSON": 3}
    assert recon["residual_rate_by_entity"] == {"EMAIL_ADDRESS": 0.25, "PERSON": 0.75}  # per AI-bound record
    assert recon["balanced"] is True  # assurance events are not decisions


def test_a_day_without_assurance_events_has_empty_sections():
    recon, _ = reconcile([rec("decision", "d0", {}, offset=0)], {})
    assert recon["canary_recall"] == {} and recon["residual_hits_by_entity"] == {}


def test_the_report_shows_recall_and_residual_hits():
    from pipeline.evidence.report import render

    records = [
        rec("decision", "d0", {}, offset=0),
        rec("canary", "c1", {"IBAN_CODE": 1}),
        rec("canary", "c2", {"IBAN_CODE": 0}),
        rec("residual", "r1", {"PERSON": 1}),
    ]
    recon, _ = reconcile(records, {})
    manifest = {
        "reconciliation": recon,
        "merkle": {"tree_size": 1, "root": "ab"},
        "date": "2026-01-01",
        "origin": "o",
        "objects": [],
        "previous": {"tree_size": 0},
    }
    html = render(manifest).decode()
    assert "<td>IBAN_CODE</td><td>2</td><td>1</td><td>0.5</td>" in html
    assert "<td>PERSON</td><td>1</td><td>1.0</td>" in html
