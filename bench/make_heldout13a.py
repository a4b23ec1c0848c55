#!/usr/bin/env python3
"""Build heldout13a.jsonl from hand-written records with inline markup.
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
def load_support(r):
    r(
        "en_US",
        "support_ticket",
        "Subject: Refund not received for order ⟦o:ORD|#A-558201⟧\n\nHi team,\nI returned the blender on ⟦o:D|March 3rd⟧ and still no refund of ⟦o:AMT|$129.99⟧. "
        "Tracking was ⟦o:TRK|1Z999AA10123456784⟧. Please call me at ⟦PH|(312) 555-0148 ext. 22⟧ or email ⟦E|deshawn.whitaker82@gmail.com⟧.\n\nThanks,\n⟦P|DeShawn Whitaker⟧\n⟦A|4411 N. Kedzie Ave, Apt 3R⟧, ⟦L|Chicago, IL⟧ ⟦a:PC|60625⟧",
    )
    r(
        "en_GB",
        "support_ticket",
        "hello, my account got locked after i changed my phone. username is the email ⟦E|priya.raghunathan@outlook.co.uk⟧. "
        "last login was ⟦o:D|14/02/2025⟧ about ⟦o:T|09:40⟧. date of birth for verification ⟦DOB|07/11/1989⟧. cheers, ⟦P|priya⟧",
    )
    r(
        "en_CA",
        "live_chat",
        "[10:02] Agent ⟦P|Marc-André⟧: Thanks for contacting Northpeak Mobile, how can I help?\n"
        "[10:02] Customer: hi my bill jumped to ⟦o:AMT|$187.40⟧ this month\n"
        "[10:03] Agent ⟦P|Marc-André⟧: I can look into that. Can I get the account holder name and the phone number on the account?\n"
        "[10:03] Customer: ⟦P|nguyen thi lan⟧, ⟦PH|613-555-0177⟧\n"
        "[10:04] Customer: the invoice says ⟦o:INV|INV-2025-003318⟧\n"
        "[10:05] Agent ⟦P|Marc-André⟧: Found it. There's a roaming charge from ⟦o:D|Feb 9⟧. I'll credit ⟦o:AMT|$45.00⟧.",
    )
    r(
        "en_AU",
        "support_ticket",
        "G'day, parcel ⟦o:TRK|33LWA0012345601⟧ shows delivered but nothing here. Delivery address is ⟦A|Unit 7, 22 Beach Rd⟧, ⟦L|Bondi NSW⟧ ⟦a:PC|2026⟧. "
        "Mobile ⟦PH|0412 555 318⟧. Order ⟦o:ORD|AU-771043⟧. ta, ⟦P|Liam O'Sullivan⟧",
    )
    r(
        "en_US",
        "support_ticket",
        "Billing dispute — please escalate.\nCardholder: ⟦P|Oluwaseun Adebayo-Cole⟧\nCard on file ending ⟦o:QTY|4417⟧ was charged twice for subscription ⟦o:PROD|StreamBox Premium⟧ (⟦o:AMT|$14.99⟧ x2) on ⟦o:D|2025-01-31⟧.\n"
        "Transaction refs ⟦o:REQ|txn_8f2c91aa⟧ and ⟦o:REQ|txn_8f2c91ab⟧. Billing ZIP ⟦a:PC|30318⟧. Please move the sub to my other card ⟦CC|2221 0767 7398 8844⟧.",
    )
    r(
        "en_GB",
        "support_ticket",
        "Dear Sir/Madam,\n\nI am writing about invoice ⟦o:INV|77120934⟧ for ⟦o:AMT|£312.50⟧. The direct debit was taken from the wrong account. "
        "Please refund to sort code ⟦a:BC|20-45-77⟧ account ⟦BBAN|53118902⟧ instead.\n\nYours faithfully,\nMrs ⟦P|Gwendolyn Ashcroft-Pryce⟧\n"
        "⟦A|Flat 2, 19 Marlborough Crescent⟧\n⟦L|Bath⟧\n⟦a:PC|BA1 2LR⟧\nTel: ⟦PH|01225 448 901⟧",
    )
    r(
        "en_US",
        "live_chat",
        "customer: hey its ⟦P|jess⟧ again\nagent ⟦P|Rahul⟧: Hi ⟦P|Jess⟧! Still having trouble with ticket ⟦o:TKT|#CS-40912⟧?\n"
        "customer: ya the password reset link goes to my old email ⟦E|jessmoreno_91@yahoo.com⟧ which i cant access\n"
        "agent ⟦P|Rahul⟧: I can update it. What's the new address?\ncustomer: ⟦E~at_dot|jess dot moreno at protonmail dot com⟧\n"
        "agent ⟦P|Rahul⟧: Done. Link expires in ⟦o:QTY|30⟧ minutes.",
    )
    r(
        "en_CA",
        "support_ticket",
        "Bonjour/Hello — shipping address update for order ⟦o:ORD|CA-2025-88412⟧:\n⟦P|Harpreet Kaur Sandhu⟧\n⟦A|1208-350 Webb Dr⟧\n⟦L|Mississauga ON⟧ ⟦a:PC|L5B 3W4⟧\n"
        "Phone ⟦PH|+1 905 555 0123⟧. The SKU is ⟦o:SKU|HD-TX-4410-BLK⟧, qty ⟦o:QTY|2⟧.",
    )
    r(
        "en_US",
        "support_ticket",
        "Our ⟦o:PROD|Acme Cloud Backup⟧ plan renewed at ⟦o:AMT|$599⟧ instead of ⟦o:AMT|$399⟧. Contract ⟦o:ORD|Q-20931⟧, renewal date ⟦o:D|Nov 1, 2024⟧. "
        "Contact ⟦P|Tomasz Wiśniewski⟧, IT manager, ⟦PH|646.555.0199 x4102⟧, ⟦E|t.wisniewski@brightlinelegal.com⟧.",
    )
    r(
        "en_GB",
        "live_chat",
        "Agent (⟦P|Chloe⟧): Welcome to Harbour Energy support. For security can you confirm your postcode and DOB?\n"
        "Customer: ⟦a:PC|M14 5RG⟧ and ⟦DOB|3rd June 1976⟧\nAgent (⟦P|Chloe⟧): Thanks Mr ⟦P|Okonkwo⟧. Your meter reading on ⟦o:D|1 Jan⟧ was ⟦o:QTY|18342⟧ kWh.\n"
        "Customer: thats wrong, it was ⟦o:QTY|17950⟧. account no ⟦o:ORD|HE-0045218837⟧\nAgent (⟦P|Chloe⟧): I've raised case ⟦o:TKT|CAS-118204⟧.",
    )
    r(
        "en_US",
        "support_ticket",
        "I need to update the card for my subscription. New card: ⟦CC|4963 9544 8855 2279⟧ exp ⟦o:D|08/28⟧. Name on card ⟦P|Keiko Yamamoto-Hill⟧. "
        "Billing address ⟦A|2250 SE Division St #14⟧, ⟦L|Portland, OR⟧ ⟦a:PC|97202⟧.",
    )
    r(
        "en_AU",
        "live_chat",
        "[14:31] Bot: Hi! What's your order number?\n[14:31] User: ⟦o:ORD|4021-991-03⟧\n[14:32] Bot: Thanks. And the email used?\n[14:32] User: ⟦E|aroha.tepania@bigpond.com⟧\n"
        "[14:33] Agent ⟦P|Sanjeev⟧: Hi ⟦P|Aroha⟧, your couch is booked for ⟦o:D|Thursday 12 June⟧ between ⟦o:T|7am⟧–⟦o:T|11am⟧.\n[14:33] User: can they ring ⟦PH|(03) 9555 2170⟧ before arriving? thx ⟦P|aroha⟧",
    )
    r(
        "en_US",
        "support_ticket",
        "Hello, I'm locked out of my account after too many attempts (error ⟦o:ERR|AUTH-429⟧). I can verify with last 4 of SSN but your form wants the full thing so here: ⟦SSN|414-49-3279⟧. "
        'DOB ⟦DOB|04/17/1968⟧. – ⟦P|Bernard "Bernie" Kowalczyk⟧',
    )
    r(
        "en_GB",
        "support_ticket",
        "Order ⟦o:ORD|1044-2281⟧ arrived damaged (the lamp, ⟦o:SKU|LMP-OAK-03⟧). Photos attached. I'd like a replacement not a refund.\n\nKind regards\n⟦P|Siobhán Ní Dhomhnaill⟧\n⟦PH|07700 900 412⟧",
    )
    r(
        "en_US",
        "support_ticket",
        "No PII here, just an FYI: the checkout page throws ⟦o:ERR|ERR_PAYMENT_DECLINED_51⟧ for every Amex since release ⟦o:VER|4.18.2⟧. Request id ⟦o:REQ|req_7Yh2kLq9Pz⟧, around ⟦o:T|16:05 UTC⟧ on ⟦o:D|2025-03-12⟧.",
    )
    r(
        "en_CA",
        "live_chat",
        "customer: hi im trying to change the address on file\nagent: sure! whats the new one?\ncustomer: ⟦A|88 rue Saint-Paul Ouest, app. 402⟧, ⟦L|montréal qc⟧ ⟦a:PC|h2y 1z2⟧\n"
        "agent: and can I confirm your full name?\ncustomer: ⟦P|fatima el-amrani⟧\nagent: Thanks ⟦P|Fatima⟧, updated. Your next box ships ⟦o:D|Apr 4⟧.",
    )
    r(
        "en_US",
        "support_ticket",
        "To whom it may concern — my late father ⟦P|Harold J. Brennan⟧ (DOB ⟦DOB|September 9, 1941⟧) had an account with you. I'm the executor, ⟦P|Maureen Brennan-Lutz⟧. "
        "Please close it and send the final statement to ⟦A|PO Box 1187⟧, ⟦L|Bozeman, MT⟧ ⟦a:PC|59771⟧. My number: ⟦PH|406-555-0134⟧. His SSN, if you need it, was ⟦SSN|085-92-8663⟧.",
    )
    r(
        "en_GB",
        "live_chat",
        "Agent ⟦P|Dev⟧: Hi, you're chatting with ⟦P|Dev⟧ from ParcelPoint. \nCustomer: hiya my parcel ⟦o:TRK|JD0002245671234567⟧ is stuck at depot since ⟦o:D|Tuesday⟧\n"
        "Agent ⟦P|Dev⟧: I can see it. Can you confirm the delivery address?\nCustomer: ⟦A|42 Clifton Road⟧ ⟦L|Aberdeen⟧ ⟦a:PC|AB24 4RA⟧\nAgent ⟦P|Dev⟧: It'll go out tomorrow. ta\nCustomer: ta, ⟦P|ewan⟧",
    )
    r(
        "en_US",
        "support_ticket",
        "Subject: wrong name on invoice\nInvoice ⟦o:INV|INV-000482913⟧ says '⟦P|Jon Smith⟧' but it should be ⟦P|Jonathan Ssempijja⟧, ⟦E|j.ssempijja@kampalafoods.us⟧. Total ⟦o:AMT|$2,418.00⟧, PO ⟦o:ORD|PO-55120⟧.",
    )
    r(
        "en_AU",
        "support_ticket",
        "Hi, I'm applying for the ⟦o:PROD|Flexi Saver⟧ account and the upload failed. Here's my licence number instead: ⟦DL|NSW 14729385⟧, card number ⟦o:QTY|2⟧ of 2. "
        "Name ⟦P|Mei-Ling Tran⟧, born ⟦DOB|22.08.1993⟧, ⟦A|15/3 Harbour St⟧, ⟦L|Wollongong⟧ ⟦a:PC|2500⟧.",
    )
    r(
        "en_US",
        "live_chat",
        "[chat ⟦o:D|2025-02-07⟧ ⟦o:T|19:14⟧] visitor: my gift card ⟦o:ORD|GC-7731-0042⟧ shows $0\n[19:15] agent ⟦P|Brianna⟧: Sorry! Who purchased it?\n"
        "[19:15] visitor: my aunt ⟦P|rosa delgado⟧ bought it for me, im ⟦P|carlos⟧\n[19:16] agent ⟦P|Brianna⟧: Got it, it was redeemed on ⟦o:D|1/28⟧ at store ⟦o:QTY|#2211⟧. I'll open ticket ⟦o:TKT|GC-INV-9920⟧.",
    )
    r(
        "en_GB",
        "support_ticket",
        "Good afternoon,\nCould you please cancel my membership. Member no. ⟦o:ORD|GYM-2209184⟧. Last payment ⟦o:AMT|£34.99⟧ on ⟦o:D|28 Feb 2025⟧.\nMany thanks,\n⟦P|Abdirahman Farah⟧\n⟦A|14b Stamford Hill⟧, ⟦L|London⟧ ⟦a:PC|N16 5LR⟧",
    )
    r(
        "en_US",
        "support_ticket",
        "Hi — we're a small clinic and need to update the ACH details for billing. Routing ⟦a:BC|021000021⟧, account ⟦BBAN|483920175566⟧. Authorised by Dr. ⟦P|Anjali Venkataraman⟧, ⟦PH|+1 (732) 555-0110⟧.",
    )
    r(
        "en_CA",
        "support_ticket",
        "Re: T4 slip not received. My SIN is ⟦NID@ca.sin|296 870 199⟧ and I moved last year — new address ⟦A|5521 Victoria Drive⟧, ⟦L|Vancouver, BC⟧ ⟦a:PC|V5P 3V9⟧. Employee #⟦o:ORD|004812⟧. ⟦P|Gurpreet Dhillon⟧",
    )
    r(
        "en_US",
        "live_chat",
        "Agent ⟦P|Ashley⟧: Thank you for holding. To verify, what's the billing address?\nCustomer: ⟦A|1900 Pennsylvania Ave NW Apt 610⟧ ⟦L|Washington DC⟧ ⟦a:PC|20006⟧\nAgent ⟦P|Ashley⟧: And the phone number?\n"
        "Customer: ⟦PH~spelled_digits|two oh two five five five zero one six one⟧\nAgent ⟦P|Ashley⟧: Perfect, Mr. ⟦P|Haile⟧, your refund of ⟦o:AMT|$76.18⟧ is processing.",
    )
    r(
        "en_GB",
        "support_ticket",
        "Hi, status page says incident ⟦o:TKT|INC-20250311-02⟧ resolved at ⟦o:T|14:20 GMT⟧ but we still see ⟦o:ERR|HTTP 503⟧ on ⟦o:PROD|Ledgerly Payroll⟧ v⟦o:VER|9.3.1⟧. Affected ~⟦o:PCT|12%⟧ of tenants. No customer data involved.",
    )
    r(
        "en_AU",
        "live_chat",
        "customer: hey mate, need to update my card the old one expired\nagent ⟦P|Kylie⟧: No worries! You can add it in the app, or I can take it here securely.\n"
        "customer: ok ⟦CC|5597 7293 8196 5518⟧ exp ⟦o:D|09/27⟧\nagent ⟦P|Kylie⟧: Thanks. And name on card?\ncustomer: ⟦P|Dimitrios Papadopoulos⟧\nagent ⟦P|Kylie⟧: All set, charged ⟦o:AMT|A$19.95⟧.",
    )
    r(
        "en_US",
        "support_ticket",
        "Please update my mailing address for policy ⟦o:ORD|HO-33-1029384⟧.\nOld: ⟦A|612 Maple Grove Ln⟧, ⟦L|Naperville IL⟧\nNew: ⟦A|77 Commonwealth Ave, Unit 5⟧, ⟦L|Boston MA⟧ ⟦a:PC|02116⟧\n— ⟦P|Svetlana Ivanova⟧, ⟦PH|617-555-0187⟧",
    )
    r(
        "en_GB",
        "live_chat",
        "[Agent ⟦P|Hannah⟧] Could you give me the last 4 digits of the card and your date of birth please?\n[Customer] ⟦o:QTY|0932⟧ and ⟦DOB|12-03-1955⟧\n"
        "[Agent ⟦P|Hannah⟧] Thank you Mrs ⟦P|Chaudhry⟧. I can see order ⟦o:ORD|WX-992018⟧ for ⟦o:AMT|£84.00⟧.\n[Customer] my son ⟦P|imran⟧ placed it, he's on the account too",
    )
    r(
        "en_US",
        "support_ticket",
        "Wire for invoice ⟦o:INV|2025-0417⟧ bounced. Our beneficiary bank gave us IBAN ⟦IBAN|GB22NWBK60161302916767⟧ (NatWest). Account name ⟦P|Chidi Okafor⟧. Amount ⟦o:AMT|USD 4,250.00⟧. Swift ref ⟦o:REQ|FT25071XQ92M⟧.",
    )
    r(
        "en_CA",
        "support_ticket",
        "hi there, my daughter ⟦P|ayesha⟧ (born ⟦DOB|2011-05-30⟧) needs to be added as a dependent on my plan. My plan number ⟦HPN|BC-9 8763 2145⟧. thanks - ⟦P|nadia qureshi⟧, ⟦PH|604 555 0166⟧",
    )
    r(
        "en_AU",
        "support_ticket",
        "Hello,\nMy Medicare card details for the telehealth booking: ⟦HPN|2953 71846 1⟧ IRN ⟦o:QTY|2⟧, expiry ⟦o:D|03/2029⟧. Appointment ⟦o:ORD|BK-552193⟧ on ⟦o:D|Wed 19 Mar⟧ at ⟦o:T|3:15pm⟧.\nRegards, ⟦P|Tevita Fifita⟧",
    )
    r(
        "en_US",
        "live_chat",
        "agent: Hi there! Can I get your order number?\ncustomer: ⟦o:ORD|112-4491207-3380215⟧\nagent: Thanks. It's with carrier, tracking ⟦o:TRK|9400 1112 0206 2319 5871 43⟧, expected ⟦o:D|Friday⟧.\ncustomer: ok ty\nagent: Anything else?\ncustomer: nope bye",
    )
    r(
        "en_GB",
        "support_ticket",
        "Subject: Change of name\n\nI recently married and would like to update my name from ⟦P|Eleanor Whitfield⟧ to ⟦P|Eleanor Adeyemi-Whitfield⟧. Certificate attached. Customer ID ⟦o:ORD|C-00918273⟧.\nE: ⟦E|ellie.whitfield@btinternet.com⟧",
    )
    r(
        "en_US",
        "support_ticket",
        "Our HR contact ⟦P|Li Wei⟧ left, please transfer admin rights to ⟦P|Abena Mensah⟧ (⟦E|abena.mensah@harborpointhealth.org⟧, ⟦PH|(919) 555-0142⟧). Workspace ⟦o:ORD|ws-harborpoint-01⟧, seats ⟦o:QTY|48⟧.",
    )
    r(
        "en_AU",
        "live_chat",
        "User: hi i was overcharged for the ⟦o:PROD|Telstra 5G Pocket Wi-Fi⟧ plan\nAgent ⟦P|Jaz⟧: Sorry about that! Can you confirm your full name and DOB?\n"
        "User: ⟦P|Rangi Parata⟧ ⟦DOB|5/9/87⟧\nAgent ⟦P|Jaz⟧: Thanks ⟦P|Rangi⟧. I'll credit ⟦o:AMT|$22.50⟧ back, ref ⟦o:TKT|CR-8812-AU⟧.",
    )
    r(
        "en_US",
        "support_ticket",
        "Driver license scan won't upload for ID verification (error ⟦o:ERR|IDV-0032⟧). License # ⟦DL|E216-7720-3381⟧ (Florida), DOB ⟦DOB|1979-12-02⟧. Name ⟦P|Marisol Echeverría⟧.",
    )
    r(
        "en_GB",
        "support_ticket",
        "Hi, can you stop sending marketing to my late mother, ⟦P|Agnieszka Nowak⟧? Her address was ⟦A|3 Laburnum Way, Kidlington⟧, ⟦a:PC|OX5 1HH⟧. Thank you. ⟦P|Kasia⟧",
    )
    r(
        "en_US",
        "live_chat",
        "[09:12] Customer: my name is ⟦P|Thandiwe Dlamini⟧, flight ⟦o:FLT|UA 1127⟧ was cancelled and I want the refund not a voucher\n"
        "[09:13] Agent ⟦P|Greg⟧: I'm sorry, Ms. ⟦P|Dlamini⟧. Confirmation code?\n[09:13] Customer: ⟦o:ORD|K7XQ2P⟧, passport on the booking is ⟦PP|M00418272⟧\n[09:14] Agent ⟦P|Greg⟧: Refund of ⟦o:AMT|$412.60⟧ to card ending ⟦o:QTY|8851⟧ submitted.",
    )
    r(
        "en_CA",
        "support_ticket",
        "The product page for ⟦o:PROD|TrailMaster 2 Tent⟧ (⟦o:SKU|TM2-GRN-4P⟧) lists ⟦o:AMT|CAD 349⟧ but cart shows ⟦o:AMT|CAD 389⟧. Screenshot taken ⟦o:D|2025-04-02⟧ ⟦o:T|11:47⟧.",
    )
    r(
        "en_US",
        "support_ticket",
        "Passport renewal appointment — my passport number is ⟦PP|568213947⟧, expires ⟦o:D|06/15/2025⟧. Please reschedule to any date after ⟦o:D|May 20⟧. ⟦P|Vikram Iyer⟧ ⟦PH|+1 408 555 0151⟧",
    )
    r(
        "en_GB",
        "live_chat",
        "customer: hi its ⟦P|amara⟧ again, the engineer didnt turn up\nagent ⟦P|Owen⟧: Sorry ⟦P|Amara⟧! Appointment ⟦o:ORD|ENG-44182⟧ was ⟦o:D|today⟧ ⟦o:T|8-12⟧. Confirm address?\n"
        "customer: ⟦A|Flat 9 Kestrel House, 101 Old Kent Rd⟧ ⟦a:PC|SE1 5NH⟧\nagent ⟦P|Owen⟧: Rebooked for ⟦o:D|Monday⟧, same slot.",
    )
    r(
        "en_US",
        "support_ticket",
        "Tax form request: please resend my 1099. Name ⟦P|Yusuf Abdullahi⟧, SSN ⟦SSN|614 23 3773⟧, address ⟦A|3310 Cedar Ave S⟧ ⟦L|Minneapolis MN⟧ ⟦a:PC|55407⟧. MN DL ⟦DL|A418273900214⟧ if you need ID.",
    )
    r(
        "en_AU",
        "support_ticket",
        "Hi team, please update my TFN for payroll: ⟦TAX@au.tfn|465 695 490⟧. Staff ID ⟦o:ORD|E10442⟧. Pay run ⟦o:D|15/04/2025⟧. Cheers, ⟦P|Bree McAllister⟧",
    )
    r(
        "en_US",
        "live_chat",
        "bot: Please describe your issue.\nuser: package says delivered to wrong address, i live at ⟦A|55 W 106th St apt 4C⟧ not 55 E\nbot: Connecting you to an agent.\n"
        "agent ⟦P|Marcus⟧: Hi! I see order ⟦o:ORD|#W-33019⟧. Who am I speaking with?\nuser: ⟦P|ana lucía ferreira⟧\nagent ⟦P|Marcus⟧: Thanks ⟦P|Ana⟧, I'll file a claim ⟦o:TKT|CLM-7728⟧.",
    )
    r(
        "en_GB",
        "support_ticket",
        "Hello. The warranty registration for serial ⟦o:SKU|SN-KX9920-4471⟧ was rejected. Purchased ⟦o:D|12 Dec 2024⟧ for ⟦o:AMT|£749⟧. Regards, Mr ⟦P|Rhys ap Gwilym⟧, ⟦PH|+44 (0)29 2055 0193⟧",
    )


def load_clinical(r):
    r(
        "en_GB",
        "clinical_note",
        "NURSE TRIAGE — 111 call\nPatient: ⟦P|Mohammed Al-Sayed⟧, DOB ⟦DOB|14/03/1962⟧, NHS no. ⟦NID@gb.nhs|862 551 1848⟧\nAddress: ⟦A|27 Brunswick Street⟧, ⟦L|Leeds⟧ ⟦a:PC|LS2 7QA⟧\n"
        "Presenting: chest tightness since ⟦o:T|03:00⟧, BP ⟦o:QTY|158/94⟧, SpO2 ⟦o:PCT|95%⟧. Advised ED attendance. Callback ⟦PH|0113 496 0721⟧. Triage ref ⟦o:TKT|111-7720194⟧.",
    )
    r(
        "en_GB",
        "clinical_letter",
        "Dear Dr ⟦P|Okafor⟧,\n\nRe: Mrs ⟦P|Brigid Ann Mulcahy⟧ (DOB ⟦DOB|02.09.1948⟧) NHS ⟦NID@gb.nhs|1785776266⟧\n⟦A|Rosebank Cottage, Mill Lane⟧, ⟦L|Great Missenden⟧ ⟦a:PC|HP16 0RT⟧\n\n"
        "Thank you for referring this pleasant lady whom I saw in clinic on ⟦o:D|4 March 2025⟧. HbA1c ⟦o:QTY|62 mmol/mol⟧. I have increased metformin to ⟦o:QTY|1g BD⟧.\n\nYours sincerely,\n\nDr ⟦P|Rajesh Subramaniam⟧\nConsultant Diabetologist",
    )
    r(
        "en_US",
        "clinical_note",
        "DISCHARGE SUMMARY\nPt: ⟦P|Lopez, Guadalupe M.⟧  MRN: ⟦MRN|00482917⟧  DOB: ⟦DOB|11/23/1957⟧\nAdmit ⟦o:D|02/14/2025⟧  Discharge ⟦o:D|02/19/2025⟧\nDx: CHF exacerbation (⟦o:ERR|I50.23⟧)\n"
        "Meds: furosemide ⟦o:QTY|40 mg⟧ PO daily. F/u with Dr. ⟦P|Nakamura⟧ in ⟦o:QTY|7⟧ days. Daughter ⟦P|Ines Lopez⟧ ⟦PH|(956) 555-0119⟧ is primary contact.",
    )
    r(
        "en_US",
        "clinical_note",
        'Pharmacy refill request\nPatient ⟦P|Robert "Bobby" Tsosie⟧ DOB ⟦DOB|6-1-1971⟧ requests refill of lisinopril ⟦o:QTY|20mg⟧ #⟦o:QTY|90⟧. Rx ⟦o:ORD|RX-7782019⟧. '
        "Insurance: ⟦o:PROD|Blue Cross Blue Shield of Arizona⟧ member ID ⟦HPN|XJH884120937⟧, group ⟦o:ORD|00412⟧. Pick up at store on ⟦A|1200 E Route 66⟧, ⟦L|Flagstaff⟧.",
    )
    r(
        "en_US",
        "clinical_note",
        "PRIOR AUTHORIZATION REQUEST\nMember: ⟦P|Chen, Xiaoming⟧\nMember ID: ⟦HPN|W2938 47710⟧\nDOB: ⟦DOB|1984-07-09⟧\nProvider NPI: ⟦o:ORD|1588667638⟧\n"
        "Drug: ⟦o:PROD|Humira⟧ 40mg/0.4mL, qty ⟦o:QTY|2⟧ pens / 28 days\nDx: ⟦o:ERR|L40.0⟧\nSubmitted ⟦o:D|03/03/2025⟧ by ⟦P|Tamika Rhodes⟧, CMA ⟦PH|214-555-0160 ext 311⟧",
    )
    r(
        "en_GB",
        "clinical_note",
        "Community nursing visit ⟦o:D|Tues 11/03⟧ ⟦o:T|10:15⟧. Seen Mr ⟦P|Kwame Boateng⟧ at home (⟦A|Flat 4, 61 Tulse Hill⟧, ⟦a:PC|SW2 2TH⟧). Leg ulcer dressing changed, wound ⟦o:QTY|3.2 x 2.1 cm⟧. "
        "Wife ⟦P|Efua⟧ present. Next visit ⟦o:D|Fri⟧. ⟦P|S. Patel⟧ RGN",
    )
    r(
        "en_US",
        "clinical_note",
        "Telehealth note: 34yo F, ⟦P|Kateryna Bondarenko⟧ (MRN ⟦MRN|MR-2209-4418⟧) reports migraines ⟦o:QTY|3x⟧/week. Started sumatriptan. Patient located in ⟦L|Rochester, NY⟧ at time of visit. Visit ⟦o:ORD|TV-88412⟧ duration ⟦o:QTY|18⟧ min.",
    )
    r(
        "en_US",
        "clinical_note",
        "Medicare member ⟦P|Walter Higgins⟧, MBI ⟦HPN|1EG4-TE5-MK73⟧, DOB ⟦DOB|Jan 30 1946⟧. Requesting DME: ⟦o:PROD|rollator walker⟧ HCPCS ⟦o:SKU|E0143⟧. Home: ⟦A|89 Pine Hollow Rd⟧, ⟦L|Asheville, NC⟧ ⟦a:PC|28803⟧.",
    )
    r(
        "en_GB",
        "clinical_letter",
        "DISCHARGE LETTER — Ward 7B\nName: ⟦P|Zainab Hussaini⟧   Hospital No: ⟦MRN|RJ1 448201⟧   NHS: ⟦NID@gb.nhs|746 813 8583⟧   DOB: ⟦DOB|30-Jan-1990⟧\n"
        "Admitted ⟦o:D|08/03/2025⟧ with pyelonephritis. Discharged ⟦o:D|12/03/2025⟧ on co-amoxiclav ⟦o:QTY|625mg TDS⟧ for ⟦o:QTY|7⟧ days.\nGP: Dr ⟦P|Fiona McLeod⟧, Hackney Medical Practice",
    )
    r(
        "en_US",
        "clinical_note",
        "Nurse triage call ⟦o:D|2025-03-19⟧ ⟦o:T|21:42⟧. Caller is mother ⟦P|Priscilla Oyelaran⟧ re son ⟦P|Daniel⟧ (DOB ⟦DOB|08/02/2019⟧), fever ⟦o:QTY|102.4F⟧ x2 days. Advised urgent care. Callback ⟦PH|+1.470.555.0138⟧.",
    )
    r(
        "en_GB",
        "clinical_note",
        "Repeat prescription request via app: ⟦P|Hamish Drummond⟧ DOB ⟦DOB|19 Aug 1953⟧, ⟦NID@gb.nhs|0881835773⟧. Items: atorvastatin ⟦o:QTY|40mg⟧, amlodipine ⟦o:QTY|5mg⟧. Nominated pharmacy: ⟦o:PROD|Boots⟧, Sauchiehall St. Request ⟦o:REQ|RP-2025-118820⟧.",
    )
    r(
        "en_US",
        "clinical_note",
        "INSURANCE PRE-AUTH — MRI lumbar spine\nPatient: ⟦P|Hassan Jaber⟧\nDOB: ⟦DOB|03/08/1979⟧\nSSN: ⟦SSN|255-18-1419⟧\nPolicy: ⟦HPN|AET-882190-04⟧ (Aetna PPO)\nCPT ⟦o:SKU|72148⟧. Failed ⟦o:QTY|6⟧ weeks PT. Ordering: Dr. ⟦P|Leah Goldberg⟧. Fax ⟦PH|(201) 555-0172⟧",
    )
    r(
        "en_GB",
        "clinical_note",
        "Safeguarding note: ⟦P|Chantelle Roberts⟧ (⟦DOB|27/04/2007⟧) attended with boyfriend ⟦P|Jordan Mills⟧. Lives with nan at ⟦A|33 Windermere Ave⟧, ⟦L|Blackpool⟧. Hospital no ⟦MRN|BV0038812⟧. Referred to safeguarding team ⟦o:D|14/03⟧.",
    )
    r(
        "en_US",
        "clinical_note",
        "Post-op check-in call. Pt ⟦P|Soo-ah Park⟧ (MRN ⟦MRN|7730021⟧) s/p lap chole ⟦o:D|3/10⟧. Pain ⟦o:QTY|3/10⟧, tolerating diet. No fever. Pt says husband ⟦P|Min-jun⟧ will drive her to f/u on ⟦o:D|3/24⟧ ⟦o:T|2:30 PM⟧.",
    )
    r(
        "en_GB",
        "clinical_letter",
        "Private & Confidential\nMr ⟦P|Tadeusz Zieliński⟧\n⟦A|12 Orchard Close⟧\n⟦L|Swindon⟧\n⟦a:PC|SN3 4PQ⟧\n\nDear Mr ⟦P|Zieliński⟧,\nYour colonoscopy is booked for ⟦o:D|Thursday 10 April 2025⟧ at ⟦o:T|08:30⟧. Please take ⟦o:PROD|Moviprep⟧ as instructed. "
        "Ref ⟦o:ORD|END-55013⟧. Queries: ⟦PH|01793 604 020 (option 3)⟧.",
    )
    r(
        "en_US",
        "clinical_note",
        "Care coordination: ⟦P|Esperanza Villanueva⟧, 82, lives alone at ⟦A|410 Calle Ocho, Apt 2⟧, ⟦L|Miami FL⟧. Medicaid ⟦HPN|MCD 4471 2290 18⟧. Needs home aide ⟦o:QTY|20⟧ hrs/wk. Grandson ⟦P|Mateo⟧ ⟦PH|305 555 0147⟧.",
    )
    r(
        "en_US",
        "clinical_note",
        "Lab result notification: A1c ⟦o:PCT|7.9%⟧ (ref <⟦o:PCT|5.7%⟧), LDL ⟦o:QTY|142 mg/dL⟧. Order ⟦o:ORD|LAB-22098173⟧ collected ⟦o:D|03/05/2025 07:55⟧. Accession ⟦o:REQ|ACC-8812-3310⟧.",
    )
    r(
        "en_GB",
        "clinical_note",
        "Physio referral. Pt ⟦P|Oisín Gallagher⟧ DOB ⟦DOB|1998-10-11⟧, rugby injury R knee ⟦o:D|1 Mar⟧. NHS ⟦NID@gb.nhs|787 156 0964⟧. Mobile ⟦PH|+44 7700 900 655⟧ email ⟦E|oisin.gallagher98@hotmail.com⟧. Priority ⟦o:QTY|2⟧.",
    )
    r(
        "en_US",
        "clinical_note",
        "Behavioral health intake: client ⟦P|Jamal Washington⟧ (DOB ⟦DOB|07.14.1995⟧), referred by Dr. ⟦P|Kim⟧. Client ID ⟦MRN|BH-0098214⟧, SSN ⟦SSN|156-60-2933⟧. Emergency contact ⟦P|Denise Washington⟧ (mother) ⟦PH|(504) 555-0183⟧. Address ⟦A|2217 Louisiana Ave⟧, ⟦L|New Orleans⟧.",
    )
    r(
        "en_GB",
        "clinical_note",
        "Care home handover ⟦o:T|19:00⟧: Room ⟦o:QTY|14⟧ ⟦P|Doris Pemberton⟧ — refused supper, obs stable. Room ⟦o:QTY|16⟧ ⟦P|Arthur Lim⟧ — fall at ⟦o:T|16:40⟧, no injury, family (son ⟦P|Kenneth Lim⟧) informed on ⟦PH|07700 900 781⟧. Datix ⟦o:TKT|W-118302⟧.",
    )
    r(
        "en_US",
        "clinical_note",
        "Rx transfer: from CVS #⟦o:QTY|4471⟧ to Walgreens. Patient ⟦P|Aisha Bello⟧, DOB ⟦DOB|02/29/1988⟧, ph ⟦PH|773-555-0128⟧. Rx ⟦o:ORD|6012284⟧ sertraline ⟦o:QTY|50mg⟧, refills remaining ⟦o:QTY|3⟧. Plan ⟦HPN|UHC 918273645-01⟧.",
    )
    r(
        "en_GB",
        "clinical_note",
        "Results letter template check — no patient identifiers in this test run. Sample ID ⟦o:REQ|TEST-0001⟧, assay version ⟦o:VER|2.4.0⟧, run at ⟦o:T|11:02⟧ on ⟦o:D|17/03/2025⟧. ⟦o:QTY|96⟧ wells, ⟦o:PCT|0.3%⟧ CV.",
    )
    r(
        "en_US",
        "clinical_note",
        "Workers' comp claim ⟦o:ORD|WC-2025-00419⟧. Injured worker ⟦P|Tran Van Duc⟧, SSN ⟦SSN|258946277⟧, DOB ⟦DOB|15 May 1983⟧, hand laceration ⟦o:D|03/11/2025⟧ at warehouse. Treating: Dr. ⟦P|Olga Petrenko⟧. MRN ⟦MRN|E3391027⟧.",
    )
    r(
        "en_GB",
        "clinical_letter",
        "Dear ⟦P|Gemma⟧,\nFollowing our telephone consultation on ⟦o:D|18 March⟧ I confirm your son ⟦P|Alfie Turner⟧ (NHS ⟦NID@gb.nhs|3645208720⟧, born ⟦DOB|6th Feb 2016⟧) is referred to paediatric ENT. Waiting time approx ⟦o:QTY|18⟧ weeks.\nDr ⟦P|Nadia Rahman⟧",
    )
    r(
        "en_US",
        "clinical_note",
        "Dental pre-auth: pt ⟦P|Giovanni Russo⟧ subscriber ⟦P|Angela Russo⟧, Delta Dental ID ⟦HPN|DD 77120-4931⟧. Tooth ⟦o:QTY|#30⟧ crown, CDT ⟦o:SKU|D2740⟧, est ⟦o:AMT|$1,240⟧.",
    )
    r(
        "en_US",
        "clinical_note",
        "ED triage: unidentified male ~40s, brought by EMS ⟦o:T|02:17⟧ from ⟦L|Greyhound station, 5th & Main⟧. Temp MRN ⟦MRN|TMP-55102⟧. GCS ⟦o:QTY|13⟧.",
    )


def load_eu(r):
    # German
    r(
        "de_DE",
        "helpdesk_mail",
        "Sehr geehrte Damen und Herren,\n\nleider wurde meine Bestellung ⟦o:ORD|DE-4471203⟧ vom ⟦o:D|12.03.2025⟧ doppelt abgebucht (⟦o:AMT|2 × 89,90 €⟧), alte Kontonummer ⟦BBAN|0456890623⟧ bei BLZ ⟦a:BC|370 400 44⟧. Bitte erstatten Sie den Betrag auf mein Konto:\n"
        "IBAN ⟦IBAN|DE27 3704 0044 0456 8906 23⟧\nKontoinhaber: ⟦P|Jürgen Hoffmann⟧\n\nMit freundlichen Grüßen\n⟦P|J. Hoffmann⟧\n⟦A|Lindenstraße 14⟧\n⟦a:PC|50674⟧ ⟦L|Köln⟧\nTel. ⟦PH|0221 / 98 76 54-3⟧",
    )
    r(
        "de_DE",
        "helpdesk_mail",
        "Hallo,\nich komme nicht mehr in mein Konto (Fehlercode ⟦o:ERR|LGN-403-07⟧). Mein Name ist ⟦P|Ayşe Yılmaz⟧, geboren am ⟦DOB|3. Mai 1991⟧. Registrierte E-Mail: ⟦E|ayse.yilmaz91@web.de⟧.\nViele Grüße\n⟦P|Ayşe⟧",
    )
    r(
        "de_AT",
        "helpdesk_mail",
        "Grüß Gott,\nbitte ändern Sie meine Lieferadresse für Abo ⟦o:ORD|AB-22091⟧ auf:\nMag. ⟦P|Stefanie Gruber-Lechner⟧\n⟦A|Mariahilfer Straße 88/2/14⟧\n⟦a:PC|1070⟧ ⟦L|Wien⟧\nDanke, ⟦P|Steffi⟧",
    )
    r(
        "de_DE",
        "helpdesk_mail",
        "Betreff: Lohnsteuerbescheinigung fehlt\n\nGuten Tag, für die Lohnabrechnung ⟦o:D|Februar 2025⟧ fehlt meine Steuer-ID. Hier ist sie: ⟦TAX@de.idnr|89 314 546 073⟧. Personalnummer ⟦o:ORD|P-004417⟧.\n"
        "Gruß ⟦P|Dragan Petrović⟧, ⟦PH|+49 (0)30 2345 6789⟧",
    )
    r(
        "de_DE",
        "live_chat",
        "Kunde: hallo, meine sendung ⟦o:TRK|00340434161094042557⟧ hängt seit ⟦o:D|montag⟧\nMitarbeiterin ⟦P|Lena⟧: Hallo! Können Sie mir bitte Ihre PLZ und Ihren Namen nennen?\n"
        "Kunde: ⟦a:PC|80331⟧, ⟦P|kowalski, piotr⟧\nMitarbeiterin ⟦P|Lena⟧: Danke Herr ⟦P|Kowalski⟧, die Zustellung erfolgt ⟦o:D|morgen⟧ zwischen ⟦o:T|10⟧ und ⟦o:T|14 Uhr⟧.",
    )
    r(
        "de_DE",
        "helpdesk_mail",
        "Sehr geehrtes Support-Team,\nanbei die Daten für die Identitätsprüfung: Personalausweisnummer ⟦NID|L4X7R2M91⟧, Geburtsdatum ⟦DOB|17.09.1985⟧, Anschrift ⟦A|Am Weinberg 3a⟧, ⟦a:PC|01109⟧ ⟦L|Dresden⟧.\n"
        "Mit freundlichen Grüßen\nDr. ⟦P|Konstantin Weber⟧",
    )
    r(
        "de_CH",
        "helpdesk_mail",
        "Grüezi\nDie Rechnung ⟦o:INV|R-2025-01188⟧ über ⟦o:AMT|CHF 1'240.00⟧ wurde bereits am ⟦o:D|5.2.2025⟧ bezahlt. Bitte Mahnung stornieren.\nFreundliche Grüsse\n⟦P|Reto Baumgartner⟧, ⟦A|Seestrasse 112⟧, ⟦a:PC|8002⟧ ⟦L|Zürich⟧, ⟦PH|+41 44 555 12 34⟧",
    )
    r(
        "de_DE",
        "helpdesk_mail",
        "Hallo zusammen, kurze Info: Version ⟦o:VER|3.7.1⟧ der App stürzt beim Start ab (⟦o:ERR|0xC0000005⟧), Build ⟦o:SHA|a91f3c2⟧. Ticket ⟦o:TKT|#SUP-10293⟧. Keine Kundendaten betroffen.",
    )
    r(
        "de_DE",
        "helpdesk_mail",
        "Sehr geehrte Frau ⟦P|Nguyễn⟧,\nwie telefonisch besprochen senden wir die Ersatzkarte an ⟦A|Karl-Marx-Allee 90, Whg. 12⟧, ⟦a:PC|10243⟧ ⟦L|Berlin⟧. Ihre neue Kartennummer endet auf ⟦o:QTY|7731⟧. Vorgangsnummer ⟦o:TKT|VG-2025-33190⟧.\nIhr Kundenservice",
    )
    r(
        "de_DE",
        "live_chat",
        "[11:20] ⟦P|mehmet⟧: Hallo ich möchte meinen Vertrag kündigen\n[11:21] Agent ⟦P|Sabine⟧: Gern. Vertragsnummer und Geburtsdatum bitte.\n[11:21] ⟦P|mehmet⟧: ⟦o:ORD|VN 4410 2291⟧, ⟦DOB|01.01.1980⟧\n"
        "[11:22] Agent ⟦P|Sabine⟧: Danke Herr ⟦P|Demir⟧. Die Kündigung ist zum ⟦o:D|30.06.2025⟧ vorgemerkt.",
    )
    r(
        "de_DE",
        "helpdesk_mail",
        "Guten Tag, bitte buchen Sie künftig von dieser Kreditkarte ab: ⟦CC|5103 5474 1093 5170⟧, gültig bis ⟦o:D|11/27⟧. Karteninhaberin ⟦P|Magdalena Schröder⟧. Kundennr. ⟦o:ORD|KD-77812⟧.",
    )
    # French
    r(
        "fr_FR",
        "helpdesk_mail",
        "Bonjour,\n\nJe n'ai toujours pas reçu ma commande n° ⟦o:ORD|FR-2025-55810⟧ passée le ⟦o:D|2 mars⟧. Mon adresse : ⟦A|14 bis rue des Lilas⟧, ⟦a:PC|69003⟧ ⟦L|Lyon⟧. "
        "Tél : ⟦PH|06 12 34 56 78⟧.\n\nCordialement,\n⟦P|Amandine Lefèvre⟧",
    )
    r(
        "fr_FR",
        "helpdesk_mail",
        "Madame, Monsieur,\nSuite à mon changement de banque, voici mon nouveau RIB : IBAN ⟦IBAN|FR76 3000 4008 1933 2981 7132 757⟧, titulaire ⟦P|Moussa Diallo⟧. Merci de mettre à jour le prélèvement du contrat ⟦o:ORD|CT-88412⟧.\nBien à vous",
    )
    r(
        "fr_FR",
        "clinical_note",
        "Compte rendu de consultation du ⟦o:D|10/03/2025⟧\nPatiente : Mme ⟦P|Hélène Dubois-Marchand⟧, née le ⟦DOB|21/06/1952⟧\nN° sécu : ⟦NID@fr.nir|2 78 03 19 253 780 47⟧\n"
        "Traitement : ⟦o:PROD|Doliprane⟧ ⟦o:QTY|1 g⟧ x3/j. Prochain RDV ⟦o:D|24/03⟧. Dr ⟦P|Karim Benali⟧",
    )
    r(
        "fr_FR",
        "live_chat",
        "client : bonjour je n'arrive plus à me connecter\nconseiller ⟦P|Julien⟧ : Bonjour ! Pouvez-vous me donner votre adresse e-mail ?\nclient : ⟦E|thibault.morel@free.fr⟧\n"
        "conseiller ⟦P|Julien⟧ : Merci. Je vous envoie un lien de réinitialisation valable ⟦o:QTY|15⟧ minutes.\nclient : merci, bonne journée. ⟦P|thibault⟧",
    )
    r(
        "fr_BE",
        "helpdesk_mail",
        "Bonjour,\nLa facture ⟦o:INV|F-2025/00317⟧ de ⟦o:AMT|245,60 €⟧ est erronée : le tarif indiqué est ⟦o:PCT|21 %⟧ au lieu de ⟦o:PCT|6 %⟧ de TVA. Merci de corriger.\n"
        "⟦P|Nathalie Van den Broeck⟧\n⟦A|Avenue Louise 231, boîte 5⟧\n⟦a:PC|1050⟧ ⟦L|Ixelles⟧\n⟦PH|+32 2 555 41 20⟧",
    )
    r(
        "fr_FR",
        "helpdesk_mail",
        "Objet : vérification d'identité\nBonjour, voici mon numéro de passeport ⟦PP|18AB52741⟧ (délivré le ⟦o:D|4 avril 2018⟧) et ma date de naissance : ⟦DOB|le 9 novembre 1987⟧. "
        "Nom : ⟦P|Nguyen Van Minh⟧. Adresse ⟦A|3 allée des Tilleuls, Bât. C⟧, ⟦a:PC|33600⟧ ⟦L|Pessac⟧.",
    )
    r(
        "fr_FR",
        "helpdesk_mail",
        "Bonjour, ma mère ⟦P|Fatoumata Keïta⟧ (née le ⟦DOB|12.12.1949⟧) est hospitalisée et je gère ses factures. Son numéro fiscal : ⟦TAX@fr.nif|3807192635421⟧. Pouvez-vous m'envoyer l'échéancier à ⟦E|aminata.keita@orange.fr⟧ ? ⟦P|Aminata⟧",
    )
    r(
        "fr_CA",
        "live_chat",
        "[13:05] Client: allo, mon colis ⟦o:TRK|7311 2209 4471 0018⟧ est marqué livré mais j'ai rien reçu\n[13:06] Agent ⟦P|Geneviève⟧: Désolée! Votre adresse complète svp?\n"
        "[13:06] Client: ⟦A|4520 av. Papineau, app 3⟧, ⟦L|Montréal⟧ ⟦a:PC|H2H 1V4⟧\n[13:07] Agent ⟦P|Geneviève⟧: Merci M. ⟦P|Tremblay⟧, j'ouvre une enquête ⟦o:TKT|ENQ-5520⟧.",
    )
    r(
        "fr_FR",
        "helpdesk_mail",
        "Bonjour l'équipe, juste pour signaler que la page ⟦o:PROD|Mon Espace Client⟧ renvoie ⟦o:ERR|Erreur 500⟧ depuis la mise à jour ⟦o:VER|v2.11.0⟧ du ⟦o:D|18/03/2025⟧. Identifiant de requête ⟦o:REQ|8c1e-44fa-b2d0⟧. Merci.",
    )
    r(
        "fr_FR",
        "helpdesk_mail",
        "Bonjour,\nJe souhaite résilier mon abonnement. Numéro client ⟦o:ORD|0045521880⟧.\nAdresse : ⟦P|Yannick Le Goff⟧, ⟦A|Lieu-dit Kerhuel⟧, ⟦a:PC|29120⟧ ⟦L|Pont-l'Abbé⟧.\nTel ⟦PH|+33 (0)2 98 55 12 40⟧\nCdlt",
    )
    # Spanish
    r(
        "es_ES",
        "helpdesk_mail",
        "Hola,\nOs escribo porque el pedido ⟦o:ORD|ES-118204⟧ llegó incompleto, falta el artículo ⟦o:SKU|ZP-3301-M⟧. Mis datos:\n⟦P|María del Carmen Ruiz Ortega⟧\nDNI ⟦NID@es.dni|97523655K⟧\n"
        "⟦A|C/ Alcalá 215, 3º B⟧\n⟦a:PC|28028⟧ ⟦L|Madrid⟧\nTel. ⟦PH|612 34 56 78⟧\nUn saludo",
    )
    r(
        "es_ES",
        "helpdesk_mail",
        "Buenas tardes, solicito el reembolso de ⟦o:AMT|59,00 €⟧ a la cuenta ⟦IBAN|ES81 2100 0418 4239 0546 8052⟧ a nombre de ⟦P|Jorge Navarro Gil⟧. Lo pagué con la tarjeta ⟦CC|4852 6194 2820 2889⟧. Ticket ⟦o:TKT|#44192⟧. Gracias.",
    )
    r(
        "es_ES",
        "live_chat",
        "cliente: hola, no me deja pagar con la tarjeta\nagente ⟦P|Lucía⟧: ¡Hola! ¿Qué error le aparece?\ncliente: ⟦o:ERR|CARD_DECLINED_05⟧\nagente ⟦P|Lucía⟧: ¿Me confirma su NIE para revisar la cuenta?\n"
        "cliente: ⟦NID@es.nie|x4918577g⟧\nagente ⟦P|Lucía⟧: Gracias, Sr. ⟦P|Oumarou⟧. Ya está desbloqueada.",
    )
    r(
        "es_ES",
        "helpdesk_mail",
        "Estimados señores:\nAdjunto mi solicitud de alta. Nombre: ⟦P|Wang Fang⟧, NIE ⟦NID@es.nie|Y-8063597-H⟧. Fecha de nacimiento: ⟦DOB|14 de febrero de 1990⟧. Domicilio: ⟦A|Avda. Diagonal 512, 5º 2ª⟧, ⟦a:PC|08006⟧ ⟦L|Barcelona⟧. "
        "Móvil ⟦PH|+34 655 112 904⟧. Correo ⟦E|wang.fang.bcn@gmail.com⟧.\nAtentamente",
    )
    r(
        "es_ES",
        "clinical_note",
        "Informe de alta — Servicio de Urgencias\nPaciente: ⟦P|Francisco Javier Domínguez⟧  NHC: ⟦MRN|00392817⟧  Tarjeta sanitaria: ⟦HPN|DMFR610403518830⟧\nFecha nac.: ⟦DOB|03/04/1961⟧\n"
        "Diagnóstico: fractura de radio distal. Control en ⟦o:QTY|10⟧ días.",
    )
    r(
        "es_MX",
        "live_chat",
        "usuario: buenas, quiero cambiar mi número de teléfono\nagente ⟦P|Ximena⟧: Claro, ¿cuál es el nuevo?\nusuario: ⟦PH|55 1234 5678⟧\nagente ⟦P|Ximena⟧: ¿Y su nombre completo?\n"
        "usuario: ⟦P|josé luis hernández⟧\nagente ⟦P|Ximena⟧: Listo, actualizado. Folio ⟦o:TKT|MX-20931⟧.",
    )
    r(
        "es_ES",
        "helpdesk_mail",
        "Hola, os confirmo la devolución del producto ⟦o:PROD|Cafetera Express Pro⟧ (⟦o:SKU|CEP-900⟧). Número de seguimiento ⟦o:TRK|PQ4B2Q0711223340128005A⟧. Importe ⟦o:AMT|129,95 €⟧. Saludos, ⟦P|Nerea⟧",
    )
    r(
        "es_ES",
        "helpdesk_mail",
        "Buenos días,\nPara la factura necesito que aparezca mi NIF ⟦TAX@es.dni|42168973-Z⟧ y la dirección fiscal ⟦A|Plaza Mayor 7, 1º izda.⟧, ⟦a:PC|37002⟧ ⟦L|Salamanca⟧. Factura ⟦o:INV|FAC-2025-0441⟧.\n⟦P|Íñigo Etxeberria⟧",
    )
    r(
        "es_ES",
        "helpdesk_mail",
        "Hola, este mes no hay problema con la cuota, todo correcto. Solo quería preguntar si el plan ⟦o:PROD|Fibra 600Mb⟧ sube a ⟦o:AMT|35 €⟧ a partir del ⟦o:D|1 de mayo⟧. Gracias.",
    )
    # Italian
    r(
        "it_IT",
        "helpdesk_mail",
        "Buongiorno,\nvi scrivo per il rimborso dell'ordine ⟦o:ORD|IT-552019⟧. Codice fiscale ⟦TAX@it.codicefiscale|FRRLCU90A01H501M⟧, IBAN ⟦IBAN|IT51X0542811101916111953650⟧.\n"
        "Cordiali saluti,\n⟦P|Luca Ferrari⟧\n⟦A|Via Appia Nuova 1021, int. 8⟧\n⟦a:PC|00178⟧ ⟦L|Roma⟧",
    )
    r(
        "it_IT",
        "helpdesk_mail",
        "Gentile servizio clienti,\nsono la Sig.ra ⟦P|Giuseppina Bianchi⟧, nata a Milano il ⟦DOB|12/05/1979⟧ (CF ⟦TAX@it.codicefiscale|bncgpp79e52f205g⟧). Non riesco ad accedere all'area riservata dal ⟦o:D|3 marzo⟧. Telefono ⟦PH|347 123 4567⟧.\nGrazie",
    )
    r(
        "it_IT",
        "live_chat",
        "cliente: ciao, il pacco ⟦o:TRK|LA123456789IT⟧ è fermo in dogana\noperatore ⟦P|Chiara⟧: Buongiorno! Mi conferma nome e indirizzo di consegna?\n"
        "cliente: ⟦P|salvatore esposito⟧, ⟦A|via toledo 256⟧, ⟦a:PC|80134⟧ ⟦L|napoli⟧\noperatore ⟦P|Chiara⟧: Grazie. Serve il pagamento di ⟦o:AMT|€ 12,40⟧ di dazi.",
    )
    r(
        "it_IT",
        "clinical_note",
        "Lettera di dimissione\nPaziente: ⟦P|Marta Esposito⟧, nata il ⟦DOB|1 settembre 1968⟧ a Torino\nCF: ⟦TAX@it.codicefiscale|SPSMRT68P41L219Q⟧\nCartella clinica n. ⟦MRN|2025/004471⟧\n"
        "Diagnosi: polmonite comunitaria. Terapia: amoxicillina ⟦o:QTY|1g⟧ x3 per ⟦o:QTY|7⟧ giorni. Controllo il ⟦o:D|2 aprile⟧.",
    )
    r(
        "it_IT",
        "helpdesk_mail",
        "Salve, il mio ordine ⟦o:ORD|#88120⟧ risulta consegnato ma non l'ho ricevuto. Abito in ⟦A|Corso Vittorio Emanuele II 54⟧, scala B, ⟦a:PC|10123⟧ ⟦L|Torino⟧. Cell ⟦PH|+39 333 987 6543⟧. ⟦P|Andrea Colombo⟧",
    )
    r(
        "it_IT",
        "helpdesk_mail",
        "Buonasera, la versione ⟦o:VER|5.2⟧ dell'app ⟦o:PROD|BancaFacile⟧ mostra l'errore ⟦o:ERR|E-2031⟧ quando apro il saldo. Segnalazione ⟦o:TKT|#TK-77410⟧ del ⟦o:D|15/03/2025⟧ ore ⟦o:T|18:22⟧.",
    )
    r(
        "it_IT",
        "helpdesk_mail",
        "Spett.le Ufficio Rimborsi,\nallego la patente n. ⟦DL|U1A12345B6⟧ come documento. Intestatario ⟦P|Sara Martini⟧, nata il ⟦DOB|19-06-1991⟧ a Genova, CF ⟦TAX@it.codicefiscale|MRTSRA91H59D969J⟧. Mail ⟦E|sara.martini@libero.it⟧.\nDistinti saluti",
    )
    r(
        "it_IT",
        "live_chat",
        "operatore ⟦P|Davide⟧: Buongiorno, in cosa posso aiutarla?\ncliente: vorrei disdire l'abbonamento palestra\noperatore ⟦P|Davide⟧: Mi dice il numero tessera?\ncliente: ⟦o:ORD|GYM 00 4471⟧\n"
        "operatore ⟦P|Davide⟧: Fatto, l'ultima rata di ⟦o:AMT|39 €⟧ sarà il ⟦o:D|1° aprile⟧. grazie mille, ⟦P|giulia⟧",
    )
    # Dutch
    r(
        "nl_NL",
        "helpdesk_mail",
        "Beste klantenservice,\n\nMijn bestelling ⟦o:ORD|NL-2025-00831⟧ is beschadigd aangekomen. Graag het bedrag (⟦o:AMT|€ 74,95⟧) terugstorten op ⟦IBAN|NL63 RABO 7280 2271 24⟧ t.n.v. ⟦P|Sanne de Vries⟧.\n\n"
        "Met vriendelijke groet,\n⟦P|Sanne de Vries⟧\n⟦A|Prinsengracht 263-II⟧\n⟦a:PC|1016 GV⟧ ⟦L|Amsterdam⟧",
    )
    r(
        "nl_NL",
        "helpdesk_mail",
        "Hallo,\nVoor de verificatie: mijn BSN is ⟦NID@nl.bsn|733212104⟧ en mijn geboortedatum ⟦DOB|23-11-1974⟧. Naam ⟦P|Mustafa El Idrissi⟧, ⟦A|Kruisstraat 18 bis⟧, ⟦a:PC|3581 GK⟧ ⟦L|Utrecht⟧. Bereikbaar op ⟦PH|06-12345678⟧.\nGroet",
    )
    r(
        "nl_NL",
        "live_chat",
        "klant: hoi, mijn factuur ⟦o:INV|F20250311-4471⟧ klopt niet\nmedewerker ⟦P|Bram⟧: Hoi! Wat klopt er niet aan?\nklant: er staat ⟦o:AMT|€ 112,00⟧ maar mijn abonnement is ⟦o:AMT|€ 45⟧\n"
        "medewerker ⟦P|Bram⟧: Ik zie het, er is een eenmalige aansluitkost. Mag ik je naam?\nklant: ⟦P|femke van der berg⟧\nmedewerker ⟦P|Bram⟧: Thanks ⟦P|Femke⟧, ik crediteer het.",
    )
    r(
        "nl_BE",
        "helpdesk_mail",
        "Goedendag,\nGraag wijziging domiciliëring naar rekening ⟦IBAN|BE21 1247 2789 6503⟧. Klantnummer ⟦o:ORD|0400-118-29⟧. Oude rekening was ⟦BBAN|068-2233445-47⟧. Rijksregisternummer heb ik niet bij de hand.\nMvg, ⟦P|Pieter Claes⟧, ⟦A|Meir 44 bus 3⟧, ⟦a:PC|2000⟧ ⟦L|Antwerpen⟧",
    )
    r(
        "nl_NL",
        "clinical_note",
        "Verwijsbrief huisarts\nPatiënt: mevr. ⟦P|Ingrid Bakker-Jansen⟧, geb. ⟦DOB|8 juli 1950⟧, BSN ⟦NID@nl.bsn|430 172 606⟧\nZorgverzekering: ⟦o:PROD|Zilveren Kruis⟧, polisnr ⟦HPN|ZK 998712034⟧\n"
        "Reden: progressieve dyspnoe. Verwezen naar longarts. Dr. ⟦P|Hendrik Visser⟧, ⟦L|Haarlem⟧",
    )
    r(
        "nl_NL",
        "helpdesk_mail",
        "Hoi, de nieuwe release ⟦o:VER|2025.3.1⟧ van de app geeft foutmelding ⟦o:ERR|NL-ERR-0042⟧ bij inloggen. Zie ook ticket ⟦o:TKT|#33017⟧. Geen persoonsgegevens nodig hoor.",
    )
    r(
        "nl_NL",
        "helpdesk_mail",
        "Geachte heer/mevrouw,\nIk verhuis per ⟦o:D|1 mei 2025⟧ naar ⟦A|Ds. van Dijkweg 12⟧, ⟦a:PC|9712 BM⟧ ⟦L|Groningen⟧. Mijn telefoonnummer blijft ⟦PH|+31 (0)50 555 1290⟧. "
        "Paspoortnummer voor de huurcontract-check: ⟦PP|NXC4R2L71⟧.\nMet vriendelijke groet,\n⟦P|Rutger Hoekstra⟧",
    )
    r(
        "nl_NL",
        "live_chat",
        "[09:41] klant: goedemorgen, pakket ⟦o:TRK|3SABCD1234567⟧ is nooit aangekomen\n[09:42] ⟦P|Noor⟧ (klantenservice): Vervelend! Wat is het afleveradres?\n"
        "[09:42] klant: ⟦A|Hoofdweg 221 huis⟧, ⟦L|Rotterdam⟧\n[09:43] ⟦P|Noor⟧ (klantenservice): Dank je, ik start een onderzoek. Groetjes\n[09:43] klant: top, dank! ⟦P|daan⟧",
    )
    r(
        "nl_NL",
        "helpdesk_mail",
        "Beste, mijn rijbewijsnummer is ⟦DL|5123456789⟧ en die is op ⟦o:D|12-02-2025⟧ verlopen, kan ik toch huren? Reservering ⟦o:ORD|RES-88103⟧. ⟦P|Kofi Asante⟧ ⟦E|kofi.asante@ziggo.nl⟧",
    )


def load_dev(r):
    r(
        "en_US",
        "dev_ticket",
        "Deploy to staging fails since ⟦o:SHA|3f9c2e1b7a⟧. Here's the .env from the box (sorry):\n```\nNODE_ENV=staging\nDATABASE_URL=⟦UC|postgres://app_user:Vx9!kR2mQp@10.0.4.17:5432/billing⟧\n"
        "STRIPE_SECRET_KEY=⟦S|sk_live_51NqZ8xK2hT4bLmW9vPq3RtYz0aBcD7eFgH1jK⟧\nREDIS_PASSWORD=⟦S|r3d!s-Pr0d-2024⟧\nLOG_LEVEL=debug\n```\nerror: ⟦o:ERR|ECONNREFUSED⟧ after ⟦o:QTY|30000⟧ms",
    )
    r(
        "en_GB",
        "dev_ticket",
        "Jira ⟦o:TKT|OPS-4412⟧: CI job can't pull from S3. Creds in the runner config:\nAWS_ACCESS_KEY_ID=⟦S|AKIA4XQ7TZ2LMN8PRV3K⟧\nAWS_SECRET_ACCESS_KEY=⟦S|q8Zr1+Tb6vWkPyN3e/HjXo2LmC5dRaFg0sUiE7Vn⟧\n"
        "region eu-west-2, bucket artefacts-prod. Runner host ⟦IP|172.31.22.140⟧. Raised by ⟦P|Callum Fraser⟧",
    )
    r(
        "en_US",
        "dev_ticket",
        "@⟦P|priya.s⟧ can you rotate this? I accidentally committed it in ⟦o:SHA|e4b1d9a0c2f7⟧:\n`GITHUB_TOKEN=⟦S|ghp_8kLmN2pQrS4tUvW6xYz0AbCdEfGh1IjK3lMn⟧`\nRepo: ⟦o:PROD|payments-service⟧, PR ⟦o:TKT|#1182⟧.",
    )
    r(
        "en_US",
        "dev_ticket",
        "Slack bot stopped posting (⟦o:ERR|invalid_auth⟧). Token from vault: ⟦S|xoxb-2291044718-5520918374012-Qw8eRt6yUi4oPa2sDf0gHjKl⟧. Channel ⟦o:REQ|C05ABCD12EF⟧. Last success ⟦o:D|2025-03-14⟧T⟦o:T|08:12:44Z⟧.",
    )
    r(
        "en_GB",
        "dev_ticket",
        "Can't SSH into bastion. Key below (yes I know):\n-----BEGIN OPENSSH PRIVATE KEY-----\n⟦S|b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW\nQyNTUxOQAAACBq3s9Yk1Xw2Rz8Lm7Vn4Tp0Qa6Uc5Je2Hb9Gd1Fc3SAAAAmJ8v2k1fL9p⟧\n-----END OPENSSH PRIVATE KEY-----\n"
        "host ⟦IP|203.0.113.45⟧ port 22, user deploy. — ⟦P|Ola Nordmann⟧",
    )
    r(
        "en_US",
        "dev_ticket",
        "Mongo connection string for the analytics job:\n⟦UC|mongodb+srv://etl_svc:H7%23pLq2%21xZ@cluster0.ab1cd.mongodb.net/analytics?retryWrites=true⟧\nJob id ⟦o:REQ|job-20250318-0912⟧, runtime ⟦o:VER|Python 3.11.8⟧.",
    )
    r(
        "en_US",
        "dev_ticket",
        "OpenAI calls failing with ⟦o:ERR|429 rate_limit_exceeded⟧. Key: ⟦S|sk-proj-Tq9vX2bN7mK4pL8rW1zY5aC3dF6gH0jE2sU4iO7⟧. Org ⟦o:REQ|org-9fKp2LmQ⟧. Request id ⟦o:REQ|req_a81c4e7b2d⟧.",
    )
    r(
        "en_GB",
        "dev_ticket",
        "Hi IT, I've been locked out of my laptop after the BitLocker prompt. Recovery key ID ⟦o:REQ|4F2A91C0⟧. My user is ⟦E|n.achterberg@fernwoodlogistics.co.uk⟧, desk phone ⟦PH|020 7946 0321 ext 4471⟧. Asset tag ⟦o:SKU|FWL-LT-0917⟧. Thanks, ⟦P|Nina⟧",
    )
    r(
        "en_US",
        "dev_ticket",
        "2FA backup codes for the shared admin account (please store in 1Password and delete this ticket):\n⟦S|8842-1930⟧ ⟦S|5501-7726⟧ ⟦S|0093-4418⟧ ⟦S|6217-3005⟧\nAccount: ⟦E|admin@clearviewdental.com⟧. Ticket ⟦o:TKT|HD-30219⟧.",
    )
    r(
        "en_US",
        "dev_ticket",
        "SendGrid emails bouncing (⟦o:ERR|550 5.7.1⟧). Config:\nSMTP_HOST=smtp.sendgrid.net\nSMTP_USER=apikey\nSMTP_PASS=⟦S|SG.xK2mP9qR4tV7wY0zA3.bC6dE9fG2hJ5kL8nM1pQ4rS7tU0vW3xY6zA9bC2dE5f⟧\nversion ⟦o:VER|nodemailer 6.9.9⟧",
    )
    r(
        "de_DE",
        "dev_ticket",
        "Hallo ⟦P|Tobias⟧, das Deployment auf ⟦IP|192.168.178.23⟧ schlägt fehl. Die Zugangsdaten aus der config.yml:\n  db:\n    host: db.intern.local\n    user: shop\n    password: ⟦S|Sommer2024!Shop⟧\n"
        "Fehler ⟦o:ERR|SQLSTATE[28000]⟧, Commit ⟦o:SHA|7c1e9d2⟧. Gruß ⟦P|Anja⟧",
    )
    r(
        "fr_FR",
        "dev_ticket",
        "Bonjour, le webhook Twilio ne marche plus. Account SID ⟦o:REQ|AC3f9a2b1c0d4e5f6a7b8c9d0e1f2a3b4c⟧, auth token ⟦S|9f8e7d6c5b4a39281706f5e4d3c2b1a0⟧. Appel test vers ⟦PH|+33 6 71 22 90 14⟧ à ⟦o:T|14h32⟧. — ⟦P|Élodie Garnier⟧",
    )
    r(
        "en_US",
        "dev_ticket",
        "FTP upload to vendor failing. We use ⟦UC|ftp://acme_upload:Xr8$wq!1@ftp.partnerfiles.net/inbound⟧ — error ⟦o:ERR|530 Login incorrect⟧ since ⟦o:D|Mar 1⟧. Vendor contact ⟦P|Gary Oduya⟧ ⟦PH|(470) 555-0193⟧.",
    )
    r(
        "es_ES",
        "dev_ticket",
        "Hola, la API de Google Maps devuelve ⟦o:ERR|REQUEST_DENIED⟧. La clave es ⟦S|AIzaSyD8kP2mQ4rT6vX9zB1cE3fH5jL7nR0tW2y⟧. Versión ⟦o:VER|3.54⟧. Saludos, ⟦P|Pablo Sáez⟧",
    )
    r(
        "en_US",
        "dev_ticket",
        "Azure function can't reach storage. Connection string:\nDefaultEndpointsProtocol=https;AccountName=contosodata;AccountKey=⟦S|Jx8Kp2Lq9Rm4Tn6Vw1Yz3Ab5Cd7Ef0Gh2Ij4Kl6Mn8Op0Qr2St4Uv6Wx8Yz0AbCdEfGh==⟧;EndpointSuffix=core.windows.net\n"
        "Func version ⟦o:VER|4.0.5455⟧, invocation ⟦o:UUID|7b3e9a41-2c8d-4f10-9e6b-0a5d1c2f8e47⟧.",
    )
    r(
        "en_GB",
        "dev_ticket",
        "VPN not connecting from home. My public IP is ⟦IP|86.142.77.19⟧, client ⟦o:VER|FortiClient 7.2.3⟧, error ⟦o:ERR|-7200⟧. Staff ID ⟦o:ORD|S-10442⟧, password is ⟦S|Tigers#2019⟧ if you need to test. ⟦P|Kiran Patel⟧, ⟦PH|0161 555 0142 ext 209⟧",
    )
    r(
        "en_US",
        "dev_ticket",
        "Helm values leaked in a public gist, rotating now:\n```yaml\ngrafana:\n  adminPassword: ⟦S|gr4f4n4-Adm1n-x9⟧\nsentry:\n  dsn: ⟦UC|https://a1b2c3d4e5f6:9f8e7d6c5b4a@o441122.ingest.sentry.io/5501234⟧\n```\nIncident ⟦o:TKT|SEC-0091⟧ opened ⟦o:D|2025-03-20⟧ ⟦o:T|22:14⟧.",
    )
    r(
        "nl_NL",
        "dev_ticket",
        "Hoi ⟦P|Joost⟧, kun je de API-key van Mollie vervangen? Huidige: ⟦S|live_Hq8K2mPx4Rt7Vz9Yb3Nc5Df1Gj⟧. Hij staat ook in de staging-config op ⟦IP|10.20.30.41⟧. Thanks! ⟦P|Lotte⟧",
    )
    r(
        "en_US",
        "dev_ticket",
        "PGP key for the payroll SFTP — partial paste from ⟦P|Hector Ramírez⟧'s email:\n-----BEGIN PGP PRIVATE KEY BLOCK-----\n\n⟦S|lQVYBGXk3aQBDADI7m9Kx2Lp4Rq8Tv1Wz3Yb6Nc0Df5Gh2Jk7Mn9Pq4Rs1Tu6Vw\n8Xy0Za3Bc5De7Fg9Hi2Jk4Lm6No8Pq0Rs2Tu4Vw6Xy8Za0Bc2De4Fg6Hi8Jk0Lm⟧\n...\nPassphrase: ⟦S|Payroll-Sftp-2025⟧",
    )
    r(
        "it_IT",
        "dev_ticket",
        "Ciao, il cron di backup fallisce: ⟦o:ERR|pg_dump: error: connection failed⟧. Stringa usata: ⟦UC|postgresql://backup:Bk%40p2025!@192.168.10.5:5432/erp⟧. Server ⟦IP|192.168.10.5⟧. ⟦P|Matteo Greco⟧",
    )
    r(
        "en_US",
        "dev_ticket",
        "Can someone reset the router admin? Current login is admin / ⟦S|Netgear!4471⟧. It's at ⟦IP|192.168.1.1⟧ in the ⟦L|Austin⟧ office. Camera feed is ⟦UC|rtsp://viewer:cam2291@10.0.0.60:554/stream1⟧. — ⟦P|Dwayne⟧",
    )
    r(
        "en_US",
        "dev_ticket",
        "Build ⟦o:VER|#4821⟧ failed at step 'docker push' with ⟦o:ERR|denied: requested access to the resource is denied⟧. Image ⟦o:PROD|api-gateway⟧:⟦o:VER|2.14.0-rc3⟧, digest ⟦o:SHA|sha256:9b1f4c2e7a0d⟧. Nothing secret in the logs.",
    )
    r(
        "en_AU",
        "dev_ticket",
        "hey ⟦P|mitch⟧, the xero integration broke. client secret is ⟦S|Xs_4Gt9Lp2Kq8Vm1Rz7Nb3Hc⟧ and tenant ⟦o:UUID|0f8c2e1a-9b4d-4e3f-a7c6-5d2b1e0f9a8c⟧. cheers ⟦P|shaz⟧",
    )
    r(
        "en_GB",
        "dev_ticket",
        "New starter ⟦P|Abimbola Oyewole⟧ (start ⟦o:D|07/04/2025⟧) needs accounts. Temp password set to ⟦S|Welcome-Apr25-Ab!⟧, must change on first login. Personal email for the welcome pack: ⟦E|bimbo.oyewole@gmail.com⟧, mobile ⟦PH|07911 123 456⟧. Right-to-work: passport ⟦PP|533380014⟧, NI ⟦NID|PX 44 19 02 C⟧.",
    )
    r(
        "en_US",
        "dev_ticket",
        'JWT secret is hardcoded in auth.js line ⟦o:QTY|42⟧: `const SECRET = "⟦S|s3cr3t-jwt-k3y-do-not-share-81f2⟧"`. Please move to KMS. Ticket ⟦o:TKT|SEC-1120⟧, version ⟦o:VER|1.9.3⟧.',
    )
    r(
        "de_DE",
        "dev_ticket",
        "Moin, meine PIN für das Diensthandy ist ⟦S|4471⟧ und die PUK ⟦S|81920374⟧ — brauche neue SIM, alte Nummer ⟦PH|+49 171 5550192⟧. Inventarnr. ⟦o:SKU|INV-HW-2291⟧. ⟦P|Jannik Schulte⟧",
    )
    r(
        "en_US",
        "dev_ticket",
        "Access logs show brute force from ⟦IP|45.133.1.92⟧ and ⟦IP|2001:db8:85a3::8a2e:370:7334⟧ against ⟦o:PROD|/wp-login.php⟧, ~⟦o:QTY|14,000⟧ requests between ⟦o:T|02:00⟧ and ⟦o:T|02:40 UTC⟧. Blocked at WAF rule ⟦o:ERR|942100⟧.",
    )
    r(
        "en_US",
        "dev_ticket",
        "Datadog agent not reporting. api_key: ⟦S|4f1c9e2b7a0d3f6e8b1c4a7d0e3f6b9c⟧ app_key: ⟦S|a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7a8b9⟧. Host ⟦o:PROD|web-03⟧, agent ⟦o:VER|7.51.0⟧.",
    )
    r(
        "en_CA",
        "dev_ticket",
        "MySQL creds for the reporting replica (read-only): ⟦UC|mysql://report_ro:Rp0rt%21ng@reports.db.internal:3306/warehouse⟧. Opened by ⟦P|Anh Nguyen⟧ at ⟦o:T|09:14 ET⟧. ⟦o:TKT|DATA-771⟧",
    )
    r(
        "fr_FR",
        "dev_ticket",
        "Mot de passe Wi-Fi invités : ⟦S|Bienvenue@Lyon2025⟧. Le routeur ⟦IP|10.0.0.254⟧ redémarre tout seul depuis la mise à jour ⟦o:VER|firmware 1.2.7⟧. Merci ⟦P|Sébastien⟧",
    )
    r(
        "en_US",
        "dev_ticket",
        "npm publish fails: ⟦o:ERR|E401 Unable to authenticate⟧. .npmrc has //registry.npmjs.org/:_authToken=⟦S|npm_Kx8mP2qR4tV7wY0zA3bC6dE9fG2hJ5kL8nM1⟧. Package ⟦o:PROD|@acme/ui-kit⟧@⟦o:VER|0.33.1⟧.",
    )
    r(
        "en_GB",
        "dev_ticket",
        "Redis URL in the worker: ⟦UC|redis://default:Qm7pZ2rX9@cache-01.prod.internal:6379/0⟧ — keyspace hits dropped ⟦o:PCT|40%⟧ after ⟦o:SHA|b7d2e91⟧. ⟦P|Callum⟧",
    )
    r(
        "en_US",
        "dev_ticket",
        "Customer ⟦P|Renata Souza⟧ (⟦E|renata.souza@cafeteriaflor.com⟧) says her Shopify webhook secret ⟦S|whsec_2mKp9qR4xT7vW1yZ3bN6cD8fG0hJ⟧ was shown in our error page. Screenshot on ticket ⟦o:TKT|SUP-55120⟧.",
    )
    r(
        "en_US",
        "dev_ticket",
        "Admin panel basic auth: ⟦UC|https://ops:Zt6!vQ2w@admin.tinyparcel.io/dashboard⟧ — please add ⟦P|Farhan⟧ from ⟦L|Dhaka⟧ team. TOTP seed ⟦S|JBSWY3DPEHPK3PXP7Q2M⟧. Sprint ⟦o:VER|24.6⟧.",
    )
    r(
        "es_ES",
        "dev_ticket",
        "Buenas, el servidor SMTP rechaza con ⟦o:ERR|535 5.7.8⟧. Usuario ⟦E|notificaciones@clinicasol.es⟧ contraseña ⟦S|Cl1n1c4S0l#25⟧. IP del servidor ⟦IP|81.45.203.17⟧. ⟦P|Carmen⟧",
    )
    r(
        "en_US",
        "dev_ticket",
        "Heads up: the log line `user=⟦E|m.okeke@lakeshorebank.com⟧ ip=⟦IP|73.22.190.8⟧ action=login status=ok ts=⟦o:D|2025-03-21⟧T⟦o:T|13:02:11Z⟧ req=⟦o:REQ|5fa2c1e9⟧` is being sent to the third-party logger. Please mask.",
    )


def load_more(r):
    r(
        "en_US",
        "support_ticket",
        "Hi, the checkout keeps timing out so I'm sending my card here, please process order ⟦o:ORD|#50-88213⟧ manually:\n⟦CC~fullwidth|４３１４ ４５６７ ７４８２ ８１８７⟧ exp ⟦o:D|04/29⟧ cvv on request\n"
        "⟦P|Olumide Balogun⟧, ⟦A|1418 Jefferson St⟧, ⟦L|Houston TX⟧ ⟦a:PC|77003⟧",
    )
    r(
        "en_GB",
        "live_chat",
        "customer: hi can you send the receipt to my other email ⟦E~url_encoded|maria.kovacs%40gmail.com⟧\nagent ⟦P|Josh⟧: Of course! Receipt for ⟦o:INV|RC-2291-0045⟧ (⟦o:AMT|£18.20⟧) sent.\ncustomer: ta. ⟦P|maria⟧",
    )
    r(
        "en_GB",
        "support_ticket",
        "Please call me back on ⟦PH~zero_width|+44 7700\u200b900\u200b318⟧ re: complaint ⟦o:TKT|CMP-44910⟧. Ask for Mrs ⟦P|Adaeze Nwosu⟧. Best between ⟦o:T|5⟧ and ⟦o:T|7pm⟧.",
    )
    r(
        "en_US",
        "live_chat",
        "agent ⟦P|Tyler⟧: For security I need the full card number again\ncustomer: ok its ⟦CC~line_break|4841 6606\n0220 1804⟧\nagent ⟦P|Tyler⟧: thanks Mr. ⟦P|Castellanos⟧, your account ⟦o:ORD|ACCT-99201⟧ is verified.",
    )
    r(
        "en_US",
        "support_ticket",
        "hi i tried calling but the automated line asked me to say my social so i said ⟦SSN~spelled_digits|five four four, eight eight, eight eight two five⟧ and it failed lol. can a person call me, ⟦P|Darnell Pierce⟧ ⟦PH|(216) 555-0175⟧",
    )
    r(
        "en_GB",
        "clinical_note",
        "Transcribed voicemail: 'Hello, it's ⟦P|Margaret Oyinlola⟧, my date of birth is ⟦DOB~spelled_words|the fourteenth of July nineteen forty-nine⟧, ringing about my repeat prescription, my NHS number is ⟦NID@gb.nhs~spelled_digits|five nine eight nine eight two two four seven two⟧. Thank you.' Received ⟦o:T|08:51⟧.",
    )
    r(
        "de_DE",
        "helpdesk_mail",
        "Hallo, bitte schicken Sie die Rechnung an ⟦E~at_dot|lukas.meier [at] gmx [dot] de⟧ (mein Spamfilter blockt sonst). Kundennummer ⟦o:ORD|100-448-271⟧. Danke, ⟦P|Lukas Meier⟧",
    )
    r(
        "en_US",
        "dev_ticket",
        "Threat intel: phishing kit reported by ⟦P|Soraya Haddad⟧ posts to ⟦IP~defanged|185[.]220[.]101[.]47⟧. Victim list includes ⟦E|j.rivera@pinecrestcu.org⟧. IOC hash ⟦o:SHA|d41d8cd98f00b204e9800998ecf8427e⟧. Case ⟦o:TKT|TI-2025-0312⟧.",
    )
    r(
        "en_US",
        "support_ticket",
        "Form submission (mobile keyboard): Name ⟦P|Haruto Sato⟧ / DOB ⟦DOB~fullwidth|１２/０４/１９８８⟧ / Phone ⟦PH~fullwidth|０９０-１２３４-５６７８⟧ / Plan ⟦o:PROD|Unlimited Plus⟧ / Ref ⟦o:ORD|JP-US-44102⟧",
    )
    r(
        "nl_NL",
        "helpdesk_mail",
        "Beste, hierbij mijn gegevens voor de huurtoeslag-check: BSN ⟦NID@nl.bsn~odd_separators|7885.48.001⟧, rekening ⟦IBAN~lowercase|nl58 ingb 0002 5794 67⟧. Vriendelijke groet, ⟦P|Özlem Kaya⟧, ⟦A|Laan van Meerdervoort 412⟧, ⟦a:PC|2563 BE⟧ ⟦L|Den Haag⟧",
    )
    r(
        "en_US",
        "dev_ticket",
        "Proxy config from ⟦P|Ikechukwu⟧'s machine: HTTPS_PROXY=⟦UC~url_encoded|http://ike.obi:Lagos%402024%21@proxy.corp.local:8080⟧ — causes ⟦o:ERR|407 Proxy Authentication Required⟧ for everyone else.",
    )
    r(
        "en_GB",
        "support_ticket",
        "Please update bank details for the refund: ⟦P|Declan Murphy⟧, sort code ⟦a:BC|90-12-44⟧, account ⟦BBAN|31926819⟧. Ref ⟦o:ORD|RFD-00218⟧ for ⟦o:AMT|£62.40⟧. Alternatively IBAN ⟦IBAN|IE40 AIBK 9311 5251 2807 95⟧ (Irish account).",
    )
    r(
        "en_US",
        "support_ticket",
        "Our payroll vendor needs employee SSNs corrected:\n• ⟦P|Luz Marina Quintero⟧ — ⟦SSN|092-80-8017⟧ \n• ⟦P|Bao Tran⟧ — ⟦SSN|205549641⟧\n• ⟦P|Kenji Watanabe⟧ — ⟦SSN|222 48 6359⟧\nBatch ⟦o:ORD|PR-2025-06⟧, pay date ⟦o:D|03/28/2025⟧.",
    )
    r(
        "en_US",
        "support_ticket",
        "Hi — sole proprietor here, my W-9: ⟦P|Rosalind Achterberg⟧ dba Achterberg Design, TIN ⟦TAX@us.ein|32-2742387⟧, ⟦A|2901 Gough St⟧, ⟦L|San Francisco, CA⟧ ⟦a:PC|94123⟧. Invoice ⟦o:INV|AD-0091⟧.",
    )
    r(
        "en_GB",
        "support_ticket",
        "Self-assessment help: my UTR is ⟦TAX@gb.utr|1501345184⟧ and NI number ⟦NID|JG 10 37 52 A⟧. I'm ⟦P|Tunde Bakare⟧, ⟦A|77 Moseley Road⟧, ⟦L|Birmingham⟧ ⟦a:PC|B12 0HJ⟧. Deadline ⟦o:D|31 January⟧ worries me!",
    )
    r(
        "en_US",
        "live_chat",
        "customer: i need to rent a car for ⟦o:D|4/12⟧, heres my license ⟦DL|B7731092⟧ california\nagent ⟦P|Nicole⟧: Thanks! Name as on license?\ncustomer: ⟦P|MIGUEL A. FUENTES⟧\nagent ⟦P|Nicole⟧: And DOB?\ncustomer: ⟦DOB|10-03-92⟧\nagent ⟦P|Nicole⟧: Booked, confirmation ⟦o:ORD|R-5512-XK⟧.",
    )
    r(
        "en_GB",
        "support_ticket",
        "Van hire booking ⟦o:ORD|VH-20391⟧ — driving licence number ⟦DL|MORGA711165G99LK⟧. Name ⟦P|Gareth Morgan⟧, DOB ⟦DOB|16/11/1975⟧, ⟦PH|01633 555 218⟧. Deposit on card ⟦CC|5349-5584-2218-3620⟧.",
    )
    r(
        "en_CA",
        "support_ticket",
        "Ontario licence ⟦DL|O9204-71840-85713⟧ for the insurance quote, plus my passport ⟦PP|GA302118⟧ as second ID. ⟦P|Kwabena Owusu-Ansah⟧, ⟦A|19 Glenholme Ave⟧, ⟦L|Toronto⟧ ⟦a:PC|M6H 3A9⟧. SIN if needed ⟦NID@ca.sin|266-313-766⟧.",
    )
    r(
        "en_AU",
        "support_ticket",
        "Travel insurance claim ⟦o:ORD|TI-AU-33018⟧. Passport ⟦PP|PA7720431⟧, VIC licence ⟦DL|093 441 872⟧. Flight ⟦o:FLT|QF9⟧ on ⟦o:D|2 Feb⟧. ⟦P|Ngaire Whitehorse⟧, ⟦PH|+61 3 9555 0412⟧, ⟦E|ngaire.w@iinet.net.au⟧",
    )
    r(
        "de_DE",
        "helpdesk_mail",
        "Sehr geehrte Damen und Herren,\nfür die Kontoeröffnung übermittle ich: Reisepass ⟦PP|C7K2H9R41⟧, Personalausweis ⟦NID|T22000129⟧, Steuer-ID ⟦TAX@de.idnr|27353316484⟧, IBAN ⟦IBAN|DE12 5001 0517 9464 2148 04⟧.\n"
        "⟦P|Olena Shevchenko⟧\n⟦A|Goethestr. 5, Hinterhaus, 3. OG⟧\n⟦a:PC|60313⟧ ⟦L|Frankfurt am Main⟧\n⟦E|olena.shevchenko@t-online.de⟧",
    )
    r(
        "fr_FR",
        "helpdesk_mail",
        "Bonjour, je vous transmets mon numéro de sécurité sociale pour le remboursement : ⟦NID@fr.nir|1 97 09 48 238 576 06⟧, et mon permis de conduire ⟦DL|140775200112⟧. ⟦P|Rachid Ouahbi⟧, ⟦A|27 boulevard Voltaire⟧, ⟦a:PC|75011⟧ ⟦L|Paris⟧. ⟦E|r.ouahbi@laposte.net⟧",
    )
    r(
        "es_ES",
        "helpdesk_mail",
        "Hola, adjunto los datos de mi hijo para el seguro escolar: ⟦P|Adrián López Vidal⟧, DNI ⟦NID@es.dni|22062147-H⟧, nacido el ⟦DOB|7/3/2012⟧. Cuenta para domiciliar: ⟦BBAN|0049 1500 07 4829681301⟧. Titular ⟦P|Rocío Vidal Sanz⟧. Pasaporte de la madre ⟦PP|PAK418203⟧.",
    )
    r(
        "it_IT",
        "helpdesk_mail",
        "Buongiorno, per la pratica ⟦o:TKT|PR-2025-1182⟧ invio: passaporto ⟦PP|YA8812044⟧, CF ⟦TAX@it.codicefiscale|CLMNDR02S15G273V⟧ (⟦P|Andrea Colombo⟧, nato a Palermo il ⟦DOB|15.11.2002⟧), ⟦E|andrea.colombo02@gmail.com⟧. Grazie",
    )
    r(
        "en_US",
        "support_ticket",
        "Amex ⟦CC|3404 686703 39579⟧ declined with ⟦o:ERR|CVV_MISMATCH⟧, try Discover ⟦CC|6011-6609-3982-4251⟧ instead. Order ⟦o:ORD|EZ-0049122⟧ total ⟦o:AMT|$1,089.00⟧. — ⟦P|Prakash Menon⟧",
    )
    r(
        "en_GB",
        "support_ticket",
        "Direct debit mandate: account holder ⟦P|Hyun-woo Lee⟧, sort code ⟦a:BC|40-11-62⟧, account no. ⟦BBAN|7720 4419⟧. Start ⟦o:D|1st May⟧, monthly ⟦o:AMT|£29.00⟧.",
    )
    r(
        "en_US",
        "support_ticket",
        "Refund via ACH please: ⟦P|Fernanda Oliveira⟧, routing ⟦a:BC|026009593⟧, checking ⟦BBAN|004418827301⟧. Original payment ⟦o:REQ|pi_3OqK2L9xB1⟧ on ⟦o:D|Feb 26⟧.",
    )
    r(
        "nl_NL",
        "helpdesk_mail",
        "Goedemiddag, voor de terugbetaling: ⟦IBAN|NL24INGB3550023824⟧ t.n.v. ⟦P|Wouter van 't Hof⟧. Oude rekening ⟦BBAN|ABNA 0330 8161 63⟧ is opgeheven. Bestelling ⟦o:ORD|2025-4471-NL⟧.",
    )
    r(
        "fr_FR",
        "helpdesk_mail",
        "Bonjour, virement reçu ? Je l'ai fait depuis ⟦IBAN|FR76 2004 1010 0598 9712 2614 926⟧ le ⟦o:D|17 mars⟧, référence ⟦o:REQ|VIR-55120-A⟧. Ancien compte ⟦BBAN|30004 00819 33298171327 57⟧. ⟦P|Claire Fontaine⟧",
    )
    r(
        "de_DE",
        "helpdesk_mail",
        "Hallo, kleine Rückfrage zur Rechnung ⟦o:INV|2025-00881⟧: ist der Rabatt von ⟦o:PCT|15 %⟧ auf ⟦o:AMT|499,00 €⟧ schon abgezogen? Artikel ⟦o:SKU|KB-MX-220⟧, Menge ⟦o:QTY|3⟧. Danke!",
    )
    r(
        "en_US",
        "live_chat",
        "agent: Hi, welcome to ShipRight! How can I help?\ncustomer: where is ⟦o:TRK|1Z 4E8 92V 03 4471 2290⟧\nagent: It's in transit, ETA ⟦o:D|Tuesday, March 25⟧ by ⟦o:T|8 PM⟧.\ncustomer: cool thanks",
    )
    r(
        "en_GB",
        "dev_ticket",
        "Postmortem summary: outage ⟦o:D|2025-03-09⟧ ⟦o:T|13:40⟧–⟦o:T|14:55 UTC⟧, root cause config push ⟦o:SHA|9ac41f0e2b⟧, ⟦o:PCT|3.2%⟧ error rate, ⟦o:QTY|1,204⟧ failed requests. Follow-ups ⟦o:TKT|REL-220⟧, ⟦o:TKT|REL-221⟧.",
    )
    r(
        "es_ES",
        "live_chat",
        "cliente: hola, cuánto cuesta el envío a Canarias?\nagente: Hola, son ⟦o:AMT|9,95 €⟧ y tarda ⟦o:QTY|5⟧ días laborables.\ncliente: vale gracias\nagente: ¡A usted! Ref. conversación ⟦o:TKT|CH-88120⟧",
    )
    r(
        "it_IT",
        "helpdesk_mail",
        "Buongiorno, l'aggiornamento ⟦o:VER|14.2.1⟧ del firmware ⟦o:PROD|Router X200⟧ ha risolto l'errore ⟦o:ERR|PPP-691⟧. Potete chiudere il ticket ⟦o:TKT|#20931⟧. Grazie.",
    )
    r(
        "en_US",
        "dev_ticket",
        'Terraform state had a DB password in plaintext: `db_password = "⟦S~split_lines|Kp9#vL2q\nWx7!mZ4r⟧"` (it wrapped in the paste). Rotated ⟦o:D|2025-03-22⟧. Also the bastion private IP ⟦IP|10.12.0.8⟧. Owner ⟦P|Ivana Horvat⟧.',
    )
    r(
        "en_GB",
        "dev_ticket",
        "Customer support exported a CSV with columns email,phone — row ⟦o:ROW|1182⟧: ⟦E~zero_width|sam\u200b.oduya@gmail.com⟧, ⟦PH~odd_separators|07700/900/264⟧. Please purge by ⟦o:D|Friday⟧. — ⟦P|Priyanka⟧",
    )


def load(r):
    load_support(r)
    load_clinical(r)
    load_eu(r)
    load_dev(r)
    load_more(r)


load(r)


def main():
    rows = []
    for i, (loc, sty, src) in enumerate(R):
        text, spans = parse(src)
        rec = {
            "id": f"h13a-{i:05d}",
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
    with open("heldout13a.jsonl", "w", encoding="utf-8") as f:
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
