import datetime as dt

import pytest

from pipeline.audit.archive import (
    GENESIS,
    ArchiveError,
    Consumed,
    build_object,
    check_chain,
    iter_records,
    object_key,
    parse_key,
    read_object,
    record_hash,
)
from pipeline.records import AuditEvent

DAY = dt.date(2026, 3, 1)


def ev(i):
    return AuditEvent(audit_id=f"a{i}", kind="decision", occurred_at=i, tenant="t", stream="s", outcome="protected")


def recs(offsets):
    return [Consumed(o, 1_000 + o, ev(o)) for o in offsets]


def test_key_layout_round_trips():
    key = object_key(DAY, "audit.events", 3, 42)
    assert key == "audit/dt=2026-03-01/partition=3/audit.events+3+00000000000000000042.avro"
    assert parse_key(key) == (DAY, "audit.events", 3, 42)


@pytest.mark.parametrize(
    "key",
    [
        "audit/dt=2026-03-01/partition=3/audit.events+4+00000000000000000042.avro",  # partition mismatch
        "audit/dt=2026-03-01/partition=3/audit.events+3+42.avro",  # not zero-padded
        "evidence/dt=2026-03-01/manifest.json",
    ],
)
def test_bad_keys(key):
    with pytest.raises(ArchiveError):
        parse_key(key)


def test_objects_are_deterministic_and_carry_chain_heads():
    a = build_object(DAY, "audit.events", 0, recs(range(5)), GENESIS)
    b = build_object(DAY, "audit.events", 0, recs(range(5)), GENESIS)
    assert a.body == b.body and a.sha256 == b.sha256
    meta, records = read_object(a.body)
    assert meta["chain-prev"] == GENESIS and meta["chain-head"] == records[-1]["record_hash"] == a.chain_head
    assert (meta["first-offset"], meta["last-offset"], meta["record-count"]) == ("0", "4", "5")
    assert a.metadata()["sha256"] == a.sha256


def test_chain_continues_across_objects():
    a = build_object(DAY, "audit.events", 0, recs(range(3)), GENESIS)
    b = build_object(DAY, "audit.events", 0, recs(range(3, 6)), a.chain_head)
    records = read_object(a.body)[1] + read_object(b.body)[1]
    assert check_chain(records, GENESIS, 0) == []


def _tampered(change):
    records = read_object(build_object(DAY, "audit.events", 0, recs(range(4)), GENESIS).body)[1]
    change(records)
    return check_chain(records, GENESIS, 0)


@pytest.mark.parametrize(
    "change, expected",
    [
        (lambda r: r.pop(1), ["offset gap: expected 1, found 2", "chain break at offset 2"]),
        (lambda r: r[2].update(outcome="quarantined"), ["record at offset 2 does not match"]),
        (lambda r: r.insert(2, dict(r[1])), ["offset overlap: expected 2, found 1", "chain break at offset 1"]),
        (lambda r: r.reverse(), ["offset overlap", "chain break at offset 3"]),
    ],
)
def test_chain_problems_are_named(change, expected):
    problems = _tampered(change)
    for e in expected:
        assert any(p.startswith(e) for p in problems), problems


def test_record_hash_covers_prev_hash():
    records = read_object(build_object(DAY, "audit.events", 0, recs([0]), GENESIS).body)[1]
    assert record_hash({**records[0], "prev_hash": "1" * 64}) != records[0]["record_hash"]


def test_garbage_is_not_an_archive():
    with pytest.raises(ArchiveError):
        read_object(b"not avro")


def test_records_read_one_at_a_time_are_the_records_and_a_cut_object_is_named():
    body = build_object(DAY, "audit.events", 0, recs(range(50)), GENESIS).body
    assert list(iter_records(body)) == read_object(body)[1]
    with pytest.raises(ArchiveError):
        list(iter_records(body[: len(body) // 2]))
    with pytest.raises(ArchiveError):
        list(iter_records(b"not avro"))
