"""A real local RFC 3161 Time-Stamp Authority for tests.

`Pki` is a self-signed CA and a TSA certificate issued by it (critical timeStamping
EKU); `Pki.respond` answers a DER TimeStampReq with a genuine DER TimeStampResp (a CMS
SignedData over a TSTInfo, with content-type, message-digest and ESS signing-certificate-v2
attributes), built with asn1crypto and signed with `cryptography`. `LocalTsa` serves it over
HTTP as RFC 3161 section 3.4 says; its `fault` makes it misbehave the ways the checks name.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from asn1crypto import algos, cms, core, tsp
from asn1crypto import x509 as asn1_x509
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

from pipeline.evidence.timestamp import TimeStampResp

POLICY = "1.3.6.1.4.1.99999.1.1"  # a test policy arc
NOW = dt.datetime.now(dt.UTC)
_serials = itertools.count(1)


def _name(cn: str) -> x509.Name:
    return x509.Name(
        [x509.NameAttribute(NameOID.ORGANIZATION_NAME, "Veilstream tests"), x509.NameAttribute(NameOID.COMMON_NAME, cn)]
    )


def make_ca(cn: str = "Test TSA Root") -> tuple[x509.Certificate, ec.EllipticCurvePrivateKey]:
    key = ec.generate_private_key(ec.SECP256R1())
    ski = x509.SubjectKeyIdentifier.from_public_key(key.public_key())
    cert = (
        x509.CertificateBuilder()
        .subject_name(_name(cn))
        .issuer_name(_name(cn))
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(NOW - dt.timedelta(days=30))
        .not_valid_after(NOW + dt.timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=1), critical=True)
        .add_extension(
            x509.KeyUsage(False, False, False, False, False, True, True, False, False), critical=True
        )  # keyCertSign, cRLSign
        .add_extension(ski, critical=False)
        .sign(key, hashes.SHA256())
    )
    return cert, key


def make_tsa_cert(
    ca: x509.Certificate,
    ca_key: ec.EllipticCurvePrivateKey,
    key: rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey,
    *,
    cn: str = "Test TSA",
    eku: list[x509.ObjectIdentifier] | None = None,
    critical: bool = True,
    valid: tuple[dt.datetime, dt.datetime] | None = None,
) -> x509.Certificate:
    start, end = valid or (NOW - dt.timedelta(days=1), NOW + dt.timedelta(days=365))
    builder = (
        x509.CertificateBuilder()
        .subject_name(_name(cn))
        .issuer_name(ca.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(end)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.KeyUsage(True, True, False, False, False, False, False, False, False), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
    )
    if eku != []:
        builder = builder.add_extension(
            x509.ExtendedKeyUsage(eku or [ExtendedKeyUsageOID.TIME_STAMPING]), critical=critical
        )
    return builder.sign(ca_key, hashes.SHA256())


def pem(*certs: x509.Certificate) -> bytes:
    return b"".join(c.public_bytes(serialization.Encoding.PEM) for c in certs)


@dataclass
class Pki:
    """A CA and the TSA it certified; `respond` is the TSA."""

    ca: x509.Certificate
    ca_key: ec.EllipticCurvePrivateKey
    cert: x509.Certificate
    key: rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey
    extra_certs: list[x509.Certificate] = field(default_factory=list)

    @classmethod
    def new(cls, *, rsa_key: bool = False, **cert_options: object) -> Pki:
        ca, ca_key = make_ca()
        key: rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey = (
            rsa.generate_private_key(65537, 2048) if rsa_key else ec.generate_private_key(ec.SECP256R1())
        )
        return cls(ca, ca_key, make_tsa_cert(ca, ca_key, key, **cert_options), key)

    def ca_pem(self) -> bytes:
        return pem(self.ca)

    def respond(
        self,
        request: bytes,
        *,
        nonce: int | None = None,
        hashed: bytes | None = None,
        gen_time: dt.datetime | None = None,
        signing_key: rsa.RSAPrivateKey | ec.EllipticCurvePrivateKey | None = None,
        alter_after_signing: bool = False,
        status: str = "granted",
    ) -> bytes:
        """A TimeStampResp to REQUEST; each keyword overrides what an honest TSA would put there."""
        if status != "granted":
            return TimeStampResp(
                {"status": {"status": status, "status_string": ["no thanks"], "fail_info": {"bad_request"}}}
            ).dump()
        req = tsp.TimeStampReq.load(request)
        mi = req["message_imprint"]
        tst = {
            "version": "v1",
            "policy": POLICY,
            "message_imprint": {
                "hash_algorithm": {"algorithm": mi["hash_algorithm"]["algorithm"].native},
                "hashed_message": hashed if hashed is not None else mi["hashed_message"].native,
            },
            "serial_number": next(_serials),
            "gen_time": (gen_time or dt.datetime.now(dt.UTC)).replace(microsecond=0),
            "accuracy": {"seconds": 1},
            "ordering": False,
        }
        request_nonce = req["nonce"].native
        if nonce is not None or request_nonce is not None:
            tst["nonce"] = nonce if nonce is not None else request_nonce
        content = tsp.TSTInfo(tst).dump()
        cert_der = self.cert.public_bytes(serialization.Encoding.DER)
        attrs = cms.CMSAttributes(
            [
                cms.CMSAttribute({"type": "content_type", "values": ["tst_info"]}),
                cms.CMSAttribute({"type": "message_digest", "values": [hashlib.sha256(content).digest()]}),
                cms.CMSAttribute(
                    {
                        "type": "signing_certificate_v2",
                        "values": [{"certs": [{"cert_hash": hashlib.sha256(cert_der).digest()}]}],
                    }
                ),
            ]
        )
        key = signing_key or self.key
        if isinstance(key, rsa.RSAPrivateKey):
            from cryptography.hazmat.primitives.asymmetric import padding

            signature = key.sign(attrs.dump(), padding.PKCS1v15(), hashes.SHA256())
            sig_algo = "sha256_rsa"
        else:
            signature = key.sign(attrs.dump(), ec.ECDSA(hashes.SHA256()))
            sig_algo = "sha256_ecdsa"
        if alter_after_signing:  # one byte of the serial number changed: the signed digest no longer matches
            tst["serial_number"] += 1
            content = tsp.TSTInfo(tst).dump()
        asn1_cert = asn1_x509.Certificate.load(cert_der)
        signer = cms.SignerInfo(
            {
                "version": "v1",
                "sid": cms.SignerIdentifier(
                    {
                        "issuer_and_serial_number": {
                            "issuer": asn1_cert.issuer,
                            "serial_number": asn1_cert.serial_number,
                        }
                    }
                ),
                "digest_algorithm": algos.DigestAlgorithm({"algorithm": "sha256"}),
                "signed_attrs": attrs,
                "signature_algorithm": algos.SignedDigestAlgorithm({"algorithm": sig_algo}),
                "signature": signature,
            }
        )
        certs = [asn1_cert] if req["cert_req"].native else []
        certs += [asn1_x509.Certificate.load(c.public_bytes(serialization.Encoding.DER)) for c in self.extra_certs]
        signed = cms.SignedData(
            {
                "version": "v3",
                "digest_algorithms": [algos.DigestAlgorithm({"algorithm": "sha256"})],
                "encap_content_info": {"content_type": "tst_info", "content": core.ParsableOctetString(content)},
                "certificates": certs or None,
                "signer_infos": [signer],
            }
        )
        token = cms.ContentInfo({"content_type": "signed_data", "content": signed})
        return tsp.TimeStampResp({"status": {"status": "granted"}, "time_stamp_token": token}).dump()


class LocalTsa:
    """`Pki.respond` behind HTTP on 127.0.0.1. `fault` (None, "nonce", "imprint", "reject",
    "http500", "http400") changes its next answers; `requests` counts what it served."""

    def __init__(self, pki: Pki):
        self.pki = pki
        self.fault: str | None = None
        self.requests = 0
        tsa = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                tsa.requests += 1
                if (
                    tsa.fault in ("http500", "http400")
                    or self.headers.get("Content-Type") != "application/timestamp-query"
                ):
                    code = 500 if tsa.fault == "http500" else 400
                    self.send_response(code)
                    self.end_headers()
                    return
                kwargs: dict[str, object] = {
                    "nonce": {"nonce": 12345}.get(tsa.fault or ""),
                    "hashed": {"imprint": b"\x00" * 32}.get(tsa.fault or ""),
                    "status": "rejection" if tsa.fault == "reject" else "granted",
                }
                answer = tsa.pki.respond(body, **kwargs)
                self.send_response(200)
                self.send_header("Content-Type", "application/timestamp-reply")
                self.send_header("Content-Length", str(len(answer)))
                self.end_headers()
                self.wfile.write(answer)

            def log_message(self, *args: object) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/tsa"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()
