"""The booking ledger (aiosqlite): appointments as a state machine, calls, per-call timeline."""

from .models import (
    FINAL,
    NON_FINAL,
    TRANSITIONS,
    Appointment,
    AppointmentState,
    CallRow,
    DoneMark,
    IllegalTransitionError,
    StylistRow,
    TimelineEvent,
    can_transition,
)
from .schema import LATEST_VERSION, MIGRATIONS, SchemaTooNewError
from .store import Ledger

__all__ = [
    "FINAL",
    "LATEST_VERSION",
    "MIGRATIONS",
    "NON_FINAL",
    "TRANSITIONS",
    "Appointment",
    "AppointmentState",
    "CallRow",
    "DoneMark",
    "IllegalTransitionError",
    "Ledger",
    "SchemaTooNewError",
    "StylistRow",
    "TimelineEvent",
    "can_transition",
]
