"""What a stream reads and writes on the wire, as its topology says.

Input (`format:`): `json`, `avro` (single-object encoding of RawEvent.avsc),
`registry` (Schema Registry wire format, Avro or JSON Schema), or `auto`,
which tells them apart by their first bytes: C3 01 is single-object, 00 is
the wire format, anything else is read as JSON text.

Output (`output_format:`): `single-object` (readable with the .avsc alone) or
`registry` (wire format; the ids are looked up once, at start, from the
schemas `topology deploy` registered, so a worker with unregistered schemas
refuses to start). The audit and vault topics stay single-object: they are
Veilstream's own, read by its sink and its restore API.

`confluent:tags` in the schemas are enforced here: a RawEvent field tagged
PII must be one the flow protects, and no output field may carry the tag.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Literal, Protocol

import fastavro

from pipeline import codecs
from pipeline.codecs import CodecError
from pipeline.registry import (
    RegisteredSchema,
    Registry,
    RegistryError,
    UnknownSchema,
    canonical,
    frame,
    is_framed,
    subject,
    unframe,
)

InputFormat = Literal["auto", "json", "avro", "registry"]
OutputFormat = Literal["single-object", "registry"]
OutputKey = Literal["record_id", "tenant", "subject"]

# The RawEvent fields the flow protects, and how. A field tagged PII that is not here would
# pass through unscanned, so the worker refuses to start (check_tags).
PROTECTED_FIELDS = {
    "text": "scanned by the detector; every finding is protected as the policy says",
    "subject_id": "never written anywhere: outputs carry its keyed HMAC (subject_ref)",
}
OUTPUT_SCHEMAS = ("ProtectedRecord", "StoredRecord", "DeadLetter", "AuditEvent")
TRACEPARENT = re.compile(rb"[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}")
MAX_HEADER_BYTES = 512
Headers = tuple[tuple[str, bytes | None], ...]


def payload_kind(payload: bytes) -> Literal["avro", "registry", "json"]:
    if codecs.is_avro(payload):
        return "avro"
    if is_framed(payload):
        return "registry"
    return "json"


def check_tags() -> list[str]:
    """Problems with the `confluent:tags` of schemas/*.avsc (empty when the tags hold)."""
    problems = [
        f"RawEvent.{f} is tagged PII but the flow does not protect it (protected: {sorted(PROTECTED_FIELDS)})"
        for f in codecs.schema("RawEvent").tagged("PII")
        if f not in PROTECTED_FIELDS
    ]
    for name in OUTPUT_SCHEMAS:
        problems += [f"{name}.{f} is tagged PII: outputs carry no clear PII" for f in codecs.schema(name).tagged("PII")]
    return problems


@cache
def _writer(schema_str: str) -> Any:
    return fastavro.parse_schema(json.loads(schema_str))


def _registered(registry: Registry | None, schema_id: int) -> RegisteredSchema:
    """The registry's schema SCHEMA_ID; a CodecError when there is no registry or no such schema."""
    if registry is None:
        raise CodecError("no_schema_registry", "Schema Registry wire format, but no registry is configured")
    try:
        return registry.by_id(schema_id)
    except UnknownSchema:
        raise CodecError("unknown_schema", f"schema id {schema_id} is not in the registry") from None


def read_registry_payload(payload: bytes, registry: Registry | None, name: str = "RawEvent") -> dict[str, Any] | bytes:
    """A wire-format payload as a dict (Avro, read as our schema NAME) or the JSON text (JSON Schema).

    A bad record is a CodecError with a reason code; an unreachable registry is a
    RegistryError, which stops the worker (fail closed) rather than dead-lettering.
    """
    schema_id, body = unframe(payload)
    registered = _registered(registry, schema_id)
    if registered.schema_type == "JSON":
        return body
    if registered.schema_type != "AVRO":
        raise CodecError("unsupported_schema", f"schema id {schema_id} is {registered.schema_type}; Avro or JSON only")
    try:
        writer = _writer(registered.schema_str)
    except Exception as exc:  # noqa: BLE001 - fastavro raises many types on a schema it cannot parse
        raise CodecError("unsupported_schema", f"schema id {schema_id} does not parse: {type(exc).__name__}") from None
    return codecs.decode_body(name, body, writer)


def decode_output(payload: bytes, registry: Registry | None = None) -> tuple[str, dict[str, Any]]:
    """Any output record of ours, single-object or wire format (for tail, scans and tests)."""
    if not is_framed(payload):
        return codecs.decode_any(payload)
    schema_id, _ = unframe(payload)
    registered = _registered(registry, schema_id)
    name = json.loads(registered.schema_str).get("name", "")
    if name not in codecs.SCHEMA_NAMES:
        raise CodecError("unknown_schema", f"schema id {schema_id} is {name or 'unnamed'}, not one of ours")
    record = read_registry_payload(payload, registry, name)
    return name, record if isinstance(record, dict) else json.loads(record)


def decode_own(name: str, payload: bytes) -> dict[str, Any]:
    """An output this worker just encoded, in either output format: the wire format's body was
    written with our own schema NAME, so no registry lookup is needed (canary checks)."""
    if is_framed(payload):
        return codecs.decode_body(name, unframe(payload)[1], codecs.schema(name).parsed)
    return codecs.decode(name, payload)


# --- output -------------------------------------------------------------------------------------


class Encoder(Protocol):
    def encode(self, topic: str, schema_name: str, record: dict[str, Any]) -> bytes: ...


class SingleObject:
    def encode(self, topic: str, schema_name: str, record: dict[str, Any]) -> bytes:
        return codecs.encode(schema_name, record)


class RegistryWire:
    """Wire format with ids resolved up front: no registry call per record."""

    def __init__(self, ids: dict[tuple[str, str], int]):
        self.ids = ids

    @classmethod
    def resolve(cls, registry: Registry, outputs: Iterable[tuple[str, str]]) -> RegistryWire:
        ids: dict[tuple[str, str], int] = {}
        for topic, name in outputs:
            try:
                ids[(topic, name)] = registry.lookup(subject(topic), schema_text(name)).schema_id
            except UnknownSchema:
                raise RegistryError(
                    f"{subject(topic)} has no {name} schema registered: run `veilstream topology deploy` first"
                ) from None
        return cls(ids)

    def encode(self, topic: str, schema_name: str, record: dict[str, Any]) -> bytes:
        return frame(self.ids[(topic, schema_name)], codecs.encode_body(schema_name, record))


def schema_text(name: str) -> str:
    return canonical(codecs.schema(name).raw)


def registry_outputs(stream: Any) -> list[tuple[str, str]]:
    """(topic, schema) of every output a stream writes in its output format (a StreamSpec)."""
    return [
        (stream.ai, "ProtectedRecord"),
        (stream.store, "StoredRecord"),
        (stream.quarantine, "StoredRecord"),
        (stream.dlq, "DeadLetter"),
    ]


@dataclass(frozen=True)
class StreamCodec:
    """How one stream meets the wire: input format, output encoding, output key, headers kept."""

    input_format: InputFormat = "auto"
    registry: Registry | None = None
    encoder: Encoder = field(default_factory=SingleObject)
    key: OutputKey = "record_id"
    pass_headers: tuple[str, ...] = ("traceparent", "tracestate")

    def headers(self, incoming: Iterable[tuple[str, bytes | None]]) -> tuple[tuple[str, bytes], ...]:
        """The input headers an output carries: only those named, short, and a traceparent only when well formed."""
        out = []
        for name, value in incoming:
            if name not in self.pass_headers or value is None or len(value) > MAX_HEADER_BYTES:
                continue
            if name == "traceparent" and not TRACEPARENT.fullmatch(value):
                continue
            out.append((name, value))
        return tuple(out)


def header_pairs(headers: Mapping[str, bytes | None] | Iterable[tuple[str, bytes | None]] | None) -> Headers:
    """Kafka headers as (name, value) pairs, from a mapping or a list of pairs."""
    items = headers.items() if isinstance(headers, Mapping) else (headers or ())
    return tuple((str(k), v) for k, v in items)


def stream_codec(stream: Any, registry: Registry | None) -> StreamCodec:
    """The codec a worker uses for STREAM (a StreamSpec): checks the schema tags and resolves
    registry ids, so a misconfiguration stops the worker before it joins the group."""
    problems = check_tags()
    if problems:
        raise ValueError("schemas/*.avsc: " + "; ".join(problems))
    if stream.format == "registry" and registry is None:
        raise RegistryError(f"stream {stream.name} reads the registry format: set VEILSTREAM_SCHEMA_REGISTRY_URL")
    encoder: Encoder = SingleObject()
    if stream.output_format == "registry":
        if registry is None:
            raise RegistryError(f"stream {stream.name} writes the registry format: set VEILSTREAM_SCHEMA_REGISTRY_URL")
        encoder = RegistryWire.resolve(registry, registry_outputs(stream))
    return StreamCodec(stream.format, registry, encoder, stream.key, tuple(stream.pass_headers))
