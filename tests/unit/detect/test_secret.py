"""Every kind of secret is entity SECRET; the recognizer name says which."""

import pytest

from pipeline.detect.recognizers.secret import shannon_entropy
from tests.unit.detect.util import detector_for, values

# Built from parts so that secret scanners do not flag this file.
GH = "ghp_" + "aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5"
JWT = (
    "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9"
    ".eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIn0"
    ".SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
)
PEM = "-----BEGIN RSA PRIVATE KEY-----\nMIIEpAIBAAKCAQEA0Z3VS5JJcds3xfn/ygWyF\n-----END RSA PRIVATE KEY-----"
GCP = (
    '{"type": "service_account", "private_key_id": "'
    + "a1b2c3d4e5" * 4
    + '", "client_email": "x@y.iam.gserviceaccount.com"}'
)

CASES = [
    ("aws key AKIAIOSFODNN7EXAMPLE in the log", "aws_access_key", "AKIAIOSFODNN7EXAMPLE"),
    (
        "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
        "aws_secret_key",
        "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
    ),
    (GCP, "gcp_service_account", "a1b2c3d4e5" * 4),
    # a 32-hex token after its key name, a password after "pw", a whole connection string
    ("token=96e3933904be8cd69297c807a7a2a939", "high_entropy_value", "96e3933904be8cd69297c807a7a2a939"),
    ("pw +4KqkSvUqewGN", "password_after_cue", "+4KqkSvUqewGN"),
    (
        '"Default": "Server=db;Initial Catalog=billing;User ID=sa;Password=kebxo5TWk2XsN;Encrypt=True;"',
        "connection_string_password",
        "Server=db;Initial Catalog=billing;User ID=sa;Password=kebxo5TWk2XsN;Encrypt=True;",
    ),
    (
        "DefaultEndpointsProtocol=https;AccountName=acct;AccountKey="
        + "Zm9vYmFy" * 8
        + "==;EndpointSuffix=core.windows.net",
        "azure_connection_string",
        "Zm9vYmFy" * 8 + "==",
    ),
    (f"token {GH} leaked", "github_token", GH),
    ("gitlab glpat-" + "x1Y2z3A4b5C6d7E8f9G0 ok", "gitlab_token", "glpat-x1Y2z3A4b5C6d7E8f9G0"),
    (
        "slack xoxb-" + "123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx",
        "slack_token",
        "xoxb-123456789012-1234567890123-AbCdEfGhIjKlMnOpQrStUvWx",
    ),
    ("stripe sk_live_" + "4eC39HqLyjWDarjtT1zdp7dc", "stripe_key", "sk_live_4eC39HqLyjWDarjtT1zdp7dc"),
    (f"key:\n{PEM}\n", "private_key", PEM),
    (f"Authorization: Bearer {JWT}", "jwt", JWT),
    ("mongodb://admin:Sup3rS3cret@cluster0.example.net/db", "url_password", "Sup3rS3cret"),
    ("Server=db;Database=app;User Id=sa;Password=Tr0ub4dor&3;", "connection_string_password", "Tr0ub4dor&3"),
    ('api_key: "9f8e7d6c5b4a39281706f5e4d3c2b1a0"', "high_entropy_value", "9f8e7d6c5b4a39281706f5e4d3c2b1a0"),
]

NO_MATCH = [
    "I forgot my password, please reset it",
    "the token was invalid, password=",
    "api_key: aaaaaaaaaaaaaaaaaaaaaaaa",  # not random
    "secret: this-is-not-random-at-all",
    "eyJhbGciOi.not.a.jwt",
    "AKIA is a prefix, AKIA123 is too short",
    "ghp_short",
    "https://user@example.com/ has no password",
    "commit 4cef3f2ec1aac828910d6f0fb0d23c3c32f72dcb fixed it",
    "the key: monkey",
]


@pytest.mark.parametrize("text,recognizer,value", CASES)
def test_secret_kinds(text, recognizer, value):
    # Every recognizer runs (deny by default), so the secret may share a
    # merged span with a URL or an email: it is covered, as its kind.
    findings = [f for f in detector_for("SECRET").detect(text).findings if f.entity_type == "SECRET"]
    assert [f.recognizer for f in findings] == [recognizer]
    assert value in text[findings[0].start : findings[0].end]


@pytest.mark.parametrize("text", NO_MATCH)
def test_not_secrets(text):
    assert [f for f in detector_for("SECRET").detect(text).findings if f.entity_type == "SECRET"] == []


@pytest.mark.parametrize(
    "value,low,high", [("aaaa", 0.0, 0.0), ("abcd", 2.0, 2.0), ("9f8e7d6c5b4a39281706f5e4d3c2b1a0", 3.5, 4.0)]
)
def test_entropy(value, low, high):
    assert low <= shannon_entropy(value) <= high


@pytest.mark.parametrize(
    "text, recognizer",
    [
        ("Passwort: _L@3Kr_rQ", "password_after_cue"),
        ("the password is Tr0ub4dor&3", "password_after_cue"),
        ("key sk-ant-api03-abcdefghijklmnopqrstuvwxyz012345", "api_key"),
        ("AIzaSyA1234567890abcdefghijklmnopqrstuv", "api_key"),
        (
            "pasted K+6CIkjZ6g6qghgLnmEXQROozoIWyZPyNpj2WKfFRvOPWsITmla20jsG4MDn3G9a/Rsqhmujg1pB1GYZGdXgGB==",
            "high_entropy_token",
        ),
        ("key wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY ok", "aws_secret_key_bare"),
    ],
)
def test_secrets_without_an_assignment(text, recognizer):
    assert [f.recognizer for f in detector_for("SECRET").detect(text).findings] == [recognizer]


@pytest.mark.parametrize(
    "text",
    [
        "commit 9fceb02d0ae598e95dc970b74767f19372d61af8",
        "request 3f2a1b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b",
        "my password is secret",
        "trace_id=97991b8fd93783cb44ae306ba9be33a1",
        "Payment of £38.12 taken OK, auth code 084412.",
        "the pin for my card is in the post",
        "I passed the user test pass rate 90%",
        "mfa=totp session=sess_01JCQ8M4R2W6",  # a session's id in a log line, no cookie
        "path /usr/local/lib/python3.11/site-packages/pipeline",
    ],
)
def test_hashes_ids_and_plain_words_are_not_secrets(text):
    assert detector_for("SECRET").detect(text).findings == ()


@pytest.mark.parametrize(
    "text, value",
    [
        ("the pin for my card is 4821", "4821"),
        ("here's the one-time code: 551203", "551203"),
        ("the door code is 4471#", "4471#"),
        ("OTP 551203", "551203"),
        ("my online banking password was Fluffy2019!", "Fluffy2019!"),
        ("memorable word: fluffy", "fluffy"),
        ("Authorization: Bearer 7f3a9c2e1b5d8f0a6c4e2b9d7f1a3c5e8b0d", "7f3a9c2e1b5d8f0a6c4e2b9d7f1a3c5e8b0d"),
        ("mailgun key-3ax6xnjp29jd6fds4gc373sgvjxteol0", "key-3ax6xnjp29jd6fds4gc373sgvjxteol0"),
        (
            "NEWRELIC_LICENSE_KEY=eu01xx9f8e7d6c5b4a39281706f5e4d3c2b1a0NRAL",
            "eu01xx9f8e7d6c5b4a39281706f5e4d3c2b1a0NRAL",
        ),
        ("redis-cli -a R3d1sP@ss ping", "R3d1sP@ss"),
        ('sshpass -p "Hunter22!" ssh root@host', "Hunter22!"),
        ('SECRET_KEY = "django-insecure-8f#k2!x@q9z$w1m&v7p^r3t*y6u"', "django-insecure-8f#k2!x@q9z$w1m&v7p^r3t*y6u"),
        ("dd api key 0123456789abcdef0123456789abcdef", "0123456789abcdef0123456789abcdef"),
        ("PGPASSWORD=Pa55word! psql -h db", "Pa55word!"),
        ('<add key="SmtpPassword" value="M@ilP4ss2024" />', "M@ilP4ss2024"),
        ("Dear Customer, your OTP for txn of Rs. 15,000.00 is 738214. Valid", "738214"),
        ("Your verification code is 482 913. Don't share it", "482 913"),
        ("Right to work share code: W7K 4MP 9HQ", "W7K 4MP 9HQ"),
        ("Door code (side entrance, after 7pm): 4718#", "4718#"),
        ("Access via side gate, key safe code 0815. Vulnerable customer", "0815"),
        ("the PIN is 4 8 2 1", "4 8 2 1"),
        ("Changed the password to Kangaroo#Paw2024 just in case.", "Kangaroo#Paw2024"),
        ("Temp password issued by helpdesk: Welcome-Nov-8841!", "Welcome-Nov-8841!"),
        ("Mine was admin / 7hq2Lp9xRw which I changed", "7hq2Lp9xRw"),
        ("Guest Wi-Fi: KestrelGuest / Kestrel-Visitor-2024", "Kestrel-Visitor-2024"),
        ("login details: user jsmith pass Xyz12345", "Xyz12345"),
        ("creds are admin:S3cur3P@ss", "S3cur3P@ss"),
        ("Kennwort lautet Sonne2023!", "Sonne2023!"),
        ("şifrem Kedi2020!", "Kedi2020!"),
        ("la contraseña del wifi de la oficina de Cádiz es Cariño1113#, y el panel", "Cariño1113#"),
        ("Secret:\nsing1984!\nCidade: Santos", "sing1984!"),
        ("10.40.2.18:5432:*:etl_admin:P0stgr3s-ETL-adm1n!", "P0stgr3s-ETL-adm1n!"),
        ("DEBUG svc=checkout 97991b8fd93783cb44ae306ba9be33a1\n", "97991b8fd93783cb44ae306ba9be33a1"),
        ("Authorization: Basic YWRtaW46UzNjcmV0UGFzcw==", "YWRtaW46UzNjcmV0UGFzcw=="),
        ("Cookie: sessionid=8f2k1m9x7q3w5e6r4t1y2u8i0o9p; csrftoken=abc", "8f2k1m9x7q3w5e6r4t1y2u8i0o9p"),
        ("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", "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"),
        ("vault token hvs.CAESIJ8kX2Yy0aBcDeFgHiJkLmNoPqRsTuV", "hvs.CAESIJ8kX2Yy0aBcDeFgHiJkLmNoPqRsTuV"),
        (
            "token was jkKpOZ0RyxI9xjo280W1xYri.KRpgF5.HHU04umGpjwYrwyOMLidvKD4W97wfjF4YhRcKK , reset",
            "jkKpOZ0RyxI9xjo280W1xYri.KRpgF5.HHU04umGpjwYrwyOMLidvKD4W97wfjF4YhRcKK",
        ),
        (
            "Menge: 326 Stück host=db.internal port=5432 dbname=app user=lucas password=KgQsn2AA2Ztd",
            "host=db.internal port=5432 dbname=app user=lucas password=KgQsn2AA2Ztd",
        ),
        (
            '"Default": "Driver={ODBC Driver 18 for SQL Server};Server=sql-05;Uid=sa;Pwd=T88AtUJyY8y;" }',
            "Driver={ODBC Driver 18 for SQL Server};Server=sql-05;Uid=sa;Pwd=T88AtUJyY8y;",
        ),
    ],
)
def test_codes_answers_and_credentials_in_prose_and_config(text, value):
    assert value in values("SECRET", text)


@pytest.mark.parametrize(
    "text",
    ["Pin 4 of the connector is loose", "the token expired after 3600 seconds", "monkey=banana12345678901234567"],
)
def test_codes_need_their_cue(text):
    assert values("SECRET", text) == []


@pytest.mark.parametrize(
    "text, value",
    [
        # a password's shape alone: upper, lower, digit and a symbol
        ("agent: ok\nuser: the old one was Marlins#1997!Reef if that helps", "Marlins#1997!Reef"),
        ("user: ok its Pepper2021! sorry", "Pepper2021!"),
        ("BitLocker key:\n204183-119527-660341-725308-447216-038830-591245-317724\nthanks", None),
        (
            "Cookie: session=s%3AbT7kQ2mZ8xR4vP1n.9cLqWb0yE5uJ3fG6aD; theme=dark",
            "s%3AbT7kQ2mZ8xR4vP1n.9cLqWb0yE5uJ3fG6aD",
        ),
        ("someone asked for the OTP, I already gave it 662014 😭", "662014"),
        ("my MPIN, I think they saw it 401772", "401772"),
        ("my recovery phrase, should I keep it? it's " + " ".join(["lamp"] * 12), " ".join(["lamp"] * 12)),
        ('Security word on the account changed to "amber-otter" per her request.', "amber-otter"),
        ("et le mot de passe wifi c'est Loup-Gris_2011 si besoin", "Loup-Gris_2011"),
        ("The shared login for the front desk is Harb0ur!Desk#4 - reset it", "Harb0ur!Desk#4"),
        ("the wifi password, the one on the card says Visitor2025Harbour but no", "Visitor2025Harbour"),
        ("key id AKIAQ4X7Z2LMP9RT3KWB in the log", "AKIAQ4X7Z2LMP9RT3KWB"),
        ("Card 4111 1111 1111 1111  exp 11/26  CVV 408\nBilling: 1400 Lake Dr", "408"),
    ],
)
def test_passwords_keys_and_codes_people_paste(text, value):
    found = values("SECRET", text)
    assert found and (value is None or value in found)


@pytest.mark.parametrize(
    "text",
    [
        "INFO Modification RIB client=CL-00428813 ancien=FR76****0042",
        "APP_VERSION=2.8.0-rc3",
        "Price: US$1,299.99 (Black Friday!) Model X1-Pro+ v2.3.1b",
        "sudo: ana : TTY=pts/1 ; PWD=/var/log ; USER=root",
        "mfa=totp session=sess_01JCQ8M4R2W6",
    ],
)
def test_ids_versions_and_paths_are_no_password(text):
    assert values("SECRET", text) == []


@pytest.mark.parametrize(
    "text, expected",
    [
        ("my password is sunshine", ["sunshine"]),  # a plain word is a password too
        ("password was letmein", ["letmein"]),
        ("my password is incorrect", []),  # what the password is, not the password
        ("the password was reset yesterday", []),
    ],
)
def test_plain_word_passwords(text, expected):
    assert values("SECRET", text) == expected


@pytest.mark.parametrize(
    "text, value",
    [
        ("cvv 123", "123"),
        ("the security code on the back is 456", "456"),
        ("seed phrase: apple banana cherry dog eagle fish grape house igloo jelly kite lemon", None),
        ("backup code 8271-2231", "8271-2231"),
        ("product key XJ7K2-9QW3M-PL4TR-8YH2C-VB6DN", "XJ7K2-9QW3M-PL4TR-8YH2C-VB6DN"),
    ],
)
def test_card_codes_seed_phrases_and_keys(text, value):
    expected = value or text.split(": ", 1)[1]
    assert values("SECRET", text) == [expected]


def test_a_code_shaped_order_number_is_no_product_key():
    assert values("SECRET", "order ABCDE-12345-FGHIJ-67890-KLMNO shipped") == []
