"""The stream path's Kafka edge: take raw batches, run the flow, write each batch
with its input offsets.

Two threads, so that batch N+1 is detected and protected while batch N is
being written:

    fetch   consume -> Flow.process (detection in the detector's process pool)
    emit    per input partition, one Kafka transaction: every output, every
            audit event and the partition's next input offset commit
            together, or none of them does

At most DEPTH batches wait between them (backpressure). One thread emits, in
queue order, so each partition's offsets are committed strictly in order,
and only with (or, at least once, after) their outputs. A batch is whatever
arrived while the previous one was processed, up to the topology's
batch_size: batches grow under load and shrink when idle.

Every transactional id belongs to one input partition, so the partition's
next owner (a restarted worker, or another one after a rebalance) fences the
previous producer and aborts what it left open. Any failure stops the
process without acknowledging (exit 70); the batch is redone by the next
owner.
"""

from __future__ import annotations

import logging
import os
import queue
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Protocol

from confluent_kafka import Consumer, KafkaError, KafkaException, Message, Producer, TopicPartition

from pipeline import codecs, logs, metrics
from pipeline.assurance import canary
from pipeline.clients import KafkaClients
from pipeline.flow import Decision, Incoming, Pending
from pipeline.kafka import output_producer, position
from pipeline.policy import Policy
from pipeline.records import Offset
from pipeline.topology import StreamSpec, Topology

log = logging.getLogger("veilstream.worker")

DEPTH = 4  # batches between the fetch and the emit thread; an emit thread behind writes them as one
EXIT_FAILED = 70
TXN_TIMEOUT_S = 60.0
REFETCH_IDLE_S = 10.0  # see StreamRunner._refetch_idle
RELOAD_EVERY_S = 1.0  # how often the policy file is looked at
Tp = tuple[str, int]


class StreamFlow(Protocol):
    """What the runner needs of pipeline.flow.Flow."""

    stream: StreamSpec
    policy: Policy

    def reload_policy(self) -> bytes | None: ...

    def start(self, batch: Sequence[Incoming]) -> Pending: ...

    def finish(self, pending: Pending) -> list[Decision]: ...


@dataclass(slots=True)
class Unit:
    """One input partition's share of a batch: it is written as one transaction."""

    topic: str
    partition: int
    next_offset: int
    decisions: list[Decision] = field(default_factory=list)
    audit: list[tuple[bytes, bytes]] = field(default_factory=list)  # policy and canary events: (key, value)
    canaries: set[Offset] = field(default_factory=set)


@dataclass(slots=True)
class Batch:
    stream: StreamSpec
    injection_flag_at: float
    received_ms: int
    units: list[Unit]
    decisions: list[Decision]


@dataclass(slots=True)
class _Started:
    flow: StreamFlow
    received_ms: int
    units: dict[int, Unit]
    pending: Pending


class Writer(Protocol):
    """Writes units durably, with their input offsets."""

    group_metadata: object | None

    def assigned(self, tps: Sequence[Tp]) -> None: ...

    def revoked(self, tps: Sequence[Tp]) -> None: ...

    def write(self, units: Sequence[Unit]) -> None: ...

    def commit_written(self, *, wait: bool) -> None:
        """Commit the input offsets of what was written (called by the consumer's own thread)."""
        ...


def _produce(
    producer: Producer,
    topic: str,
    key: bytes,
    value: bytes | None,
    headers: list,
    on_delivery: Callable[[KafkaError | None, Message], None] | None = None,
) -> None:
    while True:
        try:
            producer.produce(topic, value=value, key=key, headers=headers, on_delivery=on_delivery)
            return
        except BufferError:  # the local queue is full: let deliveries drain
            producer.poll(0.05)


def _headers(m: Message) -> tuple[tuple[str, bytes | None], ...]:
    """A consumed record's headers as (name, bytes) pairs (the flow passes some through)."""
    raw = m.headers()
    items = raw.items() if isinstance(raw, dict) else (raw or [])
    return tuple((k, v.encode() if isinstance(v, str) else v) for k, v in items)


def _messages(unit: Unit, audit_topic: str, stream: str) -> list[tuple[str, bytes, bytes | None, list]]:
    """Every message of a unit, in order: (topic, key, value, headers)."""
    audit_key = f"{stream}:{unit.partition}".encode()
    out: list[tuple[str, bytes, bytes | None, list]] = []
    for d in unit.decisions:
        marked = [(canary.HEADER, b"1")] if d.source in unit.canaries else []  # AI consumers filter on it
        for m in d.messages:
            out.append((m.topic, m.key, m.value, list(m.headers) + marked))
        out.append((audit_topic, audit_key, d.audit, []))
    out += [(audit_topic, k, v, []) for k, v in unit.audit]
    return out


class TransactionalWriter:
    """Exactly once: one transactional producer per assigned input partition."""

    def __init__(self, kafka: KafkaClients, group: str, audit_topic: str, stream_of: Callable[[str], str]) -> None:
        self.kafka = kafka
        self.group = group
        self.audit_topic = audit_topic
        self.stream_of = stream_of
        self.consumer: Consumer | None = None
        self.group_metadata: object | None = None  # the consumer's generation, taken by the fetch thread
        self.producers: dict[Tp, Producer] = {}
        self.committing = ThreadPoolExecutor(max_workers=8, thread_name_prefix="veilstream-commit")

    def assigned(self, tps: Sequence[Tp]) -> None:
        for tp in tps:
            if tp not in self.producers:
                p = output_producer(self.kafka, f"{self.group}.{tp[0]}.{tp[1]}")
                p.init_transactions(TXN_TIMEOUT_S)  # fences the previous owner, aborts its open transaction
                self.producers[tp] = p

    def revoked(self, tps: Sequence[Tp]) -> None:
        for tp in tps:
            p = self.producers.pop(tp, None)
            if p is not None:
                p.flush(10)

    def write(self, units: Sequence[Unit]) -> None:
        assert self.consumer is not None, "the writer has no consumer"
        for u in units:  # every partition's messages on their way before the first commit waits
            p = self.producers[(u.topic, u.partition)]
            p.begin_transaction()
            for topic, key, value, headers in _messages(u, self.audit_topic, self.stream_of(u.topic)):
                _produce(p, topic, key, value, headers)
        meta = self.group_metadata
        assert meta is not None, "no group metadata: partitions written before they were assigned"

        def commit(u: Unit) -> None:
            p = self.producers[(u.topic, u.partition)]
            p.send_offsets_to_transaction([TopicPartition(u.topic, u.partition, u.next_offset)], meta, TXN_TIMEOUT_S)
            p.commit_transaction(TXN_TIMEOUT_S)

        if len(units) == 1:
            commit(units[0])
            return
        for f in [self.committing.submit(commit, u) for u in units]:  # each partition's commit round trips at once
            f.result()

    def commit_written(self, *, wait: bool) -> None:
        return None  # the offsets were committed with each transaction


class AcknowledgedWriter:
    """At least once: outputs acknowledged by the broker, then the offsets committed."""

    def __init__(self, kafka: KafkaClients, audit_topic: str, stream_of: Callable[[str], str]) -> None:
        self.producer = output_producer(kafka)
        self.group_metadata: object | None = None
        self.audit_topic = audit_topic
        self.stream_of = stream_of
        self.consumer: Consumer | None = None
        # Offsets whose outputs the broker acknowledged, for the consumer's thread to commit.
        self.written: queue.SimpleQueue[list[TopicPartition]] = queue.SimpleQueue()

    def assigned(self, tps: Sequence[Tp]) -> None:
        return None

    def revoked(self, tps: Sequence[Tp]) -> None:
        self.producer.flush(10)

    def write(self, units: Sequence[Unit]) -> None:
        assert self.consumer is not None, "the writer has no consumer"
        failed: list[KafkaError] = []

        def delivered(err: KafkaError | None, _msg: Message) -> None:
            if err is not None:
                failed.append(err)

        for u in units:
            for topic, key, value, headers in _messages(u, self.audit_topic, self.stream_of(u.topic)):
                _produce(self.producer, topic, key, value, headers, on_delivery=delivered)
        left = self.producer.flush(TXN_TIMEOUT_S)
        if failed or left:
            raise KafkaException(failed[0] if failed else KafkaError(KafkaError._MSG_TIMED_OUT))
        # Not committed here: a commit from this thread, even an asynchronous one, waited as long as
        # the fetch thread kept calling consume() (seen for 30 s and more), and the batch's metrics with
        # it. The fetch thread commits them between two consume() calls (commit_written).
        self.written.put([TopicPartition(u.topic, u.partition, u.next_offset) for u in units])

    def commit_written(self, *, wait: bool) -> None:
        """Offsets only move forward after their outputs are acknowledged; one that fails to
        commit means the batch is redone (same ids), never lost."""
        assert self.consumer is not None, "the writer has no consumer"
        offsets: dict[Tp, TopicPartition] = {}
        while not self.written.empty():
            for tp in self.written.get():
                offsets[(tp.topic, tp.partition)] = tp  # later batches of a partition carry higher offsets
        if offsets and wait:
            self.consumer.commit(offsets=list(offsets.values()), asynchronous=False)
        elif offsets:
            self.consumer.commit(offsets=list(offsets.values()), asynchronous=True)


def fail_stop(what: str) -> None:
    """Nothing of the batch is acknowledged: exit before anything else can be written."""
    log.critical("%s; stopping the worker without acknowledging it", what, exc_info=True)
    logging.shutdown()
    os._exit(EXIT_FAILED)


class StreamRunner:
    """Runs every stream of a topology on one consumer (one group) and one writer."""

    def __init__(
        self,
        topology: Topology,
        flows: Mapping[str, StreamFlow],
        consumer: Consumer,
        writer: Writer,
        *,
        on_batch: Callable[[str, int], None] | None = None,
        fail: Callable[[str], None] = fail_stop,
    ) -> None:
        self.topology = topology
        self.fail = fail
        self.by_topic = {flows[s.name].stream.raw: flows[s.name] for s in topology.streams}
        self.consumer = consumer
        self.writer = writer
        self.on_batch = on_batch
        self.queue: queue.Queue[Batch | None] = queue.Queue(maxsize=DEPTH)
        self.assignment: set[Tp] = set()
        self.delivered_at: dict[Tp, float] = {}  # assigned partition -> when it last delivered a record
        self.next_offset: dict[Tp, int] = {}  # the offset after the last record taken from it
        self.policy_events: dict[str, list[tuple[bytes, bytes]]] = {}  # raw topic -> audit events for its next batch
        self.max_batch = topology.worker.batch_size
        self.wait_s = topology.worker.batch_within_s

    # -- rebalancing (called by the consumer, inside consume(), in the fetch thread) --

    def _on_assign(self, consumer: Consumer, partitions: list[TopicPartition]) -> None:
        tps = [(p.topic, p.partition) for p in partitions]
        log.warning("partitions assigned: %s", ", ".join(f"{t}/{p}" for t, p in tps))
        try:
            self.writer.assigned(tps)  # before fetching starts: open transactions of the last owner are aborted
            self.writer.group_metadata = None  # a new generation: taken again before the next write
        except BaseException:  # noqa: BLE001 - anything here must stop the worker
            self.fail("taking over partitions failed")
        self.assignment.update(tps)
        now = time.monotonic()
        for tp in tps:
            self.delivered_at[tp] = now
            self.next_offset.pop(tp, None)  # where fetching starts is the committed offset

    def _on_revoke(self, consumer: Consumer, partitions: list[TopicPartition]) -> None:
        self.queue.join()  # what was taken from these partitions is written (and committed) first
        self.writer.commit_written(wait=True)
        tps = [(p.topic, p.partition) for p in partitions]
        log.warning("partitions revoked: %s", ", ".join(f"{t}/{p}" for t, p in tps))
        self.assignment.difference_update(tps)
        for tp in tps:
            self.delivered_at.pop(tp, None)
            self.next_offset.pop(tp, None)
        self.writer.revoked(tps)

    # -- the two threads -----------------------------------------------------------

    def run(self, stop: threading.Event) -> None:
        """Until STOP is set: then finish what was taken, commit it, leave the group."""
        emit = threading.Thread(target=self._emit_loop, name="veilstream-emit", daemon=True)
        emit.start()
        try:
            self.consumer.subscribe(
                sorted(self.by_topic), on_assign=self._on_assign, on_revoke=self._on_revoke, on_lost=self._on_revoke
            )
            pending: list[_Started] = []  # detection under way while the batch before it is protected
            reloaded = -RELOAD_EVERY_S  # look at the policy file before the first batch
            while not stop.is_set():
                self.writer.commit_written(wait=False)
                if time.monotonic() - reloaded >= RELOAD_EVERY_S:
                    for p in pending:  # a new policy replaces the detector: nothing may be left on the old one
                        self._finish(p)
                    pending = []
                    self._reload()
                    reloaded = time.monotonic()
                msgs = self._take(wait=not pending)
                self._refetch_idle(msgs)
                started = self._start(msgs)
                for p in pending:
                    self._finish(p)
                pending = started
            for p in pending:
                self._finish(p)
            self.queue.put(None)
            emit.join()
            self.writer.commit_written(wait=True)
            self.consumer.close()  # revokes: the writer lets go of its partitions
        except BaseException:  # noqa: BLE001 - a failed batch must never be acknowledged
            self.fail("batch failed")

    def _take(self, *, wait: bool) -> list[Message]:
        """The first record within wait_s (or none, when not WAITing), then whatever
        else has arrived, up to max_batch."""
        msgs = self.consumer.consume(1, self.wait_s if wait else 0)
        if msgs and self.max_batch > 1:
            msgs += self.consumer.consume(self.max_batch - 1, 0)
        out = []
        for m in msgs:
            err = m.error()
            if err is None:
                out.append(m)
            elif err.fatal():
                raise KafkaException(err)
            else:  # transient (a broker restarting): the client retries by itself
                log.warning("consumer: %s", err.str())
        return out

    def _refetch_idle(self, msgs: list[Message]) -> None:
        """Restart fetching of a partition that delivered nothing for REFETCH_IDLE_S.

        Against the embedded broker a consumer was seen to stop receiving one
        partition's records partway through a large producer batch (one record
        batch of the whole partition), while a fresh consumer read on from the same
        offset. A seek to the next offset this worker has not taken restarts the
        fetch; on a partition that is really at its end it costs one empty fetch."""
        now = time.monotonic()
        for m in msgs:
            topic, partition, offset = position(m)
            self.delivered_at[(topic, partition)] = now
            self.next_offset[(topic, partition)] = offset + 1
        idle = [tp for tp, at in self.delivered_at.items() if now - at >= REFETCH_IDLE_S]
        if not idle:
            return
        unknown = [TopicPartition(t, p) for t, p in idle if (t, p) not in self.next_offset]
        for c in self.consumer.committed(unknown, timeout=10) if unknown else []:
            if c.offset >= 0:
                self.next_offset[(c.topic, c.partition)] = c.offset
        for tp in idle:
            self.delivered_at[tp] = now
            if tp in self.next_offset:
                log.info("re-fetching %s/%s from offset %s", tp[0], tp[1], self.next_offset[tp])
                self.consumer.seek(TopicPartition(tp[0], tp[1], self.next_offset[tp]))

    def _reload(self) -> None:
        for flow in self.by_topic.values():
            event = flow.reload_policy()
            if event is not None:
                self.policy_events.setdefault(flow.stream.raw, []).append((flow.stream.name.encode(), event))

    def _start(self, msgs: list[Message]) -> list[_Started]:
        if msgs and self.writer.group_metadata is None:
            # Here, not in the emit thread: asked while another thread is in consume(), the
            # client answered only after seconds.
            self.writer.group_metadata = self.consumer.consumer_group_metadata()
        received = int(time.time() * 1000)
        by_topic: dict[str, list[tuple[Offset, Message]]] = {}
        for m in msgs:
            at = Offset(*position(m))
            by_topic.setdefault(at.topic, []).append((at, m))
        out = []
        for topic, records in by_topic.items():
            flow = self.by_topic[topic]
            units: dict[int, Unit] = {}
            for at, m in records:
                u = units.setdefault(at.partition, Unit(topic, at.partition, at.offset + 1))
                u.next_offset = at.offset + 1
                if canary.is_marked(m.headers()):
                    u.canaries.add(at)
            next(iter(units.values())).audit.extend(self.policy_events.pop(topic, []))
            batch = [Incoming(at, m.value() or b"", received, _headers(m)) for at, m in records]
            out.append(_Started(flow, received, units, flow.start(batch)))
        return out

    def _finish(self, started: _Started) -> None:
        flow, units = started.flow, started.units
        stream = flow.stream
        decisions = flow.finish(started.pending)
        for d in decisions:
            u = units[d.source.partition]
            u.decisions.append(d)
            if d.source in u.canaries:
                check = canary.audit_decision(
                    d, policy=flow.policy, tenants=stream.tenants, stream=stream.name, topology=self.topology.name
                )
                if check is not None:
                    u.audit.append((f"{stream.name}:{u.partition}".encode(), codecs.encode_audit(check)))
        batch = Batch(stream, flow.policy.injection.flag_at, started.received_ms, list(units.values()), decisions)
        self.queue.put(batch)  # blocks while DEPTH batches wait: the fetch thread never runs far ahead

    def _emit_loop(self) -> None:
        done = False
        while not done:
            batches = [self.queue.get()]
            while len(batches) < DEPTH and not self.queue.empty():  # behind: write what waits as one
                batches.append(self.queue.get())
            try:
                done = batches[-1] is None
                ready = [b for b in batches if b is not None]
                if ready:
                    self.writer.write(merge_units([u for b in ready for u in b.units]))
                    acked = int(time.time() * 1000)
                    for b in ready:
                        self._acknowledged(b, acked)
            except BaseException:  # noqa: BLE001 - a failed batch must never be acknowledged
                self.fail("writing a batch failed")
            finally:
                for _ in batches:
                    self.queue.task_done()

    def _acknowledged(self, batch: Batch, acked_ms: int) -> None:
        name, stream = self.topology.name, batch.stream.name
        metrics.record_batch(name, stream, len(batch.decisions))
        metrics.record_decisions(
            name,
            stream,
            batch.decisions,
            injection_flag_at=batch.injection_flag_at,
            received_ms=batch.received_ms,
            acked_ms=acked_ms,
        )
        logs.log_decisions(log, stream, batch.decisions)
        if self.on_batch is not None:
            self.on_batch(stream, len(batch.decisions))


def merge_units(units: Sequence[Unit]) -> list[Unit]:
    """One unit per input partition, in order: consecutive batches written as one transaction."""
    out: dict[Tp, Unit] = {}
    for u in units:
        m = out.get((u.topic, u.partition))
        if m is None:
            out[(u.topic, u.partition)] = Unit(
                u.topic, u.partition, u.next_offset, list(u.decisions), list(u.audit), set(u.canaries)
            )
            continue
        m.next_offset = max(m.next_offset, u.next_offset)
        m.decisions += u.decisions
        m.audit += u.audit
        m.canaries |= u.canaries
    return list(out.values())


def make_runner(
    topology: Topology,
    flows: Mapping[str, StreamFlow],
    consumer: Consumer,
    kafka: KafkaClients,
    *,
    on_batch: Callable[[str, int], None] | None = None,
) -> StreamRunner:
    """A runner with the writer the topology's processing guarantee names."""
    streams = {s.raw: s.name for s in topology.streams}
    writer: TransactionalWriter | AcknowledgedWriter
    if topology.worker.processing_guarantee == "exactly_once":
        writer = TransactionalWriter(kafka, topology.consumer_group, topology.audit_topic, streams.__getitem__)
    else:
        writer = AcknowledgedWriter(kafka, topology.audit_topic, streams.__getitem__)
    writer.consumer = consumer
    return StreamRunner(topology, flows, consumer, writer, on_batch=on_batch)
