"""The audit sink through the real broker and the real S3 API."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import threading
import time
import uuid

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from pipeline.audit.archive import GENESIS, check_chain, parse_key, read_object
from pipeline.audit.s3 import ObjectStore
from pipeline.audit.sink import AuditSink
from pipeline.codecs import encode_audit
from pipeline.evidence.snapshot import snapshot
from pipeline.evidence.verify import TrustedKey, verify_day
from pipeline.keys.signing import EvidenceSigner
from pipeline.records import AuditEvent, Offset

pytestmark = pytest.mark.integration

SESSION = {"session.timeout.ms": 6000, "heartbeat.interval.ms": 1000}

KILLER = """
import os, signal, sys, threading
from pipeline.audit.s3 import ObjectStore
from pipeline.audit.sink import AuditSink
from pipeline.settings import get_settings

settings = get_settings()
sink = AuditSink(settings, ObjectStore.from_settings(settings), topic=sys.argv[1], group_id=sys.argv[2],
                 after_upload=lambda _: os.kill(os.getpid(), signal.SIGKILL),
                 consumer_overrides={"session.timeout.ms": 6000, "heartbeat.interval.ms": 1000})
sink.run(threading.Event())
"""


def events(n: int) -> list[bytes]:
    now = int(time.time() * 1000)
    return [
        encode_audit(
            AuditEvent(
                audit_id=f"a{i}",
                kind="decision",
                occurred_at=now,
                tenant="acme",
                stream="tickets",
                outcome="protected",
                source=Offset("raw.tickets", 0, i),
                policy_id="default",
                policy_version="v1",
            )
        )
        for i in range(n)
    ]


def archive_of(settings, topic: str) -> dict[int, list[dict]]:
    store = ObjectStore.from_settings(settings)
    by_part: dict[int, list[tuple[int, list[dict]]]] = {}
    for day in store.list_dirs("audit/"):
        for obj in store.list(day):
            _, t, part, start = parse_key(obj.key)
            if t == topic:
                by_part.setdefault(part, []).append((start, read_object(store.get(obj.key)[0])[1]))
    return {p: [r for _, recs in sorted(objs, key=lambda x: x[0]) for r in recs] for p, objs in by_part.items()}


def run_until(sink: AuditSink, count: int, timeout_s: float = 120) -> None:
    stop = threading.Event()
    t = threading.Thread(target=sink.run, args=(stop,), daemon=True)
    t.start()
    deadline = time.monotonic() + timeout_s
    while sink.uploaded < count and time.monotonic() < deadline and t.is_alive():
        time.sleep(0.2)
    stop.set()
    t.join(30)
    assert sink.uploaded == count, f"archived {sink.uploaded} of {count}"


def committed(stack, group: str, topic: str, partitions: int) -> list[int]:
    from confluent_kafka import TopicPartition

    c = stack.consumer(group)
    try:
        return [tp.offset for tp in c.committed([TopicPartition(topic, p) for p in range(partitions)], timeout=10)]
    finally:
        c.close()


@pytest.fixture
def settings(stack):
    s = stack.settings.model_copy(
        update={"audit_bucket": f"sink-{uuid.uuid4().hex[:12]}", "audit_rotate_records": 4, "audit_rotate_seconds": 1.0}
    )
    ObjectStore.from_settings(s).ensure_bucket()
    return s


def test_sink_archives_every_record_once_in_chained_objects(stack, settings, topic_factory, unique_name):
    topic = topic_factory("audit", partitions=2)
    p = stack.producer()
    for i, value in enumerate(events(22)):
        p.produce(topic, value, partition=i % 2)
    assert p.flush(30) == 0
    sink = AuditSink(
        settings,
        ObjectStore.from_settings(settings),
        topic=topic,
        group_id=unique_name("g"),
        consumer_overrides=SESSION,
    )
    run_until(sink, 22)
    archive = archive_of(settings, topic)
    for records in archive.values():
        offsets = [r["kafka_offset"] for r in records]
        assert offsets == list(range(len(offsets)))
        assert check_chain(records, GENESIS, 0) == []
    assert sorted(len(r) for r in archive.values()) == [11, 11]
    # The day's evidence over what the sink wrote verifies.
    store = ObjectStore.from_settings(settings)
    signer = EvidenceSigner(Ed25519PrivateKey.generate(), f"veilstream/{settings.audit_bucket}", 0)
    day = dt.datetime.now(dt.UTC).date()
    snap = snapshot(store, day, signer)
    assert snap.manifest["reconciliation"]["events_by_kind"] == {"decision": 22}
    assert verify_day(store, day, TrustedKey(signer.name, signer.public_key_bytes())) == []


def test_killed_between_upload_and_commit_then_restarted(stack, settings, topic_factory, unique_name):
    topic = topic_factory("audit", partitions=1)
    stack.produce(topic, events(10))
    group = unique_name("g")
    env = {
        **os.environ,
        "VEILSTREAM_AUDIT_BUCKET": settings.audit_bucket,
        "VEILSTREAM_AUDIT_ROTATE_RECORDS": "4",
        "VEILSTREAM_AUDIT_ROTATE_SECONDS": "1",
    }
    proc = subprocess.run([sys.executable, "-c", KILLER, topic, group], env=env, timeout=120, capture_output=True)
    assert proc.returncode == -9, proc.stderr.decode()[-2000:]
    first = archive_of(settings, topic)
    assert [r["kafka_offset"] for r in first[0]] == [0, 1, 2, 3]  # uploaded...
    assert committed(stack, group, topic, 1) == [-1001]  # ...but never committed

    sink = AuditSink(
        settings, ObjectStore.from_settings(settings), topic=topic, group_id=group, consumer_overrides=SESSION
    )
    run_until(sink, 6)
    records = archive_of(settings, topic)[0]
    assert [r["kafka_offset"] for r in records] == list(range(10))  # no duplicate, no gap
    assert check_chain(records, GENESIS, 0) == []
    assert len({r["audit_id"] for r in records}) == 10
    assert committed(stack, group, topic, 1) == [10]


def test_s3_outage_keeps_offsets_and_catches_up(stack, settings, topic_factory, unique_name):
    from pipeline import devstack

    topic = topic_factory("audit", partitions=1)
    group = unique_name("g")
    real = ObjectStore.from_settings(settings)
    dead = ObjectStore.from_settings(
        settings.model_copy(update={"s3_endpoint_url": f"http://127.0.0.1:{devstack.free_port()}"})
    )  # nothing listens there
    sink = AuditSink(settings, real, topic=topic, group_id=group, consumer_overrides=SESSION)
    stop = threading.Event()
    t = threading.Thread(target=sink.run, args=(stop,), daemon=True)
    t.start()
    try:
        deadline = time.monotonic() + 60
        while not sink.parts and time.monotonic() < deadline:
            time.sleep(0.2)
        assert sink.parts, "partition never assigned"
        sink.store = dead  # S3 goes away
        stack.produce(topic, events(9))
        time.sleep(5)
        assert sink.uploaded == 0 and sink.retry_at > 0
        assert committed(stack, group, topic, 1) == [-1001]
        sink.store = real  # and comes back
        deadline = time.monotonic() + 90
        while sink.uploaded < 9 and time.monotonic() < deadline:
            time.sleep(0.2)
    finally:
        stop.set()
        t.join(30)
    records = archive_of(settings, topic)[0]
    assert [r["kafka_offset"] for r in records] == list(range(9))
    assert committed(stack, group, topic, 1) == [9]
