"""differences() and leaks(): the verdicts, from plain observed values."""

import pytest

from pipeline.policy.cases import Case, Injection, Outcome
from pipeline.policy.model import Policy
from pipeline.policytest import Observed, Seen, differences, leaks, rule_changes

TEXT = "Hi, Maria Gonzalez here, maria.g@example.org"
CASE = Case.model_validate(
    {
        "name": "c",
        "text": TEXT,
        "ai": "protected",
        "store": "protected",
        "findings": {"PERSON": ["Maria Gonzalez"], "EMAIL_ADDRESS": ["maria.g@example.org"]},
    }
)
FOUND = (("EMAIL_ADDRESS", "maria.g@example.org"), ("PERSON", "Maria Gonzalez"))
SAFE = "Hi, <PERSON_1> here, <EMAIL_ADDRESS_1>"


def seen(
    findings=FOUND, ai=(Outcome.PROTECTED, (), SAFE), store=(Outcome.PROTECTED, (), SAFE), injection=Injection.NONE
):
    return Observed(findings, Seen(*ai), Seen(*store), injection)


@pytest.mark.parametrize(
    "observed, expected",
    [
        (seen(), []),
        (seen(findings=FOUND[:1]), ["missed PERSON 'Maria Gonzalez'"]),
        (seen(findings=FOUND + (("LOCATION", "Hi"),)), ["unexpected LOCATION 'Hi'"]),
        (seen(findings=FOUND + FOUND[1:]), ["unexpected PERSON 'Maria Gonzalez'"]),
        (seen(ai=(Outcome.PROTECTED, ("PERSON",), TEXT)), ["ai: in clear expected [], got ['PERSON']"]),
        (
            seen(ai=(Outcome.QUARANTINED, (), ""), store=(Outcome.QUARANTINED, (), SAFE)),
            ["ai: expected protected, got quarantined", "store: expected protected, got quarantined"],
        ),
        (seen(injection=Injection.FLAGGED), ["injection: expected none, got flagged"]),
    ],
)
def test_differences(observed, expected):
    assert differences(CASE, observed) == expected


QUARANTINE_CASE = CASE.model_copy(
    update={
        "ai": CASE.ai.model_copy(update={"outcome": Outcome.QUARANTINED}),
        "store": CASE.store.model_copy(update={"outcome": Outcome.QUARANTINED}),
    }
)
KEEPS_PERSON = CASE.model_copy(update={"ai": CASE.ai.model_copy(update={"clear": ("PERSON",)})})
LEAKY = "Hi, Maria Gonzalez here, <EMAIL_ADDRESS_1>"


@pytest.mark.parametrize(
    "case, observed, expected",
    [
        (CASE, seen(), []),
        (
            CASE,
            seen(ai=(Outcome.PROTECTED, ("PERSON",), LEAKY)),
            ["'c': PERSON 'Maria Gonzalez' reaches the AI-bound topic in clear"],
        ),
        # a missed finding leaks just the same: the seeded value is what counts
        (
            CASE,
            seen(findings=FOUND[:1], ai=(Outcome.PROTECTED, (), LEAKY)),
            ["'c': PERSON 'Maria Gonzalez' reaches the AI-bound topic in clear"],
        ),
        # the case allows PERSON in clear for the AI
        (KEEPS_PERSON, seen(ai=(Outcome.PROTECTED, ("PERSON",), LEAKY)), []),
        # the storage side is not the guardrail's business
        (CASE, seen(store=(Outcome.PROTECTED, ("PERSON",), TEXT)), []),
        (QUARANTINE_CASE, seen(), ["'c': must be quarantined, but reaches the AI-bound topic"]),
        (QUARANTINE_CASE, seen(ai=(Outcome.QUARANTINED, (), "")), []),
    ],
)
def test_leaks(case, observed, expected):
    assert leaks(case, observed) == expected


def test_rule_changes_name_each_field():
    old = Policy.model_validate({"id": "p", "entities": {"PERSON": {"ai": "tokenize"}}})
    new = Policy.model_validate(
        {"id": "p", "entities": {"PERSON": {"ai": "keep", "threshold": 0.7, "reason": "r"}, "IP_ADDRESS": {}}}
    )
    changes = rule_changes(old, new)
    assert "entities.PERSON.ai: tokenize -> keep" in changes
    assert "entities.PERSON.threshold: 0.5 -> 0.7" in changes
    assert "entities.IP_ADDRESS.ai: (absent) -> tokenize" in changes
    assert rule_changes(old, old) == []
