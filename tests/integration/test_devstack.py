"""The embedded stack through the real broker and the real S3 API."""

from __future__ import annotations

import json
import os
import signal
import time
import uuid

import pytest

from pipeline import devstack
from pipeline.topology.model import StreamSpec, Topology

pytestmark = pytest.mark.integration


def test_messages_survive_a_broker_crash(stack, topic_factory):
    if not stack.embedded:
        pytest.skip("needs the embedded stack to kill its broker")  # external stacks: no fault control
    topic = topic_factory("durable", partitions=2)
    values = [f"event-{i}".encode() for i in range(20)]
    stack.produce(topic, values)

    stack.restart_broker(hard=True)  # SIGKILL: no chance to flush anything

    got = stack.consume_all(topic, min_count=len(values), timeout_s=30)
    assert sorted(m.value() for m in got) == sorted(values)
    # The broker keeps accepting writes after the restart.
    stack.produce(topic, [b"after-restart"])
    assert len(stack.consume_all(topic, min_count=len(values) + 1)) == len(values) + 1


def test_consumer_group_commits_and_resumes(stack, topic_factory, unique_name):
    topic = topic_factory("group", partitions=2)
    group = unique_name("group")
    stack.produce(topic, [b"a", b"b", b"c"])

    c = stack.consumer(group)
    c.subscribe([topic])
    seen = []
    deadline = time.monotonic() + 30
    while len(seen) < 3 and time.monotonic() < deadline:
        m = c.poll(0.5)
        if m is not None and not m.error():
            seen.append(m.value())
    assert sorted(seen) == [b"a", b"b", b"c"]
    c.commit(asynchronous=False)
    committed = c.committed(c.assignment(), timeout=10)
    c.close()
    assert sum(tp.offset for tp in committed if tp.offset >= 0) == 3

    # A new member of the same group starts after the committed offsets.
    stack.produce(topic, [b"d"])
    c = stack.consumer(group)
    c.subscribe([topic])
    later = []
    deadline = time.monotonic() + 30
    while not later and time.monotonic() < deadline:
        m = c.poll(0.5)
        if m is not None and not m.error():
            later.append(m.value())
    c.close()
    assert later == [b"d"]


def test_committed_offsets_survive_a_broker_crash(stack, topic_factory, unique_name):
    if not stack.embedded:
        pytest.skip("needs the embedded stack to kill its broker")
    from confluent_kafka import TopicPartition

    topic = topic_factory("offsets", partitions=1)
    group = unique_name("group")
    c = stack.consumer(group)
    c.commit(offsets=[TopicPartition(topic, 0, 7)], asynchronous=False)
    c.close()

    stack.restart_broker(hard=True)

    c = stack.consumer(group)
    try:
        [tp] = c.committed([TopicPartition(topic, 0)], timeout=10)
    finally:
        c.close()
    assert tp.offset == 7


def test_ensure_topics_is_idempotent(stack):
    from confluent_kafka.admin import ConfigResource

    name = f"t{uuid.uuid4().hex[:8]}"
    topo = Topology(
        name=name, policy="p.yaml", audit_topic=f"audit.{name}", streams=(StreamSpec(name=name, tenants=("acme",)),)
    )
    assert sorted(devstack.ensure_topics(stack.bootstrap, topo)) == sorted(topo.topic_names())
    assert devstack.ensure_topics(stack.bootstrap, topo) == []

    admin = stack.admin()
    md = admin.list_topics(timeout=10)
    for t in topo.topic_names():
        assert len(md.topics[t].partitions) == topo.topics.partitions
    want = {
        f"vault.{name}": ("compact", topo.vault_retention_ms),
        f"raw.{name}": ("delete", topo.topics.retention_ms),
    }
    for topic, (policy, retention) in want.items():
        res = ConfigResource("topic", topic)
        conf = admin.describe_configs([res])[res].result(timeout=10)
        assert conf["cleanup.policy"].value == policy
        assert int(conf["retention.ms"].value) == retention


def test_bucket_has_object_lock_and_versioning(stack):
    from pipeline.audit.s3 import ensure_bucket

    bucket = f"evidence-{uuid.uuid4().hex[:8]}"
    assert ensure_bucket(stack.s3(), bucket, lock_days=30) is True
    assert ensure_bucket(stack.s3(), bucket, lock_days=30) is False
    s3 = stack.s3()
    lock = s3.get_object_lock_configuration(Bucket=bucket)["ObjectLockConfiguration"]
    assert lock["ObjectLockEnabled"] == "Enabled"
    assert lock["Rule"]["DefaultRetention"]["Mode"] == "COMPLIANCE" and lock["Rule"]["DefaultRetention"]["Days"] == 30
    assert s3.get_bucket_versioning(Bucket=bucket)["Status"] == "Enabled"


def test_existing_bucket_without_lock_is_refused(stack):
    from pipeline.audit.s3 import BucketError, ensure_bucket

    bucket = f"plain-{uuid.uuid4().hex[:8]}"
    assert ensure_bucket(stack.s3(), bucket, lock_days=None) is True
    with pytest.raises(BucketError, match="without Object Lock"):
        ensure_bucket(stack.s3(), bucket, lock_days=30)


def test_kms_answers_on_the_stack(stack):
    kms = stack.s3("kms")
    key_id = kms.create_key(Description="devstack test")["KeyMetadata"]["KeyId"]
    blob = kms.encrypt(KeyId=key_id, Plaintext=b"data key")["CiphertextBlob"]
    assert blob != b"data key"
    assert kms.decrypt(CiphertextBlob=blob)["Plaintext"] == b"data key"


def test_stop_s3_makes_requests_hang_until_start_s3(stack):
    if not stack.embedded:
        pytest.skip("needs the embedded stack to pause its S3 server")
    from botocore.config import Config
    from botocore.exceptions import ConnectTimeoutError, ReadTimeoutError

    from pipeline.audit.s3 import ensure_bucket

    bucket = f"pause-{uuid.uuid4().hex[:8]}"
    ensure_bucket(stack.s3(), bucket, lock_days=1)
    impatient = devstack.s3_client(
        stack.s3_endpoint,
        stack.settings,
        config=Config(connect_timeout=1, read_timeout=1, retries={"max_attempts": 1}),
    )
    stack.stop_s3()
    try:
        with pytest.raises((ReadTimeoutError, ConnectTimeoutError)):
            impatient.head_bucket(Bucket=bucket)
    finally:
        stack.start_s3()
    stack.s3().put_object(Bucket=bucket, Key="k", Body=b"v")
    assert stack.s3().get_object(Bucket=bucket, Key="k")["Body"].read() == b"v"


def test_dev_cli_up_status_down(tmp_path, monkeypatch):
    # Its own stack on free ports: exercises the commands users type.
    from click.testing import CliRunner

    from pipeline.cli import main
    from pipeline.settings import get_settings

    kafka_port, s3_port = devstack.free_port(), devstack.free_port()
    monkeypatch.setenv("VEILSTREAM_STATE_DIR", str(tmp_path / "state"))
    monkeypatch.setenv("VEILSTREAM_DEV_KAFKA_PORT", str(kafka_port))
    monkeypatch.setenv("VEILSTREAM_DEV_S3_PORT", str(s3_port))
    runner = CliRunner()
    try:
        first = runner.invoke(main, ["dev", "up"])
        assert first.exit_code == 0, first.output
        assert f"127.0.0.1:{kafka_port}" in first.output
        assert f"http://127.0.0.1:{s3_port}" in first.output

        again = runner.invoke(main, ["dev", "up"])
        assert again.exit_code == 0 and "already up" in again.output

        status = runner.invoke(main, ["dev", "status"])
        assert status.exit_code == 0, status.output
        assert status.output.count(" up ") == 2
        assert all(
            part["healthy"] for part in json.loads(runner.invoke(main, ["dev", "status", "--json"]).output).values()
        )

        # A crashed broker: status says so, and `up` restarts only the broker.
        before = devstack._load_state(get_settings())
        os.kill(before["broker"].pid, signal.SIGKILL)
        while not devstack._gone(before["broker"].pid):
            time.sleep(0.05)
        assert runner.invoke(main, ["dev", "status"]).exit_code == 69
        repaired = runner.invoke(main, ["dev", "up"])
        assert repaired.exit_code == 0, repaired.output
        after_up = devstack._load_state(get_settings())
        assert after_up["s3"] == before["s3"]
        assert after_up["broker"].pid != before["broker"].pid
    finally:
        down = runner.invoke(main, ["dev", "down"])
    assert down.exit_code == 0 and "stopped broker" in down.output and "stopped s3" in down.output
    after = runner.invoke(main, ["dev", "status"])
    assert after.exit_code == 69 and after.output.count(" down ") == 2
    report = runner.invoke(main, ["dev", "status", "--json"])
    assert report.exit_code == 69 and not any(part["running"] for part in json.loads(report.output).values())
