"""US driver's licence numbers: the state formats are too many and too loose
to stand alone, so every match needs a licence word nearby."""

from __future__ import annotations

from presidio_analyzer import Pattern

from pipeline.detect.recognizers.base import Recognizer


class UsDriverLicenseRecognizer(Recognizer):
    ENTITY = "US_DRIVER_LICENSE"
    NAME = "us_driver_license"
    PATTERNS = (
        Pattern("dl_letter_digits", r"\b[A-Z]{1,2}\d{5,13}\b", 0.2),
        Pattern("dl_digits", r"(?<![\d-])\d{7,9}(?![\d-])", 0.15),
        Pattern("dl_grouped", r"\b[A-Z]\d{3}-\d{4}-\d{4}\b|\b[A-Z]\d{3}-\d{3}-\d{2}-\d{3}-\d\b", 0.3),
    )
    CONTEXT = (
        "driver's license",
        "drivers license",
        "driver license",
        "driver's licence",
        "driving licence",
        "dl",
        "dl#",
        "dln",
        "license number",
        "licence number",
    )
