"""Detection is linear in the input: hostile texts cost no more than ordinary ones of the same size.

A ratio against ordinary text measured in the same test, not an absolute
time, so a busy machine does not make it flaky (issue 12, item 7: 64 KB of
"1 " took 22 s in the phone candidate search).
"""

import time

import pytest

from pipeline.detect.engine import Detector
from pipeline.policy.model import NerRule, Policy

SIZE = 16 * 1024
ORDINARY = (
    "Hi team, order 48213 arrived damaged on 2024-03-02; please call me at (415) 555-0132 or mail "
    "jane.roe@example.org. Card 4242 4242 4242 4242 was charged twice, ticket T-88213, version 2.4.1. "
)
HOSTILE = {
    "digit and space": "1 ",
    "digit and dash": "1-",
    "digit and dot": "1.",
    "digits": "1",
    "plus digit": "+1 ",
    "parenthesised digits": "(1) ",
    "at signs": "a@",
    "dotted labels": "a.",
    "colons": "a:b:",
    "hex": "ab12",
    "base64": "Ab1/",
    "spaced letters": "a ",
    "zero-width": "1\u200b",
    "fullwidth digits": "１ ",
    "cue words": "passport ",
    "iban-like": "DE89 ",
}
# Hostile input may cost this much more than ordinary text of the same size.
MAX_RATIO = 8.0


@pytest.fixture(scope="module")
def detector():
    return Detector.for_policy(Policy(id="linear", ner=NerRule(enabled=False, reason="patterns only")))


def _cpu(detector, text: str) -> float:
    best = float("inf")
    for _ in range(2):
        start = time.process_time()
        detector.detect(text)
        best = min(best, time.process_time() - start)
    return best


@pytest.fixture(scope="module")
def ordinary_cost(detector):
    return _cpu(detector, (ORDINARY * (SIZE // len(ORDINARY) + 1))[:SIZE])


CASES = [pytest.param(unit, id=name) for name, unit in HOSTILE.items()]


@pytest.mark.parametrize("unit", CASES)
def test_hostile_input_costs_about_what_ordinary_text_costs(detector, ordinary_cost, unit):
    hostile = (unit * (SIZE // len(unit) + 1))[:SIZE]
    ratio = _cpu(detector, hostile) / max(ordinary_cost, 1e-3)
    assert ratio < MAX_RATIO, f"{ratio:.1f}x ordinary text"
