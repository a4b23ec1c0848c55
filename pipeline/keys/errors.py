"""What the key service raises. None of them carries a key, a plaintext or a ciphertext."""

from __future__ import annotations


class CryptoError(Exception):
    """Base: never carries a key, a plaintext or a ciphertext."""


class TamperedError(CryptoError):
    """The ciphertext, its associated data or its key id was altered."""


class KeyDestroyedError(CryptoError):
    """The data key was shredded (erasure) or expired (vault bucket)."""

    def __init__(self, key_id: str, kind: str):
        why = "expired" if kind == "vault" else "erased" if kind == "subject" else "destroyed"
        super().__init__(f"data key {key_id} was {why}")
        self.key_id = key_id
        self.why = why


class UnknownKeyError(CryptoError):
    """No key with this id in the key store."""
