"""Identifiers right after the word that names them, for every identifier kind.

Whatever a country's or an insurer's format, the code after "MRN", "member
id", "Versichertennummer", "numéro de compte", "P.IVA", "Reisepass" ... is
that kind of identifier: structure checks cannot cover every document and
every hospital, the label says what it is. The vocabulary is the one the
table headers use (tables.VALUE_COLUMNS), so a label in a sentence and a
column header mean the same. The value: one code of 5 to 30 letters and digits (single separators inside, at least two digits), after an optional
"number"/"no."/"#" and ":" or "is".
"""

from __future__ import annotations

import re

from presidio_analyzer import Pattern

from pipeline.detect.recognizers.base import Recognizer
from pipeline.detect.recognizers.tables import VALUE_COLUMNS

# Labels too short or too common to vouch for the next word in running text (they still name
# a table column): "cell 4", "mail 2", "ip", "tel" ... have formats of their own, found elsewhere.
_TOO_VAGUE = frozenset(
    "account born card cc cell cf chart dob fax iban ip ipv4 ipv6 mail member "
    "mobile mobil pan phone portable rg social tel tel. telephone".split()
)
_NUMBER_WORD = (
    r"(?:numbers?|no\.?|nr\.?|n[°º]\.?|num\.?|#|nummer|número|numero|numéro|n\.|č\.?|čís\.?|id|code|ref\.?|"
    r"member(?:ship)?(?:[\s_-]?(?:id|no\.?|number|#))?|card(?:[\s_-]?(?:no\.?|number|#))?)"
)
# A space only between digits ("1234 5678"): "MBI 1EG4-TE5-MK73" is a label and a code.
# A short letter prefix before the digits may stand apart: "UHC 918273645", "XEH 441 928 601".
# Lowercase too: chats type "my passport no is p1234567" (the digits rule keeps words out).
# Codes in capitals and digits are typed in groups too: "QQ 12 34 56 C", "ABS 41 2O87".
VALUE = (
    r"(?P<v>(?=(?:[A-Z]{1,4} )?[A-Za-z0-9./-]*\d)(?:[A-Z]{1,4} (?=\d{2}))?[A-Za-z0-9](?:[A-Za-z0-9]|[.\-/](?=[A-Za-z0-9])|(?<=\d) (?=\d)"
    # after digits, a group with a digit, or a last letter ending the line ("... 56 C"); not the next
    # label ("SKU", "ISBN")
    r"|(?<=\d) (?=[A-Z]{1,3}\d[A-Z0-9]{0,5}(?![A-Za-z])|[A-Z][ \t]*(?:$|\n|[,.;)]))){4,29})"
    r"(?![A-Za-z0-9])"
)


def _cased(labels: tuple[str, ...]) -> list[str]:
    """The labels as regex alternatives, longest first. The patterns run with re.ASCII, whose
    IGNORECASE folds ASCII letters only: a label with other letters comes in its capitalized
    and upper-case forms too ("Řidičský průkaz", "NÚMERO DE CUENTA")."""
    forms = {
        f for w in labels if w not in _TOO_VAGUE for f in ((w, w.capitalize(), w.upper()) if not w.isascii() else (w,))
    }
    return sorted(
        (w.replace(".", r"\.").replace("'", "['’]").replace(" ", r"[\s_-]") for w in forms), key=len, reverse=True
    )


def _label(labels: tuple[str, ...]) -> str:
    # a key's last word too: "target_mrn=BPH-0048213", "patient_uhid:"
    return rf"(?i:(?<![^\W_])(?:{'|'.join(_cased(labels))})\.?(?:,?[\s_-]?{_NUMBER_WORD})?)"


# A remark in brackets after the label: "Voter ID (EPIC): ", "NIC (new): ", "Tax (LHDN) no: ".
_REMARK = rf"(?:[ \t]?\([^()\n]{{1,20}}\)(?:[ \t]?{_NUMBER_WORD})?)?"


def _gate(labels: tuple[str, ...]) -> str:
    """What the prefilter looks for: Hyperscan widens the optional remark to every text, so the
    pattern without it, or a label that a bracket follows."""
    return _pattern(labels).replace(_REMARK, "") + "|" + _label(labels) + r"[ \t]?\("


def _pattern(labels: tuple[str, ...]) -> str:
    return (
        _label(labels)
        + _REMARK
        # the value on the same line, or alone on the next one (a label on a line of its own)
        + r"[ \t]?(?:[:#=]|[ \t](?:is|es|ist|est|è|é|é:|is:|er|är|on|jest|je|was|war|era|confirmed|verified|provided|given))?[ \t]{0,2}(?:\r?\n[ \t]{0,2})?"
        + VALUE
    )


def _near_pattern(labels: tuple[str, ...]) -> str:
    """The label, a few words of the same clause, then the code: "passeport à Nice hier, numéro
    18AV47192", "führerschein verloren 😩 nummer war F2400K19H31", "drivers license. or can i just
    type it, its W426-545-30-761-0"."""
    words = _cased(labels)
    between = rf"(?:(?!(?i:{_OTHER_REFERENCES}))[^\n?!;]){{1,48}}?"
    return rf"(?i:(?<!\w)(?:{'|'.join(words)})s?(?!\w)){between}(?<![\w-])" + VALUE


# A number named as something else between the label and it is that something else.
_OTHER_REFERENCES = (
    r"order|invoice|ticket|booking|reservation|confirmation|ref|tracking|flight|case|claim|bestell|rechnung|"
    r"buchung|commande|facture|réservation|factura|pedido|reserva|ordine|fattura|prenotazione|bestelling|factuur"
)


# Documents: a person names the document, then says its number a few words later. Insurance:
# the cover and the insurer come first, the number after ("Assurance voyage AXA n° AXA-TRV-4471920",
# "Travel health cover Britam BRT-TRV-0091827", "polizza RBM Salute RBM-7720193").
INSURANCE_WORDS = (
    "insurance",
    "insurer",
    "cover",
    "assurance",
    "assureur",
    "mutuelle",
    "assicurazione",
    "polizza",
    "cassa assistenza",
    "seguro",
    "aseguradora",
    "póliza",
    "mutua",
    "versicherung",
    "versicherer",
    "krankenkasse",
    "zahnzusatz",
    "zorgverzekering",
    "verzekering",
    "verzekeraar",
    "försäkring",
    "forsikring",
    "ubezpieczenie",
    "plano de saúde",
    "convênio",
    "apólice",
    "bima",
    "تأمين",
    "التأمين",
)
NEAR = {"US_PASSPORT": None, "US_DRIVER_LICENSE": None, "HEALTH_PLAN_NUMBER": INSURANCE_WORDS}


# A date after a label is the date of something ("policy renewed 2026-03-01"), not its number.
_DATE = re.compile(r"\d{1,2}([./-])\d{1,2}\1(?:19|20)\d{2}|(?:19|20)\d{2}([./-])\d{1,2}\2\d{1,2}")


def _enough_digits(value: str) -> bool:
    """Two digits, or one in a code of six characters or more (passports: "G1ZYPCXHG")."""
    digits = sum(c.isdigit() for c in value)
    return digits >= 2 or (digits == 1 and len(value) >= 6)


def labelled(entity: str, score: float) -> type[Recognizer]:
    """The recognizer of ENTITY's identifiers after one of its labels."""

    class LabelledIdRecognizer(Recognizer):
        ENTITY = entity
        NAME = f"labelled_{entity.lower()}"
        GATES = {f"after_{entity.lower()}_label": _gate(VALUE_COLUMNS[entity])}
        PATTERNS = (Pattern(f"after_{entity.lower()}_label", _pattern(VALUE_COLUMNS[entity]), score),) + (
            (Pattern(f"near_{entity.lower()}_label", _near_pattern(NEAR[entity] or VALUE_COLUMNS[entity]), score),)
            if entity in NEAR
            else ()
        )

        def validate_result(self, pattern_text: str) -> bool:
            return _enough_digits(pattern_text) and not _DATE.fullmatch(pattern_text)

    LabelledIdRecognizer.__name__ = LabelledIdRecognizer.__qualname__ = f"Labelled{entity.title().replace('_', '')}"
    return LabelledIdRecognizer


# Above the shipped thresholds (0.5), below what a specific recognizer gives a match with its
# own context word (0.55): a number with a format of its own keeps its own type.
LABELLED = {
    entity: labelled(entity, 0.53)
    for entity in (
        "MEDICAL_RECORD_NUMBER",
        "HEALTH_PLAN_NUMBER",
        "BANK_ACCOUNT",
        "TAX_ID",
        "NATIONAL_ID",
        "US_PASSPORT",
        "US_DRIVER_LICENSE",
        "US_SSN",
    )
}
