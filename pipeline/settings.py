"""Runtime settings: the only module that reads the environment.

Every value can be set with a `VEILSTREAM_` variable; the broker and S3
endpoints also honour the conventional `KAFKA_BOOTSTRAP_SERVERS` and
`S3_ENDPOINT_URL` so tests and CI can point the whole suite at a stack.
Key material never comes from here: keys live in the keyring or in KMS.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import AliasChoices, Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict

REPO_ROOT = Path(__file__).resolve().parent.parent


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="VEILSTREAM_", frozen=True, extra="ignore")

    # Where the stack is. Empty means "the embedded stack under state_dir".
    kafka_bootstrap_servers: str = Field(
        "",
        validation_alias=AliasChoices("VEILSTREAM_KAFKA_BOOTSTRAP_SERVERS", "KAFKA_BOOTSTRAP_SERVERS"),
    )
    s3_endpoint_url: str = Field("", validation_alias=AliasChoices("VEILSTREAM_S3_ENDPOINT_URL", "S3_ENDPOINT_URL"))
    aws_region: str = "us-east-1"
    # Dummy credentials for the local stack (moto accepts any); set real ones in production.
    aws_access_key_id: SecretStr = SecretStr("testing")
    aws_secret_access_key: SecretStr = SecretStr("testing")
    # "default": boto3's own chain (IRSA web identity, instance role) and the two keys above are ignored.
    aws_credentials: Literal["static", "default"] = "static"
    audit_bucket: str = "veilstream-audit"

    # Embedded stack (veilstream dev up).
    state_dir: Path = REPO_ROOT / ".veilstream"
    dev_kafka_port: int = 19092
    dev_s3_port: int = 19000

    # Files reviewed like code.
    topologies_dir: Path = REPO_ROOT / "topologies"
    schemas_dir: Path = REPO_ROOT / "schemas"

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

    # Ingest limits and worker tuning.
    max_event_bytes: int = 64 * 1024
    batch_size: int = 64
    batch_within_s: float = 0.2
    detect_processes: int = 1
    web_port: int = 6066
    web_host: str = "127.0.0.1"  # 0.0.0.0 in a container, so probes and Prometheus reach /metrics
    metrics_port: int = 0  # /metrics of processes without a web server (audit sink, residual scan); 0: off
    canary_interval_s: float = 0.0  # a canary set per stream every N seconds per worker; 0: off

    # Audit archive.
    object_lock_days: int = 1
    audit_rotate_records: int = 1000
    audit_rotate_seconds: float = 10.0

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
        """Credential arguments for boto3 clients: the static keys, or none so boto3 finds its own."""
        if self.aws_credentials == "default":
            return {}
        return {
            "aws_access_key_id": self.aws_access_key_id.get_secret_value(),
            "aws_secret_access_key": self.aws_secret_access_key.get_secret_value(),
        }

    @property
    def keyring_file(self) -> Path:
        return self.keyring_path or (self.state_dir / "keyring.json")


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
