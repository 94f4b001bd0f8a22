"""A caller moves their appointment (Färben, Friday 10:00 with Sophie, to 14:00) and the move's
answer is lost. What must be true: Cal.com is asked first; the move is sent once more only when
the old booking is unchanged and the new time is still fenced for this call, with the fence's
reservation (`tools/move_retry.py`); otherwise it is withheld (`move_retry_withheld`, with why)
and the caller hears it is open. Never a move reported that did not happen, never two moves.
And a lost move that went through after all is this call's move, wherever the call learns it
(`CallSession.settle_lost_requests`), never "the earlier booking landed"."""

# ruff: noqa: F811
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

import pytest

from agent.calendar_check import Verdict, headline
from agent.claims import decide
from agent.commands.reconcile import reconcile_and_describe
from agent.commands.status import status_report
from agent.guard.summary import compose
from calendar_adapter import booking_outcome
from calendar_adapter.backend import BookingOutcomeUnknownError
from calendar_adapter.ledger import AppointmentState
from tests.guard_support import facts_of, run
from tests.test_e2e_move_faults import _booked_friday_ten, _by_uid, _move, _new_slot_held
from tests.tools_fixtures import deps, open_call  # noqa: F401
from tools.recovery import upkeep_for

S = AppointmentState
MOVE = "POST /v2/bookings/*/reschedule"
GET_BOOKING = "GET /v2/bookings/*"


class Sent:
    """Every reschedule the call sends (counted on the client, so a retry is seen)."""

    def __init__(self, backend, monkeypatch, then: Callable | None = None):
        self.count = 0
        self._send = backend.reschedule_booking
        self._then = then
        monkeypatch.setattr(backend, "reschedule_booking", self._counted)

    async def _counted(self, *args, **kwargs):
        self.count += 1
        if self._then is not None:
            return await self._then(self._send, self.count, *args, **kwargs)
        return await self._send(*args, **kwargs)


def _accepted(sandbox) -> list[dict]:
    return [b for b in sandbox.bookings() if b["status"] == "accepted"]


async def _kinds(ledger, call_id: str) -> list[str]:
    return [e.kind for e in await ledger.timeline(call_id)]


async def _withheld(ledger, call_id: str) -> dict:
    (event,) = [e for e in await ledger.timeline(call_id) if e.kind == "move_retry_withheld"]
    return event.data


async def _status_ok(ledger, deps, salon, call_id: str) -> None:
    report = await status_report(ledger, deps.backend, salon, call_id)
    assert report.exit_code == 0, "\n".join(report.lines)


async def _status_open(ledger, deps, salon, call_id: str) -> None:
    """`status` reads the lost move as open (Cal.com has not moved the old booking yet), the
    old appointment as in the calendar."""
    report = await status_report(ledger, deps.backend, salon, call_id)
    rows = await ledger.appointments_for_call(call_id)
    (move,) = [r for r in rows if r.rescheduled_from_id is not None]
    verdicts = {c.appointment.id: headline(c) for c in report.comparisons}
    assert verdicts[move.id] is Verdict.OPEN, "\n".join(report.lines)
    assert verdicts[move.rescheduled_from_id] is Verdict.IN_CALENDAR, "\n".join(report.lines)


async def _move_lost_while_unseen_web_booker_takes_its_time(tools, sandbox) -> tuple[str, dict]:
    """Friday 10:00 booked and a new time held; the move's answer is a 500, a web booker books
    the new time before the call holds it again, and Cal.com's bookings list answers 500 (so
    nobody sees who holds it). The old booking's uid and the move's result."""
    old_uid, ref = await _booked_friday_ten(tools)
    slot_id = await _new_slot_held(tools)
    slot = tools.session.slot(slot_id)
    sandbox.faults.fail_next(1, "5xx", MOVE)
    sandbox.faults.external_booking(slot.event_type_id, slot.start, on="POST /v2/slots/*")
    sandbox.faults.fail_next(10_000, "5xx", "GET /v2/bookings")
    try:
        return old_uid, await _move(tools, ref, slot_id)
    finally:
        sandbox.faults.clear()


# -- retried once, when Cal.com shows nothing else changed ------------------------------------


async def test_a_lost_move_cal_com_did_not_carry_out_is_sent_once_more_with_the_fence_and_moves(
    open_call, sandbox, ledger, deps, monkeypatch, salon
):
    """Calendar: the move's answer is a 500 and nothing was moved (the lookup finds nothing).
    Afterwards: Cal.com is asked, the old booking is unchanged and the new time fenced, so the
    move goes once more with the fence's reservation: moved exactly once, told "verschoben",
    the old booking cancelled and pointing to the one new booking; no reservation left; the
    ledger and `status` agree with Cal.com."""
    tools = await open_call()
    old_uid, ref = await _booked_friday_ten(tools)
    slot_id = await _new_slot_held(tools)
    sent = Sent(deps.backend, monkeypatch)
    sandbox.faults.fail_next(1, "5xx", MOVE)

    result = await _move(tools, ref, slot_id)

    assert result["status"] == "rescheduled", result
    assert "verschoben" in result["say"]
    assert sent.count == 2
    (new,) = _accepted(sandbox)
    assert new["start"] == "2026-11-27T13:00:00.000Z" and new["rescheduledFromUid"] == old_uid
    assert _by_uid(sandbox)[old_uid]["rescheduledToUid"] == new["uid"]
    assert sandbox.active_reservations() == []
    call_id = tools.session.call_id
    kinds = await _kinds(ledger, call_id)
    assert kinds.count("move_retried") == 1 and "move_retry_withheld" not in kinds
    assert kinds.index("fence_placed") < kinds.index("move_retried") < kinds.index("rescheduled")
    rows = await ledger.appointments_for_call(call_id)
    (move,) = [r for r in rows if r.rescheduled_from_id is not None]
    assert move.state is S.CONFIRMED and move.booking_uid == new["uid"]
    assert all(r.state is not S.HELD for r in rows)  # the fence went with the retry
    assert (await ledger.find_by_booking_uid(old_uid)).state is S.RESCHEDULED
    assert tools.session.lost == {}
    await _status_ok(ledger, deps, salon, call_id)


async def test_a_lost_move_cal_com_carried_out_is_told_as_moved_and_never_sent_again(
    open_call, sandbox, ledger, deps, monkeypatch, salon
):
    """Calendar: the move went through, but the call learnt nothing (its answer and the
    client's lookup both came to nothing). Afterwards: the call's own lookup finds the old
    booking moved: "verschoben", not sent a second time, one new booking."""

    async def moved_unseen(send, count, *args, **kwargs):
        await send(*args, **kwargs)
        raise BookingOutcomeUnknownError("answer lost", request_id=None)

    tools = await open_call()
    old_uid, ref = await _booked_friday_ten(tools)
    slot_id = await _new_slot_held(tools)
    sent = Sent(deps.backend, monkeypatch, then=moved_unseen)

    result = await _move(tools, ref, slot_id)

    assert result["status"] == "rescheduled", result
    assert "verschoben" in result["say"]
    assert sent.count == 1
    assert len(_accepted(sandbox)) == 1
    assert _by_uid(sandbox)[old_uid]["status"] == "cancelled"
    kinds = await _kinds(ledger, tools.session.call_id)
    assert "move_retried" not in kinds and "move_retry_withheld" not in kinds
    assert sandbox.active_reservations() == []
    await _status_ok(ledger, deps, salon, tools.session.call_id)


# -- withheld: the slot or the booking is not what the caller asked for ------------------------


async def test_a_lost_move_whose_new_time_someone_else_booked_is_told_not_moved_and_old_stands(
    open_call, sandbox, ledger, deps, monkeypatch, salon
):
    """Calendar: the move's answer is a 500 (nothing moved), and a web booker books 14:00 just
    before the call holds it again. Cal.com takes one booking per slot, so the lost move can no
    longer land there: no retry, and the caller hears the truth by code, "nicht geklappt ...
    bleibt bestehen" (true by the guard), never "verschoben" and never "open". The move's row
    failed, the old row still confirmed, nothing left to settle; the old booking stands in
    Cal.com, untouched; one reschedule sent; `status` agrees."""
    tools = await open_call()
    facts = facts_of(tools)
    old_uid, ref = await _booked_friday_ten(tools)
    slot_id = await _new_slot_held(tools)
    slot = tools.session.slot(slot_id)
    sent = Sent(deps.backend, monkeypatch)
    sandbox.faults.fail_next(1, "5xx", MOVE)
    sandbox.faults.external_booking(slot.event_type_id, slot.start, on="POST /v2/slots/*")

    result = await run(
        tools,
        facts,
        "reschedule_appointment",
        {"ref": ref, "slot_id": slot_id, "customer_name": "Erika Muster"},
    )

    assert result["status"] == "unavailable" and result["reason"] == "slot_taken", result
    assert result["say"] == (
        "Das Verschieben hat nicht geklappt: Freitag, 27. November, um 14 Uhr ist inzwischen "
        "anderweitig vergeben. Ihr Termin Färben bei Sophie Brandt am Freitag, 27. November, "
        "um 10 Uhr bleibt bestehen."
    )
    verdict = decide(result["say"], facts.facts())
    assert verdict.passes, [c.kind.value for c in verdict.unbacked]
    assert sent.count == 1
    assert _by_uid(sandbox)[old_uid]["status"] == "accepted"
    assert not _by_uid(sandbox)[old_uid].get("rescheduledToUid")
    call_id = tools.session.call_id
    kinds = await _kinds(ledger, call_id)
    assert "move_retried" not in kinds and "move_retry_withheld" not in kinds
    rows = await ledger.appointments_for_call(call_id)
    (move,) = [r for r in rows if r.rescheduled_from_id is not None]
    assert move.state is S.FAILED and "holds the new time" in move.error
    assert (await ledger.find_by_booking_uid(old_uid)).state is S.CONFIRMED
    assert tools.session.lost == {}
    assert sandbox.active_reservations() == []
    await _status_ok(ledger, deps, salon, call_id)


async def test_a_lost_move_whose_new_time_someone_else_only_reserved_stays_open(
    open_call, sandbox, ledger, deps, monkeypatch, salon, calendar
):
    """Calendar: the move's answer is lost (nothing moved), and someone else reserves 14:00
    before the call holds it again: a reservation lapses, so the lost move could still land
    there. Incomplete evidence: the caller hears it is open, never "nicht verschoben", and the
    move's row stays unknown."""

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

    assert result["status"] == "not_confirmed_yet", result
    assert "bleibt oder" in result["say"], result["say"]
    kinds = await _kinds(ledger, tools.session.call_id)
    assert "fence_refused" in kinds and "move_retried" not in kinds  # the other's reservation
    rows = await ledger.appointments_for_call(tools.session.call_id)
    (move,) = [r for r in rows if r.rescheduled_from_id is not None]
    assert move.state is S.UNKNOWN
    assert _by_uid(sandbox)[old_uid]["status"] == "accepted"
    await _status_open(ledger, deps, salon, tools.session.call_id)


async def test_a_lost_move_whose_new_time_was_booked_stays_open_when_the_bookings_cannot_be_read(
    open_call, sandbox, ledger, deps, monkeypatch, salon
):
    """Calendar: as above, a web booker books 14:00 while the move's answer is lost, but
    Cal.com's bookings list answers 500 (the old booking itself can be read). Without seeing
    who holds the new time the move stays open, never "nicht verschoben"."""
    tools = await open_call()
    old_uid, result = await _move_lost_while_unseen_web_booker_takes_its_time(tools, sandbox)

    assert result["status"] == "not_confirmed_yet", result
    assert "bleibt oder" in result["say"], result["say"]
    rows = await ledger.appointments_for_call(tools.session.call_id)
    (move,) = [r for r in rows if r.rescheduled_from_id is not None]
    assert move.state is S.UNKNOWN
    assert _by_uid(sandbox)[old_uid]["status"] == "accepted"


async def test_a_lost_move_left_open_is_settled_not_moved_by_a_later_look_after_the_settle_time(
    open_call, sandbox, ledger, deps
):
    """As above, the bookings list was unreadable, so the move stayed open. A later look (the
    upkeep's, the call's before its next booking or at its end) reads the web booking: within
    the settle time after the move left (the clock stands still) a request already past its
    checks could still finish, so it stays open; after it, the move is settled not moved."""
    tools = await open_call()
    old_uid, result = await _move_lost_while_unseen_web_booker_takes_its_time(tools, sandbox)
    assert result["status"] == "not_confirmed_yet", result
    rows = await ledger.appointments_for_call(tools.session.call_id)
    (move,) = [r for r in rows if r.rescheduled_from_id is not None]

    async def look() -> booking_outcome.LostMove:
        return await booking_outcome.resolve_lost_move(
            deps.backend,
            ledger,
            await ledger.get(move.id),
            now=deps.clock.now(),
            horizon=deps.lost_request_horizon,
            settle=timedelta(seconds=1),
        )

    within = await look()
    (web,) = [b for b in _accepted(sandbox) if b["uid"] != old_uid]
    # not settled, but settled by a look after the settle time unless Cal.com changes
    assert within == booking_outcome.LostMove(None, taken_once_settled=web["uid"])
    assert (await ledger.get(move.id)).state is S.UNKNOWN

    deps.clock.advance(timedelta(seconds=2))
    after = await look()

    assert after.taken_by == web["uid"] and after.taken_once_settled is None
    assert after.row.state is S.FAILED and (await ledger.get(move.id)).state is S.FAILED
    assert (await ledger.find_by_booking_uid(old_uid)).state is S.CONFIRMED


async def test_a_lost_move_whose_old_booking_changed_meanwhile_is_not_sent_again(
    open_call, sandbox, ledger, deps, monkeypatch, calendar
):
    """Calendar: while the move's answer is lost, the salon cancels the old booking. Afterwards:
    Cal.com is asked, the booking is not the one the caller asked to move: no retry,
    `move_retry_withheld` (booking_changed), nothing moved, and nothing said as moved."""

    async def salon_cancels(send, count, uid, *args, **kwargs):
        await calendar.cancel_booking(uid, reason="Salon")
        raise BookingOutcomeUnknownError("answer lost", request_id=None)

    tools = await open_call()
    _, ref = await _booked_friday_ten(tools)
    slot_id = await _new_slot_held(tools)
    sent = Sent(deps.backend, monkeypatch, then=salon_cancels)

    result = await _move(tools, ref, slot_id)

    assert result["status"] == "not_confirmed_yet", result
    assert sent.count == 1
    withheld = await _withheld(ledger, tools.session.call_id)
    assert withheld["reason"] == "booking_changed", withheld
    assert "cancelled" in withheld["explanation"]
    assert _accepted(sandbox) == []  # nothing moved anywhere


async def test_a_lost_move_nobody_can_ask_about_is_not_sent_again(
    open_call, sandbox, ledger, deps, monkeypatch
):
    """Calendar: the move's answer is lost and every lookup of a booking fails. Afterwards: no
    retry without asking first (`calendar_unreachable`); the caller hears it is unknown."""
    tools = await open_call()
    old_uid, ref = await _booked_friday_ten(tools)
    slot_id = await _new_slot_held(tools)

    async def then_unreachable(send, count, *args, **kwargs):
        sandbox.faults.fail_next(10_000, "5xx", GET_BOOKING)  # from the move on
        return await send(*args, **kwargs)

    sent = Sent(deps.backend, monkeypatch, then=then_unreachable)
    sandbox.faults.fail_next(1, "5xx", MOVE)
    try:
        result = await _move(tools, ref, slot_id)
    finally:
        sandbox.faults.clear()

    assert result["status"] == "unknown", result
    assert sent.count == 1
    withheld = await _withheld(ledger, tools.session.call_id)
    assert withheld["reason"] == "calendar_unreachable"
    assert _by_uid(sandbox)[old_uid]["status"] == "accepted"


# -- the retry's own answer lost: fenced again, never a third send -----------------------------


async def test_a_retry_whose_answer_is_lost_too_is_fenced_again_and_not_sent_a_third_time(
    open_call, sandbox, ledger, deps, monkeypatch, salon
):
    """Calendar: the move's answer and the retry's answer are both 500s, nothing moved.
    Afterwards: two reschedules sent, no third; the fence the retry went with is released and
    the new time fenced again under a new reservation (so neither request can land unseen);
    the move is open for the caller and the call; `status` says open, not wrong."""
    tools = await open_call()
    old_uid, ref = await _booked_friday_ten(tools)
    slot_id = await _new_slot_held(tools)
    sent = Sent(deps.backend, monkeypatch)
    sandbox.faults.fail_next(2, "5xx", MOVE)

    result = await _move(tools, ref, slot_id)

    assert result["status"] == "not_confirmed_yet", result
    assert "bleibt oder" in result["say"]
    assert sent.count == 2
    call_id = tools.session.call_id
    kinds = await _kinds(ledger, call_id)
    assert kinds.count("move_retried") == 1 and kinds.count("fence_placed") == 2
    rows = await ledger.appointments_for_call(call_id)
    (move,) = [r for r in rows if r.rescheduled_from_id is not None]
    fences = [r for r in rows if r.guards_id == move.id]
    assert sorted(r.state.value for r in fences) == ["held", "released"]
    (standing,) = [r for r in fences if r.state is S.HELD]
    assert [r["reservationUid"] for r in sandbox.active_reservations()] == [
        standing.reservation_uid
    ]
    assert move.state is S.UNKNOWN and move.id in tools.session.lost
    assert _by_uid(sandbox)[old_uid]["status"] == "accepted"
    await _status_open(ledger, deps, salon, call_id)


# -- a lost move that lands later is a move --------------------------------------------------


async def test_a_lost_move_found_moved_before_the_next_booking_is_a_move_not_a_landed_booking(
    open_call, sandbox, ledger, deps, monkeypatch, salon
):
    """Calendar: the move went through, but its answer was lost and Cal.com could not be asked
    then (the caller heard it is unknown). Then the caller books a cut for Saturday.
    Afterwards: the booking is made (not answered as "the earlier booking landed"); the call
    learns the move went through: the ledger has it moved, the call counts it as its move
    (`also_moved`), the guard backs "verschoben" and the goodbye to the new time, not the old
    one; the summary says "Verschoben ist"; `status` exits 0."""

    async def moved_unseen_and_unreachable(send, count, *args, **kwargs):
        await send(*args, **kwargs)
        sandbox.faults.fail_next(10_000, "5xx", GET_BOOKING)  # nobody can ask now
        raise BookingOutcomeUnknownError("answer lost", request_id=None)

    tools = await open_call()
    facts = facts_of(tools)
    old_uid, ref = await _booked_friday_ten(tools)
    slot_id = await _new_slot_held(tools)
    Sent(deps.backend, monkeypatch, then=moved_unseen_and_unreachable)
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
    assert not decide("Ihr Termin ist auf 14 Uhr verschoben.", facts.facts()).passes

    cut = await run(
        tools,
        facts,
        "check_availability",
        {"service": "Färben", "stylist": "Sophie", "date": "2026-11-28", "time": "10:00"},
    )
    assert cut["status"] == "held", cut
    booked = await run(
        tools, facts, "book_appointment", {"slot_id": cut["slot_id"], "customer_name": "Erika"}
    )

    assert booked["status"] == "booked" and not booked.get("landed_late"), booked
    assert [m["time"] for m in booked["also_moved"]] == ["14:00"]
    assert len(_accepted(sandbox)) == 2  # the moved one and Saturday's
    (new,) = [b for b in _accepted(sandbox) if b.get("rescheduledFromUid") == old_uid]
    assert (old_uid, new["uid"]) in tools.session.moved
    assert new["uid"] not in tools.session.booked
    moved_facts = facts.facts()
    assert decide("Ihr Termin ist auf Freitag, 14 Uhr verschoben.", moved_facts).passes
    assert decide("Dann bis Freitag um 14 Uhr!", moved_facts).passes
    assert not decide("Dann bis Freitag um 10 Uhr!", moved_facts).passes
    summary = compose(facts.known)
    assert "Verschoben ist" in summary and "Gebucht ist" in summary, summary
    kinds = await _kinds(ledger, tools.session.call_id)
    assert "booking_landed_late" not in kinds and kinds.count("rescheduled") == 1
    await _status_ok(ledger, deps, salon, tools.session.call_id)


@pytest.mark.parametrize(
    ("goodbye", "passes"),
    [
        ("Dann bis Freitag um 14 Uhr!", True),
        ("Bis Freitag um vierzehn Uhr, Frau Muster!", True),
        ("Wir freuen uns auf Sie am Freitag um 14 Uhr.", True),
        ("Dann bis Freitag um 10 Uhr!", False),
        ("Bis Freitag um zehn, Frau Muster!", False),
        ("Wir freuen uns auf Sie am Freitag um 10 Uhr.", False),
    ],
)
async def test_a_goodbye_after_a_move_is_held_against_the_new_time(open_call, goodbye, passes):
    """After a move that went through (10:00 -> 14:00), a goodbye naming the new time is
    backed and one naming the old time is not (the ledger's new time, not the old)."""
    tools = await open_call()
    facts = facts_of(tools)
    _, ref = await _booked_friday_ten(tools)
    slot_id = await _new_slot_held(tools)
    moved = await run(
        tools,
        facts,
        "reschedule_appointment",
        {"ref": ref, "slot_id": slot_id, "customer_name": "Erika Muster"},
    )
    assert moved["status"] == "rescheduled", moved
    assert decide(goodbye, facts.facts()).passes is passes


# -- how long a retried move stays open: the horizon after the request that may still land ----


def _first_lost_then(sandbox, clock, retry_fault: str):
    """The first move's answer is a 500 (nothing moved); two minutes pass before the retry
    leaves, which Cal.com answers with `retry_fault` (400: refused; 5xx: lost too)."""

    async def then(send, count, *args, **kwargs):
        try:
            return await send(*args, **kwargs)
        finally:
            if count == 1:
                clock.advance(timedelta(minutes=2))
                sandbox.faults.fail_next(1, retry_fault, MOVE)

    return then


async def _settle_after_hang_up(ledger, deps, salon, clock, at: datetime) -> list[str]:
    """The caller has hung up; at `at`, `reconcile` runs and the process's upkeep after it."""
    clock.set(at)
    _, lines = await reconcile_and_describe(ledger, deps.backend, salon, clock.now())
    await upkeep_for(deps).run_once()
    return lines


async def test_a_refused_retry_leaves_the_move_open_only_until_the_horizon_after_the_first_send(
    open_call, sandbox, ledger, deps, monkeypatch, clock, salon
):
    """Calendar: the move leaves at 09:00 and its answer is lost (nothing moved); its fenced
    retry leaves two minutes later and Cal.com refuses it (400), so only the first request can
    still land. Afterwards: the move's row counts from the first send (`sent_at` 09:00, the
    timeline's `move_retry_refused` says so); the caller hangs up; just before the horizon after
    09:00 the move is still open and fenced; just after it (though not yet the horizon after
    the retry) `reconcile` settles it not moved, the fence goes, the old booking stands, the
    caller is to be told, and `status` agrees with Cal.com."""
    tools = await open_call()
    old_uid, ref = await _booked_friday_ten(tools)
    slot_id = await _new_slot_held(tools)
    first_sent = clock.now()
    Sent(deps.backend, monkeypatch, then=_first_lost_then(sandbox, clock, "400"))
    sandbox.faults.fail_next(1, "5xx", MOVE)

    result = await _move(tools, ref, slot_id)

    assert result["status"] == "not_confirmed_yet", result
    call_id = tools.session.call_id
    rows = await ledger.appointments_for_call(call_id)
    (move,) = [r for r in rows if r.rescheduled_from_id is not None]
    assert move.state is S.UNKNOWN and move.sent_at == first_sent
    (refused,) = [e.data for e in await ledger.timeline(call_id) if e.kind == "move_retry_refused"]
    assert refused["horizon_from"] == first_sent.isoformat()
    await tools.session.end("hangup")
    horizon = first_sent + deps.lost_request_horizon

    await _settle_after_hang_up(ledger, deps, salon, clock, horizon - timedelta(seconds=30))
    assert (await ledger.get(move.id)).state is S.UNKNOWN  # the first may still land
    assert len(sandbox.active_reservations()) == 1  # fenced

    lines = await _settle_after_hang_up(ledger, deps, salon, clock, horizon + timedelta(seconds=30))
    assert clock.now() < first_sent + timedelta(minutes=2) + deps.lost_request_horizon
    assert any("nicht verschoben" in line for line in lines), lines
    assert (await ledger.get(move.id)).state is S.FAILED
    assert (await ledger.find_by_booking_uid(old_uid)).state is S.CONFIRMED
    assert sandbox.active_reservations() == []
    assert _by_uid(sandbox)[old_uid]["status"] == "accepted"
    assert [n.outcome for n in await ledger.open_caller_notices(call_id=call_id)] == ["failed"]
    await _status_ok(ledger, deps, salon, call_id)


async def test_a_retry_whose_answer_is_lost_too_keeps_the_move_open_until_its_own_horizon(
    open_call, sandbox, ledger, deps, monkeypatch, clock, salon
):
    """Calendar: as above, but the retry's answer is lost too (500), so the retry itself may
    still be carried out until the horizon after it left. Afterwards: the row counts from the
    retry (`sent_at` two minutes after the first send); after the first request's horizon the
    move is still open and fenced (settling it then and letting the fence go could let the
    retry land unseen); after the retry's horizon `reconcile` settles it not moved and
    `status` agrees."""
    tools = await open_call()
    old_uid, ref = await _booked_friday_ten(tools)
    slot_id = await _new_slot_held(tools)
    first_sent = clock.now()
    Sent(deps.backend, monkeypatch, then=_first_lost_then(sandbox, clock, "5xx"))
    sandbox.faults.fail_next(1, "5xx", MOVE)

    result = await _move(tools, ref, slot_id)

    assert result["status"] == "not_confirmed_yet", result
    call_id = tools.session.call_id
    rows = await ledger.appointments_for_call(call_id)
    (move,) = [r for r in rows if r.rescheduled_from_id is not None]
    retry_sent = first_sent + timedelta(minutes=2)
    assert move.state is S.UNKNOWN and move.sent_at == retry_sent
    (retried,) = [e.data for e in await ledger.timeline(call_id) if e.kind == "move_retried"]
    assert retried["first_sent_at"] == first_sent.isoformat()
    await tools.session.end("hangup")

    at = first_sent + deps.lost_request_horizon + timedelta(seconds=30)
    await _settle_after_hang_up(ledger, deps, salon, clock, at)
    assert (await ledger.get(move.id)).state is S.UNKNOWN
    assert len(sandbox.active_reservations()) == 1

    at = retry_sent + deps.lost_request_horizon + timedelta(seconds=30)
    lines = await _settle_after_hang_up(ledger, deps, salon, clock, at)
    assert any("nicht verschoben" in line for line in lines), lines
    assert (await ledger.get(move.id)).state is S.FAILED
    assert sandbox.active_reservations() == []
    assert _by_uid(sandbox)[old_uid]["status"] == "accepted"
    await _status_ok(ledger, deps, salon, call_id)
