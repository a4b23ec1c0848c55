"""Key-encryption-key providers: they wrap and unwrap data keys, nothing else.

Two real implementations. `LocalKeyring` keeps its KEKs in a 0600 JSON file
(development); `KmsKek` asks AWS KMS (GenerateDataKey / Decrypt / ReEncrypt),
so the KEK never leaves KMS. Neither ever logs or prints key bytes.

KEKs come in slots. Slot "" is the main KEK (tenant, vault, DLQ and root
keys). Slot "eNN" is erasure shard NN: subject data keys are wrapped by their
shard's KEK, and erasing a subject rewraps the rest of its shard under a new
shard KEK and then destroys the old one (removed from the keyring file, or
KMS ScheduleKeyDeletion). Every wrapped copy of the erased subject's key, in
whatever append-only store still holds it, is then unwrappable by design.
"""

from __future__ import annotations

import base64
import fcntl
import json
import os
import secrets
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Protocol

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from pipeline import metrics

KEYRING_FORMAT = "veilstream-keyring/1"
_WRAP_AAD = b"veilstream/data-key/"
KMS_DELETION_DAYS = 7  # KMS's shortest pending window: Decrypt is refused from the moment it is scheduled


def _kms_context(key_id: str) -> dict[str, str]:
    # Binds the wrapped key to its id: a wrapped key moved to another id does not unwrap.
    return {"purpose": "veilstream-data-key", "key_id": key_id}


class KeyProviderError(Exception):
    """The KEK is missing, unreadable or refuses to unwrap. Never carries key bytes."""


class KekProvider(Protocol):
    """The key-encryption keys: a local keyring (development) or AWS KMS. A provider wraps,
    unwraps and rewraps data keys; a KEK itself never leaves it. SLOT "" is the main KEK,
    "eNN" an erasure shard."""

    name: str

    @property
    def active_kek(self) -> str: ...

    def known_keks(self, slot: str = "") -> list[str]: ...

    def generate(self, key_id: str, slot: str = "") -> tuple[bytes, str, bytes]: ...

    def unwrap(self, kek_id: str, wrapped: bytes, key_id: str) -> bytes: ...

    def rewrap(self, kek_id: str, wrapped: bytes, key_id: str, slot: str = "") -> tuple[str, bytes]: ...

    def begin_rotation(self, slot: str = "") -> str: ...

    def retire(self, kek_ids: list[str], slot: str = "", *, shred: bool = False) -> None: ...


class LocalKeyring:
    """KEKs in a local file: {"format", "active", "keks": {kek_id: base64}, "erasure": {slot: kek_id}}.

    Changes are read-modify-write under an exclusive lock on a sibling lock
    file, so a worker adding a shard KEK and an erasure retiring one never
    lose each other's update."""

    name = "local"

    def __init__(self, path: Path):
        self.path = Path(path)
        self._stamp: tuple[int, int] = (-1, -1)
        self._keks: dict[str, bytes] = {}
        self._active = ""
        self._erasure: dict[str, str] = {}
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
            "erasure": {},
        }
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            return False
        with os.fdopen(fd, "w") as fh:
            json.dump(doc, fh)
        return True

    def _reload(self) -> None:
        # Re-read when another process (keys rotate, erase) changed the file, so a
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
            erasure = dict(doc.get("erasure", {}))
        except (ValueError, KeyError, TypeError):
            raise KeyProviderError(f"keyring {self.path} is not a {KEYRING_FORMAT} file") from None
        if (
            doc.get("format") != KEYRING_FORMAT
            or active not in keks
            or any(k not in keks for k in erasure.values())
            or any(len(k) != 32 for k in keks.values())
        ):
            raise KeyProviderError(f"keyring {self.path} is not a {KEYRING_FORMAT} file")
        self._keks, self._active, self._erasure = keks, active, erasure
        self._stamp = (st.st_mtime_ns, st.st_ino)

    @contextmanager
    def _locked(self) -> Iterator[None]:
        fd = os.open(self.path.with_name(self.path.name + ".lock"), os.O_RDWR | os.O_CREAT, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            self._stamp = (-1, -1)
            self._reload()
            yield
        finally:
            os.close(fd)  # releases the lock

    def _write(self) -> None:
        doc = {
            "format": KEYRING_FORMAT,
            "active": self._active,
            "keks": {k: base64.b64encode(v).decode() for k, v in self._keks.items()},
            "erasure": self._erasure,
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

    def known_keks(self, slot: str = "") -> list[str]:
        self._reload()
        return sorted(k for k in self._keks if _slot_of(k) == slot)

    def _slot_kek(self, slot: str) -> str:
        """The active KEK of SLOT; a shard's first KEK is made on first use."""
        self._reload()
        if not slot:
            return self._active
        if slot not in self._erasure:
            with self._locked():
                if slot not in self._erasure:
                    kek_id = _new_kek_id(slot)
                    self._keks[kek_id] = secrets.token_bytes(32)
                    self._erasure[slot] = kek_id
                    self._write()
        return self._erasure[slot]

    def generate(self, key_id: str, slot: str = "") -> tuple[bytes, str, bytes]:
        """A fresh 32-byte data key: (plaintext, kek_id, wrapped)."""
        plaintext = secrets.token_bytes(32)
        kek_id, wrapped = self._wrap(plaintext, key_id, slot)
        return plaintext, kek_id, wrapped

    def _wrap(self, plaintext: bytes, key_id: str, slot: str = "") -> tuple[str, bytes]:
        kek_id = self._slot_kek(slot)
        nonce = secrets.token_bytes(12)
        aad = _WRAP_AAD + f"{kek_id}/{key_id}".encode()
        return kek_id, nonce + AESGCM(self._keks[kek_id]).encrypt(nonce, plaintext, aad)

    def unwrap(self, kek_id: str, wrapped: bytes, key_id: str) -> bytes:
        self._reload()
        kek = self._keks.get(kek_id)
        if kek is None:
            raise KeyProviderError(f"KEK {kek_id} is not in the keyring (retired, erased or another keyring)")
        try:
            return AESGCM(kek).decrypt(wrapped[:12], wrapped[12:], _WRAP_AAD + f"{kek_id}/{key_id}".encode())
        except InvalidTag:
            raise KeyProviderError(f"wrapped data key {key_id} does not authenticate under KEK {kek_id}") from None

    def rewrap(self, kek_id: str, wrapped: bytes, key_id: str, slot: str = "") -> tuple[str, bytes]:
        return self._wrap(self.unwrap(kek_id, wrapped, key_id), key_id, slot)

    # Rotation: add a KEK to a slot and make it active; retire the old ones once
    # every live data key has been rewrapped (the caller checks that).
    def begin_rotation(self, slot: str = "") -> str:
        with self._locked():
            new_id = _new_kek_id(slot)
            self._keks[new_id] = secrets.token_bytes(32)
            if slot:
                self._erasure[slot] = new_id
            else:
                self._active = new_id
            self._write()
        return new_id

    def retire(self, kek_ids: list[str], slot: str = "", *, shred: bool = False) -> None:
        """Remove the KEKs from the file (rotated or shredded, an old KEK is gone for good)."""
        with self._locked():
            keep = {self._active, *self._erasure.values()}
            self._keks = {k: v for k, v in self._keks.items() if k not in kek_ids or k in keep}
            self._write()


class KmsKek:
    """The KEK is a KMS key, named by id, ARN or alias (an alias lets rotation
    repoint it without changing any configuration)."""

    name = "kms"

    def __init__(self, client: Any, key_id: str):  # a boto3 KMS client (untyped)
        if not key_id:
            raise KeyProviderError("key_provider=kms needs VEILSTREAM_KMS_KEY_ID (a key id, ARN or alias)")
        self.client = client
        self.key_id = key_id
        # Erasure shard NN is the KMS key behind alias <main alias>-erasure-NN.
        self.erasure_base = key_id if key_id.startswith("alias/") else "alias/veilstream"
        self._aliases: set[str] = set()  # erasure aliases known to exist

    def _slot_alias(self, slot: str) -> str:
        """The alias of SLOT's KMS key; a shard's first key is made on first use."""
        if not slot:
            return self.key_id
        alias = f"{self.erasure_base}-erasure-{slot}"
        if alias not in self._aliases:
            if not _alias_target(self.client, alias):
                arn = self._call("CreateKey", self.client.create_key, Description=f"veilstream erasure shard {slot}")[
                    "KeyMetadata"
                ]["Arn"]
                try:
                    self.client.create_alias(AliasName=alias, TargetKeyId=arn)
                except self.client.exceptions.AlreadyExistsException:  # another worker was first
                    self._call(
                        "ScheduleKeyDeletion",
                        self.client.schedule_key_deletion,
                        KeyId=arn.rsplit("/", 1)[-1],
                        PendingWindowInDays=KMS_DELETION_DAYS,
                    )
            self._aliases.add(alias)
        return alias

    @staticmethod
    def init(client: Any, alias: str) -> str:
        """Create a KMS key behind ALIAS unless the alias exists; returns the key ARN."""
        existing = _alias_target(client, alias)
        if existing:
            return existing
        arn = client.create_key(Description="veilstream key-encryption key")["KeyMetadata"]["Arn"]
        client.create_alias(AliasName=alias, TargetKeyId=arn)
        return arn

    def _call(self, what: str, fn: Callable[..., Any], **kw: Any) -> Any:
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

    def generate(self, key_id: str, slot: str = "") -> tuple[bytes, str, bytes]:
        out = self._call(
            "GenerateDataKey",
            self.client.generate_data_key,
            KeyId=self._slot_alias(slot),
            KeySpec="AES_256",
            EncryptionContext=_kms_context(key_id),
        )
        return out["Plaintext"], out["KeyId"], out["CiphertextBlob"]

    def unwrap(self, kek_id: str, wrapped: bytes, key_id: str) -> bytes:
        out = self._call(
            "Decrypt", self.client.decrypt, CiphertextBlob=wrapped, KeyId=kek_id, EncryptionContext=_kms_context(key_id)
        )
        return out["Plaintext"]

    def rewrap(self, kek_id: str, wrapped: bytes, key_id: str, slot: str = "") -> tuple[str, bytes]:
        # ReEncrypt: the data key is rewrapped inside KMS, never seen here.
        ctx = _kms_context(key_id)
        out = self._call(
            "ReEncrypt",
            self.client.re_encrypt,
            CiphertextBlob=wrapped,
            SourceKeyId=kek_id,
            SourceEncryptionContext=ctx,
            DestinationKeyId=self._slot_alias(slot),
            DestinationEncryptionContext=ctx,
        )
        return out["KeyId"], out["CiphertextBlob"]

    def begin_rotation(self, slot: str = "") -> str:
        """A new KMS key; the alias now points at it, for every process at once."""
        if slot:
            alias = self._slot_alias(slot)
            arn = self._call("CreateKey", self.client.create_key, Description=f"veilstream erasure shard {slot}")[
                "KeyMetadata"
            ]["Arn"]
            self._call("UpdateAlias", self.client.update_alias, AliasName=alias, TargetKeyId=arn)
            return arn
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

    def known_keks(self, slot: str = "") -> list[str]:
        return []  # other keys in the account are not ours to disable

    def retire(self, kek_ids: list[str], slot: str = "", *, shred: bool = False) -> None:
        """Main KEKs retired by rotation are disabled. A shredded KEK (an erased shard's old
        key, or the main KEK that wrapped a subject key from before the shards) is scheduled
        for deletion: KMS refuses Decrypt with it from now on and deletes it after the window;
        a disabled key could be enabled again."""
        active = self._call("DescribeKey", self.client.describe_key, KeyId=self._slot_alias(slot))["KeyMetadata"]["Arn"]
        for kek in kek_ids:
            if kek == active:
                continue
            if slot or shred:
                self._call(
                    "ScheduleKeyDeletion",
                    self.client.schedule_key_deletion,
                    KeyId=kek.rsplit("/", 1)[-1],  # the key id: every KMS (and moto) takes it
                    PendingWindowInDays=KMS_DELETION_DAYS,
                )
            else:
                self._call("DisableKey", self.client.disable_key, KeyId=kek.rsplit("/", 1)[-1])


def _alias_target(client: Any, alias: str) -> str:
    from botocore.exceptions import BotoCoreError, ClientError

    try:
        return client.describe_key(KeyId=alias)["KeyMetadata"]["Arn"]
    except ClientError as exc:
        if exc.response["Error"].get("Code") == "NotFoundException":
            return ""
        raise KeyProviderError(f"KMS DescribeKey failed: {exc.response['Error'].get('Code', '?')}") from None
    except BotoCoreError as exc:
        raise KeyProviderError(f"KMS DescribeKey failed: {type(exc).__name__}") from None


def _new_kek_id(slot: str = "") -> str:
    if slot:
        return f"ekek-{slot}-{secrets.token_hex(6)}"
    return f"kek-{time.strftime('%Y%m%d', time.gmtime())}-{secrets.token_hex(4)}"


def _slot_of(kek_id: str) -> str:
    """The slot of a local KEK id: "" for main KEKs, "eNN" for erasure shard KEKs."""
    return kek_id.split("-")[1] if kek_id.startswith("ekek-") else ""
