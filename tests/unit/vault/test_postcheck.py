"""Post-generation check on restore: foreign PII in an answer is flagged, or refused, never recorded as a value."""

from __future__ import annotations

import asyncio
import dataclasses
import json
import re

import aiohttp
import pytest
from aiohttp import ClientSession
from aiohttp.test_utils import TestServer

from pipeline.policy.model import Policy, PolicyError, load_policy
from pipeline.records import Detection, Finding
from pipeline.vault.http import restore_app
from pipeline.vault.postcheck import AnswerCheck, pieces
from pipeline.vault.restore import RestoreDenied
from tests.unit.vault.test_http import call
from tests.unit.vault.test_restore import POLICY, salted, world  # noqa: F401  (the fixture)

FOREIGN = ("Carol Diaz", "carol@example.net")  # another customer, as the model might echo her


class Scripted:
    """A detector that finds exactly the seeded values (and counts its calls)."""

    def __init__(self, values: dict[str, str]):
        self.values = values
        self.texts: list[str] = []

    def detect_batch(self, texts):
        self.texts += texts
        out = []
        for text in texts:
            found = [
                Finding(entity, m.start(), m.end(), 0.9, "scripted")
                for value, entity in self.values.items()
                for m in re.finditer(re.escape(value), text)
            ]
            out.append(Detection(tuple(sorted(found, key=lambda f: f.start))))
        return out


SCRIPT = {FOREIGN[0]: "PERSON", FOREIGN[1]: "EMAIL_ADDRESS", "PERSON_1": "PERSON"}  # the last: inside a token


def checked(world, mode: str, **extra):  # noqa: F811
    policy = Policy.model_validate({**POLICY.model_dump(), "restore": {"foreign_pii": mode}, **extra})
    world["restorer"].checks = {"acme": AnswerCheck(policy, Scripted(SCRIPT))}
    return world


def no_foreign_value(world, *more: str) -> None:  # noqa: F811
    blob = json.dumps([dataclasses.asdict(e) for e in world["audit"]]) + " ".join(more)
    for value in FOREIGN:
        assert value not in blob


def test_flag_restores_and_counts_per_entity_type(world):  # noqa: F811
    checked(world, "flag")
    p = world["write"]()
    answer = salted(f"Dear <PERSON_1>, {FOREIGN[0]} ({FOREIGN[1]}) and {FOREIGN[0]} wrote too.", p)
    orig = world["restorer"].originals(world["api"]["rest-acme"], "acme", "e-1", "support_case", answer=answer)
    assert orig.restore(answer)[0].startswith("Dear Alice Smith, Carol Diaz")
    (event,) = world["audit"]
    assert (event.outcome, event.reason_code) == ("allowed", "foreign_pii")
    assert event.entity_counts == {"PERSON": 2, "EMAIL_ADDRESS": 1}  # "PERSON_1" inside the token is masked
    assert event.token_count == 3 and event.policy_id == "t"
    no_foreign_value(world)


def test_refuse_denies_before_any_original(world):  # noqa: F811
    checked(world, "refuse")
    p = world["write"]()
    answer = salted(f"Dear <PERSON_1>, mail {FOREIGN[1]}.", p)
    with pytest.raises(RestoreDenied) as exc:
        world["restorer"].originals(world["api"]["rest-acme"], "acme", "e-1", "support_case", answer=answer)
    assert (exc.value.outcome, exc.value.reason_code, exc.value.status) == ("denied", "foreign_pii", 403)
    (event,) = world["audit"]
    assert (event.outcome, event.reason_code, event.entity_counts) == ("denied", "foreign_pii", {"EMAIL_ADDRESS": 1})
    assert event.token_count == 0
    no_foreign_value(world, str(exc.value))


def test_clean_answer_is_audited_as_before(world):  # noqa: F811
    checked(world, "refuse")
    p = world["write"]()
    answer = salted("Dear <PERSON_1>, we call <PHONE_NUMBER_1>.", p)
    world["restorer"].originals(world["api"]["rest-acme"], "acme", "e-1", "support_case", answer=answer)
    (event,) = world["audit"]
    assert (event.outcome, event.reason_code, event.entity_counts) == ("allowed", "", {})


def test_a_token_the_record_does_not_hold_is_foreign(world):  # noqa: F811
    checked(world, "flag")
    p = world["write"]()
    other = world["write"](event_id="e-2")  # another record: its tokens have another salt
    answer = salted("Dear <PERSON_1>, ", p) + salted("like <PERSON_1> and <EMAIL_ADDRESS_1>", other)
    world["restorer"].originals(world["api"]["rest-acme"], "acme", "e-1", "support_case", answer=answer)
    assert world["audit"][-1].entity_counts == {"PERSON": 1, "EMAIL_ADDRESS": 1}


def test_kept_entity_types_are_expected_in_answers(world):  # noqa: F811
    keep = {**POLICY.entities, "EMAIL_ADDRESS": {"ai": "keep", "store": "encrypt", "reason": "support address"}}
    checked(world, "refuse", entities=keep)
    p = world["write"]()
    world["restorer"].originals(
        world["api"]["rest-acme"], "acme", "e-1", "support_case", answer=salted(f"<PERSON_1>: {FOREIGN[1]}", p)
    )
    assert world["audit"][-1].reason_code == ""


def test_streamed_answer_is_checked_per_line_and_flagged_at_the_end(world):  # noqa: F811
    checked(world, "flag")
    p = world["write"]()
    answer = salted(f"Dear <PERSON_1>,\nsee {FOREIGN[0]}.\nBye <PERSON_1>", p)
    chunks = iter([answer[i : i + 4] for i in range(0, len(answer), 4)])  # an iterator: a stream
    out = "".join(world["restorer"].restore_text(world["api"]["rest-acme"], "acme", "e-1", "dispute", chunks))
    assert out == f"Dear Alice Smith,\nsee {FOREIGN[0]}.\nBye Alice Smith"
    assert world["restorer"].checks["acme"].detector.texts[:2] == [
        salted("Dear <PERSON_1>,\n", p),
        f"see {FOREIGN[0]}.\n",
    ]
    allowed, flagged = world["audit"]
    assert (allowed.outcome, allowed.reason_code) == ("allowed", "")
    assert (flagged.outcome, flagged.reason_code, flagged.entity_counts) == ("allowed", "foreign_pii", {"PERSON": 1})
    no_foreign_value(world)


def test_streamed_answer_under_refuse_stops_before_the_foreign_line(world):  # noqa: F811
    checked(world, "refuse")
    p = world["write"]()
    answer = salted(f"Dear <PERSON_1>,\nsee {FOREIGN[0]} <PERSON_1>.\nBye <PERSON_1>", p)
    got = []
    with pytest.raises(RestoreDenied) as exc:
        for out in world["restorer"].restore_text(
            world["api"]["rest-acme"], "acme", "e-1", "dispute", iter([answer[:30], answer[30:]])
        ):
            got.append(out)
    assert "".join(got) == "Dear Alice Smith,\n"  # the checked line; nothing of the foreign one
    assert exc.value.reason_code == "foreign_pii"
    assert world["audit"][-1].outcome == "denied" and world["audit"][-1].entity_counts == {"PERSON": 1}
    no_foreign_value(world, str(exc.value))


def test_http_refusal_carries_the_reason_code_only(world):  # noqa: F811
    checked(world, "refuse")
    p = world["write"]()
    body = {
        "tenant": "acme",
        "event_id": "e-1",
        "reason": "support_case",
        "text": salted(f"<PERSON_1> {FOREIGN[1]}", p),
    }
    headers = {"Authorization": f"Bearer {world['api']['rest-acme']}", "Content-Type": "application/json"}
    ((status, answer),) = call(world["restorer"], [(headers, json.dumps(body).encode())])
    assert (status, answer) == (403, {"error": "denied", "reason_code": "foreign_pii"})
    no_foreign_value(world, json.dumps(answer))


def test_policy_file_restore_setting_is_validated_with_its_line(tmp_path):
    path = tmp_path / "p.yaml"
    path.write_text("id: p\nrestore:\n  foreign_pii: ignore\n")
    with pytest.raises(PolicyError, match=r"p\.yaml:3: restore\.foreign_pii: .*'flag'.*'refuse'"):
        load_policy(path)
    path.write_text("id: p\nrestore:\n  foreign_pii: refuse\n")
    assert load_policy(path).restore.foreign_pii == "refuse"


def test_the_default_keeps_policy_versions():
    assert Policy(id="p").version == Policy(id="p", restore={"foreign_pii": "flag"}).version
    assert Policy(id="p").version != Policy(id="p", restore={"foreign_pii": "refuse"}).version


def test_http_stream_breaks_off_at_a_refused_line(world):  # noqa: F811
    checked(world, "refuse")
    p = world["write"]()
    answer = salted(f"Dear <PERSON_1>,\nsee {FOREIGN[1]} <PERSON_1>\nBye", p).encode()

    async def run():
        server = TestServer(restore_app(world["restorer"]))
        await server.start_server()
        got = b""
        try:
            async with ClientSession() as http:
                url = server.make_url("/restore/stream").with_query(tenant="acme", event_id="e-1", reason="dispute")
                headers = {"Authorization": f"Bearer {world['api']['rest-acme']}"}
                async with http.post(url, data=answer, headers=headers) as resp:
                    try:
                        async for chunk in resp.content.iter_any():
                            got += chunk
                    except aiohttp.ClientPayloadError:
                        return got, True  # the stream broke off: not a complete answer
                    return got, False
        finally:
            await server.close()

    got, broken = asyncio.run(run())
    assert broken and b"Alice" not in got.replace(b"Dear Alice Smith,\n", b"")
    assert FOREIGN[1].encode() not in got
    assert world["audit"][-1].reason_code == "foreign_pii" and world["audit"][-1].outcome == "denied"
    no_foreign_value(world)


def test_a_long_answer_is_scanned_in_pieces_cut_between_words():
    text = ("word <PERSON_1_abcde> " * 10_000) + FOREIGN[1]
    parts = pieces(text, size=1000)
    assert "".join(parts) == text and all(len(p) <= 1000 for p in parts)
    assert all(p.count("<") == p.count(">") for p in parts)  # no token cut
    check = AnswerCheck(Policy(id="p"), Scripted(SCRIPT))
    assert check.foreign(text, {"<PERSON_1_abcde>"}) == {"EMAIL_ADDRESS": 1}
