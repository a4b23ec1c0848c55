"""US Social Security numbers: area, group and serial rules (python-stdnum).

Recall first: a number written 3-2-4 that breaks the rules (an ITIN's 9xx
area, a typo) is still weak evidence, protected next to an SSN word.
"""

from __future__ import annotations

from collections.abc import Iterator

from presidio_analyzer import Pattern
from stdnum.us import ssn

from pipeline.detect.recognizers.base import Matches, Recognizer, digits

INVALID_SEPARATED = 0.4
# Numbers published as examples or used in advertising; never issued to anyone.
_NEVER_ISSUED = frozenset({"078051120", "219099999", "123456789", "457555462"})


class SocialSecurityRecognizer(Recognizer):
    ENTITY = "US_SSN"
    NAME = "us_ssn"
    PATTERNS = (
        Pattern("ssn_separated", r"(?<![\d-])\d{3}([- .])\d{2}\1\d{4}(?![\d-])", 0.85),
        # A bare nine-digit number is an SSN only when the text says so.
        Pattern("ssn_plain", r"(?<![\d-])\d{9}(?![\d-])", 0.2),
    )
    CONTEXT = ("ssn", "social security", "social sec", "social", "ss#", "ss #", "ssn#", "itin", "taxpayer")

    def find(self, text: str, index: int, matches: Matches = None) -> Iterator[tuple[int, int, float]]:
        yield from super().find(text, index, matches)
        if index == 0:
            for m in self.compiled[0].finditer(text):
                number = digits(m.group())
                if not self.validate_result(m.group()) and len(set(number)) > 1:
                    yield m.start(), m.end(), INVALID_SEPARATED

    def validate_result(self, pattern_text: str) -> bool:
        number = digits(pattern_text)
        return number not in _NEVER_ISSUED and bool(ssn.is_valid(number))
