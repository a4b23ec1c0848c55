"""Inclusion proofs: one decision (audit id) against a day's signed Merkle root.

A proof is a JSON document an auditor can check with the public key alone:
the archived record (its fields and record_hash), the archive object that
holds it (key, sha256, size: the Merkle leaf), the leaf's index, the RFC 6962
inclusion path, the tree size and root, and the day's signed checkpoint.
With the object itself (`--archive` or the bucket), verification also checks
that the object hashes to the leaf and holds the record.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any

from pipeline.audit.archive import ArchiveError, day_prefix, days_in, evidence_prefix, read_object, record_hash
from pipeline.audit.reader import ArchiveReader, ObjectMissing
from pipeline.evidence.checkpoint import NoteError, verify_checkpoint
from pipeline.evidence.merkle import CompactRange, inclusion_proof_from_range, leaf_hash, verify_inclusion
from pipeline.evidence.snapshot import leaf_data, load_manifest
from pipeline.evidence.verify import Failure, TrustedKey

FORMAT = "veilstream-inclusion-proof/1"


class NotFound(LookupError):
    """No archived record with that audit id (on that day), or its day has no evidence yet."""


def find_record(store: ArchiveReader, audit_id: str, day: dt.date | None = None) -> tuple[dt.date, str, dict[str, Any]]:
    """(day, object key, record) of the archived record with AUDIT_ID, newest day first."""
    for d in [day] if day else reversed(days_in(store, "audit")):
        for obj in store.list(day_prefix("audit", d)):
            body, _, _ = store.get(obj.key)
            for rec in read_object(body)[1]:
                if rec["audit_id"] == audit_id:
                    return d, obj.key, rec
    raise NotFound(f"no archived record with audit id {audit_id}" + (f" on {day}" if day else ""))


def prove(store: ArchiveReader, audit_id: str, day: dt.date | None = None) -> dict[str, Any]:
    d, key, record = find_record(store, audit_id, day)
    try:
        manifest = load_manifest(store, d)
        note, _, _ = store.get(evidence_prefix(d) + "checkpoint")
    except ObjectMissing:
        raise NotFound(f"{d} has no signed evidence yet: run `veilstream evidence snapshot --date {d}`") from None
    prev = manifest["previous"]
    old = CompactRange()
    if prev["date"]:
        before = load_manifest(store, dt.date.fromisoformat(prev["date"]))["merkle"]
        old = CompactRange(before["tree_size"], [bytes.fromhex(h) for h in before["frontier"]])
    entries = manifest["objects"]
    position = next(i for i, e in enumerate(entries) if e["key"] == key)
    leaves = [leaf_hash(leaf_data(e)) for e in entries]
    index = old.size + position
    return {
        "format": FORMAT,
        "audit_id": audit_id,
        "date": d.isoformat(),
        "record": record,
        "object": {k: entries[position][k] for k in ("key", "sha256", "size")},
        "leaf_index": index,
        "tree_size": manifest["merkle"]["tree_size"],
        "root": manifest["merkle"]["root"],
        "inclusion_path": [h.hex() for h in inclusion_proof_from_range(old, leaves, index)],
        "checkpoint": note.decode(),
    }


def verify_proof(doc: dict[str, Any], key: TrustedKey, store: ArchiveReader | None = None) -> list[Failure]:
    """Why DOC does not prove its record is in the signed log; empty when it does."""
    what = f"proof of {doc.get('audit_id')}"
    try:
        cp = verify_checkpoint(doc["checkpoint"].encode(), key.name, key.public_key)
    except (NoteError, KeyError) as exc:
        return [Failure(what, f"checkpoint: {exc}")]
    if (cp.size, cp.root.hex()) != (doc["tree_size"], doc["root"]):
        return [Failure(what, "tree size or root differs from the signed checkpoint")]
    record = doc["record"]
    failures = []
    if record.get("audit_id") != doc["audit_id"] or record_hash(record) != record.get("record_hash"):
        failures.append(Failure(what, "the record does not hash to its record_hash"))
    leaf = leaf_hash(leaf_data(doc["object"]))
    path = [bytes.fromhex(h) for h in doc["inclusion_path"]]
    if not verify_inclusion(doc["leaf_index"], doc["tree_size"], leaf, path, cp.root):
        failures.append(Failure(what, "the inclusion path does not lead to the signed root"))
    if store is not None:
        failures += _check_object(store, doc, what)
    return failures


def _check_object(store: ArchiveReader, doc: dict[str, Any], what: str) -> list[Failure]:
    obj = doc["object"]
    try:
        body, _, _ = store.get(obj["key"])
    except ObjectMissing:
        return [Failure(obj["key"], "missing")]
    if (hashlib.sha256(body).hexdigest(), len(body)) != (obj["sha256"], obj["size"]):
        return [Failure(obj["key"], "does not hash to the proof's leaf")]
    try:
        records = read_object(body)[1]
    except ArchiveError as exc:
        return [Failure(obj["key"], str(exc))]
    if not any(json.dumps(r, sort_keys=True) == json.dumps(doc["record"], sort_keys=True) for r in records):
        return [Failure(what, f"{obj['key']} does not hold the record")]
    return []
