"""The API-key CLI (no broker needed) and the restore CLI's argument checks."""

from __future__ import annotations

import getpass
import json

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.settings import get_settings


@pytest.fixture
def run(tmp_path, monkeypatch):
    monkeypatch.setenv("VEILSTREAM_STATE_DIR", str(tmp_path))

    def invoke(*args: str):
        return CliRunner().invoke(main, list(args))

    yield invoke


def test_apikeys_create_list_revoke(run, tmp_path):
    made = run("apikeys", "create", "--name", "ops-ann", "--tenant", "acme", "--role", "restorer")
    assert made.exit_code == 0, made.output
    secret = made.stdout.strip().splitlines()[-1]
    assert secret.startswith("vsk_")
    stored = json.loads((tmp_path / "apikeys.json").read_text())
    assert secret.split("_", 2)[2] not in json.dumps(stored)
    (key_id,) = stored
    assert stored[key_id]["created_by"] == f"cli:{getpass.getuser()}"  # the access review's "created by"
    listed = run("apikeys", "list")
    assert "ops-ann" in listed.output and "active" in listed.output and secret not in listed.output
    assert f"cli:{getpass.getuser()}" in listed.output
    assert run("apikeys", "revoke", key_id).exit_code == 0
    assert "revoked" in run("apikeys", "list").output
    assert run("apikeys", "revoke", "nope").exit_code == 2


def test_apikeys_role_is_checked(run):
    bad = run("apikeys", "create", "--name", "x", "--tenant", "acme", "--role", "superuser")
    assert bad.exit_code == 2 and "restorer" in bad.output


def test_restore_requires_a_known_reason_code(run):
    bad = run("restore", "--tenant", "acme", "--event-id", "e", "--reason", "curious", "--text", "t")
    assert bad.exit_code == 2 and "customer_request" in bad.output


@pytest.mark.parametrize(
    "command", [["restore", "--event-id", "e"], ["erase", "--subject", "s"], ["subject", "locate", "--subject", "s"]]
)
def test_no_command_takes_an_api_key_in_argv(run, command):
    """argv is readable by every user of the machine (ps) and lands in shell history."""
    bad = run(*command[:-2], "--tenant", "acme", *command[-2:], "--api-key", "vsk_a_b")
    assert bad.exit_code == 2 and "No such option" in bad.output


def test_restore_from_stdin_needs_the_api_key_from_the_environment_or_a_file(run):
    bad = CliRunner().invoke(
        main, ["restore", "--tenant", "acme", "--event-id", "e", "--reason", "dispute"], input="Dear <PERSON_1>"
    )
    assert bad.exit_code == 2 and "VEILSTREAM_API_KEY" in bad.output


def test_the_api_key_file_must_be_private(run, tmp_path):
    from pipeline.cli.credential import api_key

    path = tmp_path / "key"
    path.write_text("vsk_a_secret\n")
    path.chmod(0o644)
    bad = run(
        "restore",
        "--tenant",
        "acme",
        "--event-id",
        "e",
        "--reason",
        "dispute",
        "--text",
        "t",
        "--api-key-file",
        str(path),
    )
    assert bad.exit_code == 2 and "chmod 600" in bad.output and "secret" not in bad.output
    path.chmod(0o600)
    assert api_key(get_settings(), path, stdin_is_data=True) == "vsk_a_secret"


def test_apikeys_grant_restore_subject(run, tmp_path):
    made = run(
        "apikeys", "create", "--name", "dpo", "--tenant", "acme", "--role", "restorer", "--grant", "restore:subject"
    )
    assert made.exit_code == 0, made.output
    assert "+restore:subject" in run("apikeys", "list").output
    bad = run("apikeys", "create", "--name", "x", "--tenant", "acme", "--role", "auditor", "--grant", "restore:subject")
    assert bad.exit_code == 2 and "cannot be granted" in bad.output
    stored = json.loads((tmp_path / "apikeys.json").read_text())
    assert [k["grants"] for k in stored.values()] == [["restore:subject"]]


@pytest.mark.parametrize(
    "scopes", [[], ["--event-id", "e", "--subject-id", "s"], ["--conversation-id", "c", "--subject-id", "s"]]
)
def test_restore_names_exactly_one_scope(run, scopes):
    bad = run("restore", "--tenant", "acme", *scopes, "--reason", "dispute", "--text", "t")
    assert bad.exit_code == 2 and "exactly one of --event-id, --conversation-id and --subject-id" in bad.output
