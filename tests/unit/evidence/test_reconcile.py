import pytest

from pipeline.evidence.reconcile import reconcile


def decision(off, outcome="protected", topic="raw.t", part=0, **kw):
    return {
        "kind": "decision",
        "audit_id": f"{topic}/{part}/{off}",
        "source_topic": topic,
        "source_partition": part,
        "source_offset": off,
        "outcome": outcome,
        "occurred_at": 3_600_000 * 5 + off,
        "entity_counts": kw.get("counts", {}),
        "policy_id": "p",
        "policy_version": "v1",
        "key_ids": kw.get("keys", []),
    }


def test_balanced_day_counts_each_outcome():
    recs = [
        decision(0),
        decision(1, "quarantined"),
        decision(2, "dead_lettered", counts={"EMAIL": 2}),
        decision(3, counts={"EMAIL": 1, "PHONE": 1}, keys=["k1"]),
    ]
    recon, high = reconcile(recs, {})
    t = recon["topics"]["raw.t"]
    assert t["records_in"] == 4 and t["decisions_total"] == 4 and t["missing"] == 0 and t["balanced"]
    assert t["decisions_out"] == {"dead_lettered": 1, "protected": 2, "quarantined": 1}
    assert recon["detections_by_entity"] == {"EMAIL": 3, "PHONE": 1}
    assert recon["policies_in_force"] == ["p@v1"] and recon["key_ids_in_force"] == ["k1"]
    assert recon["decisions_by_hour"] == {"05": 4}
    assert high == {"raw.t": {"0": 3}} and recon["balanced"]


def test_redelivered_decisions_are_counted_once():
    recs = [decision(0), decision(1), decision(1), decision(1)]
    recon, _ = reconcile(recs, {})
    assert recon["duplicate_decision_events"] == 2
    assert (recon["decision_events"], recon["distinct_decision_audit_ids"]) == (4, 2)
    assert recon["topics"]["raw.t"]["decisions_total"] == 2 and recon["balanced"]


@pytest.mark.parametrize(
    "offsets, prev_high, missing, late, span",
    [
        ([0, 1, 3], {}, 1, 0, (0, 3)),  # offset 2 has no decision
        ([5, 6], {"raw.t": {"0": 4}}, 0, 0, (5, 6)),  # continues yesterday
        ([6], {"raw.t": {"0": 4}}, 1, 0, (5, 6)),  # 5 lost at the day boundary
        ([3, 5], {"raw.t": {"0": 4}}, 0, 1, (5, 5)),  # 3 decided late
        ([], {"raw.t": {"0": 4}}, 0, 0, None),  # zero traffic
    ],
)
def test_spans_against_the_previous_day(offsets, prev_high, missing, late, span):
    recon, high = reconcile([decision(o) for o in offsets], prev_high)
    if span is None:
        assert recon["topics"] == {} and recon["balanced"] and high == prev_high
        return
    t = recon["topics"]["raw.t"]
    assert (t["missing"], t["late_or_redelivered"]) == (missing, late)
    assert (t["partitions"]["0"]["from"], t["partitions"]["0"]["to"]) == span
    assert t["balanced"] is (missing == 0)


def test_restorations_and_erasures_by_actor_and_reason():
    recs = [
        {"kind": "restore", "actor": "alice", "reason": "support_case"},
        {"kind": "restore", "actor": "alice", "reason": "support_case"},
        {"kind": "erase", "actor": "dpo", "reason": "gdpr_art17"},
        {
            "kind": "decision",
            "source_topic": None,
            "source_partition": None,
            "source_offset": None,
            "outcome": "protected",
            "occurred_at": 0,
        },
    ]
    recon, _ = reconcile(recs, {})
    assert recon["restorations"] == {"alice": {"support_case": 2}}
    assert recon["erasures"] == {"dpo": {"gdpr_art17": 1}}
    assert recon["decisions_without_source"] == 1 and not recon["balanced"]
    assert recon["events_by_kind"] == {"decision": 1, "erase": 1, "restore": 2}


def test_offsets_far_apart_and_across_bitmap_chunks_are_each_counted_once():
    offsets = [0, 8191, 8192, 8192, 10**12, 10**12 + 1, 10**12]
    recon, high = reconcile([decision(o) for o in offsets], {})
    t = recon["topics"]["raw.t"]
    assert recon["duplicate_decision_events"] == 2
    assert t["decisions_total"] == 5 and t["missing"] == 10**12 + 2 - 5
    assert high == {"raw.t": {"0": 10**12 + 1}}


def test_distinct_audit_ids_are_counted_exactly():
    recs = [decision(o) for o in range(1000)] + [{**decision(5), "audit_id": "again"}, decision(7)]
    recon, _ = reconcile(recs, {})
    assert recon["decision_events"] == 1002
    assert recon["distinct_decision_audit_ids"] == 1001  # "again" is new; the second 7 is not
    assert recon["duplicate_decision_events"] == 2
