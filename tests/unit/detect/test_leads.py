"""leads.py: a regex run only where its first words stand finds what `finditer` finds."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from pipeline.detect.engine import Detector
from pipeline.detect.leads import LeadIndex, leads
from pipeline.detect.recognizers import location, ner
from pipeline.policy.model import load_policy
from tests.unit.detect.util import NO_NER

DEFAULT = Path(__file__).parents[3] / "topologies" / "policies" / "default.yaml"


def _spans_both_ways(pattern: re.Pattern[str], text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    starts = LeadIndex([pattern]).scan(text)
    return [m.span() for m in starts.finditer(0)], [m.span() for m in pattern.finditer(text)]


def test_leads_of_an_alternation_are_its_words_lowercased() -> None:
    assert leads(re.compile(r"(?i)\b(?:Hi|hello)\b")) == {"hi", "hello"}


def test_whitespace_that_opens_a_match_is_not_a_lead() -> None:
    assert leads(re.compile(r"(?m)(?:^|(?<=\.)[ \t]+)[ \t]*(?:dear|hi)")) == {"dear", "hi"}


def test_a_regex_that_may_start_with_any_letter_has_no_leads() -> None:
    assert leads(re.compile(r"[A-Z]\w+")) is None
    assert leads(re.compile(r"(?:dear)?\s*\w+")) is None


def test_leads_are_cut_at_eight_characters() -> None:
    assert leads(re.compile(r"transferencia a")) == {"transfer"}


def test_a_small_character_class_gives_one_lead_per_character() -> None:
    assert leads(re.compile(r"[Pp]id\|")) == {"pid|"}
    assert leads(re.compile(r"[,;] ")) == {", ", "; "}


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        (r"(?i)\b(?:hi|hello)\b[ ,]*", "Hi Ann, hello Bob; this is hi-fi, HELLO!"),
        # Two leads end together ("xab" and "ab"): both starts count.
        (r"xab(?=q)|ab", "xab zab xabq"),
        # Whitespace before a lead: the match starts at the run, and only where the lookbehind allows.
        (r"(?:^|(?<=\n)|(?<=[.!?])[ \t]+)[ \t]*(?:dear|hi)", "ok.  \t dear x\n   hi y. hi z\tdear"),
        (r"(?<![\w.-])(?:dr|mr)\.?[ ]+(?=[A-Z])", "Dr. Who and mr Smith, not adr. X or mr.x"),
        # Overlapping matches: finditer goes on after the end of each.
        (r"(?i)abab|ba", "abababab baba"),
    ],
)
def test_finds_what_finditer_finds(pattern: str, text: str) -> None:
    got, want = _spans_both_ways(re.compile(pattern), text)
    assert want, "the case should have matches"
    assert got == want


def test_outside_ascii_a_lead_only_says_whether_to_run_finditer() -> None:
    pattern = re.compile(r"(?i)\b(?:grüße|hi)[ ]+\w+")
    got, want = _spans_both_ways(pattern, "Viele Grüße Jürgen, hi André")
    assert got == want == [(6, 18), (20, 28)]
    assert _spans_both_ways(pattern, "Grüezi Jürgen") == ([], [])


def test_letters_that_case_folding_makes_ascii_are_found() -> None:
    # "\u212a" (the Kelvin sign) is "k" to a case-insensitive regex.
    pattern = re.compile(r"(?i)\bkind regards\b")
    got, want = _spans_both_ways(pattern, "\u212aind regards, Ann")
    assert got == want == [(0, 12)]


def test_a_dotted_capital_i_in_a_regex_is_found_in_any_case() -> None:
    pattern = re.compile(r"\bİstanbul\b", re.IGNORECASE)
    for text in ("lives in İstanbul now", "lives in istanbul now"):
        got, want = _spans_both_ways(pattern, text)
        assert got == want == [(9, 17)]


def test_a_regex_without_leads_runs_everywhere() -> None:
    index = LeadIndex([re.compile(r"[A-Z]\w+"), re.compile(r"\bdear\b")])
    starts = index.scan("Dear Ann")
    assert index.indexed == {1}
    assert [m.group() for m in starts.finditer(0)] == ["Dear", "Ann"]
    assert list(starts.finditer(1)) == []


def _random_text(rng: random.Random, words: list[str]) -> str:
    separators = [" ", "  ", "\n", ", ", ". ", "\t", ":", " - ", "\n\n", "; "]
    return "".join(rng.choice(words) + rng.choice(separators) for _ in range(rng.randint(3, 25)))


def test_the_cue_regexes_find_what_finditer_finds_in_mixed_text() -> None:
    rng = random.Random(7)
    words = (
        "Hi hello Dear dear thanks Thanks Regards regards Best best kind Kind Name: name patient Pt pt "
        "Mr mr Mrs Dr. dr Sra. Herr Frau my is I'm im Ana ANA Ana-María O'Neil van der Berg de la "
        "mom Mum son with from by to from: Von: cc: ask for called Payment to TRANSFER FROM KARTHIK S "
        "nome: Cognome ROSSI 42 2024-01-01 a.b@c.de x y Z lives in city: Lyon town"
    ).split()
    patterns = [*ner._CUES, location._RESIDENCE_SCAN]
    index = LeadIndex(patterns)
    assert index.indexed == set(range(len(patterns))), "every cue regex should have leads"
    for _ in range(400):
        text = _random_text(rng, words)
        starts = index.scan(text)
        for i, pattern in enumerate(patterns):
            assert [m.span() for m in starts.finditer(i)] == [m.span() for m in pattern.finditer(text)], (
                pattern.pattern[:60],
                text,
            )


def test_the_engine_runs_its_indexed_patterns_exactly_where_finditer_would() -> None:
    # Texts made of the patterns' own leads, values and separators: every lead stands somewhere.
    detector = Detector.for_policy(load_policy(DEFAULT).model_copy(update={"ner": NO_NER}))
    index = detector._leads
    assert len(index.indexed) > 50
    rng = random.Random(11)
    vocabulary = sorted({lead for i in index.indexed for lead in leads(index.patterns[i]) or ()})
    values = "12345 4111-1111-1111-1111 A-12345 DE89370400440532013000 (555) 123-4567 x Ana O'Neil ###".split()
    for _ in range(150):
        words = rng.sample(vocabulary, 12) + rng.sample(values, 4)
        rng.shuffle(words)
        text = _random_text(rng, [w.capitalize() if rng.random() < 0.3 else w for w in words])
        starts = index.scan(text)
        for i in index.indexed:
            pattern = index.patterns[i]
            assert [m.span() for m in starts.finditer(i)] == [m.span() for m in pattern.finditer(text)], (
                pattern.pattern[:60],
                text,
            )
