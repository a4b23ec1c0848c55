"""The vault topics (`vault.<stream>`), read into an index of the latest entry per key.

Compacted on a real cluster; the embedded broker keeps everything, so the
index applies records in order and the latest value (or tombstone) wins.
`catch_up()` reads to the current end before each lookup, so an entry
written a moment ago is found.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

from pipeline.clients import KafkaClients
from pipeline.keys.store import read_to_end, reader
from pipeline.vault.entry import VaultEntry, event_of
from pipeline.vault.restore import ERASED


@dataclass(frozen=True, slots=True)
class Located:
    topic: str
    partition: int
    offset: int
    key: bytes
    entry: VaultEntry


class KafkaVault:
    def __init__(self, kafka: KafkaClients, topics: list[str], *, timeout_s: float = 30.0):
        self.topics = topics
        self.timeout_s = timeout_s
        self._consumer = reader(kafka, "vault")
        self._producer = kafka.producer({"acks": "all", "enable.idempotence": True})
        self._next: dict[tuple[str, int], int] = {}
        self._latest: dict[bytes, Located | str] = {}
        self._by_event: dict[tuple[str, str], set[bytes]] = {}  # (tenant, event_id) -> its entries' keys
        self._lock = threading.Lock()  # the HTTP endpoint calls from executor threads; consumers are not thread-safe

    def catch_up(self) -> None:
        with self._lock:
            self._catch_up()

    def _catch_up(self) -> None:
        from confluent_kafka import TopicPartition

        meta = self._consumer.list_topics(timeout=self.timeout_s)
        for t in self.topics:
            tm = meta.topics.get(t)
            if tm is not None and tm.error is None:  # a stream may not have written its vault yet
                for p in tm.partitions:
                    self._next.setdefault((t, p), 0)
        if not self._next:
            return
        positions = [TopicPartition(t, p, off) for (t, p), off in self._next.items()]
        for msg in read_to_end(self._consumer, positions, self.timeout_s):
            self._next[(msg.topic, msg.partition)] = msg.offset + 1
            key = msg.key or b""  # vault records are keyed (compacted topic)
            self._by_event.setdefault(event_of(key), set()).add(key)
            if msg.value is None:
                self._latest[key] = ERASED
            else:
                self._latest[key] = Located(msg.topic, msg.partition, msg.offset, key, VaultEntry.from_json(msg.value))

    def get(self, tenant: str, event_id: str) -> list[VaultEntry | str]:
        """Every entry of the event id (one per distinct record content): VaultEntry or ERASED."""
        with self._lock:
            self._catch_up()
            got = [self._latest[k] for k in sorted(self._by_event.get((tenant, event_id), ()))]
        return [g.entry if isinstance(g, Located) else g for g in got]

    def conversation_entries(self, tenant: str, conversation_ref: str) -> list[VaultEntry]:
        """The live (not tombstoned) entries of one conversation of TENANT, expired ones included."""
        with self._lock:
            self._catch_up()
            found = [
                v
                for v in self._latest.values()
                if isinstance(v, Located) and v.entry.tenant == tenant and v.entry.conversation_ref == conversation_ref
            ]
        return [v.entry for v in sorted(found, key=lambda v: v.key)]

    def subject_entries(self, tenant: str, subject_ref: str) -> list[Located]:
        """Where the live entries that concern one subject of TENANT are (what erasure tombstones)."""
        with self._lock:
            self._catch_up()
            return [
                v
                for v in self._latest.values()
                if isinstance(v, Located) and v.entry.tenant == tenant and v.entry.concerns(subject_ref)
            ]

    def subject_records(self, tenant: str, subject_ref: str) -> list[VaultEntry]:
        """The live entries that concern one subject of TENANT (as erasure finds them), expired ones included."""
        return [v.entry for v in sorted(self.subject_entries(tenant, subject_ref), key=lambda v: v.key)]

    def tombstone(self, located: list[Located]) -> None:
        errors: list[str] = []
        for loc in located:
            self._producer.produce(
                loc.topic,
                key=loc.key,
                value=None,
                partition=loc.partition,
                on_delivery=lambda err, _m: errors.append(str(err)) if err else None,
            )
        if self._producer.flush(self.timeout_s) or errors:
            raise RuntimeError(f"vault tombstones not acknowledged: {errors or 'timeout'}")
        with self._lock:
            for loc in located:
                self._latest[loc.key] = ERASED

    def close(self) -> None:
        self._consumer.close()


def scan_topic(kafka: KafkaClients, topic: str, *, timeout_s: float = 60.0) -> list[tuple[int, int, bytes | None]]:
    """(partition, offset, value) of every message now in TOPIC; empty if there is no such topic."""
    from confluent_kafka import TopicPartition

    consumer = reader(kafka, "scan")
    try:
        tm = consumer.list_topics(topic, timeout=timeout_s).topics.get(topic)
        if tm is None or tm.error is not None:
            return []
        msgs = read_to_end(consumer, [TopicPartition(topic, p, 0) for p in tm.partitions], timeout_s)
        return [(m.partition, m.offset, m.value) for m in msgs]
    finally:
        consumer.close()
