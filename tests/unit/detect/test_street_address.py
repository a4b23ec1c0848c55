"""Street addresses: the street line, and the unit, town, region and postal code after it."""

import pytest

from pipeline.detect.recognizers.street_address import StreetAddressRecognizer

REC = StreetAddressRecognizer()


def spans(text):
    found = {(s, e) for i in range(len(REC.PATTERNS)) for s, e, _ in REC.find(text, i)}
    # The engine keeps the longest of overlapping spans; so does this helper.
    return {text[s:e] for s, e in found if not any(a <= s and e <= b and (a, b) != (s, e) for a, b in found)}


@pytest.mark.parametrize(
    "text, address",
    [
        (
            "Send it to 412 Oak Hollow Rd Suite 9, Millbrook, NY 12545 please",
            "412 Oak Hollow Rd Suite 9, Millbrook, NY 12545",
        ),
        ("Address:\n88 Kestrel Close\nThornbury\nBS35 2QF\nThanks", "88 Kestrel Close\nThornbury\nBS35 2QF"),
        ("Flat 3, Ashdown Mews, Kendal, LA9 4RT.", "Flat 3, Ashdown Mews, Kendal, LA9 4RT"),
        ("Lieferadresse: Lindenstraße 14a, 04109 Leipzig", "Lindenstraße 14a, 04109 Leipzig"),
        ("Neue Anschrift: Am Kirchberg 7, 6020 Innsbruck", "Am Kirchberg 7, 6020 Innsbruck"),
        ("Wohnung: Gartenstr. 3/2; 8004 Zürich", "Gartenstr. 3/2; 8004 Zürich"),
        (
            "Adresse : 12 bis, rue des Tanneurs, 67000 Strasbourg CEDEX",
            "12 bis, rue des Tanneurs, 67000 Strasbourg CEDEX",
        ),
        ("Dirección: Calle de Alcalá 23, 3º B, 28014 Madrid", "Calle de Alcalá 23, 3º B, 28014 Madrid"),
        (
            "Indirizzo: Corso Garibaldi, 18 Interno 4\n20121, Milano (MI)",
            "Corso Garibaldi, 18 Interno 4\n20121, Milano (MI)",
        ),
        ("Ik woon op Keizersgracht 221\n1016 DV Amsterdam", "Keizersgracht 221\n1016 DV Amsterdam"),
        ("Morada: Rua das Flores, 45 - 4050-262 Porto", "Rua das Flores, 45 - 4050-262 Porto"),
        (
            "Endereço: Avenida Paulista, 1578 - Bela Vista, São Paulo - SP, 01310-200",
            "Avenida Paulista, 1578 - Bela Vista, São Paulo - SP, 01310-200",
        ),
        ("rue Lamartine; 69003 Lyon", "rue Lamartine; 69003 Lyon"),  # no number, but a postal code follows
        ("Write to P.O. Box 4471, Tulsa, OK 74159", "P.O. Box 4471, Tulsa, OK 74159"),
    ],
)
def test_address_span(text, address):
    assert address in spans(text)


@pytest.mark.parametrize(
    "text",
    [
        "We sent it via DHL yesterday.",  # a street type word, no street
        "Place Order to continue.",
        "I am 25, Main character of the story.",
        "Version 2.3 of Street Fighter is out.",
        "Via Roma is closed for works.",  # a street name alone is no address
        "Order 5512 shipped in 3 boxes on Monday.",
    ],
)
def test_no_address(text):
    assert spans(text) == set()


def test_town_stops_at_the_sentence():
    text = "Lieferadresse: Davidsgasse 30/28, 81447 Aachen Fall-Nr. 825"
    assert "Davidsgasse 30/28, 81447 Aachen" in spans(text)


@pytest.mark.parametrize(
    "text, address",
    [
        ("5657 Jackson Mountain Apt. 921 West Dawn, MS 62512", "5657 Jackson Mountain Apt. 921 West Dawn, MS 62512"),
        (
            "582 Sian Cape Greenshire E5 4WJ",
            "582 Sian Cape Greenshire E5 4WJ",
        ),  # town after a bare space, then a postcode
        ("Unit 8156 Box 2587 DPO AP 85771", "Unit 8156 Box 2587 DPO AP 85771"),  # US military mail
        ("Claudia-Gratz-Straße 56\n7289 Wolfsberg", "Claudia-Gratz-Straße 56\n7289 Wolfsberg"),  # hyphen before Straße
        (
            "Via Germana, 1 Appartamento 30\n98056, Mazzarrà Sant'Andrea (ME)",
            "Via Germana, 1 Appartamento 30\n98056, Mazzarrà Sant'Andrea (ME)",
        ),
    ],
)
def test_more_address_shapes(text, address):
    assert address in spans(text)


def test_a_code_after_the_region_is_not_part_of_it():
    text = "Rua Augusta, 12; 01305-000 São Paulo / SP SKU ZMB-9704"
    assert "Rua Augusta, 12; 01305-000 São Paulo / SP" in spans(text)


@pytest.mark.parametrize(
    "text, address",
    [
        ("89, chemin de Costa\n97255 Saint Rémy Je suis là", "89, chemin de Costa\n97255 Saint Rémy"),  # prefix + word
        ("Yaralaan 5\n1535 FE\nKolderwolde Ik wacht", "Yaralaan 5\n1535 FE\nKolderwolde"),  # town on the line below
        (
            "Flat 8\nFord Summit\nPort Seanland\nE4 6HB",
            "Flat 8\nFord Summit\nPort Seanland\nE4 6HB",
        ),  # unit on its own line
        ("Afleveradres: Joystraat 929 - 7896WJ - Balk Factuur F5889", "Joystraat 929 - 7896WJ - Balk"),
        ("Afleveradres: Merelbaan 00; 4765 ZH; Scheemda\n", "Merelbaan 00; 4765 ZH; Scheemda"),
        # a number a postal code's length, then a town that ends the line
        ("Adresse = chemin Laurence Hoareau 51727 Martinez\nMRN: P220208", "chemin Laurence Hoareau 51727 Martinez"),
    ],
)
def test_town_after_a_postal_code_that_runs_into_the_text(text, address):
    assert address in spans(text)


@pytest.mark.parametrize(
    "text, address",
    [
        ("im at 1187 west elm st apt 4b springfield il 62704", "1187 west elm st apt 4b springfield il 62704"),
        ("Location of occurrence: 3900 block of Mission Blvd, parking lot", "3900 block of Mission Blvd"),
        ("I have route 2 box 118 Hillsboro WV 24946, is that", "route 2 box 118 Hillsboro WV 24946"),
        ("New address: RR 1 Site 7 Box 12, Wakefield QC J0X 3G0", "RR 1 Site 7 Box 12, Wakefield QC J0X 3G0"),
        (
            "the bond for Unit 3/27 Carrington Road, Randwick NSW 2031. I",
            "Unit 3/27 Carrington Road, Randwick NSW 2031",
        ),
        ("a new one to B-14, Green Park Extension, New Delhi 110016.", "B-14, Green Park Extension, New Delhi 110016"),
        # a label says the rest of its line is the address, when a postal code or a known town is to come
        (
            "Address: Flat 11 Beacon House 4 Canal Street Nottingham NG1 7EH\nDOB: 19.11.2001",
            "Flat 11 Beacon House 4 Canal Street Nottingham NG1 7EH",
        ),
        ("Adres zamieszkania: ul. Głogowska 118 m. 7, 60-243 Poznań\nData", "ul. Głogowska 118 m. 7, 60-243 Poznań"),
    ],
)
def test_rural_routes_blocks_lowercase_towns_and_labelled_lines(text, address):
    assert address in spans(text)


def test_a_labelled_line_ends_before_what_is_named_as_something_else():
    assert spans("Lieferadresse: Sigrid-Renner-Weg 158 Item FUE-8268-WHT\nUm 19h16.") == {"Sigrid-Renner-Weg 158"}


@pytest.mark.parametrize(
    "text, address",
    [
        ("Domicilio: C/ Alcalá 214, 3º B, 28028 Madrid\nTeléfono: 612 48 73 21", "C/ Alcalá 214, 3º B, 28028 Madrid"),
        (
            "Morada: Rua de Santa Catarina 312, 2.º Esq., 4000-447 Porto",
            "Rua de Santa Catarina 312, 2.º Esq., 4000-447 Porto",
        ),
        (
            "Min adresse er stadig Nørrebrogade 44, 3. tv., 2200 København N.",
            "Nørrebrogade 44, 3. tv., 2200 København N",  # with its district
        ),
        ("adres is Prinsengracht 263-II, 1016 GV Amsterdam. bestelnummer", "Prinsengracht 263-II, 1016 GV Amsterdam"),
        (
            "Min nya adress är Södermannagatan 14, lgh 1102, 116 40 Stockholm från",
            "Södermannagatan 14, lgh 1102, 116 40 Stockholm",
        ),
        ("adres: ul. Piotrkowska 104/12, 90-006 Łódź. tel +48 42 555 81 20", "ul. Piotrkowska 104/12, 90-006 Łódź"),
        ("4. Miejsce zamieszkania: os. Piastów 22/41, 31-624 Kraków\n5. Rachunek", "os. Piastów 22/41, 31-624 Kraków"),
        ("Osoite: Kauppakatu 7 A 3, 40100 Jyväskylä\nTulosyy", "Kauppakatu 7 A 3, 40100 Jyväskylä"),
        (
            "Meine Anschrift lautet Martinstrasse 16\n3893 St. Gallen\n\nMit freundlichen",
            "Martinstrasse 16\n3893 St. Gallen",
        ),
        (
            "Bitte an folgende Adresse:\nJustin-Kopf-Weg 0\n1938 Tulln an der Donau\n[23:31]",
            "Justin-Kopf-Weg 0\n1938 Tulln an der Donau",
        ),
    ],
)
def test_address_with_its_unit_town_and_label(text, address):
    assert address in spans(text)


def test_a_label_with_no_number_after_it_is_no_address():
    assert not any("see above" in s for s in spans("Address: see above\nEmail address: x@y.z"))


@pytest.mark.parametrize(
    "text, address",
    [
        ("Samuel Goldberg, 210 W 89th St Apt 4C, New York, NY 10024", "210 W 89th St Apt 4C, New York, NY 10024"),
        ("Our place is at 1234 NE 45th Ave, Portland, OR 97213", "1234 NE 45th Ave, Portland, OR 97213"),
        ("DL Y1234875\n1420 ELM ST\nSACRAMENTO CA 95814\nDOB 08/14/1992", "1420 ELM ST\nSACRAMENTO CA 95814"),
        (
            "Rua Augusta, 1508, apto 72, São Paulo - SP, 01304-001",
            "Rua Augusta, 1508, apto 72, São Paulo - SP, 01304-001",
        ),
        ("bytem Vinohradská 1511/230, 100 00 Praha 10. Číslo účtu", "Vinohradská 1511/230, 100 00 Praha 10"),
        ("My old address was 14 Kingsway, Manchester M19 1BB.", "14 Kingsway, Manchester M19 1BB"),
        (
            "Adres: ul. Marszałkowska 84/92 m. 15, 00-514 Warszawa\nTel.: +48 601",
            "ul. Marszałkowska 84/92 m. 15, 00-514 Warszawa",
        ),
        ("I live at 22 Griffith Avenue, Drumcondra, Dublin 9.", "22 Griffith Avenue, Drumcondra, Dublin 9"),
        ("Jag flyttade till Södra Förstadsgatan 11, 211 43 Malmö i januari.", "Södra Förstadsgatan 11, 211 43 Malmö"),
        ("Rural Route 2, Box 145, Elk Point SD 57025", "Rural Route 2, Box 145, Elk Point SD 57025"),
        ("Plot 14, Admiralty Way, Lekki Phase 1, Lagos", "Plot 14, Admiralty Way, Lekki Phase 1, Lagos"),
        ("House No. 221, Sector 15, Gurgaon, Haryana 122001", "House No. 221, Sector 15, Gurgaon, Haryana 122001"),
        ("Flat 2B, 17 Marine Drive, Mumbai 400020", "Flat 2B, 17 Marine Drive, Mumbai 400020"),
    ],
)
def test_numbered_streets_capitals_and_streets_without_a_type(text, address):
    assert address in spans(text)


@pytest.mark.parametrize(
    "text",
    [
        "Appointment on Nov 24, 2025 at 10:00",  # a month and a day
        "Windows 10, 2024 edition",
        "RR 135/80, Puls 72",  # a blood pressure
        "Room 4, Building B",
        "1001,Wanzleben,19611120",  # a CSV row
    ],
)
def test_a_name_and_a_number_without_a_town_or_code_is_no_address(text):
    assert spans(text) == set()


@pytest.mark.parametrize(
    "text, address",
    [
        (
            "Aurélie Chevalier, Bât B, esc. 2, 15 rue de la République, 13002 Marseille, digicode",
            "Bât B, esc. 2, 15 rue de la République, 13002 Marseille",
        ),
        (
            "lives alone at Rose Cottage, 3 Mill Lane, Little Snoring, Norfolk NR21 0HU.",
            "Rose Cottage, 3 Mill Lane, Little Snoring, Norfolk NR21 0HU",
        ),
        (
            "Paket an Familie Nguyễn c/o Weber, Holzmarktstraße 12, 10179 Berlin kam zurück",
            "c/o Weber, Holzmarktstraße 12, 10179 Berlin",
        ),
        (
            "Neue Adresse: Karl-Liebknecht-Str. 88, 3. OG links, 04275 Leipzig",
            "Karl-Liebknecht-Str. 88, 3. OG links, 04275 Leipzig",
        ),
        (
            "my address? Av. Almirante Reis 88, 3.º Dto, 1150-019 Lisboa. My NIF",
            "Av. Almirante Reis 88, 3.º Dto, 1150-019 Lisboa",
        ),
        (
            "j'habite désormais au 47 bis, avenue Jean-Jaurès, 93300 Aubervilliers.",
            "47 bis, avenue Jean-Jaurès, 93300 Aubervilliers",
        ),
    ],
)
def test_buildings_units_and_floors_around_the_street(text, address):
    assert address in spans(text)


def test_an_order_number_before_an_address_stays_out_of_it():
    assert spans("Order 5512, 15 rue de la Paix, 75002 Paris") == {"15 rue de la Paix, 75002 Paris"}


@pytest.mark.parametrize(
    "text, address",
    [
        ("pls ship to 4417 n maplewood dr, tulsa ok 74115", "4417 n maplewood dr, tulsa ok 74115"),  # lowercase chat
        ("i live at 88 queen st west apt 1203", "88 queen st west apt 1203"),
        ("my address changed to 14b Grove Park, Dublin 6W", "14b Grove Park, Dublin 6W"),  # a district with a letter
    ],
)
def test_lowercase_addresses_and_lettered_districts(text, address):
    assert address in spans(text)


@pytest.mark.parametrize(
    "text", ["it took 10 minutes on the road", "we have 2 dogs st bernards", "i bought 3 pairs at the ave"]
)
def test_lowercase_words_before_a_street_word_are_no_address(text):
    assert spans(text) == set()


@pytest.mark.parametrize(
    "text, address",
    [
        # Nordic street words written apart, Swedish and Danish floors, a Danish postal district
        ("Min adresse er Karl Johans gate 41B, 0162 Oslo.", "Karl Johans gate 41B, 0162 Oslo"),
        ("Hälsningar\nSvensson\nSveavägen 12, 3 tr, 113 57 Stockholm", "Sveavägen 12, 3 tr, 113 57 Stockholm"),
        ("opsige lejemålet på Jagtvej 90, 2. th., 2200 København N pr. 1. maj", "Jagtvej 90, 2. th., 2200 København N"),
        # Vienna's house/stair/door, a Dutch "bis", an Italian elided article
        ("Kontakt: Mariahilfer Straße 120/3/9, 1070 Wien", "Mariahilfer Straße 120/3/9, 1070 Wien"),
        ("adres Prinsengracht 12bis, 1015 DT Amsterdam, graag", "Prinsengracht 12bis, 1015 DT Amsterdam"),
        ("residente in Via dell'Orso 8, 20121 Milano.", "Via dell'Orso 8, 20121 Milano"),
        # Turkish "No:" and "Daire:", Romanian blocks and stairs, Hungarian dotted numbers
        (
            "Adresim: Atatürk Caddesi No: 45 Daire: 3, Moda, 34710 Kadıköy/İstanbul.",
            "Atatürk Caddesi No: 45 Daire: 3, Moda, 34710 Kadıköy/İstanbul",
        ),
        (
            "locuința din Str. Florilor nr. 9, bl. A1, sc. 2, ap. 30, Sector 3, București. Mulțumesc",
            "Str. Florilor nr. 9, bl. A1, sc. 2, ap. 30, Sector 3",  # the engine joins the town found as a place
        ),
        ("Lakcím: 6720 Szeged, Kossuth utca 7. 2. em. 5.\nTelefon", "Kossuth utca 7. 2. em. 5"),
        # Mexico's colonia, Indian cross roads, a UK street with no number before its postcode
        (
            "Domicilio: Calle Pinos 12, Col. Roma Norte, Cuauhtémoc, 06700 Ciudad de México",
            "Calle Pinos 12, Col. Roma Norte, Cuauhtémoc, 06700 Ciudad de México",
        ),
        (
            "address is Flat 12, Lake View Enclave, 3rd Cross, Jayanagar, Bengaluru 560041, thanks",
            "Flat 12, Lake View Enclave, 3rd Cross, Jayanagar, Bengaluru 560041",
        ),
        ("staying at Mill Lane, Great Dunmow, Essex CM6 1AB this week", "Mill Lane, Great Dunmow, Essex CM6 1AB"),
        ("the leak is in unit 4 at 210 Harbour Road. Please", "unit 4 at 210 Harbour Road."),
        ("Room: Block B, Room 12, Elm Halls, York YO10 5DD", "Block B, Room 12, Elm Halls, York YO10 5DD"),
    ],
)
def test_street_lines_of_more_countries(text, address):
    assert address in spans(text)


def test_a_payload_key_names_an_address_line():
    assert spans('{"addr_line2": "Suite 400", "city": "Austin"}') == {"Suite 400"}


@pytest.mark.parametrize(
    "text, address",
    [
        (
            "my address is flat 7c green park apts near city mall andheri east mumbai 400069 pls hurry",
            "flat 7c green park apts near city mall andheri east mumbai 400069",
        ),
        ("hi i live at 14 rue des lilas lyon and my number is below", "14 rue des lilas lyon"),
        ("mi dirección es carrera 7 # 45-12 chapinero bogotá, gracias", "carrera 7 # 45-12 chapinero bogotá"),
        ("alamat saya jl. melati no. 8 depok jawa barat ya", "jl. melati no. 8 depok jawa barat"),
        ("we moved to 9 kingfisher way apt 3 last month", None),
    ],
)
def test_an_address_said_in_a_sentence(text, address):
    found = spans(text)
    assert found and (address is None or address in found)


@pytest.mark.parametrize(
    "text", ["we ship to 40 countries", "my address is the same as before", "i live at home with 2 dogs"]
)
def test_a_sentence_about_an_address_without_one(text):
    assert spans(text) == set()


@pytest.mark.parametrize(
    "text, address",
    [
        # Argentina's postal codes, a numbered street, Catalan floors, a province in brackets
        (
            "Domicilio: Av. Rivadavia 5120, piso 3 dpto. C, C1424CEN CABA\nTel",
            "Av. Rivadavia 5120, piso 3 dpto. C, C1424CEN CABA",
        ),
        (
            "Confirmó domicilio Calle 12 Nº 845, La Plata, Buenos Aires (B1900) y celu",
            "Calle 12 Nº 845, La Plata, Buenos Aires (B1900)",
        ),
        ("domicili Carrer de Verdi 51, 3r 2a, 08012 Barcelona, mòbil", "Carrer de Verdi 51, 3r 2a, 08012 Barcelona"),
        ("domicile 88, rue King Ouest, Sherbrooke (Québec) J1H 1R4", "88, rue King Ouest, Sherbrooke (Québec) J1H 1R4"),
    ],
)
def test_addresses_of_south_america_catalonia_and_quebec(text, address):
    assert address in spans(text)
