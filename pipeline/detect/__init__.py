"""Detect: texts + policy -> findings (PII, secrets) and a prompt-injection score.

    from pipeline.detect.engine import Detector, ParallelDetector

    detector = Detector.for_policy(policy)            # loads spaCy unless the policy turns NER off
    detections = detector.detect_batch(texts)         # list[pipeline.records.Detection]

    pool = ParallelDetector.for_policy(policy, processes=2)   # one Detector per worker process
    detections = pool.detect_batch(texts)
    pool.close()

Deny by default: every recognizer runs under every policy (NER unless the
policy turns it off, with a reason); findings of entity types the policy does
not name are reported at the default threshold. Detection runs on a
normalized view of each text (normalize.py); findings are in ORIGINAL
offsets, widened to whole words, never overlap and are sorted by start. Every kind of secret is entity
SECRET (the recognizer name says which). `Detection.injection_score` is in
[0, 1]: the injection rules (ids in `injection_rules`) and the classifier
(`injection_model_score`, version in `injection_model`) combined; the
policy's `injection.flag_at` / `block_at` say what to do with it.

Modules: engine.py (the pipeline), normalize.py (the view), prefilter.py (Hyperscan), injection.py
(rules, de-obfuscation, the combined score), injection_model.py (the
classifier; its artifact in models/), recognizers/<entity>.py (one per entity type).
"""

from collections.abc import Callable, Sequence
from typing import Protocol

from pipeline.policy.model import Policy
from pipeline.records import Detection


class BatchDetector(Protocol):
    """What the stages need of a detector: `Detector`, `ParallelDetector` or a test's own."""

    def detect_batch(self, texts: Sequence[str]) -> list[Detection]: ...


# Builds the detector of a (reloaded) policy.
DetectorFactory = Callable[[Policy], BatchDetector]
