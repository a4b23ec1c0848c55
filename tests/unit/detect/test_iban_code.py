import pytest

from pipeline.detect.recognizers.iban_code import iban_ok
from tests.unit.detect.util import values

CASES = [
    ("pay to DE89370400440532013000 please", ["DE89370400440532013000"]),
    ("IBAN DE89 3704 0044 0532 0130 00 BIC COBADEFFXXX", ["DE89 3704 0044 0532 0130 00"]),
    ("GB82 WEST 1234 5698 7654 32.", ["GB82 WEST 1234 5698 7654 32"]),
    ("FR1420041010050500013M02606", ["FR1420041010050500013M02606"]),
    ("NL91ABNA0417164300 and BE68539007547034", ["NL91ABNA0417164300", "BE68539007547034"]),
    ("IT60 X054 2811 1010 0000 0123 456", ["IT60 X054 2811 1010 0000 0123 456"]),
    # no match
    ("bad check digits DE89370400440532013001", []),
    ("too short for GB: GB82WEST1234569876543", []),
    ("runs on: DE893704004405320130001", []),
    ("unknown country XX89370400440532013000", []),
    ("lowercase de89370400440532013000", ["de89370400440532013000"]),
    ("dashed DE89-3704-0044-0532-0130-00", ["DE89-3704-0044-0532-0130-00"]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_iban(text, expected):
    assert values("IBAN_CODE", text) == expected


@pytest.mark.parametrize(
    "iban,ok",
    [
        ("ES9121000418450200051332", True),
        ("ES9121000418450200051333", False),
        ("NO9386011117947", True),
        ("NO938601111794", False),
    ],
)
def test_iban_checksum(iban, ok):
    assert iban_ok(iban) is ok
