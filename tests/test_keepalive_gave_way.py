"""A hold whose keep-alive gives way: the caller thinks, the hold is due for extension, and the
keep-alive cannot extend it (Cal.com fails, or it gave way to a tool under the rate limit: see
tests/test_rate_budget_upkeep.py). Then the call's timeline says so (`keepalive_gave_way`, once,
with when the hold may lapse), `status` shows it as "Verlängerung zurückgestellt", the call goes
on, and once the reservation's end has passed the guard no longer backs "ist für Sie reserviert"
(the hold may have lapsed in Cal.com)."""

# ruff: noqa: F811
from __future__ import annotations

from datetime import datetime, timedelta

from agent.claims import decide
from agent.commands.status import status_report
from calendar_adapter.ledger import AppointmentState
from tests.guard_support import facts_of
from tests.tools_fixtures import CALLER, FRIDAY, deps, let_the_keepalive_see  # noqa: F401
from tests.waiting import eventually
from tools.booking_tools import BookingTools
from tools.session import CallSession

S = AppointmentState
RESERVATIONS = "*/v2/slots/reservations*"  # every request about a reservation
HELD_CLAIM = "Ihre Dauerwelle am Freitag um 10 Uhr ist für Sie reserviert."


async def _events(ledger, call_id: str, kind: str) -> list:
    return [e for e in await ledger.timeline(call_id) if e.kind == kind]


async def _until_logged(ledger, call_id: str, kind: str) -> list:
    async def logged() -> bool:
        return bool(await _events(ledger, call_id, kind))

    await eventually(logged, f"{kind} on the timeline of {call_id}")
    return await _events(ledger, call_id, kind)


async def _more_rounds(clock, ledger, session, rounds: int = 3) -> None:
    """Let the keep-alive (sleeping on the test's clock) run `rounds` more rounds."""
    for _ in range(rounds):
        before = len(await ledger.timeline(session.call_id))
        await let_the_keepalive_see(clock, session, timedelta(seconds=1))

        async def logged_more(before: int = before) -> bool:
            return len(await ledger.timeline(session.call_id)) > before

        await eventually(logged_more, "the round's `error`")  # each failing round writes one


async def _call_holding_friday_ten(deps) -> BookingTools:
    session = CallSession(deps, caller_phone=CALLER, mode="text", keepalive_seconds=0.02)
    await session.start()
    tools = BookingTools(session)
    held = await tools.call(
        "check_availability",
        {"service": "Dauerwelle", "stylist": "Fabian", "date": FRIDAY, "time": "10:00"},
    )
    assert held["status"] == "held", held
    return tools


async def test_a_keep_alive_that_cannot_extend_the_hold_says_so_once_and_the_guard_stops_holding_it(
    deps, sandbox, ledger, clock, salon
):
    """Caller: holds Friday 10:00 and thinks. Calendar: every reservation request fails (500).
    Afterwards: the keep-alive's extension is put off, the timeline says so once (not every
    round) with the time the hold may lapse; the hold is still the caller's until then and the
    guard backs "reserviert"; once that time has passed the guard backs it no more, and
    `status` shows "Verlängerung zurückgestellt"."""
    tools = await _call_holding_friday_ten(deps)
    session = tools.session
    facts = facts_of(tools)
    try:
        (hold,) = session.holds
        until = hold.until
        await facts.refresh()
        assert decide(HELD_CLAIM, facts.facts()).passes

        sandbox.faults.fail_next(10_000, "5xx", RESERVATIONS)
        # due: it runs out within the minute
        await let_the_keepalive_see(clock, session, timedelta(minutes=9, seconds=30))
        (event,) = await _until_logged(ledger, session.call_id, "keepalive_gave_way")

        assert event.data["appointment_id"] == hold.appointment_id
        assert event.data["may_lapse_at"] == until.isoformat()
        assert event.data["lapsed"] is False and "error" in event.data["reason"]
        await _more_rounds(clock, ledger, session)  # they fail the same way
        assert len(await _events(ledger, session.call_id, "keepalive_gave_way")) == 1
        row = await ledger.get(hold.appointment_id)
        assert row.state is S.HELD and row.reservation_until == until
        await facts.refresh()
        assert decide(HELD_CLAIM, facts.facts()).passes  # still held: 30 s left

        clock.advance(timedelta(seconds=31))  # its end has passed: it may have lapsed
        assert not decide(HELD_CLAIM, facts.facts()).passes
        assert [k.fact.state for k in facts.known] == [S.EXPIRED]

        report = await status_report(ledger, deps.backend, salon, session.call_id)
        shown = "\n".join(report.lines)
        assert "Verlängerung zurückgestellt" in shown, shown
    finally:
        sandbox.faults.clear()
        await session.end("test over")


async def test_a_keep_alive_that_extends_the_hold_logs_nothing_put_off_and_the_hold_stays_held(
    deps, sandbox, ledger, clock
):
    """The same caller with Cal.com answering: the hold is extended, no `keepalive_gave_way`,
    and "reserviert" is backed after the first reservation's end (the ledger has the new one)."""
    tools = await _call_holding_friday_ten(deps)
    session = tools.session
    facts = facts_of(tools)
    try:
        await let_the_keepalive_see(clock, session, timedelta(minutes=9, seconds=30))
        await _until_logged(ledger, session.call_id, "hold_extended")
        clock.advance(timedelta(seconds=31))
        await facts.refresh()
        assert decide(HELD_CLAIM, facts.facts()).passes
        assert await _events(ledger, session.call_id, "keepalive_gave_way") == []
    finally:
        await session.end("test over")


async def test_a_hold_put_off_again_after_a_later_extension_is_logged_again(
    deps, sandbox, ledger, clock
):
    """Put off, then extended (Cal.com answers again), then put off again: two events, each
    with the end it may lapse at."""
    tools = await _call_holding_friday_ten(deps)
    session = tools.session
    try:
        sandbox.faults.fail_next(10_000, "5xx", RESERVATIONS)
        await let_the_keepalive_see(clock, session, timedelta(minutes=9, seconds=30))
        (first,) = await _until_logged(ledger, session.call_id, "keepalive_gave_way")
        sandbox.faults.clear()
        await let_the_keepalive_see(clock, session, timedelta(seconds=1))  # the next round
        await _until_logged(ledger, session.call_id, "hold_extended")
        sandbox.faults.fail_next(10_000, "5xx", RESERVATIONS)
        await let_the_keepalive_see(clock, session, timedelta(minutes=9, seconds=30))

        async def put_off_twice() -> bool:
            return len(await _events(ledger, session.call_id, "keepalive_gave_way")) >= 2

        await eventually(put_off_twice, "a second keepalive_gave_way")
        put_off = await _events(ledger, session.call_id, "keepalive_gave_way")
        assert len(put_off) == 2, put_off
        assert put_off[1].data["may_lapse_at"] > first.data["may_lapse_at"]
    finally:
        sandbox.faults.clear()
        await session.end("test over")


async def test_a_hold_past_its_reservation_end_is_named_to_the_model_as_possibly_lapsed(
    deps, sandbox, clock
):
    """Without a keep-alive round in between (it gave way), the hold the tools name to the
    model (`holds`) says it may have lapsed once its end has passed, and not before."""
    session = CallSession(deps, caller_phone=CALLER, mode="text", keepalive_seconds=None)
    await session.start()
    tools = BookingTools(session)
    try:
        held = await tools.call(
            "check_availability",
            {"service": "Dauerwelle", "stylist": "Fabian", "date": FRIDAY, "time": "10:00"},
        )
        assert "may_have_lapsed" not in held["holds"][0]
        clock.advance(timedelta(minutes=10, seconds=1))
        later = await tools.call("find_my_appointments", {})
        assert later["holds"][0]["may_have_lapsed"] is True, later["holds"]
    finally:
        await session.end("test over")


async def test_a_call_without_a_keep_alive_logs_nothing_put_off_and_its_lapse_as_expired(
    deps, sandbox, ledger, clock
):
    """A call without a keep-alive (the bench's callers, tests): no round ever ran, so nothing
    was put off and `keepalive_gave_way` would say what did not happen. The timeline is honest
    all the same: `hold_placed` says until when the hold stands, from then on the guard no
    longer backs "reserviert", and the hang-up records the hold as expired, not released."""
    session = CallSession(deps, caller_phone=CALLER, mode="text", keepalive_seconds=None)
    await session.start()
    tools = BookingTools(session)
    facts = facts_of(tools)
    held = await tools.call(
        "check_availability",
        {"service": "Dauerwelle", "stylist": "Fabian", "date": FRIDAY, "time": "10:00"},
    )
    assert held["status"] == "held", held
    (placed,) = await _events(ledger, session.call_id, "hold_placed")
    clock.advance(timedelta(minutes=10, seconds=1))
    await facts.refresh()
    assert not decide(HELD_CLAIM, facts.facts()).passes
    await session.end("test over")

    assert datetime.fromisoformat(placed.data["until"]) <= clock.now()
    assert await _events(ledger, session.call_id, "keepalive_gave_way") == []
    (expired,) = await _events(ledger, session.call_id, "hold_expired")
    assert expired.data["appointment_id"] == placed.data["appointment_id"]
    assert await _events(ledger, session.call_id, "hold_released") == []
    (row,) = await ledger.appointments_for_call(session.call_id)
    assert row.state is S.EXPIRED
