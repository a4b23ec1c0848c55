"""Where wrapped data keys live: an append-only log of key records.

Production: a single-partition compacted Kafka topic (`keys_topic`), message
key `<key_id>|<uid>`, so compaction keeps one record per key generation and
the log order survives it. Development and unit tests: a JSON-lines file with
the same semantics (appends under flock, so several processes can share it).

Both only ever hold wrapped keys. The reading rules (KeyIndex) are the same
for both:
- the first generation (uid) written for a key id wins; a later candidate
  with another uid lost a creation race and is ignored;
- a later record of the winning generation replaces it (rewrap on rotation);
- a destroyed key stays destroyed, whatever comes after it.
"""

from __future__ import annotations

import base64
import fcntl
import json
import logging
import os
import time
import uuid
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any, Protocol

from confluent_kafka import Consumer, KafkaError, Message, TopicPartition

from pipeline.clients import KafkaClients
from pipeline.errors import ServiceUnavailable
from pipeline.kafka import position

log = logging.getLogger("veilstream.keys")


@dataclass(frozen=True, slots=True)
class KeyRecord:
    key_id: str  # kind:tenant:scope:uid, or root:tenant for the per-tenant root
    uid: str  # generation: random, set once at creation, kept by rewraps
    kind: str  # root | tenant | subject | siv | vault
    tenant: str
    scope: str  # subject_ref for subject and siv keys, time bucket for tenant and vault keys
    kek_id: str
    wrapped: bytes
    created_at: int  # epoch ms
    not_after: int = 0  # vault keys: destroyed once this has passed
    destroyed: bool = False
    kek_slot: str = ""  # which KEK slot wraps it: "" (main) or an erasure shard ("e07") for subject keys

    def to_json(self) -> bytes:
        d = asdict(self)
        d["wrapped"] = base64.b64encode(self.wrapped).decode()
        return json.dumps(d, sort_keys=True).encode()

    @staticmethod
    def from_json(raw: bytes) -> KeyRecord:
        d = json.loads(raw)
        d["wrapped"] = base64.b64decode(d["wrapped"])
        return KeyRecord(**d)

    def destroy(self) -> KeyRecord:
        return replace(self, wrapped=b"", destroyed=True)


class KeyIndex:
    """Current state of every key, built by applying records in log order."""

    def __init__(self) -> None:
        self.records: dict[str, KeyRecord] = {}
        self.scopes: dict[tuple[str, str, str], list[str]] = {}

    def apply(self, rec: KeyRecord) -> None:
        cur = self.records.get(rec.key_id)
        if cur is None:
            self.records[rec.key_id] = rec
            self.scopes.setdefault((rec.kind, rec.tenant, rec.scope), []).append(rec.key_id)
        elif cur.uid == rec.uid and not cur.destroyed:
            self.records[rec.key_id] = rec

    def in_scope(self, kind: str, tenant: str, scope: str) -> list[KeyRecord]:
        return [self.records[k] for k in self.scopes.get((kind, tenant, scope), ())]


class KeyStore(Protocol):
    """Where wrapped data keys live: the compacted keys topic, or a file in development."""

    def put(self, records: list[KeyRecord]) -> None: ...

    def read_new(self) -> list[KeyRecord]: ...

    def close(self) -> None: ...


class FileKeyStore:
    def __init__(self, path: Path):
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        os.close(fd)
        self._pos = 0

    def put(self, records: list[KeyRecord]) -> None:
        data = b"".join(r.to_json() + b"\n" for r in records)
        with open(self.path, "ab") as fh:
            fcntl.flock(fh, fcntl.LOCK_EX)
            try:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)

    def read_new(self) -> list[KeyRecord]:
        with open(self.path, "rb") as fh:
            fcntl.flock(fh, fcntl.LOCK_SH)
            try:
                fh.seek(self._pos)
                data = fh.read()
            finally:
                fcntl.flock(fh, fcntl.LOCK_UN)
        complete = data[: data.rfind(b"\n") + 1]
        self._pos += len(complete)
        return [KeyRecord.from_json(line) for line in complete.splitlines() if line.strip()]

    def close(self) -> None:
        pass


class KafkaKeyStore:
    """The compacted keys topic. `put` returns once the broker acknowledged.

    With a `cache` file, what was read is also kept on local disk (wrapped keys only, as in
    the topic), so a process start reads on from where the last one stopped instead of from
    offset 0: reading the whole topic at every start grows with every key ever written, and
    against the embedded broker it took minutes once a test run had written a few thousand.
    """

    def __init__(self, kafka: KafkaClients, topic: str, *, timeout_s: float = 30.0, cache: Path | None = None):
        self.kafka = kafka
        self.topic = topic
        self.timeout_s = timeout_s
        self.cache = cache
        ensure_compacted_topic(kafka, topic, partitions=1, config=KEYS_TOPIC_CONFIG)
        self._producer = kafka.producer({"acks": "all", "enable.idempotence": True, "linger.ms": 0})
        self._next = 0

    def put(self, records: list[KeyRecord]) -> None:
        errors: list[str] = []

        def delivered(err: KafkaError | None, _msg: Message) -> None:
            if err is not None:
                errors.append(str(err.code()))

        for r in records:
            self._producer.produce(
                self.topic, key=f"{r.key_id}|{r.uid}".encode(), value=r.to_json(), partition=0, on_delivery=delivered
            )
        left = self._producer.flush(self.timeout_s)
        if errors or left:
            raise KeyStoreError(f"keys topic {self.topic}: write not acknowledged ({errors or 'timeout'})")

    def read_new(self) -> list[KeyRecord]:
        cached: list[Read] = []
        if self._next == 0 and self.cache is not None:
            cached = _load_cache(self.cache)
        # The topic's first record, unchanged, proves the cache is this topic's: a reset cluster
        # under the same name (or a compacted head) is read from offset 0 again.
        if cached and self._first() != (cached[0].offset, cached[0].key, cached[0].value):
            log.warning("keys cache %s does not match topic %s; reading it from the start", self.cache, self.topic)
            cached = []
        msgs = cached + self._read_from(cached[-1].offset + 1 if cached else self._next)
        if self.cache is not None and msgs and msgs[-1].offset >= self._next:
            try:
                _append_cache(self.cache, [m for m in msgs if m.offset >= self._next])
            except OSError as exc:  # a read-only or full disk costs the next start time, not this one
                log.warning("keys cache %s cannot be written (%s); going on without it", self.cache, exc.strerror)
                self.cache = None
        out: list[KeyRecord] = []
        for msg in msgs:
            self._next = msg.offset + 1
            if msg.value is not None:
                out.append(KeyRecord.from_json(msg.value))
        return out

    def _first(self) -> tuple[int, bytes | None, bytes | None] | None:
        """(offset, key, value) of the topic's first record, or None when it has none."""
        consumer = reader(self.kafka, "keys")
        try:
            consumer.assign([TopicPartition(self.topic, 0, 0)])
            deadline = time.monotonic() + self.timeout_s
            while time.monotonic() < deadline:
                msg = consumer.poll(0.2)
                if msg is None:
                    continue
                err = msg.error()
                if err is not None and err.code() == KafkaError._PARTITION_EOF:
                    return None
                if err is not None:
                    raise KeyStoreError(f"reading {self.topic}: {err}")
                return (position(msg)[2], msg.key(), msg.value())
            raise KeyStoreError(f"could not read the first record of {self.topic} within {self.timeout_s:.0f}s")
        finally:
            consumer.close()

    def _read_from(self, offset: int) -> list[Read]:
        # A fresh consumer per read: a long-lived one, re-assigned over and over, was
        # seen to stall against the embedded broker (no record, no EOF). Reads are rare
        # (start, every key_refresh_s, an unknown key id), so the connection is cheap.
        position = [TopicPartition(self.topic, 0, offset)]
        for attempt in (1, 2):
            consumer = reader(self.kafka, "keys")
            try:
                return read_to_end(consumer, position, self.timeout_s)
            except KeyStoreError:
                if attempt == 2:
                    raise
            finally:
                consumer.close()
        raise AssertionError("unreachable")

    def close(self) -> None:
        self._producer.flush(self.timeout_s)


def reader(kafka: KafkaClients, purpose: str) -> Consumer:
    """A group-less consumer for read-to-end scans (partitions are assigned, nothing committed)."""
    # fetch.wait.max.ms 20 made this long-lived consumer stall against the embedded
    # broker (no record, no EOF) within a few reads; 100 ms keeps reading.
    return kafka.consumer(
        {
            "group.id": f"veilstream-{purpose}-{uuid.uuid4().hex}",
            "enable.auto.commit": False,
            "auto.offset.reset": "earliest",
            "enable.partition.eof": True,
            "fetch.wait.max.ms": 100,
        }
    )


@dataclass(frozen=True)
class Read:
    """One record read to the end of its partition: where it is, its key and value (None: a tombstone)."""

    topic: str
    partition: int
    offset: int
    key: bytes | None
    value: bytes | None


def read_to_end(consumer: Consumer, partitions: list[TopicPartition], timeout_s: float) -> list[Read]:
    """Messages from the given positions up to each partition's end.

    The end is the partition-EOF event of the fetch, not ListOffsets: the
    embedded broker answers ListOffsets(latest) wrongly. Re-assigning makes
    librdkafka report EOF again even when nothing new arrived. Gives up when
    nothing new arrives for `timeout_s` (a slow read that moves on goes on).
    """
    consumer.assign(partitions)
    pending = {(tp.topic, tp.partition) for tp in partitions}
    out: list[Read] = []
    deadline = time.monotonic() + timeout_s
    while pending:
        if time.monotonic() > deadline:
            raise KeyStoreError(f"could not read {sorted(pending)} to the end: nothing new for {timeout_s:.0f}s")
        msg = consumer.poll(0.2)
        if msg is None:
            continue
        deadline = time.monotonic() + timeout_s  # a slow read that moves on is no failure
        err = msg.error()
        if err is not None:
            if err.code() == KafkaError._PARTITION_EOF:
                pending.discard((msg.topic(), msg.partition()))
                continue
            raise KeyStoreError(f"reading {msg.topic()}: {err}")
        out.append(Read(*position(msg), msg.key(), msg.value()))
    return out


def _load_cache(path: Path) -> list[Read]:
    """The records a previous read kept, in offset order (none when there is no cache yet)."""
    try:
        with open(path, "rb") as fh:
            fcntl.flock(fh, fcntl.LOCK_SH)
            lines = fh.read().splitlines()
    except FileNotFoundError:
        return []
    except OSError as exc:  # unreadable: read the topic instead
        log.warning("keys cache %s cannot be read (%s); reading the topic instead", path, exc.strerror)
        return []
    out: list[Read] = []
    for line in lines:
        try:
            d = json.loads(line)
            out.append(Read(d["topic"], 0, d["offset"], base64.b64decode(d["key"]), _b64_or_none(d["value"])))
        except (ValueError, KeyError, TypeError):
            break  # a torn last line (a process killed mid-write): what came before is good
    return out


def _append_cache(path: Path, msgs: list[Read]) -> None:
    """Append what was read past the cache's end; several processes may share the file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o600)
    with os.fdopen(fd, "r+b") as fh:
        fcntl.flock(fh, fcntl.LOCK_EX)
        last = -1
        for line in fh.read().splitlines():
            try:
                last = max(last, json.loads(line)["offset"])
            except (ValueError, KeyError, TypeError):
                break
        lines = [
            json.dumps(
                {
                    "topic": m.topic,
                    "offset": m.offset,
                    "key": base64.b64encode(m.key or b"").decode(),
                    "value": None if m.value is None else base64.b64encode(m.value).decode(),
                }
            ).encode()
            + b"\n"
            for m in msgs
            if m.offset > last
        ]
        fh.write(b"".join(lines))


def _b64_or_none(value: str | None) -> bytes | None:
    return None if value is None else base64.b64decode(value)


class KeyStoreError(ServiceUnavailable):
    """The key store cannot be written or read: the worker must stop, not guess."""


# The keys topic: compacted, each key's latest record kept (a destroyed key's is its wrapped-less
# marker), earlier generations compacted away within a day. Erasure itself never waits for this.
KEYS_TOPIC_CONFIG = {
    "cleanup.policy": "compact",
    "max.compaction.lag.ms": str(24 * 3600 * 1000),
    "segment.ms": str(3600 * 1000),
    "delete.retention.ms": str(24 * 3600 * 1000),
}


def ensure_compacted_topic(
    kafka: KafkaClients, topic: str, *, partitions: int, config: dict[str, str] | None = None
) -> None:
    from confluent_kafka import KafkaException
    from confluent_kafka.admin import NewTopic

    admin = kafka.admin()
    meta = admin.list_topics(timeout=15)
    if topic in meta.topics and meta.topics[topic].error is None:
        if config:
            _bring_config_up_to_date(admin, topic, config)
        return
    replicas = min(3, len(meta.brokers))  # 3 on a real cluster, 1 on the embedded broker
    new = NewTopic(
        topic, num_partitions=partitions, replication_factor=replicas, config=config or {"cleanup.policy": "compact"}
    )
    try:
        admin.create_topics([new])[topic].result(15)
    except KafkaException as exc:
        if "already exists" not in str(exc).lower() and "TOPIC_ALREADY_EXISTS" not in str(exc):
            raise KeyStoreError(f"cannot create topic {topic}: {exc}") from None


def _bring_config_up_to_date(admin: Any, topic: str, config: dict[str, str]) -> None:
    """A topic created before its config was set (bounded compaction came later) gets it now:
    erasure's guarantee says how long a tombstoned record can live, so the config must hold.
    A cluster that refuses the change is logged loudly; the worker still starts."""
    from confluent_kafka import KafkaException
    from confluent_kafka.admin import AlterConfigOpType, ConfigEntry, ConfigResource, ResourceType

    resource = ConfigResource(ResourceType.TOPIC, topic)
    try:
        current = admin.describe_configs([resource], request_timeout=15)[resource].result(15)
        stale = {k: v for k, v in config.items() if current.get(k) is None or current[k].value != v}
        if not stale:
            return
        entries = [ConfigEntry(k, v, incremental_operation=AlterConfigOpType.SET) for k, v in sorted(stale.items())]
        change = ConfigResource(ResourceType.TOPIC, topic, incremental_configs=entries)
        admin.incremental_alter_configs([change], request_timeout=15)[change].result(15)
        log.warning("topic %s: config brought up to date (%s)", topic, ", ".join(sorted(stale)))
    except KafkaException as exc:
        code = exc.args[0].name() if exc.args and hasattr(exc.args[0], "name") else type(exc).__name__
        log.critical(
            "topic %s: cannot set %s (%s); erasure's compaction bound does not hold", topic, sorted(config), code
        )
