"""Issue 8 acceptance: canaries go through the real pipeline, their recall reaches the day's signed evidence."""

from __future__ import annotations

import datetime as dt
import signal
import threading
import uuid

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from pipeline import codecs
from pipeline.assurance import canary
from pipeline.audit.s3 import ObjectStore
from pipeline.audit.sink import AuditSink
from pipeline.evidence.snapshot import snapshot
from pipeline.evidence.verify import TrustedKey, verify_day
from pipeline.kafka import read_topic
from pipeline.keys.signing import EvidenceSigner
from pipeline.policy import load_policy
from pipeline.samples import generate
from pipeline.settings import REPO_ROOT
from tests.integration.opskit import scrape, start_worker, stop, total, wait_until
from tests.integration.streamkit import make_topology, read_outputs, run_until_drained

pytestmark = pytest.mark.integration

POLICY = load_policy(REPO_ROOT / "topologies" / "policies" / "default.yaml")
SESSION = {"session.timeout.ms": 6000, "heartbeat.interval.ms": 1000}


def archive(settings, topic: str, count: int, timeout_s: float = 120) -> None:
    sink = AuditSink(
        settings,
        ObjectStore.from_settings(settings),
        topic=topic,
        group_id=f"g-{uuid.uuid4().hex[:8]}",
        consumer_overrides=SESSION,
    )
    done = threading.Event()
    t = threading.Thread(target=sink.run, args=(done,), daemon=True)
    t.start()
    wait_until(lambda: sink.uploaded >= count or not t.is_alive(), timeout_s, "the audit sink to archive the topic")
    done.set()
    t.join(30)
    assert sink.uploaded == count


def test_canary_recall_is_measured_and_signed_into_the_days_evidence(stack, tmp_path, monkeypatch):
    monkeypatch.setenv("VEILSTREAM_KEY_STORE", "file")  # this test is about canaries, not the keys topic
    path, topology = make_topology(tmp_path, stack.bootstrap)
    stream = topology.streams[0]
    stack.produce(stream.raw, [s.payload for s in generate(30, seed=51, tenants=stream.tenants, prefix="can")])
    per_set = len(canary.canary_set(POLICY, stream.tenants, 1))  # the plain record + one per blocked type

    worker, port = start_worker(path, tmp_path / "worker.log", VEILSTREAM_CANARY_INTERVAL_S="2")
    try:
        wait_until(
            lambda: (
                total(scrape(port)[1], "veilstream_canary_values_total") >= 2 * len(canary.protected_entities(POLICY))
            ),
            180,
            "two canary sets checked",
        )
        _, samples = scrape(port)
    finally:
        code = stop(worker, signal.SIGTERM)
    assert code == 0, (tmp_path / "worker.log").read_text()[-2000:]
    injected = total(samples, "veilstream_canaries_injected_total", topology=topology.name)
    assert injected >= 2 * per_set
    # A canary injected just before SIGTERM is left for the next worker, as any unread record is.
    run_until_drained(path, tmp_path / "drain.log")

    out = read_outputs(stack.kafka, topology)
    # Every input offset, canaries included, has exactly one decision.
    decisions = out.decisions_by_offset()
    assert set(decisions) == out.raw_offsets and all(len(ids) == 1 for ids in decisions.values())

    # AI consumers can filter canaries by header: marked exactly when the event is a canary.
    recall_from_topic: dict[str, list[int]] = {}
    for m in read_topic(stack.kafka, stream.ai):
        rec = codecs.decode("ProtectedRecord", m.value())
        c = canary.regenerate(POLICY, stream.tenants, rec["event_id"])
        assert canary.is_marked(m.headers() or []) is (c is not None), rec["event_id"]
        if c is not None:  # measured independently of the worker: is any seeded value in clear?
            for entity, value in c.values.items():
                recall_from_topic.setdefault(entity, []).append(int(value not in rec["text"]))
    assert recall_from_topic, "no canary reached the AI-bound topic"

    checks = [e for e in out.audit if e.kind == "canary"]
    assert len({e.audit_id for e in checks}) == len(
        {e.audit_id for e in out.audit if e.kind == "decision" and (e.event_id or "").startswith("canary-")}
    )

    # Archive the audit topic, sign today's evidence, verify it.
    settings = stack.settings.model_copy(
        update={"audit_bucket": f"can-{uuid.uuid4().hex[:12]}", "audit_rotate_records": 50, "audit_rotate_seconds": 1.0}
    )
    ObjectStore.from_settings(settings).ensure_bucket()
    archive(settings, topology.audit_topic, len(out.audit))
    store = ObjectStore.from_settings(settings)
    signer = EvidenceSigner(Ed25519PrivateKey.generate(), f"veilstream/{settings.audit_bucket}", 0)
    day = dt.datetime.now(dt.UTC).date()
    manifest = snapshot(store, day, signer).manifest
    assert verify_day(store, day, TrustedKey(signer.name, signer.public_key_bytes())) == []

    recall = manifest["reconciliation"]["canary_recall"]
    assert set(recall) == set(canary.protected_entities(POLICY))  # every type the policy protects
    for entity, caught in recall_from_topic.items():
        # Non-blocked types: the evidence says exactly what the AI-bound topic shows.
        assert (recall[entity]["caught"], recall[entity]["injected"]) == (sum(caught), len(caught)), entity
    for entity in ("SECRET", "URL_CREDENTIALS"):  # blocked: caught means quarantined, never on the AI topic
        assert recall[entity]["recall"] == 1.0 and entity not in recall_from_topic
    print({e: r["recall"] for e, r in recall.items()})
    assert min(r["recall"] for r in recall.values()) >= 0.5
