"""How the daily evidence scales: snapshot and verify of one day of N decisions.

Writes a generated archive day (N decision events in hash-chained Avro objects,
as the audit sink writes them) into a local folder laid out like the bucket,
then runs `snapshot` and `verify_day` on it, each in a process of its own, and
reports wall time and that process's peak RSS. Several sizes give the growth
curve:

    python bench/evidence_scale.py --decisions 100000 1000000 10000000 --json

Targets (issue 18): a day of 10M decisions, snapshot and verify each under 10
minutes, peak RSS under 500 MiB. The generated archive is kept under --dir and
reused when it exists (generation costs as much as a snapshot).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import shutil
import subprocess
import sys
import time
from multiprocessing import Pool
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from pipeline.audit.archive import GENESIS, Consumed, build_object
from pipeline.audit.reader import Stored
from pipeline.evidence.checkpoint import verifier_key
from pipeline.evidence.export import DirStore
from pipeline.evidence.snapshot import snapshot
from pipeline.evidence.verify import parse_verifier_key, verify_day
from pipeline.keys.signing import EvidenceSigner
from pipeline.records import AuditEvent, Offset

DAY = dt.date(2026, 3, 1)
AUDIT_TOPIC = "audit.events"
SOURCE_TOPIC = "raw.support-tickets"
PARTITIONS = 4
PER_OBJECT = 20_000  # records per archive object (the sink closes one per batch or size)
SIGNER_SEED = b"\x42" * 32


class LocalArchive(DirStore):
    """The exported-folder store, writable once per key like the locked bucket."""

    def put_new(self, key: str, body: bytes, metadata: dict[str, str], content_type: str) -> Stored | None:
        path = self.root / key
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            with path.open("xb") as f:
                f.write(body)
        except FileExistsError:
            return None
        return Stored(key, len(body), None)

    def archive_held(self) -> bool:
        return True

    def set_legal_hold(self, key: str, on: bool) -> None:
        return None


def _decision(partition: int, offset: int, at_ms: int) -> AuditEvent:
    return AuditEvent(
        audit_id=f"d-{partition}-{offset}",
        kind="decision",
        occurred_at=at_ms,
        tenant=("acme", "globex", "initech")[offset % 3],
        stream="support-tickets",
        outcome="protected" if offset % 50 else "quarantined",
        reason_code="ok",
        source=Offset(SOURCE_TOPIC, partition, offset),
        policy_id="default",
        policy_version="7",
        entity_counts={"PERSON": offset % 3, "EMAIL_ADDRESS": offset % 2},
        input_digest=f"{offset:064x}",
        output_digest=f"{offset + 1:064x}",
        latency_ms=3.5,
        key_ids=("local:k1",),
        outputs=("ai.support-tickets", "store.support-tickets"),
        classification="confidential",
    )


def _write_partition(args: tuple[str, int, int]) -> int:
    """One audit partition's objects: decisions of the source partition with the same number."""
    root, partition, count = args
    store = LocalArchive(Path(root))
    start_ms = int(dt.datetime.combine(DAY, dt.time(), dt.UTC).timestamp() * 1000)
    prev, written = GENESIS, 0
    for first in range(0, count, PER_OBJECT):
        offsets = range(first, min(count, first + PER_OBJECT))
        at = [start_ms + (o * 86_000_000) // max(count, 1) for o in offsets]  # spread over the day
        batch = [Consumed(o, t, _decision(partition, o, t)) for o, t in zip(offsets, at, strict=True)]
        obj = build_object(DAY, AUDIT_TOPIC, partition, batch, prev)
        store.put_new(obj.key, obj.body, obj.metadata(), "avro/binary")
        prev, written = obj.chain_head, written + len(batch)
    return written


def generate(root: Path, decisions: int) -> float:
    """Write the day once (reused when its marker exists); seconds spent."""
    marker = root / "GENERATED"
    if marker.exists():
        return 0.0
    t0 = time.perf_counter()
    share = [decisions // PARTITIONS + (p < decisions % PARTITIONS) for p in range(PARTITIONS)]
    with Pool(min(PARTITIONS, os.cpu_count() or 1)) as pool:
        done = 0
        for n in pool.imap_unordered(_write_partition, [(str(root), p, share[p]) for p in range(PARTITIONS)]):
            done += n
            print(f"  generated {done:,}/{decisions:,} decisions", file=sys.stderr, flush=True)
    marker.write_text(str(decisions))
    return time.perf_counter() - t0


def _signer() -> EvidenceSigner:
    return EvidenceSigner(Ed25519PrivateKey.from_private_bytes(SIGNER_SEED), "veilstream/bench", 0)


def _run_step(step: str, root: Path) -> None:
    """In the child process: one step, timed; prints its JSON line."""
    store, signer = LocalArchive(root), _signer()
    t0 = time.perf_counter()
    if step == "snapshot":
        snap = snapshot(store, DAY, signer)
        ok = snap.manifest["reconciliation"]["balanced"]
    else:
        key = parse_verifier_key(verifier_key(signer.name, signer.public_key_bytes()))
        failures = verify_day(store, DAY, key)
        ok = not failures
        for f in failures[:5]:
            print(f, file=sys.stderr)
    print(json.dumps({"seconds": round(time.perf_counter() - t0, 1), "ok": ok}))


def measure(step: str, root: Path) -> dict[str, float | bool]:
    """Run the step in a process of its own: its wall time and its own peak RSS."""
    child = subprocess.Popen(
        [sys.executable, __file__, "--step", step, "--dir", str(root)], stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None
    out = child.stdout.read()
    _, status, usage = os.wait4(child.pid, 0)
    if status != 0:
        raise SystemExit(f"{step} failed (status {status})")
    result = json.loads(out.strip().splitlines()[-1])
    return {**result, "peak_rss_mib": round(usage.ru_maxrss / 1024, 1)}  # ru_maxrss is in KiB on Linux


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--decisions", type=int, nargs="+", default=[100_000, 1_000_000, 10_000_000])
    ap.add_argument("--dir", type=Path, default=Path("/tmp/veilstream-evidence-bench"), help="archive folders")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    ap.add_argument("--step", choices=["snapshot", "verify"], help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.step:
        _run_step(args.step, args.dir)
        return 0
    rows = []
    for n in args.decisions:
        root = args.dir / f"day-{n}"
        root.mkdir(parents=True, exist_ok=True)
        shutil.rmtree(root / "evidence", ignore_errors=True)  # a fresh snapshot every run; the audit day is reused
        gen_s = generate(root, n)
        snap = measure("snapshot", root)
        ver = measure("verify", root)
        rows.append({"decisions": n, "generate_s": round(gen_s, 1), "snapshot": snap, "verify": ver})
        if not args.json:
            print(
                f"{n:>12,} decisions: snapshot {snap['seconds']:>7.1f} s {snap['peak_rss_mib']:>7.1f} MiB"
                f" | verify {ver['seconds']:>7.1f} s {ver['peak_rss_mib']:>7.1f} MiB"
                f" | ok {snap['ok'] and ver['ok']}"
            )
    if args.json:
        print(json.dumps({"evidence_scale": rows}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
