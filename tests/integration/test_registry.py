"""Schema Registry through the real broker (registry: confluent-kafka's in-memory mock://).

A Confluent producer's wire-format records are read from raw.<stream>; the
outputs `topology deploy` registered are written in wire format and read back
from the broker by Confluent's deserializer; the input's traceparent travels
with them; `topology plan` reports a BACKWARD break before anything is applied.
"""

from __future__ import annotations

import json
import re
import uuid

import pytest
from click.testing import CliRunner
from confluent_kafka import SerializingProducer
from confluent_kafka.schema_registry.avro import AvroDeserializer, AvroSerializer
from confluent_kafka.serialization import MessageField, SerializationContext, StringSerializer

from pipeline import codecs, formats
from pipeline.cli import main
from pipeline.flow import Flow, Incoming
from pipeline.kafka import read_topic
from pipeline.policy import load_policy
from pipeline.records import Offset
from pipeline.registry import open_registry, subject
from pipeline.settings import get_settings
from pipeline.topology import cluster, load_topology
from tests.integration.test_topology_deploy import write_topology as write_plain
from tests.unit.test_flow import NAME, POLICY_TEXT, ScriptedDetector

pytestmark = pytest.mark.integration

TRACE = b"00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01"


@pytest.fixture
def registry(monkeypatch):
    monkeypatch.setenv("VEILSTREAM_SCHEMA_REGISTRY_URL", f"mock://{uuid.uuid4().hex}")
    return open_registry(get_settings())


@pytest.fixture
def keys(tmp_path):
    from pipeline.keys import EnvelopeKeyService, FileKeyStore, LocalKeyring

    LocalKeyring.init(tmp_path / "keyring.json")
    svc = EnvelopeKeyService(LocalKeyring(tmp_path / "keyring.json"), FileKeyStore(tmp_path / "keys.jsonl"))
    yield svc
    svc.close()


def write_topology(tmp_path, name: str, stream: dict) -> object:
    """A topology of one stream with the given settings (policy, topics as the deploy tests use)."""
    import yaml

    path = write_plain(tmp_path, name, [name])
    doc = yaml.safe_load(path.read_text())
    doc["streams"] = [{"name": name, "tenants": ["acme"], **stream}]
    path.write_text(yaml.safe_dump(doc, sort_keys=False))
    return path


def cli(*args: str):
    return CliRunner().invoke(main, list(args))


def test_confluent_producer_in_registry_wire_format_out(stack, tmp_path, registry, keys):
    name = f"t-{uuid.uuid4().hex[:10]}"
    path = write_topology(tmp_path, name, {"format": "registry", "output_format": "registry", "key": "subject"})
    plan = cli("topology", "plan", "--json", str(path))
    assert plan.exit_code == 0, plan.output
    changes = json.loads(plan.output)["changes"]
    assert f"+ register ai.{name}-value: ProtectedRecord as version 1" in changes
    assert cli("topology", "deploy", str(path)).exit_code == 0
    again = cli("topology", "plan", "--detailed-exitcode", str(path))
    assert again.exit_code == 0, again.output  # topics and schemas up to date

    # An upstream service with Confluent's serializer, as its documentation shows.
    topology = load_topology(path)
    [spec] = topology.streams
    producer = SerializingProducer(
        {
            "bootstrap.servers": stack.bootstrap,
            "key.serializer": StringSerializer(),
            "value.serializer": AvroSerializer(registry.client, json.dumps(codecs.schema("RawEvent").raw)),
        }
    )
    for i in range(3):
        event = {
            "event_id": f"e-{i}",
            "tenant": "acme",
            "source": "crm",
            "produced_at": 1_700_000_000_000,
            "text": f"Hi, I am {NAME}.",
            "subject_id": "cust-1",
            "attributes": {},
        }
        producer.produce(spec.raw, key=event["event_id"], value=event, headers=[("traceparent", TRACE)])
    assert producer.flush(30) == 0

    policy_file = tmp_path / "p1.yaml"
    policy_file.write_text(POLICY_TEXT)
    flow = Flow(
        spec,
        load_policy(policy_file),
        ScriptedDetector(),
        keys,
        max_event_bytes=65536,
        codec=formats.stream_codec(spec, registry),  # as the worker builds it
    )
    batch = [
        Incoming(Offset(m.topic(), m.partition(), m.offset()), m.value(), 0, tuple(m.headers() or ()))
        for m in read_topic(stack.kafka, spec.raw)
    ]
    decisions = flow.process(batch)
    assert [d.outcome.value for d in decisions] == ["protected"] * 3
    out = stack.producer()
    for d in decisions:
        for m in d.messages:
            out.produce(m.topic, m.value, key=m.key, headers=list(m.headers))
    assert out.flush(30) == 0

    read = AvroDeserializer(registry.client)
    ai = list(read_topic(stack.kafka, spec.ai))
    assert len(ai) == 3
    for m in ai:
        record = read(m.value(), SerializationContext(spec.ai, MessageField.VALUE))
        assert re.fullmatch(r"Hi, I am <PERSON_1_[a-z2-7]{5}>\.", record["text"]) and NAME.encode() not in m.value()
        assert dict(m.headers())["traceparent"] == TRACE
    assert len({m.key() for m in ai}) == 1  # one subject: one key, so one partition and its order
    assert b"cust-1" not in ai[0].key()


def test_plan_reports_a_backward_break_and_deploy_applies_nothing(stack, tmp_path, registry):
    name = f"t-{uuid.uuid4().hex[:10]}"
    path = write_topology(tmp_path, name, {"output_format": "registry"})
    # What consumers of ai.<name> know: a ProtectedRecord without policy_version. Ours adds it with no default.
    old = codecs.schema("ProtectedRecord").raw
    old = {**old, "fields": [f for f in old["fields"] if f["name"] != "policy_version"]}
    registry.register(subject(f"ai.{name}"), json.dumps(old))

    plan = cli("topology", "plan", str(path))
    assert plan.exit_code == 1
    assert f"! ai.{name}-value: ProtectedRecord breaks BACKWARD compatibility" in plan.output
    assert "policy_version: new field without a default" in plan.output
    deploy = cli("topology", "deploy", str(path))
    assert deploy.exit_code == 1 and "refused, nothing applied" in deploy.output
    assert cluster.describe_topics(cluster.admin(stack.kafka), [f"ai.{name}"]) == {}
    assert len(registry.versions(subject(f"ai.{name}"))) == 1


def test_event_producer_helper_sends_what_the_worker_reads(stack, tmp_path, registry):
    from pipeline.client import EventProducer, build_event
    from pipeline.ingest import decode_raw

    name = f"t-{uuid.uuid4().hex[:10]}"
    path = write_topology(tmp_path, name, {"format": "registry"})
    assert cli("topology", "deploy", str(path)).exit_code == 0
    events = EventProducer.for_topology(path, stack.producer(), registry=registry)
    sent = build_event(event_id="e-1", tenant="acme", source="crm", text=f"I am {NAME}", subject_id="c-1")
    events.send(sent, traceparent=TRACE.decode())
    assert events.flush() == 0
    with pytest.raises(ValueError, match="tenant"):
        events.send(build_event(event_id="e-2", tenant="globex", source="crm", text="x"))
    [msg] = list(read_topic(stack.kafka, f"raw.{name}"))
    assert msg.key() == b"e-1" and dict(msg.headers())["traceparent"] == TRACE
    got = decode_raw(msg.value(), max_bytes=65536, tenants=("acme",), format="registry", registry=registry)
    assert got == sent
