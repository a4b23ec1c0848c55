"""Phone numbers: any number a person reads as one, in any region.

Recall first: a run of digit groups (with an international prefix `+`,
`00` or `001-`, a trunk `(0)`, an area code in parentheses, an extension
`x330` / `ext. 12` / `#12`) is a phone number when its shape says so; that
`phonenumbers` knows the number (valid in the US, possible for the country
code given) only raises the score. Unassigned area codes and regions we do
not list are still phone numbers.

Linear in the text: the candidate regex has a bounded number of groups, a
run is scored once (and its space-separated sub-runs at most once each when
it holds more digits than a number can), and shapes that are not numbers
(dates, versions, dotted quads, runs of single digits) are refused before
any parsing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import phonenumbers
from presidio_analyzer import Pattern
from stdnum import isbn

from pipeline.detect.recognizers.base import Matches, Recognizer

# Digit groups need a separator between them (a run of digits is one group),
# so a run can be cut into groups in one way only: no backtracking blow-up.
_SEP = r"(?:\s?[.\-/]\s?| )"
_PAREN = r"\(\s?\+?\d{1,5}\s?\)"
_AFTER_PAREN = rf"(?:{_SEP}?\d{{1,15}})?"
_EXT = (
    r"(?:\s{0,2}(?:x|ext|extn|extension|extensión|extensão|int|poste|durchwahl|dw|nebenstelle|apparat|interno|anexo|"
    r"toestel|ramal|#)\.?:?\s?\d{1,6})"
)
CANDIDATE = (
    # A label glued to the number starts it too: "tel+48 501 229 604", "ph956-555-0133", "cel310 448 1277".
    r"(?:(?<![\w+@/])|(?<=\b(?i:tel))|(?<=\b(?i:ph))|(?<=\b(?i:cel))|(?<=\b(?i:cep))|(?<=\b(?i:mob))|(?<=\b(?i:hp)))"
    r"(?<!\w[-.])(?<!\d\.)"
    rf"(?:\+\s?|00|001-)?(?:{_PAREN}{_AFTER_PAREN}|\d{{1,15}})"
    rf"(?:{_SEP}\d{{1,15}}|{_SEP}?{_PAREN}{_AFTER_PAREN}){{0,7}}{_EXT}?"
    r"(?![\w@]|-\w|\.\d|:\d)"  # ":" and a digit after it: the hour of a timestamp ("2024-06-26 17:26")
)
# A reference word just before a number names what it is: an order, an invoice, a book, a parcel.
_REFERENCE_BEFORE = re.compile(
    r"(?i:\b(?:isbn|issn|ean|sku|art\.?-?\s?nr|artikel(?:nummer)?|article|item|part|teil|model|modell|serial|s/n|"
    r"ref|réf|reference|référence|referencia|riferimento|referentie|"
    r"invoice|rechnung|factuur|fattura|factura|fatura|facture|"
    r"order|bestellung|bestellnummer|bestelling|commande|pedido|ordine|encomenda|"
    r"tracking|sendung|sendungsnummer|paket|parcel|package|shipment|colis|pakket|zending|paquete|pacco|spedizione|"
    r"ticket|case|vorgang|expediente|pratica|zaak|build|version|job|"
    # and the numbers of files, claims and proceedings
    r"claim|schaden|schaden-nr|aktenzeichen|az|geschäftszeichen|repertorium(?: a)?|rg|minute|č\.\s?j|čj|processo|"
    r"proceso|protocolo|protocollo|prot|πρωτ|urn|report|policy|póliza|polizza|polis|apólice|vertrag|contract|"
    r"contrato|contratto|aanslagnummer|receipt|recibo|reçu|quittung|접수번호|事故受付番号|受付番号|証券番号|"
    # the same in more of our users' languages: bills, orders, parcels, cases, transfers, flights
    r"boleta|boleto|nf-e|nota fiscal|faktura|fakturanummer|lasku|laskun|számla|factură|τιμολόγιο|"
    r"objednávka|objednávky|zamówienie|zamówienia|sipariş|rendelés|ordre|ordrenummer|bestilling|tilaus|comanda|"
    r"παραγγελία|παραγγελίας|przesyłka|przesyłki|zásilka|ärende|ärendenummer|sag|sagsnummer|zgłoszenie|ügyszám|"
    r"mtcn|flug|flight|vuelo|vol|volo|voo)\b\.?"
    # then "no." and the like, and a short series prefix ("FT 2025/1884", "B 0004-00081291", "LH 572")
    r"(?:\s?(?:no|nr|n°|nº|number|nummer|número|numero|numéro|id|č|#)\.?)?[\s:#()-]{0,3}(?:[a-z]{1,3}\s)?\Z)"
)
_EXT_TAIL = re.compile(rf"{_EXT}$", re.IGNORECASE)
# An IPv4 address; "333.88.21.406" has no such octets: an Italian mobile written with dots.
_DOTTED_QUAD = re.compile(r"(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)")
_DATE = re.compile(
    r"(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.](?:\d{4}|\d{2})|\d{1,2} \d{1,2} (?:19|20)\d\d)"
    r"(?:\s+\d{1,2}[:.]?\d{2})?"
)
# A file or case number: a number and its year ("4417/2024", "11.331/2002", "Σ43/2024/118872");
# no phone is written so ("857/43/3805" may be a social security number: it stays).
_FILE_NUMBER = re.compile(r"[\d.]{1,7}/(?:19|20)\d\d|[^/\s]+/(?:19|20)\d\d/[^/\s]+")
_VERSION = re.compile(r"(?:[1-9]\d?|(?:19|20)\d{2})\.\d{1,2}\.\d{1,5}(?:\.\d{1,5})?")
_COMPACT_DATE = re.compile(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")  # "20250617"
_EPOCH = re.compile(r"1[5-9]\d{8}(?:\.\d{1,6})?")  # a Unix timestamp (2017-2033), in seconds
# A mixed letters-and-digits group beside the digits: one code ("1Z 4F7 W21 03 9844 7120", "RN 4471 9033 2GB").
_CODE_BEFORE = re.compile(r"(?<![\w])(?=[A-Z0-9]*[A-Z])(?=[A-Z0-9]*\d)[A-Z0-9]{2,5} $")
_CODE_AFTER = re.compile(r" (?=[A-Z0-9]*[A-Z])(?=[A-Z0-9]*\d)[A-Z0-9]{2,5}(?![\w])")
_NOT_PHONES = (_DOTTED_QUAD, _DATE, _VERSION, _EPOCH, _COMPACT_DATE, _FILE_NUMBER)
_GROUPS = re.compile(r"\d+")
_PART = re.compile(r"\S+")

SCORES = {
    "known": 0.85,  # phonenumbers: valid in the US, or possible for the country code given
    "international": 0.7,  # +, 00 or 001 prefix and a plausible length
    "grouped": 0.6,  # groups of digits with separators, or an area code in parentheses
    "trunk": 0.6,  # a national number with its trunk 0
    "plain": 0.3,  # a bare run of digits: needs a phone word nearby
}
EXTENSION_BONUS = 0.1
MAX_DIGITS = 15  # E.164
TWO_NUMBERS = 17  # fewer digits than this in a refused run: not two numbers side by side


def _known(candidate: str, region: str | None) -> bool:
    try:
        number = phonenumbers.parse(candidate, region)
    except phonenumbers.NumberParseException:
        return False
    if region is None:
        return phonenumbers.is_possible_number(number)
    return phonenumbers.is_valid_number(number)


def _valid_international(body: str) -> bool:
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse("+" + body, None))
    except phonenumbers.NumberParseException:
        return False


def _is_isbn(body: str, groups: list[str]) -> bool:
    """A book number: ISBN-13 (978/979 and its check digit) or a hyphenated ISBN-10."""
    compact = "".join(groups)
    if len(compact) == 13 and compact.startswith(("978", "979")):
        return bool(isbn.is_valid(compact))
    return len(compact) == 10 and len(groups) == 4 and "-" in body and bool(isbn.is_valid(compact))


def score(candidate: str) -> float | None:
    """The score of one candidate run, or None when its shape is not a phone number's."""
    ext = _EXT_TAIL.search(candidate)
    body = candidate[: ext.start()].rstrip() if ext else candidate
    groups = _GROUPS.findall(body)
    digits = sum(len(g) for g in groups)
    if not 7 <= digits <= MAX_DIGITS:
        return None
    if sum(len(g) == 1 for g in groups) > 2 or len(groups) > 7:
        return None  # "1 2 3 4 5 6 7" is not a number anyone writes
    if any(shape.fullmatch(body) for shape in _NOT_PHONES):
        return None
    if _is_isbn(body, groups):
        return None
    bonus = EXTENSION_BONUS if ext else 0.0
    if body.startswith(("+", "00")):
        plus = "+" + body.lstrip("+").removeprefix("001").removeprefix("00").lstrip("-")
        found = SCORES["known"] if _known(plus, None) else SCORES["international"]
        return min(1.0, found + bonus)
    if "." in body and digits < 9 and [len(g) for g in groups] != [3, 4]:
        return None  # 1.234.567 is an amount, 12.3.4567 a version
    if _known(body, "US"):
        found = SCORES["known"]
    elif len(groups) > 1 or "(" in body:
        found = SCORES["trunk"] if body.lstrip("(").startswith("0") else SCORES["grouped"]
    elif body.startswith("0") and digits >= 10:
        found = SCORES["trunk"]
    elif digits >= 11 and _valid_international(body):
        found = SCORES["grouped"]  # an MSISDN: country code without the +
    elif ext and digits >= 10:
        found = SCORES["grouped"]  # "6275021673 x2921": only a phone has an extension
    else:
        found = SCORES["plain"]
    return min(1.0, found + bonus)


class PhoneNumberRecognizer(Recognizer):
    ENTITY = "PHONE_NUMBER"
    NAME = "phone"
    PATTERNS = (Pattern("phone_candidate", CANDIDATE, 0.75),)
    FLAGS = re.IGNORECASE
    CONTEXT = (
        "phone",
        "call",
        "tel",
        "telephone",
        "mobile",
        "cell",
        "fax",
        "whatsapp",
        "sms",
        "text me",
        "reach me",
        "telefon",
        "telefonnummer",
        "handy",
        "tél",
        "téléphone",
        "portable",
        "telefoon",
        "mobiel",
        "teléfono",
        "móvil",
        "telefono",
        "cellulare",
        "telemóvel",
        "celular",
        "telefone",
        "msisdn",
        "contact me",
        "call me",
        "ring me",
        "ruf mich an",
        "rufen sie mich an",
        "anrufen",
        "appelez-moi",
        "appelle-moi",
        "llámame",
        "llámeme",
        "chiamatemi",
        "chiamami",
        "bel me",
        "bel mij",
        "me liga",
        "ligue",
        # "my number is", "erreichbar unter", "vous pouvez me joindre au": the number is the writer's own
        "my number",
        "my cell",
        "handynummer",
        "mobilnummer",
        "rufnummer",
        "meine nummer",
        "erreichbar",
        "rufen sie mich",
        "ruf mich",
        "mon numéro",
        "me joindre",
        "mi número",
        "mi numero",
        "il mio numero",
        "mio numero",
        "meu número",
        "meu numero",
        "mijn nummer",
        "mijn telefoonnummer",
        "numer telefonu",
        "mój numer",
        "mitt nummer",
        "mit nummer",
        "numeroni",
        "mob",
        "mob no",
        "mob.",
    )

    def find(self, text: str, index: int, matches: Matches = None) -> Iterator[tuple[int, int, float]]:
        for match in self.compiled[index].finditer(text) if matches is None else matches:
            found = score(match.group())
            if found is None and (
                len(_GROUPS.findall(match.group())) < 2 or sum(c.isdigit() for c in match.group()) < TWO_NUMBERS
            ):
                continue
            if _REFERENCE_BEFORE.search(text, max(0, match.start() - 30), match.start()):
                continue  # "ISBN 0374385106", "Rechnung 781/56045", "parcel 9400 1779 ...": not a phone
            if _CODE_BEFORE.search(text, max(0, match.start() - 7), match.start()) or _CODE_AFTER.match(
                text, match.end()
            ):
                continue
            if found is not None:
                yield match.start(), match.end(), found
                continue
            groups = _GROUPS.findall(match.group())
            if sum(map(len, groups)) > 16 and all(2 <= len(g) <= 5 for g in groups) and "+" not in match.group():
                continue  # one long code in groups (a 22-digit parcel number), not phones side by side
            # Too many digits for one number: two numbers side by side? Try
            # sub-runs of its space-separated parts, greedily from the left
            # (a run has at most eight groups, so this is bounded).
            parts = [(m.start() + match.start(), m.end() + match.start()) for m in _PART.finditer(match.group())]
            i = 0
            while i < len(parts):
                for j in range(len(parts) - 1, i, -1):
                    start, end = parts[i][0], parts[j][1]
                    found = score(text[start:end])
                    if found is not None:
                        yield start, end, found
                        i = j
                        break
                i += 1
