"""A broken topology file is refused with file, line, field and what would be valid."""

from pathlib import Path

import pytest

from pipeline.topology import TopologyError, load_topology

GOOD = """\
name: t1
policy: default
streams:
  - name: s1
    format: json
    tenants: [acme]
topics:
  partitions: 2
worker:
  batch_size: 64
"""


def errors(text: str) -> list[str]:
    with pytest.raises(TopologyError) as info:
        load_topology(Path("topologies/t.yaml"), text=text)
    return info.value.lines()


@pytest.mark.parametrize(
    "old, new, line, needle",
    [
        ("name: t1", "name: T1", 1, "name: got 'T1'; expected lowercase letters, digits and '-'"),
        (
            "format: json",
            "format: xml",
            5,
            "streams[0].format: got 'xml'; input should be 'auto', 'json', 'avro' or 'registry'",
        ),
        ("tenants: [acme]", "tenants: []", 6, "streams[0].tenants: needs at least 1 item"),
        (
            "tenants: [acme]",
            "tenant: [acme]",
            6,
            "streams[0].tenant: unknown field; valid fields here: classification, format, input, key, name, output_format, pass_headers, require_subject_id, tenants, vendors",
        ),
        (
            "  partitions: 2",
            "  partitions: 0",
            8,
            "topics.partitions: got 0; input should be greater than or equal to 1",
        ),
        ("  partitions: 2", "  partition: 2", 8, "valid fields here: compact, partitions, replication, retention_ms"),
        (
            "  batch_size: 64",
            "  batch_size: lots",
            10,
            "worker.batch_size: got 'lots'; input should be a valid integer",
        ),
        ("policy: default\n", "", 1, "policy: required field is missing"),
        ("worker:", "outputs: {vault: {compact: false}}\nworker:", 1, "the vault is always compacted"),
    ],
)
def test_error_names_line_field_and_what_is_valid(old, new, line, needle):
    text = GOOD.replace(old, new)
    assert text != GOOD
    found = errors(text)
    assert any(e.startswith(f"topologies/t.yaml:{line}: ") and needle in e for e in found), found


def test_every_problem_is_reported_at_once():
    text = GOOD.replace("name: t1", "name: T1").replace("format: json", "format: xml")
    assert len(errors(text)) == 2


def test_an_item_error_does_not_also_report_the_list_as_too_short():
    text = GOOD.replace("format: json", "format: xml")
    assert not any(e.endswith("streams: needs at least 1 item(s)") for e in errors(text))


@pytest.mark.parametrize(
    "text, needle",
    [
        ("name: t1\nstreams: [\n", "topologies/t.yaml:3: not valid YAML"),
        ("- a list\n", "topologies/t.yaml:1: a topology is a mapping with at least: name, policy, streams"),
        ("", "a topology is a mapping"),
        (
            GOOD.replace("topics:", "  - name: s1\n    tenants: [b]\ntopics:"),
            "stream names must be distinct; repeated: ['s1']",
        ),
    ],
)
def test_unusable_documents(text, needle):
    assert any(needle in e for e in errors(text))


def test_a_missing_file():
    with pytest.raises(TopologyError, match="nope.yaml: no such file"):
        load_topology(Path("nope.yaml"))
