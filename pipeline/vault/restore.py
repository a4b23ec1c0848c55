"""Restoration: an AI answer with tokens + tenant + one scope -> the originals.

The scope is exactly one of: an event id (one record), a conversation id, or
a subject id (`SCOPES`).

A conversation-scoped restore takes the tokens of every record of one
conversation (the records whose `conversation_id` attribute names it) that
are still within retention and not erased: an answer that quotes several
earlier turns restores in one call. Numbered tokens carry their record's salt,
so records do not share them; a token two records hold with the same original
(a stable token, an AES-SIV pseudonym) restores. A token that two entries map
to different originals (a salt or MAC collision) is ambiguous: it is never
restored, it stays in the answer as it is, and the audit event says so
(reason code `ambiguous_token`, counts per entity type). Records of the
conversation that are expired or erased are left out: their tokens stay.

A subject-scoped restore takes the values of one data subject from every
record that concerns it (the vault entries whose subject ref, or one of whose
email owners' refs, is the keyed HMAC of the subject id: what erasure
tombstones), and of those only the values sealed under one of the subject's
own data keys: another person's address in the same record, or a value keyed
to the tenant, stays a token. Which values those are is decided by the key
each one is sealed under (authenticated inside the entry), not by the entry's
label. It releases everything of a person, so it needs more than the restore
role: the API key must have been granted `restore:subject` (apikeys.py).
Ambiguous tokens, tenants, reason codes and expiry are as for a conversation.

A conversation or subject restore opens at most `max_records` records (within
retention); a wider one is refused whole (`scope_too_large`, audited), never
cut short: which records a partial answer left out could not be told.

Every call, allowed or denied, writes one audit event (actor, reason code,
count of originals released; never a value, never the text; a conversation
or subject named only by its keyed HMAC, in input_digest, never by its id). The audit event
is written before any original is returned: if it cannot be written, the
caller gets nothing.
"""

from __future__ import annotations

import dataclasses
import re
import time
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass
from typing import Any, ClassVar, NoReturn, Protocol

from pipeline import metrics
from pipeline.audit.events import deterministic_id
from pipeline.audit.writer import AuditWriter
from pipeline.ingest import SAFE_ID
from pipeline.keys import CryptoError, KeyDestroyedError, KeyService, TamperedError
from pipeline.policy.model import Policy
from pipeline.protect import reveal
from pipeline.records import AuditEvent
from pipeline.vault.apikeys import SUBJECT_RESTORE, ApiKey, ApiKeyStore
from pipeline.vault.entry import VaultEntry, conversation_ref, open_entry
from pipeline.vault.holds import HoldStore
from pipeline.vault.locate import Location
from pipeline.vault.postcheck import FOREIGN_PII, AnswerCheck, entity_of

# Why an original is being restored: a closed list, so free text (which could
# itself hold personal data) never reaches the audit trail.
REASON_CODES = ("customer_request", "support_case", "dispute", "incident", "legal", "audit")
_TOKEN_PREFIX = re.compile(r"<[A-Za-z0-9_.\-]*\Z")  # what may still become a token
# A vault token (<PERSON_1_k7q2x>, <PERSON_7f3a9c>) or an AES-SIV pseudonym (<EMAIL_ADDRESS.d.…>).
_TOKEN = re.compile(r"<[A-Z][A-Z0-9_]*_(?:[0-9]+_[a-z2-7]{5}|[0-9a-f]{6,16})>|<[A-Z][A-Z0-9_]*\.d\.[A-Za-z0-9_-]+>")
MAX_TOKEN_LEN = 512
ERASED = "erased"
AMBIGUOUS = "ambiguous_token"  # reason code of a restore that left tokens with several originals unrestored
SCOPE_TOO_LARGE = "scope_too_large"  # reason code of a conversation or subject restore over max_records
MAX_RECORDS = 500  # records one restore may open, by default (Settings.restore_max_records)
SCOPES = ("event_id", "conversation_id", "subject_id")  # a restore names exactly one


# What a denial says: its outcome and reason code, and this fixed text. Never an
# exception's text (key ids name subject refs), never a value from the request.
MESSAGES = {
    "bad_api_key": "unknown or revoked API key",
    "wrong_role": "this API key's role may not do this",
    "wrong_tenant": "this API key is bound to another tenant",
    "missing_reason": f"a reason code is required: one of {', '.join(REASON_CODES)}",
    "bad_request": (
        "a JSON object with tenant, exactly one of event_id, conversation_id and subject_id, reason and"
        " text (or chunks), all strings"
    ),
    "body_too_large": "the request body is too large",
    "no_vault_entry": "no vault entry for this tenant and event id",
    "no_conversation_entry": "no vault entry for this tenant and conversation id",
    "no_subject_entry": "no vault entry for this tenant and subject id",
    "not_granted": "this API key was not granted this action (apikeys create --grant)",
    SCOPE_TOO_LARGE: "this restore would open more records than a restore may (restore_max_records)",
    "erased": "this record's originals were erased",
    "entry_mismatch": "the vault entry does not belong to this record",
    "expired": "expired: the vault retention for this record has passed",
    "tampered": "the vault entry does not authenticate",
    "unknown_key": "a key this record names is not in the key store",
    "legal_hold": "the subject is under legal hold",
    FOREIGN_PII: "the answer holds personal data that is not this record's, and the policy refuses it",
}
UNKNOWN_TENANT = "unknown"  # what the audit trail names for a tenant no topology declares


class RestoreDenied(Exception):
    """A refused or impossible restore. `outcome` and `status` map to the API answer."""

    STATUS: ClassVar[dict[str, int]] = {
        "denied": 403,
        "unauthenticated": 401,
        "bad_request": 400,
        "too_large": 413,
        "too_broad": 422,  # a scope over max_records: refused by rule, not a failed authorization
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
    """What one record (or one conversation, or one subject) holds: its tokens and pseudonyms, and
    their originals. Nothing else restores."""

    tenant: str
    event_id: str  # "" for a conversation or a subject
    by_token: dict[str, str]
    actor: str = ""  # who asked, and why: what a post-generation flag at the end of a stream names
    reason: str = ""
    conversation_ref: str = ""  # keyed HMAC of the conversation id, for a conversation-scoped restore
    ambiguous: frozenset[str] = frozenset()  # tokens held with different originals: never restored
    subject_ref: str = ""  # keyed HMAC of the subject id, for a subject-scoped restore
    subject_keys: frozenset[str] = frozenset()  # the subject's data keys: only values sealed under them restore

    @property
    def digest(self) -> str:
        """What the audit event names the conversation or subject by (input_digest); "" for a record."""
        return self.conversation_ref or self.subject_ref

    @property
    def own_tokens(self) -> frozenset[str]:
        """Every token of the record(s): the post-generation check does not count these as foreign."""
        return frozenset(self.by_token) | self.ambiguous

    def restore(self, text: str) -> tuple[str, int]:
        """(restored text, number of tokens replaced); unknown tokens stay as they are."""
        stream = TokenStream(self)
        out = stream.feed(text) + stream.finish()
        return out, stream.replaced


class Stream(Protocol):
    """What restores a streamed answer: `TokenStream`, or `CheckedStream` when the policy checks answers."""

    @property
    def replaced(self) -> int: ...

    @property
    def ambiguous(self) -> int: ...

    def feed(self, chunk: str) -> str: ...

    def finish(self) -> str: ...


class TokenStream:
    """Restores tokens across streamed chunks: a chunk ending inside a token
    (`... <PERS`) is held back until the rest arrives."""

    def __init__(self, originals: Originals):
        self.by_token = originals.by_token
        self.ambiguous_tokens = originals.ambiguous
        self.pending = ""
        self.replaced = 0
        self.ambiguous = 0  # ambiguous tokens met in the answer, left as they are

    def _sub(self, text: str) -> str:
        def one(m: re.Match[str]) -> str:
            token = m.group(0)
            original = self.by_token.get(token)
            if original is None:
                self.ambiguous += token in self.ambiguous_tokens
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


MAX_LINE = 4096  # a streamed answer is checked per completed line, or per this many characters


class CheckedStream:
    """A TokenStream that scans each completed line of the answer before restoring it.

    A streamed answer cannot be scanned whole before the first original goes
    out without holding the stream until its end, so each line is held until
    it is complete (or MAX_LINE long), scanned, then restored. Foreign PII in a
    line: under `refuse` that line and the rest stay unrestored and the stream
    ends with RestoreDenied (audited); under `flag` the counts add up and one
    audit event at the end carries them (the restore's own event, written
    before the first original, cannot know them yet)."""

    def __init__(self, restorer: Restorer, originals: Originals, check: AnswerCheck):
        self.restorer, self.originals, self.check = restorer, originals, check
        self.tokens = TokenStream(originals)
        self.held = ""
        self.counts: dict[str, int] = {}

    @property
    def replaced(self) -> int:
        return self.tokens.replaced

    @property
    def ambiguous(self) -> int:
        return self.tokens.ambiguous

    def _checked(self, part: str) -> str:
        found = self.check.foreign(part, self.originals.own_tokens)
        for entity, n in found.items():
            self.counts[entity] = self.counts.get(entity, 0) + n
        if found and self.check.refuses:
            self.restorer.foreign_pii(self.originals, self.check, self.counts, refuse=True)
        return self.tokens.feed(part)

    def feed(self, chunk: str) -> str:
        self.held += chunk
        out: list[str] = []
        while True:
            cut = self.held.find("\n") + 1
            if not cut and len(self.held) >= MAX_LINE:
                cut = self.held.rfind(" ", 0, MAX_LINE) + 1 or MAX_LINE  # not inside a word (or a token)
            if not cut:
                return "".join(out)
            part, self.held = self.held[:cut], self.held[cut:]
            out.append(self._checked(part))

    def finish(self) -> str:
        part, self.held = self.held, ""
        out = (self._checked(part) if part else "") + self.tokens.finish()
        if self.counts:
            self.restorer.foreign_pii(self.originals, self.check, self.counts, refuse=False)
        return out


def merge_originals(opened: Iterable[Mapping[str, str]]) -> tuple[dict[str, str], frozenset[str]]:
    """(token -> original, ambiguous tokens) of several entries' token maps. A token every entry
    that holds it maps to the same original restores; one with different originals is ambiguous
    and restores in none of them: which record the answer meant cannot be known, so none is guessed."""
    by_token: dict[str, str] = {}
    ambiguous: set[str] = set()
    for one in opened:
        for token, original in one.items():
            if token in ambiguous:
                continue
            if by_token.setdefault(token, original) != original:
                del by_token[token]
                ambiguous.add(token)
    return by_token, frozenset(ambiguous)


@dataclass(frozen=True)
class Erasure:
    subject_ref: str  # keyed HMAC of the subject id: what the audit event names
    key_ids: tuple[str, ...]  # data keys destroyed now (empty when already erased)
    tombstones: int  # vault entries tombstoned now


class Vault(Protocol):
    """The vault topics as the Restorer reads them (KafkaVault; a dict in unit tests)."""

    def get(self, tenant: str, event_id: str) -> list[VaultEntry | str]: ...  # entries or ERASED

    def conversation_entries(self, tenant: str, conversation_ref: str) -> list[VaultEntry]: ...  # live ones

    def subject_records(self, tenant: str, subject_ref: str) -> list[VaultEntry]: ...  # live ones

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
        checks: Mapping[str, AnswerCheck] | None = None,
        max_records: int = MAX_RECORDS,
    ):
        self.keys = keys
        self.vault = vault  # get(tenant, event_id) -> [entry | ERASED]; subject_entries; tombstone
        self.apikeys = apikeys
        self.audit = audit
        self.stream = stream
        self.tenants = frozenset(tenants)
        self.clock = clock
        self.holds = holds  # legal holds: a held subject is not erased
        self.checks = dict(checks or {})  # tenant -> its policy's post-generation check of answers
        self.max_records = max_records  # records one restore may open (within retention)

    def authenticate(self, api_key: str, action: str) -> ApiKey:
        """The caller's key, or RestoreDenied (audited, tenant unknown: nothing of the request is read yet)."""
        caller = self.apikeys.authenticate(api_key)
        if caller is None:
            self._deny("unauthenticated", "bad_api_key", UNKNOWN_TENANT, "", "", action)
        return caller

    def authorize(self, api_key: str, action: str, tenant: str, reason: str) -> ApiKey:
        """The caller's key, or RestoreDenied (audited). ACTION is a permission (apikeys.PERMISSIONS);
        `restore:subject` is audited as a restore."""
        kind = action.split(":", 1)[0]
        caller = self.apikeys.authenticate(api_key)
        if caller is None:
            self._deny("unauthenticated", "bad_api_key", tenant, "", reason, kind)
        if not caller.may(action):
            code = "not_granted" if caller.may(kind) and not caller.granted(action) else "wrong_role"
            self._deny("denied", code, tenant, caller.name, reason, kind)
        if caller.tenant != tenant:
            self._deny("denied", "wrong_tenant", tenant, caller.name, reason, kind)
        if reason not in REASON_CODES:
            self._deny("bad_request", "missing_reason", tenant, caller.name, reason, kind)
        return caller

    def reject(self, caller: ApiKey, tenant: str, code: str) -> RestoreDenied:
        """A malformed or oversized request of an authenticated caller: audited, then refused."""
        outcome = "too_large" if code == "body_too_large" else "bad_request"
        self._audit("denied", code, tenant, caller.name, "", "restore", "", 0)
        return RestoreDenied(outcome, code)

    def originals(self, api_key: str, tenant: str, event_id: str, reason: str, answer: str | None = None) -> Originals:
        """Authorize, look up, decrypt; one audit event whatever happens.

        With the ANSWER (whole), the tenant's policy checks it first: foreign PII is
        counted in the audit event (reason code foreign_pii), and refused if the policy says so."""
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
        return self._release(Originals(tenant, event_id, {}, caller.name, reason), live, answer)

    def conversation_originals(
        self, api_key: str, tenant: str, conversation_id: str, reason: str, answer: str | None = None
    ) -> Originals:
        """`originals` over every record of one conversation of the tenant (its vault entries that
        are within retention and not erased). The audit event names the conversation by its keyed
        HMAC (input_digest), never the id; a token with several originals is never restored."""
        caller = self.authorize(api_key, "restore", tenant, reason)
        if not conversation_id:
            self._deny("bad_request", "bad_request", tenant, caller.name, reason, "restore")
        ref = conversation_ref(self.keys, tenant, conversation_id)
        live = self.vault.conversation_entries(tenant, ref)
        if not live:
            self._deny("not_found", "no_conversation_entry", tenant, caller.name, reason, "restore", "", ref)
        return self._release(Originals(tenant, "", {}, caller.name, reason, conversation_ref=ref), live, answer)

    def subject_originals(
        self, api_key: str, tenant: str, subject_id: str, reason: str, answer: str | None = None
    ) -> Originals:
        """`originals` over one data subject: its values in every record of the tenant that concerns
        it (within retention, not erased), only those sealed under the subject's own data keys. The
        key must be granted `restore:subject`. The audit event names the subject by its ref (the
        keyed HMAC erasure and locate record, input_digest), never the id."""
        caller = self.authorize(api_key, SUBJECT_RESTORE, tenant, reason)
        if not subject_id:
            self._deny("bad_request", "bad_request", tenant, caller.name, reason, "restore")
        ref = self.keys.subject_ref(tenant, subject_id)
        live = self.vault.subject_records(tenant, ref)
        if not live:
            self._deny("not_found", "no_subject_entry", tenant, caller.name, reason, "restore", "", ref)
        keys = frozenset(self.keys.subject_keys(tenant, ref))
        if not keys:  # entries left behind by an erasure whose tombstones did not all land
            self._deny("erased", "erased", tenant, caller.name, reason, "restore", "", ref)
        scope = Originals(tenant, "", {}, caller.name, reason, subject_ref=ref, subject_keys=keys)
        return self._release(scope, live, answer)

    def scoped(self, scope: str) -> Callable[[str, str, str, str, str | None], Originals]:
        """The lookup of one of SCOPES: (api key, tenant, id, reason, answer) -> Originals."""
        return {
            "event_id": self.originals,
            "conversation_id": self.conversation_originals,
            "subject_id": self.subject_originals,
        }[scope]

    def _release(self, scope: Originals, live: list[VaultEntry], answer: str | None) -> Originals:
        """Open the entries of SCOPE, merge their tokens, check the answer, audit once."""
        who = (scope.tenant, scope.actor, scope.reason, "restore", scope.event_id, scope.digest)
        now = self.clock()
        if sum(1 for e in live if e.expires_at > now) > self.max_records:  # before a single entry is opened
            self._deny("too_broad", SCOPE_TOO_LARGE, *who)
        opened: list[dict[str, str]] = []
        failure: tuple[str, str] | None = None
        for entry in live:
            try:
                opened.append(self._open(entry, scope))
            except _Refused as refused:
                failure = failure or (refused.outcome, refused.code)
        if not opened and failure is not None:
            self._deny(*failure, *who)
        by_token, ambiguous = merge_originals(opened)
        originals = dataclasses.replace(scope, by_token=by_token, ambiguous=ambiguous)
        check = self.checks.get(scope.tenant)
        counts = check.foreign(answer, originals.own_tokens) if check is not None and answer is not None else {}
        if check is not None and counts:
            self.foreign_pii(originals, check, counts, refuse=check.refuses, count=len(by_token))
        else:
            per_entity: dict[str, int] = {}
            for token in ambiguous:
                per_entity[entity_of(token)] = per_entity.get(entity_of(token), 0) + 1
            self._audit(
                "allowed",
                AMBIGUOUS if ambiguous else "",
                *who[:5],
                len(by_token),
                key_ids=tuple(sorted(scope.subject_keys)),
                digest=scope.digest,
                counts=per_entity,
            )
        return originals

    def answer_stream(self, originals: Originals) -> Stream:
        """What restores a streamed answer of this record: checked per line when its policy checks answers."""
        check = self.checks.get(originals.tenant)
        return TokenStream(originals) if check is None else CheckedStream(self, originals, check)

    def foreign_pii(
        self, originals: Originals, check: AnswerCheck, counts: dict[str, int], *, refuse: bool, count: int = 0
    ) -> None:
        """Audit foreign PII in an answer (counts per entity type, never values): allowed with reason
        code foreign_pii when flagged, or denied (RestoreDenied) when REFUSE."""
        outcome = "denied" if refuse else "allowed"
        self._audit(
            outcome,
            FOREIGN_PII,
            originals.tenant,
            originals.actor,
            originals.reason,
            "restore",
            originals.event_id,
            0 if refuse else count,
            key_ids=tuple(sorted(originals.subject_keys)),
            digest=originals.digest,
            counts=counts,
            policy=check.policy,
        )
        if refuse:
            raise RestoreDenied("denied", FOREIGN_PII)

    def _open(self, entry: VaultEntry, scope: Originals) -> dict[str, str]:
        """token -> original of one vault entry, or _Refused with the outcome and reason code. For a
        subject, only the values sealed under one of its data keys (the key id is authenticated with
        the value: a value relabelled to the subject's key does not open)."""
        tenant, event_id = entry.tenant, entry.event_id
        if scope.subject_ref:
            ours = entry.concerns(scope.subject_ref)
        elif scope.conversation_ref:
            ours = entry.conversation_ref == scope.conversation_ref
        else:
            ours = event_id == scope.event_id
        if tenant != scope.tenant or not ours:
            raise _Refused("tampered", "entry_mismatch")
        if entry.expires_at <= self.clock():
            raise _Refused("expired", "expired")
        try:
            values = open_entry(entry, self.keys)
            if scope.subject_ref:
                values = [v for v in values if v.key_id in scope.subject_keys]
            return {v.token: reveal(v, tenant, event_id, self.keys) for v in values}
        except KeyDestroyedError as exc:
            raise _Refused("expired" if exc.why == "expired" else "erased", exc.why) from None
        except TamperedError:
            raise _Refused("tampered", "tampered") from None
        except CryptoError:
            raise _Refused("not_found", "unknown_key") from None

    def restore_text(
        self,
        api_key: str,
        tenant: str,
        event_id: str,
        reason: str,
        chunks: Iterable[str],
        *,
        conversation_id: str | None = None,
        subject_id: str | None = None,
    ) -> Iterator[str]:
        """Restored chunks, as they come (the LLM may still be streaming). With CONVERSATION_ID or
        SUBJECT_ID (EVENT_ID then unused), the tokens of every record of that conversation, or the
        values of that subject, restore."""

        def lookup(answer: str | None) -> Originals:
            if conversation_id is not None:
                return self.conversation_originals(api_key, tenant, conversation_id, reason, answer)
            if subject_id is not None:
                return self.subject_originals(api_key, tenant, subject_id, reason, answer)
            return self.originals(api_key, tenant, event_id, reason, answer)

        if isinstance(chunks, (list, tuple)):  # the whole answer is here: checked before any original is out
            stream: Stream = TokenStream(lookup("".join(chunks)))
        else:
            stream = self.answer_stream(lookup(None))
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
        self,
        outcome: str,
        code: str,
        tenant: str,
        actor: str,
        reason: str,
        action: str,
        event_id: str = "",
        digest: str = "",
    ) -> NoReturn:
        audited = outcome if outcome not in ("bad_request", "too_broad") else "denied"
        self._audit(audited, code, tenant, actor, reason, action, event_id, 0, digest=digest)
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
        counts: dict[str, int] | None = None,
        policy: Policy | None = None,
    ) -> None:
        now = self.clock()
        # Only a tenant some topology declares reaches the audit trail: anything else a caller sent
        # (a 900,000-character string, an SSN) is recorded as "unknown".
        tenant = tenant if tenant in self.tenants else UNKNOWN_TENANT
        event_id = event_id if SAFE_ID.fullmatch(event_id) else ""
        if code and outcome != "allowed":  # a denial always has a reason code; allowed only when flagged
            metrics.DENIALS.labels(action, code).inc()
        else:
            metrics.RESTORATIONS.labels(action).inc()
        # Reason codes outside the list are recorded as "other": the audit trail never holds free text.
        reason = reason if reason in REASON_CODES else ("" if not reason else "other")
        # A conversation or subject restore has no event id: its digest keeps its id its own.
        audit_id = deterministic_id(action, tenant, event_id, actor, outcome, now, *([digest] if digest else []))
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
                entity_counts=dict(counts or {}),
                policy_id=policy.id if policy else "",
                policy_version=policy.version if policy else "",
            )
        )
