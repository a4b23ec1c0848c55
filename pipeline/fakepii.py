"""Fake personal data with the standards' own check digits: one generator per kind of value.

Shared by the demo's sample events (pipeline/samples.py), the canaries
(pipeline/assurance/canary.py) and the benchmark corpus (bench/corpus.py).
Every function takes the caller's seeded `random.Random`, so each caller
stays reproducible. Written from the published algorithms, independently of
the recognizers in pipeline/detect that they are used to test.
"""

from __future__ import annotations

import random
import string
from collections.abc import Sequence

from stdnum.iso7064 import mod_11_10

FIRST = [
    "Maria",
    "James",
    "Aisha",
    "Lukas",
    "Sofia",
    "Daniel",
    "Priya",
    "Oliver",
    "Chen",
    "Fatima",
    "Henrik",
    "Grace",
    "Mateo",
    "Hannah",
    "Kwame",
    "Elena",
    "Samuel",
    "Yuki",
    "Isabel",
    "Omar",
]
LAST = [
    "Garcia",
    "Smith",
    "Khan",
    "Schneider",
    "Rossi",
    "Miller",
    "Patel",
    "Johnson",
    "Wang",
    "Haddad",
    "Larsen",
    "Thompson",
    "Fernandez",
    "Becker",
    "Mensah",
    "Popescu",
    "Okafor",
    "Tanaka",
    "Moreno",
    "Farouk",
]
STREETS = ["Maple Avenue", "Oak Street", "Pine Road", "Cedar Lane", "Elm Drive", "Birch Boulevard"]
CITIES = ["Springfield", "Portland", "Austin", "Denver", "Boston", "Seattle"]
DOMAINS = ["gmail.com", "outlook.com", "yahoo.com", "proton.me", "example.org"]
CARD_PREFIXES = ["4111", "4532", "5425", "5105", "3782", "6011"]
AREA_CODES = [212, 305, 312, 404, 415, 503, 512, 617, 646, 702, 713, 206, 303, 614, 919]  # real US areas
PLACES = ("Chicago", "Boston", "Seattle", "Denver", "London", "Paris", "Madrid", "Berlin")  # for LOCATION


def luhn_digit(body: str) -> str:
    """The Luhn check digit that makes BODY + digit valid."""
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:  # these positions are doubled once the check digit is appended
            d = d * 2 - 9 if d > 4 else d * 2
        total += d
    return str((10 - total % 10) % 10)


def luhn_complete(prefix: str, length: int, rng: random.Random) -> str:
    """PREFIX, random digits and the Luhn check digit: LENGTH digits in all."""
    body = prefix + "".join(rng.choice("0123456789") for _ in range(length - len(prefix) - 1))
    return body + luhn_digit(body)


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(n))


def person(rng: random.Random) -> str:
    return f"{rng.choice(FIRST)} {rng.choice(LAST)}"


def email(rng: random.Random) -> str:
    return f"{rng.choice(FIRST).lower()}.{rng.choice(LAST).lower()}{rng.randint(10, 99)}@{rng.choice(DOMAINS)}"


def phone(rng: random.Random) -> str:
    return f"+1 {rng.choice(AREA_CODES)}-{rng.randint(201, 549)}-{rng.randint(1000, 9999)}"


def card(rng: random.Random, prefixes: Sequence[str] = CARD_PREFIXES) -> str:
    """A Luhn-valid card number, printed in groups (Amex 4-6-5, the others 4-4-4-4)."""
    prefix = rng.choice(prefixes)
    if prefix.startswith("37"):  # Amex: 15 digits
        number = luhn_complete(prefix, 15, rng)
        return f"{number[:4]} {number[4:10]} {number[10:]}"
    number = luhn_complete(prefix, 16, rng)
    return " ".join(number[i : i + 4] for i in range(0, 16, 4))


def ssn(rng: random.Random) -> str:
    area = rng.choice([n for n in range(1, 900) if n != 666])
    return f"{area:03d}-{rng.randint(1, 99):02d}-{rng.randint(1, 9999):04d}"


def iban(rng: random.Random) -> str:
    bban = digits(rng, 18)  # DE: 8-digit bank code, 10-digit account
    check = 98 - int(bban + "131400") % 97  # "DE00" moved to the end, letters as numbers
    compact = f"DE{check:02d}{bban}"
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def ip_address(rng: random.Random) -> str:
    return f"{rng.randint(11, 223)}.{rng.randint(0, 255)}.{rng.randint(0, 255)}.{rng.randint(1, 254)}"


def routing(rng: random.Random) -> str:
    head = f"{rng.choice([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 21, 22, 26, 31]):02d}" + digits(rng, 6)
    d = [int(c) for c in head]
    partial = 3 * (d[0] + d[3] + d[6]) + 7 * (d[1] + d[4] + d[7]) + d[2] + d[5]
    return head + str((10 - partial % 10) % 10)  # weights 3-7-1 sum to a multiple of ten


def dob(rng: random.Random) -> str:
    return f"{rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/{rng.randint(1950, 2001)}"


def street(rng: random.Random) -> str:
    return f"{rng.randint(10, 999)} {rng.choice(STREETS)}, {rng.choice(CITIES)}, OR {rng.randint(97001, 97999)}"


def place(rng: random.Random) -> str:
    return rng.choice(PLACES)


def nino(rng: random.Random) -> str:
    prefix = rng.choice(("AB", "CE", "JT", "PR", "WZ"))
    return f"{prefix} {digits(rng, 2)} {digits(rng, 2)} {digits(rng, 2)} {rng.choice('ABCD')}"


def bsn(rng: random.Random) -> str:
    while True:
        head = digits(rng, 8)
        total = sum(w * int(c) for w, c in zip((9, 8, 7, 6, 5, 4, 3, 2), head, strict=True))
        last = total % 11  # the -1 weight of the last digit must cancel the rest mod 11
        if head[0] != "0" and last < 10:
            return head + str(last)


def nif(rng: random.Random) -> str:
    body = digits(rng, 8)
    return body + "TRWAGMYFPDXBNJZSQVHLCKE"[int(body) % 23]


def insee(rng: random.Random) -> str:
    body = f"{rng.choice('12')}{rng.randint(50, 99)}{rng.randint(1, 12):02d}{rng.randint(1, 95):02d}{digits(rng, 3)}{digits(rng, 3)}"
    key = 97 - int(body) % 97
    return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}"


_IT_ODD = dict(
    zip(
        string.digits + string.ascii_uppercase,
        [
            1,
            0,
            5,
            7,
            9,
            13,
            15,
            17,
            19,
            21,
            1,
            0,
            5,
            7,
            9,
            13,
            15,
            17,
            19,
            21,
            2,
            4,
            18,
            20,
            11,
            3,
            6,
            8,
            12,
            14,
            16,
            10,
            22,
            25,
            24,
            23,
        ],
        strict=True,
    )
)


def it_fiscal(rng: random.Random) -> str:
    letters = string.ascii_uppercase
    body = (
        "".join(rng.choice(letters) for _ in range(6))
        + digits(rng, 2)
        + rng.choice("ABCDEHLMPRST")
        + f"{rng.randint(1, 28):02d}"
        + rng.choice(letters)
        + digits(rng, 3)
    )
    total = sum(_IT_ODD[c] if i % 2 == 0 else (int(c) if c.isdigit() else ord(c) - 65) for i, c in enumerate(body))
    return body + chr(65 + total % 26)


def steuer_check_digit(body: str) -> str:
    """ISO 7064 MOD 11,10 over the ten leading digits of a German tax id."""
    product = 10
    for ch in body:
        total = (int(ch) + product) % 10 or 10
        product = (total * 2) % 11
    return str((11 - product) % 10)


def steuer_id(rng: random.Random) -> str:
    while True:
        head = [rng.choice("123456789")] + [rng.choice(string.digits) for _ in range(9)]
        counts = sorted((head.count(c) for c in set(head)), reverse=True)
        if counts[0] not in (2, 3) or counts[1] > 1:
            continue
        number = "".join(head) + steuer_check_digit("".join(head))
        return f"{number[:2]} {number[2:5]} {number[5:8]} {number[8:]}"


def mrn(rng: random.Random) -> str:
    return f"MR-{digits(rng, 7)}"


def mbi(rng: random.Random) -> str:
    letters = "ACDEFGHJKMNPQRTUVWXY"
    return (
        f"{rng.randint(1, 9)}{rng.choice(letters)}{rng.choice(letters)}{rng.randint(0, 9)}-"
        f"{rng.choice(letters)}{rng.choice(letters)}{rng.randint(0, 9)}-"
        f"{rng.choice(letters)}{rng.choice(letters)}{rng.randint(10, 99)}"
    )


def driver_license(rng: random.Random) -> str:
    return f"{rng.choice(string.ascii_uppercase)}{digits(rng, 7)}"


def passport(rng: random.Random) -> str:
    return f"{rng.choice(string.ascii_uppercase)}{digits(rng, 8)}"


def url_credentials(rng: random.Random) -> str:
    user = rng.choice(FIRST).lower()
    return f"https://{user}:{''.join(rng.choice(string.ascii_letters + string.digits) for _ in range(14))}@files.example.net/export"


def national_id(rng: random.Random) -> str:
    """An identity-card number of no particular country: two letters and seven digits."""
    return "".join(rng.choice(string.ascii_uppercase) for _ in range(2)) + digits(rng, 7)


def bank_account(rng: random.Random) -> str:
    """A domestic account number of no particular country, grouped by four."""
    body = digits(rng, 16)
    return " ".join(body[i : i + 4] for i in range(0, 16, 4))


def tax_id(rng: random.Random) -> str:
    """A German VAT number: DE, eight digits and the ISO 7064 mod 11,10 check digit."""
    body = str(rng.randint(1, 9)) + digits(rng, 7)
    return "DE" + body + mod_11_10.calc_check_digit(body)


def aws_key_id(rng: random.Random) -> str:
    return "AKIA" + "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(16))
