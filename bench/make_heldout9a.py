#!/usr/bin/env python3
"""Build heldout9a.jsonl from hand-written records with inline markup.
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
        "call_transcript",
        """agent: thank you for calling brightline wireless my name is ⟦P|Kevin⟧ can i get your name please
caller: yeah hi it's ⟦P|Maria Lopez⟧ um l o p e z
agent: thank you ms ⟦P|lopez⟧ and the phone number on the account
caller: it's ⟦PH~spoken|four one five, five five five, oh one nine two⟧
agent: okay and for verification the last four of your social
caller: uh ⟦SSN~spoken|five three six two two eight four five one⟧ actually you want the whole thing? that's the whole thing sorry
agent: that's fine i've got it. and the email we have is
caller: ⟦E~dot_at|maria dot lopez at gmail dot com⟧
agent: perfect i see the order ⟦o:ORD|bw 4 4 7 1 9⟧ for the ⟦o:PROD|galaxy a15⟧ shipped on ⟦o:D|the twelfth⟧ is that the one you're calling about
caller: yes it never showed up""",
    )
    r(
        "en_GB",
        "call_transcript",
        """[00:00:04] AGENT: good morning you're through to Halden Energy, you're speaking with ⟦P|Priya⟧
[00:00:07] CUSTOMER: morning, yeah I'm ringing about my bill, it's gone up to like ⟦o:AMT|two hundred and twelve pounds⟧
[00:00:13] AGENT: I'm sorry to hear that, can I take the first line of the address and the postcode
[00:00:17] CUSTOMER: it's ⟦A|forty two Marsden Road⟧ ⟦a:PC|LS6 2BQ⟧
[00:00:22] AGENT: and your date of birth
[00:00:24] CUSTOMER: ⟦DOB|third of March nineteen seventy nine⟧
[00:00:27] AGENT: lovely thank you Mr ⟦P|Okonkwo⟧, I can see you're on ⟦o:PROD|Fix Saver 24⟧, your last reading was on the ⟦o:D|fourth of January⟧
[00:00:35] CUSTOMER: yeah that was an estimate though
[00:00:38] AGENT: okay I'll raise a meter read request, reference ⟦o:TKT|HE dash 5 5 2 0 9 1⟧""",
    )
    r(
        "en_US",
        "voicemail",
        """Voicemail from ⟦PH|(312) 555-0147⟧ received ⟦o:D|Tue Mar 4⟧ ⟦o:T|2:17 PM⟧, duration ⟦o:T|0:48⟧
Transcription (low confidence): "hey this is ⟦P|Darnell Whitaker⟧ calling from uh from Lakeshore dental returning a call for ⟦P|Shanice⟧ about her appointment on thursday the ⟦o:D|sixth⟧ at ⟦o:T|ten thirty⟧ um we just need to update her insurance member id before then so if she could call us back at ⟦PH~spoken|three one two five five five oh one four seven⟧ extension ⟦o:QTY|two⟧ or just bring the card in thanks bye""",
    )
    r(
        "en_AU",
        "call_transcript",
        """AGENT: righto and can I just confirm your full name for me
CALLER: yep it's ⟦P|Liam O'Sullivan⟧
AGENT: and Liam what's the best contact number
CALLER: oh four one two, three four five, six seven eight. so ⟦PH~spoken|oh four one two three four five six seven eight⟧
AGENT: no worries and the address the parcel was going to
CALLER: ⟦A|unit 3, 17 Kingsford Street⟧, ⟦L|Maroubra⟧ ⟦a:PC|2035⟧
AGENT: okay I've got the consignment here ⟦o:TRK|33QXL 0 2 9 1 8 8 4⟧ it says carded on the ⟦o:D|ninth⟧
CALLER: i was home all day mate""",
    )
    r(
        "en_IN",
        "call_transcript",
        """executive: good afternoon sir welcome to quickcart customer care, i am ⟦P|Rohit⟧ how may i help you
customer: haan hello, my refund is not come yet for order ⟦o:ORD|QC 7 7 3 0 4 1 2 2⟧
executive: sir can you please confirm your registered mobile number
customer: ⟦PH~spoken|nine eight double-one, four five, six seven two three⟧ no wait. it's ⟦PH|98114 56723⟧
executive: thank you sir, and the name on the account
customer: ⟦P|Anil Kumar Sharma⟧
executive: sir refund of ⟦o:AMT|rupees one thousand four hundred ninety nine⟧ is initiated on ⟦o:D|14th⟧, it will reflect in ⟦o:QTY|5 to 7⟧ working days
customer: i have also mailed from ⟦E|anilsharma.77@rediffmail.com⟧ two times, nothing came""",
    )
    r(
        "es_MX",
        "call_transcript",
        """agente: gracias por llamar a banco solaris le atiende ⟦P|Fernanda⟧ con quien tengo el gusto
cliente: eh sí buenas tardes habla ⟦P|José Guadalupe Herrera Ruiz⟧
agente: señor ⟦P|Herrera⟧ me puede proporcionar su CURP para validar
cliente: sí es ⟦NID@mx.curp|HERJ850312HDFRZS07⟧ la jota de jalisco
agente: no se preocupe. y su fecha de nacimiento
cliente: ⟦DOB|doce de marzo del ochenta y cinco⟧
agente: muy bien, veo un cargo de ⟦o:AMT|mil ochocientos cuarenta pesos⟧ del ⟦o:D|día 3⟧ en ⟦o:PROD|Liverpool⟧
cliente: ese no lo reconozco, la tarjeta termina en ⟦o:QTY|cuatro dos⟧
agente: le voy a levantar un folio de aclaración, es el ⟦o:TKT|A C L 2 2 7 1 9 0⟧""",
    )
    r(
        "pt_BR",
        "whatsapp_group",
        """[08/03 19:02] Tia ⟦P|Célia⟧: gente o ⟦P|Juninho⟧ passou no concurso 🎉🎉🎉
[08/03 19:02] ⟦P|Rafa⟧: aeeee parabéns primo!!!
[08/03 19:05] Tia ⟦P|Célia⟧: ⟦P|Rafa⟧ me passa teu pix pra eu mandar a parte do churrasco
[08/03 19:06] ⟦P|Rafa⟧: é o cpf mesmo tia ⟦NID@br.cpf|316.480.725-26⟧
[08/03 19:06] ⟦P|Rafa⟧: ⟦P|Rafael Nogueira Batista⟧ nubank
[08/03 19:07] Tia ⟦P|Célia⟧: mandei ⟦o:AMT|R$ 150⟧ 👍
[08/03 19:09] ⟦P|Juninho⟧: vlw famíliaaa 🥹 churras sábado ⟦o:T|13h⟧ lá em casa, ⟦A|rua das Acácias 218⟧, ⟦L|Jardim Botânico⟧
[08/03 19:10] Dona ⟦P|Lurdes⟧: ‎<Mídia oculta>""",
    )
    r(
        "fr_FR",
        "voicemail",
        """Message vocal — ⟦o:D|lundi 17 mars⟧ ⟦o:T|09:41⟧ — numéro masqué
« Oui bonjour, c'est ⟦P|Sandrine Mercier⟧ de la pharmacie du Centre, je laisse un message pour Monsieur ⟦P|Benali⟧, ⟦P|Karim Benali⟧. Votre commande de ⟦o:PROD|Levothyrox⟧ est arrivée, par contre on a besoin de votre numéro de sécu parce que la carte vitale n'est pas passée, donc si vous pouvez nous rappeler au ⟦PH~spoken|zéro un, quarante-deux, soixante-dix-huit, treize, cinquante⟧... enfin ⟦PH|01 42 78 13 50⟧, voilà, bonne journée. »""",
    )
    r(
        "de_DE",
        "call_transcript",
        """Agentin: Stadtwerke Kassel, Sie sprechen mit Frau ⟦P|Albrecht⟧, was kann ich für Sie tun?
Anrufer: Ja, hallo, ⟦P|Wojciech Nowak⟧ hier, ich ziehe um und wollte den Strom ummelden.
Agentin: Gerne. Ihre Kundennummer haben Sie da?
Anrufer: Ähm, ⟦o:ROW|2 0 0 4 7 1 3 3⟧.
Agentin: Danke. Und die neue Adresse?
Anrufer: ⟦A|Friedrich-Ebert-Straße 112, zweiter Stock links⟧, ⟦a:PC|34119⟧ Kassel.
Agentin: Zum ⟦o:D|ersten April⟧?
Anrufer: Genau. Und die Abbuchung bitte vom neuen Konto, die IBAN ist ⟦IBAN|DE47 1001 0010 0384 7261 50⟧.
Agentin: Ich lese nochmal vor: D E vier sieben, eins null null eins... passt. Ihre Vorgangsnummer ist ⟦o:TKT|VG-884120⟧.""",
    )
    r(
        "en_US",
        "live_chat",
        """Chat started ⟦o:D|03/11/2025⟧ ⟦o:T|11:02 AM⟧ | Session ⟦o:REQ|ch_8f1a2c77⟧
Ava (virtual assistant): Hi! I'm Ava. What can I help you with today?
Visitor: cancel my subscription
Ava: I can help with that. Please enter the email on your account.
Visitor: ⟦E|tk.nguyen1994@yahoo.com⟧
Ava: Thanks. For security, I've sent a 6-digit code to that email.
Visitor: ⟦S|482913⟧
Ava: Verified ✅ I found the plan ⟦o:PROD|StreamPlus Premium⟧ billed ⟦o:AMT|$17.99⟧/mo. Transferring you to an agent.
Marcus (agent): Hey ⟦P|Thanh⟧, this is ⟦P|Marcus⟧. Just to confirm, is the card on file the one ending ⟦o:QTY|0923⟧?
Visitor: yes. actually charge the refund to my new card pls ⟦CC|4916 0728 3541 0923⟧ exp ⟦o:D|08/28⟧
Marcus: Please don't share full card numbers in chat! I've masked it on our side. Refunds always go back to the original card.""",
    )
    r(
        "en_US",
        "sms_thread",
        """Mom: did u get the insurance thing
Me: which one
Mom: the letter from blue crest, ur member id is on it
Me: oh ya ⟦HPN|BCX 904417726⟧ group ⟦o:ROW|00318⟧
Mom: ok i need ur ssn too for the form
Me: mom its ⟦SSN|401-73-2206⟧ pls delete this after
Mom: ok 👍 and ur dob is ⟦DOB|6/14/02⟧ right
Me: yes mom 🙄
Mom: dont roll ur eyes at me ⟦P|Kayla Marie⟧""",
    )
    r(
        "en_PH",
        "messenger_chat",
        """⟦P|Jhoanna Reyes⟧: ate ⟦P|Mylene⟧ pa-send naman ng gcash number mo, babayaran ko na yung ⟦o:AMT|1,250⟧ sa order 🙏
⟦P|Mylene Dizon⟧: ⟦PH|0917 482 6630⟧ yan gcash ko sis, ⟦P|M. Dizon⟧ lalabas na name
⟦P|Jhoanna Reyes⟧: sent na po! ref no. ⟦o:REQ|5012 883 190 442⟧
⟦P|Mylene Dizon⟧: salamat!! ship ko bukas via j&t. full address mo ulit?
⟦P|Jhoanna Reyes⟧: ⟦A|Blk 12 Lot 7 Phase 2, Camella Homes, Brgy. Molino III⟧, ⟦L|Bacoor, Cavite⟧ ⟦a:PC|4102⟧
⟦P|Jhoanna Reyes⟧: cp ko ⟦PH|09285514207⟧ for the rider hehe""",
    )
    r(
        "id_ID",
        "whatsapp_chat",
        """Bu ⟦P|Ratna⟧: Mas ⟦P|Dimas⟧ jadi ambil paket di kantor? Resinya ⟦o:TRK|JP8830127745⟧
⟦P|Dimas Prasetyo⟧: iya bu nanti sore jam ⟦o:T|4⟧ saya ke sana
Bu ⟦P|Ratna⟧: bawa KTP ya soalnya atas nama saya. NIK saya ⟦NID|3174051203850000⟧ kalau ditanya
⟦P|Dimas Prasetyo⟧: siap bu 👌 alamatnya masih yg ⟦A|Jl. Kebon Jeruk Raya No. 27, RT 004/RW 02⟧ kan?
Bu ⟦P|Ratna⟧: masih mas. Makasih ya""",
    )
    r(
        "ja_JP",
        "line_chat",
        """⟦P|佐藤 美咲⟧：明日の面接、何時だっけ？
⟦P|健太⟧：⟦o:T|10時半⟧。場所は⟦A|渋谷区道玄坂2-15-1 ノアビル8階⟧
⟦P|佐藤 美咲⟧：ありがと！履歴書の電話番号まちがえてたかも😱
⟦P|健太⟧：何番書いたの
⟦P|佐藤 美咲⟧：⟦PH|090-4812-7736⟧ のはずが 7763 にしてた
⟦P|健太⟧：担当の⟦P|田中⟧さんにメールしときな ⟦E|tanaka.hr@nexora.co.jp⟧
⟦P|佐藤 美咲⟧：そうする🙏""",
    )
    r("en_US", "sms", """hey its ⟦P|Tyler⟧ from the gym, new door code is ⟦S|7741#⟧ dont share it lol""")
    r(
        "en_GB",
        "sms",
        """Your Royal Mail parcel ⟦o:TRK|QF 2918 4471 6GB⟧ is due ⟦o:D|Wed 19 Mar⟧ between ⟦o:T|10:05⟧ and ⟦o:T|13:05⟧. Reply STOP to opt out""",
    )
    r("en_US", "sms", """Chase: your one-time code is ⟦S|559021⟧. Don't share it. We'll never call to ask for it.""")
    r(
        "en_NG",
        "whatsapp_chat",
        """⟦P|Chidinma⟧: abeg send me your account details make i pay for the aso ebi
⟦P|Tunde Bakare⟧: GTB ⟦BBAN|0123748851⟧ ⟦P|Babatunde Adeyemi Bakare⟧
⟦P|Chidinma⟧: sent ⟦o:AMT|₦45,000⟧ 🙏🏾 check am
⟦P|Tunde Bakare⟧: seen ✅ thank you ma""",
    )
    r(
        "en_US",
        "voicemail",
        """"hi this message is for ⟦P|Gloria Esposito⟧ this is nurse ⟦P|Patel⟧ from ⟦o:PROD|Mercy Heights⟧ cardiology, your stress test is scheduled for ⟦o:D|april second⟧ at ⟦o:T|eight a m⟧, please bring your photo id and insurance card, your medical record number is ⟦MRN~spoken|m r four four seven one nine zero two⟧ if you need to reference it, call ⟦PH|555-201-8830⟧ option ⟦o:QTY|3⟧ thanks\"""",
    )
    r(
        "tr_TR",
        "whatsapp_chat",
        """⟦P|Elif Şahin⟧: Abi kargo adresi lazım, faturaya TC de istiyorlar
⟦P|Murat Şahin⟧: ⟦A|Bağdat Cad. No:214 D:9⟧ ⟦L|Kadıköy/İstanbul⟧
⟦P|Murat Şahin⟧: TC ⟦NID@tr.tckimlik|10472936158⟧
⟦P|Elif Şahin⟧: tamamdır sipariş no ⟦o:ORD|TY-55102398⟧ geldiğinde haber veririm""",
    )
    r(
        "ko_KR",
        "kakao_chat",
        """⟦P|지민⟧: 언니 택배 주소 다시 보내줘
⟦P|박서연⟧: ⟦A|서울시 마포구 월드컵북로 396, 101동 1203호⟧
⟦P|박서연⟧: 연락처 ⟦PH|010-3928-4471⟧
⟦P|지민⟧: 운송장번호 ⟦o:TRK|6892 0471 2283⟧ 내일 도착이래 ⟦o:AMT|23,500원⟧ 입금해줘~""",
    )
    r(
        "en_US",
        "live_chat",
        """Customer: I locked myself out of the smart lock app, can u reset
Agent (Jess): Sure! What's the email on the account?
Customer: ⟦E|o.achterberg@outlook.com⟧
Agent (Jess): Thanks ⟦P|Otto⟧. I've sent a reset link. Your device serial ⟦o:SKU|SL2-4471-A⟧ is on firmware ⟦o:VER|3.8.1⟧ btw
Customer: ok new password is ⟦S|Tulips!Amsterdam2024⟧ is that strong enough
Agent (Jess): Please don't send passwords here 😅 but yes, that meets the requirements.""",
    )
    r(
        "pl_PL",
        "sms",
        """Mamo to mój PESEL do tego wniosku ⟦NID@pl.pesel|92071556786⟧, a dowód ⟦NID|CAX 482913⟧. Odbiorę ⟦o:D|w piątek⟧ ok?""",
    )
    r(
        "it_IT",
        "whatsapp_group",
        """[⟦o:T|21:14⟧] ⟦P|Giulia⟧: ragazzi chi prenota il b&b per ⟦o:D|sabato⟧?
[⟦o:T|21:15⟧] ⟦P|Lorenzo Ferrari⟧: lo faccio io, mandatemi i codici fiscali per la registrazione
[⟦o:T|21:16⟧] ⟦P|Giulia⟧: ⟦TAX@it.codicefiscale|BNCGLI90D45F205A⟧
[⟦o:T|21:16⟧] ⟦P|Francesca R.⟧: ⟦TAX@it.codicefiscale|frrlcu92p03l219p⟧ (è di ⟦P|Luca⟧, io ve lo mando dopo)
[⟦o:T|21:20⟧] ⟦P|Lorenzo Ferrari⟧: totale ⟦o:AMT|312 €⟧, ⟦o:AMT|78 €⟧ a testa 🍝""",
    )
    r(
        "nl_NL",
        "whatsapp_chat",
        """⟦P|Sanne⟧: heb je de huurtoeslag al aangevraagd?
⟦P|Daan de Vries⟧: bijna, wat was jouw bsn ook alweer
⟦P|Sanne⟧: ⟦NID@nl.bsn|174983025⟧
⟦P|Daan de Vries⟧: en je geboortedatum ⟦DOB|14-02-1996⟧ klopt?
⟦P|Sanne⟧: ja. en ons adres is nog steeds ⟦A|Oudegracht 231-bis⟧, hè 😂
⟦P|Daan de Vries⟧: haha ja ⟦a:PC|3511 NK⟧ ⟦L|Utrecht⟧""",
    )
    r(
        "sw_KE",
        "sms",
        """⟦o:REQ|SCL4K2H9TQ⟧ Confirmed. Ksh ⟦o:AMT|2,300.00⟧ sent to ⟦P|PETER OTIENO⟧ ⟦PH|0712 458 903⟧ on ⟦o:D|4/3/25⟧ at ⟦o:T|7:41 PM⟧. New M-PESA balance is Ksh ⟦o:AMT|5,118.40⟧.""",
    )
    r(
        "sw_KE",
        "whatsapp_chat",
        """⟦P|Wanjiku⟧: ⟦P|Baraka⟧ nitumie namba ya ID yako nikujazie fomu ya NHIF
⟦P|Baraka Mwangi⟧: ID ⟦NID|28471930⟧, nilizaliwa ⟦DOB|12/09/1993⟧
⟦P|Wanjiku⟧: sawa na KRA PIN?
⟦P|Baraka Mwangi⟧: ⟦TAX|A012847193K⟧ 🙏""",
    )
    r(
        "en_IN",
        "whatsapp_chat",
        """⟦P|Neha⟧: bhai PAN card ki photo bhej de, CA ko chahiye ITR ke liye
⟦P|Arjun Mehta⟧: photo nahi hai abhi, number le ⟦TAX@in.pan|BNZPS5821A⟧
⟦P|Neha⟧: aur aadhaar?
⟦P|Arjun Mehta⟧: ⟦NID@in.aadhaar|2345 6781 2305⟧
⟦P|Neha⟧: done. OTP aayega tere phone pe ⟦PH|+91 99204 31877⟧, bata dena jaldi
⟦P|Arjun Mehta⟧: ⟦S|604218⟧""",
    )
    r(
        "ar_EG",
        "whatsapp_chat",
        """⟦P|أحمد⟧: يا ⟦P|منى⟧ ابعتيلي العنوان بتاع الدكتور
⟦P|منى السيد⟧: ⟦A|١٤ شارع شهاب، المهندسين⟧ الدور التالت، الحجز الساعة ⟦o:T|٧⟧
⟦P|أحمد⟧: تمام ورقم العيادة؟
⟦P|منى السيد⟧: ⟦PH|٠٢ ٣٧٤٨ ٩٩١٠⟧""",
    )
    r(
        "en_US",
        "group_chat",
        """⟦P|Jordan⟧: wifi pw for the airbnb is ⟦S|Seaside_2291⟧
⟦P|Priya K⟧: network name?
⟦P|Jordan⟧: ⟦o:PROD|TideHouse-5G⟧
⟦P|Sam⟧: checkout ⟦o:T|11am⟧ sunday, lockbox ⟦S|3308⟧""",
    )
    r(
        "en_US",
        "sms",
        """Reminder: your appt w/ Dr ⟦P|Alvarez⟧ is ⟦o:D|Mon 3/24⟧ ⟦o:T|9:15am⟧. Confirm Y/N. Questions? 800-555-0199""",
    )
    r(
        "en_US",
        "call_transcript",
        """AGENT: ok I'm going to need to verify the card, go ahead with the number when you're ready
CALLER: ⟦CC~spoken|four five three two, oh one nine two, eight three seven four, six one oh four⟧
AGENT: so that's ⟦CC~spoken|four five three two, oh one nine two, eight three seven four, six one oh four⟧
CALLER: yes
AGENT: expiry and the three digits on the back
CALLER: ten twenty seven and uh ⟦S~spoken|eight one two⟧
AGENT: thank you, and the billing zip
CALLER: ⟦a:PC|six oh six one four⟧
AGENT: alright your booking ⟦o:ORD|K L M four four X⟧ for ⟦o:QTY|two adults⟧ on flight ⟦o:FLT|DL 1187⟧ is confirmed, total ⟦o:AMT|eight forty six sixty⟧""",
    )
    r(
        "en_US",
        "call_transcript",
        """Speaker 1: and you said the name on the policy is
Speaker 2: ⟦P|Siobhan⟧, that's S I O B H A N, ⟦P|Siobhan Ni Bhriain⟧, yeah it's Irish
Speaker 1: got it, and spell the last name for me
Speaker 2: ⟦P~spelled|N as in Nancy, I, space, B as in bravo, H, R, I, A, I, N⟧
Speaker 1: thank you. and the policy number
Speaker 2: ⟦HPN|HX 77 01 92 446⟧
Speaker 1: great and your callback in case we're disconnected
Speaker 2: ⟦PH|617 555 0138⟧""",
    )
    r(
        "es_ES",
        "call_transcript",
        """operadora: Telefonía Iberia buenos días, le atiende ⟦P|Lucía⟧
cliente: hola, mire, llamaba porque me han cobrado dos veces la factura ⟦o:INV|F25-0031874⟧
operadora: vale, ¿me dice el DNI del titular?
cliente: ⟦NID~spoken|cuarenta y ocho, dos nueve uno, siete tres seis, Q⟧ ... ⟦NID@es.dni|48291736Q⟧
operadora: ¿a nombre de?
cliente: ⟦P|Manuel Ángel García de la Torre⟧
operadora: perfecto, don ⟦P|Manuel⟧, le devolvemos ⟦o:AMT|treinta y nueve con noventa⟧ en la cuenta que termina en ⟦o:QTY|1332⟧, la ⟦IBAN|ES91 2100 0418 4502 0005 1332⟧, ¿correcto?
cliente: sí sí esa""",
    )
    r(
        "en_US",
        "meeting_transcript",
        """Weekly sync — ⟦o:D|2025-03-12⟧ — recorded
[00:01:12] ⟦P|Hannah Cole⟧: okay so before we start, ⟦P|Raj⟧ can you share the staging creds again, my token expired
[00:01:18] ⟦P|Rajesh Iyer⟧: yeah I'll paste in chat. it's ⟦UC|postgres://svc_report:Q7m!vR2x@10.20.4.18:5432/reports⟧
[00:01:25] ⟦P|Hannah Cole⟧: thanks. and the bastion is still ⟦IP|10.20.0.5⟧?
[00:01:29] ⟦P|Rajesh Iyer⟧: ⟦IP|10.20.0.6⟧ now, we moved it
[00:02:40] ⟦P|Tomás Ferreira⟧: on the release, ⟦o:VER|v2.14.0⟧ is tagged, commit ⟦o:SHA|9f2c4e1a⟧, ticket ⟦o:TKT|OPS-2291⟧ still open
[00:03:05] ⟦P|Hannah Cole⟧: ⟦P|Tomás⟧ can you ping ⟦P|Li Wei⟧ about it, she's out till ⟦o:D|Monday⟧""",
    )
    r(
        "en_US",
        "voice_note",
        """[voice note transcript, 0:37] "hey ⟦P|bri⟧ it's me, um so the landlord wants the deposit by friday, it's ⟦o:AMT|twelve hundred⟧, can you zelle me your half, my zelle is just my email ⟦E~dot_at|k wong eighty eight at icloud dot com⟧ all one word... and also he needs a copy of your drivers license, just text me the number, mine's ⟦DL~spoken|W five two three, four four one, seven seven, zero nine⟧ love ya bye\"""",
    )
    r(
        "en_US",
        "sms",
        """sure here's my license # for the rental form ⟦DL|D123-4571-8890⟧ exp ⟦o:D|11/29⟧ - ⟦P|Marcy Oduya⟧""",
    )
    r(
        "en_CA",
        "call_transcript",
        """agent: can I get your health card number for the booking
caller: yeah it's ⟦HPN|4532 281 947 ZK⟧
agent: and date of birth
caller: ⟦DOB|July 9th 1961⟧
agent: thank you Mrs ⟦P|Tremblay-Nadeau⟧, I have you at ⟦A|88 Rue Saint-Denis, apt 4⟧ in ⟦L|Gatineau⟧ still
caller: yes dear""",
    )
    r(
        "fr_FR",
        "sms",
        """Bonjour Mme ⟦P|Lefèvre⟧, votre RDV chez le Dr ⟦P|Haddad⟧ est confirmé le ⟦o:D|25/03⟧ à ⟦o:T|14h20⟧. Code d'accès immeuble : ⟦S|B4519⟧. Pour annuler : répondez NON.""",
    )
    r(
        "ru_RU",
        "telegram_chat",
        """⟦P|Оля⟧: ⟦P|Дима⟧, скинь данные для перевода
⟦P|Дмитрий Соколов⟧: карта сбер ⟦CC|2202 2019 4471 0389⟧ или по номеру ⟦PH|+7 916 482-19-07⟧
⟦P|Оля⟧: перевела ⟦o:AMT|3 500 ₽⟧ за билеты, рейс ⟦o:FLT|SU 1432⟧ в ⟦o:T|06:40⟧ не проспи 😅
⟦P|Дмитрий Соколов⟧: 👍""",
    )
    r(
        "en_US",
        "it_helpdesk_call",
        """tech: okay can you open a command prompt and type ipconfig and read me the ipv4 address
user: um it says ⟦IP~spoken|one nine two dot one six eight dot one dot one four seven⟧
tech: and the default gateway
user: ⟦IP|192.168.1.1⟧
tech: okay and you said your username is ⟦P|dmcallister⟧? ⟦P|Deirdre McAllister⟧?
user: yeah and the password is ⟦S~spoken|capital s, summer, two zero two four, exclamation⟧
tech: please don't read me your password ma'am, I'll send a reset to ⟦E|deirdre.mcallister@harlowlaw.com⟧, ticket ⟦o:TKT|INC0048812⟧""",
    )
    r(
        "en_GB",
        "teams_chat",
        """[⟦o:T|09:12⟧] ⟦P|Owen Price⟧: morning, VPN keeps dropping, my home IP is ⟦IP|86.144.20.197⟧ if that helps
[⟦o:T|09:14⟧] ⟦P|Fatima Zahra El Idrissi⟧: thanks ⟦P|Owen⟧, can you try the backup gateway ⟦o:PROD|vpn2.corp⟧ and send me the log id
[⟦o:T|09:20⟧] ⟦P|Owen Price⟧: ⟦o:REQ|req-7c2a91f0⟧ and error ⟦o:ERR|0x80072EFD⟧
[⟦o:T|09:21⟧] ⟦P|Fatima Zahra El Idrissi⟧: looks like your client is on ⟦o:VER|5.1.3⟧, update to ⟦o:VER|5.2.0⟧""",
    )
    r(
        "en_US",
        "slack_dm",
        """⟦P|ben⟧: can you push the hotfix, I'm on my phone
⟦P|ana⟧: need the deploy url
⟦P|ben⟧: ⟦UC|https://deploy:Ht7x%21pQ9zR@ci.internal.vexa.io/job/hotfix⟧
⟦P|ana⟧: ok running. build ⟦o:ROW|#4471⟧
⟦P|ben⟧: and rotate that pw after lol""",
    )
    r(
        "de_DE",
        "signal_chat",
        """⟦P|Jonas⟧: kannst du mir nochmal das NAS passwort schicken
⟦P|Lena Becker⟧: ⟦UC|smb://lena:Gartenzaun%2388@192.168.178.40/fotos⟧
⟦P|Jonas⟧: danke. und die fritzbox ist ⟦IP|192.168.178.1⟧ oder?
⟦P|Lena Becker⟧: jo, admin pw ⟦S|kiwi-Brause-71⟧""",
    )
    r(
        "en_US",
        "discord_chat",
        """⟦P|xXgh0stXx⟧: server ip is ⟦IP|74.208.153.12⟧ port ⟦o:QTY|25565⟧ whitelist is on
⟦P|nova_kitt⟧: add me pls ign is ⟦P|NovaKitt⟧
⟦P|xXgh0stXx⟧: done, rcon pw is ⟦S|creeper4ever!!⟧ dont grief ok""",
    )
    r(
        "en_US",
        "call_transcript",
        """agent: for the wire we'll need your routing and account
caller: routing is ⟦a:BC|oh two one, oh oh oh, oh two one⟧ and account ⟦BBAN~spoken|four eight eight, one nine two, seven seven three⟧
agent: and the beneficiary name
caller: ⟦P|Hyun-woo Kang⟧ K A N G
agent: and his address
caller: ⟦A|2150 Shattuck Ave apt 9B⟧, ⟦L|Berkeley⟧ ⟦a:PC|94704⟧
agent: amount ⟦o:AMT|three thousand five hundred dollars⟧, confirmation ⟦o:REQ|W R 8 8 1 0 4 2⟧""",
    )
    r(
        "en_GB",
        "whatsapp_chat",
        """⟦P|Gemma⟧: can u send me ur bank details for the hen do money
⟦P|Rachel Fitzgerald⟧: sort code ⟦a:BC|20-32-53⟧ acc ⟦BBAN|70418263⟧ R FITZGERALD
⟦P|Gemma⟧: ta x sending ⟦o:AMT|£85⟧ now""",
    )
    r(
        "en_IE",
        "sms",
        """Hi its ⟦P|Ciarán⟧ from the garage, car's ready, ⟦o:AMT|€240⟧ all in. Pay by transfer to ⟦IBAN|IE70 BOFI 9000 1712 3456 78⟧ ref ⟦o:INV|INV 3391⟧. Open til ⟦o:T|6⟧""",
    )
    r(
        "en_US",
        "meeting_transcript",
        """00:14:02 ⟦P|Dana Whitfield⟧: the vendor sent the SFTP creds, I'll drop them in the doc
00:14:09 ⟦P|Kwame Mensah⟧: just read them out, I'm not on the doc
00:14:12 ⟦P|Dana Whitfield⟧: it's ⟦UC|sftp://acme_drop:Vq2-88-kLm@files.partnerhub.net⟧
00:14:30 ⟦P|Kwame Mensah⟧: got it. and whitelist our egress, ⟦IP|34.120.88.201⟧
00:15:01 ⟦P|Dana Whitfield⟧: yep. action item for ⟦P|Kwame⟧, due ⟦o:D|Friday the 21st⟧""",
    )
    r(
        "en_US",
        "sms",
        """Your Lyft driver ⟦P|Ahmed⟧ is arriving in ⟦o:QTY|3 min⟧ in a gray ⟦o:PROD|Toyota Camry⟧ ⟦o:SKU|8KLT442⟧""",
    )
    r(
        "en_US",
        "sms",
        """Walgreens: Rx ⟦o:ROW|#0882941⟧ is ready for pickup. Pickup by ⟦o:D|03/28⟧. Reply HELP for help.""",
    )
    r("en_US", "sms", """lol ok see u at ⟦o:T|7⟧, table for ⟦o:QTY|6⟧ under ⟦P|Marisol⟧""")
    r(
        "es_AR",
        "whatsapp_chat",
        """⟦P|Caro⟧: che ⟦P|Nacho⟧ pasame el CBU así te transfiero lo del asado
⟦P|Ignacio Ferreyra⟧: CBU ⟦BBAN|2850590940090418135201⟧
⟦P|Caro⟧: listo ⟦o:AMT|$12.000⟧ 🥩
⟦P|Ignacio Ferreyra⟧: gracias! CUIT por si te lo pide el banco ⟦TAX@ar.cuit|20-30123456-3⟧""",
    )
    r(
        "pt_PT",
        "sms",
        """Olá ⟦P|Joana⟧, segue o IBAN para pagamento da renda de ⟦o:D|abril⟧: ⟦IBAN|PT30 0035 0651 0004 7182 7364 5⟧. NIF do senhorio ⟦TAX@pt.nif|234567899⟧. Cumprimentos, ⟦P|Rui Carvalho⟧""",
    )
    r(
        "fr_FR",
        "whatsapp_chat",
        """Maman: tu peux m'envoyer ton RIB pour les APL
⟦P|Inès Moreau⟧: ⟦IBAN|FR76 3000 6000 0112 3456 7890 189⟧
Maman: et ton numéro de sécu ils le demandent aussi
⟦P|Inès Moreau⟧: ⟦NID@fr.nir|2 85 03 75 116 012 63⟧ 😘""",
    )
    r(
        "en_US",
        "call_transcript",
        """AGENT: airline reservations this is ⟦P|Courtney⟧, can I have the confirmation code
CALLER: it's ⟦o:ORD|H as in hotel, Q, seven, X as in x-ray, M, two⟧
AGENT: thank you, I see ⟦o:QTY|two⟧ passengers on ⟦o:FLT|UA 902⟧ to ⟦o:PROD|Frankfurt⟧ departing ⟦o:D|May 3rd⟧. I need passport info for both
CALLER: okay mine is ⟦PP~spoken|five six seven, eight nine oh, one two three⟧ expires twenty thirty one, and my wife ⟦P|Ingrid Halvorsen⟧, hers is Norwegian, ⟦PP|F K 0 4 4 1 9 7 3⟧
AGENT: and her date of birth
CALLER: ⟦DOB|nineteen eighty-eight, November twenty-second⟧
AGENT: and yours sir
CALLER: ⟦DOB|oh four oh two seventy-nine⟧, ⟦P|Erik Halvorsen⟧""",
    )
    r(
        "en_GB",
        "whatsapp_chat",
        """Mum: have you renewed your passport yet, the holiday's in ⟦o:QTY|6 weeks⟧!!
⟦P|Tom Whitaker⟧: yes mum 🙄 new one is ⟦PP|548812736⟧
Mum: send me a pic for the villa booking
⟦P|Tom Whitaker⟧: cant, here's the details: ⟦P|Thomas James Whitaker⟧, born ⟦DOB|02/07/1998⟧, expiry ⟦o:D|14/01/2035⟧""",
    )
    r(
        "hi_IN",
        "call_transcript",
        """agent: namaste, ⟦o:PROD|Yatra Seva⟧ helpline, main ⟦P|Pooja⟧ baat kar rahi hoon
caller: haan ji, mera visa application ka status janna tha, reference ⟦o:REQ|VF 2 2 0 4 1 8 8 7⟧
agent: ji, passport number bataiye
caller: ⟦PP~spelled|Z as in zebra, four, seven, seven, one, two, nine, eight⟧ ... matlab ⟦PP|Z4771298⟧
agent: aur date of birth
caller: ⟦DOB|pandrah august unnees sau nabbe⟧
agent: ji ⟦P|Sunil Yadav⟧ ji, aapka application ⟦o:D|19 tareekh⟧ ko embassy bhej diya gaya hai""",
    )
    r(
        "zh_CN",
        "wechat_chat",
        """⟦P|王芳⟧：老公，酒店要登记护照号，你的是多少
⟦P|李明⟧：⟦PP|E12847193⟧
⟦P|王芳⟧：身份证也要 国内的
⟦P|李明⟧：⟦NID@cn.ric|110105198806052715⟧
⟦P|王芳⟧：好的 航班 ⟦o:FLT|CA 937⟧ ⟦o:T|14:05⟧ 别忘了""",
    )
    r(
        "en_US",
        "call_transcript",
        """rep: and the name of the patient
caller: it's my dad ⟦P|Vincent Russo⟧, R U S S O
rep: date of birth
caller: ⟦DOB|one twelve forty-eight⟧, january twelfth
rep: thank you, I have his chart, MRN ⟦MRN|00847193⟧, he's on the list for ⟦o:D|the eighteenth⟧ at ⟦o:T|1:40⟧
caller: okay and his medicare number changed, the new one is ⟦HPN|1EG4-TE5-MK73⟧
rep: got it, updating""",
    )
    r(
        "en_US",
        "patient_portal_chat",
        """Patient: hi I need a refill on my ⟦o:PROD|lisinopril 10mg⟧
Nurse ⟦P|Kim⟧: Hi! Can you confirm your name and DOB?
Patient: ⟦P|Rosalind Adebayo-Clarke⟧ ⟦DOB|4/30/1957⟧
Nurse ⟦P|Kim⟧: Thanks. I see MRN ⟦MRN|MRN-2209174⟧. Which pharmacy?
Patient: the cvs on ⟦A|Elm and 5th⟧
Nurse ⟦P|Kim⟧: Sent ✅ ready in ⟦o:QTY|2 hrs⟧""",
    )
    r(
        "en_GB",
        "call_transcript",
        """RECEPTIONIST: surgery, ⟦P|Bev⟧ speaking
CALLER: hiya, I need to book my son in, ⟦P|Alfie Brennan⟧
RECEPTIONIST: date of birth?
CALLER: ⟦DOB|twenty-first of the sixth twenty-nineteen⟧
RECEPTIONIST: and have you got his NHS number handy
CALLER: ⟦NID@gb.nhs|943 476 5919⟧
RECEPTIONIST: lovely, ⟦o:D|Thursday⟧ ⟦o:T|ten past four⟧ with Dr ⟦P|Chaudhry⟧""",
    )
    r(
        "de_DE",
        "voicemail",
        """Mailbox ⟦o:D|12.03.⟧ ⟦o:T|16:52⟧: „Ja hallo, hier ist die Praxis Dr. ⟦P|Yilmaz⟧, wir bräuchten für Herrn ⟦P|Gerd Lindemann⟧ noch die Versichertennummer, die auf der Karte, also ⟦HPN|A 1 2 3 4 5 6 7 8 9⟧ hatten wir, die ist aber abgelehnt worden. Patientennummer bei uns ⟦MRN|P-44172⟧. Rückruf bitte unter ⟦PH|0561 7 39 44 20⟧. Danke.“""",
    )
    r(
        "nl_NL",
        "call_transcript",
        """medewerker: huisartsenpraktijk ⟦L|Zuilen⟧, met ⟦P|Marloes⟧
beller: goedemiddag, u spreekt met ⟦P|Hendrik van der Berg⟧, ik bel voor mijn moeder
medewerker: wat is haar geboortedatum
beller: ⟦DOB|zeven mei negentienhonderdachtendertig⟧
medewerker: en het BSN
beller: ⟦NID@nl.bsn|1 1 1 2 2 2 3 3 3⟧
medewerker: dank u, ze staat ingeschreven op ⟦A|Amsterdamsestraatweg 502⟧, klopt dat nog?
beller: ja, ⟦a:PC|3553 EK⟧""",
    )
    r(
        "en_US",
        "sms",
        """This is ⟦P|Tasha⟧ w/ Pinecrest Pediatrics, pls fill out intake at our portal before ⟦o:D|Fri⟧. Need insurance ID ⟦HPN|XJH882019774⟧ confirmed + parent DOB. Thx""",
    )
    r(
        "es_CO",
        "whatsapp_chat",
        """Mamá: mijo ya le saqué la cita en la EPS para el ⟦o:D|martes⟧ ⟦o:T|7:20 am⟧
⟦P|Andrés Felipe Ospina⟧: gracias ma, a qué nombre?
Mamá: al suyo, cédula ⟦NID|1.020.447.813⟧, lleve el carné ⟦HPN|EPS-SAN 8830192⟧
⟦P|Andrés Felipe Ospina⟧: listo, la dirección?
Mamá: ⟦A|Calle 53 # 27-40, consultorio 302⟧, ⟦L|Bogotá⟧""",
    )
    r(
        "en_US",
        "call_transcript",
        """agent: state unemployment office, this line is recorded. your name please
caller: ⟦P|Luis Alberto Camacho⟧
agent: social security number
caller: ⟦SSN~spoken|five oh nine, three one, seven seven four two⟧
agent: and the address on file
caller: ⟦A|4418 West Division Street, apartment two R⟧, ⟦L|Chicago⟧ ⟦a:PC|60651⟧
agent: thank you. your claim ⟦o:TKT|UI-2025-0918832⟧ is pending, the next payment of ⟦o:AMT|$514⟧ posts on ⟦o:D|march twenty-eighth⟧""",
    )
    r(
        "en_US",
        "sms",
        """ok here's everything for the lease app: ⟦P|Brianna Tso⟧, ssn ⟦SSN|318604427⟧, dob ⟦DOB|9/2/97⟧, DL ⟦DL|T2109 44817 3302⟧, current addy ⟦A|1187 Cedar Ln Unit 6⟧ ⟦L|Round Rock TX⟧""",
    )
    r(
        "en_US",
        "messenger_chat",
        """Grandpa ⟦P|Joe⟧: sweetie the tax lady needs your social for the 529 thing
⟦P|Emily Kowalczyk⟧: grandpa its ⟦SSN|288-14-9035⟧ but pls dont put it on facebook 😭
Grandpa ⟦P|Joe⟧: this IS facebook?
⟦P|Emily Kowalczyk⟧: its messenger its private its fine lol""",
    )
    r(
        "en_US",
        "call_transcript",
        """[DMV phone line — transcript auto-generated]
AGENT: can you read me the license number exactly as it appears
CALLER: okay it's ⟦DL~spelled|S as in sam, five three oh, seven seven one, four four two, oh nine one⟧
AGENT: and your date of birth
CALLER: ⟦DOB|october thirty-first nineteen ninety⟧
AGENT: and current mailing address
CALLER: ⟦A|PO Box 2291⟧, ⟦L|Kalispell, Montana⟧ ⟦a:PC|59903⟧
AGENT: the duplicate fee is ⟦o:AMT|eight dollars⟧, you'll get it within ⟦o:QTY|ten business days⟧""",
    )
    r(
        "en_US",
        "sms",
        """Hey it's ⟦P|Dev⟧ (the guy u rear ended lol). my insurance is ⟦o:PROD|Geico⟧ claim ⟦o:TKT|0602144819⟧, license ⟦DL|B7720491⟧, plate ⟦o:SKU|7XKM204⟧. send me ur info too""",
    )
    r(
        "en_US",
        "sms",
        """sorry wrong pic. ⟦P|Alexis Ruiz⟧ DL ⟦DL|Y4418290⟧ CA, insurance ⟦o:PROD|Progressive⟧ claim ⟦o:TKT|22-8810-4471⟧""",
    )
    r(
        "en_AU",
        "sms",
        """G'day ⟦P|Sharon⟧, for the rental bond form I need ur licence no ⟦DL|NSW 14928 831⟧ and DOB ⟦DOB|22/11/84⟧. cheers ⟦P|Bazza⟧""",
    )
    r(
        "en_CA",
        "sms",
        """Can u email me a copy of ur licence, mine is ⟦DL|K4021-51837-20619⟧ for the insurance. my email is ⟦E|mattfortin_83@videotron.ca⟧""",
    )
    r(
        "en_US",
        "instagram_dm",
        """Customer: hi my order never came?? #⟦o:ORD|BLSH-19204⟧
Brand: Hi love! So sorry 😢 can you DM your full name + shipping address + email so we can check?
Customer: ⟦P|Destiny Okafor⟧ ⟦A|3310 Magnolia Ave Apt 12⟧ ⟦L|Long Beach CA⟧ ⟦a:PC|90806⟧ ⟦E|destiny.okafor22@gmail.com⟧
Brand: thank you! tracking ⟦o:TRK|9400 1111 0288 4410 2918 33⟧ shows delivered ⟦o:D|3/2⟧ 🤔 we'll reship today""",
    )
    r(
        "en_GB",
        "twitter_dm",
        """@AirlinkUK: Hi, please DM us your booking ref and email and we'll look into the delay compensation.
Customer: ref ⟦o:ORD|QZ7PL4⟧, ⟦E|s.mcgregor.1971@btinternet.com⟧, flight was ⟦o:FLT|AL 221⟧ on ⟦o:D|2 Feb⟧, delayed ⟦o:QTY|4h 20m⟧
@AirlinkUK: Thanks ⟦P|Stuart⟧, claim ⟦o:TKT|CMP-550198⟧ opened. ^GH""",
    )
    r(
        "es_ES",
        "instagram_dm",
        """Cliente: hola!! el pedido ⟦o:ORD|#ES-88120⟧ me llegó roto 😭
Marca: ¡Hola! Lo sentimos mucho. ¿Nos dejas nombre, email y teléfono?
Cliente: ⟦P|Alba Martínez Soler⟧, ⟦E|albamsoler@hotmail.es⟧, ⟦PH|612 48 93 07⟧
Marca: ¡Gracias ⟦P|Alba⟧! Te enviamos uno nuevo a ⟦A|C/ Mallorca 241, 3º 2ª⟧ ⟦a:PC|08008⟧ ⟦L|Barcelona⟧, ¿correcto?
Cliente: sii 🙏""",
    )
    r(
        "pt_BR",
        "instagram_dm",
        """Cliente: oi, comprei o ⟦o:PROD|kit skincare⟧ e veio faltando o sérum
Loja: Oii! Manda pra gente o número do pedido e o CPF do titular 💕
Cliente: pedido ⟦o:ORD|100288417⟧, cpf ⟦NID@br.cpf|871.204.593-41⟧, ⟦P|Bianca Lopes de Almeida⟧
Loja: Prontinho! Vamos reenviar pro endereço ⟦A|Av. Sete de Setembro, 1450, ap 801⟧, ⟦L|Salvador - BA⟧, ok?
Cliente: issoo, meu zap é ⟦PH|(71) 98845-2107⟧""",
    )
    r(
        "fr_FR",
        "messenger_chat",
        """Client : Bonjour, je n'ai toujours pas reçu mon colis ⟦o:TRK|6A18830217745⟧
Service client : Bonjour ! Pouvez-vous nous confirmer votre adresse et votre e-mail ?
Client : ⟦A|12 bis rue des Tanneurs⟧ ⟦a:PC|67000⟧ ⟦L|Strasbourg⟧, ⟦E|yannick.schaeffer@free.fr⟧
Service client : Merci M. ⟦P|Schaeffer⟧, une enquête est ouverte (réf. ⟦o:TKT|ENQ-77120⟧).""",
    )
    r(
        "en_US",
        "sms",
        """ur uber eats order from ⟦o:PROD|Taqueria El Sol⟧ is on the way! ⟦o:QTY|2⟧ items, ⟦o:AMT|$23.40⟧. ETA ⟦o:T|7:52 PM⟧""",
    )
    r("en_US", "sms", """meeting moved to ⟦o:T|3:30⟧ in room ⟦o:ROW|4B-112⟧, bring the ⟦o:PROD|Q2 deck⟧ v⟦o:VER|7⟧""")
    r(
        "en_US",
        "call_transcript",
        """agent: fraud department, this is ⟦P|Monique⟧. I'm calling about a transaction of ⟦o:AMT|$1,249.00⟧ at ⟦o:PROD|Best Buy⟧ on ⟦o:D|March 9⟧, was that you?
customer: no! no that wasn't me
agent: okay, I'll block the card ending ⟦o:QTY|6104⟧. for verification can you tell me your mother's maiden name
customer: ⟦S|Kowalski⟧
agent: and the four-digit pin you set up for phone banking
customer: ⟦S~spoken|two two eight one⟧
agent: thank you Mr. ⟦P|Ferreira⟧... sorry, ⟦P|Gabriel Ferreira⟧, a new card will arrive at ⟦A|77 Beacon Hill Road⟧ in ⟦o:QTY|5 to 7 days⟧. case number ⟦o:TKT|F R D four four eight one two⟧""",
    )
    r(
        "en_US",
        "sms",
        """URGENT: Your Wells Fargo account has been suspended. Verify at hxxp://wf-secure-login[.]co/verify ... (scam — Aunt ⟦P|Linda⟧ pls don't click this 🙏)""",
    )
    r(
        "en_US",
        "whatsapp_chat",
        """Aunt ⟦P|Linda⟧: I clicked it and typed my card ⟦CC|5425 2381 9036 4721⟧ and the code ⟦S|073⟧ is that bad
⟦P|Marcus Bell⟧: YES call the bank right now, number on the back of the card
Aunt ⟦P|Linda⟧: ok and I also gave them my online banking password ⟦S|Buster1959!⟧
⟦P|Marcus Bell⟧: 😩 change it now, I'm coming over""",
    )
    r(
        "en_GB",
        "call_transcript",
        """BANK: can I take your 16-digit card number please
CUSTOMER: ⟦CC~spoken|four nine two nine, three eight one oh, four seven five six, two nine one seven⟧
BANK: and can you give me the second and fifth characters of your security passcode
CUSTOMER: ⟦S|r and 8⟧
BANK: that's all correct, thanks Ms ⟦P|Adeyemi-Wright⟧. I can see the direct debit of ⟦o:AMT|£44.99⟧ to ⟦o:PROD|PureGym⟧ on the ⟦o:D|1st⟧""",
    )
    r(
        "en_US",
        "live_chat",
        """You: my card got declined at checkout, order ⟦o:ORD|OD-4417202⟧
Agent ⟦P|Rhea⟧: Sorry about that! Could be an address mismatch. What billing address did you enter?
You: ⟦A|902 N Ocean Blvd, #1504⟧ ⟦L|Pompano Beach⟧ FL ⟦a:PC|33062⟧
Agent ⟦P|Rhea⟧: Our system shows ⟦A|902 North Ocean Boulevard Apt 1504⟧ — that should match. Try card ⟦CC|3782 591036 48214⟧ again? (I can see you saved it)
You: ok worked 👍""",
    )
    r(
        "pl_PL",
        "messenger_chat",
        """⟦P|Kasia⟧: ⟦P|Tomek⟧ podaj numer konta to ci oddam za bilety
⟦P|Tomasz Wiśniewski⟧: ⟦IBAN|PL61 1090 1014 0000 0712 1981 2874⟧
⟦P|Kasia⟧: albo blik na numer? ⟦PH|+48 601 228 913⟧?
⟦P|Tomasz Wiśniewski⟧: może być blik, kod ⟦S|584 201⟧ ważny ⟦o:QTY|2 min⟧ xd""",
    )
    r(
        "tr_TR",
        "call_transcript",
        """temsilci: ⟦o:PROD|Anadolu Bank⟧ müşteri hizmetleri, ben ⟦P|Ayşe⟧. Kimlik numaranızı alabilir miyim?
müşteri: ⟦NID@tr.tckimlik|38401277530⟧
temsilci: teşekkürler ⟦P|Kemal⟧ Bey. Doğum tarihiniz?
müşteri: ⟦DOB|yirmi üç nisan seksen bir⟧
temsilci: havale yapmak istediğiniz IBAN?
müşteri: ⟦IBAN|TR33 0006 1005 1978 6457 8413 26⟧, alıcı ⟦P|Zeynep Arslan⟧
temsilci: ⟦o:AMT|4.750 TL⟧ havale talimatınız alındı, referans ⟦o:REQ|HV20250318-1192⟧""",
    )
    r(
        "ar_SA",
        "whatsapp_chat",
        """⟦P|خالد⟧: أرسل لي الآيبان حقك عشان أحول لك
⟦P|عبدالله القحطاني⟧: ⟦IBAN|SA03 8000 0000 6080 1016 7519⟧
⟦P|خالد⟧: تم تحويل ⟦o:AMT|٨٠٠ ريال⟧ ✅
⟦P|عبدالله القحطاني⟧: جزاك الله خير، ورقم جوالي الجديد ⟦PH|+966 55 481 2290⟧""",
    )
    r(
        "ar_AE",
        "call_transcript",
        """agent: welcome to ⟦o:PROD|Emirates NBD⟧, this is ⟦P|Fatima⟧, may I have your Emirates ID number
customer: yes, seven eight four, nineteen eighty-six, one two three four five six seven, one... ⟦NID|784-1986-1234567-1⟧
agent: thank you Mr. ⟦P|Rashid⟧. I see the transfer to IBAN ⟦IBAN|AE07 0331 2345 6789 0123 456⟧ of ⟦o:AMT|AED 12,000⟧ was held for review
customer: yes it's for my brother ⟦P|Imran Rashid Siddiqui⟧ rent""",
    )
    r(
        "de_CH",
        "sms",
        """Hoi ⟦P|Reto⟧, chasch mer d'Kontonummer schicke für de Skiurlaub? ⟦o:AMT|CHF 420⟧ pro Person. Gruess ⟦P|Nadja⟧""",
    )
    r(
        "de_AT",
        "whatsapp_chat",
        """⟦P|Reto Baumgartner⟧: klar: ⟦IBAN|AT61 1904 3002 3457 3201⟧ lautet auf ⟦P|Reto Baumgartner⟧
⟦P|Nadja⟧: merci, überwiese 👍 Treffpunkt ⟦o:D|Samstag⟧ ⟦o:T|6:30⟧ bei mir, ⟦A|Schönbrunner Straße 88/12⟧""",
    )
    r(
        "en_US",
        "voicemail",
        """New voicemail from ⟦PH|+1 (646) 555-0173⟧ · ⟦o:T|0:52⟧
"yeah hi this is ⟦P|Rebecca Stein⟧ from ⟦o:PROD|Stein and Harlow⟧ realty, I'm calling for Mr and Mrs ⟦P|Oyelaran⟧... sorry ⟦P|Femi⟧ and ⟦P|Adaeze Oyelaran⟧, about the showing at ⟦A|two forty-one East Eighty-Sixth Street, unit four C⟧, it's confirmed for saturday at ⟦o:T|eleven⟧, the doorman will have your names, my cell is ⟦PH~spoken|six four six, five five five, oh one seven three⟧, or email me ⟦E~dot_at|r stein at stein harlow dot com⟧, that's S T E I N, okay talk soon\"""",
    )
    r(
        "en_US",
        "voicemail",
        """Visual Voicemail · ⟦o:D|Yesterday⟧ · Unknown
"this is an important message from the social security administration your social security number has been suspended press one to speak with an officer" (spam likely)""",
    )
    r(
        "en_US",
        "voicemail",
        """from: Dad (⟦PH|630-555-0118⟧)
"hey kiddo it's dad. the plumber's coming tuesday, his name is ⟦P|Stan Kowalski⟧, he'll call from ⟦PH|708 555 0164⟧. also your cousin ⟦P|Jenna⟧ moved, new address is ⟦A|eighteen oh two Maple Court⟧ in ⟦L|Naperville⟧, send her a card, her birthday is ⟦DOB|april ninth⟧, she's turning thirty. love you\"""",
    )
    r(
        "en_IN",
        "voicemail",
        """Voicemail transcript: "Hello ⟦P|Kavitha⟧ madam, this is ⟦P|Suresh⟧ from ⟦o:PROD|Apollo Diagnostics⟧. Your blood test reports are ready, sample id ⟦o:REQ|AD 4 4 7 1 0 2⟧. Please login with patient id ⟦MRN|APL-0098213⟧ and password is your date of birth ⟦S|11081979⟧. For any query call ⟦PH|1860 500 0101⟧. Thank you.\"""",
    )
    r(
        "es_MX",
        "voicemail",
        """Buzón de voz ⟦o:T|10:14⟧: "Qué tal, habla ⟦P|Rodrigo Salinas⟧ del despacho contable, le llamo a la señora ⟦P|Patricia Villanueva⟧ para pedirle su RFC porque el que tenemos está mal, el correcto creo que es ⟦TAX@mx.rfc|GOLM850312AB0⟧, si me puede confirmar al ⟦PH|55 4812 9937⟧ o al correo ⟦E|rsalinas@contadoresvs.mx⟧, gracias.\"""",
    )
    r(
        "it_IT",
        "voicemail",
        """Segreteria ⟦o:D|mer 12⟧: «Buongiorno, sono ⟦P|Marco Gentile⟧ dello studio ⟦P|Colombo⟧, chiamo per la signora ⟦P|Rossi⟧, ⟦P|Maria Rossi⟧. Ci servirebbe il codice fiscale del marito, ⟦P|Mario⟧, abbiamo ⟦TAX@it.codicefiscale|RSSMRA85T10A562S⟧ ma vorremmo conferma. Può richiamare al ⟦PH|02 8846 1120⟧ oppure scrivere a ⟦E|segreteria@studiocolombo.it⟧. Grazie.»""",
    )
    r(
        "pt_BR",
        "voice_note",
        """[áudio transcrito 1:12] "oi ⟦P|Gabi⟧, é a ⟦P|Fernanda⟧, então, o rapaz da mudança pediu meu CPF e o endereço novo, eu tô no carro não consigo digitar, passa pra ele por favor: ⟦NID~spoken|dois zero quatro, nove três sete, um cinco oito, meia zero⟧ e o endereço é ⟦A|rua Doutor Arnaldo, quatrocentos e doze, apartamento cinquenta e três⟧, ⟦L|Pinheiros⟧, o telefone dele é ⟦PH|11 97331-4208⟧, beijo\"""",
    )
    r(
        "en_US",
        "voice_note",
        """[Voice memo → text] "note to self, call Dr. ⟦P|Okafor⟧'s office back at ⟦PH|555 0149⟧ about the MRI referral, reference ⟦o:TKT|R X 2 2 1⟧, bring insurance card, member ID ⟦HPN|W 2 8 8 4 1 0 9 3 7⟧, group ⟦o:ROW|7 0 4 4 1⟧\"""",
    )
    r(
        "ko_KR",
        "call_transcript",
        """상담원: 네 ⟦o:PROD|한빛카드⟧ 고객센터 ⟦P|김지은⟧입니다. 본인 확인을 위해 주민등록번호 앞자리와 뒷자리 첫 번째 숫자 말씀해 주세요.
고객: ⟦NID@kr.rrn|880415-2345675⟧ 전체 다 불러드릴게요
상담원: 앞자리만 주셔도 됩니다. 성함이 ⟦P|이수진⟧ 고객님 맞으시죠?
고객: 네. 주소 변경하려고요. ⟦A|경기도 성남시 분당구 정자일로 95, 1204동 803호⟧
상담원: 변경 완료되었습니다. 접수번호 ⟦o:TKT|20250318-04417⟧입니다.""",
    )
    r(
        "zh_TW",
        "line_chat",
        """⟦P|陳怡君⟧：媽 我的健保卡號碼是多少 要填資料
媽咪：⟦HPN|0000 4418 2207⟧ 身分證你自己知道吧
⟦P|陳怡君⟧：⟦NID|A234567890⟧ 對吧
媽咪：對 出生年月日 ⟦DOB|民國85年3月12日⟧ 別填錯""",
    )
    r(
        "ru_RU",
        "call_transcript",
        """Оператор: Добрый день, служба доставки, ⟦P|Анастасия⟧. Номер заказа?
Клиент: ⟦o:ORD|семь семь один девять ноль два⟧
Оператор: Спасибо. Куда доставляем?
Клиент: ⟦A|ул. Профсоюзная, д. 43, корп. 2, кв. 118⟧, ⟦L|Москва⟧, домофон ⟦S|118К4471⟧
Оператор: Получатель?
Клиент: ⟦P|Игорь Валентинович Морозов⟧, телефон ⟦PH|8 903 771-22-40⟧
Оператор: Доставка ⟦o:D|в четверг⟧ с ⟦o:T|10 до 14⟧.""",
    )
    r(
        "uk_UA",
        "telegram_chat",
        """⟦P|Оксана⟧: ⟦P|Богдан⟧, скинь ІПН для договору
⟦P|Богдан Ткаченко⟧: ⟦TAX|3128407715⟧
⟦P|Оксана⟧: і паспорт
⟦P|Богдан Ткаченко⟧: ⟦PP|FH 482917⟧ закордонний, ID-картка ⟦NID|004471829⟧
⟦P|Оксана⟧: дякую, підписання ⟦o:D|25.03⟧ о ⟦o:T|12:00⟧""",
    )
    r("en_US", "sms", """running 10 min late, order me the ⟦o:PROD|spicy rigatoni⟧ pls, ill venmo u ⟦o:AMT|$22⟧""")
    r(
        "en_GB",
        "whatsapp_group",
        """[⟦o:T|18:03⟧] Footy lads: pitch booked ⟦o:D|Thurs⟧ ⟦o:T|8pm⟧, ⟦o:AMT|£6⟧ each, ⟦o:QTY|10⟧ names needed
[⟦o:T|18:05⟧] +44 ••• ••• •291: in
[⟦o:T|18:06⟧] Footy lads: 👍 that's ⟦o:QTY|7⟧""",
    )
    r(
        "es_ES",
        "sms",
        """Tu pedido ⟦o:ORD|402-8810447-2201⟧ ha sido enviado. Seguimiento: ⟦o:TRK|ES2211084471Y⟧. Entrega estimada ⟦o:D|jueves 20⟧.""",
    )
    r(
        "de_DE",
        "sms",
        """DHL: Ihre Sendung ⟦o:TRK|00340434161234567890⟧ wird heute zwischen ⟦o:T|13:10⟧ und ⟦o:T|15:10⟧ zugestellt.""",
    )
    r(
        "fr_FR",
        "sms",
        """SNCF : votre train ⟦o:FLT|TGV INOUI 6611⟧ du ⟦o:D|28/03⟧ part à ⟦o:T|07h12⟧, voiture ⟦o:ROW|14⟧ place ⟦o:ROW|82⟧. Référence ⟦o:ORD|QWXLPT⟧.""",
    )
    r(
        "ja_JP",
        "sms",
        """【⟦o:PROD|ヤマト運輸⟧】お荷物お届けのお知らせ。伝票番号⟦o:TRK|4471-2209-8813⟧、⟦o:D|3月21日⟧ ⟦o:T|14時〜16時⟧にお届け予定です。""",
    )
    r(
        "en_US",
        "slack_dm",
        """prod is down, ⟦o:ERR|HTTP 502⟧ from the lb since ⟦o:T|14:02 UTC⟧, rollback to ⟦o:VER|v3.9.2⟧ commit ⟦o:SHA|a41c9e07b2⟧? incident ⟦o:TKT|INC-7731⟧""",
    )
    r(
        "id_ID",
        "whatsapp_group",
        """Info arisan bulan ini: setoran ⟦o:AMT|Rp 500.000⟧ paling lambat ⟦o:D|tgl 25⟧ ya ibu-ibu, kumpul jam ⟦o:T|16.00⟧ 🙏""",
    )
    r(
        "tl_PH",
        "sms",
        """Your Grab order ⟦o:ORD|A-4W8XK2⟧ is being prepared. Total ⟦o:AMT|₱389.00⟧. ETA ⟦o:QTY|25 mins⟧.""",
    )
    r(
        "hi_IN",
        "whatsapp_group",
        """Society notice: ⟦o:D|Sunday⟧ ko water tank cleaning hai ⟦o:T|10 baje⟧ se ⟦o:T|2 baje⟧ tak, maintenance ⟦o:AMT|₹2,400⟧ ⟦o:D|31 March⟧ tak jama karein""",
    )
    r(
        "en_US",
        "live_chat",
        """Agent ⟦P|Carlos⟧: To finish setting up autopay I'll need the checking account and routing number
Customer: routing ⟦a:BC|121000248⟧ account ⟦BBAN|4471 0092 8813⟧
Agent ⟦P|Carlos⟧: Thank you Ms. ⟦P|Huang⟧—sorry, ⟦P|Mei-Ling⟧. Autopay of ⟦o:AMT|$89.99⟧ will start ⟦o:D|April 1⟧. Confirmation ⟦o:REQ|AP-228104⟧""",
    )
    r(
        "en_US",
        "call_transcript",
        """caller: yeah my direct deposit didn't go through, the account number I gave HR was ⟦BBAN~spoken|three three oh, one nine four, eight eight two, one⟧
agent: and routing ⟦a:BC|zero seven one, zero zero zero, zero one three⟧?
caller: yes
agent: ok the payroll file shows ⟦BBAN|330194882⟧, you're missing the last digit. I'll update it, ⟦P|Shanelle⟧, you're all set for the ⟦o:D|15th⟧""",
    )
    r(
        "en_GB",
        "sms",
        """Hi ⟦P|Aoife⟧ it's ⟦P|Declan⟧, for the deposit: ⟦P|D. Murphy⟧, sort code ⟦a:BC|90-00-17⟧, account ⟦BBAN|12345678⟧. Cheers""",
    )
    r(
        "nl_NL",
        "whatsapp_chat",
        """⟦P|Joost⟧: tikkie werkt niet, stuur maar gewoon je rekeningnummer
⟦P|Femke Jansen⟧: ⟦IBAN|NL49RABO0317462519⟧ tnv ⟦P|F. Jansen⟧
⟦P|Joost⟧: ⟦o:AMT|€37,50⟧ overgemaakt 👍""",
    )
    r(
        "en_ZA",
        "whatsapp_chat",
        """⟦P|Thandi⟧: ⟦P|Sipho⟧ send me ur banking details for the stokvel
⟦P|Sipho Ndlovu⟧: FNB acc ⟦BBAN|62847193015⟧ branch ⟦a:BC|250655⟧, ID for FICA ⟦NID@za.idnr|8503125123088⟧
⟦P|Thandi⟧: sharp, paid ⟦o:AMT|R1 500⟧""",
    )
    r(
        "en_US",
        "live_chat",
        """Agent ⟦P|Naomi⟧: I've issued a ⟦o:AMT|$40⟧ credit on invoice ⟦o:INV|INV-2025-03-4471⟧. Anything else?
Customer: nope thanks!""",
    )
    r(
        "en_US",
        "call_transcript",
        """AGENT: hospital billing, this is ⟦P|Trevor⟧, do you have your account or medical record number
CALLER: the letter says MRN ⟦MRN|H00-88-4172⟧ and guarantor ⟦P|Yolanda Pierce⟧
AGENT: and patient date of birth
CALLER: ⟦DOB|twelve, fourteen, two thousand eleven⟧. it's my daughter ⟦P|Aaliyah⟧
AGENT: okay I see a balance of ⟦o:AMT|three eighty-five forty⟧ for date of service ⟦o:D|January sixth⟧. was that billed to ⟦o:PROD|Aetna⟧?
CALLER: yes, member id ⟦HPN|W1884 0293 17⟧, and my social if you need it is ⟦SSN|604-27-3318⟧""",
    )
    r(
        "en_US",
        "sms",
        """⟦P|Nadia⟧ it's mom. the ER nurse needs ur brother's info: ⟦P|Omar Haddad⟧, dob ⟦DOB|08/03/2006⟧, his MRN from last time ⟦MRN|4471-0229⟧, insurance ⟦HPN|UHC 9183 4417 02⟧. where is his card?!""",
    )
    r(
        "en_GB",
        "whatsapp_chat",
        """⟦P|Priyanka⟧: dad's hospital number is ⟦MRN|RX1 448 2917⟧ if the ward rings you
⟦P|Vikram Nair⟧: ok, and NHS no?
⟦P|Priyanka⟧: ⟦NID@gb.nhs|485 777 3457⟧
⟦P|Vikram Nair⟧: got it. visiting ⟦o:T|2-4⟧ and ⟦o:T|6-8⟧, ward ⟦o:ROW|B7⟧""",
    )
    r(
        "fr_CA",
        "call_transcript",
        """agente: clinique ⟦o:PROD|Santé Plus⟧, bonjour, c'est ⟦P|Geneviève⟧
appelant: oui bonjour, c'est pour un rendez-vous pour ma fille ⟦P|Léa Gagnon-Roy⟧
agente: sa carte soleil?
appelant: ⟦HPN|GAGL 1205 5119⟧
agente: date de naissance?
appelant: ⟦DOB|le cinq décembre deux mille onze⟧
agente: dossier ⟦MRN|CSP-0041872⟧... j'ai ⟦o:D|mardi le 25⟧ à ⟦o:T|15 h⟧ avec Dre ⟦P|Bouchard⟧""",
    )
    r(
        "en_US",
        "group_chat",
        """⟦P|Jake⟧: whos doing the costco run
⟦P|Lauren Mitchell⟧: me, use my membership # ⟦o:ROW|111 8820 4471⟧
⟦P|Jake⟧: venmo or cash?
⟦P|Lauren Mitchell⟧: zelle ⟦PH|(704) 555-0187⟧
⟦P|Connor⟧: address for the party is ⟦A|4417 Brookfield Dr⟧ ⟦L|Charlotte⟧ btw, gate code ⟦S|#2291⟧""",
    )
    r(
        "en_US",
        "email_dictated",
        """[dictated via Siri] "text ⟦P|Marcus⟧: hey man, my new email is ⟦E~dot_at|jr underscore hollis at proton dot me⟧ and my new address is ⟦A|fifteen twenty-two Alder Street apartment three⟧ ⟦L|Portland⟧ send the invite there\"""",
    )
    r(
        "en_US",
        "call_transcript",
        """agent: can i get a good email to send the quote to
caller: sure its ⟦E~spelled|e as in echo, d as in delta, w, a, r, d, s, one, nine, at yahoo dot com⟧
agent: so ⟦E|edwards19@yahoo.com⟧
caller: yep ⟦P|Patrick Edwards⟧
agent: and the property address for the roof
caller: ⟦A|nine oh nine Ridgeview Terrace⟧ in ⟦L|Boise⟧""",
    )
    r(
        "en_IN",
        "call_transcript",
        """agent: sir your email id please
customer: ⟦E~dot_at|vishal dot raghavan one nine eight nine at gmail dot com⟧, raghavan R A G H A V A N
agent: so ⟦E|vishal.raghavan1989@gmail.com⟧, correct?
customer: correct. and alternate number ⟦PH|080-4128 7750⟧ extension ⟦o:QTY|214⟧, office
agent: and communication address
customer: ⟦A|flat no. 302, Sai Krupa Residency, 5th Cross, HSR Layout Sector 2⟧, ⟦L|Bengaluru⟧ ⟦a:PC|560102⟧""",
    )
    r(
        "en_US",
        "linkedin_dm",
        """Hi ⟦P|Sofia⟧! Thanks for connecting. Here's my personal email for the referral: ⟦E|ngozi.eze.pm@gmail.com⟧ and resume link. I'm free ⟦o:D|Tue⟧/⟦o:D|Wed⟧ after ⟦o:T|4pm ET⟧. Best, ⟦P|Ngozi Eze⟧""",
    )
    r(
        "es_MX",
        "whatsapp_chat",
        """⟦P|Lupita⟧: me pasas tu correo para mandarte la factura?
⟦P|Héctor Zamora⟧: ⟦E|hzamora.arq@outlook.com⟧ y el RFC va a nombre de mi empresa ⟦TAX|CAZ1803154T9⟧
⟦P|Lupita⟧: listo, factura ⟦o:INV|A-2291⟧ por ⟦o:AMT|$8,120.00 MXN⟧""",
    )
    r(
        "de_DE",
        "whatsapp_chat",
        """⟦P|Anja⟧: kannst du mir deine Steuer-ID schicken, für die Nebenkostenabrechnung
⟦P|Klaus Hoffmann⟧: ⟦TAX@de.idnr|86 095 742 719⟧
⟦P|Anja⟧: und deine neue Mail?
⟦P|Klaus Hoffmann⟧: ⟦E|k.hoffmann-76@web.de⟧""",
    )
    r(
        "en_US",
        "it_helpdesk_chat",
        """User: locked out of my work laptop again 🙃 username ⟦P|jpatterson⟧
IT (⟦P|Sam⟧): I'll reset it. Temp password is ⟦S|Welcome-4417-Maple⟧, you'll be asked to change it
User: also my mfa recovery codes are ⟦S|8831-2207 4419-0028 9920-1144⟧ should I keep these somewhere
IT (⟦P|Sam⟧): yes, but NOT in chat 😅 your machine ⟦o:SKU|LT-00884⟧ is on ⟦IP|10.44.2.119⟧, I'll push the update""",
    )
    r(
        "en_US",
        "group_chat",
        """⟦P|Ethan⟧: shared the jellyfin link for movie night ⟦UC|http://guest:popcorn2024@73.152.48.201:8096⟧
⟦P|Maya Goldberg⟧: 🙏 what's the ip if it changes again
⟦P|Ethan⟧: just msg me, it's dynamic. currently ⟦IP|73.152.48.201⟧""",
    )
    r(
        "en_US",
        "slack_channel",
        """⟦P|priya.s⟧: anyone have the jenkins creds, ⟦P|Omar⟧ is out
⟦P|devon⟧: ⟦UC|https://admin:j3nk1ns-R0cks@ci.lumenstack.dev⟧ (pls don't share outside #eng)
⟦P|priya.s⟧: ty. also redis url for staging?
⟦P|devon⟧: ⟦UC|redis://:Zq8vT2pLx91@staging-cache.lumenstack.dev:6379/0⟧""",
    )
    r(
        "pt_BR",
        "telegram_chat",
        """⟦P|Léo⟧: o ftp do cliente é ⟦UC|ftp://siteadm:Praia#2291@ftp.pousadamaresia.com.br⟧
⟦P|Bruna Teixeira⟧: anotado, vou subir a ⟦o:VER|versão 2.3⟧ do site hoje
⟦P|Léo⟧: boa, o prazo é ⟦o:D|sexta⟧""",
    )
    r(
        "es_ES",
        "whatsapp_chat",
        """⟦P|Sergio⟧: me pasas el acceso de la cámara del local?
⟦P|Nuria Campos⟧: ⟦UC|rtsp://admin:Cam2025nuria@83.47.120.9:554/stream1⟧
⟦P|Sergio⟧: gracias!""",
    )
    r(
        "en_US",
        "meeting_transcript",
        """[00:22:10] ⟦P|Grace Liu⟧: for the demo I'll use the test tenant, the mongo connection string is ⟦UC|mongodb+srv://demo_user:Dem0Pass%21@cluster7.x8kq.mongodb.net⟧
[00:22:18] ⟦P|Ivan Petrov⟧: can you not read that out loud on a recorded call 😬
[00:22:21] ⟦P|Grace Liu⟧: it's a throwaway, it expires ⟦o:D|Friday⟧
[00:23:40] ⟦P|Ivan Petrov⟧: okay, next, the contract for ⟦o:PROD|Northwind⟧ renewal is ⟦o:AMT|forty-eight K⟧, invoice ⟦o:INV|NW-4471⟧""",
    )
    r(
        "en_US",
        "call_transcript",
        """AGENT: I need to confirm your identity, can you give me your social security number
CALLER: ⟦SSN~spoken|one four five, eight three, two two nine oh⟧
AGENT: thank you, and the address on the account
CALLER: ⟦A|two twenty-two Sycamore Lane⟧, ⟦L|Dayton Ohio⟧ ⟦a:PC|45419⟧
AGENT: okay Mrs ⟦P|Dolores Whitfield⟧... ⟦P|Dolores⟧, your new card will be sent there""",
    )
    r(
        "en_US",
        "sms",
        """hey its ⟦P|Jaden⟧ again, for the background check they need ur ssn ⟦SSN|455096612⟧? u gave me ⟦SSN|455-09-6621⟧ before, which one""",
    )
    r(
        "en_US",
        "whatsapp_chat",
        """⟦P|Kofi⟧: bro send me the w-9 info for the gig
⟦P|Jamal Reed⟧: ⟦P|Jamal A. Reed⟧, ssn ⟦SSN|672-48-1193⟧, ⟦A|5510 Prospect Ave Apt 2⟧ ⟦L|Kansas City, MO⟧ ⟦a:PC|64130⟧""",
    )
    r(
        "en_US",
        "call_transcript",
        """agent: rental counter, can I see... sorry, since you're on the phone, read me your driver's license
caller: ⟦DL|F255-921-50-094-0⟧ florida
agent: date of birth on it
caller: ⟦DOB|2-9-1995⟧
agent: thank you Ms. ⟦P|Castellanos⟧... ⟦P|Valeria Castellanos⟧. and the card for the deposit
caller: ⟦CC|4485 9203 1768 4202⟧
agent: perfect, reservation ⟦o:ORD|1188 4471 US5⟧, pickup ⟦o:T|9 am⟧""",
    )
    r("en_US", "sms", """ur license # for the hotel form? mine is ⟦DL|S530-7714-4209⟧ - ⟦P|Rosa⟧""")
    r(
        "en_GB",
        "whatsapp_chat",
        """⟦P|Callum⟧: what's your licence number for the van hire
⟦P|Ewan Stewart⟧: ⟦DL|STEWA 807138 E99LN⟧
⟦P|Callum⟧: and passport in case they ask for ID
⟦P|Ewan Stewart⟧: ⟦PP|533 891 204⟧""",
    )
    r(
        "en_US",
        "call_transcript",
        """agent: travel desk, can I have the traveler's passport
caller: ⟦PP~spoken|five eight eight, two zero one, nine four seven⟧, ⟦P|Daniel Okonjo-Hale⟧
agent: and nationality
caller: US, and my colleague ⟦P|Mirela Popescu⟧ is Romanian, passport ⟦PP|054418291⟧, born ⟦DOB|1990-06-17⟧
agent: great, flights ⟦o:FLT|LH 431⟧ and ⟦o:FLT|RO 302⟧, hotel confirmation ⟦o:ORD|88120447⟧""",
    )
    r(
        "tl_PH",
        "call_transcript",
        """agent: good evening po, thank you for calling ⟦o:PROD|Globe⟧, this is ⟦P|Jerome⟧. may i have your account name po
caller: ⟦P|Maricel Bautista Santos⟧
agent: thank you ma'am. ano po yung registered mobile number?
caller: ⟦PH~spoken|zero nine one seven, five five two, eight eight one four⟧
agent: and your birthday po for verification
caller: ⟦DOB|march twenty, nineteen ninety-two⟧
agent: salamat po. installation address po?
caller: ⟦A|Unit 1205 Tower B, Avida Towers, 34th St. cor. 9th Ave.⟧, ⟦L|BGC Taguig⟧
agent: noted po, technician visit on ⟦o:D|Saturday⟧ ⟦o:T|8 to 12⟧, ticket ⟦o:TKT|GT-20250319-7712⟧""",
    )
    r(
        "sw_TZ",
        "whatsapp_chat",
        """⟦P|Neema⟧: ⟦P|Juma⟧ nitumie anwani yako nikutumie mzigo
⟦P|Juma Mwinyi⟧: ⟦A|Mtaa wa Uhuru, Nyumba Na. 47⟧, ⟦L|Kariakoo, Dar es Salaam⟧
⟦P|Juma Mwinyi⟧: namba yangu ⟦PH|+255 754 218 903⟧
⟦P|Neema⟧: sawa, nimetuma kupitia basi la ⟦o:PROD|Kilimanjaro Express⟧, tiketi ⟦o:TKT|KX-4471⟧""",
    )
    r(
        "hi_IN",
        "whatsapp_chat",
        """⟦P|Priya⟧: didi courier wale ko address de diya?
⟦P|Sunita Verma⟧: haan ⟦A|H.No. 221, Gali No. 4, Sector 15-A⟧, ⟦L|Faridabad⟧ ⟦a:PC|121007⟧ aur mera number ⟦PH|9873 012 448⟧
⟦P|Priya⟧: aur mummy ki DOB form mein kya daalu
⟦P|Sunita Verma⟧: ⟦DOB|05-01-1962⟧ 🙏""",
    )
    r(
        "it_IT",
        "call_transcript",
        """operatore: ⟦o:PROD|Enel⟧ buongiorno, sono ⟦P|Alessio⟧, mi dice nome e cognome dell'intestatario?
cliente: ⟦P|Giuseppina Lo Russo⟧
operatore: indirizzo di fornitura?
cliente: ⟦A|via Giovanni Pascoli 14, scala C, interno 7⟧, ⟦a:PC|80129⟧ ⟦L|Napoli⟧
operatore: e un recapito email
cliente: ⟦E~dot_at|pina punto lorusso chiocciola libero punto it⟧
operatore: grazie, la lettura del ⟦o:D|3 marzo⟧ è di ⟦o:QTY|4.812 kWh⟧""",
    )
    r(
        "pl_PL",
        "call_transcript",
        """konsultant: ⟦o:PROD|InPost⟧, dzień dobry, ⟦P|Magdalena⟧ przy telefonie
klient: dzień dobry, paczka ⟦o:TRK|6900 4471 2209 8813 3301 22⟧ nie dotarła do paczkomatu
konsultant: poproszę imię i nazwisko oraz numer telefonu
klient: ⟦P|Zbigniew Kaczmarek⟧, ⟦PH|+48 512 884 019⟧
konsultant: adres doręczenia?
klient: ⟦A|ul. Marszałkowska 84/92 m. 118⟧, ⟦a:PC|00-514⟧ ⟦L|Warszawa⟧""",
    )
    r(
        "zh_CN",
        "call_transcript",
        """客服：您好，⟦o:PROD|顺丰速运⟧，工号⟦o:ROW|4471⟧为您服务
客户：你好，我寄件，收件人⟦P|张伟⟧，电话⟦PH|138 1024 7729⟧
客服：收件地址？
客户：⟦A|上海市浦东新区世纪大道1188号 2号楼1502室⟧
客服：好的，运单号⟦o:TRK|SF1402283349917⟧，运费⟦o:AMT|23元⟧""",
    )
    r(
        "ar_MA",
        "whatsapp_chat",
        """⟦P|Youssef⟧: salam khoya, 3tini l'adresse dyalk bach nsifet lik l colis
⟦P|Hamza El Amrani⟧: ⟦A|Résidence Al Amal, Imm 12, Appt 5, Bd Zerktouni⟧, ⟦L|Casablanca⟧
⟦P|Hamza El Amrani⟧: w numero ⟦PH|06 61 48 22 07⟧ ila ma lqawnich
⟦P|Youssef⟧: safi, ghadi ywsal ⟦o:D|nhar lkhmis⟧""",
    )
    r(
        "en_NG",
        "call_transcript",
        """agent: thank you for calling ⟦o:PROD|MTN⟧, my name is ⟦P|Blessing⟧, how may I help you
caller: my line was blocked, they said I should link my NIN
agent: okay sir, what is your NIN
caller: ⟦NID|4471 0928 133⟧
agent: and your date of birth
caller: ⟦DOB|fourteenth of February, nineteen eighty-seven⟧
agent: thank you Mr ⟦P|Chukwuemeka Obi⟧, and the line is ⟦PH|0803 441 2290⟧? it will be restored in ⟦o:QTY|24 hours⟧""",
    )
    r(
        "en_US",
        "facebook_marketplace_chat",
        """Buyer: is the ⟦o:PROD|couch⟧ still available? ⟦o:AMT|$150⟧?
Seller ⟦P|Tammy Reinholt⟧: yes! pickup only, ⟦A|8 Hillcrest Ct⟧ ⟦L|Ames⟧. after ⟦o:T|5⟧ today
Buyer: great, my name is ⟦P|Dmitri⟧, my number ⟦PH|515-555-0196⟧ if you need to reach me
Seller ⟦P|Tammy Reinholt⟧: 👍 ring doorbell""",
    )
    r(
        "en_US",
        "call_transcript",
        """agent: pharmacy refill line, what's the patient's date of birth
caller: ⟦DOB|oh seven, nineteen, fifty-two⟧
agent: and last name
caller: ⟦P|Nakamura⟧, first ⟦P|Hiroshi⟧
agent: I see prescription ⟦o:ROW|6 6 1 0 4 4 7⟧ for ⟦o:PROD|metformin⟧, it'll be ready at ⟦o:T|4 pm⟧. is ⟦E|h.nakamura52@comcast.net⟧ still good for receipts?
caller: yes""",
    )
    r(
        "es_CL",
        "whatsapp_chat",
        """⟦P|Cata⟧: amiga pásame tu rut para la boleta
⟦P|Javiera Muñoz⟧: ⟦NID@cl.rut|18.765.432-7⟧ y mi correo ⟦E|javi.munoz.c@gmail.com⟧
⟦P|Cata⟧: listo! y tu cuenta rut pa transferirte
⟦P|Javiera Muñoz⟧: ⟦BBAN|18765432⟧ banco estado""",
    )
    r(
        "en_US",
        "live_chat",
        """Agent ⟦P|Brooke⟧: To update your email I'll need the current one and the new one.
Customer: old ⟦E|sierra_m_lopez@aol.com⟧ new ⟦E|sierra.lopez.designs@gmail.com⟧ and my billing addy changed to ⟦A|4409 Rainier Ave S, Apt 310⟧ ⟦L|Seattle⟧ ⟦a:PC|98118⟧
Agent ⟦P|Brooke⟧: Done! I also see your card on file expires ⟦o:D|04/25⟧, want to update it?
Customer: sure ⟦CC|5399 4182 7603 5120⟧ exp ⟦o:D|09/29⟧""",
    )
    r(
        "ja_JP",
        "call_transcript",
        """オペレーター：お電話ありがとうございます。⟦o:PROD|ソフトバンク⟧の⟦P|山本⟧でございます。
お客様：あ、機種変更の件で。名前は⟦P|鈴木 一郎⟧です。
オペレーター：ご契約の電話番号をお願いします。
お客様：⟦PH|080-2291-4471⟧です。
オペレーター：生年月日をお願いいたします。
お客様：⟦DOB|昭和58年7月3日⟧。
オペレーター：ありがとうございます。受付番号は⟦o:TKT|A-0319-2208⟧です。""",
    )
    r(
        "ko_KR",
        "kakao_chat",
        """⟦P|민준⟧: 형 계좌번호 알려줘 축의금 보낼게
⟦P|최현우⟧: ⟦BBAN|110-448-291037⟧ 신한 ⟦P|최현우⟧
⟦P|민준⟧: ⟦o:AMT|10만원⟧ 보냄! 결혼식 ⟦o:D|4월 12일⟧ ⟦o:T|12시 반⟧ 맞지?""",
    )
    r(
        "en_KE",
        "sms",
        """Dear ⟦P|Wambui Kariuki⟧, your ⟦o:PROD|NHIF⟧ contribution of KES ⟦o:AMT|1,700⟧ for ⟦o:D|March 2025⟧ has been received. Member No. ⟦HPN|8830192⟧. Thank you.""",
    )
    r(
        "en_AU",
        "sms",
        """hey ⟦P|Kirra⟧ it's ⟦P|Nathan Walsh⟧ from the footy club, rego form needs ur medicare no ⟦HPN|2428 77813 2⟧, address & email. mine for ref: ⟦A|14/3 Beach Rd⟧ ⟦L|Bondi⟧, ⟦E|nwalsh.footy@bigpond.com⟧""",
    )
    r(
        "en_US",
        "voicemail",
        """"hi it's ⟦P|Carmen⟧ from ⟦o:PROD|Riverside Orthopedics⟧ calling for ⟦P|Thomas Brennan-Oyelowo⟧, we have your x-ray results, please call us at ⟦PH|555-0122⟧ and reference patient number ⟦MRN~spoken|R O four four one, eight two two⟧, also the portal temporary pin is ⟦S~spoken|nine nine three one⟧, thank you\"""",
    )
    r(
        "en_US",
        "signal_chat",
        """⟦P|Riley⟧: moving the server, root pw for the new box is ⟦S|7hM#q2!vLx0p⟧ ip ⟦IP|203.0.113.77⟧
⟦P|Riley⟧: and the old api key ⟦S|sk_live_51Hx8KqL2vP0aB7cD9eF1gH3⟧ is revoked
⟦P|Sasha Novak⟧: ok. mailing the hardware to ⟦A|1290 Alameda St, Suite 400⟧ ⟦L|Los Angeles⟧, attn ⟦P|Sasha⟧""",
    )
    r(
        "en_GB",
        "call_transcript",
        """AGENT: and finally can I get an email for the receipt
CALLER: it's ⟦E~dot_at|wendy dot ashworth hyphen lee at sky dot com⟧
AGENT: thank you, and the card you'd like to pay with
CALLER: ⟦CC|4024 0071 9552 8368⟧
AGENT: and the delivery address for the wardrobe
CALLER: ⟦A|Flat 2, 19 Cromwell Crescent⟧, ⟦L|Harrogate⟧ ⟦a:PC|HG1 2PT⟧
AGENT: lovely, order ⟦o:ORD|ORD-558129⟧, delivery ⟦o:D|Tuesday 25th⟧""",
    )


load(r)


def main():
    rows = []
    for i, (loc, sty, src) in enumerate(R):
        text, spans = parse(src)
        rec = {
            "id": f"h9a-{i:05d}",
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
    with open("heldout9a.jsonl", "w", encoding="utf-8") as f:
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
