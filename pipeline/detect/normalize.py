"""A normalized view of a text for matching, with a map back to the original.

Recognizers run on the view; the engine maps every span back, so the
ORIGINAL characters are what protection replaces. The view:
  - NFKC, character by character (fullwidth `＠` and digits, ligatures);
  - format characters (zero-width, soft hyphen, bidi marks, BOM) and
    combining marks dropped;
  - every decimal digit as its ASCII digit (Arabic-Indic, Devanagari, ...);
  - every dash (and bullet) as `-`, every space as ` `, line separators as a newline;
  - Cyrillic and Greek letters that look like Latin ones as those Latin
    letters (a Cyrillic `о` inside an email or an id must not split it);
  - letter-spaced runs closed up: OCR and evasion write "3 0 9  M A I N" and
    "( 9 1 2 )  5 5 5 - 0 1 8 8"; the view reads "309  MAIN" and "(912)  555-0188".

ASCII text with no letter-spaced run is its own view (no copy, no map), so the
common case costs a `str.isascii` call and one regex search. Otherwise only the
non-ASCII characters and the spaces inside spaced runs are looked at.
"""

from __future__ import annotations

import bisect
import functools
import re
import unicodedata
from dataclasses import dataclass

# Letters that render like Latin ones (Unicode confusables, the ones that
# matter in addresses and identifiers).
_CONFUSABLES = str.maketrans(
    dict(
        zip(
            "аАВеЕһҺіІјЈКМНоОрРсСТуУхХѕЅԁԛԝёЁϲ"  # Cyrillic
            "ΑΒΕΖΗΙΚΜΝοΟρΡΤυΥχΧ",  # Greek
            "aABeEhHiIjJKMHoOpPcCTyYxXsSdqweEcABEZHIKMNoOpPTuYxX",
            strict=True,
        )
    )
)
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
# Three or more single characters, each apart from the next by one space; quotes or brackets
# may hold the run ('"m o r e n o dot v at ..."'), and a full stop may end it ("code is 7 2 9 0 4 1.").
_SPACED_RUN = re.compile(r"(?<![^\s\"'(\[“‘«])(?:\S )+\S(?![^\s\"')\]”’»,;:!?.])(?!\.\S)")
_MIN_SPACED = 3
_DROP = frozenset({"Cf", "Mn", "Me"})
# ... and the bullets people type between digit groups when they mask nothing: "318•50•6427"
_DASHES = frozenset("\u2212\u2796\ufe63\uff0d\u2043\u2022\u2219")


_CONFUSABLE_CHARS = frozenset(chr(c) for c in _CONFUSABLES)
_TOKEN = re.compile(r"\S+")


def _among_latin(text: str) -> frozenset[int]:
    """Offsets of the look-alike letters that stand in a word with Latin letters: "jоhn@mail.com"
    with a Cyrillic "о" hides an address; "Олена" is a Ukrainian name and stays as it is."""
    if _CONFUSABLE_CHARS.isdisjoint(text):
        return frozenset()
    return frozenset(
        m.start() + i
        for m in _TOKEN.finditer(text)
        if any(c.isascii() and c.isalpha() for c in m.group())
        for i, c in enumerate(m.group())
        if c in _CONFUSABLE_CHARS
    )


def _marks_a_letter(text: str, i: int) -> bool:
    """The combining mark at `i` belongs to a letter of a script beyond Latin, Greek and Cyrillic,
    where marks spell the word; on a Latin letter a stray mark only hides it."""
    j = i - 1
    while j >= 0 and unicodedata.category(text[j]) in ("Mn", "Mc", "Me"):
        j -= 1
    return j >= 0 and text[j] >= "\u0590" and text[j].isalpha()


@functools.lru_cache(maxsize=4096)
def fold(char: str, homoglyph: bool = True) -> str:
    """What one non-ASCII character becomes in the view ("" when dropped); a look-alike letter
    becomes its Latin twin when `homoglyph`."""
    category = unicodedata.category(char)
    if category in _DROP:
        return ""
    if category == "Zs":
        return " "
    if category in ("Zl", "Zp"):
        return "\n"
    if category == "Pd" or char in _DASHES:
        return "-"
    digit = unicodedata.decimal(char, None)
    if digit is not None:
        return str(digit)
    mapped = char.translate(_CONFUSABLES) if homoglyph else char
    if mapped != char:
        return mapped
    nfkc = unicodedata.normalize("NFKC", char)
    if nfkc != char:
        # A mark that the decomposition leaves is part of its letter ("য়" is "য" and a nukta).
        return "".join(c if c.isascii() or unicodedata.category(c) in _DROP else fold(c, homoglyph) for c in nfkc)
    return char


@dataclass(frozen=True)
class View:
    """`text` is what recognizers see; `span` maps one of its spans back.

    The map is a list of segments: view offset where a segment starts, the
    original offsets it covers, and whether it is a 1:1 copy. A folded
    character is its own segment (it may have become 0, 1 or more characters).
    """

    text: str
    original: str
    _starts: tuple[int, ...] = ()  # view offset of each segment
    _orig: tuple[tuple[int, int, bool], ...] = ()  # (original start, original end, copied 1:1)

    @property
    def identity(self) -> bool:
        return not self._starts

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of view span [start, end) (end > start)."""
        if not self._starts:
            return start, end
        return self._at(start, False), self._at(end - 1, True)

    def _at(self, pos: int, as_end: bool) -> int:
        i = bisect.bisect_right(self._starts, pos) - 1
        o_start, o_end, copied = self._orig[i]
        if copied:
            offset = o_start + pos - self._starts[i]
            return offset + 1 if as_end else offset
        return o_end if as_end else o_start


# A word a scan or a form broke over two lines: "Leip-\nzig", "Lon-\ndon", "Llewe-\nllyn".
_LINE_BROKEN = re.compile(r"(?<=[^\W\d_]{2})-\n(?=[^\W\d_A-Z]{2})")


def _spaced_gaps(text: str) -> list[int]:
    """Offsets of what the view leaves out: the spaces inside letter-spaced runs ("3 0 9" has
    two), and the hyphen and line break inside a word broken over two lines."""
    gaps: list[int] = []
    for m in _SPACED_RUN.finditer(text):
        if (m.end() - m.start() + 1) // 2 >= _MIN_SPACED:
            gaps.extend(range(m.start() + 1, m.end(), 2))
    if "-\n" in text:
        for m in _LINE_BROKEN.finditer(text):
            if text[m.end()].islower():
                gaps.extend((m.start(), m.start() + 1))
    return sorted(gaps)


def normalize(text: str) -> View:
    gaps = _spaced_gaps(text)
    if text.isascii() and not gaps:
        return View(text, text)
    parts: list[str] = []
    starts: list[int] = []
    orig: list[tuple[int, int, bool]] = []
    pos = 0  # view offset
    last = 0  # original offset copied up to

    def copy(a: int, b: int) -> None:
        nonlocal pos
        if b > a:
            starts.append(pos)
            orig.append((a, b, True))
            parts.append(text[a:b])
            pos += b - a

    special = sorted({i for m in _NON_ASCII.finditer(text) for i in range(m.start(), m.end())} | set(gaps))
    dropped = frozenset(gaps)
    among_latin = _among_latin(text)
    for i in special:
        copy(last, i)
        last = i + 1
        if i in dropped:
            continue
        char = text[i]
        if unicodedata.category(char) in ("Mn", "Mc") and _marks_a_letter(text, i):
            copy(i, i + 1)  # a vowel sign or a virama of Devanagari, Bengali, Thai ...: part of the word
            continue
        out = fold(char, i in among_latin)
        if out == char:
            copy(i, i + 1)
            continue
        if out:
            starts.append(pos)
            orig.append((i, i + 1, False))
            parts.append(out)
            pos += len(out)
    copy(last, len(text))
    return View("".join(parts), text, tuple(starts), tuple(orig))
