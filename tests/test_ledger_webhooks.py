"""Cal.com webhooks keep the ledger honest about bookings changed outside our calls: the salon
cancels in Cal.com, a customer moves the appointment by e-mail link, a delivery arrives twice."""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
from datetime import timedelta

import pytest

from calendar_adapter.backend import Booking
from calendar_adapter.booking_outcome import record_from_calendar
from calendar_adapter.clock import FixedClock
from calendar_adapter.ledger import Appointment, AppointmentState, Ledger
from calendar_adapter.webhooks import (
    WEBHOOK_CALL_ID,
    WebhookPayloadError,
    apply_webhook,
    verify_signature,
)
from tests.conftest import FRIDAY_10, record_hold
from tests.conftest import PINNED_NOW as T0

S = AppointmentState
FABIAN, PERM = 101, 5003
CALLER = "+4915112345678"


@pytest.fixture
async def ledger(ledger_url):
    ledger = await Ledger.open(ledger_url, clock=FixedClock(T0))
    try:
        yield ledger
    finally:
        await ledger.close()


async def booked(
    ledger: Ledger, uid: str = "bk-1", call_id: str = "call-1", final: str = "confirmed"
) -> Appointment:
    appt = await record_hold(
        ledger, call_id=call_id, uid=f"res-{uid}", event_type_id=PERM, caller_phone=CALLER
    )
    await ledger.transition(
        appt.id, S.BOOKING, request_id=f"req-{uid}", customer_name="Anna Schmidt"
    )
    return await ledger.transition(appt.id, S(final), booking_uid=uid, booking_status="accepted")


def webhook(
    trigger: str, uid: str, *, call_id: str | None = "call-1", start=FRIDAY_10, **extra
) -> dict:
    """A body in the shape Cal.com posts (see design.md)."""
    metadata = {"requestId": "req-x"} | ({"callId": call_id} if call_id else {})
    return {
        "triggerEvent": trigger,
        "createdAt": extra.pop("createdAt", "2026-11-24T08:30:00.000Z"),
        "payload": {
            "type": "dauerwelle-fabian-spitzer",
            "title": "Dauerwelle zwischen Fabian Spitzer und Anna Schmidt",
            "uid": uid,
            "bookingId": 42,
            "startTime": start.isoformat().replace("+00:00", "Z"),
            "endTime": (start + timedelta(minutes=135)).isoformat().replace("+00:00", "Z"),
            "status": "ACCEPTED",
            "eventTypeId": PERM,
            "organizer": {
                "id": FABIAN,
                "name": "Fabian Spitzer",
                "email": "fabian@salon-spitzer.example",
                "username": "fabian-spitzer",
                "timeZone": "Europe/Berlin",
            },
            "attendees": [
                {
                    "name": "Anna Schmidt",
                    "email": "anna@example.com",
                    "timeZone": "Europe/Berlin",
                    "phoneNumber": "+4915112345678",
                    "language": {"locale": "de"},
                }
            ],
            "metadata": metadata,
            **extra,
        },
    }


def sign(secret: str, body: bytes) -> str:
    return hmac.new(secret.encode(), body, hashlib.sha256).hexdigest()


# -- signatures -----------------------------------------------------------------------------


def test_only_the_exact_body_signed_with_our_secret_is_accepted():
    body = json.dumps(webhook("BOOKING_CANCELLED", "bk-1")).encode()
    good = sign("s3cret", body)

    assert verify_signature("s3cret", body, good)
    assert verify_signature("s3cret", body, good.upper())
    assert verify_signature("s3cret", body, f"sha256={good}")
    assert not verify_signature("other", body, good)
    assert not verify_signature("s3cret", body.replace(b"bk-1", b"bk-2"), good)
    assert not verify_signature("s3cret", body, None)
    assert not verify_signature("s3cret", body, "")
    assert not verify_signature("s3cret", body, "zz" + good[2:])
    assert not verify_signature("s3cret", body, "ä" * 64)
    assert not verify_signature("", body, sign("", body))  # no secret configured: nothing verifies


# -- cancellations --------------------------------------------------------------------------


async def test_a_booking_cancelled_in_cal_com_is_cancelled_in_the_ledger(ledger: Ledger):
    appt = await booked(ledger)

    outcome = await apply_webhook(
        ledger, webhook("BOOKING_CANCELLED", "bk-1", cancellationReason="Krank")
    )

    assert outcome == "cancelled"
    now = await ledger.get(appt.id)
    assert (now.state, now.booking_status, now.booking_uid) == (S.CANCELLED, "cancelled", "bk-1")
    [entry] = await ledger.timeline("call-1")
    assert entry.kind == "webhook_received"
    assert entry.data["trigger"] == "BOOKING_CANCELLED"
    assert (entry.data["uid"], entry.data["outcome"], entry.data["reason"]) == (
        "bk-1",
        "cancelled",
        "Krank",
    )


async def test_a_pending_booking_declined_in_cal_com_is_cancelled(ledger: Ledger):
    appt = await booked(ledger, final="pending")
    assert await apply_webhook(ledger, webhook("BOOKING_CANCELLED", "bk-1")) == "cancelled"
    assert (await ledger.get(appt.id)).state is S.CANCELLED


async def test_a_repeated_delivery_changes_nothing_and_is_logged_once(ledger: Ledger):
    appt = await booked(ledger)
    event = webhook("BOOKING_CANCELLED", "bk-1")

    assert await apply_webhook(ledger, event) == "cancelled"
    after_first = await ledger.get(appt.id)
    assert await apply_webhook(ledger, json.loads(json.dumps(event))) == "duplicate"

    assert await ledger.get(appt.id) == after_first
    assert len(await ledger.timeline("call-1")) == 1
    # the same news sent again as a new delivery: logged, but the booking is not touched twice
    again = webhook("BOOKING_CANCELLED", "bk-1", createdAt="2026-11-24T08:31:00.000Z")
    assert await apply_webhook(ledger, again) == "unchanged"
    assert await ledger.get(appt.id) == after_first


async def test_racing_redeliveries_apply_once(ledger: Ledger):
    appt = await booked(ledger)
    event = webhook("BOOKING_CANCELLED", "bk-1")

    outcomes = await asyncio.gather(*(apply_webhook(ledger, dict(event)) for _ in range(8)))

    assert sorted(outcomes) == ["cancelled"] + ["duplicate"] * 7
    assert (await ledger.get(appt.id)).state is S.CANCELLED
    assert [e.data["outcome"] for e in await ledger.timeline("call-1")] == ["cancelled"]


async def test_a_cancellation_of_a_booking_we_do_not_know_is_only_logged(ledger: Ledger):
    mine = await booked(ledger)

    outcome = await apply_webhook(ledger, webhook("BOOKING_CANCELLED", "bk-web", call_id=None))

    assert outcome == "recorded"
    assert (await ledger.get(mine.id)).state is S.CONFIRMED
    assert await ledger.find_by_booking_uid("bk-web") is None
    [entry] = await ledger.timeline(WEBHOOK_CALL_ID)
    assert (entry.data["uid"], entry.data["outcome"]) == ("bk-web", "recorded")


async def test_a_cancellation_never_touches_a_booking_in_a_final_state(ledger: Ledger):
    appt = await booked(ledger)
    await ledger.transition(appt.id, S.RESCHEDULED)

    assert await apply_webhook(ledger, webhook("BOOKING_CANCELLED", "bk-1")) == "unchanged"
    assert (await ledger.get(appt.id)).state is S.RESCHEDULED


# -- reschedules ----------------------------------------------------------------------------


async def test_a_booking_moved_in_cal_com_becomes_a_new_confirmed_row(ledger: Ledger):
    old = await booked(ledger)
    later = FRIDAY_10 + timedelta(days=1, hours=1)
    event = webhook(
        "BOOKING_RESCHEDULED", "bk-2", start=later, rescheduleUid="bk-1", rescheduleId=41
    )

    assert await apply_webhook(ledger, event) == "rescheduled"

    assert (await ledger.get(old.id)).state is S.RESCHEDULED
    new = await ledger.find_by_booking_uid("bk-2")
    assert new.state is S.CONFIRMED and new.booking_status == "accepted"
    assert (new.start, new.end) == (later, later + timedelta(minutes=135))
    assert new.rescheduled_from_id == old.id
    assert (new.call_id, new.stylist_user_id, new.service_slug) == ("call-1", FABIAN, "dauerwelle")
    assert (new.customer_name, new.caller_phone) == ("Anna Schmidt", "+4915112345678")
    [entry] = await ledger.timeline("call-1")
    assert entry.data["rescheduled_from_uid"] == "bk-1"
    assert entry.data["new_appointment_id"] == new.id

    assert await apply_webhook(ledger, event) == "duplicate"
    assert len(await ledger.appointments_for_call("call-1")) == 2


async def test_a_reschedule_our_own_tool_already_recorded_is_left_alone(ledger: Ledger):
    old = await booked(ledger)
    later = FRIDAY_10 + timedelta(hours=2)
    await ledger.transition(old.id, S.RESCHEDULED)
    ours = await record_from_calendar(
        ledger,
        call_id="call-1",
        booking=Booking(
            id=43,
            uid="bk-2",
            status="accepted",
            start=later,
            end=later + timedelta(minutes=135),
            event_type_id=PERM,
            host_user_ids=(FABIAN,),
            attendees=(),
            rescheduled_from_uid="bk-1",
        ),
        stylist_user_id=FABIAN,
        service_slug="dauerwelle",
        rescheduled_from_id=old.id,
    )

    event = webhook("BOOKING_RESCHEDULED", "bk-2", start=later, rescheduleUid="bk-1")
    assert await apply_webhook(ledger, event) == "unchanged"
    assert await ledger.find_by_booking_uid("bk-2") == ours
    assert len(await ledger.appointments_for_call("call-1")) == 2


async def test_a_cancelled_booking_is_not_resurrected_by_a_late_reschedule(ledger: Ledger):
    old = await booked(ledger)
    await ledger.transition(old.id, S.CANCELLED)

    event = webhook("BOOKING_RESCHEDULED", "bk-2", rescheduleUid="bk-1")
    assert await apply_webhook(ledger, event) == "unchanged"
    assert await ledger.find_by_booking_uid("bk-2") is None


async def test_a_reschedule_awaiting_approval_is_recorded_as_pending(ledger: Ledger):
    await booked(ledger)
    event = webhook("BOOKING_RESCHEDULED", "bk-2", rescheduleUid="bk-1", status="PENDING")
    assert await apply_webhook(ledger, event) == "rescheduled"
    assert (await ledger.find_by_booking_uid("bk-2")).state is S.PENDING


async def test_a_reschedule_without_a_usable_new_booking_still_retires_the_old_row(ledger: Ledger):
    old = await booked(ledger)
    event = webhook("BOOKING_RESCHEDULED", "bk-2", rescheduleUid="bk-1", status="REJECTED")

    assert await apply_webhook(ledger, event) == "rescheduled"
    assert (await ledger.get(old.id)).state is S.RESCHEDULED
    assert await ledger.find_by_booking_uid("bk-2") is None
    [entry] = await ledger.timeline("call-1")
    assert entry.data["new_booking"].startswith("not recorded")


async def test_a_reschedule_of_an_unknown_booking_is_only_logged(ledger: Ledger):
    event = webhook("BOOKING_RESCHEDULED", "bk-2", rescheduleUid="bk-web", call_id=None)
    assert await apply_webhook(ledger, event) == "recorded"
    assert await ledger.find_by_booking_uid("bk-2") is None
    assert [e.data["outcome"] for e in await ledger.timeline(WEBHOOK_CALL_ID)] == ["recorded"]


# -- creations and other triggers -----------------------------------------------------------


async def test_created_bookings_are_logged_and_never_invent_appointments(ledger: Ledger):
    await booked(ledger)

    assert await apply_webhook(ledger, webhook("BOOKING_CREATED", "bk-1")) == "unchanged"
    assert (
        await apply_webhook(ledger, webhook("BOOKING_CREATED", "bk-web", call_id=None))
        == "recorded"
    )

    assert await ledger.find_by_booking_uid("bk-web") is None
    assert [e.data["outcome"] for e in await ledger.timeline("call-1")] == ["unchanged"]
    assert [e.data["uid"] for e in await ledger.timeline(WEBHOOK_CALL_ID)] == ["bk-web"]


async def test_other_triggers_are_ignored_and_garbage_is_refused(ledger: Ledger):
    assert (
        await apply_webhook(ledger, {"triggerEvent": "MEETING_ENDED", "payload": {}}) == "ignored"
    )
    assert await ledger.timeline(WEBHOOK_CALL_ID) == []
    for body in (
        [],
        {},
        {"triggerEvent": ""},
        {"triggerEvent": "BOOKING_CANCELLED", "payload": "x"},
    ):
        with pytest.raises(WebhookPayloadError):
            await apply_webhook(ledger, body)


async def test_a_webhook_overtaking_our_own_reschedule_leaves_the_writes_to_the_tool(
    ledger: Ledger,
):
    old = await booked(ledger)
    later = FRIDAY_10 + timedelta(hours=3)
    # the reschedule tool holds the new slot and has sent the request; Cal.com's answer is on its way
    new_hold = await record_hold(
        ledger,
        call_id="call-2",
        uid="res-new",
        event_type_id=PERM,
        start=later,
        caller_phone=CALLER,
    )
    await ledger.transition(new_hold.id, S.BOOKING)

    event = webhook("BOOKING_RESCHEDULED", "bk-2", start=later, rescheduleUid="bk-1")
    assert await apply_webhook(ledger, event) == "in_flight"
    assert (await ledger.get(old.id)).state is S.CONFIRMED
    assert await ledger.find_by_booking_uid("bk-2") is None

    # ... so the tool's own writes, when the answer arrives, go through
    await ledger.transition(old.id, S.RESCHEDULED)
    done = await ledger.transition(
        new_hold.id, S.CONFIRMED, booking_uid="bk-2", rescheduled_from_id=old.id
    )
    assert done.state is S.CONFIRMED
    [entry] = await ledger.timeline("call-1")
    assert entry.data["in_flight_appointment_id"] == new_hold.id
