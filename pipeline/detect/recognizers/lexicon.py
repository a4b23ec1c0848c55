"""Word lists for the PERSON and LOCATION rules, and the letter classes they match with.

The lists live in pipeline/detect/data/ (built by tools/detect_data.py; each
file names its source and licence) and are read once per process, on first
use. Lookups fold case and accents, so "Zurich" finds "Zürich" and "JÜRGEN"
finds "Jürgen".
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Callable
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data"

# Upper- and lowercase letters of the Latin, Greek and Cyrillic blocks, and of Latin
# Extended Additional (Vietnamese "Nguyễn", Yoruba "Adébáyọ̀"), for regex classes:
# Python's `re` has no \p{Lu}, and [A-Z] misses "É" and "Ł".
_CASED_BLOCKS = (*range(0x41, 0x530), *range(0x1E00, 0x1F00))
UPPER = "".join(chr(c) for c in _CASED_BLOCKS if chr(c).isupper() and chr(c).isalpha())
LOWER = "".join(chr(c) for c in _CASED_BLOCKS if chr(c).islower() and chr(c).isalpha()) + "ß"

# Capitalized words that are never a name or a place on their own, whatever
# the lists say (months and weekdays are given names and towns somewhere).
NOT_NAMES = frozenset(
    """
    january february march april may june july august september october november december
    monday tuesday wednesday thursday friday saturday sunday today tomorrow yesterday
    januar februar märz juni juli oktober dezember montag dienstag mittwoch donnerstag freitag samstag sonntag
    janvier février mars avril mai juin juillet août septembre octobre novembre décembre
    lundi mardi mercredi jeudi vendredi samedi dimanche
    enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre
    lunes martes miércoles jueves viernes sábado domingo
    gennaio febbraio aprile maggio giugno luglio settembre ottobre dicembre
    lunedì martedì mercoledì giovedì venerdì sabato
    januari februari maart mei augustus
    maandag dinsdag woensdag donderdag vrijdag zaterdag zondag
    the a an and or our your my we you it this that these those there here all any every
    hi hello hey dear thanks thank regards best kind warm greetings cheers sincerely yours
    gracias grazie merci danke obrigado obrigada atentamente saludos cordialmente cordiali distinti mvh
    hälsningar groeten tack takk kiitos teşekkürler salamat asante
    tel phone telefon teléfono téléphone telefono mobile mobil móvil cell fax email e-mail nummer numero número numéro
    pt pts patient bp hr rr dx rx hx
    team support customer service services sales billing order orders account invoice refund shipping
    delivery help desk admin office staff everyone everybody folks guys sir madam madame
    inc ltd llc gmbh corp co plc sa srl bv ag
    patient client caller member user agent doctor nurse officer manager
    mr mrs ms mx dr prof herr frau monsieur madame mademoiselle señor señora signor signora signore senhor senhora
    meneer mevrouw damen herren kollegen kollegin kunde kundin kundenservice mesdames messieurs
    there yes no ok okay please sorry again soon hope unfortunately note update
    mein meine mon ma mes mijn il lo el mio mia meu minha os der die das ein eine une uno una het een unser
    unsere notre nuestro nuestra nostro nostra onze nosso nossa
    """.split()
)


# Frequent words of our other languages that are also towns somewhere ("Como", "Para", "Este"):
# places only after a place cue ("in Como").
NOT_PLACES = frozenset(
    "ans bis cela como dort esse este nada para pero però sur mais sale tours ma mon son les des une par".split()
)


def fold(text: str) -> str:
    """Case- and accent-insensitive key: 'Jürgen' and 'JURGEN' fold alike."""
    if text.isascii():  # most words: no accents to strip
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def place_key(text: str) -> str:
    """`fold`, and hyphens as spaces: "Saint-Étienne" is also written "Saint Etienne"."""
    return fold(text).replace("-", " ")


def _read(name: str, key: Callable[[str], str] = fold) -> frozenset[str]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return frozenset(key(line) for line in lines if line and not line.startswith("#"))


@functools.cache
def given_names() -> frozenset[str]:
    """Folded given names (US Census 1990 and a European list), without ordinary words."""
    return _read("given_names.txt") - NOT_NAMES


@functools.cache
def common_given_names() -> frozenset[str]:
    """Folded given names that are also ordinary words ("Grace", "Mark", "Heather")."""
    return _read("given_names_common.txt") - NOT_NAMES


@functools.cache
def surnames() -> frozenset[str]:
    """Folded frequent surnames (US Census 1990), without ordinary words."""
    return _read("surnames.txt") - NOT_NAMES


@functools.cache
def places() -> frozenset[str]:
    """Folded city, country, region and US state names that are no ordinary word."""
    listed = _read("places.txt", place_key) | _read("regions.txt", place_key)
    return listed - common_places() - NOT_NAMES


@functools.cache
def common_places() -> frozenset[str]:
    """Folded place names that are also ordinary words ("Reading", "Mobile")."""
    return (_read("places_common.txt", place_key) | {place_key(w) for w in NOT_PLACES}) - NOT_NAMES
