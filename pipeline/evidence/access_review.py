"""Access reviews for restoration (SOC 2 CC6.2/CC6.3): who may restore, and who did.

A review lists every API key with its tenant, role and grants, when it was created,
when it was last used and what it did in the period (restorations, erasures,
locates by reason code), read from the audit archive. Keys unused for the
period are flagged for revocation. A reviewer's sign-off is an audit event, so
the day's evidence shows that the review happened, by whom, and what it found.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import asdict, dataclass, field
from typing import Any

from pipeline.audit.archive import ArchiveError, day_of, days_in, read_object
from pipeline.audit.events import deterministic_id
from pipeline.audit.s3 import ArchiveReader
from pipeline.evidence.snapshot import read_day
from pipeline.records import AuditEvent
from pipeline.vault.apikeys import ApiKey

ACCESS_KINDS = ("restore", "erase", "locate")
REVIEW = "access_review"
DAY_MS = 86_400_000


@dataclass(frozen=True)
class KeyReview:
    key_id: str
    name: str
    tenant: str
    role: str
    created_at: int
    created_by: str
    revoked: bool
    last_used: int | None  # the last use within the period (None: not used in it)
    uses: dict[str, dict[str, int]] = field(default_factory=dict)  # kind -> reason code -> count
    unused: bool = False  # active, and neither used nor created within the period
    grants: tuple[str, ...] = ()  # actions granted beyond the role (restore:subject)


@dataclass(frozen=True)
class AccessReview:
    period_days: int
    until: int  # epoch ms
    keys: tuple[KeyReview, ...]

    @property
    def flagged(self) -> list[str]:
        return [k.key_id for k in self.keys if k.unused]

    def digest(self) -> str:
        body = json.dumps(asdict(self), sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(body.encode()).hexdigest()


def access_events(store: ArchiveReader, now_ms: int, period_days: int) -> Iterator[dict[str, Any]]:
    """Restore, erase and locate events of the archive's days in the period."""
    first = day_of(now_ms - period_days * DAY_MS)
    for day in days_in(store, "audit"):
        if day < first:
            continue
        for _key, body, _version in read_day(store, day):
            try:
                _, records = read_object(body)
            except ArchiveError:
                continue  # evidence verify reports a damaged object; the review reads what it can
            yield from (r for r in records if r.get("kind") in ACCESS_KINDS)


def review(
    keys: Iterable[ApiKey], events: Iterable[Mapping[str, Any]], *, now_ms: int, period_days: int = 90
) -> AccessReview:
    """Audit events are matched to keys by actor (the key's name, as restore and erase record it)."""
    since = now_ms - period_days * DAY_MS
    last: dict[str, int] = {}
    uses: dict[str, dict[str, Counter[str]]] = {}
    for e in events:
        kind = e.get("kind")
        if kind not in ACCESS_KINDS:
            continue
        actor, at = e.get("actor") or "", int(e.get("occurred_at") or 0)
        last[actor] = max(last.get(actor, 0), at)
        if since <= at <= now_ms:
            uses.setdefault(actor, {}).setdefault(str(kind), Counter())[e.get("reason_code") or "?"] += 1
    rows = []
    for k in sorted(keys, key=lambda k: (k.tenant, k.name, k.key_id)):
        used = last.get(k.name)
        idle = (used is None or used < since) and k.created_at < since
        rows.append(
            KeyReview(
                key_id=k.key_id,
                name=k.name,
                tenant=k.tenant,
                role=k.role,
                created_at=k.created_at,
                created_by=k.created_by,
                revoked=k.revoked,
                last_used=used,
                uses={kind: dict(sorted(c.items())) for kind, c in sorted(uses.get(k.name, {}).items())},
                unused=idle and not k.revoked,
                grants=k.grants,
            )
        )
    return AccessReview(period_days, now_ms, tuple(rows))


def sign_off_event(result: AccessReview, reviewer: str, actor: str, now_ms: int) -> AuditEvent:
    """The reviewer's sign-off: what was reviewed (counts, flagged key ids, the review's digest)."""
    summary = {
        "reviewer": reviewer,
        "period_days": result.period_days,
        "keys": len(result.keys),
        "active": sum(1 for k in result.keys if not k.revoked),
        "flagged_unused": result.flagged,
        "review_sha256": result.digest(),
    }
    return AuditEvent(
        audit_id=deterministic_id(REVIEW, reviewer, result.digest(), now_ms),
        kind=REVIEW,
        occurred_at=now_ms,
        tenant="",
        stream="",
        outcome="signed_off",
        reason_code="access_review",
        actor=actor,
        reason=json.dumps(summary, sort_keys=True, separators=(",", ":")),
    )
