"""The client's reading of Cal.com's answers, against a scripted transport: which typed error a
status and message become, what a 429 asks to wait, what a booking request carries."""

from __future__ import annotations

from datetime import UTC, datetime

import httpx
import pytest

from calendar_adapter.backend import (
    Attendee,
    BadRequestError,
    BookingRequest,
    NotFoundError,
    RateLimitedError,
    ServerError,
    SlotHeldByOtherError,
    SlotUnavailableError,
    UnauthorizedError,
)
from calendar_adapter.calcom import (
    CalComClient,
    NotSentError,
    error_from_response,
    parse_time,
    retry_after_seconds,
)


def _error(status: int, message: str, code: str | None = None, headers=None) -> httpx.Response:
    body = {"status": "error", "error": {"code": code or "X", "message": message}}
    return httpx.Response(status, json=body, headers=headers or {})


@pytest.mark.parametrize(
    ("status", "message", "code", "expected"),
    [
        (
            409,
            "Someone else reserved this booking time slot before you. ...",
            None,
            SlotHeldByOtherError,
        ),
        (409, "booking conflict", "booking_conflict", SlotUnavailableError),
        (422, "Can't reserve a slot if the event is already booked.", None, SlotUnavailableError),
        (
            422,
            "This time slot is already reserved by another user. Please choose a different time.",
            None,
            SlotHeldByOtherError,  # a reservation, told apart from a booking (issue 9)
        ),
        (
            400,
            "User either already has booking at this time or is not available",
            None,
            SlotUnavailableError,
        ),
        (400, "Attempting to book a meeting in the past.", None, BadRequestError),
        (422, "eventTypeId must be a number", None, BadRequestError),
        (404, "Booking with uid=x not found", None, NotFoundError),
        (401, "Invalid API key", None, UnauthorizedError),
        (403, "Forbidden", None, UnauthorizedError),
        (500, "Internal server error", None, ServerError),
        (503, "Unavailable", None, ServerError),
    ],
)
def test_errors_are_decided_by_status_and_message(status, message, code, expected):
    error = error_from_response(_error(status, message, code))
    assert type(error) is expected
    assert error.status == status
    assert error.message == message


def test_a_429_carries_the_wait_its_headers_ask_for():
    error = error_from_response(_error(429, "Too many requests", headers={"Retry-After": "7"}))
    assert isinstance(error, RateLimitedError)
    assert error.retry_after == 7


def test_a_429_as_cal_com_sends_it_waits_out_the_default_throttlers_reset():
    # Cal.com v2's throttler: named headers, reset in seconds to go, no Retry-After.
    headers = {
        "X-RateLimit-Limit-Default": "120",
        "X-RateLimit-Remaining-Default": "0",
        "X-RateLimit-Reset-Default": "42",
    }
    error = error_from_response(
        _error(429, "Too many requests. Please try again later.", headers=headers)
    )
    assert isinstance(error, RateLimitedError)
    assert error.retry_after == 42


@pytest.mark.parametrize(
    ("headers", "wait"),
    [
        ({"Retry-After": "12"}, 12.0),
        ({"Retry-After": "Thu, 01 Jan 2026 00:00:30 GMT"}, 30.0),
        ({"X-RateLimit-Reset": "5"}, 5.0),
        ({"X-RateLimit-Reset-default": "3"}, 3.0),
        ({"X-RateLimit-Reset-Default": "3", "X-RateLimit-Reset-Long": "50"}, 3.0),  # any frees it
        ({"Retry-After-Default": "6"}, 6.0),
        ({"X-RateLimit-Reset": "1767225620"}, 20.0),  # epoch seconds
        ({"X-RateLimit-Reset": "1767225620000"}, 20.0),  # epoch milliseconds
        ({}, 1.0),
        ({"Retry-After": "soon", "X-RateLimit-Reset": "4"}, 4.0),
    ],
)
def test_retry_after_is_read_from_whichever_header_cal_com_sent(headers, wait):
    now = datetime(2026, 1, 1, tzinfo=UTC).timestamp()
    assert retry_after_seconds(headers, now=now) == pytest.approx(wait)


def test_cal_com_times_become_aware_utc():
    assert parse_time("2026-11-27T10:00:00.000+01:00") == datetime(2026, 11, 27, 9, tzinfo=UTC)
    assert parse_time("2026-11-27T09:00:00.000Z") == datetime(2026, 11, 27, 9, tzinfo=UTC)


def _client(handler, salon, **kw) -> CalComClient:
    sleeps: list[float] = []

    async def record(seconds: float) -> None:
        sleeps.append(seconds)

    client = CalComClient(
        "http://calcom.test/v2",
        "cal_live_secret",
        salon=salon,
        http=httpx.AsyncClient(transport=httpx.MockTransport(handler)),
        sleep=record,
        **kw,
    )
    client.sleeps = sleeps  # type: ignore[attr-defined]
    return client


async def test_every_request_carries_the_bearer_key_and_its_endpoints_api_version(salon):
    seen: list[tuple[str, str, str | None]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(
            (
                request.url.path,
                request.headers["cal-api-version"],
                request.headers.get("authorization"),
            )
        )
        if request.url.path == "/v2/event-types":
            return httpx.Response(200, json={"status": "success", "data": []})
        if request.url.path == "/v2/slots":
            return httpx.Response(200, json={"status": "success", "data": {}})
        return httpx.Response(200, json={"status": "success", "data": []})

    client = _client(handler, salon)
    start = datetime(2026, 11, 27, 8, tzinfo=UTC)
    await client.get_catalog()
    await client.get_slots(1, start, start.replace(hour=17))
    await client.list_bookings(event_type_id=1)
    versions = {path: version for path, version, _ in seen}
    assert versions == {
        "/v2/event-types": "2024-06-14",
        "/v2/slots": "2024-09-04",
        "/v2/bookings": "2024-08-13",
    }
    assert {auth for _, _, auth in seen} == {"Bearer cal_live_secret"}
    assert client.authenticated


async def test_no_key_means_no_authorization_header(salon):
    headers: list[httpx.Headers] = []

    def handler(request: httpx.Request) -> httpx.Response:
        headers.append(request.headers)
        return httpx.Response(200, json={"status": "success", "data": {}})

    client = CalComClient(
        "http://calcom.test",
        None,
        salon=salon,
        http=httpx.AsyncClient(transport=httpx.MockTransport(handler)),
    )
    start = datetime(2026, 11, 27, 8, tzinfo=UTC)
    assert await client.get_slots(1, start, start.replace(hour=17)) == []
    assert "authorization" not in headers[0]
    assert not client.authenticated


async def test_a_read_is_retried_after_a_server_error_until_it_succeeds(salon):
    answers = [
        _error(502, "Bad gateway"),
        _error(500, "Internal"),
        httpx.Response(200, json={"status": "success", "data": None}),
    ]

    def handler(request: httpx.Request) -> httpx.Response:
        return answers.pop(0)

    client = _client(handler, salon)
    assert await client.get_reservation("r-1") is None
    assert answers == []
    assert len(client.sleeps) == 2
    assert client.sleeps[0] > 0


async def test_a_read_gives_up_after_max_retries_with_the_server_error(salon):
    calls = 0

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal calls
        calls += 1
        return _error(500, "Internal")

    client = _client(handler, salon, max_retries=2)
    with pytest.raises(ServerError):
        await client.get_booking("b-1")
    assert calls == 3


async def test_a_reservation_post_is_not_resent_after_a_server_error(salon):
    calls = 0

    def handler(request: httpx.Request) -> httpx.Response:
        nonlocal calls
        calls += 1
        return _error(500, "Internal")

    client = _client(handler, salon)
    with pytest.raises(ServerError):
        await client.reserve_slot(1, datetime(2026, 11, 27, 9, tzinfo=UTC))
    assert calls == 1


def _request(**metadata) -> BookingRequest:
    return BookingRequest(
        event_type_id=1,
        start=datetime(2026, 11, 27, 9, tzinfo=UTC),
        attendee=Attendee(name="Anna", time_zone="Europe/Berlin", phone_number="+4915112345678"),
        request_id="req-1",
        metadata=metadata,
    )


@pytest.mark.parametrize(
    "metadata",
    [
        {"k" * 41: "v"},
        {"note": "x" * 501},
        {f"k{i}": "v" for i in range(50)},  # + requestId = 51 keys
    ],
)
async def test_metadata_beyond_cal_coms_limits_is_refused_before_anything_is_sent(salon, metadata):
    def handler(request: httpx.Request) -> httpx.Response:
        raise AssertionError("nothing may be sent")

    client = _client(handler, salon)
    with pytest.raises(BadRequestError):
        await client.create_booking(_request(**metadata))


async def test_a_booking_carries_its_request_id_in_metadata(salon):
    import json

    bodies: list[dict] = []

    def handler(request: httpx.Request) -> httpx.Response:
        bodies.append(json.loads(request.content))
        return httpx.Response(
            201,
            json={
                "status": "success",
                "data": {
                    "id": 7,
                    "uid": "bk-7",
                    "status": "accepted",
                    "start": "2026-11-27T09:00:00.000Z",
                    "end": "2026-11-27T09:30:00.000Z",
                    "eventTypeId": 1,
                    "hosts": [{"id": 3}],
                    "attendees": [{"name": "Anna", "timeZone": "Europe/Berlin"}],
                    "metadata": bodies[-1]["metadata"],
                },
            },
        )

    client = _client(handler, salon)
    booking = await client.create_booking(_request(callId="call-9"))
    assert bodies[0]["metadata"] == {"requestId": "req-1", "callId": "call-9"}
    assert bodies[0]["attendee"]["phoneNumber"] == "+4915112345678"
    assert booking.uid == "bk-7" and booking.accepted and booking.host_user_ids == (3,)


# ---------------------------------------------------------------------------------------------
# Cal.com's own answer shapes (from its v2 output DTOs), not the sandbox's: the client must read
# what the real service sends, or the contract suite would only prove client and sandbox agree.
# ---------------------------------------------------------------------------------------------


def _event_type_2024_06_14(et_id: int, owner: int, username: str, name: str, slug: str) -> dict:
    """EventTypeOutput_2024_06_14: its `users` (User_2024_06_14) carry no e-mail."""
    return {
        "id": et_id,
        "ownerId": owner,
        "lengthInMinutes": 135 if slug == "dauerwelle" else 30,
        "title": slug.title(),
        "slug": slug,
        "description": "",
        "locations": [],
        "bookingFields": [],
        "disableGuests": False,
        "schedulingType": None,
        "recurrence": None,
        "metadata": {},
        "requiresConfirmation": False,
        "users": [
            {
                "id": owner,
                "name": name,
                "username": username,
                "avatarUrl": None,
                "weekStart": "Monday",
                "brandColor": None,
                "darkBrandColor": None,
                "metadata": {},
            }
        ],
    }


def _booking_2024_08_13(uid: str, status: str = "accepted", **extra) -> dict:
    """BookingOutput_2024_08_13 as POST /v2/bookings, /cancel and /reschedule answer it."""
    return {
        "id": 812,
        "uid": uid,
        "title": "Dauerwelle bei Fabian Spitzer",
        "description": "",
        "hosts": [
            {
                "id": 2001,
                "name": "Fabian Spitzer",
                "email": "fabian@salon-spitzer.example",
                "displayEmail": "fabian@salon-spitzer.example",
                "username": "fabian-spitzer",
                "timeZone": "Europe/Berlin",
            }
        ],
        "status": status,
        "start": "2026-11-27T09:00:00.000Z",
        "end": "2026-11-27T11:15:00.000Z",
        "duration": 135,
        "eventTypeId": 7003,
        "eventType": {"id": 7003, "slug": "dauerwelle"},
        "location": "Salon",
        "absentHost": False,
        "createdAt": "2026-11-24T08:00:00.000Z",
        "updatedAt": None,
        "metadata": {"requestId": "call-1:book-1"},
        "attendees": [
            {
                "name": "Anna Becker",
                "email": "anna@example.com",
                "displayEmail": "anna@example.com",
                "timeZone": "Europe/Berlin",
                "language": "de",
                "absent": False,
                "phoneNumber": "+4915112345678",
            }
        ],
        "guests": [],
        "bookingFieldsResponses": {},
        **extra,
    }


async def test_the_catalog_reads_cal_coms_event_types_without_user_emails(salon):
    ids = {"fabian-spitzer": 2001, "lena-hoffmann": 2002}

    def handler(request: httpx.Request) -> httpx.Response:
        username = request.url.params["username"]
        owner = ids.get(username)
        data = (
            [
                _event_type_2024_06_14(owner * 10 + 1, owner, username, "Fabian S.", "dauerwelle"),
                _event_type_2024_06_14(owner * 10 + 2, owner, username, "Fabian S.", "webinar"),
            ]
            if owner
            else []
        )
        return httpx.Response(200, json={"status": "success", "data": data})

    catalog = await _client(handler, salon).get_catalog()
    assert [s.user_id for s in catalog.stylists] == [2001, 2002]
    fabian = catalog.stylist(2001)
    assert fabian is not None
    assert (fabian.username, fabian.name) == ("fabian-spitzer", "Fabian S.")
    assert fabian.email == "fabian@salon-spitzer.example"  # from the salon file
    offering = catalog.offering(2001, "dauerwelle")
    assert offering is not None
    assert (offering.event_type_id, offering.minutes) == (20011, 135)
    assert catalog.offering_by_event_type(20012) is None  # "webinar" is no service


async def test_a_created_booking_is_read_from_cal_coms_answer(salon):
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(201, json={"status": "success", "data": _booking_2024_08_13("b-1")})

    booking = await _client(handler, salon).create_booking(_request())
    assert (booking.uid, booking.status, booking.accepted) == ("b-1", "accepted", True)
    assert booking.start == datetime(2026, 11, 27, 9, tzinfo=UTC)
    assert booking.event_type_id == 7003
    assert booking.host_user_ids == (2001,)
    assert booking.attendees[0].phone_number == "+4915112345678"
    assert booking.metadata == {"requestId": "call-1:book-1"}


async def test_cancel_and_reschedule_are_read_from_cal_coms_answers(salon):
    paths: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        paths.append(f"{request.method} {request.url.path}")
        if request.url.path.endswith("/cancel"):
            data = _booking_2024_08_13("b-1", "cancelled", cancellationReason="Krank")
            return httpx.Response(200, json={"status": "success", "data": data})
        data = _booking_2024_08_13(
            "b-2", start="2026-11-27T13:00:00.000Z", rescheduledFromUid="b-1"
        )
        return httpx.Response(201, json={"status": "success", "data": data})

    client = _client(handler, salon)
    cancelled = await client.cancel_booking("b-1", reason="Krank")
    assert (cancelled.uid, cancelled.status) == ("b-1", "cancelled")
    assert cancelled.cancellation_reason == "Krank"
    moved = await client.reschedule_booking("b-1", datetime(2026, 11, 27, 13, tzinfo=UTC))
    assert (moved.uid, moved.rescheduled_from_uid) == ("b-2", "b-1")
    assert moved.start == datetime(2026, 11, 27, 13, tzinfo=UTC)
    # both answers carried the booking: no second request to read it
    assert paths == ["POST /v2/bookings/b-1/cancel", "POST /v2/bookings/b-1/reschedule"]


async def test_a_booking_that_never_left_is_not_looked_up_nor_called_unknown(salon):
    paths: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        paths.append(f"{request.method} {request.url.path}")
        raise httpx.ConnectError("connection refused", request=request)

    client = _client(handler, salon, max_retries=2)
    with pytest.raises(NotSentError):
        await client.create_booking(_request())
    # a refused connection sent nothing, so trying again is safe; then it gives up, no lookup
    assert paths == ["POST /v2/bookings"] * 3
