#!/usr/bin/env python3
"""Build heldout10b.jsonl from hand-written records with inline markup.
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
        "app_log",
        '2026-03-14T09:12:44.118Z INFO  [auth-svc] req_id=⟦o:REQ|a7f3c2e1-9b04⟧ login ok user=⟦E|dwayne.okafor@gmail.com⟧ ip=⟦IP|73.162.48.201⟧ ua="Mozilla/5.0 (iPhone; CPU iPhone OS 17_3 like Mac OS X)" latency_ms=212 node=auth-7c9f upstream=10.40.2.17:8443',
    )
    r(
        "de_DE",
        "app_log",
        "[⟦o:D|2026-02-03⟧ ⟦o:T|14:07:52,331⟧] ERROR c.s.b.CustomerService - Validation failed for customer id=⟦o:ROW|884213⟧: field 'iban' value '⟦IBAN|DE44 5001 0517 5407 3249 31⟧' rejected by bank-check (⟦o:ERR|BAV-0412⟧), name='⟦P|Jürgen Weißenböck⟧', plz=⟦a:PC|60311⟧",
    )
    r(
        "fr_FR",
        "stack_trace",
        "Traceback (most recent call last):\n  File \"/srv/app/billing/views.py\", line 218, in create_mandate\n    mandate = Mandate.objects.create(**payload)\n  File \"/srv/venv/lib/python3.11/site-packages/django/db/models/query.py\", line 658, in create\n    obj.save(force_insert=True, using=self.db)\ndjango.db.utils.IntegrityError: duplicate key value violates unique constraint \"billing_mandate_iban_key\"\nDETAIL:  Key (iban)=(⟦IBAN|FR1420041010050500013M02606⟧) already exists.\npayload={'titulaire': '⟦P|Anne-Sophie Lemaître⟧', 'email': '⟦E|as.lemaitre@orange.fr⟧', 'rum': '⟦o:REQ|RUM-2026-000731⟧'}",
    )
    r(
        "en_GB",
        "json_api",
        '{"id":"⟦o:UUID|3f9d2b7a-61c4-4e0b-9a2f-8d1e5c7b0a44⟧","type":"customer","attributes":{"first_name":"⟦P|Siobhán⟧","last_name":"⟦P|O\'Driscoll⟧","email":"⟦E|siobhan.odriscoll@btinternet.com⟧","phone":"⟦PH|+44 7700 918 342⟧","address":{"line1":"⟦A|Flat 4, 27 Cromwell Road⟧","city":"⟦A|Bristol⟧","postcode":"⟦A|BS6 5EZ⟧"},"date_of_birth":"⟦DOB|1988-11-02⟧","created_at":"⟦o:D|2026-01-19T16:40:03Z⟧"},"meta":{"api_version":"⟦o:VER|2024-10-01⟧"}}',
    )
    r(
        "es_ES",
        "csv_export",
        "id,nombre,apellidos,dni,telefono,email,fecha_alta\n⟦o:ROW|10231⟧,⟦P|María José⟧,⟦P|García-Villalba Ruiz⟧,⟦NID@es.dni|48291736Q⟧,⟦PH|612 48 93 07⟧,⟦E|mjgarciavillalba@yahoo.es⟧,⟦o:D|2025-11-04⟧\n⟦o:ROW|10232⟧,⟦P|Iker⟧,⟦P|Etxeberria Goikoetxea⟧,⟦NID@es.dni|05174839T⟧,⟦PH|+34 688 201 554⟧,⟦E|iker.etxe@gmail.com⟧,⟦o:D|2025-11-04⟧\n⟦o:ROW|10233⟧,⟦P|Fatima⟧,⟦P|El Amrani⟧,⟦NID@es.nie|X4819273Z⟧,⟦PH|631 902 118⟧,⟦E|fatima.elamrani@hotmail.com⟧,⟦o:D|2025-11-05⟧",
    )
    r(
        "en_US",
        "env_file",
        "# .env.production -- DO NOT COMMIT\nNODE_ENV=production\nPORT=3000\nDATABASE_URL=⟦UC|postgres://app_rw:Vk9#pLm2qR7t@db-prod-1.internal:5432/orders⟧\nREDIS_URL=redis://cache-1.internal:6379/0\nSTRIPE_SECRET_KEY=⟦S|sk_live_51Nq8XyKd3pTfV0aR7mWcQ2hLzE9uJbYs4G⟧\nSENTRY_DSN=https://o44812.ingest.sentry.io/5529013\nAPP_VERSION=⟦o:VER|4.18.2⟧\nADMIN_EMAIL=⟦E|kwame.asante@northpeak.io⟧",
    )
    r(
        "en_US",
        "docker_compose",
        'services:\n  db:\n    image: mysql:8.0.36\n    environment:\n      MYSQL_ROOT_PASSWORD: ⟦S|Tr0ub4dor&3-prod⟧\n      MYSQL_USER: wp\n      MYSQL_PASSWORD: "⟦S|xW9!vC2#eLq⟧"\n    ports:\n      - "3306:3306"\n  wordpress:\n    image: wordpress:6.4-php8.2\n    environment:\n      WORDPRESS_DB_HOST: db:3306\n      WORDPRESS_DB_PASSWORD: "⟦S|xW9!vC2#eLq⟧"',
    )
    r(
        "pl_PL",
        "sql_result",
        "mysql> SELECT id, imie, nazwisko, pesel, miasto FROM klienci WHERE nazwisko LIKE 'Kowal%';\n+------+-----------+-------------+-------------+----------+\n| id   | imie      | nazwisko    | pesel       | miasto   |\n+------+-----------+-------------+-------------+----------+\n| ⟦o:ROW|4417⟧ | ⟦P|Agnieszka⟧ | ⟦P|Kowalczyk⟧   | ⟦NID@pl.pesel|88071214579⟧ | ⟦L|Kraków⟧   |\n| ⟦o:ROW|5102⟧ | ⟦P|Grzegorz⟧  | ⟦P|Kowalewski⟧  | ⟦NID@pl.pesel|75113094215⟧ | ⟦L|Gdańsk⟧   |\n+------+-----------+-------------+-------------+----------+\n2 rows in set (0.03 sec)",
    )
    r(
        "sv_SE",
        "sql_insert",
        "INSERT INTO kunder (personnummer, fornamn, efternamn, adress, postnr, ort, mobil) VALUES\n('⟦NID@se.personnummer|850712-3381⟧', '⟦P|Linnéa⟧', '⟦P|Bergqvist⟧', '⟦A|Storgatan 14 B lgh 1102⟧', '⟦A|411 38⟧', '⟦A|Göteborg⟧', '⟦PH|070-341 88 26⟧'),\n('⟦NID@se.personnummer|19911124-0470⟧', '⟦P|Oskar⟧', '⟦P|Nyström⟧', '⟦A|Vasavägen 3⟧', '⟦A|903 29⟧', '⟦A|Umeå⟧', '⟦PH|+46 73 902 14 55⟧');",
    )
    r(
        "en_US",
        "webhook",
        'POST /hooks/stripe HTTP/1.1\nHost: api.shopline.example\nStripe-Signature: t=1710421953,v1=5b1c9e0a7d3f28b6e4a1c0f97d2e8b3a6c5f4e1d0a9b8c7d6e5f4a3b2c1d0e9f\nContent-Type: application/json\n\n{"id":"evt_1OuJ7kLm9PqR2sT","type":"charge.succeeded","data":{"object":{"amount":⟦o:AMT|12999⟧,"currency":"usd","billing_details":{"name":"⟦P|Tamika R. Washington⟧","email":"⟦E|tamika.washington84@outlook.com⟧","address":{"line1":"⟦A|4418 Magnolia Crest Dr⟧","city":"⟦A|Charlotte⟧","state":"⟦A|NC⟧","postal_code":"⟦A|28269⟧"}},"payment_method_details":{"card":{"brand":"visa","last4":"6311","exp_month":4,"exp_year":2029}},"receipt_number":"⟦o:INV|1847-2290⟧"}}}',
    )
    r(
        "nl_NL",
        "xml_payload",
        '<?xml version="1.0" encoding="UTF-8"?>\n<Klant xmlns="urn:crm:v3">\n  <KlantId>⟦o:ROW|NL-0093321⟧</KlantId>\n  <Naam>\n    <Voornaam>⟦P|Sanne⟧</Voornaam>\n    <Tussenvoegsel>⟦P|van der⟧</Tussenvoegsel>\n    <Achternaam>⟦P|Meulen⟧</Achternaam>\n  </Naam>\n  <BSN>⟦NID@nl.bsn|284917333⟧</BSN>\n  <Adres>⟦A|Prinsengracht 263-II⟧</Adres>\n  <Postcode>⟦A|1016 GV⟧</Postcode>\n  <Plaats>⟦A|Amsterdam⟧</Plaats>\n  <Rekening>⟦IBAN|NL22RABO0318472290⟧</Rekening>\n  <Geboortedatum>⟦DOB|14-03-1979⟧</Geboortedatum>\n</Klant>',
    )
    r(
        "en_GB",
        "email_headers",
        'Return-Path: <bounces+4471@mail.fenwickhr.co.uk>\nReceived: from mx2.fenwickhr.co.uk (mx2.fenwickhr.co.uk [185.23.104.9]) by mail.acme.example with ESMTPS id 4TcQ9x1Zz1;\nDate: Thu, 14 Mar 2026 10:22:07 +0000\nFrom: "⟦P|Priyanka Raghunathan⟧" <⟦E|p.raghunathan@fenwickhr.co.uk⟧>\nTo: ⟦P|Callum McTavish⟧ <⟦E|callum.mctavish@acme.example⟧>\nReply-To: ⟦E|priyanka.r.personal@gmail.com⟧\nSubject: Re: Offer letter - ref ⟦o:TKT|HR-22817⟧\nMessage-ID: <⟦o:REQ|CAF7n2k=Qb9xK1@mail.gmail.com⟧>\nX-Originating-IP: [⟦IP|86.142.17.233⟧]',
    )
    r(
        "en_US",
        "vcard",
        "BEGIN:VCARD\nVERSION:3.0\nN:⟦P|Nakamura⟧;⟦P|Kenji⟧;;Dr.;\nFN:Dr. ⟦P|Kenji Nakamura⟧\nORG:Pacific Rim Cardiology\nTEL;TYPE=WORK,VOICE:⟦PH|(808) 555-0147 ext. 212⟧\nTEL;TYPE=CELL:⟦PH|+1-808-492-7731⟧\nEMAIL;TYPE=INTERNET:⟦E|knakamura@pacrimcardio.com⟧\nADR;TYPE=HOME:;;⟦A|1520 Kalakaua Ave Apt 1804⟧;⟦A|Honolulu⟧;⟦A|HI⟧;⟦A|96826⟧;USA\nBDAY:⟦DOB|1971-06-29⟧\nREV:⟦o:D|2025-12-01T08:00:00Z⟧\nEND:VCARD",
    )
    r(
        "de_DE",
        "ical",
        "BEGIN:VEVENT\nUID:⟦o:UUID|7b1e4c20-3a9f-4d58-b6e2-0c4f9a8d1e33⟧\nDTSTAMP:⟦o:D|20260310T081500Z⟧\nDTSTART;TZID=Europe/Berlin:⟦o:D|20260318T140000⟧\nSUMMARY:Bewerbungsgespräch – Backend Engineer\nORGANIZER;CN=⟦P|Katharina Oberhuber⟧:mailto:⟦E|k.oberhuber@talentwerk.de⟧\nATTENDEE;CN=⟦P|Yusuf Demirci⟧;ROLE=REQ-PARTICIPANT:mailto:⟦E|yusuf.demirci91@web.de⟧\nLOCATION:Raum 3.14\\, Talentwerk GmbH\\, ⟦A|Rosenheimer Str. 145⟧\\, 81671 München\nDESCRIPTION:Rückruf bitte an ⟦PH|0151 2274 9083⟧\nEND:VEVENT",
    )
    r(
        "en_US",
        "hl7",
        "MSH|^~\\&|EPIC|MERCYHOSP|LABSYS|MERCYLAB|⟦o:D|20260311093015⟧||ADT^A04|⟦o:REQ|MSG00083321⟧|P|2.5.1\nEVN|A04|⟦o:D|20260311093000⟧\nPID|1||⟦MRN|MRN4471920⟧^^^MERCY^MR||⟦P|HERNANDEZ^ROSA^ELENA⟧||⟦DOB|19640823⟧|F|||⟦A|2207 W 35TH ST^^AUSTIN^TX^78703⟧||⟦PH|(512)555-0182⟧|||||⟦SSN|536-81-4927⟧\nIN1|1|BCBSTX01|⟦o:ROW|57⟧|BLUE CROSS TEXAS||||||||||||||||||||||||||||||||⟦HPN|XQH884120073⟧\nPV1|1|O|CARD^201^A",
    )
    r(
        "en_GB",
        "fhir_json",
        '{\n  "resourceType": "Patient",\n  "id": "⟦o:UUID|b4c2d7e0-18af-4c33-9e61-2f0a7d5b9c18⟧",\n  "identifier": [{"system": "https://fhir.nhs.uk/Id/nhs-number", "value": "⟦NID@gb.nhs|9434765919⟧"}],\n  "name": [{"family": "⟦P|Adeyemi⟧", "given": ["⟦P|Oluwaseun⟧", "⟦P|Grace⟧"], "prefix": ["Mrs"]}],\n  "telecom": [{"system": "phone", "value": "⟦PH|0161 496 0732⟧", "use": "home"}],\n  "gender": "female",\n  "birthDate": "⟦DOB|1983-02-17⟧",\n  "address": [{"line": ["⟦A|12 Wilmslow Road⟧"], "city": "⟦A|Manchester⟧", "postalCode": "⟦A|M14 5TQ⟧"}],\n  "meta": {"versionId": "⟦o:VER|3⟧", "lastUpdated": "⟦o:D|2026-02-27T11:04:19+00:00⟧"}\n}',
    )
    r(
        "de_DE",
        "sepa_xml",
        '<CdtTrfTxInf>\n  <PmtId><EndToEndId>⟦o:REQ|E2E-20260314-000418⟧</EndToEndId></PmtId>\n  <Amt><InstdAmt Ccy="EUR">⟦o:AMT|2450.00⟧</InstdAmt></Amt>\n  <CdtrAgt><FinInstnId><BIC>⟦a:BC|COBADEFFXXX⟧</BIC></FinInstnId></CdtrAgt>\n  <Cdtr><Nm>⟦P|Dragana Petrović⟧</Nm></Cdtr>\n  <CdtrAcct><Id><IBAN>⟦IBAN|DE10120300000017723405⟧</IBAN></Id></CdtrAcct>\n  <RmtInf><Ustrd>Gehalt Maerz 2026 PersNr ⟦o:ROW|00871⟧</Ustrd></RmtInf>\n</CdtTrfTxInf>',
    )
    r(
        "en_GB",
        "fixed_width",
        "HDR0001BACS      ⟦o:D|260314⟧PAYROLL MARCH 2026         \n⟦a:BC|309638⟧⟦BBAN|12345601⟧099⟦a:BC|200404⟧71938226  0000214500⟦P|OKONKWO C⟧         ⟦o:REQ|REF000417⟧\n⟦a:BC|402715⟧⟦BBAN|41829306⟧099⟦a:BC|200404⟧71938226  0000187225⟦P|NIC AODHA S⟧       ⟦o:REQ|REF000418⟧\nTRL00020000401725",
    )
    r(
        "en_US",
        "shipping_label",
        '{"label_id":"⟦o:REQ|se-1198273344⟧","carrier":"ups","service":"ground","tracking_number":"⟦o:TRK|1Z999AA10123456784⟧","ship_to":{"name":"⟦P|Bao Tran Nguyen⟧","company":null,"address_line1":"⟦A|9825 Bolsa Ave⟧","address_line2":"⟦A|Unit 112⟧","city_locality":"⟦A|Westminster⟧","state_province":"⟦A|CA⟧","postal_code":"⟦A|92683⟧","phone":"⟦PH|714-555-0163⟧"},"weight":{"value":⟦o:QTY|2.4⟧,"unit":"pound"},"order":"⟦o:ORD|SO-558120⟧"}',
    )
    r(
        "fr_FR",
        "form_urlencoded",
        "POST /contact HTTP/1.1\nContent-Type: application/x-www-form-urlencoded\n\nnom=⟦P~url_encoded|Beno%C3%AEt+Ch%C3%A2telain⟧&email=⟦E~url_encoded|benoit.chatelain%40free.fr⟧&tel=⟦PH~url_encoded|%2B33+6+12+34+98+70⟧&sujet=commande+⟦o:ORD|FR-77120⟧&message=Bonjour%2C+colis+jamais+re%C3%A7u",
    )
    r(
        "en_US",
        "query_string",
        '10.0.4.21 - - [14/Mar/2026:07:44:19 +0000] "GET /api/v2/lookup?first=⟦P|Aaliyah⟧&last=⟦P|Brooks-Whitfield⟧&dob=⟦DOB|03%2F11%2F1996⟧&zip=⟦a:PC|30310⟧&session=⟦o:REQ|9c1e77ab⟧ HTTP/1.1" 200 1842 "-" "okhttp/4.12.0" client=⟦IP|24.98.213.77⟧',
    )
    r(
        "en_US",
        "slack_message",
        '@oncall heads up — prod logs are leaking PII again, saw this in the payments worker:\n```\nWARN  retrying charge for cust ⟦o:ROW|cus_88172⟧ card=⟦CC|4556 7301 9284 6311⟧ cvv=⟦S|417⟧ holder="⟦P|Marcus Delacroix-Whitaker⟧"\n```\nticket is ⟦o:TKT|SEC-1142⟧, can someone add the masker to 3.7.x? I\'ll rotate the log bucket after',
    )
    r(
        "en_IN",
        "jira_comment",
        "Repro steps for ⟦o:TKT|KYC-3390⟧:\n1. Upload PAN card for test user (we used a real customer by mistake, pls purge): name ⟦P|Sunitha Venkataraman⟧, PAN ⟦TAX@in_.pan|AKRPS4821K⟧, Aadhaar ⟦NID@in_.aadhaar|4973 1826 5031⟧\n2. OCR returns confidence ⟦o:PCT|71%⟧\n3. API responds ⟦o:ERR|422⟧ with `kyc_mismatch`\nBuild: ⟦o:VER|2.31.0-rc4⟧, commit ⟦o:SHA|e3b1f09⟧",
    )
    r(
        "en_US",
        "ci_output",
        "Run ./scripts/deploy.sh --env staging\n+ export AWS_REGION=us-east-1\n+ aws configure set aws_access_key_id ⟦S|AKIAQX7V3MPL2NHT5RWE⟧\n+ aws configure set aws_secret_access_key ⟦S|wJx8pF2uZq+T7vKc0LmR3yHsN9bG4dE1aQoWiU6t⟧\n+ docker push 412998301266.dkr.ecr.us-east-1.amazonaws.com/api:⟦o:SHA|8f2c1d9ab47e⟧\nThe push refers to repository [412998301266.dkr.ecr.us-east-1.amazonaws.com/api]\n⟦o:VER|v5.2.0⟧: digest: sha256:1d4a9c0b7e2f36a58b19cc0e7d4f2a61b8e3905c7d1f4a2b6e8c0d9f3a7b5e12 size: 2411\nJob #⟦o:ROW|88412⟧ finished in 3m 12s",
    )
    r(
        "en_US",
        "monitoring_alert",
        "[FIRING:1] HighErrorRate api-gateway (prod, eu-west-1)\nSummary: 5xx rate ⟦o:PCT|7.4%⟧ over 5m (threshold 2%)\nInstance: 10.12.8.40:9100\nTop error: ⟦o:ERR|ECONNRESET⟧ upstream=orders-svc\nRunbook: https://wiki.internal/runbooks/api-5xx\nStarted: ⟦o:D|2026-03-14 02:17:00 UTC⟧\nAlert ID: ⟦o:UUID|0d8e6c42-9f17-4b3a-a25e-71c93f0d4b68⟧",
    )
    r(
        "en_US",
        "audit_log",
        '{"ts":"⟦o:D|2026-03-13T22:41:09.551Z⟧","actor":{"email":"⟦E|r.castellanos@helio-ops.com⟧","ip":"⟦IP|201.141.77.18⟧"},"action":"user.export","target":{"type":"report","id":"⟦o:ROW|rpt_44912⟧"},"result":"success","rows":⟦o:QTY|18230⟧,"trace_id":"⟦o:REQ|4bf92f3577b34da6a3ce929d0e0e4736⟧"}',
    )
    r(
        "ja_JP",
        "csv_export",
        "会員番号,氏名,フリガナ,生年月日,電話番号,住所\n⟦o:ROW|M000481⟧,⟦P|佐藤 美咲⟧,⟦P|サトウ ミサキ⟧,⟦DOB|1992/04/08⟧,⟦PH|090-3381-7264⟧,⟦A|東京都世田谷区北沢2-14-7 サンハイツ301⟧\n⟦o:ROW|M000482⟧,⟦P|髙橋 大輔⟧,⟦P|タカハシ ダイスケ⟧,⟦DOB|1985/12/21⟧,⟦PH|06-6312-4490⟧,⟦A|大阪府大阪市北区梅田1-3-1⟧",
    )
    r(
        "ko_KR",
        "json_api",
        '{"orderNo":"⟦o:ORD|20260314-0008817⟧","buyer":{"name":"⟦P~json_escape|\\uae40\\ubbfc\\uc900⟧","tel":"⟦PH|010-4821-7735⟧","email":"⟦E|minjun.kim@naver.com⟧"},"receiver":{"name":"⟦P|이서연⟧","addr1":"⟦A|서울특별시 강남구 테헤란로 152⟧","addr2":"⟦A|강남파이낸스센터 21층⟧","zip":"⟦A|06236⟧"},"totalPrice":⟦o:AMT|58900⟧,"sku":"⟦o:SKU|KR-TB-0042-BLK⟧"}',
    )
    r(
        "zh_CN",
        "app_log",
        "2026-03-14 11:03:27.904 [http-nio-8080-exec-12] WARN  c.x.user.RealNameController - 实名认证失败 traceId=⟦o:REQ|6a1f3e9c2d7b4a08⟧ name=⟦P|王晓燕⟧ idCard=⟦NID@cn.ric|110105198802142318⟧ mobile=⟦PH|138 1027 6645⟧ code=⟦o:ERR|ID_MISMATCH_1003⟧",
    )
    r(
        "pt_BR",
        "webhook",
        '{"event":"PIX_RECEIVED","txid":"⟦o:REQ|E18236120202603141503s0412ab9c⟧","valor":"⟦o:AMT|1.250,00⟧","pagador":{"nome":"⟦P~json_escape|Jo\\u00e3o Pedro Concei\\u00e7\\u00e3o⟧","cpf":"⟦NID@br.cpf|529.982.247-25⟧","chave":"⟦E|jp.conceicao@uol.com.br⟧"},"recebedor":{"nome":"Loja Azul LTDA","cnpj":"11.222.333/0001-81"},"horario":"⟦o:D|2026-03-14T15:03:11-03:00⟧"}',
    )
    r(
        "tr_TR",
        "sql_insert",
        "INSERT INTO musteri (tc_kimlik, ad, soyad, dogum_tarihi, telefon, adres) VALUES ('⟦NID@tr.tckimlik|38471926550⟧', '⟦P|Elif⟧', '⟦P|Yıldırım⟧', '⟦DOB|1990-07-15⟧', '⟦PH|0532 418 77 09⟧', '⟦A|Bağdat Cad. No:214 D:7 Kadıköy⟧');\nQuery OK, 1 row affected (0.01 sec)",
    )
    r(
        "ar_SA",
        "json_api",
        '{"request_id":"⟦o:REQ|req_7Yx2Lq⟧","applicant":{"full_name_en":"⟦P|Abdulrahman bin Khalid Al-Qahtani⟧","full_name_ar":"⟦P|عبدالرحمن بن خالد القحطاني⟧","mobile":"⟦PH|+966 55 812 4410⟧","iban":"⟦IBAN|SA8110000001400017825004⟧","city":"⟦L|Riyadh⟧","passport_no":"⟦PP|Y48201937⟧"},"status":"PENDING_REVIEW","score":⟦o:PCT|0.82⟧}',
    )
    r(
        "it_IT",
        "tsv_export",
        "cod_cliente\tnominativo\tcodice_fiscale\tcellulare\tpec\n⟦o:ROW|C-20931⟧\t⟦P|Mario Rossi⟧\t⟦NID@it.codicefiscale|RSSMRA85T10A562S⟧\t⟦PH|347 118 9023⟧\t⟦E|mario.rossi85@pec.it⟧\n⟦o:ROW|C-20932⟧\t⟦P|Giulia Bianchi⟧\t⟦NID@it.codicefiscale|BNCGLI90A41F205H⟧\t⟦PH|+39 333 402 6718⟧\t⟦E|giulia.bianchi@legalmail.it⟧",
    )
    r(
        "en_AU",
        "yaml_config",
        '# payroll-sync config\nsource:\n  type: xero\n  tenant_id: ⟦o:UUID|e1f0c7a2-4b9d-4d3e-8c61-59a2b7f3d014⟧\n  client_secret: ⟦S|Xr7_pQ2mNv9LkB4eZt8wHc3yJ5sA0dFg⟧\nnotify:\n  on_failure: ⟦E|liam.fitzgerald@coastalfreight.com.au⟧\n  sms: "⟦PH|0412 773 908⟧"\nschedule: "0 3 * * 1-5"\nversion: ⟦o:VER|1.9.4⟧',
    )
    r(
        "en_CA",
        "csv_export",
        'Employee ID,Legal Name,SIN,Date of Birth,Home Address,Province\n⟦o:ROW|E10442⟧,⟦P|Gabrielle Tremblay-Côté⟧,⟦NID@ca.sin|527 183 909⟧,⟦DOB|1987-09-30⟧,"⟦A|412-1850 rue Sherbrooke O, Montréal QC H3H 1E4⟧",QC\n⟦o:ROW|E10443⟧,⟦P|Harjit Singh Dhillon⟧,⟦NID@ca.sin|293 817 466⟧,⟦DOB|1979-01-12⟧,"⟦A|77 Sandalwood Pkwy E, Brampton ON L6Z 4N6⟧",ON',
    )
    r(
        "en_ZA",
        "app_log",
        "2026-03-14 08:55:02 ERROR [kyc-worker-3] SA ID verification failed: id_number=⟦NID@za.idnr|8804125123080⟧ surname=⟦P|Mthembu⟧ initials=⟦P|S.N.⟧ reason=⟦o:ERR|HANIS_TIMEOUT⟧ attempt=3/5 job=⟦o:UUID|5c8a1e3f-7d2b-4f90-b6c4-1e9a0d3f7b25⟧",
    )
    r(
        "nb_NO",
        "jira_comment",
        "Kunde ringte inn igjen ang. ⟦o:TKT|SUP-8812⟧. Fødselsnummer ⟦NID@no.fodselsnummer|12078545370⟧ (⟦P|Ingrid Haugland⟧), kontonr ⟦BBAN|1503.20.08734⟧ – beløpet ⟦o:AMT|4 320 kr⟧ ble trukket to ganger ⟦o:D|12.03⟧. Hun bor nå i ⟦A|Møllergata 18, 0179 Oslo⟧, tlf ⟦PH|918 44 207⟧.",
    )
    r(
        "da_DK",
        "csv_export",
        "kundenr;navn;cpr;adresse;postnr_by;telefon\n⟦o:ROW|700812⟧;⟦P|Mette Kjærsgaard⟧;⟦NID@dk.cpr|170384-3017⟧;⟦A|Nørrebrogade 44, 3. tv⟧;⟦A|2200 København N⟧;⟦PH|+45 28 91 73 40⟧\n⟦o:ROW|700813⟧;⟦P|Rasmus Ø. Lindholm⟧;⟦NID@dk.cpr|050178-1243⟧;⟦A|Vestergade 9⟧;⟦A|8000 Aarhus C⟧;⟦PH|41 22 08 95⟧",
    )
    r(
        "en_US",
        "sql_result",
        "psql> SELECT member_id, full_name, ssn, dob, plan_id FROM members WHERE group_no = 'GRP-7710' LIMIT 3;\n member_id |      full_name        |     ssn     |    dob     |    plan_id\n-----------+-----------------------+-------------+------------+---------------\n ⟦o:ROW|900144⟧    | ⟦P|Deshawn L. Carter⟧     | ⟦SSN|219-44-7051⟧ | ⟦DOB|1976-05-09⟧ | ⟦HPN|W2281-40917-01⟧\n ⟦o:ROW|900145⟧    | ⟦P|Mei-Ling Chou⟧         | ⟦SSN|672-30-1184⟧ | ⟦DOB|1990-10-27⟧ | ⟦HPN|W2281-40917-02⟧\n ⟦o:ROW|900151⟧    | ⟦P|Bartholomew Quigley III⟧ | ⟦SSN|401-58-2263⟧ | ⟦DOB|1958-02-14⟧ | ⟦HPN|W2281-55102-01⟧\n(3 rows)",
    )
    r(
        "en_US",
        "stack_trace",
        "java.lang.IllegalArgumentException: Invalid driver license format for state=CA: '⟦DL|D4419027⟧' (holder ⟦P|Veronica Salgado⟧)\n\tat com.insureco.quote.validation.LicenseValidator.validate(LicenseValidator.java:88)\n\tat com.insureco.quote.QuoteService.create(QuoteService.java:212)\n\tat jdk.internal.reflect.GeneratedMethodAccessor412.invoke(Unknown Source)\n\tat org.springframework.web.servlet.FrameworkServlet.service(FrameworkServlet.java:883)\nCaused by: com.insureco.quote.validation.RuleException: rule ⟦o:ERR|DLV-017⟧ failed\n\t... 48 more",
    )
    r(
        "en_US",
        "app_log",
        'Mar 14 06:31:55 web-03 nginx[1182]: ⟦IP|98.207.144.61⟧ - ⟦E|jmcallister@comcast.net⟧ [14/Mar/2026:06:31:55 -0700] "POST /account/password HTTP/2.0" 302 0 "https://portal.example.com/account" "Mozilla/5.0 (Windows NT 10.0; Win64; x64)" rt=0.084 uct=0.001 req=⟦o:REQ|f31c09aa72d1⟧',
    )
    r(
        "en_US",
        "json_api",
        '{\n  "applicant": {\n    "firstName": "⟦P|Lakisha⟧",\n    "lastName": "⟦P|Robinson-Ayala⟧",\n    "ssn": "⟦SSN|148926630⟧",\n    "dateOfBirth": "⟦DOB|07/19/1993⟧",\n    "driversLicense": {"number": "⟦DL|R163-4829-7105⟧", "state": "FL"},\n    "address": "⟦A|2901 NW 7th Ave, Apt 3C, Miami, FL 33127⟧",\n    "monthlyIncome": ⟦o:AMT|4150⟧\n  },\n  "loanAmount": ⟦o:AMT|18000⟧,\n  "termMonths": ⟦o:QTY|60⟧,\n  "applicationId": "⟦o:ROW|APP-2026-0031877⟧"\n}',
    )
    r(
        "en_US",
        "form_urlencoded",
        "DEBUG form submission /apply step=3 body: fname=⟦P|Connor⟧&lname=⟦P|O%27Sullivan⟧&ssn=⟦SSN|523-17-8849⟧&email=⟦E~url_encoded|connor.osullivan%40icloud.com⟧&phone=⟦PH~url_encoded|%28617%29+555-0139⟧&income=72000&consent=on&csrf=⟦o:REQ|kq81Zx0⟧",
    )
    r(
        "en_US",
        "csv_export",
        '"Contact ID","First Name","Last Name","Email","Mobile","Mailing Street","Mailing City","Mailing State","Mailing Zip","Lead Source","Created Date"\n"⟦o:ROW|0035e00000Kq7tPAAR⟧","⟦P|Guadalupe⟧","⟦P|Treviño⟧","⟦E|lupe.trevino@sbcglobal.net⟧","⟦PH|(210) 555-0174⟧","⟦A|1134 W Mulberry Ave⟧","⟦A|San Antonio⟧","⟦A|TX⟧","⟦A|78201⟧","Webinar","⟦o:D|3/2/2026⟧"\n"⟦o:ROW|0035e00000Kq7tQAAR⟧","⟦P|Oluwadamilare⟧","⟦P|Bankole⟧","⟦E|dami.bankole@gmail.com⟧","⟦PH|+1 (646) 555-0120⟧","⟦A|301 W 118th St #5F⟧","⟦A|New York⟧","⟦A|NY⟧","⟦A|10026⟧","Referral","⟦o:D|3/3/2026⟧"',
    )
    r(
        "en_US",
        "ci_output",
        "[2026-03-14T10:02:11Z] Step 4/9 : RUN pip install -r requirements.txt --index-url ⟦UC|https://deploy:gh7Qw2rT9zLp@pypi.corp.example/simple⟧\n ---> Running in 3a91c7e0d2f4\nLooking in indexes: https://deploy:****@pypi.corp.example/simple\nCollecting django==⟦o:VER|4.2.11⟧\nCollecting psycopg2-binary==⟦o:VER|2.9.9⟧\nSuccessfully installed django-4.2.11 psycopg2-binary-2.9.9\nBuild ⟦o:ROW|#5521⟧ ✔ (pipeline ⟦o:UUID|9a0e2c44-7f1b-43de-8c55-b1d3e6a7f920⟧)",
    )
    r(
        "en_US",
        "ci_output",
        "$ git log --oneline -5\n⟦o:SHA|a41c9e2⟧ fix(payments): mask PAN in retry logs (⟦o:TKT|SEC-1142⟧)\n⟦o:SHA|77d0b13⟧ chore(deps): bump axios to ⟦o:VER|1.6.8⟧\n⟦o:SHA|c3e98f4⟧ feat(search): add fuzzy match for SKUs like ⟦o:SKU|TSH-RED-XL-2024⟧\n⟦o:SHA|0b5f21d⟧ test: stabilize e2e on node ⟦o:VER|20.11.1⟧\n⟦o:SHA|e9a7c06⟧ Merge pull request #4411 from ops/alerts\n$ npm test\nTests: ⟦o:QTY|412⟧ passed, ⟦o:QTY|412⟧ total\nTime: 38.122 s",
    )
    r(
        "en_US",
        "monitoring_alert",
        "PagerDuty Incident #⟦o:TKT|PD-48812⟧ TRIGGERED\nService: checkout-api (prod)\nDetails: p99 latency ⟦o:QTY|2841ms⟧ > 1500ms for 10m on host ip-10-0-21-118.ec2.internal\nLast deploy: ⟦o:VER|checkout-api@2026.03.13-4⟧ (⟦o:SHA|5d2e8b0c91af⟧)\nError budget remaining: ⟦o:PCT|41.2%⟧\nAssigned to: ⟦P|Thandiwe Nkosi⟧ (⟦PH|+27 82 554 1930⟧)",
    )
    r(
        "de_CH",
        "yaml_config",
        'smtp:\n  host: mail.infomaniak.com\n  port: 587\n  username: ⟦E|noreply@zuegerbau.ch⟧\n  password: "⟦S|Zb!2026-mailer-Q7⟧"\nbackup:\n  target: ⟦UC|sftp://backup:Hq4xR8mW2nV6@nas.zuegerbau.ch:22/srv/backups⟧\ncontact:\n  verantwortlich: ⟦P|Reto Zwicky-Brunner⟧\n  mobile: ⟦PH|079 412 38 55⟧',
    )
    r(
        "en_US",
        "hl7",
        "MSH|^~\\&|CERNER|STJOSEPH|RADIS|STJ|⟦o:D|202603140712⟧||ORM^O01|⟦o:REQ|00418827⟧|P|2.3\nPID|1||⟦MRN|004472981⟧^^^STJ^MR~⟦SSN|287-65-3012⟧^^^SSA^SS||⟦P|NGUYEN^THANH^VAN⟧||⟦DOB|19470312⟧|M|||⟦A|88 ELM ST APT 2^^WORCESTER^MA^01609⟧||⟦PH|508-555-0119⟧\nORC|NW|⟦o:ORD|ORD88123⟧\nOBR|1|⟦o:ORD|ORD88123⟧||71020^CHEST XRAY 2V^CPT",
    )
    r(
        "en_US",
        "fhir_json",
        '{"resourceType":"Coverage","id":"⟦o:ROW|cov-55710⟧","status":"active","subscriberId":"⟦HPN|AET8841203775⟧","beneficiary":{"reference":"Patient/⟦MRN|pt-3301987⟧","display":"⟦P|Imani J. Okoro⟧"},"payor":[{"display":"Aetna"}],"class":[{"type":{"text":"group"},"value":"⟦o:ROW|0188422-10-007⟧"}],"period":{"start":"⟦o:D|2026-01-01⟧"}}',
    )
    r(
        "en_US",
        "slack_message",
        'hey @dana can you check why the eligibility call fails for this member? payload below\n```{"member_id":"⟦HPN|UHC-917340288⟧","name":"⟦P|Rosalind Ferreira⟧","dob":"⟦DOB|1961-12-03⟧","zip":"⟦a:PC|02893⟧"}```\ngetting ⟦o:ERR|AAA-72⟧ back from the clearinghouse, request id ⟦o:REQ|clh-8830219⟧',
    )
    r(
        "en_US",
        "jira_comment",
        "⟦o:TKT|OPS-7734⟧ Customer escalated. Cardholder ⟦P|Ezekiel Abernathy⟧ says he was charged twice ⟦o:AMT|$249.99⟧ on ⟦o:D|Mar 9⟧. Card on file ⟦CC|5374-1200-9856-1023⟧ exp 08/28. Billing ZIP ⟦a:PC|97214⟧. Refund ⟦o:REQ|re_3OuK1r⟧ issued, pls confirm in Stripe.",
    )
    r(
        "en_GB",
        "csv_export",
        'Employee Number,Surname,Forenames,NI Number,Date of Birth,Sort Code,Account Number,Address\n⟦o:ROW|004417⟧,⟦P|Ó Briain⟧,⟦P|Ciarán⟧,⟦NID|QQ 12 34 56 C⟧,⟦DOB|04/09/1985⟧,⟦a:BC|20-04-04⟧,⟦BBAN|71938226⟧,"⟦A|9 Laurel Grove, Leeds LS6 2BX⟧"\n⟦o:ROW|004418⟧,⟦P|Hussain⟧,⟦P|Amira⟧,⟦NID|JT 55 91 02 A⟧,⟦DOB|22/01/1992⟧,⟦a:BC|30-96-38⟧,⟦BBAN|12345601⟧,"⟦A|Flat 12B, Harbour House, 3 Ocean Way, Southampton SO14 3JP⟧"',
    )
    r(
        "en_GB",
        "email_headers",
        "Delivered-To: ⟦E|complaints@thameswater-billing.example⟧\nFrom: ⟦P|Gwendolyn Ashworth-Pryce⟧ <⟦E|gwen.ap@talktalk.net⟧>\nSubject: Account ⟦o:ROW|900412771⟧ - wrong meter reading\nDate: Wed, 11 Mar 2026 19:44:02 +0000\nX-Mailer: iPhone Mail (21D61)\n\nMy address is ⟦A|The Old Rectory, Church Lane, Little Baddow, Chelmsford CM3 4BQ⟧ and my number is ⟦PH|01245 223 871⟧.",
    )
    r(
        "fr_FR",
        "sql_result",
        "postgres=# SELECT id, nom, prenom, nir, ville FROM assures WHERE id IN (7710, 7711);\n  id  |    nom     |   prenom    |       nir       |  ville\n------+------------+-------------+-----------------+----------\n ⟦o:ROW|7710⟧ | ⟦P|N'Diaye⟧    | ⟦P|Aminata⟧     | ⟦NID@fr.nir|285067511604380⟧ | ⟦L|Lyon⟧\n ⟦o:ROW|7711⟧ | ⟦P|Le Goff⟧    | ⟦P|Yann⟧        | ⟦NID@fr.nir|192039935102414⟧ | ⟦L|Brest⟧\n(2 lignes)",
    )
    r(
        "fr_BE",
        "json_api",
        '{"dossier":"⟦o:ROW|BXL-2026-04418⟧","demandeur":{"nom":"⟦P|Vandenbroucke⟧","prenom":"⟦P|Élodie⟧","numero_national":"⟦NID@be.nn|85.07.12-273.37⟧","adresse":"⟦A|Rue de la Loi 155 bte 12, 1040 Etterbeek⟧","gsm":"⟦PH|0478 21 44 90⟧","compte":"⟦IBAN|BE71 0961 2345 6769⟧"},"montant":⟦o:AMT|312.40⟧}',
    )
    r(
        "fi_FI",
        "app_log",
        '2026-03-14T12:00:41+02:00 WARN  henkilotunnus-validointi: virheellinen syöte hetu=⟦NID@fi.hetu|140385-4275⟧ nimi="⟦P|Aino Järvinen⟧" osoite="⟦A|Hämeenkatu 21 B 14, 33200 Tampere⟧" req=⟦o:REQ|fi-71a2c⟧ virhekoodi=⟦o:ERR|HETU-09⟧',
    )
    r(
        "pt_PT",
        "csv_export",
        "num_cliente;nome;nif;morada;cod_postal;localidade;iban\n⟦o:ROW|55012⟧;⟦P|Inês Carvalho Magalhães⟧;⟦TAX@pt.nif|238174654⟧;⟦A|Rua de Santa Catarina 312, 2.º Esq.⟧;⟦A|4000-443⟧;⟦A|Porto⟧;⟦IBAN|PT50 0002 0123 1234 5678 9015 4⟧\n⟦o:ROW|55013⟧;⟦P|Duarte Nuno Sá⟧;⟦TAX@pt.nif|194738264⟧;⟦A|Av. da República 48, 5.º⟧;⟦A|1050-195⟧;⟦A|Lisboa⟧;⟦IBAN|PT70003300004531278901305⟧",
    )
    r(
        "es_MX",
        "json_api",
        '{"folio":"⟦o:ROW|MX-CRD-0092281⟧","solicitante":{"nombre":"⟦P|Alejandro Gómez Martínez⟧","curp":"⟦NID@mx.curp|GOMA850312HDFNRN04⟧","rfc":"⟦TAX@mx.rfc|GOMA850312KX4⟧","celular":"⟦PH|+52 55 1834 9027⟧","domicilio":"⟦A|Av. Insurgentes Sur 1602, Int. 804, Col. Crédito Constructor, 03940 Ciudad de México, CDMX⟧"},"monto_solicitado":⟦o:AMT|85000.00⟧,"plazo":⟦o:QTY|24⟧}',
    )
    r(
        "es_AR",
        "sql_insert",
        "INSERT INTO contribuyentes (cuit, razon_social, domicilio_fiscal, localidad, email) VALUES ('⟦TAX@ar.cuit|20-31847265-4⟧', '⟦P|Martín Ezequiel Fernández⟧', '⟦A|Av. Corrientes 3247 piso 6 dto B⟧', '⟦A|C1193AAF CABA⟧', '⟦E|mefernandez@fibertel.com.ar⟧'), ('⟦TAX@ar.cuit|27-41938570-6⟧', '⟦P|Lucía Belén Acosta⟧', '⟦A|Bv. Oroño 1180⟧', '⟦A|S2000DSR Rosario⟧', '⟦E|lu.acosta@gmail.com⟧');",
    )
    r(
        "es_CL",
        "csv_export",
        "RUT;Nombre;Comuna;Teléfono;Fecha Nacimiento;Previsión\n⟦NID@cl.rut|15.839.274-7⟧;⟦P|Camila Fuentealba Soto⟧;⟦L|Ñuñoa⟧;⟦PH|+56 9 8421 7730⟧;⟦DOB|12-08-1983⟧;FONASA B\n⟦NID@cl.rut|9.472.836-3⟧;⟦P|Jorge Andrés Muñoz⟧;⟦L|Viña del Mar⟧;⟦PH|9 7734 1028⟧;⟦DOB|03-01-1962⟧;ISAPRE Colmena ⟦HPN|4417720-K⟧",
    )
    r(
        "he_IL",
        "app_log",
        '2026-03-14 13:22:18,004 INFO [onboarding] id_check teudat_zehut=⟦NID@il.idnr|039337423⟧ full_name="⟦P|Noa Ben-David⟧" phone=⟦PH|054-772-1930⟧ city=⟦L|Haifa⟧ result=MATCH score=⟦o:PCT|0.97⟧ provider_latency_ms=318 rid=⟦o:REQ|il-55e0a7⟧',
    )
    r(
        "ar_AE",
        "shipping_label",
        "AWB: ⟦o:TRK|AE44810293371⟧\nSHIP TO: ⟦P|Fatima Zahra Al Mansoori⟧\n⟦A|Villa 27, Street 14B, Al Barsha 2⟧\n⟦A|Dubai, United Arab Emirates⟧\nMOB: ⟦PH|+971 50 338 1742⟧\nCOD: ⟦o:AMT|AED 349.00⟧  PCS: ⟦o:QTY|1⟧  WT: 0.8 KG\nREF: ⟦o:ORD|NN-3319920⟧",
    )
    r(
        "ru_RU",
        "json_api",
        '{"client":{"fio":"⟦P~json_escape|\\u0418\\u0432\\u0430\\u043d\\u043e\\u0432\\u0430 \\u0410\\u043d\\u043d\\u0430 \\u0421\\u0435\\u0440\\u0433\\u0435\\u0435\\u0432\\u043d\\u0430⟧","passport":"⟦PP|45 18 662917⟧","inn":"⟦TAX@ru.inn|500100732259⟧","phone":"⟦PH|+7 (916) 402-18-77⟧","address":"⟦A|г. Москва, ул. Профсоюзная, д. 64, кв. 112⟧"},"contract":"⟦o:ROW|D-2026/0412⟧","sum":⟦o:AMT|150000⟧}',
    )
    r(
        "cs_CZ",
        "xml_payload",
        '<zamestnanec>\n  <osobniCislo>⟦o:ROW|00318⟧</osobniCislo>\n  <jmeno>⟦P|Tereza⟧</jmeno>\n  <prijmeni>⟦P|Dvořáková⟧</prijmeni>\n  <rodneCislo>⟦NID@cz.rc|8556124016⟧</rodneCislo>\n  <bydliste>⟦A|Vinohradská 1511/230, 100 00 Praha 10⟧</bydliste>\n  <ucet>⟦BBAN|19-2000145399/0800⟧</ucet>\n  <mzda mena="CZK">⟦o:AMT|48500⟧</mzda>\n</zamestnanec>',
    )
    r(
        "en_NG",
        "slack_message",
        "@chidi pls whitelist this customer, BVN check keeps failing on prod: ⟦P|Adaeze Nwachukwu⟧, BVN ⟦NID|22184937105⟧, phone ⟦PH|0803 417 2290⟧, lives in ⟦L|Lekki⟧. error from NIBSS is ⟦o:ERR|BVN_04⟧, ref ⟦o:REQ|NBS-20260314-88213⟧",
    )
    r(
        "en_KE",
        "webhook",
        '{"Body":{"stkCallback":{"MerchantRequestID":"⟦o:REQ|29115-34620561-1⟧","CheckoutRequestID":"⟦o:REQ|ws_CO_140320261422419012⟧","ResultCode":0,"ResultDesc":"The service request is processed successfully.","CallbackMetadata":{"Item":[{"Name":"Amount","Value":⟦o:AMT|1500⟧},{"Name":"MpesaReceiptNumber","Value":"⟦o:INV|SCE4K7HX2P⟧"},{"Name":"TransactionDate","Value":⟦o:D|20260314142251⟧},{"Name":"PhoneNumber","Value":⟦PH|254722418093⟧}]}}}}',
    )
    r(
        "en_PH",
        "csv_export",
        "emp_no,last_name,first_name,tin,sss_no,philhealth,mobile\n⟦o:ROW|PH-0412⟧,⟦P|Dela Cruz⟧,⟦P|Maria Cristina⟧,⟦TAX|412-738-190-000⟧,⟦NID|34-1928374-5⟧,⟦HPN|12-050917342-8⟧,⟦PH|0917 552 8841⟧\n⟦o:ROW|PH-0413⟧,⟦P|Bautista⟧,⟦P|Jose Emmanuel⟧,⟦TAX|308-114-772-000⟧,⟦NID|33-8817204-1⟧,⟦HPN|19-201843366-2⟧,⟦PH|+63 998 410 2277⟧",
    )
    r(
        "id_ID",
        "app_log",
        '[2026-03-14 09:41:07] production.ERROR: Registrasi gagal NIK=⟦NID|3174055208910003⟧ nama="⟦P|Siti Nurhaliza Putri⟧" hp=⟦PH|0812-8834-1177⟧ alamat="⟦A|Jl. Kemang Raya No. 12, RT 04/RW 02, Bangka, Mampang Prapatan, Jakarta Selatan 12730⟧" {"exception":"[object] (Illuminate\\\\Database\\\\QueryException(code: ⟦o:ERR|23000⟧)"}',
    )
    r(
        "vi_VN",
        "json_api",
        '{"ma_don":"⟦o:ORD|VN2603140093⟧","nguoi_nhan":"⟦P~json_escape|Nguy\\u1ec5n Th\\u1ecb Thu H\\u01b0\\u01a1ng⟧","sdt":"⟦PH|0903 418 772⟧","dia_chi":"⟦A|Số 18 ngõ 42 Trần Duy Hưng, Trung Hòa, Cầu Giấy, Hà Nội⟧","cccd":"⟦NID|001192034817⟧","tong_tien":⟦o:AMT|1250000⟧,"trang_thai":"DANG_GIAO"}',
    )
    r(
        "en_IE",
        "audit_log",
        '2026-03-14T15:10:44Z user=⟦E|eoin.mac.giolla@revenue-portal.example⟧ src_ip=⟦IP|89.101.23.140⟧ action=VIEW_RECORD record_type=taxpayer ppsn=⟦TAX@ie.pps|7724183SA⟧ taxpayer="⟦P|Bríd Ní Mhurchú⟧" reason_code=⟦o:ERR|AUD-11⟧ session=⟦o:REQ|s-8f1d0c2e⟧',
    )
    r(
        "fr_CA",
        "vcard",
        "BEGIN:VCARD\nVERSION:4.0\nFN:⟦P|Marie-Ève Gagnon-Lapointe⟧\nN:⟦P|Gagnon-Lapointe⟧;⟦P|Marie-Ève⟧;;;\nTEL;TYPE=cell:⟦PH|+1 418 555 0193⟧\nEMAIL:⟦E|meve.gagnon@videotron.ca⟧\nADR;TYPE=home:;;⟦A|2245 ch. Sainte-Foy, app. 7⟧;⟦A|Québec⟧;⟦A|QC⟧;⟦A|G1V 1S3⟧;Canada\nBDAY:⟦DOB|--0521⟧\nNOTE:cliente depuis 2019 - dossier ⟦o:TKT|QC-88120⟧\nEND:VCARD",
    )
    r(
        "de_AT",
        "csv_export",
        "Personalnummer;Titel;Vorname;Nachname;SV-Nummer;Geburtsdatum;Straße;PLZ;Ort\n⟦o:ROW|A-10077⟧;Mag.;⟦P|Florian⟧;⟦P|Hinterleitner⟧;⟦NID|1237 100384⟧;⟦DOB|10.03.1984⟧;⟦A|Mariahilfer Straße 88/2/14⟧;⟦A|1070⟧;⟦A|Wien⟧\n⟦o:ROW|A-10078⟧;Dr.;⟦P|Selma⟧;⟦P|Hadžić⟧;⟦NID|4418 221190⟧;⟦DOB|22.11.1990⟧;⟦A|Herrengasse 7⟧;⟦A|8010⟧;⟦A|Graz⟧",
    )
    r(
        "en_US",
        "yaml_config",
        '# k8s secret (decoded) - from kubectl get secret api-creds -o yaml | yq\napiVersion: v1\nkind: Secret\nmetadata:\n  name: api-creds\n  namespace: billing\n  resourceVersion: "⟦o:ROW|88120417⟧"\nstringData:\n  GITHUB_TOKEN: ⟦S|ghp_R7kQ2vLx9TbN4mWc8ZpY3sHd1FgJ6uE0aK5o⟧\n  SLACK_WEBHOOK: ⟦S|https://hooks.slack.com/services/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⟧\n  PGPASSWORD: ⟦S|n0t-s0-s3cret!2026⟧',
    )
    r(
        "en_US",
        "app_log",
        "2026-03-14 04:12:09,771 - worker.sync - ERROR - SMTP auth failed for ⟦UC|smtp://alerts%40lumenfit.io:Qp7r!vB2x@smtp.sendgrid.net:587⟧ (⟦o:ERR|535 5.7.8⟧ Authentication failed) retry_in=60s job=⟦o:UUID|e7c1a92b-4d0f-4b7e-91aa-3c58d20f6e17⟧",
    )
    r(
        "en_US",
        "ci_output",
        'npm ERR! code ⟦o:ERR|E401⟧\nnpm ERR! Unable to authenticate, need: Basic realm="Artifactory"\nnpm verb config //npm.corp.example/:_authToken=⟦S|npm_8Kd2Lx7QvT0pRz4mWn9BcY1sHf6Ja3Ue5GoP⟧\nnpm verb exit 1\nnpm timing npm Completed in 2841ms\n##[error]Process completed with exit code 1. (run ⟦o:ROW|7731902214⟧, attempt ⟦o:QTY|2⟧)',
    )
    r(
        "en_US",
        "slack_message",
        "lol someone pasted this into #general, rotating now 🙃\n> ssh deploy@bastion.prod.example -i ~/.ssh/id_ed25519\n> passphrase: ⟦S|correct-horse-battery-staple-77⟧\nalso the jenkins admin pw ⟦S|J3nk!ns_Adm1n#2026⟧ is in the screenshot, ⟦o:TKT|SEC-1150⟧ opened",
    )
    r(
        "en_GB",
        "env_file",
        "# Generated by terraform ⟦o:VER|1.7.4⟧ on ⟦o:D|2026-03-02⟧\nAPP_ENV=staging\nAPP_KEY=⟦S|base64:Yk9vR3lNZ0xwQ2hUcW5aeEs4V2ZzMlBqdUU3YUh0Qjg=⟧\nDB_HOST=10.20.1.5\nDB_PORT=5432\nDB_USERNAME=laravel\nDB_PASSWORD=⟦S|Lr@v3l-St4g!ng⟧\nMAIL_FROM_ADDRESS=noreply@bookbarn.co.uk\nTWILIO_AUTH_TOKEN=⟦S|8a1f4c92e07b3d65c19e8f24a7d03b61⟧",
    )
    r(
        "en_US",
        "sql_result",
        "sqlite> select id, holder, pan, exp, zip from cards_legacy limit 3;\n⟦o:ROW|1⟧|⟦P|Harold Finch⟧|⟦CC|4929183746500218⟧|09/27|⟦a:PC|10013⟧\n⟦o:ROW|2⟧|⟦P|Imelda Santos-Reyes⟧|⟦CC|378288309174659⟧|11/26|⟦a:PC|94110⟧\n⟦o:ROW|3⟧|⟦P|Kofi Boateng⟧|⟦CC|6011554209733187⟧|02/28|⟦a:PC|20011⟧\nsqlite> -- TODO drop this table after PCI migration (⟦o:TKT|PCI-88⟧)",
    )
    r(
        "en_US",
        "webhook",
        '{\n  "event_type": "identity.verification.completed",\n  "verification_id": "⟦o:UUID|1c7f3e59-0a2d-4e88-b14f-6d92c0a87e31⟧",\n  "document": {\n    "type": "passport",\n    "number": "⟦PP|563184920⟧",\n    "issuing_country": "USA",\n    "expiry": "⟦o:D|2031-08-14⟧"\n  },\n  "person": {"given_names": "⟦P|Rahul Anand⟧", "surname": "⟦P|Mehta⟧", "dob": "⟦DOB|1989-04-02⟧"},\n  "ip_address": "⟦IP|2601:647:4d01:8a20:9c41:3e7f:b02a:11d4⟧",\n  "score": ⟦o:PCT|0.991⟧\n}',
    )
    r(
        "de_DE",
        "json_api",
        '{"antrag":"⟦o:ROW|KFZ-2026-118820⟧","halter":{"name":"⟦P|Sebastian Müller-Lüdenscheidt⟧","geburtsdatum":"⟦DOB|03.07.1974⟧","fuehrerschein":"⟦DL|B072RRE2I55⟧","personalausweis":"⟦NID|L01X00T47⟧","steuer_id":"⟦TAX@de.idnr|47182905466⟧","anschrift":"⟦A|Hauptstraße 12a, 69117 Heidelberg⟧"},"kennzeichen":"HD-SM 1974","beitrag":⟦o:AMT|412.80⟧}',
    )
    r(
        "en_GB",
        "jira_comment",
        "⟦o:TKT|DVLA-INT-2291⟧: the licence lookup returns ⟦o:ERR|404⟧ for ⟦DL|MORGA753116SM9IJ⟧ (⟦P|Sarah Morgan⟧, ⟦DOB|11 Jan 1975⟧). Works for ⟦DL|PATEL804220R99AB⟧ though. Suspect the check-digit logic in ⟦o:VER|licence-client 0.4.2⟧.",
    )
    r(
        "en_US",
        "app_log",
        "2026-03-14T03:00:01.002Z INFO  [cron] nightly-reindex started job=⟦o:UUID|c0a8012e-5f3b-4b71-9d2e-77a1f4c0e9b3⟧ shards=⟦o:QTY|24⟧ index=products_v7\n2026-03-14T03:14:48.517Z INFO  [cron] nightly-reindex finished docs=⟦o:QTY|1284411⟧ took=887.5s errors=0\n2026-03-14T03:14:48.519Z WARN  [cron] slow shard 17 on es-data-4 (10.8.3.44:9200) 212s",
    )
    r(
        "en_US",
        "stack_trace",
        "panic: runtime error: index out of range [5] with length 5\n\ngoroutine 1187 [running]:\ngithub.com/acme/ledger/internal/recon.(*Matcher).Match(0xc000512a80, {0xc0004f2000, 0x5, 0x8})\n\t/build/internal/recon/matcher.go:142 +0x3a5\ngithub.com/acme/ledger/internal/recon.Run({0x1a2f8c0, 0xc0001b6000}, 0xc0003e1040)\n\t/build/internal/recon/run.go:77 +0x21c\nexit status 2\nbuild ⟦o:VER|ledger 3.12.0⟧ (⟦o:SHA|9e4b7a1c20d5f8e36b12⟧) batch=⟦o:ROW|B-20260314-07⟧",
    )
    r(
        "en_GB",
        "monitoring_alert",
        "ALERT Disk usage critical on db-replica-2.lon1 (172.16.4.12)\n/var/lib/postgresql: ⟦o:PCT|94%⟧ used (⟦o:QTY|1.81 TiB⟧ of 1.92 TiB)\nWAL archive lag: ⟦o:QTY|37 segments⟧\nFirst seen: ⟦o:D|Sat 14 Mar 2026 01:52 GMT⟧\nSilence: https://alertmanager.lon1/#/silences/new?filter=%7Balertname%3D%22DiskFull%22%7D",
    )
    r(
        "de_DE",
        "ci_output",
        "> Task :app:compileReleaseKotlin\n> Task :app:lintVitalRelease\nw: /builds/mobile/app/src/main/kotlin/de/stadtwerk/app/ui/ZaehlerFragment.kt: (88, 17): Parameter 'savedInstanceState' is never used\n> Task :app:bundleRelease\nBUILD SUCCESSFUL in 4m 18s\n⟦o:QTY|312⟧ actionable tasks: 298 executed, 14 up-to-date\nversionName=⟦o:VER|5.3.1⟧ versionCode=⟦o:VER|50301⟧ pipeline #⟦o:ROW|1184223⟧ commit ⟦o:SHA|4f7e2a9⟧",
    )
    r(
        "en_US",
        "csv_export",
        'sku,title,qty_on_hand,reorder_point,unit_cost,warehouse\n⟦o:SKU|BK-ISBN-9780262046305⟧,"Intro to Algorithms 4e",⟦o:QTY|14⟧,5,⟦o:AMT|71.20⟧,RNO1\n⟦o:SKU|EL-USB-C-2M-BLK⟧,"USB-C cable 2m",⟦o:QTY|1203⟧,300,⟦o:AMT|1.84⟧,RNO1\n⟦o:SKU|HM-MUG-11OZ-WHT⟧,"Ceramic mug 11oz",⟦o:QTY|0⟧,120,⟦o:AMT|2.10⟧,CLT2',
    )
    r(
        "en_US",
        "json_api",
        '{"flight":"⟦o:FLT|UA 1549⟧","status":"delayed","dep":{"iata":"LGA","scheduled":"⟦o:D|2026-03-14T15:24:00-04:00⟧","estimated":"⟦o:D|2026-03-14T16:10:00-04:00⟧","gate":"B12"},"arr":{"iata":"CLT"},"aircraft":"A320","delay_code":"⟦o:ERR|93⟧","updated":"⟦o:D|2026-03-14T14:58:31Z⟧"}',
    )
    r(
        "fr_FR",
        "sql_result",
        "MariaDB [compta]> SELECT num_facture, date_emission, montant_ttc, statut FROM factures ORDER BY date_emission DESC LIMIT 3;\n+-------------+---------------+-------------+---------+\n| ⟦o:INV|FA-2026-0412⟧ | ⟦o:D|2026-03-13⟧    |     ⟦o:AMT|1 284,00⟧ | payee   |\n| ⟦o:INV|FA-2026-0411⟧ | ⟦o:D|2026-03-12⟧    |       ⟦o:AMT|96,50⟧ | relance |\n| ⟦o:INV|FA-2026-0410⟧ | ⟦o:D|2026-03-12⟧    |    ⟦o:AMT|12 400,00⟧ | payee   |\n+-------------+---------------+-------------+---------+",
    )
    r(
        "en_US",
        "slack_message",
        "deploy of ⟦o:VER|web 2026.03.14.2⟧ is out, sha ⟦o:SHA|b71e0c93⟧. error rate back to ⟦o:PCT|0.3%⟧. the flaky test in ⟦o:TKT|WEB-5521⟧ is still flaky, rerun #⟦o:ROW|88190⟧ passed. next train at ⟦o:T|16:00 PT⟧",
    )
    r(
        "ja_JP",
        "app_log",
        "2026-03-14 18:22:09.441 JST [batch-3] INFO  注文集計バッチ完了 件数=⟦o:QTY|48,112⟧ 合計=⟦o:AMT|¥18,420,300⟧ 処理時間=312秒 jobId=⟦o:UUID|8d2f1a74-0c3e-4b59-a7e6-29f0c8b1d345⟧ ver=⟦o:VER|2.8.0⟧",
    )
    r(
        "en_US",
        "yaml_config",
        'name: CI\non:\n  push:\n    branches: [ main ]\njobs:\n  test:\n    runs-on: ubuntu-22.04\n    strategy:\n      matrix:\n        python: ["⟦o:VER|3.10⟧", "⟦o:VER|3.11⟧", "⟦o:VER|3.12⟧"]\n    steps:\n      - uses: actions/checkout@v4\n      - uses: actions/setup-python@v5\n        with:\n          python-version: ${{ matrix.python }}\n      - run: pip install -e .[test] && pytest -q\n    env:\n      API_TOKEN: ${{ secrets.API_TOKEN }}',
    )
    r(
        "pl_PL",
        "jira_comment",
        "⟦o:TKT|FIN-3302⟧ Faktura ⟦o:INV|FV/2026/03/0187⟧ na kwotę ⟦o:AMT|3 690,00 zł⟧ wraca z KSeF z błędem ⟦o:ERR|21405⟧ – schemat ⟦o:VER|FA(2)⟧ nieaktualny. Numer referencyjny ⟦o:REQ|20260314-SE-2F3A8C0D91-4B⟧.",
    )
    r(
        "es_ES",
        "monitoring_alert",
        "[ALERTA] Cola de pedidos atascada en almacen-mad-02\nPedidos pendientes: ⟦o:QTY|1.842⟧\nPedido más antiguo: ⟦o:ORD|ES-2026-338102⟧ (desde ⟦o:D|14/03/2026 06:12⟧)\nConsumidor: picking-worker ⟦o:VER|v1.22.3⟧\nÚltimo error: ⟦o:ERR|TIMEOUT_SGA_504⟧",
    )
    r(
        "en_GB",
        "shipping_label",
        "ROYAL MAIL TRACKED 48\nTracking: ⟦o:TRK|QF 4481 9026 3GB⟧\nWeight: ⟦o:QTY|1.2kg⟧  Service: TPS48\nDespatch date: ⟦o:D|14/03/26⟧\nOrder: ⟦o:ORD|#UK-77120⟧  Items: ⟦o:QTY|3⟧\nReturn address: Unit 4, Brunel Trading Estate, Didcot OX11 7HL",
    )
    r(
        "nl_NL",
        "app_log",
        "2026-03-14 10:44:19.012 INFO  [betaal-batch] Incassobatch ⟦o:ROW|INC-2026-03-B⟧ verstuurd: ⟦o:QTY|4.118⟧ transacties, totaal ⟦o:AMT|€ 182.440,75⟧, bestand pain.008.001.02, checksum ⟦o:SHA|a9c3e17f02b4⟧",
    )
    r(
        "en_US",
        "email_headers",
        "From: ⟦P|Yolanda Whitfield-Ibeh⟧ <⟦E|y.whitfield.ibeh@gmail.com⟧>\nTo: billing@brightsmile-dental.example\nSubject: insurance info for my appt\n\nhi, my new insurance is Delta Dental, member ID ⟦HPN|DD7738412095⟧, group ⟦o:ROW|40019-0002⟧. my DOB is ⟦DOB|june 4th 1987⟧ and my chart number with you is ⟦MRN|BSD-00419⟧. thx!",
    )
    r(
        "en_US",
        "hl7",
        "MSH|^~\\&|ATHENA|OAKCLINIC|QUEST|QDI|⟦o:D|20260313161200⟧||ORU^R01|⟦o:REQ|Q77120041⟧|P|2.5\nPID|1||⟦MRN|A10094471⟧^^^OAK^MR||⟦P|OYELARAN^FOLASADE^T⟧||⟦DOB|19820607⟧|F|||⟦A|410 PINE RIDGE CT^^DECATUR^GA^30030⟧\nOBX|1|NM|2345-7^GLUCOSE^LN||⟦o:QTY|104⟧|mg/dL|70-99|H|||F\nOBX|2|NM|718-7^HEMOGLOBIN^LN||⟦o:QTY|12.9⟧|g/dL|12.0-15.5|N|||F",
    )
    r(
        "en_AU",
        "fhir_json",
        '{"resourceType":"Patient","identifier":[{"type":{"text":"Medicare"},"value":"⟦HPN|2950 41827 1⟧"},{"type":{"text":"MRN"},"value":"⟦MRN|RMH-0094173⟧"}],"name":[{"text":"⟦P|Tane Wiremu Parata⟧"}],"birthDate":"⟦DOB|1969-10-30⟧","address":[{"text":"⟦A|Unit 3/17 Rathdowne St, Carlton VIC 3053⟧"}],"telecom":[{"system":"phone","value":"⟦PH|(03) 9347 2281⟧"}]}',
    )
    r(
        "en_IN",
        "hl7",
        "PID|1||⟦MRN|AIIMS/2026/0048127⟧^^^AIIMS^MR||⟦P|Iyer^Lakshmi^Narayanan⟧||⟦DOB|19550114⟧|F|||⟦A|Flat 7B, Sai Krupa Apts, 14th Cross, Malleshwaram^^Bengaluru^KA^560003⟧||⟦PH|+91 98450 17732⟧\nPV1|1|I|CARDIO^W3^B12||||⟦o:ROW|DOC0412⟧",
    )
    r(
        "en_US",
        "jira_comment",
        "⟦o:TKT|EHR-4410⟧ duplicate chart merge request: ⟦MRN|MRN-7730291⟧ and ⟦MRN|MRN-7730415⟧ are both ⟦P|Wendell Thibodeaux⟧ (DOB ⟦DOB|9/14/1950⟧, ⟦L|Lafayette, LA⟧). Please merge into the older one. Merge tool ⟦o:VER|v2.3⟧ needs admin approval.",
    )
    r(
        "en_US",
        "audit_log",
        "Mar 14 02:11:37 vpn-gw-1 openvpn[2231]: ⟦E|m.gutierrez@corp-vpn.example⟧/⟦IP|172.58.40.119⟧:51822 MULTI_sva: pool returned IPv4=10.8.0.14, IPv6=(Not enabled)\nMar 14 02:11:37 vpn-gw-1 openvpn[2231]: ⟦E|m.gutierrez@corp-vpn.example⟧/⟦IP|172.58.40.119⟧:51822 peer info: IV_VER=⟦o:VER|2.6.8⟧ IV_PLAT=mac\nMar 14 02:47:02 vpn-gw-1 openvpn[2231]: ⟦E|a.kowalski@corp-vpn.example⟧/⟦IP|83.24.199.7⟧:40112 TLS Auth Error: Auth Username/Password verification failed for peer",
    )
    r(
        "de_DE",
        "app_log",
        "2026-03-14 07:58:12.004 WARN  [login] Zu viele Fehlversuche: benutzer=⟦E|h.schneider-yilmaz@t-online.de⟧ client_ip=⟦IP|91.64.233.18⟧ versuche=⟦o:QTY|6⟧ gesperrt_bis=⟦o:D|2026-03-14T08:28:12+01:00⟧ trace=⟦o:REQ|00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01⟧",
    )
    r(
        "en_US",
        "app_log",
        'W0314 11:20:44.118221    1 handler.go:212] rejected signup: email="⟦E~dot_at|priya dot natarajan at gmail dot com⟧" looks obfuscated, phone="⟦PH~spelled|four one five, five five five, zero one nine eight⟧" source=web_form v=⟦o:VER|1.4.0⟧ rid=⟦o:REQ|sg-3f81c0⟧',
    )
    r(
        "zh_CN",
        "json_api",
        '{"code":⟦o:ERR|40012⟧,"msg":"收件人信息不完整","data":{"orderId":"⟦o:ORD|2026031415220088731⟧","receiver":"⟦P|陈志强⟧","phone":"⟦PH~fullwidth|１３９ ２２１８ ７７４０⟧","address":"⟦A|广东省深圳市南山区科技园南区高新南七道18号A座1205⟧","idCard":"⟦NID@cn.ric|440304199207185626⟧"},"requestId":"⟦o:REQ|a81f3c2d9e0b⟧"}',
    )
    r(
        "en_US",
        "csv_export",
        'ticket_id,requester_name,requester_email,subject,priority,created\n⟦o:TKT|48812⟧,⟦P|Hiroshi Tanaka-Ellis⟧,⟦E~zero_width|hiroshi.te\u200b@proton.me⟧,"Can\'t log in after reset",high,⟦o:D|2026-03-13 22:10⟧\n⟦o:TKT|48813⟧,⟦P|Anneliese Brandt⟧,⟦E|abrandt@fastmail.com⟧,"Refund for order ⟦o:ORD|77120-B⟧",normal,⟦o:D|2026-03-13 22:41⟧\n⟦o:TKT|48814⟧,⟦P|Obinna Eze⟧,⟦E|obinna.eze@yahoo.co.uk⟧,"Change my address to ⟦A|15 Alder Close, Reading RG2 7PX⟧",low,⟦o:D|2026-03-14 07:02⟧',
    )
    r(
        "en_US",
        "slack_message",
        "cust on the phone read their card out like this, pasting so QA can repro the parser bug:\n`⟦CC~spelled|four one three two, eight seven six five, zero zero one two, nine four seven nine⟧`\nname on card ⟦P|Delphine Achterberg⟧. parser only got the first group. ⟦o:TKT|PAY-2290⟧",
    )
    r(
        "en_GB",
        "form_urlencoded",
        '[2026-03-14 12:04:51] local.DEBUG: Incoming request {"method":"POST","uri":"/checkout/address","body":"full_name=⟦P~url_encoded|Rhiannon+Llewellyn-Jones⟧&line1=⟦A~url_encoded|22+Heol+y+Deri⟧&town=⟦A|Cardiff⟧&postcode=⟦A~url_encoded|CF14+6HF⟧&phone=⟦PH~url_encoded|%2B44+29+2061+8834⟧&basket=⟦o:ORD|bsk_7731⟧"}',
    )
    r(
        "de_DE",
        "jira_comment",
        "⟦o:TKT|ZAHL-118⟧: Kunde hat IBAN aus dem PDF kopiert (unsichtbares Zeichen drin), Validierung schlägt fehl:\n```\n⟦IBAN~zero_width|DE89 3704 0044 \u200b0532 0130 00⟧\n```\nKontoinhaber ⟦P|Cornelia Vogt⟧. Bitte Zero-Width-Spaces vor der Prüfung entfernen (Fehler ⟦o:ERR|IBAN_INVALID_FORMAT⟧).",
    )
    r(
        "en_US",
        "stack_trace",
        "Error: Invalid SSN format \"⟦SSN~odd_separator|330 71 9586⟧\" for applicant ⟦P|Trevor McAllister⟧\n    at validateSSN (/app/src/validators/ssn.ts:41:11)\n    at Object.submit (/app/src/routes/apply.ts:118:5)\n    at processTicksAndRejections (node:internal/process/task_queues:95:5) {\n  code: '⟦o:ERR|ERR_SSN_FORMAT⟧',\n  requestId: '⟦o:REQ|req-8841aa⟧'\n}",
    )
    r(
        "es_MX",
        "webhook",
        'POST /webhooks/conekta 200 (41ms)\n{"type":"order.paid","data":{"object":{"id":"⟦o:ORD|ord_2vR7qLx9mN⟧","amount":⟦o:AMT|129900⟧,"currency":"MXN","customer_info":{"name":"⟦P~json_escape|Ximena Hern\\u00e1ndez L\\u00f3pez⟧","email":"⟦E|ximena.hl@prodigy.net.mx⟧","phone":"⟦PH|+5213318842271⟧"},"charges":{"data":[{"payment_method":{"type":"card","last4":"8833","brand":"mastercard"}}]}}}}',
    )
    r(
        "en_US",
        "sql_insert",
        "-- seed from prod, REMOVE BEFORE MERGE (⟦o:TKT|DATA-212⟧)\nINSERT INTO drivers (id, full_name, license_no, license_state, dob, phone) VALUES\n(⟦o:ROW|3301⟧, '⟦P|Ramón Echeverría⟧', '⟦DL|E41928837⟧', 'IL', '⟦DOB|1984-02-29⟧', '⟦PH|773-555-0168⟧'),\n(⟦o:ROW|3302⟧, '⟦P|Kristen Lindqvist⟧', '⟦DL|S530-4417-9021⟧', 'WI', '⟦DOB|1991-08-17⟧', '⟦PH|(414) 555-0107⟧'),\n(⟦o:ROW|3303⟧, '⟦P|Tyrone Jefferson⟧', '⟦DL|41829937⟧', 'TX', '⟦DOB|1979-12-01⟧', '⟦PH|832.555.0133⟧');",
    )
    r(
        "en_GB",
        "app_log",
        "2026-03-14 09:31:22 INFO  [idv] document=PASSPORT country=GBR number=⟦PP|533180742⟧ surname=⟦P|KAUR⟧ given=⟦P|HARPREET⟧ mrz_ok=true face_match=⟦o:PCT|0.94⟧ session=⟦o:UUID|2e9b4c17-0f83-4a56-b1d2-8c7e3f09a614⟧",
    )
    r(
        "fr_FR",
        "xml_payload",
        '<voyageur>\n  <civilite>M.</civilite>\n  <nom>⟦P|BENALI⟧</nom>\n  <prenom>⟦P|Karim⟧</prenom>\n  <passeport numero="⟦PP|19AK42871⟧" pays="FRA" expiration="⟦o:D|2029-05-11⟧"/>\n  <naissance>⟦DOB|1986-09-23⟧</naissance>\n  <vol>⟦o:FLT|AF1148⟧</vol>\n  <pnr>⟦o:ORD|K7XQ2M⟧</pnr>\n</voyageur>',
    )
    r(
        "en_IN",
        "csv_export",
        "pax_no,name,passport,nationality,dob,seat\n1,⟦P|Mohammed Irfan Qureshi⟧,⟦PP|Z4418270⟧,IND,⟦DOB|11-Jun-1978⟧,⟦o:ROW|14C⟧\n2,⟦P|Ananya Chatterjee⟧,⟦PP|V7730192⟧,IND,⟦DOB|02-Feb-2001⟧,⟦o:ROW|14D⟧\nflight ⟦o:FLT|AI 131⟧ BOM-LHR ⟦o:D|15MAR26⟧",
    )
    r(
        "de_CH",
        "json_api",
        '{"reisende":[{"vorname":"⟦P|Nicolò⟧","nachname":"⟦P|Bernasconi⟧","pass":"⟦PP|X4R18J297⟧","ahv":"⟦NID@ch.ssn|756.4829.1735.03⟧","wohnort":"⟦L|Lugano⟧"}],"buchung":"⟦o:ORD|CH-BK-558120⟧","preis":"⟦o:AMT|CHF 1\'240.50⟧"}',
    )
    r(
        "ko_KR",
        "app_log",
        "[2026-03-14 20:14:05][ERROR][PassportOcr] 여권번호 인식 실패 passportNo=⟦PP|M48217735⟧ name=⟦P|PARK JIWOO⟧ birth=⟦DOB|950822⟧ conf=⟦o:PCT|0.41⟧ traceId=⟦o:REQ|kr-77a0f1e2⟧",
    )
    r(
        "en_US",
        "docker_compose",
        '  grafana:\n    image: grafana/grafana:⟦o:VER|10.4.1⟧\n    environment:\n      - GF_SECURITY_ADMIN_USER=admin\n      - GF_SECURITY_ADMIN_PASSWORD=⟦S|Gr4f4na!Ops2026⟧\n      - GF_DATABASE_URL=⟦UC|mysql://grafana:Gf_db_9xQ2@mysql:3306/grafana⟧\n      - GF_SMTP_USER=⟦E|ops-alerts@trellisbank.example⟧\n    ports:\n      - "3000:3000"',
    )
    r(
        "en_US",
        "ci_output",
        "Cloning into 'infra'...\n+ git clone ⟦UC|https://oauth2:glpat-Rk7xQ2mVn9LpT4bZ8wYc@gitlab.corp.example/platform/infra.git⟧\n+ cd infra && git checkout ⟦o:SHA|3c9a7e1f5b20d48e⟧\nHEAD is now at 3c9a7e1 bump chart to ⟦o:VER|0.19.2⟧\n+ helm upgrade --install api ./charts/api -n prod\nRelease \"api\" has been upgraded. REVISION: ⟦o:ROW|214⟧",
    )
    r(
        "en_US",
        "app_log",
        '2026-03-14 16:02:33 ERROR sqlalchemy.pool.impl.QueuePool Exception during reset or similar\nsqlalchemy.exc.OperationalError: (psycopg2.OperationalError) connection to server at "pg-analytics.internal" (10.30.0.8), port 5432 failed: FATAL:  password authentication failed for user "etl"\n(Background on this error at: https://sqlalche.me/e/20/e3q8)\nengine url: ⟦UC|postgresql+psycopg2://etl:Etl_Pa55!word@pg-analytics.internal:5432/warehouse⟧',
    )
    r(
        "en_US",
        "slack_message",
        "FYI the mongo uri in the runbook page has the real password in it:\n`⟦UC|mongodb+srv://svc_reports:Zq8Lm2Vx7Rk4@cluster0.ab12c.mongodb.net/reports?retryWrites=true⟧`\ncan someone w/ atlas access rotate? cc ⟦P|Ngozi Adebayo-Smith⟧",
    )
    r(
        "nl_NL",
        "yaml_config",
        "ftp:\n  url: ⟦UC|ftp://leverancier_jansen:Jn$2026ftp@ftp.jansen-groothandel.nl/orders/in⟧\n  poll_interval: 300\n  contact: ⟦P|Pieter-Jan de Vries⟧ <⟦E|pj.devries@jansen-groothandel.nl⟧>\n  kvk: 34117221\n  retries: ⟦o:QTY|5⟧",
    )
    r(
        "en_US",
        "slack_message",
        "customer sent their card in two messages lol, the bot concatenated them with a newline:\n```\n⟦CC~line_break|5168 9422 0738\n1559⟧\n```\nholder ⟦P|Lucinda Marchetti⟧, lives in ⟦L|Scranton, PA⟧. deleted from the channel history, ⟦o:TKT|SEC-1163⟧",
    )
    r(
        "en_US",
        "fixed_width",
        "1011220003471234567892603140922A094101FIRST NATL BANK        ACME PAYROLL SERVICES  \n5200ACME PAYROLL SVC                    1841234567PPDPAYROLL   260315260315   1122000340000001\n622⟦a:BC|021000021⟧⟦BBAN|48810293377⟧      0000241575⟦o:ROW|EMP00412⟧       ⟦P|HOLLOWAY GRACE M⟧       0122000340000001\n622⟦a:BC|111000025⟧⟦BBAN|3309182274⟧       0000198830⟦o:ROW|EMP00413⟧       ⟦P|VASQUEZ ERNESTO⟧        0122000340000002\n822000000200132000046000000000000000440405184123456",
    )
    r(
        "sv_SE",
        "csv_export",
        "Löpnr;Namn;Clearing;Kontonummer;Belopp;Meddelande\n⟦o:ROW|1⟧;⟦P|Åsa Lindgren⟧;⟦a:BC|8327-9⟧;⟦BBAN|914 226 408-3⟧;⟦o:AMT|12 450,00⟧;Lön mars\n⟦o:ROW|2⟧;⟦P|Mohammed Al-Hashimi⟧;⟦a:BC|6112⟧;⟦BBAN|872 441 903⟧;⟦o:AMT|9 800,00⟧;Lön mars",
    )
    r(
        "es_ES",
        "sepa_xml",
        '<DrctDbtTxInf>\n  <PmtId><EndToEndId>⟦o:REQ|RCB-2603-000918⟧</EndToEndId></PmtId>\n  <InstdAmt Ccy="EUR">⟦o:AMT|49.90⟧</InstdAmt>\n  <DrctDbtTx><MndtRltdInf><MndtId>⟦o:ROW|MND-ES-44127⟧</MndtId><DtOfSgntr>⟦o:D|2024-06-03⟧</DtOfSgntr></MndtRltdInf></DrctDbtTx>\n  <Dbtr><Nm>⟦P|Rocío Fernández de Córdoba⟧</Nm><PstlAdr><AdrLine>⟦A|C/ Alcalá 214, 3º B⟧</AdrLine><AdrLine>⟦A|28028 Madrid⟧</AdrLine></PstlAdr></Dbtr>\n  <DbtrAcct><Id><IBAN>⟦IBAN|ES6000491500051234567892⟧</IBAN></Id></DbtrAcct>\n</DrctDbtTxInf>',
    )
    r(
        "it_IT",
        "sepa_xml",
        '<Cdtr><Nm>⟦P|Francesca Lo Russo⟧</Nm></Cdtr>\n<CdtrAcct><Id><IBAN>⟦IBAN|IT87K0306909606100000063127⟧</IBAN></Id></CdtrAcct>\n<RmtInf><Ustrd>Rimborso nota spese n. ⟦o:INV|NS-2026-118⟧ trasferta ⟦L|Bari⟧</Ustrd></RmtInf>\n<InstdAmt Ccy="EUR">⟦o:AMT|386.20⟧</InstdAmt>',
    )
    r(
        "en_IE",
        "csv_export",
        'Account,Name,Eircode,Address,IBAN,Balance\n⟦o:ROW|IE-30091⟧,⟦P|Pádraig Ó Súilleabháin⟧,⟦A|T12 X8C4⟧,"⟦A|14 Summerhill Sth, Cork⟧",⟦IBAN|IE90BOFI90001712847390⟧,⟦o:AMT|-142.18⟧\n⟦o:ROW|IE-30092⟧,⟦P|Aoife Kavanagh⟧,⟦A|D08 W7K2⟧,"⟦A|Apt 9, The Maltings, Bonham St, Dublin 8⟧",⟦IBAN|IE29AIBK93115212345678⟧,⟦o:AMT|2,310.00⟧',
    )
    r(
        "pl_PL",
        "app_log",
        '2026-03-14 14:51:09.227 ERROR [przelewy-api] Odrzucono przelew ⟦o:REQ|TRX/2026/03/14/00821⟧: rachunek odbiorcy ⟦IBAN|PL84 1020 5558 1111 1394 5740 0065⟧ zablokowany, odbiorca="⟦P|Wojciech Zieliński⟧" adres="⟦A|ul. Piotrkowska 118 m. 4, 90-006 Łódź⟧" kwota=⟦o:AMT|2 500,00 PLN⟧ kod=⟦o:ERR|ELX-117⟧',
    )
    r(
        "en_US",
        "monitoring_alert",
        "Datadog Monitor Alert: [P2] Suspicious login velocity\nuser: ⟦E|jfernandes@northwind-health.example⟧\nlogins from ⟦IP|45.133.172.9⟧ (NL) and ⟦IP|71.212.8.166⟧ (⟦L|Phoenix, AZ⟧) within ⟦o:QTY|4 minutes⟧\nrule: ⟦o:ROW|imp-travel-02⟧\nmonitor id ⟦o:ROW|88120417⟧ · triggered ⟦o:D|2026-03-14 09:12:44 UTC⟧",
    )
    r(
        "en_US",
        "env_file",
        "# copied from ⟦P|Bryce Holloway⟧'s laptop, pls dont judge\nOPENAI_API_KEY=⟦S|sk-proj-4Rq8Vx2LmT9nKb7WcY3pZs1Hd6Fj0GaE5uQo⟧\nGOOGLE_MAPS_KEY=⟦S|AIzaSyD4kL9mQ2vXr7Tn8bWc3Yp1Zs5Hf0Ju6aE⟧\nSENDGRID_API_KEY=⟦S|SG.x7Kq2Lm9RvT4nBz8.Wc3Yp1Zs5Hf0Ju6aEo2Lk8Qm4Vn7Rt9Xb1Cd3Fg⟧\nFEATURE_FLAGS=new_checkout,dark_mode\nLOG_LEVEL=debug",
    )
    r(
        "en_US",
        "jira_comment",
        "⟦o:TKT|IAM-992⟧ Please reset MFA for ⟦P|Oksana Hrytsenko⟧ (⟦E|o.hrytsenko@lattice-labs.example⟧). Her backup codes were posted in the ticket by mistake: ⟦S|7741-2290⟧, ⟦S|5502-8813⟧, ⟦S|9034-1176⟧ — consider them burned. Phone on file ⟦PH|+380 67 412 8830⟧.",
    )
    r(
        "fr_FR",
        "app_log",
        "2026-03-14T16:44:02+01:00 [api-banque] INFO  OTP envoyé tel=⟦PH|06 71 42 88 30⟧ code=⟦S|482913⟧ expiration=300s client=⟦o:ROW|CLI-0093412⟧ canal=SMS fournisseur=⟦o:VER|smsgw v3⟧",
    )
    r(
        "en_US",
        "stack_trace",
        "Traceback (most recent call last):\n  File \"etl/load_claims.py\", line 77, in <module>\n    row = parse_row(line)\n  File \"etl/load_claims.py\", line 41, in parse_row\n    dob = datetime.strptime(fields[4], \"%Y-%m-%d\")\nValueError: time data '⟦DOB|02/30/1971⟧' does not match format '%Y-%m-%d'\nline was: '⟦o:ROW|CLM-0048812⟧|⟦P|ABERNATHY, LORETTA J⟧|⟦SSN|609-23-7745⟧|⟦HPN|HUM4482019937⟧|02/30/1971|⟦o:AMT|1840.00⟧'",
    )
    r(
        "en_US",
        "csv_export",
        "EmployeeID\tLastName\tFirstName\tSSN\tHireDate\tDept\n⟦o:ROW|10077⟧\t⟦P|Okonjo⟧\t⟦P|Chiamaka⟧\t⟦SSN|455-06-2198⟧\t⟦o:D|2019-04-01⟧\tFinance\n⟦o:ROW|10078⟧\t⟦P|Schwartz⟧\t⟦P|Eli⟧\t⟦SSN|712-48-3360⟧\t⟦o:D|2021-09-13⟧\tEngineering",
    )
    r(
        "en_US",
        "form_urlencoded",
        'GET /track?utm_source=newsletter&utm_medium=email&utm_campaign=spring26&email=⟦E~url_encoded|lamar.goodwin%2Bpromo%40gmail.com⟧&order=⟦o:ORD|100482213⟧&cb=⟦o:REQ|1710423310995⟧ HTTP/1.1" 204 0 client ⟦IP|108.27.91.244⟧',
    )
    r(
        "en_US",
        "audit_log",
        'id,timestamp,actor,action,resource,ip\n⟦o:ROW|771204⟧,⟦o:D|2026-03-14T08:01:12Z⟧,⟦E|svc-backup@system.local⟧,snapshot.create,vol-0a8f2c31,10.0.0.5\n⟦o:ROW|771205⟧,⟦o:D|2026-03-14T08:03:47Z⟧,⟦E|rukhsana.begum@meridian-legal.example⟧,file.download,"Client_Files/⟦P|Hollister, D⟧ - will.pdf",⟦IP|81.2.69.160⟧\n⟦o:ROW|771206⟧,⟦o:D|2026-03-14T08:04:02Z⟧,⟦E|rukhsana.begum@meridian-legal.example⟧,share.external,doc_88412,⟦IP|81.2.69.160⟧',
    )
    r(
        "en_ZA",
        "csv_export",
        'Policy No,Member,ID Number,Cell,Physical Address,Scheme Number\n⟦o:ROW|POL-884120⟧,⟦P|Sipho Dlamini⟧,⟦NID@za.idnr|9308170231086⟧,⟦PH|072 418 3390⟧,"⟦A|14 Jacaranda Street, Sunnyside, Pretoria, 0002⟧",⟦HPN|DIS-55120937⟧\n⟦o:ROW|POL-884121⟧,⟦P|Annelien van Wyk⟧,⟦NID@za.idnr|0102286149087⟧,⟦PH|+27 83 702 1148⟧,"⟦A|7 Kloof Nek Rd, Tamboerskloof, Cape Town, 8001⟧",⟦HPN|DIS-55120941⟧',
    )
    r(
        "en_IN",
        "webhook",
        '{"event":"payment.captured","payload":{"payment":{"entity":{"id":"⟦o:REQ|pay_NqR7x2LmT9kB4v⟧","amount":⟦o:AMT|249900⟧,"currency":"INR","method":"upi","vpa":"⟦E|rohitsharma92@okicici⟧","email":"⟦E|rohit.sharma1992@rediffmail.com⟧","contact":"⟦PH|+919820417732⟧","notes":{"address":"⟦A|B-204, Shanti Niketan CHS, Andheri East, Mumbai 400069⟧"}}}}}',
    )
    r(
        "en_US",
        "ical",
        "BEGIN:VEVENT\nUID:⟦o:UUID|0f3c2a18-99d4-4a7b-b6e1-5c0d8f2a7e41⟧@calendly.com\nDTSTART:⟦o:D|20260318T170000Z⟧\nDTEND:⟦o:D|20260318T173000Z⟧\nSUMMARY:Intro call: ⟦P|Marisol Quintero⟧ <> Northwind Sales\nDESCRIPTION:Invitee: ⟦P|Marisol Quintero⟧\\nEmail: ⟦E|marisol.q@quinterolaw.example⟧\\nPhone: ⟦PH|+1 305-555-0144⟧\\nLocation: Zoom https://zoom.us/j/84120417733?pwd=⟦S|Qm9vZ2xlX3B3ZA⟧\nEND:VEVENT",
    )
    r(
        "cs_CZ",
        "email_headers",
        'From: "Ing. ⟦P|Lukáš Procházka⟧" <⟦E|lukas.prochazka@seznam.cz⟧>\nTo: ⟦E|podpora@energie-plus.example⟧\nSubject: Odběrné místo EAN ⟦o:ROW|859182400100447120⟧ - změna adresy\n\nNová adresa: ⟦A|Masarykova 412/17, 602 00 Brno⟧, tel. ⟦PH|+420 737 118 492⟧. Datum narození ⟦DOB|4. 5. 1981⟧.',
    )
    r(
        "ar_AE",
        "json_api",
        '{"customer":{"name":"⟦P|Omar Youssef Haddad⟧","emirates_id":"⟦NID|784-1987-4412093-6⟧","mobile":"⟦PH|050 912 4471⟧","area":"⟦L|Jumeirah Lake Towers⟧"},"policy":"⟦o:ROW|MTR/26/004418⟧","premium":⟦o:AMT|3150.00⟧,"currency":"AED"}',
    )
    r(
        "tr_TR",
        "csv_export",
        "sicil_no;ad_soyad;tc_kimlik;dogum_tarihi;iban;sehir\n⟦o:ROW|T-4412⟧;⟦P|Mehmet Ali Öztürk⟧;⟦NID@tr.tckimlik|10293847510⟧;⟦DOB|05.11.1977⟧;⟦IBAN|TR43 0001 2009 4000 0019 2837 46⟧;⟦L|Ankara⟧\n⟦o:ROW|T-4413⟧;⟦P|Zeynep Şahin⟧;⟦NID@tr.tckimlik|56017283462⟧;⟦DOB|19.02.1994⟧;⟦IBAN|TR330006100519786457841326⟧;⟦L|İzmir⟧",
    )
    r(
        "nb_NO",
        "sql_result",
        "kunde_id | navn              | fodselsnr   | kontonr\n---------+-------------------+-------------+-------------\n ⟦o:ROW|55120⟧   | ⟦P|Sigrid Aasheim⟧    | ⟦NID@no.fodselsnummer|03069226182⟧ | ⟦BBAN|9710 05 12345⟧\n ⟦o:ROW|55121⟧   | ⟦P|Tor-Erik Bjørnstad⟧ | ⟦NID@no.fodselsnummer|28116432791⟧ | ⟦BBAN|1207.41.88203⟧",
    )
    r(
        "en_AU",
        "app_log",
        '2026-03-14T21:08:55+11:00 INFO onboarding tfn_check name="⟦P|Ngaire Whitcombe⟧" tfn=⟦TAX@au.tfn|463 829 156⟧ result=VALID abn_linked=false dl_state=NSW dl=⟦DL|18 442 901⟧ req=⟦o:REQ|au-0f4a77⟧',
    )
    r(
        "en_GB",
        "yaml_config",
        "hmrc:\n  client_id: ⟦o:UUID|5b2e91d0-3f7a-4c18-a6d2-0e9b4c7f1a83⟧\n  client_secret: ⟦S|c8f1a0e4-77b2-4d3e-9c15-hmrc-sbx-2026⟧\n  test_user:\n    name: ⟦P|Imogen Featherstonehaugh⟧\n    utr: ⟦TAX@gb.utr|9391846502⟧\n    nino: ⟦NID|AB 41 92 77 D⟧",
    )
    r(
        "en_US",
        "shipping_label",
        "^XA\n^FO50,40^A0N,40,40^FDSHIP TO:^FS\n^FO50,90^A0N,36,36^FD⟦P|ESPERANZA VILLARREAL⟧^FS\n^FO50,130^A0N,36,36^FD⟦A|7721 S KEDZIE AVE APT 2R⟧^FS\n^FO50,170^A0N,36,36^FD⟦A|CHICAGO IL 60652-1104⟧^FS\n^FO50,240^BY3^BCN,120,Y,N,N^FD⟦o:TRK|9405511899223197428490⟧^FS\n^FO50,400^A0N,28,28^FDREF: ⟦o:ORD|EB-114-8830217⟧  WT: ⟦o:QTY|0.6 LB⟧^FS\n^XZ",
    )
    r(
        "de_DE",
        "csv_export",
        "Kundennummer;Anrede;Name;Straße;PLZ;Ort;Telefon;Geburtstag;Kreditkarte\n⟦o:ROW|K-448120⟧;Frau;Dr. med. ⟦P|Hannelore Kückelhaus⟧;⟦A|Am Schlossgarten 3⟧;⟦A|34117⟧;⟦A|Kassel⟧;⟦PH|0561 77 41 82⟧;⟦DOB|12.09.1955⟧;⟦CC|4762 3091 8845 6722⟧\n⟦o:ROW|K-448121⟧;Herr;⟦P|Emre Kaya⟧;⟦A|Eisenbahnstr. 41⟧;⟦A|04315⟧;⟦A|Leipzig⟧;⟦PH|+49 341 9928 104⟧;⟦DOB|30.06.1998⟧;⟦CC|5425 2334 3010 9770⟧",
    )
    r(
        "en_US",
        "jira_comment",
        "⟦o:TKT|BILL-4471⟧ AmEx ⟦CC|3497 120055 88314⟧ declined with ⟦o:ERR|05⟧ for ⟦P|Priscilla Vanderhoof⟧, but the same card works on web. Mobile sends expiry as MMYYYY. Fixed in ⟦o:VER|ios 7.14.1⟧.",
    )
    r(
        "fi_FI",
        "json_api",
        '{"asiakas":{"nimi":"⟦P|Eero Mäkeläinen⟧","hetu":"⟦NID@fi.hetu|220791A318K⟧","osoite":"⟦A|Mannerheimintie 112 A 7, 00250 Helsinki⟧","puhelin":"⟦PH|040 771 2039⟧"},"tilaus":"⟦o:ORD|FI-26-03-00412⟧","summa":⟦o:AMT|89.90⟧}',
    )
    r(
        "en_CA",
        "app_log",
        '2026-03-14 13:40:17 WARN  health-card-check province=ON hcn=⟦HPN|4418-297-663-KT⟧ patient="⟦P|Jean-Baptiste Mukendi⟧" dob=⟦DOB|1972-03-08⟧ status=EXPIRED clinic=⟦o:ROW|CLN-0412⟧ rid=⟦o:REQ|hc-9a0e17⟧',
    )
    r(
        "en_US",
        "slack_message",
        'ok found the bug in the address normalizer. input from the partner feed:\n`{"name":"Dr. ⟦P|Ayodele Fashola⟧"`, `"addr":"⟦A|PO Box 4471⟧","city":"⟦A|Juneau⟧","st":"⟦A|AK⟧","zip":"⟦A|99803⟧"`\nPO boxes break the geocoder (⟦o:ERR|GEO_NO_MATCH⟧). fix in ⟦o:SHA|d41f8a2e⟧',
    )
    r(
        "en_US",
        "json_api",
        '{"patient":{"mrn":"⟦MRN|0007734129⟧","name":{"given":"⟦P|Abigail⟧","family":"⟦P|Nakashima-Reyes⟧"},"dob":"⟦DOB|2016-07-21⟧","guardian":{"name":"⟦P|Lorena Reyes⟧","phone":"⟦PH|(971) 555-0186⟧"}},"encounter":{"id":"⟦o:ROW|ENC-20260314-0412⟧","department":"Pediatrics","room":"⟦o:ROW|3W-12⟧"},"schemaVersion":"⟦o:VER|4.0.1⟧"}',
    )
    r(
        "ga_IE",
        "app_log",
        '2026-03-14 10:12:44 INFO  [citizen-portal] address updated user=⟦E|caoimhe.nibhriain@eircom.net⟧ new_address="⟦A|Teach na Coille, Bóthar an Chaisleáin, An Spidéal, Co. na Gaillimhe H91 C2X4⟧" ip=⟦IP|37.228.204.91⟧ req=⟦o:REQ|cp-77a1⟧',
    )
    r(
        "en_KE",
        "slack_message",
        "@wanjiru the driver app is sending the wrong licence field. trip ⟦o:ROW|TRP-8812094⟧, driver ⟦P|Kiprono Cheruiyot⟧, licence ⟦DL|DL-0448127⟧, currently in ⟦L|Westlands⟧ per GPS. rider complaint ⟦o:TKT|CX-33019⟧",
    )
    r(
        "pt_BR",
        "csv_export",
        "nome;cpf;cnh;nascimento;cidade;celular\n⟦P|Thiago Nascimento Albuquerque⟧;⟦NID@br.cpf|183.405.276-90⟧;⟦DL|04418297730⟧;⟦DOB|22/04/1990⟧;⟦L|Recife⟧;⟦PH|(81) 99812-4471⟧\n⟦P|Beatriz Kimura Sato⟧;⟦NID@br.cpf|39053344705⟧;⟦DL|02937718460⟧;⟦DOB|09/12/1985⟧;⟦L|Curitiba⟧;⟦PH|+55 41 98830-1275⟧",
    )
    r(
        "ja_JP",
        "json_api",
        '{"reservation":{"id":"⟦o:ORD|RSV-26031400812⟧","guest":{"name_kanji":"⟦P|中村 彩花⟧","name_roman":"⟦P|NAKAMURA AYAKA⟧","passport":"⟦PP|TR4418207⟧","tel":"⟦PH|+81-80-4417-2093⟧"},"checkin":"⟦o:D|2026-04-02⟧","nights":⟦o:QTY|3⟧,"room_type":"⟦o:SKU|DLX-TWN-NS⟧"}}',
    )
    r(
        "en_US",
        "monitoring_alert",
        'CloudWatch ALARM: "rds-prod-cpu-high" in US East (N. Virginia)\nThreshold Crossed: 1 datapoint [⟦o:PCT|92.4⟧ (14/03/26 05:10:00)] was greater than the threshold (80.0).\nAccount: 412998301266\nInstance: prod-orders-db-1 (db.r6g.2xlarge)\nState Change: OK -> ALARM at ⟦o:D|Saturday 14 March, 2026 05:11:44 UTC⟧',
    )
    r(
        "de_DE",
        "app_log",
        "Mär 14 04:00:02 backup01 borg[3312]: Archive ⟦o:ROW|backup01-2026-03-14T04:00⟧ created, ⟦o:QTY|18.42 GB⟧ original, ⟦o:QTY|1.07 GB⟧ deduplicated, duration 0:07:41\nMär 14 04:07:44 backup01 borg[3312]: prune: keeping ⟦o:QTY|14⟧ daily, 8 weekly archives",
    )
    r(
        "it_IT",
        "email_headers",
        'Da: "Avv. ⟦P|Gianluca De Santis⟧" <⟦E|g.desantis@studiolegaledesantis.it⟧>\nA: ⟦P|Chiara Esposito⟧ <⟦E|chiara.esposito88@libero.it⟧>\nOggetto: Pratica ⟦o:TKT|2026/0412⟧ – documenti mancanti\nData: 13 mar 2026 17:22:09 +0100\n\nGentile Sig.ra ⟦P|Esposito⟧, ci servono copia del passaporto (n. ⟦PP|YA4418273⟧) e il codice fiscale ⟦NID@it.codicefiscale|VRDLCU77M22H501J⟧ del coniuge.',
    )
    r(
        "en_NG",
        "sql_result",
        '> db.customers.find({state: "Lagos"}, {name:1, phone:1, nin:1}).limit(2)\n{ "_id" : ObjectId("⟦o:ROW|65f2a1c4e8b7d3f01a9c4412⟧"), "name" : "⟦P|Babatunde Olawale-Cole⟧", "phone" : "⟦PH|+234 809 441 2718⟧", "nin" : "⟦NID|41820937715⟧" }\n{ "_id" : ObjectId("⟦o:ROW|65f2a1c4e8b7d3f01a9c4413⟧"), "name" : "⟦P|Halima Abubakar Sadiq⟧", "phone" : "⟦PH|0706 338 1192⟧", "nin" : "⟦NID|70391284466⟧" }',
    )
    r(
        "en_US",
        "app_log",
        "2026-03-14T11:47:03.330Z DEBUG [http-client] GET ⟦UC|https://reporting_ro:R3p0rt!ng-2026@reports.partner-api.example/v1/exports?date=2026-03-13⟧ -> 401 Unauthorized (⟦o:QTY|184ms⟧) attempt=2 req=⟦o:REQ|ext-5c0e91aa⟧",
    )


load(r)


def main():
    rows = []
    for i, (loc, sty, src) in enumerate(R):
        text, spans = parse(src)
        rec = {
            "id": f"h10b-{i:05d}",
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
    with open("heldout10b.jsonl", "w", encoding="utf-8") as f:
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
