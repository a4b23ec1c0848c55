"""veilstream erase: crypto-shred one subject."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from pipeline.settings import get_settings
from pipeline.vault.restore import REASON_CODES, RestoreDenied


@click.command()
@click.option("--tenant", required=True)
@click.option("--subject", required=True, help="The subject id (or the email address of a record without one).")
@click.option("--reason", default="customer_request", type=click.Choice(REASON_CODES), show_default=True)
@click.option("--api-key", prompt=True, hide_input=True, help="An admin API key of the tenant.")
@click.option("--topology", type=click.Path(exists=True, path_type=Path), help="Default: every topology.")
def erase(tenant: str, subject: str, reason: str, api_key: str, topology: Path | None) -> None:
    """Crypto-shred a subject: destroy its keys, tombstone its vault.

    Its stored ciphertext no longer decrypts, anywhere. Audited; safe to run again."""
    from pipeline.vault import open_restorer

    restorer = open_restorer(get_settings(), topology=topology, actor="cli-erase")
    try:
        done = restorer.erase(api_key, tenant, subject, reason)
    except RestoreDenied as exc:
        click.echo(f"erase refused ({exc.outcome}): {exc}", err=True)
        sys.exit(3)
    click.echo(
        f"subject {done.subject_ref}: {len(done.key_ids)} data keys destroyed, "
        f"{done.tombstones} vault entries tombstoned"
    )
