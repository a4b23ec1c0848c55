"""US Social Security numbers: area, group and serial rules."""

from __future__ import annotations

from presidio_analyzer import Pattern

from pipeline.detect.recognizers.base import Recognizer, digits

# Numbers published as examples or used in advertising; never issued to anyone.
_NEVER_ISSUED = frozenset({"078051120", "219099999", "123456789", "457555462"})


class SocialSecurityRecognizer(Recognizer):
    ENTITY = "US_SSN"
    NAME = "us_ssn"
    PATTERNS = (
        Pattern("ssn_separated", r"(?<![\d-])\d{3}([- ])\d{2}\1\d{4}(?![\d-])", 0.85),
        # A bare nine-digit number is an SSN only when the text says so.
        Pattern("ssn_plain", r"(?<![\d-])\d{9}(?![\d-])", 0.2),
    )
    CONTEXT = ("ssn", "social security", "social sec", "ss#", "ss #", "ssn#")

    def validate_result(self, pattern_text: str) -> bool:
        number = digits(pattern_text)
        area, group, serial = number[:3], number[3:5], number[5:]
        if area in ("000", "666") or area >= "900" or group == "00" or serial == "0000":
            return False
        return number not in _NEVER_ISSUED and len(set(number)) > 1
