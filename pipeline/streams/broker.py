"""faust's side of the Kafka client factory: the same Settings as pipeline.clients,
as faust `App` options (broker URLs and `broker_credentials`)."""

from __future__ import annotations

import asyncio
from typing import Any

from aiokafka.abc import AbstractTokenProvider
from faust.auth import OAuthCredentials, SASLCredentials, SSLCredentials
from faust.types.auth import CredentialsT

from pipeline.clients import TokenSource, sasl_mechanism, ssl_context, token_source
from pipeline.settings import Settings


class AsyncToken(AbstractTokenProvider):
    """aiokafka asks for tokens on the event loop; the source may block (HTTP, STS), so it runs in a thread."""

    def __init__(self, source: TokenSource):
        self.source = source

    async def token(self) -> str:
        value, _expiry = await asyncio.get_running_loop().run_in_executor(None, self.source)
        return value


def broker_urls(settings: Settings) -> list[str]:
    return [f"kafka://{host.strip()}" for host in settings.kafka_bootstrap.split(",") if host.strip()]


def credentials(settings: Settings, tokens: TokenSource | None = None) -> CredentialsT | None:
    """faust `broker_credentials` for the settings' security protocol and SASL mechanism."""
    context = ssl_context(settings)
    mechanism = sasl_mechanism(settings)
    if mechanism == "OAUTHBEARER":
        source = tokens or token_source(settings)
        assert source is not None  # Settings validation: OAUTHBEARER names its token source
        return OAuthCredentials(oauth_cb=AsyncToken(source), ssl_context=context)
    if mechanism:
        return SASLCredentials(
            username=settings.kafka_sasl_username,
            password=settings.kafka_sasl_password.get_secret_value(),
            ssl_context=context,
            mechanism=mechanism,
        )
    if context is not None:
        return SSLCredentials(context)
    return None


def app_options(settings: Settings) -> dict[str, Any]:
    return {"broker": broker_urls(settings), "broker_credentials": credentials(settings)}
