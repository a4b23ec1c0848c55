import pytest

from pipeline.detect.recognizers.us_bank_routing import aba_ok
from tests.unit.detect.util import values

CASES = [
    ("routing number 021000021", ["021000021"]),
    ("ABA: 011000015, account 12345678", ["011000015"]),
    ("wire via RTN 121000358", ["121000358"]),
    # no match
    ("routing number 021000022 (checksum)", []),
    ("routing 991000021 (no such Federal Reserve prefix)", []),
    ("order 021000021 shipped", []),  # valid, but nothing says it is a routing number
]


@pytest.mark.parametrize("text,expected", CASES)
def test_routing(text, expected):
    assert values("US_BANK_ROUTING", text) == expected


@pytest.mark.parametrize(
    "number,ok",
    [("026009593", True), ("026009594", False), ("02600959", False), ("800000006", True), ("800000008", False)],
)
def test_aba_checksum(number, ok):
    assert aba_ok(number) is ok
