"""Read access to the archive, without an S3 client: what verification needs.

`ObjectStore` (pipeline.audit.s3) is the bucket; `DirStore`
(pipeline.evidence.export) an exported copy on disk. Keeping these types here
lets an auditor verify an exported folder with no AWS SDK installed.
"""

from __future__ import annotations

import builtins
import datetime as dt
from dataclasses import dataclass
from typing import Protocol


class ObjectMissing(KeyError):
    pass


@dataclass(frozen=True)
class Stored:
    key: str
    size: int
    version_id: str | None
    modified: dt.datetime | None = None


class ArchiveReader(Protocol):
    """Read access to the archive: the bucket (`ObjectStore`) or an exported copy on disk."""

    def get(self, key: str) -> tuple[bytes, dict[str, str], str | None]: ...

    def exists(self, key: str) -> bool: ...

    def list(self, prefix: str) -> builtins.list[Stored]: ...

    def list_dirs(self, prefix: str) -> builtins.list[str]: ...


class ArchiveStore(ArchiveReader, Protocol):
    """The archive as the sink and the snapshot write it: once per key, locked."""

    def put_new(self, key: str, body: bytes, metadata: dict[str, str], content_type: str) -> Stored | None: ...

    def archive_held(self) -> bool: ...

    def set_legal_hold(self, key: str, on: bool) -> None: ...
