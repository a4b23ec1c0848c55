"""Producer helper for upstream services: build and validate a RawEvent, serialize it the way
the topology's stream reads it, and produce it with its trace context.

    from pipeline.client import EventProducer, build_event
    events = EventProducer.for_topology("topologies/support-tickets.yaml", producer)
    events.send(build_event(event_id="tkt-1", tenant="acme", source="zendesk", text="..."),
                traceparent=span_traceparent)

The same validation as the worker's ingest runs here, so a bad event fails in
the producing service (an IngestError with the DLQ's reason code) instead of
landing in dlq.<stream>.
"""

from __future__ import annotations

import dataclasses
import json
import time
from collections.abc import Callable, Collection, Mapping
from pathlib import Path
from typing import Any

from pipeline import codecs
from pipeline.ingest import validate
from pipeline.records import RawEvent
from pipeline.registry import Registry, frame, subject


def build_event(
    *,
    event_id: str,
    tenant: str,
    source: str,
    text: str,
    produced_at: int | None = None,
    subject_id: str | None = None,
    attributes: Mapping[str, str] | None = None,
    tenants: Collection[str] | None = None,
) -> RawEvent:
    """A RawEvent the worker will accept, or the IngestError (reason code) it would dead-letter."""
    data = {
        "event_id": event_id,
        "tenant": tenant,
        "source": source,
        "text": text,
        "produced_at": int(time.time() * 1000) if produced_at is None else produced_at,
        "subject_id": subject_id,
        "attributes": dict(attributes or {}),
    }
    return validate(data, tenants=tenants if tenants is not None else (tenant,))


class Serializer:
    """RawEvent -> bytes in one input format: json, avro (single-object) or registry (wire format)."""

    def __init__(self, fmt: str, *, topic: str = "", registry: Registry | None = None):
        if fmt == "auto":  # the worker reads all three: the registry's format if there is one
            fmt = "registry" if registry is not None else "avro"
        if fmt == "registry" and registry is None:
            raise ValueError("the registry format needs a Schema Registry")
        self.format, self.topic, self.registry = fmt, topic, registry
        self._schema_id: int | None = None

    def __call__(self, event: RawEvent) -> bytes:
        record = dataclasses.asdict(event)
        if self.format == "json":
            return json.dumps(record, ensure_ascii=False).encode()
        if self.format == "avro":
            return codecs.encode("RawEvent", record)
        if self._schema_id is None:
            from pipeline.formats import schema_text

            assert self.registry is not None
            self._schema_id = self.registry.register(subject(self.topic), schema_text("RawEvent"))
        return frame(self._schema_id, codecs.encode_body("RawEvent", record))


class EventProducer:
    """Sends RawEvents to one stream's raw topic with a confluent-kafka Producer."""

    def __init__(self, producer: Any, topic: str, serializer: Serializer, tenants: Collection[str] = ()):
        self.producer, self.topic, self.serialize, self.tenants = producer, topic, serializer, tuple(tenants)

    @classmethod
    def for_topology(
        cls, path: Path | str, producer: Any, *, stream: str | None = None, registry: Registry | None = None
    ) -> EventProducer:
        """For the stream STREAM (default: the only one) of the topology file at PATH."""
        from pipeline.topology import load_topology

        topology = load_topology(Path(path))
        specs = [s for s in topology.streams if stream in (None, s.name)]
        if len(specs) != 1:
            raise ValueError(f"{path}: name one stream of {[s.name for s in topology.streams]}")
        spec = specs[0]
        return cls(producer, spec.raw, Serializer(spec.format, topic=spec.raw, registry=registry), spec.tenants)

    def send(
        self,
        event: RawEvent,
        *,
        traceparent: str | None = None,
        key: str | None = None,
        on_delivery: Callable[[Any, Any], None] | None = None,
    ) -> None:
        """Produce EVENT (key: its event_id unless given); the worker copies traceparent to every output."""
        if self.tenants and event.tenant not in self.tenants:
            raise ValueError(f"tenant {event.tenant!r} is not one the stream declares")
        headers = [("traceparent", traceparent.encode())] if traceparent else []
        kwargs: dict[str, Any] = {"key": (key or event.event_id).encode(), "headers": headers}
        if on_delivery is not None:
            kwargs["on_delivery"] = on_delivery
        self.producer.produce(self.topic, self.serialize(event), **kwargs)
        self.producer.poll(0)

    def flush(self, timeout_s: float = 30.0) -> int:
        """Wait for every acknowledgement; returns how many are still outstanding."""
        return int(self.producer.flush(timeout_s))
