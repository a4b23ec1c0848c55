"""ABA routing transit numbers: Federal Reserve prefix and the 3-7-1 checksum."""

from __future__ import annotations

from presidio_analyzer import Pattern

from pipeline.detect.recognizers.base import Recognizer, digits


def aba_ok(number: str) -> bool:
    if len(number) != 9:
        return False
    prefix = int(number[:2])
    # 00 (government), 01-12 (banks), 21-32 (thrifts), 61-72 (electronic), 80 (traveller's cheques)
    if not (prefix <= 12 or 21 <= prefix <= 32 or 61 <= prefix <= 72 or prefix == 80):
        return False
    d = [int(c) for c in number]
    return (3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5] + d[8]) % 10 == 0


class UsBankRoutingRecognizer(Recognizer):
    ENTITY = "US_BANK_ROUTING"
    NAME = "aba_routing"
    # One random nine-digit number in about thirty passes the checksum, so
    # a bare match needs a context word.
    PATTERNS = (Pattern("aba", r"(?<![\d-])\d{9}(?![\d-])", 0.3),)
    CONTEXT = ("routing", "aba", "rtn", "transit", "wire", "ach")

    def validate_result(self, pattern_text: str) -> bool:
        return aba_ok(digits(pattern_text))
