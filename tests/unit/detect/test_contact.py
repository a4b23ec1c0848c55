"""Email, phone, IP address, URL credentials, street address."""

import pytest

from tests.unit.detect.util import values

CASES = [
    ("EMAIL_ADDRESS", "write to jane.doe+tickets@mail.example.co.uk today", ["jane.doe+tickets@mail.example.co.uk"]),
    ("EMAIL_ADDRESS", "<bob_smith@example.org>", ["bob_smith@example.org"]),
    ("EMAIL_ADDRESS", "not an address: user@localhost", []),
    ("EMAIL_ADDRESS", "double dot: a..b@example.com", []),
    ("EMAIL_ADDRESS", "twitter handle @example.com", []),
    ("PHONE_NUMBER", "call me at (415) 555-0132", ["(415) 555-0132"]),
    ("PHONE_NUMBER", "mobile +44 20 7946 0958", ["+44 20 7946 0958"]),
    ("PHONE_NUMBER", "Telefon +49 30 901820", ["+49 30 901820"]),
    ("PHONE_NUMBER", "tel. +33 1 42 68 53 00", ["+33 1 42 68 53 00"]),
    ("PHONE_NUMBER", "order 12345 shipped", []),
    ("PHONE_NUMBER", "version 1.2.3.4", []),
    ("PHONE_NUMBER", "card 4242424242424242", []),
    ("PHONE_NUMBER", "invoice INV-2024-000123 attached", []),
    ("PHONE_NUMBER", "ip 121.247.228.33", []),
    ("IP_ADDRESS", "login from 203.0.113.42 failed", ["203.0.113.42"]),
    ("IP_ADDRESS", "v6 2001:db8:85a3::8a2e:370:7334 seen", ["2001:db8:85a3::8a2e:370:7334"]),
    ("IP_ADDRESS", "full 2001:0db8:0000:0000:0000:ff00:0042:8329", ["2001:0db8:0000:0000:0000:ff00:0042:8329"]),
    ("IP_ADDRESS", "octet out of range 256.1.1.1", []),
    ("IP_ADDRESS", "version 1.2.3.4.5", []),
    ("IP_ADDRESS", "time 12:30:45", []),
    ("IP_ADDRESS", "mac 00:1A:2B:3C:4D:5E", []),
    (
        "URL_CREDENTIALS",
        "db at postgres://app:hunter2@db.internal:5432/main now",
        ["postgres://app:hunter2@db.internal:5432/main"],
    ),
    ("URL_CREDENTIALS", "plain https://example.com/login?user=a", []),
    ("URL_CREDENTIALS", "user only https://alice@example.com/", []),
    (
        "STREET_ADDRESS",
        "ship to 1600 Pennsylvania Avenue NW, Washington, DC 20500.",
        ["1600 Pennsylvania Avenue NW, Washington, DC 20500"],
    ),
    ("EMAIL_ADDRESS", "Login: rkallert [at] salz [dot] org Vorgang", ["rkallert [at] salz [dot] org"]),
    (
        "EMAIL_ADDRESS",
        "Email = liliana [dot] tomasini [at] venditti [dot] com",
        ["liliana [dot] tomasini [at] venditti [dot] com"],
    ),
    ("EMAIL_ADDRESS", "meet me at the station at 5", []),
    ("STREET_ADDRESS", "I live at 42 Oak St. Apt 4B", ["42 Oak St. Apt 4B"]),
    (
        "STREET_ADDRESS",
        "new address: 0486 Angela Parks Suite 073, East Kim, MT 52146",
        ["0486 Angela Parks Suite 073, East Kim, MT 52146"],
    ),
    ("STREET_ADDRESS", "Anschrift: Hauptstraße 12, 10115 Berlin", ["Hauptstraße 12, 10115 Berlin"]),
    ("STREET_ADDRESS", "adres Lucasboulevard 31, 2533 QN Ouderkerk", ["Lucasboulevard 31, 2533 QN Ouderkerk"]),
    ("STREET_ADDRESS", "adresse 39, boulevard Pichon, 48757 Voisindan", ["39, boulevard Pichon, 48757 Voisindan"]),
    ("STREET_ADDRESS", "mail it to PO Box 4521, Springfield, IL 62701", ["PO Box 4521, Springfield, IL 62701"]),
    ("STREET_ADDRESS", "Postfach 1234", ["Postfach 1234"]),
    ("STREET_ADDRESS", "we had 3 Way calls", []),
    ("STREET_ADDRESS", "I waited 20 minutes on the road", []),
]


@pytest.mark.parametrize("entity,text,expected", CASES)
def test_contact(entity, text, expected):
    assert values(entity, text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("ISBN 978-1-5413-1185-5 in stock", []),  # a book number, not a phone
        ("call 978-555-0132 today", ["978-555-0132"]),  # a Massachusetts area code stays a phone
        ("msisdn 4915112345678", ["4915112345678"]),
        ("1000,0238550537,x", ["0238550537"]),
        ("Cell: +44(0)161 4960208 ext. 8477", ["+44(0)161 4960208 ext. 8477"]),
        ("(351) 919 440 477 int. 59", ["(351) 919 440 477 int. 59"]),
        ("call 783.384.8372 now", ["783.384.8372"]),
        ("tel 001-783-384-8372x330", ["001-783-384-8372x330"]),
        ("build 10.0.19045.2965 and 06.12.34.56.78", ["06.12.34.56.78"]),
        # a timestamp's date and hour, and numbers a reference word names, are not phones
        ("2024-06-26 17:26 WARN payments", []),
        ("Bitte korrigieren Sie Rechnung 781/56045 vom 2022-07-24", []),
        ("comprei o livro ISBN 6198875512", []),
        ("My parcel (9400 1755 0312 1618 1335 33) was meant", []),
        ("call me on 0171 234 5678 about order 4481203", ["0171 234 5678"]),
        ("Chiamatemi al 3760374888.", ["3760374888"]),  # a bare run of digits after a phone cue
        ("msisdn=4435375462188\n2026-11-09T08:29:08Z INFO", ["4435375462188"]),
        # the writer's own number: "my number is", "erreichbar unter", "vous pouvez me joindre au"
        ("Rufen Sie mich unter 6562592182008 an.", ["6562592182008"]),
        ("Vous pouvez me joindre au 6027169023258.", ["6027169023258"]),
        ("My number is 6275021673 x2921\nBest", ["6275021673 x2921"]),  # only a phone has an extension
        ("Phone:\n724-148-5979  toestel 98\nAddress", ["724-148-5979  toestel 98"]),
        ("Afspraak op 20250617 — Mijn nummer is +31 6 12345678", ["+31 6 12345678"]),  # a date, not a phone
    ],
)
def test_phone_shapes(text, expected):
    assert values("PHONE_NUMBER", text) == expected


@pytest.mark.parametrize(
    "text",
    [
        '"ts":1710409293.551,"msg"',  # a Unix timestamp
        '"version":"2024.03.15.1","commit"',  # a calendar version
        "Tracking says 1Z 4F7 W21 03 9844 7120 and",  # a code with letter groups around the digits
        "item RN 4471 9033 2GB was",
        "USPS priority 9405 5118 9956 4471 2088 31.",  # one 22-digit parcel number, not phones side by side
        "Date/Time: 10/27/2024 2340   Beat: 521",  # a date and a 24-hour time
    ],
)
def test_codes_and_timestamps_are_no_phones(text):
    from pipeline.detect.recognizers.phone_number import PhoneNumberRecognizer

    r = PhoneNumberRecognizer()
    assert [text[s:e] for i in range(len(r.PATTERNS)) for s, e, _ in r.find(text, i)] == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("email me at john dot smith at gmail dot com thanks", ["john dot smith at gmail dot com"]),
        ("email: sara_k @ hotmail.com", ["sara_k @ hotmail.com"]),
        ("twitter handle @example.com", []),
        ("see you at the station dot", []),
    ],
)
def test_emails_said_aloud_or_spaced(text, expected):
    assert values("EMAIL_ADDRESS", text) == expected
