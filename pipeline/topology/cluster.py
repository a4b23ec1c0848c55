"""What the cluster has: topics, their configs, offsets, and who deployed what.

The only module of topology/ that talks to Kafka (confluent-kafka AdminClient
and a throwaway consumer). Everything it returns is plain data, so plan and
status are pure functions of it.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any

from confluent_kafka import Consumer, KafkaError, KafkaException, TopicPartition
from confluent_kafka.admin import AdminClient, ConfigResource, ResourceType

from pipeline.clients import KafkaClients
from pipeline.errors import ServiceUnavailable
from pipeline.kafka import position

# A compacted topic keyed by topology name: which topics each deploy created.
# `--prune` deletes only topics this record says the topology owned.
DEPLOYMENTS_TOPIC = "_veilstream.deployments"
MANAGED_CONFIGS = ("retention.ms", "cleanup.policy", "max.compaction.lag.ms", "segment.ms", "delete.retention.ms")
TIMEOUT_S = 15.0


class ClusterError(ServiceUnavailable):
    """The cluster could not be read or changed; the message says which call failed."""


@dataclass(frozen=True)
class ClusterTopic:
    name: str
    partitions: int
    replication: int
    configs: dict[str, str]  # only MANAGED_CONFIGS that the broker reports


@dataclass(frozen=True)
class Deployment:
    topology: str
    topics: tuple[str, ...]
    deployed_at: int  # epoch ms


def admin(kafka: KafkaClients) -> AdminClient:
    return kafka.admin({"socket.timeout.ms": int(TIMEOUT_S * 1000)})


def _result(future: Future[Any], what: str) -> Any:
    try:
        return future.result(timeout=TIMEOUT_S)
    except KafkaException as exc:
        raise ClusterError(f"{what}: {exc.args[0].str() if exc.args else exc}") from None
    except TimeoutError:
        raise ClusterError(f"{what}: no answer from the broker within {TIMEOUT_S:.0f}s") from None


def describe_topics(client: AdminClient, names: Iterable[str]) -> dict[str, ClusterTopic]:
    """The given topics that exist, with partitions, replication and managed configs."""
    try:
        meta = client.list_topics(timeout=TIMEOUT_S)
    except KafkaException as exc:
        raise ClusterError(f"cannot list topics: {exc.args[0].str() if exc.args else exc}") from None
    present = sorted({n for n in names if n in meta.topics and meta.topics[n].error is None})
    if not present:
        return {}
    futures = client.describe_configs(
        [ConfigResource(ResourceType.TOPIC, n) for n in present], request_timeout=TIMEOUT_S
    )
    configs: dict[str, dict[str, str]] = {}
    for resource, future in futures.items():
        entries = _result(future, f"describe configs of {resource.name}")
        configs[resource.name] = {
            k: e.value for k, e in entries.items() if k in MANAGED_CONFIGS and e.value is not None
        }
    out = {}
    for name in present:
        parts = meta.topics[name].partitions
        replication = min((len(p.replicas) for p in parts.values()), default=0)
        out[name] = ClusterTopic(name, len(parts), replication, configs.get(name, {}))
    return out


def existing_topics(client: AdminClient) -> set[str]:
    try:
        return set(client.list_topics(timeout=TIMEOUT_S).topics)
    except KafkaException as exc:
        raise ClusterError(f"cannot list topics: {exc.args[0].str() if exc.args else exc}") from None


def _consumer(kafka: KafkaClients) -> Consumer:
    # A reader that never joins a group and never commits.
    return kafka.consumer(
        {
            "group.id": "veilstream-topology-reader",
            "enable.auto.commit": False,
            "enable.partition.eof": True,
            "auto.offset.reset": "earliest",
        }
    )


def offsets(kafka: KafkaClients, partitions: Iterable[tuple[str, int]]) -> dict[tuple[str, int], tuple[int, int]]:
    """(start, end) offsets of each partition; end is the next offset to be written.

    Tansu answers ListOffsets with the base offset of the last batch + 1, which
    undercounts when that batch held several records; a fetch reports the true
    end. So the high watermark is confirmed by reading from just before it to
    the end of the partition (on Apache Kafka this reads at most one record).
    """
    wanted = list(partitions)
    consumer = _consumer(kafka)
    try:
        out: dict[tuple[str, int], tuple[int, int]] = {}
        tail: list[TopicPartition] = []
        for topic, partition in wanted:
            low, high = consumer.get_watermark_offsets(TopicPartition(topic, partition), timeout=TIMEOUT_S)
            out[(topic, partition)] = (low, high)
            if high > low:
                tail.append(TopicPartition(topic, partition, high - 1))
        pending = {(tp.topic, tp.partition) for tp in tail}
        if tail:
            consumer.assign(tail)
        deadline = time.monotonic() + TIMEOUT_S
        while pending and time.monotonic() < deadline:
            msg = consumer.poll(0.2)
            if msg is None:
                continue
            err = msg.error()
            if err is not None and err.code() != KafkaError._PARTITION_EOF:
                raise ClusterError(f"cannot read the end of {msg.topic()}[{msg.partition()}]: {err.str()}")
            topic, partition, offset = position(msg)
            key = (topic, partition)
            low, high = out[key]
            end = offset if err is not None else offset + 1
            out[key] = (low, max(high, end))
            if err is not None:
                pending.discard(key)
        if pending:
            raise ClusterError(f"no answer reading the end of {sorted(pending)}")
        return out
    finally:
        consumer.close()


def partitions_of(client: AdminClient, topics: Iterable[str]) -> list[tuple[str, int]]:
    try:
        meta = client.list_topics(timeout=TIMEOUT_S)
    except KafkaException as exc:
        raise ClusterError(f"cannot list topics: {exc.args[0].str() if exc.args else exc}") from None
    out = []
    for topic in topics:
        info = meta.topics.get(topic)
        if info is not None and info.error is None:
            out += [(topic, p) for p in sorted(info.partitions)]
    return out


def committed(
    kafka: KafkaClients, group: str, partitions: Iterable[tuple[str, int]]
) -> dict[tuple[str, int], int | None]:
    """The consumer group's committed offset per partition (None: nothing committed yet)."""
    tps = [TopicPartition(t, p) for t, p in partitions]
    if not tps:
        return {}
    consumer = kafka.consumer({"group.id": group, "enable.auto.commit": False})
    try:
        result = consumer.committed(tps, timeout=TIMEOUT_S)
    except KafkaException as exc:
        raise ClusterError(f"cannot read offsets of group {group}: {exc.args[0].str() if exc.args else exc}") from None
    finally:
        consumer.close()
    return {(tp.topic, tp.partition): (tp.offset if tp.offset >= 0 else None) for tp in result}


def read_deployments(kafka: KafkaClients) -> dict[str, Deployment]:
    """The latest deployment record per topology (an empty dict before the first deploy)."""
    client = admin(kafka)
    parts = partitions_of(client, [DEPLOYMENTS_TOPIC])
    if not parts:
        return {}
    ends = offsets(kafka, parts)
    consumer = _consumer(kafka)
    latest: dict[str, Deployment] = {}
    try:
        pending = {key for key, (low, high) in ends.items() if high > low}
        consumer.assign([TopicPartition(t, p, ends[(t, p)][0]) for t, p in pending])
        deadline = time.monotonic() + TIMEOUT_S
        while pending and time.monotonic() < deadline:
            msg = consumer.poll(0.2)
            if msg is None:
                continue
            err = msg.error()
            if err is not None:
                if err.code() == KafkaError._PARTITION_EOF:
                    topic, partition, _ = position(msg)
                    pending.discard((topic, partition))
                    continue
                raise ClusterError(f"cannot read {DEPLOYMENTS_TOPIC}: {err.str()}")
            value = msg.value()
            if value is None:  # tombstone: the topology was removed
                latest.pop((msg.key() or b"").decode(), None)
                continue
            record = json.loads(value)
            latest[record["topology"]] = Deployment(record["topology"], tuple(record["topics"]), record["deployed_at"])
        if pending:
            raise ClusterError(f"no answer reading {DEPLOYMENTS_TOPIC}")
    finally:
        consumer.close()
    return latest


def write_deployment(kafka: KafkaClients, deployment: Deployment) -> None:
    producer = kafka.producer({"enable.idempotence": False})
    errors: list[str] = []
    value = json.dumps(
        {"topology": deployment.topology, "topics": list(deployment.topics), "deployed_at": deployment.deployed_at},
        sort_keys=True,
    ).encode()
    producer.produce(
        DEPLOYMENTS_TOPIC,
        key=deployment.topology.encode(),
        value=value,
        on_delivery=lambda err, _msg: errors.append(err.str()) if err else None,
    )
    if producer.flush(TIMEOUT_S) or errors:
        raise ClusterError(f"cannot record the deployment in {DEPLOYMENTS_TOPIC}: {errors or 'timeout'}")
