"""The archive layout, and its audit objects: Avro container files of hash-chained records.

Layout (deterministic keys, so a replay writes the same key); this module is
the only one that spells it:
    audit/dt=YYYY-MM-DD/partition=P/<topic>+P+<20-digit start offset>.avro
    evidence/dt=YYYY-MM-DD/<file>      (see evidence/snapshot.py)

Each record carries prev_hash and record_hash; record_hash is the SHA-256 of
the record's Avro binary encoding with record_hash set to "". The chain runs
through every record of a Kafka partition, across objects, days and sink
restarts. The OCF header and the S3 object metadata both carry the chain
heads and the offset range, so the sink resumes from the last object alone.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Literal, cast

import fastavro

from pipeline.audit.reader import ArchiveReader
from pipeline.codecs import audit_to_dict, schema
from pipeline.records import AuditEvent

GENESIS = "0" * 64
KEY_RE = re.compile(
    r"^audit/dt=(?P<day>\d{4}-\d{2}-\d{2})/partition=(?P<p>\d+)/(?P<topic>[^/+]+)\+(?P=p)\+(?P<start>\d{20})\.avro$"
)
META = ("topic", "partition", "first-offset", "last-offset", "record-count", "chain-prev", "chain-head")


class ArchiveError(ValueError):
    """An archive object that does not decode or is not what its key says."""


@dataclass(frozen=True)
class Consumed:
    """One audit record as read from Kafka."""

    offset: int
    timestamp_ms: int
    event: AuditEvent


@dataclass(frozen=True)
class ArchiveObject:
    key: str
    body: bytes
    topic: str
    partition: int
    first_offset: int
    last_offset: int
    count: int
    chain_prev: str
    chain_head: str

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.body).hexdigest()

    def metadata(self) -> dict[str, str]:
        values = (
            self.topic,
            self.partition,
            self.first_offset,
            self.last_offset,
            self.count,
            self.chain_prev,
            self.chain_head,
        )
        return {k: str(v) for k, v in zip(META, values, strict=True)} | {"sha256": self.sha256}


def day_of(ms: int) -> dt.date:
    return dt.datetime.fromtimestamp(ms / 1000, dt.UTC).date()


Area = Literal["audit", "evidence"]


def day_prefix(area: Area, day: dt.date) -> str:
    """The folder of one day: audit/dt=D/ or evidence/dt=D/."""
    return f"{area}/dt={day.isoformat()}/"


def evidence_prefix(day: dt.date) -> str:
    return day_prefix("evidence", day)


def days_in(store: ArchiveReader, area: Area) -> list[dt.date]:
    """The days that have a folder under `area`, oldest first."""
    start = f"{area}/dt="
    return [dt.date.fromisoformat(d[len(start) : -1]) for d in store.list_dirs(f"{area}/") if d.startswith(start)]


def object_key(day: dt.date, topic: str, partition: int, start: int) -> str:
    return f"{day_prefix('audit', day)}partition={partition}/{topic}+{partition}+{start:020d}.avro"


def parse_key(key: str) -> tuple[dt.date, str, int, int]:
    m = KEY_RE.match(key)
    if not m:
        raise ArchiveError(f"{key}: not an audit object key")
    return dt.date.fromisoformat(m["day"]), m["topic"], int(m["p"]), int(m["start"])


def record_hash(record: dict[str, Any]) -> str:
    """SHA-256 of the record's Avro encoding, with record_hash empty, under the schema it was written with.

    The schema only ever gains fields at the end (with defaults), so the fields a record holds name
    the version it was written with: an object archived before a field was added re-verifies as is.
    """
    buf = io.BytesIO()
    fastavro.schemaless_writer(buf, _schema_of(frozenset(record)), {**record, "record_hash": ""})
    return hashlib.sha256(buf.getvalue()).hexdigest()


@functools.lru_cache(maxsize=16)
def _schema_of(names: frozenset[str]) -> Any:
    """The archive record schema cut down to the fields a record holds (fastavro-parsed)."""
    full = schema("AuditArchiveRecord")
    fields = [f for f in full.raw["fields"] if f["name"] in names or f["name"] == "record_hash"]
    if len(fields) == len(full.raw["fields"]):
        return full.parsed
    return fastavro.parse_schema({**full.raw, "fields": fields, "name": f"{full.raw['name']}_v{len(fields)}"})


def chain(records: list[Consumed], topic: str, partition: int, prev: str) -> list[dict[str, Any]]:
    out = []
    for r in records:
        rec = {
            "kafka_topic": topic,
            "kafka_partition": partition,
            "kafka_offset": r.offset,
            "kafka_timestamp": r.timestamp_ms,
            **audit_to_dict(r.event),
            "prev_hash": prev,
        }
        rec["record_hash"] = prev = record_hash(rec)
        out.append(rec)
    return out


def build_object(day: dt.date, topic: str, partition: int, records: list[Consumed], prev: str) -> ArchiveObject:
    """The OCF bytes are a pure function of the inputs (fixed sync marker,
    deflate), so a retried upload of the same batch is byte-identical."""
    if not records:
        raise ValueError("an archive object needs at least one record")
    chained = chain(records, topic, partition, prev)
    key = object_key(day, topic, partition, records[0].offset)
    obj = ArchiveObject(
        key=key,
        body=b"",
        topic=topic,
        partition=partition,
        first_offset=records[0].offset,
        last_offset=records[-1].offset,
        count=len(records),
        chain_prev=prev,
        chain_head=chained[-1]["record_hash"],
    )
    buf = io.BytesIO()
    fastavro.writer(
        buf,
        schema("AuditArchiveRecord").parsed,
        chained,
        codec="deflate",
        metadata={f"veilstream.{k}": v for k, v in obj.metadata().items() if k != "sha256"},
        sync_marker=hashlib.sha256(key.encode()).digest()[:16],
    )
    return ArchiveObject(**{**obj.__dict__, "body": buf.getvalue()})


def read_object(body: bytes) -> tuple[dict[str, str], list[dict[str, Any]]]:
    """The veilstream.* header metadata and the records of an archive object."""
    try:
        reader = fastavro.reader(io.BytesIO(body))
        meta = {
            k.removeprefix("veilstream."): v.decode() if isinstance(v, bytes) else v
            for k, v in reader.metadata.items()
            if k.startswith("veilstream.")
        }
        records = cast(list[dict[str, Any]], list(reader))  # a record schema reads as dicts
    except Exception as exc:  # noqa: BLE001 - fastavro raises many types on damaged input
        raise ArchiveError(f"not a readable Avro container file ({type(exc).__name__})") from None
    return meta, records


def iter_records(body: bytes) -> Iterator[dict[str, Any]]:
    """The records of an archive object one at a time, for reading a day in bounded memory
    (ArchiveError where the object stops decoding)."""
    try:
        reader = fastavro.reader(io.BytesIO(body))
        for rec in reader:
            yield cast(dict[str, Any], rec)
    except Exception as exc:  # noqa: BLE001 - fastavro raises many types on damaged input
        raise ArchiveError(f"not a readable Avro container file ({type(exc).__name__})") from None


class ChainCheck:
    """Whether records, one at a time, continue the chain from (prev, next_offset)."""

    def __init__(self, prev: str, next_offset: int | None):
        self.prev, self.next_offset = prev, next_offset
        self.problems: list[str] = []

    def add(self, rec: dict[str, Any]) -> None:
        off = rec["kafka_offset"]
        if self.next_offset is not None and off != self.next_offset:
            kind = "gap" if off > self.next_offset else "overlap"
            self.problems.append(f"offset {kind}: expected {self.next_offset}, found {off}")
        if rec["prev_hash"] != self.prev:
            self.problems.append(f"chain break at offset {off}: prev_hash does not match the previous record")
        if record_hash(rec) != rec["record_hash"]:
            self.problems.append(f"record at offset {off} does not match its record_hash")
        self.prev, self.next_offset = rec["record_hash"], off + 1


def check_chain(records: list[dict[str, Any]], prev: str, next_offset: int | None) -> list[str]:
    """Reasons the records do not continue the chain from (prev, next_offset); empty when they do."""
    check = ChainCheck(prev, next_offset)
    for rec in records:
        check.add(rec)
    return check.problems
