"""Recognizers: one module per entity type, each a presidio PatternRecognizer."""

from __future__ import annotations

from pipeline.detect.recognizers.base import Recognizer
from pipeline.detect.recognizers.credit_card import CreditCardRecognizer
from pipeline.detect.recognizers.email_address import EmailRecognizer
from pipeline.detect.recognizers.iban_code import IbanRecognizer
from pipeline.detect.recognizers.ip_address import IpAddressRecognizer
from pipeline.detect.recognizers.ner import NER_LABELS
from pipeline.detect.recognizers.phone_number import PhoneRecognizer
from pipeline.detect.recognizers.secret import SECRET_RECOGNIZERS
from pipeline.detect.recognizers.street_address import StreetAddressRecognizer
from pipeline.detect.recognizers.url_credentials import UrlCredentialsRecognizer
from pipeline.detect.recognizers.us_ssn import UsSsnRecognizer

# Entity type -> the recognizer classes that find it.
PATTERN_RECOGNIZERS: dict[str, tuple[type[Recognizer], ...]] = {
    "CREDIT_CARD": (CreditCardRecognizer,),
    "EMAIL_ADDRESS": (EmailRecognizer,),
    "IBAN_CODE": (IbanRecognizer,),
    "IP_ADDRESS": (IpAddressRecognizer,),
    "PHONE_NUMBER": (PhoneRecognizer,),
    "SECRET": SECRET_RECOGNIZERS,
    "STREET_ADDRESS": (StreetAddressRecognizer,),
    "URL_CREDENTIALS": (UrlCredentialsRecognizer,),
    "US_SSN": (UsSsnRecognizer,),
}

# Every entity type a policy may declare.
KNOWN_ENTITIES: frozenset[str] = frozenset(PATTERN_RECOGNIZERS) | frozenset(NER_LABELS)

__all__ = ["KNOWN_ENTITIES", "NER_LABELS", "PATTERN_RECOGNIZERS", "Recognizer"]
