"""Topology deploy against the real broker: plan, idempotent apply, prune, refusal, status."""

from __future__ import annotations

import shutil
import time
import uuid
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner
from confluent_kafka import TopicPartition
from confluent_kafka.admin import AlterConfigOpType, ConfigEntry, ConfigResource, ResourceType

from pipeline.cli import main
from pipeline.clients import KafkaClients
from pipeline.settings import REPO_ROOT
from pipeline.topology import cluster, load_topology
from pipeline.topology.cluster import ClusterError
from pipeline.topology.deploy import deploy, make_plan
from pipeline.topology.plan import AddPartitions, AlterConfigs, CreateTopic, DeleteTopic
from pipeline.topology.status import report, snapshot

pytestmark = pytest.mark.integration

WEEK, MONTH = 604800000, 2592000000


def write_topology(tmp_path: Path, name: str, streams: list[str], **extra) -> Path:
    doc = {
        "name": name,
        "policy": "default",
        "streams": [{"name": s, "tenants": ["acme"]} for s in streams],
        "audit_topic": f"audit.{name}",
        "topics": {"partitions": 2, "replication": 1, "retention_ms": WEEK},
        **extra,
    }
    (tmp_path / "policies").mkdir(exist_ok=True)
    shutil.copy(REPO_ROOT / "topologies" / "policies" / "default.yaml", tmp_path / "policies" / "default.yaml")
    path = tmp_path / f"{name}.yaml"
    path.write_text(yaml.safe_dump(doc, sort_keys=False))
    return path


@pytest.fixture
def name() -> str:
    return f"t-{uuid.uuid4().hex[:10]}"


def cluster_topics(kafka: KafkaClients, names):
    return cluster.describe_topics(cluster.admin(kafka), names)


def test_deploy_creates_everything_and_deploying_twice_is_a_no_op(stack, tmp_path, name):
    topology = load_topology(write_topology(tmp_path, name, [name]))
    first_plan = make_plan(stack.kafka, topology)
    created = {c.spec.name for c in first_plan.changes if isinstance(c, CreateTopic)}
    assert set(topology.topic_names()) <= created

    done = deploy(stack.kafka, topology)
    assert done.recorded and len(done.applied) == len(first_plan.changes)
    have = cluster_topics(stack.kafka, topology.topic_names())
    assert set(have) == set(topology.topic_names())
    for spec in topology.topic_specs():
        assert have[spec.name].partitions == spec.partitions
        assert have[spec.name].configs.get("retention.ms") == spec.configs["retention.ms"]
    assert have[f"vault.{name}"].configs["cleanup.policy"] in ("compact,delete", "delete,compact")

    again = deploy(stack.kafka, topology)
    assert again.applied == () and not again.recorded
    assert make_plan(stack.kafka, topology).empty


def test_plan_shows_an_altered_retention_and_changes_nothing(stack, tmp_path, name):
    path = write_topology(tmp_path, name, [name])
    deploy(stack.kafka, load_topology(path))

    # The reviewed file now keeps dead letters for 30 days.
    path = write_topology(tmp_path, name, [name], outputs={"dlq": {"retention_ms": MONTH}})
    changed = load_topology(path)
    the_plan = make_plan(stack.kafka, changed)
    assert list(the_plan.changes) == [AlterConfigs(f"dlq.{name}", {"retention.ms": (str(WEEK), str(MONTH))})]
    assert f"~ alter dlq.{name}: retention.ms {WEEK} -> {MONTH}" in the_plan.describe()
    assert cluster_topics(stack.kafka, [f"dlq.{name}"])[f"dlq.{name}"].configs["retention.ms"] == str(WEEK)

    result = CliRunner().invoke(main, ["topology", "plan", str(path)])
    assert result.exit_code == 0, result.output
    assert f"~ alter dlq.{name}: retention.ms {WEEK} -> {MONTH}" in result.output

    assert CliRunner().invoke(main, ["topology", "plan", "--detailed-exitcode", str(path)]).exit_code == 3

    deploy(stack.kafka, changed)
    assert cluster_topics(stack.kafka, [f"dlq.{name}"])[f"dlq.{name}"].configs["retention.ms"] == str(MONTH)
    assert make_plan(stack.kafka, changed).empty
    assert CliRunner().invoke(main, ["topology", "plan", "--detailed-exitcode", str(path)]).exit_code == 0


def test_drift_made_on_the_cluster_is_planned_back(stack, tmp_path, name):
    topology = load_topology(write_topology(tmp_path, name, [name]))
    deploy(stack.kafka, topology)
    admin = stack.admin()
    resource = ConfigResource(
        ResourceType.TOPIC,
        f"ai.{name}",
        incremental_configs=[ConfigEntry("retention.ms", "1000", incremental_operation=AlterConfigOpType.SET)],
    )
    for future in admin.incremental_alter_configs([resource]).values():
        future.result(timeout=30)
    assert list(make_plan(stack.kafka, topology).changes) == [
        AlterConfigs(f"ai.{name}", {"retention.ms": ("1000", str(WEEK))})
    ]
    deploy(stack.kafka, topology)
    assert make_plan(stack.kafka, topology).empty


def test_removed_stream_is_deleted_only_with_prune(stack, tmp_path, name):
    extra = f"{name}-extra"
    deploy(stack.kafka, load_topology(write_topology(tmp_path, name, [name, extra])))
    smaller = load_topology(write_topology(tmp_path, name, [name]))
    extra_topics = {f"{k}.{extra}" for k in ("raw", "ai", "store", "quarantine", "dlq", "vault")}

    kept = deploy(stack.kafka, smaller)
    assert kept.applied == () and set(kept.plan.orphans) == extra_topics
    assert set(cluster_topics(stack.kafka, extra_topics)) == extra_topics

    # Still owned after a deploy without --prune, so --prune can delete them later.
    pruned = deploy(stack.kafka, smaller, prune=True)
    assert {c.topic for c in pruned.plan.changes if isinstance(c, DeleteTopic)} == extra_topics
    assert cluster_topics(stack.kafka, extra_topics) == {}
    assert set(cluster_topics(stack.kafka, smaller.topic_names())) == set(smaller.topic_names())
    assert make_plan(stack.kafka, smaller, prune=True).empty


@pytest.mark.parametrize(
    "broken, needle",
    [
        ("topology", ":5: streams[0].format: got 'xml'"),
        ("policy", "policies/default.yaml:{line}: entities.PERSON.ai: got 'launder'"),
    ],
)
def test_a_broken_file_is_refused_before_anything_is_applied(stack, tmp_path, name, broken, needle):
    path = write_topology(tmp_path, name, [name])
    if broken == "topology":
        path.write_text(path.read_text().replace("tenants:", "format: xml\n  tenants:"))
    else:
        policy = tmp_path / "policies" / "default.yaml"
        lines = policy.read_text().splitlines()
        line = next(i for i, text in enumerate(lines, 1) if text.strip().startswith("PERSON:"))
        lines[line - 1] = lines[line - 1].replace("ai: tokenize", "ai: launder")
        policy.write_text("\n".join(lines) + "\n")
        needle = needle.format(line=line)
    result = CliRunner().invoke(main, ["topology", "deploy", str(path)])
    assert result.exit_code == 1
    assert "refused, nothing applied" in result.output and needle in result.output, result.output
    assert cluster.existing_topics(cluster.admin(stack.kafka)).isdisjoint(
        {f"raw.{name}", f"audit.{name}", f"dlq.{name}"}
    )


def test_more_partitions_are_added_or_refused_with_nothing_applied(stack, tmp_path, name):
    deploy(stack.kafka, load_topology(write_topology(tmp_path, name, [name])))
    bigger = load_topology(
        write_topology(tmp_path, name, [name], outputs={"ai": {"partitions": 4}, "dlq": {"retention_ms": MONTH}})
    )
    the_plan = make_plan(stack.kafka, bigger)
    assert AddPartitions(f"ai.{name}", 2, 4) in the_plan.changes
    try:
        deploy(stack.kafka, bigger)
    except ClusterError as exc:
        # Tansu has no CreatePartitions: the riskiest change goes first, so nothing else was applied.
        assert "partitions" in str(exc) and "nothing was applied" in str(exc)
        assert cluster_topics(stack.kafka, [f"dlq.{name}"])[f"dlq.{name}"].configs["retention.ms"] == str(WEEK)
    else:
        assert cluster_topics(stack.kafka, [f"ai.{name}"])[f"ai.{name}"].partitions == 4
        assert make_plan(stack.kafka, bigger).empty


def test_status_reports_lag_throughput_and_counts(stack, tmp_path, name):
    path = write_topology(tmp_path, name, [name])
    topology = load_topology(path)
    deploy(stack.kafka, topology)
    raw, dlq = f"raw.{name}", f"dlq.{name}"

    stack.produce(raw, [b'{"n": %d}' % i for i in range(30)], key=b"k")  # one key: one partition
    stack.produce(dlq, [b"x"] * 3)
    first = snapshot(stack.kafka, topology)
    stack.produce(raw, [b'{"n": %d}' % i for i in range(30, 40)], key=b"k")

    # The worker's group has processed 25 of the 40 records of that partition.
    partition = next(p for (t, p), (start, end) in first.offsets.items() if t == raw and end > start)
    consumer = stack.consumer(topology.consumer_group)
    consumer.commit(offsets=[TopicPartition(raw, partition, 25)], asynchronous=False)
    consumer.close()

    second = snapshot(stack.kafka, topology)
    s = report(topology, first, second)
    rows = {p.partition: p for p in s.streams[0].partitions}
    assert (rows[partition].end, rows[partition].committed, rows[partition].lag) == (40, 25, 15)
    assert s.streams[0].lag == 15
    assert s.streams[0].counts["dlq"] == 3 and s.streams[0].counts["ai"] == 0
    assert s.streams[0].produced_per_s > 0 and s.streams[0].processed_per_s > 0

    result = CliRunner().invoke(main, ["topology", "status", str(path), "--interval", "0.2"])
    assert result.exit_code == 0, result.output
    assert f"stream {name}: lag 15" in result.output and "dlq 3" in result.output


def test_deploy_audits_the_classification_and_vendor_register(stack, tmp_path, name):
    import json

    from pipeline.codecs import decode_audit

    vendor = {
        "name": "openai",
        "models": ["gpt-4o-mini"],
        "region": "us",
        "zero_data_retention": True,
        "no_training": True,
        "soc2_report_date": "2026-06-30",
        "dpa_signed": True,
    }
    path = write_topology(tmp_path, name, [name])
    doc = yaml.safe_load(path.read_text())
    doc["streams"][0] |= {"classification": "restricted", "vendors": [vendor]}
    doc["topics"]["retention_ms"] = WEEK
    path.write_text(yaml.safe_dump(doc, sort_keys=False))
    for _ in range(2):  # a redeploy writes the same, content-addressed event again
        result = CliRunner().invoke(main, ["topology", "deploy", str(path), "--bootstrap", stack.bootstrap])
        assert result.exit_code == 0, result.output
        assert "registered classification and AI vendors of 1 stream(s)" in result.output
    consumer = stack.consumer(f"g-{name}")
    consumer.subscribe([f"audit.{name}"])
    events = []
    try:
        deadline = time.monotonic() + 30
        while len(events) < 2 and time.monotonic() < deadline:
            msg = consumer.poll(1.0)
            if msg is not None and not msg.error():
                events.append(decode_audit(msg.value()))
    finally:
        consumer.close()
    assert [e.kind for e in events] == ["register", "register"]
    assert events[0].audit_id == events[1].audit_id and events[0].classification == "restricted"
    assert json.loads(events[0].reason)["vendors"] == [vendor]
