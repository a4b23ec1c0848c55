"""KeyRegistry: the key records a process knows and the data keys it has unwrapped.

It follows the key store (records other processes wrote, destroyed keys
dropped from the cache), creates data keys, picks the active key of a slot
(kind, tenant, scope) and counts seals. Its one lock guards all of that; the
derivations (derived.py) and the lifecycle operations (lifecycle.py) take the
same lock, so the service behaves as one object. Key-store reads happen outside
it (see refresh).
"""

from __future__ import annotations

import logging
import secrets
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from pipeline.keys.crypto import erasure_shard
from pipeline.keys.errors import KeyDestroyedError, UnknownKeyError
from pipeline.keys.keyevents import KeyEvents
from pipeline.keys.providers import KekProvider
from pipeline.keys.store import KeyIndex, KeyRecord, KeyStore, KeyStoreError

log = logging.getLogger("veilstream.keys")
SUBJECT_KINDS = ("subject", "siv")  # wrapped by their erasure shard's KEK; destroyed together by an erasure
UNKNOWN_KEY_RETRIES_S = (0.0, 0.2, 0.5, 1.0, 2.0)  # waits for a key id not read yet: 3.7 s in all


class KeyRegistry:
    def __init__(
        self,
        provider: KekProvider,
        store: KeyStore,
        events: KeyEvents,
        *,
        clock: Callable[[], int],
        cache_size: int,
        refresh_s: float,
        max_seals: int,
        erasure_shards: int,
    ):
        self.provider = provider
        self.store = store
        self.events = events
        self.clock = clock
        self.cache_size = cache_size
        self.refresh_s = refresh_s
        self.max_seals = max_seals
        self.erasure_shards = erasure_shards
        self.lock = threading.RLock()
        self.index = KeyIndex()  # every key record read or written, in log order
        self._plain: OrderedDict[str, bytes] = OrderedDict()  # bounded LRU of unwrapped keys
        self._active: dict[tuple[str, str, str], str] = {}
        self._seals: dict[str, int] = {}  # seals done by this process, per data key
        self._pending: list[KeyRecord] | None = None  # inside batch(): key records not yet written
        self._refreshed = float("-inf")  # the first use reads the key store
        self._read_lock = threading.Lock()  # one key-store read at a time, so records queue in log order
        self._queue_lock = threading.Lock()  # guards _unapplied only; never held while taking another lock
        self._unapplied: list[KeyRecord] = []  # read from the key store, not yet applied to the index

    # --- following the key store -----------------------------------------------

    def refresh(self) -> None:
        """Apply what other processes wrote; drop cached plaintext of destroyed keys.

        The key store is read outside the lock (a read is a round trip to the
        keys topic, seconds when the broker is slow), so other threads keep
        sealing meanwhile; what was read is applied under the lock. A caller
        that holds the lock (batch(), root_key, the lifecycle operations)
        keeps it, and so still reads under it."""
        self._read_and_apply(only_if_stale=False)

    def _read_and_apply(self, *, only_if_stale: bool) -> None:
        with self._read_lock:  # reads queue their records in the order they were read: log order
            if only_if_stale and not self._stale():
                return  # another thread read and applied while this one waited for the read lock
            read = self.store.read_new()
            with self._queue_lock:
                self._unapplied.extend(read)
        with self.lock:
            self._apply_read()

    def _apply_read(self) -> None:
        """Apply the queued records (this thread's read and any other's not applied yet); under the lock."""
        with self._queue_lock:
            read, self._unapplied = self._unapplied, []
        destroyed = set()
        for rec in read:
            self.index.apply(rec)
            if self.index.records[rec.key_id].destroyed:
                destroyed.add(rec.key_id)
                self._plain.pop(rec.key_id, None)
        if destroyed:
            self._active = {k: v for k, v in self._active.items() if v not in destroyed}
        self._refreshed = time.monotonic()

    def _stale(self) -> bool:
        return time.monotonic() - self._refreshed > self.refresh_s

    def maybe_refresh(self) -> None:
        # Bounded staleness: an erasure done elsewhere is honoured here within refresh_s.
        # A failed periodic refresh keeps the keys known so far and retries soon;
        # a key id that is not known yet still needs a successful read (record).
        if self._stale():
            try:
                self._read_and_apply(only_if_stale=True)
            except KeyStoreError as exc:
                log.warning("key store refresh failed, retrying in %.0fs: %s", self.refresh_s / 4, exc)
                self._refreshed = time.monotonic() - self.refresh_s * 0.75

    def record(self, key_id: str) -> KeyRecord:
        """The record of a key that a ciphertext names. Such a key was stored
        before the ciphertext left its writer, so a miss means this reader has
        not caught up (the embedded broker can signal the end of the keys
        topic early): read again a few times before calling it unknown.

        The lock is not held while waiting or reading the key store, so other
        threads keep sealing. A caller that already holds it keeps it: inside batch() (which must
        hold it until its new keys are written) and DerivedKeys.root_key. Both
        only ask for keys already in the index, which are found on the first
        look, so neither waits (tests/unit/keys/test_erasure.py)."""
        for delay in UNKNOWN_KEY_RETRIES_S:
            self.maybe_refresh()
            with self.lock:
                rec = self.index.records.get(key_id)
            if rec is not None:
                return rec
            time.sleep(delay)
            self.refresh()
        rec = self.index.records.get(key_id)
        if rec is None:
            raise UnknownKeyError(f"no data key {key_id} in the key store")
        return rec

    # --- unwrapped data keys -------------------------------------------------------

    def plaintext(self, key_id: str) -> bytes:
        """The unwrapped data key; KeyDestroyedError once it is destroyed."""
        rec = self.record(key_id)
        with self.lock:
            rec = self.index.records[key_id]  # the latest state: destroyed since, rewrapped since
            if rec.destroyed:
                raise KeyDestroyedError(key_id, rec.kind)
            key = self._plain.get(key_id)
            if key is None:
                key = self.provider.unwrap(rec.kek_id, rec.wrapped, rec.key_id)
                self._cache(key_id, key)
            else:
                self._plain.move_to_end(key_id)
            return key

    def cached_count(self) -> int:
        """How many unwrapped keys are held (at most cache_size)."""
        return len(self._plain)

    def _cache(self, key_id: str, key: bytes) -> None:
        self._plain[key_id] = key
        if len(self._plain) > self.cache_size:
            self._plain.popitem(last=False)

    # --- new data keys -------------------------------------------------------------

    def kek_slot(self, tenant: str, subject_ref: str) -> str:
        """The erasure shard whose KEK wraps the subject's keys."""
        return erasure_shard(tenant, subject_ref, self.erasure_shards)

    def create(self, kind: str, tenant: str, scope: str, *, key_id: str | None = None, not_after: int = 0) -> str:
        uid = secrets.token_hex(8)
        new_id = key_id or f"{kind}:{tenant}:{scope}:{uid}"
        slot = self.kek_slot(tenant, scope) if kind in SUBJECT_KINDS else ""
        plaintext, kek_id, wrapped = self.provider.generate(new_id, slot)
        rec = KeyRecord(
            key_id=new_id,
            uid=uid,
            kind=kind,
            tenant=tenant,
            scope=scope,
            kek_id=kek_id,
            wrapped=wrapped,
            created_at=self.clock(),
            not_after=not_after,
            kek_slot=slot,
        )
        if key_id is None and self._pending is not None:
            self._pending.append(rec)  # written by batch() before the caller produces anything
        else:
            self.store.put([rec])
        if key_id is None:
            self.index.apply(rec)  # a fresh random id: nobody else can have written it
        else:
            self.refresh()  # a fixed id (a tenant root): the first record written wins
        if self.index.records[rec.key_id].uid == rec.uid:
            self._cache(rec.key_id, plaintext)
            if self._pending is None:
                self.events.emit("created", tenant, (rec.key_id,))
        return rec.key_id

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Data keys created inside the block are written to the key store in one
        acknowledged write when it ends. The lock is held by the calling thread
        for the whole block (see KeyService.batch)."""
        with self.lock:
            if self._pending is not None:  # nested: the outer block writes
                yield
                return
            self._pending = []
            try:
                yield
            finally:
                pending, self._pending = self._pending, None
                if pending:
                    self.store.put(pending)
                    for tenant in dict.fromkeys(r.tenant for r in pending):
                        self.events.emit("created", tenant, tuple(r.key_id for r in pending if r.tenant == tenant))

    # --- the key a seal uses ---------------------------------------------------------

    def active_key(self, kind: str, tenant: str, scope: str, not_after: int = 0) -> str:
        """The live key of the slot with seals left, created when there is none."""
        self.maybe_refresh()
        with self.lock:
            slot = (kind, tenant, scope)
            key_id = self._active.get(slot)
            if key_id is None or self._seals.get(key_id, 0) >= self.max_seals:
                live = [
                    r
                    for r in self.index.in_scope(*slot)
                    if not r.destroyed and self._seals.get(r.key_id, 0) < self.max_seals
                ]
                key_id = live[-1].key_id if live else self.create(kind, tenant, scope, not_after=not_after)
                self._active[slot] = key_id
            return key_id

    def has_active(self, kind: str, tenant: str, scope: str) -> bool:
        """Whether this process has picked a key for the slot already (no lock: a hint)."""
        return (kind, tenant, scope) in self._active

    def count_seal(self, key_id: str) -> None:
        with self.lock:
            self._seals[key_id] = self._seals.get(key_id, 0) + 1
