"""The worker's web server: /metrics, /healthz, /ready and the restoration API.

Bound to the configured address only, TLS when a certificate is configured
(/restore carries API keys), and no page beyond ours.
"""

from __future__ import annotations

import ssl
from collections.abc import Callable

from aiohttp import web

from pipeline import metrics
from pipeline.settings import Settings
from pipeline.vault.http import MAX_BODY, add_restore_route
from pipeline.vault.restore import Restorer


def web_ssl_context(settings: Settings) -> ssl.SSLContext | None:
    """A server TLS context from the configured certificate and key, or None (plain HTTP)."""
    if settings.web_tls_cert is None:
        return None
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain(settings.web_tls_cert, settings.web_tls_key)
    return ctx


def web_app(ready: Callable[[], bool], restorer: Restorer | None) -> web.Application:
    async def metrics_page(request: web.Request) -> web.Response:
        body, content_type = metrics.exposition()
        return web.Response(body=body, headers={"Content-Type": content_type})

    async def healthz(request: web.Request) -> web.Response:  # liveness: the event loop answers
        return web.json_response({"ok": True})

    async def ready_page(request: web.Request) -> web.Response:  # readiness: partitions assigned
        ok = ready()
        return web.json_response({"ready": ok}, status=200 if ok else 503)

    app = web.Application(client_max_size=MAX_BODY)
    app.router.add_get("/metrics", metrics_page)
    app.router.add_get("/healthz", healthz)
    app.router.add_get("/ready", ready_page)
    if restorer is not None:
        add_restore_route(app, restorer)  # POST /restore: the restoration API
    return app


async def start_web(settings: Settings, ready: Callable[[], bool], restorer: Restorer | None) -> web.AppRunner:
    """Serve the pages on settings.web_host:web_port until the returned runner is cleaned up."""
    runner = web.AppRunner(web_app(ready, restorer), access_log=None)
    await runner.setup()
    await web.TCPSite(runner, settings.web_host, settings.web_port, ssl_context=web_ssl_context(settings)).start()
    return runner
