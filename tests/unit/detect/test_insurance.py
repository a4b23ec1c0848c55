"""Insurance, benefits and payroll text: member, policy and group numbers after the words insurers
print, numbers a few words after the cover and the insurer, birth dates in brackets after a name,
Mexican RFCs, recovery codes; and the dates, HTTP statuses and recent message dates that look like
them but are not. Every value here is made up for the test."""

import pytest

from tests.unit.detect.util import values

PLAN_NUMBERS = [
    ("BlueCross BlueShield of Texas\nIdentification No. XOF847201936\nGroup No. 129844", "129844"),
    ("Subscriber ID: MD-004471-9203\nGroup ID: 705214-M002\nClaim DN26-118203", "705214-M002"),
    ("N° adhérent 0045821937, n° de contrat groupe GRP-88017. NIR vérifié", "GRP-88017"),
    ("Assurance voyage AXA n° AXA-TRV-4471920. Paiement carte", "AXA-TRV-4471920"),
    ("Travel health cover Britam BRT-TRV-0091827. Pay via card", "BRT-TRV-0091827"),
    ("polizza RBM Salute RBM-7720193, nucleo familiare", "RBM-7720193"),
    ("Mitgliedsnummer Zahnzusatz ZZ-30918274-01, wohnhaft Hauptstr. 5", "ZZ-30918274-01"),
    ("Mi número de asegurado es ASG-00773920. El reembolso", "ASG-00773920"),
    ("保单号码 NTUC-IN-48291736，被保险人", "NTUC-IN-48291736"),
    ("n. iscrizione fondo MS-1928374. Figlio Tommaso", "MS-1928374"),
]


@pytest.mark.parametrize("text,value", PLAN_NUMBERS)
def test_member_policy_and_group_numbers(text, value):
    assert value in values("HEALTH_PLAN_NUMBER", text)


@pytest.mark.parametrize(
    "text",
    [
        "Our refund policy changed on 2026-03-01, see the insurance terms of 12.05.2026.",
        "The insurance claim CLM-2026-11873 was paid on Friday.",
    ],
)
def test_dates_and_claims_near_insurance_words_are_no_plan_numbers(text):
    assert values("HEALTH_PLAN_NUMBER", text) == []


@pytest.mark.parametrize(
    "text,value",
    [
        ("Reisende Claudia Vogt (22.02.1975) und Matthias Vogt (05.10.1973), Reiseziel Kenia", "22.02.1975"),
        ("Hijos: Sebastián Gómez (14/09/2014) y Valeria Gómez (02/04/2017). Domicilio", "02/04/2017"),
        ("la Sig.ra Stefania Ferrari (08/09/1964) chiede un duplicato", "08/09/1964"),
    ],
)
def test_a_date_in_brackets_after_a_name_is_a_birth_date(text, value):
    assert value in values("DATE_OF_BIRTH", text)


@pytest.mark.parametrize(
    "text",
    [
        "Reply from Anna Lee (12/03/2026): ok, thanks",  # this year's date: when she wrote
        "see invoice INV-2 (03/04/2020) for the details",  # not a name
        "Release notes (12/03/2019) are attached",  # not a name
    ],
)
def test_other_dates_in_brackets_are_no_birth_dates(text):
    assert values("DATE_OF_BIRTH", text) == []


def test_mexican_rfc_by_its_check_digit():
    text = "tiene mal el RFC, aparece HERJ790921K70 y debe ser HERJ790921B40. Mi CURP"
    assert values("TAX_ID", text) == ["HERJ790921K70", "HERJ790921B40"]


def test_recovery_code_in_german_and_security_code_answered_in_a_chat():
    assert "R4KQ-9TZ2-MX81-PL6W" in values("SECRET", "Passwort geändert, Wiederherstellungscode R4KQ-9TZ2-MX81-PL6W.")
    chat = "Agent: Verify security code please\nMe: Blue-Falcon-73\nAgent: Thanks!"
    assert "Blue-Falcon-73" in values("SECRET", chat)


def test_an_http_status_is_no_street():
    text = "POST /v1/salary returned 502 Bad Gateway at 03:14:09, then 504 Gateway Timeout."
    assert values("STREET_ADDRESS", text) == []


@pytest.mark.parametrize(
    "text,value",
    [
        ("jina Hassan Juma Mohamed, kitambulisho 30192837, namba ya simu", "30192837"),
        ("Pre-approval ref PA-TQ-881920. Verified EID 784197803055124. Contact", "784197803055124"),
        ("CURP RAMC881130HVZMRR03, INE clave RMMRCR88113030H400, domicilio", "RMMRCR88113030H400"),
    ],
)
def test_national_ids_after_their_words_in_kenya_the_emirates_and_mexico(text, value):
    assert value in values("NATIONAL_ID", text)
