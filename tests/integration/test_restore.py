"""Restoration through the real vault topic and the HTTP endpoint, with both KEK providers."""

from __future__ import annotations

import asyncio
import time

import pytest
from aiohttp import ClientSession
from aiohttp.test_utils import TestServer

from pipeline.codecs import decode_audit
from pipeline.vault import open_restorer
from pipeline.vault.http import restore_app
from tests.integration import test_keys_fixtures as kf
from tests.integration import test_vault_helpers as vh

pytestmark = pytest.mark.integration

key_settings = kf.key_settings  # fixtures shared with the other vault tests
cli = vh.cli
world = vh.world
PEOPLE = vh.PEOPLE
HOUR = 3600 * 1000


def post_all(restorer, requests: list[tuple[str, dict]]) -> list[tuple[int, dict]]:
    """POST each (api key, body) to /restore on a real HTTP server; (status, json) each."""

    async def run():
        server = TestServer(restore_app(restorer))
        await server.start_server()
        out = []
        try:
            async with ClientSession() as http:
                for key, body in requests:
                    async with http.post(
                        server.make_url("/restore"), json=body, headers={"Authorization": f"Bearer {key}"}
                    ) as resp:
                        out.append((resp.status, await resp.json()))
        finally:
            await server.close()
        return out

    return asyncio.run(run())


RAW_CHUNKS = ("Dear <PERS", "ON_1>, we wrote to <EMAIL_ADD", "RESS_1>. Thanks <PERSON_1>! ")


def test_restore_over_http(world, stack):
    now = int(time.time() * 1000)
    world.write("e-1", "acme", "alice", now)
    world.write("e-1", "globex", "bob", now)  # same event id, another tenant
    world.write("e-old", "acme", "alice", now - 2 * HOUR)  # retention 1 h: expired
    restorer = open_restorer(world.settings, topology=world.topology)
    answer = [world.salted("e-1", c) for c in RAW_CHUNKS]
    answer.append("<PERSON_7>")
    globex_answer = [world.salted("e-1", c, tenant="globex") for c in RAW_CHUNKS] + ["<PERSON_7>"]  # its own salt
    body = {"tenant": "acme", "event_id": "e-1", "reason": "support_case", "chunks": answer}
    results = post_all(
        restorer,
        [
            (world.api["restorer-acme"], body),
            (world.api["restorer-globex"], body),  # cross-tenant
            (world.api["auditor-acme"], body),  # wrong role
            (world.api["restorer-acme"], {**body, "reason": ""}),
            ("vsk_nope_nope", body),
            (world.api["restorer-acme"], {**body, "event_id": "e-old"}),
            (world.api["restorer-globex"], {**body, "tenant": "globex", "chunks": globex_answer}),
        ],
    )
    statuses = [s for s, _ in results]
    assert statuses == [200, 403, 403, 400, 401, 410, 200]
    assert results[0][1] == {
        "text": "Dear Alice Smith, we wrote to alice@example.com. Thanks Alice Smith! <PERSON_7>",
        "restored": 3,
    }
    assert results[1][1]["reason_code"] == "wrong_tenant" and results[2][1]["reason_code"] == "wrong_role"
    assert results[5][1]["error"] == "expired"
    assert "Bob Jones" in results[6][1]["text"] and "Alice" not in results[6][1]["text"]

    events = [decode_audit(m.value()) for m in stack.consume_all(world.settings.audit_topic, min_count=7)]
    restores = [e for e in events if e.kind == "restore"]  # the audit topic's partitions interleave
    assert sorted(e.outcome for e in restores) == sorted(
        ["allowed", "denied", "denied", "denied", "unauthenticated", "expired", "allowed"]
    )
    allowed = next(e for e in restores if e.outcome == "allowed" and e.tenant == "acme")
    assert (allowed.actor, allowed.reason, allowed.token_count, allowed.event_id) == (
        "restorer-acme",
        "support_case",
        2,
        "e-1",
    )
    assert {e.reason_code for e in restores if e.outcome == "denied"} == {
        "wrong_tenant",
        "wrong_role",
        "missing_reason",
    }
    raw = b"".join(m.value() for m in stack.consume_all(world.settings.audit_topic))
    for name, email in PEOPLE.values():
        assert name.encode() not in raw and email.encode() not in raw


def test_vault_entries_become_unreadable_once_their_bucket_key_is_destroyed(world):
    now = int(time.time() * 1000)
    world.write("e-2", "acme", "bob", now)
    restorer = open_restorer(world.settings, topology=world.topology)
    key = world.api["restorer-acme"]
    assert (
        restorer.originals(key, "acme", "e-2", "support_case").by_token[world.salted("e-2", "<PERSON_1>")]
        == "Bob Jones"
    )
    world.keys.destroy_expired_vault_keys(now + 3 * HOUR)  # what `veilstream keys expire` does later
    from pipeline.vault.restore import RestoreDenied

    # Clock forged back: the entry's own expiry would allow it, the destroyed key does not.
    restorer.keys.refresh()
    with pytest.raises(RestoreDenied, match="expired"):
        restorer.originals(key, "acme", "e-2", "support_case")


def test_restore_cli_streams_stdin(world, cli):
    world.write("e-9", "acme", "alice", int(time.time() * 1000))
    answer = world.salted("e-9", "Hi <PERSON_1>, your mail <EMAIL_ADDRESS_1> is noted. <PERSON_1>, <PERSON_1>.")
    out = cli(
        "restore",
        "--tenant",
        "acme",
        "--event-id",
        "e-9",
        "--reason",
        "customer_request",
        input=answer,
        api_key=world.api["restorer-acme"],
    )
    assert out.strip() == "Hi Alice Smith, your mail alice@example.com is noted. Alice Smith, Alice Smith."


def test_restore_cli_refuses_an_answer_with_another_customers_data(world, cli, stack):
    """The topology's policy (restore: {foreign_pii: refuse}) checks the answer through the real detector."""
    world.write("e-10", "acme", "alice", int(time.time() * 1000))
    policies = world.topology.parent / "policies"
    (policies / "refusing.yaml").write_text(f"id: refusing\n{vh.NER_OFF}restore:\n  foreign_pii: refuse\n")
    refusing = world.topology.with_name("refusing.yaml")
    refusing.write_text(world.topology.read_text().replace("policy: default", "policy: refusing"))
    seeded = "carol.diaz@example.net"  # another customer's address, echoed by the model
    args = ["restore", "--tenant", "acme", "--event-id", "e-10", "--reason", "dispute", "--topology"]
    out = cli(
        *args,
        str(refusing),
        "--text",
        world.salted("e-10", f"Dear <PERSON_1>, write to {seeded}."),
        api_key=world.api["restorer-acme"],
        code=77,
    )
    assert "foreign_pii" in out and seeded not in out and "Alice" not in out
    flagged = world.salted("e-10", f"Dear <PERSON_1>, write to {seeded}.")  # the same under the flagging default
    assert cli(*args, str(world.topology), "--text", flagged, api_key=world.api["restorer-acme"]).strip() == (
        f"Dear Alice Smith, write to {seeded}."
    )
    raw = b"".join(m.value() for m in stack.consume_all(world.settings.audit_topic))
    assert seeded.encode() not in raw
    events = [decode_audit(m.value()) for m in stack.consume_all(world.settings.audit_topic)]
    mine = [e for e in events if e.kind == "restore" and e.event_id == "e-10"]
    got = sorted((e.outcome, e.reason_code, e.policy_id, e.token_count, e.entity_counts) for e in mine)
    assert got == [  # audit partitions are read in no particular order
        ("allowed", "foreign_pii", "t", 2, {"EMAIL_ADDRESS": 1}),
        ("denied", "foreign_pii", "refusing", 0, {"EMAIL_ADDRESS": 1}),
    ]


def test_conversation_restore_over_http(world, stack):
    """An answer quoting two earlier turns of one conversation restores in one call, tenant-bound."""
    now = int(time.time() * 1000)
    world.write("turn-1", "acme", "alice", now, conversation="conv-1")
    world.write("turn-2", "acme", "bob", now, conversation="conv-1")
    world.write("turn-3", "globex", "bob", now, conversation="conv-1")  # another tenant's conversation of that name
    restorer = open_restorer(world.settings, topology=world.topology)
    answer = world.salted("turn-1", "<PERSON_1> (<EMAIL_ADDRESS_1>) and ") + world.salted("turn-2", "<PERSON_1>.")
    body = {"tenant": "acme", "conversation_id": "conv-1", "reason": "support_case", "text": answer}
    globex = world.salted("turn-3", "<PERSON_1>", tenant="globex")
    results = post_all(
        restorer,
        [
            (world.api["restorer-acme"], body),
            (world.api["restorer-globex"], body),  # cross-tenant
            (world.api["auditor-acme"], body),  # wrong role
            (world.api["restorer-globex"], {**body, "tenant": "globex", "text": answer + globex}),
            (world.api["restorer-acme"], {**body, "conversation_id": "conv-404"}),
        ],
    )
    assert [s for s, _ in results] == [200, 403, 403, 200, 404]
    assert results[0][1] == {"text": "Alice Smith (alice@example.com) and Bob Jones.", "restored": 3}
    assert results[3][1] == {"text": answer + "Bob Jones", "restored": 1}  # only globex's own turn
    assert results[4][1]["reason_code"] == "no_conversation_entry"

    events = [decode_audit(m.value()) for m in stack.consume_all(world.settings.audit_topic, min_count=5)]
    restores = [e for e in events if e.kind == "restore"]
    assert sorted((e.tenant, e.outcome, e.reason_code, e.token_count) for e in restores) == [
        ("acme", "allowed", "", 4),  # the conversation's tokens: two people, two addresses
        ("acme", "denied", "wrong_role", 0),
        ("acme", "denied", "wrong_tenant", 0),
        ("acme", "not_found", "no_conversation_entry", 0),
        ("globex", "allowed", "", 2),
    ]
    allowed = next(e for e in restores if e.outcome == "allowed" and e.tenant == "acme")
    assert allowed.event_id is None and allowed.input_digest and allowed.actor == "restorer-acme"
    raw = b"".join(m.value() for m in stack.consume_all(world.settings.audit_topic))
    assert b"conv-1" not in raw
    for name, email in PEOPLE.values():
        assert name.encode() not in raw and email.encode() not in raw


def test_subject_restore_over_http(world, stack):
    """A subject's records through the real vault topic: one call restores them, only with a granted key,
    tenant-bound, capped, one audit event each naming the subject by its keyed ref only."""
    now = int(time.time() * 1000)
    world.write("s-1", "acme", "alice", now)
    world.write("s-2", "acme", "alice", now, conversation="conv-s")
    world.write("s-3", "acme", "bob", now)  # another subject: its tokens stay
    world.write("s-4", "globex", "alice", now)  # another tenant's subject of the same id
    granted = {
        t: world.apikeys.create(f"dpo-{t}", t, "restorer", grants=("restore:subject",))[1] for t in ("acme", "globex")
    }
    restorer = open_restorer(world.settings, topology=world.topology)
    answer = (
        world.salted("s-1", "<PERSON_1> (<EMAIL_ADDRESS_1>), ")
        + world.salted("s-2", "<PERSON_1>, ")
        + world.salted("s-3", "<PERSON_1>.")
    )
    body = {"tenant": "acme", "subject_id": "alice", "reason": "legal", "text": answer}
    capped = open_restorer(world.settings.model_copy(update={"restore_max_records": 1}), topology=world.topology)
    results = post_all(
        restorer,
        [
            (granted["acme"], body),
            (world.api["restorer-acme"], body),  # the restore role without the grant
            (world.api["admin-acme"], body),  # admin without the grant
            (granted["globex"], body),  # cross-tenant
            (granted["acme"], {**body, "subject_id": "nobody"}),
            (granted["acme"], {**body, "event_id": "s-1"}),  # two scopes
        ],
    ) + post_all(capped, [(granted["acme"], body)])
    assert [s for s, _ in results] == [200, 403, 403, 403, 404, 400, 422]
    bob = world.salted("s-3", "<PERSON_1>.")
    assert results[0][1] == {"text": f"Alice Smith (alice@example.com), Alice Smith, {bob}", "restored": 3}
    assert [r["reason_code"] for _, r in results[1:]] == [
        "not_granted",
        "not_granted",
        "wrong_tenant",
        "no_subject_entry",
        "bad_request",
        "scope_too_large",
    ]

    events = [decode_audit(m.value()) for m in stack.consume_all(world.settings.audit_topic, min_count=7)]
    restores = [e for e in events if e.kind == "restore" and e.reason in ("legal", "")]
    ref = world.keys.subject_ref("acme", "alice")
    assert sorted((e.outcome, e.reason_code, e.token_count, e.input_digest == ref) for e in restores) == [
        ("allowed", "", 4, True),  # the subject's tokens in its two records: a name and an address each
        ("denied", "bad_request", 0, False),
        ("denied", "not_granted", 0, False),
        ("denied", "not_granted", 0, False),
        ("denied", "scope_too_large", 0, True),
        ("denied", "wrong_tenant", 0, False),
        ("not_found", "no_subject_entry", 0, False),
    ]
    raw = b"".join(m.value() for m in stack.consume_all(world.settings.audit_topic))
    for value in (b"alice", b"conv-s", b"nobody"):  # the subject ids (and a conversation id) never
        assert value not in raw.lower()
    for name, email in PEOPLE.values():
        assert name.encode() not in raw and email.encode() not in raw


def test_restore_cli_restores_a_subject(world, cli):
    now = int(time.time() * 1000)
    world.write("s-9", "acme", "bob", now)
    world.write("s-10", "acme", "bob", now)
    key = world.apikeys.create("dpo-cli", "acme", "admin", grants=("restore:subject",))[1]
    answer = world.salted("s-9", "<PERSON_1> / ") + world.salted("s-10", "<EMAIL_ADDRESS_1>")
    args = ["restore", "--tenant", "acme", "--subject-id", "bob", "--reason", "customer_request", "--text", answer]
    assert cli(*args, api_key=key).strip() == "Bob Jones / bob@example.org"
    assert "not_granted" in cli(*args, api_key=world.api["admin-acme"], code=77)
