import pytest

from tests.unit.detect.util import values

TAX_CASES = [
    ("USt-IdNr.: DE123456788", ["DE123456788"]),
    ("btw-nummer NL111222333B01 graag", ["NL111222333B01"]),
    ("CIF B12345674 de la empresa", ["B12345674"]),
    ("CNPJ 11.444.777/0001-61 da empresa", ["11.444.777/0001-61"]),
    ("Partita IVA 02345670125", ["02345670125"]),
    ("SIREN 732 829 320", ["732 829 320"]),
    ("SIRET 73282932000017", ["73282932000017"]),
    ("EIN: 12-3456789", ["12-3456789"]),
    ("ITIN 912-78-3456 on the form", ["912-78-3456"]),
    ("die Ihres Lieferanten ATU29668945. Bitte", ["ATU29668945"]),  # any EU VAT number, as people group it
    ("niet BE 0596.178.430 (dat", ["BE 0596.178.430"]),
    ("n° TVA intracommunautaire FR75 378 059 364.", ["FR75 378 059 364"]),
    ("USt-IdNr.: DE123456789", ["DE123456789"]),  # a wrong check digit after its label: protected anyway
    ("btw NL111222334B01", ["NL111222334B01"]),  # the same (recall first)
    # no match
    ("order 02345670125 shipped", []),  # valid IVA, but no tax word near it
    ("order 732829320 shipped", []),  # valid SIREN shape, no tax word
    ("invoice INV-2024-0042, SKU AB-1234567", []),
    ("part 12-3456789 in stock", []),
    ("Order number: A24680134 shipped", []),  # valid CIF shape, but an order id  # EIN shape without a cue
]


@pytest.mark.parametrize("text,expected", TAX_CASES)
def test_tax_id(text, expected):
    assert values("TAX_ID", text) == expected


ACCOUNT_CASES = [
    ("Account number XYZA12345678901234 please", ["XYZA12345678901234"]),
    ("acct no. 1234 5678 9012 3456 thanks", ["1234 5678 9012 3456"]),
    ("Kontonummer: 123456789012 Danke", ["123456789012"]),
    ("Numéro de compte 12345678901234567890123", ["12345678901234567890123"]),
    ("RIB 1234 5678 9012 3456 7890 123 merci", ["1234 5678 9012 3456 7890 123"]),
    ("número de cuenta 1234-5678-9012-3456", ["1234-5678-9012-3456"]),
    ("conto n. X1234567890123456789012", ["X1234567890123456789012"]),
    ("rekeningnummer\nABCD1234567890", ["ABCD1234567890"]),
    ("Conta = 1234 5678 9012 3456 7 ok", ["1234 5678 9012 3456 7"]),
    ("conta 8928 8154 6656 7879 0911 056P M A agência", ["8928 8154 6656 7879 0911 056P M"]),  # Brazil's check letters
    ("routing 021000021, checking 889105547\n", ["889105547"]),
    ("EXAM: CT ABDOMEN    ACC#: RAD24-0884127", []),  # a radiology accession number
    # no match
    ("Account locked since 2024", []),
    ("account 1234567 has seven digits", []),
    ("order number 12345678901234 shipped", []),  # no account cue
    ("a conta de luz de 2023 venceu", []),
    ("tracking 1Z999AA10123456784, SKU ABC-1234", []),
]


@pytest.mark.parametrize("text,expected", ACCOUNT_CASES)
def test_bank_account(text, expected):
    assert values("BANK_ACCOUNT", text) == expected


NATIONAL_ID_CASES = [
    ("AHV 756.1234.5678.97", ["756.1234.5678.97"]),
    ("7561234567897", ["7561234567897"]),
    ("HETU 131052-308T", ["131052-308T"]),
    ("PPS 1234567T", ["1234567T"]),
    ("CPF 123.456.789-09", ["123.456.789-09"]),
    ("PESEL 88010212343", ["88010212343"]),
    # no match
    ("7561234567898", []),  # EAN-13 check digit
    ("HETU 131052-308U", ["131052-308U"]),  # a wrong check digit after its label: protected anyway (recall first)
    ("ref 123.456.789-10 sent", []),  # CPF check digits
    ("PESEL 88010212344", ["88010212344"]),  # a wrong check digit after its label: protected anyway (recall first)
    ("invoice INV-88010212343", []),  # glued to an invoice prefix
    ("order 4000123456 shipped", []),  # ten digits, no id word near
]


@pytest.mark.parametrize("text,expected", NATIONAL_ID_CASES)
def test_national_id_checksum(text, expected):
    assert values("NATIONAL_ID", text) == expected


@pytest.mark.parametrize(
    "text, value",
    [
        ("PAN: ITRPF7495F (note: belongs to son-in-law)", "ITRPF7495F"),
        ("I've also registered for VAT now: GB 790 1246 80.", "GB 790 1246 80"),
        ('faktury na firmę: FHU "Budmax" Piotr Zając, NIP 3898692983, ul.', "3898692983"),
    ],
)
def test_more_tax_ids_by_their_check_digits(text, value):
    from pipeline.detect.recognizers.tax_id import TaxIdRecognizer

    r = TaxIdRecognizer()
    assert value in [text[s:e] for i in range(len(r.PATTERNS)) for s, e, _ in r.find(text, i)]
