"""Passport numbers: nine digits, or a letter and eight digits (US next generation), near
'passport'; and any passport's shape in a text that has asked for or named passports."""

from __future__ import annotations

import re
from collections.abc import Iterator

from presidio_analyzer import Pattern

from pipeline.detect.recognizers.base import Matches, Recognizer

# "passport" in the languages of our users; a list of travellers names it once, above the numbers.
_PASSPORT_WORD = re.compile(
    r"(?i:passports?|pasaportes?|passeports?|passaport[oi]|passaportes?|reisep[aä]ss?e?|paspoort|paszport|"
    r"pasaport|pasport|hộ chiếu|ho chieu|visa)"
)
# How far back the word may stand: a chat's request and a family's list below it.
_WORD_WINDOW = 400
# A number named as something else right before it is that something else ("Order Id: A47327206").
_OTHER_LABEL = re.compile(
    r"(?i:order|invoice|ticket|booking|reservation|confirmation|ref|tracking|flight|case|claim|pedido|factura|"
    r"ordine|fattura|bestelling|bestellung|commande|facture|reserva|rechnung)[\w .#:=-]{0,12}\Z"
)


class UsPassportNumberRecognizer(Recognizer):
    ENTITY = "US_PASSPORT"
    NAME = "us_passport"
    PATTERNS = (
        Pattern("passport_next_gen", r"\b[A-Z]\d{8}\b", 0.2),
        Pattern("passport_digits", r"(?<![\d-])\d{9}(?![\d-])", 0.2),
        # One or two letters and six to eight digits, in a text that talks about passports.
        Pattern("passport_shape_after_word", r"(?<![\w-])[A-Za-z]{1,2}\d{6,8}(?![\w-])", 0.6),
    )
    CONTEXT = ("passport", "passport number", "passport no", "passport#", "travel document")

    def find(self, text: str, index: int, matches: Matches = None) -> Iterator[tuple[int, int, float]]:
        shape = self.PATTERNS[index].name == "passport_shape_after_word"
        for start, end, score in super().find(text, index, matches):
            if not shape:
                yield start, end, score
            elif _PASSPORT_WORD.search(text, max(0, start - _WORD_WINDOW), start) and not _OTHER_LABEL.search(
                text, max(0, start - 24), start
            ):
                yield start, end, score
