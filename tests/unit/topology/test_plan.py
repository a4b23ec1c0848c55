"""plan(): the file against the cluster, as changes; pure, so every case is a row."""

import pytest

from pipeline.topology.cluster import DEPLOYMENTS_TOPIC, ClusterTopic
from pipeline.topology.model import TopicSpec
from pipeline.topology.plan import (
    DEPLOYMENTS_SPEC,
    AddPartitions,
    AlterConfigs,
    CreateTopic,
    DeleteTopic,
    plan,
)

CONFIGS = {"retention.ms": "1000", "cleanup.policy": "delete"}
A = TopicSpec("raw.a", "raw", 2, 1, CONFIGS)
B = TopicSpec("ai.a", "ai", 2, 1, CONFIGS)
BOOK = ClusterTopic(DEPLOYMENTS_TOPIC, 1, 1, dict(DEPLOYMENTS_SPEC.configs))


def have(name, partitions=2, replication=1, **configs):
    return ClusterTopic(name, partitions, replication, configs or dict(CONFIGS))


def cluster(*topics):
    return {t.name: t for t in (BOOK, *topics)}


@pytest.mark.parametrize(
    "desired, on_cluster, expected",
    [
        # nothing there: create everything, the bookkeeping topic too
        ([A], {}, [CreateTopic(DEPLOYMENTS_SPEC), CreateTopic(A)]),
        # already as in the file: no change
        ([A, B], cluster(have("raw.a"), have("ai.a")), []),
        # one missing
        ([A, B], cluster(have("raw.a")), [CreateTopic(B)]),
        # altered retention
        (
            [A],
            cluster(have("raw.a", **{"retention.ms": "5", "cleanup.policy": "delete"})),
            [AlterConfigs("raw.a", {"retention.ms": ("5", "1000")})],
        ),
        # a broker that reports only configs set explicitly (Tansu)
        (
            [A],
            cluster(have("raw.a", **{"retention.ms": "1000"})),
            [AlterConfigs("raw.a", {"cleanup.policy": (None, "delete")})],
        ),
        # same cleanup policy in another order
        (
            [TopicSpec("v", "vault", 2, 1, {"cleanup.policy": "compact,delete"})],
            cluster(have("v", **{"cleanup.policy": "delete,compact"})),
            [],
        ),
        # more partitions in the file
        ([A], cluster(have("raw.a", partitions=1)), [AddPartitions("raw.a", 1, 2)]),
    ],
)
def test_changes(desired, on_cluster, expected):
    p = plan("t", desired, on_cluster)
    assert list(p.changes) == expected
    assert not p.problems
    assert p.empty == (not expected)


@pytest.mark.parametrize(
    "on_cluster, needle",
    [
        (cluster(have("raw.a", partitions=4)), "Kafka cannot remove partitions"),
        (cluster(have("raw.a", replication=3)), "needs a partition reassignment"),
    ],
)
def test_changes_kafka_cannot_make_are_problems(on_cluster, needle):
    p = plan("t", [A], on_cluster)
    assert any(needle in problem for problem in p.problems)
    assert any(line.startswith("! ") for line in p.describe())


@pytest.mark.parametrize(
    "owned_before, others, prune, deletes, orphans",
    [
        # without --prune nothing is deleted; the orphan is shown and stays owned
        (("raw.a", "raw.gone"), frozenset(), False, [], ("raw.gone",)),
        (("raw.a", "raw.gone"), frozenset(), True, [DeleteTopic("raw.gone")], ()),
        # a topic another topology also uses is never deleted
        (("raw.a", "raw.gone"), frozenset({"raw.gone"}), True, [], ()),
        # a topic never recorded as ours is never deleted
        (("raw.a",), frozenset(), True, [], ()),
    ],
)
def test_prune(owned_before, others, prune, deletes, orphans):
    on_cluster = cluster(have("raw.a"), have("raw.gone"), have("raw.someone-else"))
    p = plan("t", [A], on_cluster, owned_before=owned_before, owned_by_others=others, prune=prune)
    assert [c for c in p.changes if isinstance(c, DeleteTopic)] == deletes
    assert p.orphans == orphans
    assert set(p.owned) == {"raw.a", *orphans}


def test_describe_reads_like_a_plan():
    p = plan("t", [A, B], cluster(have("raw.a", **{"retention.ms": "5", "cleanup.policy": "delete"})))
    assert p.describe() == [
        "~ alter raw.a: retention.ms 5 -> 1000",
        "+ create ai.a: 2 partitions, replication 1, cleanup.policy=delete, retention.ms=1000",
        "= 1 topic(s) up to date",
    ]
    assert plan("t", [A], cluster(have("raw.a"))).describe()[-1] == "no changes"
