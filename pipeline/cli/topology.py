"""`veilstream topology`: validate, plan, deploy, run and inspect topology files."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, ParamSpec, TypeVar

import click

from pipeline.cli.exits import CHANGES, HELP, Unavailable
from pipeline.cli.run import run as run_command

if TYPE_CHECKING:
    from pipeline.clients import KafkaClients

if TYPE_CHECKING:
    from pipeline.policy.model import Policy
    from pipeline.registry import Registry
    from pipeline.topology.model import Topology

P = ParamSpec("P")
T = TypeVar("T")

FILE = click.Path(dir_okay=False, path_type=Path)
BOOTSTRAP = click.option(
    "--bootstrap",
    default=None,
    metavar="HOST:PORT",
    help="Kafka bootstrap servers (default: from settings, else the embedded stack).",
)


def _bootstrap(value: str | None) -> KafkaClients:
    """Clients for the settings' cluster (TLS and SASL included), at --bootstrap if given."""
    from pipeline.clients import kafka_clients
    from pipeline.settings import get_settings

    s = get_settings()
    return kafka_clients(s.model_copy(update={"kafka_bootstrap_servers": value}) if value else s)


def _load(path: Path) -> tuple[Topology, Policy]:
    """The topology and its policy, or a ClickException listing every problem with its line."""
    from pipeline.policy import PolicyError, load_policy
    from pipeline.topology import TopologyError, load_topology
    from pipeline.topology.model import policy_path

    try:
        topology = load_topology(path)
        policy = load_policy(policy_path(topology, path))
    except (TopologyError, PolicyError) as exc:
        raise click.ClickException(f"refused, nothing applied:\n{exc}") from None
    return topology, policy


def _cluster_call(fn: Callable[P, T], *args: P.args, **kwargs: P.kwargs) -> T:
    from pipeline.registry import RegistryError
    from pipeline.topology.cluster import ClusterError
    from pipeline.topology.deploy import DeployRefused

    try:
        return fn(*args, **kwargs)
    except DeployRefused as exc:
        raise click.ClickException(f"refused, nothing applied: {exc}") from None
    except (ClusterError, RegistryError) as exc:
        raise Unavailable(str(exc)) from None


def _registry() -> Registry | None:
    from pipeline.registry import open_registry
    from pipeline.settings import get_settings

    return open_registry(get_settings())


@click.group(epilog=HELP)
def topology() -> None:
    """Validate, plan, deploy, run and inspect topology files.

    Topologies deploy the way infrastructure does: a reviewed file, a plan, an idempotent apply.

    \b
    Typical review and rollout:
      veilstream topology validate topologies/support-tickets.yaml
      veilstream topology plan     topologies/support-tickets.yaml
      veilstream topology deploy   topologies/support-tickets.yaml
      veilstream topology run      topologies/support-tickets.yaml
      veilstream topology status   topologies/support-tickets.yaml
    """


@topology.command()
@click.argument("files", nargs=-1, required=True, type=FILE)
def validate(files: tuple[Path, ...]) -> None:
    """Check topology FILES and the policy each names, without touching the cluster.

    Every problem is reported with file, line and field, and what would be valid;
    the schemas' `confluent:tags` are checked too (a PII tag the flow does not honour).
    """
    from pipeline.formats import check_tags

    tag_problems = check_tags()
    for problem in tag_problems:
        click.echo(f"schemas: {problem}", err=True)
    failed = []
    for path in files:
        try:
            t, policy = _load(path)
        except click.ClickException as exc:
            click.echo(exc.message.removeprefix("refused, nothing applied:\n"), err=True)
            failed.append(path)
            continue
        click.echo(
            f"ok {path}: topology {t.name}, {len(t.streams)} stream(s), {len(t.topic_names())} topics, "
            f"policy {policy.id}@{policy.version}"
        )
    if failed:
        raise click.ClickException(f"{len(failed)} of {len(files)} file(s) invalid")
    if tag_problems:
        raise click.ClickException("the schemas' confluent:tags are not honoured by the flow")


@topology.command()
@click.argument("file", type=FILE)
@click.option("--prune", is_flag=True, help="Also show the deletes `deploy --prune` would make.")
@click.option(
    "--detailed-exitcode",
    is_flag=True,
    help="Exit 3 when there are changes to apply (0: none), for CI drift checks.",
)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object: changes, problems, orphans, unchanged.")
@BOOTSTRAP
def plan(file: Path, prune: bool, detailed_exitcode: bool, as_json: bool, bootstrap: str | None) -> None:
    """Show what `deploy FILE` would change on the cluster and the Schema Registry; changes nothing.

    \b
    +  topic to create, schema to register     ~  config or partitions to change
    -  topic to delete                         !  change Kafka cannot make, or a schema
                                                  compatibility break (deploy refuses)
    Exit codes: 0 no changes, 1 refused (problems), 2 usage, 3 changes (--detailed-exitcode), 69 unavailable.
    """
    from pipeline.topology.deploy import make_plan

    t, _ = _load(file)
    the_plan = _cluster_call(make_plan, _bootstrap(bootstrap), t, prune=prune, registry=_registry())
    if as_json:
        doc = {
            "topology": the_plan.topology,
            "changes": [c.describe() for c in the_plan.changes],
            "problems": list(the_plan.problems),
            "orphans": list(the_plan.orphans),
            "unchanged": list(the_plan.unchanged),
        }
        click.echo(json.dumps(doc, sort_keys=True))
    else:
        click.echo("\n".join(the_plan.describe()))
    if the_plan.problems:
        raise click.ClickException("deploy would be refused: fix the problems marked '!'")
    if detailed_exitcode and not the_plan.empty:
        raise click.exceptions.Exit(CHANGES)


@topology.command()
@click.argument("file", type=FILE)
@click.option(
    "--prune",
    is_flag=True,
    help="Delete topics a previous deploy of this topology created and the file no longer names.",
)
@BOOTSTRAP
def deploy(file: Path, prune: bool, bootstrap: str | None) -> None:
    """Make the cluster match FILE: create topics, alter configs, add partitions, register output schemas.

    Idempotent: deploying an unchanged file changes nothing. Never deletes a
    topic without --prune. A broken topology or policy file, or a change Kafka
    cannot make, is refused before anything is applied.
    """
    from pipeline.audit.writer import AuditWriteError, KafkaAuditWriter
    from pipeline.evidence.controls import register_events
    from pipeline.topology.deploy import deploy as do_deploy

    t, _ = _load(file)
    kafka = _bootstrap(bootstrap)
    done = _cluster_call(do_deploy, kafka, t, prune=prune, registry=_registry())
    for line in done.applied:
        click.echo(line)
    for line in done.plan.orphans:
        click.echo(f"  kept {line}: no longer in the file (use --prune to delete)")
    click.echo(f"deployed {t.name}: {len(done.applied)} change(s)" if done.applied else f"{t.name}: no changes")
    # The classification and vendor register as deployed go into the audit trail (and the day's evidence).
    write = KafkaAuditWriter(kafka, t.audit_topic)
    try:
        for event in register_events(t, int(time.time() * 1000)):
            write(event)
    except AuditWriteError as exc:
        raise click.ClickException(f"topics deployed, but the vendor register was not audited: {exc}") from None
    click.echo(f"registered classification and AI vendors of {len(t.streams)} stream(s) in {t.audit_topic}")


@topology.command()
@click.argument("file", type=FILE)
@click.option(
    "--interval",
    default=2.0,
    show_default=True,
    type=click.FloatRange(0.1, 60),
    help="Seconds between the two offset snapshots the rates come from.",
)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@BOOTSTRAP
def status(file: Path, interval: float, as_json: bool, bootstrap: str | None) -> None:
    """Lag per input partition, throughput, and record counts of each output topic."""
    from pipeline.topology.status import status as get_status

    t, _ = _load(file)
    result = _cluster_call(get_status, _bootstrap(bootstrap), t, interval)
    if as_json:
        click.echo(json.dumps(result.as_dict(), sort_keys=True))
    else:
        click.echo("\n".join(result.describe()))


topology.add_command(run_command, "run")
