"""The client factories: Settings → librdkafka configuration and boto3 clients.

Each security mode is mapped once and checked here; every librdkafka
dictionary is also handed to a real confluent-kafka Producer, which rejects
unknown or unsupported properties.
"""

from __future__ import annotations

import base64
import datetime as dt
import json
import threading
import time
import urllib.parse
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path

import pytest
from confluent_kafka import Producer
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from pydantic import SecretStr, ValidationError

from pipeline.clients import MskIamToken, OidcToken, TokenError, aws_client, kafka_clients, librdkafka_config
from pipeline.settings import Settings

BOOTSTRAP = "b-1.example:9096,b-2.example:9096"
SECRET = "s3cr3t-never-logged"


def settings(**kw) -> Settings:
    return Settings(kafka_bootstrap_servers=BOOTSTRAP, **kw)


@pytest.fixture(scope="module")
def certs(tmp_path_factory) -> dict[str, Path]:
    """A CA file and a client certificate with its key (PEM), made here."""
    d = tmp_path_factory.mktemp("tls")
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "veilstream-test")])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    pem = cert.public_bytes(serialization.Encoding.PEM)
    (d / "ca.pem").write_bytes(pem)
    (d / "client.pem").write_bytes(pem)
    (d / "client.key").write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.BestAvailableEncryption(b"keypass"),
        )
    )
    return {"ca": d / "ca.pem", "cert": d / "client.pem", "key": d / "client.key"}


def librdkafka_accepts(conf: dict) -> None:
    """A real client takes the dictionary (no broker needed to construct one)."""
    Producer({k: v for k, v in conf.items() if k != "oauth_cb"}).flush(0)


# --- the mapping, mode by mode ----------------------------------------------------


def test_plaintext_is_just_the_bootstrap_servers():
    s = settings()
    assert librdkafka_config(s) == {"bootstrap.servers": BOOTSTRAP, "security.protocol": "PLAINTEXT"}


def test_tls_with_a_private_ca_and_a_client_certificate(certs):
    s = settings(
        kafka_security_protocol="SSL",
        kafka_ssl_ca_file=certs["ca"],
        kafka_ssl_cert_file=certs["cert"],
        kafka_ssl_key_file=certs["key"],
        kafka_ssl_key_password=SecretStr("keypass"),
    )
    conf = librdkafka_config(s)
    assert conf == {
        "bootstrap.servers": BOOTSTRAP,
        "security.protocol": "SSL",
        "ssl.ca.location": str(certs["ca"]),
        "ssl.certificate.location": str(certs["cert"]),
        "ssl.key.location": str(certs["key"]),
        "ssl.key.password": "keypass",
        "ssl.endpoint.identification.algorithm": "https",
    }
    librdkafka_accepts(conf)


def test_tls_with_the_system_trust_store_and_no_hostname_check():
    s = settings(kafka_security_protocol="SSL", kafka_ssl_check_hostname=False)
    conf = librdkafka_config(s)
    assert "ssl.ca.location" not in conf and conf["ssl.endpoint.identification.algorithm"] == "none"
    librdkafka_accepts(conf)


@pytest.mark.parametrize(
    "protocol,mechanism",
    [
        ("SASL_SSL", "PLAIN"),
        ("SASL_SSL", "SCRAM-SHA-256"),
        ("SASL_SSL", "SCRAM-SHA-512"),
        ("SASL_PLAINTEXT", "SCRAM-SHA-512"),
    ],
)
def test_sasl_username_and_password(protocol, mechanism):
    s = settings(
        kafka_security_protocol=protocol,
        kafka_sasl_mechanism=mechanism,
        kafka_sasl_username="veilstream",
        kafka_sasl_password=SecretStr(SECRET),
    )
    conf = librdkafka_config(s)
    assert {k: conf[k] for k in ("security.protocol", "sasl.mechanism", "sasl.username", "sasl.password")} == {
        "security.protocol": protocol,
        "sasl.mechanism": mechanism,
        "sasl.username": "veilstream",
        "sasl.password": SECRET,
    }
    librdkafka_accepts(conf)
    assert SECRET not in repr(s)


class TokenEndpoint(BaseHTTPRequestHandler):
    calls: list[dict] = []

    def do_POST(self) -> None:
        form = urllib.parse.parse_qs(self.rfile.read(int(self.headers["Content-Length"])).decode())
        TokenEndpoint.calls.append({"auth": self.headers["Authorization"], "form": form})
        body = json.dumps({"access_token": f"token-{len(TokenEndpoint.calls)}", "expires_in": 3600}).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *_args) -> None:
        pass


@pytest.fixture
def token_url():
    TokenEndpoint.calls = []
    server = HTTPServer(("127.0.0.1", 0), TokenEndpoint)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}/oauth2/token"
    server.shutdown()


def test_oauthbearer_oidc_client_credentials(token_url):
    s = settings(
        kafka_security_protocol="SASL_SSL",
        kafka_sasl_mechanism="OAUTHBEARER",
        kafka_oauth_token_url=token_url,
        kafka_oauth_client_id="veilstream-worker",
        kafka_oauth_client_secret=SecretStr(SECRET),
        kafka_oauth_scope="kafka",
    )
    conf = librdkafka_config(s)
    assert conf["sasl.mechanism"] == "OAUTHBEARER" and isinstance(conf["oauth_cb"], OidcToken)
    librdkafka_accepts(conf)
    token, expiry = conf["oauth_cb"](None)
    assert token == "token-1" and expiry == pytest.approx(time.time() + 3600, abs=5)
    assert conf["oauth_cb"](None)[0] == "token-1"  # cached until shortly before it expires
    call = TokenEndpoint.calls[0]
    assert call["form"] == {"grant_type": ["client_credentials"], "scope": ["kafka"]}
    assert base64.b64decode(call["auth"].removeprefix("Basic ")).decode() == f"veilstream-worker:{SECRET}"
    assert SECRET not in repr(conf["oauth_cb"])

    # librdkafka asks a fresh source for the token as soon as the client is polled
    kafka_clients(s).producer().flush(0)
    assert len(TokenEndpoint.calls) == 2


def test_oauthbearer_endpoint_down_names_the_endpoint_not_the_secret():
    source = OidcToken("http://127.0.0.1:9/token", "id", SECRET, timeout_s=1)
    with pytest.raises(TokenError, match="127.0.0.1:9") as err:
        source()
    assert SECRET not in str(err.value)


def test_aws_msk_iam_signs_a_connect_request_with_the_configured_keys():
    s = settings(
        kafka_security_protocol="SASL_SSL",
        kafka_sasl_mechanism="AWS_MSK_IAM",
        aws_region="eu-west-1",
        aws_access_key_id=SecretStr("AKIAEXAMPLEKEYID0000"),
        aws_secret_access_key=SecretStr(SECRET),
    )
    conf = librdkafka_config(s)
    assert conf["sasl.mechanism"] == "OAUTHBEARER" and isinstance(conf["oauth_cb"], MskIamToken)
    librdkafka_accepts(conf)
    token, expiry = conf["oauth_cb"](None)
    url = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)).decode()
    query = urllib.parse.parse_qs(urllib.parse.urlparse(url).query)
    assert url.startswith("https://kafka.eu-west-1.amazonaws.com/")
    assert query["Action"] == ["kafka-cluster:Connect"]
    credential = query["X-Amz-Credential"][0]
    assert credential.startswith("AKIAEXAMPLEKEYID0000/") and credential.endswith(
        "/eu-west-1/kafka-cluster/aws4_request"
    )
    assert SECRET not in url
    assert time.time() < expiry <= time.time() + 900


def test_aws_msk_iam_without_credentials_says_so(monkeypatch, tmp_path):
    for var in ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN", "AWS_PROFILE"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("AWS_SHARED_CREDENTIALS_FILE", str(tmp_path / "none"))
    monkeypatch.setenv("AWS_CONFIG_FILE", str(tmp_path / "none"))
    monkeypatch.setenv("AWS_EC2_METADATA_DISABLED", "true")
    with pytest.raises(TokenError, match="no AWS credentials"):
        MskIamToken("us-east-1")()


@pytest.mark.parametrize(
    "kw,problem",
    [
        ({"kafka_security_protocol": "SASL_SSL"}, "needs kafka_sasl_mechanism"),
        ({"kafka_sasl_mechanism": "PLAIN", "kafka_sasl_username": "u"}, "needs kafka_security_protocol"),
        ({"kafka_security_protocol": "SASL_PLAINTEXT", "kafka_sasl_mechanism": "AWS_MSK_IAM"}, "SASL_SSL"),
        ({"kafka_security_protocol": "SASL_SSL", "kafka_sasl_mechanism": "SCRAM-SHA-512"}, "kafka_sasl_username"),
        ({"kafka_security_protocol": "SASL_SSL", "kafka_sasl_mechanism": "OAUTHBEARER"}, "kafka_oauth_token_url"),
        ({"kafka_security_protocol": "SSL", "kafka_ssl_cert_file": "/c.pem"}, "kafka_ssl_key_file"),
        ({"aws_access_key_id": "AKIAEXAMPLE"}, "aws_secret_access_key"),
    ],
)
def test_half_configured_security_fails_at_start(kw, problem):
    with pytest.raises(ValidationError, match=problem):
        settings(**kw)


# --- AWS clients ---------------------------------------------------------------------


def signing_key(client) -> str:
    return client._request_signer._credentials.get_frozen_credentials().access_key


@pytest.fixture
def env_chain(monkeypatch):
    """The default chain finds these keys in the environment (as it would find IRSA's)."""
    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "AKIAFROMTHECHAIN0000")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "chain-secret")
    return "AKIAFROMTHECHAIN0000"


def test_aws_clients_use_the_default_chain_unless_keys_are_set(env_chain):
    production = Settings(s3_endpoint_url="https://s3.eu-west-1.amazonaws.com", aws_region="eu-west-1")
    assert production.aws_client_credentials() == {}
    for service in ("s3", "kms"):
        assert signing_key(aws_client(production, service)) == env_chain
    assert aws_client(production, "s3").meta.endpoint_url == "https://s3.eu-west-1.amazonaws.com"
    static = production.model_copy(
        update={"aws_access_key_id": SecretStr("AKIASTATIC000000000"), "aws_secret_access_key": SecretStr("x")}
    )
    assert signing_key(aws_client(static, "kms")) == "AKIASTATIC000000000"


def test_the_embedded_stack_gets_dummy_keys(env_chain):
    assert signing_key(aws_client(Settings(), "s3")) == "testing"


def test_the_evidence_signer_calls_kms_with_the_default_chain(env_chain):
    """It used to take the static test keys whatever the settings said."""
    from pipeline.keys.signing import _kms

    production = Settings(s3_endpoint_url="https://s3.us-east-1.amazonaws.com", key_provider="kms")
    assert signing_key(_kms(production)) == env_chain
