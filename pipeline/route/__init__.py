"""Route: a detection and its protection -> where the record goes.

Quarantine wins over everything: a record with a finding whose action is
block (secrets in the shipped policies) or a prompt-injection score at or
above the policy's block threshold never reaches an AI-bound topic.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline.policy import Policy
from pipeline.records import Detection, Outcome, Protection


@dataclass(frozen=True, slots=True)
class Route:
    outcome: Outcome
    reason_code: str  # why: "clean", "pii_protected", "blocked_entity", "prompt_injection"


def route(detection: Detection, protection: Protection, policy: Policy) -> Route:
    if protection.blocked_by:
        return Route(Outcome.QUARANTINED, "blocked_entity")
    if detection.injection_score >= policy.injection.block_at:
        return Route(Outcome.QUARANTINED, "prompt_injection")
    if detection.injection_score >= policy.injection.flag_at:
        return Route(Outcome.PROTECTED, "injection_flagged")
    if detection.findings:
        return Route(Outcome.PROTECTED, "pii_protected")
    return Route(Outcome.PROTECTED, "clean")
