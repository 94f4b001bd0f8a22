"""Who may talk to the sandbox, how often, and what it tells subscribers: auth, rate limit,
signed webhooks, and the admin endpoint that is off unless asked for."""

from __future__ import annotations

import httpx
import pytest

from calendar_adapter.sandbox import Sandbox
from calendar_adapter.sandbox.ratelimit import RateLimiter
from tests.conftest import FRIDAY_10_ISO as FRIDAY_10
from tests.conftest import WebhookReceiver, booking_body


@pytest.mark.parametrize(
    ("method", "path"),
    [("GET", "/v2/me"), ("GET", "/v2/bookings"), ("GET", "/v2/webhooks"), ("POST", "/v2/webhooks")],
)
async def test_protected_endpoints_need_the_key(sandbox, method, path):
    async with httpx.AsyncClient(base_url=sandbox.url) as anon:
        r = await anon.request(method, path, json={} if method == "POST" else None)
    assert r.status_code == 401
    assert r.json()["status"] == "error"
    assert r.json()["error"]["code"] == "UnauthorizedException"


async def test_a_wrong_key_is_refused_even_on_public_endpoints(sandbox):
    async with httpx.AsyncClient(
        base_url=sandbox.url, headers={"Authorization": "Bearer cal_wrong"}
    ) as wrong:
        r = await wrong.get("/v2/me")
        assert r.status_code == 401
        assert "X-RateLimit-Remaining-Default" in r.headers
        cut = sandbox.event_type_id("mehmet-yilmaz", "herrenhaarschnitt")
        r = await wrong.get(
            "/v2/slots", params={"eventTypeId": cut, "start": "2026-11-27", "end": "2026-11-27"}
        )
        assert r.status_code == 401


async def test_me_answers_with_the_key(api):
    r = await api.get("/v2/me")
    assert r.status_code == 200
    assert r.json()["status"] == "success"
    assert isinstance(r.json()["data"]["id"], int)


class Stopwatch:
    """Real time for the rate limiter, moved by the test: no test waits on the wall clock."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


async def test_the_rate_limit_answers_429_with_cal_coms_headers_per_key(clock):
    watch = Stopwatch()
    async with Sandbox(clock=clock) as sb:
        sb.limiter = RateLimiter(3, monotonic=watch)
        auth = {"Authorization": f"Bearer {sb.api_key}"}
        async with httpx.AsyncClient(base_url=sb.url, headers=auth) as api:
            answers = []
            for _ in range(3):
                answers.append(await api.get("/v2/me"))
                watch.now += 10
            assert [r.status_code for r in answers] == [200, 200, 200]
            assert [r.headers["X-RateLimit-Remaining-Default"] for r in answers] == ["2", "1", "0"]
            assert all(r.headers["X-RateLimit-Limit-Default"] == "3" for r in answers)
            # seconds to the end of the 60-second window that began with the first request
            assert [r.headers["X-RateLimit-Reset-Default"] for r in answers] == ["60", "50", "40"]

            r = await api.get("/v2/me")
            assert r.status_code == 429
            assert r.json()["status"] == "error"
            assert r.json()["error"]["message"] == "Too many requests. Please try again later."
            assert r.headers["X-RateLimit-Remaining-Default"] == "0"
            # passing the limit blocks the key for 60 seconds from now; no Retry-After, like Cal.com
            assert r.headers["X-RateLimit-Reset-Default"] == "60"
            assert "Retry-After" not in r.headers

            watch.now += 45  # the window has turned over, the block has not
            r = await api.get("/v2/me")
            assert (r.status_code, r.headers["X-RateLimit-Reset-Default"]) == (429, "15")

            watch.now += 15
            r = await api.get("/v2/me")
            assert r.status_code == 200
        # anonymous callers have their own budget (per client address)
        async with httpx.AsyncClient(base_url=sb.url) as anon:
            assert (
                await anon.get("/v2/event-types", params={"username": "lea-hofmann"})
            ).status_code == 200


async def test_webhooks_are_registered_listed_and_deleted(api):
    r = await api.post(
        "/v2/webhooks",
        json={
            "subscriberUrl": "http://127.0.0.1:9/hook",
            "triggers": ["BOOKING_CREATED"],
            "secret": "s",
            "active": True,
        },
    )
    assert r.status_code == 201
    hook = r.json()["data"]
    assert hook["subscriberUrl"] == "http://127.0.0.1:9/hook"
    assert hook["triggers"] == ["BOOKING_CREATED"]
    assert [h["id"] for h in (await api.get("/v2/webhooks")).json()["data"]] == [hook["id"]]
    assert (await api.delete(f"/v2/webhooks/{hook['id']}")).status_code == 200
    assert (await api.get("/v2/webhooks")).json()["data"] == []
    assert (await api.delete(f"/v2/webhooks/{hook['id']}")).status_code == 404


async def test_booking_changes_are_delivered_as_signed_webhooks(sandbox, api):
    perm = sandbox.event_type_id("fabian-spitzer", "dauerwelle")
    async with WebhookReceiver() as receiver:
        r = await api.post(
            "/v2/webhooks",
            json={
                "subscriberUrl": receiver.url,
                "triggers": ["BOOKING_CREATED", "BOOKING_CANCELLED", "BOOKING_RESCHEDULED"],
                "secret": "whsec-test",
                "active": True,
            },
        )
        assert r.status_code == 201
        booking = (
            await api.post(
                "/v2/bookings", json=booking_body(perm, metadata={"requestId": "call-7:1"})
            )
        ).json()["data"]
        created = await receiver.next_signed("whsec-test")
        assert created["triggerEvent"] == "BOOKING_CREATED"
        assert created["payload"]["uid"] == booking["uid"]
        assert created["payload"]["bookingId"] == booking["id"]
        assert created["payload"]["startTime"] == FRIDAY_10
        assert created["payload"]["eventTypeId"] == perm
        assert created["payload"]["metadata"] == {"requestId": "call-7:1"}
        assert created["payload"]["organizer"]["username"] == "fabian-spitzer"
        assert created["payload"]["attendees"][0]["email"] == "anna@example.com"

        r = await api.post(
            f"/v2/bookings/{booking['uid']}/reschedule", json={"start": "2026-11-27T13:00:00Z"}
        )
        new_uid = r.json()["data"]["uid"]
        moved = await receiver.next_signed("whsec-test")
        assert moved["triggerEvent"] == "BOOKING_RESCHEDULED"
        assert moved["payload"]["uid"] == new_uid
        assert moved["payload"]["rescheduleUid"] == booking["uid"]

        await api.post(f"/v2/bookings/{new_uid}/cancel", json={"cancellationReason": "krank"})
        cancelled = await receiver.next_signed("whsec-test")
        assert cancelled["triggerEvent"] == "BOOKING_CANCELLED"
        assert cancelled["payload"]["uid"] == new_uid
        assert cancelled["payload"]["cancellationReason"] == "krank"


async def test_an_unreachable_subscriber_never_breaks_a_booking(sandbox, api):
    await api.post(
        "/v2/webhooks",
        json={
            "subscriberUrl": "http://127.0.0.1:9/down",
            "triggers": ["BOOKING_CREATED"],
            "secret": "x",
        },
    )
    perm = sandbox.event_type_id("fabian-spitzer", "dauerwelle")
    r = await api.post("/v2/bookings", json=booking_body(perm, metadata={"requestId": "call-7:1"}))
    assert r.status_code == 201
    assert r.json()["data"]["status"] == "accepted"


async def test_the_admin_endpoint_is_off_by_default(sandbox, api):
    r = await api.post("/_sandbox/faults/clear")
    assert r.status_code == 404


async def test_the_admin_endpoint_drives_faults_and_the_clock_when_enabled(clock):
    async with Sandbox(clock=clock, admin=True) as sb:
        perm = sb.event_type_id("fabian-spitzer", "dauerwelle")
        async with httpx.AsyncClient(base_url=sb.url) as anon:
            assert (await anon.post("/_sandbox/faults/clear")).status_code == 401
        auth = {"Authorization": f"Bearer {sb.api_key}"}
        async with httpx.AsyncClient(base_url=sb.url, headers=auth) as api:
            r = await api.post(
                "/_sandbox/faults/fail_next", json={"n": 1, "kind": "5xx", "endpoint": "GET /v2/me"}
            )
            assert r.status_code == 200
            assert (await api.get("/v2/me")).status_code == 500
            assert (await api.get("/v2/me")).status_code == 200

            r = await api.post(
                "/_sandbox/faults/external_booking",
                json={"eventTypeId": perm, "start": FRIDAY_10, "at": "2026-11-24T08:10:00Z"},
            )
            assert r.status_code == 200
            assert sb.bookings() == []
            r = await api.post("/_sandbox/clock", json={"advanceSeconds": 600})
            assert r.json()["data"]["now"] == "2026-11-24T08:10:00.000Z"
            assert [b["start"] for b in sb.bookings()] == [FRIDAY_10]

            assert (
                await api.post("/_sandbox/faults/fail_next", json={"n": 1, "kind": "nope"})
            ).status_code == 400


async def test_two_sandboxes_in_one_process_each_answer_for_their_own_calendar_and_key(clock):
    """Every sandbox of a process serves one shared app (built once): each request is still
    answered from the sandbox it came to, with that sandbox's key and calendar."""
    async with (
        Sandbox(clock=clock, api_key="cal_test_first") as first,
        Sandbox(clock=clock, api_key="cal_test_second") as second,
    ):
        perm = first.event_type_id("fabian-spitzer", "dauerwelle")
        first_key = {"Authorization": "Bearer cal_test_first"}
        async with httpx.AsyncClient(headers=first_key) as client:
            booked = await client.post(f"{first.url}/v2/bookings", json=booking_body(perm))
            assert booked.status_code == 201, booked.text
            assert (await client.get(f"{second.url}/v2/me")).status_code == 401
            listed = await client.get(f"{first.url}/v2/bookings")
        assert [b["uid"] for b in listed.json()["data"]] == [booked.json()["data"]["uid"]]
        assert [b["start"] for b in first.bookings()] == [FRIDAY_10]
        assert second.bookings() == []
        async with httpx.AsyncClient(headers={"Authorization": "Bearer cal_test_second"}) as other:
            assert (await other.get(f"{second.url}/v2/bookings")).json()["data"] == []
