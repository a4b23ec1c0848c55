"""Each shipped example topology runs its sample producer input end to end.

The example is deployed under a fresh name (same policy, tenants and topic
settings), its sample is produced, and `veilstream topology run --until-drained`
processes it: every event gets one decision, secrets and injections are
quarantined, the unknown tenant is dead-lettered, and the seeded values never
reach the AI-bound topic.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
import yaml

from pipeline import codecs, devstack
from pipeline.kafka import read_topic
from pipeline.settings import REPO_ROOT
from pipeline.topology import load_topology
from pipeline.topology.deploy import deploy

pytestmark = pytest.mark.integration

EXAMPLES = {
    # topology: (event ids quarantined, event ids dead-lettered, values that must not reach the AI)
    "support-tickets": (
        {5, 6},
        {12},
        [
            "Maria Gonzalez",
            "maria.gonzalez@example.org",
            "4111 1111 1111 1111",
            "Priya Raman",
            "DE89 3704 0044 0532 0130 00",
            "AKIAIOSFODNN7EXAMPLE",
        ],
    ),
    "clinical-notes": (
        {6, 8},
        {10},
        ["Eleanor Whitfield", "00482913", "Marcus Delgado", "robert.chen@example.net", "S3cr3tPass!"],
    ),
    "payments-chat": (
        {5, 6},  # 6 is a prompt injection ("disregard your rules"): the classifier blocks it
        {10},
        [
            "4111111111111111",
            "5425-2334-3010-9903",
            "olivia.grant@example.com",
            "sk_live_4eC39HqLyjWDarjtT1zdp7dc",
            "+1 212 555 0199",
        ],
    ),
    "eu-helpdesk": (
        {7, 8},
        {10},
        [
            "Lukas Schneider",
            "DE89370400440532013000",
            "12345678Z",
            "lucia.fernandez@example.es",
            "ghp_1234567890abcdefghijABCDEFGHIJ123456",
        ],
    ),
}


def renamed_copy(example: str, tmp_path: Path) -> Path:
    """The example under a fresh name, so its topics and group are this test's own."""
    doc = yaml.safe_load((REPO_ROOT / "topologies" / f"{example}.yaml").read_text())
    name = f"{example}-{uuid.uuid4().hex[:8]}"
    doc["name"] = name
    doc["streams"][0]["name"] = name
    doc["audit_topic"] = f"audit.{name}"
    shutil.copytree(REPO_ROOT / "topologies" / "policies", tmp_path / "policies")
    path = tmp_path / f"{name}.yaml"
    path.write_text(yaml.safe_dump(doc, sort_keys=False))
    return path


@pytest.mark.parametrize("example", sorted(EXAMPLES))
def test_example_processes_its_sample_end_to_end(stack, tmp_path, example):
    quarantined, dead, values = EXAMPLES[example]
    path = renamed_copy(example, tmp_path)
    topology = load_topology(path)
    stream = topology.streams[0]
    deploy(stack.kafka, topology)
    lines = (REPO_ROOT / "topologies" / "samples" / f"{example}.jsonl").read_bytes().splitlines()
    stack.produce(stream.raw, lines)

    log = tmp_path / "worker.log"
    with log.open("wb") as out:
        proc = subprocess.run(
            [sys.executable, "-m", "pipeline.cli", "topology", "run", str(path), "--until-drained"],
            stdout=out,
            stderr=subprocess.STDOUT,
            timeout=300,
            env={**os.environ, "VEILSTREAM_WEB_PORT": str(devstack.free_port())},  # never the shared default port
        )
    assert proc.returncode == 0, log.read_text()[-3000:]

    def ids(topic: str, schema: str) -> set[int]:
        return {
            int(codecs.decode(schema, m.value())["event_id"].rsplit("-", 1)[1]) for m in read_topic(stack.kafka, topic)
        }

    audit = [codecs.decode_audit(m.value()) for m in read_topic(stack.kafka, topology.audit_topic)]
    decisions = {(e.source.partition, e.source.offset) for e in audit if e.kind == "decision"}
    assert len(decisions) == len(lines)
    assert ids(stream.quarantine, "StoredRecord") == quarantined
    assert len(list(read_topic(stack.kafka, stream.dlq))) == len(dead)
    everything = set(range(1, len(lines) + 1))
    assert ids(stream.ai, "ProtectedRecord") == everything - quarantined - dead
    ai_blob = b"\n".join(m.value() for m in read_topic(stack.kafka, stream.ai)).decode("latin-1")
    assert [v for v in values if v in ai_blob] == []
