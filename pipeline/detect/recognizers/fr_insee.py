"""French social security number (NIR / INSEE): layout and the 97-complement key."""

from __future__ import annotations

from presidio_analyzer import Pattern
from stdnum.fr import nir

from pipeline.detect.recognizers.base import Recognizer


def insee_ok(value: str) -> bool:
    """Layout and the 97-complement key (python-stdnum; Corsica's 2A/2B included)."""
    compact = value.replace(" ", "").replace(".", "").replace("-", "").upper()
    return len(compact) == 15 and nir.is_valid(compact)


class FrInseeRecognizer(Recognizer):
    ENTITY = "FR_INSEE"
    NAME = "fr_insee"
    # Sex, year, month (20-42 and 50-99 for unknown months), department, commune, order, key.
    PATTERNS = (
        Pattern(
            "nir",
            r"(?<![\d-])[1278][ .]?\d{2}[ .]?(?:0[1-9]|1[0-2]|[2-4]\d|[5-9]\d)[ .]?(?:\d{2}|2[AB])[ .]?\d{3}[ .]?\d{3}[ .]?\d{2}(?![\d-])",
            0.9,
        ),
    )
    CONTEXT = ("sécurité sociale", "securite sociale", "insee", "nir", "numéro de sécu", "social security")

    def validate_result(self, pattern_text: str) -> bool:
        return insee_ok(pattern_text)
