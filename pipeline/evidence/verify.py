"""Verify a day's evidence with read access to the bucket and a public key.

Checks the manifest signature and the signed checkpoint, every audit object
(present, same version, same sha256), chain continuity and gap-free offsets
from the previous day's heads, the Merkle root rebuilt from the previous
day's compact range, the consistency proofs with the previous and the next
day, the report's hash and the reconciliation. Each failure names an object.
`verify_witness` checks the day's RFC 3161 timestamp, when there is one.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from cryptography import x509
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from pipeline.audit.archive import days_in, evidence_prefix
from pipeline.audit.reader import ArchiveReader, ObjectMissing
from pipeline.evidence.checkpoint import Checkpoint, NoteError, key_id, verify_checkpoint
from pipeline.evidence.merkle import CompactRange, verify_consistency
from pipeline.evidence.report import render
from pipeline.evidence.snapshot import build_manifest, read_day, sort_key
from pipeline.evidence.timestamp import TOKEN, Stamp, TimestampError, verify_token


@dataclass(frozen=True)
class Failure:
    object: str
    reason: str

    def __str__(self) -> str:
        return f"FAIL {self.object}: {self.reason}"


@dataclass(frozen=True)
class TrustedKey:
    name: str
    public_key: bytes


def parse_verifier_key(text: str) -> TrustedKey:
    """A signed-note verifier key: <name>+<8 hex key id>+<base64(0x01 || 32-byte key)>."""
    try:
        name, kid, blob = text.strip().split("+", 2)  # names have no "+"; base64 may
        raw = base64.b64decode(blob, validate=True)
    except ValueError:
        raise ValueError("not a verifier key (name+keyid+base64key)") from None
    if len(raw) != 33 or raw[0] != 1:
        raise ValueError("not an Ed25519 verifier key")
    if key_id(name, raw[1:]).hex() != kid:
        raise ValueError("the key id does not match the key")
    return TrustedKey(name, raw[1:])


class _Day:
    """One day's signed evidence, loaded and checked against the trusted key."""

    def __init__(self, store: ArchiveReader, day: dt.date, key: TrustedKey, failures: list[Failure]):
        self.prefix = evidence_prefix(day)
        self.manifest: dict[str, Any] | None = None
        self.checkpoint: Checkpoint | None = None
        try:
            body, _, _ = store.get(self.prefix + "manifest.json")
            sig, _, _ = store.get(self.prefix + "manifest.sig")
            note, _, _ = store.get(self.prefix + "checkpoint")
        except ObjectMissing as exc:
            failures.append(Failure(exc.args[0], "missing"))
            return
        try:
            Ed25519PublicKey.from_public_bytes(key.public_key).verify(base64.b64decode(sig.strip()), body)
        except (InvalidSignature, ValueError):
            failures.append(
                Failure(self.prefix + "manifest.json", f"signature does not verify with the trusted key {key.name}")
            )
            return
        try:
            self.checkpoint = verify_checkpoint(note, key.name, key.public_key)
        except NoteError as exc:
            failures.append(Failure(self.prefix + "checkpoint", str(exc)))
            return
        manifest = json.loads(body)
        m = manifest["merkle"]
        if (self.checkpoint.size, self.checkpoint.root.hex()) != (m["tree_size"], m["root"]):
            failures.append(Failure(self.prefix + "checkpoint", "tree size or root differs from the manifest"))
            return
        self.manifest = manifest


def verify_day(store: ArchiveReader, day: dt.date, key: TrustedKey) -> list[Failure]:
    failures: list[Failure] = []
    this = _Day(store, day, key, failures)
    manifest = this.manifest
    if manifest is None:
        return failures
    man_key = this.prefix + "manifest.json"
    if manifest["date"] != day.isoformat():
        failures.append(Failure(man_key, f"is the manifest of {manifest['date']}"))

    prev = _check_previous(store, day, key, manifest, failures)
    _check_objects(store, day, manifest, prev, failures)
    _check_report(store, this.prefix, manifest, failures)
    rec = manifest["reconciliation"]
    for topic, t in rec["topics"].items():
        if t["missing"]:
            failures.append(
                Failure(man_key, f"reconciliation: {t['missing']} input offsets of {topic} have no decision")
            )
    if rec["decisions_without_source"]:
        failures.append(
            Failure(man_key, f"reconciliation: {rec['decisions_without_source']} decisions name no input offset")
        )

    nxt = day + dt.timedelta(days=1)
    if nxt in days_in(store, "evidence"):
        following = _Day(store, nxt, key, failures)
        if following.manifest is not None and following.checkpoint is not None:
            p, m = following.manifest["previous"], manifest["merkle"]
            proof = [bytes.fromhex(h) for h in following.manifest["merkle"]["consistency_proof"]]
            if (p["date"], p["tree_size"], p["root"]) != (
                manifest["date"],
                m["tree_size"],
                m["root"],
            ) or not verify_consistency(
                m["tree_size"], following.checkpoint.size, bytes.fromhex(m["root"]), following.checkpoint.root, proof
            ):
                failures.append(Failure(man_key, f"not consistent with the next day's {following.prefix}checkpoint"))
    return failures


def _check_previous(
    store: ArchiveReader, day: dt.date, key: TrustedKey, manifest: dict[str, Any], failures: list[Failure]
) -> dict[str, Any] | None:
    man_key = evidence_prefix(day) + "manifest.json"
    p = manifest["previous"]
    earlier = [d for d in days_in(store, "evidence") if d < day]
    if p["date"] is None:
        if earlier:
            failures.append(Failure(man_key, f"claims to start the log but evidence for {earlier[-1]} exists"))
        if p["tree_size"] != 0:
            failures.append(Failure(man_key, "starts the log with a non-empty previous tree"))
        return None
    prev_day = dt.date.fromisoformat(p["date"])
    if earlier and earlier[-1] != prev_day:
        failures.append(Failure(man_key, f"extends {prev_day} but the latest earlier evidence is {earlier[-1]}"))
    before = _Day(store, prev_day, key, failures)
    if before.manifest is None:
        return None
    pm = before.manifest["merkle"]
    if (pm["tree_size"], pm["root"]) != (p["tree_size"], p["root"]):
        failures.append(Failure(before.prefix + "manifest.json", f"is not the log head {day}'s evidence extends"))
        return None
    frontier = CompactRange(pm["tree_size"], [bytes.fromhex(h) for h in pm["frontier"]])
    if frontier.root().hex() != pm["root"]:
        failures.append(Failure(before.prefix + "manifest.json", "compact range does not hash to its root"))
        return None
    m = manifest["merkle"]
    proof = [bytes.fromhex(h) for h in m["consistency_proof"]]
    if not verify_consistency(
        pm["tree_size"], m["tree_size"], bytes.fromhex(pm["root"]), bytes.fromhex(m["root"]), proof
    ):
        failures.append(Failure(evidence_prefix(day) + "checkpoint", f"not consistent with {before.prefix}checkpoint"))
    return before.manifest


def _check_objects(
    store: ArchiveReader,
    day: dt.date,
    manifest: dict[str, Any],
    prev: dict[str, Any] | None,
    failures: list[Failure],
) -> None:
    man_key = evidence_prefix(day) + "manifest.json"
    listed = {e["key"]: e for e in manifest["objects"]}
    seen = set()

    def listed_objects() -> Iterator[tuple[str, bytes, str | None]]:
        """The day's objects, each checked against its manifest entry as it is read; the ones the
        manifest lists go on to the rebuild, in log order."""
        for k, body, version in read_day(store, day):
            seen.add(k)
            e = listed.get(k)
            if e is None:
                failures.append(Failure(k, "audit object not in the manifest"))
                continue
            if e["version_id"] and version is not None and version != e["version_id"]:
                failures.append(Failure(k, "replaced: the current version is not the one the manifest names"))
            if hashlib.sha256(body).hexdigest() != e["sha256"] or len(body) != e["size"]:
                failures.append(Failure(k, "content does not match the manifest's sha256"))
            yield k, body, version

    rebuilt, problems = build_manifest(day, manifest["origin"], listed_objects(), prev)
    for k in listed:
        if k not in seen:
            failures.append(Failure(k, "deleted: in the manifest, not in the bucket"))
    for p in problems:
        obj, _, reason = p.partition(": ")
        failures.append(Failure(obj, reason))
    strip = lambda es: [{k: v for k, v in e.items() if k != "version_id"} for e in es]  # noqa: E731
    if [e["key"] for e in manifest["objects"]] != sorted(listed, key=sort_key):
        failures.append(Failure(man_key, "objects are not in log order"))
    if not any(f.object in listed or f.object in seen for f in failures):
        fields = ["merkle", "chains", "source_high", "reconciliation"]
        if manifest.get("format", 1) >= 2:  # format 2 added the SOC 2 control sections
            fields.append("controls")
        for field in fields:
            if rebuilt[field] != manifest.get(field):
                failures.append(Failure(man_key, f"{field} does not match the archive"))
        if strip(rebuilt["objects"]) != strip(manifest["objects"]):
            failures.append(Failure(man_key, "object entries do not match the archive"))


def _check_report(store: ArchiveReader, prefix: str, manifest: dict[str, Any], failures: list[Failure]) -> None:
    try:
        report, _, _ = store.get(prefix + "report.html")
    except ObjectMissing:
        failures.append(Failure(prefix + "report.html", "missing"))
        return
    if hashlib.sha256(report).hexdigest() != manifest.get("report_sha256"):
        failures.append(Failure(prefix + "report.html", "does not match the manifest's report_sha256"))
    elif render({k: v for k, v in manifest.items() if k != "report_sha256"}) != report:
        failures.append(Failure(prefix + "report.html", "does not render from the manifest"))


@dataclass(frozen=True)
class Witnessed:
    """The day's timestamp: absent (no failure, no stamp), valid (a stamp) or invalid (a failure)."""

    stamp: Stamp | None = None
    failure: Failure | None = None

    def json(self) -> dict[str, Any]:
        if self.failure is not None:
            return {"status": "invalid", "reason": self.failure.reason}
        if self.stamp is None:
            return {"status": "absent"}
        return {"status": "valid", **self.stamp.json()}

    def __str__(self) -> str:
        if self.failure is not None:
            return f"timestamp: INVALID ({self.failure.reason})"
        if self.stamp is None:
            return "no timestamp"
        s = self.stamp
        return f"timestamp: genTime {s.gen_time.isoformat()} by {s.tsa} (RFC 3161, serial {s.serial})"


def verify_witness(store: ArchiveReader, day: dt.date, anchors: list[x509.Certificate]) -> Witnessed:
    """The RFC 3161 timestamp of the day's checkpoint, checked against the TSA's trust ANCHORS."""
    prefix = evidence_prefix(day)
    try:
        resp, _, _ = store.get(prefix + TOKEN)
    except ObjectMissing:
        return Witnessed()
    try:
        note, _, _ = store.get(prefix + "checkpoint")
    except ObjectMissing:
        return Witnessed(failure=Failure(prefix + TOKEN, "a timestamp without the checkpoint it covers"))
    if not anchors:
        reason = "present, but no trusted TSA certificate to check it with: pass --tsa-cert PEM"
        return Witnessed(failure=Failure(prefix + TOKEN, reason))
    try:
        return Witnessed(stamp=verify_token(resp, note, anchors))
    except TimestampError as exc:
        return Witnessed(failure=Failure(prefix + TOKEN, str(exc)))
