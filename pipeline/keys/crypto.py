"""The cryptography of the key service as plain functions over bytes: no key store,
no cache, no lock. Each takes the key it needs; `service.py` finds the key.

- AES-256-GCM: a ciphertext is nonce (12) || ct || tag (16); the key id is bound
  into the associated data, so a ciphertext moved to another key id fails.
- AES-SIV: deterministic, for joinable pseudonyms.
- HKDF-SHA256 derivations and HMAC-SHA256 keyed digests.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM, AESSIV
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from pipeline.keys.errors import TamperedError

NONCE_BYTES = 12
MIN_SEALED_BYTES = 28  # nonce (12) + GCM tag (16): anything shorter was cut


def bind(key_id: str, aad: bytes) -> bytes:
    """The associated data as sealed: the key id, a NUL, the caller's AAD."""
    return key_id.encode() + b"\x00" + aad


def gcm_seal(key: bytes, key_id: str, plaintext: bytes, aad: bytes) -> bytes:
    """AES-256-GCM under KEY with a random nonce; KEY_ID is bound into the associated data."""
    nonce = secrets.token_bytes(NONCE_BYTES)
    return nonce + AESGCM(key).encrypt(nonce, plaintext, bind(key_id, aad))


def gcm_open(key: bytes, key_id: str, blob: bytes, aad: bytes) -> bytes:
    """The plaintext of a gcm_seal blob; TamperedError when it is cut or does not authenticate."""
    if len(blob) < MIN_SEALED_BYTES:
        raise TamperedError(f"ciphertext under {key_id} is truncated")
    try:
        return AESGCM(key).decrypt(blob[:NONCE_BYTES], blob[NONCE_BYTES:], bind(key_id, aad))
    except InvalidTag:
        raise TamperedError(
            f"ciphertext under {key_id} does not authenticate (tampered, or another record's)"
        ) from None


def siv_seal(key: bytes, plaintext: bytes, aad: bytes) -> bytes:
    """AES-SIV: the same plaintext, key and AAD always give the same ciphertext."""
    return AESSIV(key).encrypt(plaintext, [aad])


def siv_open(key: bytes, blob: bytes, aad: bytes) -> bytes:
    try:
        return AESSIV(key).decrypt(blob, [aad])
    except InvalidTag:
        raise TamperedError("deterministic ciphertext does not authenticate") from None


def hkdf(secret: bytes, length: int, info: bytes) -> bytes:
    """HKDF-SHA256 without salt: every process derives the same key from the same secret."""
    return HKDF(hashes.SHA256(), length, salt=None, info=info).derive(secret)


def root_derivation(root: bytes, tenant: str, purpose: str, length: int) -> bytes:
    """A tenant key for PURPOSE (digest, subject, token, siv) derived from the tenant's root key."""
    return hkdf(root, length, f"veilstream/{purpose}/{tenant}".encode())


def subject_siv_key(data_key: bytes) -> bytes:
    """The AES-SIV key (64 bytes) of a subject's SIV data key."""
    return hkdf(data_key, 64, b"veilstream/siv")


def keyed_hex(key: bytes, data: bytes) -> str:
    """HMAC-SHA256 of DATA under KEY, hex."""
    return hmac.new(key, data, hashlib.sha256).hexdigest()


def normalize_subject(subject_id: str) -> str:
    """A subject id as compared: stripped; an email lower-cased."""
    norm = subject_id.strip()
    if "@" in norm:
        norm = norm.lower()
    return norm


def erasure_shard(tenant: str, subject_ref: str, shards: int) -> str:
    """The erasure shard (KEK slot) of a subject: `e00`..`eNN`, from a hash of tenant and subject ref."""
    digest = hashlib.sha256(f"{tenant}\x1f{subject_ref}".encode()).digest()
    return f"e{int.from_bytes(digest[:4], 'big') % shards:02d}"
