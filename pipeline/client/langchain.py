"""A LangChain runnable that restores the originals in an LLM's output (optional extra
`veilstream[langchain]`: langchain-core).

    chain = prompt | chat_model | RestoreOutput(client, tenant="acme", event_id="tkt-1", reason="support_case")
    # or conversation_id="conv-7" (every turn of a conversation), or subject_id="cust-42" (a key granted
    # restore:subject): exactly one of the three
    chain.invoke({...})              # the restored answer, a str
    for piece in chain.stream({...}):  # restored text as the model streams; a token split
        ...                            # across chunks is held back until whole (the worker's TokenStream)

Give it a `RestoreClient` for invoke/stream, an `AsyncRestoreClient` for
ainvoke/astream, or both. Refusals raise `RestoreError` (outcome, reason code).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from typing import Any

from langchain_core.runnables import Runnable, RunnableConfig

from pipeline.client.restore import AsyncRestoreClient, RestoreClient, _scope


def _text(value: Any) -> str:
    """The text of a chat model's output (a message or chunk), or of a plain string."""
    content = getattr(value, "content", value)
    if isinstance(content, str):
        return content
    if isinstance(content, list):  # content blocks: keep the text ones
        return "".join(b if isinstance(b, str) else str(b.get("text", "")) for b in content)
    raise TypeError(f"cannot restore a {type(value).__name__}")


class RestoreOutput(Runnable[Any, str]):
    def __init__(
        self,
        client: RestoreClient | None = None,
        *,
        async_client: AsyncRestoreClient | None = None,
        tenant: str,
        reason: str,
        event_id: str | None = None,
        conversation_id: str | None = None,
        subject_id: str | None = None,
    ):
        if client is None and async_client is None:
            raise ValueError("give a RestoreClient, an AsyncRestoreClient, or both")
        self.client, self.async_client = client, async_client
        self.ask = _scope(tenant, event_id, conversation_id, reason, subject_id)  # exactly one scope

    def _sync(self) -> RestoreClient:
        if self.client is None:
            raise RuntimeError("RestoreOutput has no RestoreClient: use ainvoke/astream, or pass client=")
        return self.client

    def _async(self) -> AsyncRestoreClient:
        if self.async_client is None:
            raise RuntimeError("RestoreOutput has no AsyncRestoreClient: use invoke/stream, or pass async_client=")
        return self.async_client

    def invoke(self, input: Any, config: RunnableConfig | None = None, **kwargs: Any) -> str:
        return self._call_with_config(lambda x: self._sync().restore(_text(x), **self.ask).text, input, config)

    async def ainvoke(self, input: Any, config: RunnableConfig | None = None, **kwargs: Any) -> str:
        async def restore(x: Any) -> str:
            return (await self._async().restore(_text(x), **self.ask)).text

        return await self._acall_with_config(restore, input, config)

    def transform(self, input: Iterator[Any], config: RunnableConfig | None = None, **kwargs: Any) -> Iterator[str]:
        def restore(chunks: Iterator[Any]) -> Iterator[str]:
            yield from self._sync().restore_stream((_text(c) for c in chunks), **self.ask)

        yield from self._transform_stream_with_config(input, restore, config)

    async def atransform(
        self, input: AsyncIterator[Any], config: RunnableConfig | None = None, **kwargs: Any
    ) -> AsyncIterator[str]:
        async def texts(chunks: AsyncIterator[Any]) -> AsyncIterator[str]:
            async for c in chunks:
                yield _text(c)

        async def restore(chunks: AsyncIterator[Any]) -> AsyncIterator[str]:
            async for piece in self._async().restore_stream(texts(chunks), **self.ask):
                yield piece

        async for piece in self._atransform_stream_with_config(input, restore, config):
            yield piece

    def stream(self, input: Any, config: RunnableConfig | None = None, **kwargs: Any) -> Iterator[str]:
        yield from self.transform(iter([input]), config, **kwargs)

    async def astream(self, input: Any, config: RunnableConfig | None = None, **kwargs: Any) -> AsyncIterator[str]:
        async def one() -> AsyncIterator[Any]:
            yield input

        async for piece in self.atransform(one(), config, **kwargs):
            yield piece
