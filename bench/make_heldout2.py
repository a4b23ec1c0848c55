#!/usr/bin/env python3
"""Second held-out PII corpus: writes bench/data/heldout2.jsonl.

Written without reading the detector, its tests, its recognizers or the first
generalization corpus. Carrier templates, formats and cues are the author's own.
Deterministic: run with PYTHONHASHSEED=0 (seeded random.Random + seeded Faker).

  PYTHONHASHSEED=0 /work/main/.venv/bin/python bench/make_heldout2.py

Template mini-language: {{key}} / {{key2}} / {{key:variant}} / {{key2:variant}}
fill a value (the digit selects persona 2, 3 for names, emails and DOBs; for
other keys it just means "another one"); [[a|b|c]] picks one literal.
"""

import base64, importlib, json, os, random, re, string, sys, unicodedata, uuid
from faker import Faker
from stdnum import ean, iban as st_iban, isbn as st_isbn, luhn
from stdnum.iso7064 import mod_11_10

STDNUM = (
    "at.uid at.vnr be.nn be.vat br.cnpj br.cpf ch.ssn de.idnr de.vat dk.cpr es.ccc es.cif es.dni es.nie fi.hetu fr.nir fr.siren fr.siret fr.tva "
    "gb.nhs gb.vat ie.pps it.codicefiscale:it_cf it.iva nl.bsn nl.btw pl.nip pl.pesel pt.cc pt.nif se.personnummer:se_pn us.ein us.itin us.rtn us.ssn"
)
for _m in STDNUM.split():  # stdnum.xx.yy is bound to the name xx_yy (or the alias after ':')
    _m, _, _as = _m.partition(":")
    globals()[_as or _m.replace(".", "_")] = importlib.import_module("stdnum." + _m)

SEED = 424242
N = 1800
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "data", "heldout2.jsonl")
R = random.Random(SEED)
LOCALES = ["en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "nl_NL", "pt_BR"]
NAME_EXTRA = ["pl_PL", "da_DK", "no_NO", "cs_CZ", "tr_TR", "hu_HU", "sv_SE", "is_IS"]
FK = {}
for i, loc in enumerate(LOCALES + NAME_EXTRA):
    FK[loc] = Faker(loc)
    FK[loc].seed_instance(SEED + i)

# ---------------------------------------------------------------- primitives
CH = {
    "#": string.digits,
    "%": "123456789",
    "¬": "23456789",
    "^": string.ascii_uppercase,
    "*": string.ascii_uppercase + string.digits,
    "~": "0123456789abcdef",
    "?": string.ascii_letters + string.digits,
    "¤": string.ascii_letters + string.digits + "+/",
    "§": "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567",
    "¦": string.ascii_letters + string.digits + "-_",
}


def P(pat):
    return "".join(R.choice(CH[ch]) if ch in CH else ch for ch in pat)


def pick(x):
    return R.choice(x)


def until(gen, ok, tries=200000):
    for _ in range(tries):
        v = gen()
        try:
            if ok(v):
                return v
        except Exception:
            pass
    raise RuntimeError("no valid value")


FOLD = {
    "ø": "o",
    "Ø": "O",
    "ł": "l",
    "Ł": "L",
    "ß": "ss",
    "æ": "ae",
    "Æ": "AE",
    "đ": "d",
    "ı": "i",
    "þ": "th",
    "ð": "d",
}


def fold(s):
    s = "".join(FOLD.get(ch, ch) for ch in s)
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


def group(s, n, sep=" "):
    return sep.join(s[i : i + n] for i in range(0, len(s), n))


MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
}
MONTHS = {k: v.split() for k, v in MONTHS.items()}
DATEFMT = {
    "en_US": [
        "MM/DD/YYYY",
        "M/D/YYYY",
        "M/D/YY",
        "MON D, YYYY",
        "Mon D YYYY",
        "YYYY-MM-DD",
        "DD-Mon-YYYY",
        "MM-DD-YYYY",
    ],
    "en_GB": ["DD/MM/YYYY", "D MON YYYY", "ORD MON YYYY", "DD.MM.YYYY", "YYYY-MM-DD", "DD-Mon-YY", "D Mon YYYY"],
    "de_DE": ["DD.MM.YYYY", "D.M.YYYY", "D. MON YYYY", "YYYY-MM-DD", "DD.MM.YY", "DD.MM.YYYY"],
    "fr_FR": ["DD/MM/YYYY", "D MON YYYY", "DD.MM.YYYY", "YYYY-MM-DD", "DD-MM-YYYY", "DD/MM/YYYY"],
    "es_ES": ["DD/MM/YYYY", "D de MON de YYYY", "DD-MM-YYYY", "D/M/YY", "YYYY-MM-DD", "DD/MM/YYYY"],
    "it_IT": ["DD/MM/YYYY", "D MON YYYY", "DD.MM.YYYY", "DD-MM-YYYY", "D/M/YYYY"],
    "nl_NL": ["DD-MM-YYYY", "D MON YYYY", "DD/MM/YYYY", "YYYY-MM-DD", "D-M-YYYY", "DD-MM-YYYY"],
    "pt_BR": ["DD/MM/YYYY", "D de MON de YYYY", "DD.MM.YYYY", "YYYY-MM-DD", "DD/MM/YY", "DD/MM/YYYY"],
}
DTOK = re.compile(r"YYYY|YY|MON|Mon|MM|M|DD|D|ORD")


def fmt_date(loc, y, m, d, fmt=None):
    fmt = fmt or pick(DATEFMT[loc])
    mn = MONTHS[loc[:2]][m - 1]
    suf = "th" if 10 < d % 100 < 14 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")
    rep = {
        "YYYY": str(y),
        "YY": f"{y % 100:02d}",
        "MON": mn,
        "Mon": mn[:3],
        "MM": f"{m:02d}",
        "M": str(m),
        "DD": f"{d:02d}",
        "D": "1er" if (loc == "fr_FR" and d == 1) else str(d),
        "ORD": f"{d}{suf}",
    }
    return DTOK.sub(lambda mo: rep[mo.group(0)], fmt)


# ---------------------------------------------------------------- locale data ('|' separates alternatives)
def S(d):
    return {k: v.split("|") if isinstance(v, str) else v for k, v in d.items()}


PHONES = S(
    {
        "en_US": "(¬##) ¬##-####|¬##-¬##-####|¬##.¬##.####|+1 ¬## ¬## ####|+1-¬##-¬##-####|1 (¬##) ¬##-####|¬##¬######|+1 (¬##) ¬##-#### ext. ###|¬##-¬##-#### x##|+1.¬##.¬##.####",
        "en_GB": "07### ######|+44 7### ######|+44 (0)7### ### ###|0044 7#########|020 7### ####|+44 20 7### ####|0161 ### ####|(0161) ### ####|01632 ######|07###-###-###",
        "de_DE": "015# ########|+49 15# ########|+49 (0)17# #### ####|017#/#######|0049-16#-########|030 ########|089/#######|+49 30 #######-##|(0221) ######|+49 69 ### ### ##|0171.#######",
        "fr_FR": "06 ## ## ## ##|06.##.##.##.##|+33 6 ## ## ## ##|+33 (0)7 ## ## ## ##|07########|01 ## ## ## ##|0033 1 ## ## ## ##|04-##-##-##-##|+33 1 ## ## ## ## poste ###",
        "es_ES": "6## ### ###|+34 6## ## ## ##|91 ### ## ##|0034 6########|6##-###-###|+34 93 ### ## ##|(+34) 6## ### ###|7########",
        "it_IT": "3## ### ####|+39 3## #######|06 #### ####|+39 06 ########|3##.###.####|0039 3#########|02-########|+39 02 #### #### int. ##|(+39) 3## ### ####",
        "nl_NL": "06-########|06 ## ## ## ##|+31 6 ########|+31 (0)6 #### ####|020-#######|020 ### ####|0031 20 #######|+31 10 ### ## ##|(010) #######|06########",
        "pt_BR": "(%#) 9####-####|%# 9####-####|+55 %# 9####-####|+55 (%#) 9 ####-####|(%#) %###-####|0%# 9#### ####|%#9########|+55%#9########|(%#) 9 ####-####",
    }
)
DOMAINS = S(
    {
        "en_US": "gmail.com|yahoo.com|outlook.com|icloud.com|aol.com|comcast.net",
        "en_GB": "btinternet.com|gmail.com|hotmail.co.uk|yahoo.co.uk|sky.com",
        "de_DE": "web.de|gmx.de|t-online.de|gmx.net|posteo.de|gmail.com",
        "fr_FR": "orange.fr|free.fr|laposte.net|gmail.com|sfr.fr|wanadoo.fr",
        "es_ES": "gmail.com|hotmail.es|yahoo.es|telefonica.net|outlook.es",
        "it_IT": "libero.it|gmail.com|virgilio.it|alice.it|tiscali.it",
        "nl_NL": "ziggo.nl|kpnmail.nl|gmail.com|hotmail.nl|xs4all.nl",
        "pt_BR": "gmail.com|uol.com.br|bol.com.br|hotmail.com|terra.com.br",
    }
)
TITLES = S(
    {
        "en_US": "Mr.|Ms.|Dr.",
        "en_GB": "Mr|Mrs|Dr",
        "de_DE": "Herr|Frau|Dr.",
        "fr_FR": "M.|Mme|Dr",
        "es_ES": "Sr.|Sra.|Dr.",
        "it_IT": "Sig.|Sig.ra|Dott.",
        "nl_NL": "dhr.|mevr.|dr.",
        "pt_BR": "Sr.|Sra.|Dr.",
    }
)
REGIONS = S(
    {
        "en_US": "California|Texas|New York|Ohio|Florida|Illinois|Oregon",
        "en_GB": "Yorkshire|Kent|Greater Manchester|Cornwall|Scotland|Wales",
        "de_DE": "Bayern|Nordrhein-Westfalen|Baden-Württemberg|Sachsen|Schleswig-Holstein|Tirol",
        "fr_FR": "Bretagne|Occitanie|Île-de-France|Provence-Alpes-Côte d'Azur|Normandie",
        "es_ES": "Andalucía|Cataluña|Galicia|Castilla y León|País Vasco|Asturias",
        "it_IT": "Lombardia|Sicilia|Toscana|Emilia-Romagna|Puglia|Trentino-Alto Adige",
        "nl_NL": "Noord-Holland|Gelderland|Limburg|Friesland|Zeeland|Overijssel",
        "pt_BR": "São Paulo|Minas Gerais|Bahia|Rio Grande do Sul|Pernambuco|Paraná",
    }
)
COUNTRIES = S(
    {
        "en": "United States|Ireland|Canada|Poland|India|Sweden|Nigeria",
        "de": "Deutschland|Österreich|Schweiz|Türkei|Polen|Italien",
        "fr": "France|Belgique|Maroc|Sénégal|Suisse|Algérie",
        "es": "España|Colombia|Marruecos|Argentina|Rumanía|Perú",
        "it": "Italia|Albania|Romania|Svizzera|Marocco|Ucraina",
        "nl": "Nederland|België|Suriname|Turkije|Marokko|Duitsland",
        "pt": "Brasil|Portugal|Angola|Moçambique|Argentina|Japão",
    }
)
PWWORDS = S(
    {
        "en": "summer|dragon|monkey|sunshine|liverpool|baseball",
        "de": "sommer|schalke|hase|mausi|frühling",
        "fr": "soleil|chouchou|marseille|doudou|loulou",
        "es": "verano|barcelona|princesa|cariño|sevilla",
        "it": "estate|juventus|amore|tesoro|napoli",
        "nl": "zomer|ajax|schatje|voetbal|welkom",
        "pt": "verao|flamengo|amor|saudade|corinthians",
    }
)
QTY = S(
    {
        "en": "{n} units|{n} pcs|{n} items|{n} boxes|{n}x",
        "de": "{n} Stück|{n} Stk.|{n} Packungen|{n}x",
        "fr": "{n} pièces|{n} unités|{n} colis|{n} ex.",
        "es": "{n} unidades|{n} uds.|{n} cajas",
        "it": "{n} pezzi|{n} pz|{n} confezioni",
        "nl": "{n} stuks|{n} st.|{n} dozen",
        "pt": "{n} unidades|{n} un.|{n} caixas",
    }
)
PRODUCTS = (
    "iPhone 15 Pro 256 GB|Samsung Galaxy S24|Dyson V15 Detect|Kindle Paperwhite|Sony WH-1000XM5|Philips Airfryer XXL|Nintendo Switch OLED|"
    "Bosch Serie 6 WAU28P40|Lego Technic 42115|Thermomix TM6|Garmin Forerunner 265|Nespresso Vertuo Next|Logitech MX Master 3S|IKEA KALLAX 77x147|"
    "Apple Watch Series 9|Xiaomi Redmi Note 13|Levi's 501 W32 L34|Adidas Ultraboost 22 (EU 42)|Canon EOS R50|JBL Flip 6"
).split("|")
PASSPORT = S(
    {
        "en_US": "%########|^%#######",
        "en_GB": "%########",
        "de_DE": "C********|C%*****#*",
        "fr_FR": "##^^#####",
        "es_ES": "^^^######",
        "it_IT": "^^%######",
        "nl_NL": "^^******#",
        "pt_BR": "^^%#####",
    }
)
DL = S(
    {
        "en_US": "^#######|%## ### ###|^###-###-##-###-#|%#######|^###-####-####|WDL*********",
        "de_DE": "^###***#*##|^%#########",
        "fr_FR": "##^^#####|%###########",
        "it_IT": "^^%######^|U1^######^",
        "nl_NL": "%#########",
        "pt_BR": "%##########",
    }
)
MRN = S(
    {
        "en_US": "MRN-%######|%#######|E%#######",
        "en_GB": "^%######|^^%#####|H%#######",
        "de_DE": "%#########|P-%#######|%#######/%#",
        "fr_FR": "%#########|IPP%#######",
        "es_ES": "%######|HC-%#######",
        "it_IT": "%###/%#####|CC-%######",
        "nl_NL": "%######|PN%######",
        "pt_BR": "%#####-%|%#######",
    }
)
HPN = S(
    {
        "en_US": "^^^%########|%^*#-^*#-^^##|W%########|XGP%########",
        "en_GB": "%########|%#######-##",
        "de_DE": "^%########",
        "fr_FR": "%##########|%#### ######",
        "es_ES": "^^^^%#########|ES%############",
        "it_IT": "80380%###############",
        "nl_NL": "%########|ZK-%#######",
        "pt_BR": "7## #### #### ####|%##############",
    }
)
BBAN = S(
    {
        "en_US": "%#######|%#########|%###########",
        "en_GB": "%#######",
        "de_DE": "%#########|%######|%## ### ####",
        "fr_FR": "%##########|000%#######",
        "it_IT": "0000%#######|%###########|000000%#####",
        "nl_NL": "%########|%#########|%.##.##.###",
        "pt_BR": "%####-#|%#######-#|%#.###-#",
    }
)
BANKCODE = S(
    {"en_GB": "##-##-##|## ## ##", "de_DE": "%#######|%## ### ##", "it_IT": "0####|0#### ####", "pt_BR": "%###|%###-#"}
)
IBAN_CC = S(
    {
        "en_US": "GB|DE|CH|NL",
        "en_GB": "GB|GB|IE",
        "de_DE": "DE|DE|AT|CH",
        "fr_FR": "FR|FR|BE|LU",
        "es_ES": "ES|ES|PT",
        "it_IT": "IT|IT|CH",
        "nl_NL": "NL|NL|BE",
        "pt_BR": "BR|PT|BR",
    }
)
IBAN_BBAN = {
    "DE": "#" * 18,
    "AT": "#" * 16,
    "CH": "#" * 17,
    "FR": "#" * 21 + "¬#",
    "BE": "#" * 12,
    "PT": "#" * 21,
    "IT": "^" + "#" * 22,
    "LU": "###" + "*" * 13,
    "BR": "#" * 23 + "^*",
}
NATID = S(
    {
        "en_US": "se_pn|dk_cpr|fi_hetu|pl_pesel",
        "en_GB": "gb_nhs|gb_nino|ie_pps",
        "de_DE": "de_idnr|de_idnr|at_vnr|ch_ahv",
        "fr_FR": "fr_nir|fr_nir|be_nn|ch_ahv",
        "es_ES": "es_dni|es_nie",
        "it_IT": "it_cf",
        "nl_NL": "nl_bsn|nl_bsn|be_nn",
        "pt_BR": "br_cpf|br_cpf|pt_cc",
    }
)
TAXID = S(
    {
        "en_US": "us_ein|us_itin",
        "en_GB": "gb_vat",
        "de_DE": "de_vat|at_uid",
        "fr_FR": "fr_tva|fr_siren|fr_siret",
        "es_ES": "es_cif|es_vat",
        "it_IT": "it_iva|it_vat",
        "nl_NL": "nl_btw|be_vat",
        "pt_BR": "br_cnpj|pt_vat|pl_nip",
    }
)


# ---------------------------------------------------------------- generators
def d(n):
    return "".join(R.choice(string.digits) for _ in range(n))


def cut(v, sep, *ix):
    ix = (0,) + ix + (len(v),)
    return sep.join(v[a:b] for a, b in zip(ix, ix[1:]))


def cfcode(s, first):
    s = re.sub("[^A-Z]", "", fold(s).upper())
    c = [x for x in s if x not in "AEIOU"]
    return c[0] + c[2] + c[3] if first and len(c) >= 4 else ("".join(c + [x for x in s if x in "AEIOU"]) + "XXX")[:3]


def chk(b, f):  # append a check computed by f
    return b + f(b)


def make_nid(kind, p):
    y, m, dd = p.dob
    yy, mm, ds = f"{y % 100:02d}", f"{m:02d}", f"{dd:02d}"
    if kind == "de_idnr":

        def g():
            x = list("0123456789")
            R.shuffle(x)
            x[R.randrange(10)] = x[R.randrange(10)]
            return chk("".join(x), mod_11_10.calc_check_digit)

        v = until(g, lambda s: s[0] != "0" and de_idnr.is_valid(s))
        return pick([v, v, de_idnr.format(v), group(v, 3)])
    if kind == "nl_bsn":
        v = until(lambda: P("%########"), nl_bsn.is_valid)
        return pick([v, v, nl_bsn.format(v), cut(v, " ", 3, 6)])
    if kind == "es_dni":
        v = chk(d(8), es_dni.calc_check_digit)
        return pick([v, v, cut(v, "-", 8), cut(v, ".", 2, 5)[:-1] + "-" + v[-1]])
    if kind == "es_nie":
        v = chk(pick("XYZ") + d(7), es_nie.calc_check_digit)
        return pick([v, v, cut(v, "-", 1, 8)])
    if kind == "it_cf":
        v = chk(
            cfcode(p.last, False)
            + cfcode(p.first, True)
            + yy
            + "ABCDEHLMPRST"[m - 1]
            + f"{dd + (40 if p.g == 'f' else 0):02d}"
            + pick(["H501", "F205", "L219", "F839", "A944", "G273", "D612", "A662", "L736"]),
            it_cf.calc_check_digit,
        )
        assert it_cf.is_valid(v), v
        return pick([v, v, v, v.lower()])
    if kind == "fr_nir":
        v = until(
            lambda: chk(
                ("1" if p.g == "m" else "2") + yy + mm + f"{R.randint(1, 95):02d}".replace("20", "21") + d(6),
                fr_nir.calc_check_digits,
            ),
            fr_nir.is_valid,
        )
        return pick([v, fr_nir.format(v), cut(v, " ", 1, 3, 5, 7, 10, 13)])
    if kind == "be_nn":
        v = until(
            lambda: chk(
                yy + mm + ds + f"{R.randint(1, 997):03d}",
                lambda b: f"{97 - int(('2' if y >= 2000 else '') + b) % 97:02d}",
            ),
            be_nn.is_valid,
        )
        return pick([v, be_nn.format(v), cut(v, "-", 6, 9)])
    if kind == "pl_pesel":
        v = chk(
            yy + f"{m + (20 if y >= 2000 else 0):02d}" + ds + d(3) + pick("13579" if p.g == "m" else "02468"),
            pl_pesel.calc_check_digit,
        )
        assert pl_pesel.is_valid(v)
        return v
    if kind == "se_pn":
        v = chk(yy + mm + ds + d(3), luhn.calc_check_digit)
        assert se_pn.is_valid(v)
        return pick([cut(v, "-", 6), f"{y}{v[2:6]}-{v[6:]}", v])
    if kind == "dk_cpr":
        v = until(lambda: ds + mm + yy + pick("0123") + d(3), dk_cpr.is_valid)
        return pick([cut(v, "-", 6), v])
    if kind == "fi_hetu":
        return until(
            lambda: (
                lambda b: b[:6] + ("A" if y >= 2000 else "-") + b[6:] + "0123456789ABCDEFHJKLMNPRSTUVWXY"[int(b) % 31]
            )(ds + mm + yy + f"{R.randint(2, 899):03d}"),
            fi_hetu.is_valid,
        )
    if kind == "ie_pps":
        return until(lambda: d(7) + pick("ABCDEFGHIJKLMNOPQRSTUVW") + pick(["", "", "A", "W"]), ie_pps.is_valid)
    if kind == "pt_cc":
        v = until(lambda: chk(d(9) + P("^^"), pt_cc.calc_check_digit), pt_cc.is_valid)
        return pick([pt_cc.format(v), v])
    if kind == "pt_nif":
        v = until(lambda: chk(pick("123") + d(7), pt_nif.calc_check_digit), pt_nif.is_valid)
        return pick([v, group(v, 3)])
    if kind == "br_cpf":
        v = until(lambda: d(11), br_cpf.is_valid)
        return pick([br_cpf.format(v), br_cpf.format(v), v])
    if kind == "ch_ahv":
        v = chk("756" + d(9), ean.calc_check_digit)
        assert ch_ssn.is_valid(v)
        return pick([ch_ssn.format(v), ch_ssn.format(v), v])
    if kind == "gb_nhs":
        v = until(lambda: P("%#########"), gb_nhs.is_valid)
        return pick([gb_nhs.format(v), v, cut(v, "-", 3, 6)])
    if kind == "at_vnr":
        v = until(
            lambda: (lambda b: b[:3] + at_vnr.calc_check_digit(b) + b[4:])(P("%##0") + ds + mm + yy), at_vnr.is_valid
        )
        return pick([v, cut(v, " ", 4)])
    if kind == "gb_nino":
        pre = until(
            lambda: pick("ABCEGHJKLMNOPRSTWXYZ") + pick("ABCEGHJKLMNPRSTWXYZ"),
            lambda s: s not in ("BG", "GB", "NK", "KN", "TN", "NT", "ZZ"),
        )
        v = pre + d(6) + pick("ABCD")
        return pick([v, cut(v, " ", 2, 4, 6, 8), v.lower()])
    raise KeyError(kind)


def make_tax(kind):
    if kind == "us_ein":
        v = until(lambda: d(9), us_ein.is_valid)
        return pick([us_ein.format(v), us_ein.format(v), v])
    if kind == "us_itin":
        v = until(lambda: "9" + d(2) + pick(["70", "78", "83", "88", "90", "92", "94", "99"]) + d(4), us_itin.is_valid)
        return pick([us_itin.format(v), us_itin.format(v), v])
    if kind == "de_vat":
        v = until(lambda: "DE" + P("%########"), de_vat.is_valid)
        return pick([v, v, cut(v, " ", 2, 5, 8)])
    if kind == "at_uid":
        return until(lambda: "ATU" + d(8), at_uid.is_valid)
    if kind in ("fr_tva", "fr_siren", "fr_siret"):
        siren = chk(P("%#######"), luhn.calc_check_digit)
        siret = chk(siren + d(4), luhn.calc_check_digit)
        v = f"FR{(12 + 3 * (int(siren) % 97)) % 97:02d}{siren}"
        assert fr_tva.is_valid(v) and fr_siret.is_valid(siret)
        return pick(
            {
                "fr_siren": [siren, fr_siren.format(siren)],
                "fr_siret": [siret, fr_siret.format(siret)],
                "fr_tva": [v, cut(v, " ", 2, 4), f"FR{v[2:4]} {fr_siren.format(siren)}"],
            }[kind]
        )
    if kind in ("es_cif", "es_vat"):
        v = until(
            lambda: chk(pick("ABCDEFGHJNPQRSUVW") + d(7), lambda b: pick(es_cif.calc_check_digits(b))), es_cif.is_valid
        )
        return ("ES" + v) if kind == "es_vat" else pick([v, cut(v, "-", 1)])
    if kind in ("it_iva", "it_vat"):
        v = until(lambda: d(7) + f"{R.randint(1, 100):03d}" + d(1), it_iva.is_valid)
        return ("IT" + v) if kind == "it_vat" else v
    if kind == "nl_btw":
        v = until(lambda: "NL" + P("%########") + "B" + pick(["01", "02"]), nl_btw.is_valid)
        return pick([v, v, cut(v, " ", 2, 11)])
    if kind == "be_vat":
        v = chk(pick("01") + P("%######"), lambda b: f"{97 - int(b) % 97:02d}")
        assert be_vat.is_valid(v)
        return pick(["BE" + v, "BE " + cut(v, ".", 4, 7), "BE" + v])
    if kind == "gb_vat":
        v = until(lambda: "GB" + P("%########"), gb_vat.is_valid)
        return pick([v, cut(v, " ", 2, 5, 9)])
    if kind == "pl_nip":
        v = until(lambda: P("%#########"), pl_nip.is_valid)
        return pick(["PL" + v, pl_nip.format(v)])
    if kind == "br_cnpj":
        v = until(lambda: chk(P("%#######") + "0001", br_cnpj.calc_check_digits), br_cnpj.is_valid)
        return pick([br_cnpj.format(v), br_cnpj.format(v), v])
    if kind == "pt_vat":
        return "PT" + until(lambda: chk("5" + d(7), pt_nif.calc_check_digit), pt_nif.is_valid)
    raise KeyError(kind)


def make_ccc():  # Spanish domestic account (CCC) with both check digits
    return until(lambda: (lambda b: b[:8] + es_ccc.calc_check_digits(b) + b[10:])(d(20)), es_ccc.is_valid)


def make_iban(cc):
    def g():
        if cc == "ES":
            b = make_ccc()
        elif cc in ("GB", "IE", "NL"):
            b = pick(
                {
                    "GB": "NWBK BARC LOYD HBUK MIDL",
                    "IE": "AIBK BOFI IPBS",
                    "NL": "ABNA INGB RABO TRIO SNSB ASNB KNAB BUNQ",
                }[cc].split()
            ) + d(10 if cc == "NL" else 14)
        else:
            b = P(IBAN_BBAN[cc])
        return cc + st_iban.calc_check_digits(cc + "00" + b) + b

    v = until(g, st_iban.is_valid)
    return pick([st_iban.format(v), st_iban.format(v), st_iban.format(v), v, st_iban.format(v).lower()])


def make_card():
    brand = pick(["visa", "visa", "mastercard", "mastercard", "amex", "discover", "jcb"])
    pre = {
        "visa": "4" + d(5),
        "mastercard": pick(["5" + pick("12345"), "2" + pick(["22", "23", "27"]) + "1"]),
        "amex": pick(["34", "37"]),
        "discover": "6011",
        "jcb": "35" + pick(["28", "41", "89"]),
    }[brand]
    v = chk(pre + d((15 if brand == "amex" else 16) - 1 - len(pre)), luhn.calc_check_digit)
    if brand == "amex":
        return brand, pick([cut(v, " ", 4, 10), cut(v, "-", 4, 10), v])
    return brand, pick([group(v, 4), group(v, 4), group(v, 4, "-"), v, group(v, 4, "."), group(v, 4, "  ")])


def b64u(b):
    return (
        base64.urlsafe_b64encode(json.dumps(b, separators=(",", ":")).encode() if isinstance(b, dict) else b)
        .rstrip(b"=")
        .decode()
    )


PEM = {
    "RSA PRIVATE KEY": "MIIEpAIBAAKCAQEA",
    "PRIVATE KEY": "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC",
    "EC PRIVATE KEY": "MHcCAQEEI",
    "OPENSSH PRIVATE KEY": "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAA",
}


def make_pem():
    t = pick(list(PEM))
    w = 70 if "OPENSSH" in t else 64
    body = PEM[t] + P("¤" * (w * R.randint(3, 7) - len(PEM[t]) + R.randint(8, 40)))
    return (
        f"-----BEGIN {t}-----\n" + "\n".join(body[i : i + w] for i in range(0, len(body), w)) + f"\n-----END {t}-----"
    )


def make_dbconn(c):
    host = pick(
        [c.fk.domain_name(), f"sql-{pick(['prod', 'stg', 'eu1'])}-0{R.randint(1, 9)}.internal", c.fk.ipv4_private()]
    )
    db, user, pw = (
        pick(["crm", "orders", "billing", "hr_prod", "shop"]),
        pick(["sa", "svc_app", "app_rw", "report"]),
        make_pw(c, True),
    )
    return pick(
        [
            f"Server=tcp:{host},1433;Initial Catalog={db};User ID={user};Password={pw};Encrypt=True;",
            f"Host={host};Port=5432;Database={db};Username={user};Password={pw}",
            f"jdbc:mysql://{host}:3306/{db}?user={user}&password={pw}&useSSL=true",
            f"Driver={{ODBC Driver 18 for SQL Server}};Server={host};Uid={user};Pwd={pw};",
        ]
    )


SECRETS = {
    "aws": lambda c: pick(["AKIA", "AKIA", "ASIA"]) + P("§" * 16),
    "awssecret": lambda c: P("¤" * 40),
    "ghp": lambda c: pick(["ghp_", "ghp_", "gho_", "ghs_"]) + P("?" * 36),
    "ghpat": lambda c: "github_pat_" + P("*" * 22) + "_" + P("?" * 59),
    "slack": lambda c: (
        pick(["xoxb-", "xoxb-", "xoxp-"]) + P("%" + "#" * 11) + "-" + P("%" + "#" * 12) + "-" + P("?" * 24)
    ),
    "stripe": lambda c: pick(["sk_live_", "sk_live_", "rk_live_"]) + P("?" * pick([24, 34, 99])),
    "google": lambda c: "AIza" + P("¦" * 35),
    "openai": lambda c: pick(
        ["sk-" + P("?" * 20) + "T3BlbkFJ" + P("?" * 20), "sk-proj-" + P("¦" * 56) + "T3BlbkFJ" + P("¦" * 56)]
    ),
    "sendgrid": lambda c: "SG." + P("¦" * 22) + "." + P("¦" * 43),
    "pem": lambda c: make_pem(),
    "dbconn": make_dbconn,
    "jwt": lambda c: (
        lambda ts: (
            b64u({"alg": pick(["HS256", "RS256"]), "typ": "JWT"})
            + "."
            + b64u({"sub": str(R.randint(10**5, 10**9)), "iat": ts, "exp": ts + 3600, "scope": "orders:read"})
            + "."
            + P("¦" * pick([43, 86]))
        )
    )(R.randint(1700000000, 1760000000)),
}


def make_pw(c, urlsafe=False):
    t = R.random()
    w = pick(PWWORDS[c.loc[:2]])
    if urlsafe:
        return P("?" * R.randint(10, 20)) if t < 0.6 else fold(w).capitalize() + str(R.randint(1, 2025)) + pick("-_.!~")
    return (
        w.capitalize() + str(R.randint(1, 2025)) + pick("!?#$*.")
        if t < 0.35
        else "".join(
            R.choice(string.ascii_letters + string.digits + "!#$%&*+-.=?@^_") for _ in range(R.randint(10, 18))
        )
        if t < 0.7
        else "-".join(R.sample(PWWORDS["en"] + PWWORDS[c.loc[:2]], 3)) + str(R.randint(1, 99))
        if t < 0.85
        else pick(["P@ssw0rd", "Tr0ub4dor&3", "Welkom01!", "Qwerty123!", "Admin#2024", "Passw0rt!"]) + d(2)
    )


def make_urlcred(c, p):
    sch = pick(["https", "https", "http", "ftp", "sftp", "postgres", "postgresql", "mysql", "mongodb", "redis", "amqp"])
    port = {
        "postgres": ":5432",
        "postgresql": ":5432",
        "mysql": ":3306",
        "mongodb": ":27017",
        "redis": ":6379",
        "amqp": ":5672",
    }.get(sch, "")
    host = pick(
        [c.fk.domain_name(), f"db-{pick(['prod', 'stg', 'eu1'])}-0{R.randint(1, 9)}.internal", c.fk.ipv4_private()]
    )
    user = pick(["admin", "deploy", "root", "backup", "ci", re.sub("[^a-z]", "", fold(p.first).lower()) or "user"])
    return sch, f"{sch}://{user}:{make_pw(c, True)}@{host}{port}" + pick(
        ["", "/", "/app", "/billing", "/uploads/", "/0", "/api/v1/export?fmt=csv"]
    )


def make_email(c, p):
    f, l = (re.sub("[^a-z]", "", fold(x).lower()) for x in (p.first, p.last))
    loc = pick(
        [
            f"{f}.{l}",
            f"{f}{l}",
            f"{f[:1]}{l}",
            f"{f}_{l}{R.randint(1, 99)}",
            f"{l}.{f}",
            f"{f}{p.dob[0]}",
            f"{f}.{l}{R.randint(1, 9)}",
        ]
    )
    loc += ("+" + pick(["shop", "news", "work", "amzn"])) if R.random() < 0.08 else ""
    loc = ".".join(x.capitalize() for x in loc.split(".")) if R.random() < 0.08 else loc
    dom = c.fk.domain_name() if R.random() < 0.25 else pick(DOMAINS[c.loc])
    return ("work" if dom not in DOMAINS[c.loc] else "personal"), f"{loc}@{dom}"


def make_addr(c, var):
    a = until(lambda: c.fk.address(), lambda s: not re.search(r"\b(FPO|APO|DPO|PSC|USNS|USNV|USCGC|USS)\b", s))
    a = re.sub(r"\b(\d{5})(\d{3})\b", r"\1-\2", a) if c.loc == "pt_BR" else a
    return ("multiline", a) if var == "ml" else ("one_line", a.replace("\n", pick([", ", ", ", " ", " - "])))


def make_time(c, var):
    h, mi, s = R.randint(0, 23), R.randint(0, 59), R.randint(0, 59)
    h12, ap = (h % 12 or 12), ("AM" if h < 12 else "PM")
    if var == "hms":
        return f"{h:02d}:{mi:02d}:{s:02d}"
    return pick(
        {
            "en_US": [f"{h12}:{mi:02d} {ap}", f"{h12}:{mi:02d}{ap.lower()}", f"{h:02d}:{mi:02d}"],
            "en_GB": [f"{h:02d}:{mi:02d}", f"{h12}.{mi:02d}{ap.lower()}"],
            "fr_FR": [f"{h:02d}h{mi:02d}", f"{h:02d}:{mi:02d}"],
        }.get(c.loc, [f"{h:02d}:{mi:02d}", f"{h:02d}:{mi:02d}", f"{h}.{mi:02d}"])
    )


def make_amount(c):
    v = pick(
        [
            R.randint(1, 99) + R.randint(0, 99) / 100,
            R.randint(100, 4999) + R.randint(0, 99) / 100,
            float(R.randint(5, 300)),
        ]
    )
    us = f"{v:,.2f}"
    eu = us.replace(",", "X").replace(".", ",").replace("X", ".")
    return pick(
        {
            "en_US": ["$" + us, "$" + us, "USD " + us, us + " USD"],
            "en_GB": ["£" + us, "£" + us, "GBP " + us, "€" + us],
            "fr_FR": [eu + " €", eu.replace(".", "\u202f") + " €", eu + " EUR", eu + "€"],
            "pt_BR": ["R$ " + eu, "R$" + eu, "BRL " + eu],
            "nl_NL": ["€ " + eu, "€" + eu, "EUR " + eu, eu + " euro"],
        }.get(c.loc, [eu + " €", "€ " + eu, eu + " EUR", "EUR " + eu, eu + "€"])
    )


def make_dl(c, p):
    y, m, dd = p.dob
    if c.loc == "en_GB":  # DVLA: surname(5) decade month(+50 f) day year initials 9 digit check(2)
        ln = (re.sub("[^A-Z]", "", fold(p.last).upper()) + "99999")[:5]
        return (
            "dvla",
            f"{ln}{str(y)[2]}{m + (50 if p.g == 'f' else 0):02d}{dd:02d}{str(y)[3]}{fold(p.first)[0].upper()}9{R.randint(0, 9)}{P('^^')}",
        )
    if c.loc == "es_ES":
        return "es_dni_format", chk(d(8), es_dni.calc_check_digit)
    return pp(DL[c.loc])


# ---------------------------------------------------------------- personas / fillers
class Persona:
    def __init__(self, c):
        self.g = pick("mf")
        f = FK[c.loc if R.random() > 0.15 else pick(NAME_EXTRA)]
        self.first, self.last = (f.first_name_male() if self.g == "m" else f.first_name_female()), f.last_name()
        self.dob = (R.randint(1942, 2005), R.randint(1, 12), R.randint(1, 28))


class Ctx:
    def __init__(self, loc):
        self.loc, self.fk, self.ps = loc, FK[loc], {}

    def p(self, i):
        if i not in self.ps:
            self.ps[i] = Persona(self)
        return self.ps[i]


def f_name(c, p, v):
    v = v or "full"
    return (
        "s",
        "PERSON",
        v,
        {
            "full": f"{p.first} {p.last}",
            "lc": f"{p.first} {p.last}".lower(),
            "caps": f"{p.first} {p.last}".upper(),
            "first": p.first,
            "last": p.last,
            "firstlc": p.first.lower(),
            "lastcaps": f"{p.last.upper()} {p.first}",
            "lastup": p.last.upper(),
            "firstup": p.first.upper(),
            "lastfirst": f"{p.last}, {p.first}",
        }[v],
    )


def f_date(c, p, v, birth):
    y, m, dd = p.dob if birth else (R.randint(2022, 2025), R.randint(1, 12), R.randint(1, 28))
    if v == "clf":
        return f"{dd:02d}/{MONTHS['en'][m - 1][:3]}/{y}:{R.randint(0, 23):02d}:{R.randint(0, 59):02d}:{R.randint(0, 59):02d} +0000"
    return fmt_date(c.loc, y, m, dd, "YYYY-MM-DD" if v == "iso" else None)


def o(kind, sub, val):
    return "o", kind, sub, val


def pp(pats):  # (shape, value): the subtype of a patterned value is its shape
    pat = pick(pats)
    return pat, P(pat)


def make_isbn():
    s = chk("978" + d(9), ean.calc_check_digit)
    return pick([("isbn13_hyphen", st_isbn.format(s)), ("isbn13", s), ("isbn10", st_isbn.to_isbn10(s))])


FILL = {
    "name": f_name,
    "title": lambda c, p, v: (None, None, None, TITLES[c.loc][2] if R.random() < 0.15 else TITLES[c.loc][p.g == "f"]),
    "email": lambda c, p, v: ("s", "EMAIL_ADDRESS") + make_email(c, p),
    "phone": lambda c, p, v: (
        lambda pat: (
            "s",
            "PHONE_NUMBER",
            ("intl" if pat.lstrip("(").startswith(("+", "00")) else "national")
            + ("_ext" if re.search(r"ext\.|x#|poste|int\.|-##$", pat) else ""),
            P(pat),
        )
    )(pick(PHONES[c.loc])),
    "card": lambda c, p, v: ("s", "CREDIT_CARD") + make_card(),
    "ssn": lambda c, p, v: (
        "s",
        "US_SSN",
        "ssn",
        (lambda v: pick([cut(v, "-", 3, 5), cut(v, "-", 3, 5), cut(v, " ", 3, 5), v]))(
            until(lambda: d(9), us_ssn.is_valid)
        ),
    ),
    "iban": lambda c, p, v: (lambda cc: ("s", "IBAN_CODE", cc, make_iban(cc)))(v or pick(IBAN_CC[c.loc])),
    "bban": lambda c, p, v: (
        (lambda x: ("s", "BBAN", "es_ccc", pick([cut(x, " ", 4, 8, 10), x, cut(x, "-", 4, 8, 10)])))(make_ccc())
        if c.loc == "es_ES"
        else ("s", "BBAN") + pp(BBAN[c.loc])
    ),
    "bankcode": lambda c, p, v: ("a", "BANK_CODE") + pp(BANKCODE[c.loc]),
    "routing": lambda c, p, v: (
        "a",
        "BANK_CODE",
        "us_routing",
        chk(pick("012") + P("%######"), us_rtn.calc_check_digit),
    ),
    "sortcode": lambda c, p, v: ("a", "BANK_CODE", "gb_sort_code", P(pick(BANKCODE["en_GB"]))),
    "natid": lambda c, p, v: (lambda k: ("s", "NATIONAL_ID", k, make_nid(k, p)))(v or pick(NATID[c.loc])),
    "taxid": lambda c, p, v: (lambda k: ("s", "TAX_ID", k, make_tax(k)))(v or pick(TAXID[c.loc])),
    "passport": lambda c, p, v: ("s", "PASSPORT") + pp(PASSPORT[c.loc]),
    "dl": lambda c, p, v: ("s", "DRIVER_LICENSE") + make_dl(c, p),
    "mrn": lambda c, p, v: ("s", "MEDICAL_RECORD_NUMBER") + pp(MRN[c.loc]),
    "hpn": lambda c, p, v: ("s", "HEALTH_PLAN_NUMBER") + pp(HPN[c.loc]),
    "dob": lambda c, p, v: ("s", "DATE_OF_BIRTH", v or "local", f_date(c, p, v, True)),
    "addr": lambda c, p, v: ("s", "STREET_ADDRESS") + make_addr(c, v),
    "street": lambda c, p, v: ("s", "STREET_ADDRESS", "street_only", c.fk.street_address()),
    "city": lambda c, p, v: ("s", "LOCATION", "city", c.fk.city()),
    "region": lambda c, p, v: ("s", "LOCATION", "region", pick(REGIONS[c.loc])),
    "country": lambda c, p, v: ("s", "LOCATION", "country", pick(COUNTRIES[c.loc[:2]])),
    "ip": lambda c, p, v: (lambda k: ("s", "IP_ADDRESS", k, getattr(c.fk, k)()))(
        pick(["ipv4_public", "ipv4_public", "ipv4_private", "ipv6"])
    ),
    "urlcred": lambda c, p, v: ("s", "URL_CREDENTIALS") + make_urlcred(c, p),
    "secret": lambda c, p, v: (lambda k: ("s", "SECRET", k, SECRETS[k](c)))(v or pick(list(SECRETS))),
    "pw": lambda c, p, v: ("s", "SECRET", "password", make_pw(c)),
    "postcode": lambda c, p, v: ("a", "POSTCODE", c.loc, c.fk.postcode()),
    "order": lambda c, p, v: o(
        "ORDER_ID",
        *pp(
            [
                "#%#####",
                "A%#-######",
                "%##-%######-%######",
                "ORD-%########",
                "%#########",
                "BST-%#######",
                "CMD-%#######",
                "PED-%######",
                "ORD%#######",
            ]
        ),
    ),
    "ticket": lambda c, p, v: o(
        "TICKET_ID", *pp(["INC%######", "#%####", "JIRA-%###", "SR-%######", "CS-%#####", "TKT-%#####", "%#######"])
    ),
    "invoice": lambda c, p, v: o(
        "INVOICE_ID",
        *pp(
            ["INV-2024-%####", "RE-%######", "FA%#######", "F-2025/%###", "FAT-%####/2024", "NF-%########", "%##/%####"]
        ),
    ),
    "tracking": lambda c, p, v: o(
        "TRACKING_NUMBER",
        *pp(
            [
                "1Z******##########",
                "%#########",
                "00340434%###########",
                "9400 1%## #### #### #### ##",
                "^^#########GB",
                "3S^^^^%######",
                "^^#########BR",
                "%###########",
                "6A%###########",
            ]
        ),
    ),
    "amount": lambda c, p, v: o("AMOUNT", c.loc, make_amount(c)),
    "version": lambda c, p, v: o(
        "VERSION", *pp(["v%.%#.%", "%.%#.%", "%.%.%-rc.%", "%.%#.%#-beta", "v%.%", "%#.%.%.%###"])
    ),
    "date": lambda c, p, v: o("DATE", v or "local", f_date(c, p, v, False)),
    "time": lambda c, p, v: o("TIME", v or "local", make_time(c, v)),
    "isbn": lambda c, p, v: ("o", "ISBN") + make_isbn(),
    "sku": lambda c, p, v: o("SKU", *pp(["SKU-%###-^^^-^^", "^^^-%####", "%#####-##", "^^-%####-^", "%##-####-##"])),
    "uuid": lambda c, p, v: o("REQUEST_ID", "uuid4", str(uuid.UUID(int=R.getrandbits(128), version=4))),
    "commit": lambda c, p, v: o("COMMIT_HASH", *pp(["~" * 40, "~" * 7, "~" * 12])),
    "err": lambda c, p, v: o(
        "ERROR_CODE",
        *pp(["0x8007~~~~", "E%###", "ERR_CONNECTION_RESET", "ECONNREFUSED", "ORA-%####", "HTTP 50%", "SQLSTATE 23505"]),
    ),
    "qty": lambda c, p, v: o(
        "QUANTITY", c.loc, pick(QTY[c.loc[:2]]).format(n=R.choice([1, 2, 3, 4, 5, 6, 10, 12, 24, 50, 100]))
    ),
    "pct": lambda c, p, v: o(
        "PERCENTAGE",
        c.loc,
        (lambda n, dd: pick([f"{n}%", f"{n} %", f"{n}{'.' if c.loc.startswith('en') else ','}{dd}%"]))(
            R.randint(1, 99), R.randint(1, 9)
        ),
    ),
    "product": lambda c, p, v: o("PRODUCT_NAME", "product", pick(PRODUCTS)),
    "rowid": lambda c, p, v: o("ROW_ID", "int", str(R.randint(1, 99999))),
}
SENSITIVE_KEYS = set(
    "name email phone card ssn iban bban natid taxid passport dl mrn hpn dob addr street city region country ip urlcred secret pw".split()
)
assert SENSITIVE_KEYS < set(FILL)

# ---------------------------------------------------------------- templates (locale, style, text)
T = [
    # en_US
    (
        "en_US",
        "chat",
        "hey so i got charged twice?? order {{order}} shows {{amount}} two times on my card {{card}}. name on the acct is {{name:lc}}, u can text me at {{phone}}",
    ),
    (
        "en_US",
        "email",
        "Hi Payroll team,\n\nPlease switch my direct deposit to the account below.\nRouting: {{routing}}\n[[Account no|Acct #|Account number]]: {{bban}}\nYour portal won't take just the last 4 so here is my full SSN: {{ssn}}\n\nThanks,\n{{name}}\n{{addr:ml}}\n{{phone}}\n\n> On {{date}} at {{time}}, Payroll Support wrote:\n> Hi {{name:first}}, your request {{ticket}} needs more info.",
    ),
    (
        "en_US",
        "form",
        "PATIENT INTAKE FORM\nName: {{name:caps}}\n[[DOB|Date of Birth|D.O.B.]]: {{dob}}\nAddress: {{addr:one}}\nPhone: {{phone}}\nEmail: {{email}}\nInsurance Member ID: {{hpn}}\nMRN: {{mrn}}\nReason for visit: med refill",
    ),
    (
        "en_US",
        "clinical",
        "Pt {{name}} (MRN {{mrn}}), [[DOB|born]] {{dob}}, seen {{date}} for chest pain. Lives at {{addr:one}}. Emergency contact: {{name2}} (spouse) {{phone2}}. Plan: ECG, troponin x2, f/u 2 wks.",
    ),
    (
        "en_US",
        "hr",
        "Subject: I-9 docs for {{name}}\n\nHi,\nscans are in the shared folder. Passport no. {{passport}}, driver's license {{dl}} ({{region}}), SSN {{ssn}}, date of birth {{dob}}. Start date is {{date}}, req {{ticket}}.\n\n-- \n{{name2}}\nPeople Ops | {{phone2}}",
    ),
    (
        "en_US",
        "bank",
        "I want to dispute a charge of {{amount}} from {{date}}. Card number {{card}}. I never authorized this!! Case # {{ticket}}. Call me at {{phone}} or email {{email}}.\n{{name}}",
    ),
    (
        "en_US",
        "shipping",
        "package {{tracking}} says delivered {{date}} but theres nothing here?? im at {{addr:one}}, order {{order}} ({{qty}} {{product}})",
    ),
    (
        "en_US",
        "sms",
        "this is {{name:firstlc}} from the {{city}} office, new cell is {{phone}} fyi. old one was {{phone2}}",
    ),
    (
        "en_US",
        "email",
        "Hello,\nFor the W-9: business EIN {{taxid:us_ein}}, my personal ITIN is {{taxid:us_itin}}. Invoice {{invoice}} for {{amount}} is attached.\nBest, {{name}}",
    ),
    (
        "en_US",
        "chat",
        "im originally from sweden, my personnummer is {{natid:se_pn}} if the visa ppl need it. born {{dob}}, living in {{city}} now",
    ),
    (
        "en_US",
        "csv",
        "first_name,last_name,ssn,dob,state\n{{name:first}},{{name:last}},{{ssn}},{{dob:iso}},{{region}}\n{{name2:first}},{{name2:last}},{{ssn2}},{{dob2:iso}},{{region2}}",
    ),
    (
        "en_US",
        "note",
        "Called member {{name}} re: claim {{invoice}}. Verified identity w/ DOB {{dob}} and member ID {{hpn}}. Callback {{phone}} after {{time}}.",
    ),
    (
        "en_US",
        "chat",
        "My Polish PESEL is {{natid:pl_pesel}} and my Finnish one is {{natid:fi_hetu}}, not sure which one HR wants lol. IP they blocked me from was {{ip}}",
    ),
    (
        "en_US",
        "shipping",
        "Your order {{order}} has shipped! {{qty}} x {{product}} ({{sku}}), total {{amount}}. Track it: {{tracking}}. Estimated delivery {{date}}.",
    ),
    # en_GB
    (
        "en_GB",
        "chat",
        "hiya, cant log in since the {{version}} update :( registered with {{email}}, postcode {{postcode}}, mobile {{phone}}. cheers, {{name:firstlc}}",
    ),
    (
        "en_GB",
        "letter",
        "Dear Dr {{name2:last}},\n\nRe: {{name}}, [[NHS No.|NHS number|NHS no]] {{natid:gb_nhs}}, DOB {{dob}}\n{{addr:ml}}\n\nThank you for seeing this patient in clinic on {{date}}. Hospital number {{mrn}}.\n\nYours sincerely,\n{{name3}}",
    ),
    (
        "en_GB",
        "bank",
        "Please pay the refund into sort code {{sortcode}}, [[account no|account number|a/c no.]] {{bban}}, or IBAN {{iban}} if that's easier. Ref {{invoice}}. Many thanks, {{name}}",
    ),
    (
        "en_GB",
        "csv",
        "customer_id,full_name,email,phone,postcode,created_at\n{{rowid}},{{name}},{{email}},{{phone}},{{postcode}},{{date:iso}} {{time}}\n{{rowid2}},{{name2}},{{email2}},{{phone2}},{{postcode2}},{{date2:iso}} {{time2}}",
    ),
    (
        "en_GB",
        "hr",
        "Hi {{name:first}},\n\nWelcome aboard! Before your first day ({{date}}) could you confirm your National Insurance number ({{natid:gb_nino}} on file) and passport number {{passport}}? Payroll will use {{addr:one}} as your home address.\n\nBest wishes,\n{{name2}}\nHR Business Partner",
    ),
    (
        "en_GB",
        "form",
        "DRIVER DETAILS\nSurname: {{name:lastup}}\nForename(s): {{name:first}}\nDate of birth: {{dob}}\nLicence number: {{dl}}\nAddress: {{addr:one}}\nTel: {{phone}}\nHealth insurer membership no: {{hpn}}",
    ),
    (
        "en_GB",
        "email",
        "Hi,\n\nMy parcel ({{tracking}}) was meant to arrive on {{date}} and it still hasn't. It's order {{order}}, {{product}}, {{amount}}. Please don't leave it next door again, leave it at {{addr:one}}.\n\nRegards,\n{{name}}\n\nSent from my iPhone",
    ),
    (
        "en_GB",
        "chat",
        "irish pps is {{natid:ie_pps}} and my uk ni number {{natid:gb_nino}}, which one do u need lol. moved from {{country}} to {{city}} last yr",
    ),
    (
        "en_GB",
        "log",
        "{{date:iso}} {{time:hms}} WARN payments: card declined user={{email}} card={{card}} amount={{amount}} err={{err}}",
    ),
    (
        "en_GB",
        "chat",
        "ticket {{ticket}}: build {{version}} fails with {{err}} at {{time}}, bisected to {{commit}}. affects ~{{pct}} of users",
    ),
    (
        "en_GB",
        "email",
        "Hello,\n\nI ordered a copy of ISBN {{isbn}} on {{date}} (order {{order}}) and received a damaged copy. Please refund the {{amount}} to the card ending... actually it's {{card}}.\n\nKind regards\n{{title}} {{name}}\n{{addr:ml}}",
    ),
    (
        "en_US",
        "chat",
        "yo whats the staging db again? found this in the wiki: {{urlcred}} -- also getting {{err}} on deploy {{version}}, {{pct}} of pods failing",
    ),
    # de_DE
    (
        "de_DE",
        "chat",
        "hallo, ich hab meine karte verloren!!! die nummer war {{card}}, bitte sofort sperren. bin {{name:lc}}, geb. {{dob}}",
    ),
    (
        "de_DE",
        "email",
        "Sehr geehrte Damen und Herren,\n\nbitte überweisen Sie die Erstattung von {{amount}} auf mein Konto:\nIBAN: {{iban}}\n(alte Kontonummer {{bban}}, BLZ {{bankcode}})\nRechnungsnummer: {{invoice}}\n\nMit freundlichen Grüßen\n{{name}}\n{{addr:ml}}\nTel.: {{phone}}",
    ),
    (
        "de_DE",
        "form",
        "Vorname: {{name:first}}\nNachname: {{name:last}}\nGeburtsdatum: {{dob}}\nSteuer-ID: {{natid:de_idnr}}\nAnschrift: {{addr:one}}\nE-Mail: {{email}}\nMobil: {{phone}}",
    ),
    (
        "de_DE",
        "hr",
        "Betreff: Personalstammblatt {{name}}\n\nHallo {{title2}} {{name2:last}},\n\nanbei die Daten für die Lohnabrechnung: Reisepassnummer {{passport}}, Krankenversichertennummer {{hpn}}, geboren am {{dob}} in {{city}}, Staatsangehörigkeit {{country}}. Eintritt zum {{date}}.\n\nViele Grüße\n{{name}}",
    ),
    (
        "de_DE",
        "clinical",
        "Arztbrief\nPatient: {{title}} {{name}}, geb. am {{dob}}\nPat.-Nr.: {{mrn}}\nVersichertennr.: {{hpn}}\nAufnahme: {{date}}, {{time}} Uhr\nDiagnose: Pneumonie re. Unterlappen\nTherapie: Amoxicillin 1000 mg 1-1-1",
    ),
    (
        "de_DE",
        "shipping",
        "Hallo, mein Paket {{tracking}} ist seit dem {{date}} unterwegs und kommt nicht an. Lieferadresse: {{addr:one}}. Bestellnummer {{order}}, {{qty}} {{product}}. Bitte melden Sie sich unter {{phone}}. Gruß {{name:first}}",
    ),
    (
        "de_DE",
        "chat",
        "moin, wegen der AHV-Nummer: meine ist {{natid:ch_ahv}}, die österreichische SV-Nummer {{natid:at_vnr}}. wohne jetzt in {{city}}",
    ),
    (
        "de_DE",
        "email",
        "Guten Tag,\n\nunsere USt-IdNr. lautet {{taxid:de_vat}}, die Ihres Lieferanten {{taxid:at_uid}}. Bitte korrigieren Sie Rechnung {{invoice}} vom {{date}}.\n\nFreundliche Grüße\n{{name}}\nBuchhaltung",
    ),
    (
        "de_DE",
        "form",
        "FÜHRERSCHEIN\nName: {{name:caps}}\nGeburtsdatum: {{dob}}\nFührerscheinnummer: {{dl}}\nAusgestellt am: {{date}}\nIP der Anfrage: {{ip}}",
    ),
    (
        "de_DE",
        "chat",
        "mein passwort ist {{pw}} und login {{email}}, kannst du kurz schauen obs geht? ich bin unter {{phone}} erreichbar",
    ),
    (
        "de_DE",
        "log",
        "Version {{version}} am {{date}} um {{time}} Uhr ausgerollt, Fehlerquote {{pct}}, Ticket {{ticket}}",
    ),
    (
        "de_DE",
        "email",
        "Hallo zusammen,\n\nBuchbestellung für die Bibliothek: ISBN {{isbn}}, {{qty}}, Art.-Nr. {{sku}}. Lieferung bitte an {{title}} {{name}}, {{addr:one}}.\nBei Rückfragen: {{phone}}\n\nLG {{name2:first}}",
    ),
    # fr_FR
    (
        "fr_FR",
        "chat",
        "bonjour, j'ai été débité deux fois pour la commande {{order}} ({{amount}}). carte {{card}} au nom de {{name:lc}}. vous pouvez me rappeler au {{phone}} svp",
    ),
    (
        "fr_FR",
        "email",
        "Madame, Monsieur,\n\nVeuillez trouver ci-dessous mes coordonnées bancaires pour le remboursement :\nIBAN : {{iban}}\n[[Numéro de compte|N° de compte|numéro de compte]] : {{bban}}\nRéférence dossier : {{ticket}}\n\nCordialement,\n{{title}} {{name}}\n{{addr:ml}}",
    ),
    (
        "fr_FR",
        "form",
        "NOM : {{name:lastcaps}}\nNé(e) le : {{dob}}\nN° de sécurité sociale : {{natid:fr_nir}}\nAdresse : {{addr:one}}\nTél. : {{phone}}\nCourriel : {{email}}",
    ),
    (
        "fr_FR",
        "clinical",
        "Compte rendu d'hospitalisation\n{{title}} {{name}}, né(e) le {{dob}}, IPP {{mrn}}, admis(e) le {{date}} à {{time}}. Mutuelle n° {{hpn}}. Antécédents : HTA. Sortie prévue J+3.",
    ),
    (
        "fr_FR",
        "hr",
        "Objet : dossier d'embauche\n\nBonjour {{name2:first}},\n\nJe vous transmets les pièces de {{name}} : passeport n° {{passport}}, permis de conduire {{dl}}, date de naissance {{dob}}, nationalité : {{country}}. Début du contrat le {{date}}.\n\nBien à vous,\n{{name3}}",
    ),
    (
        "fr_FR",
        "email",
        "Bonjour,\n\nNotre SIREN est {{taxid:fr_siren}} (SIRET {{taxid:fr_siret}}), n° TVA intracommunautaire {{taxid:fr_tva}}. Merci de mettre à jour la facture {{invoice}}.\n\n{{name}}",
    ),
    (
        "fr_FR",
        "chat",
        "slt, mon colis {{tracking}} est bloqué depuis le {{date}}... j'habite {{addr:one}}, c'est pour la commande {{order}}",
    ),
    (
        "fr_FR",
        "chat",
        "je suis belge, mon numéro national c'est {{natid:be_nn}}, et j'habite maintenant à {{city}} ({{region}})",
    ),
    (
        "fr_FR",
        "email",
        "Le voici, mot de passe : {{pw}}\nIdentifiant : admin\n\n{{name}}\n\n> Le {{date}} à {{time}}, {{name2}} <{{email2}}> a écrit :\n> Pouvez-vous m'envoyer le mot de passe du serveur ?",
    ),
    (
        "fr_FR",
        "shipping",
        "Votre commande {{order}} a été expédiée le {{date}}. {{qty}} × {{product}} ({{sku}}) pour un total de {{amount}}. Suivi : {{tracking}}",
    ),
    (
        "fr_FR",
        "log",
        "{{date:iso}} {{time:hms}} ERROR sync-crm: échec de connexion à {{urlcred}} ({{err}}), client {{email}}, tentative 3/5",
    ),
    # es_ES
    (
        "es_ES",
        "chat",
        "hola buenas, me han cobrado {{amount}} dos veces con la tarjeta {{card}}, pedido {{order}}. soy {{name:lc}}, mi movil {{phone}}",
    ),
    (
        "es_ES",
        "email",
        "Estimados señores:\n\nLes facilito mis datos para la devolución:\nTitular: {{name}}\nDNI: {{natid:es_dni}}\nIBAN: {{iban}}\n[[Número de cuenta|Nº de cuenta|Cuenta]]: {{bban}}\n\nUn saludo,\n{{name:first}}\n{{addr:ml}}",
    ),
    (
        "es_ES",
        "form",
        "Nombre y apellidos: {{name:caps}}\nFecha de nacimiento: {{dob}}\nNacionalidad: {{country}}\nNIE: {{natid:es_nie}}\nPasaporte: {{passport}}\nDomicilio: {{addr:one}}\nTeléfono: {{phone}}",
    ),
    (
        "es_ES",
        "clinical",
        "Informe de alta\nPaciente: {{title}} {{name}}\nF. nacimiento: {{dob}}\nNHC: {{mrn}}\nTarjeta sanitaria: {{hpn}}\nIngreso: {{date}}\nJuicio clínico: fractura de radio distal.",
    ),
    (
        "es_ES",
        "email",
        "Hola {{name2:first}},\n\nOs paso el CIF de la empresa: {{taxid:es_cif}}, y el NIF-IVA {{taxid:es_vat}}. La factura {{invoice}} de {{amount}} vence el {{date}}.\n\nSaludos\n{{name}}\n{{phone}}",
    ),
    (
        "es_ES",
        "chat",
        "el paquete {{tracking}} pone entregado el {{date}} pero aqui no ha llegado nada. mi direccion es {{addr:one}}",
    ),
    (
        "es_ES",
        "hr",
        "Asunto: alta en nómina\n\nBuenos días,\nadjunto los datos de {{name}}: DNI {{natid:es_dni}}, permiso de conducir {{dl}}, nacido/a el {{dob}}, cuenta {{bban}}. Incorporación el {{date}}.\n\n{{name2}}\nRRHH",
    ),
    ("es_ES", "chat", "oye la contraseña del wifi de la oficina de {{city}} es {{pw}}, y el panel es {{urlcred}} ok?"),
    (
        "es_ES",
        "email",
        "Pedido {{order}} confirmado: {{qty}} de {{product}}, ref. {{sku}}, importe {{amount}} (IVA {{pct}} incluido). Entrega prevista: {{date}}.",
    ),
    (
        "es_ES",
        "chat",
        "buenas, el articulo {{sku}} ({{product}}) me llego roto, pedido {{order}}. os dejo mi telf {{phone}} y mi email {{email}}. {{name:firstlc}}",
    ),
    # it_IT
    (
        "it_IT",
        "chat",
        "salve, mi hanno addebitato due volte {{amount}} sulla carta {{card}}. ordine {{order}}. sono {{name:lc}}, cell {{phone}}",
    ),
    (
        "it_IT",
        "email",
        "Spett.le Ufficio Rimborsi,\n\nvi comunico i miei dati per l'accredito:\nIntestatario: {{title}} {{name}}\nCodice fiscale: {{natid:it_cf}}\nIBAN: {{iban}}\n[[Conto n.|conto corrente n.|Numero di conto]] {{bban}} (ABI {{bankcode}})\n\nCordiali saluti\n{{name}}\n{{addr:ml}}",
    ),
    (
        "it_IT",
        "form",
        "COGNOME: {{name:lastup}}\nNOME: {{name:firstup}}\nNato il: {{dob}} a {{city}}\nC.F.: {{natid:it_cf}}\nResidenza: {{addr:one}}\nTel: {{phone}}\nEmail: {{email}}",
    ),
    (
        "it_IT",
        "clinical",
        "Lettera di dimissione\nPaziente: {{title}} {{name}}, data di nascita {{dob}}\nN. cartella clinica: {{mrn}}\nTessera sanitaria: {{hpn}}\nRicovero dal {{date}} al {{date2}}\nDiagnosi: colecistite acuta.",
    ),
    (
        "it_IT",
        "email",
        "Buongiorno,\nla nostra P.IVA è {{taxid:it_iva}} (VAT {{taxid:it_vat}}). Vi prego di riemettere la fattura {{invoice}}.\nGrazie\n{{name}}\n{{phone}}",
    ),
    (
        "it_IT",
        "hr",
        "Oggetto: assunzione {{name}}\n\nCiao {{name2:first}},\nti giro i documenti: passaporto {{passport}}, patente {{dl}}, data di nascita {{dob}}, conto corrente {{bban}}. Inizia il {{date}}.\n\n{{name3}}",
    ),
    (
        "it_IT",
        "chat",
        "il pacco {{tracking}} risulta consegnato il {{date}} ma non è arrivato niente. abito in {{addr:one}}, ordine {{order}}",
    ),
    (
        "it_IT",
        "log",
        "Rilascio {{version}} del {{date}} alle {{time}}: {{qty}} elaborati, errori {{pct}}, commit {{commit}}",
    ),
    (
        "it_IT",
        "chat",
        "ciao, il backup notturno va su {{urlcred}} (non condividere!!), stanotte errore {{err}} alle {{time}}. chiedi a {{name:first}}",
    ),
    # nl_NL
    (
        "nl_NL",
        "chat",
        "hoi, ik ben 2x afgeschreven voor bestelling {{order}} ({{amount}}). kaart {{card}}, op naam van {{name:lc}}. bel me op {{phone}}",
    ),
    (
        "nl_NL",
        "email",
        "Geachte heer/mevrouw,\n\nGraag ontvang ik de terugbetaling op [[rekeningnummer|rekeningnr.|rekening nummer]] {{bban}} of IBAN {{iban}} t.n.v. {{name}}.\nFactuurnummer: {{invoice}}\n\nMet vriendelijke groet,\n{{title}} {{name:last}}\n{{addr:ml}}",
    ),
    (
        "nl_NL",
        "form",
        "Naam: {{name}}\nGeboortedatum: {{dob}}\nBSN: {{natid:nl_bsn}}\nAdres: {{addr:one}}\nTelefoon: {{phone}}\nE-mail: {{email}}",
    ),
    (
        "nl_NL",
        "clinical",
        "Ontslagbrief\nPatiënt: {{title}} {{name}}, geb. {{dob}}\nPatiëntnummer: {{mrn}}\nPolisnummer zorgverzekeraar: {{hpn}}\nOpname: {{date}}",
    ),
    (
        "nl_NL",
        "hr",
        "Hoi {{name2:first}},\n\nVoor de loonadministratie van {{name}}: BSN {{natid:nl_bsn}}, paspoortnummer {{passport}}, rijbewijsnummer {{dl}}, geboren op {{dob}} in {{city}}.\n\nGroet,\n{{name3}}",
    ),
    (
        "nl_NL",
        "email",
        "Beste,\n\nOns btw-nummer is {{taxid:nl_btw}}, niet {{taxid:be_vat}} (dat is onze Belgische vestiging). Wilt u factuur {{invoice}} aanpassen?\n\n{{name}}",
    ),
    (
        "nl_NL",
        "chat",
        "mijn pakket {{tracking}} staat al sinds {{date}} op 'onderweg'. adres is {{addr:one}}, ordernummer {{order}}",
    ),
    ("nl_NL", "chat", "Belgisch rijksregisternummer: {{natid:be_nn}}, wachtwoord van het portaal is {{pw}}"),
    (
        "nl_NL",
        "email",
        "Bedankt voor je bestelling {{order}}! {{qty}} x {{product}} ({{sku}}), totaal {{amount}}. Verwachte levering {{date}} tussen {{time}} en {{time2}}.",
    ),
    (
        "nl_NL",
        "form",
        "Voornaam: {{name:first}}\nAchternaam: {{name:last}}\nStraat + huisnr.: {{street}}\nPostcode: {{postcode}}\nWoonplaats: {{city}}\nGeboortedatum: {{dob}}\nIBAN: {{iban}}",
    ),
    # pt_BR
    (
        "pt_BR",
        "chat",
        "oi, fui cobrada duas vezes no cartão {{card}}, pedido {{order}} no valor de {{amount}}. sou {{name:lc}}, meu zap é {{phone}}",
    ),
    (
        "pt_BR",
        "email",
        "Prezados,\n\nSegue meus dados para o reembolso:\nNome: {{name}}\nCPF: {{natid:br_cpf}}\nBanco: Itaú, agência {{bankcode}}, [[conta|conta corrente|c/c]] {{bban}}\n\nAtenciosamente,\n{{name:first}}\n{{phone}}",
    ),
    (
        "pt_BR",
        "form",
        "NOME COMPLETO: {{name:caps}}\nDATA DE NASCIMENTO: {{dob}}\nCPF: {{natid:br_cpf}}\nENDEREÇO: {{addr:one}}\nCELULAR: {{phone}}\nE-MAIL: {{email}}",
    ),
    (
        "pt_BR",
        "clinical",
        "Prontuário nº {{mrn}}\nPaciente: {{name}}, data de nascimento {{dob}}\nCartão SUS: {{hpn}}\nAtendimento: {{date}} às {{time}}\nQueixa: cefaleia há 3 dias.",
    ),
    (
        "pt_BR",
        "email",
        "Olá,\n\nO CNPJ da empresa é {{taxid:br_cnpj}}. Favor emitir a nota fiscal {{invoice}} de {{amount}}.\n\nAbs,\n{{name}}\n{{addr:ml}}",
    ),
    (
        "pt_BR",
        "hr",
        "Assunto: admissão de {{name}}\n\nDocumentos recebidos: passaporte {{passport}}, CNH {{dl}}, data de nascimento {{dob}}, conta {{bban}} agência {{bankcode}}. Início em {{date}}.\n\n{{name2}}\nRH",
    ),
    (
        "pt_BR",
        "chat",
        "a encomenda {{tracking}} consta como entregue em {{date}} mas não recebi nada. moro na {{addr:one}}",
    ),
    (
        "pt_BR",
        "chat",
        "sou portuguesa, o meu cartão de cidadão é {{natid:pt_cc}} e o NIF {{natid:pt_nif}}. IBAN {{iban:PT}}",
    ),
    ("pt_BR", "chat", "pedido {{order}} saiu pra entrega {{date}} às {{time}}, {{qty}} {{product}}, total {{amount}}"),
    (
        "pt_BR",
        "email",
        "Oi {{name2:first}},\n\ncomprei o livro ISBN {{isbn}} ({{amount}}) e veio errado. Pedido {{order}}, entrega em {{addr:one}}. Meu CPF pra nota: {{natid:br_cpf}}.\n\nValeu,\n{{name}}",
    ),
    # language-neutral carriers: locale picked at random for the data
    ("*", "log", "{{date:iso}}T{{time:hms}}Z INFO auth login ok user={{email}} src_ip={{ip}} req_id={{uuid}}"),
    ("*", "log", "[{{time:hms}}] ERROR worker-3 db connect failed url={{urlcred}} code={{err}} retry in 5s"),
    (
        "*",
        "config",
        "# .env -- DO NOT COMMIT\nAWS_ACCESS_KEY_ID={{secret:aws}}\nAWS_SECRET_ACCESS_KEY={{secret:awssecret}}\nSTRIPE_SECRET_KEY={{secret:stripe}}\nAPP_VERSION={{version}}",
    ),
    (
        "*",
        "json",
        '{"id": "{{uuid}}", "customer": {"name": "{{name}}", "email": "{{email}}", "phone": "{{phone}}", "birth_date": "{{dob:iso}}"}, "order": "{{order}}", "total": "{{amount}}"}',
    ),
    (
        "*",
        "json",
        '{"event":"signup","ts":"{{date:iso}} {{time:hms}}","ip":"{{ip}}","user":{"email":"{{email}}","password":"{{pw}}"},"app_version":"{{version}}"}',
    ),
    ("*", "chat", "oops i pushed my token {{secret:ghp}} in {{commit}}, rotating it now, ignore pls"),
    ("*", "code", "curl -s -H 'Authorization: Bearer {{secret:jwt}}' https://api.example.com/v2/orders/{{order}}"),
    (
        "*",
        "chat",
        "here's the deploy key for staging, don't paste it anywhere else:\n{{secret:pem}}\nthx {{name:firstlc}}",
    ),
    ("*", "config", '"ConnectionStrings": { "Default": "{{secret:dbconn}}" }'),
    ("*", "log", "slack-notifier: posting with token {{secret:slack}} to #alerts failed ({{err}})"),
    (
        "*",
        "code",
        "const maps = new Client({ key: '{{secret:google}}' }); // TODO move to vault\nconst ai = new OpenAI({ apiKey: \"{{secret:openai}}\" });",
    ),
    ("*", "log", '{{ip}} - - [{{date:clf}}] "GET /api/users/{{rowid}} HTTP/1.1" 200 512 req={{uuid}}'),
    (
        "*",
        "csv",
        "id;name;email;iban;amount\n{{rowid}};{{name}};{{email}};{{iban}};{{amount}}\n{{rowid2}};{{name2}};{{email2}};{{iban2}};{{amount2}}",
    ),
    ("*", "chat", "new fine-grained PAT for CI: {{secret:ghpat}} (expires {{date}})"),
    (
        "*",
        "email",
        "Forwarding the SendGrid key so marketing can test: {{secret:sendgrid}}\nAlso the FTP: {{urlcred}}\n\n-- \n{{name}} | {{phone}}",
    ),
    ("*", "log", "GET /api/v2/orders/{{order}} 200 in 182ms at {{time:hms}} req_id={{uuid}} build={{commit}}"),
    ("*", "note", "Books: ISBN {{isbn}}, {{qty}}, {{amount}}; reorder SKU {{sku}} when stock < {{pct}}"),
]
TOK = re.compile(r"(\{\{[^}]+\}\}|\[\[.*?\]\])", re.S)
PH = re.compile(r"([a-z]+?)(\d?)(?::(\w+))?")
FW = {ord(ch): chr(0xFF10 + i) for i, ch in enumerate("0123456789")}


def is_clean(tpl):
    return not any(PH.fullmatch(t[2:-2]).group(1) in SENSITIVE_KEYS for t in TOK.findall(tpl) if t.startswith("{{"))


def mutate(v):
    ops = ["zwsp", "shy"] + (["fullwidth", "fullwidth"] if re.search(r"\d", v) else []) + (["nbsp"] if " " in v else [])
    op = pick(ops)
    if op == "fullwidth":
        return v.translate(FW), op
    if op == "nbsp":
        return v.replace(" ", "\u00a0"), op
    i = R.randint(1, len(v) - 1)
    return v[:i] + ("\u200b" if op == "zwsp" else "\u00ad") + v[i:], op


def render(tpl, loc):
    c, out, pos = Ctx(loc), [], 0
    spans = {"sensitive": [], "ordinary": [], "ambiguous": []}
    for tok in TOK.split(tpl):
        if tok.startswith("{{"):
            key, idx, var = PH.fullmatch(tok[2:-2]).groups()
            cat, kind, sub, val = FILL[key](c, c.p(int(idx or 1)), var)
            if cat:
                sp = {"kind": kind, "subtype": sub, "start": pos, "end": pos + len(val)}
                if "\n" not in val and len(val) > 3 and R.random() < 0.10:
                    val, sp["mutation"] = mutate(val)
                    sp["end"] = pos + len(val)
                spans[{"s": "sensitive", "o": "ordinary", "a": "ambiguous"}[cat]].append(sp)
                sp["_v"] = val
        elif tok.startswith("[["):
            val = pick(tok[2:-2].split("|"))
        else:
            val = tok
        out.append(val)
        pos += len(val)
    return "".join(out), spans


def main():
    clean = [t for t in T if is_clean(t[2])]
    dirty = [t for t in T if not is_clean(t[2])]
    assert len(T) >= 60 and len(clean) >= 5, (len(T), len(clean))
    recs = []
    for i in range(N):
        loc, style, tpl = pick(clean) if R.random() < 0.05 else pick(dirty)
        loc = pick(LOCALES) if loc == "*" else loc
        text, spans = render(tpl, loc)
        allsp = sorted((s for v in spans.values() for s in v), key=lambda s: s["start"])
        for a, b in zip(allsp, allsp[1:]):
            assert a["end"] <= b["start"], (i, a, b)
        for s in allsp:
            assert text[s["start"] : s["end"]] == s.pop("_v"), (i, s)
            assert s["end"] > s["start"]
        for k in spans:
            spans[k].sort(key=lambda s: s["start"])
        recs.append({"id": f"h2-{i:05d}", "locale": loc, "style": style, "text": text, **spans})
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as fh:
        for r in recs:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    cnt = {}
    for r in recs:
        for cat in ("sensitive", "ordinary", "ambiguous"):
            for s in r[cat]:
                cnt[(cat, s["kind"])] = cnt.get((cat, s["kind"]), 0) + 1
    for (cat, k), n in sorted(cnt.items()):
        print(f"{cat:10s} {k:24s} {n}")
    print(
        "records",
        len(recs),
        "templates",
        len(T),
        "clean templates",
        len(clean),
        "no-sensitive records",
        sum(not r["sensitive"] for r in recs),
        "mutated",
        sum("mutation" in s for r in recs for c in ("sensitive", "ordinary", "ambiguous") for s in r[c]),
        file=sys.stderr,
    )


if __name__ == "__main__":
    main()
