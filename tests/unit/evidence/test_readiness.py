import datetime as dt
import os

import pytest

from pipeline.evidence.readiness import check_key_ages, check_retention

NOW = dt.datetime(2026, 11, 23, 12, tzinfo=dt.UTC)
WEEK = str(7 * 24 * 3600 * 1000)


@pytest.mark.parametrize(
    "wanted, actual, expected",
    [
        ({"raw.a": WEEK, "audit.events": WEEK}, {"raw.a": WEEK, "audit.events": WEEK}, []),
        ({"raw.a": WEEK}, {}, ["WARN retention: topic raw.a does not exist"]),
        (
            {"raw.a": WEEK},
            {"raw.a": "3600000"},
            ["WARN retention: raw.a keeps retention.ms=3600000, the topology says"],
        ),
        ({"audit.events": "3600000"}, {"audit.events": "3600000"}, ["WARN retention: audit.events keeps records 1 h"]),
        ({"audit.events": "-1"}, {"audit.events": "-1"}, []),
    ],
)
def test_retention(wanted, actual, expected):
    out = check_retention(wanted, actual, "audit.events")
    assert len(out) == len(expected)
    for line, prefix in zip(out, expected, strict=True):
        assert line.startswith(prefix), line


@pytest.mark.parametrize("age_days, warns", [(10, False), (364, False), (366, True)])
def test_key_age(tmp_path, age_days, warns):
    path = tmp_path / "evidence-signing.key"
    path.write_text("x")
    t = (NOW - dt.timedelta(days=age_days)).timestamp()
    os.utime(path, (t, t))
    out = check_key_ages({"evidence signing key": path}, NOW)
    assert bool(out) is warns
    if warns:
        assert out[0].startswith("WARN keys: evidence signing key is 366 days old")


def test_missing_key_file(tmp_path):
    assert check_key_ages({"keyring": tmp_path / "nope"}, NOW) == [
        f"WARN keys: keyring not found at {tmp_path / 'nope'}"
    ]
