"""Dates of birth: a real calendar date in the past, near a birth word."""

from __future__ import annotations

import datetime
import re

from presidio_analyzer import Pattern

from pipeline.detect.recognizers.base import Recognizer

_MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
_YEAR = r"(?:19|20)\d{2}"


def _month_number(name: str) -> int | None:
    prefix = name.lower().rstrip(".")[:3]
    if len(prefix) < 3:
        return None
    return next((i for i, m in enumerate(_MONTHS, 1) if m.startswith(prefix)), None)


def parse_date(text: str) -> datetime.date | None:
    """The date `text` names, if it is a real one (day/month order tried both ways)."""
    nums = [int(n) for n in re.findall(r"\d+", text)]
    words = re.findall(r"[A-Za-z]+", text)
    candidates: list[tuple[int, int, int]] = []
    months = [m for m in map(_month_number, words) if m is not None]
    if words:
        # "12th of March 1990": the month is the word that names one.
        if months and len(nums) == 2:
            candidates.append((nums[1], months[0], nums[0]))
    elif len(nums) == 3:
        if nums[0] > 31:  # ISO
            candidates.append((nums[0], nums[1], nums[2]))
        else:
            candidates += [(nums[2], nums[0], nums[1]), (nums[2], nums[1], nums[0])]
    for year, month, day in candidates:
        try:
            return datetime.date(year, month, day)
        except ValueError:
            continue
    return None


class DateOfBirthRecognizer(Recognizer):
    ENTITY = "DATE_OF_BIRTH"
    NAME = "date_of_birth"
    # Any date is weak; a birth word nearby makes it a date of birth.
    PATTERNS = (
        Pattern("numeric_date", rf"(?<![\d/.-])\d{{1,2}}[/.-]\d{{1,2}}[/.-]{_YEAR}(?![\d/-]|\.\d)", 0.2),
        Pattern("iso_date", rf"(?<![\d-]){_YEAR}-\d{{2}}-\d{{2}}(?![\d-])", 0.2),
        Pattern("month_day_year", rf"\b{_MONTH}\.? \d{{1,2}}(?:st|nd|rd|th)?,? {_YEAR}\b", 0.2),
        Pattern("day_month_year", rf"\b\d{{1,2}}(?:st|nd|rd|th)? (?:of )?{_MONTH}\.?,? {_YEAR}\b", 0.2),
    )
    CONTEXT = (
        "born",
        "birth",
        "dob",
        "d.o.b",
        "d.o.b.",
        "birthday",
        "birthdate",
        "date of birth",
        "geboren",
        "geburtsdatum",
        "né",
        "née",
        "nato",
        "nata",
        "nacido",
        "geboortedatum",
        "age",
    )

    def validate_result(self, pattern_text: str) -> bool:
        date = parse_date(pattern_text)
        return date is not None and date <= datetime.date.today()
