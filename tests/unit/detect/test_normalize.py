"""The normalized view: what recognizers see, and the map back to the original text."""

import re

import pytest

from pipeline.detect.engine import widen
from pipeline.detect.normalize import normalize
from tests.unit.detect.util import detector_for


@pytest.mark.parametrize(
    "original, view",
    [
        ("plain ascii", "plain ascii"),
        ("x＠example.com", "x@example.com"),  # fullwidth at sign
        ("４２４２", "4242"),  # fullwidth digits
        ("٠١٢٣٤٥٦٧٨٩ ۰۱۲ ०१२", "0123456789 012 012"),  # Arabic-Indic, Persian, Devanagari
        ("a\u200bb\u200cc\u200dd\ufeffe\u00adf\u200eg\u202eh", "abcdefgh"),  # format characters
        ("1\u00a02\u202f3\u20034", "1 2 3 4"),  # NBSP, narrow NBSP, em space
        ("1\u20132\u20143\u22124\u20115", "1-2-3-4-5"),  # dashes and minus
        ("jоhn@exаmple.com", "john@example.com"),  # Cyrillic о and а
        ("e\u0301", "e"),  # a combining mark
        ("ﬁle", "file"),
    ],
)
def test_view(original, view):
    assert normalize(original).text == view


def test_ascii_text_is_its_own_view():
    view = normalize("nothing to fold here")
    assert view.identity and view.span(3, 7) == (3, 7)


@pytest.mark.parametrize(
    "original",
    ["jоhn.doe@exаmple.com", "x\u200by@ex\u00adample.com", "ｍａｉｌ＠ｅｘａｍｐｌｅ．ｃｏｍ", "abc\u200b"],
)
def test_every_view_span_maps_back_to_the_characters_it_came_from(original):
    view = normalize(original)
    for m in re.finditer(r"\S+", view.text):
        start, end = view.span(*m.span())
        assert normalize(original[start:end]).text == m.group()


@pytest.mark.parametrize(
    "entity, text, value",
    [
        ("EMAIL_ADDRESS", "write to jоhn.doe@exаmple.com today", "jоhn.doe@exаmple.com"),
        ("EMAIL_ADDRESS", "write to ｍａｒｙ＠ｅｘａｍｐｌｅ．ｏｒｇ", "ｍａｒｙ＠ｅｘａｍｐｌｅ．ｏｒｇ"),
        ("EMAIL_ADDRESS", "write to ma\u200bry@exam\u00adple.org.", "ma\u200bry@exam\u00adple.org"),
        ("US_SSN", "ssn ５３６-２２-８７２６", "５３６-２２-８７２６"),
        ("US_SSN", "ssn 536\u2011\u200b22\u20118726", "536\u2011\u200b22\u20118726"),
        ("PHONE_NUMBER", "call (٤١٥) ٥٥٥-٠١٣٢", "(٤١٥) ٥٥٥-٠١٣٢"),
        (
            "IBAN_CODE",
            "IBAN DE89\u00a03704\u00a00044\u00a00532\u00a00130\u00a000",
            "DE89\u00a03704\u00a00044\u00a00532\u00a00130\u00a000",
        ),
    ],
)
def test_the_original_span_is_what_is_found(entity, text, value):
    findings = [f for f in detector_for(entity).detect(text).findings if f.entity_type == entity]
    assert [text[f.start : f.end] for f in findings] == [value]


@pytest.mark.parametrize(
    "text, span, entity, widened",
    [
        ("mail jжhn.doe@example.com now", (7, 25), "EMAIL_ADDRESS", "jжhn.doe@example.com"),
        ("id XY12345678Z9 ok", (5, 13), "US_PASSPORT", "XY12345678Z9"),
        ("card 4242424242424242, thanks", (5, 21), "CREDIT_CARD", "4242424242424242"),
        ("to a.b@example.com.", (3, 18), "EMAIL_ADDRESS", "a.b@example.com"),
    ],
)
def test_a_finding_covers_the_whole_word(text, span, entity, widened):
    start, end = widen(text, *span, entity)
    assert text[start:end] == widened


@pytest.mark.parametrize(
    "original, view",
    [
        ("ADDRESS  3 0 9  OAK  DR", "ADDRESS  309  OAK  DR"),  # OCR's letter spacing closes up
        ("Tel ( 9 1 2 )  5 5 5 - 0 1 8 8", "Tel (912)  555-0188"),
        ("a b and c d stay apart", "a b and c d stay apart"),  # two single letters are no run
        ("Grüße, P L Z  8 0 3 3 1", "Grüße, PLZ  80331"),
    ],
)
def test_letter_spaced_runs_close_up(original, view):
    normalized = normalize(original)
    assert normalized.text == view
    for m in re.finditer(r"\S+", normalized.text):
        start, end = normalized.span(*m.span())
        assert original[start:end].replace(" ", "") == m.group().replace(" ", "")


def test_a_letter_spaced_card_is_found_in_the_original_text():
    text = "card on file 4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 thanks"
    assert "4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1" in [
        text[f.start : f.end] for f in detector_for("CREDIT_CARD").detect(text).findings
    ]
