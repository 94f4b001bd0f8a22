"""Cal.com's request budget per API key: every request takes a token before it is sent, writes
before slot questions, and Cal.com's own count (its headers, its 429s) corrects ours.

Against the sandbox with Cal.com's limit on (120 requests per key and minute, then a minute's
block), on a fast timebase (tests/budget_fixtures.py). The store's arithmetic is specified first,
on a hand-moved clock.
"""

# ruff: noqa: F811
from __future__ import annotations

import asyncio
from datetime import timedelta

import httpx
import pytest

from calendar_adapter.backend import Attendee, BookingRequest
from calendar_adapter.budget import Budget, InProcessBudgetStore, Priority

# Fixtures are imported by name so pytest finds them (hence F811 on their use as arguments).
from tests.budget_fixtures import SentLog, fast, gated_client, limited  # noqa: F401
from tests.conftest import FRIDAY_10, berlin
from tests.waiting import eventually

pytestmark = pytest.mark.slow  # scheduled first (tests/conftest.py)

KEY = "k"
DAY = timedelta(days=1)


class Hand:
    """A clock moved by hand."""

    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


# -- the store: Cal.com's window, as a bucket -------------------------------------------------


async def test_a_window_gives_its_budget_then_nothing_until_it_ends():
    hand = Hand()
    store = InProcessBudgetStore(hand)
    grants = [await store.take(KEY, budget=3, window_seconds=60, floor=0) for _ in range(4)]
    assert [g.granted for g in grants] == [True, True, True, False]
    assert grants[0].opened and not grants[1].opened
    assert grants[3].wait == pytest.approx(60)
    hand.t += 45
    refused = await store.take(KEY, budget=3, window_seconds=60, floor=0)
    assert not refused.granted and refused.wait == pytest.approx(15)
    hand.t += 15
    again = await store.take(KEY, budget=3, window_seconds=60, floor=0)
    assert again.granted and again.opened and again.remaining == 2


async def test_slot_questions_leave_the_reserve_to_writes():
    store = InProcessBudgetStore(Hand())
    budget = Budget(limit=12, headroom=2, write_reserve=3)  # 10 per window, 3 kept for writes
    slots = [
        await store.take(KEY, budget=10, window_seconds=60, floor=budget.floor(Priority.SLOTS))
        for _ in range(10)
    ]
    assert sum(g.granted for g in slots) == 7
    writes = [await store.take(KEY, budget=10, window_seconds=60, floor=0) for _ in range(4)]
    assert [g.granted for g in writes] == [True, True, True, False]


async def test_cal_coms_count_only_ever_lowers_the_tokens_and_delays_the_windows_end():
    hand = Hand()
    store = InProcessBudgetStore(hand)
    first = await store.take(KEY, budget=100, window_seconds=60, floor=0)
    state = await store.correct(KEY, window=first.window, remaining_at_most=40, ends_in_at_least=58)
    assert (state.remaining, state.ends_in) == (40, pytest.approx(60))
    state = await store.correct(KEY, window=first.window, remaining_at_most=90, ends_in_at_least=70)
    assert (state.remaining, state.ends_in) == (40, pytest.approx(70))  # never raised
    stale = await store.correct(KEY, window=first.window - 1, remaining_at_most=0)
    assert stale.remaining == 40  # an answer from an earlier window says nothing about this one


async def test_a_429_empties_the_window_until_cal_coms_reset_even_after_ours_ended():
    hand = Hand()
    store = InProcessBudgetStore(hand)
    await store.take(KEY, budget=100, window_seconds=60, floor=0)
    hand.t += 61  # our window is over; Cal.com still blocks the key (another client)
    await store.correct(KEY, window=None, remaining_at_most=0, ends_in_at_least=30)
    refused = await store.take(KEY, budget=100, window_seconds=60, floor=0)
    assert not refused.granted and refused.wait == pytest.approx(30)
    hand.t += 30
    assert (await store.take(KEY, budget=100, window_seconds=60, floor=0)).granted


# -- the gate against the sandbox ------------------------------------------------------------


def _event_types(sandbox, n: int) -> list[int]:
    return [row["id"] for row in sandbox.event_types()][:n]


def _booking_request(sandbox, request_id: str) -> BookingRequest:
    """Anna's Dauerwelle with Fabian on Tuesday 1 December, 10:00."""
    return BookingRequest(
        event_type_id=sandbox.event_type_id("fabian-spitzer", "dauerwelle"),
        start=berlin(2026, 12, 1, 10, 0),
        attendee=Attendee("Anna Becker", "Europe/Berlin", email="anna@example.com"),
        request_id=request_id,
    )


def _sent_or_waiting(client) -> int:
    metrics = client.gate.metrics()
    return metrics.sent["slots"] + metrics.waiting["slots"]


async def _until(condition) -> None:
    """Poll the gate's counters (they announce nothing) until `condition` holds."""
    await eventually(condition, "the gate's counters")


async def _look_up(client, n: int, prefix: str = "nope") -> None:
    """n booking lookups at once (each one request: unknown uids answer 404)."""
    found = await asyncio.gather(*(client.get_booking(f"{prefix}-{i}") for i in range(n)))
    assert found == [None] * n


async def test_more_requests_than_a_window_allows_wait_for_the_next_and_none_is_refused(
    limited, salon, fast
):
    log = SentLog()
    async with gated_client(limited, salon, fast, log=log) as client:
        await _look_up(client, 150)
        metrics = client.gate.metrics()
    assert len(log.sent) == 150
    assert log.rate_limited == []
    assert metrics.sent["write"] == 150
    assert metrics.waited["write"] >= 40  # a window lets 110 through; the rest waited
    assert metrics.rate_limited == 0


async def test_what_cal_com_says_is_left_lowers_the_budget(limited, salon, fast):
    # Another client on the same key has used 60 of the minute's 120.
    async with httpx.AsyncClient(
        base_url=limited.url, headers={"Authorization": f"Bearer {limited.api_key}"}
    ) as other:
        for _ in range(60):
            assert (await other.get("/v2/bookings/other")).status_code == 404
    log = SentLog()
    async with gated_client(limited, salon, fast, log=log) as client:
        await client.get_booking("first")
        metrics = client.gate.metrics()
        assert metrics.corrections == 1
        assert metrics.budget_left == 120 - 61 - 10  # Cal.com's remaining less the headroom
        # 80 more: a budget that did not listen would send them all and meet the block.
        await _look_up(client, 80)
        metrics = client.gate.metrics()
    assert log.rate_limited == []
    assert metrics.waited["write"] > 0


async def test_a_429_anyway_is_waited_out_in_line_and_the_caller_sees_the_answer(
    limited, salon, fast
):
    # Another client on the key goes over Cal.com's limit: the key is blocked for a minute.
    async with httpx.AsyncClient(
        base_url=limited.url, headers={"Authorization": f"Bearer {limited.api_key}"}
    ) as other:
        answers = [(await other.get("/v2/bookings/other")).status_code for _ in range(121)]
    assert answers[-1] == 429
    log = SentLog()
    async with gated_client(limited, salon, fast, log=log) as client:
        asked = [
            asyncio.create_task(client.get_slots(event_type_id, FRIDAY_10, FRIDAY_10 + DAY))
            for event_type_id in _event_types(limited, 6)
        ]
        booking = await client.create_booking(_booking_request(limited, "after-the-block"))
        answered = await asyncio.gather(*asked)
        metrics = client.gate.metrics()
    assert booking.status == "accepted" and all(answered)
    assert metrics.rate_limited >= 1  # the block was met ...
    refused = [i for i, s in enumerate(log.sent) if s.status == 429]
    after_the_block = log.sent[refused[-1] + 1 :]
    # ... waited out in line, the booking first, and nothing refused after it.
    assert [s.path for s in after_the_block] == ["/v2/bookings"] + ["/v2/slots"] * 6
    assert all(s.status in (200, 201) for s in after_the_block)


async def test_a_booking_goes_before_slot_questions_waiting_for_the_budget(limited, salon, fast):
    """Measured as order, not time: the slot questions in line when the booking came are sent
    after it."""
    log = SentLog()
    budget = Budget(limit=30, headroom=5, write_reserve=5)  # 25 a window, 5 kept for writes
    async with gated_client(limited, salon, fast, budget=budget, log=log) as client:
        starts = [berlin(2026, 11, 25 + d, 9, 0) for d in range(3)]
        asked = [
            asyncio.create_task(client.get_slots(e, s, s + DAY))
            for e in _event_types(limited, 12)
            for s in starts
        ]
        await _until(lambda: _sent_or_waiting(client) == len(asked))
        sent_before = client.gate.metrics().sent["slots"]
        booking = await client.create_booking(_booking_request(limited, "before-the-crowd"))
        await asyncio.gather(*asked)
        metrics = client.gate.metrics()
    assert booking.status == "accepted"
    order = [s.path for s in log.sent]
    assert order[: order.index("/v2/bookings")].count("/v2/slots") <= sent_before < len(asked)
    assert metrics.waited["write"] == 0  # the reserve had a token for it at once
    assert metrics.waited["slots"] > 0
    assert log.rate_limited == []


async def test_a_booking_waiting_for_the_next_window_goes_first_when_it_opens(limited, salon, fast):
    log = SentLog()
    budget = Budget(limit=30, headroom=5, write_reserve=5)
    async with gated_client(limited, salon, fast, budget=budget, log=log) as client:
        await _look_up(client, 25)  # the whole window, writes may take the reserve too
        assert client.gate.metrics().budget_left == 0
        starts = [berlin(2026, 11, 25 + d, 9, 0) for d in range(3)]
        asked = [
            asyncio.create_task(client.get_slots(e, s, s + DAY))
            for e in _event_types(limited, 6)
            for s in starts
        ]
        await _until(lambda: client.gate.metrics().waiting["slots"] == len(asked))
        booking = await client.create_booking(_booking_request(limited, "first-in-the-window"))
        await asyncio.gather(*asked)
    assert booking.status == "accepted"
    next_window = [s.path for s in log.sent][25:]
    assert next_window == ["/v2/bookings"] + ["/v2/slots"] * 18
    assert log.rate_limited == []
