"""Topology files -> topics with their settings; every shipped topology loads."""

from pathlib import Path

import pytest

from pipeline.settings import REPO_ROOT
from pipeline.topology import load_topology
from pipeline.topology.model import policy_path

BASE = "name: t1\npolicy: default\nstreams:\n  - name: s1\n    tenants: [acme]\n"
SHIPPED = sorted((REPO_ROOT / "topologies").glob("*.yaml"))


def load(text: str):
    return load_topology(Path("t.yaml"), text=text)


def specs(text: str) -> dict:
    return {s.name: s for s in load(text).topic_specs()}


def test_every_topic_of_a_stream_and_the_audit_topic():
    t = load(BASE)
    assert t.topic_names() == ["audit.events", "raw.s1", "ai.s1", "store.s1", "quarantine.s1", "dlq.s1", "vault.s1"]
    assert [s.name for s in t.topic_specs()] == t.topic_names()
    assert t.consumer_group == "veilstream-t1"


@pytest.mark.parametrize(
    "extra, topic, partitions, retention, cleanup",
    [
        ("", "raw.s1", 2, "604800000", "delete"),
        ("", "vault.s1", 2, "86400000", "compact,delete"),
        ("topics: {partitions: 4, retention_ms: 1000}\n", "ai.s1", 4, "1000", "delete"),
        ("topics: {compact: true}\n", "store.s1", 2, "604800000", "compact"),
        ("outputs: {dlq: {retention_ms: 5000}}\n", "dlq.s1", 2, "5000", "delete"),
        ("outputs: {dlq: {retention_ms: 5000}}\n", "quarantine.s1", 2, "604800000", "delete"),
        ("outputs: {audit: {partitions: 1, compact: true}}\n", "audit.events", 1, "604800000", "compact"),
        ("vault_retention_ms: 3600000\ntopics: {compact: false}\n", "vault.s1", 2, "3600000", "compact,delete"),
        ("audit_topic: audit.other\n", "audit.other", 2, "604800000", "delete"),
    ],
)
def test_topic_settings_with_overrides(extra, topic, partitions, retention, cleanup):
    spec = specs(BASE + extra)[topic]
    assert (spec.partitions, spec.configs["retention.ms"], spec.configs["cleanup.policy"]) == (
        partitions,
        retention,
        cleanup,
    )


def test_input_topic_can_be_named():
    t = load(BASE.replace("tenants: [acme]", "tenants: [acme]\n    input: legacy.tickets"))
    assert t.streams[0].raw == "legacy.tickets"
    assert "legacy.tickets" in t.topic_names()


@pytest.mark.parametrize(
    "path, policy, expected",
    [
        ("topologies/a.yaml", "default", "topologies/policies/default.yaml"),
        ("x/a.yaml", "custom/p.yaml", "x/custom/p.yaml"),
    ],
)
def test_policy_path_is_beside_the_topology(path, policy, expected):
    t = load(BASE.replace("policy: default", f"policy: {policy}"))
    assert policy_path(t, Path(path)) == Path(expected)


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_shipped_topologies_load_and_name_an_existing_policy(path):
    t = load_topology(path)
    assert t.name == path.stem
    assert policy_path(t, path).is_file(), f"{path.name} names policy {t.policy!r}, which has no file"
    sample = REPO_ROOT / "topologies" / "samples" / f"{t.name}.jsonl"
    assert sample.is_file(), f"{t.name} has no sample producer input"


def test_shipped_topologies_agree_on_the_shared_audit_topic():
    audit = [load_topology(p).topic_specs()[0] for p in SHIPPED]
    assert len({(a.name, a.partitions, tuple(sorted(a.configs.items()))) for a in audit}) == 1


def test_the_four_examples_ship():
    assert {p.stem for p in SHIPPED} >= {"support-tickets", "clinical-notes", "payments-chat", "eu-helpdesk"}
