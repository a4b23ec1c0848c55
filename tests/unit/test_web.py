"""The worker's web server: bound where the settings say, only our pages, TLS when a certificate is set.

The aiohttp server is started for real on a free port (no broker needed).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import ssl

import aiohttp
import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from pipeline import devstack
from pipeline.settings import Settings
from pipeline.streams.web import start_web


def self_signed(tmp_path, host: str = "127.0.0.1"):
    import ipaddress

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, host)])
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(minutes=1))
        .not_valid_after(now + dt.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address(host))]), critical=False)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = tmp_path / "web.pem", tmp_path / "web.key"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    return cert_path, key_path


def serve_and_get(settings: Settings, paths: list[str], client_ssl: ssl.SSLContext | bool = True, scheme: str = ""):
    """Start the worker's web server and GET each path: ({path: status}, addresses bound)."""
    scheme = scheme or ("https" if settings.web_tls_cert else "http")

    async def run():
        runner = await start_web(settings, lambda: True, None)
        try:
            out = {}
            async with aiohttp.ClientSession() as http:
                for path in paths:
                    url = f"{scheme}://{settings.web_host}:{settings.web_port}{path}"
                    async with http.get(url, ssl=client_ssl) as resp:
                        out[path] = resp.status
            sockets = [sock.getsockname()[0] for site in runner.sites for sock in site._server.sockets]
            return out, sockets
        finally:
            await runner.cleanup()

    return asyncio.run(run())


def test_binds_the_configured_address_and_serves_only_our_pages(tmp_path):
    settings = Settings(state_dir=tmp_path, web_host="127.0.0.1", web_port=devstack.free_port())
    status, bound = serve_and_get(settings, ["/healthz", "/metrics", "/router/", "/table/", "/"])
    assert bound == ["127.0.0.1"]  # not 0.0.0.0
    assert status["/healthz"] == 200 and status["/metrics"] == 200
    assert status["/router/"] == 404 and status["/table/"] == 404


def test_tls_when_a_certificate_is_configured(tmp_path):
    cert, key = self_signed(tmp_path)
    settings = Settings(
        state_dir=tmp_path, web_host="127.0.0.1", web_port=devstack.free_port(), web_tls_cert=cert, web_tls_key=key
    )
    trusting = ssl.create_default_context(cafile=str(cert))
    status, _ = serve_and_get(settings, ["/healthz"], client_ssl=trusting)
    assert status == {"/healthz": 200}
    with pytest.raises(aiohttp.ClientError):  # plain HTTP to the TLS port gets no answer
        serve_and_get(settings, ["/healthz"], scheme="http")
