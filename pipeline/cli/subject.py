"""veilstream subject locate: where a subject's data lives."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from pipeline.cli.credential import API_KEY_FILE_HELP, api_key
from pipeline.cli.exits import refused
from pipeline.settings import get_settings
from pipeline.vault.restore import REASON_CODES, RestoreDenied

if TYPE_CHECKING:
    from pipeline.vault.locate import Location


@click.group()
def subject() -> None:
    """Subject rights: locate (erase is `veilstream erase`)."""


@subject.command()
@click.option("--tenant", required=True)
@click.option("--subject", "subject_id", required=True, help="The subject id (or email address).")
@click.option("--reason", default="audit", type=click.Choice(REASON_CODES), show_default=True)
@click.option("--api-key-file", type=click.Path(path_type=Path), help=API_KEY_FILE_HELP)
@click.option("--topology", type=click.Path(exists=True, path_type=Path), help="Default: every topology.")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def locate(
    tenant: str, subject_id: str, reason: str, api_key_file: Path | None, topology: Path | None, as_json: bool
) -> None:
    """List every topic, partition and offset range, and every S3 audit object,
    holding data about the subject. Needs an auditor or admin API key of the
    tenant (VEILSTREAM_API_KEY or a 0600 file)."""
    from botocore.exceptions import ClientError

    from pipeline.audit.archive import read_object
    from pipeline.audit.s3 import ObjectStore
    from pipeline.clients import kafka_clients
    from pipeline.vault import open_restorer, streams_of
    from pipeline.vault.locate import locate_subject
    from pipeline.vault.store import scan_topic

    settings = get_settings()
    key = api_key(settings, api_key_file, stdin_is_data=False)
    restorer = open_restorer(settings, topology=topology, actor="cli-locate")
    kafka = kafka_clients(settings)

    def read(topic: str) -> list[tuple[int, int, bytes | None]]:
        return scan_topic(kafka, topic)

    store = ObjectStore.from_settings(settings)

    def audit_objects() -> Iterator[tuple[str, list[dict[str, Any]]]]:
        try:
            listed = store.list("audit/")
        except ClientError as exc:
            if exc.response.get("Error", {}).get("Code") != "NoSuchBucket":
                raise
            click.echo(f"note: no audit bucket {settings.audit_bucket} yet", err=True)
            return
        for obj in listed:
            body, _, _ = store.get(obj.key)
            yield obj.key, read_object(body)[1]

    def find(ref: str) -> Location:
        return locate_subject(read, streams_of(settings, topology), tenant, subject_id, ref, audit_objects())

    try:
        loc = restorer.locate(key, tenant, subject_id, reason, find)
    except RestoreDenied as exc:
        click.echo(f"locate refused ({exc.outcome}, {exc.reason_code}): {exc}", err=True)
        sys.exit(refused(exc.outcome))
    ref = loc.subject_ref
    keys = restorer.keys.subject_keys(tenant, ref)
    if as_json:
        click.echo(
            json.dumps(
                {
                    "subject_ref": ref,
                    "spans": [vars(s) for s in loc.spans],
                    "objects": [f"s3://{settings.audit_bucket}/{k}" for k in loc.objects],
                    "records": len(loc.event_ids),
                    "unattributable": loc.unattributable,
                    "data_keys": keys,
                    "keys_topic": settings.keys_topic,
                },
                indent=1,
            )
        )
        return
    click.echo(f"subject {ref} (tenant {tenant}): {len(loc.event_ids)} records")
    for s in loc.spans:
        click.echo(f"  {s}")
    for k in loc.objects:
        click.echo(f"  s3://{settings.audit_bucket}/{k}")
    if keys:
        click.echo(f"  {settings.keys_topic}: {len(keys)} data keys of the subject (wrapped): {', '.join(keys)}")
    for topic, n in loc.unattributable.items():
        click.echo(f"  {topic}: {n} dead-lettered records (encrypted, unparsed) not attributable")
