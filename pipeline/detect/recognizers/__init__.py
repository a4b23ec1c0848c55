"""Recognizers: one module per entity type, each a presidio PatternRecognizer."""

from __future__ import annotations

from pipeline.detect.recognizers.bank_account import (
    BankAccountChecksumRecognizer,
    BankAccountRecognizer,
    LatinAmericanAccountRecognizer,
    UpiIdRecognizer,
)
from pipeline.detect.recognizers.base import Recognizer
from pipeline.detect.recognizers.credit_card import PaymentCardRecognizer
from pipeline.detect.recognizers.date_of_birth import DateOfBirthRecognizer, SpokenDateOfBirthRecognizer
from pipeline.detect.recognizers.de_tax_id import SteuerIdRecognizer
from pipeline.detect.recognizers.email_address import EmailAddressRecognizer
from pipeline.detect.recognizers.es_nif import DniNieRecognizer
from pipeline.detect.recognizers.fr_insee import FrInseeRecognizer
from pipeline.detect.recognizers.health_plan_number import HealthCardChecksumRecognizer, HealthPlanNumberRecognizer
from pipeline.detect.recognizers.iban_code import IbanCodeRecognizer
from pipeline.detect.recognizers.ip_address import IpAddressRecognizer
from pipeline.detect.recognizers.it_fiscal_code import CodiceFiscaleRecognizer
from pipeline.detect.recognizers.labelled_id import LABELLED
from pipeline.detect.recognizers.location import PlaceNameRecognizer
from pipeline.detect.recognizers.medical_record_number import (
    MedicalRecordNumberRecognizer,
)
from pipeline.detect.recognizers.national_id_checksum import (
    CuedNationalIdChecksumRecognizer,
    NationalIdChecksumRecognizer,
)
from pipeline.detect.recognizers.ner import NER_LABELS
from pipeline.detect.recognizers.nl_bsn import NlBsnRecognizer
from pipeline.detect.recognizers.personal_id import PersonalIdCueRecognizer
from pipeline.detect.recognizers.phone_number import PhoneNumberRecognizer
from pipeline.detect.recognizers.secret import SECRET_RECOGNIZERS
from pipeline.detect.recognizers.spoken_numbers import (
    SpokenAnyNumberRecognizer,
    SpokenCardRecognizer,
    SpokenIpRecognizer,
    SpokenNumberRecognizer,
    SpokenRomanceStreetRecognizer,
    SpokenStreetRecognizer,
    SpokenUrlLoginRecognizer,
)
from pipeline.detect.recognizers.street_address import StreetAddressRecognizer
from pipeline.detect.recognizers.tax_id import TaxIdRecognizer
from pipeline.detect.recognizers.uk_nino import NationalInsuranceRecognizer
from pipeline.detect.recognizers.url_credentials import UrlCredentialsRecognizer
from pipeline.detect.recognizers.us_bank_routing import UsBankRoutingRecognizer
from pipeline.detect.recognizers.us_driver_license import UsDriverLicenseRecognizer
from pipeline.detect.recognizers.us_passport import UsPassportNumberRecognizer
from pipeline.detect.recognizers.us_ssn import SocialSecurityRecognizer

# Entity type -> the recognizer classes that find it.
PATTERN_RECOGNIZERS: dict[str, tuple[type[Recognizer], ...]] = {
    "BANK_ACCOUNT": (
        BankAccountRecognizer,
        BankAccountChecksumRecognizer,
        LatinAmericanAccountRecognizer,
        UpiIdRecognizer,
        LABELLED["BANK_ACCOUNT"],
    ),
    "CREDIT_CARD": (PaymentCardRecognizer, SpokenCardRecognizer),
    "DATE_OF_BIRTH": (DateOfBirthRecognizer, SpokenDateOfBirthRecognizer),
    "DE_TAX_ID": (SteuerIdRecognizer,),
    "EMAIL_ADDRESS": (EmailAddressRecognizer,),
    "ES_NIF": (DniNieRecognizer,),
    "FR_INSEE": (FrInseeRecognizer,),
    "HEALTH_PLAN_NUMBER": (HealthPlanNumberRecognizer, HealthCardChecksumRecognizer, LABELLED["HEALTH_PLAN_NUMBER"]),
    "IBAN_CODE": (IbanCodeRecognizer,),
    "IP_ADDRESS": (IpAddressRecognizer, SpokenIpRecognizer),
    "IT_FISCAL_CODE": (CodiceFiscaleRecognizer,),
    "LOCATION": (PlaceNameRecognizer,),
    "MEDICAL_RECORD_NUMBER": (MedicalRecordNumberRecognizer, LABELLED["MEDICAL_RECORD_NUMBER"]),
    "NATIONAL_ID": (
        PersonalIdCueRecognizer,
        NationalIdChecksumRecognizer,
        CuedNationalIdChecksumRecognizer,
        LABELLED["NATIONAL_ID"],
    ),
    "NL_BSN": (NlBsnRecognizer,),
    "PHONE_NUMBER": (PhoneNumberRecognizer, SpokenNumberRecognizer, SpokenAnyNumberRecognizer),
    "SECRET": SECRET_RECOGNIZERS,
    "STREET_ADDRESS": (StreetAddressRecognizer, SpokenStreetRecognizer, SpokenRomanceStreetRecognizer),
    "TAX_ID": (TaxIdRecognizer, LABELLED["TAX_ID"]),
    "UK_NINO": (NationalInsuranceRecognizer,),
    "URL_CREDENTIALS": (UrlCredentialsRecognizer, SpokenUrlLoginRecognizer),
    "US_BANK_ROUTING": (UsBankRoutingRecognizer,),
    "US_DRIVER_LICENSE": (UsDriverLicenseRecognizer, LABELLED["US_DRIVER_LICENSE"]),
    "US_PASSPORT": (UsPassportNumberRecognizer, LABELLED["US_PASSPORT"]),
    "US_SSN": (SocialSecurityRecognizer, LABELLED["US_SSN"]),
}

# Every entity type a policy may declare.
KNOWN_ENTITIES: frozenset[str] = frozenset(PATTERN_RECOGNIZERS) | frozenset(NER_LABELS)

__all__ = ["KNOWN_ENTITIES", "NER_LABELS", "PATTERN_RECOGNIZERS", "Recognizer"]
