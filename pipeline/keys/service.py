"""EnvelopeKeyService: the one object the rest of the pipeline asks for crypto.

Key hierarchy, per tenant:
- a root key (`root:<tenant>`, created once, first writer wins) from which the
  HMAC keys (audit digests, subject refs, stable tokens) and the AES-SIV key
  are derived with HKDF, so every worker process derives the same ones;
- data keys (AES-256-GCM), random, wrapped by a KEK, stored in the key
  store: per tenant and day (and a new one every MAX_SEALS seals, well before
  random 96-bit nonces risk a collision at 2^32), per subject (plus the
  subject's AES-SIV key), and per tenant and vault time bucket (destroyed
  when the bucket's retention ends).
Ciphertext is nonce || ct || tag; the key id is bound into the associated
data, so a ciphertext moved to another key id, tenant or record fails.

Erasure: subject keys are wrapped by the KEK of their erasure shard (a hash
of tenant and subject ref, ERASURE_SHARDS of them), not by the main KEK.
`destroy_subject` marks the subject's keys destroyed, rewraps the shard's
other subject keys under a new shard KEK and then has the provider destroy
the old one. The old wrapped copies stay in the append-only key store until
compaction, but nothing can unwrap them any more.

The service is a facade over one module per job:
- registry.py   KeyRegistry: key records, key-store sync, unwrapped keys, new keys, batch(), the lock
- crypto.py     AES-GCM, AES-SIV, HKDF, HMAC as plain functions over bytes
- derived.py    DerivedKeys: root keys and what they yield (digests, subject refs, token MACs, SIV keys)
- lifecycle.py  KeyLifecycle: erasure, expiry of vault keys, KEK rotation
- keyevents.py  KeyEvents: the key events of the audit trail
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from pipeline.audit.writer import AuditWriter
from pipeline.keys import crypto
from pipeline.keys.derived import DerivedKeys
from pipeline.keys.keyevents import KeyEvents
from pipeline.keys.lifecycle import KeyLifecycle
from pipeline.keys.providers import KekProvider
from pipeline.keys.registry import KeyRegistry
from pipeline.keys.store import KeyStore

VAULT_BUCKET_MS = 3600 * 1000  # vault data keys rotate hourly
TENANT_BUCKET_MS = 24 * 3600 * 1000  # tenant (and DLQ) data keys rotate daily
MAX_SEALS = 1 << 24  # seals per data key and process before a new key (2^32 is the random-nonce bound)
ERASURE_SHARDS = 64  # subject keys per shard KEK: an erasure rewraps about 1/64 of them


def _now_ms() -> int:
    return int(time.time() * 1000)


class EnvelopeKeyService:
    """The key service: data keys wrapped by a KEK provider, kept in a key store (see the module docstring).
    Stages are typed against the KeyService protocol (protocols.py), which this implements."""

    def __init__(
        self,
        provider: KekProvider,
        store: KeyStore,
        *,
        audit: AuditWriter | None = None,
        cache_size: int = 10_000,
        refresh_s: float = 30.0,
        actor: str = "worker",
        clock: Callable[[], int] = _now_ms,
        max_seals: int = MAX_SEALS,
        erasure_shards: int = ERASURE_SHARDS,
    ):
        self.provider = provider
        self.store = store
        self.audit = audit
        self.actor = actor
        self.clock = clock
        self.events = KeyEvents(audit, actor=actor, clock=clock)
        self.registry = KeyRegistry(
            provider,
            store,
            self.events,
            clock=clock,
            cache_size=cache_size,
            refresh_s=refresh_s,
            max_seals=max_seals,
            erasure_shards=erasure_shards,
        )
        self.derived = DerivedKeys(self.registry)
        self.lifecycle = KeyLifecycle(self.registry, self.events, actor=actor, clock=clock)

    # --- the key store -------------------------------------------------------

    def refresh(self) -> None:
        """Apply what other processes wrote; drop cached plaintext of destroyed keys."""
        self.registry.refresh()

    @contextmanager
    def batch(self) -> Iterator[EnvelopeKeyService]:
        """Data keys created inside the block are written to the key store in
        one acknowledged write when it ends (one round trip per batch instead of
        one per new subject). Produce the batch's outputs only after the block:
        a ciphertext must never be visible before its key is durable. The
        service is held by the calling thread for the block, so no other thread
        can use a key that is not written yet."""
        with self.registry.batch():
            yield self

    def kek_slot(self, tenant: str, subject_ref: str) -> str:
        """The erasure shard whose KEK wraps the subject's keys."""
        return self.registry.kek_slot(tenant, subject_ref)

    def close(self) -> None:
        self.store.close()

    # --- keyed digests -------------------------------------------------------

    def digest(self, tenant: str, data: bytes) -> str:
        """HMAC-SHA256 hex keyed per tenant: audit digests, never reversible."""
        return self.derived.digest(tenant, data)

    def subject_ref(self, tenant: str, subject_id: str) -> str:
        """Keyed HMAC of a subject id (emails compared case-insensitively)."""
        return self.derived.subject_ref(tenant, subject_id)

    def token_mac(self, tenant: str, data: bytes) -> str:
        """Keyed HMAC for stable tokens and keyed hashes of values."""
        return self.derived.token_mac(tenant, data)

    # --- AES-256-GCM ---------------------------------------------------------

    def seal(self, tenant: str, plaintext: bytes, aad: bytes, *, subject_ref: str | None = None) -> tuple[str, bytes]:
        """Encrypt under the tenant's data key, or the subject's when given."""
        if subject_ref:
            key_id = self.registry.active_key("subject", tenant, subject_ref)
        else:
            key_id = self.registry.active_key("tenant", tenant, str(self.clock() // TENANT_BUCKET_MS))
        return key_id, self._seal_with(key_id, plaintext, aad)

    def seal_vault(self, tenant: str, expires_at: int, plaintext: bytes, aad: bytes) -> tuple[str, bytes]:
        """Encrypt under the tenant's vault key for the bucket holding expires_at."""
        bucket = expires_at // VAULT_BUCKET_MS
        if not self.registry.has_active("vault", tenant, str(bucket)):
            self.destroy_expired_vault_keys()  # about once an hour: shred the buckets whose retention passed
        key_id = self.registry.active_key("vault", tenant, str(bucket), not_after=(bucket + 1) * VAULT_BUCKET_MS)
        return key_id, self._seal_with(key_id, plaintext, aad)

    def _seal_with(self, key_id: str, plaintext: bytes, aad: bytes) -> bytes:
        self.registry.count_seal(key_id)
        return crypto.gcm_seal(self.registry.plaintext(key_id), key_id, plaintext, aad)

    def open(self, key_id: str, blob: bytes, aad: bytes) -> bytes:
        return crypto.gcm_open(self.registry.plaintext(key_id), key_id, blob, aad)

    # --- AES-SIV: deterministic, for joinable pseudonyms -----------------------

    def siv_encrypt(self, tenant: str, plaintext: bytes, aad: bytes, *, subject_ref: str | None = None) -> bytes:
        return crypto.siv_seal(self.derived.siv_key(tenant, subject_ref), plaintext, aad)

    def siv_decrypt(self, tenant: str, blob: bytes, aad: bytes, *, subject_ref: str | None = None) -> bytes:
        return crypto.siv_open(self.derived.siv_key(tenant, subject_ref), blob, aad)

    # --- lifecycle: erasure, expiry, rotation ----------------------------------

    def summary(self) -> dict[str, dict[str, int]]:
        """Counts of data keys per kind: live and destroyed (no key material)."""
        return self.lifecycle.summary()

    def subject_keys(self, tenant: str, subject_ref: str) -> list[str]:
        """Ids of the subject's live data keys."""
        return self.lifecycle.subject_keys(tenant, subject_ref)

    def destroy_subject(self, tenant: str, subject_ref: str, *, actor: str = "") -> list[str]:
        """Crypto-shred the subject's data keys and its shard's old KEK (lifecycle.py). Idempotent."""
        return self.lifecycle.destroy_subject(tenant, subject_ref, actor=actor)

    def destroy_expired_vault_keys(self, now_ms: int | None = None, *, actor: str = "") -> list[str]:
        """Destroy the vault keys whose bucket's retention has passed (at NOW_MS, else now)."""
        return self.lifecycle.destroy_expired_vault_keys(now_ms, actor=actor)

    def rotate(self, *, actor: str = "") -> tuple[str, int]:
        """New main KEK; every live non-subject data key rewrapped; old main KEKs retired."""
        return self.lifecycle.rotate(actor=actor)

    # --- audit -----------------------------------------------------------------

    def emit(self, outcome: str, tenant: str, key_ids: tuple[str, ...], *, actor: str = "", count: int = 0) -> None:
        self.events.emit(outcome, tenant, key_ids, actor=actor, count=count)
