"""protect: findings + policy -> the AI text, the storage text and the
encrypted originals.

Each finding is replaced per destination by its entity's action in the
policy (entity types the policy does not name get the defaults: tokenize for
the AI, encrypt for storage: fail closed). Every reversible token (AES-SIV
pseudonyms included) gets its original encrypted once, with associated data
binding tenant, event id and token: a ciphertext copied to another record or
token does not decrypt.

Whose key: a record with a `subject_id` is that subject's, every value under
its data key. Without one, each email address is its owner's (sealed under
the key of the subject that address names, so erasing that address shreds
it wherever it appears) and the other values are the tenant's. Streams that
must be erasable set `require_subject_id` in their topology.
"""

from __future__ import annotations

from pipeline.keys import KeyService
from pipeline.policy.model import Action, EntityRule, Policy
from pipeline.protect import operators as op
from pipeline.records import Detection, Finding, ProtectedValue, Protection, RawEvent

REVERSIBLE = {Action.TOKENIZE, Action.TOKENIZE_TENANT, Action.TOKENIZE_SUBJECT, Action.ENCRYPT}
_DEFAULT_RULE = EntityRule()


class ProtectError(ValueError):
    """A detection that does not fit its text (offsets out of range)."""


def value_aad(tenant: str, event_id: str, token: str) -> bytes:
    return f"{tenant}\x1f{event_id}\x1f{token}".encode()


def reveal(value: ProtectedValue, tenant: str, event_id: str, keys: KeyService) -> str:
    """The original behind one ProtectedValue (raises TamperedError / KeyDestroyedError)."""
    return keys.open(value.key_id, value.ciphertext, value_aad(tenant, event_id, value.token)).decode()


def resolve_overlaps(findings: tuple[Finding, ...], text_len: int) -> list[Finding]:
    """Non-overlapping spans in text order. Overlapping findings merge into one
    span covering all of them (dropping one would leave part of a value in
    clear), typed as the longest of them, then the highest scored."""
    for f in findings:
        if not 0 <= f.start < f.end <= text_len:
            raise ProtectError(f"finding {f.entity_type} [{f.start},{f.end}) is outside a text of {text_len} chars")
    merged: list[Finding] = []
    group: list[Finding] = []
    for f in sorted(findings, key=lambda f: (f.start, f.end)):
        if group and f.start >= max(g.end for g in group):
            merged.append(_merge(group))
            group = []
        group.append(f)
    if group:
        merged.append(_merge(group))
    return merged


def _merge(group: list[Finding]) -> Finding:
    lead = max(group, key=lambda f: (f.end - f.start, f.score))
    return Finding(
        lead.entity_type, min(f.start for f in group), max(f.end for f in group), lead.score, lead.recognizer
    )


def subject_of(event: RawEvent, keys: KeyService) -> str | None:
    """The record's subject: the subject ref of its subject_id, if it has one."""
    return keys.subject_ref(event.tenant, event.subject_id) if event.subject_id else None


class _Record:
    """Token assignment for one record, shared by both destinations."""

    def __init__(self, event: RawEvent, keys: KeyService, subject_ref: str | None):
        self.event, self.keys, self.subject_ref = event, keys, subject_ref
        self.salt = op.record_salt(keys, event.tenant, event.event_id, event.text)
        self.tokens: dict[tuple[str, str, Action], str] = {}
        self.originals: dict[str, tuple[str, str]] = {}  # token -> (entity_type, value)
        self.counters: dict[str, int] = {}
        self.sealed: dict[str, ProtectedValue] = {}
        self.subjects: set[str] = {subject_ref} if subject_ref else set()  # every subject whose key seals a value

    def owner(self, entity_type: str, value: str) -> str | None:
        """Whose key protects VALUE: the record's subject, else an email address's own owner, else the tenant."""
        if self.subject_ref:
            return self.subject_ref
        if entity_type == "EMAIL_ADDRESS":
            ref = self.keys.subject_ref(self.event.tenant, value)
            self.subjects.add(ref)
            return ref
        return None

    def token(self, entity_type: str, value: str, action: Action) -> str:
        kind = Action.TOKENIZE if action == Action.ENCRYPT else action  # encrypt shares the numbered token
        slot = (entity_type, value, kind)
        tok = self.tokens.get(slot)
        if tok is None:
            tok = self._new_token(entity_type, value, kind)
            self.tokens[slot] = tok
            self.originals[tok] = (entity_type, value)
        return tok

    def _new_token(self, entity_type: str, value: str, kind: Action) -> str:
        tenant = self.event.tenant
        if kind == Action.TOKENIZE:
            label = op.label(entity_type)  # "person" and "PERSON" share one numbering
            self.counters[label] = self.counters.get(label, 0) + 1
            return op.numbered_token(entity_type, self.counters[label], self.salt)
        if kind == Action.DETERMINISTIC:
            return op.deterministic(self.keys, tenant, entity_type, value, self.owner(entity_type, value))
        subject = (self.subject_ref or "") if kind == Action.TOKENIZE_SUBJECT else ""
        tok = op.stable_token(self.keys, tenant, entity_type, value, subject)
        if tok in self.originals and self.originals[tok] != (entity_type, value):
            tok = op.stable_token(self.keys, tenant, entity_type, value, subject, length=16)  # 24-bit collision
        return tok

    def seal(self, token: str) -> ProtectedValue:
        pv = self.sealed.get(token)
        if pv is None:
            entity_type, value = self.originals[token]
            key_id, blob = self.keys.seal(
                self.event.tenant,
                value.encode(),
                value_aad(self.event.tenant, self.event.event_id, token),
                subject_ref=self.owner(entity_type, value),
            )
            pv = ProtectedValue(token=token, entity_type=entity_type, ciphertext=blob, key_id=key_id)
            self.sealed[token] = pv
        return pv


def _replace(rec: _Record, f: Finding, value: str, action: Action, blocked: set[str]) -> tuple[str, str | None]:
    """(replacement text, token whose original must be kept encrypted, if any)."""
    tenant = rec.event.tenant
    if action in REVERSIBLE or action == Action.DETERMINISTIC:
        # A pseudonym is restored like a token: only through the record that holds it.
        tok = rec.token(f.entity_type, value, action)
        return tok, tok
    if action == Action.HASH:
        return op.keyed_hash(rec.keys, tenant, f.entity_type, value), None
    if action == Action.MASK:
        return op.mask(value), None
    if action == Action.KEEP:
        return value, None
    if action == Action.BLOCK:
        blocked.add(f.entity_type)
    return op.redact(f.entity_type), None  # redact, and block (the record is quarantined anyway)


def protect(event: RawEvent, detection: Detection, policy: Policy, keys: KeyService) -> Protection:
    text = event.text
    spans = resolve_overlaps(detection.findings, len(text))
    rec = _Record(event, keys, subject_of(event, keys))
    blocked: set[str] = set()
    ai_parts: list[str] = []
    store_parts: list[str] = []
    ai_tokens: list[str] = []
    store_tokens: list[str] = []
    pos = 0
    for f in spans:
        rule = policy.rule(f.entity_type) or _DEFAULT_RULE
        value = text[f.start : f.end]
        clear = op.escape(text[pos : f.start])
        ai_parts.append(clear)
        store_parts.append(clear)
        ai_rep, ai_tok = _replace(rec, f, value, rule.ai, blocked)
        store_rep, store_tok = _replace(rec, f, value, rule.store, blocked)
        ai_parts.append(ai_rep)
        store_parts.append(store_rep)
        if ai_tok:
            ai_tokens.append(ai_tok)
        if store_tok and rule.store == Action.ENCRYPT:
            store_tokens.append(store_tok)
        pos = f.end
    ai_parts.append(op.escape(text[pos:]))
    store_parts.append(op.escape(text[pos:]))
    values = tuple(rec.seal(t) for t in dict.fromkeys(store_tokens))
    vault_values = tuple(rec.seal(t) for t in dict.fromkeys(ai_tokens))
    key_ids = tuple(sorted({v.key_id for v in values + vault_values}))
    return Protection(
        ai_text="".join(ai_parts),
        store_text="".join(store_parts),
        values=values,
        blocked_by=tuple(sorted(blocked)),
        key_ids=key_ids,
        subject_ref=rec.subject_ref,
        vault_values=vault_values,
        subject_refs=tuple(sorted(rec.subjects)),
    )
