"""POST /restore: the HTTP face of restoration, an aiohttp handler the worker's
web server (pipeline.streams.web, or any aiohttp app) mounts.

Request:  Authorization: Bearer vsk_…; JSON {"tenant", "event_id", "reason",
          "text": "…"} or {"chunks": ["…", …]} for a streamed answer; "conversation_id"
          instead of "event_id" restores the tokens of every record of that conversation,
          "subject_id" the values of one data subject (a key granted restore:subject).
          Exactly one of the three, else 400 bad_request.
Answer:   200 {"text", "restored"} (and "ambiguous": how many tokens of the answer were
          left as they are because records of the conversation hold them with different
          originals, when there are any); 400/401/403/404/409/410/413/422/429 {"error", "reason_code"}
          (422 scope_too_large: the conversation or subject has more records than a restore may open).

POST /restore/stream?tenant=…&event_id=…&reason=… (or conversation_id=… or subject_id=…
instead of event_id): the body is the answer as the LLM streams it (chunked upload); the
restored text streams back as it comes, a token split across chunks held back
until it is whole. With `Accept: application/x-ndjson` the answer is framed:
one {"text": "…"} line per restored piece, then one last line
{"restored": n, "ambiguous": m} once the answer is whole (the counts are only
known at its end, and HTTP trailers reach neither aiohttp's server nor the
common clients, so the summary is a final event). A stream without that last
line was broken off (a refused line, a cut upload): it is not complete.

When the record's policy checks answers (post-generation), a whole answer is
scanned before anything is restored; a streamed one per completed line (a
refused line breaks the stream off, unrestored).

Order of checks: the per-client failure limit, then the API key (before a
byte of the body is read), then the body size, then its parsing. Every
answer but a rate-limited one is audited; an error never carries more than
its outcome and reason code.

The Restorer does blocking I/O (Kafka, KMS), so it runs in the executor.
"""

from __future__ import annotations

import asyncio
import codecs
import json
import time
from collections import OrderedDict, deque
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web

from pipeline import metrics
from pipeline.vault.apikeys import ApiKey
from pipeline.vault.restore import SCOPES, RestoreDenied, Restorer, TokenStream

MAX_BODY = 1024 * 1024  # an LLM answer, with room to spare; also the streamed upload's cap
MAX_FAILURES = 10  # failed attempts (bad key, wrong role or tenant) per client per window
FAILURE_WINDOW_S = 60.0
NDJSON = "application/x-ndjson"  # a streamed answer's framed form: text pieces, then its counts
MAX_CLIENTS = 10_000  # clients remembered by the limiter (oldest forgotten first)

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


class FailureLimiter:
    """Failed attempts per client address in a sliding window; bounded memory."""

    def __init__(
        self,
        max_failures: int = MAX_FAILURES,
        window_s: float = FAILURE_WINDOW_S,
        clock: Callable[[], float] = time.monotonic,
    ):
        self.max_failures = max_failures
        self.window_s = window_s
        self.clock = clock
        self._seen: OrderedDict[str, deque[float]] = OrderedDict()

    def _recent(self, client: str) -> deque[float]:
        times = self._seen.get(client)
        if times is None:
            return deque()
        cutoff = self.clock() - self.window_s
        while times and times[0] <= cutoff:
            times.popleft()
        return times

    def blocked(self, client: str) -> bool:
        return len(self._recent(client)) >= self.max_failures

    def failed(self, client: str) -> None:
        times = self._recent(client)
        times.append(self.clock())
        self._seen[client] = times
        self._seen.move_to_end(client)
        while len(self._seen) > MAX_CLIENTS:
            self._seen.popitem(last=False)


def _bearer(request: web.Request) -> str:
    auth = request.headers.get("Authorization", "")
    return auth[7:] if auth.startswith("Bearer ") else ""


def _client(request: web.Request) -> str:
    return request.remote or "?"


def _error(exc: RestoreDenied) -> web.Response:
    return web.json_response({"error": exc.outcome, "reason_code": exc.reason_code}, status=exc.status)


async def _read_capped(request: web.Request, limit: int) -> bytes | None:
    """The body, or None when it is (or announces itself) longer than LIMIT."""
    if request.content_length is not None and request.content_length > limit:
        return None
    body = bytearray()
    async for chunk in request.content.iter_chunked(64 * 1024):
        body += chunk
        if len(body) > limit:
            return None
    return bytes(body)


def _parse(body: bytes) -> dict[str, Any] | None:
    try:
        data = json.loads(body)
    except (ValueError, RecursionError):  # bad JSON, bad UTF-8, a huge number, deep nesting
        return None
    return data if isinstance(data, dict) else None


Action = Callable[[web.Request, ApiKey, str], Awaitable[web.StreamResponse]]


def _guarded(restorer: Restorer, limiter: FailureLimiter, action: Action) -> Handler:
    """Rate limit and authenticate, then run ACTION(request, caller, api_key)."""

    async def handle(request: web.Request) -> web.StreamResponse:
        client = _client(request)
        if limiter.blocked(client):
            metrics.DENIALS.labels("restore", "rate_limited").inc()  # not audited: that is what a flood wants
            return web.json_response({"error": "rate_limited", "reason_code": "too_many_failures"}, status=429)
        api_key = _bearer(request)
        loop = asyncio.get_running_loop()
        try:
            caller = await loop.run_in_executor(None, restorer.authenticate, api_key, "restore")
            return await action(request, caller, api_key)
        except RestoreDenied as exc:
            if exc.outcome in ("unauthenticated", "denied"):
                limiter.failed(client)
            return _error(exc)

    return handle


def make_restore_handler(restorer: Restorer, limiter: FailureLimiter | None = None) -> Handler:
    async def action(request: web.Request, caller: ApiKey, api_key: str) -> web.StreamResponse:
        loop = asyncio.get_running_loop()
        body = await _read_capped(request, MAX_BODY)
        if body is None:
            raise await loop.run_in_executor(None, restorer.reject, caller, "", "body_too_large")
        data = _parse(body) or {}
        chunks = data.get("chunks", [data["text"]] if isinstance(data.get("text"), str) else None)
        scope = [k for k in SCOPES if k in data]  # exactly one of them
        fields = [data.get(k) for k in ("tenant", *scope, "reason")]
        if not (
            len(scope) == 1
            and isinstance(chunks, list)
            and all(isinstance(c, str) for c in chunks)
            and all(isinstance(f, str) for f in fields)
        ):
            tenant = fields[0] if isinstance(fields[0], str) else ""
            raise await loop.run_in_executor(None, restorer.reject, caller, tenant, "bad_request")
        tenant, scope_id, reason = (str(f) for f in fields)
        lookup = restorer.scoped(scope[0])
        answer = "".join(chunks)  # whole: the policy's post-generation check sees it before any original is out
        originals = await loop.run_in_executor(None, lookup, api_key, tenant, scope_id, reason, answer)
        stream = TokenStream(originals)
        text = "".join(stream.feed(c) for c in chunks) + stream.finish()
        out: dict[str, Any] = {"text": text, "restored": stream.replaced}
        if stream.ambiguous:
            out["ambiguous"] = stream.ambiguous
        return web.json_response(out)

    return _guarded(restorer, limiter or FailureLimiter(), action)


def make_stream_handler(restorer: Restorer, limiter: FailureLimiter | None = None) -> Handler:
    async def action(request: web.Request, caller: ApiKey, api_key: str) -> web.StreamResponse:
        q = request.query
        loop = asyncio.get_running_loop()
        if request.content_length is not None and request.content_length > MAX_BODY:
            raise await loop.run_in_executor(None, restorer.reject, caller, q.get("tenant", ""), "body_too_large")
        tenant, reason = q.get("tenant", ""), q.get("reason", "")
        scope = [k for k in SCOPES if k in q]
        if len(scope) != 1:  # exactly one of them
            raise await loop.run_in_executor(None, restorer.reject, caller, tenant, "bad_request")
        lookup, scope_id = restorer.scoped(scope[0]), q[scope[0]]
        originals = await loop.run_in_executor(None, lookup, api_key, tenant, scope_id, reason, None)
        stream = restorer.answer_stream(originals)  # checked per completed line when the policy checks answers
        decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        framed = NDJSON in request.headers.get("Accept", "")
        content_type = NDJSON if framed else "text/plain; charset=utf-8"
        response = web.StreamResponse(headers={"Content-Type": content_type})
        await response.prepare(request)

        def piece(text: str) -> bytes:
            return (json.dumps({"text": text}) + "\n").encode() if framed else text.encode()

        seen = 0
        async for chunk in request.content.iter_any():
            seen += len(chunk)
            if seen > MAX_BODY:  # a chunked upload without a length: cut it off, audited
                await loop.run_in_executor(None, restorer.reject, caller, originals.tenant, "body_too_large")
                if request.transport is not None:
                    request.transport.close()
                return response
            try:
                out = await loop.run_in_executor(None, stream.feed, decoder.decode(chunk))  # may run the detector
            except RestoreDenied:  # foreign PII under `refuse` (audited): the answer breaks off unrestored
                return _break_off(request, response)
            if out:
                await response.write(piece(out))
        try:
            tail = await loop.run_in_executor(
                None, lambda: stream.feed(decoder.decode(b"", final=True)) + stream.finish()
            )
        except RestoreDenied:
            return _break_off(request, response)
        if tail or not framed:
            await response.write(piece(tail))
        if framed:  # the last event: the answer is whole, and what it restored and left ambiguous
            await response.write(
                (json.dumps({"restored": stream.replaced, "ambiguous": stream.ambiguous}) + "\n").encode()
            )
        await response.write_eof()
        return response

    return _guarded(restorer, limiter or FailureLimiter(), action)


def _break_off(request: web.Request, response: web.StreamResponse) -> web.StreamResponse:
    """End a streamed answer without its end: the client sees a broken stream, not a complete one."""
    if request.transport is not None:
        request.transport.close()
    return response


def add_restore_route(app: web.Application, restorer: Restorer, path: str = "/restore") -> None:
    limiter = FailureLimiter()  # one per server: both endpoints count against the same client
    app.router.add_post(path, make_restore_handler(restorer, limiter))
    app.router.add_post(f"{path}/stream", make_stream_handler(restorer, limiter))


def restore_app(restorer: Restorer) -> web.Application:
    app = web.Application(client_max_size=MAX_BODY)
    add_restore_route(app, restorer)
    return app
