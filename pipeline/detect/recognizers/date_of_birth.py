"""Dates of birth: a real calendar date in the past, near a birth word."""

from __future__ import annotations

import datetime
import re
from collections.abc import Iterator

from presidio_analyzer import Pattern

from pipeline.detect.recognizers.base import Matches, Recognizer

_MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)
_MONTH = r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
_YEAR = r"(?:19|20)\d{2}"
# Month names in the languages of our users (full names; abbreviations are
# their first three letters).
_MONTH_NAMES: dict[str, int] = {}
for _number, _names in enumerate(
    (
        "january januar janvier enero gennaio januari janeiro",
        "february februar février febrero febbraio februari fevereiro",
        "march märz mars marzo maart março",
        "april avril abril aprile",
        "may mai mayo maggio mei maio",
        "june juni juin junio giugno junho",
        "july juli juillet julio luglio julho",
        "august août agosto augustus",
        "september septembre septiembre settembre setembro",
        "october oktober octobre octubre ottobre outubro",
        "november novembre noviembre novembro",
        "december dezember décembre diciembre dicembre dezembro",
    ),
    1,
):
    for _name in _names.split():
        _MONTH_NAMES[_name] = _number
        _MONTH_NAMES.setdefault(_name[:3], _number)
# Polish, Czech, Nordic and Finnish month names as dates write them (full words only: their first
# three letters are other words).
for _number, _names in enumerate(
    (
        "stycznia ledna januar januari tammikuuta jänner január ocak ianuarie",
        "lutego února februar februari helmikuuta feber február şubat februarie",
        "marca března marts mars maaliskuuta március mart martie",
        "kwietnia dubna april huhtikuuta április nisan aprilie",
        "maja května maj toukokuuta május mayıs mai",
        "czerwca června juni kesäkuuta június haziran iunie",
        "lipca července juli heinäkuuta július temmuz iulie",
        "sierpnia srpna august augusti elokuuta augusztus ağustos",
        "września září september syyskuuta szeptember eylül septembrie",
        "października října oktober lokakuuta október ekim octombrie",
        "listopada listopadu november marraskuuta kasım noiembrie",
        "grudnia prosince december joulukuuta aralık decembrie",
    ),
    1,
):
    for _name in _names.split():
        _MONTH_NAMES.setdefault(_name, _number)
_MONTH_NAMES["jui"] = 0  # juin or juillet: not a month on its own
_ANY_MONTH = "(?:" + "|".join(sorted(_MONTH_NAMES, key=len, reverse=True)) + ")"


# Months in Roman numerals, as Latin America and Eastern Europe write them: "16-IV-1959", "30.VII.1984".
_ROMAN_MONTHS = {r: n for n, r in enumerate("I II III IV V VI VII VIII IX X XI XII".split(), 1)}
_ROMAN_MONTH = "(?:" + "|".join(sorted(_ROMAN_MONTHS, key=len, reverse=True)) + ")"


def _month_number(name: str) -> int | None:
    if name in _ROMAN_MONTHS:
        return _ROMAN_MONTHS[name]
    name = name.lower().rstrip(".")
    if len(name) < 3:
        return None
    return _MONTH_NAMES.get(name) or _MONTH_NAMES.get(name[:3]) or None


# Japanese eras: the year before each one's first (昭和58年 is 1983).
_ERA_YEARS = {"大正": 1911, "昭和": 1925, "平成": 1988, "令和": 2018}
_ERAS = rf"(?:{'|'.join(_ERA_YEARS)})\d{{1,2}}"
_CJK_DATE = re.compile(rf"({'|'.join(_ERA_YEARS)})?(\d{{1,4}})[年년] ?(\d{{1,2}})[月월] ?(\d{{1,2}})[日일]")


def parse_date(text: str) -> datetime.date | None:
    """The date `text` names, if it is a real one (day/month order tried both ways)."""
    cjk = _CJK_DATE.fullmatch(text)
    if cjk is not None:
        year = int(cjk.group(2)) + (_ERA_YEARS[cjk.group(1)] if cjk.group(1) else 0)
        try:
            return datetime.date(year, int(cjk.group(3)), int(cjk.group(4)))
        except ValueError:
            return None
    nums = [int(n) for n in re.findall(r"\d+", text)]
    words = re.findall(r"[^\W\d_]+", text)
    candidates: list[tuple[int, int, int]] = []
    months = [m for m in map(_month_number, words) if m is not None]
    if words:
        # "12th of March 1990": the month is the word that names one.
        if months and len(nums) == 2:
            year = nums[1] if nums[1] > 99 else 1900 + nums[1] if nums[1] > 25 else 2000 + nums[1]
            candidates.append((year, months[0], nums[0]))
    elif len(nums) == 3:
        if nums[0] > 31:  # ISO
            candidates.append((nums[0], nums[1], nums[2]))
        else:
            year = nums[2] if nums[2] > 99 else 1900 + nums[2] if nums[2] > 25 else 2000 + nums[2]
            candidates += [(year, nums[1], nums[0]), (year, nums[0], nums[1])]
    elif len(nums) == 1 and len(text) == 8:  # yyyymmdd
        candidates.append((int(text[:4]), int(text[4:6]), int(text[6:])))
    for year, month, day in candidates:
        try:
            return datetime.date(year, month, day)
        except ValueError:
            continue
    return None


_BIRTH_WORD_BEFORE = re.compile(
    r"(?i:\b(?:dob|d\.o\.b|date of birth|birth ?date|born|birthday|geb|geburtsdatum|né|née|date de naissance|"
    r"fecha de nacimiento|data di nascita|data de nascimento|geboortedatum|födelsedatum|fødselsdato|"
    r"fecha de nac|f\. nac|nac|nacid[oa](?: el)?|nascid[oa](?: em)?))"
    r"\.?[ \t]*[:=|-]?[ \t]*\Z"
)


# A request for several birth dates, or a list's heading: the dates below it, further than context
# reaches, are birth dates ("names, SSNs and birthdates: Ava 04/30/2016, Noah 12/1/2018").
_BIRTH_WORD_ANYWHERE = re.compile(
    r"(?i:birthdates|birth dates|dates of birth|dobs\b|birthdays|dob\?|date of birth\?|birthday\?|"
    r"fechas de nacimiento|datas de nascimento|dates de naissance|geburtsdaten|geboortedata|date di nascita)"
)
FAR_CUE_SCORE = 0.55
# A person's name, then a date in brackets: "Claudia Vogt (22.02.1975)", "Hijos: Sebastián Gómez
# (14/09/2014)". The date a text puts beside a name is the person's birth date.
_NAME_WORD = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ'’]+)?"
_NAME_THEN_BRACKET = re.compile(rf"(?<![\w.-]){_NAME_WORD}(?:[ \t]{_NAME_WORD}){{1,3}}[ \t]?\([ \t]?$")
_MONTH_WORD = re.compile(rf"(?i)\b(?:{'|'.join(_MONTHS)})\b")
# A birth word in any of our users' languages, for a date said a little after it.
_BIRTH_NEAR = re.compile(
    r"(?i:birth|born|\bdob\b|d\.o\.b|née?\b|geboren|geburt|naissance|nacid[oa]|nacimiento|nascid[oa]|nascimento|"
    r"nascita|nat[oa] il|geboorte|urodzon|urodzenia|janam|doğum|dogum|narozen|syntym|födelse|fødsel)"
)


_AFTER_BIRTH_WORD = frozenset({"day_month_code", "month_code_any"})


class DateOfBirthRecognizer(Recognizer):
    ENTITY = "DATE_OF_BIRTH"
    NAME = "date_of_birth"
    # Any date is weak; a birth word nearby makes it a date of birth.
    PATTERNS = (
        Pattern("numeric_date", rf"(?<![\d/.-])\d{{1,2}}[/.-]\d{{1,2}}[/.-]{_YEAR}(?![\d/-]|\.\d)", 0.2),
        Pattern("iso_date", rf"(?<![\d-]){_YEAR}-\d{{2}}-\d{{2}}(?![\d-])", 0.2),
        # ... and Hungarian, with its dots and spaces: "1993.09.02.", "1992. 04. 27."
        Pattern(
            "year_first_slashed",
            rf"(?<![\d/.]){_YEAR}(?:[/.]|\. )\d{{1,2}}(?:[/.]|\. )\d{{1,2}}(?:\.(?!\d))?(?![\d/])",
            0.2,
        ),
        Pattern("month_day_year", rf"\b{_MONTH}\.? \d{{1,2}}(?:st|nd|rd|th)?,? {_YEAR}\b", 0.2),
        Pattern("day_month_year", rf"\b\d{{1,2}}(?:st|nd|rd|th)? (?:of )?{_MONTH}\.?,? {_YEAR}\b", 0.2),
        # 5. Oktober 1949, 20 septembre 2007, 3 de marzo de 1990, 1er mai 1980
        Pattern(
            "day_month_year_eu",
            rf"(?<!\d)\d{{1,2}}(?:\.|er|º)?\s(?:de\s)?{_ANY_MONTH}\.?\s(?:de\s{_YEAR}|del\s\d{{2}}|{_YEAR})(?!\d)",
            0.2,
        ),
        # Two-digit years and compact dates are weaker still: a birth word makes them one.
        Pattern("numeric_date_short_year", r"(?<![\d/.-])\d{1,2}[/.-]\d{1,2}[/.-]\d{2}(?![\d/-]|\.\d)", 0.15),
        Pattern("compact_date", rf"(?<!\d){_YEAR}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])(?!\d)", 0.15),
        # A year cut to its last two digits with an apostrophe: "Aug 9 '83", "9 Aug '83"
        Pattern(
            "month_day_short_year",
            rf"\b(?:{_MONTH}\.? \d{{1,2}}(?:st|nd|rd|th)?|\d{{1,2}}(?:st|nd|rd|th)? {_MONTH}\.?),? ['’]\d{{2}}(?!\d)",
            0.15,
        ),
        # An X12 claim's demographics segment: DMG*D8*19720611 is the patient's birth date.
        Pattern("x12_demographics", r"(?i:DMG\*D8\*)(?P<v>\d{8})(?!\d)", 0.85),
        # Czech and Slovak write spaces after the dots: "nar. 3. 9. 1990"
        # Chinese, Japanese and Korean: "1992年7月14日", the Japanese era "昭和58年4月2日", "1962년 11월 30일"
        Pattern("cjk_date", rf"(?:{_ERAS}|(?<!\d){_YEAR})年\d{{1,2}}月\d{{1,2}}日", 0.2),
        Pattern("korean_date", rf"(?<!\d){_YEAR}년 ?\d{{1,2}}월 ?\d{{1,2}}일", 0.2),
        Pattern("spaced_dotted_date", rf"(?<![\d.])\d{{1,2}}\. \d{{1,2}}\. {_YEAR}(?!\d)", 0.2),
        Pattern("spaced_date", rf"(?<!\d)(?<!\d )\d{{1,2}} \d{{1,2}} {_YEAR}(?![\d])", 0.2),  # "Né(e) le : 04 07 1996"
        # Travel documents and airline records: "DOB 11MAR1979", "DOB: 04-MAR-1985", "Date of birth
        # 21 JUL /JUIL 88". The same shape is every date of a booking, so only right after a birth word.
        Pattern(
            "day_month_code",
            rf"(?<![\w/.-])\d{{1,2}}[ -]?{_MONTH}(?:[ \t]?/[ \t]?[^\W\d_]{{3,5}})?\.?[ -]?(?:{_YEAR}|\d{{2}})(?![\w/-]|\.\d)",
            0.5,
        ),
        # ... in other languages, with the month first, or in Roman numerals: "07-ago-1996", "Jul-30-1984",
        # "16-IV-1959" (also only right after a birth word).
        Pattern(
            "month_code_any",
            rf"(?<![\w/.-])(?:\d{{1,2}}[ ./-]?(?:{_ANY_MONTH}\.?|(?-i:{_ROMAN_MONTH}))[ ./-]?|{_ANY_MONTH}\.?-\d{{1,2}}-)"
            rf"(?:{_YEAR}|\d{{2}})(?![\w/-]|\.\d)",
            0.5,
        ),
        # The year alone, where only it is known: "DOB 1958 only known year", "year of birth: 1979".
        Pattern(
            "birth_year",
            r"(?:\b(?:dob|d\.o\.b\.?|date of birth|year of birth|yob|birth year|born in)[ \t]*[:=-]?[ \t]*)"
            r"(?P<v>(?:19|20)\d{2})(?![\w/.-]|\.\d)",
            0.6,
        ),
    )
    FLAGS = re.IGNORECASE
    CONTEXT = (
        "born",
        "birth",
        "dob",
        "d.o.b",
        "d.o.b.",
        "birthday",
        "birthdate",
        "date of birth",
        "geboren",
        "geburtsdatum",
        "né",
        "née",
        "nato",
        "nata",
        "nacido",
        "geboortedatum",
        "geboren op",
        "geb.",
        "né le",
        "née le",
        "né(e)",
        "né(e) le",
        "date de naissance",
        "fecha de nacimiento",
        "nacida",
        "nac.",
        "nac",
        "data di nascita",
        "nata il",
        "nato il",
        "data de nascimento",
        "nascido",
        "nascida",
        "nascimento",
        "age",
        # first-person and abbreviated forms people type in chats and forms
        "nací",
        "naci",
        "nasci",
        "nasceu",
        "nacimiento",
        "naissance",
        "je suis né",
        "je suis née",
        "sono nato",
        "sono nata",
        "ich bin geboren",
        "ik ben geboren",
        "geb",
        "gebdat",
        "geb.-datum",
        "geburtstag",
        "f. nac.",
        "fec. nac.",
        "date naiss.",
        "data nasc.",
        "birth date",
        "date of birth",
        "dob.",
        "bday",
        "b-day",
        "fødselsdato",
        "fødselsdag",
        "födelsedatum",
        "fødd",
        "syntymäaika",
        "data urodzenia",
        "urodzony",
        "urodzona",
        "datum narození",
        "doğum tarihi",
        "född",
        "født",
        "syntynyt",
        "narozen",
        "narozena",
        "ur.",
        "nar.",
        "f.",
        "nasc",
        "nasc.",
        "fecha nac",
        "fecha nac.",
        "fecha de nac",
        "születési",
        "született",
        "szül.",
        "doğum",
        "data nașterii",
        "născut",
        "născută",
        "γέννησης",
        "γεννήθηκα",
        "γεννήθηκε",
        "γεννημένος",
        "γεννημένη",
        "роден",
        "родена",
        "родился",
        "родилась",
        "народився",
        "народилася",
        "rođen",
        "rođena",
        "rojen",
        "rojena",
        "narodený",
        "narodená",
        "synt",
        "synt.",
        "syntyi",
        "sündinud",
        "gimęs",
        "gimusi",
        "dzimis",
        "dzimusi",
        "anniversaire",
        "date de fête",
        "cumpleaños",
        "aniversário",
        "compleanno",
        "verjaardag",
        # scripts beyond Latin, and the abbreviations notes use
        "生年月日",
        "出生日期",
        "出生年月日",
        "생년월일",
        "생일",
        "ngày sinh",
        "sinh ngày",
        "d.t.",
        "tarihi",
        "تاريخ الميلاد",
        "الميلاد",
        "дата рождения",
        "дата народження",
        "д.р.",
        "ημερομηνία γέννησης",
        "जन्म तिथि",
        "जन्मतिथि",
        "জন্ম তারিখ",
        "วันเกิด",
        "tgl lahir",
        "tanggal lahir",
        "tarikh lahir",
        "lahir",
        "kelahiran",
        "ipinanganak",
        "kuzaliwa",
    )

    def find(self, text: str, index: int, matches: Matches = None) -> Iterator[tuple[int, int, float]]:
        for start, end, score in super().find(text, index, matches):
            if self.PATTERNS[index].name not in _AFTER_BIRTH_WORD or _BIRTH_WORD_BEFORE.search(
                text, max(0, start - 24), start
            ):
                yield start, end, self._far_cue_score(text, start, end, score)

    @staticmethod
    def _far_cue_score(text: str, start: int, end: int, score: float) -> float:
        """A family's list under one request ("names, SSNs and birthdates: Ava 04/30/2016 and Noah
        12/1/2018"), or a date in brackets after a name: a full date at least two years back."""
        if score >= FAR_CUE_SCORE:
            return score
        after_name = _NAME_THEN_BRACKET.search(text, max(0, start - 60), start) and re.match(r"[ \t]?\)", text[end:])
        if not after_name and not _BIRTH_WORD_ANYWHERE.search(text, max(0, start - 300), start):
            return score
        date = parse_date(text[start:end])
        old_enough = date is not None and date.year <= datetime.date.today().year - 2
        return FAR_CUE_SCORE if old_enough and re.search(r"\d{4}", text[start:end]) else score

    def validate_result(self, pattern_text: str) -> bool:
        if len(pattern_text) == 4 and pattern_text.isdigit():  # a birth year alone (birth_year)
            return 1900 <= int(pattern_text) <= datetime.date.today().year
        date = parse_date(pattern_text)
        return date is not None and date <= datetime.date.today()


_NUMBER_WORD = (
    r"(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|"
    r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|"
    r"fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|\d{1,2}(?:st|nd|rd|th))"
)
_SPOKEN_TOKEN = rf"(?:{_NUMBER_WORD}(?:-{_NUMBER_WORD})?|{'|'.join(_MONTHS)})"
_NUMBER_TOKEN = re.compile(_NUMBER_WORD, re.IGNORECASE)


class SpokenDateOfBirthRecognizer(Recognizer):
    """A date of birth said aloud in a call transcript, right after its cue: "date of birth ten
    twelve fifty-three", "born on the third of may nineteen eighty seven". Words carry no
    calendar check, so only after a birth word; a month and two numbers, or three numbers."""

    ENTITY = "DATE_OF_BIRTH"
    NAME = "spoken_date_of_birth"
    PATTERNS = (
        Pattern(
            "spoken_date_of_birth",
            r"(?i:\b(?:date of birth|d\.?o\.?b\.?|birth ?date|birthday|born(?: on)?)\b(?: is| was|:)?[ ,]+(?:the )?)"
            rf"(?P<v>{_SPOKEN_TOKEN}(?:(?:[ ,]+|[ ,]*(?:the|of|and)[ ]+){_SPOKEN_TOKEN}){{2,8}})\b",
            0.85,
        ),
        # A read-back or an interpreter's words a little after the birth word: "date of birth?\n
        # INTERPRETER: el tres de enero del sesenta y cuatro, January third sixty-four".
        Pattern(
            "spoken_date_after_birth_word",
            rf"(?i:(?<![\w-])(?P<v>{_SPOKEN_TOKEN}(?:(?:[ ,]+|[ ,]*(?:the|of|and)[ ]+){_SPOKEN_TOKEN}){{2,8}})\b)",
            0.6,
        ),
    )
    FLAGS = re.IGNORECASE

    def find(self, text: str, index: int, matches: Matches = None) -> Iterator[tuple[int, int, float]]:
        for start, end, score in super().find(text, index, matches):
            if index == 0:
                yield start, end, score
            # Away from its cue, a date names its month ("May fifth seventy"); "one forty nine" is a price.
            elif _BIRTH_NEAR.search(text, max(0, start - 160), start) and _MONTH_WORD.search(text, start, end):
                yield start, end, score

    def validate_result(self, pattern_text: str) -> bool:
        words = re.findall(r"[a-z0-9]+", pattern_text.lower())
        numbers = sum(1 for w in words if _NUMBER_TOKEN.fullmatch(w))
        month = any(w in _MONTHS for w in words)
        return numbers >= 3 or (month and numbers >= 2)
