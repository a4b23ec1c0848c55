#!/usr/bin/env python3
"""Build heldout7b.jsonl from hand-written records with inline markup.
Markup: ⟦KIND|value⟧ sensitive, ⟦o:KIND|value⟧ ordinary, ⟦a:KIND|value⟧ ambiguous.
Optional KIND@subtype and KIND~mutation (e.g. ⟦NID@pl.pesel|...⟧, ⟦PH~fullwidth|...⟧).
Kind abbreviations are expanded below."""

import json, re, unicodedata, importlib, sys
from stdnum import luhn, iban as stdiban
from stdnum.us import ssn as stdssn

ABBR = {
    "P": "PERSON",
    "PH": "PHONE_NUMBER",
    "E": "EMAIL_ADDRESS",
    "DOB": "DATE_OF_BIRTH",
    "A": "STREET_ADDRESS",
    "L": "LOCATION",
    "NID": "NATIONAL_ID",
    "TAX": "TAX_ID",
    "SSN": "US_SSN",
    "IBAN": "IBAN_CODE",
    "BBAN": "BBAN",
    "CC": "CREDIT_CARD",
    "PP": "PASSPORT",
    "DL": "DRIVER_LICENSE",
    "MRN": "MEDICAL_RECORD_NUMBER",
    "HPN": "HEALTH_PLAN_NUMBER",
    "IP": "IP_ADDRESS",
    "UC": "URL_CREDENTIALS",
    "S": "SECRET",
    "D": "DATE",
    "T": "TIME",
    "ORD": "ORDER_ID",
    "INV": "INVOICE_ID",
    "TKT": "TICKET_ID",
    "TRK": "TRACKING_NUMBER",
    "AMT": "AMOUNT",
    "QTY": "QUANTITY",
    "VER": "VERSION",
    "ERR": "ERROR_CODE",
    "SKU": "SKU",
    "ISBN": "ISBN",
    "REQ": "REQUEST_ID",
    "SHA": "COMMIT_HASH",
    "PROD": "PRODUCT_NAME",
    "ROW": "ROW_ID",
    "PCT": "PERCENTAGE",
    "FLT": "FLIGHT_NUMBER",
    "UUID": "UUID",
    "PC": "POSTCODE",
    "BC": "BANK_CODE",
}
SENS = {
    "PERSON",
    "PHONE_NUMBER",
    "EMAIL_ADDRESS",
    "DATE_OF_BIRTH",
    "STREET_ADDRESS",
    "LOCATION",
    "NATIONAL_ID",
    "TAX_ID",
    "US_SSN",
    "IBAN_CODE",
    "BBAN",
    "CREDIT_CARD",
    "PASSPORT",
    "DRIVER_LICENSE",
    "MEDICAL_RECORD_NUMBER",
    "HEALTH_PLAN_NUMBER",
    "IP_ADDRESS",
    "URL_CREDENTIALS",
    "SECRET",
}
ORD = {
    "DATE",
    "TIME",
    "ORDER_ID",
    "INVOICE_ID",
    "TICKET_ID",
    "TRACKING_NUMBER",
    "AMOUNT",
    "QUANTITY",
    "VERSION",
    "ERROR_CODE",
    "SKU",
    "ISBN",
    "REQUEST_ID",
    "COMMIT_HASH",
    "PRODUCT_NAME",
    "ROW_ID",
    "PERCENTAGE",
    "FLIGHT_NUMBER",
    "UUID",
}
AMB = {"POSTCODE", "BANK_CODE"}

PAT = re.compile(r"⟦(?:(o|a):)?([A-Z_]+)(?:@([a-z_.]+))?(?:~([a-z_]+))?\|(.*?)⟧", re.S)

WORDS = {
    "zero": "0",
    "oh": "0",
    "one": "1",
    "two": "2",
    "three": "3",
    "four": "4",
    "five": "5",
    "six": "6",
    "seven": "7",
    "eight": "8",
    "nine": "9",
}


def norm(v):
    v = unicodedata.normalize("NFKC", v)
    v = re.sub(r"[A-Za-z]+", lambda m: WORDS.get(m.group(0).lower(), m.group(0)), v)
    return re.sub(r"[\u200b\u200c\u200d\u2060\ufeff]", "", v)


def check(kind, sub, value):
    v = norm(value)
    if kind == "CREDIT_CARD":
        digits = re.sub(r"\D", "", v)
        assert luhn.is_valid(digits), ("luhn", value)
    elif kind == "IBAN_CODE":
        assert stdiban.is_valid(v), ("iban", value)
    elif kind == "US_SSN":
        assert stdssn.is_valid(re.sub(r"\D", "", v)), ("ssn", value)
    elif kind in ("NATIONAL_ID", "TAX_ID") and sub:
        try:
            mod = importlib.import_module("stdnum." + sub.replace("in.", "in_."))
        except ImportError:
            return
        assert mod.is_valid(v), (sub, value)


def parse(src):
    out, spans, pos = [], [], 0
    cur = 0
    for m in PAT.finditer(src):
        out.append(src[pos : m.start()])
        cur += m.start() - pos
        grp, k, sub, mut, val = m.groups()
        kind = ABBR.get(k, k)
        bucket = {"o": "ordinary", "a": "ambiguous", None: "sensitive"}[grp]
        allowed = {"ordinary": ORD, "ambiguous": AMB, "sensitive": SENS}[bucket]
        assert kind in allowed, (kind, bucket, src[:60])
        assert "⟦" not in val and "⟧" not in val, val
        if bucket == "sensitive":
            check(kind, sub, val)
        sp = {"kind": kind, "subtype": sub or "", "start": cur, "end": cur + len(val)}
        if mut:
            sp["mutation"] = mut
        spans.append((bucket, sp, val))
        out.append(val)
        cur += len(val)
        pos = m.end()
    out.append(src[pos:])
    text = "".join(out)
    assert "⟦" not in text and "⟧" not in text, text[:80]
    return text, spans


R = []


def r(locale, style, text):
    R.append((locale, style, text))


# ---- hand-written records ----
def load(r):
    # ---------- tenancy / contracts ----------
    r(
        "en_GB",
        "tenancy_agreement",
        """ASSURED SHORTHOLD TENANCY AGREEMENT
This agreement is dated ⟦o:D|1 March 2024⟧ and made between:
Landlord: ⟦P|Graham Whitcombe⟧ of ⟦A|Flat 2, 17 Albion Terrace, Reading RG1 5BD⟧
Tenant(s): ⟦P|Aoife Ní Bhriain⟧ (DOB ⟦DOB|14/07/1996⟧) and ⟦P|Tomasz Wróblewski⟧ (DOB ⟦DOB|02.11.1994⟧)
Property: ⟦A|Ground Floor Flat, 44 Cardigan Road, Reading, RG1 5QN⟧
Rent: ⟦o:AMT|£1,150.00⟧ per calendar month payable to sort code ⟦a:BC|20-32-06⟧ acc ⟦BBAN|53917204⟧
Deposit: ⟦o:AMT|£1,326.92⟧ protected with the DPS, certificate ref ⟦o:TKT|DPS-2024-0093417⟧
Key safe code (do not share): ⟦S|4471⟧
Emergency contact for the landlord: ⟦PH|07700 914 362⟧ / ⟦E|g.whitcombe@btinternet.com⟧""",
    )
    r(
        "de_DE",
        "tenancy_agreement",
        """Mietvertrag über Wohnraum
zwischen
⟦P|Hannelore Brückner-Stahl⟧
⟦A|Kastanienallee 12
10435 Berlin⟧
– Vermieterin –
und
Herrn ⟦P|Emre Yıldırım⟧, geb. am ⟦DOB|23.04.1989⟧ in ⟦L|Kayseri⟧
derzeit wohnhaft ⟦A|Hermannstr. 201, 12049 Berlin⟧
– Mieter –
§ 3 Miete: Die Nettokaltmiete beträgt ⟦o:AMT|845,00 EUR⟧ zzgl. Vorauszahlung Betriebskosten ⟦o:AMT|190,00 EUR⟧.
Zahlung auf das Konto IBAN ⟦IBAN|DE89 3704 0044 0532 0130 00⟧, BIC ⟦a:BC|COBADEFFXXX⟧
§ 4 Kaution ⟦o:AMT|2.535,00 EUR⟧ Vertragsnr. ⟦o:ORD|MV-2023/117⟧
Tel. Mieter: ⟦PH|0176 3348 9021⟧""",
    )
    r(
        "fr_BE",
        "contract",
        """CONTRAT DE BAIL DE RÉSIDENCE PRINCIPALE
Entre : M. ⟦P|Jean-Baptiste Vandenbroucke⟧, né le ⟦DOB|14 juillet 1985⟧, numéro de registre national ⟦NID@be.nn|85.07.14-123.30⟧,
domicilié ⟦A|Rue des Alliés 88 bte 3, 1190 Forest⟧,
ci-après « le bailleur »,
Et : Mme ⟦P|Fatima-Zahra El Idrissi⟧, NN ⟦NID@be.nn|91020345621⟧, tél. ⟦PH|+32 476 21 88 40⟧
Le loyer mensuel de ⟦o:AMT|925 €⟧ sera versé au compte ⟦IBAN|BE71 0961 2345 6769⟧ avant le 5 de chaque mois.
Référence de l'enregistrement : ⟦o:TKT|ENR/2024/004512⟧""",
    )
    r(
        "nl_NL",
        "contract",
        """HUUROVEREENKOMST WOONRUIMTE (model ROZ 2017)
De ondergetekenden:
1. ⟦P|Pieter-Jan de Vries⟧, wonende te ⟦A|Prinsengracht 263-II, 1016 GV Amsterdam⟧
2. ⟦P|Samira Bakkali⟧, geboren ⟦DOB|3 mei 1998⟧, BSN:⟦NID@nl.bsn|234567818⟧
   correspondentieadres: ⟦A|Postbus 1142, 3500 BC Utrecht⟧
Huurprijs ⟦o:AMT|€ 1.480,-⟧ per maand, te voldoen op ⟦IBAN|NL91ABNA0417164300⟧ t.n.v. P.J. de Vries
Ingangsdatum ⟦o:D|01-09-2024⟧, dossier ⟦o:TKT|HV-88213⟧""",
    )
    r(
        "en_ZA",
        "lease",
        """LEASE AGREEMENT — Sectional Title Unit
LESSOR: ⟦P|Johannes (Hannes) Pretorius⟧ ID No ⟦NID@za.idnr|7801155803087⟧
LESSEE: ⟦P|Nomvula Dlamini⟧
ID No
⟦NID@za.idnr|9107210126086⟧
Physical address of premises: ⟦A|Unit 14 Sunbird Gardens, 27 Jan Smuts Avenue, Parktown North, Johannesburg, 2193⟧
Rental: ⟦o:AMT|R9 800.00⟧ monthly, deposit ⟦o:AMT|R14 700.00⟧
Bank: FNB Cheque acc no. ⟦BBAN|62850937114⟧ branch code ⟦a:BC|250655⟧
Lessee cell: ⟦PH|082 556 1937⟧ email ⟦E|nomvula.dlamini@gmail.com⟧""",
    )
    r(
        "es_ES",
        "contract",
        """CONTRATO DE ARRENDAMIENTO DE VIVIENDA
En Madrid, a ⟦o:D|15 de enero de 2025⟧
REUNIDOS
De una parte, D.ª ⟦P|María del Carmen Ortega Sanz⟧, mayor de edad, con DNI ⟦NID@es.dni|48213957-T⟧ y domicilio en ⟦A|C/ de Alcalá, 154, 3.º izda., 28028 Madrid⟧.
De otra parte, D. ⟦P|Luca Ferrante⟧, con NIE ⟦NID@es.nie|X4521887H⟧, nacido el ⟦DOB|09/03/1990⟧.
La renta anual asciende a ⟦o:AMT|13.200 €⟧ pagadera mediante transferencia a ⟦IBAN|ES91 2100 0418 4502 0005 1332⟧.
Fianza: ⟦o:AMT|1.100 €⟧ (depositada en la Agencia de Vivienda, expediente ⟦o:TKT|FZ-2025-0071⟧).""",
    )
    r(
        "it_IT",
        "contract",
        """CONTRATTO DI LOCAZIONE AD USO ABITATIVO (L. 431/98)
Il Sig. ⟦P|Mario Rossi⟧, nato a Roma il ⟦DOB|10/12/1985⟧, C.F. ⟦TAX@it.codicefiscale|RSSMRA85T10A562S⟧, residente in ⟦A|Via dei Serpenti 35, 00184 Roma (RM)⟧, di seguito locatore
concede in locazione alla Sig.ra ⟦P|Giulia Bianchi⟧, C.F. ⟦TAX@it.codicefiscale|bncgli92e51f205s⟧, l'unità immobiliare sita in ⟦A|Corso Buenos Aires 52, scala B, int. 7, 20124 Milano⟧.
Canone annuo ⟦o:AMT|€ 10.800,00⟧, rate mensili su IBAN ⟦IBAN|IT60 X054 2811 1010 0000 0123 456⟧.
Registrato presso Ag. Entrate, codice identificativo ⟦o:TKT|TLQ24T012345000XD⟧.""",
    )
    r(
        "en_US",
        "contract",
        """INDEPENDENT CONTRACTOR AGREEMENT
This Agreement (Ref. ⟦o:ORD|ICA-2024-0418⟧) is entered into as of ⟦o:D|April 18, 2024⟧ by and between Brightline Analytics LLC ("Company") and
Name: ⟦P|DeShawn M. Carter⟧
Address: ⟦A|2217 N Kedzie Ave, Apt 3R, Chicago, IL 60647⟧
SSN/TIN: ⟦SSN|536-22-1847⟧
Phone: ⟦PH|(773) 555-0148⟧
Compensation: ⟦o:AMT|$85.00⟧/hour, not to exceed ⟦o:QTY|120 hours⟧ per month.
Payments by ACH to routing ⟦a:BC|071000013⟧ account ⟦BBAN|4410928375⟧.""",
    )
    r(
        "pl_PL",
        "contract",
        """UMOWA ZLECENIA nr ⟦o:ORD|UZ/14/2024⟧
zawarta w dniu ⟦o:D|2024-05-06⟧ w Krakowie pomiędzy:
Zleceniodawcą: Pracownia Architektoniczna „Forma” sp. z o.o., NIP 6762458113
a
Zleceniobiorcą: Panią ⟦P|Agnieszką Kowalczyk-Nowak⟧
PESEL: ⟦NID@pl.pesel|84031204567⟧
zam. ⟦A|ul. Długa 17/4, 31-147 Kraków⟧
nr rachunku: ⟦IBAN|PL61 1090 1014 0000 0712 1981 2874⟧
Wynagrodzenie brutto: ⟦o:AMT|4 200,00 zł⟧""",
    )
    r(
        "sv_SE",
        "contract",
        """ANSTÄLLNINGSAVTAL – tillsvidareanställning
Arbetsgivare: Nordlys Konsult AB, org.nr 556677-8899
Arbetstagare: ⟦P|Linnéa Åkesson⟧
Personnummer: ⟦NID@se.personnummer|19750926-1488⟧
Adress: ⟦A|Götgatan 48 lgh 1102, 118 26 Stockholm⟧
Tillträdesdag: ⟦o:D|2024-08-19⟧  Månadslön: ⟦o:AMT|52 500 kr⟧
Lönekonto: Swedbank clearing ⟦a:BC|8327-9⟧ konto ⟦BBAN|914 562 337-4⟧""",
    )
    # ---------- invoices / receipts ----------
    r(
        "en_GB",
        "invoice",
        """INVOICE  ⟦o:INV|INV-2024-00817⟧
Date: ⟦o:D|12/06/2024⟧        Due: ⟦o:D|12/07/2024⟧
Bill to:
Mrs ⟦P|Priya Raghunathan⟧
⟦A|27 Beech Grove
Harrogate
HG2 0EX⟧
Description                         Qty    Unit     Total
Boiler service (Worcester 30i)       ⟦o:QTY|1⟧    ⟦o:AMT|95.00⟧    ⟦o:AMT|95.00⟧
Magnetic filter ⟦o:SKU|MF-22-CB⟧              ⟦o:QTY|1⟧    ⟦o:AMT|64.50⟧    ⟦o:AMT|64.50⟧
VAT 20%                                            ⟦o:AMT|31.90⟧
TOTAL                                             ⟦o:AMT|£191.40⟧
Pay by BACS: Whitby Heating Ltd, 40-47-84 / 71203958""",
    )
    r(
        "de_CH",
        "invoice",
        """Rechnung Nr. ⟦o:INV|2024-3381⟧                Zürich, ⟦o:D|3. Juli 2024⟧
Praxis für Physiotherapie Lindenhof
Frau
⟦P|Ursula Bachmann-Züger⟧
⟦A|Seefeldstrasse 119
8008 Zürich⟧
AHV-Nr. ⟦NID@ch.ssn|756.1234.5678.97⟧
Versichertennummer KVG: ⟦HPN|80756 0000 1234 5678⟧ (Helsana)
Behandlungen ⟦o:D|04.06.2024⟧–⟦o:D|28.06.2024⟧, ⟦o:QTY|9 Sitzungen⟧ à ⟦o:AMT|CHF 48.40⟧
Total ⟦o:AMT|CHF 435.60⟧
Zahlbar innert 30 Tagen auf ⟦IBAN|CH93 0076 2011 6238 5295 7⟧""",
    )
    r(
        "en_US",
        "receipt",
        """*** WALGREENS #09314 ***
1420 N HALSTED ST CHICAGO IL
⟦o:D|06/14/2024⟧ ⟦o:T|18:42⟧  REG 3  TRN ⟦o:ORD|4471⟧
RX 2291847 ATORVASTATIN 20MG    ⟦o:AMT|$12.00⟧
TYLENOL EX STR 100CT ⟦o:SKU|300450449108⟧  ⟦o:AMT|$11.49⟧
SUBTOTAL ⟦o:AMT|$23.49⟧ TAX ⟦o:AMT|$1.22⟧
VISA CREDIT ************0366  ⟦o:AMT|$24.71⟧
AUTH ⟦o:REQ|082941⟧
myWalgreens member ⟦P|KAREN OSULLIVAN⟧ ph ⟦PH|3125550192⟧
THANK YOU""",
    )
    r(
        "en_SG",
        "invoice",
        """TAX INVOICE
Tan & Lim Renovation Pte Ltd  GST Reg No. 201812345K
Invoice No: ⟦o:INV|TL/24/0622⟧        Date: ⟦o:D|22-Jun-2024⟧
Customer: Mdm ⟦P|Goh Siew Ling⟧  NRIC: ⟦NID|S8734612I⟧
Site: ⟦A|Blk 458 Hougang Ave 10 #08-1234 Singapore 530458⟧
Contact: ⟦PH|+65 9123 4876⟧
Item 1  Hacking of kitchen wall     ⟦o:AMT|S$1,800.00⟧
Item 2  Waterproofing (toilet x2)   ⟦o:AMT|S$1,250.00⟧
GST 9%                              ⟦o:AMT|S$274.50⟧
Grand total                         ⟦o:AMT|S$3,324.50⟧
PayNow UEN 201812345K / DBS current acct ⟦BBAN|072-904318-5⟧""",
    )
    r(
        "da_DK",
        "invoice",
        """FAKTURA nr. ⟦o:INV|10482⟧
Tømrermester Kristensen ApS — CVR 31245698
Kunde: ⟦P|Mette Kjærgaard Holm⟧
⟦A|Vesterbrogade 112, 3. tv.
1620 København V⟧
Fakturadato: ⟦o:D|30.05.2024⟧  Forfald: ⟦o:D|14.06.2024⟧
Udskiftning af vinduer, ⟦o:QTY|4 stk.⟧        ⟦o:AMT|kr. 28.400,00⟧
Moms 25 %                                  ⟦o:AMT|kr. 7.100,00⟧
I alt                                      ⟦o:AMT|kr. 35.500,00⟧
Betales til reg.nr. ⟦a:BC|5301⟧ kontonr. ⟦BBAN|0244157⟧ eller IBAN ⟦IBAN|DK5000400440116243⟧""",
    )
    r(
        "pt_PT",
        "invoice",
        """FATURA-RECIBO  FR ⟦o:INV|2024A/1187⟧
Data: ⟦o:D|2024-03-11⟧
Adquirente: ⟦P|João Pedro Magalhães Fonseca⟧
NIF: ⟦TAX@pt.nif|234567813⟧
Morada: ⟦A|Rua de Santa Catarina, 312, 2.º Esq.
4000-443 Porto⟧
Consulta de nutrição ............ ⟦o:AMT|45,00 €⟧
Isento de IVA ao abrigo do art.º 9.º CIVA
ATCUD: ⟦o:TKT|JFM3KX9B-1187⟧""",
    )
    r(
        "en_CA",
        "invoice",
        """NORTHSHORE PLUMBING & HEATING
Invoice # ⟦o:INV|NS-55019⟧     Work order ⟦o:ORD|WO-8812⟧
Sold to: ⟦P|Marie-Ève Gagnon⟧
⟦A|1450 rue Sherbrooke O, app. 702, Montréal QC H3G 1L2⟧
Tel: ⟦PH|514-555-0177 ext. 23⟧
Date of service: ⟦o:D|2024-02-08⟧
Labour ⟦o:QTY|3.5 h⟧ @ ⟦o:AMT|$110⟧ ........ ⟦o:AMT|$385.00⟧
GST ⟦o:AMT|$19.25⟧  QST ⟦o:AMT|$38.40⟧
Paid: Mastercard ending 4473  Auth ⟦o:REQ|71A2C9⟧""",
    )
    r(
        "fi_FI",
        "receipt",
        """K-Citymarket Espoo Iso Omena
KUITTI ⟦o:ORD|0093-512-441⟧   ⟦o:D|19.04.2024⟧ ⟦o:T|16.07⟧
Maito 1l ............ ⟦o:AMT|1,19⟧
Ruisleipä ........... ⟦o:AMT|2,49⟧
Kahvi Juhla Mokka ... ⟦o:AMT|5,99⟧
YHTEENSÄ EUR          ⟦o:AMT|9,67⟧
K-Plussa-kortti ⟦o:TKT|*****8314⟧
ALV 14 %  ⟦o:AMT|1,19⟧
Kiitos käynnistä!""",
    )
    r(
        "en_IN",
        "invoice",
        """TAX INVOICE (GST)
Sharma Electronics, Lajpat Nagar — GSTIN 07AAACS1234K1Z5
Invoice No: ⟦o:INV|SE/24-25/0913⟧   Date: ⟦o:D|05-08-2024⟧
Billed to: ⟦P|Ramesh Venkataraman⟧
⟦A|Flat 4B, Sai Krupa Apartments, 12th Main, Indiranagar, Bengaluru 560038⟧
Mobile: ⟦PH|+91 98450 33127⟧   PAN: ⟦TAX@in_.pan|ABKPS1234F⟧
1. ⟦o:PROD|Samsung 253L Frost Free Refrigerator⟧ ⟦o:SKU|RT28C3032GS⟧  ⟦o:AMT|₹24,990.00⟧
CGST 9% ⟦o:AMT|₹1,905.34⟧ SGST 9% ⟦o:AMT|₹1,905.34⟧
Serial No. ⟦o:TKT|R2JW80BZ01447K⟧ — warranty 1 yr""",
    )
    r(
        "en_US",
        "invoice",
        """From: billing@lakeshoredental.com
Subject: Statement ⟦o:INV|LSD-118203⟧

Patient: ⟦P|Olivia Nguyen⟧   DOB: ⟦DOB|2011-09-30⟧
Responsible party: ⟦P|Thanh Nguyen⟧
Ins: Delta Dental PPO  Member ID ⟦HPN|DDP-903318472-01⟧  Group ⟦o:TKT|GRP 00471⟧
⟦o:D|05/02/2024⟧  D1120 Prophylaxis child        ⟦o:AMT|$96.00⟧
⟦o:D|05/02/2024⟧  D1206 Fluoride varnish         ⟦o:AMT|$38.00⟧
Insurance paid ⟦o:AMT|($104.00)⟧   Patient balance ⟦o:AMT|$30.00⟧""",
    )
    # ---------- bank / card statements ----------
    r(
        "en_GB",
        "bank_statement",
        """Nationwide FlexAccount statement
MR ⟦P|OLUWASEUN ADEBAYO⟧
⟦A|FLAT 9 CANTERBURY COURT
210 KENNINGTON ROAD
LONDON
SE11 6DW⟧
Sort code ⟦a:BC|07-04-36⟧  Account number ⟦BBAN|31926819⟧
IBAN ⟦IBAN|GB29 NWBK 6016 1331 9268 19⟧
Statement period ⟦o:D|01 May 2024⟧ to ⟦o:D|31 May 2024⟧
Date     Description                         Out        In        Balance
02 May   TFL TRAVEL CH                        ⟦o:AMT|8.10⟧                 ⟦o:AMT|1,204.55⟧
03 May   BGC ACME LOGISTICS SALARY                      ⟦o:AMT|2,311.08⟧  ⟦o:AMT|3,515.63⟧
07 May   SO ⟦P|ADEBAYO F⟧ RENT ⟦o:TKT|REF 0419⟧        ⟦o:AMT|950.00⟧               ⟦o:AMT|2,565.63⟧""",
    )
    r(
        "de_DE",
        "bank_statement",
        """Kontoauszug Nr. ⟦o:TKT|7/2024⟧   Sparkasse KölnBonn
Kontoinhaber: Dr. ⟦P|Katharina Obermeier⟧ — siehe unten
IBAN: ⟦IBAN|DE23100700240927443100⟧
Buchungstag Valuta  Vorgang
⟦o:D|02.07.⟧ ⟦o:D|02.07.⟧ Lastschrift Stadtwerke Köln Kd-Nr. ⟦o:ORD|40098123⟧ Abschlag Juli  ⟦o:AMT|-112,00⟧
⟦o:D|03.07.⟧ ⟦o:D|03.07.⟧ Gutschrift ⟦P|Jürgen Obermeier⟧ Taschengeld Lena ⟦o:AMT|+50,00⟧
⟦o:D|05.07.⟧ ⟦o:D|05.07.⟧ Kartenzahlung REWE Markt GmbH ⟦o:AMT|-63,47⟧
Neuer Kontostand ⟦o:AMT|3.418,92 EUR⟧""",
    )
    r(
        "en_US",
        "card_statement",
        """CHASE SAPPHIRE PREFERRED — Account Summary
⟦P|ALEJANDRO RUIZ-DELGADO⟧
⟦A|8840 SW 72ND ST APT 1506
MIAMI FL 33173-4411⟧
Account Number: XXXX XXXX XXXX 7744
Payment Due Date ⟦o:D|07/21/24⟧   Minimum Payment ⟦o:AMT|$40.00⟧
New Balance ⟦o:AMT|$2,187.63⟧
Transactions
⟦o:D|06/03⟧ UBER *TRIP HELP.UBER.COM CA  ⟦o:AMT|23.18⟧
⟦o:D|06/05⟧ AMERICAN AIRLINES 0012345678901 ⟦o:AMT|418.40⟧
Authorized user card ⟦CC|4532 0151 1283 0366⟧ issued to ⟦P|MARISOL RUIZ⟧""",
    )
    r(
        "nl_NL",
        "bank_statement",
        """Rabobank — Rekeningafschrift
Rekeninghouder: Hr. ⟦P|H.J.M. (Henk) van der Berg⟧
Rekeningnummer: ⟦IBAN|NL30RABO0301234567⟧
⟦o:D|04-06-2024⟧  Bij  ⟦o:AMT|2.845,12⟧  Salaris mei — Gemeente Utrecht
⟦o:D|05-06-2024⟧  Af   ⟦o:AMT|1.120,00⟧  Huur juni t.n.v. Woonstichting De Key, kenmerk ⟦o:TKT|HUUR-77120⟧
⟦o:D|07-06-2024⟧  Af   ⟦o:AMT|64,95⟧    Zilveren Kruis polis ⟦HPN|ZK 4801 2297 3⟧""",
    )
    # ---------- payroll ----------
    r(
        "en_GB",
        "payslip",
        """PAYSLIP   Pay date: ⟦o:D|28/06/2024⟧   Tax period: ⟦o:QTY|3⟧
Employee: ⟦P|Siobhán McAllister⟧        Employee no: ⟦o:ROW|004812⟧
NI number: ⟦NID|JG 10 37 55 B⟧        Tax code: 1257L
Department: Finance
Basic salary ...................... ⟦o:AMT|3,250.00⟧
Overtime ⟦o:QTY|6.5 hrs⟧ ................ ⟦o:AMT|182.81⟧
PAYE tax .......................... ⟦o:AMT|-478.40⟧
National Insurance ................ ⟦o:AMT|-179.62⟧
Net pay ⟦o:AMT|£2,774.79⟧ paid to ⟦a:BC|30-96-34⟧ ⟦BBAN|00918274⟧
Unique Taxpayer Ref: ⟦TAX@gb.utr|1423456780⟧""",
    )
    r(
        "de_DE",
        "payslip",
        """Verdienstabrechnung ⟦o:D|Mai 2024⟧
Pers.-Nr. ⟦o:ROW|00731⟧   ⟦P|Marek Nowicki⟧
⟦A|Ulmenweg 4a, 70565 Stuttgart⟧
Geb.-Datum ⟦DOB|17.02.1983⟧  StKl 3  Konf. rk
Steuer-ID ⟦TAX@de.idnr|47 091 358 727⟧
SV-Nummer ⟦NID|53 170283 N 014⟧
Krankenkasse: AOK Baden-Württemberg, KV-Nr. ⟦HPN|M831045769⟧
Gesamtbrutto ⟦o:AMT|4.380,00⟧  Lohnsteuer ⟦o:AMT|412,66⟧  Auszahlung ⟦o:AMT|2.947,31⟧
Überweisung an ⟦IBAN|DE44 5001 0517 5407 3249 31⟧""",
    )
    r(
        "en_ZA",
        "payslip",
        """SALARY ADVICE — ⟦o:D|25 July 2024⟧
Employee: ⟦P|Thabo Mokoena⟧  Emp # ⟦o:ROW|EMP-2291⟧
ID: ⟦NID@za.idnr|8603045128082⟧   Tax ref: ⟦TAX|0123456789⟧
Basic ⟦o:AMT|R 28 500.00⟧  Travel allow. ⟦o:AMT|R 3 000.00⟧
PAYE ⟦o:AMT|R 5 212.40⟧  UIF ⟦o:AMT|R 177.12⟧  Medical aid (Discovery) ⟦o:AMT|R 2 840.00⟧
Discovery member no. ⟦HPN|184 422 907⟧
Net ⟦o:AMT|R 23 270.48⟧ → Capitec ⟦BBAN|1387 4420 95⟧""",
    )
    r(
        "hu_HU",
        "payslip",
        """BÉRJEGYZÉK — ⟦o:D|2024. június⟧
Munkavállaló: ⟦P|Szabó Eszter Katalin⟧
Adóazonosító jel: ⟦TAX|8410191520⟧
TAJ szám: ⟦HPN|123 456 788⟧
Lakcím: ⟦A|1137 Budapest, Pozsonyi út 38. II. em. 5.⟧
Bruttó bér ⟦o:AMT|685 000 Ft⟧  SZJA ⟦o:AMT|102 750 Ft⟧  TB járulék ⟦o:AMT|126 725 Ft⟧
Nettó ⟦o:AMT|455 525 Ft⟧ — utalva: ⟦IBAN|HU42 1177 3016 1111 1018 0000 0000⟧""",
    )
    r(
        "en_US",
        "payslip",
        """EARNINGS STATEMENT  Pay Date ⟦o:D|07/15/2024⟧  Check # ⟦o:TKT|0000418827⟧
⟦P|Keisha L. Washington⟧
⟦A|508 Peachtree Dunwoody Rd NE
Unit 214
Atlanta, GA 30328⟧
SSN: XXX-XX-4301   Employee ID ⟦o:ROW|E10293⟧
Regular  ⟦o:QTY|80.00⟧  ⟦o:AMT|$2,960.00⟧
Federal Income Tax ⟦o:AMT|-$301.44⟧  Social Security ⟦o:AMT|-$183.52⟧  Medicare ⟦o:AMT|-$42.92⟧
Direct Deposit  Acct ⟦BBAN|000123459876⟧  RTN ⟦a:BC|061000104⟧  ⟦o:AMT|$2,223.60⟧""",
    )
    r(
        "cs_CZ",
        "payslip",
        """VÝPLATNÍ PÁSKA  ⟦o:D|červen 2024⟧
Zaměstnanec: Ing. ⟦P|Petra Dvořáková⟧  os. č. ⟦o:ROW|1187⟧
Rodné číslo: ⟦NID@cz.rc|855312/1236⟧
Zdravotní pojišťovna: VZP (111), číslo pojištěnce = RČ
Hrubá mzda ⟦o:AMT|48 600 Kč⟧   Čistá mzda ⟦o:AMT|37 214 Kč⟧
Účet: ⟦BBAN|19-2000145399/0800⟧""",
    )
    # ---------- insurance claims ----------
    r(
        "en_GB",
        "insurance_claim",
        """MOTOR CLAIM NOTIFICATION — Claim no. ⟦o:TKT|AVV-MC-2024-55812⟧
Policyholder: ⟦P|Rajesh Kumar Patel⟧   Policy: ⟦o:ORD|PX/8829341/02⟧
Date of birth: ⟦DOB|21 Mar 1971⟧
Address: ⟦A|3 Spinney Close, Oadby, Leicester LE2 4RS⟧
Driving licence no.: ⟦DL|PATEL703211RK9DP⟧
Vehicle: ⟦o:PROD|Toyota Corolla 1.8 Hybrid⟧ reg ⟦o:TKT|FY19 KXR⟧
Incident: ⟦o:D|14/05/2024⟧ approx ⟦o:T|08:15⟧ at junction of London Road / Stoughton Drive
Third party driver: ⟦P|Gemma Louise Hartley⟧, tel ⟦PH|07911 204 776⟧, insurer Admiral
Witness: Mr ⟦P|Abdul-Karim Haddad⟧ ⟦PH|0116 270 4419⟧""",
    )
    r(
        "en_US",
        "insurance_claim",
        """CMS-1500 HEALTH INSURANCE CLAIM FORM (OCR)
1a. INSURED'S I.D. NUMBER        ⟦HPN|XEH912345678⟧
2. PATIENT'S NAME (Last, First, MI)   ⟦P|HOLLOWAY, BRENDA J⟧
3. PATIENT'S BIRTH DATE   ⟦DOB|04 | 17 | 1962⟧   SEX F
5. PATIENT'S ADDRESS  ⟦A|1189 CEDAR HOLLOW LN, KNOXVILLE TN 37922⟧
   TELEPHONE ⟦PH|(865) 555 0123⟧
11. INSURED'S POLICY GROUP  ⟦o:TKT|00G71204⟧
21. DIAGNOSIS  A. M17.11   B. E11.9
24. ⟦o:D|03 11 24⟧  CPT 27447  CHARGES ⟦o:AMT|38 412 00⟧
25. FEDERAL TAX I.D. 62-1748823 (EIN)""",
    )
    r(
        "fr_FR",
        "insurance_claim",
        """DÉCLARATION DE SINISTRE HABITATION
N° de contrat : ⟦o:ORD|MRH-0047718823⟧     N° sinistre : ⟦o:TKT|SIN24-091144⟧
Assuré : Mme ⟦P|Claire Dubois-Lefèvre⟧
Adresse du risque : ⟦A|12, allée des Tilleuls, Résidence Le Parc, bât. C, 69130 Écully⟧
Téléphone : ⟦PH|06 12 45 78 90⟧ — courriel : ⟦E|claire.dubois.lefevre@orange.fr⟧
Date du sinistre : ⟦o:D|le 2 février 2024⟧ — dégât des eaux provenant de l'appartement du dessus (M. ⟦P|Karim Benali⟧)
Montant estimé : ⟦o:AMT|3 480,00 €⟧
RIB pour indemnisation : ⟦IBAN|FR76 3000 6000 0112 3456 7890 189⟧""",
    )
    r(
        "en_CA",
        "insurance_claim",
        """Sun Life — Extended Health Claim
Plan member: ⟦P|Harpreet Kaur Sandhu⟧    Plan contract #: ⟦o:TKT|25120⟧   ID #: ⟦HPN|0489112373⟧
Patient: ⟦P|Jasleen Sandhu⟧ (dependent child)  DOB ⟦DOB|2015/11/04⟧
Provincial health number (ON): ⟦HPN|4532-281-947-VK⟧
Address: ⟦A|77 Bramalea Rd, Unit 1203, Brampton, ON L6T 2W4⟧
Service: physiotherapy x ⟦o:QTY|4⟧ — total ⟦o:AMT|$340.00⟧
Reimburse by direct deposit: transit ⟦a:BC|00102⟧ inst ⟦a:BC|004⟧ acct ⟦BBAN|5039847⟧""",
    )
    r(
        "it_IT",
        "insurance_claim",
        """MODULO CAI — CONSTATAZIONE AMICHEVOLE DI INCIDENTE
Veicolo A
Contraente/Assicurato: ⟦P|Francesca Colombo⟧
Cod. fisc.: ⟦TAX@it.codicefiscale|CLMGPP66A41L219S⟧
Indirizzo: ⟦A|Via Nizza 142, 10126 Torino⟧  Tel. ⟦PH|+39 347 221 8840⟧
Patente n. ⟦DL|TO5123456X⟧ cat. B
Veicolo B
Conducente: ⟦P|Luca Ferraro⟧  nato il ⟦DOB|3/3/1978⟧
Patente ⟦DL|U1R472915K⟧
Luogo: Torino, corso Unione Sovietica, ⟦o:D|18/04/2024⟧ ore ⟦o:T|17:40⟧
Polizza n. ⟦o:ORD|0398/A/44120071⟧""",
    )
    # ---------- loan / visa applications ----------
    r(
        "en_US",
        "loan_application",
        """UNIFORM RESIDENTIAL LOAN APPLICATION (Form 1003) — excerpt
Section 1a. Borrower Information
Name (First, Middle, Last, Suffix): ⟦P|Michael Anthony Russo Jr.⟧
Social Security Number: ⟦SSN|401-73-6628⟧
Date of Birth (mm/dd/yyyy): ⟦DOB|08/22/1979⟧
Citizenship: U.S. Citizen
Current Address: ⟦A|46 Linden Street, Apt 2, Somerville, MA 02143⟧   How long: 4 yrs 2 mos
Home Phone ⟦PH|617.555.0164⟧   Email ⟦E|mrusso79@yahoo.com⟧
Co-borrower: ⟦P|Danielle Russo⟧  SSN ⟦SSN|612440913⟧  DOB ⟦DOB|1981-01-05⟧
Loan Amount ⟦o:AMT|$512,000⟧  Loan # ⟦o:ORD|1004-778213⟧""",
    )
    r(
        "en_GB",
        "visa_application",
        """Standard Visitor visa — application summary  (GWF ref ⟦o:TKT|GWF071283446⟧)
Given names: ⟦P|Adaeze Chiamaka⟧
Family name: ⟦P|Okonkwo⟧
Date of birth: ⟦DOB|1992-06-18⟧
Place of birth: ⟦L|Enugu⟧
Passport number: ⟦PP|A09183746⟧   Issued: ⟦o:D|2021-03-02⟧   Expires: ⟦o:D|2031-03-01⟧
Home address: ⟦A|Plot 14, Admiralty Way, Lekki Phase 1, Lagos 106104, Nigeria⟧
Phone: ⟦PH|+234 803 441 2290⟧
Sponsor in UK: Dr ⟦P|Emeka Okonkwo⟧ (brother), ⟦A|55 Moseley Road, Birmingham B12 0HJ⟧
Biometrics appointment: ⟦o:D|12 August 2024⟧ ⟦o:T|10:40⟧, VFS Lagos""",
    )
    r(
        "de_DE",
        "loan_application",
        """Selbstauskunft zum Darlehensantrag ⟦o:ORD|DA-24-00981⟧
Antragsteller 1                     Antragsteller 2
Name: ⟦P|Schneider⟧                   Name: ⟦P|Schneider⟧ geb. ⟦P|Hoffmann⟧
Vorname: ⟦P|Tobias⟧                   Vorname: ⟦P|Julia⟧
Geburtsdatum: ⟦DOB|12.09.1986⟧          Geburtsdatum: ⟦DOB|30.01.1988⟧
Straße: ⟦A|Am Lindenhof 7⟧
PLZ/Ort: ⟦A|76137 Karlsruhe⟧
Personalausweis-Nr.: ⟦NID|L01X00T47⟧   ⟦NID|T22000129⟧
Nettoeinkommen mtl.: ⟦o:AMT|3.920 €⟧           ⟦o:AMT|2.150 €⟧""",
    )
    r(
        "zh_CN",
        "visa_application",
        """Schengen visa application (Form) — Consulate of Italy, Shanghai
1. Surname: ⟦P|ZHANG⟧
3. First name(s): ⟦P|WEIQIANG⟧
4. Date of birth: ⟦DOB|12-06-1988⟧
5. Place of birth: ⟦L|Beijing⟧
10. ID number: ⟦NID@cn.ric|110105198806123413⟧
13. Travel document number: ⟦PP|E71234568⟧
17. Home address: ⟦A|Room 1702, Building 3, No. 88 Jianguo Road, Chaoyang District, Beijing 100022⟧
    Email: ⟦E|zhang.weiqiang88@163.com⟧  Tel: ⟦PH|+86 138 1047 2296⟧
19. Employer: Sinotrans Logistics, ⟦o:TKT|dept. 4⟧
Intended date of arrival ⟦o:D|2024-10-03⟧  flight ⟦o:FLT|MU219⟧""",
    )
    r(
        "ms_MY",
        "loan_application",
        """BORANG PERMOHONAN PINJAMAN PERIBADI
Nama penuh (seperti dalam MyKad): ⟦P|NUR AISYAH BINTI MOHD RAZALI⟧
No. MyKad: ⟦NID@my.nric|920301-10-6642⟧
Tarikh lahir: ⟦DOB|01/03/1992⟧
Alamat kediaman: ⟦A|No. 23, Jalan SS 2/72, 47300 Petaling Jaya, Selangor⟧
No. telefon bimbit: ⟦PH|012-348 7719⟧
Majikan: Petronas Dagangan Bhd — gaji bulanan ⟦o:AMT|RM 6,800⟧
Akaun Maybank untuk pengkreditan: ⟦BBAN|1640 2231 8876⟧
Jumlah dipohon ⟦o:AMT|RM 50,000⟧  tempoh ⟦o:QTY|60 bulan⟧  Rujukan ⟦o:ORD|PL-MY-2024-77104⟧""",
    )
    r(
        "th_TH",
        "visa_application",
        """Application for Schengen Visa — Royal Netherlands Embassy Bangkok (scan)
Surname ⟦P|SRISUWAN⟧  Given name ⟦P|PIMCHANOK⟧
Date of birth ⟦DOB|27 NOV 1990⟧
National identity number ⟦NID@th.pin|1-1037-00123-45-8⟧
Passport No. ⟦PP|AA4127783⟧
Address ⟦A|99/142 Moo 5, Soi Lat Phrao 71, Khwaeng Saphan Song, Wang Thonglang, Bangkok 10310⟧
Mobile ⟦PH|+66 81 234 5578⟧
Inviting person: ⟦P|Maarten Jansen⟧, ⟦A|Weteringschans 91, 1017 RZ Amsterdam⟧""",
    )
    r(
        "en_IN",
        "loan_application",
        """HOME LOAN APPLICATION — SBI Regional Processing Centre
Applicant: Shri ⟦P|Anil Kumar Deshmukh⟧
Aadhaar: ⟦NID@in_.aadhaar|8204 6519 2737⟧   PAN: ⟦TAX@in_.pan|BDQPR7711K⟧
DOB: ⟦DOB|14th Aug 1976⟧
Residence: ⟦A|B-302, Shanti Heights, Sector 17, Vashi, Navi Mumbai 400703⟧
Mobile ⟦PH|9820012345⟧  email ⟦E|anil.deshmukh76@rediffmail.com⟧
Salary a/c: ⟦BBAN|30219876543⟧ IFSC ⟦a:BC|SBIN0001234⟧
Co-applicant: Smt. ⟦P|Sunita Deshmukh⟧ Aadhaar ⟦NID@in_.aadhaar|613784029516⟧
Loan amt ⟦o:AMT|₹ 45,00,000⟧  tenure ⟦o:QTY|240 months⟧""",
    )
    r(
        "es_CO",
        "loan_application",
        """SOLICITUD DE CRÉDITO DE CONSUMO — Bancolombia
Nombres y apellidos: ⟦P|Juan Sebastián Restrepo Gómez⟧
Cédula de ciudadanía: ⟦NID|1.020.304.050⟧ de Medellín
Fecha de nacimiento: ⟦DOB|22 de marzo de 1993⟧
Dirección: ⟦A|Carrera 43A # 18 Sur - 135, Apto 804, Medellín, Antioquia⟧
Celular: ⟦PH|310 582 4471⟧   Correo: ⟦E|jsrestrepo93@hotmail.com⟧
Cuenta de ahorros Nº ⟦BBAN|245-823471-09⟧
Valor solicitado ⟦o:AMT|$ 18.000.000⟧ a ⟦o:QTY|36 meses⟧, solicitud ⟦o:ORD|SC-0098127⟧""",
    )
    # ---------- travel ----------
    r(
        "en_GB",
        "booking_confirmation",
        """Your booking is confirmed!  Booking ref: ⟦o:TKT|X7KQ2M⟧
Lead passenger: Ms ⟦P|Hannah Catherine Lowe⟧
Passengers: ⟦P|Hannah Lowe⟧ (adult, DOB ⟦DOB|09/02/1987⟧), ⟦P|Ethan Lowe⟧ (child, DOB ⟦DOB|23/10/2016⟧)
Outbound ⟦o:FLT|EZY8021⟧ London Gatwick → Faro  ⟦o:D|Sat 27 Jul 2024⟧ dep ⟦o:T|06:15⟧
Return ⟦o:FLT|EZY8022⟧ ⟦o:D|Sat 03 Aug 2024⟧
Advance Passenger Info: passport ⟦PP|533401372⟧ (GBR) exp ⟦o:D|14/05/2029⟧
Total paid ⟦o:AMT|£842.36⟧ by card ending 9124
Contact: ⟦E|hannah.lowe87@outlook.com⟧ ⟦PH|+44 7834 221 509⟧""",
    )
    r(
        "en_US",
        "boarding_pass",
        """BOARDING PASS  /  UNITED
NAME ⟦P|PATEL/VIKRAM⟧MR
FROM SFO  TO EWR   FLIGHT ⟦o:FLT|UA 1514⟧   DATE ⟦o:D|12AUG⟧
SEAT ⟦o:TKT|23C⟧  ZONE 3  GATE F12  BOARDING ⟦o:T|0745⟧
CONF ⟦o:TKT|HJ8PQ2⟧  ETKT ⟦o:TKT|0162398471125⟧
MileagePlus ⟦o:TKT|XV281934⟧ Premier Silver
TSA PRE✓  KTN ⟦NID|TT19W8K4P⟧
M1⟦P|PATEL/VIKRAM⟧MR       EHJ8PQ2 SFOEWRUA 1514 225Y023C0047 100""",
    )
    r(
        "sv_SE",
        "booking_confirmation",
        """SJ Bokningsbekräftelse
Bokningsnummer: ⟦o:TKT|XFK4821B⟧
Resenär: ⟦P|Björn Lindqvist⟧ (vuxen)
Resenär: ⟦P|Sofia Lindqvist Mäkelä⟧ (ungdom, födelsedatum ⟦DOB|2008-04-17⟧)
Stockholm C → Göteborg C  ⟦o:D|fredag 14 juni 2024⟧ ⟦o:T|07:21⟧–⟦o:T|10:26⟧  Tåg ⟦o:FLT|SJ 423⟧ vagn 5 plats 42, 43
Pris totalt ⟦o:AMT|1 098 kr⟧
Mobilbiljett skickad till ⟦PH|070-418 22 63⟧""",
    )
    r(
        "hi_IN",
        "booking_confirmation",
        """IRCTC E-TICKET  PNR: ⟦o:TKT|4521879633⟧  Train ⟦o:FLT|12952⟧ MUMBAI RAJDHANI
Date of journey ⟦o:D|18-Sep-2024⟧  From NDLS To MMCT  Class 3A
Passenger details:
1. ⟦P|Meenakshi Iyer⟧   Age 68  F  CNF/B3/41/LB  Sr. citizen concession
2. ⟦P|Subramaniam Iyer⟧ Age 71  M  CNF/B3/44/LB
ID proof: Aadhaar XXXX XXXX 2050
Booked by user ⟦E|kavya.iyer@gmail.com⟧ mobile ⟦PH|+91-98450-11276⟧
Total fare ⟦o:AMT|Rs 7,890.25⟧  Transaction ID ⟦o:REQ|100004871233569⟧""",
    )
    r(
        "de_CH",
        "booking_confirmation",
        """Hotel Bellevue Interlaken — Reservationsbestätigung ⟦o:TKT|RB-240817-33⟧
Gast: Herr Dr. med. ⟦P|Lukas Steiner⟧
⟦A|Bahnhofstrasse 22
6300 Zug⟧
Anreise ⟦o:D|17.08.2024⟧  Abreise ⟦o:D|20.08.2024⟧  ⟦o:QTY|3 Nächte⟧ Doppelzimmer Seesicht
Garantiert mit Kreditkarte ⟦CC|5167 3499 8201 4473⟧ gültig bis 09/27
Preis ⟦o:AMT|CHF 1'140.00⟧ inkl. Kurtaxe""",
    )
    # ---------- shipping / customs ----------
    r(
        "en_GB",
        "customs_declaration",
        """CN23 CUSTOMS DECLARATION
From: ⟦P|Eilidh MacLeod⟧
⟦A|12 Harbour Street, Portree, Isle of Skye IV51 9DA⟧
To: ⟦P|Kenji Watanabe⟧
⟦A|2-14-7 Nakameguro, Meguro-ku, Tokyo 153-0061, JAPAN⟧
Tel ⟦PH|+81 90-3812-4470⟧
Contents: ⟦o:PROD|Harris Tweed scarf⟧ ⟦o:QTY|2⟧  HS ⟦o:SKU|6214.20⟧  value ⟦o:AMT|GBP 78.00⟧
Gross weight ⟦o:QTY|0.42 kg⟧   Item ⟦o:TRK|CP123456785GB⟧
Sender's signature / date ⟦o:D|09/09/2024⟧""",
    )
    r(
        "nl_NL",
        "shipping_manifest",
        """MANIFEST  Vessel: MSC ISABELLA  Voyage ⟦o:TKT|FY423E⟧  Port of loading: Rotterdam
B/L No.         Container      Seal        Shipper / Consignee                                       Pkgs  Weight
⟦o:TRK|MEDUR4412087⟧  ⟦o:TRK|MSCU7712440⟧  ⟦o:TKT|FX301224⟧  Van Dijk Bloembollen BV / Greenhouse Imports Ltd, Lagos   ⟦o:QTY|1,120⟧  ⟦o:QTY|18,400 kg⟧
⟦o:TRK|MEDUR4412095⟧  ⟦o:TRK|TGHU3390215⟧  ⟦o:TKT|FX301231⟧  Heineken Export / Diageo Ghana, Tema                        ⟦o:QTY|2,000⟧  ⟦o:QTY|21,950 kg⟧
Notify party: attn. ⟦P|Kwame Asante-Boateng⟧, ⟦PH|+233 24 455 9810⟧
Prepared by ⟦P|R. Hendriks⟧ ⟦E|r.hendriks@vandijkshipping.nl⟧""",
    )
    r(
        "en_US",
        "shipping_label",
        """UPS GROUND
SHIP TO:
⟦P|TERESA OKAFOR-BENNETT⟧
⟦A|1702 E MADISON ST STE 300
SEATTLE WA 98122-2984⟧
⟦PH|206-555-0139⟧
TRACKING #: ⟦o:TRK|1Z 999 AA1 01 2345 6784⟧
BILLING: P/P   REF1: ⟦o:ORD|PO-55871⟧  REF2: ⟦o:SKU|WH-BLK-09⟧
WT ⟦o:QTY|7 LBS⟧  DWT 14,10,8""",
    )
    r(
        "de_DE",
        "customs_declaration",
        """Zollanmeldung (ATLAS) — Einfuhr zum zollrechtlich freien Verkehr
Registriernummer ⟦o:TKT|24DE280051234567E8⟧
Empfänger: ⟦P|Svetlana Kuznetsova⟧, ⟦A|Leipziger Str. 61, 60487 Frankfurt am Main⟧
Steuer-ID (Privatperson):⟦TAX@de.idnr|86203715893⟧
Warenbezeichnung: ⟦o:PROD|Gebrauchtes Klavier Petrof⟧  Zolltarifnr. ⟦o:SKU|9201 20 00⟧
Zollwert ⟦o:AMT|2.800,00 EUR⟧  EUSt ⟦o:AMT|532,00 EUR⟧
Sendungsnummer ⟦o:TRK|00340434161094022115⟧""",
    )
    r(
        "es_ES",
        "shipping_manifest",
        """ALBARÁN DE ENTREGA nº ⟦o:INV|AE-24-8819⟧
Transportista: SEUR  Expedición ⟦o:TRK|2341 8871 0093⟧
Destinatario: ⟦P|Nerea Etxeberria Agirre⟧
Dirección: ⟦A|Kale Nagusia 14, 2º B, 20003 Donostia-San Sebastián (Gipuzkoa)⟧
Tlf. ⟦PH|+34 688 12 40 97⟧
Bultos ⟦o:QTY|3⟧   Peso ⟦o:QTY|22,5 kg⟧   Reembolso ⟦o:AMT|0,00 €⟧
Firma recepción: N. Etxeberria — DNI ⟦NID@es.dni|33095127J⟧""",
    )
    # ---------- school / university ----------
    r(
        "en_GB",
        "school_record",
        """PUPIL RECORD — Transfer (CTF extract)
UPN: ⟦NID@gb.upn|H801200001001⟧
Surname: ⟦P|Kowalski⟧   Forename: ⟦P|Zuzanna⟧   Preferred: ⟦P|Zuzia⟧
DOB: ⟦DOB|2013-05-11⟧   Year group: 6
Address: ⟦A|18 Mill Lane, Chippenham SN15 3EP⟧
Contact 1: ⟦P|Katarzyna Kowalska⟧ (mother) ⟦PH|07722 318 904⟧ ⟦E|kasia.kowalska@wp.pl⟧
Contact 2: ⟦P|Piotr Kowalski⟧ (father) ⟦PH|07593 441 002⟧
Attendance ⟦o:PCT|96.4%⟧  KS2 reading scaled score ⟦o:QTY|108⟧
SEN status: N   FSM: N""",
    )
    r(
        "en_US",
        "university_record",
        """OFFICIAL TRANSCRIPT — University of Michigan  (issued ⟦o:D|05/20/2024⟧)
Student: ⟦P|Jamal Ibrahim Abdullah⟧   UMID ⟦NID|40218837⟧
Date of Birth: ⟦DOB|11/03/2001⟧
Degree: B.S.E. Computer Science, conferred ⟦o:D|April 28, 2024⟧
Fall 2023  EECS 482 Operating Systems   ⟦o:QTY|4.00⟧  A-
           EECS 485 Web Systems         ⟦o:QTY|4.00⟧  A
Cumulative GPA ⟦o:QTY|3.712⟧
Document ID ⟦o:UUID|5c1f9e02-7b3a-4d8e-a1c4-09e3b7f2d611⟧""",
    )
    r(
        "fi_FI",
        "university_record",
        """OPINTOSUORITUSOTE — Helsingin yliopisto
Nimi: ⟦P|Aino Marjatta Virtanen⟧
Henkilötunnus: ⟦NID@fi.hetu|070391-122B⟧
Opiskelijanumero: ⟦o:ROW|014882716⟧
Osoite: ⟦A|Mannerheimintie 68 A 12, 00260 Helsinki⟧
Tutkinto: Valtiotieteiden kandidaatti, ⟦o:QTY|180 op⟧
⟦o:D|12.12.2023⟧ Tilastotieteen perusteet 5 op 4
Tulostettu ⟦o:D|2.5.2024⟧""",
    )
    r(
        "no_NO",
        "school_record",
        """Vitnemål for videregående opplæring
Navn: ⟦P|Ingrid Solheim Bakke⟧
Fødselsnummer: ⟦NID@no.fodselsnummer|220695 12325⟧
Skole: Bergen katedralskole
Utdanningsprogram: Studiespesialisering
Matematikk R2 ⟦o:QTY|5⟧  Norsk hovedmål ⟦o:QTY|4⟧
Dato ⟦o:D|21.06.2014⟧  Dokumentnr. ⟦o:TKT|VGS-2014-004471⟧""",
    )
    r(
        "pl_PL",
        "university_record",
        """UNIWERSYTET WARSZAWSKI — zaświadczenie o statusie studenta nr ⟦o:TKT|ZS/2024/1187⟧
Zaświadcza się, że Pan ⟦P|Mateusz Zieliński⟧, ur. ⟦DOB|24.04.2002⟧ w ⟦L|Radomiu⟧, PESEL ⟦NID@pl.pesel|02240518376⟧, nr albumu ⟦o:ROW|431922⟧,
jest studentem II roku studiów I stopnia na kierunku Informatyka w roku akademickim ⟦o:D|2023/2024⟧.
Zaświadczenie wydaje się w celu przedłożenia w ZUS.""",
    )
    # ---------- court / police ----------
    r(
        "en_GB",
        "police_report",
        """WITNESS STATEMENT (CJ Act 1967, s.9; MC Rules 1981, r.70)
URN: ⟦o:TKT|44/AB/01872/24⟧
Statement of: ⟦P|Declan Patrick O'Shea⟧
Age if under 18: over 18     Occupation: Bus driver
Home address: ⟦A|6 Rathmore Gardens, Belfast BT10 0FD⟧   Tel: ⟦PH|028 9061 2240⟧
DOB: ⟦DOB|3rd September 1968⟧
On ⟦o:D|Friday 15th March 2024⟧ at about ⟦o:T|2320 hours⟧ I was driving the number 10A when I saw a man I now know to be ⟦P|Connor Devlin⟧ kicking the door of the bus shelter...
Signed: D. O'Shea   Witnessed by PC ⟦P|Aisling Byrne⟧ 4471""",
    )
    r(
        "en_US",
        "court_record",
        """SUPERIOR COURT OF CALIFORNIA, COUNTY OF LOS ANGELES
Case No. ⟦o:TKT|24STFL04417⟧
Petitioner: ⟦P|MARIA GUADALUPE HERNANDEZ⟧
Respondent: ⟦P|ROBERTO CARLOS HERNANDEZ⟧
DECLARATION RE: CHILD CUSTODY (FL-105)
Child: ⟦P|Sofia Hernandez⟧  Date of birth ⟦DOB|02/14/2017⟧  Resides with: Petitioner
Petitioner's address: ⟦A|4471 Whittier Blvd #6, Los Angeles, CA 90022⟧
Respondent's CA driver license ⟦DL|D4471289⟧
Hearing: Dept. 2, ⟦o:D|June 3, 2024⟧ at ⟦o:T|8:30 a.m.⟧""",
    )
    r(
        "de_DE",
        "police_report",
        """Polizeipräsidium München — Strafanzeige Vorgangs-Nr. ⟦o:TKT|BY8431-001293-24/9⟧
Geschädigte: ⟦P|Yasmin Al-Khatib⟧, geb. ⟦DOB|05.12.1997⟧ in ⟦L|Damaskus⟧
Anschrift: ⟦A|Leopoldstr. 142, Rgb. 3. OG, 80804 München⟧
Erreichbar: ⟦PH|+49 1512 4470 918⟧
Sachverhalt: Am ⟦o:D|22.03.2024⟧ gg. ⟦o:T|23:10 Uhr⟧ wurde der Geschädigten in der U-Bahn (U6) das Mobiltelefon ⟦o:PROD|iPhone 14 Pro⟧ (IMEI ⟦o:TKT|356938035643809⟧) entwendet.
Tatverdächtiger: männlich, ca. 20 J., Name unbekannt.
Sachbearbeiter: PHM ⟦P|Ritter⟧, App. 2241""",
    )
    r(
        "en_ZA",
        "court_record",
        """IN THE MAGISTRATE'S COURT FOR THE DISTRICT OF CAPE TOWN
Case no: ⟦o:TKT|14/2291/2024⟧
In the matter between:
⟦P|SIPHO NDLOVU⟧ (ID ⟦NID@za.idnr|950815 0127 085⟧)  Applicant
and
⟦P|LERATO MOKOENA⟧  Respondent
PROTECTION ORDER — the respondent shall not come within ⟦o:QTY|100 m⟧ of the applicant's residence at ⟦A|22 Roodebloem Road, Woodstock, Cape Town 7925⟧.""",
    )
    # ---------- medical ----------
    r(
        "en_GB",
        "referral_letter",
        """Riverside Medical Practice
⟦A|14 Church Street, Kendal LA9 4PA⟧  Tel 01539 720 241

⟦o:D|4 June 2024⟧

Dear Dr ⟦P|Fitzgerald⟧,
Re: Mr ⟦P|Alistair James Pennington⟧   DOB ⟦DOB|19/11/1958⟧   NHS No ⟦NID@gb.nhs|943 476 5919⟧
Address: ⟦A|Oak Cottage, Crook Road, Staveley, Kendal LA8 9NH⟧   Hosp No ⟦MRN|RKE0448172⟧
Thank you for seeing this 65-year-old retired teacher with a three-month history of exertional chest tightness. ECG on ⟦o:D|28/05/2024⟧ showed...
Current medication: ramipril 5 mg OD, atorvastatin 40 mg ON.
Next of kin: wife ⟦P|Margaret Pennington⟧ ⟦PH|07821 553 019⟧
Yours sincerely,
Dr ⟦P|Nadia Choudhury⟧ MBBS MRCGP  GMC ⟦o:TKT|7041882⟧""",
    )
    r(
        "en_US",
        "discharge_summary",
        """DISCHARGE SUMMARY — Mass General Brigham
Patient: ⟦P|Chen, Li-Hua⟧        MRN: ⟦MRN|0048213375⟧        Acct: ⟦o:ORD|V00019384471⟧
DOB: ⟦DOB|7/4/1949⟧   Sex: F   Admit: ⟦o:D|06/10/2024⟧   Discharge: ⟦o:D|06/14/2024⟧
Attending: ⟦P|Rebecca Strand⟧, MD
Insurance: Medicare  MBI ⟦HPN|1EG4-TE5-MK73⟧   Secondary: BCBS MA ⟦HPN|ZXM880014472⟧
Principal diagnosis: community-acquired pneumonia
Follow-up with PCP Dr. ⟦P|Samuel Osei⟧ within 7 days, ⟦PH|617-555-0103⟧.
Home address: ⟦A|31 Tyler St Apt 5, Boston MA 02111⟧  Emergency contact: daughter ⟦P|Grace Chen⟧ ⟦PH|(857) 555-0187⟧""",
    )
    r(
        "de_DE",
        "discharge_summary",
        """Klinikum rechts der Isar — Entlassbrief
Patient: ⟦P|Wolfgang Hübner⟧, *⟦DOB|02.08.1951⟧
Fall-Nr. ⟦o:TKT|2024-0088137⟧   Patienten-ID ⟦MRN|PID 00719348⟧
Versichertennr. ⟦HPN|H412893057⟧ (Techniker Krankenkasse)
Wohnort: ⟦A|Sonnenstraße 3, 85354 Freising⟧
Aufnahme ⟦o:D|11.05.2024⟧, Entlassung ⟦o:D|19.05.2024⟧
Diagnosen: Vorhofflimmern, Erstdiagnose
Weiterbehandlung durch Hausarzt Dr. ⟦P|Meier⟧, Freising""",
    )
    r(
        "he_IL",
        "referral_letter",
        """Maccabi Healthcare Services — Hafnaya (referral)
Shem ha-metupal: ⟦P|Noa Ben-David⟧
Mispar zehut (T.Z.): ⟦NID@il.idnr|039184767⟧
Taarich leida: ⟦DOB|12.01.1986⟧
Mispar chaver Maccabi: ⟦HPN|7291-0048-3315⟧
Ktovet: ⟦A|Rehov Dizengoff 188, dira 9, Tel Aviv-Yafo 6346212⟧
Telefon: ⟦PH|054-771-2284⟧
Hafnaya le: Dr. ⟦P|Yossi Mizrahi⟧, kardiologia, Ichilov
Sibat hafnaya: palpitatziot, Holter ⟦o:QTY|24h⟧
Tokef ha-hafnaya ad ⟦o:D|30.09.2024⟧, mispar ⟦o:TKT|HF-4471902⟧""",
    )
    r(
        "en_US",
        "prescription",
        """Rx — CVS Pharmacy #4471  ⟦A|201 W 125th St, New York NY 10027⟧
Patient: ⟦P|Marcus T. Greene⟧   DOB ⟦DOB|03/29/1990⟧
⟦A|2351 Adam Clayton Powell Jr Blvd Apt 4F, New York NY 10030⟧
Rx# ⟦o:ORD|6023318⟧  Fill date ⟦o:D|06/01/24⟧  Refills ⟦o:QTY|2⟧
⟦o:PROD|Sertraline HCl 50 mg tab⟧  Qty ⟦o:QTY|30⟧  NDC ⟦o:SKU|16729-0207-01⟧
Sig: take 1 tablet by mouth daily
Prescriber: ⟦P|Ana Lucia Ferreira⟧ MD  DEA ⟦o:TKT|BF1234563⟧
Ins: Empire BCBS  ID ⟦HPN|YLS412098837⟧  RxBIN 003858""",
    )
    r(
        "fr_FR",
        "prescription",
        """Dr ⟦P|Hélène Marchetti⟧ — Médecin généraliste
⟦A|8 rue de la République, 13001 Marseille⟧ — Tél. 04 91 55 20 18
RPPS 10003456789
Le ⟦o:D|14/03/2024⟧
Mme ⟦P|Amina Traoré⟧, 34 ans, ⟦o:QTY|62 kg⟧
N° de sécurité sociale : ⟦NID@fr.nir|2 92 01 69 387 042 32⟧
1) ⟦o:PROD|Amoxicilline 1 g⟧ : 1 cp matin et soir pendant ⟦o:QTY|6 jours⟧
2) Paracétamol 1 g : si douleur, max 3/jour""",
    )
    r(
        "nl_NL",
        "referral_letter",
        """Verwijsbrief huisarts → KNO-arts
Patiënt: mevr. ⟦P|Ş. (Şeyma) Yılmaz-Koç⟧
Geb.datum: ⟦DOB|17-08-1979⟧    BSN ⟦NID@nl.bsn|562319074⟧
Adres: ⟦A|Kanaalweg 18-bis, 2584 CL Den Haag⟧
Verzekeraar: CZ, polisnummer ⟦HPN|401882276⟧
Telefoon ⟦PH|06-41887720⟧
Vraagstelling: recidiverende sinusitis, ⟦o:QTY|4⟧ episodes in ⟦o:QTY|12 mnd⟧
Huisarts: drs. ⟦P|M.A. Bouwman⟧, AGB-code ⟦o:TKT|01-047733⟧""",
    )
    r(
        "sv_SE",
        "medical_record",
        """Journalanteckning — Vårdcentral Södermalm
Patient: ⟦P|Erik Johansson Nyberg⟧  ⟦NID@se.personnummer|880412-6236⟧
Datum ⟦o:D|2024-04-09⟧ ⟦o:T|10:20⟧  Besökstyp: mottagningsbesök
Anamnes: ont i höger knä sedan ⟦o:QTY|3 veckor⟧, springer ⟦o:QTY|30 km⟧/vecka.
Status: lätt svullnad, stabil.
Bedömning: patellofemoralt smärtsyndrom. Remiss till fysioterapeut.
Signerad: leg. läk. ⟦P|Amira Haddad⟧""",
    )
    r(
        "es_ES",
        "discharge_summary",
        """INFORME DE ALTA — Hospital Universitario La Paz
Paciente: ⟦P|Francisco Javier Moreno Ruiz⟧    NHC: ⟦MRN|2248817⟧
CIP/TSI: ⟦HPN|MRRZ560811037012⟧    DNI: ⟦NID@es.dni|05671234D⟧
F. nacimiento: ⟦DOB|11/08/1956⟧
Domicilio: ⟦A|Avda. de Asturias 9, portal 2, 5º C, 28029 Madrid⟧
Fecha de ingreso: ⟦o:D|02/05/2024⟧  Fecha de alta: ⟦o:D|09/05/2024⟧
Juicio clínico: EPOC agudizado
Firmado: Dra. ⟦P|Lucía Ibáñez Camacho⟧, Servicio de Neumología""",
    )
    r(
        "en_IN",
        "prescription",
        """Dr. ⟦P|Kavita Reddy⟧ MBBS, MD (Paeds)   Reg. No. KMC 48213
Apollo Clinic, Jubilee Hills, Hyderabad
Date: ⟦o:D|07/09/2024⟧
Name: Baby ⟦P|Aarav Sharma⟧   Age: 3 yrs  Wt: ⟦o:QTY|14.2 kg⟧
UHID: ⟦MRN|APJH.0004418273⟧
Parent mob.: ⟦PH|+91 90000 41822⟧
Rx
1. Syp. ⟦o:PROD|Calpol 250⟧ 5 ml SOS
2. Syp. Ascoril-LS 2.5 ml TDS x 5 days
ABHA no: ⟦HPN|91-4418-2273-0045⟧""",
    )
    r(
        "en_CA",
        "medical_record",
        """Ontario Health — Lab requisition
Patient last name: ⟦P|Tremblay⟧     First: ⟦P|Gabrielle⟧
Health number ⟦HPN|9876 543 217⟧  Version KT
DOB (yyyy/mm/dd) ⟦DOB|1984/10/22⟧  Sex F
Address ⟦A|88 Queen St N, Kitchener ON N2H 2H2⟧   Tel ⟦PH|519 555 0112⟧
Clinician: Dr. ⟦P|R. Singh⟧, CPSO 78813
Tests: CBC, ferritin, TSH
Collected ⟦o:D|2024/06/03⟧ ⟦o:T|08:42⟧  Req ⟦o:REQ|LR-4418829⟧""",
    )
    # ---------- e-mail threads ----------
    r(
        "en_GB",
        "email_thread",
        """From: ⟦P|Callum Fraser⟧ <⟦E|callum.fraser@fraserlettings.co.uk⟧>
To: ⟦E|m.osullivan86@gmail.com⟧
Subject: RE: Deposit return – 4 Marchmont Crescent
Date: ⟦o:D|Tue, 9 Jul 2024⟧ ⟦o:T|14:02:11 +0100⟧

Hi ⟦P|Maeve⟧,
We've agreed the deductions (⟦o:AMT|£120⟧ for the oven clean). Could you confirm the account for the balance?

> On Mon, 8 Jul 2024 at 21:40, ⟦P|Maeve O'Sullivan⟧ <⟦E|m.osullivan86@gmail.com⟧> wrote:
> Please send it to my Monzo: ⟦a:BC|04-00-04⟧ ⟦BBAN|21947730⟧ (M O'Sullivan).
> My new address from the 15th is ⟦A|2F1, 11 Warrender Park Terrace, Edinburgh EH9 1EG⟧.

--
Callum Fraser | Senior Property Manager
Fraser Lettings Ltd | ⟦PH|0131 447 2290⟧ | mob ⟦PH|07888 114 093⟧""",
    )
    r(
        "de_DE",
        "email_thread",
        """Von: ⟦P|Anja Lehmann⟧ <⟦E|anja.lehmann@steuerkanzlei-lehmann.de⟧>
An: ⟦P|Kai-Uwe Brandt⟧ <⟦E|kub1974@gmx.de⟧>
Betreff: AW: Einkommensteuer 2023 – fehlende Unterlagen

Hallo Herr ⟦P|Brandt⟧,
danke für die Belege. Für die Erklärung brauche ich noch Ihre Steuer-ID und die Ihrer Frau.

-----Ursprüngliche Nachricht-----
Von: ⟦E|kub1974@gmx.de⟧
Gesendet: ⟦o:D|Montag, 4. März 2024⟧ ⟦o:T|19:22⟧
meine: ⟦TAX@de.idnr|53812640370⟧
meine Frau (⟦P|Sabine⟧): ⟦TAX@de.idnr|26 958 047 912⟧
Steuernummer wie immer ⟦TAX|21/815/08150⟧

Mit freundlichen Grüßen
Anja Lehmann, Steuerberaterin
Tel. ⟦PH|+49 (0)341 2248 730⟧ · Fax 0341 2248 739""",
    )
    r(
        "en_US",
        "email_thread",
        """From: HR Onboarding <no-reply@workday.com>
To: ⟦E|priya.natarajan@northwind.io⟧
Subject: Action required: complete your I-9 (Req ⟦o:REQ|R-0048812⟧)

Hi ⟦P|Priya⟧, your start date is ⟦o:D|July 8, 2024⟧.

----- reply -----
From: ⟦P|Priya Natarajan⟧
hi, I uploaded my passport scan but the form keeps erroring (⟦o:ERR|ERR_UPLOAD_413⟧). here are the values:
passport ⟦PP|z84471930⟧ (US), exp ⟦o:D|2032-11-09⟧
ssn ⟦SSN~spelled|five two three eight one seven seven six two⟧
thx
Priya — ⟦PH|(408) 555-0199⟧""",
    )
    r(
        "fr_BE",
        "email_thread",
        """De : ⟦P|Thomas Peeters⟧ <⟦E|thomas.peeters@skynet.be⟧>
À : secretariat@notaire-dumont.be
Objet : Re: Acte de vente – rue Vanderkindere

Maître,
Voici les informations demandées pour mon épouse et moi :
- ⟦P|Thomas Peeters⟧, né à ⟦L|Liège⟧ le ⟦DOB|30/09/1977⟧, NN ⟦NID@be.nn|770930 288 07⟧
- ⟦P|Sophie Claes⟧, née à ⟦L|Gand⟧ le ⟦DOB|12/04/1965⟧, NN ⟦NID@be.nn|65.04.12-187.70⟧
Adresse actuelle : ⟦A|Avenue Brugmann 412, 1180 Uccle⟧
Bien à vous,
T. Peeters
GSM ⟦PH|0475/33.81.20⟧

Le ⟦o:D|mer. 17 avr. 2024⟧ à ⟦o:T|10:14⟧, Étude Dumont a écrit :
> Merci de nous transmettre vos numéros de registre national (dossier ⟦o:TKT|2024/0412⟧).""",
    )
    r(
        "en_SG",
        "email_thread",
        """From: ⟦P|Rachel Tan Hui Min⟧ <⟦E~at_dot|rachel.tan [at] singnet [dot] com [dot] sg⟧>
To: clinic-admin@raffles-med.sg
Subject: appointment for my dad

hello, pls book my father ⟦P|Tan Ah Kow⟧ (NRIC ⟦NID|S0291847A⟧, DOB ⟦DOB|5 Jan 1947⟧) for the cardiology review on ⟦o:D|12 Aug⟧.
he stays at ⟦A|Blk 32 Marine Crescent #11-145, Singapore 440032⟧, contact me at ⟦PH|9734 2210⟧ instead of him.
Medisave acct is under his NRIC.
Thanks,
Rachel""",
    )
    r(
        "it_IT",
        "email_thread",
        """Da: ⟦P|Alessandra Greco⟧ <⟦E|ale.greco@pec.it⟧>
A: amministrazione@condominio-viaroma12.it
Oggetto: R: Rate condominiali 2024

Buongiorno,
confermo bonifico di ⟦o:AMT|€ 412,50⟧ (rata 2/4) dal mio conto ⟦IBAN|IT91 Y030 6909 6061 0000 0063 481⟧, CRO ⟦o:REQ|0306912345678901⟧.
Il mio codice fiscale per la ricevuta è ⟦TAX@it.codicefiscale|FRRLCU78C03H501B⟧ (intestato a mio marito ⟦P|Luca Ferrari⟧).

Alessandra Greco
⟦A|Via Roma 12, int. 9, 40121 Bologna⟧
cell. ⟦PH|333 4412 870⟧

> Il ⟦o:D|15/05/2024⟧ Amministrazione ha scritto:
> Si ricorda la scadenza della rata n. 2 entro il ⟦o:D|31/05⟧.""",
    )
    r(
        "en_ZA",
        "email_thread",
        """From: ⟦P|Pieter van Wyk⟧ <⟦E|pieter@vanwykattorneys.co.za⟧>
Sent: ⟦o:D|Wednesday, 12 June 2024⟧ ⟦o:T|08:51⟧
To: ⟦P|Zanele Khumalo⟧
Subject: FW: Transfer docs — Erf 4471 Constantia

Zanele, please FICA the buyer below before Friday:
Name: ⟦P|Ayesha Patel⟧
ID: ⟦NID@za.idnr|8309276340087⟧
Proof of residence: ⟦A|12 Kloof Nek Road, Tamboerskloof, Cape Town, 8001⟧
Cell: ⟦PH|+27 (0)83 441 7720⟧
Regards, Pieter
Van Wyk Attorneys | Tel 021 555 0190 | Disclaimer: this e-mail is confidential...""",
    )
    r(
        "da_DK",
        "email_thread",
        """Fra: ⟦P|Søren Østergaard⟧ <⟦E|soren.ostergaard@mail.dk⟧>
Til: løn@byggefirma-nord.dk
Emne: Ændring af lønkonto

Hej,
fra næste lønkørsel vil jeg gerne have lønnen på min nye konto i Nykredit:
reg. ⟦a:BC|5470⟧ konto ⟦BBAN|1234567890⟧
Mit CPR er ⟦NID@dk.cpr|110582-1234⟧ hvis I skal bruge det.
Ny adresse: ⟦A|Nørrebrogade 210, 2. th., 2200 København N⟧
Mvh Søren
tlf ⟦PH|+45 28 41 90 33⟧""",
    )
    r(
        "en_US",
        "email_thread",
        """From: ⟦E|mike.dinapoli@gmail.com⟧
To: accounts@bluewavepools.com
Subject: Re: Invoice ⟦o:INV|BW-20418⟧ payment

Hey - card got declined online (⟦o:ERR|code 05⟧) so here it is, please run it manually:
⟦CC~odd_sep|4111.7755.3328.9018⟧ exp 11/26 cvv ⟦S|482⟧
name on card ⟦P|Michael DiNapoli⟧, billing zip ⟦a:PC|07030⟧
Thanks, Mike

On ⟦o:D|Fri, May 31, 2024⟧, Blue Wave Pools <accounts@bluewavepools.com> wrote:
> Your balance of ⟦o:AMT|$1,240.00⟧ for the opening service is past due.""",
    )
    r(
        "pt_PT",
        "email_thread",
        """De: ⟦P|Inês Carvalho⟧ <⟦E|ines.carvalho@sapo.pt⟧>
Para: recursos.humanos@tecnoluso.pt
Assunto: Documentos para contrato

Bom dia,
Seguem os meus dados:
Nome completo: ⟦P|Inês Sofia Carvalho Antunes⟧
NIF ⟦TAX@pt.nif|198 734 522⟧
NISS ⟦NID|12034567891⟧
CC nº ⟦NID|14873920 8 ZX4⟧
IBAN ⟦IBAN|PT50 0002 0123 1234 5678 9015 4⟧
Morada: ⟦A|Av. da Liberdade, 245, 4.º Dto, 1250-143 Lisboa⟧
Cumprimentos,
Inês""",
    )
    # ---------- CVs ----------
    r(
        "en_GB",
        "cv",
        """CURRICULUM VITAE
⟦P|Olumide Bankole-Williams⟧ BEng (Hons) CEng MIMechE
⟦A|Flat 31, Riverside House, 5 Water Lane, Leeds LS11 5QN⟧
⟦PH|+44 (0)7412 889 301⟧ | ⟦E|olumide.bw@protonmail.com⟧ | linkedin.com/in/olumide-bw
Date of birth: ⟦DOB|16.08.1990⟧   Full UK driving licence (⟦DL|BANKO908160OB9GT⟧)

EXPERIENCE
⟦o:D|2019⟧–present  Senior Mechanical Engineer, Siemens Mobility, Goole
⟦o:D|2014⟧–⟦o:D|2019⟧   Graduate → Design Engineer, Arup, Manchester
REFERENCES
Prof. ⟦P|Hilary Grant⟧, University of Sheffield — ⟦E|h.grant@sheffield.ac.uk⟧""",
    )
    r(
        "de_DE",
        "cv",
        """Lebenslauf
Persönliche Daten
Name            ⟦P|Małgorzata (Gosia) Lewandowska⟧
Anschrift       ⟦A|Wilhelmstraße 22
                45127 Essen⟧
Telefon         ⟦PH|0201 / 84 77 219⟧
Mobil           ⟦PH|+49 160 9182 4473⟧
E-Mail          ⟦E|gosia.lewandowska@t-online.de⟧
Geburtsdatum    ⟦DOB|14. Februar 1991⟧ in ⟦L|Poznań⟧
Familienstand   verheiratet, 1 Kind
Berufserfahrung
⟦o:D|03/2018⟧ – heute   Buchhalterin, thyssenkrupp Materials Services GmbH""",
    )
    r(
        "es_ES",
        "cv",
        """CURRÍCULUM VÍTAE
⟦P|Alejandro Fernández de la Torre⟧
DNI: ⟦NID@es.dni|71329806K⟧ · Fecha de nacimiento: ⟦DOB|27/06/1995⟧
⟦A|Calle San Vicente Mártir 88, pta. 14, 46002 València⟧
Tel. ⟦PH|611 28 47 90⟧ · ⟦E|alex.fdelatorre@gmail.com⟧
Permiso de conducir B · Vehículo propio
FORMACIÓN
Grado en Ingeniería Informática, UPV (⟦o:D|2013⟧–⟦o:D|2017⟧)""",
    )
    r(
        "zh_CN",
        "cv",
        """RÉSUMÉ
Name: ⟦P|Liu Yang⟧ (⟦P|Cherry Liu⟧)
Gender: F    DOB: ⟦DOB|1992/03/05⟧
ID No.: ⟦NID@cn.ric|440301199203056721⟧
Mobile: ⟦PH|+86 186 2045 7731⟧   WeChat: cherry_ly0305
Email: ⟦E|liuyang0305@qq.com⟧
Address: ⟦A|Flat 12B, Tower 2, Haiyue Garden, 3 Houhai Road, Nanshan District, Shenzhen 518054⟧
Education: Sun Yat-sen University, MSc Finance (⟦o:D|2014⟧–⟦o:D|2016⟧)""",
    )
    r(
        "ms_MY",
        "cv",
        """RESUME
⟦P|Muhammad Haziq bin Abdul Rahman⟧
No. IC: ⟦NID@my.nric|880615145237⟧
⟦A|Lot 1188, Jalan Kebun Teh 3, Taman Sri Tebrau, 80050 Johor Bahru, Johor⟧
H/P: ⟦PH|+6019-775 2103⟧  Emel: ⟦E|haziq.rahman88@yahoo.com.my⟧
Lesen memandu: D, DA (⟦DL|B2-0088129⟧)
Pengalaman: Juruteknik Elektrik, Intel Microelectronics, Kulim (⟦o:D|2012⟧–⟦o:D|2020⟧)""",
    )
    r(
        "en_CA",
        "cv",
        """⟦P|NGOZI EZE-MCDONALD⟧, CPA
⟦A|305-1250 Granville St, Vancouver, BC V6Z 1M4⟧  |  ⟦PH|604.555.0146⟧  |  ⟦E|ngozi.eze.mcd@gmail.com⟧
SUMMARY
CPA with 9 years in audit and advisory...
EXPERIENCE
KPMG LLP, Vancouver — Audit Manager (⟦o:D|2020⟧–present)""",
    )
    # ---------- meeting minutes ----------
    r(
        "en_GB",
        "meeting_minutes",
        """MINUTES — Board of Governors, St Brigid's Primary School
Date: ⟦o:D|Tuesday 14 May 2024⟧, ⟦o:T|18:30⟧, staff room
Present: Fr. ⟦P|Liam Doherty⟧ (Chair), Mrs ⟦P|Sinéad Kavanagh⟧ (Head), Mr ⟦P|Ade Oyelaran⟧, Ms ⟦P|Wiktoria Sadowska⟧, Cllr ⟦P|Ruth Abernethy⟧
Apologies: Dr ⟦P|Imran Siddiqui⟧
1. Minutes of ⟦o:D|12 March⟧ approved.
2. Budget: carry-forward of ⟦o:AMT|£14,320⟧ noted; roof repair quote ⟦o:INV|Q-2291⟧ (⟦o:AMT|£8,700⟧) approved.
3. Safeguarding: one referral made (details held confidentially).
Action: WS to circulate revised admissions policy ⟦o:VER|v2.3⟧ by ⟦o:D|31 May⟧.
Next meeting: ⟦o:D|9 July 2024⟧.""",
    )
    r(
        "nl_NL",
        "meeting_minutes",
        """Notulen ALV VvE Parkzicht — ⟦o:D|18 april 2024⟧
Aanwezig: ⟦P|J. de Groot⟧ (vz), ⟦P|F. El Amrani⟧ (penn.), mevr. ⟦P|T. Visser-Bos⟧ (nr. 14), dhr. ⟦P|R. Kaya⟧ (nr. 22), ⟦P|B. Smit⟧ (nr. 3)
Volmachten: ⟦P|A. Oosterhuis⟧ → ⟦P|B. Smit⟧
1. Jaarrekening 2023 goedgekeurd, reservefonds ⟦o:AMT|€ 84.220⟧.
2. Dakrenovatie: offerte ⟦o:INV|OF-2024-031⟧ aangenomen, ⟦o:QTY|21⟧ stemmen voor, ⟦o:QTY|2⟧ tegen.
3. Rondvraag: dhr. Kaya meldt lekkage in berging; contact beheerder ⟦PH|088 401 2200⟧.""",
    )
    r(
        "en_US",
        "meeting_minutes",
        """Engineering sync — ⟦o:D|2024-06-19⟧
Attendees: ⟦P|Priya N.⟧, ⟦P|Tom Becker⟧, ⟦P|Luz Marina Ospina⟧, ⟦P|Hiroshi Takeda⟧
- Release ⟦o:VER|4.12.0⟧ slipped to ⟦o:D|6/26⟧; blocker ⟦o:TKT|JIRA PLAT-3391⟧ (migration timeout, ⟦o:ERR|ORA-01555⟧)
- Hotfix ⟦o:SHA|9f3c2a1⟧ cherry-picked to release branch
- p95 latency ⟦o:QTY|412 ms⟧, error rate ⟦o:PCT|0.07%⟧
- Luz out ⟦o:D|7/1⟧–⟦o:D|7/12⟧, Hiroshi covers on-call
Action items: Tom to rotate staging DB creds (old ones were in the wiki!)""",
    )
    r(
        "no_NO",
        "meeting_minutes",
        """Referat styremøte — Borettslaget Torshov Park
Tid: ⟦o:D|torsdag 6. juni 2024⟧ kl. ⟦o:T|19.00⟧
Til stede: ⟦P|Kari Nordmann⟧ (leder), ⟦P|Ole-Petter Haugen⟧, ⟦P|Aisha Mohammed Ali⟧, ⟦P|Lars Øvrebø⟧
Sak 14/24: Felleskostnader økes med ⟦o:PCT|4,5 %⟧ fra ⟦o:D|1. august⟧.
Sak 15/24: Restanse for leilighet H0304 – styret sender varsel.
Sak 16/24: Ny vaktmester ⟦P|Jonas Berg⟧, tlf ⟦PH|924 41 887⟧.""",
    )
    # ---------- config files / CI logs ----------
    r(
        "en_US",
        "config_yaml",
        """# config/production.yml  — DO NOT COMMIT (lol)
app:
  name: billing-service
  version: ⟦o:VER|2.14.3⟧
  region: eu-west-1
database:
  url: ⟦UC|postgres://billing_rw:Gx7%40pLq2vR9t@db-prod-01.internal.acme.io:5432/billing⟧
  pool_size: ⟦o:QTY|20⟧
stripe:
  secret_key: ⟦S|sk_live_51Hx9QkLm2TzV8aB4cD7eF0gH3jK6nP9rS2uW5yZ8⟧
  webhook_secret: ⟦S|whsec_3f9aK2LmQ8xT7vB1nR4cY6pD0eG5hJ⟧
smtp:
  host: smtp.sendgrid.net
  user: apikey
  password: ⟦S|SG.xK29fLq0T7a1bN3cV5dM.8yQ4wE6rT2uI9oP1aS3dF5gH7jK0lZ4xC6vB8nM2qW⟧
oncall_contact: ⟦E|dana.kowalczyk@acme.io⟧""",
    )
    r(
        "de_DE",
        "config_ini",
        """; /etc/backup/restic.ini  (Server nas-keller, Familie ⟦P|Hoffmann⟧)
[repository]
path = sftp:backup@⟦IP|192.168.178.44⟧:/srv/restic
password = ⟦S|Kellerkind#2019!Restic⟧

[b2]
account_id = 004a8c1e2f3b5d70000000003
account_key = ⟦S|K004jQ8vRm2LxP9sT3wN7yB5cE1fH6g⟧

[notify]
mail_to = ⟦E|thomas.hoffmann@posteo.de⟧
retention = ⟦o:QTY|30⟧""",
    )
    r(
        "en_GB",
        "ci_log",
        """Run #⟦o:ROW|4418⟧ — deploy-staging (GitHub Actions)
⟦o:D|2024-06-21⟧T⟦o:T|09:14:02Z⟧ Checking out ⟦o:SHA|a3f91c07e2b84d1f9c6e5a20b7d3f8e41c2a9b06⟧
⟦o:D|2024-06-21⟧T⟦o:T|09:14:09Z⟧ Run ./scripts/deploy.sh --env staging
⟦o:D|2024-06-21⟧T⟦o:T|09:14:10Z⟧ + export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE
⟦o:D|2024-06-21⟧T⟦o:T|09:14:10Z⟧ + export AWS_SECRET_ACCESS_KEY=⟦S|wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY⟧
⟦o:D|2024-06-21⟧T⟦o:T|09:14:11Z⟧ + git push ⟦UC|https://ci-bot:ghp_R8tLm2Qx9vZ4kP7sN1wB3yC6dF0gH5jA2eT8@github.com/acme-uk/portal.git⟧
⟦o:D|2024-06-21⟧T⟦o:T|09:14:15Z⟧ Uploading artifact portal-⟦o:VER|1.9.0-rc2⟧.tar.gz (⟦o:QTY|48.2 MB⟧)
⟦o:D|2024-06-21⟧T⟦o:T|09:14:38Z⟧ ##[error]Process completed with exit code ⟦o:ERR|137⟧.""",
    )
    r(
        "en_US",
        "config_toml",
        """# ~/.config/mailsync/config.toml
[account.personal]
name = "⟦P|Jordan Avery Ellis⟧"
email = "⟦E|jordan.ellis@fastmail.com⟧"
imap_host = "imap.fastmail.com"
imap_pass = "⟦S|q7vm-2kx9-plw4-88ht⟧"   # app password

[account.work]
email = "⟦E|jellis@hollowaylaw.com⟧"
oauth_refresh_token = "⟦S|1//0gLx7Qd2vK9TzCgYIARAAGBASNwF-L9IrW3pYkR8mN2xH4sZ6tV0bQ⟧"

[log]
level = "debug"
path = "/home/jordan/.cache/mailsync/sync.log\"""",
    )
    r(
        "nl_NL",
        "ci_log",
        """[⟦o:D|2024-05-14⟧ ⟦o:T|22:41:07⟧] gitlab-runner ⟦o:VER|16.11.1⟧ job ⟦o:ROW|882143⟧ on runner-xk2ls
$ docker login -u deploy -p ⟦S|glpat-9xZr2LqT7vW4nB8mK1yP⟧ registry.gitlab.com
WARNING! Using --password via the CLI is insecure.
Login Succeeded
$ psql "⟦UC|postgresql://app_admin:Zomer2024!@10.12.0.8:5432/klanten⟧" -c "select count(*) from klant"
 count 
-------
 ⟦o:QTY|48213⟧
$ curl -s -H "Authorization: Bearer ⟦S|eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJzdmMtZGVwbG95IiwiaWF0IjoxNzE1NzI2NDAwfQ.4kQ9xL2mT7vR1nB8pZ3wY6cF0gH5jK2eA9sD4uI7oP0⟧" https://api.intern.nl/v1/health
{"status":"ok","request_id":"⟦o:REQ|b1e7c2d4-33a9-4f10-9d8e-2a6c1f0e7b55⟧"}""",
    )
    r(
        "en_IN",
        "config_env",
        """# .env.production — payments-gateway
NODE_ENV=production
PORT=⟦o:QTY|8080⟧
RAZORPAY_KEY_ID=rzp_live_Kx8T2mQ9vLp4Zr
RAZORPAY_KEY_SECRET=⟦S|Yq7N2xL9pT4mV8kR3wB6zC1d⟧
MONGO_URI=⟦UC|mongodb+srv://payuser:P%40yments%232024@cluster0.x7k2q.mongodb.net/prod?retryWrites=true⟧
REDIS_URL=⟦UC|redis://:s3cr3tR3d1s!@10.0.4.17:6379/0⟧
ADMIN_EMAIL=⟦E|vikram.malhotra@payfast.in⟧
ADMIN_PHONE=⟦PH|+919810044721⟧
SENTRY_RELEASE=⟦o:VER|3.2.7⟧""",
    )
    r(
        "en_GB",
        "server_log",
        """Jun 18 03:12:44 web-02 sshd[⟦o:ROW|28814⟧]: Failed password for invalid user admin from ⟦IP|185.220.101.47⟧ port 51822 ssh2
Jun 18 03:12:47 web-02 sshd[⟦o:ROW|28814⟧]: Failed password for invalid user admin from ⟦IP|185.220.101.47⟧ port 51822 ssh2
Jun 18 07:58:02 web-02 sshd[⟦o:ROW|30121⟧]: Accepted publickey for rpugh from ⟦IP|81.174.226.19⟧ port 60014 ssh2: ED25519 SHA256:Qm7xK2vL9pT4nR8wB1yC6dF0gH5jA3eZ
Jun 18 07:58:02 web-02 systemd-logind[⟦o:ROW|611⟧]: New session ⟦o:ROW|4471⟧ of user rpugh.""",
    )
    r(
        "en_US",
        "email_headers",
        """Received: from mail-yw1-f180.google.com (mail-yw1-f180.google.com [⟦IP|209.85.128.180⟧])
        by mx.hollowaylaw.com (Postfix) with ESMTPS id ⟦o:REQ|4VxK2m0Qz9z1Lp⟧
        for <⟦E|jellis@hollowaylaw.com⟧>; ⟦o:D|Mon, 17 Jun 2024⟧ ⟦o:T|16:02:11 -0400⟧
X-Originating-IP: [⟦IP|73.162.41.208⟧]
From: "⟦P|Brianna Castillo⟧" <⟦E|bcastillo.home@gmail.com⟧>
Subject: my statement for the hearing
Message-ID: <⟦o:REQ|CAF7x9QkL2m@mail.gmail.com⟧>""",
    )
    r(
        "fr_FR",
        "config_yaml",
        """# docker-compose.override.yml — poste de dev de ⟦P|Mathieu Lambert⟧
services:
  db:
    image: postgres:⟦o:VER|16.2⟧
    environment:
      POSTGRES_USER: mlambert
      POSTGRES_PASSWORD: ⟦S|Chouquette_75011⟧
  app:
    environment:
      DATABASE_URL: ⟦UC|postgres://mlambert:Chouquette_75011@db:5432/compta⟧
      SMTP_URL: ⟦UC|smtp://m.lambert%40free.fr:Bx4!rT9q@smtp.free.fr:587⟧
      OVH_APP_SECRET: ⟦S|9k2XqL7vT4mR8wN1pB6zC3yD⟧""",
    )
    r(
        "pl_PL",
        "ci_log",
        """Jenkins » faktury-api » #⟦o:ROW|1207⟧
[Pipeline] withCredentials
Masking supported pattern matches of $NEXUS_PASS
[Pipeline] sh
+ mvn -s settings.xml deploy -Dnexus.user=jenkins -Dnexus.password=****
+ echo "debug: FTP_URL=⟦UC|ftp://faktury:Wiosna2024%21@ftp.biuro-rachunkowe.pl/import⟧"
+ curl -u admin:⟦S|Adm1n!Faktury⟧ http://⟦IP|10.40.2.15⟧:8081/service/rest/v1/status
[INFO] BUILD SUCCESS  Total time: ⟦o:QTY|02:41 min⟧
Finished: SUCCESS""",
    )
    r(
        "en_SG",
        "config_ini",
        """# /etc/wpa_supplicant/wpa_supplicant.conf — clinic kiosk 3
country=SG
network={
    ssid="ClinicStaff_5G"
    psk="⟦S|Orchard#2024staff⟧"
    key_mgmt=WPA-PSK
}
network={
    ssid="eduroam"
    identity="⟦E|wei.ling.ong@nus.edu.sg⟧"
    password="⟦S|Mooncake88!⟧"
}""",
    )
    r(
        "en_US",
        "access_log",
        """⟦IP|203.0.113.77⟧ - - [⟦o:D|22/Jun/2024⟧:⟦o:T|14:05:33 -0700⟧] "GET /reset?email=⟦E~urlenc|karen.obrien%40comcast.net⟧&token=⟦S|f3a9c2e71b8d4f05a6e2c9d7b1f0e4a8⟧ HTTP/1.1" 200 ⟦o:QTY|5123⟧ "-" "Mozilla/5.0"
⟦IP|2601:646:8a00:3f10:5d2c:91ab:e4f7:12c0⟧ - - [⟦o:D|22/Jun/2024⟧:⟦o:T|14:05:41 -0700⟧] "POST /api/v2/login HTTP/1.1" 401 ⟦o:QTY|87⟧ "-" "okhttp/4.12.0"
⟦IP|10.0.0.5⟧ - - [⟦o:D|22/Jun/2024⟧:⟦o:T|14:05:42 -0700⟧] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29\"""",
    )
    # ---------- spreadsheet rows pasted as text ----------
    r(
        "en_GB",
        "spreadsheet_tsv",
        "emp_id\tsurname\tforename\tdob\tni_number\tpostcode\tstart_date\n⟦o:ROW|1041⟧\t⟦P|Achterberg⟧\t⟦P|Femke⟧\t⟦DOB|1988-02-29⟧\t⟦NID|SK483920B⟧\t⟦a:PC|BS8 1TH⟧\t⟦o:D|2021-09-01⟧\n⟦o:ROW|1042⟧\t⟦P|Mensah⟧\t⟦P|Kofi⟧\t⟦DOB|1979-12-03⟧\t⟦NID|NJ 73 10 44 A⟧\t⟦a:PC|BS5 6QR⟧\t⟦o:D|2022-01-10⟧\n⟦o:ROW|1043⟧\t⟦P|Ó Súilleabháin⟧\t⟦P|Ciarán⟧\t⟦DOB|2001-07-19⟧\t⟦NID|pw018822c⟧\t⟦a:PC|BA1 2LP⟧\t⟦o:D|2024-03-04⟧",
    )
    r(
        "en_US",
        "spreadsheet_csv",
        """member_id,first,last,dob,ssn,plan,phone
⟦HPN|AET8812047301⟧,⟦P|Guadalupe⟧,⟦P|Ybarra⟧,⟦DOB|03/14/1967⟧,⟦SSN|287-65-4301⟧,PPO Gold,⟦PH|(915) 555-0122⟧
⟦HPN|AET8812047302⟧,⟦P|Darnell⟧,⟦P|Jefferson⟧,⟦DOB|11/02/1972⟧,⟦SSN|145369920⟧,HMO Silver,⟦PH|915.555.0168⟧
⟦HPN|AET8812047303⟧,⟦P|Mei⟧,⟦P|Lin-Watanabe⟧,⟦DOB|7/7/1994⟧,⟦SSN|318 07 5514⟧,PPO Gold,⟦PH|+1 915 555 0190⟧""",
    )
    r(
        "de_DE",
        "spreadsheet_pipe",
        """| Nr | Name               | Geburtsdatum | IBAN                          | Betrag   |
|----|--------------------|--------------|-------------------------------|----------|
| ⟦o:ROW|1⟧  | ⟦P|Vogel, Annika⟧      | ⟦DOB|03.07.1990⟧   | ⟦IBAN|DE26120300001045217733⟧        | ⟦o:AMT|120,00⟧   |
| ⟦o:ROW|2⟧  | ⟦P|Đorđević, Nikola⟧   | ⟦DOB|21.11.1985⟧   | ⟦IBAN|AT61 1904 3002 3457 3201⟧     | ⟦o:AMT|120,00⟧   |
| ⟦o:ROW|3⟧  | ⟦P|Schulte-Wien, Ben⟧  | ⟦DOB|09.09.2009⟧   | ⟦IBAN|LU28 0019 4006 4475 0000⟧      | ⟦o:AMT|60,00⟧    |
Mitgliedsbeiträge Sportverein TuS Eintracht, Stand ⟦o:D|01.02.2024⟧""",
    )
    r(
        "sv_SE",
        "spreadsheet_tsv",
        "Namn\tPersonnr\tTelefon\tE-post\tKlass\n⟦P|Oskar Eriksson⟧\t⟦NID@se.personnummer|010215-3897⟧\t⟦PH|073-512 44 08⟧\t⟦E|oskar.eriksson01@gmail.com⟧\t⟦o:TKT|TE3B⟧\n⟦P|Fatima Hussein Warsame⟧\t⟦NID@se.personnummer|690318+4429⟧\t⟦PH|08-640 22 17⟧\t⟦E|f.warsame@telia.com⟧\t⟦o:TKT|Vux-SVA2⟧",
    )
    r(
        "it_IT",
        "spreadsheet_csv",
        """cognome;nome;codice_fiscale;data_nascita;comune_residenza;email
⟦P|Esposito⟧;⟦P|Gennaro⟧;⟦TAX@it.codicefiscale|SPSGNR71M12F839Q⟧;⟦DOB|12/08/1971⟧;⟦L|Napoli⟧;⟦E|gennaro.esposito71@libero.it⟧
⟦P|De Luca⟧;⟦P|Chiara⟧;⟦TAX@it.codicefiscale|DLCCHR88R52L736U⟧;⟦DOB|12/10/1988⟧;⟦L|Venezia⟧;⟦E|chiara.deluca@gmail.com⟧
⟦P|Russo⟧;⟦P|Salvatore⟧;⟦TAX@it.codicefiscale|RSSSVT64D01G273G⟧;⟦DOB|01/04/1964⟧;⟦L|Palermo⟧;⟦E|s.russo64@tiscali.it⟧""",
    )
    r(
        "cs_CZ",
        "spreadsheet_pipe",
        """jméno | rodné číslo | číslo OP | adresa | telefon
⟦P|Jana Nováková⟧ | ⟦NID@cz.rc|015103/7898⟧ | ⟦NID|213456789⟧ | ⟦A|Vinohradská 1511/230, 100 00 Praha 10⟧ | ⟦PH|+420 602 118 447⟧
⟦P|Tomáš Černý⟧ | ⟦NID@cz.rc|7904074563⟧ | ⟦NID|207711234⟧ | ⟦A|Masarykova 427/31, 602 00 Brno⟧ | ⟦PH|731 224 890⟧
⟦P|Zdeňka Malá⟧ | ⟦NID@cz.rc|685226/0041⟧ | ⟦NID|118820035⟧ | ⟦A|Nádražní 12, 370 01 České Budějovice⟧ | ⟦PH|608 330 172⟧""",
    )
    r(
        "th_TH",
        "spreadsheet_tsv",
        "No.\tName\tID card\tMobile\tProvince\n⟦o:ROW|1⟧\t⟦P|Somchai Jaidee⟧\t⟦NID@th.pin|3509900456785⟧\t⟦PH|089-441-2287⟧\t⟦L|Chiang Mai⟧\n⟦o:ROW|2⟧\t⟦P|Kanokwan Boonmee⟧\t⟦NID@th.pin|1 9001 01234 56 2⟧\t⟦PH|0812214409⟧\t⟦L|Pattani⟧",
    )
    r(
        "en_US",
        "spreadsheet_csv",
        """order_id,sku,qty,unit_price,ship_date,carrier,tracking
⟦o:ORD|SO-104471⟧,⟦o:SKU|HX-220-BLK⟧,⟦o:QTY|12⟧,⟦o:AMT|14.99⟧,⟦o:D|2024-06-03⟧,UPS,⟦o:TRK|1Z4471AA0392018845⟧
⟦o:ORD|SO-104472⟧,⟦o:SKU|HX-220-WHT⟧,⟦o:QTY|4⟧,⟦o:AMT|14.99⟧,⟦o:D|2024-06-03⟧,FedEx,⟦o:TRK|771882004417⟧
⟦o:ORD|SO-104473⟧,⟦o:SKU|KB-9M-US⟧,⟦o:QTY|1⟧,⟦o:AMT|129.00⟧,⟦o:D|2024-06-04⟧,USPS,⟦o:TRK|9400111899223344556677⟧""",
    )
    # ---------- OCR of scanned forms ----------
    r(
        "en_GB",
        "ocr_form",
        """APPLICAT1ON FOR A PROV1SIONAL DRIVING LlCENCE (D1)
Surname  ⟦P~spaced|K E N N E D Y⟧
First names ⟦P|Orla Bridget⟧
Date of birth  ⟦DOB|1 2  0 4  2 0 0 6⟧
Address ⟦A|4 7 Larch Road
Swindon
SN3 4JF⟧
Ph0ne ⟦PH~ocr|O7700 9OO 143⟧
Passport no. (if using for ID) ⟦PP|1 2 0 3 8 4 7 5 6⟧
Signature ..... ⟦o:D|22/05/2024⟧""",
    )
    r(
        "de_DE",
        "ocr_form",
        """Anmeldung bei der Meldebehörde
Famil1enname: ⟦P|Nguyễn⟧     Vornamen: ⟦P|Thị Lan Anh⟧
Geburtsdatum: ⟦DOB~ocr|O8.O3.l995⟧   Geburtsort: ⟦L|Hà Nội⟧
Neue Wohnung: ⟦A|Schönhauser Allee 1O4,
1O439 Berlin⟧
Bisherige Wohnung: ⟦A|Josephstr. 7, 04177 Leipzig⟧
Reisepass Nr.: ⟦PP|C7X29LK41⟧   ausgestellt ⟦o:D|12.1O.2O21⟧
Einzugsdatum: ⟦o:D|O1.O6.2O24⟧""",
    )
    r(
        "en_US",
        "ocr_form",
        """W-9 Request for Taxpayer Identification Number (scanned)
1 Name (as shown on your income tax return)  ⟦P|LAKSHMI SUBRAMANIAN⟧
5 Address (number, street, and apt. or suite no.) ⟦A|9021 Ridgeline Dr, Apt 2O3⟧
6 City, state, and ZIP code ⟦A|Austin, TX 78731⟧
Part I  Social security number
⟦SSN|5 2 3 | 8 1 | 7 7 6 2⟧
or  Employer identification number
    |__|__| - |__|__|__|__|__|__|__|
Date ▸ ⟦o:D|01/16/2024⟧""",
    )
    r(
        "fr_BE",
        "ocr_form",
        """DEMANDE DE REMBOURSEMENT — Mutualité Chrétienne
Nom : ⟦P|VAN DAMME⟧ Prénom : ⟦P|Léa⟧
N° d'inscription (NISS) : ⟦NID@be.nn|03.12.06-547.02⟧
N° de membre : ⟦HPN|1 0 0 4 4 7 1 2 9⟧
Adresse : ⟦A|Chaussée de Wavre 1O42 / 5, 1160 Auderghem⟧
Compte : ⟦IBAN|BE63 0014 4112 9808⟧""",
    )
    r(
        "es_CO",
        "ocr_form",
        """FORMULARIO ÚNICO DE AFILIACIÓN — EPS Sura
Tipo doc: CC  Número: ⟦NID|79.841.223⟧
Primer apellido: ⟦P|CASTAÑO⟧  Segundo apellido: ⟦P|VÉLEZ⟧  Nombres: ⟦P|LUZ DARY⟧
Fecha nac.: ⟦DOB|1 9 7 8 - 0 5 - 3 0⟧
Dirección: ⟦A|Calle 10 Sur # 50FF - 28, Int. 301, Medellín⟧
Tel. ⟦PH|604 448 1273⟧  Cel. ⟦PH|3l5 772 9080⟧
Nº afiliación ⟦HPN|EPS010-8812473⟧""",
    )
    # ---------- no sensitive values (look-alikes only) ----------
    r(
        "en_GB",
        "invoice",
        """INVOICE ⟦o:INV|PX-0045512⟧
From: Pennine Paper Supplies Ltd, Unit 7 Calder Trading Estate, Huddersfield
To: Accounts Payable, Holmfirth Print Co.
PO ref ⟦o:ORD|HPC-PO-2291⟧        Invoice date ⟦o:D|03/06/2024⟧
⟦o:SKU|A4-80-WH-2500⟧  Copier paper 80gsm, box of 2500   ⟦o:QTY|40⟧   ⟦o:AMT|£19.80⟧   ⟦o:AMT|£792.00⟧
⟦o:SKU|A3-100-WH-500⟧  Bond 100gsm, ream                  ⟦o:QTY|12⟧   ⟦o:AMT|£8.45⟧    ⟦o:AMT|£101.40⟧
Carriage                                                              ⟦o:AMT|£0.00⟧
VAT @ ⟦o:PCT|20%⟧                                                       ⟦o:AMT|£178.68⟧
Total due                                                             ⟦o:AMT|£1,072.08⟧
Delivered via DPD, consignment ⟦o:TRK|15501234567890⟧""",
    )
    r(
        "de_DE",
        "shipping_manifest",
        """Lieferschein ⟦o:INV|LS-24-118204⟧ / Auftrag ⟦o:ORD|AB-77120⟧
Pos  Artikel-Nr.      Bezeichnung                     Menge   Charge
⟦o:ROW|10⟧   ⟦o:SKU|4006381333931⟧    Kugelschreiber Stabilo blau      ⟦o:QTY|500 St.⟧  ⟦o:TKT|CH-2405-17⟧
⟦o:ROW|20⟧   ⟦o:SKU|4002432375014⟧    Textmarker gelb                  ⟦o:QTY|250 St.⟧  ⟦o:TKT|CH-2404-02⟧
Packstücke: ⟦o:QTY|3⟧, Gewicht ⟦o:QTY|41,7 kg⟧, Versand ⟦o:D|14.06.2024⟧ per DHL Freight ⟦o:TRK|JVGL0624718893⟧""",
    )
    r(
        "en_US",
        "ci_log",
        """#⟦o:ROW|9921⟧ build (main) — ⟦o:SHA|e4b19d2⟧ "bump deps"
[⟦o:T|12:01:13⟧] Resolving ⟦o:VER|react@18.3.1⟧ ... ok
[⟦o:T|12:01:40⟧] Tests: ⟦o:QTY|1,204⟧ passed, ⟦o:QTY|3⟧ skipped
[⟦o:T|12:02:02⟧] WARN request ⟦o:REQ|req_7f2a91c3e0d4⟧ took ⟦o:QTY|1843ms⟧
[⟦o:T|12:02:05⟧] ERROR ⟦o:ERR|E11000⟧ duplicate key error collection: test.users index: email_1
[⟦o:T|12:02:05⟧] Retrying (⟦o:QTY|1⟧/⟦o:QTY|3⟧)...
[⟦o:T|12:02:09⟧] Artifact id ⟦o:UUID|0b6f4c1e-8a25-4d0e-b3a7-91c2e5f8d640⟧ uploaded
Build finished in ⟦o:QTY|58s⟧""",
    )
    r(
        "nl_NL",
        "config_yaml",
        """# values.yaml — helm chart 'bestellingen'
replicaCount: ⟦o:QTY|3⟧
image:
  repository: registry.example.nl/bestellingen
  tag: "⟦o:VER|2024.06.2⟧"
resources:
  limits: { cpu: 500m, memory: 512Mi }
env:
  LOG_LEVEL: info
  DB_PASSWORD:
    secretKeyRef: { name: bestellingen-db, key: password }
  FEATURE_FLAGS: "nieuwe-checkout,ideal-v2"
""",
    )
    r(
        "es_ES",
        "receipt",
        """MERCADONA S.A.  A-46103834
C/ Colón 24, 46004 Valencia
FACTURA SIMPLIFICADA: ⟦o:INV|2811-017-448120⟧
Fecha ⟦o:D|12/06/2024⟧ ⟦o:T|19:44⟧   Op: ⟦o:ROW|004471⟧
1 PAN DE MOLDE ................. ⟦o:AMT|1,25⟧
2 LECHE SEMIDESNATADA ⟦o:QTY|6x1L⟧ .. ⟦o:AMT|5,28⟧
1 TOMATE RAMA (⟦o:QTY|0,842 kg⟧) .. ⟦o:AMT|2,10⟧
TOTAL (€) ⟦o:AMT|8,63⟧
TARJ. BANCARIA **** **** **** 0941""",
    )
    r(
        "sv_SE",
        "meeting_minutes",
        """Protokoll, IT-styrgrupp ⟦o:D|2024-05-30⟧
§1 Föregående protokoll godkändes.
§2 Incident ⟦o:TKT|INC0048812⟧ (driftstopp i e-tjänsten ⟦o:D|22 maj⟧, ⟦o:QTY|3 h 40 min⟧) – rotorsak: utgånget certifikat.
§3 Budget Q3: ⟦o:AMT|1,2 MSEK⟧ för migrering till ⟦o:PROD|Microsoft 365 E5⟧.
§4 Nästa möte ⟦o:D|27 juni⟧ ⟦o:T|13:00⟧.""",
    )
    r(
        "pl_PL",
        "invoice",
        """FAKTURA VAT nr ⟦o:INV|FV/0613/2024⟧
Data wystawienia: ⟦o:D|2024-06-13⟧    Termin płatności: ⟦o:D|2024-06-27⟧
Lp. Nazwa                             Ilość  Cena netto  VAT   Wartość brutto
⟦o:ROW|1⟧   Usługa hostingu ⟦o:PROD|VPS-M⟧ (⟦o:D|06/2024⟧)    ⟦o:QTY|1⟧     ⟦o:AMT|89,00⟧       ⟦o:PCT|23%⟧   ⟦o:AMT|109,47⟧
⟦o:ROW|2⟧   Domena .pl – odnowienie           ⟦o:QTY|1⟧     ⟦o:AMT|49,00⟧       ⟦o:PCT|23%⟧   ⟦o:AMT|60,27⟧
Razem do zapłaty: ⟦o:AMT|169,74 zł⟧""",
    )
    r(
        "en_SG",
        "shipping_manifest",
        """AIR WAYBILL ⟦o:TRK|618-44712093⟧
Flight ⟦o:FLT|SQ 7372⟧ / ⟦o:D|18JUN⟧  SIN → FRA
Pieces ⟦o:QTY|14⟧  Gross wt ⟦o:QTY|1,182.0 K⟧  Chargeable ⟦o:QTY|1,240.5 K⟧
Nature of goods: ⟦o:PROD|Semiconductor test sockets⟧, HS ⟦o:SKU|8536.69⟧
Handling: SPX / ELI
Freight charges ⟦o:AMT|SGD 6,822.75⟧ PP""",
    )
    r(
        "fi_FI",
        "invoice",
        """LASKU ⟦o:INV|2024-0712⟧
Viitenumero ⟦o:TKT|1 24071 20015⟧   Eräpäivä ⟦o:D|31.07.2024⟧
Tuote ⟦o:SKU|KAL-220⟧ Kalustesarja, ⟦o:QTY|2 kpl⟧ ............ ⟦o:AMT|1 180,00 €⟧
Toimitus ............................................. ⟦o:AMT|79,00 €⟧
ALV ⟦o:PCT|25,5 %⟧ ...................................... ⟦o:AMT|321,05 €⟧
Yhteensä .............................................. ⟦o:AMT|1 580,05 €⟧""",
    )
    r(
        "en_CA",
        "meeting_minutes",
        """Minutes – Facilities Committee, ⟦o:D|March 5, 2024⟧
1. HVAC contract renewal: quote ⟦o:INV|Q-88120⟧ for ⟦o:AMT|$41,300⟧ accepted.
2. Work orders ⟦o:TKT|WO-2291⟧ and ⟦o:TKT|WO-2304⟧ closed; ⟦o:TKT|WO-2318⟧ pending parts (⟦o:SKU|ACF-16x25x4⟧).
3. Energy use down ⟦o:PCT|8.2%⟧ year over year.
Next meeting ⟦o:D|April 2⟧ at ⟦o:T|10:00⟧.""",
    )
    r(
        "it_IT",
        "receipt",
        """SCONTRINO ELETTRONICO — Autogrill Villoresi Est
DOCUMENTO COMMERCIALE di vendita o prestazione
⟦o:QTY|2⟧ x CAFFÈ ESPRESSO  ⟦o:AMT|2,80⟧
⟦o:QTY|1⟧ x PANINO CAMOGLI  ⟦o:AMT|5,90⟧
TOTALE COMPLESSIVO ⟦o:AMT|8,70⟧
di cui IVA ⟦o:AMT|0,79⟧
⟦o:D|16-06-2024⟧ ⟦o:T|11:12⟧  DOC.N. ⟦o:INV|0418-0092⟧  RT ⟦o:TKT|99MEX004471⟧""",
    )
    r(
        "en_US",
        "spreadsheet_tsv",
        "ticket\tpriority\topened\tcomponent\tstatus\n⟦o:TKT|SUP-44120⟧\tP2\t⟦o:D|2024-06-11⟧\tcheckout\topen\n⟦o:TKT|SUP-44121⟧\tP3\t⟦o:D|2024-06-11⟧\tsearch (⟦o:ERR|HTTP 504⟧)\tin progress\n⟦o:TKT|SUP-44125⟧\tP1\t⟦o:D|2024-06-12⟧\tpayments ⟦o:VER|v3.8.2⟧\tresolved",
    )
    r(
        "da_DK",
        "shipping_manifest",
        """Fragtbrev ⟦o:TRK|DK-GLS-40018833417⟧
Afsender: Jysk Møbeldesign A/S, Kolding
Modtager: Møbelhuset Aalborg ApS, lager 2
Kolli ⟦o:QTY|6⟧ — vægt ⟦o:QTY|212 kg⟧ — afhentet ⟦o:D|10.06.2024⟧ ⟦o:T|07:30⟧
Ordre ⟦o:ORD|JMD-20447⟧""",
    )
    r(
        "de_CH",
        "config_ini",
        """[general]
; Kassensystem Filiale Bern-Bümpliz
store_id = ⟦o:ROW|0447⟧
currency = CHF
vat_rate = ⟦o:PCT|8.1⟧
printer = EPSON TM-T88VI
firmware = ⟦o:VER|30.02⟧
[sync]
interval_s = ⟦o:QTY|300⟧
endpoint = https://pos.example.ch/api/v2/sync""",
    )
    # ---------- mixed top-up: cards, licences, MRNs, passports ----------
    r(
        "en_US",
        "police_report",
        """INCIDENT REPORT — Houston Police Department   Case # ⟦o:TKT|0874412-24⟧
Reporting person: ⟦P|Nguyen Van Minh⟧   DOB ⟦DOB|09-12-1983⟧
TX DL# ⟦DL|41872093⟧   Phone ⟦PH|832-555-0174⟧
Residence: ⟦A|6200 Bellaire Blvd Apt 1108, Houston TX 77081⟧
Narrative: RP states that on ⟦o:D|06/09/2024⟧ between ⟦o:T|1300⟧ and ⟦o:T|1530⟧ hrs his vehicle was burglarized in the parking lot of Hong Kong City Mall. Items taken: wallet containing Visa ⟦CC|4319 4002 0011 2233⟧, Chase debit card, and passport ⟦PP|566103827⟧.
Suspect 2: ⟦P|Tyrell James Washington⟧ (arrested), DL ⟦DL|TX 27705514⟧, currently at Harris County jail.
Officer: Sgt. ⟦P|M. Alvarado⟧ #4471""",
    )
    r(
        "en_GB",
        "discharge_summary",
        """ST THOMAS' HOSPITAL — DISCHARGE LETTER
Patient: ⟦P|AKINYI, Wanjiru Grace⟧    Hospital No: ⟦MRN|K0488213⟧    NHS No: ⟦NID@gb.nhs|485 777 3457⟧
DOB: ⟦DOB|22-Jan-1994⟧     Ward: Florence Nightingale
GP: Dr ⟦P|P. Horvath⟧, Lambeth Walk Group Practice
Admitted ⟦o:D|02/06/2024⟧ with pyelonephritis; discharged ⟦o:D|06/06/2024⟧.
Lab ref ⟦o:REQ|LIMS-24-0918877⟧. Follow-up urine culture in ⟦o:QTY|2 weeks⟧.
Patient lives with partner in ⟦L|Brixton⟧; partner ⟦P|Daniel Mwangi⟧ ⟦PH|07458 220 913⟧.""",
    )
    r(
        "en_US",
        "medical_record",
        """Epic — Encounter summary  (printed ⟦o:D|06/20/2024⟧ ⟦o:T|15:47⟧)
⟦P|WALKER, TRAVIS⟧   MRN ⟦MRN|E1004782291⟧   CSN ⟦o:TKT|300948812⟧
DOB ⟦DOB|1/19/2006⟧  Age 18 y  Legal sex M
Coverage: Medicaid (TX) ⟦HPN|518442073⟧
Guarantor: ⟦P|Sharon Walker⟧, ⟦A|310 Oak Hollow Ct, Tyler TX 75703⟧, SSN ⟦SSN|771-20-4486⟧
Reason for visit: sports physical.""",
    )
    r(
        "de_DE",
        "medical_record",
        """Praxis Dr. med. ⟦P|Aylin Demir⟧ — Fachärztin für Allgemeinmedizin
Karteikarte Pat.-Nr. ⟦MRN|004471⟧
⟦P|Grabowski, Henryk⟧, geb. ⟦DOB|28.02.1944⟧
⟦A|Am Stadtpark 9, 44135 Dortmund⟧
eGK: Versichertennr. ⟦HPN|K719284503⟧, IKK classic
⟦o:D|12.06.24⟧ RR 150/90, Ramipril ⟦o:QTY|5 mg⟧ weiter, Kontrolle in ⟦o:QTY|4 Wo⟧.""",
    )
    r(
        "zh_CN",
        "medical_record",
        """Shanghai Ruijin Hospital — Outpatient record (menzhen bingli)
Xingming: ⟦P|Wang Xiuying⟧   Xingbie: nü   Nianling: 58
Binglihao: ⟦MRN|RJ2024-0418827⟧
Shenfenzheng: ⟦NID@cn.ric|310104196604120427⟧
Yibao ka: ⟦HPN|3101 8842 0715 6630⟧
Lianxi dianhua: ⟦PH|139 1742 0883⟧
Jiuzhen riqi: ⟦o:D|2024-06-05⟧  Keshi: neifenmi ke""",
    )
    r(
        "en_US",
        "bank_letter",
        """Capital One — Your new card is on the way
⟦P|Jessica M. Kowalski⟧
⟦A|PO Box 4471
Cheyenne, WY 82003⟧
Your replacement Discover card is attached below.
Card number ⟦CC|6011 0009 9013 9424⟧   Valid thru ⟦o:D|05/29⟧
Temporary PIN: ⟦S|8813⟧
Activate at capitalone.com/activate or call 1-800-227-4825.
Reference ⟦o:TKT|CO-REPL-2024-004412⟧""",
    )
    r(
        "en_GB",
        "email_thread",
        """From: ⟦P|Tobi Adeyemi⟧ <⟦E~dot_at|tobi dot adeyemi at gmail dot com⟧>
To: bookings@harbourviewhotel.co.uk
Subject: Re: card guarantee

Sorry the form wasn't working, card is ⟦CC~fullwidth|５４１３　７７４４　０９１２　９８８９⟧ exp ⟦o:D|08/27⟧ security code ⟦S|771⟧
Name on card ⟦P|O. T. ADEYEMI⟧. We arrive ⟦o:D|Friday 19 July⟧, booking ⟦o:TKT|HVH-88124⟧.
Mobile ⟦PH~spelled|oh seven seven one two, three four four, nine oh one⟧
Cheers, Tobi""",
    )
    r(
        "en_CA",
        "ocr_form",
        """PASSPORT APPLICATION (PPTC 153) — scanned page 1
Surname ⟦P|DESROCHERS⟧   Given names ⟦P|Étienne Joseph⟧
Date of birth ⟦DOB|1 9 8 2 / 0 6 / 1 4⟧  Place of birth ⟦L|Trois-Rivières⟧ QC
Previous passport no. ⟦PP|GA4471938⟧
Home address ⟦A|219, rue Laviolette, Trois-Rivières (Québec) G9A 1V2⟧
Tel ⟦PH|819 555-0104⟧
SIN (optional) ⟦NID@ca.sin|720 345 198⟧
Driver's licence (QC) ⟦DL|D6265-140682-07⟧""",
    )
    r(
        "en_ZA",
        "application_form",
        """SASSA / Bank debit order mandate
Account holder: Mrs ⟦P|Lindiwe Zulu⟧ → ⟦P|Lindiwe Precious Zulu⟧
ID number: ⟦NID@za.idnr|6905125800080⟧
Bank: Standard Bank  Branch: Durban North ⟦a:BC|051001⟧
Account no: ⟦BBAN|2718 4470 1⟧
Card for verification: ⟦CC|5522 0411 9378 0048⟧
Cell ⟦PH|0731234471⟧  Address ⟦A|14 Umhlanga Rocks Drive, Durban North, 4051⟧
Date ⟦o:D|2024-06-27⟧  Reference ⟦o:TKT|DO-88120⟧""",
    )
    r(
        "es_ES",
        "ci_log",
        """[INFO ] ⟦o:D|2024-06-18⟧ ⟦o:T|10:22:41,118⟧ [main] Conectando a ⟦UC|jdbc:mysql://erp_user:Madrid%2A2024@192.168.1.50:3306/nominas⟧
[WARN ] ⟦o:D|2024-06-18⟧ ⟦o:T|10:22:41,552⟧ Usuario de prueba creado: ⟦P|Lucía Martín Prieto⟧ DNI ⟦NID@es.dni|53217804J⟧
[DEBUG] token SII = ⟦S|AEAT-7Kx9Qm2LvT4pR8wN1yB6⟧
[ERROR] ⟦o:D|2024-06-18⟧ ⟦o:T|10:22:43,009⟧ ⟦o:ERR|ORA-12541⟧ TNS:no listener (intento ⟦o:QTY|3⟧/⟦o:QTY|5⟧)""",
    )
    r(
        "he_IL",
        "bank_statement",
        """Bank Hapoalim — Dapei heshbon
Shem: ⟦P|Avraham Cohen-Levi⟧   T.Z. ⟦NID@il.idnr|312456072⟧
Snif ⟦a:BC|12-688⟧  Heshbon ⟦BBAN|12-688-441207⟧
IBAN ⟦IBAN|IL62 0108 0000 0009 9999 999⟧
Ktovet: ⟦A|Rehov HaPalmach 24, Yerushalayim 9254209⟧
⟦o:D|03/06/24⟧ Hashkara Maskoret ⟦o:AMT|+18,420.00⟧
⟦o:D|05/06/24⟧ Isracard ⟦o:AMT|-6,112.37⟧ (kartis ⟦CC|4580 1234 5678 9015⟧)""",
    )
    r(
        "de_DE",
        "email_thread",
        """Von: ⟦P|Ömer Çelik⟧ <⟦E|oemer.celik@web.de⟧>
An: vermietung@wohnbau-nord.de
Betreff: Kaution zurück

Hallo, bitte die Kaution auf dieses Konto überweisen:
⟦IBAN~zwsp|DE​42 2505 0180 ​0910 0447 12⟧
(Kontoinhaber ⟦P|Ö. Çelik⟧). Ich wohne jetzt bei meiner Schwester in ⟦L|Bremerhaven⟧, Post bitte an ⟦A|c/o Çelik, Hafenstr. 118, 27576 Bremerhaven⟧.
Gruß Ömer
Handy ⟦PH~linebreak|0157
 3321 8840⟧""",
    )
    r(
        "en_US",
        "ci_log",
        """==> deploy.log (render.com) ⟦o:D|2024-06-25⟧ ⟦o:T|03:02:19Z⟧
==> Using Node ⟦o:VER|20.11.1⟧
==> DATABASE_URL=⟦UC|postgres://ph_admin:Tr0ub4dor%263@dpg-cp41kq-a.oregon-postgres.render.com/clinic_prod⟧
==> TWILIO_AUTH_TOKEN=⟦S|9f2c7e1a4b8d3f60e5a1c9b7d2f4e8a0⟧
==> seeded demo patient ⟦P|Rosa Delgado⟧ MRN ⟦MRN|CLN-000884⟧ DOB ⟦DOB|1955-03-12⟧
==> Build successful 🎉 (⟦o:QTY|48s⟧)""",
    )
    r(
        "en_US",
        "bank_letter",
        """Wells Fargo — Confirmation of wire transfer ⟦o:REQ|WF-20240612-004471⟧
Sender: ⟦P|Robert E. Lindgren⟧   Account ⟦BBAN|7700481293⟧
Beneficiary: ⟦P|Ingrid Lindgren Sørensen⟧
Beneficiary IBAN: ⟦IBAN|NO93 8601 1117 947⟧  SWIFT ⟦a:BC|DNBANOKK⟧
Beneficiary address: ⟦A|Thereses gate 14B, 0452 Oslo, Norway⟧
Amount ⟦o:AMT|USD 12,500.00⟧  Fee ⟦o:AMT|$45.00⟧
Online banking one-time passcode used: ⟦S|660418⟧""",
    )
    r(
        "no_NO",
        "tax_document",
        """Skattemelding 2023 — kvittering
Navn: ⟦P|Sindre Aas Johannessen⟧
Fødselsnummer: ⟦NID@no.fodselsnummer|03117549169⟧
Adresse: ⟦A|Storgata 41, 9008 Tromsø⟧
Kontonummer for tilbakebetaling: ⟦BBAN|9710.05.03216⟧
Innsendt ⟦o:D|29.04.2024⟧ ⟦o:T|21:14⟧, referanse ⟦o:TKT|SM-2023-884120447⟧
Beregnet skatt ⟦o:AMT|kr 148 912⟧""",
    )
    r(
        "en_IN",
        "insurance_claim",
        """STAR HEALTH — Cashless Pre-authorisation Request
Patient name: ⟦P|Farhan Siddiqui⟧   Age/Sex: 46/M
Policy no.: ⟦o:ORD|P/211114/01/2024/004471⟧   Member ID: ⟦HPN|STAR-0448-1129-77⟧
IP No.: ⟦MRN|IP24-118820⟧   Hospital: Fortis, Mulund
Aadhaar: ⟦NID@in_.aadhaar|4973 1836 2050⟧
Address: ⟦A|C-12, Gulmohar Society, LBS Marg, Ghatkopar West, Mumbai 400086⟧
Attendant: ⟦P|Nazia Siddiqui⟧ (wife) ⟦PH|98201 44718⟧
Estimated cost ⟦o:AMT|₹ 2,85,000⟧""",
    )
    r(
        "en_GB",
        "config_yaml",
        """# ansible/group_vars/vault.yml (decrypted by mistake and pasted in Slack)
mysql_root_password: ⟦S|Wh1tby-Abbey-1890⟧
backup_s3_secret: ⟦S|7uQm2Xk9LpT4vR8wN1zB6yC3dF0gH5jA2eS8⟧
admin_users:
  - name: ⟦P|Gareth Llewellyn⟧
    email: ⟦E|gareth.llewellyn@cymru-it.co.uk⟧
    ssh_from: ⟦IP|86.14.220.7⟧
monitoring_url: ⟦UC|https://grafana-admin:Cardiff2024!@monitor.cymru-it.co.uk/⟧""",
    )
    r(
        "en_US",
        "court_record",
        """UNITED STATES BANKRUPTCY COURT — DISTRICT OF ARIZONA
In re: ⟦P|Samantha Rae Holcomb⟧, Debtor.        Case No. ⟦o:TKT|2:24-bk-04471-DPC⟧
Voluntary Petition (Official Form 101), Part 1
Last 4 digits of SSN: xxx-xx-6628
Full SSN (sealed exhibit): ⟦SSN|049-58-3321⟧
Street address: ⟦A|1847 W Camelback Rd, Unit 22, Phoenix, AZ 85015⟧
Debtor resides in ⟦L|Phoenix⟧, Maricopa County.
Driver's license ⟦DL|D08812470⟧ (AZ)""",
    )
    r(
        "en_SG",
        "booking_confirmation",
        """Singapore Airlines — Booking Reference ⟦o:TKT|6XQT9P⟧
Passenger 1: MR ⟦P|RAJAGOPAL KRISHNAN⟧  KrisFlyer ⟦o:TKT|8812047331⟧
Passenger 2: MRS ⟦P|LAKSHMI RAJAGOPAL⟧
⟦o:FLT|SQ 322⟧  SIN → LHR  ⟦o:D|02 Aug 2024⟧  ⟦o:T|23:35⟧  Seats ⟦o:TKT|61A⟧ ⟦o:TKT|61C⟧
APIS: passport ⟦PP|K2290417N⟧ (SGP), ⟦PP|K1188205M⟧ (SGP)
Paid with Amex ⟦CC|3782 822463 10005⟧
Contact ⟦PH|+65 8123 9904⟧""",
    )
    r(
        "fr_FR",
        "police_report",
        """PROCÈS-VERBAL DE PLAINTE  n° ⟦o:TKT|2024/008812⟧ — Commissariat de Lille-Centre
Nous, ⟦P|Lucas Morel⟧, brigadier de police, recevons la plainte de :
Mme ⟦P|Nadia Haddou⟧, née le ⟦DOB|17/05/1989⟧ à ⟦L|Roubaix⟧, demeurant ⟦A|27 rue Solférino, 59000 Lille⟧,
téléphone ⟦PH|07 81 44 20 93⟧, titulaire du permis de conduire n° ⟦DL|130759200417⟧,
qui déclare le vol de sa carte bancaire ⟦CC|4901 7100 9876 5437⟧ le ⟦o:D|10 juin 2024⟧ vers ⟦o:T|18 h 30⟧.""",
    )
    r(
        "pl_PL",
        "email_thread",
        """Od: ⟦P|Krzysztof Wiśniewski⟧ <⟦E|k.wisniewski@o2.pl⟧>
Do: kadry@transbud.pl
Temat: dane do umowy

dzień dobry, przesyłam dane:
PESEL ⟦NID@pl.pesel~fullwidth|８８１２０７９１３４５⟧ (przepisane z telefonu, sorry za dziwną czcionkę)
dowód osobisty ⟦NID|AXB 447120⟧
adres zameldowania ⟦A|os. Stefana Batorego 14/22, 60-687 Poznań⟧, obecnie mieszkam w ⟦L|Gnieźnie⟧
konto ⟦IBAN|PL58 2490 0004 9876 5432 1098 7654⟧
tel. ⟦PH|+48 601 224 718⟧
pozdrawiam, K.W.""",
    )
    r(
        "en_US",
        "spreadsheet_pipe",
        """| patient            | mrn        | dob        | insurance id     | room |
|--------------------|------------|------------|------------------|------|
| ⟦P|Okafor, Chidi⟧      | ⟦MRN|00917734⟧   | ⟦DOB|02/11/1958⟧ | ⟦HPN|MCR 1EG4TE5MK74⟧   | ⟦o:ROW|412⟧  |
| ⟦P|Brennan, Siobhan⟧   | ⟦MRN~linebreak|0091
7791⟧ | ⟦DOB|12/30/1971⟧ | ⟦HPN|UHC 908812447⟧    | ⟦o:ROW|415⟧  |
| ⟦P|Al-Sayed, Mariam⟧   | ⟦MRN|00918002⟧   | ⟦DOB|05/05/1990⟧ | ⟦HPN|AET W2291044718⟧  | ⟦o:ROW|417⟧  |
census printed ⟦o:D|06/22/2024⟧ ⟦o:T|06:00⟧ — 4 West, charge RN ⟦P|K. Yamamoto⟧""",
    )
    r(
        "it_IT",
        "booking_confirmation",
        """Trenitalia — Biglietto elettronico  PNR ⟦o:TKT|QX7K2M⟧  CP ⟦o:TKT|2891 0044 7120⟧
Passeggero: ⟦P|Giuseppe D'Angelo⟧
Frecciarossa ⟦o:FLT|9541⟧ Milano Centrale ⟦o:T|08:00⟧ → Napoli Centrale ⟦o:T|12:33⟧, ⟦o:D|20/07/2024⟧
Carrozza 6, posto 11A — Offerta Senior (nato il ⟦DOB|30.11.1952⟧)
Documento: carta d'identità ⟦NID|CA 44712 BD⟧
Email ⟦E~zwsp|giuseppe.dangelo52@\u200blibero.it⟧  Cell ⟦PH|+39 338 120 4471⟧
Il passeggero risiede a ⟦L|Pozzuoli⟧.""",
    )


load(r)


def main():
    rows = []
    for i, (loc, sty, src) in enumerate(R):
        text, spans = parse(src)
        rec = {
            "id": f"h7b-{i:05d}",
            "locale": loc,
            "style": sty,
            "text": text,
            "sensitive": [],
            "ordinary": [],
            "ambiguous": [],
        }
        allsp = []
        for b, sp, val in spans:
            assert text[sp["start"] : sp["end"]] == val
            rec[b].append(sp)
            allsp.append(sp)
        allsp.sort(key=lambda s: s["start"])
        for a, b2 in zip(allsp, allsp[1:]):
            assert a["end"] <= b2["start"], ("overlap", rec["id"], a, b2)
        for b in ("sensitive", "ordinary", "ambiguous"):
            rec[b].sort(key=lambda s: s["start"])
        rows.append(rec)
    with open("heldout7b.jsonl", "w", encoding="utf-8") as f:
        for rec in rows:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    from collections import Counter

    c = Counter()
    co = Counter()
    ca = Counter()
    for rec in rows:
        c.update(s["kind"] for s in rec["sensitive"])
        co.update(s["kind"] for s in rec["ordinary"])
        ca.update(s["kind"] for s in rec["ambiguous"])
    print("records", len(rows), "no-sensitive", sum(1 for x in rows if not x["sensitive"]))
    print("sensitive", sum(c.values()), dict(sorted(c.items())))
    print("ordinary", sum(co.values()), dict(sorted(co.items())))
    print("ambiguous", sum(ca.values()), dict(ca))
    print("locales", dict(Counter(x["locale"] for x in rows)))


if __name__ == "__main__":
    main()
