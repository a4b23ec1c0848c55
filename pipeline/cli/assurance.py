"""`veilstream assurance`: continuous checks that the controls work."""

from __future__ import annotations

import signal
import threading
from pathlib import Path

import click

from pipeline.cli.params import FILE


@click.group()
def assurance() -> None:
    """Continuous assurance: the residual scan of AI-bound topics."""


@assurance.command()
@click.argument("topology", type=FILE)
@click.option(
    "--metrics-port",
    type=int,
    default=None,
    help="Serve /metrics on this port (default: VEILSTREAM_METRICS_PORT; 0 turns it off).",
)
@click.option(
    "--loglevel", default="warning", show_default=True, type=click.Choice(["debug", "info", "warning", "error"])
)
def residual(topology: Path, metrics_port: int | None, loglevel: str) -> None:
    """Re-read the AI-bound topics of TOPOLOGY with a stricter detector.

    Every value found in clear (anything but a Veilstream token) becomes an
    audit event of kind "residual" on the topology's audit topic, naming the
    recognizer and the offset (never the value), and counts in
    veilstream_residual_hits_total. Runs in its own consumer group until
    SIGTERM or Ctrl-C; offsets are committed after the audit events are written.

    \b
    Example:
      veilstream assurance residual topologies/support-tickets.yaml
    """
    from pipeline import logs, metrics
    from pipeline.assurance.residual import ResidualScan, run, stricter_policy
    from pipeline.clients import kafka_clients
    from pipeline.detect.engine import Detector
    from pipeline.policy import PolicyError, load_policy
    from pipeline.registry import open_registry
    from pipeline.settings import get_settings
    from pipeline.topology import TopologyError, load_topology
    from pipeline.topology.model import policy_path

    settings = get_settings()
    logs.configure(loglevel)
    try:
        topo = load_topology(topology)
        policy = stricter_policy(load_policy(policy_path(topo, topology)))  # resolved as the worker does
    except (TopologyError, PolicyError) as exc:
        raise click.ClickException(str(exc)) from None
    scan = ResidualScan(topo, policy, Detector.for_policy(policy), open_registry(settings))
    port = settings.metrics_port if metrics_port is None else metrics_port
    if port:
        metrics.serve(port, settings.web_host)

    stop = threading.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        signal.signal(sig, lambda *_: stop.set())
    click.echo(
        f"residual scan: {', '.join(s.ai for s in topo.streams)} with policy {policy.id}@{policy.version}", err=True
    )
    scanned = run(scan, kafka_clients(settings), stop)
    click.echo(f"residual scan stopped after {scanned} records", err=True)
