"""Seeded cases: texts with the findings and outcomes a policy must give them.

Beside each policy `policies/<id>.yaml` sits `policies/<id>.cases.yaml`:

    policy: default
    cases:
      - name: name and email in a ticket
        text: "Hi, this is Maria Gonzalez, write to maria.gonzalez@example.org"
        findings:                     # every value the detector must report, by entity type
          PERSON: [Maria Gonzalez]
          EMAIL_ADDRESS: [maria.gonzalez@example.org]
        ai: protected                 # protected | quarantined
        store: protected
      - name: a city may reach the model
        text: "Shipping to Lisbon takes two days"
        findings: {LOCATION: [Lisbon]}
        ai: {outcome: protected, clear: [LOCATION]}   # LOCATION values reach ai.<stream> as they are
        store: protected

Per destination, `protected` means the record is delivered and no seeded or
detected value appears in it in clear, except entity types listed in `clear`;
`quarantined` means the record never reaches the AI-bound topic.
`injection` (none | flagged | blocked, default none) is the prompt-injection
verdict. These files are the change-management evidence an auditor samples.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, model_validator

from pipeline.policy.model import PolicyError
from pipeline.policy.yamlfile import FileError, load_model

ENTITY = r"^[A-Z][A-Z0-9_]{0,63}$"


class Outcome(StrEnum):
    PROTECTED = "protected"
    QUARANTINED = "quarantined"


class Injection(StrEnum):
    NONE = "none"
    FLAGGED = "flagged"
    BLOCKED = "blocked"


class Destination(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    outcome: Outcome
    clear: tuple[str, ...] = ()  # entity types whose values this destination gets as they are

    @model_validator(mode="before")
    @classmethod
    def _short_form(cls, data: Any) -> Any:
        return {"outcome": data} if isinstance(data, str) else data


class Case(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = Field(min_length=1)
    text: str = Field(min_length=1)
    findings: dict[str, tuple[str, ...]] = {}
    ai: Destination
    store: Destination
    injection: Injection = Injection.NONE

    @model_validator(mode="after")
    def _seeded_values_are_in_the_text(self) -> Case:
        missing = [f"{t}: {v!r}" for t, values in self.findings.items() for v in values if v not in self.text]
        if missing:
            raise ValueError(f"seeded values not found in the text: {', '.join(missing)}")
        if (self.ai.outcome is Outcome.QUARANTINED) != (self.store.outcome is Outcome.QUARANTINED):
            raise ValueError("a quarantined record is quarantined for both destinations")
        return self

    def seeded(self) -> list[tuple[str, str]]:
        return sorted((t, v) for t, values in self.findings.items() for v in values)


class CaseFile(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    policy: str = Field(pattern=r"^[a-z][a-z0-9_\-]{0,63}$")
    cases: tuple[Case, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _distinct_names(self) -> CaseFile:
        names = [c.name for c in self.cases]
        dupes = sorted({n for n in names if names.count(n) > 1})
        if dupes:
            raise ValueError(f"case names must be distinct; repeated: {dupes}")
        return self


def cases_path(policy_path: Path) -> Path:
    """policies/<id>.yaml -> policies/<id>.cases.yaml"""
    policy_path = Path(policy_path)
    return policy_path.with_name(policy_path.name.removesuffix(policy_path.suffix) + ".cases.yaml")


def load_cases(path: Path) -> CaseFile:
    try:
        return load_model(CaseFile, Path(path), what="case file")
    except FileError as exc:
        raise PolicyError(str(exc)) from None
