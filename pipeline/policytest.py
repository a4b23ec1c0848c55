"""Run seeded cases through the real detector and the real protection.

`observe` says what a policy actually does to each seeded text; `differences`
compares that with what the case file expects (the `policy test` verdict);
`leaks` is the narrow CI guardrail: a value reaching the AI-bound topic that
the case file says must not; `diff_policies` is the reviewer's view of a
change: what each seeded text becomes under the old and the new policy.

The detector and key service are passed in; `detector_for()` and
`throwaway_keys()` build the real ones, the latter on a throwaway keyring, so
running the cases never touches real keys. This module sits above the stages
it runs (detect, protect, route), beside the flow that chains them.
"""

from __future__ import annotations

import contextlib
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.detect import BatchDetector
from pipeline.detect.engine import Detector
from pipeline.keys import EnvelopeKeyService, FileKeyStore, KeyService, LocalKeyring
from pipeline.policy.cases import Case, Injection, Outcome
from pipeline.policy.model import Policy
from pipeline.protect import protect
from pipeline.records import Outcome as RouteOutcome
from pipeline.records import RawEvent
from pipeline.route import route

TENANT = "policy-test"


@dataclass(frozen=True)
class Seen:
    """One destination: whether the record reaches it, and which types reach it in clear."""

    outcome: Outcome
    clear: tuple[str, ...]
    text: str  # what the destination topic would carry ("" when quarantined away from it)


@dataclass(frozen=True)
class Observed:
    findings: tuple[tuple[str, str], ...]  # sorted (entity type, matched text)
    ai: Seen
    store: Seen
    injection: Injection


def _clear_types(text: str, values: Sequence[tuple[str, str]]) -> tuple[str, ...]:
    return tuple(sorted({t for t, v in values if v and v in text}))


def _injection(policy: Policy, score: float) -> Injection:
    if score >= policy.injection.block_at:
        return Injection.BLOCKED
    if score >= policy.injection.flag_at:
        return Injection.FLAGGED
    return Injection.NONE


def observe(policy: Policy, cases: Sequence[Case], detector: BatchDetector, keys: KeyService) -> list[Observed]:
    detections = detector.detect_batch([c.text for c in cases])
    out = []
    for i, (case, detection) in enumerate(zip(cases, detections, strict=True)):
        found = tuple(sorted((f.entity_type, case.text[f.start : f.end]) for f in detection.findings))
        values = sorted(set(found) | set(case.seeded()))
        event = RawEvent(event_id=f"case-{i}", tenant=TENANT, source="policy-test", text=case.text, produced_at=0)
        protection = protect(event, detection, policy, keys)
        quarantined = route(detection, protection, policy).outcome is RouteOutcome.QUARANTINED
        if quarantined:
            # Nothing goes to the AI; the quarantine topic holds the storage form.
            ai = Seen(Outcome.QUARANTINED, (), "")
            store = Seen(Outcome.QUARANTINED, _clear_types(protection.store_text, values), protection.store_text)
        else:
            ai = Seen(Outcome.PROTECTED, _clear_types(protection.ai_text, values), protection.ai_text)
            store = Seen(Outcome.PROTECTED, _clear_types(protection.store_text, values), protection.store_text)
        out.append(Observed(found, ai, store, _injection(policy, detection.injection_score)))
    return out


def differences(case: Case, seen: Observed) -> list[str]:
    """Every way the observed result differs from the case; empty when it passes."""
    problems = []
    expected = case.seeded()
    for t, v in expected:
        if expected.count((t, v)) > seen.findings.count((t, v)):
            problems.append(f"missed {t} {v!r}")
    for t, v in sorted(set(seen.findings)):
        if seen.findings.count((t, v)) > expected.count((t, v)):
            problems.append(f"unexpected {t} {v!r}")
    for name in ("ai", "store"):
        want, got = getattr(case, name), getattr(seen, name)
        if want.outcome is not got.outcome:
            problems.append(f"{name}: expected {want.outcome.value}, got {got.outcome.value}")
        if set(want.clear) != set(got.clear):
            problems.append(f"{name}: in clear expected {sorted(want.clear)}, got {sorted(got.clear)}")
    if case.injection is not seen.injection:
        problems.append(f"injection: expected {case.injection.value}, got {seen.injection.value}")
    return problems


def leaks(case: Case, seen: Observed) -> list[str]:
    """The guardrail: what reaches the AI-bound topic that the case says must not."""
    if seen.ai.outcome is Outcome.QUARANTINED:
        return []
    if case.ai.outcome is Outcome.QUARANTINED:
        return [f"{case.name!r}: must be quarantined, but reaches the AI-bound topic"]
    allowed = set(case.ai.clear)
    return [
        f"{case.name!r}: {t} {v!r} reaches the AI-bound topic in clear"
        for t, v in case.seeded()
        if t not in allowed and v in seen.ai.text
    ]


@dataclass(frozen=True)
class CaseResult:
    case: Case
    seen: Observed
    problems: tuple[str, ...]

    @property
    def passed(self) -> bool:
        return not self.problems


def check(policy: Policy, cases: Sequence[Case], detector: BatchDetector, keys: KeyService) -> list[CaseResult]:
    return [
        CaseResult(c, s, tuple(differences(c, s)))
        for c, s in zip(cases, observe(policy, cases, detector, keys), strict=True)
    ]


def rule_changes(old: Policy, new: Policy) -> list[str]:
    """The policy edit itself, field by field (entities, thresholds, actions, lists)."""
    a, b = _flatten(old.model_dump(mode="json")), _flatten(new.model_dump(mode="json"))
    lines = []
    for key in sorted(set(a) | set(b)):
        if a.get(key, "(absent)") != b.get(key, "(absent)"):
            lines.append(f"{key}: {a.get(key, '(absent)')} -> {b.get(key, '(absent)')}")
    return lines


def _flatten(data: Any, prefix: str = "") -> dict[str, object]:
    if isinstance(data, dict):
        out: dict[str, object] = {}
        for k, v in data.items():
            out.update(_flatten(v, f"{prefix}.{k}" if prefix else str(k)))
        return out
    return {prefix: data}


def _shown(seen: Seen) -> str:
    return "(quarantined)" if seen.outcome is Outcome.QUARANTINED else repr(seen.text)


@dataclass(frozen=True)
class CaseChange:
    case: Case
    before: Observed
    after: Observed
    lines: tuple[str, ...]


def diff_policies(
    old: Policy,
    new: Policy,
    cases: Sequence[Case],
    old_detector: BatchDetector,
    new_detector: BatchDetector,
    keys: KeyService,
) -> list[CaseChange]:
    """What each seeded text becomes under `old` and under `new` (only the texts that change)."""
    changes = []
    for case, before, after in zip(
        cases, observe(old, cases, old_detector, keys), observe(new, cases, new_detector, keys), strict=True
    ):
        lines = []
        for t, v in sorted(set(before.findings) - set(after.findings)):
            lines.append(f"no longer found: {t} {v!r}")
        for t, v in sorted(set(after.findings) - set(before.findings)):
            lines.append(f"now found: {t} {v!r}")
        for name in ("ai", "store"):
            b, a = getattr(before, name), getattr(after, name)
            if b.outcome is not a.outcome:
                lines.append(f"{name}: {b.outcome.value} -> {a.outcome.value}")
            if b.clear != a.clear:
                lines.append(f"{name}: in clear {list(b.clear)} -> {list(a.clear)}")
        if before.injection is not after.injection:
            lines.append(f"injection: {before.injection.value} -> {after.injection.value}")
        if lines and before.ai.text != after.ai.text:
            lines.append(f"ai text: {_shown(before.ai)}")
            lines.append(f"     -> {_shown(after.ai)}")
        if lines:
            changes.append(CaseChange(case, before, after, tuple(lines)))
    return changes


@contextlib.contextmanager
def throwaway_keys() -> Iterator[KeyService]:
    """A key service on a fresh keyring in a temporary directory, removed afterwards."""
    with tempfile.TemporaryDirectory(prefix="veilstream-policy-test-") as tmp:
        ring = Path(tmp) / "keyring.json"
        LocalKeyring.init(ring)
        service = EnvelopeKeyService(LocalKeyring(ring), FileKeyStore(Path(tmp) / "keys.jsonl"))
        try:
            yield service
        finally:
            service.close()


def detector_for(policy: Policy) -> Detector:
    return Detector.for_policy(policy)
