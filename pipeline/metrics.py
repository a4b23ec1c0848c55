"""Prometheus metrics: one registry, every metric object of Veilstream.

Names follow the Prometheus conventions: prefix `veilstream_`, base units
(seconds, bytes), `_total` on counters. Labels only ever carry names from
configuration (topology, stream, partition, entity type, reason code,
outcome, recognizer): never a value taken from a record. Reason codes and
entity types come from closed sets in the code and the policy, so every
label stays bounded.

Workers serve this registry on their web server (`/metrics`, pipeline.streams.web);
processes without one (audit sink, residual scan) call `serve()`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
    start_http_server,
)
from prometheus_client.metrics import MetricWrapperBase
from prometheus_client.process_collector import ProcessCollector

REGISTRY = CollectorRegistry(auto_describe=True)
ProcessCollector(registry=REGISTRY)

_STREAM = ("topology", "stream")
LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)
BATCH_BUCKETS = (1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024)

# --- the stream path ----------------------------------------------------------
EVENTS_IN = Counter("veilstream_events_in_total", "Input records taken from raw topics.", _STREAM, registry=REGISTRY)
# tenant: one of the topology's declared tenants ("" for a dead letter, whose tenant is unknown).
DECISIONS = Counter(
    "veilstream_decisions_total",
    "Decisions written, by outcome and tenant.",
    (*_STREAM, "outcome", "tenant"),
    registry=REGISTRY,
)
FINDINGS = Counter(
    "veilstream_findings_total",
    "PII and secret findings in input records, by entity type.",
    (*_STREAM, "entity_type"),
    registry=REGISTRY,
)
INJECTIONS = Counter(
    "veilstream_injection_attempts_total",
    "Records whose prompt-injection score reached the policy's flag level.",
    (*_STREAM, "outcome"),
    registry=REGISTRY,
)
DEAD_LETTERS = Counter(
    "veilstream_dead_letters_total", "Records sent to the DLQ, by reason code.", (*_STREAM, "reason"), registry=REGISTRY
)
QUARANTINES = Counter(
    "veilstream_quarantines_total", "Records quarantined, by reason code.", (*_STREAM, "reason"), registry=REGISTRY
)
LATENCY = Histogram(
    "veilstream_processing_latency_seconds",
    "From the worker taking a record to the broker acknowledging all its outputs.",
    _STREAM,
    buckets=LATENCY_BUCKETS,
    registry=REGISTRY,
)
BATCH_SIZE = Histogram(
    "veilstream_batch_size_records", "Records per processed batch.", _STREAM, buckets=BATCH_BUCKETS, registry=REGISTRY
)
CONSUMER_LAG = Gauge(
    "veilstream_consumer_lag_records",
    "Records between the worker group's committed offset and the end of the partition.",
    ("topology", "topic", "partition"),
    registry=REGISTRY,
)

# --- vault ----------------------------------------------------------------------
RESTORATIONS = Counter(
    "veilstream_restorations_total", "Restore, erase and locate requests allowed.", ("action",), registry=REGISTRY
)
DENIALS = Counter(
    "veilstream_restore_denials_total",
    "Restore, erase and locate requests denied.",
    ("action", "reason"),
    registry=REGISTRY,
)

# --- keys -------------------------------------------------------------------------
KEY_PROVIDER_ERRORS = Counter(
    "veilstream_key_provider_errors_total",
    "Failed calls to the key provider (KMS or keyring).",
    ("operation",),
    registry=REGISTRY,
)

# --- audit sink and evidence ------------------------------------------------------
SINK_UPLOAD_LATENCY = Histogram(
    "veilstream_audit_sink_upload_seconds",
    "Time to write one audit object to S3.",
    buckets=LATENCY_BUCKETS,
    registry=REGISTRY,
)
SINK_UPLOAD_FAILURES = Counter(
    "veilstream_audit_sink_upload_failures_total",
    "Audit object writes that failed (S3 unavailable); retried with backoff.",
    registry=REGISTRY,
)
SINK_ARCHIVED = Counter(
    "veilstream_audit_sink_archived_records_total", "Audit records archived to S3.", registry=REGISTRY
)
SINK_PENDING = Gauge(
    "veilstream_audit_sink_pending_records", "Audit records consumed but not yet archived.", registry=REGISTRY
)
EVIDENCE_LAST = Gauge(
    "veilstream_evidence_last_snapshot_timestamp_seconds",
    "End (UTC, epoch seconds) of the newest day whose evidence snapshot is written.",
    registry=REGISTRY,
)

# --- continuous assurance -----------------------------------------------------------
RESIDUAL_SCANNED = Counter(
    "veilstream_residual_scanned_total", "AI-bound records re-read by the residual scan.", _STREAM, registry=REGISTRY
)
RESIDUAL_HITS = Counter(
    "veilstream_residual_hits_total",
    "Values in AI-bound records that the stricter scan found and that are not tokens.",
    (*_STREAM, "entity_type", "recognizer"),
    registry=REGISTRY,
)
CANARIES_SENT = Counter(
    "veilstream_canaries_injected_total", "Canary events produced to raw topics.", _STREAM, registry=REGISTRY
)
CANARY_VALUES = Counter(
    "veilstream_canary_values_total",
    "Seeded canary values checked in the outputs, by result (caught | leaked).",
    (*_STREAM, "entity_type", "result"),
    registry=REGISTRY,
)


def record_batch(topology: str, stream: str, size: int) -> None:
    EVENTS_IN.labels(topology, stream).inc(size)
    BATCH_SIZE.labels(topology, stream).observe(size)


def record_decision(
    topology: str,
    stream: str,
    *,
    outcome: str,
    reason_code: str,
    entity_counts: dict[str, int],
    injection_score: float,
    injection_flag_at: float,
    latency_s: float,
    tenant: str = "",
) -> None:
    """Count one decision; `entity_counts` keys are entity types from the policy, never values.

    `tenant` must be a tenant the topology declares (ingest dead-letters any other), so it stays bounded.
    """
    DECISIONS.labels(topology, stream, outcome, tenant if outcome != "dead_lettered" else "").inc()
    if outcome == "dead_lettered":
        DEAD_LETTERS.labels(topology, stream, reason_code or "unknown").inc()
    elif outcome == "quarantined":
        QUARANTINES.labels(topology, stream, reason_code or "unknown").inc()
    for entity, n in entity_counts.items():
        FINDINGS.labels(topology, stream, entity).inc(n)
    if injection_score > 0 and injection_score >= injection_flag_at:
        INJECTIONS.labels(topology, stream, outcome).inc()
    LATENCY.labels(topology, stream).observe(max(0.0, latency_s))


def record_decisions(
    topology: str, stream: str, decisions: Iterable, *, injection_flag_at: float, received_ms: int, acked_ms: int
) -> None:
    """Count a batch of acknowledged `pipeline.flow.Decision`s from their typed audit events (counts, never values)."""
    for d in decisions:
        event = d.audit_event
        record_decision(
            topology,
            stream,
            outcome=event.outcome,
            reason_code=event.reason_code,
            tenant=event.tenant,
            entity_counts=event.entity_counts,
            injection_score=event.injection_score,
            injection_flag_at=injection_flag_at,
            latency_s=(acked_ms - received_ms) / 1000,
        )


def set_lag(topology: str, lag: dict[tuple[str, int], int]) -> None:
    for (topic, partition), n in lag.items():
        CONSUMER_LAG.labels(topology, topic, str(partition)).set(n)


def exposition() -> tuple[bytes, str]:
    """The registry in the text format, and its content type."""
    return generate_latest(REGISTRY), CONTENT_TYPE_LATEST


def serve(port: int, host: str = "127.0.0.1") -> None:
    """Serve /metrics from a background thread (processes without a web server)."""
    start_http_server(port, addr=host, registry=REGISTRY)


def families() -> dict[str, tuple[str, ...]]:
    """Metric family name -> label names, for every metric defined here (alert rules are checked against it)."""
    out: dict[str, tuple[str, ...]] = {}
    for obj in globals().values():
        if isinstance(obj, MetricWrapperBase):
            # prometheus-client keeps the counter name without `_total` in `_name`
            out[obj._name] = tuple(obj._labelnames)
    return out


SAMPLE_SUFFIXES: dict[str, Sequence[str]] = {
    "counter": ("_total", "_created"),
    "histogram": ("_bucket", "_count", "_sum", "_created"),
    "gauge": ("",),
}


def sample_names() -> dict[str, tuple[str, ...]]:
    """Every series name a rule may select (`x_total`, `x_bucket`, ...) -> its label names."""
    out: dict[str, tuple[str, ...]] = {}
    for obj in globals().values():
        if isinstance(obj, MetricWrapperBase) and obj._type is not None:  # only the abstract base has no type
            labels = tuple(obj._labelnames)
            for suffix in SAMPLE_SUFFIXES[obj._type]:
                out[obj._name + suffix] = labels + (("le",) if suffix == "_bucket" else ())
    return out
