#!/usr/bin/env python3
"""Build heldout11a.jsonl from hand-written records with inline markup.
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
        "de_DE",
        "email",
        "Sehr geehrte Damen und Herren,\n\nich habe am ⟦o:D|14.10.2025⟧ bei Ihnen bestellt (Bestellnummer ⟦o:ORD|DE-7730418⟧), die Lieferung ist aber bis heute nicht angekommen. "
        "Bitte schicken Sie die Ware an meine neue Adresse: ⟦A|Körnerstraße 17a, 04107 Leipzig⟧.\n\nMit freundlichen Grüßen\n⟦P|Annegret Wöllner-Haas⟧\nTel. ⟦PH|0341 / 9 87 65 43⟧",
    )
    r(
        "de_DE",
        "web_form",
        "Anliegen: Änderung Bankverbindung\nName: ⟦P|Tobias Kärcher⟧\ngeb. am ⟦DOB|3. März 1987⟧\nKundennummer: ⟦o:ORD|K-20471193⟧\nNeue IBAN: ⟦IBAN|DE89 3704 0044 0532 0130 00⟧\n"
        "Bitte ab dem ⟦o:D|01.12.2025⟧ die Abbuchung über das neue Konto. Der Betrag von ⟦o:AMT|49,90 €⟧ für November ist schon bezahlt.",
    )
    r(
        "de_DE",
        "chat",
        "hallo, ich komm nicht mehr in mein konto rein 😩 hab das passwort geändert auf ⟦S|Sommer2024!Hase⟧ und jetzt gehts nicht. meine email ist ⟦E|jens.obermaier84@gmx.de⟧",
    )
    r(
        "de_DE",
        "letter",
        "⟦P|Ewa Nowakowska-Brandt⟧\n⟦A|c/o Brandt\nLindenallee 4\n50968 Köln⟧\n\nAn das Finanzamt Köln-Süd\n\nBetreff: Steuernummer ⟦TAX@de.stnr|21/815/08150⟧, Einkommensteuer ⟦o:D|2024⟧\n\n"
        "Sehr geehrte Damen und Herren, anbei die fehlenden Belege. Meine steuerliche Identifikationsnummer lautet ⟦TAX@de.idnr|57 246 610 384⟧. "
        "Die Nachzahlung in Höhe von ⟦o:AMT|1.284,37 EUR⟧ habe ich am ⟦o:D|22.09.2025⟧ überwiesen.",
    )
    r(
        "de_DE",
        "email",
        "Hallo Frau ⟦P|Demir⟧,\n\ndanke für den Rückruf. Wie besprochen meine Daten für den Mietvertrag: ⟦P|Kofi Mensah-Bauer⟧, geboren ⟦DOB|17.11.1990⟧ in ⟦L|Kumasi⟧, "
        "Personalausweis-Nr. ⟦NID|L01X00T47⟧, derzeit wohnhaft ⟦A|Wrangelstr. 88, 10997 Berlin⟧. Handy: ⟦PH|+49 176 23456789⟧.\n\nViele Grüße\nKofi",
    )
    r(
        "de_DE",
        "support_ticket",
        "Ticket ⟦o:TKT|#SR-448120⟧ – Router ⟦o:PROD|FRITZ!Box 7590 AX⟧ startet ständig neu, Firmware ⟦o:VER|7.57⟧, Fehlercode ⟦o:ERR|0x8004⟧. "
        "Seriennummer steht auf der Rückseite. Rückmeldung bitte bis ⟦o:D|Freitag, 17.10.⟧ um ⟦o:T|16:30 Uhr⟧.",
    )
    r(
        "de_DE",
        "web_form",
        "Schadensmeldung Kfz\nVersicherungsnehmer: Herr Dr. ⟦P|Matthias von Hohenstein⟧\nAmtl. Kennzeichen: M-KH 4721\nFührerscheinnummer: ⟦DL|B072RRE2I55⟧\n"
        "Schadendatum: ⟦o:D|08.09.2025⟧, Schadenhöhe ca. ⟦o:AMT|3.450 €⟧\nRückruf unter ⟦PH|089 21 09 44-17⟧ (Büro, Durchwahl 17)",
    )
    r(
        "de_DE",
        "chat",
        "Servus! Ich bin die ⟦P|Resi⟧ aus ⟦L|Rosenheim⟧ 😊 kurze frage zu meiner Bestellung ⟦o:ORD|302-8841207-4419033⟧ – die Größe EU 39 / Art.-Nr. ⟦o:SKU|88231-04⟧ war zu klein, kann ich tauschen?",
    )
    r(
        "de_DE",
        "email",
        "Sehr geehrte Frau Dr. ⟦P|Oyelaran⟧,\n\nich bin Patientin in Ihrer Praxis (Patienten-Nr. ⟦MRN|PAT-0048817⟧) und wollte fragen, ob das Rezept schon fertig ist. "
        "Versichert bin ich bei der TK, Versichertennummer ⟦HPN|K837261459⟧.\n\nLiebe Grüße\n⟦P|Heike Schmidt-Oyelade⟧\ngeb. ⟦DOB|09.02.1964⟧",
    )
    r(
        "de_AT",
        "email",
        "Grüß Gott,\n\nich ersuche um Zusendung der Lohnzettel ⟦o:D|2024⟧. Meine Sozialversicherungsnummer: ⟦NID@at.vnr|1231 150385⟧. Adresse: ⟦A|Mariahilfer Straße 101/3/14, 1060 Wien⟧.\n\n"
        "Hochachtungsvoll\nMag. ⟦P|Dragana Petrović⟧\n⟦PH|+43 664 123 45 67⟧",
    )
    r(
        "de_AT",
        "web_form",
        "Kontaktformular – Mieterbeirat\nName: ⟦P|Florian Ebner⟧\nAdresse: ⟦A|Hauptplatz 3, Stiege 2, Top 9, 8010 Graz⟧\nE-Mail: ⟦E|flo.ebner@aon.at⟧\nNachricht: Die Heizung im 3. Stock fällt seit ⟦o:D|Montag⟧ aus, Temperatur nur ⟦o:QTY|16 °C⟧.",
    )
    r(
        "de_CH",
        "email",
        "Grüezi mitenand\n\nIch möchte meine AHV-Nummer für die Pensionskasse melden: ⟦NID@ch.ssn|756.9217.0769.85⟧. Lohn wird auf ⟦IBAN|CH93 0076 2011 6238 5295 7⟧ überwiesen.\n\n"
        "Freundliche Grüsse\n⟦P|Reto Brunner-Caflisch⟧\n⟦A|Seefeldstrasse 212\n8008 Zürich⟧",
    )
    r(
        "de_CH",
        "chat",
        "hoi zäme, mini bestellig ⟦o:ORD|CH-55012⟧ isch doppelt abbuecht worde, ⟦o:AMT|CHF 129.90⟧ zwöimal. chönd er das korrigiere? ⟦P|Nadia Keller⟧",
    )
    r(
        "de_DE",
        "letter",
        "Widerspruch gegen Bescheid vom ⟦o:D|12. August 2025⟧, Aktenzeichen AZ ⟦o:TKT|4 K 812/25⟧\n\nIch, ⟦P|Hüseyin Çelik⟧, geb. am ⟦DOB|1. Juni 1972⟧, Steuer-ID ⟦TAX@de.idnr|86301745828⟧, "
        "wohnhaft ⟦A|Am Kanal 9, 45127 Essen⟧, lege hiermit Widerspruch ein. Meine Frau ⟦P|Elif Çelik⟧ ist mitbetroffen.",
    )
    r(
        "de_DE",
        "support_ticket",
        "Hi Team, our shop runs on ⟦o:PROD|Shopware⟧ ⟦o:VER|6.5.8.3⟧. Der Export zum Steuerberater bricht ab mit ⟦o:ERR|HTTP 502⟧ bei Request ⟦o:REQ|req_7f3a91c0d2⟧. "
        "Zugang zum Backend: ⟦UC|https://admin:Kx7!mPq2rL@shop.feinkost-yilmaz.de/admin⟧ – bitte nach dem Fix Passwort ändern. Danke, ⟦P|Serkan Yılmaz⟧",
    )
    r(
        "de_DE",
        "sms",
        "Hallo, hier ⟦P|Jacek⟧ vom Umzugsteam. Wir kommen morgen um ⟦o:T|7:30⟧ zur ⟦A|Gartenstraße 5, 3. OG links, 72764 Reutlingen⟧. Zahlung bar ⟦o:AMT|620 €⟧ ok?",
    )
    r(
        "de_DE",
        "email",
        "Liebe Frau ⟦P|Eze⟧, liebe ⟦P|Ngozi⟧ (ich darf doch du sagen?),\nanbei die Zugangsdaten fürs WLAN in der Ferienwohnung: Netz ⟦o:PROD|Fewo-Seeblick⟧, Passwort ⟦S|Moewe-2719-Steg⟧.\n"
        "Schlüsselbox-Code: ⟦S|4812⟧. Check-in ab ⟦o:T|15 Uhr⟧ am ⟦o:D|Samstag 23.05.⟧\nGruß ⟦P|Gunda Petersen⟧",
    )
    r(
        "de_DE",
        "web_form",
        "Rückruf erbeten\nName: ⟦P|Wolfgang Löw⟧\nTelefon: ⟦PH~spelled|null sieben elf, vier fünf sechs, sieben acht neun null⟧\nWann: vormittags\nBetreff: Zählerstand ⟦o:QTY|12 483 kWh⟧, Zählernummer ⟦o:SKU|1ESY1160 4471 02⟧",
    )
    r(
        "de_DE",
        "forum_post",
        "Kurzer Erfahrungsbericht: ⟦o:PROD|Miele WWD 320⟧ nach ⟦o:QTY|4 Jahren⟧ Laugenpumpe defekt, Reparatur ⟦o:AMT|189,00 €⟧ inkl. MwSt. Ersatzteil ⟦o:SKU|10500601⟧. Techniker war pünktlich.",
    )
    r(
        "de_DE",
        "email",
        "Guten Tag, hier meine Daten für die Kita-Anmeldung: Kind ⟦P|Lina Marie Schulte⟧, geb. ⟦DOB|28.06.2021⟧; Mutter ⟦P|Katharina Schulte⟧, ⟦E|k.schulte@web.de⟧, ⟦PH|0521 88 34 120⟧; "
        "Vater ⟦P|Ömer Aksoy⟧, ⟦PH|+49 (0)151 4433 2211⟧. Adresse: ⟦A|Detmolder Str. 230, 33604 Bielefeld⟧.",
    )
    r(
        "de_DE",
        "chat",
        "ja hi, meine Karte wurde geklaut!! bitte sperren. Kartennummer ist ⟦CC|4532 0151 1283 0366⟧, läuft ab ⟦o:D|09/27⟧. Ich bin ⟦P|Marlene Hoffmann⟧, Geburtsdatum ⟦DOB|12.4.88⟧",
    )
    r(
        "fr_FR",
        "email",
        "Bonjour,\n\nJe me permets de vous relancer concernant ma commande n° ⟦o:ORD|FR-2025-118842⟧ du ⟦o:D|3 octobre⟧. Le colis (suivi ⟦o:TRK|6A19283746510⟧) est bloqué depuis une semaine.\n"
        "Merci de le livrer à l'adresse suivante : ⟦A|12 bis rue des Lilas, Bât. C, 69003 Lyon⟧.\n\nCordialement,\n⟦P|Anne-Sophie de La Tour d'Auvergne⟧\n⟦PH|06 12 34 56 78⟧",
    )
    r(
        "fr_FR",
        "web_form",
        "Objet : demande de carte Vitale\nNom : ⟦P|Mamadou Diallo⟧\nNé le ⟦DOB|12/04/1979⟧ à ⟦L|Conakry⟧\nN° de sécurité sociale : ⟦NID@fr.nir|1 87 04 75 112 084 79⟧\nCourriel : ⟦E|mamadou.diallo79@orange.fr⟧\n"
        "Adresse : ⟦A|45, avenue Jean-Jaurès, 93300 Aubervilliers⟧",
    )
    r(
        "fr_FR",
        "chat",
        "coucou, c'est ⟦P|Léa⟧ 🙂 mon mot de passe c'est ⟦S|chaton_rose_1992⟧ mais l'appli me dit erreur ⟦o:ERR|E-401⟧, vous pouvez regarder ?",
    )
    r(
        "fr_FR",
        "letter",
        "Mme ⟦P|Françoise Lemaître⟧\n⟦A|Résidence Les Tilleuls, appt 14\n3 allée des Peupliers\n44300 Nantes⟧\n\nObjet : résiliation du contrat n° ⟦o:ORD|C-009812733⟧\n\nMadame, Monsieur,\n"
        "Par la présente je résilie mon abonnement à compter du ⟦o:D|1er janvier 2026⟧. Merci de rembourser le trop-perçu de ⟦o:AMT|37,50 €⟧ sur mon compte ⟦IBAN|FR14 2004 1010 0505 0001 3M02 606⟧.",
    )
    r(
        "fr_FR",
        "email",
        "Bonjour Docteur ⟦P|Benali⟧,\nSuite à mon hospitalisation (dossier patient IPP ⟦MRN|2025-0047731⟧), pouvez-vous transmettre le compte-rendu à ma mutuelle ? Mon numéro d'adhérent est MGEN ⟦HPN|0834 7719 22⟧.\n"
        "Bien à vous,\n⟦P|Yasmine Haddad⟧\nnée le ⟦DOB|2 février 1985⟧",
    )
    r(
        "fr_FR",
        "support_ticket",
        "Ticket ⟦o:TKT|INC-0092281⟧ : la box ⟦o:PROD|Livebox 6⟧ redémarre toutes les ⟦o:QTY|20 minutes⟧. Version logicielle ⟦o:VER|g6-f-SIP-1.2.15⟧. Mon IP publique actuelle : ⟦IP|90.34.118.207⟧. "
        "Client : ⟦P|Gérard Nguyen Van Long⟧, ligne ⟦PH|02 40 71 88 09⟧.",
    )
    r(
        "fr_FR",
        "web_form",
        "Déclaration de sinistre\nAssuré : ⟦P|Thierry Ben Saïd⟧\nPermis de conduire n° ⟦DL|120375201234⟧\nImmatriculation : GH-482-KT\nDate du sinistre : ⟦o:D|18/09/2025⟧ à ⟦o:T|8h45⟧\nMontant estimé : ⟦o:AMT|2 340,00 €⟧",
    )
    r(
        "fr_FR",
        "email",
        "Bonjour, pour le dossier de location voici les infos de mon garant : ⟦P|Jean-Baptiste Kouassi⟧, né le ⟦DOB|07.08.1961⟧, numéro fiscal ⟦TAX@fr.nif|30 23 456 789 094⟧, "
        "tél. ⟦PH|+33 (0)6 98 76 54 32⟧, mail ⟦E~at_dot|jb.kouassi arobase free point fr⟧. Merci !",
    )
    r(
        "fr_FR",
        "chat",
        "Salut ! j'ai reçu un SMS bizarre me demandant mon code ⟦o:PROD|Pass Navigo⟧… c'est vous ? mon num c'est ⟦PH|07 81 22 40 19⟧, je m'appelle ⟦P|Inès Moreau⟧",
    )
    r(
        "fr_FR",
        "letter",
        "Madame la Directrice,\nJe soussigné ⟦P|Hervé Le Goff⟧, demeurant ⟦A|7 impasse du Menhir, 29200 Brest⟧, sollicite l'inscription de ma fille ⟦P|Maëlys Le Goff⟧, née le ⟦DOB|15 septembre 2019⟧, "
        "en grande section pour la rentrée ⟦o:D|2025⟧.",
    )
    r(
        "fr_BE",
        "email",
        "Bonjour,\nVoici mon numéro de registre national pour la mutualité : ⟦NID@be.nn|85.07.30-127.31⟧. Mon compte : ⟦IBAN|BE80 0689 0000 0177⟧.\nAdresse : ⟦A|Rue Haute 142 bus 3, 1000 Bruxelles⟧\n"
        "Merci d'avance,\n⟦P|Karim El Amrani⟧\n⟦PH|+32 476 12 34 56⟧",
    )
    r(
        "nl_BE",
        "web_form",
        "Klacht – facturatie\nNaam: ⟦P|Sofie Van den Broeck⟧\nRijksregisternummer: ⟦NID@be.nn|92021134609⟧\nAdres: ⟦A|Kortrijksesteenweg 1024 bus 12, 9051 Gent⟧\nFactuur ⟦o:INV|F-2025/008815⟧ van ⟦o:AMT|€ 212,46⟧ klopt niet, verbruik ⟦o:QTY|3.112 kWh⟧ is veel te hoog.",
    )
    r(
        "fr_CH",
        "email",
        "Bonjour, j'habite désormais ⟦A|Chemin des Vignes 8, 1009 Pully⟧. Numéro AVS ⟦NID@ch.ssn|756.1234.5678.97⟧. Cordialement, ⟦P|Aurélie Rochat⟧ – ⟦PH|021 728 44 10⟧",
    )
    r(
        "fr_FR",
        "forum_post",
        "Retour d'expérience : remboursement de ⟦o:AMT|89,99 €⟧ reçu ⟦o:QTY|12 jours⟧ après le retour du ⟦o:PROD|casque Bose QC45⟧ (réf. ⟦o:SKU|866724-0100⟧). Le SAV a répondu sous ⟦o:QTY|48 h⟧. Ticket ⟦o:TKT|#FR-77310⟧.",
    )
    r(
        "fr_FR",
        "support_ticket",
        "Notre site WordPress ne répond plus. FTP : ⟦UC|ftp://boulangerie_dupuis:Croissant%2325@ftp.cluster021.hosting.ovh.net⟧ — le mot de passe admin WP est ⟦S|Baguette!Tradi88⟧. "
        "Merci de regarder vite, ⟦P|Sylvie Dupuis⟧, ⟦E|contact@boulangerie-dupuis.fr⟧",
    )
    r(
        "fr_FR",
        "sms",
        "Bonjour M. ⟦P|Traoré⟧, votre RDV au cabinet est confirmé le ⟦o:D|mardi 14/10⟧ à ⟦o:T|10h15⟧. Référence ⟦o:REQ|RDV-88213⟧. Pour annuler : répondre STOP.",
    )
    r(
        "es_ES",
        "email",
        "Buenos días:\n\nLes escribo porque el pedido nº ⟦o:ORD|ES-4410982⟧ llegó roto. Adjunto fotos. Mis datos: ⟦P|María del Carmen Ruiz-Jiménez⟧, DNI ⟦NID@es.dni|48372915M⟧, "
        "⟦A|C/ de Alcalá, 214, 3º 2ª, 28028 Madrid⟧. Teléfono ⟦PH|612 34 56 78⟧.\n\nUn saludo,\nMari Carmen",
    )
    r(
        "es_ES",
        "web_form",
        "Solicitud de cita previa – Extranjería\nNombre: ⟦P|Oleksandr Kovalenko⟧\nNIE: ⟦NID@es.nie|X-3928471-W⟧\nPasaporte: ⟦PP|FT482913⟧\nFecha de nacimiento: ⟦DOB|5 de mayo de 1990⟧\n"
        "Domicilio: ⟦A|Avda. del Puerto 33, esc. B, 5º izq., 46023 Valencia⟧\nCorreo: ⟦E|o.kovalenko90@gmail.com⟧",
    )
    r(
        "es_ES",
        "chat",
        "hola!! soy ⟦P|Nerea⟧, me han cobrado ⟦o:AMT|59,95 €⟧ dos veces en la tarjeta acabada en 4417 😡 el pedido era el ⟦o:ORD|#100293⟧",
    )
    r(
        "es_ES",
        "letter",
        "A la atención del Servicio de Atención al Paciente\nHospital Universitario La Paz\n\nYo, ⟦P|José Antonio Fernández de Córdoba⟧, con NHC ⟦MRN|00381927⟧ y tarjeta sanitaria CIP ⟦HPN|BBBB 8361 9204 7712⟧, "
        "solicito copia de mi historia clínica del ingreso del ⟦o:D|2 al 9 de junio de 2025⟧. Nacido el ⟦DOB|14/02/1958⟧.\nDomicilio: ⟦A|Paseo de la Castellana 161, 7º B, 28046 Madrid⟧",
    )
    r(
        "es_ES",
        "support_ticket",
        "Incidencia ⟦o:TKT|INC-2025-003311⟧: no puedo acceder al router. La contraseña del wifi que pone en la pegatina (⟦S|X9kq-22Lm-P0ze⟧) no funciona. Modelo ⟦o:PROD|HGU Askey RTF8115VW⟧, firmware ⟦o:VER|BR_SV_g000_R3505VWN1001_s42⟧.",
    )
    r(
        "es_ES",
        "email",
        "Hola ⟦P|Jordi⟧, te paso los datos de la empresa para la factura: Construccions Puig i Fills SL, CIF ⟦TAX@es.nif|B62817390⟧, ⟦A|Carrer de Mallorca 401, 2n 1a, 08013 Barcelona⟧. "
        "Cuenta: ⟦IBAN|ES91 2100 0418 4502 0005 1332⟧. Importe: ⟦o:AMT|1.815,00 €⟧ + IVA ⟦o:PCT|21 %⟧.\nSalut,\n⟦P|Montserrat Puig i Vidal⟧",
    )
    r(
        "es_ES",
        "web_form",
        "Reclamación – seguro del coche\nTomador: ⟦P|Alejandro Gómez Sánchez⟧\nDNI: ⟦NID@es.dni|05216894-B⟧\nPermiso de conducir: ⟦DL|05216894B⟧\nFecha siniestro: ⟦o:D|11/09/2025⟧\nTeléfono: ⟦PH|+34 699 11 22 33⟧",
    )
    r(
        "es_ES",
        "chat",
        "buenas, mi madre ⟦P|Rosario Mbeki Nsue⟧ no sabe entrar, os paso su usuario ⟦E|rosario.nsue@hotmail.es⟧ y la clave ⟦S|Malabo1961⟧ para que lo miréis, gracias",
    )
    r(
        "es_MX",
        "email",
        "Buenas tardes,\n\nSolicito la corrección de mi CURP en el registro del IMSS. Mi CURP correcta es ⟦NID@mx.curp|GOML890516MDFNRS01⟧ y mi RFC ⟦TAX@mx.rfc|GOML890516H50⟧. "
        "Nací el ⟦DOB|16 de mayo de 1989⟧ en la ⟦L|Ciudad de México⟧.\n\nAtentamente,\n⟦P|Luisa González Moreno⟧\nCel. ⟦PH|55 1234 5678⟧\n⟦A|Calle Durango 263, Int. 4, Col. Roma Norte, Cuauhtémoc, 06700 CDMX⟧",
    )
    r(
        "es_MX",
        "chat",
        "qué onda, soy ⟦P|Juan Hernández Ramírez⟧, mi curp ⟦NID@mx.curp|HERJ950821HJCRMN07⟧, necesito reponer mi tarjeta, mi whats es ⟦PH|+52 1 33 3812 4455⟧ porfa",
    )
    r(
        "es_MX",
        "web_form",
        "Queja PROFECO\nProveedor: ⟦o:PROD|Mueblería La Económica⟧\nFolio de compra: ⟦o:ORD|ME-0088217⟧\nMonto: ⟦o:AMT|$12,499.00 MXN⟧\nFecha de entrega prometida: ⟦o:D|30/08/2025⟧\nDescripción: el comedor nunca llegó y no contestan el reporte ⟦o:TKT|55120⟧.",
    )
    r(
        "es_AR",
        "email",
        "Hola, ¿cómo andan? Les mando mi CUIT para la factura: ⟦TAX@ar.cuit|27-31829405-9⟧. Mi DNI es ⟦NID@ar.dni|31.829.400⟧. Vivo en ⟦A|Av. Corrientes 3247, piso 8 depto. C, C1193AAE CABA⟧. "
        "Transferencia al CBU ⟦BBAN|0720 0088 2000 0001 2345 67⟧. Abrazo, ⟦P|Florencia Sabatini⟧",
    )
    r(
        "es_AR",
        "chat",
        "che, soy ⟦P|Nahuel Quispe⟧, me llegó la boleta ⟦o:INV|0003-00081244⟧ por ⟦o:AMT|$ 84.320,50⟧, un delirio. mi celu ⟦PH|11 15 4433-2211⟧",
    )
    r(
        "es_CO",
        "web_form",
        "PQRS – EPS\nNombre: ⟦P|Luz Marina Valencia Ospina⟧\nCédula: ⟦NID|52.841.977⟧\nFecha de nacimiento: ⟦DOB|1977-03-22⟧\nCarné EPS: ⟦HPN|SAN-0041-2281934⟧\nCelular: ⟦PH|310 555 8822⟧\nDirección: ⟦A|Cra. 15 # 93-47, apto 502, Bogotá⟧",
    )
    r(
        "es_CL",
        "email",
        "Estimados: mi RUT es ⟦NID@cl.rut|16.834.227-6⟧ y necesito el certificado de cotizaciones. Domicilio ⟦A|Av. Providencia 1208, depto 1503, Providencia, Santiago⟧. Saludos, ⟦P|Camila Fuentes Araya⟧, fono ⟦PH|+56 9 8765 4321⟧",
    )
    r(
        "es_CL",
        "support_ticket",
        "Caso ⟦o:TKT|CL-8812⟧: la boleta electrónica N° ⟦o:INV|4458102⟧ salió con el RUT de otra persona (⟦NID@cl.rut|9.473.105-4⟧, ⟦P|Sergio Oyarzún⟧). Favor anular y reemitir.",
    )
    r(
        "es_US",
        "email",
        "Buenas, soy ⟦P|Guadalupe Cisneros⟧, vivo en ⟦A|4418 S Kedzie Ave, Apt 2, Chicago, IL 60632⟧. Para el trámite del consulado les doy mi número de seguro social ⟦SSN|212-67-8841⟧ "
        "y mi pasaporte mexicano ⟦PP|G31845209⟧. Fecha de nacimiento ⟦DOB|02/11/1983⟧. Teléfono ⟦PH|(773) 555-0148⟧.",
    )
    r(
        "es_US",
        "chat",
        "hola buenas, mi esposo ⟦P|Efraín Ortiz⟧ necesita cambiar la dirección del W-2, su social es ⟦SSN|489 36 2217⟧, ahora estamos en ⟦A|1207 Calle Ocho, Miami, FL 33135⟧",
    )
    r(
        "es_US",
        "web_form",
        "Formulario de remesas\nRemitente: ⟦P|Wilfredo Antonio Mejía⟧\nSSN: ⟦SSN|531-84-7902⟧\nTarjeta: ⟦CC|5167 9300 1245 8739⟧\nBeneficiaria: ⟦P|Dolores Mejía de Paz⟧, ⟦L|San Miguel, El Salvador⟧\nMonto: ⟦o:AMT|US$ 350.00⟧\nReferencia: MTCN ⟦o:REQ|801-443-2290⟧",
    )
    r(
        "es_ES",
        "forum_post",
        "¿Alguien más con el error ⟦o:ERR|E-2104⟧ en la app de Renfe? Billete localizador ⟦o:ORD|KX7R2P⟧, tren ⟦o:FLT|AVE 03071⟧ del ⟦o:D|20 de octubre⟧, pagué ⟦o:AMT|47,30 €⟧ y no me deja descargar el PDF.",
    )
    r(
        "it_IT",
        "email",
        "Gentili signori,\n\nvi scrivo in merito all'ordine n. ⟦o:ORD|IT-00938172⟧ consegnato il ⟦o:D|15/09/2025⟧: il ⟦o:PROD|Bimby TM6⟧ non si accende. Richiedo la sostituzione.\n"
        "Recapito: ⟦A|Via Giuseppe Garibaldi 27, int. 5, 20121 Milano (MI)⟧\nCodice fiscale: ⟦TAX@it.codicefiscale|BNCMRC79A14F205W⟧\n\nDistinti saluti\n⟦P|Marco Bianchi⟧\n⟦PH|+39 347 123 4567⟧",
    )
    r(
        "it_IT",
        "web_form",
        "Richiesta rimborso – ASL Roma 1\nNome e cognome: ⟦P|Giulia Rossi⟧\nData di nascita: ⟦DOB|12 agosto 1985⟧\nCodice fiscale: ⟦TAX@it.codicefiscale|RSSGLI85M52H501Y⟧\nTessera sanitaria n.: ⟦HPN|80380 00000 4471 2839 1⟧\n"
        "IBAN per l'accredito: ⟦IBAN|IT60 X054 2811 1010 0000 0123 456⟧\nImporto ticket: ⟦o:AMT|36,15 €⟧",
    )
    r(
        "it_IT",
        "chat",
        "ciao sono ⟦P|Andrea⟧ di ⟦L|Torino⟧, il codice del mio abbonamento è ⟦o:ORD|ABB-771204⟧ ma l'app dice errore ⟦o:ERR|0x00F3⟧. la password che uso è ⟦S|juve1897andrea⟧, mi aiutate?",
    )
    r(
        "it_IT",
        "letter",
        "Spett.le Comune di Napoli\nUfficio Anagrafe\n\nLa sottoscritta ⟦P|Laura Esposito⟧, nata a ⟦L|Napoli⟧ il ⟦DOB|15/04/1990⟧, C.F. ⟦TAX@it.codicefiscale|SPSLRA90D55F839W⟧, residente in ⟦A|Vico Lungo Gelso 44, 80134 Napoli⟧, "
        "chiede il rilascio della carta d'identità elettronica, avendo smarrito la precedente n. ⟦NID|CA40128KD⟧.\n\nIn fede\nLaura Esposito",
    )
    r(
        "it_IT",
        "email",
        "Buongiorno dott.ssa ⟦P|Colombo⟧, le invio i dati per la cartella clinica di mio padre ⟦P|Giuseppe Moretti⟧ (cartella n. ⟦MRN|CC-2025/004417⟧), nato il ⟦DOB|22/03/1967⟧, C.F. ⟦TAX@it.codicefiscale|MRTGPP67C22A662D⟧. "
        "Il suo numero è ⟦PH|080 521 4433⟧. Grazie, ⟦P|Chiara Moretti⟧",
    )
    r(
        "it_IT",
        "support_ticket",
        "Segnalazione ⟦o:TKT|#TIM-0040221⟧: linea fibra giù da ⟦o:QTY|3 giorni⟧. Modem ⟦o:PROD|TIM HUB+⟧, versione ⟦o:VER|AGTHP_2.3.3⟧, IP assegnato ⟦IP|79.18.244.6⟧. Cliente ⟦P|Andrea Ferrari⟧, codice cliente ⟦o:ORD|888014471201⟧.",
    )
    r(
        "it_IT",
        "chat",
        "salve, ho perso la patente, numero ⟦DL|MI5123456X⟧, sono ⟦P|Salvatore D'Amico⟧ posso guidare con la denuncia? il mio cell ⟦PH|333.88.21.406⟧",
    )
    r(
        "it_IT",
        "forum_post",
        "Confermo: il rimborso Trenitalia per il ⟦o:FLT|FR 9541⟧ del ⟦o:D|2 ottobre⟧ è arrivato dopo ⟦o:QTY|10 giorni⟧, ⟦o:AMT|€ 24,90⟧ sul conto. Codice PNR ⟦o:ORD|QX4K7L⟧.",
    )
    r(
        "pt_PT",
        "email",
        "Bom dia,\n\nVenho por este meio pedir a alteração da morada de faturação do contrato n.º ⟦o:ORD|1004477218⟧. Nova morada: ⟦A|Rua da Prata, 87, 3.º Esq., 1100-415 Lisboa⟧.\n"
        "NIF: ⟦TAX@pt.nif|219 384 762⟧\n\nCom os melhores cumprimentos,\n⟦P|Inês Sofia Magalhães Pereira⟧\n⟦PH|912 345 678⟧",
    )
    r(
        "pt_PT",
        "web_form",
        "Pedido de reembolso – ADSE\nBeneficiário: ⟦P|Rui Manuel Tavares da Silva⟧\nN.º de beneficiário: ⟦HPN|0447 1283 901⟧\nCartão de Cidadão: ⟦NID@pt.cc|15283740 0ZZ4⟧\nData de nascimento: ⟦DOB|29-01-1971⟧\n"
        "IBAN: ⟦IBAN|PT02 0035 0000 1234 5678 9015 4⟧\nValor da fatura: ⟦o:AMT|85,00 €⟧ (fatura ⟦o:INV|FT 2025/1884⟧)",
    )
    r(
        "pt_PT",
        "chat",
        "olá, sou a ⟦P|Joana⟧, esqueci-me do PIN do cartão, o número de cliente é ⟦o:ORD|77120334⟧. podem ligar-me para o ⟦PH|+351 936 112 204⟧?",
    )
    r(
        "pt_BR",
        "email",
        "Olá, tudo bem?\n\nMeu nome é ⟦P|Ana Beatriz Nascimento dos Santos⟧, CPF ⟦NID@br.cpf|529.982.247-25⟧. Recebi a fatura NF-e ⟦o:INV|000.184.229⟧ no valor de ⟦o:AMT|R$ 1.249,90⟧ mas já tinha pago pelo Pix.\n"
        "Endereço: ⟦A|Rua Augusta, 1508, apto 72, Consolação, São Paulo - SP, 01304-001⟧\nCelular: ⟦PH|(11) 98765-4321⟧\n\nAbraços",
    )
    r(
        "pt_BR",
        "chat",
        "oi!! sou o ⟦P|Thiago⟧, meu cpf é ⟦NID@br.cpf|38471620553⟧, o boleto ⟦o:INV|23793.38128 60000.000003 00000.000400 1 84340000024990⟧ veio errado kkk, pode reemitir?",
    )
    r(
        "pt_BR",
        "web_form",
        "Ouvidoria – Plano de Saúde\nTitular: ⟦P|Maria das Graças Oliveira⟧\nData de nascimento: ⟦DOB|03/07/1956⟧\nCarteirinha: ⟦HPN|0 864 000044781226 3⟧\nCartão SUS: ⟦HPN|898 0010 2346 7851⟧\nProntuário hospital: ⟦MRN|PR-0772135⟧\n"
        "Telefone: ⟦PH|+55 21 2233-4455⟧\nE-mail: ⟦E|gracinha.oliveira56@yahoo.com.br⟧",
    )
    r(
        "pt_BR",
        "support_ticket",
        "Chamado ⟦o:TKT|#BR-20931⟧: a API de pagamentos retorna ⟦o:ERR|422 Unprocessable Entity⟧. Estou usando a chave ⟦S|sk_live_51Hx9aQ2eZvKYlo2C0rT8wPm⟧ no ambiente de produção. Empresa CNPJ ⟦TAX@br.cnpj|11.222.333/0001-81⟧, resp. ⟦P|Felipe Kenji Yamamoto⟧.",
    )
    r(
        "pt_BR",
        "email",
        "Prezados, segue os dados para o contrato de aluguel: locatário ⟦P|Josué Ferreira Lima⟧, CPF ⟦NID@br.cpf|071.936.482-50⟧, RG ⟦NID|12.345.678-9⟧ SSP/SP, CNH ⟦DL|04512378960⟧, "
        "nascido em ⟦DOB|8 de dezembro de 1988⟧. Fiador: ⟦P|Raimundo Nonato Lima⟧, CPF ⟦NID@br.cpf|215.638.497-55⟧.",
    )
    r(
        "pt_BR",
        "chat",
        "bom dia! moro em ⟦L|Recife⟧ e queria saber se entregam no ⟦A|Rua do Futuro 112, Graças, 52050-005⟧. o pedido é ⟦o:ORD|#88123⟧, ⟦o:QTY|2 caixas⟧. Dona ⟦P|Cida⟧ aqui 😘",
    )
    r(
        "pt_US",
        "email",
        "Oi, sou ⟦P|Cláudio Batista⟧ e moro em ⟦A|78 Ferry St, Newark, NJ 07105⟧. Preciso atualizar meu cadastro no banco brasileiro: SSN ⟦SSN|604-22-1837⟧, passaporte ⟦PP|FX418263⟧, e-mail ⟦E|claudio.batista@outlook.com⟧.",
    )
    r(
        "nl_NL",
        "email",
        "Beste klantenservice,\n\nMijn bestelling ⟦o:ORD|NL-3318204⟧ is volgens PostNL (⟦o:TRK|3SDEVC4412873⟧) bezorgd, maar ik heb niks ontvangen. Ik woon op ⟦A|Prinsengracht 263-1, 1016 GV Amsterdam⟧.\n\n"
        "Met vriendelijke groet,\n⟦P|Pieter-Jan van der Meulen⟧\n⟦PH|06-12345678⟧",
    )
    r(
        "nl_NL",
        "web_form",
        "Aanvraag huurtoeslag – wijziging\nNaam: ⟦P|Fatima Bouzid-El Khattabi⟧\nBSN: ⟦NID@nl.bsn|293847162⟧\nGeboortedatum: ⟦DOB|14-08-1982⟧\nIBAN: ⟦IBAN|NL91 ABNA 0417 1643 00⟧\nAdres: ⟦A|Laan van Meerdervoort 1104, 2564 AS Den Haag⟧",
    )
    r(
        "nl_NL",
        "chat",
        "hoi, ik ben ⟦P|Daan⟧ en mijn wachtwoord werkt niet meer 🙈 ik heb het gereset naar ⟦S|Fiets!2025Amstel⟧ maar krijg foutcode ⟦o:ERR|1107⟧. account: ⟦E|daan.de.groot@ziggo.nl⟧",
    )
    r(
        "nl_NL",
        "email",
        "Geachte heer/mevrouw,\nNamens mijn moeder, mevrouw ⟦P|Geertruida (Truus) de Vries-Bakker⟧, patiëntnummer ⟦MRN|7734120⟧ (UMCG), wil ik de afspraak van ⟦o:D|dinsdag 21 oktober⟧ om ⟦o:T|09:40⟧ verzetten. "
        "Haar zorgverzekering is bij Zilveren Kruis, polisnummer ⟦HPN|4418 2290 17⟧. U kunt mij bereiken op ⟦PH|+31 (0)50 318 44 21⟧.\nMet vriendelijke groet, ⟦P|Hans de Vries⟧",
    )
    r(
        "nl_NL",
        "support_ticket",
        "Melding ⟦o:TKT|KPN-0091823⟧: glasvezel storing sinds ⟦o:D|12-10-2025⟧ ⟦o:T|14:05⟧. Modem ⟦o:PROD|Box 14⟧ fw ⟦o:VER|v3.1.4⟧. Publiek IP ⟦IP|84.241.193.72⟧. Contactpersoon ⟦P|Sanne Janssen⟧.",
    )
    r(
        "nl_NL",
        "web_form",
        "Verhuizing doorgeven\nOude adres: ⟦A|Kerkstraat 12 bis, 3511 LK Utrecht⟧\nNieuwe adres: ⟦A|Oudegracht 201A, 3511 NH Utrecht⟧\nIngangsdatum: ⟦o:D|1 november 2025⟧\nNaam: ⟦P|Wouter Hoekstra⟧, BSN ⟦NID@nl.bsn|174620585⟧",
    )
    r(
        "nl_NL",
        "chat",
        "Goedemiddag! Rijbewijsnummer ⟦DL|5123456789⟧, naam ⟦P|Rachid Amrani⟧, ik wil mijn huurauto ophalen op ⟦o:D|vrijdag⟧ maar de reservering ⟦o:ORD|RSV-44102⟧ staat op de verkeerde datum",
    )
    r(
        "pl_PL",
        "email",
        "Dzień dobry,\n\nzwracam się z prośbą o korektę faktury nr ⟦o:INV|FV/2025/10/0412⟧. Moje dane: ⟦P|Katarzyna Wiśniewska-Zając⟧, PESEL ⟦NID@pl.pesel|87031405822⟧, "
        "adres ⟦A|ul. Marszałkowska 84/92 m. 12, 00-514 Warszawa⟧.\nNumer konta: ⟦IBAN|PL61 1090 1014 0000 0712 1981 2874⟧\n\nZ poważaniem\nKatarzyna Wiśniewska-Zając\ntel. ⟦PH|+48 601 234 567⟧",
    )
    r(
        "pl_PL",
        "web_form",
        "Zgłoszenie szkody\nImię i nazwisko: ⟦P|Grzegorz Brzęczyszczykiewicz⟧\nPESEL: ⟦NID@pl.pesel|92112704932⟧\nData urodzenia: ⟦DOB|27.11.1992⟧\nNr prawa jazdy: ⟦DL|00412/17/1465⟧\nNr polisy: PZU ⟦o:ORD|9021447812⟧\nKwota: ⟦o:AMT|4 200,00 zł⟧",
    )
    r(
        "pl_PL",
        "chat",
        "cześć, tu ⟦P|Kuba⟧, chciałbym zmienić hasło bo chyba ktoś je zna, obecne to ⟦S|Kubus_1999!⟧. mój mail ⟦E|jakub.lewandowski99@wp.pl⟧, tel ⟦PH|512-345-678⟧",
    )
    r(
        "pl_PL",
        "letter",
        "⟦P|Zofia Kamińska⟧\n⟦A|ul. Długa 15/3\n31-147 Kraków⟧\n\nDo: Urząd Skarbowy Kraków-Krowodrza\n\nW załączeniu przesyłam korektę zeznania PIT-37 za rok ⟦o:D|2024⟧. NIP mojej firmy: ⟦TAX@pl.nip|526-104-82-73⟧. "
        "Kwota zwrotu: ⟦o:AMT|1 412,00 zł⟧. Rachunek: ⟦BBAN|20 2490 1014 0000 0712 1981 2874⟧.",
    )
    r(
        "pl_PL",
        "email",
        "Szanowni Państwo, syn ⟦P|Mikołaj Nowak⟧ (PESEL ⟦NID@pl.pesel|02240507617⟧, ur. ⟦DOB|5 kwietnia 2002⟧) jest pacjentem oddziału, nr historii choroby ⟦MRN|2025/11873⟧. Proszę o kontakt: ⟦P|Beata Nowak⟧, ⟦PH|22 628 41 00 wew. 214⟧.",
    )
    r(
        "pl_US",
        "email",
        "Dzień dobry, mieszkam w ⟦A|5312 W Belmont Ave, Chicago, IL 60641⟧ i potrzebuję paszportu dla córki. Mój numer SSN ⟦SSN|372-91-0456⟧, mój paszport ⟦PP|EA4172839⟧. ⟦P|Halina Mazur⟧, ⟦PH|(773) 555-0172⟧",
    )
    r(
        "sv_SE",
        "email",
        "Hej,\n\njag har flyttat och vill uppdatera min adress: ⟦A|Götgatan 48, lgh 1102, 118 26 Stockholm⟧. Personnummer ⟦NID@se.personnummer|850709-9383⟧.\n\nMvh\n⟦P|Linnéa Åkesson⟧\n⟦PH|070-123 45 67⟧",
    )
    r(
        "sv_SE",
        "chat",
        "Hej! Jag heter ⟦P|Ahmed Yusuf Warsame⟧ och mitt BankID funkar inte. Ordernummer ⟦o:ORD|SE-77812⟧ hos er. Kan ni ringa ⟦PH|+46 73 612 34 56⟧?",
    )
    r(
        "sv_SE",
        "web_form",
        "Ansökan om återbetalning\nNamn: ⟦P|Bengt-Göran Lindqvist⟧\nPersonnummer: ⟦NID@se.personnummer|19630412-2176⟧\nClearing + konto: ⟦BBAN|8327-9, 914 123 456-7⟧\nBelopp: ⟦o:AMT|1 250 kr⟧\nÄrende: ⟦o:TKT|2025-0044812⟧",
    )
    r(
        "da_DK",
        "email",
        "Hej,\n\nJeg skal bruge en kopi af min lønseddel for ⟦o:D|september⟧. Mit CPR-nr. er ⟦NID@dk.cpr|120379-1180⟧. Løn udbetales til reg. ⟦BBAN|0040 0440116243⟧.\n\nVenlig hilsen\n⟦P|Mette Frederiksen-Holm⟧\n⟦A|Nørrebrogade 52, 2. tv., 2200 København N⟧",
    )
    r(
        "da_DK",
        "chat",
        "hej, jeg hedder ⟦P|Søren⟧ og bor i ⟦L|Aarhus⟧, min pakke ⟦o:TRK|00057151234567890123⟧ er ikke kommet. mit nr ⟦PH|+45 20 12 34 56⟧",
    )
    r(
        "da_DK",
        "web_form",
        "Henvendelse – sundhedskort\nNavn: ⟦P|Amira Hassan⟧\nCPR: ⟦NID@dk.cpr|050890-2740⟧\nFødselsdato: ⟦DOB|5. august 1990⟧\nAdresse: ⟦A|Vestergade 7, st. th., 5000 Odense C⟧\nE-mail: ⟦E|amira.hassan@mail.dk⟧",
    )
    r(
        "nb_NO",
        "email",
        "Hei!\n\nJeg ønsker å bytte fastlege. Fødselsnummer: ⟦NID@no.fodselsnummer|141086 40058⟧. Adresse: ⟦A|Thorvald Meyers gate 61, 0552 Oslo⟧. Telefon ⟦PH|+47 912 34 567⟧.\n\nMed vennlig hilsen\n⟦P|Ingrid Bjørnstad Haugen⟧",
    )
    r(
        "nb_NO",
        "web_form",
        "Refusjon – reiseutgifter\nNavn: ⟦P|Ole-Martin Aas⟧\nKontonummer: ⟦BBAN|8601.11.17947⟧\nBeløp: ⟦o:AMT|kr 2 345,50⟧\nReiste med ⟦o:FLT|DY 612⟧ den ⟦o:D|03.10.2025⟧",
    )
    r(
        "fi_FI",
        "email",
        "Hei,\n\nhaluaisin päivittää osoitetietoni: ⟦A|Mannerheimintie 14 B 22, 00100 Helsinki⟧. Henkilötunnukseni on ⟦NID@fi.hetu|131052-308T⟧.\n\nYstävällisin terveisin\n⟦P|Päivi Mäkinen⟧\n⟦PH|040 123 4567⟧",
    )
    r(
        "fi_FI",
        "chat",
        "moi, oon ⟦P|Jukka-Pekka Virtanen⟧, laskun ⟦o:INV|1002884731⟧ eräpäivä on ⟦o:D|31.10.⟧ mutta maksoin jo ⟦o:AMT|64,90 €⟧. tilinro ⟦IBAN|FI21 1234 5600 0007 85⟧",
    )
    r(
        "fi_FI",
        "web_form",
        "Ajanvaraus – terveysasema\nNimi: ⟦P|Aino Korhonen⟧\nHenkilötunnus: ⟦NID@fi.hetu|070599-4409⟧\nSyntymäaika: ⟦DOB|7.5.1999⟧\nPotilasnumero: ⟦MRN|HUS-0083312⟧\nPuhelin: ⟦PH|+358 50 765 4321⟧",
    )
    r(
        "cs_CZ",
        "email",
        "Dobrý den,\n\nprosím o změnu adresy pro zasílání vyúčtování: ⟦A|Vinohradská 1511/230, 100 00 Praha 10⟧. Rodné číslo: ⟦NID@cz.rc|855612/3213⟧. Číslo smlouvy ⟦o:ORD|2201447819⟧.\n\n"
        "S pozdravem\n⟦P|Markéta Dvořáková⟧\n⟦PH|+420 602 123 456⟧",
    )
    r(
        "cs_CZ",
        "chat",
        "ahoj, jsem ⟦P|Honza Procházka⟧, platba ⟦o:AMT|1 290 Kč⟧ na účet ⟦BBAN|19-2000145399/0800⟧ prošla dvakrát. var. symbol ⟦o:REQ|7781204⟧",
    )
    r(
        "cs_CZ",
        "web_form",
        "Žádost o výpis ze zdravotní dokumentace\nJméno: ⟦P|Jiří Novotný⟧\nRodné číslo: ⟦NID@cz.rc|790304/5128⟧\nDatum narození: ⟦DOB|4. 3. 1979⟧\nPojišťovna: VZP, číslo pojištěnce ⟦HPN|7903045128⟧\nČíslo pacienta: ⟦MRN|FNM-00218873⟧",
    )
    r(
        "sk_SK",
        "email",
        "Dobrý deň, posielam údaje k poistnej udalosti: ⟦P|Zuzana Kováčová⟧, rodné číslo ⟦NID@sk.rc|905124/7128⟧, ⟦A|Obchodná 52, 811 06 Bratislava⟧, tel. ⟦PH|0905 123 456⟧. Ďakujem.",
    )
    r(
        "ro_RO",
        "email",
        "Bună ziua,\n\nvă rog să-mi trimiteți factura ⟦o:INV|ENEL-88120044⟧ pe adresa de e-mail ⟦E|ioana.popescu80@yahoo.ro⟧. CNP: ⟦NID@ro.cnp|2801126041120⟧. "
        "Adresa: ⟦A|Str. Mihai Eminescu nr. 14, bl. A3, sc. 2, et. 4, ap. 18, Sector 2, București 020071⟧.\n\nCu stimă,\n⟦P|Ioana-Maria Popescu⟧\n⟦PH|0722 123 456⟧",
    )
    r(
        "ro_RO",
        "web_form",
        "Cerere rambursare\nNume: ⟦P|Andrei Ștefănescu⟧\nCNP: ⟦NID@ro.cnp|1960710401333⟧\nIBAN: ⟦IBAN|RO49 AAAA 1B31 0075 9384 0000⟧\nSumă: ⟦o:AMT|450,00 lei⟧\nNr. comandă: ⟦o:ORD|EMAG-441028811⟧",
    )
    r(
        "ro_RO",
        "chat",
        "salut, sunt ⟦P|Mădălina⟧ din ⟦L|Cluj⟧, parola mea pt contul de internet e ⟦S|Cluj2023#mada⟧ si nu merge, eroare ⟦o:ERR|ERR_AUTH_17⟧",
    )
    r(
        "el_GR",
        "email",
        "Καλησπέρα σας,\n\nθα ήθελα να αλλάξω τη διεύθυνση αποστολής της παραγγελίας ⟦o:ORD|GR-552018⟧ σε ⟦A|Οδός Ερμού 45, 105 63 Αθήνα⟧. ΑΜΚΑ: ⟦NID@gr.amka|15038801237⟧, ΑΦΜ: ⟦TAX@gr.vat|094258717⟧.\n\n"
        "Με εκτίμηση,\n⟦P|Γεώργιος Παπαδόπουλος⟧\n⟦PH|+30 694 123 4567⟧",
    )
    r(
        "el_GR",
        "chat",
        "γεια σας, είμαι η ⟦P|Ελένη Κωνσταντίνου⟧, γεννήθηκα ⟦DOB|22/11/1975⟧, ΑΜΚΑ ⟦NID@gr.amka|22117503817⟧, θέλω ραντεβού για τις ⟦o:D|5/11⟧. τηλ ⟦PH|210 7234 567⟧",
    )
    r(
        "tr_TR",
        "email",
        "Merhaba,\n\n⟦o:ORD|TR-99812044⟧ numaralı siparişim hasarlı geldi. İade için bilgilerim: ⟦P|Ayşe Gül Yıldırım⟧, T.C. Kimlik No ⟦NID@tr.tckimlik|38491570658⟧, "
        "adres ⟦A|Bağdat Cad. No: 312 D: 7, 34728 Kadıköy/İstanbul⟧, tel ⟦PH|0532 123 45 67⟧.\n\nSaygılarımla",
    )
    r(
        "tr_TR",
        "chat",
        "slm ben ⟦P|Mehmet Can Öztürk⟧, kartım ⟦CC|5424 1800 9345 1216⟧ bloke oldu, TC'm ⟦NID@tr.tckimlik|10726354806⟧, doğum tarihim ⟦DOB|14.02.1994⟧ yardım edermisiniz",
    )
    r(
        "tr_DE",
        "email",
        "Sehr geehrte Damen und Herren, annemin adına yazıyorum – ich schreibe für meine Mutter ⟦P|Fatma Arslan⟧, geb. ⟦DOB|01.01.1951⟧, Krankenversichertennummer ⟦HPN|A123456780⟧, "
        "wohnhaft ⟦A|Keupstraße 31, 51063 Köln⟧. Sie spricht kaum Deutsch, bitte rufen Sie mich an: ⟦P|Emre Arslan⟧, ⟦PH|0221 / 64 00 18 -2⟧.",
    )
    r(
        "hu_HU",
        "email",
        "Tisztelt Ügyfélszolgálat!\n\nA ⟦o:INV|SZ-2025/044812⟧ számú számlán hibás a név. Helyesen: ⟦P|Kovács-Szabó Eszter⟧. Lakcím: ⟦A|1061 Budapest, Andrássy út 22. III. em. 4.⟧ "
        "Adóazonosító jel: ⟦TAX|8412345673⟧. TAJ szám: ⟦HPN|037 687 210⟧.\n\nÜdvözlettel,\nKovács-Szabó Eszter\n⟦PH|+36 30 123 4567⟧",
    )
    r(
        "hu_HU",
        "chat",
        "szia, ⟦P|Nagy Bence⟧ vagyok, a rendelésem ⟦o:ORD|#HU-7712⟧ még nem jött meg, pedig ⟦o:D|okt. 10-re⟧ ígérték. bankszámla ⟦BBAN|11773016-11111018-00000000⟧",
    )
    r(
        "hr_HR",
        "email",
        "Poštovani, šaljem podatke za ugovor: ⟦P|Ivana Horvat-Babić⟧, OIB ⟦NID@hr.oib|69328140577⟧, ⟦A|Ilica 242, 10000 Zagreb⟧, mob. ⟦PH|091 234 5678⟧. Lijep pozdrav!",
    )
    r(
        "bg_BG",
        "email",
        "Здравейте, казвам се ⟦P|Димитър Иванов Петров⟧, ЕГН ⟦NID@bg.egn|8805124219⟧, роден на ⟦DOB|12.05.1988⟧. Моля да ми изпратите извлечение на ⟦E|d.petrov88@abv.bg⟧. Благодаря!",
    )
    r(
        "ca_ES",
        "email",
        "Bon dia,\nsóc la ⟦P|Núria Soler i Batlle⟧, visc al ⟦A|carrer de Verdi 72, 4t 2a, 08012 Barcelona⟧. Us demano el duplicat de la factura ⟦o:INV|A-2025-003991⟧. El meu telèfon és el ⟦PH|93 218 44 07⟧. Gràcies!",
    )
    r(
        "eu_ES",
        "chat",
        "kaixo, ⟦P|Iñaki Etxeberria Goikoetxea⟧ naiz, eskaera ⟦o:ORD|EUS-4410⟧ ez da iritsi. Nire helbidea ⟦A|Kale Nagusia 18, 2. esk., 20003 Donostia⟧ da. Eskerrik asko!",
    )
    r(
        "ga_IE",
        "email",
        "A chara,\nIs mise ⟦P|Siobhán Ní Bhriain⟧. Ba mhaith liom mo sheoladh a athrú go ⟦A|14 Bóthar na Trá, Gaillimh, H91 X2Y7⟧. Uimhir PPS: ⟦NID@ie.pps|8473921I⟧. Thanks a million, ⟦PH|087 123 4567⟧.\nIs mise le meas",
    )
    r(
        "et_EE",
        "email",
        "Tere! Minu nimi on ⟦P|Kaarel Tamm⟧, tellimus ⟦o:ORD|EE-10442⟧ jõudis kohale katkisena. Aadress: ⟦A|Narva mnt 7-15, 10117 Tallinn⟧. Telefon ⟦PH|+372 5123 4567⟧. Aitäh!",
    )
    r(
        "lt_LT",
        "chat",
        "Laba diena, aš ⟦P|Rūta Kazlauskienė⟧, mano sąskaita ⟦IBAN|LT12 1000 0111 0100 1000⟧, bet mokėjimas ⟦o:AMT|29,99 €⟧ negrįžo. Užsakymas ⟦o:ORD|LT-88120⟧",
    )
    r(
        "de_DE",
        "support_ticket",
        "Hallo IT, ich (⟦P|Birgit Hartmann⟧, Buchhaltung) komme nicht mehr ins VPN. Mein neues Passwort: ⟦S|Buchung#2025-Okt⟧. Mein Rechner hat die IP ⟦IP|10.20.4.117⟧, VPN-Client ⟦o:PROD|FortiClient⟧ ⟦o:VER|7.2.4.0972⟧, Fehler ⟦o:ERR|-7200⟧. Danke!",
    )
    r(
        "de_DE",
        "email",
        "Hi ⟦P|Lukas⟧, sorry for the English – meine Tastatur spinnt. Here are the DB credentials for the Vereins-Website: ⟦UC|mysql://tsv_admin:Turnhalle!77@db.tsv-oberhaching.de:3306/verein⟧. "
        "Der alte API-Key ⟦S|AIzaSyB3x-9QmT0r2kLw7VhN5pJcE4uD8fYz1aQ⟧ ist gesperrt. LG ⟦P|Anja⟧",
    )
    r(
        "fr_FR",
        "email",
        "Salut ⟦P|Mehdi⟧, pour accéder à la caméra du magasin depuis chez toi : ⟦UC|http://admin:Epicerie2024@82.65.114.203:8080/live⟧. Le code de l'alarme c'est ⟦S|7391⟧, ne le donne à personne. ⟦P|Rachida⟧",
    )
    r(
        "es_ES",
        "support_ticket",
        "Hola, la web de la clínica (⟦o:PROD|Joomla⟧ ⟦o:VER|4.4.2⟧) ha sido hackeada. Accesos: panel ⟦UC|https://webmaster:DentalSonrisa_09@clinicasonrisa.es/administrator⟧, IP del servidor ⟦IP|185.12.44.9⟧. "
        "Token de la API de citas: ⟦S|ghp_7Tq2RmZ9xKbL4wNc8VfJ1yPd3sAe6Ho0UiXg⟧. Contacto: Dra. ⟦P|Beatriz Olmedo⟧",
    )
    r(
        "it_IT",
        "email",
        "Ciao ⟦P|Fabio⟧, ti giro le credenziali del NAS dello studio così puoi fare il backup: ⟦UC|smb://studio:Commercialista!2025@192.168.1.40/archivio⟧. Codici di recupero dell'account Google: ⟦S|8412-5533⟧, ⟦S|0917-2268⟧. A domani, ⟦P|Elisa Marchetti⟧",
    )
    r(
        "nl_NL",
        "chat",
        "Hoi! Kun je mijn router checken? Beheerpagina ⟦UC|http://admin:Tulp2025!@192.168.178.1⟧, mijn externe IP is ⟦IP|2a02:a420:53:8d10::1f⟧. Groetjes ⟦P|Femke⟧",
    )
    r(
        "pl_PL",
        "email",
        "Cześć ⟦P|Tomek⟧, dostęp do sklepu: ⟦UC|sftp://sklep_rybka:Karp2024%21@ftp.sklep-rybka.pl:22⟧. Klucz do API InPost: ⟦S|eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJza2xlcC1yeWJrYSJ9.Qk3pL9x⟧. Pozdro, ⟦P|Agnieszka Rybka⟧",
    )
    r(
        "pt_BR",
        "chat",
        "mano, o PIN do cartão da empresa é ⟦S|2580⟧ e a senha do internet banking é ⟦S|Padaria@Boa2025⟧, não passa pra ninguém. vou te mandar o cartão ⟦CC|4916 3400 5128 7311⟧ por foto. Seu ⟦P|Jorge⟧ (dono)",
    )
    r(
        "sv_SE",
        "email",
        "Hej ⟦P|Oskar⟧! Lösenordet till föreningens Wi-Fi är ⟦S|Kanelbulle-4477⟧ och admin-sidan är ⟦UC|https://styrelsen:Midsommar!88@brf-solrosen.se/wp-admin⟧. Mvh ⟦P|Karin Ekström⟧",
    )
    r(
        "fi_FI",
        "support_ticket",
        "Tiketti ⟦o:TKT|#FI-2231⟧: pankkitunnukset lukittu. Varmistuskoodi oli ⟦S|558 214⟧. Kirjautumisyritys IP:stä ⟦IP|62.78.190.44⟧ klo ⟦o:T|03:12⟧ – en ollut se minä! ⟦P|Eero Lahtinen⟧",
    )
    r(
        "da_DK",
        "email",
        "Hej ⟦P|Mads⟧, her er loginet til kassesystemet: bruger ⟦E|bageriet@jensens-bageri.dk⟧, kode ⟦S|Rugbroed#2025⟧. Server-IP ⟦IP|77.233.248.12⟧. Mvh ⟦P|Lone Jensen⟧",
    )
    r(
        "cs_CZ",
        "email",
        "Ahoj ⟦P|Petře⟧, přihlášení do e-shopu: ⟦UC|https://majitel:Knedlik2025@eshop.pekarna-novak.cz/admin⟧. PIN k terminálu ⟦S|0427⟧. ⟦P|Lucie Nováková⟧",
    )
    r(
        "es_MX",
        "chat",
        "oye ⟦P|Lupita⟧, la clave del wifi de la fonda es ⟦S|TacosAlPastor2024⟧ y la de la caja es ⟦S|1985⟧. mañana abro yo a las ⟦o:T|7:00⟧",
    )
    r(
        "de_DE",
        "web_form",
        "Reisebuchung\nReisende/r: ⟦P|Sabine Müller-Nkemelu⟧\nReisepass-Nr.: ⟦PP|C4J7R2K91⟧\ngültig bis ⟦o:D|11.2031⟧\ngeb. ⟦DOB|30.07.1979⟧\nFlug ⟦o:FLT|LH 572⟧ ⟦o:D|14.12.2025⟧, Buchungscode ⟦o:ORD|6ZK3TQ⟧\nKreditkarte: ⟦CC|5502 1800 4412 9379⟧",
    )
    r(
        "fr_FR",
        "web_form",
        "Réservation – voyage scolaire\nAccompagnateur : ⟦P|Olivier N'Diaye⟧\nPasseport : ⟦PP|19AB12345⟧\nDate de naissance : ⟦DOB|1978-10-02⟧\nVol ⟦o:FLT|AF 1680⟧ le ⟦o:D|10 avril 2026⟧\nCarte bancaire : ⟦CC|4111 3300 9876 5422⟧",
    )
    r(
        "it_IT",
        "web_form",
        "Check-in online – Hotel Bellavista\nOspite: ⟦P|Hiroshi Tanaka⟧\nPassaporto: ⟦PP|TR2847163⟧\nNato il: ⟦DOB|11/09/1980⟧\nArrivo: ⟦o:D|22/12/2025⟧, camera 214\nCarta a garanzia: ⟦CC|3782 822463 10005⟧",
    )
    r(
        "tr_TR",
        "web_form",
        "Vize başvurusu\nAd Soyad: ⟦P|Zeynep Karaca⟧\nPasaport No: ⟦PP|U18273645⟧\nDoğum tarihi: ⟦DOB|07.03.1991⟧\nEhliyet No: ⟦DL|412873⟧\nTelefon: ⟦PH|+90 (212) 555 44 33⟧",
    )
    r(
        "pl_PL",
        "chat",
        "dzień dobry, ⟦P|Olena Shevchuk⟧, numer paszportu ⟦PP|FE 123456⟧ (ukraiński), chcę odebrać kartę pobytu, sprawa ⟦o:TKT|WSC-II-S.6151.44812.2025⟧",
    )
    r(
        "es_US",
        "email",
        "Hola, les escribo por mi hija ⟦P|Xiomara Castillo⟧. Su número de seguro social es ⟦SSN|667-42-3198⟧ y nació el ⟦DOB|9 de enero de 2008⟧. Necesitamos el formulario ⟦o:PROD|1098-T⟧. Mi número: ⟦PH|+1 (305) 555-0199⟧, ⟦P|Marisol Castillo⟧",
    )
    r(
        "pt_US",
        "chat",
        "oi, aqui é a ⟦P|Rosângela Pereira⟧ de ⟦L|Framingham⟧, meu social é ⟦SSN|145 73 6620⟧, preciso da carta do seguro de saúde, plano MassHealth ⟦HPN|100447812933⟧",
    )
    r(
        "it_US",
        "email",
        "Buongiorno, sono ⟦P|Vincenzo Lo Russo⟧, cittadino italiano residente a ⟦A|2210 Arthur Ave, Bronx, NY 10458⟧. Per la pensione INPS mi chiedono anche il Social Security Number: ⟦SSN|523-18-4907⟧. Cordiali saluti.",
    )
    r(
        "pl_US",
        "web_form",
        "Wniosek – konsulat RP w Chicago\nImię i nazwisko: ⟦P|Stanisław Wójcik⟧\nData urodzenia: ⟦DOB|17.09.1965⟧\nPESEL: ⟦NID@pl.pesel|65091708738⟧\nSSN: ⟦SSN|401-55-2363⟧\nPrawo jazdy (Illinois): ⟦DL|W324-1186-5421⟧",
    )
    r(
        "fr_CA",
        "email",
        "Bonjour, je m'appelle ⟦P|Marie-Ève Tremblay⟧. J'habite au ⟦A|4521, rue Saint-Denis, app. 3, Montréal (Québec) H2J 2L4⟧. Mon numéro d'assurance maladie (RAMQ) est ⟦HPN|TREM 8562 1214⟧ et mon permis ⟦DL|T6541-120985-02⟧. Merci !",
    )
    r(
        "de_DE",
        "forum_post",
        "Update zu meiner Reklamation: Rechnungsnummer ⟦o:INV|RE-2025-004471⟧ wurde storniert, Gutschrift über ⟦o:AMT|312,40 €⟧ kam am ⟦o:D|07.11.2025⟧. Artikel ⟦o:SKU|4006381333931⟧ ist wieder lieferbar.",
    )
    r(
        "de_AT",
        "chat",
        "Hallo, Paket ⟦o:TRK|1Z999AA10123456784⟧ hängt seit ⟦o:D|3. November⟧ im Verteilerzentrum. Sendungsgewicht ⟦o:QTY|12,5 kg⟧, Kundennummer ⟦o:ORD|400771⟧. Danke!",
    )
    r(
        "fr_FR",
        "support_ticket",
        "Le bug persiste en ⟦o:VER|v2.14.1⟧ : l'export CSV plante avec ⟦o:ERR|ERR_CONN_RESET⟧ (requête ⟦o:REQ|a7c1-4f2e-99b0⟧). Commit fautif probable : ⟦o:SHA|3f9c2e1⟧. Taux d'échec ⟦o:PCT|12,5 %⟧.",
    )
    r(
        "es_ES",
        "chat",
        "hola, el pedido ⟦o:ORD|#ES-30018⟧ venía con ⟦o:QTY|3 unidades⟧ y solo llegaron 2. Referencia del artículo REF. ⟦o:SKU|0044-882-BL⟧, factura ⟦o:INV|F25-001882⟧ por ⟦o:AMT|74,85 €⟧. gracias",
    )
    r(
        "it_IT",
        "email",
        "Buongiorno, la fattura n. ⟦o:INV|2025/FE/00412⟧ del ⟦o:D|30/09/2025⟧ riporta ⟦o:AMT|€ 1.220,00⟧ ma l'ordine ⟦o:ORD|PO-44718⟧ era di ⟦o:AMT|€ 1.000,00⟧ + IVA ⟦o:PCT|22%⟧. Potete verificare? Grazie.",
    )
    r(
        "nl_NL",
        "support_ticket",
        "Na de update naar ⟦o:VER|5.3.0⟧ crasht de app bij het openen van factuur ⟦o:INV|2025-00871⟧. Foutmelding: ⟦o:ERR|NullPointerException at line 442⟧. Request-id ⟦o:REQ|8f14e45f-ceea-467f-a0e6-8c2d1b3e9f02⟧.",
    )
    r(
        "pl_PL",
        "forum_post",
        "Zamówiłem ⟦o:PROD|Xiaomi Redmi Note 13⟧ ⟦o:D|2 października⟧, przesyłka ⟦o:TRK|6904021187734⟧ doszła po ⟦o:QTY|4 dniach⟧. Cena ⟦o:AMT|899,99 zł⟧, rabat ⟦o:PCT|10%⟧. Polecam.",
    )
    r(
        "pt_BR",
        "review",
        "Comprei a ⟦o:PROD|Air Fryer Mondial AF-30⟧ no dia ⟦o:D|15/08⟧, pedido ⟦o:ORD|1398224471-01⟧, chegou em ⟦o:QTY|3 dias⟧. Paguei ⟦o:AMT|R$ 389,90⟧ em ⟦o:QTY|10x⟧ sem juros. Nota NF ⟦o:INV|004.882⟧.",
    )
    r(
        "sv_SE",
        "review",
        "Beställde ⟦o:PROD|IKEA KALLAX⟧ (art.nr ⟦o:SKU|802.758.87⟧) den ⟦o:D|4 oktober⟧. Leveransen kom ⟦o:T|kl. 14:20⟧, ordernummer ⟦o:ORD|1172048811⟧, totalt ⟦o:AMT|1 299 kr⟧.",
    )
    r(
        "fi_FI",
        "forum_post",
        "Sama ongelma täällä: ⟦o:PROD|Garmin Forerunner 265⟧ ohjelmisto ⟦o:VER|19.18⟧ tyhjentää akun ⟦o:QTY|8 tunnissa⟧. Tukipyyntö ⟦o:TKT|#GAR-004412⟧ avattu ⟦o:D|1.11.⟧",
    )
    r(
        "cs_CZ",
        "review",
        "Objednávka č. ⟦o:ORD|2025110418⟧ dorazila za ⟦o:QTY|2 dny⟧. Faktura ⟦o:INV|FV-88120⟧ na ⟦o:AMT|2 349 Kč⟧. Kniha ISBN ⟦o:ISBN|978-80-7432-980-2⟧ byla trochu pomačkaná.",
    )
    r(
        "el_GR",
        "support_ticket",
        "Αίτημα ⟦o:TKT|#GR-0912⟧: η εφαρμογή ⟦o:VER|3.8.2⟧ εμφανίζει σφάλμα ⟦o:ERR|503⟧ από τις ⟦o:T|09:15⟧ της ⟦o:D|20/10/2025⟧. Ποσοστό αποτυχίας ⟦o:PCT|40%⟧.",
    )
    r(
        "tr_TR",
        "review",
        "⟦o:PROD|Arçelik 5 kg çamaşır makinesi⟧ ⟦o:D|12 Eylül⟧ teslim edildi, sipariş no ⟦o:ORD|TY-55012933⟧, fiyat ⟦o:AMT|14.999,00 TL⟧. Kurulum ⟦o:QTY|2 gün⟧ sonra yapıldı.",
    )
    r(
        "hu_HU",
        "forum_post",
        "A ⟦o:PROD|Samsung Galaxy A55⟧ frissítés (⟦o:VER|A556BXXU2AXG1⟧) után a hibakód ⟦o:ERR|0x80070005⟧ jön. Számla ⟦o:INV|MX-2025/118⟧, ár ⟦o:AMT|149 990 Ft⟧.",
    )
    r(
        "ro_RO",
        "review",
        "Comanda ⟦o:ORD|#RO-88412⟧ a ajuns pe ⟦o:D|7 octombrie⟧, AWB ⟦o:TRK|2204418837712⟧. Produsul cod ⟦o:SKU|10044812⟧ costa ⟦o:AMT|219,99 lei⟧, reducere ⟦o:PCT|15%⟧.",
    )
    r(
        "da_DK",
        "support_ticket",
        "Sag ⟦o:TKT|DK-77120⟧: betalingsterminalen viser fejl ⟦o:ERR|1204⟧ efter opdatering til ⟦o:VER|v8.1.2⟧. UUID ⟦o:UUID|3b12f1df-5232-4804-897e-917bf397618a⟧, batch ⟦o:ROW|000441⟧.",
    )
    r(
        "es_AR",
        "review",
        "Compré el ⟦o:PROD|Samsung A15⟧ el ⟦o:D|2/10⟧, factura ⟦o:INV|B 0004-00081291⟧ por ⟦o:AMT|$ 289.999⟧ en ⟦o:QTY|6 cuotas⟧. Llegó en ⟦o:QTY|48 hs⟧. Todo ok.",
    )
    r(
        "de_DE",
        "chat",
        "hi, ich bin die ⟦P|Jana⟧, meine Handynummer ist ⟦PH~fullwidth|０１５７ ３２１ ４４ ８０⟧ (copy-paste aus dem PDF, sorry für die komische Schrift) – bitte Rückruf wegen Auftrag ⟦o:ORD|A-55012⟧",
    )
    r(
        "fr_FR",
        "email",
        "Bonjour, mon IBAN copié depuis l'appli bancaire : ⟦IBAN~zwsp|FR47 3000 3012 3400 0123 4567 ​891⟧ – désolée s'il y a des caractères bizarres. ⟦P|Clémence Aubert-Djaballah⟧",
    )
    r(
        "es_ES",
        "chat",
        "mi correo es ⟦E~at_dot|lucia punto serrano arroba gmail punto com⟧ (lo escribo así por los bots jaja). ⟦P|Lucía Serrano⟧, tlf ⟦PH~spelled|seis uno cero, cuarenta y cuatro, veintidós, treinta y tres⟧",
    )
    r(
        "it_IT",
        "email",
        "Le scrivo il mio numero di carta in lettere come mi ha chiesto l'operatore in inglese: ⟦CC~spelled|four five five nine one one seven zero three three eight four zero two six four⟧. ⟦P|Ornella Vanoni-Grassi⟧",
    )
    r(
        "nl_NL",
        "web_form",
        "Contact\nNaam: ⟦P|Bram Visser⟧\nE-mail: ⟦E~urlenc|bram.visser%40kpnmail.nl⟧\nTelefoon: ⟦PH|+31 6 4812 2093⟧\nBericht: mijn bestelling ⟦o:ORD|BOL-9381120⟧ is kapot aangekomen.",
    )
    r(
        "pl_PL",
        "email",
        "Dzień dobry, przesyłam PESEL jeszcze raz, bo poprzednio się ucięło:\n⟦NID~linebreak|870314\n05822⟧\nPozdrawiam, ⟦P|Katarzyna Wiśniewska-Zając⟧",
    )
    r(
        "pt_PT",
        "email",
        "Boa tarde, o meu NIF é ⟦TAX@pt.nif~fullwidth|２４５ ７１８ ３０３⟧ (copiei do portal das Finanças). Nome: ⟦P|Tiago Brás Fonseca⟧. Obrigado.",
    )
    r("sv_SE", "chat", "mitt nummer: ⟦PH~odd_sep|070_812_44_93⟧ (tangentbordet strular). Jag heter ⟦P|Elsa Lindgren⟧")
    r(
        "de_DE",
        "email",
        "Die IBAN für die Rückerstattung, bitte genau so übernehmen: ⟦IBAN~odd_sep|DE02.1005.0000.0024.2906.61⟧. Kontoinhaberin: ⟦P|Gülşen Toprak⟧, ⟦A|Sonnenallee 140, 12059 Berlin⟧.",
    )
    r(
        "ro_RO",
        "chat",
        "numărul meu e ⟦PH~spelled|zero șapte doi doi, unu doi trei, patru cinci șase⟧, sunați-mă după ora ⟦o:T|18⟧. ⟦P|Vasile Munteanu⟧",
    )
    r(
        "tr_TR",
        "email",
        "E-posta adresim ⟦E~at_dot|selin.aydin [at] hotmail [dot] com⟧. Adım ⟦P|Selin Aydın⟧, adresim ⟦A~linebreak|Atatürk Bulvarı No: 112\nDaire 5\n06540 Çankaya/Ankara⟧.",
    )
    r(
        "da_DK",
        "web_form",
        "Kontaktformular\nNavn: ⟦P|Jens Ulrik Mørch⟧\nTelefon: ⟦PH~zwsp|+45 31​ 22 ​48 ​90⟧\nBesked: Min ordre ⟦o:ORD|DK-441201⟧ mangler en del.",
    )
    r(
        "fi_FI",
        "email",
        "Hei, CPR/hetu oli väärin edellisessä viestissä, oikea on ⟦NID@fi.hetu~zwsp|010203A​0709⟧. Tyttäreni ⟦P|Siiri Heikkinen⟧, synt. ⟦DOB|1.2.2003⟧.",
    )
    r(
        "de_DE",
        "email",
        "Hallo zusammen,\nkurze Info für den Elternverteiler: ⟦P|Maximilian Graf zu Eltz⟧ (⟦E|max.eltz@t-online.de⟧) übernimmt ab ⟦o:D|November⟧ die Kasse, ⟦P|Aylin Şahin⟧ (⟦E|aylin.sahin@posteo.de⟧) das Protokoll. "
        "Wir wohnen beide in ⟦L|Wiesbaden-Biebrich⟧, Treffen also dort. Beitrag bleibt ⟦o:AMT|15 €⟧.\nLG ⟦P|Nicole⟧",
    )
    r(
        "fr_FR",
        "email",
        "Bonjour, je vous écris de ⟦L|Pointe-à-Pitre⟧ où je suis bloquée depuis l'annulation du vol ⟦o:FLT|TX 540⟧. Merci de me répondre sur ⟦E|awa.sylla@laposte.net⟧ plutôt que par téléphone. ⟦P|Awa Sylla⟧, réservation ⟦o:ORD|ZK8PQ2⟧",
    )
    r(
        "es_ES",
        "email",
        "Buenas, soy ⟦P|Carlos Ibáñez Orúe⟧, ahora mismo estoy en ⟦L|Lanzarote⟧ de vacaciones y me han clonado la tarjeta ⟦CC|4405 0012 3456 7817⟧. Escribidme a ⟦E|c.ibanez.orue@protonmail.com⟧. Últimos cargos desde la IP ⟦IP|41.215.77.90⟧.",
    )
    r(
        "it_IT",
        "chat",
        "ciao! sono ⟦P|Giorgia⟧, abito a ⟦L|Bergamo⟧ ma sono domiciliata a ⟦L|Bologna⟧ per l'università. la mia mail è ⟦E|giorgia.riva01@libero.it⟧. l'ordine ⟦o:ORD|#IT-7731⟧ dove lo mandate?",
    )
    r(
        "pt_BR",
        "email",
        "Bom dia, sou ⟦P|Rafael Okonkwo da Silva⟧, moro em ⟦L|Belo Horizonte⟧. Meu cartão ⟦CC|5274 1300 6182 9456⟧ foi cobrado em duplicidade. Respondam para ⟦E|rafael.okonkwo@uol.com.br⟧. Conta: agência ⟦a:BC|3421-7⟧, conta corrente ⟦BBAN|00412883-5⟧.",
    )
    r(
        "nl_NL",
        "email",
        "Beste ⟦P|Joost⟧,\nIk zit tot eind ⟦o:D|december⟧ in ⟦L|Eindhoven⟧ bij mijn zus. Stuur de stukken naar ⟦E|ilse.kuipers@hotmail.nl⟧. Het MRN van het ziekenhuis was ⟦MRN|CZE-00918273⟧.\nGroet, ⟦P|Ilse Kuipers⟧",
    )
    r(
        "pl_PL",
        "email",
        "Dzień dobry, jestem obecnie w ⟦L|Gdańsku⟧ u rodziny. Proszę o kontakt mailowy: ⟦E|ewelina.krol@onet.pl⟧. Mój paszport ⟦PP|EJ8821904⟧ traci ważność ⟦o:D|12.01.2026⟧. ⟦P|Ewelina Król⟧",
    )
    r(
        "sv_SE",
        "email",
        "Hej, jag bor numera i ⟦L|Malmö⟧. Skicka fakturan ⟦o:INV|F-118204⟧ till ⟦E|nils.oberg@telia.com⟧ istället. Postnummer ⟦a:PC|211 45⟧ om det behövs. ⟦P|Nils Öberg⟧",
    )
    r(
        "de_DE",
        "web_form",
        "Überweisungsdaten prüfen\nKontoinhaber: ⟦P|Reinhard Zimmermann⟧\nKontonummer: ⟦BBAN|0532013000⟧\nBLZ: ⟦a:BC|370 400 44⟧\nE-Mail: ⟦E|r.zimmermann@arcor.de⟧\nVerwendungszweck: Rechnung ⟦o:INV|2025-1184⟧",
    )
    r(
        "it_IT",
        "email",
        "Buongiorno, per il bonifico vi do le coordinate vecchio stile: ABI ⟦a:BC|05428⟧, CAB ⟦a:BC|11101⟧, c/c ⟦BBAN|000000123456⟧, intestato a ⟦P|Renato Cuomo⟧. Per conferme: ⟦E|renato.cuomo@pec.it⟧.",
    )
    r(
        "es_US",
        "web_form",
        "Solicitud de préstamo\nNombre: ⟦P|Yesenia Carrillo⟧\nSeguro social: ⟦SSN|286-40-7711⟧\nCorreo: ⟦E|yesenia.carrillo@gmail.com⟧\nCiudad de residencia: ⟦L|El Paso, Texas⟧\nCódigo postal: ⟦a:PC|79901⟧",
    )
    r(
        "fr_FR",
        "support_ticket",
        "Tentative de connexion suspecte depuis ⟦IP|197.210.53.14⟧ sur le compte ⟦E|h.lefebvre@wanadoo.fr⟧ le ⟦o:D|04/11/2025⟧ à ⟦o:T|02:47⟧. Je suis ⟦P|Hélène Lefebvre⟧ et je n'étais pas au ⟦L|Nigeria⟧, j'étais chez moi à ⟦L|Rouen⟧ !",
    )
    r(
        "de_CH",
        "email",
        "Grüezi, ich bin ⟦P|Beat Zürcher⟧, zurzeit beruflich in ⟦L|Lugano⟧. Bitte Unterlagen an ⟦E|beat.zuercher@bluewin.ch⟧. Spitalnummer meiner Frau: ⟦MRN|USZ-7714820⟧.",
    )
    r(
        "el_GR",
        "email",
        "Καλημέρα, είμαι ο ⟦P|Νικόλαος Αλεξίου⟧ και μένω στη ⟦L|Θεσσαλονίκη⟧. Το email μου είναι ⟦E|n.alexiou@otenet.gr⟧. Ταχυδρομικός κώδικας ⟦a:PC|546 22⟧.",
    )


load(r)


def main():
    rows = []
    for i, (loc, sty, src) in enumerate(R):
        text, spans = parse(src)
        rec = {
            "id": f"h11a-{i:05d}",
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
    with open("heldout11a.jsonl", "w", encoding="utf-8") as f:
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
