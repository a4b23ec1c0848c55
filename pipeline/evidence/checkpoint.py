"""C2SP tlog-checkpoint bodies wrapped in C2SP signed notes (Ed25519).

    <origin>\\n<tree size>\\n<base64 root hash>\\n
    \\n
    — <key name> <base64(4-byte key id || 64-byte signature)>\\n

so the daily tree heads can be checked with standard transparency-log
tooling (e.g. golang.org/x/mod/sumdb/note with the verifier key string).
"""

from __future__ import annotations

import base64
import hashlib
from dataclasses import dataclass
from typing import Protocol

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

ED25519_TYPE = b"\x01"
SIG_PREFIX = "\u2014 "  # em dash and a space


class NoteError(ValueError):
    """A checkpoint that does not parse or whose signature does not verify."""


class Signer(Protocol):
    name: str

    def public_key_bytes(self) -> bytes: ...

    def sign(self, data: bytes) -> bytes: ...


@dataclass(frozen=True)
class Checkpoint:
    origin: str
    size: int
    root: bytes

    def body(self) -> bytes:
        return f"{self.origin}\n{self.size}\n{base64.b64encode(self.root).decode()}\n".encode()


def key_id(name: str, public_key: bytes) -> bytes:
    return hashlib.sha256(name.encode() + b"\n" + ED25519_TYPE + public_key).digest()[:4]


def verifier_key(name: str, public_key: bytes) -> str:
    """The vkey string of the signed-note spec: name+keyid+base64(type||key)."""
    return f"{name}+{key_id(name, public_key).hex()}+{base64.b64encode(ED25519_TYPE + public_key).decode()}"


def sign_checkpoint(cp: Checkpoint, signer: Signer) -> bytes:
    body = cp.body()
    sig = signer.sign(body)
    blob = base64.b64encode(key_id(signer.name, signer.public_key_bytes()) + sig).decode()
    return body + b"\n" + f"{SIG_PREFIX}{signer.name} {blob}\n".encode()


def parse_checkpoint(note: bytes) -> tuple[Checkpoint, bytes, list[tuple[str, bytes]]]:
    """Split a signed note into the checkpoint, its signed body and its signature lines."""
    try:
        text = note.decode("utf-8")
    except UnicodeDecodeError:
        raise NoteError("checkpoint is not UTF-8") from None
    body, sep, sigs = text.partition("\n\n")
    if not sep or not sigs.endswith("\n"):
        raise NoteError("checkpoint has no signature block")
    lines = body.split("\n")
    if len(lines) < 3:
        raise NoteError("checkpoint body needs origin, size and root")
    origin, size_s, root_s = lines[0], lines[1], lines[2]
    if not size_s.isdigit() or (size_s != "0" and size_s.startswith("0")):
        raise NoteError("checkpoint tree size is not a decimal number")
    try:
        root = base64.b64decode(root_s, validate=True)
    except ValueError:
        raise NoteError("checkpoint root is not base64") from None
    if len(root) != 32:
        raise NoteError("checkpoint root is not 32 bytes")
    signatures = []
    for line in sigs[:-1].split("\n"):
        if not line.startswith(SIG_PREFIX):
            raise NoteError("malformed signature line")
        name, _, blob = line[len(SIG_PREFIX) :].rpartition(" ")
        try:
            signatures.append((name, base64.b64decode(blob, validate=True)))
        except ValueError:
            raise NoteError("signature is not base64") from None
    return Checkpoint(origin, int(size_s), root), (body + "\n").encode(), signatures


def verify_checkpoint(note: bytes, name: str, public_key: bytes) -> Checkpoint:
    """Return the checkpoint if one signature by (name, key) verifies; raise NoteError otherwise."""
    cp, body, signatures = parse_checkpoint(note)
    kid = key_id(name, public_key)
    pub = Ed25519PublicKey.from_public_bytes(public_key)
    for sig_name, blob in signatures:
        if sig_name == name and blob[:4] == kid and len(blob) == 68:
            try:
                pub.verify(blob[4:], body)
                return cp
            except InvalidSignature:
                raise NoteError("checkpoint signature does not verify") from None
    raise NoteError(f"checkpoint is not signed by the key {kid.hex()}")
