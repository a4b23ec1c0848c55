"""Places by name: listed cities, countries and regions; ordinary words only after a place cue."""

import pytest

from pipeline.detect.recognizers.location import PlaceNameRecognizer

REC = PlaceNameRecognizer()


def spans(text):
    return [text[s:e] for s, e, _ in REC.find(text, 0)]


@pytest.mark.parametrize(
    "text, place",
    [
        ("I moved to Gießen last year.", "Gießen"),
        ("Our office in Deutschland ships to the USA.", "Deutschland"),
        ("Our office in Deutschland ships to the USA.", "USA"),
        ("J'habite à Saint-Étienne près de Lyon.", "Saint-Étienne"),
        ("Flights from Frankfurt am Main to Rio de Janeiro", "Frankfurt am Main"),
        ("Flights from Frankfurt am Main to Rio de Janeiro", "Rio de Janeiro"),
        ("She lives in Reading.", "Reading"),  # an ordinary word, after a place cue
        ("Zurich or Zürich, both spellings", "Zurich"),  # accents folded
        ("Ich wohne in Kleinkleckersdorf seit 2019.", "Kleinkleckersdorf"),  # unlisted, after a residence cue
        ("City: Port Tamsin", "Port Tamsin"),
        ("Shipping to España, Italia and Nederland", "Nederland"),
        ("Je suis au Royaume-Uni", "Royaume-Uni"),
    ],
)
def test_place(text, place):
    assert place in spans(text)


@pytest.mark.parametrize(
    "text",
    [
        "Reading the manual helps.",  # ordinary word, no cue
        "The Galaxy S21 and the Pixel 7 arrive Monday in March.",
        "Mobile app crashes on login.",
        "Please see the Invoice attached, Order 4412.",
        "Customer Service will call you back.",
    ],
)
def test_no_place(text):
    assert spans(text) == []


@pytest.mark.parametrize(
    "text, place",
    [
        ("Bundesland: Saarland\n", "Saarland"),  # a region, listed
        ("Provincie: Noord-Brabant", "Noord-Brabant"),
        ("J'habite en Rhone-Alpes.", "Rhone-Alpes"),  # accents folded
        ("Cidade: Santos de Minas\n", "Santos de Minas"),  # the cue reads further than the list
        ("La filiale di Ortacesus era chiusa.", "Ortacesus"),  # a branch cue
        ("id|city|country\n1000|North Ashby|Zimbabwe\n", "North Ashby"),  # table column
        ("Bundesland = St. Gallen\nLand: Benin", "St. Gallen"),  # an abbreviated first word
        ("Nationalité : Micronésie (États fédérés de)\n", "Micronésie (États fédérés de)"),  # its bracketed qualifier
        ("Flying out of Markstad tomorrow.", "Markstad"),  # a travel cue
        ("Estou viajando em Trindade e Tobago.", "Trindade e Tobago"),  # two names joined
        ("Sono in viaggio in Saint Vincent and the Grenadines.", "Saint Vincent and the Grenadines"),
        ("Staatsangehörigkeit: Niederländische Antillen\n", "Niederländische Antillen"),
    ],
)
def test_regions_cues_and_tables(text, place):
    assert place in spans(text)


def test_after_a_cue_a_listed_place_runs_on_only_over_a_particle():
    assert set(spans("Nationaliteit: Canada Got E3287 —")) & {"Canada Got", "Canada Got E3287"} == set()


@pytest.mark.parametrize("text", ["Como posso pagar?", "Para mais informações, ligue.", "Pero no funciona."])
def test_frequent_words_that_are_towns(text):
    assert spans(text) == []


def test_short_capitals_are_codes():
    assert spans("Error ORA-00942 and BOX 12") == []
