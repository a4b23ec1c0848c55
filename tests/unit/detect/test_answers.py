"""Answers in transcripts: the question names the kind, the next speaker line holds the value."""

from __future__ import annotations

import pytest

from pipeline.detect.recognizers.answers import answers


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Agent Callum: Could you give me your date of birth please?\nCustomer: 3rd of March 1978\nAgent: thanks",
            [("DATE_OF_BIRTH", "3rd of March 1978")],
        ),
        (
            "Agent: Do you have the new member ID?\nCustomer: U4471920801 group is on the back",
            [("HEALTH_PLAN_NUMBER", "U4471920801")],
        ),
        (
            "Bot: Please enter your Member ID.\nUser: MOL-88120417\nBot: Thanks!",
            [("HEALTH_PLAN_NUMBER", "MOL-88120417")],
        ),
        (
            "[00:02:50] Speaker 1: and date of birth\n[00:02:52] Speaker 2: march ninth, nineteen seventy two",
            [("DATE_OF_BIRTH", "march ninth, nineteen seventy two")],
        ),
        (
            "Kundin: Und das Geburtsdatum?\nKunde: der dritte Mai neunzehnhundertachtzig",
            [("DATE_OF_BIRTH", "dritte Mai neunzehnhundertachtzig")],
        ),
        ("Agent: and your passport number?\nCaller: yes it's XEH 441 928 601 ok", [("US_PASSPORT", "XEH 441 928 601")]),
        # no match: the question names no kind, the answer has no value, or there is no question
        ("Agent: what's your order number?\nCustomer: 12345678", []),
        ("Agent: what phone number should we use?\nCustomer: same as before thanks", []),
        ("Agent: your date of birth?\nCustomer: I'd rather not say", []),
        ("The member ID card arrived.\nCustomer: 4471920801", []),
        ("no newline here: member id? 1234", []),
        # a form, not a transcript: the line under a label line is no answer
        ("Graag overmaken naar IBAN NL50 BUNQ 3490 6984 92?\nFactuurnummer: 849/93884", []),
        ("Kunde: Welche IBAN?\nKunde: die alte, 1234 5678", []),  # the same speaker goes on

    ],
)
def test_answer(text, expected):
    assert [(e, text[s:x]) for e, s, x in answers(text)] == expected
