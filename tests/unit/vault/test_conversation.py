"""Conversation-scoped restore: the tokens of every record of one conversation, no broker."""

from __future__ import annotations

import dataclasses
import re

import pytest

from pipeline.client.restore import _scope
from pipeline.protect import operators as op
from pipeline.records import Detection, Finding
from pipeline.vault.entry import VaultEntry, conversation_ref
from pipeline.vault.restore import AMBIGUOUS, RestoreDenied, merge_originals
from tests.unit.vault.conftest import T0
from tests.unit.vault.test_restore import HOUR, world  # noqa: F401  (the fixture)

ALICE = "Alice Smith wrote from alice@example.com."
BOB = "Bob Jones wrote from bob@example.org."


def found(text: str) -> Detection:
    out = [Finding("PERSON", m.start(), m.end(), 0.9, "t") for m in re.finditer(r"(Alice Smith|Bob Jones)", text)]
    out += [Finding("EMAIL_ADDRESS", m.start(), m.end(), 0.9, "t") for m in re.finditer(r"\S+@\S+\.[a-z]+", text)]
    return Detection(tuple(sorted(out, key=lambda f: f.start)))


def turn(world, event_id: str, text: str, conversation: str | None = "c-1", tenant: str = "acme"):  # noqa: F811
    """Write one record of CONVERSATION; its AI text (tokens) is what the LLM saw."""
    return world["write"](event_id=event_id, tenant=tenant, text=text, conversation=conversation, found=found(text))


@pytest.mark.parametrize(
    "maps,restores,ambiguous",
    [
        ([], {}, set()),
        ([{"<P_1_aaaaa>": "Alice"}, {"<P_1_bbbbb>": "Bob"}], {"<P_1_aaaaa>": "Alice", "<P_1_bbbbb>": "Bob"}, set()),
        ([{"<P_7f3a9c>": "Alice"}, {"<P_7f3a9c>": "Alice"}], {"<P_7f3a9c>": "Alice"}, set()),  # same original
        ([{"<P_1_aaaaa>": "Alice"}, {"<P_1_aaaaa>": "Bob"}], {}, {"<P_1_aaaaa>"}),  # a collision: never guessed
        (  # a third record agreeing with the first does not settle it
            [{"<P_1_aaaaa>": "Alice", "<E_1_aaaaa>": "a@x.io"}, {"<P_1_aaaaa>": "Bob"}, {"<P_1_aaaaa>": "Alice"}],
            {"<E_1_aaaaa>": "a@x.io"},
            {"<P_1_aaaaa>"},
        ),
    ],
)
def test_merge_restores_only_tokens_with_one_original(maps, restores, ambiguous):
    assert merge_originals(maps) == (restores, frozenset(ambiguous))


def test_an_answer_quoting_several_turns_restores(world):  # noqa: F811
    first = turn(world, "m-1", ALICE)
    second = turn(world, "m-2", BOB)
    other = turn(world, "m-3", BOB, conversation="c-2")  # another conversation: its tokens stay
    loose = turn(world, "m-4", ALICE, conversation=None)  # no conversation at all
    answer = " | ".join(p.ai_text for p in (first, second, other, loose))
    originals = world["restorer"].conversation_originals(world["api"]["rest-acme"], "acme", "c-1", "support_case")
    text, n = originals.restore(answer)
    assert text.split(" | ")[:2] == [ALICE, BOB] and n == 4
    assert text.split(" | ")[2:] == [other.ai_text, loose.ai_text]
    (event,) = world["audit"]  # one audit event for the whole conversation
    ref = conversation_ref(world["keys"], "acme", "c-1")
    assert (event.kind, event.outcome, event.reason_code, event.token_count) == ("restore", "allowed", "", 4)
    assert (event.event_id, event.input_digest, event.actor, event.reason) == (None, ref, "rest-acme", "support_case")
    for value in ("Alice", "alice@", "Bob", "bob@", "c-1"):
        assert value not in repr(event)


def test_a_token_with_two_originals_is_left_as_it_is_and_audited(world, monkeypatch):  # noqa: F811
    monkeypatch.setattr(op, "record_salt", lambda *_: "aaaaa")  # two records, one salt: <PERSON_1_aaaaa> twice
    turn(world, "m-1", ALICE)
    turn(world, "m-2", "Bob Jones wrote from alice@example.com.")  # same email, same token, same original
    originals = world["restorer"].conversation_originals(world["api"]["rest-acme"], "acme", "c-1", "dispute")
    assert originals.ambiguous == {"<PERSON_1_aaaaa>"}
    assert originals.by_token == {"<EMAIL_ADDRESS_1_aaaaa>": "alice@example.com"}
    text, n = originals.restore("<PERSON_1_aaaaa> wrote from <EMAIL_ADDRESS_1_aaaaa>.")
    assert (text, n) == ("<PERSON_1_aaaaa> wrote from alice@example.com.", 1)
    (event,) = world["audit"]
    assert (event.outcome, event.reason_code, event.token_count, event.entity_counts) == (
        "allowed",
        AMBIGUOUS,
        1,
        {"PERSON": 1},
    )


def test_another_tenant_is_refused(world):  # noqa: F811
    turn(world, "m-1", ALICE)
    restorer = world["restorer"]
    with pytest.raises(RestoreDenied) as err:  # a globex key asking for acme's conversation
        restorer.conversation_originals(world["api"]["rest-globex"], "acme", "c-1", "support_case")
    assert (err.value.outcome, err.value.reason_code) == ("denied", "wrong_tenant")
    with pytest.raises(RestoreDenied) as err:  # globex's own conversation of that name: none
        restorer.conversation_originals(world["api"]["rest-globex"], "globex", "c-1", "support_case")
    assert (err.value.outcome, err.value.reason_code) == ("not_found", "no_conversation_entry")
    # acme's entry relabelled as globex's conversation c-1 does not authenticate.
    (key,) = world["vault"].latest
    forged = dataclasses.replace(
        world["vault"].latest[key], tenant="globex", conversation_ref=conversation_ref(world["keys"], "globex", "c-1")
    )
    world["vault"].latest[b"globex" + key[len(b"acme") :]] = forged
    with pytest.raises(RestoreDenied) as err:
        restorer.conversation_originals(world["api"]["rest-globex"], "globex", "c-1", "support_case")
    assert err.value.outcome == "tampered"
    assert [e.outcome for e in world["audit"]] == ["denied", "not_found", "tampered"]
    assert all(e.token_count == 0 and "Alice" not in repr(e) for e in world["audit"])


def test_an_entry_moved_into_another_conversation_does_not_authenticate(world):  # noqa: F811
    turn(world, "m-1", ALICE, conversation="c-2")
    (key,) = world["vault"].latest
    entry = world["vault"].latest[key]
    world["vault"].latest[key] = dataclasses.replace(
        entry, conversation_ref=conversation_ref(world["keys"], "acme", "c-1")
    )
    with pytest.raises(RestoreDenied) as err:
        world["restorer"].conversation_originals(world["api"]["rest-acme"], "acme", "c-1", "support_case")
    assert err.value.reason_code == "tampered"


def test_roles_and_reasons_as_for_one_record(world):  # noqa: F811
    turn(world, "m-1", ALICE)
    for key, reason, code in (("aud-acme", "support_case", "wrong_role"), ("rest-acme", "", "missing_reason")):
        with pytest.raises(RestoreDenied) as err:
            world["restorer"].conversation_originals(world["api"][key], "acme", "c-1", reason)
        assert err.value.reason_code == code
    with pytest.raises(RestoreDenied) as err:
        world["restorer"].conversation_originals(world["api"]["rest-acme"], "acme", "", "support_case")
    assert err.value.reason_code == "bad_request"
    assert len(world["audit"]) == 3


def test_records_past_retention_are_left_out(world):  # noqa: F811
    first = turn(world, "m-1", ALICE)
    world["clock"][0] = T0 + HOUR
    second = turn(world, "m-2", BOB)
    world["clock"][0] = T0 + 2 * HOUR  # retention_hours: 2, so the first turn has expired
    restorer, key = world["restorer"], world["api"]["rest-acme"]
    text, n = restorer.conversation_originals(key, "acme", "c-1", "audit").restore(f"{first.ai_text} {second.ai_text}")
    assert (text, n) == (f"{first.ai_text} {BOB}", 2)
    world["clock"][0] = T0 + 3 * HOUR
    with pytest.raises(RestoreDenied) as err:
        restorer.conversation_originals(key, "acme", "c-1", "audit")
    assert err.value.reason_code == "expired"


def test_entries_without_a_conversation_keep_their_format():
    entry = VaultEntry("acme", "e-1", None, T0, T0 + HOUR, "k", b"x")
    assert "conversation_ref" not in entry.to_json().decode()
    assert VaultEntry.from_json(entry.to_json()) == entry


@pytest.mark.parametrize("event_id,conversation_id", [(None, None), ("e-1", "c-1")])
def test_the_client_names_exactly_one_scope(event_id, conversation_id):
    with pytest.raises(ValueError, match="exactly one"):
        _scope("acme", event_id, conversation_id, "support_case")
    assert _scope("acme", None, "c-1", "dispute") == {"tenant": "acme", "conversation_id": "c-1", "reason": "dispute"}


def test_restore_endpoint_takes_a_conversation(world, monkeypatch):  # noqa: F811
    from tests.unit.vault.test_http import call

    monkeypatch.setattr(op, "record_salt", lambda *_: "aaaaa")
    turn(world, "m-1", ALICE)
    turn(world, "m-2", "Bob Jones wrote from alice@example.com.")
    headers = {"Authorization": f"Bearer {world['api']['rest-acme']}", "Content-Type": "application/json"}
    ask = '"tenant": "acme", "reason": "support_case", "text": "<PERSON_1_aaaaa>: <EMAIL_ADDRESS_1_aaaaa>"'
    both = f'{{"event_id": "m-1", "conversation_id": "c-1", {ask}}}'
    got = call(world["restorer"], [(headers, f'{{"conversation_id": "c-1", {ask}}}'), (headers, both)])
    assert got[0] == (200, {"text": "<PERSON_1_aaaaa>: alice@example.com", "restored": 1, "ambiguous": 1})
    assert got[1] == (400, {"error": "bad_request", "reason_code": "bad_request"})
    assert [e.reason_code for e in world["audit"]] == [AMBIGUOUS, "bad_request"]


def test_the_framed_stream_ends_with_the_ambiguous_count(world, monkeypatch):  # noqa: F811
    import asyncio
    import json

    from aiohttp import ClientSession
    from aiohttp.test_utils import TestServer

    from pipeline.vault.http import restore_app

    monkeypatch.setattr(op, "record_salt", lambda *_: "aaaaa")
    turn(world, "m-1", ALICE)
    turn(world, "m-2", "Bob Jones wrote from alice@example.com.")
    answer = b"<PERSON_1_aaaaa> wrote from <EMAIL_ADD" + b"RESS_1_aaaaa>, <PERSON_1_aaaaa> again."

    async def run(accept):
        server = TestServer(restore_app(world["restorer"]))
        await server.start_server()

        async def body():
            for i in range(0, len(answer), 6):
                yield answer[i : i + 6]

        try:
            async with ClientSession() as http:
                url = server.make_url("/restore/stream").with_query(
                    tenant="acme", conversation_id="c-1", reason="audit"
                )
                headers = {"Authorization": f"Bearer {world['api']['rest-acme']}", **accept}
                async with http.post(url, data=body(), headers=headers) as resp:
                    return resp.headers["Content-Type"], await resp.text()
        finally:
            await server.close()

    want = "<PERSON_1_aaaaa> wrote from alice@example.com, <PERSON_1_aaaaa> again."
    kind, text = asyncio.run(run({}))
    assert (kind.split(";")[0], text) == ("text/plain", want)  # unframed by default: as before
    kind, text = asyncio.run(run({"Accept": "application/x-ndjson"}))
    events = [json.loads(line) for line in text.splitlines()]
    assert kind == "application/x-ndjson"
    assert "".join(e["text"] for e in events[:-1]) == want
    assert events[-1] == {"restored": 1, "ambiguous": 2}  # the last event: the answer is whole
