#!/usr/bin/env python3
"""Build heldout7a.jsonl from hand-written records with inline markup.
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
    # ---- WhatsApp / Telegram style threads ----
    r(
        "en_IN",
        "whatsapp",
        "[⟦o:D|12/03/24⟧, ⟦o:T|9:41 pm⟧] ⟦P|Priya⟧ Didi: bhai kal ka pickup confirm hai na? address bhej raha hu dobara\n[⟦o:D|12/03/24⟧, ⟦o:T|9:42 pm⟧] ⟦P|Rohit⟧: haan didi send karo\n[⟦o:D|12/03/24⟧, ⟦o:T|9:44 pm⟧] ⟦P|Priya⟧ Didi: ⟦A|flat 302 sai krupa apts 14th cross malleshwaram bangalore 560003⟧ .. watchman ko bolna ⟦P|priya sharma⟧ ke yaha aaye ho. mera naya no ⟦PH|98450 23817⟧",
    )
    r(
        "en_NG",
        "whatsapp",
        "[⟦o:T|08:15⟧] ⟦P|Chidi⟧: Abeg who get ⟦P|Tunde⟧ number? the one wey dey sell generator\n[⟦o:T|08:17⟧] ⟦P|Ngozi Okafor⟧: na ⟦PH|0803 412 7765⟧ . Tell am say na ⟦P|Ngozi⟧ send you\n[⟦o:T|08:17⟧] ⟦P|Chidi⟧: tanks. him shop still dey ⟦A|23 Ogunlana Drive Surulere⟧?\n[⟦o:T|08:20⟧] ⟦P|Ngozi Okafor⟧: yes o. price na ⟦o:AMT|₦450,000⟧ for the ⟦o:PROD|Elepaq 3.5kva⟧",
    )
    r(
        "es_MX",
        "whatsapp",
        "[⟦o:D|3/5/24⟧ ⟦o:T|18:02⟧] Tía ⟦P|Lupe⟧: mijo ya te mandé la dirección pa la posada\n[⟦o:D|3/5/24⟧ ⟦o:T|18:02⟧] Tía ⟦P|Lupe⟧: ⟦A|calle Jacarandas 118 int 4 col. del Valle⟧ cp ⟦a:PC|03100⟧ cdmx\n[⟦o:D|3/5/24⟧ ⟦o:T|18:05⟧] ⟦P|Beto⟧: ok tía, y su cel nuevo?\n[⟦o:D|3/5/24⟧ ⟦o:T|18:06⟧] Tía ⟦P|Lupe⟧: ⟦PH|55 3187 2290⟧ es el de ⟦P|tu tío Ramiro⟧ no el mío jaja el mío sigue igual",
    )
    r(
        "pt_BR",
        "whatsapp",
        "[⟦o:T|14:22⟧, ⟦o:D|20/06/2024⟧] ⟦P|Juliana Ramos⟧: gente preciso do cpf de vcs pra comprar as passagens\n[⟦o:T|14:25⟧, ⟦o:D|20/06/2024⟧] ⟦P|Thiago⟧: ⟦NID@br.cpf|529.982.247-25⟧ nasci ⟦DOB|04/11/1993⟧\n[⟦o:T|14:26⟧, ⟦o:D|20/06/2024⟧] ⟦P|Mari Lopes⟧: o meu é ⟦NID@br.cpf|38109287476⟧ e nascimento ⟦DOB|17/02/95⟧\n[⟦o:T|14:30⟧, ⟦o:D|20/06/2024⟧] ⟦P|Juliana Ramos⟧: fechado, deu ⟦o:AMT|R$ 1.287,40⟧ cada, voo ⟦o:FLT|G3 1442⟧",
    )
    r(
        "en_PH",
        "telegram",
        "⟦P|Kuya Jun⟧, [⟦o:D|Jul 8, 2024⟧ at ⟦o:T|10:03 AM⟧]\npre pasend naman ng gcash mo para sa ambagan\n\n⟦P|Aileen Dizon⟧, [⟦o:D|Jul 8, 2024⟧ at ⟦o:T|10:05 AM⟧]\n⟦PH|0917 845 2231⟧ ⟦P|Aileen D.⟧ yan. ⟦o:AMT|500⟧ each ha, para sa bday ni ⟦P|Lola Caring⟧\n\n⟦P|Kuya Jun⟧, [⟦o:D|Jul 8, 2024⟧ at ⟦o:T|10:06 AM⟧]\nsige sent na ref no ⟦o:REQ|0031 882 910⟧",
    )
    r(
        "fr_FR",
        "whatsapp",
        "[⟦o:T|22:47⟧] ⟦P|Maëlle⟧: tu peux me renvoyer le code du wifi de l'appart? jsuis chez toi demain\n[⟦o:T|22:51⟧] ⟦P|Karim Benali⟧: ⟦S|Freebox-8K2QW7xz!mp⟧ et la clé est chez la gardienne au ⟦A|4 rue des Trois-Frères⟧ ⟦a:PC|75018⟧\n[⟦o:T|22:51⟧] ⟦P|Karim Benali⟧: code porte ⟦S|B4729⟧",
    )
    r(
        "de_AT",
        "whatsapp",
        "[⟦o:D|02.02.24⟧, ⟦o:T|07:58:12⟧] Mama: Schatz vergiss nicht Oma anzurufen, sie hat heut Geburtstag!! ⟦o:QTY|85⟧ Jahre\n[⟦o:D|02.02.24⟧, ⟦o:T|08:03:40⟧] ⟦P|Lukas⟧: hab ihre neue nummer nicht\n[⟦o:D|02.02.24⟧, ⟦o:T|08:04:02⟧] Mama: ⟦PH|0664 1829 337⟧ . Oma wohnt jetzt ⟦A|Liebenauer Hauptstraße 47/3⟧ in ⟦L|Graz⟧, falls du ihr was schicken willst",
    )
    r(
        "tr_TR",
        "whatsapp",
        "[⟦o:T|16:10⟧] ⟦P|Emre⟧: abi kargo gelmedi hala, takip no ⟦o:TRK|7301284459021⟧\n[⟦o:T|16:12⟧] ⟦P|Serkan Yıldız⟧: adres doğru mu yazdın? ⟦A|Moda cad. no 12 d 5 Kadıköy⟧\n[⟦o:T|16:13⟧] ⟦P|Emre⟧: evet. tc de istediler ⟦NID@tr.tckimlik|12345678950⟧ yazdım\n[⟦o:T|16:15⟧] ⟦P|Serkan Yıldız⟧: tamam yarın ararım ⟦PH|0532 481 27 90⟧ dan",
    )
    r(
        "id_ID",
        "whatsapp",
        "[⟦o:T|19.20⟧] ⟦P|Dewi⟧: mas alamat kosnya dmn ya? mau kirim paket\n[⟦o:T|19.24⟧] ⟦P|Agus Santoso⟧: ⟦A|jl. kaliurang km 5 gg. sitisonya no 9⟧ sleman\n[⟦o:T|19.24⟧] ⟦P|Agus Santoso⟧: atas nama ⟦P|agus⟧ aja, hp ⟦PH|0812-2731-4409⟧\n[⟦o:T|19.26⟧] ⟦P|Dewi⟧: oke siap, ongkir ⟦o:AMT|Rp18.000⟧",
    )
    r(
        "vi_VN",
        "zalo",
        "[⟦o:T|21:05⟧] ⟦P|Linh⟧: c oi gui e so tk de e chuyen tien hui nha\n[⟦o:T|21:07⟧] ⟦P|Nguyen Thi Thu Ha⟧: vcb ⟦BBAN|0071 0003 84625⟧ chu tk ⟦P|NGUYEN THI THU HA⟧\n[⟦o:T|21:07⟧] ⟦P|Linh⟧: ok c, ⟦o:AMT|2tr⟧ nhe\n[⟦o:T|21:09⟧] ⟦P|Nguyen Thi Thu Ha⟧: ma gd ⟦o:REQ|FT24187391022⟧ nhan roi nha",
    )
    r(
        "ja_JP",
        "line",
        "⟦o:T|23:12⟧ ⟦P|Haruka⟧: ne ashita no nomikai basho doko dakke\n⟦o:T|23:14⟧ ⟦P|Sato Kenta⟧: shibuya no izakaya, yoyaku wa ore no namae ⟦P|Satō⟧ de ⟦o:QTY|6-mei⟧\n⟦o:T|23:14⟧ ⟦P|Sato Kenta⟧: nanka attara denwa shite ⟦PH|090-4417-2283⟧\n⟦o:T|23:15⟧ ⟦P|Haruka⟧: ryo~kai",
    )
    r(
        "ko_KR",
        "kakaotalk",
        "[오후 ⟦o:T|3:21⟧] ⟦P|Jiwoo⟧: oppa taekbae juso mwo-yeosseo?\n[오후 ⟦o:T|3:23⟧] ⟦P|Park Min-jun⟧: ⟦A|seoul mapo-gu yeonnam-ro 12-gil 7, 302-ho⟧\n[오후 ⟦o:T|3:23⟧] ⟦P|Park Min-jun⟧: batneun saram ⟦P|bak minjun⟧ jeonhwa ⟦PH|010 7731 2048⟧\n[오후 ⟦o:T|3:25⟧] ⟦P|Jiwoo⟧: ung ㅇㅋ",
    )
    r(
        "sw_KE",
        "whatsapp",
        "[⟦o:T|11:02⟧] ⟦P|Wanjiru⟧: Sasa bro, nitumie ile mpesa ya ⟦o:AMT|ksh 3500⟧ ya harambee\n[⟦o:T|11:05⟧] ⟦P|Otieno Brian⟧: poa, number yako ni ⟦PH|0722 418 903⟧ ama ile ya safaricom mpya?\n[⟦o:T|11:06⟧] ⟦P|Wanjiru⟧: hiyo hiyo, jina itaonyesha ⟦P|MARY WANJIRU KAMAU⟧\n[⟦o:T|11:09⟧] ⟦P|Otieno Brian⟧: done, code ⟦o:REQ|SGH7K2LMQ1⟧",
    )
    r(
        "ar_AE",
        "whatsapp",
        "[⟦o:T|17:40⟧] ⟦P|Omar⟧: habibi el villa address 3ala el google maps 3'alat\n[⟦o:T|17:42⟧] ⟦P|Khalid Al-Mansouri⟧: ⟦A|villa 27 street 14a al barsha 2⟧ dubai, jamb el masjid\n[⟦o:T|17:42⟧] ⟦P|Khalid Al-Mansouri⟧: etasel 3ala ⟦PH|+971 50 412 8836⟧ lama tewsal\n[⟦o:T|17:44⟧] ⟦P|Omar⟧: tamam inshallah ba3d el maghrib",
    )
    r(
        "es_AR",
        "whatsapp",
        "[⟦o:T|13:31⟧] ⟦P|Flor⟧: che me pasás el cbu pa transferirte lo del asado?\n[⟦o:T|13:33⟧] ⟦P|Nacho Pereyra⟧: alias nacho.pereyra.mp o cbu ⟦BBAN@ar.cbu|0170099200000012345674⟧ o el cuit si lo necesitás ⟦TAX@ar.cuit|20-28761453-6⟧\n[⟦o:T|13:34⟧] ⟦P|Flor⟧: listo, ⟦o:AMT|$8.500⟧ mandados\n[⟦o:T|13:34⟧] ⟦P|Nacho Pereyra⟧: grax genia",
    )
    r(
        "it_IT",
        "whatsapp",
        "[⟦o:T|09:12⟧] ⟦P|Giulia⟧: ragà chi mi manda il codice fiscale per la prenotazione del b&b\n[⟦o:T|09:15⟧] ⟦P|Marco Rossi⟧: ⟦NID@it.codicefiscale|RSSMRA85T10A562S⟧\n[⟦o:T|09:16⟧] ⟦P|Lucia Frerri⟧: il mio è ⟦NID@it.codicefiscale|frrlcu78c22h501b⟧ (scusate minuscolo)\n[⟦o:T|09:20⟧] ⟦P|Giulia⟧: perfetto, prenotazione ⟦o:ORD|HMQ4X2R9⟧ fatta",
    )
    r(
        "pl_PL",
        "messenger",
        "⟦P|Kasia⟧: hej, potrzebuję twój pesel do zgłoszenia na wycieczkę szkolną ⟦P|Zosi⟧\n⟦P|Agnieszka Wiśniewska⟧: jasne ⟦NID@pl.pesel|02221534566⟧, urodzona ⟦DOB|15 lutego 2002⟧ hehe nie, to mój. Zosi zaraz wyślę\n⟦P|Kasia⟧: 😂 ok czekam",
    )
    r(
        "ro_RO",
        "whatsapp",
        "[⟦o:T|20:11⟧] ⟦P|Andrei⟧: mami ce cnp ai? ma intreaba de la asigurare\n[⟦o:T|20:19⟧] Mama: ⟦NID@ro.cnp|2851120400122⟧\n[⟦o:T|20:19⟧] Mama: si nu-l da la toata lumea\n[⟦o:T|20:20⟧] ⟦P|Andrei⟧: da ma, doar la ⟦o:PROD|Allianz Țiriac⟧",
    )
    r(
        "el_GR",
        "viber",
        "[⟦o:T|12:40⟧] ⟦P|Nikos⟧: re ⟦P|Giorgo⟧ steile mou to amka sou gia to rantevou ston giatro\n[⟦o:T|12:52⟧] ⟦P|Giorgos Papadopoulos⟧: ⟦NID@gr.amka|15038912349⟧ . pes tou oti exw ⟦o:D|Triti⟧ stis ⟦o:T|11⟧\n[⟦o:T|12:53⟧] ⟦P|Nikos⟧: ok, kai kinito? ⟦PH|69 4412 7730⟧?\n[⟦o:T|12:53⟧] ⟦P|Giorgos Papadopoulos⟧: nai",
    )
    r(
        "zu_ZA",
        "whatsapp",
        "[⟦o:T|15:03⟧] ⟦P|Thandeka⟧: sawubona sisi, ngicela i-ID number yakho for i-funeral policy\n[⟦o:T|15:10⟧] ⟦P|Nomvula Dlamini⟧: yi ⟦NID@za.idnr|8804125800083⟧\n[⟦o:T|15:10⟧] ⟦P|Nomvula Dlamini⟧: ikheli ⟦A|12 Mthembu street umlazi section j⟧\n[⟦o:T|15:12⟧] ⟦P|Thandeka⟧: ngiyabonga, premium yi ⟦o:AMT|R189⟧ per month",
    )
    r(
        "nl_BE",
        "whatsapp",
        "[⟦o:T|10:44⟧] ⟦P|Jens⟧: ey kan ge mij u rekeningnummer sturen voor het weekend aan zee\n[⟦o:T|10:46⟧] ⟦P|Lotte Vermeulen⟧: ⟦IBAN|BE21 0012 3456 7803⟧ op naam van ⟦P|L. Vermeulen⟧\n[⟦o:T|10:46⟧] ⟦P|Jens⟧: merci, ⟦o:AMT|€ 65⟧ he\n[⟦o:T|10:47⟧] ⟦P|Lotte Vermeulen⟧: jep, mededeling ⟦o:REQ|+++090/9337/55493+++⟧ laat maar weg",
    )
    r(
        "fr_CA",
        "messenger",
        "⟦P|Émilie Gagnon⟧: allo! c'est quoi ton adresse déjà pour l'invitation du shower\n⟦P|Sophie⟧: ⟦A|4521 rue Fabre app 3⟧ montreal ⟦a:PC|H2J 3V2⟧\n⟦P|Émilie Gagnon⟧: parfait merci ma belle 💕 pis ta date de fête c'est tu ⟦DOB|le 9 mars 1991⟧?\n⟦P|Sophie⟧: ouin haha",
    )
    r(
        "en_AU",
        "imessage",
        "⟦P|Bec⟧: mate can u send me ur medicare number for the bulk billing form\n⟦P|Jordan⟧: ⟦HPN|2953 51273 1⟧ ref ⟦o:QTY|2⟧\n⟦P|Bec⟧: ta. and ur address is still ⟦A|u4 17 Harcourt Pde Rosebery⟧?\n⟦P|Jordan⟧: yep NSW ⟦a:PC|2018⟧",
    )
    # ---- call-centre ASR transcripts ----
    r(
        "en_US",
        "call_transcript",
        "agent: thank you for calling ⟦o:PROD|Brightline Wireless⟧ my name is ⟦P|kevin⟧ how can i help\ncaller: yeah hi um i'm calling about my bill it went up like ⟦o:AMT|forty dollars⟧\nagent: sorry to hear that can i get the name on the account\ncaller: ⟦P|denise marie holloway⟧\nagent: and for verification the last four of the social or the full social\ncaller: uh full is ⟦SSN~spelled|five three six two seven one eight four three⟧\nagent: okay and date of birth\ncaller: ⟦DOB|june third nineteen seventy eight⟧\nagent: perfect miss ⟦P|holloway⟧ i see ticket ⟦o:TKT|CS-448120⟧ from last month",
    )
    r(
        "en_US",
        "call_transcript",
        "AGENT: ok and whats the best callback number\nCALLER: its ⟦PH~spelled|two one four five five five zero one nine three⟧\nAGENT: two one four\nCALLER: yeah double five five oh one nine three\nAGENT: got it and email\nCALLER: ⟦E~at_dot|marcus dot tran eighty eight at gmail dot com⟧\nAGENT: marcus dot tran eight eight\nCALLER: yep\nAGENT: and your address on file is ⟦A|seventeen twelve elm ridge court apartment b plano texas⟧\nCALLER: correct ⟦a:PC|seven five zero two three⟧",
    )
    r(
        "en_IN",
        "call_transcript",
        "Agent: Good afternoon sir this is ⟦P|Neha⟧ from ⟦o:PROD|QuickLoan⟧ am I speaking with mister ⟦P|rajesh kumar verma⟧\nCustomer: haan haan speaking\nAgent: sir for KYC I need your PAN number\nCustomer: pan is ⟦TAX@in.pan|BNZPM2501G⟧ B for bombay N for nagpur Z for zebra\nAgent: and aadhaar last twelve digit sir full number\nCustomer: ⟦NID@in.aadhaar|4987 1234 5605⟧\nAgent: thank you sir your loan application number is ⟦o:ORD|QL240718553⟧ and EMI will be ⟦o:AMT|rupees eight thousand four hundred⟧",
    )
    r(
        "en_GB",
        "call_transcript",
        "[00:00:03] Agent: you're through to the ⟦o:PROD|Moneywise⟧ fraud team, can I take your name please\n[00:00:07] Caller: yeah it's er ⟦P|siobhan o'donnell⟧ o apostrophe d o double n e l l\n[00:00:15] Agent: thanks ⟦P|Siobhan⟧ and the long card number on the front\n[00:00:19] Caller: ⟦CC~spelled|four nine two nine one eight two seven three six four five one two eight three⟧\n[00:00:41] Agent: and sort code and account\n[00:00:44] Caller: sort code ⟦a:BC|60 16 13⟧ account ⟦BBAN|31926819⟧\n[00:00:58] Agent: lovely I've blocked it, reference ⟦o:TKT|FR-2024-77813⟧",
    )
    r(
        "es_MX",
        "call_transcript",
        "asesor: buenas tardes le atiende ⟦P|carlos⟧ de ⟦o:PROD|Telcel⟧ con quien tengo el gusto\ncliente: eh si habla ⟦P|maria guadalupe hernandez garcia⟧\nasesor: me proporciona su curp por favor\ncliente: ⟦NID@mx.curp|HEGG560427MVZRRL04⟧ ache e ge ge\nasesor: gracias y un numero de contacto\ncliente: ⟦PH|cincuenta y cinco treinta y uno ochenta y siete veintidos noventa⟧\nasesor: queda registrado su folio ⟦o:TKT|8831204⟧ señora",
    )
    r(
        "pt_BR",
        "call_transcript",
        "atendente: ⟦o:PROD|Nubank⟧ boa noite com quem eu falo\ncliente: é o ⟦P|joão pedro albuquerque⟧\natendente: ⟦P|joão⟧ pode me confirmar o cpf\ncliente: ⟦NID@br.cpf|112 233 445 17⟧\natendente: e a data de nascimento\ncliente: ⟦DOB|vinte e dois de agosto de noventa⟧\natendente: ok o cartão final ⟦o:QTY|8821⟧ foi bloqueado, protocolo ⟦o:TKT|2024071800431⟧",
    )
    r(
        "en_AU",
        "call_transcript",
        "operator: ⟦o:PROD|Service NSW⟧ you're speaking with ⟦P|Tash⟧\ncaller: hi yeah i got a fine but it wasnt me driving\noperator: no worries whats your licence number\ncaller: ⟦DL|one three eight two four four seven one⟧\noperator: and your full name\ncaller: ⟦P|liam patrick murphy⟧ murphy with a y\noperator: and address\ncaller: ⟦A|42 wattle st⟧ ⟦L|penrith⟧\noperator: okay I can see penalty notice ⟦o:TKT|3091827744⟧ for ⟦o:AMT|$481⟧",
    )
    r(
        "en_NG",
        "call_transcript",
        "Agent: welcome to ⟦o:PROD|GTBank⟧ customer care this is ⟦P|Funmi⟧\nCaller: good morning ma, my name is ⟦P|Emeka Nwosu⟧ my account was debited twice\nAgent: sorry about that sir, your account number please\nCaller: ⟦BBAN|0123456789⟧ ten digit\nAgent: and your BVN for verification\nCaller: ⟦NID|22174839016⟧\nAgent: thank you, complaint logged ⟦o:TKT|GTB-CMP-554102⟧ amount ⟦o:AMT|N25,000⟧ will be reversed in ⟦o:QTY|72 hours⟧",
    )
    r(
        "de_DE",
        "call_transcript",
        "Mitarbeiter: ⟦o:PROD|Techniker Krankenkasse⟧, Sie sprechen mit Herrn ⟦P|Becker⟧\nAnruferin: ja hallo ähm ⟦P|Schulze⟧ hier ⟦P|Annegret Schulze⟧ ich hab da nen Brief bekommen\nMitarbeiter: Ihre Versichertennummer bitte\nAnruferin: ⟦HPN|A 123 456 780⟧ A wie Anton\nMitarbeiter: und das Geburtsdatum\nAnruferin: ⟦DOB|dreizehnter vierter sechsundfünfzig⟧\nMitarbeiter: danke, Vorgang ⟦o:TKT|TK-0098123⟧ angelegt",
    )
    r(
        "fr_FR",
        "call_transcript",
        "conseiller: ⟦o:PROD|Ameli⟧ bonjour, votre numéro de sécu s'il vous plaît\nappelant: euh oui c'est ⟦NID@fr.nir|2 92 03 13 055 123 09⟧\nconseiller: madame ⟦P|Chloé Lefèvre-Durand⟧?\nappelant: oui c'est moi\nconseiller: vous habitez toujours ⟦A|12 bis avenue Jean Jaurès 13005 Marseille⟧\nappelant: non j'ai déménagé au ⟦A|7 impasse des Lilas 13012⟧\nconseiller: je note, dossier ⟦o:TKT|MRS-24-110938⟧",
    )
    r(
        "es_ES",
        "call_transcript",
        "operadora: ⟦o:PROD|Iberdrola⟧ buenos días le atiende ⟦P|Lucía⟧\ncliente: hola buenos días mire que quería dar de alta la luz en un piso\noperadora: su dni por favor\ncliente: ⟦NID@es.dni|48213765-S⟧ ese de sevilla\noperadora: a nombre de\ncliente: ⟦P|Javier Ortega Ruiz⟧\noperadora: la dirección del suministro\ncliente: ⟦A|calle San Vicente 34 3º izq⟧ ⟦L|Valencia⟧\noperadora: y la cuenta para domiciliar\ncliente: ⟦IBAN|ES91 2100 0418 4502 0005 1332⟧\noperadora: perfecto, contrato ⟦o:ORD|IB-55120933⟧",
    )
    r(
        "en_US",
        "call_transcript",
        "Rep: ⟦o:PROD|BlueCross⟧ member services this is ⟦P|Dana⟧\nCaller: hi um im trying to see if my sons surgery is covered\nRep: sure member id on the card\nCaller: ⟦HPN|XJH 884 213 906⟧\nRep: and patient name and dob\nCaller: ⟦P|Ethan Kowalczyk⟧ ⟦DOB|oh two fourteen two thousand nine⟧\nRep: I see the claim from ⟦o:D|March 4th⟧ under MRN ⟦MRN|00734219⟧ at the hospital, claim ⟦o:TKT|CLM-7713022⟧ is pending",
    )
    r(
        "en_CA",
        "call_transcript",
        "agent: ⟦o:PROD|Service Canada⟧ how can I help\ncaller: hi I need to update my address for my EI\nagent: SIN please\ncaller: ⟦NID@ca.sin|712 345 677⟧\nagent: name\ncaller: ⟦P|Gurpreet Kaur Sandhu⟧\nagent: new address\ncaller: ⟦A|88 Kingknoll drive unit 12 brampton ON⟧ ⟦a:PC|L6Y 5K9⟧\nagent: and a phone\ncaller: ⟦PH|905 451 2287 ext 204⟧ thats work",
    )
    r(
        "ko_KR",
        "call_transcript",
        "sangdamwon: ne ⟦o:PROD|Coupang⟧ gogaekseonteo imnida\ngogaek: ne annyeonghaseyo baesong-i an waseoyo\nsangdamwon: jumun beonho malsseumhae jusigesseoyo\ngogaek: ⟦o:ORD|31000482237⟧ iyo\nsangdamwon: ⟦P|Kim Seo-yeon⟧ gogaeknim matjyo? juso ⟦A|busan haeundae-gu u-dong 1408 haeundae ipark 101-dong 2204-ho⟧\ngogaek: ne majayo, jeonhwa-neun ⟦PH|010-2284-9153⟧",
    )
    r(
        "tr_TR",
        "call_transcript",
        "temsilci: ⟦o:PROD|Turkcell⟧ iyi günler ben ⟦P|Ayşe⟧\nmüşteri: iyi günler hattımı kapattırmak istiyorum\ntemsilci: tc kimlik numaranızı alabilir miyim\nmüşteri: ⟦NID@tr.tckimlik|48732165994⟧\ntemsilci: ⟦P|Mehmet Can Öztürk⟧ bey siz misiniz\nmüşteri: evet\ntemsilci: anne kızlık soyadı\nmüşteri: ⟦S|Karaca⟧\ntemsilci: talebiniz alındı ⟦o:TKT|TC-9910284⟧",
    )
    r(
        "en_PH",
        "call_transcript",
        "agent: thank you for calling ⟦o:PROD|Globe⟧ this is ⟦P|Rhea⟧\ncaller: hello miss yung load ko po nawala\nagent: sorry po, can I have your mobile number\ncaller: ⟦PH|zero nine one seven eight four five two two three one⟧\nagent: and the name registered po\ncaller: ⟦P|Ma. Cristina Bautista⟧\nagent: birthday po for verification\ncaller: ⟦DOB|december twenty eighty five⟧ ay ⟦DOB|december twenty nineteen eighty five⟧\nagent: ok ma'am nag file na ako ng report ⟦o:TKT|GLB-240718-0044⟧",
    )
    r(
        "it_IT",
        "call_transcript",
        "operatore: ⟦o:PROD|Poste Italiane⟧ buongiorno\ncliente: buongiorno sono ⟦P|Bianchi Giulia⟧ devo bloccare la postepay\noperatore: il numero della carta\ncliente: ⟦CC|5351 1062 0044 1870⟧\noperatore: il codice fiscale\ncliente: ⟦NID@it.codicefiscale|BNCGLI92E48F205K⟧\noperatore: ok signora bloccata, pratica ⟦o:TKT|PP-8820134⟧",
    )
    r(
        "nl_NL",
        "call_transcript",
        "medewerker: ⟦o:PROD|Belastingdienst⟧ goedemorgen\nbeller: ja goeiemorgen met ⟦P|Sanne de Vries⟧ ik bel over mijn toeslag\nmedewerker: mag ik uw bsn\nbeller: ⟦NID@nl.bsn|2345 67818⟧\nmedewerker: en uw geboortedatum\nbeller: ⟦DOB|dertig mei negentien zevenentachtig⟧\nmedewerker: en op welk adres woont u\nbeller: ⟦A|Oudegracht 221bis Utrecht⟧",
    )
    # ---- voicemail transcriptions ----
    r(
        "en_US",
        "voicemail",
        'Voicemail from ⟦PH|(312) 555-0147⟧ received ⟦o:D|Tue Jul 16⟧ ⟦o:T|4:52 PM⟧ duration ⟦o:QTY|0:38⟧\n"hey it\'s ⟦P|tasha⟧ from doctor ⟦P|patel⟧s office just calling to remind ⟦P|jerome⟧ about his appointment tomorrow at ten fifteen um please bring your insurance card and if you need to reschedule call us back at ⟦PH~spelled|three one two five five five zero one four seven extension two two⟧ thanks bye"',
    )
    r(
        "en_GB",
        "voicemail",
        "Transcript (low confidence): hiya mum its ⟦P|ellie⟧ my phones about to die so if you need me ring ⟦P|becky⟧ on ⟦PH|07700 900 461⟧ im staying at hers tonight ⟦A|fourteen cranbrook road⟧ in ⟦L|leeds⟧ love you bye",
    )
    r(
        "es_MX",
        "voicemail",
        "Mensaje de voz de ⟦PH|+52 33 1928 4470⟧: hola buenas tardes habla licenciado eh perdón habla la asistente del licenciado ⟦P|Ernesto Villaseñor⟧ para confirmar la cita del ⟦o:D|jueves⟧ a las ⟦o:T|cinco⟧ en ⟦A|avenida Chapultepec 480 piso 3⟧ Guadalajara cualquier cosa nos marca gracias",
    )
    r(
        "fr_FR",
        "voicemail",
        "Message vocal ⟦o:T|09:14⟧ – « oui bonjour c'est Mme ⟦P|Garnier⟧ de l'agence ⟦o:PROD|Foncia⟧ je vous appelle pour l'état des lieux de l'appartement ⟦A|3 place Bellecour⟧ à Lyon, rappelez-moi au ⟦PH|zéro six douze trente-quatre cinquante-six soixante-dix-huit⟧ merci au revoir »",
    )
    r(
        "de_AT",
        "voicemail",
        "Sprachnachricht transkribiert: servus ⟦P|Hannes⟧ da is der ⟦P|Ferdl⟧ ich hab deine Brieftasche gefunden beim Heurigen, is dein Führerschein drin ⟦DL|12345678⟧ und eine Karte von der Bank, meld dich unter ⟦PH|0676 223 45 91⟧ baba",
    )
    r(
        "en_IN",
        "voicemail",
        "VM transcript: hello sir this is ⟦P|Suresh⟧ from ⟦o:PROD|HDFC⟧ home loans, regarding your file number ⟦o:ORD|HL0098812⟧ we need one more document, please whatsapp the passport copy on ⟦PH|+91 99001 22834⟧. sir your passport number we have ⟦PP|Z4417823⟧ is expired so kindly send new one. thank you",
    )
    # ---- marketplace / classified ads ----
    r(
        "en_US",
        "classified_ad",
        "FOR SALE – 2014 ⟦o:PROD|Honda Civic LX⟧ ⟦o:QTY|112k miles⟧ clean title ⟦o:AMT|$7,900 obo⟧. No lowballers. Text ⟦P|Marisol⟧ ⟦PH|(602)555-0188⟧ after 5pm. Can meet at ⟦A|4410 w indian school rd⟧ (the walmart parking lot) VIN ⟦o:SKU|2HGFB2F59EH512873⟧",
    )
    r(
        "en_AU",
        "marketplace",
        "⟦o:PROD|Ikea Kallax⟧ 4x4 white, good nick, pick up only from ⟦A|7/21 Bondi Rd⟧ ⟦L|Bondi Junction⟧. $80. msg me here or ⟦PH|0412 883 029⟧ – ⟦P|Shaz⟧",
    )
    r(
        "pt_BR",
        "classified_ad",
        "VENDO ⟦o:PROD|iPhone 12 128gb⟧ azul, bateria ⟦o:PCT|87%⟧, sem marcas. ⟦o:AMT|R$ 1.900⟧ no pix. chama no zap ⟦PH|(11) 98473-2210⟧ falar com ⟦P|Rafa⟧. retirada na ⟦A|rua Augusta 1508 apto 72⟧",
    )
    r(
        "es_AR",
        "marketplace",
        "Vendo bici rodado 29 ⟦o:PROD|Venzo Raptor⟧ poco uso ⟦o:AMT|$320.000⟧ o permuto. Retirar por ⟦A|Av. Rivadavia 6120 4°B⟧ Caballito. WhatsApp ⟦PH|11 3854-7712⟧ ⟦P|Martín⟧",
    )
    r(
        "pl_PL",
        "classified_ad",
        "Sprzedam wózek ⟦o:PROD|Cybex Balios S⟧, stan bdb, ⟦o:AMT|950 zł⟧. Odbiór osobisty ⟦A|ul. Grochowska 212 m. 14⟧ Warszawa. Tel ⟦PH|601 223 874⟧ ⟦P|Ania⟧ (po 17). Ogłoszenie nr ⟦o:ORD|8821004519⟧",
    )
    r(
        "en_NG",
        "classified_ad",
        "3 bedroom flat to let at ⟦A|No. 5 Adeniyi Jones Avenue Ikeja⟧. ⟦o:AMT|N3.5m⟧ per annum, 1 year. Call the landlord Alhaji ⟦P|Musa Bello⟧ ⟦PH|08033452210⟧ or agent ⟦P|Kemi⟧ ⟦PH|0906 112 4578⟧. No agency fee wahala",
    )
    r(
        "fr_FR",
        "leboncoin",
        "Donne canapé 3 places, à venir chercher ⟦A|18 rue de la République⟧, Villeurbanne, 2ème étage sans ascenseur. Contacter ⟦P|Yasmine⟧ par mail ⟦E|yasmine.haddad69@laposte.net⟧. Ref annonce ⟦o:ORD|2580419377⟧",
    )
    r(
        "de_DE",
        "kleinanzeigen",
        "Verkaufe ⟦o:PROD|PS5 Digital Edition⟧ + 2 Controller, ⟦o:AMT|350€ VB⟧, nur Abholung in ⟦L|Leipzig⟧-Connewitz. Bei Interesse ⟦E|jonas.kr@web.de⟧ oder ⟦PH|0176 4412 8830⟧. Kein Versand, keine PayPal Freunde Tricks!!",
    )
    r(
        "en_US",
        "classified_ad",
        "Lost dog!! brown pitbull mix named Biscuit, last seen near ⟦A|Cedar and 5th⟧. Reward ⟦o:AMT|$200⟧. call or text ⟦P|danny⟧ ⟦PH|503.555.0192⟧ any time. microchip ⟦o:SKU|985112003456781⟧",
    )
    r(
        "it_IT",
        "subito",
        "Affitto stanza singola zona Navigli a studentessa, ⟦o:AMT|550€⟧ spese incluse. ⟦A|Via Ascanio Sforza 37 Milano⟧. Scrivere a ⟦P|Francesca⟧ ⟦PH|347 812 3390⟧ no perditempo",
    )
    r(
        "en_PH",
        "marketplace",
        "FS: ⟦o:PROD|Yamaha Mio i125⟧ 2021 complete papers, ⟦o:AMT|55k⟧ nego. Location ⟦A|blk 12 lot 8 phase 2 camella homes⟧ ⟦L|bacoor cavite⟧. pm lang or text ⟦PH|0998 412 3350⟧ ⟦P|Jayson⟧",
    )
    r(
        "sw_KE",
        "classified_ad",
        "Nauza shamba ⟦o:QTY|1/4 acre⟧ Kitengela, title deed iko safi. Bei ⟦o:AMT|Ksh 1.2M⟧. Piga simu Mzee ⟦P|Kiprop⟧ ⟦PH|0711 402 385⟧. KRA PIN yangu ⟦TAX@ke.pin|A004416331M⟧ kama unataka kuverify",
    )
    # ---- ad, no sensitive ----
    r(
        "en_US",
        "classified_ad",
        "FREE moving boxes, about ⟦o:QTY|30⟧ of them, curbside at the corner store on Main St until Sunday. First come first served. Tape not included lol. Posted ⟦o:D|07/12⟧",
    )
    r(
        "es_MX",
        "marketplace",
        "Vendo ⟦o:PROD|Xbox Series S⟧ con ⟦o:QTY|2⟧ controles ⟦o:AMT|$5,500⟧ o cambio por ⟦o:PROD|Switch OLED⟧. Entrega en metro Chabacano. Solo inbox. Publicación ⟦o:ORD|MLM-1928374650⟧",
    )
    # ---- community forum posts asking for help ----
    r(
        "en_US",
        "forum_post",
        "Title: home assistant cant reach my nas??\n\nso i set up ⟦o:PROD|Home Assistant⟧ ⟦o:VER|2024.6.4⟧ on a pi and it cant mount the share. config below (yes i know i shouldnt post the password, ill change it after lol)\n\n  nas_url: ⟦UC|smb://dave:Tr0ub4dor&3@192.168.1.40/media⟧\n\nerror is ⟦o:ERR|Errno 113⟧ no route to host. my public ip is ⟦IP|73.162.45.201⟧ if that matters. any ideas?? thx – ⟦P|dave k⟧",
    )
    r(
        "en_IN",
        "forum_post",
        "Hi all, newbie here. My ⟦o:PROD|Django⟧ app is throwing ⟦o:ERR|OperationalError 2003⟧ when connecting to RDS. settings.py:\nDATABASES = {'default': {'ENGINE': 'django.db.backends.mysql', 'NAME': 'shopdb', 'USER': 'admin', 'PASSWORD': '⟦S|Ank!t@2024#db⟧', 'HOST': 'shopdb.c9x8y7z6.ap-south-1.rds.amazonaws.com'}}\nmy server ip is ⟦IP|13.233.109.84⟧ and I whitelisted it. pls help urgent, project submission tomorrow 🙏 – ⟦P|Ankit Yadav⟧, ⟦L|Pune⟧",
    )
    r(
        "de_DE",
        "forum_post",
        "Hallo zusammen, meine ⟦o:PROD|FritzBox 7590⟧ (⟦o:VER|FRITZ!OS 7.57⟧) lässt sich nicht mehr per VPN erreichen. Hab schon alles probiert. Der WireGuard PrivateKey ist ⟦S|yAnz5TF+lXXJte14tji3zlMNq+hd2rYUIgJBgB3fBmk=⟧ (testweise, wird geändert) und die öffentliche IPv6 ⟦IP|2a02:8109:9c40:1a00:5d1e:3f2b:aa10:7c21⟧. Fehler ⟦o:ERR|0x80070005⟧. Grüße ⟦P|Torsten⟧",
    )
    r(
        "pt_BR",
        "forum_post",
        "galera socorro, meu bot do discord parou do nada. aparece ⟦o:ERR|401 Unauthorized⟧. to usando ⟦o:PROD|discord.py⟧ ⟦o:VER|2.3.2⟧. meu token é ⟦S|MTEyNDU2Nzg5MDEyMzQ1Njc4OQ.GxR4pK.s8dF9vLq2Wm7ZtYc3NbHj1KoPeAu6XiV0rTgSw⟧ alguém sabe oq é? commit ⟦o:SHA|a3f9c21⟧",
    )
    r(
        "en_GB",
        "forum_post",
        "Re: Council tax band appeal — anyone done this?\n\nPosted by gemma_h » ⟦o:D|Thu 11 Jul 2024⟧ ⟦o:T|20:13⟧\n\nI got a letter addressed to ⟦P|Mrs G Harrington⟧ at ⟦A|Flat 2, 9 Albert Terrace, Bath BA2 3JA⟧ saying the band is going up to D. My NI number is on it too (⟦NID|JT 48 29 17 B⟧ wtf?) Is that normal? Ref ⟦o:TKT|CTX/0044/81277⟧",
    )
    r(
        "fr_FR",
        "forum_post",
        "[Aide] Impossible de me connecter à mon serveur OVH\n\nBonjour, j'essaie de me co en ssh sur mon VPS ⟦IP|51.178.62.14⟧ avec l'utilisateur root et le mdp ⟦S|Azerty123!vps⟧ mais ça me met ⟦o:ERR|Permission denied (publickey)⟧. Debian ⟦o:VER|12.5⟧. Merci d'avance !! ⟦P|Benoît⟧",
    )
    r(
        "es_ES",
        "forum_post",
        "Buenas, alguien sabe por qué el ⟦o:PROD|WordPress⟧ me da ⟦o:ERR|Error establishing a database connection⟧? mi wp-config tiene define('DB_PASSWORD', '⟦S|m4r1p0s4_2023⟧'); y el host es localhost. Hosting en ⟦o:PROD|Raiola⟧. gracias!! ⟦P|Nerea⟧",
    )
    r(
        "en_AU",
        "forum_post",
        "whirlpool forums > NBN > FTTC dropping out\n\nmodem logs show ⟦o:ERR|PPP auth failed⟧ every night ~2am. ISP is ⟦o:PROD|Aussie BB⟧, my login string is ⟦UC|pppoe://bazza77%40aussiebb.net:Kang4roo!!@gw.aussiebb.net⟧ (pw changed already). WAN ip ⟦IP|101.188.44.17⟧ before it drops. cheers ⟦P|barry⟧",
    )
    r(
        "pl_PL",
        "forum_post",
        "Pomocy, ktoś mi włamał się na konto ⟦o:PROD|Allegro⟧ i zamówił ⟦o:QTY|3⟧ telefony na mój adres ⟦A|ul. Piotrkowska 115/7, 90-430 Łódź⟧!! Zamówienie ⟦o:ORD|AL-99281274⟧. Hasło było ⟦S|kotek1988⟧ (wiem...). Logowanie z IP ⟦IP|185.220.101.37⟧. Co robić? ⟦P|Bartek⟧",
    )
    r(
        "en_US",
        "forum_post",
        "r/legaladvice – landlord posted my info in the building group chat??\n\nThrowaway. My landlord literally screenshotted my rental application and sent it to the tenant groupchat. It showed my full name ⟦P|Keisha Renee Dubois⟧, my SSN ⟦SSN|612-44-9031⟧, my DOB ⟦DOB|8/23/1996⟧ and my old address ⟦A|2231 N Kedzie Ave Apt 3R Chicago IL 60647⟧. Is this legal?? State: IL. Edit: posted ⟦o:D|7/15⟧",
    )
    r(
        "ja_JP",
        "forum_post",
        '[shitsumon] ⟦o:PROD|Raspberry Pi 5⟧ ni ssh dekinai\n\nwifi settei shita kedo tsunagaranai desu. wpa_supplicant.conf: ssid="aterm-3f2c1a-g" psk="⟦S|7d9e2a4b5c6f1⟧" . IP wa ⟦IP|192.168.10.23⟧ (router de kakunin). OS ⟦o:VER|bookworm 64bit⟧. yoroshiku onegaishimasu – ⟦P|Takahashi⟧',
    )
    r(
        "en_NG",
        "forum_post",
        "Nairaland > Jobs > Has anyone used this recruitment agency?\n\nThey asked me to pay ⟦o:AMT|N15,000⟧ for 'processing' into ⟦BBAN|2034487719⟧ First Bank, account name ⟦P|Ifeanyi Chukwu Okeke⟧. They also want my NIN ⟦NID|48273619054⟧ and passport data page. Scam abi? Posted by Adaeze_O",
    )
    r(
        "tr_TR",
        "forum_post",
        "Şikayetvar: ⟦o:PROD|Trendyol⟧ siparişim ⟦o:ORD|812337710⟧ 2 haftadır gelmedi. Adres ⟦A|Atatürk Mah. Gül Sok. No:8 D:3 Ataşehir/İstanbul⟧. Müşteri hizmetleri ⟦o:QTY|5⟧ kere aradım. İsim ⟦P|Elif Şahin⟧ tel ⟦PH|0 (535) 771 40 28⟧",
    )
    r(
        "en_US",
        "forum_post",
        "Stack Overflow – Python requests returns 403 with basic auth\n\nI am doing\n  r = requests.get('⟦UC~urlenc|https://svc_report:Pq8%23xLm2%21@reports.internal.acme.io/v2/daily⟧')\nand get ⟦o:ERR|403 Forbidden⟧. requests ⟦o:VER|2.31.0⟧, python ⟦o:VER|3.11⟧. request id from headers ⟦o:REQ|9f1c2e7a-44b1-4c8e-b2a7-0d3e5f6a7b8c⟧. What am I missing?",
    )
    r(
        "id_ID",
        "forum_post",
        "Kaskus > Tanya Jawab: akun ⟦o:PROD|Shopee⟧ ane kena hack gan. Email ane ⟦E|rizky.pratama92@yahoo.co.id⟧ udah diganti sama orangnya. NIK ane ⟦NID@id.nik|3273044709920002⟧ dipake buat pinjol!! Ane tinggal di ⟦A|Jl. Cihampelas No. 160 RT 02 RW 05⟧ Bandung. Gimana lapor ke polisi? – ⟦P|Rizky⟧",
    )
    r(
        "ro_RO",
        "forum_post",
        "Salut, am primit SMS de la 'posta' cu link sa platesc taxa vamala ⟦o:AMT|3,50 lei⟧. Am bagat cardul ⟦CC|4024 0071 3355 6786⟧ si CVV ⟦S|418⟧ inainte sa-mi dau seama... banca e ⟦o:PROD|BCR⟧. Ce fac?? ⟦P|Ioana Popescu⟧, ⟦L|Cluj⟧",
    )
    r(
        "en_US",
        "forum_post",
        "AWS keys leaked?? got an email from github saying I pushed secrets. the file had\nAWS_ACCESS_KEY_ID=⟦S|AKIA4QW7RTZ2X9MNB3KD⟧\nAWS_SECRET_ACCESS_KEY=⟦S|wJ8rKp2xQ/7mNf4Zc9Vb+Lt3Ys6Hd1Ga0Ue5Ro2T⟧\ncommit ⟦o:SHA|e4b1f09c7a2d3e8f6b5a4c1d0e9f8a7b6c5d4e3f⟧ in repo acme-landing. i deleted the commit, am i safe? – ⟦P|Liu Yang⟧",
    )
    r(
        "en_US",
        "forum_post",
        "Question about ⟦o:PROD|Postgres 16⟧ logical replication lag. We see lag of ~⟦o:QTY|40s⟧ during peak, ⟦o:PCT|95%⟧ CPU on the subscriber, wal_sender_timeout default. Build ⟦o:VER|16.3⟧, ticket ⟦o:TKT|INC-20931⟧. Any tuning tips appreciated.",
    )
    # ---- app support chats ----
    r(
        "en_US",
        "rideshare_support",
        "⟦o:PROD|Lyft⟧ Support ⟦o:T|11:02 PM⟧\nYou: my driver took my bag and drove off!! it has my passport in it\nSupport (⟦P|Ana⟧): I'm so sorry. Can you confirm the ride ID?\nYou: ⟦o:ORD|RIDE-88f2a91c⟧ from ⟦A|1550 Market St⟧ to ⟦A|880 Ellis St apt 4⟧\nSupport (⟦P|Ana⟧): Thank you. Please share the passport details so we can tell the driver what to look for.\nYou: US passport ⟦PP|567129043⟧ name ⟦P|Camila Restrepo⟧ dob ⟦DOB|02-19-1990⟧\nSupport (⟦P|Ana⟧): Got it. Case ⟦o:TKT|LYF-4471201⟧ escalated.",
    )
    r(
        "en_IN",
        "delivery_support",
        "⟦o:PROD|Swiggy⟧ chat\nAgent ⟦P|Kavya⟧: Hi ⟦P|Arjun⟧, how can I help you today?\n⟦P|Arjun⟧: order ⟦o:ORD|#148822931⟧ not delivered but marked delivered\nAgent ⟦P|Kavya⟧: Apologies. Please confirm your delivery address\n⟦P|Arjun⟧: ⟦A|B-204 green view society near d mart kharadi pune 411014⟧\nAgent ⟦P|Kavya⟧: Refund of ⟦o:AMT|₹386⟧ initiated to your UPI ⟦E|arjun.nair@okicici⟧\n⟦P|Arjun⟧: ok thx",
    )
    r(
        "en_AU",
        "dating_app",
        "⟦o:PROD|Hinge⟧ chat\n⟦P|Mia⟧: haha ok you passed the vibe check 😂 here's my number ⟦PH|04 three one two 880 765⟧\n⟦P|Tom⟧: smooth. I'm ⟦P|Tom Nguyen⟧ btw if you wanna stalk my insta first lol @tomnguyen.jpg\n⟦P|Mia⟧: already did 👀 see you at ⟦o:PROD|Mary's Newtown⟧ ⟦o:D|Saturday⟧ ⟦o:T|7⟧",
    )
    r(
        "es_MX",
        "delivery_support",
        "Chat ⟦o:PROD|Rappi⟧\nSoporte: hola! en qué te ayudamos?\nUsuario: el repartidor no encuentra mi casa\nSoporte: compárteme tu dirección completa\nUsuario: ⟦A|cerrada de los pinos 14 casa 3 fracc las ánimas⟧ puebla, es la de portón verde\nSoporte: y un teléfono de contacto\nUsuario: ⟦PH|222 387 1195⟧ a nombre de ⟦P|Valeria Cruz⟧\nSoporte: listo, pedido ⟦o:ORD|RP-44192871⟧ ya va en camino",
    )
    r(
        "pt_BR",
        "rideshare_support",
        "⟦o:PROD|99⟧ Ajuda\nVocê: esqueci meu celular no carro\nAtendente ⟦P|Bruna⟧: poxa, qual foi a corrida?\nVocê: ⟦o:D|ontem⟧ às ⟦o:T|23h40⟧ da ⟦A|av paulista 1578⟧ pra ⟦A|rua vergueiro 3185⟧\nAtendente ⟦P|Bruna⟧: passa um número alternativo pra gente te ligar\nVocê: ⟦PH|11 9 7733 4821⟧ é da minha irmã ⟦P|Letícia⟧\nAtendente ⟦P|Bruna⟧: protocolo ⟦o:TKT|99-20240718-5521⟧",
    )
    r(
        "fr_FR",
        "marketplace_support",
        "Messagerie ⟦o:PROD|Vinted⟧\nAcheteur: bonjour, vous pouvez envoyer par mondial relay ? voici mon adresse ⟦A|Chez Mme Roux, 22 allée des Cerisiers, 44300 Nantes⟧\nVendeuse ⟦P|Camille⟧: ok c'est noté, le colis part ⟦o:D|demain⟧\nAcheteur: merci ! au nom de ⟦P|Inès Roux⟧ svp\nVendeuse ⟦P|Camille⟧: suivi ⟦o:TRK|MR8830412775FR⟧",
    )
    r(
        "en_NG",
        "delivery_support",
        "⟦o:PROD|Jumia⟧ Live Chat\nAgent ⟦P|Tobi⟧: Good afternoon, how may I help?\nCustomer: my package has been pending for 2 weeks\nAgent ⟦P|Tobi⟧: kindly provide order number and phone\nCustomer: ⟦o:ORD|318827744⟧ and ⟦PH|+234 802 771 4490⟧\nAgent ⟦P|Tobi⟧: I see it's going to ⟦A|Plot 14 Gana Street Maitama Abuja⟧ for ⟦P|Hauwa Abdullahi⟧. Is that correct?\nCustomer: yes",
    )
    r(
        "de_DE",
        "dating_app",
        "⟦o:PROD|Tinder⟧\n⟦P|Lena⟧: sorry bin hier nicht so oft, schreib mir lieber auf insta @lena.schmidtt oder ⟦PH|0157 3392 1184⟧ 🙂\n⟦P|Max⟧: gerne, bin übrigens ⟦P|Max⟧ aus ⟦L|Köln-Ehrenfeld⟧\n⟦P|Lena⟧: ich weiß, steht ja im Profil 😅",
    )
    r(
        "en_PH",
        "delivery_support",
        "⟦o:PROD|Lazada⟧ chat\nSeller: hi po ma'am pls confirm address\nBuyer: ⟦A|unit 1208 tower 2 avida towers sucat muntinlupa⟧ po\nSeller: recipient?\nBuyer: ⟦P|Jenelyn Santos⟧ ⟦PH|09175512238⟧\nSeller: noted po, tracking ⟦o:TRK|PH24718330012⟧ thank u",
    )
    r(
        "ar_AE",
        "delivery_support",
        "⟦o:PROD|Talabat⟧ chat\nCustomer: el driver mish la2i el building\nAgent ⟦P|Rania⟧: Sorry for that! Can you share your full address?\nCustomer: ⟦A|marina pinnacle tower apt 3407 dubai marina⟧\nAgent ⟦P|Rania⟧: and your number please\nCustomer: ⟦PH|055 981 2277⟧ esmi ⟦P|yousef haddad⟧\nAgent ⟦P|Rania⟧: thanks ⟦P|Yousef⟧, the rider will call you now. Order ⟦o:ORD|TLB-77120954⟧",
    )
    r(
        "en_US",
        "bank_chat",
        "⟦o:PROD|Chase⟧ chat assistant\nYou: I see a charge of ⟦o:AMT|$1,249.99⟧ from ⟦o:PROD|BestBuy⟧ that I didnt make\nAgent ⟦P|Marcus⟧: I'm sorry. Please confirm the card number ending and your zip\nYou: card is ⟦CC|4532 0177 8812 3456⟧ zip ⟦a:PC|30318⟧\nAgent ⟦P|Marcus⟧: For your security please don't share the full number. I've opened dispute ⟦o:TKT|DSP-0021874⟧",
    )
    r(
        "nl_BE",
        "delivery_support",
        "⟦o:PROD|bpost⟧ chat\nKlant: mijn pakje staat op 'niet thuis' maar ik was thuis\nMedewerker ⟦P|Wout⟧: vervelend! Wat is het barcodenummer?\nKlant: ⟦o:TRK|323299401234567890⟧\nMedewerker ⟦P|Wout⟧: en uw adres?\nKlant: ⟦A|Kortrijksesteenweg 1042 bus 5 9051 Gent⟧\nMedewerker ⟦P|Wout⟧: we proberen morgen opnieuw",
    )
    r(
        "en_US",
        "telehealth_chat",
        "⟦o:PROD|MyChart⟧ message\nFrom: ⟦P|Rosa Delgado⟧\nTo: Dr. ⟦P|Huang⟧'s office\nhi, i need a refill on my metformin. my MRN is ⟦MRN|MRN 4471920⟧ and insurance is ⟦o:PROD|Aetna⟧ member ⟦HPN|W218847730⟧. pharmacy is the walgreens on ⟦A|3400 s cooper st⟧ arlington. dob ⟦DOB|11/02/62⟧ thx",
    )
    r(
        "es_AR",
        "telehealth_chat",
        "Chat ⟦o:PROD|OSDE⟧\nAfiliado: hola quiero sacar turno con dermatología\nOperador ⟦P|Gastón⟧: hola! me pasás tu número de afiliado y DNI?\nAfiliado: afiliado ⟦HPN|61 482930 7 01⟧ y dni ⟦NID|33.482.176⟧\nOperador ⟦P|Gastón⟧: gracias ⟦P|Sofía⟧, tenés turno el ⟦o:D|martes 23⟧ ⟦o:T|10:30⟧ en ⟦o:PROD|sede Belgrano⟧",
    )
    r(
        "en_GB",
        "nhs_chat",
        "NHS 111 online chat\nAdvisor: can I take the patient's NHS number?\nUser: ⟦NID@gb.nhs|943 476 5919⟧\nAdvisor: and their name and date of birth\nUser: ⟦P|Arthur Pemberton⟧ ⟦DOB|3rd Jan 1941⟧, he's my grandad\nAdvisor: thank you. His GP surgery?\nUser: ⟦o:PROD|Riverside Medical Centre⟧, hospital number ⟦MRN|RJ1 883204⟧ from when he was in ⟦o:PROD|St Thomas'⟧",
    )
    r(
        "fr_CA",
        "telehealth_chat",
        "Clavardage ⟦o:PROD|Dialogue⟧\nUsager: bonjour j'ai besoin d'un billet médical pour le travail\nInfirmière ⟦P|Josée⟧: bonjour! votre numéro d'assurance maladie svp\nUsager: ⟦HPN|TREM 8503 1412⟧\nInfirmière ⟦P|Josée⟧: merci M. ⟦P|Tremblay⟧, et votre date de naissance?\nUsager: ⟦DOB|14 mars 85⟧\nInfirmière ⟦P|Josée⟧: parfait, dossier ⟦MRN|D-00481127⟧ ouvert",
    )
    # ---- SMS ----
    r(
        "en_US",
        "sms",
        "⟦o:PROD|Venmo⟧: Your verification code is ⟦S|482 913⟧. Don't share it with anyone. Msg&data rates may apply.",
    )
    r(
        "en_IN",
        "sms",
        "Dear Customer, OTP for txn of ⟦o:AMT|INR 12,499.00⟧ at ⟦o:PROD|FLIPKART⟧ on card XX4471 is ⟦S|739204⟧. Valid for ⟦o:QTY|5 mins⟧. Do not share with anyone -⟦o:PROD|SBI Card⟧",
    )
    r(
        "en_US",
        "sms",
        "mom its me, new phone. save this number ⟦PH|(917) 555-0133⟧. also can u send me grandmas address again for the card, i lost it\n\n> ⟦A|98 Linden Blvd Apt 6C Brooklyn NY 11226⟧ and her name on the mailbox is ⟦P|E. Okonkwo-Baptiste⟧ ❤️",
    )
    r(
        "es_MX",
        "sms",
        "⟦o:PROD|BBVA⟧: Tu clave de acceso temporal es ⟦S|58 21 77⟧. Si no la solicitaste llama al 55 5226 2663.",
    )
    r(
        "pt_BR",
        "sms",
        "oi sou eu a ⟦P|Carol⟧ do condomínio, seu sedex chegou na portaria. aproveita e me passa seu email pra eu te colocar no grupo dos moradores? o meu é ⟦E|carol.m.figueiredo@hotmail.com⟧ bj",
    )
    r(
        "en_GB",
        "sms",
        "ROYAL MAIL: Your parcel ⟦o:TRK|RM448120913GB⟧ has a ⟦o:AMT|£1.45⟧ shipping fee due. Pay at rm-redeliver-uk.info before ⟦o:D|19/07⟧ or it will be returned.",
    )
    r(
        "fr_FR",
        "sms",
        "Bjr c ⟦P|Nadia⟧ la nounou de ⟦P|Léo⟧, je serai en retard de ⟦o:QTY|10 min⟧, le code du portail c toujours ⟦S|4B7731⟧? et le digicode du hall ⟦S|2580A⟧?",
    )
    r(
        "de_AT",
        "sms",
        "Hallo Frau ⟦P|Novak⟧ hier Dr. ⟦P|Reiter⟧ Ordination, Ihr Termin am ⟦o:D|Mo 22.7.⟧ um ⟦o:T|9:30⟧ passt. Bitte e-card mitnehmen, SV-Nr ⟦NID|1237 010180⟧ haben wir bereits.",
    )
    r(
        "sw_KE",
        "sms",
        "⟦o:REQ|SGK3L7PQ2M⟧ Confirmed. ⟦o:AMT|Ksh2,000.00⟧ sent to ⟦P|JOSEPH MWANGI⟧ ⟦PH|0712345678⟧ on ⟦o:D|18/7/24⟧ at ⟦o:T|2:14 PM⟧. New M-PESA balance is ⟦o:AMT|Ksh4,380.50⟧. Transaction cost, ⟦o:AMT|Ksh29.00⟧.",
    )
    r(
        "en_US",
        "sms",
        "Reminder from ⟦o:PROD|Kaiser⟧: ⟦P|Luis⟧, your appointment is ⟦o:D|Thu 7/25⟧ ⟦o:T|2:40pm⟧ w/ Dr. ⟦P|Abernathy⟧. Reply C to confirm. MRN ⟦MRN|11-48207-3⟧",
    )
    r(
        "en_NG",
        "sms",
        "Acct:20**889 Amt:NGN50,000.00 CR Desc:TRF FROM ⟦P|OLUWASEUN ADEYEMI⟧ Bal:NGN63,411.20 Date:⟦o:D|18/07/2024⟧ ⟦o:T|10:22⟧ Ref ⟦o:REQ|000013240718102214⟧",
    )
    r(
        "it_IT",
        "sms",
        "Ciao sono ⟦P|Pietro⟧ il tecnico ⟦o:PROD|Fastweb⟧, passo ⟦o:D|domani⟧ tra le ⟦o:T|14⟧ e le ⟦o:T|16⟧ in ⟦A|via Nizza 88 scala B int. 12⟧ torino. Confermi? Il codice cliente è ⟦o:ORD|FW9920177⟧",
    )
    r(
        "en_US",
        "sms",
        "Hey! It's ⟦P|Rachel⟧ from yoga 🙂 Class moved to ⟦o:T|6:15⟧ tomorrow because of the holiday. See you there!",
    )
    r(
        "en_AU",
        "sms",
        "⟦o:PROD|myGov⟧ code: ⟦S|771 204⟧. Never share this code. If you didn't request it call 13 23 07.",
    )
    # ---- social media DMs ----
    r(
        "en_US",
        "instagram_dm",
        "hiii i saw ur post about the concert tix!! still available? i can venmo u rn. my venmo is @jess-alvarez-12 and my email for the transfer is ⟦E|jessalvarez.12@icloud.com⟧. my names ⟦P|jessica alvarez⟧ btw lol",
    )
    r(
        "en_IN",
        "instagram_dm",
        "bro tu mera ⟦o:PROD|Myntra⟧ order receive kar lena please, mai ghar pe nahi hu. order ⟦o:ORD|MYN-1192837⟧ naam ⟦P|Siddharth Iyer⟧ , otp aayega toh ⟦S|5527⟧ hoga delivery wale ko bata dena",
    )
    r(
        "es_ES",
        "twitter_dm",
        "oye ⟦P|Álvaro⟧, te paso el bizum para lo de la cena, mi número es ⟦PH~spaced|6 1 2 4 4 8 9 0 3⟧ (el que termina en 903). y mi correo por si acaso ⟦E|alvaro.gz.fdez@gmail.com⟧",
    )
    r(
        "fr_FR",
        "instagram_dm",
        "coucou, jsuis la cousine de ⟦P|Théo⟧, il m'a dit que tu cherchais une coloc à Bordeaux? moi c'est ⟦P|Anaïs Mercier⟧, tu peux m'écrire à ⟦E|anais.mercier@outlook.fr⟧ ou au ⟦PH|06 45 78 12 90⟧",
    )
    r(
        "en_PH",
        "facebook_dm",
        "ate pa order po ng 2 ube jam 😊 pa deliver po sa ⟦A|#45 mabini st brgy san roque marikina⟧. ⟦P|Rowena Manalo⟧ po name. cp ⟦PH|09285541177⟧. cod po ha",
    )
    r(
        "pt_BR",
        "instagram_dm",
        "oi amiga tudo bem? to organizando o chá de bebê da ⟦P|Fê⟧, vc pode me mandar seu endereço pra eu mandar o convite? ah e seu email tbm pq o ⟦o:PROD|Canva⟧ pede\n\n→ ⟦A|rua das Hortênsias 212 casa 2 jardim botânico curitiba⟧ e ⟦E|bia_sampaio@gmail.com⟧ bjs",
    )
    r(
        "ko_KR",
        "instagram_dm",
        "annyeong! ⟦P|Seo-yeon⟧ chingu ⟦P|Hana⟧ imnida. goodz gyohwan hal su isseoyo? je kakao ID neun hana_0312 igo, email ⟦E|hana.lee0312@naver.com⟧ ro yeollak juseyo~",
    )
    r(
        "ja_JP",
        "twitter_dm",
        "hajimemashite! ticket yuzutte itadakeru ken desu ga, okurisaki wa ⟦A|tokyo-to setagaya-ku sangenjaya 2-14-7 rebirth 203⟧ ⟦P|yamada aoi⟧ de onegai shimasu. renraku wa ⟦E|aoi.ymd@docomo.ne.jp⟧ made",
    )
    r(
        "en_US",
        "facebook_dm",
        "Hi! I'm organizing the class of ⟦o:D|2004⟧ reunion 🎉 Could you send me your current mailing address + email? Mine: ⟦P|Brandon Whitfield⟧, ⟦E|b.whitfield04@yahoo.com⟧. Event is ⟦o:D|Oct 12⟧ at the ⟦o:PROD|Elks Lodge⟧, tickets ⟦o:AMT|$45⟧",
    )
    # ---- code-switched messages ----
    r(
        "en_US",
        "spanglish_chat",
        "[⟦o:T|7:12 PM⟧] ⟦P|Yesenia⟧: oye ⟦P|Mari⟧ can you fill out the school form for ⟦P|Diego⟧? yo no tengo la compu\n[⟦o:T|7:13 PM⟧] ⟦P|Yesenia⟧: su social es ⟦SSN|345-67-8901⟧ y birthday ⟦DOB|9/14/2015⟧\n[⟦o:T|7:15 PM⟧] ⟦P|Mari Gutiérrez⟧: ok pero mándame tu email tambien pa' que te llegue la confirmación\n[⟦o:T|7:16 PM⟧] ⟦P|Yesenia⟧: ⟦E|yesi.gtz83@gmail.com⟧ gracias mana",
    )
    r(
        "en_PH",
        "taglish_chat",
        "[⟦o:T|1:45 PM⟧] ⟦P|Carlo⟧: pre pa-send naman ng TIN mo, need ni HR for the 2316\n[⟦o:T|1:48 PM⟧] ⟦P|Mark Anthony Reyes⟧: ⟦TAX|412-883-097-000⟧ tapos SSS ko ⟦NID|34-8821907-5⟧\n[⟦o:T|1:48 PM⟧] ⟦P|Mark Anthony Reyes⟧: birthday ko ⟦DOB|May 5 1994⟧ if kailangan din\n[⟦o:T|1:50 PM⟧] ⟦P|Carlo⟧: sige salamat pre",
    )
    r(
        "ar_AE",
        "arabizi_chat",
        "[⟦o:T|22:03⟧] ⟦P|Lina⟧: yalla ba3atli el passport number la2anno badna nihjoz el tickets\n[⟦o:T|22:10⟧] ⟦P|Rami Khoury⟧: ⟦PP|LR2183746⟧ bas ntebhi ra7 yekhlas ⟦o:D|sept⟧\n[⟦o:T|22:10⟧] ⟦P|Rami Khoury⟧: w tarikh el wilade ⟦DOB|12/3/1989⟧\n[⟦o:T|22:11⟧] ⟦P|Lina⟧: tamam, flight ⟦o:FLT|EK 957⟧ ya3ni",
    )
    r(
        "fr_CA",
        "franglais_chat",
        "[⟦o:T|16:20⟧] ⟦P|Kev⟧: yo man c'est quoi ton email pour le shared doc, jveux te share le budget\n[⟦o:T|16:21⟧] ⟦P|Olivier Bouchard⟧: ⟦E|obouchard@videotron.ca⟧ mais check ton spam genre\n[⟦o:T|16:21⟧] ⟦P|Olivier Bouchard⟧: pis le mot de passe du ⟦o:PROD|Netflix⟧ c'est ⟦S|Poutine4Ever!⟧ don't tell ma blonde lol",
    )
    r(
        "en_IN",
        "hinglish_chat",
        "[⟦o:T|10:01⟧] ⟦P|Neha⟧: yaar mujhe apna passport number aur DOB bhej de, visa agent ko chahiye\n[⟦o:T|10:04⟧] ⟦P|Ananya Krishnan⟧: ⟦PP|M8847213⟧ aur DOB ⟦DOB|23-09-1997⟧\n[⟦o:T|10:04⟧] ⟦P|Ananya Krishnan⟧: aur haan address wala proof mein ⟦A|12/4 Nungambakkam High Road Chennai 600034⟧ hai\n[⟦o:T|10:06⟧] ⟦P|Neha⟧: done, fees ⟦o:AMT|₹6,500⟧",
    )
    r(
        "en_NG",
        "pidgin_chat",
        "[⟦o:T|19:33⟧] ⟦P|Blessing⟧: abeg send me your account make I pay back that 20k\n[⟦o:T|19:35⟧] ⟦P|Yemi Balogun⟧: ⟦BBAN|0428817753⟧ access bank\n[⟦o:T|19:35⟧] ⟦P|Yemi Balogun⟧: name na ⟦P|Balogun Oluwayemisi⟧\n[⟦o:T|19:40⟧] ⟦P|Blessing⟧: sent. session id ⟦o:REQ|000014240718194022⟧",
    )
    r(
        "es_US",
        "spanglish_voicemail",
        "voicemail transcript: hi this is ⟦P|Carmen⟧ from ⟦o:PROD|Alvarez Insurance⟧ llamando para Sr. ⟦P|Ramírez⟧ eh we need el driver license number para la póliza, el que tenemos ⟦DL|D123-4567-8901⟧ ya expiró, call me back al ⟦PH|713 555 0162⟧ gracias",
    )
    r(
        "tr_DE",
        "code_switched_chat",
        "[⟦o:T|21:14⟧] ⟦P|Ayşe⟧: abla ich brauch deine steuer-id für die nebenkosten, vermieter istiyor\n[⟦o:T|21:20⟧] ⟦P|Zeynep Kaya⟧: ⟦TAX@de.idnr|65017398005⟧ canım\n[⟦o:T|21:20⟧] ⟦P|Zeynep Kaya⟧: ve IBAN ⟦IBAN|DE89 3704 0044 0532 0130 00⟧ zaten biliyor\n[⟦o:T|21:22⟧] ⟦P|Ayşe⟧: tamam danke 😘",
    )
    r(
        "sw_KE",
        "sheng_chat",
        "[⟦o:T|08:40⟧] ⟦P|Kevo⟧: msee nimeget job interview lakini wanataka KRA PIN na ID\n[⟦o:T|08:42⟧] ⟦P|Kevo⟧: PIN ⟦TAX@ke.pin|P051365947R⟧ ID ⟦NID|31829047⟧ hii ni sawa?\n[⟦o:T|08:45⟧] ⟦P|Dennis Kimani⟧: si utume kwa email yao tu, usiweke kwa group bana",
    )
    r(
        "ro_RO",
        "chat",
        "[⟦o:T|11:30⟧] ⟦P|Vlad⟧: frate trimite-mi iban-ul sa-ti dau banii de la chirie\n[⟦o:T|11:33⟧] ⟦P|Cristian Munteanu⟧: ⟦IBAN|RO49 AAAA 1B31 0075 9384 0000⟧ pe numele ⟦P|Munteanu Cristian⟧\n[⟦o:T|11:34⟧] ⟦P|Vlad⟧: ok ⟦o:AMT|1200 lei⟧ trimisi",
    )
    r(
        "el_GR",
        "chat",
        "[⟦o:T|18:05⟧] ⟦P|Eleni⟧: kalispera! mou steileis to IBAN gia to enoikio?\n[⟦o:T|18:12⟧] ⟦P|Dimitris Georgiou⟧: ⟦IBAN|GR16 0110 1250 0000 0001 2300 695⟧ ethniki\n[⟦o:T|18:12⟧] ⟦P|Dimitris Georgiou⟧: kai to AFM mou an to thes gia tin apodeiksi ⟦TAX@gr.vat|094259216⟧\n[⟦o:T|18:13⟧] ⟦P|Eleni⟧: efxaristo!",
    )
    r(
        "pl_PL",
        "chat",
        "[⟦o:T|14:02⟧] ⟦P|Tomek⟧: siema, wyślesz mi numer konta na zrzutkę?\n[⟦o:T|14:05⟧] ⟦P|Magda Kowalczyk⟧: ⟦IBAN|PL61 1090 1014 0000 0712 1981 2874⟧\n[⟦o:T|14:05⟧] ⟦P|Magda Kowalczyk⟧: a jak chcesz fakturę to NIP ⟦TAX@pl.nip|526-021-54-38⟧\n[⟦o:T|14:07⟧] ⟦P|Tomek⟧: dzięki, ⟦o:AMT|50 zł⟧ poszło",
    )
    r(
        "vi_VN",
        "chat",
        "[⟦o:T|09:15⟧] ⟦P|Minh⟧: a oi cho e xin ma so thue cong ty de xuat hoa don\n[⟦o:T|09:20⟧] ⟦P|Tran Van Hung⟧: ⟦TAX@vn.mst|0303123459⟧ nhe, dia chi ⟦A|so 12 duong nguyen hue phuong ben nghe quan 1⟧ tphcm\n[⟦o:T|09:21⟧] ⟦P|Minh⟧: dạ e cam on, hoa don so ⟦o:INV|0001842⟧",
    )
    r(
        "ko_KR",
        "chat",
        "[⟦o:T|13:40⟧] ⟦P|Eunji⟧: eonni beomhaeng jeungmyeong-e jumin beonho pilyohae\n[⟦o:T|13:44⟧] ⟦P|Choi Soo-ah⟧: ⟦NID@kr.rrn|920311-2345670⟧\n[⟦o:T|13:44⟧] ⟦P|Choi Soo-ah⟧: ige bonin kkeo-ya, daleun saram hante bonaeji ma\n[⟦o:T|13:45⟧] ⟦P|Eunji⟧: arasseo~",
    )
    r(
        "id_ID",
        "chat",
        "[⟦o:T|16.40⟧] ⟦P|Sari⟧: bu, buat daftar BPJS butuh NIK sama no KK\n[⟦o:T|16.52⟧] Ibu: NIK ibu ⟦NID@id.nik|3578106112850003⟧\n[⟦o:T|16.52⟧] Ibu: no bpjs lama ⟦HPN|0001847729310⟧\n[⟦o:T|16.53⟧] ⟦P|Sari⟧: siap bu",
    )
    r(
        "it_IT",
        "chat",
        "[⟦o:T|19:20⟧] ⟦P|Fede⟧: mi giri l'iban che ti faccio il bonifico per il regalo di ⟦P|Chiara⟧\n[⟦o:T|19:22⟧] ⟦P|Alessandro Greco⟧: ⟦IBAN|IT60X0542811101000000123456⟧ intestato ⟦P|Greco Alessandro⟧\n[⟦o:T|19:22⟧] ⟦P|Fede⟧: fatto ⟦o:AMT|30€⟧ causale regalo",
    )
    r(
        "pt_PT",
        "chat",
        "[⟦o:T|12:01⟧] ⟦P|Inês⟧: manda-me o teu NIB para te pagar o jantar\n[⟦o:T|12:03⟧] ⟦P|Rui Carvalho⟧: ⟦IBAN|PT50 0002 0123 1234 5678 9015 4⟧\n[⟦o:T|12:03⟧] ⟦P|Rui Carvalho⟧: ou mbway para ⟦PH|912 448 301⟧",
    )
    # ---- more support / onboarding chats ----
    r(
        "en_US",
        "rideshare_onboarding",
        '⟦o:PROD|DoorDash⟧ Dasher Support chat\nDasher: hi my background check is stuck on pending for ⟦o:QTY|9 days⟧\nAgent ⟦P|Kelsey⟧: Sorry about that! Let me verify. Full legal name?\nDasher: ⟦P|Oluwadamilare "Dami" Akinyemi⟧\nAgent ⟦P|Kelsey⟧: SSN and DOB as entered?\nDasher: ⟦SSN|523-19-0876⟧ , ⟦DOB|1/7/1999⟧\nAgent ⟦P|Kelsey⟧: And the driver license?\nDasher: ⟦DL|A4418 22739 0615⟧ maryland\nAgent ⟦P|Kelsey⟧: I see it, the DL number was typed as ⟦DL|A441822739061⟧ (missing a digit). I\'ve fixed it, ref ⟦o:TKT|DD-3318207⟧. Email confirmation going to ⟦E|dami.akinyemi@gmail.com⟧',
    )
    r(
        "en_US",
        "call_transcript",
        "speaker 1: ⟦o:PROD|Capital One⟧ this is ⟦P|Brittany⟧ can i get your name\nspeaker 2: ⟦P|gerald wayne pruitt⟧\nspeaker 1: thank you mister pruitt and the social\nspeaker 2: ⟦SSN|458 32 9017⟧\nspeaker 1: and the card you're calling about\nspeaker 2: ⟦CC|5413 3390 7561 2996⟧\nspeaker 1: expiration and the three digit code on the back\nspeaker 2: ⟦o:D|oh nine twenty seven⟧ and ⟦S|six one four⟧\nspeaker 1: okay sir i've added a travel notice through ⟦o:D|august thirtieth⟧",
    )
    r(
        "en_US",
        "hospital_call",
        "Transcript – Patient Access line\nCaller: yeah hi calling about my mom's bill, she was admitted ⟦o:D|last tuesday⟧\nRep: patient name?\nCaller: ⟦P|Dolores Fitzgerald-Baez⟧ F I T Z\nRep: date of birth\nCaller: ⟦DOB|april ninth nineteen forty nine⟧\nRep: medical record number if you have it\nCaller: ⟦MRN~spelled|M R N zero zero four four seven one eight two⟧\nRep: and is she still on ⟦o:PROD|Medicare⟧\nCaller: yeah her medicare number is ⟦HPN|1EG4-TE5-MK73⟧\nRep: ok I see account ⟦o:INV|HB-20240711-0082⟧ balance ⟦o:AMT|$2,310.44⟧",
    )
    r(
        "en_US",
        "it_helpdesk_chat",
        "#it-help (Slack)\npriya.s ⟦o:T|9:02 AM⟧: vpn keeps failing with ⟦o:ERR|error 809⟧ from home\n⟦P|Sam Ortiz⟧ (IT) ⟦o:T|9:05 AM⟧: what's your home public IP?\npriya.s ⟦o:T|9:06 AM⟧: ⟦IP|98.207.114.62⟧\n⟦P|Sam Ortiz⟧ (IT) ⟦o:T|9:08 AM⟧: ok try this config, temp creds: ⟦UC|https://priya.s:Vx!93kLq@vpn.northwind-corp.com:4443/⟧ — reset your pw after\npriya.s ⟦o:T|9:15 AM⟧: works! ty. ticket ⟦o:TKT|IT-55102⟧ can close",
    )
    r(
        "en_GB",
        "it_helpdesk_chat",
        "Teams chat\n⟦P|Callum Reid⟧: mate the jenkins job is failing again, console says ⟦o:ERR|exit code 128⟧\n⟦P|Fatima Shah⟧: the repo url in the job has creds baked in, ⟦UC|https://ci-bot:ghp_9fT2kLmQ8xW4zR7vN1cB6yH3jD5sA0eP2gU8@github.com/acme/payments.git⟧ and that token got revoked\n⟦P|Callum Reid⟧: ahh. build ⟦o:VER|#4471⟧ on node ⟦IP|10.20.4.17⟧\n⟦P|Fatima Shah⟧: I'll rotate it, new one goes in the vault",
    )
    r(
        "de_DE",
        "it_helpdesk_chat",
        "Ticket ⟦o:TKT|#88213⟧ – Kunde Herr ⟦P|Albrecht⟧ schreibt: Hallo, unser Drucker im Büro ist nicht mehr erreichbar. Die Admin-Oberfläche läuft auf ⟦UC|http://admin:Druck3r2019@192.168.178.50:8080⟧ . Fehlermeldung ⟦o:ERR|E-302⟧. Bitte um Rückruf unter ⟦PH|030 2284 119-12⟧. MfG ⟦P|K. Albrecht⟧, ⟦A|Friedrichstr. 123, 10117 Berlin⟧",
    )
    r(
        "en_IN",
        "travel_agent_whatsapp",
        "[⟦o:D|18/07/24⟧, ⟦o:T|11:20 am⟧] ⟦o:PROD|Yatra Holidays⟧: Sir please share passport details of all travellers for Dubai visa\n[⟦o:D|18/07/24⟧, ⟦o:T|11:42 am⟧] ⟦P|Vikram Malhotra⟧: 1) ⟦P|Vikram Malhotra⟧ ⟦PP|T6614029⟧ dob ⟦DOB|11/08/1982⟧\n2) ⟦P|Sunita Malhotra⟧ ⟦PP|T6614030⟧ dob ⟦DOB|02/02/1985⟧\n3) ⟦P|Kabir⟧ (son) ⟦PP|V1187734⟧ dob ⟦DOB|19/10/2014⟧\n[⟦o:D|18/07/24⟧, ⟦o:T|11:45 am⟧] ⟦o:PROD|Yatra Holidays⟧: Thank you sir. Booking ⟦o:ORD|YT-8812044⟧, total ⟦o:AMT|₹1,84,300⟧",
    )
    r(
        "es_MX",
        "travel_agent_whatsapp",
        "[⟦o:T|10:05⟧] Agencia ⟦o:PROD|Viajes Sol⟧: buen día! para el tour a Cancún nos comparte pasaporte y fecha de nacimiento\n[⟦o:T|10:30⟧] ⟦P|Daniela Ruiz Ochoa⟧: ⟦PP|G48219377⟧ nací el ⟦DOB|3 de febrero del 92⟧, y mi esposo ⟦P|Iván Treviño⟧ ⟦PP|G51102884⟧ ⟦DOB|28/06/1990⟧\n[⟦o:T|10:31⟧] Agencia ⟦o:PROD|Viajes Sol⟧: perfecto, correo para mandar los vouchers?\n[⟦o:T|10:33⟧] ⟦P|Daniela Ruiz Ochoa⟧: ⟦E~at_dot|daniruiz arroba outlook punto com⟧",
    )
    r(
        "en_NG",
        "bank_call_transcript",
        "agent: ⟦o:PROD|Access Bank⟧ good day this is ⟦P|Chioma⟧\ncaller: good day, i want to link my new card\nagent: card number sir\ncaller: ⟦CC|5399 8311 2204 7745⟧\nagent: and your BVN\ncaller: ⟦NID|22309184726⟧\nagent: date of birth\ncaller: ⟦DOB|fourteenth of march nineteen eighty eight⟧\nagent: and email on the account\ncaller: ⟦E~at_dot|tunde underscore bakare at yahoo dot com⟧\nagent: card linked, reference ⟦o:REQ|ACB24071800912⟧",
    )
    r(
        "fr_FR",
        "chat",
        "[⟦o:T|08:12⟧] Papa: ⟦P|Clémence⟧ tu peux envoyer ma carte vitale et mon permis à la mutuelle? je suis en déplacement à ⟦L|Rennes⟧\n[⟦o:T|08:20⟧] ⟦P|Clémence⟧: ok c'est quoi ton numéro de permis\n[⟦o:T|08:25⟧] Papa: ⟦DL|12AB34567⟧ et la mutuelle c'est ⟦HPN|MGEN 1 780 441 923⟧\n[⟦o:T|08:26⟧] ⟦P|Clémence⟧: envoyé à ⟦E|contact.adherent@mgen-exemple.fr⟧ ✅",
    )
    r(
        "en_AU",
        "sms",
        "hi Dr ⟦P|Nguyen⟧s office, this is ⟦P|Harriet Cole⟧ (dob ⟦DOB|16.05.1971⟧). can u pls fax my referral to the ⟦o:PROD|Royal Melbourne⟧, my medicare is ⟦HPN|4951 82716 2⟧ and hospital UR ⟦MRN|UR 2274419⟧. my new email is ⟦E|harriet.cole71@bigpond.com⟧ ta",
    )
    r(
        "en_US",
        "sms",
        "hey its ⟦P|Jordan⟧, ur card is still at the bar lol. it says ⟦P|MICHAEL T DESANTIS⟧ ⟦CC~linebreak|4761 7390\n0010 1224⟧ i took a pic so u can cancel. also ur license fell out too ⟦DL|D4418-2276-9913⟧ ill drop it at ⟦A|221 w 5th st⟧ tmrw",
    )
    r(
        "en_US",
        "dating_app_support",
        "⟦o:PROD|Bumble⟧ Support\nUser: someone made a fake profile with my pics!!! the account says ⟦P|Ashley⟧, ⟦o:QTY|27⟧, ⟦L|Tampa⟧\nAgent: We're sorry. Please send the profile link and confirm your own account email.\nUser: my email is ⟦E~zwsp|ash​ley.monroe​@proton.me⟧ and the fake is bumble.com/app/profile/⟦o:REQ|8f3a11c02e⟧\nAgent: Thanks ⟦P|Ashley⟧, report ⟦o:TKT|BMB-990217⟧ filed.",
    )
    r(
        "ja_JP",
        "call_transcript",
        "operator: ⟦o:PROD|Rakuten⟧ card desu, go-honnin kakunin no tame onamae onegaishimasu\nkokyaku: ⟦P|suzuki takeshi⟧ desu\noperator: seinengappi wa\nkokyaku: ⟦DOB|showa gojuu-hachi nen shigatsu tooka⟧\noperator: card bangou no shimo yon keta wa\nkokyaku: ⟦o:QTY|7731⟧\noperator: go-jusho wa ⟦A|osaka-fu osaka-shi kita-ku umeda 3-1-1 1204⟧ de yoroshii desu ka\nkokyaku: hai",
    )
    r(
        "en_IN",
        "call_transcript",
        "agent: sir your new credit card number i am reading please confirm\ncustomer: ok\nagent: ⟦CC~fullwidth|５５２０ ４３１１ ９９０７ ２６３５⟧ valid thru ⟦o:D|08/29⟧\ncustomer: yes matching\nagent: and your registered email ⟦E|vk.mehta1979@rediffmail.com⟧ and mobile ⟦PH~fullwidth|＋９１ ９８２０１ ４４７３１⟧\ncustomer: correct\nagent: thank you Mr ⟦P|Mehta⟧",
    )
    # ---- more mixed ----
    r(
        "en_US",
        "tax_prep_chat",
        "⟦o:PROD|TurboTax⟧ Live chat\nExpert ⟦P|Renee⟧: To add your dependents I'll need their names, SSNs and birthdates.\nYou: ⟦P|Ava Lindqvist⟧ ⟦SSN|287-65-4321⟧ ⟦DOB|04/30/2016⟧ and ⟦P|Noah Lindqvist⟧ ⟦SSN|701 12 3456⟧ ⟦DOB|12/1/2018⟧\nExpert ⟦P|Renee⟧: And the daycare provider EIN?\nYou: ⟦TAX|84-2291047⟧ little sprouts\nExpert ⟦P|Renee⟧: Great. Also for direct deposit: routing ⟦a:BC|021000021⟧ and account?\nYou: ⟦BBAN|483920117264⟧",
    )
    r(
        "en_US",
        "voicemail",
        'Voicemail – ⟦o:D|Jul 17⟧ ⟦o:T|8:03 AM⟧ from Unknown\n"yes this is officer ⟦P|daniels⟧ with the social security administration your social ⟦SSN~spelled|one three four seven eight two two six zero⟧ has been suspended due to suspicious activity press one to speak to an agent" [likely spam]',
    )
    r(
        "en_US",
        "sms",
        "sis can u log into my ⟦o:PROD|Xfinity⟧ acct and pay the bill, im at work. login ⟦E|tiana.brooks22@gmail.com⟧ pw ⟦S|Brooklyn2018!!⟧ and the card on file ends in ⟦o:QTY|4471⟧ it's fine",
    )
    r(
        "en_GB",
        "marketplace_support",
        "⟦o:PROD|Depop⟧ message\nBuyer: hi, paid via bank transfer as agreed, sent to ⟦BBAN|40-47-84 71829463⟧ ref ⟦o:ORD|DEPOP-883⟧\nSeller ⟦P|Imogen⟧: got it thanks! posting to ⟦A|27 Carlton Rd, Nottingham NG3 2DG⟧ tomorrow, name ⟦P|Priyanka Sood⟧ yeah?\nBuyer: yep that's me x",
    )
    r(
        "ar_AE",
        "arabizi_chat",
        "[⟦o:T|14:50⟧] ⟦P|Hamad⟧: shabab meen 3indo el wifi password taba3 el majlis\n[⟦o:T|14:52⟧] ⟦P|Saeed Al Nuaimi⟧: ⟦S|Majlis@2023_Saeed⟧ w el router admin ⟦UC|http://admin:etisalat123@192.168.1.1⟧ law bet7tajo\n[⟦o:T|14:53⟧] ⟦P|Hamad⟧: mashkoor ya ⟦P|bu khalid⟧",
    )
    r(
        "en_PH",
        "taglish_chat",
        "[⟦o:T|9:12 PM⟧] ⟦P|Joy⟧: beh, yung bpi account mo ba yung ⟦BBAN|3149 0872 66⟧? ipapadala ko na yung share sa kuryente\n[⟦o:T|9:15 PM⟧] ⟦P|Carmela Villanueva⟧: oo yan. pero mas okay kung gcash nalang ⟦PH|0966 302 7788⟧\n[⟦o:T|9:15 PM⟧] ⟦P|Joy⟧: sige gcash nalang. nasa ⟦L|Cebu⟧ ka pa ba?\n[⟦o:T|9:16 PM⟧] ⟦P|Carmela Villanueva⟧: oo until ⟦o:D|sunday⟧",
    )
    r(
        "en_US",
        "discord_dm",
        "yo ⟦P|Marcus⟧ the minecraft server is back up. ip is ⟦IP|64.227.19.203⟧ port ⟦o:QTY|25565⟧, rcon pw ⟦S|creeperAwMan77⟧. dont give it to ⟦P|tyler⟧ again he griefed the whole spawn 💀 also i moved to ⟦L|Columbus⟧ so my ping is trash now",
    )
    r(
        "en_AU",
        "forum_post",
        "Reddit r/AusFinance – got scammed on FB marketplace\n\nSold a bike, buyer 'paid' via fake ⟦o:PROD|PayID⟧ email from ⟦E|payid-secure-transfer@outlook.com⟧. Asked me to send ⟦o:AMT|$250⟧ to 'upgrade' to a business account BSB ⟦a:BC|062-000⟧ acct ⟦BBAN|1187 2391⟧, name ⟦P|Jake Wilson⟧ (prob fake). Already reported, ReportCyber #⟦o:TKT|CIRS-20240718-119⟧. Living in ⟦L|Geelong⟧ if anyone else got hit",
    )
    r(
        "nl_BE",
        "voicemail",
        'Voicemail ⟦o:T|17:48⟧: "ja hallo met ⟦P|Stijn Claes⟧ van ⟦o:PROD|Immo Vlaanderen⟧ ik bel voor de huurwaarborg van de studio in de ⟦A|Naamsestraat 61 bus 2⟧ in Leuven, als je me kunt terugbellen op ⟦PH|0476 55 82 10⟧ of mailen naar ⟦E|stijn.claes@immovlaanderen.be⟧, dank je, daag"',
    )
    r(
        "zu_ZA",
        "call_transcript",
        "agent: ⟦o:PROD|Capitec⟧ good afternoon you're speaking to ⟦P|Lerato⟧\ncaller: sawubona, ngifuna ukuvula i-account, igama ngu ⟦P|Sipho Ndlovu⟧\nagent: your ID number please\ncaller: ⟦NID@za.idnr|9507010123086⟧\nagent: and where do you stay\ncaller: ⟦A|1423 Vilakazi Street Orlando West Soweto⟧\nagent: email\ncaller: ⟦E|sipho.ndlovu95@gmail.com⟧",
    )
    r(
        "tr_TR",
        "dm",
        "selam ⟦P|Cem⟧ abi, ⟦o:PROD|Sahibinden⟧'deki ilanınız için yazıyorum, arabayı ⟦L|Bursa⟧'da görebilir miyim? numaram ⟦PH|0 542 118 30 77⟧, mail ⟦E|burak.aydin1990@hotmail.com⟧ – ⟦P|Burak⟧",
    )
    r(
        "es_AR",
        "forum_post",
        "Consulta en el foro de ⟦o:PROD|Mercado Libre⟧: me bloquearon la cuenta y me piden foto del DNI. mi usuario está a nombre de ⟦P|Romina Belén Acosta⟧, DNI ⟦NID|38.119.284⟧, vivo en ⟦L|Rosario⟧. ya mandé mail a ⟦E|romi.acosta.ros@gmail.com⟧ y nada. reclamo ⟦o:TKT|#502188341⟧",
    )
    r(
        "pl_PL",
        "sms",
        "Dzień dobry, tu ⟦P|Paweł⟧ z serwisu ⟦o:PROD|Bosch⟧. Pralka gotowa do odbioru, naprawa ⟦o:AMT|280 zł⟧, zlecenie ⟦o:TKT|SRW/2024/07/1183⟧. Proszę o potwierdzenie na ⟦E|serwis.pawel.nowicki@wp.pl⟧.",
    )
    r(
        "id_ID",
        "delivery_support",
        "Chat ⟦o:PROD|Gojek⟧\nPengguna: drivernya bawa kabur barang saya, ktp saya di dalam tas\nCS ⟦P|Rina⟧: mohon maaf kak, boleh sebutkan nama dan NIK di KTP?\nPengguna: ⟦P|Putri Rahmawati⟧ ⟦NID@id.nik|3171015503880001⟧\nCS ⟦P|Rina⟧: terima kasih kak ⟦P|Putri⟧, laporan ⟦o:TKT|GJK-71182034⟧ sudah kami teruskan. email konfirmasi ke ⟦E|putri.rahma88@gmail.com⟧",
    )
    r(
        "en_US",
        "it_helpdesk_chat",
        "DM from ⟦P|Kenji Watanabe⟧: hey, the staging db moved. new conn string is ⟦UC|postgresql://app_rw:Zq7%40pL2x9@10.40.2.11:5432/orders⟧ and the bastion is ⟦IP|34.201.88.142⟧. also the recovery codes for the shared 2fa: ⟦S|8f2k-9x1m⟧ ⟦S|q7w3-z5n2⟧ (use one and tell me)",
    )
    r(
        "vi_VN",
        "chat",
        "[⟦o:T|20:40⟧] ⟦P|Huong⟧: anh gui em dia chi nha de em ship qua nha\n[⟦o:T|20:45⟧] ⟦P|Le Quang Vinh⟧: ⟦A|ngo 42 pho hue hai ba trung ha noi⟧ tang 3, sdt ⟦PH|0912 448 207⟧\n[⟦o:T|20:46⟧] ⟦P|Huong⟧: ok a, ma van don ⟦o:TRK|GHN8831027⟧",
    )
    # ---- no sensitive values (look-alikes only) ----
    r(
        "en_US",
        "sms",
        "⟦o:PROD|UPS⟧: Your package ⟦o:TRK|1Z999AA10123456784⟧ is out for delivery today between ⟦o:T|2:00 PM⟧ and ⟦o:T|6:00 PM⟧. Reply STOP to opt out.",
    )
    r(
        "en_IN",
        "sms",
        "Your ⟦o:PROD|IRCTC⟧ PNR ⟦o:ORD|4521873390⟧ Train ⟦o:FLT|12951⟧ Dt ⟦o:D|21-07-2024⟧ Coach B3 Berth 42 CNF. Fare ⟦o:AMT|Rs 2,145⟧. Happy journey.",
    )
    r(
        "de_DE",
        "whatsapp",
        "[⟦o:T|18:30⟧] Gruppe Fußball U12: Training ⟦o:D|morgen⟧ fällt aus wegen Gewitter. Nächstes Spiel ⟦o:D|Sa 27.07.⟧ ⟦o:T|10:00⟧ Uhr, Treffpunkt Sportplatz. Trikots Größe ⟦o:SKU|152⟧ sind da, ⟦o:AMT|25€⟧ pro Stück.",
    )
    r(
        "fr_FR",
        "forum_post",
        "[Résolu] Erreur ⟦o:ERR|0x800f0922⟧ mise à jour ⟦o:PROD|Windows 11⟧ ⟦o:VER|23H2⟧ — il fallait juste agrandir la partition de récupération de ⟦o:QTY|500 Mo⟧. KB ⟦o:SKU|KB5034441⟧. Merci à tous.",
    )
    r(
        "en_AU",
        "marketplace",
        "Selling ⟦o:PROD|Weber Q2200⟧ bbq, used twice, ⟦o:AMT|$250⟧ firm. Pickup inner west only, no holds. Model ⟦o:SKU|54060124⟧, ⟦o:QTY|2⟧ gas bottles incl.",
    )
    r(
        "es_AR",
        "whatsapp",
        "[⟦o:T|21:00⟧] Grupo Consorcio: recordamos que las expensas de ⟦o:D|julio⟧ vencen el ⟦o:D|10/08⟧, monto ⟦o:AMT|$84.300⟧. Factura ⟦o:INV|B-0003-00018422⟧. Cualquier duda consulten en administración.",
    )
    r(
        "en_NG",
        "forum_post",
        "Please what is the meaning of error ⟦o:ERR|E-1001⟧ on ⟦o:PROD|Remita⟧ when paying JAMB ⟦o:AMT|N6,200⟧? Transaction ref ⟦o:REQ|280007441923⟧ was debited but no RRR generated. Anybody experienced this in ⟦o:D|2024⟧?",
    )
    r(
        "pt_BR",
        "sms",
        "⟦o:PROD|iFood⟧: Seu pedido ⟦o:ORD|#7721⟧ saiu para entrega! Previsão ⟦o:T|20:35⟧-⟦o:T|20:50⟧. Código de entrega: informe ao entregador os ⟦o:QTY|4⟧ últimos dígitos do pedido.",
    )
    r(
        "ja_JP",
        "line",
        "⟦o:T|12:03⟧ kaisha group: ashita no kaigi wa ⟦o:T|14:00⟧ kara ⟦o:QTY|3F⟧ kaigishitsu B desu. shiryou wa ⟦o:VER|v3.2⟧ wo tsukatte kudasai. ⟦o:REQ|#proj-2291⟧",
    )
    r(
        "it_IT",
        "sms",
        "⟦o:PROD|Trenitalia⟧: il treno ⟦o:FLT|FR 9531⟧ del ⟦o:D|19/07⟧ è in ritardo di ⟦o:QTY|35 minuti⟧. Codice biglietto ⟦o:ORD|PNR X7K2QM⟧. Ci scusiamo per il disagio.",
    )
    r(
        "ko_KR",
        "kakaotalk",
        "[⟦o:T|09:00⟧] ⟦o:PROD|CJ daehan tongun⟧: gogaeknim-ui sangpum-i baesong wallyo doe-eotseumnida. unsong-jang beonho ⟦o:TRK|6892 1047 7731⟧. ⟦o:D|07/18⟧",
    )
    r(
        "en_US",
        "forum_post",
        "PSA for anyone on ⟦o:PROD|Pixel 8⟧: the ⟦o:VER|July 2024⟧ update (⟦o:VER|AP2A.240705.004⟧) fixes the wifi drop bug. Took about ⟦o:QTY|12 min⟧ to install. Battery went from ⟦o:PCT|64%⟧ to ⟦o:PCT|58%⟧.",
    )
    r(
        "sw_KE",
        "sms",
        "⟦o:PROD|KPLC⟧: Token ya umeme ⟦o:REQ|4471 2290 8813 0047 5521⟧ kwa meter ⟦o:SKU|37182290441⟧, units ⟦o:QTY|34.2⟧ kWh, ⟦o:AMT|KES 1,000⟧. ⟦o:D|18/07/2024⟧ ⟦o:T|13:41⟧",
    )
    # ---- top-up records ----
    r(
        "en_US",
        "call_transcript",
        "agent: ⟦o:PROD|Progressive⟧ claims this is ⟦P|Tyrell⟧\ncaller: hi i was in an accident on ⟦o:D|monday⟧ the other driver gave me his info\nagent: go ahead\ncaller: his name is ⟦P|brian mcallister⟧ license ⟦DL|M240 5571 8830⟧ illinois, and his insurance card says ⟦HPN|STF-99218473⟧ wait no thats his health card sorry\nagent: no problem, and your own license\ncaller: ⟦DL~fullwidth|Ｋ５５０－２１８４－９０３７⟧\nagent: and where are you now\ncaller: im at my sisters in ⟦L|naperville⟧\nagent: claim ⟦o:TKT|PGR-24-7718203⟧ is open",
    )
    r(
        "en_GB",
        "hospital_chat",
        "Patient portal message\nFrom: ⟦P|Niamh Gallagher⟧\nRe: results\nHi, I had bloods done at ⟦o:PROD|Royal Victoria⟧ under hospital no ⟦MRN|H&C 7731902⟧ but the letter came with my old number ⟦MRN|H&C 5520117⟧. My H&C number is ⟦NID|320 441 8836⟧. Can you merge them? I'm currently staying in ⟦L|Derry⟧. Thanks",
    )
    r(
        "es_ES",
        "chat",
        "[⟦o:T|10:40⟧] ⟦P|Marta⟧: tía pásame el IBAN del piso de ⟦L|Salamanca⟧ que hago la transferencia del alquiler\n[⟦o:T|10:42⟧] ⟦P|Lucía Navarro Gil⟧: ⟦IBAN~zwsp|ES91 2100 0418 ​4502 0005 1332⟧ (copia y pega que el móvil me mete cosas raras)\n[⟦o:T|10:42⟧] ⟦P|Lucía Navarro Gil⟧: y mi NIE por si el casero lo pide ⟦NID@es.nie|X1234567L⟧\n[⟦o:T|10:43⟧] ⟦P|Marta⟧: ok ⟦o:AMT|450€⟧ enviados",
    )
    r(
        "en_US",
        "telegram",
        "⟦P|Viktor⟧, [⟦o:D|18.07.2024⟧ ⟦o:T|23:14⟧]\nok here are the staging creds, delete after reading\n⟦UC|ftp://deploy:S3cure!Ftp2024@files.kovalenko-dev.com:21⟧\n⟦UC|mongodb+srv://ops:Mq92xLp0@cluster0.x7k2a.mongodb.net/prod⟧\n⟦P|Oksana Kovalenko⟧, [⟦o:D|18.07.2024⟧ ⟦o:T|23:16⟧]\ngot it, deleted ✔ also my card for the ⟦o:PROD|DigitalOcean⟧ bill is ⟦CC|4917 6100 2233 4452⟧ exp ⟦o:D|11/26⟧",
    )
    r(
        "en_IN",
        "hinglish_chat",
        "[⟦o:T|15:02⟧] ⟦P|Rahul⟧: bhai passport renewal ke liye purana number chahiye, tere paas photo hai na?\n[⟦o:T|15:05⟧] ⟦P|Aditya Joshi⟧: haan ⟦PP~linebreak|K78\n41290⟧ tha, file number ⟦o:ORD|BN1079483921224⟧\n[⟦o:T|15:06⟧] ⟦P|Aditya Joshi⟧: aur card se fees bhar de ⟦CC|3566 0084 2215 9379⟧ mera wala, cvv mai call pe bataunga\n[⟦o:T|15:06⟧] ⟦P|Rahul⟧: 👍",
    )
    r(
        "en_US",
        "sms",
        "Hi this is ⟦P|Pam⟧ at ⟦o:PROD|Sunrise Pediatrics⟧ – ⟦P|Mateo Flores⟧'s chart # ⟦MRN|SP-0048172⟧ shows a balance of ⟦o:AMT|$35⟧. Also insurance asked us to reconfirm his SSN, pls call don't text. Our number is on the portal.",
    )
    r(
        "en_US",
        "forum_post",
        "identity theft help – someone opened a credit card in my name using my social ⟦SSN|401-58-2217⟧ and my mom's old address ⟦A|5510 Glenwood Ave Raleigh NC 27612⟧. the bank sent the card to ⟦P|R. Okafor⟧ which isn't even me (⟦P|Rhonda Okafor-Smith⟧). already froze with all 3 bureaus",
    )
    r(
        "en_US",
        "imessage",
        "Dad: hey kiddo for the apartment application in Vienna they want ur SSN and license, I only have a pic of the old license\n⟦P|Hannah⟧: ugh ok. SSN is ⟦SSN|536 27 1843⟧ no wait that's yours lol. mine is ⟦SSN|134782260⟧\n⟦P|Hannah⟧: license ⟦DL|S530-7721-9406-12⟧ florida\n⟦P|Hannah⟧: and the deposit goes to the landlord's account ⟦IBAN|AT61 1904 3002 3457 3201⟧, Mag. ⟦P|Ernst Hofbauer⟧\nDad: got it 👍 sending ⟦o:AMT|€2,400⟧ tonight",
    )


load(r)


def main():
    rows = []
    for i, (loc, sty, src) in enumerate(R):
        text, spans = parse(src)
        rec = {
            "id": f"h7a-{i:05d}",
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
    with open("heldout7a.jsonl", "w", encoding="utf-8") as f:
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
