"""Metrics: Prometheus naming, bounded labels, and the counts one batch of decisions gives."""

from __future__ import annotations

import re

import pytest
from prometheus_client.parser import text_string_to_metric_families

from pipeline import codecs, metrics
from pipeline.audit.events import decision_event
from pipeline.flow import Decision
from pipeline.records import Offset, Outcome

UNITS = ("_seconds", "_records", "_total", "_bytes")
# Labels that could carry a value from a record are not allowed on any metric.
FORBIDDEN_LABELS = {"text", "value", "event_id", "record_id", "subject", "subject_id", "email", "tenant_id", "key"}


def test_names_follow_prometheus_conventions():
    families = metrics.families()
    assert families, "no metric defined"
    for name, labels in families.items():
        assert re.fullmatch(r"veilstream_[a-z0-9_]+", name), name
        assert not FORBIDDEN_LABELS & set(labels), (name, labels)
    for family in text_string_to_metric_families(metrics.exposition()[0].decode()):
        if family.name.startswith("veilstream_"):
            shown = family.name + ("_total" if family.type == "counter" else "")
            assert shown.endswith(UNITS) or family.type == "gauge", shown


def value(name: str, **labels: str) -> float:
    return metrics.REGISTRY.get_sample_value(name, labels) or 0.0


def decision(offset: int, outcome: str, reason: str = "", counts: dict | None = None, injection: float = 0.0):
    audit = decision_event(
        stream="s",
        source=Offset("raw.s", 0, offset),
        outcome=outcome,
        occurred_at=1,
        reason_code=reason,
        tenant="acme",
        entity_counts=counts or {},
        injection_score=injection,
    )
    return Decision(Offset("raw.s", 0, offset), Outcome(outcome), reason, None, [], codecs.encode_audit(audit), audit)


@pytest.mark.parametrize(
    "outcome,reason,counts,injection,expect",
    [
        (
            "protected",
            "pii_protected",
            {"EMAIL_ADDRESS": 2, "PERSON": 1},
            0.0,
            {"findings": {"EMAIL_ADDRESS": 2, "PERSON": 1}, "injections": 0, "dlq": 0, "quarantines": 0},
        ),
        ("quarantined", "prompt_injection", {}, 0.9, {"findings": {}, "injections": 1, "dlq": 0, "quarantines": 1}),
        ("protected", "clean", {}, 0.5, {"findings": {}, "injections": 1, "dlq": 0, "quarantines": 0}),
        ("protected", "clean", {}, 0.49, {"findings": {}, "injections": 0, "dlq": 0, "quarantines": 0}),
        ("dead_lettered", "malformed_json", {}, 0.0, {"findings": {}, "injections": 0, "dlq": 1, "quarantines": 0}),
    ],
)
def test_one_decision_counts(outcome, reason, counts, injection, expect):
    topo = f"t-{outcome}-{reason}-{injection}"  # a fresh label set per row
    metrics.record_decisions(
        topo,
        "s",
        [decision(1, outcome, reason, counts, injection)],
        injection_flag_at=0.5,
        received_ms=1000,
        acked_ms=1250,
    )
    labels = {"topology": topo, "stream": "s"}
    tenant = "" if outcome == "dead_lettered" else "acme"  # a dead letter's tenant is unknown, never a label
    assert value("veilstream_decisions_total", **labels, outcome=outcome, tenant=tenant) == 1
    for entity, n in expect["findings"].items():
        assert value("veilstream_findings_total", **labels, entity_type=entity) == n
    assert value("veilstream_injection_attempts_total", **labels, outcome=outcome) == expect["injections"]
    assert value("veilstream_dead_letters_total", **labels, reason=reason) == expect["dlq"]
    assert value("veilstream_quarantines_total", **labels, reason=reason) == expect["quarantines"]
    assert value("veilstream_processing_latency_seconds_sum", **labels) == pytest.approx(0.25)
    assert value("veilstream_processing_latency_seconds_bucket", **labels, le="0.25") == 1
    assert value("veilstream_processing_latency_seconds_bucket", **labels, le="0.1") == 0


def test_batch_and_lag():
    metrics.record_batch("t-batch", "s", 16)
    metrics.record_batch("t-batch", "s", 3)
    assert value("veilstream_events_in_total", topology="t-batch", stream="s") == 19
    assert value("veilstream_batch_size_records_count", topology="t-batch", stream="s") == 2
    assert value("veilstream_batch_size_records_bucket", topology="t-batch", stream="s", le="4.0") == 1
    metrics.set_lag("t-batch", {("raw.s", 0): 7, ("raw.s", 1): 0})
    assert value("veilstream_consumer_lag_records", topology="t-batch", topic="raw.s", partition="0") == 7
    assert value("veilstream_consumer_lag_records", topology="t-batch", topic="raw.s", partition="1") == 0


def test_kms_errors_are_counted_by_operation():
    from botocore.exceptions import EndpointConnectionError

    from pipeline.keys.providers import KeyProviderError, KmsKek

    class Unreachable:
        def describe_key(self, **kw):
            raise EndpointConnectionError(endpoint_url="http://kms.invalid")

    before = value("veilstream_key_provider_errors_total", operation="DescribeKey")
    with pytest.raises(KeyProviderError):
        _ = KmsKek(Unreachable(), "alias/x").active_kek
    assert value("veilstream_key_provider_errors_total", operation="DescribeKey") == before + 1


def test_sample_names_cover_every_series_a_rule_may_select():
    names = metrics.sample_names()
    assert "veilstream_decisions_total" in names and "veilstream_processing_latency_seconds_bucket" in names
    assert names["veilstream_processing_latency_seconds_bucket"] == ("topology", "stream", "le")
    assert "veilstream_decisions" not in names
