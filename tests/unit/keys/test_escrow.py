"""Key escrow: a quorum of custodians recovers the keyring; fewer, or altered files, do not."""

from __future__ import annotations

import itertools
import json
import os
import stat

import pytest
from click.testing import CliRunner

from pipeline.keys.escrow import EscrowError, escrow, recover

KEYRING = json.dumps({"format": "veilstream-keyring/1", "keks": {"k1": "c2VjcmV0" * 4}}).encode()


def test_every_quorum_recovers_and_no_smaller_set_does():
    made = escrow(KEYRING, shares=5, threshold=3)
    assert len(made.shares) == 5 and KEYRING not in made.sealed
    for quorum in itertools.combinations(made.shares, 3):
        assert recover(made.sealed, list(quorum)) == KEYRING
    with pytest.raises(EscrowError, match="needs 3"):
        recover(made.sealed, made.shares[:2])


def test_shares_of_another_escrow_or_an_altered_file_fail_loudly():
    a, b = escrow(KEYRING, shares=3, threshold=2), escrow(KEYRING, shares=3, threshold=2)
    with pytest.raises(EscrowError, match="another escrow|altered"):
        recover(a.sealed, b.shares[:2])
    doc = json.loads(a.sealed)
    doc["threshold"] = 1  # lowering the threshold in the file is detected (it is authenticated)
    with pytest.raises(EscrowError):
        recover(json.dumps(doc).encode(), a.shares[:2])
    with pytest.raises(EscrowError, match="do not combine"):
        recover(a.sealed, [a.shares[0], a.shares[0]])
    with pytest.raises(EscrowError, match="not a veilstream escrow"):
        recover(b"{}", a.shares)


@pytest.mark.parametrize("shares, threshold", [(3, 4), (0, 0), (17, 2)])
def test_impossible_splits_are_refused(shares, threshold):
    with pytest.raises(EscrowError):
        escrow(KEYRING, shares=shares, threshold=threshold)


def test_cli_escrow_then_recover(tmp_path, monkeypatch):
    from pipeline.cli import main
    from pipeline.keys import LocalKeyring
    from pipeline.settings import get_settings

    monkeypatch.setenv("VEILSTREAM_STATE_DIR", str(tmp_path / "state"))
    monkeypatch.setenv("VEILSTREAM_KEY_STORE", "file")
    keyring = get_settings().keyring_file
    assert LocalKeyring.init(keyring)
    original = keyring.read_bytes()
    out = tmp_path / "escrow"
    result = CliRunner().invoke(main, ["keys", "escrow", "--shares", "3", "--threshold", "2", "--out", str(out)])
    assert result.exit_code == 0, result.output
    files = sorted(p.name for p in out.iterdir())
    assert files == ["keyring.escrow", "share-1.txt", "share-2.txt", "share-3.txt"]
    assert all(stat.S_IMODE(os.stat(out / f).st_mode) == 0o600 for f in files)
    restored = tmp_path / "restored.json"
    args = ["keys", "recover", str(out / "keyring.escrow"), str(out / "share-1.txt"), str(out / "share-3.txt")]
    assert CliRunner().invoke(main, [*args, "--out", str(restored)]).exit_code == 0
    assert restored.read_bytes() == original and stat.S_IMODE(restored.stat().st_mode) == 0o600
    again = CliRunner().invoke(main, [*args, "--out", str(restored)])
    assert again.exit_code != 0 and "exists" in again.output
    one = CliRunner().invoke(main, ["keys", "recover", str(out / "keyring.escrow"), str(out / "share-2.txt")])
    assert one.exit_code != 0 and "needs 2" in one.output
