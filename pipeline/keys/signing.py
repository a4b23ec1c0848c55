"""The Ed25519 key that signs the daily evidence.

Lives in the keyring directory (settings.state_dir) either as a 0600 file
holding the 32-byte seed, or, with key_provider=kms, as that seed encrypted
under the KMS key-encryption key (KMS has no Ed25519 signing we can rely on
everywhere, so the seed is wrapped and unwrapped only in memory). Never read
from an environment variable. Auditors get the public half as a signed-note
verifier key string: `veilstream evidence public-key`.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from pipeline.clients import aws_client
from pipeline.settings import Settings

KMS_CONTEXT = {"purpose": "veilstream-evidence-signing"}


class SigningKeyError(RuntimeError):
    pass


def key_name(settings: Settings) -> str:
    """The signer name of the checkpoints, also the log origin."""
    return f"veilstream/{settings.audit_bucket}"


def _paths(settings: Settings) -> tuple[Path, Path]:
    return settings.state_dir / "evidence-signing.key", settings.state_dir / "evidence-signing.kms"


class EvidenceSigner:
    def __init__(self, private_key: Ed25519PrivateKey, name: str, created_at: float):
        self._key = private_key
        self.name = name
        self.created_at = created_at  # epoch seconds, for the readiness key-age check

    def public_key_bytes(self) -> bytes:
        return self._key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)

    def sign(self, data: bytes) -> bytes:
        return self._key.sign(data)


def _kms(settings: Settings) -> Any:
    return aws_client(settings, "kms")  # the default chain (IRSA) unless static keys are set


def _write_private(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(data)


def init_signing_key(settings: Settings) -> EvidenceSigner:
    """Create the key once; an existing key is kept (rotating it is a deliberate act)."""
    local, wrapped = _paths(settings)
    if local.exists() or wrapped.exists():
        return load_signer(settings)
    seed = os.urandom(32)
    if settings.key_provider == "kms":
        if not settings.kms_key_id:
            raise SigningKeyError("key_provider=kms needs kms_key_id")
        blob = _kms(settings).encrypt(KeyId=settings.kms_key_id, Plaintext=seed, EncryptionContext=KMS_CONTEXT)
        _write_private(wrapped, blob["CiphertextBlob"])
    else:
        _write_private(local, seed.hex().encode())
    return load_signer(settings)


def load_signer(settings: Settings) -> EvidenceSigner:
    local, wrapped = _paths(settings)
    path = wrapped if settings.key_provider == "kms" else local
    if not path.exists():
        raise SigningKeyError(f"no evidence signing key at {path}: run `veilstream evidence init-key`")
    st = path.stat()
    # A seed in clear must be private to its owner. A KMS-wrapped one is ciphertext only KMS
    # opens; Kubernetes mounts Secrets root-owned and group-readable (fsGroup), so it may be.
    if settings.key_provider == "local" and st.st_mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise SigningKeyError(f"{path} is readable by group or others: chmod 600 it")
    raw = path.read_bytes()
    if settings.key_provider == "kms":
        seed = _kms(settings).decrypt(CiphertextBlob=raw, EncryptionContext=KMS_CONTEXT)["Plaintext"]
    else:
        try:
            seed = bytes.fromhex(raw.decode().strip())
        except ValueError:
            raise SigningKeyError(f"{path} does not hold a hex Ed25519 seed") from None
    if len(seed) != 32:
        raise SigningKeyError(f"{path} does not hold a 32-byte Ed25519 seed")
    return EvidenceSigner(Ed25519PrivateKey.from_private_bytes(seed), key_name(settings), st.st_mtime)
