"""The booking ledger (aiosqlite): appointments as a state machine, calls, per-call timeline."""

from .models import (
    FINAL,
    NON_FINAL,
    TRANSITIONS,
    Appointment,
    AppointmentState,
    CallerNotice,
    CallPrivacy,
    CallRow,
    DoneMark,
    IllegalTransitionError,
    MessageKind,
    OutboxChannel,
    OutboxItem,
    PendingRelease,
    PurgeCounts,
    StylistRow,
    TakenMessage,
    TimelineEvent,
    can_transition,
)
from .schema import LATEST_VERSION, MIGRATIONS, SchemaTooNewError
from .store import Ledger
from .timeline_kinds import TIMELINE_KINDS

__all__ = [
    "FINAL",
    "LATEST_VERSION",
    "MIGRATIONS",
    "NON_FINAL",
    "TIMELINE_KINDS",
    "TRANSITIONS",
    "Appointment",
    "AppointmentState",
    "CallPrivacy",
    "CallRow",
    "CallerNotice",
    "DoneMark",
    "IllegalTransitionError",
    "Ledger",
    "MessageKind",
    "OutboxChannel",
    "OutboxItem",
    "PendingRelease",
    "PurgeCounts",
    "SchemaTooNewError",
    "StylistRow",
    "TakenMessage",
    "TimelineEvent",
    "can_transition",
]
