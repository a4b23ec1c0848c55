"""Where does a subject's data live? Every topic, partition and offset range,
and every audit object in S3, that holds a record about the subject.

Matching: storage, quarantine and vault records carry the subject ref (keyed
HMAC; vault entries also list every email owner whose key seals a value);
raw events carry the subject id itself, or, when they have none, are matched
by the email address in their text; AI-bound records and audit objects are
matched through the event ids found that way. So a subject named by email
finds every record that mentions the address, also where the record's other
values are keyed to the tenant (no subject_id): that is "the rest" an
operator must handle beside the erasure. The DLQ holds
payloads that did not parse, encrypted: they are counted, not attributed.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from pipeline import codecs
from pipeline.topology.model import StreamSpec


@dataclass
class Span:
    topic: str
    partition: int
    first: int
    last: int
    count: int

    def __str__(self) -> str:
        return f"{self.topic}[{self.partition}] offsets {self.first}..{self.last} ({self.count} records)"


@dataclass
class Location:
    subject_ref: str
    spans: list[Span] = field(default_factory=list)
    objects: list[str] = field(default_factory=list)
    event_ids: set[str] = field(default_factory=set)
    unattributable: dict[str, int] = field(default_factory=dict)  # topic -> records that cannot be matched


def _raw_matches(value: bytes, tenant: str, subject_id: str) -> tuple[bool, str | None]:
    try:
        d = codecs.decode("RawEvent", value) if codecs.is_avro(value) else json.loads(value)
    except (ValueError, codecs.CodecError):
        return False, None
    if not isinstance(d, dict) or d.get("tenant") != tenant:
        return False, None
    sid = d.get("subject_id")
    # Without a subject id, the record's subject is its email address (as protect decides).
    hit = sid == subject_id if sid else "@" in subject_id and subject_id.lower() in str(d.get("text", "")).lower()
    return hit, d.get("event_id")


def _ref_matches(value: bytes, tenant: str, ref: str, event_ids: set[str]) -> tuple[bool, str | None]:
    if codecs.is_avro(value):
        try:
            _, d = codecs.decode_any(value)
        except codecs.CodecError:
            return False, None
    else:
        try:
            d = json.loads(value)
        except ValueError:
            return False, None
    # By subject ref, or by an event already attributed (a record whose subject came from its email).
    hit = d.get("tenant") == tenant and (
        d.get("subject_ref") == ref or ref in (d.get("subject_refs") or ()) or d.get("event_id") in event_ids
    )
    return hit, d.get("event_id")


def _add(spans: dict[tuple[str, int], Span], topic: str, partition: int, offset: int) -> None:
    s = spans.get((topic, partition))
    if s is None:
        spans[(topic, partition)] = Span(topic, partition, offset, offset, 1)
    else:
        s.first, s.last, s.count = min(s.first, offset), max(s.last, offset), s.count + 1


def locate_subject(
    read_topic: Callable[[str], Iterable[tuple[int, int, bytes | None]]],
    streams: list[StreamSpec],
    tenant: str,
    subject_id: str,
    ref: str,
    audit_objects: Iterable[tuple[str, list[dict[str, Any]]]] | None = None,
) -> Location:
    """READ_TOPIC(topic) yields (partition, offset, value); AUDIT_OBJECTS yields (key, records)."""
    loc = Location(subject_ref=ref)
    spans: dict[tuple[str, int], Span] = {}
    for s in streams:
        # Raw and vault first: the event ids they attribute also find records without a subject ref.
        for topic, match in (
            (s.raw, lambda v: _raw_matches(v, tenant, subject_id)),
            (s.vault, lambda v: _ref_matches(v, tenant, ref, loc.event_ids)),
            (s.store, lambda v: _ref_matches(v, tenant, ref, loc.event_ids)),
            (s.quarantine, lambda v: _ref_matches(v, tenant, ref, loc.event_ids)),
        ):
            for partition, offset, value in read_topic(topic):
                if value is None:
                    continue
                hit, event_id = match(value)
                if hit:
                    _add(spans, topic, partition, offset)
                    if event_id:
                        loc.event_ids.add(event_id)
        for partition, offset, value in read_topic(s.ai):
            if value is None:
                continue
            try:
                d = codecs.decode("ProtectedRecord", value)
            except codecs.CodecError:
                continue
            if d["tenant"] == tenant and d["event_id"] in loc.event_ids:
                _add(spans, s.ai, partition, offset)
        dlq = sum(1 for _ in read_topic(s.dlq))
        if dlq:
            loc.unattributable[s.dlq] = dlq
    for key, records in audit_objects or ():
        if any(r.get("tenant") == tenant and r.get("event_id") in loc.event_ids for r in records):
            loc.objects.append(key)
    loc.spans = sorted(spans.values(), key=lambda s: (s.topic, s.partition))
    return loc
