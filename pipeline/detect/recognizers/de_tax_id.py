"""German tax identification number (Steuer-ID, IdNr): ISO 7064 MOD 11,10."""

from __future__ import annotations

from collections import Counter

from presidio_analyzer import Pattern

from pipeline.detect.recognizers.base import Recognizer, digits


def steuer_id_ok(number: str) -> bool:
    if len(number) != 11 or number[0] == "0":
        return False
    # In the first ten digits exactly one digit repeats (twice or three times).
    counts = Counter(number[:10])
    repeated = [c for c in counts.values() if c > 1]
    if len(repeated) != 1 or repeated[0] > 3:
        return False
    product = 10
    for ch in number[:10]:
        total = (int(ch) + product) % 10 or 10
        product = (total * 2) % 11
    check = (11 - product) % 10
    return check == int(number[10])


class SteuerIdRecognizer(Recognizer):
    ENTITY = "DE_TAX_ID"
    NAME = "de_steuer_id"
    PATTERNS = (Pattern("steuer_id_grouped", r"(?<![\d-])[1-9]\d ?\d{3} ?\d{3} ?\d{3}(?![\d-])", 0.6),)
    CONTEXT = (
        "steuer",
        "steuer-id",
        "steuerid",
        "steuer-identifikationsnummer",
        "idnr",
        "tax id",
        "tin",
        "identifikationsnummer",
    )

    def validate_result(self, pattern_text: str) -> bool:
        return steuer_id_ok(digits(pattern_text))
