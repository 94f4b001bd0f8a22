"""A call's background upkeep never keeps its caller waiting behind Cal.com's budget.

The keep-alive extends a call's holds holding the call's lock, the lock the booking tools take.
When the key's budget is spent (many calls on one key), its requests wait in the gate's line for
the next window; a caller's "ja, buchen" must not then wait behind that upkeep for the lock: the
booking goes as soon as the gate lets it, and the upkeep comes back in its next round.

Against the sandbox with Cal.com's limit, through the gate on the fast timebase of
tests/budget_fixtures.py; checked as what was sent, in order, never as time.
"""

# ruff: noqa: F811
from __future__ import annotations

import asyncio
import contextlib
from datetime import timedelta

import httpx
import pytest

from calendar_adapter.backend import GaveWayError
from calendar_adapter.budget import Budget, GateRequest, RequestGate, Timebase, give_way
from tests.budget_fixtures import SentLog, fast, gated_client, limited  # noqa: F401
from tests.conftest import FRIDAY_10
from tests.tools_fixtures import let_the_keepalive_see
from tests.waiting import eventually
from tools.booking_tools import BookingTools
from tools.call_lock import CallLock
from tools.deps import BookingDeps
from tools.session import CallSession, Hold, SlotRef

pytestmark = pytest.mark.slow  # waits for one of Cal.com's windows (scheduled first)

CALLER = "+4915112345678"
KEEPALIVE_SECONDS = 15.0
HOLD_MINUTES = 10


async def _until(condition, what: str = "a request waiting in the gate's line") -> None:
    """Poll (the gate's counters announce nothing) until `condition` holds."""
    await eventually(condition, what, every=0.005)


async def _hold(session: CallSession, sandbox, stylist: str, service: str, person: str | None):
    offering = session.catalog.offering(sandbox.user_id(stylist), service)
    assert offering is not None
    slot_id = session.register_slot(
        SlotRef(
            event_type_id=offering.event_type_id,
            start=FRIDAY_10,
            end=FRIDAY_10 + timedelta(minutes=offering.minutes),
            stylist_user_id=offering.stylist_user_id,
            service_slug=offering.service_slug,
        ),
        person=person,
    )
    async with session.lock:
        return await session.hold(slot_id, person)


def _about(hold: Hold) -> str:
    return f"/v2/slots/reservations/{hold.reservation_uid}"


@contextlib.asynccontextmanager
async def _call_on_a_small_budget(limited, salon, fast, ledger, clock, log: SentLog):
    """A call with its keep-alive, on a key whose window holds 25 requests; ended after."""
    budget = Budget(limit=30, headroom=5, write_reserve=5)  # 25 a window
    async with gated_client(limited, salon, fast, budget=budget, log=log) as client:
        deps = BookingDeps(
            backend=client, ledger=ledger, clock=clock, salon=salon, hold_minutes=HOLD_MINUTES
        )
        session = CallSession(
            deps, caller_phone=CALLER, mode="text", keepalive_seconds=KEEPALIVE_SECONDS
        )
        await session.start()
        try:
            yield client, session
        finally:
            await session.end("test over")


async def test_a_yes_is_booked_first_while_the_keep_alive_waits_for_the_budget(
    limited, salon, fast, ledger, clock
):
    log = SentLog()
    async with _call_on_a_small_budget(limited, salon, fast, ledger, clock, log) as (
        client,
        session,
    ):
        gate = client.gate
        tools = BookingTools(session)
        # The caller holds a perm for themself and a cut for their son.
        mine = await _hold(session, limited, "fabian-spitzer", "dauerwelle", None)
        sons = await _hold(session, limited, "mehmet-yilmaz", "kinderhaarschnitt", "Sohn")
        # Other calls on the key spend the rest of the window.
        while gate.metrics().budget_left:
            assert await client.get_booking("someone-elses") is None
        spent = len(log.sent)

        # Both holds run out within the minute: the keep-alive's round wants to extend
        # them, and its first request waits in line for the next window.
        await let_the_keepalive_see(
            clock, session, timedelta(minutes=HOLD_MINUTES) - timedelta(seconds=30)
        )
        await _until(lambda: gate.metrics().waiting["write"] == 1)

        # Now the caller says yes to their own appointment.
        booked = await asyncio.wait_for(
            tools.call(
                "book_appointment", {"slot_id": mine.slot_id, "customer_name": "Anna Becker"}
            ),
            timeout=60,
        )
        assert booked["status"] == "booked", booked
        sent = [(s.method, s.path) for s in log.sent[spent:]]
        # The first requests of the next window are the booking's: its hold made sure of,
        # then the booking; the son's hold (upkeep nobody is waiting for) comes after.
        assert sent[: sent.index(("POST", "/v2/bookings")) + 1] == [
            ("GET", _about(mine)),
            ("PATCH", _about(mine)),
            ("POST", "/v2/bookings"),
        ], sent
        assert log.rate_limited == []
        # The round that gave way is on the call's timeline, for both holds it put off.
        put_off = [
            e for e in await ledger.timeline(session.call_id) if e.kind == "keepalive_gave_way"
        ]
        assert {e.data["appointment_id"] for e in put_off} == {
            mine.appointment_id,
            sons.appointment_id,
        }, put_off
        assert all("gave way" in e.data["reason"] for e in put_off)

        # The round that gave way lost nothing: the next one extends the son's hold.
        extended_until = sons.until
        await let_the_keepalive_see(clock, session, timedelta(seconds=KEEPALIVE_SECONDS))
        await _until(lambda: sons.until > extended_until, "the son's hold extended")
        row = await ledger.get(sons.appointment_id)
        assert row is not None and row.reservation_until == sons.until
        (held,) = limited.active_reservations()
        assert held["reservationUid"] == sons.reservation_uid
    assert limited.active_reservations() == []


async def test_a_renewal_that_gives_way_changes_nothing_and_the_yes_renews_the_hold(
    limited, salon, fast, ledger, clock
):
    """The hold lapsed while the caller thought; the keep-alive's renewal waits for the budget
    when the caller says yes. It gives way before anything left, so the hold is still the
    caller's, and the booking places it again and books, once."""
    log = SentLog()
    async with _call_on_a_small_budget(limited, salon, fast, ledger, clock, log) as (
        client,
        session,
    ):
        gate = client.gate
        tools = BookingTools(session)
        mine = await _hold(session, limited, "fabian-spitzer", "dauerwelle", None)
        lapsed = mine.reservation_uid
        while gate.metrics().budget_left:
            assert await client.get_booking("someone-elses") is None
        spent = len(log.sent)

        await let_the_keepalive_see(clock, session, timedelta(minutes=HOLD_MINUTES, seconds=1))
        await _until(lambda: gate.metrics().waiting["write"] == 1)
        booked = await asyncio.wait_for(
            tools.call(
                "book_appointment", {"slot_id": mine.slot_id, "customer_name": "Anna Becker"}
            ),
            timeout=60,
        )
        assert booked["status"] == "booked", booked
        sent = [(s.method, s.path) for s in log.sent[spent:]]
        assert sent == [
            ("DELETE", f"/v2/slots/reservations/{lapsed}"),
            ("POST", "/v2/slots/reservations"),
            ("POST", "/v2/bookings"),
        ], sent
        kinds = [e.kind for e in await ledger.timeline(session.call_id)]
        assert kinds.count("hold_renewed") == 1 and "error" not in kinds, kinds
        row = await ledger.get(mine.appointment_id)
        assert row is not None and row.booking_uid is not None
    assert limited.active_reservations() == []


async def test_a_fence_waits_for_its_renewal_even_while_a_tool_waits(
    limited, salon, fast, ledger, clock
):
    """A fence (the slot of a lost booking request held again, so Cal.com cannot carry the
    request out later) does not give way: a renewal that gave way after its lapsed reservation's
    release had left would drop it. The tool waits for the renewal; the fence stands after."""
    log = SentLog()
    async with _call_on_a_small_budget(limited, salon, fast, ledger, clock, log) as (
        client,
        session,
    ):
        gate = client.gate
        # The appointment whose request was lost belongs to an earlier call.
        earlier = CallSession(
            session.deps, caller_phone=CALLER, mode="text", keepalive_seconds=None
        )
        await earlier.start()
        try:
            lost = await _hold(earlier, limited, "fabian-spitzer", "dauerwelle", None)
            offering = session.catalog.offering(
                limited.user_id("mehmet-yilmaz"), "kinderhaarschnitt"
            )
            assert offering is not None
            slot_id = session.register_slot(
                SlotRef(
                    event_type_id=offering.event_type_id,
                    start=FRIDAY_10,
                    end=FRIDAY_10 + timedelta(minutes=offering.minutes),
                    stylist_user_id=offering.stylist_user_id,
                    service_slug=offering.service_slug,
                ),
            )
            async with session.lock:
                fence = await session.place_hold(slot_id, guards=lost.appointment_id)
            lapsed = fence.reservation_uid
            while gate.metrics().budget_left:
                assert await client.get_booking("someone-elses") is None
            spent = len(log.sent)

            # The fence lapses; its renewal waits in line for the next window; a tool wants in.
            await let_the_keepalive_see(clock, session, timedelta(minutes=HOLD_MINUTES, seconds=1))
            await _until(lambda: gate.metrics().waiting["write"] == 1)
            async with asyncio.timeout(60):
                async with session.lock:
                    sent_before_the_tool = [(s.method, s.path) for s in log.sent[spent:]]
            assert sent_before_the_tool == [
                ("DELETE", f"/v2/slots/reservations/{lapsed}"),
                ("POST", "/v2/slots/reservations"),
            ], sent_before_the_tool
            assert fence.reservation_uid != lapsed
            held = {r["reservationUid"] for r in limited.active_reservations()}
            assert fence.reservation_uid in held
        finally:
            await earlier.end("test over")


# -- the pieces ------------------------------------------------------------------------------


class Hand:
    """Monotonic seconds moved by hand."""

    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


async def test_work_that_gives_way_leaves_the_gates_line_unsent_when_a_caller_waits():
    hand = Hand()
    # A window of a twentieth of a second on the hand: a waiting request looks again that often.
    budget = Budget(limit=2, headroom=0, write_reserve=0, window_seconds=0.05)
    gate = RequestGate(budget=budget, timebase=Timebase(monotonic=hand))
    sent: list[str] = []

    async def send() -> httpx.Response:
        sent.append("sent")
        return httpx.Response(200, json={"status": "success", "data": None})

    lookup = GateRequest("GET", "/v2/slots/reservations/r-1")
    caller_waits = asyncio.Event()
    caller_waits.set()
    with give_way(caller_waits):
        await gate.send(lookup, send)  # a token at once: no waiting, nothing to give way to
    await gate.send(lookup, send)  # the window is spent
    caller_waits.clear()

    async def upkeep() -> httpx.Response:
        with give_way(caller_waits):
            return await gate.send(lookup, send)

    waiting = asyncio.create_task(upkeep())
    await _until(lambda: gate.metrics().waiting["write"] == 1)
    caller_waits.set()
    with pytest.raises(GaveWayError):
        await waiting
    assert sent == ["sent", "sent"]
    assert gate.metrics().waiting["write"] == 0
    # Outside `give_way` a request waits for the next window as before, caller or not.
    callers = asyncio.create_task(gate.send(lookup, send))
    await _until(lambda: gate.metrics().waiting["write"] == 1)
    await asyncio.sleep(0.2)  # it looked again, and stays in line
    assert gate.metrics().waiting["write"] == 1 and not callers.done()
    hand.t += 0.05
    await callers
    assert sent == ["sent"] * 3


async def test_the_call_lock_tells_background_work_while_a_tool_waits():
    lock = CallLock()
    async with lock.background() as wanted:
        assert not wanted.is_set()
        tool = asyncio.create_task(lock.__aenter__())
        await _until(wanted.is_set, "background work told that a tool waits")
    await tool
    assert lock.locked() and not wanted.is_set()  # the tool has it: nobody waits
    await lock.__aexit__(None, None, None)
    assert not lock.locked()
