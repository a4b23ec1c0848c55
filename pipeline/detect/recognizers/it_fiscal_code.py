"""Italian codice fiscale: layout (with omocodia letters) and the check letter."""

from __future__ import annotations

from presidio_analyzer import Pattern

from pipeline.detect.recognizers.base import Recognizer

# Values of characters in odd positions (1st, 3rd, ...), from the decree.
_ODD = dict(
    zip(
        "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ",
        [
            1,
            0,
            5,
            7,
            9,
            13,
            15,
            17,
            19,
            21,
            1,
            0,
            5,
            7,
            9,
            13,
            15,
            17,
            19,
            21,
            2,
            4,
            18,
            20,
            11,
            3,
            6,
            8,
            12,
            14,
            16,
            10,
            22,
            25,
            24,
            23,
        ],
        strict=True,
    )
)
_EVEN = {c: (int(c) if c.isdigit() else ord(c) - 65) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"}


def fiscal_code_ok(code: str) -> bool:
    code = code.upper()
    if len(code) != 16:
        return False
    total = sum(_ODD[c] if i % 2 == 0 else _EVEN[c] for i, c in enumerate(code[:15]))
    return chr(65 + total % 26) == code[15]


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
    CONTEXT = ("codice fiscale", "cf", "fiscal code", "tessera sanitaria")

    def validate_result(self, pattern_text: str) -> bool:
        return fiscal_code_ok(pattern_text)
