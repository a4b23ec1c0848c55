import pytest

from tests.unit.detect.util import values

CASES = [
    ("SSN 536-22-8726", ["536-22-8726"]),
    ("ssn: 536 22 8726", ["536 22 8726"]),
    ("her social security number is 536228726", ["536228726"]),
    ("My social is 493982146.", ["493982146"]),
    ("My social is 3094\u00ad58280.", ["3094\u00ad58280"]),  # a soft hyphen inside
    # no match
    ("area 000: 000-22-8726", []),
    ("area 666: 666-22-8726", []),
    (
        "area 9xx (ITIN range): 912-22-8726",
        ["912-22-8726"],
    ),  # not an SSN, but an ITIN: personal (weak, the word raises it)
    ("area 9xx: 912-22-8726", []),  # weak without a word
    ("group 00: 536-00-8726", []),
    ("serial 0000: 536-22-0000", []),
    ("advertised, never issued: 078-05-1120 and 123-45-6789", []),
    ("mixed separators 536-22 8726", []),
    ("bare nine digits without context 536228726", []),
    ("part of a phone number 1-536-22-8726-9", []),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_us_ssn(text, expected):
    assert values("US_SSN", text) == expected
