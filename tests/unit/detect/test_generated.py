"""Checksum-valid values from Faker, in running text: none may be missed."""

import pytest
from faker import Faker

from tests.unit.detect.util import detector_for

N = 150


def _faker(locale: str) -> Faker:
    fake = Faker(locale)
    fake.seed_instance(7)
    return fake


CARD_TYPES = ["visa16", "visa13", "visa19", "mastercard", "amex", "discover", "diners", "maestro"]


@pytest.mark.parametrize(
    "entity,make",
    [
        ("CREDIT_CARD", lambda f, i: f.credit_card_number(CARD_TYPES[i % len(CARD_TYPES)])),
        ("US_SSN", lambda f, i: f.ssn()),
        ("IBAN_CODE", lambda f, i: _faker(["de_DE", "fr_FR", "nl_NL", "es_ES", "it_IT", "en_GB"][i % 6]).iban()),
        ("ES_NIF", lambda f, i: _faker("es_ES").nif() if i % 2 else _faker("es_ES").nie()),
        ("IT_FISCAL_CODE", lambda f, i: _faker("it_IT").ssn()),
        ("FR_INSEE", lambda f, i: _faker("fr_FR").ssn()),
    ],
)
def test_valid_values_are_found(entity, make):
    fake = _faker("en_US")
    values = {make(fake, i) for i in range(N)}
    # Faker's Maestro list includes 0604, which no card network issues.
    values = {v for v in values if not v.startswith("0604")}
    texts = [f"Customer wrote: my number is {v}, please check." for v in values]
    detections = detector_for(entity).detect_batch(texts)
    missed = [
        v for v, d in zip(values, detections, strict=True) if not any(f.entity_type == entity for f in d.findings)
    ]
    assert missed == []


def test_bsn_with_context_and_routing_with_context():
    nl, us = _faker("nl_NL"), _faker("en_US")
    bsns = [nl.ssn() for _ in range(N)]
    routings = [us.aba() for _ in range(N)]
    assert all(detector_for("NL_BSN").detect(f"BSN {b}").findings for b in bsns)
    assert all(detector_for("US_BANK_ROUTING").detect(f"routing number {r}").findings for r in routings)
