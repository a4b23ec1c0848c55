"""The faust app and its agents: wiring only, the logic lives in pipeline.flow.

One explicit app per topology. For each stream an agent takes batches of raw
messages, runs the CPU-bound flow in a thread (so heartbeats and commits keep
flowing on the event loop), produces every output and audit event, and waits
until the broker has acknowledged all of them. Only then does the batch end,
and only then does faust acknowledge (and later commit) its input offsets.

If outputs cannot be written the worker stops without acknowledging: the
orchestrator (or `veilstream run` again) restarts it and the batch is redone.
"""

from __future__ import annotations

import asyncio
import logging
import os
import ssl
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import faust
from faust.exceptions import ConsumerNotStarted

from pipeline import codecs, logs, metrics
from pipeline.assurance import canary
from pipeline.flow import Flow, Incoming
from pipeline.formats import header_pairs
from pipeline.records import Offset
from pipeline.settings import Settings
from pipeline.streams import broker
from pipeline.topology import StreamSpec, Topology

log = logging.getLogger("veilstream.worker")


def build_app(
    topology: Topology,
    settings: Settings,
    flows: dict[str, Flow],
    *,
    on_batch: Callable[[str, int], None] | None = None,
) -> faust.App:
    settings.data_dir.mkdir(parents=True, exist_ok=True)  # faust creates its datadir, not the XDG parents
    app = faust.App(
        f"veilstream-{topology.name}",
        **broker.app_options(settings),  # bootstrap servers, TLS, SASL: the same as every other client
        store="memory://",
        datadir=str(settings.data_dir / f"veilstream-{topology.name}"),  # not the working directory
        web_port=settings.web_port,
        web_bind=settings.web_host,  # the address the server listens on (faust's web_host only names it in URLs)
        web_host=settings.web_host,
        web_ssl_context=web_ssl_context(settings),  # /restore carries API keys: TLS when a certificate is set
        # Only our pages: faust's own (/router, /table, stats, graph) expose cluster and table state.
        web_router_enabled=False,
        web_tables_enabled=False,
        web_stats_enabled=False,
        web_graph_enabled=False,
        web_metrics_enabled=False,
        topic_allow_declare=False,  # topics come from the topology (deploy / dev up), never implicitly
        topic_disable_leader=True,
        consumer_auto_offset_reset="earliest",
        producer_acks=-1,
        producer_max_request_size=4 * 1024 * 1024,
        broker_commit_every=topology.worker.batch_size * 4,
        broker_commit_interval=1.0,
        broker_session_timeout=10,
        broker_heartbeat_interval=1,
        broker_rebalance_timeout=10,
        stream_buffer_maxsize=topology.worker.batch_size * 4,
        stream_wait_empty=True,  # on shutdown, finish what was taken before committing
        web_enabled=True,
    )
    # One thread runs the flow: detection is CPU-bound and must stay off the loop.
    executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="veilstream-flow")
    producer_topics: dict[str, faust.TopicT] = {}

    def out(topic: str) -> faust.TopicT:
        if topic not in producer_topics:
            producer_topics[topic] = app.topic(
                topic, key_type=bytes, value_type=bytes, key_serializer="raw", value_serializer="raw"
            )
        return producer_topics[topic]

    for stream in topology.streams:
        _add_agent(app, stream, flows[stream.name], topology, executor, out, on_batch)
        if settings.canary_interval_s > 0:
            _add_canary_timer(app, stream, flows[stream.name], topology, settings.canary_interval_s)
    _add_pages(app)
    return app


def web_ssl_context(settings: Settings) -> ssl.SSLContext | None:
    """A server TLS context from the configured certificate and key, or None (plain HTTP)."""
    if settings.web_tls_cert is None:
        return None
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain(settings.web_tls_cert, settings.web_tls_key)
    return ctx


def _add_pages(app: faust.App) -> None:
    @app.page("/metrics")
    async def metrics_page(web, request):
        body, content_type = metrics.exposition()
        return web.bytes(body, headers={"Content-Type": content_type})

    @app.page("/healthz")
    async def healthz(web, request):  # liveness: the event loop answers
        return web.json({"ok": True})

    @app.page("/ready")
    async def ready(web, request):  # readiness: joined the group, not rebalancing
        try:
            ok = bool(app.consumer.assignment()) and not app.rebalancing
        except ConsumerNotStarted:
            ok = False
        return web.json({"ready": ok}, status=200 if ok else 503)


def _add_canary_timer(app: faust.App, stream: StreamSpec, flow: Flow, topology: Topology, interval_s: float) -> None:
    raw = app.topic(stream.raw, key_type=bytes, value_type=bytes, key_serializer="raw", value_serializer="raw")

    @app.timer(interval=interval_s, name=f"canary-{stream.name}")
    async def inject_canaries() -> None:
        now = int(time.time() * 1000)
        for c in canary.canary_set(flow.policy, stream.tenants, canary.new_seed()):
            await raw.send(key=c.event_id.encode(), value=c.payload(now), headers=[(canary.HEADER, b"1")])
            metrics.CANARIES_SENT.labels(topology.name, stream.name).inc()


def _add_agent(
    app: faust.App,
    stream: StreamSpec,
    flow: Flow,
    topology: Topology,
    executor: ThreadPoolExecutor,
    out: Callable[[str], faust.TopicT],
    on_batch: Callable[[str, int], None] | None,
) -> None:
    raw = app.topic(stream.raw, key_type=bytes, value_type=bytes, key_serializer="raw", value_serializer="raw")
    audit = out(topology.audit_topic)

    @app.agent(raw, name=f"protect-{stream.name}")
    async def protect_stream(records):
        loop = asyncio.get_running_loop()
        async for events in records.take_events(topology.worker.batch_size, within=topology.worker.batch_within_s):
            # Everything inside the try: an agent that raised would leave faust idling in a live
            # process; exiting without acknowledging makes the orchestrator restart it instead.
            try:
                received = int(time.time() * 1000)
                batch = [
                    Incoming(
                        Offset(e.message.topic, e.message.partition, e.message.offset),
                        e.value or b"",
                        received,
                        header_pairs(e.headers),
                    )
                    for e in events
                ]
                canaries = {i.source for i, e in zip(batch, events, strict=True) if canary.is_marked(e.headers)}
                deliveries = []
                policy_event = await loop.run_in_executor(executor, flow.reload_policy)
                if policy_event is not None:
                    deliveries.append(await audit.send(key=stream.name.encode(), value=policy_event))
                decisions = await loop.run_in_executor(executor, flow.process, batch)
                for d in decisions:
                    marked = [(canary.HEADER, b"1")] if d.source in canaries else []  # AI consumers filter on it
                    for m in d.messages:
                        deliveries.append(
                            await out(m.topic).send(key=m.key, value=m.value, headers=list(m.headers) + marked)
                        )
                    audit_key = f"{stream.name}:{d.source.partition}".encode()
                    deliveries.append(await audit.send(key=audit_key, value=d.audit))
                    check = marked and canary.audit_decision(
                        d,
                        policy=flow.policy,
                        tenants=stream.tenants,
                        stream=stream.name,
                        ai_topic=stream.ai,
                        topology=topology.name,
                    )
                    if check:
                        deliveries.append(await audit.send(key=audit_key, value=codecs.encode_audit(check)))
                await asyncio.gather(*deliveries)
                metrics.record_batch(topology.name, stream.name, len(batch))
                metrics.record_decisions(
                    topology.name,
                    stream.name,
                    decisions,
                    injection_flag_at=flow.policy.injection.flag_at,
                    received_ms=received,
                    acked_ms=int(time.time() * 1000),
                )
                logs.log_decisions(log, stream.name, decisions)
                if on_batch is not None:
                    on_batch(stream.name, len(events))
            except Exception:
                # Nothing of this batch is acknowledged: exit before faust can commit it.
                log.critical("batch failed; stopping the worker without acknowledging it", exc_info=True)
                os._exit(70)
