"""Scripts branch on exit codes: a service that does not answer is 69, whichever command met it."""

from __future__ import annotations

import json
import socket

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.cli.exits import UNAVAILABLE


@pytest.fixture
def nothing_answers(tmp_path, monkeypatch):
    """S3 and Kafka endpoints on a port nobody listens on, and a fresh state dir."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed again when the block ends: connections are refused
    monkeypatch.setenv("VEILSTREAM_S3_ENDPOINT_URL", f"http://127.0.0.1:{port}")
    monkeypatch.setenv("VEILSTREAM_KAFKA_BOOTSTRAP_SERVERS", f"127.0.0.1:{port}")
    monkeypatch.setenv("VEILSTREAM_STATE_DIR", str(tmp_path / "state"))
    monkeypatch.setenv("VEILSTREAM_AWS_ACCESS_KEY_ID", "test")
    monkeypatch.setenv("VEILSTREAM_AWS_SECRET_ACCESS_KEY", "test")
    return tmp_path


@pytest.mark.parametrize(
    "args",
    [
        ["apikeys", "review"],
        ["evidence", "export", "--from", "2026-01-01", "--to", "2026-01-02", "--out", "OUT"],
        ["evidence", "prove", "--audit-id", "a1b2", "--date", "2026-01-01"],
    ],
)
def test_a_command_whose_archive_does_not_answer_exits_69(nothing_answers, args):
    args = [str(nothing_answers / "out") if a == "OUT" else a for a in args]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == UNAVAILABLE, result.output
    assert "s3" in result.output.lower()


def test_readiness_that_could_not_read_the_archive_exits_69_not_1(nothing_answers):
    result = CliRunner().invoke(main, ["readiness", "--skip-cluster", "--json"])
    assert result.exit_code == UNAVAILABLE, result.output
    report = json.loads(result.output)
    assert report["unreachable"] == ["archive"] and not report["ready"]
