"""UK NINO, DE Steuer-ID, ES DNI/NIE, IT codice fiscale, FR INSEE, NL BSN."""

import pytest

from pipeline.detect.recognizers.de_tax_id import steuer_id_ok
from pipeline.detect.recognizers.es_nif import nif_ok
from pipeline.detect.recognizers.fr_insee import insee_ok
from pipeline.detect.recognizers.it_fiscal_code import fiscal_code_ok
from pipeline.detect.recognizers.nl_bsn import bsn_ok
from tests.unit.detect.util import values

CASES = [
    ("UK_NINO", "NI number AB123456C", ["AB123456C"]),
    ("UK_NINO", "nino: JG 10 37 59 A", ["JG 10 37 59 A"]),
    ("UK_NINO", "bad prefix GB123456A", []),
    ("UK_NINO", "D is never a first letter: DA123456A", []),
    ("UK_NINO", "O is never a second letter: AO123456A", []),
    ("UK_NINO", "suffix E: AB123456E", []),
    ("DE_TAX_ID", "Steuer-ID 86095742719", ["86095742719"]),
    ("DE_TAX_ID", "IdNr 47 036 892 816", ["47 036 892 816"]),
    ("DE_TAX_ID", "Steuer-ID 86095742718", []),  # check digit
    ("DE_TAX_ID", "Steuer-ID 12345678903", []),  # no digit repeats
    ("DE_TAX_ID", "Steuer-ID 01234567890", []),  # leading zero
    ("ES_NIF", "DNI 12345678Z", ["12345678Z"]),
    ("ES_NIF", "NIE X1234567L y Y1234567X", ["X1234567L", "Y1234567X"]),
    ("ES_NIF", "DNI 12345678A", []),
    ("ES_NIF", "NIE X1234567A", []),
    ("IT_FISCAL_CODE", "codice fiscale RSSMRA85T10A562S", ["RSSMRA85T10A562S"]),
    ("IT_FISCAL_CODE", "CF MRTMTT25D09F205Z.", ["MRTMTT25D09F205Z"]),
    ("IT_FISCAL_CODE", "RSSMRA85T10A562T", []),  # check letter
    ("IT_FISCAL_CODE", "RSSMRA85X10A562S", []),  # X is not a month letter
    ("FR_INSEE", "n° sécu 2 55 08 14 168 025 38", ["2 55 08 14 168 025 38"]),
    ("FR_INSEE", "NIR 255081416802538", ["255081416802538"]),
    ("FR_INSEE", "NIR 255081416802539", []),  # key
    ("FR_INSEE", "NIR 355081416802538", []),  # sex digit
    ("NL_BSN", "BSN 111222333", ["111222333"]),
    ("NL_BSN", "burgerservicenummer 1234.56.782", ["1234.56.782"]),
    ("NL_BSN", "BSN 123456789", []),  # eleven test
    ("NL_BSN", "ref 111222333", ["111222333"]),  # recall first: a valid BSN needs no "bsn"
    ("NL_BSN", "ref 111222334", []),  # eleven test
]


@pytest.mark.parametrize("entity,text,expected", CASES)
def test_eu_ids(entity, text, expected):
    assert values(entity, text) == expected


@pytest.mark.parametrize(
    "check,value,ok",
    [
        (steuer_id_ok, "65929970489", True),
        (steuer_id_ok, "65929970488", False),
        (steuer_id_ok, "1234567890", False),
        (nif_ok, "Z1234567R", True),
        (nif_ok, "Z1234567T", False),
        (fiscal_code_ok, "RSSMRA85T10A562S", True),
        (fiscal_code_ok, "RSSMRA85T10A562", False),
        (insee_ok, "269054958815780", True),
        (insee_ok, "269054958815781", False),
        (bsn_ok, "123456782", True),
        (bsn_ok, "000000000", False),
    ],
)
def test_check_digits(check, value, ok):
    assert check(value) is ok
