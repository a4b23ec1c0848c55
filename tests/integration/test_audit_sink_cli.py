"""`veilstream audit sink` as an operator runs it: a process, stopped with SIGTERM."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid

import pytest

from pipeline.audit.s3 import ObjectStore

from .test_audit_sink import archive_of, events

pytestmark = pytest.mark.integration


def test_sink_command_archives_and_stops_cleanly(stack, tmp_path, topic_factory):
    topic = topic_factory("audit", partitions=1)
    bucket = f"cli-sink-{uuid.uuid4().hex[:10]}"
    settings = stack.settings.model_copy(update={"audit_bucket": bucket})
    ObjectStore.from_settings(settings).ensure_bucket()
    stack.produce(topic, events(5))
    env = {
        **os.environ,
        "VEILSTREAM_AUDIT_BUCKET": bucket,
        "VEILSTREAM_STATE_DIR": str(tmp_path),
        "VEILSTREAM_AUDIT_ROTATE_SECONDS": "1",
    }
    veilstream = [sys.executable, "-m", "pipeline.cli"]  # the venv's bin/ need not be on PATH
    assert subprocess.run([*veilstream, "evidence", "init-key"], env=env, capture_output=True).returncode == 0
    proc = subprocess.Popen(
        [*veilstream, "audit", "sink", "--topic", topic, "--group", f"g-{uuid.uuid4().hex[:8]}"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and sum(map(len, archive_of(settings, topic).values())) < 5:
            time.sleep(0.5)
    finally:
        proc.send_signal(signal.SIGTERM)
        out, _ = proc.communicate(timeout=60)
    assert proc.returncode == 0, out[-2000:]
    assert "stopped after archiving 5 records" in out, out[-2000:]
    assert [r["kafka_offset"] for r in archive_of(settings, topic)[0]] == [0, 1, 2, 3, 4]
