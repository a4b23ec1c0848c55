"""IBANs: per-country length, then the ISO 7064 mod-97 check."""

from __future__ import annotations

import re
from collections.abc import Iterator

from presidio_analyzer import Pattern

from pipeline.detect.recognizers.base import Matches, Recognizer

# Country -> IBAN length (SWIFT IBAN registry).
IBAN_LENGTHS: dict[str, int] = {
    "AD": 24,
    "AE": 23,
    "AL": 28,
    "AT": 20,
    "AZ": 28,
    "BA": 20,
    "BE": 16,
    "BG": 22,
    "BH": 22,
    "BR": 29,
    "BY": 28,
    "CH": 21,
    "CR": 22,
    "CY": 28,
    "CZ": 24,
    "DE": 22,
    "DK": 18,
    "DO": 28,
    "EE": 20,
    "EG": 29,
    "ES": 24,
    "FI": 18,
    "FO": 18,
    "FR": 27,
    "GB": 22,
    "GE": 22,
    "GI": 23,
    "GL": 18,
    "GR": 27,
    "GT": 28,
    "HR": 21,
    "HU": 28,
    "IE": 22,
    "IL": 23,
    "IQ": 23,
    "IS": 26,
    "IT": 27,
    "JO": 30,
    "KW": 30,
    "KZ": 20,
    "LB": 28,
    "LC": 32,
    "LI": 21,
    "LT": 20,
    "LU": 20,
    "LV": 21,
    "MC": 27,
    "MD": 24,
    "ME": 22,
    "MK": 19,
    "MR": 27,
    "MT": 31,
    "MU": 30,
    "NL": 18,
    "NO": 15,
    "PK": 24,
    "PL": 28,
    "PS": 29,
    "PT": 25,
    "QA": 29,
    "RO": 24,
    "RS": 22,
    "SA": 24,
    "SC": 31,
    "SE": 24,
    "SI": 19,
    "SK": 24,
    "SM": 27,
    "ST": 25,
    "SV": 28,
    "TL": 23,
    "TN": 24,
    "TR": 26,
    "UA": 29,
    "VA": 22,
    "VG": 24,
    "XK": 20,
}

_CHAR = re.compile(r"[A-Za-z0-9]")


def iban_ok(compact: str) -> bool:
    """`compact` is an IBAN without spaces."""
    if IBAN_LENGTHS.get(compact[:2]) != len(compact) or not compact[2:4].isdigit():
        return False
    rearranged = compact[4:] + compact[:4]
    return int("".join(str(int(c, 36)) for c in rearranged)) % 97 == 1


class IbanCodeRecognizer(Recognizer):
    ENTITY = "IBAN_CODE"
    NAME = "iban"
    # Country, check digits, then groups of four (spaced, dashed or not; any
    # case: people type iban de89...); the country's length decides where the
    # IBAN ends, so a following word is never eaten.
    PATTERNS = (Pattern("iban", r"\b[A-Z]{2}\d{2}(?:[ -]?[A-Z0-9]){11,30}", 1.0),)
    FLAGS = re.IGNORECASE
    CONTEXT = ("iban", "account", "bank", "transfer", "sepa")

    def find(self, text: str, index: int, matches: Matches = None) -> Iterator[tuple[int, int, float]]:
        regex, pos = self.compiled[index], 0
        while (match := regex.search(text, pos)) is not None:
            pos = match.start() + 1  # a run that is not one IBAN may hold the next one
            length = IBAN_LENGTHS.get(match.group()[:2].upper())
            if length is None:
                continue
            # Walk to the length-th IBAN character, skipping single separators.
            chars = [m.start() for m in _CHAR.finditer(text, match.start(), match.end())]
            if len(chars) < length:
                continue
            end = chars[length - 1] + 1
            if end < len(text) and text[end].isalnum():
                continue  # the number runs on: not this IBAN
            compact = text[match.start() : end].replace(" ", "").replace("-", "").upper()
            if iban_ok(compact):
                yield match.start(), end, self.PATTERNS[index].score
                pos = end
