"""Legal holds: a held subject cannot be erased, and the archive under hold cannot expire.

A hold names a tenant and a subject by its keyed reference (the HMAC the key
service computes; never the subject id itself), with a reason and who placed
it. While any hold on a subject is active, erasure is refused and audited.
Holds live in one 0600 JSON file beside the API keys, updated under a lock.
"""

from __future__ import annotations

import builtins
import re
import secrets
from dataclasses import dataclass, replace
from pathlib import Path

from pipeline.audit.events import deterministic_id
from pipeline.recordfile import RecordFile
from pipeline.records import AuditEvent

HOLD = "hold"
# Why a hold is placed: codes, not free text, so nothing personal enters the audit trail.
HOLD_REASONS = ("litigation", "regulatory_inquiry", "internal_investigation", "law_enforcement_request")
CASE_REF = re.compile(r"^[A-Za-z0-9._\-]{1,64}$")


class HoldError(ValueError):
    pass


@dataclass(frozen=True, slots=True)
class Hold:
    hold_id: str
    tenant: str
    subject_ref: str
    reason: str  # one of HOLD_REASONS
    case_ref: str  # the matter's reference in the legal team's system (safe characters only)
    placed_by: str
    placed_at: int
    archive_from: str | None = None  # first audit day (ISO date) whose archive objects carry the S3 legal hold
    released_by: str | None = None
    released_at: int | None = None

    @property
    def active(self) -> bool:
        return self.released_at is None


class HoldStore:
    def __init__(self, path: Path):
        self.path = Path(path)
        self._file = RecordFile(self.path, lambda fields: Hold(**fields))

    def list(self) -> list[Hold]:
        return sorted(self._file.load().values(), key=lambda h: h.placed_at)

    def active(self, tenant: str, subject_ref: str) -> builtins.list[Hold]:
        return [h for h in self.list() if h.active and h.tenant == tenant and h.subject_ref == subject_ref]

    def place(
        self,
        tenant: str,
        subject_ref: str,
        reason: str,
        case_ref: str,
        actor: str,
        now_ms: int,
        archive_from: str | None = None,
    ) -> Hold:
        if not tenant:
            raise HoldError("a legal hold needs a tenant")
        if reason not in HOLD_REASONS:
            raise HoldError(f"reason must be one of {', '.join(HOLD_REASONS)}")
        if not CASE_REF.match(case_ref):
            raise HoldError("case reference: 1-64 letters, digits, '.', '_' or '-'")
        hold = Hold(secrets.token_hex(6), tenant, subject_ref, reason, case_ref, actor, now_ms, archive_from)
        self._file.update(lambda holds: holds.__setitem__(hold.hold_id, hold))
        return hold

    def release(self, hold_id: str, actor: str, now_ms: int) -> Hold:
        done: list[Hold] = []

        def change(holds: dict[str, Hold]) -> None:
            held = holds.get(hold_id)
            if held is None:
                raise HoldError(f"no legal hold {hold_id}")
            if not held.active:
                raise HoldError(f"legal hold {hold_id} was already released")
            holds[hold_id] = replace(held, released_by=actor, released_at=now_ms)
            done.append(holds[hold_id])

        self._file.update(change)
        return done[0]


def hold_event(hold: Hold, outcome: str, actor: str, now_ms: int, objects: int = 0) -> AuditEvent:
    """`placed` or `released`: the subject appears only as its keyed reference."""
    return AuditEvent(
        audit_id=deterministic_id(HOLD, hold.hold_id, outcome),
        kind=HOLD,
        occurred_at=now_ms,
        tenant=hold.tenant,
        stream="",
        outcome=outcome,
        reason_code=hold.reason,
        actor=actor,
        reason=hold.case_ref,
        token_count=objects,  # archive objects whose S3 legal hold was set or lifted
        input_digest=hold.subject_ref,
        key_ids=(hold.hold_id,),
    )
