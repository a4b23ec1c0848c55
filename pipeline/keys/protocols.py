"""The seam between the stages and the keys: what protect/, flow.py, vault/ (entries,
restore, erasure), incident/ and policytest.py ask of a key service. They are typed
against this Protocol; `EnvelopeKeyService` (service.py) is the implementation, and
`open_key_service(settings)` builds it. Key lifecycle commands (rotate, summary,
expiry) are the CLI's, on the concrete service."""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import Protocol


class KeyService(Protocol):
    def batch(self) -> AbstractContextManager[KeyService]:
        """Keys created inside the block are durable when it ends; produce outputs only after it."""
        ...

    # keyed digests (per tenant, never reversible)
    def digest(self, tenant: str, data: bytes) -> str: ...

    def subject_ref(self, tenant: str, subject_id: str) -> str: ...

    def token_mac(self, tenant: str, data: bytes) -> str: ...

    # AES-256-GCM: (key id, nonce || ct || tag); the key id is bound into the associated data
    def seal(
        self, tenant: str, plaintext: bytes, aad: bytes, *, subject_ref: str | None = None
    ) -> tuple[str, bytes]: ...

    def seal_vault(self, tenant: str, expires_at: int, plaintext: bytes, aad: bytes) -> tuple[str, bytes]: ...

    def open(self, key_id: str, blob: bytes, aad: bytes) -> bytes: ...

    # AES-SIV: deterministic, for joinable pseudonyms
    def siv_encrypt(self, tenant: str, plaintext: bytes, aad: bytes, *, subject_ref: str | None = None) -> bytes: ...

    def siv_decrypt(self, tenant: str, blob: bytes, aad: bytes, *, subject_ref: str | None = None) -> bytes: ...

    # erasure (the restore service's /erase and `veilstream subject`)
    def subject_keys(self, tenant: str, subject_ref: str) -> list[str]: ...

    def destroy_subject(self, tenant: str, subject_ref: str, *, actor: str = "") -> list[str]: ...
