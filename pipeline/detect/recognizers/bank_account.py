"""Domestic bank account numbers (BBAN) after an account cue word.

A BBAN has no shape common to all countries (digits, sometimes bank letters,
often grouped by four) and mostly no checksum we can rely on, so the cue
says what it is: "account number", "Kontonummer", "numéro de compte", "RIB",
"número de cuenta", "conto", "rekeningnummer", "conta", ... The value: one
run of letters and digits, optionally grouped by spaces or dashes into
chunks that each hold a digit, at least eight digits in all.
"""

from __future__ import annotations

from presidio_analyzer import Pattern
from stdnum import iban
from stdnum.ar import cbu
from stdnum.cz import bankaccount as cz_account

from pipeline.detect.recognizers.base import ChecksumRecognizer, Recognizer

CUES = (
    # English
    "account",
    "account number",
    "account no",
    "acct",
    "acct no",
    "a/c",
    "bank account",
    "bank account number",
    "checking",
    "checking account",
    "savings account",
    "acc no",
    "bankovní spojení",
    # German
    "konto",
    "kontonummer",
    "konto-nr",
    "kontonr",
    "kto",
    "kto-nr",
    # French
    "compte",
    "compte bancaire",
    "numéro de compte",
    "n° de compte",
    "rib",
    # Spanish
    "cuenta",
    "número de cuenta",
    "numero de cuenta",
    "cuenta bancaria",
    "ccc",
    # Italian
    "conto",
    "conto n",
    "conto corrente",
    "numero di conto",
    "numero conto",
    "c/c",
    # Dutch
    "rekening",
    "rekeningnummer",
    "rek.nr",
    "rek nr",
    "bankrekening",
    # Portuguese
    "conta",
    "número da conta",
    "numero da conta",
    "conta corrente",
    "conta bancária",
    # Latin America: Mexico's CLABE, Argentina's CBU and CVU, Peru's interbank code
    "clabe",
    "cbu",
    "cvu",
    "cci",
    # Polish, Czech and Slovak, Nordic, Finnish, Hungarian
    "numer konta",
    "nr konta",
    "numer rachunku",
    "nr rachunku",
    "rachunek",
    "číslo účtu",
    "číslo bankovního účtu",
    "účet",
    "účtu",
    "č. ú.",
    "konto nr",
    "bankkonto",
    "tilinumero",
    "tili",
    "számlaszám",
    "bankszámlaszám",
)
_CUE = "|".join(sorted((c.replace(".", r"\.").replace(" ", r"\s") for c in CUES), key=len, reverse=True))
PATTERN = (
    rf"(?i:(?<!\w)(?:{_CUE})\.?)"
    r"(?:\s?(?:no\.?|nr\.?|number|#))?"
    # qualifiers before a colon: "Compte à créditer :", "Rachunek bankowy (NRB):", "Payee account (from NACHA file):"
    r"(?:(?:[ \t][^\s\d:()]{1,15}){0,2}(?:[ \t]?\([^)\n]{1,20}\))?(?=[ \t]?:))?"
    r"\s?(?:[:#=]|\s(?:is|ist|est|es|è|é|to|er|är|je)\b)?\s{0,2}"
    # First chunk starts with a digit or a short bank code of letters; later chunks each hold a digit.
    # A Czech account has its bank code after a slash: "19-2000145399/0800".
    # A Brazilian one ends in two check letters, the last grouped alone: "1188 6426 ... 190M V".
    r"(?P<v>[A-Za-z0-9]{2,34}(?:[ \-/](?=[A-Za-z]{0,3}[0-9])[A-Za-z0-9]{1,12}){0,8}(?:(?<=\d[A-Za-z]) [A-Za-z])?)"
    r"(?![A-Za-z0-9])"
)


class BankAccountRecognizer(Recognizer):
    ENTITY = "BANK_ACCOUNT"
    NAME = "bank_account_cue"
    PATTERNS = (Pattern("after_account_cue", PATTERN, 0.6),)

    def validate_result(self, pattern_text: str) -> bool:
        # Eight digits at least: "account locked", "conto 2023" or an order id are not accounts.
        compact = pattern_text.replace(" ", "").replace("-", "").replace("/", "")
        return sum(c.isdigit() for c in compact) >= 8 and len(compact) <= 34


# India's UPI payment handles (an account at a bank, addressed like an e-mail without a domain):
# the bank's or the app's handle, or any handle after "UPI".
_UPI_HANDLES = (
    "ybl|ibl|axl|apl|yapl|paytm|upi|okaxis|okhdfcbank|okicici|oksbi|pthdfc|ptsbi|ptyes|ptaxis|icici|sbi|hdfc|"
    "hdfcbank|axisbank|axisb|kotak|fbl|idfcbank|idfcfirst|barodampay|rbl|waaxis|wahdfcbank|freecharge|airtel|"
    "jio|abfspay|ikwik|timecosmos|postbank|indus|federal|aubank|dbs|hsbc|citi|unionbank|pnb|cnrb|boi|mahb|"
    "kbl|yesbank|yesbankltd|idbi|uco|iob|centralbank|kvb|equitas|nsdl|slice|superyes|naviaxis|ratn|tapicici|"
    "pingpay|gpay|amazonpay|apb|jupiteraxis|mbk|ezeepay|dlb|tjsb"
)


class UpiIdRecognizer(Recognizer):
    ENTITY = "BANK_ACCOUNT"
    NAME = "upi_id"
    PATTERNS = (
        Pattern("upi_handle", rf"(?<![\w.+@-])[A-Za-z0-9][\w.-]{{1,48}}@(?i:{_UPI_HANDLES})(?![\w@-]|\.\w)", 0.8),
        Pattern(
            "after_upi_word",
            r"(?i:\b(?:upi|vpa)(?:[ \t](?:id|address|handle))?(?:[ \t](?:is|was))?[ \t]*[:=-]?[ \t]*)"
            r"(?P<v>[A-Za-z0-9][\w.-]{1,48}@[A-Za-z]{2,20})(?![\w@-]|\.\w)",
            0.8,
        ),
    )


def _pl_nrb_valid(value: str) -> bool:
    """A Polish NRB is the IBAN without its "PL": the IBAN's mod-97 check holds for it."""
    return bool(iban.is_valid("PL" + value.replace(" ", "")))


class BankAccountChecksumRecognizer(ChecksumRecognizer):
    """Domestic account numbers whose own check digits make them, without a cue word: a Polish
    NRB (26 digits, mod 97: one random number in 97 passes, and none is that long by chance)
    and a Czech account with its bank code ("19-2000145399/0800")."""

    ENTITY = "BANK_ACCOUNT"
    NAME = "bank_account_checksum"
    PATTERNS = (
        Pattern("pl_nrb", r"(?<![\w./-])\d{2}(?:[ ]?\d{4}){6}(?![\w/-]|\.\d)", 0.6),
        # six digits at least before the bank code: "4417/2010" is a file and its year
        Pattern("cz_account", r"(?<![\w./-])(?:\d{1,6}-)?\d{6,10}/\d{4}(?![\w/-]|\.\d)", 0.5),
    )
    VALIDATORS = (_pl_nrb_valid, cz_account.is_valid)
    CONTEXT = CUES


def _clabe_valid(value: str) -> bool:
    """Mexico's CLABE: 18 digits, the last a check digit over weights 3, 7, 1."""
    digits = [int(c) for c in value if c.isdigit()]
    if len(digits) != 18:
        return False
    total = sum(d * (3, 7, 1)[i % 3] % 10 for i, d in enumerate(digits[:17]))
    return (10 - total % 10) % 10 == digits[17]


class LatinAmericanAccountRecognizer(Recognizer):
    """Account numbers of Argentina and Mexico by their own check digits: a CBU or CVU (22
    digits, two check digits: one random number in a hundred passes) anywhere, and a CLABE (18
    digits, one check digit) said after its name ("Mi CLABE para el reembolso es 0121...")."""

    ENTITY = "BANK_ACCOUNT"
    NAME = "latam_account"
    PATTERNS = (
        Pattern("ar_cbu", r"(?<![\w./-])\d{22}(?![\w/-]|\.\d)", 0.6),
        Pattern(
            "mx_clabe",
            r"(?i:\bclabe\b)[^\n\d]{0,40}?(?P<v>(?<![\w./-])\d{3}[ -]?\d{3}[ -]?\d{11}[ -]?\d)(?![\w/-]|\.\d)",
            0.6,
        ),
    )
    CONTEXT = CUES

    def validate_result(self, pattern_text: str) -> bool:
        compact = pattern_text.replace(" ", "").replace("-", "")
        return _clabe_valid(compact) if len(compact) == 18 else bool(cbu.is_valid(compact))
