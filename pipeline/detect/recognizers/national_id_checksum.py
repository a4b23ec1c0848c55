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
from stdnum.br import cpf
from stdnum.ch import ssn
from stdnum.dk import cpr
from stdnum.fi import hetu
from stdnum.gb import nhs
from stdnum.ie import pps
from stdnum.pl import pesel
from stdnum.pt import nif
from stdnum.se import personnummer

from pipeline.detect.recognizers.base import ChecksumRecognizer

_D = r"(?<![\w./-])"  # not glued to a longer token
_E = r"(?![\w/-]|\.\d)"

FAMILIES: tuple[tuple[Pattern, Callable[[str], bool]], ...] = (
    (Pattern("ch_ahv", _D + r"756\.?\d{4}\.?\d{4}\.?\d{2}" + _E, 0.6), ssn.is_valid),
    (Pattern("fi_hetu", _D + r"\d{6}[-+A-Fa-fU-Yu-y]\d{3}[0-9A-Ya-y]" + _E, 0.6), hetu.is_valid),
    (Pattern("ie_pps", _D + r"\d{7}[A-Wa-w][A-IWa-iw]?" + _E, 0.5), pps.is_valid),
    (Pattern("br_cpf", _D + r"\d{3}\.?\d{3}\.?\d{3}-?\d{2}" + _E, 0.5), cpf.is_valid),
    (Pattern("pl_pesel", _D + r"\d{11}" + _E, 0.5), pesel.is_valid),
    (Pattern("be_nn", _D + r"\d{2}\.?\d{2}\.?\d{2}[-. ]?\d{3}[-. ]?\d{2}" + _E, 0.5), nn.is_valid),
    (Pattern("dk_cpr", _D + r"\d{6}-?\d{4}" + _E, 0.3), cpr.is_valid),
    (Pattern("se_personnummer", _D + r"(?:\d{2})?\d{6}[-+]?\d{4}" + _E, 0.3), personnummer.is_valid),
    (Pattern("gb_nhs", _D + r"\d{3}[ -]?\d{3}[ -]?\d{4}" + _E, 0.3), nhs.is_valid),
    (Pattern("pt_nif", _D + r"\d{9}" + _E, 0.3), nif.is_valid),
)


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
    )
