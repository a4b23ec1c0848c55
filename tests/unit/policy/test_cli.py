"""`veilstream policy` and `veilstream topology validate`: exit codes and what the reviewer reads."""

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.settings import REPO_ROOT

POLICIES = REPO_ROOT / "topologies" / "policies"


@pytest.fixture
def weakened(tmp_path):
    """default, with PERSON kept in clear for the AI."""
    lines = (POLICIES / "default.yaml").read_text().splitlines()
    i = next(i for i, line in enumerate(lines) if line.strip().startswith("PERSON:"))
    lines[i] = lines[i].replace("ai: tokenize", 'ai: keep, reason: "names help the triage model"')
    path = tmp_path / "default.yaml"
    path.write_text("\n".join(lines) + "\n")
    return path


def run(*args):
    return CliRunner().invoke(main, list(args))


def test_policy_test_passes_and_names_the_version():
    result = run("policy", "test", "default")
    assert result.exit_code == 0, result.output
    assert "policy default@" in result.output and "0 failed" in result.output
    assert "leaves nothing in clear" in result.output


def test_policy_test_and_diff_list_what_a_policy_leaves_in_clear(weakened):
    result = run("policy", "test", str(weakened))
    assert "leaves in clear: PERSON: in clear for ai (names help the triage model)" in result.output
    result = run("policy", "diff", str(POLICIES / "default.yaml"), str(weakened))
    assert "in clear before: nothing" in result.output
    assert "in clear after: PERSON: in clear for ai (names help the triage model)" in result.output


def test_policy_test_fails_on_a_weakened_copy(weakened):
    # The copy has no cases beside it: the shipped cases of its id apply.
    result = run("policy", "test", str(weakened))
    assert result.exit_code == 1
    assert "FAIL default: name, email and phone in a ticket" in result.output
    assert "ai: in clear expected [], got ['PERSON']" in result.output


def test_policy_diff_shows_the_rule_and_the_texts_it_changes(weakened):
    result = run("policy", "diff", str(POLICIES / "default.yaml"), str(weakened))
    assert result.exit_code == 0, result.output
    assert "entities.PERSON.ai: tokenize -> keep" in result.output
    assert "ai: in clear [] -> ['PERSON']" in result.output
    assert "'Hi, this is Maria Gonzalez." in result.output  # the AI-bound text after the change


def test_a_broken_case_file_is_refused_with_its_line(tmp_path):
    (tmp_path / "p.yaml").write_text((POLICIES / "default.yaml").read_text())
    (tmp_path / "p.cases.yaml").write_text(
        "policy: default\ncases:\n  - name: x\n    text: hi\n    ai: leaked\n    store: protected\n"
    )
    result = run("policy", "test", str(tmp_path / "p.yaml"))
    assert result.exit_code == 1
    assert "p.cases.yaml:5: cases[0].ai.outcome: got 'leaked'" in result.output


def test_topology_validate():
    shipped = sorted(str(p) for p in (REPO_ROOT / "topologies").glob("*.yaml"))
    result = run("topology", "validate", *shipped)
    assert result.exit_code == 0, result.output
    assert result.output.count("ok ") == len(shipped)


def test_topology_validate_reports_the_line(tmp_path):
    bad = tmp_path / "t.yaml"
    bad.write_text("name: t1\npolicy: default\nstreams:\n  - name: s1\n    tenants: []\n")
    result = run("topology", "validate", str(bad))
    assert result.exit_code == 1
    assert f"{bad}:5: streams[0].tenants: needs at least 1 item(s)" in result.output


def test_policy_test_json_is_evidence(weakened):
    import json

    result = run("policy", "test", "--json", "default", str(weakened))
    assert result.exit_code == 1
    good, bad = (json.loads(line) for line in result.output.splitlines()[:2])
    assert (good["policy_id"], good["failed"], good["failures"]) == ("default", 0, {})
    assert len(good["policy_version"]) == 16 and len(good["cases_sha256"]) == 64
    assert bad["policy_version"] != good["policy_version"] and bad["failed"] > 0
    assert "ai: in clear expected [], got ['PERSON']" in bad["failures"]["name, email and phone in a ticket"]
