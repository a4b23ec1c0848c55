"""Run a cue regex only where one of its first words stands.

Python's `re` tries a long case-insensitive alternation ("hi|hello|dear|...")
at every position of a text. Most of those regexes must begin with one of a
few hundred literal strings (their "leads"), so one Hyperscan pass over the
lowercased text finds every place a match can start, and `Pattern.match`
runs there alone. The result is exactly `Pattern.finditer`'s: the leftmost
match is the first lead position where the regex matches, and the next search
starts where that match ended.

Leads are worked out from the regex's parse tree (`re._parser`, the module
`re` itself compiles from). Zero-width assertions at the start are kept by
the regex and skipped by the analysis; so is whitespace that may open a
match (`^[ \\t]*(?:hi|...)`): the scan then also tries the positions of the
whitespace run right before a lead. A regex with no literal lead (one that
may start with any letter) is not indexed: it runs as `finditer`.

Offsets are exact for ASCII texts only (Hyperscan reports bytes, and
`str.lower` keeps the length of ASCII text alone); in other texts a lead only
says that the regex may match, and `finditer` runs over the whole text.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Iterator, Sequence
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

import hyperscan

# Lead strings are cut at this length: long enough to be rare in text.
LEAD_LENGTH = 8
# A regex whose leads would be more than this many strings is not indexed.
MAX_LEADS = 4000
# A character class of more characters than this is not a lead.
MAX_CLASS = 6
WHITESPACE = frozenset(" \t\n\r\f\v")
# Characters that Unicode case-insensitive matching equates with others ("ſ" is "s",
# a final "ς" is "σ"): a lead holds the one letter, and the text is folded alike.
_ASCII_FOLD = {"ı": "i", "İ": "i", "ſ": "s", "\u212a": "k", "ς": "σ", "µ": "μ"}
# The text is folded alike: "İ" before lowercasing (whose "i̇" is two characters), the rest after.
_BEFORE_LOWER = str.maketrans({"İ": "i"})
_TEXT_FOLD = str.maketrans({"ſ": "s", "\u212a": "k", "ı": "i", "ς": "σ", "µ": "μ"})

_State = tuple[str, bool]  # (lead so far, whether the regex may still extend it)


class _TooMany(Exception):
    pass


def _char(code: int) -> str:
    c = chr(code).translate(_BEFORE_LOWER).lower()  # as the text is folded
    return _ASCII_FOLD.get(c, c)


def _class_chars(items: Any) -> set[str] | None:
    """The characters of a [class] made of literals and short ranges, or None."""
    out: set[str] = set()
    for op, av in items:
        if op is sre.LITERAL:
            out.add(_char(av))
        elif op is sre.RANGE and av[1] - av[0] <= MAX_CLASS:
            out.update(_char(c) for c in range(av[0], av[1] + 1))
        else:
            return None
    return out


def _is_whitespace_run(op: Any, av: Any) -> bool:
    """A repeat of whitespace characters alone (`[ \\t]*`, `\\n+`)."""
    if op not in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        return False
    body = list(av[2])
    if len(body) != 1:
        return False
    inner_op, inner_av = body[0]
    if inner_op is sre.LITERAL:
        return chr(inner_av) in WHITESPACE
    if inner_op is sre.IN:
        chars = _class_chars(inner_av)
        return chars is not None and chars <= WHITESPACE
    return False


def _item(op: Any, av: Any, at_start: bool) -> set[_State]:
    if op is sre.LITERAL:
        return {(_char(av), True)}
    if op is sre.IN:
        chars = _class_chars(av)
        if chars is None or len(chars) > MAX_CLASS:
            return {("", False)}
        return {(c, True) for c in chars}
    if op is sre.SUBPATTERN:
        return _sequence(av[3], at_start)
    if op is sre.ATOMIC_GROUP:
        return _sequence(av, at_start)
    if op is sre.BRANCH:
        out: set[_State] = set()
        for branch in av[1]:
            out |= _sequence(branch, at_start)
        return out
    if at_start and _is_whitespace_run(op, av):
        return {("", True)}  # the scan backs off over whitespace before a lead
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, high, body = av
        inner = _sequence(body, at_start)
        if low == high == 1:
            return inner
        out = {(lead, False) for lead, _ in inner if lead} | {("", more) for lead, more in inner if not lead}
        if low == 0:
            out.add(("", True))
        return out
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return {("", True)}
    return {("", False)}


def _sequence(items: Any, at_start: bool) -> set[_State]:
    states: set[_State] = {("", True)}
    for op, av in items:
        if not any(more and len(lead) < LEAD_LENGTH for lead, more in states):
            break
        start = at_start and all(not lead for lead, _ in states)
        options = _item(op, av, start)
        grown: set[_State] = set()
        for lead, more in states:
            if not more or len(lead) >= LEAD_LENGTH:
                grown.add((lead, False))
                continue
            for tail, tail_more in options:
                joined = lead + tail
                grown.add((joined[:LEAD_LENGTH], tail_more and len(joined) < LEAD_LENGTH))
        if len(grown) > MAX_LEADS:
            raise _TooMany
        states = grown
    return states


def leads(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Lowercased strings one of which every match of `pattern` starts with (after any
    whitespace that opens it), or None when some match may start otherwise."""
    try:
        states = _sequence(sre_parse.parse(pattern.pattern, pattern.flags), True)
    except _TooMany:
        return None
    found = frozenset(lead for lead, _ in states)
    if "" in found:
        return None
    return found


def _literal(lead: str) -> bytes:
    return "".join(f"\\x{ord(c):02x}" if c.isascii() else c for c in lead).encode("utf-8")


class LeadIndex:
    """Finds where regexes can start, in one Hyperscan pass; then `finditer` runs them there.

    Holds one Hyperscan scratch space: use an instance from one thread at a time.
    """

    def __init__(self, patterns: Sequence[re.Pattern[str]], min_lead: int = 1) -> None:
        """`min_lead`: a regex with a shorter lead is not indexed (a one-letter lead would
        report most positions of a text, each a call into Python)."""
        self.patterns = tuple(patterns)
        expressions: list[bytes] = []
        # Each lead is its own Hyperscan pattern: per pattern and end offset, Hyperscan
        # reports one start only (". " and " " end together), and every start counts.
        self._owner: list[int] = []  # lead id -> regex index
        indexed: set[int] = set()
        for i, pattern in enumerate(self.patterns):
            found = leads(pattern)
            if found is None or min(map(len, found)) < min_lead:
                continue
            indexed.add(i)
            for lead in sorted(found):
                expressions.append(_literal(lead))
                self._owner.append(i)
        self.indexed = frozenset(indexed)
        self._db: Any = None
        if expressions:
            self._db = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
            self._db.compile(
                expressions=expressions,
                ids=list(range(len(expressions))),
                elements=len(expressions),
                flags=[hyperscan.HS_FLAG_SOM_LEFTMOST | hyperscan.HS_FLAG_UTF8] * len(expressions),
            )
            self._scratch = hyperscan.Scratch(self._db)

    def scan(self, text: str) -> Starts:
        """Where each indexed regex can start in `text`."""
        starts: dict[int, set[int]] = {}
        if self._db is not None:
            data = text.translate(_BEFORE_LOWER).lower().translate(_TEXT_FOLD).encode("utf-8", "replace")
            context = (self._owner, starts)
            self._db.scan(data, match_event_handler=_collect, context=context, scratch=self._scratch)
        return Starts(self, text, starts, exact=text.isascii())


class LeadIndexPerThread:
    """A `LeadIndex` of module-level regexes, built in each thread on its first scan (a Hyperscan
    scratch space serves one thread; the regexes may be built lazily too)."""

    def __init__(self, patterns: Callable[[], Sequence[re.Pattern[str]]], min_lead: int = 1) -> None:
        self._patterns = patterns
        self._min_lead = min_lead
        self._local = threading.local()

    def scan(self, text: str) -> Starts:
        index: LeadIndex | None = getattr(self._local, "index", None)
        if index is None:
            index = self._local.index = LeadIndex(self._patterns(), self._min_lead)
        return index.scan(text)


def _collect(lead_id: int, start: int, end: int, flags: int, context: Any) -> None:
    owner, starts = context
    starts.setdefault(owner[lead_id], set()).add(start)


class Starts:
    """One text's lead positions; `finditer(i)` is `patterns[i].finditer(text)`."""

    def __init__(self, index: LeadIndex, text: str, starts: dict[int, set[int]], exact: bool) -> None:
        self._index = index
        self._text = text
        self._starts = starts
        self._exact = exact

    def may_match(self, i: int) -> bool:
        return i not in self._index.indexed or i in self._starts

    def finditer(self, i: int) -> Iterator[re.Match[str]]:
        pattern, text = self._index.patterns[i], self._text
        if i not in self._index.indexed or not self._exact:
            if self.may_match(i):
                yield from pattern.finditer(text)
            return
        done = 0
        for position in _with_whitespace_before(text, self._starts.get(i, ())):
            if position < done:
                continue
            match = pattern.match(text, position)
            if match is not None:
                yield match
                done = max(match.end(), position + 1)


def _with_whitespace_before(text: str, starts: Any) -> list[int]:
    """The lead positions and those of the whitespace run right before each, in order."""
    out: set[int] = set()
    for start in starts:
        out.add(start)
        while start > 0 and text[start - 1] in WHITESPACE:
            start -= 1
            out.add(start)
    return sorted(out)
