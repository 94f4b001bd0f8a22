"""`demo` plays the incident offline and shows the appointment in the ledger next to the calendar;
`status` afterwards, in a new process-like run, finds the same appointment in the same calendar."""

from __future__ import annotations

import argparse
import io
import json
import re
import sqlite3
import sys

import pytest

from agent.commands import demo, status


@pytest.fixture
def no_calcom_key(monkeypatch, tmp_path):
    monkeypatch.delenv("CALCOM_API_KEY", raising=False)
    monkeypatch.chdir(tmp_path)  # no .env, no data/ of the developer's


async def test_demo_then_status_tell_the_same_story(no_calcom_key, tmp_path, capsys):
    demo_dir = tmp_path / "demo"
    args = argparse.Namespace(replay=str(demo.DEMO_REPLAY), dir=str(demo_dir), verbose=False)

    assert await demo.run(args) == 0
    shown = capsys.readouterr().out

    # the conversation, in order, with the refused web booking between availability and "Ja"
    caller = shown.index("Anrufer: Guten Tag")
    refused = shown.index("Web-Buchung Dauerwelle bei Fabian Spitzer Fr 27.11. 10:00: abgelehnt")
    booked = shown.index("Ihr Termin ist gebucht")
    assert caller < refused < booked
    # the timeline and the verdict
    assert "Ablauf des Anrufs" in shown and "gehalten" in shown
    # the offer is stamped when it was said, before the caller's 20 s pause
    assert "09:00:00  Agent: 'Freitag, der 27. November um 10 Uhr bei Fabian ist frei" in shown
    assert "Ledger:   confirmed" in shown
    assert "Urteil:   im Kalender / in the calendar  ✓" in shown
    assert "=> PASSED" in shown
    call_id = re.search(r"status (\S+) --ledger", shown).group(1)

    code = await status.run(
        argparse.Namespace(ref=call_id, ledger=str(demo_dir / "ledger.sqlite3"), json=False)
    )
    later = capsys.readouterr().out

    assert code == 0
    assert f"Anruf {call_id}" in later
    assert "Dauerwelle bei Fabian Spitzer, Fr 27.11. 10:00, Sabine Keller" in later
    assert "im Kalender / in the calendar" in later

    code = await status.run(
        argparse.Namespace(ref=call_id, ledger=str(demo_dir / "ledger.sqlite3"), json=True)
    )
    as_json = json.loads(capsys.readouterr().out)

    assert code == 0 and as_json["exit_code"] == 0
    [appointment] = as_json["appointments"]
    assert (appointment["ledger_state"], appointment["verdict"]) == ("confirmed", "in the calendar")
    assert appointment["calendar"]["uid"] == appointment["booking_uid"]
    kinds = [e["kind"] for e in as_json["timelines"][call_id]]
    assert kinds.index("hold_placed") < kinds.index("booking_confirmed")


class LedgerPeekingOut(io.StringIO):
    """stdout that, when the agent's offer is printed, looks at the demo's ledger on disk."""

    def __init__(self, ledger_file):
        super().__init__()
        self.ledger_file = ledger_file
        self.seen_during_call: tuple | None = None

    def write(self, text: str) -> int:
        if "Agent:   Freitag, der 27. November" in text and self.seen_during_call is None:
            with sqlite3.connect(self.ledger_file) as db:
                ended = db.execute("select ended_at from calls").fetchone()[0]
                states = [r[0] for r in db.execute("select state from appointments")]
            self.seen_during_call = (ended, states)
        return super().write(text)


async def test_demo_prints_each_line_while_the_call_is_still_running(
    no_calcom_key, tmp_path, monkeypatch
):
    demo_dir = tmp_path / "demo"
    out = LedgerPeekingOut(demo_dir / "ledger.sqlite3")
    monkeypatch.setattr(sys, "stdout", out)

    code = await demo.run(
        argparse.Namespace(replay=str(demo.DEMO_REPLAY), dir=str(demo_dir), verbose=False)
    )

    assert code == 0
    # the offer was on screen while the call was open and the slot only held, not yet booked
    assert out.seen_during_call == (None, ["held"])
    shown = out.getvalue()
    # a reader new to the project is told what they are looking at, in English too
    for heading in (
        "Conversation",
        "call timeline",
        "what the agent recorded vs. what Cal.com has",
        "Expectations",
    ):
        assert heading.casefold() in shown.casefold()
    assert "No keys, no network" in shown
    assert list((tmp_path).iterdir()) == [demo_dir]  # nothing written beside the demo's files
