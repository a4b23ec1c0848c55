"""The vault: token -> encrypted original per AI-bound record, with expiry;
restoration of AI answers, erasure, and locating a subject's data.

The stream worker calls `vault_entry` per record; the CLI and the HTTP
endpoint build a Restorer with `open_restorer(settings)`.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.settings import Settings

if TYPE_CHECKING:
    from pipeline.topology.model import StreamSpec
    from pipeline.vault.postcheck import AnswerCheck
    from pipeline.vault.restore import Restorer
from pipeline.vault.entry import (
    VaultEntry,
    open_entry,
    vault_entry,
    vault_key,
    vault_topic_config,
)

__all__ = [
    "VaultEntry",
    "answer_checks",
    "apikeys_path",
    "open_entry",
    "open_restorer",
    "streams_of",
    "vault_entry",
    "vault_key",
    "vault_topic_config",
]


def apikeys_path(settings: Settings) -> Path:
    return settings.state_dir / "apikeys.json"


def holds_path(settings: Settings) -> Path:
    return settings.state_dir / "holds.json"


def streams_of(settings: Settings, topology: Path | None = None) -> list[StreamSpec]:
    """The streams of one topology file, or of every topology in topologies_dir."""
    from pipeline.topology.model import load_topology

    files = [topology] if topology else sorted(settings.topologies_dir.glob("*.yaml"))
    return [s for f in files for s in load_topology(f).streams]


def answer_checks(
    settings: Settings, topology: Path | None = None, *, tenant: str | None = None
) -> dict[str, AnswerCheck]:
    """tenant -> the post-generation check of its topology's policy (a detector per policy: spaCy
    loads here unless the policy turns NER off); only TENANT's topologies when given. A tenant in
    two topologies gets the refusing one."""
    from pipeline.detect.engine import Detector
    from pipeline.policy import load_policy
    from pipeline.topology.model import load_topology, policy_path
    from pipeline.vault.postcheck import AnswerCheck

    built: dict[str, AnswerCheck] = {}  # policy version -> its check
    out: dict[str, AnswerCheck] = {}
    for f in [topology] if topology else sorted(settings.topologies_dir.glob("*.yaml")):
        topo = load_topology(f)
        if tenant is not None and not any(tenant in s.tenants for s in topo.streams):
            continue  # no detector loaded for a policy this restore cannot need
        policy = load_policy(policy_path(topo, f))
        check = built.get(policy.version) or built.setdefault(
            policy.version, AnswerCheck(policy, Detector.for_policy(policy))
        )
        for s in topo.streams:
            for t in s.tenants:
                if t not in out or check.refuses:
                    out[t] = check
    return out


def open_restorer(
    settings: Settings,
    *,
    topology: Path | None = None,
    actor: str = "restore",
    checks: Mapping[str, AnswerCheck] | None = None,
) -> Restorer:
    """A Restorer over the vault topics of the topologies, writing audit events to the audit topic;
    with CHECKS (`answer_checks`), each tenant's policy scans answers before they are restored."""
    from pipeline.audit.writer import KafkaAuditWriter
    from pipeline.clients import kafka_clients
    from pipeline.keys import open_key_service
    from pipeline.vault.apikeys import ApiKeyStore
    from pipeline.vault.holds import HoldStore
    from pipeline.vault.restore import Restorer
    from pipeline.vault.store import KafkaVault

    kafka = kafka_clients(settings)
    streams = streams_of(settings, topology)
    keys = open_key_service(settings, actor=actor, create_keyring=False)
    vault = KafkaVault(kafka, [s.vault for s in streams])
    return Restorer(
        keys,
        vault,
        ApiKeyStore(apikeys_path(settings)),
        KafkaAuditWriter(kafka, settings.audit_topic),
        holds=HoldStore(holds_path(settings)),
        tenants={t for s in streams for t in s.tenants},
        checks=checks,
        max_records=settings.restore_max_records,
    )
