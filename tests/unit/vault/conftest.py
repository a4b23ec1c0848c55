from __future__ import annotations

import pytest

from pipeline.keys import EnvelopeKeyService, FileKeyStore, LocalKeyring

T0 = 1_700_000_000_000


@pytest.fixture
def clock():
    """Epoch ms shared by the key service and the restorer; tests move it."""
    return [T0]


@pytest.fixture
def keys(tmp_path, clock):
    LocalKeyring.init(tmp_path / "keyring.json")
    ks = EnvelopeKeyService(
        LocalKeyring(tmp_path / "keyring.json"), FileKeyStore(tmp_path / "keys.jsonl"), clock=lambda: clock[0]
    )
    yield ks
    ks.close()
