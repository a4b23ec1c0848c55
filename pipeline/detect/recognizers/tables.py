"""Cells of pasted tables (CSV, TSV, pipes) whose column header names what they hold.

A pasted export ("id;name;city") puts names and towns in cells with no
sentence around them; the header line vouches for the column instead.
"""

from __future__ import annotations

import functools
import json
import re
import urllib.parse
from collections.abc import Iterator

from pipeline.detect.recognizers.lexicon import fold

_SEPARATORS = (";", "\t", "|", ",")
_HEADERS: dict[str, tuple[str, ...]] = {
    "PERSON": (
        "name",
        # in Cyrillic and Greek: name, full name, surname
        "име",
        "имя",
        "ім'я",
        "фио",
        "піб",
        "име и фамилия",
        "фамилия",
        "прізвище",
        "όνομα",
        "ονοματεπώνυμο",
        "επώνυμο",
        # who a row is about, by role
        "driver",
        "tenant",
        "student",
        "pupil",
        "attendee",
        "participant",
        "guest",
        "applicant",
        "guardian",
        "emergency contact",
        "given",
        "given name",
        "family",
        "family name",
        "middle name",
        "person",
        "persona",
        "personne",
        "persoon",
        "pessoa",
        "full name",
        "fullname",
        "full_name",
        "customer",
        "customer name",
        "customer_name",
        "client",
        "client name",
        "contact",
        "contact name",
        "holder",
        "account holder",
        "cardholder",
        "patient",
        "patient name",
        "first name",
        "first_name",
        "firstname",
        "last name",
        "last_name",
        "lastname",
        "surname",
        "given name",
        "vorname",
        "nachname",
        "kunde",
        "kundenname",
        "ansprechpartner",
        "inhaber",
        "nom",
        "prénom",
        "nom complet",
        "titulaire",
        "nombre",
        "apellido",
        "apellidos",
        "nombre completo",
        "titular",
        "cliente",
        "nome",
        "cognome",
        "nome completo",
        "intestatario",
        "naam",
        "voornaam",
        "achternaam",
        "klant",
        "klantnaam",
        "sobrenome",
        "paciente",
        "paziente",
        "patiënt",
        "first",
        "last",
        "forename",
        "forenames",
        "given names",
        "pcp",
        "physician",
        "imię",
        "nazwisko",
        "imię i nazwisko",
        "navn",
        "namn",
        "nimi",
        "employee",
        "insured",
        "beneficiary",
        "fname",
        "lname",
        "initials",
        "tussenvoegsel",
        "jmeno",
        "jméno",
        "prijmeni",
        "příjmení",
        "fornamn",
        "förnamn",
        "efternamn",
        "fornavn",
        "etternavn",
        "efternavn",
        "etunimi",
        "sukunimi",
        "fio",
        "фио",
        "имя",
        "фамилия",
        "ho ten",
        "họ tên",
        "ho va ten",
        "họ và tên",
        "nguoi nhan",
        "người nhận",
        "receiver",
        "recipient",
        "consignee",
        "addressee",
        "pagador",
        "recebedor",
        "destinatario",
        "destinataire",
        "empfänger",
        "氏名",
        "フリガナ",
        "姓名",
        "收件人",
        "성명",
        "이름",
        "member name",
    ),
    "LOCATION": (
        "city",
        "town",
        "ciudad",
        "ville",
        "stadt",
        "ort",
        "wohnort",
        "città",
        "comune",
        "plaats",
        "woonplaats",
        "cidade",
        "localidade",
        "municipio",
        "country",
        "land",
        "pays",
        "país",
        "paese",
        "nazione",
        "staat",
        "region",
        "région",
        "province",
        "provincia",
        "provincie",
        "bundesland",
        "kanton",
        "canton",
        "county",
        "estado",
        "état",
        "regione",
        "distrito",
        "département",
        "comunidad",
    ),
    "STREET_ADDRESS": (
        "address",
        "addr",
        "address line",
        "addr line",
        "mailing street",
        "mailing address",
        "home address",
        "billing street",
        "shipping street",
        "street",
        "street address",
        "adresse",
        "anschrift",
        "straße",
        "strasse",
        "dirección",
        "domicilio",
        "indirizzo",
        "endereço",
        "morada",
        "adres",
        "straat",
        "adrline",
        "adr line",
        "domicilio fiscal",
        "osoite",
        "alamat",
        "bydliste",
        "bydliště",
        "adresse postale",
        "住所",
        "주소",
        "地址",
        "住址",
    ),
}
# Columns of identifiers and contact data: a header that names one vouches for every cell
# under it that holds a digit (an email cell, an "@"), whatever the value's format. Row
# numbers ("id", "#", "row") and references ("order", "ticket") are never among them.
VALUE_COLUMNS: dict[str, tuple[str, ...]] = {
    # A password column, or a password asked for in a chat ("what's the password for the netflix
    # again" / "loufamily1946"): the secret recognizers read it after its word, these where it stands.
    "SECRET": (
        "password",
        "passwort",
        "wachtwoord",
        "mot de passe",
        "contraseña",
        "senha",
        "wifi password",
        "wi-fi password",
        "passcode",
        "temporary password",
        "security code",
        "puk",
        "code puk",
        "puk code",
    ),
    "DATE_OF_BIRTH": (
        "fecha de nac",
        "fecha de nac.",
        "születési idő",
        "születési dátum",
        "ημ. γέννησης",
        "ημερομηνία γέννησης",
        "dob",
        "d.o.b.",
        "d.o.b",
        "date of birth",
        "birth date",
        "birthdate",
        "birthday",
        "born",
        "geburtsdatum",
        "geb.",
        "geb",
        "geboren",
        "date de naissance",
        "date naissance",
        "naissance",
        "fecha de nacimiento",
        "fecha nacimiento",
        "f. nacimiento",
        "nacimiento",
        "data di nascita",
        "data nascita",
        "nascita",
        "geboortedatum",
        "data de nascimento",
        "nascimento",
        "dt nasc",
        "geburtstag",
        "geb datum",
        "gebdat",
        "birth",
        "bday",
        "doğum tarihi",
        "dogum tarihi",
        "födelsedatum",
        "fødselsdato",
        "syntymäaika",
        "data urodzenia",
        "datum narození",
        "datum narozeni",
        "生年月日",
        "생년월일",
        "出生日期",
    ),
    "CREDIT_CARD": (
        "card",
        "card number",
        "card no",
        "cc",
        "cc number",
        "credit card",
        "debit card",
        "pan",
        "kreditkarte",
        "karte",
        "kartennummer",
        "carte",
        "carte bancaire",
        "numéro de carte",
        "tarjeta",
        "número de tarjeta",
        "carta",
        "numero carta",
        "carta di credito",
        "creditcard",
        "kaart",
        "kaartnummer",
        "cartão",
        "número do cartão",
        "cartao",
    ),
    "US_SSN": ("ssn", "social security", "social security number", "social", "ss number"),
    "PHONE_NUMBER": (
        "phone",
        "phone number",
        "phone no",
        "tel",
        "tel.",
        "telephone",
        "telefon",
        "telefonnummer",
        "handy",
        "mobile",
        "mobil",
        "mobilnummer",
        "cell",
        "cellphone",
        "téléphone",
        "portable",
        "teléfono",
        "telefono",
        "móvil",
        "movil",
        "cellulare",
        "telefoonnummer",
        "mobiel",
        "telefone",
        "celular",
        "fax",
        "msisdn",
        "contact number",
        "whatsapp",
        "contact number",
        "callback number",
        "call back number",
        "mobile number",
        "registered mobile number",
    ),
    "EMAIL_ADDRESS": (
        "email",
        "e-mail",
        "mail",
        "email address",
        "e-mail address",
        "courriel",
        "adresse e-mail",
        "correo",
        "correo electrónico",
        "posta elettronica",
        "e-mailadres",
        "e-mailadresse",
    ),
    "IBAN_CODE": ("iban", "iban number", "iban no"),
    "IP_ADDRESS": ("ip", "ip address", "ip addr", "client ip", "remote ip", "source ip", "ipv4", "ipv6"),
    "NATIONAL_ID": (
        "kitambulisho",
        "namba ya kitambulisho",
        "eid",
        "rnm",
        "rne",
        "ine clave",
        "clave ine",
        "clave de elector",
        "credencial ine",
        "dowód osobisty",
        "dowod osobisty",
        "személyi ig",
        "személyi igazolvány",
        "szem. ig",
        "cnp",
        "curp",
        "cuil",
        "fin",
        "číslo op",
        "cislo op",
        "občanským průkazem č",
        "obcanskym prukazem c",
        "n° étranger",
        "numéro étranger",
        "upn",
        "natid",
        "nat id",
        "national id",
        "national id number",
        "id number",
        "id no",
        "personal id",
        "personal number",
        "identity number",
        "id card",
        "personalausweis",
        "ausweis",
        "ausweisnummer",
        "personalausweisnummer",
        "dni",
        "nie",
        "nir",
        "insee",
        "numéro de sécurité sociale",
        "bsn",
        "burgerservicenummer",
        "codice fiscale",
        "cf",
        "cpf",
        "rg",
        "pesel",
        "personnummer",
        "cpr",
        "hetu",
        "pps",
        "pps number",
        "nhs",
        "nhs number",
        "nhs no",
        "ahv",
        "avs",
        "sv-nummer",
        "sozialversicherungsnummer",
        "nino",
        "ni number",
        "national insurance",
        "national insurance number",
        "rijksregisternummer",
        "cartão de cidadão",
        "documento",
        "documento de identidad",
        "ahv-nummer",
        "ahv-nr",
        "svnr",
        "ppsn",
        "fødselsnummer",
        "cpr-nummer",
        "henkilötunnus",
        "dni/nie",
        "número de identificação",
        "carta d'identità",
        "identiteitsnummer",
        "rijksregister",
        "numéro national",
        "national number",
        "nin",
        "pesel number",
        "sofinummer",
        "sv-nr",
        "sv nr",
        "sozialversicherungsnr",
        "sozialversicherungs-nr",
        "rentenversicherungsnummer",
        "rv-nummer",
        "versicherungsnummer rv",
        "personnr",
        "cpr-nr",
        "cpr nr",
        "fødselsnr",
        "sotu",
        "rodné číslo",
        "rč",
        "r.č.",
        "birth number",
        "emšo",
        "egn",
        "oib",
        "jmbg",
        "amka",
        "ΑΜΚΑ",
        "tc kimlik",
        "teudat zehut",
        "егн",
        "єдрпоу",
        "снилс",
        "инн",
        "isikukood",
        "asmens kodas",
        "kennitala",
        "kimlik no",
        "aadhaar",
        "aadhaar number",
        "aadhar",
        "voter id",
        "nric",
        "hkid",
        "mykad",
        "ktp",
        "philhealth",
        "umid",
        "nin number",
        "bvn",
        "ghana card",
        "id nr",
        "id-nr",
        "id nummer",
        "identiteitskaart",
        "carte d'identité",
        "carte nationale d'identité",
        "cni",
        "dni nº",
        "dni n",
        "nº dni",
        "cc",
        "cartão cidadão",
        "número de cidadão",
        "nuss",
        "número de segurança social",
        "niss",
        "número de la seguridad social",
        "nº ss",
        "naf",
        "numero di previdenza",
        "inps",
        "social insurance number",
        "sin number",
        "nik",
        "no ktp",
        "cin",
        "cnic",
        "cccd",
        "cmnd",
        "cédula",
        "cedula",
        "iqama",
        "emirates id",
        "crn",
        "رقم قومي",
        "الرقم القومي",
        "هوية وطنية",
        "رقم الهوية",
        "ת.ז",
        "תעודת זהות",
        "身分證",
        "身份证",
        "身份证号",
        "身份证件号",
        "身份证号码",
        "公民身份号码",
        "身分證字號",
        "個人番号",
        "个人番号",
        "マイナンバー",
        "מספר זהות",
        "c.c.",
        "nuip",
        "ine",
        "dowodem osobistym",
        "dowodu osobistego",
        "c.i.",
        "carta d'identità",
        "documento d'identità",
        "documento de identidad",
        "주민번호",
        "주민등록번호",
        "এনআইডি",
        "nid",
        "sss",
        "sss no",
        "gsis",
        "ni no",
        "nat. id",
        # Asia-Pacific, Africa and the Middle East
        "nic",
        "nic no",
        "national identity card",
        "uan",
        "epic",
        "epic no",
        "ghana card pin",
        "nssf",
        "nssf no",
        "wwcc",
        "working with children check",
        "sin",
        "pr card",
        "hkic",
        "fin",
        "ic no",
        "mykad no",
    ),
    "TAX_ID": (
        "ΑΦΜ",
        "kra pin",
        "pin no",
        "npwp",
        "mst",
        "mã số thuế",
        "ntn",
        "pan no",
        "tin no",
        "adóazonosító jel",
        "adóazonosító",
        "adoazonosito",
        "αφμ",
        "afm",
        "unique taxpayer reference",
        "taxpayer reference",
        "veronumero",
        "tax id",
        "taxid",
        "tin",
        "tax number",
        "vat",
        "vat id",
        "vat no",
        "vat number",
        "ust-idnr",
        "ust-id",
        "ustid",
        "steuernummer",
        "steuer-id",
        "steuer-idnr",
        "steuerid",
        "tva",
        "numéro tva",
        "n° tva",
        "siren",
        "siret",
        "cif",
        "nif",
        "iva",
        "partita iva",
        "p.iva",
        "p. iva",
        "btw",
        "btw-nummer",
        "btw nummer",
        "cnpj",
        "ein",
        "itin",
        "nif/cif",
        "steuer-nr",
        "st.-nr",
        "numéro fiscal",
        "numéro siren",
        "numéro siret",
        "contribuinte",
        "nº contribuinte",
        "nipc",
        "rsin",
        "umsatzsteuer-id",
        "mwst-nr",
        "uid",
        "vat reg",
        "tax reference",
        "utr",
        "tax code",
        "n° tva intracommunautaire",
        "tva intracommunautaire",
        "numéro de tva intracommunautaire",
        "vat reg no",
        "uid-nummer",
        "uid-nr",
        "cvr",
        "cvr-nr",
        "cvr nr",
        "cvr-nummer",
        "se-nr",
        "org.nr",
        "organisationsnummer",
        "orgnr",
        "y-tunnus",
        "alv-numero",
        "nip",
        "regon",
        "krs",
        "dič",
        "ič",
        "ičo",
        "dic",
        "kvk",
        "kvk-nummer",
        "kvk nummer",
        "abn",
        "acn",
        "tfn",
        "gstin",
        "gst",
        "gst number",
        "pan",
        "pan number",
        "hst",
        "business number",
        "ird",
        "ird number",
        "codice fiscale azienda",
        "steuernr",
        "stnr",
        "finanzamt",
        "vat-id",
        "vat reg number",
        "tax file number",
        "taxpayer id",
        "tax payer id",
        "tax identification number",
        "nif-iva",
        "cuit",
        "rfc",
        "ruc",
    ),
    "BANK_ACCOUNT": (
        "clabe",
        "účet č",
        "číslo účtu",
        "na účet",
        "口座番号",
        "계좌번호",
        "bankszámla",
        "bankszámlaszám",
        "számlaszám",
        "c/c",
        "cbu",
        "account",
        "account number",
        "account no",
        "acct",
        "acct no",
        "bank account",
        "bban",
        "konto",
        "kontonummer",
        "konto-nr",
        "compte",
        "numéro de compte",
        "rib",
        "cuenta",
        "número de cuenta",
        "ccc",
        "conto",
        "numero conto",
        "conto corrente",
        "rekening",
        "rekeningnummer",
        "conta",
        "número da conta",
        "conta corrente",
        "kontonr",
        "kto-nr",
        "kto",
        "compte bancaire",
        "cuenta bancaria",
        "numero di conto",
        "bankrekening",
        "conta bancária",
        "acc no",
        "acc. no",
        "bankverbindung",
        "n° de compte",
    ),
    "US_PASSPORT": (
        "pasaport",
        "pasaport no",
        "passport",
        "passport no",
        "passport number",
        "reisepass",
        "reisepassnummer",
        "passnummer",
        "passeport",
        "numéro de passeport",
        "pasaporte",
        "passaporto",
        "paspoort",
        "paspoortnummer",
        "passaporte",
        "pass-nr",
        "pass nr",
        "passnr",
        "passport id",
        "número de pasaporte",
        "numero passaporto",
        "número do passaporte",
        "passport #",
        "passport no.",
        "pass no",
        "passport num",
        "paszport",
        "numer paszportu",
        "cestovní pas",
        "číslo pasu",
        "passi",
        "passinumero",
        "pass nummer",
        "reisepass-nr",
        "pasaporte n",
        "known traveler",
        "known traveler number",
        "known traveller number",
        "ktn",
        "redress number",
        "global entry",
        "nexus",
        "trusted traveler",
        "travel document",
        "travel document number",
        "document number",
        "doc no",
        "doc number",
        "visa number",
        "visa no",
        "green card",
        "alien number",
        "a-number",
        "uscis number",
        "residence permit",
        "aufenthaltstitel",
        "titre de séjour",
        "permiso de residencia",
        "permesso di soggiorno",
        "verblijfsvergunning",
        "brp",
    ),
    "US_DRIVER_LICENSE": (
        "運転免許証番号",
        "運転免許証",
        "운전면허번호",
        "řidičský průkaz",
        "řidičského průkazu",
        "driver license",
        "drivers license",
        "driver's license",
        "driving licence",
        "driver licence",
        "licence",
        "license",
        "licence number",
        "license number",
        "dl",
        "dl number",
        "führerschein",
        "führerscheinnummer",
        "permis",
        "permis de conduire",
        "carnet de conducir",
        "licencia",
        "patente",
        "rijbewijs",
        "rijbewijsnummer",
        "ehliyet",
        "ehliyet no",
        "sürücü belgesi",
        "jogosítvány",
        "vozačka dozvola",
        "permis de conducere",
        "cnh",
        "carteira de motorista",
        "dl#",
        "dl no",
        "dl nr",
        "carnet",
        "permiso de conducción",
        "permiso de conducir",
        "carta de condução",
        "carta de conducao",
        "driving license",
        "licença",
        "führerschein-nr",
        "fahrerlaubnis",
        "patente di guida",
        "numéro de permis",
        "dvla",
        "dvla number",
        "learner's permit",
        "learners permit",
        "driver's lic",
        "drivers lic",
        "driver lic",
        "dl#:",
        "license #",
        "licence #",
        "license no",
        "licence no",
        "lic #",
        "lic no",
        "lic. no",
        "operator license",
        "cdl",
        "cdl number",
        "prawo jazdy",
        "numer prawa jazdy",
        "řidičský průkaz",
        "ajokortti",
        "körkort",
        "kørekort",
        "førerkort",
        "rijbewijsnr",
        "führerscheinnr",
        "permis n",
        "patente n",
        "numero patente",
        "número de carnet",
        "carta de conducción",
        "dlv",
        "driving licence number",
        "driver number",
    ),
    "MEDICAL_RECORD_NUMBER": (
        "potilasnro",
        "mrn",
        "medical record",
        "medical record number",
        "patient id",
        "patient number",
        "chart",
        "chart number",
        "patientennummer",
        "fallnummer",
        "historia clínica",
        "cartella clinica",
        "prontuário",
        "patient no",
        "hospital number",
        "record number",
        "fallnr",
        "patienten-id",
        "patientennr",
        "numéro patient",
        "n° patient",
        "número de paciente",
        "nhc",
        "número de historia",
        "id paziente",
        "numero paziente",
        "patiëntnummer",
        "patientnummer",
        "número do paciente",
        "prontuario",
        "ipp",
        "case number",
        "patiëntnr",
        "patientnr",
        "pat.nr",
        "pat. nr",
        "patnr",
        "journalnr",
        "journalnummer",
        "journal nr",
        "journal no",
        "cartella",
        "cartella n",
        "n. cartella",
        "numero cartella",
        "hosp no",
        "hosp #",
        "hospital no",
        "hospital id",
        "ur number",
        "unit number",
        "medical record no",
        "med rec",
        "medical rec",
        "health record number",
        "ehr id",
        "emr id",
        "chart no",
        "chart #",
        "patient #",
        "patient identifier",
        "patient ref",
        "potilasnumero",
        "sjukhusnummer",
        "patienten-nr",
        "spitalnummer",
        "spital-nr",
        "krankenhausnummer",
        "hospital record",
        "numer pacjenta",
        "nr pacjenta",
        "numer historii choroby",
        "číslo pacienta",
        "nº historia",
        "n.º processo",
        "processo clínico",
        "numéro de dossier",
        "n° de dossier",
        "dossier médical",
        "dossiernummer",
        "aktenzeichen patient",
        "fall-nr",
        "fall nr",
        "aufnahmenummer",
        "krankenhaus-id",
        "encounter id",
        "visit id",
        "admission no",
        "admission number",
        "dossier patient",
        "urn",
        "ur no",
        "uhid",
        "hrn",
        "id pac",
        "nr hist. chor",
        "病歷號",
        "病历号",
        "mã bn",
        "등록번호",
        "prot.no",
        "protokol no",
        "processo",
        "n° de dossier patient",
        "numéro de dossier patient",
        "pt id",
        "pt no",
        "pt #",
        "hospital file",
        "hospital no",
        "hosp no",
        "hosp",
        "ip no",
        "mr no",
        "folder no",
        "hospital folder",
        "case file no",
        "expediente",
        "expediente clínico",
        "ficha clínica",
    ),
    "HEALTH_PLAN_NUMBER": (
        "gms card",
        "ihs",
        "autogenerado",
        "va file",
        "c-file",
        "member card",
        "health card",
        "medical card",
        "medical aid",
        "beneficiary id",
        "nhis card",
        "cghs card",
        "thiqa",
        "daman card",
        "card no",
        "dva gold card",
        "dva card",
        "insurance card",
        "pension pin",
        "bhyt",
        "n° assuré",
        "numéro d'assuré",
        "nhif",
        "pag-ibig",
        "carteirinha",
        "no. bpjs",
        "bpjs",
        "medical aid no",
        "medical aid",
        "medical aid number",
        "medical card",
        "ramq",
        "nhis",
        "nhis no",
        "n. iscrizione",
        "nhia no",
        "nhia number",
        "numero di iscrizione",
        "numero iscrizione",
        "member id",
        "member number",
        "member no",
        "policy number",
        "policy no",
        "insurance number",
        "insurance id",
        "health plan",
        "health plan id",
        "subscriber id",
        "kvnr",
        "versichertennummer",
        "krankenversicherungsnummer",
        "ehic",
        "nss",
        "tessera sanitaria",
        "mbi",
        "medicare",
        "medicaid",
        "numéro de sécurité sociale",
        "carte vitale",
        "cartão sus",
        "mitgliedsnummer",
        "versicherungsnummer",
        "versicherten-nr",
        "kv-nummer",
        "krankenkassennummer",
        "numéro d'adhérent",
        "n° adhérent",
        "adhérent",
        "número de afiliación",
        "número de afiliado",
        "afiliado",
        "tarjeta sanitaria",
        "numero tessera",
        "polisnummer",
        "verzekeringsnummer",
        "zorgpas",
        "eps",
        "carné eps",
        "payer id",
        "masshealth",
        "plano de saúde",
        "carteirinha",
        "número da carteirinha",
        "cartão nacional de saúde",
        "cns",
        "insurance",
        "insurance no",
        "policy",
        "carteirinha do plano",
        "carte européenne",
        "carte européenne d'assurance maladie",
        "verzekerdennummer",
        "krankenversichertennummer",
        "versichertennr",
        "versicherten-nr.",
        "policy/group",
        "group/policy",
        "plan member",
        "health insurance",
        "krankenkasse",
        "tarjeta sanitaria europea",
        "tessera europea",
        "mutuelle",
        "membership no",
        "membership number",
        "health insurer membership no",
        "polisnummer zorgverzekeraar",
        "zorgverzekeraar",
        "n° mutuelle",
        "numéro de mutuelle",
        "vers.-nr.",
        "vers.-nr",
        "vers-nr",
        "polisnr",
        "polisnr.",
        "ohip",
        "cip",
        "tsi",
        "cip/tsi",
        "utente sns",
        "n.º utente",
        "nº utente",
        "número de utente",
        "member #",
        "member#",
        "insured's id",
        "insured's i.d.",
        "insured's i.d. number",
        "insurance id #",
        "aetna",
        "aetna id",
        "aetna member",
        "cigna",
        "cigna id",
        "bcbs",
        "bcbs id",
        "blue cross",
        "blue cross id",
        "blue shield",
        "uhc",
        "uhc id",
        "unitedhealthcare",
        "united healthcare",
        "humana",
        "humana id",
        "anthem",
        "anthem id",
        "kaiser id",
        "tricare",
        "molina",
        "centene",
        "ambetter",
        "medicare id",
        "medicaid id",
        "medi-cal",
        "subscriber",
        "subscriber no",
        "subscriber number",
        "member id#",
        "id#",
        "health card",
        "health card number",
        "health insurance number",
        "insurance card",
        "insurance policy",
        "policy #",
        "policy id",
        "plan id",
        "plan number",
        "aok",
        "barmer",
        "techniker",
        "ikk",
        "bkk",
        "cpam",
        "ameli",
        "mutua",
        "sanitas",
        "adeslas",
        "asisa",
        "bupa",
        "allianz",
        "vhi",
        "laya",
        "irish life health",
        "medibank",
        "zilveren kruis",
        "menzis",
        "ohra",
        "fund number",
        "group no",
        "group number",
        "group id",
        "group #",
        "grp",
        "contrat groupe",
        "contrat collectif",
        "collectiviteitsnummer",
        "relatienummer",
        "verzekerdenummer",
        "asegurado",
        "número de asegurado",
        "numero de asegurado",
        "afiliación",
        "nº afiliación",
        "n° afiliación",
        "numero de poliza",
        "poliza",
        "policennummer",
        "versicherungspolice",
        "tessera",
        "nombor ahli",
        "sha number",
        "sha no",
        "beneficiário",
        "número do segurado",
        "numer polisy",
        "polisa",
        "polisenummer",
        "medlemsnummer",
        "رقم بطاقة التأمين",
        "رقم العضوية",
        "رقم التأمين",
        "رقم البوليصة",
        "namba ya bima",
        "namba ya uanachama",
        "保单号码",
        "保单号",
        "保险单号",
        "iscrizione fondo",
        "nhif",
        "nr ubezpieczenia",
        "numer ubezpieczenia",
        "číslo pojištěnce",
        "pojištěnec",
        "försäkringsnummer",
        "forsikringsnummer",
        "vakuutusnumero",
        "numero di polizza",
        "número de póliza",
        "número de apólice",
        "apólice",
        "póliza",
        "polizza",
    ),
}
# Parts of an address in columns of their own: a postcode is reported as part of the address,
# a state's code ("TX", "NSW") as a place.
ADDRESS_PARTS: dict[str, tuple[str, ...]] = {
    "STATE": ("state", "mailing state", "billing state", "shipping state", "st", "state province", "state code"),
    "POSTAL_CODE": (
        "postcode",
        "post code",
        "postal code",
        "postalcode",
        "zip",
        "zip code",
        "zipcode",
        "plz",
        "postleitzahl",
        "code postal",
        "cp",
        "cap",
        "código postal",
        "codigo postal",
        "postnr",
        "postnummer",
        "postnumero",
        "eircode",
        "psc",
        "psč",
        "kod pocztowy",
        "irányítószám",
        "郵便番号",
        "우편번호",
        "邮编",
        "邮政编码",
    ),
}
_LETTER = re.compile(r"[^\W\d_]")
_DIGIT = re.compile(r"\d")
# A "name" column beside these names products or hosts, not people.
_NOT_PEOPLE = frozenset(
    "sku product item price qty quantity version file host hostname service model brand category".split()
)


@functools.cache
def _header_kinds() -> dict[str, str]:
    kinds = {fold(h).replace("_", " "): kind for kind, headers in VALUE_COLUMNS.items() for h in headers}
    kinds.update({fold(h).replace("_", " "): kind for kind, headers in ADDRESS_PARTS.items() for h in headers})
    kinds.update({fold(h).replace("_", " "): kind for kind, headers in _HEADERS.items() for h in headers})
    return kinds


_NUMBER_SUFFIX = re.compile(r"[ _-](?:no|nr|num|number|#)\.?$")


def _header_name(cell: str) -> str:
    """A header cell as the vocabulary writes it: "MemberID", "member_id" -> "member id"."""
    return fold(_CAMEL.sub(" ", cell)).replace("_", " ")


_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")


def _kind_of(name: str) -> str | None:
    """The kind a header names; "license_no", "passport nr" as "license", "passport"."""
    kinds = _header_kinds()
    return kinds.get(name) or kinds.get(_NUMBER_SUFFIX.sub("", name))


# A quoted cell may hold the separator ("9 Laurel Grove, Leeds LS6 2BX" in a CSV row).
_QUOTED = re.compile(r'[ ]*"((?:[^"]|"")*)"[ ]*')


def _cells(line: str, sep: str) -> list[tuple[int, int]]:
    """(start, end) of each cell's value in `line`, without padding or quotes."""
    out, pos = [], 0
    while True:
        quoted = _QUOTED.match(line, pos)
        if quoted is not None and (quoted.end() == len(line) or line[quoted.end()] in (sep, "\r")):
            start, end, pos = quoted.start(1), quoted.end(1), quoted.end()
        else:
            start, pos = pos, line.find(sep, pos)
            end = pos = len(line) if pos < 0 else pos
            while start < end and line[start] in " \"'":
                start += 1
            while end > start and line[end - 1] in " \"'\r":
                end -= 1
        out.append((start, end))
        if pos >= len(line) or line[pos] != sep:
            return out
        pos += 1


# SQL: "INSERT INTO t (name, dob, ssn) VALUES ('Ann Lee', '1980-02-14', '078-05-1120'), (...)":
# the column list is the header of every row after it.
_INSERT = re.compile(r"(?is:\binsert\s+into\s+[\w.\"`\[\]]+\s*\(([^)]{1,800})\)\s*values\s*)")
_SQL_VALUE = re.compile(r"\s*(?:N?'((?:[^']|'')*)'|([^,()\s][^,()]*?))\s*(?=[,)])")
_SQL_ROW_END = re.compile(r"\)\s*,?\s*(?:--[^\n]*\n\s*)?(?=\()")


def _sql_cells(text: str) -> Iterator[tuple[str, int, int]]:
    """(entity, start, end) of the values of INSERT rows under columns that name their kind."""
    for m in _INSERT.finditer(text):
        names = [_header_name(c.strip(' \t\n"`[]')) for c in m.group(1).split(",")]
        wanted = {k: kind for k, n in enumerate(names) if (kind := _field_kind(n)) is not None}
        pos = m.end()
        while wanted and pos < len(text) and text[pos] == "(":
            pos += 1
            for k in range(len(names)):
                v = _SQL_VALUE.match(text, pos)
                if v is None:
                    break
                group = 1 if v.group(1) is not None else 2
                if k in wanted and _plausible(wanted[k], v.group(group)):
                    yield wanted[k], v.start(group), v.end(group)
                pos = v.end() + 1  # past the comma (or the closing parenthesis)
            end = _SQL_ROW_END.match(text, pos - 1)
            if end is None:
                break
            pos = end.end()


# Fields of a payload whose key names their kind: JSON ("LastName": "Zhou"), XML
# (<Given>Mei</Given>) and form or query strings ("dob=1985%2D10%2D30&email=...").
_JSON_FIELD = re.compile(r'"([A-Za-z][\w .-]{0,40})"[ \t]*:[ \t]*(?:"((?:[^"\\\n]|\\.){1,300})"|(\d[\d./ -]{0,30}\d))')
_XML_FIELD = re.compile(r"<([A-Za-z][\w.-]{0,40})(?:[ \t][^<>\n]{0,200})?>([^<>\n]{1,300})</\1>")
_FORM_FIELD = re.compile(r"(?:(?<=[?&])|(?<![^\s]))([A-Za-z][\w.-]{0,40})=([^&\s\"'<>]{1,300})")
_KEY_DIGITS = re.compile(r"[ ]*\d+$")
# "customer name", "applicant_name", "custFullName": a person's name under a role's key; "product
# name" or "host_name" is none.
_PERSON_ROLES = frozenset(
    "cust customer client applicant patient contact holder member employee user student guest passenger "
    "subscriber beneficiary owner sender recipient buyer seller tenant driver insured policyholder "
    "emergency billing shipping account card parent guardian spouse".split()
)
_GENERIC_TAILS = frozenset("name id no nr number code type value key".split())
# A key's last word may say the script or language of its value.
_SCRIPT_TAILS = frozenset("en ar ja jp zh cn ko kr ru el he local latin roman romaji kana kanji native".split())


def _field_kind(key: str) -> str | None:
    """The kind a payload key names: exactly, or by its last words ("custDob", "addr_line1")."""
    name = " ".join(_KEY_DIGITS.sub("", _header_name(key.replace("-", " ").replace(".", " "))).split())
    if name in ("line", "address line", "street line") and key[-1:].isdigit():  # "line1", "addressLine2"
        return "STREET_ADDRESS"
    kind = _kind_of(name)
    words = name.split()
    if kind is None and len(words) > 1 and words[-1] in _SCRIPT_TAILS:  # "full_name_ar", "name_kanji"
        words = words[:-1]
        kind = _kind_of(" ".join(words))
    if kind is not None or len(words) < 2:
        return kind
    if len(words) > 2 and (kind := _kind_of(" ".join(words[-2:]))) is not None:
        return kind
    if words[-1] == "name" and words[-2] in _PERSON_ROLES:
        return "PERSON"
    return None if words[-1] in _GENERIC_TAILS else _kind_of(words[-1])


# vCard: "BDAY:1985-05-21", "ADR;TYPE=home:;;2245 ch. Sainte-Foy;Québec;QC;G1V 1S3;Canada".
_VCARD_FIELD = re.compile(r"(?m:^(BDAY|ADR|N|FN)(?:;[^:\n]*)?:;*([^\n]*[^\s;]))")
_VCARD_KEYS = {"BDAY": "bday", "ADR": "address", "N": "name", "FN": "full name"}
# HL7 v2: what the fields of a patient's (PID) and a next of kin's (NK1) segment hold.
_HL7_SEGMENT = re.compile(r"(?m:^(PID|NK1)\|[^\n]*)")
_HL7_KEYS = {"PID": {7: "dob", 11: "address", 13: "phone", 14: "phone", 19: "ssn"}, "NK1": {4: "address", 5: "phone"}}


def _hl7_fields(text: str) -> list[tuple[str, int, int, str]]:
    fields = []
    for m in _HL7_SEGMENT.finditer(text):
        keys, pos = _HL7_KEYS[m.group(1)], m.start()
        for k, value in enumerate(m.group().split("|")):
            if k in keys and value.strip("^ "):
                fields.append((keys[k], pos, pos + len(value), value.replace("^", " ")))
            pos += len(value) + 1
    return fields


def _unescaped(value: str) -> str:
    """A JSON string's value: "Jo\\u00e3o" is "João" (its escapes hold no digits of its own)."""
    if "\\" not in value:
        return value
    try:
        return str(json.loads(f'"{value}"'))
    except ValueError:
        return value


def _beside(text: str, start: int, others: list[int]) -> bool:
    """Whether one of `others` stands in the same JSON object (or the same payload) as `start`."""
    if not others:
        return False
    low, high = text.rfind("{", 0, start), text.find("}", start)
    if low < 0 or high < 0:
        return True
    return any(low < other < high for other in others)


def _field_cells(text: str) -> Iterator[tuple[str, int, int]]:
    """(entity, start, end) of payload values whose key names their kind."""
    fields: list[tuple[str, int, int, str]] = []
    if '"' in text:
        for m in _JSON_FIELD.finditer(text):
            group = 2 if m.group(2) is not None else 3
            fields.append((m.group(1), m.start(group), m.end(group), _unescaped(m.group(group))))
    if "</" in text:
        fields += [(m.group(1), m.start(2), m.end(2), m.group(2)) for m in _XML_FIELD.finditer(text)]
    if "=" in text:
        for m in _FORM_FIELD.finditer(text):
            fields.append((m.group(1), m.start(2), m.end(2), urllib.parse.unquote_plus(m.group(2))))
    if "VCARD" in text or "BDAY:" in text or "ADR;" in text or "ADR:" in text:
        fields += [(_VCARD_KEYS[m.group(1)], m.start(2), m.end(2), m.group(2)) for m in _VCARD_FIELD.finditer(text)]
    if "|" in text:
        fields += _hl7_fields(text)
    # A "name" key beside "sku" or "host" in the same object names a product or a machine.
    products = [start for key, start, *_ in fields if _header_name(key) in _NOT_PEOPLE]
    for key, start, end, value in fields:
        kind = _field_kind(key)
        if kind is None or (_header_name(key) == "name" and _beside(text, start, products)):
            continue
        if _plausible(kind, value.strip()):
            yield kind, start, end


def table_cells(text: str, entity: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of the cells under a header (or the payload values under a key) that names
    `entity`, in every table and payload of `text`."""
    return _all_cells(text).get(entity, ())


@functools.lru_cache(maxsize=4)  # PERSON, LOCATION, STREET_ADDRESS and the engine ask about the same text in a row
def _all_cells(text: str) -> dict[str, tuple[tuple[int, int], ...]]:
    found: dict[str, list[tuple[int, int]]] = {}
    for entity, start, end in _field_cells(text):
        found.setdefault(entity, []).append((start, end))
    if not any(sep in text for sep in _SEPARATORS):
        return {entity: tuple(cells) for entity, cells in found.items()}
    for entity, start, end in _columns(text) if "\n" in text else ():
        found.setdefault(entity, []).append((start, end))
    if "VALUES" in text or "values" in text:
        for entity, start, end in _sql_cells(text):
            found.setdefault(entity, []).append((start, end))
    return {entity: tuple(cells) for entity, cells in found.items()}


_RULE = re.compile(r"[ \t|+:=-]*-{3,}[ \t|+:=-]*")
# A header cell names a column; a label with its value after a colon, or three digits, is no header.
_NOT_A_HEADER = re.compile(r"[:：][ \t]*\S|\d{3}")


def _columns(text: str) -> Iterator[tuple[str, int, int]]:
    """(entity, start, end) of every cell under a header that names its kind, in one pass."""
    lines, offset = [], 0
    for line in text.split("\n"):
        lines.append((offset, line))
        offset += len(line) + 1
    i = 0
    while i < len(lines):
        _, header = lines[i]
        i += 1
        for sep in _SEPARATORS:
            if sep not in header:
                continue
            header_cells = [header[s:e] for s, e in _cells(header, sep)]
            if any(_NOT_A_HEADER.search(cell) for cell in header_cells):
                continue  # "Present address: 1427 86th Street, Apt 5F" is a field and its value, not a header
            names = [_header_name(cell) for cell in header_cells]
            not_people = bool(_NOT_PEOPLE.intersection(names))  # a "name" column beside "sku" names products
            # The same lookup as an INSERT's column list ("passport_no" names a passport column too).
            kinds = [(k, name, _field_kind(name)) for k, name in enumerate(names)]
            wanted = [
                (k, kind)
                for k, name, kind in kinds
                if kind is not None and not (not_people and name == "name" and kind == "PERSON")
            ]
            if not wanted:
                continue
            while i < len(lines):
                start, line = lines[i]
                if _RULE.fullmatch(line):  # "-----+------" under a query result's header
                    i += 1
                    continue
                cells = _cells(line, sep)
                if len(cells) != len(names):
                    break
                for k, entity in wanted:
                    s, e = cells[k]
                    if _plausible(entity, line[s:e]):
                        yield entity, start + s, start + e
                i += 1
            break


# What the columns of ADDRESS_PARTS are reported as.
_REPORTED_AS = {"POSTAL_CODE": "STREET_ADDRESS", "STATE": "LOCATION"}
_STATE_CODE = re.compile(r"[A-Z]{2}|NSW|VIC|QLD|TAS|ACT")


def _plausible(entity: str, cell: str) -> bool:
    if entity == "STATE":  # "state": "pending" is a status; "TX" is a place
        return _STATE_CODE.fullmatch(cell) is not None
    if (
        entity in VALUE_COLUMNS or entity == "POSTAL_CODE"
    ):  # an identifier, a date, a number or an address: not "n/a" or "-"
        return _DIGIT.search(cell) is not None or (entity == "EMAIL_ADDRESS" and "@" in cell)
    # Names and towns have no digits ("HTTP 401" in a name column is no name), nor an "@".
    return (
        _LETTER.search(cell) is not None
        and (entity == "STREET_ADDRESS" or _DIGIT.search(cell) is None)
        and (entity != "PERSON" or "@" not in cell)
    )


def value_cells(text: str) -> Iterator[tuple[str, int, int]]:
    """(entity, start, end) of every cell under a header that names an identifier or contact column."""
    for entity, cells in _all_cells(text).items():
        if entity in VALUE_COLUMNS or entity in ADDRESS_PARTS:
            for start, end in cells:
                yield _REPORTED_AS.get(entity, entity), start, end
