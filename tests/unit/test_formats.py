"""Wire formats with the in-memory Schema Registry (mock://): Confluent's own serializers
write what we read, and Confluent's deserializers read what we write."""

from __future__ import annotations

import json
import re
import uuid

import pytest
from confluent_kafka.schema_registry import SchemaRegistryClient
from confluent_kafka.schema_registry.avro import AvroDeserializer, AvroSerializer
from confluent_kafka.schema_registry.json_schema import JSONSerializer
from confluent_kafka.serialization import MessageField, SerializationContext

from pipeline import codecs, formats
from pipeline.flow import Flow, Incoming
from pipeline.ingest import IngestError, decode_raw
from pipeline.records import Offset
from pipeline.registry import ConfluentRegistry, RegistryError, subject
from pipeline.topology import StreamSpec
from tests.unit.test_flow import NAME, ScriptedDetector, event, keys, policy_file  # noqa: F401 - fixtures

TENANTS = ("acme",)
GOOD = {
    "event_id": "e-1",
    "tenant": "acme",
    "source": "zendesk",
    "produced_at": 1_700_000_000_000,
    "text": f"Hi, I am {NAME}.",
    "subject_id": "cust-1",
    "attributes": {"channel": "email"},
}
TRACE = b"00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"
JSON_SCHEMA = json.dumps(
    {
        "title": "RawEvent",
        "type": "object",
        "properties": {"event_id": {"type": "string"}, "text": {"type": "string"}},
        "required": ["event_id", "text"],
    }
)


@pytest.fixture
def client():
    return SchemaRegistryClient.new_client({"url": f"mock://{uuid.uuid4().hex}"})


@pytest.fixture
def registry(client):
    return ConfluentRegistry(client)


def ctx(topic: str) -> SerializationContext:
    return SerializationContext(topic, MessageField.VALUE)


def decode(payload: bytes, registry=None, fmt: str = "auto"):
    return decode_raw(payload, max_bytes=64_000, tenants=TENANTS, format=fmt, registry=registry)


def test_confluent_avro_serializer_output_is_read(client, registry):
    schema = json.dumps(codecs.schema("RawEvent").raw)
    payload = AvroSerializer(client, schema)(GOOD, ctx("raw.tickets"))
    assert payload[:1] == b"\x00"
    e = decode(payload, registry)
    assert (e.event_id, e.text, e.subject_id, e.attributes) == ("e-1", GOOD["text"], "cust-1", {"channel": "email"})
    assert decode(payload, registry, "registry") == e


def test_an_older_writer_schema_resolves_to_ours(client, registry):
    """A producer on an earlier RawEvent (no attributes, no subject_id) still decodes: Avro resolution."""
    old = codecs.schema("RawEvent").raw
    old = {**old, "fields": [f for f in old["fields"] if f["name"] not in ("attributes", "subject_id")]}
    record = {k: v for k, v in GOOD.items() if k not in ("attributes", "subject_id")}
    e = decode(AvroSerializer(client, json.dumps(old))(record, ctx("raw.tickets")), registry)
    assert (e.event_id, e.subject_id, e.attributes) == ("e-1", None, {})


def test_confluent_json_schema_serializer_output_is_read(client, registry):
    payload = JSONSerializer(JSON_SCHEMA, client)(GOOD, ctx("raw.tickets"))
    assert payload[:1] == b"\x00"
    assert decode(payload, registry).text == GOOD["text"]


@pytest.mark.parametrize(
    "fmt, payload, reason",
    [
        ("json", codecs.encode("RawEvent", GOOD), "wrong_format"),
        ("avro", json.dumps(GOOD).encode(), "wrong_format"),
        ("registry", json.dumps(GOOD).encode(), "wrong_format"),
        ("auto", b"\x00\x00\x00\x00\x07" + codecs.encode_body("RawEvent", GOOD), "no_schema_registry"),
    ],
)
def test_format_mismatches_have_reason_codes(fmt, payload, reason):
    with pytest.raises(IngestError) as err:
        decode(payload, None, fmt)
    assert err.value.reason_code == reason
    assert NAME not in str(err.value)


def test_unknown_schema_id_is_a_reason_code(registry):
    with pytest.raises(IngestError) as err:
        decode(b"\x00\x00\x00\x03\xe7" + codecs.encode_body("RawEvent", GOOD), registry)
    assert err.value.reason_code == "unknown_schema"


def test_auto_detects_each_format(client, registry):
    payloads = [
        json.dumps(GOOD).encode(),
        codecs.encode("RawEvent", GOOD),
        AvroSerializer(client, json.dumps(codecs.schema("RawEvent").raw))(GOOD, ctx("raw.t")),
    ]
    assert [formats.payload_kind(p) for p in payloads] == ["json", "avro", "registry"]
    assert {decode(p, registry).event_id for p in payloads} == {"e-1"}


# --- outputs --------------------------------------------------------------------------------------

STREAM = StreamSpec(name="tickets", tenants=TENANTS, output_format="registry", key="subject")


def test_worker_refuses_unregistered_output_schemas(registry):
    with pytest.raises(RegistryError, match="topology deploy"):
        formats.stream_codec(STREAM, registry)


@pytest.fixture
def registered(registry):
    for topic, name in formats.registry_outputs(STREAM):
        registry.register(subject(topic), formats.schema_text(name))
    return registry


def make_flow(keys, policy_file, codec):  # noqa: F811 - the fixtures' names
    from pipeline.policy import load_policy

    return Flow(STREAM, load_policy(policy_file), ScriptedDetector(), keys, max_event_bytes=4096, codec=codec)


def test_outputs_in_wire_format_are_read_by_confluent_deserializers(client, registered, keys, policy_file):  # noqa: F811
    codec = formats.stream_codec(STREAM, registered)
    flow = make_flow(keys, policy_file, codec)
    headers = (("traceparent", TRACE), ("x-user-email", b"maria@example.com"), ("tracestate", b"v=1"))
    payload = json.dumps({**GOOD, "subject_id": "cust-9"}).encode()
    [decision] = flow.process([Incoming(Offset("raw.tickets", 0, 1), payload, 0, headers)])
    ai, store = decision.messages[0], decision.messages[1]
    read = AvroDeserializer(client)(ai.value, ctx(ai.topic))
    assert re.fullmatch(r"Hi, I am <PERSON_1_[a-z2-7]{5}>\.", read["text"]) and read["event_id"] == "e-1"
    assert AvroDeserializer(client)(store.value, ctx(store.topic))["event_id"] == "e-1"
    assert formats.decode_output(ai.value, registered) == ("ProtectedRecord", read)
    assert formats.decode_own("ProtectedRecord", ai.value) == read  # the canary check, without the registry
    # trace context passes through, other headers do not; the subject key is an HMAC, never the id
    assert dict(ai.headers)["traceparent"] == TRACE and dict(ai.headers)["tracestate"] == b"v=1"
    assert "x-user-email" not in dict(ai.headers)
    assert b"cust-9" not in ai.key and ai.key.startswith(b"acme:")
    again = flow.process([Incoming(Offset("raw.tickets", 0, 2), json.dumps({**GOOD, "event_id": "e-2"}).encode(), 0)])
    assert again[0].messages[0].key != ai.key  # subject cust-1 vs cust-9
    # the DLQ too
    [dead] = flow.process([Incoming(Offset("raw.tickets", 0, 3), b"{broken", 0, (("traceparent", TRACE),))])
    letter = AvroDeserializer(client)(dead.messages[0].value, ctx(dead.messages[0].topic))
    assert letter["reason_code"] == "malformed_json" and dict(dead.messages[0].headers)["traceparent"] == TRACE


@pytest.mark.parametrize(
    "key, subject_id, expected",
    [("record_id", "cust-1", "rid"), ("tenant", "cust-1", b"acme"), ("subject", None, "rid")],
)
def test_output_key_choice(keys, policy_file, key, subject_id, expected):  # noqa: F811
    stream = StreamSpec(name="tickets", tenants=TENANTS, key=key)
    from pipeline.policy import load_policy

    flow = Flow(stream, load_policy(policy_file), ScriptedDetector(), keys, max_event_bytes=4096)
    payload = json.dumps({**GOOD, "subject_id": subject_id}).encode()
    [d] = flow.process([Incoming(Offset("raw.tickets", 0, 1), payload, 0)])
    rid = dict(d.messages[0].headers)["veilstream-record-id"]
    assert d.messages[0].key == (rid if expected == "rid" else expected)


def test_malformed_traceparent_is_dropped():
    codec = formats.StreamCodec()
    assert codec.headers([("traceparent", b"Maria Garcia"), ("traceparent", TRACE), ("other", b"x")]) == (
        ("traceparent", TRACE),
    )


# --- confluent:tags --------------------------------------------------------------------------------


def test_shipped_schema_tags_hold():
    assert formats.check_tags() == []
    assert set(codecs.schema("RawEvent").tagged("PII")) == set(formats.PROTECTED_FIELDS)


def test_a_pii_tag_on_an_unscanned_field_stops_the_worker(tmp_path, monkeypatch):
    for name in codecs.SCHEMA_NAMES:
        raw = codecs.schema(name).raw
        if name == "RawEvent":
            raw = {
                **raw,
                "fields": [{**f, "confluent:tags": ["PII"]} if f["name"] == "attributes" else f for f in raw["fields"]],
            }
        (tmp_path / f"{name}.avsc").write_text(json.dumps(raw))
    monkeypatch.setattr(codecs, "SCHEMAS_DIR", tmp_path)
    codecs.schema.cache_clear()
    try:
        assert formats.check_tags() == [
            "RawEvent.attributes is tagged PII but the flow does not protect it (protected: ['subject_id', 'text'])"
        ]
        with pytest.raises(ValueError, match="attributes is tagged PII"):
            formats.stream_codec(StreamSpec(name="t", tenants=TENANTS), None)
        from click.testing import CliRunner

        from pipeline.cli import main
        from pipeline.settings import REPO_ROOT

        checked = CliRunner().invoke(
            main, ["topology", "validate", str(REPO_ROOT / "topologies" / "payments-chat.yaml")]
        )
        assert checked.exit_code == 1 and "RawEvent.attributes is tagged PII" in checked.output
    finally:
        codecs.schema.cache_clear()
