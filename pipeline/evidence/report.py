"""report.html: the day's evidence for a human auditor, in one self-contained file.

Inline SVG charts, the reconciliation table and the SOC 2 control mapping.
Deterministic (no clock, no randomness) so a retried snapshot writes the same bytes.
"""

from __future__ import annotations

from html import escape
from typing import Any

# Which trust services criteria each figure of the day evidences.
CONTROL_MAPPING = [
    (
        "CC6.1",
        "Logical access: restorations by actor and reason; policy versions and key ids in force.",
        "restorations, policies_in_force, key_ids_in_force",
    ),
    (
        "CC6.7",
        "Data in transmission to AI providers is restricted: every AI-bound record went through a decision.",
        "decisions_out.protected, detections_by_entity",
    ),
    (
        "CC7.2",
        "System monitoring: hash-chained, object-locked audit trail; signed daily checkpoint.",
        "manifest, merkle root, checkpoint, consistency proof",
    ),
    ("C1.1", "Confidential information is identified: detections by entity type.", "detections_by_entity"),
    ("C1.2", "Confidential information is disposed of: erasures by actor and reason.", "erasures"),
    (
        "PI1.x",
        "Processing integrity: records in against decisions out, missing and duplicate counts.",
        "records_in, decisions_out, missing, duplicate_decision_events",
    ),
    (
        "P4.x",
        "Use, retention and disposal of personal information: erasures and quarantined records.",
        "erasures, decisions_out.quarantined",
    ),
    ("CC6.2", "Access reviews of restoration keys: sign-offs, unused keys flagged.", "controls.access_reviews"),
    ("CC7.4", "Incidents on AI-bound data: the day's timeline and remediations.", "controls.incidents"),
    (
        "CC9.2",
        "AI vendors (subprocessors): the register and what each was sent.",
        "controls.register, controls.exposure",
    ),
    ("C1.1", "Data classification at ingestion: decisions per classification.", "controls.classification"),
]


def bar_chart(title: str, data: dict[str, int], width: int = 520) -> str:
    if not data:
        return f"<figure><figcaption>{escape(title)}</figcaption><p class='none'>no data this day</p></figure>"
    row, label_w = 22, 160
    top = max(data.values()) or 1
    bars = []
    for i, (label, value) in enumerate(sorted(data.items())):
        w = int((width - label_w - 60) * value / top)
        y = i * row
        bars.append(
            f"<text x='{label_w - 6}' y='{y + 15}' text-anchor='end'>{escape(str(label))}</text>"
            f"<rect x='{label_w}' y='{y + 3}' width='{w}' height='{row - 6}' fill='#4a6fa5'/>"
            f"<text x='{label_w + w + 4}' y='{y + 15}'>{value}</text>"
        )
    height = row * len(data)
    return (
        f"<figure><figcaption>{escape(title)}</figcaption>"
        f"<svg xmlns='http://www.w3.org/2000/svg' width='{width}' height='{height}' font-size='12'>"
        + "".join(bars)
        + "</svg></figure>"
    )


def _table(headers: list[str], rows: list[list[Any]]) -> str:
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in r) + "</tr>" for r in rows)
    return f"<table><tr>{head}</tr>{body or '<tr><td colspan=99>none</td></tr>'}</table>"


def _flag(on: bool) -> str:
    return "yes" if on else "NO"


def _controls_html(controls: dict[str, Any] | None) -> list[str]:
    """Classification, the AI vendor register and the subprocessor exposure report."""
    if not controls:
        return []
    register_rows = [
        [
            stream,
            entry.get("classification", ""),
            v["name"],
            ", ".join(v.get("models", [])),
            v.get("region", ""),
            _flag(v.get("zero_data_retention", False)),
            _flag(v.get("no_training", False)),
            v.get("soc2_report_date") or "none",
            _flag(v.get("dpa_signed", False)),
        ]
        for stream, entry in sorted(controls["register"].items())
        for v in entry.get("vendors") or [{"name": "(none registered)"}]
    ]
    class_rows = [
        [c, ", ".join(f"{k} {n}" for k, n in sorted(o.items()))] for c, o in controls["classification"].items()
    ]
    exposure_rows = [
        [
            r["tenant"],
            r["vendor"],
            ", ".join(r["streams"]),
            ", ".join(r["classification"]),
            r["records"],
            ", ".join(f"{k} {n}" for k, n in r["entity_kinds"].items()) or "none",
            _flag(r["zero_data_retention"]),
            _flag(r["no_training"]),
            "no limit" if r["output_retention_max_days"] is None else f"{r['output_retention_max_days']} days",
        ]
        for r in controls["exposure"]
    ]
    review_rows = [
        [
            r.get("at"),
            r.get("reviewer", "?"),
            r.get("by", ""),
            r.get("period_days", ""),
            r.get("keys", ""),
            ", ".join(r.get("flagged_unused", [])) or "none",
            r.get("review_sha256", ""),
        ]
        for r in controls.get("access_reviews", [])
    ]
    incident_rows = [
        [
            i.get("at"),
            i.get("incident_id", "?"),
            i.get("kind", ""),
            i.get("severity", ""),
            i.get("step", ""),
            i.get("by", ""),
            ", ".join(
                f"{k}={v}"
                for k, v in sorted(i.items())
                if k in ("records", "corrected", "withdrawn", "policy_version", "case")
            ),
        ]
        for i in controls.get("incidents", [])
    ]
    return [
        "<h2>Incidents: timeline of this day</h2>",
        _table(["at (epoch ms)", "incident", "kind", "severity", "step", "by", "detail"], incident_rows),
        "<h2>Access reviews signed off this day</h2>",
        _table(
            ["at (epoch ms)", "reviewer", "recorded by", "period (days)", "keys", "flagged unused", "review sha256"],
            review_rows,
        ),
        "<h2>Data classification: decisions by classification</h2>",
        _table(["classification", "decisions by outcome"], class_rows),
        "<h2>AI vendor register in force</h2>",
        _table(
            [
                "stream",
                "classification",
                "vendor",
                "models",
                "region",
                "zero data retention",
                "no training",
                "SOC 2 report",
                "DPA",
            ],
            register_rows,
        ),
        "<h2>Subprocessor exposure: what each AI vendor was sent (as tokens)</h2>",
        _table(
            [
                "tenant",
                "vendor",
                "streams",
                "classification",
                "records",
                "entity kinds (tokens)",
                "zero data retention",
                "no training",
                "AI topic retention",
            ],
            exposure_rows,
        ),
    ]


def render(manifest: dict[str, Any]) -> bytes:
    recon = manifest["reconciliation"]
    outcomes: dict[str, int] = {}
    for t in recon["topics"].values():
        for k, v in t["decisions_out"].items():
            outcomes[k] = outcomes.get(k, 0) + v
    recon_rows = [
        [
            topic,
            t["records_in"],
            t["decisions_out"].get("protected", 0),
            t["decisions_out"].get("quarantined", 0),
            t["decisions_out"].get("dead_lettered", 0),
            t["missing"],
            t["late_or_redelivered"],
            "yes" if t["balanced"] else "NO",
        ]
        for topic, t in sorted(recon["topics"].items())
    ]
    access_rows = [
        [kind, actor, reason, n]
        for kind in ("restorations", "erasures")
        for actor, reasons in sorted(recon[kind].items())
        for reason, n in sorted(reasons.items())
    ]
    m = manifest["merkle"]
    parts = [
        "<!doctype html><html><head><meta charset='utf-8'>",
        f"<title>Veilstream evidence {escape(manifest['date'])}</title>",
        "<style>body{font-family:sans-serif;max-width:60em;margin:2em auto}table{border-collapse:collapse}"
        "td,th{border:1px solid #ccc;padding:.25em .6em;text-align:left}.none{color:#888}"
        "code{word-break:break-all}</style></head><body>",
        f"<h1>Audit evidence for {escape(manifest['date'])} (UTC)</h1>",
        f"<p>Origin <code>{escape(manifest['origin'])}</code>; {len(manifest['objects'])} audit objects; "
        f"log size {m['tree_size']} (previous {manifest['previous']['tree_size']}); "
        f"root <code>{escape(m['root'])}</code>. Verify with "
        f"<code>veilstream evidence verify --date {escape(manifest['date'])} --public-key FILE</code>.</p>",
        f"<p>Reconciliation: <strong>{'balanced' if recon['balanced'] else 'NOT balanced'}</strong>; "
        f"{recon['decision_events']} decision events, {recon['distinct_decision_audit_ids']} distinct audit ids; "
        f"{recon['duplicate_decision_events']} redelivered decision events (same input offset) counted once.</p>",
        "<h2>Charts</h2>",
        bar_chart("Decisions by outcome", outcomes),
        bar_chart("Detections by entity type", recon["detections_by_entity"]),
        bar_chart("Decisions by hour (UTC)", recon["decisions_by_hour"]),
        bar_chart("Audit events by kind", recon["events_by_kind"]),
        "<h2>Reconciliation: records in against decisions out</h2>",
        _table(
            [
                "source topic",
                "records in",
                "protected",
                "quarantined",
                "dead-lettered",
                "missing",
                "late or redelivered",
                "balanced",
            ],
            recon_rows,
        ),
        *_controls_html(manifest.get("controls")),
        "<h2>Restorations and erasures</h2>",
        _table(["kind", "actor", "reason", "count"], access_rows),
        "<h2>Control effectiveness: canary recall and residual scan</h2>",
        _table(
            ["entity type", "canary values injected", "caught", "recall"],
            [[e, r["injected"], r["caught"], r["recall"]] for e, r in sorted(recon.get("canary_recall", {}).items())],
        ),
        _table(
            ["entity type", "values in clear in AI-bound records (residual scan)", "per AI-bound record"],
            [
                [e, n, recon.get("residual_rate_by_entity", {}).get(e)]
                for e, n in sorted(recon.get("residual_hits_by_entity", {}).items())
            ],
        ),
        "<h2>Policies and keys in force</h2>",
        _table(["policy id@version"], [[p] for p in recon["policies_in_force"]]),
        _table(["key id"], [[k] for k in recon["key_ids_in_force"]]),
        "<h2>SOC 2 control mapping</h2>",
        _table(["criterion", "what this day's evidence shows", "figures"], [list(c) for c in CONTROL_MAPPING]),
        "<h2>Audit objects</h2>",
        _table(
            ["key", "records", "offsets", "sha256"],
            [
                [o["key"], o["records"], f"{o['first_offset']}..{o['last_offset']}", o["sha256"]]
                for o in manifest["objects"]
            ],
        ),
        "</body></html>",
    ]
    return "\n".join(parts).encode()
