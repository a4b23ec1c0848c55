"""Numbers said aloud, anywhere in a text: "four one two one, seven four five three, ...".

A transcript's answer to a question is read by answers.py; this is the rest: a run of at least
seven digit words (with "oh", "double", "triple") is somebody's number whatever asked for it.
A run that passes Luhn at a card's length is a card; any other run is reported as a phone
number, the most common number people spell out (the token hides it either way).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from presidio_analyzer import Pattern

from pipeline.detect.recognizers.base import Matches, Recognizer
from pipeline.detect.recognizers.credit_card import luhn_ok

_DIGITS = {
    "zero": "0", "oh": "0", "o": "0", "one": "1", "two": "2", "three": "3", "four": "4",
    "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
}  # fmt: skip
_WORD = r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine)"
# Seven digit words or more, apart by spaces, commas or dashes, "double"/"triple" before one.
SPOKEN_RUN = (
    rf"(?i:(?<![\w-])(?:(?:double|triple)[ ]){{0,1}}{_WORD}"
    rf"(?:(?:[ ]?[,-][ ]?|[ ])(?:(?:double|triple)[ ])?{_WORD}){{6,}}(?![\w-]))"
)
_TOKEN = re.compile(r"[a-z]+", re.IGNORECASE)
MIN_DIGITS = 7


def spoken_digits(value: str) -> str:
    """The digits a spoken run says ("double oh seven" is "007")."""
    out, repeat = [], 1
    for word in (w.lower() for w in _TOKEN.findall(value)):
        if word in ("double", "triple"):
            repeat = 2 if word == "double" else 3
            continue
        out.append(_DIGITS[word] * repeat)
        repeat = 1
    return "".join(out)


def _is_card(number: str) -> bool:
    return 13 <= len(number) <= 19 and luhn_ok(number)


# What a number said after these words is: an order, a ticket, a parcel ("your complaint number is
# C M P two zero ...", "ich hab die Bestellung null null vier ..."), not a phone.
_REFERENCE_BEFORE = re.compile(
    r"(?i:\b(?:order|ticket|tracking|reference|ref|claim|case|complaint|confirmation|booking|invoice|transaction|"
    r"incident|incidencia|bestellung|bestellnummer|pedido|prescription|microchip|application|parcel|"
    r"package|commande|ordine|pratica|rechnung|factura|fattura|facture|receipt|contract|serial|sku|item|"
    r"error code|error|flight|vuelo|vol|flug|volo)\b(?:[ \t]+[\w'’]+){0,4}?[ \t:#]*\Z)"
)


def _after_reference(text: str, start: int) -> bool:
    line_start = text.rfind("\n", 0, start) + 1
    return _REFERENCE_BEFORE.search(text, max(line_start, start - 48), start) is not None


class _SpokenNumber(Recognizer):
    """A spoken run, unless a reference word before it says what it is."""

    def find(self, text: str, index: int, matches: Matches = None) -> Iterator[tuple[int, int, float]]:
        for start, end, score in super().find(text, index, matches):
            # Not the number of an order; not the rest of a year or an amount ("mille neuf cent ...").
            if not _after_reference(text, start) and not _THOUSAND.search(text, max(0, start - 20), start):
                yield start, end, score


class SpokenCardRecognizer(Recognizer):
    ENTITY = "CREDIT_CARD"
    NAME = "spoken_card"
    PATTERNS = (Pattern("spoken_card", SPOKEN_RUN, 0.85),)

    def validate_result(self, pattern_text: str) -> bool:
        return _is_card(spoken_digits(pattern_text))


class SpokenNumberRecognizer(_SpokenNumber):
    ENTITY = "PHONE_NUMBER"
    NAME = "spoken_number"
    PATTERNS = (Pattern("spoken_number", SPOKEN_RUN, 0.6),)

    def validate_result(self, pattern_text: str) -> bool:
        number = spoken_digits(pattern_text)
        return len(number) >= MIN_DIGITS and not _is_card(number)


# A street address said aloud: the house number in words, the street's name, its type, and a unit
# said the same way ("eighteen oh two Esplanade Avenue", "three thirty one Lenox Avenue apartment six C").
_NUMBER_WORDS = (
    r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)"
)
_HOUSE = rf"{_NUMBER_WORDS}(?:(?:[ -]|[ ]and[ ]|[ ]slash[ ]){_NUMBER_WORDS}){{0,6}}"
# Words a street's name is not made of ("two more days on the road").
_NOT_STREET = (
    r"(?!(?:the|a|an|of|on|in|at|to|for|from|my|your|our|his|her|their|and|or|more|days|weeks|months|years|"
    r"times|hours|minutes|miles|blocks|doors|houses|is|was|are|down|up|off|out|over|by|way|next|last|other)\b)"
)
_STREET_TYPES = (
    r"(?:road|rd|street|st|avenue|ave|drive|dr|close|terrace|parade|boulevard|blvd|lane|ln|way|court|ct|place|pl|"
    r"crescent|grove|gardens|square|hill|row|walk|circle|highway|parkway|pkwy|trail|mews|rise|view|park|green)"
)
_UNIT = rf"(?:[ ,]+(?:apartment|apt|unit|flat|suite|number|no)[ ]+(?:{_NUMBER_WORDS}|\d+|[A-Za-z](?![\w]))(?:[ -](?:{_NUMBER_WORDS}|\d+|[A-Za-z](?![\w]))){{0,5}})?"
SPOKEN_STREET = (
    rf"(?i:(?<![\w-]){_HOUSE}[ ]+(?:{_NOT_STREET}[A-Za-z][\w'’-]*[ ]+){{1,4}}{_STREET_TYPES}(?![\w])"
    r"(?:[ ]+(?:north|south|east|west|northwest|northeast|southwest|southeast|nw|ne|sw|se)(?![\w]))?"
    rf"{_UNIT}|(?<![\w])(?:p ?o box|post office box)[ ]+{_HOUSE})"
)


class SpokenStreetRecognizer(Recognizer):
    ENTITY = "STREET_ADDRESS"
    NAME = "spoken_street"
    PATTERNS = (Pattern("spoken_street", SPOKEN_STREET, 0.85),)
    GATES = {"spoken_street": rf"(?i:{_NUMBER_WORDS}[ ][^\n]*{_STREET_TYPES}|(?:p ?o box|post office box)[ ])"}


# Numbers said aloud in the languages of our users' calls: digits, teens, tens and hundreds
# ("zéro six, quarante-deux, dix-huit", "tre tre nove, otto sette sei", "sześćset zero dwa").
_SAID_WORDS = (
    "zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    "seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|double|triple|"
    "null|eins|zwei|zwo|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|vierzig|fünfzig|"
    "sechzig|siebzig|achtzig|neunzig|hundert|"
    "zéro|un|deux|trois|quatre|cinq|sept|huit|neuf|dix|onze|douze|treize|quatorze|quinze|seize|vingt|trente|"
    "quarante|cinquante|soixante|cent|"
    "cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|dieciséis|"
    "dieciseis|diecisiete|dieciocho|diecinueve|veinte|veinti[a-záéíóú]+|treinta|cuarenta|cincuenta|sesenta|setenta|"
    "ochenta|noventa|cien|ciento|doscientos|trescientos|cuatrocientos|quinientos|seiscientos|setecientos|"
    "ochocientos|novecientos|"
    "due|tre|quattro|cinque|sei|sette|otto|nove|dieci|undici|dodici|venti|trenta|quaranta|cinquanta|sessanta|"
    "settanta|ottanta|novanta|cento|"
    "um|uma|dois|duas|três|quatro|meia|sete|oito|dez|vinte|trinta|quarenta|sessenta|oitenta|"
    "doze|treze|catorze|quatorze|dezesseis|dezessete|dezoito|dezenove|duzentos|trezentos|quatrocentos|quinhentos|"
    "seiscentos|setecentos|oitocentos|novecentos|cem|duecento|trecento|quattrocento|cinquecento|"
    "nul|een|twee|drie|vijf|zes|zeven|negen|tien|twaalf|twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|"
    "negentig|honderd|"
    "jeden|dwa|trzy|cztery|pięć|sześć|siedem|osiem|dziewięć|dziesięć|sto|dwieście|trzysta|czterysta|pięćset|"
    "sześćset|siedemset|osiemset|dziewięćset|dwadzieścia|trzydzieści|czterdzieści|pięćdziesiąt|sześćdziesiąt|"
    "siedemdziesiąt|osiemdziesiąt|dziewięćdziesiąt|"
    "ek|do|teen|chaar|paanch|chhah|chhe|saat|aath|nau|shunya|"
    "صفر|واحد|اثنان|اثنين|ثلاثة|أربعة|خمسة|ستة|سبعة|ثمانية|تسعة"
)
_SAID_WORD = rf"(?:{_SAID_WORDS})"
# A run may spell letters too, alone, "as in" a word or closed up by the view (normalize.py):
# "W as in whiskey, Z, H, eight eight one ...", "YRP eight eight two ...".
_RUN_TOKEN = rf"(?:(?i:{_SAID_WORDS})(?![\w])|[A-Z](?:[ ]as[ ]in[ ][A-Za-z]+|[A-Z]{{0,2}})(?![\w'’])|\d{{1,4}}(?![\w]))"
# Five tokens or more, apart by spaces, commas or hyphens, or joined as tens and units are
# ("cincuenta y dos", "oitenta e um"), three of them numbers; not an amount ("... cents", "... euros").
SPOKEN_ANY_RUN = (
    rf"(?<![\w-]){_RUN_TOKEN}(?:(?:[ ]?[,،-][ ]?|[ ]|[ ](?:y|e|et|und)[ ]){_RUN_TOKEN}){{4,}}"
    r"(?![ ]+(?i:dollars?|cents?|euros?|pesos?|pounds?|pence|rupees?|reais|real|złotych|zł|francs?|yen|bucks))"
)
_SAID_TOKEN = re.compile(rf"(?i)(?<![\w]){_SAID_WORD}(?![\w])")
_THOUSAND = re.compile(r"(?i)\b(?:thousand|mille|mil|tausend|duizend|tysiąc|tysiące|tysięcy|mila)\b")
# An IP address said aloud: four numbers of one to three words, apart by "dot".
_IP_PART = rf"{_SAID_WORD}(?:[ -]{_SAID_WORD}){{0,3}}"
SPOKEN_IP = rf"(?i:(?<![\w-]){_IP_PART}(?:[ ](?:dot|point|punto|punkt|ponto)[ ]{_IP_PART}){{3}}(?![\w-]))"
# A URL with a login, said aloud: "postgres colon slash slash app underscore user colon ... at db dot internal".
SPOKEN_URL_LOGIN = (
    r"(?i:(?<![\w-])(?:https?|ftps?|sftp|ssh|postgres(?:ql)?|mysql|mongodb(?:\+srv)?|redis|amqp|smb|rtsp)"
    r"[ ]+colon[ ]+slash[ ]+slash[ ]+[^\n:]{1,60}?[ ]+colon[ ]+[^\n]{1,80}?[ ]+at(?:[ ]+the[ ]+rate)?[ ]+"
    r"[^\s,]+(?:[ ]+(?!and\b|so\b|but\b)[^\s,]+){0,12}?[ ]+(?:dot|colon)[ ]+[^\s,]+)"
)
# An extension said aloud: "extension four four one seven".
SPOKEN_EXTENSION = (
    r"(?i:\b(?:extension|ext|durchwahl|poste|interno|anexo|toestel)\.?[ ]+)"
    rf"(?P<v>(?i:{_SAID_WORD}(?:[ ]{_SAID_WORD}){{2,5}}))(?![\w-])"
)


class SpokenAnyNumberRecognizer(_SpokenNumber):
    """A number said aloud in any of our users' languages: a phone number, reported as one."""

    ENTITY = "PHONE_NUMBER"
    NAME = "spoken_any_number"
    PATTERNS = (
        Pattern("spoken_any_run", SPOKEN_ANY_RUN, 0.85),
        Pattern("spoken_extension", SPOKEN_EXTENSION, 0.6),
    )

    def validate_result(self, pattern_text: str) -> bool:
        if _THOUSAND.search(pattern_text):
            return False  # a year or an amount ("mille neuf cent quatre-vingt-dix")
        return len(_SAID_TOKEN.findall(pattern_text)) >= 3  # not "A B C 12"


class SpokenIpRecognizer(Recognizer):
    ENTITY = "IP_ADDRESS"
    NAME = "spoken_ip"
    PATTERNS = (Pattern("spoken_ip", SPOKEN_IP, 0.7),)


class SpokenUrlLoginRecognizer(Recognizer):
    ENTITY = "URL_CREDENTIALS"
    NAME = "spoken_url_login"
    PATTERNS = (Pattern("spoken_url_login", SPOKEN_URL_LOGIN, 0.9),)


# ... and in the Romance and Dutch ways: the street first, the number said after it ("calle Mayor
# número ocho tercero izquierda", "Rua de Santa Catarina, número trezentos e doze"), or the number
# first ("mille quatre cent vingt, rue Sherbrooke Ouest").
_STREET_WORDS = (
    r"(?:calle|carrera|avenida|av|rua|travessa|alameda|rue|route|chemin|avenue|boulevard|impasse|allée|via|viale|"
    r"piazza|corso|largo|straße|strasse|weg|laan|straat|gracht|plein|kade|ulica|ul)"
)
_SAID_NUMBER = rf"(?i:{_SAID_WORDS}|mil|mille|tausend|duizend)"
_SAID_HOUSE = rf"{_SAID_NUMBER}(?:(?:[ -]|[ ](?:y|e|et|und|en)[ ]){_SAID_NUMBER}){{0,6}}"
_SAID_UNIT = (
    r"(?i:piso|planta|apartamento|apto|appartement|app|dto|depto|puerta|bis|tercero|terceiro|segundo|primero|"
    r"primeiro|cuarto|quarto|izquierda|derecha|esquerdo|direito|étage|escalera|bloco|bloque|[a-z])"
)
SPOKEN_ROMANCE_STREET = (
    rf"(?i:(?<![\w-]){_STREET_WORDS}\.?)[ ]+(?:(?!(?i:número|numero|no|nº|n°|nr)\b)[\w'’-]+[ ,]+){{1,5}}?"
    rf"(?:(?i:número|numero|nº|n°|no\.?|nr\.?)[ ]+)?{_SAID_HOUSE}(?![\w])"
    rf"(?:,?[ ]+(?:{_SAID_UNIT}|{_SAID_NUMBER})(?![\w])){{0,6}}"
    rf"|(?<![\w-]){_SAID_HOUSE},?[ ]+(?i:{_STREET_WORDS})[ ]+[\w'’-]+(?:[ ][A-Z][\w'’-]+){{0,3}}"
)


_ARTICLES = frozenset("un une uno una uma um een do ek sei tre oh e".split())


class SpokenRomanceStreetRecognizer(Recognizer):
    ENTITY = "STREET_ADDRESS"
    NAME = "spoken_romance_street"
    PATTERNS = (Pattern("spoken_romance_street", SPOKEN_ROMANCE_STREET, 0.85),)
    GATES = {"spoken_romance_street": rf"(?i:{_STREET_WORDS}[^\n]*{_SAID_NUMBER}|{_SAID_NUMBER}[^\n]*{_STREET_WORDS})"}

    def validate_result(self, pattern_text: str) -> bool:
        # Not on an article alone ("rue de la Paix un peu plus loin").
        return any(w.lower() not in _ARTICLES for w in _SAID_TOKEN.findall(pattern_text))
