"""The pipeline's overhead floor: the same runner as `veilstream run`
(pipeline.streams.runner: consumer, transactions, pipelining), with the flow
replaced by a copy (raw -> ai, plus one audit event per record).

    python bench/passthrough.py TOPOLOGY   (settings from the environment, like the worker)

No detection, no keys, no protection: what is left is consuming, batching,
producing and acknowledging, i.e. what every record costs before any work.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline import codecs  # noqa: E402
from pipeline.audit.events import decision_event  # noqa: E402
from pipeline.flow import Decision, Incoming, Outgoing, Pending, now_ms  # noqa: E402
from pipeline.records import Outcome  # noqa: E402
from pipeline.topology import StreamSpec, load_topology  # noqa: E402


class PassThrough:
    """Quacks like pipeline.flow.Flow for the runner (the policy is only read by metrics)."""

    def __init__(self, stream: StreamSpec, policy):
        self.stream = stream
        self.policy = policy

    def reload_policy(self) -> None:
        return None

    def start(self, batch: list[Incoming]) -> Pending:
        return Pending(batch, [], None)

    def finish(self, pending: Pending) -> list[Decision]:
        return self.process(pending.batch)

    def process(self, batch: list[Incoming]) -> list[Decision]:
        out = []
        for msg in batch:
            audit = decision_event(
                stream=self.stream.name,
                source=msg.source,
                outcome=Outcome.PROTECTED.value,
                occurred_at=now_ms(),
                reason_code="passthrough",
                outputs=(self.stream.ai,),
            )
            out.append(
                Decision(
                    msg.source,
                    Outcome.PROTECTED,
                    "passthrough",
                    None,
                    [Outgoing(self.stream.ai, b"", msg.value)],
                    codecs.encode_audit(audit),
                    audit,
                )
            )
        return out


def main(topology_path: str) -> None:
    import signal
    import threading

    from pipeline.clients import kafka_clients
    from pipeline.kafka import worker_consumer
    from pipeline.policy import load_policy
    from pipeline.settings import get_settings
    from pipeline.streams.runner import make_runner
    from pipeline.topology.model import policy_path

    topology = load_topology(Path(topology_path))
    settings = get_settings()
    policy = load_policy(policy_path(topology, Path(topology_path)))
    flows = {s.name: PassThrough(s, policy) for s in topology.streams}
    kafka = kafka_clients(settings)
    runner = make_runner(topology, flows, worker_consumer(kafka, topology.consumer_group), kafka)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    runner.run(stop)


if __name__ == "__main__":
    main(sys.argv[1])
