"""Helpers for stream-path integration tests: a fresh topology, a worker process, reading outputs."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import yaml

from pipeline import codecs, devstack
from pipeline.clients import KafkaClients
from pipeline.kafka import read_topic
from pipeline.records import AuditEvent
from pipeline.settings import get_settings
from pipeline.topology import Topology, load_topology


def make_topology(
    tmp_path: Path,
    bootstrap: str,
    *,
    partitions: int = 2,
    policy: str = "default",
    tenants: tuple[str, ...] = ("acme", "globex"),
    batch_size: int = 64,
) -> tuple[Path, Topology]:
    """A topology with its own stream name (so its own topics and consumer group), deployed."""
    name = f"t-{uuid.uuid4().hex[:10]}"
    doc = {
        "name": name,
        # the topology lives in a temp dir: name the shipped policy file by its path
        "policy": str(get_settings().topologies_dir / "policies" / f"{policy}.yaml"),
        "streams": [{"name": name, "tenants": list(tenants)}],
        "audit_topic": f"audit.{name}",
        "topics": {"partitions": partitions, "replication": 1},
        "worker": {"batch_size": batch_size, "batch_within_s": 0.2},
    }
    path = tmp_path / f"{name}.yaml"
    path.write_text(yaml.safe_dump(doc))
    topology = load_topology(path)
    devstack.ensure_topics(bootstrap, topology)
    return path, topology


def start_worker(topology_path: Path, *, until_drained: bool, log: Path) -> subprocess.Popen:
    env = {**os.environ, "VEILSTREAM_WEB_PORT": str(devstack.free_port())}
    args = [sys.executable, "-m", "pipeline.cli", "run", str(topology_path)]
    if until_drained:
        args.append("--until-drained")
    return subprocess.Popen(args, env=env, stdout=log.open("ab"), stderr=subprocess.STDOUT)


def run_until_drained(topology_path: Path, log: Path, timeout_s: float = 300) -> None:
    proc = start_worker(topology_path, until_drained=True, log=log)
    try:
        code = proc.wait(timeout=timeout_s)
    except subprocess.TimeoutExpired:
        proc.kill()
        raise AssertionError(f"worker did not drain within {timeout_s}s; log: {log.read_text()[-3000:]}") from None
    assert code == 0, f"worker exited {code}; log: {log.read_text()[-3000:]}"


def kill(proc: subprocess.Popen) -> None:
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)


@dataclass
class Outputs:
    raw_offsets: set[tuple[int, int]]
    ai: list  # confluent Messages
    store: list
    quarantine: list
    dlq: list
    audit: list[AuditEvent]

    def decisions_by_offset(self) -> dict[tuple[int, int], set[str]]:
        """Distinct audit ids per input offset (a redelivery repeats the same id)."""
        out: dict[tuple[int, int], set[str]] = defaultdict(set)
        for e in self.audit:
            if e.kind == "decision":
                out[(e.source.partition, e.source.offset)].add(e.audit_id)
        return out


def read_outputs(kafka: KafkaClients, topology: Topology) -> Outputs:
    s = topology.streams[0]
    raw = {(m.partition(), m.offset()) for m in read_topic(kafka, s.raw)}
    audit = [codecs.decode_audit(m.value()) for m in read_topic(kafka, topology.audit_topic)]
    return Outputs(
        raw,
        list(read_topic(kafka, s.ai)),
        list(read_topic(kafka, s.store)),
        list(read_topic(kafka, s.quarantine)),
        list(read_topic(kafka, s.dlq)),
        audit,
    )


def wait_for_decisions(kafka: KafkaClients, topology: Topology, at_least: int, timeout_s: float = 120) -> int:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        n = sum(1 for m in read_topic(kafka, topology.audit_topic))
        if n >= at_least:
            return n
        time.sleep(0.5)
    raise AssertionError(f"fewer than {at_least} audit events after {timeout_s}s")
