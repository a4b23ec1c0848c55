"""Identifiers after a personal-id cue word, in the languages of our users.

Whatever its format, a code right after "passport no.", "Personalausweis",
"carte d'identité", "DNI", "patente", "rijbewijs", "CPF", ... is someone's
identifier: structure checks cannot cover every country's documents, the
cue says what it is. The value: 5 to 25 letters (upper case) and digits,
single separators allowed, at least two digits.
"""

from __future__ import annotations

from presidio_analyzer import Pattern

from pipeline.detect.recognizers.base import Recognizer

CUES = (
    # English
    "passport",
    "passport no",
    "id card",
    "identity card",
    "national id",
    "national identity number",
    "id number",
    "id no",
    "identification number",
    "personal number",
    "personal id",
    "driver's license",
    "drivers license",
    "driver license",
    "driver's licence",
    "driving licence",
    "licence number",
    "license number",
    "social insurance number",
    "tax id",
    "tax number",
    "taxpayer id",
    "residence permit",
    "visa number",
    # German
    "personalausweis",
    "personalausweisnummer",
    "ausweis",
    "ausweisnummer",
    "reisepass",
    "reisepassnummer",
    "passnummer",
    "führerschein",
    "führerscheinnummer",
    "sozialversicherungsnummer",
    "versichertennummer",
    "steuernummer",
    "aufenthaltstitel",
    # French
    "passeport",
    "numéro de passeport",
    "carte d'identité",
    "carte nationale d'identité",
    "cni",
    "permis de conduire",
    "numéro fiscal",
    "titre de séjour",
    # Spanish
    "pasaporte",
    "número de pasaporte",
    "documento de identidad",
    "carnet de conducir",
    "permiso de conducir",
    "número de la seguridad social",
    "nss",
    # Italian
    "passaporto",
    "carta d'identità",
    "carta di identità",
    "patente",
    "patente di guida",
    "tessera sanitaria",
    "permesso di soggiorno",
    # Dutch
    "paspoort",
    "paspoortnummer",
    "identiteitskaart",
    "id-kaart",
    "rijbewijs",
    "rijbewijsnummer",
    "sofinummer",
    # Portuguese
    "passaporte",
    "cpf",
    "rg",
    "carteira de identidade",
    "cartão de cidadão",
    "carteira de motorista",
    "cnh",
    # Latin America: Colombia's cédula ("CC 35.602.447") and military card, Argentina's licence
    "cc",
    "c.c.",
    "libreta militar",
    "registro de conducir",
    "licencia de conducir",
)
_CUE = "|".join(sorted((c.replace("'", "['’]").replace(" ", r"\s") for c in CUES), key=len, reverse=True))
_NUMBER_WORD = r"(?:number|numbers|no\.?|nr\.?|n[°º]\.?|num\.?|#|nummer|número|numero|numéro|n\.)"
PATTERN = (
    rf"(?i:(?<!\w)(?:{_CUE})(?:\s?{_NUMBER_WORD})?)"
    r"\s?(?:[:#=]|\s(?:is|es|ist|est|è|é|is:))?\s?"
    r"(?P<v>[A-Z0-9](?:[A-Z0-9]|[ .\-/](?=[A-Z0-9])){4,24})(?![A-Za-z0-9])"
)


class PersonalIdCueRecognizer(Recognizer):
    ENTITY = "NATIONAL_ID"
    NAME = "personal_id_cue"
    # Above the default threshold, below what a specific recognizer gives a
    # match with its own context word (0.55): a licence or passport number
    # after its cue keeps its own type.
    PATTERNS = (Pattern("after_id_cue", PATTERN, 0.52),)

    def validate_result(self, pattern_text: str) -> bool:
        return sum(c.isdigit() for c in pattern_text) >= 2
