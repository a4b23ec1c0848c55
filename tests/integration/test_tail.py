"""`veilstream tail` like kcat, through the real broker: -n from the end, --from-beginning, -f."""

from __future__ import annotations

import json
import threading
import time

import pytest
from click.testing import CliRunner

from pipeline import codecs
from pipeline.cli import main

pytestmark = pytest.mark.integration


def record(i: int) -> bytes:
    return codecs.encode(
        "ProtectedRecord",
        {
            "record_id": f"r-{i}",
            "event_id": f"e-{i}",
            "tenant": "acme",
            "source": "s",
            "produced_at": i,
            "text": f"text {i}",
            "entity_counts": {},
            "policy_id": "p",
            "policy_version": "v",
        },
    )


def events(output: str) -> list[str]:
    return [json.loads(line)["event_id"] for line in output.splitlines()]


def test_last_n_everything_and_follow(stack, topic_factory):
    topic = topic_factory("ai", partitions=1)
    stack.produce(topic, [record(i) for i in range(6)])
    runner = CliRunner()
    assert events(runner.invoke(main, ["tail", topic, "-n", "2"]).output) == ["e-4", "e-5"]
    assert events(runner.invoke(main, ["tail", topic]).output) == [f"e-{i}" for i in range(6)]
    assert events(runner.invoke(main, ["tail", topic, "--from-beginning", "-n", "10"]).output)[-1] == "e-5"

    # -f: only what arrives after the start; --idle-timeout ends it for a script
    later = threading.Timer(3.0, lambda: stack.produce(topic, [record(6), record(7)]))
    later.start()
    started = time.monotonic()
    followed = runner.invoke(main, ["tail", topic, "-f", "--idle-timeout", "8"])
    later.join()
    assert followed.exit_code == 0, followed.output
    assert events(followed.output) == ["e-6", "e-7"] and time.monotonic() - started >= 3
    last_then_follow = runner.invoke(main, ["tail", topic, "-n", "1", "-f", "--idle-timeout", "1"])
    assert events(last_then_follow.output) == ["e-7"]


def test_a_missing_topic_is_a_usage_level_error(stack):
    result = CliRunner().invoke(main, ["tail", "no-such-topic-here"])
    assert result.exit_code == 1 and "no topic named" in result.output
