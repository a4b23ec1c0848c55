"""Spanish DNI and NIE: eight digits (NIE: X, Y or Z and seven) and a control letter, checked by python-stdnum."""

from __future__ import annotations

import re

from presidio_analyzer import Pattern
from stdnum.es import dni, nie

from pipeline.detect.recognizers.base import Recognizer


def nif_ok(value: str) -> bool:
    """DNI or NIE control letter (python-stdnum)."""
    value = value.replace("-", "").replace(" ", "").upper()
    return dni.is_valid(value) or nie.is_valid(value)


class DniNieRecognizer(Recognizer):
    ENTITY = "ES_NIF"
    NAME = "es_nif"
    PATTERNS = (Pattern("dni_nie", r"\b(?:\d{8}|[XYZ][ -]?\d{7})[ -]?[A-Z]\b", 0.9),)
    FLAGS = re.IGNORECASE
    CONTEXT = ("dni", "nie", "nif", "documento", "identidad")

    def validate_result(self, pattern_text: str) -> bool:
        return nif_ok(pattern_text)
