"""devstack bookkeeping without a broker: ports, ownership of pids, idempotent up."""

from __future__ import annotations

import socket
import subprocess
import sys
import time

import pytest

from pipeline import devstack
from pipeline.settings import Settings


@pytest.fixture
def settings(tmp_path):
    s = Settings(
        state_dir=tmp_path / "state",
        dev_kafka_port=devstack.free_port(),
        dev_s3_port=devstack.free_port(),
        kafka_bootstrap_servers="",
        s3_endpoint_url="",
    )
    yield s
    devstack.down(s, echo=lambda *_: None)  # whatever a failing test started


@pytest.fixture
def sleeper():
    """A harmless process standing in for a stack component."""
    cmd = [sys.executable, "-c", "import time; time.sleep(60)"]
    p = subprocess.Popen(cmd)
    proc = devstack.Proc("x", p.pid, 0, tuple(cmd), "log")
    deadline = time.monotonic() + 5
    while not devstack.is_ours(proc) and time.monotonic() < deadline:
        time.sleep(0.01)  # the new program's command line shows up just after exec
    yield p, tuple(cmd)
    p.kill()
    p.wait()


@pytest.mark.parametrize(
    ("bootstrap", "s3", "want"),
    [
        ("", "", ("127.0.0.1:19092", "http://127.0.0.1:19000")),
        ("kafka:9092", "", ("kafka:9092", "http://127.0.0.1:19000")),
        ("", "http://minio:9000", ("127.0.0.1:19092", "http://minio:9000")),
        ("a:1,b:2", "https://s3.eu-west-1.amazonaws.com", ("a:1,b:2", "https://s3.eu-west-1.amazonaws.com")),
    ],
)
def test_endpoints_prefer_configured_addresses(bootstrap, s3, want):
    s = Settings(kafka_bootstrap_servers=bootstrap, s3_endpoint_url=s3, dev_kafka_port=19092, dev_s3_port=19000)
    ep = devstack.endpoints(s)
    assert (ep.bootstrap, ep.s3_endpoint) == want
    assert ep.kms_endpoint == ep.s3_endpoint


@pytest.mark.parametrize("which", ["dev_s3_port", "dev_kafka_port"])
def test_up_refuses_a_port_taken_by_another_process(settings, which):
    port = getattr(settings, which)
    with socket.socket() as holder:
        holder.bind(("127.0.0.1", port))
        holder.listen()
        with pytest.raises(devstack.PortTakenError) as err:
            devstack.up(settings, echo=lambda *_: None)
    assert str(port) in str(err.value)
    assert which.upper() in str(err.value)  # names the setting to change
    # Whatever did start is recorded, so `down` can stop it; nothing is left running.
    devstack.down(settings, echo=lambda *_: None)
    assert not devstack._state_path(settings).exists()


def test_is_ours_requires_the_recorded_command(sleeper):
    p, cmd = sleeper
    assert devstack.is_ours(devstack.Proc("s3", p.pid, 1, cmd, "log"))
    # Same pid, other command: the pid was reused by an unrelated process.
    assert not devstack.is_ours(devstack.Proc("s3", p.pid, 1, ("moto_server",), "log"))


def test_down_leaves_a_reused_pid_alone(settings, sleeper):
    p, _ = sleeper
    devstack._save_state(
        settings,
        {
            "s3": devstack.Proc("s3", p.pid, settings.dev_s3_port, ("not", "this"), "log"),
        },
    )
    lines: list[str] = []
    devstack.down(settings, echo=lines.append)
    assert p.poll() is None, "down killed a process it did not start"
    assert lines == [f"s3 (pid {p.pid}) was not running"]
    assert not devstack._state_path(settings).exists()


def test_down_stops_what_up_recorded(settings, sleeper):
    p, cmd = sleeper
    devstack._save_state(settings, {"broker": devstack.Proc("broker", p.pid, 1, cmd, "log")})
    devstack.down(settings, echo=lambda *_: None)
    assert p.wait(timeout=5) is not None


def test_up_twice_is_a_no_op(settings, sleeper):
    p, cmd = sleeper
    state = {
        "s3": devstack.Proc("s3", p.pid, settings.dev_s3_port, cmd, "s3.log"),
        "broker": devstack.Proc("broker", p.pid, settings.dev_kafka_port, cmd, "broker.log"),
    }
    devstack._save_state(settings, state)
    lines: list[str] = []
    ep = devstack.up(settings, echo=lines.append)
    assert lines == ["stack is already up"]
    assert ep == devstack.Endpoints(f"127.0.0.1:{settings.dev_kafka_port}", f"http://127.0.0.1:{settings.dev_s3_port}")
    assert devstack._load_state(settings) == state  # nothing new was started


def test_unreadable_state_is_a_clear_error(settings):
    devstack._state_path(settings).parent.mkdir(parents=True)
    devstack._state_path(settings).write_text("{not json")
    with pytest.raises(devstack.StackError, match="unreadable stack state"):
        devstack.status(settings)
    devstack._state_path(settings).unlink()
