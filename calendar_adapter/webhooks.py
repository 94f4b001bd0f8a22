"""Cal.com webhooks into the ledger: what happened to a booking outside this agent's calls.

A booking can be cancelled or moved in Cal.com by the salon or by the customer's e-mail link. The
webhook keeps the ledger honest about that, so "steht mein Termin noch?" is answered from facts.
Cal.com may deliver one event more than once; applying it again changes nothing.
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
from datetime import datetime
from typing import Any, Protocol
from weakref import WeakKeyDictionary

from loguru import logger

from . import booking_outcome
from .backend import Attendee, Booking
from .ledger import AppointmentState, IllegalTransitionError, Ledger

SIGNATURE_HEADER = "X-Cal-Signature-256"
WEBHOOK_CALL_ID = "webhook"  # timeline bucket for events no call of ours is named in

CREATED = "BOOKING_CREATED"
CANCELLED = "BOOKING_CANCELLED"
RESCHEDULED = "BOOKING_RESCHEDULED"
HANDLED = (CREATED, CANCELLED, RESCHEDULED)
# Triggers after which a stylist's free slots may look different (kept slot answers forgotten).
CHANGES_SLOTS = (*HANDLED, "BOOKING_REQUESTED", "BOOKING_REJECTED")

# What apply_webhook returns.
IGNORED = "ignored"  # a trigger this agent does not act on (no timeline entry)
DUPLICATE = "duplicate"  # this delivery was applied before
RECORDED = "recorded"  # a booking the ledger does not know: timeline entry only
UNCHANGED = "unchanged"  # a known booking already in the state the event describes
IN_FLIGHT = "in_flight"  # our own tool is recording this very reschedule; left to it
CANCELLED_OUTCOME = "cancelled"
RESCHEDULED_OUTCOME = "rescheduled"


# One delivery at a time per ledger: a redelivery racing the original must see it as applied,
# or the timeline could record the loser's "unchanged" instead of what the winner did.
_apply_locks: WeakKeyDictionary[Ledger, asyncio.Lock] = WeakKeyDictionary()


class AvailabilityListener(Protocol):
    """Told when a booking changed a stylist's calendar (the Cal.com client's request gate)."""

    def availability_changed(
        self, *, event_type_id: int | None = None, host_user_id: int | None = None
    ) -> None: ...


class WebhookPayloadError(ValueError):
    """The body is not a Cal.com booking webhook (answer 400, do not retry)."""


def verify_signature(secret: str, raw_body: bytes, header: str | None) -> bool:
    """True when `header` is the hex HMAC-SHA256 of the raw body under `secret`.

    Without a secret nothing can be verified, so nothing is accepted: a server that wants unsigned
    webhooks must decide that explicitly, not by an empty setting.
    """
    if not secret or not header:
        return False
    given = header.strip().lower().removeprefix("sha256=")
    expected = hmac.new(secret.encode("utf-8"), raw_body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected.encode("ascii"), given.encode("utf-8", "replace"))


def delivery_key(event: dict[str, Any]) -> str:
    """The same delivery, redelivered, has the same body: hash its canonical form."""
    canonical = json.dumps(event, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


async def apply_webhook(
    ledger: Ledger, event: dict[str, Any], *, availability: AvailabilityListener | None = None
) -> str:
    """Record one Cal.com booking webhook in the ledger; returns what it did (see the outcomes).

    - A booking event first tells `availability` (kept slot answers of that stylist are
      forgotten; of every stylist when neither the event type nor the organizer is known), for
      any booking, ours or not, and for a redelivery too.

    - Every handled event leaves one `webhook_received` timeline entry, on the call named in the
      booking's metadata (`callId`), else on the synthetic call id "webhook".
    - BOOKING_CANCELLED of a known confirmed/pending booking moves it to `cancelled`.
    - BOOKING_RESCHEDULED of a known booking moves the old row to `rescheduled` and adds the new
      booking as its own row (`confirmed`, or `pending` if Cal.com says so), linked to the old one.
    - Bookings the ledger does not know only get the timeline entry.
    """
    trigger, payload = _parse(event)
    if availability is not None and trigger in CHANGES_SLOTS:
        _tell_availability(availability, payload)
    if trigger not in HANDLED:
        logger.debug("webhook {} ignored", trigger)
        return IGNORED
    lock = _apply_locks.setdefault(ledger, asyncio.Lock())
    async with lock:
        return await _apply(ledger, event, trigger, payload)


async def _apply(
    ledger: Ledger, event: dict[str, Any], trigger: str, payload: dict[str, Any]
) -> str:
    key = delivery_key(event)
    if await ledger.webhook_seen(key):
        return DUPLICATE

    uid = _str(payload.get("uid"))
    metadata = payload.get("metadata") if isinstance(payload.get("metadata"), dict) else {}
    call_id = _str(metadata.get("callId")) or WEBHOOK_CALL_ID
    details: dict[str, Any] = {}

    if trigger == CANCELLED:
        outcome = await _cancelled(ledger, uid, payload)
        details["reason"] = _str(payload.get("cancellationReason"))
    elif trigger == RESCHEDULED:
        outcome, details = await _rescheduled(ledger, uid, payload)
    else:
        outcome = UNCHANGED if uid and await ledger.find_by_booking_uid(uid) else RECORDED

    data = {
        "trigger": trigger,
        "uid": uid,
        "booking_id": payload.get("bookingId"),
        "status": _str(payload.get("status")),
        "start": payload.get("startTime"),
        "end": payload.get("endTime"),
        "event_type_id": payload.get("eventTypeId"),
        "created_at": event.get("createdAt"),
        "outcome": outcome,
        **details,
    }
    recorded = await ledger.record_webhook(
        key, call_id=call_id, trigger=trigger, booking_uid=uid, outcome=outcome, data=data
    )
    logger.info("webhook {} uid={} -> {}", trigger, uid, outcome)
    return outcome if recorded else DUPLICATE


async def _cancelled(ledger: Ledger, uid: str | None, payload: dict[str, Any]) -> str:
    appt = await ledger.find_by_booking_uid(uid) if uid else None
    if appt is None:
        return RECORDED
    cancelled = _booking(uid, {**payload, "status": "cancelled"}, live_only=False)
    if cancelled is None:  # a cancellation payload need not carry times: the uid says enough
        cancelled = Booking(
            id=0,
            uid=appt.booking_uid or "",
            status="cancelled",
            start=appt.start,
            end=appt.end,
            event_type_id=appt.event_type_id,
            host_user_ids=(),
            attendees=(),
        )
    try:
        changed = await booking_outcome.record_calendar_state(ledger, appt, cancelled)
    except IllegalTransitionError:  # moved by a concurrent delivery or tool call meanwhile
        return UNCHANGED
    return CANCELLED_OUTCOME if changed is not None else UNCHANGED


async def _rescheduled(
    ledger: Ledger, new_uid: str | None, payload: dict[str, Any]
) -> tuple[str, dict[str, Any]]:
    old_uid = _rescheduled_from(payload)
    details: dict[str, Any] = {"rescheduled_from_uid": old_uid}
    old = await ledger.find_by_booking_uid(old_uid) if old_uid else None
    if old is None:
        return RECORDED, details

    booking = _booking(new_uid, payload)
    if booking is not None and await ledger.find_by_booking_uid(booking.uid) is None:
        in_flight = await ledger.in_flight_at(booking.event_type_id, booking.start)
        if in_flight:
            # The webhook overtook the answer to our own reschedule request: the tool records
            # both rows when the answer arrives (and recovery if it never does). Writing them
            # here too would make the tool's own, correct write fail.
            details["in_flight_appointment_id"] = in_flight[0].id
            return IN_FLIGHT, details

    was_live = old.state in (AppointmentState.CONFIRMED, AppointmentState.PENDING)
    try:
        retired = await booking_outcome.retire_moved(ledger, old)
    except IllegalTransitionError:  # changed by a concurrent delivery or tool call meanwhile
        retired = False
    if not retired:
        details["old_state"] = old.state.value
        return UNCHANGED, details  # e.g. cancelled here first: do not resurrect it
    outcome = RESCHEDULED_OUTCOME if was_live else UNCHANGED

    if booking is None:
        details["new_booking"] = "not recorded: no uid, times or accepted/pending status"
        return outcome, details
    if await ledger.find_by_booking_uid(booking.uid) is None:
        try:
            new = await booking_outcome.record_move(ledger, old, booking)
        except ValueError as exc:  # an event type the synced catalog does not know
            details["new_booking"] = f"not recorded: {exc}"
        else:
            if new is not None:
                details["new_appointment_id"] = new.id
                outcome = RESCHEDULED_OUTCOME
    return outcome, details


def _tell_availability(availability: AvailabilityListener, payload: dict[str, Any]) -> None:
    event_type_id = payload.get("eventTypeId")
    organizer = payload.get("organizer") if isinstance(payload.get("organizer"), dict) else {}
    host = organizer.get("id")
    availability.availability_changed(
        event_type_id=event_type_id if _is_id(event_type_id) else None,
        host_user_id=host if _is_id(host) else None,
    )


def _is_id(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _parse(event: Any) -> tuple[str, dict[str, Any]]:
    if not isinstance(event, dict):
        raise WebhookPayloadError("webhook body is not a JSON object")
    trigger = event.get("triggerEvent")
    payload = event.get("payload")
    if not isinstance(trigger, str) or not trigger:
        raise WebhookPayloadError("webhook body has no triggerEvent")
    if trigger in HANDLED and not isinstance(payload, dict):
        raise WebhookPayloadError(f"{trigger} without a payload object")
    return trigger, payload if isinstance(payload, dict) else {}


def _rescheduled_from(payload: dict[str, Any]) -> str | None:
    """Cal.com names the original booking `rescheduleUid`; newer payloads also use these."""
    for key in ("rescheduleUid", "rescheduledFromUid", "fromReschedule"):
        if value := _str(payload.get(key)):
            return value
    original = payload.get("originalRescheduledBooking")
    return _str(original.get("uid")) if isinstance(original, dict) else None


def _booking(uid: str | None, payload: dict[str, Any], *, live_only: bool = True) -> Booking | None:
    """The booking a webhook payload describes, if it is complete (and, with `live_only`,
    accepted or pending: the new booking of a reschedule)."""
    status = (_str(payload.get("status")) or "").lower()
    start, end = _time(payload.get("startTime")), _time(payload.get("endTime"))
    event_type_id = payload.get("eventTypeId")
    if live_only and booking_outcome.state_for(status) is None:
        return None
    if not uid or not status or not start or not end:
        return None
    if not isinstance(event_type_id, int):
        return None
    organizer = payload.get("organizer") if isinstance(payload.get("organizer"), dict) else {}
    host = organizer.get("id")
    attendees = tuple(
        Attendee(
            name=str(a.get("name") or ""),
            time_zone=str(a.get("timeZone") or "UTC"),
            email=_str(a.get("email")),
            phone_number=_str(a.get("phoneNumber")),
            language=_language(a.get("language")),
        )
        for a in payload.get("attendees") or []
        if isinstance(a, dict)
    )
    metadata = payload.get("metadata") if isinstance(payload.get("metadata"), dict) else {}
    return Booking(
        id=int(payload.get("bookingId") or 0),
        uid=uid,
        status=status,
        start=start,
        end=end,
        event_type_id=event_type_id,
        host_user_ids=(host,) if isinstance(host, int) else (),
        attendees=attendees,
        metadata=dict(metadata),
        rescheduled_from_uid=_rescheduled_from(payload),
    )


def _language(value: Any) -> str | None:
    """Cal.com sends `{"locale": "de"}` in webhooks and a plain string elsewhere."""
    return _str(value.get("locale")) if isinstance(value, dict) else _str(value)


def _time(value: Any) -> datetime | None:
    if not isinstance(value, str):
        return None
    try:
        at = datetime.fromisoformat(value)
    except ValueError:
        return None
    return at if at.tzinfo else None


def _str(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    return value.strip() or None
