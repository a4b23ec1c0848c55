"""US passport numbers: nine digits, or a letter and eight digits (next generation), near 'passport'."""

from __future__ import annotations

from presidio_analyzer import Pattern

from pipeline.detect.recognizers.base import Recognizer


class UsPassportNumberRecognizer(Recognizer):
    ENTITY = "US_PASSPORT"
    NAME = "us_passport"
    PATTERNS = (
        Pattern("passport_next_gen", r"\b[A-Z]\d{8}\b", 0.2),
        Pattern("passport_digits", r"(?<![\d-])\d{9}(?![\d-])", 0.2),
    )
    CONTEXT = ("passport", "passport number", "passport no", "passport#", "travel document")
