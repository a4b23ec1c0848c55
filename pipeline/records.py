"""Typed records passed between stages.

Plain frozen dataclasses: cheap on the hot path, easy to build in tests.
Their Avro shapes live in schemas/*.avsc; codecs.py converts both ways.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field


class Outcome(enum.StrEnum):
    PROTECTED = "protected"
    QUARANTINED = "quarantined"
    DEAD_LETTERED = "dead_lettered"


class Destination(enum.StrEnum):
    AI = "ai"
    STORE = "store"


@dataclass(frozen=True, slots=True)
class Offset:
    """Where an input record came from: the key of 'exactly one decision'."""

    topic: str
    partition: int
    offset: int


@dataclass(frozen=True, slots=True)
class RawEvent:
    event_id: str  # idempotency key chosen by the producer
    tenant: str
    source: str
    text: str
    produced_at: int  # epoch milliseconds
    subject_id: str | None = None
    attributes: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Finding:
    entity_type: str
    start: int
    end: int
    score: float
    recognizer: str


@dataclass(frozen=True, slots=True)
class Detection:
    """What detect found in one text. Never holds the matched values."""

    findings: tuple[Finding, ...] = ()
    injection_score: float = 0.0  # rules and model combined: what the policy's flag_at / block_at act on
    injection_rules: tuple[str, ...] = ()
    injection_model_score: float = 0.0
    injection_model: str = ""  # version of the classifier that gave injection_model_score

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for f in self.findings:
            out[f.entity_type] = out.get(f.entity_type, 0) + 1
        return out


@dataclass(frozen=True, slots=True)
class ProtectedValue:
    """One original value, encrypted, as carried by the storage topic."""

    token: str
    entity_type: str
    ciphertext: bytes  # AES-256-GCM nonce || ciphertext || tag
    key_id: str


@dataclass(frozen=True, slots=True)
class Protection:
    """What protect made of one record, per destination."""

    ai_text: str
    store_text: str
    values: tuple[ProtectedValue, ...]
    blocked_by: tuple[str, ...] = ()  # entity types or rule ids whose action is block
    key_ids: tuple[str, ...] = ()
    subject_ref: str | None = None  # keyed HMAC of the record's subject_id
    vault_values: tuple[ProtectedValue, ...] = ()  # originals of the AI text's tokens, for restore
    subject_refs: tuple[str, ...] = ()  # every subject whose key seals a value (subject_id's, email owners')


@dataclass(frozen=True, slots=True)
class ProtectedRecord:
    """AI-bound: tokens only, never an original value."""

    record_id: str
    event_id: str
    tenant: str
    source: str
    produced_at: int
    text: str
    entity_counts: dict[str, int]
    policy_id: str
    policy_version: str
    classification: str = ""  # the stream's data classification


@dataclass(frozen=True, slots=True)
class StoredRecord:
    """Storage-bound: tokens in the text, originals encrypted beside it."""

    record_id: str
    event_id: str
    tenant: str
    source: str
    produced_at: int
    subject_ref: str | None  # keyed HMAC of the subject id, never the id
    text: str
    values: tuple[ProtectedValue, ...]
    policy_id: str
    policy_version: str
    classification: str = ""  # the stream's data classification


@dataclass(frozen=True, slots=True)
class DeadLetter:
    record_id: str
    event_id: str | None
    source: Offset
    reason_code: str
    reason_detail: str  # never a value from the payload
    payload_ciphertext: bytes
    key_id: str
    received_at: int
    classification: str = ""  # the stream's data classification


@dataclass(frozen=True, slots=True)
class AuditEvent:
    """One per decision (and per restore, erase, key or policy event).

    Carries digests and counts, never values. `audit_id` is deterministic so
    a redelivered record yields the same id and the evidence counts it once.
    """

    audit_id: str
    kind: str  # decision | restore | erase | key | policy
    occurred_at: int
    tenant: str
    stream: str
    outcome: str
    reason_code: str = ""
    event_id: str | None = None
    source: Offset | None = None
    policy_id: str = ""
    policy_version: str = ""
    entity_counts: dict[str, int] = field(default_factory=dict)
    injection_score: float = 0.0
    injection_rules: tuple[str, ...] = ()
    injection_model_score: float = 0.0
    injection_model: str = ""
    input_digest: str = ""
    output_digest: str = ""
    latency_ms: float = 0.0
    actor: str = ""
    reason: str = ""
    token_count: int = 0
    key_ids: tuple[str, ...] = ()
    outputs: tuple[str, ...] = ()  # topics written for this decision
    classification: str = ""  # the stream's data classification (decisions)
