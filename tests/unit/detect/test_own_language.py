"""People writing in their own language: national and tax numbers with stdnum checksums from more
countries, birth words and document labels in more languages, Cyrillic and Greek names, names in
chat exports, a town with its region, and keys in snake_case as context."""

import pytest

from tests.unit.detect.util import values

CHECKSUM_IDS = [
    ("NATIONAL_ID", "Здравейте, ЕГН 8805124219, моля", "8805124219"),
    ("NATIONAL_ID", "Tere, isikukood 48705124215, aadress Tartu mnt 84a-17", "48705124215"),
    ("NATIONAL_ID", "salió con el RUT de otra persona (9.473.105-4, Sergio)", "9.473.105-4"),
    ("NATIONAL_ID", "AMKA 22117503817 για το ραντεβού", "22117503817"),
    ("NATIONAL_ID", "tc_kimlik          32841057448", "32841057448"),
    ("TAX_ID", "Les mando mi CUIT para la factura: 27-31829405-9.", "27-31829405-9"),
    ("TAX_ID", "Unique Taxpayer Reference (UTR): 1234567895", "1234567895"),
    ("TAX_ID", "Poštovani, moj OIB je 69813725143, adresa Ilica 221", "69813725143"),
]


@pytest.mark.parametrize("entity,text,value", CHECKSUM_IDS)
def test_more_national_and_tax_numbers_are_found_by_their_checksum(entity, text, value):
    assert value in values(entity, text)


@pytest.mark.parametrize(
    "entity,text",
    [
        ("TAX_ID", "Order 1234567895 shipped on Monday"),  # a UTR's checksum, no tax word
        ("NATIONAL_ID", "Invoice 8805124219 is paid"),  # an EGN's checksum, no id word
    ],
)
def test_a_weak_checksum_without_its_word_is_no_id(entity, text):
    assert values(entity, text) == []


@pytest.mark.parametrize(
    "text,value",
    [
        ("Димитър Иванов Петров, роден на 12.05.1988. Моля", "12.05.1988"),
        ("είμαι η Ελένη, γεννήθηκα 22/11/1975, ΑΜΚΑ", "22/11/1975"),
        ("Tyttäreni Siiri Heikkinen, synt. 1.2.2003.", "1.2.2003"),
    ],
)
def test_birth_words_in_more_languages(text, value):
    assert value in values("DATE_OF_BIRTH", text)


@pytest.mark.parametrize(
    "entity,text,value",
    [
        ("MEDICAL_RECORD_NUMBER", "ich bin Patientin (Patienten-Nr. PAT-0048817) und", "PAT-0048817"),
        ("US_DRIVER_LICENSE", "Pasaport No: U18273645\nEhliyet No: 412873\nTelefon", "412873"),
        ("HEALTH_PLAN_NUMBER", "Carné EPS: SAN-0041-2281934\nCelular", "SAN-0041-2281934"),
        ("HEALTH_PLAN_NUMBER", '{"dob":"1972-08-05","payer_id":"AET W 774120398"}', "AET W 774120398"),
    ],
)
def test_document_labels_in_more_languages(entity, text, value):
    assert value in values(entity, text)


@pytest.mark.parametrize(
    "text,name",
    [
        ("Здравейте, казвам се Димитър Иванов Петров, ЕГН", "Димитър Иванов Петров"),
        ("Καλημέρα, είμαι ο Νικόλαος Αλεξίου και μένω στη Θεσσαλονίκη.", "Νικόλαος Αλεξίου"),
        ("王晓明 下午 3:12\n@李娜 客户的身份证号和手机号发我一下", "王晓明"),
        ("王晓明 下午 3:12\n@李娜 客户的身份证号和手机号发我一下", "李娜"),
    ],
)
def test_names_in_cyrillic_greek_and_chat_exports(text, name):
    assert name in values("PERSON", text)


@pytest.mark.parametrize(
    "text,place",
    [
        ("I'm stuck at my parents' in Dayton, Ohio till Thursday", "Dayton, Ohio"),
        ("currently staying at my native place in Thrissur, Kerala and will be back", "Thrissur, Kerala"),
    ],
)
def test_a_town_and_its_region_are_one_place(text, place):
    assert place in values("LOCATION", text)


@pytest.mark.parametrize(
    "text",
    [
        "Valor da fatura: 85,00 € (fatura FT 2025/1884)",
        "me llegó la boleta 0003-00081244 por $ 84.320,50",
        "Referencia: MTCN 801-443-2290",
        "Objednávka č. 2025110418 dorazila za 2 dny",
        "Ärende: 2025-0044812",
        "Flug LH 572 14.12.2025, Buchungscode 6ZK3TQ",
    ],
)
def test_a_number_named_as_a_bill_order_case_or_flight_is_no_phone(text):
    assert values("PHONE_NUMBER", text) == []


@pytest.mark.parametrize(
    "text,phone",
    [
        ("posso guidare con la denuncia? il mio cell 333.88.21.406", "333.88.21.406"),
        ("su ordine, chiamami al 347 123 4567", "347 123 4567"),
    ],
)
def test_phones_beside_those_words_and_with_dots_are_still_phones(text, phone):
    assert phone in values("PHONE_NUMBER", text)


def test_an_ip_address_is_no_phone():
    assert values("PHONE_NUMBER", "server at 10.12.201.44 is down") == []


@pytest.mark.parametrize(
    "text,address",
    [
        (
            "Ewa Nowakowska-Brandt\nc/o Brandt\nLindenallee 4\n50968 Köln\n\nAn das Finanzamt",
            "c/o Brandt\nLindenallee 4\n50968 Köln",
        ),
        (
            "Mme Françoise Lemaître\nRésidence Les Tilleuls, appt 14\n3 allée des Peupliers\n44300 Nantes\n\nObjet",
            "Résidence Les Tilleuls, appt 14\n3 allée des Peupliers\n44300 Nantes",
        ),
        (
            "Mr Adewale Ogunleye\nFlat 12, Merchant House\n41 Quayside Road\nNewcastle upon Tyne\nNE1 3DX\nDate: 29 Sep",
            "Flat 12, Merchant House\n41 Quayside Road\nNewcastle upon Tyne\nNE1 3DX",
        ),
    ],
)
def test_a_building_unit_or_c_o_line_above_the_street_is_part_of_the_address(text, address):
    assert address in values("STREET_ADDRESS", text)


def test_a_line_above_the_street_that_names_no_building_stays_out():
    assert values("STREET_ADDRESS", "Hello team\nWe met yesterday\n12 Baker Street, London") == [
        "12 Baker Street, London"
    ]


@pytest.mark.parametrize(
    "text,code",
    [
        ("Schlüsselbox-Code: 4812. Check-in ab 15 Uhr", "4812"),
        ("Varmistuskoodi oli 558 214. Kirjautumisyritys", "558 214"),
        ("Klucz do API: eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJza2xlcC1yeWJrYSJ9.Qk3pL9x. Pozdro", None),
    ],
)
def test_codes_that_open_things_in_more_languages_and_a_token_with_a_short_signature(text, code):
    found = values("SECRET", text)
    if code is None:  # the JWT: header, payload and what was pasted of its signature
        assert found == ["eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJza2xlcC1yeWJrYSJ9.Qk3pL9x"]
    else:
        assert found == [code]


def test_a_booking_or_error_code_is_no_secret():
    assert values("SECRET", "Buchungscode 6ZK3TQ, Fehlercode 0x8004, code postal 75001") == []


@pytest.mark.parametrize(
    "text,name",
    [
        ("Priyanka Deshpande [3:41 PM]: the 2FA backup codes for the", "Priyanka Deshpande"),
        ("Ruth Abernathy  8:10 AM\nnice! I'm stuck", "Ruth Abernathy"),
        ("Gráinne Fitzpatrick 08/10/2025 14:33\nIt's QQ 12 34 56 C", "Gráinne Fitzpatrick"),
        ("Kia ora Aroha, my IRD number is 49-091-850", "Aroha"),
    ],
)
def test_chat_export_speakers_and_greetings_in_more_languages(text, name):
    assert name in values("PERSON", text)


def test_a_meeting_line_with_a_time_is_no_speaker():
    assert values("PERSON", "Meeting Room 10:30 AM\nok") == []


def test_headers_in_cyrillic_and_with_a_trailing_dot_name_their_columns():
    csv = "Име,ЕГН,Телефон\nГеорги Димитров Петров,7508224630,+359 88 441 2290"
    assert "Георги Димитров Петров" in values("PERSON", csv)
    assert "7508224630" in values("NATIONAL_ID", csv)
    table = (
        "| Driver | Licence no. | Points |\n|---|---|---|\n"
        "| Kieran Doherty | DOHER802114K99LT | 3 |\n| Amrit Sandhu | SANDH905062A99SP | 0 |"
    )
    assert values("US_DRIVER_LICENSE", table) == ["DOHER802114K99LT", "SANDH905062A99SP"]
    assert "Amrit Sandhu" in values("PERSON", table)


@pytest.mark.parametrize(
    "text,account",
    [
        ("2;Natalia Szymańska;61 1090 1014 0000 0712 1981 2874;3 980,50 zł", "61 1090 1014 0000 0712 1981 2874"),
        ("  <ucet>19-2000145399/0800</ucet>", "19-2000145399/0800"),
    ],
)
def test_domestic_accounts_with_their_own_check_digits(text, account):
    assert account in values("BANK_ACCOUNT", text)


@pytest.mark.parametrize("text", ["sp. zn. 4417/2010 a 1234/2010", "ref 61 1090 1014 0000 0712 1981 2875"])
def test_file_numbers_and_a_failed_check_are_no_accounts(text):
    assert values("BANK_ACCOUNT", text) == []


def test_a_birth_date_with_an_apostrophe_year():
    assert values("DATE_OF_BIRTH", "pt says DOB is Aug 9 '83 but registration has 8/19") == ["Aug 9 '83"]
    assert values("DATE_OF_BIRTH", "shipped Aug 9 '23 to the store") == []


def test_a_welsh_name_keeps_its_ap():
    assert "Dr Rhys ap Gwilym" in values("PERSON", "Present: Ms Ayesha Siddiqui, Dr Rhys ap Gwilym, Ms Nkechi Eze")
