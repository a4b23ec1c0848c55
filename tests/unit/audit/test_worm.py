"""WORM retention of the audit bucket, against moto's S3: the bucket `veilstream audit bucket`
creates, the default retention it reads back, and `readiness` warning when it is too short."""

from __future__ import annotations

import pytest
from click.testing import CliRunner
from moto import mock_aws

from pipeline.audit.s3 import ObjectStore
from pipeline.cli import main
from pipeline.evidence.readiness import check_worm_retention
from pipeline.settings import Settings

BUCKET = "veilstream-audit-worm"


@pytest.fixture
def aws(monkeypatch, tmp_path):
    for k, v in {
        "VEILSTREAM_S3_ENDPOINT_URL": "https://s3.us-east-1.amazonaws.com",
        "VEILSTREAM_AUDIT_BUCKET": BUCKET,
        "VEILSTREAM_STATE_DIR": str(tmp_path),
        "VEILSTREAM_TOPOLOGIES_DIR": str(tmp_path / "none"),
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
    }.items():
        monkeypatch.setenv(k, v)
    with mock_aws():
        yield Settings()


def store(settings: Settings, **kw) -> ObjectStore:
    return ObjectStore.from_settings(settings.model_copy(update=kw))


def test_defaults_outlast_the_audit_period():
    s = Settings()
    assert s.object_lock_days >= 400 and s.object_lock_days > s.audit_period_days


def test_the_bucket_is_created_locked_with_a_default_compliance_retention(aws):
    s = store(aws)
    assert s.ensure_bucket() is True
    assert s.default_retention() == ("COMPLIANCE", 400)
    assert s.client.get_bucket_versioning(Bucket=BUCKET)["Status"] == "Enabled"
    assert s.ensure_bucket() is False  # an existing bucket is kept as it is
    assert check_worm_retention(s.default_retention(), 400, 365) == []


def test_a_bucket_without_object_lock_or_without_a_default_rule_has_no_retention(aws):
    s = store(aws)
    s.client.create_bucket(Bucket=BUCKET)
    assert s.default_retention() is None
    other = store(aws, audit_bucket="locked-no-rule")
    other.client.create_bucket(Bucket="locked-no-rule", ObjectLockEnabledForBucket=True)
    assert other.default_retention() is None
    assert check_worm_retention(None, 400, 365) == ["WARN worm: the audit bucket has no default Object Lock retention"]


def test_years_count_as_days(aws):
    s = store(aws)
    s.client.create_bucket(Bucket=BUCKET, ObjectLockEnabledForBucket=True)
    s.client.put_object_lock_configuration(
        Bucket=BUCKET,
        ObjectLockConfiguration={
            "ObjectLockEnabled": "Enabled",
            "Rule": {"DefaultRetention": {"Mode": "GOVERNANCE", "Years": 2}},
        },
    )
    assert s.default_retention() == ("GOVERNANCE", 730)
    assert check_worm_retention(("GOVERNANCE", 730), 400, 365) == [
        "WARN worm: the audit bucket's default retention mode is GOVERNANCE, not COMPLIANCE"
    ]


@pytest.mark.parametrize(
    "default,lock_days,warned",
    [
        (("COMPLIANCE", 400), 400, []),
        (("COMPLIANCE", 365), 365, []),
        (("COMPLIANCE", 1), 400, ["default retention is 1 days"]),
        (("COMPLIANCE", 400), 1, ["locked 1 days"]),
        (("COMPLIANCE", 30), 30, ["locked 30 days", "default retention is 30 days"]),
    ],
)
def test_shorter_than_the_audit_period_warns(default, lock_days, warned):
    got = check_worm_retention(default, lock_days, 365)
    assert len(got) == len(warned) and all(w in line for w, line in zip(warned, got, strict=True)), got


def test_audit_bucket_command_creates_it_and_reports_the_retention(aws):
    out = CliRunner().invoke(main, ["audit", "bucket"])
    assert out.exit_code == 0, out.output
    assert out.output.strip() == f"created s3://{BUCKET}: Object Lock COMPLIANCE 400 days"
    store(aws).client.create_bucket(Bucket="plain")
    plain = CliRunner().invoke(main, ["audit", "bucket"], env={"VEILSTREAM_AUDIT_BUCKET": "plain"})
    assert plain.exit_code != 0 and "without Object Lock" in plain.output
    store(aws).client.create_bucket(Bucket="locked-no-rule", ObjectLockEnabledForBucket=True)
    no_rule = CliRunner().invoke(main, ["audit", "bucket"], env={"VEILSTREAM_AUDIT_BUCKET": "locked-no-rule"})
    assert no_rule.exit_code != 0 and "no default Object Lock retention" in no_rule.output


def worm_lines() -> list[str]:
    out = CliRunner().invoke(main, ["readiness", "--skip-cluster"])
    assert out.exit_code in (0, 1), out.output
    return [line for line in out.output.splitlines() if line.startswith("WARN worm")]


def test_readiness_warns_when_the_bucket_keeps_evidence_shorter_than_the_audit_period(aws):
    s = store(aws, object_lock_days=30)
    s.ensure_bucket()  # a bucket made with a 30-day default
    assert worm_lines() == [
        "WARN worm: the audit bucket's default retention is 30 days, shorter than the 365-day audit period"
    ]


def test_readiness_is_quiet_about_worm_with_the_defaults(aws):
    store(aws).ensure_bucket()
    assert worm_lines() == []
