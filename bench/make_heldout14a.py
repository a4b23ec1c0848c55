#!/usr/bin/env python3
"""Build heldout14a.jsonl from hand-written records with inline markup.
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
    # ---------------- UK ----------------
    r(
        "en_GB",
        "onboarding_form",
        """Can you tidy this new starter form into a table for me?

Full name: ⟦P|Oluwaseun Adeyemi-Clarke⟧
Date of birth: ⟦DOB|14/03/1991⟧
Home address: ⟦A|Flat 3, 27 Belgrave Road, Leicester LE4 6AR⟧
Mobile: ⟦PH|07700 914 382⟧
Personal email: ⟦E|seun.adeyemiclarke@gmail.com⟧
NI number: ⟦NID|JG 10 37 42 B⟧
Start date: ⟦o:D|06/01/2025⟧
Contract: 37.5 hrs, band ⟦o:AMT|£31,200⟧ p.a.""",
    )
    r(
        "en_GB",
        "payroll_query",
        "Hi, I'm ⟦P|Priya Raghunathan⟧ in the Reading office. My payslip for ⟦o:D|March 2025⟧ shows tax code 1257L but an emergency deduction of ⟦o:AMT|£412.66⟧. "
        "My UTR is ⟦TAX@gb.utr|6739205184⟧ from when I was self-employed, does that matter? Payroll ticket ⟦o:TKT|PAY-20931⟧.",
    )
    r(
        "en_GB",
        "insurance_claim",
        """Claim notes – motor
Policyholder: Mr ⟦P|Gareth Llewellyn⟧, DOB ⟦DOB|2 Aug 1968⟧
Address: ⟦A|14 Heol y Nant, Whitchurch, Cardiff CF14 1AE⟧
Driving licence: ⟦DL|LLEWE608028G99WT⟧
Incident on ⟦o:D|17 Feb 2025⟧ approx ⟦o:T|08:40⟧, rear-ended at lights on the A470. Third party est. damage ⟦o:AMT|£2,350⟧.
Claim ref ⟦o:TKT|MC-448120-B⟧. Contact ⟦PH|+44 29 2061 4478⟧.""",
    )
    r(
        "en_GB",
        "telecom_chat",
        """Agent: Thanks for holding. Can you confirm the account holder's name?
Customer: ⟦P|Siobhan Kavanagh⟧
Agent: And the first line of the billing address and postcode?
Customer: ⟦A|88 Marlowe Court⟧, ⟦a:PC|SE19 1JX⟧
Agent: Lovely. I can see the router was provisioned on ⟦o:D|3 Jan⟧. Your WAN IP is currently ⟦IP|86.142.77.219⟧, firmware ⟦o:VER|v7.2.14⟧. Error ⟦o:ERR|PPP-691⟧ means the line login was rejected.""",
    )
    r(
        "en_GB",
        "call_notes",
        "cust ⟦P|Mohammed Al-Rashid⟧ rang re roaming charges ⟦o:AMT|£86.40⟧ on bill ⟦o:INV|INV-0039271⟧. Says was in ⟦L|Dubai⟧ 12-19 Jan for work. Applied ⟦o:PCT|50%⟧ goodwill. alt no ⟦PH|0161 496 0732⟧. No further action.",
    )
    r(
        "en_GB",
        "travel_booking",
        """Please rebook these two onto the later flight:
1. Mrs ⟦P|Hannah Whitfield⟧ – passport ⟦PP|553018274⟧, DOB ⟦DOB|21.11.1979⟧
2. Master ⟦P|Oliver Whitfield⟧ – passport ⟦PP|561209937⟧, DOB ⟦DOB|04.06.2014⟧
Current: ⟦o:FLT|BA 2490⟧ LGW–FAO ⟦o:D|12 Apr⟧ ⟦o:T|06:55⟧, booking ⟦o:ORD|Q7XK2P⟧. Happy to pay the ⟦o:AMT|£45⟧ change fee on the card ending 4417.""",
    )
    r(
        "en_GB",
        "hr_email",
        """Subject: Bank details change – ⟦P|Tomasz Wiśniewski⟧

Hi HR,
Please update my salary account from the ⟦o:D|April⟧ run:
Sort code ⟦a:BC|20-32-53⟧
Account ⟦BBAN|73419284⟧
Name on account: ⟦P|T. Wisniewski⟧
Thanks, Tomasz (ext. 4471)""",
    )
    r(
        "en_GB",
        "insurance_claim",
        "Travel insurance claim for medical expenses. Patient ⟦P|Chidi Okonkwo⟧, NHS no. ⟦NID@gb.nhs|485 777 3457⟧, hospital number ⟦MRN|RH0447129⟧ at Royal Hampshire. Treated for a fractured wrist in ⟦L|Malaga⟧ on holiday; invoice ⟦o:INV|HCM-2025-00891⟧ for ⟦o:AMT|€1,840.00⟧. Policy ⟦HPN|TRV-UK-88201945⟧.",
    )
    r(
        "en_GB",
        "dev_chat",
        """our payroll export job keeps failing, log below:
[⟦o:D|2025-03-28⟧ ⟦o:T|02:14:07⟧] INFO connecting ⟦UC|sftp://payroll_exp:Wint3r!Ledger#9@files.acmepay.co.uk⟧/outbound
[⟦o:D|2025-03-28⟧ ⟦o:T|02:14:09⟧] ERROR ⟦o:ERR|SSH_ERR_AUTH_FAIL⟧ request_id=⟦o:REQ|req_8f3a21c9d0⟧
build ⟦o:SHA|a3f9c2e⟧, exporter ⟦o:VER|2.11.0⟧. any ideas?""",
    )
    r(
        "en_GB",
        "telecom_chat",
        "hi my sim is locked, it says enter PUK. number is ⟦PH|07911 123 556⟧, account name ⟦P|Deborah Osei-Bonsu⟧. I already tried the pin ⟦S|4821⟧ three times. order ⟦o:ORD|SO-7712093⟧ was the replacement sim.",
    )
    r(
        "en_GB",
        "payroll_query",
        "Can you check whether my student loan plan is right? I'm on Plan 2 but payroll has Plan 1. Name ⟦P|Eleanor Fitzgerald-Shaw⟧, employee no. 004517, NI ⟦NID|SN483920C⟧. The deduction in ⟦o:D|February⟧ was ⟦o:AMT|£63⟧ which is ⟦o:PCT|9%⟧ over the threshold I think.",
    )
    r(
        "en_GB",
        "no_pii",
        "Summarise this policy change for staff: from ⟦o:D|1 April 2025⟧ the mileage rate goes to ⟦o:AMT|45p⟧ per mile for the first ⟦o:QTY|10,000 miles⟧, and the cycle-to-work cap rises to ⟦o:AMT|£2,500⟧. Refer queries to ticket queue HR-BEN. Form version ⟦o:VER|4.3⟧.",
    )
    r(
        "en_GB",
        "onboarding_form",
        """New joiner – contractor (US citizen, UK entity)
Name: ⟦P|Jordan Mitchell-Reyes⟧
SSN (for US tax reporting): ⟦SSN|536-22-8841⟧
US passport: ⟦PP|567712098⟧
UK address: ⟦A|c/o Harbour Lets, 2B Quayside Mews, Bristol BS1 4RN⟧
US phone: ⟦PH|+1 (512) 555-0148⟧
Email: ⟦E|jordan.mreyes@protonmail.com⟧""",
    )
    r(
        "en_GB",
        "call_notes",
        "Spoke to ⟦P|Agnieszka Kowalczyk⟧ (policyholder) – home contents claim ⟦o:TKT|HC/2025/30177⟧, laptop stolen from car. Asked her to send the crime ref and receipt (⟦o:PROD|MacBook Air M2⟧, ⟦o:AMT|£1,149⟧). Confirmed email ⟦E|a.kowalczyk88@outlook.com⟧. She is staying with her sister in ⟦L|Swindon⟧ this week.",
    )
    r(
        "en_GB",
        "telecom_chat",
        """Customer: my broadband keeps dropping every evening
Agent: Sorry about that. Can I take the account number or the postcode?
Customer: postcode ⟦a:PC|M14 5TQ⟧, name is ⟦P|Rizwan Chaudhry⟧
Agent: Thanks Rizwan. I can see ⟦o:QTY|14⟧ resyncs since ⟦o:D|Monday⟧. Could you read me the serial on the hub? It starts with +06.
Customer: +061902-2241870, hub model ⟦o:PROD|Smart Hub 2⟧
Agent: I'll book an engineer, ticket ⟦o:TKT|FLT-3391174⟧.""",
    )
    r(
        "en_GB",
        "hr_ticket",
        "Please reset my HR portal login — temporary password you sent (⟦S|Kx7!rP2m-Q⟧) has expired. I'm ⟦P|Ngozi Eze⟧, work email ⟦E|ngozi.eze@brightwellhr.co.uk⟧, ext 2209.",
    )
    r(
        "en_GB",
        "insurance_claim",
        """Pet insurance – vet claim form (transcribed)
Owner: ⟦P|Fiona MacLeod⟧
Address: ⟦A|Tigh na Mara
7 Shore Street
Ullapool
IV26 2UJ⟧
Phone: ⟦PH|01854 612 903⟧
Pet: Bramble, Border Collie, microchip 826097400123456
Treatment: ⟦o:D|08/02/2025⟧, cruciate ligament, invoice ⟦o:INV|V-77120⟧ ⟦o:AMT|£3,412.80⟧""",
    )
    r(
        "en_GB",
        "payroll_query",
        "My partner ⟦P|Darius Farahani⟧ passed away last month and I need to know how to claim the death-in-service benefit. I'm named as beneficiary, ⟦P|Leila Farahani⟧, ⟦A|41 Grange Park Avenue, Wilmslow SK9 4AT⟧. His DOB was ⟦DOB|19th September 1972⟧. Case ⟦o:TKT|BEN-00412⟧.",
    )
    r(
        "en_GB",
        "travel_booking",
        "Booking for our consultant Dr ⟦P|Anand Subramaniam⟧, ⟦o:FLT|VS 300⟧ LHR–DEL on ⟦o:D|22 May⟧, return ⟦o:FLT|VS 301⟧ on ⟦o:D|2 June⟧. Frequent flyer ⟦o:ORD|VS-00328817⟧? not sure that's needed. Mobile ⟦PH|+44 7458 330 190⟧, email ⟦E|anand.s@kestrelconsult.co.uk⟧.",
    )
    r(
        "en_GB",
        "dev_chat",
        "pasting the env from the claims-intake container so you can see why it can't hit the DB: DB_HOST=10.20.4.11 DB_USER=claims_svc DB_PASS=⟦S|q8ZtL2vW9nXr⟧ STRIPE_KEY=⟦S|sk_live_51HbQx2LkT9vPzR7mWc3dYaE⟧ APP_VERSION=⟦o:VER|3.8.1-rc2⟧ BUILD=⟦o:SHA|9e1b7f04c2d8⟧",
    )

    # ---------------- Ireland ----------------
    r(
        "en_IE",
        "onboarding_form",
        """Starter details for payroll (Revenue needs the PPSN)
Name: ⟦P|Aoife Ní Bhriain⟧
PPS No: ⟦NID@ie.pps|8473921I⟧
DOB: ⟦DOB|03/09/1996⟧
Address: ⟦A|Apt 12, The Maltings, Bridge Street, Westport, Co. Mayo, F28 XW31⟧
Mobile: ⟦PH|087 341 9920⟧
IBAN: ⟦IBAN|IE29 AIBK 9311 5212 3456 78⟧""",
    )
    r(
        "en_IE",
        "payroll_query",
        "Hello, my USC looks wrong on the last two payslips (⟦o:D|14/03⟧ and ⟦o:D|28/03⟧). I'm ⟦P|Cian O'Sullivan⟧, PPSN ⟦NID@ie.pps|6019382DH⟧. Gross was ⟦o:AMT|€2,115.38⟧ per fortnight. Can someone ring me on ⟦PH|+353 86 204 7731⟧?",
    )
    r(
        "en_IE",
        "insurance_claim",
        """Health insurance claim – outpatient
Member: ⟦P|Gráinne McAuliffe⟧
Membership no: ⟦HPN|VH 40219873⟧
DOB: ⟦DOB|11 Dec 1983⟧
Hospital MRN: ⟦MRN|MRN 00871452⟧ (Cork University Hospital)
Receipts total ⟦o:AMT|€385⟧ for ⟦o:QTY|3⟧ physio sessions.""",
    )
    r(
        "en_IE",
        "telecom_chat",
        "hi lads, my eir fibre box has ip ⟦IP|2a02:8084:4e80:1a00:5d3c:91ff:fe22:7c10⟧ but nothing loads. account holder ⟦P|Declan Brennan⟧, eircode ⟦a:PC|D08 T6X2⟧. modem ⟦o:PROD|F3000⟧ firmware ⟦o:VER|1.0.21⟧ error ⟦o:ERR|E-107⟧",
    )
    r(
        "en_IE",
        "travel_booking",
        "Group booking: ⟦P|Seán Ó Dálaigh⟧ (passport ⟦PP|PA7719024⟧) and ⟦P|Maeve Ó Dálaigh⟧ (passport ⟦PP|PB0388162⟧), ⟦o:FLT|EI 105⟧ DUB–JFK ⟦o:D|3 July⟧. Home address for ESTA: ⟦A|22 Ard na Gréine, Ballincollig, Co. Cork P31 K8W2⟧. Ref ⟦o:ORD|2HRMQT⟧.",
    )
    r(
        "en_IE",
        "call_notes",
        "Caller ⟦P|Patrick Joseph Moriarty⟧, DOB ⟦DOB|1955-04-27⟧, re: car insurance renewal ⟦o:AMT|€742⟧. Says licence no. ⟦DL|IE 281746359⟧ unchanged. Lives ⟦A|Moriarty's Farm, Lispole, Co. Kerry⟧. NCB ⟦o:PCT|60%⟧. Sent quote ⟦o:ORD|QTE-88012⟧.",
    )
    r(
        "en_IE",
        "hr_email",
        """Hi ⟦P|Niamh⟧,
Attaching my updated bank details for expenses:
⟦IBAN|IE82BOFI90001718204553⟧
BIC BOFIIE2D
My new address is ⟦A|5 Ashfield Lawn, Naas, Co. Kildare W91 E2H7⟧ from ⟦o:D|1 May⟧.
Thanks a mil,
⟦P|Ronan Keogh⟧""",
    )
    r(
        "en_IE",
        "dev_chat",
        "the Revenue PAYE modernisation cert is in the repo by mistake, can someone rotate it? commit ⟦o:SHA|c71e9d2a04b⟧, file ros_cert.p12, password ⟦S|Shannon2024!ROS⟧. The ROS integration version is ⟦o:VER|5.1.2⟧.",
    )
    r(
        "en_IE",
        "no_pii",
        "Can you write a friendly reminder that the ⟦o:D|31 October⟧ deadline for pension AVCs is coming up, and that contributions up to ⟦o:PCT|20%⟧ of salary get tax relief for ages 30–39? Keep it under ⟦o:QTY|120 words⟧.",
    )
    r(
        "en_IE",
        "insurance_claim",
        "Home claim ⟦o:TKT|HM-IE-551904⟧: burst pipe at ⟦A|No. 9, Rathgar Road, Dublin 6, D06 W2K5⟧. Insured ⟦P|Imelda Carroll⟧, ph ⟦PH|01 496 2213⟧, email ⟦E|imelda.carroll@eircom.net⟧. Loss adjuster visit ⟦o:D|Tue 18 Feb⟧ ⟦o:T|10:00⟧. Reserve ⟦o:AMT|€6,500⟧.",
    )
    r(
        "en_IE",
        "telecom_chat",
        """Agent: Can I verify your security PIN please?
Customer: it's ⟦S|7093⟧
Agent: Thanks. And date of birth?
Customer: ⟦DOB|ninth of june 1990⟧
Agent: Grand, ⟦P|Orla⟧. I see the upgrade to ⟦o:PROD|iPhone 15⟧ on order ⟦o:ORD|VF-IE-3381290⟧ is dispatched, tracking ⟦o:TRK|JJD0002251337801⟧.""",
    )
    # ---------------- India ----------------
    r(
        "en_IN",
        "onboarding_form",
        """Pls convert to JSON for HRMS upload:
Employee Name - ⟦P|Venkata Sai Krishna Reddy⟧
Father's Name - ⟦P|Venkata Ramana Reddy⟧
DOB - ⟦DOB|05-08-1994⟧
PAN - ⟦TAX@in.pan|BNZPM2501G⟧
Aadhaar - ⟦NID@in.aadhaar|2345 6781 2909⟧
Address - ⟦A|Flat No. 402, Sri Sai Residency, Plot 17, Madhapur, Hyderabad, Telangana 500081⟧
Mobile - ⟦PH|+91 98480 22731⟧
Bank A/c - ⟦BBAN|50100234817762⟧ IFSC ⟦a:BC|HDFC0001234⟧""",
    )
    r(
        "en_IN",
        "payroll_query",
        "Sir, my Form 16 for FY ⟦o:D|2024-25⟧ shows wrong PAN. Correct PAN is ⟦TAX@in.pan|abcpk1234f⟧. Name ⟦P|Kavitha Prabhakaran⟧, emp code TCS-448812. TDS deducted ⟦o:AMT|₹1,84,230⟧. Kindly revert on ⟦E|kavitha.p1987@yahoo.co.in⟧.",
    )
    r(
        "en_IN",
        "insurance_claim",
        """Cashless claim intimation – Star Health
Patient: ⟦P|Lakshmi Narayanan⟧, age 61
Policy no: ⟦HPN|P/141117/01/2025/004519⟧
Hospital: Apollo, Greams Road; IP no. ⟦MRN|APH-IP-2503-118274⟧
Admission ⟦o:D|12-Mar-2025⟧, diagnosis cholecystitis, est. ⟦o:AMT|Rs 2.4 lakh⟧
Contact son ⟦P|Arvind Narayanan⟧ ⟦PH|044-2811 4509⟧ / ⟦PH|9840012277⟧""",
    )
    r(
        "en_IN",
        "telecom_chat",
        """User: my jio fiber not working since morning
Bot: Please share registered mobile number
User: ⟦PH~spelled|nine eight two oh four five one one seven three⟧
Bot: Thank you. Please share the OTP sent to your number.
User: ⟦S|482913⟧
Bot: Verified Mr. ⟦P|Rohit Agarwal⟧'s account. Service request ⟦o:TKT|SR-771290345⟧ raised. Your router IP ⟦IP|49.36.112.88⟧.""",
    )
    r(
        "en_IN",
        "travel_booking",
        """Kindly book Mumbai–Singapore for below:
1) ⟦P|Farhan Qureshi⟧, Passport ⟦PP|J8369854⟧, DOB ⟦DOB|17/01/1988⟧
2) ⟦P|Zoya Farhan Qureshi⟧, Passport ⟦PP|M4410276⟧, DOB ⟦DOB|30/07/1990⟧
Pref ⟦o:FLT|SQ 423⟧ on ⟦o:D|18th April⟧. Corporate card ⟦CC|4532 0151 1283 0366⟧ exp 09/27.
Contact ⟦E|farhan.q@nirmaltextiles.in⟧""",
    )
    r(
        "en_IN",
        "call_notes",
        "Cx ⟦P|Gurpreet Kaur Sandhu⟧ called re: salary credit delay. Salary A/c ⟦BBAN|918010045782213⟧ (Axis), IFSC ⟦a:BC|UTIB0000123⟧. Payroll batch ⟦o:REQ|BATCH-20250331-07⟧ failed with ⟦o:ERR|NEFT-R03⟧. Cx in ⟦L|Ludhiana⟧, alt mob ⟦PH|+91-98140-56632⟧. Escalated.",
    )
    r(
        "en_IN",
        "dev_chat",
        "bhai the payroll API key got pasted in slack, rotate karo: ⟦S|rzp_live_Kq8XnT2pVa91Lm⟧. also the staging db url is ⟦UC|postgres://hrms_admin:Pune%402023db@10.0.3.17:5432/hrms⟧. deploy tag ⟦o:VER|v1.14.3⟧ commit ⟦o:SHA|5d2c0e8⟧",
    )
    r(
        "en_IN",
        "onboarding_form",
        "Driving licence: ⟦DL|MH12 20110012345⟧ | Name: ⟦P|Shreya Deshpande⟧ | DOB: ⟦DOB|22 Feb 1997⟧ | Permanent address: ⟦A|B-14, Shanti Kunj Society, Karve Nagar, Pune 411052⟧ | Emergency contact: ⟦P|Milind Deshpande⟧ ⟦PH|020 2543 8890⟧",
    )
    r(
        "en_IN",
        "insurance_claim",
        "Motor claim: vehicle KA 03 MN 4472 hit by auto-rickshaw near Silk Board on ⟦o:D|02/03/2025⟧. Insured ⟦P|Ramesh Gowda⟧, DL ⟦DL|KA0320150004478⟧, Aadhaar ⟦NID@in.aadhaar|7391 6402 5588⟧. Garage estimate ⟦o:AMT|₹38,600⟧, claim no ⟦o:TKT|MOT/BLR/000391⟧.",
    )
    r(
        "en_IN",
        "no_pii",
        "Draft an email to all Bengaluru employees: the ⟦o:D|15 August⟧ holiday is moved, canteen closes at ⟦o:T|3 pm⟧, and the new leave policy ⟦o:VER|v2.1⟧ allows ⟦o:QTY|12⟧ casual leaves. Reference circular ⟦o:TKT|HR/CIR/2025/044⟧.",
    )
    r(
        "en_IN",
        "payroll_query",
        "hi, pls check reimbursement for my mother's hospital bills. patient ⟦P|Saraswati Iyer⟧, UHID ⟦MRN|UHID 2201948837⟧, bills ⟦o:AMT|₹56,210⟧. I am ⟦P|Karthik Iyer⟧, address ⟦A|No. 12, 3rd Cross, Jayanagar 4th Block, Bengaluru 560011⟧. mail me at ⟦E|karthik.iyer.blr@gmail.com⟧",
    )

    # ---------------- Philippines ----------------
    r(
        "en_PH",
        "onboarding_form",
        """Pre-employment requirements checklist – please check if complete
Name: ⟦P|Maria Cristina Dela Cruz⟧
Birthdate: ⟦DOB|March 8, 1995⟧
TIN: ⟦TAX|123-456-789-000⟧
SSS No.: ⟦NID|34-5678901-2⟧
PhilHealth: ⟦HPN|12-025123456-7⟧
Pag-IBIG MID: ⟦NID|1210-9876-5432⟧
Address: ⟦A|Blk 7 Lot 22, Phase 2, Villa Verde Subd., Brgy. San Isidro, Cainta, Rizal 1900⟧
Cell: ⟦PH|0917 845 2230⟧""",
    )
    r(
        "en_PH",
        "telecom_chat",
        """Customer: hello po, my postpaid bill is too high ⟦o:AMT|PHP 4,812.50⟧ 
Agent: Sorry to hear that. May I have the account name and mobile number?
Customer: ⟦P|Jerome Villanueva⟧, ⟦PH|+63 917 552 0184⟧
Agent: Thank you, Sir Jerome. I see data roaming from ⟦o:D|Feb 2⟧ in ⟦L|Hong Kong⟧.
Customer: yes i was there for work
Agent: I'll raise dispute ⟦o:TKT|GLB-22907153⟧.""",
    )
    r(
        "en_PH",
        "call_notes",
        "BPO QA note – agent ID 55182 handled Mr. ⟦P|Donovan Pierce⟧ (US acct), verified SSN last 4 only — agent read back full SSN ⟦SSN|412-67-3390⟧ on call ⟦o:REQ|CALL-8812045⟧ at ⟦o:T|02:37 AM⟧ PHT. Coaching required. Customer also gave card ⟦CC|5520 1345 7789 2026⟧.",
    )
    r(
        "en_PH",
        "payroll_query",
        "Good day! I did not receive my 13th month pay ⟦o:AMT|₱28,450.00⟧. My name is ⟦P|Angelica Mae Bautista⟧, employee no. 2019-0442, BDO account ⟦BBAN|006580123456⟧. Please advise. Thank you po. 📱 ⟦PH|09285517743⟧",
    )
    r(
        "en_PH",
        "travel_booking",
        "Pa-book po ng ⟦o:FLT|PR 102⟧ MNL–LAX ⟦o:D|May 14⟧ for OFW ⟦P|Rogelio Santos Jr.⟧, passport ⟦PP|P4821907B⟧, DOB ⟦DOB|1979-12-03⟧. Email ⟦E|rogelio.santosjr@yahoo.com⟧, address ⟦A|#45 Mabini St., Brgy. Poblacion, Lipa City, Batangas 4217⟧.",
    )
    r(
        "en_PH",
        "insurance_claim",
        "HMO reimbursement: member ⟦P|Kristine Joy Tan⟧, Maxicare card ⟦HPN|MXC-0011-4428-7719⟧, confined at St. Luke's BGC, patient no. ⟦MRN|SLMC-2025-0031847⟧. Total bill ⟦o:AMT|₱142,390⟧, approved LOA ⟦o:TKT|LOA-778120⟧.",
    )
    r(
        "en_PH",
        "dev_chat",
        "guys yung gcash integration sa payroll nag-fail, eto yung config: merchant_id=⟦o:ROW|M-00412⟧ secret=⟦S|gc_sk_7YpQ2LxV9mTb3RsN⟧ callback ⟦o:VER|v3⟧. error ⟦o:ERR|ERR_SIGNATURE_MISMATCH⟧ req ⟦o:UUID|5e0c8a71-2b9d-4c6f-9e1a-7f3d20b14c88⟧",
    )
    r(
        "en_PH",
        "hr_ticket",
        "Requesting COE for my visa application. Name: ⟦P|Ma. Lourdes Ocampo-Reyes⟧, hired ⟦o:D|June 2018⟧, position Team Lead. Please send to ⟦E|lourdes.ocampo.reyes@gmail.com⟧. Passport ⟦PP|P7720415A⟧ attached. Home: ⟦A|Unit 1208 Tower 3, Avida Towers, 34th St., Bonifacio Global City, Taguig 1634⟧.",
    )
    r(
        "en_PH",
        "no_pii",
        "Make a table of these SIM plans: Plan 599 – ⟦o:QTY|25GB⟧, Plan 999 – ⟦o:QTY|50GB⟧, Plan 1799 – unli. Promo code GOUNLI95, valid until ⟦o:D|30 June 2025⟧, SKU ⟦o:SKU|SIM-PP-599-5G⟧.",
    )
    r(
        "en_PH",
        "telecom_chat",
        "hi my wifi password got changed by someone, new one i set is ⟦S|Bahay2025!Mabuhay⟧, admin page shows ⟦IP|192.168.1.1⟧ and public ⟦IP|112.198.44.230⟧. acct ⟦P|Rowena Castillo⟧ ⟦PH|(02) 8 812 4590⟧. modem ⟦o:PROD|Huawei HG8145V5⟧",
    )

    # ---------------- Nigeria ----------------
    r(
        "en_NG",
        "onboarding_form",
        """Kindly capture this new staff on the HR system:
Surname: ⟦P|Okafor⟧
Other names: ⟦P|Chukwuemeka Daniel⟧
Date of Birth: ⟦DOB|21/10/1992⟧
NIN: ⟦NID|38471920564⟧
BVN: ⟦NID|22193847561⟧
Address: ⟦A|Plot 14, Adeola Odeku Street, Victoria Island, Lagos⟧
Phone: ⟦PH|0803 457 2291⟧
Salary account: ⟦BBAN|0211849376⟧ (GTBank)""",
    )
    r(
        "en_NG",
        "payroll_query",
        "Good afternoon HR, my PAYE deduction for ⟦o:D|January⟧ is ⟦o:AMT|₦87,500⟧ which is too much. My TIN is ⟦TAX|20948173-0001⟧. Name ⟦P|Aisha Bello Mohammed⟧, staff ID KD/0441. Please call ⟦PH|+234 806 119 3302⟧. Thanks.",
    )
    r(
        "en_NG",
        "insurance_claim",
        """HMO claim submission
Enrollee: ⟦P|Folasade Adebayo-Williams⟧
HMO ID: ⟦HPN|HYG/LAG/0231876/A⟧
Hospital no: ⟦MRN|LUTH-2025-118820⟧
Diagnosis: malaria + typhoid, admitted ⟦o:D|4th March 2025⟧, discharged ⟦o:D|7th March 2025⟧
Amount: ⟦o:AMT|₦312,400⟧
Enrollee phone: ⟦PH|0812 334 9071⟧, email ⟦E|folasade.aw@gmail.com⟧""",
    )
    r(
        "en_NG",
        "telecom_chat",
        """Customer: Abeg my data is finishing too fast, I bought ⟦o:QTY|10GB⟧ yesterday for ⟦o:AMT|₦3,500⟧
Agent: Sorry about this. Kindly confirm your line and full name.
Customer: ⟦PH|0703 881 4429⟧, ⟦P|Ibrahim Suleiman Danjuma⟧
Agent: Thank you. Please confirm your NIN linked to the SIM.
Customer: ⟦NID|51029384716⟧
Agent: Verified. Complaint ID ⟦o:TKT|MTN-CMP-40018822⟧.""",
    )
    r(
        "en_NG",
        "travel_booking",
        "Please issue ticket for Engr. ⟦P|Babatunde Oyelaran⟧, passport ⟦PP|A09218734⟧, DOB ⟦DOB|02 Jan 1981⟧. ⟦o:FLT|W3 106⟧ LOS–LHR ⟦o:D|26 April⟧, return open. Charge the card ⟦CC|5355 2200 3417 8909⟧, billing address ⟦A|12B Bourdillon Road, Ikoyi, Lagos⟧.",
    )
    r(
        "en_NG",
        "call_notes",
        "Caller Mrs ⟦P|Ngozi Chukwu⟧ reported her late husband's group life benefit not paid since ⟦o:D|Nov 2024⟧. Claim file ⟦o:TKT|GL-ENU-00317⟧. Address ⟦A|No. 7 Ogui Road, New Haven, Enugu⟧. Callback ⟦PH|+234 (0) 909 221 7710⟧. Deceased: ⟦P|Emmanuel Chukwu⟧, DOB ⟦DOB|1958/06/14⟧.",
    )
    r(
        "en_NG",
        "hr_email",
        """Dear Mr. ⟦P|Adewale⟧,
Find below my details for the staff ID card:
Name: ⟦P|Hauwa Abubakar Sadiq⟧
Home: ⟦A|House 22, Gwani Street, Wuse Zone 4, Abuja⟧
Email: ⟦E~at_dot|hauwa dot sadiq at yahoo dot com⟧
Blood group O+
Regards.""",
    )
    r(
        "en_NG",
        "dev_chat",
        "Our Paystack payout for salaries returned ⟦o:ERR|401 Unauthorized⟧. The secret we used is ⟦S|sk_test_9b2f41c7e0d85a6f3b1c⟧ and the webhook is on ⟦IP|102.89.33.140⟧. Run id ⟦o:REQ|PAYRUN-2025-03-FINAL⟧, ⟦o:QTY|214⟧ employees.",
    )
    r(
        "en_NG",
        "no_pii",
        "Explain in simple English the difference between PAYE and WHT for a Lagos company, with an example of ⟦o:AMT|₦500,000⟧ monthly salary and ⟦o:PCT|7.5%⟧ VAT on a ⟦o:AMT|₦1.2m⟧ invoice ⟦o:INV|INV-LAG-0092⟧.",
    )

    # ---------------- South Africa ----------------
    r(
        "en_ZA",
        "onboarding_form",
        """New employee IRP5 info
Full names: ⟦P|Thandiwe Nomvula Mokoena⟧
ID number: ⟦NID@za.idnr|8804125120086⟧
Tax ref: ⟦TAX|0418 273 965⟧
Residential address: ⟦A|17 Jacaranda Crescent
Lynnwood
Pretoria
0081⟧
Cell: ⟦PH|082 555 1930⟧
Bank: FNB, acc ⟦BBAN|62845019337⟧, branch ⟦a:BC|250655⟧""",
    )
    r(
        "en_ZA",
        "insurance_claim",
        "Discovery claim query: member ⟦P|Pieter van der Merwe⟧, membership ⟦HPN|Discovery 182 774 0293⟧, dependant code 01. Treated at Netcare Milpark, account ⟦MRN|MLP/2503/44812⟧, ⟦o:AMT|R18 340,50⟧ short-paid. ID ⟦NID@za.idnr|7501015800089⟧. Cell ⟦PH|+27 83 410 2295⟧.",
    )
    r(
        "en_ZA",
        "telecom_chat",
        """Agent: Welcome to Vodacom support, who am I speaking to?
Customer: ⟦P|Sipho Dlamini⟧
Agent: Hi Sipho, please confirm your ID number for RICA.
Customer: ⟦NID@za.idnr~spaced|930723 0156 085⟧
Agent: Thanks. Your ⟦o:PROD|Red Flexi 500⟧ contract renews on ⟦o:D|2025-06-01⟧, ticket ⟦o:TKT|VC-ZA-8845120⟧.""",
    )
    r(
        "en_ZA",
        "call_notes",
        "Car hijacked in ⟦L|Soweto⟧ — insured ⟦P|Lerato Khumalo⟧ safe. Case no. from SAPS 312/03/2025. Vehicle tracking by ⟦o:PROD|Tracker⟧, unit ⟦o:TRK|TRK-ZA-0092115⟧. Insured lives ⟦A|4389 Vilakazi Street, Orlando West, Soweto, 1804⟧. Driver's licence ⟦DL|4010 0001 R5TF⟧. Follow up ⟦o:D|Friday⟧.",
    )
    r(
        "en_ZA",
        "payroll_query",
        "Hi, UIF was deducted twice in ⟦o:D|Feb⟧ (⟦o:AMT|R177.12⟧ x2). Name ⟦P|Ayesha Patel-Cassim⟧, ID ⟦NID@za.idnr|0105145234081⟧, employee 7782. Email ⟦E|ayesha.pc@telkomsa.net⟧. I'm in ⟦L|Durban⟧ until the end of the month.",
    )
    r(
        "en_ZA",
        "travel_booking",
        """Booking request – SA Airlink
Pax: Mr ⟦P|Johannes Botha⟧ / DOB ⟦DOB|30-08-1967⟧ / passport ⟦PP|A05512394⟧
Pax: Ms ⟦P|Nokuthula Zulu⟧ / DOB ⟦DOB|11-02-1993⟧ / passport ⟦PP|M00428817⟧
⟦o:FLT|4Z 125⟧ JNB–WDH ⟦o:D|9 May⟧ ⟦o:T|10:25⟧, fare ⟦o:AMT|ZAR 6 480⟧ pp.""",
    )
    r(
        "en_ZA",
        "dev_chat",
        "the sage payroll connector keeps logging this: connecting to ⟦UC|https://svc_sage:Kruger#2025park@payroll.internal.co.za:8443/api⟧ ... ⟦o:ERR|TLS handshake timeout⟧ after ⟦o:QTY|30s⟧. build ⟦o:VER|4.0.7⟧",
    )
    r(
        "en_ZA",
        "hr_ticket",
        "Please update next of kin: ⟦P|Mandla Ngcobo⟧ (brother), ⟦PH|071 882 3340⟧, ⟦A|Unit 6, Seaview Court, 33 Marine Drive, Margate, 4275⟧. My details: ⟦P|Zanele Ngcobo⟧, born ⟦DOB|14 July 1990⟧.",
    )
    r(
        "en_ZA",
        "insurance_claim",
        "Funeral policy claim for deceased Gogo ⟦P|Elizabeth Mahlangu⟧, ID ⟦NID@za.idnr|6708300120088⟧, died ⟦o:D|21/02/2025⟧. Claimant ⟦P|Bongani Mahlangu⟧ wants payout to FNB ⟦BBAN|62019348821⟧. Policy no ⟦o:ORD|FUN-3381107⟧, benefit ⟦o:AMT|R25 000⟧.",
    )
    r(
        "en_ZA",
        "no_pii",
        "Rewrite this load-shedding notice for our call centre staff: stage ⟦o:QTY|4⟧ from ⟦o:T|16:00⟧ to ⟦o:T|22:30⟧ on ⟦o:D|Thursday 13 March⟧; generator diesel budget ⟦o:AMT|R42 000⟧; ticket ⟦o:TKT|FAC-9921⟧.",
    )
    r(
        "en_ZA",
        "telecom_chat",
        "my fibre router says PPPoE fail. username is ⟦E|nomsa.radebe@afrihost.co.za⟧ and password ⟦S|Ubuntu#77kx⟧, ONT serial ZTEG0C4A1B92. I'm ⟦P|Nomsa Radebe⟧ at ⟦A|21 Protea Street, Brackenfell, Cape Town 7560⟧.",
    )

    # ---------------- Australia ----------------
    r(
        "en_AU",
        "onboarding_form",
        """TFN declaration – please check I've filled this in right
Name: ⟦P|Liam O'Connor⟧
TFN: ⟦TAX@au.tfn|314 825 702⟧
DOB: ⟦DOB|07/05/1998⟧
Address: ⟦A|Unit 4/18 Dunmore Street, Wentworthville NSW 2145⟧
Super fund: AustralianSuper, member no. 700412886
BSB ⟦a:BC|062-000⟧ Acc ⟦BBAN|1234 5678⟧""",
    )
    r(
        "en_AU",
        "insurance_claim",
        "Medibank extras claim for ⟦P|Mei Ling Nguyen⟧, member ⟦HPN|Medibank 4820 1173⟧, Medicare ⟦HPN|2953 51294 1⟧. Dental at Bondi Junction ⟦o:D|3 Mar 2025⟧, ⟦o:AMT|$420.00⟧, item 114. Contact ⟦PH|0412 558 903⟧, ⟦E|meiling.nguyen@bigpond.com⟧.",
    )
    r(
        "en_AU",
        "telecom_chat",
        """Customer: hey my nbn's been out since last night
Agent: Sorry to hear. Can I get your name and the service address?
Customer: ⟦P|Bradley Tuckwell⟧, ⟦A|29 Kookaburra Way, Mount Gambier SA 5290⟧
Agent: Thanks Brad. There's an outage ⟦o:TKT|INC-AU-2281943⟧ in your area, ETA ⟦o:T|4pm⟧ AEST. Your modem ⟦o:PROD|Netgear CM1000⟧ last checked in from ⟦IP|203.45.117.62⟧.""",
    )
    r(
        "en_AU",
        "payroll_query",
        "G'day, my super guarantee for the ⟦o:D|Q3⟧ quarter hasn't hit my account. I'm ⟦P|Sarah-Jane Whitmore⟧, employee 10442, TFN ⟦TAX@au.tfn|876543210⟧. Expected ⟦o:AMT|$2,185.40⟧ at ⟦o:PCT|11.5%⟧. Ph ⟦PH|(03) 9421 7780⟧.",
    )
    r(
        "en_AU",
        "travel_booking",
        "Please add a second traveller: ⟦P|Aroha Ngata⟧ (NZ passport ⟦PP|LH482197⟧, DOB ⟦DOB|22 Jan 1986⟧) to booking ⟦o:ORD|QF-7KLMZ2⟧, ⟦o:FLT|QF 121⟧ SYD–AKL ⟦o:D|14 Jun⟧. Her mobile ⟦PH|+64 21 448 902⟧.",
    )
    r(
        "en_AU",
        "call_notes",
        "Rang ⟦P|Dimitrios Papadopoulos⟧ re workers comp claim ⟦o:TKT|WC-VIC-0041182⟧. Back injury at warehouse on ⟦o:D|28/02⟧. Vic driver licence ⟦DL|048 412 337⟧. Currently staying at his daughter's in ⟦L|Geelong⟧. Treating GP: Dr ⟦P|Anjali Menon⟧. Payments to ⟦o:AMT|$1,430.60⟧/wk.",
    )
    r(
        "en_AU",
        "dev_chat",
        "xero payroll sync failing: XERO_CLIENT_SECRET=⟦S|Jk2Xw9_p4RqLmN8vT1sY6bZ3cF0hA5dE⟧ tenant ⟦o:UUID|9b1e2c44-71a0-4e9b-8d2f-3c6a1f0e77b5⟧. error ⟦o:ERR|invalid_grant⟧ at ⟦o:T|09:14:33⟧ AEDT. version ⟦o:VER|2.3.9⟧",
    )
    r(
        "en_AU",
        "hr_email",
        """Hi team,
Could you update my emergency contact to my partner ⟦P|Kiri Te Whare⟧, ⟦PH|0400 123 998⟧.
Also my postal address is now ⟦A|PO Box 1187, Alice Springs NT 0871⟧.
Cheers,
⟦P|Jarrah Williams⟧""",
    )
    r(
        "en_AU",
        "insurance_claim",
        "Home and contents claim — storm damage ⟦o:D|19 Jan 2025⟧. Insured ⟦P|Fatima Haddad⟧, ⟦A|7 Banksia Court, Toowoomba QLD 4350⟧. Photos uploaded, roofing quote ⟦o:INV|Q-2291⟧ ⟦o:AMT|$14,870⟧. Excess ⟦o:AMT|$500⟧. Pay to BSB ⟦a:BC|034-002⟧ acct ⟦BBAN|448 210 917⟧.",
    )
    r(
        "en_AU",
        "no_pii",
        "Summarise the changes in the Fair Work award from ⟦o:D|1 July 2025⟧: minimum wage up ⟦o:PCT|3.5%⟧ to ⟦o:AMT|$24.95⟧ per hour, and casual loading stays at ⟦o:PCT|25%⟧. Doc ref ⟦o:TKT|MA000004⟧.",
    )
    r(
        "en_AU",
        "onboarding_form",
        "Name: ⟦P|Huong Tran⟧ | DOB: ⟦DOB|1989-10-30⟧ | NSW Licence: ⟦DL|14 882 905⟧ | Email: ⟦E|huong.tran89@outlook.com.au⟧ | Mobile: ⟦PH~fullwidth|０４２３ ７７１ ０２８⟧ | Suburb: ⟦L|Cabramatta⟧",
    )

    # ---------------- Canada ----------------
    r(
        "en_CA",
        "onboarding_form",
        """TD1 / new hire info (Toronto office)
Legal name: ⟦P|Émilie Tremblay-Nguyen⟧
SIN: ⟦NID@ca.sin|273 184 523⟧
Date of birth: ⟦DOB|1993-04-19⟧
Address: ⟦A|1204-88 Harbour Street, Toronto, ON M5J 0B6⟧
Cell: ⟦PH|(416) 555-0173⟧
Direct deposit: transit ⟦a:BC|00452⟧ institution 004 account ⟦BBAN|5218830⟧""",
    )
    r(
        "en_CA",
        "payroll_query",
        "Hi, I'm a cross-border employee (live in ⟦L|Windsor⟧, work in Detroit). US payroll needs my SSN ⟦SSN|601-48-2271⟧ and Canadian payroll has my SIN ⟦NID@ca.sin|590-342-184⟧. Can you make sure I'm not double-taxed on the ⟦o:AMT|CAD 4,200⟧ bonus? – ⟦P|Marcus Delacroix⟧",
    )
    r(
        "en_CA",
        "insurance_claim",
        """Group benefits claim – Sun Life
Plan member: ⟦P|Harpreet Singh Gill⟧
Certificate #: ⟦HPN|SL 4471 09823⟧
OHIP: ⟦HPN|5584-486-674-YM⟧
Patient: ⟦P|Jasleen Kaur Gill⟧ (spouse), DOB ⟦DOB|June 3, 1988⟧
Service: physiotherapy ⟦o:D|2025-02-11⟧, ⟦o:AMT|$110.00⟧""",
    )
    r(
        "en_CA",
        "telecom_chat",
        """Agent: Bonjour/Hello, you've reached Bell support.
Customer: Hi, I'm ⟦P|Kwame Mensah⟧. My Fibe internet is slow, I pay for ⟦o:QTY|1.5 Gbps⟧.
Agent: Let me check… your Giga Hub is at ⟦IP|142.118.65.201⟧, firmware ⟦o:VER|1.19.5⟧. Can you confirm the 4-digit account PIN?
Customer: ⟦S|1967⟧
Agent: Thanks. Opened ticket ⟦o:TKT|BL-557120883⟧.""",
    )
    r(
        "en_CA",
        "travel_booking",
        "Family trip YVR–CUN: ⟦P|Graham Beauchamp⟧ passport ⟦PP|AB482071⟧, ⟦P|Nadia Beauchamp⟧ passport ⟦PP|GA907713⟧. ⟦o:FLT|AC 1122⟧ on ⟦o:D|Dec 20⟧, all-inclusive pkg ⟦o:ORD|VAC-884210⟧ ⟦o:AMT|$5,980 CAD⟧. Card on file ⟦CC|4005-5120-3498-7652⟧. Home ⟦A|3315 West 37th Avenue, Vancouver, BC V6N 2V7⟧.",
    )
    r(
        "en_CA",
        "call_notes",
        "Mbr ⟦P|Yusuf Abdirahman⟧ calling from ⟦L|Edmonton⟧. Wants to know why his dental claim ⟦o:TKT|DC-2025-118422⟧ was declined — cert ⟦HPN|GWL-88120443⟧. Reason code ⟦o:ERR|R-14⟧ (frequency limit). Advised appeal. Email ⟦E|yusuf.abdi@shaw.ca⟧.",
    )
    r(
        "en_CA",
        "onboarding_form",
        """US employee transferring to Calgary – I-9 and SIN application
Name: ⟦P|Brittany Kowalski⟧
SSN: ⟦SSN|288146605⟧
Ohio driver license: ⟦DL|RT448192⟧
New address: ⟦A|Suite 310, 615 Macleod Trail SE, Calgary AB T2G 4T8⟧
Personal email: ⟦E|brittkowalski@icloud.com⟧
DOB: ⟦DOB|12/09/1990⟧""",
    )
    r(
        "en_CA",
        "dev_chat",
        "Ceridian Dayforce webhook in staging: ⟦UC|https://dfhook:M4ple%21Leaf77@hooks.staging.northpay.ca/v2/events⟧ — can someone explain why it 403s? trace ⟦o:REQ|trc-77a0c1e9f3⟧, build ⟦o:SHA|e04f1c9b2a7d⟧, ⟦o:ERR|HTTP 403⟧",
    )
    r(
        "en_CA",
        "payroll_query",
        "My T4 for ⟦o:D|2024⟧ has my old address. Please correct to ⟦A|47 Rue Saint-Paul Ouest, app. 5, Montréal (Québec) H2Y 1Z1⟧. Name ⟦P|Jean-Philippe Lavoie⟧, SIN ⟦NID@ca.sin|528 146 376⟧. Thx – ⟦PH|514-555-0129 ext. 212⟧",
    )
    r(
        "en_CA",
        "insurance_claim",
        "Auto claim ⟦o:TKT|ICBC-CL-7712045⟧: insured ⟦P|Hiroshi Takahashi⟧, BC licence ⟦DL|7741208⟧, collision on Hwy 1 near Exit 44 on ⟦o:D|Jan 30⟧. Passenger ⟦P|Akiko Takahashi⟧ taken to Royal Columbian, chart ⟦MRN|RCH-00398214⟧.",
    )
    r(
        "en_CA",
        "hr_ticket",
        "Dual citizen here, HR asked for my US tax info for FBAR: ⟦P|Rebecca Stone-Okafor⟧, SSN ⟦SSN~fullwidth|１４３−３６−７７１９⟧, SIN ⟦NID@ca.sin|612305847⟧. Please store securely.",
    )
    r(
        "en_CA",
        "no_pii",
        "Could you turn this into a bullet list: CPP max contribution ⟦o:AMT|$4,034.10⟧ for ⟦o:D|2025⟧, EI rate ⟦o:PCT|1.64%⟧, basic personal amount ⟦o:AMT|$16,129⟧. Source doc version ⟦o:VER|T4127-JAN⟧.",
    )

    # ---------------- US people inside other corpora ----------------
    r(
        "en_GB",
        "payroll_query",
        "We have a US-based remote employee on UK payroll via EOR. Details: ⟦P|Tyrone Jackson⟧, SSN ⟦SSN|529-81-0347⟧, address ⟦A|2218 Magnolia Ave, Apt 4C, Charlotte, NC 28203⟧, bank routing ⟦a:BC|053000196⟧ account ⟦BBAN|4471 0982 331⟧. What W-2 obligations do we have?",
    )
    r(
        "en_IN",
        "call_notes",
        "US process – customer ⟦P|Linda Kowalczyk-Hart⟧ called re: EOB for her husband ⟦P|Gary Hart⟧, member ID ⟦HPN|XGH884120377⟧, SSN on file ⟦SSN|371-05-4482⟧, DOB ⟦DOB|02/17/1961⟧. Claim ⟦o:TKT|CLM-2025-0448813⟧ denied code ⟦o:ERR|CO-97⟧. Cust email ⟦E|lindahart61@aol.com⟧.",
    )
    r(
        "en_PH",
        "call_notes",
        "Acct verification done for ⟦P|Samantha Reyes-Whitaker⟧ — SSN ⟦SSN~spaced|664 20 1938⟧, ZIP ⟦a:PC|85016⟧, address ⟦A|4410 N 22nd St, Phoenix, AZ 85016⟧. Reset online banking pw to temp ⟦S|Tmp#55120!x⟧. Ticket ⟦o:TKT|INC0091822⟧.",
    )
    r(
        "en_PH",
        "call_notes",
        "Collections call — debtor ⟦P|Marcus T. Greene⟧, SSN ⟦SSN|504-73-2916⟧, card ⟦CC|4921 8172 3405 1162⟧, past due ⟦o:AMT|$1,284.77⟧. Promised payment ⟦o:D|03/15⟧. Alt phone ⟦PH|(702) 555-0166⟧.",
    )
    r(
        "en_NG",
        "hr_email",
        "Hello, attached W-8BEN is wrong — I'm Nigerian but my ex-employer in the US put ⟦SSN|332-58-0041⟧ as my SSN which I got while on OPT. Name ⟦P|Oluwatobi Fashola⟧, email ⟦E|tobi.fashola@outlook.com⟧.",
    )

    # ---------------- Poland ----------------
    r(
        "pl_PL",
        "onboarding_form",
        """Proszę o uporządkowanie danych nowego pracownika do kadr:
Imię i nazwisko: ⟦P|Katarzyna Wójcik-Zielińska⟧
PESEL: ⟦NID@pl.pesel|85071403516⟧
Data urodzenia: ⟦DOB|14.07.1985⟧
Adres zamieszkania: ⟦A|ul. Marszałkowska 84/92 m. 17, 00-514 Warszawa⟧
Telefon: ⟦PH|+48 601 234 877⟧
E-mail: ⟦E|k.wojcik.zielinska@wp.pl⟧
Nr rachunku: ⟦IBAN|PL61 1090 1014 0000 0712 1981 2874⟧
Data rozpoczęcia pracy: ⟦o:D|01.04.2025⟧""",
    )
    r(
        "pl_PL",
        "payroll_query",
        "Dzień dobry, w pasku za ⟦o:D|luty⟧ mam potrącone ⟦o:AMT|412,50 zł⟧ zaliczki na PIT więcej niż zwykle. Jestem ⟦P|Marek Dąbrowski⟧, PESEL ⟦NID@pl.pesel|76030312189⟧. Prowadzę też JDG, NIP ⟦TAX@pl.nip|526-025-09-95⟧ – czy to ma znaczenie? Zgłoszenie ⟦o:TKT|KADRY-3310⟧.",
    )
    r(
        "pl_PL",
        "insurance_claim",
        """Zgłoszenie szkody OC – PZU
Poszkodowany: ⟦P|Tomasz Grabowski⟧
Sprawca: ⟦P|Ewelina Krawczyk⟧, prawo jazdy nr ⟦DL|01234/15/1465⟧
Miejsce: skrzyżowanie Piotrkowskiej i Zielonej, ⟦o:D|03.03.2025⟧ ok. ⟦o:T|17:20⟧
Szacowana szkoda: ⟦o:AMT|8 900 zł⟧
Numer szkody: ⟦o:TKT|PL2025031234567⟧
Kontakt do poszkodowanego: ⟦PH|512 448 903⟧, ⟦E|t.grabowski@onet.pl⟧""",
    )
    r(
        "pl_PL",
        "telecom_chat",
        """Klient: dzień dobry, nie działa mi internet od wczoraj
Konsultant: Przepraszamy. Proszę podać imię, nazwisko i adres instalacji.
Klient: ⟦P|Zofia Lewandowska⟧, ⟦A|os. Piastowskie 12/44, 61-148 Poznań⟧
Konsultant: Dziękuję. Router ⟦o:PROD|Funbox 6⟧ ma adres ⟦IP|83.24.190.17⟧, widzę błąd ⟦o:ERR|PPPoE 691⟧. Zgłoszenie ⟦o:TKT|ORG-7781203⟧.""",
    )
    r(
        "pl_PL",
        "travel_booking",
        "Rezerwacja dla ⟦P|Jakub Nowak⟧ (paszport ⟦PP|EA4172093⟧, ur. ⟦DOB|02.12.1990⟧) i ⟦P|Aleksandra Nowak⟧ (paszport ⟦PP|EB0833516⟧, ur. ⟦DOB|17 kwietnia 2001⟧), lot ⟦o:FLT|LO 281⟧ WAW–LHR ⟦o:D|12.05⟧, numer rezerwacji ⟦o:ORD|5KQZ7R⟧. Płatność kartą ⟦CC|4514 7021 1230 6594⟧.",
    )
    r(
        "pl_PL",
        "call_notes",
        "Klientka ⟦P|Halina Szymańska⟧ dzwoniła w sprawie zasiłku chorobowego, L4 od ⟦o:D|10.02⟧ do ⟦o:D|24.02⟧. Numer karty pacjenta w szpitalu ⟦MRN|SZP/2025/004471⟧. Prosi o przelew na ⟦IBAN|PL88 1024 9000 0500 0045 3071 8822⟧. Mieszka obecnie u córki w ⟦L|Gdyni⟧.",
    )
    r(
        "pl_PL",
        "dev_chat",
        "hej, integracja z Płatnikiem się sypie. w configu: ⟦UC|ftps://kadry_sync:Wisla!2024@sftp.firma-kadry.pl⟧ i token ⟦S|ghp_8Kd2LmQx7vTn4RbZ1yWc9pFs3Hj6Ae0Uo5Ni⟧. wersja ⟦o:VER|10.01.001⟧, commit ⟦o:SHA|7b3e9a1f⟧, błąd ⟦o:ERR|KEDU-0042⟧",
    )
    r(
        "pl_PL",
        "hr_email",
        """Szanowna Pani ⟦P|Beata⟧,
w załączeniu przesyłam zmianę adresu do korespondencji:
⟦A|ul. Długa 7 lok. 3
80-827 Gdańsk⟧
Nowy numer telefonu: ⟦PH|+48 58 301 22 17⟧
Pozdrawiam,
⟦P|Piotr Kamiński⟧""",
    )
    r(
        "pl_PL",
        "onboarding_form",
        "Dane do umowy zlecenia: ⟦P|Oksana Melnyk⟧, obywatelstwo ukraińskie, PESEL ⟦NID@pl.pesel|92112508444⟧, paszport ⟦PP|FE318872⟧, adres ⟦A|ul. Lipowa 22/5, 20-020 Lublin⟧, konto ⟦IBAN|PL41191140200400003102768419⟧, e-mail ⟦E|oksana.melnyk@ukr.net⟧.",
    )
    r(
        "pl_PL",
        "insurance_claim",
        "Roszczenie z polisy podróżnej: ⟦P|Wojciech Mazur⟧, polisa ⟦HPN|TRV/PL/2025/118344⟧, leczenie w ⟦L|Barcelonie⟧ ⟦o:D|8-11 marca⟧, rachunek ⟦o:INV|FV/ES/00917⟧ na ⟦o:AMT|1 240 EUR⟧. Klient urodzony ⟦DOB|1968-12-30⟧, PESEL ⟦NID@pl.pesel|68123014566⟧.",
    )
    r(
        "pl_PL",
        "no_pii",
        "Napisz krótką informację dla pracowników: od ⟦o:D|1 lipca 2025⟧ stawka za nadgodziny wynosi ⟦o:PCT|150%⟧, a bon świąteczny to ⟦o:AMT|800 zł⟧. Regulamin w wersji ⟦o:VER|3.2⟧, numer zarządzenia ⟦o:TKT|ZAR/HR/14/2025⟧.",
    )
    r(
        "pl_PL",
        "payroll_query",
        "Mam pytanie o PIT-11 za ⟦o:D|2024⟧ – firma wpisała zły NIP ⟦TAX@pl.nip|7792352177⟧ zamiast mojego PESEL. Nazywam się ⟦P|Grzegorz Pawłowski⟧, e-mail ⟦E~zero_width|grzegorz.paw​lowski@gmail.com⟧.",
    )

    # ---------------- Sweden ----------------
    r(
        "sv_SE",
        "onboarding_form",
        """Hej! Kan du göra en tabell av det här till lönekontoret?
Namn: ⟦P|Elin Lindqvist⟧
Personnummer: ⟦NID@se.personnummer|19850612-2384⟧
Adress: ⟦A|Drottninggatan 53, 3 tr, 111 21 Stockholm⟧
Mobil: ⟦PH|070-412 88 31⟧
E-post: ⟦E|elin.lindqvist@telia.com⟧
Clearingnr ⟦a:BC|8327-9⟧ kontonr ⟦BBAN|903 412 558-3⟧
Anställningsdatum: ⟦o:D|2025-04-01⟧""",
    )
    r(
        "sv_SE",
        "payroll_query",
        "Hej, jag fick ingen semesterersättning i ⟦o:D|mars⟧, det borde vara ca ⟦o:AMT|6 840 kr⟧ (⟦o:PCT|12 %⟧). Jag heter ⟦P|Ahmed Hassan Yusuf⟧, pnr ⟦NID@se.personnummer|840229-7124⟧. Ring gärna ⟦PH|+46 73 551 20 94⟧.",
    )
    r(
        "sv_SE",
        "insurance_claim",
        """Skadeanmälan – hemförsäkring
Försäkringstagare: ⟦P|Karin Sjöberg⟧
Personnummer: ⟦NID@se.personnummer|19910317-4489⟧
Adress: ⟦A|Kungsgatan 12 lgh 1102, 411 19 Göteborg⟧
Skadedatum: ⟦o:D|2025-01-27⟧, vattenläcka i köket
Skadenummer: ⟦o:TKT|SK-4471902⟧
Utbetalning till: ⟦IBAN|SE45 5000 0000 0583 9825 7466⟧""",
    )
    r(
        "sv_SE",
        "telecom_chat",
        """Kund: hej, mitt bredband går ner varje kväll
Agent: Tråkigt att höra! Vad heter du och vilket är ditt kundnummer?
Kund: ⟦P|Mikael Öberg⟧, kundnr 4400918
Agent: Tack Mikael. Routern ⟦o:PROD|Zyxel EX5601⟧ har extern IP ⟦IP|81.230.44.119⟧. Jag ser ⟦o:QTY|22⟧ avbrott sedan ⟦o:D|måndag⟧. Ärende ⟦o:TKT|TEL-88120432⟧.""",
    )
    r(
        "sv_SE",
        "travel_booking",
        "Boka om ⟦P|Sofia Bergström⟧ och ⟦P|Nils Bergström⟧ till ⟦o:FLT|SK 1417⟧ ARN–CPH ⟦o:D|18 maj⟧ kl. ⟦o:T|07:10⟧. Pass: ⟦PP|91824537⟧ resp. ⟦PP|90377216⟧. Bokningsnr ⟦o:ORD|LKJ8QP⟧. Mobil ⟦PH|0708-22 41 90⟧.",
    )
    r(
        "sv_SE",
        "call_notes",
        "Samtal med ⟦P|Birgitta Holmgren⟧ ang. sjuklön. Hon har varit inlagd på Sahlgrenska, journalnr ⟦MRN|SU-2025-0071183⟧. Bor numera hos sonen i ⟦L|Borås⟧. Pnr ⟦NID@se.personnummer|650703-0804⟧. Återkoppling ⟦o:D|fredag⟧.",
    )
    r(
        "sv_SE",
        "dev_chat",
        "lönefilen till Skatteverket laddas inte upp. config: AGI_ENDPOINT=⟦UC|https://agi_upload:Sn0w!Falls2025@api.lonesystem.se/agi⟧ CERT_PASS=⟦S|Midsommar#8812⟧. fel ⟦o:ERR|AGI-500-17⟧, version ⟦o:VER|6.4.0⟧",
    )
    r(
        "sv_SE",
        "hr_email",
        """Hej ⟦P|Lars⟧!
Jag har flyttat, ny adress från ⟦o:D|1 juni⟧:
⟦A|Storgatan 9B
352 31 Växjö⟧
Mitt nya nummer är ⟦PH|0470-78 12 45⟧.
Mvh ⟦P|Jonas Eriksson Ali⟧""",
    )
    r(
        "sv_SE",
        "insurance_claim",
        "Sjukvårdsförsäkring: ⟦P|Fredrik Nyström⟧, försäkringsnummer ⟦HPN|SKANDIA-77120489⟧, född ⟦DOB|12 maj 1987⟧, behandlas hos fysioterapeut, faktura ⟦o:INV|F-2025-0091⟧ ⟦o:AMT|3 450 SEK⟧. Kontakt ⟦E|fredrik.nystrom87@hotmail.se⟧.",
    )
    r(
        "sv_SE",
        "no_pii",
        "Sammanfatta: friskvårdsbidraget höjs till ⟦o:AMT|5 000 kr⟧ per år från ⟦o:D|2025-01-01⟧, och tjänstepensionen är ⟦o:PCT|4,5 %⟧ upp till ⟦o:AMT|7,5 IBB⟧. Policydokument ⟦o:VER|v2025.1⟧.",
    )
    r(
        "sv_SE",
        "onboarding_form",
        "Ny konsult: ⟦P|Li Wei Andersson⟧, samordningsnummer saknas, pnr ⟦NID@se.personnummer|19780422-0304⟧, körkort ⟦DL|41188219⟧, adress ⟦A|c/o Lundgren, Sveavägen 44, 113 59 Stockholm⟧, e-post ⟦E|liwei.andersson@gmail.com⟧.",
    )

    # ---------------- Norway ----------------
    r(
        "nb_NO",
        "onboarding_form",
        """Hei, kan du sette opp dette som en tabell for lønn?
Navn: ⟦P|Ingrid Solberg Haugen⟧
Fødselsnummer: ⟦NID@no.fodselsnummer|120389 49800⟧
Adresse: ⟦A|Kong Oscars gate 62, 5017 Bergen⟧
Mobil: ⟦PH|+47 912 44 387⟧
E-post: ⟦E|ingrid.haugen@online.no⟧
Kontonummer: ⟦BBAN|1503.06.23484⟧
Startdato: ⟦o:D|01.03.2025⟧""",
    )
    r(
        "nb_NO",
        "payroll_query",
        "Hei! Skattetrekket mitt for ⟦o:D|april⟧ ble ⟦o:AMT|14 220 kr⟧, men tabelltrekket skal være ⟦o:PCT|32 %⟧. Jeg er ⟦P|Ole-Martin Bakke⟧, fnr ⟦NID@no.fodselsnummer|03077531245⟧. Ring meg på ⟦PH|48 22 91 07⟧. Sak ⟦o:TKT|LØNN-2218⟧.",
    )
    r(
        "nb_NO",
        "insurance_claim",
        """Skademelding – reise
Forsikret: ⟦P|Sigrid Nordahl⟧
Fødselsdato: ⟦DOB|09.10.1958⟧
Hendelse: mistet bagasje på ⟦o:FLT|DY 1302⟧ fra Alicante ⟦o:D|22.02.2025⟧
Krav: ⟦o:AMT|9 850 NOK⟧
Utbetaling til: ⟦IBAN|NO93 8601 1117 947⟧
Skadenummer: ⟦o:TKT|SKD-0912384⟧""",
    )
    r(
        "nb_NO",
        "telecom_chat",
        """Kunde: hei, mobilen min har ikke dekning på hytta
Agent: Beklager det! Hva er navnet og nummeret ditt?
Kunde: ⟦P|Håkon Lunde⟧, ⟦PH|+47 975 12 840⟧
Agent: Takk. Hytta ligger i ⟦L|Hemsedal⟧? Jeg ser basestasjon ⟦o:ROW|HMS-0412⟧ har feil ⟦o:ERR|BTS-ALM-33⟧. Sak ⟦o:TKT|TN-55012389⟧.""",
    )
    r(
        "nb_NO",
        "travel_booking",
        "Bestilling for ⟦P|Astrid Fjeld⟧ (pass ⟦PP|FH2210847⟧, født ⟦DOB|17.04.1965⟧) og ⟦P|Tore Fjeld⟧ (pass ⟦PP|FH2210903⟧): ⟦o:FLT|WF 154⟧ BOO–OSL ⟦o:D|3. juni⟧, ref ⟦o:ORD|WF7TQ2⟧. Betal med ⟦CC|5168 6590 0132 4458⟧.",
    )
    r(
        "nb_NO",
        "call_notes",
        "Snakket med ⟦P|Aleksander Kristiansen⟧ om sykepenger. Innlagt på St. Olavs, pasientnr ⟦MRN|STO-2025-118204⟧. Oppholder seg nå hos foreldrene i ⟦L|Steinkjer⟧. Fnr ⟦NID@no.fodselsnummer|09105803610⟧. Oppfølging ⟦o:D|mandag⟧ kl ⟦o:T|09:30⟧.",
    )
    r(
        "nb_NO",
        "dev_chat",
        "a-meldingen feiler mot Altinn. env: ALTINN_USER=lonn_sys ALTINN_PW=⟦S|Fjord!Bris2025⟧ MASKINPORTEN_KEY=⟦S|mp_k3Y7vQ9xR2tL8nW4zB6⟧ feil ⟦o:ERR|ALT-403-12⟧ requestId ⟦o:UUID|d3a9c1f2-66b0-4e71-8f45-0c2b9e7a1d34⟧",
    )
    r(
        "nb_NO",
        "hr_email",
        """Hei ⟦P|Kari⟧,
Nytt kontonummer for lønn fra ⟦o:D|mai⟧: ⟦IBAN|NO70 1206 1288 307⟧.
Ny adresse: ⟦A|Storgata 14B, 0184 Oslo⟧.
Hilsen ⟦P|Emeka Johansen⟧""",
    )
    r(
        "nb_NO",
        "insurance_claim",
        "Behandlingsforsikring: ⟦P|Nora Amundsen⟧, polisenr ⟦HPN|GJ-88120477-NO⟧, født ⟦DOB|1995-06-02⟧, bor i ⟦A|Nedre Storgate 3, 3015 Drammen⟧. Faktura fra ortoped ⟦o:INV|ORT-4412⟧ på ⟦o:AMT|12 300 kr⟧. E-post ⟦E|nora.amundsen@gmail.com⟧.",
    )
    r(
        "nb_NO",
        "no_pii",
        "Lag en kort oversikt: feriepenger er ⟦o:PCT|10,2 %⟧, utbetales i ⟦o:D|juni⟧; minstefradrag maks ⟦o:AMT|92 000 kr⟧. Versjon ⟦o:VER|1.4⟧ av personalhåndboken.",
    )
    r(
        "nb_NO",
        "onboarding_form",
        "Ny ansatt: ⟦P|Magnus Thorsen Berg⟧, fnr ⟦NID@no.fodselsnummer|24119207181⟧, førerkort ⟦DL|NO 24119207181 3⟧, adresse ⟦A|Postboks 442, 9008 Tromsø⟧, tlf ⟦PH|776 44 120⟧, e-post ⟦E|magnus.berg@uit.no⟧, kontonr ⟦BBAN|9710 05 43218⟧.",
    )

    # ---------------- extra mixed records ----------------
    r(
        "en_GB",
        "call_notes",
        """Vulnerable customer flag: ⟦P|Margaret Ann Doherty⟧ (88) – daughter ⟦P|Clare Doherty⟧ has POA. Clare's contact: ⟦PH~line_break|07822
319 004⟧, ⟦E~url_encoded|clare.doherty%40btinternet.com⟧. Mum now in a care home in ⟦L|Harrogate⟧. Switch bill to paper, account ⟦o:ROW|ACC-00917733⟧.""",
    )
    r(
        "en_IE",
        "payroll_query",
        "I was paid into my old account by mistake on ⟦o:D|25/04⟧ – ⟦o:AMT|€2,980.44⟧. Correct IBAN is ⟦IBAN~odd_separator|IE46-BOFI-9008-3327-1400-26⟧. Name ⟦P|Dervla Ní Mhaoláin⟧, staff no 20418, ph ⟦PH|085 117 4420⟧.",
    )
    r(
        "en_IN",
        "telecom_chat",
        """Customer: my broadband plan was changed without consent
Agent: May I know the registered name and installation address?
Customer: ⟦P|Syed Imran Hussain⟧, ⟦A|H.No. 8-2-293/82/A, Road No. 36, Jubilee Hills, Hyderabad 500033⟧
Agent: Thank you sir. Your plan changed from ⟦o:PROD|Fiber Basic 499⟧ to ⟦o:PROD|Fiber Value 799⟧ on ⟦o:D|1 March⟧. Refund of ⟦o:AMT|₹300⟧ will be processed, SR ⟦o:TKT|SR-9900127431⟧.""",
    )
    r(
        "en_ZA",
        "payroll_query",
        "Please pay my travel allowance to the card I use, not the account. Card ⟦CC~odd_separator|4319.4001.2876.5435⟧, name ⟦P|Ruan du Plessis⟧. My manager ⟦P|Nomvula Sithole⟧ approved it, ref ⟦o:TKT|EXP-ZA-4412⟧ for ⟦o:AMT|R3 150,00⟧.",
    )
    r(
        "en_AU",
        "call_notes",
        "Customer ⟦P|Isabella Rossi⟧ rang from ⟦L|Perth⟧ hotel, lost phone while travelling — SIM swap to new handset IMEI 356938035643809. Verified via DOB ⟦DOB|3rd of March 1979⟧ and address ⟦A|62 Hay Street, Subiaco WA 6008⟧. Gave temp portal password ⟦S|Kangaroo!Blue42⟧. Order ⟦o:ORD|TLS-SO-7712098⟧.",
    )
    r(
        "en_CA",
        "dev_chat",
        "Who committed the prod .env? It has ⟦UC|mysql://benefits_rw:Tr1llium_22!@db-prod.benefits.local:3306/claims⟧ and AWS_SECRET_ACCESS_KEY=⟦S|wJalrXUtnFEMI/K7MDENG/bPxRfiCYz3Kq8Lp2Nv⟧. Commit ⟦o:SHA|1f0e3c7b9a2d⟧ on branch release/⟦o:VER|2025.03⟧.",
    )
    r(
        "en_PH",
        "hr_ticket",
        "Hi HR, pa-update po ng emergency contact ko: ⟦P|Lorna Aquino⟧ (mother), ⟦PH~spelled|zero nine one seven, five five two, eight eight one four⟧, ⟦A|Purok 3, Brgy. Lahug, Cebu City 6000⟧. I'm ⟦P|Paolo Aquino⟧, Team Quezon. Thanks!",
    )
    r(
        "en_NG",
        "telecom_chat",
        "Please my home wifi (⟦o:PROD|Spectranet 4G MiFi⟧) password was hacked. New one is ⟦S|Naija@Home4471⟧. Admin login page ⟦UC|http://admin:Lagos2025@192.168.8.1⟧. Name ⟦P|Chiamaka Nwosu⟧, ⟦A|Flat 2, 15 Allen Avenue, Ikeja, Lagos⟧.",
    )
    r(
        "pl_PL",
        "telecom_chat",
        "Chcę przenieść numer ⟦PH|+48 698 112 403⟧ do innej sieci. Kod PUK: ⟦S|40918273⟧. Abonent ⟦P|Krzysztof Wieczorek⟧, PESEL ⟦NID@pl.pesel~spaced|881 013 005 06⟧. Zamówienie ⟦o:ORD|ZAM/2025/88412⟧.",
    )
    r(
        "sv_SE",
        "telecom_chat",
        "Hej, jag har glömt lösenordet till Mina sidor. Det gamla var ⟦S|Kanelbulle!1987⟧. Jag heter ⟦P|Anna-Karin Persson⟧ och bor på ⟦A|Västra Hamngatan 4, 411 17 Göteborg⟧. Min router visar ⟦IP|fe80::1c2b:7aff:fe91:4d02⟧.",
    )
    r(
        "nb_NO",
        "payroll_query",
        "Hei, jeg fikk ikke reiseregningen for tur til Tromsø ⟦o:D|4.–6. mars⟧, beløp ⟦o:AMT|3 412 kr⟧. Konto ⟦BBAN|3000 15 27483⟧. Hilsen ⟦P|Mariam Khalid⟧, e-post ⟦E~at_dot|mariam.khalid (at) posten (dot) no⟧.",
    )
    r(
        "en_GB",
        "travel_booking",
        "Hotel + flight for interview candidate ⟦P|Javier Hernández López⟧ – arriving ⟦o:FLT|IB 3166⟧ MAD–LHR ⟦o:D|5 June⟧ ⟦o:T|11:40⟧. Spanish DNI not needed; passport ⟦PP|PAH482107⟧. Put him at the Premier Inn Euston, conf ⟦o:ORD|PI-44812093⟧, ⟦o:AMT|£129⟧. His mobile ⟦PH|+34 612 44 90 17⟧.",
    )
    r(
        "en_IE",
        "call_notes",
        "Insured ⟦P|Tadhg Ó Murchú⟧ reports phone stolen in ⟦L|Galway⟧ city on ⟦o:D|Sat night⟧. Device ⟦o:PROD|Samsung Galaxy S24⟧, policy ⟦o:ORD|GAD-IE-008812⟧. Garda ref given. Claim excess ⟦o:AMT|€75⟧. He asked us to call his partner ⟦P|Siún Walsh⟧ on ⟦PH|089 442 1190⟧ instead.",
    )
    r(
        "en_IN",
        "onboarding_form",
        """Background verification form – ⟦o:D|13/03/2025⟧
Candidate: ⟦P|Ananya Chatterjee⟧
Aadhaar: ⟦NID@in.aadhaar|5612 0938 4715⟧
PAN: ⟦TAX@in.pan|BXVPC7261K⟧
Passport: ⟦PP|T6620418⟧
Current address: ⟦A|14/2A Lake Gardens, Kolkata 700045⟧
Previous employer HR: ⟦P|Sunil Mehra⟧, ⟦E|sunil.mehra@infovista-hr.in⟧""",
    )
    r(
        "en_CA",
        "telecom_chat",
        "Agent note: customer ⟦P|Olivia Chen-MacDonald⟧ requested port-out of ⟦PH|+1 604 555 0192⟧. Port PIN given: ⟦S|8830⟧. Account at ⟦A|PO Box 2218, Squamish BC V8B 0B7⟧. Port request ⟦o:REQ|PRT-CA-22918⟧ submitted ⟦o:T|14:05⟧ PT.",
    )
    r(
        "en_ZA",
        "insurance_claim",
        "Gap cover claim: ⟦P|Fatima Ebrahim⟧, Medical aid ⟦HPN|Bonitas 01120877⟧, hospital file ⟦MRN|CHH-0091824⟧ at Christiaan Barnard, shortfall ⟦o:AMT|R7 420⟧. She banks in the UK now, so pay into ⟦IBAN|GB89LOYD30963647219905⟧. Email ⟦E|fatima.ebrahim@gmail.com⟧.",
    )
    r(
        "en_AU",
        "payroll_query",
        "Hi, final pay for ⟦P|Connor McKenzie⟧ — he's moved to the UK. Send to ⟦IBAN|GB62 BARC 2032 5373 4192 84⟧, UK address ⟦A|Flat 9, 112 Leith Walk, Edinburgh EH6 5DT⟧. Leave payout ⟦o:QTY|38.5 hours⟧, ETP code O.",
    )
    r(
        "en_PH",
        "travel_booking",
        "Booking for crew change: Capt. ⟦P|Eduardo Magsaysay⟧ (name on ticket without rank), seaman's book SB-0448812, passport ⟦PP|P3390127A⟧, ⟦o:FLT|PR 658⟧ MNL–DXB ⟦o:D|Apr 29⟧.",
    )
    r(
        "en_NG",
        "call_notes",
        "Travel insurance: insured ⟦P|Adaeze Obi-Nwachukwu⟧ hospitalised in ⟦L|Accra⟧, Korle Bu folder no ⟦MRN|KB/25/017733⟧. Policy ⟦HPN|AXA-MNS-TRV-2025-0441⟧. Husband ⟦P|Chinedu Nwachukwu⟧ on ⟦PH|+234 802 555 0187⟧. Guarantee of payment ⟦o:AMT|USD 3,000⟧ sent, ref ⟦o:TKT|GOP-22019⟧.",
    )
    r(
        "pl_PL",
        "call_notes",
        "Rozmowa z ⟦P|Agata Jabłońska-Nowicka⟧: chce zmienić numer konta do wypłaty odszkodowania na ⟦BBAN|95 1240 1153 0000 0201 1774 3056⟧. Adres bez zmian – ⟦A|ul. Kościuszki 15/2, 30-105 Kraków⟧. Sprawa ⟦o:TKT|SZK/2025/01188⟧.",
    )
    r(
        "sv_SE",
        "payroll_query",
        "Hej! Jag är ny och undrar varför jag har ⟦o:PCT|30 %⟧ skatt. Jag heter ⟦P|Ebba Lundgren⟧, född ⟦DOB|2001-11-23⟧, och bor hos mina föräldrar i ⟦L|Uppsala⟧. Anställningsnr 55120.",
    )
    r(
        "nb_NO",
        "telecom_chat",
        "Ruteren min (⟦o:PROD|Telenor Wifi-ruter F1⟧) er tilgjengelig på ⟦UC|http://admin:Nordlys88@10.0.0.138⟧ men jeg kommer ikke på nett. WAN-IP ⟦IP|84.212.61.47⟧. Abonnent ⟦P|Eirik Vang Olsen⟧, ⟦A|Fjellveien 21, 4020 Stavanger⟧.",
    )
    r(
        "en_GB",
        "hr_ticket",
        "Recovery codes for my HR app 2FA since I'm changing phones — is it safe to keep them in the ticket? ⟦S|7fk2-9xqp⟧ ⟦S|m3vt-8rwa⟧ ⟦S|2ghe-5nzd⟧. I'm ⟦P|Yasmin Begum⟧, payroll no 88122, manager ⟦P|Stuart Henderson⟧.",
    )
    r(
        "en_CA",
        "insurance_claim",
        "Travel medical claim – ⟦P|Wanjiru Kamau⟧ fell ill in ⟦L|Orlando⟧; hospital account ⟦MRN|AH-ORL-77120934⟧. Card used for deposit ⟦CC|3764 490473 33005⟧. Policy ⟦HPN|MNT-TRV-5512089⟧. Home: ⟦A|88 Riverside Drive East, Unit 1502, Windsor ON N9A 7C3⟧.",
    )
    r(
        "en_IN",
        "dev_chat",
        "prod logs from payroll-gateway: ⟦o:D|2025-03-31⟧T⟦o:T|23:58:12⟧Z ⟦o:ERR|ERR_BANK_TIMEOUT⟧ client=⟦IP|106.51.77.204⟧ txn=⟦o:UUID|0c6f4b19-2e8a-4a71-b1d3-98f2c7a0e551⟧ amount=⟦o:AMT|INR 48,200.00⟧ retries=⟦o:QTY|3⟧ ver=⟦o:VER|4.2.1⟧",
    )
    r(
        "en_AU",
        "no_pii",
        "Write a two-line SMS telling customers the ⟦o:PROD|Everyday 5G Plan⟧ price goes from ⟦o:AMT|$65⟧ to ⟦o:AMT|$69⟧ from ⟦o:D|15 July⟧, with ⟦o:QTY|180GB⟧ data. Campaign ID ⟦o:REQ|CMP-AU-2025-07⟧.",
    )
    r(
        "en_ZA",
        "no_pii",
        "Please convert this into a table: claim types MOT, HOC, FUN; average turnaround ⟦o:QTY|6 days⟧, ⟦o:QTY|11 days⟧, ⟦o:QTY|2 days⟧; Q1 volume ⟦o:QTY|4,412⟧. Report generated ⟦o:D|2025-04-02⟧ ⟦o:T|07:00⟧ by job ⟦o:REQ|rpt-claims-q1⟧.",
    )
    r(
        "en_CA",
        "no_pii",
        "Draft an out-of-office for the payroll team: closed ⟦o:D|Monday, May 19⟧ (Victoria Day), urgent issues to ticket queue PAY-URG, next pay run ⟦o:D|May 23⟧. Mention version ⟦o:VER|7.1⟧ of the pay calendar.",
    )
    r(
        "en_GB",
        "no_pii",
        "Error when uploading the RTI FPS: ⟦o:ERR|4003 – The submission failed schema validation⟧. File ⟦o:ROW|FPS_2025_M12.xml⟧, ⟦o:QTY|1,204⟧ employees, software ⟦o:PROD|BrightPay⟧ ⟦o:VER|25.1.3⟧. What usually causes this?",
    )
    r(
        "pl_PL",
        "no_pii",
        "Przetłumacz na angielski: „Wypłata wynagrodzeń za ⟦o:D|marzec⟧ nastąpi ⟦o:D|10 kwietnia⟧. Premia kwartalna wynosi ⟦o:PCT|8%⟧. Numer listy płac ⟦o:ROW|LP/03/2025⟧.”",
    )
    r(
        "en_IE",
        "call_notes",
        "Call transcript (auto): customer ⟦P|Brendan Maguire⟧ read card for the excess payment as ⟦CC~spelled|five four five seven six two three eight nine zero one two three four five four⟧, expiry ⟦o:D|08/27⟧. Amount ⟦o:AMT|€250⟧ for claim ⟦o:TKT|CLM-IE-77812⟧. Note: redact before QA.",
    )
    r(
        "sv_SE",
        "dev_chat",
        "Backup-jobbet för HR-databasen loggar hela anslutningssträngen: ⟦UC|mongodb://hr_backup:Gran%26Tall2025@10.12.0.44:27017/personal⟧ – status ⟦o:ERR|E11000⟧ vid ⟦o:T|03:00:14⟧, jobb ⟦o:REQ|bkp-20250402-0300⟧. Kan någon rotera lösenordet?",
    )


load(r)


def main():
    rows = []
    for i, (loc, sty, src) in enumerate(R):
        text, spans = parse(src)
        rec = {
            "id": f"h14a-{i:05d}",
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
    with open("heldout14a.jsonl", "w", encoding="utf-8") as f:
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
