"""How a deployed topology is doing: lag per input partition, throughput, output counts.

Two snapshots of offsets taken a few seconds apart; the report is a pure
function of them. Lag is the worker group's committed offset against the end
of each input partition; throughput is how far both moved between the
snapshots; counts are the records each output topic holds (end - start).
"""

from __future__ import annotations

import time
from dataclasses import asdict, dataclass

from pipeline.clients import KafkaClients
from pipeline.topology import cluster
from pipeline.topology.model import Topology

OUTPUT_KINDS = ("ai", "store", "quarantine", "dlq", "vault")


@dataclass(frozen=True)
class Snapshot:
    at: float  # seconds (monotonic clock)
    offsets: dict[tuple[str, int], tuple[int, int]]  # (topic, partition) -> (start, end)
    committed: dict[tuple[str, int], int | None]  # input partitions only


@dataclass(frozen=True)
class PartitionLag:
    topic: str
    partition: int
    end: int
    committed: int | None
    lag: int


@dataclass(frozen=True)
class StreamStatus:
    stream: str
    partitions: tuple[PartitionLag, ...]
    lag: int
    produced_per_s: float  # records arriving on the input topic
    processed_per_s: float  # records the worker committed
    counts: dict[str, int]  # output kind -> records held


@dataclass(frozen=True)
class Status:
    topology: str
    group: str
    streams: tuple[StreamStatus, ...]
    audit_events: int
    interval_s: float
    missing: tuple[str, ...]  # topics of the file the cluster does not have

    def as_dict(self) -> dict:
        return asdict(self)

    def describe(self) -> list[str]:
        lines = [f"topology {self.topology}  (group {self.group}, rates over {self.interval_s:.1f}s)"]
        if self.missing:
            lines.append(f"! not deployed: {', '.join(self.missing)}  (run: veilstream topology deploy)")
        for s in self.streams:
            lines.append(
                f"stream {s.stream}: lag {s.lag}, in {s.produced_per_s:.1f}/s, processed {s.processed_per_s:.1f}/s"
            )
            lines.append(f"  {'partition':<34} {'end':>10} {'committed':>10} {'lag':>8}")
            for p in s.partitions:
                committed = "-" if p.committed is None else str(p.committed)
                lines.append(f"  {p.topic + '[' + str(p.partition) + ']':<34} {p.end:>10} {committed:>10} {p.lag:>8}")
            lines.append("  " + "  ".join(f"{k} {v}" for k, v in s.counts.items()))
        lines.append(f"audit events: {self.audit_events}")
        return lines


def _held(snap: Snapshot, topic: str) -> int:
    return sum(end - start for (t, _), (start, end) in snap.offsets.items() if t == topic)


def report(topology: Topology, first: Snapshot, second: Snapshot) -> Status:
    interval = max(second.at - first.at, 1e-9)
    streams = []
    for s in topology.streams:
        parts, produced, processed = [], 0, 0
        for (topic, partition), (start, end) in sorted(second.offsets.items()):
            if topic != s.raw:
                continue
            done = second.committed.get((topic, partition))
            parts.append(PartitionLag(topic, partition, end, done, max(0, end - (start if done is None else done))))
            before_start, before_end = first.offsets.get((topic, partition), (start, start))
            produced += end - before_end
            before_done = first.committed.get((topic, partition))
            if done is not None:
                processed += done - (before_done if before_done is not None else before_start)
        counts = {kind: _held(second, getattr(s, kind)) for kind in OUTPUT_KINDS}
        streams.append(
            StreamStatus(
                s.name,
                tuple(parts),
                sum(p.lag for p in parts),
                round(produced / interval, 1),
                round(processed / interval, 1),
                counts,
            )
        )
    present = {t for t, _ in second.offsets}
    missing = tuple(t for t in topology.topic_names() if t not in present)
    return Status(
        topology.name,
        topology.consumer_group,
        tuple(streams),
        _held(second, topology.audit_topic),
        round(interval, 2),
        missing,
    )


def snapshot(kafka: KafkaClients, topology: Topology) -> Snapshot:
    client = cluster.admin(kafka)
    parts = cluster.partitions_of(client, dict.fromkeys(topology.topic_names()))
    inputs = [(t, p) for t, p in parts if t in {s.raw for s in topology.streams}]
    return Snapshot(
        time.monotonic(),
        cluster.offsets(kafka, parts),
        cluster.committed(kafka, topology.consumer_group, inputs),
    )


def status(kafka: KafkaClients, topology: Topology, interval_s: float = 2.0) -> Status:
    first = snapshot(kafka, topology)
    time.sleep(interval_s)
    return report(topology, first, snapshot(kafka, topology))
