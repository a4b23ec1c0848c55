"""Phone numbers, national and international, validated by `phonenumbers`.

A regex finds runs of digits and separators that could be a number; the
library decides whether a run (or a run of its space-separated parts) is a
valid number. This is what `PhoneNumberMatcher` does, without its
per-region passes over the whole text, which cost ten times more.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import phonenumbers
from presidio_analyzer import Pattern

from pipeline.detect.recognizers.base import Recognizer

# Regions tried for numbers written without a country code, in order. The
# others are European regions whose national numbers start with a trunk 0,
# so they are only tried for such numbers (not for every SSN or date).
DEFAULT_REGION = "US"
OTHER_REGIONS = ("GB", "DE", "FR", "NL", "IT")
# A national number of another region is weaker evidence (a French number is
# any ten digits starting with 0): it needs a context word to pass 0.5.
OTHER_REGION_SCORE = 0.4
# The library reads 121.247.228.33 as a US number; a dotted quad is an IP.
_DOTTED_QUAD = re.compile(r"\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}")
_PART = re.compile(r"\S+")


def _parse(candidate: str, region: str) -> bool:
    try:
        number = phonenumbers.parse(candidate, region)
    except phonenumbers.NumberParseException:
        return False
    return phonenumbers.is_valid_number(number)


class PhoneNumberRecognizer(Recognizer):
    ENTITY = "PHONE_NUMBER"
    NAME = "phone"
    # Not inside identifiers such as INV-2024-000123.
    PATTERNS = (
        Pattern(
            "phone_candidate",
            r"(?<![\w+])(?<!\w-)\+?(?:\(\d{1,5}\)|\d)(?:[ .\-/]?(?:\(\d{1,5}\)|\d)){5,19}(?:\s?(?:x|ext\.?)\s?\d{1,5})?(?!\w|-\w)",
            0.75,
        ),
    )
    CONTEXT = (
        "phone",
        "call",
        "tel",
        "mobile",
        "cell",
        "fax",
        "whatsapp",
        "telefon",
        "tél",
        "téléphone",
        "telefoon",
        "teléfono",
        "telefono",
        "reach me",
        "text me",
    )

    def find(self, text: str, index: int) -> Iterator[tuple[int, int, float]]:
        score = self.PATTERNS[index].score
        for match in self.compiled[index].finditer(text):
            # Try the whole run, then shorter runs of its space-separated parts
            # (a number may sit next to another number).
            parts = [(m.start() + match.start(), m.end() + match.start()) for m in _PART.finditer(match.group())]
            i = 0
            while i < len(parts):
                for j in range(len(parts) - 1, i - 1, -1):
                    start, end = parts[i][0], parts[j][1]
                    found = self._score(text[start:end], score)
                    if found is not None:
                        yield start, end, found
                        i = j
                        break
                i += 1

    @staticmethod
    def _score(candidate: str, score: float) -> float | None:
        digits = sum(c.isdigit() for c in candidate)
        if not 7 <= digits <= 15 or _DOTTED_QUAD.fullmatch(candidate):
            return None
        if _parse(candidate, DEFAULT_REGION):
            return score
        if candidate.startswith("+"):  # the country code was given, and it did not parse
            return None
        national = candidate.lstrip("(")
        if national.startswith("0") and any(_parse(candidate, region) for region in OTHER_REGIONS):
            return OTHER_REGION_SCORE
        return None
