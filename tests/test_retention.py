"""Personal data is kept only as long as it is needed (GDPR Art. 5(1)(e)).

A call's transcript, caller number and recording go RETENTION_DAYS after the call; an
appointment's caller number and names go RETENTION_DAYS after the appointment is over; what was
held and booked stays for the salon's records, without the person. `purge` does it (with a dry
run), `serve` once a day, and `status` of a purged call says it was purged and when."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import aiosqlite

from agent.commands.status import status_report
from calendar_adapter.clock import FixedClock
from calendar_adapter.ledger import AppointmentState, Ledger
from calendar_adapter.ledger.schema import migrate
from calendar_adapter.retention import PurgeSchedule, purge
from tests.conftest import PINNED_NOW, record_hold
from tests.waiting import eventually

CALLER = "+4915112345678"
RUN_AGENT = Path(__file__).resolve().parents[1] / "run_agent.py"


async def a_booked_call(ledger: Ledger, call_id: str = "call-1") -> int:
    """A call that booked Friday's perm for Anna Berg, with its conversation, then hung up."""
    await ledger.start_call(call_id, caller_phone=CALLER, mode="twilio")
    await ledger.log(call_id, "call_started", mode="twilio")
    await ledger.log(call_id, "user_said", text="Dauerwelle bei Fabian, auf Anna Berg.")
    await ledger.log(
        call_id, "tool_called", tool="book_appointment", arguments={"customer_name": "Anna Berg"}
    )
    held = await record_hold(ledger, call_id=call_id, caller_phone=CALLER)
    await ledger.log(call_id, "hold_placed", appointment_id=held.id, for_person="Sohn Max")
    await ledger.transition(held.id, AppointmentState.BOOKING, customer_name="Anna Berg")
    await ledger.transition(held.id, AppointmentState.CONFIRMED, booking_uid=f"bk-{call_id}")
    await ledger.log(call_id, "booking_confirmed", appointment_id=held.id)
    await ledger.log(call_id, "tool_result", tool="book_appointment", result={"say": "Anna Berg"})
    await ledger.log(call_id, "bot_said", text="Ihr Termin ist gebucht, Frau Berg.")
    await ledger.end_call(call_id, reason="hangup")
    await ledger.log(call_id, "call_ended", reason="hangup")
    return held.id


async def kinds(ledger: Ledger, call_id: str) -> list[str]:
    return [e.kind for e in await ledger.timeline(call_id)]


async def test_nothing_is_removed_before_its_time(ledger, clock):
    appointment_id = await a_booked_call(ledger)
    clock.advance(timedelta(days=89))
    report = await purge(ledger, now=clock.now(), days=90)
    assert (report.calls, report.appointments, report.transcript_entries) == (0, 0, 0)
    assert "user_said" in await kinds(ledger, "call-1")
    assert (await ledger.get_call("call-1")).caller_phone == CALLER
    assert (await ledger.get(appointment_id)).customer_name == "Anna Berg"


async def test_after_the_period_the_transcript_and_number_go_and_the_booking_trail_stays(
    ledger, clock
):
    appointment_id = await a_booked_call(ledger)
    clock.advance(timedelta(days=91))
    report = await purge(ledger, now=clock.now(), days=90)

    assert report.calls == 1 and report.transcript_entries == 4
    events = await ledger.timeline("call-1")
    assert [e.kind for e in events] == [
        "call_started",
        "hold_placed",
        "booking_confirmed",
        "call_ended",
        "personal_data_removed",
    ]
    assert "Anna" not in json.dumps([e.data for e in events], ensure_ascii=False)
    assert "Max" not in json.dumps([e.data for e in events], ensure_ascii=False)
    call = await ledger.get_call("call-1")
    assert call.caller_phone is None
    privacy = await ledger.call_privacy("call-1")
    assert privacy.purged_at == clock.now()
    # The appointment (Friday, four days after the call) is over for only 87 days: its caller
    # may still be asked about; it keeps number and name a little longer.
    appointment = await ledger.get(appointment_id)
    assert appointment.customer_name == "Anna Berg" and appointment.caller_phone == CALLER


async def test_an_appointment_loses_its_caller_data_its_period_after_it_was_over(ledger, clock):
    appointment_id = await a_booked_call(ledger)
    before = await ledger.get(appointment_id)
    clock.set(before.end + timedelta(days=90, minutes=1))
    report = await purge(ledger, now=clock.now(), days=90)

    assert report.appointments == 1
    after = await ledger.get(appointment_id)
    assert (after.caller_phone, after.customer_name, after.for_person) == (None, None, None)
    # What, when, whom, the state and the Cal.com uid stay: the salon's record.
    assert (after.state, after.booking_uid, after.start, after.service_slug) == (
        AppointmentState.CONFIRMED,
        before.booking_uid,
        before.start,
        before.service_slug,
    )
    assert await ledger.purged_appointments([appointment_id]) == {appointment_id: clock.now()}
    again = await purge(ledger, now=clock.now(), days=90)
    assert (again.calls, again.appointments) == (0, 0)  # once is enough


async def test_a_dry_run_counts_and_changes_nothing(ledger, clock):
    await a_booked_call(ledger)
    clock.advance(timedelta(days=200))
    dry = await purge(ledger, now=clock.now(), days=90, dry_run=True)
    assert (dry.calls, dry.transcript_entries, dry.appointments) == (1, 4, 1)
    assert "user_said" in await kinds(ledger, "call-1")
    assert (await ledger.call_privacy("call-1")).purged_at is None
    real = await purge(ledger, now=clock.now(), days=90)
    assert (real.calls, real.transcript_entries, real.appointments) == (1, 4, 1)


async def test_a_call_still_running_is_never_purged(ledger, clock):
    await ledger.start_call("live", caller_phone=CALLER, mode="twilio")
    await ledger.log("live", "user_said", text="Hallo?")
    clock.advance(timedelta(days=365))
    report = await purge(ledger, now=clock.now(), days=90)
    assert report.calls == 0
    assert "user_said" in await kinds(ledger, "live")


async def test_the_recording_goes_with_the_transcript(ledger, clock, tmp_path):
    await a_booked_call(ledger)
    recording = tmp_path / "call-1.wav"
    recording.write_bytes(b"RIFF")
    await ledger.set_recording("call-1", consent="given", path=str(recording))
    clock.advance(timedelta(days=91))
    report = await purge(ledger, now=clock.now(), days=90)
    assert report.recordings == [str(recording)]
    assert not recording.exists()
    privacy = await ledger.call_privacy("call-1")
    assert privacy.recording_path is None and privacy.recording_consent == "given"


async def test_personal_fields_of_webhook_entries_go_too(ledger, clock):
    await ledger.log("webhook", "webhook_received", uid="bk-9", reason="Bin krank, Anna")
    clock.advance(timedelta(days=91))
    report = await purge(ledger, now=clock.now(), days=90)
    assert report.other_entries == 1
    [entry] = await ledger.timeline("webhook")
    assert entry.data == {"uid": "bk-9"}


async def test_the_status_of_a_purged_call_says_it_was_purged_and_when(
    ledger, clock, calendar, salon
):
    await a_booked_call(ledger)
    clock.advance(timedelta(days=91))
    await purge(ledger, now=clock.now(), days=90)
    report = await status_report(ledger, calendar, salon, "call-1")
    text = "\n".join(report.lines)
    assert "gelöscht am" in text and "purged" in text
    assert report.as_json()["purged"] == {"call-1": clock.now().isoformat()}


async def test_serve_purges_at_start_and_once_a_day(ledger, clock):
    await a_booked_call(ledger, "call-1")
    clock.advance(timedelta(days=91))
    async with PurgeSchedule(ledger, clock, days=90, every_hours=24) as schedule:
        # the first run starts with the server
        await eventually(lambda: schedule.runs > 0, "the purge's first run")
        assert schedule.runs == 1
        assert (await ledger.call_privacy("call-1")).purged_at is not None
        await a_booked_call(ledger, "call-2")  # ended now: due in 90 days
        await clock.elapse(timedelta(days=91))
        assert schedule.runs >= 2
        assert (await ledger.call_privacy("call-2")).purged_at is not None


async def test_a_ledger_from_before_is_migrated_and_purged(tmp_path):
    path = tmp_path / "old.db"
    async with aiosqlite.connect(path, isolation_level=None) as conn:
        assert await migrate(conn, target=5) == 5
        await conn.execute(
            "INSERT INTO calls (call_id, caller_phone, mode, started_at, ended_at, end_reason) "
            "VALUES ('old', ?, 'twilio', '2026-01-01T10:00:00.000000+00:00', "
            "'2026-01-01T10:05:00.000000+00:00', 'hangup')",
            (CALLER,),
        )
    clock = FixedClock(PINNED_NOW)
    ledger = await Ledger.open(path, clock=clock)
    try:
        assert (await ledger.call_privacy("old")).purged_at is None
        assert (await purge(ledger, now=clock.now(), days=90)).calls == 1
    finally:
        await ledger.close()


def test_the_purge_command_prints_progress_and_a_summary(tmp_path):
    ledger_path = tmp_path / "ledger.sqlite3"
    env = {**os.environ, "LEDGER_PATH": str(ledger_path)}
    dry = subprocess.run(
        [sys.executable, str(RUN_AGENT), "purge", "--dry-run", "--days", "30"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=60,
    )
    assert dry.returncode == 0, dry.stderr
    assert "purge would remove: 0 call(s)" in dry.stdout
    done = subprocess.run(
        [sys.executable, str(RUN_AGENT), "purge", "--json"],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    body = json.loads(done.stdout)
    assert body["retention_days"] == 90 and body["dry_run"] is False and body["calls"] == 0


async def test_serve_purges_what_is_past_its_time_when_it_starts(calendar, ledger, clock, salon):
    from agent.config import Settings
    from agent.server import create_app
    from calendar_adapter.runtime import CalendarRuntime

    await a_booked_call(ledger)
    clock.advance(timedelta(days=91))
    runtime = CalendarRuntime(
        backend=calendar, ledger=ledger, clock=clock, salon=salon, sandbox=None, hold_minutes=10
    )
    app = create_app(Settings(_env_file=None, retention_days=90), runtime)
    async with app.router.lifespan_context(app):

        async def purged() -> bool:
            return (await ledger.call_privacy("call-1")).purged_at is not None

        await eventually(purged, "call-1 purged when the server started")
    assert (await ledger.call_privacy("call-1")).purged_at is not None
    assert "user_said" not in await kinds(ledger, "call-1")
