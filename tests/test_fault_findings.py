"""The fault runs' findings, reproduced: a TCP-level fault proxy between the client and the
sandbox (the calendar acts and the answer is lost, half an answer, a request arriving late, a
calendar that cannot be reached) and the sandbox's own faults. For each: what the caller is told,
what the ledger says and what the calendar holds must be the same story, now and after the
upkeep has done what was left."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta

import pytest

from agent.commands.reconcile import reconcile_and_describe
from agent.commands.status import status_report
from calendar_adapter.calcom import CalComClient
from calendar_adapter.config import CalendarConfig
from calendar_adapter.ledger import AppointmentState as S
from calendar_adapter.runtime import open_calendar
from calendar_adapter.sandbox.fault_proxy import FaultProxy
from tests.tools_fixtures import CALLER, FRIDAY, ours
from tests.waiting import eventually
from tools.booking_tools import BookingTools
from tools.deps import BookingDeps
from tools.recovery import upkeep_for
from tools.session import CallSession

# the client's timeout: the faults delay a request past it (2x); the requests that are not faulted
# must finish inside it on a loaded CI machine (0.3 s did not: a reservation timed out in a fresh
# clone's run beside the claims corpus)
CLIENT_TIMEOUT = 1.5


@pytest.fixture
async def proxy(sandbox) -> AsyncIterator[FaultProxy]:
    async with FaultProxy.to(sandbox.url) as p:
        yield p


@pytest.fixture
async def deps(proxy, sandbox, ledger, clock, salon) -> AsyncIterator[BookingDeps]:
    client = CalComClient(
        proxy.url, sandbox.api_key, salon=salon, timeout=CLIENT_TIMEOUT, backoff_base=0.01
    )
    try:
        yield BookingDeps(
            backend=client,
            ledger=ledger,
            clock=clock,
            salon=salon,
            hold_minutes=10,
            first_hold_minutes=2,
            lost_answer_settle_seconds=0.0,
        )
    finally:
        await client.aclose()


@pytest.fixture
async def call(deps) -> AsyncIterator[BookingTools]:
    session = CallSession(deps, caller_phone=CALLER, mode="phone", keepalive_seconds=None)
    await session.start()
    try:
        yield BookingTools(session)
    finally:
        await session.end("test over")


async def _held(tools: BookingTools, time: str = "10:00") -> dict:
    result = await tools.call(
        "check_availability",
        {"service": "Herrenhaarschnitt", "stylist": "Fabian", "date": FRIDAY, "time": time},
    )
    assert result["status"] == "held", result
    return result


async def _book(tools: BookingTools, slot_id: str) -> dict:
    return await tools.call("book_appointment", {"slot_id": slot_id, "customer_name": "Max Roth"})


# -- finding 1: a booking request whose answer is lost is never "nicht gebucht" ------------------


@pytest.mark.parametrize("fault", ["delay_request", "drop_request"])
async def test_a_booking_whose_answer_never_came_is_not_yet_confirmed_until_it_cannot_land(
    call, proxy, sandbox, ledger, deps, clock, fault
):
    """The request reaches Cal.com after the client gave up (or never). The caller hears "noch
    nicht bestätigt"; the slot stays fenced beyond the hang-up, so the late request is refused;
    once Cal.com can no longer carry it out, the row fails and the caller is to be told."""
    held = await _held(call)
    proxy.plan("POST /v2/bookings", fault, seconds=2 * CLIENT_TIMEOUT)

    told = await _book(call, held["slot_id"])

    assert told["status"] == "not_confirmed_yet"
    assert "nicht gebucht" not in told["say"] and "ist gebucht" not in told["say"]
    assert told["still_held"]["slot_id"] == held["slot_id"]
    call_id = call.session.call_id
    await call.session.end("hangup")
    await proxy.delivered()  # the delayed request has reached the calendar by now

    assert ours(sandbox, call_id) == []  # refused by the fence: nothing landed unseen
    if fault == "delay_request":
        assert ("POST /v2/bookings", "delivered late: 409") in proxy.seen
    (fence,) = sandbox.active_reservations()
    (row,) = [r for r in await ledger.appointments_for_call(call_id) if r.request_id]
    assert row.state is S.UNKNOWN
    upkeep = upkeep_for(deps)
    await upkeep.run_once()
    assert (await ledger.get(row.id)).state is S.UNKNOWN  # Cal.com may still carry it out

    clock.advance(deps.lost_request_horizon)
    await upkeep.run_once()

    assert (await ledger.get(row.id)).state is S.FAILED
    assert sandbox.active_reservations() == []  # the fence went with the settled request
    (notice,) = await ledger.open_caller_notices(call_id=call_id)
    assert notice.outcome == "failed" and notice.caller_phone == CALLER
    assert fence["reservationUid"] not in {r.reservation_uid for r in await ledger.reserving()}


@pytest.mark.parametrize("fault", ["reset_after_send", "half_answer", "black_hole"])
async def test_a_booking_the_calendar_made_before_the_connection_failed_is_found(
    call, proxy, sandbox, ledger, fault
):
    held = await _held(call)
    proxy.plan("POST /v2/bookings", fault)

    told = await _book(call, held["slot_id"])

    assert told["status"] == "booked" and "gebucht" in told["say"]
    (booking,) = ours(sandbox, call.session.call_id)
    (row,) = [r for r in await ledger.appointments_for_call(call.session.call_id)]
    assert row.state is S.CONFIRMED and row.booking_uid == booking["uid"]
    assert sandbox.active_reservations() == []


# -- finding 2: a hold whose answer was lost is known and bounded --------------------------------


@pytest.mark.parametrize("fault", ["reset_after_send", "half_answer"])
async def test_a_lost_reservation_answer_leaves_a_known_and_bounded_hold(
    call, proxy, sandbox, ledger, deps, clock, salon, fault
):
    proxy.plan("POST /v2/slots/reservations", fault)

    told = await call.call(
        "check_availability",
        {"service": "Herrenhaarschnitt", "stylist": "Fabian", "date": FRIDAY, "time": "10:00"},
    )

    assert told["status"] == "error" and "NICHT" in told["hint"] and told["holds"] == []
    (orphan,) = sandbox.active_reservations()  # Cal.com made it; its uid never arrived
    orphan_until = clock.now() + timedelta(minutes=2)  # a first reservation is short
    assert orphan["reservationUntil"].startswith(orphan_until.strftime("%Y-%m-%dT%H:%M"))
    (row,) = await ledger.reserving()
    assert row.call_id == call.session.call_id and row.reservation_uid is None
    assert row.reservation_until >= orphan_until  # the ledger's bound covers it
    report = await status_report(ledger, deps.backend, salon, call.session.call_id)
    assert "Antwort auf die Reservierung fehlt" in "\n".join(report.lines)
    early, _ = await reconcile_and_describe(ledger, deps.backend, salon, clock.now())
    assert [n.appointment_id for n in early.too_early] == [row.id]

    clock.advance(row.reservation_until - clock.now())
    report, _ = await reconcile_and_describe(ledger, deps.backend, salon, clock.now())

    assert (await ledger.get(row.id)).state is S.EXPIRED
    assert [f.appointment_id for f in report.fixed] == [row.id]
    assert sandbox.active_reservations() == []  # lapsed in Cal.com long before the bound
    assert await ledger.non_final() == []


async def test_a_new_hold_is_short_and_extended_while_the_caller_decides(
    call, sandbox, ledger, clock
):
    held = await _held(call)
    (reservation,) = sandbox.active_reservations()
    assert reservation["reservationDuration"] == 2

    clock.advance(timedelta(seconds=70))  # 50 s left: the next step extends it
    again = await _held(call)

    assert again["slot_id"] == held["slot_id"]
    (row,) = await ledger.appointments_for_call(call.session.call_id)
    assert row.reservation_until == clock.now() + timedelta(minutes=10)
    (extended,) = sandbox.active_reservations()
    assert extended["reservationUid"] == reservation["reservationUid"]


# -- finding 3: a release Cal.com did not confirm is retried until done ------------------------


async def test_a_failed_release_is_kept_shown_and_released_by_reconcile(
    call, sandbox, ledger, deps, clock, salon
):
    await _held(call)
    sandbox.faults.fail_next(100, "5xx", endpoint="DELETE /v2/slots/reservations/*")
    call_id = call.session.call_id
    await call.session.end("hangup")

    (pending,) = await ledger.pending_releases()
    assert pending.call_id == call_id and pending.attempts >= 1
    assert len(sandbox.active_reservations()) == 1  # still blocking the slot
    report = await status_report(ledger, deps.backend, salon, call_id)
    assert "Freigaben ausstehend (1" in "\n".join(report.lines)
    (row,) = await ledger.appointments_for_call(call_id)
    assert row.state is S.HELD  # the ledger does not claim what Cal.com did not confirm

    sandbox.faults.clear()
    released = await upkeep_for(deps).retry_releases()  # what `reconcile --release` runs
    report, lines = await reconcile_and_describe(
        ledger, deps.backend, salon, clock.now(), released=released
    )

    assert sandbox.active_reservations() == []
    assert await ledger.pending_releases() == []
    assert (await ledger.get(row.id)).state is S.RELEASED
    assert any("released" in line for line in lines)


async def test_the_background_upkeep_releases_what_a_call_could_not(clock):
    config = CalendarConfig(ledger_path=":memory:", upkeep_seconds=0.05)
    async with open_calendar(config, clock=clock, upkeep=True) as rt:
        deps = BookingDeps(
            backend=rt.backend,
            ledger=rt.ledger,
            clock=rt.clock,
            salon=rt.salon,
            hold_minutes=rt.hold_minutes,
        )
        session = CallSession(deps, caller_phone=CALLER, mode="phone", keepalive_seconds=None)
        await session.start()
        await _held(BookingTools(session))
        assert rt.sandbox is not None
        rt.sandbox.faults.fail_next(5, "5xx", endpoint="DELETE /v2/slots/reservations/*")
        await session.end("hangup")
        assert len(await rt.ledger.pending_releases()) == 1

        async def released() -> bool:  # nobody asks: the upkeep retries until Cal.com confirms
            return not await rt.ledger.pending_releases()

        await eventually(released, "the upkeep's retry of the release", every=0.02)

        assert await rt.ledger.pending_releases() == []
        assert rt.sandbox.active_reservations() == []
        assert await rt.ledger.non_final() == []


# -- finding 4: a booking that never left is not booked, and the hold stands -------------------


async def test_a_booking_cal_com_could_not_be_reached_for_is_not_booked_and_kept_held(
    call, proxy, sandbox, ledger
):
    held = await _held(call)
    await proxy.refuse()  # Cal.com unreachable: connections are refused

    told = await _book(call, held["slot_id"])

    assert told["status"] == "not_booked" and told["reason"] == "calendar_unreachable"
    assert told["still_held"]["slot_id"] == held["slot_id"] == told["holds"][0]["slot_id"]
    (row,) = await ledger.appointments_for_call(call.session.call_id)
    assert row.state is S.HELD  # the request never left: nothing to look up, nothing unknown
    assert sandbox.bookings() == []

    await proxy.accept()
    again = await _book(call, held["slot_id"])
    assert again["status"] == "booked"
    assert len(ours(sandbox, call.session.call_id)) == 1
