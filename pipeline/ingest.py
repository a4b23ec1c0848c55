"""Ingest: bytes from raw.<stream> -> a valid RawEvent, or a reason code.

Accepts JSON objects, Avro single-object encoding of schemas/RawEvent.avsc, and
the Schema Registry wire format (Avro or JSON Schema), as the stream's format says.
Errors name fields and limits only: never a value from the payload.
"""

from __future__ import annotations

import json
import re
from collections.abc import Collection
from typing import TYPE_CHECKING, Any

from pipeline.codecs import CodecError, decode
from pipeline.formats import payload_kind, read_registry_payload
from pipeline.records import RawEvent

if TYPE_CHECKING:
    from pipeline.registry import Registry

REQUIRED = ("event_id", "tenant", "source", "text", "produced_at")
MAX_ID_CHARS = 200
# event_id and source reach ai.*, the vault key and the audit trail unscanned: letters, digits
# and a few separators only (no spaces, no "@", no "/"), so they cannot carry free text.
MAX_EPOCH_MS = 253_402_300_799_999  # 9999-12-31: an Avro long, and a date every stage can format
SAFE_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._:-]{0,199}")


class IngestError(CodecError):
    """Same shape as CodecError: a reason code for the DLQ and a safe detail."""


def decode_raw(
    payload: bytes,
    *,
    max_bytes: int,
    tenants: Collection[str],
    format: str = "auto",
    registry: Registry | None = None,
    require_subject_id: bool = False,
) -> RawEvent:
    if len(payload) > max_bytes:
        raise IngestError("oversize", f"{len(payload)} bytes exceeds the limit of {max_bytes}")
    if not payload:
        raise IngestError("empty", "the message has no value")
    kind = payload_kind(payload)
    if format != "auto" and kind != format:
        raise IngestError("wrong_format", f"the stream reads {format}; this payload looks like {kind}")
    try:
        if kind == "avro":
            data = decode("RawEvent", payload)
        elif kind == "registry":
            body = read_registry_payload(payload, registry)
            data = body if isinstance(body, dict) else _parse_json(body)
        else:
            data = _parse_json(payload)
    except CodecError as exc:
        raise IngestError(exc.reason_code, exc.detail) from None
    event = validate(data, tenants=tenants)
    if require_subject_id and not event.subject_id:
        raise IngestError("missing_subject_id", "this stream is erasable: every event must name its subject_id")
    return event


def _parse_json(payload: bytes) -> dict[str, Any]:
    try:
        data = json.loads(payload)
    except UnicodeDecodeError:
        raise IngestError("malformed_json", "not UTF-8 text and not Avro") from None
    except json.JSONDecodeError as exc:
        raise IngestError("malformed_json", f"{exc.msg} at line {exc.lineno} column {exc.colno}") from None
    except RecursionError:
        raise IngestError("malformed_json", "nesting too deep") from None
    except ValueError:  # a number longer than Python's int-conversion limit
        raise IngestError("malformed_json", "a number has too many digits") from None
    if not isinstance(data, dict):
        raise IngestError("malformed_json", f"expected a JSON object, got {type(data).__name__}")
    return data


def validate(data: dict[str, Any], *, tenants: Collection[str]) -> RawEvent:
    missing = [f for f in REQUIRED if data.get(f) in (None, "")]
    if missing:
        raise IngestError("missing_field", f"required field(s) missing: {', '.join(missing)}")
    for name in ("event_id", "tenant", "source", "text"):
        if not isinstance(data[name], str):
            raise IngestError("invalid_field", f"{name} must be a string")
        if not _is_unicode(data[name]):
            raise IngestError("invalid_field", f"{name} is not valid Unicode (a lone surrogate)")
    for name in ("event_id", "tenant", "source"):
        if len(data[name]) > MAX_ID_CHARS:
            raise IngestError("invalid_field", f"{name} longer than {MAX_ID_CHARS} characters")
    for name in ("event_id", "source"):
        if not SAFE_ID.fullmatch(data[name]):
            raise IngestError("invalid_id", f"{name} may hold only letters, digits and . _ : - (no spaces)")
    produced_at = data["produced_at"]
    if isinstance(produced_at, bool) or not isinstance(produced_at, int) or not 0 <= produced_at <= MAX_EPOCH_MS:
        raise IngestError("invalid_field", "produced_at must be epoch milliseconds (0 to the year 9999)")
    subject = data.get("subject_id")
    if subject is not None and (
        not isinstance(subject, str) or len(subject) > MAX_ID_CHARS or not _is_unicode(subject)
    ):
        raise IngestError("invalid_field", "subject_id must be a string of at most 200 characters")
    attributes = data.get("attributes") or {}
    if not isinstance(attributes, dict) or not all(
        isinstance(k, str) and isinstance(v, str) and _is_unicode(k) and _is_unicode(v) for k, v in attributes.items()
    ):
        raise IngestError("invalid_field", "attributes must map strings to strings")
    if data["tenant"] not in tenants:
        raise IngestError("unknown_tenant", "tenant is not declared by the topology")
    return RawEvent(
        event_id=data["event_id"],
        tenant=data["tenant"],
        source=data["source"],
        text=data["text"],
        produced_at=produced_at,
        subject_id=subject,
        attributes=attributes,
    )


def _is_unicode(text: str) -> bool:
    """JSON escapes can carry lone surrogates, which no later stage can encode."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
