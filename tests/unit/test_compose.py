"""docker-compose.yml without a Docker engine: valid against the Compose Specification
schema, every image pinned, every VEILSTREAM_* name a setting, and the start order sound."""

from __future__ import annotations

import json
import re
import tomllib

import jsonschema
import pytest
import yaml

from pipeline.settings import REPO_ROOT, Settings
from pipeline.topology import load_topology

COMPOSE = yaml.safe_load((REPO_ROOT / "docker-compose.yml").read_text())
SERVICES: dict[str, dict] = COMPOSE["services"]
SCHEMA = json.loads((REPO_ROOT / "tests" / "data" / "compose-spec" / "compose_spec.json").read_text())
VERSION = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text())["project"]["version"]
DOCKERFILE = (REPO_ROOT / "infra" / "Dockerfile").read_text()


def setting_names() -> set[str]:
    """Every environment name Settings reads: VEILSTREAM_<FIELD> and the declared aliases."""
    names = set()
    for name, field in Settings.model_fields.items():
        names.add(f"VEILSTREAM_{name.upper()}")
        alias = field.validation_alias
        names |= {c.upper() for c in getattr(alias, "choices", []) if isinstance(c, str)}
    return names


def env(service: dict) -> dict[str, str]:
    e = service.get("environment", {})
    return dict(e) if isinstance(e, dict) else dict(item.split("=", 1) for item in e)


def test_the_file_validates_against_the_compose_specification():
    jsonschema.Draft201909Validator(SCHEMA).validate(COMPOSE)


def test_an_invalid_file_is_caught_by_the_same_schema():
    broken = {"services": {"kafka": {"image": "apache/kafka:3.9.1", "depends_on": {"s3": {"condition": "up"}}}}}
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft201909Validator(SCHEMA).validate(broken)


@pytest.mark.parametrize("name", sorted(SERVICES))
def test_every_image_is_pinned(name):
    image = SERVICES[name]["image"]
    repo, _, tag = image.partition("@")[0].rpartition(":")
    assert repo and tag, f"{name}: {image} has no tag"
    assert tag != "latest" and re.search(r"\d+\.\d+", tag), f"{name}: {image} is not pinned to a version"
    if "build" in SERVICES[name]:  # our own image, built from infra/Dockerfile
        assert image == f"veilstream:{VERSION}"


@pytest.mark.parametrize("name", sorted(SERVICES))
def test_every_veilstream_variable_is_a_setting(name):
    unknown = {k for k in env(SERVICES[name]) if k.startswith("VEILSTREAM_")} - setting_names()
    assert not unknown, f"{name}: {sorted(unknown)} are not settings (pipeline/settings.py)"


def test_the_workers_settings_load_and_keep_evidence_long_enough():
    values = {k.removeprefix("VEILSTREAM_").lower(): v for k, v in env(SERVICES["worker"]).items()}
    s = Settings.model_validate(values)
    assert s.object_lock_days >= 400 and s.object_lock_days > s.audit_period_days
    assert s.s3_endpoint_url == "http://s3:7070" and s.kafka_bootstrap_servers == "kafka:19092"
    assert s.aws_client_credentials()["aws_access_key_id"] == env(SERVICES["s3"])["ROOT_ACCESS_KEY"]
    assert s.schema_registry_url.startswith("http://schema-registry:")


def test_conditions_name_services_that_can_meet_them():
    for name, service in SERVICES.items():
        for dep, spec in service.get("depends_on", {}).items():
            assert dep in SERVICES, f"{name} depends on unknown {dep}"
            condition = spec["condition"]
            if condition == "service_healthy":
                ours = "build" in SERVICES[dep] and "HEALTHCHECK" in DOCKERFILE
                assert "healthcheck" in SERVICES[dep] or ours, f"{name} waits for {dep} to be healthy: no healthcheck"
            if condition == "service_completed_successfully":
                assert SERVICES[dep].get("restart") == "no", f"{dep} is a one-shot: it must not restart"


def test_setup_creates_bucket_topics_keyring_and_signing_key_in_order():
    script = SERVICES["setup"]["command"][-1]
    steps = [s.strip() for s in script.split("&&")]
    assert [s.split()[1:3] for s in steps] == [
        ["audit", "bucket"],
        ["topology", "deploy"],  # creates the audit topic the key events go to
        ["keys", "init"],
        ["evidence", "init-key"],  # the audit sink signs each day with it
    ]
    for name in ("worker", "audit-sink", "residual-scan"):
        assert SERVICES[name]["depends_on"]["setup"] == {"condition": "service_completed_successfully"}


def test_kafka_and_s3_keep_their_data_on_volumes_together():
    named = set(COMPOSE["volumes"])
    kafka = {v.split(":")[0] for v in SERVICES["kafka"]["volumes"]}
    s3 = {v.split(":")[0] for v in SERVICES["s3"]["volumes"]}
    assert kafka <= named and s3 <= named and kafka and s3
    assert env(SERVICES["kafka"])["KAFKA_LOG_DIRS"] in {v.split(":")[1] for v in SERVICES["kafka"]["volumes"]}
    assert "CLUSTER_ID" in env(SERVICES["kafka"])  # the same cluster on the same volume after `down`/`up`


def test_the_topology_the_services_run_is_shipped_and_loads():
    mounted = "/etc/veilstream/topologies"
    assert f"./topologies:{mounted}:ro" in SERVICES["worker"]["volumes"]
    path = SERVICES["worker"]["command"][-1]
    assert path.startswith(mounted + "/")
    topology = load_topology(REPO_ROOT / "topologies" / path.removeprefix(mounted + "/"))
    assert SERVICES["residual-scan"]["command"][-1] == path
    assert topology.name == "support-tickets"
