"""The daily evidence snapshot, written once under evidence/dt=D/:

    report.html     for humans (its sha256 is in the manifest)
    manifest.json   every audit object of the day, chain heads, reconciliation,
                    the log's Merkle root, compact range and consistency proof
    manifest.sig    base64 Ed25519 signature of manifest.json
    checkpoint      C2SP signed note: origin, log size, root
    checkpoint.tsr  optional: an RFC 3161 timestamp of the checkpoint (timestamp.py)

The log is append-only across days: its leaves are the audit objects, in
day order then key order. Everything here is a pure function of the archive
and the previous day's manifest, and Ed25519 signatures are deterministic,
so a retried snapshot writes identical bytes. The timestamp is not (the TSA's
clock, nonce and serial): it is asked for once the day is closed, and a retry
adds it to a closed day that lacks it, never replaces it.
"""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import hashlib
import json
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any, Protocol

from pipeline.audit.archive import (
    GENESIS,
    ArchiveError,
    ChainCheck,
    day_prefix,
    days_in,
    evidence_prefix,
    iter_records,
    parse_key,
)
from pipeline.audit.reader import ArchiveReader, ArchiveStore, ObjectMissing
from pipeline.evidence.checkpoint import Checkpoint, Signer, sign_checkpoint, verifier_key
from pipeline.evidence.controls import ControlsTally
from pipeline.evidence.merkle import CompactRange, consistency_proof_from_range, leaf_hash
from pipeline.evidence.reconcile import DayTally
from pipeline.evidence.report import render
from pipeline.evidence.timestamp import TOKEN, Stamp, TimestampError, TsaUnavailable, check_response

FORMAT = 2  # 2: the `controls` section (classification, vendor register, exposure)
log = logging.getLogger(__name__)
FILES = ("report.html", "manifest.json", "manifest.sig", "checkpoint")


class SnapshotError(RuntimeError):
    """The archive cannot be signed as it is (a broken chain, a missing previous day)."""


class Witness(Protocol):
    """An outside witness of the day's checkpoint (`timestamp.TsaClient`): its checked answer, to store."""

    def timestamp(self, data: bytes) -> tuple[bytes, Stamp]: ...


@dataclass(frozen=True)
class Snapshot:
    day: dt.date
    manifest: dict[str, Any]
    written: bool  # False when the day's evidence already existed
    stamp: Stamp | None = None  # the day's timestamp, when a witness is configured


def canonical(obj: Any) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def leaf_data(entry: dict[str, Any]) -> bytes:
    return canonical({"key": entry["key"], "sha256": entry["sha256"], "size": entry["size"]})


def load_manifest(store: ArchiveReader, day: dt.date) -> dict[str, Any]:
    body, _, _ = store.get(evidence_prefix(day) + "manifest.json")
    return json.loads(body)


def sort_key(key: str) -> tuple[int, str, int]:
    _, topic, part, start = parse_key(key)
    return part, topic, start


def read_day(store: ArchiveReader, day: dt.date) -> Iterator[tuple[str, bytes, str | None]]:
    """(key, body, version id) of every audit object of the day, in log order, one at a time."""
    keys = sorted((o.key for o in store.list(day_prefix("audit", day))), key=sort_key)
    for key in keys:
        body, _, version = store.get(key)
        yield key, body, version


def build_manifest(
    day: dt.date, origin: str, objects: Iterable[tuple[str, bytes, str | None]], prev: dict[str, Any] | None
) -> tuple[dict[str, Any], list[str]]:
    """The manifest of a day and the problems found in its archive (empty when sound). Objects
    are read one at a time and only tallies are kept, so memory does not grow with the day."""
    chains = json.loads(json.dumps(prev["chains"])) if prev else {}
    tally = DayTally(prev["source_high"] if prev else {})
    control = ControlsTally(prev.get("controls") if prev else None)
    entries, problems = [], []
    for key, body, version in objects:
        _, topic, part, start = parse_key(key)
        head = chains.get(topic, {}).get(str(part), {"head": GENESIS, "last_offset": None})
        expected = head["last_offset"] + 1 if head["last_offset"] is not None else start
        check = ChainCheck(head["head"], expected)
        first: dict[str, Any] | None = None
        last: dict[str, Any] = {}
        count = 0
        try:
            for rec in iter_records(body):  # one record at a time: an object's records are never all held
                check.add(rec)
                control.add(rec, tally.add(rec))
                first, last, count = first or rec, rec, count + 1
        except ArchiveError as exc:
            problems.append(f"{key}: {exc}")
            continue
        problems += [f"{key}: {p}" for p in check.problems]
        if first is None:
            problems.append(f"{key}: no records")
            continue
        entries.append(
            {
                "key": key,
                "size": len(body),
                "sha256": hashlib.sha256(body).hexdigest(),
                "version_id": version,
                "topic": topic,
                "partition": part,
                "records": count,
                "first_offset": first["kafka_offset"],
                "last_offset": last["kafka_offset"],
                "chain_prev": first["prev_hash"],
                "chain_head": last["record_hash"],
            }
        )
        chains.setdefault(topic, {})[str(part)] = {
            "head": last["record_hash"],
            "last_offset": last["kafka_offset"],
        }
    recon, high = tally.result()
    old = (
        CompactRange(prev["merkle"]["tree_size"], [bytes.fromhex(h) for h in prev["merkle"]["frontier"]])
        if prev
        else CompactRange()
    )
    old_root = old.root()
    leaves = [leaf_hash(leaf_data(e)) for e in entries]
    proof = consistency_proof_from_range(old, leaves)
    tree = CompactRange(old.size, list(old.nodes))
    for leaf in leaves:
        tree.append(leaf)
    manifest = {
        "format": FORMAT,
        "date": day.isoformat(),
        "origin": origin,
        "previous": {"date": prev["date"] if prev else None, "tree_size": old.size, "root": old_root.hex()},
        "objects": entries,
        "merkle": {
            "tree_size": tree.size,
            "root": tree.root().hex(),
            "frontier": [n.hex() for n in tree.nodes],
            "consistency_proof": [p.hex() for p in proof],
        },
        "chains": chains,
        "source_high": high,
        "reconciliation": recon,
        "controls": control.result(),
    }
    return manifest, problems


def snapshot(store: ArchiveStore, day: dt.date, signer: Signer, witness: Witness | None = None) -> Snapshot:
    """Write the evidence of `day`; refuse to sign an archive that does not verify. With a
    witness, then timestamp the day's checkpoint (also a day closed earlier without one)."""
    snap = _sign(store, day, signer)
    if witness is None:
        return snap
    return dataclasses.replace(snap, stamp=witness_day(store, day, witness))


def close_day(store: ArchiveStore, day: dt.date, signer: Signer, witness: Witness | None = None) -> Snapshot:
    """The audit sink's daily close: sign the day, then timestamp it, and the day before it if
    that one still lacks its timestamp. A TSA that fails is logged and never holds back the
    signing of later days; `veilstream evidence snapshot --date D` adds a timestamp still missing."""
    snap = _sign(store, day, signer)
    if witness is None:
        return snap
    before = day - dt.timedelta(days=1)
    if store.exists(evidence_prefix(before) + "checkpoint") and not store.exists(evidence_prefix(before) + TOKEN):
        _try_witness(store, before, witness)
    return dataclasses.replace(snap, stamp=_try_witness(store, day, witness))


def _try_witness(store: ArchiveStore, day: dt.date, witness: Witness) -> Stamp | None:
    try:
        return witness_day(store, day, witness)
    except (TsaUnavailable, SnapshotError) as exc:
        log.warning("%s", exc)
        return None


def witness_day(store: ArchiveStore, day: dt.date, witness: Witness) -> Stamp:
    """The timestamp of the day's checkpoint, asked for and stored once (write-once, locked, like
    the evidence); one already stored is kept. Raises TsaUnavailable (retry) or SnapshotError."""
    prefix = evidence_prefix(day)
    note, _, _ = store.get(prefix + "checkpoint")
    again = f"run `veilstream evidence snapshot --date {day}` again to add it"
    if not store.exists(prefix + TOKEN):
        try:
            resp, stamp = witness.timestamp(note)
        except TsaUnavailable as exc:
            raise TsaUnavailable(f"{prefix} is signed but not timestamped: {exc}; {again}") from None
        except TimestampError as exc:
            raise SnapshotError(f"{prefix} is signed but not timestamped: {exc}; {again}") from None
        if store.put_new(prefix + TOKEN, resp, {}, "application/timestamp-reply") is not None:
            return stamp
    existing, _, _ = store.get(prefix + TOKEN)  # from an earlier or a concurrent run
    try:
        return check_response(existing, note, None)
    except TimestampError as exc:
        raise SnapshotError(f"{prefix}{TOKEN} exists but does not hold: {exc}") from None


def _sign(store: ArchiveStore, day: dt.date, signer: Signer) -> Snapshot:
    prefix = evidence_prefix(day)
    if store.exists(prefix + "checkpoint"):
        return Snapshot(day, load_manifest(store, day), written=False)
    earlier = [d for d in days_in(store, "evidence") if d < day and store.exists(evidence_prefix(d) + "checkpoint")]
    prev = None
    if earlier:
        if earlier[-1] != day - dt.timedelta(days=1):
            missing = earlier[-1] + dt.timedelta(days=1)
            raise SnapshotError(f"evidence for {missing} is missing: snapshot the days in order")
        prev = load_manifest(store, earlier[-1])
    elif any(d < day for d in days_in(store, "audit")):
        first = min(days_in(store, "audit"))
        raise SnapshotError(f"the archive starts on {first}: snapshot the days from there in order")
    manifest, problems = build_manifest(day, signer.name, read_day(store, day), prev)
    if problems:
        raise SnapshotError(f"refusing to sign {day}: " + "; ".join(problems[:5]))
    manifest["signing_key"] = verifier_key(signer.name, signer.public_key_bytes())
    report = render(manifest)
    manifest["report_sha256"] = hashlib.sha256(report).hexdigest()
    body = canonical(manifest)
    sig = base64.b64encode(signer.sign(body)) + b"\n"
    m = manifest["merkle"]
    note = sign_checkpoint(Checkpoint(signer.name, m["tree_size"], bytes.fromhex(m["root"])), signer)
    contents = {
        "report.html": (report, "text/html; charset=utf-8"),
        "manifest.json": (body, "application/json"),
        "manifest.sig": (sig, "text/plain"),
        "checkpoint": (note, "text/plain; charset=utf-8"),
    }
    for name in FILES:  # the checkpoint last: its presence closes the day
        data, ctype = contents[name]
        if store.put_new(prefix + name, data, {}, ctype) is None:
            try:
                existing, _, _ = store.get(prefix + name)
            except ObjectMissing:
                existing = None
            if existing != data:
                raise SnapshotError(f"{prefix}{name} exists with other content")
    return Snapshot(day, manifest, written=True)
