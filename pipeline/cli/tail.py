"""`veilstream tail`: print a topic's records decoded, for humans."""

from __future__ import annotations

import base64
import json
from typing import Any

import click


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


@click.command()
@click.argument("topic")
@click.option("-n", "--max", "max_messages", type=int, default=None, help="Stop after this many records.")
def tail(topic: str, max_messages: int | None) -> None:
    """Print the records of TOPIC decoded, one JSON object per line.

    Avro records of any schemas/*.avsc are decoded; ciphertext is shown only
    as its length and first bytes. Raw topics print as they were produced, so
    only tail raw.* where you may see the original text.

    \b
    Example:
      veilstream tail ai.support-tickets -n 5
    """
    from pipeline.clients import kafka_clients
    from pipeline.codecs import CodecError, decode_any, is_avro
    from pipeline.kafka import read_topic
    from pipeline.settings import get_settings

    try:
        for msg in read_topic(kafka_clients(get_settings()), topic, max_messages=max_messages):
            value = msg.value() or b""
            head: dict[str, Any] = {"partition": msg.partition(), "offset": msg.offset()}
            if is_avro(value):
                try:
                    name, record = decode_any(value)
                    click.echo(json.dumps({**head, "schema": name, **_printable(record)}, default=str))
                    continue
                except CodecError as exc:
                    head["error"] = exc.reason_code
            click.echo(json.dumps({**head, "value": value.decode("utf-8", "replace")}))
    except KeyError as exc:
        raise click.ClickException(str(exc.args[0])) from None
