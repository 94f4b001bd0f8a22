"""The booking ledger (SQLite or PostgreSQL): appointments as a state machine, calls, per-call
timeline, and the state workers share (stream tokens, worker load, the release outbox)."""

from .engine import IntegrityError, is_postgres_url
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
    WorkerRow,
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
    "IntegrityError",
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
    "WorkerRow",
    "can_transition",
    "is_postgres_url",
]
