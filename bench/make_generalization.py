"""Build bench/data/generalization.jsonl: held-out PII texts the detector's authors did not write.

Seeded and reproducible: `python bench/make_generalization.py` always writes the same bytes for the same
seed. Values come from Faker (names, addresses, phones, cards, IBANs, ...) and python-stdnum (valid
national and tax ids), are mutated the way people and systems mangle them (separators, Unicode, case,
line breaks, extensions), and are placed in carrier texts (tickets, chats, clinical notes, EU helpdesk
mail, logs, forms, CSV pastes) with ordinary look-alikes that a detector must keep.

Each record: {"id", "locale", "style", "text", "sensitive": [...], "ordinary": [...]}, spans are Python
str offsets into `text`. The generator checks every span before it writes the file.
"""

from __future__ import annotations

import argparse
import base64
import datetime as dt
import hashlib
import ipaddress
import json
import os
import random
import string
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from faker import Faker
from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.be import nn as be_nn
from stdnum.br import cnpj, cpf
from stdnum.ch import ssn as ch_ssn
from stdnum.de import idnr
from stdnum.de import vat as de_vat
from stdnum.dk import cpr
from stdnum.es import cif, dni, nie
from stdnum.fi import hetu
from stdnum.fr import nir, siren, siret
from stdnum.gb import nhs
from stdnum.ie import pps
from stdnum.it import codicefiscale, iva
from stdnum.nl import bsn, btw
from stdnum.pl import pesel
from stdnum.pt import nif as pt_nif
from stdnum.se import personnummer
from stdnum.us import ein, itin, rtn, ssn

SEED = 20261204
N_RECORDS = 6400
OUT = Path(__file__).resolve().parent / "data" / "generalization.jsonl"

LOCALES = {
    "en_US": 16,
    "en_GB": 10,
    "de_DE": 12,
    "fr_FR": 11,
    "es_ES": 10,
    "it_IT": 10,
    "nl_NL": 9,
    "pt_BR": 9,
    "pt_PT": 4,
    "en_IE": 3,
    "de_AT": 3,
    "de_CH": 2,
    "fr_CH": 2,
    "nl_BE": 2,
    "en_CA": 2,
}
STYLES = {"ticket": 18, "chat": 16, "email": 20, "clinical": 10, "log": 12, "form": 14, "csv": 10}

ZW = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"]
NBSP = "\u00a0"
SHY = "\u00ad"
CYR = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441", "x": "\u0445", "i": "\u0456"}
MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
}


def lang_of(locale: str) -> str:
    return locale.split("_")[0]


class Gen:
    """All randomness flows through one Random and one Faker per locale, so output is reproducible."""

    def __init__(self, seed: int) -> None:
        self.r = random.Random(seed)
        self.fakers: dict[str, Faker] = {}
        for i, loc in enumerate(sorted(LOCALES)):
            f = Faker(loc)
            f.seed_instance(seed + i)
            self.fakers[loc] = f
        self.us = self.fakers["en_US"]

    def f(self, loc: str) -> Faker:
        return self.fakers[loc]

    def digits(self, n: int, first_nonzero: bool = False) -> str:
        s = "".join(self.r.choice(string.digits) for _ in range(n))
        if first_nonzero and s[0] == "0":
            s = str(self.r.randint(1, 9)) + s[1:]
        return s

    def chars(self, n: int, alphabet: str) -> str:
        return "".join(self.r.choice(alphabet) for _ in range(n))

    def pick(self, seq: list[str] | tuple[str, ...]) -> str:
        return self.r.choice(seq)


# ---------------------------------------------------------------------------------------------------------
# Mutations. Each returns (value, label); labels end up in the span's "mutation" list.


def group(s: str, sizes: list[int], sep: str) -> str:
    out, i = [], 0
    for n in sizes:
        if i >= len(s):
            break
        out.append(s[i : i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(out)


def sep_choice(g: Gen) -> tuple[str, str]:
    return g.r.choice(
        [
            (" ", "sep:space"),
            ("-", "sep:dash"),
            (".", "sep:dot"),
            ("", "sep:none"),
            (NBSP, "sep:nbsp"),
            ("/", "sep:slash"),
        ]
    )


def mixed_sep(g: Gen, s: str, sizes: list[int]) -> str:
    parts = group(s, sizes, "\x00").split("\x00")
    out = parts[0]
    for p in parts[1:]:
        out += g.pick([" ", "-", ".", NBSP, " - "]) + p
    return out


def unicode_mutation(g: Gen, v: str, allow_digits: bool = True) -> tuple[str, list[str]]:
    """Rarely-but-really seen Unicode: fullwidth or Arabic-Indic digits, invisible characters, NBSP."""
    roll = g.r.random()
    if roll < 0.55:
        return v, []
    choice = g.r.choice(["fullwidth", "arabic_indic", "zero_width", "soft_hyphen", "nbsp"])
    if not allow_digits and choice in ("fullwidth", "arabic_indic"):
        choice = "zero_width"
    if choice == "fullwidth":
        return "".join(chr(ord(c) - 0x30 + 0xFF10) if c.isdigit() else c for c in v), ["unicode:fullwidth_digits"]
    if choice == "arabic_indic":
        return "".join(chr(ord(c) - 0x30 + 0x0660) if c.isdigit() else c for c in v), ["unicode:arabic_indic_digits"]
    if choice == "nbsp":
        if " " in v:
            return v.replace(" ", NBSP), ["unicode:nbsp"]
        choice = "zero_width"
    if len(v) < 3:
        return v, []
    pos = g.r.randint(1, len(v) - 1)
    ch = g.pick(ZW) if choice == "zero_width" else SHY
    return v[:pos] + ch + v[pos:], ["unicode:" + choice]


def digit_value(g: Gen, raw: str, sizes_options: list[list[int]], unicode_ok: bool = True) -> tuple[str, list[str]]:
    """A digit string regrouped with a random separator (or mixed ones), then maybe Unicode-mutated."""
    sizes = g.r.choice(sizes_options)
    roll = g.r.random()
    if roll < 0.12:
        v, muts = mixed_sep(g, raw, sizes), ["sep:mixed"]
    else:
        sep, label = sep_choice(g)
        v, muts = group(raw, sizes, sep), [label + ":" + "-".join(map(str, sizes))]
    if unicode_ok:
        v, more = unicode_mutation(g, v)
        muts += more
    return v, muts


# ---------------------------------------------------------------------------------------------------------
# Sensitive value generators: each returns (kind, subtype, value, mutations).

Val = tuple[str, str, str, list[str]]


def v_person(g: Gen, loc: str) -> Val:
    f = g.f(loc)
    first, last = f.first_name(), f.last_name()
    roll = g.r.random()
    if lang_of(loc) == "es" and roll < 0.5:
        last = f"{last} {f.last_name()}"
        sub = "full/compound_surname"
    elif roll < 0.15:
        last = f"{last}-{f.last_name()}"
        sub = "full/hyphenated"
    elif roll < 0.25:
        first = f"{first} {f.first_name()}"
        sub = "full/two_given"
    else:
        sub = "full"
    v = f"{first} {last}"
    muts: list[str] = []
    if g.r.random() < 0.08:
        v, muts = v.upper(), ["case:upper"]
    elif g.r.random() < 0.05:
        v, muts = v.lower(), ["case:lower"]
    if any(ord(c) > 127 for c in v):
        sub += "/non_ascii"
    return "PERSON", sub, v, muts


def v_first_name(g: Gen, loc: str) -> Val:
    v = g.f(loc).first_name()
    return "PERSON", "first_name" + ("/non_ascii" if any(ord(c) > 127 for c in v) else ""), v, []


def v_last_name(g: Gen, loc: str) -> Val:
    v = g.f(loc).last_name()
    return "PERSON", "last_name" + ("/non_ascii" if any(ord(c) > 127 for c in v) else ""), v, []


TITLES = {
    "en": ["Dr.", "Mr.", "Mrs.", "Ms.", "Prof.", "Mr", "Dr", "Miss"],
    "de": ["Herr", "Frau", "Dr.", "Prof. Dr.", "Herrn"],
    "fr": ["M.", "Mme", "Mlle", "Dr", "Me", "Monsieur", "Madame"],
    "es": ["Sr.", "Sra.", "Dr.", "Dra.", "D.", "Dña."],
    "it": ["Sig.", "Sig.ra", "Dott.", "Dott.ssa", "Ing.", "Avv."],
    "nl": ["dhr.", "mevr.", "Dr.", "mr.", "ir."],
    "pt": ["Sr.", "Sra.", "Dr.", "Dra.", "D."],
}
SUFFIXES = ["Jr.", "Sr.", "III", "MD", "PhD", "DDS", "MBA", "B.Sc.", "Esq."]


def v_email(g: Gen, loc: str) -> Val:
    f = g.f(loc)
    roll = g.r.random()
    if roll < 0.3:
        v, sub = f.email(), "faker.email"
    elif roll < 0.5:
        v, sub = f.free_email(), "free_email"
    elif roll < 0.7:
        v, sub = f.company_email(), "company_email"
    elif roll < 0.85:
        v, sub = f"{f.first_name()}.{f.last_name()}@{f.domain_name()}".lower(), "first.last"
    else:
        v, sub = f"{f.user_name()}+{g.pick(['billing', 'shop', 'news', 'x'])}@{f.free_email_domain()}", "plus_tag"
    v = v.replace(" ", "")
    muts: list[str] = []
    r2 = g.r.random()
    if r2 < 0.07:
        v, muts = v.replace("@", "\uff20"), ["unicode:fullwidth_at"]
    elif r2 < 0.16:
        local = v.split("@")[0]
        idx = [i for i, c in enumerate(local) if c in CYR]
        if idx:
            i = g.r.choice(idx)
            v = v[:i] + CYR[v[i]] + v[i + 1 :]
            muts = ["unicode:cyrillic_homoglyph"]
    elif r2 < 0.22:
        v, muts = v.upper(), ["case:upper"]
    elif r2 < 0.27:
        i = g.r.randint(1, len(v) - 2)
        v, muts = v[:i] + g.pick(ZW) + v[i:], ["unicode:zero_width"]
    elif r2 < 0.30:
        v, muts = v.replace("@", " [at] ").replace(".", " [dot] "), ["obfuscated:at_dot"]
    return "EMAIL_ADDRESS", sub, v, muts


CC = {
    "en_US": "1",
    "en_CA": "1",
    "en_GB": "44",
    "en_IE": "353",
    "de_DE": "49",
    "de_AT": "43",
    "de_CH": "41",
    "fr_CH": "41",
    "fr_FR": "33",
    "es_ES": "34",
    "it_IT": "39",
    "nl_NL": "31",
    "nl_BE": "32",
    "pt_BR": "55",
    "pt_PT": "351",
}


def v_phone(g: Gen, loc: str) -> Val:
    f = g.f(loc)
    roll = g.r.random()
    muts: list[str] = []
    cc = CC[loc]
    if roll < 0.40:
        v, sub = f.phone_number(), "faker.phone_number"
        if "x" in v:
            sub += "+ext"
    elif roll < 0.55:
        v, sub = f.msisdn(), "msisdn"
        if g.r.random() < 0.3:
            v, sub = "+" + v, "msisdn/plus"
    elif roll < 0.63:
        area = g.pick(["783", "370", "553", "622", "959", "411", "211", "536"])
        v = area + g.pick([".", "-", " "]) + g.digits(3, True) + g.pick([".", "-", " "]) + g.digits(4)
        sub = "unassigned_area_code"
    elif roll < 0.71:
        nat = g.digits(g.r.randint(9, 10), True)
        v = (
            g.pick(["001-", "00", "00 ", "011 "])
            + cc
            + g.pick(["-", " ", ""])
            + group(nat, [3, 3, 4], g.pick(["-", " "]))
        )
        sub = "intl_prefix_00"
    elif roll < 0.79:
        v = f"+{cc} (0){g.digits(2, True)} {g.digits(3)} {g.digits(2)} {g.digits(2)}"
        sub = "plus_cc_(0)"
    elif roll < 0.86:
        v = f"({g.digits(2, True)}) {g.digits(3)}-{g.digits(3)}"
        sub = "short_regional"
    else:
        base = f.phone_number().split("x")[0]
        ext = g.pick(["x", " x", " ext. ", " ext ", " Durchwahl ", " poste ", " int. ", " #", " toestel "])
        v, sub = base + ext + g.digits(g.r.randint(2, 5), True), "with_extension"
    if g.r.random() < 0.35:
        v, more = unicode_mutation(g, v)
        muts += more
    return "PHONE_NUMBER", sub, v, muts


CARD_TYPES = {
    "amex": [[4, 6, 5], [4, 4, 4, 3], [15]],
    "visa13": [[4, 4, 5], [13], [4, 3, 3, 3]],
    "visa16": [[4, 4, 4, 4], [16], [8, 8]],
    "visa19": [[4, 4, 4, 4, 3], [6, 13], [19]],
    "mastercard": [[4, 4, 4, 4], [16]],
    "discover": [[4, 4, 4, 4], [16]],
    "jcb15": [[4, 6, 5], [15], [4, 4, 4, 3]],
    "jcb16": [[4, 4, 4, 4], [16]],
    "diners": [[4, 6, 4], [14], [4, 4, 4, 2]],
    "maestro": [[4, 4, 4], [4, 4, 4, 4], [12], [4, 4, 4, 4, 3]],
}


def luhn_complete(body: str) -> str:
    return body + luhn.calc_check_digit(body)


def v_card(g: Gen, loc: str) -> Val:
    roll = g.r.random()
    if roll < 0.08:
        raw, ctype = luhn_complete("3521" + g.digits(11)), "jcb_3521"
    elif roll < 0.12:
        raw, ctype = luhn_complete("62" + g.digits(13)), "unionpay"
    elif roll < 0.15:
        raw, ctype = luhn_complete(g.pick(["6304", "6759", "5018"]) + g.digits(g.r.randint(8, 14))), "maestro_other"
    else:
        ctype = g.r.choice(sorted(CARD_TYPES))
        raw = g.us.credit_card_number(ctype)
    assert luhn.is_valid(raw), raw
    sizes = CARD_TYPES.get(ctype, [[4, 4, 4, 4], [4, 6, 5], [len(raw)]])
    v, muts = digit_value(g, raw, sizes)
    return "CREDIT_CARD", f"{ctype}/{len(raw)}", v, muts


def v_ssn(g: Gen, loc: str) -> Val:
    raw = g.us.ssn().replace("-", "")
    assert ssn.is_valid(raw)
    v, muts = digit_value(g, raw, [[3, 2, 4], [3, 2, 4], [9]])
    return "US_SSN", "us.ssn", v, muts


IBAN_LOC = {
    "en_US": "GB",
    "en_CA": "GB",
    "en_IE": "IE",
    "en_GB": "GB",
    "de_DE": "DE",
    "de_AT": "AT",
    "de_CH": "CH",
    "fr_CH": "CH",
    "fr_FR": "FR",
    "es_ES": "ES",
    "it_IT": "IT",
    "nl_NL": "NL",
    "nl_BE": "BE",
    "pt_BR": "BR",
    "pt_PT": "PT",
}


def v_iban(g: Gen, loc: str) -> Val:
    raw = g.f(loc).iban()
    if not std_iban.is_valid(raw):
        raw = g.f("de_DE").iban()
    assert std_iban.is_valid(raw), raw
    muts: list[str] = []
    roll = g.r.random()
    if roll < 0.45:
        v, muts = std_iban.format(raw), ["grouped:4"]
    elif roll < 0.55:
        v, muts = group(raw, [4] * 9, "-"), ["sep:dash"]
    elif roll < 0.62:
        v, muts = group(raw, [4] * 9, NBSP), ["sep:nbsp"]
    else:
        v, muts = raw, ["sep:none"]
    if g.r.random() < 0.2:
        v, muts = v.lower(), [*muts, "case:lower"]
    if g.r.random() < 0.15:
        v, more = unicode_mutation(g, v, allow_digits=False)
        muts += more
    return "IBAN_CODE", raw[:2], v, muts


def v_bban(g: Gen, loc: str) -> Val:
    v = g.f(loc).bban()
    muts: list[str] = []
    if g.r.random() < 0.3:
        v, muts = group(v, [4] * 8, " "), ["grouped:4"]
    if g.r.random() < 0.15:
        v, muts = v.lower(), [*muts, "case:lower"]
    return "BBAN", "faker.bban/" + loc, v, muts


def v_address(g: Gen, loc: str) -> Val:
    f = g.f(loc)
    lines = [" ".join(x.split()) for x in f.address().split("\n")]
    roll = g.r.random()
    if roll < 0.4:
        return "STREET_ADDRESS", "multi_line", "\n".join(lines), []
    if roll < 0.8:
        return "STREET_ADDRESS", "one_line", g.pick([", ", " ", " - ", "; "]).join(lines), []
    return "STREET_ADDRESS", "street_only", " ".join(f.street_address().split()), []


def v_city(g: Gen, loc: str) -> Val:
    return "LOCATION", "city", g.f(loc).city(), []


def v_country(g: Gen, loc: str) -> Val:
    return "LOCATION", "country", g.f(loc).country(), []


def v_region(g: Gen, loc: str) -> Val:
    f = g.f(loc)
    try:
        return "LOCATION", "region", f.administrative_unit(), []
    except AttributeError:
        return "LOCATION", "city", f.city(), []


def format_date(g: Gen, d: dt.date, lang: str) -> tuple[str, str]:
    months = MONTHS[lang].split()
    m = months[d.month - 1]
    opts = [
        (f"{d.day:02d}/{d.month:02d}/{d.year}", "dd/mm/yyyy"),
        (f"{d.day:02d}.{d.month:02d}.{d.year}", "dd.mm.yyyy"),
        (f"{d.year}-{d.month:02d}-{d.day:02d}", "iso"),
        (f"{d.day}-{d.month}-{d.year}", "d-m-yyyy"),
        (f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}", "dd.mm.yy"),
        (f"{d.day} {m} {d.year}", "d month yyyy"),
        (f"{d.day}. {m} {d.year}", "d. month yyyy"),
        (f"{d.year}{d.month:02d}{d.day:02d}", "yyyymmdd"),
    ]
    if lang == "en":
        opts += [
            (f"{d.month:02d}/{d.day:02d}/{d.year}", "mm/dd/yyyy"),
            (f"{d.month}/{d.day}/{d.year % 100:02d}", "m/d/yy"),
            (f"{m} {d.day}, {d.year}", "month d, yyyy"),
            (f"{m[:3]} {d.day} {d.year}", "mon d yyyy"),
            (
                f"{d.day}{'th' if 10 < d.day < 14 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d.day % 10, 'th')} of {m} {d.year}",
                "dth of month",
            ),
        ]
    if lang in ("es", "pt"):
        opts.append((f"{d.day} de {m} de {d.year}", "d de month de yyyy"))
    if lang == "fr" and d.day == 1:
        opts.append((f"1er {m} {d.year}", "1er month"))
    return g.r.choice(opts)


def v_dob(g: Gen, loc: str) -> Val:
    d = dt.date(2026, 1, 1) - dt.timedelta(days=g.r.randint(365, 365 * 95))
    v, fmt = format_date(g, d, lang_of(loc))
    muts: list[str] = []
    if g.r.random() < 0.12:
        v, muts = unicode_mutation(g, v)
    return "DATE_OF_BIRTH", fmt, v, muts


def v_ip(g: Gen, loc: str) -> Val:
    roll = g.r.random()
    if roll < 0.45:
        return "IP_ADDRESS", "ipv4/public", g.us.ipv4_public(), []
    if roll < 0.6:
        return "IP_ADDRESS", "ipv4/private", g.us.ipv4_private(), []
    if roll < 0.8:
        return "IP_ADDRESS", "ipv6/full", g.us.ipv6(), []
    v = g.us.ipv6()

    v = str(ipaddress.IPv6Address(v)) if g.r.random() < 0.5 else f"2001:db8::{g.chars(4, '0123456789abcdef')}"
    return "IP_ADDRESS", "ipv6/compressed", v, []


def v_passport(g: Gen, loc: str) -> Val:
    v = g.f(loc).passport_number()
    if g.r.random() < 0.25:
        v = g.pick(["C", "F", "G", "H", "J", "K"]) + g.chars(8, "CFGHJKLMNPRTVWXYZ0123456789")
        return "PASSPORT", "de.reisepass_format", v, []
    return "PASSPORT", "faker." + loc, v, []


def v_license(g: Gen, loc: str) -> Val:
    L = string.ascii_uppercase
    roll = g.r.random()
    if roll < 0.2:
        return "DRIVER_LICENSE", "us.ca", g.pick(list(L)) + g.digits(7), []
    if roll < 0.35:
        v = (
            g.pick(list(L))
            + g.digits(3)
            + "-"
            + g.digits(3)
            + "-"
            + g.digits(2)
            + "-"
            + g.digits(3)
            + "-"
            + g.digits(1)
        )
        return "DRIVER_LICENSE", "us.fl", v, []
    if roll < 0.5:
        return "DRIVER_LICENSE", "us.ny", group(g.digits(9), [3, 3, 3], g.pick([" ", ""])), []
    if roll < 0.7:
        f = g.f("en_GB")
        sur = (f.last_name().upper().replace("'", "") + "99999")[:5]
        d = _rand_date(g)
        v = f"{sur}{str(d.year)[2]}{d.month + g.pick([0, 50]):02d}{d.day:02d}{str(d.year)[3]}{g.chars(2, L)}9{g.chars(2, L)}"
        return "DRIVER_LICENSE", "uk.dvla", v, []
    if roll < 0.85:
        return (
            "DRIVER_LICENSE",
            "de.fuehrerschein",
            g.chars(1, L) + g.digits(3) + g.chars(6, L + string.digits) + "1",
            [],
        )
    return "DRIVER_LICENSE", "generic", g.chars(2, L) + g.digits(6) + g.chars(1, L), []


def by_suffix(body: str, check: Callable[[str], bool], n: int) -> str | None:
    for c in range(10**n):
        s = body + str(c).zfill(n)
        if check(s):
            return s
    return None


def _rand_date(g: Gen) -> dt.date:
    return dt.date(1940, 1, 1) + dt.timedelta(days=g.r.randint(0, 365 * 64))


def _nat_raw(g: Gen, sub: str) -> str:
    for _ in range(200):
        s: str | None
        if sub == "de.idnr":
            s = by_suffix(g.digits(10, True), idnr.is_valid, 1)
        elif sub == "nl.bsn":
            s = by_suffix(g.digits(8, True), bsn.is_valid, 1)
        elif sub == "es.dni":
            b = g.digits(8)
            s = b + dni.calc_check_digit(b)
        elif sub == "es.nie":
            b = g.pick(["X", "Y", "Z"]) + g.digits(7)
            s = b + nie.calc_check_digit(b)
        elif sub == "it.codicefiscale":
            s = g.f("it_IT").ssn()
        elif sub == "fr.nir":
            s = g.f("fr_FR").ssn()
        elif sub == "br.cpf":
            s = by_suffix(g.digits(9), cpf.is_valid, 2)
        elif sub == "pt.nif":
            b = g.pick(["1", "2", "3"]) + g.digits(7)
            s = b + pt_nif.calc_check_digit(b)
        elif sub == "be.nn":
            d = _rand_date(g)
            s = by_suffix(d.strftime("%y%m%d") + g.digits(3), be_nn.is_valid, 2)
        elif sub == "ch.ssn":
            s = by_suffix("756" + g.digits(9), ch_ssn.is_valid, 1)
        elif sub == "ie.pps":
            b = g.digits(7)
            s = next((b + c for c in string.ascii_uppercase if pps.is_valid(b + c)), None)
        elif sub == "pl.pesel":
            d = _rand_date(g)
            b = d.strftime("%y%m%d") + g.digits(4)
            s = b + pesel.calc_check_digit(b)
        elif sub == "dk.cpr":
            d = _rand_date(g)
            s = d.strftime("%d%m%y") + g.digits(4)
        elif sub == "se.personnummer":
            d = _rand_date(g)
            s = by_suffix(d.strftime("%y%m%d") + g.digits(3), personnummer.is_valid, 1)
        elif sub == "fi.hetu":
            d = _rand_date(g)
            b = d.strftime("%d%m%y") + ("-" if d.year < 2000 else "A") + g.digits(3)
            s = next((b + c for c in "0123456789ABCDEFHJKLMNPRSTUVWXY" if hetu.is_valid(b + c)), None)
        elif sub == "gb.nhs":
            s = by_suffix(g.digits(9, True), nhs.is_valid, 1)
        elif sub == "uk.nino":
            ok = "ABCEGHJKLMNOPRSTWXYZ"
            p = g.pick(list("ABCEGHJKLMNPRSTWXYZ")) + g.pick(list(ok.replace("O", "")))
            if p in ("GB", "BG", "NK", "KN", "TN", "NT", "ZZ"):
                continue
            s = p + g.digits(6) + g.pick(["A", "B", "C", "D"])
        else:
            raise ValueError(sub)
        if s is None:
            continue
        checker = NAT_CHECK.get(sub)
        if checker is None or checker(s):
            return s
    raise RuntimeError(sub)


NAT_CHECK: dict[str, Callable[[str], bool]] = {
    "de.idnr": idnr.is_valid,
    "nl.bsn": bsn.is_valid,
    "es.dni": dni.is_valid,
    "es.nie": nie.is_valid,
    "it.codicefiscale": codicefiscale.is_valid,
    "fr.nir": nir.is_valid,
    "br.cpf": cpf.is_valid,
    "pt.nif": pt_nif.is_valid,
    "be.nn": be_nn.is_valid,
    "ch.ssn": ch_ssn.is_valid,
    "ie.pps": pps.is_valid,
    "pl.pesel": pesel.is_valid,
    "dk.cpr": cpr.is_valid,
    "se.personnummer": personnummer.is_valid,
    "fi.hetu": hetu.is_valid,
    "gb.nhs": nhs.is_valid,
}
NAT_FORMAT: dict[str, Callable[[str], str]] = {
    "de.idnr": idnr.format,
    "br.cpf": cpf.format,
    "fr.nir": nir.format,
    "ch.ssn": ch_ssn.format,
    "gb.nhs": nhs.format,
    "dk.cpr": cpr.format,
    "se.personnummer": personnummer.format,
}
NAT_BY_LOC = {
    "de_DE": ["de.idnr"],
    "de_AT": ["de.idnr", "pl.pesel"],
    "de_CH": ["ch.ssn"],
    "fr_CH": ["ch.ssn"],
    "nl_NL": ["nl.bsn"],
    "nl_BE": ["be.nn", "nl.bsn"],
    "es_ES": ["es.dni", "es.nie"],
    "it_IT": ["it.codicefiscale"],
    "fr_FR": ["fr.nir"],
    "pt_BR": ["br.cpf"],
    "pt_PT": ["pt.nif"],
    "en_GB": ["uk.nino", "gb.nhs"],
    "en_IE": ["ie.pps"],
    "en_US": ["dk.cpr", "se.personnummer", "fi.hetu", "pl.pesel"],
    "en_CA": ["se.personnummer", "fi.hetu"],
}


def v_natid(g: Gen, loc: str) -> Val:
    sub = g.pick(NAT_BY_LOC[loc])
    raw = _nat_raw(g, sub)
    roll = g.r.random()
    muts: list[str] = []
    if sub in NAT_FORMAT and roll < 0.4:
        v, muts = NAT_FORMAT[sub](raw), ["stdnum.format"]
    elif sub == "uk.nino" and roll < 0.6:
        v, muts = group(raw, [2, 2, 2, 2, 1], g.pick([" ", NBSP])), ["grouped"]
    elif sub == "nl.bsn" and roll < 0.5:
        v, muts = group(raw, [4, 2, 3], g.pick([".", " "])), ["grouped:4-2-3"]
    elif sub in ("es.dni", "es.nie") and roll < 0.3:
        v, muts = raw[:-1] + "-" + raw[-1], ["sep:dash"]
    elif sub == "it.codicefiscale" and roll < 0.2:
        v, muts = raw.lower(), ["case:lower"]
    else:
        v = raw
    if g.r.random() < 0.15:
        v, more = unicode_mutation(g, v)
        muts += more
    return "NATIONAL_ID", sub, v, muts


TAX_BY_LANG = {
    "en": ["us.itin", "us.ein"],
    "de": ["de.vat"],
    "fr": ["fr.siren", "fr.siret"],
    "es": ["es.cif"],
    "it": ["it.iva"],
    "nl": ["nl.btw"],
    "pt": ["br.cnpj"],
}


def v_taxid(g: Gen, loc: str) -> Val:
    sub = g.pick(TAX_BY_LANG[lang_of(loc)])
    for _ in range(500):
        if sub == "us.itin":
            v = g.us.itin()
            ok = itin.is_valid(v)
        elif sub == "us.ein":
            v = g.us.ein()
            ok = ein.is_valid(v)
        elif sub == "br.cnpj":
            b = g.digits(8) + "0001"
            v = cnpj.format(b + cnpj.calc_check_digits(b))
            ok = cnpj.is_valid(v)
        elif sub == "fr.siren":
            v = luhn_complete(g.digits(8, True))
            ok = siren.is_valid(v)
            v = siren.format(v) if ok and g.r.random() < 0.5 else v
        elif sub == "fr.siret":
            v = luhn_complete(g.digits(13, True))
            ok = siret.is_valid(v)
        elif sub == "it.iva":
            v = by_suffix(g.digits(7, True) + g.pick(["001", "015", "037", "058", "082"]), iva.is_valid, 1) or ""
            ok = iva.is_valid(v)
        elif sub == "de.vat":
            v = "DE" + (by_suffix(g.digits(8, True), de_vat.is_valid, 1) or "")
            ok = de_vat.is_valid(v)
        elif sub == "nl.btw":
            b = by_suffix(g.digits(8, True), bsn.is_valid, 1) or ""
            v = f"NL{b}B{g.r.randint(1, 99):02d}"
            ok = btw.is_valid(v)
        else:
            b = g.pick(list("ABCDEFGHJ")) + g.digits(7)
            v = b + cif.calc_check_digits(b)[0]
            ok = cif.is_valid(v)
        if ok:
            return "TAX_ID", sub, v, []
    raise RuntimeError(sub)


def v_mrn(g: Gen, loc: str) -> Val:
    v = g.r.choice(
        [
            g.digits(8),
            "MRN" + g.digits(7),
            g.digits(3) + "-" + g.digits(3) + "-" + g.digits(3),
            "E" + g.digits(9),
            g.digits(2) + "-" + g.digits(6),
            "P" + g.digits(6),
            "KH-" + g.digits(7),
        ]
    )
    return "MEDICAL_RECORD_NUMBER", "mrn", v, []


def v_health(g: Gen, loc: str) -> Val:
    L = string.ascii_uppercase
    roll = g.r.random()
    if roll < 0.25:
        mbi = g.digits(1, True) + g.chars(1, "ACDEFGHJKMNPQRTUVWXY") + g.chars(1, "ACDEFGHJKMNPQRTUVWXY0123456789")
        mbi += g.digits(1) + g.chars(1, "ACDEFGHJKMNPQRTUVWXY") + g.chars(1, "ACDEFGHJKMNPQRTUVWXY0123456789")
        mbi += g.digits(1) + g.chars(2, "ACDEFGHJKMNPQRTUVWXY") + g.digits(2)
        v = group(mbi, [4, 3, 4], "-") if g.r.random() < 0.5 else mbi
        return "HEALTH_PLAN_NUMBER", "us.medicare_mbi", v, []
    if roll < 0.5:
        return "HEALTH_PLAN_NUMBER", "us.member_id", g.chars(3, L) + g.digits(9), []
    if roll < 0.7:
        return "HEALTH_PLAN_NUMBER", "de.kvnr", g.chars(1, L) + g.digits(9), []
    if roll < 0.85:
        return "HEALTH_PLAN_NUMBER", "eu.ehic", "80" + g.digits(18), []
    return "HEALTH_PLAN_NUMBER", "group+member", f"{g.digits(6)}-{g.digits(2)}", []


def v_routing(g: Gen, loc: str) -> Val:
    v = g.us.aba()
    assert rtn.is_valid(v)
    return "US_BANK_ROUTING", "us.rtn", v, []


B64 = string.ascii_letters + string.digits
B64S = B64 + "/+"
B64U = B64 + "-_"


def jwt(g: Gen) -> str:
    def enc(obj: dict[str, object]) -> str:
        return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).rstrip(b"=").decode()

    head = enc({"alg": g.pick(["HS256", "RS256", "ES256"]), "typ": "JWT"})
    body = enc({"sub": g.digits(8), "email": g.us.email(), "iat": 1760000000 + g.r.randint(0, 10**7)})
    return f"{head}.{body}.{g.chars(43, B64U)}"


def pem(g: Gen) -> str:
    label = g.pick(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
    lines = [g.chars(64, B64S) for _ in range(g.r.randint(4, 9))] + [g.chars(g.r.randint(8, 60), B64S) + "=="]
    return f"-----BEGIN {label}-----\n" + "\n".join(lines) + f"\n-----END {label}-----"


def v_secret(g: Gen, loc: str) -> Val:
    U = string.ascii_uppercase
    sub = g.pick(
        [
            "aws_access_key_id",
            "aws_secret_access_key",
            "aws_secret_access_key",
            "github_pat",
            "github_fine_grained",
            "github_oauth",
            "gitlab_pat",
            "slack_bot",
            "slack_user",
            "slack_webhook",
            "stripe_secret",
            "stripe_restricted",
            "google_api_key",
            "jwt",
            "pem_private_key",
            "password",
            "password",
            "openai_key",
            "anthropic_key",
            "npm_token",
            "sendgrid_key",
            "twilio_auth_token",
            "azure_storage_key",
            "db_connection_string",
        ]
    )
    if sub == "aws_access_key_id":
        v = g.pick(["AKIA", "ASIA"]) + g.chars(16, U + "234567")
    elif sub == "aws_secret_access_key":
        v = g.chars(40, B64S)
    elif sub == "github_pat":
        v = "ghp_" + g.chars(36, B64)
    elif sub == "github_fine_grained":
        v = "github_pat_" + g.chars(22, B64) + "_" + g.chars(59, B64)
    elif sub == "github_oauth":
        v = g.pick(["gho_", "ghs_", "ghu_", "ghr_"]) + g.chars(36, B64)
    elif sub == "gitlab_pat":
        v = "glpat-" + g.chars(20, B64U)
    elif sub == "slack_bot":
        v = f"xoxb-{g.digits(12)}-{g.digits(13)}-{g.chars(24, B64)}"
    elif sub == "slack_user":
        v = f"xoxp-{g.digits(12)}-{g.digits(12)}-{g.digits(13)}-{g.chars(32, '0123456789abcdef')}"
    elif sub == "slack_webhook":
        v = f"https://hooks.slack.com/services/T{g.chars(8, U + string.digits)}/B{g.chars(10, U + string.digits)}/{g.chars(24, B64)}"
    elif sub == "stripe_secret":
        v = g.pick(["sk_live_", "sk_test_"]) + g.chars(g.r.choice([24, 99]), B64)
    elif sub == "stripe_restricted":
        v = "rk_live_" + g.chars(24, B64)
    elif sub == "google_api_key":
        v = "AIza" + g.chars(35, B64U)
    elif sub == "jwt":
        v = jwt(g)
    elif sub == "pem_private_key":
        v = pem(g)
    elif sub == "password":
        v = g.us.password(length=g.r.randint(8, 20)) if g.r.random() < 0.6 else g.us.word() + g.digits(4) + "!"
    elif sub == "openai_key":
        v = "sk-" + g.pick(["", "proj-"]) + g.chars(48, B64)
    elif sub == "anthropic_key":
        v = "sk-ant-api03-" + g.chars(93, B64U) + "AA"
    elif sub == "npm_token":
        v = "npm_" + g.chars(36, B64)
    elif sub == "sendgrid_key":
        v = "SG." + g.chars(22, B64U) + "." + g.chars(43, B64U)
    elif sub == "twilio_auth_token":
        v = g.chars(32, "0123456789abcdef")
    elif sub == "azure_storage_key":
        v = g.chars(86, B64S) + "=="
    else:
        pw = g.us.password(length=12, special_chars=False)
        host = g.pick(["db.internal", g.us.domain_name(), "10.0.3.17", "prod-pg.cluster-x.eu-west-1.rds.amazonaws.com"])
        v = g.pick(
            [
                f"Server={host};Database={g.us.word()};User Id={g.us.user_name()};Password={pw};",
                f"Data Source={host};Initial Catalog=app;User ID=sa;Password={pw}",
                f"host={host} port=5432 dbname=app user={g.us.user_name()} password={pw}",
            ]
        )
    return "SECRET", sub, v, []


def v_urlcred(g: Gen, loc: str) -> Val:
    scheme = g.pick(["postgres", "postgresql", "mysql", "mongodb+srv", "redis", "amqp", "https", "ftp", "smtp"])
    user = g.us.user_name()
    pw = g.us.password(length=g.r.randint(8, 16), special_chars=False)
    host = g.pick([g.us.domain_name(), "localhost", g.us.ipv4_private(), "cluster0.ab12c.mongodb.net"])
    port = {"postgres": ":5432", "postgresql": ":5432", "mysql": ":3306", "redis": ":6379", "amqp": ":5672"}.get(
        scheme, ""
    )
    path = g.pick(["/app", "/prod", "/", "", "/orders?sslmode=require", "/vhost"])
    return "URL_CREDENTIALS", scheme, f"{scheme}://{user}:{pw}@{host}{port}{path}", []


def v_ssn_or_natid(g: Gen, loc: str) -> Val:
    return v_ssn(g, loc) if loc in ("en_US", "en_CA") or g.r.random() < 0.1 else v_natid(g, loc)


SENSITIVE: dict[str, Callable[[Gen, str], Val]] = {
    "person": v_person,
    "email": v_email,
    "phone": v_phone,
    "card": v_card,
    "ssn": v_ssn_or_natid,
    "iban": v_iban,
    "bban": v_bban,
    "address": v_address,
    "city": v_city,
    "country": v_country,
    "region": v_region,
    "dob": v_dob,
    "ip": v_ip,
    "passport": v_passport,
    "license": v_license,
    "natid": v_natid,
    "taxid": v_taxid,
    "mrn": v_mrn,
    "health": v_health,
    "routing": v_routing,
    "secret": v_secret,
    "urlcred": v_urlcred,
}


# ---------------------------------------------------------------------------------------------------------
# Ordinary look-alikes a detector must keep: (kind, subtype, value).

Ord = tuple[str, str, str]


def ordinary(g: Gen, loc: str) -> Ord:
    r = g.r
    k = g.pick(
        [
            "order", "ticket", "invoice", "sku", "version", "amount", "tracking", "quantity", "percent",
            "time", "date", "error", "commit", "uuid", "isbn", "product", "order", "amount", "date",
        ]
    )  # fmt: skip
    if k == "order":
        v = r.choice(
            [
                f"ORD-{r.randint(2019, 2026)}-{g.digits(6)}",
                f"#{g.digits(r.randint(6, 9), True)}",
                f"{g.digits(3)}-{g.digits(7)}-{g.digits(7)}",
                f"A{g.digits(8)}",
            ]
        )
        return "ORDER_ID", "order", v
    if k == "ticket":
        return (
            "TICKET_ID",
            "ticket",
            r.choice(
                [
                    f"TCK-{g.digits(5)}",
                    f"INC{g.digits(7)}",
                    f"#{g.digits(5, True)}",
                    f"JIRA-{g.digits(4, True)}",
                    f"CS-{g.digits(6)}",
                ]
            ),
        )
    if k == "invoice":
        return (
            "INVOICE_ID",
            "invoice",
            r.choice(
                [
                    f"INV-{g.digits(6)}",
                    f"RE-{r.randint(2020, 2026)}-{g.digits(5)}",
                    f"F{g.digits(4)}/{r.randint(2020, 2026)}",
                    f"FA{g.digits(8)}",
                ]
            ),
        )
    if k == "sku":
        return (
            "SKU",
            "sku",
            f"{g.chars(3, string.ascii_uppercase)}-{g.digits(4)}-{g.pick(['XS', 'S', 'M', 'L', 'XL', 'BLK', 'WHT'])}",
        )
    if k == "version":
        return (
            "VERSION",
            "semver",
            r.choice(
                [
                    f"v{r.randint(0, 12)}.{r.randint(0, 40)}.{r.randint(0, 20)}",
                    f"{r.randint(1, 9)}.{r.randint(0, 99)}.{r.randint(0, 9)}-rc{r.randint(1, 4)}",
                    f"build {r.randint(1000, 99999)}",
                    f"{r.randint(2019, 2026)}.{r.randint(1, 12)}.{r.randint(1, 9)}",
                ]
            ),
        )
    if k == "amount":
        a = r.randint(1, 99999) + r.randint(0, 99) / 100
        v = r.choice(
            [
                f"${a:,.2f}",
                f"€{a:,.2f}".replace(",", "X").replace(".", ",").replace("X", "."),
                f"{a:.2f} EUR",
                f"£{a:,.2f}",
                f"R$ {a:,.2f}".replace(",", "X").replace(".", ",").replace("X", "."),
                f"USD {a:,.2f}",
                f"{a:,.2f} €".replace(",", " "),
            ]
        )
        return "AMOUNT", "money", v
    if k == "tracking":
        v = r.choice(
            [
                f"1Z{g.chars(6, string.ascii_uppercase + string.digits)}{g.digits(10)}",
                f"JD{g.digits(18)}",
                f"{g.digits(12)}",
                f"RR{g.digits(9)}DE",
                f"LX{g.digits(9)}NL",
            ]
        )
        return "TRACKING_NUMBER", "parcel", v
    if k == "quantity":
        return (
            "QUANTITY",
            "qty",
            f"{r.randint(1, 500)} {g.pick(['units', 'pcs', 'Stück', 'boxes', 'unités', 'kg', 'mg', 'ml'])}",
        )
    if k == "percent":
        return (
            "PERCENTAGE",
            "pct",
            g.pick(
                [
                    f"{r.randint(1, 99)}%",
                    f"{r.randint(1, 99)},{r.randint(0, 9)} %",
                    f"{r.randint(1, 99)}.{r.randint(0, 9)}%",
                ]
            ),
        )
    if k == "time":
        return (
            "TIME",
            "clock",
            g.pick(
                [
                    f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}",
                    f"{r.randint(1, 12)}:{r.randint(0, 59):02d} {g.pick(['AM', 'PM', 'pm'])}",
                    f"{r.randint(0, 23)}h{r.randint(0, 59):02d}",
                ]
            ),
        )
    if k == "date":
        d = dt.date(2026, 1, 1) + dt.timedelta(days=r.randint(-400, 400))
        v, fmt = format_date(g, d, lang_of(loc))
        return "DATE", "not_birth/" + fmt, v
    if k == "error":
        return (
            "ERROR_CODE",
            "error",
            g.pick(
                [
                    f"E{g.digits(4)}",
                    f"HTTP {g.pick(['400', '401', '403', '404', '429', '500', '502', '503'])}",
                    f"0x{g.chars(8, '0123456789ABCDEF')}",
                    g.pick(["ERR_CONNECTION_RESET", "ECONNREFUSED", "ORA-00942", "SQLSTATE 40001"]),
                ]
            ),
        )
    if k == "commit":
        return "COMMIT_HASH", "git", g.chars(g.r.choice([7, 8, 12, 40]), "0123456789abcdef")
    if k == "uuid":
        return "REQUEST_ID", "uuid4", g.us.uuid4()
    if k == "isbn":
        return "ISBN", "isbn13", g.us.isbn13()
    return (
        "PRODUCT_NAME",
        "product",
        g.pick(
            [
                "Galaxy S23 Ultra",
                "iPhone 15 Pro",
                "ThinkPad X1 Carbon Gen 11",
                "Kindle Paperwhite",
                "AirPods Pro 2",
                "Pixel 8a",
                "Dyson V15",
                "PlayStation 5",
                "Surface Pro 9",
                "Fritz!Box 7590",
                "Nespresso Vertuo",
            ]
        ),
    )


# ---------------------------------------------------------------------------------------------------------
# Carrier sentences, per language. "{}" is the value; the first list entry is the neutral fallback.

CUES: dict[str, dict[str, list[str]]] = {
    "person": {
        "en": [
            "My name is {}.",
            "This is {} from accounts.",
            "The account holder is {}.",
            "Please forward this to {}.",
            "{} called earlier about this.",
            "Booked under {}.",
        ],
        "de": [
            "Mein Name ist {}.",
            "Der Kontoinhaber ist {}.",
            "Bitte leiten Sie das an {} weiter.",
            "Hier schreibt {}.",
            "Bestellt hat {}.",
        ],
        "fr": [
            "Je m'appelle {}.",
            "Le titulaire du compte est {}.",
            "Merci de transmettre à {}.",
            "{} a appelé ce matin.",
            "Réservation au nom de {}.",
        ],
        "es": [
            "Me llamo {}.",
            "El titular de la cuenta es {}.",
            "Por favor, reenvíelo a {}.",
            "Le escribe {}.",
            "La reserva está a nombre de {}.",
        ],
        "it": [
            "Mi chiamo {}.",
            "L'intestatario del conto è {}.",
            "Inoltrate a {}, per favore.",
            "Vi scrive {}.",
            "Prenotazione a nome di {}.",
        ],
        "nl": [
            "Mijn naam is {}.",
            "De rekeninghouder is {}.",
            "Stuur dit door naar {}.",
            "U spreekt met {}.",
            "Geboekt op naam van {}.",
        ],
        "pt": [
            "Meu nome é {}.",
            "O titular da conta é {}.",
            "Por favor encaminhe para {}.",
            "Aqui é {}.",
            "Reserva em nome de {}.",
        ],
    },
    "email": {
        "en": ["You can reach me at {}.", "My email is {}", "Send the receipt to {} please.", "Login: {}"],
        "de": ["Meine E-Mail-Adresse lautet {}.", "Bitte an {} schicken.", "Login: {}"],
        "fr": ["Mon adresse e-mail est {}.", "Écrivez-moi à {}.", "Identifiant : {}"],
        "es": ["Mi correo es {}.", "Escríbame a {}.", "Usuario: {}"],
        "it": ["La mia email è {}.", "Scrivetemi a {}.", "Utente: {}"],
        "nl": ["Mijn e-mailadres is {}.", "Mail naar {} graag.", "Gebruiker: {}"],
        "pt": ["Meu e-mail é {}.", "Pode me escrever em {}.", "Usuário: {}"],
    },
    "phone": {
        "en": [
            "Call me at {}.",
            "My number is {}",
            "Best number to reach me: {}.",
            "Cell: {}",
            "Text me on {} after 5.",
        ],
        "de": ["Rufen Sie mich unter {} an.", "Tel.: {}", "Meine Handynummer: {}", "Erreichbar unter {}."],
        "fr": ["Vous pouvez me joindre au {}.", "Tél. : {}", "Mon portable : {}"],
        "es": ["Mi teléfono es {}.", "Llámeme al {}.", "Móvil: {}"],
        "it": ["Il mio numero è {}.", "Chiamatemi al {}.", "Cell.: {}"],
        "nl": ["Bel me op {}.", "Mijn nummer is {}.", "Tel: {}"],
        "pt": ["Meu telefone é {}.", "Me liga no {}.", "Celular: {}"],
    },
    "card": {
        "en": [
            "My card {} was charged twice.",
            "Card number: {}",
            "I paid with {} exp 09/28.",
            "Please refund to card {}",
        ],
        "de": ["Meine Karte {} wurde doppelt belastet.", "Kartennummer: {}", "Bezahlt mit {}."],
        "fr": ["Ma carte {} a été débitée deux fois.", "Numéro de carte : {}", "Payé avec la carte {}."],
        "es": ["Me cobraron dos veces en la tarjeta {}.", "Número de tarjeta: {}", "Pagué con {}."],
        "it": ["La carta {} è stata addebitata due volte.", "Numero carta: {}", "Ho pagato con {}."],
        "nl": ["Mijn kaart {} is twee keer belast.", "Kaartnummer: {}", "Betaald met {}."],
        "pt": ["Meu cartão {} foi cobrado duas vezes.", "Número do cartão: {}", "Paguei com {}."],
    },
    "ssn": {"en": ["SSN {}", "My social is {}.", "Social Security Number: {}", "last form had ssn {} on it"]},
    "iban": {
        "en": ["IBAN: {}", "Please refund to {}.", "Bank account (IBAN) {}"],
        "de": ["Bitte überweisen Sie auf {}.", "IBAN: {}", "Meine Bankverbindung: {}"],
        "fr": ["Mon IBAN : {}", "Merci de rembourser sur le compte {}."],
        "es": ["Mi IBAN es {}.", "Devuélvanlo a la cuenta {}."],
        "it": ["IBAN: {}", "Rimborso sul conto {} per favore."],
        "nl": ["Mijn IBAN is {}.", "Terugstorten op {} graag."],
        "pt": ["Meu IBAN: {}", "Reembolso na conta {}."],
    },
    "bban": {
        "en": ["Account number {}", "acct no. {}"],
        "de": ["Kontonummer {}", "Konto-Nr. {}"],
        "fr": ["Numéro de compte {}", "RIB {}"],
        "es": ["Número de cuenta {}", "CCC {}"],
        "it": ["Numero di conto {}", "conto n. {}"],
        "nl": ["Rekeningnummer {}", "rek.nr. {}"],
        "pt": ["Número da conta {}", "conta {}"],
    },
    "address": {
        "en": ["Ship it to {}.", "My address is {}", "Billing address:\n{}", "I moved to {}"],
        "de": ["Lieferadresse: {}", "Meine Anschrift lautet {}", "Bitte an folgende Adresse:\n{}"],
        "fr": ["Adresse de livraison : {}", "J'habite au {}", "Envoyez-le à :\n{}"],
        "es": ["Dirección de envío: {}", "Vivo en {}", "Envíenlo a:\n{}"],
        "it": ["Indirizzo di consegna: {}", "Abito in {}", "Spedite a:\n{}"],
        "nl": ["Afleveradres: {}", "Ik woon op {}", "Stuur het naar:\n{}"],
        "pt": ["Endereço de entrega: {}", "Moro na {}", "Enviem para:\n{}"],
    },
    "city": {
        "en": ["I'm based in {}.", "The branch in {} was closed.", "Flying out of {} tomorrow."],
        "de": ["Ich wohne in {}.", "Die Filiale in {} war geschlossen."],
        "fr": ["J'habite à {}.", "L'agence de {} était fermée."],
        "es": ["Vivo en {}.", "La oficina de {} estaba cerrada."],
        "it": ["Abito a {}.", "La filiale di {} era chiusa."],
        "nl": ["Ik woon in {}.", "Het filiaal in {} was dicht."],
        "pt": ["Moro em {}.", "A agência de {} estava fechada."],
    },
    "country": {
        "en": ["I'm travelling in {} this month.", "Card was used in {}.", "Nationality: {}"],
        "de": ["Ich bin gerade in {} unterwegs.", "Staatsangehörigkeit: {}"],
        "fr": ["Je suis en voyage : {}.", "Nationalité : {}"],
        "es": ["Estoy de viaje en {}.", "Nacionalidad: {}"],
        "it": ["Sono in viaggio in {}.", "Nazionalità: {}"],
        "nl": ["Ik ben op reis in {}.", "Nationaliteit: {}"],
        "pt": ["Estou viajando em {}.", "Nacionalidade: {}"],
    },
    "region": {
        "en": ["I live in {}.", "State/region: {}"],
        "de": ["Bundesland: {}", "Ich wohne in {}."],
        "fr": ["Région : {}", "J'habite en {}."],
        "es": ["Provincia: {}", "Vivo en {}."],
        "it": ["Provincia: {}", "Vivo in {}."],
        "nl": ["Provincie: {}", "Ik woon in {}."],
        "pt": ["Estado: {}", "Moro em {}."],
    },
    "dob": {
        "en": ["DOB: {}", "I was born {}.", "born on {}", "Date of birth {}", "d.o.b. {}"],
        "de": ["geb. {}", "Geburtsdatum: {}", "Ich bin am {} geboren."],
        "fr": ["né le {}", "née le {}", "Date de naissance : {}"],
        "es": ["nacido el {}", "Fecha de nacimiento: {}", "nací el {}"],
        "it": ["nato il {}", "nata il {}", "Data di nascita: {}"],
        "nl": ["geboren op {}", "Geboortedatum: {}", "geb. {}"],
        "pt": ["nascido em {}", "Data de nascimento: {}", "nasci em {}"],
    },
    "ip": {"en": ["Login came from {}.", "client ip {}", "My IP is {}", "blocked {} after 5 attempts"]},
    "passport": {
        "en": ["Passport no. {}", "My passport number is {}.", "passport: {}"],
        "de": ["Reisepassnummer {}", "Pass-Nr.: {}"],
        "fr": ["Numéro de passeport : {}", "passeport n° {}"],
        "es": ["Número de pasaporte: {}", "pasaporte {}"],
        "it": ["Numero di passaporto: {}", "passaporto n. {}"],
        "nl": ["Paspoortnummer: {}", "paspoort {}"],
        "pt": ["Número do passaporte: {}", "passaporte {}"],
    },
    "license": {
        "en": ["Driver's license {}", "DL# {}", "driving licence number {}"],
        "de": ["Führerscheinnummer {}", "Führerschein-Nr. {}"],
        "fr": ["Numéro de permis de conduire : {}", "permis n° {}"],
        "es": ["Carnet de conducir: {}", "permiso de conducción {}"],
        "it": ["Patente n. {}", "numero patente {}"],
        "nl": ["Rijbewijsnummer {}", "rijbewijs {}"],
        "pt": ["CNH {}", "carta de condução n.º {}"],
    },
    "natid": {
        "en": [
            "My ID number is {}.",
            "National ID: {}",
            "id no {}",
            "personal number {}",
            "NI number {}",
            "here it is: {}",
        ],
        "de": [
            "Meine Steuer-ID ist {}.",
            "Steueridentifikationsnummer: {}",
            "ID-Nr. {}",
            "Sozialversicherungsnummer {}",
            "hier: {}",
        ],
        "fr": ["Mon numéro de sécurité sociale : {}", "N° INSEE {}", "NIR : {}", "le voici : {}"],
        "es": ["Mi DNI es {}.", "NIE: {}", "NIF {}", "documento {}", "aquí está: {}"],
        "it": ["Il mio codice fiscale è {}.", "CF: {}", "cod. fisc. {}", "eccolo: {}"],
        "nl": ["Mijn BSN is {}.", "burgerservicenummer: {}", "rijksregisternummer {}", "hier is het: {}"],
        "pt": ["Meu CPF é {}.", "CPF: {}", "NIF {}", "contribuinte n.º {}", "segue: {}"],
    },
    "taxid": {
        "en": ["Tax ID {}", "EIN: {}", "ITIN {}", "VAT number {}", "company reg {}"],
        "de": ["USt-IdNr. {}", "Steuernummer der Firma: {}"],
        "fr": ["SIREN {}", "SIRET : {}", "n° TVA {}"],
        "es": ["CIF de la empresa: {}", "NIF empresa {}"],
        "it": ["Partita IVA {}", "P.IVA: {}"],
        "nl": ["btw-nummer {}", "BTW: {}"],
        "pt": ["CNPJ {}", "CNPJ da empresa: {}"],
    },
    "mrn": {
        "en": ["MRN: {}", "Medical record # {}", "chart no. {}", "Pt ID {}"],
        "de": ["Patientennummer {}", "Fall-Nr. {}"],
        "fr": ["N° de dossier patient {}", "IPP {}"],
    },
    "health": {
        "en": ["Member ID: {}", "Insurance member id {}", "Medicare MBI {}", "health plan no. {}", "Policy/Group {}"],
        "de": ["Versichertennummer {}", "Krankenversichertennummer: {}"],
        "fr": ["N° d'adhérent mutuelle {}", "carte européenne {}"],
        "es": ["Número de afiliado {}", "tarjeta sanitaria {}"],
        "it": ["Tessera sanitaria {}", "n. iscrizione {}"],
        "nl": ["Verzekerdennummer {}", "polisnummer {}"],
        "pt": ["Carteirinha do plano {}", "cartão SUS {}"],
    },
    "routing": {"en": ["Routing number {}", "ABA {}", "RTN: {}", "routing # {}"]},
    "secret": {"en": ["{}", "here's the key: {}", "token={}", "I accidentally pasted this: {}"]},
    "urlcred": {"en": ["DATABASE_URL={}", "connect with {}", "the url is {}", "{}"]},
}
SECRET_CUES = {
    "aws_access_key_id": ["AWS_ACCESS_KEY_ID={}", "aws_access_key_id = {}", "access key {}", "{}"],
    "aws_secret_access_key": [
        "AWS_SECRET_ACCESS_KEY={}",
        "aws_secret_access_key = {}",
        "secret: {}",
        "{}",
        "and the other one {}",
    ],
    "password": [
        "password: {}",
        "Password: {}",
        "pw {}",
        "Passwort: {}",
        "mot de passe : {}",
        "contraseña: {}",
        "pwd={}",
    ],
    "jwt": ["Authorization: Bearer {}", "token {}", "{}"],
    "pem_private_key": ["{}", "key below\n{}", "id_rsa:\n{}"],
    "db_connection_string": ["{}", "ConnectionStrings__Default={}", "conn: {}"],
}
ORD_CUES: dict[str, dict[str, list[str]]] = {
    "ORDER_ID": {
        "en": ["order {}", "Order number: {}"],
        "de": ["Bestellung {}", "Bestellnr. {}"],
        "fr": ["commande {}"],
        "es": ["pedido {}"],
        "it": ["ordine {}"],
        "nl": ["bestelling {}"],
        "pt": ["pedido {}"],
    },
    "TICKET_ID": {
        "en": ["ticket {}", "re: case {}"],
        "de": ["Vorgang {}"],
        "fr": ["dossier {}"],
        "es": ["incidencia {}"],
        "it": ["ticket {}"],
        "nl": ["ticket {}"],
        "pt": ["chamado {}"],
    },
    "INVOICE_ID": {
        "en": ["invoice {}"],
        "de": ["Rechnung {}"],
        "fr": ["facture {}"],
        "es": ["factura {}"],
        "it": ["fattura {}"],
        "nl": ["factuur {}"],
        "pt": ["fatura {}"],
    },
    "SKU": {"en": ["item {}", "SKU {}"]},
    "VERSION": {"en": ["app version {}", "since {}", "on firmware {}"], "de": ["Version {}"], "fr": ["version {}"]},
    "AMOUNT": {
        "en": ["I was charged {}", "total {}", "refund of {}"],
        "de": ["Betrag {}", "abgebucht wurden {}"],
        "fr": ["montant de {}"],
        "es": ["importe de {}"],
        "it": ["importo di {}"],
        "nl": ["bedrag van {}"],
        "pt": ["valor de {}"],
    },
    "TRACKING_NUMBER": {
        "en": ["tracking {}", "shipment {}"],
        "de": ["Sendungsnummer {}"],
        "fr": ["numéro de suivi {}"],
        "es": ["seguimiento {}"],
        "it": ["tracking {}"],
        "nl": ["track & trace {}"],
        "pt": ["rastreio {}"],
    },
    "QUANTITY": {"en": ["I ordered {}", "qty {}"], "de": ["Menge: {}"], "fr": ["quantité : {}"]},
    "PERCENTAGE": {"en": ["a {} discount", "battery at {}"], "de": ["{} Rabatt"], "fr": ["remise de {}"]},
    "TIME": {
        "en": ["at {}", "around {}"],
        "de": ["um {}"],
        "fr": ["à {}"],
        "es": ["a las {}"],
        "it": ["alle {}"],
        "nl": ["om {}"],
        "pt": ["às {}"],
    },
    "DATE": {
        "en": ["appointment on {}", "deadline {}", "delivered {}", "next review {}"],
        "de": ["Termin am {}", "Frist bis {}"],
        "fr": ["rendez-vous le {}", "échéance le {}"],
        "es": ["cita el {}", "plazo hasta el {}"],
        "it": ["appuntamento il {}", "scadenza {}"],
        "nl": ["afspraak op {}", "deadline {}"],
        "pt": ["consulta em {}", "prazo até {}"],
    },
    "ERROR_CODE": {"en": ["error {}", "it fails with {}", "got {}"]},
    "COMMIT_HASH": {"en": ["fixed in {}", "commit {}", "regressed at {}"]},
    "REQUEST_ID": {"en": ["request id {}", "correlation-id: {}", "trace {}"]},
    "ISBN": {"en": ["ISBN {}", "the book {}"]},
    "PRODUCT_NAME": {
        "en": ["my {}", "the {} I bought"],
        "de": ["mein {}"],
        "fr": ["mon {}"],
        "es": ["mi {}"],
        "it": ["il mio {}"],
        "nl": ["mijn {}"],
        "pt": ["meu {}"],
    },
}
LABELS = {
    "person": {"en": "Name", "de": "Name", "fr": "Nom", "es": "Nombre", "it": "Nome", "nl": "Naam", "pt": "Nome"},
    "email": {
        "en": "Email",
        "de": "E-Mail",
        "fr": "Courriel",
        "es": "Correo",
        "it": "Email",
        "nl": "E-mail",
        "pt": "E-mail",
    },
    "phone": {
        "en": "Phone",
        "de": "Telefon",
        "fr": "Téléphone",
        "es": "Teléfono",
        "it": "Telefono",
        "nl": "Telefoon",
        "pt": "Telefone",
    },
    "address": {
        "en": "Address",
        "de": "Adresse",
        "fr": "Adresse",
        "es": "Dirección",
        "it": "Indirizzo",
        "nl": "Adres",
        "pt": "Endereço",
    },
    "dob": {
        "en": "Date of birth",
        "de": "Geburtsdatum",
        "fr": "Date de naissance",
        "es": "Fecha de nacimiento",
        "it": "Data di nascita",
        "nl": "Geboortedatum",
        "pt": "Data de nascimento",
    },
    "card": {"en": "Card", "de": "Karte", "fr": "Carte", "es": "Tarjeta", "it": "Carta", "nl": "Kaart", "pt": "Cartão"},
    "iban": {"en": "IBAN"},
    "natid": {
        "en": "ID number",
        "de": "Steuer-ID",
        "fr": "N° sécu",
        "es": "DNI/NIE",
        "it": "Codice fiscale",
        "nl": "BSN",
        "pt": "CPF/NIF",
    },
    "city": {"en": "City", "de": "Ort", "fr": "Ville", "es": "Ciudad", "it": "Città", "nl": "Plaats", "pt": "Cidade"},
    "country": {"en": "Country", "de": "Land", "fr": "Pays", "es": "País", "it": "Paese", "nl": "Land", "pt": "País"},
    "passport": {
        "en": "Passport",
        "de": "Reisepass",
        "fr": "Passeport",
        "es": "Pasaporte",
        "it": "Passaporto",
        "nl": "Paspoort",
        "pt": "Passaporte",
    },
    "license": {
        "en": "Driver license",
        "de": "Führerschein",
        "fr": "Permis",
        "es": "Carnet",
        "it": "Patente",
        "nl": "Rijbewijs",
        "pt": "CNH",
    },
    "ssn": {"en": "SSN"},
    "mrn": {"en": "MRN"},
    "health": {"en": "Member ID", "de": "Versichertennr.", "fr": "N° adhérent"},
    "ip": {"en": "IP"},
    "routing": {"en": "Routing"},
    "taxid": {"en": "Tax ID", "de": "USt-IdNr.", "fr": "SIRET", "it": "P.IVA", "pt": "CNPJ"},
    "bban": {
        "en": "Account",
        "de": "Kontonummer",
        "fr": "Compte",
        "es": "Cuenta",
        "it": "Conto",
        "nl": "Rekening",
        "pt": "Conta",
    },
    "secret": {"en": "Secret"},
    "urlcred": {"en": "URL"},
    "region": {
        "en": "Region",
        "de": "Bundesland",
        "fr": "Région",
        "es": "Provincia",
        "it": "Provincia",
        "nl": "Provincie",
        "pt": "Estado",
    },
}
GREET = {
    "en": (["Hi", "Hello", "Dear", "Hey"], ["Thanks", "Thanks,", "Best regards", "Cheers", "Kind regards", "Regards"]),
    "de": (
        ["Hallo", "Guten Tag", "Sehr geehrte Damen und Herren, hier", "Liebe"],
        ["Viele Grüße", "Mit freundlichen Grüßen", "Danke", "LG"],
    ),
    "fr": (["Bonjour", "Salut", "Madame, Monsieur, ici"], ["Cordialement", "Merci", "Bien à vous", "Bonne journée"]),
    "es": (["Hola", "Buenos días", "Estimado"], ["Saludos", "Gracias", "Un saludo", "Atentamente"]),
    "it": (["Buongiorno", "Ciao", "Gentile"], ["Cordiali saluti", "Grazie", "Saluti", "Distinti saluti"]),
    "nl": (["Hallo", "Beste", "Goedemiddag"], ["Met vriendelijke groet", "Groetjes", "Bedankt", "Mvg"]),
    "pt": (["Olá", "Bom dia", "Prezados"], ["Obrigado", "Atenciosamente", "Abraços", "Obrigada"]),
}
FILLER = {
    "en": [
        "I've been waiting for two weeks.",
        "Nothing happened after the update.",
        "Can someone look into this?",
        "Still not resolved.",
        "This is urgent.",
    ],
    "de": ["Ich warte seit zwei Wochen.", "Bitte um schnelle Rückmeldung.", "Das Problem besteht weiterhin."],
    "fr": ["J'attends depuis deux semaines.", "Merci de me répondre rapidement.", "Le problème persiste."],
    "es": ["Llevo dos semanas esperando.", "Por favor, respondan pronto.", "El problema continúa."],
    "it": ["Aspetto da due settimane.", "Vi prego di rispondere presto.", "Il problema persiste."],
    "nl": ["Ik wacht al twee weken.", "Graag snel reactie.", "Het probleem blijft bestaan."],
    "pt": ["Estou esperando há duas semanas.", "Por favor, respondam logo.", "O problema continua."],
}
SUBJECTS = {
    "en": ["my account", "order", "invoice", "refund", "login problem"],
    "de": ["Konto", "Bestellung", "Rechnung", "Erstattung"],
    "fr": ["mon compte", "commande", "facture", "remboursement"],
    "es": ["mi cuenta", "pedido", "factura", "reembolso"],
    "it": ["il mio conto", "ordine", "fattura", "rimborso"],
    "nl": ["mijn rekening", "bestelling", "factuur", "terugbetaling"],
    "pt": ["minha conta", "pedido", "fatura", "reembolso"],
}
THANKS = {
    "en": ["thanks", "thx", "ty,", "cheers"],
    "de": ["Danke,", "danke", "LG"],
    "fr": ["merci", "Merci,"],
    "es": ["gracias", "Gracias,"],
    "it": ["grazie", "Grazie,"],
    "nl": ["bedankt", "dank je,"],
    "pt": ["obrigado", "valeu,"],
}
CLINICAL = [
    "Pt reports chest pain x2 days.",
    "BP 128/82, HR 76.",
    "Started metformin 500 mg BID.",
    "Follow-up in 6 weeks.",
    "Allergies: NKDA.",
    "A1c 7.2%.",
    "Labs pending.",
]

# Kinds per style, weighted so every major kind gets several hundred values.
STYLE_KINDS = {
    "ticket": [
        "person",
        "email",
        "phone",
        "card",
        "iban",
        "address",
        "natid",
        "ssn",
        "passport",
        "license",
        "dob",
        "taxid",
        "bban",
        "city",
        "country",
        "secret",
        "urlcred",
        "health",
    ],
    "chat": [
        "person",
        "phone",
        "email",
        "card",
        "address",
        "city",
        "country",
        "dob",
        "natid",
        "iban",
        "secret",
        "ssn",
        "region",
        "secret",
        "ip",
    ],
    "email": [
        "person",
        "email",
        "phone",
        "iban",
        "bban",
        "address",
        "natid",
        "dob",
        "taxid",
        "passport",
        "city",
        "region",
        "card",
    ],
    "clinical": ["person", "dob", "mrn", "health", "phone", "address", "natid", "ssn", "city"],
    "log": ["email", "ip", "secret", "urlcred", "card", "phone", "secret", "routing", "secret"],
    "form": [
        "person",
        "email",
        "phone",
        "address",
        "dob",
        "natid",
        "passport",
        "license",
        "card",
        "iban",
        "ssn",
        "routing",
        "health",
        "city",
        "country",
        "region",
        "taxid",
        "bban",
        "mrn",
        "secret",
    ],
    "csv": ["person", "email", "phone", "city", "country", "dob", "card", "iban", "natid", "ssn", "ip"],
}


# ---------------------------------------------------------------------------------------------------------
# Records.


class Rec:
    """Builds one text by appending pieces, recording the offsets of the labelled ones as it goes."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.n = 0
        self.sensitive: list[dict[str, object]] = []
        self.ordinary: list[dict[str, object]] = []
        self.ambiguous: list[dict[str, object]] = []
        self.values: list[tuple[int, int, str]] = []

    def a(self, kind: str, sub: str, v: str) -> None:
        self.ambiguous.append({"kind": kind, "subtype": sub, "start": self.n, "end": self.n + len(v)})
        self.values.append((self.n, self.n + len(v), v))
        self.t(v)

    def t(self, s: str) -> None:
        self.parts.append(s)
        self.n += len(s)

    def s(self, val: Val) -> None:
        kind, sub, v, muts = val
        v = v.strip(" ")
        span: dict[str, object] = {"kind": kind, "subtype": sub, "start": self.n, "end": self.n + len(v)}
        if muts:
            span["mutation"] = muts
        self.sensitive.append(span)
        self.values.append((self.n, self.n + len(v), v))
        self.t(v)

    def o(self, val: Ord) -> None:
        kind, sub, v = val
        self.ordinary.append({"kind": kind, "subtype": sub, "start": self.n, "end": self.n + len(v)})
        self.values.append((self.n, self.n + len(v), v))
        self.t(v)

    def text(self) -> str:
        return "".join(self.parts)


def cues(table: dict[str, list[str]], lang: str) -> list[str]:
    return table.get(lang) or table["en"]


def split_tmpl(t: str) -> tuple[str, str]:
    before, _, after = t.partition("{}")
    return before, after


def put_person(g: Gen, rec: Rec, loc: str, val: Val | None = None) -> None:
    lang = lang_of(loc)
    val = val or v_person(g, loc)
    if g.r.random() < 0.3:
        rec.t(g.pick(TITLES[lang]) + " ")
        val = (val[0], val[1] + "/after_title", val[2], val[3])
    rec.s(val)
    if lang == "en" and g.r.random() < 0.1:
        rec.t(g.pick([" ", ", "]) + g.pick(SUFFIXES))


def sentence(g: Gen, rec: Rec, loc: str, slot: str) -> None:
    lang = lang_of(loc)
    val = SENSITIVE[slot](g, loc)
    if slot == "secret" and val[1] in SECRET_CUES:
        tmpl = g.pick(SECRET_CUES[val[1]])
    else:
        tmpl = g.pick(cues(CUES[slot], lang))
    before, after = split_tmpl(tmpl)
    if after.startswith(".") and val[2][-1:] in ".\n":
        after = after[1:]
    if (
        slot in ("phone", "card", "iban", "natid", "email", "dob", "passport")
        and before.endswith(": ")
        and g.r.random() < 0.1
    ):
        before = before[:-1] + "\n"  # label and value on separate lines
        val = (val[0], val[1], val[2], [*val[3], "linebreak_after_label"])
    rec.t(before)
    if slot == "person":
        put_person(g, rec, loc, val)
    else:
        rec.s(val)
    rec.t(after)


POSTAL_CUES = {
    "en": ["Do you deliver to {}?", "shipping zone {}"],
    "de": ["Liefern Sie auch nach PLZ {}?", "Versandzone {}"],
    "fr": ["Livrez-vous le {} ?", "code postal {}"],
    "es": ["¿Envían al código postal {}?"],
    "it": ["Consegnate al CAP {}?"],
    "nl": ["Bezorgen jullie in {}?"],
    "pt": ["Vocês entregam no CEP {}?"],
}


def ord_sentence(g: Gen, rec: Rec, loc: str) -> None:
    if g.r.random() < 0.04:  # a postal code alone: deliberately unscored (see GENERALIZATION.md)
        before, after = split_tmpl(g.pick(cues(POSTAL_CUES, lang_of(loc))))
        rec.t(before)
        rec.a("POSTAL_CODE", "alone", g.f(loc).postcode())
        rec.t(after)
        return
    val = ordinary(g, loc)
    before, after = split_tmpl(g.pick(cues(ORD_CUES[val[0]], lang_of(loc))))
    rec.t(before[:1].upper() + before[1:])
    rec.o(val)
    rec.t(after + g.pick([".", "", " —", ";"]))


def body(g: Gen, rec: Rec, loc: str, style: str, n_sens: int, joiner: str = " ") -> None:
    slots = [g.pick(STYLE_KINDS[style]) for _ in range(n_sens)]
    pieces: list[str] = ["s:" + s for s in slots] + ["o"] * g.r.randint(0, 3)
    if g.r.random() < 0.5:
        pieces.append("f")
    g.r.shuffle(pieces)
    for i, p in enumerate(pieces):
        if i:
            rec.t(joiner if g.r.random() < 0.7 else "\n")
        if p == "o":
            ord_sentence(g, rec, loc)
        elif p == "f":
            rec.t(g.pick(FILLER[lang_of(loc)]) if style != "clinical" else g.pick(CLINICAL))
        else:
            sentence(g, rec, loc, p[2:])


def signoff(g: Gen, rec: Rec, loc: str) -> None:
    lang = lang_of(loc)
    so = g.pick(GREET[lang][1])
    rec.t(so.rstrip(",") + g.pick([",\n", ", ", "\n", " - "]))
    if g.r.random() < 0.55:
        rec.s(v_first_name(g, loc))
    else:
        put_person(g, rec, loc)


def build(g: Gen, loc: str, style: str) -> Rec:
    rec = Rec()
    lang = lang_of(loc)
    n_sens = 0 if g.r.random() < 0.06 else g.r.choice([1, 2, 2, 3, 3, 4, 5])
    if style == "ticket":
        rec.t("[")
        rec.o(("TICKET_ID", "ticket", f"TCK-{g.digits(6)}"))
        rec.t(
            f"] {g.pick(['Refund', 'Billing issue', 'Account locked', 'Delivery', 'Erstattung', 'Remboursement', 'Reembolso'])}\n"
        )
        body(g, rec, loc, style, n_sens)
    elif style == "email":
        rec.t(f"Subject: {g.pick(['Re: ', 'AW: ', 'RE: ', 'Fwd: ', ''])}{g.pick(SUBJECTS[lang])}\n\n")
        greet = g.pick(GREET[lang][0])
        rec.t(greet + " ")
        if g.r.random() < 0.5:
            rec.s(v_first_name(g, loc))
        else:
            put_person(g, rec, loc)
        rec.t(",\n\n")
        body(g, rec, loc, style, n_sens)
        rec.t("\n\n")
        signoff(g, rec, loc)
    elif style == "chat":
        for i in range(max(n_sens, 1) + g.r.randint(0, 2)):
            if i:
                rec.t("\n")
            rec.t("[")
            rec.o(("TIME", "clock", f"{g.r.randint(0, 23):02d}:{g.r.randint(0, 59):02d}"))
            who = g.pick(["customer", "agent", "user", "Kunde", "client"])
            rec.t(f"] {who}: ")
            if i < n_sens and who != "agent":
                sentence(g, rec, loc, g.pick(STYLE_KINDS["chat"]))
            elif g.r.random() < 0.6:
                ord_sentence(g, rec, loc)
            else:
                rec.t(g.pick(FILLER[lang]))
        if g.r.random() < 0.4:
            rec.t("\n" + g.pick(THANKS[lang]) + " ")
            rec.s(v_first_name(g, loc))
    elif style == "clinical":
        rec.t(g.pick(["Pt: ", "Patient: ", "Name: ", "Pat.: "]))
        put_person(g, rec, loc)
        rec.t(g.pick(["  DOB: ", ", DOB ", " - geb. ", " (born "]))
        rec.s(v_dob(g, loc))
        rec.t(g.pick(["  MRN: ", "\nMRN ", ", MR# ", ") chart "]))
        rec.s(v_mrn(g, loc))
        rec.t("\n" + g.pick(CLINICAL) + " ")
        body(g, rec, loc, style, max(n_sens - 2, 0))
        rec.t("\n" + g.pick(["Next appt ", "Review on ", "RTC "]))
        d = dt.date(2026, 1, 1) + dt.timedelta(days=g.r.randint(0, 300))
        rec.o(("DATE", "appointment", d.isoformat()))
        rec.t(".")
    elif style == "log":
        for i in range(max(n_sens, 1)):
            if i:
                rec.t("\n")
            ts = dt.datetime(2026, 11, 1) + dt.timedelta(seconds=g.r.randint(0, 86400 * 30))
            rec.o(("TIMESTAMP", "iso8601", ts.isoformat() + "Z"))
            rec.t(
                f" {g.pick(['INFO', 'WARN', 'ERROR', 'DEBUG'])} svc={g.pick(['checkout', 'auth', 'billing', 'sync'])} req="
            )
            rec.o(("REQUEST_ID", "uuid4", g.us.uuid4()))
            rec.t(" ")
            if i < n_sens:
                slot = g.pick(STYLE_KINDS["log"])
                key = {
                    "email": "user=",
                    "ip": "client_ip=",
                    "card": "pan=",
                    "phone": "msisdn=",
                    "routing": "aba=",
                    "urlcred": "dsn=",
                }
                if slot in key:
                    rec.t(key[slot])
                    rec.s(SENSITIVE[slot](g, "en_US"))
                else:
                    sentence(g, rec, "en_US", slot)
            else:
                rec.t("status=")
                rec.o(("ERROR_CODE", "http", str(g.pick(["200", "404", "500", "503"]))))
                rec.t(" latency_ms=")
                rec.o(("QUANTITY", "latency", str(g.r.randint(2, 3000))))
    elif style == "form":
        slots = [g.pick(STYLE_KINDS["form"]) for _ in range(n_sens)]
        fields = [("s", s) for s in slots] + [("o", "")] * g.r.randint(1, 3)
        g.r.shuffle(fields)
        for i, (what, slot) in enumerate(fields):
            if i:
                rec.t("\n")
            if what == "o":
                val = ordinary(g, loc)
                rec.t(val[0].replace("_", " ").title() + ": ")
                rec.o(val)
                continue
            label = (
                cues(LABELS[slot], lang)
                if isinstance(LABELS[slot].get(lang), list)
                else LABELS[slot].get(lang, LABELS[slot]["en"])
            )
            sval = SENSITIVE[slot](g, loc)
            sep = g.pick([": ", ":\t", ": ", " = ", ":\n", "\n"])
            if "\n" in sep:
                sval = (sval[0], sval[1], sval[2], [*sval[3], "linebreak_after_label"])
            rec.t(str(label) + sep)
            if slot == "person":
                put_person(g, rec, loc, sval)
            else:
                rec.s(sval)
    else:  # csv
        cols = sorted(set(g.r.sample(STYLE_KINDS["csv"], k=g.r.randint(2, 5))))
        delim = g.pick([",", ";", "\t", "|"])
        rec.t(delim.join(["id", *cols]) + "\n")
        for row in range(g.r.randint(1, 4) if n_sens else 1):
            rec.o(("ROW_ID", "csv", str(1000 + row)))
            for c in cols:
                rec.t(delim)
                if not n_sens:
                    rec.o(ordinary(g, loc))
                    continue
                val = SENSITIVE[c](g, loc)
                quote = delim in val[2] or "\n" in val[2] or '"' in val[2]
                rec.t('"' if quote else "")
                rec.s(val)
                rec.t('"' if quote else "")
            rec.t("\n")
    return rec


def check(rec: Rec, text: str, rid: str) -> None:
    for start, end, v in rec.values:
        assert text[start:end] == v, (rid, start, end, v)
        assert v == v.strip() or "\n" in v, (rid, repr(v))
    spans = sorted((s, e) for s, e, _ in rec.values)
    for (_, e1), (s2, _) in zip(spans, spans[1:], strict=False):
        assert e1 <= s2, (rid, "overlap", spans)


def generate(seed: int, n: int) -> list[dict[str, object]]:
    g = Gen(seed)
    locs, lw = zip(*sorted(LOCALES.items()), strict=True)
    styles, sw = zip(*sorted(STYLES.items()), strict=True)
    out = []
    for i in range(n):
        loc = g.r.choices(locs, lw)[0]
        style = g.r.choices(styles, sw)[0]
        rec = build(g, loc, style)
        text = rec.text()
        rid = f"gen-{i:05d}"
        check(rec, text, rid)
        out.append(
            {
                "id": rid,
                "locale": loc,
                "style": style,
                "text": text,
                "sensitive": rec.sensitive,
                "ordinary": rec.ordinary,
                "ambiguous": rec.ambiguous,
            }
        )
    return out


def main() -> int:
    if os.environ.get("PYTHONHASHSEED") != "0":
        # Some Faker locale data are sets, whose order follows string hashing: pin it for byte-identical output.
        os.execve(sys.executable, [sys.executable, *sys.argv], {**os.environ, "PYTHONHASHSEED": "0"})
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=SEED)
    ap.add_argument("-n", type=int, default=N_RECORDS)
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args()
    records = generate(args.seed, args.n)
    data = "".join(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n" for r in records).encode()
    args.out.write_bytes(data)
    kinds = Counter(str(s["kind"]) for r in records for s in r["sensitive"])  # type: ignore[attr-defined]
    subs = Counter(f"{s['kind']}/{s['subtype']}" for r in records for s in r["sensitive"])  # type: ignore[attr-defined]
    ords = Counter(str(s["kind"]) for r in records for s in r["ordinary"])  # type: ignore[attr-defined]
    locs = Counter(str(r["locale"]) for r in records)
    styles = Counter(str(r["style"]) for r in records)
    print(f"{len(records)} records, {len(data)} bytes, sha256 {hashlib.sha256(data).hexdigest()}")
    print("sensitive:", sum(kinds.values()), dict(kinds.most_common()))
    print("ordinary:", sum(ords.values()), dict(ords.most_common()))
    print("locales:", dict(locs.most_common()))
    print("styles:", dict(styles.most_common()))
    print("subtypes:", len(subs))
    for k, c in sorted(subs.items()):
        print(f"  {k}: {c}")
    low = [k for k, c in kinds.items() if c < 150]
    if low:
        print("kinds under 150 values:", low, file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
