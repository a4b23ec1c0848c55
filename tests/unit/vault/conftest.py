from __future__ import annotations

import pytest

from pipeline.keys import FileKeyStore, KeyService, LocalKeyring


@pytest.fixture
def keys(tmp_path):
    LocalKeyring.init(tmp_path / "keyring.json")
    ks = KeyService(LocalKeyring(tmp_path / "keyring.json"), FileKeyStore(tmp_path / "keys.jsonl"))
    yield ks
    ks.close()
