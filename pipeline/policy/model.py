"""Policy files -> Policy objects.

A policy says what to look for (entities, thresholds, context words, allow
and deny lists) and what to do with each finding per destination. A policy
that fails to load stops the worker: there is no fallback policy.
"""

from __future__ import annotations

import hashlib
import json
from enum import Enum
from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator


class Action(str, Enum):
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
    def _ordered(self) -> "InjectionRule":
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
    def _deny_names_known_entities(self) -> "Policy":
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


def load_policy(path: Path) -> Policy:
    try:
        data = yaml.safe_load(path.read_text())
    except FileNotFoundError as exc:
        raise PolicyError(f"{path}: no such policy file") from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" line {mark.line + 1}" if mark else ""
        raise PolicyError(f"{path}:{where} is not valid YAML: {getattr(exc, 'problem', exc)}") from exc
    if not isinstance(data, dict):
        raise PolicyError(f"{path}: a policy is a mapping with at least 'id' and 'entities'")
    try:
        return Policy.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']) or '(top)'}: {err['msg']}" for err in exc.errors()
        )
        raise PolicyError(f"{path}: {problems}") from exc


def policy_path(name_or_path: str, policies_dir: Path) -> Path:
    """A built-in policy name (topologies/policies/<name>.yaml) or a path to a file."""
    candidate = Path(name_or_path)
    if candidate.suffix in (".yaml", ".yml"):
        return candidate
    return policies_dir / f"{name_or_path}.yaml"


def resolve_policy(name_or_path: str, policies_dir: Path) -> Policy:
    return load_policy(policy_path(name_or_path, policies_dir))
