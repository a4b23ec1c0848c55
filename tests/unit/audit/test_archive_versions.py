"""An object archived under an older archive-record schema still verifies after fields were added."""

from __future__ import annotations

import hashlib
import io

import fastavro

from pipeline.audit.archive import GENESIS, check_chain, read_object, record_hash
from pipeline.codecs import schema

ADDED_SINCE = 3  # fields appended after the oldest schema still in the archive (classification, model score, model)


def old_object(n: int) -> bytes:
    """What the sink wrote before the last fields existed: that schema, its own hashes."""
    raw = schema("AuditArchiveRecord").raw
    kept = [f for f in raw["fields"] if f["name"] not in ("prev_hash", "record_hash")][:-ADDED_SINCE]
    old = fastavro.parse_schema({**raw, "fields": [*kept, *raw["fields"][-2:]]})
    prev, records = GENESIS, []
    for i in range(n):
        rec = {f["name"]: f.get("default") for f in kept}
        rec |= {
            "kafka_topic": "audit.events",
            "kafka_partition": 0,
            "kafka_offset": i,
            "kafka_timestamp": 1,
            "audit_id": f"a{i}",
            "kind": "decision",
            "occurred_at": 1,
            "tenant": "acme",
            "stream": "s",
            "outcome": "protected",
            "prev_hash": prev,
            "record_hash": "",
        }
        buf = io.BytesIO()
        fastavro.schemaless_writer(buf, old, rec)
        rec["record_hash"] = prev = hashlib.sha256(buf.getvalue()).hexdigest()
        records.append(rec)
    out = io.BytesIO()
    fastavro.writer(out, old, records)
    return out.getvalue()


def test_old_objects_reverify_and_new_fields_change_the_hash():
    _, records = read_object(old_object(3))
    assert "classification" not in records[0]
    assert check_chain(records, GENESIS, 0) == []
    tampered = [{**records[0], "tenant": "globex"}, *records[1:]]
    assert check_chain(tampered, GENESIS, 0)
    assert record_hash({**records[0], "classification": ""}) != record_hash(records[0])
