"""Restoration: an AI answer with tokens + tenant + event id -> the originals.

Every call, allowed or denied, writes one audit event (actor, reason code,
count of originals released; never a value, never the text). The audit event
is written before any original is returned: if it cannot be written, the
caller gets nothing.
"""

from __future__ import annotations

import re
import time
from collections.abc import Callable, Collection, Iterable, Iterator
from dataclasses import dataclass
from typing import Any, ClassVar, NoReturn, Protocol

from pipeline import metrics
from pipeline.audit.events import deterministic_id
from pipeline.audit.writer import AuditWriter
from pipeline.ingest import SAFE_ID
from pipeline.keys import CryptoError, KeyDestroyedError, KeyService, TamperedError
from pipeline.protect import reveal
from pipeline.records import AuditEvent
from pipeline.vault.apikeys import ApiKey, ApiKeyStore
from pipeline.vault.entry import VaultEntry, open_entry
from pipeline.vault.holds import HoldStore
from pipeline.vault.locate import Location

# Why an original is being restored: a closed list, so free text (which could
# itself hold personal data) never reaches the audit trail.
REASON_CODES = ("customer_request", "support_case", "dispute", "incident", "legal", "audit")
_TOKEN_PREFIX = re.compile(r"<[A-Za-z0-9_.\-]*\Z")  # what may still become a token
# A vault token (<PERSON_1_k7q2x>, <PERSON_7f3a9c>) or an AES-SIV pseudonym (<EMAIL_ADDRESS.d.…>).
_TOKEN = re.compile(r"<[A-Z][A-Z0-9_]*_(?:[0-9]+_[a-z2-7]{5}|[0-9a-f]{6,16})>|<[A-Z][A-Z0-9_]*\.d\.[A-Za-z0-9_-]+>")
MAX_TOKEN_LEN = 512
ERASED = "erased"


# What a denial says: its outcome and reason code, and this fixed text. Never an
# exception's text (key ids name subject refs), never a value from the request.
MESSAGES = {
    "bad_api_key": "unknown or revoked API key",
    "wrong_role": "this API key's role may not do this",
    "wrong_tenant": "this API key is bound to another tenant",
    "missing_reason": f"a reason code is required: one of {', '.join(REASON_CODES)}",
    "bad_request": "a JSON object with tenant, event_id, reason and text (or chunks), all strings",
    "body_too_large": "the request body is too large",
    "no_vault_entry": "no vault entry for this tenant and event id",
    "erased": "this record's originals were erased",
    "entry_mismatch": "the vault entry does not belong to this record",
    "expired": "expired: the vault retention for this record has passed",
    "tampered": "the vault entry does not authenticate",
    "unknown_key": "a key this record names is not in the key store",
    "legal_hold": "the subject is under legal hold",
}
UNKNOWN_TENANT = "unknown"  # what the audit trail names for a tenant no topology declares


class RestoreDenied(Exception):
    """A refused or impossible restore. `outcome` and `status` map to the API answer."""

    STATUS: ClassVar[dict[str, int]] = {
        "denied": 403,
        "unauthenticated": 401,
        "bad_request": 400,
        "too_large": 413,
        "not_found": 404,
        "expired": 410,
        "erased": 410,
        "tampered": 409,
    }

    def __init__(self, outcome: str, reason_code: str):
        super().__init__(MESSAGES.get(reason_code, outcome))
        self.outcome = outcome
        self.reason_code = reason_code
        self.status = self.STATUS[outcome]


class _Refused(Exception):
    def __init__(self, outcome: str, code: str):
        self.outcome, self.code = outcome, code


@dataclass(frozen=True)
class Originals:
    """What one record holds: its tokens and pseudonyms, and their originals. Nothing else restores."""

    tenant: str
    event_id: str
    by_token: dict[str, str]

    def restore(self, text: str) -> tuple[str, int]:
        """(restored text, number of tokens replaced); unknown tokens stay as they are."""
        stream = TokenStream(self)
        out = stream.feed(text) + stream.finish()
        return out, stream.replaced


class TokenStream:
    """Restores tokens across streamed chunks: a chunk ending inside a token
    (`... <PERS`) is held back until the rest arrives."""

    def __init__(self, originals: Originals):
        self.by_token = originals.by_token
        self.pending = ""
        self.replaced = 0

    def _sub(self, text: str) -> str:
        def one(m: re.Match[str]) -> str:
            token = m.group(0)
            original = self.by_token.get(token)
            if original is None:
                return token
            self.replaced += 1
            return original

        return _TOKEN.sub(one, text)

    def feed(self, chunk: str) -> str:
        buf = self.pending + chunk
        cut = buf.rfind("<")
        if cut != -1 and len(buf) - cut <= MAX_TOKEN_LEN and _TOKEN_PREFIX.match(buf, cut):
            self.pending = buf[cut:]
            buf = buf[:cut]
        else:
            self.pending = ""
        return self._sub(buf)

    def finish(self) -> str:
        rest, self.pending = self.pending, ""
        return self._sub(rest)


@dataclass(frozen=True)
class Erasure:
    subject_ref: str  # keyed HMAC of the subject id: what the audit event names
    key_ids: tuple[str, ...]  # data keys destroyed now (empty when already erased)
    tombstones: int  # vault entries tombstoned now


class Vault(Protocol):
    """The vault topics as the Restorer reads them (KafkaVault; a dict in unit tests)."""

    def get(self, tenant: str, event_id: str) -> list[VaultEntry | str]: ...  # entries or ERASED

    def subject_entries(self, tenant: str, subject_ref: str) -> list[Any]: ...

    def tombstone(self, located: list[Any]) -> None: ...


class Restorer:
    def __init__(
        self,
        keys: KeyService,
        vault: Vault,
        apikeys: ApiKeyStore,
        audit: AuditWriter,
        *,
        stream: str = "",
        tenants: Collection[str] = (),
        clock: Callable[[], int] = lambda: int(time.time() * 1000),
        holds: HoldStore | None = None,
    ):
        self.keys = keys
        self.vault = vault  # get(tenant, event_id) -> [entry | ERASED]; subject_entries; tombstone
        self.apikeys = apikeys
        self.audit = audit
        self.stream = stream
        self.tenants = frozenset(tenants)
        self.clock = clock
        self.holds = holds  # legal holds: a held subject is not erased

    def authenticate(self, api_key: str, action: str) -> ApiKey:
        """The caller's key, or RestoreDenied (audited, tenant unknown: nothing of the request is read yet)."""
        caller = self.apikeys.authenticate(api_key)
        if caller is None:
            self._deny("unauthenticated", "bad_api_key", UNKNOWN_TENANT, "", "", action)
        return caller

    def authorize(self, api_key: str, action: str, tenant: str, reason: str) -> ApiKey:
        """The caller's key, or RestoreDenied (audited)."""
        caller = self.apikeys.authenticate(api_key)
        if caller is None:
            self._deny("unauthenticated", "bad_api_key", tenant, "", reason, action)
        if not caller.may(action):
            self._deny("denied", "wrong_role", tenant, caller.name, reason, action)
        if caller.tenant != tenant:
            self._deny("denied", "wrong_tenant", tenant, caller.name, reason, action)
        if reason not in REASON_CODES:
            self._deny("bad_request", "missing_reason", tenant, caller.name, reason, action)
        return caller

    def reject(self, caller: ApiKey, tenant: str, code: str) -> RestoreDenied:
        """A malformed or oversized request of an authenticated caller: audited, then refused."""
        outcome = "too_large" if code == "body_too_large" else "bad_request"
        self._audit("denied", code, tenant, caller.name, "", "restore", "", 0)
        return RestoreDenied(outcome, code)

    def originals(self, api_key: str, tenant: str, event_id: str, reason: str) -> Originals:
        """Authorize, look up, decrypt; one audit event whatever happens."""
        caller = self.authorize(api_key, "restore", tenant, reason)
        who = (tenant, caller.name, reason, "restore", event_id)
        if not SAFE_ID.fullmatch(event_id):
            self._deny("bad_request", "bad_request", *who)
        entries = self.vault.get(tenant, event_id)
        if not entries:
            self._deny("not_found", "no_vault_entry", *who)
        live = [e for e in entries if isinstance(e, VaultEntry)]
        if not live:
            self._deny("erased", "erased", *who)
        # One entry per record content under this event id (a producer may re-use ids): each
        # record's tokens are salted with its own digest, so the answer only matches its own.
        by_token: dict[str, str] = {}
        failure: tuple[str, str] | None = None
        for entry in live:
            try:
                by_token.update(self._open(entry, tenant, event_id))
            except _Refused as refused:
                failure = failure or (refused.outcome, refused.code)
        if not by_token and failure is not None:
            self._deny(*failure, *who)
        self._audit("allowed", "", tenant, caller.name, reason, "restore", event_id, len(by_token))
        return Originals(tenant, event_id, by_token)

    def _open(self, entry: VaultEntry, tenant: str, event_id: str) -> dict[str, str]:
        """token -> original of one vault entry, or _Refused with the outcome and reason code."""
        if entry.tenant != tenant or entry.event_id != event_id:
            raise _Refused("tampered", "entry_mismatch")
        if entry.expires_at <= self.clock():
            raise _Refused("expired", "expired")
        try:
            return {v.token: reveal(v, tenant, event_id, self.keys) for v in open_entry(entry, self.keys)}
        except KeyDestroyedError as exc:
            raise _Refused("expired" if exc.why == "expired" else "erased", exc.why) from None
        except TamperedError:
            raise _Refused("tampered", "tampered") from None
        except CryptoError:
            raise _Refused("not_found", "unknown_key") from None

    def restore_text(
        self, api_key: str, tenant: str, event_id: str, reason: str, chunks: Iterable[str]
    ) -> Iterator[str]:
        """Restored chunks, as they come (the LLM may still be streaming)."""
        stream = TokenStream(self.originals(api_key, tenant, event_id, reason))
        for chunk in chunks:
            out = stream.feed(chunk)
            if out:
                yield out
        tail = stream.finish()
        if tail:
            yield tail

    def erase(self, api_key: str, tenant: str, subject_id: str, reason: str) -> Erasure:
        """Crypto-shred the subject's data keys, then tombstone its vault entries. Idempotent."""
        caller = self.authorize(api_key, "erase", tenant, reason)
        ref = self.keys.subject_ref(tenant, subject_id)
        if self.holds is not None and self.holds.active(tenant, ref):
            self._deny("denied", "legal_hold", tenant, caller.name, reason, "erase")
        key_ids = self.keys.destroy_subject(tenant, ref, actor=caller.name)
        entries = self.vault.subject_entries(tenant, ref)
        self.vault.tombstone(entries)
        self._audit(
            "erased", "", tenant, caller.name, reason, "erase", "", len(entries), key_ids=tuple(key_ids), digest=ref
        )
        return Erasure(subject_ref=ref, key_ids=tuple(key_ids), tombstones=len(entries))

    def locate(
        self, api_key: str, tenant: str, subject_id: str, reason: str, find: Callable[[str], Location]
    ) -> Location:
        """FIND(subject_ref) -> Location, run for an auditor or admin; audited with the record count."""
        caller = self.authorize(api_key, "locate", tenant, reason)
        ref = self.keys.subject_ref(tenant, subject_id)
        loc = find(ref)
        self._audit("allowed", "", tenant, caller.name, reason, "locate", "", len(loc.event_ids), digest=ref)
        return loc

    def _deny(
        self, outcome: str, code: str, tenant: str, actor: str, reason: str, action: str, event_id: str = ""
    ) -> NoReturn:
        self._audit(outcome if outcome != "bad_request" else "denied", code, tenant, actor, reason, action, event_id, 0)
        raise RestoreDenied(outcome, code)

    def _audit(
        self,
        outcome: str,
        code: str,
        tenant: str,
        actor: str,
        reason: str,
        action: str,
        event_id: str,
        count: int,
        key_ids: tuple[str, ...] = (),
        digest: str = "",
    ) -> None:
        now = self.clock()
        # Only a tenant some topology declares reaches the audit trail: anything else a caller sent
        # (a 900,000-character string, an SSN) is recorded as "unknown".
        tenant = tenant if tenant in self.tenants else UNKNOWN_TENANT
        event_id = event_id if SAFE_ID.fullmatch(event_id) else ""
        if code:  # a denial always has a reason code, an allowed request none
            metrics.DENIALS.labels(action, code).inc()
        else:
            metrics.RESTORATIONS.labels(action).inc()
        # Reason codes outside the list are recorded as "other": the audit trail never holds free text.
        reason = reason if reason in REASON_CODES else ("" if not reason else "other")
        audit_id = deterministic_id(action, tenant, event_id, actor, outcome, now)
        self.audit(
            AuditEvent(
                audit_id=audit_id,
                kind=action,
                occurred_at=now,
                tenant=tenant,
                stream=self.stream,
                outcome=outcome,
                reason_code=code,
                event_id=event_id or None,
                actor=actor or "anonymous",
                reason=reason,
                token_count=count,
                key_ids=key_ids,
                input_digest=digest,
            )
        )
