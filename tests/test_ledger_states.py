"""The ledger's appointment state machine: what may follow what, enforced by code and by schema."""

from __future__ import annotations

import asyncio
import itertools
from datetime import timedelta

import pytest

from calendar_adapter.backend import Attendee, Booking
from calendar_adapter.booking_outcome import record_from_calendar
from calendar_adapter.clock import FixedClock
from calendar_adapter.ledger import (
    Appointment,
    AppointmentState,
    IllegalTransitionError,
    IntegrityError,
    Ledger,
)
from tests.conftest import FRIDAY_10, record_hold
from tests.conftest import PINNED_NOW as T0

S = AppointmentState
FABIAN = 101

# The specification (docs/architecture.md), written out rather than imported from the code.
LEGAL = {
    ("reserving", "held"),  # the reservation's answer arrived
    ("reserving", "expired"),  # its answer was lost, and it must have lapsed by now
    ("held", "reserving"),  # a lapsed hold asked for again
    ("booking", "held"),  # the booking request never left (Cal.com unreachable)
    ("held", "booking"),
    ("held", "released"),
    ("held", "expired"),
    ("booking", "confirmed"),
    ("booking", "pending"),
    ("booking", "failed"),
    ("booking", "unknown"),
    ("pending", "confirmed"),
    ("pending", "failed"),
    ("pending", "cancelled"),
    ("unknown", "confirmed"),
    ("unknown", "pending"),
    ("unknown", "failed"),
    ("confirmed", "cancelled"),
    ("confirmed", "rescheduled"),
}
ALL_PAIRS = list(itertools.product([s.value for s in S], repeat=2))
ILLEGAL = sorted(set(ALL_PAIRS) - LEGAL)

# A legal route from a fresh hold to every state.
ROUTE = {
    "reserving": ["reserving"],
    "held": [],
    "booking": ["booking"],
    "confirmed": ["booking", "confirmed"],
    "pending": ["booking", "pending"],
    "failed": ["booking", "failed"],
    "unknown": ["booking", "unknown"],
    "released": ["released"],
    "expired": ["expired"],
    "cancelled": ["booking", "confirmed", "cancelled"],
    "rescheduled": ["booking", "confirmed", "rescheduled"],
}


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(T0)


@pytest.fixture
async def ledger(clock: FixedClock, ledger_url: str):
    ledger = await Ledger.open(ledger_url, clock=clock)
    try:
        yield ledger
    finally:
        await ledger.close()


async def hold(ledger: Ledger, call_id: str = "call-1", **kw) -> Appointment:
    return await record_hold(
        ledger, call_id=call_id, event_type_id=5001, caller_phone="+4915112345678", **kw
    )


_uids = itertools.count(1)


def fields_for(to: str) -> dict:
    if to == "held":  # a hold has its reservation
        return {"reservation_uid": f"res-{next(_uids)}"}
    return {"booking_uid": f"bk-{next(_uids)}"} if to in ("confirmed", "pending") else {}


async def drive_to(ledger: Ledger, state: str) -> Appointment:
    appt = await hold(ledger)
    for step in ROUTE[state]:
        extra = {} if appt.booking_uid or step == "held" else fields_for(step)
        appt = await ledger.transition(appt.id, S(step), **extra)
    assert appt.state == state
    return appt


async def test_a_hold_is_recorded_with_its_reservation(ledger: Ledger):
    appt = await hold(ledger)

    assert appt.state is S.HELD
    assert appt.call_id == "call-1"
    assert appt.stylist_user_id == FABIAN
    assert appt.service_slug == "dauerwelle"
    assert appt.start == FRIDAY_10 and appt.start.tzinfo is not None
    assert appt.end == FRIDAY_10 + timedelta(minutes=135)
    assert appt.reservation_uid == "res-1"
    assert appt.reservation_until == T0 + timedelta(minutes=5)
    assert appt.caller_phone == "+4915112345678"  # stored as given; masking is for logs
    assert appt.booking_uid is None
    assert appt.created_at == appt.updated_at == T0
    assert await ledger.get(appt.id) == appt


@pytest.mark.parametrize(("frm", "to"), sorted(LEGAL), ids=lambda v: v)
async def test_every_legal_transition_is_allowed(ledger: Ledger, clock: FixedClock, frm, to):
    appt = await drive_to(ledger, frm)
    clock.advance(7)

    moved = await ledger.transition(
        appt.id, S(to), **fields_for(to) if not appt.booking_uid else {}
    )

    assert moved.state == to
    assert moved.updated_at == T0 + timedelta(seconds=7)
    assert moved.created_at == T0
    assert await ledger.get(appt.id) == moved


@pytest.mark.parametrize(("frm", "to"), ILLEGAL, ids=lambda v: v)
async def test_every_other_transition_is_refused_and_changes_nothing(ledger: Ledger, frm, to):
    appt = await drive_to(ledger, frm)

    with pytest.raises(IllegalTransitionError) as err:
        await ledger.transition(appt.id, S(to), booking_uid="bk-should-not-stick", error="x")

    assert err.value.frm == frm and err.value.to == to
    assert await ledger.get(appt.id) == appt


async def test_the_incident_cannot_be_recorded_held_straight_to_confirmed(ledger: Ledger):
    appt = await hold(ledger)
    with pytest.raises(IllegalTransitionError, match="held -> confirmed"):
        await ledger.transition(appt.id, S.CONFIRMED, booking_uid="invented-uid")
    assert (await ledger.get(appt.id)).state is S.HELD


async def test_confirming_without_a_booking_uid_is_refused_by_the_schema(ledger: Ledger):
    appt = await drive_to(ledger, "booking")

    with pytest.raises(IntegrityError, match="CHECK constraint"):
        await ledger.transition(appt.id, S.CONFIRMED)
    with pytest.raises(IntegrityError, match="CHECK constraint"):
        await ledger.transition(appt.id, S.PENDING, booking_uid="  ")

    # the failed attempt was rolled back; the ledger keeps working
    assert (await ledger.get(appt.id)).state is S.BOOKING
    done = await ledger.transition(
        appt.id, S.CONFIRMED, booking_uid="bk-real", booking_status="accepted"
    )
    assert done.booking_uid == "bk-real" and done.booking_status == "accepted"


async def test_a_transition_sets_its_fields_in_the_same_step(ledger: Ledger, clock: FixedClock):
    appt = await drive_to(ledger, "held")
    booking = await ledger.transition(
        appt.id, S.BOOKING, request_id="req-9", customer_name="Anna Schmidt"
    )
    assert (booking.request_id, booking.customer_name) == ("req-9", "Anna Schmidt")

    unknown = await ledger.transition(appt.id, S.UNKNOWN, error="timeout after send")
    assert unknown.error == "timeout after send"
    assert [a.id for a in await ledger.find_by_request_id("req-9")] == [appt.id]

    new_start = FRIDAY_10 + timedelta(hours=1)
    done = await ledger.transition(
        appt.id,
        S.CONFIRMED,
        booking_uid="bk-7",
        start=new_start,
        end=new_start + timedelta(minutes=135),
    )
    assert done.start == new_start
    assert await ledger.find_by_booking_uid("bk-7") == done


async def test_unknown_fields_and_unknown_appointments_are_errors(ledger: Ledger):
    appt = await hold(ledger)
    with pytest.raises(TypeError, match="state"):
        await ledger.transition(appt.id, S.BOOKING, state="confirmed")
    with pytest.raises(TypeError, match="created_at"):
        await ledger.transition(appt.id, S.BOOKING, created_at=T0)
    with pytest.raises(IllegalTransitionError, match="does not exist"):
        await ledger.transition(9999, S.BOOKING)
    assert (await ledger.get(appt.id)).state is S.HELD


async def test_one_booking_uid_belongs_to_one_appointment(ledger: Ledger):
    first = await drive_to(ledger, "booking")
    second = await drive_to(ledger, "booking")
    await ledger.transition(first.id, S.CONFIRMED, booking_uid="bk-same")

    with pytest.raises(IntegrityError, match="UNIQUE"):
        await ledger.transition(second.id, S.CONFIRMED, booking_uid="bk-same")
    assert (await ledger.get(second.id)).state is S.BOOKING


async def test_a_hold_can_be_extended_only_while_held(ledger: Ledger):
    appt = await hold(ledger)
    later = T0 + timedelta(minutes=10)

    extended = await ledger.update_hold(appt.id, reservation_uid="res-2", until=later)
    assert (extended.reservation_uid, extended.reservation_until) == ("res-2", later)

    await ledger.transition(appt.id, S.RELEASED)
    with pytest.raises(IllegalTransitionError):
        await ledger.update_hold(appt.id, reservation_uid="res-3", until=later)
    assert (await ledger.get(appt.id)).reservation_uid == "res-2"


async def test_fifty_racers_move_one_hold_and_exactly_one_wins(ledger: Ledger):
    appt = await hold(ledger)
    targets = [(S.BOOKING, S.RELEASED, S.EXPIRED)[i % 3] for i in range(50)]

    results = await asyncio.gather(
        *(ledger.transition(appt.id, to, error=f"racer {i}") for i, to in enumerate(targets)),
        return_exceptions=True,
    )

    winners = [r for r in results if isinstance(r, Appointment)]
    losers = [r for r in results if isinstance(r, IllegalTransitionError)]
    assert len(winners) == 1 and len(losers) == 49
    final = await ledger.get(appt.id)
    assert final.state is winners[0].state and final.error == winners[0].error


async def test_concurrent_calls_each_get_their_own_appointments(ledger: Ledger):
    async def one_call(n: int) -> Appointment:
        call_id = f"call-{n}"
        await ledger.start_call(call_id, caller_phone=None, mode="test")
        appt = await hold(
            ledger, call_id=call_id, uid=f"res-{n}", start=FRIDAY_10 + timedelta(minutes=15 * n)
        )
        await ledger.log(call_id, "hold_placed", appointment_id=appt.id)
        await ledger.transition(appt.id, S.BOOKING, request_id=f"req-{n}")
        return await ledger.transition(appt.id, S.CONFIRMED, booking_uid=f"bk-{n}")

    done = await asyncio.gather(*(one_call(n) for n in range(30)))

    assert sorted(a.booking_uid for a in done) == sorted(f"bk-{n}" for n in range(30))
    for n in range(30):
        [appt] = await ledger.appointments_for_call(f"call-{n}")
        assert appt.booking_uid == f"bk-{n}"
        assert [e.kind for e in await ledger.timeline(f"call-{n}")] == ["hold_placed"]


async def test_queries_for_recovery_and_upcoming_appointments(ledger: Ledger):
    held = await drive_to(ledger, "held")
    unknown = await drive_to(ledger, "unknown")
    pending = await drive_to(ledger, "pending")
    await drive_to(ledger, "failed")
    await drive_to(ledger, "released")
    confirmed = await drive_to(ledger, "confirmed")
    await drive_to(ledger, "cancelled")

    assert [a.id for a in await ledger.non_final()] == [held.id, unknown.id, pending.id]
    assert [a.id for a in await ledger.upcoming_confirmed(T0)] == [confirmed.id]
    assert await ledger.upcoming_confirmed(FRIDAY_10 + timedelta(minutes=1)) == []
    assert await ledger.find_by_booking_uid("no-such-uid") is None
    assert await ledger.get(424242) is None


def cal_booking(uid: str, status: str = "accepted", **kw) -> Booking:
    return Booking(
        id=77,
        uid=uid,
        status=status,
        start=kw.get("start", FRIDAY_10),
        end=kw.get("start", FRIDAY_10) + timedelta(minutes=135),
        event_type_id=5001,
        host_user_ids=(FABIAN,),
        attendees=(
            Attendee(name="Anna Schmidt", time_zone="Europe/Berlin", phone_number="+4917099887766"),
        ),
        metadata={"requestId": "req-cal", "callId": "call-x"},
    )


async def test_a_booking_learned_from_cal_com_is_recorded_once(ledger: Ledger):
    first = await record_from_calendar(
        ledger,
        call_id="call-x",
        booking=cal_booking("bk-cal"),
        stylist_user_id=FABIAN,
        service_slug="dauerwelle",
    )
    again = await record_from_calendar(
        ledger,
        call_id="call-x",
        booking=cal_booking("bk-cal"),
        stylist_user_id=FABIAN,
        service_slug="dauerwelle",
    )

    assert first == again
    assert first.state is S.CONFIRMED and first.booking_uid == "bk-cal"
    assert (first.customer_name, first.caller_phone, first.request_id) == (
        "Anna Schmidt",
        "+4917099887766",
        "req-cal",
    )
    pending = await record_from_calendar(
        ledger,
        call_id="call-x",
        booking=cal_booking("bk-p", "pending"),
        stylist_user_id=FABIAN,
        service_slug="dauerwelle",
    )
    assert pending.state is S.PENDING
    with pytest.raises(ValueError, match="cancelled"):
        await record_from_calendar(
            ledger,
            call_id="call-x",
            booking=cal_booking("bk-c", "cancelled"),
            stylist_user_id=FABIAN,
            service_slug="dauerwelle",
        )
    with pytest.raises(ValueError, match="catalog"):  # no synced offering to name the service
        await record_from_calendar(ledger, call_id="call-x", booking=cal_booking("bk-n"))
    assert await ledger.find_by_booking_uid("bk-n") is None


# -- the schema itself, by raw SQL: no code path can store a confirmed row without a uid ------


class RawSql:
    """Statements straight to the ledger's database (each its own transaction), past every
    method of the Ledger: what the schema alone refuses."""

    def __init__(self, ledger: Ledger):
        self._engine = ledger._engine

    async def execute(self, sql: str, params: tuple = ()) -> None:
        async with self._engine.read() as db:
            await db.execute(sql, params)


@pytest.fixture
async def raw(ledger_url: str):
    ledger = await Ledger.open(ledger_url, clock=FixedClock(T0))
    try:
        appt = await hold(ledger)
        yield RawSql(ledger), appt
    finally:
        await ledger.close()


ROW = (
    'INSERT INTO appointments (call_id, state, event_type_id, stylist_id, service_slug, start, "end", '
    "booking_uid, created_at, updated_at) VALUES ('c', ?, 5001, 1, 'dauerwelle', "
    "'2026-11-27T09:00:00.000000+00:00', '2026-11-27T11:15:00.000000+00:00', ?, "
    "'2026-11-24T08:00:00.000000+00:00', '2026-11-24T08:00:00.000000+00:00')"
)


@pytest.mark.parametrize("state", ["confirmed", "pending"])
@pytest.mark.parametrize("uid", [None, "", "   "])
async def test_schema_rejects_an_inserted_confirmed_row_without_uid(raw, state, uid):
    conn, _ = raw
    with pytest.raises(IntegrityError, match="confirmed_needs_booking_uid"):
        await conn.execute(ROW, (state, uid))


async def test_schema_rejects_updating_a_row_to_confirmed_without_uid(raw):
    conn, appt = raw
    with pytest.raises(IntegrityError, match="confirmed_needs_booking_uid"):
        await conn.execute("UPDATE appointments SET state = 'confirmed' WHERE id = ?", (appt.id,))
    await conn.execute(
        "UPDATE appointments SET state = 'confirmed', booking_uid = 'bk' WHERE id = ?", (appt.id,)
    )
    with pytest.raises(IntegrityError, match="confirmed_needs_booking_uid"):
        await conn.execute("UPDATE appointments SET booking_uid = NULL WHERE id = ?", (appt.id,))


async def test_schema_accepts_uidless_rows_only_in_states_that_need_none(raw):
    conn, _ = raw
    for state in ("held", "booking", "failed", "unknown", "released", "expired"):
        await conn.execute(ROW, (state, None))
    await conn.execute(ROW, ("confirmed", "bk-ok"))


async def test_schema_rejects_unknown_states_duplicate_uids_and_missing_stylists(raw):
    conn, _ = raw
    with pytest.raises(IntegrityError, match="CHECK"):
        await conn.execute(ROW, ("booked", "bk-1"))
    await conn.execute(ROW, ("confirmed", "bk-dup"))
    with pytest.raises(IntegrityError, match="UNIQUE"):
        await conn.execute(ROW, ("cancelled", "bk-dup"))
    with pytest.raises(IntegrityError, match="FOREIGN KEY"):
        await conn.execute(ROW.replace(", 1, 'dauerwelle'", ", 999, 'dauerwelle'"), ("held", None))
