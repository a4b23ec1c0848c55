"""Phone numbers, national and international, through `phonenumbers`.

The regex here is only a cheap trigger for the prefilter (a run of digits and
separators long enough to be a phone number); the library decides.
"""

from __future__ import annotations

from collections.abc import Iterator

import phonenumbers
from presidio_analyzer import Pattern

from pipeline.detect.recognizers.base import Recognizer

# Regions tried for numbers written without a country code, in order.
REGIONS = ("US", "GB", "DE", "FR")


class PhoneRecognizer(Recognizer):
    ENTITY = "PHONE_NUMBER"
    NAME = "phone"
    PATTERNS = (Pattern("phone_trigger", r"\d[\d\s().\-/]{5,}\d", 0.75),)
    CONTEXT = ("phone", "call", "tel", "mobile", "cell", "fax", "whatsapp", "telefon", "tél")

    def find(self, text: str, index: int) -> Iterator[tuple[int, int, float]]:
        score = self.PATTERNS[index].score
        seen: set[tuple[int, int]] = set()
        for region in REGIONS:
            matcher = phonenumbers.PhoneNumberMatcher(text, region, leniency=phonenumbers.Leniency.VALID)
            for match in matcher:
                span = (match.start, match.end)
                if any(s < span[1] and span[0] < e for s, e in seen):
                    continue
                seen.add(span)
                yield match.start, match.end, score
