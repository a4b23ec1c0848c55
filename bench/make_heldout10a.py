#!/usr/bin/env python3
"""Build heldout10a.jsonl from hand-written records with inline markup.
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
    # ---- banks ----
    r(
        "en_GB",
        "call_transcript",
        "[00:00:04] AGENT: good morning you're through to card services my name's ⟦P|Kieran⟧ can I take your full name please\n"
        "[00:00:09] CALLER: yeah hi it's um ⟦P|Siobhan O'Driscoll⟧ that's ⟦P~spoken|S I O B H A N⟧\n"
        "[00:00:15] AGENT: lovely and the first line of your address and postcode\n"
        "[00:00:18] CALLER: ⟦A~spoken|flat two forty one Cromwell Road⟧ ⟦a:PC~spoken|S W five one one Q Q⟧ no wait it's ⟦a:PC~spoken|S W five four Q Q⟧ sorry\n"
        "[00:00:31] AGENT: no problem and your date of birth\n"
        "[00:00:33] CALLER: ⟦DOB~spoken|fourteenth of March nineteen eighty seven⟧\n"
        "[00:00:38] AGENT: thank you so you said the card was declined at about ⟦o:T|half two⟧ for ⟦o:AMT|forty nine ninety nine⟧ yeah",
    )
    r(
        "en_GB",
        "call_transcript",
        "AGENT: can you read me the long number on the front of the card\n"
        "CALLER: ⟦CC~spoken|four five three two oh one five one one two eight three oh three six six⟧\n"
        "AGENT: sorry you broke up there could you go again in fours\n"
        "CALLER: ⟦CC~spoken|four five three two, oh one five one, one two eight three, oh three six six⟧\n"
        "AGENT: [typed] ⟦CC|4532 0151 1283 0366⟧ thank you and the three digits on the back I don't need those actually ignore that\n"
        "CALLER: oh ok the dispute reference you gave me last time was ⟦o:TKT~spoken|D R nine nine four one two⟧",
    )
    r(
        "en_GB",
        "call_transcript",
        "AGENT: so to set up the payee I'll need their sort code and account number\n"
        "CALLER: right sort code is ⟦a:BC~spoken|two oh double oh three five⟧ and the account is ⟦BBAN~spoken|four seven eight five one two oh four⟧\n"
        "AGENT: and the name on the account\n"
        "CALLER: ⟦P|Tomasz Wiśniewski⟧ ⟦P~spoken|W I S N I E W S K I⟧ there's like an accent on the S but you can leave it\n"
        "AGENT: ok and how much are we sending today\n"
        "CALLER: ⟦o:AMT|twelve hundred quid⟧ it's for the deposit on the van\n"
        "AGENT: lovely I'm just going to send a one time passcode to the mobile we have on file can you read it back to me\n"
        "CALLER: yeah it's ⟦S~spoken|eight one six oh two nine⟧",
    )
    r(
        "en_US",
        "call_transcript",
        "[agent] thank you for calling this call may be recorded for quality my name is ⟦P|Latasha⟧ who am I speaking with\n"
        "[caller] hi this is ⟦P|Brandon Kowalczyk⟧\n"
        "[agent] and for verification the last four of your social\n"
        "[caller] um actually you want the whole thing it's ⟦SSN~spoken|four one two, six seven, nine zero five three⟧\n"
        "[agent] I only need the last four but ok I have it thank you mister ⟦P|Kowalczyk⟧ and the best callback number\n"
        "[caller] ⟦PH~spoken|five one seven, five five five, oh one eight four⟧\n"
        "[agent] perfect and I see the wire for ⟦o:AMT|thirty two hundred dollars⟧ on ⟦o:D|the ninth⟧ is still pending",
    )
    r(
        "en_US",
        "call_transcript",
        "CUSTOMER: my routing number is ⟦a:BC~spoken|zero two one zero zero zero zero two one⟧ and the checking account is ⟦BBAN~spoken|four eight three seven seven one nine two oh six⟧\n"
        "AGENT: let me read that back ⟦BBAN~spoken|four eight three seven double seven one nine two zero six⟧\n"
        "CUSTOMER: yep\n"
        "AGENT: and that's under ⟦P|Guadalupe Ríos-Herrera⟧\n"
        "CUSTOMER: yes ⟦P~spoken|Ríos hyphen Herrera⟧\n"
        "AGENT: great your direct deposit will start with the pay period ending ⟦o:D|October thirty first⟧",
    )
    r(
        "en_IN",
        "call_transcript",
        "Agent: namaste sir, welcome to phone banking, I am ⟦P|Pooja⟧. May I know your good name\n"
        "Caller: haan, ⟦P|Venkatesh Subramaniam⟧\n"
        "Agent: thank you sir. for verification please tell your registered mobile number\n"
        "Caller: ⟦PH~spoken|nine eight four double one, two six three oh seven⟧\n"
        "Agent: and PAN number sir\n"
        "Caller: ⟦TAX@in.pan~spoken|A B C P K four eight two one L⟧\n"
        "Agent: ok sir one moment. your FD of ⟦o:AMT|two lakh fifty thousand⟧ is maturing on ⟦o:D|fifteenth December⟧\n"
        "Caller: ok ok. and the interest rate is ⟦o:PCT|seven point one percent⟧ na",
    )
    r(
        "en_IN",
        "call_transcript",
        "Caller: my aadhaar is ⟦NID@in.aadhaar~spoken|two three four five six seven eight nine oh one two four⟧ madam\n"
        "Agent: sir I don't need full aadhaar only last four digits. I have noted only last four\n"
        "Caller: ok sorry. my wife ⟦P|Lakshmi⟧ also has account, joint account\n"
        "Agent: yes sir I can see. the cheque book request ⟦o:REQ|SR nine zero four four one seven⟧ has been raised, it will come in ⟦o:QTY|seven working days⟧ to your address ⟦A|No. 14, 3rd Cross, Jayanagar 4th Block⟧ ⟦L|Bengaluru⟧ correct?\n"
        "Caller: correct correct",
    )
    r(
        "en_AU",
        "call_transcript",
        "AGENT: g'day you're speaking with ⟦P|Mitch⟧ what can I do for you\n"
        "CALLER: yeah gidday I just need to update my address I've moved\n"
        "AGENT: no worries what's the new address\n"
        "CALLER: it's ⟦A~spoken|unit four slash twenty two Gympie Street⟧ ⟦L|Northgate⟧ Queensland ⟦a:PC~spoken|four oh one three⟧\n"
        "AGENT: ⟦A~spoken|unit four twenty two Gympie Street Northgate⟧ and can I just confirm your name and date of birth\n"
        "CALLER: ⟦P|Aroha Ngata⟧ and it's ⟦DOB~spoken|the second of the ninth ninety one⟧\n"
        "AGENT: thanks ⟦P|Aroha⟧ and your tax file number is still ⟦TAX@au.tfn~spoken|one two three four five six seven eight two⟧ on file just confirming\n"
        "CALLER: yep",
    )
    r(
        "en_IE",
        "voicemail",
        "Voicemail from ⟦PH|+353 87 214 9930⟧ received ⟦o:D|Tue 4 Nov⟧ ⟦o:T|16:42⟧ (duration ⟦o:T|0:48⟧): hi this is ⟦P|Declan Ó Súilleabháin⟧ I'm ringing about the mortgage application, the reference is ⟦o:REQ~spoken|M A P seven seven one three⟧, my PPS number is ⟦NID@ie.pps~spoken|one two three four five six seven T⟧ if you need it, and you can ring me back on ⟦PH~spoken|oh eight seven two one four double nine three oh⟧ any time after two, thanks a million, bye",
    )
    r(
        "en_GB",
        "call_transcript",
        "AGENT: and can you just give me characters two five and eight of your security password\n"
        "CALLER: um hang on my password is ⟦S~spoken|blackbird with a capital B one nine seven four exclamation mark⟧ so two is L five is K... wait no\n"
        "AGENT: please don't read the whole password out sir we only ever ask for three characters\n"
        "CALLER: oops ok well it's been said now\n"
        "AGENT: I'm going to flag that so you can reset it, what's your name please\n"
        "CALLER: ⟦P|Rajinder Singh Bhogal⟧\n"
        "AGENT: thank you mister ⟦P|Bhogal⟧ I've raised case ⟦o:TKT|CSR-7704213⟧ for a password reset",
    )
    r(
        "en_US",
        "voicemail",
        "(Transcribed by Voicemail) \"hey it's ⟦P|Danielle⟧ from the branch on Fifth just calling for Mr. ⟦P|Okonkwo⟧ ⟦P|Chidi Okonkwo⟧ about the safe deposit box renewal um the fee is ⟦o:AMT|one twenty five⟧ and it's due ⟦o:D|January first⟧ give us a call back at ⟦PH~spoken|two one two five five five oh seven seven three⟧ extension ⟦o:QTY|four one⟧ thanks\"",
    )
    r(
        "de_DE",
        "interpreted_call",
        "DOLMETSCHER (DE→EN): Der Kunde sagt seine IBAN ist ⟦IBAN~spoken|D E 89 37 04 00 44 05 32 01 30 00⟧ ... he says his IBAN is ⟦IBAN|DE89 3704 0044 0532 0130 00⟧\n"
        "AGENT: and the account holder\n"
        "DOLMETSCHER: ⟦P|Jürgen Haßelbeck⟧, mit scharfem S. He lives in ⟦A|Lindenstraße 7a⟧, ⟦a:PC|50674⟧ ⟦L|Köln⟧\n"
        "AGENT: and the amount of the refund\n"
        "DOLMETSCHER: ⟦o:AMT|dreihundertvierzig Euro⟧, three hundred forty euros",
    )
    # ---- insurers / clinics / pharmacies ----
    r(
        "en_US",
        "call_transcript",
        "00:01:12 REP: okay and the member ID on the front of your card\n"
        "00:01:15 CALLER: it's ⟦HPN~spoken|W as in whiskey, Z as in zebra, H, eight eight one, four oh two, seven seven six⟧\n"
        "00:01:24 REP: ⟦HPN~spoken|W Z H eight eight one four zero two seven seven six⟧, and the group number ⟦o:REQ~spoken|zero zero four one seven⟧\n"
        "00:01:30 CALLER: yes\n"
        "00:01:31 REP: and patient name and date of birth\n"
        "00:01:33 CALLER: it's for my son ⟦P|Ezekiel Whitfield⟧ he was born ⟦DOB~spoken|June sixth two thousand twelve⟧\n"
        "00:01:40 REP: thank you the claim for ⟦o:AMT|two hundred eighteen dollars⟧ from ⟦o:D|August twenty second⟧ was denied for code ⟦o:ERR|CO ninety seven⟧",
    )
    r(
        "en_GB",
        "call_transcript",
        "RECEPTIONIST: surgery good afternoon ⟦P|Bev⟧ speaking\n"
        "CALLER: hiya I need to book in for my mum she's ⟦P|Margaret Ellen Pryce⟧\n"
        "RECEPTIONIST: date of birth\n"
        "CALLER: ⟦DOB~spoken|twenty third of the sixth thirty eight⟧\n"
        "RECEPTIONIST: and do you have her NHS number handy\n"
        "CALLER: yeah it's ⟦NID@gb.nhs~spoken|nine four three four seven six five nine one nine⟧\n"
        "RECEPTIONIST: lovely I've got her at ⟦A~spoken|twelve Heol y Nant⟧ ⟦L|Pontypridd⟧ is that still right\n"
        "CALLER: that's it yeah\n"
        "RECEPTIONIST: I can do ⟦o:D|Thursday the ninth⟧ at ⟦o:T|ten past eleven⟧ with Dr ⟦P|Adeyemi⟧",
    )
    r(
        "en_GB",
        "dictation",
        "Dictated by Mr ⟦P|Farhan Qureshi⟧, consultant orthopaedic surgeon, typed ⟦o:D|03/11⟧ by ⟦P|JT⟧.\n"
        "dear doctor ⟦P|Mackintosh⟧ comma new paragraph thank you for referring this ⟦o:QTY|sixty seven⟧ year old gentleman ⟦P|Alasdair Munro⟧ date of birth ⟦DOB~spoken|eleven oh four nineteen fifty eight⟧ hospital number ⟦MRN~spoken|R H eight three three oh two one⟧ of ⟦A~spoken|forty four Glenburn Drive⟧ ⟦L|Paisley⟧ full stop he reports pain in the left knee for ⟦o:QTY|six months⟧ full stop x-ray on ⟦o:D|the twentieth of October⟧ showed moderate degenerative change full stop yours sincerely",
    )
    r(
        "en_US",
        "dictation",
        "this is doctor ⟦P|Priya Raghunathan⟧ dictating a discharge summary for patient ⟦P|Harold J. Beaumont⟧ M R N ⟦MRN~spoken|zero zero seven four four one nine two⟧ date of birth ⟦DOB~spoken|two twelve forty six⟧ admitted ⟦o:D|ten fourteen⟧ discharged ⟦o:D|ten nineteen⟧ period. diagnosis community acquired pneumonia period. discharged on amoxicillin ⟦o:QTY|five hundred milligrams⟧ three times daily for ⟦o:QTY|seven days⟧ period. follow up with PCP doctor ⟦P|Lindqvist⟧ in ⟦o:QTY|one week⟧ period. end of dictation job number ⟦o:REQ|4471902⟧",
    )
    r(
        "en_US",
        "call_transcript",
        "PHARMACIST: ⟦o:PROD|Walgreens⟧ pharmacy this is ⟦P|Hector⟧\n"
        "CALLER: hi I'm calling to refill a prescription the RX number is ⟦o:ORD~spoken|six oh four two two nine one⟧\n"
        "PHARMACIST: and the patient's name and birthday\n"
        "CALLER: ⟦P|Mei-Ling Tsao⟧ ⟦P~spoken|T S A O⟧, ⟦DOB~spoken|nine nine eighty⟧\n"
        "PHARMACIST: ⟦DOB~spoken|September ninth nineteen eighty⟧ got it. it's the lisinopril ⟦o:QTY|ten milligram⟧ ⟦o:QTY|ninety count⟧ your copay will be ⟦o:AMT|eight fifty⟧ ready after ⟦o:T|four⟧\n"
        "CALLER: can you text me when it's ready ⟦PH~spoken|three oh three, eight two two, four nine one five⟧",
    )
    r(
        "en_GB",
        "voicemail",
        "Message for ⟦P|Aisha⟧: hi ⟦P|Aisha⟧ it's ⟦P|Gemma⟧ from the pharmacy on ⟦o:PROD|Boots⟧ high street um your repeat's in, the amlodipine, just pop in and quote your NHS number ⟦NID@gb.nhs~spoken|four oh one oh two three eight seven one two⟧ or your date of birth and we'll sort it, we shut at ⟦o:T|six⟧ today, ta-ra",
    )
    r(
        "fr_FR",
        "interpreted_call",
        "INTERPRÈTE : Madame dit qu'elle s'appelle ⟦P|Nadège Lefèvre-Traoré⟧, ⟦P~spoken|L E F E V R E tiret T R A O R E⟧. Née le ⟦DOB~spoken|douze mai mille neuf cent soixante-dix-huit⟧.\n"
        "AGENT: her social security number?\n"
        "INTERPRÈTE : son numéro de sécu c'est ⟦NID@fr.nir~spoken|1 85 05 78 006 048 30⟧ — ⟦NID~spoken|one eight five, zero five, seven eight, zero zero six, zero four eight, three zero⟧.\n"
        "AGENT: and where does she live\n"
        "INTERPRÈTE : ⟦A~spoken|trente-deux rue des Tanneurs⟧, ⟦a:PC|78000⟧ ⟦L|Versailles⟧. Elle dit que le remboursement de ⟦o:AMT|soixante-trois euros⟧ n'est jamais arrivé.",
    )
    r(
        "es_ES",
        "interpreted_call",
        "INTÉRPRETE: el señor dice que su nombre es ⟦P|Joaquín Peñalver Ortuño⟧ y su DNI es ⟦NID@es.dni~spoken|48 29 17 35 S⟧, S de Soria.\n"
        "AGENT: date of birth?\n"
        "INTÉRPRETE: ⟦DOB~spoken|el tres de enero del sesenta y cuatro⟧, ⟦DOB~spoken|January third sixty-four⟧\n"
        "AGENT: and the policy number\n"
        "INTÉRPRETE: póliza ⟦HPN~spoken|S A N guion cuatro cuatro siete uno nueve dos⟧ — ⟦HPN~spoken|SAN dash four four seven one nine two⟧\n"
        "AGENT: tell him the claim ⟦o:TKT|SIN-2291-03⟧ was approved for ⟦o:AMT|mil doscientos euros⟧",
    )
    r(
        "en_US",
        "call_transcript",
        "AGENT: ⟦o:PROD|Geico⟧ claims this is ⟦P|Marcus⟧ can I get your policy number\n"
        "CALLER: yeah it's um ⟦HPN~spoken|four four oh two dash one eight six dash seven seven⟧ oh wait that's the health one hold on\n"
        "CALLER: the claim number you gave me last time is ⟦o:TKT~spoken|six one nine two eight eight three four⟧\n"
        "AGENT: okay and the other driver's info from the exchange\n"
        "CALLER: her name was ⟦P|Kimberly Ann Deluca⟧ license number ⟦DL~spoken|D four one two dash seven seven three dash nine oh eight dash two two one⟧ from Illinois\n"
        "AGENT: and the date and time of the accident\n"
        "CALLER: ⟦o:D|Saturday the eleventh⟧ around ⟦o:T|seven fifteen p m⟧",
    )
    r(
        "en_US",
        "dispatch_log",
        "2317 HRS CALLER REPORTS MVA HWY 9 MM 42. UNIT 14 ENRT. CALLER ⟦P|DWAYNE FOSTER⟧ CB ⟦PH|(541) 555-0147⟧. DRIVER 2 SELF IDENT AS ⟦P|CAROL NUÑEZ⟧ DOB ⟦DOB|03/17/1969⟧ OL ⟦DL|N240-773-69-117⟧ OR. 2321 UNIT 14 ON SCENE. NO INJURIES. TOW REQ ⟦o:REQ|T-88412⟧. INCIDENT ⟦o:TKT|25-018842⟧",
    )
    r(
        "en_GB",
        "call_transcript",
        "CALL HANDLER: ambulance is the patient breathing\n"
        "CALLER: yes yes he's breathing he's just collapsed it's my dad\n"
        "CALL HANDLER: what's the address of the emergency\n"
        "CALLER: ⟦A~spoken|nineteen B Albion Terrace⟧ it's the flat above the chippy ⟦L|Whitby⟧ ⟦a:PC~spoken|Y O twenty one three D E⟧\n"
        "CALL HANDLER: and the phone number you're calling from\n"
        "CALLER: ⟦PH~spoken|oh seven seven double oh nine double oh one two three⟧\n"
        "CALL HANDLER: how old is your dad\n"
        "CALLER: he's ⟦o:QTY|seventy four⟧, ⟦P|Brian Aldous⟧\n"
        "CALL HANDLER: ok help is being arranged incident ⟦o:TKT|0412-2211⟧ stay on the line",
    )
    r(
        "en_US",
        "voicemail",
        "hi this message is for ⟦P|Teodora Petrović⟧ this is ⟦P|Shannon⟧ calling from ⟦o:PROD|Lakeside Dermatology⟧ to confirm your appointment on ⟦o:D|Wednesday November twelfth⟧ at ⟦o:T|nine forty five⟧ please bring your insurance card and photo ID, if you need to reschedule call ⟦PH~spoken|six one two, five five five, oh one three six⟧ and press ⟦o:QTY|two⟧ thank you",
    )
    # ---- IT helpdesk ----
    r(
        "en_US",
        "call_transcript",
        "[09:14:02] TECH: service desk this is ⟦P|Arjun⟧ can I get your employee email\n"
        "[09:14:06] USER: yeah it's ⟦E~spoken|k dot nakamura at halvorsen logistics dot com⟧ K like kilo\n"
        "[09:14:12] TECH: ok ⟦E|k.nakamura@halvorsenlogistics.com⟧ and you're ⟦P|Kenji Nakamura⟧ yes\n"
        "[09:14:15] USER: that's me, I'm locked out after the update to ⟦o:VER~spoken|version four point two point one⟧\n"
        "[09:14:22] TECH: can you read me the IP it shows in the bottom corner\n"
        "[09:14:26] USER: ⟦IP~spoken|ten dot forty dot one twelve dot nine⟧\n"
        "[09:14:31] TECH: perfect I'm going to reset you to a temp password it's ⟦S~spoken|capital T r o u t seven seven hash echo⟧ all one word\n"
        "[09:14:40] TECH: your ticket is ⟦o:TKT~spoken|I N C zero zero four four one nine eight⟧",
    )
    r(
        "en_GB",
        "call_transcript",
        "USER: the error says ⟦o:ERR~spoken|oh ex eight oh oh seven oh oh five⟧ whatever that means\n"
        "TECH: right that's usually the proxy, what's your machine's IP\n"
        "USER: uh ⟦IP~spoken|one nine two dot one six eight dot oh dot two one four⟧\n"
        "TECH: and is your username still ⟦E|ffitzgerald@kestrelhomes.co.uk⟧\n"
        "USER: yeah ⟦P|Fionnuala Fitzgerald⟧\n"
        "TECH: ok ⟦P|Fionnuala⟧ I can see the proxy config has ⟦UC|http://svc_proxy:Wint3r!2024@10.2.0.5:8080⟧ hardcoded which is why it's failing, I'll push a new one\n"
        "USER: sorry what was that\n"
        "TECH: never mind, restart in ⟦o:QTY|five minutes⟧",
    )
    r(
        "en_US",
        "voice_assistant",
        "USER: hey computer connect to the office VPN\n"
        "ASSISTANT: what's the server address\n"
        "USER: ⟦IP~spoken|two oh three dot oh dot one one three dot forty seven⟧\n"
        "ASSISTANT: and the username\n"
        "USER: ⟦E~spoken|r dot abernathy at tessaract labs dot io⟧\n"
        "ASSISTANT: and the password\n"
        "USER: ⟦S~spoken|purple monkey dishwasher eighty eight⟧\n"
        "ASSISTANT: connecting to ⟦IP|203.0.113.47⟧ as ⟦E|r.abernathy@tessaractlabs.io⟧",
    )
    r(
        "en_IN",
        "call_transcript",
        "Engineer: sir please tell me the database connection string you are using\n"
        "Caller: it is ⟦UC~spoken|postgres colon slash slash app underscore user colon Kolkata at the rate 21 at db dot internal colon five four three two⟧ slash orders\n"
        "Engineer: sir you should not say password on phone call, I will rotate it. your name?\n"
        "Caller: ⟦P|Subhajit Chakraborty⟧, employee ID ⟦o:ROW|E4471⟧\n"
        "Engineer: ok ⟦P|Subhajit⟧ ji, I am raising change request ⟦o:TKT|CHG0091442⟧ and new password I will send to ⟦E|subhajit.c@nirmaan-infra.in⟧",
    )
    r(
        "en_GB",
        "call_transcript",
        "TECH: go to the router page, the address is ⟦IP~spoken|one nine two dot one six eight dot one dot two five four⟧\n"
        "CALLER: ok it's asking for a login\n"
        "TECH: username admin and the password on the sticker\n"
        "CALLER: it says ⟦S~spoken|K D nine seven F Q two two X L⟧\n"
        "TECH: ok you're in, now what's the WAN IP showing\n"
        "CALLER: ⟦IP~spoken|eighty one dot one oh two dot two two one dot seventeen⟧\n"
        "TECH: perfect so the line is up, it's your mesh unit, model ⟦o:PROD|Deco X20⟧ firmware ⟦o:VER|1.1.6⟧, I'll send an engineer, reference ⟦o:TKT|BTX-551902⟧ and the account holder is ⟦P|Olumide Bankole⟧ yeah",
    )
    r(
        "en_US",
        "subtitles",
        "1\n00:03:11,400 --> 00:03:14,200\nso in this tutorial I'm gonna show you\nhow to set up your home server\n\n"
        "2\n00:03:14,300 --> 00:03:18,900\nfirst SSH in, mine's at ⟦IP|192.168.50.23⟧\nI'll blur it later lol\n\n"
        "3\n00:03:19,000 --> 00:03:23,500\nand the password is ⟦S~spoken|hunter two hunter two⟧\ndon't hack me\n\n"
        "4\n00:03:23,600 --> 00:03:27,000\nwe're running ⟦o:PROD|Ubuntu⟧ ⟦o:VER|24.04⟧ with ⟦o:QTY|16 gigs⟧ of RAM",
    )
    r(
        "en_US",
        "call_transcript",
        "TECH: can you paste the URL from the config into chat\n"
        "USER: [chat] ⟦UC|https://deploy:gH7%40pL2qz@git.meridianhealth.local/infra.git⟧\n"
        "TECH: ok thanks, and say the build number for me\n"
        "USER: build ⟦o:VER~spoken|twenty twenty five dot eleven dot three⟧ commit starts ⟦o:SHA~spoken|a nine f three c⟧\n"
        "TECH: and who's the owner of that repo\n"
        "USER: ⟦P|Ingrid Solberg⟧ she's out until ⟦o:D|Monday⟧\n"
        "TECH: I'll email her at ⟦E|ingrid.solberg@meridianhealth.org⟧ and rotate that deploy password",
    )
    r(
        "nl_NL",
        "interpreted_call",
        "TOLK: meneer zegt: mijn wachtwoord is ⟦S~spoken|tulp tulp negen negen⟧, and he says his password is ⟦S~spoken|tulp tulp nine nine⟧, he wants it reset\n"
        "HELPDESK: name please\n"
        "TOLK: ⟦P|Pieter-Jan van der Hoeven⟧, met een lange IJ... he spells ⟦P~spoken|H O E V E N⟧\n"
        "HELPDESK: email\n"
        "TOLK: ⟦E~spoken|pj punt vanderhoeven apenstaartje ziggo punt nl⟧, that is ⟦E|pj.vanderhoeven@ziggo.nl⟧\n"
        "HELPDESK: his IP address please\n"
        "TOLK: ⟦IP|84.27.193.6⟧",
    )
    r(
        "en_GB",
        "call_transcript",
        "AGENT: for security I've just sent a six digit code by text can you read it out\n"
        "CALLER: ⟦S~spoken|four seven, two two, nine oh⟧\n"
        "AGENT: thank you that's verified. and the recovery email is still ⟦E~spoken|tasha underscore m nine two at hotmail dot co dot uk⟧\n"
        "CALLER: yes that's the one\n"
        "AGENT: I'll send the new router to ⟦A~spoken|flat six Kingfisher Court twenty Mill Lane⟧ ⟦L|Stockport⟧ ⟦a:PC~spoken|S K one two A G⟧\n"
        "CALLER: brill. oh and it's ⟦P|Natasha Mensah-Boateng⟧ on the account\n"
        "AGENT: yep ⟦P|Natasha Mensah-Boateng⟧ got it, order ⟦o:ORD|VM-20331874⟧",
    )
    r(
        "en_US",
        "call_transcript",
        "CALLER: my recovery codes are ⟦S~spoken|seven four one nine dash two two eight oh⟧ and ⟦S~spoken|five five three one dash nine oh nine four⟧ do those work\n"
        "AGENT: you only need one, I've used the first. you should be in now\n"
        "CALLER: great and can you change the phone on file to ⟦PH~spoken|four one five, five five five, two two nine eight⟧\n"
        "AGENT: done, anything else mister ⟦P|Abernathy⟧\n"
        "CALLER: nope thanks\n"
        "AGENT: case ⟦o:TKT|00918244⟧ closed at ⟦o:T|10:42 AM⟧",
    )
    # ---- airlines / travel ----
    r(
        "en_GB",
        "call_transcript",
        "AGENT: can I have the booking reference please\n"
        "CALLER: it's ⟦o:REQ~spoken|X as in x-ray, R, seven, K, Q as in Quebec, two⟧\n"
        "AGENT: ⟦o:REQ|XR7KQ2⟧ lovely and that's for ⟦o:FLT~spoken|B A two nine three⟧ to Lagos on ⟦o:D|the twenty eighth⟧\n"
        "CALLER: yes. I need to add my passport details for me and my daughter\n"
        "AGENT: go ahead\n"
        "CALLER: mine is ⟦PP~spoken|five three three, four one nine, two eight seven⟧ name ⟦P|Oluwaseun Adebayo-Smith⟧ date of birth ⟦DOB~spoken|thirtieth of April eighty three⟧ and my daughter ⟦P|Temi⟧ is ⟦PP~spoken|one two oh, eight eight four, six six one⟧ born ⟦DOB~spoken|second of February twenty fifteen⟧\n"
        "AGENT: thank you both added, the seats are ⟦o:ROW|thirty one A and B⟧",
    )
    r(
        "en_US",
        "call_transcript",
        "AGENT: and your known traveler number\n"
        "CALLER: ⟦NID~spoken|nine eight one four four two seven oh three⟧\n"
        "AGENT: perfect, that's added to the booking for ⟦o:FLT|DL 1187⟧\n"
        "CALLER: ok. and send the receipt to ⟦E~spoken|jessica dot okafor eighty eight at gmail dot com⟧ two e's in jessica? no just one s, ⟦P~spoken|j e s s i c a⟧, sorry two s's one e\n"
        "AGENT: ⟦E|jessica.okafor88@gmail.com⟧ and the ⟦o:AMT|change fee of seventy five dollars⟧ will go on the card on file\n"
        "CALLER: that's fine, it's ⟦P|Jessica Okafor⟧",
    )
    r(
        "es_MX",
        "interpreted_call",
        "INTÉRPRETE: La señora ⟦P|María de los Ángeles Villaseñor⟧ dice que perdió su pasaporte, el número era ⟦PP~spoken|G cero cero cuatro siete uno nueve dos tres⟧ — ⟦PP~spoken|G zero zero four seven one nine two three⟧.\n"
        "AGENT: when was she born\n"
        "INTÉRPRETE: nació el ⟦DOB~spoken|veintiuno de octubre de mil novecientos noventa⟧\n"
        "AGENT: and her contact number while she's here\n"
        "INTÉRPRETE: ⟦PH~spoken|más cincuenta y dos, cincuenta y cinco, dieciocho veintidós, cuarenta y nueve cero uno⟧, ⟦PH~spoken|plus five two five five one eight two two four nine zero one⟧\n"
        "AGENT: her flight ⟦o:FLT|AM 412⟧ departs ⟦o:T|21:35⟧, gate ⟦o:ROW|B14⟧",
    )
    r(
        "en_US",
        "call_transcript",
        "AGENT: the reservation is under what name\n"
        "CALLER: ⟦P|Thuy Nguyen⟧, ⟦P~spoken|T H U Y⟧, and my husband ⟦P|Bao Tran⟧\n"
        "AGENT: I have a room for ⟦o:QTY|two adults⟧ checking in ⟦o:D|December twentieth⟧, ⟦o:QTY|three nights⟧ at ⟦o:AMT|one eighty nine a night⟧\n"
        "CALLER: yes and please charge this card ⟦CC~spoken|five five two nine, zero zero four three, one eight seven seven, six one two zero⟧ expiry ⟦o:D|oh eight twenty eight⟧\n"
        "AGENT: ⟦CC|5529 0043 1877 6120⟧ got it, confirmation number ⟦o:REQ|73319045⟧",
    )
    r(
        "de_DE",
        "call_transcript",
        "MITARBEITERIN: Lufthansa Service, mein Name ist ⟦P|Sabine Krüger⟧, wie kann ich helfen\n"
        "ANRUFER: ja hallo, ähm, ⟦P|Grzegorz Nowicki⟧ hier, ich hab ne Frage zum Flug ⟦o:FLT~spoken|L H vier null zwei⟧ morgen\n"
        "MITARBEITERIN: Buchungscode bitte\n"
        "ANRUFER: ⟦o:REQ~spoken|Z wie Zacharias, L, acht, Q, P, drei⟧\n"
        "MITARBEITERIN: und Ihre Reisepassnummer für die APIS-Daten\n"
        "ANRUFER: ⟦PP~spoken|C F J acht zwei L null sechs X⟧, äh, nein, ⟦PP|CFJ82L06X⟧, das X am Ende\n"
        "MITARBEITERIN: Geburtsdatum\n"
        "ANRUFER: ⟦DOB~spoken|siebter Juli neunzehnhundertneunundsiebzig⟧",
    )
    r(
        "en_GB",
        "dispatch_log",
        "ATC/ground ops log ⟦o:D|07 NOV⟧ ⟦o:T|0642Z⟧: ⟦o:FLT|EZY81QK⟧ requests medical assistance on arrival gate ⟦o:ROW|22⟧. Pax Mr ⟦P|Desmond Achterberg⟧ seat ⟦o:ROW|14C⟧, age ⟦o:QTY|71⟧, chest pain. Paramedics req. Next of kin per crew: ⟦P|Helena Achterberg⟧ ⟦PH|+31 6 2184 4917⟧",
    )
    r(
        "en_US",
        "voicemail",
        "hi yes this is ⟦P|Raymond Castellano⟧ I'm calling about my lost bag the file reference is ⟦o:TKT~spoken|J F K U A six one eight two two⟧ the bag is a black ⟦o:PROD|Samsonite⟧ it has a tag with my name and my address which is ⟦A~spoken|one fourteen Ocean Parkway apartment five J⟧ ⟦L|Brooklyn⟧ New York ⟦a:PC~spoken|one one two one eight⟧ please call me back at ⟦PH~spoken|seven one eight, five five five, oh three oh seven⟧ thank you",
    )
    r(
        "it_IT",
        "interpreted_call",
        "INTERPRETE: il signore dice: mi chiamo ⟦P|Gianluca Esposito⟧, il mio codice fiscale è ⟦TAX@it.codicefiscale~spoken|R S S M R A 85 T 10 A 562 S⟧... sorry, he says his tax code is ⟦TAX@it.codicefiscale|RSSMRA85T10A562S⟧ but his name is ⟦P|Esposito⟧, the code belongs to his father-in-law ⟦P|Mario Rossi⟧\n"
        "AGENT: ok ask for his own\n"
        "INTERPRETE: ⟦TAX@it.codicefiscale|VRDLCU78A01H501M⟧ no that's his brother... he will send it by email to ⟦E|g.esposito78@libero.it⟧\n"
        "AGENT: fine, the rebooking fee is ⟦o:AMT|cinquanta euro⟧",
    )
    # ---- delivery firms ----
    r(
        "en_GB",
        "call_transcript",
        "DRIVER: hiya it's ⟦P|Craig⟧ from ⟦o:PROD|Evri⟧ I'm outside with a parcel for ⟦P|Ngozi⟧\n"
        "CUSTOMER: oh I'm not in can you leave it with next door\n"
        "DRIVER: which number\n"
        "CUSTOMER: ⟦A~spoken|number forty seven⟧ the one with the blue door, Mrs ⟦P|Halloran⟧\n"
        "DRIVER: sound, I'll need your tracking number for the safe place\n"
        "CUSTOMER: ⟦o:TRK~spoken|H zero one A B C nine eight seven six five four three two one⟧\n"
        "DRIVER: sorted, she's signed for it at ⟦o:T|two fifteen⟧",
    )
    r(
        "en_US",
        "call_transcript",
        "AGENT: I can update the delivery address what's the new one\n"
        "CALLER: ⟦A~spoken|twenty two oh nine North Kedzie Avenue unit three R⟧ ⟦L|Chicago⟧ ⟦a:PC~spoken|six oh six four seven⟧\n"
        "AGENT: ⟦A~spoken|twenty two zero nine N Kedzie Ave unit 3R⟧, and that's for ⟦P|Oksana Melnyk⟧\n"
        "CALLER: yes\n"
        "AGENT: and the tracking number so I can find the shipment\n"
        "CALLER: ⟦o:TRK~spoken|one Z nine nine nine A A one oh one two three four five six seven eight four⟧\n"
        "AGENT: found it, ⟦o:QTY|two packages⟧, weight ⟦o:QTY|fourteen pounds⟧, it'll go out ⟦o:D|Friday⟧",
    )
    r(
        "de_DE",
        "voicemail",
        "Sprachnachricht ⟦o:D|Mi, 12.11.⟧ ⟦o:T|08:17⟧: Ja hallo, hier ist ⟦P|Heike Brandstätter⟧, ich hatte eine Sendung erwartet, Sendungsnummer ⟦o:TRK|00340434161094042557⟧, die ist nicht angekommen. Meine Adresse ist ⟦A~spoken|Am Sonnenhang vierzehn⟧, ⟦a:PC~spoken|neun sieben null sieben zwei⟧ ⟦L|Würzburg⟧, und erreichen können Sie mich unter ⟦PH~spoken|null eins sieben eins, drei vier fünf, sechs sieben acht neun⟧. Danke, tschüss.",
    )
    r(
        "fr_FR",
        "call_transcript",
        "LIVREUR : bonjour, c'est ⟦P|Karim⟧ de ⟦o:PROD|Chronopost⟧, je suis devant le ⟦A~spoken|quatorze bis avenue Jean-Jaurès⟧ mais je trouve pas le bâtiment C\n"
        "CLIENTE : ah oui c'est au fond de la cour, code porte ⟦S~spoken|quatre-vingt-deux B quarante⟧\n"
        "LIVREUR : d'accord, c'est pour madame ⟦P|Camille Rousseau-Benali⟧\n"
        "CLIENTE : c'est moi\n"
        "LIVREUR : j'arrive, ⟦o:QTY|deux colis⟧, numéro de suivi qui finit par ⟦o:TRK|XM902⟧",
    )
    r(
        "pt_BR",
        "call_transcript",
        "ATENDENTE: boa tarde, ⟦P|Juliana⟧ falando, qual o CPF do titular\n"
        "CLIENTE: é ⟦NID@br.cpf~spoken|529 982 247 25⟧\n"
        "ATENDENTE: ⟦NID~spoken|cinco dois nove, nove oito dois, dois quatro sete, vinte e cinco⟧, confere. nome completo?\n"
        "CLIENTE: ⟦P|Francisco Assis Nogueira Filho⟧\n"
        "ATENDENTE: o endereço de entrega é ⟦A~spoken|Rua Doutor Arnaldo, mil e duzentos, apartamento trinta e dois⟧, ⟦L|São Paulo⟧, CEP ⟦a:PC~spoken|zero um dois cinco cinco zero zero zero⟧?\n"
        "CLIENTE: isso\n"
        "ATENDENTE: o pedido ⟦o:ORD|BR-7731-0092⟧ sai amanhã, valor do frete ⟦o:AMT|vinte e nove e noventa⟧",
    )
    r(
        "en_AU",
        "voicemail",
        "Hi this is ⟦P|Jarrah⟧ from ⟦o:PROD|StarTrack⟧ trying to deliver to Mr ⟦P|Vikram Malhotra⟧ at ⟦A~spoken|eight slash one hundred and two Beach Road⟧ ⟦L|Bondi⟧ no-one home, it's at the post office now, bring ID and the card number ⟦o:TRK~spoken|M A Y nine nine one seven two⟧ cheers",
    )
    r(
        "en_US",
        "voice_assistant",
        "USER: alexa send a text to my sister\n"
        "ASSISTANT: which contact\n"
        "USER: ⟦P|Rosalind⟧\n"
        "ASSISTANT: I found two numbers for ⟦P|Rosalind⟧. mobile or home\n"
        "USER: mobile. actually just text ⟦PH~spoken|nine one seven, five five five, oh one six two⟧\n"
        "ASSISTANT: what's the message\n"
        "USER: the package is coming ⟦o:D|tuesday⟧ the tracking is ⟦o:TRK~spoken|nine four hundred one one one two zero six⟧ um something and the door code is ⟦S~spoken|one nine seven three pound⟧\n"
        "ASSISTANT: sending to ⟦PH|(917) 555-0162⟧",
    )
    r(
        "en_US",
        "voice_assistant",
        "USER: hey google what's the weather tomorrow in Denver\n"
        "ASSISTANT: tomorrow in Denver it'll be sunny with a high of ⟦o:QTY|fifty eight degrees⟧\n"
        "USER: and set an alarm for ⟦o:T|six fifteen⟧\n"
        "ASSISTANT: okay alarm set for ⟦o:T|6:15 AM⟧\n"
        "USER: add ⟦o:QTY|two dozen eggs⟧ and ⟦o:PROD|oat milk⟧ to my list",
    )
    r(
        "en_GB",
        "call_transcript",
        "AGENT: just need the postcode first\n"
        "CALLER: ⟦a:PC~spoken|B ninety one three Q R⟧ no sorry ⟦a:PC~spoken|B nine one three Q R⟧\n"
        "AGENT: and the house number or name\n"
        "CALLER: it's ⟦A~spoken|Rowan Cottage⟧ no number\n"
        "AGENT: and your name as on the order\n"
        "CALLER: ⟦P|Eilidh MacLeod⟧ ⟦P~spoken|E I L I D H⟧\n"
        "AGENT: thank you, order ⟦o:ORD~spoken|four four eight one nine two two oh⟧ the sofa, delivery slot ⟦o:T|seven till one⟧ on ⟦o:D|the nineteenth⟧, balance ⟦o:AMT|three hundred and twelve pounds⟧",
    )
    r(
        "pl_PL",
        "call_transcript",
        "KURIER: dzień dobry, ⟦P|Paweł⟧, kurier, paczka do pani ⟦P|Agnieszki Zielińskiej⟧\n"
        "KLIENTKA: tak, to ja, ale nie ma mnie w domu\n"
        "KURIER: to zostawię w paczkomacie, poda pani numer telefonu do powiadomienia\n"
        "KLIENTKA: ⟦PH~spoken|sześćset zero dwa, trzysta czterdzieści, sto osiemnaście⟧, czyli ⟦PH|602 340 118⟧\n"
        "KURIER: dobrze, kod odbioru przyjdzie SMS-em, przesyłka ⟦o:TRK|6123901882047⟧ do ⟦o:D|piątku⟧",
    )
    # ---- utilities ----
    r(
        "en_GB",
        "call_transcript",
        "AGENT: ⟦o:PROD|Octopus⟧ Energy you're speaking to ⟦P|Priyanka⟧\n"
        "CALLER: hi I'm moving in and need to give a meter reading\n"
        "AGENT: great, the address\n"
        "CALLER: ⟦A~spoken|flat three, ninety two Mauldeth Road West⟧ ⟦L|Chorlton⟧ ⟦a:PC~spoken|M twenty one seven S P⟧\n"
        "AGENT: and the reading\n"
        "CALLER: ⟦o:QTY~spoken|zero four four one nine point six⟧\n"
        "AGENT: and the meter serial\n"
        "CALLER: ⟦o:SKU~spoken|E one one B zero seven two two eight one⟧\n"
        "AGENT: and who's the bill payer\n"
        "CALLER: me, ⟦P|Ifeoma Chukwuemeka⟧, and for the direct debit account number ⟦BBAN~spoken|three one nine two six eight one nine⟧ sort code ⟦a:BC~spoken|six oh one six one three⟧\n"
        "AGENT: and the email for the bills\n"
        "CALLER: ⟦E~spoken|ifeoma dot c at proton mail dot com⟧",
    )
    r(
        "en_US",
        "call_transcript",
        "REP: ⟦o:PROD|ComEd⟧ this is ⟦P|Tyrone⟧ how can I help\n"
        "CALLER: yeah I got a shutoff notice but I paid\n"
        "REP: can I get the account number\n"
        "CALLER: ⟦BBAN~spoken|oh seven one two two, four four nine one oh, three⟧ hmm no that's the old one. ⟦BBAN~spoken|oh seven one two two four four nine one eight three⟧\n"
        "REP: ok under ⟦P|Luis Alberto Carmona⟧\n"
        "CALLER: that's my dad, I'm ⟦P|Luis Junior⟧\n"
        "REP: I see a payment of ⟦o:AMT|two hundred forty one dollars and eighteen cents⟧ on ⟦o:D|the third⟧ confirmation ⟦o:REQ|PMT88120441⟧ it just hadn't posted",
    )
    r(
        "nl_NL",
        "call_transcript",
        "MEDEWERKER: goedemiddag, ⟦o:PROD|Vattenfall⟧, u spreekt met ⟦P|Fleur⟧\n"
        "BELLER: ja hallo, met ⟦P|Sander de Vries⟧, ik wil mijn IBAN wijzigen voor de automatische incasso\n"
        "MEDEWERKER: wat is het nieuwe rekeningnummer\n"
        "BELLER: ⟦IBAN~spoken|N L 44 R A B O 0123 4567 89⟧, ik typ het even: ⟦IBAN|NL44 RABO 0123 4567 89⟧\n"
        "MEDEWERKER: en uw postcode en huisnummer\n"
        "BELLER: ⟦a:PC~spoken|drie vijf één twee A B⟧, huisnummer ⟦A~spoken|Oudegracht honderdzeventien bis⟧\n"
        "MEDEWERKER: uw termijnbedrag blijft ⟦o:AMT|honderdvierentwintig euro⟧",
    )
    r(
        "en_IE",
        "call_transcript",
        "AGENT: ⟦o:PROD|Electric Ireland⟧ ⟦P|Ciara⟧ speaking\n"
        "CALLER: howya it's ⟦P|Pádraig Mac Giolla Phádraig⟧ I'm setting up the direct debit\n"
        "AGENT: grand, what's your IBAN\n"
        "CALLER: ⟦IBAN~spoken|I E two nine A I B K nine three one one five two one two three four five six seven eight⟧\n"
        "AGENT: lovely. and the MPRN, that's on the bill\n"
        "CALLER: ⟦o:SKU~spoken|one oh zero zero six two four seven eight nine one⟧\n"
        "AGENT: and the supply address is ⟦A|Apt 12, Clarion Quay⟧, ⟦L|Dublin 1⟧\n"
        "CALLER: that's it, eircode ⟦a:PC~spoken|D zero one K F eight four⟧",
    )
    r(
        "en_US",
        "call_transcript",
        "AGENT: water department, name on the account\n"
        "CALLER: ⟦P|Bernadette Oyelaran-Kessler⟧\n"
        "AGENT: service address\n"
        "CALLER: ⟦A~spoken|forty four eleven West Shady Lane⟧ that's one word Shady, ⟦L|Glendale⟧ Arizona\n"
        "AGENT: I see a reading of ⟦o:QTY|eighteen thousand gallons⟧ this cycle which is high, might be a leak. I've opened work order ⟦o:TKT|WO-24-77183⟧ for a tech visit ⟦o:D|Thursday⟧ between ⟦o:T|eight⟧ and ⟦o:T|noon⟧\n"
        "CALLER: ok and call me on ⟦PH~spoken|six two three, five five five, oh one one nine⟧ when they're on the way",
    )
    r(
        "es_ES",
        "call_transcript",
        "OPERADORA: Iberdrola, le atiende ⟦P|Rocío⟧, ¿me dice el titular?\n"
        "CLIENTE: sí, ⟦P|Íñigo Etxeberria Goikoetxea⟧\n"
        "OPERADORA: ¿y el DNI?\n"
        "CLIENTE: ⟦NID@es.dni~spoken|05 83 72 61 E⟧, ⟦NID~spoken|cero cinco, ochenta y tres, setenta y dos, sesenta y uno, E⟧\n"
        "OPERADORA: ¿y la cuenta para domiciliar?\n"
        "CLIENTE: ⟦IBAN~spoken|E S 91 2100 0418 4502 0005 1332⟧\n"
        "OPERADORA: perfecto, el contrato ⟦o:REQ|CT-0019887244⟧ queda a su nombre en ⟦A~spoken|calle Mayor número ocho tercero izquierda⟧, ⟦a:PC|31001⟧ ⟦L|Pamplona⟧",
    )
    # ---- government offices ----
    r(
        "en_US",
        "call_transcript",
        "AGENT: Social Security Administration this call may be monitored, my name is Ms. ⟦P|Harper⟧\n"
        "CALLER: hi yeah I need a replacement card\n"
        "AGENT: your social security number\n"
        "CALLER: ⟦SSN~spoken|five two nine, three eight, one one seven four⟧\n"
        "AGENT: and your full name and date of birth\n"
        "CALLER: ⟦P|Antoine Delacroix Baptiste⟧ ⟦DOB~spoken|August twenty fifth nineteen seventy one⟧\n"
        "AGENT: and your mother's maiden name\n"
        "CALLER: ⟦S~spoken|Fontenot⟧\n"
        "AGENT: your new card will be mailed to ⟦A~spoken|eighteen oh two Esplanade Avenue⟧ ⟦L|New Orleans⟧ within ⟦o:QTY|fourteen business days⟧",
    )
    r(
        "en_US",
        "call_transcript",
        "[IRS] for verification please state your SSN or ITIN\n"
        "[caller] ⟦SSN~spoken|two three one, four four, eight oh six two⟧\n"
        "[IRS] and your filing status and the amount on line eleven of your ⟦o:D|2024⟧ return\n"
        "[caller] married filing jointly, adjusted gross income ⟦o:AMT|eighty seven thousand four hundred twelve⟧\n"
        "[IRS] and your spouse's name and SSN\n"
        "[caller] ⟦P|Deborah Kahananui⟧, ⟦SSN~spoken|six oh eight, two one, three three four nine⟧\n"
        "[IRS] thank you mister ⟦P|Kahananui⟧, the notice ⟦o:TKT|CP2000⟧ refers to ⟦o:AMT|$1,318⟧ of unreported interest",
    )
    r(
        "en_GB",
        "call_transcript",
        "ADVISER: HMRC you're speaking with ⟦P|Gareth⟧ can I take your national insurance number\n"
        "CALLER: it's ⟦NID~spoken|J G one oh three seven five nine D⟧ D for delta\n"
        "ADVISER: thank you and your unique taxpayer reference\n"
        "CALLER: ⟦TAX~spoken|eight four two one seven, three three oh nine two⟧\n"
        "ADVISER: and I'm speaking to\n"
        "CALLER: ⟦P|Mohammed Anwar Siddiqui⟧\n"
        "ADVISER: the repayment of ⟦o:AMT|six hundred and four pounds twenty⟧ for tax year ⟦o:D|twenty twenty three to twenty four⟧ will be sent in ⟦o:QTY|five weeks⟧",
    )
    r(
        "de_DE",
        "call_transcript",
        "SACHBEARBEITERIN: Finanzamt Hamburg-Altona, Frau ⟦P|Oltmanns⟧. Wer spricht?\n"
        "ANRUFER: ⟦P|Emre Yılmaz⟧, ich rufe wegen meines Steuerbescheids an\n"
        "SACHBEARBEITERIN: Ihre Steuer-Identifikationsnummer bitte\n"
        "ANRUFER: ⟦TAX@de.idnr~spoken|47 963 015 726⟧, also ⟦TAX~spoken|vier sieben, neun sechs drei, null eins fünf, sieben zwei sechs⟧\n"
        "SACHBEARBEITERIN: Geburtsdatum\n"
        "ANRUFER: ⟦DOB~spoken|dritter Februar neunzehnhundertachtundachtzig⟧\n"
        "SACHBEARBEITERIN: Der Bescheid vom ⟦o:D|14. Oktober⟧ weist eine Nachzahlung von ⟦o:AMT|412,50 Euro⟧ aus, Aktenzeichen ⟦o:TKT|43/217/30811⟧",
    )
    # ---- podcasts / video subtitles ----
    r(
        "en_US",
        "subtitles",
        "[00:41:02] HOST: and if you want to be on the show just email me, it's ⟦E~spoken|dana at the dana breaks it down dot com⟧\n"
        "[00:41:07] HOST: that's ⟦E|dana@thedanabreaksitdown.com⟧, or call the hotline ⟦PH~spoken|eight four four, five five five, oh one nine nine⟧\n"
        "[00:41:14] GUEST: can I give a shout out to my grandma ⟦P|Ethel Marchetti⟧ she's turning ⟦o:QTY|ninety⟧ on ⟦o:D|Sunday⟧\n"
        "[00:41:19] HOST: happy birthday ⟦P|Ethel⟧! episode ⟦o:QTY|two twelve⟧ is sponsored by ⟦o:PROD|Squarespace⟧, use code ⟦o:SKU|DANA20⟧ for ⟦o:PCT|twenty percent⟧ off",
    )
    r(
        "en_GB",
        "subtitles",
        "00:12:44.120 --> 00:12:47.900\n<v Presenter>So ⟦P|Gwen⟧, you won the competition! Just confirm your details off-air...\n\n"
        "00:12:48.000 --> 00:12:52.300\n<v ⟦P|Gwen⟧>Oh it's fine, I'm ⟦P|Gwen Llewellyn-Hughes⟧, ⟦A~spoken|seven Bryn Terrace⟧, ⟦L|Llandudno⟧!\n\n"
        "00:12:52.400 --> 00:12:55.000\n<v Presenter>(laughs) Well the whole of North Wales knows now!\n\n"
        "00:12:55.100 --> 00:12:58.800\n<v ⟦P|Gwen⟧>And my number's ⟦PH~spoken|oh seven nine one two, double three, four, double eight, one⟧ if the prize people need it",
    )
    r(
        "en_US",
        "subtitles",
        "- Okay, unboxing time. My order number was ⟦o:ORD~spoken|one one two dash seven seven four four one nine two dash three three oh eight⟧.\n"
        "- And it came to my old address, ⟦A~spoken|three twenty Pine Street apartment twelve⟧...\n"
        "- So I had to drive to ⟦L|Spokane⟧. Whatever.\n"
        "- It's the ⟦o:PROD|Sony WH-1000XM5⟧, ⟦o:AMT|three ninety-nine ninety-nine⟧.\n"
        "- If you wanna send me stuff, ⟦A~spoken|P O Box four four one two⟧, ⟦L|Tacoma⟧ ⟦a:PC|98401⟧.",
    )
    r(
        "en_IN",
        "subtitles",
        "[Hinglish vlog subtitles]\n00:05:10 toh guys mera naya number note kar lo for collabs ⟦PH~spoken|nine eight one one, double two, three four five six⟧\n"
        "00:05:16 aur email hai ⟦E~spoken|ananya dot travels at gmail dot com⟧, ananya ⟦P~spoken|A N A N Y A⟧\n"
        "00:05:21 main abhi ⟦L|Manali⟧ mein hoon, next week ⟦L|Kasol⟧\n"
        "00:05:25 and haan, ye bag ⟦o:PROD|Wildcraft⟧ ka hai, ⟦o:AMT|twenty four ninety nine⟧ mein liya tha, link description mein",
    )
    r(
        "es_ES",
        "subtitles",
        "1\n00:00:01,000 --> 00:00:04,000\nHola a todos, soy ⟦P|Lucía Bermúdez⟧ y hoy os enseño\ncómo pedir la tarjeta sanitaria.\n\n"
        "2\n00:00:04,100 --> 00:00:08,200\nOs pedirán el número de la Seguridad Social,\nyo os pongo el mío de ejemplo... bueno, no, mejor no.\n\n"
        "3\n00:00:08,300 --> 00:00:12,000\nPara dudas escribidme a ⟦E~spoken|lucia arroba tramites fáciles punto es⟧,\n"
        "sin tilde, ⟦E|lucia@tramitesfaciles.es⟧.\n\n"
        "4\n00:00:12,100 --> 00:00:14,900\nLa cita la tenéis en la web, tarda unos ⟦o:QTY|quince días⟧.",
    )
    r(
        "en_US",
        "subtitles",
        "[podcast transcript, auto-generated]\n"
        "SPEAKER 1: so the scammer calls my mom right and says he's from the bank and she literally gives him her card number, like ⟦CC~spoken|four nine one six seven one oh nine three three eight two four one oh three⟧\n"
        "SPEAKER 2: no\n"
        "SPEAKER 1: and I'm sitting right there like mom stop, and he's like and the CVV ma'am and she's like ⟦S~spoken|three one seven⟧\n"
        "SPEAKER 2: oh no (laughs) is that her real\n"
        "SPEAKER 1: it's cancelled now, relax. anyway episode ⟦o:QTY|forty four⟧, we're recording ⟦o:D|March third⟧",
    )
    r(
        "en_US",
        "subtitles",
        "[Music]\nthis is ⟦o:PROD|Night Drive Radio⟧ and we've got ⟦P|Marcus⟧ on line ⟦o:QTY|three⟧, go ahead ⟦P|Marcus⟧\n"
        "yo I wanna request ⟦o:PROD|Midnight City⟧ for my girl ⟦P|Keisha⟧ out in ⟦L|Fresno⟧\n"
        "[Music]\nthat's M83 for ⟦P|Keisha⟧, it's ⟦o:T|eleven fifty two⟧ and ⟦o:QTY|sixty one degrees⟧ downtown",
    )
    r(
        "fr_FR",
        "subtitles",
        "00:02:31 --> 00:02:35\nBon, je vous donne mon numéro pour les réservations,\n"
        "00:02:35 --> 00:02:40\nc'est le ⟦PH~spoken|zéro six, quarante-deux, dix-huit, soixante-quinze, zéro trois⟧,\n"
        "00:02:40 --> 00:02:44\net je m'appelle ⟦P|Aurélien Marchal⟧, le gîte est au ⟦A~spoken|lieu-dit La Combe, route de Saint-Cirq⟧,\n"
        "00:02:44 --> 00:02:48\n⟦a:PC~spoken|quarante-six mille trois cent trente⟧ ⟦L|Cabrerets⟧. La nuit est à ⟦o:AMT|quatre-vingt-dix euros⟧.",
    )
    r(
        "en_GB",
        "subtitles",
        "[BBC-style subtitles]\nGood evening. Police in Devon are appealing for witnesses\nafter a collision on the A38 at around ⟦o:T|4.15pm⟧ on ⟦o:D|Tuesday⟧.\n"
        "Anyone with information should call 101 quoting log ⟦o:TKT|0512⟧ of ⟦o:D|11 November⟧.\nThe road reopened at ⟦o:T|9pm⟧.",
    )
    # ---- clinics, more dictation ----
    r(
        "en_US",
        "call_transcript",
        "NURSE: triage line this is ⟦P|Consuelo⟧ RN, patient's name\n"
        "CALLER: ⟦P|Jamal Abdi Warsame⟧, ⟦P~spoken|W A R S A M E⟧\n"
        "NURSE: date of birth\n"
        "CALLER: ⟦DOB~spoken|one fifteen oh three⟧ ⟦DOB~spoken|January fifteenth two thousand three⟧\n"
        "NURSE: and do you have your medical record number or the insurance card\n"
        "CALLER: the card says member ⟦HPN~spoken|M C D nine one four four seven seven two oh one⟧ and the hospital bracelet from last time had ⟦MRN~spoken|M R N zero one two two eight four four seven⟧\n"
        "NURSE: ok and what's going on today\n"
        "CALLER: fever of ⟦o:QTY|a hundred and two point four⟧ since ⟦o:D|yesterday⟧",
    )
    r(
        "en_GB",
        "dictation",
        "clinic letter ⟦o:D|ten November⟧ re Ms ⟦P|Parveen Akhtar⟧ D O B ⟦DOB~spoken|nineteen oh seven seventy three⟧ hospital number ⟦MRN~spoken|K two two four nine one seven⟧ N H S ⟦NID@gb.nhs~spoken|four eight five seven seven seven three four five seven⟧ address ⟦A~spoken|fifteen Carlton Drive⟧ ⟦L|Bradford⟧ ⟦a:PC~spoken|B D nine four D E⟧ new para dear doctor ⟦P|Haworth⟧ I saw this pleasant ⟦o:QTY|fifty two⟧ year old lady in the diabetes clinic today her H b A one c is ⟦o:QTY|sixty eight⟧ millimoles per mol full stop I have increased metformin to ⟦o:QTY|one gram⟧ twice daily full stop review in ⟦o:QTY|three months⟧",
    )
    r(
        "en_US",
        "dictation",
        "operative note. surgeon doctor ⟦P|Nkechi Uzoma⟧. assistant doctor ⟦P|Yuto Sakamoto⟧. patient ⟦P|Lorraine Gillespie⟧, MRN ⟦MRN~spoken|four four seven oh nine one two six⟧, age ⟦o:QTY|sixty one⟧. procedure laparoscopic cholecystectomy. estimated blood loss ⟦o:QTY|twenty five cc⟧. specimen sent to path, accession ⟦o:REQ|S25-44182⟧. patient tolerated the procedure well and was taken to PACU in stable condition at ⟦o:T|fourteen twenty⟧.",
    )
    r(
        "pl_PL",
        "interpreted_call",
        "TŁUMACZ: pani mówi, że nazywa się ⟦P|Bożena Kaczmarczyk⟧ i jej PESEL to ⟦NID@pl.pesel~spoken|88 07 15 03 21 7⟧, ⟦NID~spoken|osiem osiem zero siedem⟧... she says ⟦NID@pl.pesel~spoken|eight eight zero seven one five zero three two one seven⟧\n"
        "CLINIC: date of birth?\n"
        "TŁUMACZ: ⟦DOB~spoken|piętnastego lipca osiemdziesiątego ósmego⟧, ⟦DOB~spoken|fifteenth of July eighty-eight⟧\n"
        "CLINIC: and her address in the UK\n"
        "TŁUMACZ: ⟦A~spoken|flat B, thirty one Radcliffe Road⟧, ⟦L|Southampton⟧\n"
        "CLINIC: her appointment is ⟦o:D|the fourth⟧ at ⟦o:T|two thirty⟧ in room ⟦o:ROW|eleven⟧",
    )
    r(
        "ar_SA",
        "interpreted_call",
        "المترجم: يقول المريض إن اسمه ⟦P|عبد الرحمن الشهري⟧ ... the patient says his name is ⟦P|Abdulrahman Al-Shehri⟧\n"
        "CLINIC: iqama or national id number\n"
        "المترجم: ⟦NID~spoken|واحد صفر اثنان أربعة ثمانية سبعة ستة ثلاثة تسعة واحد⟧ — ⟦NID~spoken|one zero two four eight seven six three nine one⟧\n"
        "CLINIC: phone\n"
        "المترجم: ⟦PH~spoken|صفر خمسة خمسة، أربعة واحد اثنان، سبعة ثمانية تسعة صفر⟧, ⟦PH|055 412 7890⟧\n"
        "CLINIC: and medical file number\n"
        "المترجم: ⟦MRN|MF-331904⟧. The appointment is ⟦o:D|Sunday⟧ after ⟦o:T|Asr⟧",
    )
    r(
        "tl_PH",
        "call_transcript",
        "AGENT: good afternoon po, this is ⟦P|Jericho⟧ of PhilHealth, paano po kita matutulungan\n"
        "CALLER: hello po, magpapa-update lang po ako ng address. yung PhilHealth number ko po ⟦HPN~spoken|one two, zero five zero seven eight eight three one four, six⟧\n"
        "AGENT: sige po, full name po\n"
        "CALLER: ⟦P|Maricel Dela Cruz Bautista⟧ po\n"
        "AGENT: birthday po\n"
        "CALLER: ⟦DOB~spoken|May twenty-two, nineteen ninety-five⟧\n"
        "AGENT: new address po\n"
        "CALLER: ⟦A~spoken|Blk 7 Lot 12 Phase two, Sampaguita Street, Barangay San Isidro⟧, ⟦L|Cainta⟧, Rizal\n"
        "AGENT: noted po, reference number ⟦o:REQ|PH-2025-1107-0042⟧",
    )
    r(
        "hi_IN",
        "interpreted_call",
        "INTERPRETER: aunty keh rahi hain unka naam ⟦P|Kamla Devi Yadav⟧ hai, she says her name is ⟦P|Kamla Devi Yadav⟧, and her ABHA health ID is ⟦HPN~spoken|nine one, four four two one, seven seven eight three, oh six one two⟧\n"
        "DOCTOR: age?\n"
        "INTERPRETER: ⟦o:QTY|sixty-eight⟧ saal, sixty-eight years. janam tithi ⟦DOB~spoken|pandrah August unnees sau sattaavan⟧, ⟦DOB~spoken|fifteenth August fifty-seven⟧\n"
        "DOCTOR: mobile number for the reports\n"
        "INTERPRETER: beta ka number hai, son's number ⟦PH~spoken|nau aath saat teen, chaar chaar, do ek paanch chhah⟧ — ⟦PH|98734 42156⟧",
    )
    r(
        "en_US",
        "voicemail",
        "Voicemail transcription (confidence: low): hey doctor ⟦P|Feldstein⟧'s office um this is ⟦P|Rachel Abramowitz⟧ I'm a patient, my chart number is I think ⟦MRN~spoken|two two oh eight nine five⟧ uh I need a refill on the um the levothyroxine ⟦o:QTY|seventy five micrograms⟧ and my insurance changed it's now ⟦o:PROD|Aetna⟧ member ⟦HPN~spoken|W two seven seven four one nine oh eight three⟧ you can call me at ⟦PH~spoken|three one two five five five oh one five five⟧ thanks",
    )
    # ---- driving licences, rentals, police dispatch ----
    r(
        "en_US",
        "call_transcript",
        "DMV CLERK: California DMV, driver license number please\n"
        "CALLER: ⟦DL~spoken|D as in David, one one two four, eight seven seven, three⟧\n"
        "CLERK: ⟦DL~spoken|D one one two four eight seven seven three⟧, and your name\n"
        "CALLER: ⟦P|Fernando Ibarra⟧\n"
        "CLERK: I see a renewal due ⟦o:D|your birthday next year⟧ but the fee of ⟦o:AMT|forty five dollars⟧ can be paid now. mailing address\n"
        "CALLER: ⟦A~spoken|fifty five fifty Van Nuys Boulevard number two oh four⟧ ⟦L|Sherman Oaks⟧ ⟦a:PC~spoken|nine one four oh one⟧",
    )
    r(
        "en_GB",
        "call_transcript",
        "AGENT: for the hire I'll need your driving licence number\n"
        "CALLER: ok it's ⟦DL~spoken|M O R G A seven five three one one six S M nine I J⟧\n"
        "AGENT: and the DVLA check code\n"
        "CALLER: ⟦S~spoken|X 7 B p Q 4 k 2⟧\n"
        "AGENT: lovely, and that's ⟦P|Sarah Morgan⟧\n"
        "CALLER: yes\n"
        "AGENT: so that's a ⟦o:PROD|Ford Focus⟧ or similar from ⟦o:D|Friday⟧ ⟦o:T|nine a m⟧, ⟦o:QTY|four days⟧, ⟦o:AMT|one hundred and eighty six pounds⟧",
    )
    r(
        "en_US",
        "dispatch_log",
        "[radio] dispatch, unit four adam twelve, traffic stop ⟦o:ROW|eastbound 94⟧ near exit ⟦o:QTY|two twenty⟧, running the plate now\n"
        "[dispatch] four adam twelve copy, plate returns to a ⟦o:PROD|2019 Honda Civic⟧, registered owner ⟦P|Shanice Marie Collins⟧\n"
        "[radio] driver's license ⟦DL~spoken|C four four oh, one two two, seven eight nine, five five one⟧ Michigan, date of birth ⟦DOB~spoken|oh four twenty two ninety six⟧\n"
        "[dispatch] copy, license valid, no wants, time ⟦o:T|twenty two fourteen⟧",
    )
    r(
        "en_AU",
        "dispatch_log",
        "⟦o:T|1532⟧ CALLER ⟦P|GRACE NGUYEN-PHAM⟧ MOB ⟦PH|0412 884 219⟧ REPORTS BREAK AND ENTER AT ⟦A|14/3 HARROW ST⟧ ⟦L|MARRICKVILLE⟧. CALLER'S DL ⟦DL|11402893⟧ NSW PROVIDED FOR ID. STOLEN: ⟦o:PROD|MACBOOK AIR⟧ S/N ⟦o:SKU|C02XK2ABJGH5⟧, APPROX ⟦o:AMT|$1800⟧. EVENT ⟦o:TKT|E81221094⟧.",
    )
    r(
        "en_US",
        "call_transcript",
        "911 CALL TAKER: nine one one what's the address of your emergency\n"
        "CALLER: it's ⟦A~spoken|six forty two Maple Crest Drive⟧ in ⟦L|Cedar Rapids⟧ there's smoke coming out the neighbor's garage\n"
        "CALL TAKER: is anyone inside\n"
        "CALLER: I don't know the lady's name is Mrs ⟦P|Vandermolen⟧ I think she's ninety\n"
        "CALL TAKER: what's your name and callback\n"
        "CALLER: ⟦P|Tyler Brandt⟧, ⟦PH~spoken|three one nine five five five oh one seven two⟧\n"
        "CALL TAKER: units are en route, incident ⟦o:TKT|F25-031188⟧",
    )
    r(
        "de_DE",
        "dispatch_log",
        "LEITSTELLE ⟦o:D|08.11.⟧ ⟦o:T|03:12⟧: Anrufer Dr. ⟦P|Wolfgang Heinemann⟧ meldet bewusstlose Person, ⟦A|Kaiserstraße 41, 3. OG links⟧, ⟦L|Karlsruhe⟧. Rückruf ⟦PH~spoken|null sieben eins eins, neun drei acht, vier vier eins zwei⟧. RTW ⟦o:ROW|1/83-1⟧ alarmiert. Patientin ⟦P|Ilse Sommerfeld⟧, ⟦o:QTY|83⟧ J.",
    )
    r(
        "en_GB",
        "call_transcript",
        "AGENT: passport office, can I take the application reference\n"
        "CALLER: ⟦o:REQ~spoken|double oh three four seven two one nine one two⟧\n"
        "AGENT: and your old passport number\n"
        "CALLER: ⟦PP~spoken|one two three, four five six, seven eight oh⟧ sorry no it ends ⟦PP~spoken|seven eight one⟧... the whole thing's ⟦PP~spoken|one two three four five six seven eight one⟧\n"
        "AGENT: and full name as it appears\n"
        "CALLER: ⟦P|Nnamdi Chidozie Okeke⟧\n"
        "AGENT: your new passport was dispatched ⟦o:D|on the sixth⟧ by ⟦o:PROD|DHL⟧ tracking ⟦o:TRK~spoken|J D zero one four six zero zero zero zero three four five five six seven two one⟧ to ⟦A~spoken|twenty seven Tennyson Road⟧ ⟦L|Luton⟧",
    )
    r(
        "pt_PT",
        "call_transcript",
        "OPERADOR: Loja do Cidadão, bom dia, fala o ⟦P|Rui⟧. Diga-me o número do cartão de cidadão\n"
        "CIDADÃ: ⟦NID~spoken|um quatro cinco sete sete dois oito nove, zero, Z Y nove⟧\n"
        "OPERADOR: e o NIF\n"
        "CIDADÃ: ⟦TAX@pt.nif~spoken|234 578 912⟧, ⟦TAX~spoken|dois três quatro, cinco sete oito, nove um dois⟧\n"
        "OPERADOR: nome completo\n"
        "CIDADÃ: ⟦P|Maria João Conceição Figueiredo⟧\n"
        "OPERADOR: a senha de atendimento é ⟦o:TKT|A047⟧, o passaporte novo fica pronto em ⟦o:QTY|cinco dias úteis⟧",
    )
    r(
        "en_US",
        "call_transcript",
        "AGENT: and your passport number for the global entry renewal\n"
        "CALLER: ⟦PP~spoken|five six seven, eight two one, nine oh four⟧\n"
        "AGENT: thank you. and your PASSID is ⟦o:REQ~spoken|nine eight seven six five four three two one⟧ correct?\n"
        "CALLER: hmm I'm not sure, my wife ⟦P|Ha-eun Jung⟧ handles that, she's on ⟦PH~spoken|two oh six, five five five, oh one one eight⟧\n"
        "AGENT: that's fine, you can log in with ⟦E~spoken|d underscore jung at outlook dot com⟧ and check\n"
        "CALLER: ok thanks, I'm ⟦P|Dae-jung Park⟧ by the way, different surname",
    )
    # ---- no sensitive values: spoken look-alikes only ----
    r(
        "en_US",
        "call_transcript",
        "AGENT: okay so I'm looking at order ⟦o:ORD~spoken|one one four dash oh nine eight two two seven one dash five five three oh six one two⟧\n"
        "CALLER: yeah that's the one, it was ⟦o:QTY|three items⟧ and only ⟦o:QTY|two⟧ came\n"
        "AGENT: I see, the missing one is ⟦o:SKU~spoken|B zero eight X Y K seven seven two one⟧, refund of ⟦o:AMT|twenty three forty nine⟧ will show in ⟦o:QTY|three to five business days⟧\n"
        "CALLER: cool, thanks",
    )
    r(
        "en_GB",
        "call_transcript",
        "AGENT: your flight ⟦o:FLT~spoken|easy two four one seven⟧ to Malaga has been retimed to ⟦o:T|oh six forty⟧ on ⟦o:D|the twelfth of June⟧\n"
        "CALLER: oh six forty that's brutal\n"
        "AGENT: I know, sorry. you can move free of charge up to ⟦o:QTY|fourteen days⟧ either side, there's one at ⟦o:T|eleven fifteen⟧ on ⟦o:D|the thirteenth⟧ for ⟦o:AMT|an extra twenty two pounds⟧\n"
        "CALLER: go on then",
    )
    r(
        "en_US",
        "call_transcript",
        "TECH: what version are you on\n"
        "USER: it says ⟦o:VER~spoken|seventeen point oh point two build eight eight one⟧\n"
        "TECH: and the error code\n"
        "USER: ⟦o:ERR~spoken|E R R underscore four oh three underscore two two⟧\n"
        "TECH: ok that's fixed in ⟦o:VER|17.0.3⟧, ticket ⟦o:TKT~spoken|four four one nine seven⟧ tracks it, update and restart\n"
        "USER: the request id in the log is ⟦o:REQ|7f3e2a1c-90bd⟧ if that helps",
    )
    r(
        "en_GB",
        "voice_assistant",
        "USER: what time is the ⟦o:FLT|EZY6012⟧ landing\n"
        "ASSISTANT: flight EZY6012 from Geneva is expected to land at ⟦o:T|nine forty seven p m⟧, ⟦o:QTY|twelve minutes⟧ late, at gate ⟦o:ROW|fifty one⟧\n"
        "USER: and set a reminder for ⟦o:T|nine thirty⟧",
    )
    r(
        "en_US",
        "voicemail",
        "hi this is a courtesy call from ⟦o:PROD|Northside Auto Care⟧ your vehicle is ready for pickup the total came to ⟦o:AMT|four hundred sixty two dollars and eighteen cents⟧ repair order ⟦o:ORD~spoken|R O five five one two nine⟧ we're open till ⟦o:T|six⟧ tonight and ⟦o:T|eight to noon⟧ saturday",
    )
    r(
        "en_IN",
        "call_transcript",
        "Agent: sir your complaint number is ⟦o:TKT~spoken|C M P two zero two five one one zero seven four four one⟧, and the refund of ⟦o:AMT|rupees eleven thousand four hundred⟧ will be credited in ⟦o:QTY|seven to ten working days⟧\n"
        "Caller: seven to ten?\n"
        "Agent: yes sir as per RBI guideline. the transaction ID ⟦o:REQ~spoken|T X N eight eight one four two nine⟧ from ⟦o:D|second November⟧ is under review",
    )
    r(
        "de_DE",
        "call_transcript",
        "KUNDE: ich hab die Bestellung ⟦o:ORD~spoken|null null vier sieben eins eins zwei acht⟧ vom ⟦o:D|dritten⟧, da fehlt ein Teil\n"
        "MITARBEITER: welcher Artikel\n"
        "KUNDE: Artikelnummer ⟦o:SKU|ART-55182-B⟧, die Schrauben, ⟦o:QTY|zweihundert Stück⟧\n"
        "MITARBEITER: ok, ich schicke das nach, Lieferung bis ⟦o:D|Donnerstag⟧, Versandkosten ⟦o:AMT|4,95 Euro⟧ übernehmen wir",
    )
    r(
        "fr_FR",
        "voicemail",
        "Message vocal du ⟦o:D|mardi 4 novembre⟧ à ⟦o:T|14 h 12⟧ : Bonjour, ici le service client, votre dossier numéro ⟦o:TKT~spoken|deux cent quarante et un, huit cent dix-sept⟧ est traité, le remboursement de ⟦o:AMT|cent vingt-neuf euros quatre-vingt-dix⟧ sera effectué sous ⟦o:QTY|dix jours⟧. Bonne journée.",
    )
    r(
        "en_AU",
        "subtitles",
        "[00:14:21] righto so the ⟦o:PROD|Ryobi⟧ ⟦o:SKU|R18DD7⟧ drill is ⟦o:AMT|one forty nine⟧ at the moment\n"
        "[00:14:26] torque setting ⟦o:QTY|twelve⟧ for this, and I'm using a ⟦o:QTY|six mil⟧ bit\n"
        "[00:14:31] this is firmware ⟦o:VER|v2.3⟧ on the battery, yeah, as of ⟦o:D|last Tuesday⟧",
    )
    r(
        "es_ES",
        "call_transcript",
        "OPERADORA: su incidencia es la ⟦o:TKT~spoken|INC cero cero nueve ocho siete uno⟧, el técnico irá el ⟦o:D|jueves⟧ entre las ⟦o:T|nueve⟧ y las ⟦o:T|dos⟧\n"
        "CLIENTE: vale, y la factura ⟦o:INV|FA-2025-118204⟧ de ⟦o:AMT|sesenta y dos con treinta⟧ ¿me la anulan?\n"
        "OPERADORA: sí, se abonará en la próxima",
    )
    r(
        "en_US",
        "dispatch_log",
        "⟦o:T|0814⟧ ENGINE ⟦o:ROW|7⟧ RESPONDING ALARM ACTIVATION ⟦o:PROD|Riverside Mall⟧ ZONE ⟦o:QTY|14⟧. ⟦o:T|0822⟧ E7 ON SCENE, FALSE ALARM, SYSTEM RESET, PANEL CODE ⟦o:ERR|FLT-22⟧. ⟦o:T|0829⟧ E7 AVAILABLE. INC ⟦o:TKT|25-44812⟧.",
    )
    r(
        "nl_NL",
        "voice_assistant",
        "GEBRUIKER: hé Google, hoe laat vertrekt de trein naar Utrecht\n"
        "ASSISTENT: de volgende intercity naar Utrecht Centraal vertrekt om ⟦o:T|17:42⟧ van spoor ⟦o:ROW|5b⟧, met ⟦o:QTY|drie minuten⟧ vertraging\n"
        "GEBRUIKER: en hoeveel kost dat\n"
        "ASSISTENT: een enkele reis kost ⟦o:AMT|€ 9,80⟧",
    )
    r(
        "en_GB",
        "call_transcript",
        "AGENT: the parcel ⟦o:TRK~spoken|T T one two three four five six seven eight nine G B⟧ is at the depot, it weighs ⟦o:QTY|two point four kilos⟧\n"
        "CALLER: and the invoice\n"
        "AGENT: invoice ⟦o:INV~spoken|I N V double oh seven seven one four⟧ for ⟦o:AMT|eighteen pounds fifty⟧, dated ⟦o:D|the first of November⟧",
    )
    r(
        "it_IT",
        "call_transcript",
        "OPERATORE: la pratica ⟦o:TKT~spoken|numero sette sette quattro due barra venticinque⟧ è stata chiusa il ⟦o:D|tre novembre⟧\n"
        "CLIENTE: e il rimborso\n"
        "OPERATORE: ⟦o:AMT|centoquarantadue euro e cinquanta⟧, riferimento bonifico ⟦o:REQ|TRN0019928174⟧, lo vede entro ⟦o:QTY|due giorni lavorativi⟧",
    )
    # ---- more banking / fraud / cards ----
    r(
        "en_US",
        "call_transcript",
        "FRAUD AGENT: I'm going to read the last transaction, ⟦o:AMT|eight hundred twelve dollars⟧ at ⟦o:PROD|Best Buy⟧ in Phoenix ⟦o:D|yesterday⟧ at ⟦o:T|three oh two p m⟧, was that you\n"
        "CALLER: no no no\n"
        "FRAUD AGENT: ok I'm blocking the card now, can you confirm the number on the card you have\n"
        "CALLER: ⟦CC~spoken|three seven nine three, five four five oh eight one, six two three oh six⟧\n"
        "FRAUD AGENT: that's the Amex, yes that's the one, and your name\n"
        "CALLER: ⟦P|Bartholomew Nwachukwu⟧\n"
        "FRAUD AGENT: and your social\n"
        "CALLER: ⟦SSN~spoken|three seven two, nine zero, four four one eight⟧",
    )
    r(
        "en_US",
        "voicemail",
        "Transcript: \"yeah hi um this is ⟦P|Gloria⟧ ⟦P|Gloria Estrada-Whitman⟧ I'm calling about the charge on my card it's the one ending in six four one oh wait let me just give you the whole thing ⟦CC~spoken|six oh one one oh oh oh nine nine oh one three nine four two four⟧ there's a charge for ⟦o:AMT|ninety nine ninety five⟧ I never made my number is ⟦PH~spoken|four oh two, five five five, oh one eight eight⟧ thanks\"",
    )
    r(
        "en_GB",
        "call_transcript",
        "AGENT: and the card number you're paying with\n"
        "CALLER: ⟦CC~spoken|five four five four, three three two one, oh nine eight seven, six five four seven⟧\n"
        "AGENT: thank you, expiry ⟦o:D|oh nine twenty seven⟧\n"
        "CALLER: yeah and the security code is ⟦S~spoken|eight eight two⟧\n"
        "AGENT: that's gone through, ⟦o:AMT|two hundred and forty pounds⟧ for the council tax, reference ⟦o:REQ~spoken|C T four four nine one two zero eight⟧, and that's for ⟦A~spoken|thirty three Wellington Street⟧\n"
        "CALLER: yeah that's right, ⟦P|Hamish Drummond⟧",
    )
    r(
        "en_US",
        "call_transcript",
        "AGENT: and the card for the deposit\n"
        "CALLER: ⟦CC~spoken|four oh oh oh one two three four five six seven eight nine oh one seven⟧\n"
        "AGENT: let me read it back ⟦CC|4000 1234 5678 9017⟧\n"
        "CALLER: yep\n"
        "AGENT: and the billing zip\n"
        "CALLER: ⟦a:PC~spoken|seven eight seven oh four⟧\n"
        "AGENT: and the cardholder name\n"
        "CALLER: ⟦P|Ximena Gutiérrez⟧\n"
        "AGENT: great your reservation ⟦o:REQ|HX-88213⟧ for ⟦o:QTY|two nights⟧ is confirmed",
    )
    r(
        "en_US",
        "call_transcript",
        "LOAN OFFICER: for the application I'll need the co-signer's social and date of birth\n"
        "BORROWER: it's my uncle ⟦P|Reginald Oduya⟧, ⟦SSN~spoken|one four five, six two, seven seven three zero⟧, born ⟦DOB~spoken|November third, nineteen fifty nine⟧\n"
        "LOAN OFFICER: and his address\n"
        "BORROWER: ⟦A~spoken|eighty eight Quail Run Road⟧ ⟦L|Dothan⟧ Alabama\n"
        "LOAN OFFICER: and I'm ⟦P|Candace⟧, I'll email you the disclosures from ⟦E|cstroud@firstpiedmontlending.com⟧, the rate lock is ⟦o:PCT|six point eight seven five⟧ for ⟦o:QTY|forty five days⟧",
    )
    r(
        "en_US",
        "call_transcript",
        "HR: payroll, can I get the employee's social for the W-2 correction\n"
        "CALLER: ⟦SSN~spoken|five oh one, one eight, two two nine six⟧\n"
        "HR: and name\n"
        "CALLER: ⟦P|Anh Thu Vo⟧\n"
        "HR: ok, the box one amount should be ⟦o:AMT|fifty two thousand three hundred eighteen⟧, I'll issue a W-2c by ⟦o:D|January thirty first⟧, mailed to the address on file ⟦A|1190 Riverbend Ct Apt 7⟧\n"
        "CALLER: actually I moved, it's ⟦A~spoken|two twenty one Halsey Street apartment four⟧ ⟦L|Newark⟧ New Jersey ⟦a:PC~spoken|oh seven one oh two⟧",
    )
    r(
        "en_GB",
        "call_transcript",
        "AGENT: I'll need the account you want the refund paid into\n"
        "CALLER: sort code ⟦a:BC~spoken|twenty, thirty two, fifty three⟧ account ⟦BBAN~spoken|seven six one two nine oh four four⟧\n"
        "AGENT: and the name on the account\n"
        "CALLER: ⟦P|Ewa Lindqvist-Barker⟧\n"
        "AGENT: ok, ⟦o:AMT|one hundred and twelve pounds sixty⟧ will be back in ⟦o:QTY|three to five working days⟧, reference ⟦o:REQ|RF-004419⟧",
    )
    r(
        "it_IT",
        "call_transcript",
        "OPERATRICE: Banca, buongiorno, sono ⟦P|Federica⟧. Mi dà l'IBAN per l'accredito?\n"
        "CLIENTE: sì, ⟦IBAN~spoken|I T 60 X 05428 11101 000000123456⟧\n"
        "OPERATRICE: glielo ripeto lentamente... giusto?\n"
        "CLIENTE: giusto. intestato a ⟦P|Salvatore Lo Presti⟧\n"
        "OPERATRICE: e il numero di cellulare per la conferma\n"
        "CLIENTE: ⟦PH~spoken|tre tre nove, otto sette sei, cinque quattro tre due⟧\n"
        "OPERATRICE: il bonifico di ⟦o:AMT|duemila euro⟧ arriva ⟦o:D|domani⟧",
    )
    r(
        "pt_PT",
        "call_transcript",
        "CLIENTE: o meu IBAN é ⟦IBAN~spoken|P T 50 0002 0123 1234 5678 9015 4⟧\n"
        "OPERADORA: e o titular\n"
        "CLIENTE: ⟦P|Joaquim Sousa Magalhães⟧\n"
        "OPERADORA: morada para o envio do cartão\n"
        "CLIENTE: ⟦A~spoken|Rua de Santa Catarina, número trezentos e doze, terceiro esquerdo⟧, ⟦a:PC|4000-447⟧ ⟦L|Porto⟧\n"
        "OPERADORA: o cartão chega em ⟦o:QTY|cinco dias úteis⟧ e o PIN vem separado",
    )
    r(
        "pl_PL",
        "call_transcript",
        "KONSULTANTKA: proszę podać numer rachunku do zwrotu\n"
        "KLIENT: ⟦IBAN~spoken|P L 61 1090 1014 0000 0712 1981 2874⟧\n"
        "KONSULTANTKA: a PESEL\n"
        "KLIENT: ⟦NID@pl.pesel~spoken|92 03 04 17 68 6⟧\n"
        "KONSULTANTKA: imię i nazwisko\n"
        "KLIENT: ⟦P|Krzysztof Wójcik-Szymański⟧\n"
        "KONSULTANTKA: zwrot ⟦o:AMT|trzysta dwanaście złotych⟧, numer zgłoszenia ⟦o:TKT|ZW/2025/11/0441⟧",
    )
    r(
        "en_GB",
        "call_transcript",
        "AGENT: for the international transfer I need the beneficiary's IBAN\n"
        "CALLER: ⟦IBAN~spoken|A T six one one nine oh four three oh oh two three four five seven three two oh one⟧\n"
        "AGENT: that's an Austrian account, and the beneficiary name\n"
        "CALLER: ⟦P|Lukas Pfeiffenberger⟧, he's in ⟦L|Innsbruck⟧\n"
        "AGENT: and the BIC\n"
        "CALLER: ⟦a:BC~spoken|B K A U A T W W⟧\n"
        "AGENT: fee is ⟦o:AMT|fifteen pounds⟧, exchange rate ⟦o:QTY|one point one four⟧",
    )
    # ---- more IT helpdesk: credentials, IPs ----
    r(
        "en_US",
        "call_transcript",
        "DEV: so the staging box is at ⟦IP~spoken|one seventy two dot sixteen dot four dot eighty eight⟧ and the DSN in the env file is\n"
        "DEV: ⟦UC~spoken|mysql colon slash slash root colon letmein one two three at one seventy two dot sixteen dot four dot eighty eight slash shop⟧\n"
        "LEAD: dude don't read root passwords on a recorded call\n"
        "DEV: it's staging, relax. anyway the failing job is ⟦o:REQ|job-4471⟧ on commit ⟦o:SHA|e3b0c44⟧, pipeline ⟦o:VER|v3.8.1⟧\n"
        "LEAD: ok ping ⟦P|Oyelowo⟧ to rotate it, and I'm logging it as ⟦o:TKT|SEC-219⟧",
    )
    r(
        "en_GB",
        "call_transcript",
        "USER: I'm trying to map the drive but it wants a password\n"
        "TECH: yeah use the share path with your creds, I'll type it in chat\n"
        "TECH: [chat] ⟦UC|smb://CORP%5Cnpatel:Summer2025%21@fs01.corp.local/finance⟧\n"
        "USER: oh that's got my password in it\n"
        "TECH: yeah you set ⟦S|Summer2025!⟧ when I reset you this morning, change it after\n"
        "USER: ok. I'm ⟦P|Nisha Patel⟧ by the way in accounts, extension ⟦PH~spoken|four four one seven⟧",
    )
    r(
        "en_US",
        "voice_assistant",
        "USER: hey siri note to self, wifi password for the cabin is ⟦S~spoken|bluebird lake two thousand nineteen all lowercase⟧\n"
        "ASSISTANT: here's your note: wifi password for the cabin is ⟦S|bluebirdlake2019⟧\n"
        "USER: and the gate code is ⟦S~spoken|four four eight one star⟧",
    )
    r(
        "en_US",
        "call_transcript",
        "ANALYST: the alert came from ⟦IP~spoken|forty five dot thirty three dot thirty two dot one fifty six⟧ hitting the VPN with user ⟦E|mthompson@corvidbank.com⟧\n"
        "MANAGER: is that ⟦P|Michael Thompson⟧ in treasury\n"
        "ANALYST: yeah, and the internal host is ⟦IP|10.14.2.201⟧, we saw it POST to ⟦UC|https://api_user:Zx9!kqPw@reports.corvidbank.internal/v2/export⟧\n"
        "MANAGER: so creds leaked. lock the account, incident ⟦o:TKT|IR-2025-0088⟧, severity ⟦o:QTY|two⟧",
    )
    r(
        "en_IN",
        "call_transcript",
        "Caller: madam I am not able to login to net banking, it is showing ⟦o:ERR~spoken|error code five zero three⟧\n"
        "Agent: sir please tell your customer ID\n"
        "Caller: it is same as my mobile number, ⟦PH~spoken|nine eight two oh, one one four, four seven seven⟧\n"
        "Agent: sir I have sent OTP please tell\n"
        "Caller: ⟦S~spoken|three nine one, six six two⟧\n"
        "Agent: thank you sir, and your MPIN you should not share, only OTP. your user ID is ⟦E~spoken|rahul dot mehra seven six at rediffmail dot com⟧?\n"
        "Caller: yes yes ⟦P|Rahul Mehra⟧\n"
        "Agent: I have unlocked, login after ⟦o:QTY|ten minutes⟧",
    )
    r(
        "en_US",
        "call_transcript",
        "TECH: read me what's in the FTP line of that config\n"
        "USER: it says ⟦UC~spoken|f t p colon slash slash backup colon B a c k up hash two two at files dot ridgelinedental dot com⟧\n"
        "TECH: ok so the password there is ⟦S~spoken|capital B a c k up hash two two⟧, I'm changing it now\n"
        "USER: should I tell Dr. ⟦P|Ostrowski⟧\n"
        "TECH: I'll email her at ⟦E|k.ostrowski@ridgelinedental.com⟧",
    )
    r(
        "de_DE",
        "call_transcript",
        "IT: Servicedesk, ⟦P|Weber⟧\n"
        "ANRUFERIN: Hallo, ⟦P|Anke Zimmermann-Roth⟧ aus der Buchhaltung, mein Token geht nicht\n"
        "IT: Lesen Sie mir bitte den Wiederherstellungsschlüssel vor\n"
        "ANRUFERIN: ⟦S~spoken|vier zwei eins eins acht acht, null drei neun neun sieben zwei, eins fünf fünf null vier sechs⟧\n"
        "IT: Danke, und Ihre IP\n"
        "ANRUFERIN: ⟦IP|172.20.14.63⟧\n"
        "IT: OK, Ticket ⟦o:TKT|SD-771204⟧, BitLocker ist wieder entsperrt",
    )
    r(
        "en_GB",
        "call_transcript",
        "TECH: the camera's web page is ⟦UC~spoken|h t t p colon slash slash admin colon admin one two three four at eighty six dot one four dot two oh two dot nine⟧\n"
        "CUSTOMER: so anyone could log in?\n"
        "TECH: yeah, that's default creds on a public IP, change it today. what's your account email\n"
        "CUSTOMER: ⟦E~spoken|b dot achebe at b t internet dot com⟧\n"
        "TECH: and you're ⟦P|Babajide Achebe⟧\n"
        "CUSTOMER: yes, at ⟦A~spoken|nine Juniper Close⟧ ⟦L|Milton Keynes⟧",
    )
    r(
        "fr_FR",
        "call_transcript",
        "TECHNICIEN : pouvez-vous me lire l'adresse du serveur\n"
        "UTILISATRICE : ⟦IP~spoken|quatre-vingt-douze point cent soixante-dix point douze point trois⟧\n"
        "TECHNICIEN : et l'identifiant\n"
        "UTILISATRICE : ⟦E~spoken|amelie point garnier arobase cabinet-durand point fr⟧, mot de passe ⟦S~spoken|Lavande deux mille vingt-quatre point d'exclamation⟧\n"
        "TECHNICIEN : madame ⟦P|Garnier⟧, ne me donnez jamais votre mot de passe. Je vous envoie un lien, ticket ⟦o:TKT|HD-44921⟧",
    )
    r(
        "en_US",
        "subtitles",
        "[livestream auto-captions]\nok chat so I'm logging into the admin panel real quick\n"
        "it's ⟦UC~spoken|https colon slash slash streamer colon pogchamp ninety nine at panel dot myhostingsite dot net⟧\n"
        "wait oh no did I just say that out loud\n"
        "everyone ignore that, mods delete it, I'm changing it, ⟦P|Jace⟧ stop laughing",
    )
    # ---- voicemails, dictated letters, personal ----
    r(
        "en_GB",
        "voicemail",
        "Visual voicemail ⟦o:D|Fri 7 Nov⟧ ⟦o:T|09:03⟧ from ⟦PH|07700 900461⟧: \"hiya ⟦P|Bex⟧ it's Auntie ⟦P|Joan⟧ love, just ringing to say the party's at ours ⟦o:D|Saturday week⟧, ⟦A~spoken|twenty six Larkspur Avenue⟧, you remember, off the ring road, oh and your cousin ⟦P|Callum⟧'s new number is ⟦PH~spoken|oh seven nine double four, one two three, eight eight two⟧, give him a bell, ta-ra love\"",
    )
    r(
        "en_US",
        "dictation",
        "Dictated letter, ⟦o:D|November 10⟧. To whom it may concern comma new line I am writing on behalf of my client Mr. ⟦P|Oluwadamilare Fashola⟧ date of birth ⟦DOB~spoken|the ninth of December nineteen eighty four⟧ social security number ⟦SSN~spoken|six eight nine dash four oh dash five five one two⟧ who resides at ⟦A~spoken|three thirty one Lenox Avenue apartment six C⟧ ⟦L|Harlem⟧ New York period he was employed by your company from ⟦o:D|March twenty nineteen⟧ through ⟦o:D|June twenty twenty four⟧ period please direct correspondence to my office at ⟦E~spoken|a dot brennan at brennan law n y c dot com⟧ period sincerely ⟦P|Aileen Brennan⟧ esquire",
    )
    r(
        "en_US",
        "dictation",
        "memo to file. spoke with Mrs. ⟦P|Huang⟧ ⟦P|Li Na Huang⟧ regarding her late husband's estate. his social was ⟦SSN~spoken|two six seven eight three oh nine four one⟧, date of birth ⟦DOB~spoken|four slash eleven slash forty one⟧, date of death ⟦o:D|September second⟧ this year. account at ⟦o:PROD|Chase⟧ ending, scratch that, full account number ⟦BBAN~spoken|seven seven one oh four four two nine one eight⟧. next step obtain ⟦o:QTY|six⟧ certified death certificates. billed ⟦o:QTY|point three hours⟧.",
    )
    r(
        "en_GB",
        "dictation",
        "note for ⟦P|Sunita⟧ comma please send the tenancy agreement to the new tenant Mr ⟦P|Kwabena Asante-Darko⟧ at his current address ⟦A~spoken|flat nine Ashdown House two Clapham Road⟧ ⟦L|London⟧ ⟦a:PC~spoken|S W nine oh J L⟧ his email is ⟦E~spoken|kwabena dot ad at outlook dot com⟧ that's ⟦P~spoken|K W A B E N A⟧ and his mobile ⟦PH~spoken|oh seven four one one, five oh two, nine three six⟧ the rent is ⟦o:AMT|seventeen fifty⟧ a month from ⟦o:D|the first of December⟧ deposit ⟦o:AMT|two thousand and nineteen pounds⟧ thanks",
    )
    r(
        "en_AU",
        "voicemail",
        "\"G'day Mrs ⟦P|Fitzpatrick⟧ it's ⟦P|Liam⟧ from ⟦o:PROD|Coastal Realty⟧, just confirming the inspection at ⟦A~spoken|seventeen Marine Parade⟧ ⟦L|Coolangatta⟧ on ⟦o:D|Saturday⟧ at ⟦o:T|ten thirty⟧, the asking is ⟦o:AMT|one point two⟧, give us a call on ⟦PH~spoken|oh four one nine, double two six, three eight eight⟧, cheers\"",
    )
    r(
        "en_US",
        "voice_assistant",
        "USER: hey google remind me to call Dr. ⟦P|Esperanza Villanueva⟧ tomorrow at ⟦o:T|nine⟧ her number is ⟦PH~spoken|five oh five, five five five, oh one two nine⟧\n"
        "ASSISTANT: ok I'll remind you tomorrow at ⟦o:T|9 AM⟧ to call Dr. ⟦P|Esperanza Villanueva⟧\n"
        "USER: and add to the note my member ID ⟦HPN~spoken|Y R P eight eight two one four seven seven three⟧",
    )
    r(
        "en_US",
        "voice_assistant",
        "USER: alexa, what's my daughter's date of birth, I saved it\n"
        "ASSISTANT: you told me ⟦P|Amara⟧'s birthday is ⟦DOB|March fourteenth, twenty sixteen⟧\n"
        "USER: and her school ID\n"
        "ASSISTANT: I don't have that. would you like to save it\n"
        "USER: no thanks, just remind me about her party on ⟦o:D|the fourteenth⟧",
    )
    r(
        "en_IE",
        "dictation",
        "Dictation, GP practice, ⟦o:D|12/11⟧: referral letter, patient ⟦P|Eoin Ó Briain⟧, ⟦DOB~spoken|born the twenty ninth of February nineteen eighty eight⟧, PPSN ⟦NID@ie.pps~spoken|eight seven six five four three two S⟧, medical card number ⟦HPN~spoken|one one four four two oh nine nine three C⟧, address ⟦A~spoken|Apartment four, Dún Laoghaire Harbour Mews⟧, ⟦L|Dún Laoghaire⟧, County Dublin, ⟦a:PC~spoken|A ninety six X D two two⟧. Please see re persistent cough ⟦o:QTY|eight weeks⟧.",
    )
    r(
        "en_US",
        "call_transcript",
        "CALLER: hi I'm calling from the hospital billing about my mom ⟦P|Rosa Iglesias⟧\n"
        "AGENT: do you have the account or MRN\n"
        "CALLER: the statement says patient account ⟦BBAN~spoken|nine oh four four one two two eight seven⟧ and MRN ⟦MRN~spoken|E six six one oh nine three two⟧\n"
        "AGENT: and her date of birth\n"
        "CALLER: ⟦DOB~spoken|seven twenty eight fifty two⟧\n"
        "AGENT: thank you, balance is ⟦o:AMT|one thousand forty three dollars⟧, I can set up a plan at ⟦o:AMT|eighty seven a month⟧",
    )
    r(
        "nl_NL",
        "voicemail",
        "Voicemail ⟦o:D|di 11 nov⟧ ⟦o:T|10:22⟧: Goedemorgen, u spreekt met ⟦P|Annelies Bakker⟧ van de huisartsenpraktijk, ik bel voor meneer ⟦P|Dijkstra⟧, zijn BSN ⟦NID@nl.bsn~spoken|111 222 333⟧ staat verkeerd in ons systeem, kunt u terugbellen op ⟦PH~spoken|nul twintig, zes twee drie, vier vijf zes zeven⟧? Dank u wel.",
    )
    r(
        "en_US",
        "call_transcript",
        "AGENT: and the driver's license for the ID check\n"
        "CALLER: it's a Florida license ⟦DL~spoken|W four two six, seven eight one, nine three, four four two, oh⟧\n"
        "AGENT: name as on the license\n"
        "CALLER: ⟦P|Marisol Ventura-Acosta⟧\n"
        "AGENT: and you're at ⟦A~spoken|nine oh one Brickell Key Boulevard unit twenty three oh nine⟧ ⟦L|Miami⟧\n"
        "CALLER: yes\n"
        "AGENT: your account is verified, application ⟦o:REQ|APP-5512098⟧",
    )
    r(
        "en_GB",
        "call_transcript",
        "OFFICER: can I take your name and date of birth\n"
        "CALLER: ⟦P|Darnell Hutchinson-Greaves⟧ ⟦DOB~spoken|first of the first two thousand⟧, like millennium day\n"
        "OFFICER: and your licence number\n"
        "CALLER: ⟦DL~spoken|H U T C H zero zero one zero one D G nine nine W⟧\n"
        "OFFICER: thanks, the crime reference for the stolen bike is ⟦o:TKT|CAD 4412 07/11⟧, bike frame number ⟦o:SKU|WTU201C4418K⟧",
    )
    # ---- more interpreted calls and mixed ----
    r(
        "ar_EG",
        "interpreted_call",
        "INTERPRETER: she says: اسمي ⟦P|منى عبد العزيز⟧، my name is ⟦P|Mona Abdelaziz⟧, and her date of birth is ⟦DOB~spoken|الخامس من يونيو ألف وتسعمائة واثنين وثمانين⟧, ⟦DOB~spoken|fifth of June nineteen eighty-two⟧\n"
        "OFFICER: her address in the UK?\n"
        "INTERPRETER: ⟦A~spoken|forty one Alum Rock Road⟧, ⟦L|Birmingham⟧, she says the postcode is ⟦a:PC~spoken|B eight, one J A⟧\n"
        "OFFICER: and a phone number\n"
        "INTERPRETER: ⟦PH~spoken|oh seven five three two, six six one, oh four nine⟧\n"
        "OFFICER: her case reference is ⟦o:TKT|HO-2025-884120⟧, the hearing is ⟦o:D|the 3rd of December⟧",
    )
    r(
        "tl_PH",
        "call_transcript",
        "AGENT: hi ma'am, thank you for calling, this is ⟦P|Kristine⟧. account number po?\n"
        "CALLER: ⟦BBAN~spoken|zero zero four, five five one, two nine eight, eight one zero⟧ po\n"
        "AGENT: name po ng account holder\n"
        "CALLER: ⟦P|Rodelio Santos Manalo⟧, asawa ko po\n"
        "AGENT: ok po, ma'am kailangan ko po ang birthday niya\n"
        "CALLER: ⟦DOB~spoken|August nine, nineteen seventy-nine⟧\n"
        "AGENT: salamat po. yung bill po ninyo is ⟦o:AMT|two thousand three hundred forty pesos⟧, due ⟦o:D|November twenty⟧\n"
        "CALLER: pwede po i-send sa email ⟦E~spoken|rsmanalo seventy nine at yahoo dot com⟧",
    )
    r(
        "es_US",
        "call_transcript",
        "AGENTE: gracias por llamar, le habla ⟦P|Yesenia⟧, ¿me da su número de seguro social?\n"
        "CLIENTE: sí, se lo digo en inglés, ⟦SSN~spoken|three three zero, five seven, one six eight eight⟧\n"
        "AGENTE: ⟦SSN|330-57-1688⟧, correcto\n"
        "AGENTE: ¿y su nombre completo?\n"
        "CLIENTE: ⟦P|Rigoberto Palacios Zamudio⟧\n"
        "AGENTE: ¿y su dirección?\n"
        "CLIENTE: ⟦A~spoken|mil doscientos catorce East César Chávez Avenue⟧, ⟦L|Los Ángeles⟧\n"
        "AGENTE: su pago de ⟦o:AMT|ciento cincuenta dólares⟧ se aplicó el ⟦o:D|cinco de noviembre⟧",
    )
    r(
        "fr_CA",
        "call_transcript",
        "AGENTE : Service Canada, ⟦P|Geneviève⟧ à l'appareil. Votre numéro d'assurance sociale?\n"
        "APPELANT : ⟦NID~spoken|quatre six deux, huit neuf un, trois trois quatre⟧\n"
        "AGENTE : nom?\n"
        "APPELANT : ⟦P|Jean-François Tremblay-Gagnon⟧\n"
        "AGENTE : et votre adresse\n"
        "APPELANT : ⟦A~spoken|mille quatre cent vingt, rue Sherbrooke Ouest, appartement douze⟧, ⟦L|Montréal⟧, ⟦a:PC~spoken|H trois G un K quatre⟧\n"
        "AGENTE : votre prestation de ⟦o:AMT|six cent quatre-vingts dollars⟧ sera versée le ⟦o:D|vingt-six⟧",
    )
    r(
        "de_AT",
        "interpreted_call",
        "DOLMETSCHERIN: Der Patient heißt ⟦P|Stefan Gruber⟧, geboren am ⟦DOB~spoken|dreiundzwanzigsten April neunzehnhundertsiebzig⟧ — born ⟦DOB~spoken|April twenty-third seventy⟧. His e-card social insurance number is ⟦HPN~spoken|eins zwei drei vier, zwei drei null vier sieben null⟧\n"
        "DOCTOR: his address\n"
        "DOLMETSCHERIN: ⟦A|Mariahilfer Straße 88/2/14⟧, ⟦a:PC|1070⟧ ⟦L|Wien⟧\n"
        "DOCTOR: tell him the blood test is ⟦o:D|Monday⟧ at ⟦o:T|7:30⟧, fasting",
    )
    r(
        "it_IT",
        "voicemail",
        "Messaggio vocale ⟦o:D|lun 10 nov⟧ ⟦o:T|18:55⟧: Salve, sono ⟦P|Donatella Ferraro⟧, chiamo per la prenotazione della visita, il mio codice fiscale è ⟦TAX@it.codicefiscale~spoken|B N C G L I 92 E 47 F 205 I⟧, no scusi quello è di mia figlia ⟦P|Giulia Bianchi⟧, la visita è per lei, il mio numero è ⟦PH~spoken|tre quattro sette, uno due due, otto nove zero zero⟧, grazie, arrivederci",
    )
    r(
        "en_IN",
        "call_transcript",
        "Agent: ma'am for the passport appointment please tell file number\n"
        "Caller: ⟦o:REQ~spoken|B N G one seven six eight two four four one nine two two⟧\n"
        "Agent: and old passport number\n"
        "Caller: ⟦PP~spoken|N four four one nine two seven three⟧\n"
        "Agent: name as per passport\n"
        "Caller: ⟦P|Thenmozhi Karthikeyan⟧, and surname is blank, given name only\n"
        "Agent: ok ma'am, appointment at PSK ⟦L|Koramangala⟧ on ⟦o:D|eighteenth⟧ at ⟦o:T|ten fifteen⟧\n"
        "Caller: ok, address on my form is ⟦A|Flat 302, Sai Krupa Residency, 6th Main, HSR Layout Sector 2⟧",
    )
    r(
        "en_ZA",
        "call_transcript",
        "AGENT: thank you for calling, I'm ⟦P|Thandiwe⟧, can I have your ID number please\n"
        "CALLER: ⟦NID@za.idnr~spoken|eight five oh three one two five one two three oh eight eight⟧\n"
        "AGENT: thank you and your name\n"
        "CALLER: ⟦P|Sipho Mthembu⟧\n"
        "AGENT: and the physical address\n"
        "CALLER: ⟦A~spoken|twelve Jan Smuts Avenue⟧ ⟦L|Parktown⟧ ⟦a:PC~spoken|two one nine three⟧\n"
        "AGENT: your prepaid electricity token is ⟦S~spoken|four four one two, eight eight zero nine, one one three four, five five six two, zero zero one nine⟧ for ⟦o:QTY|two hundred kilowatt hours⟧",
    )
    r(
        "sv_SE",
        "interpreted_call",
        "TOLK: hon säger att hennes personnummer är ⟦NID@se.personnummer~spoken|850709-9821⟧, that's ⟦NID~spoken|eight five zero seven zero nine dash nine eight two one⟧, and her name is ⟦P|Linnéa Åkesson⟧\n"
        "AGENT: address\n"
        "TOLK: ⟦A|Storgatan 14 B, lgh 1102⟧, ⟦a:PC|411 38⟧ ⟦L|Göteborg⟧\n"
        "AGENT: tell her the parcel ⟦o:TRK|SE449120388⟧ will be held ⟦o:QTY|fourteen days⟧",
    )
    r(
        "en_US",
        "call_transcript",
        "PATIENT: I need my records sent to the new clinic\n"
        "CLERK: sure, MRN or date of birth\n"
        "PATIENT: MRN is ⟦MRN~spoken|eight eight four one two oh three⟧\n"
        "CLERK: ⟦P|Tobias Wrenfield⟧?\n"
        "PATIENT: yep. fax it to ⟦PH~spoken|six one seven, five five five, oh one four two⟧ attention Dr. ⟦P|Amrita Sandhu⟧\n"
        "CLERK: records request ⟦o:REQ|ROI-33019⟧, ⟦o:QTY|forty two pages⟧, should go out by ⟦o:D|Wednesday⟧",
    )
    # ---- agent notes after calls, mixed ----
    r(
        "en_US",
        "agent_notes",
        "CALL NOTES ⟦o:D|11/07⟧ ⟦o:T|2:41 PM⟧ — agent ⟦P|K. Osei⟧\n"
        'Cust said email as "⟦E~spoken|m o r e n o dot v at icloud dot com⟧"; entered as ⟦E|moreno.v@icloud.com⟧.\n'
        'Name: ⟦P|Valentina Moreno⟧. DOB read aloud "⟦DOB~spoken|oh three oh nine nineteen ninety⟧" -> ⟦DOB|03/09/1990⟧.\n'
        "Cb #: ⟦PH|(720) 555-0133⟧. Issue: double charge ⟦o:AMT|$64.18⟧ order ⟦o:ORD|#W118842⟧. Escalated ⟦o:TKT|ESC-3309⟧.",
    )
    r(
        "en_GB",
        "agent_notes",
        'Wrap-up: caller Mr ⟦P|Obafemi Adeyinka⟧ rang re: boiler service. Address given as "⟦A~spoken|flat eleven, the Maltings, forty Station Road⟧" — system has ⟦A|Flat 11, The Maltings, 40 Station Rd⟧, ⟦L|Bishop\'s Stortford⟧ ⟦a:PC|CM23 3AB⟧. Mob ⟦PH|07911 123 456⟧. Booked ⟦o:D|Tue 18/11⟧ AM slot, job ⟦o:TKT|BS-448120⟧, engineer ⟦P|Dave P⟧.',
    )
    r(
        "en_US",
        "call_transcript",
        "SUPPORT: what's the webhook URL you configured\n"
        "CUSTOMER: ⟦UC~spoken|https colon slash slash hooks colon t zero k e n five five at api dot brightpath crm dot com slash in⟧\n"
        "SUPPORT: ok so the basic auth password is in the URL, I'd move that to a header. your account is under ⟦E|ops@brightpathcrm.com⟧?\n"
        "CUSTOMER: yeah, I'm ⟦P|Svetlana Ivanova⟧, the admin\n"
        "SUPPORT: thanks, the failed deliveries are ⟦o:QTY|312⟧ since ⟦o:D|Nov 2⟧, error ⟦o:ERR|HTTP 401⟧",
    )
    r(
        "en_US",
        "call_transcript",
        "AGENT: I'm going to text you a link, what's the mobile\n"
        "CALLER: ⟦PH~spoken|two oh two, five five five, oh one nine... no, one nine four⟧, sorry, ⟦PH~spoken|two oh two five five five oh one nine four⟧\n"
        "AGENT: ⟦PH|202-555-0194⟧ got it. and your name\n"
        "CALLER: ⟦P|Precious Mahlangu-Jordan⟧\n"
        "AGENT: and you're at ⟦A~spoken|fourteen oh five Kenyon Street Northwest⟧\n"
        "CALLER: yes apartment ⟦A~spoken|three oh two⟧",
    )
    r(
        "en_GB",
        "call_transcript",
        "AGENT: pet insurance, policyholder name\n"
        "CALLER: ⟦P|Hannah Oyelaran⟧\n"
        "AGENT: and the pet's name\n"
        "CALLER: Biscuit, he's a ⟦o:QTY|four⟧ year old cockapoo, microchip ⟦o:SKU~spoken|nine eight five one one two oh oh four four one nine two seven⟧\n"
        "AGENT: and the vet's invoice number\n"
        "CALLER: ⟦o:INV~spoken|V E T two two nine one four⟧ for ⟦o:AMT|six hundred and eighteen pounds⟧\n"
        "AGENT: lovely, claim ⟦o:TKT|PC-7719022⟧, excess ⟦o:AMT|ninety nine pounds⟧",
    )
    r(
        "en_US",
        "subtitles",
        "[true crime podcast, auto-captions]\nhe listed his address on the bail form as ⟦A~spoken|two forty one Ridgeway Lane⟧ in ⟦L|Boise⟧\n"
        "but detectives found he'd actually been living with ⟦P|Corinne Maddox⟧ since ⟦o:D|the spring of 2019⟧\n"
        "the case number, which we'll put in the show notes, is ⟦o:TKT|CR-19-04412⟧",
    )
    r(
        "en_US",
        "call_transcript",
        "AGENT: ok and your date of birth\n"
        "CALLER: ⟦DOB~spoken|ten ten seventy⟧\n"
        "AGENT: ⟦DOB~spoken|October tenth nineteen seventy⟧, and the last appointment was ⟦o:D|ten ten⟧ too, funny\n"
        "CALLER: ha yeah I went in on my birthday\n"
        "AGENT: Mr. ⟦P|Szabo⟧, ⟦P|Gábor Szabó⟧, I'll send the portal invite to ⟦E~spoken|gabor dot szabo at fastmail dot fm⟧",
    )
    r(
        "en_IN",
        "voice_assistant",
        "USER: ok google, mummy ko call karo\n"
        "ASSISTANT: calling Mummy, mobile\n"
        "USER: nahi nahi, landline pe, ⟦PH~spoken|zero four four, two four three four, five five six seven⟧\n"
        "ASSISTANT: calling ⟦PH|044 2434 5567⟧",
    )
    r(
        "en_GB",
        "call_transcript",
        "AGENT: ok so the flight ⟦o:FLT~spoken|B A four seven eight⟧ on ⟦o:D|the second of January⟧, departing ⟦o:T|oh seven fifty five⟧, seat ⟦o:ROW|twelve F⟧, ⟦o:QTY|one bag⟧ at ⟦o:QTY|twenty three kilos⟧, total ⟦o:AMT|two hundred and six pounds forty⟧, booking ⟦o:REQ|QK7T2L⟧\n"
        "CALLER: perfect, that's everything",
    )
    r(
        "en_US",
        "voicemail",
        "This is an automated message from ⟦o:PROD|Riverbend Pharmacy⟧. Prescription ⟦o:ORD~spoken|four one one, two nine eight⟧ is ready for pickup. Total due ⟦o:AMT|twelve dollars and forty cents⟧. Pharmacy hours are ⟦o:T|nine⟧ to ⟦o:T|nine⟧ weekdays. Press ⟦o:QTY|one⟧ to repeat this message.",
    )
    r(
        "de_DE",
        "call_transcript",
        "KUNDIN: meine Versichertennummer ist ⟦HPN~spoken|A eins zwei drei vier fünf sechs sieben acht neun⟧\n"
        "MITARBEITER: und der Name\n"
        "KUNDIN: ⟦P|Dilara Öztürk-Hansen⟧\n"
        "MITARBEITER: Geburtsdatum\n"
        "KUNDIN: ⟦DOB~spoken|neunzehnter Zwölften neunundneunzig⟧\n"
        "MITARBEITER: neue Anschrift\n"
        "KUNDIN: ⟦A~spoken|Bahnhofstraße zwölf, Hinterhaus, zweiter Stock⟧, ⟦a:PC|04109⟧ ⟦L|Leipzig⟧\n"
        "MITARBEITER: Die Karte kommt in ⟦o:QTY|zwei Wochen⟧",
    )
    r(
        "en_AU",
        "call_transcript",
        "AGENT: Medicare, your card number please\n"
        "CALLER: ⟦HPN~spoken|two nine five three, one two three four five, one⟧ and I'm number ⟦o:QTY|two⟧ on the card\n"
        "AGENT: name\n"
        "CALLER: ⟦P|Wiremu Tane Parata⟧\n"
        "AGENT: and your address\n"
        "CALLER: ⟦A~spoken|forty four Lygon Street⟧ ⟦L|Carlton⟧ Victoria ⟦a:PC~spoken|three oh five three⟧\n"
        "AGENT: the rebate of ⟦o:AMT|forty one dollars twenty⟧ goes in ⟦o:QTY|two days⟧",
    )
    r(
        "fr_FR",
        "voicemail",
        "Message de ⟦P|Hélène Dubois-Nkemelu⟧ pour le cabinet : bonjour, je souhaite annuler mon rendez-vous du ⟦o:D|jeudi 13⟧ à ⟦o:T|10 h 30⟧, mon numéro de dossier c'est ⟦MRN~spoken|D deux six quatre quatre neuf un⟧, vous pouvez me rappeler au ⟦PH~spoken|zéro un, quarante-cinq, vingt-deux, trente-trois, quatre-vingt-onze⟧ ou m'écrire à ⟦E~spoken|helene point dubois arobase orange point fr⟧, merci",
    )
    r(
        "es_CO",
        "call_transcript",
        "ASESORA: buenas tardes, habla ⟦P|Daniela⟧, ¿con quién tengo el gusto?\n"
        "CLIENTE: con ⟦P|Andrés Felipe Cárdenas Rojas⟧\n"
        "ASESORA: ¿su número de cédula?\n"
        "CLIENTE: ⟦NID~spoken|uno cero dos cero, cuatro cuatro siete, ocho uno dos⟧\n"
        "ASESORA: ¿y la dirección de envío?\n"
        "CLIENTE: ⟦A~spoken|calle ochenta y cinco número once cincuenta y tres, apartamento cuatrocientos dos⟧, ⟦L|Bogotá⟧\n"
        "ASESORA: su pedido ⟦o:ORD|CO-118820⟧ llega en ⟦o:QTY|tres días hábiles⟧, valor ⟦o:AMT|ciento ochenta mil pesos⟧",
    )
    r(
        "en_US",
        "call_transcript",
        "AGENT: thanks for holding, your confirmation is ⟦o:REQ~spoken|seven Charlie Kilo four nine⟧, that's for ⟦o:QTY|four⟧ tickets to the ⟦o:D|December sixth⟧ show at ⟦o:T|eight p m⟧, section ⟦o:ROW|one oh four⟧, row ⟦o:ROW|M⟧, total ⟦o:AMT|three eighteen forty⟧ with fees\n"
        "CALLER: great, thanks so much",
    )
    r(
        "pt_BR",
        "voicemail",
        "Mensagem de voz: oi, aqui é o ⟦P|Thiago Albuquerque⟧, tô ligando sobre o boleto, meu CPF é ⟦NID@br.cpf~spoken|390 533 447 05⟧, o endereço é ⟦A~spoken|avenida Boa Viagem, três mil e quinhentos, apartamento mil e dois⟧, ⟦L|Recife⟧, me liga no ⟦PH~spoken|oitenta e um, nove nove oito sete seis, cinco quatro três dois⟧, valeu",
    )


load(r)


def main():
    rows = []
    for i, (loc, sty, src) in enumerate(R):
        text, spans = parse(src)
        rec = {
            "id": f"h10a-{i:05d}",
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
    with open("heldout10a.jsonl", "w", encoding="utf-8") as f:
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
