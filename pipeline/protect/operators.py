"""One operator per policy action: a finding's value in, its replacement out.

Reversible tokens look like `<PERSON_1_k7q2x>` (numbered within a record,
with the record's salt: a keyed digest of the record, so a token cannot be
guessed or carried over from another record) or `<PERSON_7f3a9c>` (keyed
HMAC: stable per tenant or per subject); the vault and the storage topic carry
the encrypted original beside them. Inline forms use a dot:
`<EMAIL_ADDRESS.d.…>` (AES-SIV: joinable; under the subject's key when the
record has one, so erasure shreds it) and `<EMAIL_ADDRESS.h.…>` (keyed hash,
never reversed). Token-shaped text that came from upstream is escaped (its
`<` becomes `‹`), so it can never be taken for one of ours.
"""

from __future__ import annotations

import base64
import re

from pipeline.keys import KeyService

TOKEN_RE = re.compile(r"<[A-Z][A-Z0-9_]*_(?:[0-9]+_[a-z2-7]{5}|[0-9a-f]{6,16})>")
DETERMINISTIC_RE = re.compile(r"<([A-Z][A-Z0-9_]*)\.d\.([A-Za-z0-9_-]+)>")
# Anything restore or a reader could take for a token: escaped when it comes from upstream.
TOKEN_SHAPED = re.compile(r"<(?=[A-Z][A-Z0-9_]*(?:_[A-Za-z0-9_]*|\.[dh]\.[A-Za-z0-9_\-]*)>)")
ESCAPED_LT = "\u2039"  # ‹
STABLE_HEX = 6
SALT_CHARS = 5  # base32: 25 bits per record, on top of the record's own event id and content


def label(entity_type: str) -> str:
    """The entity type as tokens spell it: upper case, letters, digits and _ (so restore finds it)."""
    out = re.sub(r"[^A-Z0-9_]", "_", entity_type.upper())
    return out if out[:1].isalpha() else f"E{out}"


def record_salt(keys: KeyService, tenant: str, event_id: str, text: str) -> str:
    """The record's token suffix: keyed, so unguessable; deterministic, so a redelivery repeats it."""
    mac = keys.token_mac(tenant, b"\x00".join((b"salt", event_id.encode(), text.encode())))
    return base64.b32encode(bytes.fromhex(mac[:10])).decode().lower()[:SALT_CHARS]


def numbered_token(entity_type: str, n: int, salt: str) -> str:
    return f"<{label(entity_type)}_{n}_{salt}>"


def escape(text: str) -> str:
    """Upstream text that looks like one of our tokens, defused."""
    return TOKEN_SHAPED.sub(ESCAPED_LT, text)


def stable_token(
    keys: KeyService, tenant: str, entity_type: str, value: str, subject_ref: str = "", length: int = STABLE_HEX
) -> str:
    """Same value, same tenant (and subject) -> same token, in every process."""
    mac = keys.token_mac(tenant, b"\x00".join((b"token", subject_ref.encode(), entity_type.encode(), value.encode())))
    return f"<{label(entity_type)}_{mac[:length]}>"


def redact(entity_type: str) -> str:
    return f"<{label(entity_type)}>"


def mask(value: str, keep: int = 4) -> str:
    """Hide every letter and digit but the last KEEP; separators stay for readability."""
    alnum = [i for i, c in enumerate(value) if c.isalnum()]
    shown = set(alnum[-keep:]) if keep else set()
    return "".join(c if (not c.isalnum() or i in shown) else "*" for i, c in enumerate(value))


def keyed_hash(keys: KeyService, tenant: str, entity_type: str, value: str) -> str:
    """HMAC keyed per tenant: a plain hash of an SSN is brute-forced in seconds."""
    mac = keys.token_mac(tenant, b"\x00".join((b"hash", entity_type.encode(), value.encode())))
    return f"<{label(entity_type)}.h.{mac[:16]}>"


def _siv_aad(tenant: str, entity_type: str) -> bytes:
    return f"{tenant}\x1f{entity_type}".encode()


def deterministic(keys: KeyService, tenant: str, entity_type: str, value: str, subject_ref: str | None = None) -> str:
    """AES-SIV: equal values give equal ciphertext, so records join on it.

    Under the subject's SIV key when there is a subject (joinable across the
    subject's records, shredded by its erasure), else the tenant's."""
    blob = keys.siv_encrypt(tenant, value.encode(), _siv_aad(tenant, label(entity_type)), subject_ref=subject_ref)
    return f"<{label(entity_type)}.d.{base64.urlsafe_b64encode(blob).rstrip(b'=').decode()}>"


def reveal_deterministic(keys: KeyService, tenant: str, text: str, subject_ref: str | None = None) -> str:
    """Replace every AES-SIV pseudonym of TENANT (and SUBJECT_REF) in TEXT by its original
    (raises if tampered). Key holders only: restore goes through the record's vault entry."""

    def one(m: re.Match[str]) -> str:
        blob = base64.urlsafe_b64decode(m.group(2) + "=" * (-len(m.group(2)) % 4))
        return keys.siv_decrypt(tenant, blob, _siv_aad(tenant, m.group(1)), subject_ref=subject_ref).decode()

    return DETERMINISTIC_RE.sub(one, text)
