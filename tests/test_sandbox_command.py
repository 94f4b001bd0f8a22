"""`run_agent.py sandbox`, and the sandbox deciding races between simultaneous callers."""

from __future__ import annotations

import argparse
import asyncio
import re

import httpx

from calendar_adapter.sandbox import command
from tests.conftest import FRIDAY_10_ISO as FRIDAY_10
from tests.conftest import booking_body


async def test_the_command_serves_the_reference_salon_where_a_friday_hold_hides_and_guards_its_slot(
    capsys,
):
    parser = argparse.ArgumentParser()
    command.configure(parser)
    args = parser.parse_args(["--port", "0", "--now", "2026-11-24T08:00:00Z", "--rate-limit", "50"])
    assert args.api_key == "cal_test_sandbox"
    assert parser.parse_args([]).port == 5555

    task = asyncio.create_task(command.run(args))
    printed = ""
    while "event type id" not in printed:
        assert not task.done(), task.exception()
        await asyncio.sleep(0.05)
        printed += capsys.readouterr().out
    try:
        url = re.search(r"Cal\.com sandbox: (http://\S+)", printed).group(1)
        assert "API key:         cal_test_sandbox" in printed
        assert re.search(r"fabian-spitzer\s+dauerwelle\s+135\s+1003", printed)
        async with httpx.AsyncClient(base_url=url) as anon:
            r_hold = await anon.post(
                "/v2/slots/reservations", json={"eventTypeId": 1003, "slotStart": FRIDAY_10}
            )
            assert r_hold.status_code == 201
            r = await anon.get(
                "/v2/slots",
                params={
                    "eventTypeId": 1003,
                    "start": "2026-11-27",
                    "end": "2026-11-27",
                    "timeZone": "Europe/Berlin",
                },
            )
            assert "2026-11-27T10:00:00.000+01:00" not in [
                s["start"] for s in r.json()["data"]["2026-11-27"]
            ]
            mine = r_hold.json()["data"]["reservationUid"]

            # Another caller holds a different slot and tries to book Friday 10:00 with that
            # reservation: someone else's hold is the earliest on the slot -> 409.
            r = await anon.post(
                "/v2/slots/reservations",
                json={"eventTypeId": 1003, "slotStart": "2026-11-27T13:00:00.000Z"},
            )
            theirs = r.json()["data"]["reservationUid"]
            for uid in (theirs, "no-such-reservation"):
                r = await anon.post("/v2/bookings", json=booking_body(1003, reservedSlotUid=uid))
                assert r.status_code == 409
                assert r.json()["error"]["message"].startswith(
                    "Someone else reserved this booking time slot before you."
                )
            r = await anon.post("/v2/bookings", json=booking_body(1003, reservedSlotUid=mine))
            assert r.status_code == 201
    finally:
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)


async def test_simultaneous_holds_on_one_slot_leave_exactly_one_winner(sandbox):
    perm = sandbox.event_type_id("fabian-spitzer", "dauerwelle")
    async with httpx.AsyncClient(base_url=sandbox.url) as anon:
        answers = await asyncio.gather(
            *[
                anon.post(
                    "/v2/slots/reservations", json={"eventTypeId": perm, "slotStart": FRIDAY_10}
                )
                for _ in range(8)
            ]
        )
    assert sorted(r.status_code for r in answers) == [201] + [422] * 7
    assert len(sandbox.active_reservations()) == 1


async def test_simultaneous_bookings_of_one_slot_leave_exactly_one_booking(sandbox):
    perm = sandbox.event_type_id("fabian-spitzer", "dauerwelle")
    cut = sandbox.event_type_id("fabian-spitzer", "herrenhaarschnitt")

    def body(i: int, event_type_id: int) -> dict:
        attendee = {
            "name": f"Caller {i}",
            "email": f"c{i}@example.com",
            "timeZone": "Europe/Berlin",
        }
        return {"eventTypeId": event_type_id, "start": FRIDAY_10, "attendee": attendee}

    async with httpx.AsyncClient(base_url=sandbox.url) as anon:
        answers = await asyncio.gather(
            *[anon.post("/v2/bookings", json=body(i, perm if i % 2 else cut)) for i in range(8)]
        )
    assert sorted(r.status_code for r in answers).count(201) == 1
    assert len(sandbox.bookings()) == 1
    # The losers: the winner's own event type again is the same booking (409); the other
    # length at the same start merely overlaps it: the host is busy (400), as Cal.com answers.
    (winner,) = [i for i, r in enumerate(answers) if r.status_code == 201]
    for i, r in enumerate(answers):
        if i != winner:
            assert r.status_code == (409 if i % 2 == winner % 2 else 400), (i, r.json())
