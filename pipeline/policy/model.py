"""Policy files -> Policy objects.

A policy says what to look for (entities, thresholds, context words, allow
and deny lists) and what to do with each finding per destination. A policy
that fails to load stops the worker: there is no fallback policy.
"""

from __future__ import annotations

import hashlib
import json
from enum import StrEnum
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, model_validator


class Action(StrEnum):
    TOKENIZE = "tokenize"  # <PERSON_1>, consistent within a record
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


class Policy(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(pattern=r"^[a-z][a-z0-9_\-]{0,63}$")
    description: str = ""
    language: str = "en"
    entities: dict[str, EntityRule]
    injection: InjectionRule = InjectionRule()
    allow_list: tuple[str, ...] = ()  # exact values never reported (e.g. the support address)
    deny_list: dict[str, tuple[str, ...]] = {}  # entity -> values always reported
    vault: VaultRule = VaultRule()

    @model_validator(mode="after")
    def _deny_names_known_entities(self) -> Policy:
        unknown = sorted(set(self.deny_list) - set(self.entities))
        if unknown:
            raise ValueError(f"deny_list names entities the policy does not declare: {unknown}")
        return self

    @property
    def version(self) -> str:
        """Hash of the canonical form: the same rules give the same version."""
        canonical = json.dumps(self.model_dump(mode="json"), sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(canonical.encode()).hexdigest()[:16]

    def rule(self, entity_type: str) -> EntityRule | None:
        return self.entities.get(entity_type)


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
