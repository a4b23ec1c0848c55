"""The /restore handler on a local aiohttp server (no broker: the vault is a dict)."""

from __future__ import annotations

import asyncio
import json

import pytest
from aiohttp import ClientSession
from aiohttp.test_utils import TestServer

from pipeline.vault.http import restore_app
from tests.unit.vault.test_restore import salted, world  # noqa: F401  (the fixture)


def call(restorer, requests):
    async def run():
        server = TestServer(restore_app(restorer))
        await server.start_server()
        try:
            async with ClientSession() as http:
                out = []
                for headers, data in requests:
                    async with http.post(server.make_url("/restore"), data=data, headers=headers) as resp:
                        out.append((resp.status, await resp.json()))
                return out
        finally:
            await server.close()

    return asyncio.run(run())


@pytest.mark.parametrize(
    "data,status,error",
    [
        (b"not json", 400, "bad_request"),
        (b"[1, 2]", 400, "bad_request"),
        (b'{"tenant": "acme", "event_id": "e-1", "reason": "support_case"}', 400, "bad_request"),
        (b'{"tenant": "acme", "event_id": "e-1", "reason": "support_case", "chunks": ["a", 3]}', 400, "bad_request"),
        (b'{"tenant": "acme", "event_id": "nope", "reason": "support_case", "text": "x"}', 404, "not_found"),
        (b'{"tenant": "acme", "event_id": "e-1", "reason": "support_case", "text": "hi <PERSON_1>"}', 200, None),
    ],
)
def test_restore_endpoint_answers(world, data, status, error):  # noqa: F811
    data = salted(data.decode(), world["write"]()).encode()
    headers = {"Authorization": f"Bearer {world['api']['rest-acme']}", "Content-Type": "application/json"}
    ((got, body),) = call(world["restorer"], [(headers, data)])
    assert got == status
    assert len(world["audit"]) == 1  # every call is audited, malformed ones too
    if error:
        assert body["error"] == error and "Alice" not in str(body)
    else:
        assert body == {"text": "hi Alice Smith", "restored": 1}


def test_missing_bearer_is_401_and_audited(world):  # noqa: F811
    world["write"]()
    body = b'{"tenant": "acme", "event_id": "e-1", "reason": "support_case", "text": "<PERSON_1>"}'
    ((status, answer),) = call(world["restorer"], [({"Content-Type": "application/json"}, body)])
    assert status == 401 and answer["reason_code"] == "bad_api_key"
    assert world["audit"][-1].outcome == "unauthenticated"


def test_streamed_upload_streams_back_restored(world):  # noqa: F811
    p = world["write"]()
    answer = salted("Dear <PERSON_1>, we wrote to <EMAIL_ADDRESS_1>. Bye <PERSON_1> ✓", p).encode()

    async def run():
        server = TestServer(restore_app(world["restorer"]))
        await server.start_server()

        async def body():  # split inside tokens and inside a multi-byte character
            for i in range(0, len(answer), 5):
                yield answer[i : i + 5]
                await asyncio.sleep(0)

        try:
            async with ClientSession() as http:
                url = server.make_url("/restore/stream").with_query(tenant="acme", event_id="e-1", reason="dispute")
                headers = {"Authorization": f"Bearer {world['api']['rest-acme']}"}
                async with http.post(url, data=body(), headers=headers) as resp:
                    return resp.status, await resp.text()
        finally:
            await server.close()

    status, text = asyncio.run(run())
    assert status == 200
    assert text == "Dear Alice Smith, we wrote to alice@example.com. Bye Alice Smith ✓"
    assert world["audit"][-1].outcome == "allowed" and world["audit"][-1].reason == "dispute"


def test_streamed_restore_refused_before_any_byte(world):  # noqa: F811
    world["write"]()

    async def run():
        server = TestServer(restore_app(world["restorer"]))
        await server.start_server()
        try:
            async with ClientSession() as http:
                url = server.make_url("/restore/stream").with_query(tenant="acme", event_id="e-1", reason="dispute")
                headers = {"Authorization": f"Bearer {world['api']['rest-globex']}"}
                async with http.post(url, data=b"<PERSON_1>", headers=headers) as resp:
                    return resp.status, await resp.json()
        finally:
            await server.close()

    status, body = asyncio.run(run())
    assert status == 403 and body["reason_code"] == "wrong_tenant"


def _auth(w, name="rest-acme"):
    return {"Authorization": f"Bearer {w['api'][name]}", "Content-Type": "application/json"}


def test_keyless_caller_is_refused_before_the_body_is_read_and_audited_as_unknown(world):  # noqa: F811
    body = json.dumps({"tenant": "t" * 900_000, "event_id": "e-1", "reason": "x", "text": "y"}).encode()
    ((status, answer),) = call(world["restorer"], [({"Content-Type": "application/json"}, body)])
    assert status == 401 and answer == {"error": "unauthenticated", "reason_code": "bad_api_key"}
    (event,) = world["audit"]
    assert event.tenant == "unknown" and "ttt" not in repr(event)


def test_undeclared_tenant_strings_never_reach_the_audit_trail(world):  # noqa: F811
    ssn = "078-05-1120"
    body = json.dumps({"tenant": ssn, "event_id": ssn, "reason": "support_case", "text": "y"}).encode()
    ((status, answer),) = call(world["restorer"], [(_auth(world), body)])
    assert status == 403 and answer["reason_code"] == "wrong_tenant"
    assert world["audit"][-1].tenant == "unknown" and ssn not in repr(world["audit"])


@pytest.mark.parametrize(
    "body",
    [b"[" * 100_000, b'{"a":' * 50_000 + b"1" + b"}" * 50_000, b"\xff\xfe", b'{"n": 1' + b"1" * 5000 + b"}"],
)
def test_every_parse_error_is_a_400_with_an_audit_event(world, body):  # noqa: F811
    ((status, answer),) = call(world["restorer"], [(_auth(world), body)])
    assert status == 400 and answer == {"error": "bad_request", "reason_code": "bad_request"}
    assert len(world["audit"]) == 1 and world["audit"][0].reason_code == "bad_request"


def test_bodies_are_capped_on_both_endpoints(world):  # noqa: F811
    from pipeline.vault.http import MAX_BODY

    big = b'{"text": "' + b"x" * (MAX_BODY + 10) + b'"}'
    ((status, answer),) = call(world["restorer"], [(_auth(world), big)])
    assert status == 413 and answer["reason_code"] == "body_too_large"

    async def stream():
        server = TestServer(restore_app(world["restorer"]))
        await server.start_server()
        try:
            async with ClientSession() as http:
                url = server.make_url("/restore/stream").with_query(tenant="acme", event_id="e-1", reason="dispute")
                async with http.post(url, data=b"x" * (MAX_BODY + 10), headers=_auth(world)) as resp:
                    return resp.status
        finally:
            await server.close()

    assert asyncio.run(stream()) == 413
    assert [e.reason_code for e in world["audit"]] == ["body_too_large", "body_too_large"]


def test_failed_attempts_are_rate_limited_per_client(world):  # noqa: F811
    from pipeline.vault.http import MAX_FAILURES

    bad = {"Authorization": "Bearer vsk_nope_nope", "Content-Type": "application/json"}
    answers = call(world["restorer"], [(bad, b"{}")] * (MAX_FAILURES + 5) + [(_auth(world), b"{}")])
    assert [s for s, _ in answers[:MAX_FAILURES]] == [401] * MAX_FAILURES
    assert {s for s, _ in answers[MAX_FAILURES:]} == {429}  # a good key from that client waits too
    assert len(world["audit"]) == MAX_FAILURES  # the flood does not flood the audit trail


def test_errors_carry_a_reason_code_only(world, keys):  # noqa: F811
    p = world["write"](subject_id="alice")
    keys.destroy_subject("acme", p.subject_ref)
    body = b'{"tenant": "acme", "event_id": "e-1", "reason": "support_case", "text": "<PERSON_1>"}'
    ((status, answer),) = call(world["restorer"], [(_auth(world), body)])
    assert status == 410 and answer == {"error": "erased", "reason_code": "erased"}  # no key id, no subject ref
