"""POST /restore: the HTTP face of restoration, an aiohttp handler the faust
web server (or any aiohttp app) mounts.

Request:  Authorization: Bearer vsk_…; JSON {"tenant", "event_id", "reason",
          "text": "…"} or {"chunks": ["…", …]} for a streamed answer.
Answer:   200 {"text", "restored"}; 400/401/403/404/409/410 {"error", "reason_code"}.

POST /restore/stream?tenant=…&event_id=…&reason=…: the body is the answer as
the LLM streams it (chunked upload); the restored text streams back as it
comes, a token split across chunks held back until it is whole.

The Restorer does blocking I/O (Kafka, KMS), so it runs in the executor.
"""

from __future__ import annotations

import asyncio
import codecs

from aiohttp import web

from pipeline.vault.restore import RestoreDenied, Restorer, TokenStream

MAX_BODY = 1024 * 1024


def make_restore_handler(restorer: Restorer):
    async def handle(request: web.Request) -> web.Response:
        auth = request.headers.get("Authorization", "")
        api_key = auth[7:] if auth.startswith("Bearer ") else ""
        loop = asyncio.get_running_loop()
        try:
            body = await request.json()
        except ValueError:
            body = None
        body = body if isinstance(body, dict) else {}
        chunks = body.get("chunks", [body["text"]] if isinstance(body.get("text"), str) else None)
        fields = [body.get(k) for k in ("tenant", "event_id", "reason")]
        if not (
            isinstance(chunks, list)
            and all(isinstance(c, str) for c in chunks)
            and all(isinstance(f, str) for f in fields)
        ):
            tenant = fields[0] if isinstance(fields[0], str) else ""
            exc = await loop.run_in_executor(
                None,
                restorer.reject,
                api_key,
                tenant,
                "a JSON object with tenant, event_id, reason and text (or chunks), all strings",
            )
            return _error(exc.status, exc.outcome, str(exc), exc.reason_code)
        tenant, event_id, reason = fields
        try:
            originals = await loop.run_in_executor(None, restorer.originals, api_key, tenant, event_id, reason)
        except RestoreDenied as exc:
            return _error(exc.status, exc.outcome, str(exc), exc.reason_code)
        stream = TokenStream(originals)
        text = "".join(stream.feed(c) for c in chunks) + stream.finish()
        return web.json_response({"text": text, "restored": stream.replaced})

    return handle


def make_stream_handler(restorer: Restorer):
    async def handle(request: web.Request) -> web.StreamResponse:
        auth = request.headers.get("Authorization", "")
        api_key = auth[7:] if auth.startswith("Bearer ") else ""
        q = request.query
        loop = asyncio.get_running_loop()
        try:
            originals = await loop.run_in_executor(
                None, restorer.originals, api_key, q.get("tenant", ""), q.get("event_id", ""), q.get("reason", "")
            )
        except RestoreDenied as exc:
            return _error(exc.status, exc.outcome, str(exc), exc.reason_code)
        stream = TokenStream(originals)
        decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        response = web.StreamResponse(headers={"Content-Type": "text/plain; charset=utf-8"})
        await response.prepare(request)
        async for chunk in request.content.iter_any():
            out = stream.feed(decoder.decode(chunk))
            if out:
                await response.write(out.encode())
        await response.write((stream.feed(decoder.decode(b"", final=True)) + stream.finish()).encode())
        await response.write_eof()
        return response

    return handle


def _error(status: int, outcome: str, message: str, reason_code: str = "") -> web.Response:
    return web.json_response({"error": outcome, "reason_code": reason_code, "message": message}, status=status)


def add_restore_route(app: web.Application, restorer: Restorer, path: str = "/restore") -> None:
    app.router.add_post(path, make_restore_handler(restorer))
    app.router.add_post(f"{path}/stream", make_stream_handler(restorer))


def restore_app(restorer: Restorer) -> web.Application:
    app = web.Application(client_max_size=MAX_BODY)
    add_restore_route(app, restorer)
    return app
