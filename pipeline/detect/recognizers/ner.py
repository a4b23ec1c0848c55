"""People and places from spaCy's named-entity recognizer, plus two rules.

Not a regex recognizer: the engine runs spaCy's `nlp.pipe` over a batch and
hands each doc here. The small English model has its own token-to-vector
layer inside `ner`, so nothing else of the pipeline is needed.

Rules on top of the model: a name right after a cue that introduces a person
("my name is", "Dear", "Regards,") is a PERSON whatever label the model gave
it (the small model often calls unfamiliar names places or companies), and
trailing punctuation is trimmed from spans. Where the model finds nothing, or
only part of a name, `rule_persons` adds the names that the text itself
vouches for: two or three capitalized words after such a cue, a partial name
widened to the capitalized word beside it, a name whose words spell an
email address's local part in the same text, and a known given name followed
by a capitalized surname (given names from gender-guesser's international
dictionary; a location reading of the same words by the model scores higher).
"""

from __future__ import annotations

import functools
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


RULE_NAME = "person_rules"
_NAME_WORD = r"[A-Z][a-z]+(?:[-'][A-Z]?[a-z]+)?"
_CUED_NAME = re.compile(
    r"(?i:\bmy name is|\bthis is|\bi am|\bi'm|\bdear|\bregards,|\bthanks,|\bsincerely,|\bcheers,|"
    r"\bcontact|\bcustomer|\bclient|\bcaller|\bpatient:?|\bfrom:|\bsigned,?)"
    rf"\s+({_NAME_WORD}(?:\s+{_NAME_WORD}){{1,2}})\b"
)
_WORD_BEFORE = re.compile(rf"({_NAME_WORD})\s+$")
_WORD_AFTER = re.compile(rf"^\s+({_NAME_WORD})\b")
_EMAIL_LOCAL = re.compile(r"\b([A-Za-z]+)[._-]([A-Za-z]+)\d*@")
# Capitalized words that are not names, near a cue or a partial name in support text.
_NOT_NAMES = frozenset(
    "The A An Our Your My We You I It This That Please Thanks Thank Hi Hello Dear Regards Team Support "
    "Customer Service Services Sales Billing Order Orders Account Invoice Refund Shipping Delivery Help Desk "
    "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July "
    "August September October November December Today Yesterday Tomorrow Mr Mrs Ms Dr Inc Ltd LLC "
    # roles and titles that stand before names
    "Patient Pt Client Caller Member User Agent Doctor Nurse Officer Manager Mother Father Son Daughter "
    "Wife Husband Sister Brother Relative Guardian Contact Subject Applicant Holder Cardholder".split()
)
RULE_SCORES = {"cue": 0.8, "widened": 0.85, "email": 0.9, "given_name": 0.75}
_FULL_NAME = re.compile(rf"\b({_NAME_WORD})\s+({_NAME_WORD})\b")


@functools.cache
def given_names() -> frozenset[str]:
    """About 60,000 given names across cultures, capitalized as written."""
    from gender_guesser.detector import Detector

    return frozenset(Detector(case_sensitive=True).names)


def _is_name(words: str) -> bool:
    return not any(w in _NOT_NAMES for w in words.split())


def rule_persons(text: str, ner_spans: list[tuple[int, int]]) -> Iterator[tuple[int, int, float]]:
    """(start, end, score) of names the text vouches for; overlaps are resolved by the engine."""
    for m in _CUED_NAME.finditer(text):
        if _is_name(m.group(1)):
            yield m.start(1), m.end(1), RULE_SCORES["cue"]
    for start, end in ner_spans:
        wide_start, wide_end = start, end
        before = _WORD_BEFORE.search(text, max(0, start - 30), start)
        if before and _is_name(before.group(1)):
            wide_start = before.start(1)
        after = _WORD_AFTER.match(text[end : end + 30])
        if after and _is_name(after.group(1)):
            wide_end = end + after.end(1)
        if (wide_start, wide_end) != (start, end):
            yield wide_start, wide_end, RULE_SCORES["widened"]
    known = given_names()
    for m in _FULL_NAME.finditer(text):
        if m.group(1) in known and _is_name(m.group(0)):
            yield m.start(), m.end(), RULE_SCORES["given_name"]
    for m in _EMAIL_LOCAL.finditer(text):
        first, last = m.group(1).capitalize(), m.group(2).capitalize()
        for name in re.finditer(rf"\b{re.escape(first)}\s+{re.escape(last)}\b", text):
            yield name.start(), name.end(), RULE_SCORES["email"]


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
