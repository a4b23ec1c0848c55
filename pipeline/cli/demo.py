"""`veilstream demo`: the whole pipeline on generated support tickets."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

import click

from pipeline.cli.params import FILE
from pipeline.shipped import shipped

if TYPE_CHECKING:
    from pipeline.devstack import Endpoints
    from pipeline.settings import Settings
    from pipeline.topology.model import Topology

DEFAULT_TOPOLOGY = shipped("topologies") / "support-tickets.yaml"


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


@click.command()
@click.option("--events", type=int, default=300, show_default=True, help="How many sample events to produce.")
@click.option("--topology", type=FILE, default=DEFAULT_TOPOLOGY, show_default=True)
@click.option("--rows", type=int, default=6, show_default=True, help="Rows of the before/after table.")
def demo(events: int, topology: Path, rows: int) -> None:
    """Run the whole pipeline once on generated support tickets.

    Starts the embedded stack if it is not running (`veilstream dev up`),
    creates the topology's topics, produces EVENTS realistic tickets (names,
    emails, phones, cards, addresses, a few secrets and malformed records),
    runs the workers until the input is drained, and prints a before/after
    table and the count of records per output topic. The stack stays up:
    `veilstream dev down` stops it.
    """
    from pipeline import codecs, devstack
    from pipeline.clients import plain_kafka
    from pipeline.kafka import end_offsets, make_producer, produce_all, read_topic
    from pipeline.samples import generate
    from pipeline.settings import get_settings
    from pipeline.topology import load_topology

    settings = get_settings()
    topo = load_topology(topology)
    stream = topo.streams[0]
    started = time.monotonic()

    try:
        endpoints = devstack.up(settings)
    except devstack.StackError as exc:
        raise click.ClickException(str(exc)) from None
    kafka = plain_kafka(endpoints.bootstrap)  # the embedded broker takes no authentication
    devstack.ensure_topics(endpoints.bootstrap, topo)
    before = {t: end_offsets(kafka, t) for t in _outputs(topo)}

    run_id = f"demo{int(time.time())}"
    samples = generate(events, seed=int(time.time()) % 10_000, tenants=stream.tenants, prefix=run_id)
    extra = [
        b'{"event_id": "'
        + run_id.encode()
        + b'-big", "tenant": "acme", "source": "helpdesk", "produced_at": 1, "text": "'
        + b"x" * (settings.max_event_bytes + 1)
        + b'"}',
        b'{"event_id": "'
        + run_id.encode()
        + b'-who", "tenant": "nobody", "source": "helpdesk", "produced_at": 1, "text": "hi"}',
    ]
    payloads = [s.payload for s in samples] + extra
    failed = produce_all(make_producer(kafka), stream.raw, payloads)
    if failed:
        raise click.ClickException(f"{failed} events were not acknowledged by the broker")
    click.echo(f"produced {len(payloads)} events to {stream.raw}; running the workers until drained…", err=True)

    env = {
        **os.environ,
        "VEILSTREAM_KAFKA_BOOTSTRAP_SERVERS": endpoints.bootstrap,
        "VEILSTREAM_S3_ENDPOINT_URL": endpoints.s3_endpoint,
        **devstack.DEV_CREDENTIALS_ENV,
    }
    worker = subprocess.run([sys.executable, "-m", "pipeline.cli", "run", str(topology), "--until-drained"], env=env)
    if worker.returncode != 0:
        raise click.ClickException(f"the worker exited with code {worker.returncode}")

    archived = _archive_audit(settings, endpoints, topo, env)

    ai_by_event = {}
    for msg in read_topic(kafka, stream.ai, start=before[stream.ai]):
        rec = codecs.decode("ProtectedRecord", msg.value() or b"")
        if rec["event_id"].startswith(run_id):
            ai_by_event[rec["event_id"]] = rec["text"]
    click.echo(f"\nBefore (raw.{stream.name})  →  after ({stream.ai})")
    shown = 0
    for s in samples:
        if s.event_id in ai_by_event and s.seeded and shown < rows:
            raw_text = json.loads(s.payload)["text"]
            click.echo(f"  {_clip(raw_text, 70):<70}\n    → {_clip(ai_by_event[s.event_id], 90)}")
            shown += 1

    click.echo("\nRecords per output topic (this run):")
    for t in _outputs(topo):
        count = sum(1 for _ in read_topic(kafka, t, start=before[t]))
        click.echo(f"  {t:<32} {count:>6}")
    click.echo(
        f"\nAudit archive: {archived} hash-chained, object-locked Avro objects under "
        f"s3://{settings.audit_bucket}/audit/ (`veilstream evidence snapshot` signs each completed day)."
    )
    kinds = Counter(s.kind for s in samples)
    click.echo(
        f"\nInput: {len(payloads)} events ({kinds['ticket']} tickets, {kinds['secret']} with secrets, "
        f"{kinds['malformed'] + len(extra)} malformed/invalid) in {time.monotonic() - started:.1f}s"
    )
    click.echo(
        f"Stack still running (Kafka {endpoints.bootstrap}, S3 {endpoints.s3_endpoint}); "
        "`veilstream dev down` stops it."
    )


def _outputs(topo: Topology) -> list[str]:
    s = topo.streams[0]
    return [s.ai, s.store, s.quarantine, s.dlq, s.vault, topo.audit_topic]


def _archive_audit(
    settings: Settings, endpoints: Endpoints, topo: Topology, env: dict[str, str], timeout_s: float = 120
) -> int:
    """Run the audit sink until it has archived and committed the whole audit topic."""
    from pipeline import devstack
    from pipeline.audit.s3 import ObjectStore
    from pipeline.clients import plain_kafka
    from pipeline.kafka import group_lag
    from pipeline.keys.signing import init_signing_key

    local = settings.model_copy(
        update={
            "kafka_bootstrap_servers": endpoints.bootstrap,
            "s3_endpoint_url": endpoints.s3_endpoint,
            **devstack.DEV_CREDENTIALS,
        }
    )
    store = ObjectStore.from_settings(local)
    init_signing_key(local)  # keeps an existing key
    group = "veilstream-audit-sink"
    sink = subprocess.Popen(
        [sys.executable, "-m", "pipeline.cli", "audit", "sink", "--topic", topo.audit_topic, "--group", group],
        env=env,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + timeout_s
        while sum(group_lag(plain_kafka(endpoints.bootstrap), group, [topo.audit_topic]).values()) > 0:
            if sink.poll() is not None:
                raise click.ClickException(f"the audit sink exited with code {sink.returncode}")
            if time.monotonic() > deadline:
                raise click.ClickException(f"the audit sink did not catch up within {timeout_s:.0f}s")
            time.sleep(1)
    finally:
        sink.send_signal(signal.SIGTERM)
        sink.wait(timeout=60)
    return len(store.list("audit/"))
