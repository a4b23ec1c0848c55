"""Structured logs: one JSON object per line, never record text.

A line carries the time, level, logger, message and only the context fields
named in FIELDS (topology, stream, partition, offset, event id, ...), passed
with `extra=`. Anything else a caller attaches is dropped, so a record value
cannot ride along by accident. Exceptions are logged by type and stack
frames; their messages are left out because an exception raised while
handling a record may quote it.
"""

from __future__ import annotations

import json
import logging
import time
import traceback
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pipeline.flow import Decision

# The only context fields a log line may carry.
FIELDS = (
    "topology",
    "stream",
    "topic",
    "partition",
    "offset",
    "first_offset",
    "last_offset",
    "event_id",
    "record_id",
    "outcome",
    "reason_code",
    "entity_type",
    "recognizer",
    "count",
    "records",
    "duration_ms",
    "audit_id",
    "canary",
    "lag",
)


class JsonFormatter(logging.Formatter):
    def __init__(self, topology: str = "", **kwargs: Any) -> None:
        super().__init__()
        self.topology = topology

    def format(self, record: logging.LogRecord) -> str:
        line: dict[str, Any] = {
            "ts": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created)) + f".{int(record.msecs):03d}Z",
            "level": record.levelname.lower(),
            "logger": record.name,
            "msg": record.getMessage(),
        }
        if self.topology:
            line["topology"] = self.topology
        for name in FIELDS:
            value = record.__dict__.get(name)
            if value is not None:
                line[name] = value
        if record.exc_info and record.exc_info[0] is not None:
            exc_type, _, tb = record.exc_info
            line["exc_type"] = exc_type.__name__
            line["stack"] = [f"{f.filename}:{f.lineno} in {f.name}" for f in traceback.extract_tb(tb)]
        return json.dumps(line, default=str, ensure_ascii=False)


def log_decisions(logger: logging.Logger, stream: str, decisions: Sequence[Decision]) -> None:
    """One info line per batch and per decision that is not `protected`; every decision at debug."""
    if not decisions or not logger.isEnabledFor(logging.INFO):
        return
    offsets = [d.source.offset for d in decisions]
    logger.info(
        "batch committed",
        extra={"stream": stream, "records": len(decisions), "first_offset": min(offsets), "last_offset": max(offsets)},
    )
    debug = logger.isEnabledFor(logging.DEBUG)
    for d in decisions:
        if d.outcome.value != "protected" or debug:
            logger.log(
                logging.INFO if d.outcome.value != "protected" else logging.DEBUG,
                "decision",
                extra={
                    "stream": stream,
                    "topic": d.source.topic,
                    "partition": d.source.partition,
                    "offset": d.source.offset,
                    "event_id": d.event_id,
                    "outcome": d.outcome.value,
                    "reason_code": d.reason_code,
                },
            )


def logging_config(level: str = "warning", topology: str = "") -> dict[str, Any]:
    """A logging.config.dictConfig dict that sends every logger to stderr as JSON lines."""
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"json": {"()": f"{__name__}.JsonFormatter", "topology": topology}},
        "handlers": {"stderr": {"class": "logging.StreamHandler", "formatter": "json", "stream": "ext://sys.stderr"}},
        "root": {"level": level.upper(), "handlers": ["stderr"]},
    }


def configure(level: str = "warning", topology: str = "") -> None:
    """JSON lines on stderr for this process (workers, the sink, the CLI's long-running commands)."""
    import logging.config

    logging.config.dictConfig(logging_config(level, topology))
