"""Numbers said aloud, anywhere in a text: "four one two one, seven four five three, ...".

A transcript's answer to a question is read by answers.py; this is the rest: a run of at least
seven digit words (with "oh", "double", "triple") is somebody's number whatever asked for it.
A run that passes Luhn at a card's length is a card; any other run is reported as a phone
number, the most common number people spell out (the token hides it either way).
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern

from pipeline.detect.recognizers.base import Recognizer
from pipeline.detect.recognizers.credit_card import luhn_ok

_DIGITS = {
    "zero": "0", "oh": "0", "o": "0", "one": "1", "two": "2", "three": "3", "four": "4",
    "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
}  # fmt: skip
_WORD = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)"
# Seven digit words or more, apart by spaces, commas or dashes, "double"/"triple" before one.
SPOKEN_RUN = (
    rf"(?i:(?<![\w-])(?:(?:double|triple)[ ]){{0,1}}{_WORD}"
    rf"(?:(?:[ ]?[,-][ ]?|[ ])(?:(?:double|triple)[ ])?{_WORD}){{6,}}(?![\w-]))"
)
_TOKEN = re.compile(r"[a-z]+", re.IGNORECASE)
MIN_DIGITS = 7


def spoken_digits(value: str) -> str:
    """The digits a spoken run says ("double oh seven" is "007")."""
    out, repeat = [], 1
    for word in (w.lower() for w in _TOKEN.findall(value)):
        if word in ("double", "triple"):
            repeat = 2 if word == "double" else 3
            continue
        out.append(_DIGITS[word] * repeat)
        repeat = 1
    return "".join(out)


def _is_card(number: str) -> bool:
    return 13 <= len(number) <= 19 and luhn_ok(number)


class SpokenCardRecognizer(Recognizer):
    ENTITY = "CREDIT_CARD"
    NAME = "spoken_card"
    PATTERNS = (Pattern("spoken_card", SPOKEN_RUN, 0.85),)

    def validate_result(self, pattern_text: str) -> bool:
        return _is_card(spoken_digits(pattern_text))


class SpokenNumberRecognizer(Recognizer):
    ENTITY = "PHONE_NUMBER"
    NAME = "spoken_number"
    PATTERNS = (Pattern("spoken_number", SPOKEN_RUN, 0.6),)

    def validate_result(self, pattern_text: str) -> bool:
        number = spoken_digits(pattern_text)
        return len(number) >= MIN_DIGITS and not _is_card(number)
