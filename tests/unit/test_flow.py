"""The batch flow with plain values: a scripted detector, a real key service on files."""

from __future__ import annotations

import json
import re

import pytest

from pipeline import codecs
from pipeline.flow import Flow, Incoming
from pipeline.keys import EnvelopeKeyService, FileKeyStore, LocalKeyring
from pipeline.policy import load_policy
from pipeline.policy.watch import PolicyWatcher
from pipeline.records import Detection, Finding, Offset
from pipeline.topology import StreamSpec

STREAM = StreamSpec(name="tickets", tenants=("acme",))
NAME = "Maria Garcia"
POLICY_TEXT = """id: p1
entities:
  PERSON: {threshold: 0.5, ai: tokenize, store: encrypt}
  SECRET: {threshold: 0.5, ai: block, store: block}
"""


class ScriptedDetector:
    """Finds the literal NAME as a PERSON and 'AKIA' as a SECRET: plain, predictable values."""

    def detect_batch(self, texts):
        out = []
        for t in texts:
            found = []
            if NAME in t:
                found.append(Finding("PERSON", t.index(NAME), t.index(NAME) + len(NAME), 0.9, "scripted"))
            if "AKIA" in t:
                found.append(Finding("SECRET", t.index("AKIA"), t.index("AKIA") + 20, 0.99, "aws_access_key"))
            out.append(Detection(tuple(found)))
        return out


@pytest.fixture
def keys(tmp_path):
    LocalKeyring.init(tmp_path / "keyring.json")
    svc = EnvelopeKeyService(LocalKeyring(tmp_path / "keyring.json"), FileKeyStore(tmp_path / "keys.jsonl"))
    yield svc
    svc.close()


@pytest.fixture
def policy_file(tmp_path):
    path = tmp_path / "p1.yaml"
    path.write_text(POLICY_TEXT)
    return path


@pytest.fixture
def flow(keys, policy_file):
    policy = load_policy(policy_file)
    return Flow(
        STREAM,
        policy,
        ScriptedDetector(),
        keys,
        max_event_bytes=4096,
        policy_watcher=PolicyWatcher(policy_file, current=policy),
        detector_factory=lambda p: ScriptedDetector(),
    )


def incoming(offset: int, payload: bytes) -> Incoming:
    return Incoming(Offset("raw.tickets", 0, offset), payload, 1_700_000_000_000)


def event(event_id: str, text: str) -> bytes:
    return json.dumps({"event_id": event_id, "tenant": "acme", "source": "s", "produced_at": 1, "text": text}).encode()


def test_one_decision_and_one_audit_event_per_input(flow):
    batch = [
        incoming(0, event("e0", f"Hi, I am {NAME}.")),
        incoming(1, b'{"broken'),
        incoming(2, event("e2", "key AKIAABCDEFGHIJKLMNOP leaked")),
        incoming(3, event("e3", "nothing to see")),
    ]
    decisions = flow.process(batch)
    assert [d.source.offset for d in decisions] == [0, 1, 2, 3]
    assert [d.outcome.value for d in decisions] == ["protected", "dead_lettered", "quarantined", "protected"]
    audits = [codecs.decode_audit(d.audit) for d in decisions]
    assert [a.source.offset for a in audits] == [0, 1, 2, 3]
    assert len({a.audit_id for a in audits}) == 4
    assert audits[0].entity_counts == {"PERSON": 1} and audits[0].policy_id == "p1"

    topics = [[m.topic for m in d.messages] for d in decisions]
    assert topics[0][:2] == ["ai.tickets", "store.tickets"]
    assert topics[1] == ["dlq.tickets"]
    assert topics[2] == ["quarantine.tickets"]

    ai = codecs.decode("ProtectedRecord", decisions[0].messages[0].value)
    assert re.fullmatch(r"Hi, I am <PERSON_1_[a-z2-7]{5}>\.", ai["text"])
    for d in decisions:  # the name, the secret and the malformed payload appear nowhere in clear
        for m in d.messages:
            assert NAME.encode() not in m.value and b"AKIAABCDEF" not in m.value and b'{"broken' not in m.value
        assert NAME.encode() not in d.audit


def test_redelivery_gives_identical_ids(flow):
    batch = [incoming(5, event("e5", f"{NAME} again"))]
    first, second = flow.process(batch)[0], flow.process(batch)[0]
    assert codecs.decode_audit(first.audit).audit_id == codecs.decode_audit(second.audit).audit_id
    assert [m.key for m in first.messages] == [m.key for m in second.messages]


def test_dead_letter_payload_is_sealed_and_opens(flow, keys):
    decision = flow.process([incoming(9, b"\xff\xfe not json")])[0]
    letter = codecs.decode("DeadLetter", decision.messages[0].value)
    assert letter["reason_code"] == "malformed_json"
    assert (
        keys.open(letter["key_id"], letter["payload_ciphertext"], letter["record_id"].encode()) == b"\xff\xfe not json"
    )


def test_every_outcome_carries_the_streams_classification(keys, policy_file):
    """Dead letters too: a DLQ record and its audit event are kept as long as the stream's class demands."""
    policy = load_policy(policy_file)
    stream = StreamSpec(name="tickets", tenants=("acme",), classification="restricted")
    flow = Flow(stream, policy, ScriptedDetector(), keys, max_event_bytes=4096)
    batch = [
        incoming(0, event("e0", f"Hi, I am {NAME}.")),
        incoming(1, b'{"broken'),
        incoming(2, event("e2", "key AKIAABCDEFGHIJKLMNOP leaked")),
    ]
    decisions = flow.process(batch)
    assert [d.outcome.value for d in decisions] == ["protected", "dead_lettered", "quarantined"]
    assert {codecs.decode_audit(d.audit).classification for d in decisions} == {"restricted"}
    assert codecs.decode("DeadLetter", decisions[1].messages[0].value)["classification"] == "restricted"
    assert codecs.decode("ProtectedRecord", decisions[0].messages[0].value)["classification"] == "restricted"


def test_key_events_are_classified_restricted(tmp_path):
    events = []
    LocalKeyring.init(tmp_path / "keyring.json")
    svc = EnvelopeKeyService(
        LocalKeyring(tmp_path / "keyring.json"), FileKeyStore(tmp_path / "keys.jsonl"), audit=events.append
    )
    svc.subject_ref("acme", "cust-1")  # creates the tenant's root key: a "created" key event
    assert events and {e.classification for e in events} == {"restricted"}


def test_policy_change_is_applied_and_audited(flow, policy_file):
    assert flow.reload_policy() is None  # unchanged
    old_version = flow.policy.version
    policy_file.write_text(POLICY_TEXT.replace("0.5, ai: tokenize", "0.7, ai: tokenize"))
    applied = codecs.decode_audit(flow.reload_policy())
    assert (applied.kind, applied.outcome) == ("policy", "applied")
    assert flow.policy.version == applied.policy_version != old_version


def test_broken_policy_file_keeps_the_last_good_policy(flow, policy_file):
    good = flow.policy
    policy_file.write_text("id: p1\nentities: [\n")
    refused = codecs.decode_audit(flow.reload_policy())
    assert (refused.kind, refused.outcome, refused.reason_code) == ("policy", "refused", "invalid_policy")
    assert flow.policy is good
    assert flow.process([incoming(0, event("e0", NAME))])[0].outcome.value == "protected"


class EmailDetector:
    """Every a@b.cc-shaped word is an EMAIL_ADDRESS; a finding past the text's end for 'BROKEN'."""

    def detect_batch(self, texts):
        import re

        out = []
        for t in texts:
            found = [Finding("EMAIL_ADDRESS", m.start(), m.end(), 0.9, "t") for m in re.finditer(r"\S+@\S+", t)]
            if "BROKEN" in t:
                found.append(Finding("PERSON", len(t), len(t) + 5, 0.9, "t"))  # a detector bug: out of range
            out.append(Detection(tuple(found)))
        return out


def test_no_record_can_stop_the_batch(keys, policy_file):
    """produced_at = 2**63 once raised in process(); any per-record failure is now a DLQ decision."""
    from pipeline.vault.entry import vault_entry

    policy = load_policy(policy_file)
    flow = Flow(STREAM, policy, EmailDetector(), keys, max_event_bytes=70_000, vault_writer=vault_entry)
    huge = json.loads(event("e1", "hi"))
    huge["produced_at"] = 2**63
    batch = [
        incoming(0, json.dumps(huge).encode()),
        incoming(1, event("e2", "BROKEN record")),
        incoming(2, event("e3", "fine a@b.co")),
    ]
    decisions = flow.process(batch)
    assert [(d.outcome.value, d.reason_code) for d in decisions[:2]] == [
        ("dead_lettered", "invalid_field"),
        ("dead_lettered", "processing_failed"),
    ]
    assert decisions[2].outcome.value == "protected"  # the record after them is decided as usual
    assert b"BROKEN" not in decisions[1].messages[0].value  # the payload is sealed, the detail a type name


class RecognizerBugDetector(ScriptedDetector):
    """Raises on any batch holding the word TRIGGER, as a recognizer bug meeting one hostile text would."""

    def detect_batch(self, texts):
        if any("TRIGGER" in t for t in texts):
            raise IndexError("a recognizer bug")
        return super().detect_batch(texts)


class BrokenPoolDetector(ScriptedDetector):
    def detect_batch(self, texts):
        from concurrent.futures.process import BrokenProcessPool

        raise BrokenProcessPool("a detector process died")


def test_a_text_that_breaks_detection_is_dead_lettered_and_the_rest_decided(keys, policy_file):
    """Issue 12 item 7: a detector exception once escaped finish(), failed the whole batch and
    replayed it on every restart. Now the batch is detected again record by record."""
    flow = Flow(STREAM, load_policy(policy_file), RecognizerBugDetector(), keys, max_event_bytes=4096)
    batch = [
        incoming(0, event("e1", f"Hi, {NAME} here")),
        incoming(1, event("e2", f"TRIGGER {NAME}")),
        incoming(2, event("e3", f"bye {NAME}")),
    ]
    decisions = flow.process(batch)
    assert [(d.outcome.value, d.reason_code) for d in decisions] == [
        ("protected", "pii_protected"),
        ("dead_lettered", "detection_failed"),
        ("protected", "pii_protected"),
    ]
    letter = decisions[1]
    assert [m.topic for m in letter.messages] == [STREAM.dlq]
    assert NAME.encode() not in letter.messages[0].value and NAME.encode() not in letter.audit
    assert all(NAME not in (d.ai_text or "") for d in decisions)


def test_a_broken_detector_pool_stops_the_batch(keys, policy_file):
    """The machinery failing is not one record's fault: nothing is decided, nothing acknowledged."""
    from concurrent.futures.process import BrokenProcessPool

    flow = Flow(STREAM, load_policy(policy_file), BrokenPoolDetector(), keys, max_event_bytes=4096)
    with pytest.raises(BrokenProcessPool):
        flow.process([incoming(0, event("e1", f"Hi, {NAME} here"))])


def test_an_output_above_the_topic_limit_is_refused_with_a_reason(keys, policy_file):
    """A 65 KB event of short emails once made a 2 MB vault message (Kafka refuses > 1 MB)."""
    from pipeline.vault.entry import vault_entry

    policy = load_policy(policy_file)
    flow = Flow(STREAM, policy, EmailDetector(), keys, max_event_bytes=70_000, vault_writer=vault_entry)
    text = " ".join(f"u{i}@x.io" for i in range(8000))[:65_000]
    (decision,) = flow.process([incoming(0, event("e1", text))])
    assert decision.outcome.value == "dead_lettered" and decision.reason_code == "output_too_large"
    assert all(len(m.value) <= 1_000_000 for m in decision.messages)
    assert b"u1@x.io" not in decision.messages[0].value and b"u1@x.io" not in decision.audit


def test_an_id_holding_personal_data_is_dead_lettered(keys, policy_file):
    """Issue 12 item 8: event_id and source reach ai.* and the audit trail unscanned; an SSN,
    a phone or a card in them (all in the allowed characters) is dead-lettered, never echoed."""
    from pathlib import Path

    from pipeline.policy import load_policy as load
    from pipeline.streams.worker import load_id_detector

    shipped = load(Path(__file__).resolve().parents[2] / "topologies" / "policies" / "default.yaml")
    flow = Flow(
        STREAM,
        load_policy(policy_file),
        ScriptedDetector(),
        keys,
        max_event_bytes=4096,
        id_detector=load_id_detector(shipped),
    )
    card = json.dumps(
        {"event_id": "e2", "tenant": "acme", "source": "4111111111111111", "produced_at": 1, "text": "hi"}
    )
    decisions = flow.process(
        [
            incoming(0, event("078-05-1120", "hello")),
            incoming(1, card.encode()),
            incoming(2, event("tkt-2026-000123", "hi")),
        ]
    )
    assert [(d.outcome.value, d.reason_code) for d in decisions] == [
        ("dead_lettered", "invalid_id"),
        ("dead_lettered", "invalid_id"),
        ("protected", "clean"),
    ]
    for d in decisions[:2]:
        assert d.event_id is None
        for blob in [d.audit, *(m.value or b"" for m in d.messages)]:
            assert b"078-05-1120" not in blob and b"4111111111111111" not in blob
