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
        ({"entity": "PERSON", "threshold": 0.95}, "PERSON 'Daniel Okafor' reaches the AI-bound topic"),
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


# One value of every kind a recognizer finds, in a sentence that says what it is.
EVERY_KIND = {
    "PERSON": ("Thanks, regards from Maria Gonzalez", "Maria Gonzalez"),
    "EMAIL_ADDRESS": ("mail jane.roe@example.org", "jane.roe@example.org"),
    "PHONE_NUMBER": ("call (415) 555-0132", "(415) 555-0132"),
    "CREDIT_CARD": ("card 4242 4242 4242 4242", "4242 4242 4242 4242"),
    "US_SSN": ("ssn 536-22-8726", "536-22-8726"),
    "IBAN_CODE": ("IBAN DE89 3704 0044 0532 0130 00", "DE89 3704 0044 0532 0130 00"),
    "IP_ADDRESS": ("login from 203.0.113.42", "203.0.113.42"),
    "US_BANK_ROUTING": ("routing number 021000021", "021000021"),
    "DATE_OF_BIRTH": ("date of birth 04/12/1987", "04/12/1987"),
    "UK_NINO": ("national insurance AB123456C", "AB123456C"),
    "DE_TAX_ID": ("Steuer-ID 86095742719", "86095742719"),
    "ES_NIF": ("DNI 12345678Z", "12345678Z"),
    "IT_FISCAL_CODE": ("codice fiscale RSSMRA85T10A562S", "RSSMRA85T10A562S"),
    "FR_INSEE": ("numéro de sécu 2 84 12 76 451 089 93", "2 84 12 76 451 089 93"),
    "NL_BSN": ("BSN 111222333", "111222333"),
    "MEDICAL_RECORD_NUMBER": ("MRN: 00482913", "00482913"),
    "HEALTH_PLAN_NUMBER": ("member id ABC123456789", "ABC123456789"),
    "US_PASSPORT": ("passport number 912803456", "912803456"),
    "US_DRIVER_LICENSE": ("driver's license D1234567", "D1234567"),
}


@pytest.mark.parametrize("policy_id", sorted(SHIPPED))
def test_shipped_policies_leave_nothing_in_clear(loaded, policy_id):
    # Deny by default: a shipped policy relaxes nothing. A reviewed `keep`
    # (or NER turned off) must be listed here, with the policy's reason.
    from pipeline.detect.engine import left_in_clear

    assert left_in_clear(loaded[policy_id][0]) == []


@pytest.mark.parametrize("policy_id", sorted(SHIPPED))
def test_every_kind_is_protected_under_every_policy(loaded, keys, policy_id):
    # Whether the policy names the kind or not: an entity it does not name is
    # tokenized for the AI and encrypted for storage.
    from pipeline.policy.cases import Case, Destination

    policy, _, detector = loaded[policy_id]
    cases = [
        Case(name=kind, text=text, findings={}, ai=Destination(outcome=Outcome.PROTECTED), store="protected")
        for kind, (text, _) in EVERY_KIND.items()
    ]
    leaked = [
        f"{case.name}: {value!r} reaches the AI-bound topic in clear"
        for case, seen, (_, value) in zip(
            cases, observe(policy, cases, detector, keys), EVERY_KIND.values(), strict=True
        )
        if value in seen.ai.text or value in seen.store.text
    ]
    assert leaked == []
