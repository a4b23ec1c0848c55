from __future__ import annotations

import re

import pytest

from pipeline.keys import TamperedError
from pipeline.policy.model import Policy
from pipeline.protect import ProtectError, protect, resolve_overlaps, reveal
from pipeline.protect import operators as op
from pipeline.records import Detection, Finding, ProtectedValue, RawEvent

TEXT = "Alice Smith (alice@example.com, SSN 123-45-6789) wrote: Alice Smith again, card 4111-1111-1111-1234."


def unsalt(text: str) -> str:
    return re.sub(r"(<[A-Z][A-Z0-9_]*_\d+)_[a-z2-7]{5}>", r"\1>", text)


def spans(text: str, *pairs: tuple[str, str]) -> Detection:
    """Findings for every occurrence of each (entity, value) pair."""
    out = []
    for entity, value in pairs:
        for m in re.finditer(re.escape(value), text):
            out.append(Finding(entity, m.start(), m.end(), 0.9, "test"))
    return Detection(tuple(out))


DET = spans(
    TEXT,
    ("PERSON", "Alice Smith"),
    ("EMAIL_ADDRESS", "alice@example.com"),
    ("US_SSN", "123-45-6789"),
    ("CREDIT_CARD", "4111-1111-1111-1234"),
)
PII = ("Alice", "alice@example.com", "123-45-6789", "4111-1111-1111-1234")


def policy(ai: str, store: str) -> Policy:
    rule = {"ai": ai, "store": store}
    return Policy(id="t", entities={e: rule for e in ("PERSON", "EMAIL_ADDRESS", "US_SSN", "CREDIT_CARD")})


def event(subject_id: str | None = None, event_id: str = "e-1", tenant: str = "acme", text: str = TEXT) -> RawEvent:
    return RawEvent(event_id=event_id, tenant=tenant, source="test", text=text, produced_at=0, subject_id=subject_id)


def test_tokenize_in_record_numbering_and_encrypted_store(keys):
    p = protect(event(), DET, policy("tokenize", "encrypt"), keys)
    assert unsalt(p.ai_text) == (
        "<PERSON_1> (<EMAIL_ADDRESS_1>, SSN <US_SSN_1>) wrote: <PERSON_1> again, card <CREDIT_CARD_1>."
    )
    assert p.store_text == p.ai_text
    assert [unsalt(v.token) for v in p.values] == ["<PERSON_1>", "<EMAIL_ADDRESS_1>", "<US_SSN_1>", "<CREDIT_CARD_1>"]
    originals = {unsalt(v.token): reveal(v, "acme", "e-1", keys) for v in p.values}
    assert originals["<PERSON_1>"] == "Alice Smith" and originals["<CREDIT_CARD_1>"] == "4111-1111-1111-1234"
    assert {unsalt(v.token) for v in p.vault_values} == set(originals)
    assert p.blocked_by == ()


def test_different_values_get_different_numbers(keys):
    text = "Alice met Bob, then Alice left."
    p = protect(
        event(text=text), spans(text, ("PERSON", "Alice"), ("PERSON", "Bob")), policy("tokenize", "encrypt"), keys
    )
    assert unsalt(p.ai_text) == "<PERSON_1> met <PERSON_2>, then <PERSON_1> left."


@pytest.mark.parametrize(
    "ai,store",
    [
        ("tokenize", "encrypt"),
        ("tokenize_tenant", "redact"),
        ("tokenize_subject", "mask"),
        ("encrypt", "hash"),
        ("deterministic", "deterministic"),
        ("redact", "tokenize"),
        ("mask", "redact"),
        ("hash", "encrypt"),
        ("block", "block"),
    ],
)
def test_no_raw_pii_in_any_output(keys, ai, store):
    p = protect(event(subject_id="u-42"), DET, policy(ai, store), keys)
    for value in PII:
        assert value not in p.ai_text and value not in p.store_text
        for v in p.values + p.vault_values:
            assert value.encode() not in v.ciphertext
    assert "card" in p.ai_text and "again" in p.store_text  # the rest of the text is kept


def test_every_reversible_token_round_trips(keys):
    for ai in ("tokenize", "tokenize_tenant", "tokenize_subject", "encrypt"):
        p = protect(event(subject_id="u-1"), DET, policy(ai, "encrypt"), keys)
        back = p.ai_text
        for v in p.vault_values:
            back = back.replace(v.token, reveal(v, "acme", "e-1", keys))
        assert back == TEXT, ai


def test_deterministic_round_trip_through_protect(keys):
    p = protect(event(subject_id="u-1"), DET, policy("deterministic", "deterministic"), keys)
    ref = keys.subject_ref("acme", "u-1")
    assert op.reveal_deterministic(keys, "acme", p.store_text, subject_ref=ref) == TEXT
    assert p.values == () and len(p.vault_values) == 4  # restorable through this record's vault entry only
    back = p.ai_text
    for v in p.vault_values:
        back = back.replace(v.token, reveal(v, "acme", "e-1", keys))
    assert back == TEXT


def test_stable_tokens_across_records(keys):
    pol = policy("tokenize_tenant", "encrypt")
    a = protect(event(event_id="e-1"), DET, pol, keys)
    b = protect(event(event_id="e-2"), DET, pol, keys)
    assert a.ai_text == b.ai_text and re.search(r"<PERSON_[0-9a-f]{6}>", a.ai_text)
    # per subject: the same name of two different subjects gets two tokens
    pol = policy("tokenize_subject", "encrypt")
    s1 = protect(event(subject_id="u-1"), DET, pol, keys)
    s1b = protect(event(subject_id="u-1", event_id="e-9"), DET, pol, keys)
    s2 = protect(event(subject_id="u-2"), DET, pol, keys)
    assert s1.ai_text == s1b.ai_text != s2.ai_text


def test_mask_redact_hash_outputs(keys):
    p = protect(event(), DET, policy("mask", "redact"), keys)
    assert "****-****-****-1234" in p.ai_text and "***-**-6789" in p.ai_text
    assert "<CREDIT_CARD>" in p.store_text and "<PERSON>" in p.store_text
    assert p.values == () and p.vault_values == ()
    h = protect(event(), DET, policy("hash", "hash"), keys)
    assert h.ai_text.count(op.keyed_hash(keys, "acme", "PERSON", "Alice Smith")) == 2


def test_block_lists_entity_types(keys):
    pol = Policy(
        id="t", entities={"PERSON": {"ai": "tokenize", "store": "encrypt"}, "US_SSN": {"ai": "block", "store": "block"}}
    )
    p = protect(event(), DET, pol, keys)
    assert p.blocked_by == ("US_SSN",)
    assert "<US_SSN>" in p.ai_text and "123-45-6789" not in p.store_text


def test_unknown_entity_fails_closed_to_tokenize_and_encrypt(keys):
    text = "key AKIA1234567890ABCDEF here"
    det = spans(text, ("AWS_KEY", "AKIA1234567890ABCDEF"))
    p = protect(event(text=text), det, Policy(id="t", entities={}), keys)
    assert unsalt(p.ai_text) == "key <AWS_KEY_1> here" and len(p.values) == 1


def test_values_are_keyed_to_the_subject_they_belong_to(keys):
    """Once, a record without subject_id was keyed to the first email in its text, maybe a third
    party's: erasing the real subject destroyed nothing. Now each address is its own owner's."""
    with_id = protect(event(subject_id="u-7"), DET, policy("tokenize", "encrypt"), keys)
    ref = keys.subject_ref("acme", "u-7")
    assert with_id.subject_ref == ref and all(v.key_id.startswith(f"subject:acme:{ref}") for v in with_id.values)
    text = "Bob Jones wrote to carol@example.com and cc'd dave@example.org"
    det = spans(
        text, ("PERSON", "Bob Jones"), ("EMAIL_ADDRESS", "carol@example.com"), ("EMAIL_ADDRESS", "dave@example.org")
    )
    p = protect(event(text=text), det, policy("tokenize", "encrypt"), keys)
    carol, dave = keys.subject_ref("acme", "Carol@Example.com"), keys.subject_ref("acme", "dave@example.org")
    assert p.subject_ref is None and p.subject_refs == tuple(sorted((carol, dave)))
    by_value = {reveal(v, "acme", "e-1", keys): v.key_id for v in p.values}
    assert by_value["carol@example.com"].startswith(f"subject:acme:{carol}")
    assert by_value["dave@example.org"].startswith(f"subject:acme:{dave}")
    assert by_value["Bob Jones"].startswith("tenant:acme:")


def test_tokens_are_salted_per_record_and_stable_on_redelivery(keys):
    pol = policy("tokenize", "encrypt")
    a = protect(event(event_id="e-1"), DET, pol, keys)
    again = protect(event(event_id="e-1"), DET, pol, keys)
    b = protect(event(event_id="e-2"), DET, pol, keys)
    assert a.ai_text == again.ai_text  # a redelivered record repeats its tokens
    assert a.ai_text != b.ai_text and unsalt(a.ai_text) == unsalt(b.ai_text)
    assert re.fullmatch(r"<PERSON_1_[a-z2-7]{5}>", a.vault_values[0].token)


def test_token_shaped_upstream_text_is_escaped(keys):
    text = "Alice Smith says <EMAIL_ADDRESS_1> and <PERSON_7f3a9c> and <X.d.abc> but <b>bold</b>"
    p = protect(event(text=text), spans(text, ("PERSON", "Alice Smith")), policy("tokenize", "encrypt"), keys)
    for literal in ("<EMAIL_ADDRESS_1>", "<PERSON_7f3a9c>", "<X.d.abc>"):
        assert literal not in p.ai_text and literal not in p.store_text
        assert "\u2039" + literal[1:] in p.ai_text
    assert "<b>bold</b>" in p.ai_text  # markup is not token-shaped
    assert len(p.vault_values) == 1


def test_ciphertext_is_bound_to_tenant_event_and_token(keys):
    p = protect(event(), DET, policy("tokenize", "encrypt"), keys)
    v = p.values[0]
    with pytest.raises(TamperedError):
        reveal(v, "acme", "e-2", keys)  # copied into another record
    with pytest.raises(TamperedError):
        reveal(ProtectedValue(p.values[1].token, v.entity_type, v.ciphertext, v.key_id), "acme", "e-1", keys)


@pytest.mark.parametrize(
    "findings,expected",
    [
        # nested: the outer span wins
        ([("PERSON", 0, 5, 0.9), ("PERSON", 0, 11, 0.6)], [("PERSON", 0, 11)]),
        # partial overlap: the union is covered, typed as the longest
        ([("PERSON", 0, 10, 0.9), ("LOCATION", 5, 20, 0.5)], [("LOCATION", 0, 20)]),
        # a chain of overlaps merges into one
        ([("A", 0, 4, 0.9), ("B", 3, 8, 0.9), ("C", 7, 9, 0.9)], [("B", 0, 9)]),
        # same length: the higher score names it
        ([("A", 0, 4, 0.5), ("B", 2, 6, 0.8)], [("B", 0, 6)]),
        # adjacent spans stay apart
        ([("A", 0, 4, 0.9), ("B", 4, 8, 0.9), ("C", 12, 15, 0.5)], [("A", 0, 4), ("B", 4, 8), ("C", 12, 15)]),
    ],
)
def test_overlapping_findings_merge(findings, expected):
    got = resolve_overlaps(tuple(Finding(e, s, t, sc, "r") for e, s, t, sc in findings), 20)
    assert [(f.entity_type, f.start, f.end) for f in got] == expected


def test_a_partial_overlap_leaves_no_fragment_in_clear(keys):
    text = "call Isabel Thompson today"
    det = Detection(
        (Finding("PERSON", 5, 11, 0.7, "a"), Finding("PERSON", 5, 20, 0.9, "b"), Finding("LOCATION", 12, 20, 0.6, "c"))
    )
    p = protect(event(text=text), det, policy("tokenize", "encrypt"), keys)
    assert unsalt(p.ai_text) == "call <PERSON_1> today"


@pytest.mark.parametrize("start,end", [(-1, 3), (3, 3), (5, 2), (0, 999)])
def test_findings_outside_the_text_are_an_error(keys, start, end):
    with pytest.raises(ProtectError, match="outside"):
        protect(
            event(text="short text"),
            Detection((Finding("PERSON", start, end, 0.9, "x"),)),
            policy("tokenize", "encrypt"),
            keys,
        )


def test_no_findings_passes_text_through(keys):
    p = protect(event(text="hello"), Detection(), policy("tokenize", "encrypt"), keys)
    assert (p.ai_text, p.store_text, p.values, p.key_ids) == ("hello", "hello", (), ())


def test_entity_types_differing_only_in_case_never_share_a_token(keys):
    text = "Ann and Bob"
    det = Detection((Finding("PERSON", 0, 3, 0.9, "a"), Finding("person", 8, 11, 0.9, "b")))
    p = protect(event(text=text), det, Policy(id="t", entities={}), keys)
    assert unsalt(p.ai_text) == "<PERSON_1> and <PERSON_2>"
    assert {unsalt(v.token): reveal(v, "acme", "e-1", keys) for v in p.vault_values} == {
        "<PERSON_1>": "Ann",
        "<PERSON_2>": "Bob",
    }
