"""Ingest: JSON and Avro in, a RawEvent or a reason code out; errors never echo values."""

import json

import pytest

from pipeline import codecs
from pipeline.ingest import IngestError, decode_raw

TENANTS = ("acme", "globex")
SECRET_TEXT = "Maria Garcia maria.garcia@example.com"


def event(**over):
    base = {
        "event_id": "e-1",
        "tenant": "acme",
        "source": "zendesk",
        "produced_at": 1_700_000_000_000,
        "text": SECRET_TEXT,
        "subject_id": "cust-1",
        "attributes": {"channel": "email"},
    }
    base.update(over)
    return base


def as_json(d) -> bytes:
    return json.dumps(d).encode()


def test_json_event_decodes():
    e = decode_raw(as_json(event()), max_bytes=10_000, tenants=TENANTS)
    assert (e.event_id, e.tenant, e.text, e.subject_id, e.attributes) == (
        "e-1",
        "acme",
        SECRET_TEXT,
        "cust-1",
        {"channel": "email"},
    )


def test_avro_event_decodes():
    payload = codecs.encode("RawEvent", event())
    assert decode_raw(payload, max_bytes=10_000, tenants=TENANTS).text == SECRET_TEXT


@pytest.mark.parametrize(
    "payload, reason",
    [
        (b'{"event_id": "x", "tenant": ', "malformed_json"),
        (b"\xff\xfe\x00garbage", "malformed_json"),
        (b"[1, 2, 3]", "malformed_json"),
        (b"", "empty"),
        (b"\xc3\x01" + b"\x00" * 12, "invalid_avro"),
        (as_json(event(event_id=None)), "missing_field"),
        (as_json({k: v for k, v in event().items() if k != "text"}), "missing_field"),
        (as_json(event(text="")), "missing_field"),
        (as_json(event(produced_at="yesterday")), "invalid_field"),
        (as_json(event(produced_at=True)), "invalid_field"),
        (as_json(event(produced_at=2**63)), "invalid_field"),  # once raised in Flow.process, every restart
        (as_json(event(event_id="Maria Garcia <maria@example.com>")), "invalid_id"),
        (as_json(event(source="call 555-0100 Maria")), "invalid_id"),
        (as_json(event(event_id="a/b")), "invalid_id"),
        (as_json(event(attributes={"a": 1})), "invalid_field"),
        (as_json(event(text=42)), "invalid_field"),
        (as_json(event(tenant="initrode")), "unknown_tenant"),
        (as_json(event(text="x" * 2000)), "oversize"),
        (b"[" * 100_000, "oversize"),
    ],
)
def test_bad_input_gets_a_reason_code(payload, reason):
    with pytest.raises(IngestError) as err:
        decode_raw(payload, max_bytes=1000, tenants=TENANTS)
    assert err.value.reason_code == reason
    assert "Maria" not in str(err.value) and "example.com" not in str(err.value)


def test_deep_nesting_is_malformed_not_a_crash():
    with pytest.raises(IngestError) as err:
        decode_raw(b"[" * 50_000, max_bytes=10**6, tenants=TENANTS)
    assert err.value.reason_code == "malformed_json"


def test_an_erasable_stream_requires_a_subject_id():
    with pytest.raises(IngestError) as err:
        decode_raw(as_json(event(subject_id=None)), max_bytes=10_000, tenants=TENANTS, require_subject_id=True)
    assert err.value.reason_code == "missing_subject_id"
    ok = decode_raw(as_json(event(subject_id="cust-1")), max_bytes=10_000, tenants=TENANTS, require_subject_id=True)
    assert ok.subject_id == "cust-1"
