"""Answers in transcripts, document numbers near their name, passwords in configs: values a cue vouches for."""

from __future__ import annotations

import pytest

from pipeline.detect.recognizers.answers import answers
from tests.unit.detect.util import values


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
            [("DATE_OF_BIRTH", "der dritte Mai neunzehnhundertachtzig")],
        ),
        ("Agent: and your passport number?\nCaller: yes it's XEH 441 928 601 ok", [("US_PASSPORT", "XEH 441 928 601")]),
        (
            "[00:00:10] AGENT: and a contact number?\n[00:00:14] CALLER: uh my number is oh seven seven double oh, nine hundred, four one two",
            [("PHONE_NUMBER", "oh seven seven double oh, nine hundred, four one two")],
        ),
        (
            "Agent: got it. and your email?\nCustomer: k dot nakamura at gmail dot com",
            [("EMAIL_ADDRESS", "k dot nakamura at gmail dot com")],
        ),
        (
            "AGENT: may I know your registered mobile number sir\nCUSTOMER: nine eight four five, double two, seven one three six",
            [("PHONE_NUMBER", "nine eight four five, double two, seven one three six")],
        ),
        ("Agent: and your email?\nCustomer: I don't have one", []),
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


@pytest.mark.parametrize(
    "text, value",
    [
        ("Bonjour j'ai perdu mon passeport à Nice hier, numéro 18AV47192, est-ce grave", "18AV47192"),
        ("hab meinen führerschein verloren 😩 nummer war F2400K19H31 , brauch ich", "F2400K19H31"),
        ("need to send my drivers license. or can i just type it, its W426-545-30-761-0 florida", "W426-545-30-761-0"),
        ("my dvla number is PATEL907236R99KL do I need", "PATEL907236R99KL"),
        ("passport renewal fee was 130 USD, order 88812345", None),  # another reference in between
        ("my passport photo is blurry. Ticket 88812345", None),  # another clause
    ],
)
def test_a_document_number_a_few_words_after_its_name(text, value):
    found = values("US_PASSPORT", text) + values("US_DRIVER_LICENSE", text)
    assert (value in found) if value else not found, found


@pytest.mark.parametrize(
    "text, value",
    [
        ('db_password    = "tF4!wQ9#zL2m"\n', "tF4!wQ9#zL2m"),
        ("ansible_become_pass=Db!Become#2291", "Db!Become#2291"),
        ("      RABBITMQ_DEFAULT_PASS: r4bb1t-Adm1n-77\n", "r4bb1t-Adm1n-77"),
        ("mysql -h 10.12.4.33 -u reporting -pRep0rt!ng2024 analytics", "Rep0rt!ng2024"),
        ("docker login -u mlopez -p Dck3r!Hub#88\n", "Dck3r!Hub#88"),
        ("curl -s -u admin:Pa55w0rd!adm https://x", "Pa55w0rd!adm"),
        ("bypass=True2", None),
        ("passport: 12345678", None),
        ("secret: this-is-not-random-at-all", None),
    ],
)
def test_passwords_in_configs_and_command_lines(text, value):
    found = values("SECRET", text)  # a finding covers its whole token ("-pRep0rt!ng2024")
    assert any(value in f for f in found) if value else not found, found


@pytest.mark.parametrize(
    "text, name",
    [
        ("DISCHARGE SUMMARY\nPatient: OKONJO, Chiamaka   DOB: 14/07/1985", "OKONJO, Chiamaka"),
        ("Legal name (last, first, MI): Nguyen, Thi Hong Van\nSSN: 232", "Nguyen, Thi Hong Van"),
        ("Epikriisi\nPotilas: Eeva-Liisa Korhonen, hetu 291162-2001", "Eeva-Liisa Korhonen"),
        ("Navn: Freja Kjærgaard\nCPR-nr.: 241091-3529", "Freja Kjærgaard"),
        ("Agent Leah: I can help with that!", "Leah"),
        ("*Sun-hee Kim*: can someone remind me", "Sun-hee Kim"),
        ("| prod | api-1 | 34.201.18.77 | @mchen |", "mchen"),
        ("AGENT: and your full name?\nCALLER: Beatrix Okonkwo-Hale, B-E-A-T-R-I-X", "Beatrix Okonkwo-Hale"),
        ("groet Femke Dijkstra 06 1447 2088", "Femke Dijkstra"),  # a phone number after a name is no model number
        ("confirmation 88120447. i'm destiny okoro", "destiny okoro"),
        ("acc no 41873302. name siobhan mcbride cheers", "siobhan mcbride"),
        ("Vaccines UTD. Mom Chioma asks about speech", "Chioma"),
    ],
)
def test_names_from_forms_transcripts_and_chat_exports(text, name):
    from pipeline.detect.recognizers.ner import rule_persons

    assert name in [text[s:e] for s, e, _ in rule_persons(text, [])]


@pytest.mark.parametrize(
    "text",
    [
        "email me at bob@example.com or @here",
        "@dataclass\nclass X:",
        "Product name?\nUser: the blue one",
        "i'm will be late",  # a given name that is also a word, not ending its clause
        "my son loves it.",
        "the name field is empty",
    ],
)
def test_no_name_there(text):
    from pipeline.detect.recognizers.ner import rule_persons

    assert [text[s:e] for s, e, _ in rule_persons(text, [])] == []


@pytest.mark.parametrize(
    "text, place", [("Lives in Baraboo, WI, PT recs", "Baraboo, WI"), ("Naturalidade: Teresina/PI\n", "Teresina/PI")]
)
def test_a_town_takes_its_state_code(text, place):
    from pipeline.detect.recognizers.location import PlaceNameRecognizer

    r = PlaceNameRecognizer()
    assert place in [text[s:e] for i in range(len(r.PATTERNS)) for s, e, _ in r.find(text, i)]


@pytest.mark.parametrize(
    "text, address",
    [
        ("agent: new address\ncaller: 17 Birchwood drive unit 4 oakville ON L6H 2K1\nagent: and a phone", None),
        (
            "Soporte: compárteme tu dirección completa\nUsuario: privada de los olivos 22 casa 5 puebla\nSoporte: ok",
            "privada de los olivos 22 casa 5 puebla",
        ),
        ("agent: and where do you stay\ncaller: 88 Mofolo Street Orlando East Soweto\nagent: email", None),
        ("AGENT: and your address on file is\nCALLER: nineteen ten maple court apartment c austin texas", None),
    ],
)
def test_an_address_given_in_answer(text, address):
    found = [text[s:e] for kind, s, e in answers(text) if kind == "STREET_ADDRESS"]
    assert len(found) == 1 and (address is None or found == [address])


@pytest.mark.parametrize(
    "text",
    [
        "Agent: I updated the address yesterday\nCustomer: ok thanks 2 more things",
        "Agent: what's your address?\nCustomer: same as before",
    ],
)
def test_no_address_answer(text):
    assert [kind for kind, _, _ in answers(text) if kind == "STREET_ADDRESS"] == []


def test_passports_in_a_list_below_the_request():
    text = (
        "[10:01] Meera: passport numbers pls for the visa\n[10:04] Arun: mine is R7731902, Leela S8840213, kid T1190354"
    )
    assert sorted(values("US_PASSPORT", text)) == ["R7731902", "S8840213", "T1190354"]


def test_a_passport_shape_without_a_passport_word_is_none():
    assert values("US_PASSPORT", "order A1234567 shipped, ref B7654321") == []


def test_dates_of_birth_in_a_list_below_the_request():
    text = "Expert: names and birthdates please.\nYou: Ava Berg 04/30/2016 and Noah Berg 12/1/2018\nExpert: thanks"
    assert values("DATE_OF_BIRTH", text) == ["04/30/2016", "12/1/2018"]


def test_a_recent_date_after_a_birth_word_is_no_birth_date():
    text = "Birth certificate received and the other documents were checked at the desk. Next visit: 03/04/2025."
    assert values("DATE_OF_BIRTH", text) == []
