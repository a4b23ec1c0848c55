"""Numbers said aloud outside a question and answer."""

import pytest

from pipeline.detect.recognizers.spoken_numbers import spoken_digits
from tests.unit.detect.util import values


@pytest.mark.parametrize(
    "said, digits",
    [("oh seven seven double oh nine", "077009"), ("four one two one, seven four", "412174"), ("triple five", "555")],
)
def test_spoken_digits(said, digits):
    assert spoken_digits(said) == digits


def test_a_card_read_aloud_is_a_card():
    text = "card is four one two one, seven four five three, three eight three eight, nine three six zero and"
    assert values("CREDIT_CARD", text) == [text[8 : text.index(" and")]]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("account four four seven one, two oh eight eight", ["four four seven one, two oh eight eight"]),
        ("call me on oh seven seven double oh nine one two three", ["oh seven seven double oh nine one two three"]),
        ("one or two of them", []),  # not seven digit words in a row
        ("I have one two three problems", []),
    ],
)
def test_seven_digit_words_or_more_are_a_number(text, expected):
    assert values("PHONE_NUMBER", text) == expected
