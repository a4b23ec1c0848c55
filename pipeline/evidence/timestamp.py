"""RFC 3161 timestamps on the daily checkpoint: an outside witness that the day's signed root
existed at the Time-Stamp Authority's genTime, so not even the holder of the signing key can
re-sign a past day unnoticed after the fact.

The timestamped bytes are those of `evidence/dt=D/checkpoint` (the signed note with the
day's tree size and Merkle root); the TSA's whole TimeStampResp (DER) is stored beside it as
`evidence/dt=D/checkpoint.tsr`, so standard tooling can check it too:

    openssl ts -verify -in checkpoint.tsr -data checkpoint -CAfile tsa-ca.pem

`check_response` is what the snapshot asks of a fresh answer (status, nonce, imprint, a CMS
signature by the certificate the token names); `verify_token` is what an auditor asks of a
stored one, with nothing but the TSA's trust anchor: the imprint, the CMS signature, the
signer's certificate (its ESS hash, the critical timeStamping EKU) and its chain to the
anchor, each certificate valid at genTime. Revocation is not checked.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
import urllib.error
import urllib.request
from dataclasses import dataclass
from typing import Any

from asn1crypto import cms, core, tsp
from cryptography import x509
from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import ec, ed448, ed25519, padding, rsa
from cryptography.hazmat.primitives.serialization import Encoding
from cryptography.x509.oid import ExtendedKeyUsageOID

from pipeline.errors import ServiceUnavailable

TOKEN = "checkpoint.tsr"  # beside `checkpoint`, under evidence/dt=D/
QUERY_TYPE = "application/timestamp-query"
MAX_CHAIN = 8
MAX_RESPONSE = 1 << 20  # a token with its certificate chain is a few KB
HASHES: dict[str, type[hashes.HashAlgorithm]] = {
    "sha1": hashes.SHA1,  # only for the ESS v1 certificate hash, which RFC 2634 fixes to SHA-1
    "sha256": hashes.SHA256,
    "sha384": hashes.SHA384,
    "sha512": hashes.SHA512,
}


class TimeStampResp(core.Sequence):
    """RFC 3161's TimeStampResp: asn1crypto's (1.5.1) makes the token mandatory, so it cannot
    read a refusal, which has none."""

    _fields = [("status", tsp.PKIStatusInfo), ("time_stamp_token", cms.ContentInfo, {"optional": True})]


class TimestampError(ValueError):
    """A timestamp response or token that does not hold: the reason says what failed."""


class TsaUnavailable(ServiceUnavailable):
    """The Time-Stamp Authority did not answer, or answered with a server error: retry later."""


@dataclass(frozen=True)
class Stamp:
    """What a checked token says."""

    gen_time: dt.datetime
    serial: int
    policy: str
    tsa: str  # the signing certificate's subject (RFC 4514)

    def json(self) -> dict[str, Any]:
        return {"gen_time": self.gen_time.isoformat(), "serial": self.serial, "policy": self.policy, "tsa": self.tsa}


def imprint(data: bytes) -> bytes:
    return hashlib.sha256(data).digest()


def new_nonce() -> int:
    return secrets.randbits(63) | 1 << 62  # 63 bits, never short: some TSAs reject a nonce over 64


def make_request(data: bytes, nonce: int) -> bytes:
    """A DER TimeStampReq: SHA-256 imprint of DATA, the nonce, certReq true (the token carries its certificate)."""
    return tsp.TimeStampReq(
        {
            "version": "v1",
            "message_imprint": {"hash_algorithm": {"algorithm": "sha256"}, "hashed_message": imprint(data)},
            "nonce": nonce,
            "cert_req": True,
        }
    ).dump()


@dataclass(frozen=True)
class _Token:
    """A TimeStampResp taken apart (eagerly, so a malformed one fails in one place)."""

    tst: Any  # tsp.TSTInfo
    content: bytes  # the DER TSTInfo the signature covers
    signer: Any  # cms.SignerInfo
    certs: list[x509.Certificate]


def _parse(resp: bytes) -> _Token:
    try:
        parsed = TimeStampResp.load(resp, strict=True)
        status = parsed["status"]["status"].native
        if status == "waiting":
            raise TsaUnavailable("the TSA answered waiting: ask again later")
        if status not in ("granted", "granted_with_mods"):
            texts = parsed["status"]["status_string"].native or []
            fail = parsed["status"]["fail_info"].native
            why = "; ".join([*texts, *(sorted(fail) if fail else [])]) or "no reason given"
            raise TimestampError(f"the TSA answered {status}: {why}")
        token = parsed["time_stamp_token"]
        if isinstance(token, core.Void) or token["content_type"].native != "signed_data":
            raise TimestampError("the response holds no signed timestamp token")
        signed = token["content"]
        encap = signed["encap_content_info"]
        if encap["content_type"].native != "tst_info":
            raise TimestampError("the token does not sign a TSTInfo")
        content = encap["content"].contents
        tst = tsp.TSTInfo.load(content, strict=True)
        _ = tst.native  # every field parsed now, not at first use
        signers = list(signed["signer_infos"])
        if len(signers) != 1:
            raise TimestampError(f"the token has {len(signers)} signers, not one")
        held = signed["certificates"]
        choices = [] if isinstance(held, core.Void) else list(held)
        certs = [x509.load_der_x509_certificate(c.chosen.dump()) for c in choices if c.name == "certificate"]
        _ = signers[0].native  # likewise
    except TimestampError:
        raise
    except (ValueError, TypeError, KeyError) as exc:
        raise TimestampError(f"not a DER TimeStampResp ({type(exc).__name__}: {exc})") from None
    return _Token(tst, content, signers[0], certs)


def _check_imprint(tok: _Token, data: bytes) -> None:
    mi = tok.tst["message_imprint"]
    algo = mi["hash_algorithm"]["algorithm"].native
    if algo != "sha256":
        raise TimestampError(f"the message imprint is {algo}, not the sha256 requested")
    if mi["hashed_message"].native != imprint(data):
        raise TimestampError("the message imprint is not the SHA-256 of the checkpoint: the token is for other data")


def _signer_cert(tok: _Token, extra: list[x509.Certificate]) -> x509.Certificate:
    sid = tok.signer["sid"]
    for cert in [*tok.certs, *extra]:
        if sid.name == "issuer_and_serial_number":
            iss = sid.chosen
            if cert.serial_number == iss["serial_number"].native and cert.issuer.public_bytes() == iss["issuer"].dump():
                return cert
        else:
            try:
                ski = cert.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value.digest
            except x509.ExtensionNotFound:
                continue
            if ski == sid.chosen.native:
                return cert
    raise TimestampError("the token's signing certificate is neither in the token nor among the trusted certificates")


def _hash(name: str) -> hashes.HashAlgorithm:
    if name not in HASHES or name == "sha1":
        raise TimestampError(f"unsupported digest algorithm {name}")
    return HASHES[name]()


def _digest(name: str, data: bytes) -> bytes:
    h = hashes.Hash(_hash(name))
    h.update(data)
    return h.finalize()


def _check_signature(tok: _Token, cert: x509.Certificate) -> None:
    """The CMS signature: signed attributes bind the TSTInfo and the signing certificate."""
    si = tok.signer
    digest_name = si["digest_algorithm"]["algorithm"].native
    attrs = si["signed_attrs"]
    if not attrs:
        raise TimestampError("the token has no signed attributes (RFC 3161 needs them)")
    values: dict[str, Any] = {a["type"].native: a["values"] for a in attrs}
    if values.get("content_type") is None or values["content_type"][0].native != "tst_info":
        raise TimestampError("the signed content-type attribute is not TSTInfo")
    if values.get("message_digest") is None or values["message_digest"][0].native != _digest(digest_name, tok.content):
        raise TimestampError("the TSTInfo does not match the signed message digest: altered after signing")
    _check_ess(values, cert)
    signed = attrs.untag().dump()  # the SET OF, as signed (RFC 5652 5.4)
    algo = si["signature_algorithm"]
    kind, sig, key = algo.signature_algo, si["signature"].native, cert.public_key()
    try:
        if kind == "rsassa_pkcs1v15" and isinstance(key, rsa.RSAPublicKey):
            key.verify(sig, signed, padding.PKCS1v15(), _hash(digest_name))
        elif kind == "rsassa_pss" and isinstance(key, rsa.RSAPublicKey):
            params = algo["parameters"]
            mgf = _hash(params["mask_gen_algorithm"]["parameters"]["algorithm"].native)
            pss = padding.PSS(padding.MGF1(mgf), params["salt_length"].native)
            key.verify(sig, signed, pss, _hash(params["hash_algorithm"]["algorithm"].native))
        elif kind == "ecdsa" and isinstance(key, ec.EllipticCurvePublicKey):
            key.verify(sig, signed, ec.ECDSA(_hash(digest_name)))
        elif kind == "ed25519" and isinstance(key, ed25519.Ed25519PublicKey):
            key.verify(sig, signed)
        elif kind == "ed448" and isinstance(key, ed448.Ed448PublicKey):
            key.verify(sig, signed)
        else:
            raise TimestampError(f"a {kind} signature by a {type(key).__name__} is not supported")
    except InvalidSignature:
        raise TimestampError(
            f"the CMS signature does not verify with the key of {cert.subject.rfc4514_string()}"
        ) from None
    except (ValueError, UnsupportedAlgorithm) as exc:
        raise TimestampError(f"the CMS signature cannot be checked: {exc}") from None


def _check_ess(values: dict[str, Any], cert: x509.Certificate) -> None:
    """The signing-certificate attribute (RFC 2634 / RFC 5035) names the certificate that signed."""
    der = cert.public_bytes(Encoding.DER)
    if values.get("signing_certificate_v2") is not None:
        first = values["signing_certificate_v2"][0]["certs"][0]
        name = first["hash_algorithm"]["algorithm"].native
    elif values.get("signing_certificate") is not None:
        first, name = values["signing_certificate"][0]["certs"][0], "sha1"
    else:
        raise TimestampError("the token does not name its signing certificate (no ESS signing-certificate attribute)")
    if name not in HASHES:
        raise TimestampError(f"unsupported certificate hash {name}")
    h = hashes.Hash(HASHES[name]())
    h.update(der)
    if first["cert_hash"].native != h.finalize():
        raise TimestampError("the signed certificate hash is not that of the certificate whose key signed")


def _check_eku(cert: x509.Certificate) -> None:
    """RFC 3161 2.3: one critical extended key usage, timeStamping alone."""
    who = cert.subject.rfc4514_string()
    try:
        eku = cert.extensions.get_extension_for_class(x509.ExtendedKeyUsage)
    except x509.ExtensionNotFound:
        raise TimestampError(f"{who} has no extended key usage: not a time-stamping certificate") from None
    if list(eku.value) != [ExtendedKeyUsageOID.TIME_STAMPING]:
        raise TimestampError(f"{who}'s extended key usage is not timeStamping alone")
    if not eku.critical:
        raise TimestampError(f"{who}'s timeStamping extended key usage is not critical")
    try:
        ku = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound:
        return
    if not (ku.digital_signature or ku.content_commitment):
        raise TimestampError(f"{who}'s key usage does not allow signatures")


def _valid_at(cert: x509.Certificate, when: dt.datetime) -> None:
    if not cert.not_valid_before_utc <= when <= cert.not_valid_after_utc:
        raise TimestampError(
            f"{cert.subject.rfc4514_string()} is not valid at genTime {when.isoformat()} "
            f"({cert.not_valid_before_utc.isoformat()} to {cert.not_valid_after_utc.isoformat()})"
        )


def _is_ca(cert: x509.Certificate) -> bool:
    try:
        return bool(cert.extensions.get_extension_for_class(x509.BasicConstraints).value.ca)
    except x509.ExtensionNotFound:
        return False


def _check_chain(
    cert: x509.Certificate, pool: list[x509.Certificate], anchors: list[x509.Certificate], when: dt.datetime
) -> None:
    """From the signer up to one of the anchors: each issued (signed) by the next, a CA, valid at genTime."""
    current = cert
    for _ in range(MAX_CHAIN):
        _valid_at(current, when)
        if current in anchors:
            return
        issuer = None
        for candidate in [*anchors, *pool]:
            if candidate == current or candidate.subject != current.issuer:
                continue
            try:
                current.verify_directly_issued_by(candidate)
            except (ValueError, TypeError, InvalidSignature, UnsupportedAlgorithm):
                continue
            issuer = candidate
            break
        if issuer is None:
            raise TimestampError(
                f"{current.subject.rfc4514_string()} (issued by {current.issuer.rfc4514_string()}) "
                "does not chain to the trusted TSA certificate"
            )
        if not _is_ca(issuer):
            raise TimestampError(f"{issuer.subject.rfc4514_string()} issued a certificate but is not a CA")
        current = issuer
    raise TimestampError(f"the certificate chain is longer than {MAX_CHAIN}")


def _stamp(tok: _Token, cert: x509.Certificate) -> Stamp:
    return Stamp(
        gen_time=tok.tst["gen_time"].native.astimezone(dt.UTC),
        serial=tok.tst["serial_number"].native,
        policy=tok.tst["policy"].native,
        tsa=cert.subject.rfc4514_string(),
    )


def check_response(resp: bytes, data: bytes, nonce: int | None) -> Stamp:
    """A fresh answer to `make_request(data, nonce)`: granted, our nonce, our imprint, signed by the
    certificate it names (nonce None: a stored answer, whose nonce nobody remembers). Trust in
    that certificate is `verify_token`'s business."""
    tok = _parse(resp)
    if nonce is not None and tok.tst["nonce"].native != nonce:
        raise TimestampError("the response's nonce is not the request's: a replayed or misrouted answer")
    _check_imprint(tok, data)
    cert = _signer_cert(tok, [])
    _check_signature(tok, cert)
    return _stamp(tok, cert)


def verify_token(resp: bytes, data: bytes, anchors: list[x509.Certificate]) -> Stamp:
    """A stored TimeStampResp over DATA, trusted through ANCHORS (the TSA's CA, or its own certificate)."""
    if not anchors:
        raise TimestampError("no trusted TSA certificate to check the timestamp with")
    tok = _parse(resp)
    _check_imprint(tok, data)
    cert = _signer_cert(tok, anchors)
    _check_signature(tok, cert)
    _check_eku(cert)
    stamp = _stamp(tok, cert)
    _check_chain(cert, tok.certs, anchors, stamp.gen_time)
    return stamp


def load_anchors(pem: bytes) -> list[x509.Certificate]:
    """The trusted certificates of a PEM file (the TSA's CA, intermediates, or its own certificate)."""
    try:
        certs = x509.load_pem_x509_certificates(pem)
    except ValueError:
        raise ValueError("no PEM certificate in it") from None
    return certs


class TsaClient:
    """Asks one Time-Stamp Authority over HTTP (RFC 3161 section 3.4) and checks its answer."""

    def __init__(self, url: str, timeout_s: float = 10.0, anchors: list[x509.Certificate] | None = None):
        self.url = url
        self.timeout_s = timeout_s
        self.anchors = anchors  # when given, the answer must verify in full before it is stored

    def timestamp(self, data: bytes) -> tuple[bytes, Stamp]:
        nonce = new_nonce()
        request = urllib.request.Request(
            self.url, data=make_request(data, nonce), headers={"Content-Type": QUERY_TYPE}, method="POST"
        )
        try:
            with urllib.request.urlopen(request, timeout=self.timeout_s) as answer:  # the configured URL
                resp = answer.read(MAX_RESPONSE + 1)
        except urllib.error.HTTPError as exc:
            if exc.code >= 500:
                raise TsaUnavailable(f"TSA {self.url} answered HTTP {exc.code}") from None
            raise TimestampError(f"TSA {self.url} answered HTTP {exc.code} {exc.reason}") from None
        except (urllib.error.URLError, OSError) as exc:
            reason = exc.reason if isinstance(exc, urllib.error.URLError) else exc
            raise TsaUnavailable(f"TSA {self.url} did not answer: {reason}") from None
        if len(resp) > MAX_RESPONSE:
            raise TimestampError(f"TSA {self.url} answered more than {MAX_RESPONSE} bytes")
        try:
            stamp = check_response(resp, data, nonce)
            if self.anchors:
                stamp = verify_token(resp, data, self.anchors)
        except TimestampError as exc:
            raise TimestampError(f"TSA {self.url}: {exc}") from None
        return resp, stamp
