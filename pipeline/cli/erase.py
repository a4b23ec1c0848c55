"""veilstream erase: crypto-shred one subject."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from pipeline.cli.credential import API_KEY_FILE_HELP, api_key
from pipeline.cli.exits import refused
from pipeline.settings import get_settings
from pipeline.vault.restore import REASON_CODES, RestoreDenied


@click.command()
@click.option("--tenant", required=True)
@click.option("--subject", required=True, help="The subject id (or the email address of a record without one).")
@click.option("--reason", default="customer_request", type=click.Choice(REASON_CODES), show_default=True)
@click.option("--api-key-file", type=click.Path(path_type=Path), help=API_KEY_FILE_HELP)
@click.option("--topology", type=click.Path(exists=True, path_type=Path), help="Default: every topology.")
def erase(tenant: str, subject: str, reason: str, api_key_file: Path | None, topology: Path | None) -> None:
    """Crypto-shred a subject: destroy its keys, tombstone its vault.

    Its stored ciphertext no longer decrypts, anywhere. Needs an admin API key
    of the tenant (VEILSTREAM_API_KEY or a 0600 file). Audited; safe to run again."""
    from pipeline.vault import open_restorer

    settings = get_settings()
    key = api_key(settings, api_key_file, stdin_is_data=False)
    restorer = open_restorer(settings, topology=topology, actor="cli-erase")
    try:
        done = restorer.erase(key, tenant, subject, reason)
    except RestoreDenied as exc:
        click.echo(f"erase refused ({exc.outcome}, {exc.reason_code}): {exc}", err=True)
        sys.exit(refused(exc.outcome))
    click.echo(
        f"subject {done.subject_ref}: {len(done.key_ids)} data keys destroyed, "
        f"{done.tombstones} vault entries tombstoned"
    )
