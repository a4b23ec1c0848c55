"""Load a reviewed YAML file into a pydantic model with errors a reviewer can act on.

An error names the file, the line and the field, and says what would be
valid: `topologies/x.yaml:7: streams[0].format: got 'xml'; expected 'auto',
'json' or 'avro'`. The YAML is composed once into nodes (which carry their
line marks) and constructed from those nodes, so a pydantic error location
maps back to the line that holds the offending value.
"""

from __future__ import annotations

import reprlib
import typing
from pathlib import Path
from typing import Any, TypeVar

import yaml
from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

M = TypeVar("M", bound=BaseModel)

# Regex patterns of our models, said in words.
PATTERN_HINTS = {
    r"^[a-z][a-z0-9\-]{0,100}$": "lowercase letters, digits and '-', starting with a letter",
    r"^[a-z][a-z0-9_\-]{0,63}$": "lowercase letters, digits, '_' and '-', starting with a letter (at most 64)",
}

SHORT = reprlib.Repr()  # error messages show at most two levels of a value
SHORT.maxlevel = 2


class FileError(Exception):
    """A file that cannot be used; `problems` lists (line, field, message)."""

    def __init__(self, path: Path, problems: list[tuple[int | None, str, str]]):
        self.path = Path(path)
        self.problems = problems
        super().__init__("\n".join(self.lines()))

    def lines(self) -> list[str]:
        out = []
        for line, where, msg in self.problems:
            prefix = f"{self.path}:{line}" if line else f"{self.path}"
            out.append(f"{prefix}: {where}: {msg}" if where else f"{prefix}: {msg}")
        return out


def compose(path: Path, text: str | None = None) -> tuple[Any, yaml.Node | None]:
    """Parse a YAML file: its plain data and its node tree (for line numbers)."""
    path = Path(path)
    if text is None:
        try:
            text = path.read_text()
        except FileNotFoundError:
            raise FileError(path, [(None, "", "no such file")]) from None
        except (OSError, UnicodeDecodeError) as exc:
            raise FileError(path, [(None, "", f"cannot be read: {exc.__class__.__name__}")]) from None
    loader = None
    try:
        loader = yaml.SafeLoader(text)  # refuses control characters already
        node = loader.get_single_node()
        data = loader.construct_document(node) if node is not None else None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc)
        raise FileError(path, [(mark.line + 1 if mark else None, "", f"not valid YAML: {problem}")]) from None
    except RecursionError:
        raise FileError(path, [(None, "", "cannot be read: nested too deeply")]) from None
    except ValueError as exc:  # a scalar that cannot be built: a number past the digit limit, a bad date
        raise FileError(
            path, [(None, "", f"cannot be read: a value cannot be built ({exc.__class__.__name__})")]
        ) from None
    finally:
        if loader is not None:
            loader.dispose()
    return data, node


def node_at(node: yaml.Node | None, loc: tuple) -> tuple[yaml.Node | None, bool]:
    """The deepest node along a pydantic location; True when it is the exact one."""
    current = node
    for part in loc:
        child = None
        if isinstance(current, yaml.MappingNode):
            for key, value in current.value:
                if str(key.value) == str(part):
                    child = value
                    break
        elif isinstance(current, yaml.SequenceNode) and isinstance(part, int):
            if 0 <= part < len(current.value):
                child = current.value[part]
        if child is None:
            return current, False
        current = child
    return current, True


def field_path(loc: tuple) -> str:
    out = ""
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


def _model_at(model: type[BaseModel], loc: tuple) -> type[BaseModel] | None:
    """The pydantic model that owns the fields at `loc` (for 'expected one of')."""
    current: Any = model
    for part in loc:
        if not (isinstance(current, type) and issubclass(current, BaseModel)):
            return None
        if isinstance(part, int):
            continue
        field = current.model_fields.get(str(part))
        if field is None:
            return None
        current = _innermost_model(field.annotation)
    return current if isinstance(current, type) and issubclass(current, BaseModel) else None


def _innermost_model(annotation: Any) -> Any:
    # tuple[X, ...], X | None, dict[str, X] -> X
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in typing.get_args(annotation):
        found = _innermost_model(arg)
        if found is not None:
            return found
    return None


def _clean_loc(loc: tuple) -> tuple:
    # Pydantic adds "[key]" pseudo-parts for dict keys and function validators; drop them.
    return tuple(p for p in loc if not (isinstance(p, str) and (p.startswith("[") or p.startswith("function-"))))


def _message(model: type[BaseModel], err: ErrorDetails, loc: tuple) -> str:
    kind = err["type"]
    got = err.get("input")
    if kind == "extra_forbidden":
        owner = _model_at(model, loc[:-1])
        valid = ", ".join(sorted(owner.model_fields)) if owner else "see the documentation"
        return f"unknown field; valid fields here: {valid}"
    if kind == "missing":
        return "required field is missing"
    if kind == "too_short":
        return f"needs at least {(err.get('ctx') or {}).get('min_length', 1)} item(s)"
    if kind == "string_pattern_mismatch":
        pattern = (err.get("ctx") or {}).get("pattern", "")
        return f"got {got!r}; expected {PATTERN_HINTS.get(pattern, f'a string matching {pattern}')}"
    if kind == "string_type" and got is not None:
        shown = SHORT.repr(got)  # bounded: an aliased structure can be huge
        return (
            f"got {type(got).__name__} {shown}; expected a string (YAML reads it as a {type(got).__name__}: quote it)"
        )
    msg = err["msg"]
    if msg.startswith("Value error, "):
        msg = msg[len("Value error, ") :]
    if isinstance(got, (str, int, float, bool)) and kind not in ("value_error", "assertion_error"):
        return f"got {got!r}; {msg[0].lower()}{msg[1:]}"
    return msg


def validation_problems(
    model: type[BaseModel], exc: ValidationError, node: yaml.Node | None
) -> list[tuple[int | None, str, str]]:
    problems = []
    errors = exc.errors()
    locs = [_clean_loc(tuple(e["loc"])) for e in errors]
    for err, loc in zip(errors, locs, strict=True):
        # A list whose every item failed is also "too short": the item errors say why.
        if err["type"] == "too_short" and any(o[: len(loc)] == loc and len(o) > len(loc) for o in locs):
            continue
        target, exact = node_at(node, loc)
        # For a missing field, or an extra key, the mapping that holds it is the right line.
        if err["type"] == "extra_forbidden" and exact:
            target = _key_node(node, loc) or target
        line = target.start_mark.line + 1 if target is not None else None
        problems.append((line, field_path(loc) or "(top)", _message(model, err, loc)))
    return problems


def _key_node(node: yaml.Node | None, loc: tuple) -> yaml.Node | None:
    parent, ok = node_at(node, loc[:-1])
    if not ok or not isinstance(parent, yaml.MappingNode) or not loc:
        return None
    for key, _ in parent.value:
        if str(key.value) == str(loc[-1]):
            return key
    return None


def load_model(model: type[M], path: Path, *, what: str, text: str | None = None) -> M:
    """Parse and validate one file, or raise FileError naming every problem."""
    data, node = compose(path, text)
    if not isinstance(data, dict):
        required = [n for n, f in model.model_fields.items() if f.is_required()]
        raise FileError(path, [(1, "", f"a {what} is a mapping with at least: {', '.join(required)}")])
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        raise FileError(path, validation_problems(model, exc, node)) from None
