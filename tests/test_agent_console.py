"""`run_agent.py console`: a developer types as the caller and reads what the bot says; with no
keys at all it runs a scripted model against the embedded sandbox and says so."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import yaml

from calendar_adapter.salon import load_salon
from prompts.render import greeting

RUN_AGENT = Path(__file__).resolve().parents[1] / "run_agent.py"

SCRIPT = {
    "turns": [
        [
            {
                "tool_calls": [
                    {
                        "name": "check_availability",
                        "arguments": {"service": "Herrenhaarschnitt", "date": "morgen"},
                    }
                ]
            },
            {"say": "Morgen geht es. Auf welchen Namen?"},
        ],
        [{"say": "Ihr Termin ist gebucht."}],  # never booked: the guard must stop this
    ]
}


WEDNESDAY_MORNING = "2026-11-25T10:00"


def _console(tmp_path: Path, *args: str, stdin: str) -> subprocess.CompletedProcess:
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in {"OPENAI_API_KEY", "CALCOM_API_KEY", "DEEPGRAM_API_KEY"}
    }
    env["LEDGER_PATH"] = str(tmp_path / "ledger.sqlite3")
    # The bot's lines are the spec, not the filler a slow tool earns on a loaded machine
    # (tests/test_agent_filler.py): "Einen Moment bitte" would precede "Morgen geht es."
    env["FILLER_AFTER_SECONDS"] = "60"
    return subprocess.run(
        [sys.executable, str(RUN_AGENT), "console", *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=tmp_path,  # no .env of the developer's
        env=env,
        timeout=100,
    )


def test_a_typed_call_runs_offline_on_the_sandbox_through_the_guard(tmp_path: Path):
    script = tmp_path / "script.yaml"
    script.write_text(yaml.safe_dump(SCRIPT, allow_unicode=True), encoding="utf-8")
    done = _console(
        tmp_path,
        "--llm",
        "scripted",
        "--script",
        str(script),
        "--now",
        WEDNESDAY_MORNING,  # "morgen" is then a plain open day, whenever the test runs
        stdin="Einen Herrenschnitt morgen, bitte.\nMax Muster.\n/quit\n",
    )

    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "No CALCOM_API_KEY: bookings go to the embedded Cal.com sandbox" in out
    assert f"Bot:    {greeting(load_salon())}" in out
    assert "Bot:    Morgen geht es. Auf welchen Namen?" in out
    assert "Bot:    Gebucht ist noch nichts." in out  # the truth, instead of the claim
    [called] = [line for line in out.splitlines() if "· check_availability(" in line]
    assert "service='Herrenhaarschnitt'" in called and "date='morgen'" in called
    assert "· guard stopped: 'Ihr Termin ist gebucht.'" in out
    bot_lines = [line for line in out.splitlines() if line.startswith("Bot:")]
    assert all("ist gebucht" not in line for line in bot_lines)
    assert "ended (hangup)" in out


def test_without_an_openai_key_the_console_names_the_variable(tmp_path: Path):
    done = _console(tmp_path, stdin="")
    assert done.returncode == 2
    assert "OPENAI_API_KEY" in done.stderr
    assert "--llm scripted --script FILE" in done.stderr
