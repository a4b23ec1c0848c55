"""Restore client: put the originals back into an LLM's answer through a worker's POST /restore.

Sync (`RestoreClient`, httpx) and async (`AsyncRestoreClient`, aiohttp), each
for a whole answer (`restore`) or an answer as the LLM streams it
(`restore_stream`: the worker holds back a token split across chunks until it
is whole). Errors are `RestoreError` with the worker's outcome and reason code
only. Connection failures, 429 and 502/503/504 are retried with backoff; a
streamed restore is not retried once its first chunk was sent (the LLM stream
cannot be replayed).

Each call names the record the answer is about (`event_id=`) or the
conversation (`conversation_id=`, the records whose `conversation_id`
attribute names it): then the tokens of all its records still within
retention restore, and a token two of them hold with different originals
is left as it is (counted in `Restored.ambiguous`); or the data subject
(`subject_id=`: its values in every record that concerns it, with a key
granted `restore:subject`). Exactly one of the three.

The API key comes from the caller, from a file only its owner may read, or
from Settings (VEILSTREAM_API_KEY / VEILSTREAM_API_KEY_FILE): never a literal
in code.
"""

from __future__ import annotations

import asyncio
import os
import stat
import time
from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

RETRY_STATUS = frozenset({429, 502, 503, 504})


class RestoreError(Exception):
    """A refused or failed restore: HTTP status, outcome (`denied`, `expired`...) and reason code."""

    def __init__(self, status: int, outcome: str, reason_code: str):
        super().__init__(f"restore {outcome} ({reason_code}), HTTP {status}")
        self.status = status
        self.outcome = outcome
        self.reason_code = reason_code

    @property
    def retryable(self) -> bool:
        return self.status in RETRY_STATUS or self.status == 0


@dataclass(frozen=True)
class Restored:
    text: str
    restored: int  # how many tokens were replaced
    ambiguous: int = 0  # tokens left as they are: the conversation's records hold them with different originals


def read_key_file(path: Path) -> str:
    """An API key from a file that only its owner may read (mode 0600 or stricter)."""
    mode = os.stat(path).st_mode
    if mode & (stat.S_IRWXG | stat.S_IRWXO):
        raise PermissionError(f"{path}: readable by others (mode {stat.S_IMODE(mode):o}); chmod 600 it")
    return Path(path).read_text().strip()


def resolve_key(api_key: str | None, api_key_file: Path | None, settings: Any = None) -> str:
    """The explicit key, else the file, else the settings' api_key / api_key_file."""
    if api_key:
        return api_key
    if api_key_file is not None:
        return read_key_file(api_key_file)
    if settings is not None:
        secret = getattr(settings, "api_key", None)
        if secret is not None and secret.get_secret_value():
            return str(secret.get_secret_value())
        if getattr(settings, "api_key_file", None):
            return read_key_file(settings.api_key_file)
    raise ValueError("no API key: pass api_key or api_key_file, or set VEILSTREAM_API_KEY(_FILE)")


def _error(status: int, body: Any) -> RestoreError:
    body = body if isinstance(body, dict) else {}
    return RestoreError(status, str(body.get("error", "failed")), str(body.get("reason_code", "")))


def _scope(
    tenant: str, event_id: str | None, conversation_id: str | None, reason: str, subject_id: str | None = None
) -> dict[str, str]:
    """The request's tenant, reason and exactly one of event_id, conversation_id and subject_id."""
    named = (("event_id", event_id), ("conversation_id", conversation_id), ("subject_id", subject_id))
    scope = {k: str(v) for k, v in named if v is not None}
    if len(scope) != 1:
        raise ValueError("name exactly one of event_id, conversation_id and subject_id")
    return {"tenant": tenant, **scope, "reason": reason}


def _restored(data: dict[str, Any]) -> Restored:
    return Restored(data["text"], int(data["restored"]), int(data.get("ambiguous", 0)))


def _body(ask: dict[str, str], text: str | None, chunks: list[str] | None) -> dict[str, Any]:
    body: dict[str, Any] = dict(ask)
    if chunks is not None:
        body["chunks"] = chunks
    else:
        body["text"] = text
    return body


class RestoreClient:
    """Blocking client (httpx)."""

    def __init__(
        self,
        base_url: str,
        api_key: str | None = None,
        *,
        api_key_file: Path | None = None,
        settings: Any = None,
        timeout_s: float = 10.0,
        retries: int = 3,
        backoff_s: float = 0.2,
        verify: Any = True,
    ):
        import httpx

        self._key = resolve_key(api_key, api_key_file, settings)
        self._retries, self._backoff = retries, backoff_s
        self._http = httpx.Client(
            base_url=base_url.rstrip("/"),
            timeout=timeout_s,
            verify=verify,
            headers={"Authorization": f"Bearer {self._key}"},
        )

    def __enter__(self) -> RestoreClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._http.close()

    def restore(
        self,
        text: str | list[str],
        *,
        tenant: str,
        reason: str,
        event_id: str | None = None,
        conversation_id: str | None = None,
        subject_id: str | None = None,
    ) -> Restored:
        """The whole answer (or its chunks, in order) restored."""
        import httpx

        chunks = text if isinstance(text, list) else None
        ask = _scope(tenant, event_id, conversation_id, reason, subject_id)
        body = _body(ask, None if chunks is not None else str(text), chunks)
        for attempt in range(self._retries + 1):
            try:
                resp = self._http.post("/restore", json=body)
            except httpx.TransportError:
                if attempt == self._retries:
                    raise RestoreError(0, "unavailable", "connection_failed") from None
            else:
                if resp.status_code == 200:
                    return _restored(resp.json())
                err = _error(resp.status_code, _json(resp))
                if not err.retryable or attempt == self._retries:
                    raise err
            time.sleep(self._backoff * 2**attempt)
        raise AssertionError("unreachable")

    def restore_stream(
        self,
        chunks: Iterable[str],
        *,
        tenant: str,
        reason: str,
        event_id: str | None = None,
        conversation_id: str | None = None,
        subject_id: str | None = None,
    ) -> Iterator[str]:
        """Restored text as it comes back, for an answer given chunk by chunk."""
        import httpx

        params = _scope(tenant, event_id, conversation_id, reason, subject_id)
        body = (c.encode() for c in chunks)
        try:
            with self._http.stream("POST", "/restore/stream", params=params, content=body) as resp:
                if resp.status_code != 200:
                    resp.read()
                    raise _error(resp.status_code, _json(resp))
                yield from resp.iter_text()
        except httpx.TransportError:
            raise RestoreError(0, "unavailable", "connection_failed") from None


def _json(resp: Any) -> Any:
    try:
        return resp.json()
    except ValueError:
        return None


class AsyncRestoreClient:
    """asyncio client (aiohttp). A streamed restore is full duplex: restored text comes
    back while the LLM is still answering."""

    def __init__(
        self,
        base_url: str,
        api_key: str | None = None,
        *,
        api_key_file: Path | None = None,
        settings: Any = None,
        timeout_s: float = 10.0,
        retries: int = 3,
        backoff_s: float = 0.2,
        ssl: Any = None,
    ):
        self._base = base_url.rstrip("/")
        self._key = resolve_key(api_key, api_key_file, settings)
        self._retries, self._backoff, self._timeout, self._ssl = retries, backoff_s, timeout_s, ssl
        self._session: Any = None

    async def __aenter__(self) -> AsyncRestoreClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    def _http(self) -> Any:
        import aiohttp

        if self._session is None:
            self._session = aiohttp.ClientSession(
                headers={"Authorization": f"Bearer {self._key}"},
                timeout=aiohttp.ClientTimeout(total=None, sock_connect=self._timeout, sock_read=self._timeout),
            )
        return self._session

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
            self._session = None

    async def restore(
        self,
        text: str | list[str],
        *,
        tenant: str,
        reason: str,
        event_id: str | None = None,
        conversation_id: str | None = None,
        subject_id: str | None = None,
    ) -> Restored:
        import aiohttp

        chunks = text if isinstance(text, list) else None
        ask = _scope(tenant, event_id, conversation_id, reason, subject_id)
        body = _body(ask, None if chunks is not None else str(text), chunks)
        for attempt in range(self._retries + 1):
            try:
                async with self._http().post(f"{self._base}/restore", json=body, ssl=self._ssl) as resp:
                    data = await resp.json(content_type=None)
                    if resp.status == 200:
                        return _restored(data)
                    err = _error(resp.status, data)
                    if not err.retryable or attempt == self._retries:
                        raise err
            except (TimeoutError, aiohttp.ClientConnectionError):
                if attempt == self._retries:
                    raise RestoreError(0, "unavailable", "connection_failed") from None
            await asyncio.sleep(self._backoff * 2**attempt)
        raise AssertionError("unreachable")

    async def restore_stream(
        self,
        chunks: AsyncIterable[str],
        *,
        tenant: str,
        reason: str,
        event_id: str | None = None,
        conversation_id: str | None = None,
        subject_id: str | None = None,
    ) -> AsyncIterator[str]:
        import codecs

        import aiohttp

        async def upload() -> AsyncIterator[bytes]:
            async for c in chunks:
                yield c.encode()

        params = _scope(tenant, event_id, conversation_id, reason, subject_id)
        decoder = codecs.getincrementaldecoder("utf-8")()
        try:
            async with self._http().post(
                f"{self._base}/restore/stream", params=params, data=upload(), ssl=self._ssl
            ) as resp:
                if resp.status != 200:
                    raise _error(resp.status, await resp.json(content_type=None))
                async for piece in resp.content.iter_any():
                    out = decoder.decode(piece)
                    if out:
                        yield out
                tail = decoder.decode(b"", final=True)
                if tail:
                    yield tail
        except aiohttp.ClientConnectionError:
            raise RestoreError(0, "unavailable", "connection_failed") from None
