"""Spanish DNI and NIE: eight digits (NIE: X, Y or Z and seven) and a control letter (mod 23)."""

from __future__ import annotations

from presidio_analyzer import Pattern

from pipeline.detect.recognizers.base import Recognizer

_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def nif_ok(value: str) -> bool:
    value = value.replace("-", "").replace(" ", "").upper()
    body, letter = value[:-1], value[-1]
    if body[0] in "XYZ":
        body = str("XYZ".index(body[0])) + body[1:]
    return len(body) == 8 and body.isdigit() and _LETTERS[int(body) % 23] == letter


class DniNieRecognizer(Recognizer):
    ENTITY = "ES_NIF"
    NAME = "es_nif"
    PATTERNS = (Pattern("dni_nie", r"\b(?:\d{8}|[XYZ]\d{7})[ -]?[A-Z]\b", 0.9),)
    CONTEXT = ("dni", "nie", "nif", "documento", "identidad")

    def validate_result(self, pattern_text: str) -> bool:
        return nif_ok(pattern_text)
