"""Health plan beneficiary numbers: the Medicare MBI layout, or a labelled member id."""

from __future__ import annotations

from presidio_analyzer import Pattern

from pipeline.detect.recognizers.base import ChecksumRecognizer, Recognizer

# MBI letters exclude S, L, O, I, B and Z.
_L = "[AC-HJKMNP-RT-Y]"
_A = "[AC-HJKMNP-RT-Y0-9]"


class HealthPlanNumberRecognizer(Recognizer):
    ENTITY = "HEALTH_PLAN_NUMBER"
    NAME = "health_plan_number"
    PATTERNS = (
        Pattern("medicare_mbi", rf"\b[1-9]{_L}{_A}\d-?{_L}{_A}\d-?{_L}{{2}}\d{{2}}\b", 0.6),
        Pattern(
            "member_id_labelled",
            r"(?i:\b(?:member|subscriber|policy|insurance|plan|beneficiary)\s?(?:id|number|no\.?|#)):?\s*(?:is\s+)?(?P<v>[A-Z]{2,4}-?\d{6,12})\b",
            0.85,
        ),
        Pattern("member_id_bare", r"\b[A-Z]{3}\d{9}\b", 0.2),
        # Ontario's health card: ten digits and a two-letter version code ("4532-281-947-KT"); the
        # letters after the number set it apart from a phone number.
        Pattern(
            "ontario_health_card",
            r"(?<![\w-])\d{4}[ -]?\d{3}[ -]?\d{3}[ -]?"
            r"(?!(?i:to|at|or|in|on|of|is|it|by|an|as|be|do|go|if|me|my|no|so|up|us|we|ok|am|pm)\b)[A-Za-z]{2}(?![\w-])",
            0.5,
        ),
        # Québec's RAMQ: four letters of the name, then the birth date and two digits.
        Pattern("quebec_ramq", r"(?<![\w-])[A-Z]{4}[ ]?\d{4}[ ]?\d{4}(?![\w-])", 0.3),
    )
    CONTEXT = (
        "member id",
        "health plan",
        "insurance",
        "medicare",
        "medicaid",
        "mbi",
        "subscriber",
        "beneficiary",
        "policy number",
        "plan id",
        "health card",
        "health number",
        "ohip",
        "ramq",
        "carte soleil",
        "assurance maladie",
    )


def _kvnr_valid(value: str) -> bool:
    """Germany's Krankenversichertennummer: a letter (as 01-26) and eight digits weighted
    1, 2, 1, 2 ..., digit sums added, mod 10 is the tenth character."""
    value = value.upper()
    digits = f"{ord(value[0]) - 64:02d}" + value[1:9]
    total = sum(sum(divmod(int(d) * (1 + i % 2), 10)) for i, d in enumerate(digits))
    return total % 10 == int(value[9])


def _medicare_au_valid(value: str) -> bool:
    """Australia's Medicare card: first digit 2-6, the ninth a weighted check of the first eight."""
    digits = [int(c) for c in value if c.isdigit()]
    check = sum(d * w for d, w in zip(digits[:8], (1, 3, 7, 9, 1, 3, 7, 9), strict=True)) % 10
    return 2 <= digits[0] <= 6 and check == digits[8]


class HealthCardChecksumRecognizer(ChecksumRecognizer):
    """Health insurance numbers with a check digit of their own; one random code in ten
    passes, so they score low and need a health-insurance word near."""

    ENTITY = "HEALTH_PLAN_NUMBER"
    NAME = "health_card_checksum"
    PATTERNS = (
        Pattern("de_kvnr", r"(?<![\w-])[A-Za-z]\d{9}(?![\w-])", 0.3),
        Pattern("au_medicare", r"(?<![\w-])[2-6]\d{3}[ ]?\d{5}[ ]?\d(?:[ -]?\d)?(?![\w-])", 0.3),
    )
    VALIDATORS = (_kvnr_valid, _medicare_au_valid)
    CONTEXT = (
        "versichertennummer",
        "krankenversichertennummer",
        "kvnr",
        "krankenkasse",
        "krankenversicherung",
        "versicherung",
        "gesundheitskarte",
        "egk",
        "kv",
        "karte",
        "medicare",
        "medicare card",
        "health",
        "insurance",
        "card",
    )
