"""A caller moves their appointment and Cal.com misbehaves around the move: the new slot's hold
renewal gets no answer, the move's own answer is lost, or the move simply goes through. Each
test: a caller, a calendar, and what must be true afterwards in what the caller was told, the
ledger, Cal.com and `status` (then `reconcile` for what stayed open)."""

# ruff: noqa: F811
from __future__ import annotations

import asyncio
import dataclasses
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from agent.calendar_check import Verdict, check, headline
from agent.commands.reconcile import reconcile_and_describe
from agent.commands.status import status_report
from calendar_adapter.backend import BookingOutcomeUnknownError, SlotHeldByOtherError
from calendar_adapter.ledger import AppointmentState

# Fixtures are imported by name so pytest finds them (hence F811 on their use as arguments).
from tests.tools_fixtures import FRIDAY, deps, open_call  # noqa: F401
from tools import speech
from tools.booking_tools import BookingTools
from tools.recovery import upkeep_for

S = AppointmentState
BERLIN = ZoneInfo("Europe/Berlin")
RESERVE = "POST /v2/slots/reservations"


async def _booked_friday_ten(tools: BookingTools) -> tuple[str, str]:
    """The caller's own appointment (Färben, Friday 10:00 with Sophie): its uid and ref."""
    held = await tools.call(
        "check_availability",
        {"service": "Färben", "stylist": "Sophie", "date": FRIDAY, "time": "10:00"},
    )
    booked = await tools.call(
        "book_appointment", {"slot_id": held["slot_id"], "customer_name": "Erika Muster"}
    )
    assert booked["status"] == "booked", booked
    ref = (await tools.call("find_my_appointments", {}))["appointments"][0]["ref"]
    return tools.session.booked[0], ref


async def _new_slot_held(tools: BookingTools, time: str = "14:00") -> str:
    held = await tools.call(
        "check_availability",
        {"service": "Färben", "stylist": "Sophie", "date": FRIDAY, "time": time},
    )
    assert held["status"] == "held", held
    return held["slot_id"]


async def _move(tools: BookingTools, ref: str, slot_id: str) -> dict:
    return await tools.call(
        "reschedule_appointment",
        {"ref": ref, "slot_id": slot_id, "customer_name": "Erika Muster"},
    )


def _by_uid(sandbox) -> dict[str, dict]:
    return {b["uid"]: b for b in sandbox.bookings()}


def _until(reservation: dict) -> datetime:
    return datetime.fromisoformat(reservation["reservationUntil"].replace("Z", "+00:00"))


# -- 1. the new slot's hold renewal gets no answer: the same rule as a booking --------------------


async def test_a_move_whose_renewal_got_no_answer_asks_for_the_slot_again_and_moves(
    open_call, sandbox, ledger, clock
):
    """Caller: Friday 10:00, wants 14:00, thinks it over until the hold lapses, says yes.
    Calendar: the renewal on the yes gets no answer (nothing made). Afterwards: the slot is
    asked for again and the move goes through (as a booking would), never "calendar error"."""
    tools = await open_call()
    old_uid, ref = await _booked_friday_ten(tools)
    slot_id = await _new_slot_held(tools)
    clock.advance(timedelta(minutes=11))
    sandbox.faults.fail_next(1, "5xx", RESERVE)

    moved = await _move(tools, ref, slot_id)

    assert moved["status"] == "rescheduled", moved
    assert "verschoben" in moved["say"]
    assert _by_uid(sandbox)[old_uid]["status"] == "cancelled"
    (new,) = [b for b in sandbox.bookings() if b["status"] == "accepted"]
    assert new["rescheduledFromUid"] == old_uid
    assert (await ledger.find_by_booking_uid(new["uid"])).state is S.CONFIRMED
    assert sandbox.active_reservations() == []


async def test_a_move_whose_renewal_was_made_unseen_is_not_sent_and_says_until_when(
    open_call, sandbox, ledger, clock, salon
):
    """Calendar: the renewal was made but its answer lost, so Cal.com holds the new slot under
    a uid the call never learnt. Afterwards: nothing is sent (a move without that uid would be
    refused by it), the caller hears by code that nothing moved and until when the time is
    blocked at the latest (never a bare error), with alternatives; the old appointment stands
    in Cal.com, the ledger and `status`; once that reservation lapses the same yes moves."""
    tools = await open_call()
    old_uid, ref = await _booked_friday_ten(tools)
    slot_id = await _new_slot_held(tools)
    clock.advance(timedelta(minutes=11))
    sandbox.faults.lose_response_after_commit(1, RESERVE, "5xx")

    result = await _move(tools, ref, slot_id)

    assert result["status"] == "unavailable" and result["reason"] == "hold_unconfirmed", result
    assert result["alternatives"]
    assert result["say"].startswith("Verschoben ist noch nichts"), result["say"]
    rows = await ledger.appointments_for_call(tools.session.call_id)
    (waiting,) = [r for r in rows if r.state is S.RESERVING]
    bound = speech.spoken_time(waiting.reservation_until.astimezone(BERLIN).time())
    assert f"spätestens bis {bound}." in result["say"], result["say"]
    (unseen,) = sandbox.active_reservations()
    assert waiting.reservation_until >= _until(unseen)  # never earlier than it really lapses
    kinds = [e.kind for e in await ledger.timeline(tools.session.call_id)]
    assert "reschedule_sent" not in kinds and "caller_told_free_at" in kinds
    assert _by_uid(sandbox)[old_uid]["status"] == "accepted"
    assert (await ledger.find_by_booking_uid(old_uid)).state is S.CONFIRMED
    report = await status_report(ledger, tools.session.deps.backend, salon, tools.session.call_id)
    assert report.exit_code == 0, "\n".join(report.lines)

    clock.advance(timedelta(minutes=11))  # the unseen reservation lapses; the caller asks again
    moved = await _move(tools, ref, slot_id)

    assert moved["status"] == "rescheduled", moved
    assert _by_uid(sandbox)[old_uid]["status"] == "cancelled"
    assert [b["start"] for b in sandbox.bookings() if b["status"] == "accepted"] == [
        "2026-11-27T13:00:00.000Z"
    ]


# -- 2. a lost move is fenced like a lost booking --------------------------------------------------


class LateMove:
    """Cal.com as it may really behave: every move's answer is lost at once, and the requests
    themselves reach Cal.com only later, when the test says so (real HTTP requests then)."""

    def __init__(self, backend, monkeypatch):
        self._send = backend.reschedule_booking
        self._gate = asyncio.Event()
        self.landed: list[asyncio.Task] = []
        monkeypatch.setattr(backend, "reschedule_booking", self._lose_answer)

    async def _lose_answer(self, *args, **kwargs):
        async def later():
            await self._gate.wait()
            return await self._send(*args, **kwargs)

        self.landed.append(asyncio.create_task(later()))
        raise BookingOutcomeUnknownError("answer lost", request_id=None)

    async def deliver(self) -> list:
        """Every request sent so far reaches Cal.com now: what each was answered, or raised."""
        self._gate.set()
        assert self.landed
        return await asyncio.gather(*self.landed, return_exceptions=True)


async def test_a_lost_move_is_fenced_so_it_cannot_land_unseen_and_reconcile_settles_it(
    open_call, sandbox, ledger, deps, monkeypatch, clock, salon
):
    """Caller: moves Friday 10:00 to 14:00, then hangs up. Calendar: the move's answer is lost,
    and so is the answer of its one fenced retry (`tools/move_retry.py`); both requests reach
    Cal.com only after the call gave up on them. Afterwards: the caller heard it open (neither
    moved nor not); the new slot is held again under a new reservation after each (a fence), so
    both late requests are refused and the old appointment stands; the fence outlives the
    hang-up; `status` says open, not wrong; after the lost-request horizon `reconcile` settles
    the move as not done, the caller is to be told, the fence goes, and `status` agrees with
    Cal.com."""
    tools = await open_call()
    old_uid, ref = await _booked_friday_ten(tools)
    slot_id = await _new_slot_held(tools)
    late = LateMove(deps.backend, monkeypatch)

    result = await _move(tools, ref, slot_id)

    assert result["status"] == "not_confirmed_yet", result
    assert "bleibt oder" in result["say"] and "wechselt" in result["say"], result["say"]
    assert not result.get("holds") and "still_held" not in result  # a guard, not an offer
    call_id = tools.session.call_id
    rows = await ledger.appointments_for_call(call_id)
    (move,) = [r for r in rows if r.rescheduled_from_id is not None]
    guards = [r for r in rows if r.guards_id == move.id]
    assert sorted(r.state.value for r in guards) == ["held", "released"]  # the retry took one
    (guard,) = [r for r in guards if r.state is S.HELD]
    assert move.state is S.UNKNOWN
    (fence,) = sandbox.active_reservations()
    assert fence["reservationUid"] == guard.reservation_uid != move.reservation_uid
    assert len(late.landed) == 2  # the move and its one retry, never a third
    await tools.session.end("hangup")  # the fence stays until the move is settled

    answers = await late.deliver()
    assert [type(a) for a in answers] == [SlotHeldByOtherError] * 2  # the fence refuses both
    assert _by_uid(sandbox)[old_uid]["status"] == "accepted"
    assert sandbox.active_reservations() == [fence]
    before = await status_report(ledger, deps.backend, salon, call_id)
    verdicts = {c.appointment.id: headline(c) for c in before.comparisons}
    assert verdicts[move.id] is Verdict.OPEN, "\n".join(before.lines)
    assert verdicts[guard.id] is Verdict.OPEN  # the fence is a hold, still standing
    assert "die alte Buchung ist nicht verschoben" in "\n".join(before.lines)

    clock.advance(deps.lost_request_horizon + timedelta(minutes=1))
    _, lines = await reconcile_and_describe(ledger, deps.backend, salon, clock.now())
    await upkeep_for(deps).run_once()  # the running process's upkeep: the fence's job is done

    assert any("nicht verschoben" in line for line in lines), lines
    assert (await ledger.get(move.id)).state is S.FAILED
    assert (await ledger.find_by_booking_uid(old_uid)).state is S.CONFIRMED
    assert sandbox.active_reservations() == []
    assert [b["status"] for b in sandbox.bookings()] == ["accepted"]
    assert [n.outcome for n in await ledger.open_caller_notices(call_id=call_id)] == ["failed"]
    after = await status_report(ledger, deps.backend, salon, call_id)
    assert after.exit_code == 0, "\n".join(after.lines)


# -- 3. the old row of a moved appointment says what Cal.com says ---------------------------------


async def test_a_moved_appointments_old_row_records_cal_coms_status_and_status_agrees(
    open_call, sandbox, ledger, deps, salon
):
    """Caller: moves Friday 10:00 to 14:00. Calendar: carries it out (the old booking becomes
    `cancelled`, `rescheduled`, pointing to the new one, as Cal.com v2 does). Afterwards: the
    old row is `rescheduled` and its `booking_status` is Cal.com's status of the old booking;
    `status` finds ledger and calendar in agreement for both rows."""
    tools = await open_call()
    old_uid, ref = await _booked_friday_ten(tools)
    moved = await _move(tools, ref, await _new_slot_held(tools))
    assert moved["status"] == "rescheduled", moved

    old = _by_uid(sandbox)[old_uid]
    assert old["status"] == "cancelled" and old["rescheduled"] and old["rescheduledToUid"]
    row = await ledger.find_by_booking_uid(old_uid)
    assert (row.state, row.booking_status) == (S.RESCHEDULED, old["status"])
    report = await status_report(ledger, deps.backend, salon, tools.session.call_id)
    assert report.exit_code == 0, "\n".join(report.lines)
    assert all(c.agrees for c in report.comparisons), "\n".join(report.lines)


async def test_status_flags_a_finished_row_that_records_another_cal_com_status(
    open_call, sandbox, ledger, deps, salon
):
    """A ledger row that retired as moved but still records the old booking `accepted` (as
    rows written before this fix do) is not the calendar's word: `status` says they differ."""
    tools = await open_call()
    old_uid, ref = await _booked_friday_ten(tools)
    assert (await _move(tools, ref, await _new_slot_held(tools)))["status"] == "rescheduled"
    row = await ledger.find_by_booking_uid(old_uid)
    stale = dataclasses.replace(row, booking_status="accepted")

    cmp = await check(ledger, deps.backend, stale)

    assert not cmp.agrees
    assert cmp.differences == ["Cal.com-Status: Ledger accepted, Kalender cancelled"]
