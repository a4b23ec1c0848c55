"""Key-encryption-key providers: they wrap and unwrap data keys, nothing else.

Two real implementations. `LocalKeyring` keeps its KEKs in a 0600 JSON file
(development); `KmsKek` asks AWS KMS (GenerateDataKey / Decrypt / ReEncrypt),
so the KEK never leaves KMS. Neither ever logs or prints key bytes.
"""

from __future__ import annotations

import base64
import json
import os
import secrets
import time
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from pipeline import metrics

KEYRING_FORMAT = "veilstream-keyring/1"
_WRAP_AAD = b"veilstream/data-key/"


def _kms_context(key_id: str) -> dict[str, str]:
    # Binds the wrapped key to its id: a wrapped key moved to another id does not unwrap.
    return {"purpose": "veilstream-data-key", "key_id": key_id}


class KeyProviderError(Exception):
    """The KEK is missing, unreadable or refuses to unwrap. Never carries key bytes."""


class LocalKeyring:
    """KEKs in a local file: {"format", "active", "keks": {kek_id: base64}}."""

    name = "local"

    def __init__(self, path: Path):
        self.path = Path(path)
        self._stamp: tuple[int, int] = (-1, -1)
        self._keks: dict[str, bytes] = {}
        self._active = ""
        self._reload()

    @staticmethod
    def init(path: Path) -> bool:
        """Create the keyring with one fresh KEK; False if it already exists."""
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        kek_id = _new_kek_id()
        doc = {
            "format": KEYRING_FORMAT,
            "active": kek_id,
            "keks": {kek_id: base64.b64encode(secrets.token_bytes(32)).decode()},
        }
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            return False
        with os.fdopen(fd, "w") as fh:
            json.dump(doc, fh)
        return True

    def _reload(self) -> None:
        # Re-read when another process (keys rotate) changed the file, so a
        # long-running worker never wraps a new data key with a retired KEK.
        try:
            st = self.path.stat()
        except FileNotFoundError:
            raise KeyProviderError(f"no keyring at {self.path}: run `veilstream keys init`") from None
        if (st.st_mtime_ns, st.st_ino) == self._stamp:
            return
        if st.st_mode & 0o077:
            raise KeyProviderError(
                f"keyring {self.path} is readable by others (mode {st.st_mode & 0o777:o}); chmod 600 it"
            )
        try:
            doc = json.loads(self.path.read_text())
            keks = {k: base64.b64decode(v) for k, v in doc["keks"].items()}
            active = doc["active"]
        except (ValueError, KeyError, TypeError):
            raise KeyProviderError(f"keyring {self.path} is not a {KEYRING_FORMAT} file") from None
        if doc.get("format") != KEYRING_FORMAT or active not in keks or any(len(k) != 32 for k in keks.values()):
            raise KeyProviderError(f"keyring {self.path} is not a {KEYRING_FORMAT} file")
        self._keks, self._active, self._stamp = keks, active, (st.st_mtime_ns, st.st_ino)

    def _write(self, keks: dict[str, bytes], active: str) -> None:
        doc = {
            "format": KEYRING_FORMAT,
            "active": active,
            "keks": {k: base64.b64encode(v).decode() for k, v in keks.items()},
        }
        tmp = self.path.with_suffix(".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w") as fh:
            json.dump(doc, fh)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self.path)
        self._stamp = (-1, -1)
        self._reload()

    @property
    def active_kek(self) -> str:
        self._reload()
        return self._active

    def known_keks(self) -> list[str]:
        self._reload()
        return sorted(self._keks)

    def generate(self, key_id: str) -> tuple[bytes, str, bytes]:
        """A fresh 32-byte data key: (plaintext, kek_id, wrapped)."""
        plaintext = secrets.token_bytes(32)
        kek_id, wrapped = self._wrap(plaintext, key_id)
        return plaintext, kek_id, wrapped

    def _wrap(self, plaintext: bytes, key_id: str) -> tuple[str, bytes]:
        self._reload()
        nonce = secrets.token_bytes(12)
        aad = _WRAP_AAD + f"{self._active}/{key_id}".encode()
        return self._active, nonce + AESGCM(self._keks[self._active]).encrypt(nonce, plaintext, aad)

    def unwrap(self, kek_id: str, wrapped: bytes, key_id: str) -> bytes:
        self._reload()
        kek = self._keks.get(kek_id)
        if kek is None:
            raise KeyProviderError(f"KEK {kek_id} is not in the keyring (retired or another keyring)")
        try:
            return AESGCM(kek).decrypt(wrapped[:12], wrapped[12:], _WRAP_AAD + f"{kek_id}/{key_id}".encode())
        except InvalidTag:
            raise KeyProviderError(f"wrapped data key {key_id} does not authenticate under KEK {kek_id}") from None

    def rewrap(self, kek_id: str, wrapped: bytes, key_id: str) -> tuple[str, bytes]:
        return self._wrap(self.unwrap(kek_id, wrapped, key_id), key_id)

    # Rotation: add a KEK and make it active; retire the old ones once every
    # data key has been rewrapped (the caller checks that).
    def begin_rotation(self) -> str:
        self._reload()
        new_id = _new_kek_id()
        self._write({**self._keks, new_id: secrets.token_bytes(32)}, new_id)
        return new_id

    def retire(self, kek_ids: list[str]) -> None:
        self._reload()
        keep = {k: v for k, v in self._keks.items() if k not in kek_ids or k == self._active}
        self._write(keep, self._active)


class KmsKek:
    """The KEK is a KMS key, named by id, ARN or alias (an alias lets rotation
    repoint it without changing any configuration)."""

    name = "kms"

    def __init__(self, client, key_id: str):
        if not key_id:
            raise KeyProviderError("key_provider=kms needs VEILSTREAM_KMS_KEY_ID (a key id, ARN or alias)")
        self.client = client
        self.key_id = key_id

    @staticmethod
    def init(client, alias: str) -> str:
        """Create a KMS key behind ALIAS unless the alias exists; returns the key ARN."""
        existing = _alias_target(client, alias)
        if existing:
            return existing
        arn = client.create_key(Description="veilstream key-encryption key")["KeyMetadata"]["Arn"]
        client.create_alias(AliasName=alias, TargetKeyId=arn)
        return arn

    def _call(self, what: str, fn, **kw):
        from botocore.exceptions import BotoCoreError, ClientError

        try:
            return fn(**kw)
        except ClientError as exc:
            metrics.KEY_PROVIDER_ERRORS.labels(what).inc()  # the KMS operation name: a bounded label
            raise KeyProviderError(f"KMS {what} failed: {exc.response['Error'].get('Code', '?')}") from None
        except BotoCoreError as exc:  # endpoint unreachable, timeouts
            metrics.KEY_PROVIDER_ERRORS.labels(what).inc()
            raise KeyProviderError(f"KMS {what} failed: {type(exc).__name__}") from None

    @property
    def active_kek(self) -> str:
        return self._call("DescribeKey", self.client.describe_key, KeyId=self.key_id)["KeyMetadata"]["Arn"]

    def generate(self, key_id: str) -> tuple[bytes, str, bytes]:
        out = self._call(
            "GenerateDataKey",
            self.client.generate_data_key,
            KeyId=self.key_id,
            KeySpec="AES_256",
            EncryptionContext=_kms_context(key_id),
        )
        return out["Plaintext"], out["KeyId"], out["CiphertextBlob"]

    def unwrap(self, kek_id: str, wrapped: bytes, key_id: str) -> bytes:
        out = self._call(
            "Decrypt", self.client.decrypt, CiphertextBlob=wrapped, KeyId=kek_id, EncryptionContext=_kms_context(key_id)
        )
        return out["Plaintext"]

    def rewrap(self, kek_id: str, wrapped: bytes, key_id: str) -> tuple[str, bytes]:
        # ReEncrypt: the data key is rewrapped inside KMS, never seen here.
        ctx = _kms_context(key_id)
        out = self._call(
            "ReEncrypt",
            self.client.re_encrypt,
            CiphertextBlob=wrapped,
            SourceKeyId=kek_id,
            SourceEncryptionContext=ctx,
            DestinationKeyId=self.key_id,
            DestinationEncryptionContext=ctx,
        )
        return out["KeyId"], out["CiphertextBlob"]

    def begin_rotation(self) -> str:
        """A new KMS key; the alias now points at it, for every process at once."""
        if not self.key_id.startswith("alias/"):
            raise KeyProviderError(
                "rotating the KMS KEK needs VEILSTREAM_KMS_KEY_ID to be an alias (alias/<name>), "
                "so that every worker follows the new key"
            )
        arn = self._call("CreateKey", self.client.create_key, Description="veilstream key-encryption key")[
            "KeyMetadata"
        ]["Arn"]
        self._call("UpdateAlias", self.client.update_alias, AliasName=self.key_id, TargetKeyId=arn)
        return arn

    def known_keks(self) -> list[str]:
        return []  # other keys in the account are not ours to disable

    def retire(self, kek_ids: list[str]) -> None:
        active = self.active_kek
        for kek in kek_ids:
            if kek != active:
                self._call("DisableKey", self.client.disable_key, KeyId=kek)


def _alias_target(client, alias: str) -> str:
    from botocore.exceptions import BotoCoreError, ClientError

    try:
        return client.describe_key(KeyId=alias)["KeyMetadata"]["Arn"]
    except ClientError as exc:
        if exc.response["Error"].get("Code") == "NotFoundException":
            return ""
        raise KeyProviderError(f"KMS DescribeKey failed: {exc.response['Error'].get('Code', '?')}") from None
    except BotoCoreError as exc:
        raise KeyProviderError(f"KMS DescribeKey failed: {type(exc).__name__}") from None


def _new_kek_id() -> str:
    return f"kek-{time.strftime('%Y%m%d', time.gmtime())}-{secrets.token_hex(4)}"
