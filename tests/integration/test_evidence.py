"""Daily evidence against the real S3 API: snapshot, verify, and every tampering the issue names."""

from __future__ import annotations

import base64
import dataclasses
import datetime as dt
import io
import json
import uuid

import fastavro
import pytest
from botocore.exceptions import ClientError
from click.testing import CliRunner
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from pipeline.audit.archive import GENESIS, Consumed, build_object, read_object
from pipeline.audit.s3 import ObjectStore
from pipeline.codecs import schema
from pipeline.evidence.checkpoint import Checkpoint, sign_checkpoint, verifier_key
from pipeline.evidence.snapshot import build_manifest, canonical, read_day, snapshot
from pipeline.evidence.verify import TrustedKey, verify_day
from pipeline.keys.signing import EvidenceSigner
from pipeline.records import AuditEvent, Offset

pytestmark = pytest.mark.integration

DAY1 = dt.date(2026, 3, 1)
DAY2 = DAY1 + dt.timedelta(days=1)
DAY3 = DAY2 + dt.timedelta(days=1)


def midnight_ms(day: dt.date) -> int:
    return int(dt.datetime.combine(day, dt.time(), dt.UTC).timestamp() * 1000)


def decision(i: int, day: dt.date, outcome: str = "protected") -> AuditEvent:
    return AuditEvent(
        audit_id=f"audit-{i}",
        kind="decision",
        occurred_at=midnight_ms(day) + 1000 * i,
        tenant="acme",
        stream="tickets",
        outcome=outcome,
        source=Offset("raw.tickets", 0, i),
        policy_id="default",
        policy_version="v1",
        entity_counts={"EMAIL_ADDRESS": 1},
        key_ids=("kek-1",),
        input_digest="d" * 64,
    )


class Archive:
    """An archive in its own bucket, written the way the sink writes it."""

    def __init__(self, stack, signer):
        self.settings = stack.settings.model_copy(update={"audit_bucket": f"ev-{uuid.uuid4().hex[:12]}"})
        self.store = ObjectStore.from_settings(self.settings)
        self.store.ensure_bucket()
        self.s3 = self.store.client
        self.bucket = self.settings.audit_bucket
        self.signer = signer
        self.key = TrustedKey(signer.name, signer.public_key_bytes())
        self.heads: dict[int, tuple[str, int]] = {}
        self.keys: list[str] = []

    def write(self, day: dt.date, partition: int, offsets: range, outcome: str = "protected") -> str:
        prev, _ = self.heads.get(partition, (GENESIS, 0))
        records = [Consumed(o, midnight_ms(day) + o, decision(o, day, outcome)) for o in offsets]
        obj = build_object(day, "audit.events", partition, records, prev)
        assert self.store.put_new(obj.key, obj.body, obj.metadata(), "avro/binary") is not None
        self.heads[partition] = (obj.chain_head, offsets[-1] + 1)
        self.keys.append(obj.key)
        return obj.key

    def put(self, key: str, body: bytes) -> None:
        self.s3.put_object(Bucket=self.bucket, Key=key, Body=body)

    def get(self, key: str) -> bytes:
        return self.s3.get_object(Bucket=self.bucket, Key=key)["Body"].read()


def make_signer(seed: bytes, bucket: str = "test") -> EvidenceSigner:
    return EvidenceSigner(Ed25519PrivateKey.from_private_bytes(seed), f"veilstream/{bucket}", 0)


@pytest.fixture
def archive(stack) -> Archive:
    """Two days: day 1 has two objects of 3 records, day 2 one object of 4, both snapshotted."""
    a = Archive(stack, make_signer(b"\x11" * 32))
    a.write(DAY1, 0, range(0, 3))
    a.write(DAY1, 0, range(3, 6), outcome="quarantined")
    snapshot(a.store, DAY1, a.signer)
    a.write(DAY2, 0, range(6, 10))
    snapshot(a.store, DAY2, a.signer)
    return a


def reasons(failures, obj: str) -> list[str]:
    return [f.reason for f in failures if f.object == obj]


def test_untouched_archive_passes_and_is_locked(archive):
    assert verify_day(archive.store, DAY1, archive.key) == []
    assert verify_day(archive.store, DAY2, archive.key) == []
    m = json.loads(archive.get("evidence/dt=2026-03-01/manifest.json"))
    t = m["reconciliation"]["topics"]["raw.tickets"]
    assert (t["records_in"], t["decisions_out"]) == (6, {"protected": 3, "quarantined": 3})
    head = archive.s3.head_object(Bucket=archive.bucket, Key=archive.keys[0])
    assert head["ObjectLockMode"] == "COMPLIANCE" and head["ObjectLockRetainUntilDate"] > dt.datetime.now(dt.UTC)
    assert head["Metadata"]["chain-prev"] == GENESIS and head["Metadata"]["last-offset"] == "2"


def test_object_lock_refuses_to_delete_an_audit_object(archive):
    version = archive.s3.head_object(Bucket=archive.bucket, Key=archive.keys[0])["VersionId"]
    with pytest.raises(ClientError) as exc:
        archive.s3.delete_object(Bucket=archive.bucket, Key=archive.keys[0], VersionId=version)
    assert exc.value.response["Error"]["Code"] == "AccessDenied"
    assert verify_day(archive.store, DAY1, archive.key) == []


def test_one_byte_changed(archive):
    key = archive.keys[1]
    body = bytearray(archive.get(key))
    body[len(body) // 2] ^= 0x01
    archive.put(key, bytes(body))
    failures = verify_day(archive.store, DAY1, archive.key)
    assert any("sha256" in r for r in reasons(failures, key)), failures


def test_object_deleted(archive):
    key = archive.keys[0]
    archive.s3.delete_object(Bucket=archive.bucket, Key=key)  # a delete marker hides it
    failures = verify_day(archive.store, DAY1, archive.key)
    assert any(r.startswith("deleted") for r in reasons(failures, key)), failures
    assert reasons(failures, archive.keys[1])  # the next object no longer continues a chain


def test_object_replaced_by_an_older_one(archive):
    older, key = archive.keys[0], archive.keys[1]
    archive.put(key, archive.get(older))
    failures = verify_day(archive.store, DAY1, archive.key)
    rs = reasons(failures, key)
    assert any(r.startswith("replaced") for r in rs) and any("sha256" in r for r in rs), failures


def test_manifest_rewritten(archive):
    key = "evidence/dt=2026-03-01/manifest.json"
    m = json.loads(archive.get(key))
    m["reconciliation"]["topics"]["raw.tickets"]["decisions_out"]["quarantined"] = 0
    archive.put(key, canonical(m))
    failures = verify_day(archive.store, DAY1, archive.key)
    assert any("signature" in r for r in reasons(failures, key)), failures


def test_manifest_signed_with_another_key(archive):
    key = "evidence/dt=2026-03-01/manifest.json"
    other = make_signer(b"\x22" * 32)
    body = archive.get(key)
    archive.put("evidence/dt=2026-03-01/manifest.sig", base64.b64encode(other.sign(body)) + b"\n")
    failures = verify_day(archive.store, DAY1, archive.key)
    assert any("signature does not verify" in r for r in reasons(failures, key)), failures


def test_record_removed_from_the_middle_of_a_chain(archive):
    key = archive.keys[0]
    _, records = read_object(archive.get(key))
    del records[1]
    buf = io.BytesIO()
    fastavro.writer(buf, schema("AuditArchiveRecord").parsed, records, codec="deflate")
    archive.put(key, buf.getvalue())
    failures = verify_day(archive.store, DAY1, archive.key)
    rs = reasons(failures, key)
    assert any("chain break" in r for r in rs) and any("offset gap" in r for r in rs), failures


def test_past_manifest_inconsistent_with_the_next_day(archive):
    """An insider with the key re-signs day 1 without its last object: day 2 exposes it."""
    objects = list(read_day(archive.store, DAY1))[:-1]
    forged, problems = build_manifest(DAY1, archive.signer.name, objects, None)
    assert problems == []
    forged["signing_key"] = verifier_key(archive.signer.name, archive.signer.public_key_bytes())
    body = canonical(forged)
    m = forged["merkle"]
    prefix = "evidence/dt=2026-03-01/"
    archive.put(prefix + "manifest.json", body)
    archive.put(prefix + "manifest.sig", base64.b64encode(archive.signer.sign(body)) + b"\n")
    archive.put(
        prefix + "checkpoint",
        sign_checkpoint(Checkpoint(archive.signer.name, m["tree_size"], bytes.fromhex(m["root"])), archive.signer),
    )
    failures = verify_day(archive.store, DAY1, archive.key)
    assert any("not consistent with the next day" in r for r in reasons(failures, prefix + "manifest.json")), failures
    failures2 = verify_day(archive.store, DAY2, archive.key)
    assert any("log head" in r for r in reasons(failures2, prefix + "manifest.json")), failures2


def test_zero_traffic_day_gets_a_signed_verifiable_snapshot(archive):
    snap = snapshot(archive.store, DAY3, archive.signer)
    assert snap.written and snap.manifest["objects"] == []
    assert snap.manifest["merkle"]["tree_size"] == 3 and snap.manifest["merkle"]["consistency_proof"] == []
    assert verify_day(archive.store, DAY3, archive.key) == []
    assert verify_day(archive.store, DAY2, archive.key) == []  # consistent with its (empty) next day
    again = snapshot(archive.store, DAY3, archive.signer)
    assert not again.written


def test_first_day_without_traffic(stack):
    a = Archive(stack, make_signer(b"\x33" * 32))
    snap = snapshot(a.store, DAY1, a.signer)
    assert snap.manifest["merkle"]["tree_size"] == 0
    assert verify_day(a.store, DAY1, a.key) == []


def test_cli_verify_export_and_offline_verify(archive, tmp_path, monkeypatch):
    from pipeline.cli import main

    monkeypatch.setenv("VEILSTREAM_AUDIT_BUCKET", archive.bucket)
    vkey = tmp_path / "veilstream.vkey"
    vkey.write_text(verifier_key(archive.signer.name, archive.signer.public_key_bytes()) + "\n")
    runner = CliRunner()
    ok = runner.invoke(main, ["evidence", "verify", "--date", "2026-03-01", "--public-key", str(vkey)])
    assert ok.exit_code == 0 and "PASS 2026-03-01" in ok.output, ok.output
    out = tmp_path / "pack"
    exp = runner.invoke(main, ["evidence", "export", "--from", "2026-03-02", "--to", "2026-03-02", "--out", str(out)])
    assert exp.exit_code == 0, exp.output
    assert (out / "SHA256SUMS").read_text().count("\n") == 1 + 4 + 4  # day 2's object, both days' evidence
    offline = runner.invoke(
        main, ["evidence", "verify", "--date", "2026-03-02", "--public-key", str(vkey), "--archive", str(out)]
    )
    assert offline.exit_code == 0 and "PASS" in offline.output, offline.output
    (out / archive.keys[2]).write_bytes(b"tampered")
    bad = runner.invoke(
        main, ["evidence", "verify", "--date", "2026-03-02", "--public-key", str(vkey), "--archive", str(out)]
    )
    assert bad.exit_code == 1 and f"FAIL {archive.keys[2]}" in bad.output, bad.output
    args = ["evidence", "verify", "--json", "--date", "2026-03-02", "--public-key", str(vkey), "--archive", str(out)]
    as_json = runner.invoke(main, args)
    doc = json.loads(as_json.output)
    assert as_json.exit_code == 1 and doc["pass"] is False and doc["date"] == "2026-03-02"
    assert {"object": archive.keys[2], "reason": doc["failures"][0]["reason"]} in doc["failures"]
    report = archive.get("evidence/dt=2026-03-01/report.html").decode()
    assert "<svg" in report and "CC6.1" in report and "P4.x" in report


def test_readiness_warns_on_each_gap_then_passes(stack, tmp_path, monkeypatch):
    from pipeline.cli import main
    from pipeline.keys.signing import init_signing_key
    from pipeline.settings import get_settings

    bucket = f"ready-{uuid.uuid4().hex[:12]}"
    topologies = tmp_path / "topologies"
    topologies.mkdir()
    (topologies / "t.yaml").write_text(
        "name: ready-check\npolicy: default\nstreams:\n  - name: ready-check-stream\n    tenants: [acme]\n"
    )
    for k, v in {
        "VEILSTREAM_AUDIT_BUCKET": bucket,
        "VEILSTREAM_STATE_DIR": str(tmp_path),
        "VEILSTREAM_TOPOLOGIES_DIR": str(topologies),
    }.items():
        monkeypatch.setenv(k, v)
    settings = get_settings()
    store = ObjectStore.from_settings(settings)
    store.ensure_bucket()
    signer = init_signing_key(settings)
    settings.keyring_file.write_text("{}")
    runner = CliRunner()
    gaps = runner.invoke(main, ["readiness"])
    assert gaps.exit_code == 1, gaps.output
    lines = gaps.output.splitlines()
    assert all(line.startswith("WARN ") for line in lines), lines
    assert any("no audit object" in line for line in lines)
    assert any("no daily snapshot" in line for line in lines)
    assert any("topic raw.ready-check-stream does not exist" in line for line in lines)
    as_json = runner.invoke(main, ["readiness", "--json"])
    assert as_json.exit_code == 1 and json.loads(as_json.output) == {
        "ready": False,
        "warnings": lines,
        "notes": [],
        "unreachable": [],  # every check could be made: gaps, not an outage (that is exit 69)
    }

    yesterday = dt.datetime.now(dt.UTC).date() - dt.timedelta(days=1)
    a = Archive.__new__(Archive)
    a.store, a.heads, a.keys = store, {}, []
    a.write(yesterday, 0, range(3))
    snapshot(store, yesterday, signer)
    (topologies / "t.yaml").unlink()
    ready = runner.invoke(main, ["readiness"])
    assert ready.exit_code == 0 and "READY" in ready.output, ready.output
    ready_json = json.loads(runner.invoke(main, ["readiness", "--json"]).output)
    assert ready_json["ready"] is True and ready_json["warnings"] == []


def test_operator_cli_snapshot_with_the_keyring_key(stack, tmp_path, monkeypatch):
    from pipeline.cli import main
    from pipeline.settings import get_settings

    bucket = f"cli-{uuid.uuid4().hex[:12]}"
    monkeypatch.setenv("VEILSTREAM_AUDIT_BUCKET", bucket)
    monkeypatch.setenv("VEILSTREAM_STATE_DIR", str(tmp_path / "state"))
    store = ObjectStore.from_settings(get_settings())
    store.ensure_bucket()
    a = Archive.__new__(Archive)
    a.store, a.heads, a.keys = store, {}, []
    a.write(DAY1, 0, range(5))
    runner = CliRunner()
    init = runner.invoke(main, ["evidence", "init-key"])
    assert init.exit_code == 0 and init.output.startswith(f"veilstream/{bucket}+"), init.output
    key_file = tmp_path / "state" / "evidence-signing.key"
    assert key_file.stat().st_mode & 0o777 == 0o600
    assert key_file.read_text().strip() not in init.output  # the private seed is never printed
    snap = runner.invoke(main, ["evidence", "snapshot", "--date", "2026-03-01"])
    assert snap.exit_code == 0 and "written: 1 objects, log size 1" in snap.output, snap.output
    again = runner.invoke(main, ["evidence", "snapshot", "--date", "2026-03-01"])
    assert "already there" in again.output
    too_early = runner.invoke(main, ["evidence", "snapshot", "--date", dt.datetime.now(dt.UTC).date().isoformat()])
    assert too_early.exit_code == 1 and "not a completed UTC day" in too_early.output
    vkey = tmp_path / "auditor.vkey"
    assert runner.invoke(main, ["evidence", "public-key", "--out", str(vkey)]).exit_code == 0
    ok = runner.invoke(main, ["evidence", "verify", "--date", "2026-03-01", "--public-key", str(vkey)])
    assert ok.exit_code == 0 and "PASS" in ok.output, ok.output
    other = tmp_path / "other.vkey"
    other.write_text(verifier_key(f"veilstream/{bucket}", make_signer(b"\x44" * 32).public_key_bytes()))
    bad = runner.invoke(main, ["evidence", "verify", "--date", "2026-03-01", "--public-key", str(other)])
    assert bad.exit_code == 1 and "FAIL evidence/dt=2026-03-01/manifest.json" in bad.output, bad.output


def test_signing_key_wrapped_by_the_local_kms(stack, tmp_path):
    from pipeline.keys.signing import init_signing_key, load_signer

    kek = stack.s3("kms").create_key(Description="evidence test KEK")["KeyMetadata"]["KeyId"]
    a = Archive(stack, make_signer(b"\x55" * 32))
    settings = a.settings.model_copy(
        update={"state_dir": tmp_path, "key_provider": "kms", "kms_key_id": kek, "s3_endpoint_url": stack.kms_endpoint}
    )
    signer = init_signing_key(settings)
    assert (tmp_path / "evidence-signing.kms").stat().st_mode & 0o777 == 0o600
    assert not (tmp_path / "evidence-signing.key").exists()
    a.write(DAY1, 0, range(2))
    snapshot(a.store, DAY1, load_signer(settings))
    assert verify_day(a.store, DAY1, TrustedKey(signer.name, signer.public_key_bytes())) == []


def test_control_sections_are_signed_and_verified(stack):
    from pipeline.evidence.controls import register_events
    from pipeline.topology.model import Topology

    a = Archive(stack, make_signer(b"\x33" * 32))
    topo = Topology.model_validate(
        {
            "name": "t",
            "policy": "default",
            "streams": [
                {
                    "name": "tickets",
                    "tenants": ["acme"],
                    "vendors": [
                        {
                            "name": "openai",
                            "models": ["m"],
                            "region": "us",
                            "zero_data_retention": True,
                            "no_training": True,
                        }
                    ],
                }
            ],
        }
    )
    (register,) = register_events(topo, midnight_ms(DAY1))
    events = [register] + [
        dataclasses.replace(decision(i, DAY1), outputs=("ai.tickets",), classification="confidential") for i in range(3)
    ]
    records = [Consumed(o, midnight_ms(DAY1) + o, e) for o, e in enumerate(events)]
    obj = build_object(DAY1, "audit.events", 0, records, GENESIS)
    assert a.store.put_new(obj.key, obj.body, obj.metadata(), "avro/binary") is not None
    manifest = snapshot(a.store, DAY1, a.signer).manifest
    (row,) = manifest["controls"]["exposure"]
    assert (row["tenant"], row["vendor"], row["records"]) == ("acme", "openai", 3)
    assert manifest["controls"]["classification"] == {"confidential": {"protected": 3}}
    assert verify_day(a.store, DAY1, a.key) == []

    # A manifest whose exposure report was edited and re-signed with the right key still fails.
    key = "evidence/dt=2026-03-01/manifest.json"
    m = json.loads(a.get(key))
    m["controls"]["exposure"][0]["records"] = 1
    body = canonical(m)
    a.put(key, body)
    a.put("evidence/dt=2026-03-01/manifest.sig", base64.b64encode(a.signer.sign(body)) + b"\n")
    failures = verify_day(a.store, DAY1, a.key)
    assert "controls does not match the archive" in reasons(failures, key), failures


def test_access_review_from_the_archive_and_an_audited_sign_off(stack, tmp_path, monkeypatch, topic_factory):
    from pipeline.cli import main
    from pipeline.codecs import decode_audit
    from pipeline.settings import get_settings
    from pipeline.vault.apikeys import ApiKeyStore

    bucket, audit_topic = f"review-{uuid.uuid4().hex[:12]}", topic_factory("audit")
    for k, v in {
        "VEILSTREAM_AUDIT_BUCKET": bucket,
        "VEILSTREAM_STATE_DIR": str(tmp_path),
        "VEILSTREAM_AUDIT_TOPIC": audit_topic,
    }.items():
        monkeypatch.setenv(k, v)
    settings = get_settings()
    store = ObjectStore.from_settings(settings)
    store.ensure_bucket()
    keys = ApiKeyStore(tmp_path / "apikeys.json")
    bot, _ = keys.create("support-bot", "acme", "restorer")
    idle, _ = keys.create("idle-service", "acme", "restorer")
    today = dt.datetime.now(dt.UTC).date()
    restore = AuditEvent(
        audit_id="r1",
        kind="restore",
        occurred_at=midnight_ms(today) + 1,
        tenant="acme",
        stream="tickets",
        outcome="allowed",
        reason_code="customer_request",
        actor="support-bot",
    )
    obj = build_object(today, "audit.events", 0, [Consumed(0, midnight_ms(today), restore)], GENESIS)
    assert store.put_new(obj.key, obj.body, obj.metadata(), "avro/binary") is not None

    result = CliRunner().invoke(main, ["apikeys", "review", "--json", "--days", "30"])
    assert result.exit_code == 0, result.output
    rows = {k["key_id"]: k for k in json.loads(result.output)["keys"]}
    assert rows[bot.key_id]["uses"] == {"restore": {"customer_request": 1}}
    assert rows[idle.key_id]["last_used"] is None

    signed = CliRunner().invoke(main, ["apikeys", "review", "--sign-off", "Dana Reviewer"])
    assert signed.exit_code == 0, signed.output
    assert "support-bot" in signed.output and "signed off by Dana Reviewer" in signed.output
    consumer = stack.consumer(f"g-{uuid.uuid4().hex[:8]}")
    consumer.subscribe([audit_topic])
    try:
        msg = None
        for _ in range(30):
            msg = consumer.poll(1.0)
            if msg is not None and not msg.error():
                break
        assert msg is not None and not msg.error()
        event = decode_audit(msg.value())
    finally:
        consumer.close()
    assert event.kind == "access_review" and json.loads(event.reason)["reviewer"] == "Dana Reviewer"
