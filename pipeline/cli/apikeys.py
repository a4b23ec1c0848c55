"""veilstream apikeys create | list | revoke | review"""

from __future__ import annotations

import click

from pipeline.cli.actor import cli_actor
from pipeline.cli.exits import Unavailable
from pipeline.settings import get_settings
from pipeline.vault.apikeys import GRANTS, ROLES, ApiKeyError, ApiKeyStore


def _store() -> ApiKeyStore:
    from pipeline.vault import apikeys_path

    return ApiKeyStore(apikeys_path(get_settings()))


@click.group()
def apikeys() -> None:
    """API keys for restore, erase and locate (tenant and role bound).

    Each key names its holder (the actor in audit events), one tenant and one role; a restorer
    or admin key may also be granted a subject-scoped restore (--grant restore:subject)."""


@apikeys.command()
@click.option("--name", required=True, help="Who holds the key; named as the actor in audit events.")
@click.option("--tenant", required=True)
@click.option("--role", required=True, type=click.Choice(ROLES))
@click.option(
    "--grant",
    "grants",
    multiple=True,
    type=click.Choice(GRANTS),
    help="An action no role has by default: restore:subject (restore every record of one data subject; "
    "restorer or admin keys only).",
)
def create(name: str, tenant: str, role: str, grants: tuple[str, ...]) -> None:
    """Create a key. The secret is printed once and stored only hashed."""
    try:
        key, secret = _store().create(name, tenant, role, created_by=cli_actor(), grants=grants)
    except ApiKeyError as exc:
        raise click.UsageError(str(exc)) from None
    granted = "".join(f", +{g}" for g in key.grants)
    click.echo(f"created {key.key_id} ({key.name}, {key.tenant}, {key.role}{granted}); the key, shown once:", err=True)
    click.echo(secret)


@apikeys.command(name="list")
def list_() -> None:
    """Every key: id, holder name, tenant, role, who created it, whether it is active or revoked, and
    its grants (never the secret)."""
    for k in _store().list():
        state = "revoked" if k.revoked else "active"
        grants = "".join(f" +{g}" for g in k.grants)
        click.echo(f"{k.key_id}  {k.name:<20} {k.tenant:<12} {k.role:<9} {k.created_by or '-':<16} {state}{grants}")


@apikeys.command()
@click.argument("key_id")
def revoke(key_id: str) -> None:
    """Revoke KEY_ID (see `apikeys list`): every later call with it is denied and audited."""
    try:
        _store().revoke(key_id)
    except ApiKeyError as exc:
        raise click.UsageError(str(exc)) from None
    click.echo(f"revoked {key_id}")


@apikeys.command()
@click.option("--days", default=90, show_default=True, type=click.IntRange(1, 3660), help="The review period.")
@click.option("--json", "as_json", is_flag=True, help="Print the review as one JSON object.")
@click.option("--sign-off", "reviewer", help="Record that REVIEWER reviewed this list (an audit event).")
def review(days: int, as_json: bool, reviewer: str | None) -> None:
    """Access review: every key, its tenant and role, when it was created and last used, what it did
    in the period by reason code (from the audit archive); keys unused for the period are flagged.

    With --sign-off, the review's digest and findings go into the audit trail and the day's evidence.
    """
    import dataclasses
    import json
    import time

    from pipeline.audit.s3 import ObjectStore, StoreUnavailable
    from pipeline.audit.writer import AuditWriteError, KafkaAuditWriter
    from pipeline.clients import kafka_clients
    from pipeline.evidence.access_review import access_events, sign_off_event
    from pipeline.evidence.access_review import review as make_review

    settings = get_settings()
    now = int(time.time() * 1000)
    try:
        events = list(access_events(ObjectStore.from_settings(settings), now, days))
    except StoreUnavailable as exc:
        raise Unavailable(f"cannot read the audit archive: {exc}") from None
    result = make_review(_store().list(), events, now_ms=now, period_days=days)
    if as_json:
        click.echo(json.dumps({**dataclasses.asdict(result), "flagged": result.flagged}, indent=1, sort_keys=True))
    else:
        click.echo(
            f"{'key':<12} {'name':<20} {'tenant':<12} {'role':<9} {'created by':<16} {'status':<8} {'last used':<20} uses"
        )
        for k in result.keys:
            used = time.strftime("%Y-%m-%d %H:%M", time.gmtime(k.last_used / 1000)) if k.last_used else "-"
            counts = "; ".join(f"{kind}: " + ", ".join(f"{c} {n}" for c, n in r.items()) for kind, r in k.uses.items())
            status = "revoked" if k.revoked else ("UNUSED" if k.unused else "active")
            click.echo(
                f"{k.key_id:<12} {k.name:<20} {k.tenant:<12} {k.role:<9} {k.created_by or '-':<16} {status:<8} "
                f"{used:<20} {counts or '-'}{''.join(f'  +{g}' for g in k.grants)}"
            )
        click.echo(f"{len(result.keys)} key(s); {len(result.flagged)} unused for {days} days: revoke or justify them")
    if reviewer:
        try:
            KafkaAuditWriter(kafka_clients(settings), settings.audit_topic)(
                sign_off_event(result, reviewer, cli_actor(), now)
            )
        except AuditWriteError as exc:
            raise click.ClickException(f"the sign-off was not recorded: {exc}") from None
        click.echo(f"signed off by {reviewer}; review sha256 {result.digest()}", err=True)
