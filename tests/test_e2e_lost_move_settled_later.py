"""A lost move settled later in the call is told in the call, by code, once.

A caller moves her appointment (Färben, Friday 10:00 with Sophie, to 14:00). The move's answer
is lost (a 500; nothing moved), a web booker books 14:00 before the call can fence it, and
Cal.com's bookings list answers 500 just then, so nobody can see who holds the new time: the
caller hears the move is open. Later in the call she books Saturday, and the call looks again:
Cal.com shows the old booking accepted and unmoved and the web booking at 14:00, so the move is
settled not moved. What must be true: she hears it in that turn from code, verbatim and exactly
once in the call, whatever the model says ("Das Verschieben hat nicht geklappt: ... anderweitig
vergeben. Ihr Termin ... bleibt bestehen."); the timeline says it was told
(`caller_told_not_moved`); the ledger has the move failed and the old appointment confirmed;
after the hang-up no caller notice repeats it. A look that cannot settle it tells nothing; a
move settled only after the hang-up is left to the caller notice. The same for a lost move
found carried out: told in the call, no notice after."""

# ruff: noqa: F811
from __future__ import annotations

from datetime import timedelta

import pytest

from agent.call import TextCall
from agent.claims import decide
from agent.config import Settings
from calendar_adapter.backend import BookingOutcomeUnknownError
from calendar_adapter.ledger import AppointmentState
from tests.guard_support import facts_of
from tests.test_e2e_landed_late_told import (
    LANDED_DE,
    SATURDAY,
    _book_for_ben_answer_lost,
    _book_saturday,
    _move_lost_unseen,
)
from tests.test_e2e_move_faults import _booked_friday_ten, _by_uid, _move, _new_slot_held
from tests.test_e2e_move_retry import (
    MOVE,
    Sent,
    _accepted,
    _kinds,
    _move_lost_while_unseen_web_booker_takes_its_time,
    _status_ok,
)
from tests.tools_fixtures import CALLER, FRIDAY, deps, open_call  # noqa: F401
from tools.booking_tools import BookingTools
from tools.session import CallSession

S = AppointmentState
NOT_MOVED_DE = (
    "Das Verschieben hat nicht geklappt: Freitag, 27. November, um 14 Uhr ist inzwischen "
    "anderweitig vergeben. Ihr Termin Färben bei Sophie Brandt am Freitag, 27. November, um "
    "10 Uhr bleibt bestehen."
)
SATURDAY_BOOKED_DE = (
    "Ihr Termin ist gebucht: Färben bei Sophie Brandt am Samstag, 28. November, um 10 Uhr."
)


async def _told(ledger, call_id: str) -> list[dict]:
    return [e.data for e in await ledger.timeline(call_id) if e.kind == "caller_told_not_moved"]


async def _move_row(ledger, call_id: str):
    rows = await ledger.appointments_for_call(call_id)
    (move,) = [r for r in rows if r.rescheduled_from_id is not None]
    return move


async def _heard_open(tools, sandbox, heard_open: str = "bleibt oder") -> tuple[str, str]:
    """Friday 10:00 booked, the move to 14:00 lost while a web booker takes 14:00 unseen: the
    caller heard it is open. The old booking's uid and the web booking's."""
    old_uid, result = await _move_lost_while_unseen_web_booker_takes_its_time(tools, sandbox)
    assert result["status"] == "not_confirmed_yet", result
    assert heard_open in result["say"], result["say"]
    (web,) = [b for b in _accepted(sandbox) if b["uid"] != old_uid]
    return old_uid, web["uid"]


# -- told at the next booking ------------------------------------------------------------------


async def test_a_lost_move_found_not_moved_at_the_next_booking_is_told_by_code_once(
    open_call, sandbox, ledger, deps, salon
):
    """Caller: moves Friday 10:00 to 14:00 (heard: open), books Saturday 10:00, then Saturday
    12:00, then hangs up. Afterwards: the first booking's `say` is its own sentence, then the
    not-moved sentence, true by the guard's reading; the model is told it was said; the second
    booking says nothing of it; the timeline has `caller_told_not_moved` once, after the move
    was settled; the move's row failed, the old one confirmed, the old booking accepted and
    unmoved in Cal.com; after the hang-up there is no caller notice; `status` agrees."""
    tools = await open_call()
    facts = facts_of(tools)
    old_uid, web_uid = await _heard_open(tools, sandbox)
    await facts.refresh()

    booked = await _book_saturday(tools, facts)

    assert booked["status"] == "booked", booked
    assert booked["say"] == f"{SATURDAY_BOOKED_DE} {NOT_MOVED_DE}"
    assert decide(NOT_MOVED_DE, facts.facts()).passes
    (standing,) = booked["also_not_moved"]
    assert standing["time"] == "10:00" and "14" in standing["not_moved_to"], standing
    assert "also_not_moved" in booked["hint"] and "gehört" in booked["hint"]
    call_id = tools.session.call_id
    move = await _move_row(ledger, call_id)
    assert move.state is S.FAILED and web_uid in move.error
    assert (await ledger.get(move.rescheduled_from_id)).state is S.CONFIRMED
    assert _by_uid(sandbox)[old_uid]["status"] == "accepted"
    assert not _by_uid(sandbox)[old_uid].get("rescheduledToUid")
    (told,) = await _told(ledger, call_id)
    assert told == {
        "appointment_id": move.id,
        "old_appointment_id": move.rescheduled_from_id,
        "taken_by": web_uid,
    }
    kinds = await _kinds(ledger, call_id)
    assert kinds.index("booking_resolved") < kinds.index("caller_told_not_moved")
    assert tools.session.lost == {}

    again = await _book_saturday(tools, facts, "12:00")

    assert again["status"] == "booked", again
    assert "Verschieben" not in again["say"] and "also_not_moved" not in again, again
    await tools.session.end("hangup")
    assert len(await _told(ledger, call_id)) == 1
    assert await ledger.open_caller_notices(call_id=call_id) == []
    await _status_ok(ledger, deps, salon, call_id)


async def test_a_lost_move_found_not_moved_while_the_new_booking_is_refused_is_still_told(
    open_call, sandbox, ledger, deps
):
    """Calendar: as above, and Cal.com refuses the Saturday booking (400). Afterwards: nothing
    more is booked, and `say` is the not-moved sentence alone (the refusal has none), told
    once; no "gebucht"."""
    tools = await open_call()
    facts = facts_of(tools)
    await _heard_open(tools, sandbox)
    sandbox.faults.fail_next(1, "400", "POST /v2/bookings")

    refused = await _book_saturday(tools, facts)

    assert refused["status"] == "not_booked", refused
    assert refused["say"] == NOT_MOVED_DE
    assert len(await _told(ledger, tools.session.call_id)) == 1
    assert len(_accepted(sandbox)) == 2  # the old booking and the web booker's


async def test_an_english_caller_hears_the_lost_move_not_moved_in_english(sandbox, ledger, deps):
    """The same call in English: the sentence code adds after the booking's is English."""
    session = CallSession(
        deps, caller_phone=CALLER, mode="text", keepalive_seconds=None, language="en"
    )
    await session.start()
    tools = BookingTools(session)
    try:
        facts = facts_of(tools, "en")
        await _heard_open(tools, sandbox, heard_open="stays on")
        booked = await _book_saturday(tools, facts)
    finally:
        await session.end("test over")

    assert booked["say"] == (
        "Your appointment is booked: Färben with Sophie Brandt on Saturday, 28 November at "
        "10 am. The move did not work: the new time, Friday, 27 November at 2 pm, has been taken "
        "by someone else meanwhile. Your appointment, Färben with Sophie Brandt on Friday, "
        "27 November at 10 am, stays as it is."
    ), booked["say"]
    assert "Verschieben" not in booked["say"]
    assert decide(booked["say"].split("10 am. ", 1)[1], facts.facts()).passes


# -- looks that cannot settle it tell nothing --------------------------------------------------


async def test_a_later_look_that_still_cannot_read_the_bookings_tells_nothing(
    open_call, sandbox, ledger, deps
):
    """Calendar: the bookings list still answers 500 at the Saturday booking. Afterwards: the
    move stays open (nothing said of it, `caller_told_not_moved` absent), and is looked for
    again at the call's end."""
    tools = await open_call()
    facts = facts_of(tools)
    await _heard_open(tools, sandbox)
    sandbox.faults.fail_next(10_000, "5xx", "GET /v2/bookings")
    try:
        booked = await _book_saturday(tools, facts)
    finally:
        sandbox.faults.clear()

    assert booked["say"] == SATURDAY_BOOKED_DE
    assert "also_not_moved" not in booked
    move = await _move_row(ledger, tools.session.call_id)
    assert move.state is S.UNKNOWN and move.id in tools.session.lost
    assert await _told(ledger, tools.session.call_id) == []


async def test_a_later_look_within_the_settle_time_tells_nothing_and_the_next_look_tells(
    open_call, sandbox, ledger, deps, clock
):
    """The call gives Cal.com a second after a request left (`lost_answer_settle_seconds`).
    The Saturday booking comes within it (the clock stands still): a move already past its
    checks could still finish, so nothing is said and the move stays open; at the next booking,
    two seconds later, it is settled not moved and told, once."""
    deps.lost_answer_settle_seconds = 1.0
    tools = await open_call()
    facts = facts_of(tools)
    await _heard_open(tools, sandbox)

    first = await _book_saturday(tools, facts)

    assert first["say"] == SATURDAY_BOOKED_DE, first["say"]
    assert (await _move_row(ledger, tools.session.call_id)).state is S.UNKNOWN
    clock.advance(timedelta(seconds=2))

    second = await _book_saturday(tools, facts, "12:00")

    assert second["say"].endswith(f" {NOT_MOVED_DE}"), second["say"]
    assert (await _move_row(ledger, tools.session.call_id)).state is S.FAILED
    assert len(await _told(ledger, tools.session.call_id)) == 1


async def test_a_lost_move_settled_not_moved_only_after_the_hang_up_is_left_to_the_notice(
    open_call, sandbox, ledger, deps
):
    """The caller hangs up without booking again; the look at the call's end settles the move
    not moved. Afterwards: nobody was told in the call (`caller_told_not_moved` absent), and
    the caller notice says it (outcome failed), once."""
    tools = await open_call()
    await _heard_open(tools, sandbox)
    call_id = tools.session.call_id

    await tools.session.end("hangup")

    assert (await _move_row(ledger, call_id)).state is S.FAILED
    assert await _told(ledger, call_id) == []
    assert [n.outcome for n in await ledger.open_caller_notices(call_id=call_id)] == ["failed"]


# -- settled at its horizon while the caller is still on the line -----------------------------


async def _heard_open_nothing_booked(tools, monkeypatch, deps, calendar) -> tuple[str, object]:
    """Friday 10:00 booked; the move to 14:00 lost (nothing moved) while someone else reserves
    14:00, so the call cannot fence it and nothing settles it: heard open. The old booking's
    uid and the move's row."""

    async def someone_reserves(send, count, uid, *args, **kwargs):
        await calendar.release_reservation(hold.reservation_uid)
        await calendar.reserve_slot(hold.slot.event_type_id, hold.slot.start)
        raise BookingOutcomeUnknownError("answer lost", request_id=None)

    old_uid, ref = await _booked_friday_ten(tools)
    slot_id = await _new_slot_held(tools)
    hold = tools.session.hold_for(slot_id)  # detached by the tool before the move is sent
    Sent(deps.backend, monkeypatch, then=someone_reserves)
    result = await _move(tools, ref, slot_id)
    monkeypatch.undo()
    assert result["status"] == "not_confirmed_yet", result
    return old_uid, await _move_row(tools.session.deps.ledger, tools.session.call_id)


async def test_a_lost_move_settled_at_its_horizon_in_the_call_is_told_and_the_old_one_stands(
    open_call, sandbox, ledger, deps, monkeypatch, calendar, clock, salon
):
    """Caller: moves Friday 10:00 to 14:00 (heard: open; someone else had reserved 14:00, so
    nothing could settle it), stays on the line past the move's horizon and books Saturday.
    Afterwards: the move can no longer land and Cal.com shows the old booking accepted and
    unmoved: she hears by code, after the booking's sentence, that the move did not work and
    Friday 10:00 stands (true by the guard), once; no caller notice; `status` agrees."""
    tools = await open_call()
    facts = facts_of(tools)
    old_uid, move = await _heard_open_nothing_booked(tools, monkeypatch, deps, calendar)
    clock.advance(deps.lost_request_horizon + timedelta(minutes=1))

    booked = await _book_saturday(tools, facts)

    not_moved = (
        "Das Verschieben auf Freitag, 27. November, um 14 Uhr hat nicht geklappt. Ihr Termin "
        "Färben bei Sophie Brandt am Freitag, 27. November, um 10 Uhr bleibt bestehen."
    )
    assert booked["say"] == f"{SATURDAY_BOOKED_DE} {not_moved}", booked["say"]
    assert decide(not_moved, facts.facts()).passes
    assert (await ledger.get(move.id)).state is S.FAILED
    assert (await ledger.find_by_booking_uid(old_uid)).state is S.CONFIRMED
    call_id = tools.session.call_id
    (told,) = await _told(ledger, call_id)
    assert told["taken_by"] is None and told["appointment_id"] == move.id
    await tools.session.end("hangup")
    assert await ledger.open_caller_notices(call_id=call_id) == []
    await _status_ok(ledger, deps, salon, call_id)


async def test_an_english_caller_hears_the_move_settled_at_its_horizon_in_english(
    sandbox, ledger, deps, monkeypatch, calendar, clock
):
    """The same call in English: the sentence code adds is English and true by the guard."""
    session = CallSession(
        deps, caller_phone=CALLER, mode="text", keepalive_seconds=None, language="en"
    )
    await session.start()
    tools = BookingTools(session)
    try:
        facts = facts_of(tools, "en")
        await _heard_open_nothing_booked(tools, monkeypatch, deps, calendar)
        clock.advance(deps.lost_request_horizon + timedelta(minutes=1))
        booked = await _book_saturday(tools, facts)
    finally:
        await session.end("test over")

    own, not_moved = booked["say"].split(" The move", 1)
    assert own.startswith("Your appointment is booked: "), own
    not_moved = f"The move{not_moved}"
    assert not_moved == (
        "The move to Friday, 27 November at 2 pm did not work. Your appointment, Färben with "
        "Sophie Brandt on Friday, 27 November at 10 am, stays as it is."
    ), booked["say"]
    assert decide(not_moved, facts.facts()).passes
    assert "The earlier move did not go through" in booked["hint"]


async def test_a_lost_move_settled_at_its_horizon_after_the_salon_cancelled_it_leaves_a_notice(
    open_call, sandbox, ledger, deps, monkeypatch, calendar, clock
):
    """Calendar: as above, but meanwhile the salon cancels the Friday 10:00 booking. At the
    Saturday booking the move is settled not moved, and the old appointment does not stand:
    nothing is said of it by code (no sentence could say "bleibt bestehen"), and the caller,
    who heard the salon would clear it up, is left a notice, once (before: nothing)."""
    tools = await open_call()
    facts = facts_of(tools)
    old_uid, move = await _heard_open_nothing_booked(tools, monkeypatch, deps, calendar)
    await calendar.cancel_booking(old_uid, reason="Salon")
    clock.advance(deps.lost_request_horizon + timedelta(minutes=1))

    booked = await _book_saturday(tools, facts)

    assert booked["say"] == SATURDAY_BOOKED_DE, booked["say"]
    assert "also_not_moved" not in booked
    call_id = tools.session.call_id
    assert (await ledger.get(move.id)).state is S.FAILED
    assert await _told(ledger, call_id) == []
    await tools.session.end("hangup")
    notices = await ledger.open_caller_notices(call_id=call_id)
    assert [(n.appointment_id, n.outcome) for n in notices] == [(move.id, "failed")]


async def test_a_lost_booking_for_the_son_settled_failed_in_the_call_leaves_a_notice(
    open_call, sandbox, ledger, deps, monkeypatch, clock
):
    """Caller: books a cut for her son Ben; the request is never carried out, its answer lost
    and Cal.com cannot be asked (heard: the salon will get back to her). Past the horizon she
    books for herself; the call finds Ben's request can no longer land. Afterwards: his row
    failed, nothing said of it by code, and a caller notice is left for it, once (before:
    nothing, though she was promised the salon would get back to her)."""
    tools = await open_call()
    facts = facts_of(tools)

    _, lost = await _book_for_ben_answer_lost(
        tools, facts, sandbox, deps, monkeypatch, carried_out=False
    )
    assert lost["status"] in ("unknown", "not_confirmed_yet"), lost
    assert "meldet sich" in lost["say"] or "bleibt" in lost["say"], lost["say"]
    clock.advance(deps.lost_request_horizon + timedelta(minutes=1))

    booked = await _book_saturday(tools, facts)

    assert booked["say"] == SATURDAY_BOOKED_DE, booked["say"]
    call_id = tools.session.call_id
    rows = await ledger.appointments_for_call(call_id)
    (ben_row,) = [r for r in rows if r.request_id and r.state is S.FAILED]
    notices = await ledger.open_caller_notices(call_id=call_id)
    assert [(n.appointment_id, n.outcome) for n in notices] == [(ben_row.id, "failed")]
    await tools.session.end("hangup")
    assert len(await ledger.open_caller_notices(call_id=call_id)) == 1


# -- likewise a lost move found carried out ----------------------------------------------------


async def test_a_lost_move_found_moved_at_the_next_booking_leaves_no_notice_after_the_call(
    open_call, sandbox, ledger, deps, monkeypatch, salon
):
    """Calendar: the move went through, its answer and lookups lost (heard: unknown). At the
    Saturday booking the caller hears it went through (by code); after the hang-up no caller
    notice repeats it; `status` agrees."""
    tools = await open_call()
    facts = facts_of(tools)
    _, ref = await _booked_friday_ten(tools)
    slot_id = await _new_slot_held(tools)
    await _move_lost_unseen(tools, facts, sandbox, deps, monkeypatch, ref, slot_id)

    booked = await _book_saturday(tools, facts)

    assert booked["say"].count(LANDED_DE) == 1, booked["say"]
    call_id = tools.session.call_id
    await tools.session.end("hangup")
    assert await ledger.open_caller_notices(call_id=call_id) == []
    assert (await _kinds(ledger, call_id)).count("caller_told_moved") == 1
    await _status_ok(ledger, deps, salon, call_id)


# -- through the pipeline: spoken by code, whatever the model says ----------------------------


def _script(after_booking: str) -> list:
    def tool(name: str, **arguments) -> dict:
        return {"tool_calls": [{"name": name, "arguments": arguments}]}

    def hold(date: str, time: str) -> dict:
        return tool("check_availability", service="Färben", stylist="Sophie", date=date, time=time)

    book = tool(
        "book_appointment", slot_id="{check_availability.slot_id}", customer_name="Erika Muster"
    )
    move = tool(
        "reschedule_appointment",
        ref="{find_my_appointments.appointments.0.ref}",
        slot_id="{check_availability.slot_id}",
        customer_name="Erika Muster",
    )
    return [
        [hold(FRIDAY, "10:00"), {"say": "Freitag um 10 Uhr ist frei. Soll ich buchen?"}],
        [book, {"say": "{say}"}],
        [
            {
                "tool_calls": [
                    {"name": "find_my_appointments", "arguments": {}},
                    hold(FRIDAY, "14:00")["tool_calls"][0],
                ]
            },
            {"say": "Freitag um 14 Uhr ist frei. Soll ich Ihren Termin dorthin verlegen?"},
        ],
        [move, {"say": "{say}"}],
        [hold(SATURDAY, "10:00"), {"say": "Samstag um 10 Uhr ist frei. Soll ich buchen?"}],
        [book, {"say": after_booking}],
    ]


@pytest.mark.parametrize(
    "after_booking",
    ["", "{say}", "Prima, dann bis Samstag! Kann ich sonst noch etwas für Sie tun?"],
    ids=["says-nothing", "repeats-it", "says-something-else"],
)
async def test_the_caller_hears_the_lost_move_not_moved_exactly_once_whatever_the_model_says(
    deps, sandbox, ledger, after_booking
):
    """Caller: books Färben on Friday at 10, moves it to 14:00 (the answer is lost, a web
    booker takes 14:00 unseen: heard open), then books Saturday 10:00. The model, after the
    booking, says nothing, repeats the tools' `say`, or says something else. Afterwards: in
    that turn the caller heard the booking and the not-moved sentence from code, the latter
    exactly once in the whole call; nothing was blocked; no caller notice after the call."""
    async with TextCall(
        runtime=deps,
        settings=Settings(_env_file=None),
        caller_phone=CALLER,
        script=_script(after_booking),
    ) as call:
        await call.say("Färben am Freitag um zehn bei Sophie, bitte.")
        await call.say("Ja, buchen. Erika Muster.")
        await call.say("Geht statt dessen auch Freitag um 14 Uhr?")
        slot = next(iter(call.session.holds)).slot
        sandbox.faults.fail_next(1, "5xx", MOVE)
        sandbox.faults.external_booking(slot.event_type_id, slot.start, on="POST /v2/slots/*")
        sandbox.faults.fail_next(10_000, "5xx", "GET /v2/bookings")
        try:
            open_reply = await call.say("Ja, bitte verlegen.")
        finally:
            sandbox.faults.clear()
        await call.say("Und Samstag um zehn hätte ich gern noch einen Termin.")
        reply = await call.say("Ja, bitte buchen.")
        call_id = call.call_id

    assert "bleibt oder" in open_reply.text, open_reply.text
    results = [e.data["result"] for e in await ledger.timeline(call_id) if e.kind == "tool_result"]
    saturday = [r for r in results if r.get("status") == "booked"][-1]
    assert saturday["say"] == f"{SATURDAY_BOOKED_DE} {NOT_MOVED_DE}"
    assert reply.text.startswith(saturday["say"]), (reply.text, saturday["say"])
    said = [e.data["text"] for e in await ledger.timeline(call_id) if e.kind == "bot_said"]
    assert sum(s.count("Das Verschieben hat nicht geklappt") for s in said) == 1, said
    assert len(await _told(ledger, call_id)) == 1
    assert call.result.guard_blocked == []
    assert await ledger.open_caller_notices(call_id=call_id) == []
