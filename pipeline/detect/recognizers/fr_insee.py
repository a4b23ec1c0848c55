"""French social security number (NIR / INSEE): layout and the 97-complement key."""

from __future__ import annotations

from presidio_analyzer import Pattern

from pipeline.detect.recognizers.base import Recognizer


def insee_ok(value: str) -> bool:
    compact = value.replace(" ", "").upper()
    if len(compact) != 15:
        return False
    body, key = compact[:13], compact[13:]
    # Corsica: departments 2A and 2B count as 19 and 18.
    body = (
        body.replace("2A", "19", 1) if body[5:7] == "2A" else body.replace("2B", "18", 1) if body[5:7] == "2B" else body
    )
    if not (body.isdigit() and key.isdigit()):
        return False
    return 97 - int(body) % 97 == int(key)


class FrInseeRecognizer(Recognizer):
    ENTITY = "FR_INSEE"
    NAME = "fr_insee"
    # Sex, year, month (20-42 and 50-99 for unknown months), department, commune, order, key.
    PATTERNS = (
        Pattern(
            "nir",
            r"(?<![\d-])[1278] ?\d{2} ?(?:0[1-9]|1[0-2]|[2-4]\d|[5-9]\d) ?(?:\d{2}|2[AB]) ?\d{3} ?\d{3} ?\d{2}(?![\d-])",
            0.9,
        ),
    )
    CONTEXT = ("sécurité sociale", "securite sociale", "insee", "nir", "numéro de sécu", "social security")

    def validate_result(self, pattern_text: str) -> bool:
        return insee_ok(pattern_text)
