"""Realistic support-ticket events for the demo, `veilstream produce --sample` and tests.

Seeded and self-contained. Each generated event records the PII values it
carries (`seeded`), so tests can assert that none of them reaches an
AI-bound topic or an audit event. A few events carry secrets (quarantined
by the default policy) and a few payloads are malformed (dead-lettered).
"""

from __future__ import annotations

import json
import random
from dataclasses import dataclass, field

from pipeline.fakepii import CITIES, DOMAINS, FIRST, LAST, STREETS, card, phone

TEMPLATES = [
    "Hi, this is {name}. I was charged twice on my card {card}, please refund one of them.",
    "Customer {name} ({email}) says the invoice for order {order} never arrived.",
    "Please call me back at {phone}, I'm {name} and my package is late.",
    "Shipping address update for {name}: {street}, {city}. Email me at {email} when done.",
    "My name is {name} and I can't log in since yesterday. Phone {phone}.",
    "Refund request from {email}: card ending {card} was declined at checkout.",
    "{name} reports the app crashes on startup after the last update.",
    "Order {order} arrived damaged. Contact {name} at {phone} or {email}.",
    "Can you move my delivery to {street}, {city}? Thanks, {name}",
    "The dashboard shows the wrong totals for order {order}; nothing personal here.",
]
SECRET_TEMPLATES = [
    "Our integration fails with key AKIA{aws} and secret {aws_secret}, can you check?",
    "Here is the token so you can debug: ghp_{gh}",
    "Connection string: postgres://admin:{password}@db.internal:5432/orders",
]
MALFORMED = [
    b'{"event_id": "broken-json", "tenant": "acme", "text": "unterminated',
    b'{"tenant": "acme", "source": "zendesk", "text": "missing id and time"}',
    b"\xc3\x01\x00\x01\x02\x03\x04\x05\x06\x07garbage",
    b'["not", "an", "object"]',
]


@dataclass
class Sample:
    payload: bytes
    event_id: str | None
    seeded: list[str] = field(default_factory=list)  # PII values in the text
    kind: str = "ticket"  # ticket | secret | malformed | unknown_tenant | oversize


def _event(event_id: str, tenant: str, text: str, produced_at: int, subject: str | None) -> bytes:
    return json.dumps(
        {
            "event_id": event_id,
            "tenant": tenant,
            "source": "helpdesk",
            "subject_id": subject,
            "produced_at": produced_at,
            "text": text,
            "attributes": {"channel": "email"},
        }
    ).encode()


def generate(
    count: int,
    *,
    seed: int = 7,
    tenants: tuple[str, ...] = ("acme", "globex"),
    start_ms: int = 1_700_000_000_000,
    secrets_every: int = 40,
    malformed_every: int = 50,
    prefix: str = "evt",
) -> list[Sample]:
    rng = random.Random(seed)
    out: list[Sample] = []
    for i in range(count):
        event_id = f"{prefix}-{seed}-{i:06d}"
        produced_at = start_ms + i * 1000
        if malformed_every and i % malformed_every == malformed_every - 1:
            out.append(Sample(MALFORMED[(i // malformed_every) % len(MALFORMED)], None, kind="malformed"))
            continue
        first, last = rng.choice(FIRST), rng.choice(LAST)
        name = f"{first} {last}"
        email = f"{first.lower()}.{last.lower()}{rng.randint(1, 99)}@{rng.choice(DOMAINS)}"
        values = {
            "name": name,
            "email": email,
            "phone": phone(rng),
            "card": card(rng),
            "street": f"{rng.randint(10, 999)} {rng.choice(STREETS)}",
            "city": rng.choice(CITIES),
            "order": f"A{rng.randint(100000, 999999)}",
        }
        if secrets_every and i % secrets_every == secrets_every - 1:
            secret = {
                "aws": "".join(rng.choice("ABCDEFGHIJKLMNOPQRSTUVWXYZ234567") for _ in range(16)),
                "aws_secret": "".join(
                    rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789/+") for _ in range(40)
                ),
                "gh": "".join(
                    rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(36)
                ),
                "password": "".join(rng.choice("abcdefghijkmnpqrstuvwxyz23456789") for _ in range(14)),
            }
            template = SECRET_TEMPLATES[(i // secrets_every) % len(SECRET_TEMPLATES)]
            text = template.format(**secret)
            out.append(Sample(_event(event_id, rng.choice(tenants), text, produced_at, None), event_id, kind="secret"))
            continue
        template = rng.choice(TEMPLATES)
        text = template.format(**values)
        seeded = [v for k, v in values.items() if "{" + k + "}" in template and k not in ("order", "city")]
        subject = f"cust-{rng.randint(1000, 9999)}"
        out.append(Sample(_event(event_id, rng.choice(tenants), text, produced_at, subject), event_id, seeded))
    return out
