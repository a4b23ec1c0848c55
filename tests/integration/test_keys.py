"""The key suite on the real broker (keys topic) with both KEK providers."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from pipeline.codecs import decode_audit
from pipeline.keys import KeyDestroyedError, TamperedError, open_key_service
from tests.integration import test_keys_fixtures as kf

key_settings = kf.key_settings  # the fixture, once per KEK provider
settings_env = kf.settings_env

pytestmark = pytest.mark.integration
AAD = b"acme\x1fe-1\x1f<PERSON_1>"


@pytest.fixture
def services(key_settings):
    made = []

    def make():
        made.append(open_key_service(key_settings))
        return made[-1]

    yield make
    for s in made:
        s.close()


def test_data_keys_shared_between_os_processes(key_settings, services):
    ks = services()
    key_id, blob = ks.seal("acme", b"Alice Smith", AAD, subject_ref="ref-a")
    digest = ks.digest("acme", b"x")
    # Another OS process: it reads the wrapped key from the keys topic and unwraps it itself.
    code = (
        "import sys\n"
        "from pipeline.keys import open_key_service\n"
        "from pipeline.settings import Settings\n"
        "ks = open_key_service(Settings())\n"
        f"assert ks.open({key_id!r}, bytes.fromhex({blob.hex()!r}), {AAD!r}) == b'Alice Smith'\n"
        f"assert ks.digest('acme', b'x') == {digest!r}\n"
        "k2, b2 = ks.seal('acme', b'from the child', b'aad')\n"
        "print(k2, b2.hex())\n"
    )
    env = {**os.environ, **settings_env(key_settings)}
    out = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120, check=False
    )
    assert out.returncode == 0, out.stderr[-2000:]
    k2, b2 = out.stdout.split()
    assert ks.open(k2, bytes.fromhex(b2), b"aad") == b"from the child"


def test_tampered_ciphertext_fails_loudly(services):
    ks = services()
    key_id, blob = ks.seal("acme", b"4111-1111-1111-1111", AAD)
    with pytest.raises(TamperedError):
        ks.open(key_id, blob[:-1] + bytes([blob[-1] ^ 0x80]), AAD)


def test_rotation_keeps_every_old_record_readable(services, key_settings):
    a = services()
    sealed = [a.seal("acme", f"v{i}".encode(), AAD, subject_ref=f"s{i % 3}") for i in range(9)]
    sealed.append(a.seal("globex", b"g", AAD))
    old_kek = a.provider.active_kek
    new_kek, count = a.rotate(actor="test")
    # globex's tenant key; the subject keys s0, s1, s2 stay under their erasure shards' KEKs
    assert new_kek != old_kek and count == 1
    b = services()  # started after the rotation
    assert [b.open(k, blob, AAD) for k, blob in sealed] == [f"v{i}".encode() for i in range(9)] + [b"g"]
    assert b.provider.active_kek == new_kek
    # The old KEK is gone (local) or disabled (KMS): nothing needs it any more.
    if key_settings.key_provider == "local":
        assert old_kek not in b.provider.known_keks()


def test_erasure_seen_by_another_process(services):
    a, b = services(), services()
    alice = a.seal("acme", b"alice", AAD, subject_ref="alice")
    bob = a.seal("acme", b"bob", AAD, subject_ref="bob")
    assert b.open(*alice, AAD) == b"alice"
    a.destroy_subject("acme", "alice", actor="admin")
    with pytest.raises(KeyDestroyedError):
        b.open(*alice, AAD)  # refresh_s=0: b re-reads the keys topic
    assert b.open(*bob, AAD) == b"bob"


def test_after_erase_no_record_of_the_keys_topic_unwraps(stack, services, key_settings):
    """The keys topic keeps the subject's earlier records (the embedded broker never compacts):
    none of them unwraps any more, with the keyring file or KMS; other subjects still open."""
    from pipeline.keys import KeyProviderError
    from pipeline.keys.store import KeyRecord
    from pipeline.vault.store import scan_topic

    a = services()
    a.registry.erasure_shards = 1  # alice and bob share the shard KEK that the erasure destroys
    alice = a.seal("acme", b"alice", AAD, subject_ref="alice")
    bob = a.seal("acme", b"bob", AAD, subject_ref="bob")
    a.destroy_subject("acme", "alice", actor="admin")

    records = [KeyRecord.from_json(v) for _, _, v in scan_topic(stack.kafka, key_settings.keys_topic) if v]
    kept = [r for r in records if r.key_id == alice[0] and r.wrapped]
    assert kept  # the wrapped copy is still in the topic...
    provider = open_key_service(key_settings).provider
    for r in kept:  # ...and unwraps no more
        if key_settings.key_provider == "local":
            with pytest.raises(KeyProviderError):
                provider.unwrap(r.kek_id, r.wrapped, r.key_id)
        else:  # KMS refuses Decrypt under a key pending deletion (moto does not enforce the state)
            state = provider.client.describe_key(KeyId=r.kek_id)["KeyMetadata"]["KeyState"]
            assert state == "PendingDeletion"
    b = services()
    with pytest.raises(KeyDestroyedError):
        b.open(*alice, AAD)
    assert b.open(*bob, AAD) == b"bob"


def test_key_events_reach_the_audit_topic(stack, services, key_settings):
    ks = services()
    ks.seal("acme", b"Alice", AAD, subject_ref="alice")
    ks.destroy_subject("acme", "alice", actor="admin-7")
    events = [decode_audit(m.value()) for m in stack.consume_all(key_settings.audit_topic, min_count=2)]
    outcomes = [(e.kind, e.outcome) for e in events]
    assert ("key", "created") in outcomes and ("key", "destroyed") in outcomes
    destroyed = next(e for e in events if e.outcome == "destroyed")
    assert destroyed.actor == "admin-7" and destroyed.key_ids[0].startswith("subject:acme:alice:")
    raw = b"".join(m.value() for m in stack.consume_all(key_settings.keys_topic))
    assert b"Alice" not in raw and b"alice\x00" not in raw


def test_batch_writes_new_keys_in_one_round_trip(services, stack, key_settings):
    a, b = services(), services()
    with a.batch():
        sealed = [a.seal("acme", f"v{i}".encode(), AAD, subject_ref=f"batch-{i}") for i in range(20)]
        before = len(stack.consume_all(key_settings.keys_topic))
    after = len(stack.consume_all(key_settings.keys_topic))
    assert after - before == 20  # nothing was written inside the block, all of it at its end
    assert [b.open(k, blob, AAD) for k, blob in sealed] == [f"v{i}".encode() for i in range(20)]


def test_a_keys_topic_created_before_bounded_compaction_gets_its_config(stack, topic_factory):
    """Issue 12 item 1: ensure_compacted_topic returned early on an existing topic, so a keys topic
    created before the compaction bound was set never got it (and erasure's bound did not hold)."""
    from confluent_kafka.admin import ConfigResource, ResourceType

    from pipeline.keys.store import KEYS_TOPIC_CONFIG, ensure_compacted_topic

    topic = topic_factory("keys", config={"cleanup.policy": "compact"})
    ensure_compacted_topic(stack.kafka, topic, partitions=1, config=KEYS_TOPIC_CONFIG)
    resource = ConfigResource(ResourceType.TOPIC, topic)
    admin = stack.admin()
    configs = admin.describe_configs([resource])[resource].result(15)
    assert {k: configs[k].value for k in KEYS_TOPIC_CONFIG} == KEYS_TOPIC_CONFIG


def _record(i: int):
    from pipeline.keys.store import KeyRecord

    return KeyRecord(f"k{i}", f"u{i}", "tenant", "acme", "2026120600", "kek-1", bytes([i]) * 16, created_at=i)


def test_a_new_process_reads_the_keys_topic_on_from_its_cache(stack, topic_factory, tmp_path):
    """CI failed when every worker start read the whole keys topic from offset 0: against the
    embedded broker that took over a minute once a run had written a few thousand key records.
    A start now reads on from the local cache, after checking the cache is this topic's."""
    from pipeline.keys.store import KafkaKeyStore, _load_cache

    cache = tmp_path / "keys-cache.jsonl"
    topic = topic_factory("keys")
    first = KafkaKeyStore(stack.kafka, topic, cache=cache)
    first.put([_record(i) for i in range(3)])
    assert [r.key_id for r in first.read_new()] == ["k0", "k1", "k2"]
    assert [m.offset for m in _load_cache(cache)] == [0, 1, 2]

    first.put([_record(3)])
    second = KafkaKeyStore(stack.kafka, topic, cache=cache)  # a new process: cache first, then the topic
    assert [r.key_id for r in second.read_new()] == ["k0", "k1", "k2", "k3"]
    assert [m.offset for m in _load_cache(cache)] == [0, 1, 2, 3]  # appended once, not twice

    # Another topic under the same cache file (a reset cluster): the cache is not trusted.
    other = topic_factory("keys")
    fresh = KafkaKeyStore(stack.kafka, other, cache=cache)
    fresh.put([_record(7)])
    assert [r.key_id for r in fresh.read_new()] == ["k7"]


def test_a_cache_that_cannot_be_written_costs_nothing_but_the_cache(stack, topic_factory, tmp_path, caplog):
    """In a pod the state dir is a read-only Secret mount: a cache write that fails must not stop
    the key read (it once raised OSError out of refresh, and the worker stopped at start)."""
    from pipeline.keys.store import KafkaKeyStore

    blocked = tmp_path / "not-a-dir"
    blocked.write_text("")  # a file where the cache's directory should be: every write fails
    store = KafkaKeyStore(stack.kafka, topic_factory("keys"), cache=blocked / "keys-cache" / "c.jsonl")
    store.put([_record(i) for i in range(2)])
    with caplog.at_level("WARNING", logger="veilstream.keys"):
        assert [r.key_id for r in store.read_new()] == ["k0", "k1"]
    assert "cannot be written" in caplog.text and store.cache is None
    store.put([_record(2)])
    assert [r.key_id for r in store.read_new()] == ["k2"]
