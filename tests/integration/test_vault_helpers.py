"""A small world for the vault tests: a topology of one fresh stream, records
protected and written to its real topics, and API keys. No tests here."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from pipeline import codecs
from pipeline.cli import main
from pipeline.keys import open_key_service
from pipeline.keys.store import ensure_compacted_topic
from pipeline.policy.model import Policy
from pipeline.protect import protect
from pipeline.records import Detection, Finding, Protection, RawEvent, StoredRecord
from pipeline.vault import apikeys_path, vault_entry
from pipeline.vault.apikeys import ApiKeyStore
from tests.integration.test_keys_fixtures import settings_env

POLICY = Policy(
    id="t",
    entities={e: {"ai": "tokenize", "store": "encrypt"} for e in ("PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER")},
    vault={"retention_hours": 1},
)
NER_OFF = "ner: {enabled: false, reason: 'tests: regex recognizers only, no spaCy load'}\n"
PEOPLE = {"alice": ("Alice Smith", "alice@example.com"), "bob": ("Bob Jones", "bob@example.org")}


def ticket(name: str, email: str) -> str:
    return f"Hello, {name} here ({email}). {name} needs a refund."


def detect(text: str) -> Detection:
    out = []
    for entity, pattern in (("PERSON", r"(Alice Smith|Bob Jones)"), ("EMAIL_ADDRESS", r"[a-z.]+@[a-z]+\.(com|org)")):
        out += [Finding(entity, m.start(), m.end(), 0.9, "test") for m in re.finditer(pattern, text)]
    return Detection(tuple(out))


class World:
    def __init__(self, stack, settings, stream: str, topology_path):
        self.stack, self.settings, self.stream, self.topology = stack, settings, stream, topology_path
        self.keys = open_key_service(settings)
        self.protections: dict[tuple[str, str], Protection] = {}
        self.apikeys = ApiKeyStore(apikeys_path(settings))
        self.api = {
            f"{role}-{tenant}": self.apikeys.create(f"{role}-{tenant}", tenant, role)[1]
            for role in ("restorer", "auditor", "admin")
            for tenant in ("acme", "globex")
        }
        for t in (f"raw.{stream}", f"ai.{stream}", f"store.{stream}", f"quarantine.{stream}", f"dlq.{stream}"):
            ensure_compacted_topic(stack.kafka, t, partitions=2)
        ensure_compacted_topic(stack.kafka, f"vault.{stream}", partitions=2)

    def write(self, event_id: str, tenant: str, subject: str, now_ms: int, conversation: str | None = None) -> None:
        """Protect one ticket (of CONVERSATION) and write it where the worker would: raw, ai, store, vault."""
        name, email = PEOPLE[subject]
        text = ticket(name, email)
        attributes = {"conversation_id": conversation} if conversation else {}
        ev = RawEvent(event_id, tenant, "test", text, now_ms, subject_id=subject, attributes=attributes)
        p = protect(ev, detect(text), POLICY, self.keys)
        self.protections[(tenant, event_id)] = p
        rid = f"r-{event_id}".encode()
        stored = StoredRecord(
            f"r-{event_id}",
            event_id,
            tenant,
            "test",
            now_ms,
            p.subject_ref,
            p.store_text,
            p.values,
            POLICY.id,
            POLICY.version,
        )
        from pipeline.records import ProtectedRecord

        ai = ProtectedRecord(
            f"r-{event_id}", event_id, tenant, "test", now_ms, p.ai_text, {}, POLICY.id, POLICY.version
        )
        raw = codecs.encode("RawEvent", codecs.raw_event_to_dict(ev))
        self.stack.produce(f"raw.{self.stream}", [raw], key=rid)
        self.stack.produce(
            f"ai.{self.stream}", [codecs.encode("ProtectedRecord", codecs.protected_to_dict(ai))], key=rid
        )
        self.stack.produce(
            f"store.{self.stream}", [codecs.encode("StoredRecord", codecs.stored_to_dict(stored))], key=rid
        )
        key, value = vault_entry(ev, p, POLICY, self.keys, now_ms)
        self.stack.produce(f"vault.{self.stream}", [value], key=key)

    def salted(self, event_id: str, text: str, tenant: str = "acme") -> str:
        """TEXT with its numbered tokens (<PERSON_1>) spelled as record EVENT_ID spells them (salted)."""
        salt = next(
            m.group(1)
            for v in self.protections[(tenant, event_id)].vault_values
            if (m := re.search(r"_\d+_(\w{5})>", v.token))
        )
        return re.sub(r"(_\d+)>", rf"\1_{salt}>", text)

    def close(self) -> None:
        self.keys.close()


@pytest.fixture
def world(stack, key_settings, unique_name, tmp_path):
    stream = unique_name("s").replace(".", "-")[:90]
    topo_dir = tmp_path / "topologies"
    topo_dir.mkdir()
    path = topo_dir / "t.yaml"
    path.write_text(f"name: {stream}\npolicy: default\nstreams:\n  - name: {stream}\n    tenants: [acme, globex]\n")
    (topo_dir / "policies").mkdir()  # the policy the CLI's post-generation check loads: regex recognizers only
    (topo_dir / "policies" / "default.yaml").write_text(f"id: t\n{NER_OFF}")
    settings = key_settings.model_copy(
        update={"topologies_dir": topo_dir, "audit_bucket": unique_name("audit").replace(".", "-")[:60]}
    )
    w = World(stack, settings, stream, path)
    yield w
    w.close()


@pytest.fixture
def cli(world, monkeypatch):
    env = {**settings_env(world.settings), "VEILSTREAM_AUDIT_BUCKET": world.settings.audit_bucket}
    for k, v in env.items():
        monkeypatch.setenv(k, v)

    def run(*args: str, input: str | None = None, api_key: str | None = None, code: int = 0) -> str:
        """The CLI with API_KEY in VEILSTREAM_API_KEY (never in argv); asserts the exit code."""
        env = {"VEILSTREAM_API_KEY": api_key} if api_key else {}
        result = CliRunner().invoke(main, list(args), input=input, env=env, catch_exceptions=False)
        assert result.exit_code == code, result.output
        return result.output

    yield run
