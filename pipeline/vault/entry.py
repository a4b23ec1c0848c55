"""Vault entries: the tokens of one AI-bound record and their encrypted originals.

Kafka key `<tenant>/<event_id>/<content digest>`: a re-used event id with other
content is another record and never overwrites this one (restore looks up
every entry of the event id; the tokens are salted per record, so each answer
only matches its own record's). The value is a JSON document that carries its
own expiry. The originals inside are encrypted twice: each under the subject's
(or tenant's) data key, as protect sealed them, and the whole set again under
the tenant's vault key for the expiry's time bucket. Destroying the bucket
key (retention passed) or the subject key (erasure) makes every surviving
copy unreadable, whatever the broker did or did not delete.

A record whose attributes name a `conversation_id` carries the keyed HMAC of
it (`conversation_ref`, never the id), also bound into the entry's associated
data: a conversation-scoped restore finds the entries of one conversation, and
an entry moved into another conversation does not authenticate.
"""

from __future__ import annotations

import base64
import json
from dataclasses import dataclass

from pipeline.keys import KeyService
from pipeline.policy.model import Policy
from pipeline.records import ProtectedValue, Protection, RawEvent

FORMAT = 1
CONVERSATION_ATTRIBUTE = "conversation_id"  # the RawEvent attribute that groups records into a conversation


@dataclass(frozen=True, slots=True)
class VaultEntry:
    tenant: str
    event_id: str
    subject_ref: str | None
    created_at: int
    expires_at: int
    key_id: str  # the vault bucket key
    sealed: bytes  # the ProtectedValues, sealed under key_id
    subject_refs: tuple[str, ...] = ()  # every subject whose key seals a value here (erasure tombstones it)
    conversation_ref: str = ""  # keyed HMAC of the record's conversation_id attribute, "" without one

    def to_json(self) -> bytes:
        return json.dumps(
            {
                "format": FORMAT,
                "tenant": self.tenant,
                "event_id": self.event_id,
                "subject_ref": self.subject_ref,
                "created_at": self.created_at,
                "expires_at": self.expires_at,
                "key_id": self.key_id,
                "sealed": base64.b64encode(self.sealed).decode(),
                "subject_refs": list(self.subject_refs),
                **({"conversation_ref": self.conversation_ref} if self.conversation_ref else {}),
            },
            sort_keys=True,
        ).encode()

    @staticmethod
    def from_json(raw: bytes) -> VaultEntry:
        d = json.loads(raw)
        if d.pop("format", None) != FORMAT:
            raise ValueError("not a vault entry of a known format")
        d["sealed"] = base64.b64decode(d["sealed"])
        d["subject_refs"] = tuple(d.get("subject_refs", ()))
        return VaultEntry(**d)

    def concerns(self, subject_ref: str) -> bool:
        return subject_ref == self.subject_ref or subject_ref in self.subject_refs


class VaultError(Exception):
    pass


def vault_topic_config(policy: Policy) -> dict[str, str]:
    """Topic config for vault.<stream>: compacted (erasure tombstones), deleted after the
    policy's retention, compaction bounded in time. The entries enforce their expiry too."""
    from pipeline.topology.model import compaction_bounds

    retention_ms = int(policy.vault.retention_hours * 3600 * 1000)
    return {"cleanup.policy": "compact,delete", "retention.ms": str(retention_ms), **compaction_bounds(retention_ms)}


def vault_key(tenant: str, event_id: str, digest: str) -> bytes:
    return f"{tenant}/{event_id}/{digest}".encode()


def event_of(key: bytes) -> tuple[str, str]:
    """(tenant, event_id) of a vault key (neither holds a "/": ingest and topologies see to it)."""
    parts = key.decode(errors="replace").split("/")
    return parts[0], parts[1] if len(parts) > 1 else ""


def conversation_ref(keys: KeyService, tenant: str, conversation_id: str) -> str:
    """Keyed HMAC of a conversation id: what the vault stores and the audit trail names."""
    return keys.digest(tenant, b"conversation\x00" + conversation_id.encode())[:32]


def _aad(tenant: str, event_id: str, expires_at: int, conversation: str = "") -> bytes:
    # An entry without a conversation keeps the associated data it always had.
    tail = f"\x1f{conversation}" if conversation else ""
    return f"vault\x1f{tenant}\x1f{event_id}\x1f{expires_at}{tail}".encode()


def vault_entry(
    event: RawEvent, protection: Protection, policy: Policy, keys: KeyService, now_ms: int
) -> tuple[bytes, bytes] | None:
    """(Kafka key, value) for vault.<stream>, or None when the AI text has no tokens."""
    if not protection.vault_values:
        return None
    expires_at = now_ms + int(policy.vault.retention_hours * 3600 * 1000)
    inner = json.dumps(
        [
            {
                "token": v.token,
                "entity_type": v.entity_type,
                "key_id": v.key_id,
                "ciphertext": base64.b64encode(v.ciphertext).decode(),
            }
            for v in protection.vault_values
        ]
    )
    conversation_id = event.attributes.get(CONVERSATION_ATTRIBUTE, "")
    conversation = conversation_ref(keys, event.tenant, conversation_id) if conversation_id else ""
    key_id, sealed = keys.seal_vault(
        event.tenant, expires_at, inner.encode(), _aad(event.tenant, event.event_id, expires_at, conversation)
    )
    entry = VaultEntry(
        tenant=event.tenant,
        event_id=event.event_id,
        subject_ref=protection.subject_ref,
        created_at=now_ms,
        expires_at=expires_at,
        key_id=key_id,
        sealed=sealed,
        subject_refs=protection.subject_refs,
        conversation_ref=conversation,
    )
    digest = keys.digest(event.tenant, b"vault\x00" + event.text.encode())[:16]
    return vault_key(event.tenant, event.event_id, digest), entry.to_json()


def open_entry(entry: VaultEntry, keys: KeyService) -> list[ProtectedValue]:
    """The ProtectedValues of an entry (still encrypted under their own keys)."""
    aad = _aad(entry.tenant, entry.event_id, entry.expires_at, entry.conversation_ref)
    inner = keys.open(entry.key_id, entry.sealed, aad)
    return [
        ProtectedValue(
            token=d["token"],
            entity_type=d["entity_type"],
            key_id=d["key_id"],
            ciphertext=base64.b64decode(d["ciphertext"]),
        )
        for d in json.loads(inner)
    ]
