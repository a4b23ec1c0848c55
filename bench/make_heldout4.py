#!/usr/bin/env python3
"""Build heldout4.jsonl from hand-written records with inline markup.
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
        "en_GB",
        "chat",
        "hiya, its ⟦P|sarah o'brien⟧ again. still no refund for order ⟦o:ORD|#UK-5520193⟧, paid ⟦o:AMT|£84.99⟧ on ⟦o:D|3rd march⟧. my number is ⟦PH|07700 918 442⟧ if u want to ring me",
    )
    r(
        "en_GB",
        "email",
        "Dear Sir/Madam,\n\nPlease update my address to ⟦A|Flat 3, 27 Hawthorn Road, Leeds LS6 2QP⟧. My old address was ⟦A|14 Kingsway, Manchester M19 1BB⟧.\n\nKind regards,\n⟦P|Dr. Olumide Adeyemi⟧\nTel: ⟦PH|+44 (0)161 496 0733⟧\n⟦E|o.adeyemi@btinternet.com⟧",
    )
    r(
        "en_US",
        "call_transcript",
        "AGENT: Thanks for calling, can I get your full name?\nCALLER: yeah it's ⟦P|Marcus Delgado⟧, D-E-L-G-A-D-O.\nAGENT: And the last four of your social?\nCALLER: whole thing is ⟦SSN|481-22-7932⟧.\nAGENT: Date of birth?\nCALLER: ⟦DOB|June 9th, 1978⟧.\nAGENT: Great, I see ticket ⟦o:TKT|CS-448120⟧ from ⟦o:D|last Tuesday⟧.",
    )
    r(
        "de_DE",
        "email",
        "Sehr geehrte Damen und Herren,\n\nbitte buchen Sie die Rate künftig von meinem neuen Konto ab: IBAN ⟦IBAN|DE84 3416 7211 0684 0388 54⟧, Kontoinhaber ⟦P|Jürgen Weißenbach⟧.\nMeine Anschrift: ⟦A|Lindenstraße 42, 10969 Berlin⟧.\nRechnungsnummer ⟦o:INV|RE-2024-018832⟧ über ⟦o:AMT|129,90 €⟧.\n\nMit freundlichen Grüßen\n⟦P|J. Weißenbach⟧",
    )
    r(
        "fr_FR",
        "chat",
        "bonjour je m'appelle ⟦P|Camille Lefèvre⟧, mon colis ⟦o:TRK|6A19283746501⟧ n'est jamais arrivé au ⟦A|18 rue des Lilas, 69003 Lyon⟧. vous pouvez me joindre au ⟦PH|06 12 47 88 19⟧ merci",
    )
    r(
        "es_ES",
        "form",
        "NOMBRE: ⟦P|MARÍA DEL CARMEN RUIZ FERNÁNDEZ⟧\nDNI: ⟦NID@es.dni|34167211K⟧\nFECHA DE NACIMIENTO: ⟦DOB|14/02/1983⟧\nDOMICILIO: ⟦A|C/ Alcalá 118, 3º B, 28009 Madrid⟧\nTELÉFONO: ⟦PH|+34 612 34 56 78⟧\nCORREO: ⟦E|mcarmen.ruiz83@gmail.com⟧",
    )
    r(
        "it_IT",
        "email",
        "Buongiorno,\nvi scrivo per il rimborso della pratica ⟦o:TKT|SIN-2024-77812⟧. Il mio codice fiscale è ⟦TAX@it.codicefiscale|RSSMRA85T10A562S⟧ e l'IBAN per l'accredito è ⟦IBAN|IT42 Q523 8800 1262 1858 5429 919⟧.\nCordiali saluti,\n⟦P|Mario Rossi⟧\n⟦PH|+39 347 882 1904⟧",
    )
    r(
        "nl_NL",
        "chat",
        "Hoi, ik ben ⟦P|Daan van der Berg⟧. Mijn BSN is ⟦NID@nl.bsn|948366941⟧ en ik woon op de ⟦A|Prinsengracht 263-1, 1016 GV Amsterdam⟧. Bestelling ⟦o:ORD|NL-9938122⟧ is kapot aangekomen.",
    )
    r(
        "pl_PL",
        "form",
        "Imię i nazwisko: ⟦P|Katarzyna Wiśniewska⟧\nPESEL: ⟦NID@pl.pesel|85041234991⟧\nData urodzenia: ⟦DOB|12.04.1985⟧\nAdres: ⟦A|ul. Marszałkowska 84/92 m. 15, 00-514 Warszawa⟧\nTel.: ⟦PH|+48 601 234 567⟧\nNr rachunku: ⟦IBAN|PL93 9926 4158 0839 2738 5676 8170⟧",
    )
    r(
        "sv_SE",
        "email",
        "Hej!\nJag heter ⟦P|Linnea Johansson⟧, personnummer ⟦NID@se.personnummer|870312-3383⟧. Jag flyttade till ⟦A|Södra Förstadsgatan 11, 211 43 Malmö⟧ i ⟦o:D|januari⟧. Ring mig på ⟦PH|070-123 45 67⟧.\nMvh Linnea",
    )
    r(
        "da_DK",
        "chat",
        "hej, mit cpr er ⟦NID@dk.cpr|140579-9848⟧ og jeg skal have ændret min adresse til ⟦A|Nørrebrogade 52, 2200 København N⟧. mvh ⟦P|Mette Kjær⟧",
    )
    r(
        "fi_FI",
        "form",
        "Nimi: ⟦P|Aino Virtanen⟧\nHenkilötunnus: ⟦NID@fi.hetu|150383-521A⟧\nOsoite: ⟦A|Mannerheimintie 12 B 7, 00100 Helsinki⟧\nPuhelin: ⟦PH|040 123 4567⟧\nSähköposti: ⟦E|aino.virtanen@elisanet.fi⟧",
    )
    r(
        "cs_CZ",
        "email",
        "Dobrý den,\nzasílám údaje pro smlouvu: ⟦P|Petra Nováková⟧, rodné číslo ⟦NID@cz.rc|855612/2146⟧, bytem ⟦A|Vinohradská 1511/230, 100 00 Praha 10⟧. Číslo účtu ⟦IBAN|CZ83 4214 7987 7145 8194 9026⟧.\nS pozdravem, P. Nováková",
    )
    r(
        "pt_PT",
        "chat",
        "Boa tarde, sou o ⟦P|João Pedro Carvalho⟧, NIF ⟦TAX@pt.nif|205224407⟧. A fatura ⟦o:INV|FT 2024/18832⟧ veio com o valor errado (⟦o:AMT|47,30 €⟧ em vez de ⟦o:AMT|37,30 €⟧). O meu telemóvel é ⟦PH|912 345 678⟧.",
    )
    r(
        "pt_BR",
        "chat",
        "oi tudo bem? meu cpf é ⟦TAX@br.cpf|710.595.695-07⟧, nome ⟦P|ana beatriz souza⟧. o pedido ⟦o:ORD|BR-7712093⟧ ainda não chegou aqui em ⟦L|Belo Horizonte⟧. whats ⟦PH|(31) 98765-4321⟧",
    )
    r(
        "en_IE",
        "email",
        "Hi there,\nMy PPS number is ⟦NID@ie.pps|4709453B⟧ and I'm ringing about the tax refund. I live at ⟦A|22 Griffith Avenue, Drumcondra, Dublin 9⟧.\nThanks,\n⟦P|Siobhán Ní Bhriain⟧\n⟦PH|087 214 9931⟧",
    )
    r(
        "en_IN",
        "chat",
        "Sir my aadhaar is ⟦NID@in.aadhaar|3178 4880 9667⟧ and PAN ⟦TAX@in.pan|ABCPK8754Q⟧. name ⟦P|Rajesh Kumar Pillai⟧, staying in ⟦L|Kochi⟧. please do needful for KYC, ref no ⟦o:TKT|KYC-00918273⟧",
    )
    r(
        "en_AU",
        "chat",
        "g'day, ⟦P|Bree Thompson⟧ here. TFN is ⟦TAX@au.tfn|584 630 563⟧, just moved to ⟦A|7/41 Beach Rd, Bondi NSW 2026⟧. mob ⟦PH|0412 345 678⟧",
    )
    r(
        "en_NG",
        "email",
        "Good day,\nI am ⟦P|Chukwuemeka Okafor⟧ and I wish to dispute a debit of ⟦o:AMT|₦45,000⟧ on ⟦o:D|12/05/2024⟧. My card ending ⟦CC|4689 3225 8291 3073⟧ was used in ⟦L|Abuja⟧ while I was in ⟦L|Lagos⟧.\nPhone: ⟦PH|+234 803 555 0192⟧\nRegards",
    )
    r(
        "en_US",
        "support_ticket",
        "Customer ⟦P|Jennifer Liu⟧ (⟦E|jen.liu88@yahoo.com⟧) reports double charge on card ⟦CC|5138-1987-1474-6787⟧. Amount ⟦o:AMT|$249.00⟧ x ⟦o:QTY|2⟧. Order ⟦o:ORD|112-4839201-7734512⟧. Please reverse one.",
    )
    r(
        "en_US",
        "log",
        "2024-06-11T09:14:22.117Z INFO  auth.login user=⟦E|dmitri.volkov@acme-corp.io⟧ ip=⟦IP|203.0.113.47⟧ request_id=⟦o:REQ|req_8f2c91ab44e0⟧ status=200 latency_ms=41",
    )
    r(
        "en_US",
        "log",
        "ERROR [payment-svc ⟦o:VER|v2.14.3⟧] ⟦o:ERR|E4012⟧ card declined for customer_id=cus_Q81 pan=⟦CC|4483822968476023⟧ exp=09/27 trace=⟦o:UUID|3f1c2a9e-7b44-4d2e-9c1a-0e5b7f6d8a21⟧",
    )
    r(
        "en_US",
        "env",
        "# production\nDATABASE_URL=⟦UC|postgres://app_user:Xq9!vR2pLm@db-prod.internal:5432/orders⟧\nSTRIPE_SECRET_KEY=⟦S|sk_live_51NxQ2bKd8fT0pZ7yW4aR1cV3eL9hG6jM2nB5⟧\nREDIS_HOST=10.0.3.12\nLOG_LEVEL=info\nAPP_VERSION=⟦o:VER|3.8.1⟧",
    )
    r(
        "en_US",
        "shell",
        "$ export AWS_ACCESS_KEY_ID=⟦S|AKIA4JQ7ZP2XW9RTLM3B⟧\n$ export AWS_SECRET_ACCESS_KEY=⟦S|wJ8rXk2Lq9Zp+T4vN6mB1yHc0dF7gS3aE5uIoP2r⟧\n$ aws s3 ls s3://backups-2024/\n$ git log -1 --format=%H\n⟦o:SHA|9c4e1f7a2b38d06e5c91f4a7b2d8e03c6f1a9b57⟧",
    )
    r(
        "en_GB",
        "slack",
        "@channel heads up – ⟦P|tom⟧ pasted the staging creds in #general earlier, rotating now. old one was ⟦S|ghp_7Ts9kQ2mXv4LpW8zR1nB6yC3dF0hJ5aE2uKo⟧. deploy ⟦o:VER|1.42.0⟧ is blocked until ⟦o:T|14:30⟧",
    )
    r(
        "en_US",
        "json",
        '{"customer": {"name": "⟦P|Priya Raghunathan⟧", "email": "⟦E|priya.r@outlook.com⟧", "phone": "⟦PH|+1 415-555-0137⟧", "dob": "⟦DOB|1990-11-23⟧"}, "order_id": "⟦o:ORD|ORD-88120394⟧", "total": ⟦o:AMT|59.97⟧, "sku": "⟦o:SKU|HD-2231-BLK⟧"}',
    )
    r(
        "en_US",
        "csv",
        "id,first_name,last_name,email,phone,zip\n⟦o:ROW|1041⟧,⟦P|Kevin⟧,⟦P|O'Malley⟧,⟦E|kevin.omalley@gmail.com⟧,⟦PH|(617) 555-0198⟧,⟦a:PC|02134⟧\n⟦o:ROW|1042⟧,⟦P|Ngozi⟧,⟦P|Eze⟧,⟦E|ngozi.eze@hotmail.com⟧,⟦PH|(312) 555-0144⟧,⟦a:PC|60614⟧",
    )
    r(
        "en_US",
        "clinical_note",
        "Pt: ⟦P|Harold Jenkins⟧, ⟦o:QTY|72⟧M, DOB ⟦DOB|03/17/1952⟧, MRN ⟦MRN|004518832⟧. Presents w/ SOB x3 days. Hx CHF, EF ⟦o:PCT|35%⟧. Started furosemide ⟦o:QTY|40 mg⟧ PO BID. Insurance: Medicare ⟦HPN|3KQ7-UR2-PX48⟧. Wife ⟦P|Doris⟧ at bedside, contact ⟦PH|555-0182⟧.",
    )
    r(
        "en_GB",
        "clinical_note",
        "NHS No: ⟦NID@gb.nhs|943 476 5919⟧\nName: ⟦P|WILLIAMS, Gareth⟧   DOB: ⟦DOB|02/09/1961⟧\nAddress: ⟦A|9 Pen-y-Bryn, Aberystwyth SY23 3DJ⟧\nSeen in clinic ⟦o:D|14/05/2024⟧ ⟦o:T|10:20⟧. BP 142/88. Plan: repeat HbA1c in ⟦o:QTY|3 months⟧.",
    )
    r(
        "en_US",
        "insurance_claim",
        "CLAIM FORM\nMember name: ⟦P|ALVAREZ, ROSA M⟧\nMember ID: ⟦HPN|XGH884213907⟧  Group: 00471\nDOB: ⟦DOB|08-22-1969⟧   SSN: ⟦SSN|153-93-4699⟧\nAddress: ⟦A|4410 W Olive Ave Apt 12, Phoenix, AZ 85019⟧\nDate of service: ⟦o:D|04/02/2024⟧  Claim #: ⟦o:TKT|CLM-2024-0093381⟧  Billed: ⟦o:AMT|$1,842.50⟧",
    )
    r(
        "en_US",
        "hr_form",
        "New hire onboarding – ⟦P|Tyler Brooks⟧\nSSN: ⟦SSN|494 93 3641⟧\nDriver's license: ⟦DL|D4821-55903-71288⟧ (IL)\nDirect deposit routing ⟦a:BC|071000013⟧ acct ⟦BBAN|4418029935⟧\nEmergency contact: ⟦P|Lisa Brooks⟧ ⟦PH|(773) 555-0126⟧\nStart date ⟦o:D|July 1, 2024⟧, salary ⟦o:AMT|$78,000⟧",
    )
    r(
        "en_GB",
        "hr_form",
        "Employee: ⟦P|Aisha Rahman⟧\nNI number: ⟦NID@gb.nino|JG 10 37 45 B⟧\nDate of birth: ⟦DOB|19 October 1994⟧\nSort code ⟦a:BC|20-45-77⟧ Account no ⟦BBAN|63019284⟧\nHome: ⟦A|58 Cowley Road, Oxford OX4 1HP⟧\nPassport: ⟦PP|532871946⟧",
    )
    r(
        "de_DE",
        "hr_form",
        "Personalbogen\nName: ⟦P|Schneider, Lukas⟧\nGeburtsdatum: ⟦DOB|07.08.1991⟧\nSteuer-ID: ⟦TAX@de.idnr|46490542782⟧\nSozialversicherungsnr.: ⟦NID|65 070891 S 512⟧\nKrankenkasse: TK, Versichertennr. ⟦HPN|K382915047⟧\nIBAN: ⟦IBAN|DE65214304432445195683⟧\nAnschrift: ⟦A|Hauptstr. 7a, 69117 Heidelberg⟧",
    )
    r(
        "fr_FR",
        "form",
        "Nom : ⟦P|DUBOIS⟧  Prénom : ⟦P|Hélène⟧\nN° de sécurité sociale : ⟦NID@fr.nir|2 91 03 13 055 087 94⟧\nNé(e) le : ⟦DOB|13/03/1991⟧ à ⟦L|Marseille⟧\nAdresse : ⟦A|5 avenue Jean Jaurès, 13005 Marseille⟧\nIBAN : ⟦IBAN|FR54 7234 4010 7488 7523 1637 425⟧",
    )
    r(
        "it_IT",
        "clinical_note",
        "Paziente: ⟦P|Bianchi Giulia⟧, nata il ⟦DOB|01/01/1990⟧, CF ⟦NID@it.codicefiscale|BNCGLI90A41H501E⟧. Cartella n. ⟦MRN|RM-2024-118274⟧. Ricoverata per polmonite, SpO2 ⟦o:PCT|91%⟧. Terapia: ceftriaxone ⟦o:QTY|2 g⟧/die.",
    )
    r(
        "es_ES",
        "chat",
        "hola buenas!! quería cambiar la cuenta de domiciliación a ⟦IBAN|ES75 7634 6376 1119 5866 7134⟧, soy ⟦P|pablo garcía⟧ y mi nie es ⟦NID@es.nie|X0684038H⟧. gracias",
    )
    r(
        "nl_NL",
        "email",
        "Beste klantenservice,\n\nMijn factuur ⟦o:INV|F2024-00381⟧ klopt niet. Ik betaal via ⟦IBAN|NL08 ABNA 9445 2513 53⟧ (zonder spaties: ⟦IBAN|NL08ABNA9445251353⟧).\n\nMet vriendelijke groet,\n⟦P|Sanne de Vries-Bakker⟧\n⟦A|Oudegracht 112, 3511 AX Utrecht⟧\n⟦PH|06-41234567⟧",
    )
    r(
        "de_AT",
        "chat",
        "servus, ⟦P|Florian Gruber⟧ hier, SVNR ⟦NID@at.vnr|7418150382⟧. Kann ich die Abbuchung auf ⟦IBAN|AT06 6523 7146 0750 7371⟧ umstellen? Wohne jetzt in ⟦L|Graz⟧.",
    )
    r(
        "en_US",
        "bank_dispute",
        "I did not authorize the transaction of ⟦o:AMT|$612.40⟧ at BESTBUY #1192 on ⟦o:D|05/28⟧. My Amex ⟦CC|3447 614341 98836⟧ was in my wallet the whole time. Please call me at ⟦PH|917.555.0163 ext. 22⟧. - ⟦P|Samuel Goldberg⟧, ⟦A|210 W 89th St Apt 4C, New York, NY 10024⟧",
    )
    r(
        "en_US",
        "chat",
        "user: my acct got hacked, email changed from ⟦E|xX_darkslayer_Xx@gmail.com⟧ to something else\nagent: Can you confirm the last IP you logged in from?\nuser: idk my home one is ⟦IP|73.162.41.208⟧ i think\nagent: Thanks, case ⟦o:TKT|AR-5582910⟧ opened.",
    )
    r(
        "en_US",
        "chat",
        "hi i bought a ⟦o:PROD|Galaxy Buds2 Pro⟧ (⟦o:SKU|SM-R510NZAAXAR⟧) and tracking ⟦o:TRK|1Z999AA10123456784⟧ says delivered but nothing here. order ⟦o:ORD|W88120034⟧",
    )
    r(
        "en_GB",
        "telecom",
        "Complaint ref ⟦o:TKT|CMP-0042918⟧. Customer ⟦P|Mr K. Patel⟧ says broadband down since ⟦o:D|Monday⟧ ⟦o:T|8am⟧. Landline ⟦PH|020 7946 0321⟧, mobile ⟦PH|07911 123456⟧. Router firmware ⟦o:VER|v7.1.2-b⟧. Install address ⟦A|31 Brick Lane, London E1 6PU⟧.",
    )
    r(
        "en_GB",
        "utility",
        "Account holder: ⟦P|Eleanor Fitzgerald-Hughes⟧\nSupply address: ⟦A|The Old Rectory, Church Lane, Little Snoring, Norfolk NR21 0JB⟧\nMeter reading ⟦o:QTY|48213⟧ kWh on ⟦o:D|01/06/2024⟧. Direct debit from sort code ⟦a:BC|40-11-62⟧ account ⟦BBAN|71230948⟧.",
    )
    r(
        "en_US",
        "school",
        "Hi Ms. ⟦P|Carter⟧, this is ⟦P|Jamal Washington⟧'s mom. He'll be out ⟦o:D|Friday⟧ for a dentist appt. My cell is ⟦PH|404-555-0177⟧ if you need me. Thanks! -⟦P|Keisha⟧",
    )
    r(
        "de_DE",
        "school",
        "Liebe Frau ⟦P|Hoffmann⟧,\nunsere Tochter ⟦P|Lea Yılmaz⟧ (Klasse 4b) ist krank. Sie können mich unter ⟦PH|0171 2345678⟧ erreichen.\nViele Grüße\n⟦P|Ayşe Yılmaz⟧",
    )
    r(
        "en_AU",
        "real_estate",
        "Tenancy application – ⟦P|Liam Nguyen⟧ & ⟦P|Chloe Nguyen⟧\nCurrent address: ⟦A|12 Smith St, Fitzroy VIC 3065⟧\nDriver licence: ⟦DL|043 918 227⟧ (VIC)\nPassport: ⟦PP|PA4472981⟧\nRent offered ⟦o:AMT|$620/wk⟧, bond ⟦o:AMT|$2,480⟧",
    )
    r(
        "fr_FR",
        "real_estate",
        "Bonjour Mme ⟦P|Moreau⟧, je suis intéressé par l'appartement réf. ⟦o:TKT|LOC-75011-482⟧ (⟦o:QTY|45 m²⟧, ⟦o:AMT|1 250 €⟧ CC). Je joins mon passeport n° ⟦PP|19AB45821⟧ et mon avis d'imposition (numéro fiscal ⟦TAX@fr.nif|1126912151274⟧). Cordialement, ⟦P|Karim Benali⟧, ⟦PH|07 81 22 45 90⟧",
    )
    r(
        "en_US",
        "legal_intake",
        "Intake notes: Client ⟦P|Darnell Jefferson⟧ DOB ⟦DOB|4/11/1985⟧ was rear-ended on I-95 near ⟦L|Richmond, VA⟧ on ⟦o:D|3/2/2024⟧. Other driver ⟦P|Karen Whitfield⟧, DL# ⟦DL|T12-345-678-901⟧. Police report ⟦o:TKT|RPD-24-008812⟧. Client phone ⟦PH|(804) 555-0149⟧, lives at ⟦A|1807 Grove Ave, Richmond, VA 23220⟧.",
    )
    r(
        "en_US",
        "tax",
        "Q: I'm filing jointly with my wife ⟦P|Mei Chen⟧ (SSN ⟦SSN|311-46-3648⟧), mine is ⟦SSN|385-57-8561⟧. Our EIN for the LLC is ⟦TAX@us.ein|47-6410912⟧. Do we need Schedule C for ⟦o:AMT|$12,400⟧ income?",
    )
    r(
        "en_US",
        "tax",
        "ITIN holder here (⟦TAX@us.itin|949-75-4647⟧), can I claim my son? He lives with me in ⟦L|El Paso⟧. - ⟦P|Guadalupe Ortiz⟧",
    )
    r(
        "en_US",
        "gaming",
        "yo support, my account xXNoScopeXx got stolen. linked email was ⟦E|jake.mill3r2009@gmail.com⟧, last purchase ⟦o:AMT|2800 V-Bucks⟧ order ⟦o:ORD|EPIC-2Q9X-77TR⟧. pls help my name is ⟦P|jake miller⟧",
    )
    r(
        "en_US",
        "marketplace",
        "Seller vintage_finds_by_deb never shipped item #⟦o:SKU|2948812237⟧. I paid ⟦o:AMT|$145⟧ via PayPal ⟦o:REQ|8XK29381M4420512T⟧. Seller's phone from listing ⟦PH|(503) 555-0191⟧, address ⟦A|9921 SE Division St, Portland, OR 97266⟧.",
    )
    r(
        "en_GB",
        "travel",
        "Booking ⟦o:ORD|ABC12X⟧ – ⟦o:FLT|BA 287⟧ LHR→SFO ⟦o:D|22 Aug⟧ ⟦o:T|11:25⟧.\nPassenger 1: ⟦P|MR JAMES HOLLOWAY⟧, passport ⟦PP|561238794⟧, DOB ⟦DOB|11MAR1979⟧\nPassenger 2: ⟦P|MRS EMMA HOLLOWAY⟧, passport ⟦PP|548812376⟧\nContact ⟦E|j.holloway@me.com⟧",
    )
    r(
        "de_DE",
        "travel",
        "Reisende: ⟦P|Dr. Friedrich von Hohenberg⟧, Reisepass ⟦PP|C4J7RN2K8⟧, Flug ⟦o:FLT|LH 400⟧ am ⟦o:D|12.09.2024⟧, Buchungscode ⟦o:ORD|Q7ZK4P⟧.",
    )
    r(
        "en_US",
        "none",
        "Hi team, order ⟦o:ORD|ORD-55120938⟧ shipped ⟦o:D|06/03/2024⟧ via FedEx ⟦o:TRK|772899112034⟧. Invoice ⟦o:INV|INV-2024-00912⟧ for ⟦o:AMT|$3,420.00⟧ attached. ⟦o:QTY|12⟧ units of ⟦o:SKU|WX-4410-GR⟧.",
    )
    r(
        "en_US",
        "none",
        "Release ⟦o:VER|4.2.0-rc.3⟧ tagged at ⟦o:SHA|a3f91c0⟧. Fixes ⟦o:ERR|ERR_CONN_RESET⟧ on retry, CPU down ⟦o:PCT|12.5%⟧. Build ⟦o:UUID|6b2e8d44-19a0-4c3f-8e21-77d5b9c0f3a2⟧ finished at ⟦o:T|03:14:07 UTC⟧.",
    )
    r(
        "en_GB",
        "none",
        "Ticket ⟦o:TKT|INC0048812⟧: printer on 3rd floor jammed again. Part ⟦o:SKU|RM2-5425⟧ on order, ETA ⟦o:D|Thursday⟧. ⟦o:ISBN|978-0-14-103614-4⟧ is the book that was stuck in it lol",
    )
    r(
        "en_US",
        "config",
        "spring:\n  datasource:\n    url: jdbc:mysql://db01.corp.local:3306/crm\n    username: crm_svc\n    password: ⟦S|T7#kWq!29vLz⟧\n  mail:\n    host: smtp.sendgrid.net\n    password: ⟦S|SG.4xKq9TzRQe2vWm1_bY8h3A.Lp0oN7c6Xf2JrS9tUv1WzA4yB8dE5gH3iK0lM2n⟧\napp.version: ⟦o:VER|2.3.17⟧",
    )
    r(
        "en_US",
        "stack_trace",
        'Traceback (most recent call last):\n  File "/srv/app/sync.py", line 88, in push\n    conn = psycopg2.connect("⟦S|host=10.20.0.5 dbname=billing user=billing_rw password=pR0d-B1ll!ng-2024⟧")\npsycopg2.OperationalError: could not connect to server: Connection refused (⟦o:ERR|08001⟧)\nrequest_id=⟦o:REQ|7d1e0c52b9f4⟧',
    )
    r(
        "en_US",
        "log",
        "GET ⟦UC|https://admin:Sup3rS3cret@files.example-partner.com/export/daily.csv⟧ -> 401 Unauthorized (client ⟦IP|198.51.100.23⟧)",
    )
    r(
        "en_US",
        "chat",
        "can you clone it from ⟦UC|https://deploybot:ghp_R2k9XzQ7mW4vT1pL8nB3yC6dF0hJ5aE9uKs@github.com/acme/infra.git⟧ ? the token expires ⟦o:D|friday⟧",
    )
    r(
        "en_US",
        "log",
        "[WARN] ⟦o:D|2024-05-30⟧ ⟦o:T|22:41:09⟧ redis: connecting to ⟦UC|redis://default:a8Fq2LxZ91@cache-7.prod.internal:6379/0⟧ timed out after ⟦o:QTY|5000ms⟧",
    )
    r(
        "en_US",
        "config",
        '[mongo]\nuri = "⟦UC|mongodb+srv://analytics:Wq3nB7vT2k@cluster0.ab12c.mongodb.net/events⟧"\npool_size = ⟦o:QTY|20⟧',
    )
    r(
        "en_US",
        "shell",
        'ubuntu@ip-172-31-8-14:~$ ssh deploy@⟦IP|52.14.233.109⟧\nubuntu@ip-172-31-8-14:~$ curl -H "Authorization: Bearer ⟦S|eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxOTg4MjEiLCJuYW1lIjoiQm9yaXMiLCJpYXQiOjE3MTcwMDAwMDB9.qL3vZ8x2Kp0TnR7bWc5yFjA9mEs1HdUo4gXiV6tNk2Q⟧" https://api.internal/v1/users\nubuntu@ip-172-31-8-14:~$ mysql -u root -p⟦S|Kx93!mmQ2a⟧',
    )
    r(
        "en_US",
        "log",
        "sshd[2231]: Failed password for invalid user admin from ⟦IP|2001:db8:4f1a:22::1b7⟧ port 52144 ssh2\nsshd[2231]: Accepted publickey for mkowalski from ⟦IP|192.0.2.88⟧ port 40022",
    )
    r(
        "en_US",
        "config",
        "-----BEGIN OPENSSH PRIVATE KEY-----\n⟦S|b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\nQyNTUxOQAAACBkZXBsb3kta2V5LWZvci10ZXN0aW5nLW9ubHktMjAyNAAAAJg7Qm1xO0Jt⟧\n-----END OPENSSH PRIVATE KEY-----",
    )
    r(
        "en_GB",
        "slack",
        "⟦P|Priyanka⟧: who has the openai key for the demo?\n⟦P|Callum⟧: ⟦S|sk-proj-Hq8Zt2LmV9xW4rK1nP7bC3yD6fJ0gA5eT2uSo9Rk⟧ – pls dont commit it\n⟦P|Priyanka⟧: ta 🙏",
    )
    r(
        "en_US",
        "env",
        "SLACK_BOT_TOKEN=⟦S|xoxb-5512093381-7710293884021-Zq8TkW2mR9vL4xP1nB6yC3dF⟧\nSENTRY_DSN=https://⟦S|3b9f1c7e2d4a4b8e9f0c1d2e3f4a5b6c⟧@o44812.ingest.sentry.io/55120\nFEATURE_FLAG_NEW_UI=true\nMAX_RETRIES=⟦o:QTY|3⟧",
    )
    r(
        "en_US",
        "sql",
        "INSERT INTO patients (mrn, first_name, last_name, dob, phone) VALUES\n('⟦MRN|MRN00982214⟧', '⟦P|Luis⟧', '⟦P|Herrera⟧', '⟦DOB|1974-02-08⟧', '⟦PH|213-555-0162⟧'),\n('⟦MRN|MRN00982215⟧', '⟦P|Fatima⟧', '⟦P|Al-Sayed⟧', '⟦DOB|1988-07-30⟧', '⟦PH|213-555-0107⟧');",
    )
    r(
        "en_US",
        "clinical_note",
        "ED triage ⟦o:T|02:14⟧. ⟦P|Baker, Thomas R.⟧ MRN# ⟦MRN|7729104⟧ DOB ⟦DOB|12/01/1948⟧. Fall at home ⟦A|88 Maple Dr, Dayton, OH 45409⟧. Daughter ⟦P|Susan Baker-Lee⟧ ⟦PH|937-555-0120⟧. BCBS ID ⟦HPN|ZGP781293044⟧.",
    )
    r(
        "en_US",
        "clinical_note",
        "Discharge summary for ⟦P|Ramirez, Ana⟧ (MRN ⟦MRN|A-4471829⟧). Aetna member ⟦HPN|W218843301⟧. Follow up with Dr. ⟦P|Okonkwo⟧ in ⟦o:QTY|2 weeks⟧. Metformin ⟦o:QTY|500 mg⟧.",
    )
    r(
        "nl_NL",
        "clinical_note",
        "Cliënt ⟦P|mw. J. Visser-de Jong⟧, geb. ⟦DOB|03-05-1944⟧, patiëntnr ⟦MRN|UMC-3318274⟧, BSN ⟦NID@nl.bsn|672344014⟧. Wondzorg ⟦o:QTY|2x⟧ per week. Dochter ⟦P|Marieke⟧ bellen op ⟦PH|06 1234 5678⟧.",
    )
    r(
        "de_DE",
        "care_note",
        "Pflegebericht ⟦o:D|03.06.2024⟧: Herr ⟦P|Karl-Heinz Müller⟧ (Patienten-ID ⟦MRN|PID 0048812⟧) hat gut geschlafen. Versichertennummer AOK ⟦HPN|M102938475⟧. Sohn ⟦P|Stefan⟧ kommt ⟦o:T|15 Uhr⟧.",
    )
    r(
        "sv_SE",
        "clinical_note",
        "Pat ⟦P|Erik Lindqvist⟧, ⟦NID@se.personnummer|650228-9934⟧, journalnr ⟦MRN|J-2024-55831⟧. Bor ensam i ⟦L|Uppsala⟧. Anhörig: ⟦P|Karin Lindqvist⟧ ⟦PH|073-987 65 43⟧.",
    )
    r(
        "en_US",
        "insurance_claim",
        "Policyholder ⟦P|Brandon K. Mitchell⟧, policy ⟦o:ORD|AUTO-77120398⟧, vehicle 2019 Honda Civic. Claimant DL ⟦DL|M420-118-83-412-0⟧ (FL). Health plan ⟦HPN|UHC 918273645⟧. Damage est. ⟦o:AMT|$4,812⟧.",
    )
    r(
        "en_US",
        "hr_form",
        "I-9 Section 1\nLast name: ⟦P|NGUYEN⟧ First: ⟦P|THANH⟧ MI: T\nAddress: ⟦A|2231 Bolsa Ave #5, Westminster, CA 92683⟧\nDOB: ⟦DOB|05/14/1996⟧ SSN: ⟦SSN|433-80-3194⟧\nEmail: ⟦E|thanh.nguyen96@icloud.com⟧ Phone: ⟦PH|714 555 0183⟧\nList B: CA Driver License ⟦DL|F8842913⟧",
    )
    r(
        "en_US",
        "ocr_id",
        "CALIFORNIA USA DRIVER LICENSE\nDL ⟦DL|Y1234875⟧\nEXP 08/14/2028\nLN ⟦P|GARCIA⟧\nFN ⟦P|SOFIA ELENA⟧\n⟦A|1420 ELM ST\nSACRAMENTO CA 95814⟧\nDOB ⟦DOB|08/14/1992⟧\nSEX F HGT 5-05",
    )
    r(
        "en_GB",
        "ocr_id",
        "PASSPORT  PASSEPORT\nType P  Code GBR  Passport No. ⟦PP|123987456⟧\nSurname ⟦P|OKONJO⟧\nGiven names ⟦P|ADAEZE GRACE⟧\nDate of birth ⟦DOB|21 JUL /JUIL 88⟧\nP<GBR⟦P|OKONJO<<ADAEZE<GRACE⟧<<<<<<<<<<<<<<<<<<",
    )
    r(
        "de_DE",
        "ocr_id",
        "BUNDESREPUBLIK DEUTSCHLAND PERSONALAUSWEIS\n⟦NID|LF4R72KN3⟧\nName ⟦P|MUSTERMANN-ÖZTÜRK⟧\nVornamen ⟦P|ELIF⟧\nGeburtstag ⟦DOB|12.08.1983⟧\nGeburtsort ⟦L|KÖLN⟧",
    )
    r(
        "it_IT",
        "ocr_id",
        "PATENTE DI GUIDA\n1. ⟦P|ESPOSITO⟧\n2. ⟦P|CIRO⟧\n3. ⟦DOB|22/09/87⟧ ⟦L|NAPOLI (NA)⟧\n5. ⟦DL|NA5128842X⟧",
    )
    r(
        "es_ES",
        "form",
        "Solicitud de pasaporte. Titular: ⟦P|Íñigo Etxeberria Goikoetxea⟧, pasaporte anterior ⟦PP|PAB123456⟧, DNI ⟦NID@es.dni|85421430M⟧, domicilio ⟦A|Kale Nagusia 14, 20003 Donostia⟧.",
    )
    r(
        "pl_PL",
        "chat",
        "dzień dobry, ⟦P|tomasz kowalczyk⟧ z tej strony. prawo jazdy nr ⟦DL|00412/19/1465⟧, paszport ⟦PP|EK 4829163⟧. zamówienie ⟦o:ORD|ALG-88120394⟧ nadal nie doszło do ⟦L|Gdańska⟧",
    )
    r(
        "en_US",
        "support_ticket",
        "Passport renewal question – my passport # is ⟦PP|548120937⟧ and it expires ⟦o:D|Sept 2024⟧. Traveling on ⟦o:FLT|UA 901⟧ to Frankfurt. Name: ⟦P|Rebecca Steinberg⟧, ⟦E|rsteinberg@proton.me⟧",
    )
    r(
        "en_US",
        "chat",
        "agent: could u read me ur card number?\ncust: ok its ⟦CC~split|4928 1111\n2547 8384⟧ exp 11/26\nagent: and billing zip?\ncust: ⟦a:PC|30309⟧",
    )
    r(
        "en_US",
        "chat",
        "card is ⟦CC~spelled|four one two one, seven four five three, three eight three eight, nine three six zero⟧ and the cvv i wont say lol",
    )
    r(
        "en_US",
        "chat",
        "my number is ⟦PH~fullwidth|０３－５５５０－１９８７⟧ sorry my keyboard is in japanese mode. ⟦P|Kenji Watanabe⟧",
    )
    r(
        "en_US",
        "csv",
        "txn_id\tcard\tamount\tholder\n⟦o:ROW|T-0091⟧\t⟦CC|5305088573217979⟧\t⟦o:AMT|88.10⟧\t⟦P|R. Castillo⟧\n⟦o:ROW|T-0092⟧\t⟦CC|6011 2042 7912 5753⟧\t⟦o:AMT|12.00⟧\t⟦P|Wei Zhang⟧\n⟦o:ROW|T-0093⟧\t⟦CC|3771 554835 13682⟧\t⟦o:AMT|301.45⟧\t⟦P|Olga Petrenko⟧",
    )
    r(
        "en_US",
        "email",
        "From: ⟦P|Greg Hanley⟧ <⟦E|ghanley@hanleyplumbing.com⟧>\nTo: payroll@clientco.com\n\nPlease pay invoice ⟦o:INV|#4471⟧ (⟦o:AMT|$2,300⟧) to routing ⟦a:BC|121000358⟧, account ⟦BBAN|000123987456⟧. My SSN for the 1099 is ⟦SSN|546-37-8346⟧.\n\n---------- Forwarded message ---------\nFrom: ⟦P|Amy Tran⟧ <⟦E|amy.tran@clientco.com⟧>\nGreg, we need your W-9 first.",
    )
    r("en_US", "chat", "ssn is ⟦SSN~zero_width|633​-22​-2658⟧ (copied from my notes app so sorry if its weird)")
    r(
        "en_US",
        "hr_form",
        "Dependent: ⟦P|Lily Park⟧ SSN ⟦SSN|570-71-7143⟧ DOB ⟦DOB|2016-03-09⟧\nDependent: ⟦P|Noah Park⟧ SSN ⟦SSN|196-82-6334⟧ DOB ⟦DOB|2019-10-21⟧\nCigna ID ⟦HPN|U88129430 01⟧",
    )
    r(
        "it_IT",
        "email",
        "Spett.le ufficio, in allegato fattura ⟦o:INV|FPR 118/24⟧, P.IVA ⟦TAX@it.iva|01423620994⟧. Pagamento su ⟦IBAN|IT68 U919 0204 8649 5285 8739 727⟧. Saluti, ⟦P|Lucia Ferrari⟧ – ⟦PH|02 8841 2290⟧",
    )
    r(
        "de_DE",
        "email",
        "Hallo, unsere USt-IdNr. lautet ⟦TAX@de.vat|DE802298294⟧. Ansprechpartner: ⟦P|Hr. Tobias Kranz⟧, ⟦E|t.kranz@kranz-elektro.de⟧, ⟦PH|+49 (0) 89 / 12 34 56-78⟧.",
    )
    r(
        "pl_PL",
        "email",
        "Proszę o fakturę na firmę, NIP ⟦TAX@pl.nip|7405429382⟧, adres ⟦A|ul. Długa 5, 80-827 Gdańsk⟧. ⟦P|Agnieszka Zając⟧",
    )
    r(
        "da_DK",
        "email",
        "Hej, vores CVR er ⟦TAX@dk.cvr|58718351⟧ og betaling til ⟦IBAN|DK49 7596 3449 0469 54⟧. Venlig hilsen ⟦P|Søren Østergaard⟧",
    )
    r("fi_FI", "chat", "moi, tilinumero vaihtui: ⟦IBAN|FI13 4964 8401 6592 79⟧. t. ⟦P|Jukka Mäkinen⟧, ⟦L|Tampere⟧")
    r(
        "en_US",
        "log",
        "⟦o:D|2024-06-02⟧ ⟦o:T|13:01:55⟧ proxy: upstream ⟦UC|http://svc_backup:Lk2!pq9Z@10.1.4.22:8080/api⟧ returned ⟦o:ERR|502⟧, client ⟦IP|100.64.12.9⟧ ua=curl/⟦o:VER|8.4.0⟧",
    )
    r(
        "en_US",
        "config",
        '[remote "origin"]\n\turl = ⟦UC|https://jsmith:glpat-Xr7Kq2mW9vLz4PnB1yC3@gitlab.acme.io/platform/billing.git⟧\n\tfetch = +refs/heads/*:refs/remotes/origin/*',
    )
    r(
        "en_US",
        "chat",
        "ftp creds for the vendor are ⟦UC|ftp://acmeupload:Vend0r#2024@ftp.partner-files.net/inbound⟧ and the sftp box is ⟦IP|203.0.113.201⟧",
    )
    r(
        "en_GB",
        "telecom",
        "Hi, SIM swap happened w/o my consent!! my number ⟦PH|+44 7700 900 812⟧, acct email ⟦E|callum.mcleod@sky.com⟧, last login from ⟦IP|81.2.69.142⟧ which isnt me. DL for ID: ⟦DL|MCLEO802154CJ9XY⟧",
    )
    r(
        "en_US",
        "travel",
        "Reservation ⟦o:ORD|HX4R2N⟧ for ⟦P|Mr. Ahmed Al-Farsi⟧, passport ⟦PP|N08812394⟧ (Oman), flight ⟦o:FLT|EK 201⟧ ⟦o:D|Aug 3⟧ dep ⟦o:T|2:40 PM⟧. Seat 32K. Known traveler ⟦PP|TT8812304⟧.",
    )
    r(
        "pt_BR",
        "form",
        "Nome: ⟦P|Carlos Eduardo dos Santos⟧\nCPF: ⟦TAX@br.cpf|844.124.499-55⟧\nCNH: ⟦DL|04418823911⟧\nEndereço: ⟦A|Rua Augusta, 1508, apto 72, São Paulo - SP, 01304-001⟧\nCelular: ⟦PH|+55 11 91234-5678⟧",
    )
    r(
        "en_US",
        "clinical_note",
        "Progress note. ⟦P|Whitaker, June⟧ MRN ⟦MRN|00-771-2093⟧, Medicaid ⟦HPN|NY44812093K⟧. Pt seen with son ⟦P|Derek⟧. Next appt ⟦o:D|6/18⟧ ⟦o:T|9:30⟧.",
    )
    r(
        "en_GB",
        "none",
        "Hi, just checking when version ⟦o:VER|12.4.1⟧ of ⟦o:PROD|Acme Desk Pro⟧ ships? Our PO is ⟦o:ORD|PO-2024-3381⟧, ⟦o:QTY|40⟧ seats, quote ⟦o:AMT|£7,960⟧ excl. VAT.",
    )
    r(
        "de_DE",
        "none",
        "Sendungsnummer ⟦o:TRK|00340434161094022115⟧, Rechnung ⟦o:INV|RG-88120⟧, Betrag ⟦o:AMT|49,00 €⟧, Lieferung ⟦o:D|KW 24⟧. Danke!",
    )
    r(
        "fr_FR",
        "none",
        "Erreur ⟦o:ERR|0x80070005⟧ lors de la mise à jour ⟦o:VER|22H2⟧, ticket ⟦o:TKT|SR-2024-118833⟧ ouvert le ⟦o:D|4 juin⟧ à ⟦o:T|9h12⟧.",
    )
    r(
        "en_US",
        "none",
        "commit ⟦o:SHA|e4b1d9a7c2f0836159a4d2e8b7c1f0a9d3e6b5c2⟧ bumps lodash to ⟦o:VER|4.17.21⟧, closes ⟦o:TKT|#4412⟧, req ⟦o:REQ|01HZX8K2M3N4P5Q6R7S8T9V0WX⟧",
    )
    r(
        "en_US",
        "chat",
        "omg thx!! btw my bday is ⟦DOB|feb 29 2000⟧ lol leap baby. email ⟦E|emily.j.ross@gmail.com⟧ for the promo",
    )
    r(
        "es_ES",
        "email",
        "Estimado ⟦P|Sr. Gómez⟧, le confirmo el alta. Su número de afiliación a la Seguridad Social es ⟦NID|28 1234567840⟧ y la tarjeta sanitaria ⟦HPN|BBBB123456789012⟧. Un saludo, ⟦P|Lorena Vidal⟧ (⟦E|lvidal@asesoria-vidal.es⟧)",
    )
    r("cs_CZ", "chat", "ahoj, posílám číslo účtu ⟦BBAN|19-2000145399/0800⟧, ⟦P|Jana Dvořáková⟧")
    r(
        "en_GB",
        "bank_dispute",
        "I'm disputing a payment to account ⟦BBAN|31926819⟧ sort code ⟦a:BC|60-16-13⟧ – it was an APP scam. Ref ⟦o:TKT|FRD-2024-44812⟧. ⟦P|Margaret Ellison⟧, ⟦A|3 Rose Court, Bath BA1 2QH⟧",
    )


load(r)


def main():
    rows = []
    for i, (loc, sty, src) in enumerate(R):
        text, spans = parse(src)
        rec = {
            "id": f"h4-{i:05d}",
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
    with open("heldout4.jsonl", "w", encoding="utf-8") as f:
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
