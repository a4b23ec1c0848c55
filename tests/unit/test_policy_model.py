"""Policy files fail closed with a message that names the file and the field."""

import pytest

from pipeline.policy import PolicyError, load_policy

GOOD = "id: p1\nentities:\n  PERSON: {threshold: 0.6, ai: tokenize, store: encrypt}\n"


def write(tmp_path, text):
    p = tmp_path / "p.yaml"
    p.write_text(text)
    return p


def test_version_is_stable_and_changes_with_content(tmp_path):
    a = load_policy(write(tmp_path, GOOD))
    b = load_policy(write(tmp_path, GOOD + "# a comment only\n"))
    c = load_policy(write(tmp_path, GOOD.replace("0.6", "0.7")))
    assert a.version == b.version != c.version


@pytest.mark.parametrize(
    "text, needle",
    [
        ("id: p1\nentities: [\n", "not valid YAML"),
        ("- a list\n", "mapping"),
        ("id: p1\nner: {enabled: false}\n", "ner"),  # NER off leaves names in clear: it needs a reason
        ("id: p1\nentities:\n  PERSON: {ai: keep}\n", "entities.PERSON"),  # so does keep
        ("id: p1\nentities:\n  PERSON: {ai: launder}\n", "entities.PERSON.ai"),
        ("id: p1\nentities:\n  PERSON: {threshold: 2}\n", "entities.PERSON.threshold"),
        ("id: p1\nentities: {}\nsurprise: 1\n", "surprise"),
        (GOOD + "deny_list: {email: [x]}\n", "deny_list"),
        (GOOD + "injection: {flag_at: 0.9, block_at: 0.5}\n", "block_at"),
    ],
)
def test_broken_policy_is_refused_precisely(tmp_path, text, needle):
    path = write(tmp_path, text)
    with pytest.raises(PolicyError) as err:
        load_policy(path)
    assert str(path) in str(err.value) and needle in str(err.value)


def test_missing_file(tmp_path):
    with pytest.raises(PolicyError, match="no such policy file"):
        load_policy(tmp_path / "nope.yaml")
