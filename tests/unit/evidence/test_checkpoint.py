import base64

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from pipeline.evidence.checkpoint import (
    Checkpoint,
    NoteError,
    key_id,
    parse_checkpoint,
    sign_checkpoint,
    verifier_key,
    verify_checkpoint,
)


class Signer:
    def __init__(self, seed: bytes, name: str = "veilstream/test"):
        self._k = Ed25519PrivateKey.from_private_bytes(seed)
        self.name = name

    def public_key_bytes(self):
        return self._k.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)

    def sign(self, data):
        return self._k.sign(data)


ROOT = bytes(range(32))
CP = Checkpoint("veilstream/test", 7, ROOT)
S1 = Signer(b"\x01" * 32)
S2 = Signer(b"\x02" * 32)


def test_body_is_the_tlog_checkpoint_format():
    assert CP.body() == b"veilstream/test\n7\n" + base64.b64encode(ROOT) + b"\n"


def test_signed_note_layout_and_round_trip():
    note = sign_checkpoint(CP, S1)
    body, sigs = note.split(b"\n\n")
    assert body + b"\n" == CP.body()
    line = sigs.decode()
    assert line.startswith("\u2014 veilstream/test ") and line.endswith("\n")
    blob = base64.b64decode(line.split(" ")[-1])
    assert blob[:4] == key_id("veilstream/test", S1.public_key_bytes()) and len(blob) == 68
    assert verify_checkpoint(note, S1.name, S1.public_key_bytes()) == CP


def test_verifier_key_string():
    vkey = verifier_key("veilstream/test", S1.public_key_bytes())
    name, kid, key = vkey.split("+")
    assert name == "veilstream/test"
    assert bytes.fromhex(kid) == key_id(name, S1.public_key_bytes())
    assert base64.b64decode(key) == b"\x01" + S1.public_key_bytes()


@pytest.mark.parametrize(
    "mutate, message",
    [
        (lambda n: n.replace(b"\n7\n", b"\n8\n"), "does not verify"),
        (lambda n: n.replace(b"veilstream/test\n", b"veilstream/other\n", 1), "does not verify"),
        (lambda n: n.split(b"\n\n")[0] + b"\n", "no signature block"),
        (lambda n: n.replace(b"\n7\n", b"\n07\n"), "decimal"),
        (lambda n: n.replace(b"\n7\n", b"\nseven\n"), "decimal"),
    ],
)
def test_tampered_notes_fail(mutate, message):
    note = mutate(sign_checkpoint(CP, S1))
    with pytest.raises(NoteError, match=message):
        verify_checkpoint(note, S1.name, S1.public_key_bytes())


def test_another_key_fails():
    note = sign_checkpoint(CP, S2)
    with pytest.raises(NoteError, match="not signed by"):
        verify_checkpoint(note, S1.name, S1.public_key_bytes())


def test_parse_keeps_every_signature():
    note = sign_checkpoint(CP, S1)
    cp, body, sigs = parse_checkpoint(note)
    assert cp == CP and body == CP.body() and len(sigs) == 1


@pytest.mark.parametrize("seed", [bytes([i]) * 32 for i in range(1, 12)])
def test_verifier_key_parses_back_whatever_the_base64(seed):
    from pipeline.evidence.verify import parse_verifier_key

    s = Signer(seed)
    key = parse_verifier_key(verifier_key(s.name, s.public_key_bytes()) + "\n")
    assert (key.name, key.public_key) == (s.name, s.public_key_bytes())


@pytest.mark.parametrize("text", ["", "name+00000000", "name+00000000+AAAA", "a+b+c"])
def test_bad_verifier_keys(text):
    from pipeline.evidence.verify import parse_verifier_key

    with pytest.raises(ValueError):
        parse_verifier_key(text)
