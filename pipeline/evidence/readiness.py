"""The monthly readiness check: is the evidence machine still producing evidence?

Each check returns WARN lines; none means ready. Checks: audit freshness,
the age and validity of the last snapshot, key ages, and topic retention on
the cluster against the topologies (the retention policy reviewed as code).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from pathlib import Path

from pipeline.audit.archive import day_prefix, days_in
from pipeline.audit.reader import ArchiveReader
from pipeline.evidence.verify import TrustedKey, verify_day
from pipeline.topology.model import Topology

MAX_AUDIT_AGE = dt.timedelta(hours=24)
MAX_KEY_AGE = dt.timedelta(days=365)
MIN_AUDIT_RETENTION_MS = 7 * 24 * 3600 * 1000  # the sink must be able to catch up after an outage
SNAPSHOT_GRACE = dt.timedelta(hours=1)


def check_audit_freshness(store: ArchiveReader, now: dt.datetime) -> list[str]:
    days = days_in(store, "audit")
    if not days:
        return ["WARN audit: no audit object in the archive"]
    newest = max((o.modified for o in store.list(day_prefix("audit", days[-1])) if o.modified), default=None)
    if newest is None or now - newest > MAX_AUDIT_AGE:
        when = newest.isoformat(timespec="seconds") if newest else "unknown"
        return [f"WARN audit: newest audit object written {when}, more than {MAX_AUDIT_AGE} ago (is the sink running?)"]
    return []


def check_snapshot(store: ArchiveReader, now: dt.datetime, key: TrustedKey | None) -> list[str]:
    days = days_in(store, "evidence")
    expected = (now - SNAPSHOT_GRACE).date() - dt.timedelta(days=1)
    if not days:
        return ["WARN evidence: no daily snapshot in the archive"]
    out = []
    last = days[-1]
    if last < expected:
        out.append(
            f"WARN evidence: last snapshot is for {last}, expected {expected} ({(expected - last).days} days behind)"
        )
    if key is None:
        out.append("WARN evidence: no public key to check the last snapshot with")
    else:
        failures = verify_day(store, last, key)
        out += [f"WARN evidence: snapshot {last} does not verify: {f.object}: {f.reason}" for f in failures]
    return out


def check_key_ages(files: dict[str, Path], now: dt.datetime) -> list[str]:
    out = []
    for what, path in files.items():
        if not path.exists():
            out.append(f"WARN keys: {what} not found at {path}")
            continue
        age = now - dt.datetime.fromtimestamp(path.stat().st_mtime, dt.UTC)
        if age > MAX_KEY_AGE:
            out.append(f"WARN keys: {what} is {age.days} days old (rotate at least every {MAX_KEY_AGE.days} days)")
    return out


def check_retention(wanted: dict[str, str], actual: dict[str, str | None], audit_topic: str) -> list[str]:
    """wanted: topic -> retention.ms from the topologies; actual: what the cluster says (None: no topic)."""
    out = []
    for topic, want in sorted(wanted.items()):
        have = actual.get(topic)
        if have is None:
            out.append(f"WARN retention: topic {topic} does not exist (deploy the topology)")
        elif have != want:
            out.append(f"WARN retention: {topic} keeps retention.ms={have}, the topology says {want}")
    have = actual.get(audit_topic)
    if have is not None and have != "-1" and int(have) < MIN_AUDIT_RETENTION_MS:
        out.append(
            f"WARN retention: {audit_topic} keeps records {int(have) // 3_600_000} h, less than the "
            f"{MIN_AUDIT_RETENTION_MS // 3_600_000} h the audit sink needs to survive an outage"
        )
    return out


MAX_VENDOR_REPORT_AGE = dt.timedelta(days=365)


def check_vendors(topologies: Sequence[Topology], today: dt.date) -> list[str]:
    """The AI vendor register: every AI-bound stream names its vendors, each with a current SOC 2
    report and a signed DPA; restricted data goes only to vendors that neither keep nor train on it."""
    out = []
    for t in topologies:
        for s in t.streams:
            where = f"{t.name}/{s.ai}"
            if not s.vendors:
                out.append(f"WARN vendors: {where} names no AI vendor (add `vendors:` to the stream)")
            for v in s.vendors:
                if v.soc2_report_date is None:
                    out.append(f"WARN vendors: {where}: {v.name} has no SOC 2 report date on record")
                elif today - v.soc2_report_date > MAX_VENDOR_REPORT_AGE:
                    age = (today - v.soc2_report_date).days
                    out.append(f"WARN vendors: {where}: {v.name}'s SOC 2 report is {age} days old (over 12 months)")
                if not v.dpa_signed:
                    out.append(f"WARN vendors: {where}: no signed DPA with {v.name}")
                if s.classification == "restricted" and not (v.zero_data_retention and v.no_training):
                    out.append(
                        f"WARN vendors: {where} is restricted but {v.name} lacks zero data retention or no-training"
                    )
    return out


def check_worm_retention(default: tuple[str, int] | None, object_lock_days: int, audit_period_days: int) -> list[str]:
    """Evidence must stay undeletable for the whole audit period: the per-object lock Veilstream
    applies, and the bucket's default retention (what protects anything written without one)."""
    out = []
    if object_lock_days < audit_period_days:
        out.append(
            f"WARN worm: audit objects are locked {object_lock_days} days, shorter than the "
            f"{audit_period_days}-day audit period (VEILSTREAM_OBJECT_LOCK_DAYS)"
        )
    if default is None:
        out.append("WARN worm: the audit bucket has no default Object Lock retention")
    else:
        mode, days = default
        if days < audit_period_days:
            out.append(
                f"WARN worm: the audit bucket's default retention is {days} days, shorter than the "
                f"{audit_period_days}-day audit period"
            )
        if mode != "COMPLIANCE":
            out.append(f"WARN worm: the audit bucket's default retention mode is {mode}, not COMPLIANCE")
    return out


def check_classification(topologies: Sequence[Topology], archive_retention_days: int | None) -> list[str]:
    """Retention that follows classification: the archive keeps decision logs as long as the strictest
    stream demands (None: the bucket's default Object Lock retention could not be read)."""
    if not topologies:
        return []
    need = max(t.audit_retention_days() for t in topologies)
    if archive_retention_days is None:
        return [f"WARN classification: the audit bucket's retention is unknown; {need} days are required"]
    if archive_retention_days < need:
        return [
            f"WARN classification: the audit bucket keeps objects {archive_retention_days} days; "
            f"the topologies' classifications require {need} days of decision logs"
        ]
    return []
