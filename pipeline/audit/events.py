"""Audit events for stream decisions: digests and counts, never values.

Ids are deterministic so that a redelivered input, processed a second time
after a crash, produces byte-identical ids and the evidence counts it once.
"""

from __future__ import annotations

import hashlib

from pipeline.records import AuditEvent, Offset


def deterministic_id(*parts: object) -> str:
    """A stable 32-hex id from the parts (not secret, only unique)."""
    joined = "\x1f".join(str(p) for p in parts)
    return hashlib.sha256(joined.encode()).hexdigest()[:32]


def record_id(stream: str, tenant: str, event_id: str) -> str:
    """Id of every output derived from one input event: the consumers' dedup key."""
    return deterministic_id("record", stream, tenant, event_id)


def decision_audit_id(source: Offset) -> str:
    """One decision per input offset: the offset is the identity of a decision."""
    return deterministic_id("decision", source.topic, source.partition, source.offset)


def decision_event(
    *,
    stream: str,
    source: Offset,
    outcome: str,
    occurred_at: int,
    tenant: str = "",
    event_id: str | None = None,
    reason_code: str = "",
    policy_id: str = "",
    policy_version: str = "",
    entity_counts: dict[str, int] | None = None,
    injection_score: float = 0.0,
    injection_rules: tuple[str, ...] = (),
    injection_model_score: float = 0.0,
    injection_model: str = "",
    input_digest: str = "",
    output_digest: str = "",
    latency_ms: float = 0.0,
    key_ids: tuple[str, ...] = (),
    outputs: tuple[str, ...] = (),
    classification: str = "",
) -> AuditEvent:
    return AuditEvent(
        audit_id=decision_audit_id(source),
        kind="decision",
        occurred_at=occurred_at,
        tenant=tenant,
        stream=stream,
        outcome=outcome,
        reason_code=reason_code,
        event_id=event_id,
        source=source,
        policy_id=policy_id,
        policy_version=policy_version,
        entity_counts=dict(entity_counts or {}),
        injection_score=round(injection_score, 4),
        injection_rules=injection_rules,
        injection_model_score=round(injection_model_score, 4),
        injection_model=injection_model,
        input_digest=input_digest,
        output_digest=output_digest,
        latency_ms=round(latency_ms, 3),
        key_ids=key_ids,
        outputs=outputs,
        classification=classification,
    )
