"""veilstream hold add | release | list"""

from __future__ import annotations

import datetime as dt
import time

import click

from pipeline.cli.actor import cli_actor
from pipeline.settings import Settings, get_settings
from pipeline.vault.holds import HOLD_REASONS, Hold, HoldError, HoldStore, hold_event


def _store(settings: Settings) -> HoldStore:
    from pipeline.vault import holds_path

    return HoldStore(holds_path(settings))


def _set_archive_hold(settings: Settings, first_day: dt.date | None, on: bool, active: list[str]) -> int:
    """Set (or lift) the S3 legal hold on every audit object from FIRST_DAY on; the count.

    The active holds are recorded first: the sink looks at that record after each write, so an
    object written during this sweep is held either by the sink or by the sweep."""
    from tqdm import tqdm

    from pipeline.audit.archive import day_prefix, days_in
    from pipeline.audit.s3 import ObjectStore

    store = ObjectStore.from_settings(settings)
    store.set_archive_holds(active)
    keys = [
        o.key
        for day in days_in(store, "audit")
        if first_day is None or day >= first_day
        for o in store.list(day_prefix("audit", day))
    ]
    for key in tqdm(keys, desc="legal hold " + ("on" if on else "off"), unit="obj", disable=len(keys) < 50):
        store.set_legal_hold(key, on)
    return len(keys)


def _audit(settings: Settings, hold: Hold, outcome: str, objects: int) -> None:
    from pipeline.audit.writer import AuditWriteError, KafkaAuditWriter
    from pipeline.clients import kafka_clients

    try:
        KafkaAuditWriter(kafka_clients(settings), settings.audit_topic)(
            hold_event(hold, outcome, cli_actor(), int(time.time() * 1000), objects)
        )
    except AuditWriteError as exc:
        raise click.ClickException(f"the hold was {outcome} but not audited: {exc}; run again") from None


@click.group()
def hold() -> None:
    """Legal holds: refuse erasure, keep the archive under hold.

    A held subject cannot be erased, and the audit archive under hold cannot be deleted."""


@hold.command()
@click.option("--tenant", required=True)
@click.option("--subject", required=True, help="The subject id (stored only as its keyed reference).")
@click.option("--reason", required=True, type=click.Choice(HOLD_REASONS))
@click.option("--case-ref", required=True, help="The matter's reference (letters, digits, '.', '_', '-').")
@click.option(
    "--archive-from",
    type=click.DateTime(["%Y-%m-%d"]),
    help="Put the S3 legal hold on audit objects from this day on (default: the whole archive).",
)
def add(tenant: str, subject: str, reason: str, case_ref: str, archive_from: dt.datetime | None) -> None:
    """Place a legal hold on a subject: `veilstream erase` refuses it (audited) until it is released."""
    from pipeline.keys import open_key_service

    settings = get_settings()
    ks = open_key_service(settings, actor=cli_actor(), create_keyring=False)
    try:
        ref = ks.subject_ref(tenant, subject)
    finally:
        ks.close()
    first = archive_from.date() if archive_from else None
    try:
        placed = _store(settings).place(
            tenant, ref, reason, case_ref, cli_actor(), int(time.time() * 1000), first.isoformat() if first else None
        )
    except HoldError as exc:
        raise click.UsageError(str(exc)) from None
    active = [h.hold_id for h in _store(settings).list() if h.active]
    objects = _set_archive_hold(settings, first, on=True, active=active)
    _audit(settings, placed, "placed", objects)
    click.echo(f"hold {placed.hold_id} placed on subject {ref} of {tenant}; {objects} archive objects on legal hold")


@hold.command()
@click.argument("hold_id")
def release(hold_id: str) -> None:
    """Release HOLD_ID; archive objects no other active hold covers leave S3 legal hold."""
    settings = get_settings()
    store = _store(settings)
    try:
        released = store.release(hold_id, cli_actor(), int(time.time() * 1000))
    except HoldError as exc:
        raise click.UsageError(str(exc)) from None
    others = [h for h in store.list() if h.active]
    objects = 0
    if not others:
        objects = _set_archive_hold(settings, None, on=False, active=[])
    else:
        from pipeline.audit.s3 import ObjectStore

        ObjectStore.from_settings(settings).set_archive_holds([h.hold_id for h in others])
        if all(h.archive_from for h in others):
            # Lift the hold only on the days before the earliest day another hold still covers.
            keep_from = min(dt.date.fromisoformat(h.archive_from or "") for h in others)
            objects = _lift_before(settings, keep_from)
    _audit(settings, released, "released", objects)
    click.echo(f"hold {hold_id} released; {objects} archive objects left legal hold")


def _lift_before(settings: Settings, keep_from: dt.date) -> int:
    from pipeline.audit.archive import day_prefix, days_in
    from pipeline.audit.s3 import ObjectStore

    store = ObjectStore.from_settings(settings)
    keys = [o.key for d in days_in(store, "audit") if d < keep_from for o in store.list(day_prefix("audit", d))]
    for key in keys:
        store.set_legal_hold(key, False)
    return len(keys)


@hold.command(name="list")
@click.option("--all", "show_all", is_flag=True, help="Released holds too.")
def list_(show_all: bool) -> None:
    """Holds: id, tenant, subject reference, reason, case, who placed it and when."""
    for h in _store(get_settings()).list():
        if h.active or show_all:
            when = time.strftime("%Y-%m-%d", time.gmtime(h.placed_at / 1000))
            state = "active" if h.active else f"released by {h.released_by}"
            click.echo(f"{h.hold_id}  {h.tenant:<12} {h.subject_ref}  {h.reason:<24} {h.case_ref:<16} {when} {state}")
