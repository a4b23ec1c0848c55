"""report(): lag, throughput and counts from two offset snapshots."""

from pathlib import Path

from pipeline.topology import load_topology
from pipeline.topology.status import Snapshot, report

TOPOLOGY = load_topology(
    Path("t.yaml"), text="name: t1\npolicy: default\nstreams:\n  - name: s1\n    tenants: [acme]\n"
)


def snap(at, raw, committed, **held):
    offsets = {("raw.s1", p): (0, end) for p, end in enumerate(raw)}
    for kind, n in held.items():
        topic = "audit.events" if kind == "audit" else f"{kind}.s1"
        offsets[(topic, 0)] = (0, n)
    return Snapshot(at, offsets, {("raw.s1", p): c for p, c in enumerate(committed)})


def test_lag_per_partition_and_rates():
    first = snap(10.0, [100, 50], [80, None])
    second = snap(12.0, [120, 60], [110, 20], ai=90, store=90, quarantine=5, dlq=3, vault=0, audit=130)
    s = report(TOPOLOGY, first, second)
    stream = s.streams[0]
    assert [(p.partition, p.end, p.committed, p.lag) for p in stream.partitions] == [(0, 120, 110, 10), (1, 60, 20, 40)]
    assert stream.lag == 50
    assert stream.produced_per_s == 15.0  # (20 + 10) / 2 s
    assert stream.processed_per_s == 25.0  # (30 + 20) / 2 s, nothing committed before on partition 1
    assert stream.counts == {"ai": 90, "store": 90, "quarantine": 5, "dlq": 3, "vault": 0}
    assert s.audit_events == 130
    assert s.group == "veilstream-t1"
    assert s.missing == ()


def test_nothing_committed_yet_means_everything_is_lag():
    s = report(TOPOLOGY, snap(0.0, [7], [None]), snap(1.0, [7], [None]))
    assert s.streams[0].lag == 7
    assert s.streams[0].processed_per_s == 0.0


def test_topics_not_deployed_are_named():
    s = report(TOPOLOGY, Snapshot(0.0, {}, {}), Snapshot(1.0, {}, {}))
    assert "raw.s1" in s.missing and "audit.events" in s.missing
    assert any("not deployed" in line for line in s.describe())


def test_describe_is_a_table():
    lines = report(TOPOLOGY, snap(0.0, [5], [None]), snap(1.0, [9], [4], dlq=2)).describe()
    assert any("raw.s1[0]" in line and line.split()[-1] == "5" for line in lines)
    assert any("dlq 2" in line for line in lines)


def test_as_dict_is_json():
    import json

    s = report(TOPOLOGY, snap(0.0, [5], [None]), snap(1.0, [9], [4], dlq=2))
    assert json.loads(json.dumps(s.as_dict()))["streams"][0]["counts"]["dlq"] == 2
