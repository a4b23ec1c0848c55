"""Settings for a key suite run, once per KEK provider (local keyring, KMS on
the stack's moto server), each with its own keys topic, audit topic and KEK."""

from __future__ import annotations

import uuid

import pytest

from pipeline.keys import KmsKek, LocalKeyring, kms_client
from pipeline.settings import Settings


@pytest.fixture(params=["local", "kms"])
def key_settings(request, stack, tmp_path, unique_name) -> Settings:
    update = {
        "keys_topic": unique_name("keys"),
        "audit_topic": unique_name("audit"),
        "key_store": "kafka",
        "keyring_path": tmp_path / "keyring.json",
        "key_provider": request.param,
        "state_dir": tmp_path,
        "key_refresh_s": 0.0,
    }
    if request.param == "kms":
        update["kms_key_id"] = f"alias/veilstream-{uuid.uuid4().hex[:12]}"
    settings = stack.settings.model_copy(update=update)
    if request.param == "kms":
        KmsKek.init(kms_client(settings), settings.kms_key_id)
    else:
        LocalKeyring.init(settings.keyring_file)
    return settings


def settings_env(s: Settings) -> dict[str, str]:
    """The same settings as VEILSTREAM_* variables, for a subprocess or the CLI."""
    return {
        "VEILSTREAM_KAFKA_BOOTSTRAP_SERVERS": s.kafka_bootstrap_servers,
        "VEILSTREAM_S3_ENDPOINT_URL": s.s3_endpoint_url,
        "VEILSTREAM_STATE_DIR": str(s.state_dir),
        "VEILSTREAM_KEYRING_PATH": str(s.keyring_file),
        "VEILSTREAM_KEY_PROVIDER": s.key_provider,
        "VEILSTREAM_KMS_KEY_ID": s.kms_key_id,
        "VEILSTREAM_KEYS_TOPIC": s.keys_topic,
        "VEILSTREAM_AUDIT_TOPIC": s.audit_topic,
        "VEILSTREAM_KEY_STORE": s.key_store,
        "VEILSTREAM_KEY_REFRESH_S": str(s.key_refresh_s),
        "VEILSTREAM_TOPOLOGIES_DIR": str(s.topologies_dir),
    }
