#!/usr/bin/env python3
"""Build heldout6a.jsonl from hand-written records with inline markup.
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
        "chat",
        """hi there, my internet has been down since ⟦o:D|Tuesday⟧ morning. account holder is ⟦P|Marcus Oyelaran⟧, service address ⟦A|4417 Delmar Ave Apt 2B, St. Louis, MO 63108⟧. ticket from last time was ⟦o:TKT|INC-0087731⟧ and nobody called me back""",
    )
    r(
        "en_US",
        "email",
        """Subject: Unauthorized charge on my card

To whom it may concern,

On ⟦o:D|March 3⟧ I noticed a charge of ⟦o:AMT|$412.96⟧ from a merchant I have never used. The card ending in 2932 is mine but the full number is ⟦CC|4024 0071 8253 4932⟧ in case you need it to find the account. I already froze it in the app.

Please reverse this. You can reach me at ⟦PH|(314) 555-0148⟧ after 5pm or by e-mail ⟦E|denise.harwood77@gmail.com⟧.

Thank you,
⟦P|Denise Harwood⟧""",
    )
    r(
        "en_US",
        "web_form",
        """Reason for contact: Billing dispute
Name: ⟦P|Rafael Quiñones-Ortiz⟧
SSN (last 4 not accepted by your form so full): ⟦SSN|521-48-7730⟧
DOB: ⟦DOB|07/22/1984⟧
Message: I was billed twice for the ⟦o:PROD|Unlimited Plus 5G⟧ plan, invoice ⟦o:INV|INV-2024-118402⟧ and ⟦o:INV|INV-2024-118403⟧. Both ⟦o:AMT|$85.00⟧.""",
    )
    r(
        "en_US",
        "voicemail",
        """[transcribed voicemail, ⟦o:T|2:14 PM⟧] Yeah hi this is ⟦P|Tom Kowalczyk⟧ calling about the leak under my kitchen sink, ⟦A|unit 12 at 880 Riverside Drive⟧. The maintenance request number is ⟦o:TKT|MR-55120⟧. My wife ⟦P|Ania⟧ will be home tomorrow if somebody can come by, her cell is ⟦PH|917 555 0183⟧. Thanks bye.""",
    )
    r(
        "en_US",
        "chat",
        """agent: Can I have the name on the policy please?
customer: ⟦P|keisha brown⟧
agent: Thank you Keisha. And the date of birth?
customer: ⟦DOB|3-9-1991⟧
agent: And your member ID from the card?
customer: ⟦HPN|XGH884213097⟧
customer: my daughter ⟦P|Amara⟧ is on the plan too, she needs a refill authorized""",
    )
    r(
        "en_US",
        "email",
        """Hello Pharmacy Team,

I'm writing on behalf of my father, ⟦P|Harold J. Whitcombe⟧ (DOB ⟦DOB|February 11, 1941⟧), who had his prescription for ⟦o:PROD|Eliquis 5mg⟧ transferred from your ⟦o:ROW|store #4471⟧ to the one near his new home at ⟦A|2205 Sunset Ridge Ct, Boise, ID 83709⟧. Rx number ⟦o:ORD|RX 6620193⟧. His patient number at St. Luke's is ⟦MRN|MRN 00482917⟧ if you need to coordinate with the clinic.

Regards,
⟦P|Linda Whitcombe-Grey⟧
⟦PH|208-555-0127⟧""",
    )
    r(
        "en_US",
        "sms",
        """⟦o:FLT|UA 1542⟧ cancelled again. This is ⟦P|Priya Raghunathan⟧, conf ⟦o:ORD|KQ7M2P⟧. pls rebook me + my son ⟦P|Arjun⟧ on anything before ⟦o:T|6pm⟧. call ⟦PH|+1 408 555 0166⟧""",
    )
    r(
        "en_US",
        "chat",
        """user: reset my password pls it keeps saying ⟦o:ERR|ERR_AUTH_401⟧
agent: I can help. What's the email on the account?
user: ⟦E|j.delacroix.nola@yahoo.com⟧
user: the old one was ⟦S|Saints#2009!Bayou⟧ if that helps lol
agent: Please never share your password in chat. I've sent a reset link.""",
    )
    r(
        "en_US",
        "letter",
        """⟦P|Gwendolyn Abernathy-Price⟧
⟦A|P.O. Box 2291
Santa Fe, NM 87504⟧

Internal Revenue Service
Ogden, UT 84201

Re: Notice ⟦o:TKT|CP2000⟧, tax year ⟦o:D|2022⟧

Dear Sir or Madam,
I am responding to the notice dated ⟦o:D|October 14, 2023⟧. My SSN is ⟦SSN|287-65-4321⟧. The unreported income of ⟦o:AMT|$1,840⟧ was already included on my Schedule C. A copy of my 1099 is enclosed.

Sincerely,
⟦P|Gwendolyn Abernathy-Price⟧""",
    )
    r(
        "en_US",
        "web_form",
        """Car rental damage claim
Renter: ⟦P|Beau Thibodeaux⟧
Driver license: ⟦DL|L350-482-91-227-0⟧ (Louisiana)
Rental agreement: ⟦o:ORD|RA 770-41862⟧
Vehicle: ⟦o:PROD|Toyota Camry SE⟧, plate not my business
Comments: The scratch on the rear bumper was there at pickup. I have photos timestamped ⟦o:D|2024-05-17⟧ ⟦o:T|09:42⟧.""",
    )
    r(
        "en_US",
        "email",
        """Hi,

Trying to get the VPN working for the remote study program. It says my IP ⟦IP|73.158.204.19⟧ is blocked. Student ID ⟦o:ROW|U01928374⟧, name ⟦P|Chen Jia-Hui⟧. Error code ⟦o:ERR|0x800704C9⟧ on client ⟦o:VER|v5.2.1⟧.

thanks
jia-hui""",
    )
    r(
        "en_US",
        "chat",
        """me: hi my order ⟦o:ORD|112-8840271-5530418⟧ says delivered but nothing here
bot: I'm sorry to hear that. Can you confirm the shipping address?
me: ⟦A|77 Calloway St, Unit 3, Somerville MA 02143⟧
me: tracking ⟦o:TRK|1Z 999 AA1 01 2345 6784⟧ shows left at front door. there is no front door its an apartment building""",
    )
    r(
        "en_US",
        "email",
        """Dear Admissions,

I submitted my application on ⟦o:D|Jan 2⟧ but the portal shows my transcript missing. My legal name is ⟦P|Oluwaseun Adeyemi-Bakare⟧, born ⟦DOB|1999-04-30⟧. Applicant ID ⟦o:ROW|APP-2025-031177⟧. My passport number is ⟦PP|A07719364⟧ (Nigeria) for the visa section.

Best,
Seun""",
    )
    r(
        "en_US",
        "voicemail",
        """Transcript: "Hello, my name is ⟦P|Dolores Fuentes⟧, I'm calling about the water bill for ⟦A|1532 West Fourth Street⟧. It's like ⟦o:AMT|three hundred dollars⟧ this month, usually it's ⟦o:AMT|sixty⟧. Account number ⟦o:ROW|0044-7719-02⟧. Please call me back at ⟦PH~spelled|five oh five, five five five, oh one nine two⟧. Thank you.\"""",
    )
    r(
        "en_US",
        "web_form",
        """Donation receipt request
Donor: Mr. and Mrs. ⟦P|Gerald Lindqvist⟧
Email: ⟦E|gerald.lindqvist@comcast.net⟧
Gift amount: ⟦o:AMT|$250⟧ on ⟦o:D|12/29/2023⟧
Note: please mail the receipt to our new address, ⟦A|915 Maple Hollow Rd, Duluth, MN 55811⟧""",
    )
    r(
        "en_US",
        "chat",
        """customer: autopay failed and now I have a late fee
agent: I see a returned payment ⟦o:REQ|PMT-9f21c07a⟧. Would you like to update the bank account?
customer: yes routing ⟦a:BC|021000021⟧ account ⟦BBAN|483920017765⟧
customer: name on it is ⟦P|Samuel Whitfield⟧""",
    )
    r(
        "en_US",
        "email",
        """Hi team, our dev accidentally posted the staging DB string in the support ticket ⟦o:TKT|#48812⟧:
⟦UC|postgres://billing_admin:Tr0ub4dor&3x@db-stage.internal:5432/billing⟧
Can you please scrub it from the ticket history? We've rotated it already.
- ⟦P|Kara Lindholm⟧, ⟦o:PROD|Acme Payroll⟧ IT""",
    )
    r(
        "en_US",
        "sms",
        """Hi its ⟦P|Jasmine⟧ from apt 4C, the heat is off again and my grandma ⟦P|Ruth Ellison⟧ is staying w me. she's 89. pls send someone today""",
    )
    r(
        "en_US",
        "chat",
        """agent: For verification, can you give me the PIN on the account?
caller: ⟦S|4471⟧
agent: thanks. And who am I speaking with?
caller: ⟦P|Mike Dellarosa⟧, my wife ⟦P|Tina⟧ is the other authorized user""",
    )
    r(
        "en_US",
        "email",
        """To: claims@
Policy ⟦o:ROW|HO-3 88102744⟧, claim ⟦o:TKT|CLM-2024-0049921⟧

The adjuster ⟦P|Brent Zielinski⟧ came on ⟦o:D|6/12⟧ and said the roof damage would be covered. It has now been ⟦o:QTY|41 days⟧. Our home is ⟦A|3318 Pecan Grove Ln, Tyler, TX 75703⟧. Please escalate.

⟦P|Yolanda Martinez-Reyes⟧""",
    )
    r(
        "en_GB",
        "email",
        """Dear Council Tax Team,

I moved out of ⟦A|Flat 3, 27 Ashcombe Road, Bristol BS7 9LP⟧ on ⟦o:D|31 August⟧ and into ⟦A|14 Kingsdown Parade, Bristol BS6 5UE⟧. Please close the old account (ref ⟦o:ROW|CTX 40028817⟧) and open a new one. I am a full-time student so should be exempt.

Kind regards,
⟦P|Siobhán McCready⟧
⟦PH|07700 900412⟧""",
    )
    r(
        "en_GB",
        "chat",
        """agent: Could you confirm your NHS number please?
patient: ⟦NID@gb.nhs|943 476 5919⟧
agent: And date of birth?
patient: ⟦DOB|14/02/1958⟧
patient: my repeat prescription for ⟦o:PROD|Ramipril 5mg⟧ hasn't come through, the surgery said it was sent on ⟦o:D|Monday⟧""",
    )
    r(
        "en_GB",
        "letter",
        """Mr ⟦P|Ravinder Singh Bhogal⟧
⟦A|112 Soho Road
Handsworth
Birmingham
B21 9DP⟧

HM Revenue & Customs
Self Assessment
BX9 1AS

⟦o:D|2 February 2024⟧

Dear Sir/Madam,
Unique Taxpayer Reference: ⟦TAX@gb.utr|75382 14907⟧
National Insurance number: ⟦NID|JK 48 21 93 C⟧

I wish to appeal the late filing penalty of ⟦o:AMT|£100⟧ (penalty ref ⟦o:ROW|XJ004519283741⟧). My return was delayed because I was in hospital.

Yours faithfully,
R. S. Bhogal""",
    )
    r(
        "en_GB",
        "web_form",
        """Energy supplier – change of tenancy
Full name: ⟦P|Eleanor Fairweather⟧
Date of birth: ⟦DOB|3rd May 1987⟧
Property: ⟦A|Ground Floor Flat, 9 Cavendish Mews, Leeds LS6 2AW⟧
Meter reading (electric): ⟦o:QTY|041187⟧ taken ⟦o:D|12/09/2024⟧
Bank details for Direct Debit: sort code ⟦a:BC|30-96-34⟧ account ⟦BBAN|74820115⟧""",
    )
    r(
        "en_GB",
        "sms",
        """hiya its ⟦P|shannon⟧ ref ⟦o:ORD|ASO-88127733⟧ the jeans came in the wrong size can i swap for a 12 instead of a 10""",
    )
    r(
        "en_GB",
        "email",
        """Hi,

Please can you update my driving licence details on the insurance policy ⟦o:ROW|MTR/441/09825⟧. New licence number is ⟦DL|OCONN853217AB9XK⟧, issued after I changed address. The new address is ⟦A|56 Gloucester Crescent, Cheltenham GL50 3PR⟧.

Thanks,
⟦P|Aoife O'Connell⟧""",
    )
    r(
        "en_GB",
        "chat",
        """Customer: my card got swallowed by the cash machine on ⟦L|Deansgate⟧
Agent: Sorry about that. Which card is it?
Customer: debit, ⟦CC|5354 2190 7744 0128⟧
Customer: I'm in ⟦L|Manchester⟧ till Friday so need a new one sent to my hotel not home""",
    )
    r(
        "en_GB",
        "voicemail",
        """Voicemail left ⟦o:D|Thu 18 Jan⟧ ⟦o:T|08:03⟧: "Hi, it's ⟦P|Margaret Ashworth⟧ ringing from ⟦A|17 Brook Lane, Ormskirk⟧, the bin's not been collected for ⟦o:QTY|three⟧ weeks now. Reference from the last time I rang is ⟦o:TKT|SR-2209113⟧. Me number's ⟦PH|01695 573 210⟧. Ta." """,
    )
    r(
        "en_GB",
        "email",
        """Subject: Refund for cancelled flight ⟦o:FLT|BA 2764⟧

Booking ref ⟦o:ORD|X7LQ9D⟧. Passengers: ⟦P|Tomasz Wiśniewski⟧ (passport ⟦PP|543218806⟧) and ⟦P|Hannah Wiśniewska⟧ (passport ⟦PP|551920374⟧). The flight on ⟦o:D|22 July⟧ was cancelled and we paid ⟦o:AMT|£612.40⟧ for replacement tickets.

Refund to ⟦IBAN|GB36LOYD30963748201157⟧ please.

Tomasz""",
    )
    r(
        "en_GB",
        "web_form",
        """University accommodation – maintenance
Student: ⟦P|Kwame Asante-Boateng⟧
Room: ⟦A|Block C, Room 214, Jesmond Halls, Newcastle NE2 3RL⟧
Issue: radiator leaking. Also the wifi keeps dropping, my laptop gets ⟦IP|10.44.82.117⟧ then nothing. Router label says ⟦o:PROD|Cisco Meraki MR46⟧""",
    )
    r(
        "en_GB",
        "chat",
        """me: hello can someone help, i've been locked out of my online banking
agent: Of course. Full name and postcode please?
me: ⟦P|Declan Fitzgerald⟧ ⟦a:PC|CF24 4QN⟧
agent: Thanks Declan. For security I'll send a one-time code to the mobile ending 781.
me: got it ⟦S|839214⟧""",
    )
    r(
        "en_GB",
        "email",
        """Dear Housing Options,

I am writing to ask for an update on my housing application (ref ⟦o:ROW|HO/2023/07741⟧). I currently live with my two children, ⟦P|Leila⟧ and ⟦P|Yusuf⟧, in a one-bedroom flat at ⟦A|Flat 11, Beckton House, 41 Tollgate Road, London E6 5YA⟧. The damp is making Yusuf's asthma worse – his hospital number is ⟦MRN|RF4-2210893⟧ at Newham.

Yours sincerely,
⟦P|Nadia Rahman⟧""",
    )
    r(
        "en_GB",
        "sms",
        """Your ⟦o:PROD|Royal Mail⟧ parcel ⟦o:TRK|JD019283746GB⟧ will be delivered ⟦o:D|tomorrow⟧ between ⟦o:T|10:15⟧ and ⟦o:T|11:15⟧. Reply STOP to opt out.""",
    )
    r(
        "en_GB",
        "chat",
        """agent: How can I help today?
cust: hi yes I want to dispute a parking fine, PCN ⟦o:TKT|WM48102773⟧
cust: i was parked outside ⟦A|22 Hill Street⟧ dropping my mum ⟦P|Pauline⟧ at the doctor, she's disabled, blue badge ⟦o:ROW|BB 7719 2034⟧
cust: my name is ⟦P|gary pemberton⟧""",
    )
    r(
        "en_GB",
        "email",
        """Hello,

I would like to make a Subject Access Request under UK GDPR for all data you hold about me.

Name: Dr ⟦P|Imogen Hartley-Vance⟧
Previous surname: ⟦P|Vance⟧
Date of birth: ⟦DOB|19.11.1976⟧
Email: ⟦E|imogen.hv@protonmail.com⟧
Customer number: ⟦o:ROW|100482771⟧

Please respond within one month.
Imogen""",
    )
    r(
        "en_GB",
        "web_form",
        """Lettings enquiry
Name: ⟦P|Wojciech Nowicki⟧
Phone: ⟦PH|+44 (0)113 496 0271⟧
Message: Interested in the 2-bed at ⟦A|8 Regent Terrace, Leeds LS7 4PE⟧ listed at ⟦o:AMT|£1,150 pcm⟧. I work at the hospital, can provide references. My partner ⟦P|Zofia⟧ would also be on the tenancy.""",
    )
    r(
        "en_GB",
        "chat",
        """agent: Thanks for waiting. I can see the API key you sent in the earlier message, I'd strongly recommend revoking it.
customer: ugh yeah sorry, it was ⟦S|sk_live_51HxT9qLkD2pQ8vRz7mYwN3aB⟧ right? revoking now
customer: the integration is throwing ⟦o:ERR|HTTP 429⟧ on every call since ⟦o:VER|2.14.0⟧""",
    )
    r(
        "en_GB",
        "letter",
        """⟦o:D|4 March 2024⟧

Dear Mrs ⟦P|Okafor⟧,
Thank you for your letter regarding your late husband ⟦P|Chidi Okafor⟧'s account. We have now closed the account and the remaining balance of ⟦o:AMT|£2,314.77⟧ will be paid to the estate.

Yours sincerely,
Bereavement Support Team""",
    )
    r(
        "en_GB",
        "email",
        """To whom it may concern,

Re: Blue Badge renewal for ⟦P|Alasdair MacLeod⟧, ⟦A|3 Craigentinny Crescent, Edinburgh EH7 6QA⟧, DOB ⟦DOB|08-Jun-1949⟧

My father can no longer walk more than a few metres. His GP is Dr ⟦P|Fiona Baird⟧ at the Leith practice. His CHI number is ⟦NID|0806491873⟧.

Regards, ⟦P|Catriona MacLeod⟧ (daughter)""",
    )
    r(
        "en_GB",
        "chat",
        """cust: is the ⟦o:PROD|iPhone 15 Pro⟧ in stock at the Reading store
agent: We have ⟦o:QTY|2⟧ units in Natural Titanium 256GB, SKU ⟦o:SKU|MTV53ZD/A⟧. Would you like me to reserve one?
cust: no thanks just checking""",
    )
    r(
        "en_AU",
        "email",
        """G'day,

I've been charged twice for my Opal top-up (txn ⟦o:REQ|TXN88201934⟧, ⟦o:AMT|$50.00⟧ each). Card used was ⟦CC|4716 1403 6620 9816⟧.

Also my address changed to ⟦A|Unit 7/42 Bronte Road, Bondi Junction NSW 2022⟧.

Cheers,
⟦P|Lachlan Doherty⟧
⟦PH|0412 555 083⟧""",
    )
    r(
        "en_AU",
        "web_form",
        """ATO – update my details
Name: ⟦P|Mei Ling Tran⟧
TFN: ⟦TAX@au.tfn|459 599 230⟧
Date of birth: ⟦DOB|21/06/1990⟧
Postal address: ⟦A|PO Box 1184, Fortitude Valley QLD 4006⟧
Phone: ⟦PH|+61 7 3555 0192⟧""",
    )
    r(
        "en_AU",
        "chat",
        """agent: can I grab your Medicare number for the claim?
cust: ⟦HPN|2953 71842 1⟧ and I'm number 2 on the card
cust: the GP visit was ⟦o:D|last Friday⟧, ⟦o:AMT|$85⟧ out of pocket
cust: name ⟦P|bianca russo⟧""",
    )
    r(
        "en_AU",
        "sms",
        """Hi this is ⟦P|Jarrah Williams⟧, running 20 min late for the car pickup at the airport, booking ⟦o:ORD|HZ-AU-3318827⟧. my licence is ⟦DL|NT 1042877⟧ if u need to pre-fill""",
    )
    r(
        "en_CA",
        "email",
        """Hello Service Canada,

I'm trying to apply for EI but the system says my SIN ⟦NID@ca.sin|464 542 869⟧ doesn't match. My name is ⟦P|Geneviève Tremblay-Okonkwo⟧ and my date of birth is ⟦DOB|1988-12-05⟧. I live at ⟦A|2150 rue Saint-Denis, app. 4, Montréal QC H2X 3K8⟧.

Merci,
Geneviève""",
    )
    r(
        "en_CA",
        "chat",
        """agent: Which province issued your health card?
caller: Ontario, it's ⟦HPN|4532-281-947-KT⟧
caller: I'm ⟦P|Harjit Sandhu⟧, calling about my mom ⟦P|Gurmeet Kaur Sandhu⟧'s physio referral from Dr. ⟦P|Nguyen⟧""",
    )
    r(
        "en_CA",
        "web_form",
        """Hydro bill inquiry
Account: ⟦o:ROW|7720 4419 306⟧
Name: ⟦P|Brennan MacAulay⟧
Service address: ⟦A|88 Quinpool Rd, Halifax NS B3L 1A1⟧
Email: ⟦E|b.macaulay@eastlink.ca⟧
Comment: bill for ⟦o:D|Nov⟧ is ⟦o:PCT|40%⟧ higher and no one was home, we were in ⟦L|Florida⟧ all month""",
    )
    r(
        "en_CA",
        "voicemail",
        """Auto-transcript: hi it's ⟦P|Donovan Clarke⟧, uh, I'm calling about the rental at ⟦A|1410 Pembina Highway, unit 305, Winnipeg⟧. The furnace is making a banging noise. Call me at ⟦PH|two oh four, five five five, zero one seven three⟧ thanks""",
    )
    r(
        "en_IN",
        "email",
        """Respected Sir/Madam,

My name is ⟦P|Venkatesh Subramanian⟧ and I am holding savings account ⟦BBAN|50100238817763⟧ in your Adyar branch (IFSC ⟦a:BC|HDFC0001862⟧). My Aadhaar ⟦NID@in_.aadhaar|2341 8790 5611⟧ was linked but KYC still shows pending. PAN is ⟦TAX@in_.pan|AFZPK7190K⟧.

Kindly do the needful at the earliest.

Thanking you,
Venkatesh S.
⟦PH|+91 98401 55273⟧""",
    )
    r(
        "en_IN",
        "chat",
        """customer: hello my refund for order ⟦o:ORD|OD428817733201100⟧ not received
agent: Apologies ma'am. May I know the registered mobile?
customer: ⟦PH|9823155407⟧
customer: name ⟦P|priyanka deshmukh⟧, refund confirmation to ⟦E|priyanka.deshmukh91@rediffmail.com⟧""",
    )
    r(
        "en_IN",
        "web_form",
        """Electricity new connection
Applicant: ⟦P|Mohammed Irfan Qureshi⟧
Father's name: ⟦P|Abdul Rashid Qureshi⟧
Address: ⟦A|H.No. 12-2-417/B, Gudimalkapur, Mehdipatnam, Hyderabad 500028⟧
Aadhaar: ⟦NID@in_.aadhaar|560312478894⟧
Load required: ⟦o:QTY|5 kW⟧""",
    )
    r(
        "en_IN",
        "email",
        """Dear Registrar,

I request a duplicate of my degree certificate. I am ⟦P|Ananya Bhattacharya⟧ (Roll No. ⟦o:ROW|15CS1047⟧, batch of ⟦o:D|2019⟧), date of birth ⟦DOB|17th March 1997⟧. I am currently in ⟦L|Pune⟧ for work. Passport ⟦PP|T4821907⟧ attached for identification.

Regards,
Ananya""",
    )
    r(
        "en_NG",
        "email",
        """Good day,

I am writing to complain that ⟦o:AMT|N45,000⟧ was debited from my account on ⟦o:D|14/08/2024⟧ for a transfer that failed. Session ID ⟦o:REQ|000015240814123358920173⟧.

Account name: ⟦P|Chukwuemeka Nnamdi Eze⟧
Account number: ⟦BBAN|0123456789⟧ (NUBAN)
BVN: ⟦NID|22184027731⟧
Phone: ⟦PH|0803 555 1247⟧

Please reverse urgently.""",
    )
    r(
        "en_NG",
        "chat",
        """agent: Welcome to MTN. How can I help?
cust: abeg my data finish and they still deduct ⟦o:AMT|N1,500⟧
cust: my number ⟦PH|+234 806 555 0391⟧, name ⟦P|Folake Adebayo⟧
cust: i dey for ⟦L|Ibadan⟧ now so network no too good""",
    )
    r(
        "en_NG",
        "web_form",
        """Scholarship application – Part B
Full name: ⟦P|Aisha Bello Danjuma⟧
NIN: ⟦NID|48102937715⟧
Date of birth: ⟦DOB|02-Oct-2003⟧
Home address: ⟦A|No. 7 Sultan Abubakar Road, Sokoto⟧
Guardian: Alhaji ⟦P|Musa Danjuma⟧, ⟦PH|08035550118⟧""",
    )
    r(
        "en_PH",
        "chat",
        """cust: good evening po, my PhilHealth contributions are not posted since ⟦o:D|January⟧
agent: Kindly provide your PhilHealth ID number po.
cust: ⟦HPN|12-025518473-9⟧
cust: ⟦P|Maria Cristina Dela Cruz⟧ po, birthday ⟦DOB|Sept 8 1985⟧
cust: also someone texted me asking for the OTP, I already gave it ⟦S|551903⟧ 😭""",
    )
    r(
        "en_PH",
        "email",
        """Hi Globe Support,

My postpaid account (⟦o:ROW|Acct 882011937⟧) was charged ⟦o:AMT|PHP 3,499⟧ for roaming but I never left ⟦L|Cebu⟧. Please check. You can reach me at ⟦PH|0917 555 2840⟧ or my sister ⟦P|Joy⟧ at ⟦PH|0918 555 6612⟧.

Salamat,
⟦P|Ramon Villanueva Jr.⟧""",
    )
    r(
        "en_PH",
        "web_form",
        """BIR eReg concern
Name: ⟦P|Jose Miguel Santiago⟧
TIN: ⟦TAX|417-552-903-000⟧
Address: ⟦A|Blk 5 Lot 12, Phase 2, Sampaguita St., Brgy. San Isidro, Antipolo City, Rizal 1870⟧
Email: ⟦E|jm.santiago88@gmail.com⟧
Problem: cannot generate ⟦o:PROD|Form 1902⟧, error ⟦o:ERR|E-1047⟧""",
    )
    r(
        "en_AU",
        "email",
        """Hi,

Our small charity's donation page went down overnight. Status page shows ⟦o:ERR|502 Bad Gateway⟧. Deployed commit ⟦o:SHA|4f9a1c2e⟧ at ⟦o:T|11:40pm⟧ AEST. Nothing else changed, ⟦o:QTY|0⟧ donations since.

Thanks, the volunteer web team""",
    )
    r(
        "en_CA",
        "sms",
        """Rogers: Your bill of ⟦o:AMT|$96.44⟧ is due ⟦o:D|Apr 12⟧. Ref ⟦o:INV|B-4471882⟧. Pay at rogers.com/pay""",
    )
    r(
        "de_DE",
        "email",
        """Sehr geehrte Damen und Herren,

hiermit widerspreche ich der Rechnung ⟦o:INV|RE-2024-0081733⟧ über ⟦o:AMT|189,90 €⟧. Den Vertrag habe ich am ⟦o:D|15.01.2024⟧ fristgerecht gekündigt.

Bitte erstatten Sie den Betrag auf mein Konto ⟦IBAN|DE70 1203 0000 1067 4339 18⟧.

Mit freundlichen Grüßen
⟦P|Jörg Hüttenbrenner⟧
⟦A|Schillerstraße 44, 04109 Leipzig⟧
Tel. ⟦PH|0341 5550 2271⟧""",
    )
    r(
        "de_DE",
        "web_form",
        """Kontaktformular Finanzamt
Name: ⟦P|Ayşe Demirtaş⟧
Steuer-ID: ⟦TAX@de.idnr|47 013 859 200⟧
Geburtsdatum: ⟦DOB|09.04.1982⟧
Anliegen: Mein Bescheid für ⟦o:D|2022⟧ enthält die falsche Adresse. Ich wohne seit März in der ⟦A|Weserstraße 118, 12059 Berlin⟧.""",
    )
    r(
        "de_DE",
        "chat",
        """kunde: hallo, mein paket ⟦o:TRK|00340434161094042557⟧ ist seit ⟦o:QTY|5 tagen⟧ im depot
agent: Das tut mir leid. Darf ich Ihren Namen und die Lieferadresse haben?
kunde: ⟦P|lukas brenner⟧, ⟦A|Am Glockenturm 3a, 79098 Freiburg⟧
kunde: meine freundin ⟦P|Svenja⟧ hätte es auch annehmen können""",
    )
    r(
        "de_DE",
        "letter",
        """Dr. ⟦P|Friederike von Ahlen⟧
⟦A|Lindenallee 7
50968 Köln⟧

An die Techniker Krankenkasse

Köln, ⟦o:D|3. Juni 2024⟧

Versichertennummer: ⟦HPN|K482917365⟧

Sehr geehrte Damen und Herren,
bitte senden Sie mir eine neue Gesundheitskarte, die alte wurde gestohlen. Die Anzeige bei der Polizei hat das Aktenzeichen ⟦o:ROW|ST/0418822/2024⟧.

Freundliche Grüße
F. von Ahlen""",
    )
    r(
        "de_DE",
        "chat",
        """Kunde: Ich komme nicht ins Kundenportal, Fehler ⟦o:ERR|E-4031⟧
Agent: Welche E-Mail-Adresse ist hinterlegt?
Kunde: ⟦E~at_dot|m punkt schaefer at web punkt de⟧
Kunde: also ⟦P|Markus Schäfer⟧, Kundennummer ⟦o:ROW|1004728831⟧""",
    )
    r(
        "de_AT",
        "email",
        """Sehr geehrtes Team der ÖGK,

ich ersuche um Rückerstattung der Wahlarztrechnung vom ⟦o:D|12.02.2024⟧ (⟦o:AMT|€ 120,–⟧). Meine Sozialversicherungsnummer lautet ⟦NID|1237 150382⟧. Überweisung bitte auf ⟦IBAN|AT58 2011 1827 3450 9917⟧.

Mit freundlichen Grüßen
Mag. ⟦P|Katharina Pichler-Hofbauer⟧
⟦A|Kaiserstraße 88/2/14, 1070 Wien⟧""",
    )
    r(
        "de_AT",
        "chat",
        """agent: Grüß Gott, wie kann ich helfen?
kunde: Servus, ⟦P|Florian Gruber⟧ hier, mein Handy ⟦PH|+43 664 555 3871⟧ hat seit gestern kein Netz
kunde: bin gerade in ⟦L|Innsbruck⟧ bei meiner Mutter""",
    )
    r(
        "de_CH",
        "email",
        """Grüezi

Ich möchte meine AHV-Nummer bei der Pensionskasse korrigieren lassen, dort ist eine falsche hinterlegt. Richtig ist ⟦NID@ch.ssn|756.9214.7293.58⟧.

Freundliche Grüsse
⟦P|Reto Zürcher⟧
⟦A|Bahnhofstrasse 21, 8001 Zürich⟧
⟦PH|+41 44 555 18 92⟧""",
    )
    r(
        "de_CH",
        "web_form",
        """Mietinteressent
Name: ⟦P|Nicole Brunner-Imboden⟧
Geburtsdatum: ⟦DOB|27.08.1979⟧
Aktuelle Adresse: ⟦A|Marktgasse 5, 3011 Bern⟧
Arbeitgeber: SBB
Objekt: 3.5-Zimmer, Ref. ⟦o:ROW|OBJ-44817⟧, Miete ⟦o:AMT|CHF 2'340.–⟧""",
    )
    r(
        "fr_FR",
        "email",
        """Bonjour,

Je vous contacte au sujet de mon remboursement de soins. Mon numéro de sécurité sociale est le ⟦NID@fr.nir|1 84 06 75 116 234 85⟧. La facture ⟦o:INV|F-2024-33187⟧ du ⟦o:D|3 avril⟧ n'a toujours pas été prise en charge.

Cordialement,
⟦P|Étienne Lefèvre-Dubois⟧
⟦A|12, rue des Martyrs, 75009 Paris⟧
⟦PH|06 12 55 48 93⟧""",
    )
    r(
        "fr_FR",
        "chat",
        """client : bonjour, ma box ne marche plus depuis hier soir, voyant rouge
agent : Pouvez-vous me donner votre identifiant client ?
client : ⟦o:ROW|FB-771204936⟧, au nom de ⟦P|nathalie guerin⟧
client : et le mot de passe wifi c'est ⟦S|Chat-Noir_1987⟧ si besoin""",
    )
    r(
        "fr_FR",
        "letter",
        """Mme ⟦P|Fatoumata Diallo⟧
⟦A|Bâtiment B, 3 allée des Lilas
93200 Saint-Denis⟧

Objet : réclamation – prélèvement injustifié

Madame, Monsieur,
Un prélèvement de ⟦o:AMT|59,99 €⟧ a été effectué le ⟦o:D|05/03/2024⟧ sur mon compte ⟦IBAN|FR51 3000 4028 3700 0108 7965 142⟧ sans mon autorisation. Je vous demande le remboursement immédiat.

Veuillez agréer mes salutations distinguées.
F. Diallo""",
    )
    r(
        "fr_FR",
        "web_form",
        """Location de voiture – réclamation
Nom : ⟦P|Hugo Marchetti⟧
Permis de conduire : ⟦DL|12AB34567890⟧
Né le : ⟦DOB|14/09/1992⟧
Réservation : ⟦o:ORD|EUR-7739102⟧
Message : on m'a facturé ⟦o:AMT|300 €⟧ de franchise pour une rayure déjà présente.""",
    )
    r(
        "fr_BE",
        "email",
        """Bonjour,

Suite à mon déménagement, merci de mettre à jour mon adresse : ⟦A|Rue de la Victoire 154 bte 3, 1060 Saint-Gilles⟧. Mon numéro de registre national est ⟦NID@be.nn|85.07.30-033.28⟧.

Bien à vous,
⟦P|Sophie Vandenbroucke⟧""",
    )
    r(
        "fr_BE",
        "chat",
        """agent: Bonjour, Proximus, que puis-je faire pour vous ?
client: ma facture ⟦o:INV|0047718823⟧ est trop élevée, ⟦o:AMT|142 €⟧
client: c'est pour la ligne ⟦PH|0475 55 28 16⟧, ⟦P|Karim Benali⟧""",
    )
    r(
        "de_DE",
        "sms",
        """Ihre DHL Sendung ⟦o:TRK|JJD000390007764458122⟧ wird heute zwischen ⟦o:T|13:00⟧ und ⟦o:T|15:30⟧ zugestellt.""",
    )
    r(
        "fr_FR",
        "chat",
        """client: bonjour, j'ai commandé le ⟦o:PROD|Dyson V15⟧, commande ⟦o:ORD|CMD-99812734⟧, reçu cassé
agent: Désolé ! Pouvez-vous envoyer une photo à notre service ?
client: ok c'est fait, ticket ⟦o:TKT|#552081⟧""",
    )
    r(
        "de_DE",
        "email",
        """Hallo Support,

unser Admin hat bei der Einrichtung der Schnittstelle ⟦o:VER|v3.8⟧ den Zugang in das Ticket kopiert:
⟦UC|https://api_user:Wint3r!Sonne44@shop.mueller-gartenbedarf.de/api/v2⟧
Bitte Ticket löschen. Das Passwort ist schon geändert.

Gruß ⟦P|Tobias Reinhardt⟧""",
    )
    r(
        "de_AT",
        "letter",
        """An das Finanzamt Österreich

Betreff: Arbeitnehmerveranlagung ⟦o:D|2023⟧

Sehr geehrte Damen und Herren,
ich, Ing. ⟦P|Stefan Wallner⟧, geboren am ⟦DOB|3. Jänner 1975⟧, wohnhaft in ⟦A|Hauptplatz 9, 4020 Linz⟧, ersuche um Korrektur der Pendlerpauschale. Meine Steuernummer: ⟦TAX|46 123/4567⟧.

Hochachtungsvoll
Stefan Wallner""",
    )
    r(
        "de_CH",
        "chat",
        """kunde: hoi, min zug ⟦o:FLT|IC 718⟧ isch usgfalle, chan ich s billett zruggäh?
agent: Ja, bitte geben Sie die Auftragsnummer an.
kunde: ⟦o:ORD|SBB-44718203⟧""",
    )
    r(
        "es_MX",
        "email",
        """Buenas tardes,

Les escribo porque el SAT me marca un adeudo que no reconozco. Mi RFC es ⟦TAX@mx.rfc|GODE561231GR0⟧ y mi CURP ⟦NID@mx.curp|HEGG560427MVZRRL04⟧. El folio de la aclaración es ⟦o:TKT|AC-2024-5518273⟧.

Domicilio fiscal: ⟦A|Calle Jacarandas 214, Col. Del Valle, Benito Juárez, 03100 Ciudad de México, CDMX⟧

Atentamente,
⟦P|Guadalupe Hernández Gómez⟧
Cel. ⟦PH|55 5512 8830⟧""",
    )
    r(
        "es_MX",
        "chat",
        """cliente: hola, me cobraron dos veces el pedido ⟦o:ORD|MX-40018827⟧
agente: Claro, ¿me confirma el nombre del titular de la tarjeta?
cliente: ⟦P|juan pablo martínez ruiz⟧
cliente: la tarjeta es ⟦CC|5521 4700 9361 7250⟧, vence ⟦o:D|09/27⟧""",
    )
    r(
        "es_MX",
        "voicemail",
        """Transcripción: Buenos días, habla ⟦P|Rosa Elena Cárdenas⟧, le llamo por lo del contrato de luz en ⟦A|Av. Revolución 1520, depto 3, Guadalajara⟧. Mi número es ⟦PH|33 3555 0927⟧, el de mi esposo ⟦P|Armando⟧ es ⟦PH|33 3555 4410⟧. Gracias.""",
    )
    r(
        "es_ES",
        "email",
        """Hola,

Solicito la devolución de la fianza del piso de ⟦A|C/ Doctor Fourquet 17, 3º izda., 28012 Madrid⟧. Entregué las llaves el ⟦o:D|30 de junio⟧. DNI ⟦NID@es.dni|48392017-V⟧. Por favor, ingresen los ⟦o:AMT|1.200 €⟧ en ⟦IBAN|ES10 0049 2352 0824 1420 5416⟧.

Un saludo,
⟦P|Álvaro Ibáñez Castro⟧""",
    )
    r(
        "es_ES",
        "chat",
        """agente: ¿Me indica su NIE para verificar la identidad?
cliente: ⟦NID@es.nie|X-4921736-N⟧
cliente: soy ⟦P|Olena Kovalenko⟧, estoy en ⟦L|Valencia⟧ desde hace dos años
cliente: necesito la tarjeta sanitaria para mi hijo ⟦P|Maksym⟧""",
    )
    r(
        "es_ES",
        "web_form",
        """Reclamación aerolínea
Nombre: ⟦P|Iñaki Etxeberria Goikoetxea⟧
Pasaporte: ⟦PP|PAB482917⟧
Vuelo: ⟦o:FLT|IB3171⟧ del ⟦o:D|12/08/2024⟧
Equipaje: maleta perdida, PIR ⟦o:TKT|MADIB48812⟧
Teléfono: ⟦PH|+34 612 55 83 19⟧""",
    )
    r(
        "it_IT",
        "email",
        """Gentile Servizio Clienti,

vi scrivo per contestare la bolletta n. ⟦o:INV|2024/00417728⟧ di ⟦o:AMT|€ 312,45⟧. Il mio codice fiscale è ⟦NID@it.codicefiscale|RSSMRA84M12F205Y⟧ e l'utenza è intestata a me, ⟦P|Mario Rossi⟧, in ⟦A|Via Giuseppe Verdi 23, 20121 Milano (MI)⟧.

Distinti saluti
Mario Rossi
⟦PH|+39 347 555 2019⟧""",
    )
    r(
        "it_IT",
        "chat",
        """cliente: buongiorno, devo cambiare l'IBAN per l'addebito
operatore: Certo, mi può dare il nuovo IBAN?
cliente: ⟦IBAN|IT25 Y030 6909 6061 0000 0063 117⟧
cliente: intestato a ⟦P|Chiara Santoro⟧ e a mia madre ⟦P|Lucia Ferrari⟧""",
    )
    r(
        "it_IT",
        "letter",
        """Spett.le Comune di Bologna
Ufficio Tributi

Oggetto: rimborso TARI ⟦o:D|2023⟧

La sottoscritta Sig.ra ⟦P|Giulia Bianchi⟧, nata a Roma il ⟦DOB|15/05/1991⟧, residente in ⟦A|Via dell'Indipendenza 54, 40121 Bologna⟧, C.F. ⟦NID@it.codicefiscale|BNCGLI91E55H501B⟧, chiede il rimborso di ⟦o:AMT|€ 86,00⟧ versati in eccesso.

In fede
Giulia Bianchi""",
    )
    r(
        "nl_NL",
        "email",
        """Beste klantenservice,

Mijn pakket met trackingcode ⟦o:TRK|3SPOST4471288⟧ is bij de buren afgeleverd maar die zijn op vakantie. Ik woon op ⟦A|Ouderkerkerlaan 112-III, 1185 AA Amstelveen⟧.

Met vriendelijke groet,
⟦P|Pieter-Jan van der Berg⟧
⟦PH|06-5551 8327⟧""",
    )
    r(
        "nl_NL",
        "web_form",
        """Belastingdienst – vraag toeslagen
Naam: ⟦P|Fatima el Amrani⟧
BSN: ⟦NID@nl.bsn|235814039⟧
Geboortedatum: ⟦DOB|11-03-1986⟧
Vraag: ik heb ⟦o:AMT|€ 1.428⟧ huurtoeslag terug moeten betalen maar mijn inkomen was lager. Kenmerk ⟦o:ROW|T-2023-0081724⟧.""",
    )
    r(
        "nl_NL",
        "chat",
        """klant: hoi, ik ben ⟦P|daan smits⟧, mijn ov-chip is geblokkeerd
medewerker: Wat is het kaartnummer?
klant: ⟦o:ROW|3528 0104 4871 2290⟧
klant: de pincode was ⟦S|8821⟧, die heeft iemand gezien denk ik
klant: ik wil het saldo terug op ⟦IBAN|NL13 RABO 0318 2944 57⟧""",
    )
    r(
        "pt_PT",
        "email",
        """Boa tarde,

Venho por este meio pedir a segunda via da fatura ⟦o:INV|FT 2024/88173⟧. O meu NIF é ⟦TAX@pt.nif|245 198 733⟧ e a morada é ⟦A|Rua Augusta 148, 2.º Esq., 1100-053 Lisboa⟧.

Cumprimentos,
⟦P|João Pedro Magalhães⟧
⟦PH|912 555 047⟧""",
    )
    r(
        "pt_PT",
        "chat",
        """cliente: olá, quero cancelar o seguro automóvel
agente: Qual é o número da apólice?
cliente: ⟦o:ROW|AU-7718822⟧, titular ⟦P|Inês Carvalho⟧
cliente: o cartão de cidadão é ⟦NID@pt.cc|12345679 ZZ4⟧""",
    )
    r(
        "pt_BR",
        "email",
        """Olá,

Fui cobrada indevidamente no cartão ⟦CC|4532 0155 7312 8847⟧ pelo pedido ⟦o:ORD|BR-99128370⟧. Meu CPF é ⟦NID@br.cpf|529.982.247-25⟧.

Endereço de entrega: ⟦A|Rua Haddock Lobo 595, apto 82, Cerqueira César, São Paulo - SP, 01414-001⟧

Obrigada,
⟦P|Luana Ferreira da Silva⟧""",
    )
    r(
        "pt_BR",
        "chat",
        """atendente: Boa tarde! Em que posso ajudar?
cliente: boa tarde, minha fatura veio com ⟦o:AMT|R$ 389,90⟧ de ligação internacional
cliente: não liguei pra fora, meu número é ⟦PH|(21) 99555-8204⟧
cliente: ⟦P|thiago nascimento⟧, CPF ⟦NID@br.cpf|318.460.572-80⟧""",
    )
    r(
        "pt_BR",
        "web_form",
        """Ouvidoria – Plano de saúde
Beneficiário: ⟦P|Cláudia Regina Moura⟧
Carteirinha: ⟦HPN|0 884 000123456 78 9⟧
Nascimento: ⟦DOB|22/02/1968⟧
Relato: cirurgia negada, protocolo ⟦o:TKT|ANS-2024-3318720⟧. Meu filho ⟦P|Rafael⟧ está acompanhando o caso.""",
    )
    r(
        "es_ES",
        "sms",
        """Renfe: su billete para el tren ⟦o:FLT|AVE 03142⟧ del ⟦o:D|14/03⟧ a las ⟦o:T|08:30⟧ ha sido confirmado. Localizador ⟦o:ORD|Y7K4QF⟧.""",
    )
    r(
        "it_IT",
        "chat",
        """cliente: salve l'app mi dà errore ⟦o:ERR|ERR-5002⟧ dopo l'aggiornamento ⟦o:VER|4.12.3⟧
operatore: Ha provato a reinstallare?
cliente: sì, niente""",
    )
    r(
        "pt_BR",
        "email",
        """Prezados,

Nosso sistema de doações expôs a chave da API no repositório público ⟦o:SHA|9c3e1ab47f02d8e6⟧. A chave é ⟦S|AKIAIOSFODNN7KX4QJ2B⟧ / segredo ⟦S|wJalrXUtnFEMI/K7MDENG/bPxRfiCYzq81Ln4T⟧. Também subiu a string do banco: ⟦UC|mongodb+srv://ong_admin:Doacao2024xP@cluster0.ab12c.mongodb.net/doacoes⟧. Favor revogar tudo.

Att., ⟦P|Bruno Takahashi⟧ – TI da ONG""",
    )
    r(
        "pl_PL",
        "email",
        """Dzień dobry,

zwracam się z prośbą o zwrot nadpłaty za prąd. Numer klienta ⟦o:ROW|40021887331⟧. PESEL: ⟦NID@pl.pesel|88071413572⟧. Proszę o przelew na konto ⟦IBAN|PL88 2490 2000 0001 0439 2755 0817⟧.

Adres: ⟦A|ul. Marszałkowska 84/92 m. 117, 00-514 Warszawa⟧

Z poważaniem
⟦P|Krzysztof Wójcik-Zalewski⟧
tel. ⟦PH|+48 601 555 274⟧""",
    )
    r(
        "pl_PL",
        "chat",
        """klient: dzień dobry, nie mogę się zalogować do e-Urzędu Skarbowego
konsultant: Proszę podać imię, nazwisko i PESEL.
klient: ⟦P|Małgorzata Dąbrowska⟧, ⟦NID@pl.pesel|92032508412⟧
klient: córka ⟦P|Zuzia⟧ też ma ten problem""",
    )
    r(
        "pl_PL",
        "web_form",
        """Reklamacja – sklep internetowy
Imię i nazwisko: ⟦P|Paweł Grzegorczyk⟧
Nr zamówienia: ⟦o:ORD|ZAM/2024/118277⟧
Produkt: ⟦o:PROD|Xiaomi Redmi Note 13⟧, ⟦o:SKU|RN13-8-256-BLK⟧
Adres do odesłania: ⟦A|ul. Piotrkowska 211 lok. 4, 90-456 Łódź⟧
Telefon: ⟦PH|512 555 938⟧""",
    )
    r(
        "cs_CZ",
        "email",
        """Dobrý den,

prosím o změnu bankovního spojení pro výplatu důchodu. Nové číslo účtu: ⟦BBAN|19-2000145399/0800⟧. Rodné číslo: ⟦NID@cz.rc|870415/0037⟧.

S pozdravem
⟦P|Jiří Novotný⟧
⟦A|Vinohradská 1233/48, 120 00 Praha 2⟧""",
    )
    r(
        "cs_CZ",
        "chat",
        """zákazník: dobrý den, objednávka ⟦o:ORD|CZ-771204⟧ nedorazila
operátor: Dobrý den, můžete mi dát jméno a telefon?
zákazník: ⟦P|Tereza Horáková⟧, ⟦PH|+420 777 555 318⟧
zákazník: jsem teď v ⟦L|Brně⟧ u rodičů, můžete to přesměrovat?""",
    )
    r(
        "sv_SE",
        "email",
        """Hej,

Jag har fått en faktura (nr ⟦o:INV|88120447⟧) för ett abonnemang som jag sade upp i ⟦o:D|april⟧. Mitt personnummer är ⟦NID@se.personnummer|19790622-2380⟧.

Med vänliga hälsningar
⟦P|Åsa Lindqvist⟧
⟦A|Götgatan 48, 4 tr, 118 26 Stockholm⟧""",
    )
    r(
        "sv_SE",
        "chat",
        """kund: hej, BankID funkar inte efter att jag bytte telefon
handläggare: Vilket är ditt personnummer?
kund: ⟦NID@se.personnummer|930109-7714⟧
kund: ⟦P|Oskar Bergström⟧ heter jag, bor i ⟦L|Umeå⟧""",
    )
    r(
        "da_DK",
        "email",
        """Hej,

Jeg skal flytte og vil gerne opsige lejekontrakten for ⟦A|Nørrebrogade 184, 3. tv., 2200 København N⟧ pr. ⟦o:D|1. oktober⟧. Mit CPR-nummer er ⟦NID@dk.cpr|120487-1440⟧ og depositum bedes overført til ⟦IBAN|DK34 3000 3712 4055 89⟧.

Venlig hilsen
⟦P|Mette Kjærgaard⟧""",
    )
    r(
        "da_DK",
        "chat",
        """kunde: hej, min pakke ⟦o:TRK|00057151270003872936⟧ står som leveret men er ikke kommet
medarbejder: Hvad er dit navn og adresse?
kunde: ⟦P|Rasmus Østergaard⟧, ⟦A|Vestergade 12, 8000 Aarhus C⟧""",
    )
    r(
        "nb_NO",
        "email",
        """Hei,

Jeg har ikke mottatt skattemeldingen for ⟦o:D|2023⟧. Fødselsnummer: ⟦NID@no.fodselsnummer|120588 35623⟧. Adressen min er ⟦A|Thorvald Meyers gate 52B, 0555 Oslo⟧.

Mvh
⟦P|Ingrid Haugen Solberg⟧
⟦PH|+47 915 55 283⟧""",
    )
    r(
        "nb_NO",
        "chat",
        """kunde: hei, strømregningen er på ⟦o:AMT|4 812 kr⟧ denne måneden??
kundeservice: Kan du oppgi kundenummer?
kunde: ⟦o:ROW|7001882341⟧, ⟦P|Sindre Bakke⟧""",
    )
    r(
        "fi_FI",
        "email",
        """Hei,

pyydän korjaamaan Kelan päätöksen ⟦o:ROW|KELA/2024/118273⟧. Henkilötunnukseni on ⟦NID@fi.hetu|040587-417H⟧. Asun nykyään osoitteessa ⟦A|Hämeenkatu 22 B 14, 33200 Tampere⟧.

Ystävällisin terveisin
⟦P|Eeva-Liisa Mäkelä⟧
⟦PH|040 555 8192⟧""",
    )
    r(
        "fi_FI",
        "chat",
        """asiakas: moi, tilasin ⟦o:PROD|Nokia G42⟧ mutta sain väärän värin
asiakaspalvelu: Pahoittelut! Mikä on tilausnumero?
asiakas: ⟦o:ORD|VK-2048817⟧ ja nimi ⟦P|jussi heikkinen⟧""",
    )
    r(
        "ro_RO",
        "email",
        """Bună ziua,

Vă scriu în legătură cu factura ⟦o:INV|ENL-44187723⟧ la energie electrică pentru locuința din ⟦A|Str. Mihai Eminescu nr. 47, bl. B2, sc. 1, ap. 12, Sector 2, București⟧. CNP: ⟦NID@ro.cnp|1850318413021⟧. Vă rog să-mi returnați ⟦o:AMT|218 lei⟧ pe contul ⟦IBAN|RO37 BTRL 0130 1205 M291 83XX⟧.

Cu stimă,
⟦P|Andrei-Mihai Popescu⟧""",
    )
    r(
        "ro_RO",
        "chat",
        """client: buna, am nevoie de adeverinta de student
secretariat: Numele complet și anul?
client: ⟦P|Ioana Constantinescu⟧, anul III, nr. matricol ⟦o:ROW|MI-20218874⟧
client: CNP ⟦NID@ro.cnp|2901120400718⟧ daca trebuie""",
    )
    r(
        "tr_TR",
        "email",
        """Merhaba,

⟦o:D|12 Mart⟧ tarihinde yaptığım ⟦o:ORD|TY-88127734⟧ numaralı siparişim hâlâ gelmedi. Adresim: ⟦A|Bağdat Caddesi No: 312 Daire: 7, Caddebostan, 34728 Kadıköy/İstanbul⟧.

TC Kimlik No: ⟦NID@tr.tckimlik|38541076970⟧

Teşekkürler,
⟦P|Elif Şahin Yıldırım⟧
⟦PH|0532 555 41 87⟧""",
    )
    r(
        "tr_TR",
        "chat",
        """müşteri: merhaba, kartım bloke oldu
temsilci: Kimlik doğrulaması için TC kimlik numaranızı alabilir miyim?
müşteri: ⟦NID@tr.tckimlik|10473529090⟧
müşteri: ⟦P|Mehmet Çelik⟧, şu an ⟦L|Ankara⟧'dayım""",
    )
    r(
        "sv_SE",
        "sms",
        """Din beställning ⟦o:ORD|SE-5518823⟧ har skickats med PostNord, spårningsnummer ⟦o:TRK|UA123456789SE⟧.""",
    )
    r(
        "pl_PL",
        "chat",
        """klient: aplikacja banku pokazuje błąd ⟦o:ERR|BLIK-0042⟧ przy płatności ⟦o:AMT|149,99 zł⟧
konsultant: Proszę zaktualizować aplikację do wersji ⟦o:VER|6.7.1⟧.""",
    )
    r(
        "tr_TR",
        "web_form",
        """Şikayet formu – havayolu
Ad Soyad: ⟦P|Zeynep Aydın⟧
Pasaport No: ⟦PP|U12847391⟧
Uçuş: ⟦o:FLT|TK1981⟧, ⟦o:D|05.07.2024⟧
E-posta: ⟦E|zeynep.aydin84@hotmail.com⟧
Açıklama: bagajım hasarlı geldi, dosya no ⟦o:TKT|ISTTK77102⟧""",
    )
    r(
        "en_US",
        "email",
        """Hi Financial Aid Office,

My FAFSA was flagged for verification. Student: ⟦P|Destiny Okoro-Williams⟧, SSN ⟦SSN|604-22-1187⟧, DOB ⟦DOB|05/14/2005⟧. My mom ⟦P|Grace Okoro⟧ is the parent contributor, her SSN is ⟦SSN~spelled|three one eight, oh four, six six two nine⟧.

Please email me at ⟦E|destiny.ow@students.uiowa.edu⟧ if anything else is needed.

Thank you!""",
    )
    r(
        "en_US",
        "chat",
        """agent: I'll need the patient's medical record number to look up the bill.
caller: ⟦MRN|MRN# 7740-1128-3⟧
caller: it's for my son ⟦P|Eli Brandt⟧, born ⟦DOB|Dec 3rd 2016⟧. the ER visit was ⟦o:D|Sept 9⟧
agent: I see a balance of ⟦o:AMT|$1,204.18⟧ after insurance.""",
    )
    r(
        "en_US",
        "web_form",
        """DMV – change of address
Full legal name: ⟦P|Tran Van Minh⟧
Driver license #: ⟦DL|D4820193⟧
Date of birth: ⟦DOB|1972-06-21⟧
New residential address: ⟦A|6120 Bolsa Ave Spc 48, Westminster, CA 92683⟧
Email: ⟦E|minh.tran.72@outlook.com⟧""",
    )
    r(
        "en_US",
        "email",
        """hey support,

my router admin page got changed and now I can't log in. I think someone got in from ⟦IP|185.220.101.47⟧, I saw it in the logs. my public IP is ⟦IP|98.207.33.162⟧. The router is a ⟦o:PROD|Netgear Nighthawk R7000⟧ firmware ⟦o:VER|V1.0.11.134⟧.

The admin password was ⟦S|Pickles2019⟧ (I know, bad).

- ⟦P|Ray Castellanos⟧""",
    )
    r(
        "en_US",
        "chat",
        """customer: trying to set up direct deposit for my unemployment benefits
agent: Sure. Please provide your claimant ID and bank info.
customer: claimant ID ⟦o:ROW|UI-88210047⟧, name ⟦P|LaToya Jefferson⟧
customer: routing ⟦a:BC|111000614⟧ acct ⟦BBAN|2849 1103 7765⟧
customer: SSN is ⟦SSN|143-70-5592⟧""",
    )
    r(
        "en_US",
        "voicemail",
        """[Voicemail ⟦o:T|7:52 AM⟧] "Hi this message is for the billing department at Mercy, my name's ⟦P|Frank DiNapoli⟧, date of birth ⟦DOB~spelled|ten twelve fifty-three⟧. I got a bill for a colonoscopy that was supposed to be covered by my Medicare, my number there is ⟦HPN|1EG4-TE5-MK73⟧. Please call me at home, ⟦PH|(412) 555-0139⟧. Thanks." """,
    )
    r(
        "en_US",
        "email",
        """Subject: Hotel stay – items left in room

Hello,
I stayed in room ⟦o:ROW|1418⟧ from ⟦o:D|Aug 2⟧ to ⟦o:D|Aug 5⟧ (confirmation ⟦o:ORD|88421937⟧). I left a black laptop bag with my son's inhaler. Could you ship it to ⟦A|2790 Harbor Blvd, Apt 211, Costa Mesa, CA 92626⟧? I'll pay shipping with the card on file.

⟦P|Naveen⟧ & ⟦P|Shalini Krishnamurthy⟧
⟦E|naveen.krish@icloud.com⟧""",
    )
    r(
        "en_US",
        "chat",
        """user: hi, our wordpress got hacked and the hosting ticket asks for creds
agent: Please DO NOT share passwords here. Just confirm the domain.
user: too late lol ⟦UC|ftp://dunbarbakery:S0urd0ugh!88@ftp.dunbarbakery.com⟧
user: site is dunbar bakery, owner is ⟦P|Colleen Dunbar⟧, I'm her nephew ⟦P|Ryan⟧""",
    )
    r(
        "en_US",
        "letter",
        """⟦o:D|November 8, 2023⟧

Social Security Administration
⟦A|1200 Rev. Abraham Woods Jr. Blvd, Birmingham, AL 35285⟧

RE: ⟦P|Willie Mae Hutchins⟧, SSN ⟦SSN|229-81-4407⟧

To Whom It May Concern:
I am the representative payee for my aunt, Ms. ⟦P|Hutchins⟧, who now lives with me at ⟦A|408 Magnolia Street, Selma, AL 36701⟧. Please send all correspondence to this address. My own SSN is ⟦SSN|455-92-3316⟧ and my phone is ⟦PH|334-555-0162⟧.

Sincerely,
⟦P|Bernice Hutchins-Cole⟧""",
    )
    r(
        "en_US",
        "sms",
        """CVS: ⟦P|ALEJANDRO⟧, your prescription ⟦o:ORD|Rx#2281937⟧ is ready for pickup at ⟦A|1450 E Camelback Rd⟧. Reply HELP for help.""",
    )
    r(
        "en_US",
        "email",
        """To: it-helpdesk@
From: ⟦E|kpatel3@gsu.edu⟧

Hi, the lab machine in Room ⟦o:ROW|412⟧ keeps asking for a BitLocker recovery key. The screen shows key ID ⟦o:UUID|6A2F91C4-0B7E-4D3A-9E55-1C8F20D7B3A9⟧. I found the recovery key in the shared drive:
⟦S|418231-552793-019283-661045-773219-204581-990312-118734⟧
Is it OK to use it?

Krishna Patel""",
    )
    r(
        "en_US",
        "chat",
        """agent: Thanks for calling Hertz, how can I help?
caller: yeah I got a toll bill for ⟦o:AMT|$68.40⟧ but I was in ⟦L|Denver⟧ that whole week, not ⟦o:PROD|E-ZPass⟧ territory
caller: name's ⟦P|Dwayne "DJ" Jackson⟧, my license is Colorado ⟦DL|08-412-7731⟧""",
    )
    r(
        "en_US",
        "email",
        """Hi,

Please update the payment card on my gym membership. New card: ⟦CC~zwsp|5167​3201​4489​6024⟧ exp ⟦o:D|11/28⟧. Member ⟦o:ROW|#0047719⟧.

Thanks,
⟦P|Sofia Petrakis⟧""",
    )
    r(
        "en_US",
        "web_form",
        """Charity volunteer sign-up
Name: ⟦P|Hyun-woo Park⟧
Email: ⟦E|hyunwoo.park@gmail.com⟧
Phone: ⟦PH|213.555.0157⟧
Birthday: ⟦DOB|April 2, 1995⟧
Availability: weekends, I can also bring my roommate ⟦P|Dev Malhotra⟧""",
    )
    r(
        "en_US",
        "chat",
        """agent: I can see the login attempts were from ⟦IP|203.0.113.77⟧, which isn't your usual location.
customer: definitely not me. I live in ⟦L|Sacramento⟧
customer: ⟦P|Ingrid Solheim⟧, account email ⟦E|isolheim@me.com⟧""",
    )
    r(
        "en_US",
        "email",
        """Hello,

I'm a nurse at Kaiser and I need to report that I accidentally sent a patient summary to the wrong fax. Patient ⟦P|Roberto Salazar⟧, MRN ⟦MRN|K0048817265⟧, DOB ⟦DOB|03/30/1961⟧. The fax went to the number ending 0190 at ⟦o:T|14:22⟧.

⟦P|Jennifer Alvarado⟧, RN""",
    )
    r(
        "en_US",
        "chat",
        """customer: ordered 3 of ⟦o:SKU|SKU 88421-BLU-M⟧, got 2
agent: I'm sorry! Order number please?
customer: ⟦o:ORD|W771820394⟧
agent: I've issued a credit of ⟦o:AMT|$24.99⟧ for the missing item, ref ⟦o:REQ|CR-55810⟧.""",
    )
    r(
        "en_US",
        "email",
        """Hi,

our Jenkins job posted the following in the public build log by mistake:
DB_URL=⟦UC|mysql://app_rw:hunter2-Qx91@10.12.4.8:3306/donors⟧
STRIPE_KEY=⟦S|rk_live_4eC39HqLyjWDarjtT1zdp7dc9Q⟧
build ⟦o:ROW|#1842⟧, commit ⟦o:SHA|a3f9e1c⟧. Can Support purge the log?

⟦P|Marisol Vega⟧ | Food Bank of the Valley""",
    )
    r(
        "en_US",
        "sms",
        """Hi this is ⟦P|Keith⟧ at Premier Property Mgmt, the plumber will be at ⟦A|3 Orchard Ln⟧ tmrw ⟦o:T|9-11am⟧, lockbox code is ⟦S|7314⟧""",
    )
    r(
        "en_US",
        "email",
        """Dear Benefits Team,

My wife ⟦P|Claire Montgomery⟧ (DOB ⟦DOB|1983-09-17⟧) and our newborn ⟦P|Henry Montgomery⟧ (born ⟦DOB|June 3, 2024⟧) need to be added to my plan. My member ID is ⟦HPN|W2283917401⟧, group ⟦o:ROW|00841-A⟧.

Thanks,
⟦P|Adam Montgomery⟧
⟦PH|(617) 555-0194 ext. 2231⟧""",
    )
    r(
        "en_GB",
        "email",
        """Hi,

I received a text saying my parcel was held and paid ⟦o:AMT|£2.99⟧ on a link, now I think it was a scam. The card I used was ⟦CC|4916 9820 1155 6374⟧. I also typed my online banking password on that site: ⟦S|Bluebell!Cottage22⟧. Please block everything.

⟦P|Rosemary Penhaligon⟧
⟦A|Tregenna, 4 Chapel Hill, St Ives, Cornwall TR26 2HW⟧
⟦E|rosie.penhaligon@btinternet.com⟧""",
    )
    r(
        "en_GB",
        "chat",
        """patient: hi I need to rebook my MRI at St Thomas', letter says hospital number ⟦MRN|GST 0482231K⟧
agent: Thank you. Can you confirm your full name and DOB?
patient: ⟦P|Olumide Babatunde⟧, ⟦DOB|23/07/1969⟧
patient: I'm in ⟦L|Lagos⟧ visiting family until the 14th""",
    )
    r(
        "en_GB",
        "web_form",
        """University IT – account compromised?
Username: ⟦o:ROW|ab4521⟧
Name: ⟦P|Aleksandra Jovanović⟧
Email: ⟦E~at_dot|a.jovanovic [at] student [dot] manchester [dot] ac [dot] uk⟧
Details: Got an MFA prompt at ⟦o:T|03:12⟧ I didn't request. Sign-in log shows ⟦IP|45.133.1.92⟧ from abroad.""",
    )
    r(
        "en_GB",
        "email",
        """Dear Passport Office,

My application ⟦o:ROW|PEX 4471 9920 13⟧ has been pending for ⟦o:QTY|11 weeks⟧. My old passport number is ⟦PP|107748392⟧ and my daughter ⟦P|Isla Grant⟧'s is ⟦PP|118204573⟧. We fly from Glasgow on ⟦o:D|17 August⟧ (⟦o:FLT|EZY6891⟧).

Regards,
⟦P|Morag Grant⟧
⟦PH|0141 496 0082⟧""",
    )
    r(
        "en_AU",
        "chat",
        """cust: hey my myGov got locked after too many tries
agent: Can you confirm the email linked to it?
cust: ⟦E|tane.walker.nz@bigpond.com⟧
cust: name ⟦P|Tane Walker⟧, DOB ⟦DOB|09.11.1980⟧, I'm in ⟦L|Cairns⟧""",
    )
    r(
        "en_AU",
        "email",
        """Hi there,

We're renting ⟦A|2/18 Harcourt Pde, Rosebery NSW 2018⟧ through your agency. The landlord's bond lodgement says the tenant is ⟦P|Dylan Nguyen⟧ but it should be both me and my partner ⟦P|Hoang Thi Lan⟧. Bond number ⟦o:ROW|BN 8827104⟧.

Ta,
Dylan
⟦PH|+61 423 555 019⟧""",
    )
    r(
        "en_AU",
        "web_form",
        """Car hire – additional driver
Name: ⟦P|Siddharth Menon⟧
Licence: ⟦DL|VIC 048 217 733⟧
Licence expiry: ⟦o:D|2029-03-14⟧
DOB: ⟦DOB|14 Mar 1988⟧
Booking: ⟦o:ORD|AU-EUR-551902⟧""",
    )
    r(
        "en_IN",
        "chat",
        """customer: sir my credit card bill is showing ⟦o:AMT|Rs 48,210⟧ but I paid already
agent: May I know card number last 4 digits?
customer: full number ⟦CC|3782 822463 10005⟧
customer: name ⟦P|Rohit Agarwal⟧, registered email ⟦E|rohit.agarwal1986@gmail.com⟧""",
    )
    r(
        "en_IN",
        "email",
        """Dear Sir,

I am writing regarding passport file number ⟦o:ROW|HY1078123456724⟧. Police verification is pending because my address in the application, ⟦A|Flat 302, Sai Krupa Residency, 5th Cross, Indiranagar, Bengaluru 560038⟧, was not found by the officer. My father ⟦P|Ramesh Chandra Iyer⟧ is at home all day.

Regards,
⟦P|Lakshmi Iyer⟧
Mob: ⟦PH|+91-80-2555-7741⟧""",
    )
    r(
        "en_IN",
        "web_form",
        """Income tax grievance
PAN: ⟦TAX@in_.pan|BNRPS4827M⟧
Name: ⟦P|Sunita Sharma⟧
DOB: ⟦DOB|01-01-1979⟧
Email: ⟦E|sunita.sharma79@yahoo.co.in⟧
Issue: refund of ⟦o:AMT|₹12,450⟧ for AY ⟦o:D|2023-24⟧ not credited, ack no ⟦o:REQ|ITR-V 288109334271023⟧""",
    )
    r(
        "en_NG",
        "email",
        """Dear Sir/Ma,

I paid for a flight on ⟦o:D|3rd May⟧ via your website and the money was deducted but no ticket was issued. Ref ⟦o:ORD|AKW-88120⟧. Passenger: ⟦P|Ngozi Okonkwo⟧, passport ⟦PP|B03718294⟧.

Please email me at ⟦E|ngozi.okonkwo@yahoo.com⟧ or call ⟦PH|+234 (0) 809 555 2271⟧.

Regards.""",
    )
    r(
        "en_NG",
        "chat",
        """customer: good afternoon my name is ⟦P|Tunde Bakare⟧ i want to report fraud
agent: Please go ahead.
customer: somebody used my card ⟦CC|5399 8312 4401 5521⟧ to buy airtime
customer: I live in ⟦L|Port Harcourt⟧ and have never been to Shoprite Lekki""",
    )
    r(
        "en_PH",
        "email",
        """Good day!

I would like to request for a copy of my SSS contributions. SSS No. ⟦NID|34-1827719-6⟧. My name is ⟦P|Jocelyn B. Macaraeg⟧, born ⟦DOB|June 19, 1982⟧ in Pampanga. I am now working in ⟦L|Dubai⟧ as OFW so please send to ⟦E|joce.macaraeg@gmail.com⟧.

Thank you po.""",
    )
    r(
        "en_PH",
        "chat",
        """cust: hi, my GCash got hacked
agent: Sorry to hear. What is your registered mobile number?
cust: ⟦PH|0995 555 1842⟧
cust: someone changed my MPIN, I think they saw it ⟦S|201184⟧
cust: name ⟦P|Kristine Anne Soriano⟧""",
    )
    r(
        "en_CA",
        "email",
        """Hi,

My OHIP card ⟦HPN|7712 448 203 HG⟧ expired and ServiceOntario wants proof of address. I'm renting at ⟦A|55 Elm Street, Unit 1207, Toronto ON M5G 2H9⟧ with my brother ⟦P|Farid Haidari⟧.

Regards,
⟦P|Omid Haidari⟧
⟦E|omid.haidari@utoronto.ca⟧""",
    )
    r(
        "en_CA",
        "chat",
        """customer: the CRA portal won't accept my SIN ⟦NID@ca.sin|719-328-056⟧
agent: Please confirm your name and date of birth.
customer: ⟦P|Émilie Fournier⟧, ⟦DOB|1993/04/07⟧
agent: Thank you. Error ⟦o:ERR|CRA-AUTH-015⟧ means the address on file differs.""",
    )
    r(
        "en_GB",
        "email",
        """Hello,

Our charity shop's till system rebooted and now shows ⟦o:ERR|ERR 0x1F⟧. The support engineer asked for the remote access string, which is:
⟦UC|vnc://tills:Oxf4m-Sh0p!@82.14.203.117:5900⟧

— ⟦P|Bernard Quigley⟧, volunteer manager""",
    )
    r(
        "en_AU",
        "sms",
        """Your Qantas flight ⟦o:FLT|QF431⟧ to Melbourne on ⟦o:D|19 Oct⟧ departs ⟦o:T|17:05⟧ from Gate ⟦o:ROW|12⟧. Booking ref ⟦o:ORD|6JT9LM⟧.""",
    )
    r(
        "en_US",
        "chat",
        """agent: Is there anything else I can help you with today?
customer: no that's it, thanks for the ⟦o:AMT|$15⟧ credit
agent: You're welcome! Your case number is ⟦o:TKT|CAS-22810-X4Q9⟧.""",
    )
    r(
        "en_GB",
        "chat",
        """cust: hi, I'd like to query the ⟦o:PCT|7.9%⟧ price rise on my broadband
agent: It's the annual CPI + ⟦o:PCT|3.9%⟧ change in your contract, effective ⟦o:D|1 April⟧.
cust: ok fine""",
    )
    r(
        "en_US",
        "email",
        """Hi Support,

I'm the office manager at a dental clinic. Our practice software vendor needs remote access, they asked for the config, which contains:
Server=⟦IP|192.168.10.25⟧;Database=Dentrix;User Id=sa;Password=⟦S|Molar$2023!clinic⟧;
and the admin portal ⟦UC|https://admin:Fl0ss-Daily@portal.brightsmiledental.net/setup⟧

Please confirm once you're connected. I'm ⟦P|Tamika Rhodes⟧, ⟦PH|(770) 555-0118⟧.""",
    )
    r(
        "en_US",
        "chat",
        """agent: For the hospital records request, I'll need the MRN and the patient's DOB.
customer: MRN ⟦MRN~linebreak|00719
2284⟧ sorry it wrapped
customer: DOB ⟦DOB|8/1/1990⟧, patient is me, ⟦P|Beatriz Alcântara⟧
customer: send it to ⟦E~urlenc|beatriz.alcantara%40gmail.com⟧, that's what your link prefilled""",
    )
    r(
        "en_US",
        "web_form",
        """Apartment rental application
Applicant: ⟦P|Connor Sullivan⟧
Co-applicant: ⟦P|Aaliyah Sullivan⟧
SSN: ⟦SSN~fullwidth|０５０-６３-９９１４⟧
DOB: ⟦DOB|Jan 25 1996⟧
Current address: ⟦A|1819 N Halsted St #3F, Chicago, IL 60614⟧
Bank for rent autopay: ⟦BBAN|000123847719⟧ (routing ⟦a:BC|071000013⟧)""",
    )
    r(
        "en_US",
        "chat",
        """me: the smart thermostat lost wifi after update ⟦o:VER|3.4.2-rc1⟧
support: Can you share the device ID?
me: ⟦o:UUID|c0a8012e-4b7f-11ee-9d6a-0242ac120002⟧
support: thanks, we see error ⟦o:ERR|NET-0x0D⟧, rolling back now""",
    )
    r(
        "en_US",
        "email",
        """Subject: Please remove my info – data broker

Hello,
Your site lists me with my home address and phone. Please delete:
⟦P|Patricia Ann Kowalski⟧, ⟦A|722 Birchwood Dr, Naperville, IL 60540⟧, ⟦PH|630-555-0172⟧, ⟦E|pakowalski@sbcglobal.net⟧, age 61.
Also listed: my late husband ⟦P|Stanley Kowalski⟧ and my son ⟦P|Mark⟧.""",
    )
    r(
        "en_US",
        "voicemail",
        """Voicemail transcription: "Hey this is ⟦P|Ashley⟧ from room ⟦o:ROW|207⟧, um the key card for the room isn't working again and I also need the wifi password, the one on the card says ⟦S|Guest2024Lakeside⟧ but it doesn't connect. My cell is ⟦PH~odd_sep|919/555/0126⟧." """,
    )
    r(
        "en_US",
        "email",
        """Dear County Assessor,

I am appealing the ⟦o:D|2024⟧ assessment on parcel ⟦o:ROW|14-22-301-017⟧. The property is my primary residence at ⟦A|5506 Lakeview Terrace, Madison, WI 53705⟧, which should qualify for the homestead credit. My driver's license is ⟦DL|S530-4418-9927-06⟧.

Dr. ⟦P|Anand Venkataraman⟧""",
    )
    r(
        "en_GB",
        "chat",
        """agent: You'll need to set a new online banking passcode.
cust: ok done
cust: the app also showed me my recovery phrase, should I keep it somewhere? it's ⟦S|orbit canvas mule fringe topple harbor velvet ninety crane lilac absorb pepper⟧
agent: Please don't share that with anyone, including us. Store it offline.""",
    )
    r(
        "en_GB",
        "email",
        """Hi,

I'm disputing an excess charge from my car hire in Málaga. Hire agreement ⟦o:ORD|MAL-8821773⟧. Main driver ⟦P|Gareth Pritchard⟧, licence ⟦DL|PRITC806215G99KA⟧. Card ⟦CC~linebreak|4147 2011 9930
2563⟧ was charged ⟦o:AMT|€480⟧.

Cheers,
Gareth""",
    )
    r(
        "en_IN",
        "chat",
        """user: hello, I cannot login to my university ERP, it says ⟦o:ERR|ERR_SESSION_EXPIRED⟧
admin: Please share your enrolment number.
user: ⟦o:ROW|21BCE10487⟧, ⟦P|Harini Raghavan⟧
user: my current password is ⟦S|Harini@2003⟧ and my ip shows ⟦IP|49.37.152.208⟧""",
    )
    r(
        "en_IN",
        "email",
        """Dear Customer Care,

My mother ⟦P|Kamala Devi Reddy⟧ (age ⟦o:QTY|72⟧) was admitted at your hospital, UHID ⟦MRN|APH-HYD-0019283⟧. The insurance TPA claim ⟦o:TKT|CLM/2024/771029⟧ is stuck. Her policy number is ⟦HPN|P/181200/01/2024/004817⟧.

Regards,
⟦P|Srinivas Reddy⟧
⟦PH|+91 99495 55120⟧""",
    )
    r(
        "en_CA",
        "web_form",
        """Bank account switch
Name: ⟦P|Kateryna Melnyk⟧
Transit/institution: ⟦a:BC|00012-003⟧
Account: ⟦BBAN|1048827⟧
Email: ⟦E|k.melnyk@rogers.com⟧
Note: moving from ⟦L|Edmonton⟧ to Calgary next month""",
    )
    r(
        "en_AU",
        "email",
        """Hi team,

Our tenant portal integration broke. Log shows:
⟦o:T|2024-06-11T03:14:07Z⟧ POST /v1/leases 401 req=⟦o:REQ|7f3c9a2e-b1d4⟧
We rotated the token to ⟦S|ghp_8fK2mQx9LzR4tVbN7wY1cP0sA6dE3hJ5uG2k⟧ but still 401. Prev deploy ⟦o:SHA|e41b07d9c2⟧.

⟦P|Mitchell O'Brien⟧""",
    )
    r(
        "en_NG",
        "web_form",
        """Hospital appointment request
Patient name: ⟦P|Hauwa Ibrahim⟧
Hospital no.: ⟦MRN|LUTH/2019/048812⟧
Phone: ⟦PH|0706 555 3319⟧
NHIS no.: ⟦HPN|NHIS-LAG-0048821-7⟧
Complaint: follow-up for ⟦o:PROD|Metformin⟧ prescription""",
    )
    r(
        "en_PH",
        "chat",
        """agent: Hi! How can I help with your hotel booking?
cust: hi i need to add my mom sa booking, ⟦o:ORD|AG-88172034⟧
cust: her name ⟦P|Editha Ramos⟧, passport ⟦PP|P4821937B⟧
cust: we're staying from ⟦o:D|Dec 20⟧ to ⟦o:D|Dec 27⟧""",
    )
    r(
        "de_DE",
        "chat",
        """kunde: hallo, ich hab versehentlich meine zugangsdaten ins ticket geschrieben
agent: Kein Problem, welches Ticket?
kunde: ⟦o:TKT|#DE-448172⟧, da steht ⟦UC|sftp://kassenwart:Verein%2024!@files.tsv-eintracht-hameln.de⟧
kunde: bin ⟦P|Holger Brandt⟧, Kassenwart vom Verein""",
    )
    r(
        "fr_FR",
        "email",
        """Bonjour,

Je suis locataire au ⟦A|8 bis, avenue Jean-Jaurès, 69007 Lyon⟧. Mon code d'accès à l'espace locataire a été modifié sans mon accord, l'ancien était ⟦S|Lyon69-Gerland!⟧. La connexion suspecte vient de l'IP ⟦IP|91.168.44.203⟧.

Merci de sécuriser mon compte.
⟦P|Camille Nguyen-Lambert⟧
⟦E|camille.nl@orange.fr⟧""",
    )
    r(
        "nl_NL",
        "email",
        """Goedemiddag,

Hierbij mijn aanvraag voor een parkeervergunning. Naam: ⟦P|Sanne de Vries-Bakker⟧, adres ⟦A|Oudegracht 231bis, 3511 NJ Utrecht⟧, geboortedatum ⟦DOB|07-12-1989⟧. Rijbewijsnummer ⟦DL|5219834711⟧.

Met vriendelijke groet,
Sanne""",
    )
    r(
        "es_MX",
        "chat",
        """cliente: hola, mi pasaporte mexicano ⟦PP|G48172093⟧ sale vencido en el sistema de la aerolínea
agente: ¿Me confirma su nombre y fecha de nacimiento?
cliente: ⟦P|Ximena Robles Villaseñor⟧, ⟦DOB|16 de julio de 1994⟧""",
    )
    r(
        "de_CH",
        "email",
        """Grüezi

Bitte löschen Sie meine Kundendaten gemäss DSG. Name: ⟦P|Urs Gisler⟧, E-Mail ⟦E~fullwidth|ｕｒｓ．ｇｉｓｌｅｒ＠ｂｌｕｅｗｉｎ．ｃｈ⟧, Kundennummer ⟦o:ROW|CH-0048172⟧.

Freundliche Grüsse
U. Gisler""",
    )
    r(
        "it_IT",
        "web_form",
        """Richiesta assistenza farmacia online
Nome: ⟦P|Francesca Romano⟧
Tessera sanitaria: ⟦HPN|80380000500123456789⟧
Email: ⟦E|f.romano82@libero.it⟧
Ordine: ⟦o:ORD|FO-2024-77182⟧, farmaco ⟦o:PROD|Tachipirina 1000⟧ non arrivato""",
    )
    r(
        "en_US",
        "chat",
        """agent: Your return label has been emailed. Drop off by ⟦o:D|03/15⟧.
customer: got it, RMA ⟦o:TKT|RMA-448120⟧, thanks
agent: Refund of ⟦o:AMT|$129.00⟧ will post in ⟦o:QTY|5-7⟧ business days.""",
    )
    r(
        "en_GB",
        "sms",
        """EE: Your bill of ⟦o:AMT|£34.50⟧ for account ⟦o:ROW|7720194⟧ will be collected on ⟦o:D|28/06⟧. Questions? Text HELP.""",
    )
    r(
        "en_US",
        "sms",
        """Reminder: your appointment at Riverbend Animal Hospital is ⟦o:D|Thu 5/16⟧ at ⟦o:T|3:30pm⟧. Reply C to confirm.""",
    )
    r(
        "en_US",
        "email",
        """Hi Maria,

Here's everything for our joint return. Me: ⟦P|Luis Alberto Paredes⟧, ITIN ⟦TAX@us.itin|912-78-3450⟧. My wife ⟦P|Carmen Paredes⟧, SSN ⟦SSN~zwsp|634-17-22​85⟧. Our son ⟦P|Diego⟧'s SSN is ⟦SSN|391-58-7042⟧.
Refund direct deposit: checking ⟦BBAN|7730 0192 8847⟧, routing ⟦a:BC|322271627⟧.
The IRS sent me an Identity Protection PIN this year: ⟦S|482917⟧.
We moved to ⟦L|Fresno⟧ in ⟦o:D|May⟧, new address on the W-2s.

Gracias,
Luis
⟦E~at_dot|luis.paredes1979 at gmail dot com⟧""",
    )
    r(
        "en_GB",
        "chat",
        """cust: hi, I work for the parish council and I think our website was hacked
agent: Which hosting plan is this, and can you describe what you're seeing?
cust: ⟦o:PROD|Business Pro⟧, ⟦o:ORD|HST-448210⟧. there's a new admin user and logins from ⟦IP|2a02:c7c:3b41:9e00:8d4:21ff:fe6a:1c07⟧
cust: our clerk ⟦P|Janet Holloway⟧ set it up, her login was ⟦UC|https://clerk:Daffodil1962@littlebramfordpc.org.uk/wp-admin⟧
cust: I'm ⟦P|Nigel Frost⟧, ⟦E|nigel.frost@littlebramfordpc.org.uk⟧""",
    )
    r(
        "en_AU",
        "email",
        """Hi,

I'm writing from the patient liaison service at Westmead. Two patients were merged in error: ⟦P|Jack Thompson⟧ (MRN ⟦MRN|WMH 3348127⟧, currently admitted) and ⟦P|Jack Thomson⟧ (MRN ⟦MRN|WMH 3348217⟧, lives in ⟦L|Wagga Wagga⟧). The shared login for the records clerk is ⟦S|Westm3ad!HIM#7⟧ - please reset it after you fix the merge.

⟦P|Priyanka Chaudhary⟧
Patient Liaison""",
    )
    r(
        "en_US",
        "chat",
        """agent: To unlock your account, please answer your security question: what was the name of your first pet?
customer: ⟦S|Biscuit McGee⟧
agent: Thank you Mr. ⟦P|Abernathy⟧. I see the transfer of ⟦o:AMT|$3,000⟧ to account ⟦BBAN|9910 2284 7713⟧ was blocked.
customer: yes that's my brother ⟦P|Curtis⟧'s account in ⟦L|Tulsa⟧, it's legit""",
    )
    r(
        "en_CA",
        "email",
        """Hello,

Our church's donation platform shows ⟦o:ERR|Error 1042⟧. The consultant left this in our shared doc:
⟦UC|smtp://donations%40stmarys-ab.ca:Gl0ria!Hymn5@mail.stmarys-ab.ca:587⟧
and the API secret ⟦S|whsec_9QpL2vX7tKm4Rz8Nc1Bd6Yf3Hs0Jw5Ea⟧.
Pastor ⟦P|Emmanuel Osei⟧ asked me to send it to you. Phone ⟦PH~fullwidth|４０３－５５５－０１９１⟧.

⟦P|Ruth Nakamura⟧, church secretary""",
    )


load(r)


def main():
    rows = []
    for i, (loc, sty, src) in enumerate(R):
        text, spans = parse(src)
        rec = {
            "id": f"h6a-{i:05d}",
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
    with open("heldout6a.jsonl", "w", encoding="utf-8") as f:
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
