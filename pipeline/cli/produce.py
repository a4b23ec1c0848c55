"""`veilstream produce`: put sample or file events on a raw topic."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from pipeline.cli.params import FILE


@click.command()
@click.argument("topic")
@click.option(
    "--sample",
    "count",
    type=int,
    default=None,
    help="Generate COUNT realistic support-ticket events (names, emails, cards, a few secrets and malformed records).",
)
@click.option(
    "--input",
    "input_file",
    type=FILE,
    help="A JSON-lines file, one RawEvent per line ('-' is not accepted; use stdin by omitting both options).",
)
@click.option("--seed", type=int, default=7, show_default=True, help="Seed of the sample generator.")
def produce(topic: str, count: int | None, input_file: Path | None, seed: int) -> None:
    """Produce events to TOPIC (usually raw.<stream>).

    With --sample N, generates N events; with --input FILE, sends each line of
    FILE as one message; with neither, reads JSON lines from stdin. Lines are
    sent as they are (malformed ones too: the worker dead-letters them).

    \b
    Examples:
      veilstream produce raw.support-tickets --sample 300
      veilstream produce raw.support-tickets --input topologies/samples/support-tickets.jsonl
    """
    from tqdm import tqdm

    from pipeline.clients import kafka_clients
    from pipeline.kafka import make_producer, produce_all
    from pipeline.settings import get_settings

    if count is not None and input_file is not None:
        raise click.UsageError("give --sample or --input, not both")
    if count is not None:
        from pipeline.samples import generate

        payloads = [s.payload for s in generate(count, seed=seed)]
    elif input_file is not None:
        payloads = [line.rstrip(b"\n") for line in input_file.read_bytes().splitlines() if line.strip()]
    else:
        payloads = [line.rstrip(b"\n") for line in sys.stdin.buffer if line.strip()]

    producer = make_producer(kafka_clients(get_settings()))
    with tqdm(total=len(payloads), unit="event", file=sys.stderr, disable=len(payloads) < 50) as bar:
        failed = produce_all(producer, topic, payloads, on_delivered=lambda: bar.update(1))
    if failed:
        raise click.ClickException(f"{failed} of {len(payloads)} events were not acknowledged by the broker")
    click.echo(f"produced {len(payloads)} events to {topic}", err=True)
