"""KeyService: the one object the rest of the pipeline asks for crypto.

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
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace

from pipeline.audit.writer import AuditWriter
from pipeline.keys import crypto
from pipeline.keys.errors import CryptoError
from pipeline.keys.keyevents import KeyEvents
from pipeline.keys.providers import KekProvider
from pipeline.keys.registry import SUBJECT_KINDS, KeyRegistry
from pipeline.keys.store import KeyRecord, KeyStore

log = logging.getLogger("veilstream.keys")
VAULT_BUCKET_MS = 3600 * 1000  # vault data keys rotate hourly
TENANT_BUCKET_MS = 24 * 3600 * 1000  # tenant (and DLQ) data keys rotate daily
MAX_SEALS = 1 << 24  # seals per data key and process before a new key (2^32 is the random-nonce bound)
ERASURE_SHARDS = 64  # subject keys per shard KEK: an erasure rewraps about 1/64 of them


def _now_ms() -> int:
    return int(time.time() * 1000)


class KeyService:
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
        self.refresh_s = refresh_s
        self.cache_size = cache_size
        self.max_seals = max_seals
        self.erasure_shards = erasure_shards
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
        self._lock = self.registry.lock
        self._index = self.registry.index
        self._derived: dict[tuple[str, str], bytes] = {}

    # --- the key store -------------------------------------------------------

    def refresh(self) -> None:
        """Apply what other processes wrote; drop cached plaintext of destroyed keys."""
        self.registry.refresh()

    @contextmanager
    def batch(self) -> Iterator[KeyService]:
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

    def _root_key(self, tenant: str, purpose: str, length: int = 32) -> bytes:
        with self._lock:
            got = self._derived.get((tenant, purpose))
            if got is not None:
                return got
            root_id = f"root:{tenant}"
            if root_id not in self._index.records:
                self.refresh()
            if root_id not in self._index.records:
                self.registry.create("root", tenant, "", key_id=root_id)
            root = self.registry.plaintext(root_id)
            got = crypto.root_derivation(root, tenant, purpose, length)
            self._derived[(tenant, purpose)] = got
            return got

    # --- keyed digests -------------------------------------------------------

    def digest(self, tenant: str, data: bytes) -> str:
        """HMAC-SHA256 hex keyed per tenant: audit digests, never reversible."""
        return crypto.keyed_hex(self._root_key(tenant, "digest"), data)

    def subject_ref(self, tenant: str, subject_id: str) -> str:
        """Keyed HMAC of a subject id (emails compared case-insensitively)."""
        norm = crypto.normalize_subject(subject_id)
        return crypto.keyed_hex(self._root_key(tenant, "subject"), norm.encode())[:32]

    def token_mac(self, tenant: str, data: bytes) -> str:
        """Keyed HMAC for stable tokens and keyed hashes of values."""
        return crypto.keyed_hex(self._root_key(tenant, "token"), data)

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

    def _siv_key(self, tenant: str, subject_ref: str | None) -> bytes:
        """The subject's SIV key (destroyed by erasure), or the tenant's for a record without a subject."""
        if not subject_ref:
            return self._root_key(tenant, "siv", 64)
        data_key = self.registry.plaintext(self.registry.active_key("siv", tenant, subject_ref))
        return crypto.subject_siv_key(data_key)

    def siv_encrypt(self, tenant: str, plaintext: bytes, aad: bytes, *, subject_ref: str | None = None) -> bytes:
        return crypto.siv_seal(self._siv_key(tenant, subject_ref), plaintext, aad)

    def siv_decrypt(self, tenant: str, blob: bytes, aad: bytes, *, subject_ref: str | None = None) -> bytes:
        return crypto.siv_open(self._siv_key(tenant, subject_ref), blob, aad)

    # --- lifecycle: erasure, expiry, rotation ----------------------------------

    def summary(self) -> dict[str, dict[str, int]]:
        """Counts of data keys per kind: live and destroyed (no key material)."""
        self.refresh()
        out: dict[str, dict[str, int]] = {}
        for r in self._index.records.values():
            row = out.setdefault(r.kind, {"live": 0, "destroyed": 0})
            row["destroyed" if r.destroyed else "live"] += 1
        return out

    def subject_keys(self, tenant: str, subject_ref: str) -> list[str]:
        """Ids of the subject's live data keys."""
        self.refresh()
        return [r.key_id for r in self._subject_records(tenant, subject_ref) if not r.destroyed]

    def _subject_records(self, tenant: str, subject_ref: str) -> list[KeyRecord]:
        return [r for kind in SUBJECT_KINDS for r in self._index.in_scope(kind, tenant, subject_ref)]

    def destroy_subject(self, tenant: str, subject_ref: str, *, actor: str = "") -> list[str]:
        """Crypto-shred: the subject's data keys are marked destroyed, then the KEK
        that wrapped every stored copy of them is destroyed (the rest of its shard
        rewrapped first). Run again, it re-shreds the shard: still idempotent."""
        with self._lock:
            self.refresh()
            recs = self._subject_records(tenant, subject_ref)
            done = self._destroy([r for r in recs if not r.destroyed], tenant, actor or self.actor)
            # A key from before erasure shards sits under the main KEK (slot ""): that slot is
            # shredded the same way, which is a rotation of the main KEK.
            for slot in sorted({r.kek_slot for r in recs}):
                self._shred_slot(slot, actor or self.actor)
            return done

    def _shred_slot(self, slot: str, actor: str) -> None:
        """Move the shard's live keys to a new shard KEK; destroy the shard's old KEKs."""
        new_kek = self._rewrap_all(lambda r: r.kek_slot == slot, slot)
        self.refresh()
        old = (
            {r.kek_id for r in self._index.records.values() if r.kek_slot == slot} | set(self.provider.known_keks(slot))
        ) - {new_kek}
        self.provider.retire(sorted(old), slot, shred=True)
        self.emit("kek_destroyed", "*", (slot,), actor=actor, count=len(old))

    def _rewrap_all(self, which: Callable[[KeyRecord], bool], slot: str) -> str:
        """A new KEK for SLOT; every live key WHICH selects rewrapped under it (no data re-encrypted)."""
        new_kek = self.provider.begin_rotation(slot)
        # Two passes: a worker may have wrapped a key with the old KEK while the first ran.
        for _ in range(2):
            self.refresh()
            stale = [r for r in self._index.records.values() if which(r) and not r.destroyed and r.kek_id != new_kek]
            if not stale:
                break
            updated = []
            for r in stale:
                kek_id, wrapped = self.provider.rewrap(r.kek_id, r.wrapped, r.key_id, slot)
                updated.append(replace(r, kek_id=kek_id, wrapped=wrapped))
            self.store.put(updated)
        self.refresh()
        if any(which(r) and not r.destroyed and r.kek_id != new_kek for r in self._index.records.values()):
            raise CryptoError("rewrap incomplete: data keys still wrapped by an old KEK; run it again")
        return new_kek

    def destroy_expired_vault_keys(self, now_ms: int | None = None, *, actor: str = "") -> list[str]:
        with self._lock:
            self.refresh()
            now = self.clock() if now_ms is None else now_ms
            done: list[str] = []
            for r in [r for r in self._index.records.values() if r.kind == "vault" and not r.destroyed]:
                if r.not_after <= now:
                    done += self._destroy([r], r.tenant, actor or self.actor, outcome="expired")
            return done

    def _destroy(self, recs: list[KeyRecord], tenant: str, actor: str, outcome: str = "destroyed") -> list[str]:
        if not recs:
            return []
        self.store.put([r.destroy() for r in recs])
        self.refresh()
        ids = tuple(r.key_id for r in recs)
        self.emit(outcome, tenant, ids, actor=actor)
        return list(ids)

    def rotate(self, *, actor: str = "") -> tuple[str, int]:
        """New main KEK; rewrap every live non-subject data key; retire old main KEKs.
        (Subject keys sit under their shard KEKs, which every erasure renews.)"""
        with self._lock:
            self.refresh()
            before = {r.key_id: r.kek_id for r in self._index.records.values()}
            new_kek = self._rewrap_all(lambda r: not r.kek_slot, "")
            rewrapped = sum(
                1 for r in self._index.records.values() if not r.kek_slot and before.get(r.key_id) != r.kek_id
            )
            old = (
                {r.kek_id for r in self._index.records.values() if not r.kek_slot} | set(self.provider.known_keks())
            ) - {new_kek}
            self.provider.retire(sorted(old))
            self.emit("rotated", "*", (new_kek,), actor=actor or self.actor, count=rewrapped)
            return new_kek, rewrapped

    def close(self) -> None:
        self.store.close()

    # --- audit -----------------------------------------------------------------

    def emit(self, outcome: str, tenant: str, key_ids: tuple[str, ...], *, actor: str = "", count: int = 0) -> None:
        self.events.emit(outcome, tenant, key_ids, actor=actor, count=count)
