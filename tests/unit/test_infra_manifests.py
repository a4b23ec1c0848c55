"""Deployment files stay consistent with the code: k8s manifests, alert rules, docker-compose."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import kubernetes_validate
import pytest
import yaml

from pipeline import metrics
from pipeline.cli import COMMANDS
from pipeline.settings import REPO_ROOT, Settings
from pipeline.topology import load_topology

K8S = REPO_ROOT / "infra" / "k8s"
PROMETHEUS = REPO_ROOT / "infra" / "prometheus"
KUBERNETES_VERSION = "1.30.0"
# Setting names that would put key material or credentials in plain environment values.
SECRET_SETTINGS = {
    "VEILSTREAM_AWS_ACCESS_KEY_ID",
    "VEILSTREAM_AWS_SECRET_ACCESS_KEY",
    "AWS_ACCESS_KEY_ID",
    "AWS_SECRET_ACCESS_KEY",
    "AWS_SESSION_TOKEN",
}


def documents() -> list[tuple[Path, dict]]:
    out = []
    for path in sorted(K8S.glob("*.yaml")):
        if path.name == "kustomization.yaml":
            continue
        out += [(path, d) for d in yaml.safe_load_all(path.read_text()) if d]
    return out


def of_kind(kind: str) -> dict[str, dict]:
    return {d["metadata"]["name"]: d for _, d in documents() if d["kind"] == kind}


def config() -> dict[str, str]:
    return of_kind("ConfigMap")["veilstream-config"]["data"]


# Custom resources of the Prometheus Operator and KEDA: kubernetes-validate knows only the
# built-in kinds, so their shape is checked by the tests below.
CRD_KINDS = {
    "PrometheusRule": "monitoring.coreos.com/v1",
    "ScaledObject": "keda.sh/v1alpha1",
    "TriggerAuthentication": "keda.sh/v1alpha1",
}


@pytest.mark.parametrize(
    "path,doc",
    [(p, d) for p, d in documents() if d["kind"] not in CRD_KINDS],
    ids=lambda v: v.name if isinstance(v, Path) else v["kind"],
)
def test_each_manifest_validates_against_the_kubernetes_schema(path, doc):
    kubernetes_validate.validate(doc, KUBERNETES_VERSION, strict=True)


def test_custom_resources_name_their_api():
    for _, doc in documents():
        if doc["kind"] in CRD_KINDS:
            assert doc["apiVersion"] == CRD_KINDS[doc["kind"]], doc["kind"]
            assert doc["metadata"]["namespace"] == "veilstream"


def test_kustomization_lists_every_manifest():
    listed = set(yaml.safe_load((K8S / "kustomization.yaml").read_text())["resources"])
    assert listed == {p.name for p in K8S.glob("*.yaml")} - {"kustomization.yaml"}


def test_configmap_holds_settings_and_no_secrets():
    data = config()
    fields = {f"VEILSTREAM_{name.upper()}" for name in Settings.model_fields}
    assert set(data) <= fields, sorted(set(data) - fields)
    assert not SECRET_SETTINGS & set(data)
    settings = Settings.model_validate({k.removeprefix("VEILSTREAM_").lower(): v for k, v in data.items()})
    assert settings.key_provider == "kms" and settings.kms_key_id.startswith("alias/")
    assert settings.aws_client_credentials() == {}  # no static keys: boto3 finds the IRSA web identity
    assert settings.web_host == "0.0.0.0" and settings.metrics_port and settings.canary_interval_s > 0


def test_aws_access_comes_from_irsa():
    sa = of_kind("ServiceAccount")["veilstream"]
    assert re.fullmatch(
        r"arn:aws:iam::\d{12}:role/[\w+=,.@-]+", sa["metadata"]["annotations"]["eks.amazonaws.com/role-arn"]
    )
    assert not of_kind("Secret")


def containers() -> list[tuple[str, dict, dict]]:
    return [
        (name, d, c) for name, d in of_kind("Deployment").items() for c in d["spec"]["template"]["spec"]["containers"]
    ]


@pytest.mark.parametrize("name,deployment,container", containers(), ids=lambda v: v if isinstance(v, str) else "")
def test_every_process_is_probed_sized_and_configured(name, deployment, container):
    pod = deployment["spec"]["template"]["spec"]
    assert pod["serviceAccountName"] == "veilstream"
    assert container["envFrom"] == [{"configMapRef": {"name": "veilstream-config"}}]
    assert "env" not in container  # every setting from the ConfigMap, no value inline
    for probe in ("livenessProbe", "readinessProbe") if "worker" in name else ("livenessProbe",):
        assert container[probe]["httpGet"]["port"] in {p["name"] for p in container["ports"]}, probe
    for kind in ("requests", "limits"):
        assert {"cpu", "memory"} <= set(container["resources"][kind])
    # The command exists: `veilstream <command> [<subcommand>] ...`
    args = container["args"]
    assert args[0] == "veilstream" and args[1] in COMMANDS
    annotations = deployment["spec"]["template"]["metadata"]["annotations"]
    port = int(annotations["prometheus.io/port"])
    assert port in {p["containerPort"] for p in container["ports"]}
    assert port == (
        int(config()["VEILSTREAM_WEB_PORT"]) if args[1] == "run" else int(config()["VEILSTREAM_METRICS_PORT"])
    )


def shipped_topology(container_path: str) -> Path:
    """The repository file behind a topology path inside the pod (the topologies ConfigMap)."""
    mounted = config()["VEILSTREAM_TOPOLOGIES_DIR"]
    assert container_path.startswith(mounted + "/"), container_path
    return REPO_ROOT / "topologies" / container_path.removeprefix(mounted + "/")


def test_workers_scale_on_lag_up_to_the_partitions_and_the_sink_runs_alone():
    deployments = of_kind("Deployment")
    worker = deployments["veilstream-worker"]
    topology = load_topology(shipped_topology(worker["spec"]["template"]["spec"]["containers"][0]["args"][2]))
    partitions = topology.outputs.raw.partitions or topology.topics.partitions
    assert "replicas" not in worker["spec"]  # KEDA owns the count; `kubectl apply` must not reset it
    scaled = of_kind("ScaledObject")["veilstream-worker"]["spec"]
    assert scaled["scaleTargetRef"]["name"] == "veilstream-worker"
    assert 1 <= scaled["minReplicaCount"] <= scaled["maxReplicaCount"] <= partitions
    (trigger,) = scaled["triggers"]
    assert trigger["type"] == "kafka" and int(trigger["metadata"]["lagThreshold"]) > 0
    assert trigger["metadata"]["consumerGroup"] == topology.consumer_group
    assert trigger["metadata"]["topic"] == topology.streams[0].raw
    assert trigger["metadata"]["bootstrapServers"] == config()["VEILSTREAM_KAFKA_BOOTSTRAP_SERVERS"]
    # the scaler authenticates the way the workers do
    msk = config().get("VEILSTREAM_KAFKA_SASL_MECHANISM") == "AWS_MSK_IAM"
    assert (trigger["metadata"].get("sasl") == "aws_msk_iam") == msk
    assert trigger["metadata"].get("awsRegion") == config()["VEILSTREAM_AWS_REGION"]
    auth = of_kind("TriggerAuthentication")[trigger["authenticationRef"]["name"]]
    assert auth["spec"]["podIdentity"]["provider"] == "aws"  # IRSA, no key in a Secret
    assert worker["spec"]["template"]["spec"]["terminationGracePeriodSeconds"] >= 30
    probes = worker["spec"]["template"]["spec"]["containers"][0]
    assert probes["livenessProbe"]["httpGet"]["path"] == "/healthz"
    assert probes["readinessProbe"]["httpGet"]["path"] == "/ready"
    sink = deployments["veilstream-audit-sink"]
    assert sink["spec"]["replicas"] == 1 and sink["spec"]["strategy"]["type"] == "Recreate"
    assert sink["spec"]["template"]["spec"]["containers"][0]["args"][1:3] == ["audit", "sink"]


def test_restore_api_service_reaches_the_workers_web_port():
    svc = of_kind("Service")["veilstream-restore"]
    worker = of_kind("Deployment")["veilstream-worker"]
    assert svc["spec"]["selector"] == worker["spec"]["selector"]["matchLabels"]
    assert svc["spec"]["ports"][0]["targetPort"] == "web"


def test_the_prometheus_rule_is_alerts_yml():
    rule = of_kind("PrometheusRule")["veilstream-alerts"]
    assert rule["spec"] == yaml.safe_load((PROMETHEUS / "alerts.yml").read_text())
    assert "veilstream-alert-rules" not in of_kind("ConfigMap")  # the rules live in one place


def test_topology_and_policy_configmaps_are_the_shipped_files():
    assert of_kind("ConfigMap")["veilstream-topologies"]["data"] == {
        "support-tickets.yaml": (REPO_ROOT / "topologies" / "support-tickets.yaml").read_text()
    }
    assert of_kind("ConfigMap")["veilstream-policies"]["data"] == {
        "default.yaml": (REPO_ROOT / "topologies" / "policies" / "default.yaml").read_text()
    }


def pod_files(pod: dict, container: dict) -> dict[str, tuple[str, bool]]:
    """Every file projected into the container: path -> (source kind, read-only)."""
    volumes = {v["name"]: v for v in pod["volumes"]}
    out = {}
    for m in container["volumeMounts"]:
        assert "subPath" not in m, "a subPath mount never sees ConfigMap or Secret updates"
        for source in volumes[m["name"]].get("projected", {}).get("sources", []):
            ((kind, ref),) = source.items()
            for item in ref["items"]:
                out[f"{m['mountPath']}/{item['path']}"] = (kind, m.get("readOnly", False))
    return out


@pytest.mark.parametrize("name,deployment,container", containers(), ids=lambda v: v if isinstance(v, str) else "")
def test_every_path_the_process_writes_is_writable_under_a_read_only_root(name, deployment, container):
    from pipeline.keys import keys_cache_path
    from pipeline.keys.signing import _paths
    from pipeline.vault import apikeys_path

    pod = deployment["spec"]["template"]["spec"]
    assert container["securityContext"]["readOnlyRootFilesystem"] is True
    assert pod["securityContext"]["runAsNonRoot"] is True
    volumes = {v["name"]: v for v in pod["volumes"]}
    writable = {m["mountPath"] for m in container["volumeMounts"] if "emptyDir" in volumes[m["name"]]}
    assert all(not m.get("readOnly") for m in container["volumeMounts"] if m["mountPath"] in writable)

    settings = Settings.model_validate({k.removeprefix("VEILSTREAM_").lower(): v for k, v in config().items()})
    writes = {"/tmp"}  # tempfiles, and HOME (the image sets HOME=/tmp)
    if container["args"][1] == "run" and settings.key_store == "kafka":  # the worker caches the keys topic
        writes.add(str(keys_cache_path(settings)))
    for path in writes:
        assert any(path == w or path.startswith(w + "/") for w in writable), f"{name} cannot write {path}"

    files = pod_files(pod, container)
    for arg in container["args"][2:]:  # the topology and the policy it names, from the ConfigMaps
        if arg.endswith(".yaml"):
            topology = load_topology(shipped_topology(arg))
            assert files[arg] == ("configMap", True)
            assert files[f"{settings.topologies_dir}/policies/{topology.policy}.yaml"] == ("configMap", True)
    if container["args"][1] == "run":  # the restore API checks API keys
        assert files[str(apikeys_path(settings))] == ("secret", True)
    if container["args"][1:3] == ["audit", "sink"]:  # it signs the daily evidence
        assert files[str(_paths(settings)[1])] == ("secret", True)  # the KMS-wrapped seed
    assert not any(w.startswith(str(settings.state_dir)) for w in writable), "state comes from Secrets only"


# --- alert rules ------------------------------------------------------------------

PROMQL_WORDS = {
    "sum",
    "by",
    "without",
    "rate",
    "increase",
    "min_over_time",
    "max_over_time",
    "time",
    "absent",
    "and",
    "or",
    "unless",
    "offset",
    "on",
    "ignoring",
    "group_left",
    "group_right",
    "humanize",
}
REQUIRED_ALERTS = {  # the controls the auditor asks about -> the metric each alert must watch
    "VeilstreamPromptInjectionAttempts": "veilstream_injection_attempts_total",
    "VeilstreamResidualPII": "veilstream_residual_hits_total",
    "VeilstreamUnusualOutputVolume": "veilstream_decisions_total",
    "VeilstreamDeadLetterRate": "veilstream_dead_letters_total",
    "VeilstreamAuditSinkFailing": "veilstream_audit_sink_upload_failures_total",
    "VeilstreamAuditSinkLag": "veilstream_audit_sink_pending_records",
    "VeilstreamEvidenceSnapshotMissing": "veilstream_evidence_last_snapshot_timestamp_seconds",
    "VeilstreamKeyProviderErrors": "veilstream_key_provider_errors_total",
}


def rules() -> list[dict]:
    doc = yaml.safe_load((PROMETHEUS / "alerts.yml").read_text())
    return [r for g in doc["groups"] for r in g["rules"]]


def selectors(expr: str) -> list[tuple[str, set[str]]]:
    """(metric, label names in its {matchers}) for every metric an expression selects."""
    out = []
    for m in re.finditer(r"\b(veilstream_[a-z0-9_]+)(\{[^}]*\})?", expr):
        labels = set(re.findall(r"([a-zA-Z_]\w*)\s*(?:=~|!~|!=|=)", m.group(2) or ""))
        out.append((m.group(1), labels))
    return out


def test_every_control_has_an_alert_on_its_metric():
    by_name = {r["alert"]: r for r in rules()}
    for alert, metric in REQUIRED_ALERTS.items():
        assert alert in by_name, alert
        assert metric in by_name[alert]["expr"], alert


@pytest.mark.parametrize("rule", rules(), ids=lambda r: r["alert"])
def test_rule_names_only_metrics_and_labels_that_exist(rule):
    defined = metrics.sample_names()
    expr = rule["expr"]
    used = selectors(expr)
    assert used, "an alert must watch a veilstream metric"
    for metric, labels in used:
        assert metric in defined, f"{metric} is not defined in pipeline/metrics.py"
        assert labels <= set(defined[metric]), (metric, labels - set(defined[metric]))
    grouped = {lab.strip() for g in re.findall(r"by \(([^)]*)\)", expr) for lab in g.split(",")}
    assert grouped <= {lab for metric, _ in used for lab in defined[metric]}, grouped
    # Everything else in the expression is PromQL, not a misspelt metric.
    words = set(re.findall(r"\b[a-z_][a-z0-9_]*\b", re.sub(r"\{[^}]*\}|\[[^\]]*\]|\"[^\"]*\"", "", expr)))
    assert words - {m for m, _ in used} - grouped <= PROMQL_WORDS
    assert rule["labels"]["severity"] in {"warning", "critical"} and rule["annotations"]["summary"]
    for var in re.findall(r"\$labels\.(\w+)", rule["annotations"]["summary"]):
        assert var in grouped or not grouped, var


promtool = shutil.which("promtool")


@pytest.mark.skipif(promtool is None, reason="promtool not installed (Debian package `prometheus`)")
def test_promtool_checks_and_unit_tests_the_rules():
    for args in (
        ["check", "rules", "alerts.yml"],
        ["check", "config", "prometheus.yml"],
        ["test", "rules", "alerts.test.yml"],
    ):
        run = subprocess.run([promtool, *args], cwd=PROMETHEUS, capture_output=True, text=True, check=False)
        assert run.returncode == 0, run.stdout + run.stderr


# --- docker-compose ---------------------------------------------------------------


def test_compose_runs_prometheus_with_the_rules_and_scrapes_every_process():
    compose = yaml.safe_load((REPO_ROOT / "docker-compose.yml").read_text())
    services = compose["services"]
    mounts = services["prometheus"]["volumes"]
    assert "./infra/prometheus/alerts.yml:/etc/prometheus/alerts.yml:ro" in mounts
    env = compose["x-veilstream-env"]
    fields = {f"VEILSTREAM_{n.upper()}" for n in Settings.model_fields}
    assert set(env) <= fields, sorted(set(env) - fields)
    scrape = yaml.safe_load((PROMETHEUS / "prometheus.yml").read_text())
    targets = {t for job in scrape["scrape_configs"] for sc in job["static_configs"] for t in sc["targets"]}
    web, metrics_port = Settings().web_port, int(env["VEILSTREAM_METRICS_PORT"])
    assert targets == {f"worker:{web}", f"audit-sink:{metrics_port}", f"residual-scan:{metrics_port}"}
    assert {"worker", "audit-sink", "residual-scan"} <= set(services)
    assert services["residual-scan"]["command"][1:3] == ["assurance", "residual"]
