"""Cities, countries and regions by name, beside spaCy's places.

The small English model misses most places outside English news text
("Castellón de la Plana", "Gießen", "Deutschland"). This recognizer looks
capitalized word runs up in the place list (GeoNames cities, CLDR country
names in seven languages, US states; pipeline/detect/data/places.txt):
  - a listed place is a LOCATION wherever it is written capitalized;
  - a place that is also an ordinary word ("Reading", "Mobile", "Nice")
    only after a place cue ("in", "from", "near", "aus", "à", "em", ...);
  - an unlisted capitalized name after a residence cue ("I live in",
    "based in", "wohne in", "j'habite à", "City:") is a LOCATION too:
    small towns and new suburbs are in no list.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from presidio_analyzer import Pattern

from pipeline.detect.leads import LeadIndexPerThread
from pipeline.detect.recognizers.base import Matches, Recognizer
from pipeline.detect.recognizers.lexicon import (
    LOWER,
    NOT_NAMES,
    UPPER,
    common_places,
    fold,
    place_key,
    places,
)
from pipeline.detect.recognizers.tables import table_cells

SCORES = {"listed": 0.7, "cued": 0.65}

_WORD = rf"[{UPPER}](?:[{UPPER}{LOWER}]|['’.](?=[{UPPER}{LOWER}]))*"
# Lowercase words inside place names: "Frankfurt am Main", "Rio de Janeiro", "Stratford-upon-Avon".
_PARTICLE = (
    r"(?:am|an der|an|auf|bei|im|in|ob|upon|on|under|de|del|de la|de las|de los|do|da|dos|das|di|"
    r"della|sul|sur|sous|en|le|la|les|lès|lez|à|aan den|aan de|aan|op|y|i|e|"
    # and between two names of one country or region: "Trinidad and Tobago", "Wallis-et-Futuna"
    r"and the|and|et|und|of the|of|du|des)"
)
# "St. Gallen", "Mt. Vernon": an abbreviated first word's dot.
_ABBREVIATED = r"(?:(?<=St)|(?<=Mt)|(?<=Ft)|(?<=Ste))\. "
_RUN = re.compile(rf"(?<![\w@.]){_WORD}(?:(?:[ -]|{_ABBREVIATED}|[ -]{_PARTICLE}[ -]){_WORD})*")
# A country's qualifier in brackets after it: "Micronésie (États fédérés de)", "Holy See (Vatican City State)".
_BRACKETED = re.compile(r"[ \t]\([^()\n\d]{1,40}\)")
_TOKEN = re.compile(r"[^\s-]+")
_PARTICLES = frozenset(re.findall(r"[^\W\d_]+", _PARTICLE)) | {"sulla", "alla", "al", "a", "dei", "degli"}
# Words that start longer place names, and are places on their own too ("Sainte", "San", "Castel").
_NAME_STARTS = frozenset(
    "saint sainte st ste san santa santo são sao sankt sint bad port porto puerto new north south east west nova "
    "novo alto lake mount fort villa vila castel castello colonia monte mont ville villar".split()
)
_PLACE_CUE = re.compile(
    r"(?i:\b(?:in|from|near|to|at|around|outside|aus|nach|bei|von|à|au|près de|en|desde|cerca de|a|da|di|vicino a|"
    r"em|no|na|perto de|uit|te|naar|bij|nabij)\s+)$"
)
# Phrases after which a place follows. Longest first, so that "j'habite en" wins over "j'habite".
_RESIDENCE_PHRASES = sorted(
    map(
        str.strip,
        """i live in|live in|lives in|living in|lived in|based in|located in|moved to|moving to|relocated to|
    reside in|resides in|resident of|born in|grew up in|hometown is|i'm in|im in|staying in|travelling in|
    traveling in|wohne in|wohnt in|lebe in|wohnhaft in|komme aus|j'habite à|j'habite|habite à|je vis à|vit à|
    vivo en|vive en|resido en|vivo a|vive a|abito a|abita a|risiedo a|woon in|woont in|
    moro em|mora em|vivo em|resido em|
    branch in|branch of|office in|filiale in|filiale di|agence de|agência de|sucursal de|oficina de|filiaal in|
    vestiging in|flying out of|flying to|flying from|travelling to|traveling to|viajando em|viajando a|
    viajando para|viajando por|en voyage :|en voyage à|en voyage en|gerade in|in viaggio in|sono in viaggio a|
    j'habite en|j'habite au|vivo in""".split("|"),
    ),
    key=len,
    reverse=True,
)
# Labels of a place field: "City: ...", "Pays :", "Nationalité : ...".
_PLACE_LABELS = (
    "city|town|ciudad|ville|stadt|wohnort|ort|città|comune|plaats|woonplaats|cidade|localidade|"
    "country|land|pays|país|pais|paese|region|région|regione|región|province|provincia|provincie|"
    "bundesland|kanton|canton|county|distrito|département|comunidad|state/region|"
    "nationality|nationalité|staatsangehörigkeit|nationalität|nacionalidad|nazionalità|nacionalidade|"
    "nationaliteit"
)
_RESIDENCE_CUE = re.compile(
    r"(?i:\b(?:" + "|".join(_RESIDENCE_PHRASES) + r")\s+|"
    r"\b(?:" + _PLACE_LABELS + r"|state|estado|état)\s*[:=]\s*)$"
)
# A field's whole value is the place, lower-case words and all: "Pays: Territoires français du sud",
# "Land = Turks- und Caicosinseln", or the value on the line under its label ("City\nRodriguezborough").
_PLACE_FIELD = re.compile(
    rf"(?im:(?:^|(?<=[.;,][ \t]))[ \t]*(?:{_PLACE_LABELS})(?:[ \t]*[:=][ \t]*|[ \t]*\n[ \t]*)"
    rf"([{UPPER}][^\n\t:;|@\d]{{1,58}}?))[ \t]*(?:\n|$|[.](?=[ \t]+[{UPPER}])|;|\|)"
)
_NO_PLACE = frozenset({"n/a", "na", "none", "unknown", "inconnu", "desconocido", "sconosciuto", "unbekannt"})
# Where a place starts with a lowercase word after a cue: "A agência de da Luz", "filiaal in 't Zand",
# "'s-Gravenhage", "1e Exloërmond".
_LEAD = re.compile(
    rf"(?:(?:da|de|do|das|dos|del|di|la|le|les|los|las|el|den|het|ter|ten)[ \t]+|'[st][ -]|\d{{1,2}}e[ \t]+)(?=[{UPPER}])"
)
# The same cues, found once per text: where each ends is where a place may start.
_RESIDENCE_SCAN = re.compile(_RESIDENCE_CUE.pattern.removesuffix("$"))
_RESIDENCE_LEADS = LeadIndexPerThread(lambda: [_RESIDENCE_SCAN])


def _cue_ends(text: str) -> set[int]:
    """Where each residence cue ends: the regex runs only where a cue word stands (leads.py)."""
    return {m.end() for m in _RESIDENCE_LEADS.scan(text).finditer(0)}


_SHORT = frozenset(fold(s) for s in ("USA", "U.S.A", "U.S", "UK", "U.K", "UAE", "EE.UU", "EUA"))


@functools.cache
def _place_starts() -> dict[str, int]:
    """First word of every listed place name -> the most words a place starting with it has."""
    starts: dict[str, int] = {}
    for key in places() | common_places() | _SHORT:
        words = key.split(" ")
        starts[words[0]] = max(starts.get(words[0], 0), len(words))
    return starts


# State, province and département codes written after a town: "Baraboo, WI", "Laval, QC",
# "Teresina/PI", "Brno (CZ)", "NANTES (44)", "Sydney NSW".
_REGION_CODES = frozenset(
    "AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND "
    "OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY PR "  # US
    "AB BC MB NB NL NS NT NU ON PE QC SK YT "  # Canada
    "AC AP AM BA CE ES GO MA MG MS MT PA PB PR PE PI RJ RN RS RO RR SC SP SE TO DF "  # Brazil
    "NSW VIC QLD TAS ACT".split()  # Australia
)
# A sentence's dot may follow ("lives in Scranton, PA."); an abbreviation's may not ("Boston MA.gov").
_REGION_AFTER = re.compile(
    r"(?:,[ \t]*|[ \t]*/[ \t]*|[ \t]+)([A-Z]{2,3})(?![\w-])(?!\.\w)|[ \t]*\((?:[A-Z]{2}|\d{2,3})\)"
)


def region_end(text: str, end: int) -> int:
    """Where a place ending at `end` ends with the code of its state or province after it."""
    region = _REGION_AFTER.match(text, end)
    if region is not None and (region.group(1) is None or region.group(1) in _REGION_CODES):
        return region.end()
    return end


class PlaceNameRecognizer(Recognizer):
    ENTITY = "LOCATION"
    NAME = "place_names"
    # For the prefilter only: any capital letter (the lookup happens in `find`).
    PATTERNS = (Pattern("capitalized", "[A-Z\u00c0-\u024f\u0370-\u052f]", SCORES["listed"]),)
    CONTEXT = ("city", "town", "country", "live", "located", "stadt", "ville", "ciudad", "città", "cidade")

    def find(self, text: str, index: int, matches: Matches = None) -> Iterator[tuple[int, int, float]]:
        for start, end in table_cells(text, "LOCATION"):
            yield start, end, SCORES["listed"]
        listed, common = places(), common_places()
        cue_ends = _cue_ends(text)
        yield from self._fields(text)
        # A cue before a lowercase first word: the place starts at the cue, its run at the word after.
        lead = {m.end(): end for end in cue_ends if (m := _LEAD.match(text, end)) is not None}
        cue_ends |= lead.keys()
        for run in _RUN.finditer(text):
            tokens = [(run.start() + t.start(), run.start() + t.end()) for t in _TOKEN.finditer(run.group())]
            i = 0
            while i < len(tokens):
                found = self._lookup(text, tokens, i, listed, common)
                cued = self._cued(text, tokens, i, cue_ends) if cue_ends else None
                # After a cue the place runs on past a listed one only over a particle: "Trindade e
                # Tobago", not "Canada Got".
                if cued is not None and (
                    found is None or (cued > found[0] and self._runs_on(text, tokens, found[0], cued))
                ):
                    found = (cued, SCORES["cued"])
                if found is not None:
                    end_index, score = found
                    end = tokens[end_index][1]
                    if region_end(text, end) > end:
                        end = region_end(text, end)
                    elif (bracketed := _BRACKETED.match(text, end)) is not None:
                        end = bracketed.end()
                    yield lead.get(tokens[i][0], tokens[i][0]), end, score
                    i = end_index + 1
                    continue
                i += 1

    @staticmethod
    def _fields(text: str) -> Iterator[tuple[int, int, float]]:
        for m in _PLACE_FIELD.finditer(text):
            value = m.group(1).rstrip(" .,'")
            if fold(value) in _NO_PLACE or (value.isupper() and len(value) <= 4) or len(value.split()) > 6:
                continue
            yield m.start(1), m.start(1) + len(value), SCORES["cued"]

    @staticmethod
    def _runs_on(text: str, tokens: list[tuple[int, int]], last: int, cued: int) -> bool:
        """After a cue, a place runs on past a listed one that starts longer names ("San" of "San Martino
        Della Battaglia"), over a hyphen ("Sint-Kruis-Winkel") or a particle ("Villanova Del Ghebbo",
        "Trindade e Tobago"); not into the next sentence ("Nationaliteit: Egypte Factuur FA2465")."""
        nxt = text[tokens[last + 1][0] : tokens[last + 1][1]]
        return (
            fold(text[tokens[last][0] : tokens[last][1]]) in _NAME_STARTS
            or text[tokens[last][1] : tokens[last + 1][0]] == "-"
            or fold(nxt) in _PARTICLES
        ) and all(fold(text[tokens[k][0] : tokens[k][1]]) not in NOT_NAMES for k in range(last + 1, cued + 1))

    @staticmethod
    def _cued(text: str, tokens: list[tuple[int, int]], i: int, cue_ends: set[int]) -> int | None:
        """After a residence cue, the place runs to the end of the capitalized run (five words at most)."""
        first = text[tokens[i][0] : tokens[i][1]]
        if first in _PARTICLES or first.casefold() in NOT_NAMES:
            return None
        if tokens[i][0] not in cue_ends:
            return None
        last = min(len(tokens), i + 5) - 1
        while last > i and text[tokens[last][0] : tokens[last][1]] in _PARTICLES:
            last -= 1
        return last

    @staticmethod
    def _lookup(
        text: str,
        tokens: list[tuple[int, int]],
        i: int,
        listed: frozenset[str],
        common: frozenset[str],
    ) -> tuple[int, float] | None:
        """The longest place starting at token i: (index of its last token, score)."""
        first = text[tokens[i][0] : tokens[i][1]]
        if first in _PARTICLES:
            return None
        # Only as many words as the longest place that starts with this word.
        longest = _place_starts().get(place_key(first), 0)
        for j in range(min(len(tokens), i + longest) - 1, i - 1, -1):
            value = text[tokens[i][0] : tokens[j][1]]
            key = place_key(value)
            if len(value) <= 4 and value.isupper() and key not in _SHORT:
                continue  # "ORA-00942", "BOX": short capitals are codes
            if key in listed or key in _SHORT:
                return j, SCORES["listed"]
            if key in common and _PLACE_CUE.search(text, max(0, tokens[i][0] - 16), tokens[i][0]):
                return j, SCORES["cued"]
        return None
