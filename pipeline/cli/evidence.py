"""`veilstream evidence`: the daily signed evidence, for operators and auditors."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from pipeline.cli.exits import CHECK_FAILED
from pipeline.cli.params import FILE

if TYPE_CHECKING:
    from cryptography.x509 import Certificate

    from pipeline.audit.s3 import ObjectStore
    from pipeline.evidence.timestamp import TsaClient
    from pipeline.evidence.verify import TrustedKey

DATE = click.DateTime(formats=["%Y-%m-%d"])


def _yesterday() -> dt.date:
    return dt.datetime.now(dt.UTC).date() - dt.timedelta(days=1)


def _store() -> ObjectStore:
    from pipeline.audit.s3 import ObjectStore
    from pipeline.settings import get_settings

    return ObjectStore.from_settings(get_settings())


def trusted_key(public_key: Path | None) -> TrustedKey:
    """The key to verify with: a verifier-key file, else the local signing key's public half."""
    from pipeline.evidence.verify import TrustedKey, parse_verifier_key

    if public_key is not None:  # the auditor's case: no key service, nothing but the file
        try:
            return parse_verifier_key(public_key.read_text())
        except (OSError, ValueError) as exc:
            raise click.ClickException(f"{public_key}: {exc}") from None
    from pipeline.keys.signing import SigningKeyError, load_signer
    from pipeline.settings import get_settings

    try:
        signer = load_signer(get_settings())
    except SigningKeyError as exc:
        raise click.ClickException(f"{exc}; or pass --public-key FILE") from None
    return TrustedKey(signer.name, signer.public_key_bytes())


def tsa_anchors(pem: Path | None, fallback: Path | None) -> list[Certificate]:
    """The TSA's trust anchors: the --tsa-cert file, else the configured one (none: an empty list)."""
    from pipeline.evidence.timestamp import load_anchors

    path = pem or fallback
    if path is None:
        return []
    try:
        return load_anchors(path.read_bytes())
    except (OSError, ValueError) as exc:
        raise click.ClickException(f"{path}: {exc}") from None


def witness(url: str, cert: Path | None, timeout_s: float) -> TsaClient | None:
    """The Time-Stamp Authority that witnesses each day's checkpoint, when one is configured."""
    if not url:
        return None
    from pipeline.evidence.timestamp import TsaClient

    if not url.startswith(("http://", "https://")):
        raise click.BadParameter(f"{url!r} is not an http(s) URL", param_hint="--tsa-url / VEILSTREAM_TSA_URL")
    return TsaClient(url, timeout_s, tsa_anchors(None, cert) or None)


@click.group()
def evidence() -> None:
    """Daily signed evidence: snapshot, verify, export.

    \b
    An auditor needs read access to the bucket and the public key only:
      veilstream evidence verify --date 2026-01-31 --public-key veilstream.vkey
    """


@evidence.command("init-key")
def init_key() -> None:
    """Create the Ed25519 evidence signing key in the keyring (once)."""
    from pipeline.evidence.checkpoint import verifier_key
    from pipeline.keys.signing import init_signing_key
    from pipeline.settings import get_settings

    signer = init_signing_key(get_settings())
    click.echo(verifier_key(signer.name, signer.public_key_bytes()))


@evidence.command("public-key")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), help="Write it to FILE.")
def public_key(out: Path | None) -> None:
    """Print the verifier key (signed-note format) to hand to auditors."""
    from pipeline.evidence.checkpoint import verifier_key

    key = trusted_key(None)
    text = verifier_key(key.name, key.public_key) + "\n"
    if out:
        out.write_text(text)
    click.echo(text, nl=False)


@evidence.command()
@click.option("--date", "day", type=DATE, help="UTC day (default: yesterday).")
@click.option(
    "--tsa-url",
    metavar="URL",
    help="RFC 3161 Time-Stamp Authority that timestamps the day's checkpoint "
    "(default: VEILSTREAM_TSA_URL; empty: none).",
)
def snapshot(day: dt.datetime | None, tsa_url: str | None) -> None:
    """Write the signed evidence of one completed UTC day (idempotent).

    With a Time-Stamp Authority, the day's checkpoint is then timestamped and the token stored
    beside it (checkpoint.tsr). If the TSA does not answer (exit 69), the signed evidence is
    kept: run the same command again to add the timestamp.
    """
    from pipeline.evidence.snapshot import SnapshotError
    from pipeline.evidence.snapshot import snapshot as take
    from pipeline.keys.signing import SigningKeyError, load_signer
    from pipeline.settings import get_settings

    settings = get_settings()
    d = day.date() if day else _yesterday()
    if d >= dt.datetime.now(dt.UTC).date():
        raise click.ClickException(f"{d} is not a completed UTC day yet")
    tsa = witness(settings.tsa_url if tsa_url is None else tsa_url, settings.tsa_cert_file, settings.tsa_timeout_s)
    try:
        snap = take(_store(), d, load_signer(settings), tsa)
    except (SnapshotError, SigningKeyError) as exc:
        raise click.ClickException(str(exc)) from None
    m = snap.manifest
    state = "written" if snap.written else "already there"
    click.echo(
        f"evidence/dt={d}/ {state}: {len(m['objects'])} objects, log size {m['merkle']['tree_size']}, "
        f"root {m['merkle']['root']}, reconciliation {'balanced' if m['reconciliation']['balanced'] else 'NOT balanced'}"
    )
    if snap.stamp is not None:
        click.echo(f"timestamped by {snap.stamp.tsa} at {snap.stamp.gen_time.isoformat()} (serial {snap.stamp.serial})")


@evidence.command()
@click.option("--date", "day", type=DATE, help="UTC day to verify (required unless --proof).")
@click.option("--public-key", type=FILE, help="Verifier key file (from `veilstream evidence public-key`).")
@click.option(
    "--archive",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="Verify an exported directory instead of the bucket.",
)
@click.option(
    "--proof",
    type=FILE,
    help="Check an inclusion proof (from `evidence prove`) instead of a day; with --archive, its object too.",
)
@click.option(
    "--tsa-cert",
    type=FILE,
    help="PEM trust anchor of the Time-Stamp Authority (its CA, or its certificate) to check the "
    "day's RFC 3161 timestamp with (default: VEILSTREAM_TSA_CERT_FILE).",
)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of lines.")
def verify(
    day: dt.datetime | None,
    public_key: Path | None,
    archive: Path | None,
    proof: Path | None,
    tsa_cert: Path | None,
    as_json: bool,
) -> None:
    """Re-read the archive and check one day's evidence (or one inclusion proof); exit 1 on any failure.

    A day's RFC 3161 timestamp, when it has one, must verify too (with --tsa-cert); a day
    without one passes and says "no timestamp".
    """
    from pipeline.evidence.export import DirStore
    from pipeline.evidence.verify import Witnessed, verify_day, verify_witness

    if (day is None) == (proof is None):
        raise click.UsageError("pass --date DAY or --proof FILE")
    key = trusted_key(public_key)
    witnessed: Witnessed | None = None
    if proof is not None:
        from pipeline.evidence.prove import verify_proof

        doc = json.loads(proof.read_text())
        failures = verify_proof(doc, key, DirStore(archive) if archive else None)
        label = f"audit id {doc.get('audit_id')} in the log of {doc.get('date')}"
    else:
        assert day is not None
        store = DirStore(archive) if archive else _store()
        failures = verify_day(store, day.date(), key)
        if tsa_cert is None:
            from pipeline.settings import get_settings

            anchors = tsa_anchors(None, get_settings().tsa_cert_file)
        else:
            anchors = tsa_anchors(tsa_cert, None)
        witnessed = verify_witness(store, day.date(), anchors)
        if witnessed.failure is not None:
            failures.append(witnessed.failure)
        label = str(day.date())
    if as_json:
        doc = {"checked": label, "pass": not failures, "failures": [vars(f) for f in failures]}
        if witnessed is not None:
            doc["date"] = label
            doc["timestamp"] = witnessed.json()
        click.echo(json.dumps(doc, sort_keys=True))
        sys.exit(CHECK_FAILED if failures else 0)
    for f in failures:
        click.echo(str(f))
    if witnessed is not None:
        click.echo(str(witnessed))
    if failures:
        click.echo(f"{len(failures)} failure(s) for {label}")
        sys.exit(CHECK_FAILED)
    click.echo(f"PASS {label}")


@evidence.command()
@click.option("--audit-id", required=True, help="The decision (or restore, erase...) to prove.")
@click.option("--date", "day", type=DATE, help="Its UTC day (default: search every day, newest first).")
@click.option(
    "--archive",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="An exported directory instead of the bucket.",
)
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), help="Write the proof to FILE.")
def prove(audit_id: str, day: dt.datetime | None, archive: Path | None, out: Path | None) -> None:
    """Print the Merkle inclusion proof of one archived record against its day's signed root.

    \b
    Check it with the public key alone (and the object, with --archive):
      veilstream evidence prove --audit-id ID --out proof.json
      veilstream evidence verify --proof proof.json --public-key veilstream.vkey
    """
    from pipeline.evidence.export import DirStore
    from pipeline.evidence.prove import NotFound
    from pipeline.evidence.prove import prove as make_proof

    store = DirStore(archive) if archive else _store()
    try:
        doc = make_proof(store, audit_id, day.date() if day else None)
    except NotFound as exc:
        raise click.ClickException(str(exc)) from None
    text = json.dumps(doc, indent=2, sort_keys=True)
    if out:
        out.write_text(text + "\n")
        click.echo(f"proof of {audit_id} (leaf {doc['leaf_index']} of {doc['tree_size']}) written to {out}")
    else:
        click.echo(text)


@evidence.command()
@click.option("--from", "first", type=DATE, required=True)
@click.option("--to", "last", type=DATE, required=True)
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), required=True)
def export(first: dt.datetime, last: dt.datetime, out: Path) -> None:
    """Copy an audit period (objects and evidence) to a directory for the auditor."""
    from tqdm import tqdm

    from pipeline.evidence.export import export as copy
    from pipeline.evidence.export import plan_export

    store = _store()
    try:
        objects = plan_export(store, first.date(), last.date())
    except ValueError as exc:
        raise click.ClickException(str(exc)) from None
    out.mkdir(parents=True, exist_ok=True)
    with tqdm(total=sum(o.size for o in objects), unit="B", unit_scale=True, desc="export") as bar:
        copy(store, objects, out, bar.update)
    click.echo(
        f"{len(objects)} objects in {out}; check them with `sha256sum -c SHA256SUMS` and "
        f"`veilstream evidence verify --archive {out} --date D --public-key FILE`"
    )
