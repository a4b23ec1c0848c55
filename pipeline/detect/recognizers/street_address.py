"""Postal addresses: US street lines, and German, Dutch and French ones.

Rules, not NER: the small spaCy model tags the city of an address as a
place but not the street line, which is the part that identifies a home.
"""

from __future__ import annotations

from presidio_analyzer import Pattern

from pipeline.detect.recognizers.base import Recognizer

# USPS Publication 28 street suffixes (common names and abbreviations).
_US_SUFFIXES = ["Alley", "Aly", "Avenue", "Ave", "Av", "Bend", "Blvd", "Boulevard", "Branch", "Bridge", "Brook", "Brooks", "Burg", "Burgs", "Bypass", "Camp", "Canyon", "Cape", "Causeway", "Center", "Centers", "Cir", "Circle", "Circles", "Cliff", "Cliffs", "Club", "Common", "Corner", "Corners", "Course", "Court", "Courts", "Ct", "Cove", "Coves", "Creek", "Crescent", "Crest", "Crossing", "Crossroad", "Curve", "Dale", "Dam", "Divide", "Dr", "Drive", "Drives", "Estate", "Estates", "Expressway", "Expy", "Extension", "Extensions", "Fall", "Falls", "Ferry", "Field", "Fields", "Flat", "Flats", "Ford", "Fords", "Forest", "Forge", "Forges", "Fork", "Forks", "Fort", "Freeway", "Fwy", "Garden", "Gardens", "Gateway", "Glen", "Glens", "Green", "Greens", "Grove", "Groves", "Harbor", "Harbors", "Haven", "Heights", "Highway", "Hwy", "Hill", "Hills", "Hollow", "Inlet", "Island", "Islands", "Isle", "Junction", "Junctions", "Key", "Keys", "Knoll", "Knolls", "Lake", "Lakes", "Land", "Landing", "Lane", "Ln", "Light", "Lights", "Loaf", "Lock", "Locks", "Lodge", "Loop", "Mall", "Manor", "Manors", "Meadow", "Meadows", "Mews", "Mill", "Mills", "Mission", "Motorway", "Mount", "Mountain", "Mountains", "Neck", "Orchard", "Oval", "Overpass", "Park", "Parks", "Parkway", "Parkways", "Pkwy", "Pass", "Passage", "Path", "Pike", "Pine", "Pines", "Place", "Pl", "Plain", "Plains", "Plaza", "Point", "Points", "Port", "Ports", "Prairie", "Radial", "Ramp", "Ranch", "Rapid", "Rapids", "Rd", "Rest", "Ridge", "Ridges", "River", "Road", "Roads", "Route", "Row", "Rue", "Run", "Shoal", "Shoals", "Shore", "Shores", "Skyway", "Spring", "Springs", "Spur", "Spurs", "Sq", "Square", "Squares", "St", "Station", "Stravenue", "Stream", "Street", "Streets", "Summit", "Ter", "Terrace", "Throughway", "Trace", "Track", "Trafficway", "Trail", "Trl", "Trailer", "Tunnel", "Turnpike", "Underpass", "Union", "Unions", "Valley", "Valleys", "Via", "Viaduct", "View", "Views", "Village", "Villages", "Ville", "Vista", "Walk", "Walks", "Wall", "Way", "Ways", "Well", "Wells"]
_SUFFIX = "(?:" + "|".join(sorted(_US_SUFFIXES, key=len, reverse=True)) + r")\.?"
_UNIT = r"(?:,? (?:Apt\.?|Apartment|Suite|Ste\.?|Unit|#) ?[A-Za-z0-9\-]{1,6})?"
_CITY_STATE_ZIP = r"(?:,? [A-Z][A-Za-z.'\-]+(?: [A-Z][A-Za-z.'\-]+){0,3},? [A-Z]{2} \d{5}(?:-\d{4})?)?"
_US = rf"\b\d{{1,6}} (?:[NSEW]\.? )?(?:[A-Z][a-z]+|\d{{1,3}}(?:st|nd|rd|th))(?: [A-Z][a-z]+){{0,3}} {_SUFFIX}(?![\w])(?: (?:N|S|E|W|NE|NW|SE|SW)\b)?{_UNIT}{_CITY_STATE_ZIP}"

# Letters of the Latin-1 languages, spelled out: the patterns are ASCII-mode.
_LOW = "a-zß-öø-ÿ"
_UP = "A-ZÀ-ÖØ-Þ"
_WORD = f"[{_UP}{_LOW}0-9'\\-]"
_EU_SUFFIX = (
    "straße|strasse|str\\.|weg|platz|gasse|allee|ring|damm|ufer|chaussee|steig|"  # German
    "laan|straat|gracht|plein|kade|dijk|singel|steeg|boulevard|markt|hof|dreef|baan|pad"  # Dutch
)
# "Hauptstraße 12", "Dirk-Caspar-Ring 4a", "Lange Gracht 9", then "10115 Berlin" / "2533 QN Ouderkerk".
_EU_STREET = f"(?:[{_UP}]{_WORD}*(?:{_EU_SUFFIX})|(?:[{_UP}]{_WORD}+[ \\-])(?:{_EU_SUFFIX.title()}))"
_EU_TOWN = f"[{_UP}]{_WORD}+(?: (?:an der|am|aan den|aan de|a/d) [{_UP}]{_WORD}+)?"
_EU = rf"\b{_EU_STREET} \d{{1,4}}(?:[ \-]?[a-z])?\b(?:,? (?:\d{{5}}|\d{{4}} ?[A-Z]{{2}}),? {_EU_TOWN})?"
# "39, boulevard Pichon, 48757 Voisindan", "12 rue de la Paix 75002 Paris".
_FR = (
    rf"\b\d{{1,4}}(?: ?(?:bis|ter))?,? (?:rue|avenue|boulevard|bd|chemin|place|impasse|allée|quai|route|cours) "
    rf"(?:(?:de la|de l'|du|des|de|d')\s?)?[{_UP}]{_WORD}+(?: [{_UP}{_LOW}]{_WORD}+){{0,3}}?"
    rf"(?:,? \d{{5}} [{_UP}]{_WORD}+)?"
)


_PO_BOX = rf"\b(?:P\.? ?O\.? ?Box|Post Office Box|Postfach|Postbus) \d{{1,6}}\b{_CITY_STATE_ZIP}"


class StreetAddressRecognizer(Recognizer):
    ENTITY = "STREET_ADDRESS"
    NAME = "street_address"
    # Above NER's 0.85 so a full address wins over the city found inside it.
    PATTERNS = (
        Pattern("us_street", _US, 0.9),
        Pattern("eu_street", _EU, 0.9),
        Pattern("fr_street", _FR, 0.9),
        Pattern("po_box", _PO_BOX, 0.9),
    )
    CONTEXT = ("address", "live at", "ship to", "deliver", "adresse", "adres", "anschrift")

