"""The sandbox's bookings over real HTTP: who may book when, and what Cal.com answers otherwise."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import httpx
import pytest

from tests.conftest import FRIDAY_10_ISO as FRIDAY_10
from tests.conftest import berlin, booking_body


async def book(api: httpx.AsyncClient, event_type_id: int, start: str = FRIDAY_10, **extra):
    return await api.post("/v2/bookings", json=booking_body(event_type_id, start, **extra))


async def test_a_booking_is_accepted_and_readable_by_uid(sandbox, api):
    perm = sandbox.event_type_id("fabian-spitzer", "dauerwelle")
    r = await book(api, perm, metadata={"requestId": "call-1:42"})
    assert r.status_code == 201, r.text
    data = r.json()["data"]
    assert data["status"] == "accepted"
    assert (data["start"], data["end"]) == (FRIDAY_10, "2026-11-27T11:15:00.000Z")
    assert data["eventTypeId"] == perm
    assert data["hosts"][0]["id"] == sandbox.user_id("fabian-spitzer")
    assert data["attendees"][0]["email"] == "anna@example.com"
    assert data["metadata"] == {"requestId": "call-1:42"}

    fetched = await api.get(f"/v2/bookings/{data['uid']}")
    assert fetched.status_code == 200
    assert fetched.json()["data"] == data
    assert sandbox.bookings() == [data]


async def test_booking_works_without_an_api_key(sandbox):
    async with httpx.AsyncClient(base_url=sandbox.url) as anon:
        cut = sandbox.event_type_id("mehmet-yilmaz", "herrenhaarschnitt")
        assert (await book(anon, cut)).status_code == 201


async def test_an_unknown_booking_uid_is_404_with_cal_coms_message(api):
    r = await api.get("/v2/bookings/nope")
    assert r.status_code == 404
    assert r.json()["error"]["message"] == "Booking with uid=nope not found"


async def test_the_stylist_busy_in_another_event_type_is_400(sandbox, api):
    perm = sandbox.event_type_id("fabian-spitzer", "dauerwelle")
    beard = sandbox.event_type_id("fabian-spitzer", "bartpflege")
    assert (await book(api, perm)).status_code == 201  # 10:00-12:15
    r = await book(api, beard, "2026-11-27T10:30:00Z")
    assert r.status_code == 400
    assert r.json()["error"]["message"] == (
        "User either already has booking at this time or is not available"
    )
    lenas = sandbox.event_type_id("lena-hoffmann", "dauerwelle")
    assert (await book(api, lenas)).status_code == 201  # another stylist is free


async def test_the_same_booking_twice_is_a_409_booking_conflict(sandbox, api):
    """Cal.com's duplicate key is start + end + host: the same event type at the same time."""
    perm = sandbox.event_type_id("fabian-spitzer", "dauerwelle")
    assert (await book(api, perm)).status_code == 201
    r = await book(api, perm)
    assert r.status_code == 409
    assert r.json()["error"]["code"] == "booking_conflict"
    assert len(sandbox.bookings()) == 1


async def test_another_length_at_the_same_start_is_400_host_busy_not_a_conflict(sandbox, api):
    """Finding 9: a different event type of the same host (another length) at the start of an
    existing booking overlaps it without being the same booking: Cal.com answers 400."""
    perm = sandbox.event_type_id("fabian-spitzer", "dauerwelle")
    cut = sandbox.event_type_id("fabian-spitzer", "herrenhaarschnitt")
    assert (await book(api, perm)).status_code == 201
    r = await book(api, cut)
    assert r.status_code == 400
    assert r.json()["error"]["message"] == (
        "User either already has booking at this time or is not available"
    )
    assert len(sandbox.bookings()) == 1


async def test_booking_a_held_slot_without_the_hold_is_refused(sandbox, api):
    perm = sandbox.event_type_id("fabian-spitzer", "dauerwelle")
    r = await api.post("/v2/slots/reservations", json={"eventTypeId": perm, "slotStart": FRIDAY_10})
    assert r.status_code == 201
    r = await book(api, perm)
    assert r.status_code == 409
    assert r.json()["error"]["message"].startswith(
        "Someone else reserved this booking time slot before you."
    )
    assert sandbox.bookings() == []


async def test_closed_hours_and_the_past_are_refused(sandbox, api, clock):
    cut = sandbox.event_type_id("fabian-spitzer", "herrenhaarschnitt")
    r = await book(api, cut, "2026-11-27T16:45:00Z")  # 17:45, ends after closing
    assert r.status_code == 400
    assert r.json()["error"]["message"] == (
        "User either already has booking at this time or is not available"
    )
    clock.set(berlin(2026, 11, 27, 11))
    r = await book(api, cut, FRIDAY_10)
    assert r.status_code == 400
    assert r.json()["error"]["message"] == "Attempting to book a meeting in the past."
    assert sandbox.bookings() == []


@pytest.mark.parametrize(
    ("attendee", "metadata"),
    [
        ({"name": "Anna", "timeZone": "Europe/Berlin"}, None),  # neither email nor phone
        ({"name": "Anna", "phoneNumber": "0151 2345678", "timeZone": "Europe/Berlin"}, None),
        ({"name": "Anna", "email": "anna@example.com"}, None),  # no time zone
        (
            {"name": "Anna", "email": "a@example.com", "timeZone": "Europe/Berlin"},
            {f"k{i}": "v" for i in range(51)},
        ),
        ({"name": "Anna", "email": "a@example.com", "timeZone": "Europe/Berlin"}, {"k" * 41: "v"}),
        ({"name": "Anna", "email": "a@example.com", "timeZone": "Europe/Berlin"}, {"k": "v" * 501}),
    ],
)
async def test_invalid_attendees_and_metadata_are_400(sandbox, api, attendee, metadata):
    cut = sandbox.event_type_id("mehmet-yilmaz", "herrenhaarschnitt")
    extra = {"metadata": metadata} if metadata is not None else {}
    r = await book(api, cut, attendee=attendee, **extra)
    assert r.status_code == 400
    assert r.json()["status"] == "error"
    assert sandbox.bookings() == []


async def test_phone_only_attendee_and_metadata_at_the_limits_are_accepted(sandbox, api):
    cut = sandbox.event_type_id("mehmet-yilmaz", "herrenhaarschnitt")
    metadata = {f"{i:02d}" + "k" * 38: "v" * 500 for i in range(50)}
    attendee = {"name": "Anna", "phoneNumber": "+4915112345678", "timeZone": "Europe/Berlin"}
    r = await book(api, cut, attendee=attendee, metadata=metadata)
    assert r.status_code == 201, r.text
    assert r.json()["data"]["attendees"][0]["phoneNumber"] == "+4915112345678"


async def test_event_types_that_need_confirmation_book_as_pending(sandbox, api):
    cut = sandbox.event_type_id("mehmet-yilmaz", "herrenhaarschnitt")
    sandbox.set_requires_confirmation(cut, True)
    r = await book(api, cut)
    assert r.json()["data"]["status"] == "pending"


async def test_cancel_frees_the_slot_and_cannot_happen_twice(sandbox, api):
    perm = sandbox.event_type_id("fabian-spitzer", "dauerwelle")
    uid = (await book(api, perm)).json()["data"]["uid"]
    r = await api.post(f"/v2/bookings/{uid}/cancel", json={"cancellationReason": "krank"})
    assert r.status_code == 200
    assert r.json()["data"]["status"] == "cancelled"
    assert r.json()["data"]["cancellationReason"] == "krank"
    assert (await api.post(f"/v2/bookings/{uid}/cancel", json={})).status_code == 400
    assert (await book(api, perm)).status_code == 201
    assert (await api.post("/v2/bookings/nope/cancel", json={})).status_code == 404


async def test_reschedule_makes_a_new_booking_and_cancels_the_old_one(sandbox, api):
    perm = sandbox.event_type_id("fabian-spitzer", "dauerwelle")
    old = (await book(api, perm, metadata={"requestId": "r1"})).json()["data"]
    # 30 minutes later overlaps the old booking itself, which must not count as busy
    r = await api.post(
        f"/v2/bookings/{old['uid']}/reschedule",
        json={"start": "2026-11-27T09:30:00Z", "reschedulingReason": "später"},
    )
    assert r.status_code == 201, r.text
    new = r.json()["data"]
    assert new["uid"] != old["uid"]
    assert new["rescheduledFromUid"] == old["uid"]
    assert new["status"] == "accepted"
    assert new["start"] == "2026-11-27T09:30:00.000Z"
    assert new["metadata"] == {"requestId": "r1"}
    old_now = (await api.get(f"/v2/bookings/{old['uid']}")).json()["data"]
    assert old_now["status"] == "cancelled"
    assert old_now["rescheduled"] is True
    assert old_now["rescheduledToUid"] == new["uid"]


async def test_reschedule_into_a_busy_time_changes_nothing(sandbox, api):
    perm = sandbox.event_type_id("fabian-spitzer", "dauerwelle")
    cut = sandbox.event_type_id("fabian-spitzer", "herrenhaarschnitt")
    first = (await book(api, perm)).json()["data"]
    other = (await book(api, cut, "2026-11-27T13:00:00Z")).json()["data"]
    r = await api.post(
        f"/v2/bookings/{other['uid']}/reschedule", json={"start": "2026-11-27T10:00:00Z"}
    )
    assert r.status_code == 400
    assert {b["uid"]: b["status"] for b in sandbox.bookings()} == {
        first["uid"]: "accepted",
        other["uid"]: "accepted",
    }


async def test_listing_bookings_filters_like_cal_com(sandbox, api):
    perm = sandbox.event_type_id("fabian-spitzer", "dauerwelle")
    cut = sandbox.event_type_id("mehmet-yilmaz", "herrenhaarschnitt")
    a = (await book(api, perm)).json()["data"]
    bob = {"name": "Bob", "email": "bob@example.com", "timeZone": "Europe/Berlin"}
    b = (await book(api, cut, "2026-11-28T09:00:00Z", attendee=bob)).json()["data"]
    c = (await book(api, cut, "2026-11-27T13:00:00Z")).json()["data"]
    await api.post(f"/v2/bookings/{c['uid']}/cancel", json={})

    async def uids(**params) -> list[str]:
        r = await api.get("/v2/bookings", params=params)
        assert r.status_code == 200, r.text
        return [x["uid"] for x in r.json()["data"]]

    assert await uids() == [a["uid"], c["uid"], b["uid"]]
    assert await uids(attendeeEmail="bob@example.com") == [b["uid"]]
    assert await uids(eventTypeId=cut) == [c["uid"], b["uid"]]
    assert await uids(afterStart="2026-11-28T00:00:00Z") == [b["uid"]]
    assert await uids(beforeEnd="2026-11-27T12:00:00Z") == [a["uid"]]
    assert await uids(status="upcoming") == [a["uid"], b["uid"]]
    assert await uids(status="cancelled") == [c["uid"]]
    assert await uids(take=1, skip=1) == [c["uid"]]
    r = await api.get("/v2/bookings", params={"take": 1})
    assert r.json()["pagination"]["totalItems"] == 3


async def test_event_types_by_username_are_the_stylists_services(sandbox, api):
    r = await api.get(
        "/v2/event-types",
        params={"username": "mehmet-yilmaz"},
        headers={"cal-api-version": "2024-06-14"},
    )
    assert r.status_code == 200
    types = r.json()["data"]
    assert [t["slug"] for t in types] == ["herrenhaarschnitt", "kinderhaarschnitt", "bartpflege"]
    assert types[0]["id"] == sandbox.event_type_id("mehmet-yilmaz", "herrenhaarschnitt")
    assert types[0]["lengthInMinutes"] == 30
    assert types[0]["ownerId"] == sandbox.user_id("mehmet-yilmaz")
    assert types[0]["users"][0]["username"] == "mehmet-yilmaz"
    r = await api.get("/v2/event-types", params={"username": "nobody"})
    assert r.json()["data"] == []


async def test_ids_are_stable_across_runs(sandbox):
    from calendar_adapter.sandbox import Sandbox

    again = Sandbox(salon=sandbox.salon, clock=sandbox.clock)
    try:
        assert again.event_types() == sandbox.event_types()
    finally:
        again.store.close()
    assert sandbox.user_id("fabian-spitzer") == 101
    assert sandbox.event_type_id("fabian-spitzer", "herrenhaarschnitt") == 1001


async def test_place_booking_follows_the_same_rules(sandbox):
    from calendar_adapter.sandbox import SandboxBookingError

    perm = sandbox.event_type_id("fabian-spitzer", "dauerwelle")
    placed = sandbox.place_booking(perm, berlin(2026, 11, 27, 10))
    assert placed["status"] == "accepted"
    with pytest.raises(SandboxBookingError) as err:
        sandbox.place_booking(perm, berlin(2026, 11, 27, 11))
    assert err.value.status == 400


def test_two_processes_on_one_sandbox_file_cannot_both_book_a_slot(tmp_path, salon, clock):
    """`status`/`reconcile` run their own sandbox on the agent's file: each store has its own
    connection and lock, so only SQLite's write transaction keeps check-and-book atomic."""
    from calendar_adapter.sandbox.errors import ApiError
    from calendar_adapter.sandbox.store import CalendarStore
    from calendar_adapter.sandbox.timefmt import to_epoch

    path = str(tmp_path / "sandbox.sqlite3")
    stores = [CalendarStore(salon, clock, path) for _ in range(2)]
    perm = 1003  # fabian-spitzer, dauerwelle
    start = to_epoch(berlin(2026, 11, 27, 10))
    outcomes: list[str] = []

    def book(i: int) -> None:
        attendee = {"name": f"C{i}", "email": f"c{i}@example.com", "timeZone": "Europe/Berlin"}
        try:
            stores[i % 2].create_booking(perm, start, attendee, None, None)
            outcomes.append("booked")
        except ApiError as exc:
            outcomes.append(str(exc.status))

    try:
        assert stores[0]._db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        with ThreadPoolExecutor(8) as pool:
            list(pool.map(book, range(16)))
        assert sorted(outcomes) == ["409"] * 15 + ["booked"]
        assert len(stores[1].list_bookings()) == 1
    finally:
        for store in stores:
            store.close()
