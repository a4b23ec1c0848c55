"""Access reviews: keys, their use in the period, unused keys flagged, sign-off audited."""

from __future__ import annotations

import json

from pipeline.codecs import audit_to_dict
from pipeline.evidence.access_review import review, sign_off_event
from pipeline.evidence.controls import controls
from pipeline.vault.apikeys import ApiKey

DAY = 86_400_000
NOW = 1_000 * DAY
SEEDED_SSN = "078-05-1120"


def key(key_id: str, name: str, created_days_ago: int, revoked: bool = False) -> ApiKey:
    return ApiKey(key_id, name, "acme", "restorer", "0" * 64, NOW - created_days_ago * DAY, revoked, "cli:dana")


def event(kind: str, actor: str, days_ago: int, reason_code: str = "customer_request") -> dict:
    return {
        "kind": kind,
        "actor": actor,
        "occurred_at": NOW - days_ago * DAY,
        "reason_code": reason_code,
        "reason": f"ticket mentions {SEEDED_SSN}",
    }


KEYS = [
    key("k-bot", "support-bot", 400),
    key("k-old", "old-service", 400),
    key("k-new", "new-service", 10),
    key("k-gone", "gone-service", 400, revoked=True),
]
EVENTS = [
    event("restore", "support-bot", 3),
    event("restore", "support-bot", 5, "fraud_review"),
    event("erase", "support-bot", 20, "gdpr_art17"),
    event("restore", "old-service", 200),  # before the period
    event("decision", "new-service", 1),  # not an access event
]


def test_review_lists_use_by_reason_and_flags_keys_unused_for_the_period():
    r = review(KEYS, EVENTS, now_ms=NOW, period_days=90)
    rows = {k.key_id: k for k in r.keys}
    assert rows["k-bot"].uses == {"erase": {"gdpr_art17": 1}, "restore": {"customer_request": 1, "fraud_review": 1}}
    assert rows["k-bot"].last_used == NOW - 3 * DAY and not rows["k-bot"].unused
    assert rows["k-old"].unused and rows["k-old"].uses == {}
    assert not rows["k-new"].unused  # created within the period
    assert not rows["k-gone"].unused  # revoked already
    assert r.flagged == ["k-old"]
    assert {k.created_by for k in r.keys} == {"cli:dana"}


def test_a_key_stored_before_created_by_was_recorded_still_loads(tmp_path):
    from pipeline.vault.apikeys import ApiKeyStore

    path = tmp_path / "apikeys.json"
    ApiKeyStore(path).create("bot", "acme", "restorer")
    stored = json.loads(path.read_text())
    for fields in stored.values():
        del fields["created_by"]  # the shape of an older file
    path.write_text(json.dumps(stored))
    (old,) = ApiKeyStore(path).list()
    assert old.created_by == "" and review([old], [], now_ms=NOW).keys[0].created_by == ""


def test_sign_off_records_findings_and_a_digest_never_event_content():
    r = review(KEYS, EVENTS, now_ms=NOW)
    e = sign_off_event(r, "Dana Reviewer", "cli:dana", NOW)
    body = json.loads(e.reason)
    assert body["flagged_unused"] == ["k-old"] and body["keys"] == 4 and body["active"] == 3
    assert body["review_sha256"] == r.digest() and len(r.digest()) == 64
    assert SEEDED_SSN not in json.dumps(audit_to_dict(e))
    assert review(KEYS, EVENTS, now_ms=NOW).digest() == r.digest()  # deterministic
    assert review(KEYS[:2], EVENTS, now_ms=NOW).digest() != r.digest()


def test_the_days_evidence_lists_the_sign_offs():
    e = audit_to_dict(sign_off_event(review(KEYS, EVENTS, now_ms=NOW), "Dana Reviewer", "cli:dana", NOW))
    (signed,) = controls([e], None)["access_reviews"]
    assert (
        signed["reviewer"] == "Dana Reviewer" and signed["by"] == "cli:dana" and signed["flagged_unused"] == ["k-old"]
    )
