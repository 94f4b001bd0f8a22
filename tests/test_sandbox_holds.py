"""The sandbox's slots and holds over real HTTP: what a caller sees while someone else decides."""

from __future__ import annotations

from datetime import timedelta

import httpx

from tests.conftest import FRIDAY_10_ISO as FRIDAY_10
from tests.conftest import berlin, booking_body

SLOTS = "/v2/slots"
RESERVE = "/v2/slots/reservations"
FRIDAY = "2026-11-27"


async def slot_starts(
    client: httpx.AsyncClient, event_type_id: int, day: str = FRIDAY
) -> list[str]:
    r = await client.get(
        SLOTS,
        params={
            "eventTypeId": event_type_id,
            "start": day,
            "end": day,
            "timeZone": "Europe/Berlin",
        },
    )
    assert r.status_code == 200, r.text
    return [s["start"] for s in r.json()["data"].get(day, [])]


async def reserve(
    client: httpx.AsyncClient, event_type_id: int, start: str, **extra
) -> httpx.Response:
    return await client.post(
        RESERVE, json={"eventTypeId": event_type_id, "slotStart": start, **extra}
    )


async def test_done_criterion_a_hold_on_friday_ten_hides_the_slot_and_blocks_other_bookers(
    sandbox, api, anon
):
    perm = sandbox.event_type_id("fabian-spitzer", "dauerwelle")
    assert "2026-11-27T10:00:00.000+01:00" in await slot_starts(anon, perm)

    r = await reserve(anon, perm, FRIDAY_10)
    assert r.status_code == 201, r.text
    hold = r.json()["data"]
    assert hold["slotStart"] == FRIDAY_10 and hold["slotDuration"] == 135

    assert "2026-11-27T10:00:00.000+01:00" not in await slot_starts(anon, perm)
    assert "2026-11-27T10:00:00.000+01:00" not in await slot_starts(api, perm)  # holder too

    # a second caller takes another hold elsewhere and tries to book with it: refused
    other = sandbox.event_type_id("fabian-spitzer", "bartpflege")
    theirs = (await reserve(anon, other, "2026-11-27T14:00:00Z")).json()["data"]["reservationUid"]
    r = await api.post("/v2/bookings", json=booking_body(perm, FRIDAY_10, reservedSlotUid=theirs))
    assert r.status_code == 409
    assert r.json()["status"] == "error"
    assert r.json()["error"]["message"] == (
        "Someone else reserved this booking time slot before you. "
        "This time slot will be freed up in 300 seconds."
    )
    assert sandbox.bookings() == []

    # the holder books with its own hold, which is consumed
    r = await api.post(
        "/v2/bookings", json=booking_body(perm, FRIDAY_10, reservedSlotUid=hold["reservationUid"])
    )
    assert r.status_code == 201, r.text
    assert r.json()["data"]["status"] == "accepted"
    assert hold["reservationUid"] not in [
        h["reservationUid"] for h in sandbox.active_reservations()
    ]
    assert (await api.get(f"{RESERVE}/{hold['reservationUid']}")).json()["data"] is None


async def test_slots_follow_opening_hours_in_the_salons_zone(sandbox, anon):
    cut = sandbox.event_type_id("mehmet-yilmaz", "herrenhaarschnitt")
    starts = await slot_starts(anon, cut, "2026-11-28")  # Saturday 09:00-14:00, 30 min, 15-min grid
    assert starts[0] == "2026-11-28T09:00:00.000+01:00"
    assert starts[-1] == "2026-11-28T13:30:00.000+01:00"
    assert len(starts) == 19
    assert await slot_starts(anon, cut, "2026-11-30") == []  # Monday: closed
    r = await anon.get(
        SLOTS, params={"eventTypeId": cut, "start": "2026-11-30", "end": "2026-11-30"}
    )
    assert r.json() == {"status": "success", "data": {}}


async def test_slots_respect_daylight_saving_time(sandbox, clock, anon):
    clock.set(berlin(2027, 3, 20, 8))
    cut = sandbox.event_type_id("mehmet-yilmaz", "herrenhaarschnitt")
    r = await anon.get(
        SLOTS,
        params={"eventTypeId": cut, "start": "2027-03-27", "end": "2027-04-03", "format": "range"},
    )
    data = r.json()["data"]
    assert data["2027-03-27"][0] == {
        "start": "2027-03-27T08:00:00.000Z",
        "end": "2027-03-27T08:30:00.000Z",
    }
    assert data["2027-04-03"][0]["start"] == "2027-04-03T07:00:00.000Z"  # CEST


async def test_past_slots_are_not_offered(sandbox, clock, anon):
    clock.set(berlin(2026, 11, 27, 12, 5))
    cut = sandbox.event_type_id("fabian-spitzer", "herrenhaarschnitt")
    starts = await slot_starts(anon, cut)
    assert starts[0] == "2026-11-27T12:15:00.000+01:00"


async def test_a_hold_blocks_the_stylist_in_every_event_type_but_not_other_stylists(sandbox, anon):
    perm = sandbox.event_type_id("fabian-spitzer", "dauerwelle")
    beard = sandbox.event_type_id("fabian-spitzer", "bartpflege")
    lenas_perm = sandbox.event_type_id("lena-hoffmann", "dauerwelle")
    assert (await reserve(anon, perm, FRIDAY_10)).status_code == 201  # 10:00-12:15

    beard_slots = await slot_starts(anon, beard)
    assert "2026-11-27T09:30:00.000+01:00" in beard_slots  # ends 09:50, before the hold
    assert "2026-11-27T09:45:00.000+01:00" not in beard_slots  # would end 10:05
    assert "2026-11-27T12:00:00.000+01:00" not in beard_slots
    assert "2026-11-27T12:15:00.000+01:00" in beard_slots
    assert "2026-11-27T10:00:00.000+01:00" in await slot_starts(anon, lenas_perm)

    r = await reserve(anon, beard, "2026-11-27T10:00:00Z")  # 11:00, inside the perm hold
    assert r.status_code == 422
    assert r.json()["error"]["message"] == (
        "This time slot is already reserved by another user. Please choose a different time."
    )


async def test_reserving_a_booked_slot_is_refused_with_cal_coms_message(sandbox, api):
    perm = sandbox.event_type_id("fabian-spitzer", "dauerwelle")
    assert (await api.post("/v2/bookings", json=booking_body(perm, FRIDAY_10))).status_code == 201
    r = await reserve(api, perm, FRIDAY_10)
    assert r.status_code == 422
    assert r.json()["error"]["message"] == "Can't reserve a slot if the event is already booked."


async def test_reserving_for_an_unknown_event_type_is_404(anon):
    r = await reserve(anon, 999_999, FRIDAY_10)
    assert r.status_code == 404
    assert r.json()["error"]["code"] == "NotFoundException"


async def test_holds_expire_on_the_clock(sandbox, clock, anon, api):
    perm = sandbox.event_type_id("fabian-spitzer", "dauerwelle")
    hold = (await reserve(anon, perm, FRIDAY_10)).json()["data"]
    assert hold["reservationDuration"] == 5
    assert hold["reservationUntil"] == "2026-11-24T08:05:00.000Z"

    clock.advance(timedelta(minutes=4, seconds=59))
    assert "2026-11-27T10:00:00.000+01:00" not in await slot_starts(anon, perm)
    clock.advance(timedelta(seconds=1))
    assert "2026-11-27T10:00:00.000+01:00" in await slot_starts(anon, perm)
    assert sandbox.active_reservations() == []
    assert (await anon.get(f"{RESERVE}/{hold['reservationUid']}")).json() == {
        "status": "success",
        "data": None,
    }
    # an expired hold no longer protects anyone: a plain booking goes through
    assert (await api.post("/v2/bookings", json=booking_body(perm, FRIDAY_10))).status_code == 201


async def test_reservation_duration_needs_auth_and_sets_the_expiry(sandbox, anon, api):
    perm = sandbox.event_type_id("fabian-spitzer", "dauerwelle")
    r = await reserve(anon, perm, FRIDAY_10, reservationDuration=10)
    assert r.status_code == 401
    r = await reserve(api, perm, FRIDAY_10, reservationDuration=10)
    assert r.status_code == 201
    assert r.json()["data"]["reservationUntil"] == "2026-11-24T08:10:00.000Z"


async def test_patch_restarts_the_hold_and_delete_frees_the_slot(sandbox, clock, api, anon):
    perm = sandbox.event_type_id("fabian-spitzer", "dauerwelle")
    uid = (await reserve(api, perm, FRIDAY_10)).json()["data"]["reservationUid"]
    clock.advance(timedelta(minutes=4))
    r = await api.patch(f"{RESERVE}/{uid}", json={"reservationDuration": 5})
    assert r.status_code == 200
    assert r.json()["data"]["reservationUntil"] == "2026-11-24T08:09:00.000Z"
    clock.advance(timedelta(minutes=4))
    assert (await api.get(f"{RESERVE}/{uid}")).json()["data"]["reservationUid"] == uid

    assert (await api.delete(f"{RESERVE}/{uid}")).status_code == 200
    assert "2026-11-27T10:00:00.000+01:00" in await slot_starts(anon, perm)
    assert (await api.delete(f"{RESERVE}/{uid}")).status_code == 404
    assert (await api.patch(f"{RESERVE}/{uid}", json={})).status_code == 404
