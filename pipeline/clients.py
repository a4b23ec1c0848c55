"""The one place that builds Kafka and AWS clients, from Settings.

Kafka: `KafkaClients` carries the librdkafka settings every confluent-kafka
client shares (bootstrap servers, TLS, SASL) and builds producers, consumers
and admin clients with them. OAUTHBEARER tokens (an OIDC client-credentials
grant, or AWS MSK IAM) come from a `TokenSource` that librdkafka calls.

AWS: `aws_client` builds every boto3 client with the region, the endpoint and
the credentials of Settings (static keys only when set; else boto3's default
chain: IRSA web identity, instance role).
"""

from __future__ import annotations

import base64
import json
import threading
import time
import urllib.parse
import urllib.request
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Literal, Protocol

from pipeline.settings import Settings

if TYPE_CHECKING:
    from confluent_kafka import Consumer, Producer
    from confluent_kafka.admin import AdminClient

# A token is renewed this long before it expires.
TOKEN_MARGIN_S = 60.0


class TokenSource(Protocol):
    """An OAUTHBEARER token and its expiry (epoch seconds). The signature is
    confluent-kafka's `oauth_cb`, which passes its `sasl.oauthbearer.config`."""

    def __call__(self, _config: str | None = None) -> tuple[str, float]: ...


class TokenError(RuntimeError):
    """No token could be had; the message names the endpoint, never a secret."""


@dataclass
class OidcToken:
    """The OIDC client-credentials grant (RFC 6749 §4.4), cached until shortly before it expires."""

    token_url: str
    client_id: str
    client_secret: str = field(repr=False)
    scope: str = ""
    timeout_s: float = 10.0
    _cached: tuple[str, float] | None = field(default=None, init=False, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, init=False, repr=False)

    def __call__(self, _config: str | None = None) -> tuple[str, float]:
        with self._lock:
            if self._cached is None or self._cached[1] - TOKEN_MARGIN_S < time.time():
                self._cached = self._fetch()
            return self._cached

    def _fetch(self) -> tuple[str, float]:
        form = {"grant_type": "client_credentials"} | ({"scope": self.scope} if self.scope else {})
        basic = base64.b64encode(
            f"{urllib.parse.quote(self.client_id)}:{urllib.parse.quote(self.client_secret)}".encode()
        ).decode()
        request = urllib.request.Request(
            self.token_url,
            data=urllib.parse.urlencode(form).encode(),
            headers={"Authorization": f"Basic {basic}", "Content-Type": "application/x-www-form-urlencoded"},
            method="POST",
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout_s) as resp:
                body = json.loads(resp.read())
        except (OSError, ValueError) as exc:
            raise TokenError(f"token endpoint {self.token_url}: {type(exc).__name__}") from None
        if not isinstance(body, dict) or not isinstance(body.get("access_token"), str):
            raise TokenError(f"token endpoint {self.token_url}: no access_token in the answer")
        return body["access_token"], time.time() + float(body.get("expires_in", 300))


@dataclass
class MskIamToken:
    """AWS MSK IAM: a SigV4-signed `kafka-cluster:Connect` request as the OAUTHBEARER token.

    Needs an IAM principal (IRSA role, instance role, or the static keys) allowed
    `kafka-cluster:Connect` on the cluster, plus the topic and group actions the
    process uses (DescribeTopic, ReadData, WriteData, AlterGroup, DescribeGroup;
    CreateTopic for `topology deploy`); the cluster's IAM listener is port 9098.
    """

    region: str
    access_key_id: str | None = field(default=None, repr=False)
    secret_access_key: str | None = field(default=None, repr=False)

    def __call__(self, _config: str | None = None) -> tuple[str, float]:
        from aws_msk_iam_sasl_signer import MSKAuthTokenProvider

        try:
            if self.access_key_id and self.secret_access_key:
                token, expiry_ms = MSKAuthTokenProvider.generate_auth_token_from_credentials_provider(
                    self.region, _static_provider(self.access_key_id, self.secret_access_key)
                )
            else:
                token, expiry_ms = MSKAuthTokenProvider.generate_auth_token(self.region)
        except (AttributeError, ValueError) as exc:  # no credentials found (None or empty keys)
            raise TokenError(f"MSK IAM token for {self.region}: no AWS credentials ({type(exc).__name__})") from None
        return token, expiry_ms / 1000


def _static_provider(access_key_id: str, secret_access_key: str) -> Any:
    from botocore.credentials import CredentialProvider, Credentials

    class Static(CredentialProvider):
        METHOD = "veilstream-settings"

        def load(self) -> Credentials:
            return Credentials(access_key_id, secret_access_key)

    return Static()


def token_source(settings: Settings) -> TokenSource | None:
    """The OAUTHBEARER token source the settings name, or None without OAUTHBEARER."""
    if settings.kafka_sasl_mechanism == "OAUTHBEARER":
        return OidcToken(
            settings.kafka_oauth_token_url,
            settings.kafka_oauth_client_id,
            settings.kafka_oauth_client_secret.get_secret_value(),
            settings.kafka_oauth_scope,
        )
    if settings.kafka_sasl_mechanism == "AWS_MSK_IAM":
        creds = settings.aws_client_credentials()
        return MskIamToken(settings.aws_region, creds.get("aws_access_key_id"), creds.get("aws_secret_access_key"))
    return None


def uses_tls(settings: Settings) -> bool:
    return settings.kafka_security_protocol in ("SSL", "SASL_SSL")


def sasl_mechanism(settings: Settings) -> str:
    """The mechanism on the wire: MSK IAM is OAUTHBEARER with a signed token."""
    return "OAUTHBEARER" if settings.kafka_sasl_mechanism == "AWS_MSK_IAM" else settings.kafka_sasl_mechanism


def librdkafka_config(settings: Settings, tokens: TokenSource | None = None) -> dict[str, Any]:
    """The librdkafka settings every client shares: where the brokers are and how to authenticate."""
    conf: dict[str, Any] = {
        "bootstrap.servers": settings.kafka_bootstrap,
        "security.protocol": settings.kafka_security_protocol,
    }
    if uses_tls(settings):
        if settings.kafka_ssl_ca_file is not None:
            conf["ssl.ca.location"] = str(settings.kafka_ssl_ca_file)
        if settings.kafka_ssl_cert_file is not None and settings.kafka_ssl_key_file is not None:
            conf["ssl.certificate.location"] = str(settings.kafka_ssl_cert_file)
            conf["ssl.key.location"] = str(settings.kafka_ssl_key_file)
            if settings.kafka_ssl_key_password.get_secret_value():
                conf["ssl.key.password"] = settings.kafka_ssl_key_password.get_secret_value()
        conf["ssl.endpoint.identification.algorithm"] = "https" if settings.kafka_ssl_check_hostname else "none"
    mechanism = sasl_mechanism(settings)
    if mechanism:
        conf["sasl.mechanism"] = mechanism
    if mechanism in ("PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512"):
        conf["sasl.username"] = settings.kafka_sasl_username
        conf["sasl.password"] = settings.kafka_sasl_password.get_secret_value()
    elif mechanism == "OAUTHBEARER":
        conf["oauth_cb"] = tokens or token_source(settings)
    return conf


@dataclass(frozen=True)
class KafkaClients:
    """Builds confluent-kafka clients that share one connection configuration."""

    config: Mapping[str, Any]

    @property
    def bootstrap(self) -> str:
        return str(self.config["bootstrap.servers"])

    def _conf(self, overrides: Mapping[str, Any] | None) -> dict[str, Any]:
        return {**self.config, **(overrides or {})}

    def _started(self, client: Any) -> Any:
        # librdkafka asks oauth_cb for the first token only when the client is polled.
        if "oauth_cb" in self.config:
            client.poll(0)
        return client

    def producer(self, conf: Mapping[str, Any] | None = None) -> Producer:
        from confluent_kafka import Producer

        return self._started(Producer(self._conf(conf)))

    def consumer(self, conf: Mapping[str, Any]) -> Consumer:
        """CONF names at least `group.id`."""
        from confluent_kafka import Consumer

        return self._started(Consumer(self._conf(conf)))

    def admin(self, conf: Mapping[str, Any] | None = None) -> AdminClient:
        from confluent_kafka.admin import AdminClient

        return self._started(AdminClient(self._conf(conf)))


def kafka_clients(settings: Settings) -> KafkaClients:
    return KafkaClients(librdkafka_config(settings))


def plain_kafka(bootstrap: str) -> KafkaClients:
    """Clients for a broker that needs no authentication (the embedded stack, tests)."""
    return KafkaClients({"bootstrap.servers": bootstrap})


AwsService = Literal["s3", "kms"]


def aws_client(settings: Settings, service: AwsService, *, config: Any = None) -> Any:
    """A boto3 client for S3 or KMS with the settings' region, endpoint and credentials.

    `config` is an optional botocore Config (timeouts, retries)."""
    import boto3

    endpoint = settings.kms_endpoint if service == "kms" else settings.s3_endpoint
    return boto3.client(
        service,
        region_name=settings.aws_region,
        endpoint_url=endpoint,
        config=config,
        **settings.aws_client_credentials(),
    )
