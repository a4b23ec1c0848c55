"""RFC 3161 timestamps: the request, the checks on a fresh answer and on a stored token, the
HTTP client, and the snapshot's write-once, retryable witness step. The TSA is real (tests/tsa.py)."""

from __future__ import annotations

import datetime as dt
import socket

import pytest
from asn1crypto import tsp
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.x509.oid import ExtendedKeyUsageOID

from pipeline.evidence.export import DirStore
from pipeline.evidence.snapshot import SnapshotError, close_day, snapshot
from pipeline.evidence.timestamp import (
    TOKEN,
    TimestampError,
    TsaClient,
    TsaUnavailable,
    check_response,
    load_anchors,
    make_request,
    verify_token,
)
from pipeline.evidence.verify import verify_witness
from pipeline.keys.signing import EvidenceSigner
from tests.tsa import NOW, Pki, make_ca, make_tsa_cert, pem
from tests.unit.audit.test_sink import MemStore

DATA = "veilstream/test\n3\nroot\n\n\u2014 sig\n".encode()
NONCE = 0x1234_5678_9ABC


@pytest.fixture(scope="module")
def pki() -> Pki:
    return Pki.new()


def answer(pki: Pki, data: bytes = DATA, **kw) -> bytes:
    return pki.respond(make_request(data, NONCE), **kw)


def test_the_request_is_a_sha256_imprint_with_nonce_and_cert_req():
    req = tsp.TimeStampReq.load(make_request(DATA, NONCE))
    assert req["message_imprint"]["hash_algorithm"]["algorithm"].native == "sha256"
    assert req["nonce"].native == NONCE and req["cert_req"].native is True
    assert len(req["message_imprint"]["hashed_message"].native) == 32


@pytest.mark.parametrize("rsa_key", [False, True], ids=["ecdsa", "rsa"])
def test_a_genuine_token_verifies_and_reports_its_gen_time(rsa_key):
    pki = Pki.new(rsa_key=rsa_key)
    resp = answer(pki)
    fresh = check_response(resp, DATA, NONCE)
    stored = verify_token(resp, DATA, [pki.ca])
    assert fresh == stored
    assert abs(stored.gen_time - dt.datetime.now(dt.UTC)) < dt.timedelta(seconds=5)
    assert stored.tsa == "CN=Test TSA,O=Veilstream tests" and stored.policy == "1.3.6.1.4.1.99999.1.1"


def test_the_tsa_certificate_itself_may_be_the_anchor_even_when_the_token_omits_it(pki):
    no_certs = make_request(DATA, NONCE)
    req = tsp.TimeStampReq.load(no_certs)
    req["cert_req"] = False
    resp = pki.respond(req.dump())
    assert verify_token(resp, DATA, [pki.cert]).serial > 0
    with pytest.raises(TimestampError, match="signing certificate is neither in the token"):
        verify_token(resp, DATA, [pki.ca])  # the CA alone cannot tell which key signed


# A fresh answer: what the snapshot refuses to store.
@pytest.mark.parametrize(
    "kw, data, nonce, reason",
    [
        ({"nonce": 7}, DATA, NONCE, "nonce is not the request's"),
        ({}, DATA, NONCE + 1, "nonce is not the request's"),
        ({"hashed": b"\x00" * 32}, DATA, NONCE, "imprint is not the SHA-256"),
        ({}, b"other data", NONCE, "imprint is not the SHA-256"),
        ({"status": "rejection"}, DATA, NONCE, "answered rejection: no thanks; bad_request"),
        ({"alter_after_signing": True}, DATA, NONCE, "altered after signing"),
        ({"signing_key": ec.generate_private_key(ec.SECP256R1())}, DATA, NONCE, "signature does not verify"),
    ],
    ids=["their-nonce", "our-nonce", "their-imprint", "other-data", "rejected", "altered", "wrong-signer"],
)
def test_a_fresh_answer_that_does_not_hold_is_refused(pki, kw, data, nonce, reason):
    with pytest.raises(TimestampError, match=reason):
        check_response(answer(pki, **kw), data, nonce)


@pytest.mark.parametrize("junk", [b"", b"\x30\x03\x02\x01\x00", b"not DER at all", DATA])
def test_bytes_that_are_no_timestamp_response_are_refused(junk):
    with pytest.raises(TimestampError):
        check_response(junk, DATA, NONCE)


# A stored token: what `evidence verify` fails on, each with its reason.
def forged(kind: str) -> tuple[bytes, list]:
    """A token (and the anchors the auditor trusts) that must not verify."""
    good = Pki.new()
    if kind == "imprint":
        return good.respond(make_request(b"another day's checkpoint", NONCE)), [good.ca]
    if kind == "altered":
        return answer(good, alter_after_signing=True), [good.ca]
    if kind == "wrong-signer":  # the token names the TSA's certificate but another key signed
        return answer(good, signing_key=ec.generate_private_key(ec.SECP256R1())), [good.ca]
    if kind == "untrusted":  # a genuine TSA, but another CA is the auditor's anchor
        return answer(good), [make_ca("Somebody else")[0]]
    if kind == "self-signed":  # a TSA that certified itself
        rogue = Pki.new()
        rogue.cert = make_tsa_cert(rogue.ca, rogue.key, rogue.key, cn=rogue.ca.subject.rfc4514_string())
        return answer(rogue), [good.ca]
    if kind == "no-eku":
        pki = Pki.new(eku=[])
    elif kind == "eku-not-critical":
        pki = Pki.new(critical=False)
    elif kind == "eku-client-auth":
        pki = Pki.new(eku=[ExtendedKeyUsageOID.CLIENT_AUTH])
    elif kind == "eku-and-more":
        pki = Pki.new(eku=[ExtendedKeyUsageOID.TIME_STAMPING, ExtendedKeyUsageOID.CODE_SIGNING])
    elif kind == "expired-at-gen-time":
        pki = Pki.new(valid=(NOW - dt.timedelta(days=10), NOW - dt.timedelta(days=5)))
    elif kind == "issued-by-a-non-ca":  # the TSA certificate issued by another end-entity certificate
        pki, other = Pki.new(), Pki.new()
        pki.cert = make_tsa_cert(other.cert, other.key, pki.key)
        pki.extra_certs = [other.cert]
        return answer(pki), [other.ca]
    else:
        raise AssertionError(kind)
    return answer(pki), [pki.ca]


@pytest.mark.parametrize(
    "kind, reason",
    [
        ("imprint", "imprint is not the SHA-256"),
        ("altered", "altered after signing"),
        ("wrong-signer", "signature does not verify"),
        ("untrusted", "does not chain to the trusted TSA certificate"),
        ("self-signed", "does not chain to the trusted TSA certificate"),
        ("no-eku", "no extended key usage"),
        ("eku-not-critical", "not critical"),
        ("eku-client-auth", "not timeStamping alone"),
        ("eku-and-more", "not timeStamping alone"),
        ("expired-at-gen-time", "not valid at genTime"),
        ("issued-by-a-non-ca", "is not a CA"),
    ],
)
def test_a_stored_token_that_does_not_hold_fails_with_its_reason(kind, reason):
    resp, anchors = forged(kind)
    with pytest.raises(TimestampError, match=reason):
        verify_token(resp, DATA, anchors)


def test_no_anchor_no_trust(pki):
    with pytest.raises(TimestampError, match="no trusted TSA certificate"):
        verify_token(answer(pki), DATA, [])


def test_anchors_load_from_a_pem_bundle(pki):
    assert load_anchors(pem(pki.ca, pki.cert)) == [pki.ca, pki.cert]
    with pytest.raises(ValueError, match="no PEM certificate"):
        load_anchors(b"-----BEGIN NOTHING-----\n")


# The HTTP client against the local TSA.
def test_the_client_asks_over_http_and_checks_the_answer(tsa, tsa_pki):
    resp, stamp = TsaClient(tsa.url, 5, [tsa_pki.ca]).timestamp(DATA)
    assert verify_token(resp, DATA, [tsa_pki.ca]) == stamp and tsa.requests == 1


@pytest.mark.parametrize(
    "fault, error, reason",
    [
        ("nonce", TimestampError, "nonce is not the request's"),
        ("imprint", TimestampError, "imprint is not the SHA-256"),
        ("reject", TimestampError, "answered rejection"),
        ("http400", TimestampError, "HTTP 400"),
        ("http500", TsaUnavailable, "HTTP 500"),
    ],
)
def test_the_client_refuses_a_bad_answer(tsa, fault, error, reason):
    tsa.fault = fault
    with pytest.raises(error, match=reason):
        TsaClient(tsa.url, 5).timestamp(DATA)


def test_a_tsa_that_does_not_answer_is_unavailable():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # nobody listens once it is closed
    with pytest.raises(TsaUnavailable, match="did not answer"):
        TsaClient(f"http://127.0.0.1:{port}/tsa", 2).timestamp(DATA)


# The snapshot's witness step: write-once, and a retry finishes what a TSA outage left.
def signer() -> EvidenceSigner:
    return EvidenceSigner(Ed25519PrivateKey.from_private_bytes(b"\x33" * 32), "veilstream/unit", 0)


DAY = dt.date(2026, 3, 1)
PREFIX = "evidence/dt=2026-03-01/"


def test_a_tsa_outage_leaves_the_day_signed_and_a_retry_adds_the_timestamp(tsa, tsa_pki):
    store = MemStore()
    tsa.fault = "http500"
    with pytest.raises(
        TsaUnavailable, match=r"signed but not timestamped: .*HTTP 500; run `veilstream evidence snapshot"
    ):
        snapshot(store, DAY, signer(), TsaClient(tsa.url, 5))
    assert store.exists(PREFIX + "checkpoint") and not store.exists(PREFIX + TOKEN)
    assert verify_witness(store, DAY, [tsa_pki.ca]).json() == {"status": "absent"}
    tsa.fault = None
    snap = snapshot(store, DAY, signer(), TsaClient(tsa.url, 5))
    assert not snap.written and snap.stamp is not None and store.exists(PREFIX + TOKEN)
    token = store.objects[PREFIX + TOKEN]
    again = snapshot(store, DAY, signer(), TsaClient(tsa.url, 5))  # kept, not asked for again
    assert again.stamp == snap.stamp and store.objects[PREFIX + TOKEN] == token and tsa.requests == 2
    witnessed = verify_witness(store, DAY, [tsa_pki.ca])
    assert witnessed.stamp == snap.stamp and str(witnessed).startswith("timestamp: genTime ")


def test_a_bad_answer_is_not_stored(tsa):
    store = MemStore()
    tsa.fault = "nonce"
    with pytest.raises(SnapshotError, match="signed but not timestamped: .*nonce"):
        snapshot(store, DAY, signer(), TsaClient(tsa.url, 5))
    assert store.exists(PREFIX + "checkpoint") and not store.exists(PREFIX + TOKEN)


def test_verify_witness_reports_absent_valid_and_invalid(tmp_path, pki):
    store = MemStore()
    snapshot(store, DAY, signer())
    assert verify_witness(store, DAY, [pki.ca]).json() == {"status": "absent"}
    assert str(verify_witness(store, DAY, [pki.ca])) == "no timestamp"
    note = store.objects[PREFIX + "checkpoint"]
    store.objects[PREFIX + TOKEN] = pki.respond(make_request(note, NONCE))
    ok = verify_witness(store, DAY, [pki.ca]).json()
    assert ok["status"] == "valid" and ok["tsa"] == "CN=Test TSA,O=Veilstream tests"
    missing_anchor = verify_witness(store, DAY, [])
    assert missing_anchor.failure is not None and "pass --tsa-cert" in missing_anchor.failure.reason
    store.objects[PREFIX + TOKEN] = pki.respond(make_request(b"another checkpoint", NONCE))
    bad = verify_witness(store, DAY, [pki.ca])
    assert bad.failure is not None and bad.failure.object == PREFIX + TOKEN
    assert bad.json()["status"] == "invalid" and "INVALID" in str(bad)
    # the same from a folder on disk
    for key, body in store.objects.items():
        (tmp_path / key).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / key).write_bytes(body)
    assert verify_witness(DirStore(tmp_path), DAY, [pki.ca]).json()["status"] == "invalid"


def test_the_sink_keeps_signing_days_while_the_tsa_is_down_and_catches_up(tsa, caplog):
    store, day2 = MemStore(), DAY + dt.timedelta(days=1)
    tsa.fault = "http500"
    first = close_day(store, DAY, signer(), TsaClient(tsa.url, 5))  # no exception: the sink goes on
    assert first.written and first.stamp is None and "signed but not timestamped" in caplog.text
    tsa.fault = None
    second = close_day(store, day2, signer(), TsaClient(tsa.url, 5))
    assert second.written and second.stamp is not None
    assert store.exists(PREFIX + TOKEN) and store.exists(f"evidence/dt={day2}/{TOKEN}")  # the day before caught up
