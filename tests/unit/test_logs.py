"""Structured logs: one JSON object per line, only whitelisted context, no exception text."""

from __future__ import annotations

import json
import logging

from pipeline.logs import FIELDS, JsonFormatter


def line(**kwargs) -> dict:
    record = logging.LogRecord("veilstream.test", logging.WARNING, __file__, 1, "residual hit", (), None)
    for k, v in kwargs.items():
        setattr(record, k, v)
    out = JsonFormatter(topology="support").format(record)
    assert "\n" not in out
    return json.loads(out)


def test_context_fields_are_kept():
    got = line(partition=1, offset=42, event_id="evt-1", recognizer="email")
    assert got["msg"] == "residual hit" and got["level"] == "warning" and got["topology"] == "support"
    assert (got["partition"], got["offset"], got["event_id"], got["recognizer"]) == (1, 42, "evt-1", "email")


def test_anything_else_is_dropped():
    got = line(text="Maria Garcia, maria@example.org", value="4111 1111 1111 1111", offset=3)
    assert "text" not in got and "value" not in got and got["offset"] == 3
    assert "maria" not in json.dumps(got).lower()
    assert not {"text", "value", "payload"} & set(FIELDS)


def test_exceptions_keep_type_and_frames_not_the_message():
    try:
        raise ValueError("bad card 4111 1111 1111 1111")
    except ValueError:
        import sys

        record = logging.LogRecord("x", logging.ERROR, __file__, 1, "batch failed", (), sys.exc_info())
    got = json.loads(JsonFormatter().format(record))
    assert got["exc_type"] == "ValueError" and got["stack"]
    assert "4111" not in json.dumps(got)


def test_decisions_are_logged_by_offset_and_outcome_never_text(caplog):
    from pipeline.flow import Decision
    from pipeline.logs import log_decisions
    from pipeline.records import Offset, Outcome

    decisions = [
        Decision(Offset("raw.s", 1, 10), Outcome.PROTECTED, "pii_protected", "e1"),
        Decision(Offset("raw.s", 1, 11), Outcome.DEAD_LETTERED, "malformed_json", None),
        Decision(Offset("raw.s", 1, 12), Outcome.QUARANTINED, "blocked_entity", "e3"),
    ]
    logger = logging.getLogger("veilstream.test.decisions")
    with caplog.at_level(logging.INFO, logger=logger.name):
        log_decisions(logger, "s", decisions)
    lines = [json.loads(JsonFormatter().format(r)) for r in caplog.records]
    assert lines[0]["msg"] == "batch committed" and (lines[0]["first_offset"], lines[0]["last_offset"]) == (10, 12)
    assert [(ln["offset"], ln["outcome"], ln.get("event_id")) for ln in lines[1:]] == [
        (11, "dead_lettered", None),
        (12, "quarantined", "e3"),
    ]
    with caplog.at_level(logging.DEBUG, logger=logger.name):
        caplog.clear()
        log_decisions(logger, "s", decisions)
    assert len(caplog.records) == 4  # the batch and every decision
