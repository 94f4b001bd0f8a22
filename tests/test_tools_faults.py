"""When Cal.com misbehaves, the caller is told the truth: what the tools say matches the ledger,
and the ledger matches the calendar. Includes the race of many callers for few slots."""

from __future__ import annotations

import asyncio

import pytest

from calendar_adapter.ledger import AppointmentState
from tests.conftest import BERLIN, berlin
from tools.booking_tools import BookingTools
from tools.deps import BookingDeps
from tools.recovery import recover_after_crash
from tools.session import CallSession

CALLER = "+4915112345678"
FRIDAY = "2026-11-27"


@pytest.fixture
def deps(calendar, ledger, clock, salon) -> BookingDeps:
    return BookingDeps(backend=calendar, ledger=ledger, clock=clock, salon=salon, hold_minutes=10)


@pytest.fixture
async def open_call(deps):
    sessions: list[CallSession] = []

    async def _open(phone: str | None = CALLER) -> BookingTools:
        session = CallSession(deps, caller_phone=phone, mode="text", keepalive_seconds=None)
        await session.start()
        sessions.append(session)
        return BookingTools(session)

    yield _open
    for s in sessions:
        await s.end("test over")


def _ours(sandbox, call_id: str) -> list[dict]:
    return [b for b in sandbox.bookings() if (b.get("metadata") or {}).get("callId") == call_id]


async def _held(tools: BookingTools, time: str = "10:00") -> dict:
    result = await tools.call(
        "check_availability",
        {"service": "Herrenhaarschnitt", "stylist": "Fabian Spitzer", "date": FRIDAY, "time": time},
    )
    assert result["status"] == "held", result
    return result


async def _assert_story_agrees(result: dict, tools: BookingTools, sandbox, ledger) -> None:
    """What the caller was told == the ledger == the calendar."""
    call_id = tools.session.call_id
    rows = [r for r in await ledger.appointments_for_call(call_id) if r.request_id]
    assert len(rows) == 1, rows
    row = rows[0]
    in_calendar = [b for b in _ours(sandbox, call_id) if b["status"] == "accepted"]
    if result["status"] == "booked":
        assert "gebucht" in result["say"]
        assert row.state is AppointmentState.CONFIRMED
        assert [b["uid"] for b in in_calendar] == [row.booking_uid]
    elif result["status"] == "not_booked":
        assert "say" not in result
        assert row.state is AppointmentState.FAILED and row.booking_uid is None
        assert in_calendar == []
    elif result["status"] == "unknown":
        assert "gebucht" not in result["say"]
        assert row.state is AppointmentState.UNKNOWN
    else:
        pytest.fail(f"unexpected status {result}")


async def test_a_server_error_on_booking_is_reported_as_not_booked_and_can_be_retried(
    open_call, sandbox, ledger
):
    tools = await open_call()
    held = await _held(tools)
    sandbox.faults.fail_next(1, "5xx", endpoint="POST /v2/bookings")

    result = await tools.call(
        "book_appointment", {"slot_id": held["slot_id"], "customer_name": "Max"}
    )

    assert result["status"] == "not_booked"
    await _assert_story_agrees(result, tools, sandbox, ledger)
    assert sandbox.active_reservations() == []  # the failed attempt's hold was freed
    same = [a for a in result["alternatives"] if a["time"] == "10:00" and a["date"] == FRIDAY]
    assert same, "the freed slot is offered again"
    assert (await tools.call("hold_slot", {"slot_id": same[0]["slot_id"]}))["status"] == "held"
    again = await tools.call(
        "book_appointment", {"slot_id": same[0]["slot_id"], "customer_name": "Max"}
    )
    assert again["status"] == "booked"


async def test_a_gateway_timeout_on_booking_is_reported_as_not_booked(open_call, sandbox, ledger):
    tools = await open_call()
    held = await _held(tools)
    sandbox.faults.timeout_seconds = 0.05
    sandbox.faults.fail_next(1, "timeout", endpoint="POST /v2/bookings")

    result = await tools.call(
        "book_appointment", {"slot_id": held["slot_id"], "customer_name": "Max"}
    )

    assert result["status"] == "not_booked"
    await _assert_story_agrees(result, tools, sandbox, ledger)


async def test_rate_limiting_is_waited_out_and_the_booking_succeeds(open_call, sandbox, ledger):
    tools = await open_call()
    held = await _held(tools)
    sandbox.faults.retry_after_seconds = 0
    sandbox.faults.fail_next(2, "429", endpoint="POST /v2/bookings")

    result = await tools.call(
        "book_appointment", {"slot_id": held["slot_id"], "customer_name": "Max"}
    )

    assert result["status"] == "booked"
    await _assert_story_agrees(result, tools, sandbox, ledger)


@pytest.mark.parametrize("kind", ["timeout", "5xx"])
async def test_a_response_lost_after_commit_is_found_and_confirmed(
    open_call, sandbox, ledger, kind
):
    tools = await open_call()
    held = await _held(tools)
    sandbox.faults.timeout_seconds = 0.05
    sandbox.faults.lose_response_after_commit(1, endpoint="POST /v2/bookings", kind=kind)

    result = await tools.call(
        "book_appointment", {"slot_id": held["slot_id"], "customer_name": "Max"}
    )

    assert result["status"] == "booked"
    await _assert_story_agrees(result, tools, sandbox, ledger)
    kinds = [e.kind for e in await ledger.timeline(tools.session.call_id)]
    assert "booking_confirmed" in kinds


async def test_a_lost_response_with_cal_com_unreachable_stays_unknown_until_recovery(
    open_call, sandbox, ledger, deps
):
    tools = await open_call()
    held = await _held(tools)
    sandbox.faults.lose_response_after_commit(1, endpoint="POST /v2/bookings", kind="5xx")
    sandbox.faults.fail_next(1000, "5xx", endpoint="GET /v2/bookings")

    result = await tools.call(
        "book_appointment", {"slot_id": held["slot_id"], "customer_name": "Max"}
    )

    assert result["status"] == "unknown"
    assert result["say"].startswith("Ich kann die Buchung gerade nicht bestätigen")
    await _assert_story_agrees(result, tools, sandbox, ledger)
    assert len(_ours(sandbox, tools.session.call_id)) == 1  # it did happen; nobody may claim it

    # Still unreachable: recovery leaves it unknown rather than guessing.
    assert any("unknown" in line for line in await recover_after_crash(deps))
    row = (await ledger.appointments_for_call(tools.session.call_id))[0]
    assert row.state is AppointmentState.UNKNOWN

    sandbox.faults.clear()
    lines = await recover_after_crash(deps)
    row = (await ledger.appointments_for_call(tools.session.call_id))[0]
    assert row.state is AppointmentState.CONFIRMED
    assert row.booking_uid == _ours(sandbox, tools.session.call_id)[0]["uid"]
    assert any("accepted" in line for line in lines)


async def test_fifty_callers_for_five_slots(deps, sandbox, ledger):
    times = ["10:00", "10:30", "11:00", "11:30", "12:00"]

    async def caller(i: int) -> tuple[CallSession, dict, dict | None]:
        session = CallSession(
            deps, caller_phone=f"+49151000{i:05d}", mode="phone", keepalive_seconds=None
        )
        await session.start()
        tools = BookingTools(session)
        asked = await tools.call(
            "check_availability",
            {
                "service": "Herrenhaarschnitt",
                "stylist": "Fabian",
                "date": FRIDAY,
                "time": times[i % 5],
            },
        )
        booked = None
        if asked["status"] == "held":
            booked = await tools.call(
                "book_appointment", {"slot_id": asked["slot_id"], "customer_name": f"Kunde {i}"}
            )
        await session.end("goodbye")
        return session, asked, booked

    outcomes = await asyncio.gather(*(caller(i) for i in range(50)))

    confirmed = [(s, b) for s, _, b in outcomes if b and b["status"] == "booked"]
    assert len(confirmed) == 5
    assert sorted(b["time"] for _, b in confirmed) == times
    booked_times = {b["time"] for _, b in confirmed}
    for i, (_, asked, booked) in enumerate(outcomes):
        if booked is None:
            # The truth: the asked time is gone (someone else holds or booked it), here is more.
            assert asked["status"] == "unavailable", asked
            assert times[i % 5] in booked_times
            assert asked["alternatives"], "every caller who lost is offered alternatives"
            assert all(
                (a["date"], a["time"]) != (FRIDAY, times[i % 5]) for a in asked["alternatives"]
            )
        else:
            assert booked["status"] == "booked", booked

    fabian_cut = sandbox.event_type_id("fabian-spitzer", "herrenhaarschnitt")
    accepted = [b for b in sandbox.bookings() if b["status"] == "accepted"]
    assert len(accepted) == 5 and all(b["eventTypeId"] == fabian_cut for b in accepted)
    for session, booked in confirmed:
        row = [
            r
            for r in await ledger.appointments_for_call(session.call_id)
            if r.state is AppointmentState.CONFIRMED
        ]
        assert len(row) == 1
        match = [b for b in accepted if b["uid"] == row[0].booking_uid]
        assert len(match) == 1 and match[0]["metadata"]["callId"] == session.call_id
        assert row[0].start.astimezone(BERLIN).strftime("%H:%M") == booked["time"]
    assert len(await ledger.upcoming_confirmed(berlin(2026, 11, 24))) == 5
    assert sandbox.active_reservations() == []
    assert [a for a in await ledger.non_final()] == []
