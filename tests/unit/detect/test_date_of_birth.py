"""Dates of birth in the formats and languages of our users; dates without a birth word stay."""

import pytest

from pipeline.detect.recognizers.date_of_birth import parse_date
from tests.unit.detect.util import values

CASES = [
    ("Date of birth: 5. October 1949", ["5. October 1949"]),
    ("geboren op 10. oktober 2018", ["10. oktober 2018"]),
    ("née le 20 septembre 2007", ["20 septembre 2007"]),
    ("nacido el 3 de marzo de 1990", ["3 de marzo de 1990"]),
    ("born 12th of March 1990", ["12th of March 1990"]),
    ("DOB: 7/1/31) seen", ["7/1/31"]),
    ("Ich bin am 19470518 geboren", ["19470518"]),
    ("Date of birth\n5. October 1949\n", ["5. October 1949"]),  # the label on the line above
    # the period of an abbreviated cue is not the end of a sentence
    ("customer: geb. 02.03.1958", ["02.03.1958"]),
    ("d.o.b. 1st of April 1950 Card number", ["1st of April 1950"]),
    # weak formats (two-digit year, compact) reach the threshold with a cue (0.15 + 0.35 is not 0.5 in floats)
    ("Pat.: Audrey Cohen - geb. 20.01.07", ["20.01.07"]),
    ("nací el 21 de febrero de 2003", ["21 de febrero de 2003"]),
    ("nasci em 14.06.1942", ["14.06.1942"]),
    ("nascido em 29 de dezembro de 1959 ok", ["29 de dezembro de 1959"]),  # Portuguese months
    ("Dependente: Gustavo, CPF 613.048.725-80, nasc. 08/08/2010\n", ["08/08/2010"]),
    ("Oznamovatelka: Jana Horáková, nar. 3. 9. 1990, r.č.", ["3. 9. 1990"]),  # spaces after the dots
    ("IllegalStateException: DMG*D8*19720611*F~ before", ["19720611"]),  # an X12 demographics segment
    # the question on the line above, the answer after a speaker's label
    ("Agent: can you confirm your date of birth?\nCustomer: 4/17/1979\nAgent: thanks", ["4/17/1979"]),
    # no match
    ("Delivered on 12.03.2024. Born ready, as they say", []),
    ("order 20231203 shipped", []),
    ("meeting 12 March 2024", []),
    ("Invoice\n2024-01-15", []),
    ("Can I have your date of birth?\nRTC 2026-09-07.", []),  # no speaker answers
]


@pytest.mark.parametrize("text,expected", CASES)
def test_date_of_birth(text, expected):
    assert values("DATE_OF_BIRTH", text) == expected


@pytest.mark.parametrize(
    "text,iso",
    [
        ("12th of March 1990", "1990-03-12"),
        ("3 de marzo de 1990", "1990-03-03"),
        ("7/1/31", "1931-01-07"),
        ("19470518", "1947-05-18"),
        ("5. Oktober 1949", "1949-10-05"),
        ("1 juin 1980", "1980-06-01"),
    ],
)
def test_parse_date(text, iso):
    assert str(parse_date(text)) == iso


@pytest.mark.parametrize(
    "text, value",
    [
        ("Passenger 1: MR JAMES HOLLOWAY, DOB 11MAR1979", "11MAR1979"),
        ("Date of birth 21 JUL /JUIL 88\nP<GBR", "21 JUL /JUIL 88"),  # a passport's bilingual month
        ("DOB: 04-MAR-1985", "04-MAR-1985"),
        ("född 1985-03-04", "1985-03-04"),
    ],
)
def test_travel_document_dates_and_nordic_cues(text, value):
    assert values("DATE_OF_BIRTH", text) == [value]


def test_a_booking_date_after_a_birth_date_is_no_birth_date():
    assert values("DATE_OF_BIRTH", "DOB 1956-08-21, seen 28-May-2024 for chest pain") == ["1956-08-21"]


def test_polish_month_names():
    assert values("DATE_OF_BIRTH", "2. Data urodzenia: 14 czerwca 1986 r.") == ["14 czerwca 1986"]
