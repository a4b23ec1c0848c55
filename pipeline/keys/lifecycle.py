"""KeyLifecycle: the operations that end keys or move them to a new KEK.

- Erasure (`destroy_subject`): the subject's data keys are marked destroyed,
  the other keys of its erasure shard are rewrapped under a new shard KEK, then
  the provider destroys the shard's old KEKs. The old wrapped copies stay in the
  append-only key store until compaction, but nothing can unwrap them any more.
- Expiry (`destroy_expired_vault_keys`): vault keys whose bucket's retention ended.
- Rotation (`rotate`): a new main KEK; every live non-subject key rewrapped under it.

Each holds the registry's lock for the whole operation, and writes a key event.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from pipeline.keys.errors import CryptoError
from pipeline.keys.keyevents import KeyEvents
from pipeline.keys.registry import SUBJECT_KINDS, KeyRegistry
from pipeline.keys.store import KeyRecord


class KeyLifecycle:
    def __init__(self, registry: KeyRegistry, events: KeyEvents, *, actor: str, clock: Callable[[], int]):
        self.registry = registry
        self.events = events
        self.actor = actor  # who acts when the caller names nobody
        self.clock = clock

    def summary(self) -> dict[str, dict[str, int]]:
        """Counts of data keys per kind: live and destroyed (no key material)."""
        self.registry.refresh()
        out: dict[str, dict[str, int]] = {}
        for r in self.registry.index.records.values():
            row = out.setdefault(r.kind, {"live": 0, "destroyed": 0})
            row["destroyed" if r.destroyed else "live"] += 1
        return out

    def subject_keys(self, tenant: str, subject_ref: str) -> list[str]:
        """Ids of the subject's live data keys."""
        self.registry.refresh()
        return [r.key_id for r in self._subject_records(tenant, subject_ref) if not r.destroyed]

    def _subject_records(self, tenant: str, subject_ref: str) -> list[KeyRecord]:
        return [r for kind in SUBJECT_KINDS for r in self.registry.index.in_scope(kind, tenant, subject_ref)]

    # --- erasure ---------------------------------------------------------------------

    def destroy_subject(self, tenant: str, subject_ref: str, *, actor: str = "") -> list[str]:
        """Crypto-shred: the subject's data keys are marked destroyed, then the KEK
        that wrapped every stored copy of them is destroyed (the rest of its shard
        rewrapped first). Run again, it re-shreds the shard: still idempotent."""
        with self.registry.lock:
            self.registry.refresh()
            recs = self._subject_records(tenant, subject_ref)
            done = self._destroy([r for r in recs if not r.destroyed], tenant, actor or self.actor)
            # A key from before erasure shards sits under the main KEK (slot ""): that slot is
            # shredded the same way, which is a rotation of the main KEK.
            for slot in sorted({r.kek_slot for r in recs}):
                self._shred_slot(slot, actor or self.actor)
            return done

    def _shred_slot(self, slot: str, actor: str) -> None:
        """Move the shard's live keys to a new shard KEK; destroy the shard's old KEKs."""
        registry, provider = self.registry, self.registry.provider
        new_kek = self._rewrap_all(lambda r: r.kek_slot == slot, slot)
        registry.refresh()
        old = (
            {r.kek_id for r in registry.index.records.values() if r.kek_slot == slot} | set(provider.known_keks(slot))
        ) - {new_kek}
        provider.retire(sorted(old), slot, shred=True)
        self.events.emit("kek_destroyed", "*", (slot,), actor=actor, count=len(old))

    def _rewrap_all(self, which: Callable[[KeyRecord], bool], slot: str) -> str:
        """A new KEK for SLOT; every live key WHICH selects rewrapped under it (no data re-encrypted)."""
        registry, provider = self.registry, self.registry.provider
        new_kek = provider.begin_rotation(slot)
        # Two passes: a worker may have wrapped a key with the old KEK while the first ran.
        for _ in range(2):
            registry.refresh()
            stale = [r for r in registry.index.records.values() if which(r) and not r.destroyed and r.kek_id != new_kek]
            if not stale:
                break
            updated = []
            for r in stale:
                kek_id, wrapped = provider.rewrap(r.kek_id, r.wrapped, r.key_id, slot)
                updated.append(replace(r, kek_id=kek_id, wrapped=wrapped))
            registry.store.put(updated)
        registry.refresh()
        if any(which(r) and not r.destroyed and r.kek_id != new_kek for r in registry.index.records.values()):
            raise CryptoError("rewrap incomplete: data keys still wrapped by an old KEK; run it again")
        return new_kek

    # --- expiry ----------------------------------------------------------------------

    def destroy_expired_vault_keys(self, now_ms: int | None = None, *, actor: str = "") -> list[str]:
        registry = self.registry
        with registry.lock:
            registry.refresh()
            now = self.clock() if now_ms is None else now_ms
            done: list[str] = []
            for r in [r for r in registry.index.records.values() if r.kind == "vault" and not r.destroyed]:
                if r.not_after <= now:
                    done += self._destroy([r], r.tenant, actor or self.actor, outcome="expired")
            return done

    def _destroy(self, recs: list[KeyRecord], tenant: str, actor: str, outcome: str = "destroyed") -> list[str]:
        if not recs:
            return []
        self.registry.store.put([r.destroy() for r in recs])
        self.registry.refresh()
        ids = tuple(r.key_id for r in recs)
        self.events.emit(outcome, tenant, ids, actor=actor)
        return list(ids)

    # --- rotation --------------------------------------------------------------------

    def rotate(self, *, actor: str = "") -> tuple[str, int]:
        """New main KEK; rewrap every live non-subject data key; retire old main KEKs.
        (Subject keys sit under their shard KEKs, which every erasure renews.)"""
        registry, provider = self.registry, self.registry.provider
        with registry.lock:
            registry.refresh()
            before = {r.key_id: r.kek_id for r in registry.index.records.values()}
            new_kek = self._rewrap_all(lambda r: not r.kek_slot, "")
            rewrapped = sum(
                1 for r in registry.index.records.values() if not r.kek_slot and before.get(r.key_id) != r.kek_id
            )
            old = (
                {r.kek_id for r in registry.index.records.values() if not r.kek_slot} | set(provider.known_keks())
            ) - {new_kek}
            provider.retire(sorted(old))
            self.events.emit("rotated", "*", (new_kek,), actor=actor or self.actor, count=rewrapped)
            return new_kek, rewrapped
