"""pipeline.client against the restore API on a real socket, over the real vault topic and keys.

The server is the aiohttp app a worker mounts on its web port (pipeline.vault.http),
run in a thread; the clients are the sync (httpx) and async (aiohttp) ones.
"""

from __future__ import annotations

import asyncio
import threading
import time
from collections.abc import AsyncIterator, Iterator

import pytest
from aiohttp import web

from pipeline.client import AsyncRestoreClient, RestoreClient, RestoreError
from pipeline.devstack import free_port
from pipeline.vault import open_restorer
from pipeline.vault.http import restore_app
from tests.integration import test_keys_fixtures as kf
from tests.integration import test_vault_helpers as vh

pytestmark = pytest.mark.integration

key_settings = kf.key_settings
world = vh.world
CHUNKS = ["Dear <PERS", "ON_1>, we wrote to <EMAIL_ADD", "RESS_1>. Thanks <PERSON_1>! ", "<PERSON_7>"]
RESTORED = "Dear Alice Smith, we wrote to alice@example.com. Thanks Alice Smith! <PERSON_7>"
ANSWER: list[str] = []
ASK = {"tenant": "acme", "event_id": "e-1", "reason": "support_case"}


@pytest.fixture
def server(world) -> Iterator[str]:
    world.write("e-1", "acme", "alice", int(time.time() * 1000))
    restorer = open_restorer(world.settings, topology=world.topology)
    loop = asyncio.new_event_loop()
    port = free_port()
    runner = web.AppRunner(restore_app(restorer))
    loop.run_until_complete(runner.setup())
    loop.run_until_complete(web.TCPSite(runner, "127.0.0.1", port).start())
    thread = threading.Thread(target=loop.run_forever, daemon=True)
    thread.start()
    global ANSWER
    ANSWER = [world.salted("e-1", c) if "_1>" in c else c for c in CHUNKS]  # the record's salted tokens
    yield f"http://127.0.0.1:{port}"
    asyncio.run_coroutine_threadsafe(runner.cleanup(), loop).result(10)
    loop.call_soon_threadsafe(loop.stop)
    thread.join(10)


def test_sync_client_whole_chunks_and_stream(world, server):
    with RestoreClient(server, world.api["restorer-acme"]) as client:
        assert client.restore("".join(ANSWER), **ASK).text == RESTORED
        whole = client.restore(ANSWER, **ASK)
        assert (whole.text, whole.restored) == (RESTORED, 3)
        assert "".join(client.restore_stream(iter(ANSWER), **ASK)) == RESTORED


def test_sync_client_reason_codes(world, server):
    with RestoreClient(server, world.api["restorer-globex"]) as client:
        with pytest.raises(RestoreError) as err:
            client.restore("x", **ASK)
    assert (err.value.status, err.value.outcome, err.value.reason_code) == (403, "denied", "wrong_tenant")
    with RestoreClient(server, world.api["auditor-acme"]) as client:
        with pytest.raises(RestoreError) as err:
            list(client.restore_stream(iter(ANSWER), **ASK))
    assert err.value.reason_code == "wrong_role"


def test_key_from_an_owner_only_file(world, server, tmp_path):
    path = tmp_path / "key"
    path.write_text(world.api["restorer-acme"] + "\n")
    path.chmod(0o644)
    with pytest.raises(PermissionError, match="chmod 600"):
        RestoreClient(server, api_key_file=path)
    path.chmod(0o600)
    with RestoreClient(server, api_key_file=path) as client:
        assert client.restore(ANSWER, **ASK).restored == 3


def test_async_client_streams_while_the_llm_answers(world, server):
    """The first restored piece arrives before the LLM has finished: full duplex."""

    async def run() -> tuple[list[str], list[str], str]:
        events: list[str] = []

        async def llm() -> AsyncIterator[str]:
            for chunk in ANSWER:
                events.append(f"llm {chunk!r}")
                yield chunk
                await asyncio.sleep(0.3)
            events.append("llm done")

        pieces = []
        async with AsyncRestoreClient(server, world.api["restorer-acme"]) as client:
            async for piece in client.restore_stream(llm(), **ASK):
                events.append("restored")
                pieces.append(piece)
            whole = await client.restore(ANSWER, **ASK)
        return pieces, events, whole.text

    pieces, events, whole = asyncio.run(run())
    assert "".join(pieces) == RESTORED == whole
    assert events.index("restored") < events.index("llm done")


def test_clients_restore_a_conversation(world, server):
    """Two turns of one conversation, quoted in one answer: sync whole and streamed, async whole."""
    now = int(time.time() * 1000)
    world.write("turn-1", "acme", "alice", now, conversation="conv-9")
    world.write("turn-2", "acme", "bob", now, conversation="conv-9")
    answer = [world.salted("turn-1", "<PERSON_1> and <PERS"), world.salted("turn-2", "ON_1>, <EMAIL_ADDRESS_1>")]
    want = "Alice Smith and Bob Jones, bob@example.org"
    ask = {"tenant": "acme", "conversation_id": "conv-9", "reason": "support_case"}
    with RestoreClient(server, world.api["restorer-acme"]) as client:
        whole = client.restore(answer, **ask)
        assert (whole.text, whole.restored, whole.ambiguous) == (want, 3, 0)
        assert "".join(client.restore_stream(iter(answer), **ask)) == want

    async def run() -> str:
        async with AsyncRestoreClient(server, world.api["restorer-acme"]) as client:
            return (await client.restore("".join(answer), **ask)).text

    assert asyncio.run(run()) == want


def test_unreachable_worker_is_retried_then_reported():
    with RestoreClient(f"http://127.0.0.1:{free_port()}", "vsk_x_y", retries=2, backoff_s=0.01) as client:
        with pytest.raises(RestoreError) as err:
            client.restore("x", **ASK)
    assert (err.value.status, err.value.reason_code, err.value.retryable) == (0, "connection_failed", True)


def test_against_a_real_worker(stack, tmp_path):
    """`veilstream run` protects an event; the client restores its AI text through the worker's /restore."""
    import json
    import signal

    from pipeline import codecs
    from pipeline.kafka import read_topic
    from pipeline.vault import apikeys_path
    from pipeline.vault.apikeys import ApiKeyStore
    from tests.integration.opskit import start_worker, stop
    from tests.integration.streamkit import make_topology, wait_for_decisions

    path, topology = make_topology(tmp_path, stack.bootstrap)
    [stream] = topology.streams
    text = "Hi, I am Maria Garcia, write to maria.garcia@example.com please."
    event = {"event_id": "t-1", "tenant": "acme", "source": "crm", "produced_at": int(time.time() * 1000), "text": text}
    stack.produce(stream.raw, [json.dumps(event).encode()])
    key = ApiKeyStore(apikeys_path(stack.settings)).create(f"bot-{stream.name}", "acme", "restorer")[1]
    worker, port = start_worker(path, tmp_path / "worker.log")
    try:
        wait_for_decisions(stack.kafka, topology, at_least=1, timeout_s=180)
        [ai] = [codecs.decode("ProtectedRecord", m.value())["text"] for m in read_topic(stack.kafka, stream.ai)]
        assert "Maria" not in ai and "<" in ai
        answer = f"Sure. {ai}"
        ask = {"tenant": "acme", "event_id": "t-1", "reason": "support_case"}
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        while True:  # the web port opens once the worker has joined its group
            try:
                with RestoreClient(url, key, retries=0) as client:
                    restored = client.restore(answer, **ask)
                    streamed = "".join(
                        client.restore_stream((answer[i : i + 7] for i in range(0, len(answer), 7)), **ask)
                    )
                break
            except RestoreError as exc:
                if exc.status != 0 or time.monotonic() > deadline:
                    raise
                time.sleep(1)
        assert restored.text == streamed == f"Sure. {text}"
        # Post-generation check: another customer's address in the answer is flagged (the policy's default).
        seeded = "john.roe@example.net"
        with RestoreClient(url, key) as client:
            assert client.restore(f"{answer} Or {seeded}.", **ask).text == f"Sure. {text} Or {seeded}."
        audit = [
            m.value() for t in {topology.audit_topic, stack.settings.audit_topic} for m in read_topic(stack.kafka, t)
        ]
        flagged = [e for e in map(codecs.decode_audit, audit) if e.kind == "restore" and e.reason_code == "foreign_pii"]
        assert [(e.outcome, e.entity_counts) for e in flagged] == [("allowed", {"EMAIL_ADDRESS": 1})]
        assert not any(seeded.encode() in v for v in audit)
        with RestoreClient(url, key) as client, pytest.raises(RestoreError) as err:
            client.restore(answer, **{**ask, "tenant": "globex"})
        assert (err.value.status, err.value.reason_code) == (403, "wrong_tenant")
    finally:
        code = stop(worker, signal.SIGTERM)
    assert code == 0, (tmp_path / "worker.log").read_text()[-2000:]


def test_the_langchain_example(world, server, tmp_path):
    """examples/langchain_restore.py with LangChain's fake chat model: invoke, stream and astream restore."""
    from examples.langchain_restore import run

    key = tmp_path / "restorer.key"
    key.write_text(world.api["restorer-acme"])
    key.chmod(0o600)
    protected = "".join(ANSWER)
    answers = run(server, key, "acme", "e-1", protected)
    assert answers == (f"Summary: {RESTORED}",) * 3


def test_clients_restore_a_subject(world, server):
    """One subject's two records quoted in one answer: sync whole and streamed, async whole and streamed,
    LangChain's RestoreOutput; a key without the grant is refused with its reason code."""
    from langchain_core.language_models.fake_chat_models import FakeListChatModel

    from pipeline.client.langchain import RestoreOutput

    now = int(time.time() * 1000)
    world.write("sub-1", "acme", "bob", now)
    world.write("sub-2", "acme", "bob", now, conversation="conv-b")
    answer = [world.salted("sub-1", "<PERSON_1> and <PERS"), world.salted("sub-2", "ON_1>, <EMAIL_ADDRESS_1>")]
    want = "Bob Jones and Bob Jones, bob@example.org"
    ask = {"tenant": "acme", "subject_id": "bob", "reason": "legal"}
    key = world.apikeys.create("dpo", "acme", "restorer", grants=("restore:subject",))[1]
    with RestoreClient(server, key) as client:
        whole = client.restore(answer, **ask)
        assert (whole.text, whole.restored, whole.ambiguous) == (want, 3, 0)
        assert "".join(client.restore_stream(iter(answer), **ask)) == want
        chain = FakeListChatModel(responses=["".join(answer)]) | RestoreOutput(client, **ask)
        assert chain.invoke("hi") == want
    with RestoreClient(server, world.api["restorer-acme"]) as client, pytest.raises(RestoreError) as err:
        client.restore(answer, **ask)
    assert (err.value.status, err.value.reason_code) == (403, "not_granted")

    async def run() -> tuple[str, str]:
        async def llm() -> AsyncIterator[str]:
            for chunk in answer:
                yield chunk

        async with AsyncRestoreClient(server, key) as client:
            whole = (await client.restore("".join(answer), **ask)).text
            streamed = "".join([piece async for piece in client.restore_stream(llm(), **ask)])
        return whole, streamed

    assert asyncio.run(run()) == (want, want)
