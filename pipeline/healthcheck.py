"""The container healthcheck (`python -m pipeline.healthcheck`): exit 0 when this process
answers on its web port (/healthz: the worker) or its metrics port (/metrics: the audit
sink, the residual scan). Local probe only, so a TLS web port is not verified."""

from __future__ import annotations

import ssl
import sys
import urllib.request

from pipeline.settings import Settings


def probes(settings: Settings) -> list[str]:
    scheme = "https" if settings.web_tls_cert is not None else "http"
    urls = [f"{scheme}://127.0.0.1:{settings.web_port}/healthz"]
    if settings.metrics_port:
        urls.append(f"http://127.0.0.1:{settings.metrics_port}/metrics")
    return urls


def healthy(settings: Settings, timeout_s: float = 3.0) -> bool:
    insecure = ssl.create_default_context()
    insecure.check_hostname = False
    insecure.verify_mode = ssl.CERT_NONE
    for url in probes(settings):
        try:
            with urllib.request.urlopen(url, timeout=timeout_s, context=insecure) as resp:
                if resp.status == 200:
                    return True
        except OSError:
            continue
    return False


if __name__ == "__main__":
    sys.exit(0 if healthy(Settings()) else 1)
