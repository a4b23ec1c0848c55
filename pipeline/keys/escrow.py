"""Key escrow: the local keyring, recoverable only by a quorum of custodians.

The keyring is sealed with a fresh AES-256-GCM key, and that key is split
with Shamir secret sharing (SLIP-39, the `shamir-mnemonic` library) into
`shares` word lists of which any `threshold` recover it. No single custodian
holds anything that decrypts the keyring; the sealed file alone is useless.

An escrow is a copy of the keyring at one moment: after an erasure removes a
subject's key from the keyring, make a new escrow and destroy the older sealed
files, or the old copy could still decrypt the erased subject.
"""

from __future__ import annotations

import base64
import hashlib
import json
import os
from dataclasses import dataclass

import shamir_mnemonic
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

FORMAT = "veilstream-escrow/1"


class EscrowError(ValueError):
    """Shares that do not recover the key, or a sealed file that is not ours or was altered."""


@dataclass(frozen=True)
class Escrow:
    sealed: bytes  # JSON: format, threshold, shares, nonce, ciphertext, sha256 of the keyring
    shares: list[str]  # one SLIP-39 mnemonic per custodian


def escrow(keyring: bytes, *, shares: int, threshold: int) -> Escrow:
    if not 1 <= threshold <= shares <= 16:
        raise EscrowError(f"need 1 <= threshold <= shares <= 16, got threshold {threshold} of {shares}")
    key = AESGCM.generate_key(bit_length=256)
    nonce = os.urandom(12)
    header = {"format": FORMAT, "threshold": threshold, "shares": shares}
    ciphertext = AESGCM(key).encrypt(nonce, keyring, _aad(header))
    sealed = {
        **header,
        "nonce": base64.b64encode(nonce).decode(),
        "ciphertext": base64.b64encode(ciphertext).decode(),
        "keyring_sha256": hashlib.sha256(keyring).hexdigest(),
    }
    (mnemonics,) = shamir_mnemonic.generate_mnemonics(1, [(threshold, shares)], key)
    return Escrow(json.dumps(sealed, indent=1, sort_keys=True).encode(), list(mnemonics))


def recover(sealed: bytes, shares: list[str]) -> bytes:
    """The keyring, from the sealed file and at least `threshold` shares."""
    try:
        doc = json.loads(sealed)
        header = {"format": doc["format"], "threshold": doc["threshold"], "shares": doc["shares"]}
        nonce, ciphertext = base64.b64decode(doc["nonce"]), base64.b64decode(doc["ciphertext"])
    except (ValueError, KeyError, TypeError):
        raise EscrowError("not a veilstream escrow file") from None
    if header["format"] != FORMAT:
        raise EscrowError(f"escrow format {header['format']!r} is not {FORMAT}")
    if len(shares) < header["threshold"]:
        raise EscrowError(f"{len(shares)} share(s) given; this escrow needs {header['threshold']}")
    try:
        key = shamir_mnemonic.combine_mnemonics([s.strip() for s in shares])
    except shamir_mnemonic.MnemonicError as exc:
        raise EscrowError(f"the shares do not combine: {exc}") from None
    try:
        keyring = AESGCM(key).decrypt(nonce, ciphertext, _aad(header))
    except (InvalidTag, ValueError):
        raise EscrowError("the shares belong to another escrow, or the sealed file was altered") from None
    if hashlib.sha256(keyring).hexdigest() != doc.get("keyring_sha256"):
        raise EscrowError("the recovered keyring does not match its recorded digest")
    return keyring


def _aad(header: dict[str, object]) -> bytes:
    return json.dumps(header, sort_keys=True).encode()
