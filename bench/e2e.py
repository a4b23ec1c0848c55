"""End to end through the real broker: the pipeline as users run it, and the ratios that matter.

    python bench/e2e.py [--events N] [--json] [--profile]

One run measures, on the same ~300-byte texts (a realistic mix from
pipeline.samples: names, emails, phones, cards, addresses, a few secrets):

- e2e: one `veilstream run` worker (the default guarantee, at least once) on a
  2-partition copy of topologies/support-tickets.yaml; N events produced at
  full speed by one producer (large producer batches, no flush every 50);
  events/s from the first produce until every event's audit decision is read,
  and the latency from produce (the event's produced_at) until its AI-bound
  record is read, p50/p95/p99;
- load: the same worker, events paced at 25%, 50% and 90% of the measured rate;
- exactly once: the same with processing_guarantee exactly_once (one Kafka
  transaction per input partition per batch), read by read_committed consumers;
- detection only: pipeline.detect.engine.Detector with the same policy on the
  same texts, in this process, batches of the worker's size (no Kafka);
- pass-through: bench/passthrough.py, the same faust wiring copying raw to
  AI-bound (plus one audit event per record) through the same runner: the
  pipeline's overhead floor;
- two workers: two `veilstream run` processes in one group on a 2-partition topic.

Uses the stack the environment names (KAFKA_BOOTSTRAP_SERVERS and
S3_ENDPOINT_URL), else starts the embedded one on free ports for the run.
Worker start-up (spaCy, group join) is excluded: each worker is warmed up
with a few events first.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from confluent_kafka import KafkaError, TopicPartition  # noqa: E402

from pipeline import codecs, devstack  # noqa: E402
from pipeline.clients import plain_kafka  # noqa: E402
from pipeline.kafka import end_offsets, make_producer  # noqa: E402
from pipeline.samples import generate  # noqa: E402
from pipeline.settings import Settings, get_settings  # noqa: E402
from pipeline.topology import Topology, load_topology  # noqa: E402

TEMPLATE = ROOT / "topologies" / "support-tickets.yaml"
WARMUP = 64
LOADS = (0.25, 0.5, 0.9)  # shares of the measured full-speed rate
TENANTS = ("acme", "globex", "initech")


# --- events -----------------------------------------------------------------------


def texts(count: int, seed: int = 5) -> list[str]:
    """~300-byte texts: three consecutive sample tickets per text (a secret now and then)."""
    samples = generate(count * 3, seed=seed, tenants=TENANTS, malformed_every=0, secrets_every=60)
    parts = [json.loads(s.payload)["text"] for s in samples]
    return [" ".join(parts[i : i + 3]) for i in range(0, len(parts), 3)]


def payload(run: str, i: int, text: str) -> bytes:
    return json.dumps(
        {
            "event_id": f"{run}-{i:07d}",
            "tenant": TENANTS[i % len(TENANTS)],
            "source": "bench",
            "subject_id": f"cust-{i % 500}",
            "produced_at": int(time.time() * 1000),
            "text": text,
        }
    ).encode()


# --- the stack and the workers ------------------------------------------------------


class Stack:
    """The environment's stack, or an embedded one for the length of the run."""

    def __init__(self):
        base = get_settings()
        self.owned: Settings | None = None
        if base.kafka_bootstrap_servers:
            self.settings = base
            return
        state = Path(tempfile.mkdtemp(prefix="veilstream-bench-"))
        s = base.model_copy(
            update={"state_dir": state, "dev_kafka_port": devstack.free_port(), "dev_s3_port": devstack.free_port()}
        )
        ep = devstack.up(s, echo=lambda *_: None, detach=False)
        self.owned = s
        self.settings = s.model_copy(
            update={
                "kafka_bootstrap_servers": ep.bootstrap,
                "s3_endpoint_url": ep.s3_endpoint,
                **devstack.DEV_CREDENTIALS,
            }
        )
        os.environ.update(
            {
                "VEILSTREAM_KAFKA_BOOTSTRAP_SERVERS": ep.bootstrap,
                "VEILSTREAM_S3_ENDPOINT_URL": ep.s3_endpoint,
                "VEILSTREAM_STATE_DIR": str(state),
                **devstack.DEV_CREDENTIALS_ENV,
            }
        )

    @property
    def bootstrap(self) -> str:
        return self.settings.kafka_bootstrap_servers

    def close(self) -> None:
        if self.owned is not None:
            devstack.down(self.owned, echo=lambda *_: None)


def fresh_topology(workdir: Path, bootstrap: str, guarantee: str = "at_least_once") -> tuple[Path, Topology]:
    """support-tickets.yaml under a name of its own: its own topics and consumer group."""
    import yaml

    doc = yaml.safe_load(TEMPLATE.read_text())
    name = f"bench-{uuid.uuid4().hex[:8]}"
    doc["name"] = name
    doc["streams"][0]["name"] = name
    doc["audit_topic"] = f"audit.{name}"
    doc["policy"] = str(ROOT / "topologies" / "policies" / f"{doc['policy']}.yaml")
    doc["topics"]["partitions"] = 2
    doc["outputs"].pop("audit", None)
    doc["worker"]["processing_guarantee"] = guarantee
    path = workdir / f"{name}.yaml"
    path.write_text(yaml.safe_dump(doc))
    topology = load_topology(path)
    devstack.ensure_topics(bootstrap, topology)
    return path, topology


def start(cmd: list[str], log: Path) -> subprocess.Popen:
    env = {**os.environ, "VEILSTREAM_WEB_PORT": str(devstack.free_port())}
    return subprocess.Popen(cmd, env=env, stdout=log.open("ab"), stderr=subprocess.STDOUT, cwd=ROOT)


def worker_cmd(path: Path) -> list[str]:
    return [sys.executable, "-m", "pipeline.cli", "run", str(path)]


def passthrough_cmd(path: Path) -> list[str]:
    return [sys.executable, str(ROOT / "bench" / "passthrough.py"), str(path)]


def stop(procs: list[subprocess.Popen]) -> None:
    for p in procs:
        if p.poll() is None:
            p.send_signal(signal.SIGTERM)
    for p in procs:
        try:
            p.wait(60)
        except subprocess.TimeoutExpired:
            p.kill()
            p.wait(30)


# --- measuring ----------------------------------------------------------------------


@dataclass
class Watch:
    """Reads the AI-bound and audit topics from their current ends, in a thread."""

    bootstrap: str
    topology: Topology
    done_topic: str  # audit topic (pipeline) or AI-bound topic (pass-through)
    run: str = ""
    done: int = 0
    last_done_at: float = 0.0
    latencies_ms: list[float] = field(default_factory=list)
    _stop: threading.Event = field(default_factory=threading.Event)

    def start(self) -> Watch:
        self._lock = threading.Lock()
        self._positioned = threading.Semaphore(0)
        topics = {self.done_topic, self.topology.streams[0].ai}
        self._threads = [threading.Thread(target=self._read, args=(t,), daemon=True) for t in topics]
        for t in self._threads:
            t.start()
        for _ in self._threads:  # every consumer positioned before anything is produced
            if not self._positioned.acquire(timeout=60):
                raise RuntimeError("the result consumers did not start")
        return self

    def _read(self, topic: str) -> None:
        ends = end_offsets(plain_kafka(self.bootstrap), topic)
        # Default fetch wait: a 10 ms wait stalls this consumer on the embedded broker.
        c = plain_kafka(self.bootstrap).consumer(
            {"group.id": "bench-watch", "enable.auto.commit": False, "isolation.level": "read_committed"}
        )
        c.assign([TopicPartition(topic, p, o) for p, o in ends.items()])
        self._positioned.release()
        ai = topic == self.topology.streams[0].ai
        try:
            while not self._stop.is_set():
                for m in c.consume(500, 0.2):
                    if m.error():
                        if m.error().code() != KafkaError._PARTITION_EOF:
                            raise RuntimeError(f"reading {topic}: {m.error()}")
                        continue
                    self._record(m, ai, topic == self.done_topic)
        finally:
            c.close()

    def _record(self, m, ai: bool, done: bool) -> None:
        now = time.time()  # when a read_committed reader sees it (same clock as the producer)
        if ai:
            value = m.value()
            rec = json.loads(value) if value[:1] == b"{" else codecs.decode("ProtectedRecord", value)
            if not rec["event_id"].startswith(self.run):
                return
            with self._lock:
                self.latencies_ms.append(now * 1000 - rec["produced_at"])
                if done:
                    self.done += 1
                    self.last_done_at = max(self.last_done_at, now)
            return
        event = codecs.decode_audit(m.value())
        if event.kind == "decision" and (event.event_id or "").startswith(self.run):
            with self._lock:
                self.done += 1
                self.last_done_at = max(self.last_done_at, now)

    def close(self) -> None:
        self._stop.set()
        for t in self._threads:
            t.join(10)


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    s = sorted(values)
    return s[min(len(s) - 1, int(round(q / 100 * (len(s) - 1))))]


def drive(
    stack: Stack,
    topology: Topology,
    watch: Watch,
    items: list[str],
    *,
    rate: float | None,
    procs: list[subprocess.Popen],
    timeout_s: float = 600,
) -> dict:
    """Produce ITEMS (at RATE events/s, or as fast as possible); wait until each is done."""
    run = f"r{uuid.uuid4().hex[:6]}"
    watch.run, watch.done, watch.latencies_ms, watch.last_done_at = run, 0, [], 0.0
    producer = make_producer(plain_kafka(stack.bootstrap))
    raw = topology.streams[0].raw
    started = time.time()
    for i, text in enumerate(items):
        if rate:
            delay = started + i / rate - time.time()
            if delay > 0:
                time.sleep(delay)
        while True:
            try:
                producer.produce(raw, payload(run, i, text))
                break
            except BufferError:
                producer.poll(0.1)
        producer.poll(0)
    producer.flush(60)
    deadline = time.monotonic() + timeout_s
    while watch.done < len(items):
        if time.monotonic() > deadline:
            raise RuntimeError(f"{watch.done} of {len(items)} events done after {timeout_s:.0f}s")
        if any(p.poll() is not None for p in procs):
            raise RuntimeError(f"a worker exited after {watch.done} of {len(items)} events; see its log")
        time.sleep(0.05)
    seconds = watch.last_done_at - started
    lat = list(watch.latencies_ms)
    return {
        "events": len(items),
        "seconds": round(seconds, 2),
        "events_s": round(len(items) / seconds, 1),
        "p50_ms": round(percentile(lat, 50)),
        "p95_ms": round(percentile(lat, 95)),
        "p99_ms": round(percentile(lat, 99)),
    }


def with_workers(
    stack: Stack, workdir: Path, cmd, count: int, done_on_ai: bool, phases, guarantee: str = "at_least_once"
) -> list[dict]:
    """Start COUNT workers on a fresh topology, warm them up, run each phase(watch, topology)."""
    path, topology = fresh_topology(workdir, stack.bootstrap, guarantee)
    procs = [start(cmd(path), workdir / f"{topology.name}-{i}.log") for i in range(count)]
    watch = Watch(stack.bootstrap, topology, topology.streams[0].ai if done_on_ai else topology.audit_topic).start()
    try:
        warm = texts(WARMUP, seed=99)
        drive(stack, topology, watch, warm, rate=None, procs=procs, timeout_s=300)
        confirmed = None
        if count > 1:
            confirmed = wait_all_assigned(stack, topology, procs)
            drive(stack, topology, watch, warm, rate=None, procs=procs, timeout_s=300)
        out = [phase(watch, topology, procs) for phase in phases]
        if confirmed is not None:
            out[0]["assignment_confirmed_by_broker"] = confirmed
        return out
    finally:
        watch.close()
        stop(procs)


def wait_all_assigned(stack: Stack, topology: Topology, procs: list, timeout_s: float = 20) -> bool:
    """Until the group has one member per worker, each with a partition; False when the
    broker does not say (then one more rebalance round is waited out)."""
    from confluent_kafka import KafkaException

    admin = plain_kafka(stack.bootstrap).admin()
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            desc = admin.describe_consumer_groups([topology.consumer_group])[topology.consumer_group].result(10)
            members = [m for m in desc.members if m.assignment and m.assignment.topic_partitions]
            if len(members) >= len(procs):
                return True
        except KafkaException:  # a group mid-rebalance may not describe: ask again
            pass
        time.sleep(1)
    time.sleep(12)  # longer than the workers' session timeout: a pending rebalance has happened
    return False


def rss_mib(pid: int) -> dict:
    """Peak and current resident memory of a worker, and of its children (the detector processes)."""

    def status(p: int) -> dict[str, int]:
        out = {}
        for line in Path(f"/proc/{p}/status").read_text().splitlines():
            key, _, value = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                out[key] = int(value.split()[0]) // 1024
        return out

    children = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        children += [int(c) for c in (task / "children").read_text().split()]
    me = status(pid)
    return {
        "worker_peak_mib": me["VmHWM"],
        "worker_mib": me["VmRSS"],
        "detector_processes_mib": sum(status(c)["VmRSS"] for c in children),
    }


def detect_only(items: list[str], batch_size: int) -> float:
    from pipeline.detect.engine import Detector
    from pipeline.policy import load_policy

    policy = load_policy(ROOT / "topologies" / "policies" / "default.yaml")
    detector = Detector.for_policy(policy)
    detector.detect_batch(items[:batch_size])  # warm-up
    started = time.perf_counter()
    for i in range(0, len(items), batch_size):
        detector.detect_batch(items[i : i + batch_size])
    return round(len(items) / (time.perf_counter() - started), 1)


def profile_worker(pid: int, seconds: int, out: Path) -> subprocess.Popen | None:
    """py-spy on the worker while it runs at full speed (pip install py-spy)."""
    spy = Path(sys.executable).with_name("py-spy")
    if not spy.exists():
        print("py-spy is not installed in this environment; skipping the profile", file=sys.stderr)
        return None
    return subprocess.Popen(
        [
            str(spy),
            "record",
            "--pid",
            str(pid),
            "--duration",
            str(seconds),
            "--format",
            "raw",
            "--output",
            str(out),
            "--nonblocking",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def summarize_profile(path: Path, top: int = 15) -> list[tuple[str, float]]:
    """Share of samples in which each of our functions is on the stack (py-spy raw format)."""
    counts: dict[str, int] = {}
    total = 0
    for line in path.read_text().splitlines():
        stack, _, n = line.rpartition(" ")
        total += int(n)
        seen = set()
        for frame in stack.split(";"):
            if "pipeline/" in frame or "faust" in frame or "spacy" in frame or "aiokafka" in frame:
                name = frame.split(" (")[0] + " (" + frame.split(" (")[-1].split(":")[0].split("/site-packages/")[-1]
                if name not in seen:
                    seen.add(name)
                    counts[name] = counts.get(name, 0) + int(n)
    return sorted(((k, round(100 * v / total, 1)) for k, v in counts.items()), key=lambda kv: -kv[1])[:top]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--events", type=int, default=1500, help="events per measured phase")
    ap.add_argument("--json", action="store_true", help="print one JSON object")
    ap.add_argument("--profile", action="store_true", help="py-spy the worker during the full-speed phase")
    args = ap.parse_args(argv)

    random.seed(1)
    items = texts(args.events)
    batch_size = load_topology(TEMPLATE).worker.batch_size
    workdir = Path(tempfile.mkdtemp(prefix="veilstream-e2e-"))
    stack = Stack()
    results: dict = {
        "events": args.events,
        "avg_text_bytes": round(sum(len(t.encode()) for t in items) / len(items)),
        "cpus": os.cpu_count(),
        "load_avg_at_start": round(os.getloadavg()[0], 2),
    }
    profile: list = []
    try:
        results["detect_only_events_s"] = detect_only(items, batch_size)

        def full(watch, topology, procs):
            spy = profile_worker(procs[0].pid, 20, workdir / "profile.txt") if args.profile else None
            out = drive(stack, topology, watch, items, rate=None, procs=procs)
            out["rss"] = rss_mib(procs[0].pid)
            if spy is not None:
                spy.wait(60)
                profile.extend(summarize_profile(workdir / "profile.txt"))
            return out

        def at_load(share: float):
            def phase(watch, topology, procs):
                rate = results["e2e"]["events_s"] * share
                count = max(100, min(args.events // 2, int(rate * 8)))  # ~8 s at each load
                return {"load": share, **drive(stack, topology, watch, items[:count], rate=rate, procs=procs)}

            return phase

        results["e2e"] = with_workers(stack, workdir, worker_cmd, 1, False, [full])[0]

        def measured(run) -> dict:  # a phase that fails is reported, the others still are
            try:
                return run()
            except RuntimeError as exc:
                return {"error": str(exc), "events_s": float("nan"), "p50_ms": None, "p95_ms": None, "p99_ms": None}

        loads = measured(
            lambda: {"loads": with_workers(stack, workdir, worker_cmd, 1, False, [at_load(q) for q in LOADS])}
        )
        results["loads"] = loads.get("loads", [{"load": q, **loads} for q in LOADS])
        results["eos"] = measured(
            lambda: with_workers(stack, workdir, worker_cmd, 1, False, [full], guarantee="exactly_once")[0]
        )
        results["passthrough"] = measured(lambda: with_workers(stack, workdir, passthrough_cmd, 1, True, [full])[0])
        results["two_workers"] = measured(lambda: with_workers(stack, workdir, worker_cmd, 2, False, [full])[0])
    finally:
        stack.close()

    e2e = results["e2e"]
    half = next(r for r in results["loads"] if r["load"] == 0.5)
    summary = {
        "e2e_events_s": e2e["events_s"],
        "detect_only_events_s": results["detect_only_events_s"],
        "passthrough_events_s": results["passthrough"]["events_s"],
        "two_workers_events_s": results["two_workers"]["events_s"],
        "eos_events_s": results["eos"]["events_s"],
        "p50_ms": e2e["p50_ms"],
        "p95_ms": e2e["p95_ms"],
        "p99_ms": e2e["p99_ms"],
        "p99_half_load_ms": half["p99_ms"],
        "latency_by_load_ms": {
            f"{int(r['load'] * 100)}%": [r["p50_ms"], r["p95_ms"], r["p99_ms"]] for r in results["loads"]
        },
        "worker_rss_mib": e2e["rss"],
        "e2e_over_detect_only": round(e2e["events_s"] / results["detect_only_events_s"], 2),
        "e2e_over_passthrough": round(e2e["events_s"] / results["passthrough"]["events_s"], 2),
        "two_over_one_worker": round(results["two_workers"]["events_s"] / e2e["events_s"], 2),
        "eos_over_off": round(results["eos"]["events_s"] / e2e["events_s"], 2),
        "details": results,
    }
    if profile:
        summary["profile_worker_pct"] = profile
    if args.json:
        print(json.dumps(summary))
        return 0
    print(
        f"{args.events} events of ~{results['avg_text_bytes']} bytes, {results['cpus']} CPUs, "
        f"load average {results['load_avg_at_start']} at start"
    )
    print(
        f"  end to end, one worker   {e2e['events_s']:8.1f} events/s   p50 {e2e['p50_ms']} ms  "
        f"p95 {e2e['p95_ms']} ms  p99 {e2e['p99_ms']} ms (full speed: queueing included)"
    )
    for r in results["loads"]:
        print(
            f"  {int(r['load'] * 100):3d}% load               {r['events_s']:8.1f} events/s   p50 {r['p50_ms']} ms  "
            f"p95 {r['p95_ms']} ms  p99 {r['p99_ms']} ms"
        )
    print("                           (target p99 at 50% <= 250 ms)")
    print(
        f"  exactly once             {summary['eos_events_s']:8.1f} events/s   "
        f"on / off {summary['eos_over_off']} (target >= 0.9)"
    )
    print(
        f"  detection only           {results['detect_only_events_s']:8.1f} events/s   "
        f"e2e / detection {summary['e2e_over_detect_only']} (target >= 0.8)"
    )
    print(
        f"  pass-through             {summary['passthrough_events_s']:8.1f} events/s   "
        f"e2e / pass-through {summary['e2e_over_passthrough']}"
    )
    print(
        f"  two workers, 2 partitions {summary['two_workers_events_s']:7.1f} events/s   "
        f"two / one {summary['two_over_one_worker']} (target >= 1.6)"
    )
    rss = e2e["rss"]
    print(
        f"  worker RSS               peak {rss['worker_peak_mib']} MiB (target <= 400), "
        f"detector processes {rss['detector_processes_mib']} MiB"
    )
    for name, pct in profile:
        print(f"    {pct:5.1f}%  {name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
