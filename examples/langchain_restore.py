"""LangChain: the LLM sees tokens only, the user reads the originals.

    VEILSTREAM_RESTORE_URL=http://127.0.0.1:6066 VEILSTREAM_API_KEY_FILE=restorer.key \\
        python examples/langchain_restore.py acme tkt-1 "$(veilstream tail ai.support-tickets -n 1 | jq -r .text)"

The chat model here is LangChain's fake one (it answers with the protected
ticket, character by character when streamed, so tokens arrive split); put
your own model in its place. The example runs in CI:
tests/integration/test_client.py::test_the_langchain_example.
"""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path

from langchain_core.language_models.fake_chat_models import FakeListChatModel
from langchain_core.prompts import ChatPromptTemplate

from pipeline.client import AsyncRestoreClient, RestoreClient
from pipeline.client.langchain import RestoreOutput


def run(url: str, api_key_file: Path, tenant: str, event_id: str, protected_text: str) -> tuple[str, str, str]:
    """(invoked, streamed, astreamed) answers, restored."""
    prompt = ChatPromptTemplate.from_messages([("system", "Summarise the ticket."), ("user", "{ticket}")])
    model = FakeListChatModel(responses=[f"Summary: {protected_text}"] * 3)  # tokens in, tokens out
    ask = {"tenant": tenant, "event_id": event_id, "reason": "support_case"}
    with RestoreClient(url, api_key_file=api_key_file) as client:
        chain = prompt | model | RestoreOutput(client, **ask)
        invoked = chain.invoke({"ticket": protected_text})
        streamed = "".join(chain.stream({"ticket": protected_text}))

    async def astreamed() -> str:
        async with AsyncRestoreClient(url, api_key_file=api_key_file) as aclient:
            achain = prompt | model | RestoreOutput(async_client=aclient, **ask)
            return "".join([piece async for piece in achain.astream({"ticket": protected_text})])

    return invoked, streamed, asyncio.run(astreamed())


if __name__ == "__main__":
    tenant, event_id, text = sys.argv[1:4]
    url = os.environ.get("VEILSTREAM_RESTORE_URL", "http://127.0.0.1:6066")
    for answer in run(url, Path(os.environ["VEILSTREAM_API_KEY_FILE"]), tenant, event_id, text):
        print(answer)
