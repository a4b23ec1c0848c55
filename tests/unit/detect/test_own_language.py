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
