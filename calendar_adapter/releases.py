"""Freeing reservations: done at once when Cal.com answers, else kept in the ledger's release
outbox and retried until Cal.com confirms or the reservation has lapsed by itself.

A hold nobody releases blocks its slot for every caller and web booker until it lapses; a failed
DELETE must therefore never be forgotten, not even when the call that held the slot is over.
"""

from __future__ import annotations

from datetime import datetime

from loguru import logger

from .backend import CalendarBackend, CalendarError, NotFoundError
from .clock import Clock
from .ledger import AppointmentState, IllegalTransitionError, Ledger, PendingRelease


async def release(
    backend: CalendarBackend,
    ledger: Ledger,
    clock: Clock,
    *,
    reservation_uid: str,
    call_id: str,
    appointment_id: int | None,
    until: datetime | None,
    reason: str,
) -> bool:
    """Free a reservation in Cal.com. True when it is gone (released, or lapsed or consumed
    already); False when Cal.com did not answer: it is then in the outbox, and the appointment
    (if it is a hold) stays `held` until Cal.com confirms or the reservation lapses."""
    error = await _delete(backend, reservation_uid)
    if error is not None and (until is None or until > clock.now()):
        await ledger.queue_release(
            reservation_uid,
            call_id=call_id,
            appointment_id=appointment_id,
            until=until,
            error=error,
        )
        await ledger.log(
            call_id,
            "release_queued",
            appointment_id=appointment_id,
            reservation_uid=reservation_uid,
            until=until.isoformat() if until else None,
            error=error,
        )
        return False
    await _gone(ledger, clock, reservation_uid, call_id, appointment_id, until, reason)
    return True


async def _delete(backend: CalendarBackend, reservation_uid: str) -> str | None:
    """DELETE the reservation; None when it is gone (now, or already: lapsed, released before,
    consumed by a booking), else what went wrong."""
    try:
        await backend.release_reservation(reservation_uid)
    except NotFoundError:
        return None
    except CalendarError as exc:
        return str(exc)
    return None


async def retry_releases(
    backend: CalendarBackend, ledger: Ledger, clock: Clock, *, call_id: str | None = None
) -> list[str]:
    """Try every pending release again (of one call, or all); one line per release finished.

    Each is claimed first (`Ledger.claim_releases`): with several workers retrying, a release
    another one is retrying right now is left to it, so one DELETE per reservation is in
    flight."""
    done: list[str] = []
    for pending in await ledger.claim_releases(ledger.claimant, call_id=call_id):
        if await _retry(backend, ledger, clock, pending):
            done.append(f"reservation {pending.reservation_uid}: released")
    return done


async def _retry(
    backend: CalendarBackend, ledger: Ledger, clock: Clock, pending: PendingRelease
) -> bool:
    lapsed = pending.until is not None and pending.until <= clock.now()
    error = None if lapsed else await _delete(backend, pending.reservation_uid)
    if error is not None:
        await ledger.release_failed_again(pending.reservation_uid, error=error)
        logger.warning(
            "release of reservation {} failed again ({} attempts): {}",
            pending.reservation_uid,
            pending.attempts + 1,
            error,
        )
        return False
    await _gone(
        ledger,
        clock,
        pending.reservation_uid,
        pending.call_id,
        pending.appointment_id,
        pending.until,
        "release retried",
    )
    return True


async def _gone(
    ledger: Ledger,
    clock: Clock,
    reservation_uid: str,
    call_id: str,
    appointment_id: int | None,
    until: datetime | None,
    reason: str,
) -> None:
    """Record that the reservation no longer blocks its slot, on the hold's row (when that row
    is a hold still), in the outbox (when it was queued) and on the call's timeline."""
    lapsed = until is not None and until <= clock.now()
    await ledger.release_done(reservation_uid, outcome="expired" if lapsed else "released")
    row = await ledger.get(appointment_id) if appointment_id is not None else None
    if row is None or row.state is not AppointmentState.HELD:
        return
    if row.reservation_uid != reservation_uid:
        return  # the hold lives on under a newer reservation
    state = AppointmentState.EXPIRED if lapsed else AppointmentState.RELEASED
    try:
        await ledger.transition(appointment_id, state, error=reason if lapsed else None)
    except IllegalTransitionError:
        return  # moved on meanwhile (booked, or released by someone else)
    await ledger.log(
        call_id,
        "hold_expired" if lapsed else "hold_released",
        appointment_id=appointment_id,
        reservation_uid=reservation_uid,
        reason=reason,
    )
