"""`veilstream policy`: validate policies, test them against their seeded cases, diff two of them."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import click

from pipeline.cli.params import FILE

if TYPE_CHECKING:
    from pipeline.policy import Policy
    from pipeline.policy.cases import CaseFile


def _policies_dir() -> Path:
    from pipeline.settings import get_settings

    return get_settings().topologies_dir / "policies"


def _policy_file(name_or_path: str) -> Path:
    """A path to a policy file, or the id of a shipped policy."""
    candidate = Path(name_or_path)
    if candidate.suffix in (".yaml", ".yml") or candidate.exists():
        return candidate
    return _policies_dir() / f"{name_or_path}.yaml"


def _shipped() -> list[Path]:
    return sorted(p for p in _policies_dir().glob("*.yaml") if not p.name.endswith(".cases.yaml"))


def _load(path: Path) -> Policy:
    from pipeline.policy import PolicyError, load_policy

    try:
        return load_policy(path)
    except PolicyError as exc:
        raise click.ClickException(str(exc)) from None


def _cases_for(policy: Policy, policy_file: Path, explicit: Path | None) -> tuple[Path, CaseFile]:
    """The seeded cases: --cases, else <id>.cases.yaml beside the file, else the shipped ones for its id."""
    from pipeline.policy import PolicyError
    from pipeline.policy.cases import cases_path, load_cases

    candidates = [explicit] if explicit else [cases_path(policy_file), _policies_dir() / f"{policy.id}.cases.yaml"]
    candidates = list(dict.fromkeys(c.resolve() for c in candidates))
    for path in candidates:
        if path.is_file():
            try:
                return path, load_cases(path)
            except PolicyError as exc:
                raise click.ClickException(str(exc)) from None
    raise click.ClickException(
        f"{policy_file}: no seeded cases for policy {policy.id!r} (looked for {', '.join(str(c) for c in candidates)})"
    )


@click.group()
def policy() -> None:
    """Test policies against their seeded cases; diff two policies.

    Policies are files reviewed like code: each has seeded cases beside it.

    \b
    policies/<id>.yaml         what to find and what to do with it per destination
    policies/<id>.cases.yaml   seeded texts with the findings and outcomes expected

    \b
    Examples:
      veilstream policy test                      # every shipped policy
      veilstream policy test default my-policy.yaml
      veilstream policy diff topologies/policies/default.yaml proposed.yaml
    """


@policy.command(short_help="Check policy files and print their versions.")
@click.argument("policies", nargs=-1, type=click.Path(dir_okay=False, path_type=Path))
def validate(policies: tuple[Path, ...]) -> None:
    """Check POLICY files (default: every shipped policy) and print id and version."""
    for path in policies or _shipped():
        p = _load(path)
        click.echo(f"ok {path}: policy {p.id}@{p.version}, {len(p.entities)} entity types")


@policy.command("test", short_help="Run the seeded cases through detection and protection; fail on any difference.")
@click.argument("policies", nargs=-1)
@click.option("--cases", "cases_file", type=FILE, help="Seeded cases to use instead of <id>.cases.yaml.")
@click.option("-v", "--verbose", is_flag=True, help="Also list the cases that pass, with their AI-bound text.")
@click.option(
    "--json",
    "as_json",
    is_flag=True,
    help="Print one JSON line per policy (id, version, cases file digest, failures): evidence to keep.",
)
def test(policies: tuple[str, ...], cases_file: Path | None, verbose: bool, as_json: bool) -> None:
    """Run the seeded cases of POLICIES (ids or files; default: every shipped policy)
    through the real detector and protection; fail on any difference.

    The output names the policy id and version: keep it as change-management
    evidence of what was tested before a policy was deployed.
    """
    from pipeline.detect.engine import left_in_clear
    from pipeline.policytest import check, detector_for, throwaway_keys

    files = [_policy_file(p) for p in policies] or _shipped()
    if not files:
        raise click.ClickException(f"no policies in {_policies_dir()}")
    failed = 0
    with throwaway_keys() as keys:
        for path in files:
            p = _load(path)
            where, case_file = _cases_for(p, path, cases_file)
            results = check(p, case_file.cases, detector_for(p), keys)
            bad = [r for r in results if not r.passed]
            failed += len(bad)
            if as_json:
                click.echo(
                    json.dumps(
                        {
                            "policy_id": p.id,
                            "policy_version": p.version,
                            "policy_file": str(path),
                            "cases_file": str(where),
                            "cases_sha256": hashlib.sha256(where.read_bytes()).hexdigest(),
                            "tested_at": datetime.now(UTC).isoformat(timespec="seconds"),
                            "passed": len(results) - len(bad),
                            "failed": len(bad),
                            "failures": {r.case.name: list(r.problems) for r in bad},
                            "left_in_clear": left_in_clear(p),
                        },
                        sort_keys=True,
                    )
                )
                continue
            for r in results:
                if not r.passed:
                    click.echo(f"FAIL {p.id}: {r.case.name}")
                    for problem in r.problems:
                        click.echo(f"       {problem}")
                elif verbose:
                    click.echo(f"ok   {p.id}: {r.case.name}: {r.seen.ai.text or '(quarantined)'}")
            click.echo(
                f"policy {p.id}@{p.version} ({path}) against {where}: "
                f"{len(results) - len(bad)} passed, {len(bad)} failed"
            )
            clear = left_in_clear(p)
            for line in clear or ["nothing in clear (deny by default: every entity is protected)"]:
                click.echo(f"  leaves {'in clear: ' if clear else ''}{line}")
    if failed:
        raise click.ClickException(f"{failed} case(s) failed")


@policy.command(short_help="What changing policy OLD into NEW does to the seeded texts.")
@click.argument("old", type=FILE)
@click.argument("new", type=FILE)
@click.option("--cases", "cases_file", type=FILE, help="Seeded cases to use instead of OLD's <id>.cases.yaml.")
def diff(old: Path, new: Path, cases_file: Path | None) -> None:
    """Show what changing policy OLD into NEW does: the rules, then each seeded text that changes."""
    from pipeline.detect.engine import left_in_clear
    from pipeline.policytest import detector_for, diff_policies, rule_changes, throwaway_keys

    before, after = _load(old), _load(new)
    where, case_file = _cases_for(before, old, cases_file)
    click.echo(f"policy {before.id}@{before.version} -> {after.id}@{after.version}")
    rules = rule_changes(before, after)
    for line in rules or ["(no rule changes)"]:
        click.echo(f"  {line}")
    for when, p in (("before", before), ("after", after)):
        clear = left_in_clear(p)
        click.echo(f"  in clear {when}: {'; '.join(clear) if clear else 'nothing'}")
    with throwaway_keys() as keys:
        changes = diff_policies(before, after, case_file.cases, detector_for(before), detector_for(after), keys)
    click.echo(f"seeded texts ({where}): {len(changes)} of {len(case_file.cases)} change")
    for change in changes:
        click.echo(f"  {change.case.name}")
        for line in change.lines:
            click.echo(f"    {line}")
