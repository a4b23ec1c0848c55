"""Start the workers of a topology: load everything, fail loudly, then run faust.

Everything that can be wrong with the configuration (topology, policy, keys,
detector model) is checked before the worker joins the consumer group.
`until_drained` stops the worker once every input partition's committed
offset has reached its high watermark (the demo and tests use it); it stops
through SIGTERM, the same graceful path an orchestrator uses.
"""

from __future__ import annotations

import logging
import os
import signal
from pathlib import Path

import faust
from confluent_kafka import Consumer, TopicPartition

from pipeline.flow import Flow
from pipeline.kafka import end_offsets
from pipeline.policy import resolve_policy
from pipeline.settings import Settings
from pipeline.topology import Topology, load_topology

log = logging.getLogger("veilstream.worker")


def group_id(topology: Topology) -> str:
    return f"veilstream-{topology.name}"


def bootstrap_of(settings: Settings) -> str:
    return settings.kafka_bootstrap_servers or f"127.0.0.1:{settings.dev_kafka_port}"


def load_detector(policy, processes: int):
    from pipeline.detect.engine import Detector, ParallelDetector

    if processes > 1:
        return ParallelDetector.for_policy(policy, processes)
    return Detector.for_policy(policy)


def build_flows(topology: Topology, settings: Settings) -> dict[str, Flow]:
    from pipeline.keys import open_key_service

    policy = resolve_policy(topology.policy, settings.topologies_dir / "policies")
    # Key events belong in this topology's audit trail.
    keys = open_key_service(settings.model_copy(update={"audit_topic": topology.audit_topic}))
    detector = load_detector(policy, max(topology.worker.processes, settings.detect_processes))
    vault_writer = _vault_writer()
    return {
        s.name: Flow(s, policy, detector, keys, max_event_bytes=settings.max_event_bytes,
                     audit_topic=topology.audit_topic, vault_writer=vault_writer)
        for s in topology.streams
    }


def _vault_writer():
    try:
        from pipeline.vault import vault_entry
    except ImportError:
        return None
    return vault_entry


def lag(bootstrap: str, topology: Topology) -> dict[tuple[str, int], int]:
    """Offsets between the worker group's commit and the end of every input partition."""
    consumer = Consumer({"bootstrap.servers": bootstrap, "group.id": group_id(topology),
                         "enable.auto.commit": False})
    try:
        out: dict[tuple[str, int], int] = {}
        for stream in topology.streams:
            ends = end_offsets(bootstrap, stream.raw)
            tps = [TopicPartition(stream.raw, p) for p in sorted(ends)]
            for tp in consumer.committed(tps, timeout=10):
                committed = tp.offset if tp.offset >= 0 else 0
                out[(tp.topic, tp.partition)] = max(0, ends[tp.partition] - committed)
        return out
    finally:
        consumer.close()


def run_worker(topology_path: Path, settings: Settings, *, until_drained: bool = False,
               loglevel: str = "warning") -> None:
    topology = load_topology(topology_path)
    flows = build_flows(topology, settings)
    bootstrap = bootstrap_of(settings)

    from pipeline.streams.app import build_app

    app = build_app(topology, settings, bootstrap, flows)

    if until_drained:
        drained_checks = 0

        @app.timer(interval=1.0)
        async def stop_when_drained() -> None:
            nonlocal drained_checks
            remaining = await app.loop.run_in_executor(None, lag, bootstrap, topology)
            drained_checks = drained_checks + 1 if sum(remaining.values()) == 0 else 0
            if drained_checks >= 2:
                log.warning("input drained; stopping")
                os.kill(os.getpid(), signal.SIGTERM)

    worker = faust.Worker(app, loglevel=loglevel, quiet=True)
    worker.execute_from_commandline()
