"""Email addresses."""

from __future__ import annotations

from presidio_analyzer import Pattern

from pipeline.detect.recognizers.base import Recognizer


class EmailAddressRecognizer(Recognizer):
    ENTITY = "EMAIL_ADDRESS"
    NAME = "email"
    PATTERNS = (
        Pattern(
            "email",
            r"(?<![\w.%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}\.)+[A-Za-z]{2,24}\b",
            0.9,
        ),
    )
    CONTEXT = ("email", "e-mail", "mail", "contact")

    def validate_result(self, pattern_text: str) -> bool:
        local = pattern_text.split("@", 1)[0]
        return ".." not in pattern_text and not local.endswith(".")
