"""The /restore handler on a local aiohttp server (no broker: the vault is a dict)."""

from __future__ import annotations

import asyncio

import pytest
from aiohttp import ClientSession
from aiohttp.test_utils import TestServer

from pipeline.vault.http import restore_app
from tests.unit.vault.test_restore import world  # noqa: F401  (the fixture)


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
    world["write"]()
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
    world["write"]()
    answer = "Dear <PERSON_1>, we wrote to <EMAIL_ADDRESS_1>. Bye <PERSON_1> ✓".encode()

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
