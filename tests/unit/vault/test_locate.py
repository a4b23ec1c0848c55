from __future__ import annotations

import json

from pipeline import codecs
from pipeline.records import ProtectedRecord, RawEvent, StoredRecord
from pipeline.topology.model import StreamSpec
from pipeline.vault.locate import locate_subject

STREAM = StreamSpec(name="tickets", tenants=("acme", "globex"))


def raw(event_id, tenant, subject_id=None, text="hi", avro=False):
    ev = RawEvent(event_id, tenant, "t", text, 0, subject_id=subject_id)
    if avro:
        return codecs.encode("RawEvent", codecs.raw_event_to_dict(ev))
    return json.dumps(codecs.raw_event_to_dict(ev)).encode()


def stored(event_id, tenant, ref):
    return codecs.encode(
        "StoredRecord",
        codecs.stored_to_dict(StoredRecord("r", event_id, tenant, "t", 0, ref, "<PERSON_1>", (), "p", "v")),
    )


def ai(event_id, tenant):
    return codecs.encode(
        "ProtectedRecord",
        codecs.protected_to_dict(ProtectedRecord("r", event_id, tenant, "t", 0, "<PERSON_1>", {}, "p", "v")),
    )


def vault(event_id, tenant, ref):
    return json.dumps({"tenant": tenant, "event_id": event_id, "subject_ref": ref}).encode()


TOPICS = {
    "raw.tickets": [
        (0, 0, raw("e1", "acme", "alice")),
        (0, 1, raw("e2", "acme", "bob")),
        (1, 0, raw("e3", "acme", text="write to ALICE@x.com", avro=True)),
        (1, 1, raw("e4", "globex", "alice")),
        (1, 2, b"not json"),
    ],
    "store.tickets": [
        (0, 0, stored("e1", "acme", "REF")),
        (0, 1, stored("e2", "acme", "BOB")),
        (1, 5, stored("e3", "acme", None)),
        (1, 6, stored("e4", "globex", "REF")),
    ],
    "ai.tickets": [
        (0, 0, ai("e1", "acme")),
        (0, 1, ai("e2", "acme")),
        (1, 0, ai("e3", "acme")),
        (1, 1, ai("e1", "globex")),
    ],
    "vault.tickets": [(0, 3, vault("e1", "acme", "REF")), (0, 4, None)],
    "dlq.tickets": [(0, 0, b"sealed")],
}


def test_locate_finds_every_topic_partition_range_and_object():
    objects = [
        ("audit/a.avro", [{"tenant": "acme", "event_id": "e1"}]),
        ("audit/b.avro", [{"tenant": "acme", "event_id": "e2"}]),
        ("audit/c.avro", [{"tenant": "globex", "event_id": "e3"}]),
    ]
    loc = locate_subject(lambda t: TOPICS.get(t, []), [STREAM], "acme", "alice", "REF", objects)
    spans = {(s.topic, s.partition): (s.first, s.last, s.count) for s in loc.spans}
    assert spans == {
        ("raw.tickets", 0): (0, 0, 1),
        ("store.tickets", 0): (0, 0, 1),
        ("ai.tickets", 0): (0, 0, 1),
        ("vault.tickets", 0): (3, 3, 1),
    }
    assert loc.event_ids == {"e1"} and loc.objects == ["audit/a.avro"]
    assert loc.unattributable == {"dlq.tickets": 1}


def test_locate_subject_by_email_in_raw_text():
    loc = locate_subject(lambda t: TOPICS.get(t, []), [STREAM], "acme", "alice@x.com", "EMAILREF", [])
    assert [(s.topic, s.partition, s.first) for s in loc.spans] == [
        ("ai.tickets", 1, 0),
        ("raw.tickets", 1, 0),
        ("store.tickets", 1, 5),
    ]


def test_locate_nothing():
    loc = locate_subject(lambda t: [], [STREAM], "acme", "nobody", "X", [])
    assert loc.spans == [] and loc.objects == [] and not loc.event_ids
