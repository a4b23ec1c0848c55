"""The four built-in policies: they load, the detector can honour them, secrets block."""

from pathlib import Path

import pytest

from pipeline.detect.recognizers import KNOWN_ENTITIES, NER_LABELS
from pipeline.policy.model import Action, load_policy

POLICIES = Path(__file__).parents[2] / "topologies" / "policies"
BUILT_IN = ["default", "gdpr_eu", "hipaa_us", "pci_dss"]


@pytest.mark.parametrize("name", BUILT_IN)
def test_loads_and_every_entity_is_detectable(name):
    policy = load_policy(POLICIES / f"{name}.yaml")
    assert policy.id == name
    assert set(policy.entities) <= KNOWN_ENTITIES


@pytest.mark.parametrize("name", BUILT_IN)
def test_secrets_are_always_quarantined(name):
    rule = load_policy(POLICIES / f"{name}.yaml").rule("SECRET")
    assert rule is not None and (rule.ai, rule.store) == (Action.BLOCK, Action.BLOCK)


@pytest.mark.parametrize("name", BUILT_IN)
def test_injection_thresholds_ordered(name):
    injection = load_policy(POLICIES / f"{name}.yaml").injection
    assert 0 < injection.flag_at <= injection.block_at <= 1


def test_default_keeps_its_entity_names():
    entities = set(load_policy(POLICIES / "default.yaml").entities)
    assert {
        "PERSON",
        "EMAIL_ADDRESS",
        "PHONE_NUMBER",
        "CREDIT_CARD",
        "US_SSN",
        "IBAN_CODE",
        "LOCATION",
        "STREET_ADDRESS",
        "IP_ADDRESS",
        "SECRET",
    } <= entities


@pytest.mark.parametrize(
    "name,required",
    [
        ("gdpr_eu", {"UK_NINO", "DE_TAX_ID", "ES_NIF", "IT_FISCAL_CODE", "FR_INSEE", "NL_BSN", "IBAN_CODE", "PERSON"}),
        ("hipaa_us", {"MEDICAL_RECORD_NUMBER", "HEALTH_PLAN_NUMBER", "DATE_OF_BIRTH", "US_SSN", "PERSON"}),
        ("pci_dss", {"CREDIT_CARD", "US_BANK_ROUTING", "IBAN_CODE"}),
    ],
)
def test_regime_entities(name, required):
    assert required <= set(load_policy(POLICIES / f"{name}.yaml").entities)


def test_pci_dss_is_pattern_only():
    """The fast path: no NER entity, so the detector never loads spaCy."""
    assert not set(load_policy(POLICIES / "pci_dss.yaml").entities) & set(NER_LABELS)


def test_versions_differ_and_are_stable():
    versions = [load_policy(POLICIES / f"{n}.yaml").version for n in BUILT_IN]
    assert len(set(versions)) == 4
    assert versions == [load_policy(POLICIES / f"{n}.yaml").version for n in BUILT_IN]
