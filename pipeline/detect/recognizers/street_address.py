"""Postal addresses: the street line and what follows it (unit, town, region, postal code, country).

Rules, not NER: the small spaCy model tags the city of an address as a
place but not the street line, which is the part that identifies a home,
and never the postal code. A street line is one of:
  - number first, US/UK/Irish style: "9677 Eric Parkways", "07 Williams Lake";
    French style: "37, boulevard Germain";
  - a street type first (Spanish, Italian, Portuguese, French, Dutch):
    "Calle Mayor 5", "Via Roma, 12", "Rua Augusta, 123", "rue de la Paix";
  - German and Dutch compounds: "Hauptstraße 12", "Puntigamstr. 6/5",
    "Dirk-Caspar-Ring 4a", "Kerkstraat 12", "Lange Gracht 9", "Am Markt 3";
  - a unit first (UK): "Flat 59, Jones Roads";
  - anything with a house number right after an address cue ("Address:",
    "Lieferadresse:", "ship to", "moro na", "ik woon op");
  - a P.O. box.
Then the span runs on, part by part, through what an address has after its
street, on the same line (", ; - /" between parts) or on the lines below:
a unit ("Apt. 374", "Piano 6", "3º B"), a postal code (US, UK, Canada,
Ireland, the Netherlands, Portugal, Brazil, four and five digits elsewhere),
a town with its particles ("Saalfelden am Steinernen Meer"), a region or
state ("AK", "(RM)", "/ SP", "Navarra") and a country. A street type
without a house number counts only when a postal code follows.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from presidio_analyzer import Pattern

from pipeline.detect.recognizers.base import Matches, Recognizer
from pipeline.detect.recognizers.lexicon import LOWER, NOT_NAMES, UPPER, fold, place_key, places
from pipeline.detect.recognizers.tables import table_cells

# USPS Publication 28 street suffixes (common names and abbreviations), and British ones.
_SUFFIXES = [
    "Alley",
    "Aly",
    "Av",
    "Ave",
    "Avenue",
    "Avenues",
    "Bend",
    "Blvd",
    "Boulevard",
    "Branch",
    "Bridge",
    "Brook",
    "Brooks",
    "Burg",
    "Burgs",
    "Bypass",
    "Camp",
    "Canyon",
    "Cape",
    "Causeway",
    "Center",
    "Centers",
    "Cir",
    "Circle",
    "Circles",
    "Cliff",
    "Cliffs",
    "Close",
    "Club",
    "Common",
    "Corner",
    "Corners",
    "Course",
    "Court",
    "Courts",
    "Cove",
    "Coves",
    "Creek",
    "Crescent",
    "Crest",
    "Crossing",
    "Crossroad",
    "Ct",
    "Curve",
    "Dale",
    "Dam",
    "Divide",
    "Dr",
    "Drive",
    "Drives",
    "End",
    "Estate",
    "Estates",
    "Expressway",
    "Expy",
    "Extension",
    "Extensions",
    "Fall",
    "Falls",
    "Ferry",
    "Field",
    "Fields",
    "Flat",
    "Flats",
    "Ford",
    "Fords",
    "Forest",
    "Forge",
    "Forges",
    "Fork",
    "Forks",
    "Fort",
    "Freeway",
    "Fwy",
    "Garden",
    "Gardens",
    "Gate",
    "Gateway",
    "Glen",
    "Glens",
    "Green",
    "Greens",
    "Grove",
    "Groves",
    "Harbor",
    "Harbors",
    "Haven",
    "Heights",
    "Highway",
    "Hill",
    "Hills",
    "Hollow",
    "Hwy",
    "Inlet",
    "Island",
    "Islands",
    "Isle",
    "Junction",
    "Junctions",
    "Key",
    "Keys",
    "Knoll",
    "Knolls",
    "Lake",
    "Lakes",
    "Land",
    "Landing",
    "Lane",
    "Lanes",
    "Light",
    "Lights",
    "Ln",
    "Loaf",
    "Lock",
    "Locks",
    "Lodge",
    "Loop",
    "Mall",
    "Manor",
    "Manors",
    "Meadow",
    "Meadows",
    "Mews",
    "Mill",
    "Mills",
    "Mission",
    "Motorway",
    "Mount",
    "Mountain",
    "Mountains",
    "Neck",
    "Orchard",
    "Oval",
    "Overpass",
    "Parade",
    "Park",
    "Parks",
    "Parkway",
    "Parkways",
    "Pass",
    "Passage",
    "Path",
    "Pike",
    "Pine",
    "Pines",
    "Pkwy",
    "Pl",
    "Place",
    "Plain",
    "Plains",
    "Plaza",
    "Point",
    "Points",
    "Port",
    "Ports",
    "Prairie",
    "Radial",
    "Ramp",
    "Ranch",
    "Rapid",
    "Rapids",
    "Rd",
    "Rest",
    "Ridge",
    "Ridges",
    "Rise",
    "River",
    "Road",
    "Roads",
    "Route",
    "Row",
    "Rue",
    "Run",
    "Shoal",
    "Shoals",
    "Shore",
    "Shores",
    "Skyway",
    "Spring",
    "Springs",
    "Spur",
    "Spurs",
    "Sq",
    "Square",
    "Squares",
    "St",
    "Station",
    "Stravenue",
    "Stream",
    "Street",
    "Streets",
    "Summit",
    "Ter",
    "Terrace",
    "Terraces",
    "Throughway",
    "Trace",
    "Track",
    "Trafficway",
    "Trail",
    "Trailer",
    "Trl",
    "Tunnel",
    "Turnpike",
    "Underpass",
    "Union",
    "Unions",
    "Valley",
    "Valleys",
    "Via",
    "Viaduct",
    "View",
    "Views",
    "Village",
    "Villages",
    "Ville",
    "Vista",
    "Walk",
    "Walks",
    "Wall",
    "Way",
    "Ways",
    "Well",
    "Wells",
    "Wharf",
    "Yard",
]
_FR_TYPES = (
    "rue|avenue|av|boulevard|bd|chemin|place|impasse|allée|quai|route|cours|square|voie|passage|faubourg|"
    "sentier|rond-point|chaussée|promenade|esplanade|cité|résidence|hameau|lieu-dit|montée|parvis|villa|rampe"
)
# Street types written before the name: Spanish, Italian, Portuguese, French, Dutch/Flemish.
_PREFIX_TYPES = (
    "calle|c/|avenida|avda|paseo|pso|plaza|pza|camino|carrera|carretera|ctra|ronda|travesía|travesia|glorieta|"
    "pasaje|rambla|urbanización|urbanizacion|callejón|callejon|cuesta|vía|via|viale|piazza|piazzale|corso|largo|"
    "vicolo|strada|stretto|contrada|borgo|lungomare|lungotevere|galleria|salita|rotonda|traversa|calle|"
    "rua|travessa|praça|praca|alameda|estrada|rodovia|vila|beco|ladeira|viela|trecho|praia|quadra|setor|"
    "conjunto|núcleo|nucleo|lote|vereda|residencial|chácara|chacara|jardim|parque|sítio|sitio|condomínio|"
    "condominio|morro|passarela|feira|recanto|loteamento|fazenda|colônia|distrito|esplanada|estação|lagoa|"
    "passeio|pátio|ponte|rampa|subida|trevo|vale|viaduto|lago|r\\.|"
    "acceso|pasadizo|bajada|barrio|cañada|colonia|polígono|poligono|sector|gran vía|"
    "incrocio|piazzetta|rione|viottolo|circonvallazione|località|frazione|campo|canale|fondamenta|riviera|"
    "sentiero|stradone|vico|vicoletto|avenue|boulevard|chemin|impasse|allée|quai|route|rue|place|"
    "square|esplanade|promenade|faubourg|ul\\.|al\\.|os\\.|pl\\.|ulica|aleja|osiedle|av\\.|avda\\.|"
    "str\\.|bd\\.|bdul\\.|b-dul|calea|șos\\.|sos\\.|aleea|splaiul|intrarea|bv\\.|bulevar|carrer|passatge|avinguda|"
    "jl\\.|jln\\.|jalan|lorong|lrg\\.|soi"
)
# German, Dutch and Flemish street words, glued to the name or after it.
_GLUED = (
    "straße|strasse|str\\.|gasse|weg|platz|allee|ring|damm|ufer|chaussee|steig|pfad|markt|gässchen|zeile|"
    "laan|straat|gracht|plein|kade|dijk|singel|steeg|boulevard|hof|dreef|baan|pad|wal|lei|steenweg|kaai|"
    "park|dam|haven|"
    # Nordic, Finnish, Polish, Hungarian, Turkish
    "gade|gate|gata|gatan|vej|väg|vägen|veien|katu|tie|kuja|ulica|utca|sokak|sokağı|cadde|caddesi"
)
_DE_PREFIX = "Am|An der|An den|An dem|Im|In der|In den|Zum|Zur|Auf dem|Auf der|Hinter der|Unter den|Vor dem|Bei der"
_CUES = (
    "address|home address|shipping address|billing address|delivery address|mailing address|ship to|send to|"
    "deliver to|ship it to|send it to|i live at|live at|lives at|"
    "adresse|anschrift|lieferadresse|rechnungsadresse|wohnadresse|meine anschrift lautet|ich wohne in der|"
    "ich wohne am|ich wohne im|wohnhaft in der|"
    "adresse de livraison|adresse postale|j'habite au|j'habite|envoyez-le à|"
    "dirección|direccion|dirección de envío|domicilio|vivo en la|vivo en el|envíen a|enviar a|"
    "indirizzo|indirizzo di consegna|abito in|abito a|spedite a|"
    "endereço|endereco|endereço de entrega|morada|moro na|moro no|moro em|enviem para|"
    "adres|afleveradres|woonadres|ik woon op|ik woon aan|stuur naar"
)

_CAP = rf"[{UPPER}](?:[{UPPER}{LOWER}'’]|\.(?=[{UPPER}]))*"
_PART = (
    r"(?:de|del|de la|de las|de los|dos|da|do|das|di|della|delle|dei|degli|du|des|d'|l'|la|le|les|van|von|der|den|"
    r"am|an|auf|im|of|the|y|e|en|sur|sous|près|lès|lez|aux|au|upon|on|bei|ob)"
)
_SP = r"[ \t\u00a0]"
_ELIDED = "(?:d|l|dell|dall|nell|sull|all|de l)['’]"
# (a "No." before the house number is none of the name's words: "Jl. Cihampelas No. 160")
_NAMEWORDS = (
    rf"(?:{_PART}{_SP}+|{_ELIDED})?{_CAP}"
    rf"(?:(?:{_SP}+|-)(?:{_PART}(?:{_SP}+|-)|{_ELIDED})*(?!(?i:n[º°o]|nr|no)\.?:?{_SP}?\d){_CAP}){{0,4}}"
)
# A US street name may be a number ("89th St"); a direction may stand before it ("1234 NE 45th Ave").
_ORDINAL = r"\d{1,3}(?:st|nd|rd|th|ST|ND|RD|TH)"
_DIRECTION = r"(?:[NSEW]|NE|NW|SE|SW|North|South|East|West|NORTH|SOUTH|EAST|WEST)\.?"
_STREET_NAME = rf"(?:{_DIRECTION}{_SP}+)?(?:{_ORDINAL}|{_NAMEWORDS})"
_LOWER_SUFFIX = "st|str|street|rd|ave|av|avenue|blvd|boulevard|dr|ln|ct|pl|pkwy|hwy|cres|terr|ter|cir"
_NOT_STREET_NAME = "(?:on|the|of|to|a|an|in|at|for|my|your|our|his|her|and|or|from|with|by|is|are|was|per|more|less)"
_NUM = (
    r"\d{1,5}(?:{_SP}?(?:bis|ter)(?![a-zA-Z])|{_SP}?[a-zA-Z](?![a-zA-Z]|/{_SP}))?"  # not "e/" (between)
    r"(?:[-/]\d{1,5}[a-zA-Z]?(?:/\d{1,3}(?![\d/]))?|-[IVX]{1,4}(?![\w-]))?(?:{_SP}(?:bis|ter|B|hs|huis))?"
).replace("{_SP}", _SP)
_NUMBER = rf"(?:(?i:n[º°o.]|nr\.?|no\.?):?{_SP}?)?{_NUM}|s/n|S/N"
_HOUSE = rf"(?:(?i:n[º°o.]|nr\.?|no\.?):?{_SP}?)?{_NUM}"  # "Bağdat Caddesi No: 312", "Hauptstraße Nr. 5"
# Street words written apart and in lower case after the name: "Thorvald Meyers gate 52B",
# "Király utca 18.", "Teréz krt. 24.", "Atatürk Cad. 5".
_SEPARATE_WORDS = (
    "gate|gata|gatan|vei|veien|veg|vegen|vej|väg|vägen|allé|plass|plads|torg|torget|utca|út|útja|körút|krt\\.|"
    "tér|köz|sokak|sokağı|sk\\.|caddesi|cad\\.|cd\\.|bulvarı|mahallesi|mah\\."
)
_SUFFIX = "(?:" + "|".join(sorted(_SUFFIXES + [s.upper() for s in _SUFFIXES], key=len, reverse=True)) + r")\.?"
_GLUED_TITLE = "|".join(w.title() for w in _GLUED.split("|"))

# One regex per kind of street line (index = the prefilter pattern of the same index).
_UNIT_SUFFIXES = "to|fu|ken|do|shi|si|ku|gu|gun|cho|machi|mura|dong|eup|myeon|ri|ro|gil|ho|ban|beonji"
_LOWER_PREFIX_TYPES = "rua|avenida|av|calle|carrera|rue|jl|jalan|ul|ulica|caddesi|sokak|duong|đường|phố"
_CORES: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p)
    for p in (
        rf"(?<![\w,.:]){_NUM}(?:,|{_SP}+)?{_SP}*(?:(?i:block){_SP}+(?i:of){_SP}+)?{_STREET_NAME}{_SP}+{_SUFFIX}(?!\w)"
        rf"(?:{_SP}+(?:N|S|E|W|NE|NW|SE|SW)\b)?",
        rf"(?<![\w,.:]){_NUM},?{_SP}+(?i:{_FR_TYPES})\.?{_SP}+{_NAMEWORDS}",
        # (the name may be a number: "Calle 7 Nº 1184", "Carrera 15 # 88-64")
        rf"(?<!\w)(?i:{_PREFIX_TYPES})\.?{_SP}+(?:{_NAMEWORDS}|\d{{1,3}}[A-Za-z]?(?={_SP}+(?i:n[º°o.]|nr|no|#)))"
        rf"(?P<num>,?{_SP}*(?:#{_SP}?\d{{1,3}}[A-Za-z]?-\d{{1,3}}|{_NUMBER})(?!\w))?",
        rf"(?<!\w)(?:{_CAP}{_SP}+)?{_CAP}(?:-{_CAP})*-?(?:{_GLUED}|{_GLUED_TITLE}){_SP}*{_HOUSE}(?!\w)|"
        rf"(?<!\w)(?:{_CAP}{_SP}+){{1,3}}(?:{_GLUED_TITLE}|{_SEPARATE_WORDS}){_SP}+{_HOUSE}(?!\w)|"
        rf"(?<!\w)(?:{_DE_PREFIX}){_SP}+{_CAP}(?:{_SP}+{_CAP})?{_SP}+{_NUM}(?!\w)",
        rf"(?<!\w)(?i:flat|apartment|apt|unit|studio|suite)\.?{_SP}+\w{{1,5}}[,;]?(?:{_SP}+|{_SP}*\n{_SP}*)(?:{_NUM}{_SP}+)?{_STREET_NAME}{_SP}+{_SUFFIX}(?!\w)",
        rf"(?i:\b(?:p\.?{_SP}?o\.?{_SP}?box|post office box|postfach|postbus|apartado|casella postale|caixa postal|bp|cp){_SP}+\d{{1,6}})\b(?!/\d)|"
        # Rural routes: "Rural Route 2", "RR 3, Box 145" (a bare "RR 135/80" is a blood pressure).
        rf"(?i:\brural{_SP}+route{_SP}*\d{{1,4}}(?:,?{_SP}+box{_SP}+\d{{1,5}})?)(?!\w)|"
        rf"(?i:\b(?:r\.?r\.?|rt\.?|hc|route){_SP}*\d{{1,4}}(?:,?{_SP}+site{_SP}+\d{{1,4}})?,?{_SP}+box{_SP}+\d{{1,5}}[a-z]?)(?!\w)|"
        # US military mail: "Unit 8156 Box 2587 DPO AP 85771", "PSC 4115, Box 7815 APO AE 41903", "USNS Perry FPO AP 12345"
        rf"(?<!\w)(?:(?:Unit|PSC|CMR){_SP}+\d{{3,5}},?{_SP}+Box{_SP}+\d{{2,5}}|USNS?{_SP}+{_CAP}(?:{_SP}+{_CAP})?)"
        rf"(?:,?{_SP}+(?:APO|FPO|DPO){_SP}+(?:AA|AE|AP)(?:{_SP}+\d{{5}})?)?",
        rf"(?i:\b(?:{_CUES})){_SP}*[:=]?{_SP}*(?:\n{_SP}*)?(?P<street>{_NAMEWORDS},?{_SP}+{_NUM}(?!\w)|{_NUM},?{_SP}+{_NAMEWORDS})",
        # No street type, so only with a postal code or a known town after (_NEED_ANCHOR):
        # a name and a number ("Vinohradská 1511/230, 100 00 Praha 10") ...
        rf"(?<![\w,.:/-]){_CAP}(?:[ \u00a0]+{_CAP}){{0,2}}[ \u00a0]+{_NUM}(?=,[ \t])",
        # ... a number and a name ("14 Kingsway, Manchester M19 1BB") ...
        rf"(?<![\w,.:/-]){_NUM},?[ \u00a0]+{_NAMEWORDS}(?=,[ \t])",
        # ... a house or plot number, South Asian and West African style ("House No. 221, Sector 15").
        rf"(?<!\w)(?i:house|h|flat|plot|door|shop|khasra|survey)\.?{_SP}*(?i:no|number|#)?\.?{_SP}*\d{{1,5}}[A-Za-z]?(?:[/-]\d{{1,4}})?(?!\w)",
        # All in lowercase, as chats write it: "4417 n maplewood dr, tulsa ok 74115". Only the street
        # types that are no everyday word, and the town, state and ZIP read here (the tail wants capitals).
        # After the type: punctuation, a direction or a unit, a bracket, or one word (the town) ending
        # its clause: "3400 s cooper st arlington.", "4410 w indian school rd (the walmart lot)".
        rf"(?<![\w,.:/-]){_NUM}{_SP}+(?:[nsew]\.?{_SP}+)?(?:(?!{_NOT_STREET_NAME}\b)(?:[a-z]+|\d{{1,3}}(?:st|nd|rd|th)){_SP}+){{1,3}}"
        rf"(?:{_LOWER_SUFFIX})\.?(?!\w)(?=[ \t]*(?:[,.;\n(]|$|(?:[nsew]|ne|nw|se|sw|west|east|north|south|apt|unit|suite|#)\b)"
        rf"|[ \t]+[a-z]+[ \t]*(?:[,.;\n]|$))"  # a known town only (_street_spans): not "2 dogs st bernards"
        rf"(?:{_SP}+(?:[nsew]|ne|nw|se|sw|west|east|north|south)\b)?(?:,?{_SP}*(?:apt|unit|suite|ste|#)\.?{_SP}*\w{{1,5}})?"
        rf"(?:,{_SP}*[a-z]+(?:{_SP}[a-z]+){{0,2}}(?:,?{_SP}+[a-z]{{2}})?(?:,?{_SP}+\d{{5}}(?:-\d{{4}})?)?|"
        rf"{_SP}+[a-z]+(?:{_SP}[a-z]+){{0,2}}{_SP}+[a-z]{{2}}{_SP}+\d{{5}}(?:-\d{{4}})?(?!\w))?",
        # A street with no house number, when a postal code follows (_NEED_POSTAL): "The Old Forge,
        # Church Lane, Little Bardfield, Essex CM7 4TS".
        rf"(?<![\w,.:/-]){_STREET_NAME}{_SP}+{_SUFFIX}(?=,)",
        # A street type first, all in lowercase, and the number: "rua vergueiro 3185", "av paulista 1578",
        # "jl. kaliurang km 5" (capitalized names are the third rule's).
        rf"(?<![\w,.:/-])(?i:{_LOWER_PREFIX_TYPES})\.?{_SP}+"
        rf"(?:(?!{_NOT_STREET_NAME}\b|email\b|text\b|phone\b|app\b|sms\b|mail\b|km\b)[{LOWER}]+{_SP}+){{1,3}}"
        rf"(?:km{_SP}*)?\d{{1,5}}[a-z]?(?![\w/-])",
        # Japanese and Korean addresses in romaji and romanization, as chats type them: two or more
        # units with their suffix, then the block numbers ("tokyo-to setagaya-ku sangenjaya 2-14-7
        # rebirth 203", "busan haeundae-gu u-dong 1408", "mapo-gu worldcup-ro 12-gil 7").
        rf"(?i:(?<![\w-])(?:[a-z]+{_SP}+)?(?:[a-z]+-(?:{_UNIT_SUFFIXES})(?![\w-])[ \t,]*){{2,}}"
        rf"(?:[a-z]+[ \t,]+){{0,2}}\d{{1,4}}(?:-(?:\d{{1,4}}|{_UNIT_SUFFIXES}))*"
        rf"(?:[ \t]+(?:[a-z]+|\d{{1,4}}(?:-(?:\d{{1,4}}|{_UNIT_SUFFIXES}))*)(?![\w-])){{0,4}})",
        # Vietnamese without diacritics, as chats type it: "so 12 duong nguyen hue phuong ben nghe quan 1",
        # "ngo 42 pho hue hai ba trung ha noi" (to the clause's end, or a floor or a phone after it).
        rf"(?i:(?<!\w)(?:so|số|ngo|ngõ|hem|hẻm|kiet|kiệt)\.?{_SP}+\d{{1,4}}[a-z]?(?:/\d{{1,4}})*[ \t,]+"
        rf"(?:duong|đường|pho|phố|ngo|ngõ|hem|hẻm)\.?{_SP}+[{LOWER}{UPPER}0-9 ]{{2,60}}?"
        rf"(?=[ \t]*(?:[,.;\n]|$|(?:tang|tầng|sdt|sđt|dt|đt|lau|lầu)\b)))",
        # Colombia's street grid: the street, "#", the cross street and the distance from the corner
        # ("Cra. 43A # 1 Sur-100", "Cl 80 No. 12-45", "Av. Calle 26 # 68B-31").
        rf"(?<!\w)(?i:avenida{_SP}+(?:calle|carrera)|av\.?{_SP}+(?:calle|carrera)|cra|kra|kr|cll|cl|dg|tv|ak|ac|carrera|"
        rf"calle|avenida|av|diagonal|transversal)\.?{_SP}*\d{{1,3}}{_SP}?[A-Za-z]?(?:{_SP}?(?i:bis))?"
        rf"(?:{_SP}+(?i:sur|este|norte|oeste))?{_SP}*(?:#|(?i:n[º°o]\.?|no\.)){_SP}*\d{{1,3}}{_SP}?[A-Za-z]?"
        rf"(?:{_SP}+(?i:sur|este|bis))?{_SP}*-{_SP}*\d{{1,3}}(?:{_SP}+(?i:sur|este|norte|oeste))?(?!\w)",
    )
)
_NEED_POSTAL = frozenset({11})
_LOWERCASE_CORE = 10  # "4417 n maplewood dr, tulsa ok 74115"
_TOWN_WORD = re.compile(r"[ \t]+([a-z]+)(?=[ \t]*(?:[,.;\n]|$))")
_NEED_ANCHOR = frozenset({7, 8, 9})
_BARE_STREET = frozenset({7, 8})  # a name and a number, nothing else: the name may not be a common noun
_WORD = re.compile(rf"[{UPPER}{LOWER}]+")
# Words before or after a number that make it something else than a house number ("Nov 24",
# "Order 1234", "Windows 10", "Room 4").
_NOT_STREET_WORDS = NOT_NAMES | frozenset(
    """
    jan feb mar apr jun jul aug sep sept oct nov dec mon tue wed thu fri sat sun
    order invoice ticket card room item version page step flight gate seat line row column account
    unit apt quantity qty total id no nr number ref case chapter section table figure build release
    windows iphone android python ios macos level floor suite vol year week day month deadline
    delivered appointment date due visa mastercard amex cvv pin code batch lot box bed ward
    dob born birth mrn nhs ssn sin exp expiry expires valid
    """.split()
)
# Sentences that say an address follows: "my address is 12 jalan ampang kl", "i live at 4 rue
# d'alsace lyon", "mi dirección es calle 5 # 23-45 bogotá". Chats write them in lower case, without
# commas, in formats no street rule knows; the sentence vouches for the clause after it.
_PROSE_CUE = (
    r"(?i:\b(?:my (?:home |new |old |current |delivery |shipping |postal |billing )?address(?: is|'s|:)|"
    r"(?:the |her |his )?(?:home |delivery |shipping )?address is|i live at|i'm living at|im living at|i stay at|"
    r"(?:i'm |im |i am )?staying at|(?:she|he|they) lives? at|we live at|i moved to|we moved to|deliver(?: it)? to|"
    # orders say where to ship ("Ship it to 93 Daiken Street ...", "Enviem para:\nAv das Necessidades, S/N ...")
    r"ship(?: it| them| this| the order)? to|enviem(?:-no| para)? para|envie(?:m)? para|envíen(?:lo|la)? a|envíe(?:lo|la)? a|"
    r"spedite(?:lo|la)? a|spedire a|envoyez(?:-le|-la)? à|livrez(?:-le|-la)? à|liefern sie an|"
    r"mi direcci[oó]n es|mi domicilio es|vivo en|meu endere[cç]o [eé]|moro n[ao]|mon adresse est|j'habite au|"
    r"j'habite à|meine adresse ist|ich wohne in|il mio indirizzo [eè]|abito in|mijn adres is|ik woon op|"
    r"adresim|adresim şu|alamat saya|alamatnya|alamat rumah|địa chỉ|anwani yangu|adresa mea este|"
    r"moje adres to|mój adres to|adresem)[ \t:]+)"
    # Notes name an address with a bare word, in any language ("new addr flat 3B, sai krupa apts ...",
    # "alamat perum griya asri blok c2/15 bekasi", "住所 東京都世田谷区太子堂2-14-8").
    r"|(?i:(?<!ip )(?<!mac )(?<!email )(?<!e-mail )(?<!mail )(?<!mail-)(?<!web )(?<!wallet )(?<!server )(?<!return )"
    r"\b(?:(?:new|old|home|billing|mailing|postal|delivery|prev|previous|current|her|his)[ \t]+)?"
    r"(?:addr|address|adres|adresse|adresa|aadress|aadressi|alamat|osoite|endereço|endereco|indirizzo|anschrift|"
    r"dirección de entrega|dirección|direccion|dir|domicilio|адрес|адреса|адресу|διεύθυνση|destination)"
    r"(?:[ \t]+(?:to|ke|para|à|a|an|na|naar))?[ \t]*[:=→]?[ \t]+(?:(?:lautet|ist|is|was|est|es|è|é|är|era|changed to|updated to|is now|has changed to)[ \t]+)?"
    r"(?![^\s@]+@)"  # an e-mail address, not a postal one
    # "Dirección de envío:", "Adres zamieszkania:": still the label, which the label rule reads
    r"(?!(?:(?:de|del|du|di|da|of|for|de la)[ \t])?[^\s:]{1,20}[ \t]?:(?!\d))"
    r"(?!(?:are|were|has|had|have|on|for|of|in|the|will|and|or|book|line|verification|change|update|e-mail|email|"
    r"mail|ip|mac|électronique|electronica|electrónica|elettronica|eletrônico|de courriel|"
    r"bar|field|format|details|not|no longer|no more)\b))"
    r"|(?:收货地址|送货地址|地址|住所|주소|배송지|العنوان|عنوان|כתובת|ঠিকানা|पता|〒[ ]?\d{3}-?\d{4})"
    r"(?:[ \t]*(?:改为|变更为|변경))?[ \t]*(?:→|->|:|：)?[ \t]*"
)
# What the prefilter looks for, per core: the words each one needs (a superset of its matches).
_PREFILTER = (
    "[0-9][^\n]*(?:[ \t]|\u00a0)(?i:" + "|".join(sorted(_SUFFIXES, key=len, reverse=True)) + ")(?:[^A-Za-z]|$)",
    f"[0-9](?:(?:[ \t]|\u00a0)?[A-Za-z]{{1,4}})?,?(?:[ \t]|\u00a0)+(?i:{_FR_TYPES})",  # "47 bis, avenue"
    f"(?:^|[^A-Za-z])(?i:{_PREFIX_TYPES})(?:[. \t]|\u00a0)",
    f"(?i:{_GLUED}|{_SEPARATE_WORDS})(?:[ \t]|\u00a0)*(?:(?i:n[º°o.]|nr\\.?|no\\.?):?[ \t]?)?[0-9]|(?:Am|An|Im|In|Zum|Zur|Auf|Hinter|Unter|Vor|Bei)[ \t]+[A-Z]",
    "(?i:flat|apartment|apt|unit|studio|suite)",
    "(?i:box|postfach|postbus|apartado|casella|caixa|bp|cp|rural route|rr|hc|route) *[0-9]|USN?S ",
    f"(?i:{_CUES})",
    "[0-9](?:[ \t]?[A-Za-z]+)?,[ \t]",
    "[0-9],?(?:[ \t]|\u00a0)+[^\n]*,[ \t]",
    "(?i:house|h|flat|plot|door|shop|khasra|survey)\\.? *(?i:no|number|#)?",
    f"[0-9](?:[ \t]|\u00a0)+[^\n]*(?:[ \t]|\u00a0)(?:{_LOWER_SUFFIX})\\.?(?:[^a-z]|$)",
    # (without the lowercase letter before it that _CORES[11] wants: Hyperscan takes 20 s over it)
    "(?:[ \t]|\u00a0)(?:" + "|".join(sorted(_SUFFIXES, key=len, reverse=True)) + ")\\.?,",
    f"(?i:{_LOWER_PREFIX_TYPES})\\.?(?:[ \t]|\u00a0)+[a-z][^\n]*[0-9]",
    f"(?i:[a-z]-(?:{_UNIT_SUFFIXES})[ \t,]+[a-z]+-(?:{_UNIT_SUFFIXES}))",
    "(?i:so|ngo|hem|kiet|s\u1ed1|ng\u00f5|h\u1ebbm|ki\u1ec7t)\\.?(?:[ \t]|\u00a0)+[0-9]",
    "(?i:cra|kra|kr|cll|cl|dg|tv|ak|ac|carrera|calle|avenida|av|diagonal|transversal)\\.? *[0-9][^\n]{0,14}(?:#|[Nn][º°o])",
    # The last two: an address after its label, and cells of a pasted table under an address header.
    "(?i:addr|adres|anschrift|wohn|domicil|direcci|indirizzo|residenza|endere|morada|osoite|zamieszkania|bop|"
    "postadress|cim|cím)[^\n]{0,40}[:=]",
    "(?i:adr|anschrift|stra(?:ß|ss)e|street|direcci|domicilio|indirizzo|endere|morada|straat|osoite|alamat|bydli|line|"
    "pid\\||nk1\\||住所|주소|地址|住址)",
    # And an address said in a sentence, in any case and any format ("my address is flat 4b ...").
    _PROSE_CUE,
)

_PROSE_ADDRESS = re.compile(_PROSE_CUE)
# Where the clause ends: a sentence's dot (after a word, not "jl." or "no."), a question or an
# exclamation, a line's end, or a word that starts another clause.
_PROSE_END = re.compile(
    r"(?<=[^\W\d_]{4})[.](?=\s|$)|(?<=\b[A-Z]{2})[.](?=\s+[a-z])|(?<=\d)[.](?=\s+[A-Za-z]|\s*$)|[!?;。；]|\n|[ \t]+[—–][ \t]|"
    # CJK and Hangul: a comma or a dot before the next clause ("…2号楼1503,手机", "3층. 연락처")
    r"[,.](?=[ \t]*[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af])|"
    r"[ \t]*,?[ \t]+(?i:and|but|pls|please|plz|thanks|thank|thx|so|because|can|could|i|i'm|im|we|"
    r"phone|tel|mobile|cell|email|number|y|e|et|und|ok|okay|last|next|this|since|from|until|till|before|after|"
    r"mob|ph|cel|cep|gsm|hp|e-mail|mail|dob|called|resi|ctrl|amt|flt|flight|graag|bitte|svp|alsjeblieft|prosím|proszę|"
    r"lütfen|tolong|"
    r"yesterday|today|tomorrow|gracias|grazie|merci|danke|obrigad[oa]|ya|dong|lah|po|asante|salamat|shukran|"
    r"order|ordine|pedido|commande|bestell\w*|ticket|ref|invoice|factura|rechnung|case|tracking|"
    r"desde|hasta|depuis|seit|dal|dai|dalla|sinds|sejak|tangu|total|error|item|qty|quantity|version|trace|track|"
    r"shipment|parcel|sku|amount|price|rastreio|remise|quantité|às)\b|$",
    re.MULTILINE,
)


_ADDRESS_WORD = re.compile(
    rf"(?i:\b(?:{_LOWER_SUFFIX}|road|lane|drive|way|jl|jalan|gang|calle|carrera|cra|rua|rue|via|flat|apt|house|no|"
    r"block|blk|lot|sector|unit|villa|building|bldg|plot|door|barangay|brgy|phase|street|avenida|av|cd|cad|sk|"
    r"sok|mah|quận|quan|phường|phuong|đường|duong|ku|cho|chome|gu|dong|ro|gil|blok|perum|perumahan|komplek|"
    r"gg|rt|rw|kel|kec|desa|kampung|purok|sitio|nagar|colony|layout|cross|main|mnt|tn|pst|maantee|tänav|"
    r"vial|ronda|rambla|paseo|pasaje|plaza|camino|carretera|travesía|glorieta|callejón|cuesta|urbanización|alameda|"
    r"viale|piazza|piazzale|corso|vicolo|strada|contrada|borgo|rotonda|travessa|praça|estrada|rodovia|ladeira|quadra|"
    r"chemin|allée|impasse|quai|straat|laan|gracht|plein|kade|singel|dreef|steenweg|"
    r"вул|ул|улица|вулиця|просп|проспект|пер|буд|кв|οδός|οδ|רחוב|רח|דירה|שדרות|شارع|حي|عمارة|شقة)\b)|\d{4,6}\b"
)


_LOWER_REST = re.compile(rf"[\s,]*[{LOWER}][{LOWER}\s,'-]*")
# ... or a town's capitalized words up to the clause's end ("93 Daiken Street C5171F2 Cal Ville.")
_TOWN_REST = re.compile(rf"[ \t,]*{_CAP}(?:{_SP}+{_CAP}){{0,2}}")


_BEYOND_LATIN = re.compile(r"[\u0370-\u1cff\u3040-\u9fff\uac00-\ud7af]")


# A line under an address that goes on with it: a postal code with its town ("1279OI", "3504-320
# Esposende", "FPO AA 67374"), or a town or district line beside one ("Nieuw- en Sint Joosland",
# "Boa União 1ª Seção" above "54577657 Fonseca / AP").
_TOWN_LINE = re.compile(rf"(?:{_CAP}|[{LOWER}]{{1,4}}|(?<![\d.])\d{{1,2}}[a-zªº°]{{0,2}}(?![\w.])|[-/(),.'’]|{_SP})+")
_MAX_LINES_UNDER = 3


def _lines_under(text: str, end: int) -> int:
    """Where an address that ends its line at `end` ends, with the lines under it that carry its
    postal code and town ("3504-320 Esposende Meu Galaxy ...": up to the town); a town line
    counts only beside a postal code's line."""
    stop = pos = end
    postal_above = False
    for _ in range(_MAX_LINES_UNDER):
        if not text.startswith("\n", pos):
            break
        line_end = text.find("\n", pos + 1)
        line_end = len(text) if line_end < 0 else line_end
        raw = text[pos + 1 : line_end]
        line = raw.strip()
        at = pos + 1 + len(raw) - len(raw.lstrip())  # where the line's text starts
        if not line or _LABEL_LINE.match(line):
            break
        postal = _POSTAL_IN_TEXT.search(line)
        if _REFERENCE.search(line[:50]) and not postal_above and (postal is None or postal.start() > 0):
            break  # "Order 4411": a reference, unless the postal code and town start the line
        if postal is not None and postal.start() == 0:
            after = at + postal.end()
            town = _town_run(text, after + len(text[after:]) - len(text[after:].lstrip(" ,\t")))
            if town is not None and text[town:line_end].strip():
                return town  # the sentence goes on after the town: the address ends with it
            if town is None and any(c.isdigit() for c in line[postal.end() :]):
                return after
            stop = town if town is not None else at + len(line)
            postal_above = True
        elif (
            postal is not None
            and len(line) <= 50
            and _TOWN_LINE.fullmatch(f"{line[: postal.start()]} {line[postal.end() :]}")
        ):
            stop, postal_above = line_end, True  # "FPO AA 67374", "Sankt Andrä 7289", and a town line above
        elif len(line) <= 50 and _TOWN_LINE.fullmatch(line) and _CAPITALIZED.search(line):
            if fold(line.split()[0].strip("-,.")) in NOT_NAMES:
                break  # "Thanks", "Regards": the letter goes on
            if postal_above:
                stop = line_end
        elif postal_above:  # the town under the postal code, and the sentence after it
            district = re.match(r"\d{1,2}e[ \t]+", text[at:line_end])  # "2e Valthermond"
            return _town_run(text, at + (district.end() if district else 0)) or stop
        else:
            break
        pos = line_end
    return stop


_TOWN_LEAD = re.compile(r"(?:da|de|do|das|dos|del|di|la|le|den|het)[ \t]+(?=[A-Z])")
_TOWN_REGION = re.compile(r"[ \t]*(?:/[ \t]*[A-Z]{2}|\([A-Z]{2}\))(?![\w])")


def _town_run(text: str, pos: int) -> int | None:
    """End of the town at `pos` when a sentence follows it on its line: its capitalized words and
    particles, without a last word that starts the sentence ("7289 Sankt Andrä im Lavanttal Um 8:34
    PM": "Um" is followed by a number; "Got", "Ich": ordinary words)."""
    pos += len(lead.group()) if (lead := _TOWN_LEAD.match(text, pos)) else 0
    m = _TOWN.match(text, pos)
    if m is None:
        return None
    region = _TOWN_REGION.match(text, m.end())
    if region is not None:
        return region.end()
    words = list(re.finditer(r"[^\s/-]+", m.group()))
    while words and (
        fold(words[-1].group()) in NOT_NAMES
        or words[-1].group()[0].islower()
        or re.match(r"[ \t]+\d", text[pos + words[-1].end() :])
    ):
        words.pop()
    return pos + words[-1].end() if words else None


def _block_under(text: str, start: int) -> int:
    """End of the lines under a label that ends its line: up to a blank line or the next label (four at most)."""
    end = pos = start
    for _ in range(4):
        line_end = text.find("\n", pos)
        line_end = len(text) if line_end < 0 else line_end
        line = text[pos:line_end]
        if not line.strip() or (pos > start and _LABEL_LINE.match(line)):
            break
        end, pos = line_end, line_end + 1
    return end


def prose_addresses(text: str) -> Iterator[tuple[int, int, bool]]:
    """(start, end) of the clause after an address sentence, when it reads as one: a number in its
    first two words, or an address word or a postal code anywhere ("home with 2 dogs" is none)."""
    for m in _PROSE_ADDRESS.finditer(text):
        start = m.end()
        if text.startswith("\n", start) and m.group().rstrip(" \t").endswith(":"):
            # "Enviem para:" ends its line: the address is the lines under it
            start += 1
            stop = _PROSE_END.search(text, start)
            end = stop.start() if stop else len(text)
            if stop is not None and stop.group() == "\n":
                end = _lines_under(text, end)
            value = text[start:end].rstrip(" ,.;\n\t")
            if any(c.isdigit() for c in value) and len(re.findall(r"[^\W\d_]{2,}", value)) >= 2:
                yield start, start + len(value), "\n" in value
            continue
        stop = _PROSE_END.search(text, start)
        end = min(stop.start() if stop else len(text), start + 120)
        line_end = end
        if stop is not None and stop.group() == "\n":
            end = _lines_under(text, end)
        value = text[start:end].rstrip(" ,.;")
        words = value.split()
        if len(re.findall(r"[^\W\d_]{2,}", value)) < 2 or not any(c.isdigit() for c in value):
            continue
        if re.match(r"(?i)dir\b|destination", m.group()) and not _ADDRESS_WORD.search(value):
            continue  # "dir /var/log 2": a directory, unless the clause has an address word ("dir Cra 45 # 26-85")
        # A number in its first words (four in scripts beyond Latin: "서울특별시 마포구 월드컵북로 396",
        # "רחוב הרצל 14"), or an address word.
        first = 4 if _BEYOND_LATIN.search(value) else 2
        if any(c.isdigit() for c in "".join(words[:first])) or _ADDRESS_WORD.search(value):
            yield start, start + len(value), end > line_end


# Labels that say the rest of their line (or the lines under them) is a postal address, in any
# format: "Adres: os. Piastów 22/41, 31-624 Kraków", "Osoite: Kauppakatu 7 A 3, 40100 Jyväskylä".
_ADDRESS_LABEL = re.compile(
    r"(?i:(?<![\w@.-])(?<!e-mail )(?<!email )(?<!ip )(?<!mac )(?<!web )(?<!wallet )(?<!server )(?<!return )"
    r"(?:(?:home|postal|mailing|billing|shipping|delivery|permanent|current|residential|street|new|old|"
    r"correspondence|patient'?s|your|my)[ \t]+)?"
    r"(?:address|addr\.?|adresse|adress|adres|adresa|anschrift|wohnanschrift|wohnort|wohnhaft|lieferadresse|"
    r"rechnungsadresse|domicile|domicilio|dirección|direccion|indirizzo|residenza|endereço|endereco|morada|"
    r"osoite|lakcím|cím|miejsce[ \t]+zamieszkania|adres[ \t]+zamieszkania|bopæl|bostadsadress|postadress|"
    r"woonadres|afleveradres|factuuradres))"
    r"(?:[ \t]+(?:\([^)\n]{1,25}\)|de[ \t]+livraison|de[ \t]+facturation|du[ \t]+sinistre|postale|de[ \t]+entrega|"
    r"de[ \t]+envío|di[ \t]+consegna|lautet))?"
    r"[ \t]*[:=：][ \t]*"
)
# Where a labelled address ends on its line: a tab, a bar, the next "Label:" after two spaces, or
# the end of its sentence ("... 90-006 Łódź. tel +48 ...": a dot before a lowercase word or "I"/"My").
_LABELLED_END = re.compile(
    r"\t|[ \t]\|[ \t]|[ \t]{2,}[^\W\d_][\w .'-]{0,25}[:：]|[.!?][ \t]+(?=[a-z]|(?:I|My|We|Please)\b)|[!?]|"
    # a full stop after the postal code, then a sentence: "... Andhra Pradesh 530016. Verified with card ..."
    r"(?<=\d)\.[ \t]+(?=[A-Z][a-z]+[ \t]+[a-z])|$",
    re.MULTILINE,
)
_LABEL_LINE = re.compile(r"^[ \t]*[^\W\d_][\w .'()/-]{0,30}[:：]")  # "Telefon:" opens a line of its own


# After a rule's address on a labelled line: the rest of the line, unless it names something else.
_REFERENCE = re.compile(
    r"(?i:order|case|fall|\bref|ticket|rechnung|invoice|factu|fattur|bestell|commande|tracking|\btel|phone|item|isbn|"
    r"version|vorgang|rendez-vous)"
)


def _more_address(rest: str) -> bool:
    """A postal code or a known town still to come, and nothing named as something else."""
    if _REFERENCE.search(rest) is not None:
        return False
    return _POSTAL_IN_TEXT.search(rest) is not None or any(
        place_key(m.group()) in places() for m in _CAPITALIZED.finditer(rest)
    )


_CAPITALIZED = re.compile(rf"[{UPPER}][{LOWER}]+")


def labelled_addresses(text: str) -> Iterator[tuple[int, int, bool]]:
    """(start, end, under) of each address after an address label: the rest of its line and the
    postal lines under it, or, when the label ends its line, the lines under it up to a blank line
    or the next label (four at most). `under`: the address runs over lines under its first.
    An address has a digit (a house number or a postal code) or starts with a street word
    ("Adresse : rue Pierre Leroux"); "Address: see above" is none."""
    for m in _ADDRESS_LABEL.finditer(text):
        start = m.end()
        under = False
        if text.startswith("\n", start):  # the label ends its line: the lines under it
            start += 1
            end = _block_under(text, start)
            first = _LABELLED_END.search(text, start)
            first_end = first.start() if first else len(text)
            if (postal_end := _lines_under(text, first_end)) > first_end:
                # The postal lines under the first say where the address ends (when a street rule
                # stopped early); the block, read up to a blank line, only when none did.
                value = text[start:postal_end].rstrip(" .,;\n\t")
                yield start, start + len(value), True
        else:
            stop = _LABELLED_END.search(text, start)  # "$" always matches: the line's end at the latest
            end = line_end = stop.start() if stop else len(text)
            if text.startswith("\n", end):
                end = _lines_under(text, end)
                under = end > line_end
        value = text[start:end].rstrip(" .,;\n\t")
        if not any(c.isalpha() for c in value):
            continue
        if not any(c.isdigit() for c in value):
            # No number: a street word and the name after it ("rue Pierre Leroux", not the sentence after)
            word = _ADDRESS_WORD.match(value)
            if word is None or word.group()[0].isdigit():
                continue
            name = _TOWN.match(
                value, len(value[: word.end()]) + len(value[word.end() :]) - len(value[word.end() :].lstrip())
            )
            value = value[: name.end()] if name is not None else ""
            if not value:
                continue
        yield start, start + len(value), under


# Hungarian closes its numbers with a dot: "Piac utca 41. 3. em. 12.", "Teréz krt. 24. II/7."
_SEP = re.compile(
    rf"{_SP}*[,;]{_SP}*|{_SP}+[-–/]{_SP}+|{_SP}*\n{_SP}*|{_SP}+|"
    rf"\.{_SP}+(?=(?i:fsz|em|ajtó)\b|\d{{1,2}}\.{_SP}?(?i:em)\b|[IVX]{{1,4}}/\d)"
)
# Units and floors: "Apt. 374", "Piano 6", "lgh 1102", "3º B" (the matching view folds "º" to "o":
# "3o B", "2.o Esq."), Danish "3. tv.", Spanish "bajo izq.".
_UNIT_WORDS = "|".join(
    sorted(
        (
            "apt apartment suite ste unit flat floor fl piso puerta pta planta escalera esc piano interno int "
            "appartamento app appt lgh bât bat bâtiment batiment scala etage stock og bus bte boîte apto apartamento "
            "bloco casa sala andar # sector block blk phase lok lokal mieszk byt bl sc ap et daire kat depto dpto "
            "departamento interior fsz em emelet ajtó lph "
            # South and South-East Asia: "Plot 45, Gali No. 6", "Lot 5 Blk 3", "Purok 3, Brgy. Lahug"
            "plot lot purok sitio villa shop box pb"
        ).split(),
        key=len,
        reverse=True,
    )
)
_UNIT = re.compile(
    # the unit word ends where a letter would go on: "Em" is a unit, "Employer" is not
    rf"(?i:{_UNIT_WORDS})(?:(?<=#)|(?![^\W\d_]))\.?:?{_SP}?[\w º°ª-]{{0,1}}"
    rf"[A-Za-z0-9º°ª-]{{1,6}}(?!\w|[-/.]\d)|\d{{1,2}}\.?[º°ªoa](?:{_SP}?[A-Za-z](?!\w))?(?![\w])|"
    rf"\d{{1,2}}[nrt]\.?{_SP}\d{{1,2}}[ao](?!\w)|"  # Catalan floor and door: "2n 1a", "3r 2a"
    rf"\d{{1,2}}\.(?={_SP}?(?i:tv|th|mf|sal)\b)|"
    rf"(?i:izq|izda|dcha|dcho|esq|dto|dt|tv|th|mf|bajo|entlo|ático|atico|pral|principal|fundos|frente|térreo|terreo|"
    rf"sobreloja)\.?(?!\w)|"
    rf"m\.{_SP}?\d{{1,4}}(?!\w)|"  # Polish "m. 15" (mieszkanie)
    rf"\d{{1,2}}{_SP}?(?i:tr|trappor|vån|våning)\.?(?!\w)|"  # Swedish floors: "4 tr"
    rf"\d{{1,2}}\.{_SP}?(?i:em|emelet)\.?(?:{_SP}?\d{{1,3}}(?!\w))?|[IVX]{{1,4}}/\d{{1,3}}(?!\w)|"  # "3. em. 12", "II/7"
    # Indian cross roads and stages: "5th Cross", "2nd Main Road", "3rd Stage", "1st Floor"
    rf"{_ORDINAL}{_SP}+(?i:cross|main|stage|phase|block|sector|floor)(?:{_SP}+(?i:road|rd))?(?!\w)|"
    rf"\d{{1,2}}\.{_SP}?(?:OG|EG|DG|UG|Stock|Etage)(?:{_SP}(?:links|rechts|li\.?|re\.?|Mitte))?(?!\w)"  # "3. OG links"
)
_POSTAL = re.compile(
    r"(?:(?:[A-Z]{1,2}-)?(?:[A-Z]{1,2}\d[A-Z\d]?[ \u00a0]?\d[A-Z]{2}|[A-Z]\d[A-Z][ \u00a0]?\d[A-Z]\d|"
    r"\d{4}[ \u00a0]?[A-Z]{2}|\d{4}-\d{3}|\d{5}-?\d{3,4}|\d{3}[ \u00a0]\d{2}|\d{2}-\d{3}|\d{4,5}|"
    r"[A-Z]\d{2}[ \u00a0]?[A-Z\d]{4}|[A-HJ-NP-Z]\d{4}[A-Z]{3}|[A-HJ-NP-Z]\d{4}(?=[ \u00a0]+[A-Z][a-z]))|"
    r"(?<!-)\d{3}[ \u00a0]?\d{3})"  # Argentina's
    # CPA ("C1193AAF"), then India's PIN codes
    r"(?![\w-])(?:[ \u00a0]+CEDEX(?:[ \u00a0]+\d{1,2})?)?"
)
_POSTAL_IN_TEXT = re.compile(rf"(?<![\w-])(?:{_POSTAL.pattern})")
# A town: capitalized words joined by spaces, hyphens or particles ("Tulln an der Donau",
# "Humbert-près-Balmat"), an abbreviated first word ("St. Gallen"), a bilingual name ("Biel/Bienne").
_TOWN = re.compile(
    rf"(?:(?:St|Ste|Sta|Sto|Mt|Ft|S|Co|Col|Fracc|Urb|Bo)\.{_SP}+|County{_SP}+)?{_CAP}(?:(?:{_SP}+|-|/)(?:{_PART}(?:{_SP}+|-))*{_CAP}){{0,5}}"
)
_REGION = re.compile(
    rf"\([A-Z]{{2}}\)|\([A-Z]\d{{4}}\)|\([{UPPER}][{LOWER}]+(?:[ -][{UPPER}][{LOWER}]+)?\)|[A-Z]{{2}}(?![\w.-])|"
    # a state abbreviated with dots where the address ends: "Colima, Col.", "Tizimín, Yuc.", "Monterrey, N.L."
    rf"(?:(?:[A-Z]\.){{2,3}}|(?!(?:Tel|Tél|Fax|Cel|Ref|Att|Obs|Nota|Sr|Sra|Dr|Dra)\.)[A-Z][a-z]{{1,3}}\.)"
    rf"(?=[ \t]*(?:\n|\Z|,))"
)
# After a town, the part ends there: a separator, the end of the line, a code or a number.
_SPACES = re.compile(rf"{_SP}+")
# A city's district after its name: "Dublin 9", "Praha 10", "Lekki Phase 1".
# Danish postal districts run into the sentence: "2200 København N pr. 1. oktober".
_DISTRICT = re.compile(
    rf"{_SP}+(?:(?:\d{{1,2}}[A-Z]?|[A-Z])(?=[ \t]*(?:[;\n)]|[,.](?!\d)|$))|[KVNSØC](?=[ \t]+[a-zæøå]))"
)
_TOWN_PREFIXES = frozenset(
    "saint sainte st ste san santa santo são sao sankt bad port porto puerto new north south east west nova novo "
    "alto lake mount fort villa vila le la les los las el den great little upper lower".split()
)
# The streets a house stands between or at the corner of: "e/ 11 y 12", "entre Juárez y Morelos", "esq. Hidalgo".
_CROSS = re.compile(
    rf"(?i:e/|entre|esq\.|esquina(?:{_SP}+con)?|between|cnr\.?|corner of){_SP}+[^,;\n]{{1,30}}?"
    rf"(?:{_SP}+(?i:y|e|and|&){_SP}+[^,;\n]{{1,30}}?)?(?=[ \t]*[,;\n]|[ \t]*\Z)"
)
_TOWN_ARTICLES = frozenset("el la le les los las il lo den het".split())
_LABEL_AFTER = re.compile(r"[ \t]*[:：]")
# A postal code on a line of its own ends its line or its sentence, or a town follows it.
_CODE_ENDS = re.compile(rf"{_SP}*[.,;]?{_SP}*(?:\n|$)|,?{_SP}*{_CAP}", re.MULTILINE)
_FIELD_AFTER = re.compile(r"[ \t]*(?:[:：.#]|\d)")
_LINE_END = re.compile(rf"{_SP}*(?:\n|$)")
_TOWN_END = re.compile(
    rf"{_SP}*(?:[,;\n(]|/{_SP}|$|-{_SP})|{_SP}+(?:[A-Z]{{2}}|\d{{4,6}}|\d{{3}} \d{{2,3}})(?![\w.])|{_DISTRICT.pattern}",
    re.MULTILINE,
)


def _town_at(text: str, pos: int, after_postal: bool = False) -> int | None:
    """End of the town name at `pos`, if any: the longest run of its words that ends a part.

    After a postal code the town may run straight into the sentence ("81447 Aachen
    Fall-Nr. 825"): then the longest known place, or its first word.
    """
    m = _TOWN.match(text, pos)
    if m is None:
        return None
    ends: list[int] = []
    for w in re.finditer(r"[^\s/-]+", m.group()):
        word = w.group()
        if word[0].islower():  # a particle inside the name ("an der", "près"): never where it ends
            continue
        if not ends and fold(word) in _TOWN_ARTICLES:  # "El Poblado", "La Plata": an article starts the name
            continue
        if fold(word) in NOT_NAMES or len(word) < 2:  # "81447 Lübben Mein Dyson", "09978 I was": the town ends
            break
        ends.append(pos + w.end())
    if not ends:
        return None
    for end in reversed(ends):
        if _TOWN_END.match(text, end) or _anchored(text, end):
            return end
    if not after_postal:
        return None
    # The first word with what is hyphenated to it ("Chrétien-sur-Mer"), and the next word after
    # a prefix ("Saint Franckdan", "Port Seanland", "Sainte Luce": "Sainte" alone is a place too);
    # or the longest known place, when it is longer.
    words = [pos + w.end() for w in re.finditer(r"\S+", text[pos : ends[-1]])]
    shortest = words[1] if len(words) > 1 and fold(text[pos : words[0]]) in _TOWN_PREFIXES else words[0]
    known = places()
    found = next((end for end in reversed(ends) if place_key(text[pos:end]) in known), None)
    return found if found is not None and found > shortest else shortest


def _anchored(text: str, end: int) -> bool:
    sep = _SEP.match(text, end)
    return sep is not None and (_POSTAL.match(text, sep.end()) or _REGION.match(text, sep.end())) is not None


def _tail(text: str, end: int) -> tuple[int, bool, bool]:
    """Where the address that ends its street line at `end` ends; whether a postal code was
    seen; whether a town was, with a postal code or a known name (what anchors a street line
    without a street type: "Vinohradská 1511/230, 100 00 Praha 10", "14 Kingsway, Manchester")."""
    postal = after_code = known = town_seen = False
    for _ in range(8):
        sep = _SEP.match(text, end)
        if sep is None:
            break
        pos = sep.end()
        spaces_only = not sep.group().strip(" \t\u00a0")
        part = _UNIT.match(text, pos) or _POSTAL.match(text, pos) or _REGION.match(text, pos) or _CROSS.match(text, pos)
        if part is not None and spaces_only and _REGION.fullmatch(part.group()) and not part.group().startswith("("):
            # "... / DF SKU ZMB-9704": a bare code after a space is a region only before a postal code or a line end
            if not (_anchored(text, part.end()) or _LINE_END.match(text, part.end())):
                part = None
        previous_code, after_code = (
            after_code,
            part is not None and (part.re is _POSTAL or _POSTAL.fullmatch(part.group()) is not None),
        )
        if part is not None:
            if after_code and "\n" in sep.group() and not _CODE_ENDS.match(text, part.end()):
                break  # "Santa Fe\n341 155 447 201": a phone number on the next line, not a postal code
            end = part.end()
            if after_code:
                postal = True
                space = _SPACES.match(text, end)
                town = _town_at(text, space.end(), after_postal=True) if space is not None else None
                if town is not None:
                    town_seen = True
                    end = _district_end(text, town)
            continue
        town = _town_at(text, pos, after_postal=previous_code and not spaces_only)
        if town is not None and _LABEL_AFTER.match(text, town):
            break  # "Teléfono:" on the next line is a field label, not a town
        # After a bare space a town counts only when a postal code or a region code follows it
        # ("Apt. 921 West Dawn, MS 62512", "Spur North Daniel W3S 0UU"), or when it ends the line
        # after a number a postal code's length ("chemin Laurence Hoareau 51727 Martinez").
        if town is None or (spaces_only and not _anchored(text, town) and not _postal_then_town(text, end, town)):
            break
        if previous_code and "\n" in sep.group() and _FIELD_AFTER.match(text, town):
            break  # "95814\nDOB 08/14/1992", "\nTel.: ...": the next line is another field
        known = known or place_key(text[pos:town]) in places()
        town_seen = True
        end = _district_end(text, town)
    return end, postal, town_seen and (postal or known)


_ENDS_POSTAL_LIKE = re.compile(r"(?<![\w.,-])\d{4,5}\Z")


def _postal_then_town(text: str, end: int, town: int) -> bool:
    return _LINE_END.match(text, town) is not None and _ENDS_POSTAL_LIKE.search(text, max(0, end - 6), end) is not None


def _district_end(text: str, town: int) -> int:
    district = _DISTRICT.match(text, town)
    return district.end() if district is not None else town


class StreetAddressRecognizer(Recognizer):
    ENTITY = "STREET_ADDRESS"
    NAME = "street_address"
    # Above NER's 0.85 so a full address wins over the city found inside it.
    PATTERNS = tuple(Pattern(f"street_{i}", p, 0.9) for i, p in enumerate(_PREFILTER))
    CONTEXT = ("address", "live at", "ship to", "deliver", "adresse", "adres", "anschrift", "dirección", "indirizzo")

    def find(self, text: str, index: int, matches: Matches = None) -> Iterator[tuple[int, int, float]]:
        for start, end, score in self._find(text, index):
            yield start, _with_dot(text, end), score

    def _find(self, text: str, index: int) -> Iterator[tuple[int, int, float]]:
        score = self.PATTERNS[index].score
        if index == len(_CORES):
            # A label vouches for an address no street rule reads from its start (the rules
            # know where such an address ends; the label only knows where its line does).
            labelled = list(labelled_addresses(text))
            streets = [span for i in range(len(_CORES)) for span in _street_spans(text, i)] if labelled else []
            for start, end, under in labelled:
                read = [e for s, e in streets if start <= s < start + 4]
                # A rule that stopped early ("Kauppakatu 7 A" of "... 7 A 3, 40100 Jyväskylä") leaves the
                # label to say where the address ends, when a postal code or a town is still to come, or
                # when the lines under it carry them.
                one_line = "\n" not in text[start:end]  # under a label on a line of its own the rule knows better
                if not read or (max(read) < end and (under or (one_line and _more_address(text[max(read) : end])))):
                    yield start, end, score
            return
        if index == len(_CORES) + 2:
            # Where a street rule reads the whole clause, the rule knows better where it ends.
            prose = list(prose_addresses(text))
            streets = [span for i in range(len(_CORES)) for span in _street_spans(text, i)] if prose else []
            for start, end, under in prose:
                read = [e for s, e in streets if start <= s < start + 4]
                # A rule that read the street line stops where its format does; the sentence's
                # clause goes on only over the lowercase words a chat adds ("... chapinero bogotá").
                # So does a town or a postal code still to come ("osoite Hämeenkatu 21 B 12 Tampere").
                if not read or (
                    max(read) < end
                    and (
                        under
                        or _LOWER_REST.fullmatch(text, max(read), end)
                        or _more_address(text[max(read) : end])
                        or _TOWN_REST.fullmatch(text, max(read), end)
                    )
                ):
                    yield start, end, score
            return
        if index == len(_CORES) + 1:
            for start, end in table_cells(text, "STREET_ADDRESS"):
                yield start, end, score
            return
        for start, end in _street_spans(text, index):
            yield start, end, score


# An address that ends in an abbreviation keeps its dot: "Bogotá D.C.", "12 Main St.", "Puebla, Pue."
# (not a postcode's or a state code's letters: "LA9 4RT." and "Austin, TX." end a sentence)
_ABBREVIATION_END = re.compile(rf"(?:(?<=[ \t,])[{UPPER}][{LOWER}]{{1,3}}|[A-Z]\.[A-Z])\Z")


def _with_dot(text: str, end: int) -> int:
    """`end` past the dot after an abbreviation; a town's name ("... 0162 Oslo.") ends a sentence."""
    if text[end : end + 1] != ".":
        return end
    m = _ABBREVIATION_END.search(text, max(0, end - 5), end)
    return end + 1 if m is not None and place_key(m.group()) not in places() else end


@functools.lru_cache(maxsize=4 * len(_CORES))
def _street_spans(text: str, index: int) -> tuple[tuple[int, int], ...]:
    """Addresses the street rule of this index reads: the street line and its tail. Kept for the
    last few texts: the label and prose rules ask for every rule's spans after the rules' own slots did."""
    return tuple(_read_streets(text, index))


_DIGIT_GROUPS_AFTER = re.compile(r"[ \t]\d{2,}[ \t]\d{2,}|\.\d")
# An HTTP status is no house: "returned 502 Bad Gateway", "504 Gateway Timeout".
_HTTP_STATUS = re.compile(r"(?i:[1-5]\d\d[ \t]+(?:bad[ \t]+)?gateway\b)")


def _read_streets(text: str, index: int) -> Iterator[tuple[int, int]]:
    for m in _CORES[index].finditer(text):
        start, end = m.span("street") if "street" in m.re.groupindex else m.span()
        if _DIGIT_GROUPS_AFTER.match(text, end) or _HTTP_STATUS.match(text, start):
            continue  # "via USPS 9400 1112 0206 1234", "Spark 2.4.8", "502 Bad Gateway": not a house
        stop, postal, anchored = _tail(text, end)
        if "num" in m.re.groupindex and m.group("num") is None and not postal:
            continue  # "Via Roma" alone is a street name, not an address
        if (index in _NEED_ANCHOR and not anchored) or (index in _NEED_POSTAL and not postal):
            continue
        if index in _BARE_STREET and _NOT_STREET_WORDS & {fold(w) for w in _WORD.findall(m.group())}:
            continue  # "Windows 10, 2024", "Nov 24, Berlin": a common noun and a number
        if index == _LOWERCASE_CORE:
            town = _TOWN_WORD.match(text, m.end())
            if town is not None and place_key(town.group(1)) not in places():
                continue  # a lowercase word after the street type that names no town
        yield _leading_parts(text, start), stop


# What may stand before a street line, comma-separated or on the line above: a unit ("Apt 12", "Bât B", "esc. 2"), a
# building ("Rose Cottage", "The Maltings", "Sai Krupa Apartments"), a "c/o" line.
_BUILDING_WORDS = (
    "cottage|house|apartments|apartment|residence|résidence|residencia|residenza|court|building|bldg|tower|towers|"
    "block|manor|lodge|farm|villa|hall|mansions|flats|estate|gardens|heights|plaza|centre|center|complex|"
    "chambers|wharf|mill|barn|maltings|edificio|immeuble|gebäude|bloco|torre|palazzina|condominio|"
    "floor|flat|room|halls|residency|enclave|society|nagar|layout|colony|forge|mansion|annexe|annex"
)
_BUILDING = frozenset(_BUILDING_WORDS.split("|")) | {"the"}
_UNIT_START = re.compile(rf"(?i:{_UNIT_WORDS}|esc|escalier|bât|bat|bâtiment)(?!\w)")
_LEADING_PART = re.compile(
    rf"(?:(?i:c/o){_SP}+[^,\n]{{1,40}}|(?:(?i:the){_SP}+)?{_CAP}(?:{_SP}+{_CAP}){{0,3}}"
    rf"|(?i:{_UNIT_WORDS}|esc|escalier|bât|bat|bâtiment)\.?{_SP}*[A-Za-z0-9]{{1,5}})"
    # a comma after it, or the end of its line ("Flat 12, Merchant House\n41 Quayside Road")
    rf"(?:,{_SP}*(?:\n{_SP}*)?|{_SP}*\n{_SP}*|{_SP}+[–-]{_SP}+)\Z"
)


# Right before the number, no comma between: "Unit 3/27 Carrington Road", "B-14, Green Park".
_UNIT_BEFORE = re.compile(
    rf"(?:(?i:unit|apt|flat|suite|shop|villa|lot|room)\.?{_SP}+|(?<!\w)[A-Z]-|"
    # a number word before the number: "No. 7 Ahmadu Bello Way", "Road No. 14, Banjara Hills", "#45 Mabini St."
    rf"(?<!\w)(?:(?i:h|d|door|house|plot|road|street|gali|lane|block|blk|old|new)\.?{_SP}*)?(?i:no|nr)\.?{_SP}*|(?<![\w#])#|"
    # a building's name and number: "Al Qusais Building 7, Damascus Street"
    rf"(?<!\w)(?:{_CAP}{_SP}+){{0,3}}(?i:building|bldg|tower|block|blk)\.?{_SP}+|"
    rf"(?i:unit|apt|apartment|flat|suite|room)\.?{_SP}*#?\w{{1,5}},?{_SP}+(?i:at|in|of|on){_SP}+)\Z"  # "unit 12 at 880 ..."
)


def _leading_parts(text: str, start: int) -> int:
    """`start` moved back over up to three units, buildings or c/o parts right before it."""
    unit = _UNIT_BEFORE.search(text, max(0, start - 24), start) if text[start : start + 1].isdigit() else None
    if unit is not None:
        start = unit.start()
    for _ in range(3):
        m = _LEADING_PART.search(text, max(0, start - 60), start)
        if m is None:
            break
        part = m.group()
        building = bool({fold(w) for w in _WORD.findall(part)} & _BUILDING) or part[:3].lower() == "c/o"
        if not (building or _UNIT_START.match(part)):
            break
        start = m.start()
    return start
