"""Fuzzing the policy and topology loaders: any file text gives a Policy
(Topology) or a PolicyError (TopologyError) that names the file, never
another exception and never a hang. The worker relies on it: a broken
policy file on hot reload must be refused, not crash the worker.
"""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from pipeline.policy import Policy, PolicyError, load_policy
from pipeline.policy.watch import PolicyWatcher
from pipeline.settings import REPO_ROOT
from pipeline.topology import Topology, TopologyError, load_topology

FUZZ = settings(
    max_examples=100,
    deadline=timedelta(seconds=30),  # catches a runaway input; generous because CI machines are busy
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
POLICY = (REPO_ROOT / "topologies" / "policies" / "default.yaml").read_text()
TOPOLOGY = (REPO_ROOT / "topologies" / "support-tickets.yaml").read_text()
PATH = Path("fuzzed.yaml")
MAX_MESSAGE = 20_000  # an error is read by a person: it must stay readable whatever the input


def laughs(levels: int) -> str:
    """Billion laughs: each alias level multiplies the size of the value by 9."""
    lines = ["l0: &l0 [x, x, x, x, x, x, x, x, x]"]
    lines += [f"l{i}: &l{i} [{', '.join([f'*l{i - 1}'] * 9)}]" for i in range(1, levels)]
    return "\n".join(lines) + "\n"


ADVERSARIAL = [
    "[" * 5000,
    "{a: " * 5000,
    "".join("  " * i + "a:\n" for i in range(2000)),  # deep block mapping
    "id: x\nentities: {P: {threshold: 1" + "0" * 5000 + "}}\n",  # past Python's int-conversion limit
    "id: default\x00\nentities: {}\n",  # a character YAML refuses
    "!!python/object/apply:os.system ['true']\n",
    "&a [*a]\n",
    laughs(8) + "id: x\nentities: {PERSON: {context: *l7}}\n",
    laughs(8) + "name: x\npolicy: *l7\nstreams: []\n",
    laughs(8) + "id: x\nentities: {}\ndescription: *l7\n",
]


def check(loader, error_type, model, text: str) -> None:
    try:
        loaded = loader(PATH, text)
    except error_type as err:
        message = str(err)
        assert message.startswith(str(PATH)), message[:200]
        assert len(message) < MAX_MESSAGE, f"error message of {len(message)} characters"
        return
    assert isinstance(loaded, model)


def mutate(text: str, data) -> str:
    lines = text.splitlines()
    for _ in range(data.draw(st.integers(1, 4))):
        i = data.draw(st.integers(0, len(lines) - 1))
        op = data.draw(st.sampled_from(["drop", "dup", "indent", "garble", "value"]))
        if op == "drop":
            lines.pop(i)
        elif op == "dup":
            lines.insert(i, lines[i])
        elif op == "indent":
            lines[i] = " " * data.draw(st.integers(1, 5)) + lines[i]
        elif op == "garble":
            cut = data.draw(st.integers(0, len(lines[i])))
            lines[i] = lines[i][:cut] + data.draw(st.text(max_size=8)) + lines[i][cut:]
        else:
            key = lines[i].split(":")[0]
            lines[i] = (
                f"{key}: {data.draw(st.sampled_from(['-1', '2.5', 'null', '[]', '{}', 'yes', '~', '&a x', '*a']))}"
            )
        if not lines:
            break
    return "\n".join(lines)


yaml_docs = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=5),
    max_leaves=25,
)


@pytest.mark.parametrize("text", ADVERSARIAL, ids=range(len(ADVERSARIAL)))
@pytest.mark.timeout(60)
def test_adversarial_files(text):
    check(load_policy, PolicyError, Policy, text)
    check(load_topology, TopologyError, Topology, text)


@FUZZ
@given(st.text(max_size=400))
@example("")
@example("id: 7\nentities: []")
def test_any_text(text):
    check(load_policy, PolicyError, Policy, text)
    check(load_topology, TopologyError, Topology, text)


@FUZZ
@given(yaml_docs)
def test_any_yaml_document(doc):
    text = yaml.safe_dump(doc)
    check(load_policy, PolicyError, Policy, text)
    check(load_topology, TopologyError, Topology, text)


@FUZZ
@given(st.data())
def test_mutated_policy(data):
    check(load_policy, PolicyError, Policy, mutate(POLICY, data))


@FUZZ
@given(st.data())
def test_mutated_topology(data):
    check(load_topology, TopologyError, Topology, mutate(TOPOLOGY, data))


@FUZZ
@given(st.data())
def test_watcher_reports_and_never_raises(tmp_path, data):
    """Hot reload: whatever the file becomes, poll() answers Policy, PolicyError or None."""
    path = tmp_path / "live.yaml"
    path.write_text(POLICY)
    watcher = PolicyWatcher(path, current=load_policy(path))
    for _ in range(3):
        text = data.draw(
            st.one_of(st.just(POLICY), st.sampled_from(ADVERSARIAL[:5]), st.builds(mutate, st.just(POLICY), st.data()))
        )
        path.write_text(text)
        assert isinstance(watcher.poll(), (Policy, PolicyError, type(None)))
