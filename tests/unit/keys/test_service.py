from __future__ import annotations

import json
import os
import stat

import pytest

from pipeline.keys import (
    KeyDestroyedError,
    KeyProviderError,
    LocalKeyring,
    TamperedError,
    UnknownKeyError,
)
from pipeline.keys.service import VAULT_BUCKET_MS

AAD = b"acme\x1fevent-1\x1f<PERSON_1>"


def test_seal_open_round_trip(make_service):
    ks = make_service()
    key_id, blob = ks.seal("acme", b"Alice Smith", AAD)
    assert b"Alice" not in blob
    assert ks.open(key_id, blob, AAD) == b"Alice Smith"


def test_another_process_opens_what_one_sealed(make_service):
    a, b = make_service(), make_service()
    key_id, blob = a.seal("acme", b"4111 1111 1111 1111", AAD)
    assert b.open(key_id, blob, AAD) == b"4111 1111 1111 1111"


def test_processes_derive_the_same_digests_refs_and_siv(make_service):
    a, b = make_service(), make_service()
    assert a.digest("acme", b"x") == b.digest("acme", b"x")
    assert a.subject_ref("acme", "Alice@Example.com") == b.subject_ref("acme", "alice@example.com ")
    assert a.siv_encrypt("acme", b"v", b"t") == b.siv_encrypt("acme", b"v", b"t")


def test_digests_are_keyed_per_tenant(make_service):
    ks = make_service()
    assert ks.digest("acme", b"123-45-6789") != ks.digest("globex", b"123-45-6789")
    assert len(ks.digest("acme", b"")) == 64
    assert ks.subject_ref("acme", "u1") != ks.subject_ref("globex", "u1")


@pytest.mark.parametrize(
    "mutate",
    [
        lambda b: b[:-1] + bytes([b[-1] ^ 1]),
        lambda b: b[:13] + bytes([b[13] ^ 1]) + b[14:],
        lambda b: bytes([b[0] ^ 1]) + b[1:],
        lambda b: b[:20],
    ],
    ids=["tag", "ciphertext", "nonce", "truncated"],
)
def test_tampered_ciphertext_fails_loudly(make_service, mutate):
    ks = make_service()
    key_id, blob = ks.seal("acme", b"secret value", AAD)
    with pytest.raises(TamperedError) as err:
        ks.open(key_id, mutate(blob), AAD)
    assert "secret" not in str(err.value)


def test_ciphertext_is_bound_to_its_associated_data_and_key_id(make_service):
    ks = make_service()
    key_id, blob = ks.seal("acme", b"v", AAD)
    with pytest.raises(TamperedError):
        ks.open(key_id, blob, b"acme\x1fevent-2\x1f<PERSON_1>")
    other_id, _ = ks.seal("acme", b"w", AAD, subject_ref="s1")
    with pytest.raises(TamperedError):
        ks.open(other_id, blob, AAD)


def test_unknown_key_id(make_service):
    with pytest.raises(UnknownKeyError):
        make_service().open("tenant:acme::nope", b"\0" * 40, AAD)


def test_per_subject_keys_and_erasure(make_service, audit_log):
    a, b = make_service(), make_service(refresh_s=0)
    alice_id, alice = a.seal("acme", b"alice", AAD, subject_ref="ref-alice")
    bob_id, bob = a.seal("acme", b"bob", AAD, subject_ref="ref-bob")
    assert b.open(alice_id, alice, AAD) == b"alice"  # b now caches alice's key
    assert alice_id != bob_id
    assert a.destroy_subject("acme", "ref-alice", actor="admin-1") == [alice_id]
    for ks in (a, b):
        with pytest.raises(KeyDestroyedError, match="erased"):
            ks.open(alice_id, alice, AAD)
        assert ks.open(bob_id, bob, AAD) == b"bob"
    # New data for the subject gets a fresh key, never the shredded one.
    new_id, _ = a.seal("acme", b"alice again", AAD, subject_ref="ref-alice")
    assert new_id != alice_id
    destroyed = [e for e in audit_log if e.outcome == "destroyed"]
    assert destroyed and destroyed[0].key_ids == (alice_id,) and destroyed[0].actor == "admin-1"


def test_vault_bucket_keys_expire(make_service, audit_log):
    ks = make_service(clock=lambda: 10 * VAULT_BUCKET_MS)
    expires = 10 * VAULT_BUCKET_MS + 5
    key_id, blob = ks.seal_vault("acme", expires, b"v", AAD)
    assert ks.seal_vault("acme", expires + 10, b"w", AAD)[0] == key_id  # same bucket, same key
    assert ks.destroy_expired_vault_keys(11 * VAULT_BUCKET_MS - 1) == []
    assert ks.open(key_id, blob, AAD) == b"v"
    assert ks.destroy_expired_vault_keys(11 * VAULT_BUCKET_MS) == [key_id]
    with pytest.raises(KeyDestroyedError, match="expired"):
        ks.open(key_id, blob, AAD)
    assert any(e.outcome == "expired" and e.key_ids == (key_id,) for e in audit_log)


def test_rotation_rewraps_without_reencrypting(make_service, audit_log):
    a = make_service()
    later = a.clock() + 3 * VAULT_BUCKET_MS
    sealed = [
        a.seal("acme", b"t", AAD),
        a.seal("acme", b"s", AAD, subject_ref="r"),
        a.seal_vault("acme", later, b"v", AAD),
    ]
    digest = a.digest("acme", b"x")
    old_kek = a.provider.active_kek
    new_kek, count = a.rotate(actor="admin")
    # root, tenant, vault; the subject key stays under its erasure shard's KEK
    assert new_kek != old_kek and count == 3
    fresh = make_service()  # a process started after the rotation: unwraps with the new KEK
    assert [fresh.open(k, b, AAD) for k, b in sealed] == [b"t", b"s", b"v"]
    assert fresh.digest("acme", b"x") == digest
    assert all((r.kek_id == new_kek) == (r.kind != "subject") for r in fresh.registry.index.records.values())
    assert any(e.kind == "key" and e.outcome == "rotated" for e in audit_log)


def test_key_events_are_audited_without_key_material(make_service, audit_log):
    ks = make_service()
    ks.seal("acme", b"Alice", AAD)
    created = [e for e in audit_log if e.outcome == "created"]
    assert {e.key_ids[0].split(":")[0] for e in created} == {"tenant"}
    for e in audit_log:
        assert e.kind == "key" and e.tenant == "acme"
        assert "Alice" not in repr(e)


def test_creation_race_first_writer_wins(make_service):
    a, b = make_service(), make_service()
    # Both processes see no root yet and create one; only the first written is used.
    da = a.digest("acme", b"x")  # a writes the first root candidate
    assert "root:acme" not in b.registry.index.records  # b has not read it yet and writes its own
    b.registry.create("root", "acme", "", key_id="root:acme")
    assert b.digest("acme", b"x") == da
    assert b.registry.index.records["root:acme"].uid == a.registry.index.records["root:acme"].uid


def test_keyring_file_is_private_and_never_printed(tmp_path):
    path = tmp_path / "keyring.json"
    assert LocalKeyring.init(path)
    assert not LocalKeyring.init(path)  # never overwrites an existing keyring
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    ring = LocalKeyring(path)
    kek_b64 = json.loads(path.read_text())["keks"][ring.active_kek]
    assert kek_b64 not in repr(ring) and kek_b64 not in str(vars(ring).keys())
    os.chmod(path, 0o644)
    with pytest.raises(KeyProviderError, match="chmod 600"):
        LocalKeyring(path)


def test_missing_keyring_says_how_to_make_one(tmp_path):
    with pytest.raises(KeyProviderError, match="veilstream keys init"):
        LocalKeyring(tmp_path / "none.json")


def test_bounded_cache(make_service):
    ks = make_service(cache_size=2)
    for i in range(5):
        ks.seal("acme", b"v", AAD, subject_ref=f"s{i}")
    assert ks.registry.cached_count() <= 2


def test_batch_writes_new_keys_once_at_the_end(make_service, tmp_path, audit_log):
    a, b = make_service(), make_service(refresh_s=0)
    store_file = tmp_path / "keys.jsonl"
    a.seal("acme", b"warm", AAD)  # the tenant key exists before the batch
    lines_before = len(store_file.read_text().splitlines())
    with a.batch():
        sealed = [a.seal("acme", f"v{i}".encode(), AAD, subject_ref=f"s{i}") for i in range(5)]
        assert len(store_file.read_text().splitlines()) == lines_before  # nothing written yet
    assert len(store_file.read_text().splitlines()) == lines_before + 5
    assert [b.open(k, blob, AAD) for k, blob in sealed] == [f"v{i}".encode() for i in range(5)]
    batch_event = [e for e in audit_log if e.outcome == "created"][-1]
    assert len(batch_event.key_ids) == 5


def test_a_wrapped_key_moved_to_another_key_id_does_not_unwrap(make_service):
    from dataclasses import replace

    ks = make_service()
    alice_id, _ = ks.seal("acme", b"a", AAD, subject_ref="alice")
    bob_id, bob = ks.seal("acme", b"b", AAD, subject_ref="bob")
    fresh = make_service()
    fresh.refresh()
    # Someone with write access to the key store points bob's id at alice's wrapped key.
    records = fresh.registry.index.records
    records[bob_id] = replace(records[bob_id], wrapped=records[alice_id].wrapped)
    with pytest.raises(KeyProviderError):
        fresh.open(bob_id, bob, AAD)


def test_a_new_vault_bucket_shreds_the_expired_ones(make_service):
    clock = [10 * VAULT_BUCKET_MS]
    ks = make_service(clock=lambda: clock[0])
    old_id, old = ks.seal_vault("acme", 10 * VAULT_BUCKET_MS + 1, b"v", AAD)
    clock[0] = 12 * VAULT_BUCKET_MS
    ks.seal_vault("acme", 13 * VAULT_BUCKET_MS, b"w", AAD)  # a worker writing a new bucket
    with pytest.raises(KeyDestroyedError, match="expired"):
        ks.open(old_id, old, AAD)


def test_kms_rotation_needs_an_alias(kms_endpoint):
    from pipeline.keys import KmsKek
    from tests.unit.keys.conftest import _kms_client

    client = _kms_client(kms_endpoint)
    arn = client.create_key()["KeyMetadata"]["Arn"]
    with pytest.raises(KeyProviderError, match="alias"):
        KmsKek(client, arn).begin_rotation()


def test_a_failing_periodic_refresh_keeps_known_keys_working(make_service):
    from pipeline.keys import KeyStoreError, UnknownKeyError

    ks = make_service(refresh_s=0)
    key_id, blob = ks.seal("acme", b"v", AAD)
    real_read = ks.store.read_new

    def broken():
        raise KeyStoreError("broker unreachable")

    ks.store.read_new = broken
    assert ks.open(key_id, blob, AAD) == b"v"  # known key: the failed refresh is only logged
    assert ks.seal("acme", b"w", AAD)[0] == key_id
    with pytest.raises(KeyStoreError):
        ks.open("tenant:acme::unknown", blob, AAD)  # an unknown id needs a successful read
    ks.store.read_new = real_read
    with pytest.raises(UnknownKeyError):
        ks.open("tenant:acme::unknown", blob, AAD)


def test_summary_counts_keys_without_material(make_service):
    ks = make_service()
    ks.seal("acme", b"v", AAD, subject_ref="a")
    ks.seal("acme", b"v", AAD, subject_ref="b")
    ks.destroy_subject("acme", "a")
    assert ks.summary() == {"subject": {"live": 1, "destroyed": 1}}
