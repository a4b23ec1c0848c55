"""`veilstream tail`: print a topic's records decoded, like kcat: the last N, everything, or follow."""

from __future__ import annotations

import base64
import json
import time
from typing import TYPE_CHECKING, Any

import click

from pipeline.cli.exits import HELP, Unavailable

if TYPE_CHECKING:
    from confluent_kafka import Message

    from pipeline.clients import KafkaClients
    from pipeline.registry import Registry


def _printable(record: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for k, v in record.items():
        if isinstance(v, bytes):
            out[k] = f"<{len(v)} bytes: {base64.b64encode(v[:12]).decode()}...>"
        elif isinstance(v, list):
            out[k] = [_printable(x) if isinstance(x, dict) else x for x in v]
        else:
            out[k] = v
    return out


def render(msg: Message, registry: Registry | None) -> str:
    """One JSON line: position, then the record decoded (our schemas, single-object or wire format)."""
    from pipeline.codecs import CodecError
    from pipeline.formats import decode_output, payload_kind

    value = msg.value() or b""
    head: dict[str, Any] = {"partition": msg.partition(), "offset": msg.offset()}
    if payload_kind(value) != "json":
        try:
            name, record = decode_output(value, registry)
            return json.dumps({**head, "schema": name, **_printable(record)}, default=str)
        except CodecError as exc:
            head["error"] = exc.reason_code
    return json.dumps({**head, "value": value.decode("utf-8", "replace")})


@click.command(epilog=HELP)
@click.argument("topic")
@click.option(
    "-n",
    "last",
    type=click.IntRange(min=1),
    default=None,
    help="Only the last N records (then exit, or follow with -f).",
)
@click.option("-f", "--follow", is_flag=True, help="Keep printing new records until Ctrl-C (or --idle-timeout).")
@click.option("--from-beginning", is_flag=True, help="Start at the first record (the default without -n and -f).")
@click.option(
    "--idle-timeout",
    type=click.FloatRange(min=0.1),
    default=None,
    help="With -f: stop after this many seconds without a new record (for scripts).",
)
def tail(topic: str, last: int | None, follow: bool, from_beginning: bool, idle_timeout: float | None) -> None:
    """Print the records of TOPIC decoded, one JSON object per line.

    Avro records of any schemas/*.avsc are decoded, in single-object encoding
    or Schema Registry wire format (VEILSTREAM_SCHEMA_REGISTRY_URL); ciphertext
    is shown only as its length and first bytes. Raw topics print as they were
    produced, so only tail raw.* where you may see the original text.

    \b
      veilstream tail ai.support-tickets                 # everything in the topic, then exit
      veilstream tail ai.support-tickets -n 5            # the last 5 records
      veilstream tail ai.support-tickets -f              # new records as they arrive
      veilstream tail ai.support-tickets -n 5 -f         # the last 5, then follow
      veilstream tail dlq.support-tickets --from-beginning -f
    """
    from confluent_kafka import KafkaException

    from pipeline.clients import kafka_clients
    from pipeline.kafka import end_offsets, read_topic
    from pipeline.registry import open_registry
    from pipeline.settings import get_settings

    settings = get_settings()
    registry = open_registry(settings)
    kafka = kafka_clients(settings)
    try:
        ends = end_offsets(kafka, topic)
        if last is not None:
            start = {p: max(0, end - last) for p, end in ends.items()}
        elif follow and not from_beginning:
            start = dict(ends)
        else:
            start = {p: 0 for p in ends}
        present = list(read_topic(kafka, topic, start=start))
        if last is not None:  # N per partition were read: keep the N latest overall
            present = sorted(present, key=lambda m: (m.timestamp()[1], m.partition(), m.offset()))[-last:]
        for msg in present:
            click.echo(render(msg, registry))
        if follow:
            _follow(kafka, topic, ends, registry, idle_timeout)
    except KeyError as exc:
        raise click.ClickException(str(exc.args[0])) from None
    except KafkaException as exc:
        raise Unavailable(f"the broker at {kafka.bootstrap}: {exc}") from None


def _follow(
    kafka: KafkaClients, topic: str, ends: dict[int, int], registry: Registry | None, idle_timeout: float | None
) -> None:
    from confluent_kafka import KafkaError, TopicPartition

    consumer = kafka.consumer({"group.id": "veilstream-tail", "enable.auto.commit": False})
    consumer.assign([TopicPartition(topic, p, off) for p, off in ends.items()])
    quiet_since = time.monotonic()
    try:
        while idle_timeout is None or time.monotonic() - quiet_since < idle_timeout:
            msg = consumer.poll(0.5)
            if msg is None:
                continue
            err = msg.error()
            if err is not None:
                if err.code() == KafkaError._PARTITION_EOF:
                    continue
                raise Unavailable(f"reading {topic}: {err}")
            click.echo(render(msg, registry))
            quiet_since = time.monotonic()
    except KeyboardInterrupt:
        pass
    finally:
        consumer.close()
