"""The hold a request is sent with, once the caller said yes: one decision for booking and
moving alike.

A request (a booking, a move) goes out only with a reservation Cal.com confirmed. On the yes the
hold is made sure of: extended, or placed again when it lapsed. When its renewal got no answer,
Cal.com may hold the slot under a reservation uid the call never learnt, so the slot is asked for
again under the same row; when Cal.com still does not confirm one, or refuses because the slot
is reserved (perhaps by that unanswered request), nothing is sent and the caller hears until
when the slot is blocked at the latest (the row's bound). Without this a move would answer
"calendar unreachable" where a booking asks for the slot again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from calendar_adapter.backend import CalendarError, SlotHeldByOtherError, SlotUnavailableError
from calendar_adapter.ledger import Appointment, AppointmentState
from tools.session import CallSession, Hold, HoldLostError, SlotRef

S = AppointmentState
_SLOT_TAKEN = (SlotUnavailableError, SlotHeldByOtherError)
SLOT_TAKEN = "slot_taken"
HOLD_UNCONFIRMED = "hold_unconfirmed"


@dataclass(frozen=True)
class NotHeld:
    """Why the slot the caller said yes to is not held for the request: `slot_taken` (gone
    meanwhile), or `hold_unconfirmed` (Cal.com did not confirm a reservation; `row` is the
    one whose request went unanswered)."""

    reason: str
    person: str | None
    row: Appointment | None = None


async def hold_for_yes(session: CallSession, slot_id: str, slot: SlotRef) -> Hold | NotHeld | None:
    """The caller's live hold on the slot, made sure of; None when this call holds nothing
    there and no hold of it lapsed (the tool decides what that means)."""
    hold = session.hold_for(slot_id)
    if hold is None:
        lapsed = await lapsed_in_this_call(session, slot)
        return None if lapsed is None else await hold_lapsed(session, slot_id, lapsed)
    try:
        return await session.ensure_alive(hold)
    except HoldLostError:
        return NotHeld(SLOT_TAKEN, hold.person)
    except CalendarError:  # the renewal went out and got no answer: its row is `reserving`
        unanswered = await lapsed_in_this_call(session, slot)
        if unanswered is None or unanswered.state is not S.RESERVING:
            raise
        return await hold_lapsed(session, slot_id, unanswered)


async def lapsed_in_this_call(session: CallSession, slot: SlotRef) -> Appointment | None:
    """This call's hold on the slot lapsed while the caller decided (the keep-alive could not
    extend it, and found it gone or could not place it again: `expired`), or its renewal got
    no answer (`reserving`): the row, when nobody holds anything for that person now."""
    rows = await session.deps.ledger.appointments_for_call(session.call_id)
    for row in reversed(rows):
        if (
            row.state in (S.EXPIRED, S.RESERVING)
            and row.event_type_id == slot.event_type_id
            and row.start == slot.start
            and session.hold_of(row.for_person) is None
        ):
            return row
    return None


async def hold_lapsed(session: CallSession, slot_id: str, lapsed: Appointment) -> Hold | NotHeld:
    """Hold a lapsed slot again; a hold whose renewal got no answer is asked for again under
    its own row (`CallSession.hold_unanswered`)."""
    unanswered = lapsed.state is S.RESERVING
    try:
        if unanswered:
            return await session.hold_unanswered(lapsed, slot_id)
        return await session.hold(slot_id, lapsed.for_person)
    except (*_SLOT_TAKEN, HoldLostError) as e:
        if unanswered and isinstance(e, SlotHeldByOtherError):
            return NotHeld(HOLD_UNCONFIRMED, lapsed.for_person, lapsed)
        return NotHeld(SLOT_TAKEN, lapsed.for_person)
    except CalendarError:
        if not unanswered:
            raise
        # this request's answer was lost too: a reservation it made may stand longer
        return NotHeld(HOLD_UNCONFIRMED, lapsed.for_person, lapsed)


async def blocked_until(session: CallSession, slot: SlotRef, not_held: NotHeld) -> datetime | None:
    """Until when the slot may stay blocked by the unconfirmed reservation: the row's
    `reservation_until` (raised before the last request left), logged as what the caller is
    told; None when it is past (then nothing is said about it)."""
    await session.log("booking_withheld", reason="the calendar did not confirm the hold")
    assert not_held.row is not None
    row = await session.deps.ledger.get(not_held.row.id) or not_held.row
    until = row.reservation_until
    if until is None or until <= session.deps.clock.now():
        return None
    await session.log(
        "caller_told_free_at",
        appointment_id=row.id,
        start=slot.start.isoformat(),
        until=until.isoformat(),
    )
    return until
