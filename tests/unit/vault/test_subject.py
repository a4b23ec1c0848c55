"""Subject-scoped restore and the cap on a restore's records, no broker: the scope rules, the
explicit grant, the cap, and an audit trail and logs without the subject's id or values."""

from __future__ import annotations

import dataclasses
import json
import logging
import re

import pytest

from pipeline.client.restore import _scope
from pipeline.protect import operators as op
from pipeline.records import Detection, Finding
from pipeline.vault.apikeys import ApiKeyError, ApiKeyStore
from pipeline.vault.restore import AMBIGUOUS, SCOPE_TOO_LARGE, RestoreDenied, Restorer
from tests.unit.vault.conftest import T0
from tests.unit.vault.test_restore import HOUR, world  # noqa: F401  (the fixture)

ALICE = "Alice Smith wrote from alice@example.com."
ALICE_AGAIN = "Alice Smith called back, same address alice@example.com."
BOB = "Bob Jones wrote from bob@example.org."
BOTH = "Bob Jones forwarded alice@example.com and bob@example.org."  # no subject id: each address its owner's
SEEDED = ("Alice Smith", "alice@example.com", "Bob Jones", "bob@example.org", "cust-alice", "cust-bob")


def found(text: str) -> Detection:
    out = [Finding("PERSON", m.start(), m.end(), 0.9, "t") for m in re.finditer(r"(Alice Smith|Bob Jones)", text)]
    out += [Finding("EMAIL_ADDRESS", m.start(), m.end(), 0.9, "t") for m in re.finditer(r"\S+@\S+\.[a-z]+", text)]
    return Detection(tuple(sorted(out, key=lambda f: f.start)))


@pytest.fixture
def granted(world):  # noqa: F811
    """API keys granted restore:subject (the world's own keys are not)."""
    store = world["apikeys"]
    return {
        name: store.create(name, tenant, role, grants=("restore:subject",))[1]
        for name, tenant, role in (
            ("subj-acme", "acme", "restorer"),
            ("subj-admin-acme", "acme", "admin"),
            ("subj-globex", "globex", "restorer"),
        )
    }


def record(world, event_id, text, subject=None, conversation=None):  # noqa: F811
    return world["write"](
        event_id=event_id, text=text, subject_id=subject, conversation=conversation, found=found(text)
    )


def ask(world, key, subject="cust-alice", reason="support_case", tenant="acme", restorer=None):  # noqa: F811
    return (restorer or world["restorer"]).subject_originals(key, tenant, subject, reason)


def test_a_subject_restore_releases_its_values_across_records(world, granted):  # noqa: F811
    first = record(world, "m-1", ALICE, subject="cust-alice")
    second = record(world, "m-2", ALICE_AGAIN, subject="cust-alice", conversation="c-9")
    other = record(world, "m-3", BOB, subject="cust-bob")
    answer = " | ".join(p.ai_text for p in (first, second, other))
    originals = ask(world, granted["subj-acme"])
    text, n = originals.restore(answer)
    assert text.split(" | ") == [ALICE, ALICE_AGAIN, other.ai_text] and n == 4
    (event,) = world["audit"]  # one audit event for the whole subject
    ref = world["keys"].subject_ref("acme", "cust-alice")
    assert (event.kind, event.outcome, event.reason_code, event.token_count) == ("restore", "allowed", "", 4)
    assert (event.event_id, event.input_digest, event.actor) == (None, ref, "subj-acme")
    assert event.key_ids and all(ref in k for k in event.key_ids)  # the subject's keys, named by its ref
    for value in SEEDED:
        assert value not in repr(event)


def test_only_values_sealed_under_the_subjects_own_keys_restore(world, granted):  # noqa: F811
    """A record without a subject id: each address is its owner's, the name the tenant's. The address's
    owner gets its address back, not Bob's name nor Bob's address beside it."""
    p = record(world, "m-1", BOTH)
    originals = ask(world, granted["subj-acme"], subject="alice@example.com")
    text, n = originals.restore(p.ai_text)
    assert n == 1 and "alice@example.com" in text and "Bob Jones" not in text and "bob@example.org" not in text


def test_an_entry_relabelled_as_the_subjects_releases_nothing(world, granted):  # noqa: F811
    record(world, "m-1", ALICE, subject="cust-alice")
    bob = record(world, "m-2", BOB, subject="cust-bob")
    key = world["vault"].key("acme", "m-2")
    ref = world["keys"].subject_ref("acme", "cust-alice")
    world["vault"].latest[key] = dataclasses.replace(world["vault"].latest[key], subject_ref=ref, subject_refs=(ref,))
    text, n = ask(world, granted["subj-acme"]).restore(bob.ai_text)
    assert (text, n) == (bob.ai_text, 0)  # Bob's values are sealed under Bob's key: the label does not open them


@pytest.mark.parametrize(
    "role,grants,code",
    [
        ("restorer", (), "not_granted"),  # the restore role alone is not enough
        ("admin", (), "not_granted"),  # nor is admin
        ("auditor", None, "wrong_role"),
        ("restorer", ("restore:subject",), None),
        ("admin", ("restore:subject",), None),
    ],
)
def test_a_subject_restore_needs_an_explicit_grant(world, role, grants, code):  # noqa: F811
    record(world, "m-1", ALICE, subject="cust-alice")
    key = world["apikeys"].create("k", "acme", role, grants=grants or ())[1]
    if code is None:
        assert ask(world, key).restore("x")[1] == 0
        assert world["audit"][-1].outcome == "allowed"
        return
    with pytest.raises(RestoreDenied) as err:
        ask(world, key)
    assert (err.value.outcome, err.value.reason_code, err.value.status) == ("denied", code, 403)
    (event,) = world["audit"]
    assert (event.kind, event.outcome, event.reason_code, event.token_count, event.input_digest) == (
        "restore",
        "denied",
        code,
        0,
        "",
    )


def test_a_granted_key_still_restores_one_record_and_conversation(world, granted):  # noqa: F811
    record(world, "m-1", ALICE, subject="cust-alice", conversation="c-1")
    restorer = world["restorer"]
    assert restorer.originals(granted["subj-acme"], "acme", "m-1", "dispute").by_token
    assert restorer.conversation_originals(granted["subj-acme"], "acme", "c-1", "dispute").by_token


@pytest.mark.parametrize(
    "role,grants,error",
    [("auditor", ("restore:subject",), "cannot be granted"), ("restorer", ("restore:everything",), "one of")],
)
def test_grants_are_checked_when_a_key_is_made(tmp_path, role, grants, error):
    with pytest.raises(ApiKeyError, match=error):
        ApiKeyStore(tmp_path / "k.json").create("k", "acme", role, grants=grants)


def test_keys_stored_before_grants_load_without_any(tmp_path):
    store = ApiKeyStore(tmp_path / "k.json")
    key, secret = store.create("k", "acme", "admin")
    stored = json.loads((tmp_path / "k.json").read_text())
    del stored[key.key_id]["grants"]
    (tmp_path / "k.json").write_text(json.dumps(stored))
    loaded = store.authenticate(secret)
    assert loaded is not None and loaded.grants == () and loaded.may("restore") and not loaded.may("restore:subject")


def test_tenant_reason_and_empty_subject_rules(world, granted):  # noqa: F811
    record(world, "m-1", ALICE, subject="cust-alice")
    cases = [
        (granted["subj-globex"], "acme", "cust-alice", "support_case", "wrong_tenant"),
        (granted["subj-acme"], "acme", "cust-alice", "", "missing_reason"),
        (granted["subj-acme"], "acme", "", "support_case", "bad_request"),
        (granted["subj-globex"], "globex", "cust-alice", "support_case", "no_subject_entry"),  # none of globex's
    ]
    for key, tenant, subject, reason, code in cases:
        with pytest.raises(RestoreDenied) as err:
            ask(world, key, subject=subject, reason=reason, tenant=tenant)
        assert err.value.reason_code == code
    assert [e.reason_code for e in world["audit"]] == [c[-1] for c in cases]


def test_an_erased_subject_restores_nothing(world, granted):  # noqa: F811
    record(world, "m-1", ALICE, subject="cust-alice")
    record(world, "m-2", BOB, subject="cust-bob")
    ref = world["keys"].subject_ref("acme", "cust-bob")
    world["keys"].destroy_subject("acme", ref)  # keys shredded, the tombstones not (yet) written
    with pytest.raises(RestoreDenied) as err:
        ask(world, granted["subj-acme"], subject="cust-bob")
    assert (err.value.outcome, err.value.reason_code) == ("erased", "erased")
    world["restorer"].erase(world["api"]["adm-acme"], "acme", "cust-alice", "customer_request")
    with pytest.raises(RestoreDenied) as err:
        ask(world, granted["subj-acme"])
    assert err.value.reason_code == "no_subject_entry"  # its entries are tombstoned


def test_a_token_two_records_of_the_subject_hold_differently_is_left_and_audited(world, granted, monkeypatch):  # noqa: F811
    monkeypatch.setattr(op, "record_salt", lambda *_: "aaaaa")  # two records, one salt: <PERSON_1_aaaaa> twice
    record(world, "m-1", ALICE, subject="cust-alice")
    record(world, "m-2", "Bob Jones wrote from alice@example.com.", subject="cust-alice")  # same address, another name
    originals = ask(world, granted["subj-acme"])
    assert originals.ambiguous == {"<PERSON_1_aaaaa>"}
    assert originals.restore("<PERSON_1_aaaaa>: <EMAIL_ADDRESS_1_aaaaa>") == ("<PERSON_1_aaaaa>: alice@example.com", 1)
    (event,) = world["audit"]
    assert (event.reason_code, event.entity_counts) == (AMBIGUOUS, {"PERSON": 1})


def _capped(world, cap):  # noqa: F811
    w = world
    return Restorer(
        w["keys"],
        w["vault"],
        w["apikeys"],
        w["audit"].append,
        tenants=("acme",),
        clock=lambda: w["clock"][0],
        max_records=cap,
    )


@pytest.mark.parametrize("scope", ["conversation", "subject"])
def test_a_restore_over_the_cap_is_refused_whole_and_audited(world, granted, scope):  # noqa: F811
    for i in range(3):
        world["clock"][0] = T0 + i * HOUR // 2
        record(world, f"m-{i}", ALICE, subject="cust-alice", conversation="c-1")
    restorer = _capped(world, 2)
    key = granted["subj-acme"]

    def go():
        if scope == "conversation":
            return restorer.conversation_originals(key, "acme", "c-1", "legal")
        return restorer.subject_originals(key, "acme", "cust-alice", "legal")

    with pytest.raises(RestoreDenied) as err:  # three records within retention, two allowed
        go()
    assert (err.value.outcome, err.value.reason_code, err.value.status) == ("too_broad", SCOPE_TOO_LARGE, 422)
    (event,) = world["audit"]
    assert (event.outcome, event.reason_code, event.token_count) == ("denied", SCOPE_TOO_LARGE, 0)
    assert event.input_digest and not any(v in repr(event) for v in SEEDED + ("c-1",))
    world["clock"][0] = T0 + 2 * HOUR  # retention 2 h: the first record has expired, two remain: not over the cap
    assert go().by_token
    assert world["audit"][-1].outcome == "allowed"


def test_nothing_of_the_subject_reaches_the_logs(world, granted, caplog):  # noqa: F811
    caplog.set_level(logging.DEBUG)
    p = record(world, "m-1", ALICE, subject="cust-alice")
    ask(world, granted["subj-acme"]).restore(p.ai_text)
    for key, subject in ((world["api"]["rest-acme"], "cust-alice"), (granted["subj-acme"], "cust-bob")):
        with pytest.raises(RestoreDenied):
            ask(world, key, subject=subject)
    logged = caplog.text + repr(world["audit"])
    for value in SEEDED:
        assert value not in logged


@pytest.mark.parametrize(
    "scopes",
    [{}, {"event_id": "e"}, {"event_id": "e", "subject_id": "s"}, {"conversation_id": "c", "subject_id": "s"}],
)
def test_the_client_names_exactly_one_of_three_scopes(scopes):
    if len(scopes) == 1:
        assert _scope("acme", scopes.get("event_id"), None, "legal") == {"tenant": "acme", **scopes, "reason": "legal"}
        return
    with pytest.raises(ValueError, match="exactly one"):
        _scope("acme", scopes.get("event_id"), scopes.get("conversation_id"), "legal", scopes.get("subject_id"))


def test_the_client_asks_for_a_subject():
    assert _scope("acme", None, None, "legal", "cust-1") == {
        "tenant": "acme",
        "subject_id": "cust-1",
        "reason": "legal",
    }


def test_the_endpoints_take_a_subject(world, granted):  # noqa: F811
    import asyncio

    from aiohttp import ClientSession
    from aiohttp.test_utils import TestServer

    from pipeline.vault.http import restore_app
    from tests.unit.vault.test_http import call

    p = record(world, "m-1", ALICE, subject="cust-alice")
    headers = {"Authorization": f"Bearer {granted['subj-acme']}", "Content-Type": "application/json"}
    base = {"tenant": "acme", "reason": "support_case", "text": p.ai_text}
    bodies = [
        {**base, "subject_id": "cust-alice"},
        {**base, "subject_id": "cust-alice", "event_id": "m-1"},
        {**base, "subject_id": "cust-alice", "conversation_id": "c-1"},
        {**base, "subject_id": 7},
        {**base, "subject_id": ""},
    ]
    got = call(world["restorer"], [(headers, json.dumps(b)) for b in bodies])
    assert got[0] == (200, {"text": ALICE, "restored": 2})
    assert got[1:] == [(400, {"error": "bad_request", "reason_code": "bad_request"})] * 4
    plain = {**headers, "Authorization": f"Bearer {world['api']['rest-acme']}"}
    ((status, answer),) = call(world["restorer"], [(plain, json.dumps(bodies[0]))])
    assert (status, answer["reason_code"]) == (403, "not_granted")

    async def stream(query, restorer):
        server = TestServer(restore_app(restorer))
        await server.start_server()
        try:
            async with ClientSession() as http:
                url = server.make_url("/restore/stream").with_query(tenant="acme", reason="dispute", **query)
                async with http.post(url, data=p.ai_text.encode(), headers=headers) as resp:
                    return resp.status, await resp.text()
        finally:
            await server.close()

    assert asyncio.run(stream({"subject_id": "cust-alice"}, world["restorer"])) == (200, ALICE)
    status, text = asyncio.run(stream({"subject_id": "cust-alice", "event_id": "m-1"}, world["restorer"]))
    assert status == 400 and "bad_request" in text
    status, text = asyncio.run(stream({"subject_id": "cust-alice"}, _capped(world, 0)))
    assert status == 422 and json.loads(text) == {"error": "too_broad", "reason_code": SCOPE_TOO_LARGE}
    assert not any(v in repr(world["audit"]) for v in SEEDED)
