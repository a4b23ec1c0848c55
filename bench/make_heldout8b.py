#!/usr/bin/env python3
"""Build heldout8b.jsonl from hand-written records with inline markup.
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
        "crm_agent_note",
        "cust called re refund on ⟦o:ORD|ORD-88213407⟧, verified dob + last4 (⟦DOB|12/08/1979⟧, last4 ok). name on acct ⟦P|ramesh kumar iyer⟧, new addr ⟦A|flat 3B, sai krupa apts, 14th cross malleswaram⟧ ⟦L|bangalore⟧ ⟦a:PC|560003⟧. alt mob ⟦PH|9845012276⟧. refund ⟦o:AMT|Rs 2,349⟧ initiated, TAT 5-7 wd",
    )
    r(
        "en_IN",
        "kyc_note",
        "KYC re-verif done for ⟦P|SHARMA, priyanka⟧. PAN:⟦TAX@in.pan|BQKPR7731A⟧ aadhaar ⟦NID@in.aadhaar|4823 1907 6557⟧ (masked copy on file pg 2). DOB ⟦DOB|03-Nov-1991⟧. Addr proof = electricity bill, matches ⟦A|H.No 22-4-118, Shah Gunj⟧, ⟦L|Hyderabad⟧. risk cat: low. case ⟦o:TKT|KYC/2024/118273⟧",
    )
    r(
        "en_IN",
        "pharmacy_note",
        "Rx for pt ⟦P|Mohd. Irfan⟧ (⟦MRN|UHID 20231187764⟧) - metformin 500 bd x ⟦o:QTY|60⟧ tabs, batch ⟦o:SKU|MF5-23K09⟧. ins: ⟦HPN|Star Health pol 11240077/2023/001846⟧. son to collect, ph⟦PH|+91 98200 41337⟧",
    )
    r(
        "hi_IN",
        "hospital_handover",
        "बेड 14 - मरीज़ ⟦P|सुनीता देवी⟧, उम्र 62, ⟦MRN|MRN 4410782⟧. BP 150/94, sugar 212 at ⟦o:T|06:00⟧. NOK बेटा ⟦P|राजेश⟧ ⟦PH|9415-632-018⟧. Dr ⟦P|Verma⟧ ko round pe batana",
    )
    r(
        "en_NG",
        "bank_fraud_note",
        "Fraud team: customer ⟦P|Chukwuemeka Obi⟧ disputes 3 POS txns tot ⟦o:AMT|NGN 487,500⟧ on ⟦o:D|14/02⟧. BVN confirmed ⟦NID|22184937560⟧, acct ⟦BBAN|0123456789⟧ (GTB). card ⟦CC|5399 8300 1234 5672⟧ hotlisted. Cust says phone stolen at ⟦L|Ikeja⟧. callback ⟦PH|0803 455 1192⟧",
    )
    r(
        "en_NG",
        "delivery_driver_note",
        "drop failed x2. recipient mrs ⟦P|adaeze nwankwo⟧ not home, gateman said she travel. addr ⟦A|plot 17 admiralty way, lekki phase 1⟧ ⟦L|lagos⟧. called ⟦PH|08125530947⟧ no ans. pkg ⟦o:TRK|GIGL-LG-0048817263⟧ back to hub",
    )
    r(
        "en_NG",
        "hr_case_note",
        "HR case ⟦o:TKT|HRC-2291⟧. Staff: ⟦P|ADEYEMI Oluwaseun T.⟧ (staff no ⟦o:ROW|EMP00417⟧). NIN ⟦NID|70124583916⟧, TIN ⟦TAX|21948834-0001⟧. Pension PIN ⟦HPN|PEN100482915367⟧. Complaint re shift allowance ⟦o:AMT|₦35,000⟧ not paid since Jan.",
    )
    r(
        "en_KE",
        "mpesa_support_note",
        "cust ⟦P|Wanjiru Kamau⟧ ID ⟦NID|28475136⟧ reports wrong send of ⟦o:AMT|KES 12,400⟧ to ⟦PH|0722 318 904⟧, txn ⟦o:REQ|QBK4TZ9X1M⟧. own line ⟦PH|+254 711 602 385⟧. reversal req raised, told 48hrs. lives ⟦L|Githurai 45⟧",
    )
    r(
        "en_KE",
        "clinic_note",
        "pt: ⟦P|otieno, brian⟧ M/34 DOB ⟦DOB|1990-05-02⟧ NHIF ⟦HPN|NHIF 4418820⟧. c/o fever 3/7, malaria RDT +ve. KRA pin on file ⟦TAX@ke.pin|A003712490A⟧ (for corp billing). f/u 1/52. ph ⟦PH|0733-204-551⟧",
    )
    r(
        "en_PH",
        "call_center_note",
        "Caller ⟦P|Ma. Cristina dela Cruz⟧ verified via DOB ⟦DOB|Jan 5 1988⟧ and mother's maiden. Reqst: change billing addr to ⟦A|Blk 12 Lot 7 Phase 2 Camella Homes, Brgy. Talon Dos⟧, ⟦L|Las Piñas City⟧. Mobile ⟦PH|0917 802 4413⟧. acct ⟦o:ROW|1009-4471-22⟧ (this is acct not card). escalated to T2 ⟦o:TKT|#INC0098812⟧",
    )
    r(
        "fil_PH",
        "nursing_note",
        "Pt ⟦P|Reyes, Jose Mari⟧ 67/M, ⟦MRN|HRN 00-48-2217⟧. Philhealth ⟦HPN|12-050118992-3⟧. BP 140/90 @⟦o:T|2200H⟧. Anak na si ⟦P|Liza⟧ ang bantay, cp ⟦PH|09998814027⟧. Pakibigay ang losartan ng ⟦o:T|0600⟧.",
    )
    r(
        "en_PH",
        "hr_onboarding_checklist",
        "ONBOARDING - ⟦P|santos, mark anthony b.⟧\n[x] SSS ⟦NID|34-5682011-9⟧\n[x] TIN ⟦TAX|418-227-603-000⟧\n[x] Pag-IBIG ⟦HPN|1211-4308-7725⟧\n[ ] NBI clearance\n[x] payroll acct BDO ⟦BBAN|004870193325⟧\nlaptop asset ⟦o:SKU|LT-ASSET-0772⟧, start ⟦o:D|2024-06-03⟧",
    )
    r(
        "id_ID",
        "catatan_cs",
        "Nasabah Bpk. ⟦P|Agus Setiawan⟧ telp ⟦PH|0812-3345-9071⟧ minta ganti alamat ke ⟦A|Jl. Kaliurang KM 7 No. 45, RT 03/RW 11⟧, ⟦L|Sleman⟧. NIK ⟦NID|3404071208850003⟧, NPWP ⟦TAX@id.npwp|09.254.294.3-407.000⟧. tiket ⟦o:TKT|CS-240611-0087⟧",
    )
    r(
        "id_ID",
        "catatan_kurir",
        "paket utk ibu ⟦P|siti rahmawati⟧ titip di pos satpam, a.n. pak ⟦P|Jono⟧. alamat ⟦A|perum griya asri blok c2/15⟧ ⟦L|bekasi⟧. resi ⟦o:TRK|JP4820019337⟧. cod ⟦o:AMT|Rp 185.000⟧ sdh dibayar",
    )
    r(
        "vi_VN",
        "ghi_chu_cskh",
        "KH ⟦P|Nguyễn Thị Thu Hà⟧ gọi lúc ⟦o:T|14h20⟧, xác minh CCCD ⟦NID|001188024517⟧, ngày sinh ⟦DOB|17/09/1988⟧. Đổi địa chỉ: ⟦A|số 12 ngõ 45 phố Hào Nam, P. Ô Chợ Dừa⟧, ⟦L|Đống Đa, Hà Nội⟧. SĐT mới ⟦PH|0912 447 830⟧. MST cá nhân ⟦TAX@vn.mst|0101884570⟧",
    )
    r(
        "vi_VN",
        "nursing_handover",
        "Giường 7: BN ⟦P|TRAN VAN LONG⟧, mã BN ⟦MRN|BN23-009174⟧, BHYT ⟦HPN|DN4797925004117⟧. Sau mổ ngày 2, đau VAS 4. Người nhà: vợ ⟦P|Lê Thị Mai⟧ ⟦PH|0988.213.406⟧.",
    )
    r(
        "ja_JP",
        "front_desk_log",
        "⟦o:D|6/14⟧ ⟦o:T|23:40⟧ 805号室 ⟦P|やまだ たろう⟧様 チェックイン。予約番号 ⟦o:ORD|RSV-4471902⟧。パスポートではなく免許証提示 ⟦DL|第 301234567890 号⟧。連絡先 ⟦PH|090-4418-2273⟧。住所 ⟦A|東京都世田谷区太子堂2-14-8 サンハイツ302⟧。明朝タクシー手配済み",
    )
    r(
        "ja_JP",
        "call_center_note",
        "お客様 ⟦P|佐藤 恵美⟧ (サトウ エミ) 様より住所変更。新: 〒⟦a:PC|530-0012⟧ ⟦A|大阪府大阪市北区芝田1丁目5-3-1104⟧。生年月日 ⟦DOB|昭和58年4月2日⟧ で本人確認OK。メール ⟦E|emi.sato0402@docomo.ne.jp⟧。受付 ⟦o:TKT|CS#20240611-0331⟧",
    )
    r(
        "en_JP",
        "hotel_security_report",
        "Incident rpt ⟦o:TKT|SEC-0611-02⟧: guest ⟦P|KIM, Daniel⟧ (rm 1207) reported wallet missing at lobby bar ~⟦o:T|22:15⟧. Passport ⟦PP|M47291853⟧ (KOR) was NOT in wallet. CCTV req sent. Guest mob ⟦PH|+82 10-4471-0392⟧. Koban notified, officer ⟦P|Takahashi⟧.",
    )
    r(
        "ko_KR",
        "cs_memo",
        "고객 ⟦P|박지민⟧ 님 전화. 주민번호 뒷자리 확인 (⟦NID@kr.rrn|850617-2145530⟧). 배송지 변경 → ⟦A|서울특별시 마포구 월드컵북로 396 3층⟧. 연락처 ⟦PH|010-2847-6613⟧. 주문 ⟦o:ORD|202406110048821⟧ 교환 접수",
    )
    r(
        "ko_KR",
        "clinic_note",
        "환자 ⟦P|이 승훈⟧ / 등록번호 ⟦MRN|00438127⟧ / 생년월일 ⟦DOB|1962.11.30⟧. HTN, DM hx. 보호자 딸 ⟦P|이수진⟧ ⟦PH|010 5521 0847⟧. 다음 외래 ⟦o:D|7/2⟧ ⟦o:T|10:30⟧.",
    )
    r(
        "pt_BR",
        "nota_atendimento",
        "cliente ⟦P|joão pedro albuquerque⟧ ligou p/ contestar cobrança de ⟦o:AMT|R$ 389,90⟧ fatura ⟦o:INV|FAT-2024-05-77812⟧. CPF ⟦NID@br.cpf|392.718.456-09⟧, nasc ⟦DOB|22/07/1984⟧. end: ⟦A|R. Bento Gonçalves, 1450 ap 302 - Centro⟧, ⟦L|Porto Alegre⟧ ⟦a:PC|90010-410⟧. cel ⟦PH|(51) 99812-4470⟧ e-mail ⟦E|jp.albuquerque@gmail.com⟧",
    )
    r(
        "pt_BR",
        "nota_enfermagem",
        "Pcte ⟦P|SOUZA, Maria das Graças⟧, prontuário ⟦MRN|PR-0091827⟧, carteirinha ⟦HPN|0 864 000123456 78 9⟧ (Unimed). Acompanhante: filho ⟦P|Carlos⟧ tel ⟦PH|11 98770-2231⟧. Em jejum desde ⟦o:T|22h⟧.",
    )
    r(
        "pt_BR",
        "nota_rh",
        "admissão ⟦P|Thiago Nascimento Ferreira⟧ - cpf⟦NID@br.cpf|04817362987⟧ PIS ⟦TAX|120.55478.21-4⟧ CTPS ⟦NID|0045812 série 0032-SP⟧. banco itaú ag ⟦a:BC|0412⟧ cc ⟦BBAN|28471-3⟧. salário ⟦o:AMT|R$ 4.200,00⟧",
    )
    r(
        "es_MX",
        "nota_call_center",
        "Se comunicó la Sra. ⟦P|Guadalupe Hernández García⟧ para aclaración de cargo. CURP ⟦NID@mx.curp|HEGM890321MDFRRR06⟧. Domicilio ⟦A|Calle Durango 218 int. 4, Col. Roma Norte⟧, ⟦L|Cuauhtémoc, CDMX⟧, CP ⟦a:PC|06700⟧. Tel ⟦PH|55 4129 8803⟧. folio ⟦o:TKT|ACL-778120⟧",
    )
    r(
        "es_MX",
        "nota_seguro",
        "ajustador: siniestro ⟦o:TKT|SIN-24-009918⟧ choque en Periférico. asegurado ⟦P|LOPEZ JUAREZ, Arnulfo⟧ licencia ⟦DL|JAL 0048812293⟧, RFC ⟦TAX|LOJA770809QK4⟧, póliza ⟦o:ROW|POL-55102234⟧. tercero: ⟦P|Karla Ibarra⟧ cel ⟦PH|33-1245-8870⟧. daños aprox ⟦o:AMT|$38,500 MXN⟧",
    )
    r(
        "es_AR",
        "nota_guardia",
        "Parte guardia noche ⟦o:D|11/06⟧: a las ⟦o:T|03:10⟧ se presentó ⟦P|Facundo Gómez⟧ DNI ⟦NID@ar.dni|32.518.447⟧ diciendo ser sobrino de la del 4°B (Sra. ⟦P|Olga Rinaldi⟧). No se lo dejó pasar. Tel que dejó ⟦PH|11 15-4482-9910⟧. Edificio ⟦A|Av. Rivadavia 5124⟧, ⟦L|Caballito⟧.",
    )
    r(
        "es_AR",
        "nota_banco",
        "cliente ⟦P|martina belén sosa⟧ cuit ⟦TAX@ar.cuit|20-32518447-8⟧?? no, ese es del titular anterior. el de ella no figura. CBU ⟦BBAN|0170099220000067797370⟧. alias cambiado. mail ⟦E|martu.sosa@hotmail.com.ar⟧",
    )
    r(
        "tr_TR",
        "musteri_notu",
        "Müşteri ⟦P|Ayşe Yılmaz⟧ aradı, TC ⟦NID@tr.tckimlik|38715409276⟧ ile doğrulandı. Yeni adres: ⟦A|Bağdat Cad. No:214 D:7 Suadiye⟧ ⟦L|Kadıköy/İstanbul⟧. IBAN ⟦IBAN|TR33 0006 1005 1978 6457 8413 26⟧ iade için. cep⟦PH|0532 418 77 09⟧",
    )
    r(
        "tr_TR",
        "hemsire_notu",
        "Hasta ⟦P|DEMİR, Mehmet Ali⟧ prot.no ⟦MRN|2024/118832⟧ d.t. ⟦DOB|04.02.1957⟧. Yakını oğlu ⟦P|Emre⟧ ⟦PH|+90 555 204 1138⟧. SGK ⟦HPN|52903174876⟧ ile provizyon alındı.",
    )
    r(
        "en_TR",
        "it_ticket",
        "⟦o:TKT|IT-44120⟧ user ⟦P|Burak Şahin⟧ cannot access vpn after pw reset. temp pw set to ⟦S|Kadikoy!2024x⟧ - told him to change at first login. his laptop ip ⟦IP|10.41.7.118⟧, client ⟦o:VER|v5.1.2⟧, error ⟦o:ERR|812⟧.",
    )
    r(
        "pl_PL",
        "notatka_cc",
        "klient ⟦P|Kowalczyk Tomasz⟧ dzwonił ws. reklamacji ⟦o:ORD|zam. 4471/06/2024⟧. PESEL ⟦NID@pl.pesel|84031703813⟧, tel ⟦PH|602 114 873⟧. nowy adres ⟦A|ul. Zielona 8/14⟧, ⟦a:PC|31-512⟧ ⟦L|Kraków⟧. zwrot na konto ⟦IBAN|PL61 1090 1014 0000 0712 1981 2874⟧",
    )
    r(
        "pl_PL",
        "notatka_pielegniarska",
        "pacjentka ⟦P|Anna Wiśniewska⟧ ur. ⟦DOB|28.11.1992⟧, nr hist. chor. ⟦MRN|HC/2024/00912⟧, PESEL⟦NID@pl.pesel|92112804526⟧. po zabiegu stabilna. Mąż ⟦P|Piotr⟧ tel⟦PH|+48 501 229 604⟧ poinformowany o ⟦o:T|14:05⟧",
    )
    r(
        "en_PL",
        "warehouse_security_log",
        "Gate log ⟦o:D|12.06⟧ - driver ⟦P|Oleksandr Hnatiuk⟧ (UA) showed passport ⟦PP|FH482917⟧, truck reg ⟦o:ROW|WGM 41827⟧, seal ⟦o:TRK|SL-0099182⟧ intact. entered ⟦o:T|05:52⟧, out ⟦o:T|07:10⟧. no issues",
    )
    r(
        "ro_RO",
        "nota_asistent_social",
        "Vizită la domiciliu ⟦A|str. Dacia nr. 17, bl. C4, sc. B, ap. 32⟧, ⟦L|Sector 2, București⟧. Beneficiar: ⟦P|POPESCU Elena⟧, CNP ⟦NID@ro.cnp|2800523408160⟧, 2 copii minori (⟦P|Andrei⟧ 9 ani, ⟦P|Ioana⟧ 5 ani). Locuința curată, frigider gol. Tel ⟦PH|0722 315 048⟧. Revenim peste ⟦o:QTY|2⟧ săpt.",
    )
    r(
        "ro_RO",
        "nota_banca",
        "clientul ⟦P|ionut-alexandru marin⟧ (CNP⟦NID@ro.cnp|1971112022334⟧) solicita deblocare card ⟦CC|4916 2770 3482 1958⟧ blocat dupa 3 PIN gresit. IBAN ⟦IBAN|RO33RNCB0082044215620001⟧. ii trimitem PIN nou prin posta la ⟦A|Calea Aradului 44, ap 3⟧ ⟦L|Timișoara⟧",
    )
    r(
        "el_GR",
        "σημείωμα_εξυπηρέτησης",
        "Πελάτης ⟦P|Γεώργιος Παπαδόπουλος⟧, ΑΜΚΑ ⟦NID@gr.amka|12068804215⟧, ΑΦΜ ⟦TAX|048213377⟧. Νέα διεύθυνση: ⟦A|Ερμού 42, 3ος όροφος⟧, ⟦L|Θεσσαλονίκη⟧ ⟦a:PC|546 24⟧. κιν ⟦PH|694 412 0837⟧. επιστροφή σε ⟦IBAN|GR16 0110 1250 0000 0001 2300 695⟧",
    )
    r(
        "en_GR",
        "hotel_front_desk_log",
        "night audit: rm 214 guest ⟦P|MÜLLER, katrin⟧ lost keycard x2, reissued. rm 301 mr & mrs ⟦P|o'sullivan⟧ asked late c/o ⟦o:T|14:00⟧, ok'd by ⟦P|Nikos⟧. safe code for rm 118 reset to ⟦S|4471⟧ at guest request (guest ⟦P|Dimitra Kontou⟧). ⟦o:AMT|€45⟧ minibar unpaid rm 209",
    )
    r(
        "ar_EG",
        "ملاحظة_خدمة_العملاء",
        "العميل ⟦P|محمد عبد الرحمن السيد⟧ رقم قومي ⟦NID|28503120104578⟧ اتصل بخصوص الفاتورة ⟦o:INV|INV-5541092⟧. العنوان ⟦A|١٢ شارع عباس العقاد، الحي السابع⟧ ⟦L|مدينة نصر، القاهرة⟧. موبايل ⟦PH~arabic_digits|٠١٠٢٢٤٨٧٧١٣⟧",
    )
    r(
        "en_EG",
        "pharmacy_note",
        "Rx dispensed to ⟦P|Nour El-Sayed⟧ for her mother (⟦P|Hoda Mahmoud⟧, DOB ⟦DOB|02/03/1951⟧). insurance card ⟦HPN|AXA-EG 771-0042-889⟧ rejected - expired. paid cash ⟦o:AMT|EGP 640⟧. callback ⟦PH|+20 122 408 1175⟧. tax reg for clinic acct ⟦TAX@eg.tn|284-160-273⟧",
    )
    r(
        "ar_SA",
        "ملاحظة_موارد_بشرية",
        "الموظف ⟦P|عبدالله بن فهد القحطاني⟧ - هوية وطنية ⟦NID|1087746523⟧ - طلب تحديث الآيبان إلى ⟦IBAN|SA03 8000 0000 6080 1016 7519⟧. جوال ⟦PH|0554128890⟧. البريد ⟦E|a.alqahtani@company.sa⟧.",
    )
    r(
        "en_SA",
        "compound_security_log",
        "Villa ⟦o:ROW|C-42⟧ visitor: ⟦P|Rajesh Menon⟧ iqama ⟦NID|2398114207⟧, plate ⟦o:ROW|ABD 4471⟧, visiting Mr. ⟦P|Faisal Al-Harbi⟧. in ⟦o:T|19:20⟧ out ⟦o:T|21:45⟧. resident contact ⟦PH|+966 50 331 2290⟧",
    )
    r(
        "en_ZA",
        "insurance_adjuster_note",
        "Claim ⟦o:TKT|CLM-ZA-2024-33817⟧. Insured ⟦P|Thabo Mokoena⟧ ID ⟦NID@za.idnr|8609155142086⟧. Vehicle hijacked at ⟦A|14 Jan Smuts Ave, Parktown⟧, ⟦L|Johannesburg⟧. Case no. SAPS ⟦o:TKT|CAS 412/06/2024⟧. Bank for payout FNB acc ⟦BBAN|62841977312⟧ branch ⟦a:BC|250655⟧. cell ⟦PH|082 557 1043⟧",
    )
    r(
        "en_ZA",
        "social_work_note",
        "Home visit - child ⟦P|Lerato Dlamini⟧ (DOB ⟦DOB|2011/04/19⟧) lives with gran Mrs ⟦P|Nomvula Dlamini⟧ at ⟦A|4412 Vilakazi St, Orlando West⟧, ⟦L|Soweto⟧. Gran ID ⟦NID@za.idnr|9304020861081⟧?? - no, that's the aunt's. Child missing school since ⟦o:D|3 June⟧. Follow up with educator Mr ⟦P|Pillay⟧ ⟦PH|011 938 2241 ext 12⟧",
    )
    r(
        "cs_CZ",
        "poznamka_pojistovna",
        "pojištěnec ⟦P|Nováková Petra⟧, RČ ⟦NID@cz.rc|905412/3276⟧, č. pojištěnce ⟦HPN|9054123276⟧ (VZP). adresa ⟦A|Vinohradská 1511/230⟧, ⟦a:PC|100 00⟧ ⟦L|Praha 10⟧. tel ⟦PH|+420 603 218 447⟧. účet ⟦IBAN|CZ65 0800 0000 1920 0014 5399⟧. škoda ⟦o:AMT|48 200 Kč⟧",
    )
    r(
        "cs_CZ",
        "predavaci_protokol_smena",
        "Předávka noční → ranní. Pok. 5: p. ⟦P|Dvořák⟧ febrilní 38,4 v ⟦o:T|02:00⟧, paralen dán. Pok. 8: nová příjem ⟦P|Svobodová Marie⟧ ⟦MRN|ID pac. 0048812⟧, alergie PNC. Volala dcera ⟦PH|777 120 488⟧.",
    )
    r(
        "en_CA",
        "bank_kyc_note",
        "KYC refresh - ⟦P|TREMBLAY, Marc-André⟧. SIN ⟦NID@ca.sin|527 183 644⟧ (cust provided verbally, not stored in CRM field). DOB ⟦DOB|1976-10-03⟧. Addr ⟦A|2210 rue Sherbrooke E, app. 6⟧ ⟦L|Montréal⟧ QC ⟦a:PC|H2K 1E4⟧. DL ⟦DL|T6512-031076-09⟧. ph ⟦PH|514-555-0182 x204⟧ (work). PEP: no",
    )
    r(
        "en_CA",
        "property_mgmt_note",
        "unit 1408 - tenant ⟦P|priya natarajan⟧ reports leak under sink. entry permitted, lockbox code ⟦S|2580⟧. superintendent ⟦P|Dave⟧ to attend ⟦o:D|Thu⟧ am. tenant cell ⟦PH|(416) 555-0139⟧, email ⟦E|priya.n@rogers.com⟧. bldg ⟦A|88 Harbour St⟧, ⟦L|Toronto⟧. w/o ⟦o:TKT|WO-22817⟧",
    )
    r(
        "fr_CA",
        "note_infirmiere",
        "Usager ⟦P|Gagnon, Lucie⟧, dossier ⟦MRN|00771284⟧, RAMQ ⟦HPN|GAGL 5512 2419⟧. Chute à ⟦o:T|04h15⟧, pas de TCC. Fille ⟦P|Sophie Gagnon-Roy⟧ avisée au ⟦PH|450-555-0177⟧.",
    )
    r(
        "en_AU",
        "centrelink_style_case_note",
        "Client ⟦P|Jarrah Williams⟧ attended in person. CRN ⟦NID|204 118 473K⟧, TFN ⟦TAX@au.tfn|876 341 528⟧ updated. New address ⟦A|Unit 4/17 Smith St⟧ ⟦L|Fitzroy⟧ VIC ⟦a:PC|3065⟧. Medicare ⟦HPN|2951 60731 2⟧/1. mob ⟦PH|0412 557 809⟧. BSB ⟦a:BC|063-182⟧ acc ⟦BBAN|1048 2271⟧",
    )
    r(
        "en_AU",
        "police_incident_report",
        "Event ⟦o:TKT|E240611-0931⟧. Attended ⟦A|33 Beach Rd⟧, ⟦L|Bondi⟧ re noise complaint. Spoke w/ occupant ⟦P|CONNOR, Liam James⟧ DOB ⟦DOB|14/02/1995⟧, NSW DL ⟦DL|18 442 917⟧. Complainant Mrs ⟦P|R. Haddad⟧ (next door, ⟦PH|02 9130 4471⟧). Music turned down, no further action.",
    )
    r(
        "en_AU",
        "aged_care_progress_note",
        "Resident ⟦P|Mavis O'Brien⟧ rm 12. Refused breakfast, BGL 4.1 @ ⟦o:T|0730⟧. RN notified. NOK son ⟦P|Kevin O'Brien⟧ ⟦PH|0438 221 906⟧ - left msg. URN ⟦MRN|MR0048127⟧. DVA gold card ⟦HPN|NX123456⟧.",
    )
    r(
        "en_IE",
        "gp_surgery_note",
        "pt ⟦P|siobhán ní bhriain⟧ dob ⟦DOB|9/3/83⟧ PPSN ⟦NID@ie.pps|8412739B⟧ GMS card ⟦HPN|A2871452⟧. c/o chest inf, amoxil 500 tds x ⟦o:QTY|7⟧/7. addr ⟦A|14 Ard na Gréine, Knocknacarra⟧, ⟦L|Galway⟧ ⟦a:PC|H91 X2F8⟧. mob ⟦PH|087 412 8830⟧",
    )
    r(
        "en_IE",
        "credit_union_note",
        "Member ⟦P|Declan Fitzgerald⟧ called to update DD. New IBAN ⟦IBAN|IE70 BOFI 9000 1712 3456 78⟧. Confirmed identity with DOB ⟦DOB|21.07.1969⟧ and member no ⟦o:ROW|M-004821⟧. loan bal ⟦o:AMT|€6,214.55⟧.",
    )
    r(
        "de_CH",
        "notiz_kundendienst",
        "Kundin Frau ⟦P|Regula Zbinden-Kälin⟧ ruft an wegen Prämienrechnung ⟦o:INV|R-2024-118822⟧. AHV ⟦NID@ch.ssn|756.4187.2290.34⟧. Neue Adresse: ⟦A|Bahnhofstrasse 12⟧, ⟦a:PC|8610⟧ ⟦L|Uster⟧. Rückzahlung auf ⟦IBAN|CH48 0023 2233 1234 5678 A⟧. Tel ⟦PH|079 412 88 31⟧",
    )
    r(
        "fr_CH",
        "note_ems",
        "EMS Les Tilleuls - transmission: M. ⟦P|Favre Jean-Daniel⟧ ch. 22, agité la nuit, a appelé sa fille ⟦P|Nathalie⟧ 3x (⟦PH|+41 21 634 22 18⟧). n° assuré ⟦HPN|80756001230048812211⟧.",
    )
    r(
        "nl_BE",
        "nota_ocmw",
        "Cliënt ⟦P|Janssens, Kevin⟧ RR-nr ⟦NID@be.nn|78.03.14-213.56⟧. Woont sinds mei bij zus ⟦P|Els⟧ op ⟦A|Kerkstraat 44 bus 3⟧, ⟦a:PC|2060⟧ ⟦L|Antwerpen⟧. Leefloon aanvraag dossier ⟦o:TKT|LL/24/0881⟧. gsm ⟦PH|0476 21 88 30⟧",
    )
    r(
        "fr_BE",
        "note_mutualite",
        "affilié M. ⟦P|Mohamed Benali⟧, NISS ⟦NID@be.nn|85020708351⟧, n° mutuelle ⟦HPN|118/0044712⟧. demande remboursement kiné ⟦o:AMT|212,40 €⟧. adresse ⟦A|rue de la Brasserie 17⟧ ⟦L|Ixelles⟧. mail ⟦E|m.benali85@skynet.be⟧",
    )
    r(
        "sv_SE",
        "anteckning_kundtjanst",
        "Kund ⟦P|Lindqvist, Erik⟧ pnr ⟦NID@se.personnummer|810722-5834⟧ ringde om autogiro. Ny adress ⟦A|Vasagatan 7 lgh 1102⟧, ⟦a:PC|411 24⟧ ⟦L|Göteborg⟧. Mobil ⟦PH|070-482 19 33⟧. Ärende ⟦o:TKT|ÄR-2024-55812⟧",
    )
    r(
        "sv_SE",
        "journalanteckning",
        "Pat ⟦P|Sara Eklund⟧, ⟦NID@se.personnummer|19900114-4626⟧. Söker för yrsel sedan 2 d. Anhörig: sambo ⟦P|Johan Berg⟧ ⟦PH|073 551 20 48⟧. Ny tid ⟦o:D|2024-06-20⟧ ⟦o:T|09:15⟧.",
    )
    r(
        "en_US",
        "collections_agent_note",
        "spoke w/ debtor ⟦P|HOLLOWAY, Denise R⟧ - verified SSN ⟦SSN|212-47-8893⟧ & DOB ⟦DOB|08/19/1971⟧. she disputes ⟦o:AMT|$1,842.17⟧ bal on acct ⟦o:ROW|#7730041⟧. new addr ⟦A|4418 N Kedzie Ave Apt 2R⟧ ⟦L|Chicago⟧ IL ⟦a:PC|60625⟧. cb ⟦PH|(773) 555-0148⟧ after 5p",
    )
    r(
        "en_US",
        "ed_triage_note",
        "pt ⟦P|Marcus Bell⟧ 44M, MRN ⟦MRN|E00841275⟧, BCBS member id ⟦HPN|XKP884122901⟧. CP x2h, EKG NSR. wife ⟦P|Tanya⟧ at bedside, ⟦PH|404-555-0193⟧. SSN on reg sheet ⟦SSN|531 20 4417⟧.",
    )
    r(
        "en_US",
        "hr_case_note",
        'ER case ⟦o:TKT|HR-2024-0417⟧: employee ⟦P|Guadalupe "Lupe" Ortiz⟧ (badge ⟦o:ROW|44812⟧) reports harassment by shift lead ⟦P|T. Kowalski⟧. Personal email ⟦E|lupe.ortiz77@yahoo.com⟧, cell ⟦PH|915.555.0126⟧. lives ⟦A|1207 Montana Ave⟧, ⟦L|El Paso⟧. interview set ⟦o:D|6/18⟧ ⟦o:T|2pm⟧',
    )
    r(
        "en_GB",
        "ticket_history",
        "⟦o:TKT|INC0412287⟧ | P2 | Payroll portal login loop\n[⟦o:D|11/06⟧ ⟦o:T|09:02⟧] created by ⟦P|Hannah Okafor⟧ (⟦E|h.okafor@brightwell-care.co.uk⟧)\n[09:40] L1 ⟦P|jmcd⟧: cleared cache, no change. user on ⟦o:PROD|Chrome⟧ ⟦o:VER|125.0.6422.142⟧\n[10:15] internal: user's home ip ⟦IP|82.14.203.77⟧ is geo-blocked?? escalating to L2\n[11:30] L2 ⟦P|Priya S⟧: allowlisted. reset pw to ⟦S|Spring-Tulip-4419⟧ + forced MFA re-enrol. closed",
    )
    r(
        "en_GB",
        "ticket_internal_note",
        "INTERNAL - do not send to customer. Customer Mr ⟦P|Gareth Lewis-Jones⟧ pasted his whole config in the chat, incl. ⟦UC|sftp://glewis:Cardiff88!@files.lewisjonesbuilders.co.uk⟧ - told him to rotate. also mentioned DOB ⟦DOB|30/01/1966⟧ unprompted. ref ⟦o:TKT|CS-99812⟧",
    )
    r(
        "en_US",
        "escalation_note",
        "ESCALATION to Tier3 / ⟦o:TKT|SR-2024-118842⟧\nacct owner: ⟦P|Bradley Chen⟧ <⟦E|bchen@northfieldhvac.com⟧>\nissue: webhook failing ⟦o:ERR|HTTP 401⟧ since deploy ⟦o:SHA|9f3c2e1a⟧\ncust pasted key in ticket body: ⟦S|sk_live_51HqLw2KzX8vR4tYp0mNcA7bQ⟧ (REDACT before forwarding!!)\nserver ⟦IP|203.0.113.48⟧ -> our edge ⟦o:REQ|req_8XkP2mQ7⟧",
    )
    r(
        "en_IN",
        "it_helpdesk_note",
        "user ⟦P|venkatesh.r⟧ (emp ⟦o:ROW|10482⟧) locked out after ⟦o:QTY|5⟧ attempts. unlocked in AD. he asked to set pw ⟦S|Venky@1987⟧ - refused, sent reset link to ⟦E|venkatesh.raghavan@infomatrix.in⟧. machine ⟦o:ROW|BLR-LT-2241⟧ ip ⟦IP|192.168.14.22⟧",
    )
    r(
        "en_PH",
        "bpo_ticket_history",
        "⟦o:TKT|#77124⟧ Status: Escalated\n- agent ⟦P|kc villanueva⟧: cust ⟦P|Robert Tan⟧ says card ⟦CC|4187-4322-9051-6634⟧ charged twice ⟦o:AMT|USD 59.99⟧\n- agent note: cust also read out cvv ⟦S|812⟧ - NOT recorded in billing sys, only here, pls purge\n- TL ⟦P|Joanna Lim⟧: approved refund, ref ⟦o:REQ|RFD-00918271⟧",
    )
    r(
        "en_AU",
        "it_change_note",
        "CHG ⟦o:TKT|CHG0048812⟧ rollback. DB conn string left in runbook: ⟦UC|postgres://svc_billing:Tr0ub4dor-88@db-prod-02.internal:5432/billing⟧ - rotate today, owner ⟦P|Nathan Kerr⟧. ver ⟦o:VER|4.12.0⟧ -> ⟦o:VER|4.11.3⟧",
    )
    r(
        "de_DE",
        "ticket_verlauf",
        "⟦o:TKT|TCK-2024-44812⟧ Kunde ⟦P|Schröder, Jens⟧ meldet: Router-Login geht nicht. Hat uns Passwort durchgegeben: ⟦S|fritz7490-Jens!⟧ (bitte nicht ins Ticket... zu spät). WAN-IP ⟦IP|91.64.118.203⟧, Firmware ⟦o:VER|7.57⟧. Rückruf ⟦PH|0171 4482291⟧",
    )
    r(
        "pl_PL",
        "zgloszenie_it",
        "zgłoszenie ⟦o:TKT|SD-11827⟧: ⟦P|k.zielinska⟧ nie może wejść na ftp. stary link z maila: ⟦UC|ftp://kzielinska:Lato2023@ftp.biuro-rachunkowe.pl⟧ - hasło zmienione, nowe ⟦S|Jesien#2024⟧ przekazane tel. ip klienta ⟦IP|83.22.190.14⟧",
    )
    r(
        "en_NG",
        "it_support_note",
        "user ⟦P|Ifeoma Eze⟧ - email ⟦E~at_dot|ifeoma dot eze at zenithtrust dot ng⟧ (typed like that in form). VPN token seed re-issued. recovery code given: ⟦S|7KQ4-M2XP-99RD⟧. office ⟦A|12B Idowu Taylor St, Victoria Island⟧, ⟦L|Lagos⟧",
    )
    r(
        "en_US",
        "soc_alert_note",
        "SOC triage ⟦o:TKT|ALRT-55102⟧: impossible travel for ⟦E|m.alvarez@pinecrestschools.org⟧ (⟦P|Miguel Alvarez⟧) - login from ⟦IP|185.220.101.34⟧ (TOR) 4 min after ⟦IP|73.158.22.9⟧ (home, Fresno). session revoked, pwd reset. rule ⟦o:ERR|R-1187⟧, conf ⟦o:PCT|92%⟧",
    )
    r(
        "ja_JP",
        "ヘルプデスク記録",
        "問合せ ⟦o:TKT|HD-240611-018⟧ ⟦P|鈴木 一郎⟧さん (⟦E|i-suzuki@kaisha.co.jp⟧) 共有フォルダにアクセス不可。設定に ⟦UC|smb://isuzuki:Sakura2024@nas01.kaisha.local/share⟧ と保存されていた → 削除依頼。PC IP ⟦IP|172.16.4.87⟧",
    )
    r(
        "es_MX",
        "ticket_soporte",
        "ticket ⟦o:TKT|SOP-8812⟧ usuario ⟦P|ana.paola.ruiz⟧ olvido contraseña del ERP, se le asignó temporal ⟦S|Temporal2024*⟧ caduca en ⟦o:QTY|24⟧ h. correo alterno ⟦E|anapaola.ruiz@outlook.com⟧. ext ⟦PH|ext. 4471⟧",
    )
    r(
        "en_KE",
        "sacco_it_note",
        "member portal: ⟦P|Kipchoge Ruto⟧ reset PIN to ⟦S|8841⟧ via USSD, then locked. unlocked manually. member no ⟦o:ROW|SAC-004471⟧. login ip ⟦IP|41.90.64.211⟧. mob ⟦PH~spaced|0 7 2 2 4 1 8 9 0 6⟧",
    )
    r(
        "tr_TR",
        "bilet_gecmisi",
        "⟦o:TKT|DST-2024-0611⟧ kullanıcı ⟦P|selin.kaya⟧ mail ⟦E|selin.kaya@firma.com.tr⟧ - 2FA kurtarma kodları kaybolmuş, yeni kodlar: ⟦S|48213-99120⟧, ⟦S|71144-02286⟧ verildi. cihaz ip ⟦IP|88.247.13.120⟧",
    )
    r(
        "en_ZA",
        "helpdesk_escalation",
        "Escalated by ⟦P|Sipho N.⟧: client ⟦P|van der Merwe, Annelie⟧ emailed her banking app pw ⟦S|Springbok#71⟧ to support@ - deleted from mailbox, advised to change. her mail ⟦E|annelie.vdm@telkomsa.net⟧",
    )
    r(
        "en_GB",
        "shift_handover",
        "Handover night→day ⟦o:D|12/06⟧: nothing major. ⟦o:QTY|3⟧ tickets in queue (⟦o:TKT|INC0412301⟧, ⟦o:TKT|INC0412305⟧, ⟦o:TKT|INC0412311⟧), all P4. backup job ⟦o:ERR|0x80070005⟧ again at ⟦o:T|02:00⟧, rerun ok. patch ⟦o:VER|KB5039212⟧ pending reboot on ⟦o:QTY|14⟧ hosts.",
    )
    r(
        "en_US",
        "police_incident_report",
        "RPT ⟦o:TKT|24-118872⟧ / Officer ⟦P|Reyes⟧ #4471. ⟦o:D|06/11/24⟧ ⟦o:T|2215⟧ hrs resp to ⟦A|1834 W Grand Ave⟧, ⟦L|Oakland⟧ re DV call. Victim ⟦P|JOHNSON, Keisha M⟧ DOB ⟦DOB|03/22/1990⟧ ph ⟦PH|510-555-0164⟧. Susp ⟦P|Darnell Price⟧ DOB ⟦DOB|11/04/1987⟧ CA DL ⟦DL|D4471823⟧ - fled on foot prior to arrival. Case fwd to DA.",
    )
    r(
        "en_US",
        "security_guard_log",
        "Post: Lobby B. ⟦o:T|0642⟧ visitor ⟦P|Emily Nakamura⟧ w/o badge, vouched by ⟦P|R. Patel⟧ (ext ⟦PH|x3318⟧). ⟦o:T|0910⟧ delivery FedEx ⟦o:TRK|7748 2219 0034⟧. ⟦o:T|1130⟧ fire panel trouble ⟦o:ERR|E-42⟧ cleared. Alarm code changed to ⟦S|7319#⟧ per mgmt.",
    )
    r(
        "en_US",
        "hotel_front_desk_log",
        '⟦o:D|6/11⟧ - guest ⟦P|william "bill" harrington⟧ rm ⟦o:ROW|1512⟧ disputing resort fee ⟦o:AMT|$38.00/nt⟧. card on file ⟦CC|3772 910045 18320 9⟧ (amex). passport ⟦PP|563921847⟧ US. told him mgr ⟦P|Dana⟧ will call ⟦PH|+1 (312) 555-0177⟧ tmrw',
    )
    r(
        "en_US",
        "dmv_counter_note",
        "walk-in ⟦P|Okonkwo, Chidi⟧ renewing DL ⟦DL|S530-4471-8821-07⟧ (IL). SSN verified ⟦SSN|346-80-1279⟧ thru SSOLV. new addr ⟦A|990 Sheridan Rd Unit 3N⟧ ⟦L|Evanston⟧. fee ⟦o:AMT|$30⟧ pd, receipt ⟦o:INV|R-0448812⟧",
    )
    r(
        "en_US",
        "school_welfare_note",
        "Welfare check note - student ⟦P|Aaliyah Brooks⟧ gr 7, absent ⟦o:QTY|9⟧ days. called mom ⟦P|Tamika Brooks⟧ ⟦PH|(901) 555-0142⟧, no answer; grandma Ms. ⟦P|Loretta⟧ picked up, says family moved to ⟦A|3307 Lamar Ave Apt 12⟧. student id ⟦o:ROW|S0048127⟧. refer to counselor Mr. ⟦P|Delgado⟧",
    )
    r(
        "en_US",
        "pharmacy_note",
        "RPh note: pt ⟦P|GARCIA, Rosa⟧ DOB ⟦DOB|1958-07-14⟧ picked up lisinopril 20mg #⟦o:QTY|90⟧, Rx ⟦o:ROW|6118204⟧. Ins: Medicare Part D, MBI ⟦HPN|1EG4-TE5-MK73⟧. Paid copay ⟦o:AMT|$4.15⟧. Daughter ⟦P|Linda⟧ ph⟦PH|956-555-0133⟧ auth'd to pick up.",
    )
    r(
        "en_US",
        "mortgage_servicer_note",
        "borrower ⟦P|Kevin⟧ & ⟦P|Stacy Moreau⟧ called re escrow shortage ⟦o:AMT|$1,118.40⟧. auth'd w/ last 4 SSN + prop addr ⟦A|27 Old Mill Rd⟧, ⟦L|Danbury⟧ CT. full SSN in doc img: ⟦SSN|609-11-3842⟧. loan ⟦o:ROW|0048812733⟧. email ⟦E|kmoreau.ct@gmail.com⟧",
    )
    r(
        "en_US",
        "ins_adjuster_note",
        "FNOL ⟦o:TKT|CLM-7718820⟧ - rear-end, I-35 nb. Insured ⟦P|Tyler Brandt⟧ TX DL ⟦DL|41877203⟧ DOB ⟦DOB|5/9/92⟧. Claimant ⟦P|Nguyen, Thi Lan⟧ ph ⟦PH|(512)555-0191⟧, her carrier ⟦o:PROD|Progressive⟧ pol unkn. SSN for 1099 ⟦SSN|401923356⟧. estimate ⟦o:AMT|$4,870⟧",
    )
    r(
        "en_GB",
        "police_custody_note",
        "Custody rec ⟦o:TKT|CR/24/18842⟧. DP ⟦P|KHAN, Imran⟧ DOB ⟦DOB|17/08/1998⟧, addr given ⟦A|Flat 6, 41 Stoney Lane⟧, ⟦L|Sparkhill, Birmingham⟧ ⟦a:PC|B12 8DL⟧. PNC checked. Solicitor Ms ⟦P|A. Mirza⟧ req'd. NOK brother ⟦PH|07700 900482⟧.",
    )
    r(
        "en_GB",
        "nhs_ward_handover",
        "Bay 3 bed 2 - Mrs ⟦P|Dorothy Pike⟧ 88F, NHS ⟦NID@gb.nhs|485 201 7336⟧, hosp no ⟦MRN|RXK0048812⟧. #NOF post-op day 1, NBM till ⟦o:T|12:00⟧. DNACPR in notes. NOK grandson ⟦P|Liam Pike⟧ ⟦PH|07911 123 456⟧.",
    )
    r(
        "en_GB",
        "housing_officer_note",
        "Tenant Ms ⟦P|Chantelle Baptiste⟧ - rent arrears ⟦o:AMT|£1,240.60⟧. visited ⟦A|22 Cromwell Tower, Barbican Est⟧ ⟦L|London⟧ ⟦a:PC|EC2Y 8DD⟧, no answer. NI no ⟦NID|QQ 12 34 56 C⟧ on file for UC claim. called ⟦PH|0207 946 0831⟧ left vm.",
    )
    r(
        "en_GB",
        "delivery_driver_note",
        "left w/ neighbour at no 14 (Mr ⟦P|Haworth⟧). cust ⟦P|J. Featherstone⟧ asked via app to not leave on step. pkg ⟦o:TRK|H01ZXA0048812733⟧ photo taken ⟦o:T|13:48⟧. gate code ⟦S|1966⟧ works.",
    )
    r(
        "en_IE",
        "garda_style_incident",
        "Incident ⟦o:TKT|PULSE 24/0611/0882⟧: shoplifting at Centra ⟦A|Main St, Ennistymon⟧. Suspect ⟦P|Patrick Joseph Ward⟧ (dob ⟦DOB|04-04-2001⟧) of no fixed abode, known locally. staff member ⟦P|Aoife Kiely⟧ gave stmt, ph⟦PH|086-118-2274⟧. value ⟦o:AMT|€62.30⟧",
    )
    r(
        "en_CA",
        "border_services_note",
        "Secondary insp: traveller ⟦P|SINGH, Harpreet Kaur⟧, IND passport ⟦PP|Z4471882⟧, PR card ⟦NID|PA0048812⟧. destination ⟦A|7088 128 St⟧ ⟦L|Surrey, BC⟧. flt ⟦o:FLT|AC 871⟧. goods declared ⟦o:AMT|$420 CAD⟧. released ⟦o:T|16:42⟧.",
    )
    r(
        "en_AU",
        "airline_ops_note",
        "PAX ⟦P|NGUYEN/HOANG MINH⟧ MR on ⟦o:FLT|QF 24⟧ denied boarding - passport ⟦PP|C8847201⟧ (VNM) expires <6m. rebooked ⟦o:FLT|VN 781⟧, PNR ⟦o:ORD|XK4P2M⟧. contact ⟦E|hoangminh.ng@gmail.com⟧ ⟦PH|+84 903 118 274⟧",
    )
    r(
        "it_IT",
        "nota_call_center",
        "chiamata da ⟦P|BIANCHI maria⟧ CF ⟦TAX@it.codicefiscale|BNCMRA82C41F205N⟧ per rimborso bolletta ⟦o:INV|n. 2024/0088121⟧. nuovo IBAN ⟦IBAN|IT60 X054 2811 1010 0000 0123 456⟧. residenza ⟦A|via Paolo Sarpi 14, int. 5⟧ ⟦L|Milano⟧ ⟦a:PC|20154⟧. cell ⟦PH|347 118 2209⟧",
    )
    r(
        "es_ES",
        "nota_enfermeria",
        "Pac. ⟦P|Fernández Ruiz, Carmen⟧, NHC ⟦MRN|0448127⟧, DNI ⟦NID@es.dni|48271903-D⟧, TSI ⟦HPN|FRRC580214118015⟧. Caída en domicilio. Avisada hija ⟦P|Lucía⟧ al ⟦PH|612 44 81 20⟧. Vive en ⟦A|C/ Alcalá 212, 3º izq⟧, ⟦L|Madrid⟧.",
    )
    r(
        "fr_FR",
        "note_agence_interim",
        "intérimaire ⟦P|DIALLO Mamadou⟧ - n° sécu ⟦NID|1 87 05 75 114 032 68⟧, titre de séjour ⟦PP|7501188420⟧ valable jusqu'au ⟦o:D|03/2026⟧. RIB ⟦IBAN|FR14 2004 1010 0505 0001 3M02 606⟧. tél ⟦PH|06 12 48 77 31⟧. mission ⟦o:ROW|MIS-24-1182⟧ entrepôt Gennevilliers",
    )
    r(
        "nl_NL",
        "notitie_wijkverpleging",
        "cliënt mw. ⟦P|Truus de Vries-Bakker⟧, BSN ⟦NID@nl.bsn|174483028⟧, ⟦A|Lindengracht 88-II⟧ ⟦L|Amsterdam⟧. wondzorg li onderbeen, verband ⟦o:SKU|Mepilex 10x10⟧. zoon ⟦P|Ruud⟧ bellen bij bijz: ⟦PH|06-48812273⟧",
    )
    r(
        "da_DK",
        "sagsnotat_kommune",
        "Borger ⟦P|Mette Kjær Holm⟧ CPR ⟦NID@dk.cpr|230479-1120⟧ henvendt sig ang. boligstøtte. Adr. ⟦A|Nørrebrogade 44, 3. tv⟧, ⟦L|København N⟧. tlf ⟦PH|+45 28 44 18 20⟧. sag ⟦o:TKT|BS-2024-04471⟧",
    )
    r(
        "fi_FI",
        "asiakasmuistio",
        "asiakas ⟦P|Virtanen Juha⟧ hetu ⟦NID@fi.hetu|150886-345E⟧ soitti laskusta ⟦o:INV|LSK-88127⟧, summa ⟦o:AMT|214,50 €⟧. osoite ⟦A|Hämeenkatu 21 B 12⟧ ⟦L|Tampere⟧. sp ⟦E|juha.virtanen86@gmail.com⟧",
    )
    r(
        "et_EE",
        "klienditeenindus",
        "klient ⟦P|Kadri Tamm⟧, isikukood ⟦NID@ee.ik|48603152752⟧, telefon ⟦PH|+372 5188 2044⟧, e-post ⟦E|kadri.tamm@mail.ee⟧. muutis aadressi: ⟦A|Pärnu mnt 22-7⟧, ⟦L|Tallinn⟧.",
    )
    r(
        "zh_CN",
        "客服备注",
        "客户 ⟦P|王建国⟧ 来电，身份证号 ⟦NID@cn.ric|110105198504173415⟧，收货地址改为 ⟦A|北京市朝阳区建国路88号SOHO现代城2号楼1503⟧，手机 ⟦PH|138 1047 2291⟧。订单 ⟦o:ORD|DD20240611884721⟧ 退款 ⟦o:AMT|¥268.00⟧",
    )
    r(
        "zh_TW",
        "護理交班",
        "床號12 ⟦P|陳美玲⟧ 病歷號 ⟦MRN|A0048812⟧，身分證 ⟦NID|A223456789⟧。家屬 先生 ⟦P|林志明⟧ ⟦PH|0912-448-127⟧。⟦o:T|14:00⟧ 抽血。",
    )
    r(
        "th_TH",
        "บันทึกโรงแรม",
        "แขก ⟦P|Somchai Wongsakul⟧ ห้อง ⟦o:ROW|508⟧ บัตรประชาชน ⟦NID|1 1017 00448 12 7⟧ โทร ⟦PH|081-448-2210⟧ ชำระ ⟦o:AMT|3,200 บาท⟧",
    )
    r(
        "ms_MY",
        "nota_khidmat_pelanggan",
        "pelanggan ⟦P|Nurul Aina binti Abdullah⟧ IC ⟦NID|880412-14-5528⟧ tukar alamat ke ⟦A|No. 12, Jalan SS 2/24⟧, ⟦a:PC|47300⟧ ⟦L|Petaling Jaya⟧. tel ⟦PH|012-448 2217⟧. akaun Maybank ⟦BBAN|1640 1188 4271⟧",
    )
    r(
        "en_SG",
        "clinic_front_desk_note",
        "walk-in ⟦P|Tan Wei Ling⟧ NRIC ⟦NID|S8812345D⟧, MediSave auth. ph ⟦PH|9448 2271⟧. addr ⟦A|Blk 208 Toa Payoh Lor 8 #11-214⟧ ⟦L|Singapore⟧ ⟦a:PC|310208⟧. consult fee ⟦o:AMT|S$38⟧",
    )
    r(
        "en_PK",
        "bank_kyc_note",
        "CNIC ⟦NID|35202-4471882-3⟧ for ⟦P|Muhammad Usman Tariq⟧ verified via NADRA biometric. NTN ⟦TAX|4471882-9⟧. IBAN ⟦IBAN|PK36SCBL0000001123456702⟧. mob ⟦PH|0300-4471882⟧. addr ⟦A|House 44, St 12, G-9/3⟧ ⟦L|Islamabad⟧",
    )
    r(
        "bn_BD",
        "ngo_case_note",
        "বেনিফিশিয়ারি ⟦P|রহিমা খাতুন⟧, এনআইডি ⟦NID|19884471882002211⟧, বিকাশ ⟦PH|01711-448127⟧. ঠিকানা ⟦A|গ্রাম: চরপাড়া, ইউনিয়ন: বাঘা⟧, ⟦L|রাজশাহী⟧. সহায়তা ⟦o:AMT|৳৩,০০০⟧ প্রদান",
    )
    r(
        "en_GH",
        "mobile_money_note",
        "agent note: ⟦P|Kwame Asante⟧ Ghana card ⟦NID|GHA-718823441-7⟧ swapped SIM, line ⟦PH|024 448 1277⟧. MoMo PIN reset; new PIN ⟦S|5 2 9 1⟧ told to cust only?? - agent wrote it here, flag. txn ⟦o:REQ|MP240611.1448.C88127⟧",
    )
    r(
        "fr_MA",
        "note_agence",
        "client ⟦P|EL AMRANI Youssef⟧ CIN ⟦NID|BE448127⟧ demande virement vers RIB ⟦BBAN|011 780 0000442100018812 77⟧. adresse ⟦A|12 rue Ibn Batouta, Maârif⟧ ⟦L|Casablanca⟧. gsm ⟦PH|06 61 44 81 27⟧",
    )
    r(
        "uk_UA",
        "нотатка_оператора",
        "Абонент ⟦P|Шевченко Олена Петрівна⟧, РНОКПП ⟦TAX|3044718825⟧, тел ⟦PH|+380 67 448 1277⟧, адреса ⟦A|вул. Хрещатик 22, кв. 14⟧, ⟦L|Київ⟧. Заявка ⟦o:TKT|№ 448127⟧",
    )
    r(
        "he_IL",
        "הערת_שירות",
        "לקוח ⟦P|יוסי לוי⟧ ת.ז. ⟦NID|038812273⟧ התקשר לגבי חשבון ⟦o:INV|88127⟧. טלפון ⟦PH|052-448-1277⟧. כתובת ⟦A|רחוב הרצל 14 דירה 3⟧ ⟦L|חיפה⟧",
    )
    r(
        "es_CO",
        "nota_eps",
        "afiliada ⟦P|Luz Marina Cárdenas⟧ CC ⟦NID|52.448.127⟧, EPS ⟦HPN|Sura 448127-01⟧. dir ⟦A|Cra 45 # 26-85 apto 502⟧ ⟦L|Medellín⟧. cel⟦PH|310 448 1277⟧. autorización ⟦o:TKT|AUT-88127⟧",
    )
    r(
        "es_CL",
        "nota_isapre",
        "beneficiario ⟦P|Ignacio Muñoz Soto⟧ RUT ⟦NID@cl.rut|12.345.678-5⟧ solicita reembolso ⟦o:AMT|$48.120⟧ boleta ⟦o:INV|88127⟧. correo ⟦E|i.munoz.soto@gmail.com⟧",
    )
    r(
        "es_PE",
        "nota_delivery",
        "entregar a Sr. ⟦P|Percy Quispe Mamani⟧, DNI ⟦NID|44812773⟧, ⟦A|Jr. Junín 448 int. B⟧, ⟦L|Cercado de Lima⟧. llamar antes ⟦PH|987 448 127⟧. pedido ⟦o:ORD|PE-448127⟧",
    )
    r(
        "en_US",
        "call_transcript_note",
        "agent summary: cust ⟦P|Rhonda Pettigrew⟧ read her card slowly, rep typed it as ⟦CC~spelled|four seven six one, seven three nine oh, oh oh one two, oh eight seven seven⟧ - pls mask. exp ⟦o:D|09/27⟧. callback ⟦PH~spelled|five oh four, five five five, oh one eight six⟧. dispute amt ⟦o:AMT|$212.09⟧ ⟦o:TKT|DSP-448127⟧",
    )
    r(
        "en_US",
        "fraud_team_note",
        "FRAUD REVIEW ⟦o:TKT|FR-2024-8812⟧: card ⟦CC~zwsp|5355​2201​9384​7104⟧ (copied from chat, has hidden chars) used at ⟦o:PROD|Steam⟧ x ⟦o:QTY|7⟧ in ⟦o:T|11 min⟧. cardholder ⟦P|Owen Gallagher⟧ ⟦E|owen.g1984@icloud.com⟧ confirms not him. login ip ⟦IP|45.133.1.220⟧. block + reissue",
    )
    r(
        "ja_JP",
        "窓口メモ",
        "来店 ⟦P|高橋 さくら⟧ 様、生年月日 ⟦DOB~fullwidth|１９９２年７月１４日⟧、携帯 ⟦PH~fullwidth|０８０－４４８１－２２７３⟧、保険証記号番号 ⟦HPN|記号 4471 番号 882⟧。受付番号 ⟦o:TKT|Ａ－１２⟧",
    )
    r(
        "en_GB",
        "ticket_internal_note",
        "cust wrote email as ⟦E~at_dot|sam.oyelaran [at] btinternet [dot] com⟧ to avoid spam filters lol. name ⟦P|Samuel Oyelaran⟧. wants direct debit moved to sort code ⟦a:BC|20-00-00⟧ acct ⟦BBAN|55779911⟧. ref ⟦o:ORD|CUS-0048812⟧",
    )
    r(
        "es_MX",
        "nota_cobranza",
        "deudor ⟦P|Rubén Castañeda⟧ dio su tel dictado: ⟦PH~spelled|cincuenta y cinco, cuarenta y cuatro, dieciocho, veintisiete, treinta y uno⟧. monto ⟦o:AMT|$7,400⟧. promesa de pago ⟦o:D|20/06⟧",
    )
    r(
        "en_IN",
        "crm_agent_note",
        "email bounced: we had ⟦E~urlenc|deepa.krishnan%40rediffmail.com⟧ saved from the web form (url-encoded). corrected. cust ⟦P|Deepa Krishnan⟧, ph ⟦PH|044-2815 4471⟧, addr ⟦A|No.7, 2nd Main Rd, Gandhi Nagar, Adyar⟧ ⟦L|Chennai⟧ ⟦a:PC|600020⟧",
    )
    r(
        "en_AU",
        "it_ticket",
        "user ⟦P|Mick Thornton⟧ pasted proxy url with creds: ⟦UC~urlenc|http://mthornton:W%40ll4by%21@proxy.corp.local:8080⟧. rotated. ⟦o:TKT|INC0088127⟧",
    )
    r(
        "pl_PL",
        "notatka_windykacja",
        "dłużnik ⟦P|Grzegorz Wójcik⟧, konto do spłaty: ⟦IBAN~lowercase|pl61 1090 1014 0000 0712 1981 2874⟧ (przepisane z pisma małymi literami). tel ⟦PH~linebreak|+48 601\n448 127⟧",
    )
    r(
        "en_US",
        "hr_onboarding_checklist",
        "New hire: ⟦P|Jasmine Whitfield⟧\n- I-9 done, SSN ⟦SSN~spelled|one five two - nine six - oh four eight three⟧ (she dictated, rep typed words)\n- DL ⟦DL|W245-118-92-774-0⟧ (WI)\n- direct dep routing ⟦a:BC|075000022⟧ acct ⟦BBAN|2448812731⟧\n- personal email ⟦E|jaz.whitfield@gmail.com⟧\n- laptop ⟦o:SKU|MBP14-M3-512⟧ issued",
    )
    r(
        "ko_KR",
        "상담메모",
        "고객 ⟦P|최 유나⟧ 카드번호 ⟦CC~odd_sep|4365/0177/8209/9142⟧ 분실 신고. 연락처 ⟦PH|010-7712-4481⟧. 접수번호 ⟦o:TKT|20240611-0448⟧",
    )
    r(
        "tr_TR",
        "kargo_notu",
        "alıcı ⟦P|Emine Arslan⟧ tel ⟦PH~odd_sep|0532.448.12.77⟧ adres ⟦A|Atatürk Mah. 1204 Sk. No:7/3⟧ ⟦L|Bornova/İzmir⟧. gönderi ⟦o:TRK|YK448127733⟧ teslim edilemedi",
    )
    r(
        "ro_RO",
        "nota_hr",
        "angajat ⟦P|Cristina Dumitrescu⟧ CNP ⟦NID~zwsp|2800523​408160⟧ (copiat din pdf), pașaport ⟦PP|055448127⟧. email pers ⟦E|cristina.dumi@yahoo.ro⟧",
    )
    r(
        "en_PH",
        "remittance_note",
        "sender ⟦P|Rodel Bautista⟧ (OFW, KSA) passport ⟦PP|P4481277A⟧. beneficiary ⟦P|Lorna Bautista⟧ ⟦PH|0928 448 1277⟧, ⟦A|Purok 3, Brgy. San Isidro⟧, ⟦L|Tarlac City⟧. amt ⟦o:AMT|PHP 18,500⟧ ctrl ⟦o:REQ|RM-448127-PH⟧",
    )
    r(
        "en_NG",
        "hotel_front_desk_log",
        "rm 402 ⟦P|Alhaji Musa Bello⟧ chk-in, intl passport ⟦PP|A08812734⟧, paid ⟦o:AMT|₦240,000⟧ transfer. rm 405 ⟦P|Funke Adebayo⟧ wifi pw asked, gave ⟦S|EkoHotel@405⟧ (per-room). wake-up ⟦o:T|05:30⟧",
    )
    r(
        "en_KE",
        "school_welfare_note",
        "Pupil ⟦P|Baraka Omondi⟧ (adm no ⟦o:ROW|4481⟧), DOB ⟦DOB|12-01-2013⟧, repeatedly hungry. Guardian uncle ⟦P|Peter Ouma⟧ ⟦PH|0701 448127⟧. Lives ⟦A|Kibera, Laini Saba, near chief's camp⟧. refer to CWO",
    )
    r(
        "en_ZA",
        "bank_fraud_note",
        "SIM swap fraud: ⟦P|Naledi Khumalo⟧ acc ⟦BBAN|1048812273⟧, card ⟦CC|4024 0071 9823 04⟧ used online. OTP intercepted. her email ⟦E|naledi.k@webmail.co.za⟧, new num ⟦PH|+27 71 448 1277⟧",
    )
    r(
        "en_GB",
        "shift_handover",
        "Night handover ward 7: ⟦o:QTY|24⟧ beds, ⟦o:QTY|2⟧ empty. fridge temp logged ⟦o:T|02:00⟧ 4.1C ok. drug round done ⟦o:T|22:00⟧ & ⟦o:T|06:00⟧. pharmacy order ⟦o:ORD|PO-448127⟧ due ⟦o:D|Wed⟧. pump ⟦o:SKU|ALRS-8100⟧ faulty, ⟦o:TKT|EBME-2291⟧ raised",
    )
    r(
        "en_US",
        "lab_qc_note",
        "QC run ⟦o:ROW|lot 44812⟧ on ⟦o:PROD|Cobas 6000⟧ - CV for ALT ⟦o:PCT|3.8%⟧ within limits. calibrator exp ⟦o:D|2024-09-30⟧. analyzer fw ⟦o:VER|06-02⟧. flag ⟦o:ERR|E-0312⟧ cleared after probe wash.",
    )
    r(
        "en_IN",
        "delivery_hub_note",
        "hub BLR-04 EOD: ⟦o:QTY|1,148⟧ shipments in, ⟦o:QTY|1,102⟧ out for delivery, ⟦o:QTY|31⟧ RTO. top RTO reason: cust not available (⟦o:PCT|41%⟧). manifest ⟦o:TRK|MNF-20240611-0448⟧. van KA-03 ⟦o:ERR|GPS-17⟧ again",
    )
    r(
        "de_DE",
        "schichtuebergabe",
        "Übergabe Frühdienst: Lager 3 Inventur bis Regal ⟦o:ROW|C-14⟧ fertig, Differenz ⟦o:AMT|-212,40 €⟧ bei Artikel ⟦o:SKU|4006381333931⟧. Stapler 2 Fehler ⟦o:ERR|F-48⟧, Techniker kommt ⟦o:D|13.06.⟧ ⟦o:T|08:00⟧.",
    )
    r(
        "ja_JP",
        "引き継ぎメモ",
        "夜勤→日勤: 館内異常なし。⟦o:T|03:15⟧ 3F 火災報知器誤作動 (⟦o:ERR|E-07⟧)、リセット済。客室稼働 ⟦o:PCT|87%⟧。発注 ⟦o:ORD|PO-2406-118⟧ リネン ⟦o:QTY|200⟧ 枚",
    )
    r(
        "pt_BR",
        "passagem_de_plantao",
        "plantão noturno tranquilo. ⟦o:QTY|3⟧ admissões, ⟦o:QTY|1⟧ alta. carrinho de emergência conferido, lacre ⟦o:TRK|0448127⟧. pedido farmácia ⟦o:ORD|REQ-88127⟧ pendente. monitor leito 5 com ⟦o:ERR|erro 302⟧",
    )
    r(
        "en_AU",
        "property_mgmt_note",
        "Bldg inspection ⟦o:D|11/06/24⟧: lift 2 service ⟦o:TKT|OTIS-448127⟧, fire doors L3-L5 ok, ⟦o:QTY|4⟧ smoke alarms replaced (model ⟦o:SKU|PSA-10Y⟧). quote ⟦o:INV|Q-2291⟧ ⟦o:AMT|$1,870 + GST⟧",
    )
    r(
        "es_AR",
        "novedades_guardia",
        "Sin novedades. Rondas ⟦o:T|00:00⟧, ⟦o:T|02:00⟧, ⟦o:T|04:00⟧ OK. Portón cochera trabado ⟦o:T|01:40⟧, se destrabó. Remito ⟦o:INV|0001-00044812⟧ de la empresa de limpieza recibido.",
    )
    r(
        "en_KE",
        "pharmacy_stock_note",
        "stock count: amoxicillin 500mg ⟦o:QTY|14⟧ packs left, reorder ⟦o:ORD|LPO-4471⟧. coartem batch ⟦o:SKU|CT24B118⟧ exp ⟦o:D|03/2026⟧. cold chain log ⟦o:PCT|100%⟧ compliant",
    )
    r(
        "en_US",
        "it_change_note",
        "maint window ⟦o:D|Sat 6/15⟧ ⟦o:T|01:00-03:00 CT⟧: upgrade EHR interface engine ⟦o:VER|2023.1.4⟧ → ⟦o:VER|2024.1.1⟧, commit ⟦o:SHA|a41c9e07bd⟧. rollback plan ⟦o:TKT|CHG-88127⟧. expected downtime ⟦o:T|15 min⟧",
    )
    r(
        "tr_TR",
        "vardiya_devir",
        "vardiya devri: ⟦o:QTY|6⟧ araç sevkiyat yapıldı, irsaliye ⟦o:INV|IRS-2024-448127⟧. soğuk oda ⟦o:QTY|-18⟧ derece. forklift ⟦o:ERR|hata 44⟧ servis çağrıldı",
    )
    r(
        "pl_PL",
        "raport_zmiany",
        "zmiana II: wydano ⟦o:QTY|312⟧ paczek, ⟦o:QTY|9⟧ zwrotów. kurierzy spóźnieni (trasa ⟦o:ROW|KRK-07⟧). zamówienie ⟦o:ORD|ZAM/06/4471⟧ wstrzymane - brak ⟦o:SKU|SKU-88127-B⟧",
    )
    r(
        "vi_VN",
        "ban_giao_ca",
        "giao ca đêm: ⟦o:QTY|12⟧ phòng có khách, ⟦o:QTY|2⟧ phòng sửa máy lạnh (⟦o:ROW|P.305⟧, ⟦o:ROW|P.412⟧). doanh thu ca ⟦o:AMT|18.400.000 đ⟧. hóa đơn ⟦o:INV|HD-0448127⟧",
    )
    r(
        "en_PH",
        "bpo_shift_report",
        "shift rpt ⟦o:D|06/11⟧: AHT ⟦o:T|6:42⟧, SL ⟦o:PCT|82%⟧, ⟦o:QTY|1,448⟧ calls. outage ⟦o:T|14:10-14:25⟧ on dialer (⟦o:ERR|SIP 503⟧), ⟦o:TKT|NOC-88127⟧. no escalations.",
    )
    r(
        "ar_SA",
        "تسليم_المناوبة",
        "تسليم المناوبة: لا ملاحظات أمنية. البوابة ٣ مغلقة للصيانة، بلاغ ⟦o:TKT|MNT-4471⟧. عدد الزوار ⟦o:QTY|48⟧. كاميرا ⟦o:ROW|CAM-12⟧ عطل ⟦o:ERR|E21⟧",
    )
    r(
        "cs_CZ",
        "predavka_sklad",
        "předávka: expedováno ⟦o:QTY|88⟧ palet, faktura ⟦o:INV|FV2024-04471⟧ chybí razítko. balík ⟦o:TRK|DR0448127733CZ⟧ vrácen. verze WMS ⟦o:VER|3.8.1⟧.",
    )
    r(
        "en_US",
        "ticket_history",
        "⟦o:TKT|#55812⟧ Clinic scheduling app down\n⟦o:T|08:12⟧ Dr. ⟦P|Alana Kekumu⟧ reports ⟦o:ERR|503⟧\n⟦o:T|08:30⟧ internal (⟦P|ops-jl⟧): found hardcoded creds in cron: ⟦UC|mysql://sched_app:Kona!Sunset22@10.0.3.41:3306/sched⟧ → moved to vault\n⟦o:T|08:55⟧ restarted, ok. patient DOB field showing raw e.g. ⟦DOB|1949-02-11⟧ on login screen - separate bug ⟦o:TKT|#55814⟧",
    )
    r(
        "en_US",
        "benefits_hr_note",
        "open enrollment fix: employee ⟦P|Marisol Vega-Torres⟧ SSN ⟦SSN|487-25-1906⟧ added spouse ⟦P|Andre Torres⟧ SSN ⟦SSN|259 36 7018⟧, DOB ⟦DOB|Oct 2, 1983⟧. plan ⟦o:PROD|Aetna PPO 1500⟧, member id ⟦HPN|W448127733⟧. benefits portal temp pw ⟦S|Enroll#2024MV⟧",
    )
    r(
        "en_US",
        "tenant_screening_note",
        "applicant ⟦P|LaShawn Cooper⟧ DOB ⟦DOB|7-30-1994⟧ SSN ⟦SSN|623074519⟧ DL ⟦DL|C460-8812-7731⟧ (FL). prev addr ⟦A|5521 NW 7th Ave⟧ ⟦L|Miami⟧. credit 688. landlord ref ⟦PH|305-555-0117⟧. app fee ⟦o:AMT|$50⟧ pd card ending 4481",
    )
    r(
        "en_GB",
        "estate_agent_note",
        "viewing booked for ⟦P|Olumide Fashola⟧ and ⟦P|Grace Fashola⟧, ⟦E|ofashola@outlook.com⟧. keysafe at ⟦A|7 Harrow View, Wealdstone⟧ code ⟦S|0419⟧. vendor Mr ⟦P|Kapoor⟧ away till ⟦o:D|20th⟧",
    )
    r(
        "en_CA",
        "it_ticket",
        "⟦o:TKT|HD-448127⟧ ⟦P|Jean-Philippe Roy⟧ (⟦E|jp.roy@hydroboreal.ca⟧) shared jenkins url in Teams: ⟦UC|https://jproy:Caribou2024@ci.hydroboreal.local/job/deploy⟧. token also pasted: ⟦S|ghp_7Rk2LmQx9VtB4nWc1ZpY8sJd3HfG6aE0oUi⟧ - revoked. build ⟦o:ROW|#1182⟧",
    )
    r(
        "de_DE",
        "notiz_pflegedienst",
        "Klientin Frau ⟦P|Hildegard Maier⟧ geb. ⟦DOB|14.03.1938⟧, Versichertennr. ⟦HPN|A123456780⟧ (AOK). Schlüsselsafe Haustür Code ⟦S|1938⟧. ⟦A|Lindenstr. 4, EG links⟧, ⟦L|Freiburg⟧. Tochter ⟦P|Brigitte⟧ ⟦PH|0761 448127⟧",
    )
    r(
        "es_ES",
        "nota_seguridad",
        "Parte vigilante ⟦o:D|11/06⟧: ⟦o:T|04:20⟧ alarma zona ⟦o:ROW|Z3⟧, falsa. código de desarme nuevo ⟦S|4471*⟧ facilitado por ⟦P|Jordi Puig⟧ (jefe mant.). Visita técnico ⟦P|Sergio Alonso⟧ DNI ⟦NID|44812773K⟧ no figura en lista.",
    )
    r(
        "en_IN",
        "travel_desk_note",
        "visa docs for ⟦P|Ananya Bhattacharya⟧: passport ⟦PP|V4481277⟧, exp ⟦o:D|2031-02-14⟧, DOB ⟦DOB|19/11/1990⟧. flt ⟦o:FLT|AI 131⟧ ⟦o:D|22 Jun⟧. corp card ⟦CC|5200 8211 5579 0369⟧ for booking, PNR ⟦o:ORD|J8K2QX⟧",
    )
    r(
        "en_IE",
        "revenue_agent_note",
        "caller ⟦P|Niamh Cassidy⟧ PPS ⟦NID@ie.pps|8412739B⟧?? she read the wrong one (husband's). her own not given. myAccount pwd reset link sent to ⟦E|niamhcassidy@eircom.net⟧.",
    )
    r(
        "en_AU",
        "vet_clinic_note",
        "owner ⟦P|Bec Sullivan⟧ ph ⟦PH|0423 118 448⟧ dog 'Biscuit' microchip ⟦o:ROW|956000012448127⟧ (not person data). paid ⟦o:AMT|$186.50⟧ card ⟦CC|4508 7512 3498 0230⟧. addr ⟦A|2/44 Marine Pde⟧ ⟦L|Coogee⟧",
    )
    r(
        "en_ZA",
        "hotel_front_desk_log",
        "walk-in ⟦P|Pieter Botha⟧ passport ⟦PP|M00448127⟧ (ZA) - said card ⟦CC|5199 1140 8827 3569⟧ declined, paid cash ⟦o:AMT|R2 450⟧. wifi voucher ⟦S|BEACH-7741⟧ issued. rm ⟦o:ROW|18⟧",
    )
    r(
        "sv_SE",
        "it_arende",
        "Ärende ⟦o:TKT|IT-448127⟧: ⟦P|Oskar Nyström⟧ har lagt in ⟦UC|https://onystrom:Fika4life!@wiki.foretaget.se⟧ som bokmärke i delad webbläsare. Lösenord byts. IP ⟦IP|10.12.44.81⟧",
    )
    r(
        "pt_BR",
        "nota_ti",
        "chamado ⟦o:TKT|GLPI-88127⟧: planilha compartilhada continha ⟦UC|ftp://contabil:Sampa@2024@ftp.escritoriolima.com.br⟧ e senha do banco ⟦S|Itau#Lima77⟧ da Dona ⟦P|Célia⟧. removido, orientada.",
    )
    r(
        "en_US",
        "dental_front_desk",
        "pt ⟦P|Hector Ybarra⟧ DOB ⟦DOB|04/17/1966⟧ DL ⟦DL|Y118-4471-2290⟧ (AZ) for ID. Delta Dental ID ⟦HPN|DD448127731⟧. new email ⟦E|hybarra66@cox.net⟧. co-pay ⟦o:AMT|$25⟧ ⟦o:T|3:40p⟧ appt",
    )
    r(
        "en_NG",
        "church_welfare_note",
        "welfare: Deaconess ⟦P|Bisi Olawale⟧ visited Mama ⟦P|Ngozi⟧ at ⟦A|No 5 Church Street, Sabo, Yaba⟧. needs ⟦o:AMT|₦60,000⟧ for drugs. son's acct for transfer ⟦BBAN|2048812733⟧ (UBA). contact ⟦PH|+2348034481277⟧",
    )
    r(
        "en_GB",
        "gym_front_desk_log",
        "member ⟦P|Callum Reid⟧ forgot fob, let in after photo check. member no ⟦o:ROW|GYM-448127⟧. he asked to update DD: new acct ⟦BBAN|41188273⟧ sc ⟦a:BC|30-94-57⟧. email ⟦E|callum.reid91@gmail.com⟧. DOB ⟦DOB|3rd Feb 1991⟧",
    )
    r(
        "en_US",
        "payroll_ticket_note",
        "⟦o:TKT|PAY-448127⟧ W-2 reissue for ⟦P|Terrence O'Neal⟧, SSN ⟦SSN|118-52-4630⟧, mail to ⟦A|PO Box 4471⟧ ⟦L|Billings⟧ MT ⟦a:PC|59101⟧. payroll vendor sftp in old runbook still has ⟦UC|sftp://adp_upload:Payr0ll!Q2@sftp.vendor-payroll.net:22⟧ - flagged to sec. tax yr ⟦o:D|2023⟧",
    )


load(r)


def main():
    rows = []
    for i, (loc, sty, src) in enumerate(R):
        text, spans = parse(src)
        rec = {
            "id": f"h8b-{i:05d}",
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
    with open("heldout8b.jsonl", "w", encoding="utf-8") as f:
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
