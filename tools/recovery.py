"""Start-up recovery: what a process that died left half-done is resolved, never guessed.

Holds are released (or marked expired once they lapsed); bookings whose answer never arrived are
looked up in Cal.com by their request id. What cannot be decided (Cal.com unreachable) stays as
it is, `unknown` included, for the next run or for `reconcile`.
"""

from __future__ import annotations

import contextlib

from loguru import logger

from calendar_adapter.backend import Booking, CalendarError, NotFoundError
from calendar_adapter.ledger import Appointment, AppointmentState, IllegalTransitionError
from tools.deps import BookingDeps

S = AppointmentState


async def recover_after_crash(deps: BookingDeps) -> list[str]:
    """Resolve every non-final appointment; returns one line per thing done (or left)."""
    done: list[str] = []
    for appt in await deps.ledger.non_final():
        try:
            line = await _recover(deps, appt)
        except Exception as e:
            logger.exception("recovery of appointment {} failed", appt.id)
            line = f"appointment {appt.id}: left {appt.state.value} ({type(e).__name__}: {e})"
        if line:
            done.append(line)
            logger.info("recovery: {}", line)
    return done


async def _recover(deps: BookingDeps, appt: Appointment) -> str | None:
    if appt.state is S.HELD:
        return await _release(deps, appt)
    if appt.state in (S.BOOKING, S.UNKNOWN):
        return await _resolve_booking(deps, appt)
    if appt.state is S.PENDING and appt.booking_uid:
        return await _check_pending(deps, appt)
    return None


async def _release(deps: BookingDeps, appt: Appointment) -> str:
    lapsed = appt.reservation_until is None or appt.reservation_until <= deps.clock.now()
    if appt.reservation_uid:
        try:
            await deps.backend.release_reservation(appt.reservation_uid)
        except NotFoundError:
            pass
        except CalendarError as e:
            if not lapsed:
                return f"appointment {appt.id}: hold not released, Cal.com unreachable ({e})"
    state = S.EXPIRED if lapsed else S.RELEASED
    await deps.ledger.transition(appt.id, state, error="released at start-up (process had died)")
    await deps.ledger.log(
        appt.call_id,
        "hold_expired" if lapsed else "hold_released",
        appointment_id=appt.id,
        reason="recovery",
    )
    return f"appointment {appt.id}: hold {state.value}"


async def _resolve_booking(deps: BookingDeps, appt: Appointment) -> str:
    if appt.rescheduled_from_id is not None:
        return await _resolve_move(deps, appt)
    if not appt.request_id:
        booking = None
    else:
        try:
            booking = await deps.backend.find_booking_by_request_id(
                appt.request_id, event_type_id=appt.event_type_id, around=appt.start
            )
        except CalendarError as e:
            if appt.state is S.BOOKING:
                await deps.ledger.transition(appt.id, S.UNKNOWN, error=f"recovery: {e}")
            return f"appointment {appt.id}: unknown (Cal.com unreachable: {e})"
    if booking is None:
        await deps.ledger.transition(
            appt.id, S.FAILED, error="recovery: Cal.com has no booking with this request id"
        )
        if appt.reservation_uid:  # its hold may still block the slot for others
            with contextlib.suppress(CalendarError):
                await deps.backend.release_reservation(appt.reservation_uid)
        await deps.ledger.log(
            appt.call_id, "booking_resolved", appointment_id=appt.id, outcome="failed"
        )
        return f"appointment {appt.id}: failed (no such booking in Cal.com)"
    return await _apply(deps, appt, booking)


async def _resolve_move(deps: BookingDeps, appt: Appointment) -> str:
    """A move whose answer was lost: the old booking says where it went, if anywhere."""
    old_row = await deps.ledger.get(appt.rescheduled_from_id or 0)
    try:
        old = (
            await deps.backend.get_booking(old_row.booking_uid)
            if old_row and old_row.booking_uid
            else None
        )
        new = (
            await deps.backend.get_booking(old.rescheduled_to_uid)
            if old and old.rescheduled_to_uid
            else None
        )
    except CalendarError as e:
        if appt.state is S.BOOKING:
            await deps.ledger.transition(appt.id, S.UNKNOWN, error=f"recovery: {e}")
        return f"appointment {appt.id}: move unknown (Cal.com unreachable: {e})"
    if new is None:
        await deps.ledger.transition(appt.id, S.FAILED, error="recovery: the booking was not moved")
        if appt.reservation_uid:
            with contextlib.suppress(CalendarError):
                await deps.backend.release_reservation(appt.reservation_uid)
        return f"appointment {appt.id}: move failed (the old booking stands)"
    if old_row is not None:
        to = S.RESCHEDULED if old_row.state is S.CONFIRMED else S.CANCELLED
        with contextlib.suppress(IllegalTransitionError):
            await deps.ledger.transition(old_row.id, to)
    return await _apply(deps, appt, new)


async def _apply(deps: BookingDeps, appt: Appointment, booking: Booking) -> str:
    ledger = deps.ledger
    fields = {"booking_uid": booking.uid, "booking_status": booking.status}
    if booking.status == "accepted":
        await ledger.transition(appt.id, S.CONFIRMED, **fields)
    elif booking.status == "pending":
        await ledger.transition(appt.id, S.PENDING, **fields)
    elif booking.status == "cancelled":  # it was made, then cancelled elsewhere
        await ledger.transition(appt.id, S.CONFIRMED, **fields)
        await ledger.transition(appt.id, S.CANCELLED)
    else:
        await ledger.transition(
            appt.id, S.FAILED, error=f"recovery: booking is {booking.status}", **fields
        )
    await ledger.log(
        appt.call_id,
        "booking_resolved",
        appointment_id=appt.id,
        booking_uid=booking.uid,
        outcome=booking.status,
    )
    return f"appointment {appt.id}: {booking.status} ({booking.uid})"


async def _check_pending(deps: BookingDeps, appt: Appointment) -> str | None:
    try:
        booking = await deps.backend.get_booking(appt.booking_uid or "")
    except CalendarError:
        return None
    target = {"accepted": S.CONFIRMED, "rejected": S.FAILED, "cancelled": S.CANCELLED}.get(
        booking.status if booking else ""
    )
    if booking is None or target is None:
        return None
    with contextlib.suppress(IllegalTransitionError):
        await deps.ledger.transition(appt.id, target, booking_status=booking.status)
    return f"appointment {appt.id}: pending -> {target.value}"
