"""`veilstream run`: start the stream workers of a topology."""

from __future__ import annotations

from pathlib import Path

import click

from pipeline.cli.params import FILE


@click.command()
@click.argument("topology", type=FILE)
@click.option(
    "--until-drained", is_flag=True, help="Stop (exit 0) once every input partition is processed and committed."
)
@click.option(
    "--loglevel", default="warning", show_default=True, type=click.Choice(["debug", "info", "warning", "error"])
)
def run(topology: Path, until_drained: bool, loglevel: str) -> None:
    """Run the workers of TOPOLOGY (a topologies/*.yaml file).

    The worker consumes raw.<stream>, and writes ai.<stream>, store.<stream>,
    quarantine.<stream>, dlq.<stream>, vault.<stream> and one audit event per
    input record to the audit topic. Input offsets are committed only after
    every output is acknowledged by the broker. Stop it with Ctrl-C or SIGTERM:
    it finishes the current batch first.

    \b
    Example:
      veilstream run topologies/support-tickets.yaml
    """
    from pipeline.policy import PolicyError
    from pipeline.settings import get_settings
    from pipeline.streams.worker import run_worker
    from pipeline.topology import TopologyError

    try:
        run_worker(topology, get_settings(), until_drained=until_drained, loglevel=loglevel)
    except (TopologyError, PolicyError) as exc:
        raise click.ClickException(str(exc)) from None
