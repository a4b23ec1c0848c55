"""API keys for restore, erase and locate: stored hashed, bound to a tenant and a role.

A key is `vsk_<id>_<secret>` with a 256-bit random secret, so a SHA-256 of
the secret is enough to store (no password stretching needed) and the
comparison is constant-time. The file is 0600; the secret is shown once.

Some actions need more than a role: a key must also be granted them when it is
created (`GRANTS`). A subject-scoped restore (`restore:subject`) releases every
value of one data subject, so no key has it by default, admin keys included:
it is granted to a restorer or admin key explicitly (`apikeys create --grant
restore:subject`), and a key without the grant is refused (`not_granted`).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from pipeline.recordfile import RecordFile

ROLES = ("restorer", "auditor", "admin")
# What each role may do: restore needs restorer, erase admin, locate auditor.
PERMISSIONS = {
    "restore": {"restorer", "admin"},
    "restore:subject": {"restorer", "admin"},  # and only when granted: see GRANTS
    "erase": {"admin"},
    "locate": {"auditor", "admin"},
}
SUBJECT_RESTORE = "restore:subject"
GRANTS = (SUBJECT_RESTORE,)  # actions a key may do only when granted them explicitly, whatever its role


@dataclass(frozen=True, slots=True)
class ApiKey:
    key_id: str
    name: str  # the actor named in audit events
    tenant: str
    role: str
    secret_sha256: str
    created_at: int
    revoked: bool = False
    created_by: str = ""  # who created it (the CLI's user); "" for keys made before it was recorded
    grants: tuple[str, ...] = ()  # actions of GRANTS this key was granted explicitly

    def may(self, action: str) -> bool:
        """Whether the key's role allows ACTION (and, for an action of GRANTS, whether it was granted it)."""
        return not self.revoked and self.role in PERMISSIONS[action] and self.granted(action)

    def granted(self, action: str) -> bool:
        return action not in GRANTS or action in self.grants


class ApiKeyError(ValueError):
    pass


class ApiKeyStore:
    def __init__(self, path: Path):
        self.path = Path(path)
        self._file = RecordFile(
            self.path, lambda fields: ApiKey(**{**fields, "grants": tuple(fields.get("grants", ()))})
        )

    def create(
        self, name: str, tenant: str, role: str, *, created_by: str = "", grants: tuple[str, ...] = ()
    ) -> tuple[ApiKey, str]:
        """A new key; returns it and the secret string (shown once, never stored)."""
        if role not in ROLES:
            raise ApiKeyError(f"role must be one of {', '.join(ROLES)}, not {role!r}")
        if not tenant or not name:
            raise ApiKeyError("an API key needs a name and a tenant")
        for grant in grants:
            if grant not in GRANTS:
                raise ApiKeyError(f"a grant must be one of {', '.join(GRANTS)}, not {grant!r}")
            if role not in PERMISSIONS[grant]:
                raise ApiKeyError(
                    f"a {role} key cannot be granted {grant}: only {', '.join(sorted(PERMISSIONS[grant]))}"
                )
        key_id, secret = secrets.token_hex(6), secrets.token_urlsafe(32)
        key = ApiKey(
            key_id=key_id,
            name=name,
            tenant=tenant,
            role=role,
            secret_sha256=hashlib.sha256(secret.encode()).hexdigest(),
            created_at=int(time.time() * 1000),
            created_by=created_by,
            grants=tuple(sorted(set(grants))),
        )
        self._file.update(lambda keys: keys.__setitem__(key_id, key))
        return key, f"vsk_{key_id}_{secret}"

    def revoke(self, key_id: str) -> None:
        def change(keys: dict[str, ApiKey]) -> None:
            if key_id not in keys:
                raise ApiKeyError(f"no API key {key_id}")
            keys[key_id] = ApiKey(**{**asdict(keys[key_id]), "revoked": True})

        self._file.update(change)

    def list(self) -> list[ApiKey]:
        return sorted(self._file.load().values(), key=lambda k: k.created_at)

    def authenticate(self, presented: str) -> ApiKey | None:
        parts = (presented or "").strip().split("_", 2)
        if len(parts) != 3 or parts[0] != "vsk":
            return None
        key = self._file.load().get(parts[1])
        digest = hashlib.sha256(parts[2].encode()).hexdigest()
        if key is None or key.revoked or not hmac.compare_digest(digest, key.secret_sha256):
            return None
        return key
