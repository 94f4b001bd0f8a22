"""How slots, holds and bookings read in a tool result, and the refusals every tool may give.

Times are the salon's; `spoken` is the form the model can read out, in the call's language.
The refusals' hints are `tools.hints`, in the call's language too.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from calendar_adapter.booking_outcome import state_for
from calendar_adapter.ledger import AppointmentState
from tools import speech
from tools.hints import hint
from tools.status import ToolStatus

if TYPE_CHECKING:
    from calendar_adapter.backend import Booking
    from calendar_adapter.ledger import Appointment
    from tools.session import CallSession, Hold, SlotRef

Result = dict[str, Any]


def names(
    session: CallSession, event_type_id: int, host_ids: tuple[int, ...] = ()
) -> tuple[str, str | None]:
    """(service name, stylist name) of an event type, as the caller hears them."""
    catalog = session.catalog
    offering = catalog.offering_by_event_type(event_type_id)
    service = catalog.service(offering.service_slug) if offering else None
    stylist_id = offering.stylist_user_id if offering else (host_ids[0] if host_ids else None)
    stylist = catalog.stylist(stylist_id) if stylist_id is not None else None
    return (service.name if service else "Termin", stylist.name if stylist else None)


def _what_when(
    session: CallSession, event_type_id: int, start: datetime, hosts: tuple[int, ...] = ()
) -> Result:
    service, stylist = names(session, event_type_id, hosts)
    tz = session.deps.salon.tz
    loc = start.astimezone(tz)
    return {
        "service": service,
        "stylist": stylist,
        "date": loc.date().isoformat(),
        "time": loc.strftime("%H:%M"),
        "spoken": speech.spoken_slot_in(start, tz, session.language),
    }


def slot_view(session: CallSession, slot_id: str, slot: SlotRef) -> Result:
    return {"slot_id": slot_id, **_what_when(session, slot.event_type_id, slot.start)}


def hold_view(session: CallSession, hold: Hold) -> Result:
    view = slot_view(session, hold.slot_id, hold.slot)
    if hold.person is not None:
        view["for_person"] = hold.person
    if hold.until <= session.deps.clock.now():
        # its keep-alive gave way or failed: the reservation may have lapsed (booking it
        # places it again when the time is still free), so it is not to be called reserved
        view["may_have_lapsed"] = True
    return view


def held(session: CallSession, hold: Hold) -> Result:
    return {
        "status": ToolStatus.HELD,
        **hold_view(session, hold),
        "hold_minutes": session.deps.hold_minutes,
    }


def holds(session: CallSession) -> list[Result]:
    """Everything this call holds for the caller right now (what `book_appointment` can book)."""
    return [hold_view(session, h) for h in session.holds]


def booking_view(session: CallSession, booking: Booking) -> Result:
    return _what_when(session, booking.event_type_id, booking.start, booking.host_user_ids)


def appointment_view(session: CallSession, row: Appointment) -> Result:
    """An appointment as the ledger has it (a row with its booking)."""
    hosts = (row.stylist_user_id,) if row.stylist_user_id is not None else ()
    return _what_when(session, row.event_type_id, row.start, hosts)


def booked(session: CallSession, booking: Booking) -> Result:
    """`booked` (accepted) or `pending_approval`, with the sentence composed from Cal.com's
    answer and the appointment's ref."""
    view = booking_view(session, booking)
    accepted = state_for(booking.status) is AppointmentState.CONFIRMED
    sentence = speech.booked_sentence if accepted else speech.pending_sentence
    return {
        "status": ToolStatus.BOOKED if accepted else ToolStatus.PENDING_APPROVAL,
        "say": sentence(
            view["service"], view["stylist"], booking.start, session.deps.salon.tz, session.language
        ),
        "ref": session.register_booking(booking.uid),
        **view,
    }


# -- refusals ----------------------------------------------------------------------------------


def invalid(field: str, hint: str) -> Result:
    return {"status": ToolStatus.INVALID_ARGUMENT, "field": field, "hint": hint}


def invalid_slot(language: str) -> Result:
    return {
        "status": ToolStatus.INVALID_SLOT,
        "reason": "unknown_slot_id",
        "hint": hint("invalid_slot", language),
    }


def not_found(language: str) -> Result:
    return {
        "status": ToolStatus.NOT_FOUND,
        "hint": hint("not_found", language),
    }


def no_caller_number(language: str) -> Result:
    return {
        "status": ToolStatus.NO_CALLER_NUMBER,
        "hint": hint("no_caller_number", language),
    }


def calendar_unreachable(language: str) -> Result:
    return {
        "status": ToolStatus.ERROR,
        "hint": hint("calendar_unreachable", language),
    }


def error(hint: str) -> Result:
    return {"status": ToolStatus.ERROR, "hint": hint}
