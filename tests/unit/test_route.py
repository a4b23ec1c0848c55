"""Route: block and injection quarantine; everything else is protected."""

import pytest

from pipeline.policy import resolve_policy
from pipeline.records import Detection, Finding, Outcome, Protection
from pipeline.route import route
from pipeline.settings import Settings

POLICY = resolve_policy("default", Settings().topologies_dir / "policies")
PERSON = Finding("PERSON", 0, 5, 0.9, "spacy")


@pytest.mark.parametrize(
    "detection, blocked, outcome, reason",
    [
        (Detection(), (), Outcome.PROTECTED, "clean"),
        (Detection((PERSON,)), (), Outcome.PROTECTED, "pii_protected"),
        (Detection((PERSON,)), ("SECRET",), Outcome.QUARANTINED, "blocked_entity"),
        (Detection(injection_score=POLICY.injection.block_at), (), Outcome.QUARANTINED, "prompt_injection"),
        (Detection(injection_score=POLICY.injection.flag_at), (), Outcome.PROTECTED, "injection_flagged"),
    ],
)
def test_route(detection, blocked, outcome, reason):
    r = route(detection, Protection("", "", (), blocked_by=blocked), POLICY)
    assert (r.outcome, r.reason_code) == (outcome, reason)
