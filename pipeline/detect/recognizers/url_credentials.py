"""URLs that carry a user name and password (scheme://user:password@host, sip:user:password@host)."""

from __future__ import annotations

from presidio_analyzer import Pattern

from pipeline.detect.recognizers.base import Recognizer

# Shared with the SECRET recognizer, which reports the password part.
URL_WITH_PASSWORD = (
    # (a SIP address has no "//": "sip:gate-4500:Gt8!x2Lm@voip.example.com:5060")
    r"\b(?:jdbc:)?(?:[A-Za-z][A-Za-z0-9+.\-]{1,20}://|(?i:sips?):)[^\s:/@]{0,128}:(?P<pw>[^\s/@]{1,256})@[A-Za-z0-9.\-\[\]:]+"
    r"(?:[^\s\"'<>]*[^\s\"'<>.,;:!?)])?"
)


class UrlCredentialsRecognizer(Recognizer):
    ENTITY = "URL_CREDENTIALS"
    NAME = "url_credentials"
    PATTERNS = (Pattern("url_with_password", URL_WITH_PASSWORD, 0.9),)
