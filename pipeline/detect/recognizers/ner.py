"""People and places from spaCy's named-entity recognizer, plus the PERSON rules.

Not a regex recognizer: the engine runs spaCy's `nlp.pipe` over a batch and
hands each doc to `ner_findings`. The small English model has its own
token-to-vector layer inside `ner`, so nothing else of the pipeline is needed.

The model misses most names it has not seen in English news text (accents,
particles, a first name alone), so `rule_persons` adds the names the text
itself vouches for, in English, German, French, Spanish, Italian, Dutch and
Portuguese:
  - after a title or honorific (Dr., Mrs, Herr, Mme, Sra., Sig.ra, Dhr.);
  - after a greeting or a sign-off ("Hi Heather", "Thanks, Heather",
    "Grüße, Jürgen", "Cordialement,\\nHélène Dupont"), on the same line or
    the next (a signature);
  - after a self-introduction or a label ("my name is", "ich heiße",
    "je m'appelle", "Name:", "Karteninhaber:");
  - the display name of an e-mail address ("Jason Curry <jc@x.org>", the
    From:/To: lines of a forwarded mail), and a name whose words spell an
    address's local part in the same text;
  - a known given name, alone or before a capitalized surname with its
    particles ("Herminia de Sánchez", "Jan van der Berg");
  - in lowercase chat, a known given name right after such a cue
    ("thanks heather", "hi, this is maria");
  - a partial NER name widened to the capitalized word beside it.
Given names and surnames come from lexicon (US Census 1990, public domain,
and a European list of our own). A place reading of the same words by the
LOCATION recognizer scores lower, except where a place cue says so.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from typing import Any

from pipeline.detect.leads import LeadIndexPerThread
from pipeline.detect.recognizers.lexicon import (
    LOWER,
    NOT_NAMES,
    UPPER,
    common_given_names,
    fold,
    given_names,
    place_key,
    places,
    surnames,
)
from pipeline.detect.recognizers.location import region_end
from pipeline.detect.recognizers.logins import login_names
from pipeline.detect.recognizers.scripts import script_names
from pipeline.detect.recognizers.tables import table_cells

# Our entity type -> the spaCy labels that make it.
NER_LABELS: dict[str, tuple[str, ...]] = {
    "PERSON": ("PERSON",),
    "LOCATION": ("GPE", "LOC", "FAC"),
}
NER_SCORE = 0.85
NER_NAME = "spacy_ner"
RULE_NAME = "person_rules"
RULE_SCORES = {
    "title": 0.85,
    "header": 0.85,
    "widened": 0.85,
    "email": 0.9,
    "cue": 0.8,
    "lowercase": 0.7,
    "given_name": 0.75,
    "given_name_alone": 0.65,
    "table": 0.8,
    "repeated": 0.8,
}
_RELABEL = ("GPE", "LOC", "FAC", "ORG", "NORP")
_TRAILING = " :;,.-"

# One word of a name: "Sánchez", "O'Brien", "McDonald", "Jean-Luc", "Łukasz".
_W = (
    # "H.-Dieter", "Klaus-D.": an initial hyphenated to a given name
    rf"(?:[{UPPER}]\.-)?[{UPPER}](?:['’][{UPPER}])?[{LOWER}]+(?:[{UPPER}][{LOWER}]+)?(?:-[{UPPER}]\.)?"
    # "Jean-Luc", "Westermann-van der Ven"
    rf"(?:-(?:(?:van|von|de|der|den|la|le|da|di|du|del|dos)[ \u00a0])*[{UPPER}][{LOWER}]+)*"
    # "Eun-ji", "Min-jun": a Korean given name's second syllable in lower case
    rf"(?:-[{LOWER}]{{2,4}}(?![{LOWER}-]))?"
)
_PARTICLE = (
    r"(?:van der|van den|van de|van 't|von der|von und zu|von|van|vander|de la|de las|de los|de|del|della|delle|"
    r"dei|degli|da|das|dos|do|di|du|des|le|la|ter|ten|zu|y|e|binti|bint|bin|ibn|al|el|af|av|d['’]|ap|ab|verch|"
    r"s/o|d/o|a/l|a/p|vda\.?[ \u00a0]de|viuda de)"  # Singapore and Malaysia: "Rajendran s/o Muthusamy"
)
# Between capitalized words only, Catalan's "i" too: "Castells i Puig" ("tell juan i said" is no name).
# Dutch "den", "het" alone too: "Bo den Teuling", "Floor van het Heerenveen".
_CAPS_PARTICLE = "(?:van het|den|het|" + _PARTICLE[3:-1] + "|i)"
_SP = r"[ \u00a0]"
# A full name: up to four words, initials and particles between them ("Jan van der Berg", "John F. Kennedy").
# A nickname may stand inside it: 'Earl "Buddy" Tate', "Katarzyna (Kasia) Wiśniewska".
_NICKNAME = rf"(?:{_SP}+(?:\"[{UPPER}][{LOWER}]+\"|“[{UPPER}][{LOWER}]+”|\([{UPPER}][{LOWER}]+\)))?"
# An initial ends a name before a colon, a comma or the line's end: "Kayla M: on it", "Dev P,".
_LAST_INITIAL = rf"(?:{_SP}[{UPPER}]\.?(?=[ \t]*(?:[:,;)\n]|\Z)))?"
_NAME = rf"{_W}(?:{_NICKNAME}{_SP}+(?:[{UPPER}]\.?{_SP}+)?(?:{_CAPS_PARTICLE}{_SP}*)?{_W}){{0,3}}{_LAST_INITIAL}"
_NAME_AT = re.compile(_NAME)
_LOWER_WORD = re.compile(rf"[{LOWER}]+(?:-[{LOWER}]+)?")
_FOLLOWING_LOWER = re.compile(rf"{_SP}+([{LOWER}]+)")
_NAME_RUN = re.compile(rf"(?<![\w@.]){_NAME}")
# "REBECCA FLORES", "ADÉLAÏDE XAVIER FRANÇOIS", "JAN VAN DER BERG": names in capitals.
_UPPER_WORD = rf"(?:[{UPPER}]['’])?[{UPPER}]{{2,}}(?:[-'’][{UPPER}]+)*"  # "O'BRIEN", "SÖLZER-LINDNER"
_UPPER_NAME = re.compile(rf"{_UPPER_WORD}(?:{_SP}+(?:(?i:{_PARTICLE}){_SP}+)?{_UPPER_WORD}){{0,3}}(?![{LOWER}])")
_UPPER_RUN = re.compile(
    rf"(?<![\w@.]){_UPPER_WORD}(?:{_SP}+(?:[{UPPER}]\.?{_SP}+)?(?:(?i:{_PARTICLE}){_SP}+)?{_UPPER_WORD}){{1,3}}"
    rf"(?:{_LAST_INITIAL}|(?![\w@]))|(?<![\w@.]){_UPPER_WORD}{_SP}[{UPPER}]\.?(?=[ \t]*(?:[:,;)\n]|\Z))"
)
# "luiz fernando barros" after a title: up to three lowercase words.
_LOWER_NAME = re.compile(
    rf"[{LOWER}]+(?:-[{LOWER}]+)?(?:{_SP}+(?:{_PARTICLE}{_SP}+)?[{LOWER}]+(?:-[{LOWER}]+)?){{0,2}}"
)
_FUNCTION_WORDS = frozenset(
    "le la les the and et und y e o a de du des del di da van von or ou is est ist es è que qui who "
    "for per pour für para an à tous todos tutti allemaal alle so much very again all to of in on at its here".split()
)
# After a strong cue a lowercase name ends its clause: "Hi ricardo archer,", "titular es carlito rivera."
_CLAUSE_END = re.compile(r"[ \t]*(?:[,.;:!?)\n]|$)")
# ... or a conjunction or a new clause does: "my name is kayla brooks and i cant log in".
_CONJUNCTION = re.compile(r"[ \t]+(?:and|but|from|here|i|im|i'm|und|et|y|e|och|og|en)\b")

# Titles written with a dot ("M.", "Hr.", "Dhr."), with an inner dot ("Sig.ra"), or either way ("Dr", "Dr.").
_TITLES_DOTTED = (
    r"M|D|Me|Hr|Fr|Sig|Sigg|Dott|Avv|Ing|Geom|Rag|Dhr|Mevr|Mw|Drs|Ir|Rev|Capt|Sgt|Lt|Col|Mag|Lic|Licda|Arq|Abg"
)
_TITLES_INNER = r"Sig\.ra|Sig\.na|Dott\.ssa|Sr\.a|Sr\.ª"
_TITLES = (
    r"Dr|Dra|Mr|Mrs|Ms|Mx|Miss|Mme|Mlle|MM|Prof|Profa|Herr|Herrn|Frau|Sr|Sra|Srta|Sres|Dª|Dña|Sir|Dame|Lord|Lady|"
    r"Monsieur|Madame|Mademoiselle|"
    r"Señor|Señora|Señorita|Don|Doña|Signor|Signora|Signorina|Dona|Senhor|Senhora|Meneer|Mevrouw|Mejuffrouw|Juffrouw"
)
# Forms and tickets write them in capitals ("MR JAMES HOLLOWAY") or lowercase with a dot ("mw. Visser").
_TITLES_CAPS = r"MR|MRS|MS|MISS|MSTR|DR|DRA|PROF|HERR|FRAU|MME|SR|SRA|DON|DOÑA"
_TITLE = (
    rf"(?:(?:{_TITLES_INNER})\.?|(?:{_TITLES})\.?|(?:{_TITLES_DOTTED})\.|(?:{_TITLES_CAPS})\.?(?![{LOWER}])"
    r"|(?i:dr|dra|dhr|mevr|mr|mrs|ms|sr|sra|mw|ir|ing|drs)\.)"
)
_TITLED = re.compile(
    rf"(?<![\w.-]){_TITLE}(?:{_SP}+{_TITLE})*{_SP}+(?:(?:med|rer\. nat|h\. ?c)\.{_SP}+)?(?=[{UPPER}{LOWER}])"
)
# Initials may come first ("Mr K. Patel", "mw. J. Visser-de Jong").
_INITIALS = rf"(?:[{UPPER}](?:\.{_SP}*|{_SP}(?=[{UPPER}]{{2}}))){{1,3}}"
_TITLE_NAME = re.compile(rf"(?:{_INITIALS})?(?:{_PARTICLE}{_SP}*)?{_NAME}")
_INITIAL_UPPER = re.compile(rf"[{UPPER}]\.?{_SP}+{_UPPER_NAME.pattern}")  # "MR O ADEYEMI"

# Greetings and sign-offs: a first name alone after one of these is a name.
_GREETINGS = (
    r"hi|hiya|hello|hey|heya|dear|good morning|good afternoon|good evening|greetings|"
    r"hallo|liebe|lieber|sehr geehrte|sehr geehrter|guten tag|guten morgen|moin|servus|grüezi|"
    r"bonjour|bonsoir|salut|coucou|cher|chère|"
    r"hola|estimado|estimada|querido|querida|buenos días|buenas tardes|buenas|"
    r"ciao|salve|gentile|gentilissimo|gentilissima|caro|cara|egregio|buongiorno|buonasera|"
    r"hoi|beste|geachte|goedemorgen|goedemiddag|dag|"
    r"olá|oi|prezado|prezada|prezados|prezadas|bom dia|boa tarde|boa noite|estimados|estimadas|queridos|queridas|"
    r"cari|care|gentili|caros|caras|liebe kollegen|"
    r"dzień dobry|witam|cześć|szanowny panie|szanowna pani|dobrý den|ahoj|vážený pane|vážená paní|"
    r"hej|hejsan|god dag|goddag|kære|bästa|hei|moi|hyvä|hallå|"
    r"kia ora|tere|szia|sziasztok|jó napot|bună ziua|buna ziua|salut|merhaba|selam|zdravo|dobar dan|labas|sveiki|"
    r"kaixo|dia dhuit|namaste|γεια σας|γεια σου|καλημέρα|здравейте|здравствуйте|добрый день|привіт|вітаю"
)
_SIGN_OFFS = (
    r"thanks|thank you|thanks again|thanks so much|many thanks|thx|ty|cheers|regards|best regards|kind regards|"
    r"warm regards|warmest regards|best wishes|all the best|best|sincerely|yours sincerely|sincerely yours|"
    r"yours truly|yours faithfully|faithfully|yours respectfully|respectfully yours|yours|respectfully|cordially|take care|talk soon|love|br|kr|"
    r"grüße|viele grüße|gruss|grüess|danke & gruß|danke und gruß|danke & gruss|thanks & regards|thanks and regards|"
    r"beste grüße|liebe grüße|herzliche grüße|schöne grüße|freundliche grüße|"
    r"mit freundlichen grüßen|mit besten grüßen|gruß|viele grüsse|beste grüsse|liebe grüsse|"
    r"mit freundlichen grüssen|danke|vielen dank|danke schön|mfg|lg|vg|"
    r"cordialement|bien cordialement|bien à vous|merci|merci beaucoup|salutations|sincères salutations|"
    r"amicalement|bisous|à bientôt|bonne journée|"
    r"saludos|un saludo|saludos cordiales|atentamente|gracias|muchas gracias|un abrazo|cordialmente|"
    r"saluti|cordiali saluti|distinti saluti|un saluto|grazie|grazie mille|a presto|"
    r"groet|groeten|met vriendelijke groet|vriendelijke groeten|met vriendelijke groeten|groetjes|hartelijke groet|"
    r"bedankt|dank je|dank je wel|dank u|dank u wel|mvg|"
    r"obrigado|obrigada|atenciosamente|abraços|abraço|cumprimentos|saudações|beijos|até logo|valeu|abs|bjs|"
    r"tschüss|bye|tks|cdlt|bises|"
    r"pozdrawiam|z poważaniem|z wyrazami szacunku|s pozdravem|děkuji|díky|"
    r"med vänlig hälsning|vänliga hälsningar|hälsningar|mvh|venlig hilsen|med venlig hilsen|hilsen|vh|"
    r"med vennlig hilsen|vennlig hilsen|terveisin|ystävällisin terveisin|kiitos"
)
_LINE_START = r"(?:^|(?<=\n)|(?<=[.!?])[ \t]+|(?<=[.!?]))"
_GREETING = re.compile(rf"(?i:{_LINE_START}[ \t]*(?:{_GREETINGS}))[ \t]*[,!]?[ \t]+")
# A sign-off vouches for the word after it when punctuation or a line break
# stands between them ("Best,\nJohn"); "Best Buy" needs a known given name.
_SIGN_OFF = re.compile(
    rf"(?i:{_LINE_START}[ \t]*(?:{_SIGN_OFFS}))(?:(?P<p>[ \t]*[,!.:\-–—]+[ \t]*(?:\n\s*)?|[ \t]*\n\s*)|[ \t]+)"
)

# "my name is", "Name:": whatever capitalized words follow are a name. A label
# stands at the start of a line or field ("Product Name:" names no person).
_STRONG_CUE = re.compile(
    r"(?i:\b(?:my name is|my name's|name's|i am called|i'm called|call me|"
    r"ich heiße|ich heisse|mein name ist|mein name lautet|je m'appelle|je me nomme|mon nom est|"
    r"me llamo|mi nombre es|mi chiamo|il mio nome è|ik heet|mijn naam is|meu nome é|o meu nome é|me chamo|"
    r"signed|signed by|unterschrieben von|signé|firmado|firmato|getekend|assinado|"
    r"(?:account |card ?|policy )?holder is|(?:rekening|pas)houder is|(?:konto|karten)inhaber(?:in)? ist|"
    r"titulaire(?: du compte| de la carte)? est|titular(?: de la cuenta| de la tarjeta)? es|"
    r"titular(?: da conta| do cartão)? é|intestatario(?: del conto| della carta)? è|"
    r"in the name of|on behalf of|au nom de|auf den namen|a nombre de|a nome di|em nome de|op naam van|"
    r"t\.n\.v\.|tnv|z\.hd\.|z\. hd\.|zhd|attn\.?|attention|c/o|à l'attention de|all'attenzione di|a/a|"
    r"name on the (?:acct|account|card) is|the (?:acct|account|card) is in the name of|"
    r"forward(?:ed)? to|inoltrate a|inoltra a|reenvíelo a|reenvíe a|transfira para|doorsturen naar|"
    r"stuur dit door naar|door naar|weiterleiten an|leiten sie (?:das|es) an|transférez à|faites suivre à|"
    r"forward this to|u spreekt met|le escribe|vi scrive|booked under|reserva em nome de|bestellt hat|aqui é|aquí es|"
    r"am i speaking with|am i speaking to|speaking with mister|speaking with mr|speaking with ms|hablo con|falo com|"
    r"mister|missus|"
    # South Asian forms: "S/o K. Venkataraman", "D/o: Late Ram Chand Verma"; Indonesian "a.n." (in the name of)
    r"s/o|d/o|w/o|son of|daughter of|wife of|a\.n\.|atas nama)"
    r"\b[ \t]*[,:]?[ \t]+[\"“'‘]?(?:late[ \t]+)?)"
)
_LABEL_CUE = re.compile(
    r"(?i:\b(?:name|full name|customer name|patient name|contact name|contact person|"
    r"account holder|cardholder|card holder|policy holder|patient|ansprechpartner|ansprechpartnerin|"
    r"karteninhaber|kontoinhaber|vorname|nachname|nom|prénom|nom complet|titulaire|nombre|apellidos?|titular|"
    r"paciente|nome|cognome|intestatario|paziente|naam|voornaam|achternaam|rekeninghouder|patiënt|sobrenome|"
    r"nome completo|pat\.|pt\.|pat|pt|nombre y apellidos|nombre completo|nome e cognome|cognome e nome|"
    r"forenames?|forename\(s\)|surname|family name|given names?|first name|last name|middle name|"
    r"naam en voornaam|achter- en voornaam|nom et prénom|nom de naissance|nom d'usage|"
    r"geburtsname|familienname|name des kunden|kundenname|versicherte[rn]?|mitglied|"
    r"beneficiary|beneficiario|beneficiário|begünstigter|bénéficiaire|insured|assicurato|asegurado|"
    r"employee|mitarbeiter|mitarbeiterin|dipendente|empleado|empleada|werknemer|funcionário|salarié|salariée|"
    r"tenant|mieter|locataire|inquilino|huurder|signatory|unterzeichner|emergency contact|next of kin|"
    r"legal name|father's name|mother's name|spouse|claimant|witness|passenger|guest|traveler|traveller|"
    r"driver(?: \d)?|apellidos y nombre|nombre y apellido|segurado|tomador|unfallgegner|versicherungsnehmer|"
    r"potilas|nimi|sukunimi|etunimi|navn|fornavn|efternavn|etternavn|namn|förnamn|efternamn|"
    r"imię i nazwisko|imię|nazwisko|jméno|příjmení|ad soyad|adı soyadı|nome do segurado|assuré|assurée|"
    r"dependent|dependant|subscriber|guarantor|policyholder|applicant|recipient|addressee|guardian|"
    r"parent|child|student|pupil|landlord|landlady|referring physician|attending physician|"
    r"angehörige[rn]?|anhörig|pårørende|omaiset|familiare|familiar|contato de emergência|"
    r"resident|attending|nurse|rn|physician|surgeon|pcp|gp|consultant|therapist|caseworker|social worker|midwife|"
    r"prescriber|seen by|reviewed by|approved by|verified by|entered by|requested by|ordered by|signed by|"
    r"assignee|reporter|submitted by|reported by|hausarzt|médecin traitant|médico|medico curante|huisarts|"
    r"candidate|interviewee|requester|requestor|név|ügyfél neve|ονοματεπώνυμο|όνομα|επώνυμο)"
    r"(?:[ \t]*\([^)\n]{1,30}\)|[ \t]*#?\d{1,2})?[ \t]*[:=][ \t]*)"
)
# Labels that name a role, not a name field: a lowercase value after them is a note, not a name.
_ROLE_LABEL = re.compile(
    r"(?i:resident|attending|nurse|rn|physician|surgeon|pcp|gp|consultant|therapist|caseworker|social worker|"
    r"midwife|prescriber|seen by|reviewed by|approved by|verified by|entered by|requested by|ordered by|"
    r"signed by|assignee|reporter|submitted by|reported by|employee|tenant|guest|driver|witness|parent|child)\b"
)
# After a form label, the rest of the line is the name when it is one to five words of letters
# (capitals, lowercase or mixed: "GAUTIER Paul", "ella mans", "van den Brink").
_LINE_WORDS = rf"[{UPPER}{LOWER}][{UPPER}{LOWER}'’.-]*(?:[ \u00a0]+[{UPPER}{LOWER}][{UPPER}{LOWER}'’.-]*){{0,4}}"
# "Last, First" as one name when the line ends after it; the next field may follow two spaces on
# ("Patient: OKONJO, Chiamaka   DOB: 14/07/1985").
_LINE_NAME = re.compile(
    rf"{_LINE_WORDS}(?:,[ \u00a0]+{_LINE_WORDS}(?=[ \t]*(?:\r?\n|\Z)|[ \t]{{2,}}))?"
    r"(?=[ \t]*(?:[,;(/]|\r?\n|\Z)|[ \t]{2,})"
)
# The word before a label, if any ("Product" in "Product Name:").
_WORD_END = re.compile(r"[\w&/-][ \t]?\Z")  # \Z: "$" also matched before the "\n" ending a line
# "this is", "my colleague": two or more capitalized words, or one known given name.
_WEAK_CUE = re.compile(
    r"(?i:\b(?:this is|it's|its|it is|i am|i'm|im|here is|speaking|contact|customer|client|"
    r"caller|patient|member|colleague|my colleague|my wife|my husband|my son|my daughter|my mother|my father|"
    r"ich bin|bin|hier ist|hier spricht|je suis|c'est|soy|habla|le habla|sono|qui è|parla|ik ben|"
    r"sou|aqui é|fala|de la part de|de parte de|da parte di|namens|kunde|kundin|cliente|hier|"
    r"klant|paciente|paziente|patiënt)\b[ \t]+)"
)
# Who someone is to the writer: the name after it ("Mom Chioma asks", "my son aiden had").
_RELATION = re.compile(
    r"(?i:\b(?:mom|mum|mother|dad|father|daughter|son|wife|husband|brother|sister|grandma|grandmother|grandpa|"
    r"grandfather|aunt|uncle|niece|nephew|cousin|friend|partner|fiancé|fiancée|guardian|caregiver|carer|"
    r"neighbour|neighbor|roommate|mutter|vater|tochter|sohn|bruder|schwester|ehefrau|ehemann|mère|père|fille|"
    r"fils|frère|sœur|madre|padre|hija|hijo|hermano|hermana|esposa|esposo|marido|moeder|vader|dochter|zoon|"
    r"mãe|pai|filha|filho)[ \t]+)"
)
# Cues after which a lowercase given name is the name ("name siobhan mcbride", "et mon nom yannick").
# ... and a chat line's speaker label when the line says a name: "cliente: thiago nascimento, CPF ...".
_LOWER_CUE = re.compile(
    r"(?i:\b(?:name|my name|mon nom|nombre|nome|naam|i'm|im|i am|c'est|ich bin|its|it's|it is|"
    # who a chat talks to or about: "ask for kwame", "thx nadia", "ate maricel", "bhai rohit"
    r"ask for|asked for|speak to|speak with|spoke to|spoke with|talk to|talked to|talking to|tell|told|"
    r"thanks|thank you|thx|ty|cc|ping|called|texted|with|from|by|and|via|dear|hi|hello|hey|"
    r"bro|sis|ate|kuya|tito|tita|bhai|didi|abang|kak|mas|mbak|dada|mama|papa|señora|señor|dona|seu|"
    # whom to reach ("ring becky on 07700 ...", "remind jerome about"), and "my name is" in more languages
    r"ring|remind|reminding|text|txt|call|msg|message|dm|meet|met|give it to|send it to|pass it to|hand it to|"
    r"é o|é a|sou o|sou a|esmi|ismi|namae wa|namae|name na|mera naam|naam hai|ibu|bu|bapak|pak)[ \t]+|"
    r"(?m:^)[ \t]*(?:customer|cliente|client|caller|cust|user|kunde|klant|usuario|utente|me)[ \t]*:[ \t]*)(?=[a-zà-ÿ])"
)
# A display name before an address: "Jason Curry <jc@x.org>", "From: Weber, Jürgen <jw@x.de>".
_DISPLAY = re.compile(
    rf"(?:(?<=[:\n])|(?<=[:,;][ \t])|^)[ \t]*\"?({_NAME}|{_W},{_SP}+{_W})\"?{_SP}*[<(\[][^\s>@]+@",
    re.MULTILINE,
)
_HEADER = re.compile(
    r"(?im:^[ \t>]*(?:from|to|cc|bcc|reply-to|sender|von|an|de|à|a|para|da|van|aan|envoyé par|gesendet von)"
    r"[ \t]*:[ \t]*)"
)
_WORD_BEFORE = re.compile(rf"({_W}){_SP}+$")
_WORD_AFTER = re.compile(rf"{_SP}+({_W})\b")
_EMAIL_LOCAL = re.compile(rf"\b([{UPPER}{LOWER}]+)[._-]([{UPPER}{LOWER}]+)\d*@")
# After a header cue, a name ends its line or stands before the address.
_HEADER_END = re.compile(r"[ \t]*(?:[<(\[,;]|$)", re.MULTILINE)
# "Pixel 8a", "Galaxy S23", "Fritz!Box": what follows a product name, not a person's.
# A model number is one short code ("8a", "S23", "15 Pro"); a phone number after a name
# ("Femke Dijkstra 06 1447 2088") has more digit groups, or a "+" or "(".
_MODEL_AFTER = re.compile(
    r"[!+&]\w|(?![ \t\u00a0]+\d{1,3}[MF]\b)"  # "Marcus Bell 44M": an age and a sex, not a model
    r"[ \t\u00a0]+[A-Za-z]{0,3}\d{1,4}[A-Za-z]{0,3}(?![\w.\-/:])(?![ \t\u00a0]*[\d(+])"
)
_LEADING_WORD = re.compile(r"(\S+)\s+")
# Chat transcripts and exports: who speaks. "Agent Leah:", "Operatore Federica:", a Slack display
# name "*Sun-hee Kim*:" or "*Maya Goldstein*  9:02 AM", an @mention ("@priya.n").
_ROLE = (
    r"agent|operator|operatore|operatrice|medewerker|medewerkster|mitarbeiter|mitarbeiterin|agente|conseiller|"
    r"conseillère|advisor|adviser|rep|representative|support|nurse|atendente|asesor|asesora|consulente|specialist"
)
_PERMISSIVE_NAME = rf"[{UPPER}][{UPPER}{LOWER}'’.-]*(?:[ \u00a0][{UPPER}{LOWER}][{UPPER}{LOWER}'’.-]*){{0,3}}"
_SPEAKER = re.compile(rf"(?im:^[ \t]*(?:\[[^\]\n]{{1,24}}\][ \t]*)?(?:{_ROLE})[ \t]+)(?-i:({_PERMISSIVE_NAME}))[ \t]*:")
_SLACK_NAME = re.compile(rf"(?m)^[ \t]*\*({_PERMISSIVE_NAME})\*(?=[ \t]*:|[ \t]+\d{{1,2}}:\d{{2}})")
# A chat export's header line: a name, then when it was said ("Priyanka Deshpande [3:41 PM]:",
# "Ruth Abernathy  8:10 AM", "Gráinne Fitzpatrick 08/10/2025 14:33").
_TIMED_SPEAKER = re.compile(
    rf"(?m)^[ \t]*({_PERMISSIVE_NAME})[ \t]+[\[(]?(?:\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}},?[ \t]+)?\d{{1,2}}:\d{{2}}"
    r"(?:[ \t]?[AaPp]\.?[Mm]\.?)?[\])]?[ \t]*(?::|$)"
)
_MENTION = re.compile(r"(?<![\w.@/+-])@([A-Za-z][A-Za-z0-9._-]{0,30}[A-Za-z0-9])(?![\w@(]|\.[A-Za-z]{2,}\b)")
_NOT_MENTIONS = frozenset(
    "here channel everyone all team dataclass override property staticmethod classmethod abstractmethod types "
    "param return returns throws see since deprecated author version todo media import keyframes charset mixin "
    "include extend supports layout pytest app router api given when then mock patch test".split()
)
# A name asked for, and the answer on the next speaker line ("AGENT: and your full name?\nCALLER: ...").
_NAME_ASKED = re.compile(
    r"(?i:\b(?:name|naam|nom|nombre|nome|navn|nimi|imię|namen|who am i speaking with|who's calling|who is calling|"
    r"who is this|with whom|con quién|mit wem|à qui|con chi|met wie|tengo el gusto|com quem eu falo|quem fala)\b"
    # a question mark, or the line ends with the question's word ("can i get your name", "name po")
    r"(?:[^\n]*\?[^\n]*|(?:[ \t]+(?:please|pls|po|registered po))?[ \t.]*)\n"
    r"[ \t]*(?:\[[^\]\n]{1,24}\][ \t]*)?[^\W\d_][\w .'-]{0,24}:[ \t]*"
    r"(?:(?:yes|yeah|yep|sure|ok|okay|uh|um|er|erm|eh|so|it's|its|it is|this is|i'm|im|i am|si habla|habla|"
    r"é o|é a|sou o|sou a|soy|ma'am|sir|po)[ \t,]+)*)"
)
_ANSWER = re.compile(rf"[{UPPER}{LOWER}][{UPPER}{LOWER}'’-]*(?:[ \t]+[{UPPER}{LOWER}][{UPPER}{LOWER}'’-]*){{0,3}}")
_COMMA_OR_EOL = re.compile(r"[ \t]*(?:,|$)", re.MULTILINE)
_STANDS_ALONE = re.compile(r"[ \t]*(?:[,!.;:)]|$)", re.MULTILINE)
# "Whitaker, June", "BAKER, Thomas R.", "ALVAREZ, ROSA M": surname first, as records and lists write it.
# The word after the comma must be a known given name.
_SURNAME_FIRST = re.compile(
    rf"(?<![\w@.])({_W}|{_UPPER_WORD}),{_SP}+({_W}|{_UPPER_WORD})"
    rf"(?:{_SP}+({_W}|{_UPPER_WORD}|[{UPPER}]\.?)(?![\w]))?(?![\w@])"
)
# An identity document's or a form's name fields, label and value on one line without a colon
# ("Surname OKONJO", "Given names ADAEZE GRACE", "LN GARCIA" / "FN SOFIA ELENA" on a US licence).
# Without the colon only a value in capitals is taken.
_CAPS_FIELD = re.compile(
    r"(?im:^[ \t]*(?:\d{1,2}[a-c]?\.[ \t]*)?(?:surname|surnames|given names?|first names?|last name|family name|"
    r"forenames?|name|names|ln|fn|nachname|vornamen?|name/surname|nom|prénoms?|nom/surname|apellidos?|nombres?|"
    r"cognome|nome|achternaam|voornamen|nazwisko|imiona|příjmení|jméno|efternamn|förnamn|sukunimi|etunimet)"
    r"(?:[ \t]*/[ \t]*[^\W\d_]+(?:[ \t]+[a-z][^\W\d_]+)?)?[ \t]*[:.]?[ \t]+)"
    rf"(?-i:({_UPPER_WORD}(?:[ ,]{_SP}*{_UPPER_WORD}){{0,3}}|[{UPPER}](?: [{UPPER}]){{2,}}))(?=[ \t]*(?:\r?\n|\Z)|[ \t]{{2,}})"
)
# A passport's machine-readable zone, first line: "P<GBROKONJO<<ADAEZE<GRACE<<<<<<".
# A name spelled out letter by letter: "O-K-A-F-O-R", "B-E-A-T-R-I-X".
_SPELLED = re.compile(rf"(?<![\w-])[{UPPER}](?:-[{UPPER}]){{3,}}(?![\w-])")
# A name in an HL7 or X12 segment: family^given^middle ("KAMARA^FATMATA^S"), "GUTIERREZ*MARIA*L".
_SEGMENT_NAME = re.compile(
    rf"(?<![\w])({_UPPER_WORD}|{_W})([\^*])({_UPPER_WORD}|{_W})(?:\2(?:[{UPPER}][{UPPER}{LOWER}]*)?)?(?![\w])"
)
# HL7's patient (PID-5) and next-of-kin (NK1-2) name fields, whatever the names.
_HL7_NAME = re.compile(r"(?m)^(?:PID\|(?:[^|\n]*\|){4}|NK1\|[^|\n]*\|)([^|\n\d]*[^\W\d_][^|\n\d]*?)(?=\|)")
_MRZ_NAMES = re.compile(r"(?m)^P[A-Z<][A-Z<]{3}([A-Z]+(?:<[A-Z]+)*<<[A-Z]+(?:<[A-Z]+)*)<*[ \t]*$")
# A chat export's speaker lines: "Priyanka: who has the key?" at the start of a line.
# Who speaks in a chat without being a person.
_CHAT_ROLES = frozenset(
    "agent bot support system admin moderator mod operator staff host assistant seller buyer you me ibu bapak "
    "pak bu mama papa mom dad mum ate kuya lola lolo tita tito tía tío abuela abuelo oma opa sisi bhai didi "
    "driver rider courier shop store owner landlord tenant team everyone group unknown".split()
)
# "[Teams] Nate Sorensen: found him", "[19:33] Blessing: sent": a tagged chat line's speaker.
_TAGGED_SPEAKER = re.compile(rf"(?m)^[ \t]*\[[^\]\n]{{1,24}}\][ \t]*({_W}(?:{_SP}{_W}){{0,2}})[ \t]*:")
# A clinical note's patient line: "Tamati Ngata, 34M, NHI ...", "Ana Ruiz 71 y/o", "J. Smith (52F)".
_AGE_SEX = re.compile(
    rf"({_W}(?:{_SP}{_W}){{1,2}})(?:,{_SP}*|{_SP}*\()\d{{1,3}}{_SP}?(?:[MFmf]|y/?o|yrs?|-year-old|years old)(?=[,;.)]|[ \t]*$)",
    re.MULTILINE,
)
# What an age and sex after a name need: a cheap look before the name regex runs at every capital.
_AGE_SEX_GATE = re.compile(r"\d[ \t\u00a0]?(?:[MFmf]|y/?o|yrs?|-year-old|years old)(?=[,;.)]|[ \t]*$)", re.MULTILINE)
_CHAT_LINE = re.compile(rf"(?m)^[ \t]*({_W}(?:{_SP}{_W})?)[ \t]*:[ \t]+(?=\S)")


def _words(value: str) -> list[str]:
    return re.findall(rf"[{UPPER}{LOWER}'’]+", value)


def _is_name(value: str) -> bool:
    """No word of it is an ordinary capitalized word ("Team", "Monday", "Grüße"); a hyphenated
    word is ordinary only when all its parts are ("Follow-Up", not "Sales-Nascimento")."""
    cue_words = _cue_words()
    words = [_words(token) for token in value.split()]
    return any(words) and not any(
        parts and all(fold(w) in NOT_NAMES or fold(w) in cue_words for w in parts) for parts in words
    )


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Drop trailing words that are not part of a name; None if nothing is left."""
    words = [(m.start() + start, m.end() + start) for m in re.finditer(r"\S+", text[start:end])]
    while words and not _is_name(text[words[-1][0] : words[-1][1]]):
        words.pop()
    if not words or not _is_name(text[words[0][0] : words[0][1]]):
        return None
    return words[0][0], words[-1][1]


@functools.cache
def _cue_words() -> frozenset[str]:
    """Words of greetings and sign-offs that are no given name ("Regards", "Grüße", not "Cara")."""
    words: set[str] = set()
    for alternation in (_GREETINGS, _SIGN_OFFS):
        for phrase in alternation.split("|"):
            words.update(fold(w) for w in phrase.split())
    titles = {fold(t) for t in re.findall(r"[^\W\d_]+", _TITLES + _TITLES_DOTTED)}
    return (frozenset(words) - given_names() - common_given_names()) | titles


_INITIALS_AT = re.compile(rf"(?:[A-Z]\.[ ]?){{1,3}}[ ]?(?=[{UPPER}][{LOWER}])")


def _name_after(
    text: str, pos: int, strong: bool, known: frozenset[str], vocative: bool = False, label: bool = False
) -> Iterator[tuple[int, int, float]]:
    """The name that starts at `pos`, if the text there is one.

    Strong cues take any capitalized name; weak ones ("this is", "customer")
    two words, or a known given name, and no place ("this is New York").
    In lowercase text a known given name is the name (and a known surname
    after it); a given name that is also a word ("grace") only standing alone.
    """
    if (initials := _INITIALS_AT.match(text, pos)) is not None:
        pos = initials.end()  # "S/o K. Venkataraman": the engine widens the name over its initials
    m = _NAME_AT.match(text, pos) or _UPPER_NAME.match(text, pos)
    if m is not None:
        span = _trim(text, m.start(), m.end())
        if span is not None and not _MODEL_AFTER.match(text, span[1]):
            value = text[span[0] : span[1]]
            first = fold(_words(value)[0])
            several = " " in value or "\u00a0" in value
            if value.isupper() and not (several or first in known or label):
                return  # "Hi ALL", "Thanks IT": a lone word in capitals is no name (after "Surname:" it is)
            if (
                strong
                or (several and place_key(value) not in places())
                or first in known
                # "cheers Jemma", "hier Arndt,": a vocative standing alone
                or (_STANDS_ALONE.match(text, span[1]) and (vocative or first in common_given_names()))
                or _COMMA_OR_EOL.match(text, span[1])
            ):
                yield span[0], span[1], RULE_SCORES["cue"]
        return
    if strong:
        span = _lower_name(text, pos)
        if span is not None and (_CLAUSE_END.match(text, span[1]) or _CONJUNCTION.match(text, span[1])):
            yield span[0], span[1], RULE_SCORES["lowercase"]
            return
    low = _LOWER_WORD.match(text, pos)
    if low is None:
        return
    word = fold(low.group())
    if word in known or (vocative and word in common_given_names() and _STANDS_ALONE.match(text, low.end())):
        end = low.end()
        nxt = _FOLLOWING_LOWER.match(text, end)
        # "sono marina salvini, cell ...": the word after a given name is its surname when the clause ends there.
        following = fold(nxt.group(1)) if nxt is not None else ""
        if (
            nxt is not None
            and following not in _FUNCTION_WORDS
            and (following in surnames() or _CLAUSE_END.match(text, nxt.end()))
        ):
            end = nxt.end()
        yield low.start(), end, RULE_SCORES["lowercase"]


def _lower_name(text: str, pos: int) -> tuple[int, int] | None:
    """Up to three lowercase words at `pos` that can be a name (no function word at either end)."""
    low = _LOWER_NAME.match(text, pos)
    if low is None:
        return None
    words = [(pos + w.start(), pos + w.end()) for w in re.finditer(r"\S+", low.group())]
    while words and text[words[-1][0] : words[-1][1]] in _FUNCTION_WORDS:
        words.pop()
    if not words:
        return None
    first = text[words[0][0] : words[0][1]]
    if first in _FUNCTION_WORDS or fold(first) in NOT_NAMES or fold(first) in _cue_words():
        return None
    return words[0][0], words[-1][1]


SIGNATURE_TAIL = 160  # characters at the end of a text where a signature line is looked for
_SIGNATURE = re.compile(rf"(?:\n[ \t]*\n|\n(?=[ \t]*{_NAME}[ \t]*\Z))[ \t]*({_NAME})[ \t]*(?=\r?\n|\Z)")


def _has_letters_only_words(value: str) -> bool:
    """A name's words: no digits, and not a date or a place holder ("n/a", "unknown")."""
    return not any(c.isdigit() for c in value) and fold(value) not in _NO_VALUE


_NO_VALUE = frozenset({"n/a", "na", "none", "unknown", "nicht angegeben", "inconnu", "desconocido", "sconosciuto"})


def _titled_name(text: str, pos: int) -> tuple[int, int] | None:
    """The name after a title: capitalized, in capitals, or lowercase ("Sra. luiz fernando barros")."""
    name = _TITLE_NAME.match(text, pos) or _UPPER_NAME.match(text, pos) or _INITIAL_UPPER.match(text, pos)
    if name is not None:
        span = _trim(text, name.start(), name.end())
        if span is None and name.group().isupper() and len(name.group().split()) > 1:
            return name.start(), name.end()  # the title vouches for "Herr AUGUST SÖLZER-LINDNER"
        return span
    return _lower_name(text, pos)


# Staff notes name people by their role, in any case and order: "pt GARCIA, Rosa",
# "recipient mrs adaeze nwankwo", "cliente martina belén sosa", "pojištěnec Nováková Petra".
_ROLE_CUE = re.compile(
    r"(?i:(?<![\w.-])(?:pt|pts|pat|patient|patientin|cust|customer|client|clientul|clienta|cliente|caller|"
    r"tenant|recipient|guest|member|debtor|deudor|deudora|applicant|employee|staff|staff member|resident|occupant|"
    r"insured|claimant|passenger|pax|visitor|walk-in|beneficiary|beneficiar|beneficiario|beneficiaria|subscriber|"
    r"borrower|student|pupil|suspect|victim|complainant|officer|agent|contractor|candidate|owner|buyer|seller|payee|"
    r"consignee|addressee|intérimaire|pojištěnec|pojištěnka|pacjent|pacjentka|pacient|pacienta|paciente|paziente|"
    r"patiënt|kunde|kundin|klant|müşteri|hasta|alıcı|nasabah|pasien|pelanggan|inquilino|inquilina|locataire|"
    r"mieter|mieterin|huurder|asegurado|asegurada|assuré|assurée|afiliado|afiliada|segurado|segurada|titular|"
    r"usuário|usuaria|usuario|abonent|abonentka|kh|khách hàng|bn|bệnh nhân|spoke w/|spoke with|chiamata da|"
    r"deaconess|deacon|pastor|brother|sister|uncle|aunt|auntie|gran|granny|grandma|grandpa|nephew|niece|"
    # a title typed in lowercase, then a lowercase name: "perfect miss holloway i see"
    r"mr|mrs|ms|miss|mx)"
    r"[ \t]*:?[ \t]+(?:(?:mr|mrs|ms|miss|dr|sr|sra|srta|bpk|pak|ibu|bu|p|pí|pan|pani|sig|sig\.ra|mme|m|hr|fr)\.?[ \t]+)?)"
)
# A name after a role: a surname first in capitals or with a comma ("DIALLO Mamadou", "otieno, brian"),
# capitalized words, or lowercase words that start with a known given name or surname.
_ROLE_SURNAME_FIRST = re.compile(
    rf"({_UPPER_WORD}(?:{_SP}+{_UPPER_WORD}){{0,2}}|[{UPPER}{LOWER}][{LOWER}'’-]+),{_SP}+"
    rf"([{UPPER}{LOWER}][{LOWER}{UPPER}'’-]+(?:{_SP}+[{UPPER}{LOWER}][{LOWER}'’-]+){{0,2}})(?:{_SP}+[{UPPER}{LOWER}]\.?(?![\w]))?"
    r"(?=[ \t]*(?:[,;:()/.\n]|$| [-–] |[ \t]+(?-i:[A-Z]{2,}|\d)))"
)
_ROLE_UPPER_FIRST = re.compile(
    rf"{_UPPER_WORD}(?:{_SP}+{_UPPER_WORD}){{0,2}}(?:{_SP}+[{UPPER}{LOWER}][{LOWER}'’-]+)?(?:{_SP}[{UPPER}]\.?)?(?![\w-])"
)
# Field labels that follow a role in capitals ("Pt ID KH-2724875", "pt DOB ..."): no name.
_FIELD_WORDS = frozenset("id no nr dob mrn nhs ssn ph tel mob ref acct rm bed fax cc bcc hx dx rx tx".split())


# Irish particles, folded: "siobhán ní bhriain", "seán ó briain".
_GAELIC = frozenset("ni nic o ui mac mc ua bean".split())
# A record's next field after a name typed in lowercase: "pt siobhán ní bhriain dob 9/3/83".
_FIELD_NEXT = re.compile(r"[ \t]+(?i:dob|d\.o\.b|ph|tel|mob|cel|id|mrn|nhs|ssn|age|[mf]/\d|\d)")
_CHAT_ROLE_WORDS = frozenset(
    "agent customer cust caller client cliente clienta kunde kundin klant user usuario usuário visitor guest member".split()
)


def _role_names(
    text: str, role_cues: Iterable[re.Match[str]], known: frozenset[str], family: frozenset[str]
) -> Iterator[tuple[int, int, float]]:
    """Who a note is about, after the role it names them by (`role_cues`: the matches of _ROLE_CUE)."""
    for m in role_cues:
        pos = m.end()
        if ":" in m.group() and fold(m.group().split(":")[0].strip()) in _CHAT_ROLE_WORDS:
            continue  # "agent: Access Bank good day": who speaks in a chat, not whom a note is about
        if fold(text[pos : pos + 4].split(" ")[0].rstrip(".:#")) in _FIELD_WORDS:
            continue  # "Pt ID KH-2724875": a field of the record follows, not a name
        first = _ROLE_SURNAME_FIRST.match(text, pos)
        if first is not None and _is_name(first.group(1)) and _is_name(first.group(2)):
            named = fold(first.group(2).split()[0]) in known or fold(first.group(1)) in family
            if named or place_key(first.group(1)) not in places() or place_key(first.group(2)) not in places():
                yield pos, first.end(), RULE_SCORES["cue"]
                continue
        upper = _ROLE_UPPER_FIRST.match(text, pos)
        core = " ".join(w for w in upper.group().split() if not re.fullmatch(_PARTICLE, fold(w))) if upper else ""
        if (
            upper is not None
            and (" " in upper.group() or fold(upper.group()) in family)
            and _is_name(core)
            and not _FIELD_WORDS & {fold(w) for w in upper.group().split()}
        ):
            if place_key(upper.group()) not in places() and len(upper.group()) > 3:
                yield pos, upper.end(), RULE_SCORES["cue"]
                continue
        if text[pos : pos + 1].isupper():
            # Two words, a known given name, or a known surname alone ("officer Takahashi"); not
            # a product ("Client FortiClient 7.2").
            alone = _NAME_AT.match(text, pos)
            single = alone is not None and " " not in alone.group() and fold(alone.group()) in family
            if single and alone is not None and not _MODEL_AFTER.match(text, alone.end()):
                yield pos, alone.end(), RULE_SCORES["cue"]
            else:
                yield from _name_after(text, pos, False, known)
            continue
        span = _lower_name(text, pos)
        if span is None:
            continue
        spans = [(span[0] + w.start(), span[0] + w.end()) for w in re.finditer(r"\S+", text[span[0] : span[1]])]
        words = [text[a:b] for a, b in spans]
        if fold(words[0].split("-")[0]) not in known and fold(words[0]) not in family:
            continue
        # Keep the words that are names; the first unknown word after them ends the name
        # ("tenant priya natarajan reports ..."), unless the clause ends right after it.
        keep = 1
        for i, word in enumerate(words[1:], 1):
            folded = fold(word)
            if folded in known or folded in family or re.fullmatch(_PARTICLE, folded) or folded in _GAELIC:
                keep = i + 1
            elif i == len(words) - 1 and (_CLAUSE_END.match(text, span[1]) or _FIELD_NEXT.match(text, span[1])):
                keep = i + 1
            else:
                break
        yield span[0], spans[keep - 1][1], RULE_SCORES["lowercase"]


# A first name beside a phone number, as ads and notes give a contact: "Tel 601 223 874 Ania (po 17)",
# "agent Kemi 0906 112 4578", "call or text danny 503.555.0192".
_PHONE_LIKE = re.compile(r"(?<![\w+])\+?\d[\d \t().-]{6,}\d(?![\w])")
_NAME_AFTER_PHONE = re.compile(rf"[ \t]*[-–—,]?[ \t]*({_W}(?:{_SP}[{UPPER}]\.)?)(?=[ \t]*(?:[(\n.,!)]|$))")
_NAME_BEFORE_PHONE = re.compile(rf"(?<![\w@.])({_W}|[{LOWER}]{{3,}})[ \t]*[:,-]?[ \t]*\Z")
# A message signed with a dash at its very end: "... yoroshiku onegaishimasu – Takahashi".
_DASH_SIGNATURE = re.compile(rf"[ \t][–—-][ \t]*({_W}(?:{_SP}{_W})?)[ \t]*\Z")


def _contact_names(text: str, known: frozenset[str]) -> Iterator[tuple[int, int, float]]:
    """A known given name right before or after a phone number, and a name signing off after a dash."""
    for m in _PHONE_LIKE.finditer(text):
        after = _NAME_AFTER_PHONE.match(text, m.end())
        if after is not None and fold(_words(after.group(1))[0]) in known and _is_name(after.group(1)):
            yield after.start(1), after.end(1), RULE_SCORES["given_name"]
        before = _NAME_BEFORE_PHONE.search(text, max(0, m.start() - 30), m.start())
        if before is not None and fold(before.group(1)) in known and _is_name(before.group(1)):
            yield before.start(1), before.end(1), RULE_SCORES["given_name"]
    sign = _DASH_SIGNATURE.search(text, max(0, len(text) - 60))
    first = fold(_words(sign.group(1))[0]) if sign is not None else ""
    if sign is not None and (first in known or first in surnames()) and _is_name(sign.group(1)):
        yield sign.start(1), sign.end(1), RULE_SCORES["given_name"]


# Forms that put a name field's value after spaces, not a colon ("Last Name Hosseini  First Name
# Darius", "Cognome ROSSI  Nome MARIO", "Child's legal surname OKONKWO").
_FORM_LABEL_CUE = (
    r"(?i:\b(?:last name|first name|middle name|family name|given names?|forenames?|forename\(s\)|"
    r"(?:child's |legal )*surname|name of (?:the )?(?:mother|father|spouse|applicant|deceased|child|insured)|"
    r"nome|cognome|nombres?|primer apellido|segundo apellido|apellidos?|vorname|nachname|prénoms?|"
    r"voornaam|achternaam|imię|nazwisko|name / vorname|name/vorname|părinte|declaration of)(?:[ \t]*:)?[ \t]+)"
)
_FORM_LABEL = re.compile(rf"{_FORM_LABEL_CUE}(?=[{UPPER}])")
# Statements name the other party after the payment: "ZELLE PAYMENT TO KARTHIK S", "PIX RECEBIDO MARIA LUIZA S".
_PAYEE_CUE = (
    r"(?i:\b(?:payment to|payment from|transfer to|transfer from|pix recebido|pix enviado|ted recebida|"
    r"ted enviada|transferencia a|transferencia de|überweisung an|gutschrift von|virement (?:à|de))[ \t]+)"
)
_PAYEE = re.compile(
    _PAYEE_CUE
    + rf"((?:[{UPPER}]['’])?[{UPPER}]{{2,}}(?:[ ](?:[{UPPER}]['’])?[{UPPER}]{{2,}}){{0,3}}(?:[ ][{UPPER}](?![\w]))?)"
)
# The cue regexes are long case-insensitive alternations that Python's `re` would try at
# every position; they run only where one of their first words stands (leads.py).
_CUES = (
    _GREETING,
    _SIGN_OFF,
    _STRONG_CUE,
    _LABEL_CUE,
    _WEAK_CUE,
    _RELATION,
    _LOWER_CUE,
    _ROLE_CUE,
    _FORM_LABEL,
    _PAYEE,
    _TITLED,
)
(
    _AT_GREETING,
    _AT_SIGN_OFF,
    _AT_STRONG_CUE,
    _AT_LABEL_CUE,
    _AT_WEAK_CUE,
    _AT_RELATION,
    _AT_LOWER_CUE,
    _AT_ROLE_CUE,
    _AT_FORM_LABEL,
    _AT_PAYEE,
    _AT_TITLED,
) = range(len(_CUES))
_CUE_LEADS = LeadIndexPerThread(lambda: _CUES)


def _email_echoes(text: str, locals_: set[tuple[str, str]]) -> Iterator[tuple[int, int, float]]:
    """A name that its writer's address spells, in any case: "name priyanka deshmukh, refund to
    priyanka.deshmukh@gmail.com", "kayla brooks" beside "kayla.brooks22@..."."""
    for first, last in locals_:
        if len(first) < 3 or len(last) < 3 or first in NOT_NAMES or last in NOT_NAMES:
            continue
        pattern = rf"(?i)(?<![\w.@-]){re.escape(first)}{_SP}+(?:[{UPPER}{LOWER}]+\.?{_SP}+)?{re.escape(last)}(?![\w@])"
        for m in re.finditer(pattern, text):
            yield m.start(), m.end(), RULE_SCORES["cue"]


def rule_persons(text: str, ner_spans: list[tuple[int, int]]) -> Iterator[tuple[int, int, float]]:
    """(start, end, score) of names the text vouches for; overlaps are resolved by the engine."""
    known = given_names()
    cues = _CUE_LEADS.scan(text)
    for m in cues.finditer(_AT_TITLED):
        span = _titled_name(text, m.end())
        if span is not None:  # the title with it: "Mrs Holloway" says more than "<PERSON_1>" alone
            yield m.start(), span[1], RULE_SCORES["title"]
    for start, end in table_cells(text, "PERSON"):
        yield start, end, RULE_SCORES["table"]
    cue_starts: set[int] = set()  # where a greeting or sign-off word stands ("Ola," is a name elsewhere)
    for m in cues.finditer(_AT_GREETING):
        cue_starts.add(m.start() + len(m.group()) - len(m.group().lstrip()))
        yield from _name_after(text, m.end(), True, known, vocative=True)
    for m in cues.finditer(_AT_SIGN_OFF):
        cue_starts.add(m.start() + len(m.group()) - len(m.group().lstrip()))
        yield from _name_after(text, m.end(), m.group("p") is not None, known, vocative=True)
    for m in cues.finditer(_AT_STRONG_CUE):
        yield from _name_after(text, m.end(), True, known)
    for m in cues.finditer(_AT_LABEL_CUE):
        eol = text.find("\n", m.end())
        if fold(text[m.end() : eol if eol >= 0 else len(text)].strip()) in _NO_VALUE:
            continue
        if not _WORD_END.search(text, max(0, m.start() - 2), m.start()):
            line = _LINE_NAME.match(text, m.end())
            if line is not None and line.group().islower() and _ROLE_LABEL.match(m.group()):
                continue  # "Nurse: see chart": after a role, only a capitalized name
            if line is not None and _has_letters_only_words(line.group()):
                yield line.start(), line.end(), RULE_SCORES["cue"]
            else:
                yield from _name_after(text, m.end(), True, known, label=True)
    for m in cues.finditer(_AT_WEAK_CUE):
        yield from _name_after(text, m.end(), False, known)
    for m in _DISPLAY.finditer(text) if "@" in text else ():
        span = _trim(text, m.start(1), m.end(1)) if "," not in m.group(1) else (m.start(1), m.end(1))
        if span is not None:
            yield span[0], span[1], RULE_SCORES["header"]
    yield from _speakers(text)
    yield from _surname_first(text, known)
    for m in _CAPS_FIELD.finditer(text):
        if _is_name(m.group(1).replace(" ", "") if m.group(1)[1:2] == " " else m.group(1)):  # "H E I K E" spaced
            yield m.start(1), m.end(1), RULE_SCORES["cue"]
    if "-" in text:
        for m in _SPELLED.finditer(text):
            yield m.start(), m.end(), RULE_SCORES["cue"]
    if "^" in text or "*" in text:
        for m in _SEGMENT_NAME.finditer(text):
            if fold(m.group(3)) in known and _is_name(m.group(1)):
                yield m.start(), m.end(), RULE_SCORES["cue"]
        for m in _HL7_NAME.finditer(text) if "|" in text else ():
            yield m.start(1), m.end(1), RULE_SCORES["cue"]
    if "<<" in text:
        for m in _MRZ_NAMES.finditer(text):
            yield m.start(1), m.end(1), RULE_SCORES["cue"]
    yield from _chat_speakers(text, known)
    common = common_given_names()
    for m in cues.finditer(_AT_RELATION):
        if text[m.end() : m.end() + 1].isupper():
            yield from _name_after(text, m.end(), True, known)
        else:
            yield from _lower_after_cue(text, m.end(), known, common)
    for m in cues.finditer(_AT_LOWER_CUE):
        yield from _lower_after_cue(text, m.end(), known, common)
    yield from _role_names(text, cues.finditer(_AT_ROLE_CUE), known, surnames())
    for start, end in script_names(text):
        yield start, end, RULE_SCORES["cue"]
    yield from _contact_names(text, known)
    for m in cues.finditer(_AT_FORM_LABEL):
        yield from _name_after(text, m.end(), True, known, label=True)
    for m in cues.finditer(_AT_PAYEE):
        yield m.start(1), m.end(1), RULE_SCORES["cue"]
    for m in _HEADER.finditer(text):
        for start, end, score in _name_after(text, m.end(), True, known):
            if _HEADER_END.match(text, end):
                yield start, end, score
    for start, end in ner_spans:
        wide_start, wide_end = start, end
        before = _WORD_BEFORE.search(text, max(0, start - 30), start)
        if before and _is_name(before.group(1)):
            wide_start = before.start(1)
        after = _WORD_AFTER.match(text, end)
        if after and _is_name(after.group(1)):
            wide_end = after.end(1)
        if (wide_start, wide_end) != (start, end):
            yield wide_start, wide_end, RULE_SCORES["widened"]
    yield from _upper_runs(text, known)
    # A mail's last lines: a line of two to four capitalized words after a blank line is a signature.
    for m in _SIGNATURE.finditer(text, max(0, len(text) - SIGNATURE_TAIL)):
        words = _words(m.group(1))
        rest = text[m.end() :]
        if (
            len(words) > 1
            and rest.count("\n") <= 2  # the last line, or a job title or a company under it
            and not any(c.isdigit() for c in rest)
            and fold(words[0]) not in NOT_NAMES
            and fold(words[0]) not in _cue_words()
            and place_key(m.group(1)) not in places()
        ):
            yield m.start(1), m.end(1), RULE_SCORES["lowercase"]
    locals_ = {(fold(m.group(1)), fold(m.group(2))) for m in _EMAIL_LOCAL.finditer(text)} if "@" in text else set()
    yield from _email_echoes(text, locals_)
    for start, end in login_names(text):
        yield start, end, RULE_SCORES["cue"]
    cue_words, common, family = _cue_words(), common_given_names(), surnames()
    for m in _NAME_RUN.finditer(text):
        # "Called Marcus at ...": when the run's first word is none, the name may start at a later one.
        for start in [m.start()] + [m.start() + w.start() for w in _LATER_WORD.finditer(m.group())][:2]:
            found = list(_known_name(text, start, m.end(), known, common, family, locals_, cue_words, cue_starts))
            yield from found
            if found:
                break


_LATER_WORD = re.compile(rf"(?<={_SP})[{UPPER}]")


def _known_name(
    text: str,
    start: int,
    end: int,
    known: frozenset[str],
    common: frozenset[str],
    family: frozenset[str],
    locals_: set[tuple[str, str]],
    cue_words: frozenset[str],
    cue_starts: set[int],
) -> Iterator[tuple[int, int, float]]:
    """The name at text[start:end] if its first word is a known given name (or the pair is an
    e-mail address's local part, or a common given name before a known surname)."""
    words = _words(text[start:end])
    first = fold(words[0])
    if first in NOT_NAMES or first in cue_words or start in cue_starts:
        return
    if len(words) > 1 and locals_ and (first, fold(words[-1])) in locals_:
        yield start, end, RULE_SCORES["email"]
    elif first in known:
        span = _trim(text, start, end)
        if span is not None and not _MODEL_AFTER.match(text, span[1]) and not _in_date(text, span, first):
            several = span[1] - span[0] > len(words[0])
            yield span[0], span[1], RULE_SCORES["given_name" if several else "given_name_alone"]
    elif first in common and len(words) > 1 and fold(words[1]) in family and not _MODEL_AFTER.match(text, end):
        yield start, end, RULE_SCORES["given_name"]


# Given names that are also a month's short form ("Jun", "Jan", "Mar"): in "5 Jun 2022" a date.
_MONTH_SHORT = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
_DIGIT_BEFORE = re.compile(r"\d[ .\-/]?\Z")
_DIGIT_AFTER = re.compile(r"[ .\-/,]*\d")


def _in_date(text: str, span: tuple[int, int], first: str) -> bool:
    if first not in _MONTH_SHORT or span[1] - span[0] > len(first) + 1:
        return False
    return bool(_DIGIT_BEFORE.search(text, max(0, span[0] - 2), span[0]) or _DIGIT_AFTER.match(text, span[1]))


def _lower_after_cue(
    text: str, pos: int, known: frozenset[str], common: frozenset[str]
) -> Iterator[tuple[int, int, float]]:
    """A lowercase given name after a cue, with the word after it when the clause ends there
    ("i'm destiny okoro"). A given name that is also a word ("will", "grace") only ending its clause."""
    low = _LOWER_WORD.match(text, pos)
    if low is None:
        return
    word = fold(low.group())
    # The words after it while they are names or particles ("ana beatriz souza", "yannick le goff"),
    # kept when the clause ends after them or the last is a known surname.
    pair_end, end = None, low.end()
    for i in range(3):
        nxt = _FOLLOWING_LOWER.match(text, end)
        if nxt is None:
            break
        following = fold(nxt.group(1))
        particle = re.fullmatch(_PARTICLE, following) is not None
        if following in _FUNCTION_WORDS and not particle:
            break
        end = nxt.end()
        # A surname, or the word right after the given name when the clause ends there
        # ("sono marina salvini,"); after a whole name, an unknown word is no part of it ("... cheers").
        named = following in surnames() or following in known
        if not particle and (named or (i == 0 and _CLAUSE_END.match(text, end))):
            pair_end = end
        if not (particle or following in known or following in surnames()):
            break
    if word in known or (word in common and (pair_end or _CLAUSE_END.match(text, low.end()))):
        yield low.start(), pair_end or low.end(), RULE_SCORES["lowercase"]


_NAME_ASKED_LEADS = LeadIndexPerThread(lambda: [_NAME_ASKED])


def _speakers(text: str) -> Iterator[tuple[int, int, float]]:
    """Names of who speaks or is addressed in a transcript or a chat export, and names given
    in answer to "your name?"."""
    if ":" in text:
        for m in _SPEAKER.finditer(text):
            span = _trim(text, m.start(1), m.end(1))
            if span is not None:
                yield span[0], span[1], RULE_SCORES["cue"]
        for m in _TAGGED_SPEAKER.finditer(text):
            # "[10:42] Mai Nguyen:" is a person, "[10:43] Agent:" a role: two words not all common
            # ones, or one known given name.
            speaker = [fold(w) for w in _words(m.group(1))]
            common = [w in NOT_NAMES or w in _cue_words() or w in _CHAT_ROLES for w in speaker]
            if not all(common):
                yield m.start(1), m.end(1), RULE_SCORES["cue"]
    for m in _AGE_SEX.finditer(text) if _AGE_SEX_GATE.search(text) else ():
        if _is_name(m.group(1)):
            yield m.start(1), m.end(1), RULE_SCORES["cue"]
    if "*" in text:
        for m in _SLACK_NAME.finditer(text):
            yield m.start(1), m.end(1), RULE_SCORES["cue"]
    for m in _TIMED_SPEAKER.finditer(text):
        # a given name or a surname among its words: "Daily Standup 9:30" is a meeting
        speaker = [fold(w) for w in _words(m.group(1))]
        if any(w in given_names() or w in surnames() for w in speaker):
            yield m.start(1), m.end(1), RULE_SCORES["cue"]
    if "@" in text:
        for m in _MENTION.finditer(text):
            if m.group(1).lower() not in _NOT_MENTIONS:
                yield m.start(1), m.end(1), RULE_SCORES["lowercase"]
    if "\n" in text:
        for m in _NAME_ASKED_LEADS.scan(text).finditer(0):
            answer = _ANSWER.match(text, m.end())
            if answer is None:
                continue
            words = [(w.start(), w.end()) for w in re.finditer(r"\S+", answer.group())]
            while words and answer.group()[words[-1][0] : words[-1][1]].lower() in _FUNCTION_WORDS:
                words.pop()
            first = answer.group()[words[0][0] : words[0][1]] if words else ""
            if words and fold(first) not in NOT_NAMES and first.lower() not in _FUNCTION_WORDS:
                yield answer.start() + words[0][0], answer.start() + words[-1][1], RULE_SCORES["cue"]


def _surname_first(text: str, known: frozenset[str]) -> Iterator[tuple[int, int, float]]:
    """ "Ramirez, Ana", "BAKER, Thomas R.": a surname, a comma, a known given name (and a middle
    name or initial). Not a place before the comma ("Austin, Texas"), not a date after it."""
    if "," not in text:
        return
    for m in _SURNAME_FIRST.finditer(text):
        surname, given, middle = m.group(1), m.group(2), m.group(3)
        given_name = fold(given) in known or (fold(given) in _MONTH_NAMES and not _DIGIT_NEXT.match(text, m.end(2)))
        if not given_name or not _is_name(surname):
            continue
        if place_key(surname) in places() and place_key(given) in places():
            continue  # "Austin, Texas"; but "Mendoza, Alejandro", "HOLT, GEOFFREY" are names
        end = m.end(2)
        if middle is not None and (len(middle.rstrip(".")) == 1 or fold(middle) in known):
            end = m.end(3)
        yield m.start(1), end, RULE_SCORES["cue"]


# Months that are given names too: "Whitaker, June" (but "Smith, June 5" is a date).
_MONTH_NAMES = frozenset({"april", "may", "june", "august", "mei"})
_DIGIT_NEXT = re.compile(r"[ \t]*\d")


def _chat_speakers(text: str, known: frozenset[str]) -> Iterator[tuple[int, int, float]]:
    """Who speaks in a chat export ("Priyanka: who has the key?\nCallum: here"): speaker labels
    whose first word is a known given name, when two or more speak ("Quantity: 148 kg" is a form);
    and in a conversation, any label that speaks again ("mafe: amiga ya tienes...\ncaro: sí")."""
    if text.count(":") < 2 or "\n" not in text:
        return
    lines = [m for m in _CHAT_LINE.finditer(text) if fold(_words(m.group(1))[0]) in known and _is_name(m.group(1))]
    if len({fold(m.group(1)) for m in lines}) >= 2:
        for m in lines:
            yield m.start(1), m.end(1), RULE_SCORES["cue"]
    yield from _conversation(text)


# A chat line in any case: "mafe: amiga ya tienes la clave?", "[11:03] mike p: noo", "Gaby: hola tía".
_ANY_CHAT_LINE = re.compile(
    r"(?m)^[ \t]*(?:\[[^\]\n]{1,24}\][ \t]*)?([^\W\d_][\w'’.-]{1,20}(?:[ \t][^\W\d_]{1,12})?)"
    r"(?:[ \t]?[^\w\s:\[\]]{1,4})?[ \t]*:[ \t]+(?=\S)"  # an emoji may follow the name: "Lupita 🌸: gracias"
)


_TIME_IN_BRACKETS = re.compile(r"\[[^\]\n]*\d{1,2}[:/.]\d{1,2}[^\]\n]*\]")  # "[11:02]", "[3/14/26, 9:05 PM]"


def _conversation(text: str) -> Iterator[tuple[int, int, float]]:
    """Speaker labels of a chat: after a time ("[10:15] pepe: va"), or in a conversation, where two
    to four labels take turns over three lines or more and a label speaks twice; unless the label
    is a common word ("status: open", "note: call back"). A form or a config file has a new label
    on every line."""
    lines = list(_ANY_CHAT_LINE.finditer(text))
    if not lines:
        return
    labels = [fold(m.group(1)) for m in lines]
    turns = sum(1 for a, b in zip(labels, labels[1:], strict=False) if a != b)
    conversation = len(lines) >= 3 and 2 <= len(set(labels)) <= 4 and turns >= 2
    common = _common_words()
    for m, label in zip(lines, labels, strict=True):
        timed = _TIME_IN_BRACKETS.search(text, m.start(), m.start(1)) is not None
        words = label.split()
        speaks = timed or (conversation and labels.count(label) >= 2)
        if speaks and not all(w in common for w in words) and words[0] not in common:
            yield m.start(1), m.end(1), RULE_SCORES["cue"]


@functools.cache
def _common_words() -> frozenset[str]:
    """Words no chat speaker is named: function words of our languages (spaCy's stop words),
    ordinary capitalized words, roles, and the keys of forms, logs and configs. Not greetings:
    "Caro" and "Ola" are names too."""
    from spacy.lang.de.stop_words import STOP_WORDS as DE
    from spacy.lang.en.stop_words import STOP_WORDS as EN
    from spacy.lang.es.stop_words import STOP_WORDS as ES
    from spacy.lang.fr.stop_words import STOP_WORDS as FR
    from spacy.lang.it.stop_words import STOP_WORDS as IT
    from spacy.lang.nl.stop_words import STOP_WORDS as NL
    from spacy.lang.pt.stop_words import STOP_WORDS as PT

    keys = (
        "host port user username password pass pwd name id key value type status error warning warn info debug "
        "trace fatal note notes total subtotal date time fecha hora data datum heure ora tel phone email mail url "
        "image env path file line code message msg reply re subject from to cc bcc sent reason result output input "
        "q a question answer query response request prompt ai assistant bot system customer client cliente kunde "
        "klant caller patient doctor dr nurse agent operator rep staff mom dad mum mama mamá papa papá ma pa "
        "summary action step steps todo fixme issue ticket order item items qty price amount tip ps nb fyi update "
        "me you yo eu ich je io ik tú tu du "
        # what a timed log line names before its colon: "[12:00:01] worker: job done"
        "main server worker db database cache api app web service job scheduler queue kernel daemon cron sys "
        "auth http https ssl tls net network proxy thread process task pod node container build deploy test"
    ).split()
    words = {fold(w) for w in keys} | NOT_NAMES | _CHAT_ROLES | _FUNCTION_WORDS
    for stop in (EN, DE, ES, FR, IT, NL, PT):
        words |= {fold(w) for w in stop}
    return frozenset(words)


def _upper_runs(text: str, known: frozenset[str]) -> Iterator[tuple[int, int, float]]:
    """Names in capitals whose first word is a known given name ("ROSA FECHANT")."""
    family = surnames()
    for m in _UPPER_RUN.finditer(text):
        words = [fold(w) for w in _words(m.group())]
        # a known given name first, or a surname then a given name ("ROSSI MARCO")
        named = words[0] in known or (len(words) > 1 and words[0] in family and words[1] in known)
        if named and _is_name(m.group()):
            yield m.start(), m.end(), RULE_SCORES["given_name"]


def ner_findings(doc: Any, text: str, wanted: frozenset[str]) -> Iterator[tuple[str, int, int, float]]:
    """(entity_type, start, end, score) of the entities of `doc` (made from `text`) we want.

    `text` is passed in: `doc.text` rebuilds the string token by token, which
    costs about as much as the rest of this function."""
    for ent in doc.ents:
        start, end = ent.start_char, ent.end_char
        while end > start and text[end - 1] in _TRAILING:
            end -= 1
        value = text[start:end]
        for stop in ("\n", " -"):  # "Olumide Adeyemi\nTel", "angeli - geb.", "db -U app": a name ends there
            if stop in value:
                end = start + value.index(stop)
                value = text[start:end].rstrip(_TRAILING)
                end = start + len(value)
        # The small model sometimes tags codes and handles as names.
        if not value or any(c.isdigit() for c in value) or "@" in value or "_" in value:
            continue  # ERR_CONNECTION_RESET, user_id: identifiers, not names
        label = ent.label_
        if label in _RELABEL and _NAME_AT.fullmatch(value) and _cued(text, start):
            label = "PERSON"
        if label == "PERSON":
            # "Mein Pixel 8a", "Il mio Kindle": a possessive is no part of a name, a model number
            # after it says product.
            lead = _LEADING_WORD.match(value)
            while lead is not None and fold(lead.group(1)) in NOT_NAMES:
                start += lead.end()
                value = text[start:end]
                lead = _LEADING_WORD.match(value)
            if not value or _MODEL_AFTER.match(text, end) or fold(value) in _UNITS_AND_DAYS:
                continue
        for entity_type, labels in NER_LABELS.items():
            if entity_type in wanted and label in labels:
                if entity_type == "LOCATION":  # "Phoenix, AZ": the state's code says where too
                    end = region_end(text, end)
                yield entity_type, start, end, NER_SCORE
                break


# Words the small model tags as a person after a number or a date: "20 Mbps", "100 GB", "Thu, 18 Jan".
_UNITS_AND_DAYS = frozenset(
    "mbps gbps kbps mb gb tb kb kwh mwh mhz ghz mon tue tues wed thu thur thurs fri sat sun".split()
)


_NAME_WORD = re.compile(r"[^\W\d_]{3,}")


def repeated_names(text: str, names: list[tuple[int, int]]) -> Iterator[tuple[int, int, float]]:
    """Other mentions of a word of a name found, in capitals or spelled out: "Eilidh MacLeod,
    E I L I D H", "ok Subhajit ji", "WISNIEWSKI". A name found once is a name wherever it stands."""
    words = {
        fold(m.group())
        for start, end in names
        for m in _NAME_WORD.finditer(text, start, end)
        if m.group()[0].isupper() and fold(m.group()) not in NOT_NAMES
    }
    if not words:
        return
    inside = sorted(names)
    for m in _NAME_WORD.finditer(text):
        if m.group()[0].isupper() and fold(m.group()) in words and not any(s <= m.start() < e for s, e in inside):
            yield m.start(), m.end(), RULE_SCORES["repeated"]


def _cued(text: str, start: int) -> bool:
    """A person cue (title, greeting, sign-off, introduction) ends right before `start`."""
    lo = max(0, start - 40)
    return any(
        m.end() == start
        for cue in (_TITLED, _GREETING, _SIGN_OFF, _STRONG_CUE, _LABEL_CUE, _WEAK_CUE)
        for m in cue.finditer(text, lo, start + 1)
    )
