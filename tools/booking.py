"""Booking a held slot: `book_appointment`, and what happens when Cal.com's answer is lost.

The caller hears "gebucht" only for a booking Cal.com accepted (its uid recorded), and "nicht
gebucht" only when Cal.com refused the request or the request never left. A request whose
answer was lost may still be carried out: until Cal.com can no longer do so, the caller hears
"noch nicht bestätigt", and the slot stays fenced for them.
"""

from __future__ import annotations

import asyncio
import uuid

from calendar_adapter import booking_outcome
from calendar_adapter.backend import (
    REFUSED,
    Attendee,
    Booking,
    BookingRequest,
    CalendarError,
    NotSentError,
    SlotHeldByOtherError,
    SlotUnavailableError,
)
from calendar_adapter.booking_outcome import state_for
from calendar_adapter.ledger import AppointmentState
from tools import speech, told_late, views
from tools.arguments import ArgumentError, Name, Text
from tools.free_slots import fresh_alternatives
from tools.hints import hint
from tools.hold_on_yes import HOLD_UNCONFIRMED, NotHeld, blocked_until, hold_for_yes
from tools.phone import normalize_phone
from tools.registry import Result
from tools.session import CallSession, Hold, LostRequest, SlotRef, person_key
from tools.status import ToolStatus

_SLOT_TAKEN = (SlotUnavailableError, SlotHeldByOtherError)
S = AppointmentState


async def book_appointment(
    session: CallSession, slot_id: Text, customer_name: Name, phone: Text | None = None
) -> Result:
    """Bucht einen gehaltenen Termin, nachdem der Anrufer ausdrücklich zugestimmt hat. Nur bei
    status 'booked' ist der Termin gebucht; dann genau den Satz aus 'say' sagen. Werden
    mehrere Termine gehalten (für mehrere Personen), jeden mit seiner slot_id einzeln buchen.

    Args:
        slot_id: slot_id des gehaltenen Termins.
        customer_name: Name der Person, für die der Termin ist.
        phone: Telefonnummer, nur wenn sie von der Anrufernummer abweicht.
    """
    number = _phone(session, phone)
    slot = session.slot(slot_id)
    if slot is None:
        return views.invalid_slot(session.language)
    if session.hold_for(slot_id) is None:
        already = await _booked_in_this_call(session, slot)
        if already is not None:
            return already
    hold = await hold_for_yes(session, slot_id, slot)
    if hold is None:
        return {
            "status": ToolStatus.INVALID_SLOT,
            "reason": "not_held",
            "hint": hint("not_held", session.language),
        }
    if isinstance(hold, NotHeld):
        return await _not_held(session, slot, hold)
    moves_before = len(session.moves_landed)
    unmoved_before = len(session.moves_not_made)
    landed = await session.settle_lost_requests() if session.lost else []
    mine = [b for b, person in landed if person_key(person) == person_key(hold.person)]
    if mine:  # an earlier attempt for this person went through after all
        result = await _landed_late(session, mine[0], hold)
    else:
        result = await _book(session, hold, customer_name, number)
        others = [b for b, person in landed if person_key(person) != person_key(hold.person)]
        result = told_late.bookings_landed(session, result, others)
    # A lost move that went through meanwhile is a move, never "the earlier booking landed".
    result = await told_late.moves_landed(session, result, session.moves_landed[moves_before:])
    unmoved = session.moves_not_made[unmoved_before:]
    return await told_late.moves_not_made(session, result, unmoved)


async def _booked_in_this_call(session: CallSession, slot: SlotRef) -> Result | None:
    """A second yes for a slot this call has booked already ("ja ja, buchen", a repeated tool
    call): the booking as Cal.com has it now, and nothing booked again. Without this the caller
    would hear "nicht reserviert" about their own appointment, and a model following that hint
    would try to hold a slot that is theirs."""
    for row in await session.deps.ledger.appointments_for_call(session.call_id):
        if (
            row.booking_uid
            and row.state in (S.CONFIRMED, S.PENDING)
            and row.event_type_id == slot.event_type_id
            and row.start == slot.start
        ):
            booking = await session.deps.backend.get_booking(row.booking_uid)
            if booking is None or state_for(booking.status) not in (S.CONFIRMED, S.PENDING):
                return None
            result = views.booked(session, booking)
            del result["say"]  # said when it was booked; an outcome is spoken once
            return {
                **result,
                "already_booked": True,
                "hint": hint("already_booked", session.language),
            }
    return None


async def _not_held(session: CallSession, slot: SlotRef, not_held: NotHeld) -> Result:
    """Nothing booked: the slot said yes to could not be held for the booking
    (`tools.hold_on_yes`); never "not held, hold first", which is not what happened."""
    if not_held.reason == HOLD_UNCONFIRMED:
        return await _hold_unconfirmed(session, slot, not_held)
    return await _lapsed_and_taken(session, slot, not_held.person)


async def _lapsed_and_taken(session: CallSession, slot: SlotRef, person: str | None) -> Result:
    return {
        "status": ToolStatus.NOT_BOOKED,
        "reason": "slot_taken",
        "alternatives": await fresh_alternatives(session, slot, person=person),
        "hint": hint("lapsed_and_taken", session.language),
    }


async def _hold_unconfirmed(session: CallSession, slot: SlotRef, not_held: NotHeld) -> Result:
    """Nothing booked: the slot may be blocked by a reservation of this call that Cal.com made
    but never named (its answer was lost). The caller hears until when at the latest (said by
    code; the ledger and the timeline hold the same time), and the same `book_appointment`
    after it holds the slot anew and books."""
    until = await blocked_until(session, slot, not_held)
    result: Result = {
        "status": ToolStatus.NOT_BOOKED,
        "reason": HOLD_UNCONFIRMED,
        "alternatives": await fresh_alternatives(session, slot, person=not_held.person),
        "hint": hint("hold_unconfirmed", session.language),
    }
    if until is None:
        return result
    tz = session.deps.salon.tz
    return {
        **result,
        "free_again_by": speech.spoken_slot_in(until, tz, session.language),
        "say": speech.blocked_until_sentence(
            slot.start, until, session.deps.clock.now(), tz, session.language
        ),
        "hint": hint("hold_unconfirmed_said", session.language),
    }


def _phone(session: CallSession, given: str | None) -> str:
    if given is None:
        if session.caller_phone is None:
            raise ArgumentError("phone", "phone_needed")
        return session.caller_phone
    number = normalize_phone(given)
    if number is None:
        raise ArgumentError("phone", "phone_invalid")
    return number


async def _landed_late(session: CallSession, booking: Booking, hold: Hold) -> Result:
    """The truth before a second booking: the earlier attempt went through after all, so
    nothing more is booked (the caller would otherwise end up with two appointments)."""
    same_slot = (
        hold.slot.event_type_id == booking.event_type_id and hold.slot.start == booking.start
    )
    if same_slot and hold in session.holds:
        await session.release(hold, reason="the earlier booking of this slot landed late")
    return {
        **views.booked(session, booking),
        "landed_late": True,
        "hint": hint(
            "booking_landed_late" if same_slot else "booking_landed_late_elsewhere",
            session.language,
        ),
    }


async def _book(session: CallSession, hold: Hold, name: str, phone: str) -> Result:
    deps = session.deps
    request_id = uuid.uuid4().hex
    session.detach(hold)  # from here on, hang-up cleanup must not release this hold
    await deps.ledger.transition(
        hold.appointment_id,
        S.BOOKING,
        request_id=request_id,
        customer_name=name,
        sent_at=deps.clock.now(),
    )
    request = BookingRequest(
        event_type_id=hold.slot.event_type_id,
        start=hold.slot.start,
        attendee=Attendee(
            name=name,
            time_zone=deps.salon.business.time_zone,
            phone_number=phone,
            language=deps.salon.business.language,
        ),
        request_id=request_id,
        reserved_slot_uid=hold.reservation_uid,
        metadata={"callId": session.call_id},
    )
    await session.log(
        "booking_sent",
        appointment_id=hold.appointment_id,
        request_id=request_id,
        reservation_uid=hold.reservation_uid,
    )
    try:
        booking = await deps.backend.create_booking(request)
    except _SLOT_TAKEN as e:
        return await _not_booked(session, hold, f"slot taken: {e}", "slot_taken")
    except REFUSED as e:
        return await _not_booked(session, hold, f"refused: {e!r}", "calendar_error")
    except NotSentError as e:
        return await _never_sent(session, hold, e)
    except Exception as e:  # lost answer, 5xx, timeout: it may have been carried out
        if isinstance(e, asyncio.CancelledError):
            raise
        return await _resolve_lost(session, hold, request_id, e)
    if booking.found_by_lookup:
        await session.log(
            "booking_resolved",
            appointment_id=hold.appointment_id,
            booking_uid=booking.uid,
            via="client lookup by request id",
        )
    return await _outcome(session, hold, booking)


async def _outcome(session: CallSession, hold: Hold, booking: Booking) -> Result:
    """What Cal.com made of the request, recorded by `booking_outcome`, told as it stands."""
    ledger = session.deps.ledger
    row = await ledger.get(hold.appointment_id)
    assert row is not None
    row = await booking_outcome.record_request_outcome(
        ledger, row, booking, backend=session.deps.backend, answered=True
    )
    if row.state is S.CONFIRMED:
        session.booked.append(booking.uid)
        await session.log(
            "booking_confirmed", appointment_id=hold.appointment_id, booking_uid=booking.uid
        )
        await session.supersede_lost(hold.slot, booking)
        return views.booked(session, booking)
    if row.state is S.PENDING:
        await session.log(
            "booking_pending", appointment_id=hold.appointment_id, booking_uid=booking.uid
        )
        return views.booked(session, booking)
    await session.log(
        "booking_failed",
        appointment_id=hold.appointment_id,
        error=f"booking {booking.uid} is {booking.status!r}",
    )
    await session.release(hold, reason="the booking did not happen")
    return await _not_booked_result(session, hold, "calendar_refused")


async def _never_sent(session: CallSession, hold: Hold, error: NotSentError) -> Result:
    """Cal.com could not be reached: the request never left, nothing happened, and the hold
    still stands: it is the caller's again, to try once more."""
    await session.deps.ledger.transition(hold.appointment_id, S.HELD, error=str(error))
    session.reattach(hold)
    await session.log("booking_not_sent", appointment_id=hold.appointment_id, error=str(error))
    return {
        "status": ToolStatus.NOT_BOOKED,
        "reason": "calendar_unreachable",
        "still_held": views.hold_view(session, hold),
        "hint": hint("booking_not_sent", session.language),
    }


async def _resolve_lost(
    session: CallSession, hold: Hold, request_id: str, error: Exception
) -> Result:
    """The booking request went out and no answer came back (the client's own lookup found
    nothing). Resolved by lookup before answering, and told truthfully when it cannot be.

    Why not simply "not found, so not booked": a request whose answer was lost may still be
    carried out by Cal.com a moment later; a caller told "not booked" would then book again and
    end up with two appointments, or never learn of the one they have. So:
    1. Fence: the request carries our reservation uid, and Cal.com refuses a booking whose
       `reservedSlotUid` is not the slot's earliest live hold. Releasing that reservation and
       holding the slot again under a new one means the lost request can no longer land while
       the fence stands. The fence is the caller's hold on the same slot, so trying again is one
       `book_appointment` away and cannot double-book; it outlives the call until the lost
       request is settled.
    2. Settle: a request already past its hold check gets `lost_answer_settle_seconds`.
    3. Look up by request id. Found: `booked` / `pending_approval`. Not there: `not_confirmed_yet`
       (the row stays `unknown`); the call looks again before any further booking and when it
       ends, the process's upkeep after that, until Cal.com has it or can no longer make it
       (`booking_outcome.may_still_land`). Cal.com unreachable: `unknown`.
    """
    deps = session.deps
    fence = await session.fence(hold)
    if fence is not None and deps.lost_answer_settle_seconds > 0:
        await asyncio.sleep(deps.lost_answer_settle_seconds)
    try:
        booking = await deps.backend.find_booking_by_request_id(
            request_id, event_type_id=hold.slot.event_type_id, around=hold.slot.start
        )
    except CalendarError as lookup_error:
        error_text = f"{error!r}; lookup failed: {lookup_error!r}"
        return await _open(session, hold, request_id, fence, error_text, asked=False)
    if booking is None:
        return await _open(session, hold, request_id, fence, repr(error), asked=True)
    if fence is not None:
        await session.release(fence, reason="the lost booking was found")
    await session.log(
        "booking_resolved",
        appointment_id=hold.appointment_id,
        booking_uid=booking.uid,
        via="request_id lookup",
    )
    return await _outcome(session, hold, booking)


async def _open(
    session: CallSession,
    hold: Hold,
    request_id: str,
    fence: Hold | None,
    error: str,
    *,
    asked: bool,
) -> Result:
    """The outcome stays open: `not_confirmed_yet` (Cal.com asked, the booking not there yet)
    or `unknown` (Cal.com could not be asked). Never "nicht gebucht"."""
    await session.deps.ledger.transition(hold.appointment_id, S.UNKNOWN, error=error)
    session.lost[hold.appointment_id] = LostRequest(
        hold.appointment_id, request_id, hold.slot, hold.person
    )
    await session.log(
        "booking_not_confirmed" if asked else "booking_unknown",
        appointment_id=hold.appointment_id,
        request_id=request_id,
        fenced=fence is not None,
        error=error,
    )
    result: Result = {
        "status": ToolStatus.NOT_CONFIRMED_YET if asked else ToolStatus.UNKNOWN,
        "say": speech.not_confirmed_sentence(
            still_held=fence is not None, language=session.language
        )
        if asked
        else speech.unknown_sentence(session.language),
    }
    if fence is not None:
        result["still_held"] = views.hold_view(session, fence)
        result["hint"] = hint("booking_open_held", session.language)
    else:
        result["alternatives"] = await fresh_alternatives(session, hold.slot, person=hold.person)
        result["hint"] = hint("booking_open_not_held", session.language)
    return result


async def _not_booked(session: CallSession, hold: Hold, error: str, reason: str) -> Result:
    """Cal.com refused: recorded failed, the hold (which may survive a refused request) freed."""
    await booking_outcome.record_request_missing(
        session.deps.ledger, await _row(session, hold), why=error
    )
    await session.log("booking_failed", appointment_id=hold.appointment_id, error=error)
    await session.release(hold, reason="the booking did not happen")
    return await _not_booked_result(session, hold, reason)


async def _not_booked_result(session: CallSession, hold: Hold, reason: str) -> Result:
    return {
        "status": ToolStatus.NOT_BOOKED,
        "reason": reason,
        # After a refusal for another reason than the slot, the same slot may be free again.
        "alternatives": await fresh_alternatives(
            session, hold.slot, same_too=reason != "slot_taken", person=hold.person
        ),
        "hint": hint("not_booked", session.language),
    }


async def _row(session: CallSession, hold: Hold):
    row = await session.deps.ledger.get(hold.appointment_id)
    assert row is not None
    return row
