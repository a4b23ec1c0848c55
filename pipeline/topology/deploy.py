"""Plan against the live cluster, and apply a plan idempotently.

`deploy` of a file that is already deployed changes nothing and writes
nothing. The riskiest changes go first (partitions, then configs, then new
topics, then deletes) so that a broker that refuses one leaves as little as
possible applied; running deploy again continues from where it stopped.
"""

from __future__ import annotations

import dataclasses
import time
from dataclasses import dataclass

from confluent_kafka.admin import AlterConfigOpType, ConfigEntry, ConfigResource, NewPartitions, NewTopic, ResourceType

from pipeline.clients import KafkaClients
from pipeline.registry import Registry, RegistryError, subject
from pipeline.topology import cluster
from pipeline.topology.cluster import ClusterError, Deployment
from pipeline.topology.model import Topology
from pipeline.topology.plan import (
    AddPartitions,
    AlterConfigs,
    CreateTopic,
    DeleteTopic,
    Plan,
    RegisterSchema,
    plan,
    schema_plan,
)


class DeployRefused(Exception):
    """The plan has changes Kafka cannot make; nothing was applied."""


@dataclass(frozen=True)
class Deployed:
    plan: Plan
    applied: tuple[str, ...]  # one line per change made
    recorded: bool  # whether the deployment record was (re)written


def make_plan(
    kafka: KafkaClients, topology: Topology, *, prune: bool = False, registry: Registry | None = None
) -> Plan:
    topics = _topic_plan(kafka, topology, prune=prune)
    desired = schema_outputs(topology)
    if not desired:
        return topics
    if registry is None:
        problem = "streams write the registry format: set VEILSTREAM_SCHEMA_REGISTRY_URL"
        return dataclasses.replace(topics, problems=(*topics.problems, problem))
    registered = {s: [v.schema_str for v in registry.versions(s)] for s, _, _ in desired}
    changes, problems, unchanged = schema_plan(desired, registered, topology.schema_compatibility)
    return dataclasses.replace(
        topics,
        changes=(*topics.changes, *changes),
        problems=(*topics.problems, *problems),
        unchanged=(*topics.unchanged, *unchanged),
    )


def schema_outputs(topology: Topology) -> list[tuple[str, str, str]]:
    """(subject, schema name, schema text) of every output written in the registry format."""
    from pipeline.formats import registry_outputs, schema_text

    return [
        (subject(topic), name, schema_text(name))
        for s in topology.streams
        if s.output_format == "registry"
        for topic, name in registry_outputs(s)
    ]


def _topic_plan(kafka: KafkaClients, topology: Topology, *, prune: bool) -> Plan:
    client = cluster.admin(kafka)
    deployments = cluster.read_deployments(kafka)
    mine = deployments.get(topology.name)
    others = frozenset(t for name, d in deployments.items() if name != topology.name for t in d.topics)
    desired = topology.topic_specs()
    names = [cluster.DEPLOYMENTS_TOPIC, *(s.name for s in desired), *(mine.topics if mine else ())]
    return plan(
        topology.name,
        desired,
        cluster.describe_topics(client, names),
        owned_before=mine.topics if mine else (),
        owned_by_others=others,
        prune=prune,
    )


def deploy(
    kafka: KafkaClients, topology: Topology, *, prune: bool = False, registry: Registry | None = None
) -> Deployed:
    the_plan = make_plan(kafka, topology, prune=prune, registry=registry)
    if the_plan.problems:
        raise DeployRefused("; ".join(the_plan.problems))
    applied = apply(kafka, the_plan, registry)
    recorded = False
    mine = cluster.read_deployments(kafka).get(topology.name)
    if mine is None or set(mine.topics) != set(the_plan.owned):
        cluster.write_deployment(kafka, Deployment(topology.name, the_plan.owned, int(time.time() * 1000)))
        recorded = True
    return Deployed(the_plan, tuple(applied), recorded)


def apply(kafka: KafkaClients, the_plan: Plan, registry: Registry | None = None) -> list[str]:
    client = cluster.admin(kafka)
    applied: list[str] = []
    timeout = cluster.TIMEOUT_S

    def wait(futures: dict, changes: list) -> None:
        by_topic = {getattr(c, "topic", None) or c.spec.name: c for c in changes}
        for key, future in futures.items():
            change = by_topic[key if isinstance(key, str) else key.name]
            try:
                future.result(timeout=timeout)
            except Exception as exc:  # noqa: BLE001 - KafkaException or timeout: say what was done so far
                detail = exc.args[0].str() if exc.args and hasattr(exc.args[0], "str") else str(exc)
                done = f"; applied before the failure: {applied}" if applied else "; nothing was applied"
                raise ClusterError(f"cannot {change.describe()[2:]}: {detail}{done}") from None
            applied.append(change.describe())

    adds = [c for c in the_plan.changes if isinstance(c, AddPartitions)]
    if adds:
        wait(client.create_partitions([NewPartitions(c.topic, c.wanted) for c in adds], request_timeout=timeout), adds)
    alters = [c for c in the_plan.changes if isinstance(c, AlterConfigs)]
    if alters:
        resources = [
            ConfigResource(
                ResourceType.TOPIC,
                c.topic,
                incremental_configs=[
                    ConfigEntry(k, new, incremental_operation=AlterConfigOpType.SET)
                    for k, (_, new) in sorted(c.changes.items())
                ],
            )
            for c in alters
        ]
        wait(client.incremental_alter_configs(resources, request_timeout=timeout), alters)
    creates = [c for c in the_plan.changes if isinstance(c, CreateTopic)]
    if creates:
        topics = [
            NewTopic(c.spec.name, c.spec.partitions, c.spec.replication, config=dict(c.spec.configs)) for c in creates
        ]
        wait(client.create_topics(topics, request_timeout=timeout), creates)
    deletes = [c for c in the_plan.changes if isinstance(c, DeleteTopic)]
    if deletes:
        wait(client.delete_topics([c.topic for c in deletes], request_timeout=timeout), deletes)
    # Schemas last: a topic change that failed leaves the registry as it was.
    for c in the_plan.changes:
        if isinstance(c, RegisterSchema):
            if registry is None:
                raise ClusterError("the plan registers schemas but no registry is configured")
            try:
                registry.register(c.subject, c.schema_str)
            except RegistryError as exc:
                raise ClusterError(f"cannot {c.describe()[2:]}: {exc}; applied before the failure: {applied}") from None
            applied.append(c.describe())
    return applied
