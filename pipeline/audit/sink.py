"""The audit sink: audit.events -> hash-chained Avro objects in S3.

A confluent-kafka consumer with manual commits. Records queue per partition
and leave as one object per (partition, day) run, cut by record count
(audit_rotate_records) or age (audit_rotate_seconds). An offset is committed
only after its object is in S3. S3 is the source of truth: on assignment the
sink reads the last object of each partition, takes its chain head and seeks
past it, so a crash between upload and commit neither duplicates nor skips a
record. A 412 on the conditional PUT means an earlier attempt wrote that key:
the sink checks the stored records are exactly its own and moves on.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from confluent_kafka import Consumer, KafkaException, TopicPartition

from pipeline import metrics
from pipeline.audit.archive import (
    GENESIS,
    ArchiveError,
    Consumed,
    build_object,
    chain,
    day_of,
    day_prefix,
    days_in,
    evidence_prefix,
    parse_key,
    read_object,
)
from pipeline.audit.s3 import ArchiveReader, ArchiveStore, StoreUnavailable
from pipeline.clients import kafka_clients
from pipeline.codecs import CodecError, decode_audit
from pipeline.records import AuditEvent
from pipeline.settings import Settings

log = logging.getLogger(__name__)

MAX_BACKOFF_S = 30.0
CLOSE_RETRY_S = 300


class SinkStopped(Exception):
    """Asked to stop while waiting for S3: leave without committing anything more."""


class ArchiveConflict(RuntimeError):
    """The archive holds different records at our key: stop, loudly."""


@dataclass
class Queued:
    record: Consumed
    day: dt.date
    arrived: float


@dataclass
class PartitionState:
    head: str = GENESIS
    next_offset: int | None = None  # the offset after the last archived one; None before the first
    queue: list[Queued] = field(default_factory=list)
    paused: bool = False


def undecodable_event(payload: bytes, timestamp_ms: int, reason_code: str) -> AuditEvent:
    """A record we cannot decode is still archived (never dropped), by digest only."""
    digest = hashlib.sha256(payload or b"").hexdigest()
    return AuditEvent(
        audit_id=f"undecodable:{digest}",
        kind="undecodable",
        occurred_at=timestamp_ms,
        tenant="",
        stream="",
        outcome="invalid",
        reason_code=reason_code,
        input_digest=digest,
    )


def recover_partition(store: ArchiveReader, topic: str, partition: int) -> PartitionState:
    """Chain head and next offset from the newest object of the partition."""
    for day in reversed(days_in(store, "audit")):
        objects = [o for o in store.list(f"{day_prefix('audit', day)}partition={partition}/") if f"/{topic}+" in o.key]
        if objects:
            last = max(objects, key=lambda o: parse_key(o.key)[3])
            body, _, _ = store.get(last.key)
            meta, records = read_object(body)
            if not records:
                raise ArchiveError(f"{last.key}: empty archive object")
            return PartitionState(head=records[-1]["record_hash"], next_offset=records[-1]["kafka_offset"] + 1)
    return PartitionState()


def leading_run(queue: list[Queued], limit: int) -> list[Queued]:
    """The records of the next object: same day, at most `limit`."""
    run: list[Queued] = []
    for q in queue:
        if run and (q.day != run[0].day or len(run) >= limit):
            break
        run.append(q)
    return run


def flush_due(queue: list[Queued], now: float, limit: int, max_age_s: float) -> bool:
    if not queue:
        return False
    run = leading_run(queue, limit)
    return len(run) < len(queue) or len(run) >= limit or now - run[0].arrived >= max_age_s


class AuditSink:
    def __init__(
        self,
        settings: Settings,
        store: ArchiveStore,
        *,
        topic: str = "audit.events",
        group_id: str = "veilstream-audit-sink",
        close_day: Callable[[dt.date], object] | None = None,
        after_upload: Callable[[str], None] | None = None,
        clock: Callable[[], float] = time.time,
        consumer_overrides: dict[str, Any] | None = None,
    ):
        self.settings = settings
        self.store = store
        self.topic = topic
        self.group_id = group_id
        self.close_day = close_day  # writes the evidence of a completed UTC day
        self.after_upload = after_upload  # test hook: runs between upload and commit
        self.clock = clock
        self.consumer_overrides = consumer_overrides or {}
        self.parts: dict[int, PartitionState] = {}
        self.open_from: dt.date | None = None  # first day without evidence
        self.retry_at = 0.0
        self.backoff = 1.0
        self.close_retry_at = 0.0
        self.uploaded = 0
        self._stop = threading.Event()  # set by run(stop)

    # --- the Kafka edge -------------------------------------------------------

    def consumer_config(self) -> dict[str, Any]:
        return {
            "group.id": self.group_id,
            "enable.auto.commit": False,
            "auto.offset.reset": "earliest",
            "isolation.level": "read_committed",
            # A dead sink's partitions move on within seconds (and joins are quick on the embedded broker).
            "session.timeout.ms": 10_000,
            "heartbeat.interval.ms": 1_000,
            **self.consumer_overrides,
        }

    def run(self, stop: threading.Event) -> None:
        self._stop = stop
        consumer = kafka_clients(self.settings).consumer(self.consumer_config())
        consumer.subscribe([self.topic], on_assign=self._on_assign, on_revoke=self._on_revoke, on_lost=self._on_revoke)
        try:
            while not stop.is_set():
                for msg in consumer.consume(num_messages=500, timeout=0.5):
                    if msg.error():
                        log.warning("consumer error: %s", msg.error())
                        continue
                    partition, offset = msg.partition(), msg.offset()
                    assert partition is not None and offset is not None  # only error events lack a position
                    self.accept(partition, offset, msg.timestamp()[1], msg.value())
                self.flush(consumer, force=False)
                self.maybe_close_days()
            self.flush(consumer, force=True)
        except SinkStopped:
            log.warning("stopped while S3 was unavailable; offsets stay at what is archived")
        finally:
            consumer.close()

    def _on_assign(self, consumer: Consumer, partitions: list[TopicPartition]) -> None:
        for tp in partitions:
            st = self._recover_with_retry(tp.partition)
            self.parts[tp.partition] = st
            if st.next_offset is not None:
                tp.offset = st.next_offset  # the archive, not the committed offset, says where to resume
        consumer.assign(partitions)

    def _on_revoke(self, consumer: Consumer, partitions: list[TopicPartition]) -> None:
        for tp in partitions:
            st = self.parts.get(tp.partition)
            if st and st.queue:
                try:
                    self._flush_partition(consumer, tp.partition, st, force=True)
                except StoreUnavailable:
                    log.warning(
                        "partition %d revoked with %d records not archived; the next owner rereads them",
                        tp.partition,
                        len(st.queue),
                    )
            self.parts.pop(tp.partition, None)

    def _recover_with_retry(self, partition: int) -> PartitionState:
        delay = 1.0
        while True:
            try:
                return recover_partition(self.store, self.topic, partition)
            except StoreUnavailable:
                log.warning("S3 unavailable while recovering partition %d; retrying in %.0fs", partition, delay)
                if self._stop.wait(delay):  # SIGTERM must stop the sink even during an outage
                    raise SinkStopped() from None
                delay = min(delay * 2, MAX_BACKOFF_S)

    # --- batching -------------------------------------------------------------

    def accept(self, partition: int, offset: int, timestamp_ms: int, payload: bytes | None) -> None:
        try:
            event = decode_audit(payload or b"")
        except CodecError as exc:
            log.warning("undecodable audit record at %s/%d@%d (%s)", self.topic, partition, offset, exc.reason_code)
            event = undecodable_event(payload or b"", timestamp_ms, exc.reason_code)
        if timestamp_ms <= 0:  # no broker timestamp: the event's own time keeps the key deterministic
            timestamp_ms = event.occurred_at
        st = self.parts.setdefault(partition, PartitionState())
        day = day_of(timestamp_ms)
        if self.open_from and day < self.open_from:
            day = self.open_from  # that day's evidence is already signed: a late record joins the first open day
        st.queue.append(Queued(Consumed(offset, timestamp_ms, event), day, self.clock()))

    def flush(self, consumer: Consumer, force: bool) -> None:
        if self.clock() < self.retry_at:
            self._pause_full(consumer)
            return
        try:
            for p, st in list(self.parts.items()):
                self._flush_partition(consumer, p, st, force)
            self.backoff = 1.0
        except StoreUnavailable as exc:
            metrics.SINK_UPLOAD_FAILURES.inc()
            log.warning("%s; keeping offsets, retrying in %.0fs", exc, self.backoff)
            self.retry_at = self.clock() + self.backoff
            self.backoff = min(self.backoff * 2, MAX_BACKOFF_S)
            if force:
                raise
        self._pause_full(consumer)
        metrics.SINK_PENDING.set(sum(len(st.queue) for st in self.parts.values()))

    def _pause_full(self, consumer: Consumer) -> None:
        """Stop reading a partition whose queue is long while S3 is away."""
        limit = 2 * self.settings.audit_rotate_records
        for p, st in self.parts.items():
            full = len(st.queue) >= limit
            if full != st.paused:
                tp = [TopicPartition(self.topic, p)]
                consumer.pause(tp) if full else consumer.resume(tp)
                st.paused = full

    def _flush_partition(self, consumer: Consumer, partition: int, st: PartitionState, force: bool) -> None:
        s = self.settings
        while st.queue and (force or flush_due(st.queue, self.clock(), s.audit_rotate_records, s.audit_rotate_seconds)):
            run = leading_run(st.queue, s.audit_rotate_records)
            records = [q.record for q in run]
            if st.next_offset is not None and records[0].offset != st.next_offset:
                log.warning(
                    "offset gap on %s/%d: expected %d, got %d", self.topic, partition, st.next_offset, records[0].offset
                )
            archived, head = self._upload(run[0].day, partition, records, st.head)
            if self.after_upload:
                self.after_upload(f"{self.topic}/{partition}")
            del st.queue[:archived]
            st.head, st.next_offset = head, records[archived - 1].offset + 1
            self.uploaded += archived
            metrics.SINK_ARCHIVED.inc(archived)
            self._commit(consumer, partition, st.next_offset)

    def _upload(self, day: dt.date, partition: int, records: list[Consumed], prev: str) -> tuple[int, str]:
        """Write one object; return how many of `records` it holds and the chain head after them."""
        obj = build_object(day, self.topic, partition, records, prev)
        with metrics.SINK_UPLOAD_LATENCY.time():
            written = self.store.put_new(obj.key, obj.body, obj.metadata(), "avro/binary")
        # Looked at after the write: a hold placed before this look finds the object here, one
        # placed after it finds the object in its own sweep of the archive (`veilstream hold add`).
        if self.store.archive_held():
            self.store.set_legal_hold(obj.key, True)
        if written is not None:
            return obj.count, obj.chain_head
        body, _, _ = self.store.get(obj.key)
        if body == obj.body:
            return obj.count, obj.chain_head
        # An earlier attempt cut the batch elsewhere (time rotation): its records must be a prefix of ours.
        _, stored = read_object(body)
        ours = chain(records, self.topic, partition, prev)
        if not stored or [r["record_hash"] for r in stored] != [r["record_hash"] for r in ours[: len(stored)]]:
            raise ArchiveConflict(f"{obj.key} holds records that differ from the topic's")
        return len(stored), stored[-1]["record_hash"]

    def _commit(self, consumer: Consumer, partition: int, next_offset: int) -> None:
        try:
            consumer.commit(offsets=[TopicPartition(self.topic, partition, next_offset)], asynchronous=False)
        except KafkaException as exc:
            # Harmless: on restart the sink resumes after the last archived object anyway.
            log.warning("offset commit failed for %s/%d: %s", self.topic, partition, exc)

    # --- closing days ---------------------------------------------------------

    def maybe_close_days(self) -> None:
        """Write the evidence of every completed UTC day once its records are archived."""
        now = self.clock()
        if self.close_day is None or now < self.close_retry_at:
            return
        try:
            if self.open_from is None:
                self.open_from = first_open_day(self.store, day_of(int(now * 1000)))
            # Evidence is complete up to the start of the first open day.
            metrics.EVIDENCE_LAST.set(dt.datetime.combine(self.open_from, dt.time(), dt.UTC).timestamp())
            grace = dt.timedelta(seconds=2 * self.settings.audit_rotate_seconds)
            while True:
                day = self.open_from
                end = dt.datetime.combine(day + dt.timedelta(days=1), dt.time(), dt.UTC)
                pending = any(q.day <= day for st in self.parts.values() for q in st.queue)
                if dt.datetime.fromtimestamp(now, dt.UTC) < end + grace or pending:
                    return
                self.close_day(day)
                self.open_from = day + dt.timedelta(days=1)
        except StoreUnavailable as exc:
            log.warning("%s; evidence snapshot postponed", exc)
        except Exception as exc:  # noqa: BLE001 - a day that cannot be signed must not stop the archiving
            log.error("evidence for %s not written, retrying in %ds: %s", self.open_from, CLOSE_RETRY_S, exc)
            self.close_retry_at = now + CLOSE_RETRY_S


def first_open_day(store: ArchiveReader, today: dt.date) -> dt.date:
    """The day after the newest closed evidence (its checkpoint written), else the first audit day, else today."""
    for day in reversed(days_in(store, "evidence")):
        if store.exists(evidence_prefix(day) + "checkpoint"):
            return day + dt.timedelta(days=1)
    audit = days_in(store, "audit")
    return audit[0] if audit else today
