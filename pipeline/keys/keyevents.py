"""Key events for the audit trail: which keys were created, destroyed, expired or
rotated, by whom. Ids and counts only, never key material."""

from __future__ import annotations

from collections.abc import Callable

from pipeline.audit.events import deterministic_id
from pipeline.audit.writer import AuditWriter
from pipeline.records import AuditEvent

# Key events belong to no one stream; the keys protect data up to the highest class, so their
# events are kept (and retained) as that class.
KEY_EVENTS_CLASSIFICATION = "restricted"


class KeyEvents:
    """Builds the key events of one key service and hands them to its audit writer (if any)."""

    def __init__(self, audit: AuditWriter | None, *, actor: str, clock: Callable[[], int]):
        self.audit = audit
        self.actor = actor  # who acts when the caller names nobody
        self.clock = clock

    def emit(self, outcome: str, tenant: str, key_ids: tuple[str, ...], *, actor: str = "", count: int = 0) -> None:
        if self.audit is None:
            return
        now = self.clock()
        audit_id = deterministic_id("key", outcome, *key_ids, now)
        self.audit(
            AuditEvent(
                audit_id=audit_id,
                kind="key",
                occurred_at=now,
                tenant=tenant,
                stream="",
                outcome=outcome,
                actor=actor or self.actor,
                key_ids=key_ids,
                token_count=count,
                classification=KEY_EVENTS_CLASSIFICATION,
            )
        )
