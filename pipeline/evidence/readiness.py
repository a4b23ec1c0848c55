"""The monthly readiness check: is the evidence machine still producing evidence?

Each check returns WARN lines; none means ready. Checks: audit freshness,
the age and validity of the last snapshot, key ages, and topic retention on
the cluster against the topologies (the retention policy reviewed as code).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from pipeline.audit.archive import day_prefix, days_in
from pipeline.audit.s3 import ArchiveReader
from pipeline.evidence.verify import TrustedKey, verify_day

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
