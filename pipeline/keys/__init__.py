"""Key management: the only package that touches key material.

`open_key_service(settings)` wires the configured KEK provider (local
keyring file or AWS KMS) to the configured key store (the compacted keys
topic, or a file in development) and returns an EnvelopeKeyService.
The stages are typed against the `KeyService` protocol (protocols.py).
"""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

from pipeline.clients import aws_client, kafka_clients
from pipeline.keys.errors import CryptoError, KeyDestroyedError, TamperedError, UnknownKeyError
from pipeline.keys.protocols import KeyService
from pipeline.keys.providers import KeyProviderError, KmsKek, LocalKeyring
from pipeline.keys.service import EnvelopeKeyService
from pipeline.keys.store import FileKeyStore, KafkaKeyStore, KeyStore, KeyStoreError
from pipeline.settings import Settings

__all__ = [
    "CryptoError",
    "EnvelopeKeyService",
    "KeyDestroyedError",
    "KeyProviderError",
    "KeyService",
    "KeyStoreError",
    "TamperedError",
    "UnknownKeyError",
    "open_key_service",
    "open_provider",
]


def kms_client(settings: Settings) -> Any:
    return aws_client(settings, "kms")


def open_provider(settings: Settings, *, create: bool = False) -> KmsKek | LocalKeyring:
    """The KEK provider. CREATE makes a local keyring if there is none (dev)."""
    if settings.key_provider == "kms":
        return KmsKek(kms_client(settings), settings.kms_key_id)
    if create:
        LocalKeyring.init(settings.keyring_file)
    return LocalKeyring(settings.keyring_file)


def open_key_service(settings: Settings, *, actor: str = "worker", create_keyring: bool = True) -> EnvelopeKeyService:
    """Sync. Key events (created, destroyed, rotated) go to the audit topic,
    or nowhere with the file store and no broker (unit tests, offline dev)."""
    from pipeline.audit.writer import KafkaAuditWriter

    provider = open_provider(settings, create=create_keyring)
    audit = None
    store: KeyStore
    if settings.key_store == "kafka":
        kafka = kafka_clients(settings)
        store = KafkaKeyStore(kafka, settings.keys_topic, cache=keys_cache_path(settings))
        audit = KafkaAuditWriter(kafka, settings.audit_topic)
    else:
        store = FileKeyStore(settings.keyring_file.with_name("keys.jsonl"))
    return EnvelopeKeyService(
        provider, store, audit=audit, cache_size=settings.key_cache_size, refresh_s=settings.key_refresh_s, actor=actor
    )


def keys_cache_path(settings: Settings) -> Path:
    """Where a process keeps what it read of the keys topic: one file per cluster and topic, in the
    data dir (writable working files; the state dir holds secrets and is read-only in a pod)."""
    name = hashlib.sha256(f"{settings.kafka_bootstrap}|{settings.keys_topic}".encode()).hexdigest()[:16]
    return settings.data_dir / "keys-cache" / f"{name}.jsonl"
