"""Topology files (topologies/*.yaml) -> Topology objects.

A topology names its streams, their tenants, its policy, and the settings of
the topics it owns. Output topic names derive from the stream name so that a
data engineer reads one file and knows every topic it touches.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError

NAME = r"^[a-z][a-z0-9\-]{0,100}$"


class TopicSettings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    partitions: int = Field(2, ge=1, le=1024)
    replication: int = Field(1, ge=1, le=5)
    retention_ms: int = Field(7 * 24 * 3600 * 1000, ge=-1)
    compact: bool = False


class StreamSpec(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(pattern=NAME)
    format: Literal["auto", "json", "avro"] = "auto"
    tenants: tuple[str, ...] = Field(min_length=1)

    @property
    def raw(self) -> str:
        return f"raw.{self.name}"

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

    batch_size: int = Field(64, ge=1, le=10_000)
    batch_within_s: float = Field(0.2, gt=0, le=60)
    processes: int = Field(1, ge=1, le=64)


class Topology(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(pattern=NAME)
    policy: str
    streams: tuple[StreamSpec, ...] = Field(min_length=1)
    audit_topic: str = "audit.events"
    topics: TopicSettings = TopicSettings()
    vault_retention_ms: int = Field(24 * 3600 * 1000, ge=60_000)
    worker: WorkerSettings = WorkerSettings()

    def topic_names(self) -> list[str]:
        names = [self.audit_topic]
        for s in self.streams:
            names += [s.raw, s.ai, s.store, s.quarantine, s.dlq, s.vault]
        return names


class TopologyError(Exception):
    """A topology file that cannot be used; the message names file and field."""


def load_topology(path: Path) -> Topology:
    try:
        data = yaml.safe_load(Path(path).read_text())
    except FileNotFoundError:
        raise TopologyError(f"{path}: no such topology file") from None
    except yaml.YAMLError as exc:
        raise TopologyError(f"{path}: not valid YAML: {exc}") from None
    if not isinstance(data, dict):
        raise TopologyError(f"{path}: a topology is a mapping with name, policy and streams")
    try:
        return Topology.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc']) or '(top)'}: {e['msg']}" for e in exc.errors()
        )
        raise TopologyError(f"{path}: {problems}") from None
