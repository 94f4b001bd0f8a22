"""What settles a lost move "not moved" early, and when the call waits for it.

A caller moves her appointment (Färben, Friday 10:00 with Sophie, to 14:00 until 15:30) and the
move's answer is lost (a 500; nothing moved). Cal.com counts a host's accepted bookings of every
event type as busy time and refuses a booking or a move into it (the booking being moved
excepted); so once the settle time has passed, another accepted booking of Sophie that overlaps
14:00–15:30, of any of her services, settles the move not moved while the old booking stands,
and the caller hears that by code (`booking_outcome.resolve_lost_move`). Anything short of that
keeps it open: another stylist's booking, a reservation, a pending booking (it blocks only when
its event type says so), a booking whose host Cal.com does not name, one that only touches the
new time. And the call waits the settle time after a lost move only when waiting can change
the answer: behind a fence (its look decides the retry), or when a look finds the move would be
settled not moved once it has passed; never when it would hear the same (open, moved,
unreachable) either way."""

# ruff: noqa: F811
from __future__ import annotations

import asyncio
import dataclasses
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from agent.claims import decide
from calendar_adapter.backend import BookingOutcomeUnknownError
from calendar_adapter.ledger import AppointmentState
from tests.guard_support import facts_of, run
from tests.test_e2e_move_faults import _booked_friday_ten, _by_uid, _move, _new_slot_held
from tests.test_e2e_move_retry import GET_BOOKING, MOVE, Sent, _accepted, _kinds, _status_ok
from tests.tools_fixtures import book_on_the_web, deps, open_call  # noqa: F401

S = AppointmentState
BERLIN = ZoneInfo("Europe/Berlin")
RESERVE = "POST /v2/slots/*"
NOT_MOVED = (
    "Das Verschieben hat nicht geklappt: Freitag, 27. November, um 14 Uhr ist inzwischen "
    "anderweitig vergeben. Ihr Termin Färben bei Sophie Brandt am Freitag, 27. November, um "
    "10 Uhr bleibt bestehen."
)
# A settle time no other sleep of the call uses, so the test can count the call's waits for it.
SETTLE = 0.0421


def _friday(hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, 27, hour, minute, tzinfo=BERLIN)


async def _move_row(ledger, call_id: str):
    rows = await ledger.appointments_for_call(call_id)
    (move,) = [r for r in rows if r.rescheduled_from_id is not None]
    return move


async def _lost_while_web_booker_books(
    tools, sandbox, *, service: str, start: datetime, list_fails: bool = False
) -> tuple[str, dict]:
    """Friday 10:00 booked and 14:00 held; the move's answer is a 500 (nothing moved), and a
    web booker books Sophie for `service` at `start` in the moment the call lets the
    reservation go to fence the new time (`list_fails`: and Cal.com's bookings list answers
    500 meanwhile). The old booking's uid and the move's result."""
    old_uid, ref = await _booked_friday_ten(tools)
    slot_id = await _new_slot_held(tools)
    sandbox.faults.fail_next(1, "5xx", MOVE)
    event_type_id = sandbox.event_type_id("sophie-brandt", service)
    sandbox.faults.external_booking(event_type_id, start, on=RESERVE)
    if list_fails:
        sandbox.faults.fail_next(10_000, "5xx", "GET /v2/bookings")
    try:
        return old_uid, await _move(tools, ref, slot_id)
    finally:
        sandbox.faults.clear()


def _web_booking(sandbox, old_uid: str) -> dict:
    (web,) = [b for b in _accepted(sandbox) if b["uid"] != old_uid]
    return web


async def _assert_told_not_moved(result, tools, facts, sandbox, ledger, deps, salon, old_uid):
    """The caller heard by code that the move did not work and the old appointment stands
    (true by the guard); the move's row failed naming the web booking, the old one confirmed;
    the old booking accepted and unmoved in Cal.com; nothing left open, held or to settle."""
    assert result["status"] == "unavailable" and result["reason"] == "slot_taken", result
    assert result["say"] == NOT_MOVED
    await facts.refresh()
    assert decide(NOT_MOVED, facts.facts()).passes
    call_id = tools.session.call_id
    move = await _move_row(ledger, call_id)
    assert move.state is S.FAILED and _web_booking(sandbox, old_uid)["uid"] in move.error
    assert (await ledger.find_by_booking_uid(old_uid)).state is S.CONFIRMED
    assert _by_uid(sandbox)[old_uid]["status"] == "accepted"
    assert not _by_uid(sandbox)[old_uid].get("rescheduledToUid")
    assert tools.session.lost == {} and sandbox.active_reservations() == []
    assert "move_retried" not in await _kinds(ledger, call_id)
    await _status_ok(ledger, deps, salon, call_id)


async def _assert_open(result, tools, ledger, sandbox, old_uid) -> None:
    """The caller heard both times are open; the move's row unknown and still looked for."""
    assert result["status"] == "not_confirmed_yet", result
    assert "bleibt oder" in result["say"], result["say"]
    assert "nicht geklappt" not in result["say"]
    move = await _move_row(ledger, tools.session.call_id)
    assert move.state is S.UNKNOWN and move.id in tools.session.lost
    assert _by_uid(sandbox)[old_uid]["status"] == "accepted"


# -- evidence: any accepted booking of the same stylist overlapping the new time ---------------


@pytest.mark.parametrize(
    ("service", "start"),
    [
        ("damenhaarschnitt", _friday(13, 30)),  # 13:30-14:30, into the start of the new time
        ("straehnchen", _friday(15)),  # 15:00-17:00, into its end
        ("faerben", _friday(14)),  # the same service at the same time, as before
    ],
    ids=["cut-before", "highlights-after", "same-service"],
)
async def test_a_lost_move_whose_new_time_the_stylist_is_booked_for_is_told_not_moved(
    open_call, sandbox, ledger, deps, salon, service, start
):
    """Calendar: while the move's answer is lost a web booker books Sophie for another of her
    services (or the same one) overlapping 14:00-15:30. Afterwards: Sophie is busy then in
    Cal.com, so the lost move cannot land there: no retry, "nicht geklappt ... bleibt
    bestehen" by code, the move failed, the old appointment confirmed; `status` agrees."""
    tools = await open_call()
    facts = facts_of(tools)

    old_uid, result = await _lost_while_web_booker_books(
        tools, sandbox, service=service, start=start
    )

    assert _web_booking(sandbox, old_uid)["eventTypeId"] == sandbox.event_type_id(
        "sophie-brandt", service
    )
    await _assert_told_not_moved(result, tools, facts, sandbox, ledger, deps, salon, old_uid)


async def test_a_booking_that_ends_when_the_new_time_begins_is_no_obstacle_and_the_move_goes(
    open_call, sandbox, ledger, deps, salon
):
    """Calendar: the web booker books Sophie 13:00-14:00 (a cut), which ends as the new time
    begins. Afterwards: nothing holds 14:00, the call fences it and sends the move once more:
    moved, told "verschoben"; the cut untouched."""
    tools = await open_call()

    _old_uid, result = await _lost_while_web_booker_books(
        tools, sandbox, service="damenhaarschnitt", start=_friday(13)
    )

    assert result["status"] == "rescheduled", result
    assert "verschoben" in result["say"]
    assert "move_retried" in await _kinds(ledger, tools.session.call_id)
    starts = sorted(b["start"] for b in _accepted(sandbox))
    assert starts == ["2026-11-27T12:00:00.000Z", "2026-11-27T13:00:00.000Z"]
    await _status_ok(ledger, deps, salon, tools.session.call_id)


async def test_another_stylists_booking_at_the_new_time_is_no_evidence(
    open_call, sandbox, ledger, deps, monkeypatch, calendar
):
    """Calendar: while the move's answer is lost, someone else reserves Sophie's 14:00 (so the
    call cannot fence it) and a web booker books Fabian for Färben at 14:00. Afterwards:
    Fabian's booking says nothing about Sophie, a reservation lapses: open, never "nicht
    geklappt"."""

    async def reserved_and_fabian_booked(send, count, uid, *args, **kwargs):
        await calendar.release_reservation(hold.reservation_uid)
        await calendar.reserve_slot(hold.slot.event_type_id, hold.slot.start)
        await book_on_the_web(
            calendar,
            stylist="Fabian Spitzer",
            service="faerben",
            start=_friday(14),
            phone="+4917011112222",
        )
        raise BookingOutcomeUnknownError("answer lost", request_id=None)

    tools = await open_call()
    old_uid, ref = await _booked_friday_ten(tools)
    slot_id = await _new_slot_held(tools)
    hold = tools.session.hold_for(slot_id)  # detached by the tool before the move is sent
    Sent(deps.backend, monkeypatch, then=reserved_and_fabian_booked)

    result = await _move(tools, ref, slot_id)

    await _assert_open(result, tools, ledger, sandbox, old_uid)
    assert "fence_refused" in await _kinds(ledger, tools.session.call_id)
    assert [b["hosts"][0]["name"] for b in _accepted(sandbox) if b["uid"] != old_uid] == [
        "Fabian Spitzer"
    ]


async def test_a_pending_booking_of_the_stylist_at_the_new_time_is_no_evidence(
    open_call, sandbox, ledger, deps
):
    """Calendar: Sophie's cuts need the salon's confirmation; while the move's answer is lost
    a web booker asks for a cut at 13:30 (pending). Afterwards: whether a pending booking
    blocks depends on the event type's settings in Cal.com: open, never "nicht geklappt"."""
    sandbox.set_requires_confirmation(sandbox.event_type_id("sophie-brandt", "damenhaarschnitt"))
    tools = await open_call()

    old_uid, result = await _lost_while_web_booker_books(
        tools, sandbox, service="damenhaarschnitt", start=_friday(13, 30)
    )

    assert [b["status"] for b in sandbox.bookings() if b["uid"] != old_uid] == ["pending"]
    await _assert_open(result, tools, ledger, sandbox, old_uid)


@pytest.mark.parametrize(
    ("service", "start", "settled"),
    [("damenhaarschnitt", _friday(13, 30), False), ("faerben", _friday(14), True)],
    ids=["other-service-open", "same-service-settled"],
)
async def test_a_booking_whose_host_cal_com_does_not_name_counts_only_by_its_event_type(
    open_call, sandbox, ledger, deps, salon, monkeypatch, service, start, settled
):
    """Calendar: as above, but Cal.com's bookings list names no hosts. Afterwards: a booking
    of another service cannot be told to be Sophie's (open); one of the same event type is
    hers all the same (settled not moved)."""
    list_bookings = deps.backend.list_bookings

    async def without_hosts(**kwargs):
        return [dataclasses.replace(b, host_user_ids=()) for b in await list_bookings(**kwargs)]

    monkeypatch.setattr(deps.backend, "list_bookings", without_hosts)
    tools = await open_call()
    facts = facts_of(tools)

    old_uid, result = await _lost_while_web_booker_books(
        tools, sandbox, service=service, start=start
    )

    if settled:
        await _assert_told_not_moved(result, tools, facts, sandbox, ledger, deps, salon, old_uid)
    else:
        await _assert_open(result, tools, ledger, sandbox, old_uid)


# -- the settle time: waited only when waiting can change the answer --------------------------


@pytest.fixture
def waits(deps, monkeypatch) -> list[float]:
    """The call's waits for the settle time (`SETTLE`), counted as they begin."""
    deps.lost_answer_settle_seconds = SETTLE
    seen: list[float] = []
    sleep = asyncio.sleep

    async def counted(delay: float, *args, **kwargs):
        if delay == SETTLE:
            seen.append(delay)
        return await sleep(delay, *args, **kwargs)

    monkeypatch.setattr(asyncio, "sleep", counted)
    return seen


async def test_behind_a_fence_the_call_waits_once_before_it_decides_to_send_again(
    open_call, sandbox, ledger, deps, salon, waits
):
    """Calendar: the move's answer is a 500, nothing else happens; the call fences 14:00.
    Afterwards: it waited the settle time once (a move already past Cal.com's checks finishes
    meanwhile, and the look after it decides the retry), then moved with the fence."""
    tools = await open_call()
    old_uid, ref = await _booked_friday_ten(tools)
    slot_id = await _new_slot_held(tools)
    sandbox.faults.fail_next(1, "5xx", MOVE)

    result = await _move(tools, ref, slot_id)

    assert result["status"] == "rescheduled", result
    assert waits == [SETTLE]
    assert _by_uid(sandbox)[old_uid]["rescheduledToUid"]


async def test_unfenced_the_call_waits_once_when_the_new_time_is_booked_and_then_tells_it(
    open_call, sandbox, ledger, deps, salon, waits
):
    """Calendar: a web booker books Sophie 13:30 as the call lets the reservation go, so the
    fence is refused. Afterwards: the call's first look finds the move would be settled not
    moved once the settle time has passed, so it waits that once, looks again and tells it."""
    tools = await open_call()
    facts = facts_of(tools)

    old_uid, result = await _lost_while_web_booker_books(
        tools, sandbox, service="damenhaarschnitt", start=_friday(13, 30)
    )

    assert waits == [SETTLE]
    assert "fence_refused" in await _kinds(ledger, tools.session.call_id)
    await _assert_told_not_moved(result, tools, facts, sandbox, ledger, deps, salon, old_uid)


async def test_unfenced_the_call_does_not_wait_when_nothing_holds_the_new_time(
    open_call, sandbox, ledger, deps, monkeypatch, calendar, waits
):
    """Calendar: someone else reserves 14:00 while the move's answer is lost (so the call
    cannot fence it), and nothing is booked there. Afterwards: no wait (a reservation can
    never settle the move; it stays open whether the call waits or not), heard open."""

    async def someone_reserves(send, count, uid, *args, **kwargs):
        await calendar.release_reservation(hold.reservation_uid)
        await calendar.reserve_slot(hold.slot.event_type_id, hold.slot.start)
        raise BookingOutcomeUnknownError("answer lost", request_id=None)

    tools = await open_call()
    old_uid, ref = await _booked_friday_ten(tools)
    slot_id = await _new_slot_held(tools)
    hold = tools.session.hold_for(slot_id)  # detached by the tool before the move is sent
    Sent(deps.backend, monkeypatch, then=someone_reserves)

    result = await _move(tools, ref, slot_id)

    assert waits == []
    assert "fence_refused" in await _kinds(ledger, tools.session.call_id)
    await _assert_open(result, tools, ledger, sandbox, old_uid)


async def test_unfenced_the_call_does_not_wait_when_the_move_went_through(
    open_call, sandbox, ledger, deps, monkeypatch, salon, waits
):
    """Calendar: the move went through but its answer was lost; the moved booking now holds
    14:00, so the call cannot fence it. Afterwards: no wait, "verschoben" at once."""

    async def moved_unseen(send, count, *args, **kwargs):
        await send(*args, **kwargs)
        raise BookingOutcomeUnknownError("answer lost", request_id=None)

    tools = await open_call()
    _old_uid, ref = await _booked_friday_ten(tools)
    slot_id = await _new_slot_held(tools)
    Sent(deps.backend, monkeypatch, then=moved_unseen)

    result = await _move(tools, ref, slot_id)

    assert result["status"] == "rescheduled", result
    assert "verschoben" in result["say"]
    assert waits == []
    assert "fence_refused" in await _kinds(ledger, tools.session.call_id)
    await _status_ok(ledger, deps, salon, tools.session.call_id)


async def test_unfenced_the_call_does_not_wait_when_cal_com_cannot_be_asked(
    open_call, sandbox, ledger, deps, monkeypatch, waits
):
    """Calendar: the move's answer is a 500, reservations and booking lookups fail from then
    on. Afterwards: no fence, no wait (nobody can learn anything by waiting), heard unknown."""

    async def then_unreachable(send, count, *args, **kwargs):
        sandbox.faults.fail_next(10_000, "5xx", "POST /v2/slots/reservations")
        sandbox.faults.fail_next(10_000, "5xx", GET_BOOKING)
        return await send(*args, **kwargs)

    tools = await open_call()
    old_uid, ref = await _booked_friday_ten(tools)
    slot_id = await _new_slot_held(tools)
    Sent(deps.backend, monkeypatch, then=then_unreachable)
    sandbox.faults.fail_next(1, "5xx", MOVE)
    try:
        result = await _move(tools, ref, slot_id)
    finally:
        sandbox.faults.clear()

    assert result["status"] == "unknown", result
    assert waits == []
    kinds = await _kinds(ledger, tools.session.call_id)
    assert "fence_refused" in kinds and "booking_unknown" in kinds
    assert _by_uid(sandbox)[old_uid]["status"] == "accepted"


async def test_a_later_look_settles_a_move_the_stylist_is_busy_for_and_the_booking_tells_it(
    open_call, sandbox, ledger, deps
):
    """Calendar: as in the first case (Sophie booked for a cut at 13:30), but the bookings list
    answers 500 while the call looks, so the caller heard it open. At her Saturday booking the
    call looks again and tells it, once, by code after the booking's sentence."""
    tools = await open_call()
    facts = facts_of(tools)
    old_uid, result = await _lost_while_web_booker_books(
        tools, sandbox, service="damenhaarschnitt", start=_friday(13, 30), list_fails=True
    )
    await _assert_open(result, tools, ledger, sandbox, old_uid)

    cut = await run(
        tools,
        facts,
        "check_availability",
        {"service": "Färben", "stylist": "Sophie", "date": "2026-11-28", "time": "10:00"},
    )
    booked = await run(
        tools, facts, "book_appointment", {"slot_id": cut["slot_id"], "customer_name": "Erika"}
    )

    assert booked["status"] == "booked", booked
    assert booked["say"].endswith(f" {NOT_MOVED}") and booked["say"].count(NOT_MOVED) == 1
    assert (await _move_row(ledger, tools.session.call_id)).state is S.FAILED
