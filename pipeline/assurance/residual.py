"""Residual scan: a second, stricter pair of eyes on every AI-bound record.

`veilstream assurance residual TOPOLOGY` re-reads the topology's ai.<stream>
topics in its own consumer group and process, with a detector built from a
stricter copy of the policy: every recognizer, thresholds lowered. Any
finding that is not a Veilstream token (`<EMAIL_ADDRESS_1_k7q2x>`, `<PERSON>`,
`<IBAN_CODE.d.…>`) is a security event: one audit event (kind "residual")
naming the recognizers and the offset, never the value; a counter the
`VeilstreamResidualPII` alert watches; a log line.

Why a separate process and not an agent in the worker: it must not share
the fate of what it checks (a worker bug, a wrong policy file or a crash
does not blind it), it needs its own CPU (detection is CPU-bound and the
worker's flow thread is already the bottleneck), and it scales and deploys
on its own. Offsets are committed only after the audit events are acked.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from confluent_kafka import KafkaError, KafkaException, Message

from pipeline import codecs, metrics
from pipeline.audit.events import deterministic_id
from pipeline.clients import KafkaClients
from pipeline.detect import BatchDetector
from pipeline.detect.recognizers import KNOWN_ENTITIES
from pipeline.formats import decode_output
from pipeline.kafka import position
from pipeline.policy.model import Action, EntityRule, Policy
from pipeline.records import AuditEvent, Finding, Offset
from pipeline.registry import Registry
from pipeline.topology import Topology

log = logging.getLogger("veilstream.residual")

# Every form a protected value takes in AI-bound text: numbered or keyed tokens, redactions,
# deterministic (`.d.`) and hashed (`.h.`) pseudonyms.
TOKEN_RE = re.compile(r"<[A-Z][A-Z0-9_]*(?:_[0-9]+_[a-z2-7]{5}|_[0-9a-f]{1,16}|\.[dh]\.[A-Za-z0-9_\-]+)?>")
THRESHOLD_MARGIN = 0.15
THRESHOLD_FLOOR = 0.3


def stricter_policy(policy: Policy, margin: float = THRESHOLD_MARGIN, floor: float = THRESHOLD_FLOOR) -> Policy:
    """Every known entity type at a lower threshold; types the policy sends to the AI in clear stay out."""
    entities: dict[str, EntityRule] = {}
    for entity in sorted(KNOWN_ENTITIES):
        rule = policy.entities.get(entity)
        if rule is not None and rule.ai is Action.KEEP:
            continue
        base = rule or EntityRule()
        entities[entity] = base.model_copy(update={"threshold": max(floor, round(base.threshold - margin, 4))})
    return policy.model_copy(update={"id": f"{policy.id}-residual", "entities": entities})


def residual_findings(text: str, findings: Sequence[Finding]) -> list[Finding]:
    """Findings that are not (inside) a token: values that reached the AI in clear."""
    tokens = [(m.start(), m.end()) for m in TOKEN_RE.finditer(text)]
    return [f for f in findings if not any(f.start < end and start < f.end for start, end in tokens)]


def residual_event(
    *,
    stream: str,
    source: Offset,
    tenant: str,
    event_id: str | None,
    hits: Sequence[Finding],
    policy: Policy,
    occurred_at: int,
) -> AuditEvent:
    counts: dict[str, int] = {}
    for f in hits:
        counts[f.entity_type] = counts.get(f.entity_type, 0) + 1
    recognizers = sorted({f.recognizer for f in hits})
    return AuditEvent(
        audit_id=deterministic_id("residual", source.topic, source.partition, source.offset),
        kind="residual",
        occurred_at=occurred_at,
        tenant=tenant,
        stream=stream,
        outcome="leaked",
        reason_code="residual_pii",
        event_id=event_id,
        source=source,
        policy_id=policy.id,
        policy_version=policy.version,
        entity_counts=counts,
        reason="recognizers: " + ", ".join(recognizers),
    )


@dataclass(frozen=True)
class AiMessage:
    source: Offset
    value: bytes


class ResidualScan:
    """Stricter detection over AI-bound records -> residual audit events (pure: no Kafka)."""

    def __init__(self, topology: Topology, policy: Policy, detector: BatchDetector, registry: Registry | None = None):
        self.topology = topology
        self.registry = registry  # for streams whose outputs are in the Schema Registry wire format
        self.policy = policy  # the stricter one
        self.detector = detector
        self._stream_of = {s.ai: s.name for s in topology.streams}

    def scan(self, batch: Sequence[AiMessage]) -> list[AuditEvent]:
        texts, meta = [], []
        for msg in batch:
            try:
                name, rec = decode_output(msg.value, self.registry)
                if name != "ProtectedRecord":
                    raise codecs.CodecError("invalid_avro", f"a {name} on an AI topic")
                texts.append(rec["text"])
                meta.append((rec["tenant"], rec["event_id"]))
            except codecs.CodecError:
                # Not a ProtectedRecord: something wrote around the pipeline. Scan its bytes as text.
                texts.append(msg.value.decode("utf-8", "replace"))
                meta.append(("", None))
        events = []
        now = int(time.time() * 1000)
        for msg, text, (tenant, event_id), detection in zip(
            batch, texts, meta, self.detector.detect_batch(texts), strict=True
        ):
            stream = self._stream_of.get(msg.source.topic, msg.source.topic)
            metrics.RESIDUAL_SCANNED.labels(self.topology.name, stream).inc()
            hits = residual_findings(text, detection.findings)
            if not hits:
                continue
            for f in hits:
                metrics.RESIDUAL_HITS.labels(self.topology.name, stream, f.entity_type, f.recognizer).inc()
                log.warning(
                    "residual PII in an AI-bound record",
                    extra={
                        "stream": stream,
                        "topic": msg.source.topic,
                        "partition": msg.source.partition,
                        "offset": msg.source.offset,
                        "event_id": event_id,
                        "entity_type": f.entity_type,
                        "recognizer": f.recognizer,
                    },
                )
            events.append(
                residual_event(
                    stream=stream,
                    source=msg.source,
                    tenant=tenant,
                    event_id=event_id,
                    hits=hits,
                    policy=self.policy,
                    occurred_at=now,
                )
            )
        return events


def group_id(topology: Topology) -> str:
    return f"veilstream-residual-{topology.name}"


def run(
    scan: ResidualScan,
    kafka: KafkaClients,
    stop: threading.Event,
    *,
    batch_size: int = 256,
    consumer_overrides: dict[str, Any] | None = None,
) -> int:
    """Consume the AI topics until `stop`; return how many records were scanned."""
    consumer = kafka.consumer(
        {
            "group.id": group_id(scan.topology),
            "enable.auto.commit": False,
            "auto.offset.reset": "earliest",
            **(consumer_overrides or {}),
        }
    )
    producer = kafka.producer({"acks": "all", "enable.idempotence": True})
    consumer.subscribe([s.ai for s in scan.topology.streams])
    scanned = 0
    failures: list[str] = []

    def delivered(err: KafkaError | None, _msg: Message) -> None:
        if err is not None:
            failures.append(str(err))

    try:
        while not stop.is_set():
            msgs = [m for m in consumer.consume(num_messages=batch_size, timeout=0.5) if not m.error()]
            if not msgs:
                continue
            batch = [AiMessage(Offset(*position(m)), m.value() or b"") for m in msgs]
            for event in scan.scan(batch):
                producer.produce(
                    scan.topology.audit_topic,
                    key=event.audit_id.encode(),
                    value=codecs.encode_audit(event),
                    on_delivery=delivered,
                )
            if producer.flush(30) or failures:
                raise KafkaException(f"residual audit events not acknowledged: {failures[:1]}")
            consumer.commit(asynchronous=False)  # after the audit events are durable
            scanned += len(batch)
    finally:
        consumer.close()
    return scanned
