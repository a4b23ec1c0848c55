"""Every schema parses; sample records round-trip; corrupt Avro is a clear CodecError."""

import json

import fastavro
import pytest

from pipeline import codecs
from pipeline.records import AuditEvent, DeadLetter, Offset, ProtectedRecord, ProtectedValue, StoredRecord


@pytest.mark.parametrize("name", codecs.SCHEMA_NAMES)
def test_every_schema_parses_and_has_docs(name):
    raw = json.loads((codecs.SCHEMAS_DIR / f"{name}.avsc").read_text())
    fastavro.parse_schema(raw)
    assert raw.get("doc"), f"{name} should say what it is for"


SAMPLES = {
    "RawEvent": {
        "event_id": "e1",
        "tenant": "acme",
        "source": "zendesk",
        "subject_id": None,
        "produced_at": 1_700_000_000_000,
        "text": "hello",
        "attributes": {"a": "b"},
    },
    "ProtectedRecord": codecs.protected_to_dict(
        ProtectedRecord("r", "e1", "acme", "zendesk", 1, "hi <PERSON_1>", {"PERSON": 1}, "default", "v1")
    ),
    "StoredRecord": codecs.stored_to_dict(
        StoredRecord(
            "r",
            "e1",
            "acme",
            "zendesk",
            1,
            "ref",
            "hi <PERSON_1>",
            (ProtectedValue("<PERSON_1>", "PERSON", b"\x00" * 40, "k1"),),
            "default",
            "v1",
        )
    ),
    "DeadLetter": codecs.dead_letter_to_dict(
        DeadLetter(
            "r", None, Offset("raw.x", 0, 5), "malformed_json", "Expecting value at line 1 column 1", b"ct", "k1", 1
        )
    ),
    "AuditEvent": codecs.audit_to_dict(
        AuditEvent(
            "a1",
            "decision",
            1,
            "acme",
            "x",
            "protected",
            source=Offset("raw.x", 1, 7),
            entity_counts={"PERSON": 2},
            injection_rules=("override",),
            key_ids=("k1",),
        )
    ),
}


@pytest.mark.parametrize("name", sorted(SAMPLES))
def test_sample_records_round_trip(name):
    payload = codecs.encode(name, SAMPLES[name])
    assert payload[:2] == codecs.SINGLE_OBJECT_MARKER
    assert codecs.decode(name, payload) == SAMPLES[name]
    assert codecs.decode_any(payload) == (name, SAMPLES[name])


def test_audit_event_round_trips_as_a_record():
    event = AuditEvent(
        "a1",
        "decision",
        1,
        "acme",
        "x",
        "protected",
        source=Offset("raw.x", 1, 7),
        entity_counts={"EMAIL_ADDRESS": 1},
        key_ids=("k1", "k2"),
        outputs=("ai.x",),
    )
    assert codecs.decode_audit(codecs.encode_audit(event)) == event


@pytest.mark.parametrize(
    "mutate, reason",
    [
        (lambda b: b[:5], "invalid_avro"),  # truncated inside the fingerprint
        (lambda b: b[:12], "invalid_avro"),  # truncated body
        (lambda b: b"\xc3\x01" + b"\xff" * 8 + b[10:], "invalid_avro"),  # another schema's fingerprint
        (lambda b: b + b"\x00\x00", "invalid_avro"),  # trailing bytes
        (lambda b: b"{}" + b[2:], "invalid_avro"),  # no marker
    ],
)
def test_corrupt_avro_is_a_clear_error(mutate, reason):
    good = codecs.encode("RawEvent", SAMPLES["RawEvent"])
    with pytest.raises(codecs.CodecError) as err:
        codecs.decode("RawEvent", mutate(good))
    assert err.value.reason_code == reason
