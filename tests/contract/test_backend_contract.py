"""The CalendarBackend contract: what the booking tools may rely on, whichever calendar is behind.

One suite, two calendars: the embedded sandbox over real HTTP (always), and the real Cal.com when
CALCOM_API_KEY, CALCOM_TEST_EVENT_TYPE_ID and CALCOM_TEST_USERNAME are set. Behaviour that needs
a movable clock or an injected fault (expiry, rate limit, webhooks, busy host across event types)
is checked on the sandbox only.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import httpx
import pytest

from calendar_adapter.backend import (
    Attendee,
    BadRequestError,
    Booking,
    BookingRequest,
    CalendarBackend,
    NotFoundError,
    RateLimitedError,
    Reservation,
    SlotHeldByOtherError,
    SlotUnavailableError,
    UnauthorizedError,
)
from calendar_adapter.calcom import CalComClient
from calendar_adapter.clock import Clock, FixedClock, SystemClock
from calendar_adapter.salon import SalonFile, StaffSpec, load_salon
from tests.conftest import PINNED_NOW, WebhookReceiver

REAL_ENV = ("CALCOM_API_KEY", "CALCOM_TEST_EVENT_TYPE_ID", "CALCOM_TEST_USERNAME")
REAL_CONFIGURED = all(os.environ.get(k) for k in REAL_ENV)


@dataclass
class Target:
    """A calendar under test, the event type to play with, and what to clean up afterwards."""

    name: str
    client: CalComClient
    clock: Clock
    event_type_id: int
    username: str
    sandbox: object | None = None
    bookings: list[str] = field(default_factory=list)
    holds: list[str] = field(default_factory=list)

    async def free_slots(self, n: int) -> list[datetime]:
        """`n` free slot starts, at least an hour apart, from tomorrow on."""
        start = self.clock.now() + timedelta(days=1)
        slots = await self.client.get_slots(self.event_type_id, start, start + timedelta(days=7))
        spaced: list[datetime] = []
        for s in slots:
            if not spaced or s - spaced[-1] >= timedelta(hours=3):
                spaced.append(s)
        assert len(spaced) >= n, f"{self.name}: not enough free slots for the test"
        return spaced[:n]

    async def slots_on(self, day_start: datetime) -> list[datetime]:
        return await self.client.get_slots(
            self.event_type_id, day_start - timedelta(hours=12), day_start + timedelta(hours=12)
        )

    async def reserve(self, at: datetime, **kw) -> Reservation:
        hold = await self.client.reserve_slot(self.event_type_id, at, **kw)
        self.holds.append(hold.uid)
        return hold

    async def book(self, at: datetime, *, reserved: str | None = None, **kw) -> Booking:
        booking = await self.client.create_booking(self.request(at, reserved=reserved, **kw))
        self.bookings.append(booking.uid)
        return booking

    def request(self, at: datetime, *, reserved: str | None = None, **kw) -> BookingRequest:
        return BookingRequest(
            event_type_id=kw.pop("event_type_id", self.event_type_id),
            start=at,
            attendee=Attendee(
                name="Anna Contract",
                time_zone="Europe/Berlin",
                email=kw.pop("email", "anna.contract@example.com"),
                phone_number="+4915112345678",
                language="de",
            ),
            request_id=kw.pop("request_id", f"contract-{uuid.uuid4().hex[:12]}"),
            reserved_slot_uid=reserved,
            metadata=kw.pop("metadata", {"source": "contract-suite"}),
        )

    async def cleanup(self) -> None:
        for uid in self.holds:
            try:
                await self.client.release_reservation(uid)
            except Exception:
                pass
        for uid in self.bookings:
            try:
                booking = await self.client.get_booking(uid)
                if booking is not None and booking.status in ("accepted", "pending"):
                    await self.client.cancel_booking(uid, reason="contract suite cleanup")
            except Exception:
                pass


def sandbox_only(target: Target) -> None:
    if target.sandbox is None:
        pytest.skip("needs the sandbox (a movable clock or injected faults)")


@pytest.fixture(
    params=[
        "sandbox",
        pytest.param(
            "calcom",
            marks=pytest.mark.skipif(
                not REAL_CONFIGURED, reason=f"real Cal.com needs {', '.join(REAL_ENV)}"
            ),
        ),
    ]
)
async def target(request, salon: SalonFile) -> AsyncIterator[Target]:
    sb = None
    if request.param == "sandbox":
        from calendar_adapter.sandbox import Sandbox

        sb = await Sandbox(
            salon=salon, clock=FixedClock(PINNED_NOW), rate_limit_per_minute=10_000
        ).start()
        client = CalComClient(sb.url, sb.api_key, salon=salon, timeout=5.0, backoff_base=0.01)
        t = Target(
            "sandbox",
            client,
            sb.clock,
            sb.event_type_id("fabian-spitzer", "herrenhaarschnitt"),
            "fabian-spitzer",
            sandbox=sb,
        )
    else:
        username = os.environ["CALCOM_TEST_USERNAME"]
        real_salon = salon.model_copy(
            update={
                "staff": [
                    StaffSpec(
                        username=username,
                        name=username,
                        email=f"{username}@example.com",
                        services=[s.slug for s in salon.services],
                    )
                ]
            }
        )
        client = CalComClient(
            os.environ.get("CALCOM_BASE_URL", "https://api.cal.com"),
            os.environ["CALCOM_API_KEY"],
            salon=real_salon,
        )
        t = Target(
            "calcom", client, SystemClock(), int(os.environ["CALCOM_TEST_EVENT_TYPE_ID"]), username
        )
    try:
        yield t
    finally:
        await t.cleanup()
        await t.client.aclose()
        if sb is not None:
            await sb.stop()


# ---------------------------------------------------------------------------------------------
# Catalog and slots
# ---------------------------------------------------------------------------------------------


async def test_the_client_is_a_calendar_backend(target: Target):
    assert isinstance(target.client, CalendarBackend)
    assert target.client.authenticated


async def test_catalog_keys_stylists_by_their_cal_com_user_id(target: Target):
    catalog = await target.client.get_catalog()
    assert all(
        o.stylist_user_id in {s.user_id for s in catalog.stylists} for o in catalog.offerings
    )
    if target.sandbox is None:
        return
    sb = target.sandbox
    salon = load_salon()
    assert {s.user_id for s in catalog.stylists} == {sb.user_id(p.username) for p in salon.staff}
    for person in salon.staff:
        for slug in person.services:
            offering = catalog.offering(sb.user_id(person.username), slug)
            assert offering is not None, (person.username, slug)
            assert offering.event_type_id == sb.event_type_id(person.username, slug)
            assert offering.minutes == catalog.service(slug).minutes
    fabian = catalog.stylist(sb.user_id("fabian-spitzer"))
    assert fabian.name == "Fabian Spitzer" and fabian.username == "fabian-spitzer"
    assert catalog.offering(sb.user_id("mehmet-yilmaz"), "dauerwelle") is None


async def test_catalog_is_cached_until_a_refresh_is_asked_for(target: Target):
    first = await target.client.get_catalog()
    assert await target.client.get_catalog() is first
    refreshed = await target.client.get_catalog(refresh=True)
    assert refreshed is not first
    assert refreshed == first


async def test_slots_are_aware_utc_starts_inside_the_window(target: Target):
    start = target.clock.now() + timedelta(days=1)
    end = start + timedelta(days=2)
    slots = await target.client.get_slots(target.event_type_id, start, end)
    assert slots, "the test event type has free slots in the next days"
    assert slots == sorted(slots)
    assert all(s.utcoffset() == timedelta(0) and start <= s < end for s in slots)


async def test_sandbox_slots_follow_opening_hours_in_the_salons_zone(target: Target):
    sandbox_only(target)
    from tests.conftest import berlin

    # Friday 2026-11-27: open 09:00-18:00 Berlin; a 30-minute cut on a 15-minute grid.
    slots = await target.client.get_slots(
        target.event_type_id, berlin(2026, 11, 27, 0), berlin(2026, 11, 28, 0)
    )
    assert slots[0] == berlin(2026, 11, 27, 9, 0)
    assert slots[-1] == berlin(2026, 11, 27, 17, 30)
    assert len(slots) == 35
    # Monday is closed.
    assert (
        await target.client.get_slots(
            target.event_type_id, berlin(2026, 11, 30, 0), berlin(2026, 12, 1, 0)
        )
        == []
    )


async def test_slots_of_an_unknown_event_type_are_not_found(target: Target):
    start = target.clock.now() + timedelta(days=1)
    with pytest.raises(NotFoundError):
        await target.client.get_slots(987654321, start, start + timedelta(days=1))


# ---------------------------------------------------------------------------------------------
# Holds
# ---------------------------------------------------------------------------------------------


async def test_a_held_slot_is_hidden_from_everybody_the_holder_too(target: Target):
    (slot,) = await target.free_slots(1)
    hold = await target.reserve(slot)
    assert hold.slot_start == slot
    assert hold.event_type_id == target.event_type_id
    assert hold.until > target.clock.now()
    assert slot not in await target.slots_on(slot)
    if target.sandbox is not None:  # a second, unauthenticated caller sees the same
        async with CalComClient(target.sandbox.url, None, salon=load_salon()) as anonymous:
            assert slot not in await anonymous.get_slots(
                target.event_type_id, slot - timedelta(hours=1), slot + timedelta(hours=1)
            )


async def test_a_held_slot_cannot_be_reserved_a_second_time(target: Target):
    (slot,) = await target.free_slots(1)
    await target.reserve(slot)
    with pytest.raises(SlotUnavailableError) as err:
        await target.reserve(slot)
    assert err.value.status == 422


async def test_a_booked_slot_cannot_be_reserved(target: Target):
    (slot,) = await target.free_slots(1)
    await target.book(slot)
    with pytest.raises(SlotUnavailableError) as err:
        await target.reserve(slot)
    assert err.value.status == 422


async def test_booking_with_someone_elses_reservation_is_refused_as_held(target: Target):
    slot, elsewhere = await target.free_slots(2)
    await target.reserve(slot)  # the other caller's hold
    mine = await target.reserve(elsewhere)
    with pytest.raises(SlotHeldByOtherError) as err:
        await target.book(slot, reserved=mine.uid)
    assert err.value.status == 409
    with pytest.raises(SlotHeldByOtherError):
        await target.book(slot)  # nor without any reservation


async def test_a_hold_is_consumed_by_its_booking(target: Target):
    (slot,) = await target.free_slots(1)
    hold = await target.reserve(slot)
    booking = await target.book(slot, reserved=hold.uid)
    assert booking.accepted
    assert booking.start == slot
    assert await target.client.get_reservation(hold.uid) is None
    if target.sandbox is not None:
        assert hold.uid not in {r["reservationUid"] for r in target.sandbox.active_reservations()}


async def test_a_reservation_can_be_read_back(target: Target):
    (slot,) = await target.free_slots(1)
    hold = await target.reserve(slot)
    again = await target.client.get_reservation(hold.uid)
    assert again == hold
    assert await target.client.get_reservation(str(uuid.uuid4())) is None


async def test_releasing_a_hold_frees_the_slot(target: Target):
    (slot,) = await target.free_slots(1)
    hold = await target.reserve(slot)
    await target.client.release_reservation(hold.uid)
    assert await target.client.get_reservation(hold.uid) is None
    assert slot in await target.slots_on(slot)
    with pytest.raises(NotFoundError):
        await target.client.release_reservation(hold.uid)


async def test_extending_a_hold_moves_its_end(target: Target):
    (slot,) = await target.free_slots(1)
    hold = await target.reserve(slot, reservation_minutes=5)
    longer = await target.client.extend_reservation(hold.uid, reservation_minutes=10)
    assert longer.uid == hold.uid and longer.slot_start == slot
    assert longer.until > hold.until
    assert longer.reservation_minutes == 10
    with pytest.raises(NotFoundError):
        await target.client.extend_reservation(str(uuid.uuid4()))


async def test_reserving_for_an_unknown_event_type_is_not_found(target: Target):
    (slot,) = await target.free_slots(1)
    with pytest.raises(NotFoundError):
        await target.client.reserve_slot(987654321, slot)


async def test_a_hold_expires_on_the_clock(target: Target):
    sandbox_only(target)
    clock: FixedClock = target.clock  # type: ignore[assignment]
    (slot,) = await target.free_slots(1)
    hold = await target.reserve(slot)
    assert hold.until == clock.now() + timedelta(minutes=5)  # Cal.com's default hold
    clock.advance(timedelta(minutes=4))
    assert slot not in await target.slots_on(slot)
    extended = await target.client.extend_reservation(hold.uid)
    assert extended.until == clock.now() + timedelta(minutes=5)  # PATCH restarts the hold
    clock.advance(timedelta(minutes=5, seconds=1))
    assert await target.client.get_reservation(hold.uid) is None
    assert slot in await target.slots_on(slot)
    other = await target.reserve(slot)  # someone else may take it now
    assert other.uid != hold.uid


# ---------------------------------------------------------------------------------------------
# Bookings
# ---------------------------------------------------------------------------------------------


async def test_a_booking_is_accepted_and_reads_back_the_same(target: Target):
    (slot,) = await target.free_slots(1)
    request = target.request(slot, metadata={"callId": "call-1"})
    booking = await target.client.create_booking(request)
    target.bookings.append(booking.uid)
    assert booking.accepted and booking.uid
    assert booking.start == slot and booking.end > slot
    assert booking.event_type_id == target.event_type_id
    assert booking.metadata["requestId"] == request.request_id
    assert booking.metadata["callId"] == "call-1"
    assert booking.attendees[0].name == "Anna Contract"
    assert booking.host_user_ids
    assert await target.client.get_booking(booking.uid) == booking
    assert slot not in await target.slots_on(slot)


async def test_a_booking_can_be_found_by_its_request_id_and_by_filters(target: Target):
    slot, other = await target.free_slots(2)
    mine = await target.book(slot, email="filter.me@example.com")
    await target.book(other, email="someone.else@example.com")
    found = await target.client.find_booking_by_request_id(
        mine.metadata["requestId"], event_type_id=target.event_type_id, around=slot
    )
    assert found == mine
    assert (
        await target.client.find_booking_by_request_id(
            "never-sent", event_type_id=target.event_type_id, around=slot
        )
        is None
    )
    by_email = await target.client.list_bookings(attendee_email="filter.me@example.com")
    assert [b.uid for b in by_email] == [mine.uid]
    in_window = await target.client.list_bookings(
        event_type_id=target.event_type_id,
        after_start=slot - timedelta(minutes=1),
        before_end=slot + timedelta(hours=2),
    )
    assert mine.uid in {b.uid for b in in_window}
    assert all(b.event_type_id == target.event_type_id for b in in_window)


async def test_an_unknown_booking_is_none(target: Target):
    assert await target.client.get_booking("no-such-booking-uid") is None


async def test_the_same_host_and_time_cannot_be_booked_twice(target: Target):
    (slot,) = await target.free_slots(1)
    await target.book(slot)
    with pytest.raises(SlotUnavailableError) as err:
        await target.book(slot)
    assert err.value.status in (400, 409)


async def test_another_length_at_the_same_start_is_busy_not_a_duplicate(target: Target):
    """Cal.com's duplicate key is start + end + host: the same start in an event type of
    another length is refused as busy (400), never as the same booking (409)."""
    sandbox_only(target)
    (slot,) = await target.free_slots(1)
    await target.book(slot)
    other = target.sandbox.event_type_id("fabian-spitzer", "damenhaarschnitt")
    with pytest.raises(SlotUnavailableError) as err:
        await target.book(slot, event_type_id=other)
    assert err.value.status == 400
    assert "already has booking" in err.value.message


async def test_a_busy_host_is_unavailable_in_another_of_their_event_types(target: Target):
    sandbox_only(target)
    (slot,) = await target.free_slots(1)
    await target.book(slot)
    other = target.sandbox.event_type_id("fabian-spitzer", "damenhaarschnitt")
    with pytest.raises(SlotUnavailableError) as err:
        await target.book(slot + timedelta(minutes=15), event_type_id=other)
    assert err.value.status == 400
    assert "already has booking" in err.value.message


async def test_a_booking_in_the_past_is_a_bad_request(target: Target):
    past = target.clock.now() - timedelta(days=1)
    with pytest.raises(BadRequestError) as err:
        await target.book(past.replace(minute=0, second=0, microsecond=0))
    assert err.value.status == 400


async def test_cancelling_a_booking_frees_its_slot(target: Target):
    (slot,) = await target.free_slots(1)
    booking = await target.book(slot)
    cancelled = await target.client.cancel_booking(booking.uid, reason="Kunde hat abgesagt")
    assert cancelled.uid == booking.uid
    assert cancelled.status == "cancelled"
    assert (await target.client.get_booking(booking.uid)).status == "cancelled"
    assert slot in await target.slots_on(slot)
    with pytest.raises(NotFoundError):
        await target.client.cancel_booking("no-such-booking-uid")


async def test_rescheduling_makes_a_new_booking_pointing_to_the_old(target: Target):
    slot, later = await target.free_slots(2)
    booking = await target.book(slot)
    hold = await target.reserve(later)
    moved = await target.client.reschedule_booking(
        booking.uid, later, reserved_slot_uid=hold.uid, reason="passt besser"
    )
    target.bookings.append(moved.uid)
    assert moved.uid != booking.uid
    assert moved.rescheduled_from_uid == booking.uid
    assert moved.start == later and moved.accepted
    old = await target.client.get_booking(booking.uid)
    assert old.status == "cancelled"
    assert await target.client.get_reservation(hold.uid) is None
    assert slot in await target.slots_on(slot)
    assert later not in await target.slots_on(later)
    with pytest.raises(NotFoundError):
        await target.client.reschedule_booking("no-such-booking-uid", later)


async def test_rescheduling_into_someone_elses_hold_is_refused(target: Target):
    slot, held = await target.free_slots(2)
    booking = await target.book(slot)
    await target.reserve(held)
    with pytest.raises(SlotHeldByOtherError):
        await target.client.reschedule_booking(booking.uid, held)
    assert (await target.client.get_booking(booking.uid)).accepted


# ---------------------------------------------------------------------------------------------
# Auth, rate limit, webhooks
# ---------------------------------------------------------------------------------------------


async def test_a_wrong_api_key_is_unauthorized(target: Target):
    async with CalComClient(
        target.client.base_url, "cal_wrong_key", salon=load_salon()
    ) as intruder:
        with pytest.raises(UnauthorizedError) as err:
            await intruder.list_bookings()
    assert err.value.status in (401, 403)


async def test_a_spent_rate_limit_is_a_rate_limited_error_with_the_wait(salon):
    from calendar_adapter.sandbox import Sandbox
    from calendar_adapter.sandbox.ratelimit import RateLimiter

    async with Sandbox(clock=FixedClock(PINNED_NOW)) as sb:
        sb.limiter = RateLimiter(3, monotonic=lambda: 1000.0)  # real time stands still
        waits: list[float] = []

        async def record(seconds: float) -> None:
            waits.append(seconds)

        async with CalComClient(
            sb.url, sb.api_key, salon=salon, sleep=record, max_retries=2, max_rate_limit_wait=120
        ) as client:
            for _ in range(3):
                assert await client.list_bookings() == []
            with pytest.raises(RateLimitedError) as err:
                await client.list_bookings()
    # The fourth request blocked the key for 60 s (X-RateLimit-Reset-Default); the client waited
    # that long before each retry, then gave up with the wait it was told.
    assert err.value.retry_after == 60
    assert waits == [60, 60]


async def test_webhooks_are_signed_with_the_subscribers_secret(target: Target):
    sandbox_only(target)
    secret = "whsec_contract"
    async with WebhookReceiver() as receiver:
        async with httpx.AsyncClient(base_url=target.client.base_url) as http:
            r = await http.post(
                "/v2/webhooks",
                headers={"Authorization": f"Bearer {target.sandbox.api_key}"},
                json={
                    "subscriberUrl": receiver.url,
                    "triggers": ["BOOKING_CREATED", "BOOKING_RESCHEDULED", "BOOKING_CANCELLED"],
                    "secret": secret,
                    "active": True,
                },
            )
            assert r.status_code in (200, 201), r.text
        slot, later = await target.free_slots(2)
        booking = await target.book(slot)
        moved = await target.client.reschedule_booking(booking.uid, later)
        await target.client.cancel_booking(moved.uid)
        events = [await receiver.next_signed(secret) for _ in range(3)]

    triggers = [(e["triggerEvent"], e["payload"]["uid"]) for e in events]
    assert sorted(triggers) == sorted(
        [
            ("BOOKING_CREATED", booking.uid),
            ("BOOKING_RESCHEDULED", moved.uid),
            ("BOOKING_CANCELLED", moved.uid),
        ]
    )
