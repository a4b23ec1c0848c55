"""An incident end to end through the real broker and S3: open, assess, remediate, close.

A record reached ai.<stream> with an email address in clear (the leak); the
archive holds its decision. After the policy is patched, remediation publishes
a corrected record (same key, correction header) and withdraws a record the
patched policy now blocks; closing needs the policy change and a passing case.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
import time

import pytest
import yaml
from click.testing import CliRunner

from pipeline import codecs
from pipeline.audit.archive import Consumed, build_object
from pipeline.audit.events import record_id
from pipeline.audit.s3 import ObjectStore
from pipeline.cli import main
from pipeline.keys import open_key_service
from pipeline.protect import protect
from pipeline.records import AuditEvent, Detection, Offset, ProtectedRecord, RawEvent, StoredRecord
from pipeline.settings import REPO_ROOT
from tests.integration import test_keys_fixtures as kf

pytestmark = pytest.mark.integration

key_settings = kf.key_settings
LEAKED = "dana.leak@example.org"
BLOCKED = "refund-code-77813"
TEXTS = {
    "e-1": f"Hi, please write to {LEAKED} about the invoice.",
    "e-2": f"My voucher {BLOCKED} did not work, ask {LEAKED}.",
}


@pytest.mark.parametrize("key_settings", ["local"], indirect=True)
def test_incident_lifecycle(stack, key_settings, unique_name, tmp_path, monkeypatch):
    stream = unique_name("inc").replace(".", "-")[:60]
    topo_dir = tmp_path / "topologies"
    (topo_dir / "policies").mkdir(parents=True)
    policy_file = topo_dir / "policies" / "default.yaml"
    shutil.copy(REPO_ROOT / "topologies" / "policies" / "default.yaml", policy_file)
    shutil.copy(
        REPO_ROOT / "topologies" / "policies" / "default.cases.yaml", topo_dir / "policies" / "default.cases.yaml"
    )
    topology = topo_dir / "t.yaml"
    topology.write_text(
        f"name: {stream}\npolicy: default\naudit_topic: {key_settings.audit_topic}\n"
        f"streams:\n  - name: {stream}\n    tenants: [acme]\n"
    )
    settings = key_settings.model_copy(
        update={"topologies_dir": topo_dir, "audit_bucket": unique_name("aud").replace(".", "-")[:60]}
    )
    for k, v in {**kf.settings_env(settings), "VEILSTREAM_AUDIT_BUCKET": settings.audit_bucket}.items():
        monkeypatch.setenv(k, v)

    # What the worker wrote, with a detector that missed the email: the leak on ai.*, its decision archived.
    now = int(time.time() * 1000)
    keys = open_key_service(settings)
    store = ObjectStore.from_settings(settings)
    store.ensure_bucket()
    decisions = []
    try:
        for i, (event_id, text) in enumerate(TEXTS.items()):
            ev = RawEvent(event_id, "acme", "test", text, now)
            p = protect(ev, Detection(), _policy(policy_file), keys)  # the miss
            rid = record_id(stream, "acme", event_id)
            stored = StoredRecord(rid, event_id, "acme", "test", now, None, p.store_text, p.values, "default", "v1")
            ai = ProtectedRecord(rid, event_id, "acme", "test", now, p.ai_text, {}, "default", "v1")
            stack.produce(
                f"store.{stream}", [codecs.encode("StoredRecord", codecs.stored_to_dict(stored))], key=rid.encode()
            )
            stack.produce(
                f"ai.{stream}", [codecs.encode("ProtectedRecord", codecs.protected_to_dict(ai))], key=rid.encode()
            )
            decisions.append(
                Consumed(
                    i,
                    now,
                    AuditEvent(
                        audit_id=f"d-{i}",
                        kind="decision",
                        occurred_at=now + i,
                        tenant="acme",
                        stream=stream,
                        outcome="protected",
                        event_id=event_id,
                        source=Offset(f"raw.{stream}", 0, i),
                        entity_counts={"PERSON": 1},
                        outputs=(f"ai.{stream}", f"store.{stream}"),
                    ),
                )
            )
    finally:
        keys.close()
    day = dt.datetime.now(dt.UTC).date()
    obj = build_object(day, "audit.events", 0, decisions, "0" * 64)
    assert store.put_new(obj.key, obj.body, obj.metadata(), "avro/binary") is not None

    run = CliRunner()

    def cli(*args: str) -> str:
        result = run.invoke(main, list(args), catch_exceptions=False)
        assert result.exit_code == 0, result.output
        return result.output

    inc = cli("incident", "open", "--topology", str(topology), "--kind", "residual_pii", "--severity", "high").strip()
    start = dt.datetime.fromtimestamp(now / 1000 - 60, dt.UTC).strftime("%Y-%m-%dT%H:%M:%S")
    end = dt.datetime.fromtimestamp(now / 1000 + 60, dt.UTC).strftime("%Y-%m-%dT%H:%M:%S")
    assessed = json.loads(cli("incident", "assess", inc, "--from", start, "--to", end, "--json"))
    assert assessed["records"] == 2 and assessed["tenants"] == {"acme": 2} and assessed["entity_kinds"] == {"PERSON": 2}
    assert LEAKED not in json.dumps(assessed)

    early = run.invoke(main, ["incident", "close", inc, "--case", f"{inc}: voucher codes"])
    assert early.exit_code != 0 and "patch it before closing" in early.output

    # The patch: voucher codes are secrets now (the record holding one is blocked).
    doc = yaml.safe_load(policy_file.read_text())
    doc.setdefault("deny_list", {}).setdefault("SECRET", []).append(BLOCKED)
    policy_file.write_text(yaml.safe_dump(doc, sort_keys=False))
    out = cli("incident", "remediate", inc)
    assert "1 record(s) corrected and 1 withdrawn" in out, out

    latest: dict[bytes, tuple[bytes | None, dict[str, bytes]]] = {}
    for m in stack.consume_all(f"ai.{stream}", min_count=4):
        latest[m.key()] = (m.value(), dict(m.headers() or []))
    corrected, headers = latest[record_id(stream, "acme", "e-1").encode()]
    assert headers.get("veilstream-correction") == inc.encode()
    text = codecs.decode("ProtectedRecord", corrected)["text"]
    assert LEAKED not in text and "<EMAIL_ADDRESS" in text
    withdrawn, headers = latest[record_id(stream, "acme", "e-2").encode()]
    assert withdrawn is None and headers.get("veilstream-correction") == inc.encode()

    cases = yaml.safe_load((topo_dir / "policies" / "default.cases.yaml").read_text())
    cases["cases"].append(
        {
            "name": f"{inc}: voucher codes",
            "text": f"voucher {BLOCKED}",
            "findings": {"SECRET": [BLOCKED]},
            "ai": "quarantined",
            "store": "quarantined",
        }
    )
    (topo_dir / "policies" / "default.cases.yaml").write_text(yaml.safe_dump(cases, sort_keys=False))
    assert "closed" in cli("incident", "close", inc, "--case", f"{inc}: voucher codes")

    events = [codecs.decode_audit(m.value()) for m in stack.consume_all(settings.audit_topic, min_count=6)]
    steps = [e.outcome for e in sorted(events, key=lambda e: e.occurred_at) if e.kind == "incident"]
    assert steps == ["opened", "assessed", "remediated", "closed"], steps
    assert sum(1 for e in events if e.kind == "remediation") == 2
    assert not any(LEAKED in json.dumps(codecs.audit_to_dict(e)) or BLOCKED in e.reason for e in events)


def _policy(path):
    from pipeline.policy import load_policy

    return load_policy(path)
