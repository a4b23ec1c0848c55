"""UK National Insurance numbers: the prefix and suffix rules (NINOs carry no check digit)."""

from __future__ import annotations

import re

from presidio_analyzer import Pattern

from pipeline.detect.recognizers.base import Recognizer

# Prefixes never allocated (HMRC), on top of the letter rules in the regex.
_BAD_PREFIXES = frozenset({"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"})


class NationalInsuranceRecognizer(Recognizer):
    ENTITY = "UK_NINO"
    NAME = "uk_nino"
    # First letter not D F I Q U V; second not D F I O Q U V; suffix A-D.
    PATTERNS = (
        Pattern(
            "nino",
            r"\b[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][ -]?\d{2}[ -]?\d{2}[ -]?\d{2}[ -]?[A-D]\b",
            0.85,
        ),
    )
    FLAGS = re.IGNORECASE
    CONTEXT = ("national insurance", "nino", "ni number", "ni no")

    def validate_result(self, pattern_text: str) -> bool:
        return pattern_text[:2].upper() not in _BAD_PREFIXES
