"""Phone numbers, national and international, through `phonenumbers`.

The regex here is only a cheap trigger for the prefilter (a run of digits and
separators long enough to be a phone number); the library decides.
"""

from __future__ import annotations

from collections.abc import Iterator

import phonenumbers
from presidio_analyzer import Pattern

from pipeline.detect.recognizers.base import Recognizer

# Regions tried for numbers written without a country code, in order. The
# first also finds every number written with +country code.
REGIONS = ("US", "GB", "DE", "FR")
# A national number of another region is weaker evidence (a French number is
# any ten digits starting with 0): it needs a context word to pass 0.5.
OTHER_REGION_SCORE = 0.4


class PhoneRecognizer(Recognizer):
    ENTITY = "PHONE_NUMBER"
    NAME = "phone"
    PATTERNS = (Pattern("phone_trigger", r"\d[\d\s().\-/]{5,}\d", 0.75),)
    CONTEXT = ("phone", "call", "tel", "mobile", "cell", "fax", "whatsapp", "telefon", "tél", "téléphone", "telefoon", "teléfono", "telefono", "reach me")

    def find(self, text: str, index: int) -> Iterator[tuple[int, int, float]]:
        score = self.PATTERNS[index].score
        seen: set[tuple[int, int]] = set()
        for region in REGIONS:
            region_score = score if region == REGIONS[0] else OTHER_REGION_SCORE
            matcher = phonenumbers.PhoneNumberMatcher(text, region, leniency=phonenumbers.Leniency.VALID)
            for match in matcher:
                span = (match.start, match.end)
                if any(s < span[1] and span[0] < e for s, e in seen):
                    continue
                seen.add(span)
                yield match.start, match.end, score if match.raw_string.startswith("+") else region_score
