r"""Single-pass multi-pattern prefilter (Hyperscan).

Every regex of every recognizer (and every injection rule) is compiled into
one Hyperscan database in prefilter mode: Hyperscan may report a pattern that
the exact regex then rejects, but never misses one that the exact regex would
match. Patterns are compiled with re.ASCII on the Python side so that \w, \d
and \b mean the same thing in both engines (Unicode classes make Hyperscan's
compile hundreds of times slower). So a text is scanned once, and only the regexes reported here run, on
only that text. Most texts match few patterns, most patterns match no text.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence
from typing import Any

import hyperscan

_BASE_FLAGS = (
    hyperscan.HS_FLAG_PREFILTER  # approximate what Hyperscan cannot do (lookarounds, backrefs)
    | hyperscan.HS_FLAG_SINGLEMATCH  # we only need "can this pattern match here?"
    | hyperscan.HS_FLAG_UTF8
    | hyperscan.HS_FLAG_ALLOWEMPTY
)


# \b or \B not escaped themselves (an even number of backslashes before).
_WORD_BOUNDARY = re.compile(r"(?<!\\)((?:\\\\)*)\\[bB]")


def relax(expression: str) -> str:
    """The expression without word-boundary assertions.

    Dropping a zero-width assertion can only add matches, so the prefilter
    stays a superset. It is needed: Hyperscan 5 misses some matches of a
    pattern starting with \\b when compiled with UTF8 and CASELESS together
    (tests/unit/detect/test_prefilter.py pins the case).
    """
    return _WORD_BOUNDARY.sub(r"\1", expression)


class Prefilter:
    """Scan a text once; return the ids of the patterns that may match it.

    Holds one Hyperscan scratch space: use an instance from one thread at a
    time (each worker process builds its own).
    """

    def __init__(self, patterns: Sequence[re.Pattern[str]]) -> None:
        if not patterns:
            raise ValueError("a prefilter needs at least one pattern")
        expressions, flags = [], []
        for pattern in patterns:
            if not pattern.flags & re.ASCII:
                raise ValueError(f"prefilter patterns must be compiled with re.ASCII: {pattern.pattern[:40]!r}")
            expressions.append(relax(pattern.pattern).encode("utf-8"))
            flag = _BASE_FLAGS
            if pattern.flags & re.IGNORECASE:
                flag |= hyperscan.HS_FLAG_CASELESS
            if pattern.flags & re.DOTALL:
                flag |= hyperscan.HS_FLAG_DOTALL
            if pattern.flags & re.MULTILINE:
                flag |= hyperscan.HS_FLAG_MULTILINE
            flags.append(flag)
        self._db = _compiled(tuple(expressions), tuple(flags))
        self._scratch = hyperscan.Scratch(self._db)

    def scan(self, text: str) -> list[int]:
        """Ids of the patterns that may match `text`, in ascending order."""
        hits: list[int] = []
        # Lone surrogates cannot be encoded; replacing them only loses matches
        # that would run through those characters.
        data = text.encode("utf-8", "replace")
        self._db.scan(data, match_event_handler=_collect, context=hits, scratch=self._scratch)
        hits.sort()
        return hits


@functools.lru_cache(maxsize=8)
def _compiled(expressions: tuple[bytes, ...], flags: tuple[int, ...]) -> Any:
    """One compiled database per pattern set and process: compiling takes seconds, and
    every policy shares the recognizers and injection rules (a database is read-only
    once compiled; each Prefilter has its own scratch space)."""
    db = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
    try:
        db.compile(
            expressions=list(expressions),
            ids=list(range(len(expressions))),
            elements=len(expressions),
            flags=list(flags),
        )
    except hyperscan.error as exc:
        # Hyperscan names the pattern by index; so do we (write non-ASCII
        # characters literally: Hyperscan does not read \uXXXX escapes).
        raise ValueError(f"a pattern cannot be compiled for the prefilter: {exc}") from exc
    return db


def _collect(pattern_id: int, start: int, end: int, flags: int, hits: Any) -> None:  # hits: the list[int] context
    hits.append(pattern_id)
