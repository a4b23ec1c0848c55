"""One operator per policy action: a finding's value in, its replacement out.

Reversible tokens look like `<PERSON_1>` (numbered within a record) or
`<PERSON_7f3a9c>` (keyed HMAC: stable per tenant or per subject); the vault
and the storage topic carry the encrypted original beside them. Inline forms
that are not vault tokens use a dot: `<EMAIL_ADDRESS.d.…>` (AES-SIV, decrypts
with the tenant key) and `<EMAIL_ADDRESS.h.…>` (keyed hash, never reversed).
"""

from __future__ import annotations

import base64
import re

from pipeline.keys import KeyService

TOKEN_RE = re.compile(r"<[A-Z][A-Z0-9_]*_[0-9a-f]{1,16}>")
DETERMINISTIC_RE = re.compile(r"<([A-Z][A-Z0-9_]*)\.d\.([A-Za-z0-9_-]+)>")
STABLE_HEX = 6


def label(entity_type: str) -> str:
    """The entity type as tokens spell it: upper case, letters, digits and _ (so restore finds it)."""
    out = re.sub(r"[^A-Z0-9_]", "_", entity_type.upper())
    return out if out[:1].isalpha() else f"E{out}"


def numbered_token(entity_type: str, n: int) -> str:
    return f"<{label(entity_type)}_{n}>"


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


def deterministic(keys: KeyService, tenant: str, entity_type: str, value: str) -> str:
    """AES-SIV: equal values give equal ciphertext, so records join on it.

    Keyed per tenant (that is what makes it joinable), so erasing one subject
    does not shred these pseudonyms: use encrypt for data subject to erasure."""
    blob = keys.siv_encrypt(tenant, value.encode(), _siv_aad(tenant, label(entity_type)))
    return f"<{label(entity_type)}.d.{base64.urlsafe_b64encode(blob).rstrip(b'=').decode()}>"


def reveal_deterministic(keys: KeyService, tenant: str, text: str) -> str:
    """Replace every AES-SIV pseudonym of TENANT in TEXT by its original (raises if tampered)."""

    def one(m: re.Match) -> str:
        blob = base64.urlsafe_b64decode(m.group(2) + "=" * (-len(m.group(2)) % 4))
        return keys.siv_decrypt(tenant, blob, _siv_aad(tenant, m.group(1))).decode()

    return DETERMINISTIC_RE.sub(one, text)
