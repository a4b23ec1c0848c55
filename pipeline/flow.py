"""The stream path for one batch, without Kafka: ingest -> detect -> protect -> route.

`Flow.process(batch)` turns raw input messages into decisions. Each decision
holds the messages to produce (AI-bound, storage, quarantine, DLQ, vault) and
exactly one audit event. The runner (pipeline.streams.runner) only moves bytes in and out.

A record never crashes the batch: anything that goes wrong with one record
becomes a DLQ decision with a reason code, detection included (a batch whose
detection raises is detected again record by record, and the record that
raises is dead-lettered). Failures of the machinery itself (the key provider,
the key store, a broken detector process pool) propagate, so the worker stops
before it acknowledges anything: fail closed, never pass unprotected text along.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from typing import Protocol

from pipeline import codecs
from pipeline.audit.events import decision_event, deterministic_id, record_id
from pipeline.detect import BatchDetector, DetectorFactory
from pipeline.formats import StreamCodec
from pipeline.ingest import IngestError, decode_raw
from pipeline.keys import KeyProviderError, KeyService, KeyStoreError
from pipeline.policy import Policy
from pipeline.policy.watch import PolicyWatcher
from pipeline.protect import protect
from pipeline.records import (
    AuditEvent,
    DeadLetter,
    Detection,
    Offset,
    Outcome,
    ProtectedRecord,
    Protection,
    RawEvent,
    StoredRecord,
)
from pipeline.route import route
from pipeline.topology import StreamSpec

log = logging.getLogger("veilstream.flow")

# Failures of the machinery rather than of one record: the batch must not be acknowledged.
MACHINERY_ERRORS: tuple[type[BaseException], ...] = (KeyProviderError, KeyStoreError, BrokenProcessPool, MemoryError)

NOT_IN_IDS = frozenset({"LOCATION"})  # a source named for its office ("paris-helpdesk") names no one
DLQ_KEY_OWNER = "_veilstream"  # DLQ payloads may have no valid tenant: one system key seals them


@dataclass(frozen=True, slots=True)
class Incoming:
    source: Offset
    value: bytes
    received_at: int  # epoch ms, when the worker took the message
    headers: tuple[tuple[str, bytes | None], ...] = ()  # the input's Kafka headers (codec.pass_headers go out)


@dataclass(frozen=True, slots=True)
class Outgoing:
    topic: str
    key: bytes
    value: bytes | None  # None is a tombstone
    headers: tuple[tuple[str, bytes], ...] = ()


@dataclass(slots=True)
class Decision:
    """What the worker writes for one input, typed for metrics and canary checks
    and encoded once (messages, audit) for Kafka."""

    source: Offset
    outcome: Outcome
    reason_code: str
    event_id: str | None
    messages: list[Outgoing] = field(default_factory=list)
    audit: bytes = b""  # audit_event, encoded
    audit_event: AuditEvent | None = None
    ai_text: str | None = None  # the text sent to the AI-bound topic, if any


@dataclass(frozen=True, slots=True)
class Pending:
    """A batch whose detection is under way (Flow.start), to be protected (Flow.finish)."""

    batch: Sequence[Incoming]
    events: list[RawEvent | IngestError]
    detections: Future[list[Detection]] | None


def now_ms() -> int:
    return int(time.time() * 1000)


class VaultWriter(Protocol):
    """(Kafka key, value) of a record's vault entry, or None when it needs none (vault.entry.vault_entry)."""

    def __call__(
        self, event: RawEvent, protection: Protection, policy: Policy, keys: KeyService, now_ms: int, /
    ) -> tuple[bytes, bytes] | None: ...


class Flow:
    def __init__(
        self,
        stream: StreamSpec,
        policy: Policy,
        detector: BatchDetector,
        keys: KeyService,
        *,
        max_event_bytes: int,
        max_message_bytes: int = 1_000_000,
        audit_topic: str = "audit.events",
        vault_writer: VaultWriter | None = None,
        policy_watcher: PolicyWatcher | None = None,
        detector_factory: DetectorFactory | None = None,
        codec: StreamCodec | None = None,
        id_detector: BatchDetector | None = None,
    ):
        if policy_watcher is not None and detector_factory is None:
            raise ValueError("a policy watcher needs a detector factory for the policies it loads")
        self.stream = stream
        self.policy = policy
        self.detector = detector
        self.keys = keys
        self.max_event_bytes = max_event_bytes
        self.max_message_bytes = max_message_bytes  # the output topics' max.message.bytes (Kafka's default)
        self.audit_topic = audit_topic
        self.vault_writer = vault_writer
        self.policy_watcher = policy_watcher
        self.detector_factory = detector_factory
        self.codec = codec or StreamCodec(stream.format, key=stream.key, pass_headers=tuple(stream.pass_headers))
        self._detecting: ThreadPoolExecutor | None = None  # waits on the detector for Flow.start
        # event_id and source reach ai.* and the audit trail as they are: an id that holds what a
        # pattern recognizer finds (a phone, a card, an email...) is dead-lettered instead.
        self.id_detector = id_detector

    def reload_policy(self) -> bytes | None:
        """Between batches: apply a changed policy file, or refuse a broken one.

        Either way the change is audited (kind "policy"); a broken file leaves
        the last good policy in force and is logged loudly.
        """
        if self.policy_watcher is None or self.detector_factory is None:  # both or neither (__init__)
            return None
        polled = self.policy_watcher.poll()
        if polled is None:
            return None
        previous = self.policy
        if isinstance(polled, Policy):
            detector = self.detector_factory(polled)
            old, self.detector, self.policy = self.detector, detector, polled
            getattr(old, "close", lambda: None)()
            outcome, reason_code, detail = "applied", "policy_changed", f"previous version {previous.version}"
            log.warning("policy %s changed: version %s replaces %s", polled.id, polled.version, previous.version)
        else:
            outcome, reason_code, detail = "refused", "invalid_policy", str(polled)
            log.critical("policy file changed but is invalid; keeping version %s: %s", previous.version, polled)
        event = AuditEvent(
            audit_id=deterministic_id("policy", self.stream.name, outcome, self.policy.version, now_ms()),
            kind="policy",
            occurred_at=now_ms(),
            tenant="",
            stream=self.stream.name,
            outcome=outcome,
            reason_code=reason_code,
            policy_id=self.policy.id,
            policy_version=self.policy.version,
            reason=detail,
        )
        return codecs.encode_audit(event)

    def process(self, batch: Sequence[Incoming]) -> list[Decision]:
        """Decisions in input order. The batch's new data keys are stored (one
        acknowledged write) before this returns, so no ciphertext is produced
        ahead of its key."""
        return self.finish(self.start(batch))

    def start(self, batch: Sequence[Incoming]) -> Pending:
        """Decode the batch and start its detection in the background (the detector's
        process pool does the work), so the caller can protect the previous batch meanwhile."""
        events: list[RawEvent | IngestError] = []
        for msg in batch:
            try:
                events.append(
                    decode_raw(
                        msg.value,
                        max_bytes=self.max_event_bytes,
                        tenants=self.stream.tenants,
                        format=self.codec.input_format,
                        registry=self.codec.registry,
                        require_subject_id=self.stream.require_subject_id,
                    )
                )
            except IngestError as err:
                events.append(err)
        self._refuse_personal_ids(events)
        texts = [e.text for e in events if isinstance(e, RawEvent)]
        if self._detecting is None:
            self._detecting = ThreadPoolExecutor(max_workers=1, thread_name_prefix="veilstream-detect")
        return Pending(batch, events, self._detecting.submit(self.detector.detect_batch, texts) if texts else None)

    def _refuse_personal_ids(self, events: list[RawEvent | IngestError]) -> None:
        if self.id_detector is None:
            return
        at = [i for i, e in enumerate(events) if isinstance(e, RawEvent)]
        ids = [f"{e.event_id}\n{e.source}" for e in events if isinstance(e, RawEvent)]
        for i, detection in zip(at, self.id_detector.detect_batch(ids) if ids else [], strict=True):
            kinds = ", ".join(sorted({f.entity_type for f in detection.findings} - NOT_IN_IDS))
            if kinds:
                events[i] = IngestError("invalid_id", f"event_id or source looks like personal data ({kinds})")

    def finish(self, pending: Pending) -> list[Decision]:
        """The decisions of a started batch, in input order (see process)."""
        detections = iter(self._detections(pending))
        with self.keys.batch():
            return [
                self._guarded(msg, event, next(detections))
                if isinstance(event, RawEvent)
                else self._dead_letter(msg, event.reason_code, event.detail, event_id=None)
                for msg, event in zip(pending.batch, pending.events, strict=True)
            ]

    def _detections(self, pending: Pending) -> list[Detection | Exception]:
        """One detection per decoded record. When the batch's detection raises (a
        recognizer bug meeting one hostile text), each text is detected on its own,
        so only the record that raises is dead-lettered and the partition moves on."""
        if pending.detections is None:
            return []
        try:
            return list(pending.detections.result())
        except MACHINERY_ERRORS:
            raise
        except Exception as exc:  # noqa: BLE001 - one record's text must not stop the partition
            log.error("batch detection failed (%s); detecting record by record", type(exc).__name__)
        texts = [e.text for e in pending.events if isinstance(e, RawEvent)]
        return [self._detect_one(text) for text in texts]

    def _detect_one(self, text: str) -> Detection | Exception:
        try:
            (detection,) = self.detector.detect_batch([text])
            return detection
        except MACHINERY_ERRORS:
            raise
        except Exception as exc:  # noqa: BLE001 - dead-lettered by _guarded, never passed along
            return exc

    def _guarded(self, msg: Incoming, event: RawEvent, detection: Detection | Exception) -> Decision:
        """One record's decision; whatever goes wrong with the record itself is a DLQ decision.
        Only the machinery (MACHINERY_ERRORS) raises: the batch must not be acknowledged."""
        if isinstance(detection, Exception):
            log.error("record %s: detection failed (%s); dead-lettered", event.event_id, type(detection).__name__)
            return self._dead_letter(msg, "detection_failed", type(detection).__name__, event_id=event.event_id)
        try:
            decision = self._decide(msg, event, detection)
        except MACHINERY_ERRORS:
            raise
        except Exception as exc:  # noqa: BLE001 - a record must never stop the partition
            log.error("record %s failed (%s); dead-lettered", event.event_id, type(exc).__name__)
            return self._dead_letter(msg, "processing_failed", type(exc).__name__, event_id=event.event_id)
        for m in decision.messages:
            size = len(m.key) + len(m.value or b"") + sum(len(k) + len(v) for k, v in m.headers)
            if size > self.max_message_bytes:  # the broker would refuse it and the batch with it
                detail = f"a {m.topic.split('.')[0]} message of {size} bytes exceeds {self.max_message_bytes}"
                return self._dead_letter(msg, "output_too_large", detail, event_id=event.event_id)
        return decision

    # -- one record -----------------------------------------------------------

    def _decide(self, msg: Incoming, event: RawEvent, detection: Detection) -> Decision:
        protection = protect(event, detection, self.policy, self.keys)
        where = route(detection, protection, self.policy)
        rid = record_id(self.stream.name, event.tenant, event.event_id)
        key = self._key(rid, event, protection.subject_ref)
        headers = (("veilstream-record-id", rid.encode()), *self.codec.headers(msg.headers))
        encode = self.codec.encoder.encode
        messages: list[Outgoing] = []
        stored = StoredRecord(
            record_id=rid,
            event_id=event.event_id,
            tenant=event.tenant,
            source=event.source,
            produced_at=event.produced_at,
            subject_ref=protection.subject_ref,  # from subject_id (email values are keyed to their owners)
            text=protection.store_text,
            values=protection.values,
            policy_id=self.policy.id,
            policy_version=self.policy.version,
            classification=self.stream.classification,
        )
        stored_dict = codecs.stored_to_dict(stored)
        output_digest = ""
        ai_text: str | None = None
        if where.outcome is Outcome.QUARANTINED:
            messages.append(
                Outgoing(
                    self.stream.quarantine, key, encode(self.stream.quarantine, "StoredRecord", stored_dict), headers
                )
            )
        else:
            ai = ProtectedRecord(
                record_id=rid,
                event_id=event.event_id,
                tenant=event.tenant,
                source=event.source,
                produced_at=event.produced_at,
                text=protection.ai_text,
                entity_counts=detection.counts(),
                policy_id=self.policy.id,
                policy_version=self.policy.version,
                classification=self.stream.classification,
            )
            messages.append(
                Outgoing(
                    self.stream.ai,
                    key,
                    encode(self.stream.ai, "ProtectedRecord", codecs.protected_to_dict(ai)),
                    headers,
                )
            )
            messages.append(
                Outgoing(self.stream.store, key, encode(self.stream.store, "StoredRecord", stored_dict), headers)
            )
            ai_text = protection.ai_text
            output_digest = self.keys.digest(event.tenant, ai_text.encode())
            if self.vault_writer is not None:
                entry = self.vault_writer(event, protection, self.policy, self.keys, now_ms())
                if entry is not None:
                    messages.append(Outgoing(self.stream.vault, entry[0], entry[1], headers[:1]))

        audit = decision_event(
            stream=self.stream.name,
            source=msg.source,
            outcome=where.outcome.value,
            occurred_at=now_ms(),
            tenant=event.tenant,
            event_id=event.event_id,
            reason_code=where.reason_code,
            policy_id=self.policy.id,
            policy_version=self.policy.version,
            entity_counts=detection.counts(),
            injection_score=detection.injection_score,
            injection_rules=detection.injection_rules,
            injection_model_score=detection.injection_model_score,
            injection_model=detection.injection_model,
            input_digest=self.keys.digest(event.tenant, event.text.encode()),
            output_digest=output_digest,
            latency_ms=max(0, now_ms() - msg.received_at),
            key_ids=protection.key_ids,
            outputs=tuple(m.topic for m in messages),
            classification=self.stream.classification,
        )
        return Decision(
            msg.source,
            where.outcome,
            where.reason_code,
            event.event_id,
            messages,
            codecs.encode_audit(audit),
            audit,
            ai_text,
        )

    def _key(self, rid: str, event: RawEvent, subject_ref: str | None) -> bytes:
        """The Kafka key of ai/store/quarantine records, as the topology chooses: per-record
        (the default), per-tenant or per-subject ordering. Never the subject id itself."""
        if self.codec.key == "tenant":
            return event.tenant.encode()
        if self.codec.key == "subject" and subject_ref:
            return f"{event.tenant}:{subject_ref}".encode()
        return rid.encode()

    def _dead_letter(self, msg: Incoming, reason_code: str, detail: str, event_id: str | None) -> Decision:
        src = msg.source
        rid = record_id(self.stream.name, "", f"{src.topic}/{src.partition}/{src.offset}")
        key_id, sealed = self.keys.seal(DLQ_KEY_OWNER, msg.value, rid.encode())
        letter = DeadLetter(
            record_id=rid,
            event_id=event_id,
            source=src,
            reason_code=reason_code,
            reason_detail=detail,
            payload_ciphertext=sealed,
            key_id=key_id,
            received_at=msg.received_at,
            classification=self.stream.classification,
        )
        out = Outgoing(
            self.stream.dlq,
            rid.encode(),
            self.codec.encoder.encode(self.stream.dlq, "DeadLetter", codecs.dead_letter_to_dict(letter)),
            (("veilstream-reason", reason_code.encode()), *self.codec.headers(msg.headers)),
        )
        audit = decision_event(
            stream=self.stream.name,
            source=src,
            outcome=Outcome.DEAD_LETTERED.value,
            occurred_at=now_ms(),
            event_id=event_id,
            reason_code=reason_code,
            policy_id=self.policy.id,
            policy_version=self.policy.version,
            latency_ms=max(0, now_ms() - msg.received_at),
            key_ids=(key_id,),
            outputs=(self.stream.dlq,),
            classification=self.stream.classification,
        )
        return Decision(src, Outcome.DEAD_LETTERED, reason_code, event_id, [out], codecs.encode_audit(audit), audit)
