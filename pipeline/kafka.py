"""confluent-kafka clients and helpers: the stream worker, the CLI, the demo and tests.

Clients come from a `KafkaClients` (pipeline.clients), so TLS and SASL apply everywhere."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Iterator

from confluent_kafka import Consumer, KafkaError, Message, Producer, TopicPartition

from pipeline.clients import KafkaClients

MAX_MESSAGE_BYTES = 4 * 1024 * 1024
CLIENT_LOG = logging.getLogger("veilstream.kafka")  # librdkafka's own messages, as JSON lines like ours


def make_producer(kafka: KafkaClients) -> Producer:
    return kafka.producer({"enable.idempotence": True, "acks": "all", "linger.ms": 5})


def output_producer(kafka: KafkaClients, transactional_id: str | None = None) -> Producer:
    """The stream worker's producer: every replica acknowledges, one request in flight per
    broker so a retry cannot reorder a partition. Transactional when given an id (one id
    per input partition, so the partition's next owner fences this producer and aborts
    what it left open). Without one it is not idempotent: the embedded broker was seen
    to fail a second idempotent producer of the process with a sequence error, and the
    outputs' deterministic ids already make a retried write harmless."""
    config: dict[str, object] = {
        "logger": CLIENT_LOG,
        "acks": "all",
        "linger.ms": 2,
        "message.max.bytes": MAX_MESSAGE_BYTES,
    }
    if transactional_id is not None:
        config.update({"enable.idempotence": True, "transactional.id": transactional_id})
    else:
        config.update({"enable.idempotence": False, "max.in.flight.requests.per.connection": 1})
    return kafka.producer(config)


def worker_consumer(kafka: KafkaClients, group: str, *, session_timeout_ms: int = 10_000) -> Consumer:
    """The stream worker's consumer: offsets are committed by the worker (in the output
    transaction, or after the outputs are acknowledged), never automatically."""
    return kafka.consumer(
        {
            "logger": CLIENT_LOG,
            "group.id": group,
            "enable.auto.commit": False,
            "enable.auto.offset.store": False,
            "auto.offset.reset": "earliest",
            "isolation.level": "read_committed",
            "session.timeout.ms": session_timeout_ms,
            "heartbeat.interval.ms": 1000,
            # Also the rebalance timeout of JoinGroup: a member killed mid-batch holds up its
            # successor's join for this long on the embedded broker (librdkafka's default: 300 s).
            "max.poll.interval.ms": 60_000,
            "queued.max.messages.kbytes": 16 * 1024,  # prefetch bound: RSS stays flat under a backlog
            "fetch.message.max.bytes": MAX_MESSAGE_BYTES,
        }
    )


def produce_all(
    producer: Producer,
    topic: str,
    payloads: Iterable[bytes],
    *,
    key: Callable[[int], bytes | None] = lambda i: None,
    on_delivered: Callable[[], None] = lambda: None,
) -> int:
    """Produce every payload and wait for all acknowledgements; returns the number that failed."""
    failed = 0

    def delivered(err: KafkaError | None, _msg: Message) -> None:
        nonlocal failed
        if err is not None:
            failed += 1
        on_delivered()

    for i, payload in enumerate(payloads):
        while True:
            try:
                producer.produce(topic, value=payload, key=key(i), on_delivery=delivered)
                break
            except BufferError:  # local queue full: let deliveries drain
                producer.poll(0.5)
        producer.poll(0)
    remaining = producer.flush(60)
    return failed + remaining


def end_offsets(kafka: KafkaClients, topic: str, *, settle_s: float = 1.0) -> dict[int, int]:
    """The offset after the last record of each partition of TOPIC, found by reading.

    Kafka's high watermark is that offset. The embedded broker (Tansu on S3
    storage) reports the base offset of the last batch plus one instead, so we
    read the tail from just before the reported watermark: the same answer on
    both, and nothing that counts or waits for records trusts the watermark.
    """
    consumer = kafka.consumer(
        {"group.id": "veilstream-reader", "enable.auto.commit": False, "enable.partition.eof": True}
    )
    try:
        meta = consumer.list_topics(topic, timeout=10).topics.get(topic)
        if meta is None or meta.error is not None:
            raise KeyError(f"no topic named {topic}")
        ends: dict[int, int] = {}
        for p in meta.partitions:
            low, high = consumer.get_watermark_offsets(TopicPartition(topic, p), timeout=10)
            ends[p] = high
        tails = [TopicPartition(topic, p, max(0, high - 1)) for p, high in ends.items() if high > 0]
        if not tails:
            return ends
        consumer.assign(tails)
        pending = {tp.partition for tp in tails}
        quiet_since = time.monotonic()
        while pending and time.monotonic() - quiet_since < settle_s:
            msg = consumer.poll(0.2)
            if msg is None:
                continue
            part, offset, at_end = _polled(msg, topic)
            if at_end:
                pending.discard(part)
                continue
            ends[part] = max(ends[part], offset + 1)
            quiet_since = time.monotonic()
        return ends
    finally:
        consumer.close()


def group_lag(kafka: KafkaClients, group: str, topics: Iterable[str]) -> dict[tuple[str, int], int]:
    """Offsets between GROUP's commit and the end of every partition of TOPICS."""
    consumer = kafka.consumer({"group.id": group, "enable.auto.commit": False})
    try:
        out: dict[tuple[str, int], int] = {}
        for topic in topics:
            ends = end_offsets(kafka, topic)
            tps = [TopicPartition(topic, p) for p in sorted(ends)]
            for tp in consumer.committed(tps, timeout=10):
                committed = tp.offset if tp.offset >= 0 else 0
                out[(topic, tp.partition)] = max(0, ends[tp.partition] - committed)
        return out
    finally:
        consumer.close()


def read_topic(
    kafka: KafkaClients,
    topic: str,
    *,
    timeout_s: float = 120.0,
    from_beginning: bool = True,
    max_messages: int | None = None,
    start: dict[int, int] | None = None,
) -> Iterator[Message]:
    """Every message currently in TOPIC (from START offsets, if given), across
    partitions; stops at the end of each. Offsets may have gaps (transactional
    and idempotent batches), so count messages, never subtract offsets."""
    consumer = kafka.consumer(
        {
            "group.id": "veilstream-reader",
            "enable.auto.commit": False,
            "enable.partition.eof": True,
            "auto.offset.reset": "earliest" if from_beginning else "latest",
        }
    )
    try:
        meta = consumer.list_topics(topic, timeout=10).topics.get(topic)
        if meta is None or meta.error is not None:
            raise KeyError(f"no topic named {topic}")
        parts = sorted(meta.partitions)
        ends = end_offsets(kafka, topic)
        first = {p: (start or {}).get(p, 0 if from_beginning else ends[p]) for p in parts}
        pending = {p for p in parts if ends[p] > first[p]}
        consumer.assign([TopicPartition(topic, p, first[p]) for p in parts])
        seen = 0
        deadline = time.monotonic() + timeout_s
        while pending:
            msg = consumer.poll(1.0)
            if msg is None:
                if time.monotonic() > deadline:
                    raise TimeoutError(
                        f"reading {topic}: partitions {sorted(pending)} not read to their end within {timeout_s:.0f}s"
                    )
                continue
            part, offset, at_end = _polled(msg, topic)
            if at_end:
                pending.discard(part)
                continue
            yield msg
            seen += 1
            if offset + 1 >= ends[part]:
                pending.discard(part)
            if max_messages is not None and seen >= max_messages:
                return
    finally:
        consumer.close()


def _polled(msg: Message, topic: str) -> tuple[int, int, bool]:
    """Partition and offset of a polled record or end-of-partition event (enable.partition.eof),
    and whether it is the end; any other error event raises (RuntimeError, naming TOPIC)."""
    err = msg.error()
    if err is not None and err.code() != KafkaError._PARTITION_EOF:
        raise RuntimeError(f"reading {topic}: {err}")
    _, part, offset = position(msg)
    return part, offset, err is not None


def position(msg: Message) -> tuple[str, int, int]:
    """Topic, partition and offset of a consumed record or partition-EOF event (the client types them optional)."""
    topic, partition, offset = msg.topic(), msg.partition(), msg.offset()
    if topic is None or partition is None or offset is None:
        raise ValueError(f"a client-level Kafka event has no position: {msg.error()}")
    return topic, partition, offset
