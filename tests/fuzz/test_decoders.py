"""Fuzzing the input decoders: whatever bytes arrive on raw.<stream>, the
answer is a RawEvent or an IngestError with a known reason code (the DLQ
route), never another exception and never a hang. Anything else would stop
the worker on every restart: a poison pill.
"""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from pipeline import codecs
from pipeline.codecs import CodecError
from pipeline.ingest import IngestError, decode_raw
from pipeline.records import RawEvent

TENANTS = ("acme", "globex")
MAX_BYTES = 64 * 1024
REASONS = {
    "oversize",
    "empty",
    "malformed_json",
    "invalid_avro",
    "missing_field",
    "invalid_field",
    "invalid_id",
    "missing_subject_id",
    "unknown_tenant",
    "no_schema_registry",
    "unknown_schema",
    "unsupported_schema",
    "wrong_format",
}
# The deadline catches a runaway input; it is generous because CI machines are busy.
FUZZ = settings(max_examples=300, deadline=timedelta(seconds=30), suppress_health_check=[HealthCheck.too_slow])

GOOD = {
    "event_id": "e-1",
    "tenant": "acme",
    "source": "helpdesk",
    "produced_at": 1_700_000_000_000,
    "text": "Call Maria at +1 212-555-0100",
    "subject_id": "cust-1",
    "attributes": {"channel": "email"},
}
AVRO = codecs.encode("RawEvent", GOOD)
AVRO_HEAD = codecs.SINGLE_OBJECT_MARKER + codecs.schema("RawEvent").fingerprint


def check_raw(payload: bytes, registry=None) -> None:
    """The decoder's contract, for any payload."""
    try:
        event = decode_raw(payload, max_bytes=MAX_BYTES, tenants=TENANTS, registry=registry)
    except IngestError as err:
        assert err.reason_code in REASONS, err.reason_code
        assert err.detail and len(err.detail) < 500
        return
    assert isinstance(event, RawEvent)
    assert event.tenant in TENANTS
    for text in (event.event_id, event.tenant, event.source, event.text, *event.attributes, *event.attributes.values()):
        text.encode()  # every string the pipeline will hash, encrypt or encode is valid Unicode
    assert isinstance(event.produced_at, int) and event.produced_at >= 0


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner, max_size=4),
    max_leaves=20,
)
fields = st.sampled_from([*GOOD, "extra"])


@FUZZ
@given(st.binary(max_size=2048))
@example(b"")
@example(b"[" * 100_000)
@example(b'{"produced_at": 1' + b"0" * 5000 + b"}")  # longer than Python's int-conversion limit
@example(json.dumps({**GOOD, "text": "\ud800"}).encode())  # a lone surrogate, escaped in the JSON
@example(json.dumps({**GOOD, "attributes": {"k": "\udfff"}}).encode())
@example(AVRO_HEAD + b"\xfe\xff\xff\xff\xff\xff\xff\xff\xff\x01")  # a string longer than the payload
def test_any_bytes(payload):
    check_raw(payload)


@FUZZ
@given(st.dictionaries(fields, json_values, max_size=8), st.dictionaries(fields, json_values, max_size=3))
def test_json_objects_near_the_schema(replace, extra):
    check_raw(json.dumps({**GOOD, **replace, **extra}).encode())


@FUZZ
@given(st.dictionaries(fields, json_values, max_size=8))
def test_json_objects_from_scratch(doc):
    check_raw(json.dumps(doc).encode())


@FUZZ
@given(st.data())
def test_mutated_avro(data):
    """Valid single-object Avro with bytes flipped, cut or appended."""
    buf = bytearray(AVRO)
    for _ in range(data.draw(st.integers(0, 6))):
        i = data.draw(st.integers(0, len(buf) - 1))
        buf[i] = data.draw(st.integers(0, 255))
    cut = data.draw(st.integers(0, len(buf)))
    tail = data.draw(st.binary(max_size=16))
    check_raw(bytes(buf[:cut]) + tail)


@FUZZ
@given(st.binary(max_size=512))
def test_avro_header_then_anything(body):
    check_raw(AVRO_HEAD + body)


@FUZZ
@given(st.data())
def test_mutated_registry_wire_format(data):
    """Schema Registry wire format (Avro and JSON Schema ids) with bytes flipped, cut or appended."""
    from pipeline.registry import frame

    reg = _mock_registry()
    avro_id = reg.register("raw-value", json.dumps(codecs.schema("RawEvent").raw))
    json_id = reg.register("raw-json-value", '{"type": "object"}', "JSON")
    good = data.draw(
        st.sampled_from(
            [frame(avro_id, codecs.encode_body("RawEvent", GOOD)), frame(json_id, json.dumps(GOOD).encode())]
        )
    )
    buf = bytearray(good)
    for _ in range(data.draw(st.integers(0, 6))):
        i = data.draw(st.integers(0, len(buf) - 1))
        buf[i] = data.draw(st.integers(0, 255))
    check_raw(bytes(buf[: data.draw(st.integers(0, len(buf)))]) + data.draw(st.binary(max_size=16)), reg)


def _mock_registry():
    from confluent_kafka.schema_registry import SchemaRegistryClient

    from pipeline.registry import ConfluentRegistry

    return ConfluentRegistry(SchemaRegistryClient.new_client({"url": "mock://fuzz"}))


# --- codecs.decode, for every schema -------------------------------------------------


@pytest.mark.parametrize("name", codecs.SCHEMA_NAMES)
@FUZZ
@given(body=st.binary(max_size=512), head=st.booleans())
def test_codecs_decode_any_schema(name, body, head):
    payload = (codecs.SINGLE_OBJECT_MARKER + codecs.schema(name).fingerprint if head else b"") + body
    try:
        record = codecs.decode(name, payload)
    except CodecError as err:
        assert err.reason_code == "invalid_avro"
        return
    assert isinstance(record, dict)


@FUZZ
@given(st.data())
def test_codecs_decode_mutated_audit_event(data):
    from pipeline.records import AuditEvent, Offset

    event = AuditEvent(
        audit_id="a",
        kind="decision",
        occurred_at=1,
        tenant="acme",
        stream="s",
        outcome="protected",
        source=Offset("raw.s", 0, 7),
        entity_counts={"PERSON": 2},
        key_ids=("k1",),
    )
    buf = bytearray(codecs.encode_audit(event))
    for _ in range(data.draw(st.integers(1, 4))):
        buf[data.draw(st.integers(0, len(buf) - 1))] = data.draw(st.integers(0, 255))
    try:
        codecs.decode_audit(bytes(buf[: data.draw(st.integers(0, len(buf)))]))
    except CodecError as err:
        assert err.reason_code == "invalid_avro"
