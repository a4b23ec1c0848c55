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
        # Spelled out against scrapers: "ana [at] gmail [dot] com", "j (dot) doe (at) x (dot) org".
        Pattern(
            "email_spelled_out",
            r"(?i)(?<![\w.+-])[a-z0-9][a-z0-9._+-]{0,63}(?:\s?[\[(]dot[\])]\s?[a-z0-9_+-]{1,63}){0,4}"
            r"\s?[\[(]at[\])]\s?[a-z0-9-]{1,63}(?:\s?(?:[\[(]dot[\])]|\.)\s?[a-z0-9-]{1,63}){1,4}\b",
            0.85,
        ),
    )
    CONTEXT = ("email", "e-mail", "mail", "contact")

    def validate_result(self, pattern_text: str) -> bool:
        if "@" not in pattern_text:
            return True  # spelled out: its [at] and [dot] are the evidence
        local = pattern_text.split("@", 1)[0]
        return ".." not in pattern_text and not local.endswith(".")
