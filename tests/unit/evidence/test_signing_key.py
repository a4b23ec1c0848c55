import os

import boto3
import pytest
from moto import mock_aws

from pipeline.keys.signing import SigningKeyError, init_signing_key, load_signer
from pipeline.settings import Settings


def test_local_key_is_a_0600_file_and_stable(tmp_path):
    s = Settings(state_dir=tmp_path)
    signer = init_signing_key(s)
    path = tmp_path / "evidence-signing.key"
    assert path.stat().st_mode & 0o777 == 0o600
    again = init_signing_key(s)  # never replaced silently
    assert again.public_key_bytes() == signer.public_key_bytes()
    assert load_signer(s).sign(b"x") == signer.sign(b"x")  # Ed25519 is deterministic
    assert signer.name == "veilstream/veilstream-audit"


def test_group_readable_key_is_refused(tmp_path):
    s = Settings(state_dir=tmp_path)
    init_signing_key(s)
    os.chmod(tmp_path / "evidence-signing.key", 0o644)
    with pytest.raises(SigningKeyError, match="chmod 600"):
        load_signer(s)


@pytest.mark.parametrize("content", [b"zz", b"00" * 16])
def test_damaged_key_file(tmp_path, content):
    path = tmp_path / "evidence-signing.key"
    path.write_bytes(content)
    os.chmod(path, 0o600)
    with pytest.raises(SigningKeyError):
        load_signer(Settings(state_dir=tmp_path))


def test_missing_key(tmp_path):
    with pytest.raises(SigningKeyError, match="init-key"):
        load_signer(Settings(state_dir=tmp_path))


@mock_aws
def test_kms_wrapped_seed(tmp_path):
    kek = boto3.client("kms", region_name="us-east-1").create_key()["KeyMetadata"]["KeyId"]
    s = Settings(
        state_dir=tmp_path, key_provider="kms", kms_key_id=kek, kms_endpoint_url="https://kms.us-east-1.amazonaws.com"
    )  # AWS itself, mocked in-process
    signer = init_signing_key(s)
    wrapped = (tmp_path / "evidence-signing.kms").read_bytes()
    assert not (tmp_path / "evidence-signing.key").exists()
    assert wrapped.find(signer._key.private_bytes_raw()) == -1  # the seed is not stored in clear
    assert load_signer(s).public_key_bytes() == signer.public_key_bytes()
    # mounted from a Kubernetes Secret: root-owned, group-readable (fsGroup); still ciphertext only
    (tmp_path / "evidence-signing.kms").chmod(0o440)
    assert load_signer(s).public_key_bytes() == signer.public_key_bytes()
