from __future__ import annotations

import pytest

from pipeline.keys import EnvelopeKeyService, FileKeyStore, LocalKeyring


@pytest.fixture
def keys(tmp_path):
    LocalKeyring.init(tmp_path / "keyring.json")
    ks = EnvelopeKeyService(LocalKeyring(tmp_path / "keyring.json"), FileKeyStore(tmp_path / "keys.jsonl"))
    yield ks
    ks.close()
