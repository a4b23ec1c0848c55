"""The key suite runs against both KEK providers: the local keyring file and
KMS (moto's server, the same HTTP API as AWS)."""

from __future__ import annotations

import uuid

import boto3
import pytest
from moto.server import ThreadedMotoServer

from pipeline.keys import EnvelopeKeyService, FileKeyStore, KmsKek, LocalKeyring


@pytest.fixture(scope="session")
def kms_endpoint():
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    yield f"http://{host}:{port}"
    server.stop()


def _kms_client(endpoint: str):
    return boto3.client(
        "kms",
        region_name="us-east-1",
        endpoint_url=endpoint,
        aws_access_key_id="testing",
        aws_secret_access_key="testing",
    )


@pytest.fixture(params=["local", "kms"])
def provider_factory(request, tmp_path):
    """A function returning a fresh provider instance over the same KEK (as a second process would)."""
    if request.param == "local":
        path = tmp_path / "keyring.json"
        LocalKeyring.init(path)
        return lambda: LocalKeyring(path)
    endpoint = request.getfixturevalue("kms_endpoint")
    alias = f"alias/veilstream-test-{uuid.uuid4().hex}"
    KmsKek.init(_kms_client(endpoint), alias)
    return lambda: KmsKek(_kms_client(endpoint), alias)


@pytest.fixture
def audit_log():
    return []


@pytest.fixture
def make_service(provider_factory, tmp_path, audit_log):
    """Each call is another 'process': its own provider, store reader and caches, same key store."""
    made = []

    def make(**kw) -> EnvelopeKeyService:
        svc = EnvelopeKeyService(
            provider_factory(), FileKeyStore(tmp_path / "keys.jsonl"), audit=audit_log.append, **kw
        )
        made.append(svc)
        return svc

    yield make
    for s in made:
        s.close()
