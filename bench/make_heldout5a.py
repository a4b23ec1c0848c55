#!/usr/bin/env python3
"""Build heldout5a.jsonl from hand-written records with inline markup.
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
    # ---------- support chats (en_US / en_GB), sloppy ----------
    r(
        "en_US",
        "chat",
        "hi my name is ⟦P|brenda okafor⟧ i ordered a blender like 2 weeks ago order ⟦o:ORD|#448120-77⟧ and it never came?? tracking says delivered but its not here. im at ⟦A|1187 west elm st apt 4b springfield il 62704⟧",
    )
    r(
        "en_US",
        "chat",
        "Agent: Thanks for waiting! Can I get the email on the account?\nCustomer: its ⟦E|tkowalczyk88@gmail.com⟧\nAgent: Got it, and the phone number?\nCustomer: ⟦PH|(312) 555-0187⟧\nAgent: Perfect, I see order ⟦o:ORD|W20931187⟧ for ⟦o:AMT|$84.99⟧.",
    )
    r(
        "en_US",
        "chat",
        "yeah so the card on file is wrong, can u update it to ⟦CC|4954 2555 0349 1068⟧ exp 09/27. name on card ⟦P|Marcus T. Bell⟧",
    )
    r(
        "en_GB",
        "chat",
        "hiya, parcel was meant to come ⟦o:D|Tuesday⟧ but nothing. ref ⟦o:TRK|JD014600006281134725⟧. address is ⟦A|Flat 3, 27 Mafeking Road, Leeds LS6 2QE⟧ if that helps",
    )
    r(
        "en_US",
        "chat",
        "i cant log in!!! reset link goes to my old email ⟦E|dwight.s.harlan@yahoo.com⟧ which i dont have anymore. new one is ⟦E|dharlan.home@outlook.com⟧ pls change it",
    )
    r(
        "en_US",
        "chat",
        "Customer: hey is the ⟦o:PROD|AeroPress Go⟧ back in stock\nAgent: Hi there! It's expected back on ⟦o:D|March 14⟧, about ⟦o:QTY|200 units⟧ coming in.\nCustomer: ok cool thx",
    )
    r(
        "en_GB",
        "chat",
        "My husband ⟦P|Callum⟧ placed the order on his account but I'm the one who needs to collect it, can you add me as a second name? ⟦P|Shona McAllister⟧. Order ⟦o:ORD|UK-5501923⟧",
    )
    r(
        "en_US",
        "chat",
        "ok so my password was ⟦S|Summer2019!!⟧ and i think someone got in bc theres orders i didnt make. ⟦o:ORD|#99120⟧ and ⟦o:ORD|#99133⟧ arent mine",
    )
    r(
        "en_US",
        "chat",
        "Agent (⟦P|Kayla⟧): For verification can you confirm your date of birth?\nCustomer: ⟦DOB|4/17/1979⟧\nAgent (⟦P|Kayla⟧): And the last four of the card? \nCustomer: 1068\nAgent (⟦P|Kayla⟧): Thank you Mr. ⟦P|Ramirez⟧, you're verified.",
    )
    r(
        "en_US",
        "chat",
        "whats the status on ticket ⟦o:TKT|CS-2024-118823⟧ i was told someone would call me back at ⟦PH|415.555.0139⟧ on ⟦o:D|friday⟧ and nobody did",
    )
    r(
        "en_GB",
        "chat",
        "hello i need to change delivery to my work address: ⟦A|Unit 12 Riverside Business Park, Tewkesbury Road, Cheltenham GL51 9SL⟧ - ask for ⟦P|Priya⟧ on reception",
    )
    r(
        "en_US",
        "chat",
        "hi this is for my son ⟦P|Jaylen⟧ he is ⟦o:QTY|14⟧ and the account is in his name but im the parent ⟦P|Tasha Freeman⟧. his birthday is ⟦DOB|june 2 2010⟧ if you need to verify",
    )
    r(
        "en_US",
        "chat",
        "the ⟦o:PROD|Roku Ultra⟧ keeps showing error ⟦o:ERR|014.50⟧ firmware ⟦o:VER|12.5.0⟧ i already restarted the router like 5 times",
    )
    r(
        "en_GB",
        "chat",
        "Customer: can you just read me back what you have\nAgent: Sure, ⟦P|Oluwaseun Adeyemi-Cole⟧, ⟦A|44 Brockley Rise, London SE23 1JN⟧, mobile ⟦PH|07700 900461⟧.\nCustomer: yes thats right",
    )
    r(
        "en_US",
        "chat",
        "Hello, I was double charged ⟦o:AMT|$212.40⟧ on ⟦o:D|05/02⟧. Card ending 3446. Full card is ⟦CC|5154 9121 0350 3446⟧ if you need it. Invoice ⟦o:INV|INV-0088213⟧.",
    )
    r("en_US", "chat", "do u ship to PO boxes? mine is ⟦A|PO Box 4471, Bozeman, MT 59772⟧")
    r(
        "en_US",
        "chat",
        "Customer: i want to cancel\nAgent: I'm sorry to hear that. Can I ask why?\nCustomer: too expensive. ⟦o:AMT|$29.99⟧ a month is too much\nAgent: Understood. I've cancelled subscription ⟦o:ORD|SUB-77120⟧, effective ⟦o:D|June 30⟧.",
    )
    r(
        "en_GB",
        "chat",
        "yeah its ⟦P|nikhil⟧ again, spoke to ⟦P|Gemma⟧ yesterday about the refund. she said 3-5 working days, its been 8",
    )
    r(
        "en_US",
        "chat",
        "my grandmother ⟦P|Rosalind Whitaker-Diaz⟧ is trying to use the app and it says her account is locked. shes at ⟦A|309 Cypress Ln, Sun City Center, FL 33573⟧, her phone is ⟦PH|813-555-0172⟧",
    )
    r(
        "en_US",
        "chat",
        "Agent: Is there anything else I can help with?\nCustomer: nope thats it\nAgent: Great! Your case number is ⟦o:TKT|00391877⟧. Have a good one!",
    )
    r(
        "en_US",
        "chat",
        "hey so i moved, new address is ⟦A|5520 n kenmore ave unit 2 chicago il 60640⟧ and the old one ⟦A|1411 w farragut⟧ can be deleted",
    )
    r(
        "en_GB",
        "chat",
        "my email is ⟦E~spoken|sarah dot lingard at btinternet dot com⟧ (typing it like that cos your chat keeps removing it lol)",
    )
    r(
        "en_US",
        "chat",
        "hi i'm locked out, the 2fa code is going to a number i dont have, ⟦PH|+1 646 555 0154⟧. could you send it to ⟦PH|646-555-0198⟧ instead",
    )
    r(
        "en_US",
        "chat",
        "Customer: wifi keeps dropping\nAgent: Could you tell me your public IP? You can find it at whatismyip.\nCustomer: ⟦IP|73.162.44.201⟧\nAgent: Thanks, I see packet loss on node ⟦o:ROW|ND-4471⟧.",
    )
    r("en_US", "chat", "no purchase issue, just wanted to say the ⟦o:PROD|Model 3 charger⟧ arrived early, thanks!")
    # ---------- emails with signatures ----------
    r(
        "en_US",
        "email",
        "Hi team,\n\nPlease find attached the signed lease addendum. Let me know if anything else is needed before move-in on ⟦o:D|August 1⟧.\n\nThanks,\n⟦P|Danielle Mbeki⟧\n⟦A|2250 Larkin St, Apt 7, San Francisco, CA 94109⟧\nc: ⟦PH|(415) 555-0123⟧\n⟦E|d.mbeki@protonmail.com⟧",
    )
    r(
        "en_GB",
        "email",
        "Dear Sir or Madam,\n\nI am writing to complain about the service I received at your Reading branch on ⟦o:D|12 March⟧. My account number is ⟦BBAN|41129876⟧, sort code ⟦a:BC|20-45-77⟧.\n\nI was told my dispute reference ⟦o:TKT|DSP/22/0931⟧ had been closed without anyone contacting me.\n\nYours faithfully,\n\n⟦P|Margaret Ellison-Hughes⟧ (Mrs)\n⟦A|8 Orchard Close, Woodley, Reading RG5 4HT⟧",
    )
    r(
        "en_US",
        "email",
        "Hey ⟦P|Tom⟧,\n\nQuick one - can you send the W-9 back? I need your EIN or SSN for the 1099. If it's easier just reply with it.\n\nRe: — sure, it's ⟦TAX@us.ein|51-7484088⟧ (the LLC). Personal is ⟦SSN|418-57-5545⟧ but use the EIN.\n\n— ⟦P|Tom Gruber⟧\nGruber Landscaping LLC\n⟦PH|503-555-0166⟧",
    )
    r(
        "en_IE",
        "email",
        "Hi ⟦P|Aoife⟧,\n\nJust confirming the deposit of ⟦o:AMT|€1,450⟧ for the apartment at ⟦A|14 Rathgar Avenue, Dublin 6, D06 F2X7⟧. Please transfer to ⟦IBAN|IE03 BOFI 9012 3809 4194 63⟧ and put your surname as reference.\n\nKind regards,\n⟦P|Declan Ó Súilleabháin⟧\nÓ Súilleabháin Lettings\n⟦PH|+353 87 555 0142⟧",
    )
    r(
        "en_US",
        "email",
        "Hi Ms. ⟦P|Nguyen⟧,\n\nThank you for applying to the Senior Analyst role (req ⟦o:REQ|R-20418⟧). We'd like to schedule a phone screen on ⟦o:D|Thursday 9/12⟧ at ⟦o:T|2:30 PM ET⟧. Please confirm the best number to reach you.\n\nBest,\n⟦P|Caroline Ashby⟧ | Talent Acquisition\n⟦E|cashby@meridianhealthpartners.com⟧",
    )
    r(
        "en_US",
        "email",
        "⟦P|Caroline⟧,\n\nThursday works. Best number is my cell, ⟦PH|714-555-0133⟧.\n\nThanks,\n⟦P|Thao Nguyen⟧",
    )
    r(
        "en_GB",
        "email",
        "Hi ⟦P|Rhys⟧,\n\nWelcome aboard! For payroll we need: your NI number, bank details and an emergency contact. You can reply to this email directly.\n\nHR Team\n\n---\nNI: ⟦NID@gb.nino|JT 48 27 91 B⟧\nBank: Nationwide, acc ⟦BBAN|30912274⟧ sort ⟦a:BC|07-04-36⟧\nEmergency contact: ⟦P|Bethan Morgan⟧ (mum) ⟦PH|07700 900734⟧\n\n⟦P|Rhys⟧",
    )
    r(
        "en_AU",
        "email",
        "G'day,\n\nI've attached my TFN declaration. TFN is ⟦TAX@au.tfn|744 572 516⟧. Medicare card ⟦HPN|2951 48372 1⟧.\n\nCheers,\n⟦P|Lachlan Pryce⟧\n⟦A|3/18 Beach Rd, Bondi NSW 2026⟧\n⟦PH|0412 555 019⟧",
    )
    r(
        "en_US",
        "email",
        "To whom it may concern,\n\nI am disputing a charge of ⟦o:AMT|$1,129.00⟧ posted ⟦o:D|10/03/2024⟧ on my Visa ⟦CC|4453 8058 0335 5862⟧. I never received the merchandise (order ⟦o:ORD|BX-448201⟧). I've attached the seller correspondence.\n\nSincerely,\n⟦P|Harold J. Kimura⟧\n⟦A|96-1180 Waihona St, Pearl City, HI 96782⟧\nDOB ⟦DOB|11/02/1958⟧\n⟦PH|808-555-0115⟧",
    )
    r(
        "en_CA",
        "email",
        "Hello,\n\nPlease update my direct deposit. New account: transit ⟦a:BC|04512⟧, institution ⟦a:BC|003⟧, account ⟦BBAN|5093128⟧. SIN for the file is ⟦NID@ca.sin|442 852 497⟧.\n\nThank you,\n⟦P|Geneviève Tremblay-Roy⟧\n⟦A|1207 rue Saint-Denis, app. 5, Montréal QC H2X 3J6⟧",
    )
    r(
        "en_IN",
        "email",
        "Dear Sir,\n\nAs requested please find my KYC details:\nName: ⟦P|Venkata Ramana Murthy⟧\nPAN: ⟦TAX@in.pan|BNZPM2501F⟧\nAadhaar: ⟦NID@in.aadhaar|4274 7654 3463⟧\nDOB: ⟦DOB|05-08-1986⟧\nAddress: ⟦A|Flat 402, Sai Krupa Apartments, 3rd Cross, Indiranagar, Bengaluru 560038⟧\nMobile: ⟦PH|+91 98450 55012⟧\n\nRegards,\n⟦P|Venkat⟧",
    )
    r(
        "en_US",
        "email",
        "Hey all — reminder that the Q3 all-hands is ⟦o:D|Sept 18⟧ at ⟦o:T|10am PT⟧ in Building C. Deck is v⟦o:VER|4.2⟧ on the drive. No action needed.\n\n— Ops",
    )
    r(
        "en_GB",
        "email",
        "Dear Dr. ⟦P|Okonkwo⟧,\n\nRe: patient ⟦P|Edith Barraclough⟧, DOB ⟦DOB|03/09/1941⟧, NHS No ⟦NID@gb.nhs|181 501 3451⟧, hospital no. ⟦MRN|RX0048812⟧\n\nThank you for seeing this lady in clinic. She lives alone at ⟦A|22 Moorside Lane, Keighley BD21 5JR⟧ and her daughter ⟦P|Janet⟧ (⟦PH|01535 555092⟧) is the main contact.\n\nYours sincerely,\nDr. ⟦P|Anil Mehta⟧, GP",
    )
    r(
        "en_US",
        "email",
        "Hi, my Airbnb host keeps asking for my passport number before check-in, is that normal? it's ⟦PP|568194327⟧ lol should I send it?\n\n- ⟦P|kenji⟧ (from ⟦L|Osaka⟧)",
    )
    r(
        "en_ZA",
        "email",
        "Morning ⟦P|Thandi⟧,\n\nPlease pay the invoice ⟦o:INV|INV-2024-0412⟧ for ⟦o:AMT|R 8 450,00⟧ into our FNB account ⟦BBAN|62841109832⟧, branch code ⟦a:BC|250655⟧.\n\nThanks\n⟦P|Pieter van der Merwe⟧\n⟦PH|082 555 0147⟧",
    )
    # ---------- web-form dumps ----------
    r(
        "en_US",
        "form",
        "First Name: ⟦P|Rodrigo⟧\nLast Name: ⟦P|Alvarez Pineda⟧\nEmail: ⟦E|ralvarezp@icloud.com⟧\nPhone: ⟦PH|2105550149⟧\nAddress Line 1: ⟦A|4418 Fredericksburg Rd⟧\nAddress Line 2: ⟦A|Apt 1203⟧\nCity: ⟦L|San Antonio⟧\nState: TX\nZIP: ⟦a:PC|78201⟧\nDate of Birth: ⟦DOB|1991-07-23⟧\nHow did you hear about us?: Instagram",
    )
    r(
        "en_US",
        "form",
        "name=⟦P|Keisha Lamont⟧&email=⟦E~urlencoded|keisha.lamont%40gmail.com⟧&phone=⟦PH~urlencoded|%2B14045550176⟧&dob=⟦DOB|1988-02-29⟧&zip=⟦a:PC|30318⟧&plan=premium&utm_source=fb&order_ref=⟦o:ORD|FB-001928⟧",
    )
    r(
        "en_GB",
        "form",
        "--- Contact form submission ---\nName: ⟦P|Wojciech Szymański⟧\nEmail: ⟦E|w.szymanski@wp.pl⟧\nTelephone: ⟦PH|07911 555 823⟧\nPostcode: ⟦a:PC|M14 5TP⟧\nMessage: Hi I'd like a quote for a boiler service at ⟦A|61 Ladybarn Lane⟧, ground floor flat. Any day after ⟦o:D|the 20th⟧ is fine.\nSubmitted: ⟦o:D|2024-05-14⟧ ⟦o:T|18:42:07⟧",
    )
    r(
        "en_US",
        "form",
        "INSURANCE CLAIM FORM\nPolicyholder: ⟦P|Gregory Pasternak⟧\nDate of loss: ⟦o:D|01/16/2024⟧\nDate of birth: ⟦DOB|08/30/1966⟧\nSSN: ⟦SSN|326-95-2940⟧\nLoss location: ⟦A|77 Birchwood Dr, Naperville, IL 60540⟧\nDescription: Frozen pipe burst in basement. Estimated damage ⟦o:AMT|$14,300⟧.\nContact phone: ⟦PH|630-555-0104⟧",
    )
    r(
        "en_US",
        "form",
        "Patient intake\nName: ⟦P|Abimbola Oyelaran⟧\nDOB: ⟦DOB|12/05/1973⟧\nMRN: ⟦MRN|MRN-00482193⟧\nInsurance: Aetna PPO\nMember ID: ⟦HPN|W2894471102⟧\nEmergency contact: ⟦P|Femi Oyelaran⟧ (spouse) ⟦PH|267-555-0191⟧\nAllergies: penicillin",
    )
    r(
        "en_US",
        "form",
        "Rental application\nApplicant: ⟦P|Jordan Castellanos⟧\nCurrent address: ⟦A|3300 S Lamar Blvd #218 Austin TX 78704⟧\nTime at address: 2 yrs\nPrevious: ⟦A|909 E 38th St, Austin TX 78705⟧\nDriver license: TX ⟦DL|31749205⟧\nSSN: ⟦SSN|756-13-6644⟧\nMonthly income: ⟦o:AMT|$5,800⟧\nReferences: ⟦P|Amy Chen⟧ ⟦PH|512-555-0128⟧",
    )
    r(
        "en_US",
        "form",
        "Feedback form\nRating: 4/5\nProduct: ⟦o:PROD|Instant Pot Duo 7-in-1⟧\nSKU: ⟦o:SKU|IP-DUO60-V3⟧\nComments: lid seal smells after a few uses. otherwise great.\nWould recommend: yes",
    )
    r(
        "en_AU",
        "form",
        "Full name: ⟦P|Mai Linh Tran⟧\nDate of birth: ⟦DOB|14/03/1995⟧\nResidential address: ⟦A|Unit 6, 42-44 Gladstone Street, Footscray VIC 3011⟧\nMobile: ⟦PH|0423 555 881⟧\nDriver licence no.: ⟦DL|073819264⟧\nMedicare: ⟦HPN|4120 59381 2⟧",
    )
    r(
        "en_GB",
        "form",
        "Job application – Warehouse Operative\nName: ⟦P|Gabriel Oyelowo⟧\nAddress: ⟦A|Flat 11 Beacon House 4 Canal Street Nottingham NG1 7EH⟧\nDOB: ⟦DOB|19.11.2001⟧\nNI number: ⟦NID@gb.nino|PN 72 18 45 D⟧\nRight to work share code: ⟦S|W7K 4MP 9HQ⟧\nAvailable from: ⟦o:D|1st July⟧",
    )
    r(
        "en_US",
        "form",
        "Account recovery request\nUsername: xXshadowfoxXx\nEmail on file: ⟦E|m.ortega.2003@hotmail.com⟧\nLast known IP: ⟦IP|98.207.114.36⟧\nLast login: ⟦o:D|2024-02-03⟧ ⟦o:T|21:14 UTC⟧\nDevice: iPhone 13, iOS ⟦o:VER|17.2.1⟧",
    )
    # ---------- call-centre transcripts ----------
    r(
        "en_US",
        "transcript",
        "AGENT: Thank you for calling Lakeshore Bank, this is ⟦P|Derek⟧, may I have your full name?\nCALLER: Yeah it's ⟦P|Patricia Anne Sullivan⟧.\nAGENT: Thank you. And your Social?\nCALLER: ⟦SSN|427-87-7955⟧.\nAGENT: And the date of birth?\nCALLER: ⟦DOB|March third, nineteen sixty-two⟧.\nAGENT: Great, I've got you verified.",
    )
    r(
        "en_US",
        "transcript",
        "AGENT: Can I get a callback number in case we get disconnected?\nCALLER: Sure, it's ⟦PH~spelled|seven one nine, five five five, zero one six two⟧.\nAGENT: Seven one nine five five five zero one six two. Got it.",
    )
    r(
        "en_GB",
        "transcript",
        "Agent: You're through to the claims team, ⟦P|Lucy⟧ speaking.\nCaller: Hi ⟦P|Lucy⟧, I'm calling about my car claim, reference ⟦o:TKT|MTR-4418230⟧.\nAgent: Lovely, can I take the registration and your postcode?\nCaller: reg is LB19 XKT, postcode ⟦a:PC|BS7 8NP⟧.\nAgent: And the first line of the address?\nCaller: ⟦A|152 Gloucester Road⟧.",
    )
    r(
        "en_US",
        "transcript",
        "[00:02:11] Rep: What card would you like to use today?\n[00:02:15] Cust: the amex, ⟦CC~spelled|three seven six three, three eight two six oh, six oh five eight six oh⟧\n[00:02:40] Rep: and the expiry?\n[00:02:42] Cust: oh four twenty eight\n[00:02:44] Rep: and the CID on the front?\n[00:02:47] Cust: ⟦S|4417⟧",
    )
    r(
        "en_US",
        "transcript",
        "Agent: For the address on the policy I have ⟦A|route 2 box 118 Hillsboro WV 24946⟧, is that current?\nCaller: yes ma'am, that's the farm\nAgent: And is this ⟦P|Earl Whitt⟧ I'm speaking with?\nCaller: No this is his wife, ⟦P|Loretta⟧.",
    )
    r(
        "en_US",
        "transcript",
        "Agent: Thanks for holding. I see your order ⟦o:ORD|114-3928117-2205861⟧ shipped ⟦o:D|yesterday⟧ via UPS, tracking ⟦o:TRK|1Z999AA10123456784⟧. It should arrive by ⟦o:D|Friday⟧.\nCaller: ok great, thanks.",
    )
    r(
        "en_IN",
        "transcript",
        "Agent: Sir, please confirm your registered mobile number.\nCustomer: ⟦PH|98201 55873⟧\nAgent: Thank you. And the last transaction amount?\nCustomer: ⟦o:AMT|₹4,299⟧ at Croma\nAgent: Thank you Mr. ⟦P|Sharma⟧. I am blocking the card ending 9843 and issuing a new one to ⟦A|B-14, Green Park Extension, New Delhi 110016⟧.",
    )
    # ---------- SMS ----------
    r("en_US", "sms", "hey its ⟦P|vanessa⟧ from the gym, here's my number ⟦PH|917-555-0138⟧ text me about saturday")
    r("en_US", "sms", "Your verification code is ⟦S|482 913⟧. Don't share it with anyone. Reply STOP to opt out.")
    r(
        "en_GB",
        "sms",
        "mum can u send me the nhs number for ⟦P|alfie⟧ the school nurse wants it. never mind found it ⟦NID@gb.nhs|666 243 9045⟧",
    )
    r("en_US", "sms", "Reminder: appt w/ Dr. ⟦P|Halvorsen⟧ on ⟦o:D|Tue 6/11⟧ at ⟦o:T|9:15am⟧. Reply C to confirm.")
    r("en_US", "sms", "wifi pw is ⟦S|ChezNous!4471⟧ btw, network is the one that says Lee_5G")
    r(
        "en_AU",
        "sms",
        "Hi it's ⟦P|Bronwyn⟧ from the real estate. Inspection at ⟦A|17 Wattle Cres⟧ moved to ⟦o:T|4pm⟧. Cheers",
    )
    r("en_US", "sms", "ok the gate code is ⟦S|#2719⟧ and we're in unit 14, just buzz ⟦P|Okafor⟧")
    # ---------- CRM notes by agents ----------
    r(
        "en_US",
        "crm_note",
        "cust called re late fee. spoke w/ ⟦P|janet koenig⟧, verified dob ⟦DOB|2/9/84⟧ + last 4. waived ⟦o:AMT|$35⟧ one-time courtesy. advised autopay. cb # ⟦PH|262-555-0117⟧ if issue recurs. -RK",
    )
    r(
        "en_US",
        "crm_note",
        "Spoke to customer's daughter ⟦P|Imani⟧ (not authorized on acct). Did not disclose details. Asked her to have Mr. ⟦P|Okoro⟧ call back or add her as AU. Ticket ⟦o:TKT|INC0049931⟧ left open.",
    )
    r(
        "en_GB",
        "crm_note",
        "Cust Mrs ⟦P|D. Pemberton⟧ rang 3rd time about boiler. Engineer booked ⟦o:D|Thurs 14/11⟧ AM slot. Access via side gate, key safe code ⟦S|0815⟧. Vulnerable customer flag added (age ⟦o:QTY|87⟧).",
    )
    r(
        "en_US",
        "crm_note",
        "Fraud review: login from ⟦IP|185.220.101.47⟧ (TOR exit) at ⟦o:T|03:12 UTC⟧, password changed, email changed to ⟦E|recovery.acct.help@mail.ru⟧. Reverted to ⟦E|lpetrosyan@comcast.net⟧, forced reset. Acct holder ⟦P|Lilit Petrosyan⟧ confirmed by phone ⟦PH|818-555-0162⟧.",
    )
    r("en_US", "crm_note", "called back re ⟦o:TKT|CASE-88213⟧, no answer, left vm. 2nd attempt ⟦o:D|tomorrow⟧.")
    r(
        "en_CA",
        "crm_note",
        "Client moved from ⟦L|Halifax⟧ to ⟦A|88 Queen St E, Unit 1402, Toronto ON M5C 1S6⟧. Updated billing. Cust requested paper statements stopped. Spoke w/ ⟦P|Siobhan Fairweather⟧.",
    )
    r(
        "en_US",
        "crm_note",
        "Escalation: customer ⟦P|DeShawn Pettiford⟧ says installer damaged floor at ⟦A|2718 Maple Leaf Ct Charlotte NC 28213⟧. Photos in case. Offered ⟦o:AMT|$150⟧ credit, declined, wants full repair quote. Sup ⟦P|Angela⟧ approved onsite visit ⟦o:D|6/3⟧.",
    )
    r(
        "en_IN",
        "crm_note",
        "Cx Ms. ⟦P|Lakshmi Narayanan⟧ called abt EMI bounce. Reg mob ⟦PH|9840155621⟧. Acct showing ⟦o:AMT|₹12,480⟧ overdue. Promised to pay by ⟦o:D|25th⟧. Ref ⟦o:TKT|SR/0918273⟧.",
    )
    r(
        "en_US",
        "crm_note",
        "VIP acct. Do NOT call home line. Contact only via assistant ⟦P|Renée Faulkner⟧ ⟦E|rfaulkner@hollisgroup.com⟧ ⟦PH|212-555-0145⟧.",
    )
    # ---------- marketplace seller messages ----------
    r(
        "en_US",
        "marketplace",
        "Hi! Thanks for buying the vintage lamp. I can ship it tomorrow. If you prefer local pickup I'm at ⟦A|1402 Glenwood Ave, Raleigh⟧ — text ⟦PH|919-555-0183⟧ when you're on your way. -⟦P|Beth⟧",
    )
    r("en_US", "marketplace", "is this still available? can u do ⟦o:AMT|$40⟧ i can pick up today in ⟦L|Mesa⟧")
    r(
        "en_GB",
        "marketplace",
        "Hi mate, you can collect the bike from ⟦A|9 Ashgrove Terrace, Bristol BS2 9JX⟧ after 6. Cash or bank transfer, my details: ⟦P|Ciarán Doyle⟧ ⟦BBAN|71429930⟧ sort ⟦a:BC|60-83-71⟧",
    )
    r(
        "de_DE",
        "marketplace",
        "Hallo, das Sofa ist noch da. Abholung in ⟦A|Lindenstraße 12, 10969 Berlin⟧, 3. OG links, Klingel ⟦P|Özdemir⟧. Bezahlung gern per Überweisung an ⟦IBAN|DE79 3704 0044 0532 0136 65⟧. Grüße, ⟦P|Aylin⟧",
    )
    r(
        "fr_FR",
        "marketplace",
        "Bonjour, je peux vous envoyer le colis en Mondial Relay, ⟦o:AMT|4,90 €⟧ de frais. Merci de me donner vos nom et adresse complets.\n-- ⟦P|Camille Lefèvre-Durand⟧, ⟦A|18 rue des Tanneurs, 67000 Strasbourg⟧, ⟦PH|06 55 12 48 93⟧",
    )
    r(
        "en_US",
        "marketplace",
        "Seller message: Order ⟦o:ORD|#2291-4410⟧ shipped via USPS ⟦o:TRK|9400 1118 9922 3384 5561 07⟧, ⟦o:QTY|2 items⟧. Please leave feedback!",
    )
    r(
        "en_US",
        "marketplace",
        "i sent the money on zelle to ⟦E|ttrinh.nails@gmail.com⟧ - ⟦o:AMT|$65⟧ - for the ⟦o:PROD|Nintendo Switch Lite⟧ - my name shows as ⟦P|Huong Trinh⟧",
    )
    r(
        "es_ES",
        "marketplace",
        "Hola, te hago el Bizum al ⟦PH|612 55 38 47⟧ ahora mismo. Envíalo a ⟦A|Calle de Embajadores 88, 3ºB, 28012 Madrid⟧ a nombre de ⟦P|Álvaro Núñez de la Fuente⟧. Gracias!",
    )
    r(
        "pl_PL",
        "marketplace",
        "Dzień dobry, przelew wysłany na konto ⟦IBAN|PL88 1090 1014 0475 5586 0268 7146⟧, tytuł: rower. Proszę wysłać paczkomatem do ⟦A|ul. Kościuszki 14/3, 30-105 Kraków⟧. Pozdrawiam, ⟦P|Magdalena Wróblewska⟧, tel. ⟦PH|601 555 284⟧",
    )
    # ---------- complaint letters ----------
    r(
        "en_GB",
        "letter",
        "⟦A|27 Harrowby Street\nGrantham\nLincolnshire\nNG31 6JB⟧\n\n⟦o:D|4 February 2024⟧\n\nDear Customer Relations,\n\nComplaint ref: ⟦o:TKT|CR-118409⟧\n\nOn ⟦o:D|19 January⟧ I travelled on the ⟦o:T|07:42⟧ service from Grantham to King's Cross which was cancelled without notice. I was left stranded with my elderly father, ⟦P|Reginald Thorne⟧, who uses a wheelchair.\n\nI expect a full refund of ⟦o:AMT|£142.60⟧.\n\nYours sincerely,\n⟦P|Alison Thorne⟧",
    )
    r(
        "en_US",
        "letter",
        "Dear Sir/Madam,\n\nI have been a customer for 11 years. On ⟦o:D|March 3⟧ your technician, who introduced himself as ⟦P|Kyle⟧, left my front door open and my dog got out. I live at ⟦A|46 Pinecrest Road, Apt B, Burlington VT 05401⟧. I am requesting compensation.\n\n⟦P|Eleanor Vásquez-Whitfield⟧\n⟦PH|(802) 555-0159⟧",
    )
    r(
        "en_AU",
        "letter",
        "To the manager,\n\nMy name is ⟦P|Siddharth Rao⟧ and I am writing about the bond for ⟦A|Unit 3/27 Carrington Road, Randwick NSW 2031⟧. I vacated on ⟦o:D|28/02/2024⟧ and have still not received the ⟦o:AMT|$2,640⟧ bond. Please pay it to BSB ⟦a:BC|062-000⟧ account ⟦BBAN|1048 2277⟧.\n\nRegards,\n⟦P|Sid⟧",
    )
    r(
        "en_US",
        "letter",
        "Dear Customer Service,\n\nThe ⟦o:PROD|Samsung Bespoke Refrigerator⟧ (model ⟦o:SKU|RF29BB8600QL⟧) I purchased on ⟦o:D|11/20/2023⟧ has failed twice. Service tickets ⟦o:TKT|4418823⟧ and ⟦o:TKT|4471902⟧. I am requesting a replacement under the ⟦o:QTY|1-year⟧ warranty.\n\nThank you.",
    )
    # ---------- HR / recruiting ----------
    r(
        "en_US",
        "hr_email",
        "Hi ⟦P|Marisol⟧,\n\nFor your I-9 please bring original documents on day one. I've got your details as:\n⟦P|Marisol Echeverría⟧, DOB ⟦DOB|October 4, 1997⟧, SSN ⟦SSN|441-20-1701⟧, ⟦A|615 Delmar Ave, St. Louis, MO 63130⟧.\nYour start date is ⟦o:D|Monday, June 3⟧ at ⟦o:T|8:00 AM⟧.\n\nThanks,\n⟦P|Greg⟧ in People Ops",
    )
    r(
        "en_US",
        "hr_email",
        "Referral: my former colleague ⟦P|Nnamdi Chukwuemeka⟧ would be great for the backend role. His email is ⟦E|nnamdi.chuk@gmail.com⟧ and he's in ⟦L|Houston⟧. Req ⟦o:REQ|JR-11873⟧.",
    )
    r(
        "en_GB",
        "hr_email",
        "Hi all, please welcome ⟦P|Fatima Al-Sayed⟧ who is relocating from ⟦L|Manchester⟧ and joins the finance team on ⟦o:D|Monday⟧. Her desk is 4.12. Say hi!",
    )
    r(
        "en_US",
        "hr_email",
        "Candidate notes – ⟦P|Trần Minh Khoa⟧ (goes by ⟦P|Kevin⟧). Strong on SQL, weak on system design. Currently in ⟦L|Garden Grove, CA⟧, open to relocate. Salary expectation ⟦o:AMT|$135k⟧. Next: onsite ⟦o:D|5/22⟧.",
    )
    r(
        "en_IN",
        "hr_email",
        "Dear HR,\n\nPlease find my details for the background verification:\nFull name: ⟦P|Ayesha Siddiqui⟧\nFather's name: ⟦P|Mohammed Iqbal Siddiqui⟧\nDate of birth: ⟦DOB|22/01/1994⟧\nPAN: ⟦TAX@in.pan|AFKPS7788Q⟧\nPassport: ⟦PP|T4829175⟧\nPermanent address: ⟦A|H.No. 12-2-417/A, Mehdipatnam, Hyderabad, Telangana 500028⟧\n\nThanks & regards,\n⟦P|Ayesha⟧",
    )
    r(
        "en_US",
        "hr_email",
        "Reminder: open enrollment closes ⟦o:D|Nov 15⟧. Plan changes take effect ⟦o:D|Jan 1⟧. Premiums go up ⟦o:PCT|4.5%⟧ for the PPO. Questions to benefits@ (no reply needed).",
    )
    r(
        "en_US",
        "hr_email",
        "Hey ⟦P|Aaron⟧ — for the dependent add form I need my wife's info: ⟦P|Sofia Marchetti⟧, born ⟦DOB|9/14/1990⟧, SSN ⟦SSN|523-97-5921⟧, and our daughter ⟦P|Giulia⟧ born ⟦DOB|2/2/2022⟧, SSN ⟦SSN|741-67-8858⟧. Member ID on my card is ⟦HPN|XKU884019273⟧. Thx, ⟦P|Matt⟧",
    )
    r(
        "de_DE",
        "hr_email",
        "Hallo Frau ⟦P|Becker⟧,\n\nanbei meine Unterlagen für die Lohnabrechnung:\nSteuer-ID: ⟦TAX@de.idnr|13 251 098 713⟧\nSozialversicherungsnummer: ⟦NID|65 120389 H 517⟧\nIBAN: ⟦IBAN|DE56 7602 6000 9253 6899 72⟧\nKrankenkasse: TK, Versichertennummer ⟦HPN|T482917365⟧\n\nMit freundlichen Grüßen\n⟦P|Jonas Hartmann⟧\n⟦A|Schillerstraße 4a, 60313 Frankfurt am Main⟧",
    )
    # ---------- insurance claims ----------
    r(
        "en_US",
        "insurance_claim",
        "Claim narrative: On ⟦o:D|7/4/2024⟧ at approx ⟦o:T|11:30 PM⟧ insured ⟦P|Bradley Kowalski⟧ was rear-ended at the intersection of ⟦L|Main St and 5th Ave⟧ in ⟦L|Fargo⟧. Other driver ⟦P|Samantha Reyes⟧, ND DL ⟦DL|REY-88-1943⟧, phone ⟦PH|701-555-0198⟧. Claim # ⟦o:TKT|AUTO-2024-0771839⟧.",
    )
    r(
        "en_GB",
        "insurance_claim",
        "Travel claim – lost luggage\nPolicyholder: ⟦P|Harriet Osei⟧\nDate of birth: ⟦DOB|30 June 1987⟧\nFlight: ⟦o:FLT|BA2491⟧ Gatwick to Málaga on ⟦o:D|14 August⟧\nPIR ref: ⟦o:TKT|AGPBA38817⟧\nItems lost value: ⟦o:AMT|£890⟧\nPayment to: ⟦IBAN|GB26 BARC 2003 5443 2789 10⟧",
    )
    r(
        "en_US",
        "insurance_claim",
        "Dental claim\nSubscriber: ⟦P|Kwame Asante⟧\nSubscriber ID: ⟦HPN|DDP-904418273⟧\nPatient: ⟦P|Ama Asante⟧ (child)\nPatient DOB: ⟦DOB|05/19/2015⟧\nProcedure: D1120 prophylaxis, ⟦o:AMT|$96.00⟧\nDate of service: ⟦o:D|04/22/2024⟧",
    )
    r(
        "en_US",
        "insurance_claim",
        "Pet insurance claim for Biscuit (golden retriever). Vet invoice ⟦o:INV|VX-20193⟧, ⟦o:AMT|$1,212.18⟧. Reimburse to checking routing ⟦a:BC|121000358⟧ acct ⟦BBAN|004418273390⟧. Owner ⟦P|Linda Carrow⟧.",
    )
    r(
        "fr_FR",
        "insurance_claim",
        "Déclaration de sinistre\nAssuré : ⟦P|Mathieu Girard⟧\nNé le ⟦DOB|12/03/1985⟧ à ⟦L|Lyon⟧\nN° de sécurité sociale : ⟦NID@fr.nir|1 85 07 75 056 818 07⟧\nAdresse : ⟦A|42 avenue Jean Jaurès, 69007 Lyon⟧\nDégât des eaux survenu le ⟦o:D|3 janvier 2024⟧. Montant estimé : ⟦o:AMT|2 300 €⟧.",
    )
    # ---------- bank dispute forms ----------
    r(
        "en_US",
        "bank_dispute",
        "DISPUTE FORM\nCardholder name: ⟦P|Eun-ji Park⟧\nCard number: ⟦CC|5366 3795 6309 4544⟧\nTransaction date: ⟦o:D|02/14/2024⟧\nMerchant: SQ *BLUEBIRD CAFE\nAmount: ⟦o:AMT|$347.50⟧\nReason: I was charged ⟦o:QTY|10 times⟧ for a ⟦o:AMT|$34.75⟧ purchase.\nDaytime phone: ⟦PH|206-555-0177⟧\nSignature: ⟦P|Eun-ji Park⟧",
    )
    r(
        "en_GB",
        "bank_dispute",
        "I want to report fraud. someone used my debit card ⟦CC|4796 2249 0807 5167⟧ in Lisbon yesterday for ⟦o:AMT|€600⟧ and I've never been to Portugal. I'm at home in ⟦L|Sunderland⟧. please call me on ⟦PH|07456 555 210⟧. ⟦P|Kieran Bulmer⟧",
    )
    r(
        "en_US",
        "bank_dispute",
        "Re: Claim ⟦o:TKT|DC-0048813⟧ — provisional credit of ⟦o:AMT|$82.19⟧ issued ⟦o:D|3/12⟧. Final decision within ⟦o:QTY|45 days⟧. No further action required from you.",
    )
    r(
        "nl_NL",
        "bank_dispute",
        "Geachte heer/mevrouw,\n\nIk betwist de afschrijving van ⟦o:AMT|€ 129,95⟧ op ⟦o:D|8 maart⟧ van mijn rekening ⟦IBAN|NL54 ABNA 0417 1703 01⟧. Ik heb nooit een abonnement afgesloten bij dit bedrijf.\n\nMet vriendelijke groet,\n⟦P|Sanne de Vries-Bakker⟧\n⟦A|Prinsengracht 263-2, 1016 GV Amsterdam⟧\nBSN: ⟦NID@nl.bsn|707635767⟧",
    )
    # ---------- shipping address changes ----------
    r(
        "en_US",
        "chat",
        "pls change shipping on ⟦o:ORD|#55019823⟧ to my sisters place ⟦A|812 Oakmont Drive Bakersfield CA 93309⟧, put her name ⟦P|Gloria Mendez⟧ on it",
    )
    r(
        "en_GB",
        "email",
        "Hi, I've moved. Please update my address from ⟦A|4 Thornfield Mews, York YO31 7RT⟧ to ⟦A|The Old Rectory, Church Lane, Nether Poppleton, York YO26 6HJ⟧ effective ⟦o:D|1 March⟧. Thanks, ⟦P|Rupert Ashdown⟧",
    )
    r(
        "en_US",
        "chat",
        "i live at ⟦A|2401 e camelback rd #310 phoenix az 85016⟧ not 2410, the driver keeps going to the wrong building",
    )
    r(
        "en_CA",
        "form",
        "Address change request\nRequest no.: ⟦o:REQ|AC-00419822⟧\nOld address: ⟦A|55 Rue Principale, Gatineau QC J9H 3L4⟧\nNew address: ⟦A|RR 1 Site 7 Box 12, Wakefield QC J0X 3G0⟧\nEffective: ⟦o:D|2024-09-01⟧\nPhone: ⟦PH|819-555-0114⟧",
    )
    r(
        "en_ZA",
        "chat",
        "hi please deliver to ⟦A|14 Jacaranda Avenue, Lynnwood Glen, Pretoria 0081⟧ and not the office. my number is ⟦PH|+27 82 555 0193⟧. thanks, ⟦P|Lerato Mokoena⟧",
    )
    r(
        "en_US",
        "chat",
        "Address on the label is wrong, it says ⟦A|18 Ridgeway⟧ but it should be ⟦A|18 Ridgeview Terrace, Fort Lee NJ 07024⟧. Tracking ⟦o:TRK|92612903029511573030094482⟧",
    )
    # ---------- travel bookings ----------
    r(
        "en_GB",
        "travel",
        "Booking confirmation ⟦o:ORD|XK7P2M⟧\nPassenger 1: Mr ⟦P|Oliver James Hartley⟧\nPassenger 2: Mrs ⟦P|Naomi Hartley⟧\nPassenger 3: Miss ⟦P|Isla Hartley⟧ (child, DOB ⟦DOB|17/06/2016⟧)\nFlight ⟦o:FLT|EZY8321⟧ LGW–FAO ⟦o:D|03 Aug 2024⟧ dep ⟦o:T|06:10⟧\nContact: ⟦E|ollie.hartley@gmail.com⟧ / ⟦PH|+44 7700 900512⟧",
    )
    r(
        "en_US",
        "travel",
        "APIS info for the group:\n1. ⟦P|CHEN Wei⟧, passport ⟦PP|E38827164⟧, DOB ⟦DOB|1982-11-03⟧, CHN\n2. ⟦P|LIU Yang⟧, passport ⟦PP|EH4417920⟧, DOB ⟦DOB|1985-04-27⟧, CHN\n3. ⟦P|Rashid Al-Mansouri⟧, passport ⟦PP|N2294871⟧, DOB ⟦DOB|1979-08-15⟧, ARE",
    )
    r(
        "en_US",
        "travel",
        "Hi, I need to correct the name on my ticket — it says ⟦P|Jon Smyth⟧ but my passport says ⟦P|Jonathan Smythe⟧. Conf ⟦o:ORD|HBQ9TL⟧, flight ⟦o:FLT|UA 1187⟧ on ⟦o:D|Dec 21⟧.",
    )
    r(
        "en_AU",
        "travel",
        "Hotel guest reg\nGuest: ⟦P|Ngozi Eze⟧\nNationality: Nigerian\nPassport No: ⟦PP|A09384721⟧\nCheck-in: ⟦o:D|12 Nov⟧, check-out: ⟦o:D|15 Nov⟧, ⟦o:QTY|3 nights⟧, Room ⟦o:ROW|1408⟧\nRate: ⟦o:AMT|AUD 289⟧/night",
    )
    r(
        "de_DE",
        "travel",
        "Sehr geehrte Damen und Herren,\n\nbitte ändern Sie meine Buchung ⟦o:ORD|DB-4H7XQ2⟧ (ICE ⟦o:FLT|ICE 577⟧, ⟦o:D|14.06.2024⟧) auf den Folgetag.\n\nViele Grüße\n⟦P|Friederike von Albrecht⟧\n⟦PH|+49 171 5558824⟧",
    )
    r(
        "it_IT",
        "travel",
        "Buongiorno, vorrei prenotare una camera doppia dal ⟦o:D|12 al 15 luglio⟧. I miei dati: ⟦P|Giuseppe Lo Russo⟧, nato il ⟦DOB|10 dicembre 1985⟧, codice fiscale ⟦TAX@it.codicefiscale|LRSGPP85T10F839P⟧, cell. ⟦PH|347 555 2981⟧. Grazie",
    )
    r(
        "en_US",
        "travel",
        "Flight ⟦o:FLT|DL 2214⟧ is delayed to ⟦o:T|7:45 PM⟧. Gate ⟦o:ROW|B17⟧. We apologize for the inconvenience.",
    )
    # ---------- school / parent messages ----------
    r(
        "en_US",
        "school",
        "Hi Ms. ⟦P|Delgado⟧, ⟦P|Mateo⟧ won't be in today, he has a fever. He should be back ⟦o:D|Thursday⟧. - ⟦P|Carla Ruiz⟧ (mom) ⟦PH|956-555-0126⟧",
    )
    r(
        "en_GB",
        "school",
        "Dear parents of Year 4,\n\nThe trip to the Science Museum is on ⟦o:D|Friday 8th March⟧. Cost is ⟦o:AMT|£12⟧, payable on ParentPay by ⟦o:D|1st March⟧. Coaches leave at ⟦o:T|8.45am⟧.\n\nMrs ⟦P|Hughes⟧",
    )
    r(
        "en_US",
        "school",
        "Emergency contact update for ⟦P|Zoe Abernathy⟧ (grade 3, DOB ⟦DOB|01/27/2016⟧): please add her grandpa ⟦P|Walter Abernathy⟧ ⟦PH|(605) 555-0190⟧, ⟦A|411 S Phillips Ave, Sioux Falls, SD 57104⟧. He can pick her up Tuesdays.",
    )
    r(
        "en_IE",
        "school",
        "hi its ⟦P|siobhán⟧, ⟦P|cian⟧'s mam. he forgot his lunch can someone bring it to the office, i'll drop it in at 12. my number is ⟦PH|086 555 3127⟧ if theres a problem",
    )
    r(
        "en_AU",
        "school",
        "Enrolment form\nStudent: ⟦P|Aroha Ngata-Wilson⟧\nDOB: ⟦DOB|9 Sep 2018⟧\nParent/guardian: ⟦P|Tama Ngata⟧\nAddress: ⟦A|23 Kookaburra Way Mount Gambier SA 5290⟧\nMedicare: ⟦HPN|5508 42196 3⟧\nAllergies: nil",
    )
    r(
        "sv_SE",
        "school",
        "Hej! ⟦P|Elsa⟧ är sjuk idag och stannar hemma. Hennes personnummer om ni behöver det till sjukanmälan: ⟦NID@se.personnummer|850713-4826⟧ – nej förlåt, det är mitt. Hälsningar ⟦P|Karin Lindqvist⟧, ⟦PH|070-555 38 21⟧",
    )
    # ---------- real-estate / tenancy ----------
    r(
        "en_GB",
        "tenancy",
        "Hi Mr ⟦P|Patel⟧, the damp in the back bedroom at ⟦A|Flat 2, 119 Stapleton Road, Bristol BS5 0QA⟧ is getting worse. Please can you send someone. I'm in most days. ⟦P|Joanna Kasprzak⟧ ⟦PH|07385 555 117⟧",
    )
    r(
        "en_US",
        "tenancy",
        "Lease: Tenant ⟦P|Obinna Nwachukwu⟧ and ⟦P|Chiamaka Nwachukwu⟧, premises ⟦A|1730 N Clark St Apt 2104 Chicago IL 60614⟧, term ⟦o:D|09/01/2024⟧ – ⟦o:D|08/31/2025⟧, rent ⟦o:AMT|$2,450⟧ due on the 1st.",
    )
    r(
        "en_US",
        "tenancy",
        "Maintenance request ⟦o:TKT|MR-3391⟧: kitchen faucet leaking, unit ⟦o:ROW|4C⟧. Permission to enter: yes. Pets: 1 cat.",
    )
    r(
        "nl_NL",
        "tenancy",
        "Beste ⟦P|Daan⟧,\n\nDe huur van ⟦o:AMT|€ 1.375⟧ voor ⟦o:D|april⟧ staat klaar. Maak het over naar ⟦IBAN|NL14 RABO 0817 2900 84⟧ t.n.v. ⟦P|R. Jansen⟧ o.v.v. ⟦A|Oudegracht 118bis, Utrecht⟧.\n\nGroet, ⟦P|Ruud⟧",
    )
    r(
        "es_ES",
        "tenancy",
        "Hola ⟦P|Marta⟧, te confirmo que el piso de ⟦A|Carrer de Provença 291, 4º 2ª, 08037 Barcelona⟧ queda libre el ⟦o:D|1 de octubre⟧. Para el contrato necesito tu DNI, ⟦NID@es.dni|71458713J⟧ si no me equivoco, y la fianza de ⟦o:AMT|2 mensualidades⟧. Un saludo, ⟦P|Jordi Puig i Serra⟧",
    )
    # ---------- forum posts / tech support with credentials ----------
    r(
        "en_US",
        "forum",
        "Can't get my NAS to mount on boot. fstab line:\n//192.168.1.20/media /mnt/media cifs username=dave,password=⟦S|Tr0ut!fishing22⟧ 0 0\nRunning Ubuntu ⟦o:VER|22.04⟧, kernel ⟦o:VER|5.15.0-91⟧. Any ideas?",
    )
    r(
        "en_US",
        "forum",
        "same issue here. my backup script uses ⟦UC|ftp://mhalloran:Kerry1987@ftp.halloranphoto.com/uploads⟧ and since the update it just hangs. support ticket ⟦o:TKT|#77120⟧ open for a week",
    )
    r(
        "en_GB",
        "forum",
        "For anyone else struggling: the router admin page is at 192.168.0.1 and the default login is printed under the unit. Mine was admin / ⟦S|7hq2Lp9xRw⟧ which I've obviously changed now. Firmware ⟦o:VER|v3.1.02⟧ fixed the dropouts.",
    )
    r(
        "en_US",
        "forum",
        "Posting my config in case it helps:\nDATABASE_URL=⟦UC|postgres://shopadmin:Qz8!mPv2rT@db.kellysbakery.net:5432/orders⟧\nSTRIPE_KEY=⟦S|sk_live_51Hx9QmLk2v7TnB8rWc4ZyD0pA⟧\nyes I know I shouldn't paste these, I'll rotate them after",
    )
    r(
        "en_US",
        "forum",
        "My camera feed is accessible at ⟦UC|http://admin:bluebird77@71.58.203.114:8080/video⟧ but only on wifi, not on cellular. ISP is Spectrum, I live in ⟦L|Rochester NY⟧ if that matters. My home IP is ⟦IP|71.58.203.114⟧.",
    )
    r(
        "en_US",
        "forum",
        "Has anyone returned the ⟦o:PROD|Dyson V15 Detect⟧ after 30 days? Order was ⟦o:ORD|DY-2283019⟧, ⟦o:AMT|$749.99⟧. Support said no, but I've read others got exceptions.",
    )
    r(
        "en_AU",
        "forum",
        "G'day all, my ⟦o:PROD|Telstra Smart Modem 3⟧ keeps rebooting. Logs show WAN IP ⟦IP|120.148.37.92⟧ changing every hour. Also seeing logins from ⟦IP|45.134.26.199⟧ which isn't me?? Changed the password to ⟦S|Kangaroo#Paw2024⟧ just in case.",
    )
    r(
        "en_US",
        "forum",
        "PSA the webhook in the docs example is wrong, you need ⟦UC|https://hooks:8f3kLm2Q@api.notify-service.io/v2/send⟧ style auth, not a header. took me 3 hrs",
    )
    r(
        "en_GB",
        "forum",
        "Mum's iPad keeps asking for her Apple ID password, it's ⟦E|pauline.whitmore@btinternet.com⟧ / ⟦S|Sandringham1956⟧ — how do I stop it asking every day? She's on iPadOS ⟦o:VER|17.4⟧.",
    )
    r(
        "en_US",
        "forum",
        "Hi all, first post. I run a small Etsy shop and my SMTP settings are:\nserver: smtp.mailgun.org\nuser: ⟦E|postmaster@mg.rosewoodcandles.com⟧\npass: ⟦S|a7f3c9e1b2d4e6f8a0c2e4b6d8f0a1c3-52b6835e-7c1d90aa⟧\nEmails go to spam. Help?",
    )
    r(
        "en_US",
        "forum",
        "cleaning up old docs I found this in our wiki: ⟦UC|https://jenkins:Winter2023@ci.internal.brightpath.org/job/deploy⟧ — someone please rotate it. Also the VPN server is at ⟦IP|159.65.42.118⟧ which shouldn't be public.",
    )
    r(
        "en_US",
        "forum",
        "question about the ⟦o:PROD|Kindle Paperwhite⟧ ⟦o:VER|5.16.2⟧ update, does it break Calibre sideloading? asking before I update",
    )
    r(
        "en_CA",
        "forum",
        "Fixed it! The issue was my ⟦o:PROD|Eero Pro 6⟧ giving out IPv6 addresses like ⟦IP|2607:fea8:1c40:8a00:6d2e:41ff:fe19:b3a7⟧ to the printer and the app couldn't reach it. Disabled IPv6, works now.",
    )
    r(
        "en_US",
        "chat",
        "Agent: Please visit the secure link to reset. \nCustomer: the link u sent is ⟦UC|https://reset.acmecloud.com/u/tbrennan:Xk29Pq77@auth⟧ is that supposed to have my password in it???\nAgent: I'll escalate that immediately, thank you for flagging. Ref ⟦o:TKT|SEC-4471⟧.",
    )
    r(
        "en_US",
        "email",
        "Hi ⟦P|Nadia⟧,\n\nThe staging server creds for the vendor demo:\nhost ⟦IP|34.201.118.62⟧\nuser deploy\nkey passphrase ⟦S|correct-horse-violet-9⟧\nadmin panel: ⟦UC|https://demo:Gr33nLight!@staging.harborfreightlogistics.com/admin⟧\n\nDelete after reading pls.\n⟦P|Omar⟧",
    )
    r(
        "en_GB",
        "email",
        "Dear Mr ⟦P|Quigley⟧,\n\nYour new online banking card is on its way and should arrive within ⟦o:QTY|5 working days⟧. Your temporary passcode will arrive by post. We will never ask for your full password.\n\nHalifax Customer Services",
    )
    r(
        "en_US",
        "forum",
        "My torrent client shows peers from ⟦IP|87.249.132.15⟧ hammering me, is that a known bad IP? Running qBittorrent ⟦o:VER|4.6.3⟧.",
    )
    r(
        "en_US",
        "forum",
        "Tip: if you paste your FTP URL like ⟦UC|ftp://lwong:pandaExpress88@files.wongaccounting.com⟧ into Chrome it'll strip the password now. Use FileZilla.",
    )
    r(
        "en_IN",
        "forum",
        "Bhai the ⟦o:PROD|JioFiber⟧ router login is admin and password is ⟦S|Jio@8826174⟧ for mine, default is on sticker. Mine IP is ⟦IP|49.36.112.208⟧ static plan.",
    )
    r(
        "en_US",
        "forum",
        "Here's the crash log, version ⟦o:VER|2.18.1⟧ build ⟦o:SHA|a3f9c21⟧:\nERROR ⟦o:ERR|E_SYNC_409⟧ at ⟦o:T|14:02:33⟧ request ⟦o:REQ|req_8Fk2nQx91⟧\nanyone else?",
    )
    r(
        "en_US",
        "forum",
        "Selling my old ⟦o:PROD|Peloton Bike⟧, had it since ⟦o:D|2021⟧, ⟦o:AMT|$650⟧ OBO, pickup in ⟦L|Overland Park⟧. DM me.",
    )
    r(
        "en_US",
        "forum",
        "moving my smart home to home assistant, my mqtt broker is ⟦UC|mqtt://homeassistant:Pumpkin2021@10.0.0.42:1883⟧ and the zigbee stick is on /dev/ttyUSB0",
    )
    # ---------- other locales ----------
    r(
        "pt_BR",
        "chat",
        "oi, meu pedido ⟦o:ORD|#BR-772019⟧ não chegou. meu nome é ⟦P|Thiago Albuquerque dos Santos⟧, CPF ⟦TAX@br.cpf|859.454.500-22⟧, endereço ⟦A|Rua Augusta 1508, apto 72, Consolação, São Paulo - SP, 01304-001⟧. zap ⟦PH|(11) 95555-3821⟧",
    )
    r(
        "pt_BR",
        "email",
        "Prezados,\n\nSegue meu cadastro para abertura de conta:\nNome: ⟦P|Maria Eduarda Ferreira Lima⟧\nCPF: ⟦TAX@br.cpf|238.986.416-35⟧\nData de nascimento: ⟦DOB|07/11/1992⟧\nE-mail: ⟦E|duda.ferreira92@uol.com.br⟧\nCelular: ⟦PH|+55 31 98555-1204⟧\nEndereço: ⟦A|Av. Afonso Pena 3200, Funcionários, Belo Horizonte - MG⟧\n\nAtenciosamente,\n⟦P|Maria Eduarda⟧",
    )
    r(
        "pt_BR",
        "marketplace",
        "Oi! Pode fazer o pix pra chave ⟦E|lojadajuh@gmail.com⟧ no nome de ⟦P|Juliana Costa⟧, valor ⟦o:AMT|R$ 189,90⟧. Envio pelos Correios, código de rastreio ⟦o:TRK|QB284719035BR⟧ assim que postar",
    )
    r(
        "pl_PL",
        "form",
        "Formularz reklamacyjny\nImię i nazwisko: ⟦P|Krzysztof Dąbrowski⟧\nPESEL: ⟦NID@pl.pesel|85031252819⟧\nAdres: ⟦A|ul. Marszałkowska 84/92 m. 115, 00-514 Warszawa⟧\nTelefon: ⟦PH|+48 512 555 903⟧\nE-mail: ⟦E|k.dabrowski@onet.pl⟧\nNumer zamówienia: ⟦o:ORD|ZAM/2024/04/1187⟧\nOpis: Pralka przestała wirować po ⟦o:QTY|3 tygodniach⟧.",
    )
    r(
        "pl_PL",
        "sms",
        "Cześć, tu ⟦P|Gosia⟧. Mój nowy numer to ⟦PH|698 555 142⟧, stary już nie działa. Daj znać ⟦P|Tomkowi⟧.",
    )
    r(
        "sv_SE",
        "email",
        "Hej,\n\nJag vill säga upp mitt abonnemang ⟦o:ORD|AB-558120⟧ från och med ⟦o:D|1 juni⟧.\n\nMed vänliga hälsningar\n⟦P|Björn Åkesson⟧\nPersonnummer: ⟦NID@se.personnummer|921224-7036⟧\n⟦A|Storgatan 17 B, 582 23 Linköping⟧\n⟦PH|073-555 14 92⟧",
    )
    r(
        "sv_SE",
        "chat",
        "hej jag har inte fått min återbetalning på ⟦o:AMT|1 249 kr⟧. mitt kontonummer är ⟦IBAN|SE70 5000 0000 0583 9825 9538⟧. /⟦P|ahmed yusuf⟧ i ⟦L|Malmö⟧",
    )
    r(
        "fr_FR",
        "chat",
        "Bonjour, je n'arrive pas à me connecter à mon espace client. Mon adresse mail est ⟦E|b.nguyen-vanthanh@orange.fr⟧ et je suis né le ⟦DOB|2 avril 1978⟧. Merci de m'aider, ⟦P|Bernard Nguyen Van Thanh⟧",
    )
    r(
        "fr_FR",
        "form",
        "Nom : ⟦P|Dupont-Moreau⟧\nPrénom : ⟦P|Élodie⟧\nDate de naissance : ⟦DOB|29/09/1991⟧\nN° SS : ⟦NID@fr.nir|2 91 03 69 123 114 07⟧\nAdresse : ⟦A|Résidence Les Tilleuls, Bât. C, 14 chemin des Vignes, 13090 Aix-en-Provence⟧\nIBAN : ⟦IBAN|FR33 2004 1010 0515 1729 1670 241⟧",
    )
    r(
        "it_IT",
        "email",
        "Gentile dott.ssa ⟦P|Bianchi⟧,\n\ncome richiesto le invio i miei dati per la pratica:\n⟦P|Giulia Bianco⟧, nata a ⟦L|Milano⟧ il ⟦DOB|01/01/1990⟧\nC.F. ⟦TAX@it.codicefiscale|BNCGLI90A41F205H⟧\nresidente in ⟦A|Via Paolo Sarpi 23, 20154 Milano⟧\nIBAN ⟦IBAN|IT63 X030 6909 6060 1663 1376 622⟧\n\nCordiali saluti",
    )
    r(
        "it_IT",
        "chat",
        "ciao, il corriere ha lasciato il pacco ⟦o:TRK|1Z4F82E76842196374⟧ dal vicino, signor ⟦P|Esposito⟧, ma io abito al ⟦A|civico 14 di via Toledo, Napoli⟧ non al 16",
    )
    r(
        "es_ES",
        "email",
        "Estimados señores:\n\nLes escribo para reclamar el cargo duplicado de ⟦o:AMT|59,99 €⟧ en mi tarjeta ⟦CC|5508 2144 0974 9929⟧ del día ⟦o:D|15 de marzo⟧. Mi NIE es ⟦NID@es.nie|X7659015S⟧.\n\nAtentamente,\n⟦P|Valentina Rossi Gutiérrez⟧\n⟦PH|+34 655 12 87 40⟧\n⟦E|vale.rossi.g@gmail.com⟧",
    )
    r(
        "es_ES",
        "chat",
        "oye soy ⟦P|paco⟧ el de la ⟦A|calle alcalá 212⟧, que el repartidor me ha dejado el paquete en el 2º y vivo en el 5º izq",
    )
    r(
        "de_DE",
        "email",
        "Sehr geehrte Damen und Herren,\n\nich widerspreche der Lastschrift vom ⟦o:D|03.04.2024⟧ über ⟦o:AMT|89,00 €⟧. Rechnung ⟦o:INV|RE-2024-04418⟧.\n\nMeine Daten:\nDr. ⟦P|Ingrid Schäfer-Lindemann⟧\ngeb. ⟦DOB|17.05.1963⟧\n⟦A|Am Mühlbach 7\n82319 Starnberg⟧\nTel. ⟦PH|08151 555 4471⟧",
    )
    r(
        "de_DE",
        "chat",
        "hi, meine neue Adresse ist ⟦A|Hauptstr. 118, 3. Stock, 70563 Stuttgart-Vaihingen⟧. Bitte die Bestellung ⟦o:ORD|302-8817263-441⟧ dorthin schicken. Danke, ⟦P|Mehmet Yılmaz⟧",
    )
    r(
        "nl_NL",
        "chat",
        "hoi, ik ben ⟦P|Joost van den Berg⟧ en ik woon op ⟦A|Kerkstraat 45A, 3581 RC Utrecht⟧. mijn pakket met trackingcode ⟦o:TRK|3SABCD1234567⟧ is nooit aangekomen. tel ⟦PH|06-55512398⟧",
    )
    r(
        "nl_NL",
        "form",
        "Aanmelding huisarts\nNaam: ⟦P|Fenna Kuipers⟧\nGeboortedatum: ⟦DOB|03-08-1999⟧\nBSN: ⟦NID@nl.bsn|361950238⟧\nZorgverzekeraar: Zilveren Kruis, polisnummer ⟦HPN|183920447⟧\nAdres: ⟦A|Lange Voorhout 9, 2514 EA Den Haag⟧",
    )
    r(
        "en_IN",
        "sms",
        "Dear Customer, your OTP for txn of ⟦o:AMT|Rs. 15,000.00⟧ is ⟦S|738214⟧. Valid for ⟦o:QTY|10 mins⟧. Do not share with anyone.",
    )
    r(
        "en_IN",
        "chat",
        "hello i am ⟦P|Priyanka Chatterjee⟧ from ⟦L|Kolkata⟧ my aadhar no is ⟦NID@in.aadhaar|4465 6954 9063⟧ and it is not linking with pan ⟦TAX@in.pan|CXRPD4410B⟧ pls help",
    )
    # ---------- clinics / patient portals ----------
    r(
        "en_US",
        "chat",
        "Patient portal message: Hi, this is ⟦P|Gloria Stanczyk⟧, MRN ⟦MRN|4471-0928⟧. I need a refill on my lisinopril before ⟦o:D|Friday⟧. Pharmacy is the CVS on Route 9 in Marlboro. Thank you!",
    )
    r(
        "en_US",
        "email",
        "Hi Dr. ⟦P|Feldman⟧'s office,\n\nCan you please send my son's vaccine records to his school? ⟦P|Ezra Katz⟧, DOB ⟦DOB|08/14/2012⟧, chart # ⟦MRN|E0019284⟧. School fax: ⟦PH|(718) 555-0169⟧.\n\nThank you,\n⟦P|Rivka Katz⟧",
    )
    r(
        "en_US",
        "form",
        "ER triage note (copied to billing):\nPt: ⟦P|Hernandez, Luis Alberto⟧\nMRN: ⟦MRN|00928374⟧\nDOB: ⟦DOB|1958-03-22⟧ (66y)\nIns: Medicare ⟦HPN|3KP7-WF2-HJ41⟧\nChief complaint: chest pain x 2h",
    )
    r(
        "en_GB",
        "chat",
        "Hi I'm trying to book a GP appointment online but it says my details don't match. Name ⟦P|Yusuf Hassan Abdi⟧, dob ⟦DOB|14/02/1989⟧, NHS number ⟦NID@gb.nhs|934 834 6415⟧, postcode ⟦a:PC|LE2 0QS⟧",
    )
    r(
        "en_US",
        "crm_note",
        "Billing call: pt's wife ⟦P|Carol Jenkins⟧ calling about statement for ⟦P|Robert Jenkins⟧, MRN ⟦MRN|RJ-5519023⟧, balance ⟦o:AMT|$1,842.17⟧. Set up payment plan ⟦o:AMT|$150⟧/mo. Insurance on file BCBS ⟦HPN|XEH882047719⟧.",
    )
    r(
        "en_AU",
        "chat",
        "hi, my daughter ⟦P|Ruby⟧ had bloods at the clinic last week, her URN is ⟦MRN|0382914⟧ and her medicare is ⟦HPN|2953 71846 1⟧ — when will results be ready?",
    )
    r(
        "en_US",
        "form",
        "Lab requisition\nPatient: ⟦P|Ifeoma Nwosu⟧\nMRN: ⟦MRN|MRN7738215⟧\nDOB: ⟦DOB|Nov 30 1984⟧\nTests: CBC, CMP, lipid panel\nOrdering provider: ⟦P|Sandra Whitlock⟧, NP\nCollection date: ⟦o:D|2024-06-18⟧",
    )
    r(
        "en_IE",
        "email",
        "Hi,\n\nI'm writing on behalf of my father ⟦P|Séamus Ó Briain⟧ (hospital no. ⟦MRN|H8829104⟧, PPSN ⟦NID@ie.pps|4419273H⟧) to request a copy of his discharge letter from ⟦o:D|20 May⟧. He lives at ⟦A|Ballyvourney, Co. Cork, P12 XW52⟧.\n\nThanks,\n⟦P|Niamh O'Brien⟧\n⟦PH|087 555 4410⟧",
    )
    # ---------- driving licences ----------
    r(
        "en_US",
        "form",
        "Car rental counter\nRenter: ⟦P|Dominic Ferraro⟧\nDL#: ⟦DL|F616-4218-7729⟧ (FL)\nExp: ⟦o:D|09/2027⟧\nDOB: ⟦DOB|06/09/1975⟧\nCard on file: ⟦CC|6011 5167 5019 9209⟧\nVehicle class: ⟦o:SKU|ICAR⟧",
    )
    r(
        "en_US",
        "chat",
        "they need my drivers license number for the background check, its ⟦DL|D442-9618-7320⟧ (california? no wait thats IL format). CA one is ⟦DL|B7318264⟧",
    )
    r(
        "en_GB",
        "email",
        "Hi, for the van hire I've attached both sides of my licence. Licence number: ⟦DL|MORGA753116SM9IJ⟧. Check code if you need it is ⟦S|Xt 7F 9q Lm⟧.\n\n⟦P|Sian Morgan⟧",
    )
    r(
        "en_AU",
        "chat",
        "car rego transfer - seller is ⟦P|Jack Nguyen⟧, NSW licence ⟦DL|14529837⟧, buyer is me ⟦P|Chloe Brennan⟧ licence ⟦DL|20847391⟧",
    )
    r(
        "en_CA",
        "chat",
        "My Ontario licence number is ⟦DL|M2047-48271-50812⟧ and it's expiring on ⟦o:D|May 8⟧, can I still pick up the rental?",
    )
    r(
        "de_DE",
        "chat",
        "Führerscheinnummer ist ⟦DL|J4107XK8L21⟧, ausgestellt in Köln. Reicht das für die Buchung ⟦o:ORD|SIXT-884102⟧?",
    )
    r(
        "en_US",
        "crm_note",
        "Verified renter ⟦P|Tiana Broussard⟧ via LA DL ⟦DL|008129465⟧, addr matches ⟦A|6210 Magazine St, New Orleans LA 70118⟧. Deposit hold ⟦o:AMT|$200⟧.",
    )
    # ---------- mutations ----------
    r(
        "en_US",
        "email",
        "Hi, my new card number is ⟦CC~linebreak|4159 5641\n9069 7843⟧ (sorry the form cut it off) and the billing zip is ⟦a:PC|10025⟧.\n\n⟦P|Anthony Russo⟧",
    )
    r(
        "en_US",
        "chat",
        "電話 my number: ⟦PH~fullwidth|２１３－５５５－０１９２⟧ (sorry my keyboard is in japanese mode) – ⟦P|Haruto Sato⟧",
    )
    r("en_US", "chat", "my email is ⟦E~zerowidth|jess\u200bica.tran@gmail.com⟧ copy pasted from my notes")
    r("en_US", "chat", "ssn is ⟦SSN~spelled|five eight eight, five two, two seven seven eight⟧ sorry typing with voice")
    r(
        "en_GB",
        "email",
        "Please pay the deposit to ⟦IBAN|GB27LOYD30963427244227⟧ ref ⟦o:INV|DEP-0418⟧.\n\nThanks\n⟦P|Harvey Lister⟧",
    )
    r("en_US", "sms", "my new number is ⟦PH~spelled|four oh four five five five zero one nine nine⟧ lol autocorrect")
    r(
        "en_US",
        "chat",
        "address: ⟦A~linebreak|3318 Lyndale Ave S\nApt 5\nMinneapolis MN 55408⟧ and email ⟦E~spoken|greg dot halvorsen at gmail dot com⟧",
    )
    r("en_US", "form", "SSN: ⟦SSN~fullwidth|３７５－６２－３７２２⟧\nName: ⟦P|Darnell Whitaker⟧")
    r("en_US", "chat", "card num ⟦CC~zerowidth|2256\u200b1405\u200b3235\u200b2698⟧ exp 11/26")
    r(
        "en_IN",
        "email",
        "Sir, my PAN is ⟦TAX@in.pan~fullwidth|ＡＢＣＰＫ１２３４Ｌ⟧ (typed on phone). Kindly update. - ⟦P|Karthik Subramaniam⟧",
    )
    # ---------- dense extras ----------
    r(
        "en_US",
        "email",
        "Hi ⟦P|Marcy⟧,\n\nI'm helping my mom renew her passport. Old passport # ⟦PP|531947260⟧, issued ⟦o:D|2014⟧. She's ⟦P|Dolores Vance⟧, born ⟦DOB|July 9, 1949⟧, and she still lives in ⟦L|Tucson⟧. Best email for her is mine, ⟦E|vance.kathleen@gmail.com⟧, she doesn't do email.\n\nThanks so much,\n⟦P|Kathy⟧",
    )
    r(
        "en_GB",
        "letter",
        "Dear Sirs,\n\nPlease change the account from which my council tax is paid. New details:\nAccount name: Mr ⟦P|S A Chaudhry⟧\nAccount number: ⟦BBAN|55037182⟧\nSort code: ⟦a:BC|30-94-57⟧\n\nI have lived in ⟦L|Bradford⟧ since 2009 and can be reached at ⟦E|sajid.chaudhry@live.co.uk⟧.\n\nYours faithfully,\n⟦P|Sajid Chaudhry⟧",
    )
    r(
        "en_US",
        "hr_email",
        "Onboarding docs for ⟦P|Priya Ramaswamy⟧:\n- I-9 List A: US passport ⟦PP|647120853⟧, exp ⟦o:D|2031-03-04⟧\n- SSN: ⟦SSN|403-28-0997⟧\n- Direct deposit: Chase, routing ⟦a:BC|021000021⟧, checking ⟦BBAN|889105547⟧\n- Personal email: ⟦E|priya.ram.89@gmail.com⟧\n- Relocating from ⟦L|Edison, NJ⟧ to our Austin office ⟦o:D|July 15⟧.",
    )
    r(
        "en_CA",
        "email",
        "Hello Mr. ⟦P|Haddad⟧,\n\nThank you for the documents. I confirm receipt of your Lebanese passport ⟦PP|RL2847105⟧ and your wife ⟦P|Rania⟧'s passport ⟦PP|RL3092216⟧. Your file number is ⟦o:TKT|IMM-2024-08812⟧. We will courier the originals back to ⟦A|2150 Boulevard Décarie, apt 904, Montréal QC H4A 3J3⟧.\n\nRegards,\n⟦P|Nathalie Bergeron⟧, RCIC\n⟦E|nbergeron@bergeronimmigration.ca⟧",
    )
    r(
        "en_ZA",
        "form",
        "Account opening\nFull names: ⟦P|Sipho Bongani Ndlovu⟧\nID number: ⟦NID@za.idnr|8804125081080⟧\nResidential: ⟦A|41 Vilakazi Street, Orlando West, Soweto 1804⟧\nEmail: ⟦E|sipho.ndlovu@webmail.co.za⟧\nCell: ⟦PH|072 555 8193⟧\nSalary account: Capitec ⟦BBAN|1420885317⟧",
    )
    r(
        "en_US",
        "chat",
        "ok here's the lab result link the clinic sent, is it safe? ⟦UC|https://pt.ridgeview:Ridge4471@results.ridgeviewhealth.org/view?mrn=3318204⟧ also my MRN printed on the letter is ⟦MRN|3318204⟧ and I'm in ⟦L|Boise⟧ if that matters. my email there is ⟦E|cfitzpatrick.id@gmail.com⟧",
    )
    r(
        "en_GB",
        "email",
        "Hi ⟦P|Hannah⟧,\n\nI'm ⟦P|Mads Kristensen⟧, moving over from ⟦L|Aarhus⟧ next month to join the Leeds team. HR asked for a national ID - my Danish CPR is ⟦NID@dk.cpr|120487-1234⟧. My partner ⟦P|Aino Virtanen⟧ is Finnish, her henkilötunnus is ⟦NID@fi.hetu|020395-112U⟧ if you need it for the family visa letter. Best to reach me on ⟦E|mads.kristensen@mail.dk⟧ or ⟦PH|+45 20 55 51 37⟧.\n\nMed venlig hilsen,\n⟦P|Mads⟧",
    )
    r(
        "en_US",
        "crm_note",
        'Caller ⟦P|Roberto "Bobby" Salazar⟧ from ⟦L|Las Cruces⟧ asked to close acct. Verified via SSN ⟦SSN|070-13-4306⟧ and email ⟦E|bobbysalazar@aol.com⟧. Disbursed ⟦o:AMT|$3,210.44⟧ by check to ⟦A|2207 Missouri Ave, Las Cruces, NM 88001⟧. Ticket ⟦o:TKT|CL-99182⟧.',
    )


load(r)


def main():
    rows = []
    for i, (loc, sty, src) in enumerate(R):
        text, spans = parse(src)
        rec = {
            "id": f"h5a-{i:05d}",
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
    with open("heldout5a.jsonl", "w", encoding="utf-8") as f:
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
