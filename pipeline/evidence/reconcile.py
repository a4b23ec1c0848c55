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

import hashlib
from array import array
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


class _Offsets:
    """A set of input offsets, as bitmaps of 8,192 offsets each: a day of ten million
    decisions costs about a megabyte, not a Python int per offset."""

    CHUNK = 8192

    def __init__(self) -> None:
        self.chunks: dict[int, bytearray] = {}

    def add(self, offset: int) -> bool:
        """Add the offset; False when it was already there."""
        index, bit = divmod(offset, self.CHUNK)
        chunk = self.chunks.get(index)
        if chunk is None:
            chunk = self.chunks[index] = bytearray(self.CHUNK // 8)
        byte, mask = bit >> 3, 1 << (bit & 7)
        if chunk[byte] & mask:
            return False
        chunk[byte] |= mask
        return True


@dataclass
class _Partition:
    """What one input partition's decisions say: distinct offsets, their range and outcomes."""

    prev_high: int | None
    offsets: _Offsets = field(default_factory=_Offsets)
    decided: int = 0
    below: int = 0  # at or below the previous day's high-water mark: late or redelivered
    low: int | None = None
    high: int | None = None
    outcomes: Counter[str] = field(default_factory=Counter)

    def add(self, offset: int, outcome: str) -> bool:
        if not self.offsets.add(offset):
            return False
        self.decided += 1
        self.below += self.prev_high is not None and offset <= self.prev_high
        self.low = offset if self.low is None else min(self.low, offset)
        self.high = offset if self.high is None else max(self.high, offset)
        self.outcomes[outcome] += 1
        return True

    def span(self) -> dict[str, Any]:
        assert self.low is not None and self.high is not None  # a partition exists once it has a decision
        start = self.prev_high + 1 if self.prev_high is not None else self.low
        top = max(self.high, self.prev_high if self.prev_high is not None else -1)
        in_span = self.decided - self.below
        return {"from": start, "to": top, "decided": in_span, "missing": max(0, top - start + 1) - in_span}


class _DistinctIds:
    """How many distinct audit ids, counted by 64-bit digests kept in flat arrays (80 MB for ten
    million ids where a set of strings would take a gigabyte), spread over 256 buckets so that
    each is counted with a small set. Two ids share a digest with odds of about 1 in 10^5 at
    that size; snapshot and verify count the same way. Plain Python: the auditor's kit has no numpy."""

    def __init__(self) -> None:
        self.buckets = [array("Q") for _ in range(256)]

    def add(self, audit_id: str) -> None:
        digest = int.from_bytes(hashlib.blake2b(audit_id.encode(), digest_size=8).digest(), "little")
        self.buckets[digest & 0xFF].append(digest)

    def count(self) -> int:
        return sum(len(set(bucket)) for bucket in self.buckets)


@dataclass
class _Decisions:
    """Decision events, counted once per distinct input offset."""

    prev_high: dict[str, dict[str, int]]
    partitions: dict[tuple[str, int], _Partition] = field(default_factory=dict)
    events: int = 0
    audit_ids: _DistinctIds = field(default_factory=_DistinctIds)
    duplicates: int = 0
    invalid: int = 0  # no input offset
    detections: Counter[str] = field(default_factory=Counter)
    hourly: Counter[str] = field(default_factory=Counter)

    def add(self, r: dict[str, Any]) -> bool:
        """Count the decision; True when it is the first one for its input offset."""
        self.events += 1
        self.audit_ids.add(r.get("audit_id", ""))
        topic, part, off = r.get("source_topic"), r.get("source_partition"), r.get("source_offset")
        if topic is None or part is None or off is None:
            self.invalid += 1
            return False
        partition = self.partitions.get((topic, part))
        if partition is None:
            partition = self.partitions[(topic, part)] = _Partition(self.prev_high.get(topic, {}).get(str(part)))
        if not partition.add(off, r["outcome"]):
            self.duplicates += 1
            return False
        self.detections.update(r.get("entity_counts") or {})
        self.hourly[f"{(r['occurred_at'] // 3_600_000) % 24:02d}"] += 1
        return True

    def spans(self) -> tuple[dict[str, dict[str, Any]], dict[str, dict[str, int]]]:
        """Per input topic: each partition's span from the previous day's high-water mark, what is
        missing in it and what was decided below it; and the high-water marks after the day."""
        high = {t: dict(ps) for t, ps in self.prev_high.items()}
        topics: dict[str, dict[str, Any]] = {}
        for (topic, part), p in sorted(self.partitions.items()):
            span = p.span()
            t = topics.setdefault(
                topic,
                {"records_in": 0, "decisions_out": Counter(), "missing": 0, "late_or_redelivered": 0, "partitions": {}},
            )
            t["partitions"][str(part)] = span
            t["records_in"] += span["decided"] + span["missing"] + p.below
            t["missing"] += span["missing"]
            t["late_or_redelivered"] += p.below
            t["decisions_out"].update(p.outcomes)
            high.setdefault(topic, {})[str(part)] = span["to"]
        for t in topics.values():
            t["decisions_out"] = dict(t["decisions_out"])
            t["decisions_total"] = sum(t["decisions_out"].values())
            t["balanced"] = t["missing"] == 0 and t["records_in"] == t["decisions_total"]
        return topics, high


class DayTally:
    """The reconciliation folded over a day's audit records one at a time, so a day of any
    size is read in bounded memory."""

    def __init__(self, prev_high: dict[str, dict[str, int]]):
        self.activity = _Activity()
        self.decisions = _Decisions(prev_high)

    def add(self, r: dict[str, Any]) -> bool:
        """Count the record; True for the first decision of an input offset (what the day's
        other sections count too)."""
        self.activity.add(r)
        return r["kind"] == DECISION and self.decisions.add(r)

    def result(self) -> tuple[dict, dict]:
        """(reconciliation, source high-water marks after the day)."""
        activity, decisions = self.activity, self.decisions
        topics, high = decisions.spans()
        recon = {
            "topics": topics,
            "decision_events": decisions.events,
            "distinct_decision_audit_ids": decisions.audit_ids.count(),
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


def reconcile(records: Iterable[dict[str, Any]], prev_high: dict[str, dict[str, int]]) -> tuple[dict, dict]:
    """(reconciliation, source high-water marks after the day) from archive records."""
    tally = DayTally(prev_high)
    for r in records:
        tally.add(r)
    return tally.result()


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
