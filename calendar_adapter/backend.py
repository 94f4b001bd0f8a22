"""The seam between the booking tools and a calendar: models, typed errors, the protocol.

Everything crossing this seam is in UTC (aware datetimes). Speaking and reasoning in the salon's
zone happens above it, in `tools/`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol, runtime_checkable

# ---------------------------------------------------------------------------------------------
# Catalog
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Stylist:
    """A Cal.com user who cuts hair. `user_id` is the identity; names are for speech."""

    user_id: int
    username: str
    name: str
    email: str | None = None


@dataclass(frozen=True)
class Service:
    slug: str
    name: str
    minutes: int
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Offering:
    """One individual Cal.com event type: this stylist doing this service."""

    event_type_id: int
    stylist_user_id: int
    service_slug: str
    minutes: int
    title: str = ""


@dataclass(frozen=True)
class Catalog:
    stylists: tuple[Stylist, ...]
    services: tuple[Service, ...]
    offerings: tuple[Offering, ...]

    def stylist(self, user_id: int) -> Stylist | None:
        return next((s for s in self.stylists if s.user_id == user_id), None)

    def service(self, slug: str) -> Service | None:
        return next((s for s in self.services if s.slug == slug), None)

    def offering(self, stylist_user_id: int, service_slug: str) -> Offering | None:
        return next(
            (
                o
                for o in self.offerings
                if o.stylist_user_id == stylist_user_id and o.service_slug == service_slug
            ),
            None,
        )

    def offering_by_event_type(self, event_type_id: int) -> Offering | None:
        return next((o for o in self.offerings if o.event_type_id == event_type_id), None)

    def stylists_for(self, service_slug: str) -> list[Stylist]:
        ids = [o.stylist_user_id for o in self.offerings if o.service_slug == service_slug]
        return [s for s in self.stylists if s.user_id in ids]


# ---------------------------------------------------------------------------------------------
# Holds and bookings
# ---------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Reservation:
    """A Cal.com slot reservation (a hold)."""

    uid: str
    event_type_id: int
    slot_start: datetime
    slot_end: datetime
    slot_minutes: int
    reservation_minutes: int
    until: datetime


@dataclass(frozen=True)
class Attendee:
    name: str
    time_zone: str
    email: str | None = None
    phone_number: str | None = None
    language: str | None = None


@dataclass(frozen=True)
class BookingRequest:
    """What the tools ask Cal.com to book.

    `request_id` travels in the booking's metadata (`requestId`), so a booking whose response was
    lost can be found again: Cal.com has no client idempotency key.
    """

    event_type_id: int
    start: datetime
    attendee: Attendee
    request_id: str
    reserved_slot_uid: str | None = None
    metadata: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Booking:
    id: int
    uid: str
    status: str  # accepted | pending | cancelled | rejected
    start: datetime
    end: datetime
    event_type_id: int
    host_user_ids: tuple[int, ...]
    attendees: tuple[Attendee, ...]
    metadata: dict[str, Any] = field(default_factory=dict)
    rescheduled_from_uid: str | None = None
    rescheduled_to_uid: str | None = None
    cancellation_reason: str | None = None
    found_by_lookup: bool = False  # the write's answer was lost; this came from a lookup

    @property
    def accepted(self) -> bool:
        return self.status == "accepted"


# ---------------------------------------------------------------------------------------------
# Errors: decided by status code and Cal.com's message, never by guessing
# ---------------------------------------------------------------------------------------------


class CalendarError(Exception):
    """Base for every calendar failure. `retryable` says whether trying again can help."""

    retryable = False

    def __init__(self, message: str, *, status: int | None = None, code: str | None = None):
        super().__init__(message)
        self.message = message
        self.status = status
        self.code = code


class SlotUnavailableError(CalendarError):
    """The slot cannot be had: already booked or reserved (422), host busy (400), conflict
    (409)."""


class SlotHeldByOtherError(SlotUnavailableError):
    """A live reservation holds this slot: 409 on a booking (someone else's is the earliest
    unexpired hold), 422 on a reservation ("already reserved by another user"; Cal.com does not
    say whose, so it may be one of ours whose answer was lost)."""


class NotFoundError(CalendarError):
    pass


class UnauthorizedError(CalendarError):
    pass


class BadRequestError(CalendarError):
    pass


class RateLimitedError(CalendarError):
    retryable = True

    def __init__(self, message: str, *, retry_after: float, status: int | None = 429):
        super().__init__(message, status=status, code="rate_limited")
        self.retry_after = retry_after


class ServerError(CalendarError):
    """5xx: Cal.com answered that it failed; whether a write happened first is not said."""

    retryable = True


class TransportError(CalendarError):
    """No HTTP answer at all. Which kind decides what a write may have done."""

    retryable = True


class NotSentError(TransportError):
    """Cal.com could not be reached (the connection was never made): the request never left,
    so nothing happened and sending it again is safe, even a booking."""


class GaveWayError(NotSentError):
    """Background work's request gave way to the call's caller instead of waiting (for Cal.com's
    budget, or to retry): it never left, so nothing happened; the work comes back later."""


class AnswerLostError(TransportError):
    """The request may have reached Cal.com, and no (complete) answer came back: a write may
    have been carried out, or may still be."""


class CalendarTimeoutError(AnswerLostError):
    """No answer in time."""


class ConnectionLostError(AnswerLostError):
    """The connection dropped after the request may have been sent (no status to go by)."""


# Cal.com's answer that it did not carry out the request (it was processed and refused, or not
# processed at all): nothing happened, whatever the request was.
REFUSED: tuple[type[CalendarError], ...] = (
    SlotHeldByOtherError,
    SlotUnavailableError,
    NotFoundError,
    UnauthorizedError,
    BadRequestError,
    RateLimitedError,
)
# A request that provably changed nothing: refused, or never sent.
NOT_DONE: tuple[type[CalendarError], ...] = (*REFUSED, NotSentError)


class BookingOutcomeUnknownError(CalendarError):
    """A booking request was sent, its answer was lost, and no booking carrying its request id
    could be found (or Cal.com could not be asked). The honest state is `unknown`."""

    def __init__(self, message: str, *, request_id: str, cause: BaseException | None = None):
        super().__init__(message, code="outcome_unknown")
        self.request_id = request_id
        self.cause = cause


# ---------------------------------------------------------------------------------------------
# The protocol
# ---------------------------------------------------------------------------------------------


@runtime_checkable
class CalendarBackend(Protocol):
    """What the booking tools need from a calendar (Cal.com v2, or the embedded sandbox)."""

    async def get_catalog(self, *, refresh: bool = False) -> Catalog: ...

    async def get_slots(
        self, event_type_id: int, start: datetime, end: datetime, *, time_zone: str = "UTC"
    ) -> list[datetime]:
        """Free slot starts (UTC) in [start, end). Held slots are hidden, from the holder too."""
        ...

    async def reserve_slot(
        self, event_type_id: int, slot_start: datetime, *, reservation_minutes: int | None = None
    ) -> Reservation: ...

    async def get_reservation(self, uid: str) -> Reservation | None: ...

    async def extend_reservation(
        self, uid: str, *, reservation_minutes: int | None = None
    ) -> Reservation: ...

    async def release_reservation(self, uid: str) -> None: ...

    async def create_booking(self, request: BookingRequest) -> Booking:
        """Book. Never re-sent blindly; a lost answer is looked up by `request_id`, and if it
        cannot be found raises `BookingOutcomeUnknownError`."""
        ...

    async def find_booking_by_request_id(
        self, request_id: str, *, event_type_id: int | None = None, around: datetime | None = None
    ) -> Booking | None: ...

    async def get_booking(self, uid: str) -> Booking | None: ...

    async def list_bookings(
        self,
        *,
        attendee_email: str | None = None,
        event_type_id: int | None = None,
        after_start: datetime | None = None,
        before_end: datetime | None = None,
        status: str | None = None,
    ) -> list[Booking]: ...

    async def cancel_booking(self, uid: str, *, reason: str | None = None) -> Booking: ...

    async def reschedule_booking(
        self,
        uid: str,
        start: datetime,
        *,
        reserved_slot_uid: str | None = None,
        reason: str | None = None,
    ) -> Booking: ...

    async def aclose(self) -> None: ...
