"""Pack an audit period for the auditor, and read such a pack back offline.

`export` copies audit/dt=D/ and evidence/dt=D/ of every day in the period,
plus the day before it (its manifest is where the period's chains and log
start), into a directory with the same key layout and a SHA256SUMS file.
`DirStore` reads that directory as an `ArchiveReader`, like the bucket, so
`veilstream evidence verify --archive DIR` works without any access to S3.
"""

from __future__ import annotations

import builtins
import datetime as dt
import hashlib
from collections.abc import Callable
from pathlib import Path

from pipeline.audit.archive import day_prefix
from pipeline.audit.reader import ArchiveReader, ObjectMissing, Stored


def days(first: dt.date, last: dt.date) -> list[dt.date]:
    if last < first:
        raise ValueError(f"--to {last} is before --from {first}")
    return [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]


def plan_export(store: ArchiveReader, first: dt.date, last: dt.date) -> list[Stored]:
    out = []
    for day in days(first - dt.timedelta(days=1), last):
        prefixes = [day_prefix("evidence", day)]
        if day >= first:
            prefixes.insert(0, day_prefix("audit", day))
        for prefix in prefixes:
            out += store.list(prefix)
    return out


def export(store: ArchiveReader, objects: list[Stored], out: Path, progress: Callable[[int], None]) -> Path:
    sums = []
    for obj in objects:
        body, _, _ = store.get(obj.key)
        target = out / obj.key
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(body)
        sums.append(f"{hashlib.sha256(body).hexdigest()}  {obj.key}\n")
        progress(len(body))
    (out / "SHA256SUMS").write_text("".join(sums))
    return out


class DirStore:
    """An exported archive on disk, read like the bucket (no version ids)."""

    def __init__(self, root: Path):
        if not root.is_dir():
            raise ValueError(f"{root} is not a directory")
        self.root = root

    def get(self, key: str) -> tuple[bytes, dict[str, str], str | None]:
        path = self.root / key
        if not path.is_file():
            raise ObjectMissing(key)
        return path.read_bytes(), {}, None

    def exists(self, key: str) -> bool:
        return (self.root / key).is_file()

    def list(self, prefix: str) -> builtins.list[Stored]:
        base = self.root / prefix
        if not base.is_dir():
            return []
        return sorted(
            (
                Stored(p.relative_to(self.root).as_posix(), p.stat().st_size, None)
                for p in base.rglob("*")
                if p.is_file()
            ),
            key=lambda s: s.key,
        )

    def list_dirs(self, prefix: str) -> builtins.list[str]:
        base = self.root / prefix
        if not base.is_dir():
            return []
        return sorted(f"{prefix}{p.name}/" for p in base.iterdir() if p.is_dir())
