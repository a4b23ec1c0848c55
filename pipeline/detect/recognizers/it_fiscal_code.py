"""Italian codice fiscale: layout (with omocodia letters) and the check letter."""

from __future__ import annotations

import re

from presidio_analyzer import Pattern
from stdnum.it import codicefiscale

from pipeline.detect.recognizers.base import Recognizer


def fiscal_code_ok(code: str) -> bool:
    """Layout and check letter (python-stdnum)."""
    return len(code) == 16 and codicefiscale.is_valid(code.upper())


# A digit, or the letter that replaces it when two people would share a code.
_D = "[0-9LMNP-V]"


class CodiceFiscaleRecognizer(Recognizer):
    ENTITY = "IT_FISCAL_CODE"
    NAME = "it_codice_fiscale"
    PATTERNS = (
        Pattern(
            "codice_fiscale",
            rf"\b[A-Z]{{6}}{_D}{{2}}[ABCDEHLMPRST]{_D}{{2}}[A-Z]{_D}{{3}}[A-Z]\b",
            0.95,
        ),
    )
    FLAGS = re.IGNORECASE  # people type it in lower case too
    CONTEXT = ("codice fiscale", "cf", "fiscal code", "tessera sanitaria")

    def validate_result(self, pattern_text: str) -> bool:
        return fiscal_code_ok(pattern_text)
