"""Payment card numbers (PAN): issuer prefix and length, then Luhn."""

from __future__ import annotations

from presidio_analyzer import Pattern

from pipeline.detect.recognizers.base import Recognizer, digits

# (prefix range low, high, allowed lengths): the issuer identification ranges
# in use (Visa, Mastercard incl. 2-series, Amex, Discover, JCB, Diners,
# UnionPay, Maestro).
_ISSUERS: tuple[tuple[int, int, frozenset[int]], ...] = (
    (4, 4, frozenset({13, 16, 19})),  # Visa
    (51, 55, frozenset({16})),  # Mastercard
    (2221, 2720, frozenset({16})),  # Mastercard 2-series
    (34, 34, frozenset({15})),  # Amex
    (37, 37, frozenset({15})),
    (6011, 6011, frozenset({16, 19})),  # Discover
    (644, 649, frozenset({16, 19})),
    (65, 65, frozenset({16, 19})),
    (3528, 3589, frozenset({16, 17, 18, 19})),  # JCB
    (2131, 2131, frozenset({15})),  # JCB (legacy 15-digit)
    (1800, 1800, frozenset({15})),
    (300, 305, frozenset({14, 16, 19})),  # Diners Club
    (36, 36, frozenset({14, 16, 19})),
    (38, 39, frozenset({14, 16, 19})),
    (62, 62, frozenset({16, 17, 18, 19})),  # UnionPay
    (5018, 5018, frozenset(range(12, 20))),  # Maestro
    (5020, 5020, frozenset(range(12, 20))),
    (5038, 5038, frozenset(range(12, 20))),
    (5893, 5893, frozenset(range(12, 20))),
    (56, 58, frozenset(range(12, 20))),
    (6390, 6390, frozenset(range(12, 20))),
    (6304, 6304, frozenset(range(12, 20))),
    (6759, 6759, frozenset(range(12, 20))),
    (6761, 6763, frozenset(range(12, 20))),
)


def luhn_ok(number: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = ord(ch) - 48
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def issuer_ok(number: str) -> bool:
    for low, high, lengths in _ISSUERS:
        width = len(str(low))
        if low <= int(number[:width]) <= high and len(number) in lengths:
            return True
    return False


class PaymentCardRecognizer(Recognizer):
    ENTITY = "CREDIT_CARD"
    NAME = "credit_card"
    PATTERNS = (
        # 4-4-4-4 (and 4-6-5 / 4-6-4 for Amex and Diners) with one separator
        # kind, or 12-19 digits in a row.
        Pattern(
            "card_grouped",
            r"(?<![\d-])(?:\d{4}([ -])\d{4}\1\d{4}\1\d{4}|\d{4}([ -])\d{6}\2\d{4,5})(?![\d-])",
            1.0,
        ),
        Pattern("card_plain", r"(?<![\d-])\d{12,19}(?![\d-])", 1.0),
    )
    CONTEXT = ("card", "credit", "visa", "mastercard", "amex", "pan", "cc")

    def validate_result(self, pattern_text: str) -> bool:
        number = digits(pattern_text)
        return issuer_ok(number) and luhn_ok(number)
