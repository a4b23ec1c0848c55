"""The day's SOC 2 control sections, computed from the archive like the reconciliation.

- `register`: the AI vendor register in force per stream (classification and
  vendors), carried over from the previous day and updated by the `register`
  audit events that `topology deploy` writes.
- `classification`: decisions per classification and outcome.
- `exposure`: the subprocessor exposure report: per tenant and vendor, how many
  records went to the AI-bound topic, which entity kinds they held as tokens,
  under which data-use flags and retention. Never a value: only counts.

Pure functions of the records and the previous manifest, so `evidence verify`
recomputes them and a retried snapshot writes the same bytes.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

from pipeline.audit.events import deterministic_id
from pipeline.evidence.reconcile import DayTally
from pipeline.records import AuditEvent
from pipeline.topology.model import RETENTION, Topology

REGISTER = "register"
ACCESS_REVIEW = "access_review"  # pipeline.evidence.access_review writes these
INCIDENT = "incident"  # pipeline.incident writes these: one per step of an incident's timeline
UNREGISTERED = "(no vendor registered)"


def register_events(topology: Topology, occurred_at: int) -> list[AuditEvent]:
    """One `register` audit event per stream: its classification and vendor register, as deployed.

    The id derives from the content, so deploying an unchanged file twice is counted once.
    """
    out = []
    for s in topology.streams:
        entry = {
            "classification": s.classification,
            "vendors": [v.model_dump(mode="json") for v in s.vendors],
        }
        body = json.dumps(entry, sort_keys=True, separators=(",", ":"))
        out.append(
            AuditEvent(
                audit_id=deterministic_id(REGISTER, topology.name, s.name, body),
                kind=REGISTER,
                occurred_at=occurred_at,
                tenant="",
                stream=s.name,
                outcome="deployed",
                reason_code="register_deployed",
                reason=body,
                classification=s.classification,
            )
        )
    return out


_DAY_EVENTS = (REGISTER, INCIDENT, ACCESS_REVIEW)


class ControlsTally:
    """The `controls` section folded over a day's records one at a time. Register, incident and
    review events are few and kept; decisions are counted as they pass, per tenant and stream,
    and meet their vendors from the day's final register at the end."""

    def __init__(self, prev: Mapping[str, Any] | None):
        self.prev_register: dict[str, dict[str, Any]] = json.loads(json.dumps(prev.get("register", {}))) if prev else {}
        self.day_events: list[Mapping[str, Any]] = []
        self.by_class: dict[str, Counter[str]] = defaultdict(Counter)
        self.to_ai: dict[tuple[str, str], _StreamExposure] = {}
        self.remediations = 0

    def add(self, r: Mapping[str, Any], first_decision: bool) -> None:
        """Count the record; FIRST_DECISION marks the first decision of its input offset
        (the reconciliation's count), so a redelivered decision counts once."""
        kind = r.get("kind")
        if kind in _DAY_EVENTS:
            self.day_events.append(r)
        elif kind == "remediation":
            self.remediations += 1
        if not first_decision:
            return
        classification = r.get("classification") or "unclassified"
        self.by_class[classification][r.get("outcome") or "?"] += 1
        stream = r.get("stream") or ""
        if f"ai.{stream}" in (r.get("outputs") or ()):
            key = (r.get("tenant") or "", stream)
            self.to_ai.setdefault(key, _StreamExposure()).add(classification, r.get("entity_counts") or {})

    def result(self) -> dict[str, Any]:
        register = self.prev_register
        reviews, incidents = [], []
        for r in sorted(self.day_events, key=lambda r: (r.get("occurred_at") or 0, r.get("audit_id") or "")):
            if r.get("kind") == REGISTER:
                try:
                    entry = json.loads(r.get("reason") or "")
                except ValueError:
                    continue  # a malformed register event registers nothing; the vendor shows as unregistered
                register[r["stream"]] = {**entry, "since": r.get("occurred_at")}
            elif r.get("kind") == INCIDENT:
                incidents.append(
                    {
                        **_detail(r),
                        "step": r.get("outcome"),
                        "kind": r.get("reason_code"),
                        "at": r.get("occurred_at"),
                        "by": r.get("actor"),
                    }
                )
            else:
                reviews.append({**_detail(r), "at": r.get("occurred_at"), "by": r.get("actor")})
        return {
            "register": dict(sorted(register.items())),
            "classification": {c: dict(sorted(n.items())) for c, n in sorted(self.by_class.items())},
            "exposure": _exposure_rows(self.to_ai, register),
            "access_reviews": reviews,
            "incidents": incidents,
            "remediations": self.remediations,
        }


def _detail(r: Mapping[str, Any]) -> dict[str, Any]:
    try:
        detail = json.loads(r.get("reason") or "")
    except ValueError:
        detail = None
    return detail if isinstance(detail, dict) else {"malformed": True}


class _StreamExposure:
    """What one tenant's stream sent to its AI-bound topic: records, classifications, token kinds."""

    def __init__(self) -> None:
        self.records = 0
        self.classification: set[str] = set()
        self.entity_kinds: Counter[str] = Counter()

    def add(self, classification: str, entity_counts: Mapping[str, int]) -> None:
        self.records += 1
        self.classification.add(classification)
        self.entity_kinds.update(entity_counts)


def _exposure_rows(
    to_ai: dict[tuple[str, str], _StreamExposure], register: dict[str, dict[str, Any]]
) -> list[dict[str, Any]]:
    """The subprocessor exposure report: one row per tenant and vendor."""
    exposure: dict[tuple[str, str], dict[str, Any]] = {}
    for (tenant, stream), sent in to_ai.items():
        for v in register.get(stream, {}).get("vendors") or [{"name": UNREGISTERED}]:
            row = exposure.setdefault(
                (tenant, v["name"]),
                {
                    "tenant": tenant,
                    "vendor": v["name"],
                    "streams": set(),
                    "models": v.get("models", []),
                    "region": v.get("region", ""),
                    "zero_data_retention": v.get("zero_data_retention", False),
                    "no_training": v.get("no_training", False),
                    "classification": set(),
                    "records": 0,
                    "entity_kinds": Counter(),
                },
            )
            row["streams"].add(stream)
            row["classification"] |= sent.classification
            row["records"] += sent.records
            row["entity_kinds"].update(sent.entity_kinds)
    rows = []
    for key in sorted(exposure):
        row = exposure[key]
        classes = sorted(row["classification"])
        limits = [RETENTION[c].output_max_days if c in RETENTION else None for c in classes]
        bounded = [d for d in limits if d is not None]
        rows.append(
            {
                **row,
                "streams": sorted(row["streams"]),
                "classification": classes,
                "entity_kinds": dict(sorted(row["entity_kinds"].items())),
                # how long the AI-bound topic may keep these records (None: no limit set by classification)
                "output_retention_max_days": max(bounded) if len(bounded) == len(limits) else None,
            }
        )
    return rows


def controls(records: Iterable[dict[str, Any]], prev: Mapping[str, Any] | None) -> dict[str, Any]:
    """The `controls` section of a day's manifest, with decisions counted once per input
    offset in log order, as the reconciliation counts them."""
    tally, decisions = ControlsTally(prev), DayTally({})
    for r in records:
        tally.add(r, decisions.add(r))
    return tally.result()
