"""The README's "With a Docker engine" and "In production" sections name only settings
that exist, commands that exist, and test files that exist."""

from __future__ import annotations

import re

from pipeline.cli import COMMANDS
from pipeline.settings import REPO_ROOT, Settings

README = (REPO_ROOT / "README.md").read_text()
SECTIONS = README[README.index("## With a Docker engine") : README.index("## Layout")]
FIELDS = {f"VEILSTREAM_{name.upper()}" for name in Settings.model_fields}


def test_every_setting_named_exists():
    named = set(re.findall(r"\bVEILSTREAM_[A-Z0-9_]+", SECTIONS))
    # the Kafka table omits the prefix
    table = SECTIONS[SECTIONS.index("| cluster |") : SECTIONS.index("`KAFKA_SSL_CHECK_HOSTNAME")]
    named |= {f"VEILSTREAM_{n}" for n in re.findall(r"`((?:KAFKA|AWS)_[A-Z0-9_]+)", table)}
    named |= {f"VEILSTREAM_{n}" for n in re.findall(r"`(KAFKA_SSL_CHECK_HOSTNAME)", SECTIONS)}
    assert named and named <= FIELDS, sorted(named - FIELDS)


def test_every_mechanism_and_protocol_named_is_accepted():
    table = SECTIONS[SECTIONS.index("| cluster |") : SECTIONS.index("`KAFKA_SSL_CHECK_HOSTNAME")]
    protocols = set(re.findall(r"KAFKA_SECURITY_PROTOCOL=(\w+)", table))
    mechanisms = set(re.findall(r"KAFKA_SASL_MECHANISM=([\w-]+)", table))
    assert protocols == {"SSL", "SASL_SSL"}
    assert mechanisms == {"PLAIN", "SCRAM-SHA-512", "OAUTHBEARER", "AWS_MSK_IAM"}
    Settings(kafka_security_protocol="SASL_SSL", kafka_sasl_mechanism="SCRAM-SHA-256", kafka_sasl_username="u")


def test_every_command_and_file_named_exists():
    for command in re.findall(r"(?<!-n )\bveilstream ([a-z][a-z-]*)", SECTIONS):  # not `kubectl -n veilstream`
        assert command in COMMANDS, command
    for path in re.findall(r"\]\(((?:tests|infra|pipeline)/[^)#]+)\)", SECTIONS):
        assert (REPO_ROOT / path).exists(), path
    assert (REPO_ROOT / ".ci" / "wheel-check").exists()
