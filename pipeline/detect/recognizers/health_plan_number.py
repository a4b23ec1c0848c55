"""Health plan beneficiary numbers: the Medicare MBI layout, or a labelled member id."""

from __future__ import annotations

from presidio_analyzer import Pattern

from pipeline.detect.recognizers.base import Recognizer

# MBI letters exclude S, L, O, I, B and Z.
_L = "[AC-HJKMNP-RT-Y]"
_A = "[AC-HJKMNP-RT-Y0-9]"


class HealthPlanNumberRecognizer(Recognizer):
    ENTITY = "HEALTH_PLAN_NUMBER"
    NAME = "health_plan_number"
    PATTERNS = (
        Pattern("medicare_mbi", rf"\b[1-9]{_L}{_A}\d-?{_L}{_A}\d-?{_L}{{2}}\d{{2}}\b", 0.6),
        Pattern(
            "member_id_labelled",
            r"(?i:\b(?:member|subscriber|policy|insurance|plan|beneficiary)\s?(?:id|number|no\.?|#)):?\s*(?:is\s+)?(?P<v>[A-Z]{2,4}-?\d{6,12})\b",
            0.85,
        ),
        Pattern("member_id_bare", r"\b[A-Z]{3}\d{9}\b", 0.2),
    )
    CONTEXT = (
        "member id",
        "health plan",
        "insurance",
        "medicare",
        "medicaid",
        "mbi",
        "subscriber",
        "beneficiary",
        "policy number",
        "plan id",
    )
