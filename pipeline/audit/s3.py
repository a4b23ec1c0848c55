"""The archive's S3 access (its boto3 client comes from pipeline.clients).

Audit objects and evidence are written once: deterministic keys, a
conditional PUT (If-None-Match: *) and Object Lock retention in compliance
mode. Reads work with read-only credentials (list, get, head).
"""

from __future__ import annotations

import builtins
import datetime as dt
import json
from collections.abc import Callable
from typing import Any

from botocore.config import Config
from botocore.exceptions import BotoCoreError, ClientError

from pipeline.audit.reader import ArchiveReader, ArchiveStore, ObjectMissing, Stored
from pipeline.clients import aws_client
from pipeline.errors import ServiceUnavailable
from pipeline.settings import Settings

__all__ = ["ArchiveReader", "ArchiveStore", "ObjectMissing", "ObjectStore", "StoreUnavailable", "Stored"]


# Which legal holds are active (`veilstream hold`), outside the audit/ and evidence/ trees.
HOLD_MARKER = "legal-holds/active.json"


class StoreUnavailable(ServiceUnavailable):
    """S3 did not answer or answered with a server error: retry later."""


def _unavailable(exc: BotoCoreError | ClientError) -> bool:
    if isinstance(exc, BotoCoreError):
        return True
    status: int = exc.response.get("ResponseMetadata", {}).get("HTTPStatusCode", 0)
    return status >= 500


class BucketError(RuntimeError):
    """A bucket exists but cannot serve as asked (no Object Lock where evidence must be locked)."""


def ensure_bucket(client: Any, bucket: str, *, lock_days: int | None) -> bool:
    """Create the bucket if it is missing; True when it was created.

    With `lock_days`: Object Lock (which turns versioning on) and a default COMPLIANCE
    retention of that many days. An existing bucket keeps its retention (`readiness` checks
    it), but one without Object Lock is refused: evidence there could be overwritten, and
    Object Lock cannot be added after creation. Without `lock_days`: a plain bucket (the
    embedded broker's storage).
    """
    try:
        client.head_bucket(Bucket=bucket)  # us-east-1 answers 200 to re-creating one's own bucket: ask first
        created = False
    except ClientError as exc:
        if exc.response.get("Error", {}).get("Code") not in ("404", "NoSuchBucket", "NotFound"):
            raise
        region = client.meta.region_name
        where = {} if region == "us-east-1" else {"CreateBucketConfiguration": {"LocationConstraint": region}}
        try:
            client.create_bucket(Bucket=bucket, ObjectLockEnabledForBucket=lock_days is not None, **where)
            created = True
        except ClientError as race:  # a concurrent creator won
            if race.response.get("Error", {}).get("Code") != "BucketAlreadyOwnedByYou":
                raise
            created = False
    if lock_days is None:
        return created
    if created:
        client.put_bucket_versioning(Bucket=bucket, VersioningConfiguration={"Status": "Enabled"})
        client.put_object_lock_configuration(
            Bucket=bucket,
            ObjectLockConfiguration={
                "ObjectLockEnabled": "Enabled",
                "Rule": {"DefaultRetention": {"Mode": "COMPLIANCE", "Days": lock_days}},
            },
        )
        return True
    try:
        conf = client.get_object_lock_configuration(Bucket=bucket)["ObjectLockConfiguration"]
        locked = conf.get("ObjectLockEnabled") == "Enabled"
    except ClientError:
        locked = False
    if not locked:
        raise BucketError(
            f"bucket {bucket} exists without Object Lock; use a new bucket name "
            "(Object Lock is enabled when a bucket is created)"
        )
    return False


class ObjectStore:
    def __init__(self, client: Any, bucket: str, lock_days: int):  # a boto3 S3 client (untyped)
        self.client = client
        self.bucket = bucket
        self.lock_days = lock_days

    @classmethod
    def from_settings(cls, settings: Settings) -> ObjectStore:
        client = aws_client(
            settings,
            "s3",
            config=Config(retries={"max_attempts": 2, "mode": "standard"}, connect_timeout=3, read_timeout=10),
        )
        return cls(client, settings.audit_bucket, settings.object_lock_days)

    def _call(self, fn: Callable[..., Any], **kwargs: Any) -> Any:
        try:
            return fn(Bucket=self.bucket, **kwargs)
        except (BotoCoreError, ClientError) as exc:
            if _unavailable(exc):
                raise StoreUnavailable(f"s3 {fn.__name__}: {type(exc).__name__}") from None
            raise

    def ensure_bucket(self) -> bool:
        """The archive bucket, locked (see `ensure_bucket`); True when it was created."""
        return ensure_bucket(self.client, self.bucket, lock_days=self.lock_days)

    def default_retention(self) -> tuple[str, int] | None:
        """The bucket's default Object Lock retention as (mode, days); None without Object Lock
        or without a default rule."""
        try:
            conf = self._call(self.client.get_object_lock_configuration)["ObjectLockConfiguration"]
        except ClientError as exc:
            if exc.response.get("Error", {}).get("Code") == "ObjectLockConfigurationNotFoundError":
                return None
            raise
        rule = conf.get("Rule", {}).get("DefaultRetention") if conf.get("ObjectLockEnabled") == "Enabled" else None
        if not rule:
            return None
        return str(rule.get("Mode", "")), int(rule.get("Days") or 365 * int(rule.get("Years", 0)))

    def put_new(self, key: str, body: bytes, metadata: dict[str, str], content_type: str) -> Stored | None:
        """Write once, locked. None means the key already exists (412)."""
        retain = dt.datetime.now(dt.UTC) + dt.timedelta(days=self.lock_days)
        try:
            out = self._call(
                self.client.put_object,
                Key=key,
                Body=body,
                Metadata=metadata,
                ContentType=content_type,
                IfNoneMatch="*",
                ObjectLockMode="COMPLIANCE",
                ObjectLockRetainUntilDate=retain,
                ChecksumAlgorithm="SHA256",
            )
        except ClientError as exc:
            if exc.response.get("Error", {}).get("Code") in ("PreconditionFailed", "412"):
                return None
            raise
        return Stored(key, len(body), out.get("VersionId"))

    def set_legal_hold(self, key: str, on: bool) -> None:
        """An S3 Object Lock legal hold: the object cannot be deleted, whatever its retention, until lifted."""
        self._call(self.client.put_object_legal_hold, Key=key, LegalHold={"Status": "ON" if on else "OFF"})

    def set_archive_holds(self, hold_ids: builtins.list[str]) -> None:
        """Record which legal holds are active, where every sink sees it (HOLD_MARKER): while any
        is, each new audit object gets the S3 legal hold too. Ids only, never a subject."""
        body = json.dumps({"active": sorted(hold_ids)}).encode()
        # A checksum, as every write to an Object Lock bucket needs (the default retention applies).
        self._call(
            self.client.put_object,
            Key=HOLD_MARKER,
            Body=body,
            ContentType="application/json",
            ChecksumAlgorithm="SHA256",
        )

    def archive_held(self) -> bool:
        """Whether a legal hold is active (HOLD_MARKER lists one)."""
        try:
            body, _, _ = self.get(HOLD_MARKER)
        except ObjectMissing:
            return False
        try:
            return bool(json.loads(body).get("active"))
        except (ValueError, AttributeError):
            return True  # unreadable: when in doubt, hold

    def legal_hold(self, key: str) -> bool:
        try:
            out = self._call(self.client.get_object_legal_hold, Key=key)
        except ClientError as exc:
            if exc.response.get("Error", {}).get("Code") in ("NoSuchObjectLockConfiguration",):
                return False
            raise
        return bool(out.get("LegalHold", {}).get("Status") == "ON")

    def get(self, key: str) -> tuple[bytes, dict[str, str], str | None]:
        """Body, user metadata and version id of the current version."""
        try:
            out = self._call(self.client.get_object, Key=key)
        except ClientError as exc:
            if exc.response.get("Error", {}).get("Code") in ("NoSuchKey", "404"):
                raise ObjectMissing(key) from None
            raise
        return out["Body"].read(), out.get("Metadata", {}), out.get("VersionId")

    def exists(self, key: str) -> bool:
        try:
            self._call(self.client.head_object, Key=key)
            return True
        except ClientError as exc:
            if exc.response.get("Error", {}).get("Code") in ("NoSuchKey", "404", "NotFound"):
                return False
            raise

    def list(self, prefix: str) -> builtins.list[Stored]:
        out: builtins.list[Stored] = []
        paginator = self.client.get_paginator("list_objects_v2")
        try:
            for page in paginator.paginate(Bucket=self.bucket, Prefix=prefix):
                out.extend(Stored(o["Key"], o["Size"], None, o.get("LastModified")) for o in page.get("Contents", []))
        except (BotoCoreError, ClientError) as exc:
            if _unavailable(exc):
                raise StoreUnavailable("s3 list_objects_v2") from None
            raise
        return sorted(out, key=lambda s: s.key)

    def list_dirs(self, prefix: str) -> builtins.list[str]:
        """The common prefixes one level below `prefix` (e.g. the dt=... folders)."""
        out: builtins.list[str] = []
        paginator = self.client.get_paginator("list_objects_v2")
        try:
            for page in paginator.paginate(Bucket=self.bucket, Prefix=prefix, Delimiter="/"):
                out.extend(p["Prefix"] for p in page.get("CommonPrefixes", []))
        except (BotoCoreError, ClientError) as exc:
            if _unavailable(exc):
                raise StoreUnavailable("s3 list_objects_v2") from None
            raise
        return sorted(out)
