"""Every `status` a booking tool can answer: one enum for the tools, the prompt and the guard.

Values are the strings the model sees (and that replays and timelines record), so a member
compares equal to its plain string: `ToolStatus.BOOKED == "booked"`.
"""

from __future__ import annotations

from enum import StrEnum


class ToolStatus(StrEnum):
    # check_availability / hold_slot
    HELD = "held"  # the asked slot is reserved in Cal.com for this call
    AVAILABLE = "available"  # no time asked: alternatives, nothing held
    UNAVAILABLE = "unavailable"  # not free: alternatives, nothing new held
    WEEKDAY_MISMATCH = "weekday_mismatch"
    AMBIGUOUS_DATE = "ambiguous_date"  # `options`: the days the words can mean
    AMBIGUOUS_TIME = "ambiguous_time"  # `options`: the times the words can mean
    CLOSED = "closed"
    PAST_DATE = "past_date"
    OUTSIDE_HOURS = "outside_hours"
    INVALID_DATE = "invalid_date"
    INVALID_TIME = "invalid_time"
    AMBIGUOUS_STYLIST = "ambiguous_stylist"
    UNKNOWN_STYLIST = "unknown_stylist"
    STYLIST_DOES_NOT_OFFER = "stylist_does_not_offer"
    AMBIGUOUS_SERVICE = "ambiguous_service"  # `candidates`: ask which one
    UNKNOWN_SERVICE = "unknown_service"  # `not_offered`: a service the salon does not offer
    INVALID_SLOT = "invalid_slot"  # not a slot id of this call, or not held
    # book_appointment
    BOOKED = "booked"  # Cal.com accepted: `say` confirms
    PENDING_APPROVAL = "pending_approval"  # Cal.com took it, the salon must confirm
    NOT_BOOKED = "not_booked"  # Cal.com refused, or the request never left
    NOT_CONFIRMED_YET = "not_confirmed_yet"  # answer lost; Cal.com may still accept it
    UNKNOWN = "unknown"  # answer lost and Cal.com cannot be asked
    # release_hold
    RELEASED = "released"
    NOTHING_HELD = "nothing_held"
    # find / cancel / reschedule
    FOUND = "found"
    NONE = "none"
    NO_CALLER_NUMBER = "no_caller_number"
    NOT_FOUND = "not_found"
    NAME_MISMATCH = "name_mismatch"  # the name given is not the name on the booking
    CANCELLED = "cancelled"
    RESCHEDULED = "rescheduled"
    # take_message
    TAKEN = "taken"  # stored in the ledger for the salon (notified in the background): `say`
    # transfer_call
    TRANSFERRED = "transferred"  # the provider is putting the caller through to the salon
    NOT_TRANSFERRED = (
        "not_transferred"  # `reason`: closed | no_number | line_cannot_transfer | transfer_failed
    )
    # any tool
    ERROR = "error"  # nothing changed (calendar unreachable, call not active, internal)
    INVALID_ARGUMENT = "invalid_argument"  # nothing changed


# The outcome of a calendar write is open: the caller hears neither yes nor no.
OUTCOME_OPEN: frozenset[ToolStatus] = frozenset({ToolStatus.NOT_CONFIRMED_YET, ToolStatus.UNKNOWN})
