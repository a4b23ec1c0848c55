"""infra/Dockerfile: the base pinned by digest, the built wheel installed (not editable),
the manifests' UID, and a healthcheck that answers for every kind of process."""

from __future__ import annotations

import re
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
import yaml

from pipeline import devstack
from pipeline.healthcheck import healthy, probes
from pipeline.settings import REPO_ROOT, Settings

DOCKERFILE = (REPO_ROOT / "infra" / "Dockerfile").read_text()
K8S = REPO_ROOT / "infra" / "k8s"


def instructions(keyword: str) -> list[str]:
    return [line.split(None, 1)[1] for line in DOCKERFILE.splitlines() if line.startswith(keyword + " ")]


def test_the_base_image_is_pinned_by_digest():
    (arg,) = [a for a in instructions("ARG") if a.startswith("PYTHON_IMAGE=")]
    assert re.fullmatch(r"PYTHON_IMAGE=python:3\.11[\w.-]*@sha256:[0-9a-f]{64}", arg), arg
    assert all(f.split()[0] == "${PYTHON_IMAGE}" for f in instructions("FROM"))


def test_the_built_wheel_is_installed_not_the_checkout():
    runs = " ".join(instructions("RUN"))
    assert "pip wheel" in runs and "pip install --no-cache-dir /wheels/veilstream-" in runs
    assert not re.search(r"pip install[^&]*\s-e\s", runs) and "[dev" not in runs


def pod_users() -> dict[str, int]:
    users = {}
    for path in sorted(K8S.glob("*.yaml")):
        for doc in yaml.safe_load_all(path.read_text()):
            if doc and doc["kind"] in ("Deployment", "Job", "CronJob", "StatefulSet"):
                spec = doc["spec"]["template"]["spec"] if doc["kind"] != "CronJob" else None
                spec = spec or doc["spec"]["jobTemplate"]["spec"]["template"]["spec"]
                users[doc["metadata"]["name"]] = spec["securityContext"]["runAsUser"]
    return users


def test_the_image_user_is_the_manifests_user():
    (user,) = instructions("USER")
    uid = int(user.split(":")[0])
    assert f"--uid {uid}" in DOCKERFILE
    assert pod_users() and set(pod_users().values()) == {uid}, pod_users()


def test_there_is_a_healthcheck_and_it_runs_our_module():
    (check,) = instructions("HEALTHCHECK")
    assert '"-m", "pipeline.healthcheck"' in check


class Ok(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        self.send_response(200 if self.path in ("/healthz", "/metrics") else 404)
        self.end_headers()

    def log_message(self, *_args) -> None:
        pass


@pytest.fixture
def server():
    s = HTTPServer(("127.0.0.1", 0), Ok)
    threading.Thread(target=s.serve_forever, daemon=True).start()
    yield s.server_port
    s.shutdown()


def test_healthcheck_answers_for_the_worker_and_for_the_sink(server):
    idle = devstack.free_port()
    worker = Settings(web_port=server, metrics_port=0)
    sink = Settings(web_port=idle, metrics_port=server)  # no web server, only /metrics
    assert healthy(worker) and healthy(sink)
    assert not healthy(Settings(web_port=idle, metrics_port=0), timeout_s=0.5)
    assert probes(sink) == [f"http://127.0.0.1:{idle}/healthz", f"http://127.0.0.1:{server}/metrics"]


def test_healthcheck_speaks_https_when_the_web_port_does(tmp_path):
    tls = Settings(web_port=6066, metrics_port=0, web_tls_cert=tmp_path / "c.pem", web_tls_key=tmp_path / "k.pem")
    assert probes(tls) == ["https://127.0.0.1:6066/healthz"]
