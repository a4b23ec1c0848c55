"""Values said aloud (emails, passwords, codes, street addresses, dates of birth in answers) and
values in what machines write (CSV with quoted cells, query results, HL7, vCards, postcode and
state columns, "City, ST")."""

import pytest

from tests.unit.detect.util import detector_for, values

SPOKEN_EMAILS = [
    ("CALLER: k dot mbeki at sun rise mail dot com", "k dot mbeki at sun rise mail dot com"),
    (
        "send it to priya underscore s four two at yahoo dot co dot in please",
        "priya underscore s four two at yahoo dot co dot in",
    ),
    ("ok so it's tomas dot reyes ninety one at gmail dot com yeah", "tomas dot reyes ninety one at gmail dot com"),
    ('she spelled it "h u g o dot b at posteo dot de" twice', "h u g o dot b at posteo dot de"),
    ("écrivez à lucie point martin arobase free point fr merci", "lucie point martin arobase free point fr"),
    ("mi correo es pablo arroba correos rápidos punto es", "pablo arroba correos rápidos punto es"),
]


@pytest.mark.parametrize("text,email", SPOKEN_EMAILS)
def test_an_email_said_aloud_is_found_whole(text, email):
    assert email in values("EMAIL_ADDRESS", text)


@pytest.mark.parametrize(
    "text",
    [
        "come and look at example dot com for the details",
        "we can meet at the cafe at noon today",
    ],
)
def test_a_site_named_in_a_sentence_is_no_email(text):
    assert values("EMAIL_ADDRESS", text) == []


SPOKEN_SECRETS = [
    (
        "CALLER: my password is lighthouse with a capital L two two eight one",
        "lighthouse with a capital L two two eight one",
    ),
    ("and the password is orange seven orange seven\nthanks", "orange seven orange seven"),
    ("the wifi password at the flat is seagull pier nineteen ninety\nok", "seagull pier nineteen ninety"),
    ("the gate code is three one one four hash, see you", "three one one four hash"),
    ("CALLER: yeah the security code is six oh one\nAGENT: thanks", "six oh one"),
    ("my backup codes are four four two one dash eight oh and one two three nine dash seven", None),
    ("mot de passe Mistral deux mille dix-neuf point\nAGENT: merci", "Mistral deux mille dix-neuf point"),
]


@pytest.mark.parametrize("text,secret", SPOKEN_SECRETS)
def test_a_secret_said_aloud_is_found(text, secret):
    found = values("SECRET", text)
    assert found
    if secret is not None:
        assert secret in found


@pytest.mark.parametrize(
    "text",
    [
        "Your password must be at least eight characters with one number and two symbols.",
        "my password is wrong again and the code is in the email",
    ],
)
def test_a_sentence_about_a_password_is_no_secret(text):
    assert values("SECRET", text) == []


def test_a_secret_asked_for_is_the_answer():
    text = "AGENT: can you read me the one time code\nCALLER: two nine one, four four eight\nAGENT: thanks"
    assert "two nine one, four four eight" in values("SECRET", text)


SPOKEN_STREETS = [
    ("we moved to sixty two Harbour View Road last spring", "sixty two Harbour View Road"),
    ("it's four eighteen Linden Avenue apartment nine B in Dayton", "four eighteen Linden Avenue apartment nine B"),
    ("AGENT: you're at twelve oh six Tamarack Drive Southeast\nCALLER: yes", "twelve oh six Tamarack Drive Southeast"),
    ("mail it to P O Box three three seven one, Helena", "P O Box three three seven one"),
]


@pytest.mark.parametrize("text,street", SPOKEN_STREETS)
def test_a_street_address_said_aloud_is_found(text, street):
    assert any(street in found for found in values("STREET_ADDRESS", text))


@pytest.mark.parametrize(
    "text",
    [
        "we were two more days on the road and then three hours in the park",
        "I sold two old bikes at the Main Street fair",
    ],
)
def test_numbers_before_a_street_word_are_no_address(text):
    assert values("STREET_ADDRESS", text) == []


def test_a_long_answer_to_a_birth_date_question_is_the_birth_date():
    text = (
        "AGENT: and your full name and date of birth\n"
        "CALLER: Rosalind Achterberg-Whitfield the second of October nineteen sixty eight\nAGENT: thanks"
    )
    found = detector_for("DATE_OF_BIRTH", "PERSON").detect(text)
    covered = {i for f in found.findings for i in range(f.start, f.end)}
    start = text.index("the second of")
    assert set(range(start, text.index("\nAGENT: thanks"))) <= covered


EXPORTS = [
    # A CSV row whose quoted cell holds the separator still lines up with its header.
    (
        'Staff No,Name,Birth Date,Home Address\n77120,Ines Okoro,1983-06-14,"5 Mill Lane, Hexham NE46 1AA"',
        {"DATE_OF_BIRTH": "1983-06-14", "STREET_ADDRESS": "5 Mill Lane, Hexham NE46 1AA"},
    ),
    # A query result: the rule under the header is no row.
    (
        " id  | patient      | dob\n-----+--------------+------------\n 41  | Ana Ferreira | 1971-12-03",
        {"DATE_OF_BIRTH": "1971-12-03"},
    ),
    ("PID|1||X4471^^^H^MR||KOWALSKA^ANNA||19690402|F|||12 BIRCH RD^^SALEM^OR^97301", {"DATE_OF_BIRTH": "19690402"}),
    (
        "BEGIN:VCARD\nFN:Oskar Lund\nBDAY:1979-08-30\nADR;TYPE=home:;;Storgatan 4;Lund;;222 21;Sweden\nEND:VCARD",
        {"DATE_OF_BIRTH": "1979-08-30", "STREET_ADDRESS": "Storgatan 4;Lund;;222 21;Sweden"},
    ),
    ('{"line1":"44 Quarry Hill","city":"Leeds","postcode":"LS2 7EY","state":"pending"}', {"STREET_ADDRESS": "LS2 7EY"}),
    ("会員番号,氏名,生年月日\nA1,山田 花子,1990/01/15", {"DATE_OF_BIRTH": "1990/01/15"}),
]


@pytest.mark.parametrize("text,wanted", EXPORTS)
def test_fields_of_exports_are_found_by_their_header(text, wanted):
    for entity, value in wanted.items():
        assert any(value in found for found in values(entity, text)), entity


def test_a_status_under_a_state_key_is_no_place():
    text = '{"city":"Leeds","state":"pending","zip":"LS2 7EY"}'
    assert "pending" not in values("LOCATION", text)


def test_a_town_runs_over_its_state_code():
    text = "she lives in Bellingham, WA. more later"
    assert "Bellingham, WA" in values("LOCATION", text)


SPOKEN_NUMBERS = [
    (
        "PHONE_NUMBER",
        "rufen Sie mich an unter null sechs neun, zwei zwei vier, acht acht eins null. Danke",
        "null sechs neun, zwei zwei vier, acht acht eins null",
    ),
    (
        "PHONE_NUMBER",
        "mon numéro c'est le zéro six, trente-deux, quinze, quatre-vingt-onze, zéro deux",
        "zéro six, trente-deux, quinze, quatre-vingt-onze, zéro deux",
    ),
    (
        "PHONE_NUMBER",
        "il mio numero è tre due otto, quattro quattro uno, nove zero sei sei, grazie",
        "tre due otto, quattro quattro uno, nove zero sei sei",
    ),
    ("PHONE_NUMBER", "I'm Dana in payroll, extension five five two one", "five five two one"),
    (
        "IP_ADDRESS",
        "CALLER: it says ten dot twelve dot one forty dot seven\nTECH: ok",
        "ten dot twelve dot one forty dot seven",
    ),
    (
        "URL_CREDENTIALS",
        "it's mysql colon slash slash admin colon tiger nine at db dot example dot com slash app",
        None,
    ),
]


@pytest.mark.parametrize("entity,text,value", SPOKEN_NUMBERS)
def test_a_number_said_aloud_in_any_language_is_found(entity, text, value):
    found = values(entity, text)
    assert found
    if value is not None:
        assert any(value in f for f in found)


def test_letters_said_with_the_digits_are_part_of_the_number():
    text = "and my member number is Q T W eight one one four two nine zero six\nthanks"
    assert any("Q T W eight one one four two nine zero six" in f for f in values("PHONE_NUMBER", text))


@pytest.mark.parametrize(
    "text",
    [
        "your order number is four four one nine two seven seven, it ships today",
        "the ticket is three three eight one two, we'll call you back",
        "the total was one hundred twenty three dollars and forty cents",
        "elle est née en mille neuf cent quatre-vingt-dix-huit à Lyon",
    ],
)
def test_references_amounts_and_years_said_aloud_are_no_phone(text):
    assert values("PHONE_NUMBER", text) == []


def test_escaped_json_strings_and_vcard_names_are_names():
    text = (
        '{"payer":{"nome":"In\\u00eas Concei\\u00e7\\u00e3o","cpf":"000"}}\nBEGIN:VCARD\nN:Okafor;Chidi;;;\nEND:VCARD'
    )
    found = values("PERSON", text)
    assert "In\\u00eas Concei\\u00e7\\u00e3o" in found
    assert any("Okafor;Chidi" in f for f in found)


def test_a_product_name_in_its_own_object_is_no_person():
    text = '{"receiver":{"name":"Wanjiru Kamau"},"items":[{"sku":"TB-0042","name":"Travel Mug"}]}'
    found = values("PERSON", text)
    assert "Wanjiru Kamau" in found
    assert "Travel Mug" not in found


@pytest.mark.parametrize(
    "text,mention",
    [
        ("AGENT: name please\nCALLER: Morag Lindqvist, L I N D Q V I S T\nAGENT: thanks", "L I N D Q V I S T"),
        ("Hi, this is Dr. Henrike Vos. Please ask for Henrike at the desk.", "Henrike"),
    ],
)
def test_a_name_found_once_is_a_name_where_it_stands_again(text, mention):
    start = text.rindex(mention)
    found = detector_for("PERSON").detect(text)
    assert any(f.start <= start and start + len(mention) <= f.end for f in found.findings if f.entity_type == "PERSON")


def test_a_birth_date_read_back_after_the_birth_word_is_a_birth_date():
    text = "AGENT: date of birth?\nINTERPRETER: el cinco de mayo del setenta, May fifth seventy\nAGENT: thanks"
    assert any("May fifth seventy" in f for f in values("DATE_OF_BIRTH", text))


def test_a_date_said_far_from_any_birth_word_is_no_birth_date():
    assert values("DATE_OF_BIRTH", "the meeting is on March third at ten thirty, room four") == []
