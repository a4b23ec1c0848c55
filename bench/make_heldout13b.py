#!/usr/bin/env python3
"""Build heldout13b.jsonl from hand-written records with inline markup.
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
        "bank_dispute",
        'Subject: Dispute – unrecognized charge\n\nHello, my name is ⟦P|Priya Raghunathan⟧ and I\'m writing about a charge of ⟦o:AMT|$1,284.37⟧ on ⟦o:D|March 3⟧ from "ELECTROMART #0457" on my Visa ending in 3347. Full card number is ⟦CC|4111 1122 2233 3347⟧, exp 09/28. I never authorized this. My dispute reference from the phone agent was ⟦o:TKT|DSP-2026-0088142⟧. Best number is ⟦PH|(512) 555-0147⟧, or e-mail ⟦E|priya.raghu@fastmail.com⟧.\n\nThanks,\n⟦P|Priya⟧',
    )
    r(
        "en_US",
        "loan_application",
        "MORTGAGE APPLICATION – BORROWER INFORMATION\nBorrower: ⟦P|Oluwaseun A. Adeyemi⟧\nSSN: ⟦SSN|512-48-7730⟧\nDOB: ⟦DOB|04/17/1986⟧\nCurrent address: ⟦A|4410 Briar Hollow Ln, Apt 2207, Houston, TX 77027⟧\nYears at address: 3\nCo-borrower: ⟦P|Funmilayo Adeyemi⟧, SSN ⟦SSN|263-71-9048⟧, DOB ⟦DOB|11/02/1988⟧\nLoan amount requested: ⟦o:AMT|$412,500.00⟧ @ ⟦o:PCT|6.125%⟧, 30-yr fixed\nLoan #: ⟦o:ORD|LN-7730019245⟧ (not the SSN!)\nDirect deposit: routing ⟦a:BC|111000614⟧, checking acct ⟦BBAN|5829 1047 3316⟧",
    )
    r(
        "en_US",
        "insurance_claim",
        "Auto claim first notice of loss. Claim number ⟦o:TKT|CLM-04-881273-A⟧. Insured: ⟦P|Dmitri Volkov⟧, policy ⟦o:ORD|PAP 2291 6604⟧. Other driver: ⟦P|Keisha Monroe⟧, ⟦PH|+1 404-555-0163⟧, Georgia DL ⟦DL|058 214 776⟧. Accident occurred ⟦o:D|02/26/2026⟧ at approx ⟦o:T|7:42 AM⟧ at Peachtree & 14th. Estimated damage ⟦o:AMT|$6,950⟧.",
    )
    r(
        "en_US",
        "utility_account",
        "Hi – I'm moving out of ⟦A|88 Elm Street, Unit 3R, Somerville, MA 02143⟧ on the 31st. Please close the gas account ⟦o:ORD|8812-004-5521⟧ and send the final bill to my new place: ⟦A|2150 N Halsted St #4, Chicago, IL 60614⟧. Account holder is ⟦P|Siobhan O'Rourke⟧, last 4 of SSN 7730 is NOT mine btw, the rep typed it wrong – mine ends in 2315. Phone ⟦PH|617.555.0138⟧.",
    )
    r(
        "en_US",
        "rental_application",
        'RENTAL APPLICATION\nApplicant: ⟦P|Tran Thi Bich Ngoc⟧ (goes by "⟦P|Ngoc⟧")\nDate of birth: ⟦DOB|1993-08-21⟧\nSSN/ITIN: ⟦TAX@us.itin|918-73-4120⟧\nCurrent landlord: ⟦P|Gary Feldstein⟧ ⟦PH|(718) 555-0102 ext. 14⟧\nPresent address: ⟦A|1427 86th Street, Apt 5F\nBrooklyn, NY 11228⟧\nEmployer: Golden Lotus Nails LLC, EIN ⟦TAX@us.ein|47-2918300⟧\nMonthly income: ⟦o:AMT|$4,200⟧\nApplication fee paid: ⟦o:AMT|$55.00⟧, receipt ⟦o:INV|RCP-000918⟧',
    )
    r(
        "en_US",
        "car_rental",
        "Reservation ⟦o:ORD|K7Q4ZP⟧ confirmed. Pick-up: LAX Terminal 5, ⟦o:D|Apr 12, 2026⟧ ⟦o:T|14:30⟧. Driver: ⟦P|Hamid Rahimi⟧, California DL ⟦DL|D4418207⟧, expires 2029. Additional driver ⟦P|Leila Rahimi⟧, DL ⟦DL|Y2093384⟧. Flight ⟦o:FLT|AS 1247⟧. Card on file Amex ⟦CC|3742 891056 32019⟧. Loyalty #: 88311247 (Emerald Club).",
    )
    r(
        "en_US",
        "clinic_appointment",
        'Appointment reminder: ⟦P|Margaret "Peggy" Lindqvist⟧, DOB ⟦DOB|6/9/1947⟧, MRN ⟦MRN|004829136⟧ – Cardiology follow-up with Dr. ⟦P|Anil Mehta⟧ on ⟦o:D|Thursday 4/16⟧ at ⟦o:T|10:15 am⟧. Please bring your Medicare card (MBI ⟦HPN|1EG4-TE5-MK73⟧) and your supplemental plan card. Reply C to confirm. Ref ⟦o:REQ|APT-55120987⟧.',
    )
    r(
        "en_US",
        "pharmacy",
        "Rx ready for pickup – store #4471. Patient ⟦P|Jamal Whitaker⟧. Rx ⟦o:ORD|6032814-04471⟧ atorvastatin 40mg, qty ⟦o:QTY|90⟧. Insurance: BCBS member ID ⟦HPN|XGJ884120573⟧, group 00172049. Copay ⟦o:AMT|$12.50⟧.",
    )
    r(
        "en_US",
        "voicemail_transcript",
        "[Voicemail 00:41] Hey, this is ⟦P|Connor⟧ from Sunbelt Credit Union calling for ⟦P|Rosalind Okafor⟧, uh, regarding your auto loan. Please give me a call back at ⟦PH~spelled|eight six six, five five five, zero one nine one⟧, extension ⟦o:QTY|3302⟧. Reference number is ⟦o:TKT|A-C-4-4-1-9-0⟧. Thanks, bye.",
    )
    r(
        "en_US",
        "whatsapp",
        "[3/14/26, 9:02 PM] mom: did u send the insurance thing\n[3/14/26, 9:05 PM] ⟦P|aaliyah⟧: yes!! policy # is ⟦o:ORD|HO3-5518822⟧ and the claim is ⟦o:TKT|77104562⟧\n[3/14/26, 9:05 PM] ⟦P|aaliyah⟧: they want ur SSN tho\n[3/14/26, 9:07 PM] mom: ⟦SSN|401 88 2315⟧ dont share it\n[3/14/26, 9:07 PM] mom: also the garage code is ⟦S|4471#⟧",
    )
    r(
        "en_US",
        "benefit_form",
        "SNAP Recertification – Household Member 2\nName: ⟦P|Guadalupe Zúñiga-Reyes⟧\nRelationship: Spouse\nDate of birth: ⟦DOB|January 5, 1979⟧\nSSN: ⟦SSN|538206614⟧\nMedicaid ID: ⟦HPN|91447236K⟧\nCase number: ⟦o:TKT|0044817263⟧\nMailing: ⟦A|PO Box 1182, Socorro, NM 87801⟧",
    )
    r(
        "en_US",
        "job_application",
        "Cover letter\n\n⟦P|Ji-woo Park⟧\n⟦A|3390 Wilshire Blvd, Suite 1210, Los Angeles, CA 90010⟧\n⟦E|jiwoo.park.dev@gmail.com⟧ | ⟦PH|213-555-0177⟧ | github.com/jwpark\n\nDear Hiring Manager,\n\nI'm applying for Senior Data Engineer (req ⟦o:REQ|R-2026-11847⟧). At my current role I migrated our pipeline from Spark ⟦o:VER|2.4.8⟧ to ⟦o:VER|3.5.1⟧ and cut costs by ⟦o:PCT|38%⟧...",
    )
    r(
        "en_US",
        "ecommerce_return",
        "Return request for order ⟦o:ORD|112-4471938-5520617⟧. Item: Nordic Trail 40L backpack, SKU ⟦o:SKU|NT-40L-OLV-M⟧. Reason: zipper broken. Label generated, UPS tracking ⟦o:TRK|1Z999AA10123456784⟧. Refund of ⟦o:AMT|$129.99⟧ to original payment. Return address on file: ⟦P|Bjørn Halvorsen⟧, ⟦A|1809 Lake St, Apt 3, Minneapolis MN 55408⟧.",
    )
    r(
        "en_US",
        "hotel_booking",
        "Guest profile update – please add passport for international stay.\nGuest: Ms. ⟦P|Adaeze Nwosu⟧\nUS passport: ⟦PP|567194832⟧, exp 2031-03-10\nDOB: ⟦DOB|02 Dec 1990⟧\nLoyalty: Marriott Bonvoy 2093 771 854\nConfirmation: ⟦o:ORD|81442097⟧, check-in ⟦o:D|May 2⟧, 2 nights, rate ⟦o:AMT|USD 289.00⟧/night",
    )
    r(
        "en_US",
        "bank_dispute",
        'Zelle fraud report. I sent ⟦o:AMT|$750⟧ to someone posing as my landlord. They used the name "⟦P|Kevin Brandt⟧" and phone ⟦PH|+1 (929) 555-0184⟧. My account: routing ⟦a:BC|021000021⟧ acct ⟦BBAN|000483920117⟧. Transaction ID ⟦o:REQ|ZL9K2X4M7Q⟧ on ⟦o:D|2026-02-19⟧ ⟦o:T|18:07:22⟧. Online banking was accessed from IP ⟦IP|73.158.204.19⟧ which isn\'t me. – ⟦P|Marisol Quiñones⟧',
    )
    r(
        "en_US",
        "school_enrolment",
        "Kindergarten enrollment – Student: ⟦P|Mateo Alejandro Ríos⟧, DOB ⟦DOB|09.14.2020⟧. Parent/guardian: ⟦P|Carolina Ríos Benítez⟧, cell ⟦PH|(305) 555-0126⟧, email ⟦E|caro.rios.b@yahoo.com⟧. Home: ⟦A|12240 SW 152nd St, Miami, FL 33186⟧. Pediatrician: Dr. ⟦P|Naomi Feld⟧. Immunization record attached (form DH680). School year ⟦o:D|2026–27⟧.",
    )
    r(
        "en_US",
        "support_ticket",
        "Ticket ⟦o:TKT|#INC0049128⟧ – internet down since ⟦o:D|Sunday⟧. Modem model CM1200 fw ⟦o:VER|V7.01.04⟧. Customer ⟦P|Ryo Tanaka⟧ says he changed the admin login and now can't get in. Tech note: router admin was ⟦UC|http://admin:Tanaka1978!@192.168.100.1/⟧ – customer reset it on call. Public IP ⟦IP|98.42.117.203⟧. Error ⟦o:ERR|T3-TIMEOUT-0x2F⟧.",
    )
    r(
        "en_US",
        "cv",
        "⟦P|ESPERANZA MAKOENA-DIAZ⟧\n⟦A|705 E 9th Ave, Denver, CO 80203⟧ · ⟦PH|720 555 0110⟧ · ⟦E|esperanza.md@protonmail.com⟧\n\nEXPERIENCE\nClaims Adjuster II, Front Range Mutual (2019–present)\n• Closed 1,100+ auto claims/yr with avg cycle time of 11 days\n• Trained on Guidewire ClaimCenter ⟦o:VER|10.2⟧\nEDUCATION\nB.S. Finance, CU Boulder, 2018",
    )
    r(
        "en_US",
        "email",
        "Hi ⟦P|Ahmed⟧,\n\nThe title company needs the seller's wiring info before closing on ⟦o:D|4/28⟧. Please do NOT email it – call ⟦P|Wendy Kowalczyk⟧ directly at ⟦PH|(602) 555-0199 x221⟧. Closing file ⟦o:TKT|AZ-26-01173⟧, purchase price ⟦o:AMT|$538,000⟧, earnest money ⟦o:AMT|$10,000⟧.\n\nBest,\n⟦P|Tom⟧",
    )
    r(
        "en_US",
        "insurance_claim",
        "Homeowner claim – water damage. Policyholder: ⟦P|Chinonso Eze⟧. Property: ⟦A|Rural Route 2, Box 118, Alma, AR 72921⟧. Loss date ⟦o:D|01/09/2026⟧. Adjuster: ⟦P|Becky Tillman⟧ ⟦E|btillman@ozarkmutual.com⟧. Contents inventory lists a Samsung WF45 washer (model ⟦o:SKU|WF45T6000AW⟧) and 3 rugs. Deductible ⟦o:AMT|$2,500⟧.",
    )
    r(
        "en_US",
        "benefit_form",
        "Unemployment claim – weekly certification. Claimant ID ⟦o:ROW|UI-3381047⟧. Name: ⟦P|Vasile Munteanu⟧. Last 4 SSN: 1175. Full SSN ⟦SSN|468-92-1175⟧. Week ending ⟦o:D|03/07/2026⟧. Online PIN: ⟦S|8842⟧. Were you able and available to work? Yes.",
    )
    r(
        "en_US",
        "telecom_chat",
        "Agent: Thanks for contacting Verizon. To verify, can I get the account PIN?\nCustomer: ⟦S|552918⟧\nAgent: Thank you ⟦P|Shanice⟧. I see the line ⟦PH|(267) 555-0143⟧ on the Unlimited Plus plan. Your bill of ⟦o:AMT|$142.18⟧ is due ⟦o:D|3/22⟧.\nCustomer: ok and can you port out my daughter's number, her name is ⟦P|Tamia Brooks⟧\nAgent: Port-out PIN is ⟦S|90417726⟧, valid 7 days.",
    )
    r(
        "en_US",
        "clinic_appointment",
        "Patient portal message\nFrom: ⟦P|Eleanor Whitfield-Yazzie⟧ (MRN ⟦MRN|E00719342⟧)\nTo: Dr. ⟦P|Samuel Begay⟧\nRe: refill\n\nHi Dr. ⟦P|Begay⟧, I'm out of metformin 500mg. My IHS number is ⟦HPN|IHS-4471820⟧. I'm staying at my sister's in ⟦L|Gallup⟧ until next Friday so please send to the Walmart pharmacy there. Thanks!",
    )
    r(
        "en_US",
        "recruiting",
        "Background check authorization\nCandidate: ⟦P|Francisco Javier de la Cruz Olmedo⟧\nAKA: ⟦P|Frank De La Cruz⟧\nDOB: ⟦DOB|Jul-30-1984⟧\nSSN: ⟦SSN|355 17 2209⟧\nDriver license: Texas ⟦DL|31409825⟧\nCurrent address: ⟦A|9016 Gateway Blvd W, Apt 44, El Paso, TX 79925⟧\nPrevious address: ⟦A|Calle Mina 212, Col. Centro, 32000 Cd. Juárez, Chih., México⟧\nPackage: Standard ⟦o:PROD|CheckPoint Pro⟧, order ⟦o:ORD|BG-5520349⟧",
    )
    r(
        "en_US",
        "whatsapp",
        'hey ⟦P|deshawn⟧ its ⟦P|marcus⟧. new wifi pw is ⟦S|Brisket&Biscuits22⟧ network name is "Brooks5G". landlord said rent goes up to ⟦o:AMT|1,650⟧ in june smh',
    )
    r(
        "en_US",
        "email",
        "Your Amtrak eTicket: Reservation ⟦o:ORD|4C1A9F⟧, Train ⟦o:FLT|Acela 2153⟧ departing NYP ⟦o:T|6:00 AM⟧ ⟦o:D|Fri, Apr 3⟧. Total ⟦o:AMT|$218.00⟧. Seat 8C. This is an automated message; please do not reply.",
    )
    r(
        "en_US",
        "support_ticket",
        "Order ⟦o:ORD|#300-8812-4471⟧ shipped via USPS ⟦o:TRK|9400 1112 0206 1234 5678 90⟧. Estimated delivery ⟦o:D|March 18–20⟧. Items: 2 × ⟦o:SKU|HB-220-BLK⟧, 1 × ⟦o:SKU|HB-CASE-01⟧. Subtotal ⟦o:AMT|$86.40⟧, tax ⟦o:AMT|$7.13⟧.",
    )
    r(
        "en_US",
        "loan_application",
        "Small business loan – guarantor section.\nBusiness: Patel & Sons Hardware LLC, EIN ⟦TAX@us.ein|86-5120700⟧\nGuarantor: ⟦P|Rajesh Kumar Patel⟧, SSN ⟦SSN|142-59-3307⟧, DOB ⟦DOB|3 March 1966⟧\nHome: ⟦A|27 Orchard Hill Rd\nEdison, NJ 08820⟧\nBusiness account at Chase: ⟦BBAN|9904471283⟧ (routing ⟦a:BC|021000021⟧)\nRequested: ⟦o:AMT|$150,000⟧ SBA 7(a), term 10 yrs",
    )
    r(
        "en_US",
        "insurance_claim",
        "Health claim appeal. Member: ⟦P|Yusuf Abdi Warsame⟧, member ID ⟦HPN|W298410557⟧, group ⟦o:ROW|GRP 004412⟧. Claim ⟦o:TKT|2026031400977⟧ for date of service ⟦o:D|01/22/2026⟧ was denied with code ⟦o:ERR|CO-197⟧. Provider: Hennepin Healthcare, patient acct ⟦MRN|HH-7710294⟧. Billed ⟦o:AMT|$3,412.00⟧.",
    )
    r(
        "en_US",
        "car_rental",
        "Damage waiver declined. Renter ⟦P|Kateryna Shevchenko⟧, New York license ⟦DL|734 218 905⟧, DOB ⟦DOB|1995/10/03⟧. Vehicle: 2025 Nissan Rogue, plate not recorded, odometer ⟦o:QTY|18,442⟧ mi. Agreement ⟦o:ORD|RA 55281907⟧.",
    )
    r(
        "en_US",
        "support_ticket",
        "Property mgmt IT ticket ⟦o:TKT|#PM-2291⟧: the gate intercom for ⟦A|Sunridge Apartments, 4500 E Sahara Ave, Las Vegas, NV 89104⟧ stopped dialing out. SIP account from the vendor sheet: ⟦UC|sip:gate-4500:Gt8!x2Lm@voip.sunridge.example:5060⟧. Intercom LAN IP ⟦IP|10.20.1.15⟧, WAN ⟦IP|68.104.33.219⟧. Resident reporting: ⟦P|Dolores Ybarra⟧, unit 218, ⟦PH|702-555-0135⟧.",
    )
    r(
        "es_CL",
        "email",
        "Hola ⟦P|Felipe⟧, te dejo el acceso al servidor de respaldo de la contabilidad: ⟦UC|https://contador:Aromos.2026@respaldo.losaromos.example/dav/⟧. Ojo que don ⟦P|Hernán⟧ está de vacaciones en ⟦L|Pucón⟧ hasta el ⟦o:D|30/03⟧, así que cualquier duda conmigo. ⟦P|Marcela⟧",
    )
    r(
        "pt_BR",
        "support_ticket",
        "Chamado ⟦o:TKT|TI-88120⟧: impressora da clínica não digitaliza para a pasta. Configuração atual ⟦UC|ftp://scan_recepcao:Clinica%402024@192.168.0.20/scan⟧. Solicitante: Dra. ⟦P|Helena Vasconcelos⟧... corrigindo, solicitante ⟦P|Bruna Teles⟧ (recepção), ramal 214, celular ⟦PH|(62) 99120-4471⟧.",
    )
    r(
        "en_US",
        "whatsapp",
        "[11:02] ⟦P|jess⟧: omg im stuck at the airport in ⟦L|Bogotá⟧, flight ⟦o:FLT|AV 244⟧ cancelled\n[11:03] ⟦P|mike p⟧: noo. where r u staying\n[11:05] ⟦P|jess⟧: airline put me at the GHL near the airport, room 412. back in ⟦L|Houston⟧ tmrw hopefully\n[11:05] ⟦P|jess⟧: can u feed Biscuit lol the door code is ⟦S|0412⟧",
    )
    r(
        "es_AR",
        "whatsapp",
        "[09:12] ⟦P|Vero⟧: ma, llegaste bien a ⟦L|Mendoza⟧?\n[09:30] ⟦P|Mamá⟧: sí hija, estoy en lo de la tía ⟦P|Nélida⟧ en ⟦A|Calle Patricias Mendocinas 1870, M5500 Mendoza⟧\n[09:31] ⟦P|Vero⟧: bueno avisame cualquier cosa. el número de la tía es ⟦PH|261 423-8810⟧ no?",
    )
    r(
        "en_CA",
        "voicemail_transcript",
        "Hi ⟦P|Mohammed⟧, it's ⟦P|Sandra⟧ from Northern Lights Credit Union in ⟦L|Whitehorse⟧. We flagged a login to your account from ⟦IP|185.220.101.47⟧, which looks like it's overseas. We've locked online banking. Please call us at ⟦PH~spelled|eight six seven, five five five, zero one four eight⟧. Thanks.",
    )
    r(
        "en_US",
        "clinic_appointment",
        "Telehealth visit link for ⟦P|Jorge Luis Peña⟧: https://telehealth.valleymed.example/join?mrn=⟦MRN~url_encoded|VM%2D00447120⟧&t=⟦o:D|2026-04-02⟧T⟦o:T|15:30⟧. Please join 10 minutes early. Interpreter (Spanish) requested.",
    )
    r(
        "en_US",
        "loan_application",
        "Auto loan pre-approval for ⟦P|Kiri Tūhoe-Walker⟧, currently living in ⟦L|Anchorage⟧. Credit tier A, APR ⟦o:PCT|5.49%⟧, max amount ⟦o:AMT|$38,000⟧. Co-signer: ⟦P|Hemi Walker⟧, DOB ⟦DOB~spelled|March third, nineteen sixty-two⟧. Offer ⟦o:ORD|PA-447120⟧ valid until ⟦o:D|04/30/2026⟧.",
    )
    r(
        "en_CA",
        "benefit_form",
        "Canada Child Benefit application – Applicant\nName: ⟦P|Harpreet Kaur Sandhu⟧\nSIN: ⟦NID@ca.sin|527 193 403⟧\nDate of birth: ⟦DOB|1991-05-28⟧\nAddress: ⟦A|8812 128 St, Unit 204\nSurrey BC  V3W 4A7⟧\nSpouse: ⟦P|Gurpreet Singh Sandhu⟧, SIN ⟦NID@ca.sin|138-405-774⟧\nChild: ⟦P|Simran Sandhu⟧, born ⟦DOB|2024-01-11⟧\nDirect deposit: transit 04512, institution 003, account ⟦BBAN|5013377⟧",
    )
    r(
        "en_CA",
        "clinic_appointment",
        "Hi ⟦P|Liam⟧, this is a reminder from Bloor West Family Health for your physical on ⟦o:D|Tue Apr 7⟧ at ⟦o:T|9:40⟧. Please bring your OHIP card (⟦HPN|4471-820-394-KT⟧). If you've moved, update your address – we have ⟦A|56 Runnymede Rd, Toronto ON M6S 2Y4⟧ on file. Call ⟦PH|416-555-0188⟧ to reschedule.",
    )
    r(
        "en_CA",
        "rental_application",
        "Rental application – 2BR at 1200 Beach Ave\nApplicant 1: ⟦P|Mei-Ling Chow⟧, ⟦E|meiling.chow@shaw.ca⟧, ⟦PH|+1 604 555 0175⟧\nApplicant 2: ⟦P|Tomás Echeverría⟧, ⟦E|tomas.echeverria@outlook.com⟧\nCurrent: ⟦A|Suite 1903 – 1028 Barclay Street, Vancouver, BC V6E 0B1⟧\nReferences: ⟦P|Brenda Mackay⟧ (previous landlord) ⟦PH|250-555-0131⟧\nCredit report consent: Yes. Desired move-in ⟦o:D|June 1, 2026⟧. Rent offered ⟦o:AMT|CAD 3,450⟧.",
    )
    r(
        "en_CA",
        "car_rental",
        "Ontario driver's licence on file: ⟦DL|S2913-40875-90312⟧. Name: ⟦P|Sebastian Szymański⟧. Rental ⟦o:ORD|YYZ-88120475⟧, returned ⟦o:D|2026-03-09⟧ ⟦o:T|11:52⟧, fuel ⟦o:PCT|75%⟧, extra charge ⟦o:AMT|$38.60⟧.",
    )
    r(
        "en_CA",
        "utility_account",
        "Hi, I'm ⟦P|Geneviève Tremblay-Ouellet⟧ and I'm moving. New address: ⟦A|1455, rue Saint-Denis, app. 6, Montréal (Québec) H2X 3J8⟧. My Hydro-Québec customer number is ⟦o:ORD|6512 3398 0471⟧. Phone: ⟦PH|514 555-0162⟧. Merci!",
    )
    r(
        "en_CA",
        "insurance_claim",
        "Claim ⟦o:TKT|ICBC-26-0041187⟧. Driver 1: ⟦P|Aarav Bhattacharya⟧, BC DL ⟦DL|7730194⟧, ⟦PH|778-555-0152⟧. Driver 2: ⟦P|Colleen Fitzgerald⟧, BC DL ⟦DL|4418206⟧. Collision on Hwy 1 near Abbotsford ⟦o:D|Feb 12⟧. Photos uploaded (7).",
    )
    r(
        "en_CA",
        "job_application",
        "Hello, I'm applying for the CSR role (posting ⟦o:REQ|JOB-44120⟧). I'm a permanent resident; my SIN is ⟦NID@ca.sin~zero_width|719\u200b630\u200b287⟧ (starts with 7 because it was issued before PR). Reach me at ⟦E~at_dot|olena [dot] bondarenko [at] gmail [dot] com⟧. – ⟦P|Olena Bondarenko⟧, ⟦L|Winnipeg⟧",
    )
    r(
        "en_CA",
        "bank_dispute",
        "Interac e-Transfer reference ⟦o:REQ|CA7Hq3pL⟧ for ⟦o:AMT|$2,000.00⟧ went to the wrong person. I typed ⟦E|jprice88@hotmail.com⟧ instead of ⟦E|jpriece88@hotmail.com⟧. My security answer was ⟦S|maplesyrup⟧. Please help – ⟦P|Jean-Pierre Côté⟧, ⟦PH|(819) 555-0107⟧",
    )
    r(
        "en_CA",
        "pharmacy",
        "Shoppers Rx ⟦o:ORD|RX 7741203⟧ is ready. Patient: ⟦P|Abdullahi Hassan⟧, DOB ⟦DOB|14/02/1958⟧, plan: Blue Cross ⟦HPN|GSC 88402176-01⟧. Pickup at 3003 Danforth Ave by ⟦o:D|Mar 25⟧.",
    )
    r(
        "en_CA",
        "hotel_booking",
        "Booking ⟦o:ORD|5812443097⟧ at Fairmont Banff Springs, ⟦o:D|Jul 18–21, 2026⟧. Guests: ⟦P|Ingrid Solberg⟧ and ⟦P|Erik Solberg⟧. Canadian passport ⟦PP|GA482017⟧. Aeroplan 447 201 9938. Special requests: late check-in (flight ⟦o:FLT|AC 215⟧ lands ⟦o:T|22:05⟧).",
    )
    r(
        "en_CA",
        "voicemail_transcript",
        "Hi, it's ⟦P|Nadia⟧ calling from the rental office at Kensington Court. This message is for ⟦P|Kwame Asante⟧. Your unit 412 lease renewal is ready, new rent is ⟦o:AMT|$1,895⟧ starting ⟦o:D|May first⟧. The lockbox code for the key pickup is ⟦S~spelled|two nine four one⟧. Call me back at ⟦PH|403 555 0114⟧. Thanks.",
    )
    r(
        "en_CA",
        "recruiting",
        "Candidate: ⟦P|Aisling Ní Bhriain⟧\nLocation: ⟦L|Halifax, NS⟧\nEmail: ⟦E|aisling.nibhriain@dal.ca⟧\nPhone: ⟦PH|+1 902-555-0139⟧\nStatus: Offer extended ⟦o:D|2026-03-02⟧, salary ⟦o:AMT|CAD 78,000⟧, requisition ⟦o:REQ|HFX-2026-017⟧",
    )
    r(
        "en_CA",
        "telecom_chat",
        "rogers support: we see 3 failed logins to MyRogers from ⟦IP|24.114.82.201⟧ and ⟦IP|2607:fea8:1d60:4b00::7c⟧. customer ⟦P|Darnell Fraser⟧ confirmed the second one is his home. temp password issued: ⟦S|Rg!7vKp29w⟧ (must change on login). case ⟦o:TKT|CS-0918827⟧",
    )
    r(
        "en_CA",
        "benefit_form",
        "Ontario Works – Applicant: ⟦P|Fatima Zahra El Idrissi⟧, DOB ⟦DOB|22 Oct 1983⟧, SIN ⟦NID@ca.sin|294518634⟧, health card ⟦HPN|9021 774 310 AB⟧. Address: ⟦A|c/o Maison Interval, 270 Rideau St, Ottawa ON K1N 5Y1⟧. Member ID (SAMS): ⟦o:ROW|0447120983⟧.",
    )
    r(
        "en_CA",
        "ecommerce_return",
        "Canada Post return label: ⟦o:TRK|7023 2104 4718 8820⟧. Send to: Returns Dept, 5 Unity Way, Mississauga ON. RMA ⟦o:TKT|RMA-112049⟧. Your refund of ⟦o:AMT|$64.99 CAD⟧ will be processed within 5–7 business days.",
    )
    r(
        "es_MX",
        "loan_application",
        "SOLICITUD DE CRÉDITO HIPOTECARIO\nSolicitante: ⟦P|Mariana Hernández González⟧\nCURP: ⟦NID@mx.curp|HEGM870312MDFRNR03⟧\nRFC: ⟦TAX@mx.rfc|HEGM870312JU4⟧\nFecha de nacimiento: ⟦DOB|12/03/1987⟧\nDomicilio: ⟦A|Calle Durango 245, int. 3, Col. Roma Norte, Alcaldía Cuauhtémoc, 06700 Ciudad de México, CDMX⟧\nTeléfono: ⟦PH|55 4123 8890⟧\nCorreo: ⟦E|mariana.hdzg@gmail.com⟧\nMonto solicitado: ⟦o:AMT|$2,850,000.00 MXN⟧ a 20 años, tasa ⟦o:PCT|10.45%⟧\nFolio: ⟦o:TKT|HIP-2026-000417⟧",
    )
    r(
        "es_MX",
        "bank_dispute",
        "Buenas tardes, quiero aclarar un cargo no reconocido por ⟦o:AMT|$3,499.00⟧ del ⟦o:D|8 de marzo⟧ en mi tarjeta ⟦CC|5522 0411 8765 4324⟧. Mi CLABE para el reembolso es ⟦BBAN|012180001183597198⟧. Número de aclaración ⟦o:TKT|ACL-88120447⟧. Atte. ⟦P|Jesús González Villalobos⟧, cel. ⟦PH|+52 33 3812 4471⟧.",
    )
    r(
        "es_MX",
        "whatsapp",
        "[10:14] ⟦P|Lupita⟧ 🌸: oye me pasas tu curp pa lo del seguro popular\n[10:15] ⟦P|pepe⟧: ⟦NID@mx.curp|OOCL790930HVZRRS09⟧\n[10:15] ⟦P|pepe⟧: y el rfc ⟦TAX@mx.rfc|OOCL790930T20⟧\n[10:16] ⟦P|Lupita⟧ 🌸: gracias!! ya quedó, el folio es ⟦o:TKT|SP-4471902⟧\n[10:20] ⟦P|pepe⟧: va, ahí te deposito los ⟦o:AMT|$850⟧ en la tarde",
    )
    r(
        "es_MX",
        "insurance_claim",
        "Reporte de siniestro ⟦o:TKT|04-26-0071834⟧. Asegurado: ⟦P|Luis Orozco Cruz⟧, póliza ⟦o:ORD|AUT-55-2291847⟧. Conductor al momento: ⟦P|Rodrigo Orozco Salas⟧, licencia Veracruz ⟦DL|VER0451238⟧. Tercero: ⟦P|Ximena Aguilar Torres⟧, tel. ⟦PH|229 118 4470⟧. Lugar: Blvd. Ávila Camacho y Calle Hidalgo, Boca del Río. Ajustador: Ing. ⟦P|Raúl Mendoza⟧, llegada ⟦o:T|16:42⟧.",
    )
    r(
        "es_MX",
        "school_enrolment",
        "Preinscripción – Universidad Autónoma de Nuevo León\nAspirante: ⟦P|Ana Ramírez Martínez⟧\nCURP: ⟦NID@mx.curp|RAMA050218MNLMRN01⟧\nFecha de nacimiento: ⟦DOB|18 de febrero de 2005⟧\nCorreo: ⟦E|ana.ramirez.mtz05@hotmail.com⟧\nDirección: ⟦A|Av. Lázaro Cárdenas 2400, Col. Valle Oriente, 66269 San Pedro Garza García, N.L.⟧\nTutor: ⟦P|Miguel Ramos Medina⟧ (padrastro), RFC ⟦TAX@mx.rfc|RAMM850603HA0⟧\nMatrícula asignada: ⟦o:ROW|2045817⟧ · Examen: ⟦o:D|17/05/2026⟧ ⟦o:T|08:00 h⟧",
    )
    r(
        "es_MX",
        "utility_account",
        "CFE – Aviso de recibo. Servicio ⟦o:ORD|297 130 401 228⟧, titular ⟦P|Daniela Pérez López⟧, ⟦A|Priv. 5 de Mayo 18-B, Barrio de Santiago, 72410 Puebla, Pue.⟧ Periodo ⟦o:D|10 ENE 26 – 10 MAR 26⟧, consumo ⟦o:QTY|412 kWh⟧, total a pagar ⟦o:AMT|$1,218.00⟧. Domiciliación con CLABE ⟦BBAN|072180004512398785⟧.",
    )
    r(
        "es_MX",
        "job_application",
        "CURRÍCULUM VITAE\n⟦P|Sofía Martínez Villalobos⟧\n⟦L|Chihuahua, Chih.⟧ · ⟦PH|(614) 203 7781⟧ · ⟦E|sofia.mtz.villa@outlook.com⟧\nCURP ⟦NID@mx.curp|MAVS880905MCHRLF06⟧ · NSS ⟦HPN|32018844712⟧\nExperiencia: Contadora en Maquiladora Delphi (2014–2025). Manejo de SAP ⟦o:VER|S/4HANA 2023⟧ y CONTPAQi.\nPretensión salarial: ⟦o:AMT|$32,000 brutos⟧",
    )
    r(
        "es_MX",
        "car_rental",
        "Contrato de renta ⟦o:ORD|CUN-7712094⟧ – Aeropuerto de Cancún T3. Arrendatario: ⟦P|Wilhelm Bergström⟧, pasaporte sueco ⟦PP|91834527⟧, licencia ⟦DL|SE-880412-3318⟧. Depósito en garantía ⟦o:AMT|USD 1,500⟧ con tarjeta ⟦CC|4532 1678 9012 3454⟧. Devolución ⟦o:D|22/04/2026⟧.",
    )
    r(
        "es_MX",
        "pharmacy",
        "Farmacias del Ahorro – Pedido a domicilio ⟦o:ORD|FA-3304712⟧\nCliente: Doña ⟦P|Refugio Castañeda⟧\nEntrega: ⟦A|Calle Allende 711, entre Juárez y Morelos, Centro, 28000 Colima, Col.⟧\nTel: ⟦PH|312 314 0092⟧\nProductos: Losartán 50 mg x30 (⟦o:SKU|7501008491843⟧), Metformina 850 mg x30\nTotal ⟦o:AMT|$412.50⟧",
    )
    r(
        "es_MX",
        "telecom_chat",
        "Telcel: Tu código de verificación es ⟦S|884120⟧. No lo compartas con nadie. Si no solicitaste el cambio de SIM para el número ⟦PH|55 1034 8827⟧ llama al *264.",
    )
    r(
        "es_MX",
        "benefit_form",
        "Pensión para el Bienestar de las Personas Adultas Mayores\nBeneficiario: ⟦P|José Guadalupe Tzec Canché⟧\nCURP: ⟦NID@mx.curp|TECG590416HYNZND05⟧\nFecha de nacimiento: ⟦DOB|16-IV-1959⟧\nLocalidad: ⟦A|Calle 21 x 18 y 20 #104, Col. Centro, 97700 Tizimín, Yuc.⟧\nClave de elector INE: ⟦NID|TZCNGD59041631H700⟧\nMonto bimestral: ⟦o:AMT|$6,200.00⟧",
    )
    r(
        "es_MX",
        "hotel_booking",
        "Confirmación de reserva ⟦o:ORD|OAX-55821⟧ – Hotel Casa Antigua, Oaxaca. Huésped: ⟦P|Kenji Watanabe⟧, pasaporte ⟦PP|TZ1047823⟧ (Japón). Llegada ⟦o:D|3 de noviembre⟧ (Día de Muertos), 4 noches, ⟦o:AMT|MXN 9,840⟧. Factura a nombre de: Transportes Arroyo Bravo SA de CV, RFC ⟦TAX@mx.rfc|TAB050412QR1⟧.",
    )
    r(
        "es_MX",
        "ecommerce_return",
        "Hola, quiero devolver el pedido ⟦o:ORD|MX-2026-9918274⟧ de Mercado Libre, llegó la talla equivocada (pedí ⟦o:SKU|ZAP-NK-27.5⟧). Guía de Estafeta: ⟦o:TRK|7045 8812 3301 4471 20⟧. Gracias.",
    )
    r(
        "es_MX",
        "email",
        "Estimado Lic. ⟦P|Óscar del Valle⟧:\nAdjunto la constancia de situación fiscal de Comercializadora Orión SA de CV (RFC ⟦TAX@mx.rfc|COR980211LMA⟧). Para el pago de la factura ⟦o:INV|A-10447⟧ por ⟦o:AMT|$58,116.00⟧ usen la CLABE ⟦BBAN|014180655107346821⟧ de Santander.\nSaludos,\n⟦P|Claudia Ibarra⟧\nTel. ⟦PH|(81) 8344-1290 ext. 117⟧",
    )
    r(
        "es_MX",
        "voicemail_transcript",
        "Buzón de voz: Hola, habla ⟦P|Rocío⟧ de la clínica dental Sonrisas, es para confirmar la cita de ⟦P|Emiliano⟧ el ⟦o:D|jueves⟧ a las ⟦o:T|cinco y media⟧. Si no puede, marque al ⟦PH~spelled|cincuenta y cinco, cuarenta y uno, veintidós, treinta, ochenta y ocho⟧. Gracias.",
    )
    r(
        "es_MX",
        "clinic_appointment",
        "IMSS – Cita médica\nDerechohabiente: ⟦P|Martha Alicia Jiménez Ruiz⟧\nNSS: ⟦HPN|0187 62 1459 3⟧\nUMF: 28 Gabriel Mancera\nFecha de cita: ⟦o:D|02/04/2026⟧ ⟦o:T|09:20⟧\nConsultorio: 7 Turno Matutino\nExpediente: ⟦MRN|UMF28-004471-2⟧",
    )
    r(
        "es_CO",
        "bank_dispute",
        "Señores Bancolombia: solicito la reversión de la compra por ⟦o:AMT|COP 1.890.000⟧ realizada el ⟦o:D|11/03/2026⟧ con mi tarjeta débito terminada en 0392. Nunca recibí el producto. Titular: ⟦P|Valentina Restrepo Gaviria⟧, C.C. ⟦NID|1.020.734.598⟧ de Bogotá. Cuenta de ahorros ⟦BBAN|236-448120-17⟧. Celular ⟦PH|310 456 7890⟧. Radicado ⟦o:TKT|PQR-2026-3318470⟧.",
    )
    r(
        "es_CO",
        "rental_application",
        "FORMATO DE ARRENDAMIENTO – Inmobiliaria Laureles\nArrendatario: ⟦P|Juan Camilo Ospina Zuluaga⟧\nCédula: ⟦NID|1.143.962.035⟧\nFecha de nacimiento: ⟦DOB|07-ago-1996⟧\nDirección actual: ⟦A|Cra. 43A # 1 Sur-100, Apto 1208, El Poblado, Medellín⟧\nDeudor solidario: ⟦P|María Eugenia Zuluaga de Ospina⟧, C.C. ⟦NID|43.512.880⟧, ⟦PH|(604) 311 4472⟧\nCanon: ⟦o:AMT|$2.400.000⟧ + administración ⟦o:AMT|$380.000⟧\nInmueble: código ⟦o:ROW|INM-0774⟧",
    )
    r(
        "es_CO",
        "email",
        "Buenos días ⟦P|Andrés⟧, para la factura electrónica ⟦o:INV|FE-2291⟧ necesito los datos de la empresa: Distribuidora Andina SAS, NIT ⟦TAX@co.nit|900.482.316-4⟧, dirección ⟦A|Calle 93 #11A-28, Oficina 502, Bogotá D.C.⟧ Y a título personal el NIT del representante legal ⟦P|Hernando Pulido Rozo⟧ es ⟦TAX@co.nit|79583214-8⟧. Quedo atenta, ⟦P|Yuliana⟧.",
    )
    r(
        "es_CO",
        "insurance_claim",
        "SOAT – Reclamación ⟦o:TKT|SIN-26-004812⟧. Víctima: ⟦P|Brayan Stiven Mosquera Palacios⟧, C.C. ⟦NID|1.077.448.219⟧, atendido en Clínica Chicamocha, historia clínica ⟦MRN|HC 1077448219-03⟧. Vehículo placa ⟦o:ROW|KQZ-41F⟧, póliza ⟦o:ORD|AT-1302-88471209⟧. Accidente el ⟦o:D|23 de febrero⟧ en la vía ⟦L|Bucaramanga⟧–Floridablanca.",
    )
    r(
        "es_CO",
        "whatsapp",
        "⟦P|mafe⟧: amiga ya tienes la clave del wifi del apto?\n⟦P|caro⟧: sí es ⟦S|Cartagena2026*⟧\n⟦P|mafe⟧: graciaas, y la de netflix?\n⟦P|caro⟧: la misma jajaja. el correo es ⟦E|carolina.vergara.92@gmail.com⟧\n⟦P|mafe⟧: 😂 ok",
    )
    r(
        "es_CO",
        "hotel_booking",
        "Reserva ⟦o:ORD|CTG-447120⟧ – Hotel Sofitel Santa Clara, Cartagena. Titular: ⟦P|Sebastián Duque Arango⟧, pasaporte ⟦PP|AT482091⟧, ⟦E|sduquea@une.net.co⟧. LifeMiles 04471209833. Vuelo ⟦o:FLT|AV 9522⟧ llega ⟦o:T|13:05⟧. Tarifa ⟦o:AMT|USD 312⟧ + IVA ⟦o:PCT|19%⟧.",
    )
    r(
        "es_CO",
        "clinic_appointment",
        "EPS Sura: su cita de medicina general quedó asignada para el ⟦o:D|14/04/2026⟧ a las ⟦o:T|7:40 a.m.⟧ en IPS Sura Industriales. Paciente: ⟦P|Gloria Inés Cárdenas⟧, documento CC ⟦NID|52418907⟧. Si no puede asistir cancele al ⟦PH|(604) 448 6115⟧ o a #888. Código de cita ⟦o:REQ|77194402⟧.",
    )
    r(
        "es_CO",
        "utility_account",
        "Cambio de titular – EPM. Contrato ⟦o:ORD|4471289⟧. Nuevo titular: ⟦P|Oscar Iván Rentería⟧, CC ⟦NID|1.036.229.145⟧, ⟦E|oscar.renteria@gmail.com⟧. Dirección del servicio: ⟦A|Calle 48 # 80-55, Int. 201, Barrio Floresta, Medellín⟧. Estrato 3. Último consumo: ⟦o:QTY|18 m³⟧.",
    )
    r(
        "es_CO",
        "job_application",
        "Hoja de vida\n⟦P|Daniel Felipe Rodríguez Quintero⟧\nCC ⟦NID|1.018.455.390⟧ · Libreta militar ⟦NID|1018455390⟧\n⟦A|Carrera 15 # 124-30, Apto 704, Bogotá⟧\n⟦PH|+57 315 882 4410⟧ · ⟦E|dfrodriguezq@unal.edu.co⟧\nPerfil: Ingeniero de sistemas con 6 años en desarrollo Java ⟦o:VER|17⟧ y Spring Boot ⟦o:VER|3.2⟧.",
    )
    r(
        "es_CO",
        "car_rental",
        "Localiza – Contrato ⟦o:ORD|BOG-2026-55102⟧. Conductor: ⟦P|Natalia Ocampo⟧, licencia de conducción No. ⟦DL|1.053.822.417⟧ categoría B1. Tarjeta de garantía ⟦CC|4987 6543 2101 2372⟧. Kilometraje salida ⟦o:QTY|42.118 km⟧.",
    )
    r(
        "es_CO",
        "support_ticket",
        "Claro Hogar – ticket ⟦o:TKT|1-88412097331⟧. Sin internet desde el ⟦o:D|lunes⟧. Cliente: ⟦P|Alirio Becerra⟧. Técnico reporta que el router tenía acceso remoto activo: ⟦UC|http://admin:Claro_2024@181.55.14.202:8080⟧. IP pública del cliente ⟦IP|181.55.14.202⟧. Se cambió contraseña y se desactivó.",
    )
    r(
        "es_CO",
        "benefit_form",
        "Inscripción Familias en Acción. Titular: ⟦P|Luz Dary Mosquera Rentería⟧, CC ⟦NID|35.602.447⟧, nacida el ⟦DOB|3 de mayo de 1982⟧ en ⟦L|Quibdó⟧. Hijos: ⟦P|Yeison Mosquera⟧ (TI ⟦NID|1.077.990.113⟧, nac. ⟦DOB|12/09/2012⟧), ⟦P|Dayana Mosquera⟧ (RC ⟦NID|1.077.998.540⟧, nac. ⟦DOB|30/01/2016⟧). ⟦A|Vereda La Troje, zona rural⟧, municipio de ⟦L|Quibdó⟧.",
    )
    r(
        "es_AR",
        "loan_application",
        "Solicitud de préstamo personal – Banco Nación\nApellido y nombre: ⟦P|Ferreyra, Lucía Belén⟧\nDNI: ⟦NID@ar.dni|31.486.529⟧\nCUIL: ⟦TAX@ar.cuit|27-31486529-9⟧\nFecha de nacimiento: ⟦DOB|29/11/1985⟧\nDomicilio: ⟦A|Av. Corrientes 1234, piso 3 dto. B, C1043AAZ CABA⟧\nCelular: ⟦PH|+54 9 11 4567-8901⟧\nCBU para acreditación: ⟦BBAN@ar.cbu|0110599520000012345678⟧\nMonto: ⟦o:AMT|$ 4.500.000⟧ en 36 cuotas, TNA ⟦o:PCT|68,5%⟧\nTrámite Nº ⟦o:TKT|0004471-2026⟧",
    )
    r(
        "es_AR",
        "whatsapp",
        "[12/3 19:40] ⟦P|Tincho⟧: che pasame el cbu q te transfiero lo del asado\n[12/3 19:41] ⟦P|Fer⟧: ⟦BBAN@ar.cbu|2850590940090418135201⟧\n[12/3 19:41] ⟦P|Fer⟧: o el alias ⟦BBAN|fer.pizarro.mp⟧\n[12/3 19:43] ⟦P|Tincho⟧: listo ⟦o:AMT|$18.500⟧, comprobante ⟦o:REQ|MP-88412095113⟧\n[12/3 19:44] ⟦P|Fer⟧: gracias crack 🙌",
    )
    r(
        "es_AR",
        "insurance_claim",
        "Denuncia de siniestro – La Segunda Seguros. Póliza ⟦o:ORD|05-01-0447120⟧. Asegurado: ⟦P|Gustavo Adolfo Bianchi⟧, DNI ⟦NID@ar.dni|28715403⟧, CUIT ⟦TAX@ar.cuit|20-28715403-9⟧. Conductor tercero: ⟦P|Nahuel Quispe⟧, registro de conducir ⟦DL|38.991.204⟧, ⟦PH|0351 15-622-4419⟧. Choque en Bv. San Juan y Vélez Sarsfield, Córdoba, ⟦o:D|02/03/2026⟧ ⟦o:T|08:15 hs⟧. Franquicia ⟦o:AMT|$ 650.000⟧.",
    )
    r(
        "es_AR",
        "utility_account",
        'Edesur – Reclamo ⟦o:TKT|R-20260314-998127⟧ por corte de luz. Titular: ⟦P|Marta Susana Giménez de Rossi⟧, cliente ⟦o:ORD|0044712093⟧, domicilio ⟦A|Av. Rivadavia 5120, 7º "C", C1424CEO CABA⟧. Tel. fijo ⟦PH|(011) 4901-3377⟧. Es electrodependiente, adjunta certificado médico.',
    )
    r(
        "es_AR",
        "rental_application",
        "Garantía para alquiler – Inmobiliaria Palermo\nInquilino: ⟦P|Ezequiel Rosenberg⟧, DNI ⟦NID@ar.dni|40.198.776⟧, CUIT ⟦TAX@ar.cuit|23-40198776-2⟧\nGarante: ⟦P|Silvia Kaplan⟧, propietaria de inmueble en ⟦A|Juramento 2089, 4º A, C1428DNG Belgrano, CABA⟧\nRecibo de sueldo: ⟦o:AMT|$ 1.820.000⟧ netos\nMail: ⟦E|ezerosenberg@gmail.com⟧\nContrato ⟦o:ROW|Nº 2026/0187⟧ – 3 años – ajuste IPC",
    )
    r(
        "es_AR",
        "clinic_appointment",
        "OSDE – Turno confirmado. Afiliado: ⟦P|Agustina Paz Iturralde⟧, credencial ⟦HPN|61 447120 9 02⟧. Especialidad: dermatología. Dra. ⟦P|Carla Mazzini⟧. Fecha: ⟦o:D|martes 7/4⟧ ⟦o:T|16:30⟧. Sede Olivos, ⟦o:ROW|consultorio 12⟧.",
    )
    r(
        "es_AR",
        "ecommerce_return",
        "Hola, hice el pedido ⟦o:ORD|#2000004471298⟧ en Mercado Libre, me llegó la heladera con un golpe. El envío es ⟦o:TRK|44120987331⟧ de Andreani. Ya saqué fotos. Quiero la devolución de los ⟦o:AMT|$ 1.249.999⟧. Vivo en ⟦A|Calle 47 Nº 812 e/ 11 y 12, B1900 La Plata⟧.",
    )
    r(
        "es_AR",
        "job_application",
        "Postulación – Analista contable Sr.\n⟦P|Micaela Soledad Torres⟧\nDNI ⟦NID@ar.dni|35620914⟧ · CUIL ⟦TAX@ar.cuit|27356209147⟧\nNacida el ⟦DOB|14 de julio de 1990⟧ en ⟦L|Rosario⟧\n⟦A|Bv. Oroño 1455, PB 2, S2000 Rosario, Santa Fe⟧\n⟦PH|341 155 447 201⟧ · ⟦E|mica.torres.cpn@gmail.com⟧\nExperiencia en Tango Gestión ⟦o:VER|21.0⟧ y liquidación de IIBB.",
    )
    r(
        "es_AR",
        "bank_dispute",
        "Desconozco los consumos del resumen de ⟦o:D|febrero 2026⟧ de mi VISA: ⟦o:AMT|USD 214,90⟧ (STEAM) y ⟦o:AMT|$ 89.000⟧ (Rappi). Tarjeta ⟦CC|4916 6100 3478 9926⟧. Ya la di de baja. ⟦P|Pablo Ignacio Echenique⟧ – DNI ⟦NID@ar.dni|33.015.448⟧. Número de contracargo ⟦o:TKT|CC-7718204⟧.",
    )
    r(
        "es_AR",
        "telecom_chat",
        "Personal: ¿Me confirmás el PIN de la línea?\nCliente: ⟦S|1379⟧\nPersonal: Gracias ⟦P|Rocío⟧. Vemos la línea ⟦PH|11 3958-2207⟧ con plan ⟦o:PROD|Personal Black 25GB⟧. Tu factura ⟦o:INV|B-0012-00447120⟧ vence el ⟦o:D|18/03⟧.",
    )
    r(
        "es_AR",
        "hotel_booking",
        "Reserva Bariloche – Llao Llao Resort. Confirmación ⟦o:ORD|LL-558120⟧. Huéspedes: ⟦P|Joaquín Etchegaray⟧ y ⟦P|Delfina Etchegaray⟧ (menor, DNI ⟦NID@ar.dni|55.712.093⟧). Pasaporte titular ⟦PP|AAE482019⟧. Tarifa ⟦o:AMT|USD 640⟧ por noche, ⟦o:D|10 al 14 de julio⟧. Vuelo ⟦o:FLT|AR 1672⟧.",
    )
    r(
        "es_AR",
        "benefit_form",
        "ANSES – Asignación Universal por Hijo\nTitular: ⟦P|Yanina Beatriz Coronel⟧, CUIL ⟦TAX@ar.cuit|27-35620914-7⟧\nHijo/a: ⟦P|Thiago Benjamín Coronel⟧, DNI ⟦NID@ar.dni|58.330.412⟧, nacido ⟦DOB|03/02/2019⟧\nDomicilio: ⟦A|Mza. 14 Casa 7, Barrio Ejército Argentino, 4600 San Salvador de Jujuy⟧\nClave de la Seguridad Social: ⟦S|Ymc#2209yb⟧\nExpediente ⟦o:TKT|024-20-0447120-004⟧",
    )
    r(
        "es_CL",
        "rental_application",
        "Postulación arriendo – Depto. Ñuñoa\nNombre: ⟦P|Catalina Ignacia Fuentes Sepúlveda⟧\nRUT: ⟦NID@cl.rut|15.482.093-0⟧\nFecha nac.: ⟦DOB|19-06-1983⟧\nDirección actual: ⟦A|Av. Providencia 1208, depto. 1503, Providencia, Santiago⟧\nCelular: ⟦PH|+56 9 8765 4321⟧\nCorreo: ⟦E|cata.fuentes.s@gmail.com⟧\nRenta líquida: ⟦o:AMT|$1.850.000⟧ · Arriendo: ⟦o:AMT|$620.000⟧ + GC ⟦o:AMT|$95.000⟧\nAval: ⟦P|Rodrigo Fuentes Araya⟧, RUT ⟦NID@cl.rut|9.734.218-0⟧",
    )
    r(
        "es_CL",
        "bank_dispute",
        "Estimados BancoEstado: me llegó un SMS falso y entregué la clave de mi CuentaRUT. Ahora tengo transferencias por ⟦o:AMT|$749.990⟧ que no hice (operación ⟦o:REQ|TEF-88120479⟧ del ⟦o:D|09/03/2026⟧ ⟦o:T|22:41⟧). La clave que di era ⟦S|184420⟧, ya la cambié. Mi RUT ⟦NID@cl.rut|18229604-K⟧, nombre ⟦P|Matías Alejandro Vidal Cárcamo⟧, fono ⟦PH|9 4412 0983⟧.",
    )
    r(
        "es_CL",
        "clinic_appointment",
        "Clínica Alemana – Confirmación de hora. Paciente: ⟦P|Florencia Von Mühlenbrock⟧, RUT ⟦NID@cl.rut|21.058.437-4⟧, previsión Isapre Colmena, N° afiliado ⟦HPN|CLM-4471209-3⟧. Ficha clínica ⟦MRN|FC 00882107⟧. Pediatría, Dr. ⟦P|Ignacio Larraín⟧, ⟦o:D|miércoles 15 de abril⟧ ⟦o:T|11:00⟧. Valor bono ⟦o:AMT|$22.400⟧.",
    )
    r(
        "es_CL",
        "email",
        "Hola ⟦P|Pato⟧, te mando los datos para la factura: Comercial Los Aromos SpA, RUT ⟦TAX@cl.rut|76.384.512-5⟧, giro venta al por menor, dirección ⟦A|Calle Esmeralda 845, oficina 33, Valparaíso⟧. La cuenta corriente es del Banco de Chile ⟦BBAN|00-801-44712-09⟧. OC ⟦o:ORD|OC-2026-0312⟧ por ⟦o:AMT|$2.380.000 + IVA⟧.\nSaludos,\n⟦P|Marcela⟧",
    )
    r(
        "es_CL",
        "car_rental",
        "Arriendo ⟦o:ORD|SCL-447120⟧ – Mitta Aeropuerto. Cliente: ⟦P|Oliver Thompson⟧, licencia de conducir UK ⟦DL|THOMP802115OJ9AB⟧, pasaporte británico ⟦PP|552801934⟧. Destino declarado: ⟦L|Puerto Natales⟧. Garantía en tarjeta ⟦CC|5301 2587 7654 3109⟧.",
    )
    r(
        "es_CL",
        "benefit_form",
        "Postulación Subsidio DS1 – MINVU\nPostulante: ⟦P|Juana Huenchullán Painemal⟧, RUT ⟦NID@cl.rut|15482093-0⟧… perdón, ese es de mi prima, el mío es ⟦NID@cl.rut|12.907.553-8⟧\nDomicilio: ⟦A|Parcela 14, Camino a Chol Chol km 6, Temuco, Región de la Araucanía⟧\nRegistro Social de Hogares: tramo ⟦o:PCT|40%⟧\nAhorro acreditado: ⟦o:QTY|30 UF⟧",
    )
    r(
        "es_CL",
        "whatsapp",
        "⟦P|nico⟧: weon me pasai tu rut pa la rifa\n⟦P|benja⟧: ⟦NID~spelled|diecinueve millones cuatrocientos mil ciento doce guion seis⟧ jaja\n⟦P|nico⟧: ya y el número pa avisarte si ganai\n⟦P|benja⟧: ⟦PH|+56 9 6120 4471⟧\n⟦P|nico⟧: listo, número de rifa ⟦o:ROW|0447⟧",
    )
    r(
        "es_CL",
        "support_ticket",
        "Movistar Chile – Ticket ⟦o:TKT|MOV-20260311-44712⟧. Fibra 600 Mb caída en sector Las Condes, afecta a ⟦o:QTY|1.240⟧ clientes. Causa: corte de fibra troncal. ETA de reparación ⟦o:T|18:00⟧. Firmware OLT ⟦o:VER|R21.1.0⟧. Sin datos de clientes individuales.",
    )
    r(
        "es_PE",
        "loan_application",
        "Solicitud de crédito vehicular – BCP\nTitular: ⟦P|Renzo Alonso Quispe Mamani⟧\nDNI: ⟦NID@pe.cui|45872196⟧\nRUC: ⟦TAX@pe.ruc|10458721969⟧\nFecha de nacimiento: ⟦DOB|02/10/1988⟧\nDirección: ⟦A|Av. Javier Prado Este 4200, Dpto. 801, Santiago de Surco, Lima 15023⟧\nCelular: ⟦PH|987 654 321⟧\nVehículo: Toyota Yaris 2026, cuota inicial ⟦o:AMT|S/ 18,500⟧\nSolicitud Nº ⟦o:TKT|VH-0098412⟧",
    )
    r(
        "es_PE",
        "clinic_appointment",
        "EsSalud – Cita confirmada\nAsegurado: ⟦P|Flor de María Huamán Ccori⟧\nDNI: ⟦NID@pe.cui|70318254-8⟧\nAutogenerado: ⟦HPN|8811070HMCCF005⟧\nEstablecimiento: Hospital Rebagliati, Cardiología\nFecha: ⟦o:D|20/04/2026⟧ Hora: ⟦o:T|08:30⟧ Consultorio ⟦o:ROW|C-214⟧",
    )
    r(
        "es_PE",
        "email",
        "Estimados, adjunto la factura ⟦o:INV|F001-00004471⟧ de Inversiones Killa SAC, RUC ⟦TAX@pe.ruc|20604187355⟧, por ⟦o:AMT|S/ 12,390.00⟧. Depositar a la cuenta BCP soles ⟦BBAN|193-44712098-0-33⟧, CCI ⟦BBAN|002-193-144712098033-12⟧. Contacto: ⟦P|Milagros Paredes⟧ – ⟦PH|(01) 442-3377 anexo 205⟧.",
    )
    r(
        "es_PE",
        "hotel_booking",
        "Reserva Cusco – Casa Andina Premium. Código ⟦o:ORD|CAP-558814⟧. Huésped: ⟦P|Haruto Sato⟧, pasaporte ⟦PP|TR4471209⟧. Traslado desde aeropuerto vuelo ⟦o:FLT|LA 2023⟧ llegada ⟦o:T|09:45⟧. Ticket Machu Picchu ⟦o:TKT|MP-2026-0447120⟧ para el ⟦o:D|6 de mayo⟧, circuito 2.",
    )
    r(
        "es_PE",
        "whatsapp",
        "⟦P|Gaby⟧: Hola tía, ya le yapeé los S/ 150 al número ⟦PH|945 118 207⟧ que me pasó\ntía ⟦P|Chela⟧: gracias mijita, el de ⟦P|Juancito⟧ no funcionaba\n⟦P|Gaby⟧: el código de operación es ⟦o:REQ|04471209⟧ por si acaso",
    )
    r(
        "es_PE",
        "benefit_form",
        "Pensión 65 – Ficha de afiliación\nUsuario: ⟦P|Teodora Choque Apaza⟧\nDNI: ⟦NID@pe.cui|41250938⟧\nFecha de nacimiento: ⟦DOB|15/08/1956⟧\nDomicilio: ⟦A|Comunidad Campesina Chucuito, Mz. C Lt. 4, Puno⟧\nSISFOH: pobre extremo\nN° de cuenta Banco de la Nación: ⟦BBAN|04-471-209833⟧",
    )
    r(
        "es_PE",
        "telecom_chat",
        "Claro Perú: Hola ⟦P|Jhonatan⟧, tu recibo ⟦o:INV|S018-00912047⟧ por ⟦o:AMT|S/ 69.90⟧ vence el ⟦o:D|25/03⟧. Tu línea ⟦PH|+51 912 447 120⟧. Clave web provisional: ⟦S|Cl4r0#2291⟧.",
    )
    r(
        "es_PE",
        "job_application",
        "Convocatoria CAS 047-2026 – Municipalidad de Miraflores\nPostulante: ⟦P|Ana Lucía del Carpio Vargas⟧\nCarné de extranjería: ⟦NID|001447209⟧ (venezolana)\nCorreo: ⟦E|analucia.delcarpio@gmail.com⟧\nNacimiento: ⟦DOB|1994-12-03⟧, ⟦L|Maracaibo⟧\nDomicilio: ⟦A|Jr. Tarata 160, Int. 3, Miraflores, Lima⟧",
    )
    r(
        "pt_BR",
        "loan_application",
        "PROPOSTA DE FINANCIAMENTO IMOBILIÁRIO – Caixa\nProponente: ⟦P|Ana Beatriz dos Santos Oliveira⟧\nCPF: ⟦NID@br.cpf|528.491.630-15⟧\nRG: ⟦NID|34.882.107-6 SSP/SP⟧\nData de nascimento: ⟦DOB|23/05/1989⟧\nEndereço: ⟦A|Rua Augusta, nº 1450, apto 72, Bairro Consolação, São Paulo - SP, 01304-001⟧\nCelular: ⟦PH|(11) 98765-4321⟧\nE-mail: ⟦E|anabia.oliveira@uol.com.br⟧\nValor do imóvel: ⟦o:AMT|R$ 620.000,00⟧ · Entrada: ⟦o:AMT|R$ 124.000,00⟧ · Prazo: ⟦o:QTY|420 meses⟧\nProtocolo: ⟦o:TKT|2026.0314.00447⟧",
    )
    r(
        "pt_BR",
        "whatsapp",
        "[14/03 08:12] Dona ⟦P|Cida⟧: ⟦P|Joãozinho⟧ manda o pix da mensalidade da escola\n[14/03 08:15] ⟦P|João Pedro⟧: a chave é o cpf ⟦NID@br.cpf|07315928243⟧\n[14/03 08:15] ⟦P|João Pedro⟧: ou o celular ⟦PH|+55 21 99412-0983⟧\n[14/03 08:20] Dona ⟦P|Cida⟧: feito ⟦o:AMT|R$ 890,00⟧, id ⟦o:REQ|E60746948202603141120s0447ABCD⟧",
    )
    r(
        "pt_BR",
        "bank_dispute",
        'Contestação de compra – Nubank. Cliente: ⟦P|Thiago Henrique Nascimento⟧, CPF ⟦NID@br.cpf|312.640.874-54⟧. Cartão ⟦CC|5424 1873 6920 5473⟧. Compra de ⟦o:AMT|R$ 2.349,90⟧ em "MAGAZINE XPTO" dia ⟦o:D|09/03/2026⟧ às ⟦o:T|03:12⟧ – eu estava dormindo. Protocolo ⟦o:TKT|NU-7712049381⟧. Acesso ao app veio do IP ⟦IP|177.92.14.233⟧ (não reconheço).',
    )
    r(
        "pt_BR",
        "insurance_claim",
        "Aviso de sinistro – Porto Seguro Auto. Sinistro nº ⟦o:TKT|531.2026.004471-2⟧. Segurada: ⟦P|Fernanda Cavalcanti de Albuquerque⟧, CPF ⟦NID@br.cpf|842.105.739-14⟧, CNH ⟦DL|04471209833⟧. Terceiro: ⟦P|Raimundo Nonato da Silva⟧, ⟦PH|(81) 3441-2209⟧. Local: Av. Boa Viagem x Rua Padre Carapuceiro, Recife. Placa segurado ⟦o:ROW|QZF-4B71⟧. Franquia ⟦o:AMT|R$ 3.800,00⟧.",
    )
    r(
        "pt_BR",
        "rental_application",
        "Ficha cadastral – locação residencial\nLocatário: ⟦P|Gabriel Yukio Nakamura⟧\nCPF: ⟦NID@br.cpf|19650342095⟧\nNascimento: ⟦DOB|1997-02-11⟧\nProfissão: desenvolvedor\nEndereço atual: ⟦A|Rua Sete de Setembro, 211, casa 2, Bairro Centro, Curitiba - PR, 80060-070⟧\nFiador: ⟦P|Hiroshi Nakamura⟧, CPF ⟦NID@br.cpf|409.327.180-19⟧\nAluguel: ⟦o:AMT|R$ 2.750,00⟧ + condomínio ⟦o:AMT|R$ 480,00⟧ + IPTU",
    )
    r(
        "pt_BR",
        "clinic_appointment",
        "Olá ⟦P|Maria das Graças⟧! Sua consulta com Dra. ⟦P|Luana Fagundes⟧ (endocrinologia) está confirmada para ⟦o:D|terça, 07/04⟧ às ⟦o:T|14h20⟧. Traga a carteirinha Unimed ⟦HPN|0 032 447120983001 7⟧ e o Cartão SUS ⟦HPN|898 0047 1209 8330⟧. Prontuário ⟦MRN|PR-2291847⟧. Responda SIM para confirmar.",
    )
    r(
        "pt_BR",
        "ecommerce_return",
        "Solicitação de troca – pedido ⟦o:ORD|1447120983-01⟧ (Amazon.com.br). Produto: Fone JBL Tune 520BT ⟦o:SKU|JBLT520BTBLK⟧. Código de postagem reversa Correios: ⟦o:TRK|AA447120983BR⟧. Valor ⟦o:AMT|R$ 249,00⟧. Endereço de coleta: ⟦A|Travessa das Flores, 45, fundos, Bairro Jardim Botânico, Porto Alegre - RS, 90690-200⟧, aos cuidados de ⟦P|Letícia Becker⟧.",
    )
    r(
        "pt_BR",
        "utility_account",
        "Enel – Pedido de ligação nova. Titular: ⟦P|Severino Ramos de Lima⟧, CPF ⟦NID@br.cpf|661.782.040-19⟧. Endereço da instalação: ⟦A|Sítio Lagoa Seca, s/n, Zona Rural, Quixadá - CE, 63900-000⟧. Telefone ⟦PH|(88) 99671-2204⟧. Protocolo ⟦o:TKT|2026031447120⟧. Carga declarada ⟦o:QTY|4,5 kW⟧.",
    )
    r(
        "pt_BR",
        "job_application",
        "Currículo\n⟦P|Camila Rodrigues Ferreira⟧\n⟦L|Belo Horizonte - MG⟧ | ⟦PH|(31) 98822-4471⟧ | ⟦E|camila.rferreira@gmail.com⟧ | linkedin.com/in/camilarferreira\nData de nascimento: ⟦DOB|04 de outubro de 1993⟧\nCPF: ⟦NID@br.cpf|258.069.170-70⟧\nObjetivo: Analista de RH Pleno. Experiência com eSocial ⟦o:VER|S-1.2⟧ e TOTVS Protheus ⟦o:VER|12.1.2310⟧.",
    )
    r(
        "pt_BR",
        "email",
        "Prezados,\nsegue nota fiscal ⟦o:INV|NF-e 000.447.120⟧ da Padaria Pão de Mel Ltda, CNPJ ⟦TAX@br.cnpj|33.742.156/0001-05⟧, no valor de ⟦o:AMT|R$ 4.118,60⟧. Pagamento via Pix, chave CNPJ ⟦TAX@br.cnpj|33742156000105⟧, ou TED para Itaú ag. 0447 c/c ⟦BBAN|12098-3⟧.\nAtt.,\n⟦P|Rosângela⟧ – Financeiro",
    )
    r(
        "pt_BR",
        "hotel_booking",
        "Reserva confirmada! Pousada Maré Mansa, Jericoacoara. Código ⟦o:ORD|JJ-4471⟧. Hóspede: ⟦P|Kwabena Mensah⟧, passaporte ⟦PP|G4419027⟧ (Gana). Entrada ⟦o:D|15/07⟧, saída ⟦o:D|20/07⟧. Total ⟦o:AMT|R$ 3.650,00⟧. Transfer 4x4 saindo de Fortaleza às ⟦o:T|06:00⟧. Smiles nº 447120983.",
    )
    r(
        "pt_BR",
        "voicemail_transcript",
        "Mensagem de voz: Oi, aqui é o ⟦P|Wellington⟧ do Bradesco, estou tentando falar com a senhora ⟦P|Marlene Aparecida Souza⟧ sobre o consignado. Por favor retorne no ⟦PH~spelled|zero oito zero zero, sete sete zero, quatro quatro um dois⟧. O número do contrato é ⟦o:ORD|4471209⟧. Obrigado.",
    )
    r(
        "pt_BR",
        "benefit_form",
        "INSS – Requerimento de Auxílio-Doença\nSegurado: ⟦P|Francisco das Chagas Pereira⟧\nCPF: ⟦NID@br.cpf|730.518.260-57⟧\nNIT/PIS: ⟦NID|120.44712.09-8⟧\nNascimento: ⟦DOB|17/12/1968⟧\nEndereço: ⟦A|Quadra 204 Norte, Alameda 12, Lote 7, Plano Diretor Norte, Palmas - TO, 77006-360⟧\nCID informado: M54.5\nSenha Meu INSS: ⟦S|Chagas@1968⟧\nNº do requerimento: ⟦o:TKT|1447120983⟧",
    )
    r(
        "pt_BR",
        "telecom_chat",
        "Atendente Vivo: Para sua segurança, confirme os 4 primeiros dígitos do CPF.\nCliente: 115.9\nAtendente Vivo: Obrigado, Sr. ⟦P|Igor⟧... desculpe, ⟦P|Igor Bezerra⟧. Seu plano Vivo Fibra 500MB tem fatura de ⟦o:AMT|R$ 129,99⟧ vencendo ⟦o:D|10/04⟧. Senha do wi-fi resetada para ⟦S|Vivo8A41C2⟧. Protocolo ⟦o:TKT|2026.447.1209833⟧.",
    )
    r(
        "pt_BR",
        "school_enrolment",
        "Matrícula 2026 – Colégio Estadual Dom Pedro II\nAluno(a): ⟦P|Enzo Gabriel da Costa Moreira⟧\nNascimento: ⟦DOB|08/08/2014⟧\nCPF do aluno: ⟦NID@br.cpf|115.903.470-21⟧\nResponsável: ⟦P|Jéssica da Costa⟧, ⟦PH|(71) 3244-1098⟧, ⟦E|jessica.dacosta.ssa@hotmail.com⟧\nEndereço: ⟦A|Rua Direta do Uruguai, 88, Uruguai, Salvador - BA, 40450-100⟧\nTurma: ⟦o:ROW|7º B⟧ · Matrícula ⟦o:ROW|2026004471⟧",
    )
    r(
        "pt_BR",
        "bank_transfer",
        "Recebimento internacional – Banco do Brasil. Beneficiária: ⟦P|Mariana Teixeira Lopes⟧, IBAN ⟦IBAN|BR18 0036 0305 0000 1000 9795 493C 1⟧. Remetente: ⟦P|Klaus Becker⟧, IBAN ⟦IBAN|DE89 3704 0044 0532 0130 00⟧. Valor ⟦o:AMT|EUR 1.200,00⟧, câmbio ⟦o:AMT|R$ 6,41⟧, referência ⟦o:REQ|SWIFT MT103 2603140447⟧.",
    )
    r(
        "pt_BR",
        "email",
        "Olá, ⟦P|Gustavo⟧! Para receber o reembolso da viagem, cadastre seus dados bancários internacionais no portal. O seu IBAN informado ⟦IBAN|BR8912345678000000012345678P1⟧ está correto? E o do ⟦P|Paulo Roberto⟧ é ⟦IBAN|BR61 6070 1190 0000 0001 2345 678C 1⟧. Prazo: ⟦o:D|30/04/2026⟧.\nAbs, ⟦P|Tatiane⟧",
    )
    r(
        "pt_BR",
        "support_ticket",
        "Chamado ⟦o:TKT|#44712⟧ – Loja virtual fora do ar. Cliente: Mundo Pet Comércio Ltda (CNPJ ⟦TAX@br.cnpj|04.812.977/0001-64⟧). Logs mostram erro ⟦o:ERR|HTTP 502⟧ desde ⟦o:T|02:14⟧. Conexão ao banco usava ⟦UC|postgres://mundopet:Pet$hop2025@db.mundopet.com.br:5432/loja⟧ e a senha foi exposta no repositório (commit ⟦o:SHA|9f4c2a1e7b⟧). Trocar imediatamente.",
    )
    r(
        "pt_BR",
        "car_rental",
        "Localiza – Contrato ⟦o:ORD|GRU-26-0447120⟧. Locatário: ⟦P|Rafael Augusto Lins⟧, CNH nº ⟦DL|0892 1447 1209⟧, validade ⟦o:D|15/09/2030⟧. Condutor adicional: ⟦P|Priscila Lins⟧, CNH ⟦DL|5120 0983 317⟧. Caução ⟦o:AMT|R$ 700,00⟧ no cartão ⟦CC|4000 1234 8765 0097⟧.",
    )
    r(
        "pt_BR",
        "pharmacy",
        "Drogasil – Seu pedido ⟦o:ORD|DS-4471209⟧ está pronto para retirada. Cliente ⟦P|Antônia Francisca⟧, CPF final 21. Medicamentos: Losartana 50mg ⟦o:QTY|2 cx⟧, Sinvastatina 20mg ⟦o:QTY|1 cx⟧. Desconto Farmácia Popular ⟦o:PCT|100%⟧.",
    )
    r(
        "en_US",
        "bank_dispute",
        'To: disputes@firstcitizens.example\nFrom: ⟦E|n.abdelrahman@icloud.com⟧\n\nI want to dispute the ACH debit of ⟦o:AMT|$1,019.44⟧ posted ⟦o:D|03/05/2026⟧ by "GRNSKY LOAN SVC". I never signed up with them. My checking is ⟦BBAN|4470 1209 8335⟧, routing ⟦a:BC|071000013⟧. Trace number ⟦o:REQ|071000010447120⟧.\n\n⟦P|Nadia Abdel-Rahman⟧\n⟦A|6120 W Touhy Ave, Apt 3N\nNiles, IL 60714⟧',
    )
    r(
        "en_US",
        "email",
        "Hi ⟦P|Carlos⟧ – for the remittance to your mom in ⟦L|Santo Domingo⟧, Banreservas gave me this IBAN: ⟦IBAN|DO22 ACAU 0000 0000 0001 2345 6789⟧, beneficiary ⟦P|Altagracia Peña Vda. de Almonte⟧. Fee was ⟦o:AMT|$14.99⟧ and rate ⟦o:AMT|DOP 60.12⟧ per USD. Confirmation ⟦o:REQ|RMT-44712098⟧. – ⟦P|Yesenia⟧",
    )
    r(
        "en_US",
        "support_ticket",
        "Shopify seller support – ticket ⟦o:TKT|#7719204⟧\nMerchant: ⟦P|Thandiwe Dlamini⟧ (Ubuntu Beads Co., store ID ⟦o:ROW|58120447⟧)\nIssue: I accidentally pasted our admin API token into a public Discord: ⟦S|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⟧. Also our Stripe key ⟦S|sk_live_51NqX4aHk2Lr9TzP0vW3mYbC7eQ1sD8fG⟧. Please revoke. Theme version ⟦o:VER|Dawn 15.2.0⟧.",
    )
    r(
        "en_US",
        "voicemail_transcript",
        'Voicemail from ⟦PH|+1 (210) 555-0158⟧, 0:37. "Hi, this message is for ⟦P|Esteban Villarreal⟧. This is ⟦P|Donna⟧ with Bexar County Housing Authority. Your Section 8 recertification interview is on ⟦o:D|April ninth⟧ at ⟦o:T|one thirty⟧. Please bring your Social Security card and your Medicaid card. Case number ⟦o:TKT|H-4471-209⟧. Thank you."',
    )
    r(
        "en_US",
        "clinic_appointment",
        "DISCHARGE SUMMARY (excerpt)\nPatient: ⟦P|Li Wei Zhang⟧   MRN: ⟦MRN|MR-0447120983⟧   DOB: ⟦DOB|1951.07.19⟧\nAdmit: ⟦o:D|03/02/2026⟧  Discharge: ⟦o:D|03/06/2026⟧\nAttending: ⟦P|Rebecca Osei-Bonsu⟧, MD\nInsurance: Medicare ⟦HPN|5TG7-QW2-HN41⟧; secondary Medicaid ⟦HPN|NY-AB44712C⟧\nFollow-up with PCP Dr. ⟦P|Howard Gutiérrez⟧ in 7–10 days, ⟦PH|(718) 555-0166⟧.",
    )
    r(
        "en_US",
        "recruiting",
        "New hire I-9 / onboarding – HR only\nEmployee: ⟦P|Ngozi Chukwuemeka-Balogun⟧\nSSN: ⟦SSN|627-04-8851⟧\nDOB: ⟦DOB|Aug 8, 1992⟧\nList A doc: US passport ⟦PP|A04471209⟧ exp 12/2033\nDirect deposit: ⟦BBAN|3309 4471 2098⟧ / routing ⟦a:BC|322271821⟧\nPortal temp password: ⟦S|Welcome!4471⟧\nStart date ⟦o:D|April 20, 2026⟧, employee ID ⟦o:ROW|E-104471⟧",
    )
    r(
        "en_US",
        "car_rental",
        "Hertz Gold profile update: ⟦P|Brendan McAllister⟧, Florida DL ⟦DL|M242-118-92-447-0⟧, DOB ⟦DOB|09/09/1979⟧, ⟦E|bmcallister79@gmail.com⟧. Credit card on profile Discover ⟦CC|6011 0044 2871 0392⟧ exp 11/27, CVV ⟦S|814⟧. Rental record ⟦o:ORD|H-55120983⟧.",
    )
    r(
        "en_US",
        "telecom_chat",
        "Xfinity chat log\n[14:02:11] Agent ⟦P|Mike⟧: I can see your gateway is online, public IPv4 ⟦IP|71.205.44.139⟧.\n[14:02:40] ⟦P|Samira Haddad⟧: my security camera stream stopped working, the app uses ⟦UC|rtsp://admin:Samira2019@71.205.44.139:554/Streaming/Channels/101⟧\n[14:03:05] Agent ⟦P|Mike⟧: Port 554 was blocked after firmware ⟦o:VER|7.4.p3s1⟧. Ticket ⟦o:TKT|CR447120983⟧ opened.",
    )
    r(
        "en_US",
        "hotel_booking",
        "Booking.com confirmation ⟦o:ORD|4471.209.833⟧\nGuest name: ⟦P|Oyelaran, Babatunde⟧\nProperty: Hotel Boutique Casa Lola, Cartagena de Indias\nCheck-in ⟦o:D|Fri 12 Jun 2026⟧ from ⟦o:T|15:00⟧\nTotal ⟦o:AMT|COP 1,840,000⟧ (≈ ⟦o:AMT|US$ 462⟧)\nPIN code ⟦S|7731⟧ – needed to modify booking\nPassport no. required at check-in: ⟦PP|B2093384⟧ (Nigeria)",
    )
    r(
        "en_US",
        "benefit_form",
        "FAFSA helper notes (for parent, not submitted)\nStudent: ⟦P|Maya Ramírez-Thompson⟧ FSA ID pw: ⟦S|M@yaRT2008!⟧\nParent 1: ⟦P|Luis Ramírez⟧, SSN ⟦SSN|219-46-5583⟧, DOB ⟦DOB|2/14/1975⟧\nParent 2: ⟦P|Jennifer Thompson⟧, ITIN ⟦TAX@us.itin|955-81-2300⟧\nAGI ⟦o:AMT|$68,412⟧ (2024 return)\nHome: ⟦A|Rt 1 Box 77A, Hebbronville, TX 78361⟧",
    )
    r(
        "es_US",
        "whatsapp",
        "[2:14 PM] ⟦P|Rosa Elvira⟧: mija ya te mandé los papeles del Medicaid por email\n[2:15 PM] ⟦P|Yessica⟧: gracias ma, el número de Medicaid es ⟦HPN|XK44712098⟧ verdad?\n[2:15 PM] ⟦P|Rosa Elvira⟧: sí y el social mío es ⟦SSN|701-33-0942⟧\n[2:16 PM] ⟦P|Yessica⟧: ok ya lo llené. la cita es el ⟦o:D|jueves 9⟧ en el clinic de la ⟦A|1400 S Flores St, San Antonio⟧",
    )
    r(
        "es_US",
        "insurance_claim",
        "Reclamo de seguro de inquilino – State Farm. Póliza ⟦o:ORD|91-BX-4471-2⟧. Asegurado: ⟦P|Wilfredo Antonio Cáceres⟧, apartamento ⟦A|2250 Grand Concourse, Apt 6D, Bronx, NY 10457⟧. Robo ocurrido el ⟦o:D|28 de febrero⟧. Artículos: laptop Dell ⟦o:SKU|XPS9530⟧, celular. Reporte policial ⟦o:TKT|NYPD 2026-046-004471⟧. Teléfono ⟦PH|347-555-0171⟧.",
    )
    r(
        "en_US",
        "ecommerce_return",
        "Unsubscribe link clicked: https://mail.shopnova.example/unsub?u=⟦E~url_encoded|lina.haddad%40gmail.com⟧&list=⟦o:UUID|3f1d7c0a-9b2e-4e55-8a61-0c4d2b7e9f10⟧&src=⟦o:REQ|rtn-2026-03⟧",
    )
    r(
        "en_US",
        "email",
        "Hi team,\nCustomer ⟦P|Kaveh Moradi⟧ called about refund ⟦o:ORD|RF-20260311-0447⟧. He read his card number over the phone and the agent typed it into the notes (please purge): ⟦CC~line_break|3714 496353\n98431⟧. He's at ⟦A|PO Box 44712, Anchorage, AK 99509⟧.\n– ⟦P|Jolene⟧ (QA)",
    )
    r(
        "en_US",
        "rental_application",
        "Tenant screening result – Applicant ⟦P|Sione Taufa⟧, SSN ⟦SSN~odd_separator|318•50•6427⟧, DOB ⟦DOB|10-22-1989⟧. Prior address ⟦A|94-1050 Waipahu St, Unit B, Waipahu, HI 96797⟧. Score ⟦o:QTY|682⟧. Report ID ⟦o:UUID|b7e4c2d1-05f3-4a8e-9c61-7d2e0f1a3b55⟧.",
    )
    r(
        "en_US",
        "job_application",
        'Name: ⟦P|Siddharth "Sid" Venkataraman⟧\nEmail: ⟦E~zero_width|sid.venkat\u200b@\u200boutlook.com⟧\nPhone: ⟦PH|+1 (408) 555 0124⟧\nLocation: ⟦L|Sunnyvale, CA⟧ (open to relocation)\nPortfolio: https://sidv.dev\nHow did you hear about us? Referral from ⟦P|Meghan O\'Leary⟧',
    )
    r(
        "en_US",
        "whatsapp",
        "[4/1/26, 7:15 AM] ⟦P|Grandpa Lou⟧: what's the password for the netflix again\n[4/1/26, 7:31 AM] ⟦P|Kayla⟧: ⟦S|loufamily1946⟧ and the email is ⟦E|lou.petrakis@aol.com⟧\n[4/1/26, 7:32 AM] ⟦P|Grandpa Lou⟧: thank u sweetheart 😘 im at the cabin in ⟦L|Cloquet⟧ this week",
    )
    r(
        "en_CA",
        "bank_transfer",
        "Wire instructions for tuition – international student\nStudent: ⟦P|Chiara Bellandi⟧, student # ⟦o:ROW|300447120⟧\nSending bank: Intesa Sanpaolo, IBAN ⟦IBAN|IT60 X054 2811 1010 0000 0123 456⟧\nAmount: ⟦o:AMT|CAD 18,420.00⟧ (Fall ⟦o:D|2026⟧ term)\nReference must include student number and surname.\nQuestions: ⟦E|intl.fees@yorku.example⟧",
    )
    r(
        "en_US",
        "support_ticket",
        "Client ⟦P|Paulo Sérgio Andrade⟧ asked us to pay his Portuguese landlord. IBAN ⟦IBAN|PT50 0002 0123 1234 5678 9015 4⟧, beneficiary ⟦P|Maria Fernanda Pires⟧. And his son's rent in ⟦L|Madrid⟧: IBAN ⟦IBAN|ES91 2100 0418 4502 0005 1332⟧. Invoice ⟦o:INV|INV-2026-0447⟧, total ⟦o:AMT|€ 1,850.00⟧.",
    )
    r(
        "en_US",
        "bank_dispute",
        "Chargeback notes – card ⟦CC~fullwidth|３５６６ ００２０ １８７４ ４３２２⟧ (JCB, copied from customer's phone keyboard). Cardholder ⟦P|Aiko Yamaguchi⟧, tel ⟦PH~fullwidth|＋１ ６４６ ５５５ ０１９３⟧. Merchant ⟦o:PROD|NYC Harbor Cruises⟧, ⟦o:AMT|$412.00⟧ on ⟦o:D|03/01/2026⟧. Case ⟦o:TKT|CB-4471209⟧.",
    )
    r(
        "en_US",
        "email",
        "Hi ⟦P|Oscar⟧, I set up the FTP for the accountant so she can drop the W-2s: ⟦UC|ftp://cpa_upload:Taxes2026!@files.riverapartners.example/inbox⟧. And the scanner at the office sends to ⟦UC|smb://scanner:Xerox7830@10.0.4.12/scans⟧. Delete this after you save it. – ⟦P|Tamara⟧",
    )
    r(
        "en_US",
        "insurance_claim",
        "Dental claim – Delta Dental PPO. Subscriber ⟦P|Hyun-woo Kim⟧, ID ⟦HPN|DDP 1447 2098 33⟧. Patient: ⟦P|Seo-yeon Kim⟧ (dependent), DOB ⟦DOB|3/3/2017⟧. Procedure D1351 x4, fee ⟦o:AMT|$220.00⟧. Chart # ⟦MRN|KIM-SY-004471⟧.",
    )
    r(
        "en_US",
        "pharmacy",
        "CVS text: ⟦P|Roberto⟧, your prescription for AMOXICILLIN 500MG for ⟦P|Sofia⟧ is ready at 2100 N Central Ave. Rx# ⟦o:ORD|447120983⟧. Reply STOP to opt out. Ref ⟦o:REQ|9K2LX⟧.",
    )
    r(
        "en_US",
        "benefit_form",
        "VA Form 10-10EZ draft\nVeteran: ⟦P|Marcus T. Oyelowo⟧\nSSN: ⟦SSN|044-73-2916⟧\nDOB: ⟦DOB|05 JUN 1981⟧\nService number: none (same as SSN)\nVA file #: ⟦HPN|C44712098⟧\nHome: ⟦A|1508 Fort Hood St, Apt 112, Killeen, TX 76541⟧\nLogin.gov backup codes: ⟦S|4KQ7-2M9P-XV3R⟧ ⟦S|8TZD-61WN-HB5E⟧",
    )
    r(
        "en_CA",
        "telecom_chat",
        "TELUS: Your one-time code is ⟦S|447120⟧. Someone is trying to sign in from ⟦IP|142.112.54.18⟧ (⟦L|Brampton, ON⟧). If this wasn't you, call ⟦PH|1-866-555-0177⟧.",
    )
    r(
        "en_US",
        "support_ticket",
        "Smart thermostat support. Customer ⟦P|Ólafur Jónsson⟧ reports device offline. Device MQTT config dump: ⟦UC|mqtts://thermo-88120:H0tC0ld!22@mqtt.nestly.example:8883⟧, local IP ⟦IP|192.168.1.47⟧, firmware ⟦o:VER|4.12.7-rc2⟧, error ⟦o:ERR|E-1042⟧. Serial ⟦o:SKU|TH-2024-A0447⟧.",
    )
    r(
        "en_US",
        "clinic_appointment",
        "Hi this is Valley Children's. ⟦P|Fatoumata Diallo⟧'s MRN is ⟦MRN|VCH 447-120-98⟧. Her appointment with Dr. ⟦P|Kowalski⟧ moved to ⟦o:D|4/23⟧ ⟦o:T|3:00 PM⟧. Mom ⟦P|Aminata⟧ please call ⟦PH|559.555.0109⟧.",
    )
    r(
        "en_US",
        "cv",
        "⟦P|LUCAS DE OLIVEIRA PRADO⟧\nSoftware Engineer · ⟦L|Newark, NJ⟧\n⟦PH|(973) 555-0121⟧ · ⟦E|lucas.prado.dev@gmail.com⟧\n\n• Built payments service handling ⟦o:QTY|2M⟧ tx/day (Go ⟦o:VER|1.22⟧, Postgres ⟦o:VER|16⟧)\n• Led migration to Kubernetes ⟦o:VER|1.29⟧\nLanguages: English, Portuguese (native), Spanish",
    )
    r(
        "es_MX",
        "bank_dispute",
        "Reclamo Banorte: me cobraron dos veces la colegiatura (⟦o:AMT|$7,850.00⟧ c/u) el ⟦o:D|5 de marzo⟧. Cuenta CLABE ⟦BBAN|032180900147522390⟧. Titular ⟦P|Araceli Nava Quintanilla⟧, correo ⟦E~at_dot|araceli.navaq arroba gmail punto com⟧. Folio ⟦o:TKT|BNT-2026-447120⟧.",
    )
    r(
        "pt_BR",
        "whatsapp",
        "[20:41] ⟦P|Leandro⟧: mano o pix é ⟦NID@br.cpf~fullwidth|１９６．５０３．４２０－９５⟧ copia aí\n[20:42] ⟦P|Caio⟧: mandei ⟦o:AMT|R$ 150⟧ 👍\n[20:42] ⟦P|Leandro⟧: valeu, a senha do wifi aqui é ⟦S|apto1204caio⟧ pra quando vc vier",
    )
    r(
        "es_AR",
        "email",
        "Hola ⟦P|Romina⟧, para el pago al proveedor: Lácteos del Sur SA, CUIT ⟦TAX@ar.cuit|30-71234568-9⟧, CBU ⟦BBAN@ar.cbu|0720168020000003912803⟧. El otro CBU (⟦BBAN@ar.cbu|0170099220000045678905⟧) es de ⟦P|Hugo Sosa⟧, particular. Factura ⟦o:INV|A 0003-00044712⟧ por ⟦o:AMT|$ 3.211.500⟧. Saludos, ⟦P|Ale⟧.",
    )
    r(
        "pt_BR",
        "email",
        "Cadastro de fornecedor – Construtora Horizonte Ltda, CNPJ ⟦TAX@br.cnpj|19.830.452/0001-29⟧. Responsável: ⟦P|Otávio Mendes da Rocha⟧, ⟦E|otavio@horizonte-construtora.com.br⟧, ⟦PH|+55 62 3201-4471⟧. Endereço: ⟦A|Av. T-63, nº 1200, sala 804, Setor Bueno, Goiânia - GO, 74230-100⟧. Filial: CNPJ ⟦TAX@br.cnpj|61.590.372/0001-00⟧.",
    )
    r(
        "es_CO",
        "email",
        "Para el reembolso de la matrícula en España: titular ⟦P|Santiago Londoño Mejía⟧, IBAN ⟦IBAN|FR14 2004 1010 0505 0001 3M02 606⟧ (cuenta en Francia porque estudié en ⟦L|Lyon⟧). Proveedor colombiano: Servicios Educativos del Caribe, NIT ⟦TAX@co.nit|830.117.045-6⟧.",
    )
    r(
        "en_US",
        "bank_transfer",
        "Outgoing wire – Costa Rica property\nBeneficiary: ⟦P|Esteban Mora Solano⟧\nIBAN: ⟦IBAN|CR05 0152 0200 1026 2840 66⟧\nOrdering customer: ⟦P|Gerald⟧ & ⟦P|Patricia Lindqvist⟧\nFrom account ⟦BBAN|1447209833⟧, routing ⟦a:BC|121000358⟧\nAmount ⟦o:AMT|USD 45,000.00⟧, fee ⟦o:AMT|$45⟧, ref ⟦o:REQ|FW26031400447⟧",
    )
    r(
        "en_GB",
        "hotel_booking",
        "Dear Ms ⟦P|Eilidh MacLeod⟧, thank you for booking Patagonia Camp, Torres del Paine. Deposit of ⟦o:AMT|GBP 900⟧ received from IBAN ⟦IBAN|GB29 NWBK 6016 1331 9268 19⟧. Your transfer from ⟦L|Puerto Natales⟧ departs ⟦o:T|10:00⟧ on ⟦o:D|2 Nov⟧. Booking ref ⟦o:ORD|PC-26-1147⟧.",
    )
    r(
        "pt_BR",
        "bank_transfer",
        "Comprovante TED internacional\nPagador: ⟦P|Jorge Luís Barcellos⟧ · IBAN ⟦IBAN|BR09 0606 6280 0003 9010 0125 468C 1⟧\nFavorecido: ⟦P|Ana Clara Barcellos⟧ · IBAN ⟦IBAN|BR7400000000010400000123468C1⟧\nValor: ⟦o:AMT|R$ 15.000,00⟧ · Data: ⟦o:D|14/03/2026⟧ ⟦o:T|10:42:17⟧\nAutenticação ⟦o:SHA|A4F7-22C9-0E81-B3D6⟧",
    )
    r(
        "en_US",
        "notice",
        "Scheduled maintenance: online banking will be unavailable from ⟦o:T|1:00 AM⟧ to ⟦o:T|5:00 AM⟧ ET on ⟦o:D|Sunday, March 22, 2026⟧. Mobile app version ⟦o:VER|8.14.2⟧ or later required after the update. Questions? See FAQ article ⟦o:TKT|KB-00447⟧.",
    )
    r(
        "en_US",
        "ecommerce_return",
        "Your return has been received at our warehouse. RMA ⟦o:TKT|RMA-5581209⟧ · Items: ⟦o:QTY|1⟧ × Trail Runner 4 (⟦o:SKU|TR4-M-10.5-GRY⟧) · Refund: ⟦o:AMT|$139.95⟧ to original payment method within 3–5 business days. FedEx ⟦o:TRK|7712 0447 1209⟧ delivered ⟦o:D|Mar 12⟧ ⟦o:T|10:14 AM⟧.",
    )
    r(
        "es_MX",
        "notice",
        "Aviso: A partir del ⟦o:D|1 de abril de 2026⟧ la comisión por retiro en cajeros de otros bancos será de ⟦o:AMT|$35.00 MXN⟧ más IVA (⟦o:PCT|16%⟧). Consulta el folleto ⟦o:ROW|CAT-2026-03⟧ en sucursal o en la app ⟦o:VER|v5.3⟧.",
    )
    r(
        "pt_BR",
        "notice",
        "Comunicado: o vencimento das faturas emitidas em ⟦o:D|março/2026⟧ foi prorrogado para ⟦o:D|15/04/2026⟧ devido à instabilidade no sistema (incidente ⟦o:TKT|INC-2026-0314⟧). Nenhuma multa será cobrada. Valor médio de reajuste: ⟦o:PCT|4,62%⟧.",
    )
    r(
        "es_AR",
        "notice",
        "Mercado Pago: El rendimiento de tu dinero en cuenta pasó a ⟦o:PCT|32% TNA⟧ desde el ⟦o:D|10/03⟧. Límite diario de transferencias: ⟦o:AMT|$ 5.000.000⟧. Código de promoción válido hasta el ⟦o:D|31/03⟧: ⟦o:SKU|MPVERANO26⟧.",
    )
    r(
        "en_CA",
        "support_ticket",
        "Outage update #3 (⟦o:T|16:45 ET⟧): Interac e-Transfer delays affecting some customers since ⟦o:T|13:10⟧. Root cause identified in payment switch release ⟦o:VER|2026.03.2⟧, rollback to ⟦o:VER|2026.03.1⟧ in progress. Internal ref ⟦o:REQ|OUT-0447-CA⟧. No action needed from customers.",
    )
    r(
        "es_CO",
        "ecommerce_return",
        "Tu pedido ⟦o:ORD|FAL-88412097⟧ de Falabella fue despachado. Guía Servientrega ⟦o:TRK|2044 7120 9833⟧. Entrega estimada: ⟦o:D|18 al 20 de marzo⟧. Productos: Licuadora Oster ⟦o:SKU|BLSTMB-CBF⟧ (⟦o:QTY|1⟧). Total pagado ⟦o:AMT|$389.900⟧.",
    )
    r(
        "es_CL",
        "notice",
        "Aviso de corte programado de agua – Aguas Andinas. Sector: comuna de Maipú, entre Av. Pajaritos y Av. Los Pajaritos. Fecha: ⟦o:D|jueves 19 de marzo⟧, de ⟦o:T|09:00⟧ a ⟦o:T|18:00⟧ horas. Código de trabajo ⟦o:TKT|OT-447120⟧. Se dispondrá de ⟦o:QTY|6⟧ estanques móviles.",
    )
    r(
        "es_PE",
        "travel_itinerary",
        "Itinerario: ⟦o:FLT|LA 2045⟧ Lima (LIM) ⟦o:T|06:10⟧ → Cusco (CUZ) ⟦o:T|07:35⟧, ⟦o:D|06 MAY 2026⟧. Código de reserva ⟦o:ORD|XK4TQ2⟧. Equipaje: ⟦o:QTY|1 × 23 kg⟧. Tarifa ⟦o:AMT|USD 189.40⟧ incl. TUUA.",
    )
    r(
        "en_US",
        "travel_itinerary",
        "Your trip: ⟦o:FLT|UA 1553⟧ EWR → GRU, departs ⟦o:D|Jun 4⟧ ⟦o:T|21:40⟧, arrives ⟦o:D|Jun 5⟧ ⟦o:T|09:15⟧. Confirmation ⟦o:ORD|K9WZ3P⟧. Seat ⟦o:ROW|32C⟧. Fare ⟦o:AMT|$1,148.30⟧. Check-in opens 24 hours before departure.",
    )
    r(
        "pt_BR",
        "support_ticket",
        "Release notes app Banco XP ⟦o:VER|12.7.0⟧ (build ⟦o:SHA|e3b0c442⟧): correção do erro ⟦o:ERR|PIX-408⟧ ao agendar transferências após ⟦o:T|22h⟧; limite noturno padrão volta a ⟦o:AMT|R$ 1.000,00⟧. Request ⟦o:UUID|9c2a1f3e-4b7d-4e0a-8f21-6d5c3b2a1e09⟧.",
    )
    r(
        "en_US",
        "notice",
        "Recall notice: Model ⟦o:SKU|HX-220 Space Heater⟧, units manufactured between ⟦o:D|08/2024⟧ and ⟦o:D|01/2025⟧ (lot codes ⟦o:ROW|L2408–L2501⟧). Stop use immediately. Refund ⟦o:AMT|$59.99⟧ or replacement. Reference ⟦o:TKT|CPSC 26-114⟧.",
    )
    r(
        "en_US",
        "rental_listing",
        "For rent: 2BR/1BA, ⟦o:QTY|880 sq ft⟧, laundry in building, ⟦o:AMT|$2,150/mo⟧, deposit ⟦o:AMT|$2,150⟧. Available ⟦o:D|May 1⟧. Zip ⟦a:PC|60647⟧ (Logan Square). Listing ID ⟦o:ROW|LS-447120⟧. No smoking, cats OK.",
    )
    r(
        "en_CA",
        "rental_listing",
        "Basement suite for rent – bright, separate entrance, ⟦o:AMT|$1,450⟧ incl. utilities. Near SkyTrain, postal code ⟦a:PC|V5R 3K1⟧. Available ⟦o:D|April 15⟧. Ref ⟦o:ROW|CL-9920447⟧. Serious inquiries via the site only.",
    )
    r(
        "en_US",
        "insurance_claim",
        "Claim status: ⟦o:TKT|CLM-26-0447120⟧ — payment issued ⟦o:D|03/18/2026⟧ for ⟦o:AMT|$4,812.66⟧ (check ⟦o:ROW|#0044712⟧). Deductible applied ⟦o:AMT|$1,000⟧. Mailed to the address on file, ZIP ⟦a:PC|33186⟧. Questions: reply to this thread.",
    )
    r(
        "es_MX",
        "support_ticket",
        "Ticket ⟦o:TKT|SAT-2026-0447⟧: El portal del SAT marcó error ⟦o:ERR|CFDI40145⟧ al timbrar la factura. Versión del CFDI ⟦o:VER|4.0⟧, complemento de pagos ⟦o:VER|2.0⟧. Código postal del receptor ⟦a:PC|06700⟧ no coincide con la constancia. Reintentar después de las ⟦o:T|20:00⟧.",
    )


load(r)


def main():
    rows = []
    for i, (loc, sty, src) in enumerate(R):
        text, spans = parse(src)
        rec = {
            "id": f"h13b-{i:05d}",
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
    with open("heldout13b.jsonl", "w", encoding="utf-8") as f:
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
