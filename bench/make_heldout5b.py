#!/usr/bin/env python3
"""Build heldout5b.jsonl from hand-written records with inline markup.
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
        "discharge_summary",
        """DISCHARGE SUMMARY
Patient: ⟦P|HALVORSEN, Margit E.⟧        MRN: ⟦MRN|00483917⟧        DOB: ⟦DOB|03/14/1951⟧
Admit date: ⟦o:D|10/02/2024⟧   Discharge date: ⟦o:D|10/06/2024⟧
Attending: ⟦P|Rajiv Menon⟧, MD (Cardiology)   PCP: ⟦P|Laura Bittner⟧, DO

Principal dx: NSTEMI. Secondary: T2DM, HTN, CKD stage 3a.
Hospital course: 73 y/o F presented to ED with substernal chest pressure x2h. Troponin I peaked at 2.41 ng/mL. LHC 10/03 showed ⟦o:PCT|80%⟧ mid-LAD stenosis, 1 DES placed. No complications.
Discharge meds: ASA 81 mg daily, ticagrelor 90 mg BID, atorvastatin 80 mg qHS, metoprolol succinate 25 mg daily, metformin resumed 10/05.
Disposition: home with daughter ⟦P|Ingrid Halvorsen-Price⟧ (cell ⟦PH|612-555-0187⟧), who will manage meds.
Follow-up: Dr. ⟦P|S. Okafor⟧, cardiac rehab referral placed, appt ⟦o:D|10/21/2024⟧ ⟦o:T|09:40⟧.""",
    )

    r(
        "en_GB",
        "referral_letter",
        """The Limes Surgery
14 Church Lane, Hexham

Dear Dr ⟦P|Whitcombe⟧,

Re: Mr ⟦P|Dennis Arthur Fairclough⟧   DOB ⟦DOB|22/07/1958⟧   NHS No ⟦NID@gb.nhs|943 476 5919⟧
Address: ⟦A|7 Tynedale Terrace, Hexham NE46 3JE⟧   Tel: ⟦PH|01434 605 221⟧

Thank you for seeing this 66-year-old retired joiner with a 4-month history of progressive dysphagia to solids and ~6 kg weight loss. He is an ex-smoker (40 pack-years). Hb 104 g/L on ⟦o:D|3 September⟧. I would be grateful for an urgent OGD under the 2-week-wait pathway.

He lives with his wife ⟦P|Brenda⟧ who is happy to be contacted on the same number.

Yours sincerely,
Dr ⟦P|Helen Oduya⟧
GMC 7049218""",
    )

    r(
        "en_US",
        "pharmacy_message",
        """Walgreens #10482 — Rx ready notification
To: ⟦P|Carlos Echeverría⟧
Your prescription Rx# ⟦o:ORD|4427719-08841⟧ (lisinopril 10mg, qty ⟦o:QTY|90⟧) is ready for pickup. Copay: ⟦o:AMT|$4.00⟧.
Insurance on file: Express Scripts, BIN 003858, PCN A4, member ⟦HPN|ESX7720194336⟧.
Questions? Reply to this text or call the pharmacy. Reply STOP to opt out.""",
    )

    r(
        "en_US",
        "pharmacy_fax",
        """FAX — PRIOR AUTHORIZATION REQUEST
From: Lakeshore Family Pharmacy   Fax: 773-555-0142
To: Blue Cross Blue Shield of Illinois — Pharmacy PA Dept

Member name: ⟦P|Tamika R. Goodwin⟧
Member ID: ⟦HPN|XOF918273645⟧     Group #: 0048213
DOB: ⟦DOB|11-02-1987⟧
Prescriber: Dr. ⟦P|Alan Fishkin⟧, MD   NPI 1487720391
Drug: Ozempic 1 mg/0.74 mL pen, qty 3 mL / 28 days
Dx: E11.65
Previous therapies tried: metformin 1000 mg BID (⟦o:D|2021⟧–present), glipizide (discontinued, hypoglycemia)
Reference #: ⟦o:TKT|PA-2024-0917-33810⟧""",
    )

    r(
        "en_US",
        "lab_report",
        """QUEST DIAGNOSTICS   Specimen ID: ⟦o:ROW|WK482017Q⟧   Accession: ⟦o:ROW|A24-118093⟧
PATIENT: ⟦P|NGUYEN, THANH BINH⟧        Chart #: ⟦MRN|CH-0072914⟧
DOB: ⟦DOB|1979-08-30⟧  Sex: M   Collected: ⟦o:D|2024-11-04⟧ ⟦o:T|07:52⟧   Reported: ⟦o:D|2024-11-05⟧
Ordering: ⟦P|PATEL, NIRALI⟧ MD

TEST                 RESULT    FLAG   REF RANGE
Hemoglobin A1c       7.9       H      <5.7 %
Glucose, fasting     162       H      65-99 mg/dL
Creatinine           1.02             0.76-1.27 mg/dL
eGFR                 91               >59 mL/min/1.73
LDL-C (calc)         131       H      <100 mg/dL""",
    )

    r(
        "en_US",
        "insurance_eob",
        """EXPLANATION OF BENEFITS — THIS IS NOT A BILL
Aetna Choice POS II
Member: ⟦P|Robert J. Castellano⟧   Member ID: ⟦HPN|W284019377⟧   Group: 186452-010-00041
Patient: ⟦P|Sofia Castellano⟧ (dependent)   Patient acct: ⟦MRN|88120437⟧
Claim #: ⟦o:INV|EBR2K7HQ900⟧   Provider: Riverside Pediatrics PC   Date of service: ⟦o:D|08/19/2024⟧

Service          Billed     Allowed    Plan paid   You owe
99214            ⟦o:AMT|$245.00⟧    ⟦o:AMT|$138.62⟧    ⟦o:AMT|$110.90⟧     ⟦o:AMT|$27.72⟧
87880            $48.00     $17.11     $13.69      $3.42
Your deductible met to date: $1,500.00 of $1,500.00""",
    )

    r(
        "en_US",
        "preauth_letter",
        """August 29, 2024

⟦P|Denise M. Albright⟧
⟦A|4417 Old Mill Rd, Apt 2B
Harrisburg, PA 17112⟧

RE: Prior authorization approved
Reference: ⟦o:TKT|UM-8830142⟧
Member ID: ⟦HPN|HPA 6619 0042 817⟧
Service: MRI lumbar spine w/o contrast (72148)
Requesting provider: ⟦P|Kevin Strand⟧, PA-C, Capital Spine & Pain

Dear Ms. ⟦P|Albright⟧,
Highmark has approved the service above for dates ⟦o:D|09/01/2024⟧ through ⟦o:D|11/30/2024⟧. This approval is not a guarantee of payment...""",
    )

    r(
        "de_DE",
        "arztbrief",
        """Klinikum Nord – Medizinische Klinik II
Entlassungsbrief

Patientin: ⟦P|Gerlinde Wohlfahrt⟧, geb. ⟦DOB|02.05.1944⟧
Anschrift: ⟦A|Eichendorffstraße 19, 90491 Nürnberg⟧
Krankenkasse: AOK Bayern, Versichertennr. ⟦HPN|K483920175⟧
Fallnummer: ⟦MRN|2024-0177382⟧
Aufenthalt: ⟦o:D|14.10.2024⟧ – ⟦o:D|23.10.2024⟧

Sehr geehrte Frau Kollegin Dr. med. ⟦P|Hofstätter⟧,

wir berichten über Ihre o.g. Patientin, die sich mit einer dekompensierten Herzinsuffizienz (NYHA III) vorstellte. Unter diuretischer Therapie Gewichtsreduktion um 4,2 kg. NT-proBNP bei Entlassung 1.840 pg/ml.

Mit freundlichen kollegialen Grüßen
Prof. Dr. ⟦P|M. Ehrenreich⟧          ⟦P|T. Yilmaz⟧
Chefarzt                               Assistenzärztin""",
    )

    r(
        "fr_FR",
        "compte_rendu",
        """CENTRE HOSPITALIER DE VALENCE — Service de pneumologie
Compte rendu d'hospitalisation

Patient : M. ⟦P|LEFEBVRE Jean-Pierre⟧
Né le : ⟦DOB|21/03/1985⟧
N° de sécurité sociale : ⟦NID@fr.nir|1 85 03 75 116 042 83⟧
IPP : ⟦MRN|004718236⟧
Mutuelle : Harmonie Mutuelle, adhérent n° ⟦HPN|HM-77301842⟧
Adresse : ⟦A|12 rue des Tanneurs, 26000 Valence⟧

Hospitalisé du ⟦o:D|02/09/2024⟧ au ⟦o:D|09/09/2024⟧ pour pneumopathie lobaire inférieure droite. Amoxicilline-acide clavulanique 1 g x 3/j pendant 7 jours. Évolution favorable.
Personne de confiance : Mme ⟦P|Sandrine Lefebvre⟧ (épouse), ⟦PH|06 72 18 44 90⟧.

Dr ⟦P|Claire Morvan⟧""",
    )

    r(
        "it_IT",
        "lettera_dimissione",
        """AZIENDA OSPEDALIERA UNIVERSITARIA — U.O. Ortopedia
Lettera di dimissione

Paziente: ⟦P|Bianchi Giulia⟧
Data di nascita: ⟦DOB|05/04/1982⟧  Luogo: ⟦L|Milano⟧
Codice fiscale: ⟦NID@it.codicefiscale|BNCGLI82D45F205A⟧
Tessera sanitaria n.: ⟦HPN|80380000500173648291⟧
N. nosologico: ⟦MRN|2024/018833⟧
Ricovero dal ⟦o:D|11/03/2024⟧ al ⟦o:D|16/03/2024⟧

Diagnosi: frattura pertrocanterica femore dx. Intervento di osteosintesi con chiodo endomidollare in data 12/03.
Terapia: enoxaparina 4000 UI s.c. per 30 giorni.
Recapito caregiver: ⟦P|Marco Bianchi⟧, cell. ⟦PH|+39 347 812 4490⟧

Il medico: dott.ssa ⟦P|F. Ruggiero⟧""",
    )

    r(
        "es_ES",
        "informe_alta",
        """HOSPITAL UNIVERSITARIO — SERVICIO DE URGENCIAS
INFORME DE ALTA

Nombre: ⟦P|GARCÍA MORENO, Lucía⟧
DNI: ⟦NID@es.dni|48291637D⟧   NHC: ⟦MRN|1183920⟧
CIP/Tarjeta sanitaria: ⟦HPN|GRMR850314008⟧
Fecha nac.: ⟦DOB|14/03/1985⟧
Domicilio: ⟦A|C/ Alcalá 214, 4º B, 28028 Madrid⟧
Fecha de atención: ⟦o:D|27/10/2024⟧ ⟦o:T|23:14⟧

Motivo de consulta: cefalea hemicraneal pulsátil de 6 h de evolución, con fotofobia. TC craneal sin hallazgos.
Juicio clínico: migraña sin aura.
Tratamiento: dexketoprofeno 25 mg/8 h si dolor.
Médico: Dr. ⟦P|Álvaro Sanz Quintana⟧ — Col. 282845912""",
    )

    r(
        "nl_NL",
        "ontslagbrief",
        """Afdeling Interne Geneeskunde — Ontslagbrief

Geachte collega ⟦P|Van der Meulen⟧,

Betreft: dhr. ⟦P|H.J. (Henk) Brouwer⟧, geboren ⟦DOB|19-11-1949⟧
BSN: ⟦NID@nl.bsn|234819054⟧   Patiëntnummer: ⟦MRN|7729104⟧
Adres: ⟦A|Vondellaan 88, 3521 GJ Utrecht⟧

Uw patiënt was opgenomen van ⟦o:D|4 t/m 8 november⟧ wegens een urosepsis. Bloedkweken: E. coli, gevoelig voor ceftriaxon. Na 3 dagen i.v. overgezet op ciprofloxacine 500 mg 2dd, totaal 10 dagen.

Met vriendelijke groet,
drs. ⟦P|A. Kuipers⟧, arts-assistent""",
    )

    r(
        "sv_SE",
        "journalanteckning",
        """Journalanteckning — Vårdcentralen Solna
Patient: ⟦P|Eriksson, Anna Karin⟧   Pnr: ⟦NID@se.personnummer|850706-4387⟧
Besöksdatum: ⟦o:D|2024-09-12⟧
Anamnes: 39-årig kvinna med hosta sedan 3 veckor, ingen feber. Icke-rökare.
Status: AT gott. Cor: RR, inga blåsljud. Pulm: vesikulärt andningsljud bilat.
Bedömning: postinfektiös hosta. Åter vid försämring.
Kontaktperson: ⟦P|Lars Eriksson⟧ (make), tel ⟦PH|070-412 88 35⟧
Sign. ⟦P|Johanna Lindqvist⟧, leg. läkare""",
    )

    r(
        "da_DK",
        "epikrise",
        """Epikrise — Medicinsk Afdeling, Regionshospitalet
Pt.: ⟦P|Mette Søndergaard Kjær⟧, CPR ⟦NID@dk.cpr|140389-2117⟧
Adresse: ⟦A|Skovvænget 3, 1. th., 8000 Aarhus C⟧
Indlagt ⟦o:D|02.10.2024⟧, udskrevet ⟦o:D|05.10.2024⟧.
Diagnose: akut pyelonefritis. Behandlet med i.v. cefuroxim, skiftet til p.o. pivmecillinam.
Egen læge: ⟦P|Jens Fog-Petersen⟧. Pårørende: ⟦P|Rasmus Kjær⟧ (ægtefælle), tlf. ⟦PH|+45 28 91 44 07⟧.""",
    )

    r(
        "fi_FI",
        "lahete",
        """LÄHETE — Keski-Suomen keskussairaala, sisätautien poliklinikka
Potilas: ⟦P|Virtanen, Aino Maria⟧
Henkilötunnus: ⟦NID@fi.hetu|130582-274D⟧
Osoite: ⟦A|Kauppakatu 41 B 12, 40100 Jyväskylä⟧
Puh. ⟦PH|040 731 2286⟧
Lähettäjä: LL ⟦P|Pekka Heikkinen⟧, Palokan terveysasema
Lähetteen syy: anemia (Hb 98 g/l), ferritiini 6 µg/l, suolistovuodon poissulku. Pyydetään gastro- ja kolonoskopiaa.
Päivämäärä: ⟦o:D|18.9.2024⟧""",
    )

    r(
        "pl_PL",
        "karta_informacyjna",
        """KARTA INFORMACYJNA LECZENIA SZPITALNEGO
Oddział Chorób Wewnętrznych, Szpital Wojewódzki w Poznaniu
Pacjent: ⟦P|Katarzyna Wiśniewska⟧
PESEL: ⟦NID@pl.pesel|85031407127⟧
Nr księgi głównej: ⟦MRN|24/11873⟧
Adres zamieszkania: ⟦A|ul. Głogowska 118 m. 7, 60-243 Poznań⟧
Data przyjęcia: ⟦o:D|2024-06-03⟧, data wypisu: ⟦o:D|2024-06-10⟧
Rozpoznanie: Zatorowość płucna (I26.9).
Zalecenia: rywaroksaban 15 mg 2x dz. przez 21 dni, następnie 20 mg 1x dz.
Lekarz prowadzący: lek. ⟦P|Tomasz Zieliński⟧""",
    )

    r(
        "cs_CZ",
        "propousteci_zprava",
        """PROPOUŠTĚCÍ ZPRÁVA — Chirurgická klinika FN Brno
Jméno: ⟦P|Nováková Petra⟧
Rodné číslo: ⟦NID@cz.rc|855612/3125⟧
Zdravotní pojišťovna: 111 (VZP)
Bydliště: ⟦A|Masarykova 27, 602 00 Brno⟧
Hospitalizace: ⟦o:D|21. 8. 2024⟧ – ⟦o:D|24. 8. 2024⟧
Dg.: Akutní cholecystitida, st.p. LCHE ⟦o:D|22. 8. 2024⟧.
Kontrola v ambulanci za 10 dní, extrakce stehů. Ošetřující lékař: MUDr. ⟦P|Jan Dvořák⟧""",
    )

    r(
        "en_IN",
        "opd_prescription",
        """APOLLO CLINIC, KORAMANGALA — OPD PRESCRIPTION
UHID: ⟦MRN|APK.0004419823⟧         Date: ⟦o:D|12-Aug-2024⟧
Name: Mr. ⟦P|Venkatesh Raghunathan⟧     Age/Sex: 58/M
Mobile: ⟦PH|+91 98450 31277⟧
ABHA No.: ⟦HPN|91-4820-3317-6652⟧
Aadhaar (for PMJAY verification): ⟦NID@in.aadhaar|4837 2915 0645⟧

c/o burning micturition x 3 days. No fever.
Rx: Tab. Nitrofurantoin 100 mg BD x 5 days
    Syp. Alkacitral 10 ml TDS
Review after urine culture report.
Dr. ⟦P|Shalini Iyer⟧, MBBS, MD (Gen Med), KMC Reg. 64418""",
    )

    r(
        "en_AU",
        "gp_referral",
        """Dear Dr ⟦P|Nakamura⟧,

Thank you for reviewing Ms ⟦P|Chloe Brannigan⟧ (DOB ⟦DOB|09/12/1996⟧), ⟦A|22/7 Marine Parade, St Kilda VIC 3182⟧.
Medicare: ⟦HPN|2953 41827 1⟧  IRN 2
Ph: ⟦PH|0413 882 619⟧

Chloe has had 3 episodes of anaphylaxis since June, likely triggered by ingestion of lupin flour. I have prescribed an EpiPen 300 mcg and would appreciate your assessment and an ASCIA action plan.

Kind regards,
Dr ⟦P|Marcus Tiernan⟧
Bayside Family Practice, Provider No. 2148836J""",
    )

    r(
        "en_NG",
        "clinic_note",
        """LAGOS UNIVERSITY TEACHING HOSPITAL — GOPD
Hospital No: ⟦MRN|LUTH/24/087332⟧
Name: ⟦P|ADEYEMI, Oluwaseun Babatunde⟧   Age: 41   Sex: M
Address: ⟦A|14 Adeniran Ogunsanya Street, Surulere, Lagos⟧
NHIA No: ⟦HPN|NHIA/LAG/2019/0048213⟧
NOK: Mrs ⟦P|Funmilayo Adeyemi⟧ (wife) — ⟦PH|0803 441 7729⟧

PC: headache and dizziness x 2/52. BP 172/104 mmHg.
Impression: uncontrolled hypertension. Started amlodipine 10mg daily, lisinopril 10mg daily. Review in 2 weeks with EUCr, FBC.
Seen by Dr. ⟦P|Chidinma Okonkwo⟧ (SR)""",
    )

    r(
        "pt_BR",
        "ficha_atendimento",
        """UPA 24h Jardim Botânico — Ficha de Atendimento
Paciente: ⟦P|Ana Beatriz Oliveira Santos⟧
CPF: ⟦NID@br.cpf|382.915.047-41⟧
Cartão SUS (CNS): ⟦HPN|708 4017 2251 0036⟧
Nascimento: ⟦DOB|23/01/1993⟧
Endereço: ⟦A|Rua Jardim Botânico, 674, apto 302 – Rio de Janeiro/RJ, 22461-000⟧
Telefone: ⟦PH|(21) 98744-3160⟧
Classificação de risco: AMARELO. Queixa: dor abdominal em FID há 12h, náuseas.
Conduta: analgesia, hemograma, PCR, USG abdome. Avaliação da cirurgia geral.
Médico plantonista: Dr. ⟦P|Felipe Cardoso⟧ — CRM-RJ 52.91834-7""",
    )

    r(
        "pt_PT",
        "nota_alta",
        """Hospital de Santa Maria — Serviço de Medicina 2
Nota de alta
Utente: ⟦P|José Manuel Carvalho Pires⟧
N.º de utente SNS: ⟦HPN|284 719 305⟧
NIF: ⟦TAX@pt.nif|238719405⟧
Processo: ⟦MRN|15.882.041⟧
Data de nascimento: ⟦DOB|02/02/1947⟧
Internamento de ⟦o:D|03/10/2024⟧ a ⟦o:D|12/10/2024⟧ por DPOC agudizada. Alta com broncodilatadores e oxigenoterapia de longa duração.
Cuidadora: ⟦P|Maria da Graça Pires⟧ (filha), telm. ⟦PH|912 448 031⟧""",
    )

    r(
        "en_US",
        "soap_note",
        """S: Pt ⟦P|Kowalczyk, Daniel⟧ (MRN ⟦MRN|5520917⟧) is a 34M here for f/u of L ankle sprain sustained playing basketball on 9/28. Pain improving, 3/10. Able to bear weight.
O: BP 124/78, HR 66. Mild swelling over ATFL, no bony tenderness at posterior malleoli. Ottawa rules neg.
A: Grade I lateral ankle sprain, improving.
P: Continue RICE, ibuprofen 400 mg q6h prn. PT referral. RTC 4 wks prn.
-- ⟦P|J. Whitfield⟧, NP  ⟦o:D|10/09/2024⟧ ⟦o:T|14:32⟧""",
    )

    r(
        "en_US",
        "nursing_handoff",
        """SBAR handoff 1900 — 5 West rm 512B
S: Mrs. ⟦P|Eleanor Voss⟧, 88F, POD#2 R hip hemiarthroplasty. MRN ⟦MRN|10094482⟧.
B: hx afib on apixaban (held), dementia - oriented x1 at baseline per son ⟦P|Gregory⟧ (HCPOA, ⟦PH|(503) 555-0164⟧).
A: VSS, Hgb 8.9 this AM (from 10.2), foley out at 0600, voided x2. Sundowning last night, needed 0.5 mg haloperidol x1.
R: AM labs ordered, PT eval tmrw, call son if any change. Fall precautions, bed alarm on.""",
    )

    r(
        "en_GB",
        "pharmacy_email",
        """From: dispensary@greenvalepharmacy.co.uk
To: ⟦E|r.mcallister63@btinternet.com⟧
Subject: Your repeat prescription

Dear Mr ⟦P|McAllister⟧,

We have received your repeat prescription from Riverside Medical Centre (sertraline 100mg, omeprazole 20mg). It will be ready for collection from ⟦o:D|Thursday 14 November⟧. As you are exempt, there is nothing to pay.

If you would prefer home delivery to ⟦A|31 Lansdowne Crescent, Glasgow G20 6NH⟧, please reply before 5pm.

Kind regards,
⟦P|Priya Chauhan⟧ MRPharmS
Greenvale Pharmacy""",
    )

    r(
        "en_US",
        "ed_triage",
        """ED TRIAGE 11/17/24 0214
Name: DOE-UNKNOWN, MALE 14 → updated to ⟦P|MARCUS T. ELLINGTON⟧ per wallet ID
DOB ⟦DOB|4/9/2001⟧ (per ID), MRN assigned ⟦MRN|E9001482⟧
Arrived via EMS from the ⟦L|2200 block of N. Kedzie Ave⟧. GCS 13, ETOH on breath, lac to forehead 4cm.
ID: Illinois DL ⟦DL|E435-7210-1142⟧
Emergency contact from phone: "Mom" ⟦PH|773-555-0119⟧ — left VM 0230.""",
    )

    r(
        "en_US",
        "app_log_json",
        """{"ts":"⟦o:D|2024-11-12⟧T08:14:22.481Z","level":"INFO","svc":"checkout-api","req_id":"⟦o:REQ|a1f9c7e2-44b0-4d3e-9f2a-6c01d8e3b7aa⟧","msg":"order placed","order_id":"⟦o:ORD|ORD-7718203⟧","customer_name":"⟦P|Priya Ramaswamy⟧","email":"⟦E|priya.ramaswamy@outlook.com⟧","amount":⟦o:AMT|129.97⟧,"currency":"USD","client_ip":"⟦IP|73.162.48.201⟧"}
{"ts":"2024-11-12T08:14:22.902Z","level":"INFO","svc":"checkout-api","req_id":"a1f9c7e2-44b0-4d3e-9f2a-6c01d8e3b7aa","msg":"payment authorized","psp_ref":"⟦o:REQ|pi_3QK8zL2eZvKYlo2C1x7Rq0Mn⟧","latency_ms":⟦o:QTY|421⟧}""",
    )

    r(
        "en_US",
        "app_log_kv",
        """2024-10-30 17:02:11,884 WARN  [http-nio-8080-exec-14] c.a.billing.CardValidator - validation failed user_id=⟦o:ROW|884102⟧ name="⟦P|Thomas O'Brien⟧" pan=⟦CC|4532 0187 4412 0933⟧ exp=09/27 reason=AVS_MISMATCH zip=⟦a:PC|02139⟧ trace=⟦o:REQ|5e0c9a1b7d3f4e21⟧
2024-10-30 17:02:11,886 INFO  [http-nio-8080-exec-14] c.a.billing.CardValidator - retry scheduled attempt=2 trace=5e0c9a1b7d3f4e21""",
    )

    r(
        "en_US",
        "stack_trace",
        """Traceback (most recent call last):
  File "/srv/app/onboarding/views.py", line 212, in submit_kyc
    profile = KycProfile.objects.create(**payload)
  File "/srv/app/.venv/lib/python3.11/site-packages/django/db/models/manager.py", line 87, in manager_method
    return getattr(self.get_queryset(), name)(*args, **kwargs)
django.db.utils.IntegrityError: duplicate key value violates unique constraint "kyc_profile_ssn_key"
DETAIL:  Key (ssn)=(⟦SSN|412-67-3091⟧) already exists.

Local vars in submit_kyc:
  payload = {'first_name': '⟦P|Dwayne⟧', 'last_name': '⟦P|Whitaker⟧', 'ssn': '⟦SSN|412673091⟧', 'dob': '⟦DOB|1990-02-17⟧', 'email': '⟦E|dwhitaker90@gmail.com⟧'}
  request_id = '⟦o:REQ|7c2d01f4b9⟧'""",
    )

    r(
        "en_US",
        "app_log_json_escaped",
        r"""Nov 12 09:41:07 worker-3 celery[2231]: [task ⟦o:UUID|9b41e0d2-77aa-4f08-b9c1-12ef53a0c6de⟧] SendGrid webhook payload="{\"event\":\"bounce\",\"email\":\"⟦E~json_escaped|m.oyelaran@yahoo.co.uk⟧\",\"reason\":\"550 5.1.1 mailbox unavailable\",\"sg_message_id\":\"⟦o:REQ|Qe7uXw3pRjO9vB2kT1a5yA⟧\",\"name\":\"⟦P~json_escaped|Moses Oyelaran⟧\"}" """,
    )

    r(
        "en_US",
        "app_log_nosens",
        """2024-11-14T03:00:00.012Z INFO  scheduler  job=nightly-reindex run=⟦o:REQ|run_20241114_0300⟧ status=started
2024-11-14T03:00:41.775Z INFO  indexer    shard=3 docs=⟦o:QTY|1,284,019⟧ took=41.7s
2024-11-14T03:02:09.301Z WARN  indexer    shard=7 slow merge segments=⟦o:QTY|62⟧ took=87.5s
2024-11-14T03:04:55.118Z ERROR indexer    shard=9 code=⟦o:ERR|ES_CIRCUIT_BREAKER⟧ retry=1
2024-11-14T03:05:30.004Z INFO  indexer    shard=9 retry ok
2024-11-14T03:06:02.560Z INFO  scheduler  job=nightly-reindex status=done build=⟦o:VER|4.18.2⟧ commit=⟦o:SHA|9f3c2ab⟧""",
    )

    r(
        "en_GB",
        "nginx_access_log",
        """⟦IP|81.152.77.14⟧ - - [13/Nov/2024:10:22:03 +0000] "GET /account/statements?id=⟦o:ROW|448201⟧ HTTP/1.1" 200 18332 "-" "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X)"
⟦IP|81.152.77.14⟧ - - [13/Nov/2024:10:22:09 +0000] "POST /login HTTP/1.1" 302 0 "-" "Mozilla/5.0"
10.0.4.12 - - [13/Nov/2024:10:22:10 +0000] "GET /healthz HTTP/1.1" 200 2 "-" "kube-probe/1.29"
⟦IP|2a00:23c7:9c81:5a01:8d4e:1f2b:77c0:3e19⟧ - - [13/Nov/2024:10:22:14 +0000] "GET /reset?email=⟦E~url_encoded|jo.pemberton%40hotmail.co.uk⟧ HTTP/2.0" 200 912 "-" "Mozilla/5.0 (Windows NT 10.0)"
""",
    )

    r(
        "en_US",
        "app_log_java",
        """2024-11-02 22:41:17.003 ERROR 1 --- [pool-4-thread-2] c.h.claims.ClaimIngestJob : Failed to parse 837P segment for claim ⟦o:INV|CLM0098812⟧
com.healthco.edi.ParseException: NM1*IL*1*⟦P|GUTIERREZ*MARIA*L⟧***MI*⟦HPN|UHC872201934⟧~ unexpected element count 10
	at com.healthco.edi.SegmentParser.parse(SegmentParser.java:144)
	at com.healthco.claims.ClaimIngestJob.run(ClaimIngestJob.java:88)
	at java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1144)
Caused by: java.lang.IllegalStateException: DMG*D8*⟦DOB|19720611⟧*F~ before NM1 loop close""",
    )

    r(
        "en_US",
        "app_log_auth",
        """level=info ts=2024-11-15T12:00:01Z caller=auth.go:118 msg="login success" user=⟦E|k.brennan@northwind-logistics.com⟧ src=⟦IP|198.51.100.77⟧ mfa=totp session=⟦o:REQ|sess_01JCQ8M4R2W6⟧
level=warn ts=2024-11-15T12:00:07Z caller=auth.go:131 msg="login failed" user=svc-reporting src=10.20.3.9 reason=bad_password attempts=⟦o:QTY|3⟧
level=info ts=2024-11-15T12:01:44Z caller=auth.go:118 msg="login success" user=⟦E|a.fontaine@northwind-logistics.com⟧ src=⟦IP|203.0.113.58⟧ mfa=webauthn session=sess_01JCQ8P9X0AA""",
    )

    r(
        "en_US",
        "app_log_debug_leak",
        """DEBUG 2024-11-08 14:55:19 payments.stripe_client POST https://api.stripe.com/v1/customers headers={'Authorization': 'Bearer ⟦S|sk_live_51Nq8XyF2bR7kLmT0pQ4vW9zA1cD3eF5gH7jK9mN2pR4tV6xY8⟧', 'Idempotency-Key': '⟦o:UUID|0b6e3d51-2c19-4a7e-8f40-93d1c2e7a5b8⟧'} body={'email': '⟦E|jkellerman@fastmail.com⟧', 'name': '⟦P|Jonas Kellerman⟧', 'phone': '⟦PH|+1 415 555 0139⟧'}""",
    )

    r(
        "en_US",
        "csv_paste",
        """emp_id,first_name,last_name,ssn,dob,hire_date,dept,salary
⟦o:ROW|10442⟧,⟦P|Marisol⟧,⟦P|Vega⟧,⟦SSN|523-41-8876⟧,⟦DOB|1988-05-09⟧,⟦o:D|2019-03-11⟧,Finance,⟦o:AMT|84500⟧
⟦o:ROW|10443⟧,⟦P|Trevor⟧,⟦P|Lindqvist⟧,⟦SSN|287-04-6613⟧,⟦DOB|1975-12-30⟧,⟦o:D|2019-04-01⟧,IT,⟦o:AMT|112000⟧
⟦o:ROW|10447⟧,⟦P|Aaliyah⟧,⟦P|Jefferson⟧,⟦SSN|604-19-2258⟧,⟦DOB|1996-07-22⟧,⟦o:D|2020-01-06⟧,Sales,⟦o:AMT|61250⟧""",
    )

    r(
        "en_GB",
        "markdown_table",
        """Here's the list of customers whose direct debits bounced this month — can someone in collections pick these up?

| Cust ref | Name | Sort code | Account no. | Amount | Reason |
|---|---|---|---|---|---|
| ⟦o:ROW|C-20931⟧ | ⟦P|Gareth Pryce⟧ | ⟦a:BC|40-12-76⟧ | ⟦BBAN|58213904⟧ | ⟦o:AMT|£42.50⟧ | ARUDD 0 – refer to payer |
| ⟦o:ROW|C-21877⟧ | ⟦P|Siobhan Kearney⟧ | ⟦a:BC|20-04-04⟧ | ⟦BBAN|43917265⟧ | ⟦o:AMT|£42.50⟧ | ARUDD 1 – instruction cancelled |
| ⟦o:ROW|C-22014⟧ | ⟦P|Obinna Eze⟧ | ⟦a:BC|30-96-67⟧ | ⟦BBAN|12448093⟧ | ⟦o:AMT|£85.00⟧ | ARUDD 0 – refer to payer |""",
    )

    r(
        "en_US",
        "tsv_paste",
        """member_id	name	dob	plan	pcp	phone
⟦HPN|KPX40018837⟧	⟦P|Lorenzo Bianchi⟧	⟦DOB|02/11/1964⟧	HMO-Silver	Dr ⟦P|Ann Yeo⟧	⟦PH|(916) 555-0172⟧
⟦HPN|KPX40019902⟧	⟦P|Hannah Greenbaum⟧	⟦DOB|08/28/2003⟧	HMO-Gold	Dr ⟦P|Victor Salas⟧	⟦PH|(916) 555-0148⟧
⟦HPN|KPX40021176⟧	⟦P|Deshawn Miles⟧	⟦DOB|01/05/1979⟧	PPO-Bronze		⟦PH|(530) 555-0191⟧""",
    )

    r(
        "en_US",
        "sql_snippet",
        """-- fix for TKT-4471: patient merged twice
UPDATE patients
   SET mrn = '⟦MRN|00917734⟧',
       last_name = '⟦P|Okonjo⟧',
       first_name = '⟦P|Adaeze⟧',
       dob = '⟦DOB|1992-10-04⟧'
 WHERE patient_id = ⟦o:ROW|223018⟧;

DELETE FROM patients WHERE patient_id = ⟦o:ROW|223019⟧;  -- duplicate created by HL7 feed ⟦o:VER|v2.5.1⟧""",
    )

    r(
        "en_US",
        "sql_result",
        """postgres=# SELECT id, full_name, email, phone, created_at FROM customers WHERE phone LIKE '%0193' LIMIT 5;
  id   |     full_name     |            email             |     phone      |         created_at
-------+-------------------+------------------------------+----------------+----------------------------
 ⟦o:ROW|48113⟧ | ⟦P|Beatrice Amankwah⟧ | ⟦E|bea.amankwah@gmail.com⟧       | ⟦PH|+12025550193⟧   | ⟦o:D|2023-07-14⟧ 16:20:41.228+00
 ⟦o:ROW|50977⟧ | ⟦P|Raymond Kuo⟧       | ⟦E|rkuo@kuo-dental.com⟧          | ⟦PH|+14085550193⟧   | ⟦o:D|2024-01-02⟧ 09:03:17.551+00
(2 rows)""",
    )

    r(
        "en_US",
        "sql_nosens",
        """EXPLAIN ANALYZE SELECT o.id, SUM(li.qty) FROM orders o JOIN line_items li ON li.order_id = o.id WHERE o.created_at > '⟦o:D|2024-10-01⟧' GROUP BY o.id;
 HashAggregate  (cost=48210.22..48912.40 rows=70218 width=12) (actual time=612.004..655.931 rows=⟦o:QTY|68441⟧ loops=1)
   ->  Hash Join  (cost=2210.11..44702.13 rows=701618 width=8)
 Planning Time: 0.912 ms
 Execution Time: 671.518 ms
-- after adding idx_line_items_order_id (migration ⟦o:VER|0042_add_li_idx⟧) this drops to ~90ms""",
    )

    r(
        "de_DE",
        "csv_export",
        """Personalnummer;Nachname;Vorname;Geburtsdatum;Steuer-ID;IBAN;Steuerklasse
⟦o:ROW|004711⟧;⟦P|Schäfer⟧;⟦P|Jürgen⟧;⟦DOB|12.04.1971⟧;⟦TAX@de.idnr|47192835611⟧;⟦IBAN|DE56760501010037281946⟧;3
⟦o:ROW|004712⟧;⟦P|Demir⟧;⟦P|Elif⟧;⟦DOB|30.09.1994⟧;⟦TAX@de.idnr|23981047599⟧;⟦IBAN|DE32 2004 0060 0649 1837 00⟧;1
⟦o:ROW|004715⟧;⟦P|Kowalski⟧;⟦P|Andreas⟧;⟦DOB|07.01.1983⟧;⟦TAX@de.idnr|59 203 817 452⟧;⟦IBAN|DE09430609671182930400⟧;4""",
    )

    r(
        "en_US",
        "env_file",
        """# .env.production — DO NOT COMMIT
NODE_ENV=production
APP_VERSION=⟦o:VER|3.14.0⟧
DATABASE_URL=⟦UC|postgres://app_rw:Vq7!mZ2r#Lx9pT@db-prod-1.internal.acmecorp.net:5432/app⟧
REDIS_URL=⟦UC|redis://:h4Rd2Gu3ss-R3d1s@cache-01.internal:6379/0⟧
STRIPE_SECRET_KEY=⟦S|sk_live_51Hx2QpLmN8vR4tY6uI0oP3aS5dF7gJ9kL1zX3cV5bN7mQ9wE⟧
SENDGRID_API_KEY=⟦S|SG.q3Rt9XvLQ0uYpZ1a2B3c4D.x7Kp2Lm9Nq4Rs6Tu8Vw0Xy1Za3Bc5De7Fg9Hi1Jk3L⟧
JWT_SECRET=⟦S|c8f2e71b9a40d63f5e17b2c98d04a6e3f1b7c5d9e2a8f4061⟧
LOG_LEVEL=info""",
    )

    r(
        "en_US",
        "shell_history",
        """  501  cd ~/projects/billing
  502  git pull origin main
  503  export AWS_ACCESS_KEY_ID=⟦S|AKIAZ4X7Q2MRTL9BVW3N⟧
  504  export AWS_SECRET_ACCESS_KEY=⟦S|t8Kq1vR2mX9pLw4Zs7Nc3Yb0Hd6Jf5Ge/aUoPiE1r⟧
  505  aws s3 ls s3://acme-billing-exports/2024/11/
  506  mysql -h 10.12.0.41 -u reporting -p'⟦S|R3p0rt!ng#2024⟧' billing -e "select count(*) from invoices"
  507  curl -u admin:⟦S|Adm1n-Jenk1ns-77⟧ https://ci.acme.internal/job/billing-nightly/build
  508  git log --oneline -3
  509  history | tail""",
    )

    r(
        "en_US",
        "k8s_yaml",
        """apiVersion: v1
kind: Secret
metadata:
  name: payments-gateway
  namespace: prod
type: Opaque
stringData:
  ADYEN_API_KEY: "⟦S|AQEyhmfxKo3NbhBGw0m/n3Q5qf3VZ4JHAJRTQmFQ8y2dPb8TcbgBQ4Qj6H1q+2wHgR0MiHNtXJ1⟧"
  DB_PASSWORD: "⟦S|kP9#vX2q!Lr7wZ⟧"
---
apiVersion: apps/v1
kind: Deployment
metadata:
  name: payments-gateway
spec:
  replicas: 3
  template:
    spec:
      containers:
        - name: gateway
          image: registry.acme.io/payments-gateway:⟦o:VER|2.9.7⟧""",
    )

    r(
        "en_US",
        "config_yaml",
        """# config/settings.yml (staging)
smtp:
  host: smtp.mailgun.org
  port: 587
  username: postmaster@mg.staging.shoplane.io
  password: ⟦S|9b1f0e6c2d7a4b38e5f9-73c2a1e8-d4b6f0a2⟧
slack:
  webhook: ⟦S|https://hooks.slack.com/services/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⟧
github:
  token: ⟦S|ghp_7Hq2LmN9vR4tX8pK3wZ6yB1cD5fG0jS2aE4u⟧
feature_flags:
  new_checkout: true
  rollout_pct: ⟦o:PCT|25⟧""",
    )

    r(
        "en_US",
        "docker_compose",
        """services:
  db:
    image: postgres:⟦o:VER|16.4⟧
    environment:
      POSTGRES_USER: analytics
      POSTGRES_PASSWORD: ⟦S|Tr0ub4dor&3-analytics⟧
  metabase:
    image: metabase/metabase:⟦o:VER|v0.50.21⟧
    environment:
      MB_DB_CONNECTION_URI: "⟦UC|postgresql://analytics:Tr0ub4dor&3-analytics@db:5432/metabase⟧"
    ports:
      - "3000:3000\"""",
    )

    r(
        "en_US",
        "private_key_paste",
        """can you check why the deploy key isn't working? this is what's in /home/deploy/.ssh/id_ed25519 on the bastion:

⟦S|-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW
QyNTUxOQAAACDk3Zq9Rr0Xo1M7cP2sL8vN4yT6wK5bJ0hF9gD3aE1uQAAAJg7Qm2vO0Jt
rwAAAAtzc2gtZWQyNTUxOQAAACDk3Zq9Rr0Xo1M7cP2sL8vN4yT6wK5bJ0hF9gD3aE1uQ
AAAEBx8vR2mK4nP6qT0wY3zA5cE7gI9kM1oQ3sU5wX7zB9dD5N2r1Gv0Eo1M7cP2sL8v
-----END OPENSSH PRIVATE KEY-----⟧

public half is on github as deploy key "bastion-prod-2024".""",
    )

    r(
        "en_US",
        "cli_flags",
        """$ psql "⟦UC|postgresql://etl_user:ETLp4ss_Nov24@warehouse.c7xq2.us-east-1.rds.amazonaws.com:5432/dw⟧" -c '\\dt'
$ docker login registry.gitlab.com -u ci-bot -p ⟦S|glpat-xY7zQ2mR9kL4vN8pT1wB⟧
$ ./migrate --dsn "⟦UC|mysql://root:changeme123@127.0.0.1:3306/legacy_crm⟧" --target ⟦o:VER|2024_11_04_1200⟧
$ openssl pkcs12 -in client.p12 -passin pass:⟦S|Xk92!cert⟧ -nodes -out client.pem""",
    )

    r(
        "en_US",
        "terraform_tfvars",
        """# terraform.tfvars — prod (keep out of git!!)
region         = "eu-west-1"
instance_type  = "m6i.large"
db_admin_pass  = "⟦S|Wq8$zN3!vP7r^Kd2⟧"
datadog_api_key = "⟦S|4f9a2c7e1b8d3f6a0e5c9b2d7f1a4e8c⟧"
datadog_app_key = "⟦S|a1b7e3c9d5f2a8b4e0c6d1f7a3b9e5c2d8f4a0b6⟧"
allowed_cidrs  = ["⟦IP|185.42.117.23⟧/32", "10.0.0.0/8"]""",
    )

    r(
        "en_US",
        "slack_thread",
        """#support-escalations
[10:14] ⟦P|Kayla M⟧: anyone around from payments? customer ⟦P|Harold Finch-Baxter⟧ says he was charged twice for order ⟦o:ORD|#A-558120⟧
[10:15] ⟦P|Kayla M⟧: card ending 4471, his email is ⟦E|hfbaxter@comcast.net⟧
[10:17] ⟦P|Dev P⟧: looking. yep two captures, ⟦o:AMT|$312.40⟧ each, 4 seconds apart. idempotency key was missing on the retry 🙄
[10:18] ⟦P|Dev P⟧: refunding the second one now, ref ⟦o:REQ|re_3QLx0A2eZvKYlo2C0mN4tP8k⟧
[10:21] ⟦P|Kayla M⟧: ty!! he also wants a call back at ⟦PH|617-555-0148⟧ after 3pm ET
[10:22] ⟦P|Dev P⟧: I'll leave that to you 😅 ticket is ⟦o:TKT|SUP-30991⟧""",
    )

    r(
        "en_GB",
        "teams_thread",
        """⟦P|Rebecca Holt⟧  09:02
Morning — the DWP letter for Mr ⟦P|Aled Rhys-Jenkins⟧ came back undelivered. Has anyone got a newer address?

⟦P|Sam Adeyinka⟧  09:06
CRM says he moved in August: ⟦A|Flat 3, 41 Cathedral Road, Cardiff CF11 9HB⟧. NI number on file ⟦NID|JR 48 19 27 C⟧ matches the letter.

⟦P|Rebecca Holt⟧  09:07
Perfect, I'll reissue. Mobile still ⟦PH|07700 914 286⟧?

⟦P|Sam Adeyinka⟧  09:08
yes, verified on the ⟦o:D|12th⟧ 👍""",
    )

    r(
        "en_US",
        "jira_issue",
        """[PLAT-2231] Export to PDF crashes for patients with apostrophes in name
Reporter: ⟦P|Nadia Haddad⟧   Assignee: ⟦P|Chris Lombardi⟧   Priority: High   Affects: ⟦o:VER|7.2.0⟧
Description:
Clinic user reported the chart export fails for ⟦P|D'Angelo, Marcus⟧ (MRN ⟦MRN|30028841⟧). Stack trace attached. Looks like the template engine doesn't escape single quotes. Also repro'd with ⟦P|O'Neil-Park, Sun-Hee⟧ (MRN ⟦MRN|30031107⟧).
Steps:
1. open chart → Export → PDF
2. observe 500 ⟦o:ERR|E_TEMPLATE_RENDER⟧
Workaround: none.
Linked: ⟦o:TKT|PLAT-2198⟧""",
    )

    r(
        "en_US",
        "github_issue",
        """### Bug: `normalize_phone()` drops leading zero for UK numbers

**Version:** ⟦o:VER|1.8.3⟧
**Commit:** ⟦o:SHA|4e1d9c0b7a2f53e8d6c1b49a07f2e3d5c8b1a960⟧

Reproduction (I replaced our customer's real data with mine, it's fine to keep here):

```python
>>> normalize_phone("⟦PH|020 7946 0321⟧", region="GB")
'⟦PH|+442079460321⟧'
>>> normalize_phone("⟦PH|07911 123456⟧")
'⟦PH|+17911123456⟧'   # expected ⟦PH|+447911123456⟧
```

Reported by @mlowther-dev. Related to #⟦o:TKT|412⟧.""",
    )

    r(
        "en_US",
        "slack_nosens",
        """#deploys
[16:40] deploybot: 🚀 api ⟦o:VER|v2024.11.18-2⟧ rolling out to prod-us-east (commit ⟦o:SHA|a7c3e91⟧)
[16:44] deploybot: ✅ canary healthy — p99 ⟦o:QTY|212ms⟧, error rate ⟦o:PCT|0.03%⟧
[16:45] pagerduty: 🟢 ⟦o:TKT|INC-8812⟧ auto-resolved (502 rate on /v2/quotes below threshold for 5m)
[16:50] deploybot: ✅ api ⟦o:VER|v2024.11.18-2⟧ 100% in prod-us-east""",
    )

    r(
        "en_US",
        "teams_hr",
        """⟦P|Angela Ruiz⟧ (HR): Hi ⟦P|Marcus⟧, quick one — ⟦P|Tyrone Bassett⟧'s I-9 is missing a list B doc. He gave us his Ohio DL ⟦DL|SR482917⟧ but the copy is cut off at the expiry date.
⟦P|Marcus Chen⟧ (Payroll): I can't onboard him in ADP until that's done. His SSN ⟦SSN|159-82-0437⟧ already passed E-Verify though.
⟦P|Angela Ruiz⟧ (HR): ok I'll ask him to bring it Monday. His start date is still ⟦o:D|12/2⟧.""",
    )

    r(
        "en_US",
        "zendesk_ticket",
        """Ticket #⟦o:TKT|884120⟧ — Can't update my address
Requester: ⟦P|Lupita Hernández⟧ <⟦E|lupita.hdz88@yahoo.com⟧>

Hi, I moved and the website keeps giving me error ⟦o:ERR|ADDR-422⟧ when I type my new address. It's ⟦A|9021 W Flamingo Rd Unit 1148, Las Vegas, NV 89147⟧. My old one was ⟦A|3300 S Decatur Blvd #2091, Las Vegas, NV 89102⟧. Please fix before my next shipment!!
Thanks, ⟦P|Lupita⟧

---- internal note (⟦P|Brandon⟧) ----
USPS validator rejects "Unit" with 4 digits, escalating to eng — ⟦o:TKT|ENG-5521⟧""",
    )

    r(
        "en_GB",
        "kyc_record",
        """KYC REVIEW — Case ⟦o:TKT|KYC-2024-118442⟧
Applicant: ⟦P|Oluwadamilare Ajayi⟧
Date of birth: ⟦DOB|30 June 1989⟧
Nationality: Nigerian / British (dual)
ID document 1: UK passport no. ⟦PP|548219037⟧, expires ⟦o:D|14/02/2031⟧
ID document 2: UK driving licence ⟦DL|AJAYI806309O99DY⟧
Residential address: ⟦A|Flat 12, Marlowe House, 3 Greenwich High Road, London SE10 8JL⟧
Proof of address: Thames Water bill dated ⟦o:D|02/10/2024⟧
Source of funds: salary (Deloitte LLP) — payslips provided
Screening: no PEP / sanctions hits. Adverse media: none.
Decision: APPROVED by ⟦P|K. Sutherland⟧, ⟦o:D|04/10/2024⟧ ⟦o:T|15:22⟧""",
    )

    r(
        "en_US",
        "kyc_onboarding_json",
        """{
  "application_id": "⟦o:UUID|6f2a9c14-3be7-4d10-8c55-0a9e7f41d2b3⟧",
  "status": "MANUAL_REVIEW",
  "applicant": {
    "legal_name": "⟦P|Jessica Marie Thornton⟧",
    "dob": "⟦DOB|1993-04-18⟧",
    "ssn_last4": "7706",
    "ssn": "⟦SSN|219-44-7706⟧",
    "address": "⟦A|1720 Peachtree St NW Apt 904, Atlanta, GA 30309⟧",
    "phone": "⟦PH|+14045550126⟧",
    "email": "⟦E|jess.thornton93@icloud.com⟧"
  },
  "id_document": {"type": "DRIVERS_LICENSE", "state": "GA", "number": "⟦DL|058219473⟧", "expires": "⟦o:D|2029-04-18⟧"},
  "device": {"ip": "⟦IP|68.211.94.3⟧", "fingerprint": "⟦o:REQ|fp_9c1e0b77a2d3⟧"},
  "reasons": ["⟦o:ERR|IDV_ADDRESS_PARTIAL_MATCH⟧"]
}""",
    )

    r(
        "de_DE",
        "kyc_protokoll",
        """Videoident-Protokoll — Vorgang ⟦o:TKT|VI-88310275⟧
Name: ⟦P|Lukas Bergmann⟧
Geburtsdatum / -ort: ⟦DOB|09.08.1990⟧ / ⟦L|Kassel⟧
Ausweisart: Personalausweis, Nr. ⟦NID|L01X00T471⟧, gültig bis ⟦o:D|08.03.2031⟧
Meldeadresse: ⟦A|Wilhelmshöher Allee 211, 34121 Kassel⟧
Steuer-ID: ⟦TAX@de.idnr|81472650335⟧
Referenzkonto: ⟦IBAN|DE72 1001 0010 0482 9137 56⟧
Identifizierung durchgeführt von: Agent 0417 am ⟦o:D|11.11.2024⟧, ⟦o:T|18:06 Uhr⟧ — Ergebnis: erfolgreich""",
    )

    r(
        "es_ES",
        "alta_cliente",
        """ALTA DE CLIENTE — Banco (oficina 0813)
Titular: ⟦P|Javier Ruiz Ortega⟧
NIF: ⟦TAX@es.dni|05738214J⟧
Fecha de nacimiento: ⟦DOB|22/06/1979⟧
Domicilio: ⟦A|Avda. Diagonal 431, 6º 2ª, 08036 Barcelona⟧
Teléfono: ⟦PH|+34 622 41 87 03⟧   Email: ⟦E|jruizortega@telefonica.net⟧
Cuenta asignada (IBAN): ⟦IBAN|ES28 2100 0813 6202 0194 7536⟧
Cotitular: ⟦P|Marta Gil Serrano⟧, NIE ⟦NID@es.nie|X4729183S⟧""",
    )

    r(
        "en_US",
        "payroll_record",
        """PAYROLL CHANGE FORM — processed ⟦o:D|11/01/2024⟧
Employee: ⟦P|Rosa Delgado⟧   Emp #: ⟦o:ROW|E-20418⟧
SSN: ⟦SSN|738-25-1194⟧
Direct deposit change:
  OLD  Chase  routing ⟦a:BC|021000021⟧  acct ⟦BBAN|483920118⟧
  NEW  Wells Fargo  routing ⟦a:BC|121000248⟧  acct ⟦BBAN|7710482933⟧  (checking)
Federal W-4: Married filing jointly, 2 dependents
Approved: ⟦P|D. Whitcomb⟧ (HR Mgr)""",
    )

    r(
        "en_US",
        "w2_form",
        """Form W-2 Wage and Tax Statement ⟦o:D|2023⟧
a Employee's social security number: ⟦SSN|331-58-9021⟧
b Employer identification number (EIN): 94-3182736
c Employer's name, address: Cascade Outdoor Supply Inc, 800 Fifth Ave, Seattle WA 98104
e Employee's first name and initial / Last name: ⟦P|KENDRA L⟧ ⟦P|MARSHALL⟧
f Employee's address: ⟦A|2231 NE 65th St, Seattle WA 98115⟧
1 Wages, tips, other comp: ⟦o:AMT|71,204.55⟧   2 Federal income tax withheld: ⟦o:AMT|8,310.20⟧
3 Social security wages: 71,204.55   4 Social security tax withheld: 4,414.68""",
    )

    r(
        "en_IN",
        "form16_email",
        """From: payroll@infisoft-tech.in
To: ⟦E|ankit.sharma@infisoft-tech.in⟧
Subject: Form 16 for FY 2023-24

Dear ⟦P|Ankit Sharma⟧,

Please find attached your Form 16 (Part A & B). PAN as per our records: ⟦TAX@in.pan|BQKPS4821M⟧ — please check it matches your PAN card before filing ITR. Part A TRACES certificate no. ⟦o:ROW|RZYKBNA⟧.
Note: your Aadhaar ⟦NID@in.aadhaar|7391 0264 8538⟧ is linked to PAN as per ITD portal.
The PDF password is your PAN in capitals followed by DOB in DDMMYYYY format (e.g. ABCDE1234F01011990).

Regards,
Payroll Team""",
    )

    r(
        "en_AU",
        "tfn_declaration",
        """TFN declaration — received ⟦o:D|7 October 2024⟧
Payee: ⟦P|Liam O'Sullivan⟧
TFN: ⟦TAX@au.tfn|876 543 210⟧
Date of birth: ⟦DOB|21/03/2002⟧
Home address: ⟦A|5/118 Beaufort St, Perth WA 6000⟧
Basis of payment: casual. Australian resident for tax purposes: Yes. HELP debt: Yes.
Super fund: AustralianSuper (choice form attached)
Entered by ⟦P|Jacinta Moore⟧ (Payroll)""",
    )

    r(
        "en_US",
        "visa_application",
        """DS-160 worksheet (draft — client copy)
Surnames: ⟦P|PETROVA⟧            Given names: ⟦P|YEKATERINA ANDREEVNA⟧
Date of birth: ⟦DOB|17 NOV 1995⟧   Place of birth: ⟦L|Novosibirsk⟧, Russia
Passport number: ⟦PP|75 4419028⟧   Issued: ⟦o:D|03 MAR 2021⟧   Expires: ⟦o:D|03 MAR 2031⟧
US point of contact: Dr. ⟦P|Michael Harrow⟧, Dept. of Chemistry, UC Davis, ⟦PH|(530) 555-0133⟧
Home address: ⟦A|ul. Krasny Prospekt 77, kv. 41, Novosibirsk 630091⟧
Visa class: J-1   SEVIS ID: ⟦o:ROW|N0029918374⟧   Program: P-1-00128
Previous US visa: B1/B2, foil no. ⟦o:ROW|R6041182⟧""",
    )

    r(
        "en_GB",
        "passport_renewal_email",
        """From: ⟦E|tom.gallagher.1974@gmail.com⟧
To: HM Passport Office <no-reply@passport.service.gov.uk>
Subject: Re: Application reference ⟦o:TKT|2310-8841-7729-0031⟧

Hello,

I submitted the renewal for my son ⟦P|Finn Gallagher⟧ (old passport ⟦PP|533981204⟧) on ⟦o:D|2 September⟧ and the tracker has said "we're checking your application" for 7 weeks. We fly on ⟦o:FLT|EZY8127⟧ on ⟦o:D|22 November⟧. Can you confirm whether anything else is needed? His date of birth is ⟦DOB|04/05/2013⟧.

⟦P|Tom Gallagher⟧
⟦PH|07823 440 918⟧

> On 2 Sep 2024, HM Passport Office wrote:
> Thank you, we have received your application and supporting documents.""",
    )

    r(
        "fr_FR",
        "demande_titre_sejour",
        """Préfecture du Rhône — Demande de renouvellement de titre de séjour
Nom : ⟦P|DIALLO⟧   Prénom(s) : ⟦P|Aminata⟧
Date de naissance : ⟦DOB|11/09/1997⟧ à ⟦L|Bamako⟧ (Mali)
N° de passeport : ⟦PP|19FD33812⟧
N° étranger (AGDREF) : ⟦NID|6904218837⟧
Adresse : ⟦A|38 avenue Berthelot, 69007 Lyon⟧
Tél. : ⟦PH|07 58 21 93 44⟧  Courriel : ⟦E|aminata.diallo97@laposte.net⟧
Motif : étudiante, Master 2 à l'Université Lyon 2.""",
    )

    r(
        "en_US",
        "car_rental_agreement",
        """RENTAL AGREEMENT ⟦o:ORD|RA 40881-2219⟧     Hertz LAX Airport
Renter: ⟦P|WEXLER, BENJAMIN A⟧
Address: ⟦A|615 Linden Ave, Glencoe, IL 60022⟧
DL: IL ⟦DL|W246-5518-0734⟧  exp ⟦o:D|05/14/2027⟧
DOB: ⟦DOB|05/14/1981⟧
Card on file: VISA ⟦CC|4916 1200 3378 4563⟧
Additional driver: ⟦P|Rachel Wexler⟧, DL IL ⟦DL|W246-7781-5582⟧
Vehicle: 2024 Toyota RAV4, plate 9ZTL412, unit 88213
Out: ⟦o:D|11/08/2024⟧ ⟦o:T|10:12⟧   Due: ⟦o:D|11/13/2024⟧ ⟦o:T|10:00⟧   Est. total ⟦o:AMT|$487.16⟧""",
    )

    r(
        "en_GB",
        "dvla_check",
        """Licence check — Swift Van Hire, Croydon depot
Hirer: ⟦P|Kieran Doyle⟧
Licence number: ⟦DL|DOYLE702118K99WL⟧
Check code: ⟦S|Yq 7n Kp 2R⟧ (valid 21 days)
Endorsements: SP30 x1 (3 points, offence date ⟦o:D|14/06/2023⟧)
Categories: B, BE
Address on licence matches: ⟦A|27 Thornton Heath Road, Croydon CR7 6BB⟧
Checked by: ⟦P|Amira⟧ at desk 2, ⟦o:D|09/11/2024⟧""",
    )

    r(
        "de_DE",
        "fuehrerscheinkontrolle",
        """Führerscheinkontrolle Dienstwagen — Q4/2024
| Mitarbeiter | Personalnr. | Führerschein-Nr. | Klassen | Geprüft am |
|---|---|---|---|---|
| ⟦P|Sabine Krüger⟧ | ⟦o:ROW|30418⟧ | ⟦DL|B072RRE2I55⟧ | B, BE | ⟦o:D|04.11.2024⟧ |
| ⟦P|Mehmet Aydın⟧ | ⟦o:ROW|30502⟧ | ⟦DL|J4102X7KL21⟧ | B, C1 | ⟦o:D|04.11.2024⟧ |
| ⟦P|Florian Weiß⟧ | ⟦o:ROW|31177⟧ | ⟦DL|F0912PQ5A88⟧ | B | ⟦o:D|06.11.2024⟧ |
Nächste Kontrolle: ⟦o:D|Februar 2025⟧""",
    )

    r(
        "en_US",
        "police_report",
        """SAN DIEGO POLICE DEPARTMENT — INCIDENT REPORT
Case #: ⟦o:TKT|24-0118832⟧   Date/Time: ⟦o:D|10/27/2024⟧ ⟦o:T|2340⟧   Beat: 521
Offense: PC 459 Burglary (vehicle)
Location of occurrence: ⟦L|3900 block of Mission Blvd⟧, parking lot
Victim: ⟦P|HOLLOWAY, JUSTIN RAY⟧  DOB ⟦DOB|02/08/1986⟧  CDL ⟦DL|B8820417⟧
Victim address: ⟦A|4471 Cass St #3, San Diego CA 92109⟧  Ph ⟦PH|619-555-0177⟧
Property taken: MacBook Pro (SN C02FK3LPMD6T), backpack, US passport ⟦PP|A04418827⟧
Narrative: R/P states he parked at approx 2130 and returned at 2330 to find the rear passenger window smashed...
Reporting officer: Ofc. ⟦P|D. Marquez⟧ #7718""",
    )

    r(
        "en_GB",
        "incident_report",
        """Incident report — Store 0412 (Leeds Trinity)
Date: ⟦o:D|16/11/2024⟧, approx ⟦o:T|14:50⟧
Reported by: ⟦P|Charlotte Nwosu⟧ (duty manager)
Customer Mrs ⟦P|Patricia Hale⟧ slipped near the chilled aisle (spillage not yet coned off). She complained of wrist pain; first aid given by ⟦P|Josh Taylor⟧. Ambulance not required; she was collected by her husband.
Customer contact: ⟦PH|0113 496 0724⟧, ⟦A|12 Otley Old Road, Leeds LS16 6HE⟧
CCTV clip saved: cam 7, 14:47–14:53. Insurer ref ⟦o:TKT|PL-24-009921⟧.""",
    )

    r(
        "en_GB",
        "solicitor_letter",
        """HARGREAVES & LOWE LLP
Our ref: ⟦o:TKT|JH/PI/24-0871⟧   Your ref: ⟦o:TKT|CLM/88203117⟧

⟦o:D|12 November 2024⟧

Claims Department
Allied Motor Insurance plc

Dear Sirs,

Our client: Ms ⟦P|Deborah Ann Whitlock⟧
Date of birth: ⟦DOB|08/03/1977⟧
Address: ⟦A|19 Rowan Close, Stockport SK4 3QN⟧
National Insurance number: ⟦NID|NR 62 71 44 D⟧
Date of accident: ⟦o:D|29 August 2024⟧

We are instructed by the above-named in connection with a road traffic accident in which your insured, Mr ⟦P|Craig Ellison⟧, failed to stop at the junction of Didsbury Road and Heaton Moor Road. Our client sustained a whiplash injury and has been attending physiotherapy.

Yours faithfully,
⟦P|Jonathan Hargreaves⟧
Partner""",
    )

    r(
        "en_US",
        "court_filing",
        """IN THE CIRCUIT COURT OF COOK COUNTY, ILLINOIS
COUNTY DEPARTMENT, DOMESTIC RELATIONS DIVISION

IN RE THE MARRIAGE OF:
⟦P|ALISHA M. KOWALSKI⟧, Petitioner,
and                                                    No. ⟦o:TKT|2024 D 007731⟧
⟦P|GRANT T. KOWALSKI⟧, Respondent.

FINANCIAL AFFIDAVIT (Family & Divorce Cases)
Name: ⟦P|Alisha M. Kowalski⟧   Date of birth: ⟦DOB|06/19/1985⟧
Address: ⟦A|1842 W Armitage Ave, Chicago, IL 60622⟧
Employer: Northwestern Medicine — Gross monthly income ⟦o:AMT|$6,840.00⟧
Checking account: Chase xxxx4418   Savings: Chase ⟦BBAN|000298817453⟧
Minor children: ⟦P|Ella Kowalski⟧ (age 9), ⟦P|Leo Kowalski⟧ (age 6)""",
    )

    r(
        "de_DE",
        "anwaltsschreiben",
        """Rechtsanwaltskanzlei Brandt & Partner
Aktenzeichen: ⟦o:TKT|214/24 BR⟧

Einschreiben
Herrn
⟦P|Dieter Reuschel⟧
⟦A|Am Sandberg 6
63128 Dietzenbach⟧

Offene Mietforderung Hausverwaltung Kolb ./. Reuschel

Sehr geehrter Herr ⟦P|Reuschel⟧,

namens und in Vollmacht unserer Mandantin fordern wir Sie auf, den rückständigen Betrag von ⟦o:AMT|2.340,00 €⟧ bis spätestens ⟦o:D|30.11.2024⟧ auf das Konto ⟦IBAN|DE44500105175407324931⟧ zu überweisen.

Mit freundlichen Grüßen
⟦P|Nicole Brandt⟧, Rechtsanwältin""",
    )

    r(
        "it_IT",
        "dichiarazione_730",
        """MODELLO 730/2024 — Quadro frontespizio (bozza CAF)
Contribuente: ⟦P|ROSSI MARCO⟧
Codice fiscale: ⟦TAX@it.codicefiscale|RSSMRC71H12H501R⟧
Nato il ⟦DOB|12/06/1971⟧ a ⟦L|Roma⟧ (RM)
Residenza: ⟦A|Via Tuscolana 1022, 00173 Roma⟧
Coniuge a carico: ⟦P|Ferrari Lucia⟧, C.F. ⟦TAX@it.codicefiscale|FRRLCU90A01L219E⟧
Rimborso su IBAN: ⟦IBAN|IT37X0306901783100000015927⟧
Sostituto d'imposta: Poste Italiane SpA — Reddito lavoro dipendente ⟦o:AMT|€ 34.820,00⟧""",
    )

    r(
        "pl_PL",
        "pit37_mail",
        """Od: biuro@rachunkowa-lublin.pl
Do: ⟦E|m.kaminski.lub@wp.pl⟧
Temat: PIT-37 za 2023 — do podpisu

Dzień dobry Panie ⟦P|Michale⟧,

w załączniku PIT-37. Proszę sprawdzić dane:
- imię i nazwisko: ⟦P|Michał Kamiński⟧
- PESEL: ⟦NID@pl.pesel|92112785432⟧
- adres: ⟦A|ul. Narutowicza 44/12, 20-016 Lublin⟧
- nr rachunku do zwrotu: ⟦IBAN|PL48 1050 1445 1000 2292 0731 9486⟧
Zwrot: ⟦o:AMT|1 284 zł⟧.

Pozdrawiam,
⟦P|Ewa Sobczak⟧""",
    )

    r(
        "nl_NL",
        "belastingaangifte_notitie",
        """Notitie aangifte IB 2023 — klant ⟦P|Van Dijk, Sanne⟧
BSN ⟦TAX@nl.bsn|617290349⟧, fiscaal partner ⟦P|Thijs de Groot⟧ BSN ⟦TAX@nl.bsn|103847650⟧
Adres: ⟦A|Oudegracht 212 bis, 3511 NX Utrecht⟧
Teruggave naar ⟦IBAN|NL90 ABNA 0592 1837 46⟧
Hypotheekrente: ⟦o:AMT|€ 9.412⟧, WOZ-waarde ⟦o:AMT|€ 412.000⟧
Vragen voor klant: jaaropgave 2e werkgever ontbreekt. Bellen op ⟦PH|06-41 88 20 17⟧.""",
    )

    r(
        "en_US",
        "irs_call_notes",
        """Call notes — client ⟦P|Gloria Stanhope⟧, CP2000 for tax year ⟦o:D|2022⟧ (notice dated ⟦o:D|September 23, 2024⟧)
Notice shows SSN as XXX-XX-4176. Client read the full number over the phone for the POA form: "⟦SSN~spelled_out|six three three, oh nine, four one seven six⟧".
Proposed increase ⟦o:AMT|$2,917⟧ — unreported 1099-B from Robinhood (⟦o:AMT|$11,480⟧ proceeds). Basis was never reported; she has the statements.
Mailing address confirmed: ⟦A|88 Hollis Ave, Braintree, MA 02184⟧. Best number ⟦PH|781-555-0152⟧ (cell), not the landline.
Next: file Form 2848, respond by ⟦o:D|10/23/2024⟧.""",
    )

    r(
        "en_US",
        "chargeback_csv",
        """dispute_id,opened,card_number,cardholder,amount,reason_code,status
⟦o:ROW|dp_1048832⟧,⟦o:D|2024-10-02⟧,⟦CC|5200824419371067⟧,⟦P|Megan Sorensen⟧,⟦o:AMT|89.99⟧,⟦o:ERR|13.1⟧,needs_response
⟦o:ROW|dp_1048871⟧,⟦o:D|2024-10-03⟧,⟦CC|6011000990139424⟧,⟦P|Ibrahim Al-Khatib⟧,⟦o:AMT|412.00⟧,⟦o:ERR|10.4⟧,under_review
⟦o:ROW|dp_1049015⟧,⟦o:D|2024-10-05⟧,⟦CC|5423100877345195⟧,⟦P|Courtney Blaylock⟧,⟦o:AMT|56.25⟧,⟦o:ERR|13.3⟧,won""",
    )

    r(
        "en_US",
        "support_email_thread",
        """From: ⟦P|Dana Whitford⟧ <⟦E|dana.whitford@gmail.com⟧>
To: billing@streamcore.tv
Subject: Re: Re: charged after cancelling

Still not sorted. I cancelled on ⟦o:D|Oct 3⟧ and you charged my card again on Nov 3. The card is ⟦CC~line_break|5351 1006
4412 8771⟧ exp 08/26 — please refund to it and confirm in writing.

> On Nov 5, 2024, StreamCore Billing <billing@streamcore.tv> wrote:
> Hi ⟦P|Dana⟧, thanks for reaching out. Could you reply with the last 4 digits of the card and the email on the account?
>> On Nov 4, 2024, ⟦P|Dana Whitford⟧ wrote:
>> I was charged ⟦o:AMT|$17.99⟧ after I cancelled. Account email is ⟦E|dana.whitford@gmail.com⟧.""",
    )

    r(
        "en_GB",
        "call_centre_notes",
        """Call notes — agent ⟦P|Leanne⟧, ⟦o:T|11:42⟧
Cust Mr ⟦P|Trevor Ashdown⟧ called re failed payment on policy ⟦o:ORD|HH-2210984⟧. Took new card over phone: ⟦CC|4556 7300 8812 3445⟧ exp 04/27 (CVV not stored). Payment of ⟦o:AMT|£38.12⟧ taken OK, auth code ⟦o:REQ|084412⟧.
Confirmed DOB ⟦DOB|17/01/1962⟧ and postcode ⟦a:PC|BN2 1TW⟧ for DPA.""",
    )

    r(
        "en_US",
        "fraud_alert_json",
        """{"alert_id":"⟦o:UUID|c0d7a8f2-91e3-4b6a-8d25-3f7e0a4c1b92⟧","rule":"VELOCITY_3_CARDS_1_DEVICE","score":⟦o:QTY|0.94⟧,
 "events":[
  {"pan":"⟦CC|4111820044977311⟧","bin_country":"US","ip":"⟦IP|45.133.172.19⟧","name_on_card":"⟦P|Gregory Pham⟧"},
  {"pan":"⟦CC|5167320199482068⟧","bin_country":"GB","ip":"⟦IP|45.133.172.19⟧","name_on_card":"⟦P|Linh Tran⟧"},
  {"pan":"⟦CC|4024 0071 9265 5339⟧","bin_country":"US","ip":"⟦IP|45.133.172.21⟧","name_on_card":"⟦P|Gregory Pham⟧"}
 ],"device_id":"⟦o:REQ|dev_7Fq1ZpR92k⟧","created":"⟦o:D|2024-11-16⟧T22:09:40Z"}""",
    )

    r(
        "en_US",
        "hotel_folio",
        """GUEST FOLIO — The Marlowe Hotel, Room 1214
Guest: ⟦P|Akira Tanabe⟧   Confirmation ⟦o:ORD|MRLW-77210384⟧
Arrive ⟦o:D|11/04/2024⟧  Depart ⟦o:D|11/07/2024⟧
Guarantee: AMEX ⟦CC|3792 401108 83456⟧
Passport (JPN) ⟦PP|TZ1048832⟧ — copied at check-in
Home: ⟦A|2-14-7 Ebisu-Minami, Shibuya-ku, Tokyo 150-0022⟧
3 nights @ ⟦o:AMT|$289.00⟧ + tax""",
    )

    r(
        "fr_FR",
        "sav_mail",
        """De : ⟦P|Nathalie Girard⟧ <⟦E|nath.girard@orange.fr⟧>
À : service-client@electro-depot.fr
Objet : Remboursement commande ⟦o:ORD|CMD-2024-558193⟧

Bonjour,

Suite au retour du lave-linge (colis ⟦o:TRK|6A21884730219⟧), je n'ai toujours pas reçu le remboursement de ⟦o:AMT|649,99 €⟧. Le paiement avait été fait avec ma carte ⟦CC|4987 6543 2109 8769⟧. Si ce n'est plus possible, voici mon RIB : ⟦IBAN|FR76 3000 4008 1900 0103 9284 763⟧.

Cordialement,
⟦P|Nathalie Girard⟧
⟦A|7 impasse des Lilas, 44300 Nantes⟧""",
    )

    r(
        "en_US",
        "order_export_nosens",
        """order_id,sku,qty,unit_price,ship_method,warehouse,status,updated_at
⟦o:ORD|100228431⟧,⟦o:SKU|TSH-BLK-M⟧,⟦o:QTY|2⟧,⟦o:AMT|19.99⟧,GROUND,RNO1,shipped,⟦o:D|2024-11-18⟧ 14:02
⟦o:ORD|100228432⟧,⟦o:SKU|MUG-CER-12OZ⟧,⟦o:QTY|1⟧,⟦o:AMT|12.50⟧,2DAY,RNO1,picking,⟦o:D|2024-11-18⟧ 14:05
⟦o:ORD|100228435⟧,⟦o:SKU|HD-GRY-XL⟧,⟦o:QTY|1⟧,⟦o:AMT|54.00⟧,GROUND,ATL2,backorder,⟦o:D|2024-11-18⟧ 14:11""",
    )

    r(
        "en_US",
        "payment_log_fullwidth",
        """[2024-11-19 08:02:55] ocr-import: scanned form #⟦o:ROW|77120⟧ card field="⟦CC~fullwidth|４５１４ １５００ ９９２３ ８７４７⟧" name="⟦P|Rosalind Achterberg⟧" (OCR returned full-width digits, normalizing…)
[2024-11-19 08:02:55] ocr-import: normalize ok, tokenized as ⟦o:REQ|tok_1QM2b7Ev9A0⟧""",
    )

    r(
        "nl_NL",
        "sepa_machtiging",
        """Doorlopende SEPA-machtiging
Incassant: Sportschool FitXL B.V., Incassant-ID NL61ZZZ301245670000
Kenmerk machtiging: ⟦o:ROW|FXL-0041829⟧
Naam: ⟦P|Daan Vermeulen⟧
Adres: ⟦A|Kerkstraat 14, 5611 GH Eindhoven⟧
IBAN: ⟦IBAN|NL12INGB0006839274⟧
Plaats en datum: ⟦L|Eindhoven⟧, ⟦o:D|1 oktober 2024⟧
Handtekening: ⟦P|D. Vermeulen⟧""",
    )

    r(
        "sv_SE",
        "loneunderlag",
        """Löneunderlag november 2024 — Byggservice Norr AB
Anst.nr | Namn | Personnummer | Clearing | Kontonr | Bruttolön
⟦o:ROW|1021⟧ | ⟦P|Oskar Lundgren⟧ | ⟦NID@se.personnummer|780329-2569⟧ | ⟦a:BC|8327-9⟧ | ⟦BBAN|914 928 371-4⟧ | ⟦o:AMT|38 400 kr⟧
⟦o:ROW|1027⟧ | ⟦P|Emma Holm⟧ | ⟦NID@se.personnummer|920214-7121⟧ | ⟦a:BC|6000⟧ | ⟦BBAN|482 113 907⟧ | ⟦o:AMT|32 150 kr⟧
⟦o:ROW|1033⟧ | ⟦P|Ahmed Yusuf⟧ | ⟦NID@se.personnummer|010915-6042⟧ | ⟦a:BC|5000⟧ | ⟦BBAN|5839 82 574 66⟧ | ⟦o:AMT|29 800 kr⟧
IBAN för utlandsbetalning (Ahmed): ⟦IBAN|SE47 8000 0832 7900 1492 8371⟧""",
    )

    r(
        "da_DK",
        "loensedel_mail",
        """Fra: løn@tandlaegerne-odense.dk
Til: ⟦E|sofie.bach.larsen@hotmail.dk⟧
Emne: Lønoplysninger — ny medarbejder

Hej ⟦P|Sofie⟧,

Velkommen! Vi har registreret følgende:
Navn: ⟦P|Sofie Bach Larsen⟧
CPR-nr.: ⟦NID@dk.cpr|270794-1653⟧
Reg.nr./kontonr.: ⟦a:BC|3000⟧ ⟦BBAN|0012983756⟧ (IBAN ⟦IBAN|DK4730000012983756⟧)
Skattekort hentes automatisk fra SKAT ved første lønkørsel ⟦o:D|31. oktober⟧.

Venlig hilsen
⟦P|Birgitte Holm⟧, bogholder""",
    )

    r(
        "fi_FI",
        "palkkatiedot",
        """Henkilöstötiedot — uusi työntekijä
Nimi: ⟦P|Korhonen, Mikko Juhani⟧
Henkilötunnus: ⟦NID@fi.hetu|071195-5632⟧
Veronumero: ⟦TAX@fi.veronumero|100382745610⟧
Tilinumero: ⟦IBAN|FI10 1005 3000 4829 17⟧
Osoite: ⟦A|Hämeenkatu 8 A 5, 33100 Tampere⟧
Työsuhde alkaa ⟦o:D|1.12.2024⟧, palkka ⟦o:AMT|3 450 €/kk⟧""",
    )

    r(
        "cs_CZ",
        "mzdovy_list",
        """Osobní dotazník zaměstnance
Příjmení, jméno: ⟦P|Svoboda Tomáš⟧
Rodné číslo: ⟦NID@cz.rc|790208/0417⟧
Číslo OP: ⟦NID|204418712⟧
Trvalé bydliště: ⟦A|Korunní 1288/64, 120 00 Praha 2⟧
Bankovní spojení: ⟦BBAN|19-2000145399/0800⟧
IBAN: ⟦IBAN|CZ31 0300 0000 0002 8471 9362⟧
Zdravotní pojišťovna: 211 (ZPMV)""",
    )

    r(
        "pt_PT",
        "iban_formulario",
        """Formulário de adesão — Ginásio Vivafit Braga
Nome: ⟦P|Inês Sofia Marques Ribeiro⟧
NIF: ⟦TAX@pt.nif|184026598⟧
Cartão de Cidadão: ⟦NID|14829303 7 ZX4⟧
Morada: ⟦A|Rua do Souto 112, 2.º Esq., 4700-329 Braga⟧
Telemóvel: ⟦PH|936 201 447⟧
IBAN para débito direto: ⟦IBAN|PT41 0035 0097 0005 8472 1392 9⟧""",
    )

    r(
        "it_IT",
        "bonifico_ticket",
        """[Ticket ⟦o:TKT|#55210⟧] Bonifico non arrivato
Cliente: ⟦P|Stefania Colombo⟧ (⟦E|stefania.colombo@libero.it⟧)
Dice di aver fatto il bonifico il ⟦o:D|7/11⟧ dall'IBAN ⟦IBAN|IT66M0200805364000104482917⟧ con causale "ordine ⟦o:ORD|IT-448120⟧". Il CRO che ci ha mandato è ⟦o:REQ|0306912345678901⟧.
Da verificare con la contabilità, io non lo vedo sull'estratto conto.""",
    )

    r(
        "en_GB",
        "payee_setup",
        """Supplier/payee set-up request (individual contractor)
Name: ⟦P|Rhiannon Powell⟧
Trading as: RP Illustration
UTR: ⟦TAX@gb.utr|3846201937⟧
NI number: ⟦NID|PW 21 83 47 B⟧
Bank: Lloyds, sort code ⟦a:BC|30-94-55⟧, account ⟦BBAN|21947730⟧
IBAN (for EUR invoices): ⟦IBAN|GB47NWBK56003829471063⟧
Invoice address: ⟦A|Ty Gwyn, 4 Heol y Dwr, Carmarthen SA31 1PL⟧
Requested by ⟦P|Owen Griffiths⟧ (Marketing) — PO ⟦o:ORD|PO-2024-1183⟧""",
    )

    r(
        "en_US",
        "travel_manifest",
        """GROUP TRAVEL MANIFEST — Northbridge Choir tour, ⟦o:FLT|LH431⟧ ORD→FRA ⟦o:D|03 JUN 2025⟧
# | Surname | Given name | DOB | Nationality | Passport | Expiry
1 | ⟦P|ABERNATHY⟧ | ⟦P|Claire⟧ | ⟦DOB|14 FEB 1968⟧ | USA | ⟦PP|A18830214⟧ | ⟦o:D|2032-02-11⟧
2 | ⟦P|BOATENG⟧ | ⟦P|Kwame⟧ | ⟦DOB|30 SEP 1990⟧ | USA | ⟦PP|567210933⟧ | ⟦o:D|2029-06-30⟧
3 | ⟦P|FITZGERALD⟧ | ⟦P|Siobhan⟧ | ⟦DOB|02 JAN 1985⟧ | IRL | ⟦PP|PX4418207⟧ | ⟦o:D|2030-01-19⟧
4 | ⟦P|MÜLLER⟧ | ⟦P|Hanna⟧ | ⟦DOB|19 AUG 2006⟧ | DEU | ⟦PP|C4J7RX291⟧ | ⟦o:D|2031-08-01⟧
5 | ⟦P|REYES⟧ | ⟦P|Miguel Ángel⟧ | ⟦DOB|07 MAY 1973⟧ | MEX | ⟦PP|G31870452⟧ | ⟦o:D|2028-11-22⟧""",
    )

    r(
        "en_IN",
        "passport_verification",
        """PASSPORT SEVA — Police Verification Report (PVR)
File No.: ⟦o:ROW|HY1076218830024⟧
Applicant: ⟦P|Sai Krishna Reddy Gaddam⟧
Father's name: ⟦P|Venkata Ramana Reddy Gaddam⟧
DOB: ⟦DOB|18/02/1998⟧
Present address: ⟦A|Flat 302, Sri Sai Residency, Road No. 12, Banjara Hills, Hyderabad 500034⟧
Old passport (if any): ⟦PP|N8824107⟧
Verified by: SI ⟦P|K. Narsimha⟧, PS Banjara Hills, on ⟦o:D|21-10-2024⟧. Recommendation: CLEAR.""",
    )

    r(
        "en_US",
        "i9_audit_notes",
        """I-9 audit — remediation list (internal, privileged)
- ⟦P|Nguyen, Kim-Ly⟧: List A US passport ⟦PP|596402117⟧ exp ⟦o:D|2026-09-03⟧, ok.
- ⟦P|Okafor, Chidi⟧: List A foreign passport ⟦PP|A09271144⟧ + I-94 ⟦o:ROW|11298830712⟧, EAD expired ⟦o:D|2024-08-31⟧ → needs reverification ASAP.
- ⟦P|Sandoval, Rene⟧: List B TX DL ⟦DL|41882093⟧ + List C SS card ⟦SSN|472-90-1365⟧, ok.
- ⟦P|Weiss, Abigail⟧: List B NY DL ⟦DL|719 428 336⟧ + List C birth cert, ok.""",
    )

    r(
        "en_US",
        "driving_record_request",
        """MVR request batch ⟦o:ROW|B-20241115-03⟧ — Fleet compliance
Driver: ⟦P|Curtis Langley⟧   State: CA   License #: ⟦DL|D4418827⟧   DOB: ⟦DOB|09/30/1979⟧
Driver: ⟦P|Yesenia Morales⟧   State: TX   License #: ⟦DL|30918274⟧   DOB: ⟦DOB|12/12/1991⟧
Driver: ⟦P|Paul Szymanski⟧    State: PA   License #: ⟦DL|28 471 093⟧   DOB: ⟦DOB|03/03/1969⟧
Driver: ⟦P|Marcus Bell⟧       State: FL   License #: ⟦DL|B400-721-69-214-0⟧   DOB: ⟦DOB|06/14/1969⟧
Results due ⟦o:D|11/18/2024⟧. Cost ⟦o:AMT|$9.50⟧ per record.""",
    )

    r(
        "it_IT",
        "noleggio_auto",
        """Contratto di noleggio N. ⟦o:ORD|0418-22731⟧ — Sicily by Car, Catania Aeroporto
Conducente: ⟦P|Ferraro Salvatore⟧
Patente n.: ⟦DL|CT5118273K⟧ rilasciata da MIT-UCO il ⟦o:D|12/04/2019⟧
Codice fiscale: ⟦NID@it.codicefiscale|CLMSFN66E58G273B⟧ (intestataria carta: ⟦P|Colombo Stefania⟧)
Carta di credito: ⟦CC|5301 2984 7302 6198⟧
Ritiro ⟦o:D|02/08/2024⟧ ore ⟦o:T|09:30⟧ — Riconsegna ⟦o:D|09/08/2024⟧""",
    )

    r(
        "es_ES",
        "alquiler_coche",
        """Reserva ⟦o:ORD|RX-558201⟧ — datos del conductor
Nombre: ⟦P|Pablo Herrero Vidal⟧
Permiso de conducir: ⟦DL|71002946Z⟧ (España)
Pasaporte: ⟦PP|PAF418827⟧
Teléfono: ⟦PH|611 208 447⟧
Email: ⟦E|pherrerovidal@gmail.com⟧
Conductor adicional: ⟦P|Irene Campos⟧, NIE ⟦NID@es.nie|Y2081947R⟧""",
    )

    r(
        "pt_BR",
        "cadastro_locadora",
        """Cadastro de cliente — Localiza (filial Savassi)
Nome: ⟦P|Rafael Augusto Menezes⟧
CPF: ⟦NID@br.cpf|104.672.389-87⟧
CNH: ⟦DL|04183927561⟧  Validade: ⟦o:D|15/03/2029⟧
Data de nascimento: ⟦DOB|15/03/1988⟧
Endereço: ⟦A|Rua Pernambuco, 1210, ap. 801 — Funcionários, Belo Horizonte/MG⟧
Cartão: ⟦CC|2223 0001 9874 5611⟧""",
    )

    r(
        "en_US",
        "fail2ban_log",
        """2024-11-17 03:11:42,118 fail2ban.filter  [812]: INFO    [sshd] Found ⟦IP|185.220.101.47⟧ - 2024-11-17 03:11:41
2024-11-17 03:11:45,302 fail2ban.filter  [812]: INFO    [sshd] Found ⟦IP|185.220.101.47⟧ - 2024-11-17 03:11:44
2024-11-17 03:11:48,990 fail2ban.actions [812]: NOTICE  [sshd] Ban ⟦IP|185.220.101.47⟧
2024-11-17 03:14:02,511 fail2ban.filter  [812]: INFO    [sshd] Found ⟦IP|92.118.39.204⟧ - 2024-11-17 03:14:02""",
    )

    r(
        "en_US",
        "audit_log",
        """audit: time=⟦o:D|2024-11-18⟧T09:12:44Z actor=⟦E|m.oconnell@brightpath.health⟧ actor_ip=⟦IP|100.64.12.9⟧ action=PATIENT_RECORD_VIEW target_mrn=⟦MRN|BPH-0048213⟧ reason="care team" result=ALLOW
audit: time=2024-11-18T09:13:02Z actor=⟦E|m.oconnell@brightpath.health⟧ actor_ip=⟦IP|100.64.12.9⟧ action=PATIENT_RECORD_EXPORT target_mrn=⟦MRN|BPH-0048213⟧ format=CCDA result=DENY policy=⟦o:ERR|EXPORT_REQUIRES_BTG⟧""",
    )

    r(
        "en_US",
        "cloudtrail_excerpt",
        """{
  "eventVersion": "⟦o:VER|1.09⟧",
  "userIdentity": {"type": "IAMUser", "userName": "j.alvarez", "accessKeyId": "⟦S|AKIA4QW7XZ2HNR8TLM5E⟧"},
  "eventTime": "⟦o:D|2024-11-10⟧T21:47:03Z",
  "eventName": "GetObject",
  "sourceIPAddress": "⟦IP|103.77.192.15⟧",
  "requestParameters": {"bucketName": "hr-exports-prod", "key": "payroll/2024-10/ssn_report.csv"},
  "requestID": "⟦o:REQ|8XJ3Q2M9K1V7T4P6⟧",
  "eventID": "⟦o:UUID|3b0c7e19-5a82-4f6d-a1e4-c9d2b87f6e03⟧"
}""",
    )

    r(
        "en_US",
        "git_remote_leak",
        """$ git remote -v
origin	⟦UC|https://deploy-bot:ghp_Zx81TqL0vP3nRk5Wm7Yc2Hb9Jd4Fg6Ae1Ks8@github.com/acme-internal/ledger-service.git⟧ (fetch)
origin	⟦UC|https://deploy-bot:ghp_Zx81TqL0vP3nRk5Wm7Yc2Hb9Jd4Fg6Ae1Ks8@github.com/acme-internal/ledger-service.git⟧ (push)
$ git log -1 --format='%H %an'
⟦o:SHA|e2f7a914c03b68d5f1a2e9c7b40d8316a5f2c0e7⟧ build-agent""",
    )

    r(
        "en_US",
        "jdbc_config",
        """# application-prod.properties
spring.datasource.url=jdbc:sqlserver://sql-prod-02.corp.local:1433;databaseName=Claims;user=claims_app;password=⟦S|Cl@ims!Prod#2024⟧;encrypt=true
spring.datasource.hikari.maximum-pool-size=⟦o:QTY|20⟧
spring.rabbitmq.addresses=⟦UC|amqps://claims:Rb7tMqX2wP@mq-prod.corp.local:5671/claims⟧
management.endpoints.web.exposure.include=health,info
app.build.version=⟦o:VER|5.3.1-RC2⟧""",
    )

    r(
        "en_US",
        "ftp_url_email",
        """Hi team, for the nightly file drop use ⟦UC|ftp://medrecon:Fx8!q2Lw@sftp.medrecon-partners.com/inbound⟧ — the old creds were rotated last week. Files must be named EOB_YYYYMMDD.txt and PGP-encrypted with key id ⟦o:REQ|0x4F2A91C7E3B8D605⟧.
Thanks, ⟦P|Marisa⟧""",
    )

    r(
        "en_US",
        "mongo_uri_slack",
        """[11:02] ⟦P|Ethan Brooks⟧: prod is down?? getting auth errors from the worker
[11:03] ⟦P|Ethan Brooks⟧: this is what it's using: ⟦UC|mongodb+srv://worker:Ue9kT4pZ1xQw@cluster0.x7fq2.mongodb.net/jobs?retryWrites=true⟧
[11:05] ⟦P|Aisha Karim⟧: please don't paste creds in here 😬 rotating now. the password expired at ⟦o:T|11:00⟧ — expected, you need the new one from Vault
[11:06] ⟦P|Ethan Brooks⟧: my bad, deleting""",
    )

    r(
        "en_US",
        "zero_width_log",
        """2024-11-19T10:44:09Z WARN  import  row=⟦o:ROW|2218⟧ contains invisible chars, field=ssn value="⟦SSN~zero_width|540​-71​-2289⟧" customer="⟦P|Harriet Oyelowo⟧" — stripped U+200B and retried""",
    )

    r(
        "en_US",
        "ci_log_nosens",
        """Run actions/checkout@v4
Syncing repository: acme/ledger-service
HEAD is now at ⟦o:SHA|b41c0de⟧ Merge pull request #⟦o:TKT|2291⟧ from acme/fix/rounding
Run npm ci
added ⟦o:QTY|1184⟧ packages in 21s
Run npm test
Tests: ⟦o:QTY|612⟧ passed, ⟦o:QTY|2⟧ skipped, 614 total
Time: 48.31 s
Run docker build -t ghcr.io/acme/ledger-service:⟦o:VER|1.42.0⟧ .
Successfully tagged ghcr.io/acme/ledger-service:1.42.0""",
    )

    r(
        "en_US",
        "stacktrace_nosens",
        """Exception in thread "main" java.lang.NullPointerException: Cannot invoke "com.acme.inventory.Sku.getWarehouse()" because "sku" is null
	at com.acme.inventory.Allocator.allocate(Allocator.java:211)
	at com.acme.inventory.Allocator.lambda$run$0(Allocator.java:88)
	at java.base/java.util.ArrayList.forEach(ArrayList.java:1596)
	at com.acme.inventory.Main.main(Main.java:34)
order=⟦o:ORD|SO-0092281⟧ line=3 sku=⟦o:SKU|WID-4410-BLU⟧ build=⟦o:VER|2024.45.1⟧ host=inv-worker-7""",
    )

    r(
        "en_US",
        "radiology_report",
        """EXAM: CT ABDOMEN/PELVIS W CONTRAST    ACC#: ⟦o:ROW|RAD24-0884127⟧
PATIENT: ⟦P|LEBLANC, RENEE C⟧   MRN: ⟦MRN|M002918774⟧   DOB: ⟦DOB|10/22/1959⟧
ORDERING: ⟦P|HOLT, GEOFFREY⟧ MD
CLINICAL HX: RLQ pain, r/o appendicitis.
FINDINGS: Appendix measures 6 mm, no periappendiceal stranding. Small simple cyst in the left hepatic lobe, 1.2 cm. No free air.
IMPRESSION: No CT evidence of acute appendicitis.
Electronically signed: ⟦P|Priyanka Desai⟧, MD ⟦o:D|11/14/2024⟧ ⟦o:T|16:08⟧""",
    )

    r(
        "en_US",
        "insurance_card_ocr",
        """[OCR of member card, front]
UnitedHealthcare  Choice Plus
Member: ⟦P|JAMAL K WASHINGTON⟧
Member ID: ⟦HPN|918273645-01⟧
Group Number: 0719482
Payer ID: 87726
Rx BIN: 610279  Rx PCN: 9999  Rx Grp: UHEALTH
Copay: PCP ⟦o:AMT|$25⟧ / Spec ⟦o:AMT|$50⟧ / ER ⟦o:AMT|$250⟧""",
    )

    r(
        "en_US",
        "dental_claim",
        """ADA Dental Claim — Delta Dental of California
Subscriber: ⟦P|Theresa Quinlan⟧   Subscriber ID: ⟦HPN|DDC 1048 2217 93⟧   DOB ⟦DOB|07/07/1980⟧
Patient: ⟦P|Owen Quinlan⟧ (child)   DOB ⟦DOB|01/29/2015⟧
Patient chart #: ⟦MRN|QUIN0032⟧
Procedures: D1120 prophylaxis child ⟦o:AMT|$85.00⟧; D1206 fluoride varnish ⟦o:AMT|$42.00⟧; D0120 periodic eval ⟦o:AMT|$58.00⟧
Treating dentist: ⟦P|Angela Mirza⟧, DDS""",
    )

    r(
        "en_GB",
        "vaccination_record",
        """Travel clinic record
Name: ⟦P|Harriet Lomax⟧   DOB: ⟦DOB|19/09/2000⟧   NHS no: ⟦NID@gb.nhs|485 777 3023⟧
Hospital no: ⟦MRN|RBA4481029⟧
Travelling to: Tanzania, 3 weeks from ⟦o:D|14/01/2025⟧
Given today: Typhim Vi (batch ⟦o:ROW|X3N481⟧), Havrix Monodose (batch ⟦o:ROW|AHAVB832AA⟧)
Malarone prescribed, 1 daily. Yellow fever certificate not required.
Nurse: ⟦P|B. Okoro⟧ RGN""",
    )

    r(
        "en_US",
        "psych_intake",
        """Behavioral Health Intake — CONFIDENTIAL (42 CFR Part 2)
Client: ⟦P|Shawna Delacroix⟧  Client ID: ⟦MRN|BH-22091⟧  DOB: ⟦DOB|08/11/1999⟧
Insurance: Medicaid (Louisiana Healthy Blue), ID ⟦HPN|LA3382019477⟧
Presenting concern: panic attacks 3–4x/week since job loss in July. Denies SI/HI.
Support: lives with partner ⟦P|Andre⟧ at ⟦A|2810 Esplanade Ave, New Orleans, LA 70119⟧.
Plan: CBT weekly x 12; refer to psychiatry for med eval. Clinician: ⟦P|Lauren Fitch⟧, LCSW""",
    )

    r(
        "en_US",
        "formulary_update_nosens",
        """P&T Committee — Formulary changes effective ⟦o:D|January 1, 2025⟧
• ADD: semaglutide (Wegovy) 2.4 mg — PA required, BMI ≥ 30 or ≥ 27 with comorbidity
• MOVE to Tier 3: rosuvastatin 40 mg (generic available at Tier 1 for 5–20 mg)
• REMOVE: ranitidine (market withdrawal)
• Quantity limit: sumatriptan 100 mg, ⟦o:QTY|9 tablets⟧ per 30 days
Questions: pharmacy-benefits@ourplan.org — reference memo ⟦o:TKT|PT-2024-Q4-07⟧""",
    )

    r(
        "de_DE",
        "ueberweisungsschein",
        """Überweisungsschein (Muster 6)
Krankenkasse: Techniker Krankenkasse
Name, Vorname des Versicherten: ⟦P|Hoffmann, Lea⟧
geb. am ⟦DOB|17.02.1998⟧
Versicherten-Nr.: ⟦HPN|T218840375⟧
Kassen-Nr.: 101575519   Status: 1000000
Auftrag: Überweisung an Dermatologie — V.a. atypischer Nävus li. Schulter
Ausstellungsdatum: ⟦o:D|05.11.2024⟧
Arzt: Dr. med. ⟦P|Kai Lindemann⟧, LANR 482917301""",
    )

    r(
        "en_AU",
        "hospital_discharge",
        """Royal Melbourne Hospital — Discharge Summary
Patient: ⟦P|TRAN, Minh Khoa⟧   UR No: ⟦MRN|1148832⟧
DOB: ⟦DOB|25/06/1954⟧   Medicare: ⟦HPN|4218 93075 2⟧  DVA: nil
Address: ⟦A|9 Ballarat Rd, Footscray VIC 3011⟧
Admitted ⟦o:D|02/11/2024⟧ with community-acquired pneumonia; discharged ⟦o:D|07/11/2024⟧ on oral amoxicillin.
Interpreter: Vietnamese required. NOK: ⟦P|Tran Thi Lan⟧ (daughter) ⟦PH|0422 198 305⟧
GP: Dr ⟦P|Helen Vo⟧, Footscray Medical Centre""",
    )

    r(
        "en_US",
        "school_record",
        """OAKRIDGE UNIFIED SCHOOL DISTRICT — Student Emergency Card 2024–25
Student: ⟦P|Bennett, Avery Rose⟧   Grade: 4   Student ID: ⟦o:ROW|2031844⟧
DOB: ⟦DOB|03/02/2015⟧
Home address: ⟦A|1187 Sycamore Ln, Oakridge, OR 97463⟧
Parent/guardian 1: ⟦P|Lindsay Bennett⟧  cell ⟦PH|541-555-0163⟧  ⟦E|lindsay.bennett@gmail.com⟧
Parent/guardian 2: ⟦P|Cole Bennett⟧  work ⟦PH|541-555-0110⟧ ext 214
Allergies: peanuts (EpiPen in nurse's office). Physician: Dr. ⟦P|Ruth Kagawa⟧""",
    )

    r(
        "en_GB",
        "school_safeguarding_email",
        """From: Mrs ⟦P|J. Atherton⟧ (DSL) <⟦E|j.atherton@stmarys-primary.sch.uk⟧>
To: Mr ⟦P|P. Rowe⟧ <⟦E|p.rowe@stmarys-primary.sch.uk⟧>
Subject: Year 3 — attendance concern

Hi ⟦P|Paul⟧,
Can you keep an eye on ⟦P|Leo Marsh⟧ (3R)? Attendance down to ⟦o:PCT|82%⟧ this half term. Mum (⟦P|Kerry Marsh⟧, ⟦PH|07956 331 480⟧) says they've moved in with her partner at ⟦A|58 Alder Road, Bolton BL2 4QP⟧ — I've updated SIMS.
UPN ⟦NID@gb.upn|M350212409117⟧ for the CME form if needed.
Thanks, ⟦P|Jo⟧""",
    )

    r(
        "en_US",
        "hr_termination_memo",
        """CONFIDENTIAL — HR file
To: ⟦P|Gina Alvarado⟧, HRBP
Re: Separation — ⟦P|Travis Connelly⟧ (EE# ⟦o:ROW|77412⟧)
Effective date: ⟦o:D|11/22/2024⟧. Final check incl. PTO payout (⟦o:QTY|61.5 hrs⟧) to be direct-deposited per file.
COBRA packet to be mailed to ⟦A|402 Ridgeview Dr, Knoxville, TN 37919⟧.
Personal email for post-employment contact: ⟦E|tconnelly.tn@protonmail.com⟧
Equipment: laptop asset ⟦o:SKU|LT-00882⟧ returned ⟦o:D|11/20⟧; badge deactivated.""",
    )

    r(
        "en_US",
        "tax_prep_notes",
        """2023 return — ⟦P|Mendoza, Alejandro⟧ & ⟦P|Mendoza, Isabel⟧ (MFJ)
Alejandro ITIN: ⟦TAX@us.itin|912-78-4410⟧   Isabel SSN: ⟦SSN|561-37-4428⟧
Dependents: ⟦P|Sofia⟧ (SSN ⟦SSN|108-63-9954⟧, DOB ⟦DOB|04/12/2012⟧), ⟦P|Diego⟧ (ITIN ⟦TAX@us.itin|947-83-2216⟧, DOB ⟦DOB|09/30/2016⟧)
Sched C — landscaping, EIN ⟦TAX@us.ein|84-2917356⟧ (sole prop), gross receipts ⟦o:AMT|$48,210⟧
Refund to acct ⟦BBAN|4471029385⟧ routing ⟦a:BC|111000025⟧""",
    )

    r(
        "en_IE",
        "revenue_letter",
        """Revenue — Notice of Assessment 2023
⟦P|Ciarán Ó Briain⟧
⟦A|22 Grange Park Avenue, Raheny, Dublin 5, D05 X2K7⟧
PPS Number: ⟦NID@ie.pps|6483921V⟧
Spouse/civil partner: ⟦P|Áine Ó Briain⟧, PPSN ⟦NID@ie.pps|2917430G⟧
Overpayment of ⟦o:AMT|€612.40⟧ will be refunded to ⟦IBAN|IE60 BOFI 9000 1732 9485 61⟧ within 5 working days.""",
    )

    r(
        "en_IN",
        "loan_kyc_whatsapp",
        """[14/11/24, 4:12 PM] ⟦P|Rohan⟧ (HDFC loan agent): Sir pls share KYC docs for the home loan file
[14/11/24, 4:20 PM] ⟦P|Arvind Kulkarni⟧: PAN ⟦TAX@in.pan|AJRPM7263K⟧, Aadhaar ⟦NID@in.aadhaar|5284 6109 3721⟧. Wife's PAN ⟦TAX@in.pan|CXVPN0194D⟧
[14/11/24, 4:21 PM] ⟦P|Arvind Kulkarni⟧: address is ⟦A|B-1104, Lodha Aqua, Mira Road East, Thane 401107⟧
[14/11/24, 4:25 PM] ⟦P|Rohan⟧ (HDFC loan agent): ok sir. salary a/c statement for 6 months also. Loan ref ⟦o:ROW|HL0098213744⟧""",
    )

    r(
        "pt_BR",
        "declaracao_irpf",
        """Declaração IRPF 2024 — rascunho do contador
Titular: ⟦P|Carla Fernanda Souza Lima⟧, CPF ⟦TAX@br.cpf|527.830.196-12⟧
Dependente: ⟦P|Gustavo Souza Lima⟧, CPF ⟦TAX@br.cpf|613.048.725-80⟧, nasc. ⟦DOB|08/08/2010⟧
Endereço: ⟦A|Av. Sete de Setembro, 2150, ap. 1204 – Salvador/BA, 40080-003⟧
Restituição: ⟦o:AMT|R$ 3.184,27⟧ — Conta para crédito: Banco do Brasil ag. ⟦a:BC|3471-2⟧ c/c ⟦BBAN|28.931-7⟧""",
    )

    r(
        "fr_FR",
        "declaration_revenus_mail",
        """Bonjour Mme ⟦P|Rousseau⟧,

Pour finaliser votre déclaration de revenus 2023 en ligne, j'ai besoin de votre numéro fiscal (il figure en haut de votre dernier avis d'imposition). Vous m'avez envoyé ⟦TAX@fr.nif|30 23 847 561 462⟧ mais le site indique que le mot de passe ne correspond pas.
Pour votre conjoint, M. ⟦P|Hugo Rousseau⟧, le numéro fiscal est ⟦TAX@fr.nif|14 92 830 571 281⟧.
Je vous rappelle au ⟦PH|01 45 67 22 98⟧ demain matin.

⟦P|Sylvie Marchand⟧, conseillère — Cabinet Marchand & Associés""",
    )

    r(
        "en_US",
        "release_notes_nosens",
        """## ⟦o:VER|v3.8.0⟧ — ⟦o:D|2024-11-20⟧
### Fixed
- Claims export no longer times out for batches > 10k rows (⟦o:TKT|CLM-1182⟧)
- Corrected rounding of copay amounts to 2 dp (⟦o:TKT|CLM-1190⟧)
### Changed
- Bumped `psycopg` to ⟦o:VER|3.2.3⟧
- Default page size 50 → 100
Full diff: ⟦o:SHA|7d1e4a0⟧...⟦o:SHA|c92b3f8⟧""",
    )

    r(
        "en_GB",
        "ops_email_nosens",
        """Subject: Warehouse cut-off change from Monday

All,

From ⟦o:D|Monday 25 November⟧ the last collection from the Daventry DC moves from 17:30 to ⟦o:T|16:45⟧. Orders released after 16:15 will ship next day. This affects roughly ⟦o:PCT|6%⟧ of daily volume (~⟦o:QTY|1,900⟧ parcels).

Carrier account ⟦o:ROW|DPD-448120⟧ has been updated; no action needed on the WMS side. Any issues, raise a ticket under ⟦o:TKT|OPS-771⟧.

Thanks,
Logistics Planning""",
    )

    r(
        "en_US",
        "invoice_nosens",
        """INVOICE ⟦o:INV|INV-2024-10877⟧
Bill to: Meridian Dental Group LLC, Accounts Payable
PO: ⟦o:ORD|MDG-55102⟧   Terms: Net 30   Due: ⟦o:D|12/20/2024⟧
Qty  Item                                 Unit      Total
⟦o:QTY|4⟧    ⟦o:SKU|NTR-IC-200⟧ Intraoral camera          ⟦o:AMT|$1,240.00⟧  ⟦o:AMT|$4,960.00⟧
⟦o:QTY|12⟧   ⟦o:SKU|STR-POUCH-3.5⟧ Sterilization pouches  ⟦o:AMT|$18.75⟧     ⟦o:AMT|$225.00⟧
Subtotal $5,185.00   Tax (⟦o:PCT|7.25%⟧) $375.91   TOTAL ⟦o:AMT|$5,560.91⟧""",
    )

    r(
        "en_US",
        "k8s_events_nosens",
        """LAST SEEN   TYPE      REASON             OBJECT                              MESSAGE
2m          Warning   BackOff            pod/billing-worker-7c9f8d-x2klq     Back-off restarting failed container
2m          Normal    Pulled             pod/billing-worker-7c9f8d-x2klq     Container image "registry.acme.io/billing-worker:⟦o:VER|4.1.7⟧" already present
5m          Warning   FailedScheduling   pod/report-gen-5d4b7-9qzrt          0/12 nodes are available: 12 Insufficient memory.
7m          Normal    ScalingReplicaSet  deployment/billing-worker           Scaled up replica set billing-worker-7c9f8d to ⟦o:QTY|4⟧""",
    )

    r(
        "en_US",
        "lab_qc_nosens",
        """QC LOG — Chemistry analyzer AU5800 #2   ⟦o:D|11/19/2024⟧
Lot ⟦o:ROW|QC1-24118⟧ Level 1 Glucose: 92 mg/dL (target 90 ± 6) PASS
Lot ⟦o:ROW|QC2-24119⟧ Level 2 Glucose: 301 mg/dL (target 296 ± 15) PASS
Potassium L1 3.1 mmol/L — Westgard 1-2s warning, rerun ⟦o:T|06:42⟧ → 3.0 PASS
Calibration due ⟦o:D|11/26/2024⟧. Reagent lot ⟦o:ROW|R-88120⟧ opened today.""",
    )

    r(
        "de_DE",
        "it_ticket_nosens",
        """Ticket ⟦o:TKT|#INC0048821⟧ — VPN-Client verbindet nicht nach Update
Betroffene Version: GlobalProtect ⟦o:VER|6.2.1⟧ auf Windows 11 ⟦o:VER|23H2⟧
Fehlermeldung: ⟦o:ERR|0x80070005⟧ beim Starten des Dienstes PanGPS.
Workaround: Dienst neu registrieren, dann Neustart. Rollout von ⟦o:VER|6.2.2⟧ ist für ⟦o:D|02.12.2024⟧ geplant.
Status: gelöst""",
    )

    r(
        "en_US",
        "grafana_alert_nosens",
        """[FIRING:1] HighLatency api-gateway (prod, us-west-2)
Summary: p95 latency ⟦o:QTY|1.84s⟧ > 1.5s for 10m
Labels: alertname=HighLatency route=/v1/eligibility severity=page
Runbook: https://runbooks.internal/api-gateway/high-latency
Annotations: dashboard=⟦o:UUID|d7b3a9e4-1c02-4f6b-8a5e-2e9f0c71b4d8⟧ panel=12
Started: ⟦o:D|2024-11-19⟧ ⟦o:T|14:02:11⟧ UTC""",
    )

    r(
        "en_US",
        "sql_migration_nosens",
        """-- migration ⟦o:VER|2024_11_19_0900⟧_add_claim_status_idx.sql
BEGIN;
CREATE INDEX CONCURRENTLY IF NOT EXISTS idx_claims_status_created
    ON claims (status, created_at DESC)
    WHERE status IN ('PENDING', 'PENDED_REVIEW');
-- expected rows matching: ~⟦o:QTY|340k⟧ of 52M
COMMIT;""",
    )

    r(
        "en_GB",
        "nhs_rota_nosens",
        """Ward 22 rota notes — w/c ⟦o:D|25/11/2024⟧
• Night shift 3 is short by 1 RN, bank request ⟦o:ROW|BNK-77192⟧ sent
• Mandatory training (BLS) moved to ⟦o:D|Thursday⟧ ⟦o:T|14:00⟧, Seminar Room B
• Sharps bin audit score ⟦o:PCT|96%⟧ — well done everyone
• Stock: IV giving sets re-ordered (⟦o:SKU|NHSSC-FSB1204⟧ x 200)""",
    )

    r(
        "en_US",
        "api_error_nosens",
        """HTTP/1.1 429 Too Many Requests
Content-Type: application/json
Retry-After: 30
X-Request-Id: ⟦o:REQ|req_8Kp2vQ7xNm3L⟧

{"error":{"code":"⟦o:ERR|rate_limit_exceeded⟧","message":"Rate limit of 600 requests per minute exceeded","docs":"https://docs.example-pay.com/errors#rate_limit","api_version":"⟦o:VER|2024-10-01⟧"}}""",
    )

    r(
        "en_GB",
        "visa_sponsor_email",
        """From: ⟦P|Priya Natarajan⟧ <⟦E|p.natarajan@kestrel-eng.co.uk⟧>
To: immigration@fragomen-example.com
Subject: CoS for new hire — ⟦P|Rahul Menon⟧

Hi,

Please assign a Certificate of Sponsorship for ⟦P|Rahul Menon⟧ (Senior Software Engineer, SOC 2136). Details:
- Passport: India, ⟦PP|Z4418207⟧, valid to ⟦o:D|11/03/2033⟧
- DOB: ⟦DOB|23/08/1991⟧, born in ⟦L|Kochi⟧
- Current address: ⟦A|No. 14, 3rd Cross, HSR Layout Sector 2, Bengaluru 560102⟧
- Salary: ⟦o:AMT|£72,000⟧, start ⟦o:D|6 January 2025⟧

His wife ⟦P|Anjali Menon⟧ (passport ⟦PP|W9927104⟧) will apply as a dependant.

Thanks,
⟦P|Priya⟧""",
    )

    r(
        "de_DE",
        "einreise_formular",
        """Antrag auf Erteilung eines Schengen-Visums — Auszug (Sachbearbeitung)
Familienname: ⟦P|OKONKWO⟧  Vorname: ⟦P|CHUKWUEMEKA⟧
Geburtsdatum: ⟦DOB|04.04.1987⟧  Geburtsort: ⟦L|Enugu⟧
Reisepass-Nr.: ⟦PP|A11837462⟧ (NGA), ausgestellt ⟦o:D|12.01.2022⟧
Einladende Person: Dr. ⟦P|Ulrike Sommer⟧, ⟦A|Lindenstraße 4, 04109 Leipzig⟧, Tel. ⟦PH|0341 9927 4410⟧
Vorgangsnummer: ⟦o:TKT|VIS-LOS-2024-118832⟧""",
    )

    r(
        "en_NG",
        "bank_account_opening",
        """ACCOUNT OPENING FORM — INDIVIDUAL (TIER 3)
Surname: ⟦P|EZE⟧   First name: ⟦P|NGOZI⟧   Middle: ⟦P|ADAKU⟧
Date of Birth: ⟦DOB|15/10/1992⟧
BVN: ⟦NID|22418830731⟧
NIN: ⟦NID|71028843916⟧
Means of ID: International Passport ⟦PP|B04827713⟧
Residential address: ⟦A|Plot 17, Gwarinpa 3rd Avenue, Abuja FCT⟧
Phone: ⟦PH|+234 806 441 2290⟧   Email: ⟦E|ngozi.eze92@gmail.com⟧
Next of kin: ⟦P|Chinedu Eze⟧ (brother), ⟦PH|0817 220 4416⟧
Account officer: ⟦P|T. Bakare⟧ — Branch 0412 Wuse II""",
    )

    r(
        "en_US",
        "hipaa_breach_notice",
        """Dear Ms. ⟦P|Harper⟧,

We are writing to let you know about an incident that may have involved some of your information. On ⟦o:D|September 30, 2024⟧, an employee's laptop was stolen from a vehicle. The device contained a spreadsheet with patient names, dates of birth, medical record numbers and health insurance member IDs.

Your information involved: name (⟦P|Courtney L. Harper⟧), date of birth (⟦DOB|05/19/1983⟧), MRN ⟦MRN|01-442-918⟧, member ID ⟦HPN|YLH884120377⟧.

We are offering 24 months of credit monitoring. Enrollment code: ⟦S|KX7Q-P2M9-RT4W⟧ (use by ⟦o:D|01/31/2025⟧).""",
    )

    r(
        "en_US",
        "medicare_appeal",
        """MEDICARE REDETERMINATION REQUEST (CMS-20027)
1. Beneficiary's name: ⟦P|Walter F. Brzezinski⟧
2. Medicare number: ⟦HPN|1EG4-TE5-MK73⟧
3. Item or service you wish to appeal: power wheelchair (K0823), DOS ⟦o:D|07/15/2024⟧
4. Date of initial determination notice: ⟦o:D|08/02/2024⟧
5. ICN: ⟦o:INV|22024215118804⟧
Representative: ⟦P|Janice Brzezinski⟧ (daughter), ⟦A|77 Kosciuszko St, Buffalo, NY 14212⟧, ⟦PH|716-555-0128⟧""",
    )

    r(
        "en_US",
        "claim_status_call",
        """Rep: Thank you for calling Cigna, can I have the member ID?
Caller (provider office): It's ⟦HPN~spelled_out|U seven seven one four two zero nine three one⟧, patient ⟦P|Diane Whitcomb-Ray⟧, date of birth ⟦DOB|March 3rd, 1968⟧.
Rep: Thank you. I see claim ⟦o:INV|24310E7718⟧ for date of service ⟦o:D|October 28th⟧, it denied with CARC ⟦o:ERR|CO-197⟧, precertification absent.
Caller: We have an auth, reference ⟦o:TKT|EA88120394⟧.""",
    )

    r(
        "es_ES",
        "parte_accidente",
        """PARTE AMISTOSO DE ACCIDENTE — transcripción (siniestro ⟦o:TKT|SIN-24-0077182⟧)
Vehículo A: conductor ⟦P|Laura Méndez Ibáñez⟧, DNI ⟦NID@es.dni|23649185X⟧, permiso ⟦DL|23649185X⟧, póliza ⟦o:ROW|MAP-88201447⟧
Domicilio: ⟦A|C/ Colón 18, 3º, 46004 Valencia⟧
Vehículo B: conductor ⟦P|Iñaki Etxeberria Goikoetxea⟧, DNI ⟦NID@es.dni|39817240P⟧, tel. ⟦PH|688 31 20 94⟧
Lugar: cruce Av. Blasco Ibáñez con C/ Amadeo de Saboya, ⟦L|Valencia⟧. Fecha: ⟦o:D|14/11/2024⟧ ⟦o:T|08:20⟧""",
    )

    r(
        "en_US",
        "crm_note_linebreak",
        """Account note (⟦P|Tina⟧, retention desk): customer ⟦P|Gabriel Ostrowski⟧ wants to keep the promo rate. Verified identity with SSN ⟦SSN~line_break|257-36-
8842⟧ and billing zip. Offered ⟦o:AMT|$10⟧/mo credit x 6 — accepted. Follow-up email sent to ⟦E|gabe.ostrowski@aol.com⟧.""",
    )

    r(
        "en_US",
        "sms_export",
        """⟦PH|+1 (312) 555-0100⟧ → ⟦PH|+1 (312) 555-0187⟧ ⟦o:D|2024-11-02⟧ 18:41 "hey its ⟦P|Marisa⟧, new number. my old cell died"
⟦PH|+1 (312) 555-0187⟧ → ⟦PH|+1 (312) 555-0100⟧ ⟦o:D|2024-11-02⟧ 18:44 "can u send me the wifi pw for the cabin again"
⟦PH|+1 (312) 555-0100⟧ → ⟦PH|+1 (312) 555-0187⟧ ⟦o:D|2024-11-02⟧ 18:45 "⟦S|LakeHouse!2019⟧ — network is OstrowskiCabin5G\"""",
    )

    r(
        "en_US",
        "password_reset_ticket",
        """Ticket ⟦o:TKT|IT-44120⟧ — password reset
User: ⟦P|Bernadette Kowal⟧ (bkowal)
Temp password issued by helpdesk: ⟦S|Welcome-Nov-8841!⟧  (must change at next login)
Verified via manager ⟦P|Samuel Ortiz⟧ over Teams. MFA re-registered from ⟦IP|172.58.221.14⟧.""",
    )

    r(
        "en_GB",
        "wifi_and_door_codes",
        """Hi ⟦P|Femi⟧, welcome to the Shoreditch office! A few bits for Monday:
• Guest Wi-Fi: KestrelGuest / ⟦S|Kestrel-Visitor-2024⟧
• Door code (side entrance, after 7pm): ⟦S|4718#⟧
• Your laptop will be at reception; initial password is ⟦S|Kx!39vbQ-first⟧
See you at 9 — ⟦P|Hollie⟧ (Office Manager)""",
    )

    r(
        "en_US",
        "npm_token_issue",
        """### npm publish fails with 403 in CI

Our `.npmrc` looks like this (token redacted? no — I forgot, rotating it after posting this 🤦):

```
//registry.npmjs.org/:_authToken=⟦S|npm_Qx4L8vR2mZ7pT1wK9yB3cN6dF0hJ5gS2aE8u⟧
always-auth=true
```

Node ⟦o:VER|20.11.1⟧, npm ⟦o:VER|10.2.4⟧. Error: `⟦o:ERR|E403⟧ 403 Forbidden - PUT https://registry.npmjs.org/@acme%2fui-kit`""",
    )

    r(
        "en_US",
        "pgpass_file",
        """# ~/.pgpass for the analytics jump host
# hostname:port:database:username:password
warehouse.c7xq2.us-east-1.rds.amazonaws.com:5432:dw:analyst_ro:⟦S|Ro-Analyst-7q2Wx9⟧
10.40.2.18:5432:*:etl_admin:⟦S|P0stgr3s-ETL-adm1n!⟧""",
    )

    r(
        "en_US",
        "webhook_payload_escaped",
        r"""2024-11-20 13:05:44 INFO  hubspot.sync received body="{\"properties\":{\"firstname\":\"⟦P~json_escaped|Oksana⟧\",\"lastname\":\"⟦P~json_escaped|Lysenko⟧\",\"phone\":\"⟦PH~json_escaped|+1 (267) 555-0134⟧\",\"address\":\"⟦A~json_escaped|5521 Greene St, Philadelphia, PA 19144⟧\"},\"portalId\":⟦o:ROW|4418830⟧}" """,
    )

    r(
        "en_AU",
        "tenancy_application",
        """Rental application — ⟦A|3/14 Harbour St, Wollongong NSW 2500⟧
Applicant 1: ⟦P|Jack Pemberton⟧, DOB ⟦DOB|11/11/1995⟧, NSW licence ⟦DL|17 882 041⟧, ph ⟦PH|0421 773 018⟧
Applicant 2: ⟦P|Mia Castellano⟧, DOB ⟦DOB|02/04/1996⟧, Australian passport ⟦PP|PA7718204⟧, ph ⟦PH|0432 009 515⟧
Current address (both): ⟦A|22 Crown St, Wollongong NSW 2500⟧ — landlord ⟦P|Greg Tomasi⟧ ⟦PH|02 4229 8841⟧
Employment: Jack — Illawarra Health (RN), ⟦o:AMT|$1,640⟧/wk; Mia — UOW (PhD stipend) ⟦o:AMT|$680⟧/wk
Bond ⟦o:AMT|$2,560⟧, rent ⟦o:AMT|$640⟧/wk, lease start ⟦o:D|1 December 2024⟧""",
    )

    r(
        "nl_NL",
        "klantenservice_chat",
        """[14:02] Klant: hoi, mijn pas is gestolen en ik wil hem blokkeren
[14:03] Medewerker (⟦P|Joyce⟧): Vervelend! Mag ik uw naam en geboortedatum?
[14:03] Klant: ⟦P|Mohamed el Amrani⟧, ⟦DOB|3 februari 1988⟧
[14:04] Klant: rekening is ⟦IBAN|NL19 RABO 0157 2938 46⟧
[14:05] Medewerker (⟦P|Joyce⟧): Dank u. De pas eindigend op 4417 is nu geblokkeerd. Een nieuwe pas wordt binnen 5 werkdagen verstuurd naar ⟦A|Bilderdijkstraat 71-2, 1053 KN Amsterdam⟧. Referentie ⟦o:TKT|BLK-7718203⟧.""",
    )

    r(
        "pl_PL",
        "zgloszenie_szkody",
        """Zgłoszenie szkody komunikacyjnej nr ⟦o:TKT|SZK/2024/118832⟧
Poszkodowany: ⟦P|Agnieszka Lewandowska⟧, PESEL ⟦NID@pl.pesel|77081912243⟧
Adres: ⟦A|ul. Piotrkowska 201/15, 90-451 Łódź⟧
Tel.: ⟦PH|+48 601 228 417⟧, e-mail: ⟦E|a.lewandowska77@onet.pl⟧
Sprawca: ⟦P|Krzysztof Nowak⟧, nr polisy OC ⟦o:ROW|PZU-0092281774⟧
Konto do wypłaty odszkodowania: ⟦IBAN|PL64 2490 3100 4700 0000 0318 2650⟧
NIP (działalność gospodarcza poszkodowanej): ⟦TAX@pl.nip|527-304-91-89⟧""",
    )

    r(
        "sv_SE",
        "forsakringskassan_anteckning",
        """Handläggaranteckning ⟦o:D|2024-11-12⟧ — ärende ⟦o:TKT|FK 2024-771820⟧
Den försäkrade ⟦P|Nils Åberg⟧ (⟦NID@se.personnummer|19750214-3311⟧) ringde och meddelade ny adress: ⟦A|Storgatan 12 B, 903 26 Umeå⟧.
Nytt telefonnummer: ⟦PH|073-918 20 44⟧. Sjukpenning betalas till konto i Swedbank, clearing ⟦a:BC|8105-9⟧.
Handläggare: ⟦P|Maria Sundström⟧""",
    )

    r(
        "da_DK",
        "sundhedsjournal",
        """Konsultation, Lægehuset Vesterbro — ⟦o:D|18.11.2024⟧
Pt. ⟦P|Henrik Mølgaard⟧, CPR ⟦NID@dk.cpr|051261-3048⟧, sygesikring gruppe 1
Henvendelse: kontrol af BT. Hjemmeblodtryk gns. 148/92.
Plan: øger amlodipin til 10 mg. Ny kontrol om 4 uger.
Recept sendt til Apoteket Enghave Plads. Kontakt via e-Boks / ⟦PH|+45 31 22 84 90⟧.
/ ⟦P|Louise Thygesen⟧, alment praktiserende læge""",
    )

    r(
        "fi_FI",
        "kela_hakemus",
        """Asumistukihakemus — liite
Hakija: ⟦P|Laine, Emilia⟧ (⟦NID@fi.hetu|030902A4474⟧)
Puoliso: ⟦P|Mäkelä, Joonas⟧ (⟦NID@fi.hetu|180491-3354⟧), veronumero ⟦TAX@fi.veronumero|100294618370⟧
Osoite: ⟦A|Opiskelijankatu 4 C 33, 33720 Tampere⟧
Vuokra: ⟦o:AMT|812,00 €/kk⟧, vuokrasopimus alkanut ⟦o:D|1.8.2024⟧
Tili: ⟦IBAN|FI44 5789 7420 1836 45⟧""",
    )

    r(
        "cs_CZ",
        "policejni_oznameni",
        """Úřední záznam o podání vysvětlení — č.j. ⟦o:TKT|KRPB-218830-4/ČJ-2024-060312⟧
Oznamovatelka: ⟦P|Jana Horáková⟧, nar. ⟦DOB|3. 9. 1990⟧, r.č. ⟦NID@cz.rc|905903/1146⟧
Trvalý pobyt: ⟦A|Lidická 1870/44, 602 00 Brno⟧
Tel.: ⟦PH|+420 736 219 448⟧
Uvedla, že dne ⟦o:D|9. 11. 2024⟧ kolem ⟦o:T|22:30⟧ jí byla v tramvaji č. 4 odcizena peněženka s občanským průkazem č. ⟦NID|219448812⟧ a platební kartou.
Sepsal: prap. ⟦P|Ondřej Malý⟧""",
    )

    r(
        "pt_PT",
        "reclamacao_email",
        """De: ⟦P|Rui Tavares⟧ <⟦E|rui.tavares71@sapo.pt⟧>
Para: apoio@energia-lisboa.pt
Assunto: Fatura ⟦o:INV|FT 2024/448120⟧ — valor errado

Boa tarde,
A fatura de outubro veio com ⟦o:AMT|€ 214,37⟧, o triplo do habitual. O contador (CPE ⟦o:ROW|PT0002000088120377ZX⟧) foi lido por estimativa. A morada de fornecimento é ⟦A|Rua da Madalena 88, 3.º Dto, 1100-321 Lisboa⟧ e o meu NIF é ⟦TAX@pt.nif|259371637⟧.
Peço a correção e a devolução por débito na conta ⟦IBAN|PT05 0010 0000 4471 8293 0521 4⟧.
Cumprimentos,
⟦P|Rui Tavares⟧ — ⟦PH|+351 918 220 471⟧""",
    )

    r(
        "en_NG",
        "hr_onboarding",
        """NEW STAFF ONBOARDING CHECKLIST — Lagos office
Name: ⟦P|Ibrahim Musa Danjuma⟧   Staff ID: ⟦o:ROW|LG-00917⟧
DOB: ⟦DOB|27/02/1994⟧   State of origin: Kaduna
NIN: ⟦NID|38104477201⟧   TIN: ⟦TAX|20918374-0001⟧
Salary account: GTBank ⟦BBAN|0127744190⟧
Home address: ⟦A|8 Admiralty Way, Lekki Phase 1, Lagos⟧
Emergency contact: ⟦P|Hauwa Danjuma⟧ ⟦PH|0703 118 2294⟧""",
    )

    r(
        "en_US",
        "collections_notes",
        """Acct ⟦o:ROW|CL-7720194⟧ — skip trace results
Debtor: ⟦P|Reginald Pettiford⟧  SSN ⟦SSN|685-12-0771⟧  DOB ⟦DOB|10/10/1970⟧
Last known: ⟦A|3119 Wyandotte St, Kansas City, MO 64111⟧ (returned mail ⟦o:D|08/2024⟧)
New possible: ⟦A|617 E 9th St Apt 4, Lawrence, KS 66044⟧ — per credit header ⟦o:D|10/2024⟧
Phones: ⟦PH|816-555-0172⟧ (disconnected), ⟦PH|785-555-0139⟧ (confirmed, spoke w/ debtor ⟦o:D|11/14⟧ ⟦o:T|4:10pm⟧)
Balance ⟦o:AMT|$3,482.19⟧. Promise to pay ⟦o:AMT|$150⟧/mo starting ⟦o:D|12/01⟧ via card ⟦CC|4514 1500 9923 8747⟧.""",
    )

    r(
        "en_US",
        "benefits_enrollment_csv",
        """"EmployeeID","Last","First","SSN","Relationship","DOB","MedicalPlan","MemberID"
"⟦o:ROW|30881⟧","⟦P|Abernathy⟧","⟦P|Lucas⟧","⟦SSN|394-28-5517⟧","Employee","⟦DOB|1984-03-27⟧","BCBS PPO 500","⟦HPN|ZGP884120371⟧"
"⟦o:ROW|30881⟧","⟦P|Abernathy⟧","⟦P|Hailey⟧","⟦SSN|022-84-6130⟧","Spouse","⟦DOB|1986-11-02⟧","BCBS PPO 500","⟦HPN|ZGP884120372⟧"
"⟦o:ROW|30881⟧","⟦P|Abernathy⟧","⟦P|Nora⟧","⟦SSN|633-09-4176⟧","Child","⟦DOB|2019-06-15⟧","BCBS PPO 500","⟦HPN|ZGP884120373⟧\"""",
    )

    r(
        "en_US",
        "voicemail_transcript",
        """Voicemail from ⟦PH|(480) 555-0116⟧, ⟦o:D|Nov 18⟧ ⟦o:T|9:52 AM⟧, 0:41
"Hi, this is ⟦P|Gwen Albrecht⟧ calling about my mother, ⟦P|Dorothy Albrecht⟧, she's a patient of Dr. ⟦P|Sahni⟧'s, date of birth ⟦DOB|June 2nd, 1939⟧. Her chart number is ⟦MRN~spelled_out|four four one, zero nine two, seven⟧. She needs a refill on her warfarin before Friday. You can call me back at ⟦PH~spelled_out|four eight zero, five five five, zero one one six⟧. Thanks.\"""",
    )

    r(
        "en_GB",
        "rail_refund_fullwidth",
        """Form submission — Delay Repay claim ⟦o:TKT|DR-2024-4418201⟧
Name: ⟦P|Yuki Harrington⟧
Email: ⟦E|yuki.harrington@btinternet.com⟧
Mobile: ⟦PH~fullwidth|０７７００ ９００ ４１２⟧  (submitted from a Japanese keyboard)
Journey: Reading → London Paddington, ⟦o:D|12/11/2024⟧, ⟦o:T|07:48⟧, delayed 34 min
Refund to: sort code ⟦a:BC|20-32-06⟧ account ⟦BBAN|71048832⟧""",
    )

    r(
        "en_US",
        "ehr_hl7_message",
        """MSH|^~\\&|EPIC|MERCYHOSP|LABSYS|MERCYLAB|⟦o:D|202411190832⟧||ADT^A04|⟦o:REQ|MSG00018822⟧|P|⟦o:VER|2.5.1⟧
PID|1||⟦MRN|E4418209⟧^^^MRN||⟦P|KAMARA^FATMATA^S⟧||⟦DOB|19880314⟧|F|||⟦A|1402 BROADWAY^^FARGO^ND^58102⟧||⟦PH|(701)555-0185⟧|||||⟦SSN|046-71-3382⟧
IN1|1|BCBSND|0042|Blue Cross Blue Shield ND||||||||||||||||||||||||||||||||||||⟦HPN|XZN402918831⟧""",
    )

    r(
        "en_US",
        "vpn_audit",
        """user           src_ip           assigned_ip   login                 bytes_in
⟦E|t.ngata@hpclinics.org⟧    ⟦IP|24.17.203.88⟧     10.8.0.14     ⟦o:D|2024-11-19⟧ 07:02   ⟦o:QTY|1.2G⟧
⟦E|s.verhoeven@hpclinics.org⟧ ⟦IP|2601:646:8f00:1a2::4c⟧ 10.8.0.22 ⟦o:D|2024-11-19⟧ 07:15   ⟦o:QTY|310M⟧
svc-backup     10.0.3.4         10.8.0.2      ⟦o:D|2024-11-19⟧ 01:00   ⟦o:QTY|88G⟧""",
    )

    r(
        "en_US",
        "airflow_conn",
        """$ airflow connections add 'claims_sftp' --conn-uri '⟦UC|sftp://claims_drop:Xw9-Lq2!pR7@sftp.payerexchange.net:22⟧'
$ airflow connections add 'snowflake_prod' --conn-uri '⟦UC|snowflake://AIRFLOW_SVC:Snow_Fl8k3-Prod@acme-xy12345/ANALYTICS/PUBLIC?warehouse=ETL_WH⟧'
Successfully added `conn_id`=claims_sftp : sftp://claims_drop:******@sftp.payerexchange.net:22""",
    )

    r(
        "en_US",
        "customs_declaration",
        """CBP Declaration (Form 6059B) — transcribed at secondary
Family name: ⟦P|Varga⟧   First (given): ⟦P|Zsófia⟧   Middle: ⟦P|Anna⟧
Birth date: ⟦DOB|11/25/1979⟧   Number of family members traveling with you: 2
US street address (hotel name/destination): ⟦A|Hilton Garden Inn, 1300 Ponce de Leon Blvd, Coral Gables FL⟧
Passport issued by (country): Hungary   Passport number: ⟦PP|HU4418270⟧
Country of residence: Hungary   Airline/flight no.: ⟦o:FLT|AA 205⟧""",
    )

    r(
        "en_GB",
        "dpa_request",
        """Subject access request — ref ⟦o:TKT|SAR-0921⟧
Requester: ⟦P|Nadia Bukhari⟧, ⟦A|61 Albert Road, Southsea PO5 2SG⟧
Identity verified against: passport ⟦PP|509918274⟧ and council tax bill.
Customer number: ⟦o:ROW|C-4418830⟧. Date received ⟦o:D|18/11/2024⟧ — statutory deadline ⟦o:D|18/12/2024⟧.
Notes: she specifically wants call recordings from ⟦o:D|Aug–Sep 2024⟧ and any notes mentioning her ex-partner ⟦P|Daniel Frost⟧.""",
    )

    r(
        "en_US",
        "build_log_nosens",
        """[INFO] Scanning for projects...
[INFO] Building claims-core ⟦o:VER|5.3.1⟧
[INFO] --- maven-surefire-plugin:⟦o:VER|3.2.5⟧:test (default-test) @ claims-core ---
[INFO] Tests run: ⟦o:QTY|1,204⟧, Failures: 0, Errors: 0, Skipped: ⟦o:QTY|7⟧
[INFO] BUILD SUCCESS
[INFO] Total time:  02:41 min
[INFO] Finished at: ⟦o:D|2024-11-20⟧T10:14:52Z""",
    )

    r(
        "en_US",
        "postmortem_nosens",
        """Postmortem: ⟦o:TKT|INC-9021⟧ — eligibility API degraded (⟦o:D|2024-11-12⟧)
Impact: ⟦o:PCT|14%⟧ of eligibility checks returned 504 for 37 minutes (⟦o:T|13:05⟧–⟦o:T|13:42⟧ UTC).
Root cause: connection pool exhaustion after deploy ⟦o:VER|v2024.11.12-1⟧ (⟦o:SHA|5c8e1f2⟧) lowered max_pool from 50 to 5 via a typo.
Action items: config validation in CI (⟦o:TKT|PLAT-2310⟧), alert on pool saturation (⟦o:TKT|PLAT-2311⟧).""",
    )

    r(
        "de_DE",
        "mietvertrag_auszug",
        """Mieterselbstauskunft
Name, Vorname: ⟦P|Yıldız, Deniz⟧
Geburtsdatum: ⟦DOB|22.07.1993⟧
Derzeitige Anschrift: ⟦A|Sonnenallee 144, 12059 Berlin⟧
Arbeitgeber: Zalando SE, seit ⟦o:D|03/2021⟧, Nettoeinkommen ⟦o:AMT|3.180 €⟧
Handy: ⟦PH|0176 4418 2093⟧   E-Mail: ⟦E|deniz.yildiz93@gmx.de⟧
Mitbewohner: ⟦P|Jonas Petersen⟧
Neue Wohnung: ⟦A|Weserstraße 21, 12047 Berlin⟧, 2. OG links, Einzug ⟦o:D|01.01.2025⟧
PLZ-Bereich für Parkausweis: ⟦a:PC|12047⟧""",
    )


load(r)


def main():
    rows = []
    for i, (loc, sty, src) in enumerate(R):
        text, spans = parse(src)
        rec = {
            "id": f"h5b-{i:05d}",
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
    with open("heldout5b.jsonl", "w", encoding="utf-8") as f:
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
