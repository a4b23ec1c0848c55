"""The producer helper with plain values: what it builds is what the worker's ingest accepts."""

from __future__ import annotations

import json
import subprocess
import sys
import uuid

import pytest
from confluent_kafka.schema_registry import SchemaRegistryClient

from pipeline.client import Serializer, build_event
from pipeline.ingest import IngestError, decode_raw
from pipeline.registry import ConfluentRegistry

TEXT = "Hi, I am Maria Garcia, maria@example.com"


def test_importable_without_spacy_presidio_or_boto3():
    code = (
        "import sys, pipeline.client; "
        "heavy = [m for m in ('spacy', 'presidio_analyzer', 'boto3') if m in sys.modules]; "
        "print(heavy); sys.exit(1 if heavy else 0)"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize(
    "over, reason",
    [
        ({"tenant": ""}, "missing_field"),
        ({"produced_at": -1}, "invalid_field"),
        ({"attributes": {"a": 1}}, "invalid_field"),
        ({"tenants": ("globex",)}, "unknown_tenant"),
    ],
)
def test_bad_events_fail_in_the_producer_with_the_dlq_reason_code(over, reason):
    args = {"event_id": "e-1", "tenant": "acme", "source": "crm", "text": TEXT, **over}
    with pytest.raises(IngestError) as err:
        build_event(**args)
    assert err.value.reason_code == reason and "Maria" not in str(err.value)


@pytest.mark.parametrize("fmt", ["json", "avro", "registry", "auto"])
def test_each_format_decodes_as_the_worker_reads_it(fmt):
    registry = ConfluentRegistry(SchemaRegistryClient.new_client({"url": f"mock://{uuid.uuid4().hex}"}))
    event = build_event(event_id="e-1", tenant="acme", source="crm", text=TEXT, subject_id="c-1", produced_at=5)
    payload = Serializer(fmt, topic="raw.t", registry=registry if fmt != "json" else None)(event)
    worker_format = "registry" if fmt == "auto" else fmt
    assert decode_raw(payload, max_bytes=65536, tenants=("acme",), format=worker_format, registry=registry) == event
    if fmt == "json":
        assert json.loads(payload)["text"] == TEXT


def test_registry_format_needs_a_registry():
    with pytest.raises(ValueError, match="Schema Registry"):
        Serializer("registry", topic="raw.t")
