"""Secrets: credentials of every kind, reported as entity SECRET.

Each kind is its own recognizer so the finding's `recognizer` says what it is
(`aws_access_key`, `github_token`, ...); the policies quarantine them all.
"""

from __future__ import annotations

import base64
import binascii
import json
import math
import re
from collections import Counter
from collections.abc import Iterator

from presidio_analyzer import Pattern

from pipeline.detect.recognizers.base import Matches, Recognizer
from pipeline.detect.recognizers.url_credentials import URL_WITH_PASSWORD


def shannon_entropy(value: str) -> float:
    """Bits per character."""
    counts = Counter(value)
    n = len(value)
    return -sum(c / n * math.log2(c / n) for c in counts.values())


class _Secret(Recognizer):
    ENTITY = "SECRET"


class AwsAccessKeyRecognizer(_Secret):
    NAME = "aws_access_key"
    PATTERNS = (Pattern("aws_access_key_id", r"\b(?:AKIA|ASIA|AGPA|AIDA|AROA|AIPA|ANPA|ANVA)[A-Z0-9]{16}\b", 0.95),)


class AwsSecretKeyRecognizer(_Secret):
    NAME = "aws_secret_key"
    PATTERNS = (
        Pattern(
            "aws_secret_access_key",
            r"(?i)(?:aws)?_?secret_?(?:access)?_?key[\"']?\s*[:=]\s*[\"']?(?P<v>[A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])",
            0.95,
        ),
    )


class AwsBareSecretKeyRecognizer(_Secret):
    """A 40-character AWS secret access key on its own: its shape (base64
    alphabet, upper and lower case and a digit) and its entropy."""

    NAME = "aws_secret_key_bare"
    PATTERNS = (Pattern("aws_secret_shape", r"(?<![A-Za-z0-9/+=])[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])", 0.7),)
    MIN_BITS_PER_CHAR = 4.0

    def validate_result(self, pattern_text: str) -> bool:
        return (
            any(c.isupper() for c in pattern_text)
            and any(c.islower() for c in pattern_text)
            and any(c.isdigit() for c in pattern_text)
            and shannon_entropy(pattern_text) >= self.MIN_BITS_PER_CHAR
        )


class ApiKeyPrefixRecognizer(_Secret):
    """API keys with a published prefix (Anthropic, OpenAI, Google, npm, SendGrid), or a prefix that
    names the key's mode (live, test)."""

    NAME = "api_key"
    PATTERNS = (
        Pattern("anthropic_key", r"\bsk-ant-[A-Za-z0-9_\-]{20,}", 0.95),
        Pattern("openai_key", r"\bsk-(?:proj-|svcacct-|admin-)?[A-Za-z0-9_\-]{20,}", 0.9),
        Pattern("google_api_key", r"\bAIza[0-9A-Za-z_\-]{35}", 0.95),
        Pattern("npm_token", r"\bnpm_[A-Za-z0-9]{36}\b", 0.95),
        Pattern("mailgun_key", r"\bkey-[0-9a-z]{32}\b", 0.9),
        Pattern("shopify_token", r"\bshp(?:at|ca|pa|ss)_[a-fA-F0-9]{32}\b", 0.95),
        Pattern("mailchimp_key", r"\b[0-9a-f]{32}-us\d{1,2}\b", 0.9),
        Pattern("vault_token", r"\bhv[sbr]\.[A-Za-z0-9_-]{20,}", 0.95),
        Pattern("sendgrid_key", r"\bSG\.[A-Za-z0-9_\-]{8,32}\.[A-Za-z0-9_\-]{16,64}", 0.95),
        # A payment or SaaS provider's mode in the prefix: "rzp_live_...", "pk_test_...", "xnd_production_..."
        Pattern("mode_prefixed_key", r"\b[a-z]{2,6}_(?:live|test|prod|production|sandbox)_[A-Za-z0-9]{12,}\b", 0.9),
    )


class HttpCredentialRecognizer(_Secret):
    """Credentials an HTTP request carries: Basic auth (base64 of user:password) and session cookies."""

    NAME = "http_credential"
    PATTERNS = (
        Pattern("basic_auth", r"(?i:\bauthorization:?[ \t]*basic[ \t]+)(?P<v>[A-Za-z0-9+/]{8,}={0,2})", 0.9),
        Pattern(
            "session_cookie",
            r"(?i:(?<![\w-])(?:sessionid|session_id|sessid|phpsessid|jsessionid|connect\.sid|sid|auth_token|remember_token|"
            r"remember_user_token|_session)=)(?P<v>[A-Za-z0-9%._~+/-]{16,512})",
            0.85,
        ),
        # Any cookie of a Cookie header: "Cookie: session=s%3AhQ9k..." (a log's "session=..." is an id).
        Pattern(
            "cookie_header",
            r"(?im:^[ \t]*(?:set-)?cookie:[^\n]*?(?<![\w-])(?:session|token|auth)[\w.-]{0,20}=)(?P<v>[A-Za-z0-9%._~+/-]{16,512})",
            0.85,
        ),
    )

    def validate_result(self, pattern_text: str) -> bool:
        return sum(c.isdigit() for c in pattern_text) >= 2 and sum(c.isalpha() for c in pattern_text) >= 2


class DiscordTokenRecognizer(_Secret):
    """A Discord bot token: the bot's id in base64, a timestamp and an HMAC, dot-separated."""

    NAME = "discord_token"
    PATTERNS = (
        Pattern(
            "discord_token", r"(?<![\w.-])[A-Za-z0-9_-]{24,28}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,40}(?![\w.-])", 0.85
        ),
    )

    def validate_result(self, pattern_text: str) -> bool:
        return any(c.isupper() for c in pattern_text) and any(c.islower() for c in pattern_text)


class BareHexTokenRecognizer(_Secret):
    """32 hex digits on their own: the shape of an auth token (Twilio's, many API keys) as well
    as of an MD5 or a trace id. A token unless its key says it is a digest or a trace."""

    NAME = "hex_token"
    PATTERNS = (Pattern("hex_token_32", r"(?<![\w/+=.-])(?:[0-9a-f]{32}|[0-9A-F]{32})(?![\w/+=.-])", 0.55),)

    def find(self, text: str, index: int, matches: Matches = None) -> Iterator[tuple[int, int, float]]:
        for start, end, score in super().find(text, index, matches):
            if not _DIGEST_KEY.search(text, max(0, start - 24), start):
                yield start, end, score

    def validate_result(self, pattern_text: str) -> bool:
        return sum(c.isdigit() for c in pattern_text) >= 4 and sum(c.isalpha() for c in pattern_text) >= 4


_DIGEST_KEY = re.compile(
    r"(?i:(?:md5|hash|digest|checksum|sum|etag|trace|span|parent|correlation|request|req|build|commit|object|"
    r"file|blob|fingerprint)[\w-]{0,12}[\"']?[ \t]*[:=]?[ \t]*[\"']?)\Z"
)


class BareHighEntropyTokenRecognizer(_Secret):
    """A long random token on its own (a storage account key, a pasted
    credential): base64 alphabet with upper and lower case and digits, high
    entropy. Hex-only strings (hashes, request ids) are not taken."""

    NAME = "high_entropy_token"
    PATTERNS = (
        Pattern("high_entropy_token", r"(?<![A-Za-z0-9/+=_-])[A-Za-z0-9/+_-]{32,128}={0,2}(?![A-Za-z0-9/+=_-])", 0.6),
    )
    MIN_BITS_PER_CHAR = 4.2

    def validate_result(self, pattern_text: str) -> bool:
        return (
            sum(c.isupper() for c in pattern_text) >= 3
            and sum(c.islower() for c in pattern_text) >= 3
            and sum(c.isdigit() for c in pattern_text) >= 2
            and shannon_entropy(pattern_text) >= self.MIN_BITS_PER_CHAR
        )


_WORDS_JOINED = re.compile(r"[a-z]+(?:[-_.][a-z]+)+")
# What follows "password is" that is no password.
_NOT_PASSWORDS = frozenset(
    """
    incorrect wrong invalid expired required correct missing not too the a an being still no none null secret
    reset changed change set empty blank weak strong same different locked case sensitive protected needed
    updated saved stored hashed encrypted visible hidden shown known unknown forgotten lost stolen ok okay fine
    lautet heißt issued working broken here there below above attached same-as-before your my our their this that which what
    please enter see use check ask call sent via in on is will should must can cannot has had was were
    wifi wi-fi wlan account compte konto cuenta conta login portal email mail admin du de del des for
    asked asking given requested provided shared and or to with from link policy manager rotation expiry
    falsch abgelaufen vergessen geändert incorrecto caducado olvidado incorrect expiré oublié changé errata
    scaduta dimenticata onjuist verlopen vergeten errada expirada esquecida
    """.split()
)

# "password" in the languages of our users.
_PASSWORD_WORDS = (
    r"password|passwort|kennwort|contraseña|mot de passe|wachtwoord|senha|pwd|passphrase|hasło|haslo|heslo|"
    r"lösenord(?:et)?|losenord(?:et)?|adgangskode(?:n)?|kodeord(?:et)?|passord(?:et)?|salasana(?:ni|si)?|"
    r"şifre(?:m|niz)?|sifre(?:m|niz)?|parolam|parool|jelszó|jelszavam|wi-?fi (?:key|code)|network key|wpa2? key|"
    r"pw|temp pw|temporary password|temp password"
)


class PasswordAfterCueRecognizer(_Secret):
    """A password given in a sentence: "Password: X", "Passwort: X", "mot de passe : X"."""

    NAME = "password_after_cue"
    PATTERNS = (
        Pattern(
            "password_after_cue",
            rf"(?i:(?<!\w)(?:{_PASSWORD_WORDS}|parola d'ordine|pw|passcode)"
            r"(?:\s(?:is|ist|lautet|es|est|este|è|é|was|war|era|jest|je|är|er|on|c'est|c’est|it's|its))?(?:\s?[:=]|\s[—–-])?\s)"
            r"(?P<v>\S{4,64})",
            0.6,
        ),
        # JSON and YAML: "password": "X" (quoted, no space needed after the colon)
        Pattern(
            "password_field",
            r"(?i:[\"']?(?:password|passwort|passwd|pwd|pass|secret|contraseña|senha|wachtwoord|mot_de_passe)[\"']?"
            r"\s?:\s?[\"'])(?P<v>[^\"'\s]{4,128})(?=[\"'])",
            0.6,
        ),
        # The word, a few words about whose it is, then "is": "wachtwoord van het portaal is X",
        # "Temp password issued by helpdesk: X"
        Pattern(
            "password_is",
            rf"(?i:(?<!\w)(?:{_PASSWORD_WORDS}|parola)"
            r"(?:\s[^\s:=]{1,20}){1,4}(?:\s(?:is|ist|es|est|è|é|era|was|war|jest|je|är|er|on|=)|\s?:)\s)(?P<v>\S{6,64})",
            0.6,
        ),
        # A login given in a sentence: "user jsmith pass Xyz12345", "creds are admin:S3cur3P@ss"
        Pattern(
            "password_of_login",
            r"(?i:\b(?:user(?:name)?|login|u)[:\s]\s?[^\s:]{2,40}[,;]?\s(?:pass|pw|pwd|passwd)[:\s]\s?|"
            r"\b(?:creds|credentials|login)\b[^\n:]{0,20}?(?:\s(?:is|are)|:)\s?[^\s:/@]{2,40}:)(?P<v>(?=\S*(?:\d|[^\w\s]))\S{4,64})",
            0.6,
        ),
        # Far from its word, past a whole phrase: "contraseña del wifi de la oficina de Murcia es X";
        # then only a value no plain word could be
        Pattern(
            "password_is_far",
            rf"(?i:(?<!\w)(?:{_PASSWORD_WORDS}|login|log-in|wi-?fi|wlan|pin|mpin)"
            r"(?:\s[^\s:=]{1,20}){1,8}\s(?:is|ist|es|est|è|é|era|was|war|jest|je|är|er|on|says|reads|était|c'est|it's)\s)"
            r"(?P<v>(?=\S*\d)(?=\S*(?:[A-Z]|[^\w\s](?=\S)))\S{5,63}[^\s.,;:!?])",
            0.6,
        ),
        # A form's label on a line of its own, the value alone under it: "Secret\n&v8oNvRhd"
        Pattern(
            "password_under_label",
            rf"(?im:^[ \t]*(?:{_PASSWORD_WORDS}|secret|pin)[ \t]*:?[ \t]*\r?\n[ \t]*)(?P<v>\S{{4,64}})(?=[ \t]*(?:\r?\n|\Z))",
            0.6,
        ),
        # "changed the password to X": the new password, when it is no plain word
        Pattern(
            "password_changed_to",
            rf"(?i:\b(?:chang|set|reset|updat)\w*\s(?:\w+\s){{0,2}}(?:{_PASSWORD_WORDS})\s(?:to|into)\s)"
            r"(?P<v>(?=\S*(?:\d|[^\w\s.,;:!?]))\S{6,64})",
            0.6,
        ),
        # A login or a Wi-Fi network given as "user / password": "default login is admin / X",
        # "Guest Wi-Fi: KestrelGuest / X"
        Pattern(
            "password_after_user",
            r"(?i:\b(?:(?:wi-?fi|wlan|login|log-in|credentials?|creds)\b[^\n:]{0,30}?(?:\sis|:)\s*[^\s/]{2,40}|"
            r"admin|administrator|root)[ \t]?/[ \t]?)"
            r"(?P<v>(?=\S*\d)\S{6,64})",
            0.6,
        ),
        # A .pgpass line: host:port:database:user:password
        Pattern(
            "password_pgpass",
            r"(?m:^[\w.*-]+:(?:\d{2,5}|\*):[\w*.-]+:[\w*.-]+:)(?P<v>\S{4,128})$",
            0.6,
        ),
        # Config keys that end in a password word: db_password = "X", ansible_become_pass=X,
        # RABBITMQ_DEFAULT_PASS: X, (smtp user=..., pass=X). Not "passport:" or "bypass=" (the word is
        # the key, or its last part).
        Pattern(
            "password_key",
            r"(?i:(?<![\w.-])(?:[\w.-]*(?:password|passwd|passwort|pwd)|(?:[\w.-]*[_.-])?(?:pass|pw|secret))"
            r"\d?[\"']?[ \t]*(?:[:=]|=>)[ \t]*[\"']?)"
            r"(?P<v>[^\"'\s;,)$<{%*][^\"'\s;,)]{3,127})",
            0.6,
        ),
        # Command lines: mysql -pX, psql/docker login ... -p X, curl -u user:X
        Pattern(
            "password_cli",
            r"(?i:\b(?:mysql|mysqldump|mariadb|psql|mongo|mongosh|redis-cli|docker login|podman login|sshpass|"
            r"helm registry login)\b[^\n]*?[ \t](?:-p|-a|--pass|--password[= ]?)[ \t]?[\"']?)(?P<v>[^\s'\"$<{]{4,64})",
            0.6,
        ),
        # .NET and Java XML config: <add key="SmtpPassword" value="X" />
        Pattern(
            "password_xml",
            r"(?i:\bkey=[\"'][\w.:-]*(?:password|passwd|pwd|secret)[\w.:-]*[\"']\s+value=[\"'])(?P<v>[^\"'\s]{4,128})",
            0.6,
        ),
        Pattern("password_curl", r"(?:[ \t](?:-u|--user)[ \t]+[^\s:'\"]+:)(?P<v>[^\s'\"$<{]{3,64})", 0.6),
    )

    def validate_result(self, pattern_text: str) -> bool:
        word = pattern_text.rstrip(".,;")
        if word.startswith(("/", "~/")):  # sudo's "PWD=/var/log": a directory
            return False
        if _WORDS_JOINED.fullmatch(word):  # "this-is-not-random-at-all", "my_service.name": a name, not a password
            return False
        # A plain lowercase word is a password too ("my password is sunshine"), unless it says
        # something about the password ("is incorrect", "was reset").
        return word.lower() not in _NOT_PASSWORDS


class PasswordShapeRecognizer(_Secret):
    """A token only a password looks like, with no word near it: upper and lower case, a
    digit and a symbol ("Saints#2009!Bayou", "Buster2019!"), or a BitLocker recovery key
    (eight groups of six digits). Nothing else people write has that mix."""

    NAME = "password_shape"
    PATTERNS = (
        Pattern(
            "password_shape",
            # (the mix within the token itself: a CSV line "C-0091724,Latoya,...@gmail.com" is no password)
            r"(?<![^\s\"'(\[])(?=[\w!#$%^&?~@*.-]*[a-z])(?=[\w!#$%^&?~@*.-]*[A-Z])(?=[\w!#$%^&?~@*.-]*\d)"
            r"(?=[\w!#$%^&?~@*.-]*[!#$%^&?~@*])[A-Za-z0-9!#$%^&?~@*_.-]{8,40}(?=[\s\"').,;\]]|$)",
            0.6,
        ),
        Pattern("bitlocker_recovery_key", r"(?<![\w-])\d{6}(?:-\d{6}){7}(?![\w-])", 0.95),
    )

    def validate_result(self, pattern_text: str) -> bool:
        if re.search(r"@[\w-]+\.[A-Za-z]", pattern_text):
            return False  # an e-mail address, found as one
        return "://" not in pattern_text and not pattern_text.startswith(("http", "www."))  # a link, no password


class AccessCodeRecognizer(_Secret):
    """A code that opens something, given in a sentence: a card's PIN, a one-time or
    verification code, a door or alarm code ("my PIN is 4821", "OTP: 551203",
    "the code for the gate is 4471#"). Short and digits-only, so only after such a cue."""

    NAME = "access_code"
    PATTERNS = (
        Pattern(
            "access_code_after_cue",
            r"(?i:\b(?:pin|mpin|m-pin|tpin|upi pin|pin code|pin number|pin-code|pin-kode|pin-koodi|passcode|security code|verification code|"
            r"confirmation code|one[- ]time (?:pass)?code|one[- ]time password|otp|2fa code|mfa code|authentication code|"
            r"access code|door code|gate code|alarm code|entry code|key ?safe code|lockbox code|garage code|"
            r"safe code|haustür code|türcode|schlüsselsafe code|código de desarme|código de alarma|código de acceso|"
            r"code d'accès|digicode|codice allarme|wifi voucher|wi-fi voucher|voucher code|"
            r"geheimzahl|bestätigungscode|code pin|code secret|code de vérification|código pin|código de verificación|"
            r"codice pin|codice di verifica|pincode|verificatiecode|kod pin|kod weryfikacyjny|bankid-kod|"
            r"share code|check code|enrol?lment code|activation code|recovery code|unlock code|puk(?: code)?|code puk|"
            r"wiederherstellungscode|code de récupération|código de recuperación|codice di recupero|herstelcode|"
            r"clave|clave de acceso|clave del cajero|clave dinámica|clave de internet|senha do cartão|senha|"
            # what opens a door, an alarm or an account in more of our users' languages
            r"schlüsselbox-code|schlüsselbox code|schlüsselkasten-code|alarmcode|deurcode|toegangscode|"
            r"code de l'alarme|code alarme|code de la porte|code porte|code du portail|código del portal|"
            r"codice del portone|codice d'accesso|varmistuskoodi|vahvistuskoodi|tunnusluku|ovikoodi|"
            r"kod dostępu|kod do drzwi|kod potwierdzający|verifieringskod|portkod|dørkode|bekræftelseskode)[,;]?"
            # a few words about what it opens, or a remark in brackets: "Door code (side entrance): 4718#"
            r"(?:\s(?!is\b|was\b)[^\s:=]{1,20}){0,5}?(?:\s?\([^)\n]{1,40}\))?\s?(?:is|was|ist|war|est|es|è|é|era|jest|oli|on|var|är|er|=|:|-)?\s?)"
            # one run, or groups of two to four: "482 913", "W7K 4MP 9HQ", "KX7Q-P2M9-RT4W"
            r"(?<![\w#*.,])(?P<v>\d(?: \d){3,7}(?![\w-])|(?=[0-9A-Za-z#*]*\d)[0-9A-Za-z#*]{4,10}(?![ -](?=[A-Za-z]*\d)[0-9A-Za-z]{2,4}\b)|"
            r"(?=[\w#*-]*\d)[A-Za-z0-9#*]{2,10}-[A-Za-z0-9#*]{2,10}(?![\w-])|"  # "BEACH-7741"
            r"(?!(?i:is|was|es|est|ist|on|in|at|to|by|of|the|and|for|it|my|oli|var|är|er)\b)(?=[A-Za-z]{0,3}\d|[0-9A-Za-z]{2,4}[ -][A-Za-z]{0,3}\d)[0-9A-Za-z]{2,4}(?:[ -][0-9A-Za-z]{2,4}){1,4})(?![\w-])",
            0.6,
        ),
        # The code first, as one-time codes are texted: "482913 is your OTP", "G-552019 is your
        # Google verification code", "731 044 es tu código".
        Pattern(
            "access_code_before_cue",
            r"(?<![\w#*.,-])(?P<v>[A-Z]-\d{4,8}|\d{4,8}|\d{3}[ -]\d{3})(?![\w-])[ \t]"
            r"(?i:is|es|est|ist|è|é|é o|adalah|ay|är|er|on|jest|to)[ \t]"
            r"(?i:(?:your|the|tu|su|votre|ton|ihr|dein|il tuo|seu|o seu|teu|twój|din|uw|je)[ \t])?(?:[\w-]+[ \t]){0,3}?"
            r"(?i:otp|one[- ]time (?:password|passcode|code|pin)|verification code|security code|login code|sign-in code|"
            r"confirmation code|authentication code|passcode|access code|code|pin|código|codice|kode|kod|mã|koodi|kode otp)"
            # and the sentence ends or says what it is for, not "code review"
            r"(?=[ \t]*(?:[.,;:!)\n]|\Z|(?i:for|to|from|de|per|pour|für|para|untuk|do|til|för|voor)\b|\())",
            0.6,
        ),
    )

    def validate_result(self, pattern_text: str) -> bool:
        digits = sum(c.isdigit() for c in pattern_text)
        return digits >= 4 or (digits >= 2 and any(c in " -" for c in pattern_text))


class CardSecurityCodeRecognizer(_Secret):
    """A card's security code (CVV/CVC), a wallet's seed phrase, backup codes and product keys:
    each opens something on its own."""

    NAME = "card_security_code"
    PATTERNS = (
        Pattern(
            "card_security_code",
            r"(?i:\b(?:cvv2?|cvc2?|csc|cvn|card verification (?:code|value|number)|security code|"
            r"código de seguridad|code de sécurité|codice di sicurezza|prüfnummer|kartenprüfnummer)"
            r"(?:\s(?!is\b)[^\s:=]{1,12}){0,4}?\s?(?:is|was|:|=|#)?\s?)(?P<v>\d{3,4})(?![\w-])",
            0.6,
        ),
        Pattern(
            "seed_phrase",
            r"(?i:\b(?:seed|recovery|mnemonic|secret|backup|wallet)\s(?:phrase|words)[^\n]{0,60}?(?:is|was|:|=|'s)?\s?)"
            r"(?P<v>[a-z]{3,8}(?:[ ,]+[a-z]{3,8}){11,23})\b",
            0.85,
        ),
        Pattern(
            "backup_code",
            r"(?i:\b(?:backup|recovery|2fa|mfa|scratch)\s(?:codes?|keys?)\s?(?:is|are|was|:|=)?\s?)"
            # one code or a list of them: "1234 5678", "4KQ7-2M9P-XV3R 8TZD-61WN-HB5E"
            r"(?P<v>[0-9A-Za-z]{4,5}[- ][0-9A-Za-z]{4,5}(?:[- ][0-9A-Za-z]{4,5}){0,2}"
            r"(?:(?:[ ,;]+|[ \t]*\n[ \t]*)(?=[A-Za-z-]*\d)[0-9A-Za-z]{4,5}(?:[- ][0-9A-Za-z]{4,5}){0,3}){0,15})(?![\w-])",
            0.85,
        ),
        Pattern(
            "product_key",
            r"(?i:\b(?:product|licen[cs]e|activation|registration|cd|windows|office)\s?key\s?(?:is|was|:|=)?\s?)"
            r"(?P<v>[A-Z0-9]{5}(?:-[A-Z0-9]{5}){4})\b",
            0.85,
        ),
    )


# A secret said aloud: digits, letters and symbols as words ("capital B a c k up hash two two",
# "four seven, two two, nine oh", "quatre-vingt-deux B quarante").
_SAID_NUMBER = (
    r"zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
    r"seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|"
    r"null|eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|cero|uno|dos|tres|cuatro|cinco|seis|siete|ocho|"
    r"nueve|zéro|deux|trois|quatre|cinq|sept|huit|neuf|dix|vingt|trente|quarante|cinquante|soixante|cent|mille|"
    r"nul|een|twee|drie|vijf|zes|zeven|negen|tien|dois|três|quatro|sete|oito|nove|due|tre|quattro|cinque|sei|"
    r"sette|otto|\d+"
)
_SAID = (
    rf"(?:{_SAID_NUMBER}|double|triple|hash|pound|star|asterisk|dash|hyphen|underscore|dot|slash|plus|"
    r"exclamation(?: mark| point)?|question mark|dollar(?: sign)?|at sign|percent|ampersand|capital|uppercase|"
    r"lowercase|small|alpha|bravo|charlie|delta|echo|foxtrot|golf|hotel|india|juliet|kilo|lima|mike|oscar|papa|"
    r"romeo|sierra|tango|uniform|victor|whiskey|x-ray|yankee|zulu|[a-z])"
)
_SAID_NUMBER_WORD = re.compile(rf"(?i)(?<!\w)(?:{_SAID_NUMBER})(?!\w)")
# What a sentence about a password says instead ("must be at least eight characters").
_NOT_SAID = r"(?!(?:is|must|should|has|have|need|needs|requires?|will|can|cannot|expires?|contains?)\b)"
_CODE_WORDS = (
    r"pin|mpin|otp|passcode|code|codes|cvv|cvc|key|recovery key|token|schlüssel|wiederherstellungsschlüssel|"
    r"digicode|código|codice|kod|clave|chave|contraseña|senha|wachtwoord|passwort|kennwort"
)


class SpokenSecretRecognizer(_Secret):
    """A password, PIN or one-time code said aloud, after the word that names it: "my password is
    blackbird with a capital B one nine seven four", "the gate code is four four eight one star"."""

    NAME = "spoken_secret"
    FLAGS = re.IGNORECASE  # "capital B", "X 7 B p Q 4 k 2"
    PATTERNS = (
        # A code: said digits, letters and symbols, in groups ("seven four one nine dash two two eight oh
        # and five five three one dash ...").
        Pattern(
            "spoken_code",
            rf"(?i:(?<!\w)(?:{_CODE_WORDS})(?:\s(?!is\b|are\b)[^\s:=]{{1,12}}){{0,3}}?"
            r"\s?(?:is|are|was|:|=|it's|its|c'est|est|ist|es|è|é|like)?\s)"
            rf"(?P<v>{_SAID}(?:(?:[ ,-]+|[ ](?:and|et|y|und|e)[ ]){_SAID}){{2,30}})(?![\w])",
            0.6,
        ),
        # A password: the rest of the clause, when it says a number or a symbol ("hunter two hunter two",
        # "purple monkey dishwasher eighty eight", "Lavande deux mille vingt-quatre").
        Pattern(
            "spoken_password",
            rf"(?i:(?<!\w)(?:{_PASSWORD_WORDS})(?:\s{_NOT_SAID}[^\s:=]{{1,20}}){{0,3}}?"
            r"(?:\s(?:is|ist|es|est|è|é|was|it's|c'est))?\s?[:=]?\s)"
            rf"(?P<v>{_NOT_SAID}"
            r"(?:(?!\bis\b)[^\n,;.?!]){3,80}?)(?=\s+(?:so|but|ok|okay|and he|and she|and then|all one word|all lowercase|"
            r"all lower case|no spaces)\b|[ \t]*(?:[,;?!]|\.(?:\s|$)|\n|$))",
            0.6,
        ),
    )

    def validate_result(self, pattern_text: str) -> bool:
        return len(_SAID_NUMBER_WORD.findall(pattern_text)) >= 2 or (
            "capital" in pattern_text.lower() and " " in pattern_text
        )


class SecretAnswerRecognizer(_Secret):
    """The answer to an account's security question ("memorable word: fluffy",
    "security answer is Rex"): it opens the account as a password does."""

    NAME = "security_answer"
    PATTERNS = (
        Pattern(
            "security_answer",
            r"(?i:\b(?:security (?:answer|question answer|word|phrase)|secret answer|secret word|"
            r"memorable (?:word|phrase|answer|info|information|data)|"
            r"answer to (?:my|the) security question|sicherheitsantwort|réponse secrète|respuesta de seguridad)"
            r"(?:\s(?:is|was|ist|est|es|era)|(?:\s[^\s:=\"]{1,12}){0,4}?\s(?:changed|set|updated)\sto)?\s?[:=]?\s[\"'“]?)"
            r"(?P<v>[^\s,.;\"'”]{2,40})",
            0.6,
        ),
    )


class GcpServiceAccountRecognizer(_Secret):
    NAME = "gcp_service_account"
    PATTERNS = (
        Pattern("gcp_private_key", r"\"private_key\"\s*:\s*\"(?P<v>-----BEGIN PRIVATE KEY-----[^\"]+)\"", 0.95),
        Pattern("gcp_private_key_id", r"\"private_key_id\"\s*:\s*\"(?P<v>[0-9a-f]{40})\"", 0.95),
    )


class AzureConnectionStringRecognizer(_Secret):
    NAME = "azure_connection_string"
    PATTERNS = (
        Pattern("azure_account_key", r"(?i)\bAccountKey=(?P<v>[A-Za-z0-9+/]{40,}={0,2})", 0.95),
        Pattern("azure_sas_key", r"(?i)\bSharedAccessKey=(?P<v>[A-Za-z0-9+/]{30,}={0,2})", 0.95),
        Pattern("azure_sas_signature", r"[?&]sig=(?P<v>[A-Za-z0-9%+/]{30,}(?:%3D|=){0,2})", 0.9),
    )

    def find(self, text: str, index: int, matches: Matches = None) -> Iterator[tuple[int, int, float]]:
        for start, end, score in super().find(text, index, matches):
            # A key in a connection string: the whole string, which names the account it opens.
            yield *(whole_connection_string(text, start, end) if index < 2 else (start, end)), score


class GithubTokenRecognizer(_Secret):
    NAME = "github_token"
    PATTERNS = (
        Pattern("github_classic", r"\bgh[pousr]_[A-Za-z0-9]{36}\b", 0.95),
        Pattern("github_fine_grained", r"\bgithub_pat_[A-Za-z0-9_]{82}\b", 0.95),
    )


class GitlabTokenRecognizer(_Secret):
    NAME = "gitlab_token"
    PATTERNS = (Pattern("gitlab_pat", r"\bgl(?:pat|dt|rt|ptt)-[A-Za-z0-9_\-]{20}(?![A-Za-z0-9_\-])", 0.95),)


class SlackTokenRecognizer(_Secret):
    NAME = "slack_token"
    PATTERNS = (
        Pattern("slack_token", r"\bxox[abposre]-[A-Za-z0-9\-]{10,}\b", 0.95),
        Pattern("slack_webhook", r"https://hooks\.slack\.com/services/T[A-Z0-9]+/B[A-Z0-9]+/[A-Za-z0-9]+", 0.95),
    )


class StripeKeyRecognizer(_Secret):
    NAME = "stripe_key"
    PATTERNS = (Pattern("stripe_secret", r"\b(?:sk|rk)_(?:live|test)_[A-Za-z0-9]{16,}\b", 0.95),)


class PrivateKeyRecognizer(_Secret):
    NAME = "private_key"
    # The whole block; a pasted block cut short still counts.
    PATTERNS = (
        Pattern(
            "pem_private_key",
            r"-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----(?:[\s\S]*?-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----|[A-Za-z0-9+/=\s:\-,]*)",
            1.0,
        ),
    )


class JwtRecognizer(_Secret):
    NAME = "jwt"
    # A header and a payload make the token, whatever its signature (cut short when pasted, or none).
    PATTERNS = (Pattern("jwt", r"\beyJ[A-Za-z0-9_\-]{8,}\.eyJ[A-Za-z0-9_\-]{8,}\.[A-Za-z0-9_\-]*", 0.9),)

    def validate_result(self, pattern_text: str) -> bool:
        header = pattern_text.split(".", 1)[0]
        try:
            decoded = json.loads(base64.urlsafe_b64decode(header + "=" * (-len(header) % 4)))
        except (ValueError, binascii.Error):
            return False
        return isinstance(decoded, dict) and "alg" in decoded


class UrlPasswordRecognizer(_Secret):
    NAME = "url_password"
    PATTERNS = (Pattern("url_password", URL_WITH_PASSWORD.replace("?P<pw>", "?P<v>"), 0.95),)


class ConnectionStringPasswordRecognizer(_Secret):
    NAME = "connection_string_password"
    # Key=value;Key=value strings (ADO.NET, JDBC, ODBC): the password value.
    PATTERNS = (
        Pattern(
            "connection_string_password",
            r"(?i)(?:^|[;\s\"'&?])(?:password|pwd|passwd)\s*=\s*(?P<v>[^;\s\"'&]{3,128})(?=[;&\s\"']|$)",
            0.85,
        ),
    )

    def validate_result(self, pattern_text: str) -> bool:
        # "password=" followed by a placeholder is not a secret, nor sudo's "PWD=/home/ana" (a directory).
        placeholder = pattern_text.lower() in {"***", "****", "xxx", "<password>", "changeme?", "null", "none"}
        return not placeholder and not pattern_text.startswith(("/", "~/"))

    def find(self, text: str, index: int, matches: Matches = None) -> Iterator[tuple[int, int, float]]:
        """The whole connection string, not only its password: the host, port, user and
        database beside it say where the password opens a door."""
        for start, end, _ in super().find(text, index, matches):
            # Scored above any part it holds (an IP address, a user name): the whole string is a SECRET.
            yield *whole_connection_string(text, start, end), 1.0


_SPACE = frozenset(" \u00a0")
_STRING_END = frozenset("\"'\n\r\t<>`")
# One "key=value" setting before or after the password's, in a string written among prose:
# "Server=x;User Id=y;" (ADO.NET) or "host=x port=5432 user=y" (libpq).
_SETTING_BEFORE = re.compile(
    r"(?:(?<![\w-])[A-Za-z]{1,20}(?: [A-Za-z]{1,10})?=(?:\{[^}\n]{0,60}\}|[^;\s\"']*); ?|"
    r"(?<![\w-])(?:host|hostaddr|port|dbname|user|sslmode|connect_timeout|application_name)=[^;\s\"']+ )\Z"
)
_KEY_BEFORE = re.compile(r"[A-Za-z]\w{0,20}\s*=\s*\Z")
_SETTINGS_AFTER = re.compile(r"[^\s;\"']*(?:; ?[A-Za-z]\w{0,20}(?: [A-Za-z]\w{0,10})?=[^;\s\"']*)*;?")


def whole_connection_string(text: str, start: int, end: int) -> tuple[int, int]:
    """The connection string around the setting at start:end: to its quotes or line ends when
    it holds no space, or else over the "key=value" settings next to it."""
    lo, hi = _around(text, start, end, _STRING_END)
    if not any(c in _SPACE for c in text[lo:hi]):
        return lo, hi
    key = _KEY_BEFORE.search(text, max(0, start - 30), start)
    lo = key.start() if key else start
    for _ in range(12):
        before = _SETTING_BEFORE.search(text, max(0, lo - 80), lo)
        if before is None:
            break
        lo = before.start()
    after = _SETTINGS_AFTER.match(text, end)
    return lo, after.end() if after else end


def _around(text: str, start: int, end: int, stops: frozenset[str]) -> tuple[int, int]:
    lo, hi = start, end
    while lo > 0 and text[lo - 1] not in stops and hi - lo < 1024:
        lo -= 1
    while hi < len(text) and text[hi] not in stops and hi - lo < 1024:
        hi += 1
    return lo, hi


# A name in code, not a value: "management_service_account_v2", "user-profile-cache-v3".
_IDENTIFIER = re.compile(r"[a-z]{2,}(?:[-_.](?:[a-z]{2,}|v?\d{1,3}))+")


class HighEntropyAssignmentRecognizer(_Secret):
    NAME = "high_entropy_value"
    # A key-like name, then a long random-looking value.
    PATTERNS = (
        Pattern(
            "key_like_assignment",
            r"(?i)(?:api[_\-]?key|apikey|secret|token|access[_\-]?key|auth[_\-]?key|client[_\-]?secret|"
            r"private[_\-]?key|passwd|password|credential|(?<![a-z])key|pasted this)s?[\w\-]{0,20}[\"']?\s*(?:[:=]|=>|\bis\b)\s*[\"']?"
            r"(?P<v>[A-Za-z0-9+/=_\-.~]{16,256})",
            0.85,
        ),
        # Quoted, any printable character: SECRET_KEY = "django-insecure-8f#k2!x@q9z..."
        Pattern(
            "key_like_quoted",
            r"(?i)(?:secret|token|api[_\-]?key|private[_\-]?key|password|passwd)[\w\-]{0,20}[\"']?\s*[:=]\s*[\"']"
            r"(?P<v>[^\"'\s]{16,256})[\"']",
            0.85,
        ),
        # In prose, no sign between: "the api key 0123456789abcdef0123...", "Bearer eyJ0eXAi..."
        Pattern(
            "key_like_words",
            r"(?i)\b(?:api[ _\-]?key|access[ _\-]?token|auth[ _\-]?token|secret[ _\-]?key|license[ _\-]?key|bearer|token|"
            r"(?:(?:client|app|api|signing|webhook|shared)[ _\-]?)?secret)"
            r"\s+(?P<v>[A-Za-z0-9+/=_\-.~]{20,256})",
            0.7,
        ),
    )
    MIN_BITS_PER_CHAR = 3.5

    def validate_result(self, pattern_text: str) -> bool:
        has_digit = any(c.isdigit() for c in pattern_text)
        has_alpha = any(c.isalpha() for c in pattern_text)
        if not (has_digit and has_alpha) or _IDENTIFIER.fullmatch(pattern_text):
            return False
        # Hex carries at most 4 bits a character: a 32-hex token after its key name is a secret
        # (a Twilio auth token) even where its entropy falls short of the bar for other alphabets.
        if len(pattern_text) >= 32 and all(c in "0123456789abcdefABCDEF" for c in pattern_text):
            return shannon_entropy(pattern_text) >= 3.0
        return shannon_entropy(pattern_text) >= self.MIN_BITS_PER_CHAR


SECRET_RECOGNIZERS: tuple[type[Recognizer], ...] = (
    AwsAccessKeyRecognizer,
    AwsSecretKeyRecognizer,
    AwsBareSecretKeyRecognizer,
    ApiKeyPrefixRecognizer,
    BareHighEntropyTokenRecognizer,
    BareHexTokenRecognizer,
    DiscordTokenRecognizer,
    HttpCredentialRecognizer,
    PasswordAfterCueRecognizer,
    PasswordShapeRecognizer,
    AccessCodeRecognizer,
    CardSecurityCodeRecognizer,
    SecretAnswerRecognizer,
    SpokenSecretRecognizer,
    GcpServiceAccountRecognizer,
    AzureConnectionStringRecognizer,
    GithubTokenRecognizer,
    GitlabTokenRecognizer,
    SlackTokenRecognizer,
    StripeKeyRecognizer,
    PrivateKeyRecognizer,
    JwtRecognizer,
    UrlPasswordRecognizer,
    ConnectionStringPasswordRecognizer,
    HighEntropyAssignmentRecognizer,
)
