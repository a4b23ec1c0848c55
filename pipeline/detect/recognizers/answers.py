"""The answer to a question that names what it asks for, in a transcript or a chat.

    Agent: Could you give me your date of birth please?
    Customer: 3rd of March 1978

The question line names the kind (the vocabulary of table headers,
tables.VALUE_COLUMNS) and the next speaker line answers it, in whatever form
the speaker used: a spoken date, spaced digits, an insurer's own code. No
format check can know all of them; the question says what the answer is.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator

from pipeline.detect.leads import LeadIndexPerThread
from pipeline.detect.recognizers.tables import VALUE_COLUMNS

# A request: with a question mark ending the line, what makes the next line an answer.
_REQUEST = re.compile(
    r"(?i:\b(?:please|enter|provide|confirm|give me|tell me|may i|can i|could i|can you|could you|what is|what's|bitte|geben sie|nennen sie|indique|indiquez|"
    r"confirme|confirmez|por favor|per favore|mi dice|graag|poderia|pode|share|send|type|compárteme|comparte|dame|dime|"
    r"pásame|mándame|envíame|me passa|passa|manda|donne|donnez|envoie|envoyez|where do you)\b)"
)
# Who speaks on a transcript or chat line: "Customer: ", "[14:03] Klant: ".
SPEAKER_LABEL = re.compile(r"[ \t]*(?:\[[^\]\n]{1,24}\][ \t]*)?[^\W\d_][\w .'-]{0,24}:[ \t]*")
_FILLER = re.compile(
    r"(?i:(?:yes|yeah|yep|sure|ok|okay|uh|um|erm|so|sorry|right|it's|its|it is|that's|that is|"
    r"mine is|my \w+ is|ja|oui|sí|si|sim)[ \t,.:]+)*"
)
_DATE_WORDS = re.compile(
    r"(?i:\d|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|januar|februar|märz|mai|juni|juli|oktober|"
    r"dezember|janvier|février|mars|avril|juin|juillet|août|septembre|octobre|novembre|décembre|enero|febrero|"
    r"marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre|gennaio|febbraio|aprile|"
    r"maggio|giugno|luglio|settembre|ottobre|dicembre|januari|februari|maart|mei|augustus|janeiro|fevereiro|"
    r"março|maio|junho|julho|setembro|outubro|novembro|dezembro|first|second|third|twenty|thirty|nineteen|"
    r"ten|eleven|twelve|forty|fifty|sixty|seventy|eighty|ninety|"
    r"two thousand|neunzehnhundert|zweitausend|dritte|erste)\w*)"
)
_CODE_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9.\-/]*")
# Digits said aloud ("oh seven seven double oh, nine hundred"): four of them make a number.
_SPOKEN_DIGIT = re.compile(
    r"(?i:\b(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|double|triple|hundred|null|eins|zwei|drei|"
    r"vier|fünf|sechs|sieben|acht|neun|cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|zéro|deux|trois|"
    r"quatre|cinq|sept|huit|neuf|\d+)\b)"
)
_SPOKEN_EMAIL = re.compile(r"(?i:@|\bat\b.*\bdot\b)")
# A house number said aloud: "seventeen twelve elm ridge court", "fourteen cranbrook road".
_HOUSE_NUMBER = re.compile(
    r"(?i:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\b)"
)


# What asks for an address, in the languages of our users' transcripts and chats.
ADDRESS_QUESTION_WORDS = (
    "address",
    "delivery address",
    "home address",
    "full address",
    "where do you stay",
    "where do you live",
    "dirección",
    "direccion",
    "domicilio",
    "endereço",
    "endereco",
    "adresse",
    "anschrift",
    "adres",
    "adresa",
    "indirizzo",
    "alamat",
    "địa chỉ",
    "dia chi",
    "juso",
    "jusho",
    "go-jusho",
    "okurisaki",
    "ikheli",
    "anwani",
    "welk adres",
)


@functools.cache
def _labels() -> tuple[tuple[re.Pattern[str], str], ...]:
    """(regex of every label of a kind, kind), longest labels first so "member id" beats "id"."""
    out = []
    for entity, labels in {**VALUE_COLUMNS, "STREET_ADDRESS": ADDRESS_QUESTION_WORDS}.items():
        words = sorted((w for w in labels if len(w) >= 3), key=len, reverse=True)
        alternation = "|".join(re.escape(w).replace(r"\ ", r"[\s_-]") for w in words)
        out.append((re.compile(rf"(?i:(?<![\w.])(?:{alternation})(?![\w]))"), entity))
    return tuple(out)


# The label regexes run only where a label's first word stands (leads.py).
_LABEL_LEADS = LeadIndexPerThread(lambda: [regex for regex, _ in _labels()])


def _asked(line: str) -> str | None:
    """The kind a question line asks for (the longest label it names), if it asks: a question mark,
    a request word, or the label ending the line ("Speaker 1: and date of birth")."""
    best: tuple[int, int, str] | None = None  # length, end, entity
    starts = _LABEL_LEADS.scan(line)
    for i, (_, entity) in enumerate(_labels()):
        for m in starts.finditer(i):
            if best is None or len(m.group()) > best[0]:
                best = (len(m.group()), m.end(), entity)
    if best is None:
        return None
    rest = line.rstrip(" \t\r")
    after = line[best[1] :]
    if rest.endswith("?") or _REQUEST.search(line) or not after.strip(" \t\r.:") or _ASKING_TAIL.fullmatch(after):
        return best[2]
    return None


# A few words after the label that still leave the question open: "and your address on file is",
# "fecha de nacimiento po", "seinengappi wa".
_ASKING_TAIL = re.compile(
    r"(?i:(?:[ \t]+[\w'-]+){0,3}?[ \t]+(?:is|es|est|ist|é|è|wa|po|please|pls|plz|na|ya)[ \t.:]*\r?)"
)


def _code_end(text: str, start: int, end: int) -> int:
    """End of the code at the start of an answer: tokens with a digit, and short capitals before them
    ("XEH 441 928 601", "U4471920801 group is on the back" -> the first token)."""
    stop = start
    for tok in _CODE_TOKEN.finditer(text, start, end):
        value = tok.group()
        if text[stop : tok.start()].strip():
            break  # something else stands between
        if any(c.isdigit() for c in value) or (value.isupper() and len(value) <= 4):
            stop = tok.end()
        else:
            break
    return stop


def answers(text: str) -> Iterator[tuple[str, int, int]]:
    """(entity, start, end) of each answer to a question that names its kind."""
    if "\n" not in text or ":" not in text:
        return
    lines, offset = [], 0
    for line in text.split("\n"):
        lines.append((offset, line))
        offset += len(line) + 1
    for (_, question), (start, answer) in zip(lines, lines[1:], strict=False):
        asker = SPEAKER_LABEL.match(question)  # a transcript: both lines have a speaker, not the same one
        speaker = SPEAKER_LABEL.match(answer) if asker else None
        if asker is None or speaker is None or asker.group().strip() == speaker.group().strip():
            continue
        entity = _asked(question[asker.end() :])
        if entity is None:
            continue
        filler = _FILLER.match(answer, speaker.end())  # always matches (it may be empty)
        begin = start + (filler.end() if filler else speaker.end())
        end = start + len(answer.rstrip(" .,;!\t\r"))
        if begin >= end:
            continue
        if entity == "DATE_OF_BIRTH":
            if _DATE_WORDS.search(text, begin, end) and end - begin <= 120:  # a read-back may follow
                yield entity, begin, end
            continue
        if entity == "EMAIL_ADDRESS":
            if _SPOKEN_EMAIL.search(text, begin, end):
                yield entity, begin, end
            continue
        if entity == "STREET_ADDRESS":  # the whole answer, in any format: a number and words
            said = text[begin:end]
            if end - begin <= 120 and _HOUSE_NUMBER.search(said) and len(said.split()) >= 2:
                yield entity, begin, end
            continue
        if len(_SPOKEN_DIGIT.findall(text, begin, end)) >= 4 and not text[begin:end].replace(" ", "").isdigit():
            yield entity, begin, end  # a number said aloud, or partly: the whole answer
            continue
        stop = _code_end(text, begin, end)
        if sum(c.isdigit() for c in text[begin:stop]) >= 2:
            yield entity, begin, stop
