"""`veilstream readiness`: the monthly readiness check."""

from __future__ import annotations

import datetime as dt
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

from pipeline.cli.exits import CHECK_FAILED, UNAVAILABLE
from pipeline.cli.params import FILE

if TYPE_CHECKING:
    from pipeline.settings import Settings
    from pipeline.topology.model import Topology


def _topologies(settings: Settings) -> tuple[list[Topology], list[str]]:
    from pipeline.topology.model import TopologyError, load_topology

    loaded, out = [], []
    for path in sorted(settings.topologies_dir.glob("*.yaml")):
        try:
            loaded.append(load_topology(path))
        except TopologyError as exc:
            out.append(f"WARN topology: {path.name} does not load: {exc}")
    return loaded, out


CLUSTER_UNREADABLE = "WARN retention: cannot read the cluster"


def _retention_warnings(settings: Settings, topologies: list[Topology]) -> list[str]:
    from pipeline.clients import kafka_clients
    from pipeline.evidence.readiness import check_retention
    from pipeline.topology.cluster import ClusterError, admin, describe_topics

    wanted = {s.name: s.configs["retention.ms"] for topo in topologies for s in topo.topic_specs()}
    try:
        topics = describe_topics(admin(kafka_clients(settings)), wanted)
    except ClusterError as exc:
        return [f"{CLUSTER_UNREADABLE}: {exc}"]
    actual = {name: t.configs.get("retention.ms") for name, t in topics.items()}
    return check_retention(wanted, actual, settings.audit_topic)


def _in_clear_notes(settings: Settings, topologies: list[Topology]) -> list[str]:
    """What each topology's policy leaves in clear (deliberate, with its reasons: a note, not a gap)."""
    from pipeline.detect.engine import left_in_clear
    from pipeline.policy import PolicyError, load_policy
    from pipeline.topology.model import policy_path

    out = []
    for topo in topologies:
        try:
            policy = load_policy(policy_path(topo, settings.topologies_dir / f"{topo.name}.yaml"))
        except PolicyError as exc:
            out.append(f"WARN policy: topology {topo.name}: {exc}")
            continue
        for line in left_in_clear(policy):
            out.append(f"NOTE policy {policy.id} (topology {topo.name}) leaves in clear: {line}")
    return out


@click.command()
@click.option("--public-key", type=FILE, help="Verifier key for the snapshot check (default: the local signing key).")
@click.option("--skip-cluster", is_flag=True, help="Do not check topic retention on the cluster.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of lines.")
def readiness(public_key: Path | None, skip_cluster: bool, as_json: bool) -> None:
    """Monthly readiness check: one WARN line per gap, exit 1 if any.

    Exits 69 instead when S3 or the cluster did not answer: a check that could
    not be made is not a pass.

    Checks audit freshness, the last snapshot, key ages, the AI vendor register,
    retention against each stream's classification, and topic retention. Also
    one NOTE line per entity type a topology's policy leaves in clear (a `keep`
    or NER turned off, with the policy's reason)."""
    from pipeline.audit.s3 import ObjectStore, StoreUnavailable
    from pipeline.cli.evidence import trusted_key
    from pipeline.evidence import readiness as r
    from pipeline.settings import get_settings

    settings = get_settings()
    now = dt.datetime.now(dt.UTC)
    store = ObjectStore.from_settings(settings)
    warnings: list[str] = []
    unreachable: list[str] = []  # what could not be checked: the result is incomplete, exit 69
    try:
        key = trusted_key(public_key)
    except click.ClickException as exc:
        key = None
        warnings.append(f"WARN keys: {exc.message}")
    try:
        warnings += r.check_audit_freshness(store, now)
        warnings += r.check_snapshot(store, now, key)
        warnings += r.check_worm_retention(
            store.default_retention(), settings.object_lock_days, settings.audit_period_days
        )
    except StoreUnavailable as exc:
        warnings.append(f"WARN archive: {exc}")
        unreachable.append("archive")
    signing = settings.state_dir / (
        "evidence-signing.kms" if settings.key_provider == "kms" else "evidence-signing.key"
    )
    files = {"evidence signing key": signing}
    if settings.key_provider == "local":
        files["keyring"] = settings.keyring_file
    warnings += r.check_key_ages(files, now)
    topologies, problems = _topologies(settings)
    warnings += problems
    warnings += r.check_vendors(topologies, now.date())
    warnings += r.check_classification(topologies, settings.object_lock_days)
    if not skip_cluster:
        retention = _retention_warnings(settings, topologies)
        warnings += retention
        if any(w.startswith(CLUSTER_UNREADABLE) for w in retention):
            unreachable.append("cluster")
    notes = _in_clear_notes(settings, topologies)
    warnings += [n for n in notes if n.startswith("WARN")]
    notes = [n for n in notes if n.startswith("NOTE")]
    code = UNAVAILABLE if unreachable else CHECK_FAILED if warnings else 0
    if as_json:
        doc = {"ready": not warnings, "warnings": warnings, "notes": notes, "unreachable": unreachable}
        click.echo(json.dumps(doc))
        sys.exit(code)
    for w in warnings + notes:
        click.echo(w)
    if code:
        sys.exit(code)
    click.echo("READY: no gap found")
