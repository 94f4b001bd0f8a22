"""Outcomes learnt late in a call are spoken by code.

A caller moves their appointment (Färben, Friday 10:00 with Sophie, to 14:00); the move goes
through in Cal.com, but its answer is lost and Cal.com cannot be asked, so the caller hears the
move is open. Later in the call they book another appointment, and the call finds the move
carried out. What must be true: the caller hears it from code, not only from the model: the
booking's result carries one sentence naming the new time and that the old one is gone (German,
or English for an English call), spoken exactly once in the call, whatever the booking's own
outcome and whatever the model says; the ledger has the move, the timeline says it was told
(`caller_told_moved`), and `status` agrees with Cal.com. The same for an earlier booking for
someone else (her son) whose answer was lost and that is found made at her next booking."""

# ruff: noqa: F811
from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from agent.call import TextCall
from agent.claims import decide
from agent.config import Settings
from calendar_adapter.backend import BookingOutcomeUnknownError
from calendar_adapter.ledger import AppointmentState
from tests.guard_support import facts_of, run
from tests.test_e2e_move_faults import _booked_friday_ten, _by_uid, _new_slot_held
from tests.test_e2e_move_retry import GET_BOOKING, MOVE, Sent, _accepted, _kinds, _status_ok
from tests.tools_fixtures import CALLER, FRIDAY, book_on_the_web, deps, open_call  # noqa: F401
from tools import speech
from tools.booking_tools import BookingTools
from tools.session import CallSession

S = AppointmentState
BERLIN = ZoneInfo("Europe/Berlin")
LANDED_DE = "Ihre Verschiebung ist doch durchgegangen"
NEW_TIME_DE = "ist jetzt am Freitag, 27. November, um 14 Uhr"
OLD_TIME_DE = "statt am Freitag, 27. November, um 10 Uhr."
SATURDAY = "2026-11-28"


def _lose_the_answer_after_moving(sandbox):
    """Cal.com carries the move out; its answer is lost, and nobody can ask Cal.com until the
    test clears the faults (the caller hears the move is open)."""

    async def moved_unseen_and_unreachable(send, count, *args, **kwargs):
        await send(*args, **kwargs)
        sandbox.faults.fail_next(10_000, "5xx", GET_BOOKING)
        raise BookingOutcomeUnknownError("answer lost", request_id=None)

    return moved_unseen_and_unreachable


async def _move_lost_unseen(
    tools, facts, sandbox, deps, monkeypatch, ref, slot_id, *, heard_open: str = "bleibt oder"
) -> dict:
    Sent(deps.backend, monkeypatch, then=_lose_the_answer_after_moving(sandbox))
    try:
        lost = await run(
            tools,
            facts,
            "reschedule_appointment",
            {"ref": ref, "slot_id": slot_id, "customer_name": "Erika Muster"},
        )
    finally:
        sandbox.faults.clear()
    assert lost["status"] == "unknown", lost
    assert heard_open in lost["say"], lost["say"]
    return lost


async def _book_saturday(tools, facts, time: str = "10:00") -> dict:
    cut = await run(
        tools,
        facts,
        "check_availability",
        {"service": "Färben", "stylist": "Sophie", "date": SATURDAY, "time": time},
    )
    assert cut["status"] == "held", cut
    return await run(
        tools, facts, "book_appointment", {"slot_id": cut["slot_id"], "customer_name": "Erika"}
    )


async def _book_for_ben_answer_lost(
    tools, facts, sandbox, deps, monkeypatch, *, carried_out: bool
) -> tuple[dict, dict]:
    """Holds Friday 10:00 with Fabian for the caller's son Ben and books it while the answer is
    lost and Cal.com cannot be asked about the booking afterwards; `carried_out` says whether
    Cal.com made the booking before the answer was lost. Returns the hold and the booking's
    result (fault and patch removed again)."""
    send = deps.backend.create_booking

    async def answer_lost_then_unreachable(request):
        if carried_out:
            await send(request)
        sandbox.faults.fail_next(10_000, "5xx", "GET /v2/bookings")
        raise BookingOutcomeUnknownError("answer lost", request_id=request.request_id)

    ben = await run(
        tools,
        facts,
        "check_availability",
        {
            "service": "Herrenhaarschnitt",
            "stylist": "Fabian",
            "date": FRIDAY,
            "time": "10:00",
            "for_person": "Ben",
        },
    )
    monkeypatch.setattr(deps.backend, "create_booking", answer_lost_then_unreachable)
    try:
        lost = await run(
            tools, facts, "book_appointment", {"slot_id": ben["slot_id"], "customer_name": "Ben"}
        )
    finally:
        sandbox.faults.clear()
        monkeypatch.undo()
    return ben, lost


async def _told(ledger, call_id: str) -> list[dict]:
    return [e.data for e in await ledger.timeline(call_id) if e.kind == "caller_told_moved"]


async def test_a_lost_move_found_at_the_next_booking_is_told_by_code_once_after_the_booking(
    open_call, sandbox, ledger, deps, monkeypatch, salon
):
    """Caller: moves Friday 10:00 to 14:00 (heard: open), then books Saturday 10:00, then
    Saturday 12:00. Afterwards: the first booking's `say` is its own sentence, then one sentence
    naming Friday 14:00 and that Friday 10:00 is gone, true by the guard's reading; the second
    booking's `say` does not repeat it; the timeline has `caller_told_moved` once, for the move's
    row, after the move was recorded; the ledger and `status` agree with Cal.com."""
    tools = await open_call()
    facts = facts_of(tools)
    old_uid, ref = await _booked_friday_ten(tools)
    slot_id = await _new_slot_held(tools)
    await _move_lost_unseen(tools, facts, sandbox, deps, monkeypatch, ref, slot_id)

    booked = await _book_saturday(tools, facts)

    assert booked["status"] == "booked", booked
    own, landed = booked["say"].split(f" {LANDED_DE}")
    assert (
        own
        == "Ihr Termin ist gebucht: Färben bei Sophie Brandt am Samstag, 28. November, um 10 Uhr."
    )
    assert booked["say"].count(LANDED_DE) == 1
    assert NEW_TIME_DE in landed and landed.endswith(OLD_TIME_DE), landed
    assert decide(f"{LANDED_DE}{landed}", facts.facts()).passes
    assert [m["time"] for m in booked["also_moved"]] == ["14:00"]
    assert "gehört" in booked["hint"]
    (new,) = [b for b in _accepted(sandbox) if b.get("rescheduledFromUid") == old_uid]
    assert new["start"] == "2026-11-27T13:00:00.000Z"
    rows = await ledger.appointments_for_call(tools.session.call_id)
    (move,) = [r for r in rows if r.rescheduled_from_id is not None]
    assert move.state is S.CONFIRMED and move.booking_uid == new["uid"]
    assert (await ledger.find_by_booking_uid(old_uid)).state is S.RESCHEDULED
    (told,) = await _told(ledger, tools.session.call_id)
    assert told == {
        "appointment_id": move.id,
        "booking_uid": new["uid"],
        "old_appointment_id": move.rescheduled_from_id,
    }
    kinds = await _kinds(ledger, tools.session.call_id)
    assert kinds.index("rescheduled") < kinds.index("caller_told_moved")

    again = await _book_saturday(tools, facts, "12:00")

    assert again["status"] == "booked", again
    assert LANDED_DE not in again["say"] and "also_moved" not in again, again
    assert len(await _told(ledger, tools.session.call_id)) == 1
    await _status_ok(ledger, deps, salon, tools.session.call_id)


async def test_a_lost_move_found_while_the_new_booking_is_refused_is_still_told(
    open_call, sandbox, ledger, deps, monkeypatch, salon
):
    """Calendar: as above, and Cal.com refuses the Saturday booking (400). Afterwards: nothing
    more is booked, and the caller still hears the move from code (the booking's refusal has
    no sentence of its own, so `say` is the move's alone); told once; `status` agrees."""
    tools = await open_call()
    facts = facts_of(tools)
    _, ref = await _booked_friday_ten(tools)
    slot_id = await _new_slot_held(tools)
    await _move_lost_unseen(tools, facts, sandbox, deps, monkeypatch, ref, slot_id)
    sandbox.faults.fail_next(1, "400", "POST /v2/bookings")

    refused = await _book_saturday(tools, facts)

    assert refused["status"] == "not_booked", refused
    assert refused["say"].startswith(LANDED_DE), refused["say"]
    assert refused["say"].count(LANDED_DE) == 1 and NEW_TIME_DE in refused["say"]
    assert "gebucht" not in refused["say"]
    assert [b["start"] for b in _accepted(sandbox)] == ["2026-11-27T13:00:00.000Z"]
    assert len(await _told(ledger, tools.session.call_id)) == 1
    await _status_ok(ledger, deps, salon, tools.session.call_id)


async def test_a_lost_move_that_landed_pending_is_told_as_asked_for_and_the_old_time_gone(
    open_call, sandbox, ledger, deps, monkeypatch
):
    """Calendar: the move went through, and Cal.com made the new booking `pending` (the salon
    must approve it); the answer was lost. Afterwards, at the next booking: the caller hears the
    new time is asked for, that the salon must still confirm it, and that Friday 10:00 is gone
    (Cal.com cancelled it); never "durchgegangen" or "verschoben" as if settled."""
    tools = await open_call()
    facts = facts_of(tools)
    _, ref = await _booked_friday_ten(tools)
    slot_id = await _new_slot_held(tools)
    sandbox.faults.answer_next(1, "pending", MOVE)
    await _move_lost_unseen(tools, facts, sandbox, deps, monkeypatch, ref, slot_id)

    booked = await _book_saturday(tools, facts)

    say = booked["say"]
    landed = say[say.index("Die Verschiebung Ihres Termins") :]
    assert landed == (
        "Die Verschiebung Ihres Termins Färben bei Sophie Brandt auf Freitag, 27. November, um "
        "14 Uhr ist doch im Kalender angekommen und angefragt; der Salon muss sie noch "
        "bestätigen. Den Termin am Freitag, 27. November, um 10 Uhr gibt es damit nicht mehr."
    ), say
    assert LANDED_DE not in say and "verschoben" not in say
    assert decide(landed, facts.facts()).passes
    rows = await ledger.appointments_for_call(tools.session.call_id)
    (move,) = [r for r in rows if r.rescheduled_from_id is not None]
    assert move.state is S.PENDING


async def test_an_english_caller_hears_the_landed_move_in_english(
    sandbox, ledger, deps, monkeypatch
):
    """The same call in English: the open move, the booking and the sentence code adds are
    English, the last naming Friday 27 November at 2 pm and that 10 am is gone."""
    session = CallSession(
        deps, caller_phone=CALLER, mode="text", keepalive_seconds=None, language="en"
    )
    await session.start()
    tools = BookingTools(session)
    try:
        facts = facts_of(tools, "en")
        _, ref = await _booked_friday_ten(tools)
        slot_id = await _new_slot_held(tools)
        await _move_lost_unseen(
            tools, facts, sandbox, deps, monkeypatch, ref, slot_id, heard_open="stays on"
        )

        booked = await _book_saturday(tools, facts)
    finally:
        await session.end("test over")

    assert booked["say"].count("Your earlier move went through after all") == 1, booked["say"]
    own, landed = booked["say"].split(" Your earlier move")
    assert own == (
        "Your appointment is booked: Färben with Sophie Brandt on Saturday, 28 November at 10 am."
    )
    landed = f"Your earlier move{landed}"
    assert landed == (
        "Your earlier move went through after all: your appointment, Färben with Sophie Brandt, "
        "is now on Friday, 27 November at 2 pm instead of Friday, 27 November at 10 am."
    )
    assert decide(landed, facts.facts()).passes
    assert "Ihre Verschiebung" not in booked["say"]


def test_the_landed_move_sentence_names_both_times_in_the_salons_zone():
    """Across the change to winter time: the instants are read in Berlin time."""
    old = datetime(2026, 10, 23, 8, 0, tzinfo=ZoneInfo("UTC"))  # Friday 10:00 CEST
    new = datetime(2026, 10, 27, 13, 0, tzinfo=ZoneInfo("UTC"))  # Tuesday 14:00 CET
    de = speech.move_landed_sentence("Färben", "Sophie Brandt", old, new, BERLIN)
    assert de == (
        "Ihre Verschiebung ist doch durchgegangen: Ihr Termin Färben bei Sophie Brandt ist jetzt "
        "am Dienstag, 27. Oktober, um 14 Uhr statt am Freitag, 23. Oktober, um 10 Uhr."
    )
    en = speech.move_landed_sentence("Färben", None, None, new, BERLIN, "en")
    assert en == (
        "Your earlier move went through after all: your appointment, Färben, is now on "
        "Tuesday, 27 October at 2 pm."
    )


# -- through the pipeline: spoken by code, whatever the model says ----------------------------


def _script(after_booking: str) -> list:
    find_and_hold = [
        {
            "tool_calls": [
                {"name": "find_my_appointments", "arguments": {}},
                {
                    "name": "check_availability",
                    "arguments": {
                        "service": "Färben",
                        "stylist": "Sophie",
                        "date": FRIDAY,
                        "time": "14:00",
                    },
                },
            ]
        },
        {"say": "Freitag um 14 Uhr ist frei. Soll ich Ihren Termin dorthin verlegen?"},
    ]
    move = [
        {
            "tool_calls": [
                {
                    "name": "reschedule_appointment",
                    "arguments": {
                        "ref": "{find_my_appointments.appointments.0.ref}",
                        "slot_id": "{check_availability.slot_id}",
                        "customer_name": "Erika Muster",
                    },
                }
            ]
        },
        {"say": "{say}"},
    ]
    hold_saturday = [
        {
            "tool_calls": [
                {
                    "name": "check_availability",
                    "arguments": {
                        "service": "Färben",
                        "stylist": "Sophie",
                        "date": SATURDAY,
                        "time": "10:00",
                    },
                }
            ]
        },
        {"say": "Samstag um 10 Uhr ist frei. Soll ich buchen?"},
    ]
    book = [
        {
            "tool_calls": [
                {
                    "name": "book_appointment",
                    "arguments": {
                        "slot_id": "{check_availability.slot_id}",
                        "customer_name": "Erika Muster",
                    },
                }
            ]
        },
        {"say": after_booking},
    ]
    return [find_and_hold, move, hold_saturday, book]


@pytest.mark.parametrize(
    "after_booking",
    ["", "{say}", "Prima, dann bis Samstag! Kann ich sonst noch etwas für Sie tun?"],
    ids=["says-nothing", "repeats-it", "says-something-else"],
)
async def test_the_caller_hears_the_landed_move_exactly_once_whatever_the_model_says(
    deps, calendar, sandbox, ledger, monkeypatch, after_booking
):
    """Caller: has Färben on Friday at 10 (booked on the web), moves it to 14:00 (the answer is
    lost: heard open), then books Saturday 10:00. The model, after the booking, says nothing,
    repeats the tools' `say`, or says something else. Afterwards: in that turn the caller heard
    the booking and the landed move from code, the move's sentence exactly once in the whole
    call, and the model was told it was said."""
    await book_on_the_web(
        calendar,
        stylist="Sophie Brandt",
        service="faerben",
        start=datetime(2026, 11, 27, 10, 0, tzinfo=BERLIN),
    )
    Sent(calendar, monkeypatch, then=_lose_the_answer_after_moving(sandbox))
    async with TextCall(
        runtime=deps,
        settings=Settings(_env_file=None),
        caller_phone=CALLER,
        script=_script(after_booking),
    ) as call:
        await call.say("Ich hab Freitag um zehn Färben. Geht auch 14 Uhr?")
        try:
            open_reply = await call.say("Ja, bitte. Erika Muster.")
        finally:
            sandbox.faults.clear()
        await call.say("Und Samstag um zehn hätte ich gern noch einen Termin.")
        reply = await call.say("Ja, bitte buchen.")
        call_id = call.call_id

    assert "bleibt oder" in open_reply.text, open_reply.text
    results = [e.data["result"] for e in await ledger.timeline(call_id) if e.kind == "tool_result"]
    booked = next(r for r in results if r.get("status") == "booked")
    assert reply.text.startswith(booked["say"]), (reply.text, booked["say"])
    assert LANDED_DE in booked["say"] and NEW_TIME_DE in booked["say"]
    said = [e.data["text"] for e in await ledger.timeline(call_id) if e.kind == "bot_said"]
    assert sum(s.count(LANDED_DE) for s in said) == 1, said
    assert len(await _told(ledger, call_id)) == 1
    assert call.result.guard_blocked == []
    old = next(b for b in sandbox.bookings() if b.get("rescheduledToUid"))
    assert _by_uid(sandbox)[old["rescheduledToUid"]]["status"] == "accepted"


# -- an earlier booking for someone else, found carried out at the next booking ----------------


async def test_a_lost_booking_for_the_son_found_at_the_callers_booking_is_told_by_code_once(
    open_call, sandbox, ledger, deps, monkeypatch, salon
):
    """Caller: books a Herrenhaarschnitt for her son Ben (Friday 10:00 with Fabian); Cal.com
    makes it, but the answer is lost and Cal.com cannot be asked, so she hears it is open. Then
    she books Friday 14:00 for herself, and the call finds Ben's booking made. Afterwards: her
    booking's `say` is its own sentence, then one sentence saying Ben's earlier booking went
    through (Friday 10:00, Fabian), true by the guard's reading; the entry in `also_landed`
    carries no `say` of its own (nothing for the model to say again); a later booking does not
    repeat it; the ledger has both confirmed and `status` agrees with Cal.com."""
    tools = await open_call()
    facts = facts_of(tools)
    ben, lost = await _book_for_ben_answer_lost(
        tools, facts, sandbox, deps, monkeypatch, carried_out=True
    )
    assert ben["status"] == "held", ben
    assert lost["status"] in ("unknown", "not_confirmed_yet"), lost
    assert "gebucht" not in lost["say"]

    mine = await run(
        tools,
        facts,
        "check_availability",
        {"service": "Färben", "stylist": "Sophie", "date": FRIDAY, "time": "14:00"},
    )
    booked = await run(
        tools, facts, "book_appointment", {"slot_id": mine["slot_id"], "customer_name": "Erika"}
    )

    assert booked["status"] == "booked" and not booked.get("landed_late"), booked
    own, landed = booked["say"].split(" Die frühere Buchung")
    assert own == (
        "Ihr Termin ist gebucht: Färben bei Sophie Brandt am Freitag, 27. November, um 14 Uhr."
    )
    assert landed == (
        " ist doch durchgegangen: Herrenhaarschnitt bei Fabian Spitzer am Freitag, "
        "27. November, um 10 Uhr ist gebucht."
    )
    assert decide(f"Die frühere Buchung{landed}", facts.facts()).passes
    (entry,) = booked["also_landed"]
    assert entry["time"] == "10:00" and entry["landed_late"] and "say" not in entry
    rows = await ledger.appointments_for_call(tools.session.call_id)
    confirmed = sorted(r.start for r in rows if r.state is S.CONFIRMED)
    assert [c.astimezone(BERLIN).hour for c in confirmed] == [10, 14]
    assert "booking_landed_late" in await _kinds(ledger, tools.session.call_id)

    again = await _book_saturday(tools, facts)

    assert "frühere Buchung" not in again["say"] and "also_landed" not in again, again
    await _status_ok(ledger, deps, salon, tools.session.call_id)
