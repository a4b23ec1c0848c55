"""confluent-kafka helpers for the CLI, the demo and tests (the worker uses faust)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from confluent_kafka import Consumer, KafkaError, Message, Producer, TopicPartition


def make_producer(bootstrap: str) -> Producer:
    return Producer({"bootstrap.servers": bootstrap, "enable.idempotence": True, "acks": "all",
                     "linger.ms": 5})


def produce_all(producer: Producer, topic: str, payloads: Iterable[bytes], *,
                key: Callable[[int], bytes | None] = lambda i: None,
                on_delivered: Callable[[], None] = lambda: None) -> int:
    """Produce every payload and wait for all acknowledgements; returns the number that failed."""
    failed = 0

    def delivered(err, _msg) -> None:
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


def read_topic(bootstrap: str, topic: str, *, idle_s: float = 2.0, from_beginning: bool = True,
               max_messages: int | None = None) -> Iterator[Message]:
    """Every message currently in TOPIC, across partitions; stops at the end of each."""
    consumer = Consumer({"bootstrap.servers": bootstrap, "group.id": "veilstream-reader",
                         "enable.auto.commit": False, "enable.partition.eof": True,
                         "auto.offset.reset": "earliest" if from_beginning else "latest"})
    try:
        meta = consumer.list_topics(topic, timeout=10).topics.get(topic)
        if meta is None or meta.error is not None:
            raise KeyError(f"no topic named {topic}")
        parts = sorted(meta.partitions)
        ends: dict[int, int] = {}
        for p in parts:
            low, high = consumer.get_watermark_offsets(TopicPartition(topic, p), timeout=10)
            ends[p] = high
        start = [TopicPartition(topic, p, 0 if from_beginning else ends[p]) for p in parts]
        pending = {p for p in parts if ends[p] > (0 if from_beginning else ends[p])}
        consumer.assign(start)
        seen = 0
        while pending:
            msg = consumer.poll(idle_s)
            if msg is None:
                break
            if msg.error():
                if msg.error().code() == KafkaError._PARTITION_EOF:
                    pending.discard(msg.partition())
                    continue
                raise RuntimeError(f"reading {topic}: {msg.error()}")
            yield msg
            seen += 1
            if msg.offset() + 1 >= ends[msg.partition()]:
                pending.discard(msg.partition())
            if max_messages is not None and seen >= max_messages:
                return
    finally:
        consumer.close()
