"""Erasure shreds: after destroy_subject, no record the key store ever held and no KEK
the keyring (or KMS) still serves can decrypt the subject's values; other subjects can."""

from __future__ import annotations

import base64
import json

import pytest
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from pipeline.keys import CryptoError, KeyDestroyedError, KeyProviderError
from pipeline.keys.providers import _WRAP_AAD, KmsKek, LocalKeyring
from pipeline.keys.store import KeyRecord

AAD = b"acme\x1fe-1\x1ftok"


def _all_records(path) -> list[KeyRecord]:
    """Every line the file store ever got, the earlier generations of each key included."""
    return [KeyRecord.from_json(line) for line in path.read_bytes().splitlines() if line.strip()]


def _keyring_unwraps(keyring_path, rec: KeyRecord) -> bool:
    """Brute force: does any KEK in the keyring file, whatever its id, unwrap this record?"""
    doc = json.loads(keyring_path.read_text())
    for kek_id, b64 in doc["keks"].items():
        for named in {kek_id, rec.kek_id}:
            try:
                AESGCM(base64.b64decode(b64)).decrypt(
                    rec.wrapped[:12], rec.wrapped[12:], _WRAP_AAD + f"{named}/{rec.key_id}".encode()
                )
                return True
            except (InvalidTag, ValueError):
                continue
    return False


def test_erase_leaves_no_stored_copy_unwrappable(make_service, tmp_path):
    a = make_service(erasure_shards=1)  # one shard: Alice and Bob share the KEK that gets destroyed
    alice = a.subject_ref("acme", "alice")
    bob = a.subject_ref("acme", "bob")
    sealed_alice = a.seal("acme", b"Alice Smith", AAD, subject_ref=alice)
    sealed_bob = a.seal("acme", b"Bob Jones", AAD, subject_ref=bob)
    pseudonym = a.siv_encrypt("acme", b"alice@example.com", b"e", subject_ref=alice)
    alice_keys = set(a.subject_keys("acme", alice))
    assert len(alice_keys) == 2  # the data key and the AES-SIV key

    a.destroy_subject("acme", alice, actor="admin")

    stored = [r for r in _all_records(tmp_path / "keys.jsonl") if r.key_id in alice_keys and r.wrapped]
    assert stored, "the append-only store still holds the wrapped keys (that is the point)"
    provider = a.provider
    for rec in stored:
        if isinstance(provider, LocalKeyring):
            with pytest.raises(KeyProviderError):
                LocalKeyring(provider.path).unwrap(rec.kek_id, rec.wrapped, rec.key_id)
            assert not _keyring_unwraps(provider.path, rec)
        else:
            with pytest.raises(KeyProviderError):
                _kms_unwrap_refused(provider, rec)

    fresh = make_service()  # another process, after the erasure
    with pytest.raises(KeyDestroyedError):
        fresh.open(*sealed_alice, AAD)
    with pytest.raises(CryptoError):  # the subject's SIV key is gone: a new one does not authenticate it
        fresh.siv_decrypt("acme", pseudonym, b"e", subject_ref=alice)
    assert fresh.open(*sealed_bob, AAD) == b"Bob Jones"  # rewrapped under the shard's new KEK


def _kms_unwrap_refused(provider: KmsKek, rec: KeyRecord) -> None:
    """KMS refuses Decrypt with a key pending deletion (moto does not enforce the state, so check it)."""
    state = provider.client.describe_key(KeyId=rec.kek_id)["KeyMetadata"]["KeyState"]
    if state == "PendingDeletion":
        raise KeyProviderError("KMS key pending deletion")
    provider.unwrap(rec.kek_id, rec.wrapped, rec.key_id)


def test_erase_spares_other_shards_and_is_idempotent(make_service):
    a = make_service(erasure_shards=64)
    refs = {name: a.subject_ref("acme", name) for name in ("alice", "bob", "carol", "dave")}
    sealed = {name: a.seal("acme", name.encode(), AAD, subject_ref=ref) for name, ref in refs.items()}
    a.destroy_subject("acme", refs["alice"])
    assert a.destroy_subject("acme", refs["alice"]) == []  # nothing left to destroy
    fresh = make_service(erasure_shards=64)
    for name in ("bob", "carol", "dave"):
        assert fresh.open(*sealed[name], AAD) == name.encode()


def test_tenant_and_dlq_keys_rotate_by_day_and_by_seal_count(make_service):
    clock = [1_700_000_000_000]
    a = make_service(clock=lambda: clock[0], max_seals=3)
    sealed = [a.seal(owner, b"x", AAD) for owner in ("acme", "_veilstream") for _ in range(7)]
    for owner in (sealed[:7], sealed[7:]):  # the tenant's key and the DLQ's
        ids = [k for k, _ in owner]
        assert ids[:3] == [ids[0]] * 3 and len(set(ids)) == 3  # a new key after every 3 seals
    clock[0] += 24 * 3600 * 1000
    assert a.seal("acme", b"x", AAD)[0] not in {k for k, _ in sealed}  # the next day: another key
    fresh = make_service(clock=lambda: clock[0])
    assert all(fresh.open(k, b, AAD) == b"x" for k, b in sealed)  # old keys still open what they sealed


def test_waiting_for_an_unknown_key_does_not_hold_the_lock(make_service, monkeypatch):
    """A reader waiting for a key id it has not seen yet (the retry loop) must not block the
    other threads of the process (the flow sealing a batch) while it sleeps."""
    import threading

    from pipeline.keys import UnknownKeyError, registry

    a = make_service()
    asleep, wake = threading.Event(), threading.Event()

    def sleep(_s: float) -> None:
        asleep.set()
        wake.wait(10)

    monkeypatch.setattr(registry.time, "sleep", sleep)
    failed: list[BaseException] = []

    def reader() -> None:
        try:
            a.open("tenant:acme:0:nope", b"x" * 40, AAD)
        except UnknownKeyError as exc:
            failed.append(exc)

    t = threading.Thread(target=reader)
    t.start()
    assert asleep.wait(10)
    got = a.registry.lock.acquire(timeout=2)  # held by the sleeping reader before
    if got:
        a.registry.lock.release()
    wake.set()
    t.join(10)
    assert got and failed


def test_reading_the_key_store_does_not_hold_the_lock(make_service):
    """A refresh reads the key store (a round trip to the keys topic) without the lock, so the
    other threads keep sealing meanwhile; what it read is applied under the lock."""
    import threading

    a = make_service()
    key_id, blob = a.seal("acme", b"v", AAD)
    writer = make_service()
    other_id, other = writer.seal("other", b"w", AAD)
    reading, go_on = threading.Event(), threading.Event()
    real_read = a.store.read_new

    def slow_read():
        reading.set()
        go_on.wait(10)
        return real_read()

    a.store.read_new = slow_read
    t = threading.Thread(target=a.refresh)
    t.start()
    assert reading.wait(10)
    got = a.registry.lock.acquire(timeout=2)  # held for the whole read before
    if got:
        a.registry.lock.release()
    go_on.set()
    t.join(10)
    a.store.read_new = real_read
    assert got
    assert other_id in a.registry.index.records  # what the read found is applied
    assert a.open(other_id, other, AAD) == b"w" and a.open(key_id, blob, AAD) == b"v"


def test_a_batch_holds_the_lock_but_never_waits_for_a_key(make_service, monkeypatch):
    """Inside batch() the calling thread holds the lock for the whole block, so a wait there
    would block the process. Everything a batch does (seal, vault seal, SIV, derivations, a
    new tenant's root key) uses keys already in the index: the unknown-key wait never runs."""
    from pipeline.keys import registry

    waits: list[float] = []
    monkeypatch.setattr(registry.time, "sleep", waits.append)
    a = make_service()
    with a.batch():
        a.digest("acme", b"x")  # creates the tenant's root key
        a.subject_ref("acme", "alice@example.com")
        a.seal("acme", b"v", AAD)
        a.seal("acme", b"v", AAD, subject_ref="alice")
        a.seal_vault("acme", a.clock() + 3_600_000, b"v", AAD)
        a.siv_encrypt("acme", b"v", AAD, subject_ref="alice")
        a.token_mac("acme", b"v")
    assert waits == []


def test_a_subject_key_from_before_erasure_shards_is_shredded_too(make_service, tmp_path):
    """Keys written before this design are wrapped by the main KEK: erasing rotates that KEK away."""
    from pipeline.keys.store import FileKeyStore

    a = make_service()
    ref = a.subject_ref("acme", "old-alice")
    key_id = f"subject:acme:{ref}:legacy"
    plaintext, kek_id, wrapped = a.provider.generate(key_id)  # the main KEK, as before
    FileKeyStore(tmp_path / "keys.jsonl").put(
        [KeyRecord(key_id, "legacy", "subject", "acme", ref, kek_id, wrapped, created_at=0)]
    )
    tenant = a.seal("acme", b"tenant value", AAD)
    a.refresh()
    blob = a._seal_with(key_id, b"Old Alice", AAD)
    a.destroy_subject("acme", ref)
    if isinstance(a.provider, LocalKeyring):
        with pytest.raises(KeyProviderError):
            LocalKeyring(a.provider.path).unwrap(kek_id, wrapped, key_id)
    else:
        # Scheduled for deletion, not merely disabled (a disabled key can be enabled again).
        assert a.provider.client.describe_key(KeyId=kek_id)["KeyMetadata"]["KeyState"] == "PendingDeletion"
    fresh = make_service()
    with pytest.raises(KeyDestroyedError):
        fresh.open(key_id, blob, AAD)
    assert fresh.open(*tenant, AAD) == b"tenant value"  # rewrapped under the new main KEK
