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
