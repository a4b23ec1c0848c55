"""The API-key CLI (no broker needed) and the restore CLI's argument checks."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from pipeline.cli import main


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
    listed = run("apikeys", "list")
    assert "ops-ann" in listed.output and "active" in listed.output and secret not in listed.output
    assert run("apikeys", "revoke", key_id).exit_code == 0
    assert "revoked" in run("apikeys", "list").output
    assert run("apikeys", "revoke", "nope").exit_code == 2


def test_apikeys_role_is_checked(run):
    bad = run("apikeys", "create", "--name", "x", "--tenant", "acme", "--role", "superuser")
    assert bad.exit_code == 2 and "restorer" in bad.output


def test_restore_requires_a_known_reason_code(run):
    bad = run("restore", "--tenant", "acme", "--event-id", "e", "--reason", "curious", "--api-key", "k", "--text", "t")
    assert bad.exit_code == 2 and "customer_request" in bad.output


def test_restore_from_stdin_needs_the_api_key_as_an_option(run):
    bad = CliRunner().invoke(
        main, ["restore", "--tenant", "acme", "--event-id", "e", "--reason", "dispute"], input="Dear <PERSON_1>"
    )
    assert bad.exit_code == 2 and "--api-key" in bad.output
