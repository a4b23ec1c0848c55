"""`veilstream audit`: the audit sink."""

from __future__ import annotations

import logging
import signal
import threading

import click


@click.group()
def audit() -> None:
    """The immutable audit trail in S3."""


@audit.command()
@click.option("--topic", default=None, help="Audit topic (default: settings.audit_topic).")
@click.option("--group", "group_id", default="veilstream-audit-sink", show_default=True)
@click.option("--no-evidence", is_flag=True, help="Archive only; do not write the daily evidence.")
def sink(topic: str | None, group_id: str, no_evidence: bool) -> None:
    """Archive audit.events to S3 and sign the evidence of every completed UTC day."""
    from functools import partial

    from pipeline.audit.s3 import ObjectStore
    from pipeline.audit.sink import AuditSink
    from pipeline.settings import get_settings

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    settings = get_settings()
    if settings.metrics_port:  # upload latency and failures, pending records, last evidence day
        from pipeline import metrics

        metrics.serve(settings.metrics_port, settings.web_host)
    store = ObjectStore.from_settings(settings)
    close_day = None
    if not no_evidence:
        from pipeline.cli.evidence import witness
        from pipeline.evidence import snapshot
        from pipeline.keys.signing import SigningKeyError, load_signer

        tsa = witness(settings.tsa_url, settings.tsa_cert_file, settings.tsa_timeout_s)
        try:
            close_day = partial(snapshot.close_day, store, signer=load_signer(settings), witness=tsa)
        except SigningKeyError as exc:
            raise click.ClickException(str(exc)) from None
    stop = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop.set())
    the_sink = AuditSink(settings, store, topic=topic or settings.audit_topic, group_id=group_id, close_day=close_day)
    click.echo(f"audit sink: {the_sink.topic} -> s3://{settings.audit_bucket}/audit/")
    the_sink.run(stop)
    click.echo(f"audit sink stopped after archiving {the_sink.uploaded} records")


@audit.command()
def bucket() -> None:
    """Create the audit bucket (versioning, Object Lock, default COMPLIANCE retention of
    VEILSTREAM_OBJECT_LOCK_DAYS) if it is missing, and print its default retention."""
    from pipeline.audit.s3 import BucketError, ObjectStore
    from pipeline.settings import get_settings

    settings = get_settings()
    store = ObjectStore.from_settings(settings)
    try:
        created = store.ensure_bucket()
    except BucketError as exc:
        raise click.ClickException(str(exc)) from None
    retention = store.default_retention()
    if retention is None:
        raise click.ClickException(
            f"bucket {settings.audit_bucket} has no default Object Lock retention; evidence written "
            "there could be deleted. Use a new bucket (Object Lock is set when a bucket is created)."
        )
    mode, days = retention
    click.echo(f"{'created' if created else 'exists'} s3://{settings.audit_bucket}: Object Lock {mode} {days} days")
