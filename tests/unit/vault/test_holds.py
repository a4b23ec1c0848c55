"""Legal holds: placing, releasing, refusing bad input; audit events carry no subject id."""

from __future__ import annotations

import json
import os
import stat

import pytest

from pipeline.codecs import audit_to_dict
from pipeline.vault.holds import HoldError, HoldStore, hold_event


def test_place_release_and_active(tmp_path):
    store = HoldStore(tmp_path / "holds.json")
    a = store.place("acme", "ref-a", "litigation", "M-1", "cli:legal", 1)
    store.place("globex", "ref-a", "regulatory_inquiry", "R-7", "cli:legal", 2)
    assert [h.hold_id for h in store.active("acme", "ref-a")] == [a.hold_id]
    assert store.active("acme", "ref-b") == []
    assert stat.S_IMODE(os.stat(tmp_path / "holds.json").st_mode) == 0o600
    released = store.release(a.hold_id, "cli:legal", 3)
    assert released.released_at == 3 and store.active("acme", "ref-a") == []
    with pytest.raises(HoldError, match="already released"):
        store.release(a.hold_id, "cli:legal", 4)
    with pytest.raises(HoldError, match="no legal hold"):
        store.release("nope", "cli:legal", 4)


@pytest.mark.parametrize(
    "reason, case_ref, problem",
    [("because", "M-1", "reason must be one of"), ("litigation", "John Smith v. Acme", "case reference")],
)
def test_free_text_is_refused(tmp_path, reason, case_ref, problem):
    with pytest.raises(HoldError, match=problem):
        HoldStore(tmp_path / "h.json").place("acme", "ref", reason, case_ref, "cli:legal", 1)


def test_hold_events_name_the_subject_only_by_reference(tmp_path):
    h = HoldStore(tmp_path / "h.json").place("acme", "5f" * 16, "litigation", "M-1", "cli:legal", 1)
    e = audit_to_dict(hold_event(h, "placed", "cli:legal", 5, objects=3))
    assert e["kind"] == "hold" and e["reason_code"] == "litigation" and e["input_digest"] == "5f" * 16
    assert e["token_count"] == 3 and "alice" not in json.dumps(e)
