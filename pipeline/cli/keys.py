"""veilstream keys init | rotate | expire"""

from __future__ import annotations

import getpass

import click

from pipeline.settings import get_settings


def _actor() -> str:
    return f"cli:{getpass.getuser()}"


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
    ks = open_key_service(settings, actor=_actor(), create_keyring=False)
    try:
        ks.emit("kek_ready", "*", (ks.provider.active_kek,), actor=_actor())
    finally:
        ks.close()
    click.echo(f"key store: {settings.key_store} ({settings.keys_topic if settings.key_store == 'kafka' else 'file'})")


@keys.command()
def rotate() -> None:
    """New key-encryption key; every data key is rewrapped, no data is re-encrypted."""
    from pipeline.keys import open_key_service

    ks = open_key_service(get_settings(), actor=_actor(), create_keyring=False)
    try:
        new_kek, count = ks.rotate(actor=_actor())
    finally:
        ks.close()
    click.echo(f"rotated: active KEK {new_kek}; {count} data keys rewrapped")


@keys.command()
def expire() -> None:
    """Destroy the vault data keys whose time bucket has passed its retention."""
    from pipeline.keys import open_key_service

    ks = open_key_service(get_settings(), actor=_actor(), create_keyring=False)
    try:
        done = ks.destroy_expired_vault_keys(actor=_actor())
    finally:
        ks.close()
    click.echo(f"{len(done)} expired vault keys destroyed")


@keys.command()
def status() -> None:
    """The active KEK and how many data keys of each kind are live or destroyed."""
    from pipeline.keys import open_key_service

    settings = get_settings()
    ks = open_key_service(settings, actor=_actor(), create_keyring=False)
    try:
        click.echo(f"provider {settings.key_provider}, active KEK {ks.provider.active_kek}")
        for kind, row in sorted(ks.summary().items()):
            click.echo(f"  {kind:<8} {row['live']:>7} live {row['destroyed']:>7} destroyed")
    finally:
        ks.close()
