#!/usr/bin/env python3
"""Build heldout8a.jsonl from hand-written records with inline markup.
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
    # ---- forwarded e-mails to summarise ----
    r(
        "en_IN",
        "email_summarize",
        """can you summarize this email in 3 bullet points, my manager wants a reply by eod

---------- Forwarded message ---------
From: ⟦P|Ramesh Iyer⟧ <⟦E|ramesh.iyer@tatvasoft-consult.in⟧>
Date: ⟦o:D|Tue, 14 Oct 2025⟧ at ⟦o:T|10:42⟧
Subject: Re: PO ⟦o:ORD|4500019283⟧ pending approval
To: ⟦E|kavya.menon@brightlinepharma.co.in⟧
Cc: ⟦P|Suresh Gopalakrishnan⟧ <⟦E|suresh.g@brightlinepharma.co.in⟧>

Hi ⟦P|Kavya⟧,
The invoice ⟦o:INV|INV/25-26/0418⟧ for ⟦o:AMT|₹4,82,600⟧ is still on hold at your end. Please release by Friday, else we will have to stop the AMC visits.

Regards,
⟦P|Ramesh Iyer⟧
Sr. Accounts Manager
Tatvasoft Consulting Pvt Ltd
⟦A|3rd floor, Prestige Tech Park, Outer Ring Rd, Marathahalli, Bengaluru 560103⟧
M: ⟦PH|+91 98450 31762⟧ | D: ⟦PH|080-4112 7730 ext 214⟧""",
    )
    r(
        "en_NG",
        "email_summarize",
        """pls summarise this for me, i dont have time to read all

From: ⟦E|adaeze.okonkwo@zenithfreight.ng⟧
Sent: Monday, ⟦o:D|3 November 2025⟧ ⟦o:T|08:17⟧
To: ops team
Subject: container delayed at apapa

Good morning all,
Container ⟦o:TRK|MSKU7281934⟧ is still held at Apapa. Customs say the Form M is missing. Mr ⟦P|Babatunde Adeyemi⟧ from the clearing agent will come by the office at ⟦A|14 Creek Road, Apapa, Lagos⟧ tomorrow. His number is ⟦PH|0803 417 2290⟧.
Demurrage is now ⟦o:AMT|$1,450⟧.

⟦P|adaeze⟧
--
⟦P|Adaeze Okonkwo⟧ | Zenith Freight Nigeria Ltd
⟦PH|+234 (0)1 291 7764⟧""",
    )
    r(
        "en_KE",
        "email_summarize",
        """Summarize pls. short.

> From: "⟦P|Wanjiru Kamau⟧" <⟦E|wkamau@gmail.com⟧>
> To: "Kilimani Court Management" <mgmt@kilimanicourt.co.ke>
> Date: ⟦o:D|21/09/2025⟧
> Subject: water issue flat B7
>
> Dear Sir/Madam
> I am writing again about the water in my flat (⟦A|Flat B7, Kilimani Court, Argwings Kodhek Rd, Nairobi⟧). It has been 9 days with no water since ⟦o:D|12th sept⟧. I paid rent on time ref ⟦o:REQ|QJK8H2L9PX⟧ (mpesa).
> Kindly call me ⟦PH|0722 418 903⟧.
> ⟦P|Wanjiru⟧""",
    )
    r(
        "en_PH",
        "email_summarize",
        """pa-summarize naman ito tapos gawa ka ng reply na polite

From: HR Department <hr@metroasiabpo.com.ph>
To: ⟦E|joshua.delacruz88@yahoo.com⟧
Date: ⟦o:D|Oct 2, 2025⟧, ⟦o:T|4:51 PM⟧
Subject: Pre-employment requirements - ⟦P|Joshua Dela Cruz⟧

Hi ⟦P|Joshua⟧,

Please submit the following on or before ⟦o:D|October 9⟧:
- SSS number (you wrote ⟦NID|34-5678912-3⟧ but it is 1 digit short, pls check)
- PhilHealth ID ⟦HPN|12-050398127-4⟧
- TIN ⟦TAX|412-837-695-000⟧
- NBI clearance

Report to Ms. ⟦P|Carmela Reyes⟧ at ⟦A|14F Robinsons Cybergate Tower 3, Pioneer St, Mandaluyong City⟧.

Thank you,
Metro Asia BPO Recruitment""",
    )
    r(
        "en_US",
        "email_summarize",
        """tl;dr this thread please. who owes what

On ⟦o:D|Wed, Aug 20, 2025⟧ at ⟦o:T|3:02 PM⟧ ⟦P|Derek Holloway⟧ <⟦E|dholloway@cascadeplumbing.us⟧> wrote:
> Hi Mrs ⟦P|Nakamura⟧, the quote for the water heater at ⟦A|2217 NE Alberta St, Portland, OR 97211⟧ is ⟦o:AMT|$2,340⟧ incl labor. Job # ⟦o:TKT|CP-88412⟧.
>
> On ⟦o:D|Tue, Aug 19, 2025⟧ ⟦P|Lisa Nakamura⟧ <⟦E|lisa.nakamura.pdx@gmail.com⟧> wrote:
>> can you also check the garbage disposal? my cell is ⟦PH|(503) 555-0187⟧. im home after 4.

⟦P|Derek Holloway⟧
Cascade Plumbing & Rooter
⟦PH|503.555.0142⟧""",
    )
    r(
        "de_CH",
        "email_summarize",
        """Kannst du mir diese Mail kurz zusammenfassen? Auf Deutsch bitte

Von: ⟦P|Reto Brunner⟧ <⟦E|reto.brunner@bluewin.ch⟧>
Gesendet: Donnerstag, ⟦o:D|6. November 2025⟧ ⟦o:T|07:58⟧
An: Verwaltung Hausgemeinschaft
Betreff: Nebenkostenabrechnung 2024

Grüezi mitenand
Die Nebenkostenabrechnung für die Wohnung von Frau ⟦P|Elif Yıldız⟧ (⟦A|Seefeldstrasse 114, 3. OG links, 8008 Zürich⟧) ist falsch, es wurden ⟦o:AMT|CHF 1'284.50⟧ statt ⟦o:AMT|CHF 884.50⟧ verrechnet. Bitte Rückzahlung auf ⟦IBAN|CH93 0076 2011 6238 5295 7⟧.
Freundliche Grüsse
⟦P|R. Brunner⟧
⟦PH|079 412 88 03⟧""",
    )
    r(
        "ja_JP",
        "email_summarize",
        """このメールを要約して、返信の下書きも作ってください。

差出人: ⟦P|佐藤 健一⟧ <⟦E|k-sato@nishikawa-kogyo.co.jp⟧>
送信日時: ⟦o:D|2025年10月28日⟧ ⟦o:T|9:14⟧
宛先: 営業部
件名: 見積書 ⟦o:INV|Q-2025-1187⟧ について

お世話になっております。西川工業の佐藤です。
先日の見積書の件ですが、納期を⟦o:D|12月5日⟧に変更できますでしょうか。
担当の⟦P|山田 美咲⟧さんにもお伝えください。

西川工業株式会社 営業一課
⟦A|〒532-0011 大阪府大阪市淀川区西中島5-14-10 新大阪トヨタビル8F⟧
TEL ⟦PH|06-6305-4471⟧ 携帯 ⟦PH|090-3318-2246⟧""",
    )
    r(
        "pt_BR",
        "email_summarize",
        """resume esse email pra mim e diz se preciso fazer alguma coisa

De: ⟦P|Mariana Figueiredo Costa⟧ <⟦E|mari.fcosta@uol.com.br⟧>
Enviada em: ⟦o:D|segunda-feira, 17 de novembro de 2025⟧ ⟦o:T|11:30⟧
Para: ⟦E|contato@imobiliariasolnascente.com.br⟧
Assunto: Re: contrato de locação

Bom dia,
Segue meus dados pro contrato:
nome completo: ⟦P|mariana figueiredo costa⟧
cpf ⟦NID@br.cpf|418.293.576-46⟧
rg ⟦NID|32.418.907-5⟧
endereço atual: ⟦A|rua padre chagas 315 ap 82 moinhos de vento porto alegre rs 90570-080⟧
nascida em ⟦DOB|04/03/1991⟧
Att,
⟦P|Mariana⟧
⟦PH|(51) 99812-4470⟧""",
    )
    r(
        "en_IE",
        "email_summarize",
        """Can you give me the gist of this? Is it a scam?

From: Revenue Refunds <no-reply@revenue-ie-refund.co>
To: ⟦E|ciara.obrien77@eircom.net⟧
Date: ⟦o:D|12 Nov 2025⟧

Dear ⟦P|Ciara O'Brien⟧,
You are eligible for a tax refund of ⟦o:AMT|€487.20⟧. To receive it please confirm your PPS number ⟦NID@ie.pps|6283917Q⟧ and your card details by clicking the link below within 48 hours.
Reference: ⟦o:REQ|IE-RF-2025-774120⟧""",
    )
    r(
        "ar_EG",
        "email_summarize",
        """لخص لي هذا الإيميل بالعربي من فضلك

From: ⟦P|Ahmed Samir El-Masry⟧ <⟦E|a.elmasry@nileconstruct.com.eg⟧>
Date: ⟦o:D|Sunday, 9 November 2025⟧
To: ⟦P|Mona Abdelrahman⟧
Subject: Site visit & payment

Dear ⟦P|Mona⟧,
Please transfer the second installment ⟦o:AMT|EGP 350,000⟧ to our account ⟦IBAN|EG35 0038 0019 0000 0002 6318 0002 1⟧ before the site visit on ⟦o:D|Nov 16⟧.
Site address: ⟦A|Plot 27, Block 3, Fifth Settlement, New Cairo⟧.
Call me on ⟦PH|+20 100 482 7719⟧ if any question.
Eng. ⟦P|Ahmed⟧""",
    )
    r(
        "ko_KR",
        "email_summarize",
        """이 메일 세 줄로 요약해줘

보낸 사람: ⟦P|김민준⟧ <⟦E|minjun.kim@hanbit-logis.kr⟧>
받는 사람: ⟦P|이서연⟧ 대리님
날짜: ⟦o:D|2025. 10. 30.⟧ ⟦o:T|오후 2:15⟧
제목: 택배 반송 건

⟦P|이서연⟧ 대리님, 안녕하세요.
송장번호 ⟦o:TRK|6892-3310-4471⟧ 건이 주소불명으로 반송되었습니다. 정확한 주소 ⟦A|서울특별시 마포구 월드컵북로 396 상암누리꿈스퀘어 비즈니스타워 12층⟧ 맞는지 확인 부탁드립니다.
연락처: ⟦PH|010-4821-7736⟧
⟦P|김민준⟧ 드림""",
    )
    r(
        "en_AU",
        "email_summarize",
        """summarise + tell me if i need to do anything before friday

From: ⟦P|Bronwyn McAllister⟧
To: ⟦P|Tom Nguyen⟧
Date: ⟦o:D|Thu 6 Nov 2025⟧ ⟦o:T|9:02 am⟧
Subject: FW: rental bond refund

Hi ⟦P|Tom⟧, fwd from the agent below. They need your bank details for the bond refund - BSB ⟦a:BC|063-182⟧ acct ⟦BBAN|1048 2273⟧ is what I have on file, pls confirm.
The inspection at ⟦A|Unit 4/27 Wattle Street, Brunswick VIC 3056⟧ is done, there's ⟦o:AMT|$180⟧ off for carpet cleaning.
Cheers
⟦P|Bron⟧
⟦PH|0412 337 905⟧""",
    )
    # ---- CVs and cover letters ----
    r(
        "en_IN",
        "cv_grammar",
        """fix grammar and make it more professional, dont change the details

CURRICULUM VITAE
⟦P|PRIYANKA SHARMA⟧
⟦A|H.No 12-2-417/8, Gudimalkapur, Mehdipatnam, Hyderabad - 500028⟧
Mob: ⟦PH|9848022338⟧ / ⟦PH|+91-40-23514479⟧
Email : ⟦E|priyanka.sharma1996@rediffmail.com⟧

Personal Details
Father's Name : ⟦P|Rajesh Kumar Sharma⟧
Date of Birth : ⟦DOB|17-06-1996⟧
Nationality : Indian
PAN : ⟦TAX@in_.pan|ABKPN4821A⟧
Languages Known : English, Hindi, Telugu

Experience : 4 years in SAP FICO at Infosys ⟦o:D|2021⟧-present

Declaration: I hereby declare that the above informations are true to the best of my knowledge.
Place: ⟦L|Hyderabad⟧
Date: ⟦o:D|10/11/2025⟧""",
    )
    r(
        "en_NG",
        "cv_grammar",
        """Please correct my CV. i am applying for graduate trainee at a bank

NAME: ⟦P|Chukwuemeka Obinna Eze⟧
ADDRESS: ⟦A|No 7 Ogui road Enugu Enugu State⟧
PHONE: ⟦PH|08035561204⟧, ⟦PH|07012287730⟧
EMAIL: ⟦E|emekaeze.obi@gmail.com⟧
DATE OF BIRTH: ⟦DOB|23rd March 1999⟧
STATE OF ORIGIN: Anambra
SEX: Male
MARITAL STATUS: Single
NIN: ⟦NID|48127739016⟧

EDUCATION
University of Nigeria Nsukka - B.Sc Economics (Second Class Upper) ⟦o:D|2021⟧

REFEREES
1. Prof. ⟦P|Ngozi Okafor⟧, Dept of Economics UNN, ⟦PH|0803 772 1190⟧
2. Rev. Fr. ⟦P|Anthony Udeh⟧ - St Mary's Parish, ⟦PH|0706-551-2283⟧""",
    )
    r(
        "pl_PL",
        "cv_grammar",
        """Popraw mi proszę błędy w CV, piszę po angielsku ale słabo

⟦P|Katarzyna Wiśniewska-Nowak⟧
⟦A|ul. Marszałkowska 84/92 m. 117
00-514 Warszawa⟧
tel. ⟦PH|+48 601 823 447⟧
⟦E|kasia.wisniewska.nowak@wp.pl⟧
date of birth: ⟦DOB|5 december 1987⟧
PESEL: ⟦NID@pl.pesel|87120503813⟧

Work experience
⟦o:D|2019⟧ - now : Senior accountant in firm "Baltic Logistic sp. z o.o."
⟦o:D|2014⟧-⟦o:D|2019⟧: junior accountant

References:
⟦P|Tomasz Kowalczyk⟧ (former boss) - ⟦PH|502 114 889⟧""",
    )
    r(
        "ro_RO",
        "cv_grammar",
        """corecteaza te rog greselile din CV-ul asta, e pentru un job in germania

CURRICULUM VITAE - format Europass
Nume: ⟦P|Ioana-Maria Popescu⟧
Adresa: ⟦A|Str. Observatorului nr. 42, bl. C3, sc. 2, ap. 19, Cluj-Napoca, jud. Cluj⟧
Telefon: ⟦PH|0744 512 338⟧
Email: ⟦E|ioana.popescu90@yahoo.ro⟧
Data nasterii: ⟦DOB|14.03.1990⟧
CNP ⟦NID@ro.cnp|2900314401295⟧
Nationalitate: romana
Permis de conducere: categoria B, nr ⟦DL|CJ118402⟧""",
    )
    r(
        "tr_TR",
        "cv_grammar",
        """CV'min ingilizcesini düzeltir misin

⟦P|Mehmet Can Öztürk⟧
⟦A|Bağdat Caddesi No:247 Daire:6 Kadıköy/İstanbul⟧
GSM ⟦PH|0532 418 77 61⟧
⟦E|mcozturk@hotmail.com⟧
Birth date: ⟦DOB|11/02/1993⟧
T.C. Kimlik No: ⟦NID@tr.tckimlik|31854729076⟧
Military service: completed (⟦o:D|2017⟧)

Experience:
Software Developer at Trendyol, ⟦o:D|2019⟧-⟦o:D|2024⟧ (worked on checkout, Java ⟦o:VER|17⟧, Spring Boot ⟦o:VER|3.1⟧)""",
    )
    r(
        "es_MX",
        "cv_grammar",
        """me ayudas a mejorar la redacción de mi CV? es para una vacante en monterrey

⟦P|josé luis hernández garcía⟧
⟦A|calle Juan Ignacio Ramón 512 pte col centro 64000 monterrey nl⟧
cel ⟦PH|81 1823 4470⟧
⟦E|joseluis.hdz.g@outlook.com⟧
CURP ⟦NID@mx.curp|GAMR920815MJCRRS05⟧
RFC ⟦TAX@mx.rfc|LOSE880704H30⟧
fecha de nac ⟦DOB|15 ago 1992⟧

experiencia
supervisor de almacén en Grupo Bimbo (⟦o:D|2018⟧-⟦o:D|2023⟧), manejo de ⟦o:QTY|45 personas⟧""",
    )
    r(
        "el_GR",
        "cv_grammar",
        """Please make this cover letter sound better. Keep it short.

⟦P|Eleni Papadopoulou⟧
⟦A|Leoforos Vasilissis Sofias 112, 115 27 Athina⟧
⟦PH|+30 694 218 7734⟧ · ⟦E|e.papadopoulou@gmail.com⟧

Dear Mr. ⟦P|Lindqvist⟧,
I want to apply for position Customer Success Manager (ref ⟦o:TKT|JR-20417⟧) that I saw in LinkedIn. I work 6 years in Athens for Kaizen Gaming and I speak greek, english and swedish because my mother is from Göteborg.
I am available from ⟦o:D|1 January 2026⟧.
Best regards
⟦P|Eleni⟧""",
    )
    r(
        "vi_VN",
        "cv_grammar",
        """sửa ngữ pháp tiếng anh giúp mình cái CV này với

⟦P|NGUYEN THI THANH HUONG⟧
Address: ⟦A|So 18 ngo 102 Truong Chinh, Phuong Mai, Dong Da, Ha Noi⟧
Phone: ⟦PH|0912.408.735⟧
Email: ⟦E|huong.ntt.hn@gmail.com⟧
DOB: ⟦DOB|02/09/1995⟧
Gender: Female
CCCD: ⟦NID|001195023874⟧

OBJECTIVE: To become a professional marketer in a multinational company and to contribute my skill for company.""",
    )
    r(
        "en_ZA",
        "cv_grammar",
        """Can you tidy up my CV? Applying for a admin clerk job at the municipality

⟦P|Thandiwe Nomvula Dlamini⟧
ID no: ⟦NID@za.idnr|8904175129084⟧
⟦A|23 Mthembu Street
Umlazi Section C
Durban
4031⟧
Cell: ⟦PH|072 418 3390⟧
Email: ⟦E|thandi.dlamini89@gmail.com⟧
Drivers licence: Code 08 (⟦DL|40170003H6XK⟧)
Health: Good
Criminal record: None

References
Mr ⟦P|S. Naidoo⟧ - Supervisor, Pick n Pay Umlazi - ⟦PH|031 906 2214⟧
Mrs ⟦P|Z. Khumalo⟧ - ⟦PH|083 551 0927⟧""",
    )
    r(
        "ar_SA",
        "cv_grammar",
        """Improve english in my resume pls

Name: ⟦P|Abdullah bin Fahad Al-Qahtani⟧
Mobile: ⟦PH|+966 55 418 2273⟧
E-mail: ⟦E|abdullah.alqahtani@outlook.sa⟧
Address: ⟦A|King Fahd Rd, Al Olaya District, Building 7721, Riyadh 12214⟧
Date of Birth: ⟦DOB|1989/08/22⟧
Nationality: Saudi
Iqama/National ID: ⟦NID|1087346521⟧
Passport No. ⟦PP|K4821937⟧

Experience
- Procurement specialist, Saudi Aramco (⟦o:D|2015⟧ – ⟦o:D|2023⟧)""",
    )
    r(
        "en_CA",
        "cv_grammar",
        """can you rewrite my resume summary section and check the rest for typos

jean-philippe tremblay
⟦A|4410 rue Saint-Denis app 3, Montréal QC H2J 2L1⟧
⟦PH|514 883 2207⟧
⟦E|jp.tremblay@videotron.ca⟧

SUMMARY
Bilingual project cordinator with 7 years experiance in construction. PMP certified (cert # ⟦o:TKT|3319847⟧).

References available on request""",
    )
    r(
        "sv_SE",
        "cv_grammar",
        """Kan du korrläsa mitt CV på engelska?

⟦P|Johan Lindqvist⟧
⟦A|Kungsgatan 44 lgh 1102
411 19 Göteborg⟧
⟦PH|070-482 19 63⟧
⟦E|johan.lindqvist84@telia.com⟧
Personnummer: ⟦NID@se.personnummer|19840312-4574⟧

Experience
Volvo Cars, Torslanda — Test engineer ⟦o:D|2012⟧–⟦o:D|2025⟧""",
    )
    r(
        "cs_CZ",
        "cv_grammar",
        """Oprav prosím gramatiku v mém životopise (anglicky)

⟦P|Petra Nováková⟧
Born: ⟦DOB|12.07.1985⟧
Birth number: ⟦NID@cz.rc|855712/3146⟧
Address: ⟦A|Vinohradská 1511/230, 100 00 Praha 10⟧
Tel.: ⟦PH|+420 777 318 442⟧
E-mail: ⟦E|petra.novakova@seznam.cz⟧

Work: Head nurse, Fakultní nemocnice Královské Vinohrady, ⟦o:D|2010⟧ – now""",
    )
    # ---- fill this form for me ----
    r(
        "en_KE",
        "form_fill",
        """fill this KRA form for me using these details

name - ⟦P|otieno brian ochieng⟧
id no ⟦NID|28417730⟧
kra pin ⟦TAX@ke.pin|A007319581A⟧
dob ⟦DOB|3/7/1988⟧
po box ⟦A|P.O. Box 4471-40100 Kisumu⟧
phone ⟦PH|0711 234 889⟧ (safaricom)
email ⟦E|b.otieno88@gmail.com⟧
employer: Kenya Power, staff no KP-20781""",
    )
    r(
        "en_US",
        "form_fill",
        """help me fill the W-4 / onboarding packet. here's my info just put it in the right boxes

full name: ⟦P|marcus j. whitfield⟧
ssn ⟦SSN|401-88-9012⟧
address ⟦A|881 Peachtree St NE Apt 1204 Atlanta GA 30309⟧
dob ⟦DOB|July 9 1990⟧
filing status single, 0 dependents
direct deposit: routing ⟦a:BC|061000104⟧ account ⟦BBAN|1000 2387 4421⟧
emergency contact ⟦P|Denise Whitfield⟧ (mom) ⟦PH|404 555 0193⟧
drivers license GA ⟦DL|058 331 927⟧""",
    )
    r(
        "id_ID",
        "form_fill",
        """tolong isiin formulir pendaftaran BPJS ini ya, datanya:

Nama: ⟦P|Siti Nurhaliza Rahmawati⟧
NIK ⟦NID@id.nik|3201055609910000⟧
Tgl lahir ⟦DOB|16-09-1991⟧
Alamat ⟦A|Jl. Raya Pajajaran No. 88 RT 03 RW 07 Kel. Baranangsiang Kec. Bogor Timur Kota Bogor 16143⟧
No HP ⟦PH|0812-8834-1092⟧
No BPJS lama ⟦HPN|0001482937615⟧
Nama ibu kandung: ⟦P|Aminah⟧""",
    )
    r(
        "en_GB",
        "form_fill",
        """Can you turn this into the format the GP surgery registration form wants?

surname ⟦P|Okoye⟧   first name ⟦P|Chiamaka⟧
dob ⟦DOB|29/02/1996⟧
nhs no ⟦NID@gb.nhs|948 372 6158⟧
address ⟦A|Flat 3 41 Cowley Road Oxford OX4 1HP⟧
mobile ⟦PH|07700 900 418⟧
previous gp: Dr ⟦P|Hassan⟧, Bristol
allergies penicillin""",
    )
    r(
        "es_AR",
        "form_fill",
        """completame este formulario de la aseguradora con estos datos porfa

Apellido y nombre: ⟦P|Fernández, Lucía Belén⟧
DNI ⟦NID@ar.dni|31.845.702⟧
CUIL ⟦TAX@ar.cuit|27-38561902-8⟧
Fecha de nacimiento ⟦DOB|22/11/1985⟧
Domicilio ⟦A|Av. Corrientes 3247 piso 5 depto B, CABA (C1193AAE)⟧
Tel ⟦PH|11 4862-3309⟧ / cel ⟦PH|+54 9 11 5318-2274⟧
Obra social: OSDE ⟦HPN|61 482937 01⟧
Patente del auto: AE 482 KD""",
    )
    r(
        "hi_IN",
        "form_fill",
        """ye details passport renewal form mein kaise bharu? sab field bata do

name: ⟦P|arjun mehta⟧
old passport no ⟦PP|J8369854⟧ issued ⟦o:D|12/04/2016⟧ at Ahmedabad
dob ⟦DOB|08 Jan 1990⟧
aadhaar ⟦NID@in_.aadhaar|4927 1836 0544⟧
address: ⟦A|B-204 Shanti Residency, nr Vastrapur Lake, Ahmedabad 380015⟧
mob ⟦PH|98250 44731⟧
fathers name ⟦P|Dinesh Mehta⟧ mothers name ⟦P|Kokila Mehta⟧""",
    )
    r(
        "fil_PH",
        "form_fill",
        """paki-fill up mo yung loan application, eto info ko

pangalan: ⟦P|maria theresa b. santos⟧
bday ⟦DOB|june 14 1987⟧
address ⟦A|blk 12 lot 8 phase 2 mabuhay homes brgy san isidro cainta rizal⟧
cp# ⟦PH|0917 823 4410⟧
sss ⟦NID|33-4182773-9⟧
employer: Jollibee Foods Corp, 8 yrs
monthly income ⟦o:AMT|PHP 38,500⟧
co-maker: ⟦P|Ramon Santos⟧ ⟦PH|0928-118-3306⟧""",
    )
    r(
        "ko_KR",
        "form_fill",
        """이 정보로 보험 청구서 양식 채워줘

이름 ⟦P|박지훈⟧
주민번호 ⟦NID@kr.rrn|891103-1257317⟧
주소 ⟦A|경기도 성남시 분당구 판교역로 235 에이치스퀘어 N동 7층⟧
휴대폰 ⟦PH|010 2274 8831⟧
진료일 ⟦o:D|2025-10-21⟧ 병원: 분당서울대병원, 환자번호 ⟦MRN|33918274⟧
청구금액 ⟦o:AMT|187,400원⟧
환급계좌 국민은행 ⟦BBAN|482101-04-227318⟧""",
    )
    r(
        "en_AU",
        "form_fill",
        """fill in the centrelink change of address thing for me

Name ⟦P|Liam O'Sullivan⟧
CRN ⟦NID|204 817 339K⟧
TFN ⟦TAX@au.tfn|876 523 191⟧
new address ⟦A|12 Banksia Cres
Mount Gravatt QLD 4122⟧
old address ⟦A|7/88 Lutwyche Rd Windsor 4030⟧
moving date ⟦o:D|1st Dec⟧
medicare ⟦HPN|2953 18274 1⟧
ph ⟦PH|0401 882 317⟧""",
    )
    r(
        "ga_IE",
        "form_fill",
        """can you fill in the creche enrolment form with this

child: ⟦P|Saoirse Ní Bhriain⟧
dob ⟦DOB|14.05.2022⟧
child pps ⟦NID|7418339WA⟧
parent 1 ⟦P|Aoife Ní Bhriain⟧ ⟦PH|087 441 9082⟧ ⟦E|aoife.nibhriain@gmail.com⟧
parent 2 ⟦P|Declan Kavanagh⟧ ⟦PH|086-2273318⟧
address ⟦A|14 Ashgrove Park, Ballincollig, Co. Cork, P31 X2E7⟧
GP Dr ⟦P|Fitzgerald⟧ Ballincollig medical centre""",
    )
    # ---- bank chatbots ----
    r(
        "en_IN",
        "bank_chat",
        """User: hi my card got blocked
Bot: Hi! I'm EVA, your virtual assistant. For security, please share your registered mobile number.
User: ⟦PH|9820144387⟧
Bot: Thanks. Please enter the OTP sent to your registered number.
User: ⟦S|448213⟧
Bot: Verified ✅. I can see your debit card ending 4471 was blocked at ⟦o:T|14:32⟧ on ⟦o:D|11 Nov⟧ due to 3 wrong PIN attempts. Would you like to generate a new PIN?
User: yes. also my new address is ⟦A|flat 1102 Lodha Aurum, Kanjurmarg East, Mumbai 400042⟧
Bot: Address change requires a KYC document. Your service request number is ⟦o:TKT|SR847729310⟧.""",
    )
    r(
        "en_NG",
        "bank_chat",
        """Me: good afternoon, i made a transfer of ⟦o:AMT|₦250,000⟧ to wrong account
Ada (GTBank virtual assistant): Sorry about that! Please provide your account number.
Me: ⟦BBAN|0123847730⟧
Ada: Thank you. Please provide the beneficiary account and bank.
Me: ⟦BBAN|2081734456⟧ UBA, name showing ⟦P|Ibrahim Musa Danjuma⟧
Ada: For a recall, also confirm your BVN.
Me: ⟦NID|22184730916⟧
Ada: Your complaint ID is ⟦o:TKT|GTB-CMP-0048213⟧. A customer care agent will call you on your registered number within 24 hours.""",
    )
    r(
        "es_MX",
        "bank_chat",
        """[BBVA México - asistente virtual]
Usuario: no reconozco un cargo de ⟦o:AMT|$3,499.00⟧ de liverpool
Asistente: Lamento eso. Para validar tu identidad, escribe los últimos 4 dígitos de tu tarjeta y tu fecha de nacimiento.
Usuario: 9209 y ⟦DOB|15 de agosto del 92⟧
Asistente: Gracias. Veo el cargo del ⟦o:D|08/11/2025⟧ con referencia ⟦o:REQ|LVP0048821374⟧. ¿Deseas levantar una aclaración?
Usuario: si. mi tarjeta completa es ⟦CC|2223 0048 1736 9209⟧ x si la necesitas
Asistente: ⚠️ Por tu seguridad no compartas el número completo de tu tarjeta en este chat. Tu folio de aclaración es ⟦o:TKT|ACL-7718240⟧.""",
    )
    r(
        "pl_PL",
        "bank_chat",
        """Czat z mBank
Ty: dzień dobry, chcę zmienić limit przelewów
Konsultant ⟦P|Agnieszka⟧: Dzień dobry! Proszę podać PESEL i imię matki.
Ty: ⟦NID@pl.pesel|02261709454⟧ matka ⟦P|Bożena⟧
Konsultant ⟦P|Agnieszka⟧: Dziękuję. Którego rachunku dotyczy zmiana?
Ty: ⟦IBAN|PL31 1090 1014 0000 0712 3456 7890⟧ ten główny
Konsultant ⟦P|Agnieszka⟧: Limit dzienny zmieniony na ⟦o:AMT|20 000 zł⟧. Numer zgłoszenia ⟦o:TKT|ZG/2025/11/00482⟧.""",
    )
    r(
        "en_GB",
        "bank_chat",
        """You: Hi I need to update my address
Bot: I can help. First let's confirm it's you. What's your sort code and account number?
You: ⟦a:BC|20-45-77⟧ ⟦BBAN|63018274⟧
Bot: Thanks. What's your date of birth?
You: ⟦DOB|3rd of April 1979⟧
Bot: Great, you're verified. What's the new address?
You: ⟦A|27 Albion Terrace, Leeds LS6 2BN⟧
Bot: Done. Your reference is ⟦o:TKT|CHG-4418207⟧. A letter confirming the change will be posted to the new address within ⟦o:QTY|5 working days⟧.""",
    )
    r(
        "tr_TR",
        "bank_chat",
        """Müşteri: merhaba kartım çalındı
Asistan: Geçmiş olsun. Kartınızı hemen kapatabilmem için TC kimlik numaranızı yazar mısınız?
Müşteri: ⟦NID@tr.tckimlik|56412093796⟧
Asistan: Teşekkürler ⟦P|Zeynep⟧ Hanım. Sonu 0920 ile biten kartınızı kapattım. Yeni kartınız kayıtlı adresinize gönderilecek: ⟦A|Atatürk Mah. Ertuğrul Gazi Sok. No:14 D:3 Ataşehir/İstanbul⟧. Doğru mu?
Müşteri: evet. hesabım da ⟦IBAN|TR86 0006 2000 1190 0006 2984 37⟧ oraya para yatırmak için yeni kart lazım mı
Asistan: Hayır, hesabınız aktif. Talep no: ⟦o:TKT|2025-1187734⟧""",
    )
    r(
        "en_ZA",
        "bank_chat",
        """Capitec chat
User: why was ⟦o:AMT|R1 899,00⟧ taken from my account
Bot: Let me check. Please confirm your ID number.
User: ⟦NID@za.idnr|9207160245082⟧
Bot: Thank you ⟦P|Sipho⟧. The debit order is from "DSTV MULTICHOICE" ref ⟦o:REQ|DS88412773⟧. Would you like to dispute it?
User: yes my card number is ⟦CC|4917 6201 8453 0920⟧ and acc ⟦BBAN|1482 0937 71⟧
Bot: You don't need to share your card number here. Dispute ⟦o:TKT|DISP-204471⟧ created.""",
    )
    r(
        "pt_BR",
        "bank_chat",
        """Cliente: oi, quero cadastrar uma chave pix
Bia (Bradesco): Oi! Qual tipo de chave você quer cadastrar? CPF, e-mail, celular ou aleatória?
Cliente: cpf ⟦NID@br.cpf|07291538432⟧ e tbm o email ⟦E|rafael.tavares.souza@gmail.com⟧
Bia: Certo. Confirma o seu nome completo?
Cliente: ⟦P|Rafael Tavares de Souza⟧
Bia: Obrigada, ⟦P|Rafael⟧. Chaves cadastradas na conta ⟦BBAN|ag 3391 cc 0048217-6⟧. Protocolo ⟦o:TKT|20251114558823⟧.""",
    )
    r(
        "de_DE",
        "bank_chat",
        """Kunde: Hallo, ich habe eine Überweisung an die falsche IBAN geschickt
Bot: Das tut mir leid. Wie lautet die Empfänger-IBAN?
Kunde: ⟦IBAN|DE89370400440532013000⟧, eigentlich sollte es ⟦IBAN|DE44 5001 0517 5407 3249 31⟧ sein
Bot: Danke. Betrag und Datum?
Kunde: ⟦o:AMT|1.250,00 EUR⟧ am ⟦o:D|10.11.2025⟧, Verwendungszweck Miete November ⟦P|Schulze⟧
Bot: Ich habe einen Rückruf angestoßen, Vorgangsnummer ⟦o:TKT|RK-2025-448120⟧.""",
    )
    r(
        "en_CA",
        "bank_chat",
        """RBC chat
Me: I need to set up direct deposit for my new job
Agent (⟦P|Priya⟧): Sure! Your transit is ⟦a:BC|04812⟧, institution ⟦a:BC|003⟧, account ⟦BBAN|5102384⟧. You can also download a void cheque from online banking.
Me: great. the employer also asked for my SIN, is it ok to give it?
Agent (⟦P|Priya⟧): Yes, employers need it for payroll. Just don't share it in this chat.
Me: oops its ⟦NID@ca.sin|527 918 361⟧ lol
Agent (⟦P|Priya⟧): Please don't post that here, I've masked the message. Ticket ⟦o:TKT|C-99182044⟧.""",
    )
    # ---- airline / telecom / insurance / government chatbots ----
    r(
        "en_IN",
        "airline_chat",
        """User: need to change name on ticket, spelling mistake
IndiGo 6Eskai: Sure, I can help. Please share your PNR and the last name of the passenger.
User: pnr ⟦o:TKT|QX7RTB⟧ last name ⟦P|Venkataraman⟧
6Eskai: Thanks. Flight ⟦o:FLT|6E 2143⟧ BLR-DEL on ⟦o:D|22 Nov⟧. What correction is needed?
User: first name should be ⟦P|Srinivasan⟧ not Srinivasn. his dob is ⟦DOB|02-02-1961⟧ if needed
6Eskai: Name corrections up to 3 characters are free. Updated ✈️""",
    )
    r(
        "en_PH",
        "airline_chat",
        """Cebu Pacific chat
Customer: hi, i missed my flight ⟦o:FLT|5J 560⟧ manila to davao because of traffic
Charlie (bot): Sorry to hear that! Please provide your booking reference and email.
Customer: ⟦o:TKT|H8K2PQ⟧ ⟦E|gerald.manalo.1990@gmail.com⟧
Charlie: Thank you. I see passenger ⟦P|Gerald Manalo⟧ and infant ⟦P|Sofia Manalo⟧ (born ⟦DOB|2024-03-11⟧). Rebooking fee is ⟦o:AMT|PHP 1,800⟧ per pax.
Customer: ok pls rebook tomorrow same time. pay with ⟦CC|5204 7319 8820 4619⟧ exp 08/28""",
    )
    r(
        "tr_TR",
        "airline_chat",
        """Sen: Merhaba, bagajım gelmedi
THY Asistan: Çok üzgünüz. Dosya numaranızı (PIR) veya bagaj etiket numaranızı paylaşır mısınız?
Sen: etiket ⟦o:TRK|TK 235 118 4402⟧, uçuş ⟦o:FLT|TK1846⟧ amsterdam-istanbul
THY Asistan: Teşekkürler. Bagajınız Amsterdam'da tespit edildi. Teslimat adresi nedir?
Sen: ⟦A|Cumhuriyet Mah. Halaskargazi Cad. No: 188 Kat 4 Şişli 34380 İstanbul⟧ , telefon ⟦PH|+90 533 871 2044⟧, adım ⟦P|Emre Aydın⟧""",
    )
    r(
        "ar_SA",
        "airline_chat",
        """Saudia virtual assistant
User: I want to add my wife to my booking ⟦o:TKT|7HGXQ2⟧
Assistant: Please provide the passenger's full name as in passport, passport number and date of birth.
User: ⟦P|NOURA ABDULAZIZ ALSHEHRI⟧ passport ⟦PP|P07729184⟧ dob ⟦DOB|12/05/1994⟧
Assistant: Thank you. Flight ⟦o:FLT|SV1021⟧ Riyadh–Jeddah on ⟦o:D|28 Nov 2025⟧, fare ⟦o:AMT|SAR 689⟧. Shall I proceed?""",
    )
    r(
        "en_AU",
        "airline_chat",
        """Qantas chat transcript

You: hi can i use my frequent flyer points for my mum's ticket
Qantas: Yes you can book for family. Please confirm your Frequent Flyer number.
You: 1928 4477 3
Qantas: Thanks ⟦P|Mei Ling⟧. Who is travelling?
You: ⟦P|Chen Xiu Ying⟧, dob ⟦DOB|3.10.1958⟧, passport ⟦PP|EA4418273⟧ (chinese passport)
Qantas: Flight ⟦o:FLT|QF 129⟧ SYD–PVG on ⟦o:D|14 Jan 2026⟧ uses ⟦o:QTY|41,900 points⟧ + ⟦o:AMT|$187.40⟧ taxes.""",
    )
    r(
        "en_KE",
        "telecom_chat",
        """Zuri (Safaricom): Hi, how can I help you today?
Me: my line was swapped without my permission!! i cant make calls
Zuri: I'm sorry. To help you, please confirm your ID number and the last 3 people you called.
Me: id ⟦NID|31277408⟧. i called my wife ⟦PH|0722 881 304⟧, ⟦P|Kiprop⟧ ⟦PH|0733-418-227⟧ and the mama mboga idk the number
Zuri: Thank you. I've escalated this as a SIM-swap fraud case ⟦o:TKT|SWP-8841273⟧. Please visit any Safaricom shop with your original ID.
Me: im in ⟦L|Eldoret⟧ right now, which shop""",
    )
    r(
        "hi_IN",
        "telecom_chat",
        """Jio chat
User: mera recharge ⟦o:AMT|₹239⟧ ka hua par data nahi chal raha
JioCare: Kripya apna Jio number batayein.
User: ⟦PH|7021 448 390⟧
JioCare: Dhanyavaad. Aapka recharge transaction ID ⟦o:REQ|BR000C4KX8M1⟧ successful hai. Kripya phone restart karein. APN settings: jionet.
User: ho gaya thanks. aur mere papa ⟦P|Ramesh Chandra Gupta⟧ ka sim mere aadhaar ⟦NID@in_.aadhaar|736502194825⟧ pe hai, unka alag karna hai""",
    )
    r(
        "en_US",
        "telecom_chat",
        """Verizon chat

Me: I want to port my number to another carrier, what's my account PIN and number
Agent ⟦P|Shawna⟧: For security I can't display your PIN. You can reset it in My Verizon. Your account number is ⟦BBAN|482019734-00001⟧.
Me: ok new pin is ⟦S|7741⟧, did it work?
Agent ⟦P|Shawna⟧: Yes it's updated. The number being ported is ⟦PH|(312) 555-0166⟧ under ⟦P|Kevin O'Malley⟧, billing zip ⟦a:PC|60614⟧. Anything else?""",
    )
    r(
        "vi_VN",
        "telecom_chat",
        """Khách: sim của em bị khóa 1 chiều
Tổng đài Viettel (bot): Anh/chị vui lòng cung cấp số thuê bao và số CCCD để xác minh.
Khách: ⟦PH|0987 321 445⟧, cccd ⟦NID|079088012347⟧, tên ⟦P|Trần Văn Hùng⟧
Bot: Cảm ơn. Thuê bao bị khóa do chưa chuẩn hóa thông tin. Vui lòng đến cửa hàng tại ⟦A|285 Cách Mạng Tháng Tám, Phường 12, Quận 10, TP.HCM⟧ hoặc cập nhật qua ứng dụng My Viettel phiên bản ⟦o:VER|6.4.2⟧.""",
    )
    r(
        "pt_BR",
        "telecom_chat",
        """Atendimento Vivo
Você: quero cancelar a linha do meu pai que faleceu
Aura: Sinto muito pela sua perda. Informe o número da linha e o CPF do titular.
Você: ⟦PH|(21) 98812-7730⟧ cpf ⟦NID@br.cpf|835.620.147-08⟧, nome ⟦P|Antônio Carlos Ribeiro⟧
Aura: Preciso também da certidão de óbito. Você pode enviar para ⟦o:REQ|protocolo 2025114019837⟧ pelo app.
Você: sou filha dele, ⟦P|Juliana Ribeiro⟧, meu telefone ⟦PH|21 99744-0182⟧""",
    )
    r(
        "ja_JP",
        "telecom_chat",
        """ドコモ チャット
あなた: 機種変更の予約をしたい
ボット: かしこまりました。ご契約の電話番号とネットワーク暗証番号(4桁)を入力してください。
あなた: ⟦PH|080-4471-2290⟧ ⟦S|3917⟧
ボット: ご本人確認ができました、⟦P|高橋 優子⟧ 様。iPhone ⟦o:PROD|iPhone 17 Pro⟧ ⟦o:QTY|256GB⟧ の在庫があるショップ：ドコモショップ渋谷店。予約番号 ⟦o:TKT|R-20251115-0448⟧""",
    )
    r(
        "en_US",
        "insurance_chat",
        """Geico chat

Customer: I was rear ended this morning on i-95, other driver info below
Kate (virtual assistant): I'm sorry to hear that. Is everyone okay?
Customer: yes. other driver: ⟦P|Ronald Pettigrew⟧, license FL ⟦DL|P362-418-77-293-0⟧, his insurance is State Farm policy ⟦HPN|SF 418-2277-C06⟧, phone ⟦PH|305 555 0124⟧
Kate: Thank you. I've started claim ⟦o:TKT|0588812330101014⟧. What's the location of the accident?
Customer: I-95 northbound near exit 12, ⟦L|Miami⟧, around ⟦o:T|7:40am⟧""",
    )
    r(
        "de_DE",
        "insurance_chat",
        """HUK Chat
Ich: Mein Fahrrad wurde gestohlen, was brauche ich für die Hausratversicherung?
Bot: Bitte nennen Sie Ihre Versicherungsnummer.
Ich: ⟦HPN|HR 4471-882930-1⟧, Name ⟦P|Lukas Hoffmann⟧, ⟦A|Gneisenaustraße 67, 10961 Berlin⟧
Bot: Danke. Bitte laden Sie die Anzeige der Polizei (Tagebuchnummer) und den Kaufbeleg hoch. Schadennummer: ⟦o:TKT|S-2025-7718403⟧.
Ich: Rechnung war ⟦o:AMT|2.149 €⟧ für ein ⟦o:PROD|Canyon Grail CF 7⟧""",
    )
    r(
        "en_IE",
        "insurance_chat",
        """VHI webchat
You: hi, does my plan cover physio? member no ⟦HPN|VH 8813 4427 01⟧
Agent ⟦P|Niamh⟧: Hi there! Can I confirm your date of birth and eircode please?
You: ⟦DOB|19/08/1983⟧, ⟦a:PC|D06 F9K2⟧
Agent ⟦P|Niamh⟧: Thanks ⟦P|Conor⟧. Your plan ⟦o:PROD|PMI 48 11⟧ covers 6 physio visits at ⟦o:AMT|€40⟧ each. Claim ref ⟦o:TKT|CL-8814220⟧.""",
    )
    r(
        "es_MX",
        "insurance_chat",
        """Chat GNP Seguros
Tú: necesito reembolso de gastos médicos de mi hija
Asistente: Claro. Proporciona número de póliza, nombre del asegurado y del paciente.
Tú: póliza ⟦HPN|GMM-00418827-3⟧, asegurado ⟦P|Alejandro Ruiz Márquez⟧, paciente ⟦P|Valeria Ruiz Pacheco⟧ ⟦DOB|6/4/2015⟧
Asistente: Gracias. Adjunta facturas CFDI. Tu número de trámite es ⟦o:TKT|RMB-2025-0448127⟧.
Tú: el hospital le dio expediente ⟦MRN|HAN-2025-118823⟧ en Hospital Ángeles""",
    )
    r(
        "en_NG",
        "insurance_chat",
        """AXA Mansard bot
Me: i want to check my HMO status, my enrollee id is ⟦HPN|AXA/LAG/2210473/A⟧
Bot: Welcome ⟦P|Folasade⟧! Your plan is active until ⟦o:D|31/03/2026⟧. Your primary hospital is Reddington Hospital, Victoria Island.
Me: the hospital says my card number is different, they have ⟦MRN|RH-0048721⟧ for me
Bot: That is the hospital's patient number. Your HMO number is the one above.""",
    )
    r(
        "en_GB",
        "gov_chat",
        """HMRC digital assistant

You: I think I paid too much tax this year
Assistant: I can help with that. Have you got your National Insurance number?
You: yeah its ⟦NID|jt482193d⟧
Assistant: Thanks. Please do not share your Unique Taxpayer Reference in this chat.
You: its ⟦TAX|82917 46530⟧ sorry
Assistant: For your security I've hidden that. You can check your tax code (⟦o:ERR|1257L⟧) in your personal tax account.""",
    )
    r(
        "en_IN",
        "gov_chat",
        """UMANG chatbot
User: mera PF withdrawal reject ho gaya
Bot: Please enter your UAN.
User: ⟦NID|100487213390⟧
Bot: Claim ID ⟦o:TKT|MHBAN250980012874⟧ rejected: "Bank account not seeded with UAN". Please update bank details with IFSC.
User: account ⟦BBAN|50100248173941⟧ ifsc ⟦a:BC|HDFC0001234⟧ name ⟦P|Anil Kumar Yadav⟧
Bot: Submit via Member e-Sewa. Your PAN ⟦TAX@in_.pan|CQZPS7703A⟧ is already linked ✔️""",
    )
    r(
        "ko_KR",
        "gov_chat",
        """정부24 챗봇
나: 주민등록등본 발급하려는데 오류가 나요
챗봇: 오류 코드를 알려주세요.
나: ⟦o:ERR|ERR_CERT_0x8004⟧ 이라고 나와요. 제 주민번호 ⟦NID@kr.rrn|950617-2341184⟧ 입력했어요
챗봇: 주민등록번호는 채팅창에 입력하지 마세요. 공동인증서 갱신이 필요합니다. 주소지 ⟦A|부산광역시 해운대구 센텀중앙로 79⟧ 관할 주민센터에서도 발급 가능합니다.""",
    )
    r(
        "es_AR",
        "gov_chat",
        """Chat ANSES
Vos: hola quiero saber si cobro la AUH este mes
Tina (asistente): Hola! Ingresá tu CUIL sin guiones.
Vos: ⟦TAX@ar.cuit|20328174651⟧
Tina: Gracias ⟦P|Matías⟧. La fecha de cobro es el ⟦o:D|12/12⟧ en Banco Nación, CBU terminado en 4412.
Vos: mi nuevo cbu es ⟦BBAN|0110599520000001234512⟧ cambio de cuenta""",
    )
    r(
        "el_GR",
        "gov_chat",
        """gov.gr ψηφιακός βοηθός
Χρήστης: θέλω να βγάλω ΑΜΚΑ για το μωρό
Βοηθός: Ο ΑΜΚΑ εκδίδεται αυτόματα με τη ληξιαρχική πράξη γέννησης. Ποιος είναι ο ΑΜΚΑ της μητέρας;
Χρήστης: ⟦NID@gr.amka|12038824517⟧ ⟦P|Κωνσταντίνα Γεωργίου⟧, ΑΦΜ ⟦TAX@gr.vat|128374650⟧
Βοηθός: Ευχαριστώ. Αριθμός αιτήματος ⟦o:TKT|ΑΙΤ-2025-884120⟧.""",
    )
    r(
        "ro_RO",
        "gov_chat",
        """ghiseul.ro asistent
Tu: vreau sa platesc impozitul pe casa
Asistent: Introduceți CNP-ul sau CUI-ul.
Tu: ⟦NID@ro.cnp|1961120460030⟧
Asistent: Am găsit 1 obligație de plată: impozit clădire ⟦A|Str. Mihai Eminescu nr. 7, Sector 2, București⟧ — ⟦o:AMT|412,00 lei⟧. Plătiți cu card?
Tu: da ⟦CC|4024 0071 5648 9238⟧ 11/27 cvv ⟦S|318⟧""",
    )
    r(
        "en_ZA",
        "gov_chat",
        """Home Affairs WhatsApp bot
Me: hi i applied for smart id in august and still not ready
Bot: Please send your ID number and the branch where you applied.
Me: ⟦NID@za.idnr|8904175129084⟧ menlyn branch pretoria
Bot: Status for ⟦P|T N Dlamini⟧: "Ready for collection" since ⟦o:D|2025-10-03⟧. Bring your receipt ⟦o:REQ|BR-HA-77120394⟧.""",
    )
    r(
        "pl_PL",
        "gov_chat",
        """mObywatel asystent
Użytkownik: jak zastrzec dowód osobisty, zgubiłem portfel
Asystent: Możesz zastrzec PESEL w aplikacji. Podaj serię i numer dowodu.
Użytkownik: ⟦NID|ABS 482917⟧ i pesel ⟦NID@pl.pesel|75032211878⟧. byłem wczoraj w ⟦L|Krakowie⟧ jak zgubiłem, przy rynku
Asystent: Zastrzeżenie aktywne od ⟦o:T|09:42⟧. Numer zgłoszenia ⟦o:TKT|ZP-88241-2025⟧.""",
    )
    # ---- developers pasting into coding assistants ----
    r(
        "en_IN",
        "env_file",
        """why is my django app not connecting to db?? here is my .env

DEBUG=True
SECRET_KEY=⟦S|django-insecure-8v#k2m!q0x@r4t^z7w&p1n3b5c9e$h6j⟧
DATABASE_URL=⟦UC|postgres://appuser:Vr9pLq2xT7mK@10.0.4.17:5432/payroll_prod⟧
REDIS_URL=redis://localhost:6379/0
EMAIL_HOST_USER=⟦E|noreply.payroll@kaveriinfotech.in⟧
EMAIL_HOST_PASSWORD=⟦S|qwtz lmpa rvke ysdh⟧
ALLOWED_HOSTS=⟦IP|13.232.118.44⟧,payroll.kaveriinfotech.in

error: django.db.utils.OperationalError: could not connect to server: Connection timed out (⟦o:ERR|0x0000274C/10060⟧)""",
    )
    r(
        "en_US",
        "stacktrace",
        """getting this in prod, python ⟦o:VER|3.11.6⟧, what's wrong

Traceback (most recent call last):
  File "/srv/app/billing/charge.py", line 88, in charge_customer
    resp = stripe.Charge.create(amount=amount, currency="usd", customer=cust_id)
  File "/srv/venv/lib/python3.11/site-packages/stripe/api_resources/abstract/createable_api_resource.py", line 22, in create
stripe.error.AuthenticationError: Invalid API Key provided: ⟦S|sk_live_51NxQ2vKf8Lm0pT4rYb7Hc2Wd9EaJ3uZs⟧
Request ⟦o:REQ|req_Hs8Qk2LmP0aXvT⟧ for customer ⟦E|brandon.kowalski@fastmail.com⟧ (cus_Pq81LmX2vA)
[⟦o:D|2025-11-12⟧ ⟦o:T|04:11:39⟧] worker-3 pid=⟦o:ROW|48213⟧""",
    )
    r(
        "en_GB",
        "curl",
        """this curl works on my machine but not in the CI, any idea?

curl -X POST https://api.sendgrid.com/v3/mail/send \\
  -H "Authorization: Bearer ⟦S|SG.Kq7vN2xPRj-4LmT9wZa1Cg.Yh3Bp8RtUu0sQe5WnXk2Jd6Fv9LcAm4HoGi7Tz1Ey0⟧" \\
  -H "Content-Type: application/json" \\
  -d '{"personalizations":[{"to":[{"email":"⟦E|harriet.fenwick@btinternet.com⟧","name":"⟦P|Harriet Fenwick⟧"}]}],"from":{"email":"orders@teapotandco.co.uk"},"subject":"Your order ⟦o:ORD|TP-20417⟧ has shipped"}'

CI output: curl: (6) Could not resolve host: api.sendgrid.com ⟦o:ERR|exit code 6⟧""",
    )
    r(
        "ja_JP",
        "log_excerpt",
        """このnginxのログ、攻撃されてる？

⟦IP|203.0.113.77⟧ - - [⟦o:D|15/Nov/2025⟧:⟦o:T|03:12:44⟧ +0900] "GET /wp-login.php HTTP/1.1" 404 153 "-" "Mozilla/5.0"
⟦IP|203.0.113.77⟧ - - [15/Nov/2025:03:12:45 +0900] "POST /xmlrpc.php HTTP/1.1" 404 153 "-" "Mozilla/5.0"
⟦IP|126.214.88.19⟧ - tanaka [15/Nov/2025:03:13:02 +0900] "GET /admin/?token=⟦S|a81f3c0e9d2b47a6b5c8e1f40d7a92c3⟧ HTTP/1.1" 200 5120 "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X)"
⟦IP|2400:4050:9c21:7700:4d1:e2ff:fe18:3a9b⟧ - - [15/Nov/2025:03:14:10 +0900] "GET /health HTTP/2.0" 200 2 "-" "kube-probe/⟦o:VER|1.30⟧\"""",
    )
    r(
        "pt_BR",
        "stacktrace",
        r"""alguém sabe resolver esse erro no spring? to desde ontem nisso

2025-11-14 09:22:17.481 ERROR 18812 --- [nio-8080-exec-4] o.h.engine.jdbc.spi.SqlExceptionHelper : Duplicate entry '⟦NID@br.cpf|418.293.576-46⟧' for key 'cliente.uk_cpf'
2025-11-14 09:22:17.483 ERROR 18812 --- [nio-8080-exec-4] c.l.api.ClienteController : falha ao salvar cliente nome=⟦P|Mariana Figueiredo Costa⟧ email=⟦E|mari.fcosta@uol.com.br⟧ tel=⟦PH|51998124470⟧
org.springframework.dao.DataIntegrityViolationException: could not execute statement; SQL [n/a]; constraint [cliente.uk_cpf]
	at org.springframework.orm.jpa.vendor.HibernateJpaDialect.convertHibernateAccessException(HibernateJpaDialect.java:276)
spring.datasource.url=jdbc:mysql://⟦IP|192.168.10.45⟧:3306/loja
spring.datasource.username=loja_app
spring.datasource.password=⟦S|L0j@2025!prod⟧""",
    )
    r(
        "de_DE",
        "env_file",
        """Kannst du mir sagen warum docker compose die Variablen nicht lädt?

# .env
POSTGRES_USER=nextcloud
POSTGRES_PASSWORD=⟦S|Sommer2025!Kiel⟧
NEXTCLOUD_ADMIN_USER=⟦P|jonas.becker⟧
NEXTCLOUD_ADMIN_PASSWORD=⟦S|hX8#qP2v!mZ4⟧
SMTP_HOST=mail.gmx.net
SMTP_NAME=⟦E|jonas.becker@gmx.de⟧
TRUSTED_PROXIES=⟦IP|172.20.0.1⟧
NEXTCLOUD_VERSION=⟦o:VER|30.0.2⟧

docker compose version ⟦o:VER|v2.29.7⟧""",
    )
    r(
        "ko_KR",
        "curl",
        """이 curl 명령이 401 나는데 왜 그런지 봐줘

curl -u admin:⟦S|Seoul#2025⟧ https://jenkins.hanbit-dev.kr/job/deploy/build -X POST
curl "https://⟦UC|deploy:wkdlvjdkdlt77@gitlab.hanbit-dev.kr⟧/api/v4/projects/42/trigger/pipeline?token=⟦S|glptt-9f2c81ad4b0e7735c1d2⟧&ref=main"

응답: {"message":"401 Unauthorized"} ⟦o:ERR|HTTP 401⟧""",
    )
    r(
        "en_AU",
        "log_excerpt",
        """why does our payment webhook keep failing? logs:

⟦o:D|2025-11-10⟧T⟦o:T|22:41:07Z⟧ INFO  webhook received id=⟦o:UUID|6f1c2a9e-4b7d-4e21-9a3f-0c8e71d5b442⟧
⟦o:D|2025-11-10⟧T22:41:07Z DEBUG payload={"customer":"⟦P|Aaron Whitlock⟧","email":"⟦E|a.whitlock@bigpond.com⟧","card_last4":"1451","billing":"⟦A|3/19 Ocean Pde, Coogee NSW 2034⟧"}
⟦o:D|2025-11-10⟧T22:41:08Z ERROR signature mismatch, secret used=⟦S|whsec_4Jm9Qx2LrT7vWp0Kc8Nb3Hy6⟧
⟦o:D|2025-11-10⟧T22:41:08Z WARN  retry 3/5 from ⟦IP|54.187.216.72⟧""",
    )
    r(
        "en_NG",
        "stacktrace",
        """Please help me debug this flutter paystack error

E/flutter (12734): [ERROR:flutter/runtime/dart_vm_initializer.cc(41)] Unhandled Exception: PaystackException: Invalid key
E/flutter (12734): #0      PaystackPlugin.chargeCard (package:flutter_paystack/src/api/paystack.dart:103:7)
my code:
  PaystackPlugin().initialize(publicKey: 'pk_live_f8a2c41e7b90d35ce12a6704');
  final secret = '⟦S|sk_live_2b9e71c04af83d56e09b1c77f2a4d8e53b61c0a9⟧';
  charge.email = '⟦E|tundeogunleye@yahoo.com⟧';
  charge.amount = 500000; // ⟦o:AMT|₦5,000⟧
flutter ⟦o:VER|3.24.3⟧""",
    )
    r(
        "sv_SE",
        "env_file",
        """Hej, vad gör jag fel med GitHub Actions secrets? Jag har klistrat in min config:

name: deploy
env:
  AWS_ACCESS_KEY_ID: ⟦S|AKIA4QX7ZR2LM8KD3WPN⟧
  AWS_SECRET_ACCESS_KEY: ⟦S|wJ3kLm9Pq2Rt7Vx0Yz4Bc8Df1Gh5Jk6Ln2Mp8Qr⟧
  DEPLOY_HOST: ⟦IP|185.45.112.19⟧
  NOTIFY: ⟦E|erik.sandberg@kodhus.se⟧
commit ⟦o:SHA|9f3b2e1c7a4d⟧ failed at step ⟦o:QTY|4⟧""",
    )
    r(
        "es_AR",
        "stacktrace",
        """che me tira este error node cuando corro el seed, me ayudás?

node:internal/process/promises:391
    triggerUncaughtException(err, true /* fromPromise */);
MongoServerError: E11000 duplicate key error collection: clinica.pacientes index: dni_1 dup key: { dni: "⟦NID@ar.dni|31845702⟧" }
    at /home/nico/clinica/seed.js:44:11
conn string: ⟦UC|mongodb+srv://nicolas.peralta:Boca1905xeneize@cluster0.x8kq2.mongodb.net⟧/clinica
Node.js ⟦o:VER|v20.18.0⟧""",
    )
    r(
        "en_CA",
        "log_excerpt",
        """summarize what happened here for the incident report

[⟦o:D|2025-11-02⟧ ⟦o:T|14:03:11⟧] sshd[2231]: Failed password for invalid user admin from ⟦IP|91.134.22.8⟧ port 52211 ssh2
[2025-11-02 14:03:14] sshd[2231]: Failed password for root from ⟦IP|91.134.22.8⟧ port 52214 ssh2
[2025-11-02 14:05:40] sshd[2301]: Accepted publickey for mgagnon from ⟦IP|24.114.77.201⟧ port 60122 ssh2: RSA SHA256:⟦o:SHA|kP3d8Qm2xLr7⟧
[2025-11-02 14:06:02] sudo: mgagnon : TTY=pts/0 ; PWD=/home/mgagnon ; USER=root ; COMMAND=/usr/bin/systemctl restart nginx
ticket ⟦o:TKT|INC-20551⟧""",
    )
    r(
        "tr_TR",
        "env_file",
        """laravel .env dosyam bu, mail gönderemiyorum neden

APP_KEY=⟦S|base64:Qm9yZWFzMjAyNUlzdGFuYnVsS2FkaWtveTEyMzQ1Ng==⟧
DB_PASSWORD=⟦S|Fener1907!⟧
MAIL_MAILER=smtp
MAIL_HOST=smtp.yandex.com.tr
MAIL_USERNAME=⟦E|selin.kaya@yandex.com.tr⟧
MAIL_PASSWORD=⟦S|rbqvxtzkmhjwpfna⟧
IYZICO_API_KEY=⟦S|sandbox-3Kx9VqL2mT8pR4wZ⟧
laravel ⟦o:VER|11.9⟧ php ⟦o:VER|8.3⟧""",
    )
    r(
        "en_US",
        "curl",
        """how do i convert this to python requests?

curl 'https://api.twilio.com/2010-04-01/Accounts/AC3f9e2b17c84d0a5612ef7b9c0d3a4e81/Messages.json' -X POST \\
--data-urlencode 'To=⟦PH~url_encoded|%2B14155550173⟧' \\
--data-urlencode 'From=+15005550006' \\
--data-urlencode 'Body=Hi ⟦P|Tamika⟧, your appointment is on ⟦o:D|Nov 20⟧ at ⟦o:T|2:30pm⟧' \\
-u AC3f9e2b17c84d0a5612ef7b9c0d3a4e81:⟦S|8d2f1c7b4e90a3f65c1d2e8b7a904f3c⟧""",
    )
    r(
        "cs_CZ",
        "stacktrace",
        r"""Tohle mi hází PHP, co s tím?

Fatal error: Uncaught PDOException: SQLSTATE[HY000] [1045] Access denied for user 'eshop'@'⟦IP|10.8.0.14⟧' (using password: YES) in C:\xampp\htdocs\eshop\db.php:7
Stack trace:
#0 C:\xampp\htdocs\eshop\db.php(7): PDO->__construct('mysql:host=10.8...', 'eshop', '⟦S|Kolobezka2024⟧')
#1 C:\xampp\htdocs\eshop\objednavka.php(3): require_once('C:\\xampp\\htdocs...')
#2 {main}
objednávka ⟦o:ORD|2025001187⟧ zákazník ⟦P|Jiří Dvořák⟧ ⟦E|jiri.dvorak@centrum.cz⟧""",
    )
    r(
        "en_KE",
        "curl",
        """mpesa daraja STK push giving me invalid access token, here is my request

curl -X POST https://api.safaricom.co.ke/mpesa/stkpush/v1/processrequest \\
 -H 'Authorization: Bearer ⟦S|cG9zdG1hbjpLZW55YVN0YWdpbmcyMDI1QWJj⟧' \\
 -d '{"BusinessShortCode":"174379","Password":"⟦S|MTc0Mzc5YmZiMjc5ZjlhYTliZGJjZjE1OGU5N2RkNzFhNDY3Y2QyZTBjODkzMDU5YjEwZjc4ZTZiNzJhZGExZWQyYzkxOTIwMjUxMTE0⟧","Amount":"⟦o:AMT|1⟧","PartyA":"⟦PH|254708374149⟧","PhoneNumber":"⟦PH|254708374149⟧","AccountReference":"⟦o:INV|INV-00419⟧"}'
response: {"errorCode": "⟦o:ERR|404.001.03⟧", "errorMessage": "Invalid Access Token"}""",
    )
    r(
        "vi_VN",
        "log_excerpt",
        """log lỗi khi đồng bộ khách hàng, giúp mình với

[⟦o:D|2025-11-13⟧ ⟦o:T|10:41:22⟧] sync.ERROR: Customer import failed row=⟦o:ROW|1887⟧ {"ho_ten":"⟦P|Lê Thị Mai Anh⟧","sdt":"⟦PH|0903 118 442⟧","email":"⟦E|maianh.le@fpt.edu.vn⟧","dia_chi":"⟦A|42/7 Nguyễn Thị Minh Khai, P. Bến Nghé, Q.1, TP HCM⟧"} reason: invalid phone format
[⟦o:D|2025-11-13⟧ 10:41:22] sync.INFO: batch ⟦o:UUID|b1d3e7a0-22c4-4f8e-9d61-5e0a7c3f9b18⟧ done, 1 error""",
    )
    r(
        "fr_BE",
        "env_file",
        """J'ai un souci avec mon docker-compose pour Odoo, voici la config:

environment:
  - HOST=db
  - USER=odoo
  - PASSWORD=⟦S|Brux3lles_Odoo!17⟧
  - ADMIN_PASSWD=⟦S|mX7qT2rB9kLw⟧
  - SMTP_USER=⟦E|compta@boulangerie-dewit.be⟧
image: odoo:⟦o:VER|17.0⟧
erreur: psycopg2.OperationalError: FATAL:  password authentication failed for user "odoo\"""",
    )
    r(
        "en_IN",
        "stacktrace",
        """android app crash on login, logcat below. what's causing it?

11-14 18:22:04.117 28410 28410 E AndroidRuntime: FATAL EXCEPTION: main
11-14 18:22:04.117 28410 28410 E AndroidRuntime: java.lang.NullPointerException: Attempt to invoke virtual method 'java.lang.String com.pocketkhata.model.User.getPan()' on a null object reference
11-14 18:22:04.118 28410 28410 D LoginRepo: response={"user":"⟦P|Deepika Raghunathan⟧","mobile":"⟦PH|+919445118230⟧","token":"⟦S|eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiI5NDQ1MTE4MjMwIiwiZXhwIjoxNzYzMTQwMDAwfQ.kX8vN2qL7pR3tW9mZ4bY1cF6hJ0sD5gA⟧"}
app version ⟦o:VER|2.14.0 (build 318)⟧""",
    )
    r(
        "pl_PL",
        "log_excerpt",
        """co tu się stało? logi z postfixa

⟦o:D|Nov 12⟧ ⟦o:T|06:14:21⟧ mail postfix/smtpd[11402]: connect from unknown[⟦IP|46.205.198.77⟧]
Nov 12 06:14:22 mail postfix/smtpd[11402]: warning: unknown[46.205.198.77]: SASL LOGIN authentication failed: UGFzc3dvcmQ6
Nov 12 06:14:30 mail postfix/smtpd[11402]: 4C7F12A0B3: client=unknown[46.205.198.77], sasl_username=⟦E|marek.zielinski@ksiegowa-zielinski.pl⟧
Nov 12 06:14:31 mail postfix/qmgr[902]: 4C7F12A0B3: from=<⟦E|marek.zielinski@ksiegowa-zielinski.pl⟧>, size=⟦o:QTY|48211⟧, nrcpt=⟦o:QTY|500⟧""",
    )
    r(
        "en_US",
        "env_file",
        """my terraform apply fails with 'error configuring backend'. tfvars:

db_admin_password = "⟦S|Pr0d-Aurora#8821⟧"
github_token      = "⟦S|ghp_7Hk2Lm9Qx4Rt1Vz8Wp3Nb6Cd0Fy5Js2Ga7Ue⟧"
alert_email       = "⟦E|oncall+infra@brightlane.io⟧"
office_cidr       = "⟦IP|98.42.117.0/24⟧"
tf version ⟦o:VER|1.9.8⟧, aws provider ⟦o:VER|5.74.0⟧""",
    )
    r(
        "en_ZA",
        "stacktrace",
        r"""C# exception when sending SMS, any ideas?

System.Net.Http.HttpRequestException: Response status code does not indicate success: 403 (Forbidden).
   at SmsPortal.Client.SendAsync(String msisdn, String message) in D:\src\ClinicReminders\SmsClient.cs:line 57
   at ClinicReminders.Program.Main() in D:\src\ClinicReminders\Program.cs:line 23
msisdn = "⟦PH|27824410937⟧", message = "Dear Mrs ⟦P|Pillay⟧ your appointment at Chris Hani Baragwanath, folder no ⟦MRN|CHB0048271⟧, is on ⟦o:D|18/11⟧"
appsettings: "ApiSecret": "⟦S|b7Kq2Xm9Lp4Rz8Tv⟧",
""",
    )
    r(
        "en_US",
        "curl",
        """why does this return 403? (elasticsearch)

curl -k "https://⟦UC|elastic:Xq7!mP2vLr9s@es01.internal.quillhealth.com:9200⟧/patients/_search?q=mrn:⟦MRN|QH-00783412⟧"
{"error":{"type":"security_exception","reason":"action [indices:data/read/search] is unauthorized for user [elastic]"},"status":⟦o:ERR|403⟧}""",
    )
    r(
        "ar_EG",
        "env_file",
        """ليه الـ firebase مش شغال؟ ده ملف الإعدادات

FIREBASE_API_KEY=⟦S|AIzaSyD8kQ2xLm7vR4tP9wZ1nB6cH3jF0sY5gA2⟧
FIREBASE_PROJECT_ID=souq-tanta-app
ADMIN_EMAIL=⟦E|mahmoud.fathy.dev@gmail.com⟧
ADMIN_PHONE=⟦PH|01014827730⟧
SERVER_IP=⟦IP|41.33.187.204⟧""",
    )
    # ---- landlord / tenant, school, HR messages pasted for rewriting ----
    r(
        "en_GB",
        "landlord_msg",
        """can you make this sound less angry, sending it to my landlord

hi ⟦P|Gary⟧, its been 3 weeks since i told you about the mould in the back bedroom at ⟦A|62 Coronation Street Salford M5 3RW⟧. my daughter ⟦P|Ellie⟧ has asthma and her consultant at the RMCH wrote a letter (hospital no ⟦MRN|R1148273⟧). if its not sorted by ⟦o:D|the 30th⟧ i'm going to the council. my deposit is protected with DPS ref ⟦o:REQ|DPS-0048217734⟧ so dont even think about it.
⟦P|Shannon⟧""",
    )
    r(
        "en_IN",
        "landlord_msg",
        """Rewrite this in polite english, sending to owner on whatsapp

namaste uncle, this is ⟦P|Rohit⟧ from flat 302. rent for nov ⟦o:AMT|₹28,000⟧ transfered to your account ⟦BBAN|919010048217734⟧ axis bank via neft utr ⟦o:REQ|AXISN25318004412⟧. the geyser in bathroom still not working pls send plumber. also my wife ⟦P|Sneha⟧ parents will stay with us from ⟦o:D|dec 5 to 20⟧, informing you as per agreement. address for police verification form is ⟦A|flat 302 Sai Krupa Apts, 5th cross, Indiranagar 2nd stage, Bangalore 560038⟧""",
    )
    r(
        "es_MX",
        "landlord_msg",
        """ayúdame a redactar mejor este mensaje para mi inquilino

Sr. ⟦P|Ortega⟧ buenas tardes. Le recuerdo que el depósito del mes de noviembre (⟦o:AMT|$9,500⟧) no se ha visto reflejado en mi cuenta CLABE ⟦BBAN|012180001548273946⟧ a nombre de ⟦P|Guadalupe Sánchez Treviño⟧. El departamento es el de ⟦A|Av. Insurgentes Sur 1605 int 4B, Col. San José Insurgentes, Benito Juárez, CDMX 03900⟧. Si tiene algún problema márqueme al ⟦PH|55 4418 2290⟧.""",
    )
    r(
        "en_AU",
        "landlord_msg",
        """reword this as a formal breach notice please

To: ⟦P|Jaxon Reid⟧ and ⟦P|Kiara Watts⟧
Property: ⟦A|14 Kookaburra Way, Ellenbrook WA 6069⟧
Lease start: ⟦o:D|01/02/2025⟧

youve had a dog at the property since october, lease says no pets. neighbours at number 16 complained about barking. you have 14 days to remove it or fix it. Rent is also 2 wks behind (⟦o:AMT|$1,160⟧).
- ⟦P|Raelene Fitzsimmons⟧ (owner), ⟦PH|0438 772 019⟧""",
    )
    r(
        "de_DE",
        "landlord_msg",
        """Bitte formuliere das höflicher, geht an die Hausverwaltung

Sehr geehrte Damen und Herren,
seit ⟦o:D|4 Wochen⟧ ist die Heizung in meiner Wohnung kaputt!! ⟦A|Sonnenallee 221, Hinterhaus 2. OG rechts, 12059 Berlin⟧, Mieternummer ⟦o:ROW|0448-1127⟧. Ich habe schon dreimal angerufen. Ich werde die Miete ab Dezember um ⟦o:PCT|20 %⟧ mindern. Rückruf bitte unter ⟦PH|0176 / 4418 2730⟧.
MfG ⟦P|Aylin Demir⟧""",
    )
    r(
        "en_NG",
        "school_msg",
        """pls help me rewrite this message to my son's class teacher, make it respectful

Good evening Mrs ⟦P|Adebayo⟧, I am the mother of ⟦P|Oluwaseun Bakare⟧ in JSS2B. He was sick with malaria since ⟦o:D|Monday⟧ and was treated at Lagoon Hospital (card no ⟦MRN|LH/IKJ/20417⟧). He will resume tomorrow. Please excuse him for the missed CA test. My number is ⟦PH|0809 441 2237⟧.
Mrs ⟦P|Funmilayo Bakare⟧""",
    )
    r(
        "en_US",
        "school_msg",
        """can you make this email to my kid's principal shorter

Dear Principal ⟦P|Gutierrez⟧,
My son ⟦P|Mateo Alvarez⟧ (grade 4, student ID ⟦o:ROW|2031847⟧) was pushed on the playground on ⟦o:D|Thursday 11/6⟧ and hit his head. We took him to urgent care and his MRN at Kaiser is ⟦MRN|000118472930⟧. I would like to meet with you and his teacher Ms. ⟦P|Park⟧. My cell is ⟦PH|(619) 555-0148⟧ and I live at ⟦A|3412 Ocean View Blvd, San Diego CA 92113⟧.
Thank you,
⟦P|Rosa Alvarez⟧""",
    )
    r(
        "ja_JP",
        "school_msg",
        """この保護者へのお知らせ文を、もっと丁寧な日本語に直してください。

3年2組 保護者の皆様
来週⟦o:D|11月21日（金）⟧の遠足について。集合は⟦o:T|8時10分⟧、校庭です。欠席の場合は担任の⟦P|鈴木⟧まで連絡ください（学校 ⟦PH|03-3714-2281⟧）。
※ ⟦P|田中 陽翔⟧くんの保護者の方、緊急連絡先が未提出です。""",
    )
    r(
        "ko_KR",
        "school_msg",
        """학부모 단톡방에 올릴 공지인데 자연스럽게 다듬어줘

안녕하세요 5학년 3반 반대표 ⟦P|최수진⟧입니다. 이번 주 금요일 ⟦o:D|11/21⟧ 현장체험학습 비용 ⟦o:AMT|25,000원⟧은 ⟦BBAN|농협 352-1184-2271-03⟧ (예금주 ⟦P|최수진⟧)으로 보내주세요. 문의는 ⟦PH|010-5518-2047⟧로 부탁드려요.""",
    )
    r(
        "en_PH",
        "hr_msg",
        """make this memo more formal pls, hr needs it today

TO: ⟦P|Rodel Villanueva⟧, Emp # 10488
FROM: HR
RE: AWOL

You have been absent w/o leave since ⟦o:D|Nov 3⟧. We tried calling you at ⟦PH|0918 440 7712⟧ and sent a letter to your address ⟦A|#27 Sampaguita St., Brgy. Malanday, Marikina City⟧. Please report to HR within 48 hrs otherwise we will process your termination. Your final pay will be credited to BDO acct ⟦BBAN|0048 2173 9011⟧.""",
    )
    r(
        "en_CA",
        "hr_msg",
        """Rewrite this reference request email, it's too long

Hi ⟦P|Harpreet⟧,
I'm putting together the reference check for ⟦P|Daniel Kowalczuk⟧ who applied for our Site Supervisor role (req ⟦o:TKT|REQ-8841⟧). He listed you as his supervisor at Ledcor from ⟦o:D|2019⟧ to ⟦o:D|2023⟧. Could you call me at ⟦PH|780-555-0132 x 4471⟧ or reply with a good time? His SIN ⟦NID@ca.sin|146 281 738⟧ was sent over by mistake in the application, please ignore/delete that attachment.
Thanks,
⟦P|Morgan Beaulieu⟧, HR Advisor""",
    )
    r(
        "nl_BE",
        "hr_msg",
        """Kan je deze mail herschrijven in correct Nederlands? Is voor de loonadministratie

Beste,
Vanaf ⟦o:D|1 december⟧ werk ik 4/5. Mijn gegevens:
⟦P|Pieter Van den Broeck⟧
rijksregisternummer ⟦NID@be.nn|85.07.30-183.72⟧
nieuwe rekening ⟦IBAN|BE33 7350 4129 8746⟧
adres blijft ⟦A|Kortrijksesteenweg 1041 bus 3, 9051 Gent⟧
Alvast bedankt
⟦P|Pieter⟧""",
    )
    r(
        "tr_TR",
        "hr_msg",
        """bu istifa dilekçesini daha resmi yazar mısın

İnsan Kaynakları Müdürlüğüne,
⟦o:D|01.12.2025⟧ tarihi itibariyle işten ayrılmak istiyorum. Kıdem tazminatımın ⟦IBAN|TR86 0006 2000 1190 0006 2984 37⟧ hesabıma yatırılmasını talep ederim.
Ad Soyad: ⟦P|Gülşen Arslan⟧
Sicil no: 44821
Adres: ⟦A|Kızılay Mah. Atatürk Bulvarı No:131/7 Çankaya Ankara⟧""",
    )
    r(
        "sv_SE",
        "hr_msg",
        """Skriv om detta till ett vänligt mejl till personalen

Hej alla!
⟦P|Ingrid Håkansson⟧ går i pension ⟦o:D|fredag 28/11⟧. Vi samlar in till en present, swisha ⟦PH|073-118 42 90⟧ (⟦P|Maja⟧) senast onsdag. Fest på Pelikan ⟦o:T|17.30⟧, anmälan till ⟦E|maja.berglund@lundakommun.se⟧.""",
    )
    # ---- translate this ----
    r(
        "pl_PL",
        "translate",
        """przetłumacz na angielski, to list do ambasady

Szanowni Państwo,
Ja, niżej podpisana ⟦P|Magdalena Zając⟧, urodzona ⟦DOB|17 maja 1992⟧ w ⟦L|Lublinie⟧, zamieszkała ⟦A|ul. Narutowicza 18/4, 20-016 Lublin⟧, legitymująca się paszportem nr ⟦PP|EK 4418273⟧, proszę o wydanie wizy dla mojego narzeczonego ⟦P|Adewale Ogunbiyi⟧ (paszport nigeryjski ⟦PP|B04418827⟧).
Z poważaniem""",
    )
    r(
        "ro_RO",
        "translate",
        """traduce in engleza te rog, e pentru dosarul de la universitate

ADEVERINȚĂ
Se adeverește prin prezenta că ⟦P|Andrei-Mihai Stoica⟧, născut la data de ⟦DOB|8 decembrie 1996⟧ în ⟦L|Brașov⟧, CNP ⟦NID@ro.cnp|2790812400676⟧, domiciliat în ⟦A|Brașov, str. Lungă nr. 112, ap. 4⟧, este angajatul societății noastre din ⟦o:D|2020⟧.
Director, ⟦P|Cristina Munteanu⟧""",
    )
    r(
        "ar_SA",
        "translate",
        """translate to english pls

السلام عليكم
أنا ⟦P|فهد بن سعود العتيبي⟧، رقم الهوية ⟦NID|1048273911⟧، أسكن في ⟦A|حي الملقا، شارع أنس بن مالك، الرياض 13524⟧. أرجو إصدار شهادة راتب لتقديمها للبنك. رقم جوالي ⟦PH|0504418273⟧.
وشكراً""",
    )
    r(
        "es_AR",
        "translate",
        """traducime esto al inglés, es para mandar a la escuela de mi hija en Canadá

A quien corresponda:
Por medio de la presente autorizo a mi hija ⟦P|Camila Sosa⟧, DNI ⟦NID|48.213.770⟧, nacida el ⟦DOB|03/06/2011⟧, a viajar con su tía ⟦P|Verónica Sosa⟧ (pasaporte ⟦PP|AAE118273⟧).
Firma: ⟦P|Gustavo Sosa⟧, domicilio ⟦A|Bv. Oroño 1427 4°A, Rosario, Santa Fe⟧, tel ⟦PH|0341 15-448-2273⟧""",
    )
    r(
        "ja_JP",
        "translate",
        """英語に翻訳してください。ビザ申請用の身元保証書です。

身元保証書
保証人: ⟦P|渡辺 直樹⟧
住所: ⟦A|東京都世田谷区三軒茶屋2丁目14番8号 メゾン三茶301⟧
生年月日: ⟦DOB|昭和58年4月12日⟧
電話: ⟦PH|090 1184 2273⟧
被保証人: ⟦P|NGUYEN VAN MINH⟧ (旅券番号 ⟦PP|C7418827⟧)""",
    )
    r(
        "id_ID",
        "translate",
        """terjemahin ke bahasa inggris ya, buat surat keterangan kerja

SURAT KETERANGAN
Yang bertanda tangan di bawah ini menerangkan bahwa:
Nama : ⟦P|Dwi Handayani Putri⟧
Tempat/Tgl Lahir : ⟦L|Semarang⟧, ⟦DOB|21 April 1993⟧
Alamat : ⟦A|Jl. Pandanaran II No. 14, Semarang 50241⟧
adalah benar karyawan PT Sinar Jaya Abadi sejak ⟦o:D|Maret 2018⟧.
NPWP: ⟦TAX|09.254.294.3-407.000⟧""",
    )
    r(
        "el_GR",
        "translate",
        """translate to english, its a note from our landlord in greece

Αγαπητέ κ. ⟦P|Schneider⟧,
το ενοίκιο του Δεκεμβρίου (⟦o:AMT|650 €⟧) να κατατεθεί στον λογαριασμό ⟦IBAN|GR16 0110 1250 0000 0001 2300 695⟧ στο όνομα ⟦P|Γεώργιος Νικολαΐδης⟧. Ο τεχνικός θα έρθει στο διαμέρισμα (⟦A|Ερμού 48, 3ος όροφος, 546 24 Θεσσαλονίκη⟧) την Τρίτη ⟦o:T|10:00⟧.
Τηλ. ⟦PH|6944 118 273⟧""",
    )
    r(
        "cs_CZ",
        "translate",
        """Přelož do angličtiny, je to plná moc

PLNÁ MOC
Já, ⟦P|Martin Horák⟧, nar. ⟦DOB|15. 12. 1990⟧, r.č. ⟦NID@cz.rc|9062150273⟧, bytem ⟦A|Cejl 484/12, 602 00 Brno⟧, zmocňuji ⟦P|Lucii Horákovou⟧, nar. ⟦DOB|10.11.1973⟧, k vyzvednutí zásilky č. ⟦o:TRK|DR0448217734CZ⟧ na poště.""",
    )
    r(
        "fr_BE",
        "translate",
        """Can you translate this letter from my daughter's school in Brussels into English?

Madame ⟦P|Adeyemi⟧,
Votre fille ⟦P|Tolu⟧ (née le ⟦DOB|02/09/2016⟧) est inscrite en 4e primaire pour l'année ⟦o:D|2025-2026⟧. Merci de verser les frais de garderie (⟦o:AMT|85 €⟧) sur le compte ⟦IBAN|BE33735041298746⟧ avec la communication structurée ⟦o:REQ|+++090/9337/55493+++⟧.
Secrétariat - École communale n°7, Schaerbeek""",
    )
    r(
        "de_CH",
        "translate",
        """Bitte auf Englisch übersetzen, für meinen neuen Arbeitgeber in London

Bestätigung AHV
Frau ⟦P|Sabrina Keller-Gasser⟧, geb. ⟦DOB|30.01.1988⟧, AHV-Nr. ⟦NID@ch.ssn|756.9217.0769.85⟧, wohnhaft ⟦A|Bahnhofstrasse 12a, 6003 Luzern⟧, war vom ⟦o:D|01.03.2015⟧ bis ⟦o:D|31.10.2025⟧ bei uns angestellt.""",
    )
    r(
        "vi_VN",
        "translate",
        """dịch sang tiếng anh giúp mình, thư gửi bệnh viện

Kính gửi Bệnh viện Chợ Rẫy,
Tôi là ⟦P|Phạm Quốc Bảo⟧, sinh ngày ⟦DOB|14/07/1979⟧, mã bệnh nhân ⟦MRN|BN-2024-0884127⟧, số thẻ BHYT ⟦HPN|DN4797918273412⟧. Tôi muốn xin bản sao hồ sơ bệnh án để mang sang Singapore điều trị.
Địa chỉ: ⟦A|112 Lý Thường Kiệt, P.7, Q.Tân Bình, TP.HCM⟧""",
    )
    # ---- OCR'd screenshots with broken wrapping ----
    r(
        "en_US",
        "ocr_screenshot",
        """I took a screenshot of my tax form, can you read it and tell me what box 1 means

Form W-2 Wage and Tax Statement ⟦o:D|2024⟧
a Employee's social security number ⟦SSN~line_break|512-34-
8761⟧
b Employer identification number (EIN) 84-1837264
c Employer's name, address Sunbelt Home Health LLC
e Employee's first name and initial Last name ⟦P|DEVONTE R
WASHINGTON⟧
f Employee's address ⟦A|1187 MLK Jr Blvd Apt 4
Memphis TN 38106⟧
1 Wages, tips ⟦o:AMT|41,882.16⟧ 2 Federal income tax withheld ⟦o:AMT|3,914.20⟧""",
    )
    r(
        "en_IN",
        "ocr_screenshot",
        """ocr from my aadhaar card photo, pls check if my address is correct in it

Government of India
⟦P|Lakshmi Narayanan⟧
DOB: ⟦DOB|11/04/1982⟧
FEMALE
⟦NID@in_.aadhaar|5821 4907 7368⟧
Address: W/O ⟦P|K Narayanan⟧, ⟦A|Door No 14/3, Pillaiyar
Koil Street, Mylapore,
Chennai, Tamil Nadu
600004⟧
VID : ⟦NID|9184 2273 4410 8872⟧""",
    )
    r(
        "en_PH",
        "ocr_screenshot",
        """pakibasa yung screenshot ng gcash receipt ko (ocr), tama ba yung pinadalhan ko

GCash
Sent via GCash
JO***A M. R.
+63 917 ••• ••12
Amount ⟦o:AMT|5,000.00⟧
Ref No. ⟦o:REQ|4018 827 734412⟧
⟦o:D|Nov 14, 2025⟧ ⟦o:T|7:42 PM⟧""",
    )
    r(
        "ko_KR",
        "ocr_screenshot",
        """OCR로 뽑은 건데 운전면허증 정보 맞게 나왔는지 봐줘

자동차운전면허증
⟦DL~line_break|11-18-
447283-60⟧
⟦P|정 하 윤⟧
⟦NID@kr.rrn|891103-1257317⟧
⟦A|서울 강남구 테헤란로 152
(역삼동) 강남파이낸스센터⟧
적성검사기간 ⟦o:D|2031.01.01⟧~⟦o:D|2031.12.31⟧""",
    )
    r(
        "en_US",
        "ocr_screenshot",
        """ocr of my insurance card, which number do i give the pharmacy?

BlueCross BlueShield of Texas
Member Name
⟦P|ANGELICA M
TORRES⟧
Member ID ⟦HPN|XZH 8841 2273 01⟧
Group No. 118472
RxBIN 004336  RxPCN ADV  RxGRP RX4471
PCP Dr ⟦P|Anil Batra⟧ ⟦PH|(713) 555-0172⟧
Plan: ⟦o:PROD|Blue Advantage HMO⟧""",
    )
    r(
        "en_NG",
        "ocr_screenshot",
        """i scanned my international passport data page, is the mrz line readable?

FEDERAL REPUBLIC OF NIGERIA
Passport No. ⟦PP|A11827734⟧
Surname ⟦P|OLATUNJI⟧
Given names ⟦P|ADEBOLA GRACE⟧
Date of birth ⟦DOB|09 JUN /JUIN 88⟧
Place of birth ⟦L|IBADAN⟧
P<NGA⟦P|OLATUNJI<<ADEBOLA<GRACE⟧<<<<<<<<<<<<<<<<
⟦PP|A11827734⟧0NGA⟦DOB|880609⟧1F3011146<<<<<<<<<<<<<<02""",
    )
    r(
        "es_MX",
        "ocr_screenshot",
        """le saqué foto a mi INE y la pasé por OCR, me dices qué es cada dato

INSTITUTO NACIONAL ELECTORAL
NOMBRE ⟦P|MARTÍNEZ
OCHOA
DIANA LAURA⟧
DOMICILIO ⟦A|C MIGUEL HIDALGO 227
COL BARRIO DE SANTIAGO 52140
METEPEC, MEX.⟧
CLAVE DE ELECTOR ⟦NID|MRODDN94031215M400⟧
FECHA DE NACIMIENTO ⟦DOB|12/03/1994⟧
SECCIÓN 4471 VIGENCIA ⟦o:D|2033⟧""",
    )
    r(
        "en_GB",
        "ocr_screenshot",
        """Read this photo of my payslip please, why is my tax so high

PAYSLIP  Period 07  Pay date ⟦o:D|31/10/2025⟧
Employee Mr ⟦P|O. Adeyinka⟧ Emp No 40217
NI Number ⟦NID|SN 71 48 22 B⟧  Tax code ⟦o:ERR|0T M1⟧
Basic ⟦o:AMT|2,916.67⟧  PAYE ⟦o:AMT|612.40⟧  NI ⟦o:AMT|157.33⟧
Paid to ⟦a:BC|40-11-62⟧ ⟦BBAN|7148 2201⟧""",
    )
    # ---- US support chats (ssn, cards, dl) ----
    r(
        "en_US",
        "bank_chat",
        """Chase chat assistant
You: someone opened a credit card in my name
Assistant: I'm sorry. To look into this, please verify your identity. What's your full Social Security number?
You: ⟦SSN|231 66 0499⟧
Assistant: Thank you ⟦P|Brittany⟧. I see an application from ⟦o:D|10/29/2025⟧ with the address ⟦A|4410 W Colfax Ave #212, Denver, CO 80204⟧. Is that yours?
You: no!! i live at ⟦A|908 Elm St, Boulder CO 80302⟧. and my dob is ⟦DOB|5/22/91⟧ not whatever they put
Assistant: I've flagged the application as fraud, case ⟦o:TKT|FRD-3318827⟧.""",
    )
    r(
        "en_US",
        "form_fill",
        """can u fill out this rental application for me

applicant ⟦P|tyler brooks⟧
ssn ⟦SSN~spelled_out|six two three one one seven eight four five⟧
dob ⟦DOB|11-30-1994⟧
current address ⟦A|55 Maple Ave unit 3B Hartford CT 06106⟧ (2 yrs)
employer Aetna, ⟦o:AMT|$72k⟧/yr
drivers lic CT ⟦DL|183049227⟧
ref: landlord ⟦P|Carol Mendes⟧ ⟦PH|860 555 0119⟧
pet: 1 cat""",
    )
    r(
        "en_US",
        "insurance_chat",
        """UnitedHealthcare chat
Me: my claim got denied for my MRI
Bot: I can help. Please enter your member ID and date of birth.
Me: ⟦HPN|961847220-01⟧ ⟦DOB|03/14/1978⟧
Bot: Thanks ⟦P|Gregory⟧. Claim ⟦o:TKT|2025MR0048217⟧ was denied: prior authorization missing (code ⟦o:ERR|CO-197⟧). Ordering provider: Dr. ⟦P|Emily Zhao⟧.
Me: my ssn is ⟦SSN|287-65-4309⟧ if you need it for the appeal""",
    )
    r(
        "en_US",
        "gov_chat",
        """DMV virtual assistant (California)
You: how do i renew my license online, my license is ⟦DL|D4418273⟧
Assistant: You can renew online if your license expires within 90 days. Please confirm your date of birth and last 4 of SSN.
You: ⟦DOB|april 2 1969⟧ and full ssn ⟦SSN|044502278⟧
Assistant: Only the last 4 digits are needed. Renewal fee is ⟦o:AMT|$45⟧. Your new license will be mailed to ⟦A|2719 Fulton St, Sacramento, CA 95821⟧.""",
    )
    r(
        "en_US",
        "email_summarize",
        """Please summarize and draft a reply to this vendor onboarding email

From: ⟦P|Kristen Alvarado⟧ <⟦E|kalvarado@lonestarsupply.com⟧>
To: accounts payable
Date: ⟦o:D|Nov 4, 2025⟧

We're setting up ⟦P|Hector Ruiz⟧ as a 1099 contractor. His details:
SSN ⟦SSN|532.19.8876⟧
Address ⟦A|PO Box 1187, Laredo TX 78042⟧
Bank: routing ⟦a:BC|111000614⟧, acct ⟦BBAN|4400187732⟧
He'll invoice monthly, first invoice ⟦o:INV|HR-0001⟧ for ⟦o:AMT|$3,200⟧.""",
    )
    r(
        "en_US",
        "telecom_chat",
        """T-Mobile chat
You: i want to add a line for my son
Agent ⟦P|Darnell⟧: Happy to help! For a credit check I need the account holder's SSN.
You: ⟦SSN|346-20-1777⟧, its under my name ⟦P|Yolanda Pierce⟧
Agent ⟦P|Darnell⟧: Thanks ⟦P|Yolanda⟧. The new line ⟦PH|(470) 555-0139⟧ will be active once the SIM ships, tracking ⟦o:TRK|1Z999AA10123456784⟧.
You: charge the activation to ⟦CC|4532 0187 4639 2100⟧""",
    )
    r(
        "en_US",
        "cv_grammar",
        """fix the formatting of my resume header, it looks weird

⟦P|ANTHONY "TONY" DIMARCO⟧ ⟦A|17 Garfield Pl, Brooklyn NY 11215⟧ | ⟦PH|347.555.0198⟧ | ⟦E~at_dot|tony dot dimarco at gmail dot com⟧
linkedin.com/in/tonydimarco

OBJECTIVE: line cook → sous chef""",
    )
    r(
        "en_US",
        "airline_chat",
        """Delta chat
You: I need to add my known traveler number to trip ⟦o:TKT|GQ7H2L⟧
Assistant: Sure. Please provide the Known Traveler Number and passenger name.
You: ⟦PP|TT4418273⟧ for ⟦P|Samuel Okafor⟧. also pay the seat upgrade with amex ⟦CC|3714 496353 98431⟧
Assistant: KTN added. Upgrade to Comfort+ on ⟦o:FLT|DL 1184⟧ charged ⟦o:AMT|$89⟧.""",
    )
    r(
        "en_US",
        "form_fill",
        """help me fill the pediatric intake form

patient ⟦P|Aria Chen-Patel⟧ dob ⟦DOB|2019-08-27⟧
parent ⟦P|Vikram Patel⟧ ⟦PH|(206) 555-0177⟧
parent ⟦P|Linda Chen⟧ ⟦PH|206.555.0161⟧
address ⟦A|8120 Greenwood Ave N Seattle WA 98103⟧
insurance Premera ⟦HPN|PRM4418827301⟧
child's previous MRN at Seattle Children's ⟦MRN|02-184-773⟧
guarantor ssn ⟦SSN|180-55-8230⟧""",
    )
    r(
        "en_US",
        "landlord_msg",
        """rewrite so it sounds professional, it's a 3 day notice

To ⟦P|Jamal Hendricks⟧ and all occupants of ⟦A|1402 S Wabash Ave Apt 9C Chicago IL 60605⟧:
You owe ⟦o:AMT|$2,150⟧ rent for November. Pay in full within 3 days or vacate. Payments can be made by Zelle to ⟦E|mgmt@wabashlofts.com⟧ or by check to Wabash Lofts LLC.
- ⟦P|Ilse Morgenstern⟧, property manager, ⟦PH|312-555-0104⟧""",
    )
    r(
        "en_US",
        "hr_msg",
        """make this sound warmer, it's a welcome email to a new hire

Hi ⟦P|Priyanka⟧,
Welcome aboard! Your start date is ⟦o:D|Monday Dec 1⟧. Please bring two forms of ID for the I-9 (we have your SSN as ⟦SSN|719-03-4562⟧, let us know if that's wrong). Your laptop will be shipped to ⟦A|2291 Pinecrest Dr, Austin TX 78757⟧, tracking ⟦o:TRK|9400 1118 9922 3344 5566 77⟧.
Temp password for Okta: ⟦S|Welcome!2025Dec⟧
- ⟦P|Becca⟧, People Ops""",
    )
    # ---- more mixed pastes: credentials, cards, locations, mutated values ----
    r(
        "en_IN",
        "stacktrace",
        """git push failing in jenkins, log:

+ git push ⟦UC|https://rakesh-ci:ghp_Qw8Er2Ty6Ui0Op4As1Df5Gh9Jk3Lz7Xc2Vb@github.com⟧/finserve-labs/loan-engine.git HEAD:release/⟦o:VER|4.2⟧
remote: Permission to finserve-labs/loan-engine.git denied to rakesh-ci.
fatal: unable to access 'https://github.com/finserve-labs/loan-engine.git/': The requested URL returned error: ⟦o:ERR|403⟧
Finished: FAILURE (build ⟦o:ROW|#1187⟧, commit ⟦o:SHA|e4c91b7f02a8d35e6c1f0b9a7d4e2c8f1a3b5d60⟧)""",
    )
    r(
        "pt_BR",
        "env_file",
        """meu celery não conecta no rabbit, olha a config

CELERY_BROKER_URL=⟦UC|amqp://filas:Tr1c0l0r2025@rabbit.interno.lojadojoao.com.br:5672⟧/prod
CACHE_URL=⟦UC|redis://:Pao.de.Queijo.88@10.12.0.9:6379⟧/1
SENTRY_DSN=https://4f8a1c2e9b7d@o448217.ingest.sentry.io/5518827
ADMIN_CONTACT=⟦E|joao.vitor.almeida@lojadojoao.com.br⟧""",
    )
    r(
        "ro_RO",
        "log_excerpt",
        """ce inseamna eroarea asta din filezilla?

Status:	Connecting to ⟦IP|89.38.114.201⟧:21...
Status:	Connection established, waiting for welcome message...
Command:	USER ⟦P|vlad.ionescu⟧
Command:	PASS ⟦S|Carpati#1989⟧
Response:	530 Login incorrect.
Error:	Critical error: Could not connect to server
(am incercat si cu ⟦UC|ftp://vlad.ionescu:Carpati1989@ftp.tipografia-ionescu.ro⟧ in browser, acelasi lucru)""",
    )
    r(
        "en_AU",
        "env_file",
        """why does prisma say authentication failed?

DATABASE_URL="⟦UC|mysql://bookings_rw:K00kaburra!Sunrise@db-prod.bondi-surfschool.com.au:3306⟧/bookings"
SHADOW_DATABASE_URL="mysql://root:root@localhost:3306/shadow"
prisma ⟦o:VER|5.22.0⟧""",
    )
    r(
        "de_DE",
        "curl",
        """Wie übersetze ich diesen Aufruf nach PowerShell?

curl "https://⟦UC|api_user:Zu9kL%21m2Xp@erp.schreinerei-maier.de⟧/api/kunden/⟦o:ROW|1187⟧" -H "Accept: application/json"
# Antwort enthält: {"name":"⟦P|Franz Xaver Maier⟧","ort":"⟦A|Dorfstraße 3, 83727 Schliersee⟧","telefon":"⟦PH|08026 / 92 18 44⟧"}""",
    )
    r(
        "ja_JP",
        "form_fill",
        """このメモの内容で、引っ越し業者の申込フォームを埋めてください

氏名 ⟦P|小林 さくら⟧
電話 ⟦PH~fullwidth|０８０－２２１８－４４７３⟧
旧住所 ⟦A|神奈川県横浜市港北区日吉本町1-22-5-203⟧
新住所 ⟦A|福岡県福岡市中央区大名2丁目6-11⟧
引越日 ⟦o:D|12月13日⟧ 午前希望
支払い カード ⟦CC~fullwidth|３５６６ ００２０ ２０６１ ７８１３⟧""",
    )
    r(
        "en_NG",
        "bank_chat",
        """Me: my opay account is restricted
OPay bot: Please provide your phone number linked to the account and your BVN for verification.
Me: ⟦PH~spelled_out|zero eight oh three, four one seven, two two nine oh⟧ and bvn ⟦NID~zero_width|2218​4730​916⟧
OPay bot: Thank you. Your account will be reviewed within 24hrs. Ref ⟦o:TKT|OP-RSTR-884127⟧.
Me: i am currently in ⟦L|Abuja⟧ for work, can i go to any office""",
    )
    r(
        "en_KE",
        "telecom_chat",
        """User: I want to reverse an mpesa i sent to wrong number
Zuri: Please share the M-PESA transaction code.
User: ⟦o:REQ|SKE4L8Q2ZP⟧ sent ⟦o:AMT|Ksh 3,500⟧ to ⟦PH~odd_separator|0712/448/273⟧ instead of ⟦PH|0712448237⟧
Zuri: The reversal request is submitted. The recipient ⟦P|GRACE WAMBUI⟧ will receive a message.
User: thanks. i live in ⟦L|Nakuru⟧ if i need to go to a shop""",
    )
    r(
        "en_US",
        "email_summarize",
        """summarize this, is it legit?

From: "Amazon Security" <account-update@amaz0n-verify.help>
To: ⟦E~url_encoded|jmcallister%40comcast.net⟧
Subject: Your account ⟦P|Jennifer McAllister⟧ is on hold

Dear customer we could not verify card ⟦CC|6011 0098 7612 3451⟧ on order ⟦o:ORD|112-4471827-3390182⟧. Confirm your billing address (⟦A|7 Birch Ln, Nashua NH 03062⟧) and password within 24 hrs.""",
    )
    r(
        "pl_PL",
        "form_fill",
        """wypełnij mi formularz zwrotu towaru, dane poniżej

imie nazwisko ⟦P|grzegorz wójcik⟧
adres ⟦A|os. Tysiąclecia 41/12 40-871 Katowice⟧
tel ⟦PH|600 118 447⟧
nr zamowienia ⟦o:ORD|ALG-2025-11-447128⟧ produkt ⟦o:PROD|Xiaomi Redmi Note 14⟧ ⟦o:SKU|RN14-8-256-BLK⟧
zwrot na konto ⟦IBAN~odd_separator|PL31-1090-1014-0000-0712-3456-7890⟧
NIP (firma) ⟦TAX@pl.nip|527-318-46-16⟧""",
    )
    r(
        "en_ZA",
        "insurance_chat",
        """Discovery chat
You: my car was stolen outside the mall in ⟦L|Sandton⟧ this afternoon
Assistant: I'm sorry to hear that. Please give your policy number, vehicle registration and the SAPS case number.
You: policy ⟦HPN|DI 4471 8827 01⟧, reg CA 118-447, case ⟦o:TKT|CAS 227/11/2025⟧
Assistant: Thank you ⟦P|Pieter⟧. Is the vehicle financed? If so, which bank?
You: Wesbank. my licence no ⟦DL|4018 0004 7T2L⟧ if needed""",
    )
    r(
        "en_CA",
        "gov_chat",
        """Service Ontario chatbot
Me: my driver's licence got stolen in my car in ⟦L|Mississauga⟧, how do i replace
Bot: You can replace it online. Please have your licence number and health card.
Me: licence ⟦DL|M2184-44731-90618⟧ health card ⟦HPN|4418-273-119-AK⟧
Bot: Thanks. Replacement fee ⟦o:AMT|$39.75⟧. It will be mailed to your address on file.""",
    )
    r(
        "tr_TR",
        "email_summarize",
        """bu maili özetle lütfen

Kimden: ⟦P|Burak Şahin⟧ <⟦E|burak.sahin@akdeniz-otel.com.tr⟧>
Tarih: ⟦o:D|10 Kasım 2025⟧
Konu: rezervasyon ⟦o:TKT|AK-44718⟧

Sayın ⟦P|Oksana Kovalenko⟧,
Rezervasyonunuzun garanti edilmesi için ⟦CC|5453 0127 6619 8341⟧ numaralı kartınızdan ⟦o:AMT|€420⟧ ön provizyon alındı. Misafirimiz şu anda ⟦L|Antalya⟧ Havalimanı'nda transfer bekliyorsa ⟦PH|0242 441 82 27⟧ numarasını arayabilir.""",
    )
    r(
        "en_IE",
        "landlord_msg",
        """make this text to my tenant less passive aggressive

hi ⟦P|tomasz⟧, just a reminder the rent (⟦o:AMT|€1,650⟧) is due on the 1st into ⟦IBAN|IE29 AIBK 9311 5212 3456 78⟧ not the old BOI one. also ⟦P|Siobhán⟧ next door said you were away in ⟦L|Gdańsk⟧ for 3 weeks and left the heating on full. ESB bill was ⟦o:AMT|€412⟧. thanks, ⟦P|Dermot⟧""",
    )
    r(
        "ar_EG",
        "bank_chat",
        """العميل: الكارت بتاعي اتسحب في الماكينة
المساعد الآلي (CIB): نأسف لذلك. من فضلك أرسل آخر 4 أرقام من الكارت ورقمك القومي.
العميل: ⟦NID|29801150104471⟧ والكارت كامل ⟦CC|4001 1572 3908 4659⟧
المساعد: لا تشارك رقم الكارت كامل. تم إيقاف الكارت. رقم الشكوى ⟦o:TKT|CIB-2025-771842⟧.
العميل: أنا في ⟦L|الإسكندرية⟧ دلوقتي، أستلم كارت جديد منين؟""",
    )
    r(
        "en_GB",
        "hr_msg",
        """Can you rewrite this absence note to be more professional

hi ⟦P|Sandra⟧, ⟦P|Kwame⟧ here. i wont be in this week, im stuck in ⟦L|Accra⟧ because my flight ⟦o:FLT|BA 078⟧ got cancelled. back on ⟦o:D|monday 24th⟧. you can reach me on ⟦PH|+233 24 418 2273⟧ or my personal email ⟦E~zero_width|kwame.asante​@outlook.com⟧""",
    )
    r(
        "hi_IN",
        "bank_chat",
        """SBI YONO chat
User: mera account freeze ho gaya hai
Bot: Kripya apna account number aur registered mobile number batayein.
User: account ⟦BBAN~spelled_out|three eight four one two nine oh seven seven two one⟧ mobile ⟦PH|98 11 44 82 73⟧
Bot: Dhanyavaad. Aapka account KYC pending hone ke kaaran freeze hai. Nearest branch: Lajpat Nagar. Aap abhi kahan hain?
User: main abhi ⟦L|Lucknow⟧ mein hoon, ghar ⟦A|B-44 Lajpat Nagar 2 New Delhi 110024⟧ hai""",
    )
    r(
        "sv_SE",
        "bank_chat",
        """Du: hej jag vill spärra mitt kort
Nordea-assistenten: Jag kan hjälpa dig. Ange ditt personnummer.
Du: ⟦NID@se.personnummer|840312-4574⟧
Assistenten: Tack. Vilket kort gäller det?
Du: ⟦CC~odd_separator|4532.0187.4639.2100⟧, jag tappade det på Centralen i ⟦L|Stockholm⟧ igår
Assistenten: Kortet är spärrat. Ärendenummer ⟦o:TKT|NS-20251115-4471⟧. Nytt kort skickas till folkbokföringsadressen.""",
    )
    r(
        "id_ID",
        "hr_msg",
        """tolong rapihin pengumuman ini buat grup WA kantor

Teman2, rekening buat sumbangan ke keluarga Pak ⟦P|Bambang Susilo⟧ yg berduka: BCA ⟦BBAN|4418 2730 19⟧ a.n. ⟦P|Ratna Dewi⟧. Alamat rumah duka ⟦A|Jl. Kaliurang KM 7,5 Gg. Pandega No. 12 Sleman Yogyakarta⟧. Bagi yang mau melayat besok kumpul di lobi jam ⟦o:T|13.00⟧. Info ⟦PH|+62 857-2918-4403⟧""",
    )
    # ---- pastes with look-alikes only (no personal data) ----
    r(
        "en_US",
        "stacktrace",
        """what does this mean? happens on every deploy

Error: Cannot find module '@aws-sdk/client-s3'
Require stack:
- /var/task/index.js
    at Module._resolveFilename (node:internal/modules/cjs/loader:⟦o:ROW|1225⟧:15)
RequestId: ⟦o:UUID|3e8f1a27-9c4b-4d52-b0e6-71a2c9d4f830⟧ Error Type: ⟦o:ERR|Runtime.ImportModuleError⟧
node ⟦o:VER|18.20.4⟧, commit ⟦o:SHA|7c2e9f41ab03⟧, deployed ⟦o:D|2025-11-14⟧ ⟦o:T|16:02 UTC⟧""",
    )
    r(
        "en_IN",
        "order_chat",
        """User: where is my order
Flipkart assistant: Please select the order. ⟦o:ORD|OD331847720194471000⟧ - ⟦o:PROD|boAt Rockerz 450⟧ ⟦o:AMT|₹1,299⟧
User: that one
Assistant: It's out for delivery today. Tracking ⟦o:TRK|FMPP2184477319⟧. Expected by ⟦o:T|9 PM⟧.""",
    )
    r(
        "ja_JP",
        "log_excerpt",
        """このエラーログの原因を教えて

⟦o:D|2025/11/15⟧ ⟦o:T|02:14:55.118⟧ [ERROR] OrderBatch - 受注 ⟦o:ORD|JP-20251115-004471⟧ の在庫引当に失敗 SKU=⟦o:SKU|TSH-NVY-L-0182⟧ 数量=⟦o:QTY|12⟧
java.sql.SQLTransientConnectionException: HikariPool-1 - Connection is not available, request timed out after ⟦o:QTY|30000ms⟧.
Spring Boot ⟦o:VER|3.3.5⟧ / HikariCP ⟦o:VER|5.1.0⟧""",
    )
    r(
        "de_DE",
        "airline_chat",
        """Lufthansa Chat
Sie: Ist ⟦o:FLT|LH 1172⟧ heute pünktlich?
Bot: ⟦o:FLT|LH 1172⟧ Frankfurt – Barcelona, geplant ⟦o:T|13:25⟧, voraussichtlich ⟦o:T|14:05⟧. Gate B44. Grund der Verspätung: späte Ankunft des Flugzeugs.
Sie: und der Anschluss?
Bot: Ihre Umsteigezeit beträgt ⟦o:QTY|55 Minuten⟧. Ticket ⟦o:TKT|220-4471827390⟧ bleibt gültig.""",
    )
    r(
        "pt_BR",
        "order_chat",
        """Cliente: o pedido ⟦o:ORD|1489227-0447⟧ veio errado, pedi ⟦o:QTY|2⟧ unidades do ⟦o:PROD|Air Fryer Mondial AFN-40⟧ e veio só uma
Assistente Magalu: Poxa! Já abri a solicitação ⟦o:TKT|SAC-88412773⟧. O reembolso de ⟦o:AMT|R$ 349,90⟧ cai em até ⟦o:QTY|10 dias úteis⟧.
Cliente: ok, nota fiscal ⟦o:INV|NF-e 000.184.477⟧""",
    )
    r(
        "ko_KR",
        "stacktrace",
        """파이썬에서 이 에러 왜 나?

Traceback (most recent call last):
  File "train.py", line ⟦o:ROW|142⟧, in <module>
    model.fit(x, y, epochs=⟦o:QTY|50⟧)
ValueError: Shapes (None, 10) and (None, 1) are incompatible
tensorflow ⟦o:VER|2.17.0⟧, CUDA ⟦o:VER|12.3⟧, 정확도 ⟦o:PCT|87.4%⟧에서 멈춤""",
    )
    r(
        "es_MX",
        "order_chat",
        """Usuario: mi paquete dice entregado pero no llegó nada
Asistente Mercado Libre: Lo siento. Tu compra ⟦o:ORD|2000008841277390⟧ fue enviada con guía ⟦o:TRK|MEL44182773MX⟧ el ⟦o:D|11 de noviembre⟧. Abrí el reclamo ⟦o:TKT|RCL-5118827⟧.
Usuario: y cuánto tardan
Asistente: Respuesta en máximo ⟦o:QTY|48 horas⟧.""",
    )
    r(
        "tr_TR",
        "log_excerpt",
        """bu kubernetes olayları ne anlatıyor?

LAST SEEN   TYPE      REASON             OBJECT                          MESSAGE
⟦o:QTY|2m⟧  Warning   BackOff            pod/odeme-api-7d9c8b-x2kq4      Back-off restarting failed container
3m          Warning   FailedScheduling   pod/rapor-worker-55f6-lm8vt     0/⟦o:QTY|6⟧ nodes are available: insufficient memory
image: registry.local/odeme-api:⟦o:VER|v2.8.1-rc3⟧ sha256:⟦o:SHA|9a1f44c27be0d83e5f6a⟧""",
    )
    r(
        "en_AU",
        "telecom_chat",
        """You: is there an outage in my area? nbn keeps dropping
Telstra 24x7: There is a known outage affecting some services, incident ⟦o:TKT|INC000044718273⟧, estimated fix ⟦o:T|6pm AEDT⟧.
You: ok. modem says error ⟦o:ERR|LOS 0x1B⟧
Telstra 24x7: That matches the outage. Your modem ⟦o:PROD|Telstra Smart Modem 3⟧ firmware ⟦o:VER|0.18.04⟧ is up to date.""",
    )
    r(
        "pl_PL",
        "curl",
        """czemu dostaję 429?

curl -s "https://api.nbp.pl/api/exchangerates/rates/a/eur/⟦o:D|2025-11-14⟧/?format=json"
HTTP/1.1 429 Too Many Requests
Retry-After: 60
X-Request-Id: ⟦o:REQ|a4f7c2e1-88d0-4b19⟧
kurs wczoraj ⟦o:AMT|4,2381 PLN⟧""",
    )
    r(
        "en_NG",
        "order_chat",
        """Me: jumia order ⟦o:ORD|318847729⟧ still not delivered, its been ⟦o:QTY|9 days⟧
Jumia bot: Your package ⟦o:TRK|JMNG-4471-8827-19⟧ is at the Ikeja hub. It will be delivered within ⟦o:QTY|2⟧ business days. Amount paid ⟦o:AMT|₦48,500⟧.""",
    )
    r(
        "vi_VN",
        "stacktrace",
        """lỗi build flutter ios, sửa sao?

Error (Xcode): Framework 'Pods_Runner' not found
Could not build the application for the simulator.
Error launching application on iPhone 16 Pro.
Xcode ⟦o:VER|16.1⟧, CocoaPods ⟦o:VER|1.16.2⟧, exit code ⟦o:ERR|65⟧, thời gian ⟦o:T|14:22⟧""",
    )
    r(
        "fr_CH",
        "insurance_chat",
        """Vous: est-ce que les lunettes sont remboursées?
Assistant CSS: Avec l'assurance complémentaire ⟦o:PROD|myFlex Balance⟧, nous remboursons ⟦o:PCT|90 %⟧ jusqu'à ⟦o:AMT|CHF 150⟧ tous les ⟦o:QTY|3 ans⟧.
Vous: et la franchise?
Assistant CSS: La franchise de ⟦o:AMT|CHF 300⟧ s'applique uniquement à l'assurance de base. Formulaire ⟦o:SKU|F-2025-OPT⟧.""",
    )
    r(
        "en_PH",
        "gov_chat",
        """User: how much is the passport fee now
DFA bot: Regular processing: ⟦o:AMT|PHP 950⟧ (⟦o:QTY|12 working days⟧). Expedited: ⟦o:AMT|PHP 1,200⟧ (⟦o:QTY|6 working days⟧). Appointments open every ⟦o:D|Monday⟧ at ⟦o:T|12:00 NN⟧.
User: ok thanks, advisory no ⟦o:TKT|DFA-ADV-2025-118⟧ right?""",
    )
    r(
        "cs_CZ",
        "log_excerpt",
        """Co znamená tahle chyba z eshopu?

[⟦o:D|2025-11-13⟧ ⟦o:T|21:44:07⟧] production.ERROR: Payment gateway timeout {"order":"⟦o:ORD|CZ-2025-0044718⟧","amount":"⟦o:AMT|1 899 Kč⟧","gateway":"GoPay","attempt":⟦o:QTY|3⟧,"trace_id":"⟦o:REQ|7f3a9c21e84b⟧"}
[⟦o:D|2025-11-13⟧ 21:44:08] production.INFO: retry scheduled in ⟦o:QTY|120 s⟧""",
    )
    r(
        "ar_SA",
        "airline_chat",
        """User: what's the baggage allowance on flynas economy?
Assistant: On ⟦o:FLT|XY 317⟧ Riyadh–Dubai, the Light fare includes ⟦o:QTY|7 kg⟧ cabin only. Extra checked bag ⟦o:QTY|20 kg⟧ costs ⟦o:AMT|SAR 145⟧ online.
User: booking ⟦o:TKT|FN8K2Q⟧, is that light?
Assistant: Yes, ⟦o:TKT|FN8K2Q⟧ is a Light fare.""",
    )
    # ---- a few extra ----
    r(
        "en_IN",
        "insurance_chat",
        """Acko bot
User: renew my car insurance
Bot: Sure! Enter your vehicle registration number.
User: MH12 KT 4471
Bot: Found it: ⟦o:PROD|Hyundai Creta SX 1.5⟧, policy expiring ⟦o:D|18 Nov 2025⟧. Premium ⟦o:AMT|₹14,882⟧. Confirm owner details?
User: owner ⟦P|Sachin Deshpande⟧, dl no ⟦DL|MH12 20110048273⟧, address ⟦A|Flat 7 Sukhwani Paradise, Aundh, Pune 411007⟧
Bot: Done ✅ Policy ⟦o:TKT|ACKO-MTR-0044718273⟧ issued.""",
    )
    r(
        "ja_JP",
        "form_fill",
        """レンタカーの予約フォーム、これで埋めておいて

氏名：⟦P|中村 拓海⟧（ナカムラ タクミ）
生年月日：⟦DOB|1991年7月3日⟧
免許証番号：第⟦DL|4418 2730 9118⟧号
住所：⟦A|愛知県名古屋市千種区今池1-8-12⟧
電話：⟦PH|052 741 8827⟧
貸出：⟦o:D|12/27⟧ ⟦o:T|10:00⟧ 名古屋駅前店、車種 ⟦o:PROD|トヨタ ヤリス⟧""",
    )
    r(
        "es_CO",
        "bank_chat",
        """Usuario: buenas, me llegó un mensaje de que mi cuenta fue bloqueada
Tobi (Bancolombia): Hola! Para ayudarte necesito tu número de cédula.
Usuario: ⟦NID~spelled_out|uno cero uno ocho cuatro cuatro siete dos dos siete⟧ jaja perdón, ⟦NID|1.018.447.227⟧
Tobi: Gracias ⟦P|Andrés⟧. Tu cuenta de ahorros ⟦BBAN|447-182730-91⟧ está bloqueada por intentos fallidos de clave. Ve a una sucursal con tu documento.
Usuario: estoy en ⟦L|Medellín⟧, en el Poblado""",
    )


load(r)


def main():
    rows = []
    for i, (loc, sty, src) in enumerate(R):
        text, spans = parse(src)
        rec = {
            "id": f"h8a-{i:05d}",
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
    with open("heldout8a.jsonl", "w", encoding="utf-8") as f:
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
