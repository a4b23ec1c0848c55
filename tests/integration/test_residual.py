"""Issue 8 acceptance: a record that bypassed protection is caught by the residual scan within seconds."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time

import pytest
import yaml

from pipeline import codecs, devstack
from pipeline.clients import KafkaClients
from pipeline.kafka import read_topic
from pipeline.settings import REPO_ROOT
from tests.integration.opskit import scrape, stop, total, wait_until
from tests.integration.streamkit import make_topology

pytestmark = pytest.mark.integration

LEAKED_EMAIL = "harriet.vance77@example.net"


def protected(event_id: str, text: str) -> bytes:
    return codecs.encode(
        "ProtectedRecord",
        {
            "record_id": f"rid-{event_id}",
            "event_id": event_id,
            "tenant": "acme",
            "source": "test",
            "produced_at": 1,
            "text": text,
            "entity_counts": {},
            "policy_id": "default",
            "policy_version": "x",
        },
    )


def residual_events(kafka: KafkaClients, topic: str) -> list:
    return [
        e
        for e in (codecs.decode_audit(m.value()) for m in read_topic(kafka, topic, timeout_s=10))
        if e.kind == "residual"
    ]


def test_injected_leak_is_caught_within_seconds(stack, tmp_path):
    path, topology = make_topology(tmp_path, stack.bootstrap)
    stream = topology.streams[0]
    port = devstack.free_port()
    log = tmp_path / "residual.log"
    proc = subprocess.Popen(
        [sys.executable, "-m", "pipeline.cli", "assurance", "residual", str(path), "--metrics-port", str(port)],
        env=dict(os.environ),
        stdout=log.open("ab"),
        stderr=subprocess.STDOUT,
    )
    try:
        # Tokens are fine: a properly protected record is scanned and raises nothing.
        stack.produce(
            stream.ai,
            [
                protected(
                    "ok-1",
                    "Hi, I am <PERSON_1>, write to <EMAIL_ADDRESS_1> or <EMAIL_ADDRESS.d.aGVsbG8> about order A123456.",
                )
            ],
        )
        wait_until(
            lambda: total(scrape(port)[1], "veilstream_residual_scanned_total") >= 1,
            120,
            "the residual scan to read its first record",
        )

        started = time.monotonic()
        stack.produce(stream.ai, [protected("leak-1", f"Hi <PERSON_1>, please reply to {LEAKED_EMAIL} today.")])
        wait_until(
            lambda: total(scrape(port)[1], "veilstream_residual_hits_total") >= 1,
            30,
            "the residual scan to count the leak",
        )
        caught_in = time.monotonic() - started
        text, samples = scrape(port)
    finally:
        code = stop(proc, signal.SIGTERM)
    assert code == 0, log.read_text()[-2000:]
    print(f"leak caught in {caught_in:.2f}s")
    assert caught_in < 10

    assert (
        total(
            samples,
            "veilstream_residual_hits_total",
            topology=topology.name,
            entity_type="EMAIL_ADDRESS",
            recognizer="email",
        )
        == 1
    )
    assert total(samples, "veilstream_residual_scanned_total", topology=topology.name) == 2

    events = residual_events(stack.kafka, topology.audit_topic)
    assert len(events) == 1
    event = events[0]
    assert event.event_id == "leak-1" and event.outcome == "leaked"
    leak = next(
        m
        for m in read_topic(stack.kafka, stream.ai)
        if codecs.decode("ProtectedRecord", m.value())["event_id"] == "leak-1"
    )
    assert (event.source.topic, event.source.partition, event.source.offset) == (
        stream.ai,
        leak.partition(),
        leak.offset(),
    )
    assert event.entity_counts == {"EMAIL_ADDRESS": 1}
    assert "email" in event.reason
    # The value itself is nowhere: not in the audit event, the metrics or the log.
    assert LEAKED_EMAIL not in json.dumps(codecs.audit_to_dict(event), default=str)
    assert LEAKED_EMAIL not in text
    assert LEAKED_EMAIL not in log.read_text()
    assert '"recognizer": "email"' in log.read_text()  # the JSON log line names the recognizer

    # The scraped series, as Prometheus would store it (0 before the leak, its value after), raises the alert.
    hit = next(key for key, v in samples["veilstream_residual_hits_total"].items() if v)
    fires_alert(dict(hit), tmp_path)


def fires_alert(labels: dict[str, str], tmp_path) -> None:
    promtool = shutil.which("promtool")
    if promtool is None:
        pytest.skip("promtool not installed (Debian package `prometheus`)")
    series = "veilstream_residual_hits_total{" + ",".join(f'{k}="{v}"' for k, v in sorted(labels.items())) + "}"
    grouped = {k: labels[k] for k in ("topology", "stream", "entity_type")}
    test = {
        "rule_files": [str(REPO_ROOT / "infra" / "prometheus" / "alerts.yml")],
        "evaluation_interval": "1m",
        "tests": [
            {
                "interval": "1m",
                "input_series": [{"series": series, "values": "0 1 1"}],
                "alert_rule_test": [
                    {
                        "eval_time": "2m",
                        "alertname": "VeilstreamResidualPII",
                        "exp_alerts": [
                            {
                                "exp_labels": {"severity": "critical", "control": "ai-output", **grouped},
                                "exp_annotations": {
                                    "summary": f"PII ({grouped['entity_type']}) found in AI-bound output of "
                                    f"{grouped['topology']}/{grouped['stream']}",
                                    "description": "See the residual audit events (kind=residual) for the recognizer "
                                    "and the offset.",
                                },
                            }
                        ],
                    }
                ],
            }
        ],
    }
    path = tmp_path / "residual.test.yml"
    path.write_text(yaml.safe_dump(test))
    run = subprocess.run([promtool, "test", "rules", str(path)], capture_output=True, text=True, check=False)
    assert run.returncode == 0, run.stdout + run.stderr
