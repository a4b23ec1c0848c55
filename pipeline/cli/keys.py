"""veilstream keys init | rotate | expire | status | escrow | recover"""

from __future__ import annotations

import json
import os
from pathlib import Path

import click

from pipeline.cli.actor import cli_actor
from pipeline.cli.params import FILE
from pipeline.settings import get_settings


@click.group()
def keys() -> None:
    """Key-encryption key and data keys (envelope encryption)."""


@keys.command()
def init() -> None:
    """Create the key-encryption key (local keyring file, mode 0600, or a KMS key
    behind the VEILSTREAM_KMS_KEY_ID alias) and the keys topic. Idempotent."""
    from pipeline.keys import KmsKek, LocalKeyring, kms_client, open_key_service

    settings = get_settings()
    if settings.key_provider == "kms":
        if not settings.kms_key_id.startswith("alias/"):
            raise click.UsageError("keys init with KMS needs VEILSTREAM_KMS_KEY_ID=alias/<name>")
        arn = KmsKek.init(kms_client(settings), settings.kms_key_id)
        click.echo(f"KMS key-encryption key {settings.kms_key_id} -> {arn}")
    elif LocalKeyring.init(settings.keyring_file):
        click.echo(f"created keyring {settings.keyring_file} (mode 0600)")
    else:
        click.echo(f"keyring {settings.keyring_file} already exists; left as is")
    ks = open_key_service(settings, actor=cli_actor(), create_keyring=False)
    try:
        ks.emit("kek_ready", "*", (ks.provider.active_kek,), actor=cli_actor())
    finally:
        ks.close()
    click.echo(f"key store: {settings.key_store} ({settings.keys_topic if settings.key_store == 'kafka' else 'file'})")


@keys.command()
def rotate() -> None:
    """New key-encryption key; every data key is rewrapped, no data is re-encrypted."""
    from pipeline.keys import open_key_service

    ks = open_key_service(get_settings(), actor=cli_actor(), create_keyring=False)
    try:
        new_kek, count = ks.rotate(actor=cli_actor())
    finally:
        ks.close()
    click.echo(f"rotated: active KEK {new_kek}; {count} data keys rewrapped")


@keys.command()
def expire() -> None:
    """Destroy the vault data keys whose time bucket has passed its retention."""
    from pipeline.keys import open_key_service

    ks = open_key_service(get_settings(), actor=cli_actor(), create_keyring=False)
    try:
        done = ks.destroy_expired_vault_keys(actor=cli_actor())
    finally:
        ks.close()
    click.echo(f"{len(done)} expired vault keys destroyed")


@keys.command()
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of lines.")
def status(as_json: bool) -> None:
    """The active KEK and how many data keys of each kind are live or destroyed."""
    from pipeline.keys import open_key_service

    settings = get_settings()
    ks = open_key_service(settings, actor=cli_actor(), create_keyring=False)
    try:
        if as_json:
            doc = {"provider": settings.key_provider, "active_kek": ks.provider.active_kek, "keys": ks.summary()}
            click.echo(json.dumps(doc, sort_keys=True))
            return
        click.echo(f"provider {settings.key_provider}, active KEK {ks.provider.active_kek}")
        for kind, row in sorted(ks.summary().items()):
            click.echo(f"  {kind:<8} {row['live']:>7} live {row['destroyed']:>7} destroyed")
    finally:
        ks.close()


def _write_private(path: Path, data: bytes) -> None:
    """A new file readable by its owner only; never overwrites."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)


@keys.command()
@click.option("--shares", default=5, show_default=True, type=click.IntRange(1, 16), help="Custodians.")
@click.option("--threshold", default=3, show_default=True, type=click.IntRange(1, 16), help="Shares to recover.")
@click.option(
    "--out",
    "out_dir",
    required=True,
    type=click.Path(file_okay=False, path_type=Path),
    help="A new folder for keyring.escrow and share-N.txt (hand each share to one custodian, then delete it here).",
)
def escrow(shares: int, threshold: int, out_dir: Path) -> None:
    """Split the local keyring so that THRESHOLD of SHARES custodians can restore it, and no one alone.

    Writes the sealed keyring (AES-256-GCM) and one SLIP-39 word list per
    custodian; the escrow is audited (never the shares). An escrow is a copy:
    after an erasure, escrow again and destroy the older keyring.escrow.
    Recover with `veilstream keys recover`.
    """
    from pipeline.keys import open_key_service
    from pipeline.keys.escrow import EscrowError
    from pipeline.keys.escrow import escrow as make_escrow

    settings = get_settings()
    if settings.key_provider != "local":
        raise click.UsageError("escrow splits the local keyring; with KMS, the key never leaves KMS")
    if threshold > shares:
        raise click.BadParameter(f"--threshold {threshold} is more than --shares {shares}")
    try:
        keyring = settings.keyring_file.read_bytes()
    except FileNotFoundError:
        raise click.ClickException(f"no keyring at {settings.keyring_file}: run `veilstream keys init`") from None
    try:
        made = make_escrow(keyring, shares=shares, threshold=threshold)
    except EscrowError as exc:
        raise click.ClickException(str(exc)) from None
    out_dir.mkdir(mode=0o700, parents=True, exist_ok=False)
    _write_private(out_dir / "keyring.escrow", made.sealed)
    for i, words in enumerate(made.shares, 1):
        _write_private(out_dir / f"share-{i}.txt", (words + "\n").encode())
    ks = open_key_service(settings, actor=cli_actor(), create_keyring=False)
    try:
        ks.emit("escrowed", "*", (ks.provider.active_kek,), actor=cli_actor(), count=shares)
    finally:
        ks.close()
    click.echo(f"keyring escrowed: {threshold} of {shares} shares recover it; files in {out_dir}")


@keys.command()
@click.argument("sealed", type=FILE)
@click.argument("share_files", nargs=-1, required=True, type=FILE)
@click.option("--out", "out_file", type=click.Path(dir_okay=False, path_type=Path), help="Default: the keyring path.")
def recover(sealed: Path, share_files: tuple[Path, ...], out_file: Path | None) -> None:
    """Restore the keyring from SEALED (keyring.escrow) and at least the threshold of SHARE_FILES.

    Refuses to overwrite an existing keyring; the new file is mode 0600.
    """
    from pipeline.keys.escrow import EscrowError
    from pipeline.keys.escrow import recover as do_recover

    target = out_file or get_settings().keyring_file
    try:
        keyring = do_recover(sealed.read_bytes(), [p.read_text() for p in share_files])
    except EscrowError as exc:
        raise click.ClickException(str(exc)) from None
    if target.exists():
        raise click.ClickException(f"{target} exists; move it away or pass --out")
    target.parent.mkdir(parents=True, exist_ok=True)
    _write_private(target, keyring)
    click.echo(f"keyring recovered to {target} (mode 0600)")
