"""Entities that need a context word: dates of birth, passports, licences, health ids."""

import pytest

from tests.unit.detect.util import values

CASES = [
    ("DATE_OF_BIRTH", "DOB: 03/14/1985", ["03/14/1985"]),
    ("DATE_OF_BIRTH", "born on March 14, 1985 in Ohio", ["March 14, 1985"]),
    ("DATE_OF_BIRTH", "Geburtsdatum 14.03.1985", ["14.03.1985"]),
    ("DATE_OF_BIRTH", "date of birth 1985-03-14", ["1985-03-14"]),
    ("DATE_OF_BIRTH", "date of birth 14 March 1985", ["14 March 1985"]),
    ("DATE_OF_BIRTH", "meeting on 03/14/2024", []),  # a date, not a birth date
    ("DATE_OF_BIRTH", "DOB: 02/30/1985", []),  # no such day
    ("DATE_OF_BIRTH", "born 13/13/1985", []),
    ("US_PASSPORT", "passport number 912803456", ["912803456"]),
    ("US_PASSPORT", "Passport: C03005988", ["C03005988"]),
    ("US_PASSPORT", "tracking 912803456", []),
    ("US_DRIVER_LICENSE", "driver's license D1234567", ["D1234567"]),
    ("US_DRIVER_LICENSE", "DL# 123456789", ["123456789"]),
    ("US_DRIVER_LICENSE", "invoice D1234567", []),
    ("MEDICAL_RECORD_NUMBER", "MRN: 00482913", ["00482913"]),
    ("MEDICAL_RECORD_NUMBER", "medical record number MR-5567321", ["MR-5567321"]),
    ("MEDICAL_RECORD_NUMBER", "room 4829 on floor 3", []),
    ("MEDICAL_RECORD_NUMBER", "ticket 00482913", []),
    ("HEALTH_PLAN_NUMBER", "Medicare MBI 1EG4-TE5-MK73", ["1EG4-TE5-MK73"]),
    ("HEALTH_PLAN_NUMBER", "member ID: XYZ123456789", ["XYZ123456789"]),
    ("HEALTH_PLAN_NUMBER", "MBI with a banned letter 1SG4-TE5-MK73", []),
    ("HEALTH_PLAN_NUMBER", "sku ABC123456789", []),
]


@pytest.mark.parametrize("entity,text,expected", CASES)
def test_context_entities(entity, text, expected):
    assert values(entity, text) == expected
