"""Session fixtures: one Kafka + S3 stack per test run, and per-test names.

`stack` points at KAFKA_BOOTSTRAP_SERVERS / S3_ENDPOINT_URL when they are set
(read through pipeline.settings), else at a Kafka and an S3 gateway container when a
Docker engine answers, else at the embedded stack (Tansu + moto) started once
on free ports with a temporary state dir, so several test runs can share the
machine. A stack that cannot start fails the tests that need it; it never
skips them.

While the fixture is active, VEILSTREAM_* variables point at the stack, so
code under test (and `veilstream` subprocesses) that calls get_settings()
finds it.
"""

from __future__ import annotations

import re
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from pydantic import SecretStr

from pipeline import devstack
from pipeline.clients import KafkaClients, kafka_clients
from pipeline.settings import Settings, get_settings
from tests import stackfaults

# Tansu answers a JoinGroup after about half the session timeout, so with the
# librdkafka default (45 s) every group join costs ~23 s. Tests use 6 s.
TEST_SESSION_TIMEOUT_MS = 6000


@dataclass
class Stack:
    bootstrap: str
    s3_endpoint: str
    kms_endpoint: str
    settings: Settings  # settings pointing at this stack (also exported to the environment)
    embedded: bool  # True when the fault helpers below can act on the processes

    # --- fault injection (embedded stack only) ---
    def _embedded_only(self, what: str) -> None:
        if not self.embedded:
            raise RuntimeError(f"{what} needs the embedded stack; this run uses an external one")

    def restart_broker(self, hard: bool = True) -> None:
        """Kill the broker (SIGKILL when hard) and start it again on the same port."""
        self._embedded_only("restart_broker")
        # A process tied to its caller dies with the calling *thread*: only tie
        # it to the main thread, which lives as long as the test run.
        in_main = threading.current_thread() is threading.main_thread()
        stackfaults.restart_broker(self.settings, hard=hard, detach=not in_main)

    def stop_s3(self) -> None:
        """Freeze the S3/KMS server: requests hang until start_s3(); state is kept."""
        self._embedded_only("stop_s3")
        stackfaults.pause_s3(self.settings)

    def start_s3(self) -> None:
        self._embedded_only("start_s3")
        stackfaults.resume_s3(self.settings)

    # --- clients: through the factory, as the code under test builds them ---
    @property
    def kafka(self) -> KafkaClients:
        return kafka_clients(self.settings)

    def consumer_config(self, group_id: str, **overrides: Any) -> dict[str, Any]:
        return {
            **self.kafka.config,
            "group.id": group_id,
            "auto.offset.reset": "earliest",
            "enable.auto.commit": False,
            "session.timeout.ms": TEST_SESSION_TIMEOUT_MS,
            "heartbeat.interval.ms": 1000,
            **overrides,
        }

    def consumer(self, group_id: str, **overrides: Any):
        from confluent_kafka import Consumer

        return Consumer(self.consumer_config(group_id, **overrides))

    def producer(self, **overrides: Any):
        return self.kafka.producer({"linger.ms": 5, **overrides})

    def admin(self):
        return self.kafka.admin()

    def s3(self, service: str = "s3"):
        """A boto3 client for S3 (or "kms") on this stack."""
        endpoint = self.kms_endpoint if service == "kms" else self.s3_endpoint
        return devstack.s3_client(endpoint, self.settings, service)

    def produce(self, topic: str, values: list[bytes], key: bytes | None = None) -> None:
        p = self.producer()
        for v in values:
            p.produce(topic, v, key=key)
        remaining = p.flush(30)
        assert remaining == 0, f"{remaining} messages to {topic} not delivered"

    def consume_all(self, topic: str, **kwargs: Any) -> list:
        return consume_all(self.kafka, topic, **kwargs)


def consume_all(
    kafka: KafkaClients, topic: str, *, min_count: int = 0, idle_s: float = 1.0, timeout_s: float = 60.0
) -> list:
    """Every message of `topic` from the beginning, as confluent-kafka Messages.

    Reads without a consumer group (partitions assigned directly, nothing
    committed) until each partition reached its end, at least `min_count`
    messages arrived, and nothing new came for `idle_s`. Fails after
    `timeout_s` when fewer than `min_count` arrived. Error messages carry
    counts only, never payloads.
    """
    from confluent_kafka import OFFSET_BEGINNING, KafkaError, TopicPartition

    c = kafka.consumer(
        {
            "group.id": "consume-all-unused",  # required by the client; never joined
            "enable.auto.commit": False,
            "enable.partition.eof": True,
        }
    )
    try:
        md = c.list_topics(topic, timeout=10).topics[topic]
        if md.error is not None:
            raise AssertionError(f"topic {topic}: {md.error.str()}")
        partitions = sorted(md.partitions)
        c.assign([TopicPartition(topic, p, OFFSET_BEGINNING) for p in partitions])
        messages: list = []
        at_end: set[int] = set()
        start = last = time.monotonic()
        while True:
            m = c.poll(0.2)
            now = time.monotonic()
            if m is None:
                done = len(at_end) == len(partitions) and len(messages) >= min_count
                if done and now - last >= idle_s:
                    return messages
                if now - start > timeout_s:
                    raise AssertionError(
                        f"topic {topic}: {len(messages)} messages after {timeout_s:.0f}s, expected at least {min_count}"
                    )
                continue
            if m.error():
                if m.error().code() == KafkaError._PARTITION_EOF:
                    at_end.add(m.partition())
                    continue
                raise AssertionError(f"topic {topic}: {m.error().str()}")
            messages.append(m)
            at_end.discard(m.partition())
            last = now
    finally:
        c.close()


def _docker_answers() -> bool:
    try:
        import docker

        docker.from_env(timeout=2).ping()
        return True
    except Exception:  # noqa: BLE001 - no engine, no socket, no permission: not usable
        return False


def _docker_stack(base: Settings) -> Iterator[Stack]:
    # Kafka (KRaft) and the S3 gateway of docker-compose.yml (Object Lock, conditional
    # writes); moto in a thread for KMS only.
    from moto.server import ThreadedMotoServer
    from testcontainers.community.kafka import KafkaContainer
    from testcontainers.core.container import DockerContainer

    user, password = "veilstream", "veilstream-test"
    gateway = (
        DockerContainer("versity/versitygw:v1.8.0")
        .with_command("posix --versioning-dir /versions /data")
        .with_kwargs(tmpfs={"/data": "", "/versions": ""})
        .with_exposed_ports(7070)
        .with_env("ROOT_ACCESS_KEY", user)
        .with_env("ROOT_SECRET_KEY", password)
    )
    with KafkaContainer().with_kraft() as kafka, gateway:
        s3 = f"http://{gateway.get_container_host_ip()}:{gateway.get_exposed_port(7070)}"
        deadline = time.monotonic() + 60
        while not devstack.s3_healthy(s3) and time.monotonic() < deadline:
            time.sleep(0.5)
        kms = ThreadedMotoServer(ip_address=devstack.HOST, port=0, verbose=False)
        kms.start()
        kms_host, kms_port = kms.get_host_and_port()
        settings = base.model_copy(
            update={
                "kafka_bootstrap_servers": kafka.get_bootstrap_server(),
                "s3_endpoint_url": s3,
                "aws_access_key_id": SecretStr(user),
                "aws_secret_access_key": SecretStr(password),
            }
        )
        try:
            yield Stack(settings.kafka_bootstrap_servers, s3, f"http://{kms_host}:{kms_port}", settings, embedded=False)
        finally:
            kms.stop()


def _embedded_stack(base: Settings, state_dir) -> Iterator[Stack]:
    ep: devstack.Endpoints | None = None
    error: Exception | None = None
    for _ in range(3):  # another run may grab a free port between pick and bind
        settings = base.model_copy(
            update={
                "state_dir": state_dir,
                "dev_kafka_port": devstack.free_port(),
                "dev_s3_port": devstack.free_port(),
            }
        )
        try:
            started = time.monotonic()
            # Not detached: the processes die with this test run, however it ends.
            ep = devstack.up(settings, echo=lambda *_: None, detach=False)
            print(f"embedded stack up in {time.monotonic() - started:.1f}s: {ep}")
            break
        except Exception as exc:  # noqa: BLE001 - any start failure fails the tests below
            error = exc
            devstack.down(settings, echo=lambda *_: None)
            if not isinstance(exc, devstack.PortTakenError):
                break
    if ep is None:
        pytest.fail(f"the embedded stack did not start: {error}", pytrace=False)
    settings = settings.model_copy(
        update={
            "kafka_bootstrap_servers": ep.bootstrap,
            "s3_endpoint_url": ep.s3_endpoint,
            **devstack.DEV_CREDENTIALS,
        }
    )
    try:
        yield Stack(ep.bootstrap, ep.s3_endpoint, ep.kms_endpoint, settings, embedded=True)
    finally:
        devstack.down(settings, echo=lambda *_: None)


@pytest.fixture(scope="session")
def stack(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Stack]:
    base = get_settings()
    state_dir = tmp_path_factory.mktemp("veilstream-state")
    if base.kafka_bootstrap_servers and base.s3_endpoint_url:
        base = base.model_copy(update={"state_dir": state_dir})
        source: Iterator[Stack] = iter(
            [
                Stack(
                    base.kafka_bootstrap_servers,
                    base.s3_endpoint_url,
                    base.s3_endpoint_url,
                    base,
                    embedded=False,
                )
            ]
        )
    elif base.kafka_bootstrap_servers or base.s3_endpoint_url:
        pytest.fail("set both KAFKA_BOOTSTRAP_SERVERS and S3_ENDPOINT_URL, or neither", pytrace=False)
    elif _docker_answers():
        source = _docker_stack(base.model_copy(update={"state_dir": state_dir}))
    else:
        source = _embedded_stack(base, state_dir)
    with pytest.MonkeyPatch.context() as mp:
        s = next(source)
        s.settings = s.settings.model_copy(update={"data_dir": s.settings.state_dir / "data"})
        env = {
            "VEILSTREAM_KAFKA_BOOTSTRAP_SERVERS": s.bootstrap,
            "VEILSTREAM_S3_ENDPOINT_URL": s.s3_endpoint,
            "VEILSTREAM_STATE_DIR": str(s.settings.state_dir),
            "VEILSTREAM_DATA_DIR": str(s.settings.data_dir),
            **{f"VEILSTREAM_{k.upper()}": v for k, v in s.settings.aws_client_credentials().items()},
        }
        for k, v in env.items():
            mp.setenv(k, v)
        try:
            yield s
        finally:
            next(source, None)  # runs the stack's teardown


@pytest.fixture(autouse=True)
def own_keys_topic(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Each test that uses the stack gets a keys topic of its own (settings and environment).

    The embedded broker (Tansu on moto S3) lists every object of a partition on each fetch,
    and moto lists slowly: a keys topic shared by the whole run held thousands of objects
    by its last tests, whose workers then waited minutes for one key read and stopped.
    A topic per test keeps each test's key reads as small as the test, as its own data
    topics already are."""
    if "stack" not in request.fixturenames:
        yield
        return
    stack: Stack = request.getfixturevalue("stack")
    topic = f"veilstream.keys.{uuid.uuid4().hex[:12]}"
    monkeypatch.setenv("VEILSTREAM_KEYS_TOPIC", topic)
    session_settings = stack.settings
    stack.settings = session_settings.model_copy(update={"keys_topic": topic})
    try:
        yield
    finally:
        stack.settings = session_settings


@pytest.fixture
def unique_name(request: pytest.FixtureRequest) -> Callable[[str], str]:
    """unique_name("raw") -> "raw.test-name.1a2b3c4d": a fresh topic or group name."""
    test = re.sub(r"[^a-z0-9]+", "-", request.node.name.lower()).strip("-")[:60]

    def make(prefix: str) -> str:
        return f"{prefix}.{test}.{uuid.uuid4().hex[:8]}"

    return make


@pytest.fixture
def topic_factory(stack: Stack, unique_name: Callable[[str], str]) -> Callable[..., str]:
    """topic_factory("raw", partitions=2) creates a fresh topic and returns its name."""
    from confluent_kafka.admin import NewTopic

    def make(prefix: str = "t", partitions: int = 1, config: dict[str, str] | None = None) -> str:
        name = unique_name(prefix)
        admin = stack.admin()  # keep a reference: the future fails if the client is collected
        fut = admin.create_topics(
            [NewTopic(name, num_partitions=partitions, replication_factor=1, config=config or {})]
        )[name]
        fut.result(timeout=30)
        return name

    return make


@pytest.fixture(scope="session")
def tsa_pki() -> Any:
    """A CA and the RFC 3161 TSA it certified (tests/tsa.py), shared by the run."""
    from tests.tsa import Pki

    return Pki.new()


@pytest.fixture
def tsa(tsa_pki: Any) -> Iterator[Any]:
    """The local Time-Stamp Authority over HTTP (`LocalTsa`), one per test (its faults are its own)."""
    from tests.tsa import LocalTsa

    server = LocalTsa(tsa_pki)
    yield server
    server.close()
