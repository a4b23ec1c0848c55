"""Dutch citizen service number (BSN): the eleven test."""

from __future__ import annotations

from presidio_analyzer import Pattern

from pipeline.detect.recognizers.base import Recognizer, digits


def bsn_ok(number: str) -> bool:
    if len(number) != 9 or number == "000000000":
        return False
    weights = (9, 8, 7, 6, 5, 4, 3, 2, -1)
    return sum(w * int(c) for w, c in zip(weights, number, strict=True)) % 11 == 0


class NlBsnRecognizer(Recognizer):
    ENTITY = "NL_BSN"
    NAME = "nl_bsn"
    # One nine-digit number in eleven passes the test: bare numbers need context.
    PATTERNS = (
        Pattern("bsn_dotted", r"(?<![\d.])\d{4}\.\d{2}\.\d{3}(?![\d.])", 0.6),
        Pattern("bsn_plain", r"(?<![\d-])\d{9}(?![\d-])", 0.3),
    )
    CONTEXT = ("bsn", "burgerservicenummer", "sofinummer", "sofi", "citizen service number")

    def validate_result(self, pattern_text: str) -> bool:
        return bsn_ok(digits(pattern_text))
