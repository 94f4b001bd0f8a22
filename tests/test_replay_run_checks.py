"""Replay checks that can fail: each is shown failing on a bad replay (or a bad call) and holding
on a good one. The calls run through the real pipeline on the embedded sandbox."""

from __future__ import annotations

import textwrap
from datetime import UTC, datetime
from pathlib import Path

from agent.replay.checks import Check, check_tools
from agent.replay.invariants import check_invariants, heard_claims_are_true, known_timeline_kinds
from agent.replay.loader import load_replay
from agent.replay.names import CalendarNames
from agent.replay.record import CallRecord, Item, ToolCall, TurnRecord
from agent.replay.report import verdict_lines
from agent.replay.runner import run_replay
from agent.replay.spec import ToolExpect
from calendar_adapter.backend import Catalog, Stylist
from calendar_adapter.ledger import Appointment, AppointmentState

CALLER = "+4915112345678"

ASK = """
  - user: "Herrenhaarschnitt bei Mehmet morgen um drei."
    model:
      - tool_calls:
          - {name: check_availability, arguments: {service: Herrenhaarschnitt, stylist: Mehmet, date: morgen, time: "15:00"}}
      - say: "Morgen um 15 Uhr bei Mehmet ist frei, ich halte ihn fest. Auf welchen Namen?"
"""
BOOK = """
  - user: "Tobias Brandt."
    model:
      - tool_calls:
          - {name: book_appointment, arguments: {slot_id: "{check_availability.slot_id}", customer_name: Tobias Brandt}}
      - say: "{say}"
"""


def replay_file(tmp_path: Path, turns: str, expect: str = "", extra: str = "") -> Path:
    text = f'now: "2026-11-24 09:00"\ncaller: "{CALLER}"\n{extra}turns:{turns}'
    if expect:
        text += "expect:\n" + textwrap.indent(textwrap.dedent(expect).strip("\n"), "  ") + "\n"
    path = tmp_path / f"call{len(list(tmp_path.iterdir()))}.yaml"
    path.write_text(text, encoding="utf-8")
    return path


async def run(path: Path, **kwargs):
    return await run_replay(load_replay(path), **kwargs)


def failed(outcome) -> dict[tuple[str, str], str]:
    return {(c.where, c.what): c.detail for c in outcome.failed}


def report(outcome) -> str:
    return "\n".join(verdict_lines(outcome))


# ---------------------------------------------------------------------------------------------
# The script runs as written, and the replay states something
# ---------------------------------------------------------------------------------------------


async def test_a_scripted_step_never_used_fails_the_replay(tmp_path):
    unused = ASK.replace(
        '      - say: "Morgen um 15 Uhr',
        '      - say: "Gern."\n      - say: "Morgen um 15 Uhr',
    )
    bad = await run(replay_file(tmp_path, unused, "tools: [check_availability]"))
    good = await run(replay_file(tmp_path, ASK, "tools: [check_availability]"))

    assert failed(bad) == {
        (
            "script",
            "every scripted model step was used",
        ): "turn 1, model[2]: say 'Morgen um 15 Uhr bei Mehmet ist frei, ich halte ihn fest. "
        "Auf welchen Namen?' was never used"
    }
    assert good.passed, report(good)


async def test_a_replay_without_expectations_fails(tmp_path):
    bad = await run(replay_file(tmp_path, ASK))
    good = await run(replay_file(tmp_path, ASK, 'says: ["15 Uhr"]'))

    assert list(failed(bad)) == [("replay", "states what must be true")]
    assert "no expectations" in failed(bad)[("replay", "states what must be true")]
    assert good.passed, report(good)


async def test_a_placeholder_without_a_value_is_never_sent_to_a_tool(tmp_path):
    """The third alternative of a slot that is free has no value: the hold is not attempted
    with a literal "{...}" slot id; the replay fails naming the placeholder."""
    hold_missing = (
        ASK
        + """
  - user: "Lieber die dritte Alternative."
    model:
      - tool_calls:
          - {name: hold_slot, arguments: {slot_id: "{check_availability.alternatives.2.slot_id}"}}
      - say: "{say}"
"""
    )
    outcome = await run(replay_file(tmp_path, hold_missing, "tools: [check_availability]"))

    assert [c.name for c in outcome.record.tools] == ["check_availability"]  # no hold_slot
    assert "{" not in outcome.record.heard_text
    problems = failed(outcome)
    assert problems[("script", "every placeholder had a value")] == (
        "turn 2, model[0]: placeholder {check_availability.alternatives.2.slot_id} had no "
        "value; the step was stopped (no tool was called)"
    )
    assert ("script", "every scripted model step was used") in problems  # its say, never reached


# ---------------------------------------------------------------------------------------------
# Tool results and what must not appear
# ---------------------------------------------------------------------------------------------


async def test_tool_result_fields_are_checked(tmp_path):
    bad = await run(
        replay_file(
            tmp_path,
            ASK,
            "tools: [{name: check_availability, status: held, result: {time: '16:00'}}]",
        )
    )
    good = await run(
        replay_file(
            tmp_path,
            ASK,
            "tools: [{name: check_availability, result: {status: held, time: '15:00', "
            "date: '2026-11-25'}}]",
        )
    )

    [(where, what)] = failed(bad)
    assert what == "calls check_availability() -> held {'time': '16:00'}"
    assert '"time": "15:00"' in failed(bad)[(where, what)]  # shows the result it got
    assert good.passed, report(good)


def test_result_fields_match_nested_mappings_and_lists():
    call = ToolCall(
        "book_appointment",
        {"slot_id": "s-1"},
        {
            "status": "not_booked",
            "reason": "slot_taken",
            "still_held": {"time": "14:00", "date": "2026-11-26"},
            "alternatives": [{"time": "15:00"}, {"time": "16:30"}],
        },
    )

    def holds(result: dict) -> bool:
        [check] = check_tools("t", [call], [ToolExpect(name=call.name, result=result)], [])
        return check.passed

    assert holds({"reason": "SLOT_TAKEN", "still_held": {"time": "14:00"}})
    assert holds({"alternatives": [{"time": "15:00"}, {"time": "16:30"}]})
    assert holds({"ref": None})  # a field that must be absent
    assert not holds({"still_held": {"time": "15:00"}})
    assert not holds({"alternatives": [{"time": "15:00"}]})  # lists match item by item
    assert not holds({"still_held": "14:00"})
    assert not holds({"reason": None})


async def test_a_tool_result_that_must_not_appear_anywhere(tmp_path):
    expect = "not_tools: [{name: check_availability, status: held}]"
    bad = await run(replay_file(tmp_path, ASK, expect))
    good = await run(
        replay_file(tmp_path, ASK, "not_tools: [{name: check_availability, status: unavailable}]")
    )

    assert list(failed(bad)) == [("call", "never calls check_availability() -> held")]
    assert (
        "check_availability(service='Herrenhaarschnitt'"
        in failed(bad)[("call", "never calls check_availability() -> held")]
    )
    assert good.passed, report(good)


async def test_a_phrase_that_must_not_appear_is_looked_for_in_everything_heard(tmp_path):
    """The greeting is heard too."""
    bad = await run(replay_file(tmp_path, ASK, 'not_says: ["Salon Spitzer"]'))
    good = await run(replay_file(tmp_path, ASK, 'not_says: ["gebucht"]'))

    assert list(failed(bad)) == [("call", "does not say 'Salon Spitzer'")]
    assert good.passed, report(good)


async def test_a_timeline_kind_that_must_not_appear(tmp_path):
    bad = await run(replay_file(tmp_path, ASK, "ledger: {not_timeline: [hold_placed]}"))
    good = await run(replay_file(tmp_path, ASK + BOOK, "ledger: {not_timeline: [hold_expired]}"))

    assert failed(bad) == {("ledger", "timeline has no hold_placed"): "it has 1"}
    assert good.passed, report(good)


# ---------------------------------------------------------------------------------------------
# Hang-up and barge-in during a tool call
# ---------------------------------------------------------------------------------------------


async def test_a_hang_up_during_a_tool_call_that_is_not_in_flight_fails(tmp_path):
    """book_appointment never writes `cancel_sent`: there was nothing to hang up during."""
    turns = ASK + BOOK.replace('      - say: "{say}"\n', "")
    never = turns + "  - events: [{hang_up_during: {tool: book_appointment, at: cancel_sent}}]\n"
    sent = turns + "  - events: [{hang_up_during: {tool: book_appointment, at: booking_sent}}]\n"

    bad = await run(replay_file(tmp_path, never, "ended_by: hangup"))
    good = await run(replay_file(tmp_path, sent, "ended_by: hangup"))

    assert failed(bad) == {
        ("run", "the events happened as written"): "turn 3: book_appointment was not in flight "
        "at `hang_up_during` (turn 2 did not call it, or it finished without writing cancel_sent)"
    }
    assert good.passed, report(good)
    # caught in flight: the call belongs to turn 2, its result came after the hang-up
    [booking] = good.record.turns[1].tools
    assert booking.name == "book_appointment" and booking.status == "booked"
    assert [i.late for i in good.record.turns[2].items if i.kind == "tool"] == [True]


# ---------------------------------------------------------------------------------------------
# The built-in invariants
# ---------------------------------------------------------------------------------------------

INVARIANT = "invariant"


async def test_a_hold_left_after_the_call_fails_unless_the_replay_expects_it(tmp_path):
    """Cal.com refuses every release at hang-up: the hold stays, in Cal.com and in the ledger."""
    refuse_release = (
        "  - events:\n"
        "      - fault: {fail_next: {n: 100, kind: 5xx, endpoint: 'DELETE /v2/slots/reservations/*'}}\n"
        "      - hangup: true\n"
    )
    bad = await run(replay_file(tmp_path, ASK + refuse_release, "ended_by: hangup"))
    expected = await run(
        replay_file(
            tmp_path,
            ASK + refuse_release,
            """
            ended_by: hangup
            calendar:
              holds: [{stylist: Mehmet, service: Herrenhaarschnitt, start: "2026-11-25 15:00"}]
            """,
        )
    )
    released = await run(replay_file(tmp_path, ASK, "tools: [check_availability]"))

    detail = failed(bad)[(INVARIANT, "no hold left after the call")]
    assert "calendar: Herrenhaarschnitt bei Mehmet Yılmaz Mi 25.11. 15:00" in detail
    assert "ledger: #1 held Herrenhaarschnitt" in detail
    assert expected.passed, report(expected)
    assert "PASS  [calendar] leaves hold Herrenhaarschnitt bei Mehmet" in report(expected)
    assert released.passed, report(released)


async def _invariants_after(tmp_path: Path, tamper) -> dict[tuple[str, str], str]:
    """Book, then let `tamper(rt, call_id)` change the calendar or the ledger behind the call's
    back, then look at the invariants again."""
    path = replay_file(tmp_path, ASK + BOOK, "tools: [{name: book_appointment, status: booked}]")
    replay = load_replay(path)
    seen: list[Check] = []

    async def inspect(rt, record) -> None:
        await tamper(rt, record.call_id)
        names = CalendarNames(await rt.backend.get_catalog(), replay.salon.tz)
        seen.extend(await check_invariants(replay, record, rt, names))

    outcome = await run_replay(replay, inspect=inspect)
    assert outcome.passed, report(outcome)  # before the tampering, all held
    return {(c.where, c.what): c.detail for c in seen if not c.passed}


async def test_untouched_the_invariants_hold(tmp_path):
    async def nothing(rt, call_id) -> None:
        return None

    assert await _invariants_after(tmp_path, nothing) == {}


async def test_a_confirmed_appointment_cancelled_in_the_calendar_breaks_an_invariant(tmp_path):
    async def salon_cancels(rt, call_id) -> None:
        [row] = await rt.ledger.appointments_for_call(call_id)
        rt.sandbox.store.cancel_booking(row.booking_uid, "vom Salon storniert")

    broken = await _invariants_after(tmp_path, salon_cancels)

    what = "every confirmed appointment is an accepted booking at its time, stylist and service"
    assert (
        "#1 confirmed Herrenhaarschnitt bei Mehmet Yılmaz Mi 25.11. 15:00: the calendar has it cancelled"
        in broken[(INVARIANT, what)]
    )


async def test_a_ledger_that_says_cancelled_while_the_calendar_has_it_breaks_an_invariant(tmp_path):
    async def ledger_cancels(rt, call_id) -> None:
        [row] = await rt.ledger.appointments_for_call(call_id)
        await rt.ledger.transition(row.id, AppointmentState.CANCELLED)

    broken = await _invariants_after(tmp_path, ledger_cancels)

    what = "the ledger and the calendar agree on every appointment the call touched"
    assert (
        "cancelled Herrenhaarschnitt bei Mehmet Yılmaz Mi 25.11. 15:00: the calendar has it accepted"
        in broken[(INVARIANT, what)]
    )


async def test_a_booking_the_call_made_that_the_ledger_does_not_know_breaks_an_invariant(tmp_path):
    async def second_booking(rt, call_id) -> None:
        event_type = rt.sandbox.event_type_id("mehmet-yilmaz", "bartpflege")
        rt.sandbox.place_booking(
            event_type,
            datetime(2026, 11, 25, 15, 0, tzinfo=UTC),
            name="Tobias Brandt",
            email="t@example.com",
            metadata={"callId": call_id, "requestId": "lost-1"},
        )

    broken = await _invariants_after(tmp_path, second_booking)

    what = "the ledger and the calendar agree on every appointment the call touched"
    assert "the call booked accepted Bartpflege bei Mehmet Yılmaz" in broken[(INVARIANT, what)]
    assert "the ledger does not know it" in broken[(INVARIANT, what)]


def _appointment(state: AppointmentState, **fields) -> Appointment:
    at = datetime(2026, 11, 25, 14, 0, tzinfo=UTC)
    values = {
        "id": 1,
        "call_id": "c",
        "state": state,
        "event_type_id": 1,
        "stylist_user_id": 1,
        "service_slug": "herrenhaarschnitt",
        "start": at,
        "end": at,
        "caller_phone": CALLER,
        "customer_name": None,
        "reservation_uid": None,
        "reservation_until": None,
        "request_id": None,
        "booking_uid": "b-1" if state is AppointmentState.CONFIRMED else None,
        "booking_status": None,
        "rescheduled_from_id": None,
        "error": None,
        "created_at": at,
        "updated_at": at,
    }
    return Appointment(**{**values, **fields})


def _said(text: str, ledger_after: list, calendar_after: list | None = None) -> CallRecord:
    turn = TurnRecord(0, "Und?", [Item("bot", text)], ledger_after, calendar_after or [])
    return CallRecord(call_id="c", turns=[turn])


NAMES = CalendarNames(Catalog((), (), ()), UTC)
CLAIM = "nothing the caller heard claims a booking that is not confirmed"


def test_a_booking_claim_without_a_confirmed_appointment_breaks_an_invariant():
    failed_row = [_appointment(AppointmentState.FAILED)]

    bad = heard_claims_are_true(
        _said("Alles klar. Ihr Termin ist gebucht.", failed_row), NAMES, CALLER
    )
    confirmed = heard_claims_are_true(
        _said("Ihr Termin ist gebucht.", [_appointment(AppointmentState.CONFIRMED)]), NAMES, CALLER
    )
    honest = heard_claims_are_true(
        _said("Das hat leider nicht geklappt.", failed_row), NAMES, CALLER
    )

    assert (bad.what, bad.passed) == (CLAIM, False)
    assert "turn 1 said 'Ihr Termin ist gebucht.'" in bad.detail and "failed" in bad.detail
    assert confirmed.passed and honest.passed


def test_a_message_taken_for_the_salon_is_no_booking_claim():
    """A request, a wish or a callback recorded for the salon (take_message's own sentences, and
    an English model's) promises a follow-up, not an appointment: it needs no confirmed one. A
    booking claimed alongside it still does."""
    nothing = [_appointment(AppointmentState.FAILED)]
    taken = [
        "Ich habe Ihren Wunsch, Ihre Daten zu löschen, für den Salon aufgenommen; der Salon "
        "kümmert sich darum und meldet sich unter der Nummer, von der Sie anrufen, bei Ihnen.",
        "Ich habe Ihre Terminanfrage für den Salon aufgenommen, der Salon meldet sich.",
        "Ihr Rückrufwunsch ist eingetragen.",
        "I've booked you a callback for tomorrow morning.",
        "I've recorded your wish to have your data deleted for the salon.",
    ]
    for text in taken:
        assert heard_claims_are_true(_said(text, nothing), NAMES, CALLER).passed, text
    both = _said("Ich habe Ihre Nachricht aufgenommen. Ihr Termin ist gebucht.", nothing)
    assert not heard_claims_are_true(both, NAMES, CALLER).passed


def test_a_cancellation_named_with_weekday_and_full_date_is_no_booking_claim():
    """The guard's own line after a cancellation names the day as weekday and date ("am
    Donnerstag, 26. November um 11 Uhr"); the day is the cancellation's, so no booking is
    claimed and the check holds with nothing confirmed. A booking said so still needs one."""
    cancelled = [_appointment(AppointmentState.CANCELLED)]
    for text, language in (
        ("Ihr Termin am Donnerstag, 26. November um 11 Uhr ist storniert.", "de"),
        ("Ihr Termin am Donnerstag, den 26. November, um 11 Uhr ist storniert.", "de"),
        ("Your appointment on Thursday, 26 November at 11 am is cancelled.", "en"),
        ("Your appointment on Thursday, November 26th, 2026, at 11 is cancelled.", "en"),
    ):
        assert heard_claims_are_true(_said(text, cancelled), NAMES, CALLER, language).passed, text
    booked = _said("Ihr Termin am Donnerstag, 26. November um 11 Uhr ist gebucht.", cancelled)
    assert not heard_claims_are_true(booked, NAMES, CALLER).passed


def test_a_stylists_full_day_is_read_with_the_salons_names():
    """ "Fabian ist gebucht" is his day when Fabian is a stylist of the salon, as the guard
    reads it; "Sie sind gebucht" is the caller's booking."""
    catalog = Catalog((Stylist(1, "fabian", "Fabian Spitzer"),), (), ())
    names = CalendarNames(catalog, UTC)
    nothing = [_appointment(AppointmentState.FAILED)]

    assert heard_claims_are_true(_said("Fabian ist gebucht.", nothing), names, CALLER).passed
    assert not heard_claims_are_true(_said("Sie sind gebucht.", nothing), names, CALLER).passed
    english = _said("Fabian is booked on Friday, I'm afraid.", nothing)
    assert heard_claims_are_true(english, names, CALLER, "en").passed


def test_a_booking_the_caller_made_elsewhere_may_be_called_booked():
    """ "Ihr Termin am Donnerstag steht": an accepted booking with the caller's number, made on
    the web, not one this call's ledger holds in another state."""
    web = {
        "uid": "w-1",
        "status": "accepted",
        "metadata": {},
        "attendees": [{"name": "Kai", "phoneNumber": CALLER}],
    }
    someone_else = {**web, "attendees": [{"name": "Eva", "phoneNumber": "+4917000000000"}]}
    made_by_this_call = {**web, "metadata": {"callId": "c"}}

    def stands(booking: dict) -> bool:
        record = _said("Ja, Ihr Termin steht noch.", [], [booking])
        return heard_claims_are_true(record, NAMES, CALLER).passed

    assert stands(web)
    assert not stands(someone_else)
    assert not stands(made_by_this_call)  # that one needs a confirmed row of the call


def test_a_timeline_kind_not_in_the_list_breaks_an_invariant():
    assert known_timeline_kinds(["call_started", "hold_placed"]).passed
    bad = known_timeline_kinds(["call_started", "hold_plaecd"])
    assert not bad.passed and "not listed: hold_plaecd" in bad.detail
