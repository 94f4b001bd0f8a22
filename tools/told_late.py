"""Outcomes a call learns late, told by code: while booking, the call looks up its requests
whose answers were lost (`CallSession.settle_lost_requests`), and one that Cal.com carried out
after all (an earlier booking for someone else, or a move), or a move it settles not moved (the
new time taken, the old appointment standing), is added to the booking's `say`, after its own
sentence, so the caller hears it verbatim and once (a lost request is settled once per call),
whatever the model does. The model gets it named too (`also_landed`, `also_moved`,
`also_not_moved`) and is told it was said (`tools.hints`, in the call's language). An outcome
told here leaves no caller notice: those are for outcomes settled after the hang-up."""

from __future__ import annotations

from calendar_adapter.backend import Booking
from calendar_adapter.ledger import AppointmentState
from tools import speech, views
from tools.hints import hint
from tools.registry import Result
from tools.session import CallSession, LandedMove, UnmovedMove
from tools.status import ToolStatus

S = AppointmentState


def bookings_landed(session: CallSession, result: Result, landed: list[Booking]) -> Result:
    """Earlier bookings of this call for other people (the caller heard each was open) found
    carried out while booking: code tells the caller after the booking's own sentence, one
    sentence each; `also_landed` names them for the model."""
    if not landed:
        return result
    tz = session.deps.salon.tz
    sentences, views_landed = [], []
    for booking in landed:
        view = views.booked(session, booking)
        del view["say"]  # said once, at the top
        views_landed.append({**view, "landed_late": True})
        pending = view["status"] == ToolStatus.PENDING_APPROVAL
        sentence = (
            speech.booking_landed_pending_sentence if pending else speech.booking_landed_sentence
        )
        sentences.append(
            sentence(view["service"], view["stylist"], booking.start, tz, session.language)
        )
    return _told_after(session, result, sentences, "also_landed", views_landed)


async def moves_landed(session: CallSession, result: Result, landed: list[LandedMove]) -> Result:
    """Lost moves found carried out while booking: the caller heard each was open, so code
    tells them, after the booking's own sentence, where the appointment is now (one sentence
    each, in the caller's language); `also_moved` names them for the model. Said here only: a
    lost move is settled once (`CallSession.settle_lost_requests` forgets it)."""
    if not landed:
        return result
    tz = session.deps.salon.tz
    sentences = []
    for move in landed:
        view = views.appointment_view(session, move.new)
        sentences.append(
            speech.move_landed_sentence(
                view["service"],
                view["stylist"],
                move.old.start if move.old is not None else None,
                move.new.start,
                tz,
                session.language,
                pending=move.new.state is S.PENDING,
            )
        )
        await session.log(
            "caller_told_moved",
            appointment_id=move.new.id,
            booking_uid=move.new.booking_uid,
            old_appointment_id=move.old.id if move.old is not None else None,
        )
    moved = [
        {
            **views.appointment_view(session, m.new),
            **({"ref": session.register_booking(m.new.booking_uid)} if m.new.booking_uid else {}),
            "landed_late": True,
        }
        for m in landed
    ]
    return _told_after(session, result, sentences, "also_moved", moved)


async def moves_not_made(
    session: CallSession, result: Result, unmoved: list[UnmovedMove]
) -> Result:
    """Lost moves settled not moved while booking, Cal.com showing the old booking accepted and
    unmoved (another booking of the stylist holds the new time, or the move's horizon has
    passed): the caller heard each was open, so code tells them, after the booking's own
    sentence, that the move did not work and the old appointment stands (for a taken time the
    sentence a move settled so at once gets); `also_not_moved` names the standing appointments
    for the model. Said here only, once per move."""
    if not unmoved:
        return result
    tz = session.deps.salon.tz
    sentences = []
    for move in unmoved:
        view = views.appointment_view(session, move.old)
        sentence = speech.move_taken_sentence if move.taken_by else speech.move_not_moved_sentence
        sentences.append(
            sentence(
                view["service"],
                view["stylist"],
                move.old.start,
                move.move.start,
                tz,
                session.language,
            )
        )
        await session.log(
            "caller_told_not_moved",
            appointment_id=move.move.id,
            old_appointment_id=move.old.id,
            taken_by=move.taken_by,
        )
    standing = [
        {**views.appointment_view(session, m.old), "not_moved_to": _spoken(session, m)}
        for m in unmoved
    ]
    return _told_after(session, result, sentences, "also_not_moved", standing)


def _told_after(
    session: CallSession, result: Result, sentences: list[str], key: str, entries: list[dict]
) -> Result:
    """The booking's result with the late outcomes' sentences said after its own, the outcomes
    named for the model under `key`, and the hint of that name (said already) added."""
    return {
        **result,
        "say": " ".join(s for s in (result.get("say"), *sentences) if s),
        key: entries,
        "hint": f"{result.get('hint', '')} {hint(key, session.language)}".strip(),
    }


def _spoken(session: CallSession, move: UnmovedMove) -> str:
    return speech.spoken_slot_in(move.move.start, session.deps.salon.tz, session.language)
