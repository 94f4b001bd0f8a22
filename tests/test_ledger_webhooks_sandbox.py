"""The webhook mapping against the embedded Cal.com: the sandbox signs and posts real webhook
bodies to a subscriber on loopback, and the ledger follows what happened in the calendar."""

from __future__ import annotations

import asyncio
import json

import pytest

from calendar_adapter.backend import Attendee, BookingRequest
from calendar_adapter.ledger import Appointment, AppointmentState, Ledger
from calendar_adapter.webhooks import SIGNATURE_HEADER, apply_webhook, verify_signature
from tests.conftest import WebhookReceiver, berlin

S = AppointmentState
SECRET = "whsec_salon"


class Subscriber(WebhookReceiver):
    async def next(self, trigger: str) -> dict:
        """The next delivery of `trigger` that our own verifier accepts, as the server would."""
        while True:
            headers, body = await asyncio.wait_for(self.deliveries.get(), timeout=30)
            assert verify_signature(SECRET, body, headers.get(SIGNATURE_HEADER.lower()))
            event = json.loads(body)
            if event["triggerEvent"] == trigger:
                return event


@pytest.fixture
async def subscriber(sandbox, api):
    async with Subscriber() as sub:
        r = await api.post(
            "/v2/webhooks", json={"subscriberUrl": sub.url, "secret": SECRET, "active": True}
        )
        assert r.status_code == 201, r.text
        yield sub


async def book_through_ledger(sandbox, calendar, ledger: Ledger, call_id: str) -> Appointment:
    """What the booking tools do: hold, record the hold, book with it, record the confirmation."""
    await ledger.sync_catalog(await calendar.get_catalog())
    fabian = sandbox.user_id("fabian-spitzer")
    perm = sandbox.event_type_id("fabian-spitzer", "dauerwelle")
    res = await calendar.reserve_slot(perm, berlin(2026, 11, 27, 10))
    appt = await ledger.add_held(
        call_id=call_id,
        reservation=res,
        stylist_user_id=fabian,
        service_slug="dauerwelle",
        caller_phone="+4915112345678",
    )
    await ledger.transition(appt.id, S.BOOKING, request_id=f"req-{call_id}")
    booking = await calendar.create_booking(
        BookingRequest(
            event_type_id=perm,
            start=res.slot_start,
            attendee=Attendee(
                name="Anna Schmidt", time_zone="Europe/Berlin", phone_number="+4915112345678"
            ),
            request_id=f"req-{call_id}",
            reserved_slot_uid=res.uid,
            metadata={"callId": call_id},
        )
    )
    assert booking.accepted
    return await ledger.transition(
        appt.id, S.CONFIRMED, booking_uid=booking.uid, booking_status=booking.status
    )


async def test_the_created_webhook_of_our_own_booking_changes_nothing(
    sandbox, calendar, ledger, subscriber
):
    appt = await book_through_ledger(sandbox, calendar, ledger, "call-1")

    event = await subscriber.next("BOOKING_CREATED")

    assert await apply_webhook(ledger, event) == "unchanged"
    assert await ledger.get(appt.id) == appt
    assert [e.data["uid"] for e in await ledger.timeline("call-1")] == [appt.booking_uid]


async def test_a_cancellation_made_in_cal_com_reaches_the_ledger(
    sandbox, calendar, ledger, subscriber
):
    appt = await book_through_ledger(sandbox, calendar, ledger, "call-1")
    await subscriber.next("BOOKING_CREATED")

    await calendar.cancel_booking(appt.booking_uid, reason="Salon geschlossen")
    event = await subscriber.next("BOOKING_CANCELLED")

    assert await apply_webhook(ledger, event) == "cancelled"
    assert (await ledger.get(appt.id)).state is S.CANCELLED
    assert await apply_webhook(ledger, event) == "duplicate"


async def test_a_move_made_in_cal_com_reaches_the_ledger(sandbox, calendar, ledger, subscriber):
    appt = await book_through_ledger(sandbox, calendar, ledger, "call-1")
    await subscriber.next("BOOKING_CREATED")

    moved = await calendar.reschedule_booking(appt.booking_uid, berlin(2026, 11, 28, 10))
    event = await subscriber.next("BOOKING_RESCHEDULED")

    assert await apply_webhook(ledger, event) == "rescheduled"
    assert (await ledger.get(appt.id)).state is S.RESCHEDULED
    new = await ledger.find_by_booking_uid(moved.uid)
    assert new.state is S.CONFIRMED and new.rescheduled_from_id == appt.id
    assert (new.start, new.end) == (moved.start, moved.end)
    assert new.stylist_user_id == sandbox.user_id("fabian-spitzer")
