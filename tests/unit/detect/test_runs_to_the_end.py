"""A value found by its first words runs to its end: an address over the postal and town lines
under it, a place after its cue or field label over particles and hyphens, a name over a
hyphenated surname, an initial, a Dutch particle or a title the rules did not know."""

import pytest

from tests.unit.detect.util import detector_for, values

ADDRESSES_OVER_LINES = [
    (
        "Afleveradres: Naomistraat 84\n1279OI\nNieuw- en Sint Joosland\nRekeningnummer 5",
        "Naomistraat 84\n1279OI\nNieuw- en Sint Joosland",
    ),
    (
        "Endereço de entrega: Travessa de Duarte, 46\nBoa União 1ª Seção\n54577657 Fonseca / AP Pedido #72",
        "Travessa de Duarte, 46\nBoa União 1ª Seção\n54577657 Fonseca / AP",
    ),
    (
        "[20:36] client: Spedite a:\nViale Aria, 1\n23814, Maggio (LC)\n[03:44] user: ok",
        "Viale Aria, 1\n23814, Maggio (LC)",
    ),
    (
        "Enviem para:\nAeroporto de da Mata, 6\nLiberdade\n22926-612 da Costa / GO Estou esperando. Ref 5",
        "Aeroporto de da Mata, 6\nLiberdade\n22926-612 da Costa / GO",
    ),
    (
        "Afleveradres: Jinthesingel 9\n5208LG\n2e Valthermond Bestelling 503-2525334",
        "Jinthesingel 9\n5208LG\n2e Valthermond",
    ),
    ("Ship it to USNV Alexander\nFPO AA 67374.\n[06:13] Kunde: ok", "USNV Alexander\nFPO AA 67374"),
    ("Ship it to 93 Daiken Street C5171F2 Cal Ville. I live in Galway.", "93 Daiken Street C5171F2 Cal Ville"),
    ("Adresse de livraison : rue Pierre Leroux\nMerci", "rue Pierre Leroux"),
]


@pytest.mark.parametrize("text,address", ADDRESSES_OVER_LINES)
def test_an_address_runs_over_the_postal_lines_under_it(text, address):
    assert any(address in found for found in values("STREET_ADDRESS", text))


@pytest.mark.parametrize(
    "text,kept",
    [
        # the lines under an address that are no part of it
        (
            "Billing address:\n190 Megan Cliffs\nCarlamouth, DC 26467\nTotal 61657.95 EUR - The book 978-0-7668",
            "61657.95",
        ),
        ("Indirizzo di consegna: Rotonda Leonetti, 93 Piano 9\nOrdine #982972. Vi prego", "982972"),
        ("Spedite a:\nIncrocio Milo, 4 - 86023, Montagano (CB) Fixed in 9345f010; ok", "9345f010"),
        ("Address: 12 Main St, 10115 Berlin\nThanks\nAnna", "Thanks"),
        ("Address: see above\nTicket 4411", "see above"),
    ],
)
def test_what_follows_an_address_stays(text, kept):
    assert not any(kept in found for found in values("STREET_ADDRESS", text))


PLACES = [
    ("J'habite en Pays-de-Loire.", "Pays-de-Loire"),
    ("La filiale di San Martino Della Battaglia era chiusa.", "San Martino Della Battaglia"),
    ("Het filiaal in Pont-à-Celles was dicht.", "Pont-à-Celles"),
    ("A agência de da Cunha de Goiás estava fechada.", "da Cunha de Goiás"),
    ("Het filiaal in 't Zand was dicht.", "'t Zand"),
    ("Het filiaal in Sint-Kruis-Winkel was dicht.", "Sint-Kruis-Winkel"),
    ("Abito a Villanova Del Ghebbo.", "Villanova Del Ghebbo"),
    ("Land = Turks- und Caicosinseln\nCommit: 41e", "Turks- und Caicosinseln"),
    ("Nationalité : Territoire britannique de l'océan Indien", "Territoire britannique de l'océan Indien"),
    ("Country: Cocos (Keeling) Islands\nSSN 5", "Cocos (Keeling) Islands"),
    ("City\nRodriguezborough\nOrder Id: 5", "Rodriguezborough"),
    ("Région : Province-Alpes-Côte d'Azur\nSIRET : 1", "Province-Alpes-Côte d'Azur"),
]


@pytest.mark.parametrize("text,place", PLACES)
def test_a_place_runs_to_its_end_after_its_cue(text, place):
    # protected whole, whatever its type ("San Martino Della Battaglia" may read as a name too)
    start = text.index(place)
    findings = detector_for("LOCATION").detect(text).findings
    assert any(f.start <= start and start + len(place) <= f.end for f in findings)


@pytest.mark.parametrize(
    "text,kept",
    [
        ("Nationaliteit: Egypte Factuur FA24653547.", "Factuur"),
        ("Provincie: Gelderland Bestelling ORD-2020-775018", "Bestelling"),
        ("City: n/a\nTicket 5", "n/a"),
        ("Status: OPEN\nCountry: 4", "OPEN"),
    ],
)
def test_a_place_field_stops_at_the_next_sentence(text, kept):
    assert not any(kept in found for found in values("LOCATION", text))


NAMES = [
    ("Prezados Levi Sales-Nascimento,\n\nFixed in e80214b2930a", "Levi Sales-Nascimento"),
    ("Booked under Nicola White-Hope.", "Nicola White-Hope"),
    ("Hallo Ira Hans-H. Söding,\n\nSozialversicherungsnummer", "Ira Hans-H. Söding"),
    ("Bitte leiten Sie das an Klaus-D. Sorgatz weiter.", "Klaus-D. Sorgatz"),
    ("Guten Tag H.-Dieter,\n\nIch wohne in Miesbach.", "H.-Dieter"),
    ("Mijn naam is Dr. Maurits den Haag.", "Maurits den Haag"),
    ("Stuur dit door naar Bo den Teuling. btw-nummer", "Bo den Teuling"),
    ("Stuur dit door naar Floor van het Heerenveen. Deadline", "Floor van het Heerenveen"),
    ("Buenos días Dra. Amílcar Diaz Amor,\n\nMe cobraron", "Amílcar Diaz Amor"),
    ("Obrigada\nDra. leandro sales", "leandro sales"),
    ("LG,\nHerrn GERHILD LOSEKANN", "GERHILD LOSEKANN"),
    ("Beste ir. Ise Vastenhouw,\n\nIk wacht al twee weken.", "Ise Vastenhouw"),
]


@pytest.mark.parametrize("text,name", NAMES)
def test_a_name_runs_to_its_end(text, name):
    assert any(name in found for found in values("PERSON", text))


@pytest.mark.parametrize("text", ["Please Follow-Up on the ticket.", "Check-In opens at 6."])
def test_a_hyphenated_pair_of_ordinary_words_is_no_name(text):
    assert values("PERSON", text) == []


FORM_NAMES = [
    ("Last Name Hosseini  First Name Darius  Middle Initial R", "Hosseini"),
    ("Cognome ROSSI  Nome MARIO  Data di nascita 10/12/1985", "MARIO"),
    ("ZELLE PAYMENT TO KARTHIK S JPM99a4c7f2   -$150.00", "KARTHIK S"),
    ("Nationwide Building Society\nMR O ADEYEMI                Sort code", "O ADEYEMI"),
    ("MR LACHLAN O'BRIEN & MRS PRIYANKA O'BRIEN\nUnit 4", "PRIYANKA O'BRIEN"),
    ("租房合同\n出租方（甲方）：刘建国　联系电话：138 1024 7765", "刘建国"),
    ("COMPARECEN: De una parte, DON IGNACIO SALAZAR MONTES, mayor de edad", "IGNACIO SALAZAR MONTES"),
    ("Die Standesbeamtin: Mag. E. Lechner", "E. Lechner"),
    ("Buen día Lic. Hernández, le envío los datos", "Hernández"),
    ("טופס 101\nשם פרטי: אבי  שם משפחה: מזרחי\nמספר זהות", "מזרחי"),
    ("Viele Grüße - Herr AUGUST SÖLZER-LINDNER", "AUGUST SÖLZER-LINDNER"),
]


@pytest.mark.parametrize("text,name", FORM_NAMES)
def test_a_name_in_a_form_field_a_deed_or_a_statement(text, name):
    assert any(name in found for found in values("PERSON", text))


@pytest.mark.parametrize(
    "text,entity,value",
    [
        ("wohnhaft Am Lindenhof 3, 04109 Leip-\nzig\nund", "STREET_ADDRESS", "Am Lindenhof 3, 04109 Leip-\nzig"),
        ("Policyholder: Mr Gareth Llewe-\nllyn   DOB 03/09/1971", "PERSON", "Gareth Llewe-\nllyn"),
        ("National Insurance number: QQ 12 34 56 C\n\nDear Ms Raghunathan", "HEALTH_PLAN_NUMBER", "QQ 12 34 56 C"),
        ("dowodem osobistym ABS 41 2O87, PESEL 92112877841", "NATIONAL_ID", "ABS 41 2O87"),
        ("מספר זהות: 312548761\nתאריך לידה", "NATIONAL_ID", "312548761"),
        ("身份证件号：110105198803051231\n姓名", "NATIONAL_ID", "110105198803051231"),
        ("Řidičský průkaz č. EF 447182\nVozidlo", "US_DRIVER_LICENSE", "EF 447182"),
        ("Né(e) le : 04 07 1996  à : NANTES (44)", "DATE_OF_BIRTH", "04 07 1996"),
    ],
)
def test_broken_words_grouped_codes_and_more_labels(text, entity, value):
    start = text.index(value)
    findings = detector_for(entity).detect(text).findings
    assert any(f.start <= start and start + len(value) <= f.end for f in findings)


@pytest.mark.parametrize(
    "text",
    [
        "AKT NOTARIALNY  Repertorium A nr 4417/2024",
        "Lei Estadual nº 11.331/2002",
        "Αρ. Πρωτ.: Σ43/2024/118872",
        "Date of first registration: 28 03 2019",
        "P.IVA: 69988560582 SKU FNI-7009-XL",
    ],
)
def test_file_numbers_and_dates_are_no_phone(text):
    assert values("PHONE_NUMBER", text) == []


def test_a_phone_with_a_slash_stays_a_phone():
    assert values("PHONE_NUMBER", "Call me on 089/1234567 tomorrow") == ["089/1234567"]
