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

from pipeline import logs, metrics
from pipeline.clients import KafkaClients, kafka_clients
from pipeline.flow import Flow
from pipeline.formats import stream_codec
from pipeline.kafka import group_lag
from pipeline.policy import load_policy
from pipeline.registry import open_registry
from pipeline.settings import Settings
from pipeline.topology import Topology, load_topology
from pipeline.topology.model import policy_path
from pipeline.vault.entry import vault_entry

log = logging.getLogger("veilstream.worker")
LAG_INTERVAL_S = 10.0


def group_id(topology: Topology) -> str:
    return f"veilstream-{topology.name}"


def load_detector(policy, processes: int):
    from pipeline.detect.engine import Detector, ParallelDetector

    if processes > 1:
        return ParallelDetector.for_policy(policy, processes)
    return Detector.for_policy(policy)


def build_flows(topology: Topology, topology_path: Path, settings: Settings) -> dict[str, Flow]:
    from pipeline.keys import open_key_service
    from pipeline.policy.watch import PolicyWatcher

    path = policy_path(topology, topology_path)
    policy = load_policy(path)
    # Key events belong in this topology's audit trail.
    keys = open_key_service(settings.model_copy(update={"audit_topic": topology.audit_topic}))
    processes = max(topology.worker.processes, settings.detect_processes)
    detector = load_detector(policy, processes)
    registry = open_registry(settings)
    return {
        s.name: Flow(
            s,
            policy,
            detector,
            keys,
            max_event_bytes=settings.max_event_bytes,
            max_message_bytes=settings.max_message_bytes,
            audit_topic=topology.audit_topic,
            vault_writer=vault_entry,
            policy_watcher=PolicyWatcher(path, current=policy),
            detector_factory=lambda p: load_detector(p, processes),
            codec=stream_codec(s, registry),  # wire formats, output key, headers: refuses to start when unregistered
        )
        for s in topology.streams
    }


def lag(kafka: KafkaClients, topology: Topology) -> dict[tuple[str, int], int]:
    """Offsets between the worker group's commit and the end of every input partition."""
    return group_lag(kafka, group_id(topology), [s.raw for s in topology.streams])


def _mount_restore(app, settings: Settings, topology_path: Path) -> None:
    """POST /restore on the worker's web port (the restoration API)."""
    from pipeline.vault import open_restorer
    from pipeline.vault.http import add_restore_route

    # Its own detector for the post-generation check: the flow thread's is not shared across threads.
    restorer = open_restorer(settings, topology=topology_path, actor="restore-api", check_answers=True)
    add_restore_route(app.web.web_app, restorer)


def run_worker(
    topology_path: Path, settings: Settings, *, until_drained: bool = False, loglevel: str = "warning"
) -> None:
    topology = load_topology(topology_path)
    flows = build_flows(topology, topology_path, settings)
    kafka = kafka_clients(settings)

    from pipeline.streams.app import build_app

    app = build_app(topology, settings, flows)
    _mount_restore(app, settings, topology_path)

    @app.timer(interval=LAG_INTERVAL_S)
    async def measure_lag() -> None:
        metrics.set_lag(topology.name, await app.loop.run_in_executor(None, lag, kafka, topology))

    if until_drained:
        drained_checks = 0

        @app.timer(interval=1.0)
        async def stop_when_drained() -> None:
            nonlocal drained_checks
            remaining = await app.loop.run_in_executor(None, lag, kafka, topology)
            drained_checks = drained_checks + 1 if sum(remaining.values()) == 0 else 0
            if drained_checks >= 2:
                log.warning("input drained; stopping")
                os.kill(os.getpid(), signal.SIGTERM)

    worker = faust.Worker(
        app, loglevel=loglevel, quiet=True, logging_config=logs.logging_config(loglevel, topology.name)
    )  # JSON lines on stderr
    worker.spinner = None  # the terminal spinner would put escape codes in front of the JSON lines
    worker.execute_from_commandline()
