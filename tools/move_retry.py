"""A move whose answer was lost, sent once more when Cal.com shows it is safe: the fenced retry.

A move (`reschedule_appointment`) whose answer was lost is fenced first (`CallSession.fence`):
its own reservation released, the new slot held again under a new one, so the lost request can
no longer be carried out. Then Cal.com is asked what happened. When it moved, that is the
outcome. When it did not, the move is sent again exactly once, with the fence's reservation,
but only when Cal.com shows that nothing else changed:

- the old booking is as the caller asked to move it (live, same time, not moved elsewhere);
- the fence stands: the same new slot, held by this call now (a slot taken meanwhile cannot be
  fenced; then it is not the caller's to move to).

Otherwise the retry is withheld (`move_retry_withheld`, with why) and the move stays open, as
the caller heard. Never a double move: the lost request is refused by Cal.com while the fence
stands, and once the retry moved the booking the old one is cancelled, which Cal.com refuses to
move again. A retry whose answer is lost too is fenced again and not sent a third time.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import datetime

from calendar_adapter.backend import Booking, CalendarError
from calendar_adapter.booking_outcome import LIVE_STATUSES
from tools.session import CallSession, Hold

SLOT_GONE = "slot_gone"
SLOT_DIFFERENT = "slot_different"
FENCE_LAPSED = "fence_lapsed"
BOOKING_CHANGED = "booking_changed"
CALENDAR_UNREACHABLE = "calendar_unreachable"


@dataclass(frozen=True)
class Withheld:
    """Why the lost move is not sent again (a reason code and a sentence for the timeline)."""

    reason: str
    explanation: str


async def retry_hold(
    session: CallSession, booking: Booking, move: Hold, fence: Hold | None
) -> Hold | Withheld:
    """The hold to send the lost move with once more (the fence's reservation, under the
    move's own row), or why it is withheld. Asks Cal.com for the old booking first."""
    if fence is None:
        return Withheld(
            SLOT_GONE,
            "the new time could not be held again (someone else holds or booked it, or Cal.com "
            "refused): it is not sent again",
        )
    if not fence.slot.same_slot(move.slot):
        return Withheld(SLOT_DIFFERENT, "the fence holds another slot than the move asked for")
    if fence.until <= session.deps.clock.now():
        return Withheld(FENCE_LAPSED, "the fence's reservation has run out")
    try:
        old = await session.deps.backend.get_booking(booking.uid)
    except CalendarError as e:
        return Withheld(
            CALENDAR_UNREACHABLE, f"Cal.com could not be asked for the old booking: {e}"
        )
    changed = _changed(booking, old)
    if changed is not None:
        return Withheld(BOOKING_CHANGED, changed)
    return dataclasses.replace(move, reservation_uid=fence.reservation_uid, until=fence.until)


def _changed(asked: Booking, now: Booking | None) -> str | None:
    """How the old booking differs in Cal.com from the one the caller asked to move."""
    if now is None:
        return "the old booking is no longer in Cal.com"
    if now.rescheduled_to_uid:
        return f"the old booking was moved meanwhile (to {now.rescheduled_to_uid})"
    if now.status not in LIVE_STATUSES:
        return f"the old booking is {now.status} in Cal.com"
    if (now.start, now.event_type_id) != (asked.start, asked.event_type_id):
        return "the old booking is at another time or service in Cal.com than asked"
    return None


async def withhold(session: CallSession, move: Hold, withheld: Withheld) -> None:
    await session.log(
        "move_retry_withheld",
        appointment_id=move.appointment_id,
        reason=withheld.reason,
        explanation=withheld.explanation,
    )


async def mark_sent(session: CallSession, move: Hold, fence: Hold) -> datetime | None:
    """The retry leaves. Written before it does: the move's row (still `unknown`) may land
    until the horizon after now, since the retry itself may be carried out that late (a crash
    before its answer leaves that bound, later than the first request's, never earlier).
    Returns when the first request left, to put back when the retry made nothing
    (`retry_made_nothing`). The timeline says which reservation the retry went with."""
    deps = session.deps
    row = await deps.ledger.get(move.appointment_id)
    first_sent = row.sent_at if row is not None else None
    await deps.ledger.resent(move.appointment_id, sent_at=deps.clock.now())
    await session.log(
        "move_retried",
        appointment_id=move.appointment_id,
        fence_appointment_id=fence.appointment_id,
        reservation_uid=fence.reservation_uid,
        **({"first_sent_at": first_sent.isoformat()} if first_sent is not None else {}),
    )
    return first_sent


async def retry_made_nothing(session: CallSession, move: Hold, first_sent: datetime | None) -> None:
    """Cal.com refused the retry, or answered it without moving anything: the retry can never
    land, and only the first request can, until the horizon after it left. The row's `sent_at`
    is put back to that send, so the move is settled (and its fence let go) no later than the
    first request allows. A retry whose answer is lost keeps its own time instead: it may
    still be carried out until the horizon after it left."""
    if first_sent is not None:
        await session.deps.ledger.resent(move.appointment_id, sent_at=first_sent)
