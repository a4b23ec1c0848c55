"""Payment card numbers (PAN): 12 to 19 digits, any separators, Luhn.

Recall first: any 12-19 digit number that passes Luhn, grouped with spaces,
dots or dashes (mixed, as people type them), is a card; an issuer range and
length that fit raise the score, and so does a major-network first digit
(2-6). A number that fails Luhn but is grouped like a card (4-4-4-4, 4-6-5)
is still weak evidence: with a card word nearby it is protected.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from presidio_analyzer import Pattern

from pipeline.detect.recognizers.base import Matches, Recognizer, digits

# (prefix range low, high, allowed lengths): the issuer identification ranges
# in use (Visa, Mastercard incl. 2-series, Amex, Discover, JCB, Diners,
# UnionPay, Maestro).
_ISSUERS: tuple[tuple[int, int, frozenset[int]], ...] = (
    (4, 4, frozenset({13, 16, 19})),  # Visa
    (51, 55, frozenset({16})),  # Mastercard
    (2221, 2720, frozenset({16})),  # Mastercard 2-series
    (34, 34, frozenset({15})),  # Amex
    (37, 37, frozenset({15})),
    (6011, 6011, frozenset({16, 19})),  # Discover
    (644, 649, frozenset({16, 19})),
    (65, 65, frozenset({16, 19})),
    (3528, 3589, frozenset({16, 17, 18, 19})),  # JCB
    (2131, 2131, frozenset({15})),  # JCB (legacy 15-digit)
    (1800, 1800, frozenset({15})),
    (300, 305, frozenset({14, 16, 19})),  # Diners Club
    (36, 36, frozenset({14, 16, 19})),
    (38, 39, frozenset({14, 16, 19})),
    (62, 62, frozenset({16, 17, 18, 19})),  # UnionPay
    (5018, 5018, frozenset(range(12, 20))),  # Maestro
    (5020, 5020, frozenset(range(12, 20))),
    (5038, 5038, frozenset(range(12, 20))),
    (5893, 5893, frozenset(range(12, 20))),
    (56, 58, frozenset(range(12, 20))),
    (6390, 6390, frozenset(range(12, 20))),
    (6304, 6304, frozenset(range(12, 20))),
    (6759, 6759, frozenset(range(12, 20))),
    (6761, 6763, frozenset(range(12, 20))),
)


def luhn_ok(number: str) -> bool:
    total = 0
    for i, ch in enumerate(reversed(number)):
        d = ord(ch) - 48
        if i % 2:
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return total % 10 == 0


def issuer_ok(number: str) -> bool:
    for low, high, lengths in _ISSUERS:
        width = len(str(low))
        if low <= int(number[:width]) <= high and len(number) in lengths:
            return True
    return False


# A digit run with single separators (space, dot, dash, slash; a dash may
# have spaces around it, a slash may not: " / " separates two numbers) between any digits; not part of a longer number on
# either side. A comma before is fine (CSV rows).
_SEP = r"(?:[./]| ?- ?| {1,2})"  # people type two spaces too; not a tab or a line break (a CSV cell, a line)
CANDIDATE = rf"(?<![\d./-])(?<!\d[ .\-/])(?<!\d  )\d(?:{_SEP}?\d){{11,18}}(?!{_SEP}?\d)"
_CARD_GROUPS = re.compile(r"\d{4}([ .-])\d{4}\1\d{4}\1\d{4}(?:\1\d{1,3})?|\d{4}([ .-])\d{6}\2\d{4,5}")
SCORES = {"issuer": 0.95, "network": 0.85, "luhn": 0.6, "luhn_tail": 0.4, "shape": 0.3}


def score(candidate: str) -> float | None:
    number = digits(candidate)
    if len(set(number)) == 1:
        return None  # 0000 0000 0000 0000 is a placeholder
    grouped = _CARD_GROUPS.fullmatch(candidate) is not None
    if not luhn_ok(number):
        return SCORES["shape"] if grouped else None
    if issuer_ok(number):
        return SCORES["issuer"]
    if number[0] in "23456" and 13 <= len(number) <= 19:
        return SCORES["network"]
    # Other first digits (airlines 1, petroleum 7, health 8, national 9) share
    # their shape with tracking and account numbers: grouped, or near a card word.
    return SCORES["luhn"] if grouped else SCORES["luhn_tail"]


class PaymentCardRecognizer(Recognizer):
    ENTITY = "CREDIT_CARD"
    NAME = "credit_card"
    PATTERNS = (Pattern("card_candidate", CANDIDATE, 0.95),)
    CONTEXT = (
        "card",
        "credit",
        "debit",
        "visa",
        "mastercard",
        "amex",
        "pan",
        "cc",
        "karte",
        "carte",
        "tarjeta",
        "carta",
    )

    def find(self, text: str, index: int, matches: Matches = None) -> Iterator[tuple[int, int, float]]:
        for match in self.compiled[index].finditer(text) if matches is None else matches:
            found = score(match.group())
            if found is not None:
                yield match.start(), match.end(), found

    def validate_result(self, pattern_text: str) -> bool:
        return score(pattern_text) is not None
