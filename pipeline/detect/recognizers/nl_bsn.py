"""Dutch citizen service number (BSN): the eleven test."""

from __future__ import annotations

from presidio_analyzer import Pattern
from stdnum.nl import bsn

from pipeline.detect.recognizers.base import Recognizer, digits


def bsn_ok(number: str) -> bool:
    """The eleven test (python-stdnum)."""
    return len(number) == 9 and number != "000000000" and bsn.is_valid(number)


class NlBsnRecognizer(Recognizer):
    ENTITY = "NL_BSN"
    NAME = "nl_bsn"
    # Recall first: a nine-digit number that passes the eleven test is a BSN
    # without the word "bsn" (one random number in eleven passes, so a bare
    # one scores just at the default threshold; a BSN word raises it).
    PATTERNS = (
        Pattern("bsn_grouped", r"(?<![\d.])\d{4}[. ]\d{2}[. ]\d{3}(?![\d.])", 0.6),
        Pattern("bsn_plain", r"(?<![\d-])\d{9}(?![\d-])", 0.5),
    )
    CONTEXT = ("bsn", "burgerservicenummer", "sofinummer", "sofi", "citizen service number")

    def validate_result(self, pattern_text: str) -> bool:
        return bsn_ok(digits(pattern_text))
