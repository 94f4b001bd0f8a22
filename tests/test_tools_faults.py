"""When Cal.com misbehaves, the caller is told the truth: what the tools say matches the ledger,
and the ledger matches the calendar. Includes the race of many callers for few slots."""

# ruff: noqa: F811
from __future__ import annotations

import asyncio

import pytest

from calendar_adapter.backend import BookingOutcomeUnknownError, SlotHeldByOtherError
from calendar_adapter.ledger import AppointmentState
from tests.conftest import BERLIN, berlin

# Fixtures are imported by name so pytest finds them (hence F811 on their use as arguments).
from tests.tools_fixtures import CALLER, FRIDAY, deps, open_call, ours  # noqa: F401
from tools.booking_tools import BookingTools
from tools.recovery import recover_after_crash, upkeep_for
from tools.session import CallSession


async def _held(tools: BookingTools, time: str = "10:00") -> dict:
    result = await tools.call(
        "check_availability",
        {"service": "Herrenhaarschnitt", "stylist": "Fabian Spitzer", "date": FRIDAY, "time": time},
    )
    assert result["status"] == "held", result
    return result


async def _assert_story_agrees(result: dict, tools: BookingTools, sandbox, ledger) -> None:
    """What the caller was told == the ledger == the calendar."""
    call_id = tools.session.call_id
    rows = [r for r in await ledger.appointments_for_call(call_id) if r.request_id]
    assert len(rows) == 1, rows
    row = rows[0]
    in_calendar = [b for b in ours(sandbox, call_id) if b["status"] == "accepted"]
    if result["status"] == "booked":
        assert "gebucht" in result["say"]
        assert row.state is AppointmentState.CONFIRMED
        assert [b["uid"] for b in in_calendar] == [row.booking_uid]
    elif result["status"] == "not_booked":
        assert "say" not in result
        assert row.state is AppointmentState.FAILED and row.booking_uid is None
        assert in_calendar == []
    elif result["status"] in ("unknown", "not_confirmed_yet"):
        assert "gebucht" not in result["say"]  # neither yes nor no
        assert row.state is AppointmentState.UNKNOWN
    else:
        pytest.fail(f"unexpected status {result}")


@pytest.mark.parametrize("kind", ["5xx", "timeout"])
async def test_a_booking_lost_to_a_server_error_is_not_yet_confirmed_and_the_slot_stays_held(
    open_call, sandbox, ledger, kind
):
    """Cal.com answered 5xx (or nothing): it may still carry the request out, so the caller
    hears "noch nicht bestätigt", never "nicht gebucht", and keeps the slot; trying again books
    it once, and settles the lost request (it can only be refused now)."""
    tools = await open_call()
    held = await _held(tools)
    sandbox.faults.timeout_seconds = 0.05
    sandbox.faults.fail_next(1, kind, endpoint="POST /v2/bookings")

    result = await tools.call(
        "book_appointment", {"slot_id": held["slot_id"], "customer_name": "Max"}
    )

    assert result["status"] == "not_confirmed_yet"
    assert "noch nicht bestätigen" in result["say"] and "reserviert" in result["say"]
    await _assert_story_agrees(result, tools, sandbox, ledger)
    (lost,) = [r for r in await ledger.appointments_for_call(tools.session.call_id) if r.request_id]
    assert lost.request_id  # kept: the call, the upkeep and reconcile look it up
    # The slot is held again for the caller under a new reservation (the lost request's own
    # reservation is gone, so it cannot land while the fence stands); offered as still held.
    assert result["still_held"]["slot_id"] == held["slot_id"]
    assert [h["slot_id"] for h in result["holds"]] == [held["slot_id"]]
    (fence,) = sandbox.active_reservations()
    assert fence["reservationUid"] != lost.reservation_uid

    again = await tools.call(
        "book_appointment", {"slot_id": held["slot_id"], "customer_name": "Max"}
    )
    assert again["status"] == "booked"
    assert len(ours(sandbox, tools.session.call_id)) == 1
    assert sandbox.active_reservations() == []
    assert (await ledger.get(lost.id)).state is AppointmentState.FAILED  # superseded
    assert not tools.session.lost


class LateDelivery:
    """Cal.com as it may really behave: the booking's answer is lost at once, and the request
    itself reaches Cal.com only later, when the test says so (a real HTTP request then)."""

    def __init__(self, backend, monkeypatch):
        self._send = backend.create_booking
        self._gate = asyncio.Event()
        self.landed: asyncio.Task | None = None
        monkeypatch.setattr(backend, "create_booking", self._lose_answer)

    async def _lose_answer(self, request):
        async def later():
            await self._gate.wait()
            return await self._send(request)

        self.landed = asyncio.create_task(later())
        raise BookingOutcomeUnknownError("answer lost", request_id=request.request_id)

    async def deliver(self):
        self._gate.set()
        assert self.landed is not None
        return await self.landed


async def test_a_lost_request_arriving_late_cannot_book_behind_the_callers_back(
    open_call, sandbox, ledger, deps, monkeypatch, clock
):
    """Finding 1: the request reaches Cal.com after the client gave up. The fence stands beyond
    the hang-up until the request is settled, so it cannot land unseen; once Cal.com can no
    longer carry it out it is failed, and the caller (told "noch nicht bestätigt") is to be
    told."""
    tools = await open_call()
    held = await _held(tools)
    late = LateDelivery(deps.backend, monkeypatch)

    result = await tools.call(
        "book_appointment", {"slot_id": held["slot_id"], "customer_name": "Max"}
    )
    assert result["status"] == "not_confirmed_yet"
    assert result["still_held"]["slot_id"] == held["slot_id"]
    call_id = tools.session.call_id
    await tools.session.end("hangup")  # the caller hangs up; the fence stays

    (fence,) = sandbox.active_reservations()
    with pytest.raises(SlotHeldByOtherError):  # the re-held slot refuses the stale request
        await late.deliver()
    assert ours(sandbox, call_id) == []
    await _assert_story_agrees(result, tools, sandbox, ledger)
    upkeep = upkeep_for(deps)
    assert await upkeep.run_once() == []  # still inside the horizon: nothing decided yet
    assert sandbox.active_reservations() == [fence]

    clock.advance(deps.lost_request_horizon)
    lines = await upkeep.run_once()

    (row,) = [r for r in await ledger.appointments_for_call(call_id) if r.request_id]
    assert row.state is AppointmentState.FAILED
    assert any("failed" in line for line in lines)
    assert sandbox.active_reservations() == []  # the fence went with the settled request
    (notice,) = await ledger.open_caller_notices(call_id=call_id)
    assert (notice.appointment_id, notice.outcome) == (row.id, "failed")
    kinds = [e.kind for e in await ledger.timeline(call_id)]
    assert kinds.index("fence_handed_over") < kinds.index("caller_must_be_told")
    assert await ledger.non_final() == []


@pytest.mark.parametrize("then", ["books another slot", "hangs up"])
async def test_a_lost_request_landing_after_the_caller_moved_on_is_found_and_recorded(
    open_call, sandbox, ledger, deps, monkeypatch, then
):
    """The slot could not be fenced (Cal.com refused the new hold), so the lost request can
    still land, and does, after the caller chose another slot: found before the next booking
    (and nothing more booked), or when the call ends (and the caller is to be told)."""
    tools = await open_call()
    held = await _held(tools)
    late = LateDelivery(deps.backend, monkeypatch)
    sandbox.faults.retry_after_seconds = 0
    sandbox.faults.fail_next(10, "429", endpoint="POST /v2/slots/reservations")  # no fence
    result = await tools.call(
        "book_appointment", {"slot_id": held["slot_id"], "customer_name": "Max"}
    )
    assert result["status"] == "not_confirmed_yet" and "still_held" not in result
    assert result["alternatives"]  # offered, for a caller who does not want to wait
    sandbox.faults.clear()
    monkeypatch.undo()
    other = await _held(tools, "14:00")  # the caller moves on to another time
    landed = await late.deliver()  # nothing fences the old slot: the lost request lands
    call_id = tools.session.call_id

    if then == "books another slot":
        told = await tools.call(
            "book_appointment", {"slot_id": other["slot_id"], "customer_name": "Max"}
        )
        # The truth, and no second appointment: the earlier booking stands.
        assert told["status"] == "booked" and told["landed_late"] is True
        assert told["time"] == "10:00" and "gebucht" in told["say"]
    await tools.session.end("goodbye")

    assert [b["uid"] for b in ours(sandbox, call_id)] == [landed.uid]
    rows = await ledger.appointments_for_call(call_id)
    (confirmed,) = [r for r in rows if r.state is AppointmentState.CONFIRMED]
    assert confirmed.booking_uid == landed.uid
    assert confirmed.request_id == landed.metadata["requestId"]  # the lost request's own row
    assert "booking_landed_late" in [e.kind for e in await ledger.timeline(call_id)]
    notices = await ledger.open_caller_notices(call_id=call_id)
    if then == "hangs up":  # found after the caller had gone: they must still be told
        assert [(n.appointment_id, n.outcome) for n in notices] == [(confirmed.id, "confirmed")]
    else:  # told in the call
        assert notices == []
    assert sandbox.active_reservations() == [] and await ledger.non_final() == []


async def test_a_lost_request_that_landed_before_the_slot_could_be_held_again_is_booked(
    open_call, sandbox, ledger, deps, monkeypatch
):
    """The client's lookup missed it; the tool's own lookup, after re-holding failed, finds it."""
    tools = await open_call()
    held = await _held(tools)
    send = deps.backend.create_booking

    async def commit_then_lose_answer(request):
        await send(request)
        raise BookingOutcomeUnknownError("answer lost", request_id=request.request_id)

    monkeypatch.setattr(deps.backend, "create_booking", commit_then_lose_answer)

    result = await tools.call(
        "book_appointment", {"slot_id": held["slot_id"], "customer_name": "Max"}
    )

    assert result["status"] == "booked"
    await _assert_story_agrees(result, tools, sandbox, ledger)
    assert sandbox.active_reservations() == []
    assert "fence_refused" in [e.kind for e in await ledger.timeline(tools.session.call_id)]


async def test_rate_limiting_is_waited_out_and_the_booking_succeeds(open_call, sandbox, ledger):
    tools = await open_call()
    held = await _held(tools)
    sandbox.faults.retry_after_seconds = 0
    sandbox.faults.fail_next(2, "429", endpoint="POST /v2/bookings")

    result = await tools.call(
        "book_appointment", {"slot_id": held["slot_id"], "customer_name": "Max"}
    )

    assert result["status"] == "booked"
    await _assert_story_agrees(result, tools, sandbox, ledger)


@pytest.mark.parametrize("kind", ["timeout", "5xx"])
async def test_a_response_lost_after_commit_is_found_and_confirmed(
    open_call, sandbox, ledger, kind
):
    tools = await open_call()
    held = await _held(tools)
    sandbox.faults.timeout_seconds = 0.05
    sandbox.faults.lose_response_after_commit(1, endpoint="POST /v2/bookings", kind=kind)

    result = await tools.call(
        "book_appointment", {"slot_id": held["slot_id"], "customer_name": "Max"}
    )

    assert result["status"] == "booked"
    await _assert_story_agrees(result, tools, sandbox, ledger)
    kinds = [e.kind for e in await ledger.timeline(tools.session.call_id)]
    assert "booking_confirmed" in kinds


async def test_a_lost_response_with_cal_com_unreachable_stays_unknown_until_recovery(
    open_call, sandbox, ledger, deps
):
    tools = await open_call()
    held = await _held(tools)
    sandbox.faults.lose_response_after_commit(1, endpoint="POST /v2/bookings", kind="5xx")
    sandbox.faults.fail_next(1000, "5xx", endpoint="GET /v2/bookings")

    result = await tools.call(
        "book_appointment", {"slot_id": held["slot_id"], "customer_name": "Max"}
    )

    assert result["status"] == "unknown"
    assert result["say"].startswith("Ich kann die Buchung gerade nicht bestätigen")
    await _assert_story_agrees(result, tools, sandbox, ledger)
    assert len(ours(sandbox, tools.session.call_id)) == 1  # it did happen; nobody may claim it

    # Still unreachable: recovery leaves it unknown rather than guessing.
    assert any("unknown" in line for line in await recover_after_crash(deps))
    row = (await ledger.appointments_for_call(tools.session.call_id))[0]
    assert row.state is AppointmentState.UNKNOWN

    sandbox.faults.clear()
    lines = await recover_after_crash(deps)
    row = (await ledger.appointments_for_call(tools.session.call_id))[0]
    assert row.state is AppointmentState.CONFIRMED
    assert row.booking_uid == ours(sandbox, tools.session.call_id)[0]["uid"]
    assert any("accepted" in line for line in lines)


async def test_fifty_callers_for_five_slots(deps, sandbox, ledger):
    times = ["10:00", "10:30", "11:00", "11:30", "12:00"]

    async def caller(i: int) -> tuple[CallSession, dict, dict | None]:
        session = CallSession(
            deps, caller_phone=f"+49151000{i:05d}", mode="phone", keepalive_seconds=None
        )
        await session.start()
        tools = BookingTools(session)
        asked = await tools.call(
            "check_availability",
            {
                "service": "Herrenhaarschnitt",
                "stylist": "Fabian",
                "date": FRIDAY,
                "time": times[i % 5],
            },
        )
        booked = None
        if asked["status"] == "held":
            booked = await tools.call(
                "book_appointment", {"slot_id": asked["slot_id"], "customer_name": f"Kunde {i}"}
            )
        await session.end("goodbye")
        return session, asked, booked

    outcomes = await asyncio.gather(*(caller(i) for i in range(50)))

    confirmed = [(s, b) for s, _, b in outcomes if b and b["status"] == "booked"]
    assert len(confirmed) == 5
    assert sorted(b["time"] for _, b in confirmed) == times
    booked_times = {b["time"] for _, b in confirmed}
    for i, (_, asked, booked) in enumerate(outcomes):
        if booked is None:
            # The truth: the asked time is gone (someone else holds or booked it), here is more.
            assert asked["status"] == "unavailable", asked
            assert times[i % 5] in booked_times
            assert asked["alternatives"], "every caller who lost is offered alternatives"
            assert all(
                (a["date"], a["time"]) != (FRIDAY, times[i % 5]) for a in asked["alternatives"]
            )
        else:
            assert booked["status"] == "booked", booked

    fabian_cut = sandbox.event_type_id("fabian-spitzer", "herrenhaarschnitt")
    accepted = [b for b in sandbox.bookings() if b["status"] == "accepted"]
    assert len(sandbox.bookings()) == len(accepted) == 5
    assert all(b["eventTypeId"] == fabian_cut for b in accepted)
    # Booking by booking, both ways: each confirmed answer has its ledger row and its booking,
    # each booking in the calendar is a confirmed row of the call that made it, nothing else.
    for session, booked in confirmed:
        (row,) = [
            r
            for r in await ledger.appointments_for_call(session.call_id)
            if r.state is AppointmentState.CONFIRMED
        ]
        (match,) = [b for b in accepted if b["uid"] == row.booking_uid]
        assert match["metadata"]["callId"] == session.call_id
        assert row.start.astimezone(BERLIN).strftime("%H:%M") == booked["time"]
        assert booked["ref"] and session.booked == [row.booking_uid]
    ledger_confirmed = await ledger.upcoming_confirmed(berlin(2026, 11, 24))
    assert sorted(r.booking_uid for r in ledger_confirmed) == sorted(b["uid"] for b in accepted)
    for session, asked, booked in outcomes:
        if booked is None:
            assert ours(sandbox, session.call_id) == []
            rows = await ledger.appointments_for_call(session.call_id)
            assert all(r.state is not AppointmentState.CONFIRMED for r in rows)
            assert "still_held" not in asked  # nothing of theirs is held after all
    # No hold left after the sessions end: in the calendar and in the ledger.
    assert sandbox.active_reservations() == []
    assert await ledger.non_final() == []
