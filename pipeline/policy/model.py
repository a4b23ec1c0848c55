"""Policy files -> Policy objects.

Deny by default: every recognizer runs under every policy, and an entity
type a policy does not name gets `DEFAULT_RULE` (tokenized for the AI,
encrypted for storage). A policy names an entity to tune it (threshold,
context words, another protecting action) or to relax it: `keep` for a
destination needs a `reason`, and so does turning NER off (`ner: {enabled:
false, reason: ...}`), since that leaves names and places in clear.
`relaxations()` lists what a policy leaves in clear, for `policy test`,
`policy diff` and `readiness`.

A policy also carries allow and deny lists. A policy that fails to load
stops the worker: there is no fallback policy.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator


class Action(StrEnum):
    TOKENIZE = "tokenize"  # <PERSON_1_k7q2x>: numbered within a record, salted per record
    TOKENIZE_TENANT = "tokenize_tenant"  # <PERSON_7f3a9c>, stable per tenant (keyed HMAC)
    TOKENIZE_SUBJECT = "tokenize_subject"  # stable per subject
    ENCRYPT = "encrypt"  # AES-256-GCM, reversible with the key
    DETERMINISTIC = "deterministic"  # AES-SIV, joinable pseudonym
    REDACT = "redact"
    MASK = "mask"  # keep the last 4
    HASH = "hash"  # HMAC-SHA256 keyed per tenant
    BLOCK = "block"  # quarantine the whole record
    KEEP = "keep"  # leave as is (for non-sensitive entity types)


class EntityRule(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    threshold: float = Field(0.5, ge=0.0, le=1.0)
    ai: Action = Action.TOKENIZE
    store: Action = Action.ENCRYPT
    context: tuple[str, ...] = ()  # words that raise the score when near
    reason: str = ""  # why a destination may get this entity in clear (required with `keep`)

    @model_validator(mode="after")
    def _keep_says_why(self) -> EntityRule:
        if Action.KEEP in (self.ai, self.store) and not self.reason.strip():
            raise ValueError("`keep` leaves values in clear: say why in `reason`")
        return self

    @property
    def kept(self) -> tuple[str, ...]:
        """The destinations that get this entity in clear."""
        return tuple(d for d, a in (("ai", self.ai), ("store", self.store)) if a is Action.KEEP)


# What an entity type the policy does not name gets: deny by default.
DEFAULT_RULE = EntityRule.model_validate({})


class NerRule(BaseModel):
    """spaCy's NER (names and places) runs unless a policy turns it off, with a reason."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    enabled: bool = True
    reason: str = ""

    @model_validator(mode="after")
    def _off_says_why(self) -> NerRule:
        if not self.enabled and not self.reason.strip():
            raise ValueError("turning NER off leaves names and places in clear: say why in `reason`")
        return self


@dataclass(frozen=True)
class Relaxation:
    """One thing a policy leaves in clear, and the reason it gives."""

    entity: str  # an entity type, or "NER" (every entity only NER finds)
    destinations: tuple[str, ...]
    reason: str

    def __str__(self) -> str:
        what = "NER off (names and places are not looked for)" if self.entity == "NER" else self.entity
        return f"{what}: in clear for {' and '.join(self.destinations)} ({self.reason})"


class InjectionRule(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    flag_at: float = Field(0.5, ge=0.0, le=1.0)
    block_at: float = Field(0.8, ge=0.0, le=1.0)

    @model_validator(mode="after")
    def _ordered(self) -> InjectionRule:
        if self.block_at < self.flag_at:
            raise ValueError("block_at must be >= flag_at")
        return self


class VaultRule(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    retention_hours: float = Field(24.0, gt=0, le=24 * 30)


class RestoreRule(BaseModel):
    """What restore does with personal data in an AI answer that is none of the record's tokens
    (the model echoing another customer, or inventing one): always flagged in the audit event;
    `refuse` also denies the restore."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    foreign_pii: Literal["flag", "refuse"] = "flag"


class Policy(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z][a-z0-9_\-]{0,63}$")
    description: str = ""
    language: str = "en"
    entities: dict[str, EntityRule] = {}  # only what differs from DEFAULT_RULE
    ner: NerRule = NerRule()
    injection: InjectionRule = InjectionRule()
    allow_list: tuple[str, ...] = ()  # exact values never reported (e.g. the support address)
    deny_list: dict[str, tuple[str, ...]] = {}  # entity -> values always reported
    vault: VaultRule = VaultRule()
    restore: RestoreRule = RestoreRule()

    @model_validator(mode="after")
    def _deny_names_entity_types(self) -> Policy:
        bad = sorted(e for e in self.deny_list if not re.fullmatch(r"[A-Z][A-Z0-9_]{0,63}", e))
        if bad:
            raise ValueError(f"deny_list keys must be entity types (UPPER_CASE): {bad}")
        return self

    @property
    def version(self) -> str:
        """Hash of the canonical form: the same rules give the same version."""
        # A default restore rule is left out, so policies written before it keep their version.
        dumped = self.model_dump(mode="json", exclude={"restore"} if self.restore == RestoreRule() else None)
        canonical = json.dumps(dumped, sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(canonical.encode()).hexdigest()[:16]

    def rule(self, entity_type: str) -> EntityRule:
        """The rule for an entity type: the named one, else DEFAULT_RULE."""
        return self.entities.get(entity_type, DEFAULT_RULE)

    def threshold(self, entity_type: str) -> float:
        return self.rule(entity_type).threshold

    def relaxations(self) -> tuple[Relaxation, ...]:
        """What this policy leaves in clear, with its reasons (empty: nothing)."""
        out = [Relaxation(e, r.kept, r.reason) for e, r in sorted(self.entities.items()) if r.kept]
        if not self.ner.enabled:
            out.append(Relaxation("NER", ("ai", "store"), self.ner.reason))
        return tuple(out)


class PolicyError(Exception):
    """A policy file that cannot be used. The message names the file and the field."""


def load_policy(path: Path, text: str | None = None) -> Policy:
    """Load and validate a policy file; every problem names its line and field."""
    from pipeline.policy.yamlfile import FileError, load_model

    if text is None and not Path(path).exists():
        raise PolicyError(f"{path}: no such policy file")
    try:
        return load_model(Policy, Path(path), what="policy", text=text)
    except FileError as exc:
        raise PolicyError(str(exc)) from None


def resolve_policy(name_or_path: str, policies_dir: Path) -> Policy:
    """A built-in policy by name (<policies_dir>/<name>.yaml) or a policy file by path."""
    candidate = Path(name_or_path)
    if candidate.suffix in (".yaml", ".yml"):
        return load_policy(candidate)
    return load_policy(policies_dir / f"{name_or_path}.yaml")
