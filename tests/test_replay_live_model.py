"""`replay --llm openai`: the same replay file with the live model, over a real socket to an
OpenAI-compatible streaming server. The script is ignored, only the expectations are checked,
and where the model's tool calls differ from the script that is a finding, not a failure."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

import pytest

from agent.commands import replay as replay_command
from tests.test_agent_openai import FakeOpenAI, fake_openai  # noqa: F401  (the fixture)

# What plain_booking.yaml expects that a model that never books breaks: the booking in turn 2,
# its sentence, and the appointment in the ledger and in the calendar.
FAILED_WITHOUT_BOOKING = {
    "calls book_appointment() -> booked",
    "says 'ist gebucht'",
    "says 'Herrenhaarschnitt'",
    "says '15 Uhr'",
    "1 confirmed",
    "has confirmed Herrenhaarschnitt bei Mehmet 2026-11-25 15:00",
    "has booking accepted Herrenhaarschnitt bei Mehmet 2026-11-25 15:00 Tobias Brandt "
    "tel +4915112345678",
}
PLAIN_BOOKING = Path(__file__).resolve().parent.parent / "replays" / "plain_booking.yaml"


def _last_tool_result(messages: list[dict[str, Any]]) -> dict[str, Any]:
    return json.loads(next(m for m in reversed(messages) if m["role"] == "tool")["content"])


def a_model_that_books_its_own_way() -> list:
    """Books what the plain-booking replay expects, with an ISO date where the script says
    "morgen" and an extra look-up the script does not have."""
    return [
        lambda m: {
            "tool": "check_availability",
            "arguments": {
                "service": "Herrenhaarschnitt",
                "stylist": "Mehmet",
                "date": "2026-11-25",
                "time": "15:00",
            },
        },
        lambda m: {"text": "Morgen um 15 Uhr bei Mehmet ist frei. Auf welchen Namen darf ich?"},
        lambda m: {
            "tool": "book_appointment",
            "arguments": {
                "slot_id": _last_tool_result(m)["slot_id"],
                "customer_name": "Tobias Brandt",
            },
        },
        lambda m: {"text": _last_tool_result(m)["say"]},
        lambda m: {"tool": "find_my_appointments", "arguments": {}},
        lambda m: {"text": "Bis morgen, Herr Brandt!"},
    ]


@pytest.fixture
def live_env(monkeypatch, tmp_path, fake_openai):  # noqa: F811
    fake, base_url = fake_openai
    monkeypatch.delenv("CALCOM_API_KEY", raising=False)
    monkeypatch.setenv("OPENAI_API_KEY", "sk-test")
    monkeypatch.setenv("OPENAI_BASE_URL", base_url)
    monkeypatch.chdir(tmp_path)  # no .env of the developer's
    return fake


def _args(*files: Path, llm: str = "openai") -> argparse.Namespace:
    return argparse.Namespace(files=[str(f) for f in files], llm=llm, verbose=False, json=True)


async def test_a_live_model_that_strays_from_the_script_passes_with_findings(live_env, capsys):
    live_env.replies = a_model_that_books_its_own_way()

    code = await replay_command.run(_args(PLAIN_BOOKING))

    out = capsys.readouterr()
    [report] = json.loads(out.out)["replays"]
    assert code == 0, out.err
    assert report["live_model"] and report["passed"]
    assert [c for c in report["checks"] if not c["passed"]] == []
    assert report["findings"] == [
        "turn 1: check_availability arguments differ (date: script 'morgen', model '2026-11-25')",
        "turn 3: script calls no tools, the model called ['find_my_appointments']",
    ]
    # the model was really asked, over the socket, with the booking tools offered
    assert len(live_env.requests) == 6
    offered = {t["function"]["name"] for t in live_env.requests[0]["tools"]}
    assert {"check_availability", "book_appointment"} <= offered
    said = [i["text"] for i in report["conversation"] if i["kind"] == "bot"]
    assert said[0] == "Morgen um 15 Uhr bei Mehmet ist frei. Auf welchen Namen darf ich?"
    assert "FINDING  turn 3: script calls no tools" in out.err  # the human-readable stream


async def test_a_live_model_that_breaks_an_expectation_fails_the_replay(live_env, capsys):
    replies = a_model_that_books_its_own_way()
    # Never books. (A model that books and then does not tell it no longer breaks the call:
    # code speaks the booking's sentence itself.)
    live_env.replies = [*replies[:2], lambda m: {"text": "Alles klar."}, replies[5]]

    code = await replay_command.run(_args(PLAIN_BOOKING))

    report = json.loads(capsys.readouterr().out)["replays"][0]
    assert code == 1 and not report["passed"]
    failed = {c["what"] for c in report["checks"] if not c["passed"]}
    assert failed == FAILED_WITHOUT_BOOKING


async def test_the_live_model_without_a_key_exits_2_and_says_so(monkeypatch, tmp_path, capsys):
    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    monkeypatch.chdir(tmp_path)

    code = await replay_command.run(_args(PLAIN_BOOKING))

    assert code == 2
    assert "--llm openai needs OPENAI_API_KEY" in capsys.readouterr().err
