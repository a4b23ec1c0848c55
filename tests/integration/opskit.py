"""Helpers for the operations tests: a worker with a known web port, scraping /metrics."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.request
from collections import defaultdict
from pathlib import Path

from prometheus_client.parser import text_string_to_metric_families

from pipeline import devstack


def start_worker(topology_path: Path, log: Path, **env: str) -> tuple[subprocess.Popen, int]:
    """A `veilstream run` subprocess (no --until-drained) and its web port."""
    port = devstack.free_port()
    environ = {**os.environ, "VEILSTREAM_WEB_PORT": str(port), **env}
    proc = subprocess.Popen(
        [sys.executable, "-m", "pipeline.cli", "run", str(topology_path)],
        env=environ,
        stdout=log.open("ab"),
        stderr=subprocess.STDOUT,
    )
    return proc, port


def get(port: int, path: str, timeout_s: float = 5.0) -> tuple[int, bytes]:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}{path}", timeout=timeout_s) as resp:
            return resp.status, resp.read()
    except urllib.error.HTTPError as err:
        return err.code, err.read()


def scrape(port: int) -> tuple[str, dict[str, dict[tuple[tuple[str, str], ...], float]]]:
    """The /metrics body and its samples: name -> {sorted label pairs: value}."""
    status, body = get(port, "/metrics")
    assert status == 200, f"/metrics answered {status}"
    text = body.decode()
    samples: dict[str, dict] = defaultdict(dict)
    for family in text_string_to_metric_families(text):
        for s in family.samples:
            samples[s.name][tuple(sorted(s.labels.items()))] = s.value
    return text, samples


def total(samples: dict, name: str, **labels: str) -> float:
    """Sum of a metric's samples whose labels include `labels`."""
    return sum(v for key, v in samples.get(name, {}).items() if set(labels.items()) <= set(key))


def by_label(samples: dict, name: str, label: str, **where: str) -> dict[str, float]:
    out: dict[str, float] = defaultdict(float)
    for key, v in samples.get(name, {}).items():
        d = dict(key)
        if set(where.items()) <= set(key) and label in d:
            out[d[label]] += v
    return {k: v for k, v in out.items() if v}


def wait_until(predicate, timeout_s: float, what: str, interval_s: float = 0.5):
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            value = predicate()
        except OSError:  # the process is not listening yet
            value = None
        if value:
            return value
        time.sleep(interval_s)
    raise AssertionError(f"{what}: not within {timeout_s}s")


def stop(proc: subprocess.Popen, sig: int, timeout_s: float = 60) -> int:
    proc.send_signal(sig)
    try:
        return proc.wait(timeout=timeout_s)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait(timeout=30)
        raise AssertionError(f"the worker did not exit within {timeout_s}s of signal {sig}") from None
