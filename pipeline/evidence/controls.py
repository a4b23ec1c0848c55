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


def _decisions_once(records: Iterable[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """Decisions counted once per input offset, as the reconciliation counts them."""
    seen: set[tuple[Any, Any, Any]] = set()
    out = []
    for r in records:
        if r.get("kind") != "decision":
            continue
        src = (r.get("source_topic"), r.get("source_partition"), r.get("source_offset"))
        if None in src or src in seen:
            continue
        seen.add(src)
        out.append(r)
    return out


def controls(records: Iterable[Mapping[str, Any]], prev: Mapping[str, Any] | None) -> dict[str, Any]:
    """The `controls` section of a day's manifest."""
    ordered = sorted(records, key=lambda r: (r.get("occurred_at") or 0, r.get("audit_id") or ""))
    register: dict[str, dict[str, Any]] = json.loads(json.dumps(prev.get("register", {}))) if prev else {}
    reviews = []
    incidents = []
    by_class: dict[str, Counter[str]] = defaultdict(Counter)
    exposure: dict[tuple[str, str], dict[str, Any]] = {}
    for r in ordered:
        if r.get("kind") == REGISTER:
            try:
                entry = json.loads(r.get("reason") or "")
            except ValueError:
                continue  # a malformed register event registers nothing; the vendor shows as unregistered
            register[r["stream"]] = {**entry, "since": r.get("occurred_at")}
        elif r.get("kind") == INCIDENT:
            try:
                detail = json.loads(r.get("reason") or "")
            except ValueError:
                detail = {"malformed": True}
            incidents.append(
                {
                    **detail,
                    "step": r.get("outcome"),
                    "kind": r.get("reason_code"),
                    "at": r.get("occurred_at"),
                    "by": r.get("actor"),
                }
            )
        elif r.get("kind") == ACCESS_REVIEW:
            try:
                reviews.append({**json.loads(r.get("reason") or ""), "at": r.get("occurred_at"), "by": r.get("actor")})
            except ValueError:
                reviews.append({"at": r.get("occurred_at"), "by": r.get("actor"), "malformed": True})
    for r in _decisions_once(ordered):
        classification = r.get("classification") or "unclassified"
        by_class[classification][r.get("outcome") or "?"] += 1
        stream = r.get("stream") or ""
        if f"ai.{stream}" not in (r.get("outputs") or ()):
            continue
        vendors = register.get(stream, {}).get("vendors") or [{"name": UNREGISTERED}]
        for v in vendors:
            row = exposure.setdefault(
                (r.get("tenant") or "", v["name"]),
                {
                    "tenant": r.get("tenant") or "",
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
            row["classification"].add(classification)
            row["records"] += 1
            row["entity_kinds"].update(r.get("entity_counts") or {})
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
    return {
        "register": dict(sorted(register.items())),
        "classification": {c: dict(sorted(n.items())) for c, n in sorted(by_class.items())},
        "exposure": rows,
        "access_reviews": reviews,
        "incidents": incidents,
        "remediations": sum(1 for r in ordered if r.get("kind") == "remediation"),
    }
