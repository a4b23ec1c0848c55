"""Prompt-injection scoring: weighted rules and a trained classifier, combined.

Each rule is a regex with a weight in (0, 1]. The rule score of a text is
1 - prod(1 - weight) over the rules that match, so one strong rule or a few
weak ones push it up, and it stays in [0, 1]. The classifier
(`injection_model`: hashed n-grams, a linear model) gives a probability that
generalizes past the phrasings the rules know, in our EU languages too. The
injection score is both combined the same way, 1 - (1 - rules)(1 - model);
the rule ids explain it in the audit event, next to the model's score and
version, and the policy's `injection.flag_at` / `block_at` act on it.

Both run on the engine's normalized view (normalize.py: NFKC, format
characters dropped, look-alike letters folded). What that view does not
undo — base64 payloads, spaced-out letters, leetspeak — is undone here, and
the rules and the model run again on the result, only for texts that show a
sign of obfuscation.
"""

from __future__ import annotations

import base64
import binascii
import re
import unicodedata
from dataclasses import dataclass

from pipeline.detect.injection_model import InjectionModel
from pipeline.detect.normalize import normalize

_I = re.IGNORECASE | re.ASCII  # ASCII: the same classes as in the Hyperscan prefilter


@dataclass(frozen=True)
class InjectionRule:
    rule_id: str
    weight: float
    regex: re.Pattern[str]


def _rule(rule_id: str, weight: float, pattern: str) -> InjectionRule:
    return InjectionRule(rule_id, weight, re.compile(pattern, _I))


_PRIOR = r"(?:all |any |the |your |my |these |those )*(?:previous|prior|above|earlier|preceding|original|initial|system|existing|current)"
_ORDERS = r"(?:instructions?|prompts?|rules|directions|directives|guidance|guidelines|guardrails|constraints|context|programming|orders|commands)"

_SAFETY = (
    r"(?:rules|guidelines|instructions|programming|restrictions|guardrails|safety \w+|training|polic(?:y|ies)|filters)"
)

RULES: tuple[InjectionRule, ...] = (
    # Instruction override.
    _rule(
        "override.ignore_previous",
        0.85,
        rf"\b(?:ignore|disregard|forget|override|bypass|skip|drop|abandon|set aside|put aside|discard)\b\W+(?:\w+\W+){{0,3}}{_PRIOR}\W+(?:\w+\W+){{0,2}}{_ORDERS}",
    ),
    _rule(
        "override.ignore_rules",
        0.65,
        rf"\b(?:ignore|disregard|override|bypass|forget|forget about|set aside)\b\W+(?:all |any )?(?:of )?(?:your|the|these|those) (?:\w+ ){{0,2}}{_SAFETY}\b",
    ),
    _rule(
        "override.what_you_were_told",
        0.75,
        r"\b(?:ignore|disregard|forget|set aside|put aside|discard)\b.{0,30}\b(?:what(?:ever)?|anything|everything) (?:the |your )?(?:operator|developer|system|admin|creator|owner|company|they|you(?:'ve| have| were| are)?)\b.{0,20}\b(?:told|said|instructed|taught|asked|programmed)",
    ),
    _rule(
        "override.ignore_then",
        0.5,
        r"\b(?:ignore|disregard|forget) (?:that|this|it|the above|all that)\s*[.,;!]\s*(?:instead|now|and now|then)\b",
    ),
    _rule(
        "override.forget_everything",
        0.7,
        r"\bforget (?:everything|all(?: of)?(?: that)?|what) (?:\w+ ){0,4}(?:told|learned|know|instructed|programmed|above|before|said)\b",
    ),
    _rule(
        "override.new_instructions",
        0.55,
        r"\b(?:new|updated|real|actual|true) (?:system )?instructions?\s*(?::|are\b|follow)",
    ),
    # Below flag_at alone: product system prompts say it too, so the model must agree.
    _rule(
        "override.new_task",
        0.2,
        r"\byour (?:only |new |real |true )?(?:task|job|goal|purpose|objective|mission) (?:now |from now on )?is (?:to|now)\b",
    ),
    _rule(
        "override.from_now_on",
        0.45,
        r"\bfrom now on,? (?:you (?:will|must|are|shall|should)|respond|answer|act|always|only|ignore)",
    ),
    _rule(
        "override.do_not_follow",
        0.6,
        r"\b(?:do not|don't|stop) (?:follow(?:ing)?|obey(?:ing)?|adher(?:e|ing) to) (?:your|the|any) (?:\w+ ){0,2}(?:rules|instructions|guidelines|policies|programming)",
    ),
    _rule("override.colon", 0.55, r"(?:^|\n)\s*(?:system )?override\s*:|\bsystem override\b"),
    _rule(
        "override.no_restrictions",
        0.4,
        r"\b(?:without|no|free (?:of|from)|ignore) (?:any |all |your )?(?:restrictions|limitations|filters|censorship|guardrails|safety (?:rules|guidelines|filters)|content polic(?:y|ies))",
    ),
    # The same overrides in our EU languages (German, French, Spanish, Italian, Dutch).
    # Patterns are ASCII-mode (as for the prefilter): accented letters are
    # written out as alternatives, and \w+ skips over them as separators.
    _rule(
        "override.ignore_previous_eu",
        0.8,
        # Words English shares ("ignore", "instructions") count only with a non-English neighbour.
        r"\b(?:ignorier(?:e|en|t)?|vergiss|vergessen sie|missachte|missachten sie|ignorez|ignorer|oublie[zr]?|ne tien[st] (?:plus )?compte d|ignora|ignoren|olvida|olvide|olviden|no hagas caso|ignori|ignorate|dimentica|dimentichi|dimenticate|non tenere conto|negeer|vergeet)\b\W+(?:\w+\W+){0,4}(?:anweisungen|instruktionen|vorgaben|befehle|instructions|consignes|directives|instrucciones|indicaciones|directrices|istruzioni|indicazioni|instructies|richtlijnen)\b|\bignore\W+(?:\w+\W+){0,4}(?:consignes|instrucciones|indicaciones|directrices)\b|\bignore (?:toutes )?(?:les|tes|vos) instructions\b",
    ),
    # Below flag_at alone: system prompts and questions about them name it too.
    _rule(
        "extraction.system_prompt_eu",
        0.3,
        r"\b(?:system-?prompts?|systemanweisung(?:en)?|prompt (?:du )?syst(?:e|è)me|prompt del sistema|prompt di sistema|systeemprompt)\b",
    ),
    _rule(
        "roleplay.no_rules_eu",
        0.5,
        r"\b(?:keine (?:regeln|einschr(?:a|ä)nkungen)|ohne (?:regeln|filter|einschr(?:a|ä)nkungen)|sans (?:aucune )?(?:r(?:e|è)gles?|filtres?|restrictions?)|sin (?:ninguna )?(?:reglas|filtros|restricci(?:o|ó)n(?:es)?)|senza (?:alcuna )?(?:regole|filtri|restrizion[ei])|zonder (?:regels|filters|beperkingen))\b",
    ),
    # Role-play jailbreaks.
    _rule(
        "roleplay.dan",
        0.85,
        r"\b(?:DAN|do anything now|STAN|DUDE|AIM)\b(?:\s+mode)?.{0,80}\b(?:no|without|any|broken free|not bound)\b|\byou are (?:now )?DAN\b|\bdo anything now\b",
    ),
    _rule(
        "roleplay.unrestricted_mode",
        0.75,
        r"\b(?:unrestricted|unfiltered|uncensored|jailbr(?:oken|eak)|DAN|evil|chaos) mode\b",
    ),
    _rule(
        "roleplay.mode_enabled",
        0.6,
        r"\b(?:developer|dev|god|debug|admin|sudo|root) mode (?:is )?(?:now )?(?:enabled|activated|engaged|unlocked)\b",
    ),
    _rule(
        "roleplay.enable_mode",
        0.35,
        r"\b(?:enable|enter|activate|switch to|turn on|unlock) (?:the )?(?:developer|dev|god|debug|admin|sudo|root) mode\b",
    ),
    _rule(
        "roleplay.pretend_unrestricted",
        0.7,
        r"\b(?:pretend|imagine|act as if|act like|roleplay as|role-play as|you are now|behave as|play the role of)\b.{0,60}\b(?:no|without|don't have|free of|not bound by|unrestricted|unfiltered|uncensored|evil|jailbroken)\b.{0,30}\b(?:rules|restrictions|limits|filters|guidelines|ethics|morals|polic(?:y|ies)|AI|assistant|model)?",
    ),
    _rule(
        "roleplay.no_rules",
        0.6,
        r"\byou (?:have|has|'ve got) no (?:rules|restrictions|limits|limitations|filters|guidelines|ethics|morals|boundaries)\b|\byou are (?:not bound|free from|no longer bound)\b|\byou are an? (?:\w+ ){0,2}(?:AI|assistant|model|bot|chatbot|LLM) (?:with no|without|free of|that has no|that ignores|not bound by)\b",
    ),
    _rule(
        "roleplay.rules_do_not_apply",
        0.7,
        r"\b(?:safety|content|ethical|usual|normal|your) (?:rules|guidelines|polic(?:y|ies)|filters|restrictions) (?:do not|don't|no longer|won't) apply\b|\bif you (?:had|have|were without) no (?:content polic(?:y|ies)|rules|restrictions|filters|guidelines)\b",
    ),
    _rule(
        "roleplay.unfiltered_persona",
        0.65,
        r"\b(?:as|like) an? (?:unfiltered|unrestricted|uncensored|jailbroken|evil|rogue) (?:\w+ )?(?:AI|assistant|model|bot|version|chatbot)\b|\b(?:as|like) an? (?:AI|assistant|model|bot) (?:without|with no|that has no|free of) (?:any )?(?:ethic|rule|restriction|filter|guideline|limit)|\byou are (?:now )?an? (?:unrestricted|unfiltered|uncensored|jailbroken|evil|rogue) (?:\w+ )?(?:AI|assistant|model|bot|chatbot|LLM)\b",
    ),
    _rule("roleplay.persona_switch", 0.6, r"\byou(?:'re| are) no longer (?:a|an|the|my)\b"),
    # Below flag_at alone: admins write tickets ("I am the administrator of our account").
    _rule(
        "roleplay.claims_authority",
        0.3,
        r"\b(?:i am|i'm|this is|message (?:is )?from) (?:your|the) (?:developer|creator|admin|administrator|owner|operator|security team|system administrator)\b",
    ),
    _rule(
        "roleplay.grandma",
        0.45,
        r"\b(?:act|pretend|roleplay|role-play|play) (?:as|to be) my (?:deceased|dead|late|dear|sweet) (?:grand(?:mother|ma|father|pa)|mother|father)\b",
    ),
    # Below flag_at alone: people ask what a jailbreak is.
    _rule(
        "roleplay.jailbreak_word",
        0.3,
        r"\bjail ?break(?:ing|s|ed)?\b(?!\w*\s+(?:iphone|phone|device|android|ios|console|switch|ps\d))",
    ),
    _rule(
        "roleplay.opposite_persona",
        0.5,
        r"\b(?:stay in character|you must never refuse|never refuse|you cannot refuse|without refusing|you have no ethical)",
    ),
    # System prompt extraction.
    _rule(
        "extraction.system_prompt",
        0.85,
        r"\b(?:reveal|show|print|display|repeat|output|tell me|give me|share|leak|dump|what (?:is|are|was|were))\b\W+(?:\w+\W+){0,3}(?:system|hidden|secret|initial|original|developer|internal|confidential)\W+(?:prompt|instructions?|message|rules|guidelines|configuration)",
    ),
    _rule(
        "extraction.verbatim_above",
        0.7,
        r"\b(?:repeat|print|output|copy|recite)\b.{0,40}\b(?:everything|all text|the text|words?) (?:above|before|preceding|prior)\b|\bverbatim\b.{0,40}\b(?:instructions|prompt|above)",
    ),
    _rule(
        "extraction.begin_with",
        0.5,
        r"\b(?:start|begin) your (?:reply|response|answer) with\b.{0,40}\b(?:system|instructions|prompt|you are)",
    ),
    _rule(
        "extraction.your_instructions",
        0.7,
        r"\b(?:reveal|show|print|display|repeat|output|tell me|give me|share|leak|dump|list|recite|paste)\b.{0,30}\byour (?:\w+ )?(?:instructions|prompt|system message|guidelines|configuration|config)\b",
    ),
    _rule(
        "extraction.what_you_were_told",
        0.7,
        r"\bwhat (?:were|are|have) you (?:been )?(?:told|instructed|programmed|asked) (?:to|not to|never to|to never)\b",
    ),
    _rule(
        "extraction.secret_from_config",
        0.6,
        r"\b(?:tell me|give me|reveal|show|print)\b.{0,30}\b(?:password|api key|credentials|secret|token)s?\b.{0,30}\b(?:your|the) (?:config|configuration|system prompt|prompt|instructions|memory)\b",
    ),
    _rule(
        "extraction.context_window",
        0.6,
        r"\b(?:contents?|everything) (?:of|in) your (?:context(?: window)?|memory|prompt|instructions)\b",
    ),
    # Delimiters that fake a chat or system turn.
    _rule(
        "delimiter.fake_system_message",
        0.7,
        r"\b(?:new|following is an?|this is an?|updated) (?:system|admin|developer|operator) (?:message|prompt|instruction|rule|note)s?\b|\[system\]|(?:^|\n)\s*new rules?\s*:",
    ),
    _rule("delimiter.hidden_comment", 0.6, r"<!--.{0,200}?\b(?:assistant|ai|system|ignore|instruction|prompt)\b"),
    _rule(
        "delimiter.fake_turn",
        0.7,
        r"<\|(?:im_start|im_end|system|endoftext)\|>|\[/?INST\]|<</?SYS>>|</?system>|^\s*#{2,}\s*(?:system|instruction)s?\s*:?|\bsystem\s*:\s*you (?:are|will|must)\b",
    ),
    # Exfiltration through the answer.
    _rule(
        "exfiltration.send_data",
        0.6,
        r"\b(?:send|post|upload|forward|exfiltrate|leak|email)\b.{0,40}\b(?:conversation|chat history|all (?:the )?data|credentials|api keys?|secrets|passwords|customer data|user data)\b.{0,40}\b(?:to|at)\b.{0,10}(?:https?://|\S+@\S+|webhook)",
    ),
    _rule(
        "exfiltration.dump_all",
        0.6,
        r"\b(?:dump|export|send|list|forward|print)\b.{0,10}\ball (?:the |of the )?(?:conversation|chat|customer|user)s? (?:logs|history|records|data|emails)\b",
    ),
    _rule("exfiltration.markdown_image", 0.6, r"!\[[^\]]*\]\(https?://[^)]*(?:\?|&)[^)]*=\{?[^)]*\)"),
    # Encoded payloads the model is asked to run.
    _rule(
        "encoded.decode_and_follow",
        0.6,
        r"\b(?:decode|decrypt|deobfuscate|translate|convert)\b.{0,60}\b(?:base64|b64|rot13|hex|binary|morse|cipher)?.{0,40}\b(?:and|then)\b.{0,20}\b(?:follow|execute|run|obey|do what|comply|act on)",
    ),
)


# Signs of obfuscation: only texts with one of these get the second pass.
def _leet(word: str) -> str:
    """A regex for `word` with each letter also matching its leetspeak digits."""
    subs = {"o": "[o0]", "i": "[i1!|]", "e": "[e3]", "a": "[a4@]", "s": "[s5$]", "t": "[t7]", "g": "[g9]"}
    return "".join(subs.get(c, c) for c in word)


_KEYWORDS = (
    "ignore",
    "disregard",
    "previous",
    "instructions",
    "system",
    "prompt",
    "jailbreak",
    "restrictions",
    "pretend",
)

OBFUSCATION_TRIGGERS: tuple[re.Pattern[str], ...] = (
    re.compile(r"[A-Za-z0-9+/]{24,}={0,2}", re.ASCII),  # base64-looking run
    re.compile("[\u200b-\u200f\u2060-\u2064\ufeff\u00ad]", re.ASCII),  # zero-width and soft hyphen
    re.compile(r"\b(?:[A-Za-z][ .\-_*]){5,}[A-Za-z]\b", re.ASCII),  # s p a c e d letters
    # A keyword of attacks spelled with a leetspeak digit in it.
    re.compile("|".join(rf"\b(?=\w*[0-9@$!|]){_leet(w)}" for w in _KEYWORDS), _I),
    re.compile("[\u0370-\u03ff\u0400-\u04ff\uff01-\uff5e]", re.ASCII),  # Greek, Cyrillic, fullwidth look-alikes
)

_ZERO_WIDTH = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u200e\u200f\u2060\u2061\u2062\u2063\u2064\ufeff\u00ad"))
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s"})
# Cyrillic and Greek letters that render like Latin ones.
_CONFUSABLES = str.maketrans("аеорсухіјѕԁԛԝАВЕКМНОРСТХΑΒΕΗΙΚΜΝΟΡΤΧΥΖ", "aeopcyxijsdqwABEKMHOPCTXABEHIKMNOPTXYZ")
_SPACED = re.compile(r"\b(?:[A-Za-z][ .\-_*]){3,}[A-Za-z]\b")
_BASE64 = re.compile(r"[A-Za-z0-9+/]{24,}={0,2}")


def score_rules(text: str, rules: tuple[InjectionRule, ...] = RULES) -> set[str]:
    return {rule.rule_id for rule in rules if rule.regex.search(text)}


# Weight of "this text hid an instruction": hiding one is itself a signal.
OBFUSCATION_WEIGHT = 0.3
_WEIGHTS = {rule.rule_id: rule.weight for rule in RULES}


def combine(rule_ids: set[str]) -> float:
    """1 - prod(1 - weight): in [0, 1], and never lowered by another rule."""
    remaining = 1.0
    for rule_id in rule_ids:
        remaining *= 1.0 - _WEIGHTS.get(rule_id, OBFUSCATION_WEIGHT)
    return round(1.0 - remaining, 4)


def deobfuscated_views(text: str) -> dict[str, str]:
    """Alternative readings of `text`, by the kind of obfuscation undone."""
    views: dict[str, str] = {}
    stripped = unicodedata.normalize("NFKC", text.translate(_ZERO_WIDTH)).translate(_CONFUSABLES)
    if stripped != text:
        views["obfuscation.unicode"] = stripped
    despaced = _SPACED.sub(lambda m: re.sub(r"[ .\-_*]", "", m.group()), stripped)
    if despaced != stripped:
        views["obfuscation.spacing"] = despaced
    leet = despaced.translate(_LEET)
    if leet != despaced:
        views["obfuscation.leetspeak"] = leet
    decoded = []
    for blob in _BASE64.findall(text):
        try:
            raw = base64.b64decode(blob + "=" * (-len(blob) % 4), validate=True)
            decoded.append(raw.decode("utf-8"))
        except (binascii.Error, UnicodeDecodeError, ValueError):
            continue
    if decoded:
        views["obfuscation.base64"] = " ".join(decoded)
    return views


def obfuscated_rules(text: str) -> set[str]:
    """Rule ids found only after undoing obfuscation, plus the kind undone."""
    plain = score_rules(text)
    found: set[str] = set()
    for kind, view in deobfuscated_views(text).items():
        hidden = score_rules(view) - plain
        if hidden:
            found |= hidden
            found.add(kind)
    return found


def has_obfuscation(text: str) -> bool:
    """Whether the text shows a sign of obfuscation (what the prefilter checks in the engine)."""
    return any(trigger.search(text) for trigger in OBFUSCATION_TRIGGERS)


# Whole tokens, one pass (a pattern that must find a letter inside backtracks quadratically on
# long letterless runs); the letter test is done per token.
_LEET_TOKEN = re.compile(r"\S+")
_LETTER = re.compile(r"[A-Za-z]")
_LEET_CHARS = frozenset("013457@$")


def _fold_leet(m: re.Match[str]) -> str:
    token = m.group()
    return token.translate(_LEET) if _LETTER.search(token) and _LEET_CHARS & set(token) else token


def plain_text(text: str) -> str:
    """One reading with every obfuscation undone, for the model: look-alikes and
    spacing undone, leetspeak folded in words that mix letters and digits, and
    base64 payloads decoded and appended."""
    views = deobfuscated_views(text)
    plain = views.get("obfuscation.spacing") or views.get("obfuscation.unicode") or text
    plain = _LEET_TOKEN.sub(_fold_leet, plain)
    if "obfuscation.base64" in views:
        plain += "\n" + views["obfuscation.base64"]
    return plain


def model_score(model: InjectionModel, text: str, obfuscated: bool) -> float:
    """The model's score of the text, and of its de-obfuscated reading when it has one."""
    score = model.score(text)
    if obfuscated:
        score = max(score, model.score(plain_text(text)))
    return round(score, 4)


def combined(rule_score: float, model: float) -> float:
    """The injection score: rules and model as independent evidence, in [0, 1]."""
    return round(1.0 - (1.0 - rule_score) * (1.0 - model), 4)


@dataclass(frozen=True)
class Assessment:
    score: float
    rules: tuple[str, ...]
    model_score: float


def assess(text: str, model: InjectionModel) -> Assessment:
    """Rules and model on one text as the engine scores it, without its prefilter."""
    view = normalize(text).text
    obfuscated = has_obfuscation(text)
    found = score_rules(view) | (obfuscated_rules(text) if obfuscated else set())
    learned = model_score(model, view, obfuscated)
    return Assessment(combined(combine(found), learned), tuple(sorted(found)), learned)
