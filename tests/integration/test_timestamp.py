"""RFC 3161 timestamps through the real S3 API and the CLI: `evidence snapshot` asks the local
TSA and stores the token beside the checkpoint (locked, write-once), a TSA outage exits 69 and
a retry finishes the day, and `evidence verify` checks the token from an exported folder with
nothing but the public key and the TSA's certificate, in the auditor's small install."""

from __future__ import annotations

import datetime as dt
import json
import socket
import subprocess
import sys
import uuid

import pytest
from click.testing import CliRunner

from pipeline.audit.s3 import ObjectStore
from pipeline.cli import main
from pipeline.cli.exits import UNAVAILABLE
from pipeline.settings import get_settings
from tests.integration.test_auditor_kit import BLOCKED_RUN
from tests.integration.test_evidence import DAY1, DAY2, DAY3, Archive
from tests.tsa import Pki, pem

pytestmark = pytest.mark.integration

TOKEN = "checkpoint.tsr"


def cli(*args: str):
    return CliRunner().invoke(main, list(args))


def closed_port_url() -> str:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{s.getsockname()[1]}/tsa"  # nobody listens once it is closed


@pytest.fixture
def operator(stack, tmp_path, monkeypatch):
    """A bucket with three days of audit objects and the operator's keyring signing key."""
    bucket = f"tsa-{uuid.uuid4().hex[:12]}"
    monkeypatch.setenv("VEILSTREAM_AUDIT_BUCKET", bucket)
    monkeypatch.setenv("VEILSTREAM_STATE_DIR", str(tmp_path / "state"))
    store = ObjectStore.from_settings(get_settings())
    store.ensure_bucket()
    a = Archive.__new__(Archive)
    a.store, a.s3, a.bucket, a.heads, a.keys = store, store.client, bucket, {}, []
    a.write(DAY1, 0, range(0, 3))
    a.write(DAY2, 0, range(3, 7))
    a.write(DAY3, 0, range(7, 9))
    assert cli("evidence", "init-key").exit_code == 0
    vkey = tmp_path / "veilstream.vkey"
    assert cli("evidence", "public-key", "--out", str(vkey)).exit_code == 0
    return a, vkey


def test_snapshot_timestamps_and_verify_checks_it_from_an_export(operator, tsa, tsa_pki, tmp_path, monkeypatch):
    a, vkey = operator
    monkeypatch.setenv("VEILSTREAM_TSA_URL", tsa.url)  # configured: the sink and `snapshot` use it
    done = cli("evidence", "snapshot", "--date", str(DAY1))
    assert done.exit_code == 0 and "timestamped by CN=Test TSA" in done.output, done.output
    key = f"evidence/dt={DAY1}/{TOKEN}"
    head = a.s3.head_object(Bucket=a.bucket, Key=key)
    assert head["ObjectLockMode"] == "COMPLIANCE" and head["ContentType"] == "application/timestamp-reply"
    token = a.s3.get_object(Bucket=a.bucket, Key=key)["Body"].read()
    again = cli("evidence", "snapshot", "--date", str(DAY1))
    assert again.exit_code == 0 and "already there" in again.output and "timestamped by" in again.output
    assert a.s3.get_object(Bucket=a.bucket, Key=key)["Body"].read() == token and tsa.requests == 1

    # The TSA cannot be reached: exit 69, the day is signed, the token missing; a retry finishes it.
    down = cli("evidence", "snapshot", "--date", str(DAY2), "--tsa-url", closed_port_url())
    assert down.exit_code == UNAVAILABLE, down.output
    assert "signed but not timestamped" in down.output and f"snapshot --date {DAY2}` again" in down.output
    assert a.store.exists(f"evidence/dt={DAY2}/checkpoint") and not a.store.exists(f"evidence/dt={DAY2}/{TOKEN}")
    retry = cli("evidence", "snapshot", "--date", str(DAY2))
    assert retry.exit_code == 0 and "already there" in retry.output and "timestamped by" in retry.output
    assert a.store.exists(f"evidence/dt={DAY2}/{TOKEN}")
    # A day snapshotted without a TSA.
    assert cli("evidence", "snapshot", "--date", str(DAY3), "--tsa-url", "").exit_code == 0
    assert not a.store.exists(f"evidence/dt={DAY3}/{TOKEN}")

    monkeypatch.delenv("VEILSTREAM_TSA_URL")
    out = tmp_path / "period"
    exported = cli("evidence", "export", "--from", str(DAY1), "--to", str(DAY3), "--out", str(out))
    assert exported.exit_code == 0, exported.output
    assert (out / f"evidence/dt={DAY1}/{TOKEN}").read_bytes() == token
    ca = tmp_path / "tsa-ca.pem"
    ca.write_bytes(tsa_pki.ca_pem())

    def verify(day: dt.date, *extra: str, folder=out) -> tuple[int, dict]:
        args = ["evidence", "verify", "--archive", str(folder), "--date", str(day), "--public-key", str(vkey)]
        done = subprocess.run(
            [sys.executable, "-c", BLOCKED_RUN, *args, "--json", *extra], capture_output=True, text=True
        )
        assert done.stdout, done.stderr
        return done.returncode, json.loads(done.stdout)

    for day in (DAY1, DAY2):  # the auditor's small install: no spaCy, Kafka client or AWS SDK
        code, doc = verify(day, "--tsa-cert", str(ca))
        assert code == 0 and doc["pass"], doc
        stamp = doc["timestamp"]
        assert stamp["status"] == "valid" and stamp["tsa"] == "CN=Test TSA,O=Veilstream tests"
        assert dt.datetime.fromisoformat(stamp["gen_time"]) > dt.datetime.combine(day, dt.time(), dt.UTC)
    code, doc = verify(DAY3, "--tsa-cert", str(ca))
    assert code == 0 and doc["timestamp"] == {"status": "absent"}, doc
    text = cli("evidence", "verify", "--archive", str(out), "--date", str(DAY3), "--public-key", str(vkey))
    assert text.exit_code == 0 and "no timestamp" in text.output and "PASS" in text.output

    # Present but not trusted, or not the day's: fail, naming the token and the reason.
    code, doc = verify(DAY1)
    assert code == 1 and "pass --tsa-cert" in doc["timestamp"]["reason"], doc
    other = tmp_path / "other-ca.pem"
    other.write_bytes(pem(Pki.new().ca))
    code, doc = verify(DAY1, "--tsa-cert", str(other))
    assert code == 1 and doc["failures"] == [
        {"object": f"evidence/dt={DAY1}/{TOKEN}", "reason": doc["timestamp"]["reason"]}
    ]
    assert "does not chain to the trusted TSA certificate" in doc["timestamp"]["reason"]
    (out / f"evidence/dt={DAY1}/{TOKEN}").write_bytes((out / f"evidence/dt={DAY2}/{TOKEN}").read_bytes())
    code, doc = verify(DAY1, "--tsa-cert", str(ca))
    assert code == 1 and "imprint is not the SHA-256 of the checkpoint" in doc["timestamp"]["reason"], doc
    shown = cli(
        "evidence",
        "verify",
        "--archive",
        str(out),
        "--date",
        str(DAY1),
        "--public-key",
        str(vkey),
        "--tsa-cert",
        str(ca),
    )
    assert shown.exit_code == 1 and f"FAIL evidence/dt={DAY1}/{TOKEN}: the message imprint" in shown.output


def test_verify_against_the_bucket_trusts_the_configured_tsa_certificate(operator, tsa, tsa_pki, tmp_path, monkeypatch):
    a, vkey = operator
    ca = tmp_path / "tsa-ca.pem"
    ca.write_bytes(tsa_pki.ca_pem())
    monkeypatch.setenv("VEILSTREAM_TSA_URL", tsa.url)
    monkeypatch.setenv("VEILSTREAM_TSA_CERT_FILE", str(ca))  # the answer also verifies in full before it is stored
    assert cli("evidence", "snapshot", "--date", str(DAY1)).exit_code == 0
    ok = cli("evidence", "verify", "--date", str(DAY1), "--public-key", str(vkey))
    assert ok.exit_code == 0 and "timestamp: genTime " in ok.output and "PASS" in ok.output, ok.output
    tsa.fault = "nonce"  # a misbehaving TSA: nothing stored, exit 1
    bad = cli("evidence", "snapshot", "--date", str(DAY2))
    assert bad.exit_code == 1 and "nonce" in bad.output and not a.store.exists(f"evidence/dt={DAY2}/{TOKEN}")
