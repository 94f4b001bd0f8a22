"""When Cal.com misbehaves: lost answers, timeouts, 5xx and 429s, injected by the sandbox.

What must hold: a booking is either seen in Cal.com or reported as an unknown outcome, never
invented; a booking POST is never re-sent blindly (no double booking); reads recover by
retrying; a 429 is waited out for as long as Cal.com asks.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta

import pytest

from calendar_adapter.backend import (
    Attendee,
    BookingOutcomeUnknownError,
    BookingRequest,
    RateLimitedError,
    ServerError,
)
from calendar_adapter.calcom import CalComClient
from tests.conftest import FRIDAY_10, berlin

FRIDAY_14 = berlin(2026, 11, 27, 14, 0)


class Waits(list):
    """An injected `sleep` that records what the client waited, without waiting."""

    async def __call__(self, seconds: float) -> None:
        self.append(seconds)


@pytest.fixture
def waits() -> Waits:
    return Waits()


@pytest.fixture
async def client(sandbox, salon, waits: Waits) -> AsyncIterator[CalComClient]:
    # A short timeout so a held ("timeout") request is given up on quickly.
    sandbox.faults.timeout_seconds = 2.0
    c = CalComClient(sandbox.url, sandbox.api_key, salon=salon, timeout=0.5, sleep=waits)
    try:
        yield c
    finally:
        await c.aclose()


@pytest.fixture
def dauerwelle(sandbox) -> int:
    return sandbox.event_type_id("fabian-spitzer", "dauerwelle")


def request_for(event_type_id: int, request_id: str = "call-1:book-1") -> BookingRequest:
    return BookingRequest(
        event_type_id=event_type_id,
        start=FRIDAY_10,
        attendee=Attendee(
            name="Anna Schmidt", time_zone="Europe/Berlin", phone_number="+4915112345678"
        ),
        request_id=request_id,
        metadata={"callId": "call-1"},
    )


def bookings_with(sandbox, request_id: str) -> list[dict]:
    return [b for b in sandbox.bookings() if b["metadata"].get("requestId") == request_id]


# ---------------------------------------------------------------------------------------------
# A booking's answer is lost
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", ["timeout", "5xx"])
async def test_a_lost_answer_to_a_committed_booking_becomes_the_found_booking(
    sandbox, client, dauerwelle, kind
):
    sandbox.faults.lose_response_after_commit(1, "POST /v2/bookings", kind=kind)
    booking = await client.create_booking(request_for(dauerwelle))
    (stored,) = bookings_with(sandbox, "call-1:book-1")  # exactly one: nothing was re-sent
    assert booking.uid == stored["uid"]
    assert booking.accepted
    assert booking.start == FRIDAY_10
    assert booking.metadata["requestId"] == "call-1:book-1"
    assert booking.found_by_lookup  # the caller's timeline can say how it was learned


async def test_an_answered_booking_is_not_marked_as_found_by_lookup(sandbox, client, dauerwelle):
    booking = await client.create_booking(request_for(dauerwelle))
    assert booking.accepted and not booking.found_by_lookup


async def test_a_lost_answer_to_a_booking_with_a_hold_finds_the_booking_that_consumed_it(
    sandbox, client, dauerwelle
):
    hold = await client.reserve_slot(dauerwelle, FRIDAY_10)
    sandbox.faults.lose_response_after_commit(1, "POST /v2/bookings", kind="timeout")
    request = request_for(dauerwelle)
    request = BookingRequest(**{**request.__dict__, "reserved_slot_uid": hold.uid})
    booking = await client.create_booking(request)
    assert booking.accepted and booking.start == FRIDAY_10
    assert sandbox.active_reservations() == []


async def test_a_booking_answered_without_a_uid_is_learned_by_looking_it_up(
    sandbox, client, dauerwelle
):
    sandbox.faults.answer_next(1, "no_uid")
    booking = await client.create_booking(request_for(dauerwelle))
    (stored,) = bookings_with(sandbox, "call-1:book-1")  # nothing re-sent
    assert booking.uid == stored["uid"] and booking.accepted
    assert booking.found_by_lookup


@pytest.mark.parametrize("data", [{}, {"uid": "", "id": 1}, [], None])
async def test_an_answer_that_is_no_booking_and_no_booking_found_is_an_unknown_outcome(
    sandbox, client, dauerwelle, data, monkeypatch
):
    """A 2xx whose data names no booking (and Cal.com shows none for the request): the
    outcome is unknown, never a booking with an empty uid."""

    monkeypatch.setattr(client, "_request", _answering(client._request, data))
    with pytest.raises(BookingOutcomeUnknownError):
        await client.create_booking(request_for(dauerwelle))
    assert sandbox.bookings() == []


def _answering(request, data):
    """`_request` with the booking POST answered by `data` (and not carried out)."""

    async def wrapped(method, path, **kwargs):
        if method == "POST" and path == "/v2/bookings":
            return data
        return await request(method, path, **kwargs)

    return wrapped


async def test_a_timeout_before_anything_was_committed_is_an_unknown_outcome(
    sandbox, client, dauerwelle
):
    sandbox.faults.fail_next(1, "timeout", "POST /v2/bookings")
    with pytest.raises(BookingOutcomeUnknownError) as err:
        await client.create_booking(request_for(dauerwelle))
    assert err.value.request_id == "call-1:book-1"
    assert sandbox.bookings() == []  # and no blind second attempt booked it


async def test_a_5xx_on_a_booking_is_looked_up_not_resent(sandbox, client, dauerwelle):
    # One failure only: had the client re-sent the POST, the second one would have booked.
    sandbox.faults.fail_next(1, "5xx", "POST /v2/bookings")
    with pytest.raises(BookingOutcomeUnknownError) as err:
        await client.create_booking(request_for(dauerwelle))
    assert err.value.request_id == "call-1:book-1"
    assert isinstance(err.value.cause, ServerError)
    assert sandbox.bookings() == []
    slots = await client.get_slots(dauerwelle, FRIDAY_10, FRIDAY_10 + timedelta(minutes=15))
    assert slots == [FRIDAY_10]


async def test_a_committed_booking_that_cannot_be_looked_up_stays_unknown(
    sandbox, client, dauerwelle
):
    sandbox.faults.lose_response_after_commit(1, "POST /v2/bookings", kind="5xx")
    sandbox.faults.fail_next(100, "5xx", "GET /v2/bookings")  # every lookup fails
    with pytest.raises(BookingOutcomeUnknownError):
        await client.create_booking(request_for(dauerwelle))
    # Unknown, not failed: the booking does exist, and reconciliation finds it later.
    assert len(bookings_with(sandbox, "call-1:book-1")) == 1
    sandbox.faults.clear()
    found = await client.find_booking_by_request_id(
        "call-1:book-1", event_type_id=dauerwelle, around=FRIDAY_10
    )
    assert found is not None and found.accepted


async def test_the_lookup_never_takes_another_callers_booking_for_ours(sandbox, client, dauerwelle):
    sandbox.place_booking(dauerwelle, FRIDAY_14, metadata={"requestId": "call-2:book-1"})
    sandbox.faults.fail_next(1, "5xx", "POST /v2/bookings")
    with pytest.raises(BookingOutcomeUnknownError):
        await client.create_booking(request_for(dauerwelle))


# ---------------------------------------------------------------------------------------------
# Reschedule and cancel answers lost
# ---------------------------------------------------------------------------------------------


async def test_a_lost_reschedule_answer_becomes_the_new_booking(sandbox, client, dauerwelle):
    old = await client.create_booking(request_for(dauerwelle))
    sandbox.faults.lose_response_after_commit(
        1, "POST /v2/bookings/{uid}/reschedule", kind="timeout"
    )
    moved = await client.reschedule_booking(old.uid, FRIDAY_14)
    assert moved.rescheduled_from_uid == old.uid
    assert moved.start == FRIDAY_14 and moved.accepted
    assert len([b for b in sandbox.bookings("accepted")]) == 1


async def test_a_reschedule_that_failed_before_commit_is_unknown_and_changes_nothing(
    sandbox, client, dauerwelle
):
    old = await client.create_booking(request_for(dauerwelle))
    sandbox.faults.fail_next(1, "5xx", "POST /v2/bookings/{uid}/reschedule")
    with pytest.raises(BookingOutcomeUnknownError):
        await client.reschedule_booking(old.uid, FRIDAY_14)
    (still,) = sandbox.bookings()
    assert still["uid"] == old.uid and still["status"] == "accepted"


async def test_a_lost_cancel_answer_is_confirmed_by_reading_the_booking(
    sandbox, client, dauerwelle
):
    booking = await client.create_booking(request_for(dauerwelle))
    sandbox.faults.lose_response_after_commit(1, "POST /v2/bookings/{uid}/cancel", kind="5xx")
    cancelled = await client.cancel_booking(booking.uid)
    assert cancelled.status == "cancelled"


async def test_a_cancel_that_never_happened_is_unknown_not_cancelled(sandbox, client, dauerwelle):
    booking = await client.create_booking(request_for(dauerwelle))
    sandbox.faults.fail_next(1, "5xx", "POST /v2/bookings/{uid}/cancel")
    with pytest.raises(BookingOutcomeUnknownError):
        await client.cancel_booking(booking.uid)
    assert sandbox.bookings()[0]["status"] == "accepted"


# ---------------------------------------------------------------------------------------------
# 429: wait as told
# ---------------------------------------------------------------------------------------------


async def test_a_429_on_a_read_is_waited_out_as_the_headers_say(sandbox, client, dauerwelle, waits):
    sandbox.faults.retry_after_seconds = 2
    sandbox.faults.fail_next(2, "429", "GET /v2/slots")
    slots = await client.get_slots(dauerwelle, FRIDAY_10, FRIDAY_10 + timedelta(hours=1))
    assert slots[0] == FRIDAY_10
    assert waits == [2.0, 2.0]


async def test_a_429_on_a_booking_is_waited_out_and_the_booking_sent_once_more(
    sandbox, client, dauerwelle, waits
):
    # A 429 was not processed, so sending the booking again cannot double-book.
    sandbox.faults.fail_next(1, "429", "POST /v2/bookings")
    booking = await client.create_booking(request_for(dauerwelle))
    assert booking.accepted
    assert waits == [1.0]
    assert len(bookings_with(sandbox, "call-1:book-1")) == 1


async def test_a_429_that_does_not_end_is_reported_with_its_wait(sandbox, salon, waits):
    sandbox.faults.retry_after_seconds = 7
    sandbox.faults.fail_next(10, "429", "GET /v2/bookings")
    async with CalComClient(
        sandbox.url, sandbox.api_key, salon=salon, sleep=waits, max_retries=2
    ) as client:
        with pytest.raises(RateLimitedError) as err:
            await client.list_bookings()
    assert err.value.retry_after == 7
    assert waits == [7.0, 7.0]


async def test_the_wait_for_a_429_is_capped(sandbox, salon, waits):
    sandbox.faults.retry_after_seconds = 600
    sandbox.faults.fail_next(1, "429", "GET /v2/bookings")
    async with CalComClient(
        sandbox.url, sandbox.api_key, salon=salon, sleep=waits, max_rate_limit_wait=30
    ) as client:
        assert await client.list_bookings() == []
    assert waits == [30.0]


# ---------------------------------------------------------------------------------------------
# Reads, DELETE and PATCH retry
# ---------------------------------------------------------------------------------------------


async def test_a_5xx_on_a_read_is_retried_until_it_succeeds(sandbox, client, dauerwelle, waits):
    sandbox.faults.fail_next(2, "5xx", "GET /v2/slots")
    slots = await client.get_slots(dauerwelle, FRIDAY_10, FRIDAY_10 + timedelta(hours=1))
    assert slots[0] == FRIDAY_10
    assert len(waits) == 2 and 0 < waits[0] < waits[1]  # exponential backoff


async def test_a_read_that_keeps_failing_gives_up_with_the_server_error(sandbox, salon, waits):
    sandbox.faults.fail_next(10, "5xx", "GET /v2/bookings")
    async with CalComClient(
        sandbox.url, sandbox.api_key, salon=salon, sleep=waits, max_retries=2
    ) as client:
        with pytest.raises(ServerError):
            await client.list_bookings()
    assert len(waits) == 2


async def test_a_timed_out_read_is_retried(sandbox, client, dauerwelle):
    booking = await client.create_booking(request_for(dauerwelle))
    sandbox.faults.fail_next(1, "timeout", "GET /v2/bookings/{uid}")
    again = await client.get_booking(booking.uid)
    assert again == booking


async def test_release_and_extend_of_a_hold_retry_through_server_errors(
    sandbox, client, dauerwelle
):
    hold = await client.reserve_slot(dauerwelle, FRIDAY_10)
    sandbox.faults.fail_next(1, "5xx", "PATCH /v2/slots/reservations/{uid}")
    extended = await client.extend_reservation(hold.uid, reservation_minutes=10)
    assert extended.reservation_minutes == 10
    sandbox.faults.fail_next(2, "5xx", "DELETE /v2/slots/reservations/{uid}")
    await client.release_reservation(hold.uid)
    assert sandbox.active_reservations() == []


async def test_a_reservation_is_not_resent_after_a_server_error(sandbox, client, dauerwelle):
    sandbox.faults.fail_next(1, "5xx", "POST /v2/slots/reservations")
    with pytest.raises(ServerError):
        await client.reserve_slot(dauerwelle, FRIDAY_10)
    assert sandbox.active_reservations() == []
