"""Output schemas in the plan: register what is new, refuse a compatibility break (table rows)."""

from __future__ import annotations

import json

import pytest

from pipeline import codecs
from pipeline.registry import compatibility_problems
from pipeline.topology.plan import RegisterSchema, schema_plan

BASE = {"type": "record", "name": "R", "fields": [{"name": "a", "type": "string"}]}


def with_fields(*fields):
    return {**BASE, "fields": [*BASE["fields"], *fields]}


@pytest.mark.parametrize(
    "level, old, new, broken",
    [
        ("BACKWARD", BASE, with_fields({"name": "b", "type": "int", "default": 0}), False),
        ("BACKWARD", BASE, with_fields({"name": "b", "type": "int"}), True),  # no default: old data unreadable
        ("FORWARD", BASE, with_fields({"name": "b", "type": "int"}), False),  # old readers ignore it
        ("FULL", BASE, with_fields({"name": "b", "type": "int"}), True),
        ("BACKWARD", with_fields({"name": "b", "type": "int"}), with_fields({"name": "b", "type": "long"}), False),
        ("BACKWARD", with_fields({"name": "b", "type": "long"}), with_fields({"name": "b", "type": "int"}), True),
        ("BACKWARD", BASE, {**BASE, "fields": [{"name": "a", "type": ["null", "string"], "default": None}]}, False),
        ("BACKWARD", {**BASE, "fields": [{"name": "a", "type": ["null", "string"]}]}, BASE, True),  # null unreadable
        ("BACKWARD", BASE, {**BASE, "fields": [{"name": "z", "type": "string", "aliases": ["a"]}]}, False),
        ("NONE", BASE, {**BASE, "fields": [{"name": "a", "type": "int"}]}, False),
        (
            "BACKWARD",
            with_fields({"name": "e", "type": {"type": "enum", "name": "E", "symbols": ["X", "Y"]}}),
            with_fields({"name": "e", "type": {"type": "enum", "name": "E", "symbols": ["X"]}}),
            True,
        ),
        (
            "BACKWARD",
            with_fields({"name": "m", "type": {"type": "map", "values": "int"}}),
            with_fields({"name": "m", "type": {"type": "map", "values": "double"}}),
            False,
        ),
    ],
)
def test_compatibility_table(level, old, new, broken):
    assert bool(compatibility_problems(new, [old], level)) is broken


def test_transitive_checks_every_version():
    v1 = BASE
    v2 = {**BASE, "fields": []}  # dropped a: v1 data readable by v2 readers? yes (fields ignored)
    v3 = {**BASE, "fields": [{"name": "a", "type": "int", "default": 0}]}  # a back as an int: v1's string is not
    assert compatibility_problems(v3, [v1, v2], "BACKWARD") == []
    assert compatibility_problems(v3, [v1, v2], "BACKWARD_TRANSITIVE")


def test_every_shipped_schema_is_compatible_with_itself():
    for name in codecs.SCHEMA_NAMES:
        raw = codecs.schema(name).raw
        assert compatibility_problems(raw, [raw], "FULL") == [], name


def test_schema_plan_registers_new_keeps_known_refuses_breaks():
    old, ok, bad = (
        BASE,
        with_fields({"name": "b", "type": "int", "default": 0}),
        with_fields({"name": "b", "type": "int"}),
    )
    text = json.dumps
    changes, problems, unchanged = schema_plan(
        [
            ("new-value", "R", text(old)),
            ("same-value", "R", text(old)),
            ("ok-value", "R", text(ok)),
            ("bad-value", "R", text(bad)),
        ],
        {"same-value": [text(old)], "ok-value": [text(old)], "bad-value": [text(old)]},
        "BACKWARD",
    )
    assert changes == [RegisterSchema("new-value", "R", text(old), 1), RegisterSchema("ok-value", "R", text(ok), 2)]
    assert unchanged == ["same-value"]
    assert problems == ["bad-value: R breaks BACKWARD compatibility: version 1 -> new: b: new field without a default"]
    assert changes[1].describe() == "+ register ok-value: R as version 2"
