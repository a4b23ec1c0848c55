"""The audit writer: one audit event at a time to the audit topic, durably.

Key, restore, erase, hold, review and deploy events go through here; the
stream worker writes its decisions' events inside its own transaction.
"""

from __future__ import annotations

from typing import Protocol

from pipeline.clients import KafkaClients
from pipeline.codecs import encode_audit
from pipeline.records import AuditEvent


class AuditWriteError(Exception):
    """An audit event was not acknowledged: the action it records must fail too."""


class AuditWriter(Protocol):
    """Writes one audit event, or raises: the action it records must not happen unaudited."""

    def __call__(self, event: AuditEvent, /) -> None: ...


class KafkaAuditWriter:
    def __init__(self, kafka: KafkaClients, topic: str, *, timeout_s: float = 30.0):
        self.topic = topic
        self.timeout_s = timeout_s
        self._producer = kafka.producer({"acks": "all", "enable.idempotence": True, "linger.ms": 0})

    def __call__(self, event: AuditEvent) -> None:
        errors: list[str] = []
        self._producer.produce(
            self.topic,
            key=event.audit_id.encode(),
            value=encode_audit(event),
            on_delivery=lambda err, _m: errors.append(str(err)) if err else None,
        )
        if self._producer.flush(self.timeout_s) or errors:
            raise AuditWriteError(f"audit event to {self.topic} not acknowledged")
