"""Issue 8 acceptance: SIGTERM mid-stream finishes the batch, commits, exits 0, and loses nothing."""

from __future__ import annotations

import json
import signal
import time
from collections import Counter

import pytest

from pipeline.samples import generate
from tests.integration.opskit import scrape, start_worker, stop, total, wait_until
from tests.integration.streamkit import make_topology, read_outputs, run_until_drained

pytestmark = pytest.mark.integration


def test_sigterm_mid_stream_exits_zero_and_loses_nothing(stack, tmp_path, monkeypatch):
    # Wrapped data keys in a file: this test is about the worker's shutdown, not the keys topic.
    monkeypatch.setenv("VEILSTREAM_KEY_STORE", "file")
    path, topology = make_topology(tmp_path, stack.bootstrap, batch_size=16)
    stream = topology.streams[0]
    samples = generate(2500, seed=41, tenants=stream.tenants, prefix="term")
    stack.produce(stream.raw, [s.payload for s in samples])

    worker, port = start_worker(path, tmp_path / "first.log")
    try:
        wait_until(
            lambda: total(scrape(port)[1], "veilstream_decisions_total") >= 16,
            180,
            "the first decisions",
            interval_s=0.1,
        )
    finally:
        started = time.monotonic()
        code = stop(worker, signal.SIGTERM)
    print(f"exited {code} {time.monotonic() - started:.1f}s after SIGTERM")
    assert code == 0, (tmp_path / "first.log").read_text()[-3000:]
    first = read_outputs(stack.kafka, topology)
    decided_first = len(first.decisions_by_offset())
    assert 16 <= decided_first < len(samples), "SIGTERM came too late to be mid-stream"

    run_until_drained(path, tmp_path / "second.log")
    out = read_outputs(stack.kafka, topology)
    decisions = out.decisions_by_offset()
    assert set(decisions) == out.raw_offsets, "an input offset has no decision"
    assert all(len(ids) == 1 for ids in decisions.values())
    # The first worker committed what it finished: nothing was decided twice.
    written = Counter(e.audit_id for e in out.audit if e.kind == "decision")
    assert [a for a, n in written.items() if n > 1] == []
    assert sum(written.values()) == len(out.raw_offsets)

    # Its log is JSON lines (the drained worker says why it stopped).
    lines = [ln for ln in (tmp_path / "second.log").read_text().splitlines() if ln.strip()]
    assert any(json.loads(ln)["msg"] == "input drained; stopping" for ln in lines)
    assert all(json.loads(ln)["topology"] == topology.name for ln in lines)
