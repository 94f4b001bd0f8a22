"""What Cal.com's answer about a booking means for the ledger: decided here and nowhere else.

Whoever learns something about a booking from Cal.com (the booking tools, a call's session,
webhooks, start-up recovery, the background upkeep, `reconcile`) records it through this module:

- A live booking's status is a ledger state: `accepted` -> confirmed, `pending` -> pending.
- A request of ours whose booking turns out cancelled was made, then cancelled: the row goes
  confirmed, then cancelled. (Never `failed`: that would say it was not made.) Except in the
  answer to the request itself, while the caller waits for it (`answered`): a booking answered
  cancelled (or rejected) was never the caller's, so it failed, with Cal.com's uid and status.
- A booking moved in Cal.com is followed along `rescheduled_to_uid`: the old row becomes
  rescheduled (a pending one cancelled: it never stood), the new booking a row of its own.
- A request given up as failed that lands after all gets its booking as a row of its own
  (`failed` is final), so the ledger agrees with the calendar.
- A request whose answer was lost fails only once Cal.com can no longer carry it out: when its
  slot has begun, or when the lost-request horizon since it was sent has passed and its booking
  is not in Cal.com. A lost move fails sooner on one piece of evidence only
  (`resolve_lost_move`): the old booking is still accepted and unmoved, and another accepted
  booking of the same host (the stylist, in any of their event types) overlaps the new time
  (Cal.com counts it as the host's busy time and refuses the move there), seen once the settle
  time after the request left has passed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from .backend import Booking, CalendarBackend, CalendarError
from .config import DEFAULT_LOST_ANSWER_SETTLE_SECONDS
from .ledger import Appointment, AppointmentState, Ledger

S = AppointmentState
LIVE_STATUSES = frozenset({"accepted", "pending"})
# What Cal.com makes of the old booking when it carries out a move: `status: cancelled`, with
# `rescheduled: true` and `rescheduledToUid` naming the new booking (v2; the sandbox does the
# same). The old row's `booking_status` says so too.
MOVED_AWAY_STATUS = "cancelled"
_MAX_MOVES = 10
# How long Cal.com gets to finish a request already past its checks when its answer was lost.
DEFAULT_SETTLE = timedelta(seconds=DEFAULT_LOST_ANSWER_SETTLE_SECONDS)


def state_for(status: str) -> AppointmentState | None:
    """The ledger state of a live booking with this Cal.com status; None when not live."""
    return {"accepted": S.CONFIRMED, "pending": S.PENDING}.get(status)


def may_still_land(row: Appointment, now: datetime, horizon: timedelta) -> bool:
    """Whether Cal.com may still carry out the booking request this row sent."""
    sent = row.sent_at or row.updated_at
    return now < row.start and now < sent + horizon


async def follow_moves(backend: CalendarBackend, booking: Booking) -> Booking:
    """Where a booking ended up: followed along `rescheduled_to_uid` (itself if never moved)."""
    for _ in range(_MAX_MOVES):
        if not booking.rescheduled_to_uid:
            break
        moved = await backend.get_booking(booking.rescheduled_to_uid)
        if moved is None:
            break
        booking = moved
    return booking


async def record_from_calendar(
    ledger: Ledger,
    *,
    call_id: str,
    booking: Booking,
    caller_phone: str | None = None,
    customer_name: str | None = None,
    rescheduled_from_id: int | None = None,
    stylist_user_id: int | None = None,
    service_slug: str | None = None,
) -> Appointment:
    """A live booking learned from Cal.com, as a row of its own (once per booking uid).
    Raises ValueError for a booking that is not live or whose event type is not synced."""
    state = state_for(booking.status)
    if state is None:
        raise ValueError(f"booking {booking.uid} is {booking.status!r}, not accepted/pending")
    return await ledger.add_from_calendar(
        call_id=call_id,
        booking=booking,
        state=state,
        stylist_user_id=stylist_user_id,
        service_slug=service_slug,
        caller_phone=caller_phone,
        customer_name=customer_name,
        rescheduled_from_id=rescheduled_from_id,
    )


async def record_request_outcome(
    ledger: Ledger,
    row: Appointment,
    booking: Booking,
    *,
    backend: CalendarBackend | None = None,
    answered: bool = False,
) -> Appointment:
    """The row that sent a booking request (`booking` / `unknown`, or `failed` given up), now
    that Cal.com shows the booking it made. Returns the row that stands for that booking: `row`
    itself, or the booking's own row when `row` had been given up. With `backend`, a booking moved
    meanwhile is followed to where it went. `answered`: `booking` is the answer to the request
    (or what the lookup for it found) while the caller waits; one that is not live failed."""
    if row.final:
        if state_for(booking.status) is None:
            return row
        return await record_from_calendar(
            ledger,
            call_id=row.call_id,
            booking=booking,
            caller_phone=row.caller_phone,
            customer_name=row.customer_name,
        )
    if row.state not in (S.BOOKING, S.UNKNOWN):
        return row
    found = {"booking_uid": booking.uid, "booking_status": booking.status}
    state = state_for(booking.status)
    if state is not None:
        return await ledger.transition(row.id, state, **found)
    if booking.status != "cancelled" or answered:  # rejected, or cancelled in the answer
        return await ledger.transition(
            row.id, S.FAILED, error=f"Cal.com: booking is {booking.status}", **found
        )
    made = await ledger.transition(row.id, S.CONFIRMED, **found)  # it was made ...
    moved = await follow_moves(backend, booking) if backend and booking.rescheduled_to_uid else None
    if moved is not None and moved.uid != booking.uid:
        await record_move(ledger, made, moved)  # ... and moved since
        return await ledger.get(row.id) or made
    return await ledger.transition(row.id, S.CANCELLED)  # ... and cancelled since


async def record_request_missing(ledger: Ledger, row: Appointment, *, why: str) -> Appointment:
    """Cal.com does not have the booking this row asked for and can no longer make it."""
    return await ledger.transition(row.id, S.FAILED, error=why)


async def resolve_lost_request(
    backend: CalendarBackend,
    ledger: Ledger,
    row: Appointment,
    *,
    now: datetime,
    horizon: timedelta,
    settle: timedelta = DEFAULT_SETTLE,
) -> Appointment | None:
    """Look up a booking (or move) request whose answer was lost. Returns the settled row, or
    None while the request may still land. Raises CalendarError when Cal.com cannot be asked."""
    if row.rescheduled_from_id is not None:
        lost = await resolve_lost_move(
            backend, ledger, row, now=now, horizon=horizon, settle=settle
        )
        return lost.row
    booking = None
    if row.request_id:
        booking = await backend.find_booking_by_request_id(
            row.request_id, event_type_id=row.event_type_id, around=row.start
        )
    if booking is not None:
        return await record_request_outcome(ledger, row, booking, backend=backend)
    if may_still_land(row, now, horizon):
        return None
    return await record_request_missing(
        ledger, row, why="Cal.com has no booking for this request, and can no longer make it"
    )


@dataclass(frozen=True)
class LostMove:
    """What became of a move whose answer was lost: `row` settled (None: it may still land).
    `taken_by`: settled not moved because another booking holds the new time, while Cal.com
    shows the old booking accepted and unmoved (that booking's uid); the old one stands.
    `old_stands`: settled not moved (taken, or its horizon passed) while Cal.com shows the old
    booking accepted, unmoved and at the ledger's time: the caller keeps the old appointment.
    `taken_once_settled`: not settled yet, but the evidence for not moved is complete except
    that the settle time has not passed (that booking's uid): a look after it settles the
    move unless Cal.com shows something else by then. Without it, waiting changes nothing
    certain: the move stays open until it lands or its horizon passes."""

    row: Appointment | None
    taken_by: str | None = None
    taken_once_settled: str | None = None
    old_stands: bool = False


async def resolve_lost_move(
    backend: CalendarBackend,
    ledger: Ledger,
    row: Appointment,
    *,
    now: datetime,
    horizon: timedelta,
    settle: timedelta = DEFAULT_SETTLE,
    settle_from: datetime | None = None,
) -> LostMove:
    """A move carries no request id: the old booking says where it went, if anywhere. Not
    moved (yet) is settled before the horizon only on complete evidence (`_holder`), once
    `settle` has passed since `settle_from` (default: when the move was sent; the call, which
    looks the moment the answer was lost, counts from then)."""
    old_row = await ledger.get(row.rescheduled_from_id or 0)
    old = (
        await backend.get_booking(old_row.booking_uid)
        if old_row is not None and old_row.booking_uid
        else None
    )
    if old is not None and old.rescheduled_to_uid:
        new = await follow_moves(backend, old)
        return LostMove(await record_move_outcome(ledger, row, old_row, new))
    if not may_still_land(row, now, horizon):
        return LostMove(
            await record_request_missing(ledger, row, why="the booking was not moved"),
            old_stands=_stands(old_row, old),
        )
    other = await _holder(backend, row, old_row, old)
    if other is None:
        return LostMove(None)
    if now < (settle_from or row.sent_at or row.updated_at) + settle:
        return LostMove(None, taken_once_settled=other.uid)
    why = f"not moved: booking {other.uid} holds the new time, and the old booking stands"
    return LostMove(
        await record_request_missing(ledger, row, why=why), taken_by=other.uid, old_stands=True
    )


def _stands(old_row: Appointment | None, old: Booking | None) -> bool:
    """Cal.com shows the old booking accepted, unmoved and where the ledger has it."""
    return (
        old_row is not None
        and old is not None
        and old.status == "accepted"
        and not old.rescheduled_to_uid
        and old.start == old_row.start
    )


async def _holder(
    backend: CalendarBackend,
    row: Appointment,
    old_row: Appointment | None,
    old: Booking | None,
) -> Booking | None:
    """The booking that makes the lost move impossible, when the evidence is complete but for
    the settle time (`resolve_lost_move` waits that out: a request already past its checks has
    finished by then): the old booking is in Cal.com accepted, unmoved and where the ledger has
    it, and another accepted booking of the same host (the stylist) overlaps the new time, of
    any of their event types. Cal.com counts a host's accepted bookings of every event type as
    busy time and refuses a booking or move into it (the booking being moved itself excepted),
    so the lost move is refused there; it could land only if that booking were cancelled while
    the request is still on its way, which after the settle time it is not. The host is the
    move row's stylist, a booking's its `hosts` as Cal.com lists them (one of the same event
    type is the same host's: individual event types, one host each, as the salon's are).
    Anything short of that (a reservation, a pending booking, whose blocking depends on the
    event type's settings, a booking whose host Cal.com does not name, a lookup that failed):
    None, and the move stays open."""
    if old_row is None or old is None or not _stands(old_row, old):
        return None
    hosts = {row.stylist_user_id} if row.stylist_user_id is not None else set()
    try:
        around = await backend.list_bookings(
            after_start=row.start - timedelta(hours=12),
            before_end=row.end + timedelta(hours=12),
        )
    except CalendarError:
        return None
    return next(
        (
            b
            for b in around
            if b.accepted
            and b.uid != old.uid
            and b.rescheduled_from_uid != old.uid
            and (b.event_type_id == row.event_type_id or bool(hosts & set(b.host_user_ids)))
            and b.start < row.end
            and row.start < b.end
        ),
        None,
    )


async def record_move_outcome(
    ledger: Ledger, row: Appointment, old_row: Appointment | None, new: Booking
) -> Appointment:
    """Our move request (`row`) made `new`: the old row retires, `row` records the new booking."""
    if old_row is not None:
        await retire_moved(ledger, old_row)
    return await record_request_outcome(ledger, row, new)


async def retire_moved(ledger: Ledger, old: Appointment) -> bool:
    """The booking behind a live row was moved in Cal.com: confirmed -> rescheduled, pending ->
    cancelled (a booking never approved cannot have been moved as a standing one); either way
    its `booking_status` is what Cal.com now says of the old booking. False when the row is no
    longer live (cancelled here first: it is not resurrected)."""
    old = await ledger.get(old.id) or old  # as it stands now, not as the caller last saw it
    if old.state is S.RESCHEDULED:
        return True
    if old.state is S.CONFIRMED:
        await ledger.transition(old.id, S.RESCHEDULED, booking_status=MOVED_AWAY_STATUS)
        return True
    if old.state is S.PENDING:
        await ledger.transition(old.id, S.CANCELLED, booking_status=MOVED_AWAY_STATUS)
        return True
    return False


async def record_move(ledger: Ledger, old: Appointment, new: Booking) -> Appointment | None:
    """A live row's booking was moved to `new`: the old row retires and `new` gets a row of
    its own, linked to the old one (None when the old row is no longer live)."""
    if not await retire_moved(ledger, old):
        return None
    same_type = new.event_type_id == old.event_type_id
    return await record_from_calendar(
        ledger,
        call_id=old.call_id,
        booking=new,
        caller_phone=old.caller_phone,
        customer_name=old.customer_name,
        rescheduled_from_id=old.id,
        stylist_user_id=old.stylist_user_id if same_type else None,
        service_slug=old.service_slug if same_type else None,
    )


async def record_calendar_state(
    ledger: Ledger,
    row: Appointment,
    booking: Booking,
    *,
    backend: CalendarBackend | None = None,
) -> Appointment | None:
    """A row claiming a live booking (confirmed / pending) against that booking as Cal.com has
    it now. Returns the changed row, or None when nothing changes."""
    if row.state not in (S.CONFIRMED, S.PENDING):
        return None
    if booking.status in LIVE_STATUSES:
        if row.state is S.PENDING and booking.status == "accepted":
            return await ledger.transition(row.id, S.CONFIRMED, booking_status="accepted")
        return None
    if booking.status == "cancelled" and booking.rescheduled_to_uid and backend is not None:
        new = await follow_moves(backend, booking)
        if new.uid != booking.uid and await record_move(ledger, row, new) is not None:
            return await ledger.get(row.id)
    if row.state is S.PENDING and booking.status == "rejected":
        return await ledger.transition(
            row.id, S.FAILED, booking_status="rejected", error="rejected by the salon"
        )
    return await ledger.transition(row.id, S.CANCELLED, booking_status=booking.status)


async def tell_caller_later(ledger: Ledger, row: Appointment) -> None:
    """The caller heard this outcome was open and has hung up since: leave the notice that they
    must be told (the hook for an SMS or the salon's call back) and put it on the timeline."""
    notice = await ledger.add_caller_notice(row, outcome=row.state.value)
    await ledger.log(
        row.call_id,
        "caller_must_be_told",
        appointment_id=row.id,
        outcome=row.state.value,
        notice_id=notice.id,
    )
