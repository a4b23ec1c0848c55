"""The difference between a topology file and the cluster, as a list of changes.

A pure function of plain values, so every case is a table row in a unit test.
Deleting is never planned unless asked for (`prune`), and then only topics a
previous deploy of the same topology recorded and no other topology uses.
Changes Kafka cannot make in place (fewer partitions, another replication
factor) are problems: a plan with problems is refused as a whole.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from pipeline.registry import Compatibility, compatibility_problems
from pipeline.topology.cluster import DEPLOYMENTS_TOPIC, ClusterTopic
from pipeline.topology.model import TopicSpec

# The bookkeeping topic every deploy needs (see cluster.py).
DEPLOYMENTS_SPEC = TopicSpec(
    DEPLOYMENTS_TOPIC, "deployments", 1, 1, {"cleanup.policy": "compact", "retention.ms": "-1"}
)


@dataclass(frozen=True)
class CreateTopic:
    spec: TopicSpec

    def describe(self) -> str:
        s = self.spec
        configs = ", ".join(f"{k}={v}" for k, v in sorted(s.configs.items()))
        return f"+ create {s.name}: {s.partitions} partitions, replication {s.replication}, {configs}"


@dataclass(frozen=True)
class AlterConfigs:
    topic: str
    changes: dict[str, tuple[str | None, str]]  # config -> (on the cluster, in the file)

    def describe(self) -> str:
        parts = [
            f"{k} {old if old is not None else '(unset)'} -> {new}" for k, (old, new) in sorted(self.changes.items())
        ]
        return f"~ alter {self.topic}: " + ", ".join(parts)


@dataclass(frozen=True)
class AddPartitions:
    topic: str
    current: int
    wanted: int

    def describe(self) -> str:
        return f"~ partitions {self.topic}: {self.current} -> {self.wanted}"


@dataclass(frozen=True)
class DeleteTopic:
    topic: str

    def describe(self) -> str:
        return f"- delete {self.topic} (--prune)"


@dataclass(frozen=True)
class RegisterSchema:
    subject: str
    schema_name: str
    schema_str: str
    version: int  # the version it becomes

    def describe(self) -> str:
        return f"+ register {self.subject}: {self.schema_name} as version {self.version}"


Change = CreateTopic | AlterConfigs | AddPartitions | DeleteTopic | RegisterSchema


def schema_plan(
    desired: list[tuple[str, str, str]], registered: dict[str, list[str]], level: Compatibility
) -> tuple[list[RegisterSchema], list[str], list[str]]:
    """(changes, problems, unchanged) for output schemas: DESIRED is (subject, schema name,
    schema text); REGISTERED the texts of each subject's versions, oldest first. A schema
    that is already a version of its subject changes nothing; one that breaks LEVEL is a problem."""
    changes: list[RegisterSchema] = []
    problems: list[str] = []
    unchanged: list[str] = []
    for subject, name, text in desired:
        versions = [json.loads(v) for v in registered.get(subject, [])]
        new = json.loads(text)
        if new in versions:
            unchanged.append(subject)
            continue
        broken = compatibility_problems(new, versions, level)
        if broken:
            problems.append(f"{subject}: {name} breaks {level} compatibility: " + "; ".join(broken))
        else:
            changes.append(RegisterSchema(subject, name, text, len(versions) + 1))
    return changes, problems, unchanged


@dataclass(frozen=True)
class Plan:
    topology: str
    changes: tuple[Change, ...]
    problems: tuple[str, ...] = ()  # changes Kafka cannot make: the plan is refused
    orphans: tuple[str, ...] = ()  # topics no longer in the file, kept without --prune
    unchanged: tuple[str, ...] = ()
    owned: tuple[str, ...] = field(default=())  # what the topology owns after the deploy (its record)

    @property
    def empty(self) -> bool:
        return not self.changes

    def describe(self) -> list[str]:
        lines = [c.describe() for c in self.changes]
        lines += [f"! {p}" for p in self.problems]
        lines += [f"  keep {t}: no longer in the file (deploy --prune deletes it)" for t in self.orphans]
        if self.unchanged:
            lines.append(f"= {len(self.unchanged)} topic(s) up to date")
        if not self.changes and not self.problems:
            lines.append("no changes")
        return lines


def _norm(key: str, value: str | None) -> str | None:
    # "delete,compact" and "compact,delete" are the same policy.
    if value is not None and key == "cleanup.policy":
        return ",".join(sorted(v.strip() for v in value.split(",")))
    return value


def plan(
    topology: str,
    desired: list[TopicSpec],
    cluster: dict[str, ClusterTopic],
    *,
    owned_before: tuple[str, ...] = (),
    owned_by_others: frozenset[str] = frozenset(),
    prune: bool = False,
) -> Plan:
    """Changes that make the cluster match `desired` (cluster: the topics that exist)."""
    changes: list[Change] = []
    problems: list[str] = []
    unchanged: list[str] = []
    for spec in [DEPLOYMENTS_SPEC, *desired]:
        have = cluster.get(spec.name)
        if have is None:
            changes.append(CreateTopic(spec))
            continue
        before = len(changes)
        if have.partitions < spec.partitions:
            changes.append(AddPartitions(spec.name, have.partitions, spec.partitions))
        elif have.partitions > spec.partitions and spec.kind != "deployments":
            problems.append(
                f"{spec.name}: has {have.partitions} partitions, the file says {spec.partitions}; "
                f"Kafka cannot remove partitions (set partitions: {have.partitions} or recreate the topic)"
            )
        if have.replication and have.replication != spec.replication and spec.kind != "deployments":
            problems.append(
                f"{spec.name}: replication is {have.replication}, the file says {spec.replication}; "
                "changing it needs a partition reassignment, which deploy does not do"
            )
        diff = {
            k: (have.configs.get(k), v) for k, v in spec.configs.items() if _norm(k, have.configs.get(k)) != _norm(k, v)
        }
        if diff:
            changes.append(AlterConfigs(spec.name, diff))
        if len(changes) == before:
            unchanged.append(spec.name)

    wanted = {s.name for s in desired}
    gone = [t for t in owned_before if t not in wanted and t in cluster and t not in owned_by_others]
    if prune:
        changes += [DeleteTopic(t) for t in gone]
    orphans = () if prune else tuple(gone)
    # Orphans stay owned, so that a later `deploy --prune` can still delete them.
    return Plan(
        topology, tuple(changes), tuple(problems), orphans, tuple(unchanged), tuple(s.name for s in desired) + orphans
    )
