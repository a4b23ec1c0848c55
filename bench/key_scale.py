"""How the key service's memory grows with distinct subjects.

Each size runs in a process of its own: a key service over the local keyring
and a key-store file seals one value and one SIV value for each of N distinct
subjects (two data keys per subject, written in batches as the worker does),
then a second service in the same process reads the whole key store as a
restarted worker would. Reported: wall time, peak RSS of the process, and RSS
per subject above the process's start.

    python bench/key_scale.py --subjects 1000 100000 1000000 --json

Target (issue 18): worker RSS not above 400 MiB with 1M distinct subjects.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.keys import EnvelopeKeyService, FileKeyStore, LocalKeyring  # noqa: E402 - after sys.path

BATCH = 500  # subjects per key-store write, as a worker batch


def _rss_mib() -> float:
    with open("/proc/self/statm") as fh:
        return int(fh.read().split()[1]) * resource.getpagesize() / 2**20


def run_one(subjects: int) -> dict:
    """Seal for SUBJECTS distinct subjects, then read the key store afresh; in this process."""
    start_rss = _rss_mib()
    with tempfile.TemporaryDirectory(prefix="veilstream-key-scale-") as tmp:
        keyring = Path(tmp) / "keyring.json"
        LocalKeyring.init(keyring)
        store = Path(tmp) / "keys.jsonl"
        started = time.perf_counter()
        writer = EnvelopeKeyService(LocalKeyring(keyring), FileKeyStore(store), refresh_s=3600)
        for first in range(0, subjects, BATCH):
            with writer.batch():
                for i in range(first, min(first + BATCH, subjects)):
                    ref = writer.subject_ref("acme", f"user{i}@example.com")
                    writer.seal("acme", b"+1 555 0100", b"aad", subject_ref=ref)
                    writer.siv_encrypt("acme", b"user@example.com", b"aad", subject_ref=ref)
        sealed_s = time.perf_counter() - started
        writer_rss = _rss_mib() - start_rss
        writer.close()
        del writer
        started = time.perf_counter()
        reader = EnvelopeKeyService(LocalKeyring(keyring), FileKeyStore(store), refresh_s=3600)
        counts = reader.summary()
        read_s = time.perf_counter() - started
        reader.close()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return {
        "subjects": subjects,
        "data_keys": sum(row["live"] for row in counts.values()),
        "seal_s": round(sealed_s, 1),
        "restart_read_s": round(read_s, 1),
        "writer_rss_growth_mib": round(writer_rss, 1),
        "bytes_per_subject": round(writer_rss * 2**20 / subjects),
        "peak_rss_mib": round(peak, 1),
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--subjects", type=int, nargs="+", default=[1000, 10_000, 100_000])
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)  # a child process: one size
    args = parser.parse_args(argv)
    if args.one:
        print(json.dumps(run_one(args.one)))
        return 0
    results = []
    for n in args.subjects:
        out = subprocess.run(
            [sys.executable, __file__, "--one", str(n)], check=True, capture_output=True, text=True
        ).stdout
        results.append(json.loads(out.strip().splitlines()[-1]))
        if not args.json:
            r = results[-1]
            print(
                f"{r['subjects']:>9} subjects ({r['data_keys']} data keys): sealed in {r['seal_s']} s, "
                f"restart read {r['restart_read_s']} s, RSS +{r['writer_rss_growth_mib']} MiB "
                f"({r['bytes_per_subject']} B per subject), peak {r['peak_rss_mib']} MiB"
            )
    if args.json:
        print(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
