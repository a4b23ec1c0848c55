"""A small 0600 JSON file of dataclass records by id (API keys, legal holds, incidents).

Changes are read-modify-write under an exclusive lock on the file itself, so
two CLI calls at once never lose each other's record.
"""

from __future__ import annotations

import fcntl
import json
import os
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar

if TYPE_CHECKING:
    from _typeshed import DataclassInstance

T = TypeVar("T", bound="DataclassInstance")


class RecordFile(Generic[T]):
    def __init__(self, path: Path, load: Callable[[dict[str, Any]], T]):
        self.path = Path(path)
        self.load_record = load  # a record from its fields as stored

    def load(self) -> dict[str, T]:
        try:
            raw = json.loads(self.path.read_text())
        except FileNotFoundError:
            return {}
        return self._records(raw)

    def update(self, change: Callable[[dict[str, T]], object]) -> None:
        """CHANGE edits the records in place; they are written back when it returns."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
        with os.fdopen(fd, "r+") as fh:
            fcntl.flock(fh, fcntl.LOCK_EX)
            text = fh.read()
            records = self._records(json.loads(text)) if text.strip() else {}
            change(records)
            fh.seek(0)
            fh.truncate()
            json.dump({k: asdict(v) for k, v in records.items()}, fh, indent=1, sort_keys=True)

    def _records(self, raw: dict[str, dict[str, Any]]) -> dict[str, T]:
        return {k: self.load_record(v) for k, v in raw.items()}
