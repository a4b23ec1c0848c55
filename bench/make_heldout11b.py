#!/usr/bin/env python3
"""Build heldout11b.jsonl from hand-written records with inline markup.
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
        "email_thread",
        """From: ⟦P|Siobhán O'Donoghue⟧ <⟦E|siobhan.odonoghue@kerrylogistics.ie⟧>
Sent: ⟦o:D|Tuesday, 14 October 2025⟧ ⟦o:T|09:12⟧
To: ⟦P|Tomasz Wiśniewski⟧
Subject: RE: PO ⟦o:ORD|PO-2025-00871⟧ – delivery to new site

Hi Tomasz,

Please use the new address from now on:
⟦A|Unit 4, Ballycurreen Industrial Estate
Kinsale Road⟧
Cork ⟦a:PC|T12 X8DK⟧

Mobile is ⟦PH|+353 87 914 2270⟧ if the driver gets lost.

> On ⟦o:D|Mon, 13 Oct 2025⟧ at ⟦o:T|17:40⟧, ⟦P|Tomasz Wiśniewski⟧ <⟦E|t.wisniewski@polmet.com.pl⟧> wrote:
> Hi Siobhán, invoice ⟦o:INV|FV/2025/10/0413⟧ for ⟦o:AMT|€12,480.00⟧ is attached.
> Where should the pallets (⟦o:QTY|14 pallets⟧) go?
> --
> Tomasz Wiśniewski | Kierownik sprzedaży
> tel. ⟦PH|+48 601 224 318⟧ wew. 12

--
Siobhán O'Donoghue
Procurement | Kerry Logistics
This e-mail and any attachments are confidential. If you received it in error please delete it.""",
    )

    r(
        "de_DE",
        "email_thread",
        """---------- Weitergeleitete Nachricht ---------
Von: Dr. ⟦P|Annegret Schulze-Hollmann⟧ <⟦E|a.schulze-hollmann@praxis-hollmann.de⟧>
Datum: ⟦o:D|Do., 2. Okt. 2025⟧ um ⟦o:T|11:05⟧
Betreff: Überweisung Rechnung ⟦o:INV|RE-2025-3318⟧
An: buchhaltung@praxis-hollmann.de

Liebe Frau ⟦P|Kaya⟧,

bitte überweisen Sie die Erstattung für Herrn ⟦P|Jörg Brandstätter⟧ (geb. ⟦DOB|07.03.1961⟧) auf folgendes Konto:
IBAN: ⟦IBAN|DE44 5001 0517 5407 3249 31⟧
Betrag: ⟦o:AMT|386,40 EUR⟧

Seine Steuer-ID lautet ⟦TAX@de.idnr|86 095 742 719⟧, Anschrift ⟦A|Kastanienallee 12a⟧, ⟦a:PC|10435⟧ Berlin.

Mit freundlichen Grüßen
A. Schulze-Hollmann
Tel. ⟦PH|030 4412 8870-23⟧""",
    )

    r(
        "en_US",
        "email_thread",
        """>>> Hi Ms. ⟦P|Okafor⟧, thanks for the call.
>> Sure - my SSN is ⟦SSN|531-27-4408⟧ and DOB ⟦DOB|11/02/1979⟧. The claim # is ⟦o:TKT|CLM-00482213⟧.
> Got it ⟦P|Chidinma⟧, I'll update your file. Can you confirm the mailing address?
Yes: ⟦A|2207 W Belmont Ave Apt 3R⟧, Chicago, IL ⟦a:PC|60618⟧. Cell ⟦PH|(773) 555-0148⟧.

--
⟦P|Chidinma Okafor⟧
Sent from my iPhone""",
    )

    r(
        "fr_FR",
        "email_thread",
        """De : ⟦P|Mathilde Fournier-Leclerc⟧ [mailto:⟦E|mathilde.fournier@cabinet-leclerc.fr⟧]
Envoyé : ⟦o:D|vendredi 19 septembre 2025⟧ ⟦o:T|16:48⟧
À : ⟦P|Yacine Benali⟧
Objet : TR: Dossier ⟦o:TKT|n° 2025-0917-AB⟧

Bonjour Yacine,

Je te transfère le RIB de M. ⟦P|Benoît Lacroix⟧ pour le remboursement :
⟦IBAN|FR76 3000 6000 0112 3456 7890 189⟧
Son numéro de sécu : ⟦NID@fr.nir|1 92 06 92 101 077 35⟧
Adresse : ⟦A|14 bis, rue des Tanneurs⟧, ⟦a:PC|92100⟧ Boulogne-Billancourt

Cordialement,
Mathilde
Ligne directe : ⟦PH|01 46 08 22 91⟧ – Standard : 01 46 08 22 00

Ce message et toutes les pièces jointes sont confidentiels et établis à l'intention exclusive de ses destinataires.""",
    )

    r(
        "es_ES",
        "email_thread",
        """El ⟦o:D|lun, 6 oct 2025⟧ a las ⟦o:T|10:21⟧, ⟦P|Lucía Fernández Ortega⟧ (⟦E|lucia.fdez.ortega@gmail.com⟧) escribió:
> Hola Álvaro, te paso mis datos para el contrato:
> DNI ⟦NID@es.dni|47283951-E⟧
> Domicilio: ⟦A|C/ de Joaquín Costa, 27, 3º 2ª⟧, ⟦a:PC|08001⟧ Barcelona
> Móvil ⟦PH|+34 612 48 93 07⟧
> Cuenta para el cobro: ⟦IBAN|ES60 0049 1500 0512 3456 7892⟧

Perfecto Lucía, lo paso a RRHH. Referencia del expediente ⟦o:TKT|EXP-25/1142⟧.
Un saludo,
⟦P|Álvaro Menéndez⟧""",
    )

    r(
        "en_IN",
        "email_thread",
        """Dear ⟦P|Ramesh⟧ ji,

As discussed, please find KYC details of my father below.

Name: ⟦P|Venkataraman Subramaniam Iyer⟧
PAN: ⟦TAX@in_.pan|AFZPK7190A⟧
Aadhaar: ⟦NID@in_.aadhaar|4987 1236 5104⟧
DOB: ⟦DOB|22-Jun-1948⟧
Address: ⟦A|Flat 3B, Sai Krupa Apartments, 14th Cross, Malleswaram⟧, Bengaluru – ⟦a:PC|560003⟧

Policy no. ⟦HPN|SHAI/2023/4471920⟧ (Star Health). Premium of ⟦o:AMT|₹38,412⟧ was paid on ⟦o:D|03/09/2025⟧, txn ref ⟦o:REQ|UTR 524611093318⟧.

Regards,
⟦P|Lakshmi Narayanan⟧
⟦PH|+91 98450 11276⟧""",
    )

    r(
        "nl_NL",
        "email_thread",
        """Van: ⟦P|Joost van der Veen⟧ <⟦E~at_dot|joost [dot] vanderveen [at] ziggo [dot] nl⟧>
Onderwerp: Re: huurcontract ⟦A|Prinsengracht 263-2⟧

Hoi ⟦P|Fenna⟧,

Mijn BSN staat op pagina 2: ⟦NID@nl.bsn|2945.18.071⟧. Borg graag terugstorten op ⟦IBAN|NL11 INGB 0006 8739 21⟧.
Ik ben bereikbaar op ⟦PH|06-41 87 22 90⟧.

Groet,
Joost

Op ⟦o:D|3 okt. 2025⟧ om ⟦o:T|14:02⟧ schreef ⟦P|Fenna Bakker⟧:
> Kun je je BSN en IBAN nog sturen? Factuur ⟦o:INV|2025-0457⟧ volgt.""",
    )

    r(
        "en_GB",
        "email_signature",
        """Kind regards,

**⟦P|Priya Raghunathan-Shah⟧** MRCP
Specialty Registrar, Renal Medicine
⟦A|Level 6, Guy's Tower
Great Maze Pond⟧
London ⟦a:PC|SE1 9RT⟧
Bleep 4471 | Ext. 88213 | Mob ⟦PH|07700 900 418⟧
[⟦E|priya.raghunathan-shah@nhs.net⟧](mailto:⟦E|priya.raghunathan-shah@nhs.net⟧)

_The information in this e-mail may be confidential. It is intended solely for the addressee._""",
    )

    r(
        "pt_BR",
        "email_thread",
        """Enc: ⟦o:INV|NF-e 000.184.229⟧ – cliente ⟦P|Thiago Albuquerque dos Santos⟧

-------- Mensagem original --------
De: ⟦P|Fernanda Ribeiro⟧ <⟦E|fernanda.ribeiro@contabilrs.com.br⟧>
Data: ⟦o:D|08/10/2025⟧ ⟦o:T|15:33⟧

Segue o cadastro:
CPF ⟦NID@br.cpf|529.982.247-25⟧
Nascimento: ⟦DOB|17/05/1990⟧
Endereço: ⟦A|Rua Padre Chagas, 415 – apto 702⟧ – Moinhos de Vento, Porto Alegre/RS – CEP ⟦a:PC|90570-080⟧
Celular/WhatsApp: ⟦PH|(51) 99124-3386⟧

Valor da nota: ⟦o:AMT|R$ 4.750,00⟧""",
    )

    r(
        "ja_JP",
        "email_thread",
        """⟦P|佐藤 健一⟧ 様

いつもお世話になっております。
ご依頼の件、下記の通りご登録いたしました。

お名前：⟦P|山本 美咲⟧（ヤマモト ミサキ）
生年月日：⟦DOB|1987年4月3日⟧
ご住所：〒⟦a:PC|150-0002⟧ ⟦A|東京都渋谷区渋谷2丁目21-1 ヒカリエ12F⟧
電話番号：⟦PH|03-6434-1198⟧（内線 305）
注文番号：⟦o:ORD|JP-20251007-55821⟧

> ⟦P|山本⟧様より ⟦o:D|2025/10/06⟧ ⟦o:T|18:22⟧
> マイナンバーは ⟦NID@jp.in_|1234 5678 9018⟧ です。""",
    )

    r(
        "en_AU",
        "email_thread",
        """On ⟦o:D|Wed, 1 Oct 2025 at 8:15 am⟧, ⟦P|Bronwyn McAllister⟧ <⟦E|bron.mcallister@bigpond.com⟧> wrote:

> G'day ⟦P|Hamish⟧, my TFN for the payroll form is ⟦TAX@au.tfn|876 543 210⟧ and Medicare
> card ⟦HPN|2951 48372 1⟧ (ref 2). Super fund USI is ⟦o:PROD|AustralianSuper⟧ STA0100AU.
> Postal: ⟦A|PO Box 412⟧, Toowong QLD ⟦a:PC|4066⟧

Thanks Bron - all entered. Your start date is ⟦o:D|20 October⟧.
⟦P|Hamish Tran⟧ | People & Culture | ⟦PH|(07) 3367 1145⟧ ext 2""",
    )

    r(
        "ar_AE",
        "email_thread",
        """From: ⟦P|Khalid bin Rashid Al-Mansoori⟧ <⟦E|k.almansoori@emiratesfm.ae⟧>
To: Accounts Payable
Subject: Vendor bank details change – ⟦o:ORD|VND-7712⟧

Dear team,

Please update the beneficiary details for ⟦P|Fatima Al-Zahra Haddad⟧:
IBAN ⟦IBAN|AE40 0260 0010 1567 8236 501⟧
Emirates ID ⟦NID|784-1989-4471203-6⟧
Mobile ⟦PH|+971 50 338 4127⟧

Office: ⟦A|Office 1408, Al Moosa Tower 2, Sheikh Zayed Road⟧, Dubai

This is urgent – payment run ⟦o:D|15/10/2025⟧.
Khalid""",
    )

    r(
        "sv_SE",
        "email_thread",
        """Hej ⟦P|Ingrid⟧!

Här kommer uppgifterna till hyresavtalet:
Namn: ⟦P|Erik Lindqvist Åhlén⟧
Personnummer: ⟦NID@se.personnummer|760314-2386⟧
Adress: ⟦A|Sveavägen 44, lgh 1203⟧, ⟦a:PC|111 34⟧ Stockholm
Tel: ⟦PH|070-312 88 45⟧

Hyra ⟦o:AMT|12 450 kr⟧/mån från ⟦o:D|1 november 2025⟧. Kontraktsnummer ⟦o:ORD|HK-2025-0193⟧.

/Erik

Den ⟦o:D|2 okt. 2025⟧ skrev ⟦P|Ingrid Sjöberg⟧ <⟦E|ingrid.sjoberg@hsb.se⟧>:
>> Skicka personnummer och nuvarande adress så fixar jag avtalet.""",
    )

    r(
        "en_US",
        "email_thread",
        """Begin forwarded message:

From: noreply@docusign.net
Date: ⟦o:D|October 9, 2025⟧ at ⟦o:T|3:14:07 PM CDT⟧
Subject: Completed: Lease Agreement - ⟦A|881 Magnolia Ct⟧
Envelope ID: ⟦o:UUID|8f3e2c1a-7b4d-4e9a-a1c2-5d6e7f809a1b⟧

All parties have completed the document.
Signer: ⟦P|DeShawn Whitaker⟧ (⟦E|deshawn.whitaker84@yahoo.com⟧)
Signer: ⟦P|Keisha L. Whitaker⟧ (⟦E~url_encoded|keisha.whitaker%40outlook.com⟧)
IP address recorded at signing: ⟦IP|73.162.48.219⟧

Do not share this email. It contains a secure link to DocuSign.""",
    )

    r(
        "it_IT",
        "email_thread",
        """Gentile Dott.ssa ⟦P|Benedetta Gallo⟧,

le invio come richiesto i dati per la pratica di successione:

- Sig. ⟦P|Giuseppe Esposito⟧, nato a Napoli il ⟦DOB|12/12/1941⟧
- C.F. ⟦TAX@it.codicefiscale|RSSMRA85T10A562S⟧ (erede, ⟦P|Mario Rossi⟧)
- Residenza: ⟦A|Via Francesco Caracciolo 17, scala B, int. 9⟧ – ⟦a:PC|80122⟧ Napoli
- Conto: ⟦IBAN|IT42 Y030 6909 6061 0000 0117 422⟧

Per qualsiasi cosa mi trova al ⟦PH|+39 338 901 4476⟧.
Rif. pratica ⟦o:TKT|SUCC-2025/088⟧

Cordiali saluti
Avv. ⟦P|Raffaele Cuomo⟧""",
    )
    r(
        "en_US",
        "slack_export",
        """[⟦o:T|10:02 AM⟧] ⟦P|Maya Goldstein⟧: @⟦P|Arjun Mehta⟧ can you check why ⟦o:TKT|INC-20931⟧ is still open?
[⟦o:T|10:04 AM⟧] ⟦P|Arjun Mehta⟧: looking. customer is ⟦P|Roberta Kowalczyk⟧, she says the card ending 4421 was charged twice (⟦o:AMT|$129.99⟧ x2)
[⟦o:T|10:05 AM⟧] ⟦P|Arjun Mehta⟧: full PAN from the screenshot she sent: ⟦CC|4539 1782 0046 2154⟧ 🤦 I'll ask her to delete it
[⟦o:T|10:06 AM⟧] ⟦P|Maya Goldstein⟧: ugh. please scrub it from the ticket. Refund via order ⟦o:ORD|#A-7719203⟧
[⟦o:T|10:09 AM⟧] ⟦P|Arjun Mehta⟧: :white_check_mark: done, refund req ⟦o:REQ|rf_3Pq8LmZ20v⟧""",
    )

    r(
        "en_GB",
        "teams_chat",
        """⟦P|Oluwaseun Adebayo⟧ ⟦o:D|08/10/2025⟧ ⟦o:T|14:31⟧
Can someone send me the client's NI number? HMRC form is stuck.

⟦P|Gráinne Fitzpatrick⟧ ⟦o:D|08/10/2025⟧ ⟦o:T|14:33⟧
It's ⟦NID|QQ 12 34 56 C⟧ – but pls don't paste it in the general channel next time 🙏
UTR is ⟦TAX@gb.utr|67412 09835⟧

⟦P|Oluwaseun Adebayo⟧ ⟦o:D|08/10/2025⟧ ⟦o:T|14:35⟧
sorry! 👍 Will move to the ⟦o:TKT|CASE-5521⟧ thread

⟦P|Gráinne Fitzpatrick⟧ edited a message""",
    )

    r(
        "en_US",
        "discord_export",
        """[⟦o:D|2025-10-04⟧ ⟦o:T|21:17⟧] n0va_k1tten: yo who has the staging creds
[⟦o:D|2025-10-04⟧ ⟦o:T|21:18⟧] ⟦P|Daniel Ruiz⟧ (druiz): DATABASE_URL=⟦UC|postgres://app_rw:Tq9%40xLm2v7Rb@staging-db.internal.acme.io:5432/shop⟧
[⟦o:D|2025-10-04⟧ ⟦o:T|21:18⟧] ⟦P|Daniel Ruiz⟧ (druiz): and the stripe test key ⟦S|sk_test_51Jk2LmQx8RtYvB3nP0aZcF7dH4sW9eUi⟧
[⟦o:D|2025-10-04⟧ ⟦o:T|21:20⟧] mods: @⟦P|Daniel Ruiz⟧ please rotate those, this channel is public. see ⟦o:TKT|SEC-118⟧
[⟦o:D|2025-10-04⟧ ⟦o:T|21:22⟧] ⟦P|Daniel Ruiz⟧ (druiz): rotated ✅ new build ⟦o:VER|v2.14.3⟧ deployed""",
    )

    r(
        "en_US",
        "slack_export",
        """#oncall – exported ⟦o:D|2025-10-07⟧
⟦o:T|02:14⟧ PagerDuty: [Triggered] ⟦o:ERR|HTTP 503⟧ on api-gw (⟦o:TKT|PD-Q2X8M7⟧)
⟦o:T|02:16⟧ ⟦P|Ji-woo Park⟧: ack. suspicious traffic from ⟦IP|185.220.101.47⟧ and ⟦IP|2a02:c207:2051:8417::1⟧
⟦o:T|02:19⟧ ⟦P|Ji-woo Park⟧: blocked at WAF rule ⟦o:ROW|#4412⟧. error rate now ⟦o:PCT|0.3%⟧
⟦o:T|02:40⟧ ⟦P|Sven Halvorsen⟧: thanks Ji-woo, I'll write the postmortem. request id sample ⟦o:REQ|req_01HF8ZK3R7QW2N5V⟧
⟦o:T|02:41⟧ ⟦P|Sven Halvorsen⟧: also the internal box ⟦o:VER|10.0.12.4⟧ — nvm that's the build number lol, ⟦o:VER|10.0.12.4⟧ is release tag""",
    )

    r(
        "en_IN",
        "teams_chat",
        """⟦P|Ananya Chatterjee⟧ 11:42 AM
@⟦P|Rohit Verma⟧ the vendor's GSTIN and PAN pls? finance needs for ⟦o:INV|INV/24-25/0981⟧

⟦P|Rohit Verma⟧ 11:45 AM
PAN of proprietor ⟦P|Suresh Kumar Pillai⟧ is ⟦TAX@in_.pan|BNRPS4471A⟧
bank a/c ⟦BBAN|50100238817724⟧ IFSC ⟦a:BC|HDFC0001234⟧
his mobile ⟦PH|98203 44712⟧

⟦P|Ananya Chatterjee⟧ 11:46 AM
thx 🙏 amount is ⟦o:AMT|₹1,12,500⟧ incl GST ⟦o:PCT|18%⟧""",
    )

    r(
        "en_US",
        "meeting_notes",
        """# Weekly Ops Sync — ⟦o:D|Oct 9, 2025⟧

**Attendees:** ⟦P|Hannah Liebermann⟧, ⟦P|Kwame Mensah⟧, ⟦P|Sofía Castillo⟧, ⟦P|Tariq Jamil⟧
**Apologies:** ⟦P|Rebecca Thornton⟧
**Room:** 4B-Harbor / Zoom ID 842 1937 6650, passcode 552019 (team bridge)

## Action items
- [ ] ⟦P|Kwame⟧ to follow up with the landlord about the lease for ⟦A|1120 NW Couch St, Suite 300⟧, Portland
- [x] ⟦P|Sofía⟧ shipped ⟦o:PROD|Inventory Sync⟧ ⟦o:VER|3.2.0⟧
- [ ] ⟦P|Tariq⟧ to send new hire paperwork to ⟦P|Nadia Petrova⟧ (⟦E|nadia.petrova.k@gmail.com⟧) before ⟦o:D|Oct 20⟧
- Budget: Q4 spend at ⟦o:AMT|$48,200⟧ (⟦o:PCT|92%⟧ of plan)""",
    )

    r(
        "de_DE",
        "meeting_notes",
        """**Protokoll Betriebsratssitzung ⟦o:D|07.10.2025⟧**
Anwesend: Frau ⟦P|Bettina Krüger⟧ (Vors.), Herr ⟦P|Mehmet Yılmaz⟧, Dr. ⟦P|Konstantin Weber⟧, ⟦P|Jana Nováková⟧
Protokoll: ⟦P|L. Hoffmann⟧

TOP 1 – Versetzung Herr ⟦P|Ralf Dietrich⟧ (Personalnr. 004471) zum Standort Hamburg: zugestimmt.
TOP 2 – Krankengeldzuschuss für Frau ⟦P|Svetlana Morozova⟧, Versichertennummer ⟦HPN|M417722904⟧ (TK): vertagt.
TOP 3 – Neue Kantinenpreise ab ⟦o:D|01.11.2025⟧: Menü I ⟦o:AMT|4,80 €⟧.
Nächste Sitzung: ⟦o:D|21.10.2025⟧, Raum 2.014""",
    )

    r(
        "en_GB",
        "meeting_minutes",
        """MINUTES OF THE ANNUAL GENERAL MEETING
Rosehill Allotment Society — held ⟦o:D|Saturday 27 September 2025⟧, Village Hall

Present: Mrs ⟦P|Margaret Pennington⟧ (Chair), Mr ⟦P|Desmond Achterberg⟧ (Treasurer), Ms ⟦P|Ayesha Siddiqui⟧, Dr ⟦P|Rhys ap Gwilym⟧, Ms ⟦P|Nkechi Eze⟧ and 14 members.

3. Treasurer's report. Balance carried forward ⟦o:AMT|£3,412.77⟧. Subscriptions remain ⟦o:AMT|£25⟧ per plot.
4. Plot 17 reallocated to Mr ⟦P|Callum MacLeod⟧ of ⟦A|9 Wyndham Crescent⟧, ⟦a:PC|CF11 9EE⟧; contact ⟦PH|029 2034 7718⟧.
5. AOB: the Chair thanked Mrs ⟦P|Pennington⟧'s late husband for the donated shed.

Signed ............ Date ⟦o:D|04/10/2025⟧""",
    )

    r(
        "pl_PL",
        "meeting_notes",
        """Notatka ze spotkania – projekt ⟦o:PROD|eRecepta 2.0⟧ – ⟦o:D|2025-10-02⟧

Uczestnicy: ⟦P|Katarzyna Zielińska⟧, ⟦P|Paweł Grabowski⟧, ⟦P|Agnieszka Wróbel-Nowak⟧, ⟦P|Michał Dąbrowski⟧

1. Błąd ⟦o:ERR|E-4012⟧ przy wystawianiu recepty dla pacjenta testowego – UWAGA: ⟦P|Paweł⟧ użył prawdziwego PESEL-u swojej mamy (⟦NID@pl.pesel|75123004653⟧), trzeba usunąć z logów!
2. Wersja ⟦o:VER|2.0.7-rc1⟧ na środowisku testowym.
3. Kontakt do dostawcy: ⟦P|Michał Dąbrowski⟧, ⟦PH|+48 22 584 17 30⟧ wew. 214, ⟦E|m.dabrowski@medsoft.pl⟧

Kolejne spotkanie ⟦o:D|9 października⟧ o ⟦o:T|10:00⟧, sala 3.12.""",
    )

    r(
        "en_US",
        "meeting_notes",
        """1:1 notes — ⟦P|Jordan⟧ / ⟦P|Priscilla⟧ — ⟦o:D|10/08⟧

- Jordan out ⟦o:D|10/20⟧–⟦o:D|10/24⟧ (PTO approved in Workday ⟦o:REQ|REQ-0077214⟧)
- Discussed comp band move, target ⟦o:AMT|$142k⟧ → needs VP sign-off
- Priscilla's new emergency contact: her brother ⟦P|Marcus Oyelaran⟧, ⟦PH|+1 404-555-0163⟧
- Follow up: laptop refresh ⟦o:SKU|MBP14-M3-16-512⟧""",
    )

    r(
        "zh_CN",
        "teams_chat",
        """⟦P|王晓明⟧ ⟦o:T|下午 3:12⟧
@⟦P|李娜⟧ 客户的身份证号和手机号发我一下，开户要用

⟦P|李娜⟧ ⟦o:T|下午 3:15⟧
姓名 ⟦P|陈志强⟧，身份证 ⟦NID@cn.ric|110105198605233018⟧
手机 ⟦PH|138 1047 6629⟧
地址 ⟦A|北京市朝阳区建国路88号SOHO现代城2号楼1703室⟧

⟦P|王晓明⟧ ⟦o:T|下午 3:16⟧
收到 👌 工单号 ⟦o:TKT|KH-20251008-0421⟧""",
    )

    r(
        "es_MX",
        "slack_export",
        """*⟦P|Guadalupe Hernández⟧* [⟦o:T|9:41⟧]
buenas, para el alta en IMSS necesito CURP y RFC de ⟦P|Gerardo Hernández Gómez⟧

*⟦P|Iván Zamora⟧* [⟦o:T|9:47⟧]
CURP ⟦NID@mx.curp|HEGG560427MVZRRL04⟧
RFC ⟦TAX@mx.rfc|GODE561231GR0⟧ (ese es el de su esposa ⟦P|Elena González Díaz⟧ ojo)
tel ⟦PH|55 4172 8830⟧
dirección ⟦A|Av. Insurgentes Sur 1602, Int. 4, Col. Crédito Constructor⟧, ⟦a:PC|03940⟧ CDMX

*⟦P|Guadalupe Hernández⟧* [⟦o:T|9:49⟧]
gracias 🙌 lo subo al folio ⟦o:TKT|RH-3381⟧""",
    )

    r(
        "no_NO",
        "teams_chat",
        """⟦P|Ingvild Haugen⟧ ⟦o:T|13:04⟧
Hei! Trenger fødselsnummeret til ⟦P|Ole-Martin Bjørnstad⟧ for forsikringen

⟦P|Ole-Martin Bjørnstad⟧ ⟦o:T|13:09⟧
⟦NID@no.fodselsnummer|120385 49675⟧
bor i ⟦A|Thereses gate 41B⟧, ⟦a:PC|0354⟧ Oslo
kontonr ⟦BBAN|1503.60.27318⟧

⟦P|Ingvild Haugen⟧ ⟦o:T|13:10⟧
Takk! Polisenr ⟦o:ORD|FP-7781-2025⟧ kommer på e-post""",
    )

    r(
        "en_US",
        "slack_export",
        """⟦P|Emily Nakamura⟧  ⟦o:T|4:55 PM⟧
reminder: all-hands tomorrow ⟦o:T|10am PT⟧. dial-in +1 646 558 8656, meeting ID 913 4420 1187 #
⟦P|Carlos Mendoza-Reyes⟧  ⟦o:T|4:57 PM⟧
will it be recorded? I'm at the dentist
⟦P|Emily Nakamura⟧  ⟦o:T|4:58 PM⟧
yep, link in #announcements. slides ⟦o:VER|v3⟧ are in the drive
⟦P|Carlos Mendoza-Reyes⟧  ⟦o:T|4:58 PM⟧
🙏""",
    )

    r(
        "fi_FI",
        "meeting_minutes",
        """PÖYTÄKIRJA – Asunto Oy Kalevankatu 31, hallituksen kokous ⟦o:D|30.9.2025⟧

Läsnä: ⟦P|Aino Virtanen⟧ (pj), ⟦P|Matti Heikkinen⟧, ⟦P|Leena Korhonen⟧, isännöitsijä ⟦P|Juha-Pekka Salo⟧

§4 Vuokralaisen ⟦P|Mikko Lehtonen⟧ (henkilötunnus ⟦NID@fi.hetu|240883-123A⟧) vuokrarästit ⟦o:AMT|1 840,00 €⟧ siirretään perintään.
§5 Saunavuorot: uusi hinta ⟦o:AMT|15 €/kk⟧.
§6 Isännöitsijän yhteystiedot: ⟦PH|040 771 2245⟧, ⟦E|jp.salo@isannointi-salo.fi⟧""",
    )

    r(
        "en_US",
        "meeting_notes",
        """## Sprint 42 Retro (⟦o:D|2025-10-03⟧)

| What went well | What didn't | Owner |
|---|---|---|
| Released ⟦o:PROD|Checkout v2⟧ on time | Flaky e2e tests (⟦o:TKT|QA-881⟧) | ⟦P|Aisha Bello⟧ |
| p95 latency down ⟦o:PCT|27%⟧ | Hotfix ⟦o:VER|4.8.1⟧ rollback | ⟦P|Lars Øberg⟧ |
| Onboarded ⟦P|Minh Nguyen⟧ | Staging DB ran out of disk | ⟦P|Rafael Duarte⟧ |

Next retro facilitator: ⟦P|Aisha⟧""",
    )
    r(
        "en_GB",
        "pdf_extract",
        """Page 1 of 3                                   CONFIDENTIAL
HM Revenue & Customs                 Our ref: ⟦o:TKT|SA/2025/7719C⟧
Mr ⟦P|Adewale Ogunleye⟧
⟦A|Flat 12, Merchant House
41 Quayside Road⟧
Newcastle upon Tyne
⟦a:PC|NE1 3DX⟧
Date: ⟦o:D|29 September 2025⟧
Unique Taxpayer Reference (UTR): ⟦TAX@gb.utr|1234567895⟧
National Insurance number: ⟦NID|AB 12 34 56 D⟧
Dear Mr Ogunleye, we have recalculated your Self Assessment for the tax year ending 5 April 2025. The amount now
due is ⟦o:AMT|£1,204.60⟧. Please pay by ⟦o:D|31 January 2026⟧ quoting your pay-
ment reference ⟦o:REQ|1234567895K⟧.
HMRC   BX9 1AS                                 Page 1 of 3""",
    )

    r(
        "de_DE",
        "pdf_extract",
        """Mietvertrag über Wohnraum                                       Seite 1
§ 1 Vertragsparteien
Vermieter: ⟦P|Hans-Jürgen Pfeiffer⟧, ⟦A|Lindenstraße 88⟧, ⟦a:PC|50674⟧ Köln
Mieter: ⟦P|Aylin Demir⟧, geb. am ⟦DOB|19.08.1994⟧ in Gelsen-
kirchen, derzeit wohnhaft ⟦A|Am Kanal 5, 2. OG links⟧, ⟦a:PC|45879⟧ Gelsenkirchen
§ 2 Mietsache
Vermietet wird die Wohnung im 3. OG rechts des Hauses ⟦A|Brüsseler Str. 41⟧, Köln, bestehend aus 3 Zim-
mern, Küche, Bad (ca. ⟦o:QTY|74 m²⟧).
§ 3 Miete
Die Nettokaltmiete beträgt ⟦o:AMT|1.120,00 €⟧ monatlich, zahlbar auf das Konto des Vermieters
IBAN ⟦IBAN|DE79 1203 0000 1064 2198 55⟧ (DKB).
-- Seite 1 von 6 --      Vertragsnr. ⟦o:ORD|MV-2025-0412⟧""",
    )

    r(
        "en_US",
        "pdf_extract",
        """PATIENT REGISTRATION FORM          Mercy Regional Medical Center          Rev. ⟦o:VER|03/2024⟧
Patient Name (Last, First, MI): ⟦P|NGUYEN, THI HOA B⟧            MRN: ⟦MRN|004417729⟧
Date of Birth: ⟦DOB|04/09/1958⟧   Sex: F     SSN: ⟦SSN|604-18-2291⟧
Address: ⟦A|3318 Dellwood Dr⟧          City: Garland    State: TX   ZIP: ⟦a:PC|75041⟧
Home Phone: ⟦PH|(972) 555-0187⟧    Work Phone: ______
Primary Insurance: ⟦o:PROD|BlueCross BlueShield of Texas⟧   Member ID: ⟦HPN|XOF912448317⟧   Group #: 00G4471
Emergency Contact: ⟦P|Tran Van Minh⟧ (son)  ⟦PH|972-555-0129⟧
Signature: ____________      Date: ⟦o:D|10/06/2025⟧""",
    )

    r(
        "en_US",
        "pdf_extract",
        """CALIFORNIA DEPARTMENT OF MOTOR VEHICLES — NOTICE OF DRIVER LICENSE RENEWAL
                                                                      ⟦o:TKT|DL 44 (REV. 6/2024)⟧
⟦P|MARISOL ECHEVERRÍA⟧                                             DL NO. ⟦DL|D4471820⟧
⟦A|1459 ALVARADO ST APT 6⟧                                          EXP ⟦o:D|11/14/2025⟧
SAN FRANCISCO CA ⟦a:PC|94110⟧                                      DOB ⟦DOB|11/14/1982⟧
Your driver license expires soon. Renew online at dmv.ca.gov using your renewal ID ⟦o:REQ|RN7X-44Q2⟧.
Fee: ⟦o:AMT|$45⟧""",
    )

    r(
        "fr_FR",
        "scanned_letter",
        """CAISSE PRIMAIRE D'ASSURANCE MALADIE
DE LA HAUTE-GARONNE                                    Toulouse, le ⟦o:D|2 octobre 2025⟧

                              Madame ⟦P|Nadia Boukhari⟧
                              ⟦A|Résidence Les Acacias, Bât. C
                              12 allée Paul Sabatier⟧
                              ⟦a:PC|31400⟧ TOULOUSE

N° de sécurité sociale : ⟦NID@fr.nir|2 85 05 75 112 043 87⟧
Objet : attestation de droits

Madame, nous vous informons que vos droits à l'assu-
rance maladie sont ouverts jusqu'au ⟦o:D|31/12/2026⟧. Votre médecin traitant dé-
claré est le Dr ⟦P|Olivier Carrère⟧.
Réf. dossier ⟦o:TKT|31-2025-884120⟧                                        1/1""",
    )

    r(
        "en_US",
        "contract_chunk",
        """[chunk 14/52 | source: MSA_Acme_Northwind_2025.pdf | p. 11]
12.3 Notices. All notices under this Agreement shall be in writing and delivered to: (a) if to Supplier, Northwind Traders LLC, Attn: ⟦P|Gabriel Oduya⟧, General Counsel, ⟦A|500 Boylston Street, 11th Floor⟧, Boston, MA ⟦a:PC|02116⟧, email ⟦E|legal-notices@northwindtraders.com⟧; (b) if to Customer, to the address set out in the applicable Order Form ⟦o:ORD|OF-2025-118⟧.
12.4 Fees. Customer shall pay the fees of ⟦o:AMT|USD 240,000⟧ per annum, increasing by ⟦o:PCT|3%⟧ on each anniversary of the Effective Date (⟦o:D|March 1, 2025⟧).""",
    )

    r(
        "en_GB",
        "policy_chunk",
        """[retrieved: HR-Policy-Handbook-v7.pdf §4.2, score 0.812]
4.2 Reporting absence. Employees must notify their line manager before ⟦o:T|10:00⟧ on the first day of absence. Sickness lasting more than ⟦o:QTY|7 calendar days⟧ requires a fit note. Questions about this policy should be directed to the HR Service Centre on 0800 917 2200 (free, not a personal line) or hr.servicecentre@company.example. Version ⟦o:VER|7.3⟧, approved ⟦o:D|12 June 2025⟧, policy owner: Director of People.""",
    )

    r(
        "es_AR",
        "pdf_extract",
        """CONTRATO DE LOCACIÓN                                                     Hoja 1
Entre el Sr. ⟦P|Horacio Martín Bustamante⟧, DNI ⟦NID|22.814.507⟧, CUIT ⟦TAX@ar.cuit|20-28765431-7⟧, con domicilio en ⟦A|Av. Corrientes 3245, piso 8 dto. "B"⟧, C.A.B.A. (en adelante "EL LOCADOR") y la Sra. ⟦P|Valentina Ruiz Díaz⟧, nacida el ⟦DOB|3 de marzo de 1996⟧, con domicilio en ⟦A|Calle 54 n° 1180⟧, La Plata, Pcia. de Bs. As. (en adelante "LA LOCATARIA"), se conviene…
El precio se fija en ⟦o:AMT|$ 650.000⟧ mensuales, ajustable cada ⟦o:QTY|3 meses⟧ según ICL.""",
    )

    r(
        "en_ZA",
        "scanned_letter",
        """STANDARD BANK                                            ⟦o:D|6 October 2025⟧
Mr ⟦P|Sipho Nkosinathi Dlamini⟧
⟦A|17 Jacaranda Crescent
Moreleta Park⟧
Pretoria
⟦a:PC|0044⟧
Dear Mr Dlamini
HOME LOAN ACCOUNT ⟦BBAN|362 114 870 2⟧
We confirm receipt of your application. ID number on file: ⟦NID@za.idnr|880412 5163 086⟧. Your instal-
ment of ⟦o:AMT|R 14 382,55⟧ will be debited on the ⟦o:D|1st⟧ of every month.
Enquiries: ⟦P|Thandeka Mokoena⟧, Home Loans Consultant, ⟦PH|012 636 4480⟧""",
    )

    r(
        "en_US",
        "pdf_extract",
        """W-9 (Rev. ⟦o:D|March 2024⟧)          Request for Taxpayer Identification Number and Certification
1 Name (as shown on your income tax return) ⟦P|Brandon Alexander Kowalski⟧
2 Business name/disregarded entity name, if different from above   Kowalski Carpentry
5 Address (number, street, and apt. or suite no.) ⟦A|709 Oakridge Ln⟧
6 City, state, and ZIP code   Maple Grove, MN ⟦a:PC|55369⟧
Part I Taxpayer Identification Number (TIN)
Social security number  ⟦SSN|219 | 44 | 7063⟧
Employer identification number   __ - _______
Sign Here  Signature of U.S. person ▸ B. Kowalski     Date ▸ ⟦o:D|9/30/25⟧""",
    )

    r(
        "it_IT",
        "pdf_extract",
        """AGENZIA DELLE ENTRATE – Modello 730/2025                              pag. 1
CONTRIBUENTE
Codice fiscale ⟦TAX@it.codicefiscale|BNCGLI92E52F205X⟧
Cognome ⟦P|BIANCHI⟧ Nome ⟦P|GIULIA⟧ Sesso F
Data di nascita ⟦DOB|12 05 1992⟧ Comune di nascita MILANO (MI)
RESIDENZA ANAGRAFICA  Indirizzo ⟦A|Via Paolo Sarpi 33⟧ CAP ⟦a:PC|20154⟧ Comune MILANO
Telefono ⟦PH|02 3659 8114⟧ Cellulare ⟦PH|347 220 9981⟧
Protocollo telematico ⟦o:REQ|25100718304455123⟧""",
    )

    r(
        "en_IE",
        "pdf_extract",
        """Revenue – Employment Detail Summary 2024
Name: ⟦P|Ciarán Ó Súilleabháin⟧       PPSN: ⟦NID@ie.pps|8765432S⟧
Address: ⟦A|Apt 7, The Granary, Lower Hanover St⟧, Dublin 2, ⟦a:PC|D02 XR29⟧
Employer: Aerlingus Ltd   Employer reg. no. 0012345T
Gross pay ⟦o:AMT|€58,110.42⟧   Tax deducted ⟦o:AMT|€12,907.33⟧   USC ⟦o:AMT|€1,542.80⟧
Statement generated ⟦o:D|15/01/2025⟧ ⟦o:T|08:30⟧""",
    )

    r(
        "en_US",
        "pdf_extract",
        """EXPLANATION OF BENEFITS — THIS IS NOT A BILL
Member: ⟦P|Rosalind Abernathy-Cole⟧          Member ID: ⟦HPN|W283 4471 902⟧          Claim #: ⟦o:TKT|25-281-044719-00⟧
Patient account no: ⟦MRN|PA-8810472⟧    Provider: Dr. ⟦P|Vikram Sethuraman⟧, Lakeview Cardiology
Service date ⟦o:D|08/22/2025⟧   CPT 93306   Billed ⟦o:AMT|$1,480.00⟧   Allowed ⟦o:AMT|$612.31⟧   You owe ⟦o:AMT|$122.46⟧
Questions? Call Member Services at 1-800-555-0199 (TTY 711), ⟦o:T|8 a.m.–8 p.m.⟧ local time.""",
    )

    r(
        "ko_KR",
        "pdf_extract",
        """근 로 계 약 서
사업주: (주)한빛소프트 대표 ⟦P|김성훈⟧
근로자 성명: ⟦P|박준호⟧        주민등록번호: ⟦NID@kr.rrn|880715-1234560⟧
주소: ⟦A|서울특별시 마포구 월드컵북로 396, 101동 1204호⟧
연락처: ⟦PH|010-4827-3391⟧
임금: 월 ⟦o:AMT|3,200,000원⟧ (세전), 계약기간 ⟦o:D|2025.11.01⟧ ~ ⟦o:D|2026.10.31⟧""",
    )
    r(
        "en_US",
        "tool_call_json",
        """{"tool": "crm.create_contact", "arguments": {"first_name": "⟦P|Aaliyah⟧", "last_name": "⟦P|Whitfield-Barnes⟧", "email": "⟦E|aaliyah.wb@protonmail.com⟧", "phone": "⟦PH|+1 (312) 555-0176 x204⟧", "dob": "⟦DOB|1991-07-23⟧", "address": {"line1": "⟦A|4410 N Clarendon Ave, Unit 1502⟧", "city": "Chicago", "state": "IL", "zip": "⟦a:PC|60640⟧"}, "source": "webinar-⟦o:D|2025-10-02⟧", "lead_score": 82}, "call_id": "⟦o:REQ|call_7fQ2xK9mP1⟧"}""",
    )

    r(
        "en_GB",
        "tool_call_json",
        """Assistant → function_call
name: "send_payment"
arguments: {
  "payee_name": "⟦P|Eleanor Whitcombe⟧",
  "payee_iban": "⟦IBAN|GB09 BARC 2032 5373 6819 44⟧",
  "amount": {"value": "⟦o:AMT|1250.00⟧", "currency": "GBP"},
  "reference": "⟦o:INV|INV-0042-2025⟧",
  "idempotency_key": "⟦o:UUID|0c9d2f4e-5a6b-4c7d-8e9f-a0b1c2d3e4f5⟧"
}
tool_result: {"status": "queued", "payment_id": "⟦o:REQ|pay_01J9X4Q2W8⟧", "eta": "⟦o:D|2025-10-10⟧"}""",
    )

    r(
        "en_US",
        "tool_call_json",
        """{"id":"⟦o:REQ|toolu_01AbR7nQ3cXz⟧","type":"tool_use","name":"lookup_patient","input":{"mrn":"⟦MRN|MRN-20481177⟧","full_name":"⟦P|Gustavo Ferreira Lima⟧","date_of_birth":"⟦DOB|03/17/1966⟧","insurance_member_id":"⟦HPN|UHC 918 227 304⟧","encounter_date":"⟦o:D|2025-10-07⟧"}}
{"type":"tool_result","tool_use_id":"⟦o:REQ|toolu_01AbR7nQ3cXz⟧","content":"Found 1 match. Last visit ⟦o:D|2025-09-12⟧, allergies: penicillin."}""",
    )

    r(
        "en_US",
        "config_snippet",
        """# .env.production  (DO NOT COMMIT)
NODE_ENV=production
APP_VERSION=⟦o:VER|5.12.0⟧
DATABASE_URL=⟦UC|postgresql://svc_orders:Wz7!kP2m@orders-prod.c9xq2l.eu-west-1.rds.amazonaws.com:5432/orders⟧
REDIS_URL=redis://cache-prod.internal:6379/0
AWS_ACCESS_KEY_ID=⟦S|AKIA4HQ7R2XN5TZ3WB6M⟧
AWS_SECRET_ACCESS_KEY=⟦S|q8Vn3Lr+2ZtKx9wYp/4HcJm7sD1fGb6eRuA0TiEo⟧
SENTRY_DSN=https://3f9a2c71b8e44d0c@o44712.ingest.sentry.io/6612093
SUPPORT_EMAIL=support@shopfront.example
JWT_SECRET=⟦S|c2hvcGZyb250LWp3dC1zZWNyZXQtOTkxMi1xd2VydHk⟧""",
    )

    r(
        "en_US",
        "code_review",
        """**⟦P|kenji-watanabe⟧** commented on `src/notify/sms.py` line 41:

> ```python
> TWILIO_AUTH_TOKEN = "⟦S|9f4c1e7a2b8d3f6e0a5c4b9d8e7f1a2c⟧"
> TEST_RECIPIENT = "⟦PH|+44 7911 123456⟧"  # my personal phone
> ```

Please don't hardcode the token, pull it from Vault (`secret/notify/twilio`). Also remove your own number from the test fixture — use a 555 number. Blocking until fixed. cc @⟦P|amara-eze⟧

**⟦P|amara-eze⟧** replied: good catch, will rotate. Fixed in ⟦o:SHA|e4a91c7⟧.""",
    )

    r(
        "en_US",
        "commit_message",
        """commit ⟦o:SHA|3f9b2e7c1d84a06f5e2b9c3d7a1f08e6b4c2d951⟧
Author: ⟦P|Ngozi Okonkwo-Adeyemi⟧ <⟦E|ngozi.okonkwo@devmail.io⟧>
Date:   ⟦o:D|Thu Oct 9 11:47:02 2025 +0100⟧

    fix(auth): stop logging refresh tokens (⟦o:TKT|#2281⟧)

    The debug logger was writing the full refresh token, e.g.
    ⟦S|rt_live_Z9xQ4m2LpW7vN8cR3tY6uB1k⟧, to stdout. Mask all but last 4.

    Co-authored-by: ⟦P|Matthias Grünewald⟧ <⟦E|m.gruenewald@users.noreply.github.com⟧>
    Bumps version to ⟦o:VER|1.9.4⟧""",
    )

    r(
        "en_US",
        "notebook_output",
        """In [14]: df[df.customer_id == 88213].T
Out[14]:
                          4471
customer_id              88213
full_name         ⟦P|Yusuf Demirci⟧
email        ⟦E|yusuf.demirci@hotmail.com⟧
phone             ⟦PH|+90 532 418 77 60⟧
tc_kimlik          ⟦NID@tr.tckimlik|32841057448⟧
city                  İstanbul
signup_date     ⟦o:D|2023-05-14⟧
ltv_try           ⟦o:AMT|18432.50⟧
churn_prob          ⟦o:PCT|0.137⟧""",
    )

    r(
        "en_US",
        "notebook_output",
        """>>> print(resp.json())
{'status': 'ok', 'request_id': '⟦o:REQ|a81f3c20-e9b7-4d12-9c55-0f2e7ab3d441⟧', 'model': '⟦o:PROD|gpt-4o-mini⟧', 'usage': {'prompt_tokens': ⟦o:QTY|1834⟧, 'completion_tokens': ⟦o:QTY|212⟧}, 'latency_ms': 913}
>>> !git log -1 --format=%H
⟦o:SHA|9a7c3e1f0b2d4c6e8a1b3d5f7e9c2a4b6d8f0e1c⟧
>>> pd.__version__
'⟦o:VER|2.2.3⟧'""",
    )

    r(
        "en_US",
        "config_snippet",
        """# ~/.npmrc
registry=https://registry.npmjs.org/
//npm.pkg.github.com/:_authToken=⟦S|ghp_R8tLw2ZqX5vN9cB4mK7pJ1hY3sD6fG0aE2uQ⟧
@acme:registry=https://npm.pkg.github.com
# ~/.pypirc
[pypi]
username = __token__
password = ⟦S|pypi-AgEIcHlwaS5vcmcCJGE4ZjE3YjQyLTk5ZTEtNGI1Mi1hMzM2LTBmNmQ3YzI5ZTg0NQ⟧""",
    )

    r(
        "en_US",
        "ci_log",
        """2025-10-08T14:22:31.118Z [build ⟦o:ROW|#7712⟧] Step 4/9 : RUN pip install -r requirements.txt
2025-10-08T14:22:49.402Z Cloning https://⟦UC|ci-bot:glpat-Xk29mQv7LrT4sZ8wNb3P@gitlab.acme-internal.net/platform/billing.git⟧
2025-10-08T14:22:50.010Z HEAD is now at ⟦o:SHA|b71e9d0⟧ Merge branch 'release/⟦o:VER|3.4⟧'
2025-10-08T14:23:12.877Z ⟦o:ERR|ERROR 137⟧: container killed (OOM)
2025-10-08T14:23:12.901Z Build failed after ⟦o:QTY|41.8s⟧""",
    )

    r(
        "en_US",
        "config_snippet",
        """apiVersion: v1
kind: Secret
metadata:
  name: payments-gateway
  namespace: prod
type: Opaque
stringData:
  ADYEN_API_KEY: "⟦S|AQEyhmfxK4nJbhZGw0m/n3Q5qf3VaY9UCJ14XWZE03G2k2ZGw2bY1JQ==-8vZ1Vh4xS2qQ⟧"
  WEBHOOK_HMAC: "⟦S|7A3F91C2E84B05D6A9F1C3E2B7D40816⟧"
  contact: "platform-oncall@acme.example"   # team alias, not a person
  chart_version: "⟦o:VER|0.18.2⟧\"""",
    )

    r(
        "en_US",
        "code_review",
        """Review on PR ⟦o:TKT|#4410⟧ "Add seed data for demo tenant" by ⟦P|Olga Sokolova⟧

tests/fixtures/users.json
```json
{"name": "⟦P|Brian Kessler⟧", "email": "⟦E|brian.kessler@gmail.com⟧", "ssn": "⟦SSN|447-81-3256⟧", "card": "⟦CC|5424 1800 1736 9023⟧"}
```
⟦P|Fatou Diop⟧: These look like real values – the card passes Luhn and the email is a real Gmail domain. Can we switch to `jane.doe@example.com` and the test card 4242 4242 4242 4242? Also the fixture ID ⟦o:UUID|5b1e8f02-3c4d-4a7b-9e6f-102938475abc⟧ collides with prod.
⟦P|Olga Sokolova⟧: oops, those are from a support ticket export. Removing + force-pushing.""",
    )

    r(
        "en_US",
        "tool_call_json",
        """[agent step 3] calling `book_flight` with {"passenger": {"given_name": "⟦P|Wei Ling⟧", "family_name": "⟦P|Tan⟧", "passport_number": "⟦PP|E71843209⟧", "nationality": "SG", "dob": "⟦DOB|1989-02-14⟧"}, "flight": "⟦o:FLT|SQ 322⟧", "date": "⟦o:D|2025-11-03⟧", "seat": "34K", "fare_class": "Y", "price_sgd": "⟦o:AMT|1486.20⟧"}
[agent step 4] booking confirmed, PNR ⟦o:ORD|7HQ4ZL⟧""",
    )

    r(
        "en_US",
        "config_snippet",
        """# ssh config + key dump pasted in #help-infra
Host bastion
  HostName ⟦IP|54.201.88.143⟧
  User ⟦P|rkapoor⟧
  IdentityFile ~/.ssh/id_ed25519
-----BEGIN OPENSSH PRIVATE KEY-----
⟦S|b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZWQyNTUxOQAAACBvZ2xP3kq9Xv2m7RtQ8sL4nYwZ1aBcDe5fGh6iJk7lMnAAAAJg⟧
-----END OPENSSH PRIVATE KEY-----""",
    )
    r(
        "en_US",
        "spreadsheet_paste",
        """Name	DOB	SSN	Phone	Start date	Salary
⟦P|Tyrone Jefferson⟧	⟦DOB|02/28/1987⟧	⟦SSN|372-09-6618⟧	⟦PH|(404) 555-0131⟧	⟦o:D|10/13/2025⟧	⟦o:AMT|$68,500⟧
⟦P|Mei-Ling Chou⟧	⟦DOB|9/4/1995⟧	⟦SSN|145-62-0397⟧	⟦PH|626.555.0172⟧	⟦o:D|10/13/2025⟧	⟦o:AMT|$74,000⟧
⟦P|Rafael Antonio Vélez⟧	⟦DOB|12/01/1978⟧	⟦SSN|508-33-9172⟧	⟦PH|305-555-0114⟧	⟦o:D|10/20/2025⟧	⟦o:AMT|$91,250⟧""",
    )

    r(
        "en_GB",
        "markdown_table",
        """| Ref | Customer | Postcode | Card (last used) | Status |
|-----|----------|----------|------------------|--------|
| ⟦o:ORD|ORD-55120⟧ | ⟦P|Harriet Ashworth⟧ | ⟦a:PC|LS6 2QT⟧ | ⟦CC|4917 6123 4098 1121⟧ | refunded |
| ⟦o:ORD|ORD-55121⟧ | ⟦P|Declan Murphy⟧ | ⟦a:PC|BT9 5BN⟧ | •••• 3301 | shipped |
| ⟦o:ORD|ORD-55124⟧ | ⟦P|Zainab Hussain⟧ | ⟦a:PC|B11 1RX⟧ | ⟦CC|5168 7390 2554 1707⟧ | disputed |""",
    )

    r(
        "en_US",
        "calendar_invite",
        """BEGIN:VEVENT
UID:⟦o:UUID|4c1d7e2a-9b3f-4a8e-b5c6-7d8e9f0a1b2c⟧@calendar.example
DTSTART;TZID=America/New_York:⟦o:D|20251015T140000⟧
DTEND;TZID=America/New_York:⟦o:D|20251015T150000⟧
SUMMARY:Intake call – ⟦P|Gloria Ramírez-Ocampo⟧ (new client)
LOCATION:⟦A|225 Park Ave S, 8th Fl⟧, New York, NY ⟦a:PC|10003⟧
ORGANIZER;CN=⟦P|Jonah Feldstein⟧:mailto:⟦E|jfeldstein@feldsteinlaw.com⟧
ATTENDEE;CN=⟦P|Gloria Ramírez-Ocampo⟧;RSVP=TRUE:mailto:⟦E|gloria.ramirez.ocampo@icloud.com⟧
DESCRIPTION:Client cell ⟦PH|917-555-0158⟧. Bring ID + lease. Conf bridge 1-888-555-0100 PIN 44718#
END:VEVENT""",
    )

    r(
        "en_GB",
        "calendar_invite",
        """Microsoft Teams meeting
Join on your computer, mobile app or room device
Meeting ID: 374 219 558 014
Passcode: Xm4Rq2
Or call in (audio only)
+44 20 3855 5885,,918442073#   United Kingdom, London
Phone Conference ID: 918 442 073#
Find a local number | Reset PIN
Learn More | Meeting options
________________________________________________________________________________""",
    )

    r(
        "de_AT",
        "calendar_invite",
        """Einladung: Übergabe Wohnung ⟦A|Mariahilfer Straße 117/2/14⟧
Wann: ⟦o:D|Fr, 17. Okt 2025⟧ ⟦o:T|16:30⟧ – ⟦o:T|17:15⟧ (MESZ)
Wo: vor Ort, ⟦a:PC|1060⟧ Wien
Teilnehmer: Mag. ⟦P|Verena Pichler⟧ (Organisator), ⟦P|Stefan Gruber⟧, ⟦E|lukas.haider@gmx.at⟧
Notiz: Kaution ⟦o:AMT|3.600 €⟧ bitte vorab auf ⟦IBAN|AT24 2011 1822 2121 9800⟧ überweisen. Bei Verspätung ⟦PH|+43 664 318 22 07⟧ anrufen.""",
    )

    r(
        "en_US",
        "spreadsheet_paste",
        """row_id,sku,description,qty,unit_price,warehouse
⟦o:ROW|1001⟧,⟦o:SKU|HX-4471-BLK⟧,⟦o:PROD|Trailrunner 4 GTX⟧ (black),⟦o:QTY|24⟧,⟦o:AMT|139.00⟧,RNO-2
⟦o:ROW|1002⟧,⟦o:SKU|HX-4471-GRY⟧,⟦o:PROD|Trailrunner 4 GTX⟧ (grey),⟦o:QTY|12⟧,⟦o:AMT|139.00⟧,RNO-2
⟦o:ROW|1003⟧,⟦o:SKU|AC-0093-NA⟧,Lace kit,⟦o:QTY|300⟧,⟦o:AMT|4.50⟧,CMH-1
⟦o:ROW|1004⟧,⟦o:SKU|BK-9780-141⟧,Field guide ISBN ⟦o:ISBN|978-0-14-103614-4⟧,⟦o:QTY|40⟧,⟦o:AMT|12.99⟧,CMH-1""",
    )

    r(
        "en_US",
        "slack_export",
        """⟦P|Jamal Thompson⟧  ⟦o:T|8:03 AM⟧
heads up I'm working from ⟦L|Lisbon⟧ this week, so I'm 5h ahead of you all
⟦P|Ruth Abernathy⟧  ⟦o:T|8:10 AM⟧
nice! I'm stuck at my parents' in ⟦L|Dayton, Ohio⟧ till Thursday, spotty wifi
⟦P|Jamal Thompson⟧  ⟦o:T|8:11 AM⟧
😂 ok. standup moved to ⟦o:T|9:30 ET⟧ then""",
    )

    r(
        "en_GB",
        "markdown_list",
        """### Emergency contacts – Year 6 residential trip (⟦o:D|13–17 Oct⟧)

* **⟦P|Amelia Okoro⟧** – mum ⟦P|Chioma Okoro⟧, ⟦PH|07984 220 317⟧
* **⟦P|Finlay Campbell⟧** – dad ⟦P|Stuart Campbell⟧, ⟦PH|07723 118 450⟧ (works nights, try mum first: ⟦PH|07723 118 451⟧)
* **⟦P|Ishaan Bhattacharya⟧** – allergy: nuts (EpiPen in bag), grandma ⟦P|Kamala Bhattacharya⟧, ⟦PH|0161 445 2290⟧
* **⟦P|Zofia Lewandowska⟧** – NHS no. ⟦NID@gb.nhs|943 476 5919⟧, asthma

Coach departs ⟦o:T|08:15⟧ from school gate.""",
    )

    r(
        "es_ES",
        "spreadsheet_paste",
        """Nombre;Apellidos;NIE/DNI;Teléfono;Email;Ciudad
⟦P|Abdoulaye⟧;⟦P|Diallo Sow⟧;⟦NID@es.nie|Y-4417823-C⟧;⟦PH|622 31 84 90⟧;⟦E|abdou.diallo.sow@gmail.com⟧;Almería
⟦P|Marta⟧;⟦P|Iglesias Pardo⟧;⟦NID@es.dni|05398271X⟧;⟦PH|+34 691 207 455⟧;⟦E|marta.iglesias@telefonica.net⟧;Madrid
⟦P|Radu⟧;⟦P|Popescu⟧;⟦NID@es.nif|X1234567L⟧;⟦PH|644 10 29 38⟧;⟦E|radu.popescu.ro@yahoo.es⟧;Valencia""",
    )

    r(
        "en_US",
        "teams_chat",
        """⟦P|Beatriz Saldanha⟧ 2:14 PM
Q3 numbers are in: revenue ⟦o:AMT|$4.18M⟧, up ⟦o:PCT|12.4%⟧ QoQ. Churn ⟦o:PCT|2.1%⟧.
⟦P|Oskar Lindgren⟧ 2:16 PM
🎉 what's driving the lift?
⟦P|Beatriz Saldanha⟧ 2:18 PM
mostly the ⟦o:PROD|Pro Annual⟧ plan after ⟦o:VER|v8.0⟧ launch, ⟦o:QTY|1,842⟧ upgrades""",
    )

    r(
        "en_US",
        "pdf_extract",
        """STATE OF NEW YORK  DEPARTMENT OF MOTOR VEHICLES
Class D   ID ⟦DL|724 318 905⟧
⟦P|O'BRIEN-CHAVEZ, KATHLEEN M⟧
⟦A|88-14 SUTPHIN BLVD APT 4C⟧
JAMAICA NY ⟦a:PC|11435⟧
DOB ⟦DOB|06/19/1990⟧   SEX F   EYES BRO   HT 5-05
ISSUED ⟦o:D|07/22/2022⟧   EXPIRES ⟦o:D|06/19/2030⟧   DOC DISC ⟦o:REQ|0174471928⟧""",
    )

    r(
        "en_GB",
        "email_thread",
        """> > Hi Tom, my provisional licence number is ⟦DL|MORGA753116SM9IJ⟧ and my
> > passport is ⟦PP|533380006⟧ (expires ⟦o:D|2031⟧). Lesson on ⟦o:D|Saturday⟧ at ⟦o:T|9⟧?
> > ⟦P|Sian Morgan⟧
>
> Saturday is fine Sian, I'll pick you up from ⟦A|23 Heol y Felin⟧, Rhiwbina.
> ⟦P|Tom Pritchard⟧ – Pritchard School of Motoring – ⟦PH|07835 402 118⟧

Booking ref ⟦o:ORD|PSM-2025-0311⟧ confirmed.""",
    )

    r(
        "en_CA",
        "email_thread",
        """Hi ⟦P|Anjali⟧,

For the mortgage file I still need: your SIN (⟦NID@ca.sin|527 381 941⟧), Ontario driver's licence (⟦DL|K4471-28309-95211⟧) and a void cheque. Transit ⟦a:BC|00452⟧, institution ⟦a:BC|004⟧, account ⟦BBAN|5238871⟧ from the one you sent looks right.

Closing is set for ⟦o:D|November 28⟧ at the property, ⟦A|47 Brookview Drive⟧, Oakville, ON ⟦a:PC|L6J 5N2⟧.

⟦P|Marc-André Tremblay⟧, Mortgage Agent Level 2
⟦PH|905-555-0164 ext. 302⟧""",
    )

    r(
        "pt_PT",
        "email_thread",
        """Boa tarde Sr. ⟦P|Joaquim Azevedo⟧,

Recebemos o seu pedido de reembolso ⟦o:TKT|PR-2025-10472⟧. Para concluir precisamos do NIF (⟦TAX@pt.nif|231 498 756⟧ indicado no formulário) e do IBAN ⟦IBAN|PT50 0035 0683 0000 0007 8431 1⟧.
A morada registada é ⟦A|Rua de Cedofeita, 412, 3.º Esq.⟧, ⟦a:PC|4050-174⟧ Porto.

Com os melhores cumprimentos,
⟦P|Inês Carvalho⟧ – Apoio ao Cliente""",
    )

    r(
        "en_US",
        "scanned_letter",
        """            LAW OFFICES OF ⟦P|DELACROIX⟧ & ⟦P|WOJCIK⟧, P.C.
   ⟦A|1900 Market Street, Suite 1204⟧ • Philadelphia, PA ⟦a:PC|19103⟧ • (215) 555-0100
⟦o:D|October 3, 2025⟧
VIA CERTIFIED MAIL ⟦o:TRK|9407 1118 9876 5432 1012 34⟧
Mr. ⟦P|Leonard Abramowitz⟧
⟦A|612 Spruce Hill Rd⟧
Cherry Hill, NJ ⟦a:PC|08003⟧
Re: Estate of ⟦P|Miriam Abramowitz⟧ (d. ⟦o:D|May 2, 2025⟧)
Dear Mr. Abramo-
witz: Enclosed please find the inventory for the estate. The decedent's Social Se-
curity number (⟦SSN~line_break|261-75-
4480⟧) appears on page 2 and should be redacted before filing.""",
    )
    r(
        "en_US",
        "slack_export",
        """⟦P|Noor Al-Hashimi⟧ ⟦o:T|11:20⟧: I'm in ⟦L|Amman⟧ visiting family until the 24th, ping me on WhatsApp ⟦PH~fullwidth|＋９６２ ７９ ５５２ ４１８０⟧""",
    )
    r(
        "en_US",
        "teams_chat",
        """⟦P|Dmitri Volkov⟧ 09:02: landed in ⟦L|Tbilisi⟧, hotel wifi is awful. my backup number is ⟦PH~spelled_digits|plus nine nine five, five nine one, two two, four four, one eight⟧""",
    )
    r(
        "en_GB",
        "email_thread",
        """> Where are you based now?
I moved to ⟦L|Galway⟧ in the summer — new address is ⟦A|14 Nun's Island Road⟧, Galway ⟦a:PC|H91 K2T8⟧. Email me on ⟦E~zero_width|roisin.nic​giolla@eircom.net⟧ (the old work one bounces).
⟦P|Róisín Nic Giolla Phádraig⟧""",
    )
    r(
        "en_US",
        "meeting_notes",
        """- ⟦P|Haruto Sato⟧ is relocating to ⟦L|Osaka⟧ in January; ⟦P|Bea Lindqvist⟧ covers APAC accounts until then
- Offsite venue shortlist: Austin, Denver (not personal, company event)
- ⟦P|Ignacio Ferrer⟧ currently on parental leave in ⟦L|Valencia⟧, back ⟦o:D|Dec 1⟧""",
    )
    r(
        "fr_FR",
        "teams_chat",
        """⟦P|Claire Dubois⟧ 17:41
je suis bloquée à ⟦L|Lyon Part-Dieu⟧, train ⟦o:FLT|TGV 6614⟧ supprimé 😩 j'arrive demain matin
⟦P|Hugo Lambert⟧ 17:43
pas de souci, on décale la réunion à ⟦o:T|11h⟧""",
    )
    r(
        "en_IN",
        "email_thread",
        """Sir, I am currently staying at my native place in ⟦L|Thrissur, Kerala⟧ and will be back in Pune on Monday. Kindly courier the documents to ⟦A|Thekkekara House, Poothole Road⟧, Thrissur ⟦a:PC|680004⟧. My alternate number is ⟦PH|0487 238 4410⟧.
Thanks & regards, ⟦P|Jithin Varghese⟧""",
    )
    r(
        "de_DE",
        "slack_export",
        """*⟦P|Lena Schmitt⟧* [⟦o:T|08:12⟧] Bin heute im Homeoffice in ⟦L|Freiburg⟧, Zug streikt mal wieder
*⟦P|Onur Aksoy⟧* [⟦o:T|08:14⟧] same, sitze in ⟦L|Mannheim⟧ fest 🙃 Deploy ⟦o:VER|4.2.0⟧ verschieben wir auf ⟦o:T|14 Uhr⟧""",
    )
    r(
        "es_CO",
        "email_thread",
        """Buenas tardes, soy ⟦P|Juan Camilo Restrepo Arango⟧, cédula ⟦NID|1.036.642.118⟧ de Medellín. Actualmente resido en ⟦L|Envigado, Antioquia⟧ (⟦A|Carrera 43A # 38 Sur-35, apto 1102⟧). Mi fecha de nacimiento es el ⟦DOB|7 de enero de 1993⟧ y mi celular ⟦PH|+57 310 448 2917⟧.
Radicado ⟦o:TKT|2025-ER-118840⟧""",
    )
    r(
        "en_AU",
        "calendar_invite",
        """Site visit – ⟦P|Kylie Huang⟧ is onsite at ⟦L|Port Hedland⟧ ⟦o:D|14–16 Oct⟧, contact via sat phone only. Hotel: Esplanade, room 214. Teams ID 441 902 337 88 (team bridge).""",
    )
    r(
        "en_US",
        "slack_export",
        """⟦P|Tomás Herrera⟧  ⟦o:T|7:55 PM⟧
for the record I'm at the ER in ⟦L|Tucson⟧ with my kid, won't make the release call. ⟦P|Anika⟧ has the runbook
⟦P|Anika Sørensen⟧  ⟦o:T|7:58 PM⟧
❤️ go, we've got it. cutting ⟦o:VER|release-2025.10.2⟧ now""",
    )
    r(
        "en_GB",
        "markdown_list",
        """**Hosts for exchange students (autumn term)**
1. ⟦P|Agathe Moreau⟧ (Lycée Descartes) → staying with the ⟦P|Pemberton⟧ family, ⟦A|3 Orchard Close⟧, ⟦L|Chipping Norton⟧
2. ⟦P|Lukas Hofer⟧ (BG Innsbruck) → Mrs ⟦P|Davina Ashcroft⟧, ⟦A|The Old Forge, Church Lane⟧, ⟦L|Charlbury⟧
3. ⟦P|Chiara Romano⟧ (Liceo Galvani) → TBC""",
    )
    r(
        "en_US",
        "config_snippet",
        """# terraform.tfvars (accidentally committed in ⟦o:SHA|c0ffee42a1b9⟧)
region          = "us-east-1"
db_password     = "⟦S|N0rth!Star_2025#prod⟧"
datadog_api_key = "⟦S|4f8e1c2b9a7d3e6f0c5b8a2d1e9f7c3b⟧"
admin_cidr      = "⟦IP|203.0.113.77/32⟧"
module_version  = "⟦o:VER|~> 5.4⟧\"""",
    )
    r(
        "en_US",
        "code_review",
        """> `curl -H "Authorization: Bearer ⟦S|eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ1XzQ0NzEiLCJleHAiOjE3NjA0MDB9.3kP9xQ2mL7vR8tW1zY4bN6cJ0hF5sD2gA9eU7iO3pK4⟧" https://api.acme.io/v2/orders/⟦o:ORD|88120⟧`

⟦P|Leilani Kahananui⟧: please redact the bearer token in README examples, use `$TOKEN`. Otherwise LGTM for ⟦o:VER|v2.7.0⟧.""",
    )
    r(
        "en_US",
        "ci_log",
        """[⟦o:T|14:02:11⟧] Connecting to ⟦UC|ftp://deploy:Hq7%23vP4!x2@files.clientportal.net/uploads⟧ ...
[⟦o:T|14:02:12⟧] ⟦o:ERR|530 Login incorrect⟧
[⟦o:T|14:02:12⟧] retry 2/3 from runner ⟦IP|10.44.12.9⟧""",
    )
    r(
        "en_GB",
        "email_thread",
        """Hi ⟦P|Gwen⟧, the Wi-Fi for the office is "Harbour-Staff" and the password is ⟦S|Tide&Moor-7741⟧. Alarm code is ⟦S|2580⟧ — please don't write it on the whiteboard again 😅
⟦P|Lewis⟧""",
    )
    r(
        "en_US",
        "config_snippet",
        """# docker-compose.override.yml
services:
  api:
    environment:
      - MONGO_URI=⟦UC|mongodb+srv://admin:hunter2Mongo%21@cluster0.x7k2p.mongodb.net/prod?retryWrites=true⟧
      - SENDGRID_API_KEY=⟦S|SG.q2Zx7LmN4pR8tV1wY6bC.k3Jf9Hs2Dg5Ka8Lq1Wz4Xc7Vb0Nm6Pt3Ry9Ue2Io⟧
      - OPENAI_API_KEY=⟦S|sk-proj-7Hq2Lm9xR4tV8wZ1cB6nP3kJ0sD5fG2aY7uE4iO9⟧
    image: acme/api:⟦o:VER|2025.10.1⟧""",
    )
    r(
        "en_US",
        "slack_export",
        """⟦P|Priyanka Deshpande⟧ [⟦o:T|3:41 PM⟧]: the 2FA backup codes for the shared twitter acct are ⟦S|8821-4470⟧ ⟦S|3319-0562⟧ ⟦S|7745-1198⟧, I'll move them to 1Password after this
⟦P|Sam Whitaker⟧ [⟦o:T|3:42 PM⟧]: 😬 please do + delete this msg""",
    )
    r(
        "en_US",
        "notebook_output",
        """In [3]: !cat ~/.aws/credentials
[default]
aws_access_key_id = ⟦S|AKIAZ7Q4N2R8XK3PWL5M⟧
aws_secret_access_key = ⟦S|Ft8r2Kx9+Lm4QwZ7nV1bY3pC6sJ0hD5gA/eU2iOT⟧
In [4]: boto3.__version__
Out[4]: '⟦o:VER|1.35.36⟧'""",
    )
    r(
        "de_DE",
        "email_thread",
        """Hallo ⟦P|Jens⟧, der neue Zugang zum Router: http://⟦UC|admin:Fritz!Box-4471@192.168.178.1⟧ — WLAN-Schlüssel ⟦S|4471 8820 9913 5526 0047⟧. Bitte nach dem Urlaub ändern.
Grüße ⟦P|Birgit⟧""",
    )
    r(
        "en_US",
        "config_snippet",
        """[smtp]
host = smtp.mailgun.org
port = 587
user = ⟦E|postmaster@mg.brightlane.co⟧
pass = ⟦S|b7e2f91c4a03d58e6f1a2c9b-4d3e2f1a-77812c⟧
# last rotated ⟦o:D|2025-06-30⟧ by ⟦P|Farah Nasser⟧""",
    )
    r(
        "en_US",
        "ci_log",
        """remote: Invalid username or password.
fatal: Authentication failed for 'https://⟦UC|jsmith-dev:ghp_2Qx8Lm4Zr7Tw1Yv9Nc3Bp6Kd0Hs5Ga2Fe7Ju@github.com/acme-co/payments.git⟧/'
##[error]Process completed with exit code ⟦o:ERR|128⟧.""",
    )
    r(
        "en_US",
        "tool_call_json",
        """{"name": "http_request", "arguments": {"method": "GET", "url": "⟦UC|https://svc_reporting:Rp%2425xQ9w@reports.internal.fabrikam.com/api/v1/export?month=2025-09⟧", "timeout": 30}}
→ 200 OK, ⟦o:QTY|18,204 rows⟧, request id ⟦o:REQ|7c2e91ad4f⟧""",
    )
    r(
        "en_US",
        "config_snippet",
        """# redis sentinel
sentinel auth-pass mymaster ⟦S|r3d1s-S3nt!nel-2025⟧
requirepass ⟦S|vQ8#kL2mZ7xR4tW9⟧
bind ⟦IP|172.31.44.18⟧ 127.0.0.1""",
    )
    r(
        "en_US",
        "no_pii_release_notes",
        """## ⟦o:VER|v4.9.0⟧ — ⟦o:D|2025-10-06⟧
- Fixed ⟦o:ERR|ERR_TLS_CERT_ALTNAME_INVALID⟧ on custom domains (⟦o:TKT|#3312⟧)
- Bumped `lodash` to ⟦o:VER|4.17.21⟧
- p99 latency improved by ⟦o:PCT|18%⟧
Full diff: ⟦o:SHA|a41c9e2⟧...⟦o:SHA|f07b3d8⟧""",
    )
    r(
        "en_GB",
        "no_pii_invoice",
        """INVOICE ⟦o:INV|INV-2025-10-0098⟧        Date: ⟦o:D|07/10/2025⟧        PO: ⟦o:ORD|PO 4500187732⟧
| Item | SKU | Qty | Unit | Total |
|---|---|---|---|---|
| ⟦o:PROD|Ergo Chair Pro⟧ | ⟦o:SKU|ECP-220-GRY⟧ | ⟦o:QTY|6⟧ | ⟦o:AMT|£289.00⟧ | ⟦o:AMT|£1,734.00⟧ |
| Delivery | — | 1 | ⟦o:AMT|£45.00⟧ | ⟦o:AMT|£45.00⟧ |
VAT ⟦o:PCT|20%⟧ ⟦o:AMT|£355.80⟧   TOTAL ⟦o:AMT|£2,134.80⟧   Payment terms 30 days""",
    )
    r(
        "en_US",
        "no_pii_slack",
        """⟦o:T|9:14 AM⟧ deploy-bot: ✅ ⟦o:PROD|checkout-service⟧ ⟦o:VER|1.42.7⟧ deployed to prod (⟦o:SHA|9e1f4a2b⟧) in ⟦o:QTY|3m12s⟧
⟦o:T|9:15 AM⟧ deploy-bot: ⚠️ canary error rate ⟦o:PCT|0.8%⟧ > threshold ⟦o:PCT|0.5%⟧, see ⟦o:TKT|INC-4471⟧
⟦o:T|9:22 AM⟧ deploy-bot: ↩️ rolled back to ⟦o:VER|1.42.6⟧""",
    )
    r(
        "en_US",
        "no_pii_tracking",
        """Your package is on its way! Tracking ⟦o:TRK|1Z 999 AA1 01 2345 6784⟧ • Order ⟦o:ORD|112-4471820-5531209⟧ • Est. delivery ⟦o:D|Thu, Oct 16⟧ by ⟦o:T|8 PM⟧. Items: ⟦o:PROD|Kindle Paperwhite⟧ (⟦o:QTY|1⟧).""",
    )
    r(
        "de_DE",
        "no_pii_pdf",
        """Technisches Datenblatt ⟦o:PROD|WP-3000 Wärmepumpe⟧                Rev. ⟦o:VER|2.1⟧ / ⟦o:D|09.2025⟧
Artikelnr. ⟦o:SKU|710 4471 22⟧   Leistung ⟦o:QTY|9,6 kW⟧   COP ⟦o:QTY|4,7⟧   Schalldruck ⟦o:QTY|38 dB(A)⟧
Fehlercode ⟦o:ERR|F-207⟧: Durchflussmangel – Service-Hotline 0800 100 4471 (kostenlos)""",
    )
    r(
        "en_US",
        "no_pii_calendar",
        """Quarterly Business Review
When: ⟦o:D|Wednesday, October 22, 2025⟧ ⟦o:T|1:00 PM–2:30 PM⟧ (UTC-05:00)
Where: Conference Room 12-401 "Everest"
Join Zoom: https://zoom.us/j/98144720315?pwd=Q2Fpb0x3 — Meeting ID 981 4472 0315 — one tap mobile +16699006833,,98144720315#
Agenda: ⟦o:PROD|FY26⟧ roadmap, pricing (⟦o:PCT|+4%⟧), ⟦o:TKT|JIRA PLAT-2231⟧""",
    )
    r(
        "en_US",
        "no_pii_notebook",
        """Out[22]:
   epoch  train_loss  val_loss  val_acc
0      1      0.8123    0.7441   0.7312
1      2      0.5519    0.5902   0.8027
2      3      0.4471    0.5318   0.8240
Saved checkpoint to runs/⟦o:UUID|2f6a1c9e-8d4b-4e2f-a7c3-19b05d8e6f42⟧/ckpt-3.pt (⟦o:QTY|412 MB⟧)""",
    )
    r(
        "fr_FR",
        "no_pii_minutes",
        """Compte rendu – comité produit du ⟦o:D|1er octobre 2025⟧
1. Lancement ⟦o:PROD|Offre Pro⟧ prévu le ⟦o:D|3 novembre⟧ ; prix ⟦o:AMT|29 € HT⟧/mois.
2. Bug ⟦o:TKT|JIRA-8812⟧ corrigé en ⟦o:VER|5.3.2⟧.
3. Taux de conversion : ⟦o:PCT|3,4 %⟧ (objectif ⟦o:PCT|4 %⟧).""",
    )
    r(
        "en_US",
        "no_pii_commit",
        """commit ⟦o:SHA|7d3e9f1a0c4b8e2d6f5a9c1b3e7d0f4a2c8b6e91⟧
Merge: ⟦o:SHA|e21c4a9⟧ ⟦o:SHA|b803f7d⟧
Date: ⟦o:D|Fri Oct 3 17:02:44 2025 -0700⟧

    chore(deps): bump axios from ⟦o:VER|1.6.8⟧ to ⟦o:VER|1.7.4⟧ (⟦o:TKT|#5120⟧)""",
    )
    r(
        "ja_JP",
        "no_pii_spreadsheet",
        """品番,品名,数量,単価,納期
⟦o:SKU|AX-1120⟧,⟦o:PROD|ステンレスボルト M6⟧,⟦o:QTY|5000⟧,⟦o:AMT|¥12⟧,⟦o:D|2025/11/05⟧
⟦o:SKU|AX-1121⟧,⟦o:PROD|ステンレスナット M6⟧,⟦o:QTY|5000⟧,⟦o:AMT|¥8⟧,⟦o:D|2025/11/05⟧""",
    )
    r(
        "en_US",
        "no_pii_policy_chunk",
        """[chunk 7/31 | Travel-Expense-Policy-2025.pdf]
3.4 Per diem. Employees travelling overnight may claim up to ⟦o:AMT|USD 75⟧ per day for meals. Hotel rates above ⟦o:AMT|USD 260⟧/night require pre-approval via ticket type ⟦o:TKT|TRV-EXC⟧. Economy class for flights under ⟦o:QTY|6 hours⟧. Effective ⟦o:D|January 1, 2025⟧; supersedes version ⟦o:VER|2023.2⟧.""",
    )
    r(
        "en_US",
        "pdf_extract",
        """DISCHARGE SUMMARY                                   Page 2 of 4
Pt: ⟦P|HOLLOWAY, Dwayne R.⟧    MRN ⟦MRN|7704-418-29⟧    DOB ⟦DOB|1949-10-30⟧    Adm ⟦o:D|09/28/2025⟧  Disch ⟦o:D|10/03/2025⟧
Attending: ⟦P|Elif Karataş⟧, MD    PCP: ⟦P|Robert Yee⟧, DO
Dx: NSTEMI, s/p PCI to LAD. Discharged home to ⟦A|1402 Pinecrest Ave⟧, Macon GA with wife ⟦P|Loretta⟧ (⟦PH|478-555-0126⟧).
Medicare Beneficiary ID: ⟦HPN|1EG4-TE5-MK73⟧
Follow-up cardiology clinic in ⟦o:QTY|2 weeks⟧.""",
    )
    r(
        "en_GB",
        "pdf_extract",
        """NHS  Outpatient Appointment Letter                    Hospital No: ⟦MRN|RXH0448172⟧
Mrs ⟦P|Bernadette Quigley⟧                             NHS No: ⟦NID@gb.nhs|401 023 2137⟧
⟦A|27 Larkspur Way⟧                                    D.O.B: ⟦DOB|03-Feb-1955⟧
Eastleigh ⟦a:PC|SO50 4RT⟧
Clinic: Ophthalmology, Eye Unit, Level B   Date: ⟦o:D|Tue 18 Nov 2025⟧  Time: ⟦o:T|14:20⟧
If you cannot attend please call 023 8120 4471 quoting ref ⟦o:TKT|OPH/55812⟧.""",
    )
    r(
        "en_US",
        "tool_call_json",
        """{"function":"ehr.append_note","arguments":{"patient_mrn":"⟦MRN|E00931847⟧","patient":"⟦P|Abena Owusu-Ansah⟧","dob":"⟦DOB|1972-08-05⟧","payer_id":"⟦HPN|AET W 774120398⟧","note":"Pt reports improved BP on lisinopril 10mg. Next labs ⟦o:D|2025-11-04⟧."}}""",
    )
    r(
        "en_US",
        "teams_chat",
        """⟦P|Natalia Kozlov⟧ 10:41
can you pull the chart for MRN ⟦MRN|00-884-1207⟧? pt says DOB is ⟦DOB|Aug 9 '83⟧ but registration has 8/19
⟦P|Imran Qureshi⟧ 10:44
fixed, it was a typo. merged the duplicate ⟦MRN|00-884-1270⟧ into it""",
    )
    r(
        "de_DE",
        "pdf_extract",
        """Arztbrief – Universitätsklinikum Heidelberg, Med. Klinik III
Patient: ⟦P|Friedrich Wilhelm Obermaier⟧, geb. ⟦DOB|14.02.1944⟧, Fall-Nr. ⟦MRN|0025-118447⟧
Krankenkasse: AOK Baden-Württemberg, Vers.-Nr. ⟦HPN|K882047151⟧
Wohnhaft: ⟦A|Rohrbacher Straße 61⟧, ⟦a:PC|69115⟧ Heidel-
berg
Aufnahme ⟦o:D|22.09.2025⟧, Entlassung ⟦o:D|30.09.2025⟧""",
    )
    r(
        "en_AU",
        "spreadsheet_paste",
        """Surname,Given,Medicare,IRN,DOB,Suburb
⟦P|Papadopoulos⟧,⟦P|Eleni⟧,⟦HPN|4471 20839 1⟧,1,⟦DOB|23/11/1968⟧,⟦L|Oakleigh VIC⟧
⟦P|Ngata⟧,⟦P|Wiremu⟧,⟦HPN|5129 84410 2⟧,3,⟦DOB|02/07/2001⟧,⟦L|Inala QLD⟧""",
    )
    r(
        "en_US",
        "email_thread",
        """> Can you send a copy of your passport for the visa letter?
Here it is: passport no. ⟦PP|567214839⟧, issued ⟦o:D|03/2021⟧, DOB ⟦DOB|April 2, 1986⟧. Name exactly as ⟦P|HASSAN, Omar Farouk⟧.
My Nigerian passport (old) was ⟦PP|A07741928⟧ in case the consulate asks.""",
    )
    r(
        "en_GB",
        "tool_call_json",
        """{"tool":"visa_check","args":{"traveller":"⟦P|Anjali Raman⟧","passport_no":"⟦PP|Z4471902⟧","issuing_country":"IND","dob":"⟦DOB|1999-12-31⟧","destination":"GBR","flight":"⟦o:FLT|AI 161⟧"}}""",
    )
    r(
        "de_DE",
        "spreadsheet_paste",
        """Name;Vorname;Reisepass;Gültig bis;Geburtsdatum
⟦P|Schneider⟧;⟦P|Wolfgang⟧;⟦PP|C01X00T47⟧;⟦o:D|11.2032⟧;⟦DOB|31.07.1970⟧
⟦P|Kowalski⟧;⟦P|Ewa⟧;⟦PP|EA 4471029⟧;⟦o:D|05.2029⟧;⟦DOB|15.10.1988⟧""",
    )
    r(
        "fr_FR",
        "email_thread",
        """Bonjour, pour la réservation du groupe : ⟦P|Léa Rousseau⟧, passeport ⟦PP|18AV44712⟧ ; ⟦P|Karim Haddad⟧, passeport ⟦PP|21CD90831⟧. Vol ⟦o:FLT|AF 1480⟧ du ⟦o:D|12/12⟧. Merci ! ⟦P|Sandrine⟧""",
    )
    r(
        "en_US",
        "slack_export",
        """⟦P|Carmen Delgado⟧: new rental car reservation needs a driver – I put ⟦P|Kevin⟧ down, his WA license is ⟦DL|WDL7Q4M29X1B⟧. confirmation ⟦o:ORD|H4471920⟧
⟦P|Kevin O'Malley⟧: 👍 also add ⟦P|Tina⟧ as second driver, hers is TX ⟦DL|41728833⟧""",
    )
    r(
        "en_IN",
        "pdf_extract",
        """FORM 7 (See Rule 16) DRIVING LICENCE
DL No: ⟦DL|MH12 20110012345⟧      Date of Issue: ⟦o:D|14-03-2011⟧     Valid Till: ⟦o:D|13-03-2031⟧
Name: ⟦P|PRASHANT DNYANESHWAR KULKARNI⟧     S/W/D of: ⟦P|DNYANESHWAR KULKARNI⟧
DOB: ⟦DOB|21-09-1986⟧   Blood Group: B+
Address: ⟦A|S.No. 44/2, Flat 12, Shivneri Apts, Kothrud⟧, Pune ⟦a:PC|411038⟧""",
    )
    r(
        "en_AU",
        "email_thread",
        """Licence details for the fleet card: ⟦P|Bradley Kim⟧, NSW licence ⟦DL|1447 2093⟧, card number ⟦DL|2011844712⟧, expiry ⟦o:D|08/2028⟧. Home depot: ⟦A|Unit 3/18 Victoria Rd⟧, Parramatta NSW ⟦a:PC|2150⟧.""",
    )
    r(
        "en_GB",
        "markdown_table",
        """| Driver | Licence no. | Points | Van |
|---|---|---|---|
| ⟦P|Kieran Doherty⟧ | ⟦DL|DOHER802114K99LT⟧ | 3 | ⟦o:SKU|VN-07⟧ |
| ⟦P|Amrit Sandhu⟧ | ⟦DL|SANDH905062A99SP⟧ | 0 | ⟦o:SKU|VN-11⟧ |""",
    )
    r(
        "en_US",
        "slack_export",
        """⟦P|Hector Salinas⟧: customer read his card over chat, pasting for the chargeback form then deleting: ⟦CC~odd_separators|6011.6200.3478.9148⟧ exp ⟦o:D|09/27⟧""",
    )
    r(
        "en_GB",
        "pdf_extract",
        """Statement of account – Miss ⟦P|Chloe Barrington⟧
Card number ⟦CC~line_break|3782 822463
10005⟧ (Amex)          Statement date ⟦o:D|02 Oct 2025⟧
Minimum payment ⟦o:AMT|£25.00⟧   Balance ⟦o:AMT|£1,118.42⟧""",
    )
    r(
        "ja_JP",
        "email_thread",
        """⟦P|田中 裕子⟧様
お支払いカード（⟦CC~fullwidth|３５３０ １１１３ ３３３０ ００００⟧）の有効期限が近づいております。ご注文番号 ⟦o:ORD|JP-88120447⟧""",
    )
    r(
        "zh_CN",
        "tool_call_json",
        """{"name":"pay.charge","arguments":{"card_no":"⟦CC|6217000812254965⟧","holder":"⟦P|刘洋⟧","amount":"⟦o:AMT|CNY 2,388.00⟧","order":"⟦o:ORD|TB20251008442711⟧"}}""",
    )
    r(
        "en_US",
        "support_ticket",
        """Ticket ⟦o:TKT|#558120⟧ – caller ⟦P|Dolores Finch⟧ read card number as ⟦CC~spelled_digits|two two two three, zero zero four three, six one zero nine, eight seven seven four⟧ – agent should NOT have typed this in the notes.""",
    )
    r(
        "en_US",
        "markdown_table",
        """| Vendor | Routing | Account | Last paid |
|---|---|---|---|
| Alvarez Landscaping (⟦P|Rosa Alvarez⟧) | ⟦a:BC|021000021⟧ | ⟦BBAN|483920117745⟧ | ⟦o:D|09/15/2025⟧ |
| ⟦P|T. Okonjo⟧ consulting | ⟦a:BC|121000358⟧ | ⟦BBAN|0029 4418 7730⟧ | ⟦o:D|09/30/2025⟧ |""",
    )
    r(
        "en_GB",
        "email_thread",
        """Sort code ⟦a:BC|40-47-84⟧, account ⟦BBAN|71993844⟧, name Mr ⟦P|Ifeanyi Obi⟧ – please pay the deposit of ⟦o:AMT|£950⟧ by ⟦o:D|Friday⟧. Ref ⟦o:INV|TEN-3312⟧.""",
    )
    r(
        "de_DE",
        "email_thread",
        """Meine alte Bankverbindung (noch mit Kontonummer): Kto. ⟦BBAN|0648 4891 20⟧, BLZ ⟦a:BC|370 501 98⟧ (Sparkasse KölnBonn). Inzwischen bitte nur ⟦IBAN~zero_width|DE89 3704​0044 0532 0130 00⟧ nutzen. – ⟦P|Gerlinde Hausmann⟧""",
    )
    r(
        "pl_PL",
        "spreadsheet_paste",
        """Lp.;Imię i nazwisko;PESEL;Nr rachunku;Kwota
1;⟦P|Krzysztof Jabłoński⟧;⟦NID@pl.pesel|88071403388⟧;⟦IBAN|PL87 2490 2000 0009 2741 3552 6814⟧;⟦o:AMT|4 210,00 zł⟧
2;⟦P|Natalia Szymańska⟧;⟦NID@pl.pesel|02221709153⟧;⟦BBAN|61 1090 1014 0000 0712 1981 2874⟧;⟦o:AMT|3 980,50 zł⟧""",
    )
    r(
        "sv_SE",
        "slack_export",
        """⟦P|Karin Nyström⟧ [⟦o:T|13:02⟧]: kan du swisha mig? ⟦PH|073-441 20 98⟧ eller till kontot ⟦BBAN|8327-9, 941 225 774-0⟧ (Swedbank) 🙏
⟦P|Johan Ek⟧ [⟦o:T|13:05⟧]: klart ⟦o:AMT|450 kr⟧""",
    )
    r(
        "en_US",
        "ci_log",
        """Oct 08 03:14:22 web-02 sshd[⟦o:ROW|44712⟧]: Failed password for ⟦P|mgarcia⟧ from ⟦IP|91.240.118.172⟧ port 51122 ssh2
Oct 08 03:14:25 web-02 sshd[⟦o:ROW|44712⟧]: Accepted publickey for deploy from ⟦IP|2001:db8:4471:12::a3⟧ port 40022
Oct 08 03:15:01 web-02 CRON[⟦o:ROW|44790⟧]: (root) CMD (/usr/local/bin/backup.sh ⟦o:VER|v1.3⟧)""",
    )
    r(
        "en_US",
        "support_ticket",
        """User ⟦P|Aigerim Nurlanovna⟧ (⟦E~url_encoded|aigerim.n%40mail.kz⟧) reports she's locked out; last successful login from ⟦IP|95.57.214.38⟧ (⟦L|Almaty⟧), today's failures from ⟦IP|45.134.26.11⟧. Ticket ⟦o:TKT|SEC-2291⟧.""",
    )
    r(
        "en_US",
        "email_thread",
        """> what's your SSN again for the 1099?
⟦SSN~odd_separators|690.12.3345⟧ – and my new address is ⟦A|77 Harbor View Ln⟧, Bar Harbor ME ⟦a:PC|04609⟧. I'm up in ⟦L|Bar Harbor⟧ full time now.
⟦P|Nathaniel Greaves⟧""",
    )
    r(
        "en_US",
        "pdf_extract",
        """Form SS-5 ... Applicant: ⟦P|Esperanza Quiñones⟧   Prior SSN: ⟦SSN~spelled_digits|zero three eight - four six - seven seven two one⟧   DOB ⟦DOB|08/08/1958⟧   Mailing ⟦A|PO Box 2291⟧, Santa Fe NM ⟦a:PC|87504⟧""",
    )
    r(
        "en_US",
        "markdown_list",
        """- **Client:** ⟦P|Yolanda Brightwater⟧
- **Email:** [⟦E|ybrightwater@fastmail.com⟧](mailto:⟦E|ybrightwater@fastmail.com⟧)
- **Phone:** ⟦PH|+1 (505) 555-0182⟧ ext. 17
- **Portal login:** ⟦UC|https://yolanda.b:Cactus%21Bloom9@portal.brightwaterlegal.com/login⟧
- Matter ⟦o:TKT|2025-0447⟧, retainer ⟦o:AMT|$5,000⟧""",
    )
    r(
        "de_CH",
        "email_thread",
        """Grüezi Herr ⟦P|Brunner⟧, Ihre AHV-Nummer ⟦NID@ch.ssn|756.3047.5009.62⟧ wurde erfasst. Neue Adresse: ⟦A|Seefeldstrasse 128⟧, ⟦a:PC|8008⟧ Zürich. Mobile ⟦PH|079 441 28 90⟧. Freundliche Grüsse, ⟦P|Corinne Meier⟧""",
    )
    r(
        "da_DK",
        "teams_chat",
        """⟦P|Mette Kjærgaard⟧ 10:12: CPR til lønsedlen er ⟦NID@dk.cpr|180469-1510⟧, og min nye adresse er ⟦A|Nørrebrogade 44, 3. tv.⟧, ⟦a:PC|2200⟧ København N""",
    )
    r(
        "ro_RO",
        "email_thread",
        """Bună ziua, CNP-ul meu este ⟦NID@ro.cnp|1960415103432⟧, domiciliul ⟦A|Str. Mihai Eminescu nr. 12, bl. A3, sc. 2, ap. 41⟧, Cluj-Napoca. Telefon ⟦PH|0744 118 290⟧. – ⟦P|Andrei-Bogdan Ionescu⟧""",
    )
    r(
        "he_IL",
        "slack_export",
        """⟦P|Noa Ben-David⟧: ת.ז. ⟦NID@il.idnr|039127659⟧ של ⟦P|יוסי כהן⟧, טלפון ⟦PH|052-441-8820⟧, כתובת ⟦A|רחוב הרצל 44 דירה 7⟧ ⟦L|רמת גן⟧""",
    )
    r(
        "tr_TR",
        "email_thread",
        """Sayın ⟦P|Ayşe Gül Karaca⟧, ⟦o:D|08.10.2025⟧ tarihli ⟦o:INV|FTR-2025-4471⟧ numaralı faturanız için ödeme ⟦IBAN|TR73 0001 0017 4539 8612 4750 01⟧ hesabına alınmıştır. Adres: ⟦A|Bağdat Cad. No: 212 D: 9⟧, Kadıköy/İstanbul. Tel ⟦PH|0216 418 22 90⟧""",
    )
    r(
        "bg_BG",
        "spreadsheet_paste",
        """Име,ЕГН,Телефон
⟦P|Георги Димитров Петров⟧,⟦NID@bg.egn|7508224630⟧,⟦PH|+359 88 441 2290⟧""",
    )
    r(
        "et_EE",
        "email_thread",
        """Tere, ⟦P|Kadri Tamm⟧ isikukood ⟦NID@ee.ik|48705124215⟧, aadress ⟦A|Tartu mnt 84a-17⟧, ⟦a:PC|10112⟧ Tallinn, e-post ⟦E~at_dot|kadri.tamm at gmail dot com⟧.""",
    )
    r(
        "hr_HR",
        "email_thread",
        """Poštovani, moj OIB je ⟦TAX@hr.oib|69813725143⟧, adresa ⟦A|Ilica 221⟧, ⟦a:PC|10000⟧ Zagreb, IBAN ⟦IBAN|HR12 1001 0051 8630 0016 0⟧. Srdačan pozdrav, ⟦P|Ivana Kovačević⟧""",
    )
    r(
        "en_NZ",
        "email_thread",
        """Kia ora ⟦P|Aroha⟧, my IRD number is ⟦TAX@nz.ird|49-091-850⟧ and I'm now living in ⟦L|Whanganui⟧ — ⟦A|22 Wicksteed Street⟧, Whanganui ⟦a:PC|4500⟧. Cheers, ⟦P|Tama Rangihuna⟧""",
    )
    r(
        "en_AU",
        "spreadsheet_paste",
        """Employee,TFN,Super
⟦P|Chloe Nguyen⟧,⟦TAX@au.tfn|123 456 774⟧,⟦o:PROD|Hostplus⟧
⟦P|Liam O'Sullivan⟧,⟦TAX@au.tfn|392 810 409⟧,⟦o:PROD|REST⟧""",
    )
    r(
        "pt_BR",
        "teams_chat",
        """⟦P|Rafaela Monteiro⟧ 16:20: CPF do seu ⟦P|Antônio Carlos⟧ é ⟦NID@br.cpf|153.509.460-56⟧ e da esposa Dona ⟦P|Marlene⟧ ⟦NID@br.cpf|084.617.930-05⟧. Pix cadastrado: ⟦E|marlene.carlos51@uol.com.br⟧""",
    )
    r(
        "en_IN",
        "tool_call_json",
        """{"tool":"kyc.verify","input":{"name":"⟦P|Farhana Begum Sheikh⟧","aadhaar":"⟦NID@in_.aadhaar|7352 0916 4486⟧","mobile":"⟦PH|+91-99300-44127⟧","pincode":"⟦a:PC|400050⟧"},"trace":"⟦o:REQ|kyc-8f21a⟧"}""",
    )
    r(
        "es_CL",
        "email_thread",
        """Estimado ⟦P|Sebastián Araya⟧: su RUT ⟦NID@cl.rut|14.392.817-9⟧ quedó registrado con domicilio en ⟦A|Av. Providencia 1208, depto 1503⟧, Providencia, Santiago. Folio ⟦o:TKT|SII-2025-44712⟧.""",
    )
    r(
        "en_US",
        "email_thread",
        """From: ⟦P|Grace Adeyemi-Holt⟧ <⟦E|grace.holt@meadowbrookclinic.org⟧>
Subject: RE: travel reimbursement – pt ⟦MRN|MB-0041187⟧

> The hotel charged my personal card ⟦CC|4508 7532 9981 6408⟧ instead of the corporate one (⟦o:AMT|$612.40⟧, folio ⟦o:INV|F-22918⟧).
> For the conference registration they also want my passport: ⟦PP|548812307⟧.
Thanks Grace, forwarding to AP. Expense report ⟦o:TKT|EXP-7741⟧.
⟦P|Devin Castellanos⟧""",
    )
    r(
        "en_GB",
        "meeting_notes",
        """**Handover – Ward 7B – ⟦o:D|08/10/2025⟧ night shift**
- Bed 4: Mr ⟦P|Patrick Keane⟧, hosp no ⟦MRN|K0771249⟧, post-op day 2, obs stable
- Bed 9: Mrs ⟦P|Olamide Bakare⟧, passport ⟦PP|B50447129⟧ held in safe (overseas visitor), interpreter booked ⟦o:T|10:00⟧
- Pharmacy ref ⟦o:REQ|RX-55120⟧ outstanding""",
    )

    r(
        "en_US",
        "code_review",
        """⟦P|Bartosz Nowicki⟧ commented on `scripts/backup.sh`:
> `rsync -az ./dump/ ⟦UC|rsync://backup:Wq8!zT3p@nas01.homelab.lan/vol1⟧`
Please move the rsync password to a --password-file. Approved otherwise for ⟦o:VER|0.4.1⟧.""",
    )


load(r)


def main():
    rows = []
    for i, (loc, sty, src) in enumerate(R):
        text, spans = parse(src)
        rec = {
            "id": f"h11b-{i:05d}",
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
    with open("heldout11b.jsonl", "w", encoding="utf-8") as f:
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
