"""The booking tools against the embedded Cal.com sandbox over HTTP, on a pinned clock.

A caller asks, the tools hold and book; afterwards what the caller was told, what the ledger
says and what the calendar holds must be the same story.
"""

# ruff: noqa: F811
from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import httpx
import pytest

from calendar_adapter.calcom import CalComClient
from calendar_adapter.clock import SystemClock
from calendar_adapter.ledger import AppointmentState
from calendar_adapter.sandbox import Sandbox
from calendar_adapter.sandbox.server import SandboxBookingError
from tests.conftest import berlin

# Fixtures are imported by name so pytest finds them (hence F811 on their use as arguments).
from tests.tools_fixtures import (  # noqa: F401
    CALLER,
    FRIDAY,
    deps,
    let_the_keepalive_see,
    open_call,
    ours,
)
from tests.waiting import eventually
from tools import speech
from tools.booking_tools import BookingTools
from tools.deps import BookingDeps
from tools.session import CallSession, SlotRef

BERLIN = ZoneInfo("Europe/Berlin")


async def _row(ledger, call_id: str):
    rows = await ledger.appointments_for_call(call_id)
    assert len(rows) == 1, rows
    return rows[0]


async def _hold_fabian_perm(tools: BookingTools) -> dict:
    result = await tools.call(
        "check_availability",
        {
            "service": "Dauerwelle",
            "stylist": "Fabian",
            "date": FRIDAY,
            "time": "10:00",
            "weekday": "Freitag",
        },
    )
    assert result["status"] == "held", result
    return result


# -- the incident, both ways ----------------------------------------------------------------


async def test_a_web_booking_between_availability_and_yes_loses_to_the_hold(
    open_call, sandbox, ledger
):
    tools = await open_call()
    held = await _hold_fabian_perm(tools)
    assert held["spoken"] == "Freitag, 27. November, 10 Uhr"
    assert held["stylist"] == "Fabian Spitzer" and held["hold_minutes"] == 10
    perm = sandbox.event_type_id("fabian-spitzer", "dauerwelle")
    external = sandbox.faults.external_booking(
        perm, berlin(2026, 11, 27, 10), on="POST /v2/bookings"
    )

    booked = await tools.call(
        "book_appointment", {"slot_id": held["slot_id"], "customer_name": "Erika Muster"}
    )

    assert booked["status"] == "booked", booked
    assert booked["say"] == (
        "Ihr Termin ist gebucht: Dauerwelle bei Fabian Spitzer am Freitag, 27. November, um 10 Uhr."
    )
    assert external.outcome is not None and "error" in external.outcome  # the web booker lost
    at_ten = [
        b for b in sandbox.bookings() if b["eventTypeId"] == perm and b["status"] == "accepted"
    ]
    assert len(at_ten) == 1 and at_ten[0]["metadata"]["callId"] == tools.session.call_id
    row = await _row(ledger, tools.session.call_id)
    assert row.state is AppointmentState.CONFIRMED and row.booking_uid == at_ten[0]["uid"]


async def test_a_slot_taken_before_the_hold_is_never_confirmed(open_call, sandbox, ledger):
    perm = sandbox.event_type_id("fabian-spitzer", "dauerwelle")
    sandbox.place_booking(perm, berlin(2026, 11, 27, 10), name="Web", phone="+4917000000001")
    tools = await open_call()

    result = await tools.call(
        "check_availability",
        {"service": "Dauerwelle", "stylist": "Fabian", "date": FRIDAY, "time": "10:00"},
    )

    assert result["status"] == "unavailable"
    assert 1 <= len(result["alternatives"]) <= 3
    assert all(a["slot_id"] and a["stylist"] == "Fabian Spitzer" for a in result["alternatives"])
    assert all(a["time"] != "10:00" or a["date"] != FRIDAY for a in result["alternatives"])
    assert result["alternatives"][0]["date"] == FRIDAY  # same day first
    assert sandbox.active_reservations() == []  # alternatives are offered, not held
    assert await ledger.appointments_for_call(tools.session.call_id) == []
    assert ours(sandbox, tools.session.call_id) == []

    # The caller takes the first alternative: that one is held, then booked.
    alt = result["alternatives"][0]
    assert (await tools.call("hold_slot", {"slot_id": alt["slot_id"]}))["status"] == "held"
    booked = await tools.call(
        "book_appointment", {"slot_id": alt["slot_id"], "customer_name": "Erika Muster"}
    )
    assert booked["status"] == "booked" and booked["time"] == alt["time"]


# -- hold semantics ---------------------------------------------------------------------------


async def test_hold_slot_releases_the_previous_hold(open_call, sandbox, ledger):
    tools = await open_call()
    held = await _hold_fabian_perm(tools)
    perm = sandbox.event_type_id("fabian-spitzer", "dauerwelle")
    sandbox.place_booking(perm, berlin(2026, 11, 27, 13), phone="+4917000000002")
    other = await tools.call(
        "check_availability",
        {"service": "Dauerwelle", "stylist": "Fabian", "date": FRIDAY, "time": "13:00"},
    )
    assert other["status"] == "unavailable"
    assert other["still_held"]["slot_id"] == held["slot_id"]
    alt = other["alternatives"][0]

    assert (await tools.call("hold_slot", {"slot_id": alt["slot_id"]}))["status"] == "held"

    reservations = sandbox.active_reservations()
    assert len(reservations) == 1
    states = [a.state for a in await ledger.appointments_for_call(tools.session.call_id)]
    assert states == [AppointmentState.RELEASED, AppointmentState.HELD]


async def test_release_hold_frees_the_slot_for_everyone(open_call, sandbox, ledger):
    tools = await open_call()
    await _hold_fabian_perm(tools)
    assert (await tools.call("release_hold", {}))["status"] == "released"
    assert (await tools.call("release_hold", {}))["status"] == "nothing_held"
    assert sandbox.active_reservations() == []
    assert (await _row(ledger, tools.session.call_id)).state is AppointmentState.RELEASED
    again = await (await open_call("+4917000000003")).call(
        "check_availability",
        {"service": "Dauerwelle", "stylist": "Fabian", "date": FRIDAY, "time": "10:00"},
    )
    assert again["status"] == "held"


async def test_ending_the_call_releases_every_hold_even_when_cancelled(deps, sandbox, ledger):
    session = CallSession(deps, caller_phone=CALLER, mode="phone", keepalive_seconds=None)
    await session.start()
    await _hold_fabian_perm(BookingTools(session))
    assert len(sandbox.active_reservations()) == 1

    ending = asyncio.create_task(session.end("hangup"))
    await asyncio.sleep(0)
    ending.cancel()
    with pytest.raises(asyncio.CancelledError):
        await ending
    await session.end("hangup")  # idempotent: waits for the same cleanup

    assert sandbox.active_reservations() == []
    assert (await _row(ledger, session.call_id)).state is AppointmentState.RELEASED
    kinds = [e.kind for e in await ledger.timeline(session.call_id)]
    assert kinds.count("call_ended") == 1 and "hold_released" in kinds
    assert (await ledger.get_call(session.call_id)) is not None


async def test_a_hold_running_out_is_extended_before_booking(open_call, sandbox, ledger, clock):
    tools = await open_call()
    held = await _hold_fabian_perm(tools)
    first_uid = sandbox.active_reservations()[0]["reservationUid"]
    clock.advance(timedelta(minutes=9, seconds=30))

    booked = await tools.call(
        "book_appointment", {"slot_id": held["slot_id"], "customer_name": "Eva"}
    )

    assert booked["status"] == "booked"
    kinds = [e.kind for e in await ledger.timeline(tools.session.call_id)]
    assert "hold_extended" in kinds
    assert (await _row(ledger, tools.session.call_id)).reservation_uid == first_uid


async def _until_timeline_shows(ledger, call_id: str, kind: str) -> None:
    async def shown() -> bool:
        return kind in [e.kind for e in await ledger.timeline(call_id)]

    await eventually(shown, f"{kind} on the timeline")


def _calendar_hold_until(sandbox) -> datetime:
    (reservation,) = sandbox.active_reservations()
    return datetime.fromisoformat(reservation["reservationUntil"].replace("Z", "+00:00"))


@pytest.mark.parametrize(
    ("thinking", "step"),
    [(timedelta(minutes=9, seconds=30), "hold_extended"), (timedelta(minutes=11), "hold_renewed")],
)
async def test_background_keep_alive_keeps_the_hold_while_the_caller_thinks(
    deps, sandbox, ledger, clock, thinking, step
):
    session = CallSession(deps, caller_phone=CALLER, mode="text", keepalive_seconds=0.02)
    await session.start()
    try:
        await _hold_fabian_perm(BookingTools(session))
        # extended before it runs out; placed again once it lapsed
        await let_the_keepalive_see(clock, session, thinking)
        await _until_timeline_shows(ledger, session.call_id, step)
        row = await _row(ledger, session.call_id)
        assert row.state is AppointmentState.HELD
        assert row.reservation_until == clock.now() + timedelta(minutes=10)
        assert _calendar_hold_until(sandbox) == row.reservation_until
    finally:
        await session.end("test over")
    assert sandbox.active_reservations() == []


async def test_keep_alive_on_the_real_clock_extends_a_hold_about_to_run_out(ledger, salon):
    """Production runs on the system clock: the hold's end from Cal.com and the keep-alive's
    idea of now must agree without a test moving time. A one-minute hold is due at once."""
    async with Sandbox(salon=salon, rate_limit_per_minute=10_000) as sb:
        client = CalComClient(sb.url, sb.api_key, salon=salon, timeout=5.0)
        deps = BookingDeps(
            backend=client, ledger=ledger, clock=SystemClock(), salon=salon, hold_minutes=1
        )
        session = CallSession(deps, caller_phone=CALLER, mode="text", keepalive_seconds=0.05)
        try:
            await session.start()
            cut = session.catalog.offering(sb.user_id("fabian-spitzer"), "herrenhaarschnitt")
            now = datetime.now(UTC)
            free = await client.get_slots(cut.event_type_id, now, now + timedelta(days=8))
            slot_id = session.register_slot(
                SlotRef(
                    event_type_id=cut.event_type_id,
                    start=free[0],
                    end=free[0] + timedelta(minutes=cut.minutes),
                    stylist_user_id=cut.stylist_user_id,
                    service_slug=cut.service_slug,
                )
            )
            async with session.lock:
                hold = await session.place_hold(slot_id)
            first_until = hold.until

            await _until_timeline_shows(ledger, session.call_id, "hold_extended")

            row = await _row(ledger, session.call_id)
            # Cal.com counts in whole seconds: a hold extended within the same second ends
            # when it did; it is the same reservation, alive and known to both sides.
            assert row.state is AppointmentState.HELD and row.reservation_until >= first_until
            (reservation,) = sb.active_reservations()
            assert reservation["reservationUid"] == row.reservation_uid == hold.reservation_uid
            assert _calendar_hold_until(sb) == row.reservation_until
        finally:
            await session.end("test over")
            await client.aclose()
        assert sb.active_reservations() == []


async def test_a_declined_hold_cal_com_could_not_free_is_retried_not_kept_alive(
    deps, sandbox, ledger, clock
):
    session = CallSession(deps, caller_phone=CALLER, mode="text", keepalive_seconds=0.02)
    await session.start()
    try:
        tools = BookingTools(session)
        await _hold_fabian_perm(tools)
        sandbox.faults.fail_next(100, "5xx", endpoint="DELETE /v2/slots/reservations/*")
        assert (await tools.call("release_hold", {}))["status"] == "released"
        # a kept-alive hold would be extended
        await let_the_keepalive_see(clock, session, timedelta(minutes=9, seconds=30))
        for _ in range(10):
            await asyncio.sleep(0.02)
        assert "hold_extended" not in [e.kind for e in await ledger.timeline(session.call_id)]

        sandbox.faults.clear()  # Cal.com is back: the keep-alive's next tick frees the slot
        # it ticks on the call's clock, not in real time
        await let_the_keepalive_see(clock, session, timedelta(seconds=1))
        await _until_timeline_shows(ledger, session.call_id, "hold_released")
        assert sandbox.active_reservations() == []
        assert (await _row(ledger, session.call_id)).state is AppointmentState.RELEASED
    finally:
        await session.end("test over")


async def test_a_lapsed_hold_is_placed_again_when_the_slot_is_still_free(
    open_call, sandbox, ledger, clock
):
    tools = await open_call()
    held = await _hold_fabian_perm(tools)
    clock.advance(timedelta(minutes=11))  # the caller took too long; the hold lapsed

    booked = await tools.call(
        "book_appointment", {"slot_id": held["slot_id"], "customer_name": "Eva"}
    )

    assert booked["status"] == "booked"
    kinds = [e.kind for e in await ledger.timeline(tools.session.call_id)]
    assert "hold_renewed" in kinds
    row = await _row(ledger, tools.session.call_id)
    assert row.state is AppointmentState.CONFIRMED
    assert [b["uid"] for b in ours(sandbox, tools.session.call_id)] == [row.booking_uid]


async def test_a_lapsed_hold_whose_slot_was_taken_is_not_booked(open_call, sandbox, ledger, clock):
    tools = await open_call()
    held = await _hold_fabian_perm(tools)
    clock.advance(timedelta(minutes=11))
    perm = sandbox.event_type_id("fabian-spitzer", "dauerwelle")
    sandbox.place_booking(perm, berlin(2026, 11, 27, 10), phone="+4917000000004")

    result = await tools.call(
        "book_appointment", {"slot_id": held["slot_id"], "customer_name": "Eva"}
    )

    assert result["status"] == "not_booked" and result["reason"] == "slot_taken"
    assert result["alternatives"]
    assert "say" not in result
    assert (await _row(ledger, tools.session.call_id)).state is AppointmentState.EXPIRED
    assert ours(sandbox, tools.session.call_id) == []


# -- a renewal that got no answer: Cal.com may hold the slot under a uid we never learnt --------

RESERVE = "POST /v2/slots/reservations"


async def _kinds(ledger, call_id: str) -> list[str]:
    return [e.kind for e in await ledger.timeline(call_id)]


async def test_a_renewal_without_an_answer_is_asked_again_on_the_yes_and_booked(
    open_call, sandbox, ledger, clock
):
    tools = await open_call()
    held = await _hold_fabian_perm(tools)
    clock.advance(timedelta(minutes=11))  # lapsed: the yes places it again ...
    sandbox.faults.fail_next(1, "5xx", RESERVE)  # ... and that request gets no answer

    booked = await tools.call(
        "book_appointment", {"slot_id": held["slot_id"], "customer_name": "Eva"}
    )

    assert booked["status"] == "booked", booked
    kinds = await _kinds(ledger, tools.session.call_id)
    assert (
        kinds.index("hold_answer_lost") < kinds.index("hold_renewed") < kinds.index("booking_sent")
    )
    row = await _row(ledger, tools.session.call_id)
    assert row.state is AppointmentState.CONFIRMED
    assert [b["uid"] for b in ours(sandbox, tools.session.call_id)] == [row.booking_uid]
    assert sandbox.active_reservations() == []  # the booking consumed the hold it was sent with


async def test_an_unseen_reservation_of_our_own_is_not_booked_around_and_is_told_so(
    open_call, sandbox, ledger, clock
):
    """The renewal was carried out but its answer lost: Cal.com holds the slot under a uid the
    call never learnt. Asked again, Cal.com says "already reserved": nothing is booked (a
    booking without that uid would be refused by it), the row stays `reserving`, bounded, and
    once that reservation lapses the next yes books."""
    tools = await open_call()
    held = await _hold_fabian_perm(tools)
    clock.advance(timedelta(minutes=11))
    sandbox.faults.lose_response_after_commit(1, RESERVE, "5xx")

    result = await tools.call(
        "book_appointment", {"slot_id": held["slot_id"], "customer_name": "Eva"}
    )

    assert result["status"] == "not_booked" and result["reason"] == "hold_unconfirmed"
    assert result["alternatives"]
    assert "NICHT gebucht" in result["hint"]
    row = await _row(ledger, tools.session.call_id)
    assert row.state is AppointmentState.RESERVING and row.booking_uid is None
    assert row.reservation_until is not None
    # told, by code, until when it is blocked at the latest: the row's bound
    bound = speech.spoken_time(row.reservation_until.astimezone(BERLIN).time())
    assert result["say"].startswith("Gebucht ist noch nichts"), result["say"]
    assert f"spätestens bis {bound}." in result["say"], result["say"]
    assert "caller_told_free_at" in await _kinds(ledger, tools.session.call_id)
    assert "booking_sent" not in await _kinds(ledger, tools.session.call_id)
    assert ours(sandbox, tools.session.call_id) == []
    (unseen,) = sandbox.active_reservations()  # the one whose answer was lost
    assert row.reservation_until >= datetime.fromisoformat(
        unseen["reservationUntil"].replace("Z", "+00:00")
    )

    clock.advance(timedelta(minutes=11))  # it lapses; the caller says yes once more
    booked = await tools.call(
        "book_appointment", {"slot_id": held["slot_id"], "customer_name": "Eva"}
    )

    assert booked["status"] == "booked", booked
    row = await _row(ledger, tools.session.call_id)
    assert row.state is AppointmentState.CONFIRMED
    assert [b["uid"] for b in ours(sandbox, tools.session.call_id)] == [row.booking_uid]


async def test_a_hold_cal_com_never_confirms_is_not_booked(open_call, sandbox, ledger, clock):
    tools = await open_call()
    held = await _hold_fabian_perm(tools)
    clock.advance(timedelta(minutes=11))
    sandbox.faults.fail_next(2, "5xx", RESERVE)  # the renewal and the second ask: no answer

    result = await tools.call(
        "book_appointment", {"slot_id": held["slot_id"], "customer_name": "Eva"}
    )

    assert result["status"] == "not_booked" and result["reason"] == "hold_unconfirmed"
    assert (await _row(ledger, tools.session.call_id)).state is AppointmentState.RESERVING
    assert "booking_sent" not in await _kinds(ledger, tools.session.call_id)
    assert ours(sandbox, tools.session.call_id) == []


async def test_a_second_ask_whose_answer_is_lost_too_is_told_by_its_own_bound(
    open_call, sandbox, ledger, clock
):
    """The caller is told until when the slot is blocked at the latest. When the request asked
    on their yes loses its answer after Cal.com made the reservation, that reservation may
    stand past the row's older bound: what is said covers it."""
    tools = await open_call()
    held = await _hold_fabian_perm(tools)
    clock.advance(timedelta(minutes=11))
    sandbox.faults.fail_next(2, "5xx", RESERVE)  # the renewal and the second ask: no answer
    first = await tools.call(
        "book_appointment", {"slot_id": held["slot_id"], "customer_name": "Eva"}
    )
    assert first["reason"] == "hold_unconfirmed" and "spätestens bis" in first["say"]

    clock.advance(timedelta(minutes=12))
    sandbox.faults.lose_response_after_commit(1, RESERVE, "5xx")  # made, answer lost
    again = await tools.call(
        "book_appointment", {"slot_id": held["slot_id"], "customer_name": "Eva"}
    )

    assert again["status"] == "not_booked" and again["reason"] == "hold_unconfirmed"
    (unseen,) = sandbox.active_reservations()
    stands = datetime.fromisoformat(unseen["reservationUntil"].replace("Z", "+00:00"))
    told = again["say"].split("spätestens bis ", 1)[1].split(" Uhr", 1)[0]
    hour, minute = (int(x) for x in told.split(":"))
    said = stands.astimezone(BERLIN).replace(hour=hour, minute=minute, second=0)
    assert said >= stands, (again["say"], stands)
    assert ours(sandbox, tools.session.call_id) == []


async def test_a_renewal_without_an_answer_and_the_slot_booked_meanwhile_is_not_booked(
    open_call, sandbox, ledger, clock
):
    tools = await open_call()
    held = await _hold_fabian_perm(tools)
    clock.advance(timedelta(minutes=11))
    sandbox.faults.fail_next(1, "5xx", RESERVE)
    perm = sandbox.event_type_id("fabian-spitzer", "dauerwelle")
    sandbox.faults.external_booking(perm, berlin(2026, 11, 27, 10), on=RESERVE)

    result = await tools.call(
        "book_appointment", {"slot_id": held["slot_id"], "customer_name": "Eva"}
    )

    assert result["status"] == "not_booked" and result["reason"] == "slot_taken"
    assert (await _row(ledger, tools.session.call_id)).state is AppointmentState.EXPIRED
    assert ours(sandbox, tools.session.call_id) == []


async def test_pending_approval_is_not_reported_as_booked(open_call, sandbox, ledger):
    perm = sandbox.event_type_id("fabian-spitzer", "dauerwelle")
    sandbox.set_requires_confirmation(perm, True)
    tools = await open_call()
    held = await _hold_fabian_perm(tools)

    result = await tools.call(
        "book_appointment", {"slot_id": held["slot_id"], "customer_name": "Eva"}
    )

    assert result["status"] == "pending_approval"
    assert "gebucht" not in result["say"] and "bestätigen" in result["say"]
    row = await _row(ledger, tools.session.call_id)
    assert row.state is AppointmentState.PENDING and row.booking_status == "pending"


async def test_asking_again_keeps_one_hold_per_call(open_call, sandbox, ledger):
    tools = await open_call()
    first = await _hold_fabian_perm(tools)

    again = await _hold_fabian_perm(tools)  # the same slot asked twice: still ours
    assert again["slot_id"] == first["slot_id"]
    later = await tools.call(
        "check_availability",
        {"service": "Dauerwelle", "stylist": "Fabian", "date": FRIDAY, "time": "14:00"},
    )

    assert later["status"] == "held" and later["time"] == "14:00"
    (only,) = sandbox.active_reservations()
    assert only["slotStart"].startswith("2026-11-27T13:00")
    states = [a.state for a in await ledger.appointments_for_call(tools.session.call_id)]
    assert states == [AppointmentState.RELEASED, AppointmentState.HELD]


async def test_any_stylist_means_anyone_who_offers_the_service(open_call, sandbox):
    for username in ("fabian-spitzer", "lena-hoffmann"):
        perm = sandbox.event_type_id(username, "dauerwelle")
        sandbox.place_booking(perm, berlin(2026, 11, 27, 10), phone="+4917000000009")
    tools = await open_call()

    result = await tools.call(
        "check_availability", {"service": "Dauerwelle", "date": FRIDAY, "time": "10:00"}
    )

    assert result["status"] == "unavailable"
    assert {a["stylist"] for a in result["alternatives"]} <= {"Fabian Spitzer", "Lena Hoffmann"}
    assert len({(a["date"], a["time"]) for a in result["alternatives"]}) == 3


async def test_hanging_up_while_the_booking_is_sent_still_records_its_outcome(
    deps, sandbox, ledger
):
    session = CallSession(deps, caller_phone=CALLER, mode="phone", keepalive_seconds=None)
    await session.start()
    tools = BookingTools(session)
    held = await _hold_fabian_perm(tools)
    sandbox.faults.latency(0.3, endpoint="POST /v2/bookings")

    booking = asyncio.create_task(
        tools.call("book_appointment", {"slot_id": held["slot_id"], "customer_name": "Eva"})
    )
    await _until_timeline_shows(ledger, session.call_id, "booking_sent")  # on its way
    booking.cancel()  # the caller hung up; the pipeline cancels the tool call
    await session.end("hangup")

    row = (await ledger.appointments_for_call(session.call_id))[0]
    assert row.state is AppointmentState.CONFIRMED
    assert [b["uid"] for b in ours(sandbox, session.call_id)] == [row.booking_uid]
    assert sandbox.active_reservations() == []


# -- round trips on the critical path --------------------------------------------------------


class RoundTrips:
    """Each HTTP request with its place on the critical path: 1 + the deepest request whose
    answer had arrived before it was sent. Concurrent requests share a depth; sequential ones
    add up. Counted from the order of events, not from timings."""

    def __init__(self) -> None:
        self.requests: list[tuple[str, int]] = []
        self._depth: dict[int, int] = {}
        self._answered = 0

    async def on_request(self, request: httpx.Request) -> None:
        depth = self._answered + 1
        self._depth[id(request)] = depth
        self.requests.append((f"{request.method} {request.url.path}", depth))

    async def on_response(self, response: httpx.Response) -> None:
        self._answered = max(self._answered, self._depth.get(id(response.request), 0))

    def reset(self) -> None:
        self.requests.clear()
        self._answered = 0


@pytest.fixture
async def counted_call(sandbox, ledger, clock, salon):
    trips = RoundTrips()
    http = httpx.AsyncClient(
        timeout=5.0,
        event_hooks={"request": [trips.on_request], "response": [trips.on_response]},
    )
    client = CalComClient(sandbox.url, sandbox.api_key, salon=salon, http=http)
    deps = BookingDeps(backend=client, ledger=ledger, clock=clock, salon=salon, hold_minutes=10)
    session = CallSession(deps, caller_phone=CALLER, mode="phone", keepalive_seconds=None)
    await session.start()
    trips.reset()  # the catalog is loaded once per process, not per question
    try:
        yield BookingTools(session), trips
    finally:
        await session.end("test over")
        await http.aclose()


async def test_a_free_time_is_held_after_two_round_trips(counted_call):
    tools, trips = counted_call

    result = await tools.call(
        "check_availability",
        {"service": "Dauerwelle", "stylist": "Fabian", "date": FRIDAY, "time": "10:00"},
    )

    assert result["status"] == "held"
    assert trips.requests == [("GET /v2/slots", 1), ("POST /v2/slots/reservations", 2)]


async def test_any_stylist_is_asked_about_concurrently_then_held(counted_call):
    tools, trips = counted_call

    result = await tools.call(
        "check_availability", {"service": "Dauerwelle", "date": FRIDAY, "time": "10:00"}
    )

    assert result["status"] == "held"
    slots = [depth for what, depth in trips.requests if what == "GET /v2/slots"]
    assert slots == [1, 1]  # Fabian and Lena, side by side
    assert [r for r in trips.requests if r[0] != "GET /v2/slots"] == [
        ("POST /v2/slots/reservations", 2)
    ]


async def test_alternatives_come_from_the_same_concurrent_round(counted_call, sandbox):
    for username in ("fabian-spitzer", "lena-hoffmann"):
        perm = sandbox.event_type_id(username, "dauerwelle")
        sandbox.place_booking(perm, berlin(2026, 11, 27, 10), phone="+4917000000009")
    tools, trips = counted_call

    result = await tools.call(
        "check_availability", {"service": "Dauerwelle", "date": FRIDAY, "time": "10:00"}
    )

    assert result["status"] == "unavailable" and len(result["alternatives"]) == 3
    assert trips.requests == [("GET /v2/slots", 1), ("GET /v2/slots", 1)]


# -- the call's timeline -----------------------------------------------------------------------


async def test_every_tool_call_is_written_to_the_calls_timeline(open_call, ledger):
    tools = await open_call()
    calls = [
        ("check_availability", {"service": "Bart", "date": FRIDAY, "time": "11:00"}),
        ("check_availability", {"service": "Bart", "date": "gestern"}),
        ("hold_slot", {"slot_id": "s-nope"}),
        ("book_appointment", "{not json"),
        ("no_such_tool", {}),
        ("release_hold", {}),
        ("find_my_appointments", {}),
    ]
    results = [await tools.call(name, arguments) for name, arguments in calls]

    events = [e for e in await ledger.timeline(tools.session.call_id) if e.kind.startswith("tool_")]
    assert [(e.kind, e.data["tool"]) for e in events] == [
        (kind, name) for name, _ in calls for kind in ("tool_called", "tool_result")
    ]
    logged = [e.data["result"]["status"] for e in events if e.kind == "tool_result"]
    assert logged == [r["status"] for r in results]
    assert events[0].data["arguments"]["service"] == "Bart"


async def test_without_an_api_key_holds_last_cal_coms_default_five_minutes(
    sandbox, ledger, clock, salon
):
    """Cal.com takes a hold length only from an authenticated client; without a key the tools
    ask for none and tell the caller the five minutes Cal.com gives."""
    client = CalComClient(sandbox.url, None, salon=salon, timeout=5.0)
    deps = BookingDeps(backend=client, ledger=ledger, clock=clock, salon=salon, hold_minutes=5)
    session = CallSession(deps, caller_phone=CALLER, mode="text", keepalive_seconds=None)
    try:
        await session.start()
        held = await _hold_fabian_perm(BookingTools(session))
        assert held["hold_minutes"] == 5
        assert _calendar_hold_until(sandbox) == clock.now() + timedelta(minutes=5)
    finally:
        await session.end("test over")
        await client.aclose()
    assert sandbox.active_reservations() == []


# -- several appointments in one call (finding 5) -----------------------------------------------

TUESDAY = "2026-12-01"


async def _ask(tools: BookingTools, service: str, stylist: str, time: str, **extra) -> dict:
    return await tools.call(
        "check_availability",
        {"service": service, "stylist": stylist, "date": TUESDAY, "time": time, **extra},
    )


async def test_mother_and_son_are_both_held_and_both_booked(open_call, sandbox, ledger):
    """Two appointments at the same time with two stylists: the second hold adds to the first
    (it does not replace it), a web booker cannot take either, and both are booked."""
    tools = await open_call()
    mother = await _ask(tools, "Damenhaarschnitt", "Sophie", "09:00")
    son = await _ask(tools, "Kinderhaarschnitt", "Mehmet", "09:00", for_person="Sohn Max")
    assert mother["status"] == son["status"] == "held"
    assert son["for_person"] == "Sohn Max" and "for_person" not in mother
    assert {h["slot_id"] for h in son["holds"]} == {mother["slot_id"], son["slot_id"]}
    assert len(sandbox.active_reservations()) == 2

    with pytest.raises(SandboxBookingError):  # the web booker loses to the first hold
        sandbox.place_booking(
            sandbox.event_type_id("sophie-brandt", "damenhaarschnitt"), berlin(2026, 12, 1, 9)
        )

    first = await tools.call(
        "book_appointment", {"slot_id": mother["slot_id"], "customer_name": "Eva Roth"}
    )
    second = await tools.call(
        "book_appointment", {"slot_id": son["slot_id"], "customer_name": "Max Roth"}
    )

    assert first["status"] == second["status"] == "booked"
    assert [h["slot_id"] for h in first["holds"]] == [son["slot_id"]]  # the other is still held
    assert second["holds"] == []
    booked = sorted(
        (b["attendees"][0]["name"], b["status"]) for b in ours(sandbox, tools.session.call_id)
    )
    assert booked == [("Eva Roth", "accepted"), ("Max Roth", "accepted")]
    rows = await ledger.appointments_for_call(tools.session.call_id)
    assert [(r.state, r.for_person) for r in rows] == [
        (AppointmentState.CONFIRMED, None),
        (AppointmentState.CONFIRMED, "Sohn Max"),
    ]
    assert sandbox.active_reservations() == []


async def test_a_new_time_replaces_only_that_persons_hold(open_call, sandbox, ledger):
    tools = await open_call()
    mother = await _ask(tools, "Damenhaarschnitt", "Sophie", "09:00")
    son = await _ask(tools, "Kinderhaarschnitt", "Mehmet", "09:00", for_person="Max")

    later = await _ask(tools, "Damenhaarschnitt", "Sophie", "11:00")  # the mother's, again

    assert later["status"] == "held"
    assert {h["slot_id"] for h in later["holds"]} == {later["slot_id"], son["slot_id"]}
    starts = sorted(r["slotStart"][11:16] for r in sandbox.active_reservations())
    assert starts == ["08:00", "10:00"]  # UTC: Max at 9, the mother at 11 (Berlin)
    rows = {r.id: r.state for r in await ledger.appointments_for_call(tools.session.call_id)}
    assert sorted(rows.values()) == sorted(
        [AppointmentState.RELEASED, AppointmentState.HELD, AppointmentState.HELD]
    )
    assert mother["slot_id"] not in {h["slot_id"] for h in later["holds"]}


async def test_two_people_cannot_hold_one_stylist_at_the_same_time(open_call, sandbox):
    tools = await open_call()
    first = await _ask(tools, "Kinderhaarschnitt", "Mehmet", "09:00", for_person="Max")
    second = await _ask(tools, "Kinderhaarschnitt", "Mehmet", "09:00", for_person="Lisa")

    assert first["status"] == "held"
    assert second["status"] == "unavailable"  # Mehmet is held for Max at that time
    assert [h["slot_id"] for h in second["holds"]] == [first["slot_id"]]
    assert len(sandbox.active_reservations()) == 1


async def test_release_hold_names_which_one_when_several_are_held(open_call, sandbox):
    tools = await open_call()
    mother = await _ask(tools, "Damenhaarschnitt", "Sophie", "09:00")
    son = await _ask(tools, "Kinderhaarschnitt", "Mehmet", "09:00", for_person="Max")

    which = await tools.call("release_hold", {})
    assert which["status"] == "invalid_argument" and which["field"] == "slot_id"
    assert len(sandbox.active_reservations()) == 2

    released = await tools.call("release_hold", {"slot_id": son["slot_id"]})
    assert released["status"] == "released" and released["slot_id"] == son["slot_id"]
    assert [h["slot_id"] for h in released["holds"]] == [mother["slot_id"]]
    (left,) = sandbox.active_reservations()
    assert left["eventTypeId"] == sandbox.event_type_id("sophie-brandt", "damenhaarschnitt")
    assert (await tools.call("release_hold", {}))["status"] == "released"
    assert (await tools.call("release_hold", {}))["status"] == "nothing_held"
