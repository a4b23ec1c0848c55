"""Tax and company identifiers: structure plus the python-stdnum checksum.

One pattern per family; a match counts only when python-stdnum validates it.
A check digit that passes with a country prefix or a fixed layout (DE/NL VAT,
CNPJ with its punctuation, ITIN's reserved ranges) is strong
evidence on its own; families whose check passes for one random number in
ten (SIREN, SIRET, partita IVA, EIN, and a Spanish CIF, whose
letter-plus-eight-digits shape order numbers share) score low and need a tax cue nearby.
"""

from __future__ import annotations

from collections.abc import Callable

from presidio_analyzer import Pattern
from stdnum.ar import cuit
from stdnum.au import tfn
from stdnum.br import cnpj
from stdnum.de import vat as de_vat
from stdnum.es import cif
from stdnum.eu import vat as eu_vat
from stdnum.fr import siren, siret
from stdnum.gb import utr
from stdnum.gb import vat as gb_vat
from stdnum.hr import oib
from stdnum.in_ import pan
from stdnum.it import iva
from stdnum.mx import rfc
from stdnum.nl import btw
from stdnum.nz import ird
from stdnum.pl import nip
from stdnum.us import ein, itin

from pipeline.detect.recognizers.base import ChecksumRecognizer

_D = r"(?<![\w./-])"  # not glued to a longer token
_EU_PREFIX = r"(?:AT|BE|BG|CY|CZ|DE|DK|EE|EL|ES|FI|FR|HR|HU|IE|IT|LT|LU|LV|MT|NL|PL|PT|RO|SE|SI|SK|XI)"
_E = r"(?![\w/-]|\.\d)"

FAMILIES: tuple[tuple[Pattern, Callable[[str], bool]], ...] = (
    (Pattern("us_itin", _D + r"9\d{2}[- ]?[5-9]\d[- ]?\d{4}" + _E, 0.5), itin.is_valid),
    (Pattern("us_ein", _D + r"\d{2}-\d{7}" + _E, 0.3), ein.is_valid),
    (Pattern("de_vat", _D + r"(?i:de)\s?\d{9}" + _E, 0.6), de_vat.is_valid),
    (Pattern("nl_btw", _D + r"(?i:nl)\s?\d{9}(?i:b)\d{2}" + _E, 0.7), btw.is_valid),
    (Pattern("es_cif", _D + r"(?i:[abcdefghjnpqrsuvw])-?\d{7}[0-9A-Ja-j]" + _E, 0.3), cif.is_valid),
    (Pattern("br_cnpj", _D + r"\d{2}\.?\d{3}\.?\d{3}/?\d{4}-?\d{2}" + _E, 0.5), cnpj.is_valid),
    (Pattern("it_iva", _D + r"(?:(?i:it)\s?)?\d{11}" + _E, 0.3), iva.is_valid),
    (Pattern("fr_siret", _D + r"\d{3}\s?\d{3}\s?\d{3}\s?\d{5}" + _E, 0.3), siret.is_valid),
    (Pattern("fr_siren", _D + r"\d{3}\s?\d{3}\s?\d{3}" + _E, 0.3), siren.is_valid),
    # India's PAN: five letters (the fourth says who holds it), four digits, a letter.
    (Pattern("in_pan", _D + r"[A-Z]{3}[ABCFGHJLPT][A-Z]\d{4}[A-Z]" + _E, 0.6), pan.is_valid),
    # Mexico's RFC of a person: four letters of the name, the birth date, a check digit at the end.
    (Pattern("mx_rfc", _D + r"[A-ZÑ&]{4}\d{6}[A-Z0-9]{2}[0-9A]" + _E, 0.6), rfc.is_valid),
    (Pattern("gb_vat", _D + r"(?i:gb)\s?\d{3}\s?\d{4}\s?\d{2}(?:\s?\d{3})?" + _E, 0.6), gb_vat.is_valid),
    (Pattern("pl_nip", _D + r"\d{3}-?\d{3}-?\d{2}-?\d{2}" + _E, 0.3), nip.is_valid),
    # Argentina's CUIT/CUIL: its type prefix and dashes make it; bare, it needs a tax word.
    (Pattern("ar_cuit", _D + r"(?:20|23|24|27|30|33|34)-\d{8}-\d" + _E, 0.6), cuit.is_valid),
    (Pattern("ar_cuit_bare", _D + r"(?:20|23|24|27|30|33|34)\d{9}" + _E, 0.3), cuit.is_valid),
    # One random number in ten passes these: UK UTR, Croatian OIB, Australian TFN, NZ IRD.
    (Pattern("gb_utr", _D + r"\d{5}[ ]?\d{5}" + _E, 0.3), utr.is_valid),
    (Pattern("hr_oib", _D + r"\d{11}" + _E, 0.3), oib.is_valid),
    (Pattern("au_tfn", _D + r"\d{3}[ ]?\d{3}[ ]?\d{3}" + _E, 0.3), tfn.is_valid),
    (Pattern("nz_ird", _D + r"\d{2,3}-?\d{3}-?\d{3}" + _E, 0.3), ird.is_valid),
    # Any EU VAT number: its country prefix, then 8 to 12 digits and letters, grouped as people
    # write them (ATU29668945, BE 0596.178.430, FR75 378 059 364, NL 120637121 B02).
    (
        Pattern("eu_vat", _D + _EU_PREFIX + r"[ .-]?[A-Z]?\d[\dA-Z]{1,4}(?:[ .-]?[\dA-Z]{2,9}){1,4}" + _E, 0.85),
        eu_vat.is_valid,
    ),
)


class TaxIdRecognizer(ChecksumRecognizer):
    ENTITY = "TAX_ID"
    NAME = "tax_id"
    PATTERNS = tuple(p for p, _ in FAMILIES)
    VALIDATORS = tuple(v for _, v in FAMILIES)
    CONTEXT = (
        "tax",
        "tax id",
        "tin",
        "ein",
        "itin",
        "vat",
        "ust",
        "ust-idnr",
        "steuernummer",
        "umsatzsteuer",
        "siren",
        "siret",
        "tva",
        "cif",
        "nif",
        "nip",
        "pan",
        "regon",
        "iva",
        "partita",
        "btw",
        "cnpj",
        "cuit",
        "cuil",
        "rfc",
        "utr",
        "taxpayer reference",
        "oib",
        "tfn",
        "tax file number",
        "ird",
        "company reg",
    )
