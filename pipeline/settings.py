"""Runtime settings: the only module that reads the environment.

Every value can be set with a `VEILSTREAM_` variable; the broker and S3
endpoints also honour the conventional `KAFKA_BOOTSTRAP_SERVERS` and
`S3_ENDPOINT_URL` so tests and CI can point the whole suite at a stack.
Key material never comes from here: keys live in the keyring or in KMS.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from pipeline.shipped import shipped

# The checkout (tests and dev tools); nothing the installed package reads defaults to it.
REPO_ROOT = Path(__file__).resolve().parent.parent
DEV_AWS_KEY = "testing"  # the embedded stack's S3/KMS (moto) accepts any key


def _xdg(variable: str, fallback: str) -> Path:
    return Path(os.environ.get(variable) or Path.home() / fallback) / "veilstream"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="VEILSTREAM_", frozen=True, extra="ignore")

    # Where the stack is. Empty means "the embedded stack under state_dir".
    kafka_bootstrap_servers: str = Field(
        "",
        validation_alias=AliasChoices("VEILSTREAM_KAFKA_BOOTSTRAP_SERVERS", "KAFKA_BOOTSTRAP_SERVERS"),
    )
    s3_endpoint_url: str = Field("", validation_alias=AliasChoices("VEILSTREAM_S3_ENDPOINT_URL", "S3_ENDPOINT_URL"))
    aws_region: str = "us-east-1"
    # Static keys, only when set (both). Unset: boto3's default chain (IRSA web identity,
    # instance role, AWS_* variables) — or moto's dummy keys for the embedded stack.
    aws_access_key_id: SecretStr | None = None
    aws_secret_access_key: SecretStr | None = None
    audit_bucket: str = "veilstream-audit"
    # Confluent Schema Registry (http(s)://..., or mock:// in tests); empty: none, outputs carry
    # Avro single-object encoding. Auth is "user:password" (basic.auth.user.info).
    schema_registry_url: str = ""
    schema_registry_auth: SecretStr = SecretStr("")

    # How every Kafka client connects: pipeline.clients.
    kafka_security_protocol: Literal["PLAINTEXT", "SSL", "SASL_PLAINTEXT", "SASL_SSL"] = "PLAINTEXT"
    # AWS_MSK_IAM: OAUTHBEARER with a token signed by the AWS credentials above (MSK port 9098).
    kafka_sasl_mechanism: Literal["", "PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512", "OAUTHBEARER", "AWS_MSK_IAM"] = ""
    kafka_sasl_username: str = ""
    kafka_sasl_password: SecretStr = SecretStr("")
    # OAUTHBEARER: the OIDC client-credentials grant.
    kafka_oauth_token_url: str = ""
    kafka_oauth_client_id: str = ""
    kafka_oauth_client_secret: SecretStr = SecretStr("")
    kafka_oauth_scope: str = ""
    # TLS (SSL, SASL_SSL): a CA bundle (empty: the system's), and a client certificate for mTLS.
    kafka_ssl_ca_file: Path | None = None
    kafka_ssl_cert_file: Path | None = None
    kafka_ssl_key_file: Path | None = None
    kafka_ssl_key_password: SecretStr = SecretStr("")
    kafka_ssl_check_hostname: bool = True

    # State (keyring, signing key, API keys, the embedded stack's bookkeeping; read-only in a pod)
    # and data (working files a process may rebuild: the keys-topic cache): XDG defaults, never
    # the checkout or the working directory.
    state_dir: Path = Field(default_factory=lambda: _xdg("XDG_STATE_HOME", ".local/state"))
    data_dir: Path = Field(default_factory=lambda: _xdg("XDG_DATA_HOME", ".local/share"))
    # Embedded stack (veilstream dev up).
    dev_kafka_port: int = 19092
    dev_s3_port: int = 19000

    # Files reviewed like code; the default is the set the package ships.
    topologies_dir: Path = Field(default_factory=lambda: shipped("topologies"))

    # Keys: a local keyring file for development, AWS KMS in production.
    key_provider: Literal["local", "kms"] = "local"
    keyring_path: Path | None = None  # default: <state_dir>/keyring.json
    kms_key_id: str = ""  # KMS key id or alias of the key-encryption key
    kms_endpoint_url: str = ""  # empty: the S3 endpoint (moto serves KMS beside S3)
    key_store: Literal["kafka", "file"] = "kafka"  # wrapped data keys: compacted topic, or a file (dev)
    keys_topic: str = "veilstream.keys"
    key_cache_size: int = 10_000  # unwrapped data keys held in memory
    key_refresh_s: float = 30.0  # an erasure elsewhere is honoured within this delay
    audit_topic: str = "audit.events"  # key, restore and erase events (topologies may name their own)

    # The API key of the restore, erase and locate commands (never on the command line):
    # VEILSTREAM_API_KEY, or a file only its owner may read.
    api_key: SecretStr | None = None
    api_key_file: Path | None = None
    # Records one conversation- or subject-scoped restore may open; a wider one is refused (scope_too_large).
    restore_max_records: int = Field(default=500, ge=1)

    # Ingest limits and worker tuning.
    max_event_bytes: int = 64 * 1024
    max_message_bytes: int = 1_000_000  # the output topics' max.message.bytes: a bigger output is dead-lettered
    batch_size: int = 64
    batch_within_s: float = 0.2
    detect_processes: int = 1
    web_port: int = 6066
    web_host: str = "127.0.0.1"  # the bind address; 0.0.0.0 in a container, so probes and Prometheus reach /metrics
    web_tls_cert: Path | None = None  # PEM certificate (chain): the web port (/restore, /metrics) serves HTTPS
    web_tls_key: Path | None = None  # its PEM private key (default: in the certificate file)
    metrics_port: int = 0  # /metrics of processes without a web server (audit sink, residual scan); 0: off
    canary_interval_s: float = 0.0  # a canary set per stream every N seconds per worker; 0: off

    # Audit archive.
    # Object Lock (COMPLIANCE) on every audit object, and the bucket's default retention.
    # It must outlast the SOC 2 audit period plus the auditor's fieldwork: `readiness` warns otherwise.
    object_lock_days: int = 400
    audit_period_days: int = 365
    audit_rotate_records: int = 1000
    audit_rotate_seconds: float = 10.0
    # An RFC 3161 Time-Stamp Authority (http(s)://...) that witnesses each day's signed
    # checkpoint; empty: none. With tsa_cert_file (PEM: the TSA's CA or its own certificate),
    # its answers verify in full before they are stored, and `evidence verify` trusts it.
    tsa_url: str = ""
    tsa_cert_file: Path | None = None
    tsa_timeout_s: float = 10.0

    @model_validator(mode="after")
    def _kafka_security_is_whole(self) -> Settings:
        """A half-configured connection fails here, at start, not as a broker timeout later."""
        sasl = self.kafka_security_protocol.startswith("SASL_")
        if sasl and not self.kafka_sasl_mechanism:
            raise ValueError(f"kafka_security_protocol={self.kafka_security_protocol} needs kafka_sasl_mechanism")
        if self.kafka_sasl_mechanism and not sasl:
            raise ValueError("kafka_sasl_mechanism needs kafka_security_protocol SASL_SSL (or SASL_PLAINTEXT)")
        if self.kafka_sasl_mechanism == "AWS_MSK_IAM" and self.kafka_security_protocol != "SASL_SSL":
            raise ValueError("AWS_MSK_IAM needs kafka_security_protocol=SASL_SSL")
        if self.kafka_sasl_mechanism in ("PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512") and not self.kafka_sasl_username:
            raise ValueError(f"kafka_sasl_mechanism={self.kafka_sasl_mechanism} needs kafka_sasl_username")
        if self.kafka_sasl_mechanism == "OAUTHBEARER" and not (
            self.kafka_oauth_token_url and self.kafka_oauth_client_id
        ):
            raise ValueError("OAUTHBEARER needs kafka_oauth_token_url and kafka_oauth_client_id")
        if (self.kafka_ssl_cert_file is None) != (self.kafka_ssl_key_file is None):
            raise ValueError("a client certificate needs both kafka_ssl_cert_file and kafka_ssl_key_file")
        if (self.aws_access_key_id is None) != (self.aws_secret_access_key is None):
            raise ValueError("set both aws_access_key_id and aws_secret_access_key, or neither")
        return self

    # Where each service is. An empty setting means the embedded stack of
    # `veilstream dev up`; production names its endpoints explicitly (for AWS:
    # https://s3.<region>.amazonaws.com and https://kms.<region>.amazonaws.com).
    @property
    def kafka_bootstrap(self) -> str:
        return self.kafka_bootstrap_servers or f"127.0.0.1:{self.dev_kafka_port}"

    @property
    def s3_endpoint(self) -> str:
        return self.s3_endpoint_url or f"http://127.0.0.1:{self.dev_s3_port}"

    @property
    def kms_endpoint(self) -> str:
        return self.kms_endpoint_url or self.s3_endpoint  # moto serves KMS beside S3

    def aws_client_credentials(self) -> dict[str, str]:
        """Credential arguments for boto3 clients: the static keys when set; moto's dummy keys
        for the embedded stack; otherwise none, so boto3 walks its default chain (IRSA, instance role)."""
        if self.aws_access_key_id is not None and self.aws_secret_access_key is not None:
            return {
                "aws_access_key_id": self.aws_access_key_id.get_secret_value(),
                "aws_secret_access_key": self.aws_secret_access_key.get_secret_value(),
            }
        if not self.s3_endpoint_url:
            return {"aws_access_key_id": DEV_AWS_KEY, "aws_secret_access_key": DEV_AWS_KEY}
        return {}

    @property
    def keyring_file(self) -> Path:
        return self.keyring_path or (self.state_dir / "keyring.json")


def get_settings() -> Settings:
    """The settings the environment gives now. Only the edges call it (the CLI commands, the
    worker's entry point); everything below them is handed Settings or the values it needs.
    Not cached, so a changed environment (a test's monkeypatch) is never served stale."""
    return Settings()
