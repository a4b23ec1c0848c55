"""DerivedKeys: what each tenant's root key yields.

The root key (`root:<tenant>`) is created once, first writer wins; the HMAC
keys (audit digests, subject refs, stable tokens) and the tenant's AES-SIV key
are derived from it with HKDF, so every worker process derives the same ones.
A subject's AES-SIV key comes from the subject's own SIV data key instead, so
that an erasure destroys it.
"""

from __future__ import annotations

from pipeline.keys import crypto
from pipeline.keys.registry import KeyRegistry


class DerivedKeys:
    def __init__(self, registry: KeyRegistry):
        self.registry = registry
        self._derived: dict[tuple[str, str], bytes] = {}  # (tenant, purpose) -> derived key

    def root_key(self, tenant: str, purpose: str, length: int = 32) -> bytes:
        """The tenant's key for PURPOSE, derived from its root key (created when there is none)."""
        registry = self.registry
        with registry.lock:
            got = self._derived.get((tenant, purpose))
            if got is not None:
                return got
            root_id = f"root:{tenant}"
            if root_id not in registry.index.records:
                registry.refresh()
            if root_id not in registry.index.records:
                registry.create("root", tenant, "", key_id=root_id)
            root = registry.plaintext(root_id)  # in the index now: no wait for it
            got = crypto.root_derivation(root, tenant, purpose, length)
            self._derived[(tenant, purpose)] = got
            return got

    def digest(self, tenant: str, data: bytes) -> str:
        """HMAC-SHA256 hex keyed per tenant: audit digests, never reversible."""
        return crypto.keyed_hex(self.root_key(tenant, "digest"), data)

    def subject_ref(self, tenant: str, subject_id: str) -> str:
        """Keyed HMAC of a subject id (emails compared case-insensitively)."""
        norm = crypto.normalize_subject(subject_id)
        return crypto.keyed_hex(self.root_key(tenant, "subject"), norm.encode())[:32]

    def token_mac(self, tenant: str, data: bytes) -> str:
        """Keyed HMAC for stable tokens and keyed hashes of values."""
        return crypto.keyed_hex(self.root_key(tenant, "token"), data)

    def siv_key(self, tenant: str, subject_ref: str | None) -> bytes:
        """The subject's SIV key (destroyed by erasure), or the tenant's for a record without a subject."""
        if not subject_ref:
            return self.root_key(tenant, "siv", 64)
        data_key = self.registry.plaintext(self.registry.active_key("siv", tenant, subject_ref))
        return crypto.subject_siv_key(data_key)
