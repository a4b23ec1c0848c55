"""Rule-based names on top of NER: each rule, and what it must leave alone."""

import pytest

from pipeline.detect.recognizers.ner import rule_persons


def spans(text, ner=()):
    return {text[s:e] for s, e, _ in rule_persons(text, list(ner))}


@pytest.mark.parametrize(
    "text, name",
    [
        ("Hi, this is Isabel Schneider. I was charged twice.", "Isabel Schneider"),  # cue
        ("Can you move my delivery? Thanks, Kwame Mensah", "Kwame Mensah"),  # cue, name not in the dictionary
        ("Contact Okonkwo Adeyemi at the front desk.", "Okonkwo Adeyemi"),  # cue
        ("Customer Zofia Wrzesniewska (zofia.wrzesniewska9@mail.pl) says hi", "Zofia Wrzesniewska"),  # email
        ("Ticket from Isabel Thompson about the invoice.", "Isabel Thompson"),  # known given name
    ],
)
def test_names_the_text_vouches_for(text, name):
    assert name in spans(text)


def test_partial_ner_name_is_widened_both_ways():
    text = "Isabel Mensah reports a crash; later Grace Okafor called."
    assert "Isabel Mensah" in spans(text, ner=[(text.index("Mensah"), text.index("Mensah") + 6)])
    assert "Grace Okafor" in spans(text, ner=[(text.index("Grace"), text.index("Grace") + 5)])


@pytest.mark.parametrize(
    "text",
    [
        "Contact Customer Support for a refund.",  # cue, but common words
        "This is Order A123 from Monday.",  # cue, not a name
        "The Shipping Team will call you back.",  # capitalized phrase, no cue, no given name
        "Please contact support@example.com today.",  # an email alone names nobody
        "my name is lowercase only",  # names are capitalized
    ],
)
def test_no_name(text):
    assert spans(text) == set()
