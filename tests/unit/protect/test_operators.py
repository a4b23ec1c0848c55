from __future__ import annotations

import re

import pytest

from pipeline.keys import TamperedError
from pipeline.protect import operators as op


@pytest.mark.parametrize(
    "value,masked",
    [
        ("4111-1111-1111-1234", "****-****-****-1234"),
        ("123-45-6789", "***-**-6789"),
        ("+1 (555) 010-9999", "+* (***) ***-9999"),
        ("abc", "abc"),
        ("", ""),
    ],
)
def test_mask_keeps_the_last_four(value, masked):
    assert op.mask(value) == masked


def test_redact():
    assert op.redact("US_SSN") == "<US_SSN>"


@pytest.mark.parametrize("value", ["alice@example.com", "Zoë Ölberg", "4111 1111 1111 1111", "a b"])
def test_deterministic_round_trip_and_joinable(keys, value):
    a = op.deterministic(keys, "acme", "EMAIL_ADDRESS", value)
    assert a == op.deterministic(keys, "acme", "EMAIL_ADDRESS", value)  # joinable
    assert value not in a and op.DETERMINISTIC_RE.fullmatch(a)
    assert op.reveal_deterministic(keys, "acme", f"id {a} and {a}.") == f"id {value} and {value}."
    assert a != op.deterministic(keys, "globex", "EMAIL_ADDRESS", value)


def test_deterministic_is_bound_to_tenant_and_entity(keys):
    a = op.deterministic(keys, "acme", "EMAIL_ADDRESS", "a@b.c")
    with pytest.raises(TamperedError):
        op.reveal_deterministic(keys, "globex", a)
    with pytest.raises(TamperedError):
        op.reveal_deterministic(keys, "acme", a.replace("EMAIL_ADDRESS", "PERSON"))


def test_keyed_hash_is_stable_per_tenant_and_not_a_plain_hash(keys):
    import hashlib

    h = op.keyed_hash(keys, "acme", "US_SSN", "123-45-6789")
    assert h == op.keyed_hash(keys, "acme", "US_SSN", "123-45-6789")
    assert h != op.keyed_hash(keys, "globex", "US_SSN", "123-45-6789")
    assert h != op.keyed_hash(keys, "acme", "US_SSN", "123-45-6780")
    assert hashlib.sha256(b"123-45-6789").hexdigest()[:16] not in h
    assert re.fullmatch(r"<US_SSN\.h\.[0-9a-f]{16}>", h)


def test_stable_tokens(keys):
    t = op.stable_token(keys, "acme", "PERSON", "Alice")
    assert re.fullmatch(r"<PERSON_[0-9a-f]{6}>", t) and op.TOKEN_RE.fullmatch(t)
    assert t == op.stable_token(keys, "acme", "PERSON", "Alice")
    assert t != op.stable_token(keys, "globex", "PERSON", "Alice")
    assert t != op.stable_token(keys, "acme", "PERSON", "Alice", subject_ref="s1")
    assert op.stable_token(keys, "acme", "PERSON", "Alice", "s1") == op.stable_token(
        keys, "acme", "PERSON", "Alice", "s1"
    )


@pytest.mark.parametrize(
    "entity,spelled",
    [
        ("PERSON", "PERSON"),
        ("person", "PERSON"),
        ("en-IBAN", "EN_IBAN"),
        ("42", "E42"),
        ("Phone Number", "PHONE_NUMBER"),
    ],
)
def test_entity_types_are_spelled_so_restore_finds_them(keys, entity, spelled):
    token = op.numbered_token(entity, 3, "k7q2x")
    assert token == f"<{spelled}_3_k7q2x>" and op.TOKEN_RE.fullmatch(token)
    assert op.TOKEN_RE.fullmatch(op.stable_token(keys, "acme", entity, "v"))
    pseudonym = op.deterministic(keys, "acme", entity, "v@x")
    assert op.reveal_deterministic(keys, "acme", pseudonym) == "v@x"
