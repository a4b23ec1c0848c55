"""Values named by a payload key or a log field, and identifiers of more countries' documents."""

import pytest

from pipeline.detect.recognizers.logins import login_names
from pipeline.detect.recognizers.ner import rule_persons
from pipeline.detect.recognizers.tables import table_cells, value_cells
from tests.unit.detect.util import values


@pytest.mark.parametrize(
    "text, entity, value",
    [
        ('{"id": 7, "GivenName": "Oyelaran", "surname": "Nwachukwu"}', "PERSON", "Oyelaran"),
        ('{"custFullName": "Bea Lindqvist", "tier": "gold"}', "PERSON", "Bea Lindqvist"),
        ("<Patient><Family>Okonkwo-Hale</Family></Patient>", "PERSON", "Okonkwo-Hale"),
        ("POST /apply\n\napplicant_name=Thu%20Trang%20Le&amount=900", "PERSON", "Thu%20Trang%20Le"),
        ('{"billing_street": "77 Rue Oberkampf", "zip": "75011"}', "STREET_ADDRESS", "77 Rue Oberkampf"),
    ],
)
def test_a_payload_key_names_its_value(text, entity, value):
    assert value in [text[s:e] for s, e in table_cells(text, entity)]


@pytest.mark.parametrize(
    "text, entity, value",
    [
        ('{"memberDob": "03/09/1961"}', "DATE_OF_BIRTH", "03/09/1961"),
        ("GET /lookup?dob=1979%2D04%2D02&x=1", "DATE_OF_BIRTH", "1979%2D04%2D02"),
        ("<ssn>219-09-9999</ssn>", "US_SSN", "219-09-9999"),
    ],
)
def test_a_payload_key_names_an_identifier(text, entity, value):
    assert (entity, value) in [(k, text[s:e]) for k, s, e in value_cells(text)]


@pytest.mark.parametrize(
    "text",
    [
        '{"sku": "MUG-2", "name": "Harbour Mug", "price": 12}',  # a name beside a SKU names a product
        '{"hostName": "db-eu-1", "productName": "Atlas"}',
        "GET /search?q=blue&page=2",
    ],
)
def test_keys_that_name_no_person(text):
    assert table_cells(text, "PERSON") == ()


@pytest.mark.parametrize(
    "text, login",
    [
        ("  88  mysql -h 10.0.3.7 -u tobechukwu.e -p prod", "tobechukwu.e"),
        ("  89  scp dump.sql.gz lfairweather@10.20.0.5:/srv/", "lfairweather"),
        ('203.0.113.9 - mkowalska [02/Mar/2025:11:02:01 +0000] "GET / HTTP/1.1" 200', "mkowalska"),
        ("Mar  2 11:02:01 gw sudo:  rbhattacharya : TTY=pts/0 ; COMMAND=/bin/ls", "rbhattacharya"),
        ("sshd[811]: Accepted publickey for aokafor from 198.51.100.4 port 50022", "aokafor"),
        ("auth ok user=dnakamura ip=10.1.1.1", "dnakamura"),
    ],
)
def test_login_names_in_logs(text, login):
    assert [text[s:e] for s, e in login_names(text)] == [login]


@pytest.mark.parametrize("text", ["ssh root@10.0.0.1", "write to anna@example.com today", "user=postgres db=orders"])
def test_no_login_name(text):
    assert list(login_names(text)) == []


@pytest.mark.parametrize(
    "text, name",
    [
        ("customer: name olumide bankole, refund to olumide.bankole@gmail.com", "olumide bankole"),
        ("hi my name is kayode adeyemi and i cant log in", "kayode adeyemi"),
        ("cliente: joaquim ferreira, CPF abaixo", "joaquim ferreira"),
        ("[Slack] Priya Raman: found the ticket", "Priya Raman"),
        ("Triage 03:10\nHemi Walker, 52M, chest pain", "Hemi Walker"),
        ("Seen: Ana Ruiz (71F) in bay 4", "Ana Ruiz"),
        ("De: Jordi Puig i Ferrer <jordi@example.cat>", "Jordi Puig i Ferrer"),
        ("Candidate: Chidinma Okafor   DOB 01 May 1996", "Chidinma Okafor"),
    ],
)
def test_more_ways_a_text_names_a_person(text, name):
    assert name in [text[s:e] for s, e, _ in rule_persons(text, [])]


def test_particles_of_catalan_and_malaysian_names():
    text = "Hello, my name is Kumaran s/o Rajaratnam."
    assert "Kumaran s/o Rajaratnam" in [text[s:e] for s, e, _ in rule_persons(text, [])]


@pytest.mark.parametrize("text", ["Order 5 x Blue Widget 12M", "Blue Widget, 12M in stock"])
def test_a_size_after_a_product_is_no_age(text):
    assert [text[s:e] for s, e, _ in rule_persons(text, [])] == []


@pytest.mark.parametrize(
    "entity, text, value",
    [
        ("NATIONAL_ID", "mi CURP es HEGG560427MVZRRL04.", "HEGG560427MVZRRL04"),
        ("NATIONAL_ID", "CNP: 1850318413021, vă rog", "1850318413021"),
        ("NATIONAL_ID", "ID no: 8804155091082", "8804155091082"),
        ("NATIONAL_ID", "NRIC S1234567D on file", "S1234567D"),
        ("NATIONAL_ID", "Dowód osobisty: CBZ 482193", "CBZ 482193"),
        ("NATIONAL_ID", "Ausweisart: Personalausweis, Nr. L01X00T471, gültig", "L01X00T471"),
        ("US_PASSPORT", "Pasaport No: U12847391", "U12847391"),
        ("TAX_ID", "Unique Taxpayer Reference: 75382 14907", "75382 14907"),
        ("TAX_ID", "Adóazonosító jel: 8417093526", "8417093526"),
        ("HEALTH_PLAN_NUMBER", "My OHIP card 7712 448 203 HG expired", "7712 448 203 HG"),
        ("HEALTH_PLAN_NUMBER", "71 ans, RAMQ OUEJ 5309 1214, dossier", "OUEJ 5309 1214"),
        ("HEALTH_PLAN_NUMBER", "He has a medical card 0841927M.", "0841927M"),
        ("BANK_ACCOUNT", "constancia de CBU 0170099220000067797370 del banco", "0170099220000067797370"),
        ("DATE_OF_BIRTH", "Születési idő: 1992. 04. 27.", "1992. 04. 27."),
        ("DATE_OF_BIRTH", "geboren am 3. Jänner 1975, wohnhaft", "3. Jänner 1975"),
    ],
)
def test_identifiers_of_more_documents(entity, text, value):
    assert value in values(entity, text)


@pytest.mark.parametrize(
    "entity, text", [("NATIONAL_ID", "ticket S1234567A on file"), ("HEALTH_PLAN_NUMBER", "ref 1234 567 890 to be paid")]
)
def test_a_wrong_check_letter_or_a_word_is_no_identifier(entity, text):
    assert values(entity, text) == []


@pytest.mark.parametrize(
    "text, value",
    [
        ("user: kayla dot brooks 22 at gmail dot com", "kayla dot brooks 22 at gmail dot com"),
        ("Kunde: m punkt schaefer at web punkt de", "m punkt schaefer at web punkt de"),
        ("GET /v1/users?email=ines.carvalho%40gmail.com&x=1", "ines.carvalho%40gmail.com"),
    ],
)
def test_emails_said_aloud_or_url_encoded(text, value):
    assert value in values("EMAIL_ADDRESS", text)


@pytest.mark.parametrize(
    "text, value",
    [
        ("caller: my date of birth ten twelve fifty-three", "ten twelve fifty-three"),
        ("born on the third of may nineteen eighty seven, yes", "third of may nineteen eighty seven"),
    ],
)
def test_a_date_of_birth_said_aloud(text, value):
    assert value in values("DATE_OF_BIRTH", text)


def test_a_birthday_without_a_date_is_none():
    assert values("DATE_OF_BIRTH", "my birthday is next week, ten of us are coming") == []


@pytest.mark.parametrize(
    "entity, text, value",
    [
        ("US_PASSPORT", "my passport no is p1234567 thanks", "p1234567"),
        ("US_DRIVER_LICENSE", "hab meinen führerschein verloren, nummer war f2400k19h31 ok", "f2400k19h31"),
    ],
)
def test_identifiers_typed_in_lower_case(entity, text, value):
    assert value in values(entity, text)


def test_a_tagged_chat_line_names_its_speaker_not_its_role():
    text = "[10:42] Mai Nguyen: hi pls help\n[10:43] Agent: sure"
    assert [text[s:e] for s, e, _ in rule_persons(text, [])] == ["Mai Nguyen"]


@pytest.mark.parametrize(
    "text, value",
    [
        ("KV-Karte der TK, Nummer A123456780, gültig bis 2029", "A123456780"),
        ("Krankenkasse: AOK, Versicherung A123456780", "A123456780"),
    ],
)
def test_health_cards_with_their_own_check_digit(text, value):
    assert value in values("HEALTH_PLAN_NUMBER", text)


def test_a_health_card_with_a_wrong_check_digit_and_no_label_is_none():
    assert values("HEALTH_PLAN_NUMBER", "KV-Karte der TK, Code A123456781") == []


@pytest.mark.parametrize(
    "text, name", [("pls ask for kwame at the desk", "kwame"), ("thx nadia see you tmrw", "nadia")]
)
def test_a_lowercase_given_name_after_who_a_chat_talks_to(text, name):
    assert name in [text[s:e] for s, e, _ in rule_persons(text, [])]


def test_a_name_that_is_also_a_word_needs_more_than_a_preposition():
    text = "with will and grace we can do it"
    assert [text[s:e] for s, e, _ in rule_persons(text, [])] == []
