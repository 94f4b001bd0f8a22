"""The caller's own appointments: `find_my_appointments`, `cancel_appointment`,
`reschedule_appointment`.

A caller only ever sees, cancels or moves appointments booked under their own number; someone
else's is "not found", indistinguishable from one that does not exist. The number is only what
the caller ID claims, so cancelling and moving also take the name on the booking
(`tools.identity`); a call that misses it too often gets "not found" from then on.
"""

from __future__ import annotations

import asyncio
import re
import uuid
from datetime import datetime, timedelta

from calendar_adapter import booking_outcome
from calendar_adapter.backend import (
    NOT_DONE,
    Booking,
    CalendarError,
    NotFoundError,
    SlotHeldByOtherError,
    SlotUnavailableError,
)
from calendar_adapter.booking_outcome import LIVE_STATUSES
from calendar_adapter.ledger import Appointment, AppointmentState, IllegalTransitionError
from tools import move_retry, speech, views
from tools.arguments import Name, Text
from tools.free_slots import fresh_alternatives
from tools.hints import hint
from tools.hold_on_yes import HOLD_UNCONFIRMED, SLOT_TAKEN, NotHeld, blocked_until, hold_for_yes
from tools.identity import names_match
from tools.registry import Result
from tools.session import CallSession, Hold, HoldLostError, LostRequest, SlotRef
from tools.status import ToolStatus

S = AppointmentState
_SLOT_TAKEN = (SlotUnavailableError, SlotHeldByOtherError)
_BOOKING_UID = re.compile(r"[A-Za-z0-9_-]{1,100}")
# Wrong names a call may give before every booking is "not found" to it: guessing the name on a
# stranger's booking from a spoofed number takes more than a few tries, and a new call each time.
MAX_NAME_MISSES = 3


async def find_my_appointments(session: CallSession) -> Result:
    """Listet die kommenden Termine des Anrufers (nach seiner Telefonnummer)."""
    if not session.caller_phone:
        return views.no_caller_number(session.language)
    deps = session.deps
    now = deps.clock.now()
    bookings = await deps.backend.list_bookings(after_start=now)
    mine = []
    for b in sorted(bookings, key=lambda b: b.start):
        if b.status in LIVE_STATUSES and b.start > now and await session.owns(b):
            mine.append(
                {
                    "ref": session.register_booking(b.uid),
                    "state": b.status,
                    **views.booking_view(session, b),
                }
            )
    if not mine:
        return {"status": ToolStatus.NONE, "hint": hint("no_appointments", session.language)}
    return {"status": ToolStatus.FOUND, "appointments": mine}


async def _owned_booking(session: CallSession, ref: str) -> Booking | None:
    """The caller's active booking behind a ref (or a booking uid); None for anything else,
    including someone else's booking: its existence is never revealed."""
    uid = session.booking_uid_for(ref) or ref
    if not _BOOKING_UID.fullmatch(uid):  # never let a ref steer the request path
        return None
    try:
        booking = await session.deps.backend.get_booking(uid)
    except NotFoundError:
        return None
    if booking is None or booking.status not in LIVE_STATUSES:
        return None
    return booking if await session.owns(booking) else None


def _moved_to(session: CallSession, ref: str) -> str:
    """The booking uid behind `ref` as it stands after this call's own moves: a ref the model
    still holds for an appointment this call moved names the appointment where it went."""
    uid = session.booking_uid_for(ref) or ref
    for _ in range(len(session.moved)):
        uid = next((new for old, new in session.moved if old == uid), uid)
    return uid


async def _done_in_this_call(session: CallSession, ref: str) -> Result | None:
    """A second cancel of an appointment this call cancelled ("ja, absagen" twice, a repeated
    tool call): the cancellation as it stands, nothing sent again, and nothing said again.
    Without this the caller's own appointment would be answered "not found"."""
    uid = _moved_to(session, ref)
    if uid not in session.cancelled:
        return None
    booking = await session.deps.backend.get_booking(uid)
    if booking is None or booking.status != "cancelled":
        return None
    return {
        "status": ToolStatus.CANCELLED,
        "already_cancelled": True,
        **views.booking_view(session, booking),
        "hint": hint("already_cancelled", session.language),
    }


async def _callers_booking(session: CallSession, ref: str, name: str) -> Booking | Result:
    """The booking behind `ref` if it is this caller's (by number) and `name` is the name on
    it; else the refusal to answer with (nothing changes)."""
    booking = await _owned_booking(session, ref)
    if booking is None:
        return views.not_found(session.language)
    refused = await _identified(session, booking, name)
    return booking if refused is None else refused


async def _identified(session: CallSession, booking: Booking, name: str) -> Result | None:
    """None when `name` is the name on the booking; else the refusal (nothing changes)."""
    if session.name_misses >= MAX_NAME_MISSES:
        return views.not_found(session.language)
    row = await session.deps.ledger.find_by_booking_uid(booking.uid)
    names = [a.name for a in booking.attendees if a.name]
    if row is not None and row.customer_name:
        names.append(row.customer_name)
    if any(names_match(name, on_booking) for on_booking in names):
        return None
    session.name_misses += 1
    await session.log("identity_refused", booking_uid=booking.uid, misses=session.name_misses)
    if session.name_misses >= MAX_NAME_MISSES:
        return views.not_found(session.language)
    return {
        "status": ToolStatus.NAME_MISMATCH,
        "hint": hint("name_mismatch", session.language),
    }


async def cancel_appointment(session: CallSession, ref: Text, customer_name: Name) -> Result:
    """Storniert einen Termin des Anrufers (ref aus find_my_appointments). Vorher den Namen
    erfragen, auf den der Termin gebucht ist.

    Args:
        ref: ref aus find_my_appointments.
        customer_name: Der Name, auf den der Termin gebucht ist, wie der Anrufer ihn nennt.
    """
    if not session.caller_phone:
        return views.no_caller_number(session.language)
    if (done := await _done_in_this_call(session, ref)) is not None:
        return done
    booking = await _callers_booking(session, _moved_to(session, ref), customer_name)
    if isinstance(booking, dict):
        return booking
    await session.log("cancel_sent", booking_uid=booking.uid)
    return await _cancel(session, booking)


async def _cancel(session: CallSession, booking: Booking) -> Result:
    backend = session.deps.backend
    try:
        cancelled = await backend.cancel_booking(
            booking.uid, reason="Vom Anrufer telefonisch storniert"
        )
    except NotFoundError:
        return views.not_found(session.language)
    except CalendarError as e:
        try:  # the answer may be lost after the cancel happened: ask before answering
            after = await backend.get_booking(booking.uid)
        except CalendarError:
            await session.log("cancel_unknown", booking_uid=booking.uid, error=repr(e))
            await _cancel_left_open(session, booking)
            return {
                "status": ToolStatus.UNKNOWN,
                "say": speech.cancel_unknown_sentence(session.language),
                "hint": hint("cancel_open", session.language),
            }
        if after is None or after.status != "cancelled":
            await session.log("error", during="cancel", booking_uid=booking.uid, error=repr(e))
            return views.error(hint("cancel_failed", session.language))
        cancelled = after
    row = await _ledger_row(session, booking)
    if row is not None:
        try:
            await booking_outcome.record_calendar_state(session.deps.ledger, row, cancelled)
        except IllegalTransitionError as e:  # changed meanwhile (a webhook got there first)
            await session.log(
                "error", during="ledger_update", booking_uid=booking.uid, error=repr(e)
            )
    session.cancelled.append(booking.uid)
    await session.log("cancelled", booking_uid=booking.uid)
    view = views.booking_view(session, booking)
    return {
        "status": ToolStatus.CANCELLED,
        "ref": session.register_booking(booking.uid),
        "say": speech.cancelled_sentence(
            view["service"],
            view["stylist"],
            booking.start,
            session.deps.salon.tz,
            session.language,
        ),
        **view,
    }


async def _cancel_left_open(session: CallSession, booking: Booking) -> None:
    """The caller heard "der Salon prüft das und meldet sich": a cancel whose answer was lost
    and that Cal.com could not be asked about. The appointment is open for the rest of the call
    (neither "storniert" nor "besteht weiter" is backed), and the salon gets the notice to tell
    the caller how it ended."""
    session.cancel_unknown.append(booking.uid)
    row = await _ledger_row(session, booking)
    if row is None:
        return
    notice = await session.deps.ledger.add_caller_notice(row, outcome="cancel_unknown")
    await session.log(
        "caller_must_be_told", appointment_id=row.id, outcome="cancel_unknown", notice_id=notice.id
    )


async def _ledger_row(session: CallSession, booking: Booking) -> Appointment | None:
    """The ledger row of a booking; one made elsewhere (the web) is recorded first, so the
    ledger can follow what this call does to it."""
    ledger = session.deps.ledger
    row = await ledger.find_by_booking_uid(booking.uid)
    if row is not None:
        return row
    try:
        return await booking_outcome.record_from_calendar(
            ledger, call_id=session.call_id, booking=booking, caller_phone=session.caller_phone
        )
    except ValueError as e:
        await session.log("error", during="ledger_update", booking_uid=booking.uid, error=repr(e))
        return None


async def reschedule_appointment(
    session: CallSession, ref: Text, slot_id: Text, customer_name: Name
) -> Result:
    """Verschiebt einen Termin des Anrufers auf einen angebotenen Slot (gleiche Leistung,
    gleiche Friseurin/gleicher Friseur). Vorher den Namen erfragen, auf den der Termin gebucht
    ist.

    Args:
        ref: ref aus find_my_appointments.
        slot_id: slot_id des neuen Termins.
        customer_name: Der Name, auf den der Termin gebucht ist, wie der Anrufer ihn nennt.
    """
    if not session.caller_phone:
        return views.no_caller_number(session.language)
    slot = session.slot(slot_id)
    if slot is None:
        return views.invalid_slot(session.language)
    booking = await _callers_booking(session, _moved_to(session, ref), customer_name)
    if isinstance(booking, dict):
        return booking
    if booking.uid in (new for _, new in session.moved) and (
        booking.start == slot.start and booking.event_type_id == slot.event_type_id
    ):
        return _already_moved(session, booking)
    if slot.event_type_id != booking.event_type_id:
        return {
            "status": ToolStatus.INVALID_SLOT,
            "reason": "different_service_or_stylist",
            "hint": hint("move_other_service", session.language),
        }
    try:
        hold = await hold_for_yes(session, slot_id, slot)
        if hold is None:
            hold = await session.hold(slot_id, session.offered_for(slot_id))
    except (HoldLostError, *_SLOT_TAKEN):
        hold = NotHeld(SLOT_TAKEN, None)
    if isinstance(hold, NotHeld):
        return await _new_slot_not_held(session, slot, hold)
    deps = session.deps
    attendee = booking.attendees[0].name if booking.attendees else None
    session.detach(hold)
    old_row = await _ledger_row(session, booking)
    # rescheduled_from_id is set before sending, so a lost move can be told from a lost
    # booking and looked up from the old booking's side.
    await deps.ledger.transition(
        hold.appointment_id,
        S.BOOKING,
        request_id=uuid.uuid4().hex,
        customer_name=attendee,
        rescheduled_from_id=old_row.id if old_row else None,
        sent_at=deps.clock.now(),
    )
    await session.log(
        "reschedule_sent",
        booking_uid=booking.uid,
        appointment_id=hold.appointment_id,
        reservation_uid=hold.reservation_uid,
    )
    return await _move(session, booking, hold, old_row)


async def _new_slot_not_held(session: CallSession, slot: SlotRef, not_held: NotHeld) -> Result:
    """Nothing sent, so nothing moved: the new slot could not be held for the move (the same
    decision as a booking's, `tools.hold_on_yes`). Taken: alternatives. Not confirmed by
    Cal.com: until when it is blocked at the latest, said by code, and alternatives."""
    result: Result = {
        "status": ToolStatus.UNAVAILABLE,
        "alternatives": await fresh_alternatives(session, slot),
        "hint": hint("move_slot_taken", session.language),
    }
    if not_held.reason != HOLD_UNCONFIRMED:
        return result
    result["reason"] = HOLD_UNCONFIRMED
    result["hint"] = hint("move_hold_unconfirmed", session.language)
    until = await blocked_until(session, slot, not_held)
    if until is None:
        return result
    tz = session.deps.salon.tz
    return {
        **result,
        "free_again_by": speech.spoken_slot_in(until, tz, session.language),
        "say": speech.blocked_until_sentence(
            slot.start, until, session.deps.clock.now(), tz, session.language, move=True
        ),
        "hint": hint("move_hold_unconfirmed_said", session.language),
    }


async def _move(
    session: CallSession,
    booking: Booking,
    hold: Hold,
    old_row: Appointment | None,
    *,
    fence: Hold | None = None,
    first_sent: datetime | None = None,
) -> Result:
    """Send the move with `hold`'s reservation and tell what Cal.com answered. `fence`: this
    is the fenced retry of a lost move (`tools.move_retry`), sent with that fence's
    reservation; an answer that moved nothing then leaves the move open and fenced (the lost
    request could otherwise still land) and its horizon counted from `first_sent` (when the
    lost request left), one that moved the booking retires the fence."""
    deps = session.deps
    try:
        moved = await deps.backend.reschedule_booking(
            booking.uid,
            hold.slot.start,
            reserved_slot_uid=hold.reservation_uid,
            reason="Vom Anrufer telefonisch verschoben",
        )
    except _SLOT_TAKEN as e:
        if fence is not None:
            return await _retry_moved_nothing(session, booking, hold, fence, repr(e), first_sent)
        await _move_failed(session, hold, f"slot taken: {e}")
        return {
            "status": ToolStatus.UNAVAILABLE,
            "alternatives": await fresh_alternatives(session, hold.slot),
            "hint": hint("move_slot_taken", session.language),
        }
    except NOT_DONE as e:  # refused, or never sent: nothing moved
        if fence is not None:
            return await _retry_moved_nothing(session, booking, hold, fence, repr(e), first_sent)
        await _move_failed(session, hold, repr(e))
        return views.error(hint("move_failed", session.language))
    except Exception as e:
        if isinstance(e, asyncio.CancelledError):
            raise
        return await _move_lost(session, booking, hold, e, sent_with=fence)
    row = await deps.ledger.get(hold.appointment_id)
    assert row is not None
    if not moved.uid or booking_outcome.state_for(moved.status) is None:
        try:
            gone = bool(moved.uid) and await _moved_away(session, booking)
        except CalendarError as e:
            return await _move_lost(session, booking, hold, e, sent_with=fence)
        if gone:
            await _retire_fence(session, fence)
            return await _moved_then_ended(session, booking, moved, hold, row, old_row)
        if fence is not None:
            why = f"reschedule answered {moved.status!r}"
            return await _retry_moved_nothing(session, booking, hold, fence, why, first_sent)
        await _move_failed(session, hold, f"reschedule answered {moved.status!r}")
        return views.error(hint("move_not_confirmed", session.language))
    settled = await booking_outcome.record_move_outcome(deps.ledger, row, old_row, moved)
    await _retire_fence(session, fence)
    return await _moved(session, booking, moved, settled)


async def _retire_fence(session: CallSession, fence: Hold | None) -> None:
    """The retry moved the booking with the fence's reservation: the old booking is moved away,
    so the lost request can no longer land; the fence's row is let go (Cal.com consumed it)."""
    if fence is None:
        return
    session.lost.pop(fence.guards or 0, None)
    await session.release(fence, reason="the move's retry was sent with it")


def _already_moved(session: CallSession, booking: Booking) -> Result:
    """A second yes to a move this call made already: the moved appointment, nothing sent
    again and nothing said again (the outcome was spoken once). Without this the caller would
    hear that their appointment is "not found"."""
    return {
        "status": ToolStatus.RESCHEDULED
        if booking.status == "accepted"
        else ToolStatus.PENDING_APPROVAL,
        "already_moved": True,
        "ref": session.register_booking(booking.uid),
        **views.booking_view(session, booking),
        "hint": hint("already_moved", session.language),
    }


async def _moved_away(session: CallSession, booking: Booking) -> bool:
    """Whether Cal.com moved the old booking away (or ended it): then it no longer stands,
    whatever became of the new one."""
    old = await session.deps.backend.get_booking(booking.uid)
    return old is None or bool(old.rescheduled_to_uid) or old.status not in LIVE_STATUSES


async def _moved_then_ended(
    session: CallSession,
    booking: Booking,
    moved: Booking,
    hold: Hold,
    row: Appointment,
    old_row: Appointment | None,
) -> Result:
    """Cal.com carried the move out and answered the new booking cancelled or rejected: the
    caller has neither appointment now. Told so by code (never "bleibt bestehen"); the old row
    retires as moved, the new one failed with Cal.com's uid and status."""
    ledger = session.deps.ledger
    session.moved.append((booking.uid, moved.uid))  # changed by this call, both
    if old_row is not None:
        await booking_outcome.retire_moved(ledger, old_row)
    await booking_outcome.record_request_outcome(ledger, row, moved, answered=True)
    await session.log(
        "booking_failed",
        appointment_id=hold.appointment_id,
        booking_uid=moved.uid,
        error=f"moved from {booking.uid}, and the new booking is {moved.status!r}",
    )
    await session.release(hold, reason="the move's new booking did not stand")
    view = views.booking_view(session, booking)
    return {
        "status": ToolStatus.NOT_BOOKED,
        "reason": "moved_then_ended",
        "say": speech.move_ended_sentence(
            view["service"],
            view["stylist"],
            booking.start,
            moved.start,
            session.deps.salon.tz,
            session.language,
        ),
        "alternatives": await fresh_alternatives(session, hold.slot, same_too=True),
        "hint": hint("moved_then_ended", session.language),
    }


async def _moved(
    session: CallSession, booking: Booking, moved: Booking, settled: Appointment
) -> Result:
    session.moved.append((booking.uid, moved.uid))
    await session.log(
        "rescheduled",
        booking_uid=booking.uid,
        new_booking_uid=moved.uid,
        appointment_id=settled.id,
    )
    view = views.booking_view(session, moved)
    tz = session.deps.salon.tz
    result: Result = {
        "status": ToolStatus.RESCHEDULED,
        "ref": session.register_booking(moved.uid),
        **view,
    }
    if settled.state is S.CONFIRMED:
        result["say"] = speech.rescheduled_sentence(
            view["service"], view["stylist"], moved.start, tz, session.language
        )
    else:
        result["status"] = ToolStatus.PENDING_APPROVAL
        result["say"] = speech.move_pending_sentence(
            view["service"], view["stylist"], booking.start, moved.start, tz, session.language
        )
    return result


async def _move_lost(
    session: CallSession,
    booking: Booking,
    hold: Hold,
    error: Exception,
    *,
    sent_with: Hold | None = None,
) -> Result:
    """The move went out and its answer was lost (the client's lookup found nothing). Fenced
    like a lost booking (`CallSession.fence`): the new slot is held again under a new
    reservation, so the lost move can no longer be carried out while the fence stands, and the
    fence stays until the move is settled (by the call, the upkeep or `reconcile`). Then ask
    where the old booking went. Moved: told. Not (yet): sent once more with the fence's
    reservation when Cal.com shows nothing else changed (`tools.move_retry`); else, and when
    that retry's answer is lost too (`sent_with`: the fence it went with), open, never "nicht
    verschoben", since Cal.com may have carried it out before the fence; Cal.com unreachable:
    unknown."""
    deps = session.deps
    ledger = deps.ledger
    row = await ledger.get(hold.appointment_id)
    assert row is not None
    if row.state is not S.UNKNOWN:
        row = await ledger.transition(hold.appointment_id, S.UNKNOWN, error=repr(error))
    fence = await session.fence(sent_with or hold, offered=False, guards=hold.appointment_id)
    try:
        lost = await _look_after_settling(session, row, fenced=fence is not None)
    except CalendarError as lookup_error:
        lost = booking_outcome.LostMove(None)
        asked = False
        await session.log(
            "booking_unknown", appointment_id=hold.appointment_id, error=repr(lookup_error)
        )
    else:
        asked = True
    settled = lost.row
    if settled is not None and fence is not None:
        await session.release(fence, reason="the lost move is settled")
        fence = None
    if lost.taken_by is not None:
        return await _not_moved_taken(session, booking, hold, lost.taken_by)
    if settled is not None and settled.booking_uid and settled.state in (S.CONFIRMED, S.PENDING):
        moved = await deps.backend.get_booking(settled.booking_uid)
        if moved is not None:
            return await _moved(session, booking, moved, settled)
    if settled is None and sent_with is None:  # not moved (yet), and not a retry already
        retry = (
            await move_retry.retry_hold(session, booking, hold, fence)
            if asked
            else move_retry.Withheld(
                move_retry.CALENDAR_UNREACHABLE, "Cal.com could not be asked what became of it"
            )
        )
        if isinstance(retry, Hold) and fence is not None:
            first_sent = await move_retry.mark_sent(session, hold, fence)
            old_row = await ledger.get(row.rescheduled_from_id or 0)
            return await _move(session, booking, retry, old_row, fence=fence, first_sent=first_sent)
        assert isinstance(retry, move_retry.Withheld)
        await move_retry.withhold(session, hold, retry)
    return await _left_open(session, booking, hold, error, asked=asked, fenced=fence is not None)


async def _look_after_settling(
    session: CallSession, row: Appointment, *, fenced: bool
) -> booking_outcome.LostMove:
    """Where the lost move went, asked once Cal.com had the settle time to finish a request
    already past its checks, but waited for only when waiting can change the answer. Behind a
    fence: always (the look after it decides whether the move is sent once more). Without one:
    only when a look now finds the move would be settled not moved once the settle time has
    passed (another booking of the stylist holds the new time, the old booking stands). Any
    other answer (moved; open; Cal.com unreachable) the wait cannot make certain: unfenced, the
    move may land until its horizon, a minute later as well as a second later, so the caller
    hears it at once (and the call looks again before its next booking and when it ends).
    Raises CalendarError when Cal.com cannot be asked."""
    deps = session.deps
    wait = deps.lost_answer_settle_seconds

    async def look(*, waited: bool) -> booking_outcome.LostMove:
        now = deps.clock.now()
        return await booking_outcome.resolve_lost_move(
            deps.backend,
            deps.ledger,
            await deps.ledger.get(row.id) or row,
            now=now,
            horizon=deps.lost_request_horizon,
            # counted from the moment the answer was lost: now, or just before the wait
            settle=timedelta(0) if waited else timedelta(seconds=wait),
            settle_from=now,
        )

    if not fenced:
        first = await look(waited=wait <= 0)
        if first.taken_once_settled is None:
            return first
    if wait > 0:
        await asyncio.sleep(wait)
    return await look(waited=True)


async def _not_moved_taken(
    session: CallSession, booking: Booking, hold: Hold, taken_by: str
) -> Result:
    """The lost move is settled not moved (`booking_outcome.resolve_lost_move`): Cal.com shows
    the old booking accepted and unmoved, and another booking holds the new time. The caller
    hears that, by code: not moved, the old appointment stands."""
    await session.log(
        "booking_failed",
        appointment_id=hold.appointment_id,
        error=f"not moved: the new time is booked by {taken_by}; the old booking stands",
    )
    view = views.booking_view(session, booking)
    return {
        "status": ToolStatus.UNAVAILABLE,
        "reason": "slot_taken",
        "say": speech.move_taken_sentence(
            view["service"],
            view["stylist"],
            booking.start,
            hold.slot.start,
            session.deps.salon.tz,
            session.language,
        ),
        "alternatives": await fresh_alternatives(session, hold.slot),
        "hint": hint("move_taken_while_lost", session.language),
    }


async def _retry_moved_nothing(
    session: CallSession,
    booking: Booking,
    hold: Hold,
    fence: Hold,
    error: str,
    first_sent: datetime | None,
) -> Result:
    """The fenced retry was refused (or answered without moving anything): the retry changed
    nothing, and the first request, lost, is still fenced and unsettled. The move stays open,
    as the caller heard, until the horizon after the first request left; the fence stays until
    it is settled."""
    await move_retry.retry_made_nothing(session, hold, first_sent)
    await session.log(
        "move_retry_refused",
        appointment_id=hold.appointment_id,
        error=error,
        **({"horizon_from": first_sent.isoformat()} if first_sent is not None else {}),
    )
    return await _left_open(session, booking, hold, error, asked=True, fenced=True)


async def _left_open(
    session: CallSession,
    booking: Booking,
    hold: Hold,
    error: Exception | str,
    *,
    asked: bool,
    fenced: bool,
) -> Result:
    """A lost move nobody can settle now: the call keeps it as a lost request (looked up again
    before its next booking and at its end; the upkeep and `reconcile` after that), and the
    caller hears both times are open."""
    deps = session.deps
    row = await deps.ledger.get(hold.appointment_id)
    assert row is not None
    session.lost[hold.appointment_id] = LostRequest(
        hold.appointment_id, row.request_id or "", hold.slot, hold.person
    )
    if asked:
        await session.log(
            "booking_not_confirmed",
            appointment_id=hold.appointment_id,
            fenced=fenced,
            error=repr(error) if isinstance(error, Exception) else error,
        )
    return {
        "status": ToolStatus.NOT_CONFIRMED_YET if asked else ToolStatus.UNKNOWN,
        "say": speech.move_not_confirmed_sentence(
            booking.start, hold.slot.start, deps.salon.tz, asked=asked, language=session.language
        ),
        "hint": hint("move_open", session.language),
    }


async def _move_failed(session: CallSession, hold: Hold, error: str) -> None:
    """A move that did not happen: its row failed, its hold (which may survive) freed."""
    deps = session.deps
    row = await deps.ledger.get(hold.appointment_id)
    assert row is not None
    await booking_outcome.record_request_missing(deps.ledger, row, why=error)
    await session.log("booking_failed", appointment_id=hold.appointment_id, error=error)
    await session.release(hold, reason="the move did not happen")
