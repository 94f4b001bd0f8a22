"""Faults on request: each kind does what it says, to the requests it names, as often as told."""

from __future__ import annotations

from datetime import timedelta

import httpx
import pytest

from tests.conftest import FRIDAY_10_ISO as FRIDAY_10
from tests.conftest import berlin, booking_body

REQUEST = {"requestId": "call-3:9"}


async def test_fail_next_5xx_hits_only_the_named_endpoint_n_times(sandbox, api):
    sandbox.faults.fail_next(2, "5xx", endpoint="GET /v2/me")
    cut = sandbox.event_type_id("mehmet-yilmaz", "herrenhaarschnitt")
    slots = await api.get(
        "/v2/slots", params={"eventTypeId": cut, "start": "2026-11-27", "end": "2026-11-27"}
    )
    assert slots.status_code == 200
    codes = [(await api.get("/v2/me")).status_code for _ in range(3)]
    assert codes == [500, 500, 200]


async def test_a_failed_request_does_not_reach_the_calendar(sandbox, api):
    sandbox.faults.fail_next(1, "5xx", endpoint="POST /v2/bookings")
    perm = sandbox.event_type_id("fabian-spitzer", "dauerwelle")
    r = await api.post("/v2/bookings", json=booking_body(perm, metadata=REQUEST))
    assert r.status_code == 500
    assert r.json()["status"] == "error"
    assert sandbox.bookings() == []


async def test_fail_next_429_says_how_long_to_wait(sandbox, api):
    sandbox.faults.retry_after_seconds = 7
    sandbox.faults.fail_next(1, "429")
    r = await api.get("/v2/me")
    assert r.status_code == 429
    assert r.headers["X-RateLimit-Reset-Default"] == "7"
    assert r.headers["X-RateLimit-Remaining-Default"] == "0"
    assert (await api.get("/v2/me")).status_code == 200


async def test_fail_next_timeout_holds_the_request_then_answers_504(sandbox, api):
    sandbox.faults.timeout_seconds = 0.2
    sandbox.faults.fail_next(1, "timeout", endpoint="GET /v2/bookings/{uid}")
    r = await api.get("/v2/bookings/abc")
    assert r.status_code == 504
    assert (await api.get("/v2/bookings/abc")).status_code == 404


async def test_a_timeout_outlasts_a_client_that_gives_up(sandbox):
    sandbox.faults.timeout_seconds = 30
    sandbox.faults.fail_next(1, "timeout", endpoint="GET /v2/me")
    auth = {"Authorization": f"Bearer {sandbox.api_key}"}
    async with httpx.AsyncClient(base_url=sandbox.url, headers=auth, timeout=0.3) as impatient:
        with pytest.raises(httpx.ReadTimeout):
            await impatient.get("/v2/me")


async def test_latency_delays_only_the_named_endpoint(sandbox):
    sandbox.faults.latency(30, endpoint="POST /v2/bookings")
    auth = {"Authorization": f"Bearer {sandbox.api_key}"}
    async with httpx.AsyncClient(base_url=sandbox.url, headers=auth, timeout=0.5) as client:
        assert (await client.get("/v2/me")).status_code == 200
        perm = sandbox.event_type_id("fabian-spitzer", "dauerwelle")
        with pytest.raises(httpx.ReadTimeout):
            await client.post("/v2/bookings", json=booking_body(perm, metadata=REQUEST))
        sandbox.faults.clear()


@pytest.mark.parametrize(("kind", "status"), [("5xx", 502), ("timeout", 504)])
async def test_a_lost_response_hides_a_committed_booking(sandbox, api, kind, status):
    sandbox.faults.timeout_seconds = 0.2
    sandbox.faults.lose_response_after_commit(kind=kind)
    perm = sandbox.event_type_id("fabian-spitzer", "dauerwelle")
    r = await api.post("/v2/bookings", json=booking_body(perm, metadata=REQUEST))
    assert r.status_code == status
    assert "uid" not in r.text
    [booking] = sandbox.bookings()
    assert booking["metadata"] == {"requestId": "call-3:9"}
    # the booking is real: Cal.com lists it, and the slot is taken
    listed = await api.get("/v2/bookings", params={"eventTypeId": perm})
    assert [b["uid"] for b in listed.json()["data"]] == [booking["uid"]]
    assert (
        await api.post("/v2/bookings", json=booking_body(perm, metadata=REQUEST))
    ).status_code == 409


async def test_a_lost_response_fault_waits_for_a_booking_that_commits(sandbox, api):
    sandbox.faults.lose_response_after_commit(kind="5xx")
    perm = sandbox.event_type_id("fabian-spitzer", "dauerwelle")
    bad = booking_body(perm, metadata=REQUEST)
    bad["attendee"] = {"name": "Anna", "timeZone": "Europe/Berlin"}
    assert (await api.post("/v2/bookings", json=bad)).status_code == 400
    assert (
        await api.post("/v2/bookings", json=booking_body(perm, metadata=REQUEST))
    ).status_code == 502


async def test_an_external_booking_lands_when_the_clock_reaches_its_moment(sandbox, clock, api):
    perm = sandbox.event_type_id("fabian-spitzer", "dauerwelle")
    plan = sandbox.faults.external_booking(
        perm, berlin(2026, 11, 27, 10), at=clock.now() + timedelta(seconds=20)
    )
    clock.advance(timedelta(seconds=19))
    assert sandbox.bookings() == []
    clock.advance(timedelta(seconds=1))
    [booking] = sandbox.bookings()
    assert booking["start"] == FRIDAY_10
    assert plan.outcome == booking
    r = await api.post("/v2/slots/reservations", json={"eventTypeId": perm, "slotStart": FRIDAY_10})
    assert r.status_code == 422


async def test_an_external_booking_races_ahead_of_the_next_matching_request(sandbox, api):
    """The incident: the slot was free when offered, and gone when the agent booked."""
    perm = sandbox.event_type_id("fabian-spitzer", "dauerwelle")
    sandbox.faults.external_booking(perm, berlin(2026, 11, 27, 10), on="POST /v2/bookings")
    await api.get("/v2/me")
    assert sandbox.bookings() == []
    r = await api.post("/v2/bookings", json=booking_body(perm, metadata=REQUEST))
    assert r.status_code == 409
    assert r.json()["error"]["code"] == "booking_conflict"
    [external] = sandbox.bookings()
    assert external["attendees"][0]["email"] != "anna@example.com"


async def test_a_hold_defeats_the_external_booker(sandbox, api):
    perm = sandbox.event_type_id("fabian-spitzer", "dauerwelle")
    hold = await api.post(
        "/v2/slots/reservations", json={"eventTypeId": perm, "slotStart": FRIDAY_10}
    )
    uid = hold.json()["data"]["reservationUid"]
    plan = sandbox.faults.external_booking(perm, berlin(2026, 11, 27, 10), on="POST /v2/bookings")
    body = booking_body(perm, metadata=REQUEST) | {"reservedSlotUid": uid}
    r = await api.post("/v2/bookings", json=body)
    assert r.status_code == 201, r.text
    assert plan.outcome is not None and plan.outcome["status"] == 409
    assert [b["attendees"][0]["email"] for b in sandbox.bookings()] == ["anna@example.com"]


async def test_a_booking_answered_pending_waits_for_the_host_and_blocks_the_slot(sandbox, api):
    sandbox.faults.answer_next(1, "pending")
    perm = sandbox.event_type_id("fabian-spitzer", "dauerwelle")
    r = await api.post("/v2/bookings", json=booking_body(perm, metadata=REQUEST))
    assert r.status_code == 201, r.text
    answered = r.json()["data"]
    assert answered["status"] == "pending" and answered["uid"]
    assert [(b["uid"], b["status"]) for b in sandbox.bookings()] == [(answered["uid"], "pending")]
    again = await api.post("/v2/bookings", json=booking_body(perm, metadata=REQUEST))
    assert again.status_code == 409  # a pending booking holds its slot, as in Cal.com
    nxt = await api.post("/v2/bookings", json=booking_body(perm, start="2026-11-27T13:00:00Z"))
    assert nxt.json()["data"]["status"] == "accepted"  # once only


async def test_a_booking_answered_rejected_is_stored_rejected_and_frees_the_slot(sandbox, api):
    sandbox.faults.answer_next(1, "rejected")
    perm = sandbox.event_type_id("fabian-spitzer", "dauerwelle")
    events: list[str] = []
    deliver = sandbox.store.on_booking_event

    def seen(trigger: str, booking: dict, extra: dict) -> None:
        events.append(trigger)
        deliver(trigger, booking, extra)

    sandbox.store.on_booking_event = seen
    r = await api.post("/v2/bookings", json=booking_body(perm, metadata=REQUEST))
    assert r.status_code == 201, r.text
    answered = r.json()["data"]
    assert answered["status"] == "rejected"
    stored = (await api.get(f"/v2/bookings/{answered['uid']}")).json()["data"]
    assert stored["status"] == "rejected"
    assert events == ["BOOKING_CREATED", "BOOKING_REJECTED"]
    r = await api.post("/v2/bookings", json=booking_body(perm, metadata=REQUEST))
    assert r.json()["data"]["status"] == "accepted"  # the slot was free again


async def test_a_booking_answered_without_a_uid_is_stored_all_the_same(sandbox, api):
    sandbox.faults.answer_next(1, "no_uid")
    perm = sandbox.event_type_id("fabian-spitzer", "dauerwelle")
    r = await api.post("/v2/bookings", json=booking_body(perm, metadata=REQUEST))
    assert r.status_code == 201 and r.json()["status"] == "success"
    answered = r.json()["data"]
    assert "uid" not in answered and "id" not in answered
    assert answered["status"] == "accepted" and answered["metadata"] == REQUEST
    (stored,) = sandbox.bookings()
    assert stored["status"] == "accepted" and stored["uid"]


async def test_a_booking_answered_cancelled_is_stored_cancelled_and_frees_the_slot(sandbox, api):
    sandbox.faults.answer_next(1, "cancelled")
    perm = sandbox.event_type_id("fabian-spitzer", "dauerwelle")
    r = await api.post("/v2/bookings", json=booking_body(perm, metadata=REQUEST))
    assert r.status_code == 201, r.text
    answered = r.json()["data"]
    assert answered["status"] == "cancelled" and answered["uid"]
    assert [b["status"] for b in sandbox.bookings()] == ["cancelled"]
    r = await api.post("/v2/bookings", json=booking_body(perm, metadata=REQUEST))
    assert r.json()["data"]["status"] == "accepted"  # the slot was free again


async def test_a_booking_answered_with_no_booking_writes_nothing(sandbox, api):
    sandbox.faults.answer_next(1, "no_booking")
    perm = sandbox.event_type_id("fabian-spitzer", "dauerwelle")
    r = await api.post("/v2/bookings", json=booking_body(perm, metadata=REQUEST))
    assert r.status_code == 201 and r.json()["status"] == "success"
    assert r.json()["data"] == {}
    assert sandbox.bookings() == []


async def test_a_move_answered_pending_moves_the_booking_to_a_pending_one(sandbox, api):
    perm = sandbox.event_type_id("fabian-spitzer", "dauerwelle")
    old = (await api.post("/v2/bookings", json=booking_body(perm))).json()["data"]
    sandbox.faults.answer_next(1, "pending", "POST /v2/bookings/*/reschedule")
    r = await api.post(
        f"/v2/bookings/{old['uid']}/reschedule", json={"start": "2026-11-27T13:00:00Z"}
    )
    assert r.status_code == 201, r.text
    moved = r.json()["data"]
    assert moved["status"] == "pending" and moved["rescheduledFromUid"] == old["uid"]
    statuses = {b["uid"]: b["status"] for b in sandbox.bookings()}
    assert statuses == {old["uid"]: "cancelled", moved["uid"]: "pending"}
    nxt = await api.post("/v2/bookings", json=booking_body(perm))  # the old time, free again
    assert nxt.json()["data"]["status"] == "accepted"  # a booking's answer is not a move's


async def test_a_refused_booking_does_not_use_up_the_answer_fault(sandbox, api):
    sandbox.faults.answer_next(1, "no_uid")
    perm = sandbox.event_type_id("fabian-spitzer", "dauerwelle")
    await api.post("/v2/bookings", json=booking_body(perm, metadata=REQUEST))
    refused = await api.post("/v2/bookings", json=booking_body(perm, metadata=REQUEST))
    assert refused.status_code == 409
    # the first booking used it up; a refused one would have kept it
    sandbox.faults.answer_next(1, "pending")
    assert (await api.post("/v2/bookings", json=booking_body(perm))).status_code == 409
    later = await api.post("/v2/bookings", json=booking_body(perm, start="2026-11-27T13:00:00Z"))
    assert later.json()["data"]["status"] == "pending"


async def test_clear_removes_every_pending_fault(sandbox, api):
    perm = sandbox.event_type_id("fabian-spitzer", "dauerwelle")
    sandbox.faults.fail_next(5, "5xx")
    sandbox.faults.lose_response_after_commit()
    sandbox.faults.answer_next(1, "no_uid")
    sandbox.faults.external_booking(perm, berlin(2026, 11, 27, 10), on="POST /v2/bookings")
    sandbox.faults.clear()
    assert (await api.get("/v2/me")).status_code == 200
    assert (
        await api.post("/v2/bookings", json=booking_body(perm, metadata=REQUEST))
    ).status_code == 201
    assert len(sandbox.bookings()) == 1


def test_unknown_fault_kinds_are_refused(sandbox):
    with pytest.raises(ValueError):
        sandbox.faults.fail_next(1, "boom")
    with pytest.raises(ValueError):
        sandbox.faults.lose_response_after_commit(kind="429")
    with pytest.raises(ValueError):
        sandbox.faults.answer_next(1, "declined")
    with pytest.raises(ValueError):
        sandbox.faults.answer_next(1, "pending", "POST /v2/bookings/*/cancel")
