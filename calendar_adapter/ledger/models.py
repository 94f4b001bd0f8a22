"""What the ledger stores: appointment states and their legal moves, rows as frozen dataclasses."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

# The salon of a deployment without a tenants file, and of every row written before salons
# existed (schema version 9). A tenants file may name a salon so to keep those rows.
DEFAULT_SALON = "default"


class AppointmentState(StrEnum):
    RESERVING = "reserving"  # the reservation request is (or was) on its way to Cal.com
    HELD = "held"
    BOOKING = "booking"
    CONFIRMED = "confirmed"
    PENDING = "pending"
    FAILED = "failed"
    UNKNOWN = "unknown"
    RELEASED = "released"
    EXPIRED = "expired"
    CANCELLED = "cancelled"
    RESCHEDULED = "rescheduled"


S = AppointmentState

TRANSITIONS: dict[AppointmentState, frozenset[AppointmentState]] = {
    # reserving: written before the request leaves; a lost answer stays here until its
    # reservation (if Cal.com made one) must have lapsed. A refused one is withdrawn (deleted).
    S.RESERVING: frozenset({S.HELD, S.EXPIRED}),
    # held -> reserving: a lapsed hold placed again (its new request is on its way).
    S.HELD: frozenset({S.RESERVING, S.BOOKING, S.RELEASED, S.EXPIRED}),
    # booking -> held: the request provably never left (Cal.com unreachable); the hold stands.
    S.BOOKING: frozenset({S.HELD, S.CONFIRMED, S.PENDING, S.FAILED, S.UNKNOWN}),
    # pending: awaiting the salon's approval in Cal.com
    S.PENDING: frozenset({S.CONFIRMED, S.FAILED, S.CANCELLED}),
    # unknown: a lost response; only resolved by looking the booking up in Cal.com
    S.UNKNOWN: frozenset({S.CONFIRMED, S.PENDING, S.FAILED}),
    S.CONFIRMED: frozenset({S.CANCELLED, S.RESCHEDULED}),
}
FINAL: frozenset[AppointmentState] = frozenset(
    {S.FAILED, S.RELEASED, S.EXPIRED, S.CANCELLED, S.RESCHEDULED}
)
NON_FINAL: frozenset[AppointmentState] = frozenset(
    {S.RESERVING, S.HELD, S.BOOKING, S.PENDING, S.UNKNOWN}
)
# The schema refuses these states without a Cal.com booking uid (CHECK constraint).
NEEDS_BOOKING_UID: frozenset[AppointmentState] = frozenset({S.CONFIRMED, S.PENDING})


def can_transition(frm: AppointmentState, to: AppointmentState) -> bool:
    return to in TRANSITIONS.get(frm, frozenset())


class IllegalTransitionError(Exception):
    """A move the state machine does not allow (or an appointment that does not exist)."""

    def __init__(self, appointment_id: int, frm: AppointmentState | None, to: AppointmentState):
        what = "does not exist" if frm is None else f"cannot go {frm} -> {to}"
        super().__init__(f"appointment {appointment_id} {what}")
        self.appointment_id = appointment_id
        self.frm = frm
        self.to = to


@dataclass(frozen=True)
class Appointment:
    id: int
    call_id: str
    state: AppointmentState
    event_type_id: int
    # Cal.com user id of the stylist; None only for a row still pointing at a legacy stylist row
    # that has no Cal.com id yet (sync_catalog merges those).
    stylist_user_id: int | None
    service_slug: str
    start: datetime
    end: datetime
    caller_phone: str | None
    customer_name: str | None
    reservation_uid: str | None
    reservation_until: datetime | None
    request_id: str | None
    booking_uid: str | None
    booking_status: str | None
    rescheduled_from_id: int | None
    error: str | None
    created_at: datetime
    updated_at: datetime
    for_person: str | None = None  # whom the appointment is for; None: the caller
    guards_id: int | None = None  # a hold fencing the lost booking request of that appointment
    sent_at: datetime | None = None  # when its booking (or reservation) request left

    @property
    def final(self) -> bool:
        return self.state in FINAL


@dataclass(frozen=True)
class PendingRelease:
    """A reservation Cal.com has not confirmed released; retried until released or lapsed."""

    reservation_uid: str
    appointment_id: int | None
    call_id: str
    until: datetime | None
    attempts: int
    last_error: str | None
    created_at: datetime


@dataclass(frozen=True)
class CallerNotice:
    """An outcome settled after the call: the caller was told it was open and must be told it."""

    id: int
    call_id: str
    appointment_id: int
    caller_phone: str | None
    outcome: str  # the appointment's state when settled: confirmed | pending | failed | cancelled
    created_at: datetime


@dataclass(frozen=True)
class TimelineEvent:
    call_id: str
    at: datetime
    kind: str
    data: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True)
class StylistRow:
    """A local stylist row. `calcom_user_id` is the identity; None marks a legacy leftover."""

    id: int
    calcom_user_id: int | None
    username: str | None
    name: str
    email: str | None
    synced_at: datetime | None


@dataclass(frozen=True)
class CallRow:
    call_id: str
    caller_phone: str | None
    mode: str
    started_at: datetime
    ended_at: datetime | None
    end_reason: str | None
    worker_id: str | None = None  # the `serve` worker running it; None: another command's
    salon_id: str = DEFAULT_SALON


@dataclass(frozen=True)
class WorkerRow:
    """A `serve` worker on this ledger: who it is, its heartbeat, and its call load."""

    worker_id: str
    host: str
    pid: int
    started_at: datetime
    heartbeat_at: datetime | None = None  # set by the ledger on each beat
    stopped_at: datetime | None = None
    active_calls: int = 0
    reserved_calls: int = 0
    call_limit: int = 0
    accepting: bool = True
    draining: bool = False


@dataclass(frozen=True)
class DoneMark:
    """A dashboard item a person marked done (`key` names the item and its situation)."""

    key: str
    kind: str
    call_id: str | None
    appointment_id: int | None
    note: str
    done_at: datetime


@dataclass(frozen=True)
class CallPrivacy:
    """What a call's record says about personal data: recording consent and file, purge time."""

    call_id: str
    recording_consent: str | None  # given | refused | unclear; None: not asked
    recording_path: str | None
    purged_at: datetime | None


@dataclass(frozen=True)
class PurgeCounts:
    """What one purge removed (or, in a dry run, would remove)."""

    calls: int = 0  # calls whose transcript and caller number were removed
    timeline_entries: int = 0  # transcript entries deleted
    appointments: int = 0  # appointments whose caller number and names were removed
    recordings: list[str] = field(default_factory=list)  # recording files to delete


# -- messages for the salon and the outbox (issue 14) ---------------------------------------


class MessageKind(StrEnum):
    """What a message taken for the salon is about."""

    CALLBACK = "callback"  # the caller wants to be called back
    COMPLAINT = "complaint"
    QUESTION = "question"  # something the agent could not answer
    DATA_DELETION = "data_deletion"  # "Löschen Sie meine Daten": a request the salon handles


@dataclass(frozen=True)
class TakenMessage:
    """A message taken for the salon; open until a person marks `message:<id>` done."""

    id: int
    call_id: str
    kind: MessageKind
    name: str | None
    phone: str  # E.164: where the salon reaches the caller
    reason: str
    preferred_time: str | None
    created_at: datetime
    notifications_queued_at: datetime | None = None

    @property
    def done_key(self) -> str:
        return f"message:{self.id}"


class OutboxChannel(StrEnum):
    SMS = "sms"  # to a caller
    EMAIL = "email"  # to the salon
    WEBHOOK = "webhook"  # to the salon


@dataclass(frozen=True)
class OutboxItem:
    """Something to send that must not be lost: queued first, sent by a background sender."""

    id: int
    key: str  # one item per key: queuing the same thing twice is a no-op
    channel: OutboxChannel
    recipient: str
    subject: str | None
    body: str
    call_id: str | None
    message_id: int | None
    notice_id: int | None
    attempts: int
    next_attempt_at: datetime
    last_error: str | None
    provider_id: str | None
    created_at: datetime
    sent_at: datetime | None
    given_up_at: datetime | None


# -- what the workers share that is no salon's (schema version 9) ----------------------------


@dataclass(frozen=True)
class BudgetRow:
    """A Cal.com key's request budget: tokens left in its window, and the window's opening and
    end (on the database's clock); no window open when `ends_at` is None or past."""

    key: str
    remaining: int
    opened_at: datetime | None
    ends_at: datetime | None


@dataclass(frozen=True)
class SlotChange:
    """One worker's write (or a webhook it received) that changed a key's availability, for
    the other workers' kept slot answers. `everywhere`: nothing placed it; forget all."""

    id: int
    key: str
    origin: str  # the process that wrote it (`Ledger.instance`)
    event_type_ids: tuple[int, ...]
    host_user_id: int | None
    everywhere: bool
    at: datetime


@dataclass(frozen=True)
class TransferOutcome:
    """How a hand-over to the salon ended, as the provider told it (Telnyx: its call-control
    events); `message_id`: the message taken for the salon when nobody answered."""

    transfer_id: str
    call_id: str
    answered: bool
    cause: str  # the event or hangup cause that decided it (`call.answered`, `timeout`, ...)
    message_id: int | None
    decided_at: datetime
