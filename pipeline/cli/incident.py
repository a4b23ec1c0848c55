"""veilstream incident open | assess | remediate | close | list"""

from __future__ import annotations

import datetime as dt
import json
import time
from pathlib import Path
from typing import TYPE_CHECKING

import click

from pipeline.cli.actor import cli_actor
from pipeline.cli.params import FILE
from pipeline.incident import KINDS, SEVERITIES, Incident, IncidentError, IncidentStore, incident_event
from pipeline.settings import Settings, get_settings

if TYPE_CHECKING:
    from pipeline.clients import KafkaClients
    from pipeline.records import StoredRecord
    from pipeline.topology import StreamSpec, Topology

WHEN = click.DateTime(["%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M", "%Y-%m-%d"])


def _now() -> int:
    return int(time.time() * 1000)


def _store(settings: Settings) -> IncidentStore:
    return IncidentStore(settings.state_dir / "incidents.json")


def _get(settings: Settings, incident_id: str) -> Incident:
    try:
        return _store(settings).get(incident_id)
    except IncidentError as exc:
        raise click.UsageError(str(exc)) from None


def _topology(inc: Incident) -> tuple[Topology, StreamSpec, Path]:
    from pipeline.topology import load_topology
    from pipeline.topology.model import policy_path

    path = Path(inc.topology)
    topo = load_topology(path)
    stream = next((s for s in topo.streams if s.name == inc.stream), None)
    if stream is None:
        raise click.ClickException(f"topology {path} no longer has stream {inc.stream}")
    return topo, stream, policy_path(topo, path)


def _audit(settings: Settings, inc: Incident, step: str, detail: dict[str, object]) -> None:
    """A timeline marker, in the audit trail of the incident's topology."""
    from pipeline.audit.writer import AuditWriteError, KafkaAuditWriter
    from pipeline.clients import kafka_clients
    from pipeline.topology import load_topology

    try:
        topic = load_topology(Path(inc.topology)).audit_topic
    except Exception:  # noqa: BLE001 - the file moved or broke since: the settings' audit topic still records it
        topic = settings.audit_topic
    try:
        KafkaAuditWriter(kafka_clients(settings), topic)(incident_event(inc, step, cli_actor(), _now(), detail))
    except AuditWriteError as exc:
        raise click.ClickException(f"incident {inc.incident_id} {step} but not audited: {exc}; run again") from None


def _ms(when: dt.datetime) -> int:
    return int(when.replace(tzinfo=dt.UTC).timestamp() * 1000)


@click.group()
def incident() -> None:
    """Incidents on AI-bound data: open, assess, remediate, close.

    Every step is an audit event; the timeline goes into the day's evidence.

    \b
    veilstream incident open --topology topologies/support-tickets.yaml --kind residual_pii --severity high
    veilstream incident assess inc-1a2b3c4d --from 2026-12-01T08:00 --to 2026-12-01T09:30
    veilstream incident remediate inc-1a2b3c4d     # after patching the policy
    veilstream incident close inc-1a2b3c4d --case "inc-1a2b3c4d: phone with extension"
    """


@incident.command(name="open")
@click.option("--topology", "topology_file", required=True, type=FILE)
@click.option("--stream", help="Default: the topology's first stream.")
@click.option("--kind", required=True, type=click.Choice(KINDS))
@click.option("--severity", required=True, type=click.Choice(SEVERITIES))
def open_(topology_file: Path, stream: str | None, kind: str, severity: str) -> None:
    """Record an incident and the policy version in force."""
    from pipeline.policy import load_policy
    from pipeline.topology import load_topology
    from pipeline.topology.model import policy_path

    settings = get_settings()
    topo = load_topology(topology_file)
    name = stream or topo.streams[0].name
    if name not in {s.name for s in topo.streams}:
        raise click.BadParameter(f"{topology_file} has no stream {name}", param_hint="--stream")
    policy = load_policy(policy_path(topo, topology_file))
    inc = _store(settings).open(kind, severity, str(topology_file.resolve()), name, policy.version, cli_actor(), _now())
    _audit(settings, inc, "opened", {"policy_version": policy.version})
    click.echo(inc.incident_id)


@incident.command()
@click.argument("incident_id")
@click.option("--from", "t_from", required=True, type=WHEN, help="Start of the exposure window (UTC).")
@click.option("--to", "t_to", required=True, type=WHEN, help="End of the exposure window (UTC).")
@click.option("--json", "as_json", is_flag=True)
def assess(incident_id: str, t_from: dt.datetime, t_to: dt.datetime, as_json: bool) -> None:
    """What the AI vendor may have received in the window: records, tenants, subjects (as
    references), entity kinds, vendors; read from the audit archive, never a value."""
    from pipeline.audit.s3 import ObjectStore
    from pipeline.clients import kafka_clients
    from pipeline.incident.exposure import ai_decisions
    from pipeline.incident.exposure import assess as do_assess

    settings = get_settings()
    inc = _get(settings, incident_id)
    _, stream, _ = _topology(inc)
    start, end = _ms(t_from), _ms(t_to)
    if end < start:
        raise click.BadParameter("--to is before --from")
    decisions = ai_decisions(ObjectStore.from_settings(settings), stream.name, start, end)
    stored = [rec for _, _, rec in _stored(kafka_clients(settings), stream)]
    exposure = do_assess(decisions, stored, stream, start, end)
    _store(settings).update(incident_id, window_from=start, window_to=end, record_ids=exposure.record_ids)
    summary = exposure.summary()
    _audit(settings, inc, "assessed", summary)
    if as_json:
        click.echo(json.dumps({**summary, "subjects": list(exposure.subjects)}, indent=1, sort_keys=True))
        return
    click.echo(
        f"{summary['records']} AI-bound record(s) of {stream.ai} in the window, {summary['subjects']} subject(s)"
    )
    click.echo(f"  tenants: {summary['tenants']}\n  entity kinds: {summary['entity_kinds']}")
    click.echo(f"  vendors: {', '.join(exposure.vendors) or '(none registered)'}")


def _stored(kafka: KafkaClients, stream: StreamSpec) -> list[tuple[int, int, StoredRecord]]:
    """(partition, offset, record) of every record now on store.<stream>."""
    from pipeline import codecs
    from pipeline.vault.store import scan_topic

    out = []
    for part, off, value in scan_topic(kafka, stream.store):
        if value is not None:
            out.append((part, off, codecs.stored_from_dict(codecs.decode("StoredRecord", value))))
    return out


@incident.command()
@click.argument("incident_id")
def remediate(incident_id: str) -> None:
    """Re-protect the assessed records from store.<stream> with the policy file as it is now, and
    publish corrections to ai.<stream> (same record id, header veilstream-correction), or tombstones
    where the policy now blocks them."""
    from pipeline.clients import kafka_clients
    from pipeline.detect.engine import Detector
    from pipeline.flow import Flow
    from pipeline.incident.exposure import remediate as do_remediate
    from pipeline.keys import open_key_service
    from pipeline.policy import load_policy
    from pipeline.vault.entry import vault_entry

    settings = get_settings()
    inc = _get(settings, incident_id)
    if inc.window_from is None:
        raise click.UsageError(f"assess {incident_id} first: remediation corrects the assessed records")
    topo, stream, policy_file = _topology(inc)
    policy = load_policy(policy_file)
    kafka = kafka_clients(settings)
    wanted = set(inc.record_ids)
    stored = [(p, o, r) for p, o, r in _stored(kafka, stream) if r.record_id in wanted]
    keys = open_key_service(settings.model_copy(update={"audit_topic": topo.audit_topic}), actor=cli_actor())
    try:
        flow = Flow(
            stream,
            policy,
            Detector.for_policy(policy),
            keys,
            max_event_bytes=settings.max_event_bytes,
            audit_topic=topo.audit_topic,
            vault_writer=vault_entry,
        )
        done = do_remediate(incident_id, stored, flow, keys, _now())
    finally:
        keys.close()
    producer = kafka.producer({"acks": "all", "enable.idempotence": True})
    errors: list[str] = []
    for m in done.messages:
        producer.produce(
            m.topic,
            key=m.key,
            value=m.value,
            headers=list(m.headers),
            on_delivery=lambda err, _msg: errors.append(str(err)) if err else None,
        )
    if producer.flush(60) or errors:
        raise click.ClickException("corrections not acknowledged by the broker; run remediate again (idempotent)")
    _store(settings).update(incident_id, remediated=done.corrected + done.withdrawn)
    detail = {"corrected": done.corrected, "withdrawn": done.withdrawn, "policy_version": policy.version}
    _audit(settings, inc, "remediated", detail)
    click.echo(f"{done.corrected} record(s) corrected and {done.withdrawn} withdrawn on {stream.ai}")


@incident.command()
@click.argument("incident_id")
@click.option("--case", "case_name", required=True, help="The seeded case added for this incident (its name).")
def close(incident_id: str, case_name: str) -> None:
    """Close after the fix: the policy must have changed since the incident was opened, and the
    policy's cases file must hold CASE (naming the incident id), which must pass."""
    from pipeline.policy import load_policy
    from pipeline.policy.cases import cases_path, load_cases
    from pipeline.policytest import check, detector_for, throwaway_keys

    settings = get_settings()
    inc = _get(settings, incident_id)
    _, _, policy_file = _topology(inc)
    policy = load_policy(policy_file)
    if policy.version == inc.policy_version:
        raise click.ClickException(f"the policy is still version {policy.version}: patch it before closing")
    if incident_id not in case_name:
        raise click.BadParameter(f"name the case after the incident (include {incident_id})", param_hint="--case")
    cases = [c for c in load_cases(cases_path(policy_file)).cases if c.name == case_name]
    if not cases:
        raise click.ClickException(f"no case named {case_name!r} in {cases_path(policy_file)}")
    with throwaway_keys() as keys:
        (result,) = check(policy, cases, detector_for(policy), keys)
    if not result.passed:
        raise click.ClickException(f"case {case_name!r} fails: " + "; ".join(result.problems))
    closed = _store(settings).update(
        incident_id,
        closed_at=_now(),
        closed_by=cli_actor(),
        closing_policy_version=policy.version,
        closing_case=case_name,
    )
    _audit(settings, closed, "closed", {"policy_version": policy.version, "case": case_name})
    click.echo(f"incident {incident_id} closed: policy {inc.policy_version} -> {policy.version}, case passes")


@incident.command(name="list")
def list_() -> None:
    """Incidents: id, kind, severity, stream, step."""
    for i in _store(get_settings()).list():
        click.echo(f"{i.incident_id}  {i.kind:<14} {i.severity:<8} {i.stream:<20} {i.step}")
