"""Erasure and subject locate through the CLI, the real topics and S3, with both KEK providers."""

from __future__ import annotations

import datetime as dt
import json
import time

import pytest

from pipeline import codecs
from pipeline.audit.archive import Consumed, build_object
from pipeline.audit.s3 import ObjectStore
from pipeline.keys import KeyDestroyedError, open_key_service
from pipeline.protect import reveal
from pipeline.records import AuditEvent
from pipeline.vault import open_restorer
from pipeline.vault.restore import RestoreDenied
from pipeline.vault.store import scan_topic
from tests.integration import test_keys_fixtures as kf
from tests.integration import test_vault_helpers as vh

pytestmark = pytest.mark.integration

key_settings = kf.key_settings  # fixtures shared with the other vault tests
cli = vh.cli
world = vh.world


def archive(world, name: str, event_ids: list[str], start: int) -> str:
    """A real audit archive object holding the decisions of these events."""
    events = [
        Consumed(
            start + i,
            0,
            AuditEvent(
                audit_id=f"a-{e}",
                kind="decision",
                occurred_at=0,
                tenant="acme",
                stream=world.stream,
                outcome="protected",
                event_id=e,
            ),
        )
        for i, e in enumerate(event_ids)
    ]
    obj = build_object(dt.date(2026, 1, 2), name, 0, events, "0" * 64)
    store = ObjectStore.from_settings(world.settings)
    store.ensure_bucket()
    store.put_new(obj.key, obj.body, obj.metadata(), "application/avro")
    return obj.key


class _Committer:
    def commit(self, offsets, asynchronous):
        pass


def sink_writes(world, store: ObjectStore, name: str) -> str:
    """The key of one object the audit sink writes to the bucket (its own upload path)."""
    import uuid

    from pipeline.audit.sink import AuditSink

    topic = f"{name}-{uuid.uuid4().hex[:8]}"

    sink = AuditSink(world.settings, store, topic=topic)
    event = AuditEvent(
        audit_id="a-s", kind="decision", occurred_at=0, tenant="acme", stream=world.stream, outcome="protected"
    )
    sink.accept(0, 0, int(time.time() * 1000), codecs.encode_audit(event))
    sink.flush(_Committer(), force=True)
    (written,) = [o.key for o in store.list("audit/") if f"/{topic}+" in o.key]
    return written


def test_locate_then_erase_shreds_one_subject_only(world, cli, stack):
    now = int(time.time() * 1000)
    for i in range(3):
        world.write(f"a-{i}", "acme", "alice", now)
        world.write(f"b-{i}", "acme", "bob", now)
    alice_obj = archive(world, "audit-a", ["a-0", "a-1", "a-2"], 0)
    archive(world, "audit-b", ["b-0"], 0)

    out = json.loads(
        cli(
            "subject",
            "locate",
            "--tenant",
            "acme",
            "--subject",
            "alice",
            "--json",
            api_key=world.api["auditor-acme"],
        )
    )
    topics = {s["topic"] for s in out["spans"]}
    assert topics == {f"{p}.{world.stream}" for p in ("raw", "ai", "store", "vault")}
    assert sum(s["count"] for s in out["spans"] if s["topic"].startswith("store.")) == 3
    assert out["records"] == 3 and len(out["data_keys"]) == 1
    assert out["objects"] == [f"s3://{world.settings.audit_bucket}/{alice_obj}"]

    done = cli("erase", "--tenant", "acme", "--subject", "alice", api_key=world.api["admin-acme"])
    assert "1 data keys destroyed, 3 vault entries tombstoned" in done

    # A process started afterwards reads the storage topic: Alice's values no longer decrypt, Bob's do.
    fresh = open_key_service(world.settings)
    try:
        readable, shredded = [], []
        for _, _, value in scan_topic(stack.kafka, f"store.{world.stream}"):
            rec = codecs.stored_from_dict(codecs.decode("StoredRecord", value))
            for v in rec.values:
                try:
                    readable.append(reveal(v, rec.tenant, rec.event_id, fresh))
                except KeyDestroyedError:
                    shredded.append(rec.event_id)
        assert "Bob Jones" in readable and not any("Alice" in r or "alice" in r for r in readable)
        assert sorted(set(shredded)) == ["a-0", "a-1", "a-2"]
    finally:
        fresh.close()

    tombstones = [v for _, _, v in scan_topic(stack.kafka, f"vault.{world.stream}") if v is None]
    assert len(tombstones) == 3
    restorer = open_restorer(world.settings, topology=world.topology)
    with pytest.raises(RestoreDenied, match="erased"):
        restorer.originals(world.api["restorer-acme"], "acme", "a-0", "customer_request")
    assert restorer.originals(world.api["restorer-acme"], "acme", "b-0", "customer_request").by_token

    events = [codecs.decode_audit(m.value()) for m in stack.consume_all(world.settings.audit_topic, min_count=3)]
    erase = next(e for e in events if e.kind == "erase")
    assert erase.actor == "admin-acme" and erase.token_count == 3 and len(erase.key_ids) == 1
    assert any(e.kind == "locate" and e.actor == "auditor-acme" for e in events)
    assert any(e.kind == "key" and e.outcome == "destroyed" for e in events)


def test_erase_refused_without_admin_and_locate_without_auditor(world, cli):
    out = cli("erase", "--tenant", "acme", "--subject", "alice", api_key=world.api["restorer-acme"], code=77)
    assert "wrong_role" in out
    out = cli(
        "subject", "locate", "--tenant", "acme", "--subject", "alice", api_key=world.api["restorer-acme"], code=77
    )
    assert "wrong_role" in out


def test_keys_cli_init_rotate_expire(world, cli, stack):
    assert "already exists" in cli("keys", "init") or world.settings.key_provider == "kms"
    now = int(time.time() * 1000)
    world.write("k-1", "acme", "bob", now)
    out = cli("keys", "rotate")
    assert "rewrapped" in out
    restorer = open_restorer(world.settings, topology=world.topology)
    assert restorer.originals(world.api["restorer-acme"], "acme", "k-1", "support_case").by_token
    assert "0 expired vault keys destroyed" in cli("keys", "expire")
    status = cli("keys", "status")
    assert "active KEK" in status and "subject" in status and "live" in status
    doc = json.loads(cli("keys", "status", "--json"))
    assert doc["provider"] == world.settings.key_provider and doc["keys"]["subject"]["live"] >= 1


def test_a_legal_hold_refuses_erasure_and_locks_the_archive_until_released(world, cli, stack):
    from pipeline.vault import holds_path
    from pipeline.vault.holds import HoldStore

    now = int(time.time() * 1000)
    world.write("h-0", "acme", "alice", now)
    obj = archive(world, "audit-h", ["h-0"], 0)
    store = ObjectStore.from_settings(world.settings)

    out = cli("hold", "add", "--tenant", "acme", "--subject", "alice", "--reason", "litigation", "--case-ref", "M-1")
    assert "archive objects on legal hold" in out and store.legal_hold(obj)
    assert store.archive_held()
    later = sink_writes(world, store, "audit-h2")  # an object the sink writes while the hold is active
    assert store.legal_hold(later)
    (held,) = HoldStore(holds_path(world.settings)).list()
    assert "alice" not in json.dumps(held.__repr__())  # the subject only as its keyed reference
    with pytest.raises(Exception, match="AccessDenied|locked|legal|Object"):
        versions = store.client.list_object_versions(Bucket=store.bucket, Prefix=obj)["Versions"]
        store.client.delete_object(Bucket=store.bucket, Key=obj, VersionId=versions[0]["VersionId"])

    refused = cli("erase", "--tenant", "acme", "--subject", "alice", api_key=world.api["admin-acme"], code=77)
    assert "legal hold" in refused
    assert held.hold_id in cli("hold", "list") and "litigation" in cli("hold", "list")

    assert "released" in cli("hold", "release", held.hold_id)
    assert not store.legal_hold(obj) and not store.archive_held()
    assert not store.legal_hold(sink_writes(world, store, "audit-h3"))
    done = cli("erase", "--tenant", "acme", "--subject", "alice", api_key=world.api["admin-acme"])
    assert "data keys destroyed" in done

    events = [codecs.decode_audit(m.value()) for m in stack.consume_all(world.settings.audit_topic, min_count=4)]
    kinds = [(e.kind, e.outcome, e.reason_code) for e in events]
    assert ("hold", "placed", "litigation") in kinds and ("hold", "released", "litigation") in kinds
    assert ("erase", "denied", "legal_hold") in kinds
    assert not any("alice" in json.dumps(codecs.audit_to_dict(e)) for e in events)
