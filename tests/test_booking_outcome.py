"""What Cal.com's answer means for the ledger is decided in one module
(`calendar_adapter.booking_outcome`), and every path that learns it records the same thing: the
call's own lookup, start-up recovery, the background upkeep and `reconcile`."""

from __future__ import annotations

import uuid
from datetime import timedelta

import pytest

from agent.reconcile import reconcile
from agent.replay.names import CalendarNames
from calendar_adapter import booking_outcome
from calendar_adapter.backend import Attendee, BookingRequest, Reservation
from calendar_adapter.ledger import AppointmentState as S
from tests.conftest import berlin
from tools.deps import BookingDeps
from tools.recovery import recover_after_crash, upkeep_for

CALLER = "+4915112345678"
FRIDAY_10 = berlin(2026, 11, 27, 10)
HORIZON = timedelta(minutes=5)


@pytest.fixture
def deps(calendar, ledger, clock, salon) -> BookingDeps:
    return BookingDeps(
        backend=calendar,
        ledger=ledger,
        clock=clock,
        salon=salon,
        hold_minutes=10,
        lost_request_horizon=HORIZON,
    )


async def _lost_request(deps: BookingDeps, sandbox, *, ended: bool = True):
    """A booking request of a call whose answer was lost: the ledger row is `unknown`."""
    ledger, calendar = deps.ledger, deps.backend
    await ledger.sync_catalog(await calendar.get_catalog())
    call_id = f"call-{uuid.uuid4().hex[:6]}"
    await ledger.start_call(call_id, caller_phone=CALLER, mode="test")
    et = sandbox.event_type_id("fabian-spitzer", "herrenhaarschnitt")
    row = await ledger.add_held(
        call_id=call_id,
        reservation=Reservation(
            uid="res-x",
            event_type_id=et,
            slot_start=FRIDAY_10,
            slot_end=FRIDAY_10 + timedelta(minutes=30),
            slot_minutes=30,
            reservation_minutes=10,
            until=deps.clock.now() + timedelta(minutes=10),
        ),
        stylist_user_id=sandbox.user_id("fabian-spitzer"),
        service_slug="herrenhaarschnitt",
        caller_phone=CALLER,
    )
    request_id = uuid.uuid4().hex
    await ledger.transition(row.id, S.BOOKING, request_id=request_id, sent_at=deps.clock.now())
    row = await ledger.transition(row.id, S.UNKNOWN, error="answer lost")
    if ended:
        await ledger.end_call(call_id, reason="hangup")
    return row, et, request_id


async def _landed(deps: BookingDeps, et: int, request_id: str):
    return await deps.backend.create_booking(
        BookingRequest(
            event_type_id=et,
            start=FRIDAY_10,
            attendee=Attendee(name="Max Roth", time_zone="Europe/Berlin", phone_number=CALLER),
            request_id=request_id,
        )
    )


async def _via_recovery(deps, now):
    await recover_after_crash(deps)


async def _via_upkeep(deps, now):
    await upkeep_for(deps).run_once()


async def _via_reconcile(deps, now):
    names = CalendarNames(await deps.backend.get_catalog(), deps.salon.tz)
    await reconcile(deps.ledger, deps.backend, names, now, horizon=HORIZON)


PATHS = [_via_recovery, _via_upkeep, _via_reconcile]


@pytest.mark.parametrize("settle", PATHS, ids=lambda f: f.__name__)
async def test_a_lost_request_whose_booking_was_cancelled_since_was_made_then_cancelled(
    deps, sandbox, settle
):
    row, et, request_id = await _lost_request(deps, sandbox)
    booking = await _landed(deps, et, request_id)
    await deps.backend.cancel_booking(booking.uid, reason="vom Salon")

    await settle(deps, deps.clock.now())

    settled = await deps.ledger.get(row.id)
    assert (settled.state, settled.booking_uid) == (S.CANCELLED, booking.uid)
    assert [n.outcome for n in await deps.ledger.open_caller_notices()] == ["cancelled"]


@pytest.mark.parametrize("settle", PATHS, ids=lambda f: f.__name__)
async def test_a_lost_request_whose_booking_was_moved_since_follows_it(deps, sandbox, settle):
    row, et, request_id = await _lost_request(deps, sandbox)
    booking = await _landed(deps, et, request_id)
    moved = await deps.backend.reschedule_booking(booking.uid, FRIDAY_10 + timedelta(hours=2))

    await settle(deps, deps.clock.now())

    assert (await deps.ledger.get(row.id)).state is S.RESCHEDULED
    new = await deps.ledger.find_by_booking_uid(moved.uid)
    assert new.state is S.CONFIRMED and new.rescheduled_from_id == row.id
    assert new.call_id == row.call_id and new.caller_phone == CALLER


@pytest.mark.parametrize("settle", PATHS, ids=lambda f: f.__name__)
async def test_a_lost_request_not_in_cal_com_fails_only_once_it_can_no_longer_land(
    deps, sandbox, clock, settle
):
    row, *_ = await _lost_request(deps, sandbox)

    await settle(deps, clock.now())
    assert (await deps.ledger.get(row.id)).state is S.UNKNOWN

    clock.advance(HORIZON)
    await settle(deps, clock.now())
    assert (await deps.ledger.get(row.id)).state is S.FAILED
    assert [n.outcome for n in await deps.ledger.open_caller_notices()] == ["failed"]


async def test_a_live_calls_lost_request_is_left_to_that_call(deps, sandbox, clock):
    """The upkeep settles the requests of calls that are over; a running call does its own."""
    row, et, request_id = await _lost_request(deps, sandbox, ended=False)
    await _landed(deps, et, request_id)

    await upkeep_for(deps).run_once()

    assert (await deps.ledger.get(row.id)).state is S.UNKNOWN


def test_statuses_mean_one_thing():
    assert booking_outcome.state_for("accepted") is S.CONFIRMED
    assert booking_outcome.state_for("pending") is S.PENDING
    for status in ("cancelled", "rejected", "", "ACCEPTED"):
        assert booking_outcome.state_for(status) is None
