"""PolicyWatcher: a new policy on a real change, the error on a broken file, else None."""

import pytest

from pipeline.policy import PolicyError, load_policy
from pipeline.policy.watch import PolicyWatcher

GOOD = "id: p1\nentities:\n  PERSON: {threshold: 0.6, ai: tokenize, store: encrypt}\n"


@pytest.fixture
def path(tmp_path):
    p = tmp_path / "p1.yaml"
    p.write_text(GOOD)
    return p


def test_sequence_of_edits(path):
    watcher = PolicyWatcher(path, current=load_policy(path))
    assert watcher.poll() is None  # unchanged
    path.write_text(GOOD + "# only a comment\n")
    assert watcher.poll() is None  # same rules, same version: nothing to reload
    path.write_text(GOOD.replace("0.6", "0.7"))
    changed = watcher.poll()
    assert changed.rule("PERSON").threshold == 0.7
    assert watcher.poll() is None
    path.write_text(GOOD.replace("tokenize", "launder"))
    broken = watcher.poll()
    assert isinstance(broken, PolicyError) and ":3: entities.PERSON.ai: got 'launder'" in str(broken)
    assert watcher.poll() is None  # reported once
    path.write_text(GOOD.replace("0.6", "0.7"))
    assert watcher.poll() is None  # back to the last good version: nothing new
    path.write_text(GOOD)
    assert watcher.poll().rule("PERSON").threshold == 0.6


def test_without_a_current_policy_the_first_poll_loads_the_file(path):
    assert PolicyWatcher(path).poll().id == "p1"


def test_a_deleted_file_is_an_error_once(path):
    watcher = PolicyWatcher(path, current=load_policy(path))
    path.unlink()
    assert isinstance(watcher.poll(), PolicyError)
    assert watcher.poll() is None
