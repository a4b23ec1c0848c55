"""What an incident exposed, and the corrections that follow.

`assess` reads the audit archive, not the topics: the decisions of the window
that sent a record to `ai.<stream>` are exactly what the vendor may have
received. Subjects appear as their keyed references (read from `store.*`).

`remediate` rebuilds each affected record's original text from `store.*`
(tokens replaced by their decrypted originals; an erased value stays a
token), runs it through a Flow with the patched policy, and publishes the
corrected AI-bound record under the same record id with a correction header,
or a tombstone where the policy now blocks it.
"""

from __future__ import annotations

import dataclasses
import json
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from pipeline import codecs
from pipeline.audit.archive import ArchiveError, day_of, days_in, read_object
from pipeline.audit.events import deterministic_id, record_id
from pipeline.audit.s3 import ArchiveReader
from pipeline.evidence.snapshot import read_day
from pipeline.flow import Flow, Incoming, Outgoing
from pipeline.keys import KeyService
from pipeline.protect import reveal
from pipeline.records import Offset, Outcome, StoredRecord
from pipeline.topology import StreamSpec

CORRECTION_HEADER = "veilstream-correction"


@dataclass(frozen=True)
class Exposure:
    window_from: int
    window_to: int
    record_ids: tuple[str, ...]
    tenants: dict[str, int]
    entity_kinds: dict[str, int]
    vendors: tuple[str, ...]
    subjects: tuple[str, ...] = ()  # keyed references, never ids

    def summary(self) -> dict[str, Any]:
        return {
            "window_from": self.window_from,
            "window_to": self.window_to,
            "records": len(self.record_ids),
            "tenants": self.tenants,
            "entity_kinds": self.entity_kinds,
            "vendors": list(self.vendors),
            "subjects": len(self.subjects),
        }


def ai_decisions(store: ArchiveReader, stream: str, t_from: int, t_to: int) -> list[dict[str, Any]]:
    """The archived decisions of the window that wrote to ai.<stream>, once per input offset."""
    seen: set[tuple[Any, Any, Any]] = set()
    out = []
    for day in days_in(store, "audit"):
        if not day_of(t_from) <= day <= day_of(t_to):
            continue
        for _key, body, _version in read_day(store, day):
            try:
                _, records = read_object(body)
            except ArchiveError:
                continue  # `evidence verify` names damaged objects; assess reads what it can
            for r in records:
                src = (r.get("source_topic"), r.get("source_partition"), r.get("source_offset"))
                if (
                    r.get("kind") == "decision"
                    and r.get("stream") == stream
                    and f"ai.{stream}" in (r.get("outputs") or ())
                    and t_from <= int(r.get("occurred_at") or 0) <= t_to
                    and src not in seen
                ):
                    seen.add(src)
                    out.append(r)
    return out


def assess(
    decisions: Iterable[Mapping[str, Any]], stored: Iterable[StoredRecord], stream: StreamSpec, t_from: int, t_to: int
) -> Exposure:
    tenants: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    ids = []
    for d in decisions:
        tenants[d.get("tenant") or ""] += 1
        kinds.update(d.get("entity_counts") or {})
        ids.append(record_id(stream.name, d.get("tenant") or "", d.get("event_id") or ""))
    wanted = set(ids)
    subjects = sorted({s.subject_ref for s in stored if s.record_id in wanted and s.subject_ref})
    return Exposure(
        t_from,
        t_to,
        tuple(sorted(wanted)),
        dict(sorted(tenants.items())),
        dict(sorted(kinds.items())),
        tuple(v.name for v in stream.vendors),
        tuple(subjects),
    )


def original_text(rec: StoredRecord, keys: KeyService) -> str:
    """The stored text with each token replaced by its original (an erased or broken one stays a token)."""
    text = rec.text
    for v in rec.values:
        try:
            text = text.replace(v.token, reveal(v, rec.tenant, rec.event_id, keys))
        except Exception:  # noqa: BLE001 - destroyed or tampered: the value stays protected
            continue
    return text


@dataclass
class Remediation:
    corrected: int = 0
    withdrawn: int = 0  # tombstones: the patched policy now blocks the record
    messages: list[Outgoing] = field(default_factory=list)  # to produce: ai corrections, vault entries, audit


def remediate(
    incident_id: str, stored: Iterable[tuple[int, int, StoredRecord]], flow: Flow, keys: KeyService, now_ms: int
) -> Remediation:
    """Corrections for the stored records (partition, offset, record) of an incident."""
    stream = flow.stream
    batch = []
    for partition, offset, rec in stored:
        raw = {
            "event_id": rec.event_id,
            "tenant": rec.tenant,
            "source": rec.source,
            "produced_at": rec.produced_at,
            "text": original_text(rec, keys),
        }
        batch.append(Incoming(Offset(stream.store, partition, offset), json.dumps(raw).encode(), now_ms))
    out = Remediation()
    header = (CORRECTION_HEADER, incident_id.encode())
    for incoming, decision in zip(batch, flow.process(batch), strict=True):
        rid = record_id(stream.name, json.loads(incoming.value)["tenant"], decision.event_id or "")
        if decision.outcome is Outcome.PROTECTED:
            out.corrected += 1
            for m in decision.messages:
                if m.topic in (stream.ai, stream.vault):
                    out.messages.append(Outgoing(m.topic, m.key, m.value, (*m.headers, header)))
        else:
            out.withdrawn += 1
            out.messages.append(Outgoing(stream.ai, rid.encode(), None, (header,)))
        audit_id = deterministic_id("remediation", incident_id, rid)
        event = dataclasses.replace(
            codecs.decode_audit(decision.audit), audit_id=audit_id, kind="remediation", reason=incident_id
        )
        out.messages.append(Outgoing(flow.audit_topic, audit_id.encode(), codecs.encode_audit(event), (header,)))
    return out
