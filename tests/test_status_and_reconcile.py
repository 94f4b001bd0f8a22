"""`status` and `reconcile`: the ledger's belief next to Cal.com's truth, for every kind of
disagreement. Appointments are prepared the way the booking tools leave them; the calendar is the
embedded sandbox over HTTP."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from agent.calendar_check import Verdict, compare
from agent.commands.reconcile import reconcile_and_describe
from agent.commands.status import status_report
from agent.reconcile import reconcile
from agent.replay.names import CalendarNames
from calendar_adapter.backend import Attendee, BookingRequest, Reservation
from calendar_adapter.calcom import CalComClient
from calendar_adapter.ledger import AppointmentState as S
from tests.conftest import berlin

CALLER = "+4915112345678"
UNKNOWN_REPLAY = Path(__file__).resolve().parent.parent / "replays" / "lost_response_unknown.yaml"


class Salon:
    """A ledger and a calendar, and ways to make them agree or not."""

    def __init__(self, sandbox, calendar, ledger, salon):
        self.sb, self.calendar, self.ledger, self.salon = sandbox, calendar, ledger, salon

    async def start(self) -> None:
        await self.ledger.sync_catalog(await self.calendar.get_catalog())
        self.names = CalendarNames(await self.calendar.get_catalog(), self.salon.tz)

    def event_type(self, username="fabian-spitzer", service="herrenhaarschnitt") -> int:
        return self.sb.event_type_id(username, service)

    async def held(
        self,
        start: datetime,
        *,
        call_id: str | None = None,
        until: datetime | None = None,
        event_type_id: int | None = None,
    ):
        call_id = call_id or f"call-{uuid.uuid4().hex[:8]}"
        if await self.ledger.get_call(call_id) is None:
            await self.ledger.start_call(call_id, caller_phone=CALLER, mode="test")
        et = event_type_id or self.event_type()
        offering = (await self.calendar.get_catalog()).offering_by_event_type(et)
        reservation = Reservation(
            uid=f"res-{uuid.uuid4().hex[:8]}",
            event_type_id=et,
            slot_start=start,
            slot_end=start + timedelta(minutes=offering.minutes),
            slot_minutes=offering.minutes,
            reservation_minutes=10,
            until=until or self.sb.clock.now() + timedelta(minutes=10),
        )
        return await self.ledger.add_held(
            call_id=call_id,
            reservation=reservation,
            stylist_user_id=offering.stylist_user_id,
            service_slug=offering.service_slug,
            caller_phone=CALLER,
        )

    async def book_in_calendar(
        self, start: datetime, request_id: str, event_type_id: int | None = None
    ):
        return await self.calendar.create_booking(
            BookingRequest(
                event_type_id=event_type_id or self.event_type(),
                start=start,
                attendee=Attendee(
                    name="Tom Berger", time_zone="Europe/Berlin", phone_number=CALLER
                ),
                request_id=request_id,
            )
        )

    async def confirmed(
        self, start: datetime, *, booked_at: datetime | None = None, call_id: str | None = None
    ):
        """Ledger: confirmed at `start`; calendar: booked at `booked_at` (default the same)."""
        appt = await self.held(start, call_id=call_id)
        request_id = f"req-{uuid.uuid4().hex[:8]}"
        booking = await self.book_in_calendar(booked_at or start, request_id)
        await self.ledger.transition(appt.id, S.BOOKING, request_id=request_id)
        return await self.ledger.transition(
            appt.id, S.CONFIRMED, booking_uid=booking.uid, booking_status="accepted"
        ), booking

    async def unknown(self, start: datetime, *, really_booked: bool):
        appt = await self.held(start)
        request_id = f"req-{uuid.uuid4().hex[:8]}"
        if really_booked:
            await self.book_in_calendar(start, request_id)
        await self.ledger.transition(appt.id, S.BOOKING, request_id=request_id)
        return await self.ledger.transition(appt.id, S.UNKNOWN, error="timeout")


@pytest.fixture
async def shop(sandbox, calendar, ledger, salon) -> Salon:
    s = Salon(sandbox, calendar, ledger, salon)
    await s.start()
    return s


FRIDAY_10 = berlin(2026, 11, 27, 10)
FRIDAY_11 = berlin(2026, 11, 27, 11)


# ---------------------------------------------------------------------------------------------
# The verdict, kind by kind
# ---------------------------------------------------------------------------------------------


async def test_a_confirmed_booking_that_cal_com_has_is_in_the_calendar(shop):
    appt, booking = await shop.confirmed(FRIDAY_10)

    cmp = await compare(shop.calendar, appt, shop.names)

    assert cmp.verdict is Verdict.IN_CALENDAR
    assert cmp.agrees and cmp.differences == []
    assert cmp.booking.uid == booking.uid


async def test_a_confirmed_booking_cal_com_never_heard_of_is_not_in_the_calendar(shop):
    appt = await shop.held(FRIDAY_10)
    await shop.ledger.transition(appt.id, S.BOOKING, request_id="req-ghost")
    appt = await shop.ledger.transition(
        appt.id, S.CONFIRMED, booking_uid="uid-ghost", booking_status="accepted"
    )

    cmp = await compare(shop.calendar, appt, shop.names)

    assert cmp.verdict is Verdict.NOT_IN_CALENDAR
    assert not cmp.agrees


async def test_a_booking_at_another_time_is_different_and_says_how(shop):
    appt, _ = await shop.confirmed(FRIDAY_10, booked_at=FRIDAY_11)

    cmp = await compare(shop.calendar, appt, shop.names)

    assert cmp.verdict is Verdict.DIFFERENT
    assert not cmp.agrees
    assert cmp.differences == ["Zeit: Ledger Fr 27.11. 10:00, Kalender Fr 27.11. 11:00"]


async def test_a_booking_cancelled_elsewhere_is_different_by_status(shop):
    appt, booking = await shop.confirmed(FRIDAY_10)
    await shop.calendar.cancel_booking(booking.uid, reason="Kundin hat online storniert")

    cmp = await compare(shop.calendar, appt, shop.names)

    assert cmp.verdict is Verdict.DIFFERENT
    assert cmp.differences == ["Status: Ledger confirmed, Kalender cancelled"]


async def test_a_released_hold_with_nothing_in_the_calendar_agrees(shop):
    appt = await shop.held(FRIDAY_10)
    appt = await shop.ledger.transition(appt.id, S.RELEASED)

    cmp = await compare(shop.calendar, appt, shop.names)

    assert cmp.verdict is Verdict.NOT_IN_CALENDAR
    assert cmp.agrees


async def test_an_unknown_outcome_is_looked_up_by_request_id(shop):
    booked = await shop.unknown(FRIDAY_10, really_booked=True)
    not_booked = await shop.unknown(FRIDAY_11, really_booked=False)

    found = await compare(shop.calendar, booked, shop.names)
    missing = await compare(shop.calendar, not_booked, shop.names)

    assert found.verdict is Verdict.IN_CALENDAR and found.found_by == "request_id"
    assert not found.agrees  # the ledger still says unknown
    assert missing.verdict is Verdict.NOT_IN_CALENDAR and not missing.agrees


async def test_unreachable_cal_com_is_said_so_not_guessed(shop, salon):
    appt, _ = await shop.confirmed(FRIDAY_10)
    dead = CalComClient(
        "http://127.0.0.1:9", "cal_test", salon=salon, timeout=1.0, max_retries=0, backoff_base=0.0
    )
    try:
        cmp = await compare(dead, appt, shop.names)
    finally:
        await dead.aclose()

    assert cmp.verdict is Verdict.UNREACHABLE
    assert cmp.error


# ---------------------------------------------------------------------------------------------
# status REF
# ---------------------------------------------------------------------------------------------


async def test_status_by_call_id_shows_the_timeline_and_the_verdict(shop):
    appt, booking = await shop.confirmed(FRIDAY_10, call_id="call-status")
    await shop.ledger.log(
        "call-status", "booking_confirmed", appointment_id=appt.id, booking_uid=booking.uid
    )

    report = await status_report(shop.ledger, shop.calendar, shop.salon, "call-status")
    text = "\n".join(report.lines)

    assert report.exit_code == 0
    assert "Anruf call-status" in text
    assert "gebucht: appointment_id=" in text
    assert "Herrenhaarschnitt bei Fabian Spitzer, Fr 27.11. 10:00" in text
    assert "im Kalender / in the calendar" in text and "stimmen überein" in text


async def test_status_by_booking_uid_appointment_number_and_request_id(shop):
    appt, booking = await shop.confirmed(FRIDAY_10)

    by_uid = await status_report(shop.ledger, shop.calendar, shop.salon, booking.uid)
    by_id = await status_report(shop.ledger, shop.calendar, shop.salon, f"#{appt.id}")
    by_request = await status_report(shop.ledger, shop.calendar, shop.salon, appt.request_id)

    assert [c.appointment.id for c in by_uid.comparisons] == [appt.id]
    assert [c.appointment.id for c in by_id.comparisons] == [appt.id]
    assert [c.appointment.id for c in by_request.comparisons] == [appt.id]
    assert by_uid.exit_code == by_id.exit_code == by_request.exit_code == 0


async def test_status_of_a_disagreement_exits_non_zero_and_names_it(shop):
    appt, _ = await shop.confirmed(FRIDAY_10, booked_at=FRIDAY_11)

    report = await status_report(shop.ledger, shop.calendar, shop.salon, str(appt.id))

    assert report.exit_code == 1
    assert any("anders / different" in line for line in report.lines)
    assert any(
        "Zeit: Ledger Fr 27.11. 10:00, Kalender Fr 27.11. 11:00" in line for line in report.lines
    )


async def _ghost(shop):
    appt = await shop.held(FRIDAY_10)
    await shop.ledger.transition(appt.id, S.BOOKING, request_id="req-ghost")
    return await shop.ledger.transition(
        appt.id, S.CONFIRMED, booking_uid="uid-ghost", booking_status="accepted"
    )


async def _with_another_stylist(shop):
    appt = await shop.held(FRIDAY_10)
    booking = await shop.book_in_calendar(
        FRIDAY_10, "req-other", event_type_id=shop.event_type("mehmet-yilmaz")
    )
    await shop.ledger.transition(appt.id, S.BOOKING, request_id="req-other")
    return await shop.ledger.transition(
        appt.id, S.CONFIRMED, booking_uid=booking.uid, booking_status="accepted"
    )


async def _cancelled_elsewhere(shop):
    appt, booking = await shop.confirmed(FRIDAY_10)
    await shop.calendar.cancel_booking(booking.uid, reason="online storniert")
    return appt


async def _released(shop):
    return await shop.ledger.transition((await shop.held(FRIDAY_10)).id, S.RELEASED)


async def _moved(shop):
    return (await shop.confirmed(FRIDAY_10, booked_at=FRIDAY_11))[0]


async def _unknown_booked(shop):
    return await shop.unknown(FRIDAY_10, really_booked=True)


async def _unknown_lost(shop):
    return await shop.unknown(FRIDAY_10, really_booked=False)


@pytest.mark.parametrize(
    ("prepare", "exit_code", "verdict", "detail"),
    [
        (_ghost, 1, "nicht im Kalender / not in the calendar", "keine Buchung (UID unbekannt)"),
        (_moved, 1, "anders / different", "Zeit: Ledger Fr 27.11. 10:00, Kalender Fr 27.11. 11:00"),
        (
            _with_another_stylist,
            1,
            "anders / different",
            "Stylist: Ledger Fabian Spitzer, Kalender Mehmet Yılmaz",
        ),
        (
            _cancelled_elsewhere,
            1,
            "anders / different",
            "Status: Ledger confirmed, Kalender cancelled",
        ),
        (
            _unknown_booked,
            1,
            "im Kalender / in the calendar  ✗",
            "Status: Ledger unknown, Kalender accepted",
        ),
        (_unknown_lost, 1, "nicht im Kalender / not in the calendar  ✗", "per Request-ID gesucht"),
        (_released, 0, "nicht im Kalender / not in the calendar  ✓", "keine Buchung (nie gebucht)"),
    ],
    ids=lambda v: getattr(v, "__name__", None),
)
async def test_status_names_each_kind_of_disagreement(shop, prepare, exit_code, verdict, detail):
    appt = await prepare(shop)

    report = await status_report(shop.ledger, shop.calendar, shop.salon, f"#{appt.id}")
    text = "\n".join(report.lines)

    assert report.exit_code == exit_code, text
    assert f"Urteil:   {verdict}" in text
    assert detail in text
    assert f"Anruf {appt.call_id}" in text  # the call's timeline comes with it


async def test_status_of_a_booking_only_the_calendar_has_says_so(shop):
    booking = await shop.book_in_calendar(FRIDAY_10, "req-elsewhere")  # never in the ledger

    report = await status_report(shop.ledger, shop.calendar, shop.salon, booking.uid)
    text = "\n".join(report.lines)

    assert report.exit_code == 1
    assert f"Buchung {booking.uid}: nur im Kalender / only in the calendar" in text
    assert "Ledger:   kein Eintrag" in text
    assert "Kalender: accepted, Fr 27.11. 10:00, Fabian Spitzer" in text


async def test_status_of_a_call_that_left_no_appointment_says_so(shop):
    await shop.ledger.start_call("call-empty", caller_phone=CALLER, mode="test")
    await shop.ledger.log("call-empty", "user_said", text="Nur eine Frage zu den Preisen.")

    report = await status_report(shop.ledger, shop.calendar, shop.salon, "call-empty")
    text = "\n".join(report.lines)

    assert report.exit_code == 0
    assert "Nur eine Frage zu den Preisen." in text
    assert "Dieser Anruf hat keinen Termin hinterlassen." in text


async def test_status_shows_what_the_caller_did_not_hear_of_what_the_agent_said(shop):
    """The transcript has what was sent (`bot_said`); `bot_cut` says what was not heard: the
    caller talked over it, or the line dropped before it was played."""
    await shop.ledger.start_call("call-cut", caller_phone=CALLER, mode="twilio")
    hours = "Wir haben montags bis freitags von neun bis achtzehn Uhr geöffnet."
    await shop.ledger.log("call-cut", "bot_said", text=hours, interrupted=False)
    await shop.ledger.log("call-cut", "bot_cut", text=hours, played=None, why="talked_over")
    await shop.ledger.log(
        "call-cut", "bot_cut", text="Auf Wiederhören!", played=None, why="call_ended"
    )

    report = await status_report(shop.ledger, shop.calendar, shop.salon, "call-cut")
    text = "\n".join(report.lines)

    assert f"Agent nicht gehört: {hours!r} (cut, not heard)" in text
    assert "Agent nicht gehört: 'Auf Wiederhören!' (call ended, not heard)" in text


async def test_status_of_a_call_lists_its_messages_for_the_salon_and_its_texts(shop):
    from calendar_adapter.ledger import MessageKind, OutboxChannel

    ledger = shop.ledger
    await ledger.start_call("call-msg", caller_phone=CALLER, mode="test")
    message = await ledger.add_message(
        call_id="call-msg",
        kind=MessageKind.COMPLAINT,
        phone=CALLER,
        reason="Farbe ist zu dunkel geworden",
        name="Anna Berg",
    )
    await ledger.queue_message_notifications(
        message.id,
        [
            dict(
                key=f"email:message:{message.id}",
                channel=OutboxChannel.EMAIL,
                recipient="team@salon.example",
                body="...",
                call_id="call-msg",
            )
        ],
    )
    text_item = await ledger.queue_outbox(
        key="sms:booked:x",
        channel=OutboxChannel.SMS,
        recipient=CALLER,
        body="Salon Spitzer: Ihr Termin ist gebucht.",
        call_id="call-msg",
    )
    await ledger.outbox_sent(text_item.id, provider_id="SM1")
    await ledger.start_call("call-other", caller_phone=None, mode="test")
    await ledger.add_message(
        call_id="call-other", kind=MessageKind.CALLBACK, phone=CALLER, reason="Rückruf"
    )

    report = await status_report(ledger, shop.calendar, shop.salon, "call-msg")
    text = "\n".join(report.lines)

    assert "Nachrichten für den Salon (1):" in text
    assert f"#{message.id} Beschwerde (offen): Anna Berg, {CALLER}: Farbe ist zu dunkel" in text
    assert "E-Mail an den Salon: ausstehend" in text
    assert "SMS an den Anrufer (1):" in text and "gesendet" in text
    assert "Dazu 1 offene Nachricht(en) für den Salon aus anderen Anrufen" in text
    assert "keinen Termin hinterlassen" not in text
    assert report.as_json()["messages"][0]["kind"] == "complaint"

    await ledger.mark_done(message.done_key, kind="message")
    again = await status_report(ledger, shop.calendar, shop.salon, "call-msg")
    assert "Beschwerde (erledigt)" in "\n".join(again.lines)


async def test_status_of_an_unknown_reference_says_nothing_was_found(shop):
    report = await status_report(shop.ledger, shop.calendar, shop.salon, "no-such-thing")

    assert report.exit_code == 2
    assert "Nichts gefunden" in report.lines[0]


# ---------------------------------------------------------------------------------------------
# reconcile
# ---------------------------------------------------------------------------------------------


async def test_reconcile_fixes_what_is_certain_and_lists_the_rest(shop):
    agrees, _ = await shop.confirmed(berlin(2026, 11, 25, 10))
    cancelled_elsewhere, booking = await shop.confirmed(berlin(2026, 11, 25, 11))
    await shop.calendar.cancel_booking(booking.uid)
    unknown_booked = await shop.unknown(berlin(2026, 11, 25, 12), really_booked=True)
    unknown_lost = await shop.unknown(berlin(2026, 11, 25, 13), really_booked=False)
    moved, _ = await shop.confirmed(berlin(2026, 11, 25, 14), booked_at=berlin(2026, 11, 25, 15))
    ghost = await shop.held(berlin(2026, 11, 25, 16))
    await shop.ledger.transition(ghost.id, S.BOOKING, request_id="req-ghost")
    ghost = await shop.ledger.transition(
        ghost.id, S.CONFIRMED, booking_uid="uid-ghost", booking_status="accepted"
    )
    bookings_before = shop.sb.bookings()
    shop.sb.clock.advance(timedelta(minutes=5))  # long enough for a lost request to have landed

    report = await reconcile(shop.ledger, shop.calendar, shop.names, shop.sb.clock.now())

    assert (await shop.ledger.get(agrees.id)).state == S.CONFIRMED
    assert (await shop.ledger.get(cancelled_elsewhere.id)).state == S.CANCELLED
    resolved = await shop.ledger.get(unknown_booked.id)
    assert resolved.state == S.CONFIRMED and resolved.booking_uid
    assert (await shop.ledger.get(unknown_lost.id)).state == S.FAILED
    assert {f.appointment_id for f in report.fixed} == {
        cancelled_elsewhere.id,
        unknown_booked.id,
        unknown_lost.id,
    }
    assert {n.appointment_id for n in report.needs_person} == {moved.id, ghost.id}
    assert (await shop.ledger.get(moved.id)).state == S.CONFIRMED  # a person decides
    assert shop.sb.bookings() == bookings_before  # Cal.com untouched
    kinds = [e.kind for e in await shop.ledger.timeline(unknown_booked.call_id)]
    assert "reconciled" in kinds


async def test_a_booking_cal_com_commits_after_the_lost_answer_is_confirmed_by_reconcile(shop):
    """The call's lookup found nothing, so the row stayed `unknown`; Cal.com stored the booking
    later. Reconcile neither fails the row too early nor misses the late booking."""
    appt = await shop.unknown(FRIDAY_10, really_booked=False)

    early = await reconcile(shop.ledger, shop.calendar, shop.names, shop.sb.clock.now())

    assert (await shop.ledger.get(appt.id)).state == S.UNKNOWN  # not yet certain
    assert [n.appointment_id for n in early.too_early] == [appt.id]
    assert early.fixed == []

    late = await shop.book_in_calendar(FRIDAY_10, appt.request_id)  # Cal.com commits late
    shop.sb.clock.advance(timedelta(minutes=5))
    report, lines = await reconcile_and_describe(
        shop.ledger, shop.calendar, shop.salon, shop.sb.clock.now()
    )

    settled = await shop.ledger.get(appt.id)
    assert settled.state == S.CONFIRMED and settled.booking_uid == late.uid
    assert [(f.before, f.after) for f in report.fixed] == [("unknown", "confirmed")]
    assert f"#{appt.id}: unknown -> confirmed (in Cal.com gefunden ({late.uid}))" in "\n".join(
        lines
    )


async def test_a_request_given_up_as_failed_that_landed_later_gets_its_booking_recorded(shop):
    """The call could not find its lost request and said "nicht gebucht" (row `failed`, final,
    request id kept); Cal.com committed it afterwards. Reconcile records the booking as a
    confirmed row beside the failed one, once; status then finds ledger and calendar agreeing."""
    gone = await shop.held(FRIDAY_10, call_id="call-late")
    await shop.ledger.transition(gone.id, S.BOOKING, request_id="req-late")
    gone = await shop.ledger.transition(gone.id, S.FAILED, error="answer lost, not found")
    never = await shop.held(FRIDAY_11, call_id="call-late")
    await shop.ledger.transition(never.id, S.BOOKING, request_id="req-never")
    await shop.ledger.transition(never.id, S.FAILED, error="answer lost, not found")
    late = await shop.book_in_calendar(FRIDAY_10, "req-late")  # Cal.com commits late
    before = await status_report(shop.ledger, shop.calendar, shop.salon, "call-late")
    bookings_before = shop.sb.bookings()

    report, lines = await reconcile_and_describe(
        shop.ledger, shop.calendar, shop.salon, shop.sb.clock.now()
    )
    again = await reconcile(shop.ledger, shop.calendar, shop.names, shop.sb.clock.now())
    after = await status_report(shop.ledger, shop.calendar, shop.salon, "call-late")

    assert before.exit_code == 1  # the ledger says failed, Cal.com has the booking
    recorded = await shop.ledger.find_by_booking_uid(late.uid)
    assert recorded is not None and recorded.state == S.CONFIRMED
    assert recorded.call_id == "call-late" and recorded.id != gone.id
    assert (await shop.ledger.get(gone.id)).state == S.FAILED  # final stays final
    assert [(f.appointment_id, f.after) for f in report.fixed] == [
        (gone.id, f"confirmed #{recorded.id}")
    ]
    assert any("req-late kam doch in Cal.com an" in line for line in lines)
    assert again.fixed == [] and again.needs_person == []  # recorded once
    assert after.exit_code == 0
    assert f"als Termin #{recorded.id} geführt" in "\n".join(after.lines)
    assert shop.sb.bookings() == bookings_before  # Cal.com untouched


async def test_reconcile_expires_a_hold_whose_reservation_ran_out_and_leaves_a_live_one(shop):
    now = shop.sb.clock.now()
    stale = await shop.held(FRIDAY_10, until=now - timedelta(minutes=1))
    live = await shop.held(FRIDAY_11, until=now + timedelta(minutes=5))

    await reconcile(shop.ledger, shop.calendar, shop.names, now)

    assert (await shop.ledger.get(stale.id)).state == S.EXPIRED
    assert (await shop.ledger.get(live.id)).state == S.HELD


async def test_reconcile_with_cal_com_unreachable_changes_nothing(shop, salon):
    unknown = await shop.unknown(FRIDAY_10, really_booked=True)
    dead = CalComClient(
        "http://127.0.0.1:9", "cal_test", salon=salon, timeout=1.0, max_retries=0, backoff_base=0.0
    )
    try:
        report, lines = await reconcile_and_describe(
            shop.ledger, dead, salon, datetime(2026, 11, 24, 8, tzinfo=UTC)
        )
    except Exception:
        await dead.aclose()
        raise
    await dead.aclose()

    assert report.unreachable
    assert (await shop.ledger.get(unknown.id)).state == S.UNKNOWN
    assert report.fixed == []
    assert any("nicht erreichbar" in line for line in lines)


async def test_reconcile_with_everything_in_order_says_so(shop):
    await shop.confirmed(FRIDAY_10)

    report, lines = await reconcile_and_describe(
        shop.ledger, shop.calendar, shop.salon, shop.sb.clock.now()
    )

    assert report.fixed == [] and report.needs_person == []
    assert lines[-1] == "Alles stimmt mit Cal.com überein."


# ---------------------------------------------------------------------------------------------
# The whole story: a real call leaves `unknown`, reconcile settles it later
# ---------------------------------------------------------------------------------------------


async def test_a_call_that_left_an_unknown_booking_is_settled_by_reconcile(tmp_path, monkeypatch):
    from agent.config import Settings
    from agent.replay.loader import load_replay
    from agent.replay.runner import run_replay
    from calendar_adapter.clock import FixedClock
    from calendar_adapter.runtime import open_calendar

    monkeypatch.delenv("CALCOM_API_KEY", raising=False)
    replay = load_replay(UNKNOWN_REPLAY)
    ledger_path = str(tmp_path / "ledger.sqlite3")
    outcome = await run_replay(replay, ledger_path=ledger_path)  # sandbox persists beside it
    assert outcome.passed, [c.line() for c in outcome.failed]

    later = FixedClock(replay.refs.instant(replay.spec.now) + timedelta(minutes=30))
    async with open_calendar(Settings(_env_file=None), clock=later, ledger_path=ledger_path) as rt:
        before = await status_report(rt.ledger, rt.backend, rt.salon, outcome.record.call_id)
        report, lines = await reconcile_and_describe(rt.ledger, rt.backend, rt.salon, later.now())
        after = await status_report(rt.ledger, rt.backend, rt.salon, outcome.record.call_id)

    assert before.exit_code == 1  # the ledger says unknown, the calendar has it
    assert [c.verdict for c in before.comparisons] == [Verdict.IN_CALENDAR]
    assert [(f.before, f.after) for f in report.fixed] == [("unknown", "confirmed")]
    assert after.exit_code == 0
    assert any("unknown -> confirmed" in line for line in lines)


@pytest.mark.parametrize("command", ["status", "reconcile"])
async def test_a_missing_ledger_file_is_said_so_and_not_created(
    command, tmp_path, monkeypatch, capsys
):
    import argparse

    from agent.commands import reconcile as reconcile_command
    from agent.commands import status as status_command

    monkeypatch.delenv("CALCOM_API_KEY", raising=False)
    monkeypatch.chdir(tmp_path)
    missing = tmp_path / "typo" / "ledger.sqlite3"
    args = argparse.Namespace(ref="call-1", ledger=str(missing), json=False)
    run = status_command.run if command == "status" else reconcile_command.run

    code = await run(args)

    assert code == 2
    assert f"no ledger at {missing}" in capsys.readouterr().out
    assert list(tmp_path.iterdir()) == []  # no empty ledger, no sandbox database


async def test_reconcile_release_frees_what_a_call_could_not(tmp_path, monkeypatch, capsys):
    """A call ended while Cal.com did not confirm its release: the slot stays blocked and the
    release outbox says so; `reconcile --release` (a later process) frees it, changing no
    booking."""
    import argparse

    from agent.call import booking_deps
    from agent.commands import reconcile as reconcile_command
    from agent.config import Settings
    from calendar_adapter.runtime import open_calendar
    from tools.booking_tools import BookingTools
    from tools.session import CallSession

    monkeypatch.delenv("CALCOM_API_KEY", raising=False)
    ledger_path = str(tmp_path / "ledger.sqlite3")
    monkeypatch.setenv("LEDGER_PATH", ledger_path)
    settings = Settings(_env_file=None, ledger_path=ledger_path)
    async with open_calendar(settings) as rt:
        # The call, the sandbox and `reconcile` all run on the wall clock here (separate runs of
        # the product, as in production), so the hold goes on the salon's next open day after
        # today: "Freitag" was the closed Christmas Day when this ran on 24 December.
        today = rt.clock.now().astimezone(rt.salon.tz).date()
        (day,) = rt.salon.next_open_days(today, count=1)
        session = CallSession(booking_deps(rt, settings), caller_phone=CALLER, mode="test")
        await session.start()
        held = await BookingTools(session).call(
            "check_availability",
            {
                "service": "Herrenhaarschnitt",
                "stylist": "Fabian",
                "date": day.isoformat(),
                "time": "10",
            },
        )
        assert held["status"] == "held"
        rt.sandbox.faults.fail_next(100, "5xx", endpoint="DELETE /v2/slots/reservations/*")
        await session.end("hangup")
        assert len(await rt.ledger.pending_releases()) == 1
        assert len(rt.sandbox.active_reservations()) == 1

    code = await reconcile_command.run(
        argparse.Namespace(ledger=ledger_path, json=False, release=True)
    )

    out = capsys.readouterr().out
    assert code == 0, out
    assert "Freigegeben (--release):" in out
    async with open_calendar(settings) as rt:
        assert rt.sandbox.active_reservations() == []
        assert await rt.ledger.pending_releases() == []
        (row,) = await rt.ledger.appointments_for_call(session.call_id)
        assert row.state == S.RELEASED
