"""The sink's batching, idempotent upload and commit order, with an in-memory store."""

from __future__ import annotations

import datetime as dt
import logging

import pytest

from pipeline.audit.archive import GENESIS, Consumed, build_object, check_chain, parse_key, read_object
from pipeline.audit.s3 import ObjectMissing, Stored, StoreUnavailable
from pipeline.audit.sink import (
    ArchiveConflict,
    AuditSink,
    Queued,
    flush_due,
    leading_run,
    recover_partition,
)
from pipeline.codecs import encode_audit
from pipeline.records import AuditEvent, Offset
from pipeline.settings import Settings

DAY = dt.date(2026, 3, 1)
T0 = int(dt.datetime.combine(DAY, dt.time(12), dt.UTC).timestamp() * 1000)
PII = "jane.doe@example.com"


class MemStore:
    def __init__(self):
        self.objects: dict[str, bytes] = {}
        self.down = False
        self.puts = 0
        self.held = False  # a legal hold is active (`veilstream hold add`)
        self.legal_holds: dict[str, bool] = {}

    def put_new(self, key, body, metadata, content_type):
        if self.down:
            raise StoreUnavailable("s3 put_object: EndpointConnectionError")
        self.puts += 1
        if key in self.objects:
            return None
        self.objects[key] = body
        return Stored(key, len(body), "v1")

    def archive_held(self):
        return self.held

    def set_legal_hold(self, key, on):
        self.legal_holds[key] = on

    def get(self, key):
        if key not in self.objects:
            raise ObjectMissing(key)
        return self.objects[key], {}, "v1"

    def exists(self, key):
        return key in self.objects

    def list(self, prefix):
        return [Stored(k, len(v), None) for k, v in sorted(self.objects.items()) if k.startswith(prefix)]

    def list_dirs(self, prefix):
        return sorted(
            {
                prefix + k[len(prefix) :].split("/")[0] + "/"
                for k in self.objects
                if k.startswith(prefix) and "/" in k[len(prefix) :]
            }
        )


class FakeConsumer:
    def __init__(self):
        self.commits: list[tuple[int, int]] = []
        self.paused: set[int] = set()

    def commit(self, offsets, asynchronous):
        self.commits += [(tp.partition, tp.offset) for tp in offsets]

    def pause(self, tps):
        self.paused |= {tp.partition for tp in tps}

    def resume(self, tps):
        self.paused -= {tp.partition for tp in tps}


class Clock:
    def __init__(self, t: float):
        self.t = t

    def __call__(self):
        return self.t


def event(i: int) -> AuditEvent:
    return AuditEvent(
        audit_id=f"a{i}",
        kind="decision",
        occurred_at=T0 + i,
        tenant="acme",
        stream="s",
        outcome="protected",
        source=Offset("raw.s", 0, i),
    )


def make_sink(store, rotate=3, clock=None, **kw) -> AuditSink:
    settings = Settings(audit_rotate_records=rotate, audit_rotate_seconds=10.0)
    return AuditSink(settings, store, clock=clock or Clock(T0 / 1000), **kw)


def feed(sink, offsets, partition=0, ts=T0):
    for o in offsets:
        sink.accept(partition, o, ts + o, encode_audit(event(o)))


def archived(store) -> list[dict]:
    out = []
    for key in sorted(store.objects, key=lambda k: parse_key(k)[3]):
        out += read_object(store.objects[key])[1]
    return out


@pytest.mark.parametrize(
    "days, limit, expected",
    [
        ([1, 1, 1, 1], 3, 3),
        ([1, 1, 2, 2], 10, 2),  # a day change cuts the object
        ([1], 3, 1),
        ([], 3, 0),
    ],
)
def test_leading_run(days, limit, expected):
    queue = [Queued(Consumed(i, 0, event(i)), DAY + dt.timedelta(days=d), 0.0) for i, d in enumerate(days)]
    assert len(leading_run(queue, limit)) == expected


@pytest.mark.parametrize(
    "n, days, now, due",
    [
        (0, 0, 100.0, False),
        (2, 0, 5.0, False),  # young and small: wait
        (2, 0, 10.0, True),  # old enough
        (3, 0, 1.0, True),  # full
        (2, 1, 1.0, True),  # the next record belongs to another day
    ],
)
def test_flush_due(n, days, now, due):
    queue = [Queued(Consumed(i, 0, event(i)), DAY, 0.0) for i in range(n)]
    if days:
        queue.append(Queued(Consumed(n, 0, event(n)), DAY + dt.timedelta(days=days), 0.0))
    assert flush_due(queue, now, 3, 10.0) is due


def test_uploads_then_commits_and_chains_across_objects():
    store, consumer = MemStore(), FakeConsumer()
    sink = make_sink(store)
    feed(sink, range(7))
    sink.flush(consumer, force=False)
    assert len(store.objects) == 2 and consumer.commits == [(0, 3), (0, 6)]
    sink.flush(consumer, force=True)
    assert consumer.commits[-1] == (0, 7)
    records = archived(store)
    assert [r["kafka_offset"] for r in records] == list(range(7))
    assert check_chain(records, GENESIS, 0) == []


def test_objects_written_while_a_legal_hold_is_active_are_held_too():
    store, consumer = MemStore(), FakeConsumer()
    sink = make_sink(store)
    feed(sink, range(3))
    sink.flush(consumer, force=False)
    store.held = True  # `veilstream hold add` ran
    feed(sink, range(3, 6))
    sink.flush(consumer, force=False)
    store.held = False  # released
    feed(sink, range(6, 9))
    sink.flush(consumer, force=False)
    first, second, third = sorted(store.objects, key=lambda k: parse_key(k)[3])
    assert store.legal_holds == {second: True}


def test_crash_between_upload_and_commit_then_restart():
    store, consumer = MemStore(), FakeConsumer()

    def crash(_):
        raise KeyboardInterrupt  # the process dies here

    sink = make_sink(store, after_upload=crash)
    feed(sink, range(3))
    with pytest.raises(KeyboardInterrupt):
        sink.flush(consumer, force=False)
    assert len(store.objects) == 1 and consumer.commits == []
    # The restarted sink learns from S3 where to resume, whatever Kafka has committed.
    state = recover_partition(store, "audit.events", 0)
    assert state.next_offset == 3
    again = make_sink(store)
    again.parts[0] = state
    feed(again, range(3, 5))
    again.flush(consumer, force=True)
    records = archived(store)
    assert [r["kafka_offset"] for r in records] == [0, 1, 2, 3, 4]
    assert check_chain(records, GENESIS, 0) == []
    assert consumer.commits == [(0, 5)]


def test_redelivered_batch_meets_412_and_is_not_duplicated():
    store, consumer = MemStore(), FakeConsumer()
    first = make_sink(store)
    feed(first, range(3))
    first.flush(consumer, force=True)
    second = make_sink(store)  # no recovery: Kafka redelivers 0..2
    feed(second, range(3))
    second.flush(consumer, force=True)
    assert len(store.objects) == 1 and store.puts == 2
    assert consumer.commits == [(0, 3), (0, 3)]


def test_412_with_another_cut_keeps_the_archived_prefix():
    store, consumer = MemStore(), FakeConsumer()
    first = make_sink(store, rotate=2)
    feed(first, range(2))
    first.flush(consumer, force=True)  # an earlier attempt archived 0..1
    second = make_sink(store, rotate=10)
    feed(second, range(5))  # then a restart without recovery read 0..4
    second.flush(consumer, force=True)
    records = archived(store)
    assert [r["kafka_offset"] for r in records] == [0, 1, 2, 3, 4]
    assert check_chain(records, GENESIS, 0) == []
    assert consumer.commits[-2:] == [(0, 2), (0, 5)]


def test_412_with_other_records_stops_loudly():
    store, consumer = MemStore(), FakeConsumer()
    other = build_object(DAY, "audit.events", 0, [Consumed(0, T0, event(99))], GENESIS)
    store.objects[other.key] = other.body
    sink = make_sink(store)
    feed(sink, range(2))
    with pytest.raises(ArchiveConflict):
        sink.flush(consumer, force=True)
    assert consumer.commits == []


def test_s3_down_keeps_offsets_backs_off_and_pauses():
    store, consumer = MemStore(), FakeConsumer()
    clock = Clock(T0 / 1000)
    sink = make_sink(store, rotate=2, clock=clock)
    store.down = True
    feed(sink, range(4))
    sink.flush(consumer, force=False)
    assert consumer.commits == [] and len(sink.parts[0].queue) == 4
    assert sink.retry_at == clock.t + 1 and consumer.paused == {0}
    clock.t += 0.5
    store.down = False
    sink.flush(consumer, force=False)  # still backing off
    assert store.objects == {}
    clock.t += 1
    sink.flush(consumer, force=False)
    assert consumer.commits == [(0, 2), (0, 4)] and consumer.paused == set()


def test_undecodable_record_is_archived_by_digest_only(caplog):
    store, consumer = MemStore(), FakeConsumer()
    sink = make_sink(store)
    caplog.set_level(logging.DEBUG)
    sink.accept(0, 0, T0, f'{{"email": "{PII}"}}'.encode())
    sink.flush(consumer, force=True)
    (rec,) = archived(store)
    assert rec["kind"] == "undecodable" and rec["reason_code"] == "invalid_avro"
    assert PII not in str(rec) and PII not in caplog.text
    assert consumer.commits == [(0, 1)]


def test_day_boundary_and_late_records():
    store, consumer = MemStore(), FakeConsumer()
    sink = make_sink(store, rotate=100)
    next_day = T0 + 86_400_000
    sink.accept(0, 0, T0, encode_audit(event(0)))
    sink.accept(0, 1, next_day, encode_audit(event(1)))
    sink.flush(consumer, force=True)
    assert sorted(parse_key(k)[0] for k in store.objects) == [DAY, DAY + dt.timedelta(days=1)]
    sink.open_from = DAY + dt.timedelta(days=2)  # evidence for the first two days is signed
    sink.accept(0, 2, T0, encode_audit(event(2)))  # a late record
    sink.flush(consumer, force=True)
    assert parse_key(max(store.objects, key=lambda k: parse_key(k)[3]))[0] == DAY + dt.timedelta(days=2)


def test_closes_completed_days_once_their_records_are_archived():
    store, consumer = MemStore(), FakeConsumer()
    closed = []
    clock = Clock(T0 / 1000)
    sink = make_sink(store, clock=clock, close_day=closed.append)
    feed(sink, range(2))
    sink.maybe_close_days()
    assert closed == [] and sink.open_from == DAY
    clock.t += 86_400  # the next day, records of DAY still queued
    sink.maybe_close_days()
    assert closed == []
    sink.flush(consumer, force=True)
    sink.maybe_close_days()
    assert closed == [DAY] and sink.open_from == DAY + dt.timedelta(days=1)


@pytest.mark.parametrize(
    "keys, expected",
    [
        ([], DAY),
        (["audit/dt=2026-02-27/partition=0/x"], dt.date(2026, 2, 27)),
        (["audit/dt=2026-02-27/partition=0/x", "evidence/dt=2026-02-27/checkpoint"], dt.date(2026, 2, 28)),
        # a snapshot that died before its checkpoint leaves the day open
        (
            [
                "audit/dt=2026-02-27/partition=0/x",
                "evidence/dt=2026-02-27/checkpoint",
                "evidence/dt=2026-02-28/manifest.json",
            ],
            dt.date(2026, 2, 28),
        ),
    ],
)
def test_first_open_day(keys, expected):
    from pipeline.audit.sink import first_open_day

    store = MemStore()
    store.objects = {k: b"" for k in keys}
    assert first_open_day(store, DAY) == expected


def test_a_day_that_cannot_be_signed_does_not_stop_the_sink(caplog):
    store, consumer = MemStore(), FakeConsumer()
    clock = Clock(T0 / 1000)
    calls = []

    def refuse(day):
        calls.append(day)
        raise RuntimeError("refusing to sign: chain break")

    sink = make_sink(store, clock=clock, close_day=refuse)
    sink.maybe_close_days()
    clock.t += 86_400
    sink.maybe_close_days()
    sink.maybe_close_days()  # not retried at once
    assert calls == [DAY] and "not written" in caplog.text
    clock.t += 301
    sink.maybe_close_days()
    assert calls == [DAY, DAY]
    feed(sink, range(2), ts=int(clock.t * 1000))
    sink.flush(consumer, force=True)
    assert consumer.commits == [(0, 2)]  # archiving goes on


def test_missing_broker_timestamp_falls_back_to_the_event_time():
    store, consumer = MemStore(), FakeConsumer()
    sink = make_sink(store)
    sink.accept(0, 0, -1, encode_audit(event(0)))
    sink.flush(consumer, force=True)
    (key,) = store.objects
    assert parse_key(key)[0] == DAY and archived(store)[0]["kafka_timestamp"] == T0
