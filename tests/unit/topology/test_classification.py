"""Classification at ingestion: retention follows it; the vendor register is validated."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.evidence.readiness import check_classification, check_vendors
from pipeline.topology.model import TopologyError, load_topology

BASE = """name: t
policy: default
streams:
  - name: s
    tenants: [acme]
    classification: {cls}
{vendors}topics:
  retention_ms: {retention}
vault_retention_ms: {vault}
"""
VENDOR = """    vendors:
      - name: openai
        models: [gpt-4o-mini]
        region: us
        zero_data_retention: {zdr}
        no_training: true
        soc2_report_date: {date}
        dpa_signed: {dpa}
"""
DAY = 86_400_000


def write(tmp_path, cls="confidential", retention=7 * DAY, vault=DAY, vendors=""):
    p = tmp_path / "t.yaml"
    p.write_text(BASE.format(cls=cls, retention=retention, vault=vault, vendors=vendors))
    return p


@pytest.mark.parametrize(
    "cls, retention, vault, problem",
    [
        ("confidential", 7 * DAY, DAY, None),
        ("confidential", 91 * DAY, DAY, "ai topic retention may be at most 90 days, not 91 days"),
        ("restricted", 31 * DAY, DAY, "at most 30 days, not 31 days"),
        ("restricted", -1, DAY, "not forever"),
        ("public", -1, 7 * DAY, None),
        ("confidential", 7 * DAY, 2 * DAY, "vault_retention_ms may be at most 24 h, not 48 h"),
        ("internal", 7 * DAY, 3 * DAY, None),
    ],
)
def test_retention_follows_classification(tmp_path, cls, retention, vault, problem):
    path = write(tmp_path, cls, retention, vault)
    if problem is None:
        assert load_topology(path).streams[0].classification == cls
    else:
        with pytest.raises(TopologyError) as err:
            load_topology(path)
        assert problem in str(err.value), str(err.value)


def test_an_unknown_classification_is_refused_with_the_choices(tmp_path):
    with pytest.raises(TopologyError) as err:
        load_topology(write(tmp_path, cls="secret"))
    assert "restricted" in str(err.value) and "t.yaml:" in str(err.value)


def test_audit_retention_is_the_strictest_streams(tmp_path):
    assert load_topology(write(tmp_path, "internal")).audit_retention_days() == 90
    assert load_topology(write(tmp_path, "restricted")).audit_retention_days() == 365
    topo = load_topology(write(tmp_path, "restricted"))
    assert check_classification([topo], 400) == []
    assert "require 365 days" in check_classification([topo], 1)[0]
    assert "unknown" in check_classification([topo], None)[0]


TODAY = dt.date(2026, 12, 4)


@pytest.mark.parametrize(
    "cls, zdr, date, dpa, expected",
    [
        ("confidential", "true", "2026-06-30", "true", []),
        ("confidential", "true", "2025-06-30", "true", ["SOC 2 report is 522 days old"]),
        ("confidential", "true", "null", "true", ["no SOC 2 report date"]),
        ("confidential", "true", "2026-06-30", "false", ["no signed DPA with openai"]),
        ("restricted", "false", "2026-06-30", "true", ["lacks zero data retention"]),
        ("confidential", "false", "2026-06-30", "true", []),
    ],
)
def test_readiness_checks_the_vendor_register(tmp_path, cls, zdr, date, dpa, expected):
    vendors = VENDOR.format(zdr=zdr, date=date, dpa=dpa)
    topo = load_topology(write(tmp_path, cls, retention=7 * DAY, vendors=vendors))
    warnings = check_vendors([topo], TODAY)
    assert len(warnings) == len(expected), warnings
    for w, e in zip(warnings, expected, strict=True):
        assert e in w and w.startswith("WARN vendors: t/ai.s")


def test_a_stream_without_vendors_is_flagged(tmp_path):
    assert "names no AI vendor" in check_vendors([load_topology(write(tmp_path))], TODAY)[0]
