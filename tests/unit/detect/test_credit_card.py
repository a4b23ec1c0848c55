import pytest

from pipeline.detect.recognizers.credit_card import issuer_ok, luhn_ok
from tests.unit.detect.util import values

CASES = [
    # text, expected values
    ("visa 4242424242424242 thanks", ["4242424242424242"]),
    ("mc 5555 5555 5555 4444.", ["5555 5555 5555 4444"]),
    ("mc 2-series 2223-0031-2200-3222", ["2223-0031-2200-3222"]),
    ("amex 3782 822463 10005", ["3782 822463 10005"]),
    ("amex 378282246310005", ["378282246310005"]),
    ("discover 6011111111111117", ["6011111111111117"]),
    ("diners 3056930009020004 / 36227206271667", ["3056930009020004", "36227206271667"]),
    ("jcb 3566002020360505", ["3566002020360505"]),
    ("unionpay 6200000000000005", ["6200000000000005"]),
    ("card 4111 1111 1111 1111 exp 12/27", ["4111 1111 1111 1111"]),
    # no match
    ("luhn fails 4242424242424241", []),
    ("no issuer starts with 1: 1234567812345670", []),
    ("visa prefix, odd length 42424242424242", ["42424242424242"]),  # recall first: Luhn and a network digit
    ("mixed separators 4242 4242-4242 4242", ["4242 4242-4242 4242"]),
    ("dots 4242.4242.4242.4242", ["4242.4242.4242.4242"]),
    ("amex in fours 3782 8224 6310 005", ["3782 8224 6310 005"]),
    ("jcb 3530 1113 3330 0000", ["3530 1113 3330 0000"]),
    ("grouped but not Luhn 4242 4242 4242 4243", []),
    ("tracking 7946 3215 8876 1", []),
    ("part of a longer number 42424242424242421234", []),
    ("order number 2024-1107-5531", []),
    # a line break or a tab ends the number: the next line or cell starting with digits does not
    ("pan=4283262505412136\n2026-11-28T20:59:18Z WARN", ["4283262505412136"]),
    ("1003\t4382117266323353\t06.03.2010", ["4382117266323353"]),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_credit_card(text, expected):
    assert values("CREDIT_CARD", text) == expected


@pytest.mark.parametrize(
    "number,ok",
    [
        ("79927398713", True),
        ("79927398710", False),
        ("0", True),
        ("4242424242424242", True),
        ("4242424242424243", False),
    ],
)
def test_luhn(number, ok):
    assert luhn_ok(number) is ok


@pytest.mark.parametrize(
    "number,ok",
    [
        ("4242424242424242", True),
        ("378282246310005", True),
        ("3528000000000007", True),
        ("3527000000000000", False),
        ("5600000000000000", True),
        ("1234567812345670", False),
        ("37828224631000", False),
    ],
)
def test_issuer_ranges(number, ok):
    assert issuer_ok(number) is ok
