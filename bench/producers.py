"""The producer path: cost per output message of faust's producer against a
confluent-kafka (librdkafka) producer on the same batches, with and without
transactions.

    python bench/producers.py [--messages N] [--batch B] [--json]

Each client writes the same N messages (~1 KB, as a decision's AI-bound,
storage and audit records are) to three topics, in batches of B messages,
waiting for every acknowledgement at the end of each batch (the worker's
unit of durability):

- faust: a faust App's producer (`app.producer.send`, aiokafka underneath);
- aiokafka transactional: one transaction per batch with the input offsets
  (`send_offsets_to_transaction`), what faust's processing_guarantee
  "exactly_once" does per partition;
- confluent: an idempotent librdkafka producer, flush per batch;
- confluent transactional: one transaction per batch with the input offsets
  (what `veilstream run` does).

CPU time of this process per message (robust on a busy machine) and wall
time per message. Uses the stack the environment names, else starts the
embedded one.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.e2e import Stack  # noqa: E402
from pipeline.clients import plain_kafka  # noqa: E402


def messages(count: int, topics: list[str]) -> list[tuple[str, bytes, bytes]]:
    body = b"x" * 1000
    return [(topics[i % 3], f"record-{i:08d}".encode(), body) for i in range(count)]


def create(bootstrap: str, names: list[str]) -> None:
    from confluent_kafka.admin import AdminClient, NewTopic

    admin = AdminClient({"bootstrap.servers": bootstrap})
    for fut in admin.create_topics([NewTopic(n, num_partitions=1, replication_factor=1) for n in names]).values():
        fut.result(30)


def timed(run) -> tuple[float, float]:
    cpu, wall = time.process_time(), time.perf_counter()
    run()
    return time.process_time() - cpu, time.perf_counter() - wall


def bench_faust(bootstrap: str, msgs, batch: int) -> tuple[float, float]:
    import faust

    async def main() -> tuple[float, float]:
        app = faust.App(f"bench-producer-{uuid.uuid4().hex[:6]}", broker=f"kafka://{bootstrap}", producer_acks=-1)
        producer = app.producer
        await producer.start()
        await producer.send_and_wait(msgs[0][0], msgs[0][1], msgs[0][2], partition=None, timestamp=None, headers=None)
        cpu, wall = time.process_time(), time.perf_counter()
        for i in range(0, len(msgs), batch):
            futs = [
                await producer.send(t, k, v, partition=None, timestamp=None, headers=None)
                for t, k, v in msgs[i : i + batch]
            ]
            await asyncio.gather(*futs)
        out = time.process_time() - cpu, time.perf_counter() - wall
        await producer.stop()
        return out

    return asyncio.run(main())


def bench_aiokafka_txn(bootstrap: str, msgs, batch: int, source: str, group: str) -> tuple[float, float]:
    from aiokafka import AIOKafkaProducer
    from aiokafka.structs import OffsetAndMetadata, TopicPartition

    async def main() -> tuple[float, float]:
        p = AIOKafkaProducer(bootstrap_servers=bootstrap, transactional_id=f"bench-aio-{uuid.uuid4().hex[:6]}")
        await p.start()
        cpu, wall = time.process_time(), time.perf_counter()
        for n, i in enumerate(range(0, len(msgs), batch)):
            async with p.transaction():
                futs = [await p.send(t, v, key=k) for t, k, v in msgs[i : i + batch]]
                await p.send_offsets_to_transaction({TopicPartition(source, 0): OffsetAndMetadata(n + 1, "")}, group)
            await asyncio.gather(*futs)
        out = time.process_time() - cpu, time.perf_counter() - wall
        await p.stop()
        return out

    return asyncio.run(main())


def bench_confluent(bootstrap: str, msgs, batch: int) -> tuple[float, float]:
    from pipeline.kafka import output_producer

    p = output_producer(plain_kafka(bootstrap))
    p.produce(msgs[0][0], key=msgs[0][1], value=msgs[0][2])
    p.flush(30)

    def run() -> None:
        for i in range(0, len(msgs), batch):
            for t, k, v in msgs[i : i + batch]:
                p.produce(t, key=k, value=v)
            assert p.flush(60) == 0

    return timed(run)


def bench_confluent_txn(bootstrap: str, msgs, batch: int, source: str, group: str) -> tuple[float, float]:
    from confluent_kafka import Consumer, TopicPartition

    from pipeline.kafka import output_producer

    consumer = Consumer({"bootstrap.servers": bootstrap, "group.id": group})
    meta = consumer.consumer_group_metadata()
    p = output_producer(plain_kafka(bootstrap), f"bench-rd-{uuid.uuid4().hex[:6]}")
    p.init_transactions(30)

    def run() -> None:
        for n, i in enumerate(range(0, len(msgs), batch)):
            p.begin_transaction()
            for t, k, v in msgs[i : i + batch]:
                p.produce(t, key=k, value=v)
            p.send_offsets_to_transaction([TopicPartition(source, 0, n + 1)], meta, 30)
            p.commit_transaction(60)

    out = timed(run)
    consumer.close()
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--messages", type=int, default=6000)
    ap.add_argument("--batch", type=int, default=192, help="messages per batch (64 decisions x 3 outputs)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    stack = Stack()
    try:
        run = uuid.uuid4().hex[:6]
        topics = [f"bench.producers.{run}.{i}" for i in range(3)]
        source = f"bench.producers.{run}.source"
        create(stack.bootstrap, [*topics, source])
        msgs = messages(args.messages, topics)
        group = f"bench-producers-{run}"
        cases = {
            "faust": lambda: bench_faust(stack.bootstrap, msgs, args.batch),
            "aiokafka_transactional": lambda: bench_aiokafka_txn(stack.bootstrap, msgs, args.batch, source, group),
            "confluent": lambda: bench_confluent(stack.bootstrap, msgs, args.batch),
            "confluent_transactional": lambda: bench_confluent_txn(stack.bootstrap, msgs, args.batch, source, group),
        }
        results: dict[str, dict] = {}
        for name, case in cases.items():
            try:
                cpu, wall = case()
            except Exception as exc:  # noqa: BLE001 - a client the broker refuses is a result, reported as such
                results[name] = {"error": f"{type(exc).__name__}: {exc}"}
                continue
            results[name] = {
                "cpu_us_per_msg": round(cpu / len(msgs) * 1e6, 1),
                "wall_us_per_msg": round(wall / len(msgs) * 1e6, 1),
            }
    finally:
        stack.close()

    def ratio(a: str, b: str) -> float | None:
        if "error" in results[a] or "error" in results[b]:
            return None
        return round(results[a]["cpu_us_per_msg"] / results[b]["cpu_us_per_msg"], 1)

    summary = {
        "messages": args.messages,
        "batch": args.batch,
        **results,
        "faust_over_confluent_cpu": ratio("faust", "confluent"),
        "aiokafka_txn_over_confluent_txn_cpu": ratio("aiokafka_transactional", "confluent_transactional"),
    }
    if args.json:
        print(json.dumps(summary))
        return 0
    print(f"{args.messages} messages of ~1 KB in batches of {args.batch}")
    for name, r in results.items():
        if "error" in r:
            print(f"  {name:26s} failed: {r['error']}")
            continue
        print(f"  {name:26s} {r['cpu_us_per_msg']:8.1f} us CPU/message  {r['wall_us_per_msg']:8.1f} us wall/message")
    print(
        f"  faust / confluent CPU {summary['faust_over_confluent_cpu']}x; transactional, aiokafka / confluent CPU "
        f"{summary['aiokafka_txn_over_confluent_txn_cpu']}x"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
