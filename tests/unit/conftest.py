"""Unit tests see a clean environment: no stack endpoints, no credentials.

The session's `stack` fixture (integration tests) exports VEILSTREAM_* settings
for the whole run; a unit test that builds `Settings()` must not inherit them,
or its result would depend on which tests ran before it.
"""

from __future__ import annotations

import os

import pytest

_ALIASES = ("KAFKA_BOOTSTRAP_SERVERS", "S3_ENDPOINT_URL")


@pytest.fixture(autouse=True)
def _no_settings_from_the_run(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in list(os.environ):
        if name.startswith("VEILSTREAM_") or name in _ALIASES:
            monkeypatch.delenv(name)
