#!/usr/bin/env python3
"""Build heldout9b.jsonl from hand-written records with inline markup.
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
    # ---------- UK / Ireland ----------
    r(
        "en_GB",
        "ocr_scan",
        """AVIVA INSURANCE LIMITED   Pitheavlis, Perth PH2 0NH
Claim Ref: ⟦o:TKT|CLM-2024-0871123⟧          Policy No: ⟦o:ORD|PHX/66102934/01⟧
Date of loss: ⟦o:D|14/02/2024⟧   Date notified: ⟦o:D|15/02/2024⟧
Policyholder: Mr ⟦P~linebreak|Gareth Llewe-
llyn⟧   DOB ⟦DOB~ocr|O3/O9/1971⟧
Risk address: ⟦A|Flat 2, 17 Cathedral Road, Cardiff CF11 9HA⟧
Tel (day): ⟦PH|029 2066 1843⟧   Mobile ⟦PH~ocr|07700 9O0 412⟧
Description: escape of water from first floor bathroom, ceiling collapse in kitchen.
Reserve: ⟦o:AMT|£4,850.00⟧  Excess: ⟦o:AMT|£350⟧""",
    )
    r(
        "en_GB",
        "letter",
        """HM Revenue & Customs
Self Assessment
BX9 1AS

⟦P|Priya Raghunathan⟧
⟦A|34 Hollybush Lane
Harpenden
AL5 4AT⟧

Date: ⟦o:D|6 April 2024⟧
Unique Taxpayer Reference (UTR): ⟦TAX@gb.utr|88745 12396⟧
National Insurance number: ⟦NID|QQ 12 34 56 C⟧

Dear Ms ⟦P|Raghunathan⟧,
Your Self Assessment tax return for the year ending ⟦o:D|5 April 2023⟧ shows ⟦o:AMT|£2,314.60⟧ to pay. Please pay by ⟦o:D|31 July 2024⟧ quoting your payment reference ⟦o:ORD|8874512396K⟧.""",
    )
    r(
        "en_GB",
        "form_fields",
        """DVLA - V5C Registration Certificate (extract)
Registration number: WR19 KXE
Document reference number: ⟦o:ORD|50113 482 907⟧
Registered keeper: ⟦P|DOMINIKA KOWALCZYK-HART⟧
Address: ⟦A|12 ASHDOWN CLOSE, COLCHESTER, ESSEX, CO4 3QT⟧
Make: VAUXHALL  Model: ⟦o:PROD|ASTRA SRI NAV 1.4T⟧
VIN: W0LBF6EC1KG045519
Date of first registration: ⟦o:D|28 03 2019⟧
Driving licence no. (keeper): ⟦DL|KOWAL753176DM9ZT⟧""",
    )
    r(
        "en_GB",
        "witness_statement",
        """WITNESS STATEMENT
(Criminal Procedure Rules r 16.2; Criminal Justice Act 1967 s.9; Magistrates' Courts Act 1980 s.5B)
URN: ⟦o:TKT|42/JX/01987/24⟧
Statement of: ⟦P|Kwame Osei-Bonsu⟧
Age if under 18: over 18    Occupation: bus driver
This statement (consisting of 2 pages each signed by me) is true to the best of my knowledge.
On ⟦o:D|Saturday 9th March⟧ at about ⟦o:T|2315⟧ hrs I was driving the number 36 along Peckham High Street when I saw a man I now know to be ⟦P|Darren Pyle⟧ strike the shelter glass.
Home address: ⟦A|Flat 9, Kelly House, 58 Sumner Road, London SE15 6LA⟧
Tel: ⟦PH|07911 123 847⟧  DOB: ⟦DOB|11/10/1979⟧
Signed: [signature illegible]   Witnessed by PC ⟦P|A. Brennan⟧ 4421""",
    )
    r(
        "en_GB",
        "payslip",
        """PAYSLIP                                  Period: ⟦o:D|M07 October 2023⟧
Employer: Northgate Care Homes Ltd    PAYE ref: 120/NA44921
Employee: Ms ⟦P|Chiamaka Eze⟧ Emp no ⟦o:ROW|00471⟧
NI No ⟦NID|SX 74 02 91 B⟧   Tax code ⟦o:SKU|1257L⟧
Basic Pay      160.00 hrs  @ 11.44     ⟦o:AMT|1,830.40⟧
Overtime        12.00 hrs  @ 17.16     ⟦o:AMT|205.92⟧
Income Tax                              ⟦o:AMT|198.60⟧
Nat Ins                                 ⟦o:AMT|84.23⟧
NET PAY                                 ⟦o:AMT|1,753.49⟧
Paid to: sort code ⟦a:BC|40-47-84⟧  acc ⟦BBAN|71524903⟧""",
    )
    r(
        "en_GB",
        "email_paste",
        """From: ⟦E|j.mcallister@btinternet.com⟧
To: claims@directline.example
Subject: Re: your ref ⟦o:TKT|MTR/118204/GS⟧

hi, attaching photos of the damage. third party was ⟦P|Sanjay Mehta⟧, his reg was LD68 OPA and he gave me his number ⟦PH|+44 7723 561904⟧. I'm at ⟦A|3 Farm View, Kirkby Lonsdale, LA6 2JQ⟧ if the engineer wants to come out. licence number is ⟦DL|MCALL802154JA9PX⟧.
cheers
⟦P|Jim McAllister⟧""",
    )
    r(
        "en_GB",
        "medical_letter",
        """NHS Greater Glasgow and Clyde - Queen Elizabeth University Hospital
Fit note / Statement of Fitness for Work
Patient: Mr ⟦P|Euan Drummond⟧   CHI: ⟦MRN|1504851237⟧
DOB ⟦DOB|15.04.1985⟧
I assessed your case on: ⟦o:D|22/01/2024⟧
and because of: lumbar disc prolapse, you are not fit for work for ⟦o:QTY|4 weeks⟧.
Doctor: Dr ⟦P|Farah Siddiqui⟧  GMC 7049183""",
    )
    r(
        "en_GB",
        "form_fields",
        """DWP - Pension Credit application (page 3 of 18)
Your full name ⟦P|Agnieszka Nowicka⟧
Your date of birth ⟦DOB|2 7 0 6 1 9 5 6⟧
Your National Insurance number ⟦NID~odd_sep|JC-52-93-81-D⟧
Your partner's name ⟦P|Tadeusz Nowicki⟧
Your partner's NI number ⟦NID|jc498271a⟧
NHS number (if known) ⟦NID@gb.nhs|943 476 5919⟧
Telephone ⟦PH|01632 960 771⟧""",
    )
    r(
        "en_IE",
        "letter",
        """Revenue - Irish Tax and Customs
Statement of Liability ⟦o:D|2023⟧
PPS Number: ⟦NID@ie.pps|8536412I⟧
⟦P|Siobhán Ní Bhriain⟧
⟦A|Apt 14 The Maltings
Bachelors Walk
Dublin 1
D01 F6X2⟧
Total tax due ⟦o:AMT|€11,204.18⟧  Total tax paid ⟦o:AMT|€11,915.00⟧  Overpayment ⟦o:AMT|€710.82⟧
Refund will issue to IBAN ⟦IBAN|IE32 AIBK 9310 4718 2655 03⟧ within ⟦o:QTY|5 working days⟧.""",
    )
    r(
        "en_IE",
        "legal",
        """ENDURING POWER OF ATTORNEY
(Assisted Decision-Making (Capacity) Act 2015, s.59)
Donor: ⟦P|Patrick Joseph Ó Conaill⟧ of ⟦A|Ard na Gréine, Ballyvolane Road, Cork T23 X2K7⟧
Date of birth: ⟦DOB|19th November 1938⟧  PPSN ⟦NID@ie.pps|1274093KA⟧
Attorney: ⟦P|Mairéad Uí Chonaill⟧ (daughter), ⟦E|mairead.oconaill@eircom.net⟧, ⟦PH|087 412 5590⟧
Registration number: ⟦o:TKT|DSS-EPA-2023-004417⟧
Signed in the presence of ⟦P|Declan Foley⟧, Solicitor, Foley & Co., Cork.""",
    )
    r(
        "en_IE",
        "utility_bill",
        """Electric Ireland   Bill date ⟦o:D|03 Mar 2024⟧
Account number ⟦o:ORD|9 1034 7781⟧   MPRN ⟦o:SKU|10 008 431 972⟧
⟦P|Tomasz Wiśniewski⟧, ⟦A|22 Castle Park, Athlone, Co. Westmeath N37 HR63⟧
Meter no ⟦o:SKU|000061992014⟧   Day units ⟦o:QTY|1,204 kWh⟧
Amount due ⟦o:AMT|€287.41⟧   Direct Debit from ⟦IBAN|IE92 BOFI 9000 1710 0279 52⟧ on ⟦o:D|18/03/2024⟧""",
    )
    r(
        "en_GB",
        "court",
        """IN THE COUNTY COURT AT MANCHESTER
Claim No: ⟦o:TKT|K00MA412⟧
BETWEEN
⟦P|HALIMA YUSUF⟧    Claimant
- and -
⟦P|GRAHAM PETER STOKES⟧    Defendant
PARTICULARS OF CLAIM
1. The Claimant is and was at all material times the tenant of ⟦A|47 Moss Lane East, Manchester M15 5DD⟧ under an assured shorthold tenancy dated ⟦o:D|1 September 2021⟧.
2. The deposit of ⟦o:AMT|£1,150⟧ was not protected as required by s.213 Housing Act 2004.
3. The Claimant claims 3x the deposit pursuant to s.214(4).
Statement of Truth - signed ⟦P|H. Yusuf⟧ dated ⟦o:D|12/06/2024⟧""",
    )
    r(
        "en_GB",
        "chat",
        """hey did u get the tenancy docs? landlord is mr ⟦P|patel⟧ ⟦PH|07946 0 12345⟧, deposit scheme cert no ⟦o:ORD|DPS-7731-228⟧. the login for the deposit portal is my email ⟦E|rosie.h@outlook.com⟧ pw ⟦S|Tulip!Harbour91⟧ if you need to check""",
    )
    r(
        "en_GB",
        "bank_statement",
        """Nationwide Building Society   FlexAccount
MR ⟦P|O ADEYEMI⟧                Sort code ⟦a:BC|07-04-36⟧  Account ⟦BBAN|31927406⟧
Statement no. ⟦o:ROW|142⟧   ⟦o:D|01 Apr 2024⟧ to ⟦o:D|30 Apr 2024⟧
Date    Description                      Out       In       Balance
02 Apr  TFL TRAVEL CH                    ⟦o:AMT|8.10⟧                 ⟦o:AMT|1,204.55⟧
05 Apr  SALARY NHS BSA                            ⟦o:AMT|2,611.37⟧  ⟦o:AMT|3,815.92⟧
08 Apr  SO ⟦P|ADEYEMI F⟧ RENT                 ⟦o:AMT|900.00⟧              ⟦o:AMT|2,915.92⟧
11 Apr  CARD 4921 AMAZON.CO.UK           ⟦o:AMT|23.99⟧""",
    )
    r(
        "en_GB",
        "school_form",
        """St Mungo's RC Primary - Admission form 2024/25
Child's legal surname ⟦P|OKONKWO⟧   Forename(s) ⟦P|Chidera Grace⟧
Date of birth ⟦DOB|08/11/2019⟧   UPN (if known) ⟦NID@gb.upn|H801200001001⟧
Parent/carer 1: Mrs ⟦P|Ngozi Okonkwo⟧   mobile ⟦PH|07700900561⟧   email ⟦E|ngozi.okonkwo77@gmail.com⟧
Home address ⟦A|112b Stanley Road, Bootle L20 7BZ⟧
GP surgery: Strand Medical Centre   Dietary: halal""",
    )
    # ---------- US / Canada ----------
    r(
        "en_US",
        "form_fields",
        """Form W-4 (⟦o:D|2024⟧) Employee's Withholding Certificate   OMB No. 1545-0074
Step 1(a) First name and middle initial ⟦P|Marisol T.⟧   Last name ⟦P|Quintanilla⟧
(b) Social security number ⟦SSN|412-67-3390⟧
Address ⟦A|2201 W Olive Ave Apt 5C⟧
City or town, state, and ZIP code ⟦A|Burbank, CA 91506⟧
(c) [X] Single or Married filing separately
Step 3: Claim dependents ... ⟦o:AMT|$2,000⟧
Employer's name and address: Cedar Ridge Dental Group, 88 Magnolia Blvd, Burbank CA   EIN ⟦o:ORD|84-2917360⟧""",
    )
    r(
        "en_US",
        "ocr_scan",
        """STATE OF NEW YORK - DEPARTMENT OF MOTOR VEHICLES
UNIFORM TRAFFIC TICKET         Ticket No. ⟦o:TKT|AA7 418 2209⟧
Operator: ⟦P|DELACROIX, JEAN-BAPTISTE⟧
Street: ⟦A|1147 Ogden Ave Apt 3R Bronx NY 10452⟧
Client ID / Lic No. ⟦DL|219 804 617⟧  Class D   State NY
DOB ⟦DOB~ocr|O7-22-1990⟧   Sex M   Ht 5-11   Eyes BRO
Veh Plate KHT4729  Veh Type SUBN  Make TOYT
Violation: VTL 1180(d) speed in zone 55/35   Date ⟦o:D|09/14/2024⟧  Time ⟦o:T|1742⟧
Officer: Ptl. ⟦P|R. Santangelo⟧ Shield 28814""",
    )
    r(
        "en_US",
        "loan_application",
        """UNIFORM RESIDENTIAL LOAN APPLICATION  (Fannie Mae Form 1003)
Section 1a. Personal Information
Name ⟦P|Terrence Alan Whitfield⟧
Social Security Number ⟦SSN|531 28 4417⟧    Date of Birth (mm/dd/yyyy) ⟦DOB|03/30/1982⟧
Citizenship: U.S. Citizen
Current Address ⟦A|4410 Brookhaven Dr, Unit 12, Decatur, GA 30033⟧  How long at current address? 6 Years 2 Months
Cell Phone ⟦PH|(404) 555-0187⟧   Work ⟦PH|404-555-0142 ext. 318⟧
Email ⟦E|t.whitfield82@yahoo.com⟧
Loan Amount ⟦o:AMT|$318,500.00⟧   Loan Purpose Purchase   Property ⟦o:ORD|Lot 14, Parcel 18-230-04-011⟧
Co-borrower: ⟦P|Danielle R. Whitfield⟧ SSN ⟦SSN|267-41-8853⟧""",
    )
    r(
        "en_US",
        "bank_statement",
        """Chase Total Checking   Account Number: ⟦BBAN|000000483920117⟧
⟦P|LAKSHMI NARAYANAN⟧
⟦A|77 RIVERSIDE TER
EDISON NJ 08817-4102⟧
Statement period ⟦o:D|May 01, 2024⟧ through ⟦o:D|May 31, 2024⟧
Beginning Balance ⟦o:AMT|$6,412.08⟧   Deposits and Additions ⟦o:AMT|$4,980.00⟧
ZELLE PAYMENT TO ⟦P|KARTHIK S⟧ JPM99a4c7f2   ⟦o:AMT|-$150.00⟧
ACH routing ⟦a:BC|021000021⟧ for direct deposit""",
    )
    r(
        "en_US",
        "insurance_claim",
        """BLUE CROSS BLUE SHIELD OF ILLINOIS - EXPLANATION OF BENEFITS
THIS IS NOT A BILL
Member: ⟦P|Oluwaseun Adebayo⟧   Member ID: ⟦HPN|XOJ882451937⟧   Group #: ⟦o:ORD|P18422⟧
Patient: ⟦P|Tobi Adebayo⟧ (dependent)  DOB ⟦DOB|2016-08-04⟧
Claim number ⟦o:TKT|24118E00913⟧  Provider: Lurie Children's Hospital  Acct MRN ⟦MRN|4471209⟧
Date of service ⟦o:D|04/11/24⟧  Billed ⟦o:AMT|$1,284.00⟧  Allowed ⟦o:AMT|$611.19⟧  You owe ⟦o:AMT|$75.00⟧""",
    )
    r(
        "en_US",
        "court",
        """SUPERIOR COURT OF CALIFORNIA, COUNTY OF LOS ANGELES
Case No. ⟦o:TKT|23STFL04417⟧
PETITIONER: ⟦P|ANA LUCÍA BARRIENTOS⟧
RESPONDENT: ⟦P|MIGUEL ÁNGEL BARRIENTOS⟧
DECLARATION OF ⟦P|ANA LUCÍA BARRIENTOS⟧ IN SUPPORT OF REQUEST FOR DOMESTIC VIOLENCE RESTRAINING ORDER (Fam. Code §6200 et seq.)
1. I live at ⟦A|1532 S Hope St #207, Los Angeles, CA 90015⟧ with our two children, born ⟦DOB|June 3, 2015⟧ and ⟦DOB|Jan. 19, 2018⟧.
2. On ⟦o:D|October 2, 2023⟧ Respondent came to my work at ⟦o:T|6:40 p.m.⟧ ...
I declare under penalty of perjury under the laws of the State of California that the foregoing is true and correct.""",
    )
    r(
        "en_US",
        "email_paste",
        """hi Ms. ⟦P|Carter⟧ - here's everything for the SSA-827 release. my dad is ⟦P|Harold Vance Jr.⟧, SSN ⟦SSN|604192275⟧, born ⟦DOB|4/2/47⟧. his medicare number is ⟦HPN|1EG4-TE5-MK73⟧. address is ⟦A|PO Box 218, Ruidoso NM 88355⟧. you can call me (⟦P|Beth⟧) at ⟦PH|575.555.0163⟧ thanks!!""",
    )
    r(
        "en_US",
        "audit_trail",
        """DocuSign Envelope ID: ⟦o:UUID|3F2A91C4-7B10-4E2D-9A66-0D55C1E2B8F7⟧
Certificate Of Completion
Subject: Please DocuSign: Residential Lease - ⟦A|3318 N Halsted St Unit 2, Chicago IL 60657⟧
Signer Events
⟦P|Ethan Goldfarb⟧  ⟦E|egoldfarb@gmail.com⟧  Security Level: Email, Account Authentication (None)
Sent: ⟦o:D|7/29/2024⟧ ⟦o:T|9:12:04 AM⟧  Viewed: ⟦o:T|9:40:51 AM⟧  Signed: ⟦o:T|9:43:17 AM⟧
Using IP Address: ⟦IP|73.162.48.201⟧
⟦P|Rachel Nakamura-Ortiz⟧  ⟦E|rnakamura.ortiz@lakeviewprop.com⟧
Using IP Address: ⟦IP|2601:240:c480:2a10:5d1e:9f0b:41c7:e2a3⟧""",
    )
    r(
        "en_US",
        "payslip",
        """ADP  Earnings Statement        Period Ending: ⟦o:D|08/16/2024⟧   Pay Date: ⟦o:D|08/23/2024⟧
Company Code ⟦o:SKU|WX/GHK 23604711⟧  Loc/Dept 018/2250  Number ⟦o:ROW|0000381442⟧
⟦P|YESENIA MORALES⟧      Social Security Number: XXX-XX-7703
⟦A|902 CALLE CORTEZ
LAREDO TX 78043⟧
Regular  38.75  ⟦o:AMT|22.5000⟧   ⟦o:AMT|871.88⟧
Federal Income Tax  ⟦o:AMT|-58.19⟧   Social Security Tax ⟦o:AMT|-54.06⟧
Net Pay ⟦o:AMT|$711.45⟧  Checking ⟦BBAN|xxxxxx8813⟧""",
    )
    r(
        "en_US",
        "chat",
        """ok the IRS portal wants my ITIN again, its ⟦TAX@us.itin|912-70-1230⟧. account login is ⟦E|huong.tran.bk@gmail.com⟧ / ⟦S|Pho4Ever!2023⟧ and my ID.me recovery code is ⟦S|KX7Q-2M9D-PL4R-81ZT⟧. don't lose it lol""",
    )
    r(
        "en_US",
        "form_fields",
        """I-9 Employment Eligibility Verification - Section 1
Last Name ⟦P|Hosseini⟧  First Name ⟦P|Darius⟧  Middle Initial R
Address ⟦A|18 Elm St Apt 2⟧  City ⟦L|Worcester⟧  State MA  ZIP ⟦a:PC|01609⟧
Date of Birth ⟦DOB|12/01/1993⟧  U.S. Social Security Number ⟦SSN|158-72-0964⟧
Employee's E-mail ⟦E|dhosseini93@protonmail.com⟧  Telephone ⟦PH|508-555-0199⟧
[X] A lawful permanent resident  USCIS A-Number ⟦NID|A-214-567-890⟧
List A document: Foreign passport ⟦PP|T71034482⟧  Expiration ⟦o:D|11/30/2031⟧""",
    )
    r(
        "en_US",
        "sftp_note",
        """Re: closing package for loan #⟦o:ORD|7701845532⟧ - title co. uploaded the scanned deed + HUD to our drop:
⟦UC|sftp://escrow_upload:Wq8%23pL2vN@files.firstamtitle-example.com:2222/inbound/⟧
Borrower ⟦P|Kenji Watanabe⟧, property ⟦A|1205 Pine Ridge Ct, Boise ID 83702⟧. recorded as instr. no. ⟦o:ORD|2024-031877⟧.""",
    )
    r(
        "en_US",
        "credit_dispute",
        """To: Experian Dispute Dept., P.O. Box 4500, Allen, TX 75013
Re: Dispute of inaccurate information - Report no. ⟦o:ORD|3318-4470-92⟧
My name: ⟦P|Shaniqua Roberts⟧
SSN: ⟦SSN|339-50-6128⟧   DOB: ⟦DOB|September 8 1988⟧
Address: ⟦A|6027 Beacon Hill Rd, Memphis TN 38115⟧
The Capital One account ending in ⟦CC|5425 2334 3010 9903⟧ was paid in full on ⟦o:D|02/14/2022⟧ and should not show as charged off.""",
    )
    r(
        "en_CA",
        "form_fields",
        """Canada Revenue Agency - T1 General ⟦o:D|2023⟧
Identification
First name and initial ⟦P|Aanya M.⟧   Last name ⟦P|Bhattacharya⟧
Mailing address ⟦A|1805-250 Queens Quay W, Toronto ON M5J 2N2⟧
Social insurance number (SIN) ⟦NID@ca.sin|527 184 907⟧
Date of birth (YYYY/MM/DD) ⟦DOB|1989/07/14⟧
Email ⟦E|aanya.bhatt@rogers.com⟧
Line 15000 Total income ⟦o:AMT|84,226.13⟧   Line 43700 Total tax deducted ⟦o:AMT|17,904.22⟧""",
    )
    r(
        "fr_CA",
        "letter",
        """Retraite Québec
Québec (Québec)  G1K 7S9
Le ⟦o:D|12 février 2024⟧
Monsieur ⟦P|Réjean Tremblay-Côté⟧
⟦A|455, rue des Érables, app. 3
Chicoutimi (Québec)  G7H 5B2⟧
Numéro d'assurance sociale : ⟦NID@ca.sin|719 305 823⟧
Objet : Rente de retraite - décision ⟦o:TKT|RRQ-24-0058812⟧
Votre rente mensuelle sera de ⟦o:AMT|1 087,44 $⟧ à compter de ⟦o:D|mars 2024⟧.
Dépôt direct : institution ⟦a:BC|815⟧ transit ⟦a:BC|30451⟧ compte ⟦BBAN|0172394⟧""",
    )
    r(
        "en_CA",
        "chat",
        """my ontario licence # is ⟦DL|K4210-58927-30814⟧ and health card ⟦HPN|5584 486 674 YM⟧ lol the clinic form wants both. DOB ⟦DOB|14 Aug 83⟧""",
    )
    # ---------- DE / AT / CH / NL / BE / FR ----------
    r(
        "de_DE",
        "letter",
        """Finanzamt München Abteilung III · 80301 München
Herrn
Dr. ⟦P|Konstantin Bauer-Hofmeister⟧
⟦A|Nymphenburger Str. 114
80636 München⟧
Steuernummer: ⟦o:ORD|143/278/40115⟧
Steuer-Identifikationsnummer: ⟦TAX@de.idnr|65 328 910 434⟧
Bescheid für ⟦o:D|2022⟧ über Einkommensteuer und Solidaritätszuschlag
Festgesetzt werden: Einkommensteuer ⟦o:AMT|18.433,00 €⟧
Der Erstattungsbetrag von ⟦o:AMT|1.206,00 €⟧ wird auf das Konto ⟦IBAN|DE55 1001 0010 0482 9135 77⟧ überwiesen.
Rechtsbehelfsbelehrung: Einspruch innerhalb eines Monats (§ 355 AO).""",
    )
    r(
        "de_DE",
        "ocr_scan",
        """Mietvertrag über Wohnraum
zwischen ⟦P|Helga Brandt⟧ (Vermieterin), wohnhaft ⟦A~linebreak|Am Lindenhof 3, 04109 Leip-
zig⟧
und
⟦P|Yusuf Demirci⟧ und ⟦P|Elif Demirci⟧ geb. ⟦P|Kaya⟧ (Mieter)
§ 1 Mietsache: Wohnung im 2. OG links, ⟦A|Karl-Liebknecht-Straße 58, 04275 Leipzig⟧, 3 Zim-
mer, ca. ⟦o:QTY|74,5 m²⟧
§ 3 Miete: Grundmiete ⟦o:AMT|612,00 EUR⟧, Nebenkostenvorauszahlung ⟦o:AMT|185,00 EUR⟧
§ 5 Kaution: ⟦o:AMT|1.836,00 EUR⟧ (3 Monatskaltmieten gem. § 551 BGB)
Leipzig, den ⟦o:D|28.02.2024⟧     [Unterschrift] [Unterschrift]""",
    )
    r(
        "de_DE",
        "form_fields",
        """Antrag auf Kindergeld - Anlage Kind
Familienkasse Sachsen, Kindergeld-Nr. ⟦o:ORD|F 135 FK 447 182⟧
Vorname des Kindes: ⟦P|Leonie⟧   Familienname: ⟦P|Schäfer⟧
Geburtsdatum: ⟦DOB|17.09.2021⟧   Geburtsort: ⟦L|Chemnitz⟧
Steuerliche Identifikationsnummer des Kindes: ⟦TAX@de.idnr|47203951606⟧
Antragsteller/in: ⟦P|Katrin Schäfer⟧, Tel. ⟦PH|0371 / 46 82 19⟧
E-Mail: ⟦E|katrin.schaefer@web.de⟧""",
    )
    r(
        "de_DE",
        "insurance_claim",
        """HUK-COBURG Schadenmeldung Kfz-Haftpflicht
Schaden-Nr.: ⟦o:TKT|KH 24 0118 772 3⟧   Vers.-Schein-Nr.: ⟦o:ORD|880/441902-X⟧
Unfalltag: ⟦o:D|05.03.2024⟧ Uhrzeit: ⟦o:T|07:45⟧  Unfallort: Kreuzung Bahnhofstr./Ringstr., Fulda
Versicherungsnehmer: ⟦P|Matthias Kühn⟧, geb. ⟦DOB|02.12.1968⟧
Fahrer: dito, Führerschein-Nr. ⟦DL|B072RRE2I55⟧
Unfallgegner: ⟦P|Svetlana Morozova⟧, ⟦A|Heinrichstr. 21a, 36037 Fulda⟧, Tel. ⟦PH|+49 661 90 28 417⟧
Kennzeichen Gegner: FD-SM 812 Fahrzeug ⟦o:PROD|VW Golf VIII 1.5 eTSI⟧""",
    )
    r(
        "de_DE",
        "payslip",
        """Entgeltabrechnung ⟦o:D|Januar 2024⟧     Pers.-Nr. ⟦o:ROW|004417⟧
⟦P|Aleksandra Wójcik⟧
⟦A|Hauptstr. 9, 66111 Saarbrücken⟧
StKl 1  Kfb 0,0  Konf. rk  SV-Nummer ⟦NID|12 150385 W 023⟧
Krankenkasse: AOK Rheinland-Pfalz/Saarland  Vers.-Nr. ⟦HPN|W812045571⟧
Gesamt-Brutto ⟦o:AMT|3.450,00⟧  Lohnsteuer ⟦o:AMT|397,83⟧  Auszahlung ⟦o:AMT|2.318,66⟧
Überweisung an ⟦IBAN|DE91 8607 0024 0316 7789 02⟧""",
    )
    r(
        "de_AT",
        "certificate",
        """REPUBLIK ÖSTERREICH - Standesamt Graz
GEBURTSURKUNDE   Nr. ⟦o:ORD|1204/2023⟧
Familienname: ⟦P|Pichler⟧
Vorname(n): ⟦P|Valentina Maria⟧
Geschlecht: weiblich
Geburtsdatum: ⟦DOB|3. Juli 2023⟧   Geburtsort: ⟦L|Graz⟧
Mutter: ⟦P|Theresa Pichler⟧  Vater: ⟦P|Florian Gruber⟧
Graz, ⟦o:D|10.07.2023⟧   (Rundstempel) Die Standesbeamtin: Mag. ⟦P|E. Lechner⟧""",
    )
    r(
        "de_AT",
        "letter",
        """Österreichische Gesundheitskasse
Landesstelle Wien, Wienerbergstraße 15-19, 1100 Wien
Sehr geehrter Herr ⟦P|Milan Petrović⟧,
Ihre Versicherungsnummer lautet ⟦NID@at.vnr|1236 101080⟧. Ihre neue e-card wird an ⟦A|Favoritenstraße 88/2/14, 1100 Wien⟧ zugestellt.
Ihr Zeichen: ⟦o:TKT|ÖGK-W-2024/883102⟧   Tel. ⟦PH|+43 5 0766-11⟧ (Kundenservice)
Bankverbindung für Rückerstattung: ⟦IBAN|AT68 2011 1827 1509 3344⟧""",
    )
    r(
        "de_CH",
        "form_fields",
        """Steuererklärung 2023 Kanton Zürich - Personalien
Name / Vorname: ⟦P|Zürcher-Amstutz, Beat⟧
AHV-Nr.: ⟦NID@ch.ssn|756.9217.0769.85⟧
Geburtsdatum: ⟦DOB|22.06.1975⟧   Zivilstand: verheiratet
Adresse: ⟦A|Seefeldstrasse 212, 8008 Zürich⟧
Telefon: ⟦PH|044 381 27 90⟧   Mobile: ⟦PH|079 412 66 03⟧
Ehefrau: ⟦P|Amstutz, Claudia⟧, AHV ⟦NID@ch.ssn|7561234567897⟧
Steuerbares Einkommen ⟦o:AMT|CHF 142'800⟧   Gemeinde-Nr. ⟦o:SKU|261⟧
Konto Rückzahlung: ⟦IBAN|CH53 0076 2011 6238 5295 X⟧""",
    )
    r(
        "fr_CH",
        "legal",
        """PROCURATION
Je soussignée ⟦P|Nathalie Rochat⟧, née le ⟦DOB|14 mars 1962⟧, domiciliée ⟦A|Chemin des Vignes 7, 1009 Pully⟧,
donne procuration à Me ⟦P|Olivier Favre⟧, avocat à Lausanne, pour me représenter dans la cause ⟦o:TKT|PT22.014873⟧ devant le Tribunal des baux.
Fait à Lausanne, le ⟦o:D|2 mai 2024⟧.  [signature]""",
    )
    r(
        "nl_NL",
        "letter",
        """Belastingdienst
Voorlopige aanslag inkomstenbelasting 2024
Aanslagnummer ⟦o:ORD|2305.14.877.H.46⟧
⟦P|J.W. (Jan-Willem) van der Berg⟧
⟦A|Prinsengracht 263-II
1016 GV Amsterdam⟧
Burgerservicenummer ⟦NID@nl.bsn|2345.67.892⟧
Dagtekening ⟦o:D|28 december 2023⟧
U ontvangt maandelijks ⟦o:AMT|€ 214⟧ op rekening ⟦IBAN|NL09INGB0007381946⟧.""",
    )
    r(
        "nl_NL",
        "ocr_scan",
        """HUUROVEREENKOMST WOONRUIMTE (model ROZ 2017)
De ondergetekenden:
1. Stichting Woonbron hierna 'verhuurder'
2. ⟦P|Fatima el Amrani⟧, geboren ⟦DOB~ocr|3O-11-1994⟧ te ⟦L|Rotterdam⟧, BSN ⟦NID@nl.bsn|305148771⟧,
hierna 'huurder',
verklaren: het gehuurde betreft ⟦A~linebreak|Mathenesserdijk 412B, 3026 GS Rotter-
dam⟧. Ingangsdatum ⟦o:D|1-8-2024⟧. Huurprijs ⟦o:AMT|€ 879,50⟧ per maand.
Art. 7:271 BW is van toepassing.""",
    )
    r(
        "nl_BE",
        "form_fields",
        """Aanvraag rijbewijs - gemeente Gent
Rijksregisternummer: ⟦NID@be.nn|85.07.30-033.28⟧
Naam: ⟦P|De Smet⟧   Voornamen: ⟦P|Pieter-Jan⟧
Adres: ⟦A|Sint-Pietersnieuwstraat 33 bus 4, 9000 Gent⟧
GSM: ⟦PH|0478 12 34 56⟧   E-mail: ⟦E|pj.desmet@telenet.be⟧
Vorig rijbewijs nr. ⟦DL|2409817362⟧  categorie B  afgegeven ⟦o:D|12/03/2014⟧""",
    )
    r(
        "fr_BE",
        "bank_statement",
        """BNP Paribas Fortis   Extrait de compte n° ⟦o:ROW|052⟧
Titulaire : M. ⟦P|Abdelkader Benali⟧
⟦A|Rue de la Loi 155 bte 12, 1040 Etterbeek⟧
Compte : ⟦IBAN|BE68 0682 4507 1234⟧   BIC ⟦a:BC|GEBABEBB⟧
⟦o:D|15-05-2024⟧  Domiciliation ENGIE Electrabel réf ⟦o:ORD|+++090/9337/55493+++⟧  ⟦o:AMT|-127,40 EUR⟧
⟦o:D|17-05-2024⟧  Virement de ⟦P|BENALI NADIA⟧ communication loyer mai  ⟦o:AMT|+650,00 EUR⟧""",
    )
    r(
        "fr_FR",
        "letter",
        """Caisse d'Allocations Familiales de la Gironde
33085 Bordeaux Cedex
Madame ⟦P|Aurélie Lefebvre-Ndiaye⟧
⟦A|Résidence Les Acacias, Bât. C, Apt 214
12 avenue Thiers
33100 Bordeaux⟧
N° allocataire : ⟦o:ORD|4827716⟧   N° de sécurité sociale : ⟦NID@fr.nir|2 84 03 75 120 008 93⟧
Objet : Aide personnalisée au logement - droit au ⟦o:D|01/09/2024⟧
Montant mensuel : ⟦o:AMT|263,00 €⟧ versé sur le compte ⟦IBAN|FR03 3000 3021 9700 0508 9127 143⟧""",
    )
    r(
        "fr_FR",
        "court",
        """TRIBUNAL JUDICIAIRE DE LYON
RG n° ⟦o:TKT|23/04417⟧ - Minute n° ⟦o:ORD|24/318⟧
ENTRE :
Monsieur ⟦P|Thierry Garnier⟧, né le ⟦DOB|11 janvier 1970⟧ à ⟦L|Villeurbanne⟧, demeurant ⟦A|8 rue Paul Bert, 69003 Lyon⟧
représenté par Maître ⟦P|Sophie Lambert⟧, avocat au barreau de Lyon
ET :
La SA ASSURANCES DU RHÔNE, RCS Lyon ⟦o:ORD|412 336 029⟧
Vu les articles 1240 et suivants du Code civil ; condamne la défenderesse à payer ⟦o:AMT|12 500 €⟧ ...""",
    )
    r(
        "fr_FR",
        "chat",
        """coucou, pour le dossier de la mutuelle il faut ton n° de sécu ⟦NID@fr.nir|179069205012322⟧ et le n° adhérent ⟦HPN|MGN 00481527⟧. Et ton mot de passe ameli c'est toujours ⟦S|Chaton2019!⟧ ? bisous maman""",
    )
    # ---------- ES / PT / IT / PL / CZ / RO / GR / Nordics ----------
    r(
        "es_ES",
        "form_fields",
        """SOLICITUD DE EMPADRONAMIENTO - Ayuntamiento de Valencia
Primer apellido: ⟦P|GARCÍA⟧   Segundo apellido: ⟦P|ORTEGA⟧   Nombre: ⟦P|María del Carmen⟧
DNI/NIE: ⟦NID@es.dni|47382916-H⟧
Fecha de nacimiento: ⟦DOB|23/05/1991⟧   Lugar: ⟦L|Albacete⟧
Domicilio: ⟦A|C/ de Sueca, 41, 3º, pta. 7, 46006 València⟧
Teléfono: ⟦PH|+34 612 48 90 17⟧
Nº expediente ⟦o:TKT|EMP-2024/015882⟧""",
    )
    r(
        "es_ES",
        "ocr_scan",
        """NOTARÍA DE D. ⟦P|ALFONSO RUIZ DE LA PEÑA⟧ - MADRID
NÚMERO ⟦o:ORD|1.284⟧ - ESCRITURA DE COMPRAVENTA
En Madrid, a ⟦o:D|veinte de marzo de dos mil veinticuatro⟧.
COMPARECEN: De una parte, DON ⟦P|IGNACIO SALAZAR MONTES⟧, mayor de edad, casado, vecino de Madrid, con domicilio en ⟦A|calle de Serrano 88, 5º izda., 28006 Madrid⟧, con D.N.I. ⟦NID@es.dni|02958713-Q⟧.
De otra parte, DOÑA ⟦P|LIN XIAOMEI⟧, con N.I.E. ⟦NID@es.nie|Y2038475E⟧, domiciliada en ⟦A|Avda. de la Albufera 212, 28038 Madrid⟧.
Finca registral nº ⟦o:ORD|44.871⟧, referencia catastral ⟦o:SKU|9872023VH5797S0001WX⟧. Precio: ⟦o:AMT|TRESCIENTOS DIEZ MIL EUROS (310.000 €)⟧.""",
    )
    r(
        "es_ES",
        "email_paste",
        """Asunto: Siniestro ⟦o:TKT|SIN-2024-0091177⟧ - Mapfre hogar
Buenas tardes, soy ⟦P|Jordi Puig i Ferrer⟧, tomador de la póliza ⟦o:ORD|0961480122344⟧. Os adjunto la denuncia de los Mossos (atestado ⟦o:TKT|BCN-4417/24⟧). Mi móvil ⟦PH~odd_sep|6 6 5 3 2 1 0 9 8⟧ y mi correo ⟦E~at_dot|jordi.puig (arroba) gmail (punto) com⟧. Para el abono: ⟦IBAN|ES60 0049 1500 0512 3456 7892⟧.""",
    )
    r(
        "pt_PT",
        "form_fields",
        """Autoridade Tributária e Aduaneira - Declaração Modelo 3 IRS
Sujeito passivo A: NIF ⟦TAX@pt.nif|231 456 786⟧  Nome ⟦P|Rui Miguel Carvalho Antunes⟧
Sujeito passivo B: NIF ⟦TAX@pt.nif|123987652⟧  Nome ⟦P|Inês Sofia Tavares⟧
Domicílio fiscal: ⟦A|Rua de Santa Catarina 512, 2.º Esq., 4000-446 Porto⟧
Data de nascimento (A): ⟦DOB|1983-02-09⟧
IBAN para reembolso: ⟦IBAN|PT50 0002 0123 1234 5678 9015 4⟧
Senha de acesso ao Portal das Finanças: ⟦S|rm4nt0n3s#83⟧""",
    )
    r(
        "it_IT",
        "form_fields",
        """AGENZIA DELLE ENTRATE - Modello 730/2024
Codice fiscale ⟦TAX@it.codicefiscale|RSSMRA85T10A562S⟧
Cognome ⟦P|ROSSI⟧  Nome ⟦P|MARIO⟧  Data di nascita ⟦DOB|10/12/1985⟧  Comune di nascita ⟦L|SAN GIOVANNI ROTONDO⟧ (FG)
Residenza anagrafica: ⟦A|Via Giuseppe Verdi 27, 71013 San Giovanni Rotondo (FG)⟧
Telefono ⟦PH|0882 45 61 09⟧  Cellulare ⟦PH|347 118 2094⟧
Sostituto d'imposta: codice fiscale ⟦o:ORD|01234560715⟧""",
    )
    r(
        "it_IT",
        "legal",
        """VERBALE DI ACCERTAMENTO DI VIOLAZIONE - Polizia Locale di Milano
Verbale n. ⟦o:TKT|V/2024/0331872⟧ del ⟦o:D|14/06/2024⟧ ore ⟦o:T|11:02⟧
Art. 7 c. 9 e 14 C.d.S. - transito in ZTL Area C
Veicolo targa GK 418 ZT modello ⟦o:PROD|Fiat 500X 1.3 MJT⟧
Obbligato in solido: ⟦P|BIANCHI GIULIA⟧, C.F. ⟦TAX@it.codicefiscale|BNCGLI92D52F205V⟧, residente ⟦A|Corso Buenos Aires 64, 20124 Milano⟧
Importo ⟦o:AMT|€ 83,00⟧ entro ⟦o:QTY|5 giorni⟧ ridotto del ⟦o:PCT|30%⟧""",
    )
    r(
        "it_IT",
        "certificate",
        """COMUNE DI ROMA - Ufficio di Stato Civile
ESTRATTO PER RIASSUNTO DELL'ATTO DI MORTE
Atto n. ⟦o:ORD|1847⟧ Parte I Serie A anno ⟦o:D|2023⟧
Il giorno ⟦o:D|ventuno novembre duemilaventitré⟧ alle ore ⟦o:T|04:15⟧ è morto in ⟦L|Roma⟧
⟦P|FERRARI LUCA⟧ nato a ⟦L|Frascati⟧ il ⟦DOB|21/03/1977⟧, C.F. ⟦TAX@it.codicefiscale|FRRLCU77C21H501V⟧
residente in ⟦A|Via Appia Nuova 1040, 00178 Roma⟧
Rilasciato il ⟦o:D|28/11/2023⟧  L'Ufficiale dello Stato Civile [timbro tondo]""",
    )
    r(
        "pl_PL",
        "form_fields",
        """ZUS ZAS-53 / wniosek o zasiłek
Nazwisko: ⟦P|Wiśniewska-Kowal⟧   Imię: ⟦P|Joanna⟧
PESEL: ⟦NID@pl.pesel|87031405129⟧
Adres zamieszkania: ⟦A|ul. Marszałkowska 84/92 m. 117, 00-514 Warszawa⟧
Telefon: ⟦PH|+48 601 234 877⟧   E-mail: ⟦E|j.wisniewska.kowal@wp.pl⟧
Płatnik składek NIP ⟦o:ORD|527-102-31-80⟧
Numer rachunku: ⟦BBAN|91 1020 5558 1111 1463 7920 0047⟧""",
    )
    r(
        "pl_PL",
        "ocr_scan",
        """AKT NOTARIALNY  Repertorium A nr ⟦o:ORD|4417/2024⟧
Dnia ⟦o:D|dwunastego kwietnia dwa tysiące dwudziestego czwartego roku⟧ przed notariuszem ⟦P|Ewą Zielińską⟧ w Kancelarii Notarialnej w Krakowie stawili się:
1. ⟦P|Piotr Andrzej Mazur⟧, syn Jana i Marii, zam. ⟦A|ul. Długa 17/4, 31-147 Kraków⟧, legitymujący się dowodem osobistym ⟦NID~ocr|ABS 41 2O87⟧, PESEL ⟦NID@pl.pesel|92112877841⟧,
2. ⟦P|Katarzyna Mazur⟧ ...
Księga wieczysta nr ⟦o:ORD|KR1P/00218834/7⟧. Cena ⟦o:AMT|640.000 zł⟧.""",
    )
    r(
        "cs_CZ",
        "letter",
        """Česká správa sociálního zabezpečení
Rozhodnutí o přiznání starobního důchodu  Č.j. ⟦o:TKT|855 315 123 3/2024-ST⟧
Pan ⟦P|Jaroslav Novotný⟧
⟦A|Vinohradská 1511/230, 100 00 Praha 10⟧
Rodné číslo: ⟦NID@cz.rc|780412/4560⟧
Výše důchodu od ⟦o:D|1. 5. 2024⟧: ⟦o:AMT|19 848 Kč⟧ měsíčně
Výplata na účet č. ⟦BBAN|19-2000145399/0800⟧""",
    )
    r(
        "ro_RO",
        "form_fields",
        """CERERE DE ÎNSCRIERE - Clasa pregătitoare 2024-2025
Școala Gimnazială nr. 79 București
Numele și prenumele copilului: ⟦P|Popescu Andrei-Ștefan⟧
CNP copil: ⟦NID@ro.cnp|5180912420032⟧
Data nașterii: ⟦DOB|12.09.2018⟧
Părinte: ⟦P|Popescu Ioana⟧, CNP ⟦NID@ro.cnp|2981112400182⟧, tel. ⟦PH|0722 418 903⟧
Domiciliu: ⟦A|Str. Brezoianu nr. 23-25, bl. A, sc. 2, ap. 41, sector 1, București⟧""",
    )
    r(
        "el_GR",
        "letter",
        """ΕΝΙΑΙΟΣ ΦΟΡΕΑΣ ΚΟΙΝΩΝΙΚΗΣ ΑΣΦΑΛΙΣΗΣ (e-ΕΦΚΑ)
Αρ. Πρωτ.: ⟦o:TKT|Σ43/2024/118872⟧   Αθήνα, ⟦o:D|15/04/2024⟧
Προς: ⟦P|Γεώργιο Παπαδόπουλο⟧
⟦A|Οδός Πατησίων 144, 112 57 Αθήνα⟧
ΑΜΚΑ: ⟦NID@gr.amka|15048512345⟧
Θέμα: Απόφαση συνταξιοδότησης. Μηνιαίο ποσό ⟦o:AMT|€ 812,40⟧ στον λογαριασμό ⟦IBAN|GR66 0172 0250 0050 2501 2894 377⟧.""",
    )
    r(
        "sv_SE",
        "letter",
        """Försäkringskassan
Beslut om sjukpenning   Ärendenummer ⟦o:TKT|FK 2024-118-4471⟧
⟦P|Linnea Åkesson⟧
⟦A|Kungsgatan 48 lgh 1203
411 19 Göteborg⟧
Personnummer: ⟦NID@se.personnummer|19850612-2384⟧
Du får sjukpenning från ⟦o:D|2024-03-04⟧ till ⟦o:D|2024-04-14⟧ med ⟦o:AMT|1 016 kr⟧ per dag (⟦o:PCT|80 %⟧).
Utbetalning till konto ⟦BBAN|8327-9 014 856 2⟧ (Swedbank).""",
    )
    r(
        "nb_NO",
        "form_fields",
        """Skatteetaten - Skattemelding 2023
Fødselsnummer: ⟦NID@no.fodselsnummer|150384 32459⟧
Navn: ⟦P|Ingrid Haugland Solberg⟧
Adresse: ⟦A|Thorvald Meyers gate 61, 0552 Oslo⟧
Kontonummer for tilbakebetaling: ⟦BBAN|1503.01.27735⟧
Formue ⟦o:AMT|kr 1 284 300⟧  Alminnelig inntekt ⟦o:AMT|kr 712 480⟧""",
    )
    r(
        "da_DK",
        "chat",
        """hej! kan du udfylde boligstøtte-ansøgningen for mig? mit cpr er ⟦NID@dk.cpr|120488-1230⟧, adresse ⟦A|Jagtvej 102, 2. th., 2200 København N⟧, og NemID/MitID kode er ⟦S|hygge-4471-Q⟧ (slet beskeden bagefter!!). husleje ⟦o:AMT|7.450 kr⟧ / md. mvh ⟦P|Mette⟧""",
    )
    r(
        "fi_FI",
        "form_fields",
        """Kela - Asumistukihakemus
Hakija: ⟦P|Aleksi Virtanen⟧   Henkilötunnus: ⟦NID@fi.hetu|131052-308T⟧
Puoliso: ⟦P|Olga Virtanen⟧   Henkilötunnus: ⟦NID@fi.hetu|050701A328P⟧
Osoite: ⟦A|Hämeenkatu 14 B 22, 33100 Tampere⟧
Puhelin: ⟦PH|040 718 2290⟧
Tilinumero: ⟦IBAN|FI24 8000 1270 3644 21⟧
Vuokra ⟦o:AMT|845,00 €/kk⟧  Vuokrasopimus alkaen ⟦o:D|1.9.2023⟧""",
    )
    # ---------- Asia / Middle East ----------
    r(
        "ja_JP",
        "form_fields",
        """住民票の写し（世帯全員）
住所　⟦A|東京都世田谷区太子堂四丁目１８番３号　メゾン三軒茶屋２０５号⟧
世帯主　⟦P|佐藤　健一⟧
氏名　⟦P|佐藤　健一⟧　生年月日　⟦DOB|昭和５８年４月２日⟧　性別　男　続柄　世帯主
氏名　⟦P|佐藤　美咲⟧　生年月日　⟦DOB~fullwidth|１９８６年１１月２５日⟧　続柄　妻
個人番号　⟦NID@jp.in_~fullwidth|４８３９ ２０１７ ４６５６⟧
発行日　⟦o:D|令和６年３月１５日⟧　世田谷区長　⟦P|保坂展人⟧［公印］""",
    )
    r(
        "ja_JP",
        "insurance_claim",
        """保険金請求書　東京海上日動火災保険株式会社
証券番号：⟦o:ORD|1E48827103⟧　事故受付番号：⟦o:TKT|24-0417-88213⟧
被保険者氏名：⟦P|山本 翔太⟧（⟦P|ヤマモト ショウタ⟧）
生年月日：⟦DOB|1992年8月17日⟧
住所：⟦A|〒530-0001 大阪府大阪市北区梅田2-4-9 ブリーゼタワー1203⟧
電話番号：⟦PH|06-6341-8820⟧　携帯：⟦PH|090-4417-2281⟧
運転免許証番号：⟦DL|第 6204 1882 3170 号⟧
事故日時：⟦o:D|2024年4月16日⟧ ⟦o:T|18時30分⟧頃""",
    )
    r(
        "ko_KR",
        "form_fields",
        """전입신고서
성명: ⟦P|김민준⟧   주민등록번호: ⟦NID@kr.rrn|880305-1234563⟧
전화번호: ⟦PH|010-4821-7735⟧
전 주소: ⟦A|서울특별시 마포구 월드컵북로 396, 101동 1502호⟧
현 주소: ⟦A|경기도 성남시 분당구 판교역로 235, 에이치스퀘어 N동 8층⟧
세대주: ⟦P|김민준⟧   신고일: ⟦o:D|2024. 2. 14.⟧
접수번호 ⟦o:TKT|2024-0214-003318⟧""",
    )
    r(
        "ko_KR",
        "chat",
        """엄마 여권 재발급 서류 보내줘~ 여권번호 ⟦PP|M48291735⟧ 이고 주민번호는 ⟦NID@kr.rrn|950917-2345676⟧ 맞지? 카드는 ⟦CC|4532 0151 1283 0366⟧ 로 수수료 결제할게""",
    )
    r(
        "zh_CN",
        "certificate",
        """结婚证　字号：⟦o:ORD|J310115-2023-004871⟧
持证人：⟦P|王晓明⟧
登记日期：⟦o:D|2023年05月20日⟧
姓名：⟦P|王晓明⟧　性别：男　国籍：中国　出生日期：⟦DOB|1988年03月05日⟧　身份证件号：⟦NID@cn.ric|110105198803051231⟧
姓名：⟦P|陈静⟧　性别：女　国籍：中国　出生日期：⟦DOB|1992年08月17日⟧　身份证件号：⟦NID@cn.ric|440306199208174569⟧
（婚姻登记专用章）""",
    )
    r(
        "zh_CN",
        "letter",
        """租房合同（节选）
出租方（甲方）：⟦P|刘建国⟧　联系电话：⟦PH|138 1024 7765⟧
承租方（乙方）：⟦P|赵雨桐⟧　电话：⟦PH|+86 186-2177-0931⟧　邮箱：⟦E|zhaoyutong_1995@163.com⟧
房屋地址：⟦A|上海市徐汇区漕溪北路88号2号楼1704室⟧
月租金：⟦o:AMT|人民币 6,800 元⟧　押金：⟦o:AMT|13,600 元⟧　租期自⟦o:D|2024年7月1日⟧起至⟦o:D|2025年6月30日⟧止
合同编号：⟦o:ORD|XH-ZL-2024-0633⟧""",
    )
    r(
        "zh_SG",
        "form_fields",
        """Immigration & Checkpoints Authority - Application for Re-Entry Permit
Full name: ⟦P|TAN WEI LING, JOANNE⟧
NRIC/FIN: ⟦NID|S8834127D⟧
Date of birth: ⟦DOB|21-Feb-1988⟧
Passport no.: ⟦PP|K4481920B⟧   Expiry: ⟦o:D|03-Oct-2032⟧
Residential address: ⟦A|Blk 412 Bedok North Ave 2 #08-115 Singapore 460412⟧
Mobile: ⟦PH|+65 9123 4478⟧   Email: ⟦E|joanne.tanwl@singnet.com.sg⟧
Transaction ref: ⟦o:REQ|ICA-REP-20240611-88123⟧""",
    )
    r(
        "en_PH",
        "form_fields",
        """Republic of the Philippines - PAG-IBIG FUND
Housing Loan Application   Application No. ⟦o:ORD|HLA-2024-118774⟧
Name: ⟦P|DELA CRUZ, MARIA CRISTINA R.⟧
Pag-IBIG MID No.: ⟦NID|1211-4478-2093⟧   TIN: ⟦TAX|312-448-907-000⟧
SSS No.: ⟦NID|34-1872209-6⟧
Date of Birth: ⟦DOB|Dec 08, 1990⟧   Place of Birth: ⟦L|Quezon City⟧
Present address: ⟦A|Unit 7C Tower 2, Avida Towers Sucat, Dr. A. Santos Ave, Parañaque City 1700⟧
Cellphone: ⟦PH|0917 882 4410⟧
Loan amount applied: ⟦o:AMT|PHP 2,350,000.00⟧""",
    )
    r(
        "en_IN",
        "loan_application",
        """HDFC Bank - Home Loan Application Form
Applicant: ⟦P|Rohit Kumar Agarwal⟧   S/o ⟦P|Suresh Chand Agarwal⟧
PAN: ⟦TAX@in.pan|BNZPM5821K⟧
Aadhaar: ⟦NID@in.aadhaar|4918 2736 4507⟧
DOB: ⟦DOB|05-11-1986⟧
Residential Address: ⟦A|Flat No. 302, Shree Ganesh Apartments, Plot 14, Sector 21, Kharghar, Navi Mumbai - 410210⟧
Mobile: ⟦PH|+91 98201 44730⟧   Email: ⟦E|rohit.agarwal86@rediffmail.com⟧
Salary account: ⟦BBAN|50100218843371⟧  IFSC ⟦a:BC|HDFC0000412⟧
Loan amount: ⟦o:AMT|₹ 48,50,000⟧   Tenure ⟦o:QTY|240 months⟧""",
    )
    r(
        "en_IN",
        "ocr_scan",
        """GOVERNMENT OF TAMIL NADU
DEPARTMENT OF REGISTRATION - CERTIFICATE OF BIRTH
(Issued under Section 12/17 of the Registration of Births & Deaths Act, 1969)
Name : ⟦P|KAVYA S⟧          Sex : FEMALE
Date of Birth : ⟦DOB~ocr|14-O2-2O17⟧
Place of Birth : ⟦L|GOVT. HOSPITAL, TIRUNELVELI⟧
Name of Mother : ⟦P|SELVI R⟧   Name of Father : ⟦P|SARAVANAN M⟧
Address of parents at the time of birth : ⟦A|No. 18/4, Kamarajar Street,
Palayamkottai, Tirunelveli - 627002⟧
Registration No. : ⟦o:ORD|2017/0471/0882⟧   Date of Registration : ⟦o:D|20-02-2017⟧""",
    )
    r(
        "en_IN",
        "chat",
        """bhai ITR file karna hai, my income tax portal login PAN ⟦TAX@in.pan|AQWPS7723K⟧ pwd ⟦S|Sharma@1984#⟧, Form 16 attached. also Aadhaar OTP aayega on ⟦PH~odd_sep|9 8 7 1 1 2 3 4 5 6⟧ so call me before. refund ⟦o:AMT|₹14,220⟧ should come in ⟦BBAN|3847 0010 0229 51⟧ SBI""",
    )
    r(
        "ar_AE",
        "form_fields",
        """UAE Federal Authority for Identity, Citizenship, Customs & Port Security
Residence Visa Application - Employment
Full name (English): ⟦P|Mohammed Rafiq Ahmed⟧   الاسم: ⟦P|محمد رفيق أحمد⟧
Emirates ID: ⟦NID|784-1987-4417203-1⟧
Passport No: ⟦PP|AB4417820⟧ (Pakistan)  Date of birth: ⟦DOB|19/06/1987⟧
UAE address: ⟦A|Flat 1104, Al Nahda Tower 2, Al Nahda 1, Dubai⟧
Mobile: ⟦PH|+971 50 447 2183⟧
Sponsor: Al Futtaim Motors LLC, Establishment No. ⟦o:ORD|2/5/118432⟧
Salary transfer IBAN: ⟦IBAN|AE12 0260 0010 1567 3975 601⟧""",
    )
    r(
        "he_IL",
        "letter",
        """המוסד לביטוח לאומי
הודעה על זכאות לקצבת ילדים   מס' תיק ⟦o:TKT|0447-1182-33⟧
לכבוד ⟦P|יעל כהן-לוי⟧
⟦A|רחוב הרצל 45 דירה 8, תל אביב-יפו 6578102⟧
מספר זהות: ⟦NID@il.idnr|039184627⟧
הקצבה בסך ⟦o:AMT|₪ 169⟧ תשולם לחשבון ⟦IBAN|IL62 0108 0000 0009 9999 999⟧ החל מ-⟦o:D|20.05.2024⟧""",
    )
    r(
        "tr_TR",
        "form_fields",
        """T.C. İÇİŞLERİ BAKANLIĞI - Nüfus ve Vatandaşlık İşleri
Evlenme Bildirimi   Belge No: ⟦o:ORD|2024/88417⟧
Erkeğin Adı Soyadı: ⟦P|Emre Yıldırım⟧   T.C. Kimlik No: ⟦NID@tr.tckimlik|10728618418⟧   Doğum Tarihi: ⟦DOB|02.04.1993⟧
Kadının Adı Soyadı: ⟦P|Zeynep Şahin⟧   T.C. Kimlik No: ⟦NID@tr.tckimlik|34526781938⟧   Doğum Tarihi: ⟦DOB|17.10.1995⟧
Adres: ⟦A|Bağdat Cad. No:312 D:9, Caddebostan, 34728 Kadıköy/İstanbul⟧
Banka: ⟦IBAN|TR15 0001 2009 8010 0012 3456 78⟧""",
    )
    # ---------- Africa / LatAm / Oceania ----------
    r(
        "en_ZA",
        "form_fields",
        """SOUTH AFRICAN REVENUE SERVICE - Registration, Amendments and Verification (RAV01)
Surname: ⟦P|Van der Merwe⟧   First names: ⟦P|Johannes Petrus⟧
Identity number: ⟦NID@za.idnr|8804125004082⟧
Income tax reference number: ⟦TAX@za.tin|3417789025⟧
Residential address: ⟦A|14 Protea Crescent, Durbanville, Cape Town, 7550⟧
Cell: ⟦PH|082 447 1905⟧   Email: ⟦E|jp.vdmerwe@mweb.co.za⟧
Bank: FNB  Branch code ⟦a:BC|250655⟧  Account no ⟦BBAN|62841177302⟧""",
    )
    r(
        "en_ZA",
        "insurance_claim",
        """OUTsurance - Motor claim assessor report
Claim no. ⟦o:TKT|OUT-MC-4417210⟧   Assessor: ⟦P|Thandiwe Nkosi⟧
Insured: ⟦P|Sipho Dlamini⟧ (ID ⟦NID@za.idnr|7509230129085⟧)
Vehicle: ⟦o:PROD|Toyota Hilux 2.8 GD-6 Raider⟧, reg CA 418-772, VIN AHTKB3CD702991874
Incident: hail damage, ⟦o:D|2024-01-27⟧, ⟦L|Somerset West⟧
Estimate ⟦o:AMT|R 38 412,90⟧ incl. VAT ⟦o:PCT|15%⟧. Excess ⟦o:AMT|R 5 000⟧.""",
    )
    r(
        "en_NG",
        "letter",
        """FEDERAL INLAND REVENUE SERVICE
Tax Clearance Certificate   TCC No: ⟦o:ORD|TCC/LAG/2024/0088172⟧
This is to certify that ⟦P|Chukwuemeka Obi-Nwosu⟧ of ⟦A|Plot 27, Admiralty Way, Lekki Phase 1, Lagos⟧
Taxpayer Identification Number (TIN): ⟦TAX|20418837-0001⟧
NIN: ⟦NID|71488302915⟧
has paid all taxes due for the years 2021, 2022 and 2023. Total income 2023: ⟦o:AMT|₦18,400,000⟧
Phone: ⟦PH|0803 441 7720⟧   BVN ⟦NID|22184739015⟧""",
    )
    r(
        "en_NG",
        "chat",
        """Pls help me fill this bank form. Name ⟦P|Aisha Bello Abubakar⟧, account ⟦BBAN|0123984471⟧ GTBank, my ATM pin is ⟦S|4471⟧ dont share o. born ⟦DOB|25th Dec 1996⟧ in ⟦L|Kano⟧. phone ⟦PH|+2348094412230⟧""",
    )
    r(
        "en_KE",
        "form_fields",
        """KENYA REVENUE AUTHORITY - iTax PIN Certificate
Certificate Date: ⟦o:D|11/03/2024⟧
Personal Identification Number: ⟦TAX|A004412347Z⟧
Taxpayer Name: ⟦P|WANJIKU GRACE MUTHONI⟧
ID Number: ⟦NID|28841907⟧
Email Address: ⟦E|gracewanjiku.m@gmail.com⟧
Physical Address: ⟦A|House No. 14, Kindaruma Road, Kilimani, Nairobi, P.O. Box 44172-00100⟧
Mobile: ⟦PH|0722 418 330⟧   iTax password reset code: ⟦S|KRA-77Q4-XM2P⟧""",
    )
    r(
        "pt_BR",
        "form_fields",
        """PROCURAÇÃO PARTICULAR
OUTORGANTE: ⟦P|Ana Beatriz Nascimento Souza⟧, brasileira, solteira, portadora do RG ⟦NID|34.218.907-X⟧ SSP/SP e do CPF ⟦TAX@br.cpf|529.982.247-25⟧, residente à ⟦A|Rua Augusta, 1508, apto 72, Consolação, São Paulo/SP, CEP 01304-001⟧, e-mail ⟦E|anabnsouza@uol.com.br⟧
OUTORGADO: Dr. ⟦P|Felipe Moraes Lima⟧, advogado, OAB/SP ⟦o:ORD|318.442⟧
Poderes para representar a outorgante no processo nº ⟦o:TKT|1008417-22.2024.8.26.0100⟧.
São Paulo, ⟦o:D|8 de maio de 2024⟧.  (firma reconhecida - Cartório do 4º Tabelião)""",
    )
    r(
        "pt_BR",
        "bank_statement",
        """Banco do Brasil - Extrato conta corrente
Cliente: ⟦P|JOÃO CARLOS PEREIRA DOS SANTOS⟧   Agência ⟦a:BC|3318-0⟧  Conta ⟦BBAN|41772-9⟧
Período: ⟦o:D|01/04/2024⟧ a ⟦o:D|30/04/2024⟧
05/04 PIX RECEBIDO ⟦P|MARIA LUIZA S⟧            ⟦o:AMT|1.200,00 C⟧
10/04 PAGTO BOLETO CEMIG ⟦o:ORD|83660000001-8 28790138202-4⟧   ⟦o:AMT|214,37 D⟧
Chave PIX cadastrada (CPF): ⟦TAX@br.cpf|123.456.789-09⟧""",
    )
    r(
        "es_MX",
        "form_fields",
        """SAT - Constancia de Situación Fiscal
RFC: ⟦TAX@mx.rfc|GOMA850312T70⟧
CURP: ⟦NID@mx.curp|GOMA850312HDFRRL05⟧
Nombre(s): ⟦P|ALEJANDRO⟧  Primer Apellido: ⟦P|GÓMEZ⟧  Segundo Apellido: ⟦P|MARTÍNEZ⟧
Domicilio: ⟦A|Av. Insurgentes Sur 1602, Int. 804, Col. Crédito Constructor, C.P. 03940, Benito Juárez, Ciudad de México⟧
Fecha de inicio de operaciones: ⟦o:D|15 DE ENERO DE 2012⟧
idCIF: ⟦o:ORD|18040377123⟧
CLABE para devoluciones: ⟦BBAN|012180004417203391⟧""",
    )
    r(
        "es_MX",
        "email_paste",
        """Buen día Lic. ⟦P|Hernández⟧, le envío los datos para la carta poder de la compraventa del vehículo:
Vendedora: ⟦P|Lucía Verónica Herrera Vázquez⟧, CURP ⟦NID@mx.curp|HEVL920715MJCRZR06⟧, INE ⟦NID|HRVZLC92071514M700⟧
Tel ⟦PH|33 1847 2290⟧, domicilio ⟦A|Calle Morelos 417, Col. Centro, 44100 Guadalajara, Jal.⟧
Vehículo: ⟦o:PROD|Nissan Versa Advance 2020⟧, serie 3N1CN8AE4LL801772, factura ⟦o:INV|A-44172⟧
Saludos""",
    )
    r(
        "es_AR",
        "form_fields",
        """ANSES - Solicitud de Asignación Universal por Hijo
Apellido y nombre: ⟦P|FERNÁNDEZ, ROCÍO BELÉN⟧
CUIL: ⟦TAX@ar.cuit|27-33190482-7⟧
DNI: ⟦NID@ar.dni|28.374.610⟧ (hijo: ⟦P|Thiago Fernández⟧, DNI ⟦NID|55.418.902⟧, nac. ⟦DOB|11/07/2016⟧)
Domicilio: ⟦A|Av. Corrientes 3247, piso 6 dto. B, C1193AAE CABA⟧
Teléfono: ⟦PH|11 4962-8830⟧
CBU: ⟦BBAN|2850590940090418135201⟧""",
    )
    r(
        "es_CL",
        "letter",
        """Superintendencia de Pensiones - AFP Habitat
Santiago, ⟦o:D|22 de abril de 2024⟧
Señor(a) ⟦P|Camila Andrea Rojas Muñoz⟧
⟦A|Pasaje Los Aromos 2281, Villa Alemana, Región de Valparaíso⟧
RUT: ⟦NID@cl.rut|17.864.223-5⟧
Su solicitud de pensión de vejez N° ⟦o:TKT|PV-2024-0044871⟧ fue aprobada. Monto: ⟦o:AMT|$412.380⟧ mensuales.""",
    )
    r(
        "es_CO",
        "ocr_scan",
        """REPÚBLICA DE COLOMBIA - REGISTRADURÍA NACIONAL DEL ESTADO CIVIL
REGISTRO CIVIL DE NACIMIENTO  Indicativo serial ⟦o:ORD|58817204⟧
NUIP ⟦NID~ocr|1.0l8.447.29l⟧
Nombres: ⟦P|SANTIAGO ANDRÉS⟧   Apellidos: ⟦P|RESTREPO GAVIRIA⟧
Fecha de nacimiento: ⟦DOB|2009 - MAR - 04⟧   Lugar: ⟦L|MEDELLÍN (ANTIOQUIA)⟧
Madre: ⟦P|LUZ ÁNGELA GAVIRIA⟧ C.C. ⟦NID|43.118.772⟧
Padre: ⟦P|JUAN DAVID RESTREPO⟧ C.C. ⟦NID|71.664.209⟧""",
    )
    r(
        "en_AU",
        "form_fields",
        """Australian Taxation Office - Tax file number application or enquiry for individuals
Question 4 Your name: Title Ms  Family name ⟦P|Nguyen⟧  Given names ⟦P|Thi Thu Hà⟧
Question 6 Date of birth ⟦DOB|07 / 03 / 1994⟧
Question 8 Your current postal address ⟦A|PO Box 4417, Cabramatta NSW 2166⟧
Question 10 Phone ⟦PH|(02) 9728 4410⟧
Previous TFN ⟦TAX@au.tfn|459 083 127⟧
Medicare card ⟦HPN|2953 44172 1⟧ / ref 2""",
    )
    r(
        "en_AU",
        "bank_statement",
        """Commonwealth Bank - Everyday Offset
MR ⟦P|LACHLAN O'BRIEN⟧ & MRS ⟦P|PRIYANKA O'BRIEN⟧
⟦A|Unit 4/27 Beach Rd, Bondi NSW 2026⟧
BSB ⟦a:BC|062-118⟧   Account ⟦BBAN|1044 7721⟧
Date      Transaction                         Debit      Credit     Balance
03 Jun    Transfer to xx4417 CommBank app      ⟦o:AMT|2,400.00⟧               ⟦o:AMT|$48,771.22 CR⟧
07 Jun    Direct Credit 301500 ATO REFUND                 ⟦o:AMT|1,118.40⟧""",
    )
    r(
        "en_NZ",
        "letter",
        """Inland Revenue - Te Tari Taake
IRD number ⟦TAX|049-091-850⟧
⟦P|Aroha Te Whata⟧
⟦A|22 Kahikatea Drive, Frankton, Hamilton 3204⟧
Your Working for Families payments: ⟦o:AMT|$182.60⟧ per week from ⟦o:D|1 April 2024⟧.
Questions? Call 0800 227 773 and quote reference ⟦o:TKT|WFF-883012⟧.""",
    )
    # ---------- no sensitive values ----------
    r(
        "en_GB",
        "form_blank",
        """HM Courts & Tribunals Service - Form N1 Claim form (blank template, version ⟦o:VER|N1 (04.24)⟧)
Claimant(s) name(s) and address(es) including postcode: ______________________
Defendant(s) name and address(es) including postcode: ______________________
Amount claimed ⟦o:AMT|£⟧______  Court fee ______  Legal representative's costs ______
Fee table: up to ⟦o:AMT|£300⟧ - ⟦o:AMT|£35⟧; ⟦o:AMT|£300.01⟧ to ⟦o:AMT|£500⟧ - ⟦o:AMT|£50⟧; ⟦o:AMT|£500.01⟧ to ⟦o:AMT|£1,000⟧ - ⟦o:AMT|£70⟧""",
    )
    r(
        "de_DE",
        "statute",
        """§ 573c BGB Fristen der ordentlichen Kündigung
(1) Die Kündigung ist spätestens am dritten Werktag eines Kalendermonats zum Ablauf des übernächsten Monats zulässig. Die Kündigungsfrist für den Vermieter verlängert sich nach ⟦o:QTY|fünf und acht Jahren⟧ seit der Überlassung des Wohnraums um jeweils ⟦o:QTY|drei Monate⟧.
Stand: ⟦o:D|01.01.2024⟧, BGBl. I S. 42, ⟦o:ORD|BGBl. 2002 I 2909⟧""",
    )
    r(
        "en_US",
        "ocr_scan",
        """INSTRUCTIONS FOR FORM 1040-SR (⟦o:D|2023⟧)   Cat. No. ⟦o:SKU|71930F⟧
Line 1a. Total amount from Form(s) W-2, box 1 ... If you received a Form W-2 showing more than ⟦o:AMT|$2,600⟧ of household employee wages ...
Standard deduction: Single ⟦o:AMT|$13,850⟧; Married filing jointly ⟦o:AMT|$27,700⟧; Head of household ⟦o:AMT|$20,800⟧.
Page ⟦o:ROW|14⟧ of ⟦o:QTY|108⟧""",
    )
    r(
        "fr_FR",
        "letter",
        """ENEDIS - Avis de coupure programmée
Pour des travaux sur le réseau, l'alimentation électrique sera interrompue le ⟦o:D|mardi 18 juin 2024⟧ de ⟦o:T|08h30⟧ à ⟦o:T|12h00⟧.
Rues concernées : avenue Jean Jaurès (n° 2 à 48), impasse des Lilas.
Référence travaux : ⟦o:TKT|CPT-LYO-2024-06-0412⟧
Nous vous prions de nous excuser pour la gêne occasionnée.""",
    )
    r(
        "es_ES",
        "form_blank",
        """MODELO 100 - Instrucciones
Casilla 0003: Base liquidable general sometida a gravamen.
Tipo aplicable tramo 1: hasta ⟦o:AMT|12.450,00 €⟧ - ⟦o:PCT|19 %⟧; tramo 2: ⟦o:AMT|12.450,00⟧ a ⟦o:AMT|20.200,00 €⟧ - ⟦o:PCT|24 %⟧
Plazo de presentación: del ⟦o:D|3 de abril⟧ al ⟦o:D|1 de julio de 2024⟧. Orden ⟦o:ORD|HFP/1192/2023⟧.""",
    )
    r(
        "en_IN",
        "letter",
        """Circular No. ⟦o:ORD|19/2024⟧  F. No. ⟦o:TKT|225/95/2024-ITA-II⟧
Government of India, Ministry of Finance, Department of Revenue, CBDT
Subject: Extension of due date for furnishing Form 10A / 10AB under section 12A of the Income-tax Act, 1961.
The due date is extended to ⟦o:D|30.06.2024⟧. Issued on ⟦o:D|18th April 2024⟧.""",
    )
    r(
        "ja_JP",
        "form_blank",
        """【記入例】住民異動届
届出日：令和　年　月　日
手数料：⟦o:AMT|３００円⟧（住民票の写し１通につき）
受付時間：平日 ⟦o:T|8:30⟧～⟦o:T|17:15⟧　窓口番号 ⟦o:ROW|3⟧
様式番号 ⟦o:SKU|SJ-04-2023⟧""",
    )
    r(
        "nl_NL",
        "statute",
        """Artikel 7:271 BW
1. De huurovereenkomst die voor bepaalde tijd is aangegaan van ⟦o:QTY|twee jaren⟧ of korter ... eindigt door het verstrijken van die tijd.
Wijziging: Stb. ⟦o:ORD|2016, 171⟧, in werking getreden ⟦o:D|1 juli 2016⟧.""",
    )
    r(
        "en_AU",
        "utility_bill",
        """AGL Energy - tariff summary (no account details shown)
Residential Smart Saver - NSW Ausgrid
Daily supply charge ⟦o:AMT|115.50 c/day⟧  Peak ⟦o:AMT|45.32 c/kWh⟧  Off-peak ⟦o:AMT|22.11 c/kWh⟧
Pay on time discount ⟦o:PCT|3%⟧  Valid from ⟦o:D|1 July 2024⟧   Plan ID ⟦o:SKU|AGL123456MRE3⟧""",
    )
    r(
        "pl_PL",
        "statute",
        """Art. 415 Kodeksu cywilnego: Kto z winy swej wyrządził drugiemu szkodę, obowiązany jest do jej naprawienia.
Sygn. akt ⟦o:TKT|I ACa 1127/22⟧, wyrok z dnia ⟦o:D|14 marca 2023 r.⟧, zasądzono ⟦o:AMT|85 000 zł⟧ tytułem zadośćuczynienia.""",
    )
    r(
        "en_GB",
        "email_paste",
        """Subject: [Auto-reply] Land Registry application ⟦o:TKT|AN1-2024-0094471⟧ received
Thank you. Your application was received on ⟦o:D|12/05/2024⟧ at ⟦o:T|14:22⟧. Title number ⟦o:ORD|MX418772⟧. Fee paid ⟦o:AMT|£150.00⟧ (Scale 2).
Request ID ⟦o:REQ|hmlr-req-8f41c2d09a⟧. Please do not reply to this email.""",
    )
    r(
        "de_CH",
        "letter",
        """Merkblatt AHV/IV - Beiträge der Selbständigerwerbenden, Stand ⟦o:D|1. Januar 2024⟧
Beitragssatz ⟦o:PCT|10,0 %⟧ ab einem Einkommen von ⟦o:AMT|CHF 58'800⟧; Mindestbeitrag ⟦o:AMT|CHF 514⟧ pro Jahr.
Merkblatt Nr. ⟦o:SKU|2.02⟧, Auflage ⟦o:VER|2024/1⟧""",
    )
    r(
        "pt_BR",
        "ocr_scan",
        """TABELA DE EMOLUMENTOS - CARTÓRIOS DE NOTAS SP - vigência ⟦o:D|07/01/2024⟧
Procuração sem valor declarado ........ ⟦o:AMT|R$ 143,06⟧
Reconhecimento de firma por semelhança .. ⟦o:AMT|R$ 11,12⟧
Escritura com valor até ⟦o:AMT|R$ 1.000,00⟧ ...... ⟦o:AMT|R$ 254,34⟧
Lei Estadual nº ⟦o:ORD|11.331/2002⟧""",
    )
    r(
        "ko_KR",
        "letter",
        """국민건강보험공단 안내문
⟦o:D|2024년⟧ 건강보험료율: ⟦o:PCT|7.09%⟧ (직장가입자), 장기요양보험료율 ⟦o:PCT|12.95%⟧
문의: 고객센터 1577-1000 (평일 ⟦o:T|09:00⟧~⟦o:T|18:00⟧)
문서번호 ⟦o:TKT|NHIS-2024-0118⟧""",
    )
    r(
        "sv_SE",
        "form_blank",
        """Skatteverket - Flyttanmälan (SKV 7665) utgåva ⟦o:VER|15⟧
Anmälan ska göras senast ⟦o:QTY|en vecka⟧ efter flytten. Handläggningstid ca ⟦o:QTY|5-10 dagar⟧.
Blankettnummer ⟦o:SKU|SKV7665-15⟧""",
    )
    r(
        "en_KE",
        "chat",
        """the land search at Ardhi House costs ⟦o:AMT|KES 500⟧ now, and the official search result took ⟦o:QTY|3 days⟧. reference was ⟦o:TKT|LR/SRCH/2024/11874⟧ - title deed number ⟦o:ORD|NAIROBI/BLOCK 82/1147⟧, not mine, just the plot we are looking at""",
    )
    # ---------- more: secrets, portals, cards, passports, medical ----------
    r(
        "en_GB",
        "chat",
        """gov gateway user id is 4417 2210 8834 and pw ⟦S|R0sebud_Lane#22⟧ - can you do my tax return for me this year dad? UTR is ⟦TAX@gb.utr|5502918347⟧""",
    )
    r(
        "en_US",
        "email_paste",
        """From: mortgage.docs@sunrise-lending.example
To: ⟦E|carlos.ibarra1979@gmail.com⟧
Subject: Closing disclosure for loan ⟦o:ORD|SL-2024-771930⟧

Hi ⟦P|Carlos⟧, your closing documents are ready. Secure link (expires ⟦o:D|06/21/2024⟧):
⟦UC|https://cibarra:Bd7kQ2zX@docs.sunrise-lending.example/closing/SL-2024-771930⟧
Wire instructions will NEVER be changed by email.""",
    )
    r(
        "en_US",
        "insurance_claim",
        """GEICO Auto Claim ⟦o:TKT|0441772190101014-02⟧
Claimant: ⟦P|Brianna Kowalski⟧  DOB ⟦DOB|1/9/1998⟧  DL ⟦DL|K412-6604-9981⟧ (IL)
Injuries: treated at Advocate Lutheran General, MRN ⟦MRN|008847712⟧
Health insurance: Aetna, member ⟦HPN|W218844710⟧
Rental paid with card ⟦CC|4917 6123 4567 8904⟧ exp ⟦o:D|09/27⟧""",
    )
    r(
        "en_US",
        "medical_letter",
        """Mass General Brigham - Patient Gateway
Patient: ⟦P|Ravi Chandrasekhar⟧   MRN: ⟦MRN|MGH-4471-2209⟧   DOB: ⟦DOB|1961-10-30⟧
Insurance: Harvard Pilgrim  Subscriber ID ⟦HPN|HPHC00418827-01⟧
Patient Gateway activation code: ⟦S|7QKM-4XRP-22LN⟧ (valid ⟦o:QTY|30 days⟧)
Appointment: ⟦o:D|Tue Jul 9 2024⟧ ⟦o:T|10:45 AM⟧, Wang ACC, floor 4""",
    )
    r(
        "en_GB",
        "medical_letter",
        """Guy's and St Thomas' NHS Foundation Trust
Hospital No: ⟦MRN|K0447128⟧   NHS No: ⟦NID@gb.nhs|485 777 3457⟧
Mrs ⟦P|Abimbola Adeleke-Ford⟧, ⟦A|Flat 31, Brandon House, 14 Elephant Road, London SE17 1LB⟧
Dear Dr ⟦P|Hughes⟧, I reviewed this ⟦o:QTY|62⟧-year-old lady in the renal clinic on ⟦o:D|03/05/2024⟧. eGFR ⟦o:QTY|38⟧ ...""",
    )
    r(
        "de_DE",
        "insurance_claim",
        """Techniker Krankenkasse - Antrag auf Kostenerstattung
Versicherte/r: ⟦P|Jonas Weber⟧   Versichertennummer: ⟦HPN|T417728845⟧
Geb.-Datum: ⟦DOB|08.08.1990⟧
Klinik-Fallnummer: ⟦MRN|FN 2024 0081 7733⟧ (Charité)
Erstattung auf ⟦IBAN|DE89 3704 0044 0532 0130 00⟧
Online-Filiale Passwort (bitte nicht speichern!): ⟦S|Hamburg#Hafen1990⟧""",
    )
    r(
        "en_US",
        "form_fields",
        """DS-82 U.S. Passport Renewal Application
Name ⟦P|Olumide A. Fashola⟧   Date of Birth ⟦DOB|02/17/1975⟧   Place of Birth ⟦L|Houston, TX⟧
SSN ⟦SSN|521-84-7703⟧
Most recent passport book number ⟦PP|567890123⟧   Issue date ⟦o:D|03/05/2015⟧
Mailing address ⟦A|3901 Main St Apt 1408, Houston TX 77002⟧
Email ⟦E|o.fashola@outlook.com⟧  Phone ⟦PH|713-555-0128⟧
Payment: check no. ⟦o:ORD|4417⟧ for ⟦o:AMT|$130.00⟧""",
    )
    r(
        "en_GB",
        "form_fields",
        """HM Passport Office - Countersignatory declaration
Applicant: ⟦P|Niamh Gallagher⟧   Old passport no: ⟦PP|548812049⟧
Countersignatory: Rev. ⟦P|Thomas O'Rourke⟧, ⟦A|The Presbytery, 9 Church Street, Enniskillen BT74 7EJ⟧
Countersignatory's passport: ⟦PP|120447881⟧   Phone ⟦PH|028 6632 4410⟧
I have known the applicant for ⟦o:QTY|11 years⟧.""",
    )
    r(
        "fr_FR",
        "form_fields",
        """Demande de titre de séjour - Préfecture de Police
Nom : ⟦P|DIALLO⟧   Prénom : ⟦P|Mamadou Saliou⟧
Né le ⟦DOB|1er août 1992⟧ à ⟦L|Labé (Guinée)⟧
Passeport n° ⟦PP|R0447182⟧ délivré le ⟦o:D|12/01/2022⟧
Adresse : ⟦A|chez M. Barry, 18 rue de Tanger, 75019 Paris⟧
Tél : ⟦PH|06 58 44 17 29⟧   Courriel : ⟦E|msdiallo92@yahoo.fr⟧
N° étranger : ⟦NID|7504417821⟧   N° dossier ANEF ⟦o:TKT|ANEF-75-2024-118472⟧""",
    )
    r(
        "en_IN",
        "form_fields",
        """Visa Application - Embassy of Germany, New Delhi (Schengen Type C)
Surname: ⟦P|IYER⟧   First name(s): ⟦P|Meenakshi⟧
Date of birth: ⟦DOB|1995-04-27⟧   Place of birth: ⟦L|Chennai⟧
Travel document: ⟦PP|Z7718204⟧ valid until ⟦o:D|2033-01-11⟧
Applicant's home address: ⟦A|No. 7, 2nd Cross Street, Besant Nagar, Chennai 600090⟧  email ⟦E|meenakshi.iyer95@gmail.com⟧
VFS reference: ⟦o:REQ|DEDL/050624/0447/01⟧  Flight ⟦o:FLT|LH 761⟧ on ⟦o:D|14.08.2024⟧""",
    )
    r(
        "es_ES",
        "insurance_claim",
        """Informe de perito - Mutua Madrileña
Expediente ⟦o:TKT|MM-24-771045⟧  Fecha peritación ⟦o:D|02/04/2024⟧
Asegurado: ⟦P|Raúl Domínguez Beltrán⟧, carnet de conducir ⟦DL|71849205B⟧
Vehículo ⟦o:PROD|SEAT León 1.5 TSI FR⟧ matrícula 4471 KXZ
Taller: Talleres Hnos. Gil, C/ Industria 14, Getafe
Valoración daños ⟦o:AMT|2.847,30 €⟧ + IVA ⟦o:PCT|21%⟧""",
    )
    r(
        "en_US",
        "chat",
        """hey can u pay the DMV renewal for me, my card is ⟦CC|3782 822463 10005⟧ exp ⟦o:D|11/26⟧ cvv ⟦S|4417⟧. license # ⟦DL|D4471-82209-61034⟧ (wisconsin). thx!!""",
    )
    r(
        "en_GB",
        "chat",
        """council tax direct debit bounced so i paid by card over the phone - ⟦CC|5353 1000 3344 5560⟧. ref on the bill ⟦o:ORD|CT 40 447 182 3⟧, band C, ⟦o:AMT|£1,712.44⟧ for the year""",
    )
    r(
        "de_DE",
        "email_paste",
        """Sehr geehrte Damen und Herren,
anbei die Kreditkartenabrechnung zur Schadensmeldung ⟦o:TKT|ARAG-RS-2024-44718⟧. Die Stornogebühr für den Flug ⟦o:FLT|LH 2046⟧ wurde mit der Karte ⟦CC|4111 1111 2345 6785⟧ bezahlt.
Mit freundlichen Grüßen
⟦P|Birgit Oberländer⟧
⟦A|Schillerstr. 4, 79102 Freiburg im Breisgau⟧""",
    )
    r(
        "ja_JP",
        "chat",
        """家賃の引き落とし口座を変更しました。みずほ銀行 渋谷支店 普通 ⟦BBAN|1447182⟧ 名義 ⟦P|ナカムラ アヤカ⟧ です。クレカは ⟦CC|3566 0020 2036 0505⟧ で登録お願いします。""",
    )
    r(
        "en_US",
        "form_fields",
        """Chapter 7 Bankruptcy - Official Form 101 Voluntary Petition
1. Your full name ⟦P|Dwayne Terrell Jackson⟧
3. Last 4 digits of SSN: xxx-xx-1196; full SSN on Form 121: ⟦SSN|470 23 1196⟧
5. Where you live ⟦A|2214 Gravois Ave, St. Louis, MO 63104⟧
Case number (if known) ⟦o:TKT|24-41772-KAS⟧
Contact phone ⟦PH|314-555-0147⟧   Email ⟦E|dwayne.t.jackson@att.net⟧
Debit card ending 4401; Visa ⟦CC|4532 0151 1283 0366⟧ listed on Schedule E/F, balance ⟦o:AMT|$7,412.19⟧""",
    )
    # ---------- scans, portals, audit logs ----------
    r(
        "en_GB",
        "it_note",
        """Scanner in the conveyancing team keeps failing to send completion statements. Config on the Ricoh (model ⟦o:PROD|IM C3000⟧, firmware ⟦o:VER|1.12⟧):
scan-to-folder: ⟦UC|smb://scanuser:Conv3y!2024@192.168.10.40/scans/completions⟧
error ⟦o:ERR|SC-899⟧ since ⟦o:D|Monday⟧. File for Mr and Mrs ⟦P|Hussain⟧ completion ⟦o:ORD|CONV/2024/0417⟧ is stuck.""",
    )
    r(
        "en_US",
        "audit_trail",
        """Court e-filing receipt - Cook County Clerk (Odyssey eFileIL)
Envelope ⟦o:ORD|27440118⟧  Case ⟦o:TKT|2024L004417⟧  Filed ⟦o:D|06/03/2024⟧ ⟦o:T|4:58 PM⟧
Filer: Atty. ⟦P|Marcus Lindqvist⟧ (ARDC 6304417)  ⟦E|mlindqvist@lindqvistlaw.com⟧
Submitted from ⟦IP|98.227.14.163⟧ / session ⟦o:REQ|ef-sess-0c44a7d1⟧
Fee ⟦o:AMT|$337.00⟧ paid by card ending 0011""",
    )
    r(
        "en_US",
        "it_note",
        """title plant export job - creds for the county recorder's FTP are in the env file, don't paste them in chat again:
⟦UC|ftp://recorder_sync:Tr33s&Deeds@ftp.county-recorder.example/images/2024/⟧
also the e-recording API key ⟦S|erx_live_9fQ2kLmT7vA0wX4zR8pN3cB6⟧ got rotated ⟦o:D|2024-05-02⟧""",
    )
    r(
        "en_GB",
        "email_paste",
        """From: noreply@landlordportal.example
Your tenancy portal account has been created.
Username: ⟦E|tomasz.brzezinski@gmail.com⟧
Temporary password: ⟦S|Kx9#vT2q⟧ (you will be asked to change it)
Property: ⟦A|Flat 6, 41 Gloucester Road, Bristol BS7 8AE⟧
Tenancy ref ⟦o:ORD|TEN-BRS-004471⟧  Start ⟦o:D|01/09/2024⟧""",
    )
    r(
        "de_DE",
        "audit_trail",
        """ELSTER Übermittlungsprotokoll
Transferticket: ⟦o:TKT|et4k7m2p9q1⟧   Datum: ⟦o:D|31.07.2024⟧ ⟦o:T|22:14:07⟧
Steuerpflichtiger: ⟦P|Mehmet Aydın⟧, IdNr ⟦TAX@de.idnr|28194603252⟧
IP-Adresse des Übermittlers: ⟦IP|91.64.183.22⟧
Zertifikat-PIN (nicht weitergeben!): ⟦S|492817⟧
Software: ⟦o:PROD|WISO Steuer 2024⟧ ⟦o:VER|31.05.4120⟧""",
    )
    r(
        "en_AU",
        "audit_trail",
        """myGov sign-in history - for Centrelink review ⟦o:TKT|CLK-REV-7714202⟧
⟦o:D|14/05/2024⟧ ⟦o:T|07:02⟧ Sign in successful, location Sydney, IP ⟦IP|203.219.44.117⟧
⟦o:D|14/05/2024⟧ ⟦o:T|07:05⟧ Linked service: Medicare
⟦o:D|16/05/2024⟧ ⟦o:T|23:41⟧ Sign in failed, IP ⟦IP|45.133.172.9⟧
Account holder: ⟦P|Callum Fitzgerald⟧, CRN ⟦NID|208 447 182K⟧""",
    )
    r(
        "en_IN",
        "audit_trail",
        """Income Tax e-Filing Acknowledgement - ITR-1 SAHAJ
Acknowledgement Number: ⟦o:ORD|447182090150724⟧  Date of filing: ⟦o:D|15-Jul-2024⟧
Name: ⟦P|POOJA VENKATARAMAN⟧   PAN: ⟦TAX@in.pan|ABCPK1234A⟧
Filed from IP address ⟦IP|2401:4900:1c3a:8d2f::1a⟧
E-verified using Aadhaar OTP on ⟦o:D|15-Jul-2024⟧""",
    )
    r(
        "en_US",
        "chat",
        """for the escrow wire, the title co's portal is ⟦UC~url_encoded|https://buyer4417:Maple%40Grove22@portal.titleco.example/wire⟧ - yeah they literally emailed it like that. our closing is ⟦o:D|Friday⟧, amount ⟦o:AMT|$64,210.55⟧""",
    )
    r(
        "fr_FR",
        "email_paste",
        """Objet : Accès espace client - déclaration de sinistre ⟦o:TKT|MAIF-24-0447182⟧
Bonjour Mme ⟦P|Marchand⟧,
Identifiant : ⟦o:ORD|4471820A⟧
Mot de passe provisoire : ⟦S|Sinistre*Juin24⟧
Merci d'envoyer les photos à ⟦E~at_dot|claire.marchand [at] orange [dot] fr⟧ ou de les téléverser.""",
    )
    r(
        "en_US",
        "medical_letter",
        """Kaiser Permanente - Records release (HIPAA authorization)
Member name ⟦P|Gabriela Ruiz-Tanaka⟧   MRN ⟦MRN|11004471829⟧
Health plan ID ⟦HPN|KP-NCA-0044718-22⟧   DOB ⟦DOB|Nov 2, 1969⟧
Release to: Hollis & Brandt LLP, attn. ⟦P|Jeremy Hollis⟧, ⟦E|jhollis@hollisbrandt.com⟧, fax 415-555-0171
Purpose: personal injury claim ⟦o:TKT|PI-2024-0417⟧. Records from ⟦o:D|01/01/2022⟧ to present.""",
    )
    # ---------- assorted ----------
    r(
        "en_US",
        "voicemail_transcript",
        """Transcribed voicemail (claims line, ⟦o:D|03/12/2024⟧ ⟦o:T|16:07⟧): hi this is ⟦P|Doreen Maltby⟧ calling about claim ⟦o:TKT|HO-2024-118-447⟧, my number is ⟦PH~spelled|five five five, two one two, zero one four four⟧, my date of birth is ⟦DOB~spelled|june the fourth nineteen fifty two⟧ and my social is ⟦SSN~spelled|three eight five zero nine seven seven one two⟧, please call me back before five""",
    )
    r(
        "en_GB",
        "ocr_scan",
        """STATUTORY DECLARATION (Statutory Declarations Act 1835)
I, ⟦P|Rukhsana Begum Chowdhury⟧ of ⟦A~linebreak|27 Whitechapel Road, Lon-
don E1 1DU⟧ do solemnly and sincerely declare that I was born on ⟦DOB~ocr|l4th Ju1y 1984⟧ in ⟦L|Sylhet, Bangladesh⟧ and that my name was changed by deed poll dated ⟦o:D|2 March 2009⟧ from ⟦P|Rukhsana Begum⟧.
Declared at ⟦L|Stratford⟧ this ⟦o:D|18th day of April 2024⟧ before me ⟦P|Alan Kirkpatrick⟧, Commissioner for Oaths. [embossed seal]""",
    )
    r(
        "es_ES",
        "chat",
        """oye te paso lo de la renta: usuario Cl@ve ⟦NID@es.dni|71849205B⟧ y la contraseña ⟦S|Sevilla.2024!⟧. El PIN de la app me llegó: ⟦S|QX4 7M2⟧. Ojo que caduca en ⟦o:QTY|10 minutos⟧""",
    )
    r(
        "it_IT",
        "email_paste",
        """Gentile Sig.ra ⟦P|Esposito⟧,
per completare la pratica di mutuo n. ⟦o:ORD|MUT-2024-044718⟧ ci servono:
- busta paga di ⟦o:D|aprile 2024⟧
- documento d'identità (C.I. ⟦NID|CA44718ZX⟧)
Il suo codice di accesso all'area riservata è ⟦S|734 921⟧. Cordiali saluti, ⟦P|Davide Conti⟧, Banca Sella filiale di Biella Centro""",
    )
    r(
        "nl_NL",
        "chat",
        """ff mijn DigiD gegevens voor de huurtoeslag aanvraag: gebruikersnaam mvisser_1978 ww ⟦S|Tulpen!Veld78⟧. BSN staat op mijn paspoort ⟦PP|NXR4417K2⟧. adres ⟦A|Oudegracht 144bis, 3511 AZ Utrecht⟧""",
    )
    r(
        "de_AT",
        "chat",
        """Servus, für die Wohnbeihilfe brauch ich noch deine SVNr ⟦NID@at.vnr|4823 030575⟧ und den Meldezettel-Adresse ⟦A|Linzer Gasse 22/5, 5020 Salzburg⟧. Handysignatur-Code war ⟦S|88-41-77⟧ glaub ich. lg ⟦P|Verena⟧""",
    )
    r(
        "en_CA",
        "form_fields",
        """BC Services Card / MSP enrolment
Surname ⟦P|Singh Dhillon⟧  Given names ⟦P|Harpreet Kaur⟧
Personal Health Number ⟦HPN@ca.bc_phn|9698 658 215⟧
Date of birth ⟦DOB|1978-JAN-24⟧
Residential address ⟦A|8841 128 St, Surrey BC V3W 4E5⟧
Phone ⟦PH|604-555-0192⟧""",
    )
    r(
        "pt_PT",
        "letter",
        """Segurança Social - Instituto da Segurança Social, I.P.
Exmo. Sr. ⟦P|Vasco Nuno Figueiredo⟧
⟦A|Av. da Liberdade 190, 3.º Dto, 1250-147 Lisboa⟧
NISS: ⟦NID|12044718291⟧   Cartão de Cidadão: ⟦NID|14471829 4 ZY8⟧
Assunto: Subsídio de desemprego - deferimento. Valor diário ⟦o:AMT|€ 28,43⟧ a partir de ⟦o:D|02-05-2024⟧.""",
    )
    r(
        "en_GB",
        "email_paste",
        """hi, re the probate application ⟦o:TKT|PA1P-2024-447182⟧ for my late father ⟦P|Desmond Arthur Kemp⟧ (d. ⟦o:D|11 January 2024⟧, born ⟦DOB|3 Aug 1940⟧), his last address was ⟦A|Rose Cottage, Mill Lane, Little Snoring, Fakenham NR21 0HY⟧. my email is ⟦E~zero_width|k\u200bemp.sarah@hotmail.co.uk⟧ and mobile ⟦PH|07700 900 384⟧. thanks, ⟦P|Sarah Kemp⟧""",
    )
    r(
        "en_US",
        "chat",
        """mom's medicaid renewal: her case # is ⟦o:TKT|MA-44718209⟧, medicaid id ⟦HPN|447182093M⟧, SSN ⟦SSN|219-66-3041⟧. she's at ⟦A|Sunrise Assisted Living, 1200 Oak Grove Rd, Room 14B, Concord CA 94518⟧ now""",
    )
    r(
        "he_IL",
        "form_fields",
        """טופס 101 - כרטיס עובד לשנת המס ⟦o:D|2024⟧
שם פרטי: ⟦P|אבי⟧  שם משפחה: ⟦P|מזרחי⟧
מספר זהות: ⟦NID@il.idnr|312548761⟧
תאריך לידה: ⟦DOB|12/09/1985⟧
כתובת: ⟦A|שדרות רוטשילד 22, תל אביב⟧
טלפון נייד: ⟦PH|052-447-1829⟧  דוא"ל: ⟦E|avi.mizrahi85@walla.co.il⟧""",
    )
    r(
        "cs_CZ",
        "form_fields",
        """Oznámení o přestupku - Městská policie Brno
Č.j. ⟦o:TKT|MPB/44718/2024⟧   Datum ⟦o:D|22. 3. 2024⟧ ⟦o:T|14:35⟧
Řidič: ⟦P|Lucie Dvořáková⟧, nar. ⟦DOB|15. 3. 1985⟧, r.č. ⟦NID@cz.rc|855315/1233⟧
Bydliště: ⟦A|Cejl 491/44, 602 00 Brno⟧
Řidičský průkaz č. ⟦DL|EF 447182⟧
Vozidlo: ⟦o:PROD|Škoda Octavia 2.0 TDI⟧, RZ 6B4 4718   Pokuta ⟦o:AMT|1 500 Kč⟧""",
    )
    r(
        "sv_SE",
        "email_paste",
        """Hej ⟦P|Johan⟧! Här är uppgifterna till bolånet hos SBAB:
⟦P|Johan Lindgren⟧ ⟦NID@se.personnummer|197209304513⟧ och ⟦P|Amira Haddad⟧ ⟦NID@se.personnummer|19990214-7629⟧
Adress ⟦A|Ringvägen 117, 118 60 Stockholm⟧
Lånebelopp ⟦o:AMT|3 450 000 kr⟧, ränta ⟦o:PCT|4,12 %⟧, ärende ⟦o:TKT|SBAB-447182⟧""",
    )
    r(
        "en_ZA",
        "chat",
        """municipality says the rates account ⟦o:ORD|5044718209⟧ is in my late mom's name ⟦P|Nomsa Mahlangu⟧ (ID ⟦NID@za.idnr|9301015341087⟧). her card ⟦CC|5425 2334 3010 9903⟧ is still on debit order, pls cancel. i'm ⟦P|Lerato⟧, ⟦PH|072 447 1829⟧""",
    )
    r(
        "el_GR",
        "chat",
        """καλησπέρα, για το μισθωτήριο στο taxisnet: ΑΦΜ ⟦TAX|044718290⟧, κωδικός ⟦S|Pireas#7718⟧. διεύθυνση ακινήτου ⟦A|Ερμού 45, 105 63 Αθήνα⟧. ευχαριστώ, ⟦P|Νίκος Αντωνίου⟧""",
    )
    r(
        "en_SG",
        "chat",
        """eh the HDB resale portal Singpass 2FA backup codes are ⟦S|774 182 093⟧ and ⟦S|441 920 385⟧, keep them ok. my NRIC ⟦NID|T0144718J⟧ for the OTP form""",
    )
    r(
        "ja_JP",
        "letter",
        """源泉徴収票（令和５年分）
支払を受ける者　住所　⟦A|神奈川県横浜市中区山下町２３番地　グランドメゾン８０５⟧
氏名　⟦P|鈴木　大輔⟧　（フリガナ）⟦P|スズキ　ダイスケ⟧
個人番号　⟦NID@jp.in_|123456789018⟧
支払金額　⟦o:AMT|６，４８０，０００⟧円　源泉徴収税額　⟦o:AMT|２１８，４００⟧円
生年月日　⟦DOB|平成２年５月１８日⟧
支払者　株式会社みなとみらい物流　法人番号 ⟦o:ORD|4020001047182⟧""",
    )
    r(
        "en_IE",
        "chat",
        """motor tax renewal keeps failing on motortax.ie - PIN from the renewal form is ⟦S|4471 8290⟧, reg 191-D-44718. my licence no ⟦DL|447182093⟧ if they ask. card's ⟦CC|6011 0009 9013 9424⟧""",
    )
    # ---------- final batch ----------
    r(
        "en_US",
        "it_note",
        """Hospital records request bot - connection string left in the ticket ⟦o:TKT|HIM-4471⟧ (rotate!):
⟦UC~url_encoded|postgresql://roi_svc:N0rth%21Wing88@10.20.4.17:5432/release_of_info⟧
Failed lookup for patient MRN ⟦MRN|E4471820⟧ (⟦P|Jacqueline Moreau⟧), requester IP ⟦IP|10.20.8.133⟧, error ⟦o:ERR|ERR_PDF_MERGE_413⟧""",
    )
    r(
        "de_DE",
        "it_note",
        """Kanzlei-Scanner schickt Klageschriften nicht ins DMS. WebDAV-Ziel laut Konfig:
⟦UC|https://scan_kanzlei:Akte2024xQ@dms.kanzlei-weber.example/remote.php/dav/files/eingang/⟧
Betroffen: Akte ⟦o:ORD|AZ 12 O 447/24⟧, Mandant Herr ⟦P|Dieter Stahl⟧.""",
    )
    r(
        "en_AU",
        "medical_letter",
        """Royal Melbourne Hospital - Discharge summary
UR number: ⟦MRN|UR 4471829⟧   Medicare: ⟦HPN|4417 18209 3⟧
Patient: ⟦P|Georgios Papadakis⟧, DOB ⟦DOB|30/06/1948⟧, ⟦A|12 Station St, Coburg VIC 3058⟧
Admitted ⟦o:D|02/04/2024⟧, discharged ⟦o:D|09/04/2024⟧. NOK: ⟦P|Eleni Papadakis⟧ ⟦PH|0412 447 182⟧""",
    )
    r(
        "fr_BE",
        "medical_letter",
        """Cliniques universitaires Saint-Luc
N° patient : ⟦MRN|SL-0447182-9⟧   Mutuelle : Solidaris, n° d'affiliation ⟦HPN|319/447182/03⟧
Patiente : Mme ⟦P|Khadija El Idrissi⟧, née le ⟦DOB|04/04/1971⟧
NISS ⟦NID@be.nn|72.02.05-151.61⟧""",
    )
    r(
        "en_US",
        "audit_trail",
        """Notarize.com session record - Remote Online Notarization (Va. Code § 55.1-660)
Session ⟦o:UUID|9b1f4e22-7c8d-4a01-b5e3-44718209af2c⟧  Date ⟦o:D|2024-04-22⟧ ⟦o:T|19:04 UTC⟧
Signer: ⟦P|Tamika Renee Holloway⟧  located in ⟦L|Norfolk, Virginia⟧  IP ⟦IP|174.99.12.208⟧
KBA passed (⟦o:QTY|5/5⟧). ID: Virginia DL ⟦DL|T44718209⟧
Notary: ⟦P|Gregory Ashworth⟧, Reg. No. 7044718, commission exp. ⟦o:D|06/30/2027⟧""",
    )
    r(
        "en_GB",
        "audit_trail",
        """Companies House WebFiling - submission log
Company ⟦o:ORD|14471829⟧  Form ⟦o:SKU|CS01⟧  Submission ⟦o:REQ|SUB-0044718209⟧
Presenter: ⟦P|Imogen Chatterjee-Ball⟧  ⟦E|imogen@chatterjeeball-accountants.co.uk⟧
Authentication code used; presenter IP ⟦IP|81.134.202.77⟧  Accepted ⟦o:D|19/06/2024⟧ ⟦o:T|11:48⟧""",
    )
    r(
        "es_CL",
        "chat",
        """hola!! el Registro Civil me pide la Clave Única para el certificado de matrimonio: RUT ⟦NID@cl.rut|12.531.909-2⟧ clave ⟦S|Valpo.1975.mar⟧. Estoy viviendo en ⟦L|Viña del Mar⟧ ahora, manda el certificado a ⟦E|pgonzalez.vina@gmail.com⟧ porfa""",
    )
    r(
        "en_US",
        "form_blank",
        """Residential Lease Agreement - Exhibit B: Move-in Checklist (rev. ⟦o:VER|3.2⟧)
Unit ⟦o:ROW|2B⟧  Keys issued: ⟦o:QTY|2⟧  Garage remotes: ⟦o:QTY|1⟧
Security deposit ⟦o:AMT|$2,150.00⟧ held per Cal. Civ. Code §1950.5; late fee ⟦o:AMT|$75⟧ after day ⟦o:QTY|5⟧""",
    )
    r(
        "en_IN",
        "it_note",
        """CA office: client KYC scans (PAN/Aadhaar) sync from the branch NAS, path in the backup script is
⟦UC|ftp://kyc_backup:Ganesh@2024@192.168.1.25/KYC/2024-25/⟧
client folder ⟦o:ROW|0447⟧ = ⟦P|Sunita Deshpande⟧, assessment year ⟦o:D|2024-25⟧""",
    )
    r(
        "pl_PL",
        "email_paste",
        """Dzień dobry,
skany umowy najmu okazjonalnego dla pani ⟦P|Magdaleny Kaczmarek⟧ są na serwerze biura:
⟦UC~url_encoded|https://biuro:Najem%2F2024@nas.biuro-nieruchomosci.example:5001/umowy/⟧
Numer umowy ⟦o:ORD|UNO/44/2024⟧, lokal ⟦A|ul. Piotrkowska 147 m. 12, 90-440 Łódź⟧.
Pozdrawiam, ⟦P|Tomasz Lewandowski⟧""",
    )
    r(
        "en_US",
        "chat",
        """fyi the payroll vendor's SFTP for W-2 uploads is ⟦UC|sftp://acme_hr:W2upl0ad!@transfer.paybridge.example⟧ - i put ⟦P|Jorge Alvarado⟧'s corrected W-2c there (SSN ⟦SSN|142-38-5590⟧)""",
    )


load(r)


def main():
    rows = []
    for i, (loc, sty, src) in enumerate(R):
        text, spans = parse(src)
        rec = {
            "id": f"h9b-{i:05d}",
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
    with open("heldout9b.jsonl", "w", encoding="utf-8") as f:
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
