"""veilstream apikeys create | list | revoke"""

from __future__ import annotations

import click

from pipeline.settings import get_settings
from pipeline.vault.apikeys import ROLES, ApiKeyError, ApiKeyStore


def _store() -> ApiKeyStore:
    from pipeline.vault import apikeys_path

    return ApiKeyStore(apikeys_path(get_settings()))


@click.group()
def apikeys() -> None:
    """API keys for restore, erase and locate, each bound to a tenant and a role."""


@apikeys.command()
@click.option("--name", required=True, help="Who holds the key; named as the actor in audit events.")
@click.option("--tenant", required=True)
@click.option("--role", required=True, type=click.Choice(ROLES))
def create(name: str, tenant: str, role: str) -> None:
    """Create a key. The secret is printed once and stored only hashed."""
    try:
        key, secret = _store().create(name, tenant, role)
    except ApiKeyError as exc:
        raise click.UsageError(str(exc)) from None
    click.echo(f"created {key.key_id} ({key.name}, {key.tenant}, {key.role}); the key, shown once:", err=True)
    click.echo(secret)


@apikeys.command(name="list")
def list_() -> None:
    for k in _store().list():
        click.echo(f"{k.key_id}  {k.name:<20} {k.tenant:<12} {k.role:<9} {'revoked' if k.revoked else 'active'}")


@apikeys.command()
@click.argument("key_id")
def revoke(key_id: str) -> None:
    try:
        _store().revoke(key_id)
    except ApiKeyError as exc:
        raise click.UsageError(str(exc)) from None
    click.echo(f"revoked {key_id}")
