from __future__ import annotations

import dataclasses
import json
import re

import pytest

from pipeline.keys import CryptoError
from pipeline.policy.model import Policy
from pipeline.protect import protect
from pipeline.records import Detection, Finding, RawEvent
from pipeline.vault.apikeys import ApiKeyStore
from pipeline.vault.entry import VaultEntry, vault_entry
from pipeline.vault.restore import (
    ERASED,
    Originals,
    RestoreDenied,
    Restorer,
    TokenStream,
)
from tests.unit.vault.conftest import T0

HOUR = 3600 * 1000
TEXT = "Hi, I am Alice Smith, mail alice@example.com or call +1 555 010 9999."
PII = ("Alice Smith", "alice@example.com", "+1 555 010 9999")
POLICY = Policy(
    id="t",
    entities={e: {"ai": "tokenize", "store": "encrypt"} for e in ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER")},
    vault={"retention_hours": 2},
)


def salted(text: str, p) -> str:
    """TEXT with <PERSON_1>-style tokens spelled as record P spells them (with its salt)."""
    salt = next(re.search(r"_\d+_([a-z2-7]{5})>", v.token).group(1) for v in p.vault_values)
    return re.sub(r"<([A-Z][A-Z0-9_]*_\d+)>", rf"<\1_{salt}>", text)


def unsalt(text: str) -> str:
    return re.sub(r"(<[A-Z][A-Z0-9_]*_\d+)_[a-z2-7]{5}>", r"\1>", text)


def detection(text: str) -> Detection:
    found = []
    for entity, value in zip(("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER"), PII, strict=True):
        start = text.index(value)
        found.append(Finding(entity, start, start + len(value), 0.9, "t"))
    return Detection(tuple(found))


class MemoryVault:
    """The vault topic's semantics in a dict (the Kafka one is in the integration tests)."""

    def __init__(self):
        self.latest: dict[bytes, VaultEntry | str] = {}

    def put(self, kv):
        self.latest[kv[0]] = VaultEntry.from_json(kv[1])

    def key(self, tenant, event_id):
        """The (only) vault key of the event id in this test."""
        (k,) = [k for k in self.latest if k.startswith(f"{tenant}/{event_id}/".encode())]
        return k

    def get(self, tenant, event_id):
        return [v for k, v in sorted(self.latest.items()) if k.startswith(f"{tenant}/{event_id}/".encode())]

    def conversation_entries(self, tenant, ref):
        return [
            v
            for _, v in sorted(self.latest.items())
            if v != ERASED and v.tenant == tenant and v.conversation_ref == ref
        ]

    def subject_entries(self, tenant, ref):
        return [k for k, v in self.latest.items() if v != ERASED and v.tenant == tenant and v.concerns(ref)]

    def subject_records(self, tenant, ref):
        return [self.latest[k] for k in sorted(self.subject_entries(tenant, ref))]

    def tombstone(self, located):
        for k in located:
            self.latest[k] = ERASED


@pytest.fixture
def world(keys, tmp_path, clock):
    audit = []
    vault = MemoryVault()
    apikeys = ApiKeyStore(tmp_path / "apikeys.json")
    restorer = Restorer(
        keys, vault, apikeys, audit.append, stream="s", tenants=("acme", "globex"), clock=lambda: clock[0]
    )
    api = {
        name: apikeys.create(name, tenant, role)[1]
        for name, tenant, role in (
            ("rest-acme", "acme", "restorer"),
            ("rest-globex", "globex", "restorer"),
            ("aud-acme", "acme", "auditor"),
            ("adm-acme", "acme", "admin"),
        )
    }

    def write(event_id="e-1", tenant="acme", subject_id=None, text=TEXT, conversation=None, found=None):
        attributes = {"conversation_id": conversation} if conversation else {}
        ev = RawEvent(event_id, tenant, "t", text, T0, subject_id=subject_id, attributes=attributes)
        p = protect(ev, found or detection(text), POLICY, keys)
        vault.put(vault_entry(ev, p, POLICY, keys, clock[0]))
        return p

    return {
        "restorer": restorer,
        "audit": audit,
        "api": api,
        "write": write,
        "clock": clock,
        "vault": vault,
        "keys": keys,
        "apikeys": apikeys,
    }


def test_llm_answer_reordered_repeated_and_dropped(world):
    p = world["write"]()
    assert unsalt(p.ai_text) == "Hi, I am <PERSON_1>, mail <EMAIL_ADDRESS_1> or call <PHONE_NUMBER_1>."
    answer = salted("Dear <PERSON_1>, we will call <PHONE_NUMBER_1>. Thanks <PERSON_1>! (<PERSON_9> is unknown)", p)
    orig = world["restorer"].originals(world["api"]["rest-acme"], "acme", "e-1", "support_case")
    text, n = orig.restore(answer)
    assert unsalt(text) == "Dear Alice Smith, we will call +1 555 010 9999. Thanks Alice Smith! (<PERSON_9> is unknown)"
    assert n == 3


@pytest.mark.parametrize("size", [1, 2, 3, 5, 7, 11])
def test_tokens_split_across_streamed_chunks(world, size):
    p = world["write"]()
    answer = salted("<PERSON_1> wrote from <EMAIL_ADDRESS_1>; <PERSON_1> < 3 <not a token> <PERSON_1>", p)
    chunks = [answer[i : i + size] for i in range(0, len(answer), size)]
    out = "".join(world["restorer"].restore_text(world["api"]["rest-acme"], "acme", "e-1", "support_case", chunks))
    assert out == "Alice Smith wrote from alice@example.com; Alice Smith < 3 <not a token> Alice Smith"


def test_token_stream_holds_back_only_a_possible_token():
    s = TokenStream(Originals("a", "e", {"<PERSON_1_abcde>": "Ann"}))
    assert s.feed("Hello <PER") == "Hello "
    assert s.feed("SON_1_abcde> and <b>") == "Ann and <b>"
    assert s.feed(" x <") == " x "
    assert s.finish() == "<"


@pytest.mark.parametrize(
    "key,tenant,reason,outcome,code",
    [
        ("rest-globex", "acme", "support_case", "denied", "wrong_tenant"),
        ("aud-acme", "acme", "support_case", "denied", "wrong_role"),
        ("rest-acme", "acme", "", "bad_request", "missing_reason"),
        ("rest-acme", "acme", "because Alice Smith asked", "bad_request", "missing_reason"),
        (None, "acme", "support_case", "unauthenticated", "bad_api_key"),
    ],
)
def test_denials_are_audited_without_values(world, key, tenant, reason, outcome, code):
    world["write"]()
    presented = world["api"][key] if key else "vsk_000000000000_forged"
    with pytest.raises(RestoreDenied) as err:
        world["restorer"].originals(presented, tenant, "e-1", reason)
    assert err.value.outcome == outcome and err.value.reason_code == code
    (event,) = world["audit"]
    assert event.kind == "restore" and event.reason_code == code and event.token_count == 0
    assert event.outcome == ("denied" if outcome == "bad_request" else outcome)
    for value in PII + ("Alice",):
        assert value not in repr(event)


def test_allowed_restore_is_audited_with_actor_reason_and_count(world):
    world["write"]()
    world["restorer"].originals(world["api"]["adm-acme"], "acme", "e-1", "customer_request")
    (event,) = world["audit"]
    assert (event.outcome, event.actor, event.reason, event.token_count, event.event_id) == (
        "allowed",
        "adm-acme",
        "customer_request",
        3,
        "e-1",
    )
    assert not any(v in repr(event) for v in PII)


def test_another_tenants_token_never_restores(world):
    world["write"](event_id="e-1", tenant="globex")
    with pytest.raises(RestoreDenied) as err:  # same event id, own tenant: no such entry
        world["restorer"].originals(world["api"]["rest-acme"], "acme", "e-1", "support_case")
    assert err.value.outcome == "not_found"
    # A globex entry copied under an acme key does not pass either.
    key = world["vault"].key("globex", "e-1")
    entry = world["vault"].latest[key]
    world["vault"].latest[b"acme" + key[len(b"globex") :]] = dataclasses.replace(entry, tenant="acme")
    with pytest.raises(RestoreDenied) as err:
        world["restorer"].originals(world["api"]["rest-acme"], "acme", "e-1", "support_case")
    assert err.value.outcome == "tampered"


def test_expired_entry_answers_expired(world):
    world["write"]()
    world["clock"][0] = T0 + 2 * HOUR  # retention_hours: 2
    with pytest.raises(RestoreDenied) as err:
        world["restorer"].originals(world["api"]["rest-acme"], "acme", "e-1", "support_case")
    assert err.value.reason_code == "expired" and err.value.status == 410 and world["audit"][-1].outcome == "expired"


def test_expired_entry_unreadable_once_its_bucket_key_is_destroyed(world):
    world["write"]()
    key = world["vault"].key("acme", "e-1")
    entry = world["vault"].latest[key]
    world["keys"].destroy_expired_vault_keys(T0 + 4 * HOUR)
    # Even with the expiry field forged into the future, the bucket key is gone.
    world["vault"].latest[key] = dataclasses.replace(entry, expires_at=T0 + 100 * HOUR)
    with pytest.raises(RestoreDenied) as err:
        world["restorer"].originals(world["api"]["rest-acme"], "acme", "e-1", "support_case")
    assert err.value.outcome == "expired"


def test_erase_shreds_the_subject_and_spares_others(world):
    world["write"](event_id="e-1", subject_id="alice")
    world["write"](event_id="e-2", subject_id="bob")
    done = world["restorer"].erase(world["api"]["adm-acme"], "acme", "alice", "customer_request")
    assert done.tombstones == 1 and len(done.key_ids) == 1
    with pytest.raises(RestoreDenied, match="erased"):
        world["restorer"].originals(world["api"]["rest-acme"], "acme", "e-1", "customer_request")
    ok = world["restorer"].originals(world["api"]["rest-acme"], "acme", "e-2", "customer_request")
    assert {unsalt(t): v for t, v in ok.by_token.items()}["<PERSON_1>"] == "Alice Smith"
    erase_event = next(e for e in world["audit"] if e.kind == "erase")
    assert erase_event.key_ids == done.key_ids and erase_event.input_digest == done.subject_ref
    assert "alice" not in repr(erase_event)


def test_erase_needs_admin(world):
    with pytest.raises(RestoreDenied) as err:
        world["restorer"].erase(world["api"]["rest-acme"], "acme", "alice", "customer_request")
    assert err.value.reason_code == "wrong_role"


def test_api_keys_are_stored_hashed(world, tmp_path):
    raw = (tmp_path / "apikeys.json").read_text()
    for secret in world["api"].values():
        assert secret.split("_", 2)[2] not in raw
    assert oct((tmp_path / "apikeys.json").stat().st_mode & 0o777) == "0o600"
    key = world["apikeys"].authenticate(world["api"]["rest-acme"])
    assert (key.tenant, key.role) == ("acme", "restorer")
    world["apikeys"].revoke(key.key_id)
    assert world["apikeys"].authenticate(world["api"]["rest-acme"]) is None
    assert world["apikeys"].authenticate(world["api"]["aud-acme"][:-1] + "x") is None


def test_vault_entry_carries_expiry_and_no_values(world, keys):
    ev = RawEvent("e-5", "acme", "t", TEXT, T0)
    p = protect(ev, detection(TEXT), POLICY, keys)
    key, value = vault_entry(ev, p, POLICY, keys, T0)
    doc = json.loads(value)
    assert key.startswith(b"acme/e-5/") and doc["expires_at"] == T0 + 2 * HOUR
    assert not any(v.encode() in value for v in PII)
    empty = protect(RawEvent("e-6", "acme", "t", "nothing", T0), Detection(), POLICY, keys)
    assert vault_entry(ev, empty, POLICY, keys, T0) is None


def test_vault_topic_config_follows_the_policy():
    from pipeline.vault import vault_topic_config

    assert vault_topic_config(POLICY) == {
        "cleanup.policy": "compact,delete",
        "retention.ms": str(2 * HOUR),
        "delete.retention.ms": str(2 * HOUR),
        "max.compaction.lag.ms": str(2 * HOUR),  # an erased entry is compacted away within the retention
        "segment.ms": str(HOUR),
    }


def test_pseudonyms_restore_only_through_the_record_that_holds_them(world, keys):
    """AES-SIV pseudonyms once restored through any event of the tenant; now only their own record's."""
    from pipeline.protect import operators as op

    pol = Policy(id="d", entities={"EMAIL_ADDRESS": {"ai": "deterministic", "store": "encrypt"}, "PERSON": {}})
    ev = RawEvent("e-7", "acme", "t", TEXT, T0, subject_id="alice")
    det = Detection(tuple(f for f in detection(TEXT).findings if f.entity_type != "PHONE_NUMBER"))
    p = protect(ev, det, pol, keys)
    world["vault"].put(vault_entry(ev, p, pol, keys, T0))
    mine = next(t for t in p.ai_text.split() if ".d." in t).rstrip(",")
    other = world["write"](event_id="e-8")  # another record of the tenant: it does not hold the pseudonym
    orig = world["restorer"].originals(world["api"]["rest-acme"], "acme", "e-8", "support_case")
    assert orig.restore(f"mail {mine}")[0] == f"mail {mine}"
    assert other.ai_text != p.ai_text
    forged = mine[:-3] + ("A" if mine[-3] != "A" else "B") + mine[-2:]
    orig = world["restorer"].originals(world["api"]["rest-acme"], "acme", "e-7", "support_case")
    text, n = orig.restore(f"mail {mine}, not {forged}")
    assert text == f"mail alice@example.com, not {forged}" and n == 1
    # and erasure covers them: the subject's SIV key is gone with its data key
    world["restorer"].erase(world["api"]["adm-acme"], "acme", "alice", "customer_request")
    with pytest.raises(CryptoError):
        op.reveal_deterministic(keys, "acme", mine, subject_ref=p.subject_ref)


def test_a_reused_event_id_never_overwrites_or_reads_another_records_entry(world):
    """The vault was keyed by tenant and event id: the last write won, and a producer re-using an id
    had the other record's originals restored into its answer."""
    victim = world["write"](event_id="e-1")
    attacker_text = "I am Mallory Evil, mail alice@example.com or call +1 555 010 9999."
    attacker = world["write"](event_id="e-1", text=attacker_text.replace("Mallory Evil", "Alice Smith"))
    assert len(world["vault"].get("acme", "e-1")) == 2  # both kept
    orig = world["restorer"].originals(world["api"]["rest-acme"], "acme", "e-1", "support_case")
    # each answer restores its own record's tokens; the attacker cannot spell the victim's
    assert set(victim.ai_text.split()) != set(attacker.ai_text.split())
    assert not {v.token for v in victim.vault_values} & {v.token for v in attacker.vault_values}
    assert orig.restore(salted("<PERSON_1>", victim))[0] == "Alice Smith"


def test_token_shaped_input_is_escaped_and_never_restored(world, keys):
    p = world["write"]()
    literal = p.vault_values[0].token  # even a real token of the record, typed by the producer
    text = f"Hi, I am Alice Smith, see {literal} and <EMAIL_ADDRESS_1>."
    ev = RawEvent("e-9", "acme", "t", text, T0)
    q = protect(ev, Detection((Finding("PERSON", 9, 20, 0.9, "t"),)), POLICY, keys)
    assert literal not in q.ai_text and "<EMAIL_ADDRESS_1>" not in q.ai_text
    assert "\u2039EMAIL_ADDRESS_1>" in q.ai_text  # escaped, still readable
