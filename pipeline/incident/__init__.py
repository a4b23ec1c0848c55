"""Incidents that understand LLMs: open, assess, remediate, close; every step audited.

When the residual scan or a canary finds a value in clear on `ai.*`, an
operator opens an incident, assesses what the AI vendor may have received in
a time window (from the audit archive: records, tenants, subject references,
entity kinds, vendors, never values), remediates (re-protects the affected
records from `store.*` with the patched policy and publishes corrections to
`ai.*`), and closes it once the policy changed and a seeded case covers the
miss. The timeline goes into the day's evidence through the audit trail.
"""

from __future__ import annotations

import builtins
import json
import secrets
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from pipeline.audit.events import deterministic_id
from pipeline.recordfile import RecordFile
from pipeline.records import AuditEvent

INCIDENT = "incident"
KINDS = ("residual_pii", "canary_leak", "vendor_breach", "other")
SEVERITIES = ("low", "medium", "high", "critical")
STEPS = ("opened", "assessed", "remediated", "closed")


class IncidentError(ValueError):
    pass


@dataclass(frozen=True, slots=True)
class Incident:
    incident_id: str
    kind: str
    severity: str
    topology: str
    stream: str
    policy_version: str  # in force when the incident was opened; closing needs another
    opened_at: int
    opened_by: str
    window_from: int | None = None  # the assessed exposure window (epoch ms)
    window_to: int | None = None
    record_ids: tuple[str, ...] = ()  # the AI-bound records of the window
    remediated: int = 0
    closed_at: int | None = None
    closed_by: str | None = None
    closing_policy_version: str | None = None
    closing_case: str | None = None

    @property
    def step(self) -> str:
        if self.closed_at is not None:
            return "closed"
        if self.remediated:
            return "remediated"
        return "assessed" if self.window_from is not None else "opened"


class IncidentStore:
    """One 0600 JSON file beside the API keys, changed under a lock."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self._file = RecordFile(self.path, _load)

    def list(self) -> builtins.list[Incident]:
        return sorted(self._file.load().values(), key=lambda i: i.opened_at)

    def get(self, incident_id: str) -> Incident:
        for i in self.list():
            if i.incident_id == incident_id:
                return i
        raise IncidentError(f"no incident {incident_id}")

    def open(
        self, kind: str, severity: str, topology: str, stream: str, policy_version: str, actor: str, now_ms: int
    ) -> Incident:
        if kind not in KINDS:
            raise IncidentError(f"kind must be one of {', '.join(KINDS)}")
        if severity not in SEVERITIES:
            raise IncidentError(f"severity must be one of {', '.join(SEVERITIES)}")
        inc = Incident(f"inc-{secrets.token_hex(4)}", kind, severity, topology, stream, policy_version, now_ms, actor)
        self._file.update(lambda all_: all_.__setitem__(inc.incident_id, inc))
        return inc

    def update(self, incident_id: str, **changes: Any) -> Incident:
        done: builtins.list[Incident] = []

        def change(all_: dict[str, Incident]) -> None:
            inc = all_.get(incident_id)
            if inc is None:
                raise IncidentError(f"no incident {incident_id}")
            if inc.closed_at is not None:
                raise IncidentError(f"incident {incident_id} is closed")
            all_[incident_id] = replace(inc, **changes)
            done.append(all_[incident_id])

        self._file.update(change)
        return done[0]


def _load(d: dict[str, Any]) -> Incident:
    return Incident(**{**d, "record_ids": tuple(d.get("record_ids") or ())})


def incident_event(inc: Incident, step: str, actor: str, now_ms: int, detail: dict[str, Any]) -> AuditEvent:
    """One timeline marker: counts, references and versions only, never a value."""
    body = {"incident_id": inc.incident_id, "severity": inc.severity, "topology": inc.topology, **detail}
    return AuditEvent(
        audit_id=deterministic_id(INCIDENT, inc.incident_id, step, now_ms),
        kind=INCIDENT,
        occurred_at=now_ms,
        tenant="",
        stream=inc.stream,
        outcome=step,
        reason_code=inc.kind,
        actor=actor,
        reason=json.dumps(body, sort_keys=True, separators=(",", ":")),
        key_ids=(inc.incident_id,),
    )
