"""Policy files with line-precise errors, and a watcher for hot reload.

The worker polls `PolicyWatcher.poll()` between batches: a changed, valid
file gives the new Policy (the worker audits the change); a changed, broken
file gives the PolicyError and the worker keeps its last good policy.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from pipeline.policy.model import Policy, PolicyError, load_policy


class PolicyWatcher:
    """Reports changes of one policy file's rules.

    Content is compared, not mtimes (editors touch files); an edit that leaves
    the policy's version unchanged (a comment, key order) reports nothing.
    Pass the policy the worker started with as `current`; without it the first
    poll returns the file's policy.
    """

    def __init__(self, path: Path, current: Policy | None = None):
        self.path = Path(path)
        self._digest: str | None = None
        self._version = current.version if current is not None else None

    def _read_digest(self) -> tuple[str | None, str | None]:
        try:
            text = self.path.read_text()
        except (OSError, UnicodeDecodeError):
            return None, None
        return text, hashlib.sha256(text.encode()).hexdigest()

    def poll(self) -> Policy | PolicyError | None:
        text, digest = self._read_digest()
        if digest is None:
            if self._digest == "missing":
                return None
            self._digest = "missing"
            return PolicyError(f"{self.path}: cannot be read (missing or not text); keeping the last good policy")
        if digest == self._digest:
            return None
        self._digest = digest
        try:
            policy = load_policy(self.path, text)
        except PolicyError as exc:
            return exc
        if policy.version == self._version:
            return None
        self._version = policy.version
        return policy
