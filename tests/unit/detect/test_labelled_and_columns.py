"""Identifiers named by a label in the sentence or by their table column, whatever their format."""

import functools

import pytest

from pipeline.detect.engine import Detector
from pipeline.policy.model import EntityRule, NerRule, Policy
from tests.unit.detect.util import values

LABELLED = [
    # entity, text, expected values
    ("MEDICAL_RECORD_NUMBER", "Numéro patient: IPP0042917 transféré", ["IPP0042917"]),
    ("MEDICAL_RECORD_NUMBER", "Error E0038. N° de dossier patient E040204978 Commande", ["E040204978"]),
    ("MEDICAL_RECORD_NUMBER", "Order number: #52415308 Pt ID KH-2724875 Booked", ["KH-2724875"]),
    ("HEALTH_PLAN_NUMBER", "n. iscrizione 80087700154522611725\nCF", ["80087700154522611725"]),
    (
        "MEDICAL_RECORD_NUMBER",
        "action=PATIENT_RECORD_VIEW target_mrn=BPH-0048213 reason",
        ["BPH-0048213"],
    ),  # a key's last word
    ("MEDICAL_RECORD_NUMBER", "UHID: APK.0004419823         Date: 12-Aug-2024", ["APK.0004419823"]),
    ("HEALTH_PLAN_NUMBER", "NHIA No: NHIA/LAG/2019/0048213\nNOK", ["NHIA/LAG/2019/0048213"]),
    ("TAX_ID", "Veronumero: 100382745610\nTilinumero", ["100382745610"]),
    ("HEALTH_PLAN_NUMBER", "Mitgliedsnummer W12345678 bitte prüfen", ["W12345678"]),
    ("HEALTH_PLAN_NUMBER", "my member id is ZK-1234567.", ["ZK-1234567"]),
    ("BANK_ACCOUNT", "Kontonummer: 0532013000 bei der Sparkasse", ["0532013000"]),
    ("TAX_ID", "Notre numéro de TVA FR40303265045 figure", ["FR40303265045"]),
    ("US_PASSPORT", "Reisepass Nr. C01X00T47 gültig", ["C01X00T47"]),
    ("NATIONAL_ID", "PPSN 1234567TW on file", ["1234567TW"]),
    ("HEALTH_PLAN_NUMBER", "Member ID\nH700250698\nProvincie:", ["H700250698"]),  # the value on the next line
    ("US_PASSPORT", "Passport no. HJVR1NXNV", ["HJVR1NXNV"]),  # one digit in a long code
    ("US_PASSPORT", "Pass-Nr.: 655722204 Betrag", ["655722204"]),
    ("US_DRIVER_LICENSE", "Permis:\tK833-333-29-890-6", ["K833-333-29-890-6"]),
    ("MEDICAL_RECORD_NUMBER", "Cliënt mw. Jong, patiëntnr UMC-3318274, BSN", ["UMC-3318274"]),  # an abbreviated label
    ("MEDICAL_RECORD_NUMBER", "Cartella n. RM-2024-118274. Ricoverata", ["RM-2024-118274"]),
    ("HEALTH_PLAN_NUMBER", "Aetna member W218843301. Follow up", ["W218843301"]),  # an insurer's name
    ("HEALTH_PLAN_NUMBER", "Health plan UHC 918273645. Damage", ["UHC 918273645"]),  # a prefix apart
    ("HEALTH_PLAN_NUMBER", "Cigna ID U88129430 01", ["U88129430 01"]),
    ("US_PASSPORT", "Known traveler TT8812304.", ["TT8812304"]),
    ("US_PASSPORT", "prawo jazdy, paszport EK 4829163. zamówienie", ["EK 4829163"]),
    ("TAX_ID", "Hej, vores CVR er 58718351 og betaling", ["58718351"]),  # "is" in Danish
    ("BANK_ACCOUNT", "posílám číslo účtu 19-2000145399/0800, Jana", ["19-2000145399/0800"]),  # Czech, bank code
    ("BANK_ACCOUNT", "numer konta 61 1090 1014 0000 0712 1981 2874", ["61 1090 1014 0000 0712 1981 2874"]),
    ("BANK_ACCOUNT", "A/C no. 50100234567891 IFSC HDFC0001234", ["50100234567891"]),
    ("BANK_ACCOUNT", "Compte à créditer : 30003 31947 85981414316 90\nJoignable", ["30003 31947 85981414316 90"]),
    (
        "BANK_ACCOUNT",
        "5. Rachunek bankowy (NRB): 61 6203 4033 0213 7577 6468 0998",
        ["61 6203 4033 0213 7577 6468 0998"],
    ),
    ("BANK_ACCOUNT", "rek.nr. WPQH9228921303\nPaspoortnummer: 549207178", ["WPQH9228921303"]),  # not the next label's
    ("US_DRIVER_LICENSE", "Insured: Harjit Singh Dhillon, DL D4471-20478-60905", ["D4471-20478-60905"]),
    # no match: the label is there but what follows is no identifier
    ("MEDICAL_RECORD_NUMBER", "the patient id was missing", []),
    ("HEALTH_PLAN_NUMBER", "the policy was updated in 2024", []),
    ("BANK_ACCOUNT", "Kontonummer ABCDEF fehlt", []),
]


@pytest.mark.parametrize("entity,text,expected", LABELLED)
def test_an_identifier_after_its_label(entity, text, expected):
    assert values(entity, text) == expected


@functools.cache
def detector() -> Detector:
    everything = ("DATE_OF_BIRTH", "PHONE_NUMBER", "US_SSN", "TAX_ID", "CREDIT_CARD", "BANK_ACCOUNT")
    policy = Policy(
        id="t", entities={e: EntityRule() for e in everything}, ner=NerRule(enabled=False, reason="unit test")
    )
    return Detector.for_policy(policy)


@pytest.mark.parametrize(
    "text,expected",
    [
        (
            "id,dob,phone\n1000,01/05/1964,982.503.8754\n",
            [("DATE_OF_BIRTH", "01/05/1964"), ("PHONE_NUMBER", "982.503.8754")],
        ),
        ("id|name|ssn\n7|Ann Lee|27918 7231\n8|Bo Kim|-\n", [("US_SSN", "27918 7231")]),  # "-" is no value
        ("row;vat\n1;DE 136 695 976\n", [("TAX_ID", "DE 136 695 976")]),
        # the row number and order columns are ordinary
        ("id,order,qty\n1000,4481203,2\n", []),
    ],
)
def test_a_column_header_vouches_for_its_cells(text, expected):
    found = [(f.entity_type, text[f.start : f.end]) for f in detector().detect(text).findings]
    assert set(expected) <= set(found)
    assert expected or found == []


def test_camel_case_and_bare_first_last_headers_name_their_columns():
    from pipeline.detect.recognizers.tables import _all_cells

    text = '"MemberID"\t"Last"\t"First"\t"DOB"\n"HMO0044812"\t"Abernathy"\t"Clyde"\t"1955-06-11"\n'
    cells = {k: [text[s:e] for s, e in v] for k, v in _all_cells(text).items()}
    assert cells["HEALTH_PLAN_NUMBER"] == ["HMO0044812"] and cells["PERSON"] == ["Abernathy", "Clyde"]


def test_an_insert_statement_is_a_table():
    from pipeline.detect.recognizers.tables import _all_cells

    text = "INSERT INTO p (license_no, full_name, dob) VALUES ('447 120 883', N'Ngoc Anh Vu', '1975-12-01');"
    cells = {k: [text[s:e] for s, e in v] for k, v in _all_cells(text).items()}
    assert cells == {"US_DRIVER_LICENSE": ["447 120 883"], "PERSON": ["Ngoc Anh Vu"], "DATE_OF_BIRTH": ["1975-12-01"]}
