"""The shape every recognizer has.

A recognizer is a presidio-analyzer `PatternRecognizer` declared with class
constants: the entity it finds, its name, its `PATTERNS` (a named group `v`,
when present, is the reported span), the `CONTEXT` words that raise a weak
match, and a `validate_result` hook for checksums. The engine does not call
Presidio's `analyze`: it compiles the patterns once, lets the prefilter
decide which ones run on which text, and calls `find`, which knows the `v`
group and which some recognizers override (IBAN length walk, phone numbers).
Presidio's own `analyze` knows neither, so these are not meant to be
registered in a vanilla Presidio `AnalyzerEngine`.

Class names must differ from Presidio's own recognizers: Presidio's registry
loader finds recognizer classes by name among all subclasses, so a
`CreditCardRecognizer` here would replace Presidio's in any AnalyzerEngine
built in the same process (a test guards this).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from typing import ClassVar

from presidio_analyzer import Pattern, PatternRecognizer

# A pattern's matches in the text when the engine has found them already (leads.py), in
# `finditer` order; None: the recognizer runs its own regex.
Matches = Iterable[re.Match[str]] | None

# Score added when a context word is near a match (Presidio uses the same
# value), and the floor a weak match with context is raised to.
CONTEXT_BOOST = 0.35


class Recognizer(PatternRecognizer):
    ENTITY: ClassVar[str]
    NAME: ClassVar[str]
    PATTERNS: ClassVar[tuple[Pattern, ...]]
    CONTEXT: ClassVar[tuple[str, ...]] = ()
    FLAGS: ClassVar[int] = 0  # re flags for every pattern (re.IGNORECASE, ...); re.ASCII is always added
    # What the prefilter looks for instead of a pattern (by name), where the pattern's own regex
    # would take Hyperscan long to compile (bounded repeats of long alternations): a regex that
    # matches wherever the pattern can.
    GATES: ClassVar[dict[str, str]] = {}

    def __init__(self) -> None:
        super().__init__(
            supported_entity=self.ENTITY,
            name=self.NAME,
            patterns=list(self.PATTERNS),
            context=list(self.CONTEXT),
            global_regex_flags=self.FLAGS,
        )
        self.compiled: tuple[re.Pattern[str], ...] = tuple(
            re.compile(p.regex, self.FLAGS | re.ASCII) for p in self.PATTERNS
        )
        self.gates: tuple[re.Pattern[str], ...] = tuple(
            re.compile(self.GATES[p.name], self.FLAGS | re.ASCII) if p.name in self.GATES else regex
            for p, regex in zip(self.PATTERNS, self.compiled, strict=True)
        )

    def find(self, text: str, index: int, matches: Matches = None) -> Iterator[tuple[int, int, float]]:
        """(start, end, score) of the valid matches of pattern `index` in text."""
        regex, pattern = self.compiled[index], self.PATTERNS[index]
        for match in regex.finditer(text) if matches is None else matches:
            group = "v" if "v" in regex.groupindex else 0
            start, end = match.span(group)
            if start == end:
                continue
            if self.validate_result(text[start:end]) is False:
                continue
            yield start, end, pattern.score

    def validate_result(self, pattern_text: str) -> bool | None:
        """False drops the match (bad checksum); None means 'no rule to check'."""
        return None


def digits(value: str) -> str:
    return "".join(c for c in value if "0" <= c <= "9")


class ChecksumRecognizer(Recognizer):
    """One pattern per number family, each kept only when its python-stdnum validator accepts it."""

    VALIDATORS: ClassVar[tuple[Callable[[str], bool], ...]]  # one per pattern, in PATTERNS order

    def find(self, text: str, index: int, matches: Matches = None) -> Iterator[tuple[int, int, float]]:
        regex, validate = self.compiled[index], self.VALIDATORS[index]
        for match in regex.finditer(text) if matches is None else matches:
            if _valid(match.group(), validate):
                yield match.start(), match.end(), self.PATTERNS[index].score


def _valid(value: str, validate: Callable[[str], bool]) -> bool:
    try:
        return bool(validate(value))
    except Exception:  # noqa: BLE001 - a validator's own error means "not this family"
        return False
