"""Avro and JSON encoding against schemas/*.avsc.

Outputs are Avro single-object encoding (marker C3 01, the schema's
CRC-64-AVRO fingerprint, then the binary body), so a consumer needs only the
.avsc file, no registry. Records convert to and from plain dicts here.
"""

from __future__ import annotations

import dataclasses
import io
import json
import struct
from functools import cache
from typing import Any

import fastavro
from fastavro.schema import fingerprint as avro_fingerprint
from fastavro.schema import to_parsing_canonical_form

from pipeline.records import (
    AuditEvent,
    DeadLetter,
    Offset,
    ProtectedRecord,
    ProtectedValue,
    RawEvent,
    StoredRecord,
)
from pipeline.shipped import shipped

# The wire format ships with the code: not a setting.
SCHEMAS_DIR = shipped("schemas")
SINGLE_OBJECT_MARKER = b"\xc3\x01"
SCHEMA_NAMES = ("RawEvent", "ProtectedRecord", "StoredRecord", "DeadLetter", "AuditEvent")


class CodecError(ValueError):
    """A payload that does not decode. `reason_code` is what the DLQ records."""

    def __init__(self, reason_code: str, detail: str):
        super().__init__(f"{reason_code}: {detail}")
        self.reason_code = reason_code
        self.detail = detail


@dataclasses.dataclass(frozen=True)
class Schema:
    name: str
    parsed: Any
    fingerprint: bytes  # 8 bytes, little-endian as the spec writes it
    raw: dict[str, Any] = dataclasses.field(default_factory=dict)  # the .avsc as written (docs, tags)

    def tagged(self, tag: str) -> list[str]:
        """Top-level fields that carry TAG in `confluent:tags` (what formats.check_tags enforces)."""
        return [f["name"] for f in self.raw.get("fields", []) if tag in f.get("confluent:tags", ())]


@cache
def schema(name: str) -> Schema:
    raw = json.loads((SCHEMAS_DIR / f"{name}.avsc").read_text())
    parsed = fastavro.parse_schema(raw)
    fp = int(avro_fingerprint(to_parsing_canonical_form(parsed), "CRC-64-AVRO"), 16)
    return Schema(name=name, parsed=parsed, fingerprint=struct.pack("<Q", fp), raw=raw)


@cache
def previous_schemas(name: str) -> dict[bytes, Any]:
    """Earlier versions of a schema (schemas/previous/<name>.<n>.avsc), by fingerprint.

    A payload an older worker wrote still decodes: Avro schema resolution
    reads it with the current schema, and the fields added since take their
    defaults.
    """
    out: dict[bytes, Any] = {}
    for path in sorted((SCHEMAS_DIR / "previous").glob(f"{name}.*.avsc")):
        parsed = fastavro.parse_schema(json.loads(path.read_text()))
        fp = int(avro_fingerprint(to_parsing_canonical_form(parsed), "CRC-64-AVRO"), 16)
        out[struct.pack("<Q", fp)] = parsed
    return out


def encode(name: str, record: dict[str, Any]) -> bytes:
    sch = schema(name)
    return SINGLE_OBJECT_MARKER + sch.fingerprint + encode_body(name, record)


def encode_body(name: str, record: dict[str, Any]) -> bytes:
    """The Avro binary body alone (what the Schema Registry wire format frames)."""
    buf = io.BytesIO()
    fastavro.schemaless_writer(buf, schema(name).parsed, record)
    return buf.getvalue()


def decode(name: str, payload: bytes) -> dict[str, Any]:
    sch = schema(name)
    if payload[:2] != SINGLE_OBJECT_MARKER:
        raise CodecError("invalid_avro", "missing the Avro single-object marker")
    writer = sch.parsed if payload[2:10] == sch.fingerprint else previous_schemas(name).get(payload[2:10])
    if writer is None:
        raise CodecError("invalid_avro", f"schema fingerprint is not {name}'s")
    return decode_body(name, payload[10:], writer)


def decode_body(name: str, body: bytes, writer: Any) -> dict[str, Any]:
    """An Avro binary body written with WRITER (a parsed schema), read as our schema NAME."""
    buf = io.BytesIO(body)
    reader = schema(name).parsed
    try:
        record = fastavro.schemaless_reader(buf, writer, None if writer is reader else reader)
    except Exception as exc:  # noqa: BLE001 - fastavro raises many types on truncated input
        raise CodecError("invalid_avro", f"body does not match {name}: {type(exc).__name__}") from None
    if buf.tell() != len(body):
        raise CodecError("invalid_avro", "trailing bytes after the record")
    if not isinstance(record, dict):  # every schema of ours is a record
        raise CodecError("invalid_avro", f"{name} did not decode to a record")
    return record


def is_avro(payload: bytes) -> bool:
    return payload[:2] == SINGLE_OBJECT_MARKER


def decode_any(payload: bytes) -> tuple[str, dict[str, Any]]:
    """Decode an output record of any of our schemas (for tail and tests)."""
    for name in SCHEMA_NAMES:
        if payload[2:10] == schema(name).fingerprint or payload[2:10] in previous_schemas(name):
            return name, decode(name, payload)
    raise CodecError("invalid_avro", "fingerprint matches none of schemas/*.avsc")


# --- records <-> dicts -------------------------------------------------------


def raw_event_to_dict(e: RawEvent) -> dict[str, Any]:
    return dataclasses.asdict(e)


def protected_to_dict(r: ProtectedRecord) -> dict[str, Any]:
    return dataclasses.asdict(r)


def _value_to_dict(v: ProtectedValue) -> dict[str, Any]:
    return {"token": v.token, "entity_type": v.entity_type, "ciphertext": v.ciphertext, "key_id": v.key_id}


def stored_to_dict(r: StoredRecord) -> dict[str, Any]:
    d = dataclasses.asdict(r)
    d["values"] = [_value_to_dict(v) for v in r.values]
    return d


def stored_from_dict(d: dict[str, Any]) -> StoredRecord:
    values = tuple(ProtectedValue(**v) for v in d["values"])
    return StoredRecord(**{**d, "values": values})


def dead_letter_to_dict(d: DeadLetter) -> dict[str, Any]:
    return {
        "record_id": d.record_id,
        "event_id": d.event_id,
        "source_topic": d.source.topic,
        "source_partition": d.source.partition,
        "source_offset": d.source.offset,
        "reason_code": d.reason_code,
        "reason_detail": d.reason_detail,
        "payload_ciphertext": d.payload_ciphertext,
        "key_id": d.key_id,
        "received_at": d.received_at,
        "classification": d.classification,
    }


def audit_to_dict(a: AuditEvent) -> dict[str, Any]:
    d = dataclasses.asdict(a)
    src = d.pop("source")
    d["source_topic"] = src["topic"] if src else None
    d["source_partition"] = src["partition"] if src else None
    d["source_offset"] = src["offset"] if src else None
    d["injection_rules"] = list(a.injection_rules)
    d["key_ids"] = list(a.key_ids)
    d["outputs"] = list(a.outputs)
    return d


def audit_from_dict(d: dict[str, Any]) -> AuditEvent:
    d = dict(d)
    topic, part, off = d.pop("source_topic"), d.pop("source_partition"), d.pop("source_offset")
    source = Offset(topic, part, off) if topic is not None else None
    for k in ("injection_rules", "key_ids", "outputs"):
        d[k] = tuple(d.get(k) or ())
    known = {f.name for f in dataclasses.fields(AuditEvent)}
    return AuditEvent(source=source, **{k: v for k, v in d.items() if k in known})


def encode_audit(a: AuditEvent) -> bytes:
    return encode("AuditEvent", audit_to_dict(a))


def decode_audit(payload: bytes) -> AuditEvent:
    return audit_from_dict(decode("AuditEvent", payload))
