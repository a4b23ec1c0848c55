"""Medical record numbers: a labelled identifier (MRN, chart number)."""

from __future__ import annotations

from presidio_analyzer import Pattern

from pipeline.detect.recognizers.base import Recognizer


class MedicalRecordNumberRecognizer(Recognizer):
    ENTITY = "MEDICAL_RECORD_NUMBER"
    NAME = "medical_record_number"
    PATTERNS = (
        # The label is in the pattern; the number is the span.
        Pattern(
            "mrn_labelled",
            r"(?i:\b(?:MRN|MR#|med(?:ical)?\.? rec(?:ord)?\.?(?: (?:number|no\.?|num|#))?|chart (?:number|no\.?|#)|patient id))[:#]?\s*(?:is\s+)?(?P<v>[A-Z]{0,3}-?\d{5,10})\b",
            0.85,
        ),
        Pattern("mrn_bare", r"\b(?:[A-Z]{1,3}-?)?\d{6,10}\b", 0.15),
    )
    CONTEXT = ("mrn", "medical record", "chart", "patient id", "hospital number")
