"""Text from the Americas and from chats: Latin American addresses, account numbers and ids,
birth dates in Spanish and Roman numerals, extensions and numbers said in Spanish and Portuguese,
lowercase chat speakers; and the field lines, versions and tracking numbers that look like
addresses but are not. Every value here is made up for the test."""

import pytest

from tests.unit.detect.util import values

ADDRESSES = [
    (
        "Dirección actual: Cra. 43A # 1 Sur-100, Apto 1208, El Poblado, Medellín\nDeudor: x",
        "Cra. 43A # 1 Sur-100, Apto 1208, El Poblado, Medellín",
    ),
    ("Vivo en Calle 47 Nº 812 e/ 11 y 12, B1900 La Plata.", "Calle 47 Nº 812 e/ 11 y 12, B1900 La Plata"),
    (
        "Entrega: Calle Allende 711, entre Juárez y Morelos, Centro, 28000 Colima, Col.\nTel: 312 314 0092",
        "Calle Allende 711, entre Juárez y Morelos, Centro, 28000 Colima, Col.",
    ),
    (
        "dirección Calle 93 #11A-28, Oficina 502, Bogotá D.C. Y a título personal",
        "Calle 93 #11A-28, Oficina 502, Bogotá D.C.",
    ),
    (
        "Current: Suite 1903 – 1028 Barclay Street, Vancouver, BC V6E 0B1\nReferences: none",
        "Suite 1903 – 1028 Barclay Street, Vancouver, BC V6E 0B1",
    ),
    ("Home: Rt 1 Box 77A, Hebbronville, TX 78361", "Rt 1 Box 77A, Hebbronville, TX 78361"),
    (
        "estoy en Calle Patricias Mendocinas 1870, M5500 Mendoza\n[09:31] Vero: bueno",
        "Calle Patricias Mendocinas 1870, M5500 Mendoza",
    ),
    (
        "Endereço: Travessa das Flores, 45, fundos, Bairro Jardim Botânico, Porto Alegre - RS, 90690-200, ok",
        "Travessa das Flores, 45, fundos, Bairro Jardim Botânico, Porto Alegre - RS, 90690-200",
    ),
]


@pytest.mark.parametrize("text,value", ADDRESSES)
def test_latin_american_and_canadian_addresses(text, value):
    assert value in values("STREET_ADDRESS", text)


def test_a_phone_number_on_the_line_under_an_address_is_not_its_postal_code():
    text = "Bv. Oroño 1455, PB 2, S2000 Rosario, Santa Fe\n341 155 447 201 · mica"
    assert values("STREET_ADDRESS", text) == ["Bv. Oroño 1455, PB 2, S2000 Rosario, Santa Fe"]


@pytest.mark.parametrize(
    "text",
    [
        # a field label under an address is no town, nor a unit ("Em" is one, "Employer" is not)
        "Present address: 1427 86th Street, Apt 5F\nBrooklyn, NY 11228\nEmployer: Golden Lotus Nails LLC\n"
        "Monthly income: $4,200\nApplication fee paid: $55.00, receipt RCP-000918",
        "migrated our pipeline from Spark 2.4.8 to 3.5.1",
        "Order #300-8812-4471 shipped via USPS 9400 1112 0206 1234 5678 90. Estimated delivery Friday.",
    ],
)
def test_field_lines_versions_and_tracking_numbers_are_no_addresses(text):
    found = values("STREET_ADDRESS", text)
    assert not any(w in v for v in found for w in ("Employer", "income", "fee", "Spark", "USPS")), found


def test_a_town_that_ends_a_sentence_leaves_the_full_stop_out():
    assert values("STREET_ADDRESS", "Min adresse er Karl Johans gate 41B, 0162 Oslo.") == [
        "Karl Johans gate 41B, 0162 Oslo"
    ]


@pytest.mark.parametrize(
    "text,value",
    [
        ("Mi CLABE para el reembolso es 012180001183597198. Número de aclaración ACL-88120447.", "012180001183597198"),
        ("[12/3 19:41] Fer: 2850590940090418135201", "2850590940090418135201"),
        ("Depositar a la cuenta BCP, CCI 002-193-144712098033-12. Contacto", "002-193-144712098033-12"),
    ],
)
def test_latin_american_account_numbers(text, value):
    assert value in values("BANK_ACCOUNT", text)


@pytest.mark.parametrize(
    "text",
    ["ref 012180001183597199 (a CLABE one digit off)", "tracking 9400111202061234567890 for the parcel"],
)
def test_account_numbers_need_their_check_digits(text):
    assert values("BANK_ACCOUNT", text) == []


@pytest.mark.parametrize(
    "entity,text,value",
    [
        ("NATIONAL_ID", "Titular: Luz Dary, CC 35.602.447, nacida en Quibdó", "35.602.447"),
        ("NATIONAL_ID", "Conductor: Nahuel Quispe, registro de conducir 38.991.204, 0351", "38.991.204"),
        ("HEALTH_PLAN_NUMBER", "My IHS number is IHS-4471820. I'm staying", "IHS-4471820"),
        ("HEALTH_PLAN_NUMBER", "Asegurado: Flor\nAutogenerado: 8811070HMCCF005\nEstablecimiento", "8811070HMCCF005"),
        ("MEDICAL_RECORD_NUMBER", "Consultorio: 7\nExpediente clínico: UMF28-004471-2", "UMF28-004471-2"),
        ("US_SSN", "Applicant Sione Taufa, SSN 318•50•6427, DOB 10-22-1989.", "318•50•6427"),
    ],
)
def test_labelled_ids_of_the_americas(entity, text, value):
    assert value in values(entity, text)


@pytest.mark.parametrize(
    "text,value",
    [
        ("DOB: Jul-30-1984\nSSN: 355 17 2209", "Jul-30-1984"),
        ("Fecha de nacimiento: 16-IV-1959", "16-IV-1959"),
        ("Fecha de nacimiento: 07-ago-1996", "07-ago-1996"),
        ("Hijos: Yeison (TI 1.077.990.113, nac. 12/09/2012), Dayana", "12/09/2012"),
    ],
)
def test_birth_dates_in_more_formats(text, value):
    assert value in values("DATE_OF_BIRTH", text)


def test_such_dates_without_a_birth_word_are_no_birth_dates():
    assert values("DATE_OF_BIRTH", "Factura del 07-ago-2024, vence 12-IV-2026") == []


@pytest.mark.parametrize(
    "text,value",
    [
        ("Contacto: Milagros – (01) 442-3377 anexo 205.", "(01) 442-3377 anexo 205"),
        (
            "marque al cincuenta y cinco, cuarenta y uno, veintidós, treinta, ochenta y ocho. Gracias.",
            "cincuenta y cinco, cuarenta y uno, veintidós, treinta, ochenta y ocho",
        ),
        (
            "retorne no zero oito zero zero, sete sete zero, quatro quatro um dois. O contrato",
            "zero oito zero zero, sete sete zero, quatro quatro um dois",
        ),
    ],
)
def test_extensions_and_numbers_said_in_spanish_and_portuguese(text, value):
    assert any(value in v for v in values("PHONE_NUMBER", text))


@pytest.mark.parametrize(
    "text,value",
    [
        ("La clave que di era 184420, ya la cambié.", "184420"),
        ("Login.gov backup codes: 4KQ7-2M9P-XV3R 8TZD-61WN-HB5E", "4KQ7-2M9P-XV3R 8TZD-61WN-HB5E"),
    ],
)
def test_codes_in_spanish_and_lists_of_backup_codes(text, value):
    assert value in values("SECRET", text)


def test_a_sip_address_with_its_password_is_a_url_with_credentials():
    text = "SIP account: sip:gate-4500:Gt8!x2Lm@voip.sunridge.example:5060 for the intercom"
    assert any("Gt8!x2Lm" in v for v in values("URL_CREDENTIALS", text) + values("SECRET", text))


def test_lowercase_speakers_of_a_conversation_are_people():
    chat = (
        "mafe: amiga ya tienes la clave del wifi del apto?\ncaro: sí es la de siempre\n"
        "mafe: graciaas, y la de netflix?\ncaro: la misma jajaja"
    )
    found = values("PERSON", chat)
    assert found.count("mafe") == 2 and found.count("caro") == 2
    timed = "[11:02] jess: omg im stuck at the airport\n[11:03] mike p: noo\n[11:05] jess: back tmrw"
    assert {"jess", "mike p"} <= set(values("PERSON", timed))


@pytest.mark.parametrize(
    "text",
    [
        "host: db1\nport: 5432\nuser: admin\nhost: db2",
        "Q: what is it\nA: a thing\nQ: ok\nA: yes",
        "status: open\nnote: call back\nstatus: closed\nnote: done",
        "[12:00:01] worker: job done\n[12:00:02] worker: next job\n[12:00:09] scheduler: idle",
    ],
)
def test_keys_of_configs_and_forms_are_no_speakers(text):
    assert values("PERSON", text) == []
