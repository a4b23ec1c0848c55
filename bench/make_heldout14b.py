#!/usr/bin/env python3
"""Build heldout14b.jsonl from hand-written records with inline markup.
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
        "benefits_enrollment",
        "Open enrollment form – please check before I submit.\nEmployee: ⟦P|Tamika R. Jefferson⟧\nDOB: ⟦DOB|04/17/1986⟧\nSSN: ⟦SSN|412-68-3091⟧\nHome address: ⟦A|2218 Alder Creek Dr, Apt 3B, Sacramento, CA 95833⟧\nPlan selected: ⟦o:PROD|Anthem Blue Cross PPO 1500⟧ (group plan name on the HR portal)\nDependents: ⟦P|Marcus Jefferson⟧ (spouse, DOB ⟦DOB|11/02/1984⟧), ⟦P|Aaliyah Jefferson⟧ (child, DOB ⟦DOB|06/30/2015⟧)\nEffective date ⟦o:D|01/01/2027⟧, employee contribution ⟦o:AMT|$214.38⟧ per paycheck.",
    )
    r(
        "en_US",
        "insurance_card_ocr",
        "OCR text from the front of my card, can you tell me which number is the member id?\n\nBlueCross BlueShield of Texas\n⟦P|DEVIN OKAFOR⟧\nIdentification No. ⟦HPN|XOF847201936⟧\nGroup No. ⟦HPN|129844⟧\nPlan ⟦o:PROD|BlueChoice PPO⟧\nRxBIN 004336  RxGrp RX4521\nOffice visit ⟦o:AMT|$30⟧ / ER ⟦o:AMT|$250⟧\nCustomer service 1-800-521-2227",
    )
    r(
        "en_US",
        "claims_email",
        "Hi Aetna team,\n\nI'm writing about claim ⟦o:TKT|EV-2026-0481177⟧ for my daughter ⟦P|Priya Raghunathan⟧ (DOB ⟦DOB|March 9, 2012⟧). Her member ID is ⟦HPN|W183746520⟧ and I'm the subscriber, ⟦P|Karthik Raghunathan⟧, ID ⟦HPN|W183746519⟧. The EOB dated ⟦o:D|11/14/2026⟧ shows ⟦o:AMT|$1,240.00⟧ denied as out of network but Dr. ⟦P|Helen Marsh⟧ is listed in your directory. Invoice ⟦o:INV|INV-77120⟧ from the clinic attached.\n\nThanks,\nKarthik\n⟦PH|(248) 555-0137⟧",
    )
    r(
        "en_US",
        "payroll_question",
        "quick q for payroll bot: my W-2 for ⟦o:D|2025⟧ shows the wrong SSN. it says ⟦SSN|529-41-7763⟧ but mine is ⟦SSN|529-41-7736⟧. name ⟦P|Jorge Villaseñor⟧, employee # ⟦o:ROW|E004417⟧. also my direct deposit should be routing ⟦a:BC|021000021⟧ account ⟦BBAN|483920017745⟧ not the old one. paystub ⟦o:INV|PS-20261115-4417⟧",
    )
    r(
        "en_US",
        "call_center_notes",
        "CALL NOTES ⟦o:T|10:42⟧ ET – caller Mrs. ⟦P|Eleanor Whitfield⟧ (verified w/ DOB ⟦DOB|1949-08-22⟧ + last 4 SSN). Medicare MBI ⟦HPN|3QK7-HW2-RT58⟧. Supplement Plan G policy ⟦HPN|MS40928371⟧. Asked why Part B premium ⟦o:AMT|$202.90⟧ deducted twice. Ref ⟦o:TKT|CS-9918204⟧. Callback ⟦PH|614-555-0148⟧ after ⟦o:T|3pm⟧.",
    )
    r(
        "en_US",
        "benefits_enrollment",
        "Dependent verification – uploading docs for ⟦P|Nguyen Thi Lan⟧ (spouse). Marriage cert + her passport ⟦PP|N4829173⟧ since she doesn't have a SSN yet, she has ITIN ⟦TAX@us.itin|912-78-3456⟧. Employee ⟦P|Quang Minh Tran⟧, badge ⟦o:ROW|88213⟧. Dental: ⟦o:PROD|Delta Dental PPO Plus Premier⟧, subscriber ID ⟦HPN|1028374655⟧. Vision: ⟦o:PROD|VSP Choice⟧, member ⟦HPN|VSP-0018837264⟧.",
    )
    r(
        "en_US",
        "pre_authorization",
        "Prior Authorization Request\nPatient: ⟦P|Rosa Delgado-Pineda⟧   DOB: ⟦DOB|12-05-1971⟧\nMember ID: ⟦HPN|U48392017 01⟧  (Cigna)  Group: ⟦HPN|3340912⟧\nMRN: ⟦MRN|00782145⟧ (St. Luke's)\nProcedure: MRI lumbar spine CPT 72148\nAuth #: ⟦o:REQ|PA-66120937⟧ – requested ⟦o:D|12/01/2026⟧\nOrdering: Dr. ⟦P|Samuel Oyelaran⟧, fax 913-555-0110",
    )
    r(
        "en_US",
        "telecom_chat",
        "Agent: Thanks for contacting Verizon, may I have the account holder name?\nCustomer: ⟦P|Bradley Kowalczyk⟧\nAgent: And the account PIN?\nCustomer: ⟦S|8841⟧\nAgent: Thank you. I see the line ending 0193. Your bill ⟦o:INV|INV 9982735401⟧ was ⟦o:AMT|$148.77⟧.\nCustomer: my router keeps dropping, the WAN IP shows ⟦IP|71.183.204.19⟧ then nothing\nAgent: I'll open ticket ⟦o:TKT|VZ-4471092⟧.",
    )
    r(
        "en_US",
        "hr_ticket",
        "HR ticket ⟦o:TKT|HR-20931⟧: New hire ⟦P|Siobhan O'Donnell⟧ starts ⟦o:D|Jan 5⟧. I-9 docs: driver license ⟦DL|D1184729⟧ (CA) and SSN card ⟦SSN|218-90-4457⟧. Personal email ⟦E|siobhan.odonnell84@gmail.com⟧, cell ⟦PH|+1 510 555 0176⟧. Address ⟦A|471 Fell St #6, San Francisco, CA 94102⟧. Please enroll in ⟦o:PROD|Kaiser Permanente HMO⟧ – group ⟦HPN|604117-0001⟧.",
    )
    r(
        "en_US",
        "travel_booking",
        "Booking for two, please hold seats on ⟦o:FLT|UA 917⟧ IAD→FRA ⟦o:D|Feb 12 2027⟧.\n1) Mr ⟦P|Christopher Adeyemi⟧, passport ⟦PP|568214937⟧, DOB ⟦DOB|14 JUL 1979⟧\n2) Ms ⟦P|Fatima Adeyemi⟧, passport ⟦PP|571039482⟧, DOB ⟦DOB|02 NOV 1981⟧\nAdd travel medical: Allianz policy ⟦HPN|TRV-0927381-US⟧. Card ⟦CC~zero_width|4532\u200b0188\u200b7624\u200b3107⟧ exp 09/29. Confirmation ⟦o:ORD|K7PQXM⟧.",
    )
    r(
        "en_US",
        "claims_email",
        "Subject: Appeal – claim ⟦o:TKT|2026-118-004471⟧\n\nPatient ⟦P|Haruto Yamamoto⟧, UnitedHealthcare ID ⟦HPN|948271635-01⟧, group ⟦HPN|705214⟧. We were billed ⟦o:AMT|$3,882.10⟧ on invoice ⟦o:INV|HB-55092⟧ for an ER visit on ⟦o:D|10/03/2026⟧. The denial code was ⟦o:ERR|CO-197⟧. Please reprocess.\n⟦P|Yui Yamamoto⟧ (mother), ⟦E|yui.yamamoto@outlook.com⟧",
    )
    r(
        "en_US",
        "payroll_question",
        "Can you help me fill out the W-4? I'm ⟦P|Darnell Washington⟧, SSN ⟦SSN|603-12-5589⟧, filing married jointly, two kids. Address ⟦A|88 Chestnut Hill Rd, Unit 12, Brookline, MA 02467⟧. My employer EIN is 12-3456789 on the letter. Withholding currently ⟦o:PCT|22%⟧.",
    )
    r(
        "en_US",
        "it_integration",
        "Payroll SFTP drop failing again. Config:\nhost=sftp.adp-partner.example.net\nurl=⟦UC|sftp://paysync_acme:Tr0ub4dor&3x@sftp.adp-partner.example.net:22/inbound⟧\nlast run ⟦o:D|2026-11-28⟧ ⟦o:T|02:00:14Z⟧ err ⟦o:ERR|SSH_FX_PERMISSION_DENIED⟧ request ⟦o:REQ|req_8f21a9c4⟧ version ⟦o:VER|v3.14.2⟧",
    )
    r(
        "en_US",
        "call_center_notes",
        "Member ⟦P|Gwendolyn Park-Ellis⟧ called re dental pre-auth ⟦o:REQ|DPA-330182⟧ for crown #14. Delta member ID ⟦HPN|DD 7729 1045 83⟧. Says she moved to ⟦A|1640 NW Kearney St, Portland, OR 97209⟧, new phone ⟦PH|503.555.0164⟧. Updated. Est. patient share ⟦o:AMT|$612⟧.",
    )
    r(
        "en_US",
        "benefits_chat",
        "user: which plan is cheaper for me, the ⟦o:PROD|Gold HMO 500⟧ or ⟦o:PROD|Silver HDHP 3000⟧? I'm 41, no kids, take two meds monthly. current premium is ⟦o:AMT|$187⟧/mo and deductible ⟦o:AMT|$3,000⟧",
    )
    r(
        "en_US",
        "insurance_card_ocr",
        "back of card scan:\nMEMBER: ⟦P|LAKSHMI VENKATARAMAN⟧\nMEMBER ID ⟦HPN|H12837465⟧\nHumana Gold Plus H5619-048\nPCP: ⟦P|ANDREW CHO⟧ MD\nIssued ⟦o:D|01/2026⟧\nPharmacist use only: RxBIN 610649 PCN 03200000",
    )
    r(
        "en_US",
        "telecom_chat",
        "hey T-Mobile, porting my number to you. old carrier account # ⟦o:ROW|7781-20394-1⟧, transfer PIN is ⟦S|602417⟧. Name on account ⟦P|Esperanza Ruiz⟧, billing zip ⟦a:PC|85016⟧. Number being ported ⟦PH|(602) 555-0185⟧. Order ⟦o:ORD|TMO-58112093⟧",
    )
    r(
        "en_US",
        "hr_ticket",
        "FMLA request from ⟦P|Kwame Asante-Boateng⟧, emp ID ⟦o:ROW|30418⟧. Leave ⟦o:D|12/15/2026⟧–⟦o:D|02/09/2027⟧. Physician cert from Dr. ⟦P|Leah Goldberg⟧ attached (MRN ⟦MRN|MRN-4410293⟧ at Mount Sinai). Short-term disability carrier: Lincoln, claim ⟦o:TKT|STD-8837102⟧. Contact ⟦E|kwame.ab@protonmail.com⟧.",
    )
    r(
        "de_DE",
        "benefits_enrollment",
        "Hallo, ich möchte meine Tochter in die Familienversicherung aufnehmen. Mitglied: ⟦P|Katrin Weißenböck⟧, Krankenversichertennummer ⟦HPN|M482039178⟧ (TK). Tochter: ⟦P|Lena Weißenböck⟧, geb. ⟦DOB|03.06.2019⟧. Anschrift: ⟦A|Goethestraße 14, 2. OG links, 60313 Frankfurt am Main⟧. Antrag vom ⟦o:D|01.12.2026⟧, Vorgangsnummer ⟦o:TKT|FV-2026-118834⟧.",
    )
    r(
        "de_DE",
        "payroll_question",
        "Frage zur Lohnabrechnung November: Bei mir (⟦P|Mehmet Yılmaz⟧, Personalnr. ⟦o:ROW|004812⟧) steht die Steuer-ID ⟦TAX@de.idnr|47 281 539 166⟧, das stimmt. Aber die Steuerklasse ist IV statt III. Netto ⟦o:AMT|2.874,16 €⟧ statt ca. ⟦o:AMT|3.150 €⟧. Gehalt bitte weiter auf ⟦IBAN|DE89 3704 0044 0532 0130 00⟧. Danke!",
    )
    r(
        "de_DE",
        "claims_email",
        "Sehr geehrte Damen und Herren,\n\nanbei die Rechnung ⟦o:INV|RE-2026-04471⟧ von Dr. med. ⟦P|Friederike Hansen⟧ über ⟦o:AMT|486,32 EUR⟧ zur Erstattung. Versicherungsnummer (PKV): ⟦HPN|KV-4829137-03⟧, Tarif ⟦o:PROD|Comfort Plus 300⟧. Versicherte Person: ⟦P|Jonas Albrecht⟧, geb. ⟦DOB|17.09.1988⟧.\nBitte überweisen auf ⟦IBAN|DE44500105175407324931⟧.\n\nMit freundlichen Grüßen\n⟦P|Jonas Albrecht⟧\n⟦A|Am Kirchberg 3a\n82319 Starnberg⟧\nTel. ⟦PH|08151 4471920⟧",
    )
    r(
        "de_DE",
        "call_center_notes",
        "Gesprächsnotiz ⟦o:D|28.11.2026⟧ ⟦o:T|14:05⟧ Uhr: Anrufer Herr ⟦P|Wolfgang Schäfer-Lindner⟧, KVNR ⟦HPN|K904172631⟧, fragt nach Genehmigung Reha (Antrag ⟦o:REQ|GEN-771203⟧). Mitglied seit ⟦o:D|2004⟧. Rückruf unter ⟦PH|+49 (0)221 9384 117⟧. Ticket ⟦o:TKT|#55810⟧.",
    )
    r(
        "de_DE",
        "telecom_chat",
        "Kunde: Guten Tag, mein Internet geht seit gestern nicht. Kundennummer ⟦o:ROW|1029384756⟧, Vertragsinhaber ⟦P|Sabine Krüger⟧.\nTelekom-Bot: Bitte nennen Sie Ihr Kundenkennwort.\nKunde: ⟦S|Sonnenblume!77⟧\nTelekom-Bot: Danke. Ihre Fritzbox meldet sich mit ⟦IP|91.64.183.27⟧ an, Fehlercode ⟦o:ERR|PPP-691⟧. Störungsticket ⟦o:TKT|ST-8829104⟧ wurde angelegt. Techniker kommt am ⟦o:D|03.12.⟧ zwischen ⟦o:T|8–12 Uhr⟧ an ⟦A|Lindenallee 22, 45127 Essen⟧.",
    )
    r(
        "de_DE",
        "hr_ticket",
        "Neue Mitarbeiterin: ⟦P|Anna-Lena Brückner⟧, Eintritt ⟦o:D|01.01.2027⟧. Sozialversicherungsnummer ⟦NID|65 170893 B 015⟧, Steuer-ID ⟦TAX@de.idnr|81302746397⟧, Krankenkasse AOK Bayern, KVNR ⟦HPN|T315288049⟧. Geburtsdatum ⟦DOB|17. August 1993⟧. Privat: ⟦E|annalena.brueckner@web.de⟧, ⟦PH|0171 2938475⟧. Wohnort ⟦A|Schillerplatz 7, 93047 Regensburg⟧.",
    )
    r(
        "de_DE",
        "insurance_card_ocr",
        "eGK Text (Scan):\nAOK Nordost\n⟦P|Dragan Petrović⟧\n⟦HPN|B770192456⟧\nVersicherten-Nr.\nKartennr. 80276 00123 456789 0012 gültig bis ⟦o:D|12/2030⟧\nKostenträgerkennung 109519005",
    )
    r(
        "de_DE",
        "travel_booking",
        "Reiseversicherung Buchung ⟦o:ORD|RV-2026-337102⟧: Reisende ⟦P|Claudia Vogt⟧ (⟦DOB|22.02.1975⟧) und ⟦P|Matthias Vogt⟧ (⟦DOB|05.10.1973⟧), Reiseziel Kenia, ⟦o:D|14.02.⟧–⟦o:D|02.03.2027⟧. Auslandskrankenversicherung Police ⟦HPN|AKV-77120394⟧. Reisepass Claudia ⟦PP|C4J7RT2X9⟧. Prämie ⟦o:AMT|129,00 €⟧.",
    )
    r(
        "de_DE",
        "payroll_question",
        "Hallo, das Jahresarbeitsentgelt auf meiner Meldebescheinigung ist falsch (⟦o:AMT|54.320 €⟧). Kann das System das korrigieren? Ist ein allgemeines Problem im Release ⟦o:VER|2026.3⟧, glaube ich. Gruß aus der Buchhaltung",
    )
    r(
        "de_DE",
        "claims_email",
        "Schadenmeldung Kfz: Schaden-Nr. ⟦o:TKT|KS-2026-0093817⟧. Fahrer: ⟦P|Thorsten Meier⟧, Führerschein ⟦DL|B072RRE2I55⟧, geb. ⟦DOB|11.04.1968⟧. Unfallort Kreuzung B27/Talstraße, Stuttgart, ⟦o:D|19.11.2026⟧ ⟦o:T|17:40⟧. Unfallgegner ⟦P|Ilse Baumgartner⟧, Tel ⟦PH|0711/6628 304⟧. Werkstattrechnung ⟦o:INV|WR-11872⟧ folgt.",
    )
    r(
        "de_DE",
        "it_integration",
        "Für den Lohnexport nach DATEV nutzen wir: ⟦UC|https://lohn_export:Xq9!vB2r@datev-bridge.intern.example.de/api⟧ und API-Key ⟦S|dtv_live_7fK2pQ9xLm4R8sT1vW3z⟧. Seit Version ⟦o:VER|5.2.1⟧ kommt ⟦o:ERR|HTTP 401⟧. Request-ID ⟦o:REQ|7c1e9a02-bb41⟧.",
    )
    r(
        "de_DE",
        "benefits_chat",
        "Wie hoch ist der Arbeitgeberzuschuss zur betrieblichen Krankenversicherung ⟦o:PROD|bKV Budget 600⟧? Steht im Gruppenvertrag ⟦o:ROW|GV-20931⟧ glaube ich. Danke.",
    )
    r(
        "en_DE",
        "hr_ticket",
        "Relocation: ⟦P|Aditya Bhattacharya⟧ moves from Bangalore to Munich on ⟦o:D|Jan 15⟧. Needs Anmeldung at ⟦A|Leopoldstraße 118, App. 4.12, 80804 München⟧, Steuer-ID will be issued later. Passport ⟦PP|Z4829173⟧. Techniker Krankenkasse membership pending, interim travel health policy ⟦HPN|IHI-559201-77⟧. WhatsApp ⟦PH|+91 98450 12837⟧.",
    )
    r(
        "fr_FR",
        "benefits_enrollment",
        "Bonjour, je souhaite adhérer à la mutuelle d'entreprise (contrat collectif ⟦o:ROW|CC-772104⟧, ⟦o:PROD|Harmonie Mutuelle Essentiel Pro⟧). Nom : ⟦P|Camille Lefèvre-Dubois⟧, née le ⟦DOB|5 juin 1991⟧. N° de sécurité sociale : ⟦NID@fr.nir|2 91 06 93 055 181 22⟧. Adresse : ⟦A|12 bis rue des Lilas, Bât. C, 93100 Montreuil⟧. RIB pour les remboursements : ⟦IBAN|FR14 2004 1010 0505 0001 3M02 606⟧.",
    )
    r(
        "fr_FR",
        "claims_email",
        "Madame, Monsieur,\nSuite à ma consultation du ⟦o:D|14/11/2026⟧ chez le Dr ⟦P|Karim Benali⟧, je n'ai reçu que ⟦o:AMT|16,50 €⟧ de remboursement au lieu de ⟦o:AMT|30 €⟧. Mon numéro d'adhérent est ⟦HPN|ADH 00482913⟧ et le décompte porte la référence ⟦o:TKT|DEC-2026-558102⟧.\nCordialement,\n⟦P|Sylvie Marchand⟧\n⟦PH|06 12 48 93 70⟧",
    )
    r(
        "fr_FR",
        "call_center_notes",
        "Appel entrant ⟦o:T|09h32⟧ – M. ⟦P|Jean-Baptiste N'Diaye⟧ demande une attestation de tiers payant. N° adhérent ⟦HPN|0045821937⟧, n° de contrat groupe ⟦HPN|GRP-88017⟧. NIR vérifié ⟦NID@fr.nir|184037511204852⟧. Envoi par mail à ⟦E|jb.ndiaye@orange.fr⟧. Dossier ⟦o:TKT|SR-10293⟧.",
    )
    r(
        "fr_FR",
        "telecom_chat",
        "Client : Bonjour, je n'ai plus de réseau depuis que j'ai changé de SIM.\nConseiller Orange : Pouvez-vous me donner le code PUK au dos de la carte ?\nClient : oui c'est ⟦S|48201937⟧\nConseiller Orange : Merci Mme ⟦P|Aurélie Fontaine⟧. Je vois la ligne ⟦PH|+33 6 71 29 48 05⟧ rattachée au contrat ⟦o:ROW|OR-9918273⟧. Votre box a l'IP publique ⟦IP|90.112.48.203⟧. Je lance un reset, référence ⟦o:TKT|INC4471029⟧.",
    )
    r(
        "fr_FR",
        "payroll_question",
        "Sur ma fiche de paie de novembre, la ligne ⟦o:PROD|Prévoyance non cadre⟧ est à ⟦o:PCT|1,5 %⟧ alors que le taux de l'accord est ⟦o:PCT|0,78 %⟧. Est-ce une erreur du logiciel (version ⟦o:VER|12.4⟧) ?",
    )
    r(
        "fr_FR",
        "pre_authorization",
        "Demande d'entente préalable – kinésithérapie\nAssuré : ⟦P|Théo Garnier⟧, né le ⟦DOB|21/02/1978⟧\nN° SS : ⟦NID@fr.nir|1 78 02 13 055 402 62⟧\nMutuelle : MGEN, n° ⟦HPN|MGEN-5520193847⟧\nPrescripteur : Dr ⟦P|Hélène Roux⟧\nN° de dossier hospitalier (IPP) : ⟦MRN|IPP 2026004817⟧\nRéférence DEP ⟦o:REQ|EP-33019284⟧ du ⟦o:D|02/12/2026⟧",
    )
    r(
        "fr_FR",
        "travel_booking",
        "Réservation Air France ⟦o:FLT|AF 718⟧ Paris–Nairobi le ⟦o:D|18 janvier 2027⟧ pour Mme ⟦P|Nathalie Ould-Ahmed⟧ (passeport ⟦PP|19AB48273⟧, née le ⟦DOB|30.09.1982⟧) et son fils ⟦P|Yanis Ould-Ahmed⟧ (passeport ⟦PP|21CD10394⟧). Assurance voyage AXA n° ⟦HPN|AXA-TRV-4471920⟧. Paiement carte ⟦CC|5167 2100 4938 2719⟧. PNR ⟦o:ORD|Q8LZ2T⟧.",
    )
    r(
        "fr_FR",
        "hr_ticket",
        "Arrivée de ⟦P|Soraya El Amrani⟧ le ⟦o:D|4 janvier⟧. Coordonnées : ⟦A|Résidence Les Tilleuls, appt 24, 8 avenue Jean-Jaurès, 69007 Lyon⟧ ; tél. ⟦PH|04 78 61 22 09⟧ ; mail perso ⟦E~dot_at|soraya.elamrani [at] free [dot] fr⟧. Numéro fiscal : ⟦TAX@fr.nif|30 23 217 600 053⟧.",
    )
    r(
        "fr_FR",
        "claims_email",
        "Sinistre auto n° ⟦o:TKT|SIN-26-0048172⟧ : le constat amiable est signé par ⟦P|Gaëtan Moreau⟧ (permis n° ⟦DL|120693100452⟧) et ⟦P|Lucie Perrin⟧. Facture carrosserie ⟦o:INV|FAC-2026-1187⟧ de ⟦o:AMT|2 340,00 €⟧.",
    )
    r(
        "es_ES",
        "benefits_enrollment",
        "Hola, quiero dar de alta a mi pareja en el seguro médico de empresa (póliza colectiva ⟦HPN|3/4821937⟧, ⟦o:PROD|Sanitas Profesionales Plus⟧). Titular: ⟦P|Javier Moreno Castillo⟧, DNI ⟦NID@es.dni|48291735-S⟧. Beneficiaria: ⟦P|Lucía Fernández de la Vega⟧, NIE ⟦NID@es.nie|X-4829173-R⟧, nacida el ⟦DOB|12/03/1990⟧. Domicilio: ⟦A|C/ de Alcalá, 214, 3º izda., 28028 Madrid⟧.",
    )
    r(
        "es_ES",
        "insurance_card_ocr",
        "Texto de la tarjeta:\nADESLAS\n⟦P|MARÍA DEL CARMEN RUIZ OLMEDO⟧\nNº tarjeta ⟦HPN|0001 2384 7719 0042⟧\nPóliza ⟦HPN|AD-10293847⟧\nVálida hasta ⟦o:D|31/12/2027⟧\nAtención 24h 900 322 237",
    )
    r(
        "es_ES",
        "claims_email",
        "Buenos días, adjunto la factura ⟦o:INV|F-2026/0883⟧ de la clínica dental por ⟦o:AMT|420,00 €⟧. Mi número de asegurado es ⟦HPN|ASG-00773920⟧. El reembolso a la cuenta ⟦IBAN|ES91 2100 0418 4502 0005 1332⟧. Un saludo, ⟦P|Álvaro Gutiérrez Peña⟧, tel. ⟦PH|612 48 93 07⟧",
    )
    r(
        "es_ES",
        "call_center_notes",
        "Llamada de Dña. ⟦P|Encarnación Jiménez⟧ (⟦DOB|1956⟧), CIP ⟦HPN|JIMN560214018011⟧ del Servicio Andaluz de Salud; pide cita con traumatología. Historia clínica ⟦MRN|NHC 4471203⟧ Hospital Virgen del Rocío. Incidencia ⟦o:TKT|INC-0092817⟧.",
    )
    r(
        "es_ES",
        "payroll_question",
        "En la nómina de noviembre me han retenido un ⟦o:PCT|19 %⟧ de IRPF y el mes pasado el ⟦o:PCT|15 %⟧. ¿Por qué? Salario bruto ⟦o:AMT|2.650 €⟧/mes.",
    )
    r(
        "es_ES",
        "telecom_chat",
        "Cliente: Hola, soy ⟦P|Iker Etxeberria⟧, titular de la línea ⟦PH|+34 688 21 40 93⟧. No me llega la factura ⟦o:INV|MV-2026-11-488201⟧.\nAgente Movistar: ¿Me confirma su DNI?\nCliente: ⟦NID@es.dni|07314862B⟧\nAgente Movistar: Gracias. Su correo registrado es ⟦E|iker.etxe@telefonica.net⟧, ¿correcto?\nCliente: sí. Y la cuenta de domiciliación es ⟦BBAN|2100 0418 45 0200051332⟧",
    )
    r(
        "es_ES",
        "travel_booking",
        "Reserva ⟦o:ORD|IB-7K2QPZ⟧ vuelo ⟦o:FLT|IB 6401⟧ Madrid–Ciudad de México ⟦o:D|20/01/2027⟧:\n- ⟦P|Rocío Vázquez Salgado⟧, pasaporte ⟦PP|PAA482917⟧, F. nac. ⟦DOB|08-07-1987⟧\n- ⟦P|Diego Salgado⟧, pasaporte ⟦PP|PAB103948⟧, F. nac. ⟦DOB|25-12-2016⟧\nSeguro de viaje Mapfre nº ⟦HPN|MAP-VIA-0912834⟧. Pago con ⟦CC|4024 0071 5839 2646⟧.",
    )
    r(
        "es_ES",
        "hr_ticket",
        "Alta nueva empleada: ⟦P|Nerea Domínguez Arrieta⟧, NSS ⟦NID|28 10293847 50⟧, domicilio ⟦A|Avda. Diagonal 530, 5º 2ª, 08006 Barcelona⟧, email ⟦E|nerea.dominguez@gmail.com⟧. Fecha de alta ⟦o:D|07/01/2027⟧.",
    )
    r(
        "it_IT",
        "benefits_enrollment",
        "Buongiorno, devo iscrivere mio figlio al fondo sanitario integrativo ⟦o:PROD|Metasalute Piano Base⟧. Io sono ⟦P|Giulia Bianchi⟧, codice fiscale ⟦TAX@it.codicefiscale|BNCGLI92E55F205F⟧, n. iscrizione fondo ⟦HPN|MS-1928374⟧. Figlio ⟦P|Tommaso Bianchi Rinaldi⟧, nato il ⟦DOB|3 marzo 2020⟧ a ⟦L|Milano⟧. Residenza: ⟦A|Via Giuseppe Verdi 27, int. 5, 20121 Milano (MI)⟧.",
    )
    r(
        "it_IT",
        "claims_email",
        "Gentile UniSalute,\nallego la fattura ⟦o:INV|n. 2026/1184⟧ del ⟦o:D|22/11/2026⟧ per la visita cardiologica (⟦o:AMT|€ 180,00⟧). Numero polizza ⟦HPN|UNS-004718293⟧, assistito ⟦P|Marco Rossi⟧, C.F. ⟦TAX@it.codicefiscale|RSSMRA85T10A944C⟧. IBAN per il rimborso ⟦IBAN|IT60 X054 2811 1010 0000 0123 456⟧.\nCordiali saluti",
    )
    r(
        "it_IT",
        "call_center_notes",
        "Nota chiamata: la Sig.ra ⟦P|Stefania Ferrari⟧ (⟦DOB|08/09/1964⟧) chiede duplicato tessera sanitaria. Numero identificazione tessera ⟦HPN|80380001200012345678⟧. Indirizzo di spedizione ⟦A|Corso Vittorio Emanuele II 112, 10121 Torino⟧. Pratica ⟦o:TKT|TS-55012⟧. Cell. ⟦PH|347 219 4830⟧.",
    )
    r(
        "it_IT",
        "telecom_chat",
        "Cliente: salve, ho cambiato router e non navigo. Sono ⟦P|Lorenzo Costa⟧, codice cliente ⟦o:ROW|TIM-88291034⟧\nOperatore TIM: Mi conferma il codice fiscale?\nCliente: ⟦TAX@it.codicefiscale|CSTLNZ78A01H501J⟧\nOperatore TIM: grazie. Il modem risulta con IP ⟦IP|79.45.212.8⟧, errore ⟦o:ERR|651⟧. Apro la segnalazione ⟦o:TKT|SGN-2026-771902⟧.",
    )
    r(
        "it_IT",
        "payroll_question",
        "Nel cedolino di novembre la voce ⟦o:PROD|Fondo Est⟧ è trattenuta due volte (⟦o:AMT|€ 12,00⟧ x ⟦o:QTY|2⟧). È un problema noto?",
    )
    r(
        "it_IT",
        "hr_ticket",
        "Nuovo assunto ⟦P|Davide Martini⟧, C.F. ⟦TAX@it.codicefiscale|MRTDVD90C12G273S⟧, nato a ⟦L|Palermo⟧ il ⟦DOB|12.03.1990⟧. Carta d'identità ⟦NID|CA48291KM⟧, patente ⟦DL|PA5182937K⟧. Residente in ⟦A|Via dei Mille 4, 90139 Palermo⟧. Email ⟦E|d.martini90@libero.it⟧.",
    )
    r(
        "it_IT",
        "travel_booking",
        "Prenotazione ⟦o:ORD|AZ-PNR 6TQ2LW⟧, volo ⟦o:FLT|AZ 610⟧ Roma–New York ⟦o:D|15 febbraio 2027⟧. Passeggero ⟦P|Serafina Russo⟧, passaporto ⟦PP|YA4829173⟧, data di nascita ⟦DOB|19/11/1958⟧. Assicurazione viaggio Europ Assistance n. ⟦HPN|EA-IT-20394817⟧. Pagamento ⟦CC|5491 8200 3371 6453⟧.",
    )
    r(
        "it_IT",
        "pre_authorization",
        "Richiesta autorizzazione ricovero – ⟦P|Sofia Esposito⟧, nata il ⟦DOB|24/07/1975⟧, polizza RBM Salute ⟦HPN|RBM-7720193⟧, nucleo familiare ⟦o:ROW|NF-3304⟧. Cartella clinica ⟦MRN|CC-2026-0048173⟧ Ospedale San Raffaele. Codice autorizzazione ⟦o:REQ|AUT-881920⟧.",
    )
    r(
        "nl_NL",
        "benefits_enrollment",
        "Beste HR, ik wil me aanmelden voor de collectieve zorgverzekering (⟦o:PROD|Zilveren Kruis Basis Budget⟧, collectiviteitsnummer ⟦HPN|207118301⟧). Gegevens: ⟦P|Sanne van der Meulen⟧, BSN ⟦NID@nl.bsn|123456721⟧, geboren ⟦DOB|14-02-1994⟧, adres ⟦A|Prinsengracht 263-2, 1016 GV Amsterdam⟧. Premie via ⟦IBAN|NL91 ABNA 0417 1643 00⟧.",
    )
    r(
        "nl_NL",
        "claims_email",
        "Goedemiddag,\nIk heb een nota ingediend (⟦o:INV|nota 2026-44812⟧) voor fysiotherapie, maar kreeg een afwijzing met code ⟦o:ERR|R-204⟧. Mijn polisnummer is ⟦HPN~line_break|1847\n29361⟧ en relatienummer ⟦HPN|R-00882731⟧. Graag uitleg.\nMet vriendelijke groet,\n⟦P|Pieter-Jan de Boer⟧\n⟦PH|06-48291736⟧",
    )
    r(
        "nl_NL",
        "call_center_notes",
        "Klant mevr. ⟦P|Fatma Öztürk⟧ belt over machtiging voor MRI. Polisnummer ⟦HPN|CZ-0049281736⟧, geb. ⟦DOB|3 mei 1969⟧. Verwijzer dr. ⟦P|Willem Jansen⟧. Machtigingsnummer ⟦o:REQ|MG-2026-10293⟧. Terugbellen ⟦PH|+31 (0)10 482 9173⟧.",
    )
    r(
        "nl_NL",
        "telecom_chat",
        "Klant: Hoi, mijn glasvezel is traag. Klantnummer ⟦o:ROW|KPN-7718203⟧, op naam van ⟦P|Joost Verhoeven⟧.\nMedewerker KPN: Wat is uw postcode en huisnummer?\nKlant: ⟦a:PC|3521 AZ⟧ 118\nMedewerker KPN: Ik zie dat de modem op ⟦IP|84.104.33.190⟧ zit. Ticket ⟦o:TKT|T-4419203⟧.",
    )
    r(
        "nl_NL",
        "payroll_question",
        "Mijn loonstrook toont een loonheffingskorting, terwijl ik die bij een andere werkgever al gebruik. BSN ⟦NID@nl.bsn|310482951⟧, personeelsnummer ⟦o:ROW|P-30921⟧, naam ⟦P|Anouk Smit⟧. Nettoloon ⟦o:AMT|€ 2.912,44⟧.",
    )
    r(
        "nl_NL",
        "hr_ticket",
        "Nieuwe medewerker ⟦P|Mohamed El Idrissi⟧, start ⟦o:D|2 januari 2027⟧. Adres ⟦A|Kanaalweg 14 bis, 2583 HD Den Haag⟧, tel ⟦PH|070 362 8814⟧, e-mail ⟦E|m.elidrissi@hotmail.nl⟧. Rijbewijs ⟦DL|5049281736⟧, ID-kaart ⟦NID@nl.identiteitskaartnummer|IR57BF8P2⟧.",
    )
    r(
        "pt_BR",
        "benefits_enrollment",
        "Olá, preciso incluir minha esposa no plano de saúde da empresa (⟦o:PROD|Bradesco Saúde Top Nacional⟧). Titular: ⟦P|Rafael Nogueira da Silva⟧, CPF ⟦TAX@br.cpf|529.982.247-25⟧, carteirinha ⟦HPN|777 123 456789 001⟧. Dependente: ⟦P|Juliana Costa Nogueira⟧, nascida em ⟦DOB|17/05/1992⟧, CPF ⟦TAX@br.cpf|184.736.205-26⟧. Endereço: ⟦A|Rua Haddock Lobo, 595, apto 82, Cerqueira César, São Paulo - SP, 01414-001⟧.",
    )
    r(
        "pt_BR",
        "insurance_card_ocr",
        "Texto da carteirinha:\nUNIMED BELO HORIZONTE\nBENEFICIÁRIO: ⟦P|ANTÔNIO CARLOS FERREIRA⟧\nCÓDIGO: ⟦HPN|0 064 8000 123456 7⟧\nCNS: ⟦HPN|898 0047 1563 9205⟧\nPLANO: ⟦o:PROD|UNIPART FLEX ENFERMARIA⟧\nVALIDADE ⟦o:D|30/06/2028⟧  NASC. ⟦DOB|02/01/1966⟧\nANS nº 34.388-9",
    )
    r(
        "pt_BR",
        "claims_email",
        "Prezados, solicito reembolso da consulta com a Dra. ⟦P|Beatriz Lima⟧ (nota fiscal ⟦o:INV|NF-e 000.184.233⟧, ⟦o:AMT|R$ 650,00⟧). Protocolo ⟦o:TKT|ANS 4183920260011⟧. Beneficiário ⟦P|Gustavo Henrique Alves⟧, carteirinha SulAmérica ⟦HPN|88888 4829 1736 0019⟧. Dados bancários: Itaú, agência ⟦a:BC|0341⟧, conta ⟦BBAN|48291-7⟧. Att.",
    )
    r(
        "pt_BR",
        "call_center_notes",
        "Atendimento ⟦o:T|16:20⟧ – cliente ⟦P|Maria das Graças Sousa⟧ pede autorização de cirurgia. Senha de autorização ⟦o:REQ|AUT 99182734⟧, guia ⟦o:TKT|GUIA 2026-00481⟧. Prontuário ⟦MRN|PRT-0048173⟧ Hospital das Clínicas. Tel ⟦PH|(31) 98847-2031⟧. CPF ⟦TAX@br.cpf|30512794804⟧.",
    )
    r(
        "pt_BR",
        "telecom_chat",
        "Cliente: oi, minha fibra da Vivo caiu. sou ⟦P|Thiago Mendes⟧, cpf ⟦TAX@br.cpf|712.049.336-18⟧\nAtendente: Obrigado Thiago. Qual o endereço da instalação?\nCliente: ⟦A|Av. Sete de Setembro, 1820, bloco B, ap 304, Salvador/BA, CEP 40080-001⟧\nAtendente: O roteador está com IP ⟦IP|177.34.102.55⟧ e erro ⟦o:ERR|LOS-1⟧. Abri o protocolo ⟦o:TKT|2026112948201⟧.",
    )
    r(
        "pt_BR",
        "payroll_question",
        "Meu holerite de novembro veio com desconto de INSS de ⟦o:AMT|R$ 908,85⟧, mas o teto é menor. Alguém pode conferir? Salário ⟦o:AMT|R$ 9.500,00⟧. Obrigado!",
    )
    r(
        "pt_BR",
        "travel_booking",
        "Reserva ⟦o:ORD|LA-5TQ8MZ⟧ voo ⟦o:FLT|LA 8084⟧ GRU–MAD em ⟦o:D|03/02/2027⟧. Passageira: ⟦P|Fernanda Oliveira Ramos⟧, passaporte ⟦PP|FX482917⟧, nasc. ⟦DOB|11/08/1985⟧, e-mail ⟦E|fe.oliveira.ramos@uol.com.br⟧. Seguro viagem Assist Card voucher ⟦HPN|AC-BR-00918273⟧. Pagamento ⟦CC|4319 4002 1187 3567⟧. IBAN para reembolso ⟦IBAN|BR97 0036 0305 0000 1000 9795 493P 1⟧.",
    )
    r(
        "pt_BR",
        "hr_ticket",
        "Admissão: ⟦P|Lucas Pereira dos Santos⟧, PIS ⟦NID|120.54768.92-1⟧, CNH ⟦DL|04829173650⟧, RG ⟦NID|MG-14.829.173⟧. Endereço ⟦A|Rua da Bahia, 1148, sala 910, Centro, Belo Horizonte - MG⟧. Celular ⟦PH|+55 31 99182-7345⟧.",
    )
    r(
        "es_MX",
        "benefits_enrollment",
        "Buenas tardes, quiero inscribir a mis hijos en el seguro de gastos médicos mayores de la empresa (⟦o:PROD|GNP Línea Azul VIP⟧, póliza colectiva ⟦HPN|12-4827193-00⟧). Titular: ⟦P|Ana Gómez Martínez⟧, CURP ⟦NID@mx.curp|GOMA850312MDFNRR09⟧, RFC ⟦TAX@mx.rfc|GOMA850312Q20⟧, certificado ⟦HPN|CERT-0004521⟧. Hijos: ⟦P|Sebastián Gómez⟧ (⟦DOB|14/09/2014⟧) y ⟦P|Valeria Gómez⟧ (⟦DOB|02/04/2017⟧). Domicilio ⟦A|Av. Insurgentes Sur 1602, Int. 804, Col. Crédito Constructor, Benito Juárez, 03940 Ciudad de México, CDMX⟧.",
    )
    r(
        "es_MX",
        "call_center_notes",
        "Llamada ⟦o:T|11:15⟧: ⟦P|Juan Hernández Ramírez⟧ reporta siniestro de GMM; NSS IMSS ⟦NID|42898512340⟧, póliza AXA ⟦HPN|AXA-GMM-7720193⟧. Número de siniestro ⟦o:TKT|SIN-2026-118302⟧. Cel ⟦PH|33 1928 4710⟧. Correo ⟦E|juan.hdz.ramirez@gmail.com⟧.",
    )
    r(
        "es_MX",
        "payroll_question",
        "Hola, mi recibo de nómina (CFDI folio ⟦o:INV|A-38291⟧) tiene mal el RFC, aparece ⟦TAX@mx.rfc|HERJ790921K70⟧ y debe ser ⟦TAX@mx.rfc|HERJ790921B40⟧. Mi CURP es ⟦NID@mx.curp|HERJ790921HJCRMN02⟧. La CLABE para el depósito es ⟦BBAN|002180012345678906⟧. Gracias, ⟦P|Jorge Hernández Rivas⟧.",
    )
    r(
        "es_MX",
        "telecom_chat",
        "Cliente: hola telcel, me clonaron el chip. mi número ⟦PH|55 4829 1736⟧, a nombre de ⟦P|Guadalupe Torres⟧\nAsesor: ¿Me proporciona su NIP de portabilidad?\nCliente: ⟦S|4471⟧\nAsesor: Gracias. Bloqueamos la línea, folio ⟦o:TKT|TC-88120394⟧.",
    )
    r(
        "es_MX",
        "pre_authorization",
        "Solicitud de programación de cirugía: paciente ⟦P|Esperanza López Pérez⟧, ⟦DOB|5 de julio de 1991⟧, CURP ⟦NID@mx.curp|LOPE910705MNLPZS06⟧, expediente ⟦MRN|EXP-2026-448192⟧ Hospital Ángeles. Aseguradora MetLife, póliza ⟦HPN|ML-GMM-30918274⟧, certificado ⟦HPN|0017⟧. Carta pase ⟦o:REQ|CP-7720193⟧, monto estimado ⟦o:AMT|$84,500 MXN⟧.",
    )
    r(
        "es_MX",
        "hr_ticket",
        "Alta: ⟦P|Carlos Ramírez Mora⟧, CURP ⟦NID@mx.curp|RAMC881130HVZMRR03⟧, INE clave ⟦NID|RMMRCR88113030H400⟧, domicilio ⟦A|Calle Morelos 45, Col. Centro, 91000 Xalapa, Ver.⟧, licencia ⟦DL|VER-A0482917⟧, tarjeta para viáticos ⟦CC|5228 6331 0047 7291⟧.",
    )
    r(
        "es_MX",
        "benefits_chat",
        "¿El plan ⟦o:PROD|Seguro de Vida Grupo Básico⟧ cubre ⟦o:QTY|24⟧ meses de sueldo o ⟦o:QTY|36⟧? Lo vi en la circular ⟦o:ROW|RH-2026-14⟧.",
    )
    r(
        "en_SG",
        "benefits_enrollment",
        "Hi HR, submitting my group insurance nomination. Name: ⟦P|Tan Wei Ling⟧, NRIC ⟦NID|S8734521A⟧, DOB ⟦DOB|21 Aug 1987⟧. Spouse ⟦P|Lim Jun Hao⟧, NRIC ⟦NID|S9182736J⟧. Plan: ⟦o:PROD|AIA Group Hospital & Surgical Plan B⟧, policy ⟦HPN|L482917365⟧. Address ⟦A|Blk 412 Ang Mo Kio Ave 10, #08-1123, Singapore 560412⟧. HP ⟦PH~odd_separators|+65/9123/4870⟧.",
    )
    r(
        "en_SG",
        "claims_email",
        "Dear Great Eastern,\nPlease process my outpatient claim for ⟦o:AMT|S$148.50⟧ (receipt ⟦o:INV|RCPT-SGH-2026-77102⟧). Policy no. ⟦HPN|0028374619⟧, member ID ⟦HPN|GE-SG-448120-02⟧. Patient ⟦P|Muhammad Faizal bin Rahman⟧, NRIC ⟦NID|T0215678J⟧. Payout to DBS account ⟦BBAN|012-3-456789⟧.\nRegards, ⟦P|Nurul Huda binti Ismail⟧",
    )
    r(
        "en_SG",
        "call_center_notes",
        "Caller ⟦P|Rajesh Kumar s/o Subramaniam⟧ (FIN ⟦NID|G5120498R⟧) asked re Integrated Shield plan upgrade. Current ⟦o:PROD|Prudential PRUShield Premier⟧ policy ⟦HPN|PS-10293847⟧. Hospital MRN at TTSH ⟦MRN|TT0048172K⟧. Callback ⟦PH|6255 0193 ext 214⟧. Case ⟦o:TKT|SG-CS-330918⟧.",
    )
    r(
        "en_SG",
        "telecom_chat",
        "me: hi singtel my fibre down since ⟦o:T|7am⟧\nagent: may i have the account holder name and last 4 of NRIC\nme: ⟦P|Ong Kai Xiang⟧, 678J\nagent: thanks. your ONT shows public IP ⟦IP|116.87.204.33⟧. Service id ⟦o:ROW|SVC-88120394⟧. Ticket ⟦o:TKT|FT-2026-0048291⟧\nme: ok also pls update my email to ⟦E|kaixiang.ong@gmail.com⟧",
    )
    r(
        "en_SG",
        "travel_booking",
        "Please book ⟦o:FLT|SQ 322⟧ SIN–LHR ⟦o:D|10 Mar 2027⟧ for ⟦P|Chua Mei Yi Charlotte⟧, passport ⟦PP|K4829173E⟧, DOB ⟦DOB|1990-12-04⟧. Travel insurance FWD policy ⟦HPN|FWD-TRV-771920⟧. Charge to ⟦CC|3762 114938 70215⟧. Booking ref ⟦o:ORD|6XKQ2P⟧.",
    )
    r(
        "zh_SG",
        "claims_email",
        "您好，我想查询门诊报销进度。保单号码 ⟦HPN|NTUC-IN-48291736⟧，被保险人 ⟦P|陈志明⟧，身份证号 ⟦NID|S8734521A⟧ — 不好意思，是 ⟦NID|F3847261P⟧。收据编号 ⟦o:INV|RC-20261102-88⟧，金额 ⟦o:AMT|S$92.00⟧。电话 ⟦PH|8812 4093⟧。",
    )
    r(
        "ms_SG",
        "hr_ticket",
        "Pekerja baru: ⟦P|Siti Aminah binte Osman⟧, tarikh lahir ⟦DOB|09/04/1995⟧, alamat ⟦A|Blk 23 Jalan Bukit Merah, #12-45, Singapore 150023⟧. Sila daftar dalam pelan ⟦o:PROD|Group Term Life 100k⟧, nombor ahli ⟦HPN|GTL-00918274⟧. E-mel ⟦E|siti.aminah.osman@yahoo.com.sg⟧.",
    )
    r(
        "en_SG",
        "payroll_question",
        "My CPF contribution for Nov seems off — employer share shows ⟦o:PCT|17%⟧ but I'm above 55 so it should be lower. Gross ⟦o:AMT|S$6,200⟧. Payslip ⟦o:INV|PS-2026-11-0412⟧.",
    )
    r(
        "en_KE",
        "benefits_enrollment",
        "Dear HR, kindly add my dependants to the ⟦o:PROD|Jubilee Health J-Care Family⟧ cover. Principal member: ⟦P|Wanjiru Kamau⟧, ID No. ⟦NID|28471936⟧, KRA PIN ⟦TAX@ke.pin|A004827193K⟧, member no. ⟦HPN|JHL/MED/09234/01⟧. Spouse: ⟦P|Otieno Odhiambo⟧, DOB ⟦DOB|15/06/1983⟧. Child: ⟦P|Amani Odhiambo⟧, DOB ⟦DOB|22/01/2018⟧. Postal: ⟦A|P.O. Box 48201-00100, Nairobi⟧.",
    )
    r(
        "en_KE",
        "claims_email",
        "Hello AAR, please refund the outpatient bill ⟦o:INV|INV-NBH-2026-11873⟧ of ⟦o:AMT|KES 14,500⟧ from Nairobi Hospital. Member number ⟦HPN|AAR-3302918-00⟧, patient ⟦P|Kipchoge Kiprotich⟧, hospital no. ⟦MRN|NH-0048192⟧. M-Pesa ⟦PH|0722 481 937⟧.\nThanks,\n⟦P|Cheruiyot Kiprotich⟧",
    )
    r(
        "en_KE",
        "call_center_notes",
        "SHA desk notes: client ⟦P|Achieng Atieno⟧ (ID ⟦NID|31029384⟧) says her SHA number ⟦HPN|CR4827193650-1⟧ is not showing at the hospital. Old NHIF no. ⟦HPN|NHIF 4827193⟧. Lives ⟦A|Kilimani, Argwings Kodhek Rd, Hse No. 14⟧, ⟦L|Nairobi⟧. Ticket ⟦o:TKT|SHA-KE-2026-77102⟧. Phone ⟦PH|+254 733 192 840⟧.",
    )
    r(
        "en_KE",
        "telecom_chat",
        "Customer: Hi Safaricom, I sent ⟦o:AMT|KSh 3,000⟧ to the wrong number. Transaction ⟦o:REQ|SKL4X8P2QM⟧.\nAgent: Please confirm your full name and ID number.\nCustomer: ⟦P|Mwangi Njoroge⟧, ⟦NID|22918374⟧\nAgent: Thank you. We will reverse within ⟦o:QTY|72⟧ hours. Never share your M-Pesa PIN.\nCustomer: ok my PIN was ⟦S|2580⟧ I changed it already",
    )
    r(
        "en_KE",
        "payroll_question",
        "Hi, my P9 form shows PAYE ⟦o:AMT|KES 412,880⟧ for the year but the payslips add up to less. KRA PIN ⟦TAX@ke.pin|P051238874Q⟧, staff no. ⟦o:ROW|KE-0419⟧, name ⟦P|Njeri Wambui Gitau⟧. Also my bank account is ⟦BBAN|1180 2938 47⟧ at Equity, branch code ⟦a:BC|068⟧.",
    )
    r(
        "sw_KE",
        "hr_ticket",
        "Habari, naomba kusasisha taarifa zangu: jina ⟦P|Hassan Juma Mohamed⟧, kitambulisho ⟦NID|30192837⟧, namba ya simu ⟦PH|0711 203 948⟧, anwani ⟦A|Nyali, Links Road, Nyumba Na. 7, Mombasa⟧. Namba ya bima ya afya ⟦HPN|MAD-MSA-18273-00⟧ (Madison).",
    )
    r(
        "sw_KE",
        "telecom_chat",
        "Mteja: Habari Airtel, intaneti yangu haifanyi kazi tangu jana.\nWakala: Pole sana. Tafadhali nipe jina lako kamili.\nMteja: ⟦P|Fatuma Wairimu⟧, namba ⟦PH|+254 (0)100 482 917⟧\nWakala: Asante. Tumefungua tiketi ⟦o:TKT|AT-KE-448120⟧.",
    )
    r(
        "en_KE",
        "travel_booking",
        "Book ⟦o:FLT|KQ 100⟧ NBO–LHR ⟦o:D|5 Feb 2027⟧ for Dr ⟦P|Abdirahman Farah Hussein⟧, Kenyan passport ⟦PP|AK0482917⟧, DOB ⟦DOB|3rd May 1976⟧, and Mrs ⟦P|Halima Abdi⟧, passport ⟦PP|AK1193048⟧. Travel health cover Britam ⟦HPN|BRT-TRV-0091827⟧. Pay via card ⟦CC|4916 0933 8721 5049⟧. PNR ⟦o:ORD|KQ7TPZ⟧.",
    )
    r(
        "en_AE",
        "benefits_enrollment",
        "Dear HR, please enrol my family in the ⟦o:PROD|Daman Enhanced Gold⟧ plan. Employee: ⟦P|Omar Khalid Al-Mansouri⟧, Emirates ID ⟦NID|784-1985-0482731-6⟧, DOB ⟦DOB|18/03/1985⟧. Wife: ⟦P|Mariam Al-Mansouri⟧, EID ⟦NID|784-1991-0719264-5⟧. Current Daman card no. ⟦HPN|102-001-48293716-01⟧. Address: ⟦A|Villa 14, Street 22, Al Mushrif, Abu Dhabi⟧. Mobile ⟦PH|+971 50 482 9173⟧.",
    )
    r(
        "en_AE",
        "claims_email",
        "Hello AXA Gulf,\nMy reimbursement claim ⟦o:TKT|CLM-AE-2026-118204⟧ for ⟦o:AMT|AED 1,850.00⟧ (invoice ⟦o:INV|MCL-77120⟧, Mediclinic City Hospital) is still pending. Member ID ⟦HPN|1102938475⟧, policy ⟦HPN|AXA-DXB-GRP-30918⟧. Patient: ⟦P|Sunita Pillai⟧, MRN ⟦MRN|MCH-00481927⟧.\nRefund IBAN ⟦IBAN|AE21 0330 0000 1084 3726 195⟧\nThanks, ⟦P|Vinod Pillai⟧",
    )
    r(
        "en_AE",
        "call_center_notes",
        "Caller ⟦P|Ahmed bin Saeed Al-Falasi⟧, Thiqa no. ⟦HPN|2048371923⟧, requests pre-approval for MRI at Cleveland Clinic Abu Dhabi. Pre-approval ref ⟦o:REQ|PA-TQ-881920⟧. Verified EID ⟦NID|784197803055124⟧. Contact ⟦E|a.alfalasi@eim.ae⟧, ⟦PH|02 641 8830⟧.",
    )
    r(
        "en_AE",
        "telecom_chat",
        "Customer: hi du, my home wifi password doesn't work after reset\nAgent: Please share the account number.\nCustomer: ⟦o:ROW|1.2938475⟧, account holder ⟦P|Grace Wanjiku Mwangi⟧\nAgent: The default is printed on the router. You can set a new one here.\nCustomer: ok I set it to ⟦S|Dubai@Marina2026⟧ – is that strong enough?\nAgent: Yes. Router WAN ⟦IP|94.200.18.77⟧ online now. Ref ⟦o:TKT|DU-4471203⟧.",
    )
    r(
        "en_AE",
        "travel_booking",
        "Emirates booking ⟦o:ORD|EK-8QTZ4M⟧ ⟦o:FLT|EK 719⟧ DXB–NBO ⟦o:D|22 Jan 2027⟧: passenger ⟦P|Jerome Mbeki Dlamini⟧, passport ⟦PP|M00482917⟧, DOB ⟦DOB|07-Oct-1980⟧, residence ⟦A|Apt 2104, Marina Heights Tower, Dubai Marina, Dubai⟧. Travel medical via Oman Insurance ⟦HPN|OIC-TRV-4472019⟧.",
    )
    r(
        "ar_AE",
        "benefits_enrollment",
        "السلام عليكم، أرغب في إضافة ابني إلى التأمين الصحي. اسم الموظف: ⟦P|فاطمة عبدالله الشامسي⟧، رقم الهوية ⟦NID|784-1991-0719264-5⟧، رقم بطاقة التأمين ⟦HPN|ADN-448201-03⟧. الابن: ⟦P|راشد سالم الشامسي⟧، تاريخ الميلاد ⟦DOB|2021/05/14⟧. الهاتف ⟦PH|055 192 8374⟧.",
    )
    r(
        "ar_AE",
        "claims_email",
        "تحية طيبة، أرفق فاتورة المستشفى رقم ⟦o:INV|INV-2026-55120⟧ بمبلغ ⟦o:AMT|٣٬٢٠٠ درهم⟧. رقم العضوية ⟦HPN|NAS-7720193-00⟧. المريض ⟦P|يوسف حسن الكعبي⟧. رقم الملف الطبي ⟦MRN|MRN 0091827⟧. شكراً.",
    )
    r(
        "ar_AE",
        "telecom_chat",
        "العميل: مرحباً اتصالات، لم يصلني رمز التفعيل.\nالموظف: هل يمكنك تأكيد الاسم ورقم الهاتف؟\nالعميل: ⟦P|خالد إبراهيم النعيمي⟧، ⟦PH|+971 56 203 9184⟧\nالموظف: شكراً، تم فتح طلب رقم ⟦o:TKT|ET-88201⟧.",
    )
    r(
        "en_US",
        "call_center_notes",
        "Voicemail transcription ⟦o:D|12/02⟧: hi this is ⟦P|Bernadette Kowalski⟧ my member ID is ⟦HPN~spelled|Y, R, X, eight two nine, four one seven, three six zero⟧ and you can reach me at ⟦PH~spelled|four one two, five five five, zero one nine nine⟧, I'm calling about the hearing aid pre-auth, thanks.",
    )
    r(
        "en_US",
        "benefits_enrollment",
        "COBRA election form\nQualified beneficiary: ⟦P|Terrence J. McAllister⟧\nSSN ⟦SSN~spaced|371 04 6612⟧\nDOB ⟦DOB|Sept. 3, 1969⟧\nMailing: ⟦A|PO Box 2291\nBillings, MT 59103⟧\nPrior plan member ID ⟦HPN|ZGP90418273701⟧, group ⟦HPN|00817-442⟧\nElected coverage: ⟦o:PROD|Medical + Dental⟧, ⟦o:QTY|18⟧ months, monthly premium ⟦o:AMT|$1,104.26⟧\nPhone: ⟦PH|406-555-0133 x7⟧",
    )
    r(
        "en_US",
        "hr_ticket",
        "Hey IT, locked out of Workday again. My temp password was ⟦S|Wd!2026-Temp#884⟧ and the MFA backup codes are ⟦S|83920-11745⟧ ⟦S|60218-99340⟧. Employee ⟦P|Naveen Krishnamurthy⟧, ⟦E|naveen.k@acme-benefits.com⟧. Ticket ⟦o:TKT|INC0048291⟧.",
    )
    r(
        "en_US",
        "telecom_chat",
        "Customer: I need to reset my voicemail PIN, the current one ⟦S|19731⟧ stopped working.\nAgent (AT&T): I can help. Can you verify the account holder's name and DOB?\nCustomer: ⟦P|Anh Pham⟧, ⟦DOB|7/14/1990⟧\nAgent: Thank you, Anh. Device ⟦o:PROD|iPhone 15 Pro⟧ on line ⟦PH|(832) 555-0117⟧. New temporary PIN sent. Case ⟦o:TKT|ATT-77102934⟧.",
    )
    r(
        "en_US",
        "it_integration",
        "Benefits carrier EDI 834 feed config (please redact before sharing!):\n[carrier]\nendpoint = ⟦UC|ftps://edi834_acme:K8s%21pLm2Qz@edi.bcbs-partner.example.com:990/834in⟧\napi_key = ⟦S|sk_live_51HvQ2pLw8RzT7kN3aY0bX9cD4⟧\nbatch = ⟦o:REQ|B-20261201-0004⟧\nschema = ⟦o:VER|5010X220A1⟧\nlast_error = ⟦o:ERR|TA1 I18⟧",
    )
    r(
        "en_US",
        "claims_email",
        "To: claims@metlife-dental.example\nPatient: ⟦P|Olumide Bankole⟧ DOB ⟦DOB|1983.02.27⟧\nSubscriber ID: ⟦HPN|MD-004471-9203⟧\nGroup: ⟦o:PROD|Acme Corp Dental Low Option⟧ / ⟦HPN|GRP 0128847⟧\nClaim ⟦o:TKT|DN26-118203⟧ billed ⟦o:AMT|$890⟧, paid ⟦o:AMT|$0⟧ – reason ⟦o:ERR|N130⟧\nPlease call me at ⟦PH~fullwidth|（７１３）５５５－０１６２⟧",
    )
    r(
        "en_US",
        "payroll_question",
        "hi, my last paycheck direct deposit bounced. I changed banks. new acct ⟦BBAN|000123456789⟧ routing ⟦a:BC|122105155⟧. I'm ⟦P|Camila Restrepo⟧ in the ⟦L|Phoenix⟧ office, emp id ⟦o:ROW|77104⟧. net pay was ⟦o:AMT|$2,311.08⟧ on ⟦o:D|11/29⟧.",
    )
    r(
        "en_US",
        "benefits_chat",
        "How do I add a domestic partner mid-year? Is that a qualifying life event or do I wait for open enrollment on ⟦o:D|November 1⟧? The handbook ⟦o:VER|v2026.2⟧ isn't clear.",
    )
    r(
        "en_US",
        "insurance_card_ocr",
        "Card OCR (partial):\nMEDICAID – STATE OF NEW YORK\nBENEFIT IDENTIFICATION CARD\n⟦P|JOSE L MARTINEZ⟧\nCIN ⟦HPN|AB48291C⟧\nISSUED ⟦o:D|03/15/2025⟧  SEQ 01\nDOB ⟦DOB|06/21/1958⟧  SEX M",
    )
    r(
        "en_US",
        "call_center_notes",
        "Agent note: Member ⟦P|Ingrid Solberg⟧ lives in ⟦L|Duluth, MN⟧, on ⟦o:PROD|HealthPartners Open Access⟧, ID ⟦HPN|HP7720193004⟧. Wants paper ID cards mailed to ⟦A|5512 London Rd, Duluth, MN 55804⟧. Email for eCard: ⟦E~zero_width|ingrid.solberg\u200b@gmail.com⟧. Request ⟦o:REQ|IDC-448201⟧.",
    )
    r(
        "en_US",
        "pre_authorization",
        "Fax cover — PRIOR AUTH\nTo: Humana Clinical Intake  From: ⟦P|Priyanka Desai⟧, RN\nRE: ⟦P|Walter Brennan⟧, DOB ⟦DOB|01/30/1944⟧, Humana ID ⟦HPN|H49201738⟧, MRN ⟦MRN|E0048172934⟧\nRequest: home oxygen, HCPCS E1390, ⟦o:QTY|12⟧ months\nAuth # (if issued): ⟦o:REQ|HUM-PA-7720118⟧\nPages: ⟦o:QTY|4⟧",
    )
    r(
        "en_US",
        "travel_booking",
        "Need to change names on booking ⟦o:ORD|DL-H4TQZP⟧ ⟦o:FLT|DL 1042⟧ ATL–CUN ⟦o:D|Dec 27⟧: replace ⟦P|Kevin Zhao⟧ with ⟦P|Olivia Zhao-Martin⟧, passport ⟦PP|A04819273⟧, DOB ⟦DOB|2009-04-11⟧. Travel insurance ⟦o:PROD|Travel Guard Preferred⟧ certificate ⟦HPN|TG-9182734550⟧. Charge difference to AmEx ⟦CC|3714 496353 98431⟧.",
    )
    r(
        "en_US",
        "hr_ticket",
        "Garnishment order received for ⟦P|Dwayne Richardson Jr.⟧, SSN ⟦SSN|145-82-3907⟧, case no. ⟦o:TKT|2026-CV-004417⟧, ⟦o:PCT|25%⟧ of disposable earnings. Home address on file ⟦A|3020 Magnolia Ave, Apt 210, Long Beach, CA 90806⟧.",
    )
    r(
        "en_US",
        "telecom_chat",
        "support bot log\n⟦o:T|2026-11-30T21:04:17Z⟧ user=⟦E|rkapoor77@yahoo.com⟧ ip=⟦IP|2601:644:8d00:41a0::1f3⟧ action=reset_password\n⟦o:T|2026-11-30T21:04:19Z⟧ sent otp ⟦S|482917⟧ to ⟦PH|+1-408-555-0129⟧\n⟦o:T|2026-11-30T21:05:02Z⟧ login ok request_id=⟦o:REQ|3f9a1c2e-77b0-4d1e-9c2f-0a8e5b6d4c13⟧",
    )
    r(
        "en_US",
        "benefits_enrollment",
        "Beneficiary designation (⟦o:PROD|MetLife Basic Life 2x⟧):\nPrimary: ⟦P|Abena Mensah⟧, spouse, ⟦o:PCT|100%⟧, DOB ⟦DOB|10/10/1988⟧, SSN ⟦SSN|239-87-1044⟧\nContingent: ⟦P|Kofi Mensah⟧ and ⟦P|Esi Mensah⟧, ⟦o:PCT|50%⟧ each\nEmployee: ⟦P|Yaw Mensah⟧, ⟦A|914 Peachtree Walk NE, Atlanta, GA 30309⟧, ⟦E|yaw.mensah@comcast.net⟧",
    )
    r(
        "en_NL",
        "hr_ticket",
        "Expat onboarding: ⟦P|Kateryna Shevchenko⟧ arrives in ⟦L|Utrecht⟧ on ⟦o:D|8 Jan⟧. Temporary address ⟦A|Oudegracht 161-C, 3511 AL Utrecht⟧. BSN appointment booked, meanwhile she has a Ukrainian passport ⟦PP|FE482917⟧. Health insurance via ⟦o:PROD|OHRA Zorgverzekering⟧, policy ⟦HPN|OHRA-55201938⟧. Phone ⟦PH|+31 6 2948 1173⟧, e-mail ⟦E|k.shevchenko@ukr.net⟧.",
    )
    r(
        "en_NL",
        "it_integration",
        "The Nmbrs payroll webhook is leaking creds in the log: POST ⟦UC|https://svc_payroll:Vj7%23qW2x!m@hooks.nmbrs-proxy.example.nl/v1/salary⟧ returned ⟦o:ERR|502 Bad Gateway⟧ at ⟦o:T|03:14:09⟧. Build ⟦o:SHA|4e1a9c7f02bd⟧, version ⟦o:VER|2.18.0⟧.",
    )
    r(
        "en_DE",
        "claims_email",
        "Hi, I'm an expat in ⟦L|Berlin⟧ with ⟦o:PROD|Barmer⟧ public insurance. My KVNR is ⟦HPN|R603829157⟧ but the dentist says the card is invalid since ⟦o:D|1 Nov⟧. Could you help me write a German email to Barmer? My name is ⟦P|Julia Thompson-Reyes⟧, I live at ⟦A|Weserstraße 41, 12045 Berlin⟧ and my number is ⟦PH|0152 29384710⟧.",
    )
    r(
        "en_FR",
        "travel_booking",
        "Can you check this booking email? 'Dear Mr ⟦P|Hiroshi Tanaka⟧, your reservation ⟦o:ORD|HTL-8827103⟧ at Hôtel Lutetia for ⟦o:QTY|3⟧ nights from ⟦o:D|14/03/2027⟧ is confirmed. Guarantee card ending 4431.' Is that a scam? My passport is ⟦PP|TR4829173⟧ and I gave them nothing else.",
    )
    r(
        "en_ES",
        "telecom_chat",
        "Chat with Vodafone ES (English):\nMe: I'm ⟦P|Liam Gallagher-Byrne⟧, I live in ⟦L|Málaga⟧ and my line ⟦PH|+34 622 019 384⟧ has no data.\nAgent: Please confirm your NIE.\nMe: ⟦NID@es.nie|Y3056218S⟧\nAgent: Thanks. APN reset sent. Ticket ⟦o:TKT|VF-ES-2026-882019⟧.",
    )
    r(
        "en_IT",
        "benefits_chat",
        "Does our ⟦o:PROD|Generali Welion⟧ company health plan in Italy reimburse physiotherapy? The booklet says ⟦o:PCT|80%⟧ up to ⟦o:AMT|€1,500⟧ per year but that was version ⟦o:VER|2024⟧.",
    )
    r(
        "en_MX",
        "claims_email",
        "Hi, I'm a US expat living in ⟦L|San Miguel de Allende⟧. My ⟦o:PROD|Cigna Global⟧ member number is ⟦HPN|CGI-48291736-01⟧. The hospital in Querétaro charged ⟦o:AMT|MXN 38,200⟧ (factura ⟦o:INV|FQ-11820⟧). Please reimburse to my US account ⟦BBAN|9876543210⟧, routing ⟦a:BC|011000138⟧. — ⟦P|Margaret Ellison⟧, ⟦E|m.ellison.sma@gmail.com⟧",
    )
    r(
        "en_BR",
        "hr_ticket",
        "New joiner in São Paulo: ⟦P|Daniel Kim⟧ (Korean national), RNM ⟦NID|F482917-3⟧, CPF ⟦TAX@br.cpf|184.736.205-26⟧ — sorry wrong person, that's Juliana's. Daniel's CPF pending. Address ⟦A|Rua Oscar Freire, 1200, apto 41, Jardins, São Paulo - SP⟧. Plan ⟦o:PROD|Amil One S2500⟧, carteirinha ⟦HPN|0483 9201 7736 5001⟧.",
    )
    r(
        "en_SG",
        "it_integration",
        "Our HRIS-to-insurer SFTP for Singapore: ⟦UC|sftp://aia_sg_upload:Qp4$Lm!92x@sftp.aia-groupx.example.sg/members⟧. Password rotates monthly, current ⟦S|Qp4$Lm!92x⟧. Last upload ⟦o:D|2026-12-01⟧, file members_20261201.csv, rows ⟦o:QTY|1,284⟧.",
    )
    r(
        "en_KE",
        "it_integration",
        "Pushing payroll to the bank API: base_url ⟦UC|https://payroll_ke:Ny!9x2Pq@api.equity-corp.example.co.ke/v2⟧, client secret ⟦S|cs_ke_4f8Q1zR7wX2mN9pL⟧. Error ⟦o:ERR|E_DUP_BATCH⟧ on batch ⟦o:REQ|KE-PAY-202611⟧.",
    )
    r(
        "en_AE",
        "hr_ticket",
        "Visa renewal for ⟦P|Rohan D'Souza⟧: passport ⟦PP|Z5820193⟧, Emirates ID ⟦NID|784-1985-0482731-6⟧ — wait that's Omar's, Rohan's is pending. He lives in ⟦L|Sharjah⟧, ⟦A|Flat 903, Al Taawun Tower 2, Al Taawun, Sharjah⟧, mobile ⟦PH|+971 52 719 3048⟧. Medical fitness ref ⟦o:REQ|MF-SHJ-118203⟧.",
    )
    r(
        "en_US",
        "it_integration",
        "Connection string from the claims DB (dev): ⟦UC|postgresql://claims_rw:H3alth!Db2026@claims-db.internal.example.com:5432/claims⟧ — is that bad to have in the repo? Also found ⟦S|AKIAQ7R2X9LM4PZ8TW3N⟧ / ⟦S|w9Jr2mK7pQx4Lz8Vb1Nc6Tf3Hy5Gd0Sa2Ee4Ru7⟧ in config.yml. Commit ⟦o:SHA|9c2e71fa4b08d3e6⟧.",
    )
    r(
        "en_US",
        "hr_ticket",
        "No PII please — summarize: Q4 benefits survey got ⟦o:QTY|412⟧ responses, ⟦o:PCT|63%⟧ prefer HSA plan, top complaint is claims turnaround (avg ⟦o:QTY|19⟧ days). Ticket ⟦o:TKT|HR-ANL-2209⟧.",
    )
    r(
        "en_US",
        "telecom_chat",
        "Can you explain error ⟦o:ERR|E-1123⟧ on my Xfinity gateway firmware ⟦o:VER|7.4.2p1⟧? It restarts every night at ⟦o:T|2:30 AM⟧.",
    )
    r(
        "en_SG",
        "benefits_chat",
        "Is dental covered under the ⟦o:PROD|Singlife Group Outpatient GP Plan⟧? HR says co-pay is ⟦o:AMT|S$10⟧ per visit, capped at ⟦o:QTY|20⟧ visits.",
    )
    r(
        "en_KE",
        "benefits_chat",
        "What's the inpatient limit on the ⟦o:PROD|CIC Seniors Mediplan⟧? Brochure ⟦o:VER|v3⟧ says ⟦o:AMT|KES 1,000,000⟧ but the agent quoted ⟦o:AMT|KES 500,000⟧.",
    )
    r(
        "en_AE",
        "payroll_question",
        "WPS file rejected with ⟦o:ERR|SIF-ERR-014⟧ for ⟦o:QTY|3⟧ employees, salary month ⟦o:D|11/2026⟧. Which field usually causes this?",
    )
    r(
        "de_DE",
        "call_center_notes",
        "Rückrufbitte: Frau ⟦P|Gülşen Aydın⟧, ⟦PH~fullwidth|０１７６ ４８２９１７３６⟧, Mitgliedsnummer Zahnzusatz ⟦HPN|ZZ-30918274-01⟧, wohnhaft ⟦A|Hauptstr. 5\nc/o Familie Berger\n69117 Heidelberg⟧. Hat Heil- und Kostenplan ⟦o:REQ|HKP-2026-4412⟧ über ⟦o:AMT|1.920,00 €⟧ eingereicht.",
    )
    r(
        "de_DE",
        "benefits_enrollment",
        "Antrag Entgeltumwandlung: Dr. ⟦P|Konstantin Wieczorek⟧, Mitarbeiter ⟦o:ROW|00391⟧, geb. ⟦DOB|1979-01-28⟧, Steuer-ID ⟦TAX@de.idnr|25947183964⟧, Konto ⟦IBAN~dashes|DE26-1203-0000-1049-8227-11⟧, E-Mail ⟦E|k.wieczorek@gmx.de⟧. Betrag ⟦o:AMT|250 €⟧ monatlich ab ⟦o:D|01/2027⟧.",
    )
    r(
        "fr_FR",
        "benefits_enrollment",
        "Portabilité de la mutuelle : ⟦P|Fabrice Lemaire⟧ quitte l'entreprise le ⟦o:D|31/12/2026⟧. N° adhérent ⟦HPN|MAL-0771920438⟧, NIR ⟦NID@fr.nir|188089935021631⟧, adresse ⟦A|3, impasse du Moulin\n44000 Nantes⟧, mail ⟦E~url_encoded|fabrice.lemaire%40laposte.net⟧, né le ⟦DOB|18 août 1988⟧.",
    )
    r(
        "fr_FR",
        "call_center_notes",
        "Note : Mme ⟦P|Awa Diallo⟧ a perdu sa carte Vitale. NIR ⟦NID@fr.nir|295056912307774⟧, réside à ⟦L|Villeurbanne⟧, portable ⟦PH|07 58 22 91 04⟧. Carte tiers payant Alan n° ⟦HPN|ALAN-4M8Q2Z7⟧ envoyée. Ticket ⟦o:TKT|ZD-881203⟧.",
    )
    r(
        "es_ES",
        "claims_email",
        "Asunto: parte de accidente laboral\nTrabajador: ⟦P|Francisco Javier Ortega Ruiz⟧, DNI ⟦NID@es.dni|53920418T⟧, NSS ⟦NID|28 10293847 50⟧ (mutua Fremap, nº afiliación ⟦HPN|FRE-0918273⟧). Accidente el ⟦o:D|25/11/2026⟧ a las ⟦o:T|10:20⟧. Historia clínica ⟦MRN|HC-0771920⟧. Teléfono ⟦PH|+34 954 21 88 30⟧.",
    )
    r(
        "es_ES",
        "hr_ticket",
        "Cambio de cuenta de nómina de ⟦P|Montserrat Puig i Soler⟧ (NIE no, DNI ⟦NID@es.dni|71245083F⟧): nueva cuenta ⟦IBAN|ES60 0049 1500 0512 3456 7892⟧. Vive en ⟦L|Girona⟧. Correo ⟦E|montse.puig@icloud.com⟧.",
    )
    r(
        "it_IT",
        "telecom_chat",
        "Cliente: buonasera Vodafone, vorrei la portabilità del numero ⟦PH|+39 333 481 2209⟧ da Iliad. Codice di migrazione: ⟦o:ROW|IL0482917NX⟧.\nOperatore: Intestatario?\nCliente: ⟦P|Chiara De Luca⟧, nata il ⟦DOB|30 gennaio 1996⟧, residente a ⟦L|Bari⟧.\nOperatore: Perfetto, pratica ⟦o:TKT|MNP-2026-448201⟧.",
    )
    r(
        "it_IT",
        "benefits_enrollment",
        "Iscrizione cassa assistenza ⟦o:PROD|FASI⟧ – dirigente Ing. ⟦P|Federico Santoro⟧, tessera ⟦HPN|FASI 0048172⟧, coniuge ⟦P|Alessandra Greco Santoro⟧, IBAN ⟦IBAN|IT26 B030 6909 6061 0000 0063 771⟧, indirizzo ⟦A|Piazza Navona 45, 00186 Roma RM⟧.",
    )
    r(
        "nl_NL",
        "claims_email",
        "Hallo VGZ, hierbij mijn declaratie tandarts (⟦o:INV|factuur TA-2026-0318⟧, ⟦o:AMT|€ 312,50⟧). Verzekerdenummer ⟦HPN|VGZ 4829-1736-0⟧. Uitbetalen op ⟦IBAN|NL85INGB0006521837⟧. Groet, ⟦P|Bram Hoekstra⟧, ⟦A|Nieuwe Binnenweg 92a, 3015 BC Rotterdam⟧, BSN ⟦NID@nl.bsn|275193846⟧.",
    )
    r(
        "nl_NL",
        "hr_ticket",
        "Wijziging: ⟦P|Yara Bakker-Oosterhuis⟧ is verhuisd naar ⟦A|Vismarkt 3, 9712 CA Groningen⟧. Nieuw rekeningnummer ⟦IBAN|NL54 RABO 0318 2746 10⟧, e-mail ⟦E~dot_at|yara.bakker at ziggo dot nl⟧, geb. ⟦DOB|22-11-1989⟧, BSN ⟦NID@nl.bsn|182637402⟧.",
    )
    r(
        "pt_BR",
        "claims_email",
        "Boa tarde, Porto Seguro Saúde. Segue pedido de reembolso de exame (⟦o:INV|NF 48201⟧, ⟦o:AMT|R$ 1.280,00⟧). Carteirinha ⟦HPN|4829 1736 0018 2273⟧, titular ⟦P|Raimundo Nonato Pereira⟧, dependente ⟦P|Ana Clara Pereira⟧ (⟦DOB|09/09/2010⟧). E-mail ⟦E|raimundo.nonato@terra.com.br⟧. Tel ⟦PH|(85) 3221-4870⟧. Mora em ⟦L|Fortaleza⟧.",
    )
    r(
        "pt_BR",
        "telecom_chat",
        "Cliente: Claro, quero cancelar a linha ⟦PH|+55 21 97482-9103⟧. Titular ⟦P|Paulo Roberto Gonçalves⟧, CPF ⟦TAX@br.cpf~spaced|184 736 205 26⟧\nAtendente: Protocolo ⟦o:TKT|2026-118-447120⟧. A multa é de ⟦o:AMT|R$ 240,00⟧.",
    )
    r(
        "es_MX",
        "claims_email",
        "Estimados, solicito reembolso de gastos médicos: paciente ⟦P|Ximena Castañeda Orozco⟧, póliza Seguros Monterrey ⟦HPN|SMNYL-GMM-0448192⟧, certificado ⟦HPN|07⟧, facturas ⟦o:INV|A-1029⟧ y ⟦o:INV|A-1030⟧ por ⟦o:AMT|$12,480.00⟧. Cuenta CLABE ⟦BBAN|012180001183597198⟧. Domicilio ⟦A|Calle Río Lerma 232, piso 3, Cuauhtémoc, 06500 CDMX⟧.",
    )
    r(
        "es_MX",
        "telecom_chat",
        "Cliente: buenas, soy ⟦P|Rigoberto Canché Pool⟧ de ⟦L|Mérida⟧, el módem de Izzi no prende\nAgente: ¿Me da su número de cuenta?\nCliente: ⟦o:ROW|IZ-30192847⟧\nAgente: Veo el equipo con IP ⟦IP|187.190.44.12⟧ sin respuesta. Reporte ⟦o:TKT|IZ-RPT-77120⟧, visita técnica el ⟦o:D|4 de diciembre⟧ en ⟦A|Calle 60 No. 491 x 55 y 57, Centro, 97000 Mérida, Yuc.⟧.",
    )
    r(
        "ar_AE",
        "hr_ticket",
        "الموظف ⟦P|محمد عبدالرحمن الزعابي⟧، رقم جواز السفر ⟦PP|N4820193⟧، العنوان ⟦A|شقة 12، بناية 7، شارع الوحدة، الشارقة⟧، البريد الإلكتروني ⟦E|m.alzaabi@outlook.ae⟧، رقم التأمين ⟦HPN|DMN-0091827-02⟧.",
    )
    r(
        "sw_KE",
        "claims_email",
        "Habari NHIF/SHA, naomba msaada: mgonjwa ⟦P|Mary Akinyi Otieno⟧, namba ya SHA ⟦HPN|CR9182736405-3⟧, hospitali ya ⟦L|Kisumu⟧, ankara ⟦o:INV|JOOTRH-2026-1182⟧ ya ⟦o:AMT|KES 28,000⟧. Simu ⟦PH|0720 991 482⟧.",
    )
    r(
        "en_US",
        "claims_email",
        "Hi, this is ⟦P|Marisol Ibarra⟧ from ⟦L|El Paso⟧. My vision claim for glasses (invoice ⟦o:INV|LC-88201-7⟧, ⟦o:AMT|$329.99⟧) was denied. EyeMed member ID ⟦HPN|EM 9918 2734 01⟧. I bought them on ⟦o:D|Oct 30⟧. Please call ⟦PH|915-555-0108⟧ or email ⟦E|marisol.ibarra@sbcglobal.net⟧.",
    )
    r(
        "en_US",
        "call_center_notes",
        'Escalation: caller ⟦P|Thomas "Tommy" Fitzgerald⟧ irate re: auto-pay charged twice to card ⟦CC|6011 0087 4452 1904⟧. Wireless acct ⟦o:ROW|44-0918273⟧, service address ⟦A|77 Bayview Ter, Apt 1R, Staten Island, NY 10305⟧. Refund ⟦o:AMT|$96.14⟧ issued, ref ⟦o:REQ|RF-2026-118820⟧. Caller DOB ⟦DOB|Feb 29, 1972⟧.',
    )
    r(
        "en_US",
        "pre_authorization",
        "Pre-cert request – Anthem\nMember: ⟦P|Soo-ah Lee⟧ / ID ⟦HPN|YRK 482 917 360⟧ / Group ⟦HPN|170944-M002⟧\nDOB ⟦DOB|19850611⟧\nFacility: Northwestern Memorial, MRN ⟦MRN|4482019⟧\nAdmit date ⟦o:D|12/09/2026⟧, LOS ⟦o:QTY|3⟧ days\nRef ⟦o:REQ|PC-26-99182⟧",
    )
    r(
        "en_US",
        "payroll_question",
        "Help me write an email to payroll: my name is ⟦P|Rebecca Nakamura-Hill⟧, SSN ⟦SSN~spelled|four five five, nine oh, two three one eight⟧, and my 1095-C lists my son ⟦P|Ethan Hill⟧ (DOB ⟦DOB|04-22-2011⟧) as not covered for ⟦o:QTY|3⟧ months, which is wrong.",
    )
    r(
        "en_US",
        "hr_ticket",
        "Termination checklist for ⟦P|Gregory Baptiste⟧ (emp ⟦o:ROW|20177⟧): final check to ⟦A|1100 Canal St, Apt 5C\nNew Orleans, LA 70112⟧; COBRA packet to same; return laptop asset ⟦o:SKU|LT-DELL-5540-0918⟧. Personal phone ⟦PH|504 555 0171⟧, personal email ⟦E|gbaptiste.nola@gmail.com⟧. Driver license on file ⟦DL|LA 009482917⟧.",
    )
    r(
        "en_US",
        "travel_booking",
        "Corporate travel request ⟦o:REQ|CTR-77102⟧: traveler ⟦P|Ayodele Balogun⟧, DOB ⟦DOB|16 Jan 1991⟧, passport ⟦PP|B09182736⟧ (Nigeria), US visa on file. ⟦o:FLT|AA 100⟧ JFK–LHR ⟦o:D|Mar 3⟧, hotel ⟦o:QTY|4⟧ nights. Frequent flyer ⟦o:ROW|AA-7K2Q991⟧. Company card ⟦CC|5491 8200 3371 6453⟧.",
    )
    r(
        "en_US",
        "telecom_chat",
        "Spectrum chat\nMe: I'm ⟦P|Deshawn Carter⟧, account at ⟦A|2410 W Jefferson Blvd, Los Angeles, CA 90018⟧\nAgent: Verify security code please\nMe: ⟦S|Blue-Falcon-73⟧\nAgent: Thanks! Modem ⟦o:PROD|Arris SB8200⟧ shows ⟦IP|172.250.19.88⟧. I'll refresh it. Ticket ⟦o:TKT|SP-20261202-1184⟧",
    )
    r(
        "en_US",
        "benefits_enrollment",
        "HSA enrollment – ⟦P|Mei-Ling Chou⟧, DOB ⟦DOB|8/8/1978⟧, SSN ⟦SSN|511-44-7380⟧, HDHP member ID ⟦HPN~lowercase|uhc 950183746-00⟧. Contribution ⟦o:AMT|$175⟧/paycheck. HSA bank acct ⟦BBAN|HSA-004829173⟧.",
    )
    r(
        "en_US",
        "call_center_notes",
        "Dental office called on behalf of patient Mr. ⟦P|Sergei Volkov⟧ — eligibility check for subscriber ID ⟦HPN|GUA 3309-1827-44⟧ (Guardian), group ⟦HPN|G-00482911⟧. Patient chart ⟦MRN|CH-77120⟧. Verified active since ⟦o:D|04/01/2024⟧.",
    )
    r(
        "en_US",
        "insurance_card_ocr",
        "front:\nAmbetter from Sunshine Health\nMember: ⟦P|KEISHA M. BROWN⟧\nMember ID: ⟦HPN|U7021948365⟧\nPlan: ⟦o:PROD|Ambetter Balanced Care 12⟧\nEffective: ⟦o:D|01/01/2026⟧\nPCP: ⟦P|LUIS ARROYO⟧ MD  ⟦PH|(305) 555-0146⟧",
    )
    r(
        "en_US",
        "claims_email",
        "Motor claim follow-up: Geico claim ⟦o:TKT|0448192730101017⟧. Insured ⟦P|Patrick O'Sullivan⟧, license ⟦DL|S-531-882-90-114-0⟧ (IL), vehicle at ⟦A|640 N LaSalle Dr, Chicago, IL 60654⟧ body shop. Rental through ⟦o:D|12/10⟧. Adjuster ⟦P|Danielle Cho⟧, ⟦PH|(312) 555-0193 ext. 4410⟧.",
    )
    r(
        "en_US",
        "it_integration",
        "Rotating the Gusto sandbox token, old one was ⟦S|gsk_test_Zq8wX1vR4tY7uP0oL3kJ⟧. Also the HR admin portal login ⟦UC|https://hradmin:Summer2026!@portal.hr-acme.example.com⟧ is hardcoded in script v⟦o:VER|1.0.7⟧. Jira ⟦o:TKT|SEC-4471⟧.",
    )
    r(
        "en_US",
        "benefits_chat",
        "Compare ⟦o:PROD|Aetna Choice POS II⟧ vs ⟦o:PROD|Aetna Open Access Managed Choice⟧ for a family of ⟦o:QTY|4⟧ — which has lower out-of-pocket max? ⟦o:AMT|$9,200⟧ vs ⟦o:AMT|$10,400⟧ per the SBC dated ⟦o:D|2026-10-01⟧.",
    )
    r(
        "en_US",
        "call_center_notes",
        "Travel assistance hotline: caller ⟦P|Hannah Lindqvist⟧ hospitalized in ⟦L|Cancún⟧ (Hospiten, file ⟦MRN|HSP-CUN-448201⟧). Travel insurance ⟦o:PROD|World Nomads Standard⟧ policy ⟦HPN|WN-US-8820193⟧. Emergency contact ⟦P|Erik Lindqvist⟧, ⟦PH|+1 (651) 555-0152⟧. Case ⟦o:TKT|TA-2026-0918⟧. Guarantee of payment ⟦o:AMT|USD 6,000⟧.",
    )
    r(
        "en_US",
        "hr_ticket",
        "Please update emergency contact for ⟦P|Aleksandra Nowak-Ramírez⟧: ⟦P|Piotr Nowak⟧ (father), ⟦PH|+48 601 482 917⟧, lives in ⟦L|Kraków⟧. Her own DOB ⟦DOB|12 Dec 1995⟧, email ⟦E|ola.nowak@gmail.com⟧.",
    )
    r(
        "de_DE",
        "it_integration",
        "Zugang zum Versicherten-Portal für den Testlauf: Benutzer ⟦E|pruefung.bkv@firma-muster.de⟧, Passwort ⟦S|Hv7#kLz9!Qe2⟧, Wiederherstellungscode ⟦S|R4KQ-9TZ2-MX81-PL6W⟧. Export-URL ⟦UC|https://export:Zb2%24Nq8m@bkv-gateway.example.de/sftp⟧. Fehler ⟦o:ERR|ERR_TLS_0x1A⟧.",
    )
    r(
        "es_MX",
        "hr_ticket",
        "Reembolso de viáticos de ⟦P|Itzel Xochitl Hernández⟧ que viajó de ⟦L|Oaxaca⟧ a ⟦L|Monterrey⟧; licencia de conducir ⟦DL|OAX-482917-3⟧ para la renta de auto. Contraseña temporal del portal de gastos: ⟦S|Viaticos#2026mx⟧. Folio ⟦o:INV|GV-88120⟧ por ⟦o:AMT|$7,340.50⟧.",
    )
    r(
        "en_US",
        "it_integration",
        "Benefits admin vendor gave us this webhook: ⟦UC|https://bswift_push:Ww%40rm3r!9@push.bswift-demo.example.com/enroll⟧ plus HMAC secret ⟦S|whsec_8Kd2LmQ9xT4vR1zN7pB3⟧. Prod cutover ⟦o:D|Jan 2⟧, version ⟦o:VER|4.2.0-rc1⟧.",
    )
    r(
        "en_US",
        "telecom_chat",
        "Customer: my Google Fi SIM asks for a PUK, I have ⟦S|27718392⟧ written on the card, is that it? Also my account PIN is ⟦S|0451⟧ if you need it.\nAgent: Please never share your PIN in chat. I'm ⟦P|Darius⟧ from Fi support; your line ⟦PH|(720) 555-0119⟧ is now unlocked. Case ⟦o:TKT|FI-9918273⟧.",
    )
    r(
        "en_KE",
        "call_center_notes",
        "Motor claim: insured ⟦P|Brian Ochieng Were⟧ of ⟦L|Eldoret⟧, DL ⟦DL|DL-0482917⟧, policy with Britam (motor, no number given), claim ⟦o:TKT|BRT-MTR-2026-4471⟧. Phone ⟦PH|0712 448 201⟧. Portal password reset to ⟦S|Eld0ret!2026⟧ at his request.",
    )


load(r)


def main():
    rows = []
    for i, (loc, sty, src) in enumerate(R):
        text, spans = parse(src)
        rec = {
            "id": f"h14b-{i:05d}",
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
    with open("heldout14b.jsonl", "w", encoding="utf-8") as f:
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
