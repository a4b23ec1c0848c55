"""German tax identification number (Steuer-ID, IdNr): structure and check digit from python-stdnum."""

from __future__ import annotations

from presidio_analyzer import Pattern
from stdnum.de import idnr

from pipeline.detect.recognizers.base import Recognizer, digits


def steuer_id_ok(number: str) -> bool:
    """Structure and ISO 7064 MOD 11,10 check digit (python-stdnum)."""
    return idnr.is_valid(number)


class SteuerIdRecognizer(Recognizer):
    ENTITY = "DE_TAX_ID"
    NAME = "de_steuer_id"
    PATTERNS = (Pattern("steuer_id_grouped", r"(?<![\d-])[1-9]\d[ /.]?\d{3}[ /.]?\d{3}[ /.]?\d{3}(?![\d-])", 0.6),)
    CONTEXT = (
        "steuer",
        "steuer-id",
        "steuerid",
        "steuer-identifikationsnummer",
        "idnr",
        "tax id",
        "tin",
        "identifikationsnummer",
        "steuernummer",
        "tax identification",
    )

    def validate_result(self, pattern_text: str) -> bool:
        return steuer_id_ok(digits(pattern_text))
