"""Every shipped replay, played through the call pipeline on the embedded sandbox, holds; a replay
with a wrong expectation fails and says what was expected and what happened."""

from __future__ import annotations

import io
import textwrap
from pathlib import Path

import pytest

from agent.call import booking_deps
from agent.config import Settings
from agent.replay.loader import load_replay
from agent.replay.report import ConversationPrinter, verdict_lines
from agent.replay.runner import (
    REPLAY_SETTLE_SECONDS,
    LiveModelUnavailableError,
    replay_settings,
    run_replay,
)

REPLAYS = Path(__file__).resolve().parent.parent / "replays"
SHIPPED = sorted(REPLAYS.glob("*.yaml"))


@pytest.mark.parametrize("path", SHIPPED, ids=[p.stem for p in SHIPPED])
async def test_shipped_replay_holds(path: Path):
    outcome = await run_replay(load_replay(path))

    report = "\n".join(verdict_lines(outcome))
    assert outcome.error is None, report
    assert outcome.failed == [], report
    assert outcome.checks, "a replay that checks nothing proves nothing"


async def test_a_lost_answer_replay_settles_briefly_through_configuration():
    """Replays shorten the pause after a lost booking answer through their settings (the
    sandbox commits at once or never), but keep the step: fence, settle, lookup."""
    replay = load_replay(REPLAYS / "lost_response_not_booked.yaml")
    settle: list[float] = []

    async def inspect(rt, record) -> None:
        settle.append(booking_deps(rt, replay_settings(replay)).lost_answer_settle_seconds)

    outcome = await run_replay(replay, inspect=inspect)

    assert outcome.passed, "\n".join(verdict_lines(outcome))
    assert settle == [REPLAY_SETTLE_SECONDS]
    assert 0 < REPLAY_SETTLE_SECONDS < Settings.model_fields["lost_answer_settle_seconds"].default


WRONG = """
name: wrong expectation
now: "2026-11-24 09:00"
caller: "+4915112345678"
turns:
  - user: "Einen Herrenhaarschnitt bei Mehmet morgen um drei, bitte."
    model:
      - tool_calls:
          - name: check_availability
            arguments: {service: Herrenhaarschnitt, stylist: Mehmet, date: morgen, time: "15:00"}
      - say: "Morgen um 15 Uhr bei Mehmet ist frei, ich halte ihn fest. Auf welchen Namen?"
    tools: [{name: check_availability, status: held}]
    says: ["ist gebucht"]                 # wrong: nothing is booked yet
  - events: [{hangup: true}]
expect:
  ended_by: hangup
  calendar:
    bookings:
      - {stylist: Mehmet, service: Herrenhaarschnitt, start: "2026-11-25 15:00"}   # wrong: never booked
    no_hold_left: true
"""


async def test_a_replay_with_a_wrong_expectation_fails_and_says_why(tmp_path):
    path = tmp_path / "wrong.yaml"
    path.write_text(textwrap.dedent(WRONG), encoding="utf-8")
    out = io.StringIO()

    outcome = await run_replay(load_replay(path), listener=ConversationPrinter(out))

    assert outcome.error is None
    assert not outcome.passed
    failed = {(c.where, c.what): c.detail for c in outcome.failed}
    assert set(failed) == {
        ("turn 1", "says 'ist gebucht'"),
        ("calendar", "has booking accepted Herrenhaarschnitt bei Mehmet 2026-11-25 15:00"),
    }
    assert (
        "bot said: 'Morgen um 15 Uhr bei Mehmet ist frei"
        in failed[("turn 1", "says 'ist gebucht'")]
    )
    assert (
        "got: no bookings"
        in failed[
            ("calendar", "has booking accepted Herrenhaarschnitt bei Mehmet 2026-11-25 15:00")
        ]
    )
    report = "\n".join(verdict_lines(outcome))
    assert "FAIL  [turn 1] says 'ist gebucht'" in report
    assert "PASS  [calendar] no hold left" in report  # the hang-up released the hold
    assert report.endswith("=> FAILED (2 of 10 checks failed)")  # 5 invariants too
    conversation = out.getvalue()
    assert "Anrufer: Einen Herrenhaarschnitt" in conversation
    assert "→ check_availability(" in conversation and "-> held" in conversation
    assert "Anrufer legt auf" in conversation


def test_the_live_model_without_a_key_is_refused_with_a_clear_message(monkeypatch):
    from agent.config import Settings

    monkeypatch.delenv("OPENAI_API_KEY", raising=False)
    replay = load_replay(SHIPPED[0])
    with pytest.raises(LiveModelUnavailableError, match="needs OPENAI_API_KEY"):
        replay_settings(replay, Settings(_env_file=None, openai_api_key=None), live=True)


async def test_the_example_in_the_format_documentation_runs_and_holds(tmp_path):
    import re

    readme = (REPLAYS / "README.md").read_text(encoding="utf-8")
    example = re.findall(r"```yaml\n(.*?)```", readme, re.S)[0]
    path = tmp_path / "example.yaml"
    path.write_text(example, encoding="utf-8")

    outcome = await run_replay(load_replay(path))

    assert outcome.passed, "\n".join(verdict_lines(outcome))


async def test_a_script_placeholder_without_a_value_fails_the_replay(tmp_path):
    path = tmp_path / "typo.yaml"
    path.write_text(
        textwrap.dedent(
            """
            now: "2026-11-24 09:00"
            turns:
              - user: "Herrenhaarschnitt bei Mehmet morgen um drei."
                model:
                  - tool_calls:
                      - {name: check_availability, arguments: {service: Herrenhaarschnitt, stylist: Mehmet, date: morgen, time: "15:00"}}
                  - say: "Frei: {check_availability.spoken_time}."
                tools: [{name: check_availability, status: held}]
            """
        ),
        encoding="utf-8",
    )

    outcome = await run_replay(load_replay(path))

    [problem] = outcome.failed
    assert problem.where == "script"
    assert problem.detail == (
        "turn 1, model[1]: placeholder {check_availability.spoken_time} had no value; "
        "the step was stopped (not said)"
    )
    [turn] = outcome.record.turns
    assert "{" not in turn.bot_text  # never spoken


async def test_the_replay_command_exits_non_zero_and_prints_the_failed_expectation(
    tmp_path, monkeypatch, capsys
):
    import argparse

    from agent.commands import replay as replay_command

    monkeypatch.delenv("CALCOM_API_KEY", raising=False)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "wrong.yaml").write_text(textwrap.dedent(WRONG), encoding="utf-8")
    (tmp_path / "broken.yaml").write_text("now: [", encoding="utf-8")
    args = argparse.Namespace(files=[], llm="scripted", verbose=False, json=False)

    args.files = [str(SHIPPED[0]), str(tmp_path / "wrong.yaml")]
    failing = await replay_command.run(args)
    failed_out = capsys.readouterr().out
    args.files = [str(tmp_path / "broken.yaml")]
    unreadable = await replay_command.run(args)
    unreadable_err = capsys.readouterr().err
    args.files = [str(SHIPPED[0])]
    passing = await replay_command.run(args)

    assert (failing, unreadable, passing) == (1, 2, 0)
    assert "FAIL  [turn 1] says 'ist gebucht'" in failed_out
    assert "bot said: 'Morgen um 15 Uhr bei Mehmet ist frei" in failed_out
    assert "1 of 2 replay(s) passed" in failed_out
    assert "broken.yaml: not valid YAML" in unreadable_err


async def test_the_replay_command_says_first_that_it_books_in_the_embedded_sandbox(
    monkeypatch, capsys
):
    """Even with a Cal.com key configured, a replay books in the sandbox, and says so before the
    first file; with --json the note goes to stderr and stdout is the JSON report alone."""
    import argparse
    import json

    from agent.commands import replay as replay_command

    monkeypatch.setenv("CALCOM_API_KEY", "cal_live_not_to_be_used")
    args = argparse.Namespace(files=[str(SHIPPED[0])], llm="scripted", verbose=False, json=False)

    assert await replay_command.run(args) == 0
    plain = capsys.readouterr().out.splitlines()
    args.json = True
    assert await replay_command.run(args) == 0
    as_json = capsys.readouterr()

    assert "embedded Cal.com sandbox" in plain[0]
    assert plain[1].startswith(f"━━ {SHIPPED[0]}")
    assert json.loads(as_json.out)["exit_code"] == 0
    err = as_json.err.splitlines()
    assert "embedded Cal.com sandbox" in err[0] and err[1].startswith("━━ ")
