"""The runner without a broker: batches split per input partition, offsets in
order, policy and canary events in the right transaction, a graceful stop."""

from __future__ import annotations

import threading
from collections.abc import Sequence

from pipeline.assurance import canary
from pipeline.audit.events import decision_event
from pipeline.flow import Decision, Incoming, Outgoing, Pending
from pipeline.records import Offset, Outcome
from pipeline.streams.runner import StreamRunner, Unit, _messages, merge_units
from pipeline.topology import Topology

TOPOLOGY = Topology.model_validate(
    {"name": "t", "policy": "default", "streams": [{"name": "s", "tenants": ["acme"]}], "worker": {"batch_size": 4}}
)
RAW = TOPOLOGY.streams[0].raw


class Msg:
    def __init__(self, partition: int, offset: int, headers: list | None = None):
        self._p, self._o, self._h = partition, offset, headers

    def error(self):
        return None

    def topic(self):
        return RAW

    def partition(self):
        return self._p

    def offset(self):
        return self._o

    def value(self):
        return f"{self._p}/{self._o}".encode()

    def headers(self):
        return self._h


class Consumer:
    """Hands out the prepared messages, then sets STOP once they are all taken."""

    def __init__(self, msgs: list[Msg], stop: threading.Event):
        self.msgs, self.stop, self.closed = list(msgs), stop, False

    def subscribe(self, topics, **callbacks):
        assert topics == [RAW]

    def consume(self, num: int, timeout: float):
        out, self.msgs = self.msgs[:num], self.msgs[num:]
        if not self.msgs:
            self.stop.set()
        return out

    def close(self):
        self.closed = True

    def consumer_group_metadata(self):
        return "generation-1"


class Flow:
    stream = TOPOLOGY.streams[0]

    def __init__(self, policy_events: list[bytes | None]):
        from pipeline.policy import load_policy
        from pipeline.settings import REPO_ROOT

        self.policy = load_policy(REPO_ROOT / "topologies" / "policies" / "default.yaml")
        self.policy_events = policy_events

    def reload_policy(self) -> bytes | None:
        return self.policy_events.pop(0) if self.policy_events else None

    def start(self, batch: Sequence[Incoming]) -> Pending:
        return Pending(batch, [], None)

    def finish(self, pending: Pending) -> list[Decision]:
        out = []
        for i in pending.batch:
            event = decision_event(stream="s", source=i.source, outcome="protected", occurred_at=1, tenant="acme")
            messages = [Outgoing("ai.s", b"k", i.value)]
            out.append(Decision(i.source, Outcome.PROTECTED, "clean", "e", messages, b"audit", event, "text"))
        return out


class Writer:
    def __init__(self):
        self.written: list[list[Unit]] = []
        self.group_metadata = None

    def assigned(self, tps):
        pass

    def revoked(self, tps):
        pass

    def write(self, units):
        assert self.group_metadata == "generation-1"  # taken by the fetch thread before the first write
        self.written.append(list(units))

    def commit_written(self, *, wait):
        # Only the consumer's own thread commits: from the emit thread a commit waited on consume().
        assert threading.current_thread().name != "veilstream-emit"


def run(msgs: list[Msg], policy_events: list[bytes | None] | None = None) -> tuple[Writer, Consumer]:
    stop = threading.Event()
    consumer, writer = Consumer(msgs, stop), Writer()
    failures: list[str] = []
    flows = {"s": Flow(policy_events or [])}
    runner = StreamRunner(TOPOLOGY, flows, consumer, writer, fail=failures.append)  # type: ignore[arg-type]
    runner.run(stop)
    assert failures == []
    return writer, consumer


def test_every_offset_written_once_in_order_with_the_next_offset_per_partition():
    msgs = [Msg(p, o) for o in range(10) for p in (0, 1)]
    writer, consumer = run(msgs)
    assert consumer.closed
    units = [u for w in writer.written for u in w]
    for p in (0, 1):
        mine = [u for u in units if u.partition == p]
        offsets = [d.source.offset for u in mine for d in u.decisions]
        assert offsets == list(range(10))  # each once, in order
        assert [u.next_offset for u in mine] == [u.decisions[-1].source.offset + 1 for u in mine]
        assert all(a.next_offset < b.next_offset for a, b in zip(mine, mine[1:], strict=False))
    assert all(len({(u.topic, u.partition) for u in w}) == len(w) for w in writer.written), "one unit per partition"


def test_a_policy_event_goes_with_the_next_batch_and_canaries_are_marked():
    msgs = [Msg(0, 0, [(canary.HEADER, b"1")]), Msg(0, 1)]
    writer, _ = run(msgs, policy_events=[b"policy-changed"])
    units = [u for w in writer.written for u in w]
    assert [a for u in units for a in u.audit] == [(b"s", b"policy-changed")]
    assert set().union(*(u.canaries for u in units)) == {Offset(RAW, 0, 0)}
    out = [m for u in units for m in _messages(u, "audit.t", "s")]
    ai = [(value, headers) for topic, _, value, headers in out if topic == "ai.s"]
    assert ai == [(b"0/0", [(canary.HEADER, b"1")]), (b"0/1", [])]  # the AI-bound canary carries the mark
    audit_keys = {key for topic, key, _, _ in out if topic == "audit.t"}
    assert b"s:0" in audit_keys


def test_merge_units_keeps_order_and_takes_the_last_offset():
    def unit(p: int, offsets: list[int]) -> Unit:
        ds = [Decision(Offset(RAW, p, o), Outcome.PROTECTED, "", None) for o in offsets]
        return Unit(RAW, p, offsets[-1] + 1, ds)

    merged = merge_units([unit(0, [0, 1]), unit(1, [5]), unit(0, [2, 3]), unit(1, [6, 7])])
    assert [(u.partition, u.next_offset, [d.source.offset for d in u.decisions]) for u in merged] == [
        (0, 4, [0, 1, 2, 3]),
        (1, 8, [5, 6, 7]),
    ]


def test_an_idle_partition_is_refetched_from_the_offset_after_the_last_record_taken(monkeypatch):
    from confluent_kafka import TopicPartition

    import pipeline.streams.runner as runner_module

    class Seeking(Consumer):
        def __init__(self):
            super().__init__([], threading.Event())
            self.seeks: list[tuple[int, int]] = []

        def committed(self, tps, timeout):
            return [TopicPartition(tp.topic, tp.partition, 7) for tp in tps]

        def seek(self, tp):
            self.seeks.append((tp.partition, tp.offset))

    monkeypatch.setattr(runner_module, "REFETCH_IDLE_S", 0.0)
    consumer = Seeking()
    r = StreamRunner(TOPOLOGY, {"s": Flow([])}, consumer, Writer(), fail=lambda what: None)  # type: ignore[arg-type]
    r._on_assign(consumer, [TopicPartition(RAW, 0), TopicPartition(RAW, 1)])
    r._refetch_idle([Msg(0, 3)])
    # p0 from the offset after its last record; p1, which delivered nothing, from its committed offset
    assert sorted(consumer.seeks) == [(0, 4), (1, 7)]


class CommitRecorder:
    def __init__(self):
        self.commits: list[tuple[list[tuple[str, int, int]], bool]] = []

    def commit(self, *, offsets, asynchronous=True):
        self.commits.append(([(tp.topic, tp.partition, tp.offset) for tp in offsets], asynchronous))


def test_the_acknowledged_writer_leaves_commits_to_the_consumer_thread():
    """A commit from the emit thread (even asynchronous) waited for as long as the fetch thread kept
    calling consume(): the batch's metrics lagged 30 s behind its outputs (test_metrics flaked)."""
    from pipeline.clients import kafka_clients
    from pipeline.settings import Settings
    from pipeline.streams.runner import AcknowledgedWriter

    writer = AcknowledgedWriter(kafka_clients(Settings(kafka_bootstrap_servers="127.0.0.1:9")), "audit", str)
    consumer = CommitRecorder()
    writer.consumer = consumer  # type: ignore[assignment]
    writer.write([Unit("raw", 0, 5), Unit("raw", 1, 3)])
    writer.write([Unit("raw", 0, 9)])
    assert consumer.commits == []  # write() never calls the consumer
    writer.commit_written(wait=False)
    assert consumer.commits == [([("raw", 0, 9), ("raw", 1, 3)], True)]  # the latest offset per partition
    writer.commit_written(wait=True)
    assert len(consumer.commits) == 1  # nothing new written: nothing to commit
