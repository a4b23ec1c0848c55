"""People and places from spaCy's named-entity recognizer.

Not a regex recognizer: the engine runs spaCy's `nlp.pipe` over a batch and
hands each doc here. The small English model has its own token-to-vector
layer inside `ner`, so nothing else of the pipeline is needed.
"""

from __future__ import annotations

from collections.abc import Iterator

# Our entity type -> the spaCy labels that make it.
NER_LABELS: dict[str, tuple[str, ...]] = {
    "PERSON": ("PERSON",),
    "LOCATION": ("GPE", "LOC", "FAC"),
}
NER_SCORE = 0.85
NER_NAME = "spacy_ner"


def ner_findings(doc, wanted: frozenset[str]) -> Iterator[tuple[str, int, int, float]]:
    """(entity_type, start, end, score) of the entities of `doc` we want."""
    for ent in doc.ents:
        for entity_type, labels in NER_LABELS.items():
            if entity_type in wanted and ent.label_ in labels:
                text = ent.text
                # The small model sometimes tags codes and handles as names.
                if any(c.isdigit() for c in text) or "@" in text:
                    break
                yield entity_type, ent.start_char, ent.end_char, NER_SCORE
                break
