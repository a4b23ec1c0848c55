"""Post-generation check: personal data in an AI answer that is none of the record's tokens.

Before a restore puts originals back, the answer (still in tokens) is scanned
with the record's policy. The record's own tokens are masked out: a finding
inside or across one of them is the record's own data. What remains is
"foreign PII": a value in clear the model echoed (another customer's, from its
context) or invented, or a token-shaped value this record does not hold
(another record's token, or a made-up one). It is counted per entity type,
never kept as a value. Entity types the policy sends to the AI in clear
(`ai: keep`) are expected in answers and not counted.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Collection

from pipeline.detect import BatchDetector
from pipeline.policy.model import Action, Policy

MAX_PIECE = 64 * 1024  # an answer is scanned in pieces: a 1 MiB body is past spaCy's length limit
FOREIGN_PII = "foreign_pii"  # the reason code of a flagged or refused restore
# Every form a protected value takes in AI-bound text (as the residual scan spells it).
_TOKEN = re.compile(r"<([A-Z][A-Z0-9_]*?)(?:_[0-9]+_[a-z2-7]{5}|_[0-9a-f]{1,16}|\.[dh]\.[A-Za-z0-9_\-]+)?>")
_RESTORABLE = re.compile(r"<[A-Z][A-Z0-9_]*(?:_[0-9]+_[a-z2-7]{5}|_[0-9a-f]{6,16}|\.d\.[A-Za-z0-9_\-]+)>")


class AnswerCheck:
    """One policy's detector over AI answers -> foreign PII counts per entity type."""

    def __init__(self, policy: Policy, detector: BatchDetector):
        self.policy = policy
        self.detector = detector
        self.refuses = policy.restore.foreign_pii == "refuse"
        self._kept = frozenset(e for e, r in policy.entities.items() if r.ai is Action.KEEP)
        self._lock = threading.Lock()  # the HTTP endpoint calls from executor threads

    def foreign(self, text: str, own_tokens: Collection[str]) -> dict[str, int]:
        """Entity type -> how many values in TEXT are personal data but none of OWN_TOKENS."""
        counts: dict[str, int] = {}

        def count(entity: str) -> None:
            if entity not in self._kept:
                counts[entity] = counts.get(entity, 0) + 1

        for m in _RESTORABLE.finditer(text):
            if m.group(0) not in own_tokens:
                count(entity_of(m.group(0)))
        parts = pieces(text)
        with self._lock:
            detections = self.detector.detect_batch(parts)
        for part, detection in zip(parts, detections, strict=True):
            spans = [(m.start(), m.end()) for m in _TOKEN.finditer(part)]
            for f in detection.findings:
                if not any(f.start < end and start < f.end for start, end in spans):
                    count(f.entity_type)
        return counts


def pieces(text: str, size: int = MAX_PIECE) -> list[str]:
    """TEXT cut after whitespace into pieces of at most SIZE characters (a token holds none, so none is cut)."""
    out = []
    while len(text) > size:
        cut = max(text.rfind(c, 0, size) for c in " \n\t") + 1 or size
        out.append(text[:cut])
        text = text[cut:]
    return [*out, text]


def entity_of(token: str) -> str:
    """The entity type a token names (UNKNOWN for a shape no operator writes)."""
    m = _TOKEN.fullmatch(token)
    return m.group(1) if m else "UNKNOWN"
