"""Every shipped policy against its seeded cases, through the real detector and protection.

`test_policy_cases_pass` is `veilstream policy test`; `test_guardrail` is the CI
guardrail: no seeded value reaches the AI-bound topic unless its case allows
it. The weakened copies show that the guardrail catches a policy edit that
lets an entity through: by its action, by its threshold, or by its block.
"""

import pytest

from pipeline.policy import load_policy
from pipeline.policy.cases import Outcome, cases_path, load_cases
from pipeline.policy.model import Action
from pipeline.policytest import check, detector_for, leaks, observe, throwaway_keys
from pipeline.settings import REPO_ROOT

POLICIES = sorted(
    p for p in (REPO_ROOT / "topologies" / "policies").glob("*.yaml") if not p.name.endswith(".cases.yaml")
)
SHIPPED = {"default", "gdpr_eu", "hipaa_us", "pci_dss"}


@pytest.fixture(scope="module")
def keys():
    with throwaway_keys() as service:
        yield service


@pytest.fixture(scope="module")
def loaded():
    """policy id -> (policy, cases, detector): spaCy loads once per policy."""
    out = {}
    for path in POLICIES:
        policy = load_policy(path)
        out[policy.id] = (policy, load_cases(cases_path(path)).cases, detector_for(policy))
    return out


def test_the_four_policies_ship_with_cases():
    assert SHIPPED <= {p.stem for p in POLICIES}
    for path in POLICIES:
        assert cases_path(path).is_file(), f"{path.name} has no seeded cases"
        assert load_cases(cases_path(path)).policy == path.stem


@pytest.mark.parametrize("policy_id", sorted(SHIPPED))
def test_policy_cases_pass(loaded, keys, policy_id):
    policy, cases, detector = loaded[policy_id]
    failures = {r.case.name: r.problems for r in check(policy, cases, detector, keys) if not r.passed}
    assert failures == {}


@pytest.mark.parametrize("policy_id", sorted(SHIPPED))
def test_guardrail(loaded, keys, policy_id):
    policy, cases, detector = loaded[policy_id]
    found = [
        line
        for case, seen in zip(cases, observe(policy, cases, detector, keys), strict=True)
        for line in leaks(case, seen)
    ]
    assert found == []


@pytest.mark.parametrize("policy_id", sorted(SHIPPED))
def test_cases_cover_every_protected_entity_and_a_quarantine(loaded, policy_id):
    # A guardrail is only as good as its seeded texts: each entity the policy
    # keeps from the AI is seeded at least once, and so is a blocked record.
    policy, cases, _ = loaded[policy_id]
    seeded = {t for c in cases for t, _ in c.seeded()}
    protected = {e for e, rule in policy.entities.items() if rule.ai is not Action.KEEP}
    uncovered = protected - seeded - {"URL_CREDENTIALS"}  # passwords in URLs are seeded as SECRET
    assert uncovered == set()
    assert any(c.ai.outcome is Outcome.QUARANTINED and c.findings for c in cases)
    assert any(c.injection.value == "blocked" for c in cases)


def weaken(policy, entity, **changes):
    rules = dict(policy.entities)
    rules[entity] = rules[entity].model_copy(update=changes)
    return policy.model_copy(update={"entities": rules})


@pytest.mark.parametrize("policy_id", sorted(SHIPPED))
def test_keeping_any_seeded_entity_for_the_ai_is_caught(loaded, keys, policy_id):
    policy, cases, detector = loaded[policy_id]
    for entity in sorted({t for c in cases for t, _ in c.seeded()} - {"SECRET"}):
        weak = weaken(policy, entity, ai=Action.KEEP)
        found = [
            line
            for case, seen in zip(cases, observe(weak, cases, detector, keys), strict=True)
            for line in leaks(case, seen)
        ]
        assert any(f" {entity} " in line for line in found), f"{policy_id}: ai: keep for {entity} went unnoticed"


@pytest.mark.parametrize(
    "weakening, needle",
    [
        ({"entity": "PERSON", "ai": Action.KEEP}, "PERSON 'Maria Gonzalez' reaches the AI-bound topic"),
        ({"entity": "SECRET", "ai": Action.TOKENIZE, "store": Action.ENCRYPT}, "must be quarantined, but reaches"),
        ({"entity": "PERSON", "threshold": 0.95}, "PERSON 'Maria Gonzalez' reaches the AI-bound topic"),
    ],
)
def test_weakened_default_is_caught(loaded, keys, weakening, needle):
    policy, cases, _ = loaded["default"]
    weakening = dict(weakening)
    weak = weaken(policy, weakening.pop("entity"), **weakening)
    detector = detector_for(weak) if "threshold" in weakening else loaded["default"][2]
    found = [
        line
        for case, seen in zip(cases, observe(weak, cases, detector, keys), strict=True)
        for line in leaks(case, seen)
    ]
    assert any(needle in line for line in found), found
    assert any(not r.passed for r in check(weak, cases, detector, keys))
