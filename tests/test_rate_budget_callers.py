"""Sixty and more callers through the booking tools, on Cal.com's real limit (120 requests per key
and minute, then a minute's block): nobody hears of a 429, every booking is made, bookings never
wait behind slot questions, and identical slot questions are shared.

The sandbox's limiter and the gate run on the fast timebase of tests/budget_fixtures.py. The
calls move in steps (order, not time): 64 bookers are on the line and ask for a time and get it
held; then 40 lookers ask about other stylists and days, more than the window has left for slot
questions; while those are in line, the bookers say yes.

The callers' own work (sessions, ledger, tools) runs in real time, not on the fast timebase, so
slot answers are kept the production default in real time (`SLOT_ANSWERS_KEPT`): otherwise a
busy machine would stretch the 64 questions of "at once" past a tenth of the default.
"""

# ruff: noqa: F811
from __future__ import annotations

import asyncio
from collections import Counter
from dataclasses import dataclass, field

from calendar_adapter.config import DEFAULT_SLOT_CACHE_SECONDS
from tests.budget_fixtures import SPEED, SentLog, fast, gated_client, limited  # noqa: F401
from tools.booking_tools import BookingTools
from tools.deps import BookingDeps
from tools.session import CallSession

BOOKERS = 64
BOOK_DAYS = ("2026-11-25", "2026-11-26", "2026-11-27")
BOOK_STYLISTS = ("Fabian", "Mehmet")
LOOK_DAYS = ("2026-11-25", "2026-11-26", "2026-11-27", "2026-11-28", "2026-12-01", "2026-12-02")
# 42 questions no booker asks: (service, stylist) x day
LOOK_AT = [
    (service, stylist, day)
    for service, stylists in (
        ("Damenhaarschnitt", ("Fabian", "Lena Hoffmann", "Sophie Brandt", "Lea Hofmann")),
        ("Färben", ("Fabian", "Lena Hoffmann", "Sophie Brandt")),
    )
    for stylist in stylists
    for day in LOOK_DAYS
]
LOOKERS = 40
SLOT_ANSWERS_KEPT = DEFAULT_SLOT_CACHE_SECONDS * SPEED  # on the fast timebase


@dataclass
class Steps:
    on_line: int = 0
    all_on_line: asyncio.Event = field(default_factory=asyncio.Event)
    held: int = 0
    all_held: asyncio.Event = field(default_factory=asyncio.Event)
    lookers_in_line: asyncio.Event = field(default_factory=asyncio.Event)


def _booker_asks(i: int) -> dict:
    """A different half hour for each booker of the same stylist and day."""
    minutes = 9 * 60 + 30 + 30 * (i // 6)
    return {
        "service": "Herrenhaarschnitt",
        "stylist": BOOK_STYLISTS[i % 2],
        "date": BOOK_DAYS[(i // 2) % 3],
        "time": f"{minutes // 60:02d}:{minutes % 60:02d}",
    }


async def _open(deps: BookingDeps, phone: str) -> tuple[CallSession, BookingTools]:
    session = CallSession(deps, caller_phone=phone, mode="text", keepalive_seconds=None)
    await session.start()
    return session, BookingTools(session)


async def _booker(deps: BookingDeps, i: int, steps: Steps) -> list[dict]:
    session, tools = await _open(deps, f"+4915120{i:06d}")
    try:
        steps.on_line += 1
        if steps.on_line == BOOKERS:
            steps.all_on_line.set()
        await steps.all_on_line.wait()  # the bookers call at once
        held = await tools.call("check_availability", _booker_asks(i))
        steps.held += 1
        if steps.held == BOOKERS:
            steps.all_held.set()
        if held["status"] != "held":
            return [held]
        await steps.lookers_in_line.wait()  # the caller thinks, then says yes
        booked = await tools.call(
            "book_appointment", {"slot_id": held["slot_id"], "customer_name": f"Kunde {i}"}
        )
        return [held, booked]
    finally:
        await session.end("hangup")


async def _looker(deps: BookingDeps, i: int, steps: Steps) -> list[dict]:
    session, tools = await _open(deps, f"+4915130{i:06d}")
    try:
        await steps.all_held.wait()
        service, stylist, day = LOOK_AT[i]
        asked = {"service": service, "stylist": stylist, "date": day, "time": "vormittags"}
        return [await tools.call("check_availability", asked)]
    finally:
        await session.end("hangup")


async def test_sixty_four_bookers_and_forty_lookers_on_cal_coms_limit(
    limited, salon, fast, ledger, clock
):
    log = SentLog()
    steps = Steps()
    async with gated_client(
        limited, salon, fast, log=log, slot_cache_seconds=SLOT_ANSWERS_KEPT
    ) as client:
        gate = client.gate
        deps = BookingDeps(backend=client, ledger=ledger, clock=clock, salon=salon, hold_minutes=10)
        calls = [asyncio.create_task(_booker(deps, i, steps)) for i in range(BOOKERS)]
        calls += [asyncio.create_task(_looker(deps, i, steps)) for i in range(LOOKERS)]
        await steps.all_held.wait()
        async with asyncio.timeout(30):
            while not gate.metrics().waiting["slots"]:  # noqa: ASYNC110
                await asyncio.sleep(0.005)
        steps.lookers_in_line.set()
        results = [r for rs in await asyncio.gather(*calls) for r in rs]
        metrics = gate.metrics()

    statuses = Counter(r["status"] for r in results)
    # Nobody heard of Cal.com's limit: no tool failed, and Cal.com never had to refuse.
    assert "error" not in statuses, statuses
    assert log.rate_limited == [] and metrics.rate_limited == 0
    # Every booker got a booking, in Cal.com as in the ledger; every looker an answer.
    assert statuses["held"] == statuses["booked"] == BOOKERS, statuses
    assert statuses["available"] + statuses["unavailable"] == LOOKERS, statuses
    assert len(limited.bookings(status="accepted")) == BOOKERS
    assert limited.active_reservations() == []
    # More was asked than one of Cal.com's windows allows: bookings and slot questions both
    # waited for the next window ...
    assert len(log.sent) > 110
    assert metrics.waited["write"] > 0 and metrics.waited["slots"] > 0
    # ... and no slot question left while a booking was waiting in line, though slot questions
    # were in line before the bookings came.
    assert [s for s in log.slot_questions if s.writes_waiting] == []
    # The 64 bookers asked about 6 stylist-days: their questions were shared, not sent 64 times.
    assert metrics.coalesced + metrics.cache_hits >= BOOKERS - 6
    assert len(log.slot_questions) <= 6 + LOOKERS
