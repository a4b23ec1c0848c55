"""People and places from spaCy's named-entity recognizer, plus two rules.

Not a regex recognizer: the engine runs spaCy's `nlp.pipe` over a batch and
hands each doc here. The small English model has its own token-to-vector
layer inside `ner`, so nothing else of the pipeline is needed.

Rules on top of the model: a name right after a cue that introduces a person
("my name is", "Dear", "Regards,") is a PERSON whatever label the model gave
it (the small model often calls unfamiliar names places or companies), and
trailing punctuation is trimmed from spans.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# Our entity type -> the spaCy labels that make it.
NER_LABELS: dict[str, tuple[str, ...]] = {
    "PERSON": ("PERSON",),
    "LOCATION": ("GPE", "LOC", "FAC"),
}
NER_SCORE = 0.85
NER_NAME = "spacy_ner"

_PERSON_CUE = re.compile(
    r"(?:\bmy name is|\bname's|\bthis is|\bi am|\bi'm|\bit's|\bit is|\bfrom:|\bto:|\bdear|\bregards,|\bthanks,|"
    r"\bsincerely,|\bcheers,|\bdr\.|\bmr\.|\bmrs\.|\bms\.|\bpatient:|\bcontact)\s*$",
    re.IGNORECASE,
)
_TITLE_WORDS = re.compile(r"[A-Z][\w'\-]+(?: (?:van|von|de|der|den|da|di|del|la|le)?\s?[A-Z][\w'\-]+){0,3}")
_RELABEL = ("GPE", "LOC", "FAC", "ORG", "NORP")
_TRAILING = " :;,.-"


def ner_findings(doc, wanted: frozenset[str]) -> Iterator[tuple[str, int, int, float]]:
    """(entity_type, start, end, score) of the entities of `doc` we want."""
    text = doc.text
    for ent in doc.ents:
        start, end = ent.start_char, ent.end_char
        while end > start and text[end - 1] in _TRAILING:
            end -= 1
        value = text[start:end]
        # The small model sometimes tags codes and handles as names.
        if not value or any(c.isdigit() for c in value) or "@" in value:
            continue
        label = ent.label_
        if label in _RELABEL and _TITLE_WORDS.fullmatch(value) and _PERSON_CUE.search(text, max(0, start - 20), start):
            label = "PERSON"
        for entity_type, labels in NER_LABELS.items():
            if entity_type in wanted and label in labels:
                yield entity_type, start, end, NER_SCORE
                break
