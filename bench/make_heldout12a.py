#!/usr/bin/env python3
"""Build heldout12a.jsonl from hand-written records with inline markup.
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
        "en_IN",
        "email",
        "Dear Sir/Madam,\n\nI am writing to update my KYC with HDFC Bank. My name is ⟦P|Ramesh Kumar Iyer⟧ S/o ⟦P|K. Venkataraman⟧, "
        "residing at ⟦A|Flat No. 302, Sai Krupa Apartments, 4th Cross, Malleswaram, Bengaluru - 560003⟧. "
        "Aadhaar: ⟦NID@in.aadhaar|4918 3027 5616⟧, PAN: ⟦TAX@in.pan|AHVPK4821A⟧. Savings a/c no. ⟦BBAN|50100234871265⟧ (IFSC ⟦a:BC|HDFC0000523⟧).\n"
        "Kindly note my new mobile ⟦PH|+91 98450 12763⟧. Reference of my earlier request: ⟦o:TKT|SR-2310-0098812⟧ dated ⟦o:D|14/10/2023⟧.\n\nRegards,\nRamesh",
    )
    r(
        "en_IN",
        "chat",
        "[10:42 am] Seller: madam pls share full address for delivery\n"
        "[10:43 am] Customer: Smt. ⟦P|Lakshmi Devi⟧ C/o ⟦P|Suresh Reddy⟧, ⟦A|H.No 8-2-293/82, Road No. 14, Banjara Hills, Hyderabad 500034⟧, near Venkateswara Temple\n"
        "[10:43 am] Customer: call ⟦PH|9849012345⟧ before coming, gate is locked after 9\n"
        "[10:44 am] Seller: ok madam, order ⟦o:ORD|OD428817765103542100⟧ amount ⟦o:AMT|₹1,849⟧ COD",
    )
    r(
        "en_IN",
        "web_form",
        "Full Name: ⟦P|Mohammed Irfan Shaikh⟧\nFather's Name: ⟦P|Abdul Rashid Shaikh⟧\nDate of Birth: ⟦DOB|07/03/1991⟧\n"
        "Address: ⟦A|Room 14, Chawl No. 3, Behram Baug, Jogeshwari (W), Mumbai 400102⟧\nMobile: ⟦PH|+91-88790 44126⟧\n"
        "Email: ⟦E|irfan.shaikh91@rediffmail.com⟧\nDriving Licence No.: ⟦DL|MH02 20090034417⟧\nApplication No.: ⟦o:REQ|APP/2024/MUM/118734⟧",
    )
    r(
        "en_IN",
        "call_notes",
        "Caller Mr. ⟦P|Anil Sharma⟧ rang re: double debit of ⟦o:AMT|Rs. 1,25,000⟧ on ⟦o:D|03-Jan-2024⟧ via NEFT. Verified DOB ⟦DOB|15.08.1968⟧ and last 4 of card. "
        "Customer mentions UTR ⟦o:REQ|HDFCN24003881245⟧. Raised complaint ⟦o:TKT|CMP-88123471⟧, TAT 7 working days. Customer's alt no ⟦PH|0141-2712245⟧ (Jaipur landline). Agent: ⟦P|Priyanka⟧ / emp id ⟦o:ROW|E20871⟧",
    )
    r(
        "en_IN",
        "sms",
        "Dear Customer, ⟦S|482913⟧ is your OTP for txn of INR ⟦o:AMT|4,999.00⟧ at AMAZON PAY on card XX4417. Valid for ⟦o:QTY|3 mins⟧. Do not share with anyone. -SBI",
    )
    r(
        "en_IN",
        "sms",
        "Your Flipkart order ⟦o:ORD|OD330045127889106200⟧ for ⟦o:PROD|Redmi Note 13 Pro⟧ has been shipped via Ekart, tracking ⟦o:TRK|FMPP1928374650⟧. Expected delivery ⟦o:D|Thu, 18 Jan⟧.",
    )
    r(
        "en_IN",
        "support_ticket",
        "Subject: Jio Fiber not working since 3 days\n\nHi team, my Jio Fiber connection (service ID ⟦o:ROW|1129384756⟧) at ⟦A|B-204, Shanti Niketan Society, Opp. Bharat Petrol Pump, Satellite Road, Ahmedabad 380015⟧ is down. "
        "Router WAN IP shows ⟦IP|49.36.112.87⟧, gateway ⟦IP|10.54.0.1⟧. Error ⟦o:ERR|LOS-RED-01⟧ blinking. Please send technician. ⟦P|Hetal Patel⟧, ⟦PH|+91 79 2675 1180⟧ / ⟦PH|97250 33108⟧",
    )
    r(
        "en_IN",
        "hr_form",
        "EMPLOYEE ONBOARDING – Infosys BPM\nName: ⟦P|Gurpreet Kaur Sandhu⟧\nD.O.B.: ⟦DOB|22nd November 1996⟧\nPAN: ⟦TAX@in.pan|BQRPS7730A⟧\nAadhaar: ⟦NID@in.aadhaar|736201948539⟧\n"
        "Permanent address: ⟦A|House No. 1127, Sector 15-B, Chandigarh 160015⟧\nBank: Punjab National Bank, A/c ⟦BBAN|0378000100452791⟧, IFSC ⟦a:BC|PUNB0037800⟧\n"
        "Emergency contact: ⟦P|Harjit Singh Sandhu⟧ (father) ⟦PH|98140 77215⟧\nUAN: ⟦NID|100912374465⟧\nJoining date: ⟦o:D|01/02/2024⟧, CTC ⟦o:AMT|₹6,40,000⟧ p.a.",
    )
    r(
        "en_IN",
        "complaint_letter",
        "To,\nThe Branch Manager,\nState Bank of India, Kotturpuram Branch\n\nSub: Unauthorised UPI debit\n\nRespected Sir,\nI, ⟦P|S. Balasubramanian⟧, holding SB a/c ⟦BBAN|31245687902⟧, wish to report that ⟦o:AMT|₹18,500⟧ was debited on ⟦o:D|12.02.2024⟧ to UPI id ⟦BBAN|cashback.offer2024@ybl⟧ which I never authorised. "
        "My own UPI id is ⟦BBAN|balasubbu@oksbi⟧. UPI ref no ⟦o:REQ|404312876512⟧. I request you to kindly block and reverse.\n\nYours faithfully,\n⟦P|S. Balasubramanian⟧\n⟦A|Old No. 12, New No. 27, Kasturba Nagar 3rd Main Road, Adyar, Chennai - 600020⟧\nPh: ⟦PH|044-2441 5532⟧",
    )
    r(
        "en_IN",
        "chat",
        "bhai send me the netflix login na\nok wait\nid ⟦E|sharma.family.blr@gmail.com⟧ pass ⟦S|Rohan@1234⟧\ndont change the pw ok, mummy uses it on the tv\nlol fine. also ur ATM pin is ⟦S|7391⟧ right? papa asked me to withdraw ⟦o:AMT|5k⟧",
    )
    r(
        "en_IN",
        "kyc_request",
        "KYC Re-verification – ICICI Prudential Life\nPolicy no. ⟦o:INV|ICP-LF-77103392⟧ (group term policy, employer-held)\nProposer: Dr. ⟦P|Meenakshi Sundaram⟧\nDOB: ⟦DOB|1972-06-30⟧\nVoter ID (EPIC): ⟦NID@in.epic|TNV1234566⟧\nPassport: ⟦PP|Z5638201⟧\nNominee: ⟦P|Karthik Sundaram⟧ (son)\nEmail: ⟦E|meenakshi.s@apollohospitals.in⟧",
    )
    r(
        "en_IN",
        "delivery_instructions",
        "Deliver to: ⟦P|Pradeep Mishra⟧\n⟦A|Plot 45, Gali No. 6, Near Hanuman Mandir, Sant Nagar, Burari, Delhi 110084⟧\nLandmark: behind Govt school\nAlt phone ⟦PH|+91 99110 45672⟧\nAWB ⟦o:TRK|1492837465⟧ (Delhivery). Pkg weight ⟦o:QTY|2.4 kg⟧",
    )
    r(
        "en_IN",
        "forum_post",
        "Posted in r/IndiaInvestments:\nAnyone else facing issue with Zerodha Kite v⟦o:VER|3.4.1⟧ on Android? Getting error ⟦o:ERR|OMS-4028⟧ when placing GTT. Sensex was at ⟦o:AMT|72,150⟧ and Nifty up ⟦o:PCT|0.8%⟧ today so annoying to miss the move. Support ticket ⟦o:TKT|#20240117-553829⟧ still open since ⟦o:D|17 Jan⟧.",
    )
    r(
        "en_IN",
        "email",
        "Hi Apollo team,\nPlease reschedule my mother's cardiology consultation. Patient: Mrs. ⟦P|Kamala Venkatesh⟧, UHID ⟦MRN|APL.0000428817⟧, DOB ⟦DOB|04-09-1954⟧. "
        "She is covered under Star Health, member id ⟦HPN|STAR/H/2021/00558127⟧. The earlier slot was ⟦o:D|22 March⟧ at ⟦o:T|11:30 AM⟧. You may reach me at ⟦E|v.anand.1982@yahoo.co.in⟧ or ⟦PH|+91 94440 21876⟧.\nThanks,\n⟦P|Anand Venkatesh⟧",
    )
    r(
        "en_IN",
        "web_form",
        "IRCTC – Passenger details\nPNR: ⟦o:REQ|4521893076⟧  Train: ⟦o:FLT|12951 Mumbai Rajdhani⟧\nPassenger 1: ⟦P|Neha Agarwal⟧, Age 29, F, Berth LB\nPassenger 2: ⟦P|Vivek Agarwal⟧, Age 33, M\nID proof: Aadhaar ⟦NID@in.aadhaar|5821 9930 4769⟧\nContact: ⟦PH|7738 219 004⟧  ⟦E|neha.agarwal.ca@outlook.com⟧\nFare ⟦o:AMT|₹5,430⟧",
    )
    r(
        "en_IN",
        "support_ticket",
        "Hi, PhonePe deducted money but recharge failed. Txn id ⟦o:REQ|T2402191832456712345678⟧ amount ⟦o:AMT|₹719⟧ on ⟦o:D|19/02/2024⟧ ⟦o:T|18:32⟧. My registered no is ⟦PH~emoji_digits|9️⃣8️⃣7️⃣0️⃣0️⃣1️⃣2️⃣3️⃣4️⃣5️⃣⟧. Please refund to ⟦BBAN|9870012345@ybl⟧. – ⟦P|Tanmay Ghosh⟧, ⟦L|Kolkata⟧",
    )
    r(
        "en_IN",
        "call_notes",
        "14:05 inbound – cust ⟦P|Venkata Subrahmanyam Chowdary⟧ (goes by 'Subbu'), wants address change on Bajaj Finserv EMI card. New addr: ⟦A|D.No. 48-12-7/1, Srinagar Colony, Visakhapatnam, Andhra Pradesh 530016⟧. "
        "Verified with card no ⟦CC|6080 0123 4567 8911⟧ exp 08/27. Cust refused to share CVV (good). Loan a/c ⟦o:ROW|4CDPVZ23118734⟧, EMI ⟦o:AMT|Rs 3,417⟧. Callback ⟦PH|+91 90000 48712⟧ after ⟦o:T|6 pm⟧.",
    )
    r(
        "en_IN",
        "email",
        "To: admissions@iitb.ac.in\nSub: Correction of DOB in JEE Advanced record\n\nSir, my DOB is wrongly recorded as ⟦o:D|05/06/2006⟧ instead of ⟦DOB|06/05/2006⟧ (DD/MM). Roll no ⟦o:ROW|234081726⟧. Application no ⟦o:REQ|240310387215⟧. "
        "Name: ⟦P|Aditya Narayan Pandey⟧, father Shri ⟦P|Ravi Shankar Pandey⟧. Address: ⟦A|Qtr No. C-17, NTPC Township, Vindhyanagar, Singrauli, MP 486885⟧. Mob: ⟦PH~devanagari_digits|८७७०४५६१२३⟧.",
    )
    r(
        "en_IN",
        "chat",
        "Aunty pls send ur aadhar copy for the gas connection\nhere: ⟦NID@in.aadhaar~spelled|eight six four zero two seven one eight three nine five four⟧\nthank u aunty, also dob?\n⟦DOB|12th jan 1965⟧\nand name exactly as in aadhar?\n⟦P|Rukmini Bai Kulkarni⟧",
    )
    r(
        "en_IN",
        "web_form",
        "Swiggy Partner Onboarding\nRestaurant: Sri Krishna Udupi Bhavan\nOwner: ⟦P|Nagesh Rao Hegde⟧\nFSSAI licence: ⟦o:ROW|11219334000456⟧\nGSTIN: ⟦TAX@in.gstin|29AHVPK4821A1Z9⟧\nOwner PAN: ⟦TAX@in.pan|AHVPK4821A⟧\nAddress: ⟦A|No. 66, 1st Floor, 8th Main, Jayanagar 4th Block, Bengaluru 560011⟧\nPhone: ⟦PH|080-2663 4410 ext. 12⟧",
    )
    r(
        "en_PK",
        "kyc_request",
        "Meezan Bank – Account Opening (Asaan Account)\nApplicant: ⟦P|Muhammad Usman Tariq⟧ s/o ⟦P|Tariq Mehmood⟧\nCNIC: ⟦NID@pk.cnic|35202-1483726-1⟧\nDate of birth: ⟦DOB|11-05-1989⟧\n"
        "Address: ⟦A|House # 47, Street 9, Block C, Model Town, Lahore 54700⟧\nMobile: ⟦PH|0300-4517289⟧\nNTN: ⟦TAX|4217893-6⟧\nBranch code: ⟦a:BC|0214⟧  Form ref ⟦o:REQ|MBL/AO/2024/031877⟧",
    )
    r(
        "en_PK",
        "chat",
        "Assalam o alaikum bhai, JazzCash mein ⟦o:AMT|Rs 15,000⟧ bhej raha hun, number ⟦PH|+92 321 8874 412⟧ hai na? account title ⟦P|Ayesha Siddiqa⟧ aa raha hai\nhaan yehi hai, meri wife ka hai. IBAN bhi le lo agar bank se bhejna ho: ⟦IBAN|PK36SCBL0000001123456702⟧\nok done, TID ⟦o:REQ|024117836621⟧",
    )
    r(
        "en_PK",
        "email",
        'Dear NADRA Support,\n\nMy CNIC ⟦NID@pk.cnic|42201-7734590-1⟧ shows wrong spelling of my father\'s name ("Abdul Gafoor" instead of ⟦P|Abdul Ghafoor Baloch⟧). My name: ⟦P|Shahzaib Ghafoor⟧. '
        "Tracking ID of my earlier modification request: ⟦o:TRK|1160-2023-0447812⟧. Present address: ⟦A|Flat A-12, Gulshan-e-Iqbal Block 13-D, Karachi⟧. Phone: ⟦PH|021-34981276⟧.\n\nRegards",
    )
    r(
        "en_PK",
        "call_notes",
        "Cust Engr. ⟦P|Faisal Qureshi⟧ called from ⟦L|Islamabad⟧ re: PTCL broadband slow speeds. Acct ⟦o:ROW|051-2287416⟧ (this is the PTCL landline used as account no). Speed test ⟦o:QTY|3.2 Mbps⟧ vs ⟦o:QTY|20 Mbps⟧ package. Customer's mobile ⟦PH|0333 5128 904⟧. Modem admin reachable at ⟦UC|http://admin:ptcl123@192.168.10.1⟧ – advised to change it. Complaint no ⟦o:TKT|CMP-7719023⟧.",
    )
    r(
        "en_BD",
        "web_form",
        "bKash Merchant Registration\nOwner Name: ⟦P|Md. Rafiqul Islam⟧\nFather: Late ⟦P|Abdul Karim⟧\nNID No: ⟦NID|1992 5716 4830 2⟧\nDOB: ⟦DOB|01 Mar 1979⟧\nPresent Address: ⟦A|House 23, Road 7, Dhanmondi R/A, Dhaka-1205⟧\nMobile: ⟦PH|01711-548923⟧\nTrade Licence: ⟦o:ROW|TRAD/DNCC/045127/2022⟧",
    )
    r(
        "en_BD",
        "sms",
        "Your bKash verification code is ⟦S|739201⟧. Never share this code. bKash will never ask for your PIN. Ref ⟦o:REQ|9KJ4XH72PL⟧",
    )
    r(
        "en_BD",
        "complaint_letter",
        "To The Manager, Grameenphone Customer Care\nSubject: SIM replacement without my consent\n\nI, ⟦P|Nusrat Jahan Chowdhury⟧, owner of ⟦PH|+880 1817 203 446⟧, found my SIM was replaced on ⟦o:D|08/01/2024⟧ at a Mirpur centre. I did not authorise this. My NID ⟦NID|3756 9021 48⟧, passport ⟦PP|EB0124578⟧. "
        "Please investigate. I live at ⟦A|Flat 5B, Concord Tower, 113 Kazi Nazrul Islam Avenue, Banglamotor, Dhaka 1000⟧.\n⟦P|Nusrat Jahan⟧",
    )
    r(
        "en_LK",
        "email",
        "Hi Dialog team,\nPlease transfer my postpaid connection ⟦PH|077 345 6712⟧ to my daughter ⟦P|Tharushi Perera⟧ (NIC ⟦NID|200154302117⟧). My NIC is ⟦NID|675432198V⟧. Billing address: ⟦A|No. 42/3, Temple Road, Nugegoda⟧. "
        "Last bill ⟦o:INV|INV-LK-88213407⟧ for ⟦o:AMT|LKR 4,320.50⟧ already settled.\nThank you,\n⟦P|W. A. Sunil Perera⟧",
    )
    r(
        "en_LK",
        "hr_form",
        "Employee Details – John Keells Holdings\nFull name with initials: ⟦P|H.M.K. Bandara⟧\nName denoted by initials: ⟦P|Herath Mudiyanselage Kasun Bandara⟧\nDate of Birth: ⟦DOB|1994/07/19⟧\nNIC: ⟦NID|199420104567⟧\nEPF No.: ⟦o:ROW|EPF-22817⟧ (company serial)\nAddress: ⟦A|No. 118, Kandy Road, Peradeniya⟧\nMobile: ⟦PH|+94 71 882 4530⟧\nBank: Commercial Bank, a/c ⟦BBAN|8001234987⟧, branch code ⟦a:BC|7056-012⟧",
    )
    r(
        "en_SG",
        "web_form",
        "CPF Board – Update Particulars\nName (as in NRIC): ⟦P|Tan Wei Ming, Marcus⟧\nNRIC: ⟦NID|S8734215H⟧\nDate of birth: ⟦DOB|23 Feb 1987⟧\nResidential address: ⟦A|Blk 123 Ang Mo Kio Avenue 6, #04-56, Singapore 560123⟧\nMobile: ⟦PH|+65 9123 4578⟧\nEmail: ⟦E|marcus.tan.wm@gmail.com⟧\nSubmission ref: ⟦o:REQ|CPF-UPD-20240305-00412⟧",
    )
    r(
        "en_SG",
        "chat",
        "hi can i confirm the aircon servicing tmr?\nyes sir, ⟦o:D|Sat 16 Mar⟧ ⟦o:T|2-4pm⟧. address is ⟦A|Blk 456 Jurong West St 42 #11-203⟧ right?\nya correct. unit got 3 fan coil. my name ⟦P|Muthu Krishnan⟧, hp ⟦PH|8765 4321⟧\nok noted. total ⟦o:AMT|$120⟧ for chemical wash, paynow to ⟦PH|9012 3345⟧ or UEN ⟦o:ROW|201912345K⟧",
    )
    r(
        "en_SG",
        "email",
        "Dear Sir/Mdm,\n\nI am applying for a dependant's pass renewal for my wife ⟦P|Nurul Aisyah binti Hassan⟧ (FIN ⟦NID|F2178843X⟧, passport ⟦PP|A51238764⟧). "
        "My own NRIC is ⟦NID|T0412769I⟧. We are staying at ⟦A|10 Tampines Central 1, #08-12, The Tampines Trilliant, Singapore 529536⟧. "
        "Application ref ⟦o:REQ|DP2024-031-11874⟧.\n\nThank you,\n⟦P|Mohamed Faizal bin Abdul Rahman⟧\n⟦PH|+65 6789 1234 ext 203⟧ (office)",
    )
    r(
        "en_SG",
        "support_ticket",
        "Singtel fibre ticket ⟦o:TKT|ST-INC-00882134⟧\nCustomer: ⟦P|Lim Hui Ling⟧ | contact ⟦PH|9678 0012⟧ | svc addr ⟦A|Blk 88 Telok Blangah Heights #15-1077 S(100088)⟧\nONT serial ⟦o:ROW|HWTC9A3B7C21⟧, customer static IP ⟦IP|118.200.47.203⟧. Issue: intermittent drops after firmware ⟦o:VER|V5R020C10S115⟧.",
    )
    r(
        "en_MY",
        "kyc_request",
        "Maybank2u – e-KYC\nNama / Name: ⟦P|Siti Nurhaliza binti Ahmad Tarmizi⟧\nMyKad No.: ⟦NID@my.nric|880514-10-5234⟧\nTarikh Lahir / DOB: ⟦DOB|14/05/1988⟧\nAlamat: ⟦A|No. 12, Jalan SS 2/24, 47300 Petaling Jaya, Selangor⟧\nTel: ⟦PH|012-345 6789⟧\nAccount: ⟦BBAN|1640 1234 5678⟧\nMaybank ref ⟦o:REQ|MBB2024KYC778120⟧",
    )
    r(
        "en_MY",
        "chat",
        "boss, parcel sampai kah? tracking ⟦o:TRK|MY0029918374652⟧ (J&T)\nnot yet lah. deliver to ⟦A|Lot 2317, Kampung Baru Sungai Buloh, 47000 Sungai Buloh, Selangor⟧ ya\nok. receiver name?\n⟦P|Lee Chong Wei⟧ — haha not the badminton one. hp ⟦PH|+60 17-228 9014⟧",
    )
    r(
        "en_MY",
        "email",
        "To: hr@petronas.com.my\n\nDear HR,\nPlease update my EPF (KWSP) nominee: Dato' Sri ⟦P|Ravichandran a/l Muniandy⟧ → my son ⟦P|Vikneswaran a/l Ravichandran⟧, MyKad ⟦NID@my.nric|010623011450⟧. "
        "My own IC ⟦NID@my.nric|750912-08-6119⟧. Staff no ⟦o:ROW|P0047712⟧. Tax (LHDN) no: ⟦TAX|IG 2451178090⟧.\n\nWarm regards",
    )
    r(
        "en_MY",
        "forum_post",
        "Lowyat forum > Unifi keeps disconnecting after TM upgraded to 500Mbps. Router model ⟦o:PROD|TP-Link Archer AX23⟧ firmware ⟦o:VER|1.1.6 Build 20230614⟧. Anyone got same issue? Ticket ⟦o:TKT|1-25541870113⟧ opened ⟦o:D|3 weeks ago⟧ liao. PPPoE still failing with error ⟦o:ERR|691⟧.",
    )
    r(
        "en_ID",
        "web_form",
        "Tokopedia Seller Verification\nNama Lengkap: ⟦P|Dewi Sartika Wulandari⟧\nNIK: ⟦NID@id.nik|3174056502890003⟧\nNPWP: ⟦TAX|09.254.294.3-407.000⟧\nAlamat: ⟦A|Jl. Kemang Raya No. 27, RT 005/RW 003, Bangka, Mampang Prapatan, Jakarta Selatan 12730⟧\nNo. HP: ⟦PH|0812-8834-5521⟧\nEmail: ⟦E|dewi.wulandari@yahoo.co.id⟧",
    )
    r(
        "en_ID",
        "chat",
        "Gojek driver: Pak, saya sudah di depan. Rumah yang pagar hijau?\nCustomer: iya pak, ⟦A|Jl. Dago Asri II No. 14, Bandung⟧. Nama ⟦P|Budi Santoso⟧. Saya turun sebentar\nDriver: ok pak, total ⟦o:AMT|Rp 47.500⟧ ya. Order ⟦o:ORD|F-2934718823⟧",
    )
    r(
        "en_PH",
        "kyc_request",
        "GCash – Fully Verified Upgrade\nName: ⟦P|Maria Cristina Dela Cruz-Santos⟧\nBirthdate: ⟦DOB|March 3, 1993⟧\nAddress: ⟦A|Blk 7 Lot 22, Phase 2, Brgy. San Isidro, Antipolo City, Rizal 1870⟧\nMobile: ⟦PH|0917 845 2213⟧\nValid ID: UMID / SSS ⟦NID|34-1234567-8⟧\nTIN: ⟦TAX|123-456-789-000⟧\nReference: ⟦o:REQ|GC-KYC-7743190028⟧",
    )
    r(
        "en_PH",
        "email",
        "Good day po!\n\nI would like to follow up my PhilHealth claim for my father Mr. ⟦P|Rodrigo Bautista Sr.⟧, PhilHealth no. ⟦HPN|12-050781234-5⟧, confined at St. Luke's QC (Hosp. No. ⟦MRN|SLMC-2024-0338712⟧) from ⟦o:D|Feb 2⟧ to ⟦o:D|Feb 9, 2024⟧. "
        "Total bill ⟦o:AMT|₱187,450.00⟧. Kindly reply to ⟦E|joanna.bautista88@gmail.com⟧ or text ⟦PH|+63 918 223 4471⟧.\n\nThank you po,\n⟦P|Joanna Bautista⟧",
    )
    r(
        "en_PH",
        "delivery_instructions",
        "LBC – Padala\nConsignee: ⟦P|Jun-Jun Macaraeg⟧\n⟦A|#45 Mabini St., Brgy. Poblacion, Tarlac City, Tarlac 2300⟧\nNear: green gate beside sari-sari store\nContact: ⟦PH|0999-123-4456⟧\nTracking: ⟦o:TRK|122330554781⟧  Declared value ⟦o:AMT|PHP 3,500⟧",
    )
    r(
        "en_PH",
        "call_notes",
        "Agent ⟦P|Kristine⟧ – BPO Cebu – acct holder Ms. ⟦P|Jocelyn Villanueva⟧ verified via last 4 SSN and DOB ⟦DOB|09/14/1979⟧ (US client). Caller requested card replacement; full card on file ⟦CC|4532 0156 7812 3453⟧. "
        "SSN per file ⟦SSN|512-38-4471⟧. Replacement shipping to ⟦A|2217 Oak Hollow Dr, Plano, TX 75025⟧. Case ⟦o:TKT|CS-0091827364⟧.",
    )
    r(
        "en_HK",
        "email",
        "Dear HSBC,\nI have lost my credit card ending 7626 (full no. ⟦CC|5527 1900 4318 7626⟧) at Mong Kok MTR yesterday ⟦o:T|around 7pm⟧. Please cancel it. HKID ⟦NID|K123456(0)⟧. "
        "Correspondence address: ⟦A|Flat 12B, Block 3, Taikoo Shing, 18 Tai Koo Wan Road, Quarry Bay, Hong Kong⟧. Mobile ⟦PH|+852 9123 6654⟧.\n⟦P|Chan Tai Man, Peter⟧",
    )
    r(
        "en_HK",
        "chat",
        "Landlord: Ms ⟦P|Wong⟧, rent for ⟦o:D|April⟧ is ⟦o:AMT|HK$18,500⟧, pls FPS to ⟦PH|6234 8871⟧ or bank a/c ⟦BBAN|004-512-345678-001⟧ (HSBC)\nTenant: ok will pay by ⟦o:D|5th⟧. btw the water heater in ⟦A|Flat 7A, 23 Kennedy Road, Wan Chai⟧ broken again 😩\nLandlord: will send plumber ⟦P|Ah Keung⟧ tmr",
    )
    r(
        "en_AU",
        "web_form",
        "Medicare – Change of Address\nMedicare card no.: ⟦HPN|2953 17483 1⟧  IRN: 2\nName: ⟦P|Olivia Kate Nguyen⟧\nDate of birth: ⟦DOB|17/09/1990⟧\nNew address: ⟦A|Unit 4/12 Beach Road, Bondi NSW 2026⟧\nPhone: ⟦PH|0412 345 678⟧\nEmail: ⟦E|olivia.nguyen90@bigpond.com⟧\nTFN (optional): ⟦TAX@au.tfn|876 543 210⟧",
    )
    r(
        "en_AU",
        "email",
        "G'day,\nInvoice ⟦o:INV|INV-00473⟧ for ⟦o:AMT|$2,145.00 inc GST⟧ – please pay to BSB ⟦a:BC|062-000⟧ Acc ⟦BBAN|1234 5678⟧, account name ⟦P|Jack O'Sullivan⟧ trading as Sully's Electrical, ABN ⟦TAX@au.abn|53 004 085 616⟧.\n"
        "Job was at ⟦A|27 Wattle Street, Fitzroy VIC 3065⟧ on ⟦o:D|12/03/2024⟧. Cheers, Jack – ⟦PH|0438 221 907⟧",
    )
    r(
        "en_AU",
        "support_ticket",
        "Telstra ticket ⟦o:TKT|1-8823411290⟧\nCustomer Mr ⟦P|Tama Whaanga⟧ reports NBN FTTC dropout. Modem ⟦o:PROD|Telstra Smart Modem Gen 3⟧, firmware ⟦o:VER|20.4.0.0.5⟧. Public IPv4 ⟦IP|120.156.33.71⟧, IPv6 prefix ⟦IP|2001:8003:2c45:1200::/56⟧. Address ⟦A|8/45 Smith St, Darwin NT 0800⟧. Driver licence (NT) quoted for ID: ⟦DL|1234567⟧.",
    )
    r(
        "en_AU",
        "hr_form",
        "New starter form – Woolworths Group\nFull name: ⟦P|Priya Ramaswamy⟧\nPreferred name: Pri\nDOB: ⟦DOB|3 June 1999⟧\nTFN: ⟦TAX@au.tfn|453128903⟧\nSuper fund: AustralianSuper, member no. ⟦o:ROW|501234567⟧\nBank: BSB ⟦a:BC|033-088⟧ A/C ⟦BBAN|412 889 073⟧\nResidential: ⟦A|Apt 1507, 241 City Road, Southbank VIC 3006⟧\nVisa: Subclass 485, passport ⟦PP|T4827716⟧ (India)\nMobile: ⟦PH|+61 422 718 093⟧",
    )
    r(
        "en_AU",
        "forum_post",
        "Whirlpool forums – Aussie Broadband CGNAT opt-out took ⟦o:QTY|2 days⟧. Went from 100.64.x.x to a proper public IP. Speeds ⟦o:QTY|98.3 Mbps⟧ down on the 100/20 plan. Order number was ⟦o:ORD|ABB-3381776⟧ if it matters. Running pfSense ⟦o:VER|2.7.2⟧.",
    )
    r(
        "en_NZ",
        "email",
        "Kia ora,\nPlease update my IRD details. Name: ⟦P|Aroha Te Rangi⟧, IRD number ⟦TAX@nz.ird|49-138-270⟧. New address: ⟦A|14A Karaka Street, Mount Eden, Auckland 1024⟧. "
        "Bank account for refunds: ⟦BBAN|12-3140-0123456-00⟧. Phone ⟦PH|021 884 3120⟧ or ⟦PH|+64 9 630 1187⟧.\nNgā mihi",
    )
    r(
        "en_NZ",
        "call_notes",
        "Southern Cross Health – caller ⟦P|Hamish McAllister⟧, member no ⟦HPN|SX 4471 2290⟧, querying claim ⟦o:TKT|CLM-2024-118273⟧ for ⟦o:AMT|NZ$1,820⟧ knee MRI at Mercy Radiology. NHI ⟦MRN|ZAC1234⟧. DOB ⟦DOB|02/11/1975⟧. Lives ⟦L|Dunedin⟧. Advised 10 working days.",
    )
    r(
        "en_NZ",
        "sms",
        "Your NZ Post parcel ⟦o:TRK|NZ 8812 4471 3302⟧ will be delivered ⟦o:D|today⟧ between ⟦o:T|1pm–5pm⟧. Reply STOP to opt out.",
    )
    r(
        "en_IN",
        "support_ticket",
        "JIRA PAY-4471 – Razorpay webhook failing in prod\nReporter: ⟦P|Sandeep Bhatt⟧ (⟦E|sandeep.bhatt@zomatech.in⟧)\nProd key was pasted in Slack by mistake: ⟦S|rzp_live_9fK2xLq81TzVmN⟧ / secret ⟦S|Xq7vN2mP0aR8tY4wZ1bC6dEf⟧ – please ROTATE.\nFailing since deploy ⟦o:SHA|a3f9c21e7b⟧ (v⟦o:VER|2.18.0⟧), error ⟦o:ERR|BAD_REQUEST_ERROR⟧, request id ⟦o:REQ|req_Nx82KdL0aP4qZ3⟧. Egress IP ⟦IP|13.235.48.201⟧.",
    )
    r(
        "en_SG",
        "support_ticket",
        "Incident INC0042219 – DB connection string leaked in log\nLogged line: jdbc conn ⟦UC|postgresql://app_user:S3cure!Pa55@10.20.4.17:5432/payments⟧ from pod ⟦o:ROW|payments-api-7d9f8c6b5-xk2lp⟧ at ⟦o:T|03:14:07 SGT⟧. Owner ⟦P|Goh Jun Jie⟧. Internal host ⟦IP|10.20.4.17⟧. Action: rotate creds, ticket ⟦o:TKT|SEC-2291⟧.",
    )
    r(
        "en_AU",
        "chat",
        "mate the wifi pw for the airbnb is ⟦S|Koala!Bondi2024⟧ and the lockbox code is ⟦S|4471⟧\nlegend. what's the address again for the uber\n⟦A|3/18 Campbell Parade, Bondi Beach NSW 2026⟧\ncheers, landing on ⟦o:FLT|QF 412⟧ at ⟦o:T|6:40pm⟧",
    )
    r(
        "en_GB",
        "email",
        "Hi Dev,\nCan you check the staging FTP? The vendor gave us ⟦UC|ftp://vendor_upload:Lq8#rT2w@files.acmeuk.co.uk/incoming⟧ and it's timing out from ⟦IP|81.2.69.160⟧. Also our Sendgrid key ⟦S|SG.kQ2x8Lm0RzT4.vP9wN3yH7bJ1cF6dA5sE0gK2uI8oX4⟧ needs moving to vault.\nThanks,\n⟦P|Siobhán Murphy⟧",
    )
    r(
        "en_IE",
        "web_form",
        "Revenue myAccount – Registration\nPPSN: ⟦NID@ie.pps|8346129F⟧\nName: ⟦P|Ciarán Ó Súilleabháin⟧\nDOB: ⟦DOB|29/02/1988⟧\nAddress: ⟦A|Apt 3, 14 Grand Canal Quay, Dublin 2, D02 X576⟧\nMobile: ⟦PH|087 123 4567⟧\nEmail: ⟦E|ciaran.osullivan@eircom.net⟧\nIBAN: ⟦IBAN|IE29 AIBK 9311 5212 3456 78⟧",
    )
    r(
        "en_GB",
        "kyc_request",
        "Wise – verification for sending GBP to PKR\nName: ⟦P|Zainab Akhtar-Hussain⟧\nDOB: ⟦DOB|1985-12-04⟧\nAddress: ⟦A|71 Stratford Road, Sparkbrook, Birmingham B11 1RA⟧\nUK driving licence: ⟦DL|AKHTA862045ZA9HK⟧\nNI number: ⟦NID|QQ 12 34 56 C⟧\nRecipient: ⟦P|Ghulam Hussain⟧, IBAN ⟦IBAN|PK36SCBL0000001123456702⟧\nTransfer ⟦o:AMT|£850⟧ → ⟦o:AMT|PKR 300,475⟧, ref ⟦o:REQ|P-88213904⟧",
    )
    r(
        "en_GB",
        "call_notes",
        "NHS 111 callback – pt Mr ⟦P|Olusegun Adeyemi⟧, NHS no ⟦NID@gb.nhs|485 702 1633⟧, DOB ⟦DOB|18/06/1962⟧. Reports chest tightness ⟦o:QTY|2 hrs⟧. GP: Dr ⟦P|Kaur⟧, Handsworth Wood Surgery. Pt at home ⟦A|22 Church Lane, Handsworth, Birmingham B20 2HP⟧, wife ⟦P|Folake⟧ present, tel ⟦PH|0121 554 7812⟧. Case ⟦o:TKT|111-24-0098812⟧.",
    )
    r(
        "en_CA",
        "email",
        "Hello Service Canada,\nI am a new PR from the Philippines. My SIN is ⟦NID@ca.sin|527 819 064⟧ and my PR card is ⟦PP|RA0123456⟧. Please update my address to ⟦A|1205-4455 Sheppard Ave E, Scarborough, ON M1S 5E1⟧. "
        "Phone ⟦PH|(416) 555-0178⟧. My Philippine passport is ⟦PP|P4481726B⟧.\n\nThank you,\n⟦P|Rowena Magsaysay-Lim⟧",
    )
    r(
        "en_CA",
        "hr_form",
        "Onboarding – TD Bank, Mississauga\nLegal name: ⟦P|Harpreet Singh Dhillon⟧\nSIN: ⟦NID@ca.sin|729184036⟧\nDOB: ⟦DOB|1993-08-21⟧\nAddress: ⟦A|88 Ray Lawson Blvd, Brampton, ON L6Y 5E2⟧\nDirect deposit: transit ⟦a:BC|00412⟧ inst ⟦a:BC|004⟧ acct ⟦BBAN|5213487⟧\nOntario DL: ⟦DL|D4123-45678-93021⟧\nPersonal email ⟦E|harpreet.dhillon93@hotmail.ca⟧",
    )
    r(
        "en_NG",
        "kyc_request",
        "GTBank – BVN Linkage / Account Upgrade (Tier 3)\nSurname: ⟦P|Okonkwo⟧\nFirst name: ⟦P|Chukwuemeka⟧  Middle: ⟦P|Ifeanyi⟧\nDate of Birth: ⟦DOB|23-Oct-1984⟧\nBVN: ⟦NID|22184736590⟧\nNIN: ⟦NID|48213907561⟧\nResidential address: ⟦A|Plot 14, Block 7, Off Admiralty Way, Lekki Phase 1, Lagos⟧\nPhone: ⟦PH|+234 803 412 7789⟧\nNUBAN: ⟦BBAN|0123456789⟧\nInternational passport: ⟦PP|A09876543⟧",
    )
    r(
        "en_NG",
        "email",
        "Good morning Sir,\n\nI write to complain about my DSTV subscription. I paid ⟦o:AMT|₦29,500⟧ on ⟦o:D|5th March, 2024⟧ for Compact Plus (smartcard ⟦o:ROW|7023 4418 992⟧) but the decoder still shows error ⟦o:ERR|E16-4⟧. "
        "My name is Alhaji ⟦P|Musa Danjuma Bello⟧, of ⟦A|No. 7 Ahmadu Bello Way, Kaduna⟧. Kindly call me on ⟦PH|0806 223 4410⟧ or my son ⟦P|Abubakar⟧ on ⟦PH|0703-118-2290⟧.\n\nYours faithfully,\nAlh. M. D. Bello",
    )
    r(
        "en_NG",
        "chat",
        "Oga abeg the dispatch rider don reach? \nRider: I dey ⟦A|Ikota Shopping Complex, off Lekki-Epe Expressway⟧ now, which gate?\nCustomer: Gate 2, shop C45. Ask for Chief (Mrs) ⟦P|Adaeze Nwosu⟧. My line na ⟦PH|0812 558 0917⟧\nRider: ok ma, pay ⟦o:AMT|N4,500⟧ delivery fee to OPay ⟦BBAN|8125580917⟧",
    )
    r(
        "en_NG",
        "call_notes",
        "MTN call centre – caller Engr. ⟦P|Babatunde Olawale Fashola⟧ requesting SIM swap for ⟦PH|08034127789⟧. Verified NIN ⟦NID|71203845592⟧, DOB ⟦DOB|02/04/1977⟧. Last recharge ⟦o:AMT|₦2,000⟧ on ⟦o:D|24/03⟧. Customer currently in ⟦L|Abuja⟧ for work, will visit Wuse 2 office. Ref ⟦o:TKT|MTN-SR-88213409⟧.",
    )
    r(
        "en_GH",
        "web_form",
        "Ghana Card / NIA Update\nFull name: ⟦P|Kwame Nkrumah Asante-Mensah⟧\nGhana Card PIN: ⟦NID|GHA-712345678-9⟧\nTIN: ⟦TAX@gh.tin|P0004829131⟧\nDate of birth: ⟦DOB|06/03/1990⟧\nDigital address (GhanaPostGPS): ⟦A|GA-183-8164⟧\nResidential: ⟦A|House No. 12, Nii Sowah Street, East Legon, Accra⟧\nMoMo: ⟦PH|024 412 7789⟧",
    )
    r(
        "en_GH",
        "sms",
        "Payment received for GHS ⟦o:AMT|250.00⟧ from ⟦P|AMA SERWAA BOATENG⟧ ⟦PH|0551234876⟧. Current Balance: GHS ⟦o:AMT|1,340.25⟧. Transaction ID: ⟦o:REQ|44918273610⟧. Fee charged: GHS ⟦o:AMT|0.00⟧.",
    )
    r(
        "en_KE",
        "email",
        "Dear Safaricom,\nI wish to report fraudulent M-PESA transaction ⟦o:REQ|SBK4XH2L9Q⟧ of ⟦o:AMT|Ksh 12,000⟧ to ⟦PH|0722 000 111⟧ on ⟦o:D|11/3/2024⟧. Someone called pretending to be customer care and got my M-PESA PIN ⟦S|0827⟧ – I have since changed it. "
        "My details: ⟦P|Wanjiru Kamau⟧, ID No. ⟦NID|28451776⟧, KRA PIN ⟦TAX@ke.pin|A004217896Q⟧, line ⟦PH|+254 712 345 678⟧.\nThank you",
    )
    r(
        "en_KE",
        "hr_form",
        "Employee Bio-data – Equity Bank\nName: ⟦P|Otieno Brian Odhiambo⟧\nNational ID: ⟦NID|31207745⟧\nKRA PIN: ⟦TAX@ke.pin|A012948823K⟧\nNHIF No.: ⟦HPN|R6612339⟧\nNSSF No.: ⟦NID|2004551182⟧\nDOB: ⟦DOB|14 Feb 1992⟧\nP.O. Box ⟦A|1234-40100, Kisumu⟧\nPhysical address: ⟦A|Milimani Estate, Off Nairobi Road, Kisumu⟧\nPhone: ⟦PH|0733 412 889⟧",
    )
    r(
        "en_KE",
        "forum_post",
        "Kenyan techies: anyone using the Daraja API? Sandbox returns ⟦o:ERR|500.001.1001⟧ on STK push. Shortcode ⟦o:ROW|174379⟧ is the public test one. Using SDK ⟦o:VER|v2.1.4⟧. Tried from both Nairobi and Mombasa servers, same.",
    )
    r(
        "en_ZA",
        "web_form",
        "SARS eFiling – Registration\nIdentity number: ⟦NID@za.idnr|870412 5291 087⟧\nInitials & surname: ⟦P|T.M. Nkosi⟧\nFull names: ⟦P|Thabo Mandla Nkosi⟧\nDate of birth: ⟦DOB|1987/04/12⟧\nIncome tax ref: ⟦TAX@za.tin|0001339050⟧\nPhysical address: ⟦A|24 Jan Smuts Avenue, Parktown North, Johannesburg, 2193⟧\nCell: ⟦PH|082 555 1234⟧\nEmail: ⟦E|thabo.nkosi@mweb.co.za⟧",
    )
    r(
        "en_ZA",
        "complaint_letter",
        "To: Eskom Customer Services\nRe: Incorrect prepaid meter reading\n\nI am Mrs ⟦P|Fatima Ebrahim⟧ of ⟦A|17 Ninth Avenue, Rylands Estate, Cape Town, 7764⟧. My meter no. ⟦o:ROW|04123456789⟧ was charged ⟦o:AMT|R3 450,80⟧ for ⟦o:QTY|290 kWh⟧ in February, which is impossible during load-shedding stage ⟦o:QTY|6⟧. "
        "ID ⟦NID@za.idnr|7601055757080⟧. Contact ⟦PH|+27 21 637 4410⟧ / ⟦PH|+27 (0)83 411 2290⟧.\nRegards",
    )
    r(
        "en_ZA",
        "chat",
        "Howzit! Just confirming your Takealot order ⟦o:ORD|TAL-8823341⟧ R⟦o:AMT|1 299⟧ is out for delivery to ⟦A|Unit 6 Protea Gardens, 45 Kloof Street, Gardens, Cape Town 8001⟧. Driver ⟦P|Sipho⟧ will call ⟦PH|071 882 0045⟧. Waybill ⟦o:TRK|MDX1188201347⟧",
    )
    r(
        "en_ZA",
        "kyc_request",
        "FNB – FICA documents\nClient: ⟦P|Pieter van der Merwe⟧\nID: ⟦NID@za.idnr|8506305296087⟧\nProof of residence: ⟦A|Plot 88, Boschkop Road, Tiegerpoort, Pretoria, 0056⟧\nAccount: ⟦BBAN|62812345678⟧  branch code ⟦a:BC|250655⟧\nDriver's licence: ⟦DL|10230012ABC4⟧\nPassport: ⟦PP|M00123456⟧",
    )
    r(
        "en_EG",
        "email",
        "Dear CIB Egypt,\nKindly issue a bank letter for my visa application. Name: ⟦P|Ahmed Mahmoud Abdel-Rahman El-Sayed⟧, National ID ⟦NID|28905121401234⟧, account IBAN ⟦IBAN|EG380019000500000000263180002⟧. "
        "Address: ⟦A|12 Shehab Street, Mohandessin, Giza⟧. Mobile ⟦PH|+20 100 234 5678⟧. Passport ⟦PP|A23456789⟧.\nBest regards",
    )
    r(
        "en_EG",
        "call_notes",
        "Vodafone EG – caller Ms. ⟦P|Mona Farouk⟧ disputes roaming charge ⟦o:AMT|EGP 1,450⟧ while in ⟦L|Jeddah⟧ for Umrah ⟦o:D|1-10 Feb⟧. Line ⟦PH|0101 224 5571⟧. Adjusted 50%, ref ⟦o:TKT|VF-EG-5512098⟧.",
    )
    r(
        "en_EG",
        "web_form",
        "Cairo University – Postgraduate application\nApplicant: ⟦P|Youssef Hany Ibrahim⟧\nDate of birth: ⟦DOB|15/11/1998⟧\nNational ID: ⟦NID|29811150102457⟧\nAddress: ⟦A|Apt 9, Bldg 33, Street 250, Maadi, Cairo⟧\nEmail: ⟦E|youssef.hany98@gmail.com⟧\nApplication fee receipt: ⟦o:INV|CU-PG-2024-001877⟧ (⟦o:AMT|EGP 600⟧)",
    )
    r(
        "en_AE",
        "kyc_request",
        "Emirates NBD – KYC refresh\nCustomer: ⟦P|Rajesh Menon⟧\nEmirates ID: ⟦NID|784-1987-4521376-3⟧\nPassport: ⟦PP|P7712493⟧ (India)\nDOB: ⟦DOB|19-Jul-1987⟧\nResidential address: ⟦A|Villa 12, Street 4, Al Barsha 2, Dubai⟧\nP.O. Box: ⟦A|P.O. Box 118273, Dubai⟧\nMobile: ⟦PH|+971 50 412 7789⟧\nIBAN: ⟦IBAN|AE920330000010195123456⟧\nEmployer: Emaar Properties, salary ⟦o:AMT|AED 28,500⟧",
    )
    r(
        "en_AE",
        "delivery_instructions",
        "Noon order ⟦o:ORD|NAE40217763112⟧ – deliver to ⟦P|Fatima Al Mansoori⟧, ⟦A|Apartment 1403, Marina Heights Tower, Dubai Marina⟧. Call ⟦PH|055-218-4471⟧ on arrival; building security needs name. Do not leave with watchman. COD ⟦o:AMT|AED 349⟧.",
    )
    r(
        "en_AE",
        "email",
        "Dear Daman,\nMy Thiqa/Daman card no. ⟦HPN|1-001-23-45678912-01⟧ was rejected at Cleveland Clinic Abu Dhabi yesterday. MRN there: ⟦MRN|CCAD-00998172⟧. Patient: my daughter ⟦P|Mariam Khalid Al Hashemi⟧, DOB ⟦DOB|2016-04-08⟧, EID ⟦NID|784-2016-1234567-4⟧. "
        "Please advise. ⟦P|Khalid Al Hashemi⟧, ⟦PH|+971 2 641 2290⟧ / ⟦E|k.alhashemi@adnoc.ae⟧",
    )
    r(
        "en_AE",
        "chat",
        "Bro RTA fine came ⟦o:AMT|AED 600⟧ for speeding on SZR 😤 plate Dubai N 48213\nPay on app, use your licence no ⟦DL|1245786⟧ TC ⟦o:ROW|50123477⟧\nok. btw I'm in ⟦L|Sharjah⟧ till Friday if u want to meet",
    )
    r(
        "en_AE",
        "support_ticket",
        "du Home Internet – ticket ⟦o:TKT|DU-1-9923741⟧. Customer Ms. ⟦P|Joanna Fernandes⟧ at ⟦A|Flat 702, Al Nahda Tower 2, Al Nahda 1, Dubai⟧. Router admin ⟦UC|https://admin:duHome2023@192.168.1.1/⟧ — cust shared it on chat, advised to change. Public IP ⟦IP|94.200.81.14⟧. Speed ⟦o:QTY|250 Mbps⟧ plan.",
    )
    r(
        "en_SA",
        "web_form",
        "Absher – Exit/Re-entry Visa Request\nIqama No.: ⟦NID|2412345678⟧\nName: ⟦P|Mohammad Shafiq Ansari⟧\nNationality: Pakistani, passport ⟦PP|AB1234567⟧\nDate of birth (Hijri): ⟦DOB|14/06/1405⟧\nSponsor: Al-Rajhi Contracting, CR ⟦o:ROW|1010234567⟧\nMobile: ⟦PH|+966 55 123 4471⟧\nNational address: ⟦A|Bldg 3127, King Fahd Road, Al Olaya Dist., Riyadh 12214, Add'l No. 7788⟧",
    )
    r(
        "en_SA",
        "email",
        "Dear Al Rajhi Bank,\nPlease add beneficiary: ⟦P|Abdullah bin Saleh Al-Qahtani⟧, IBAN ⟦IBAN|SA0380000000608010167519⟧. Also my own IBAN ⟦IBAN|SA 4810 0000 0123 4567 8901 12⟧ was blocked after I changed SIM; national ID ⟦NID|1023456789⟧. Call ⟦PH|0504 412 778⟧.\nRegards, ⟦P|Saad Al-Otaibi⟧",
    )
    r(
        "en_SA",
        "call_notes",
        "STC agent notes: caller ⟦P|Faisal Al-Dosari⟧, line ⟦PH|0555 872 213⟧. Wanted to know why Quicknet data ⟦o:QTY|100 GB⟧ exhausted. Ref ⟦o:TKT|STC-22841902⟧. Customer in ⟦L|Dammam⟧.",
    )
    r(
        "en_IL",
        "web_form",
        "Bank Leumi – Online account opening\nFull name: ⟦P|Noa Ben-David⟧\nTeudat Zehut: ⟦NID@il.idnr|032154767⟧\nDate of birth: ⟦DOB|07.12.1991⟧\nAddress: ⟦A|Rehov Dizengoff 145, Apt 8, Tel Aviv 6346106⟧\nMobile: ⟦PH|+972 52-441-2870⟧\nEmail: ⟦E|noa.bendavid@walla.co.il⟧\nIncoming IBAN: ⟦IBAN|IL620108000000099999999⟧",
    )
    r(
        "en_IL",
        "email",
        "Hi Maccabi,\nMy son ⟦P|Yonatan Levi⟧ (ID ⟦NID@il.idnr|205481393⟧) needs a referral for an ENT at Ichilov. Member no ⟦HPN|MC-7741229⟧. Our address changed to ⟦A|HaNassi St 22, Haifa 3463316⟧. Thanks, Dr. ⟦P|Miriam Levi-Shapiro⟧ ⟦PH|054-771-2290⟧",
    )
    r(
        "en_IL",
        "support_ticket",
        "Bug #7721 – user PII in access logs\nSaw this in nginx logs: GET /api/v2/login?user=⟦E|avi.cohen@gmail.com⟧&token=⟦S|eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI0MjE3In0.q7Xb9lT2mNpZ4kR8sVw1⟧ from ⟦IP|31.154.77.201⟧ at ⟦o:T|2024-03-11T08:14:22Z⟧. Build ⟦o:VER|4.12.0-rc2⟧ commit ⟦o:SHA|9e1c0b7⟧. Owner: ⟦P|Yael Friedman⟧.",
    )
    r(
        "en_AE",
        "hr_form",
        "Onboarding – Majid Al Futtaim\nEmployee: ⟦P|Oluwaseun Adebayo⟧\nNationality: Nigerian\nPassport: ⟦PP|B50218834⟧\nEmirates ID: ⟦NID|784-1990-7712345-5⟧\nDOB: ⟦DOB|30/09/1990⟧\nUAE address: ⟦A|Room 4, Villa 27, 15B Street, Al Quoz 4, Dubai⟧\nMobile: ⟦PH|+971 56 990 1127⟧\nBank: Mashreq IBAN ⟦IBAN|AE520260001015672839011⟧\nEmergency: Mrs. ⟦P|Bisi Adebayo⟧ ⟦PH|+234 805 221 9087⟧ (⟦L|Ibadan⟧)",
    )
    r(
        "en_IN",
        "email",
        "Hi ⟦P|Kavya⟧,\nFor the H-1B transfer, the attorney needs: my SSN ⟦SSN|287-64-1093⟧, your SSN ⟦SSN|601 22 8735⟧ (as H-4 EAD holder), and I-94 numbers. My passport ⟦PP|Z4417823⟧, yours ⟦PP|V8812047⟧. "
        "Current US address ⟦A|4521 Pleasant Hill Rd, Apt 12B, Duluth, GA 30096⟧. Please send before ⟦o:D|Friday⟧.\n– ⟦P|Srinivas⟧",
    )
    r(
        "en_PH",
        "hr_form",
        "US Travel Nurse Agency – Candidate Intake\nName: ⟦P|Mary Grace Tolentino⟧\nDOB: ⟦DOB|05/22/1991⟧\nSSN: ⟦SSN|143-78-2290⟧\nNCLEX ID: ⟦o:ROW|NCX-2022-448129⟧\nHome (PH): ⟦A|Purok 3, Brgy. Lahug, Cebu City 6000⟧\nUS address: ⟦A|1600 S Federal Hwy #304, Pompano Beach, FL 33062⟧\nUS mobile: ⟦PH|(954) 555-0133⟧\nEmail: ⟦E|marygrace.tolentino.rn@gmail.com⟧",
    )
    r(
        "en_NG",
        "email",
        "Dear Registrar,\nI am an international student (⟦P|Chidinma Eze⟧, student ID ⟦o:ROW|U00871234⟧). My SSN ⟦SSN|330-51-6648⟧ was issued for my on-campus job; payroll has it wrong as 330-51-6684. DOB ⟦DOB|January 9, 2001⟧. "
        "Please correct. Mailbox: ⟦A|Box 4471, 100 College Ave, Medford, MA 02155⟧.\nThank you,\nChidinma",
    )
    r(
        "en_IN",
        "call_notes",
        "US mortgage BPO (Pune) – borrower Mr. ⟦P|Darnell Washington⟧ called re escrow shortage ⟦o:AMT|$1,284.16⟧. Verified SSN ⟦SSN|471-09-3326⟧ and property ⟦A|918 Magnolia Ct, Charlotte, NC 28205⟧. Loan no ⟦o:ROW|0041128879⟧. Co-borrower ⟦P|Tanya Washington⟧ SSN ⟦SSN|228-73-5104⟧ (on file). Next steps mailed.",
    )
    r(
        "en_PK",
        "web_form",
        "US Visa DS-160 helper (filled by agent, Lahore)\nApplicant: ⟦P|Hina Rauf⟧\nPassport: ⟦PP|CJ4418872⟧\nCNIC: ⟦NID@pk.cnic|61101-8825413-1⟧\nUS SSN (if any): ⟦SSN|589-40-1182⟧ (from earlier J-1)\nUS point of contact: Dr. ⟦P|Imran Rauf⟧, ⟦A|77 Winding Way, Edison, NJ 08820⟧, ⟦PH|+1 732-555-0148⟧\nDOB: ⟦DOB|1995-03-27⟧",
    )
    r(
        "en_GH",
        "chat",
        "Ama, the landlord in Bronx wants my SSN for the lease, is that normal?\nyes they do credit check. just send via the portal, not WhatsApp\ntoo late lol ⟦SSN|062-48-7719⟧ 😬\nbruh 😂 ok ok. Which apartment did you take?\n⟦A|2150 Grand Concourse Apt 5F, Bronx, NY 10457⟧",
    )
    r(
        "en_KE",
        "web_form",
        "Diaspora remittance signup – WorldRemit\nName: ⟦P|Akinyi Achieng Ouma⟧\nUS SSN: ⟦SSN|415-63-2087⟧\nDOB: ⟦DOB|12/07/1986⟧\nAddress: ⟦A|3300 Bloomington Ave S, Minneapolis, MN 55407⟧\nCard to fund: ⟦CC|4012 8877 3420 1104⟧ exp ⟦o:D|09/28⟧\nRecipient M-Pesa: ⟦PH|+254 722 418 903⟧ (Mama ⟦P|Ouma⟧)",
    )
    r(
        "en_IN",
        "support_ticket",
        "Amazon.in – Payment issue\nOrder ⟦o:ORD|405-8823419-7712345⟧ failed but card ⟦CC|4111 8765 4302 2199⟧ was charged ⟦o:AMT|₹12,999⟧. Product: ⟦o:PROD|boAt Airdopes 141⟧ qty ⟦o:QTY|2⟧. Bank ref ⟦o:REQ|ARN74332612345⟧. Please refund. ⟦P|Deepika Nair⟧, ⟦E|deepika.nair@gmail.com⟧",
    )
    r(
        "en_SG",
        "chat",
        "Shopee seller: hi dear, payment failed, can u send card again?\nbuyer: ok ⟦CC|5123 4509 8765 4322⟧ exp ⟦o:D|11/26⟧ cvv ⟦S|418⟧\nseller: thank u! 😊\nbuyer's friend (later): wah why u send cvv to seller, sure kena scam one",
    )
    r(
        "en_AU",
        "email",
        "Hi Qantas,\nI was double charged on booking ⟦o:REQ|PNR 6KXJ2Q⟧ (⟦o:FLT|QF1⟧ SYD-LHR ⟦o:D|14 Apr⟧). Card used: ⟦CC|3566 0020 8811 7458⟧. Amount ⟦o:AMT|A$2,418.60⟧ twice. Frequent flyer ⟦o:ROW|1928374650⟧.\nRegards, ⟦P|Lachlan Bui⟧, ⟦PH|0401 882 214⟧",
    )
    r(
        "en_ZA",
        "call_notes",
        "Discovery Health – member Mr ⟦P|Johan Pretorius⟧, plan ⟦o:PROD|Classic Saver⟧, member no ⟦HPN|401228871⟧. Pre-auth for knee replacement at Netcare Milpark, hospital file ⟦MRN|NMK-7712093⟧. Admission ⟦o:D|22/04/2024⟧. Contact ⟦PH|083 441 2217⟧.",
    )
    r(
        "en_IN",
        "email",
        "To: records@manipalhospitals.com\nPlease share discharge summary for Mr. ⟦P|Abdul Kalam Shaikh⟧, IP no ⟦MRN|IP/2024/0177823⟧, MR no ⟦MRN|MH-BLR-00412876⟧, admitted ⟦o:D|02/02/2024⟧ – discharged ⟦o:D|09/02/2024⟧. Insurance: Niva Bupa card ⟦HPN|NB-31449921-02⟧. PMJAY beneficiary ID ⟦HPN|PMJAY-KA-88120743⟧.\n⟦P|Sameer Shaikh⟧ (son)",
    )
    r(
        "en_MY",
        "email",
        "Dear KPJ Damansara Specialist Hospital,\nRequesting medical report for Puan ⟦P|Rosnah binti Ismail⟧, RN ⟦MRN|KPJ-DSH-0048812⟧, for Great Eastern claim. Policy (group, employer) ⟦o:INV|GE/GRP/77120⟧. Her member card ⟦HPN|GEL-8812044017⟧.\nTerima kasih,\n⟦P|Aiman Hakimi⟧ ⟦PH|+60 12-771 0452⟧",
    )
    r(
        "en_KE",
        "support_ticket",
        "Aga Khan University Hospital Nairobi – patient portal login issue\nPatient: ⟦P|Zawadi Mwangi⟧, hospital no ⟦MRN|AKUH-NBI-1122873⟧\nUser tried password ⟦S|Zawadi@2024!⟧ which was shared with support by email (⟦E|zawadi.mwangi@yahoo.com⟧). Reset sent. Portal ⟦o:VER|v3.8⟧, error ⟦o:ERR|AUTH-401⟧.",
    )
    r(
        "en_GB",
        "support_ticket",
        "Jenkins build leaking creds – please review\nconsole: git clone ⟦UC|https://deploy-bot:ghp_8Kx2mQ7vL0nR4tY9wZ3cB1dF6hJ5sA2uE7pN@github.com/acme-uk/payments.git⟧\nbuild ⟦o:ROW|#4471⟧ node ⟦IP|172.31.22.8⟧, commit ⟦o:SHA|4be1d9af20c7⟧. Reported by ⟦P|Kofi Mensah⟧.",
    )
    r(
        "en_IN",
        "chat",
        "devops group:\n⟦P|Arjun⟧: prod redis is ⟦UC|redis://default:Hk29!xQpT@redis-prod.internal:6379/0⟧ dont paste anywhere\n⟦P|Meera⟧: 🤦 you literally pasted it here\n⟦P|Arjun⟧: ok rotating. new one will be in vault path secret/prod/redis\n⟦P|Meera⟧: also AWS key ⟦S|AKIAZ3MPL7QX2RT5WNBV⟧ from last week's screenshot, rotate that too",
    )
    r(
        "en_AU",
        "support_ticket",
        "Xero integration failing – customer pasted: ⟦UC~url_encoded|sftp://myob_sync:P%40ssw0rd2024@203.0.113.45:22/exports⟧ . MYOB version ⟦o:VER|2023.4⟧. Customer ⟦P|Ngaio Parata⟧, ⟦E|ngaio@paratabuilders.co.nz⟧. Ticket ⟦o:TKT|XR-99812⟧.",
    )
    r(
        "en_AE",
        "sms",
        "Your Emirates Islamic login OTP is ⟦S|552 871⟧. Do not share. If not you call 600599995. Ref ⟦o:REQ|EI-7741⟧",
    )
    r(
        "en_PK",
        "sms",
        "HBL: Your one time PIN is ⟦S|804417⟧ for adding beneficiary ⟦P|SADIA NAZ⟧ a/c ending 8812. Never share.",
    )
    r(
        "en_IN",
        "forum_post",
        "Posting for a friend: pls don't DM her, email her at ⟦E~at_dot|ritika dot sen at gmail dot com⟧ if you have a 1BHK in Koramangala under ⟦o:AMT|₹25k⟧. She is moving from ⟦L|Pune⟧ on ⟦o:D|1st May⟧.",
    )
    r(
        "en_NG",
        "forum_post",
        "Nairaland > Jobs: Send CV to ⟦E~at_dot|hr.recruit [at] dangote-group [dot] com⟧ — ask for Mrs. ⟦P|Ngozi Umeh⟧. Salary ⟦o:AMT|₦350k - ₦450k⟧. Closing date ⟦o:D|30/04/2024⟧. Don't pay anybody for 'processing fee' o!",
    )
    r(
        "en_SG",
        "web_form",
        "Contact us – DBS\nName: ⟦P|Rachel Koh Shu Fen⟧\nNRIC: ⟦NID~fullwidth|Ｓ９１５８３０２Ｚ⟧\nMobile: ⟦PH~fullwidth|＋６５ ８２３４ ５６７１⟧\nMessage: My card was swallowed by ATM at Toa Payoh Hub at ⟦o:T|9.15pm⟧. Card ⟦CC|4895 3716 2534 8714⟧.",
    )
    r(
        "en_HK",
        "chat",
        "my octopus-linked credit card is ⟦CC~zero_width|4508​2391​7604​5527⟧ – pls update autopay for the gym\nok, also confirm your email?\n⟦E|kelvin.cheung.hk@outlook.com⟧\nAnd HKID for the membership? ⟦NID|Y6543217⟧",
    )
    r(
        "en_IN",
        "call_notes",
        "Cust Mrs. ⟦P|Saroja Rangarajan⟧ (elderly) read out her account number slowly: ⟦BBAN~spelled|three one two four five six eight seven nine zero two⟧ – asked to confirm DOB ⟦DOB~spelled|twelve August nineteen forty-nine⟧. Lives alone in ⟦L|Mylapore⟧. Flagged for vulnerable-customer handling. Ticket ⟦o:TKT|VC-44712⟧.",
    )
    r(
        "en_AU",
        "sms",
        "Hi it's ⟦P|Jess⟧ from Ray White, the tenant's new number is ⟦PH~spelled|oh four one two, three four five, six seven eight⟧ – they're at ⟦A|Unit 9/4 Ocean Street, Surfers Paradise QLD 4217⟧ from ⟦o:D|Monday⟧",
    )
    r(
        "en_PK",
        "chat",
        "apna number bhejo\n⟦PH~odd_separators|0300.451.72.89⟧\nCNIC bhi chahiye form ke liye\n⟦NID@pk.cnic|1730139567211⟧",
    )
    r(
        "en_ZA",
        "email",
        "Hi there,\nPlease find my details for the lease at ⟦A~line_break|42 Bree Street\nCape Town City Centre\nCape Town\n8001⟧.\nID no: ⟦NID@za.idnr|930921 0114 084⟧\nCell ⟦PH|+27 72 881 0034⟧\nKind regards,\n⟦P|Lerato Mokoena⟧",
    )
    r(
        "en_AE",
        "web_form",
        "Careers @ Emirates Group – Apply\nName: ⟦P|Sara Al-Zaabi⟧\nEmail: ⟦E~url_encoded|sara.alzaabi%40gmail.com⟧\nPhone: ⟦PH~fullwidth|+971 50 ６６１ ２２４５⟧\nCurrent location: ⟦L|Abu Dhabi⟧\nNotice period: ⟦o:QTY|30 days⟧",
    )
    r(
        "en_IN",
        "email",
        "Sir, my IFSC is ⟦a:BC|SBIN0001234⟧ and a/c ⟦BBAN~odd_separators|3012-4567-8901⟧. Ignore the previous mail with wrong no. – ⟦P|Rakesh Yadav⟧ from ⟦L|Patna⟧",
    )
    r(
        "en_MY",
        "sms",
        "TNG eWallet: Your PIN reset code is ⟦S~spaced|7 2 9 0 4 1⟧. Expires in ⟦o:QTY|5 min⟧. Jangan kongsi kod ini.",
    )
    r(
        "en_IL",
        "chat",
        "my ID for the tax form is ⟦NID@il.idnr~odd_separators|31170924-0⟧, wife's ⟦NID@il.idnr|058992132⟧. we are now in ⟦L|Be'er Sheva⟧ btw, moved last month",
    )
    r(
        "en_GB",
        "email",
        "Hiya, my IBAN is ⟦IBAN~lowercase|gb29nwbk60161331926819⟧ — sorry, phone keyboard. Name on acct ⟦P|Aoife Gallagher⟧. Cheers!",
    )
    r(
        "en_IN",
        "sms",
        "Dear ⟦P|Pooja⟧, your Practo appointment with Dr. ⟦P|Sanjay Gupta⟧ is confirmed for ⟦o:D|26-Mar-2024⟧ ⟦o:T|5:30 PM⟧ at Fortis Vasant Kunj. Booking ID ⟦o:REQ|PRC88213471⟧.",
    )
    r(
        "en_NZ",
        "chat",
        "hey where r u rn? \nin ⟦L|Queenstown⟧ till sunday then ⟦L|Wanaka⟧ 🏔️\nnice. send the airbnb host's number?\n⟦PH|027 445 1190⟧ – ⟦P|Mere⟧",
    )
    r(
        "en_KE",
        "chat",
        "Niko ⟦L|Westlands⟧ sasa, tutameet Java House saa nane?\nsawa. ni-M-Pesa ⟦o:AMT|Ksh 500⟧ ya uber kwa ⟦PH|0711 223 008⟧\npoa ⟦P|Kip⟧",
    )
    r(
        "en_PH",
        "chat",
        "beh asan ka na? \nnandito pa ko sa ⟦L|Makati⟧, traffic sa EDSA grabe\nok ingat, dala mo yung ⟦o:PROD|iPhone 15⟧ ni Tita ⟦P|Baby⟧ ha",
    )
    r(
        "en_LK",
        "sms",
        "Dear Mr. ⟦P|Fernando⟧, your vehicle WP CAB-4417 revenue licence expires on ⟦o:D|31/05/2024⟧. Renew at erl2.gov.lk. -Dept of Motor Traffic",
    )
    r(
        "en_BD",
        "chat",
        "Apa ami ekhon ⟦L|Chittagong⟧ e, kal ⟦L|Cox's Bazar⟧ jabo. Rocket e ⟦o:AMT|৳2,000⟧ pathao ⟦PH|01819-224 771⟧ e\nok pathacchi. nam ki dibo ref e? ⟦P|Tania⟧",
    )
    r(
        "en_IN",
        "sms",
        "Your Blue Dart shipment AWB ⟦o:TRK|75312894561⟧ is out for delivery. COD amount ⟦o:AMT|Rs. 2,340⟧. Delivery window ⟦o:T|10:00-14:00⟧ on ⟦o:D|21-03-2024⟧. Track: bluedart.com",
    )
    r(
        "en_AE",
        "sms",
        "Emirates: Flight ⟦o:FLT|EK 512⟧ DXB-DEL on ⟦o:D|22MAR⟧ departs ⟦o:T|21:45⟧ from Terminal 3, gate ⟦o:ROW|B14⟧. Booking ref ⟦o:REQ|X7K2LP⟧. Check-in closes ⟦o:QTY|60 min⟧ before departure.",
    )
    r(
        "en_NG",
        "sms",
        "Txn: Debit. Amt: NGN ⟦o:AMT|15,000.00⟧ Desc: POS/WEB PMT Date: ⟦o:D|14-Mar-2024⟧ ⟦o:T|13:22⟧ Bal: NGN ⟦o:AMT|182,440.17⟧ Ref ⟦o:REQ|000015240314132244⟧",
    )
    r(
        "en_SG",
        "forum_post",
        "HardwareZone: anyone know why SingPass app v⟦o:VER|8.14.2⟧ keeps crashing on Android 14? Error code ⟦o:ERR|SP-1023⟧ after the ⟦o:D|12 Mar⟧ update. Tried clear cache. Ticket ⟦o:TKT|#3381992⟧ no reply yet.",
    )
    r(
        "en_ZA",
        "forum_post",
        "MyBroadband forum: Vumatel fibre down in the whole area since ⟦o:T|06:00⟧ today. Status page says incident ⟦o:TKT|VUMA-INC-8812⟧, ETA ⟦o:QTY|4 hours⟧. Speed test before was ⟦o:QTY|482 Mbps⟧. Load shedding stage ⟦o:QTY|4⟧ from ⟦o:T|16:00⟧ too, lekker.",
    )
    r(
        "en_AU",
        "email",
        "Hi team,\nQuote ⟦o:INV|Q-2024-0188⟧ for ⟦o:QTY|12⟧ units of SKU ⟦o:SKU|BRV-HD-4400⟧ at ⟦o:AMT|$89.95⟧ ea ex GST, total ⟦o:AMT|$1,187.34⟧ inc GST. Lead time ⟦o:QTY|3 weeks⟧. PO ⟦o:ORD|PO-77120⟧ required before dispatch.\nThanks",
    )
    r(
        "en_IN",
        "email",
        "Team,\nRelease ⟦o:VER|v5.2.0⟧ of the UPI switch goes live on ⟦o:D|Sat 23 March⟧ at ⟦o:T|02:00 IST⟧. Rollback commit ⟦o:SHA|e7c19a4f0b3d⟧. Change request ⟦o:TKT|CHG0048812⟧. Expected txn peak ⟦o:QTY|12,000 TPS⟧, success rate target ⟦o:PCT|99.5%⟧.\nRegards, Release Mgmt",
    )
    r(
        "en_PH",
        "sms",
        "Shopee: Your parcel ⟦o:TRK|PH2411882344712⟧ for order ⟦o:ORD|240318ABCD7K2Q⟧ has been delivered on ⟦o:D|18-03-2024⟧ ⟦o:T|3:41 PM⟧. Rate your seller!",
    )
    r(
        "en_KE",
        "sms",
        "Dear Customer, your KPLC token for meter ⟦o:ROW|37112244551⟧ is ⟦o:REQ|4412-8870-1923-0045-7781⟧, ⟦o:QTY|34.5 kWh⟧, amount ⟦o:AMT|KES 1,000⟧. Ref ⟦o:REQ|SKD9XH22L1⟧.",
    )
    r(
        "en_MY",
        "forum_post",
        "Just paid road tax ⟦o:AMT|RM 90⟧ via MyEG, receipt ⟦o:INV|MYEG-20240318-88213⟧. JPJ system was slow from ⟦o:T|8am⟧ to ⟦o:T|10am⟧. Insurance renewal ⟦o:AMT|RM 1,042.70⟧ with NCD ⟦o:PCT|55%⟧.",
    )
    r(
        "en_GB",
        "sms",
        "Royal Mail: We tried to deliver your parcel ⟦o:TRK|QF123456785GB⟧ on ⟦o:D|Tue 19 Mar⟧. It's at your local delivery office, postcode ⟦a:PC|B11 1AA⟧ area. Ref ⟦o:REQ|RM-44817⟧.",
    )
    r(
        "en_IN",
        "chat",
        "kya tumhara pin code ⟦a:PC|110084⟧ hai? courier wale bol rahe serviceable nahi hai\nhaan wahi. dusra address try karo office ka, ⟦a:PC|122002⟧ Gurgaon",
    )
    r(
        "en_IN",
        "web_form",
        "Sarathi Parivahan – DL Renewal\nDL No.: ⟦DL|DL-0420110149646⟧\nName: ⟦P|Harish Chand Verma⟧\nS/o: Late ⟦P|Ram Chand Verma⟧\nDOB: ⟦DOB|10-10-1964⟧\nAddress: ⟦A|WZ-112, Gali No. 3, Todapur Village, New Delhi 110012⟧\nMobile: ⟦PH|+91 98111 22045⟧\nApplication no.: ⟦o:REQ|4412873/2024⟧ Fee ⟦o:AMT|₹400⟧",
    )
    r(
        "en_PH",
        "web_form",
        "LTO Portal account\nFull name: ⟦P|Rafael Ignacio Mercado⟧\nDriver's License No.: ⟦DL|N01-12-345678⟧\nDate of Birth: ⟦DOB|1989-11-30⟧\nAddress: ⟦A|Unit 12B, Avida Towers, 34th St., Bonifacio Global City, Taguig 1634⟧\nLTMS password: ⟦S|Mercado#1989⟧ (please ignore, I typed it in wrong box)",
    )
    r(
        "en_NG",
        "web_form",
        "FRSC – Driver's Licence Renewal\nLicence No.: ⟦DL|KAD48213AA02⟧\nName: ⟦P|Hauwa Ibrahim Yusuf⟧\nDOB: ⟦DOB|1986-07-15⟧\nState: Kaduna\nAddress: ⟦A|23 Constitution Road, Ungwan Rimi, Kaduna⟧\nPhone: ⟦PH|0809 441 2278⟧\nPayment ref: ⟦o:REQ|FRSC-RRR-2811-4457-0913⟧ ⟦o:AMT|₦15,000⟧",
    )
    r(
        "en_MY",
        "chat",
        "bro lend ur grab account jap, mine kena banned\nlol ok, ⟦E|hafiz.rahman92@gmail.com⟧ pw ⟦S|Hafiz_92rahman⟧. Don't order GrabFood pakai my card ⟦CC|5240 1133 7892 1043⟧ ok\nsure bro 🙏\nalso my JPJ licence expired, number ⟦DL|D0987654⟧, can u check MyJPJ app for me",
    )
    r(
        "en_IN",
        "support_ticket",
        "Freshdesk #771230 – customer sent netbanking credentials\nCustomer Mr. ⟦P|Joseph Mathew⟧ (⟦E|joseph.mathew.kochi@gmail.com⟧) wrote: user id ⟦S|JOSEPHM1972⟧ password ⟦S|Kochi@Ernakulam72⟧ MPIN ⟦S|1972⟧, please check why login fails. Agent masked and advised reset. From ⟦L|Kochi⟧, IP ⟦IP|117.216.45.91⟧.",
    )
    r(
        "en_AE",
        "email",
        "Hi IT,\nVPN for the Abu Dhabi site: server ⟦IP|185.177.24.6⟧, pre-shared key ⟦S|AdVpn!2024#Psk⟧, my temp pwd ⟦S|Welcome@123⟧. Please reset, I'm in ⟦L|Al Ain⟧ this week.\n⟦P|Rohan Pillai⟧, ext ⟦PH|+971 2 694 1100 ext. 4471⟧",
    )
    r(
        "en_ZA",
        "chat",
        "hey the alarm code for the Sandton flat is ⟦S|8841⟧ and the wifi is 'Nkosi_Fibre' pw ⟦S|Ubuntu4Life!⟧\nthanks bru. armed response number?\n⟦PH|011 881 2000⟧ ADT",
    )
    r(
        "en_AU",
        "support_ticket",
        "Shopify support: merchant pasted Admin API token ⟦S|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⟧ in the chat. Store ⟦o:ROW|aussie-koala-gifts.myshopify.com⟧, plan ⟦o:PROD|Shopify Advanced⟧. Merchant ⟦P|Bronwyn Hale⟧, ⟦PH|+61 3 9012 4471⟧. Recommended immediate rotation.",
    )
    r(
        "en_IL",
        "support_ticket",
        "Ops note: Grafana at ⟦UC|https://viewer:Gr4fana!TLV@grafana.internal.co.il:3000⟧ exposed to internet from ⟦IP|212.143.88.19⟧. Found by ⟦P|Itai Mizrahi⟧. Incident ⟦o:TKT|SEC-INC-0412⟧.",
    )
    r(
        "en_KE",
        "email",
        "Hi, the KCB bank API sandbox creds you shared are ⟦UC|https://kcb_dev:Nai9r0bi!@sandbox.kcbgroup.com/v1/⟧ and client secret ⟦S|cS_9Xq28LmP4vTz71RbK0⟧ – please stop emailing these. – ⟦P|Njeri Wambui⟧, Nairobi",
    )
    r(
        "en_IN",
        "email",
        "Dear AIIMS OPD,\nMy father Shri ⟦P|Ram Prakash Gupta⟧, UHID ⟦MRN|AIIMS/2023/0045712⟧, has a follow-up with Dr. ⟦P|R. K. Sinha⟧ on ⟦o:D|04/04/2024⟧. CGHS card ⟦HPN|CGHS-DL-1188273⟧. Please confirm.\n⟦P|Anjali Gupta⟧, ⟦PH|011-2658 8500 ext 3312⟧",
    )
    r(
        "en_GH",
        "call_notes",
        "Korle Bu Teaching Hospital records – caller ⟦P|Nana Ama Owusu⟧ requesting folder no for her mother Madam ⟦P|Akosua Owusu⟧. Folder ⟦MRN|KBTH-24-118273⟧. NHIS card ⟦HPN|NHIS-0017728194⟧. DOB ⟦DOB|1958⟧ only known year.",
    )
    r(
        "en_AE",
        "call_notes",
        "Aster Clinic – caller Mr. ⟦P|Shaji Varghese⟧ wants lab report for file ⟦MRN|AST-QSS-2204518⟧, Neuron card ⟦HPN|NEU-44812907⟧. Said he's currently at ⟦A|Flat 305, Al Qusais Building 7, Damascus Street, Al Qusais, Dubai⟧. Mobile ⟦PH|050 771 3308⟧.",
    )
    r(
        "en_HK",
        "kyc_request",
        "Futu Securities – Mainland client onboarding\nName: ⟦P|Zhang Xiaoling⟧ (張曉玲)\nPRC Resident ID: ⟦NID@cn.ric|440304198507123414⟧\nDOB: ⟦DOB|1985年07月12日⟧\nHK address: ⟦A|Room 2305, 23/F, Tower 1, Grand Central, 2 Kwun Tong Road, Kowloon⟧\nCurrently living in: ⟦L|Futian District, Shenzhen⟧\nMobile: ⟦PH|+86 138 2877 4412⟧ / ⟦PH|+852 5118 2290⟧\nEmail: ⟦E|zhang.xiaoling@163.com⟧",
    )
    r(
        "en_ID",
        "email",
        "Dear Traveloka CS,\nMy refund for booking ⟦o:ORD|1182934471⟧ (⟦o:FLT|GA 402⟧ CGK–DPS, ⟦o:D|12 April 2024⟧) has not come after ⟦o:QTY|30 days⟧. Passenger: ⟦P|Putu Ayu Saraswati⟧, NIK ⟦NID@id.nik|3471085309870001⟧, passport ⟦PP|C4471823⟧. "
        "Refund to BCA a/c ⟦BBAN|8720 1123 44⟧ a.n. ⟦P|I Gede Made Wirawan⟧ (husband). Phone ⟦PH|+62 811-3955-2071⟧.\nSalam, Ayu",
    )
    r(
        "en_ID",
        "call_notes",
        "Telkomsel CS – caller Bapak ⟦P|Agus Setiawan⟧ says number ⟦PH|0813 1122 4567⟧ was registered with someone else's NIK. His NIK ⟦NID@id.nik|3273014708920005⟧. Lives ⟦A|Jl. Cihampelas No. 160, Cipaganti, Coblong, Bandung 40131⟧. Ticket ⟦o:TKT|TSEL-9928341⟧.",
    )
    r(
        "en_SA",
        "chat",
        "Salam ⟦P|Abu Fahad⟧, the Careem captain can't find the villa\nSend him location pin, it's ⟦A|Villa 8, Prince Sultan Street, Al Rawdah District, Jeddah 23435⟧\ndone. his number ⟦PH|+966 53 441 2290⟧, name ⟦P|Imran Khan Niazi⟧ lol\nhaha not that one 😂",
    )
    r(
        "en_EG",
        "chat",
        "Uber Egypt support: Hi ⟦P|Nourhan⟧, we're sorry about your trip on ⟦o:D|14 Mar⟧ (trip id ⟦o:UUID|a7f2c1e8-44b1-4f2e-9a0d-77c2e1b5f318⟧). We've refunded ⟦o:AMT|EGP 87.50⟧ to your card ending 1104.\nNourhan: thanks. also driver had my home address ⟦A|21 Abbas El Akkad St, Nasr City, Cairo⟧ saved as pickup, pls remove",
    )
    r(
        "en_IE",
        "complaint_letter",
        "To: Complaints, Bord Gáis Energy\n\nAccount ⟦o:ROW|900441122⟧, MPRN ⟦o:ROW|10012345678⟧.\n\nI am Mrs ⟦P|Dervla Ní Bhriain⟧ of ⟦A|Ard na Gréine, 4 Knocknacarra Road, Galway H91 K2X5⟧. You estimated ⟦o:AMT|€612.40⟧ for two months. My PPS is ⟦NID@ie.pps|5072391R⟧ if needed for the hardship scheme. Ring me on ⟦PH|091 522 871⟧.\n\nIs mise le meas",
    )
    r(
        "en_CA",
        "forum_post",
        "Posting in r/PersonalFinanceCanada: got a scam text claiming to be CRA asking me to confirm SIN ⟦NID@ca.sin|132578907⟧ — that's actually my real one because I typed it into their form before realising 😩. Called CRA from ⟦L|Surrey, BC⟧, reference ⟦o:TKT|CRA-24-0099182⟧. What else should I do? – ⟦P|Gurleen⟧",
    )
    r(
        "en_AU",
        "hr_form",
        "Volunteer registration – Melbourne Multicultural Festival\nName: ⟦P|Oksana Kovalenko⟧\nDOB: ⟦DOB|08/01/1997⟧\nWWCC no.: ⟦NID|WWC 1884412A-01⟧\nAddress: ⟦A|2/7 Hope Street, Brunswick VIC 3056⟧\nEmergency contact: ⟦P|Bjørn Halvorsen⟧ ⟦PH|0455 918 224⟧\nLanguages: Ukrainian, Russian, English\nShirt size ⟦o:SKU|TS-M-BLU⟧",
    )
    r(
        "en_AE",
        "email",
        "Dear Sir,\nI am ⟦P|Diego Alejandro Ramírez⟧, sales engineer at Siemens Dubai. My tenancy contract (Ejari ⟦o:ROW|0120240318004471⟧) for ⟦A|Apartment 2104, Burj Vista 1, Downtown Dubai⟧ needs renewal. Rent ⟦o:AMT|AED 145,000⟧ in ⟦o:QTY|4⟧ cheques. My EID ⟦NID|784-1987-4521376-3⟧ is attached. Mobile ⟦PH|+971 52 118 7703⟧.\nBest, Diego",
    )
    r(
        "en_PH",
        "support_ticket",
        "Zendesk #55810 – agent in Manila pasted the client's CCTV NVR link in the public ticket: ⟦UC|rtsp://admin:Cctv2023!@112.198.77.41:554/Streaming/Channels/101⟧ . Client Engr. ⟦P|Ramon Aquino⟧, warehouse at ⟦A|Lot 5 Blk 3, First Cavite Industrial Estate, Brgy. Langkaan, Dasmariñas, Cavite 4114⟧. Firmware ⟦o:VER|V4.30.085⟧. Please redact.",
    )


load(r)


def main():
    rows = []
    for i, (loc, sty, src) in enumerate(R):
        text, spans = parse(src)
        rec = {
            "id": f"h12a-{i:05d}",
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
    with open("heldout12a.jsonl", "w", encoding="utf-8") as f:
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
