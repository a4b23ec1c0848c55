from pipeline.evidence.reconcile import reconcile
from pipeline.evidence.report import CONTROL_MAPPING, bar_chart, render


def manifest(records):
    recon, _ = reconcile(records, {})
    return {
        "date": "2026-03-01",
        "origin": "veilstream/b",
        "objects": [],
        "reconciliation": recon,
        "previous": {"tree_size": 0},
        "merkle": {"tree_size": 0, "root": "00" * 32},
    }


def test_report_has_charts_table_and_every_criterion():
    recs = [
        {
            "kind": "decision",
            "source_topic": "raw.<x>",
            "source_partition": 0,
            "source_offset": i,
            "outcome": "protected",
            "occurred_at": 0,
            "entity_counts": {"EMAIL_ADDRESS": 1},
        }
        for i in range(3)
    ]
    html = render(manifest(recs)).decode()
    assert html.count("<svg") == 4
    for criterion, _, _ in CONTROL_MAPPING:
        assert f"<td>{criterion}</td>" in html
    assert {c for c, _, _ in CONTROL_MAPPING} >= {"CC6.1", "CC6.7", "CC7.2", "C1.1", "C1.2", "PI1.x", "P4.x"}
    assert "raw.&lt;x&gt;" in html and "raw.<x>" not in html  # names are escaped
    assert render(manifest(recs)) == render(manifest(recs))  # deterministic


def test_empty_day_renders():
    html = render(manifest([])).decode()
    assert "no data this day" in html and "balanced" in html


def test_bar_chart_scales_to_the_largest_value():
    svg = bar_chart("t", {"a": 1, "b": 4}, width=520)
    assert "width='300'" in svg and "width='75'" in svg
