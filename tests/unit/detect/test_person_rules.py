"""Rule-based names on top of NER: each rule, and what it must leave alone."""

import pytest

from pipeline.detect.recognizers.ner import rule_persons
from tests.unit.detect.util import values


def spans(text, ner=()):
    return {text[s:e] for s, e, _ in rule_persons(text, list(ner))}


@pytest.mark.parametrize(
    "text, name",
    [
        ("Hi, this is Isabel Schneider. I was charged twice.", "Isabel Schneider"),  # cue
        ("Can you move my delivery? Thanks, Kwame Mensah", "Kwame Mensah"),  # cue, name not in the dictionary
        ("Contact Okonkwo Adeyemi at the front desk.", "Okonkwo Adeyemi"),  # cue
        ("Customer Zofia Wrzesniewska (zofia.wrzesniewska9@mail.pl) says hi", "Zofia Wrzesniewska"),  # email
        ("Ticket from Isabel Thompson about the invoice.", "Isabel Thompson"),  # known given name
    ],
)
def test_names_the_text_vouches_for(text, name):
    assert name in spans(text)


def test_partial_ner_name_is_widened_both_ways():
    text = "Isabel Mensah reports a crash; later Grace Okafor called."
    assert "Isabel Mensah" in spans(text, ner=[(text.index("Mensah"), text.index("Mensah") + 6)])
    assert "Grace Okafor" in spans(text, ner=[(text.index("Grace"), text.index("Grace") + 5)])


@pytest.mark.parametrize(
    "text",
    [
        "Contact Customer Support for a refund.",  # cue, but common words
        "This is Order A123 from Monday.",  # cue, not a name
        "The Shipping Team will call you back.",  # capitalized phrase, no cue, no given name
        "Please contact support@example.com today.",  # an email alone names nobody
        "my name is on the account already",  # lowercase after a cue, but no name there
    ],
)
def test_no_name(text):
    assert spans(text) == set()


@pytest.mark.parametrize(
    "text, name",
    [
        ("Ticket from Herminia de Sánchez about the invoice.", "Herminia de Sánchez"),  # particle, accent
        ("Grüße, Jürgen", "Jürgen"),  # sign-off, first name alone
        ("Cordialement,\nHélène Dupont\nService client", "Hélène Dupont"),  # signature line
        ("Mit freundlichen Grüßen\n\nJan van der Berg", "Jan van der Berg"),
        ("Dear Dr. Okafor, your results are ready.", "Dr. Okafor"),  # title, kept with the name
        ("Sehr geehrte Frau Müller, vielen Dank.", "Frau Müller"),
        ("Buongiorno Sig.ra Bianchi, la fattura è pronta.", "Sig.ra Bianchi"),
        ("Geachte Dhr. de Vries, uw pakket is onderweg.", "Dhr. de Vries"),
        ("Bonjour Mme Giraud, merci.", "Mme Giraud"),
        ("Hola Sra. García, gracias.", "Sra. García"),
        ("From: Weber, Jürgen <jw@example.de>", "Weber, Jürgen"),  # mail header, "Last, First"
        ("hey its maria, my order never came", "maria"),  # lowercase chat, known given name
        ("thanks heather!", "heather"),  # a given name that is also a word, standing alone after a sign-off
        ("Ich heiße Łukasz Wiśniewski.", "Łukasz Wiśniewski"),
        ("Olá, meu nome é João da Silva.", "João da Silva"),
        ("Cumprimentos,\nInês", "Inês"),
    ],
)
def test_names_in_seven_languages(text, name):
    assert name in spans(text)


@pytest.mark.parametrize(
    "text",
    [
        "Best Buy had it cheaper. Best price in town.",  # "Best" without punctuation is no sign-off
        "Thanks again for the quick reply!",
        "Hi Team, the Galaxy S21 arrived Monday.",
        "Dear Sir or Madam, please see the invoice.",
        "Q: can I pay later?\nA: Yes, you can.",
        "This is New York calling",  # a place, not a person
        "Thanks,\nCustomer Support Team",
        "Sehr geehrte Damen und Herren, anbei die Rechnung.",
        "Order from Amazon arrives in May.",
        "thanks for the help",
    ],
)
def test_no_name_in_greetings_and_sign_offs(text):
    assert spans(text) == set()


@pytest.mark.parametrize(
    "text, name",
    [
        ("The account holder is Dr. REBECCA FLORES.", "REBECCA FLORES"),  # capitals after a title
        ("De rekeninghouder is ROSA FECHANT.", "ROSA FECHANT"),  # capitals, known given name
        ("Nome:\tSra. luiz fernando barros\n", "Sra. luiz fernando barros"),  # lowercase after a title
        ("La reserva está a nombre de Primitiva Echeverría.", "Primitiva Echeverría"),
        ("Sehr geehrte Damen und Herren, hier Arndt,\n", "Arndt"),  # a vocative standing alone
        ("id;name;iban\n1;Kiki van Drenthe;NL91ABNA0417164300\n", "Kiki van Drenthe"),  # table column
    ],
)
def test_capitals_lowercase_cues_and_tables(text, name):
    assert name in spans(text)


@pytest.mark.parametrize(
    "text",
    [
        "Product Name: Surface Pro 9\n",  # a label inside another label
        "[10:00] customer: Kindle Paperwhite froze again",  # a chat speaker is no cue
        "Mein Pixel 8a ist kaputt, die Fritz!Box 7590 auch.",  # model numbers
        "sku;name;price\nA-1;Galaxy Buds;99\n",  # a product table's name column
        "Hi ALL, the VPN is DOWN again",
    ],
)
def test_no_name_on_products(text):
    assert spans(text) == set()


@pytest.mark.parametrize(
    "text, name",
    [
        ("Hi ricardo archer,\nyour case is open.", "ricardo archer"),  # lowercase after a greeting
        ("El titular de la cuenta es carlito rivera.", "carlito rivera"),
        ("Stuur dit door naar Lena Westermann-van der Ven.", "Lena Westermann-van der Ven"),  # particle in a hyphen
        ("Bom dia D. Kamilly Sampaio,", "D. Kamilly Sampaio"),  # D. = Dom/Dona
        ("id\tperson\tphone\n1000\tIsadora Pastor\t555 0100\n", "Isadora Pastor"),
    ],
)
def test_lowercase_after_strong_cues(text, name):
    assert name in spans(text)


@pytest.mark.parametrize("text", ["Bonjour à tous,", "Hello everyone,", "thanks so much!", "Hi there, quick question."])
def test_no_lowercase_name(text):
    assert spans(text) == set()


FORMS = [
    # a form label vouches for the rest of its line, in any case
    ("FÜHRERSCHEIN\nName: GUNTRAM STEY\nGeburtsdatum: 02.03.1958", ["GUNTRAM STEY"]),
    ("COGNOME: SZABÓ\nNOME: RENÁTA\nNato il: 23-09-1958", ["SZABÓ", "RENÁTA"]),
    ("Vorname: Bertram\nNachname: Christensen\n", ["Bertram", "Christensen"]),
    ("Nombre y apellidos: PILI TABOADA\nFecha de nacimiento: 15/08/1970", ["PILI TABOADA"]),
    # a signature line after a blank line at the end of a mail
    ("Thanks for the help.\n\nRenzo Riccati\nHead of Sales", ["Renzo Riccati"]),
    ("Met vriendelijke groet,\nmevr. Dirksen\nStelladreef 1", ["mevr. Dirksen"]),
    # no match
    ("Name: n/a\nPhone: none", []),
    ("Please see the attached report.\n\nOrder Details\nItem 1", []),
    ("Product Name: Galaxy Buds\nPrice: 20", []),
]


@pytest.mark.parametrize("text,expected", FORMS)
def test_forms_and_signatures(text, expected):
    assert values("PERSON", text) == expected


@pytest.mark.parametrize(
    "text, name",
    [
        ("Customer Mr K. Patel says broadband is down", "Mr K. Patel"),  # title and initial kept
        ("Passenger 2: MRS EMMA HOLLOWAY, passport 548812376", "MRS EMMA HOLLOWAY"),  # numbered label
        ("Progress note. Whitaker, June MRN 00-771-2093", "Whitaker, June"),  # surname first
        ("ED triage 02:14. Baker, Thomas R. MRN# 7729104", "Baker, Thomas R."),
        ("Member name: ALVAREZ, ROSA M\nMember ID: X", "ALVAREZ, ROSA M"),
        ("Last name: NGUYEN First: THANH", "NGUYEN"),  # one word in capitals after a label
        ("Surname OKONJO\nGiven names ADAEZE GRACE\n", "ADAEZE GRACE"),  # document fields, no colon
        ("DL Y1234875\nLN GARCIA\nFN SOFIA ELENA\n1420 ELM ST", "SOFIA ELENA"),
        ("P<GBROKONJO<<ADAEZE<GRACE<<<<<<<<<<<<<<<<<<", "OKONJO<<ADAEZE<GRACE"),  # passport MRZ
        ("Dependent: Lily Park SSN 570-71-7143", "Lily Park"),
        ("dzień dobry, tomasz kowalczyk z tej strony", "tomasz kowalczyk"),
        ("Venlig hilsen Søren Østergaard", "Søren Østergaard"),
        ("Priya: who has the key?\nCallum: here\nPriya: ta", "Priya"),  # chat export speakers
        ("[10:15] Kayla M: card ending 4471", "Kayla M"),  # a handle's last initial
        ("U spreekt met Jinthe Timmermans-Lether. Om 10:10", "Jinthe Timmermans-Lether"),  # who speaks
        ("Please forward this to brandy fields.\nSend", "brandy fields"),
        ("Rebecca Holt  09:02\nMorning all", "Rebecca Holt"),  # a time after a name is no model number
        ("Contribuente: ROSSI MARCO\nCodice", "ROSSI MARCO"),  # capitals, surname first
        ("Member: JAMAL K WASHINGTON\nMember ID", "JAMAL K WASHINGTON"),  # an initial without its dot
        ("2023 return — Mendoza, Alejandro & Mendoza, Isabel (MFJ)", "Mendoza, Isabel"),  # a surname that is a place
        ("Signature: Eun-ji Park", "Eun-ji Park"),
        ("NM1*IL*1*GUTIERREZ*MARIA*L***MI*UHC872201934~", "GUTIERREZ*MARIA*L"),  # an X12 segment
        ("PID|1||E4418209^^^MRN||KAMARA^FATMATA^S||19880314|F", "KAMARA^FATMATA^S"),  # HL7's PID-5
    ],
)
def test_forms_documents_and_chat_exports(text, name):
    assert name in spans(text)


@pytest.mark.parametrize(
    "text",
    [
        "Austin, Texas is hot in June",  # a place before the comma
        "Smith, June 5 was the deadline",  # a date after it
        "Subject: refund\nDate: today\nNote: call back",  # field labels are no speakers
        "Name: n/a",
    ],
)
def test_no_name_in_lists_and_labels(text):
    assert not spans(text) - {"Austin"}  # "Austin" alone is a known given name at a low score


def test_an_initial_ends_a_name_only_before_a_colon_a_comma_or_the_line_end():
    assert "Maria A" not in spans("Maria A lot of people asked")


@pytest.mark.parametrize(
    "text, name",
    [
        ("Payroll — please DO NOT process. Called Marcus at the number", "Marcus"),  # after a capitalized word
        ('Transfer note\nPt: Guadalupe "Lupe" Sandoval, 62F, MRN', 'Guadalupe "Lupe" Sandoval'),  # a nickname inside
        ("ich bin Katarzyna (Kasia) Wiśniewska, ich zieh um", "Katarzyna (Kasia) Wiśniewska"),
        ("CALLER: yeah it's Daniel Okafor, O-K-A-F-O-R\nAGENT: thanks", "O-K-A-F-O-R"),  # spelled out
        ("Name/Surname  B R A N D S T Ä T T E R\nVornamen  H E I K E\n", "B R A N D S T Ä T T E R"),  # OCR spacing
    ],
)
def test_nicknames_spelled_and_spaced_names(text, name):
    assert name in spans(text)


@pytest.mark.parametrize(
    "text, name",
    [
        ("meu cpf é 710, nome ana beatriz souza. o pedido", "ana beatriz souza"),  # two given names and a surname
        ("et mon nom yannick le goff", "yannick le goff"),  # a particle inside
        ("i'm destiny okoro and i need help", "destiny okoro"),
    ],
)
def test_lowercase_full_names_after_a_cue(text, name):
    assert name in spans(text)


def test_names_after_clinical_and_workflow_roles():
    assert "K. Oyelaran" in spans("Attending: Dr. Patel; Resident: K. Oyelaran")
    assert "Amaka Obi" in spans("Reviewed by: Amaka Obi")
    assert spans("Nurse: see chart") == set()  # a note after a role, in lowercase
