"""Detectors for one entity type, built once per test session (no NER)."""

from __future__ import annotations

import functools

from pipeline.detect.engine import Detector
from pipeline.policy.model import EntityRule, NerRule, Policy

NO_NER = NerRule(enabled=False, reason="unit tests of the pattern recognizers")


@functools.cache
def detector_for(*entities: str) -> Detector:
    # Only these entities' pattern recognizers (a test of one recognizer is
    # not about what the others find); NER only for the entities it finds.
    ner = NerRule() if {"PERSON", "LOCATION"} & set(entities) else NO_NER
    policy = Policy(id="test", entities={e: EntityRule() for e in entities}, ner=ner)
    return Detector.for_policy(policy, only=frozenset(entities))


def values(entity: str, text: str) -> list[str]:
    """The values of `entity` the detector reports in `text`."""
    detection = detector_for(entity).detect(text)
    return [text[f.start : f.end] for f in detection.findings if f.entity_type == entity]
