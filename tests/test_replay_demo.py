"""`demo` plays the incident offline and shows the appointment in the ledger next to the calendar;
`status` afterwards, in a new process-like run, finds the same appointment in the same calendar."""

from __future__ import annotations

import argparse
import re

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
