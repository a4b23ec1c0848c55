#!/usr/bin/env python3
"""Build heldout6b.jsonl from hand-written records with inline markup.
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
    r(
        "en_US",
        "crm_export",
        """customer_id,first_name,last_name,dob,email,phone,street,city,state,zip,ltv_usd,last_order
⟦o:ROW|C-0091724⟧,⟦P|Latoya⟧,⟦P|Whitfield⟧,⟦DOB|1987-03-22⟧,⟦E|latoya.whitfield87@gmail.com⟧,⟦PH|+1 404-555-0193⟧,⟦A|2218 Cascade Rd SW Apt 4B,Atlanta,GA,30311⟧,⟦o:AMT|1842.50⟧,⟦o:ORD|SO-558120⟧
⟦o:ROW|C-0091725⟧,⟦P|Dmitri⟧,⟦P|Volkonsky⟧,⟦DOB|1979-11-02⟧,⟦E|dvolkonsky@outlook.com⟧,⟦PH|(718) 555-0144⟧,⟦A|93-14 Queens Blvd #12F,Rego Park,NY,11374⟧,⟦o:AMT|310.00⟧,⟦o:ORD|SO-558164⟧""",
    )
    r(
        "en_US",
        "crm_note",
        """Case ⟦o:TKT|CS-20417⟧ — caller identified as ⟦P|Harold Ng⟧, verified with last 4 of SSN and DOB ⟦DOB|7/9/1952⟧. Says his daughter ⟦P|Emily Ng-Castillo⟧ should be added as authorised contact, her cell is ⟦PH|650.555.0172⟧. Full SSN on file: ⟦SSN|531-27-4408⟧ (pls stop pasting this in notes!!). Refund of ⟦o:AMT|$89.99⟧ issued for ⟦o:ORD|order 7730-1192⟧.""",
    )
    r(
        "en_GB",
        "crm_note",
        """Spoke to ⟦P|Siobhan Fairweather⟧ at 14:10. Moving house — new address ⟦A|Flat 3, 27 Ashgrove Terrace, Leeds LS6 2QX⟧ from ⟦o:D|1 May⟧. Old addr ⟦A|14 Kirkstall Lane, Leeds LS5 3BD⟧ to be closed. Mob ⟦PH|07700 900418⟧. Direct debit stays on the same account, sort code ⟦a:BC|40-11-62⟧ acc ⟦BBAN|31926819⟧. No change to tariff ⟦o:PROD|Fix & Save 24M⟧.""",
    )
    r(
        "en_US",
        "json_ticket",
        """Pasting the payload that failed validation (req ⟦o:REQ|req_8f3ka91LmZ2⟧):
{
  "custFullName": "⟦P|Bartholomew K. Adeyemi⟧",
  "custDob": "⟦DOB|04/17/1990⟧",
  "addr_line1": "⟦A|5540 Wisteria Way⟧",
  "addr_line2": "⟦A|Unit 12⟧",
  "city": "⟦L|Plano⟧",
  "postalCode": "⟦a:PC|75024⟧",
  "ssn": "⟦SSN|284619037⟧",
  "cardNumber": "⟦CC|4532 0187 3366 0121⟧",
  "amount": ⟦o:AMT|129.00⟧,
  "currency": "USD"
}
error was ⟦o:ERR|E_VALIDATION_4021⟧ on field addr_line2, not the SSN. Ignore the PII, I'll scrub later""",
    )
    r(
        "en_US",
        "log",
        '''2024-06-11T09:41:07.332Z INFO  [auth-svc] login ok user=⟦E|r.castellanos@brightpath-health.org⟧ src_ip=⟦IP|73.162.48.211⟧ session=⟦o:UUID|7c1e9a4f-3b2d-4e8a-9f10-5d6c2b8e7a01⟧
2024-06-11T09:41:09.018Z WARN  [auth-svc] mfa skipped for user=⟦E|r.castellanos@brightpath-health.org⟧ reason=trusted_device ver=⟦o:VER|3.14.2⟧
2024-06-11T09:42:55.640Z ERROR [billing] ⟦o:ERR|ERR_CARD_DECLINED⟧ pan=⟦CC|5424180077319645⟧ exp=09/27 cust="⟦P|Rosa Castellanos⟧"''',
    )
    r(
        "en_GB",
        "email_headers",
        """From: "⟦P|Aoife Brennan⟧" <⟦E|aoife.brennan@kellerandroe.co.uk⟧>
To: ⟦P|Tomasz Wiśniewski⟧ <⟦E|t.wisniewski@kellerandroe.co.uk⟧>
Cc: payroll@kellerandroe.co.uk
Date: Tue, 4 Mar 2025 16:22:10 +0000
Subject: FW: P45 for new starter
Message-ID: <⟦o:REQ|CAB7x2Lq9f+0aP@mail.kellerandroe.co.uk⟧>
X-Originating-IP: [⟦IP|81.108.42.17⟧]

⟦P|Tomasz⟧ - his NI number is ⟦NID|JG 84 21 73 B⟧ and DOB ⟦DOB|19/08/1996⟧, start date ⟦o:D|17 March⟧. Can you set him up in Sage before Friday? Name on P45 is ⟦P|Oluwaseun Adebayo-Clarke⟧.""",
    )
    r(
        "en_US",
        "sql",
        """-- hotfix for ⟦o:TKT|DATA-3381⟧, run by ⟦P|kwame.asante⟧ on prod
UPDATE customers SET email = '⟦E|j.morales.1974@yahoo.com⟧', phone = '⟦PH|2105550163⟧'
 WHERE customer_id = ⟦o:ROW|448120⟧ AND last_name = '⟦P|Morales⟧';
-- verified with ⟦P|Javier Morales⟧ by phone, DOB matches (⟦DOB|1974-02-09⟧)
SELECT * FROM orders WHERE customer_id = ⟦o:ROW|448120⟧ AND created_at > '⟦o:D|2024-01-01⟧';""",
    )
    r(
        "en_US",
        "env_file",
        """# .env.production  (DO NOT COMMIT)  -- ⟦P|dana⟧ pls rotate after the demo
APP_ENV=production
APP_VERSION=⟦o:VER|2.8.0-rc3⟧
DATABASE_URL=⟦UC|postgres://app_rw:Wq7!vR2zLp@db-prod-01.internal:5432/orders⟧
REDIS_URL=redis://cache-01.internal:6379/0
STRIPE_SECRET_KEY=⟦S|sk_live_51Hx9aKJf2TqP0vLm8nRb3WcYz⟧
SENDGRID_API_KEY=⟦S|SG.q3XkP9v2Rm0.hJ7wLd5Tn1cVb8Zs4Yf6Gu2Ae0Ki9Oq⟧
SUPPORT_INBOX=support@example.com
MAX_UPLOAD_MB=25""",
    )
    r(
        "en_US",
        "shell_history",
        """  501  cd ~/deploy && git pull
  502  git log -1 --format=%H
  503  # ⟦o:SHA|9f2c41d7b0a8e3c56d14f7e2a9b03c8d1e5f6a72⟧
  504  export AWS_SECRET_ACCESS_KEY=⟦S|wJalrXUtnFEMI/K7MDENG/bPxRfiCYzq93LkA1xv⟧
  505  mysql -h ⟦IP|10.42.7.19⟧ -u ⟦P|mhernandez⟧ -p'⟦S|Tacos4Ever!2023⟧' crm_prod
  506  scp backup_⟦o:D|2024-05-30⟧.sql.gz ⟦P|mhernandez⟧@⟦IP|172.31.9.204⟧:/srv/backups/
  507  history | tail""",
    )
    r(
        "en_US",
        "http_request",
        """POST /api/v2/applications?ref=partner_77&utm_source=email HTTP/1.1
Host: apply.northstarlending.com
Authorization: Bearer ⟦S|eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI0NDgxMiJ9.3xLq8mTz0R9vYpKc2WnHs5DbFj6Ue1Ga⟧
X-Request-Id: ⟦o:REQ|a81f3c09-77de-4b2c-9e45-0f6d3b12c8aa⟧
X-Forwarded-For: ⟦IP|98.214.133.7⟧
Content-Type: application/x-www-form-urlencoded

applicant_name=⟦P~urlenc|Trinh%20Van%20Minh⟧&dob=⟦DOB~urlenc|1985%2D10%2D30⟧&email=⟦E~urlenc|trinh.minh85%40gmail.com⟧&loan_amt=⟦o:AMT|15000⟧&term=60""",
    )
    r(
        "de_DE",
        "hr_record",
        """Personalstammblatt
Name: ⟦P|Schäfer⟧, Vorname: ⟦P|Jörg-Friedrich⟧
Geburtsdatum: ⟦DOB|03.11.1968⟧   Geburtsort: ⟦L|Bielefeld⟧
Anschrift: ⟦A|Lindenstraße 42a, 33602 Bielefeld⟧
Steuer-ID: ⟦TAX@de.idnr|36 841 579 307⟧   Steuerklasse: III
Bankverbindung: ⟦IBAN|DE44 5001 0517 5407 3249 31⟧
Eintritt: ⟦o:D|01.04.2019⟧   Kostenstelle: ⟦o:ROW|KST-4410⟧   Bruttogehalt: ⟦o:AMT|4.850,00 €⟧""",
    )
    r(
        "de_DE",
        "chat",
        """[09:12] ⟦P|Lena Hoffmann⟧: kannst du bei Frau ⟦P|Yıldız⟧ nochmal die Steuer-ID prüfen? ELSTER meckert ⟦o:ERR|Fehler 610301202⟧
[09:14] ⟦P|Mehmet Kaya⟧: hab ich, steht als ⟦TAX@de.idnr|57120934854⟧ drin, passt eigentlich
[09:15] ⟦P|Lena Hoffmann⟧: ok dann liegts am Geburtsdatum, sie hat ⟦DOB|7.2.1991⟧ nicht 2.7.
[09:15] ⟦P|Mehmet Kaya⟧: 👍 ändere ich in ⟦o:PROD|DATEV LODAS⟧""",
    )
    r(
        "fr_FR",
        "kyc_review",
        """Dossier KYC ⟦o:ROW|KYC-2024-008812⟧ — revue niveau 2
Titulaire : M. ⟦P|Jean-Baptiste Lefèvre-Moreau⟧, né le ⟦DOB|12 juin 1979⟧ à ⟦L|Rennes⟧
N° de sécurité sociale : ⟦NID@fr.nir|1 79 05 99 350 046 12⟧
Adresse déclarée : ⟦A|8, rue des Tanneurs, Appt 21, 35000 Rennes⟧
Justificatif : facture EDF du ⟦o:D|03/02/2024⟧ — OK
Passeport : ⟦PP|19FV48213⟧ (exp. ⟦o:D|2029⟧)
IBAN versement : ⟦IBAN|FR45 3000 3012 3400 0201 8372 K00⟧
Avis : RAS, PEP = non. Analyste : ⟦P|C. Dubois⟧""",
    )
    r(
        "es_ES",
        "crm_note",
        """Llamada entrante 11:40. Cliente ⟦P|María del Carmen Ruiz Jiménez⟧, DNI ⟦NID@es.dni|48291736-Q⟧, solicita cambio de domicilio a ⟦A|C/ Doctor Fleming 14, 3º izda., 28036 Madrid⟧. Teléfono de contacto ⟦PH|+34 612 48 93 07⟧. Se le informa de que el recibo de ⟦o:AMT|47,90 €⟧ de ⟦o:D|marzo⟧ ya está emitido (factura ⟦o:INV|FV-24-031877⟧).""",
    )
    r(
        "it_IT",
        "form_ocr",
        """MODULO  DI  ADESIONE   -  FONDO  PENSIONE
COGNOME   ⟦P|BIANCHI⟧              NOME  ⟦P|GIULIA⟧
CODICE  FISCALE  ⟦NID@it.codicefiscale|BNCGLI91H52F205E⟧
NATA  A  ⟦L|MILANO⟧   IL  ⟦DOB|12 / 06 / 1991⟧
RESIDENTE  IN  ⟦A|VIA  PAOLO  SARPI  37 ,  20154  MILANO  (MI)⟧
TEL  ⟦PH|02  4851  9372⟧    CELL.  ⟦PH|347  218  6604⟧
E-MAIL  ⟦E|giulia.bianchi91@libero.it⟧
Pratica  n.  ⟦o:ROW|FP/2023/11840⟧""",
    )
    r(
        "nl_BE",
        "hr_record",
        """Werknemer: ⟦P|Pieter Van den Broeck⟧
Rijksregisternummer: ⟦NID@be.nn|85.07.30-033.28⟧
Geboortedatum: ⟦DOB|30/07/1985⟧
Adres: ⟦A|Kerkstraat 118 bus 3, 9050 Gentbrugge⟧
Rekeningnummer: ⟦IBAN|BE68 0017 3958 2034⟧
Statuut: bediende — PC ⟦o:ROW|200⟧, bruto ⟦o:AMT|3.612,40 EUR⟧
Contact bij nood: ⟦P|Sofie Peeters⟧ ⟦PH|0476 31 22 89⟧""",
    )
    r(
        "pl_PL",
        "kyc_review",
        """Weryfikacja klienta — wniosek ⟦o:ROW|WN/2024/05/3317⟧
Imię i nazwisko: ⟦P|Agnieszka Zielińska-Nowak⟧
PESEL: ⟦NID@pl.pesel|88071412878⟧
Data urodzenia: ⟦DOB|14.07.1988⟧
Dowód osobisty: ⟦NID|CBZ 482193⟧
Adres: ⟦A|ul. Marszałkowska 84/92 m. 115, 00-514 Warszawa⟧
Nr rachunku: ⟦IBAN|PL23 2490 0004 0000 0000 1283 7465⟧
Decyzja: pozytywna, limit ⟦o:AMT|12 000 zł⟧. Weryfikował: ⟦P|Krzysztof Lewandowski⟧""",
    )
    r(
        "sv_SE",
        "support_ticket",
        """Ärende ⟦o:TKT|SUP-77120⟧
Kund: ⟦P|Ingrid Lindqvist⟧ (personnr ⟦NID@se.personnummer|811218-9876⟧)
Adress: ⟦A|Storgatan 12 lgh 1102, 411 38 Göteborg⟧
Tel: ⟦PH|070-482 19 33⟧
Kunden har fått dubbeldebitering på faktura ⟦o:INV|88231904⟧ om ⟦o:AMT|1 249 kr⟧. Återbetalning till konto ⟦IBAN|SE20 8000 0832 7900 0012 3456⟧ godkänd av ⟦P|Johan Ek⟧.""",
    )
    r(
        "fi_FI",
        "clinical_handover",
        """Siirtoraportti osastolle 4B
Potilas: ⟦P|Aino Korhonen⟧, hetu ⟦NID@fi.hetu|131052-308T⟧
Potilasnro: ⟦MRN|TYKS-0048213⟧
Dg: vasemman reisiluun kaulan murtuma, leikattu ⟦o:D|12.3.⟧ klo ⟦o:T|14.20⟧
Omainen: tytär ⟦P|Riikka Korhonen-Mäkelä⟧ p. ⟦PH|040 718 2239⟧
Kotiosoite: ⟦A|Hämeenkatu 19 B 8, 20500 Turku⟧""",
    )
    r(
        "hu_HU",
        "payroll",
        """Munkavállaló: ⟦P|Nagy Zsófia⟧
Adóazonosító jel: ⟦TAX|8417093526⟧
TAJ szám: ⟦HPN|037 482 915⟧
Születési idő: ⟦DOB|1992. 04. 27.⟧
Lakcím: ⟦A|1066 Budapest, Teréz krt. 24. II/7.⟧
Bankszámla: ⟦BBAN|11600006-00000000-48219374⟧
Bruttó bér: ⟦o:AMT|612 500 Ft⟧, kifizetés: ⟦o:D|2024.06.10.⟧""",
    )
    r(
        "en_GB",
        "clinical_handover",
        """SBAR handover — Ward 7 (Respiratory), night → day
S: ⟦P|Gwendolyn Hartley-Pugh⟧, 81F, bed 14. NHS no ⟦NID@gb.nhs|482 913 7053⟧, hosp no ⟦MRN|RJ1-4471902⟧
B: admitted ⟦o:D|02/05⟧ with CAP, background COPD, AF on apixaban. DOB ⟦DOB|11/09/1943⟧.
A: sats 91% on 2L, RR 22. CRP down to 84. Obs stable overnight.
R: d/w Dr ⟦P|Okonkwo⟧ re step-down to oral abx. NOK son ⟦P|Trevor Hartley⟧ ⟦PH|07911 123 487⟧ wants a call before ⟦o:T|10:00⟧.""",
    )
    r(
        "en_US",
        "discharge_summary",
        """DISCHARGE SUMMARY
Patient: ⟦P|Ramírez, Alejandro J.⟧     MRN: ⟦MRN|00738215⟧     DOB: ⟦DOB|01/23/1961⟧
Admit: ⟦o:D|05/02/2024⟧   Discharge: ⟦o:D|05/06/2024⟧   Attending: ⟦P|Susan Patel⟧, MD
Insurance: Aetna PPO, member ID ⟦HPN|W281746039⟧, group ⟦o:ROW|0871234⟧
Dx: NSTEMI s/p PCI to LAD (DES x1). Meds: ASA 81 mg, ticagrelor ⟦o:QTY|90 mg BID⟧, atorvastatin 80 mg.
Follow-up: cardiology clinic in ⟦o:QTY|2 weeks⟧. Pt lives with wife ⟦P|Carmen⟧ at ⟦A|1712 E Monte Vista Ave, Phoenix, AZ 85006⟧; home ph ⟦PH|602-555-0139⟧.""",
    )
    r(
        "en_US",
        "lab_order",
        """LAB REQUISITION  #⟦o:ROW|LR-2024-118307⟧
Ordering provider: Dr. ⟦P|Michael Oyelaran⟧  NPI 1487362950
Patient: ⟦P|Kimberly Ann Tso⟧   Sex: F   DOB: ⟦DOB|Aug 4 1978⟧
MRN ⟦MRN|MRN-5510248⟧   Ins: BCBS IL ⟦HPN|XOF882194370⟧
Tests: CMP (⟦o:SKU|80053⟧), Lipid panel (⟦o:SKU|80061⟧), HbA1c (⟦o:SKU|83036⟧)
Fasting: Y   Collect: ⟦o:D|06/14/2024⟧ ⟦o:T|07:30⟧
Pt phone ⟦PH|(773) 555-0121⟧""",
    )
    r(
        "en_IE",
        "clinical_note",
        """GP referral letter
Re: ⟦P|Ciarán Ó Súilleabháin⟧, DOB ⟦DOB|02-Feb-1974⟧, PPSN ⟦NID@ie.pps|6433435F⟧
Address: ⟦A|Apt 6, Riverside Court, Dock Road, Limerick V94 X2E1⟧
Dear Dr ⟦P|Fitzgerald⟧, I'd be grateful if you would see this 50yo man with a ⟦o:QTY|3-month⟧ hx of exertional chest tightness. ECG attached. He has a medical card ⟦HPN|0841927M⟧. Mobile ⟦PH|087 219 4410⟧.
Yours sincerely, Dr ⟦P|Niamh Gallagher⟧, ⟦L|Castletroy⟧ Family Practice""",
    )
    r(
        "en_ZA",
        "insurance_claim",
        """CLAIM ADJUDICATION — ⟦o:ROW|CLM-ZA-2024-0093317⟧
Member: ⟦P|Thandiwe Nkosi⟧   ID no: ⟦NID@za.idnr|8804155091082⟧
Medical aid no: ⟦HPN|DIS 118 274 903⟧  Dependant code 00
Provider: Netcare Sunninghill — practice no 5200296
Service date ⟦o:D|2024/04/18⟧, tariff ⟦o:SKU|0190⟧, amount claimed ⟦o:AMT|R 1 480,00⟧, paid ⟦o:AMT|R 1 184,00⟧ (⟦o:PCT|80%⟧ of scheme rate)
Member postal: ⟦A|PO Box 4417, Rivonia, 2128⟧  Cell ⟦PH|082 551 7390⟧
Decision: partially approved — co-payment applies.""",
    )
    r(
        "en_NZ",
        "clinical_note",
        """ED triage note ⟦o:T|02:47⟧
⟦P|Tamati Ngata⟧, 34M, NHI ⟦MRN|ZGT4827⟧. Brought in by partner ⟦P|Mere Rāwiri⟧ after fall from ladder at home (⟦A|16 Kowhai Street, Ōtaki 5512⟧). GCS 15. Deformity L wrist. Analgesia given. Contact for partner: ⟦PH|021 448 902⟧. ACC claim ⟦o:ROW|ACC45-88120473⟧ started.""",
    )
    r(
        "en_SG",
        "insurance_claim",
        """Claim form (hospitalisation)
Insured: ⟦P|Tan Wei Ling⟧   NRIC: ⟦NID|S8812345D⟧
Policy no: ⟦HPN|PRU-HS-7720148⟧
Hospital: Mount Elizabeth, adm ⟦o:D|3 Jan 2024⟧, disc ⟦o:D|6 Jan 2024⟧
Bill: ⟦o:AMT|S$ 14,382.60⟧, claimed under ⟦o:PROD|PRUShield Premier⟧
Address: ⟦A|Blk 412 Ang Mo Kio Ave 10, #08-1127, Singapore 560412⟧
HP: ⟦PH|+65 9127 4430⟧   email ⟦E|weiling.tan88@gmail.com⟧""",
    )
    r(
        "en_US",
        "insurance_claim",
        """EOB review note — claim ⟦o:ROW|1Z4400928173⟧ (not a UPS number, it's our format lol)
Subscriber ⟦P|Gregory Falkenrath⟧, member ⟦HPN|UHC 921-448-307-01⟧, SSN ⟦SSN|603-18-2275⟧
Dependent ⟦P|Olivia Falkenrath⟧ DOB ⟦DOB|2011-05-30⟧
CPT ⟦o:SKU|99214⟧ billed ⟦o:AMT|$245.00⟧ allowed ⟦o:AMT|$132.18⟧. Denial code ⟦o:ERR|CO-97⟧ on the second line — bundled. Adjuster: ⟦P|Renée Bouchard⟧ ext 4471.""",
    )
    r(
        "en_GB",
        "clinical_note",
        """Discharge letter (copy to GP)
Patient ⟦P|Mohammed Iqbal Chaudhry⟧  DOB ⟦DOB|5.3.1957⟧  NHS ⟦NID@gb.nhs|6310482270⟧
Address ⟦A|112 Stratford Road, Sparkhill, Birmingham B11 1AN⟧
Procedure: elective R TKR on ⟦o:D|14/02/2024⟧, uneventful. Enoxaparin for ⟦o:QTY|14 days⟧. Physio follow-up at Heartlands. Next of kin: wife ⟦P|Nasreen⟧ ⟦PH|0121 496 0733⟧.""",
    )
    r(
        "en_US",
        "lab_result",
        """RESULT NOTIFICATION (auto) — do not reply
Accession ⟦o:ROW|A24-0556128⟧  Specimen: serum  Collected ⟦o:D|2024-03-19⟧ ⟦o:T|08:12⟧
Patient MRN ⟦MRN|4418-2290-7⟧  Name ⟦P|WOJCIK, STANLEY⟧
TSH ⟦o:QTY|6.8 mIU/L⟧ (H)   Free T4 ⟦o:QTY|0.9 ng/dL⟧
Routing to Dr. ⟦P|A. Mensah⟧ inbox. Analyzer ⟦o:PROD|Cobas e801⟧ fw ⟦o:VER|05.02.01⟧""",
    )
    r(
        "en_US",
        "slack",
        """⟦P|Jordan Whitaker⟧  10:42 AM
anyone know why ⟦o:PROD|checkout-api⟧ is 502ing? seeing ⟦o:ERR|upstream_reset_before_response⟧ since ⟦o:T|10:31⟧
⟦P|Anjali Deshmukh⟧  10:44 AM
yeah we rolled ⟦o:VER|v4.12.0⟧ at 10:30, rolling back now. PR ⟦o:TKT|#8841⟧
⟦P|Jordan Whitaker⟧  10:45 AM
ty 🙏""",
    )
    r(
        "en_US",
        "slack",
        """⟦P|Brandon Li⟧ 3:02 PM
here's the staging creds so you can repro, delete after: ⟦UC|https://qa_admin:Summer2024!!@staging.fernhill.io/admin⟧
also the grafana token ⟦S|glsa_Xk29PqLm7RvT3nBw8ZcY1dHf5GjK0sUe_4a7c91b2⟧
⟦P|Fatima Al-Sayed⟧ 3:05 PM
got it. fyi you shouldn't paste those in #eng-general 😬""",
    )
    r(
        "en_GB",
        "teams",
        """⟦P|Rhys Llewellyn⟧ 09:03
Morning — the MFA reset for ⟦P|Bethan Morgan⟧ went through. Temp password is ⟦S|Gl4sfryn-Rain-82⟧, she needs to change it at first login. Her recovery codes are in the vault not here.
⟦P|Harriet Okafor⟧ 09:07
Cheers. Her desk phone still shows as ⟦PH|029 2018 4471⟧ in the GAL, is that right?
⟦P|Rhys Llewellyn⟧ 09:08
Yep""",
    )
    r(
        "en_US",
        "jira",
        """⟦o:TKT|PAY-2291⟧: Refund job double-processed ⟦o:QTY|14⟧ transactions
Reporter: ⟦P|Chen Yufei⟧   Assignee: ⟦P|Oscar Lindgren⟧   Priority: P1
Description:
Batch ⟦o:REQ|rb_20240612_0300⟧ ran twice after the scheduler restarted. Affected customers include ⟦P|Deborah Kline⟧ (card ending 0121) and ⟦P|Marcus Ebo⟧. Total overpaid: ⟦o:AMT|$3,118.42⟧.
Repro: see commit ⟦o:SHA|e4a19c2⟧, the idempotency key was dropped.
Env: prod-us-east-1, job runner ⟦o:VER|1.9.3⟧""",
    )
    r(
        "en_US",
        "postmortem",
        """Incident ⟦o:TKT|INC-4471⟧ post-mortem (blameless)
Summary: From ⟦o:T|14:05⟧ to ⟦o:T|15:22 UTC⟧ on ⟦o:D|2024-05-21⟧, ⟦o:PCT|38%⟧ of login requests failed with ⟦o:ERR|HTTP 503⟧.
Root cause: connection pool exhaustion on auth-db after config push ⟦o:SHA|7b3e0f91a2c4⟧ lowered max_connections to 50.
Detection: PagerDuty alert to on-call ⟦P|Sam Okoro⟧ at 14:09.
Impact: ~⟦o:QTY|41,000⟧ users; no data loss.
Action items: (1) add canary for pool config — owner ⟦P|Li Na⟧; (2) alert on pool saturation > ⟦o:PCT|80%⟧ — owner ⟦P|Ricardo Gómez⟧.""",
    )
    r(
        "en_US",
        "stack_trace",
        """Traceback (most recent call last):
  File "/srv/app/billing/charge.py", line 212, in charge_customer
    resp = gateway.charge(token, amount_cents=⟦o:AMT|4999⟧)
  File "/srv/app/venv/lib/python3.11/site-packages/paylib/client.py", line 88, in charge
    raise CardError(code, msg)
paylib.errors.CardError: [⟦o:ERR|card_declined⟧] insufficient_funds (customer=⟦P|Nkechi Obi⟧ <⟦E|nkechi.obi@protonmail.com⟧>, request_id=⟦o:REQ|req_Q8s1ZkP0aLm3⟧)""",
    )
    r(
        "en_US",
        "stack_trace",
        """java.sql.SQLIntegrityConstraintViolationException: Duplicate entry '⟦E|hsingh.eng@gmail.com⟧' for key 'users.email_UNIQUE'
	at com.mysql.cj.jdbc.exceptions.SQLError.createSQLException(SQLError.java:117)
	at com.acme.signup.UserRepository.insert(UserRepository.java:64)
	at com.acme.signup.SignupService.register(SignupService.java:141)
Caused by: request from ⟦IP|2601:644:8500:1e30:9c3b:7f21:aa04:51d2⟧ ua="Mozilla/5.0" build=⟦o:VER|2024.06.3⟧ trace=⟦o:REQ|4bf92f3577b34da6a3ce929d0e0e4736⟧""",
    )
    r(
        "en_US",
        "log",
        """Jun 12 03:14:07 bastion-02 sshd[28811]: Accepted publickey for ⟦P|vkrishnan⟧ from ⟦IP|203.0.113.58⟧ port 52144 ssh2: RSA SHA256:q1Xo...
Jun 12 03:14:22 bastion-02 sudo:  ⟦P|vkrishnan⟧ : TTY=pts/1 ; PWD=/home/⟦P|vkrishnan⟧ ; USER=root ; COMMAND=/usr/bin/systemctl restart nginx
Jun 12 03:15:40 bastion-02 sshd[28901]: Failed password for invalid user admin from ⟦IP|185.220.101.34⟧ port 40022 ssh2""",
    )
    r(
        "en_US",
        "jira",
        """⟦o:TKT|OPS-1182⟧ Upgrade ⟦o:PROD|Kubernetes⟧ control plane to ⟦o:VER|1.29.4⟧
Steps: drain nodes in pool ⟦o:ROW|np-general-03⟧, bump version, verify CoreDNS ⟦o:VER|1.11.1⟧. Maintenance window ⟦o:D|Sat 15 Jun⟧ ⟦o:T|02:00⟧–⟦o:T|04:00 UTC⟧. Rollback plan in runbook RB-17.""",
    )
    r(
        "en_US",
        "slack",
        """ok deploy is green. error rate back to ⟦o:PCT|0.2%⟧, p99 at ⟦o:QTY|340ms⟧. closing ⟦o:TKT|INC-4475⟧ 👍 thanks all""",
    )
    r(
        "en_GB",
        "email_thread",
        """From: ⟦P|Graham Whitcombe⟧ <⟦E|g.whitcombe@harrowfieldtrust.org.uk⟧>
Sent: 12 June 2024 11:47
To: IT Service Desk
Subject: RE: RE: laptop not connecting to VPN

Hi, still not working. The error is ⟦o:ERR|809⟧. My home broadband IP shows as ⟦IP|86.147.22.193⟧ if that helps. Can someone ring me on ⟦PH|+44 (0)1632 960 447⟧? I'm working from home at ⟦A|The Old Forge, Church Lane, Little Bardfield, Essex CM7 4TS⟧ all week.

⟦P|Graham⟧

> From: IT Service Desk
> Your ticket ⟦o:TKT|REQ0048817⟧ has been updated. Please restart the ⟦o:PROD|GlobalProtect⟧ client (version ⟦o:VER|6.1.3⟧).""",
    )
    r(
        "en_US",
        "qa_note",
        """QA scorecard — call ⟦o:ROW|CALL-88123091⟧, agent ⟦P|Destiny Harmon⟧, evaluator ⟦P|Greg Alvarez⟧
Score: ⟦o:PCT|72%⟧ (fail on compliance)
- Agent read back full card number ⟦CC|6011 0009 9013 9424⟧ to the caller — automatic fail, PCI.
- Verified caller Mrs. ⟦P|Janet Kowalczyk⟧ with DOB ⟦DOB|June 3rd 1956⟧ and zip ⟦a:PC|44107⟧ — ok.
- Did not offer callback number. Coaching scheduled ⟦o:D|6/20⟧.""",
    )
    r(
        "en_GB",
        "qa_note",
        """Call QA 14/06 — agent ⟦P|Kieran Doyle⟧ — customer ⟦P|Edna Sutcliffe⟧ (acct ⟦o:ROW|88402-117⟧)
Good empathy, clear on the ⟦o:AMT|£62.40⟧ credit. BUT took payment over the phone and repeated the long number AND security code aloud ("⟦CC~spelled|four nine one six, seven one four two, zero zero three six, eight five three nine⟧ ... ⟦S~spelled|seven two one⟧"). Customer's postcode ⟦a:PC|HD1 4QR⟧ was confirmed properly. Mark: 2/5.""",
    )
    r(
        "en_US",
        "shipping_manifest",
        """MANIFEST ⟦o:ROW|MNF-2024-06-11-017⟧   Carrier: FedEx Ground   Trailer ⟦o:ROW|TRL 55821⟧
#  TRACKING            CONSIGNEE                 ADDRESS                                         WT
1  ⟦o:TRK|7712 4590 3381⟧   ⟦P|Hernandez, Lucia⟧          ⟦A|418 N Alvarado St, Los Angeles CA 90026⟧          ⟦o:QTY|4.2 lb⟧
2  ⟦o:TRK|7712 4590 3392⟧   ⟦P|O'Brien, Patrick⟧          ⟦A|77 Beacon St Apt 5, Somerville MA 02143⟧           ⟦o:QTY|11.0 lb⟧
3  ⟦o:TRK|7712 4590 3406⟧   ⟦P|Nakamura, Kenji⟧           ⟦A|2301 Westlake Ave N #904, Seattle WA 98109⟧        ⟦o:QTY|0.8 lb⟧
4  ⟦o:TRK|7712 4590 3417⟧   ⟦P|Abara, Chidinma⟧           ⟦A|5 Elm Ct, Edison NJ 08817⟧                         ⟦o:QTY|2.5 lb⟧
Signed: dock supervisor ⟦P|R. Mahlangu⟧""",
    )
    r(
        "en_GB",
        "shipping_manifest",
        """DESPATCH NOTE  ⟦o:ORD|DN-440918⟧
Deliver to: Mr ⟦P|Aleksander Nowicki⟧
⟦A|Unit 4, Brookfield Mews
19 Hatherley Road
Cheltenham
GL51 6EA⟧
Tel: ⟦PH|07458 220 931⟧
Items: ⟦o:SKU|SKU-HM-22019⟧ x ⟦o:QTY|2⟧, ⟦o:SKU|SKU-HM-30144⟧ x ⟦o:QTY|1⟧
Courier: DPD, parcel ⟦o:TRK|15501234567890⟧""",
    )
    r(
        "pt_BR",
        "crm_note",
        """Atendimento ⟦o:TKT|#552918⟧ — cliente ⟦P|João Pedro Albuquerque dos Santos⟧, CPF ⟦NID@br.cpf|529.982.247-25⟧, nasc. ⟦DOB|22/10/1993⟧.
Endereço: ⟦A|Rua Augusta, 1508, apto 74 — Consolação, São Paulo - SP, 01304-001⟧
Celular ⟦PH|(11) 98472-3316⟧, e-mail ⟦E|jp.albuquerque@uol.com.br⟧
Reclamou de cobrança em duplicidade de ⟦o:AMT|R$ 189,90⟧ no pedido ⟦o:ORD|BR-7741203⟧. Estorno solicitado.""",
    )
    r(
        "es_AR",
        "kyc_review",
        """Alta de cliente — legajo ⟦o:ROW|AR-00471⟧
Apellido y nombre: ⟦P|FERNÁNDEZ, Lucía Belén⟧
DNI: ⟦NID|31.502.866⟧   CUIL: ⟦TAX@ar.cuit|27-31502866-9⟧
Fecha de nac.: ⟦DOB|08/03/1985⟧
Domicilio: ⟦A|Av. Corrientes 3247, piso 5 dpto. B, C1193AAF CABA⟧
Tel.: ⟦PH|+54 9 11 4782-3391⟧
Observaciones: presentó constancia de CBU ⟦BBAN|0170099220000067797370⟧ del banco, validado por ⟦P|Martín Aguirre⟧.""",
    )
    r(
        "fr_CA",
        "support_ticket",
        """Billet ⟦o:TKT|SAV-30482⟧ — priorité normale
Client : ⟦P|Geneviève Tremblay-Gagnon⟧
Adresse : ⟦A|4521, rue Saint-Denis, app. 3, Montréal (Québec) H2J 2L2⟧
Téléphone : ⟦PH|514 555-0178⟧ poste 22
NAS au dossier : ⟦NID@ca.sin|271 873 069⟧ (à retirer du billet svp)
Elle signale que sa commande ⟦o:ORD|CMD-2024-11852⟧ n'a jamais été livrée ; numéro de suivi Postes Canada ⟦o:TRK|7023 4481 9920 1147⟧.""",
    )
    r(
        "el_GR",
        "hr_record",
        """Καρτέλα εργαζομένου
Ονοματεπώνυμο: ⟦P|Γεώργιος Παπαδόπουλος⟧
ΑΜΚΑ: ⟦NID@gr.amka|01058812346⟧
ΑΦΜ: ⟦TAX@gr.vat|094183520⟧
Ημ. γέννησης: ⟦DOB|01/05/1988⟧
Διεύθυνση: ⟦A|Οδός Ερμού 56, 105 63 Αθήνα⟧
Τηλ.: ⟦PH|+30 694 512 8837⟧
IBAN: ⟦IBAN|GR30 0172 0470 0050 4703 2956 781⟧""",
    )
    r(
        "en_US",
        "form_ocr",
        """STATE OF OHIO  BUREAU OF MOTOR VEHICLES
APPLICATION FOR DUPLICATE  LICENSE
LAST NAME   ⟦P|PRZYBYLSKI⟧        FIRST   ⟦P|WALTER⟧        MI  J
DATE OF BIRTH  ⟦DOB~ocr|O3 / 1 4 / 1 9 6 6⟧
LICENSE NO.   ⟦DL~spacing|TR 4 8 2 1 9 3⟧
ADDRESS  ⟦A|2 2 1 0  W 6 5TH  ST
CLEVELAND  OH  4 4 1 0 2⟧
REASON: LOST   FEE PAID  ⟦o:AMT|$26.50⟧   RECEIPT ⟦o:ROW|0044817⟧""",
    )
    r(
        "en_US",
        "crm_note",
        """Customer ⟦P|Abdullahi Warsame⟧ came into the branch to update his ID. New MN driver's license ⟦DL|W-318-772-940-115⟧, exp ⟦o:D|08/2031⟧. Old one on file was ⟦DL|W-318-772-940-103⟧. Also gave us his new email ⟦E|a.warsame@hotmail.com⟧. Branch: Cedar-Riverside.""",
    )
    r(
        "en_ZA",
        "payroll",
        """PAYSLIP  —  June 2024   Employee no ⟦o:ROW|E10442⟧
Name: ⟦P|Sipho Mthembu⟧        ID: ⟦NID@za.idnr|920723 0124 085⟧
Income tax no: ⟦TAX|0417 382 156⟧
Bank: FNB  acc ⟦BBAN|62819034471⟧  branch ⟦a:BC|250655⟧
Address: ⟦A|27 Jacaranda Crescent, Lynnwood Glen, Pretoria, 0081⟧
Basic: ⟦o:AMT|R 28 450.00⟧   PAYE: ⟦o:AMT|R 4 112.35⟧   UIF: ⟦o:AMT|R 177.12⟧   Net: ⟦o:AMT|R 24 160.53⟧""",
    )
    r(
        "en_SG",
        "hr_record",
        """Employee onboarding checklist — ⟦P|Muhammad Haziq bin Roslan⟧
NRIC: ⟦NID|T0219837J⟧   DOB: ⟦DOB|14-Sep-2002⟧   Nationality: Singaporean
Res. address: ⟦A|Blk 218 Jurong East St 21 #11-542 Singapore 600218⟧
Mobile: ⟦PH|8312 6604⟧   Personal email: ⟦E|haziq.roslan02@yahoo.com.sg⟧
Bank: DBS ⟦BBAN|027-4-018832⟧  (salary credit)
Laptop asset tag ⟦o:SKU|SG-LT-00912⟧ issued ⟦o:D|2 Jul 2024⟧""",
    )
    r(
        "it_IT",
        "email_thread",
        """Da: ⟦P|Francesca Esposito⟧ <⟦E|f.esposito@studiolegaleriva.it⟧>
Inviato: lunedì 10 giugno 2024 09:12
A: amministrazione@studiolegaleriva.it
Oggetto: I: dati nuovo collaboratore

Buongiorno, vi inoltro i dati di ⟦P|Luca Ferrari⟧ per il contratto:
CF ⟦NID@it.codicefiscale|FRRLCU78C21L219O⟧, nato a ⟦L|Torino⟧ il ⟦DOB|21/03/1978⟧
residente in ⟦A|Corso Vittorio Emanuele II 112, 10121 Torino⟧
IBAN ⟦IBAN|IT36 Y030 6909 6061 0000 0063 210⟧
cell. ⟦PH|333 1928 447⟧
Grazie, F.""",
    )
    r(
        "de_DE",
        "insurance_claim",
        """Schadenmeldung Nr. ⟦o:ROW|KFZ-2024-0778132⟧
Versicherungsnehmer: Herr ⟦P|Klaus-Dieter Brandt⟧, geb. ⟦DOB|19.02.1959⟧
Anschrift: ⟦A|Am Mühlbach 7, 83022 Rosenheim⟧
Versichertennummer KV: ⟦HPN|K482719305⟧
Schadentag: ⟦o:D|08.06.2024⟧, ⟦o:T|17:45 Uhr⟧, Ort: Kreuzung Kufsteiner Str./Innstr.
Unfallgegner: Frau ⟦P|Ewa Kaczmarek⟧, Kennzeichen RO-EK 418
Schadenhöhe geschätzt ⟦o:AMT|3.870 €⟧. Sachbearbeiter: ⟦P|T. Schulze⟧, Tel. ⟦PH|08031 2199-412⟧""",
    )
    r(
        "es_ES",
        "sql",
        """-- Ticket ⟦o:TKT|INC-ES-2041⟧: corregir NIE mal introducido
UPDATE clientes
   SET nie = '⟦NID@es.nie|Y2049581L⟧', nombre = '⟦P|Oksana Shevchenko⟧'
 WHERE id_cliente = ⟦o:ROW|30918⟧;
-- antes tenía la letra de control incorrecta
INSERT INTO auditoria(usuario, fecha, motivo) VALUES ('⟦P|pgarcia⟧', '⟦o:D|2024-06-13⟧', 'correccion NIE');""",
    )
    r(
        "fr_FR",
        "log",
        """2024-06-13 08:02:11,553 INFO  [espace-client] Connexion réussie login=⟦E|amelie.rousseau@free.fr⟧ ip=⟦IP|90.48.113.202⟧
2024-06-13 08:03:40,017 INFO  [espace-client] Modification RIB client=⟦o:ROW|CL-00428813⟧ ancien=FR76****0042 nouveau=⟦IBAN|FR4530003012340002018372K00⟧
2024-06-13 08:03:40,102 WARN  [antifraude] score=⟦o:PCT|87⟧ changement RIB + nouvelle IP, alerte ⟦o:TKT|AF-99120⟧""",
    )
    r(
        "en_US",
        "email_headers",
        """Return-Path: <⟦E|kevin.oduya@gmail.com⟧>
Received: from mail-pj1-f45.google.com (mail-pj1-f45.google.com [209.85.216.45])
	by mx.tallgrassbank.com with ESMTPS id ⟦o:REQ|4VxK2p1Lq9z3T⟧
	for <loans@tallgrassbank.com>; Wed, 12 Jun 2024 13:02:48 -0500 (CDT)
From: ⟦P|Kevin Oduya⟧ <⟦E|kevin.oduya@gmail.com⟧>
Subject: Loan app docs — passport + W2
X-Mailer: iPhone Mail (⟦o:VER|21F90⟧)

Attached are my passport (no. ⟦PP|A04918327⟧) and 2023 W-2. My SSN is ⟦SSN|412-90-3361⟧ if you need it for the credit pull.
Thanks, ⟦P|Kevin⟧ — ⟦PH|913-555-0166⟧""",
    )
    r(
        "en_US",
        "crm_export",
        """{"records":[
 {"Id":"⟦o:ROW|0035e00000Xq8LmAAJ⟧","FirstName":"⟦P|Mei-Ling⟧","LastName":"⟦P|Zhou⟧","Birthdate":"⟦DOB|1995-12-01⟧","MailingStreet":"⟦A|4410 Fremont Ave N⟧","MailingCity":"⟦L|Seattle⟧","MailingPostalCode":"⟦a:PC|98103⟧","MobilePhone":"⟦PH|+12065550148⟧","Email":"⟦E|meiling.zhou@fastmail.com⟧","LeadSource":"Web"},
 {"Id":"⟦o:ROW|0035e00000Xq8LnAAJ⟧","FirstName":"⟦P|Santiago⟧","LastName":"⟦P|de la Vega⟧","Birthdate":null,"MailingStreet":"⟦A|88 Ocean Pkwy Apt 3C⟧","MailingCity":"⟦L|Brooklyn⟧","MailingPostalCode":"⟦a:PC|11218⟧","MobilePhone":"⟦PH|+17185550102⟧","Email":"⟦E|sdelavega@icloud.com⟧","LeadSource":"Referral"}
],"totalSize":2,"done":true}""",
    )
    r(
        "en_IE",
        "kyc_review",
        """Onboarding review — ⟦o:ROW|IE-ONB-77812⟧
Applicant: ⟦P|Róisín Ní Dhomhnaill⟧   DOB ⟦DOB|23 Nov 1990⟧
PPSN: ⟦NID@ie.pps|8371920M⟧
Passport: IRL ⟦PP|PX4827710⟧ exp ⟦o:D|04/2030⟧
Address (utility bill): ⟦A|12 Seafield Avenue, Clontarf, Dublin 3, D03 KX72⟧
IBAN: ⟦IBAN|IE52 BOFI 9000 1723 9485 60⟧
Sanctions/PEP screening: no hits (⟦o:PROD|World-Check⟧ ref ⟦o:REQ|WC-5512098⟧). Approved by ⟦P|Declan Moriarty⟧.""",
    )
    r(
        "en_US",
        "jira",
        """⟦o:TKT|HR-612⟧ Payroll: update direct deposit for ⟦P|Tyrone Jefferson⟧
New routing ⟦a:BC|021000021⟧, account ⟦BBAN|483920117654⟧ (checking). Effective next cycle ⟦o:D|06/28/2024⟧. Old account ending 4420 to be closed. Employee # ⟦o:ROW|100482⟧. Attached voided check.""",
    )
    r(
        "en_US",
        "yaml_config",
        """# helm values override — ticket ⟦o:TKT|PLAT-903⟧
image:
  repository: registry.internal/ledger-api
  tag: "⟦o:VER|5.2.1⟧"
replicaCount: 3
env:
  DB_DSN: "⟦UC|mysql://ledger:X9kq2!mP4w@10.20.4.11:3306/ledger⟧"
  JWT_SIGNING_KEY: "⟦S|b7f2c9e14a0d8f63e5b1c7a92d4f08e6⟧"
  SENTRY_ENVIRONMENT: "prod"
  FEATURE_NEW_CHECKOUT: "true"
resources:
  limits: {cpu: "500m", memory: "512Mi"}""",
    )
    r(
        "en_US",
        "ticket_paste",
        """Hey team — the nightly export is failing. Here's the cron line and the error:

0 2 * * * /opt/etl/run.sh --src "⟦UC|sftp://etl_user:Pa55w0rd-Nightly@files.partnerco.net:22/outbound⟧" --dest s3://dw-landing/partnerco/

[⟦o:D|2024-06-13⟧ ⟦o:T|02:00:14⟧] ERROR ⟦o:ERR|SSH_FX_PERMISSION_DENIED⟧ (code 3) while listing /outbound
Probably they rotated the password again. ⟦P|Ayesha⟧ can you ping their contact?""",
    )
    r(
        "en_GB",
        "slack",
        """⟦P|Callum Fraser⟧ 16:20
FYI I've revoked the GitHub PAT that was in the README: ⟦S|ghp_7Hq2kLx9PzV4mN0cR8tW3yB6dF1sJ5aE2uG⟧. If your CI broke that's why. New one is in the vault under ci/github.
⟦P|Priyanka Menon⟧ 16:22
thanks, runner ⟦o:VER|2.317.0⟧ picked it up fine""",
    )
    r(
        "en_US",
        "ticket_paste",
        """pasting the curl that works vs prod, from my laptop:

curl -s -X POST "https://api.relaymsg.com/v1/sms" \\
  -H "Authorization: Basic ⟦S|QUM4ZjJhOTFiM2M0ZDVlNmY3OmF1dGhfdG9rZW5fOTk4MQ==⟧" \\
  -d "To=⟦PH|+14155550119⟧" -d "From=+18005550100" \\
  -d "Body=Your verification code is ⟦S|482913⟧"

returns 201 with sid ⟦o:REQ|SM9c2e4f1a7b3d8e0f⟧""",
    )
    r(
        "en_US",
        "log",
        """{"ts":"2024-06-13T17:22:09.114Z","level":"error","svc":"gateway","msg":"upstream auth failed","client_ip":"⟦IP|64.233.160.17⟧","user":{"id":⟦o:ROW|99120⟧,"email":"⟦E|l.abernathy@corvusfinance.com⟧"},"headers":{"x-api-key":"⟦S|ak_prod_3ZpQ8vLm1xR7tY2wK9nB4cF6⟧","user-agent":"okhttp/4.12.0"},"trace_id":"⟦o:REQ|0af7651916cd43dd8448eb211c80319c⟧","status":⟦o:ERR|401⟧}""",
    )
    r(
        "en_US",
        "ssh_key_paste",
        """can someone check why this key is rejected on bastion? (yes I know, I'll rotate it after)
-----BEGIN OPENSSH PRIVATE KEY-----
⟦S|b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
QyNTUxOQAAACDk3Jq9xQeT2lV8nW0pR4sY7fH1bK6cM3gZ5aU9oE2iLwAAAJh1c2Vy⟧
-----END OPENSSH PRIVATE KEY-----
user is ⟦P|tokonkwo⟧, host ⟦IP|10.0.12.7⟧""",
    )
    r(
        "en_US",
        "env_file",
        """# local dev .env for ⟦o:PROD|inventory-sync⟧
NODE_ENV=development
PORT=3000
SHOPIFY_API_KEY=⟦S|3c8e1f0a9b2d47c6e5f8a1b4d7c0e92f⟧
SHOPIFY_API_SECRET=⟦S|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⟧
MONGO_URI=⟦UC|mongodb+srv://inv_admin:Kc8vT2nQ@cluster0.ab12c.mongodb.net/inventory⟧
LOG_LEVEL=debug""",
    )
    r(
        "en_US",
        "slack",
        """⟦P|Marisol Ortega⟧ 11:18 AM
wifi for the offsite is "⟦o:PROD|Lakeview-Guest⟧" / ⟦S|pinecone-harbor-42⟧. door code for the side entrance is ⟦S|7719#⟧""",
    )
    r(
        "en_US",
        "jira",
        """⟦o:TKT|SEC-77⟧ Rotate leaked Slack webhook
A webhook URL was committed in ⟦o:SHA|3d9a1f0c⟧: ⟦S|https://hooks.slack.com/services/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⟧
Revoke, replace, and scan history with gitleaks ⟦o:VER|8.18.2⟧. Due ⟦o:D|June 21⟧.""",
    )
    r(
        "en_GB",
        "postmortem",
        """Post-incident review: ⟦o:TKT|PIR-2024-014⟧ — card payments unavailable
Timeline (BST):
⟦o:T|19:02⟧ deploy of ⟦o:PROD|payments-orchestrator⟧ ⟦o:VER|3.8.0⟧ begins
⟦o:T|19:06⟧ error rate hits ⟦o:PCT|64%⟧; alerts fire
⟦o:T|19:11⟧ incident declared by on-call
⟦o:T|19:34⟧ rollback to ⟦o:VER|3.7.4⟧ complete, recovery
Impact: ⟦o:QTY|2,917⟧ failed authorisations, est. ⟦o:AMT|£118,400⟧ in delayed GMV.
Root cause: TLS cipher list change incompatible with acquirer endpoint. No customer data exposed.""",
    )
    r(
        "en_US",
        "ticket_paste",
        """Output of `kubectl get pods -n billing`:
NAME                               READY   STATUS             RESTARTS   AGE
invoice-worker-6d9f7c8b5-2xkq9     0/1     CrashLoopBackOff   ⟦o:QTY|14⟧         ⟦o:QTY|47m⟧
invoice-worker-6d9f7c8b5-8mzt4     1/1     Running            0          47m
ledger-api-7b5c9d4f6-rwp2l         1/1     Running            0          3d
Looks like OOMKilled, limit is 256Mi. Bumping in ⟦o:TKT|BILL-455⟧.""",
    )
    r(
        "en_US",
        "email_thread",
        """From: IT Helpdesk <helpdesk@meridianhealthsys.org>
To: Dr. ⟦P|Farah Siddiqui⟧ <⟦E|fsiddiqui@meridianhealthsys.org⟧>
Subject: Your Epic account has been unlocked

Dr. ⟦P|Siddiqui⟧, your temporary password is: ⟦S|Mhs!Temp-5582⟧
Please change it within 24 hours. Your Citrix one-time recovery code is ⟦S|K7QP-2M9X-4RTA⟧.
Ticket ⟦o:TKT|RITM0218844⟧""",
    )
    r(
        "en_US",
        "hr_record",
        """EMPLOYEE CHANGE FORM
Employee: ⟦P|Nguyen, Thi Thu Huong⟧      Emp ID: ⟦o:ROW|200431⟧
SSN: ⟦SSN|150-72-8846⟧         DOB: ⟦DOB|09/14/1983⟧
Home address (new): ⟦A|7321 Bellaire Blvd Apt 218, Houston, TX 77036⟧
Home phone: ⟦PH|(713) 555-0153⟧
Emergency contact: ⟦P|Pham Van Duc⟧ (spouse) ⟦PH|713-555-0161⟧
Effective date: ⟦o:D|07/01/2024⟧      Approved: ⟦P|L. Garrison⟧, HRBP""",
    )
    r(
        "en_US",
        "payroll",
        """W-4 / I-9 intake (scanned) — please verify
Name: ⟦P|Jamal Rashid Whitmore⟧
SSN ⟦SSN|366 05 7129⟧
List A document: US Passport ⟦PP~spacing|5 6 7 1 9 2 8 4 3⟧, expires ⟦o:D|11/30/2032⟧
List B: Georgia DL ⟦DL|058214773⟧
Address ⟦A|190 Peachtree Hills Ave NE, Atlanta, GA 30305⟧
Start ⟦o:D|6/17/24⟧, rate ⟦o:AMT|$31.25/hr⟧""",
    )
    r(
        "en_GB",
        "hr_record",
        """Right to work check — completed by ⟦P|Olga Petrenko⟧ (HR) on ⟦o:D|03/06/2024⟧
Candidate: ⟦P|Adebola Ogunleye⟧   DOB ⟦DOB|28 February 1997⟧
Passport: Nigerian, no. ⟦PP|B50284719⟧, exp ⟦o:D|22/08/2028⟧
BRP: ⟦NID|ZR4918273⟧
NINO: ⟦NID|SK 41 77 09 D⟧
Home: ⟦A|Flat 12B, Marlowe House, 3 Clarendon Road, Croydon CR0 3SD⟧
Share code ⟦o:ROW|W7K 2QX 9PL⟧ checked online.""",
    )
    r(
        "en_US",
        "kyc_review",
        """KYC exception — account ⟦o:ROW|BRK-7720194⟧
Customer ⟦P|Yevgeniya Morozova-Hart⟧ submitted a NY DL ⟦DL|471 882 913⟧ but the address on the DL (⟦A|55 W 95th St Apt 7R, New York, NY 10025⟧) doesn't match the application (⟦A|1120 Hudson St, Hoboken, NJ 07030⟧). SSN ⟦SSN|529-84-6613⟧ passes SSA verification. DOB on both = ⟦DOB|March 9, 1989⟧.
Requesting proof of address. Analyst ⟦P|K. Brennan-Lowe⟧, ⟦o:D|6/12⟧.""",
    )
    r(
        "en_US",
        "crm_note",
        """Cust ⟦P|Hiroshi Tanaka⟧ called to dispute charge on card ⟦CC|3714 496353 98431⟧ (Amex) for ⟦o:AMT|$642.18⟧ at ⟦o:PROD|SkyMiles Lounge⟧, txn date ⟦o:D|05/29⟧. Opened dispute ⟦o:TKT|DSP-20931⟧. Temp credit applied. Cust prefers contact by email ⟦E|htanaka.sf@gmail.com⟧.""",
    )
    r(
        "en_US",
        "form_ocr",
        """UNIFORM  RESIDENTIAL  LOAN  APPLICATION
Borrower Name  ⟦P|ROSALIND  E.  CARMICHAEL⟧
Social Security Number  ⟦SSN|248-39-5570⟧      Date of Birth (mm/dd/yyyy)  ⟦DOB|04/02/1975⟧
Current Address  ⟦A~spacing|3 0 9  MAGNOLIA  DR ,  SAVANNAH ,  GA  3 1 4 0 6⟧
Home Phone  ⟦PH~spacing|( 9 1 2 )  5 5 5 - 0 1 8 8⟧        Years at address  ⟦o:QTY|12⟧
Loan Amount  ⟦o:AMT|$ 2 8 5 , 0 0 0⟧    Loan No.  ⟦o:ROW|4 4 0 0 9 1 2 3⟧""",
    )
    r(
        "en_US",
        "sql",
        """mysql> SELECT id, full_name, card_last4, card_token, created_at FROM payment_methods WHERE user_id = ⟦o:ROW|77812⟧;
+--------+------------------+------------+----------------------------+---------------------+
| id     | full_name        | card_last4 | card_token                 | created_at          |
+--------+------------------+------------+----------------------------+---------------------+
| ⟦o:ROW|310221⟧ | ⟦P|Beatriz Coelho⟧   | 9424       | tok_1PQx8d2eZvKYlo2C8kRt   | ⟦o:D|2024-02-11⟧ 10:22:41 |
| ⟦o:ROW|310388⟧ | ⟦P|Beatriz Coelho⟧   | 1789       | tok_1PRa0b2eZvKYlo2Cq3Lm   | ⟦o:D|2024-04-30⟧ 19:05:02 |
+--------+------------------+------------+----------------------------+---------------------+
2 rows in set (0.01 sec)""",
    )
    r(
        "en_US",
        "ticket_paste",
        """Customer emailed their full card details to support@ (sigh). Redacting from the ticket after this note:
Name on card: ⟦P|Wilhelmina Okoye⟧
Card: ⟦CC|5267-3129-0044-1789⟧  exp 11/26  CVV ⟦S|408⟧
Billing: ⟦A|1400 Lakeshore Dr, Unit 2207, Chicago IL 60610⟧
Ticket ⟦o:TKT|ZD-1184209⟧ — replied asking her to call instead.""",
    )
    r(
        "en_US",
        "crm_export",
        '''"Account Name","Primary Contact","Title","Phone","Email","Annual Revenue","Stage"
"Blue Heron Landscaping","⟦P|Darnell Fitzpatrick⟧","Owner","⟦PH|(503) 555-0134⟧","⟦E|darnell@blueheronlandscaping.com⟧","⟦o:AMT|$1.2M⟧","Closed Won"
"Kowalski & Daughters Bakery","⟦P|Irena Kowalski⟧","Owner","⟦PH|(414) 555-0190⟧","⟦E|irena.k@kdbakery.net⟧","⟦o:AMT|$640K⟧","Negotiation"
"Sunrise Dental Group","Dr. ⟦P|Aarav Mehta⟧","Managing Partner","⟦PH|(480) 555-0112 ext. 3⟧","⟦E|amehta@sunrisedentalaz.com⟧","⟦o:AMT|$3.8M⟧","Prospecting"''',
    )
    r(
        "en_US",
        "chat",
        """support bot transcript ⟦o:REQ|conv_7f1a2c⟧
user: hi my name is ⟦P|kayla brooks⟧ and i cant log in
bot: I can help with that! What's the email on your account?
user: ⟦E~at_dot|kayla dot brooks 22 at gmail dot com⟧
bot: Thanks. I've sent a reset link. For security, please don't share your password here.
user: ok its ⟦S|Buster2019!⟧ if that helps lol""",
    )
    r(
        "de_DE",
        "email_thread",
        """Von: ⟦P|Sabine Krüger⟧ <⟦E|s.krueger@stadtwerke-hameln.de⟧>
Gesendet: Mittwoch, 12. Juni 2024 14:03
An: Kundenservice
Betreff: WG: Zählerstand / Umzug

Hallo Kolleg:innen,
Herr ⟦P|Emre Doğan⟧ zieht zum ⟦o:D|1.7.⟧ von der ⟦A|Deisterstraße 21, 31785 Hameln⟧ in die ⟦A|Bahnhofsplatz 3, 3. OG links, 31785 Hameln⟧. Zählernummer ⟦o:ROW|1ESY1160548213⟧, Stand ⟦o:QTY|48.211 kWh⟧. Erreichbar unter ⟦PH|0151 2284 9930⟧.
Vertragskonto ⟦o:ROW|204418877⟧ bitte umschreiben.
Gruß, ⟦P|Sabine⟧""",
    )
    r(
        "de_DE",
        "kyc_review",
        """Legitimationsprüfung (PostIdent) – Vorgang ⟦o:REQ|PI-8812-4471-0093⟧
Name: Dr. ⟦P|Anna-Lena von Stetten⟧
Geburtsdatum: ⟦DOB|1984-05-17⟧   Geburtsort: ⟦L|Würzburg⟧
Ausweisart: Personalausweis, Nr. ⟦NID|L01X00T471⟧, gültig bis ⟦o:D|21.03.2031⟧
Meldeadresse: ⟦A|Sanderstr. 9, 97070 Würzburg⟧
Steuer-ID: ⟦TAX@de.idnr|86092457386⟧
Ergebnis: erfolgreich. Prüfer: ⟦P|M. Hübner⟧""",
    )
    r(
        "fr_FR",
        "clinical_handover",
        """Transmissions IDE — service de cardiologie, nuit du ⟦o:D|11 au 12/06⟧
Chambre 412 : Mme ⟦P|Odette Marchand⟧, 87 ans, IPP ⟦MRN|800412877⟧. Née le ⟦DOB|03/08/1936⟧.
Entrée pour décompensation cardiaque. Diurèse ⟦o:QTY|1,8 L⟧ sur la nuit. Poids ⟦o:QTY|68,2 kg⟧.
Famille : fille Mme ⟦P|Sylvie Marchand-Roux⟧ au ⟦PH|06 72 18 44 09⟧, souhaite être prévenue avant la sortie.
Domicile : ⟦A|14 allée des Tilleuls, 44300 Nantes⟧ — vit seule, IDE à domicile à organiser.""",
    )
    r(
        "fr_FR",
        "hr_record",
        """Fiche salarié — embauche CDI
Nom : ⟦P|BENALI⟧   Prénom : ⟦P|Karim⟧
N° SS : ⟦NID@fr.nir|284097510812346⟧
Hmm — vérifier, le n° commence par 2 (femme) alors que M. ⟦P|Benali⟧ est un homme. Demander la carte Vitale.
Né le : ⟦DOB|14/09/1984⟧ à ⟦L|Lyon⟧
Adresse : ⟦A|27 bis, avenue Jean Jaurès, 69007 Lyon⟧
Numéro fiscal : ⟦TAX@fr.nif|3023841715237⟧
Salaire brut annuel : ⟦o:AMT|42 000 €⟧""",
    )
    r(
        "nl_BE",
        "support_ticket",
        """Ticket ⟦o:TKT|KS-119204⟧ — klant belt over dubbele domiciliëring
Klant: mevrouw ⟦P|Annelies De Smet⟧, Rijksregister ⟦NID@be.nn|78.01.01-457.91⟧
Adres: ⟦A|Oude Houtlei 54, 9000 Gent⟧
Tel: ⟦PH|+32 9 223 18 40⟧
Rekening: ⟦IBAN|BE68 0017 3958 2034⟧  (zelfde als op dossier)
Bedrag: ⟦o:AMT|€ 74,30⟧ twee keer afgehouden op ⟦o:D|05/06/2024⟧. Terugbetaling gevraagd.""",
    )
    r(
        "pl_PL",
        "support_ticket",
        """Zgłoszenie ⟦o:TKT|ZG-2024-04471⟧
Klient: ⟦P|Paweł Grzegorz Wróblewski⟧, PESEL ⟦NID@pl.pesel|92030558396⟧
Tel. ⟦PH|+48 601 238 774⟧, e-mail ⟦E|pawel.wroblewski@wp.pl⟧
Adres dostawy: ⟦A|ul. Piotrkowska 122 lok. 8, 90-006 Łódź⟧
Reklamacja zamówienia ⟦o:ORD|ZAM/884120⟧ — uszkodzony ⟦o:PROD|ekspres DeLonghi Magnifica S⟧, kwota ⟦o:AMT|1 499,00 zł⟧.""",
    )
    r(
        "sv_SE",
        "clinical_note",
        """Journalanteckning — vårdcentral
Patient: ⟦P|Erik Johansson⟧, ⟦NID@se.personnummer|19670306-2114⟧
Besöksorsak: uppföljning hypertoni. BT ⟦o:QTY|142/88⟧. Fortsatt Enalapril ⟦o:QTY|10 mg⟧.
Kontakt: ⟦PH|+46 73 551 20 87⟧. Bor på ⟦A|Vasagatan 7, 722 15 Västerås⟧.
Åter om ⟦o:QTY|3 mån⟧. Sign. ⟦P|A. Berglund⟧, dsk""",
    )
    r(
        "fi_FI",
        "payroll",
        """PALKKALASKELMA ⟦o:D|06/2024⟧
Työntekijä: ⟦P|Juha-Pekka Virtanen⟧
Henkilötunnus: ⟦NID@fi.hetu|090387A149F⟧
Tilinumero: ⟦IBAN|FI43 4005 5010 2384 70⟧
Osoite: ⟦A|Kauppakatu 18 A 4, 40100 Jyväskylä⟧
Peruspalkka ⟦o:AMT|3 450,00 €⟧, ennakonpidätys ⟦o:PCT|24,5 %⟧""",
    )
    r(
        "hu_HU",
        "crm_note",
        """Ügyfélhívás ⟦o:T|10:22⟧ — ⟦P|Kovácsné Tóth Erzsébet⟧ jelezte, hogy a ⟦o:INV|SZ-2024/118830⟧ számú számlán rossz a cím. Helyes lakcím: ⟦A|4025 Debrecen, Piac utca 41. 3. em. 12.⟧ Telefon: ⟦PH|+36 30 412 7785⟧. Javítva, új számla kiküldve.""",
    )
    r(
        "el_GR",
        "support_ticket",
        """Αίτημα ⟦o:TKT|#GR-55210⟧
Πελάτης: ⟦P|Ελένη Κωνσταντινίδου⟧
Κινητό: ⟦PH|697 441 2290⟧   Email: ⟦E|eleni.konst@gmail.com⟧
Διεύθυνση αποστολής: ⟦A|Τσιμισκή 88, 546 22 Θεσσαλονίκη⟧
Η παραγγελία ⟦o:ORD|GR-ORD-330917⟧ επεστράφη στον αποστολέα. Νέα αποστολή με ⟦o:TRK|ΑΚ 4418 2290 GR⟧.""",
    )
    r(
        "it_IT",
        "clinical_note",
        """Lettera di dimissione — U.O. Medicina Interna
Paziente: ⟦P|Giuseppe Verdi⟧ (omonimo, non il compositore 🙂), nato il ⟦DOB|04/11/1962⟧
CF ⟦NID@it.codicefiscale|VRDGPP62S04H501M⟧   Tessera sanitaria ⟦HPN|80380000101234567890⟧
Cartella clinica n. ⟦MRN|2024/MI/008812⟧
Residenza: ⟦A|Via dei Volsci 44, 00185 Roma⟧
Terapia: ramipril ⟦o:QTY|5 mg⟧ die. Controllo tra ⟦o:QTY|30 giorni⟧. Medico: dott.ssa ⟦P|Chiara Colombo⟧""",
    )
    r(
        "es_ES",
        "hr_record",
        """ALTA EN SEGURIDAD SOCIAL — trabajador
Apellidos: ⟦P|García-Ochoa Ibáñez⟧   Nombre: ⟦P|Iñaki⟧
DNI: ⟦NID@es.dni|05720384P⟧     NAF: ⟦HPN|28 1049283716⟧
Fecha nacimiento: ⟦DOB|30-01-1990⟧
Domicilio: ⟦A|Avda. de la Constitución 12, 5ºB, 41001 Sevilla⟧
Cuenta nómina: ⟦IBAN|ES47 0049 1500 0527 1038 8109⟧
Categoría: oficial 1ª, convenio ⟦o:ROW|41000545011981⟧""",
    )
    r(
        "en_US",
        "jira",
        """⟦o:TKT|WH-3310⟧ Pick list mismatch for wave ⟦o:ROW|W-20240613-07⟧
Expected ⟦o:QTY|118 units⟧ of ⟦o:SKU|BRK-PAD-4471-F⟧, scanned ⟦o:QTY|112⟧. Bin ⟦o:ROW|A-14-03-2⟧. Cycle count scheduled ⟦o:D|Fri 6/14⟧ ⟦o:T|6:00 AM⟧. Related PO ⟦o:ORD|PO-4500918237⟧, invoice ⟦o:INV|INV-0093311⟧.""",
    )
    r(
        "en_GB",
        "email_thread",
        """Subject: Flight change — team offsite
All, our outbound is now ⟦o:FLT|BA 1442⟧ departing ⟦o:T|07:25⟧ on ⟦o:D|Thursday 20 June⟧, return ⟦o:FLT|BA1449⟧ Friday evening. Booking ref is on the shared calendar invite (group booking ⟦o:ROW|GRP-88412⟧). Budget per head remains ⟦o:AMT|£420⟧.""",
    )
    r(
        "en_US",
        "log",
        """2024-06-13 22:10:44.901 [scheduler] job=reindex_products shard=⟦o:QTY|7⟧/⟦o:QTY|16⟧ docs=⟦o:QTY|4,418,230⟧ took=⟦o:QTY|812s⟧ status=OK
2024-06-13 22:10:45.002 [scheduler] next run ⟦o:D|2024-06-14⟧T⟦o:T|22:00:00Z⟧ job_id=⟦o:UUID|3f8e2a10-9c4b-4d71-b6e5-0a2f7c18d9e3⟧
2024-06-13 22:10:45.118 [scheduler] build=⟦o:SHA|a41c9e07f3b2d68e15c4a9f0b7d23e8c6f1a5b92⟧ ver=⟦o:VER|7.3.0⟧""",
    )
    r(
        "en_US",
        "ticket_paste",
        """Library order for the reading group — please expense under ⟦o:ROW|CC-4410-L&D⟧:
- "The Phoenix Project" ISBN ⟦o:ISBN|978-1-942788-29-4⟧ × ⟦o:QTY|12⟧
- "Accelerate" ISBN ⟦o:ISBN|9781942788331⟧ × ⟦o:QTY|12⟧
Total ⟦o:AMT|$487.20⟧ incl. tax, Amazon order ⟦o:ORD|113-4482019-7731622⟧.""",
    )
    r(
        "de_DE",
        "chat",
        """[14:02] Build ⟦o:VER|2024.24.1⟧ ist durch, alle ⟦o:QTY|1.284⟧ Tests grün ✅ Fehler ⟦o:ERR|E4011⟧ aus Ticket ⟦o:TKT|DEV-7712⟧ ist damit behoben. Release am ⟦o:D|18.06.⟧ um ⟦o:T|06:00⟧.""",
    )
    r(
        "en_US",
        "shipping_manifest",
        """BILL OF LADING  No. ⟦o:ROW|BOL-77120094⟧
Container ⟦o:TRK|MSCU 482917 3⟧   Seal ⟦o:ROW|ML-4419022⟧   Vessel MSC AURORA voy ⟦o:ROW|424W⟧
Port of loading: Ningbo   Port of discharge: Long Beach   ETA ⟦o:D|07/02/2024⟧
Cargo: ⟦o:QTY|1,240 ctns⟧ ⟦o:PROD|ergonomic office chairs⟧, HS 9401.31, gross ⟦o:QTY|18,612 kg⟧, value ⟦o:AMT|USD 96,800.00⟧""",
    )
    r(
        "en_US",
        "slack",
        """reminder: Q2 numbers due ⟦o:D|July 3⟧. current run-rate ⟦o:AMT|$4.18M⟧ vs plan ⟦o:AMT|$4.30M⟧ (⟦o:PCT|97.2%⟧). churn ⟦o:PCT|1.9%⟧. dashboard link in the channel topic""",
    )
    r(
        "fr_FR",
        "log",
        """[⟦o:D|13/06/2024⟧ ⟦o:T|03:00:01⟧] sauvegarde démarrée — volume /data (⟦o:QTY|1,8 To⟧)
[⟦o:D|13/06/2024⟧ ⟦o:T|04:47:33⟧] sauvegarde terminée, ⟦o:QTY|2 144 918⟧ fichiers, code retour ⟦o:ERR|0x0000⟧, id ⟦o:UUID|b2d4c6e8-1a3f-4b5d-8e7f-9a0b1c2d3e4f⟧""",
    )
    r(
        "en_GB",
        "postmortem",
        """Incident ⟦o:TKT|INC0091834⟧ summary: the ⟦o:PROD|Nightly Settlement Batch⟧ started ⟦o:QTY|2h 14m⟧ late on ⟦o:D|11/06/2024⟧ after the upstream file from the card scheme arrived at ⟦o:T|04:12⟧ instead of ⟦o:T|02:00⟧. No financial impact; ⟦o:QTY|0⟧ transactions lost. Follow-up: request SLA from scheme (⟦o:TKT|CHG0044120⟧).""",
    )
    r(
        "pt_BR",
        "chat",
        """[16:40] pedido ⟦o:ORD|#BR-998120⟧ saiu pra entrega, rastreio ⟦o:TRK|QB448201937BR⟧, previsão ⟦o:D|17/06⟧. valor ⟦o:AMT|R$ 2.349,00⟧ em ⟦o:QTY|10x⟧ sem juros. nota fiscal ⟦o:INV|NF-e 000.441.882⟧""",
    )
    r(
        "en_US",
        "jira",
        """⟦o:TKT|MOB-2207⟧ iOS crash on launch, build ⟦o:VER|6.4.0 (6401)⟧
Crash rate ⟦o:PCT|3.4%⟧ on iOS ⟦o:VER|17.5⟧. Symbolicated: EXC_BAD_ACCESS in ImageCache.swift:88. Crashlytics issue ⟦o:REQ|c7f0a1e92d⟧. Suspect commit ⟦o:SHA|d91e3b7⟧.""",
    )
    r(
        "it_IT",
        "email_thread",
        """Oggetto: ordine materiale ufficio
Ciao a tutti, ho inoltrato l'ordine ⟦o:ORD|ODA-2024-0771⟧ per ⟦o:QTY|40⟧ risme A4 (cod. ⟦o:SKU|CART-A4-80G⟧) e ⟦o:QTY|6⟧ toner (cod. ⟦o:SKU|TN-2420⟧). Totale ⟦o:AMT|€ 612,40⟧ + IVA ⟦o:PCT|22%⟧. Consegna prevista ⟦o:D|lunedì 17⟧.""",
    )
    r(
        "en_ZA",
        "ticket_paste",
        """Load-shedding schedule impact on DC Midrand: stage ⟦o:QTY|4⟧ from ⟦o:T|16:00⟧ to ⟦o:T|22:30⟧. Generator fuel at ⟦o:PCT|62%⟧ (~⟦o:QTY|1 900 L⟧). Order ⟦o:ORD|PO-ZA-44120⟧ for diesel raised, ref ⟦o:TKT|FAC-2281⟧.""",
    )
    r(
        "en_NZ",
        "kyc_review",
        """Customer due diligence — ⟦o:ROW|NZ-CDD-40918⟧
Name: ⟦P|Aroha Te Whare⟧   DOB: ⟦DOB|17/04/1986⟧
NZ driver licence: ⟦DL|DK482913⟧ version ⟦o:VER|214⟧
IRD number: ⟦TAX@nz.ird|49-091-850⟧
Residential: ⟦A|42 Matai Road, Greenlane, Auckland 1051⟧
Mobile: ⟦PH|+64 21 448 9022⟧
Verified via ⟦o:PROD|RealMe⟧. Officer: ⟦P|Hamish McLeod⟧""",
    )
    r(
        "en_NZ",
        "crm_note",
        """Rang ⟦P|Grant Pickering⟧ re KiwiSaver transfer. His IRD no is ⟦TAX@nz.ird|136-501-429⟧, currently with another provider. He's staying at his sister's place in ⟦L|Whanganui⟧ until the end of the month, then back home. Email ⟦E|grantp@xtra.co.nz⟧. Transfer form ⟦o:ROW|KS-T-7781⟧ sent.""",
    )
    r(
        "en_US",
        "crm_note",
        """Member ⟦P|Consuelo Ibarra⟧ was travelling in ⟦L|Cancún⟧ when her card got declined at ⟦o:T|9:14 PM⟧ local. Fraud hold lifted after she confirmed the last txns. Card ⟦CC|4556 7302 1985 4371⟧ remains active. She's back home in ⟦L|El Paso⟧ on ⟦o:D|6/22⟧. Call-back number while abroad: ⟦PH|+52 998 555 0143⟧.""",
    )
    r(
        "en_US",
        "ticket_paste",
        """Chargeback evidence packet for ⟦o:ROW|CB-2024-3381⟧
Cardholder: ⟦P|Terrence Malloy⟧
PAN: ⟦CC~linebreak|5168 6500
3194 2773⟧
AVS: ⟦A|809 Ridgewood Ln, Boise ID 83702⟧ — Y
IP at purchase: ⟦IP|174.26.118.90⟧ (geo: ⟦L|Boise, ID⟧)
Order ⟦o:ORD|WEB-4471903⟧ delivered ⟦o:D|05/17⟧, UPS ⟦o:TRK|1Z999AA10123456784⟧ signed by "⟦P|T MALLOY⟧".""",
    )
    r(
        "en_GB",
        "crm_note",
        """Customer ⟦P|Ewan MacGregor-Lyle⟧ reports card ⟦CC|4916 7142 0036 8539⟧ used fraudulently while he was at his holiday let in ⟦L|Portree⟧. Blocked and reissued. New card to go to home address ⟦A|8 Drummond Place, Edinburgh EH3 6PH⟧ not the let. Case ⟦o:TKT|FRD-118204⟧.""",
    )
    r(
        "en_US",
        "payroll",
        """ADP import error rows (⟦o:D|06/14⟧ run):
row ⟦o:ROW|17⟧: ⟦P|Okafor, Chukwuemeka⟧ | SSN ⟦SSN|701-22-4086⟧ | dept 4410 | ⟦o:ERR|ERR_DUP_SSN⟧
row ⟦o:ROW|18⟧: ⟦P|Lindqvist, Maja⟧ | SSN ⟦SSN|318-64-0951⟧ | dept 4410 | OK
row ⟦o:ROW|22⟧: ⟦P|Benitez, Raúl⟧ | SSN ⟦SSN|455-17-8302⟧ | dept 5120 | ⟦o:ERR|ERR_MISSING_W4⟧
Fix and re-upload before ⟦o:T|5pm ET⟧.""",
    )
    r(
        "en_US",
        "kyc_review",
        """Manual review — account opening ⟦o:ROW|ACCT-OPN-558120⟧
Applicant ⟦P|Svetlana Ivanova-Brooks⟧, DOB ⟦DOB|10/10/1992⟧
ID 1: CA driver license ⟦DL|D4829173⟧ exp ⟦o:D|10/10/2027⟧
ID 2: passport ⟦PP|H12984470⟧ (Russian Federation)
Address: ⟦A|2045 Sutter St Apt 9, San Francisco, CA 94115⟧
Note: applicant is currently staying in ⟦L|Tbilisi⟧ per IP geolocation ⟦IP|188.169.44.12⟧ — escalate to EDD.""",
    )
    r(
        "fr_CA",
        "hr_record",
        """Dossier employé — ⟦P|Mathieu Bergeron-Lavoie⟧
NAS : ⟦NID@ca.sin|528-139-462⟧
Date de naissance : ⟦DOB|1991-07-08⟧
Permis de conduire (QC) : ⟦DL|B6214-080791-07⟧
Adresse : ⟦A|1180, boul. René-Lévesque Ouest, app. 1507, Québec (Québec) G1S 1W2⟧
Dépôt direct : institution ⟦a:BC|815⟧ transit ⟦a:BC|20147⟧ compte ⟦BBAN|4418203⟧
Téléphone : ⟦PH|418 555-0192⟧""",
    )
    r(
        "pt_BR",
        "hr_record",
        """Ficha de admissão
Nome: ⟦P|Ana Clara Nascimento Ferreira⟧
CPF: ⟦NID@br.cpf|183.746.920-22⟧   RG: ⟦NID|MG-14.882.301⟧
CNH: ⟦DL|04418273951⟧
Data de nascimento: ⟦DOB|05/06/1998⟧  Naturalidade: ⟦L|Belo Horizonte⟧
Endereço: ⟦A|Av. Afonso Pena, 3120, ap. 802, Funcionários, Belo Horizonte/MG, CEP 30130-009⟧
Banco: Itaú ag. ⟦a:BC|0448⟧ c/c ⟦BBAN|28190-4⟧
Salário: ⟦o:AMT|R$ 6.800,00⟧""",
    )
    r(
        "es_AR",
        "crm_note",
        """Cliente ⟦P|Gonzalo Ezequiel Pereyra⟧ (CUIT ⟦TAX@ar.cuit|20-28473619-3⟧) llamó porque no le llega el resumen. Confirmó domicilio ⟦A|Calle 7 Nº 1184, La Plata, Buenos Aires (B1900)⟧ y celu ⟦PH|221 15-448-2019⟧. Reenviado por mail a ⟦E|gepereyra@hotmail.com.ar⟧. Ticket ⟦o:TKT|AR-CS-88120⟧.""",
    )
    r(
        "en_US",
        "clinical_handover",
        """I-PASS handoff 7p → 7a, 5 West
Illness severity: watcher
Pt: ⟦P|Delgado, Marisol⟧ 58F, MRN ⟦MRN|E44810273⟧, rm 512
Summary: POD#2 lap chole, pain controlled, tolerating clears. Hx DM2 on insulin sliding scale.
Action list: AM BMP, FSBG q6h, ambulate TID.
Situation awareness: husband ⟦P|Ernesto⟧ at bedside, wants updates at ⟦PH|915-555-0177⟧. Interpreter (Spanish) PRN.
Synthesis by receiver: ✔ RN ⟦P|J. Whitlock⟧""",
    )
    r(
        "en_GB",
        "lab_order",
        """PATHOLOGY REQUEST  — ⟦o:ROW|LAB24-0771842⟧
Surname ⟦P|OYELOWO⟧  Forename ⟦P|FOLASADE⟧  DOB ⟦DOB|16.12.1969⟧  Sex F
NHS No ⟦NID@gb.nhs|909 173 5481⟧   Hosp No ⟦MRN|K0448217⟧
Requesting clinician Dr ⟦P|S. Mukherjee⟧, Diabetes Centre
Tests: HbA1c, U&E, lipid profile, urine ACR
Clinical details: T2DM annual review. Sample taken ⟦o:D|13/06/24⟧ ⟦o:T|09:05⟧ by HCA ⟦P|Mwale⟧""",
    )
    r(
        "en_US",
        "insurance_claim",
        """Pre-auth request ⟦o:ROW|PA-2024-118821⟧ — MRI lumbar spine w/o contrast (⟦o:SKU|CPT 72148⟧)
Member: ⟦P|Brianna Kowalczyk-Diaz⟧  DOB ⟦DOB|1994/08/19⟧
Member ID: ⟦HPN|CGN-44819207-02⟧   Group: ⟦o:ROW|3340182⟧
Rendering: Desert Imaging, NPI on file
Dx: M54.16. Conservative tx ⟦o:QTY|8 weeks⟧ PT failed.
Status: APPROVED, auth # ⟦o:ROW|AU77120498⟧ valid through ⟦o:D|09/30/2024⟧""",
    )
    r(
        "en_US",
        "discharge_summary",
        """Pt name: ⟦P~fullwidth|Ｈｅｃｔｏｒ Ｖａｌｌｅｊｏ⟧  (copied from the kiosk registration which uses fullwidth chars, sorry)
MRN: ⟦MRN~fullwidth|０７７４８２１９⟧   DOB ⟦DOB~fullwidth|１９５５－０３－０２⟧
Dispo: home with home health. F/u PCP Dr. ⟦P|Ama Owusu⟧ in ⟦o:QTY|1 wk⟧.""",
    )
    r(
        "en_US",
        "email_thread",
        """---------- Forwarded message ---------
From: ⟦P|Patrice Dubois-Kamara⟧ <⟦E|patrice.dk@gmail.com⟧>
Date: Mon, Jun 10, 2024 at 8:14 PM
Subject: travel docs for the Lagos trip
To: ⟦P|Ngozi Eze⟧ <⟦E|n.eze@travelwise-agency.com⟧>

Hi ⟦P|Ngozi⟧, my passport number is ⟦PP|18AH02917⟧ (French), and my husband ⟦P|Babatunde Kamara⟧ has ⟦PP|A07719385⟧ (Nigerian). We'll depart ⟦o:D|Aug 2⟧ on ⟦o:FLT|AF 148⟧. Billing address ⟦A|22 rue Oberkampf, 75011 Paris⟧.
Merci!""",
    )
    r(
        "en_IE",
        "hr_record",
        """Starter form — ⟦P|Pádraig Mac Giolla Phádraig⟧
PPSN: ⟦NID@ie.pps|2958140D⟧   DOB ⟦DOB|8 May 1988⟧
Address: ⟦A|"Glenview", Ballyvolane Road, Mallow, Co. Cork P51 H7W2⟧
Bank: ⟦IBAN|IE47 AIBK 9310 4758 2039 16⟧
Mobile ⟦PH|+353 86 441 9027⟧
Passport ⟦PP|PB2281940⟧ seen and copied. Start date ⟦o:D|01/07/2024⟧.""",
    )
    r(
        "en_US",
        "jira",
        """⟦o:TKT|DATA-4410⟧ Prod DB creds leaked in Airflow logs
Log line: `Connecting to ⟦UC|postgresql://airflow_svc:8Hn2#kLq0zR@analytics-rds.c9x2k.us-east-1.rds.amazonaws.com:5432/warehouse⟧`
Rotated by ⟦P|Ifeoma Nwosu⟧ at ⟦o:T|11:42⟧. Masking filter added in ⟦o:SHA|f3c0a8e2⟧. Airflow ⟦o:VER|2.9.1⟧.""",
    )
    r(
        "en_US",
        "ticket_paste",
        """The partner sent this as the "webhook URL" for the integration. It has their admin password in it:
⟦UC|https://admin:R3dW00d!2024@partner-hooks.evergreenroofing.com/api/incoming⟧
I asked ⟦P|Luis Carvajal⟧ on their side to send a token-based URL instead. ⟦o:TKT|INT-3318⟧""",
    )
    r(
        "en_GB",
        "slack",
        """⟦P|Imogen Ashworth⟧ 12:47
Anyone know the FTP login for the old print vendor? found this in a 2019 wiki page: ⟦UC|ftp://printjobs:Wembley99@ftp.printcraft-uk.com⟧ — probably dead
⟦P|Niall Quinn⟧ 12:51
still works 😬 I'll get it shut off""",
    )
    r(
        "de_DE",
        "ticket_paste",
        """Fehler beim SEPA-Import (Datei ⟦o:ROW|SEPA_20240613_01.xml⟧):
<Cdtr><Nm>⟦P|Weber, Hannelore⟧</Nm></Cdtr>
<CdtrAcct><Id><IBAN>⟦IBAN|DE45200411330712846600⟧</IBAN></Id></CdtrAcct>
<RmtInf><Ustrd>Rechnung ⟦o:INV|RE-2024-5512⟧</Ustrd></RmtInf>
<InstdAmt Ccy="EUR">⟦o:AMT|318.40⟧</InstdAmt>
Fehlercode ⟦o:ERR|AC04⟧ (Konto geschlossen). Bitte Kundin kontaktieren: ⟦PH|+49 30 8847 2219⟧.""",
    )
    r(
        "en_SG",
        "support_ticket",
        """Case ⟦o:TKT|SG-CS-20419⟧ — customer ⟦P|Rajendran s/o Muthusamy⟧ cannot receive OTP.
Registered HP: ⟦PH|+65 8842 1907⟧ (he says he changed to ⟦PH|9033 4178⟧ last month)
NRIC last 4 only pls — ⟦NID|S7734219H⟧ was pasted by agent earlier, masking now.
Address: ⟦A|10 Tanjong Pagar Plaza, #14-22, Singapore 081010⟧
Updated mobile after verification via ⟦o:PROD|Singpass MyInfo⟧.""",
    )
    r(
        "en_ZA",
        "crm_note",
        """Client ⟦P|Johannes "Hannes" van der Merwe⟧ phoned from the farm outside ⟦L|Graaff-Reinet⟧ — no signal most days, prefers landline ⟦PH|049 891 0447⟧. Wants statements posted to ⟦A|PO Box 118, Graaff-Reinet, 6280⟧. Policy ⟦o:ROW|LIFE-ZA-0094418⟧ premium ⟦o:AMT|R 1 212,00⟧ pm. ID no. ⟦NID@za.idnr|7602055813089⟧ confirmed.""",
    )
    r(
        "en_GB",
        "email_headers",
        """Delivered-To: ⟦E|complaints@northvale-water.co.uk⟧
From: ⟦P|Margaret "Peggy" Thistlethwaite⟧ <⟦E|peggy.thistle1948@btinternet.com⟧>
Date: Thu, 13 Jun 2024 07:58:31 +0100
Subject: Burst main outside my house AGAIN
X-Originating-IP: ⟦IP|31.94.17.208⟧

This is the third time since Easter. ⟦A|41 Moorside Road, Heckmondwike WF16 0HR⟧. My neighbour Mr ⟦P|Ahmed⟧ at number 43 is also without water. Please ring me on ⟦PH|01924 410 662⟧. Account ⟦o:ROW|3004418221⟧.""",
    )
    r(
        "en_US",
        "crm_note",
        """Walk-in at the ⟦L|Tulsa⟧ store: ⟦P|Chayton Redcloud⟧ wanted to update his rewards profile. New phone ⟦PH|918 555 0104⟧, new email ⟦E~zwsp|chayton.r​edcloud@gmail.com⟧ (copied from his text so it may have junk chars). Points balance ⟦o:QTY|14,220⟧. Birthday on profile ⟦DOB|Oct 30, 1979⟧.""",
    )
    r(
        "en_US",
        "http_request",
        """GET /v1/users/search?email=⟦E~urlenc|ines.carvalho%40gmail.com⟧&phone=⟦PH~urlenc|%2B1%20617%20555%200129⟧&include=orders HTTP/1.1
Host: internal-api.carterwell.io
Cookie: session=⟦S|s%3AhQ9kL2mZ8xR4vP1n.7cTqWb0yE5uJ3fG6aD⟧; _ga=GA1.2.1184091823.1718200000
X-Request-ID: ⟦o:REQ|9d1f2a0e-6b7c-4d3e-a1f0-2b3c4d5e6f70⟧
User-Agent: internal-admin/⟦o:VER|1.4.7⟧
-> 200 OK, 1 user (⟦P|Inês Carvalho⟧, id ⟦o:ROW|u_48812⟧)""",
    )
    r(
        "en_US",
        "log",
        '''nginx access log excerpt:
⟦IP|66.249.79.12⟧ - - [13/Jun/2024:10:14:02 +0000] "GET /robots.txt HTTP/1.1" 200 68 "-" "Googlebot/2.1"
⟦IP|99.33.146.220⟧ - ⟦P|jcoulter⟧ [13/Jun/2024:10:14:09 +0000] "GET /account/statements?acct=⟦BBAN|0004418219⟧ HTTP/1.1" 200 5120 "-" "Mozilla/5.0"
⟦IP|99.33.146.220⟧ - ⟦P|jcoulter⟧ [13/Jun/2024:10:14:11 +0000] "POST /account/transfer HTTP/1.1" ⟦o:ERR|403⟧ 211 "-" "Mozilla/5.0"''',
    )
    r(
        "sv_SE",
        "hr_record",
        """Anställningsavtal — bilaga personuppgifter
Namn: ⟦P|Linnea Åström⟧
Personnummer: ⟦NID@se.personnummer|900417-3127⟧
Adress: ⟦A|Linnégatan 34, 3 tr, 114 47 Stockholm⟧
Mobil: ⟦PH|0708-219 447⟧
Bankkonto: Swedbank clearing ⟦a:BC|8327-9⟧, konto ⟦BBAN|914 228 417-3⟧
Lön: ⟦o:AMT|46 500 kr/mån⟧, tillträde ⟦o:D|2024-08-19⟧""",
    )
    r(
        "pl_PL",
        "hr_record",
        """Kwestionariusz osobowy pracownika
1. Imię (imiona) i nazwisko: ⟦P|Michał Józef Kowalczyk⟧
2. Data urodzenia: ⟦DOB|23 listopada 1975⟧
3. PESEL: ⟦NID@pl.pesel|75112305648⟧
4. Miejsce zamieszkania: ⟦A|os. Tysiąclecia 41/17, 31-610 Kraków⟧
5. NIP: ⟦TAX@pl.nip|526-104-82-96⟧
6. Nr rachunku do wypłaty: ⟦IBAN|PL61 1090 1014 0000 0712 1981 2874⟧
Data wypełnienia: ⟦o:D|10.06.2024⟧""",
    )
    r(
        "fi_FI",
        "support_ticket",
        """Tiketti ⟦o:TKT|ASP-55812⟧
Asiakas ⟦P|Mikko Heikkinen⟧ ilmoitti, että hänen laskunsa ⟦o:INV|8841209⟧ eräpäivä ⟦o:D|20.6.2024⟧ meni väärään osoitteeseen. Oikea osoite: ⟦A|Satakunnankatu 22 C 31, 33210 Tampere⟧. Puh. ⟦PH|050 441 8822⟧. Sähköposti ⟦E|mikko.heikkinen@elisanet.fi⟧.""",
    )
    r(
        "hu_HU",
        "kyc_review",
        """Ügyfélazonosítás — ⟦o:ROW|KYC-HU-3318⟧
Név: ⟦P|Szabó-Horváth Bence⟧
Születési hely, idő: ⟦L|Pécs⟧, ⟦DOB|1993.09.02.⟧
Anyja neve: ⟦P|Kiss Márta⟧
Személyi ig.: ⟦NID|482193KA⟧
Lakcím: ⟦A|7621 Pécs, Király utca 18. fsz. 2.⟧
Számlaszám: ⟦IBAN|HU50 1070 0024 0423 7183 0000 0000⟧
Eredmény: elfogadva.""",
    )
    r(
        "el_GR",
        "clinical_note",
        """Σημείωμα εξόδου
Ασθενής: ⟦P|Νικόλαος Αντωνίου⟧, ΑΜΚΑ ⟦NID@gr.amka|23117504565⟧
Αρ. φακέλου: ⟦MRN|ΓΝΑ-2024-008841⟧
Διάγνωση: πνευμονία κοινότητας. Αγωγή: αμοξικιλλίνη ⟦o:QTY|1 g⟧ x3 για ⟦o:QTY|7 ημέρες⟧.
Επικοινωνία συζύγου: ⟦PH|210 644 1827⟧""",
    )
    r(
        "es_ES",
        "email_thread",
        """De: ⟦P|Nuria Castells i Puig⟧ <⟦E|nuria.castells@gestoriacastells.cat⟧>
Enviado: jueves, 13 de junio de 2024 10:05
Para: ⟦P|Álvaro Medina⟧
Asunto: RV: documentación autónomo

⟦P|Álvaro⟧, te reenvío lo que nos mandó el cliente ⟦P|Youssef El Amrani⟧: NIE ⟦NID@es.nie|X4821937X⟧, domicilio fiscal ⟦A|Carrer de Sants 188, 2n 1a, 08028 Barcelona⟧, móvil ⟦PH|655 20 41 87⟧. Falta el modelo 036, le he pedido que lo traiga el ⟦o:D|lunes⟧.
Salut,
⟦P|Núria⟧""",
    )
    r(
        "it_IT",
        "support_ticket",
        """Segnalazione ⟦o:TKT|TK-IT-77204⟧ — cliente ⟦P|Salvatore Russo⟧
Cellulare ⟦PH|+39 328 441 9027⟧ — indirizzo fornitura ⟦A|Via Toledo 256, scala B, int. 9, 80134 Napoli⟧
POD ⟦o:ROW|IT001E48821930⟧, lettura ⟦o:QTY|11.204 kWh⟧. Chiede rateizzazione della bolletta ⟦o:INV|FT-24-0099817⟧ di ⟦o:AMT|€ 418,77⟧.""",
    )
    r(
        "nl_BE",
        "crm_note",
        """Terugbelverzoek: dhr. ⟦P|Wouter Claes⟧ wil zijn adres wijzigen naar ⟦A|Meir 12, 2000 Antwerpen⟧ (was ⟦A|Grote Markt 3, 2800 Mechelen⟧). GSM ⟦PH|0495 18 22 74⟧. Klantnummer ⟦o:ROW|BE-448120⟧. Geboortedatum ter controle: ⟦DOB|02/02/1972⟧.""",
    )
    r(
        "en_US",
        "crm_export",
        """<?xml version="1.0" encoding="UTF-8"?>
<CustomerExport batch="⟦o:ROW|EXP-20240613-2⟧" generated="⟦o:D|2024-06-13⟧T⟦o:T|23:00:00⟧">
  <Customer id="⟦o:ROW|884120⟧">
    <Name><Given>⟦P|Oluwadamilola⟧</Given><Family>⟦P|Bankole-Hughes⟧</Family></Name>
    <DOB>⟦DOB|1999-01-07⟧</DOB>
    <Address type="home">⟦A|611 Spring Garden St Apt 3, Philadelphia, PA 19123⟧</Address>
    <Phone type="mobile">⟦PH|267-555-0149⟧</Phone>
    <Email>⟦E|dami.bh@gmail.com⟧</Email>
    <Payment><CardLast4>4371</CardLast4><Token>tok_9KqX2m</Token></Payment>
  </Customer>
</CustomerExport>""",
    )
    r(
        "en_US",
        "qa_note",
        """QA calibration notes — week 24
Call 1 (agent ⟦P|Brittany Vo⟧): caller gave DL number ⟦DL|S530-4418-2297⟧ for ID verification — agent correctly stopped her and used the knowledge-based questions instead. ✔
Call 2 (agent ⟦P|Marcus Delacroix⟧): customer Mr. ⟦P|Anthony Russo⟧ in ⟦L|Scranton⟧ — agent read back the full card ⟦CC|2223 0048 7219 3346⟧. ✘ Needs PCI refresher.
Avg handle time ⟦o:QTY|6m 42s⟧, CSAT ⟦o:PCT|4.6/5⟧.""",
    )
    r(
        "en_GB",
        "kyc_review",
        """EDD memo — client ⟦o:ROW|PB-UK-00812⟧
Client: Mr ⟦P|Tariq bin Saeed Al-Marri⟧ (PEP — family member of a foreign official)
Passport: Qatari, no. ⟦PP|01928374⟧
UK residence: ⟦A|Flat 7, 48 Eaton Square, London SW1W 9BD⟧
Source of wealth: family office dividends, est. ⟦o:AMT|£42m⟧.
Relationship manager: ⟦P|Charlotte Pemberton-Hayes⟧  Approver: ⟦P|David Oyelaran⟧""",
    )
    r(
        "en_US",
        "ticket_paste",
        """From the Terraform state file someone attached to the ticket (!!):
  "master_username": "dbadmin",
  "master_password": "⟦S|zX4#pQ9!mW2rT7vL⟧",
  "endpoint": "prod-core.cluster-c9abc.us-west-2.rds.amazonaws.com",
  "connection_string": "⟦UC|postgres://dbadmin:zX4%23pQ9!mW2rT7vL@prod-core.cluster-c9abc.us-west-2.rds.amazonaws.com/core⟧"
Removed the attachment, opened ⟦o:TKT|SEC-118⟧ to rotate.""",
    )
    r(
        "en_US",
        "slack",
        """⟦P|Deshawn Carter⟧ 4:51 PM
for the vendor portal: ⟦UC|https://deshawn.carter:Orion-7741@portal.medsupplyhub.com/login⟧ lol don't judge the password
⟦P|Keiko Yamamoto⟧ 4:53 PM
😐 changing it for you""",
    )
    r(
        "pt_BR",
        "log",
        """2024-06-13 19:22:01 WARN  [pix-service] chave PIX inválida tipo=CPF valor=⟦NID@br.cpf|041.257.384-91⟧ solicitante=⟦P|Rafaela Moura⟧ erro=⟦o:ERR|PIX_KEY_NOT_FOUND⟧
2024-06-13 19:22:03 INFO  [pix-service] retry ok txid=⟦o:REQ|E18236120202406131922s0441aa⟧ valor=⟦o:AMT|150,00⟧""",
    )
    r(
        "es_AR",
        "support_ticket",
        """Reclamo ⟦o:TKT|#RC-55812⟧ — ⟦P|Valentina Sosa⟧ (DNI ⟦NID|38.441.902⟧)
Dice que le debitaron dos veces ⟦o:AMT|$ 24.900⟧ con la tarjeta ⟦CC|6799 9910 8842 6301⟧. Vive en ⟦A|Bv. Oroño 1450, 5º A, S2000 Rosario⟧. Tel ⟦PH|0341 15 544-8120⟧.""",
    )
    r(
        "fr_CA",
        "clinical_note",
        """Note d'évolution — urgence, ⟦o:D|13 juin⟧ ⟦o:T|03 h 40⟧
Patient : ⟦P|Jean-François Ouellet⟧, 71 ans, RAMQ ⟦HPN|OUEJ 5309 1214⟧, dossier ⟦MRN|H-0448127⟧
Motif : douleur thoracique atypique. Troponines négatives x2. Congé avec suivi MD famille.
Conjointe ⟦P|Lise Ouellet⟧ ⟦PH|819 555-0147⟧, domicile ⟦A|305, rue King Ouest, Sherbrooke (Québec) J1H 1R4⟧""",
    )
    r(
        "en_NZ",
        "support_ticket",
        """Ticket ⟦o:TKT|NZ-4471⟧: customer ⟦P|Wiremu Hēnare⟧ says his broadband at ⟦A|7 Tui Lane, RD 2, Masterton 5882⟧ has been dropping since the storm. Router serial ⟦o:SKU|ZTE-H3601-88412⟧, firmware ⟦o:VER|1.0.18⟧. Call him on ⟦PH|06 377 4411⟧ after 5.""",
    )
    r(
        "en_US",
        "chat",
        """[Teams] ⟦P|Guadalupe Ochoa⟧: hey can u look up the patient from this morning, Mr. ⟦P|Lemaire⟧? I only have his phone ⟦PH|504-555-0163⟧
[Teams] ⟦P|Nate Sorensen⟧: found him — ⟦P|Philippe Lemaire⟧, MRN ⟦MRN|1048827⟧, DOB ⟦DOB|12/25/1946⟧. he's in 3N""",
    )
    r(
        "en_US",
        "sql",
        """-- ⟦o:TKT|ANALYTICS-221⟧ export for marketing (approved by ⟦P|Holly Brandt⟧)
COPY (
  SELECT first_name, last_name, email, zip
    FROM crm.contacts
   WHERE signup_date >= '⟦o:D|2024-01-01⟧' AND opt_in = true
) TO '/tmp/optins_q2.csv' WITH CSV HEADER;
-- ⟦o:QTY|18,204⟧ rows written""",
    )
    r(
        "en_GB",
        "shipping_manifest",
        """COLLECTION NOTE — returns
Collect from: Ms ⟦P|Priya Venkataraman⟧, ⟦A|Apartment 1402, Deansgate Square South Tower, 9 Owen Street, Manchester M15 4TS⟧
Contact: ⟦PH|+44 7700 900 662⟧
RMA ⟦o:ROW|RMA-558120⟧ — ⟦o:PROD|Dyson V15 Detect⟧, reason: faulty battery
Courier: Evri, ⟦o:TRK|H01HYA0012345678⟧, slot ⟦o:D|Sat 15/06⟧ ⟦o:T|08:00⟧–⟦o:T|12:00⟧""",
    )
    r(
        "en_US",
        "postmortem",
        """Security incident ⟦o:TKT|SIR-2024-07⟧ — exposed S3 bucket
What happened: bucket `cw-support-exports` was public from ⟦o:D|May 28⟧ to ⟦o:D|June 11⟧. It contained ⟦o:QTY|3⟧ CSV exports (~⟦o:QTY|12,400⟧ rows: names, emails, phone numbers). Sample row as found by the researcher:
  "⟦P|Renata Szymańska⟧","⟦E|renata.szymanska@gmail.com⟧","⟦PH|+1 (347) 555-0198⟧","⟦A|31-40 Steinway St, Astoria, NY 11103⟧"
The IAM access key that created the bucket (⟦S|AKIAQ4X7Z2LMP9RT3KWB⟧ / ⟦S|9fK2pLq8vXz3Tn7RbW0mYc5Hs1dGj4eUa6Oi8Nk2⟧) has been deactivated.
Reported by researcher via HackerOne report ⟦o:REQ|#2551873⟧. Notification letters going out ⟦o:D|6/20⟧.""",
    )
    r(
        "en_US",
        "crm_note",
        """Customer ⟦P|Bao-Chau Lam⟧ asked us to hold all mail while she is caring for her mother in ⟦L|Da Nang⟧ until September. Best contact is WhatsApp ⟦PH|+84 905 441 827⟧. Security word on the account changed to "⟦S|lotus-kettle⟧" per her request. Acct ⟦o:ROW|CHK-2209418⟧.""",
    )
    r(
        "en_GB",
        "teams",
        """⟦P|Sunil Varghese⟧ 10:12
the new starter's laptop BitLocker recovery key, in case they get locked out on day 1: ⟦S|418209-337145-602811-094732-551804-229361-776025-180437⟧
⟦P|Eilidh Campbell⟧ 10:14
👍 saved to their asset record ⟦o:SKU|LT-UK-2291⟧""",
    )
    r(
        "de_DE",
        "log",
        """2024-06-13T06:41:19+02:00 WARN  vpn-gw01 auth: Benutzer ⟦E|t.richter@mueller-logistik.de⟧ Anmeldung von ⟦IP|91.64.188.40⟧ (⟦L|Leipzig⟧) fehlgeschlagen, Grund=⟦o:ERR|MFA_TIMEOUT⟧
2024-06-13T06:41:52+02:00 INFO  vpn-gw01 auth: Benutzer ⟦E|t.richter@mueller-logistik.de⟧ angemeldet, Client ⟦o:VER|FortiClient 7.2.4⟧""",
    )
    r(
        "en_ZA",
        "insurance_claim",
        """Motor claim ⟦o:ROW|MC-ZA-771204⟧ — assessor notes
Insured: ⟦P|Lindiwe Dube-Mokoena⟧, cell ⟦PH|+27 72 448 1093⟧
Driver's licence no: ⟦DL|4028 0001 8ZH7⟧
Accident on N1 near off-ramp 98, vehicle towed to panelbeater in Midrand. Quote ⟦o:AMT|R 48 220,00⟧ incl. VAT ⟦o:PCT|15%⟧.
Third party: ⟦P|Pieter Botha⟧, ⟦PH|083 201 7745⟧""",
    )
    r(
        "en_US",
        "ticket_paste",
        """User says the SSO redirect loops. HAR excerpt:
GET https://login.brightfield.edu/saml/acs?RelayState=%2Fdashboard&SAMLResponse=PHNhbWxwOlJlc3BvbnNl...
  → 302 Location: https://portal.brightfield.edu/?user=⟦E~urlenc|k.mwangi%40brightfield.edu⟧&sid=⟦S|7QpL2xZ9kR4vN8mB1wT6⟧
Student: ⟦P|Kamau Mwangi⟧, student id ⟦o:ROW|S00441827⟧. Browser ⟦o:VER|Chrome 125.0.6422.142⟧.""",
    )


load(r)


def main():
    rows = []
    for i, (loc, sty, src) in enumerate(R):
        text, spans = parse(src)
        rec = {
            "id": f"h6b-{i:05d}",
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
    with open("heldout6b.jsonl", "w", encoding="utf-8") as f:
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
