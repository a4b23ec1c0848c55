"""Email addresses."""

from __future__ import annotations

from presidio_analyzer import Pattern

from pipeline.detect.recognizers.base import Recognizer

# Top-level domains people spell out; a word list keeps "meet at noon dot" out.
_DOT = "(?:dot|punkt|punto|ponto|point|kropka|nokta|prik|piste|pont|tečka|bodka)"
_AT = "(?:at|ät|arroba|arobase|chiocciola|klammeraffe|snabel-a|małpa|malpa|kukac|zavináč|ett)"
_TLDS = (
    "com|net|org|edu|gov|info|io|co|uk|de|fr|nl|es|it|pl|se|dk|fi|no|ie|be|ch|at|pt|br|in|au|ca|us|me|biz|eu|"
    "fm|tv|ai|app|dev|nz|za|mx|ar|cl|jp|kr|cn|ru|tr|gr|cz|hu|ro|ph|sg|my|id|ng|ke|ae|il|lu|sk|ua|is|ly|cc|xyz"
)
# Said aloud, a local part is words joined by "dot" or "underscore", letters spelled one by one
# ("m o r e n o"), and numbers said as words ("jessica dot okafor eighty eight").
_LETTERS = r"[a-zà-ÿ](?: [a-zà-ÿ]){1,15}(?![\w])"
_WORD = r"[a-z0-9à-ÿ][a-z0-9à-ÿ._+-]{0,63}"
_JOIN = rf"(?:{_DOT}|underscore|under score|dash|hyphen|minus|tiret|guion|guión|trattino|bindestrich|unterstrich)"
_NUMBER_WORD = (
    "(?:zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    "sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|double|triple)"
)
# "look at example dot com", "meet us at acme dot com": a site named in a sentence, not an address.
_NOT_LOCAL = (
    r"(?!(?:look|looking|meet|visit|see|find|us|me|you|them|him|her|it|is|are|was|be|online|site|website|page|"
    r"up|out|back|home|work|stay|staying|based|located|available|shop|buy|order|ordered|sign|log|logged|"
    r"signed|registered) )"
)
_LOCAL = rf"{_NOT_LOCAL}(?:{_LETTERS}|{_WORD})(?: {_JOIN} (?:{_LETTERS}|{_WORD})| {_NUMBER_WORD}(?= )| \d{{1,4}}(?= )){{0,6}}"
# A domain said aloud may be several words ("proton mail", "b t internet", "brennan law n y c").
_DOMAIN_WORD = rf"(?!(?:{_DOT}|{_AT}) )[a-z0-9à-ÿ][a-z0-9à-ÿ-]{{0,62}}"
_DOMAIN = rf"{_DOMAIN_WORD}(?: {_DOMAIN_WORD}){{0,4}}(?: {_DOT} {_DOMAIN_WORD}){{0,2}} {_DOT} (?:{_TLDS})(?![\w])"


class EmailAddressRecognizer(Recognizer):
    ENTITY = "EMAIL_ADDRESS"
    NAME = "email"
    PATTERNS = (
        Pattern(
            "email",
            r"(?<![\w.%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}\.)+[A-Za-z]{2,24}\b",
            0.9,
        ),
        # Spelled out against scrapers: "ana [at] gmail [dot] com", "j (dot) doe (at) x (dot) org".
        Pattern(
            "email_spelled_out",
            r"(?i)(?<![\w.+-])[a-z0-9][a-z0-9._+-]{0,63}(?:\s?[\[(]dot[\])]\s?[a-z0-9_+-]{1,63}){0,4}"
            r"\s?[\[(]at[\])]\s?[a-z0-9-]{1,63}(?:\s?(?:[\[(]dot[\])]|\.)\s?[a-z0-9-]{1,63}){1,4}\b",
            0.85,
        ),
        # Said aloud or typed around filters: "john dot smith at gmail dot com", "sara_k @ hotmail.com".
        # ... in other languages too: "m punkt schaefer at web punkt de", "ana punto ruiz arroba ...";
        # a number said apart stays in the name ("kayla dot brooks 22 at gmail dot com").
        Pattern("email_words", rf"(?i)(?<![\w.+-]){_LOCAL} {_AT} {_DOMAIN}", 0.85),
        # URL-encoded in a query or form body: "email=ines.carvalho%40gmail.com".
        Pattern(
            "email_url_encoded",
            r"(?<![\w.%+-])[A-Za-z0-9][A-Za-z0-9._+-]{0,63}%40[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}\.)+[A-Za-z]{2,24}\b",
            0.85,
        ),
        Pattern(
            "email_spaced_at",
            r"(?<![\w.%+-])[A-Za-z0-9][A-Za-z0-9._%+-]{0,63} @ [A-Za-z0-9](?:[A-Za-z0-9-]{0,62}\.)+[A-Za-z]{2,24}\b",
            0.85,
        ),
    )
    CONTEXT = ("email", "e-mail", "mail", "contact")
    GATES = {"email_words": rf"(?i)[ ]{_AT}[ ][^\n]*[ ]{_DOT}[ ](?:{_TLDS})"}

    def validate_result(self, pattern_text: str) -> bool:
        if "@" not in pattern_text:
            return True  # spelled out or URL-encoded: its words or its "%40" are the evidence
        local = pattern_text.split("@", 1)[0]
        return ".." not in pattern_text and not local.endswith(".")
