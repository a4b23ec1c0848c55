"""Helpers for the fault suite: an audit sink beside the worker, an S3 path
that can go down, and the reconciliation every case ends with.

Each case runs a stream of known events through a worker subprocess and an
audit sink, injects one fault mid-stream, recovers, and then reconciles from
the archive in S3 (not from the audit topic): every input offset has exactly
one decision, and no AI-bound record holds a seeded PII value.
"""

from __future__ import annotations

import socket
import subprocess
import threading
import time
import uuid
from collections import defaultdict
from dataclasses import dataclass, field

from pipeline.audit.archive import GENESIS, check_chain, parse_key, read_object
from pipeline.audit.s3 import ObjectStore
from pipeline.audit.sink import AuditSink
from pipeline.clients import KafkaClients
from pipeline.evidence.reconcile import reconcile
from pipeline.kafka import end_offsets, read_topic
from pipeline.settings import Settings
from pipeline.topology import Topology

SESSION = {"session.timeout.ms": 6000, "heartbeat.interval.ms": 1000}


def sink_settings(settings: Settings, **update) -> Settings:
    """Settings with a bucket of the case's own, created, and quick rotation."""
    s = settings.model_copy(
        update={
            "audit_bucket": f"faults-{uuid.uuid4().hex[:12]}",
            "audit_rotate_records": 200,
            "audit_rotate_seconds": 1.0,
            **update,
        }
    )
    ObjectStore.from_settings(s).ensure_bucket()
    return s


class SinkThread:
    """An AuditSink running in this process until stop()."""

    def __init__(
        self, settings: Settings, topic: str, *, store: ObjectStore | None = None, group_id: str | None = None
    ):
        self.sink = AuditSink(
            settings,
            store or ObjectStore.from_settings(settings),
            topic=topic,
            group_id=group_id or f"sink-{uuid.uuid4().hex[:8]}",
            consumer_overrides=SESSION,
        )
        self.stop_event = threading.Event()
        self.error: BaseException | None = None
        self.thread = threading.Thread(target=self._run, daemon=True, name="audit-sink")

    def _run(self) -> None:
        try:
            self.sink.run(self.stop_event)
        except BaseException as exc:  # noqa: BLE001 - reported by stop(): the case fails on it
            self.error = exc

    def __enter__(self) -> SinkThread:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    def stop(self) -> None:
        self.stop_event.set()
        self.thread.join(60)
        assert not self.thread.is_alive(), "the audit sink did not stop"
        assert self.error is None, f"the audit sink failed: {self.error!r}"


# --- the archive ---------------------------------------------------------------


def archived(settings: Settings, topic: str) -> dict[int, list[dict]]:
    """Archived records of TOPIC per partition, in offset order."""
    store = ObjectStore.from_settings(settings)
    objects: dict[int, list[tuple[int, list[dict]]]] = defaultdict(list)
    for day in store.list_dirs("audit/"):
        for obj in store.list(day):
            _, t, part, start = parse_key(obj.key)
            if t == topic:
                objects[part].append((start, read_object(store.get(obj.key)[0])[1]))
    return {p: [r for _, recs in sorted(objs, key=lambda o: o[0]) for r in recs] for p, objs in objects.items()}


def wait_archived(settings: Settings, kafka: KafkaClients, topic: str, timeout_s: float = 120) -> dict[int, list[dict]]:
    """Wait until the archive holds TOPIC up to the end of every partition."""
    deadline = time.monotonic() + timeout_s
    while True:
        ends = {p: e for p, e in end_offsets(kafka, topic).items() if e > 0}
        archive = archived(settings, topic)
        behind = {p: e for p, e in ends.items() if not archive.get(p) or archive[p][-1]["kafka_offset"] + 1 < e}
        if not behind:
            return archive
        if time.monotonic() > deadline:
            have = {p: len(archive.get(p, [])) for p in ends}
            raise AssertionError(
                f"archive of {topic} behind the topic after {timeout_s:.0f}s: ends {ends}, archived {have}"
            )
        time.sleep(1)


@dataclass
class Reconciled:
    decisions: dict[tuple[int, int], dict]  # (partition, offset) of the raw topic -> its decision
    records: list[dict] = field(default_factory=list)  # every archived record
    duplicates: int = 0  # redelivered decisions (same offset, same decision)

    def outcomes(self) -> dict[str, int]:
        out: dict[str, int] = defaultdict(int)
        for d in self.decisions.values():
            out[d["outcome"]] += 1
        return dict(out)


def reconcile_archive(
    settings: Settings, kafka: KafkaClients, topology: Topology, timeout_s: float = 120
) -> Reconciled:
    """Every raw offset has exactly one decision in the S3 archive, the chains hold,
    and the day's reconciliation (what the evidence signs) balances."""
    raw = topology.streams[0].raw
    raw_offsets = {(m.partition(), m.offset()) for m in read_topic(kafka, raw)}
    archive = wait_archived(settings, kafka, topology.audit_topic, timeout_s)
    records: list[dict] = []
    for part, recs in archive.items():
        problems = check_chain(recs, GENESIS, 0)
        assert not problems, f"audit partition {part}: {problems[:3]}"
        records += recs
    decisions: dict[tuple[int, int], dict] = {}
    duplicates = 0
    for r in records:
        if r["kind"] != "decision" or r["source_topic"] != raw:
            continue
        at = (r["source_partition"], r["source_offset"])
        if at in decisions:
            first = decisions[at]
            same = (first["audit_id"], first["outcome"], first["event_id"]) == (
                r["audit_id"],
                r["outcome"],
                r["event_id"],
            )
            assert same, f"offset {at} has two different decisions"
            duplicates += 1
            continue
        decisions[at] = r
    missing = raw_offsets - set(decisions)
    extra = set(decisions) - raw_offsets
    assert not missing, f"{len(missing)} input offsets have no decision in the archive, e.g. {sorted(missing)[:5]}"
    assert not extra, f"{len(extra)} decisions name offsets that are not in the input topic"
    recon, _ = reconcile(records, {})
    assert recon["balanced"], f"reconciliation does not balance: {recon['topics']}"
    return Reconciled(decisions, records, duplicates)


# --- processes -----------------------------------------------------------------


def wait_exit(proc: subprocess.Popen, timeout_s: float) -> int | None:
    try:
        return proc.wait(timeout=timeout_s)
    except subprocess.TimeoutExpired:
        return None


def stop(proc: subprocess.Popen) -> None:
    """SIGTERM (the graceful path), SIGKILL if it hangs."""
    if proc.poll() is None:
        proc.terminate()
        if wait_exit(proc, 60) is None:
            proc.kill()
            proc.wait(30)


# --- an S3 endpoint that can go down ---------------------------------------------


class TcpProxy:
    """A TCP forwarder to the S3 endpoint: down() refuses new connections and
    cuts open ones (S3 unreachable for its clients), up() serves again on the
    same port. Only the clients pointed at the proxy see the outage; the
    broker keeps its own path to storage."""

    def __init__(self, target: str):
        host, port = target.removeprefix("http://").split(":")
        self.target = (host, int(port))
        self.port = 0
        self._listener: socket.socket | None = None
        self._conns: list[socket.socket] = []
        self._lock = threading.Lock()
        self.up()

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def up(self) -> None:
        s = socket.socket()
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        s.bind(("127.0.0.1", self.port))
        s.listen(64)
        self.port = s.getsockname()[1]
        self._listener = s
        threading.Thread(target=self._accept, args=(s,), daemon=True).start()

    def down(self) -> None:
        listener, self._listener = self._listener, None
        if listener is not None:
            listener.close()
        with self._lock:
            conns, self._conns = self._conns, []
        for c in conns:
            try:
                c.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            c.close()

    close = down

    def _accept(self, listener: socket.socket) -> None:
        while True:
            try:
                client, _ = listener.accept()
            except OSError:
                return  # closed by down()
            try:
                upstream = socket.create_connection(self.target, timeout=5)
            except OSError:
                client.close()
                continue
            upstream.settimeout(None)
            with self._lock:
                self._conns += [client, upstream]
            for a, b in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(a, b), daemon=True).start()

    @staticmethod
    def _pump(src: socket.socket, dst: socket.socket) -> None:
        try:
            while data := src.recv(65536):
                dst.sendall(data)
        except OSError:
            pass
        finally:
            for s in (src, dst):
                try:
                    s.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass


# --- what a read_committed consumer sees -------------------------------------------


@dataclass
class CommittedView:
    """The AI-bound and audit topics as a read_committed consumer reads them."""

    missing_decisions: set[tuple[int, int]]  # raw offsets without a decision event
    missing_ai: set[str]  # protected decisions whose record id has no AI-bound record
    duplicate_decisions: int  # decision events beyond the first per raw offset
    duplicate_ai: int  # AI-bound records beyond the first per record id
    conflicting: int  # an offset (or record id) seen with two different contents


def committed_view(kafka: KafkaClients, topology: Topology) -> CommittedView:
    from pipeline import codecs
    from pipeline.audit.events import record_id

    stream = topology.streams[0]
    raw = {(m.partition(), m.offset()) for m in read_topic(kafka, stream.raw)}
    decisions: dict[tuple[int, int], tuple] = {}
    dup_decisions = conflicting = 0
    protected: set[str] = set()
    for m in read_topic(kafka, topology.audit_topic):  # librdkafka reads committed by default
        e = codecs.decode_audit(m.value())
        if e.kind != "decision" or e.source.topic != stream.raw:
            continue
        at, seen = (e.source.partition, e.source.offset), (e.audit_id, e.outcome, e.event_id)
        if at in decisions:
            dup_decisions += 1
            conflicting += decisions[at] != seen
            continue
        decisions[at] = seen
        if e.outcome == "protected":
            protected.add(record_id(stream.name, e.tenant, e.event_id or ""))
    ai: dict[str, bytes] = {}
    dup_ai = 0
    for m in read_topic(kafka, stream.ai):
        rid = m.key().decode()
        if rid in ai:
            dup_ai += 1
            conflicting += ai[rid] != m.value()
            continue
        ai[rid] = m.value()
    return CommittedView(raw - set(decisions), protected - set(ai), dup_decisions, dup_ai, conflicting)


_HIDES_ABORTED: dict[str, bool] = {}


def broker_hides_aborted(kafka: KafkaClients) -> bool:
    """Whether a read_committed consumer of this broker skips an aborted transaction's records.

    Apache Kafka does (the fetch response lists the aborted transactions); the
    embedded broker (Tansu 0.x) hides open transactions but returns aborted
    records as if committed."""
    from confluent_kafka.admin import NewTopic

    if kafka.bootstrap in _HIDES_ABORTED:
        return _HIDES_ABORTED[kafka.bootstrap]
    topic = f"probe.aborted.{uuid.uuid4().hex[:8]}"
    admin = kafka.admin()
    admin.create_topics([NewTopic(topic, num_partitions=1, replication_factor=1)])[topic].result(30)
    p = kafka.producer({"transactional.id": f"probe-{uuid.uuid4().hex[:8]}"})
    p.init_transactions(30)
    p.begin_transaction()
    p.produce(topic, b"aborted")
    p.flush(30)
    p.abort_transaction(30)
    p.begin_transaction()
    p.produce(topic, b"committed")
    p.commit_transaction(30)
    hidden = [m.value() for m in read_topic(kafka, topic)] == [b"committed"]
    _HIDES_ABORTED[kafka.bootstrap] = hidden
    return hidden


def assert_read_committed_once(kafka: KafkaClients, topology: Topology) -> CommittedView:
    """A read_committed reader of the audit and AI-bound topics: no gap, never two
    different contents for one input; no duplicate where the broker hides aborted
    transactions (see test_read_committed_hides_aborted_transactions)."""
    view = committed_view(kafka, topology)
    assert not view.missing_decisions, f"{len(view.missing_decisions)} input offsets have no committed decision"
    assert not view.missing_ai, f"{len(view.missing_ai)} protected records have no committed AI-bound record"
    assert view.conflicting == 0, "an input has two different committed outputs"
    if broker_hides_aborted(kafka):
        assert (view.duplicate_decisions, view.duplicate_ai) == (0, 0), f"duplicates after the fault: {view}"
    return view
