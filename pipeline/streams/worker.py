"""Start the workers of a topology: load everything, fail loudly, then run.

Everything that can be wrong with the configuration (topology, policy, keys,
detector model) is checked before the worker joins the consumer group. The
stream path runs in pipeline.streams.runner's threads; this module's event
loop serves /metrics, /healthz, /ready and /restore and runs the timers (lag,
canaries). `until_drained` stops the worker once every input partition's
committed offset has reached its end (the demo and tests use it), through the
same graceful path as SIGTERM: the batches taken are written and committed,
then the worker leaves the group and exits 0.
"""

from __future__ import annotations

import asyncio
import logging
import signal
import threading
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline import logs, metrics
from pipeline.assurance import canary
from pipeline.clients import KafkaClients, kafka_clients
from pipeline.flow import Flow
from pipeline.formats import stream_codec
from pipeline.kafka import group_lag, make_producer, produce_all, worker_consumer
from pipeline.policy import Policy, load_policy
from pipeline.registry import open_registry
from pipeline.settings import Settings
from pipeline.streams.web import start_web
from pipeline.topology import Topology, load_topology
from pipeline.topology.model import policy_path
from pipeline.vault.entry import vault_entry

if TYPE_CHECKING:
    from pipeline.detect.engine import Detector, ParallelDetector
    from pipeline.streams.runner import StreamRunner
    from pipeline.vault.restore import Restorer

log = logging.getLogger("veilstream.worker")
LAG_INTERVAL_S = 10.0


def group_id(topology: Topology) -> str:
    return f"veilstream-{topology.name}"


def load_detector(policy: Policy, processes: int) -> ParallelDetector:
    """Detection in its own processes: the worker's own core stays with protection and Kafka."""
    from pipeline.detect.engine import ParallelDetector

    return ParallelDetector.for_policy(policy, processes)


def load_id_detector(policy: Policy) -> Detector:
    """Pattern recognizers only (no NER: a product name in a source is no person), in this process:
    ids are short."""
    from pipeline.detect.engine import Detector
    from pipeline.policy.model import NerRule

    off = NerRule(enabled=False, reason="event_id and source are checked by the pattern recognizers")
    return Detector.for_policy(policy.model_copy(update={"ner": off}))


def build_flows(topology: Topology, topology_path: Path, settings: Settings) -> dict[str, Flow]:
    from pipeline.keys import open_key_service
    from pipeline.policy.watch import PolicyWatcher

    path = policy_path(topology, topology_path)
    policy = load_policy(path)
    # Key events belong in this topology's audit trail.
    keys = open_key_service(settings.model_copy(update={"audit_topic": topology.audit_topic}))
    processes = max(topology.worker.processes, settings.detect_processes)
    detector = load_detector(policy, processes)
    id_detector = load_id_detector(policy)
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
            id_detector=id_detector,
        )
        for s in topology.streams
    }


def lag(kafka: KafkaClients, topology: Topology) -> dict[tuple[str, int], int]:
    """Offsets between the worker group's commit and the end of every input partition."""
    return group_lag(kafka, group_id(topology), [s.raw for s in topology.streams])


async def _every(interval_s: float, stop: threading.Event, job: Callable[[], Awaitable[None]]) -> None:
    while not stop.is_set():
        await asyncio.sleep(interval_s)
        if not stop.is_set():
            await job()


def _canary_job(topology: Topology, flows: dict[str, Flow], kafka: KafkaClients) -> Callable[[], Awaitable[None]]:
    producer = make_producer(kafka)

    def send() -> None:
        now = int(time.time() * 1000)
        for stream in topology.streams:
            sent = canary.canary_set(flows[stream.name].policy, stream.tenants, canary.new_seed())
            for c in sent:
                producer.produce(
                    stream.raw, key=c.event_id.encode(), value=c.payload(now), headers=[(canary.HEADER, b"1")]
                )
            if produce_all(producer, stream.raw, []) == 0:
                metrics.CANARIES_SENT.labels(topology.name, stream.name).inc(len(sent))

    async def job() -> None:
        await asyncio.get_running_loop().run_in_executor(None, send)

    return job


async def _serve(
    topology: Topology,
    flows: dict[str, Flow],
    settings: Settings,
    runner: StreamRunner,
    restorer: Restorer | None,
    until_drained: bool,
) -> None:
    loop = asyncio.get_running_loop()
    stop = threading.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    web_runner = await start_web(settings, lambda: bool(runner.assignment), restorer)
    kafka = kafka_clients(settings)
    drained_checks = 0

    async def measure_lag() -> None:
        metrics.set_lag(topology.name, await loop.run_in_executor(None, lag, kafka, topology))

    async def stop_when_drained() -> None:
        nonlocal drained_checks
        remaining = await loop.run_in_executor(None, lag, kafka, topology)
        drained_checks = drained_checks + 1 if sum(remaining.values()) == 0 else 0
        if drained_checks >= 2:
            log.warning("input drained; stopping")
            stop.set()

    timers = [asyncio.create_task(_every(LAG_INTERVAL_S, stop, measure_lag))]
    if settings.canary_interval_s > 0:
        timers.append(
            asyncio.create_task(_every(settings.canary_interval_s, stop, _canary_job(topology, flows, kafka)))
        )
    if until_drained:
        timers.append(asyncio.create_task(_every(1.0, stop, stop_when_drained)))
    stream_thread = threading.Thread(target=runner.run, args=(stop,), name="veilstream-fetch")
    stream_thread.start()
    try:
        await loop.run_in_executor(None, stream_thread.join)
    finally:
        stop.set()
        for t in timers:
            t.cancel()
        await web_runner.cleanup()


def run_worker(
    topology_path: Path, settings: Settings, *, until_drained: bool = False, loglevel: str = "warning"
) -> None:
    topology = load_topology(topology_path)
    logs.configure(loglevel, topology.name)  # JSON lines on stderr
    flows = build_flows(topology, topology_path, settings)
    kafka = kafka_clients(settings)

    from pipeline.streams.runner import make_runner
    from pipeline.vault import answer_checks, open_restorer

    # Its own detector for the post-generation check: the flow thread's is not shared across threads.
    restorer = open_restorer(
        settings, topology=topology_path, actor="restore-api", checks=answer_checks(settings, topology_path)
    )
    consumer = worker_consumer(kafka, group_id(topology))
    runner = make_runner(topology, flows, consumer, kafka)
    try:
        asyncio.run(_serve(topology, flows, settings, runner, restorer, until_drained))
    finally:
        for detector in {id(f.detector): f.detector for f in flows.values()}.values():
            getattr(detector, "close", lambda: None)()
