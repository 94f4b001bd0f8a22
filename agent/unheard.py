"""Outcomes the caller never heard leave a caller notice when the call ends.

Code speaks what a booking, cancellation or move did (`agent.guard.voice`); whether the caller
heard it is known in one place (`agent.guard.heard`). An outcome they did not hear whole (cut
off twice, or cut off and then the caller hung up, or finished after the hang-up) would leave
them believing the wrong thing. So its appointment gets a caller notice, as an outcome settled
after the call does (`calendar_adapter.booking_outcome.tell_caller_later`): the salon's
dashboard lists it and, when texts are on, the caller gets one with the appointment as it
stands (`agent.messaging.outbox`). One notice per appointment; none where one is open already,
and none where the call queued the caller a text confirming that booking (`tools.confirmations`:
they get it in writing; a notice would text them the same twice).

The call's summary (what the call changed, said at its end) is such an outcome too: cut off, or
still unplayed when the line dropped (the hang-up waits for it a few seconds at most), it leaves
a notice for each appointment it told of whose outcome is settled (booked, requested, not
booked, cancelled, or moved: the notice is the old appointment's, which the text tells with
where it went) unless the caller heard that appointment's latest outcome sentence itself: then
the summary told them nothing new (callers often hang up on the goodbye). One whose outcome is still open gets its notice when it settles
(`calendar_adapter.booking_outcome`); a hold released is no outcome.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from loguru import logger

from agent.guard.heard import OUTCOME, SUMMARY, Heard, OutcomeHearing
from calendar_adapter.ledger import Appointment, AppointmentState
from tools.session import CallSession

# Result keys naming further appointments a sentence told (earlier requests that landed late).
_ALSO = ("also_landed", "also_moved")
# The states of appointments a summary tells whose outcome a notice can carry.
_SETTLED = frozenset(
    {
        AppointmentState.CONFIRMED,
        AppointmentState.PENDING,
        AppointmentState.FAILED,
        AppointmentState.CANCELLED,
        AppointmentState.RESCHEDULED,
    }
)


async def leave_notices(hearing: OutcomeHearing, session: CallSession) -> list[int]:
    """A caller notice for each appointment whose outcome the caller did not hear; the
    notices' ids. Never raises: the call's end goes on (the failure is logged)."""
    try:
        return await _leave_notices(hearing, session)
    except Exception:
        logger.exception("call {}: notices for unheard outcomes failed", session.call_id)
        return []


async def _leave_notices(hearing: OutcomeHearing, session: CallSession) -> list[int]:
    unheard = hearing.unheard()
    if not unheard:
        return []
    ledger = session.deps.ledger
    noticed = {n.appointment_id for n in await ledger.open_caller_notices(call_id=session.call_id)}
    texted = {
        e.data.get("booking_uid")
        for e in await ledger.timeline(session.call_id)
        if e.kind == "sms_queued" and e.data.get("booking_uid")
    }
    ids: list[int] = []
    for outcome in unheard:
        if outcome.tool == SUMMARY:
            told = await _told_last_and_heard(hearing, session)
            rows = [row for row in await _summarized(session) if row.id not in told]
        else:
            rows = await _appointments(session, outcome.result or {})
        for row in rows:
            if row.id in noticed or row.booking_uid in texted:
                continue
            noticed.add(row.id)
            notice = await ledger.add_caller_notice(row, outcome=row.state.value)
            await session.log(
                "caller_must_be_told",
                appointment_id=row.id,
                outcome=row.state.value,
                notice_id=notice.id,
                reason="not_heard",
                text=outcome.text,
            )
            ids.append(notice.id)
    return ids


async def _appointments(session: CallSession, result: Mapping[str, Any]) -> list[Appointment]:
    """The appointments a tool result's sentence told of, as the ledger has them now."""
    refs = [result.get("ref")]
    for key in _ALSO:
        refs += [entry.get("ref") for entry in result.get(key) or [] if isinstance(entry, dict)]
    rows: list[Appointment] = []
    for ref in refs:
        uid = session.booking_uid_for(ref) if isinstance(ref, str) else None
        row = await session.deps.ledger.find_by_booking_uid(uid) if uid else None
        if row is not None and row.id not in {r.id for r in rows}:
            rows.append(row)
    return rows


async def _told_last_and_heard(hearing: OutcomeHearing, session: CallSession) -> set[int]:
    """The appointments whose latest outcome sentence (a tool's, not the summary) the caller
    heard: an unheard summary tells them nothing new, so it leaves them no notice (a caller who
    hangs up on the goodbye is not texted what they heard said)."""
    last: dict[int, bool] = {}
    for outcome in hearing.outcomes:  # in the order they were said
        if outcome.kind != OUTCOME or outcome.tool == SUMMARY:
            continue
        for row in await _appointments(session, outcome.result or {}):
            last[row.id] = outcome.state is Heard.HEARD
    return {row_id for row_id, heard in last.items() if heard}


async def _summarized(session: CallSession) -> list[Appointment]:
    """The appointments the call's summary told of (what this call changed) whose outcome is
    settled; a move by its old appointment."""
    ledger = session.deps.ledger
    rows = {r.id: r for r in await ledger.appointments_for_call(session.call_id)}
    moved_to = {new for _, new in session.moved}
    for uid in [*session.booked, *session.cancelled, *(old for old, _ in session.moved)]:
        row = await ledger.find_by_booking_uid(uid)
        if row is not None:
            rows[row.id] = row
    taken = {
        (r.start, r.stylist_user_id)
        for r in rows.values()
        if r.state in (AppointmentState.CONFIRMED, AppointmentState.PENDING)
    }
    return [
        row
        for row in sorted(rows.values(), key=lambda r: r.id)
        if row.state in _SETTLED
        and row.booking_uid not in moved_to
        # a booking that failed, then made in that slot after all: the summary tells it booked
        and not (row.state is AppointmentState.FAILED and (row.start, row.stylist_user_id) in taken)
    ]
