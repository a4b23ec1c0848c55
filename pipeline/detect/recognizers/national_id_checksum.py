"""National identity numbers by structure plus the python-stdnum checksum.

Some of these are distinctive on their own (Swiss AHV starts 756 and ends in
an EAN-13 digit, a Finnish HETU carries its century sign and check letter,
an Irish PPS number ends in letters, PESEL and the Belgian national number
embed a valid birth date, a CPF has two check digits); they count without a
cue. Ten-digit ones whose check passes for one random number in ten or so
(NHS, CPR, personnummer, Portuguese NIF) score low and need an id word near.
"""

from __future__ import annotations

from collections.abc import Callable

from presidio_analyzer import Pattern
from stdnum.be import nn
from stdnum.bg import egn
from stdnum.br import cpf
from stdnum.ca import sin
from stdnum.ch import ssn
from stdnum.cl import rut
from stdnum.cn import ric
from stdnum.cz import rc
from stdnum.dk import cpr
from stdnum.ee import ik
from stdnum.fi import hetu
from stdnum.gb import nhs
from stdnum.gr import amka
from stdnum.ie import pps
from stdnum.il import idnr as il_idnr
from stdnum.in_ import aadhaar, epic
from stdnum.mx import curp
from stdnum.no import fodselsnummer
from stdnum.pk import cnic
from stdnum.pl import pesel
from stdnum.pt import nif
from stdnum.ro import cnp
from stdnum.se import personnummer
from stdnum.tr import tckimlik
from stdnum.za import idnr

from pipeline.detect.recognizers.base import ChecksumRecognizer

_D = r"(?<![\w./-])"  # not glued to a longer token
_E = r"(?![\w/-]|\.\d)"

FAMILIES: tuple[tuple[Pattern, Callable[[str], bool]], ...] = (
    (Pattern("ch_ahv", _D + r"756\.?\d{4}\.?\d{4}\.?\d{2}" + _E, 0.6), ssn.is_valid),
    (Pattern("fi_hetu", _D + r"\d{6}[-+A-Fa-fU-Yu-y]\d{3}[0-9A-Ya-y]" + _E, 0.6), hetu.is_valid),
    (Pattern("ie_pps", _D + r"\d{7}[A-Wa-w][A-IWa-iw]?" + _E, 0.5), pps.is_valid),
    (Pattern("br_cpf", _D + r"\d{3}\.?\d{3}\.?\d{3}-?\d{2}" + _E, 0.5), cpf.is_valid),
    (Pattern("pl_pesel", _D + r"\d{11}" + _E, 0.5), pesel.is_valid),
    # A birth date inside and a check digit: one random number in 600 (CNP) or 2000 (South Africa) passes.
    (Pattern("ro_cnp", _D + r"[1-8]\d{12}" + _E, 0.5), cnp.is_valid),
    (Pattern("za_id", _D + r"\d{6}[ -]?\d{4}[ -]?\d{3}" + _E, 0.5), idnr.is_valid),
    # Mexico's CURP: letters, a birth date, sex, state and check digit; nothing else has that shape.
    (Pattern("mx_curp", _D + r"[A-Za-z]{4}\d{6}[HMXhmx][A-Za-z]{5}[0-9A-Za-z]\d" + _E, 0.6), curp.is_valid),
    (Pattern("sg_nric", _D + r"[STFGstfg]\d{7}[A-Za-z]" + _E, 0.5), lambda v: _nric_valid(v.upper())),
    (Pattern("tr_tckimlik", _D + r"[1-9]\d{10}" + _E, 0.3), tckimlik.is_valid),
    (Pattern("be_nn", _D + r"\d{2}\.?\d{2}\.?\d{2}[-. ]?\d{3}[-. ]?\d{2}" + _E, 0.5), nn.is_valid),
    (Pattern("dk_cpr", _D + r"\d{6}-?\d{4}" + _E, 0.3), cpr.is_valid),
    (Pattern("se_personnummer", _D + r"(?:\d{2})?\d{6}[-+]?\d{4}" + _E, 0.3), personnummer.is_valid),
    (Pattern("gb_nhs", _D + r"\d{3}[ -]?\d{3}[ -]?\d{4}" + _E, 0.3), nhs.is_valid),
    (Pattern("pt_nif", _D + r"\d{9}" + _E, 0.3), nif.is_valid),
    # A birth date inside and a check digit, one random number in 300 or fewer passes: Estonian and
    # Lithuanian personal codes, Greek AMKA, Norwegian fødselsnummer.
    (Pattern("ee_ik", _D + r"[1-6]\d{10}" + _E, 0.5), ik.is_valid),
    (Pattern("gr_amka", _D + r"\d{11}" + _E, 0.5), amka.is_valid),
    (Pattern("no_fodselsnummer", _D + r"\d{6}[ ]?\d{5}" + _E, 0.5), fodselsnummer.is_valid),
    # Czech and Slovak birth numbers: the slash makes them.
    (Pattern("cz_rc", _D + r"\d{6}/\d{3,4}" + _E, 0.5), rc.is_valid),
    # Chile's RUT/RUN: with its dots it is itself; bare, one number in eleven passes.
    (Pattern("cl_rut", _D + r"\d{1,2}\.\d{3}\.\d{3}-[\dkK]" + _E, 0.6), rut.is_valid),
    (Pattern("cl_rut_bare", _D + r"\d{7,8}-[\dkK]" + _E, 0.3), rut.is_valid),
    # Ten digits that one number in a hundred passes (Bulgarian EGN): with an id word only.
    (Pattern("bg_egn", _D + r"\d{10}" + _E, 0.3), egn.is_valid),
    # Asia-Pacific and the Middle East. A birth date and a check digit: China's resident id.
    (Pattern("cn_ric", _D + r"\d{17}[\dXx]" + _E, 0.6), ric.is_valid),
    # Pakistan's CNIC: its 5-7-1 grouping is its own; bare, with an id word only.
    (Pattern("pk_cnic", _D + r"\d{5}-\d{7}-\d" + _E, 0.6), cnic.is_valid),
    (Pattern("pk_cnic_bare", _D + r"\d{13}" + _E, 0.3), cnic.is_valid),
    # Sri Lanka's NIC: the birth year and the day of the year (plus 500 for women) inside.
    (Pattern("lk_nic_old", _D + r"\d{9}[VvXx]" + _E, 0.5), lambda v: _lk_day_valid(v[2:5])),
    (Pattern("lk_nic", _D + r"(?:19|20)\d{10}" + _E, 0.3), lambda v: _lk_day_valid(v[4:7])),
    # Hong Kong's HKID: a check character, in brackets as printed on the card.
    (Pattern("hk_hkid", _D + r"[A-Z]{1,2}\d{6}\([0-9A]\)" + _E, 0.6), lambda v: _hkid_valid(v)),
    (Pattern("hk_hkid_bare", _D + r"[A-Z]{1,2}\d{6}[0-9A]" + _E, 0.3), lambda v: _hkid_valid(v)),
)
# A check digit that one number in ten passes: with the document's own words only (India's Aadhaar
# and voter id, Israel's teudat zehut, Canada's SIN), not any id word ("ssn, routing 021000021").
CUED_FAMILIES: tuple[tuple[Pattern, Callable[[str], bool]], ...] = (
    (Pattern("in_aadhaar", _D + r"[2-9]\d{3}[ -]?\d{4}[ -]?\d{4}" + _E, 0.3), aadhaar.is_valid),
    (Pattern("il_idnr", _D + r"\d{9}" + _E, 0.3), il_idnr.is_valid),
    (Pattern("ca_sin", _D + r"\d{3}[ -]?\d{3}[ -]?\d{3}" + _E, 0.3), sin.is_valid),
    (Pattern("in_epic", _D + r"[A-Z]{3}\d{7}" + _E, 0.3), epic.is_valid),
)


def _lk_day_valid(day: str) -> bool:
    """A Sri Lankan NIC's day of the year: 1-366, or 501-866."""
    number = int(day)
    return 1 <= number <= 366 or 501 <= number <= 866


def _hkid_valid(value: str) -> bool:
    """HKID check character: letters count 10-35 (a space before a single letter 36), weights 9 to 2."""
    body = value.replace("(", "").replace(")", "")
    body = body.rjust(9)
    values = [36 if c == " " else ord(c) - 55 if c.isalpha() else int(c) for c in body[:8]]
    total = sum(v * w for v, w in zip(values, range(9, 1, -1), strict=True))
    check = (11 - total % 11) % 11
    return body[8] == ("A" if check == 10 else str(check))


_NRIC_LETTERS = {"S": "JZIHGFEDCBA", "T": "JZIHGFEDCBA", "F": "XWUTRQPNMLK", "G": "XWUTRQPNMLK"}


def _nric_valid(value: str) -> bool:
    """Singapore NRIC/FIN check letter (weights 2765432; T and G numbers are offset by 4)."""
    total = sum(int(d) * w for d, w in zip(value[1:8], (2, 7, 6, 5, 4, 3, 2), strict=True))
    total += 4 if value[0] in "TG" else 0
    return _NRIC_LETTERS[value[0]][total % 11] == value[8]


class NationalIdChecksumRecognizer(ChecksumRecognizer):
    ENTITY = "NATIONAL_ID"
    NAME = "national_id_checksum"
    PATTERNS = tuple(p for p, _ in FAMILIES)
    VALIDATORS = tuple(v for _, v in FAMILIES)
    CONTEXT = (
        "id",
        "ssn",
        "national",
        "identity",
        "nhs",
        "cpr",
        "personnummer",
        "nif",
        "contribuinte",
        "pesel",
        "pps",
        "ahv",
        "avs",
        "hetu",
        "henkilötunnus",
        "rijksregisternummer",
        "cpf",
        "ni number",
        "cnp",
        "curp",
        "nric",
        "fin",
        "kimlik",
        "tc",
        "identity number",
        "id number",
        "egn",
        "егн",
        "ЕГН",
        "isikukood",
        "asmens kodas",
        "amka",
        "αμκα",
        "ΑΜΚΑ",
        "fødselsnummer",
        "fodselsnummer",
        "personnummer",
        "rut",
        "run",
        "rodné číslo",
        "rodne cislo",
        "rodné č",
        "cédula",
        "cedula",
        "cnic",
        "nadra",
        "nic",
        "hkid",
        "resident id",
        "身份证",
    )


class CuedNationalIdChecksumRecognizer(ChecksumRecognizer):
    ENTITY = "NATIONAL_ID"
    NAME = "national_id_checksum_cued"
    PATTERNS = tuple(p for p, _ in CUED_FAMILIES)
    VALIDATORS = tuple(v for _, v in CUED_FAMILIES)
    CONTEXT = (
        "id",
        "aadhaar",
        "aadhar",
        "uidai",
        "sin",
        "social insurance",
        "teudat",
        "zehut",
        "epic",
        "voter",
    )
