"""Schema Registry: the Confluent wire format in and out, and output schemas as a contract.

Wire format: magic byte 0, the schema id (4 bytes, big-endian), then the
body: Avro binary for AVRO schemas, UTF-8 JSON for JSON Schema. Subjects
follow the TopicNameStrategy (`<topic>-value`), which Kafka Connect, ksqlDB
and Flink expect by default.

The registry is reached through `confluent_kafka.schema_registry` behind the
small `Registry` protocol, so stages take plain values and tests use the
in-memory `mock://` client. One client per URL per process (`open_registry`):
a `mock://` registry is only shared by code that asks for the same URL.
"""

from __future__ import annotations

import json
import struct
from dataclasses import dataclass
from functools import cache
from typing import Any, Literal, Protocol

from pipeline.errors import ServiceUnavailable
from pipeline.settings import Settings

MAGIC = b"\x00"
Compatibility = Literal["BACKWARD", "BACKWARD_TRANSITIVE", "FORWARD", "FORWARD_TRANSITIVE", "FULL", "NONE"]


class RegistryError(ServiceUnavailable):
    """The registry is unreachable or refused a request: infrastructure, not a bad record."""


class UnknownSchema(LookupError):
    """A schema id, or a schema under a subject, that the registry does not have."""


@dataclass(frozen=True)
class RegisteredSchema:
    schema_id: int
    schema_type: str  # AVRO | JSON | PROTOBUF
    schema_str: str
    version: int | None = None


class Registry(Protocol):
    def by_id(self, schema_id: int) -> RegisteredSchema: ...

    def lookup(self, subject: str, schema_str: str, schema_type: str = "AVRO") -> RegisteredSchema: ...

    def register(self, subject: str, schema_str: str, schema_type: str = "AVRO") -> int: ...

    def versions(self, subject: str) -> list[RegisteredSchema]: ...


class ConfluentRegistry:
    """`Registry` over confluent-kafka's client (HTTP, or in-memory for `mock://`)."""

    def __init__(self, client: Any):
        self._client = client
        self._by_id: dict[int, RegisteredSchema] = {}

    @property
    def client(self) -> Any:
        """The confluent-kafka client, for Confluent's own serializers (tests, the producer helper)."""
        return self._client

    def _call(self, what: str, fn: Any, *args: Any) -> Any:
        from confluent_kafka.schema_registry.error import SchemaRegistryError

        try:
            return fn(*args)
        except SchemaRegistryError as exc:
            if exc.http_status_code == 404:
                raise UnknownSchema(f"{what}: not in the registry") from None
            raise RegistryError(f"{what}: the registry answered {exc.http_status_code} {exc.error_message}") from None
        except Exception as exc:  # noqa: BLE001 - connection errors of requests/httpx: say which call failed
            raise RegistryError(f"{what}: {type(exc).__name__}: {exc}") from None

    def by_id(self, schema_id: int) -> RegisteredSchema:
        if schema_id not in self._by_id:  # a schema id never changes meaning: cache for good
            s = self._call(f"schema id {schema_id}", self._client.get_schema, schema_id)
            self._by_id[schema_id] = RegisteredSchema(schema_id, s.schema_type or "AVRO", s.schema_str)
        return self._by_id[schema_id]

    def lookup(self, subject: str, schema_str: str, schema_type: str = "AVRO") -> RegisteredSchema:
        from confluent_kafka.schema_registry import Schema

        r = self._call(f"subject {subject}", self._client.lookup_schema, subject, Schema(schema_str, schema_type))
        return RegisteredSchema(r.schema_id, schema_type, schema_str, r.version)

    def register(self, subject: str, schema_str: str, schema_type: str = "AVRO") -> int:
        from confluent_kafka.schema_registry import Schema

        return int(
            self._call(f"register {subject}", self._client.register_schema, subject, Schema(schema_str, schema_type))
        )

    def versions(self, subject: str) -> list[RegisteredSchema]:
        try:
            numbers = self._call(f"subject {subject}", self._client.get_versions, subject)
        except UnknownSchema:
            return []
        out = []
        for n in sorted(numbers):
            r = self._call(f"subject {subject} version {n}", self._client.get_version, subject, n)
            out.append(RegisteredSchema(r.schema_id, r.schema.schema_type or "AVRO", r.schema.schema_str, r.version))
        return out


@cache
def _client(url: str, auth: str) -> ConfluentRegistry:
    from confluent_kafka.schema_registry import SchemaRegistryClient

    conf: dict[str, str] = {"url": url}
    if auth:
        conf["basic.auth.user.info"] = auth
    return ConfluentRegistry(SchemaRegistryClient.new_client(conf))


def open_registry(settings: Settings) -> ConfluentRegistry | None:
    """The configured registry (VEILSTREAM_SCHEMA_REGISTRY_URL), or None when there is none."""
    if not settings.schema_registry_url:
        return None
    return _client(settings.schema_registry_url, settings.schema_registry_auth.get_secret_value())


def subject(topic: str) -> str:
    return f"{topic}-value"


def frame(schema_id: int, body: bytes) -> bytes:
    return MAGIC + struct.pack(">I", schema_id) + body


def unframe(payload: bytes) -> tuple[int, bytes]:
    """(schema id, body) of a wire-format payload; ValueError when it is not one."""
    if len(payload) < 5 or payload[:1] != MAGIC:
        raise ValueError("not the Schema Registry wire format (magic byte 0 and a 4-byte schema id)")
    return struct.unpack(">I", payload[1:5])[0], payload[5:]


def is_framed(payload: bytes) -> bool:
    return len(payload) >= 5 and payload[:1] == MAGIC


def canonical(schema: dict[str, Any]) -> str:
    """The schema text we register and look up: the .avsc as compact JSON, tags and docs kept."""
    return json.dumps(schema, separators=(",", ":"), sort_keys=True)


# --- compatibility (Avro schema resolution, checked without the registry) -----------------------

_PROMOTIONS = {
    "int": {"int", "long", "float", "double"},
    "long": {"long", "float", "double"},
    "float": {"float", "double"},
    "string": {"string", "bytes"},
    "bytes": {"bytes", "string"},
}


def compatibility_problems(new: dict[str, Any], versions: list[dict[str, Any]], level: Compatibility) -> list[str]:
    """Why NEW may not follow VERSIONS (oldest first) under LEVEL; empty when it may.

    BACKWARD: readers of NEW read what was written with the latest version;
    FORWARD: readers of the latest version read what NEW writes; FULL: both.
    *_TRANSITIVE: against every version, not only the latest.
    """
    if level == "NONE" or not versions:
        return []
    against = versions if level.endswith("_TRANSITIVE") else versions[-1:]
    problems: list[str] = []
    for i, old in enumerate(against):
        label = f"version {len(versions) - len(against) + i + 1}"
        if level.startswith(("BACKWARD", "FULL")):
            problems += [f"{label} -> new: {p}" for p in _readable(new, old, "", {}, {})]
        if level.startswith(("FORWARD", "FULL")):
            problems += [f"new -> {label}: {p}" for p in _readable(old, new, "", {}, {})]
    return problems


def _named(schema: Any, names: dict[str, Any]) -> Any:
    """Resolve a reference to a named type seen earlier; remember named types as they pass."""
    if isinstance(schema, str) and schema in names:
        return names[schema]
    if isinstance(schema, dict) and schema.get("type") in ("record", "enum", "fixed"):
        names[schema["name"]] = schema
        if "namespace" in schema:
            names[f"{schema['namespace']}.{schema['name']}"] = schema
    return schema


def _kind(schema: Any) -> str:
    if isinstance(schema, list):
        return "union"
    if isinstance(schema, dict):
        t = schema["type"]
        return t if isinstance(t, str) else _kind(t)
    return str(schema)


def _readable(reader: Any, writer: Any, path: str, rnames: dict[str, Any], wnames: dict[str, Any]) -> list[str]:
    """Problems a reader with schema READER has with data written with WRITER."""
    reader, writer = _named(reader, rnames), _named(writer, wnames)
    rk, wk = _kind(reader), _kind(writer)
    where = path or "the record"
    if wk == "union":
        out: list[str] = []
        for branch in writer:
            out += _readable(reader, branch, path, rnames, wnames)
        return out
    if rk == "union":
        if any(not _readable(branch, writer, path, dict(rnames), dict(wnames)) for branch in reader):
            return []
        return [f"{where}: no branch of the reader's union reads the writer's {wk}"]
    if isinstance(reader, dict) and not isinstance(reader.get("type"), str):
        return _readable(reader["type"], writer, path, rnames, wnames)
    if isinstance(writer, dict) and not isinstance(writer.get("type"), str):
        return _readable(reader, writer["type"], path, rnames, wnames)
    if rk != wk and rk not in _PROMOTIONS.get(wk, set()):
        return [f"{where}: a {wk} cannot be read as {rk}"]
    if rk == "record":
        out = []
        wfields = {f["name"]: f for f in writer["fields"]}
        for f in reader["fields"]:
            names = [f["name"], *f.get("aliases", [])]
            match = next((wfields[n] for n in names if n in wfields), None)
            if match is None:
                if "default" not in f:
                    out.append(f"{path}{f['name']}: new field without a default")
                continue
            out += _readable(f["type"], match["type"], f"{path}{f['name']}.", rnames, wnames)
        return out
    if rk == "enum":
        if "default" in reader:
            return []
        missing = sorted(set(writer["symbols"]) - set(reader["symbols"]))
        return [f"{where}: enum symbols {missing} cannot be read"] if missing else []
    if rk == "array":
        return _readable(reader["items"], writer["items"], path, rnames, wnames)
    if rk == "map":
        return _readable(reader["values"], writer["values"], path, rnames, wnames)
    if rk == "fixed" and reader["size"] != writer["size"]:
        return [f"{where}: fixed size {writer['size']} cannot be read as {reader['size']}"]
    return []
