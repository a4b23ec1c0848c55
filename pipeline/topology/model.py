"""Topology files (topologies/*.yaml) -> Topology objects.

A topology names its streams, their tenants, its policy, and the settings of
the topics it owns. Output topic names derive from the stream name so that a
data engineer reads one file and knows every topic it touches.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

from pipeline.policy.yamlfile import FileError, load_model

NAME = r"^[a-z][a-z0-9\-]{0,100}$"
TOPIC = r"^[A-Za-z0-9._\-]{1,249}$"  # what Kafka accepts as a topic name


class TopicSettings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    partitions: int = Field(2, ge=1, le=1024)
    replication: int = Field(1, ge=1, le=5)
    retention_ms: int = Field(7 * 24 * 3600 * 1000, ge=-1)
    compact: bool = False


class TopicOverride(BaseModel):
    """Settings of one output kind that differ from the topology's `topics`."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    partitions: int | None = Field(None, ge=1, le=1024)
    retention_ms: int | None = Field(None, ge=-1)
    compact: bool | None = None


class Outputs(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    raw: TopicOverride = TopicOverride()
    ai: TopicOverride = TopicOverride()
    store: TopicOverride = TopicOverride()
    quarantine: TopicOverride = TopicOverride()
    dlq: TopicOverride = TopicOverride()
    vault: TopicOverride = TopicOverride()
    audit: TopicOverride = TopicOverride()


@dataclass(frozen=True)
class TopicSpec:
    """One topic as the cluster should have it."""

    name: str
    kind: str  # raw | ai | store | quarantine | dlq | vault | audit
    partitions: int
    replication: int
    configs: dict[str, str] = field(default_factory=dict)


Classification = Literal["public", "internal", "confidential", "restricted"]


@dataclass(frozen=True)
class RetentionRule:
    """What a classification demands of retention (SOC 2 C1.2 disposal, CC7.2 logs)."""

    output_max_days: int | None  # ai/store/quarantine/dlq topics keep records at most this long (None: no limit)
    vault_max_hours: int  # restorable originals live at most this long
    audit_min_days: int  # decision logs (the S3 archive) are kept at least this long


RETENTION: dict[str, RetentionRule] = {
    "public": RetentionRule(output_max_days=None, vault_max_hours=7 * 24, audit_min_days=30),
    "internal": RetentionRule(output_max_days=365, vault_max_hours=72, audit_min_days=90),
    "confidential": RetentionRule(output_max_days=90, vault_max_hours=24, audit_min_days=90),
    "restricted": RetentionRule(output_max_days=30, vault_max_hours=24, audit_min_days=365),
}


class Vendor(BaseModel):
    """One AI vendor (subprocessor) that the consumers of an AI-bound stream call."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(min_length=1, max_length=100)
    models: tuple[str, ...] = Field(min_length=1)
    region: str = Field(min_length=1, max_length=50)
    zero_data_retention: bool
    no_training: bool
    soc2_report_date: dt.date | None = None  # the vendor's latest SOC 2 Type II report
    dpa_signed: bool = False


class StreamSpec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(pattern=NAME)
    # auto | json | avro (single-object) | registry (Schema Registry wire format, Avro or JSON Schema)
    format: Literal["auto", "json", "avro", "registry"] = "auto"
    tenants: tuple[str, ...] = Field(min_length=1)
    input: str | None = Field(None, pattern=TOPIC)  # input topic, when not raw.<name>
    # Data classification at ingestion: carried by every output and audit event; retention follows it.
    classification: Classification = "confidential"
    vendors: tuple[Vendor, ...] = ()  # the AI vendor register of ai.<name>
    # Erasable by subject: every event must name its subject_id (else DLQ missing_subject_id),
    # so every value is keyed to the subject it belongs to.
    require_subject_id: bool = False

    @property
    def retention_rule(self) -> RetentionRule:
        return RETENTION[self.classification]

    # ai/store/quarantine/dlq as Avro single-object encoding, or Schema Registry wire format
    output_format: Literal["single-object", "registry"] = "single-object"
    # the Kafka key of ai/store/quarantine records: per-record, per-tenant, or per-subject ordering
    # (subject: the keyed HMAC of subject_id, never the id; the record id when there is none)
    key: Literal["record_id", "tenant", "subject"] = "record_id"
    # input headers copied to every output (unscanned: name only trace context or ids)
    pass_headers: tuple[str, ...] = ("traceparent", "tracestate")

    @property
    def raw(self) -> str:
        return self.input or f"raw.{self.name}"

    @property
    def ai(self) -> str:
        return f"ai.{self.name}"

    @property
    def store(self) -> str:
        return f"store.{self.name}"

    @property
    def quarantine(self) -> str:
        return f"quarantine.{self.name}"

    @property
    def dlq(self) -> str:
        return f"dlq.{self.name}"

    @property
    def vault(self) -> str:
        return f"vault.{self.name}"


class WorkerSettings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    batch_size: int = Field(64, ge=1, le=10_000)  # the largest batch; a batch is what arrived meanwhile
    batch_within_s: float = Field(0.2, gt=0, le=60)  # how long an idle worker waits for a first record
    processes: int = Field(1, ge=1, le=64)  # detector processes
    # exactly_once: a batch's outputs, audit events and input offsets commit in one Kafka transaction
    # (for Apache Kafka; the embedded broker's read_committed readers can stall behind its transactions).
    # at_least_once: outputs are acknowledged, then offsets committed (deterministic ids for readers).
    processing_guarantee: Literal["exactly_once", "at_least_once"] = "at_least_once"


class Topology(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(pattern=NAME)
    policy: str
    streams: tuple[StreamSpec, ...] = Field(min_length=1)
    description: str = ""
    audit_topic: str = Field("audit.events", pattern=TOPIC)
    topics: TopicSettings = TopicSettings()
    outputs: Outputs = Outputs()  # per-kind overrides of `topics`
    vault_retention_ms: int = Field(24 * 3600 * 1000, ge=60_000)
    worker: WorkerSettings = WorkerSettings()
    # what `topology plan` checks output schemas against before deploy registers them
    schema_compatibility: Literal[
        "BACKWARD", "BACKWARD_TRANSITIVE", "FORWARD", "FORWARD_TRANSITIVE", "FULL", "NONE"
    ] = "BACKWARD"

    @model_validator(mode="after")
    def _distinct(self) -> Topology:
        names = [s.name for s in self.streams]
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            raise ValueError(f"stream names must be distinct; repeated: {dupes}")
        topics = self.topic_names()
        clash = sorted({t for t in topics if topics.count(t) > 1})
        if clash:
            raise ValueError(f"two outputs would share a topic: {clash}")
        if self.outputs.vault.retention_ms is not None or self.outputs.vault.compact is not None:
            raise ValueError("the vault is always compacted; set its retention with vault_retention_ms")
        problems = self.classification_problems()
        if problems:
            raise ValueError("; ".join(problems))
        return self

    def classification_problems(self) -> list[str]:
        """Retention settings that keep data longer than a stream's classification allows."""
        out = []
        for s in self.streams:
            rule = s.retention_rule
            if self.vault_retention_ms > rule.vault_max_hours * 3_600_000:
                out.append(
                    f"stream {s.name} is {s.classification}: vault_retention_ms may be at most "
                    f"{rule.vault_max_hours} h, not {self.vault_retention_ms // 3_600_000} h"
                )
            if rule.output_max_days is None:
                continue
            limit = rule.output_max_days * 86_400_000
            for kind in ("ai", "store", "quarantine", "dlq"):
                retention = int(self._spec(getattr(s, kind), kind).configs["retention.ms"])
                if retention == -1 or retention > limit:
                    shown = "forever" if retention == -1 else f"{retention // 86_400_000} days"
                    out.append(
                        f"stream {s.name} is {s.classification}: {kind} topic retention may be at most "
                        f"{rule.output_max_days} days, not {shown}"
                    )
        return out

    def audit_retention_days(self) -> int:
        """How long the audit archive must keep decision logs: the strictest stream decides."""
        return max(s.retention_rule.audit_min_days for s in self.streams)

    @property
    def consumer_group(self) -> str:
        """The group id of the topology's stream workers (status reads its lag)."""
        return f"veilstream-{self.name}"

    def topic_names(self) -> list[str]:
        names = [self.audit_topic]
        for s in self.streams:
            names += [s.raw, s.ai, s.store, s.quarantine, s.dlq, s.vault]
        return names

    def topic_specs(self) -> list[TopicSpec]:
        """Every topic the topology owns, with partitions and managed configs."""
        specs = [self._spec(self.audit_topic, "audit")]
        for s in self.streams:
            for kind in ("raw", "ai", "store", "quarantine", "dlq", "vault"):
                specs.append(self._spec(getattr(s, kind), kind))
        return specs

    def _spec(self, name: str, kind: str) -> TopicSpec:
        over: TopicOverride = getattr(self.outputs, kind)
        base = self.topics
        if kind == "vault":
            # Compacted by key (tenant, event id), and short-lived: the vault also enforces expiry.
            retention, compact = self.vault_retention_ms, True
        else:
            retention = over.retention_ms if over.retention_ms is not None else base.retention_ms
            compact = over.compact if over.compact is not None else base.compact
        return TopicSpec(
            name=name,
            kind=kind,
            partitions=over.partitions or base.partitions,
            replication=base.replication,
            configs={
                "retention.ms": str(retention),
                "cleanup.policy": "compact,delete" if kind == "vault" else ("compact" if compact else "delete"),
                **(compaction_bounds(retention) if kind == "vault" else {}),
            },
        )


def compaction_bounds(retention_ms: int) -> dict[str, str]:
    """Configs that bound how long a superseded record (an erased vault entry, a destroyed
    key's earlier generation) can outlive its tombstone: compaction runs on closed segments,
    so segments roll at least hourly and every record is compacted within a day (or the
    retention, if shorter). Erasure does not depend on it (the keys are destroyed), it
    only bounds how long the ciphertext lingers."""
    lag = min(retention_ms, 24 * 3600 * 1000)
    return {
        "max.compaction.lag.ms": str(lag),
        "segment.ms": str(min(lag, 3600 * 1000)),
        "delete.retention.ms": str(lag),
    }


class TopologyError(FileError):
    """A topology file that cannot be used; the message names file, line and field."""


def load_topology(path: Path, text: str | None = None) -> Topology:
    try:
        return load_model(Topology, Path(path), what="topology", text=text)
    except FileError as exc:
        raise TopologyError(exc.path, exc.problems) from None


def policy_path(topology: Topology, topology_path: Path) -> Path:
    """The policy file a topology names: `<id>` in policies/ beside it, or a relative path."""
    here = Path(topology_path).parent
    if topology.policy.endswith((".yaml", ".yml")):
        return here / topology.policy
    return here / "policies" / f"{topology.policy}.yaml"
