"""The day's reconciliation: every input offset ends in exactly one decision.

Computed from the archived audit records of one day only. Decisions are
counted once per distinct input offset (source topic, partition, offset):
a decision redelivered upstream carries the same audit_id and the same input
offset, so duplicates in the archive are reported but never counted twice.
An input partition's span runs from the offset after the previous day's
highest one to today's highest; an offset in the span without a decision is
missing, an offset below it (decided late, or redelivered) is reported apart.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

DECISION = "decision"


def _nested(d: dict) -> dict:
    return {k: _nested(v) if isinstance(v, dict) else v for k, v in sorted(d.items())}


@dataclass
class _Activity:
    """What every audit record says beside its decision: kinds, policies, keys, restorations,
    erasures, and the assurance events (a redelivered canary or residual event counts once)."""

    kinds: Counter[str] = field(default_factory=Counter)
    policies: set[str] = field(default_factory=set)
    key_ids: set[str] = field(default_factory=set)
    restorations: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    erasures: dict[str, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    assurance: Assurance = field(default_factory=lambda: Assurance())
    assurance_ids: set[str | None] = field(default_factory=set)

    def add(self, r: dict[str, Any]) -> None:
        kind = r["kind"]
        self.kinds[kind] += 1
        self.key_ids.update(r.get("key_ids") or ())
        if r.get("policy_id"):
            self.policies.add(f"{r['policy_id']}@{r.get('policy_version', '')}")
        if kind == "restore":
            self.restorations[r.get("actor") or "?"][r.get("reason") or r.get("reason_code") or "?"] += 1
        elif kind == "erase":
            self.erasures[r.get("actor") or "?"][r.get("reason") or r.get("reason_code") or "?"] += 1
        elif kind in ("canary", "residual") and r.get("audit_id") not in self.assurance_ids:
            self.assurance.add(kind, r)
            self.assurance_ids.add(r.get("audit_id"))


@dataclass
class _Decisions:
    """Decision events, counted once per distinct input offset."""

    decided: dict[tuple[str, int, int], str] = field(default_factory=dict)  # input offset -> outcome
    events: int = 0
    audit_ids: set[str] = field(default_factory=set)
    duplicates: int = 0
    invalid: int = 0  # no input offset
    detections: Counter[str] = field(default_factory=Counter)
    hourly: Counter[str] = field(default_factory=Counter)

    def add(self, r: dict[str, Any]) -> None:
        self.events += 1
        self.audit_ids.add(r.get("audit_id", ""))
        topic, part, off = r.get("source_topic"), r.get("source_partition"), r.get("source_offset")
        if topic is None or part is None or off is None:
            self.invalid += 1
            return
        if (topic, part, off) in self.decided:
            self.duplicates += 1
            return
        self.decided[(topic, part, off)] = r["outcome"]
        self.detections.update(r.get("entity_counts") or {})
        self.hourly[f"{(r['occurred_at'] // 3_600_000) % 24:02d}"] += 1


def _spans(
    decided: dict[tuple[str, int, int], str], prev_high: dict[str, dict[str, int]]
) -> tuple[dict[str, dict[str, Any]], dict[str, dict[str, int]]]:
    """Per input topic: each partition's span from the previous day's high-water mark, what is
    missing in it and what was decided below it; and the high-water marks after the day."""
    by_partition: dict[tuple[str, int], list[int]] = defaultdict(list)
    for topic, part, off in decided:
        by_partition[(topic, part)].append(off)
    high = {t: dict(ps) for t, ps in prev_high.items()}
    topics: dict[str, dict[str, Any]] = {}
    for (topic, part), offsets in sorted(by_partition.items()):
        prev = prev_high.get(topic, {}).get(str(part))
        start = prev + 1 if prev is not None else min(offsets)
        top = max(max(offsets), prev if prev is not None else -1)
        in_span = sum(1 for o in offsets if o >= start)
        span = max(0, top - start + 1)
        t = topics.setdefault(
            topic,
            {"records_in": 0, "decisions_out": Counter(), "missing": 0, "late_or_redelivered": 0, "partitions": {}},
        )
        t["partitions"][str(part)] = {"from": start, "to": top, "decided": in_span, "missing": span - in_span}
        t["records_in"] += span + (len(offsets) - in_span)
        t["missing"] += span - in_span
        t["late_or_redelivered"] += len(offsets) - in_span
        for o in offsets:
            t["decisions_out"][decided[(topic, part, o)]] += 1
        high.setdefault(topic, {})[str(part)] = top
    for t in topics.values():
        t["decisions_out"] = dict(t["decisions_out"])
        t["decisions_total"] = sum(t["decisions_out"].values())
        t["balanced"] = t["missing"] == 0 and t["records_in"] == t["decisions_total"]
    return topics, high


def reconcile(records: Iterable[dict[str, Any]], prev_high: dict[str, dict[str, int]]) -> tuple[dict, dict]:
    """(reconciliation, source high-water marks after the day) from archive records."""
    activity, decisions = _Activity(), _Decisions()
    for r in records:
        activity.add(r)
        if r["kind"] == DECISION:
            decisions.add(r)
    topics, high = _spans(decisions.decided, prev_high)
    recon = {
        "topics": topics,
        "decision_events": decisions.events,
        "distinct_decision_audit_ids": len(decisions.audit_ids),
        "duplicate_decision_events": decisions.duplicates,
        "decisions_without_source": decisions.invalid,
        "events_by_kind": dict(activity.kinds),
        "detections_by_entity": dict(decisions.detections),
        "restorations": {a: dict(c) for a, c in activity.restorations.items()},
        "erasures": {a: dict(c) for a, c in activity.erasures.items()},
        "policies_in_force": sorted(activity.policies),
        "key_ids_in_force": sorted(activity.key_ids),
        "decisions_by_hour": dict(decisions.hourly),
        "balanced": all(t["balanced"] for t in topics.values()) and decisions.invalid == 0,
        **activity.assurance.summary(sum(t["decisions_out"].get("protected", 0) for t in topics.values())),
    }
    return _nested(recon), _nested(high)


class Assurance:
    """Canary recall and residual-scan hits per entity type (pipeline.assurance)."""

    def __init__(self) -> None:
        self.caught: Counter[str] = Counter()
        self.injected: Counter[str] = Counter()
        self.residual: Counter[str] = Counter()

    def add(self, kind: str, r: dict[str, Any]) -> None:
        counts = r.get("entity_counts") or {}
        if kind == "canary":  # one value per entity type: 1 caught, 0 leaked
            self.caught.update({e: int(n > 0) for e, n in counts.items()})
            self.injected.update(counts.keys())
        else:
            self.residual.update(counts)

    def summary(self, ai_records: int) -> dict[str, Any]:
        return {
            "canary_recall": {
                e: {"injected": n, "caught": self.caught[e], "recall": round(self.caught[e] / n, 4)}
                for e, n in self.injected.items()
            },
            "residual_hits_by_entity": dict(self.residual),
            "residual_rate_by_entity": {
                e: round(n / ai_records, 6) if ai_records else None for e, n in self.residual.items()
            },
        }
