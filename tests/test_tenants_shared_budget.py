"""Several workers on one Cal.com key: one budget in the ledger, kept slot answers in step.

Each "worker" is a `Ledger` of its own on one shared ledger (a SQLite file, or a PostgreSQL
database: both engines), with its own gate and client, as `serve --workers N` or N machines have
them. The budget's row is changed in one transaction per step on the database's clock; what one
worker's write or webhook changes, the others' kept slot answers forget.
"""

from __future__ import annotations

import asyncio
from contextlib import AsyncExitStack, asynccontextmanager
from datetime import timedelta

import httpx
import pytest

from calendar_adapter.budget import (
    Budget,
    InProcessBudgetStore,
    LedgerBudgetStore,
    RequestGate,
    SlotChangeFeed,
)
from calendar_adapter.calcom import CalComClient
from calendar_adapter.ledger import Ledger
from calendar_adapter.webhooks import apply_webhook
from tests.conftest import FRIDAY_10, berlin
from tests.waiting import PATIENCE_SECONDS, eventually

KEY = "calcom:test-key"
FRIDAY = berlin(2026, 11, 27)
SATURDAY = FRIDAY + timedelta(days=1)


@pytest.fixture
def workers(two_ledgers) -> tuple[Ledger, Ledger]:
    """Two workers' ledgers on one shared ledger (tests/conftest.py's `two_ledgers`)."""
    return two_ledgers


# -- the budget's row -----------------------------------------------------------------------------


async def test_two_workers_share_one_windows_tokens(workers):
    one, two = (LedgerBudgetStore(w) for w in workers)
    grants = []
    for store in (one, two, one, two, one, two):
        grants.append(await store.take(KEY, budget=4, window_seconds=60, floor=0))
    assert [g.granted for g in grants] == [True, True, True, True, False, False]
    assert grants[0].opened and not any(g.opened for g in grants[1:])
    assert {g.window for g in grants[:4]} == {grants[0].window}  # one window for both
    assert 0 < grants[4].wait <= 60 and grants[4].remaining == 0
    state = await two.state(KEY)
    assert state.remaining == 0 and 0 < state.ends_in <= 60


async def test_tokens_taken_at_once_by_both_workers_are_never_more_than_the_budget(workers):
    """Each take is one transaction on the locked row: 30 concurrent takes from two workers
    get exactly the window's 10 tokens."""
    stores = [LedgerBudgetStore(w) for w in workers]
    grants = await asyncio.gather(
        *(stores[i % 2].take(KEY, budget=10, window_seconds=60, floor=0) for i in range(30))
    )
    assert sum(g.granted for g in grants) == 10
    assert sorted(g.remaining for g in grants if g.granted) == list(range(10))


async def test_what_cal_com_told_one_worker_holds_for_the_other(workers):
    one, two = (LedgerBudgetStore(w) for w in workers)
    grant = await one.take(KEY, budget=50, window_seconds=60, floor=0)
    # Worker one's answer says 3 are left (other clients on the key), reset in 90 s.
    await one.correct(KEY, window=grant.window, remaining_at_most=3, ends_in_at_least=90)
    state = await two.state(KEY)
    assert state.remaining == 3 and 60 < state.ends_in <= 90
    taken = [await two.take(KEY, budget=50, window_seconds=60, floor=1) for _ in range(4)]
    assert [t.granted for t in taken] == [True, True, False, False]  # the floor leaves 1
    # A count from a window that is over changes nothing; the end only ever moves later.
    await two.correct(KEY, window=grant.window - 60, remaining_at_most=0, ends_in_at_least=5)
    state = await one.state(KEY)
    assert state.remaining == 1 and state.ends_in > 60


async def test_a_window_that_ended_opens_anew_with_the_full_budget(workers):
    # Long enough that the three takes below fall into one window on a loaded machine (0.3 s did not
    # always), short enough to wait out: the wait is idle, not CPU.
    window = 2.0
    one, two = (LedgerBudgetStore(w) for w in workers)
    first = await one.take(KEY, budget=2, window_seconds=window, floor=0)
    await two.take(KEY, budget=2, window_seconds=window, floor=0)
    assert not (await one.take(KEY, budget=2, window_seconds=window, floor=0)).granted

    async def window_over() -> bool:  # the database's clock moves on
        return (await two.state(KEY)).remaining is None

    await eventually(window_over, "the budget's window over", every=0.05)
    again = await two.take(KEY, budget=2, window_seconds=window, floor=0)
    assert again.granted and again.opened and again.window > first.window
    assert again.remaining == 1


async def test_a_keys_block_leaves_other_keys_alone(workers):
    """A 429 storm on one salon's key empties that key's window only."""
    one, two = (LedgerBudgetStore(w) for w in workers)
    await one.take("calcom:salon-a", budget=10, window_seconds=60, floor=0)
    await one.correct("calcom:salon-a", window=None, remaining_at_most=0, ends_in_at_least=60)
    assert not (await two.take("calcom:salon-a", budget=10, window_seconds=60, floor=0)).granted
    granted = [await two.take("calcom:salon-b", budget=10, window_seconds=60, floor=0)]
    granted.append(await one.take("calcom:salon-b", budget=10, window_seconds=60, floor=0))
    assert all(g.granted for g in granted) and granted[-1].remaining == 8


# -- through the gate, against the sandbox ----------------------------------------------------------


@asynccontextmanager
async def worker_client(sandbox, salon, ledger: Ledger, *, budget=None, feed=None, cache=0.0):
    """One worker's client on the sandbox: its own gate on the ledger's budget store."""
    gate = RequestGate(
        key=KEY, budget=budget, store=LedgerBudgetStore(ledger), slot_cache_seconds=cache
    )
    if feed is not None:
        feed.attach(gate)
    async with httpx.AsyncClient(timeout=10.0) as http:
        yield CalComClient(
            sandbox.url, sandbox.api_key, salon=salon, http=http, backoff_base=0.01, gate=gate
        )


async def test_two_workers_gates_send_no_more_than_one_windows_budget(sandbox, salon, workers):
    budget = Budget(limit=12, window_seconds=60, headroom=2, write_reserve=2)  # 10 per window
    async with (
        worker_client(sandbox, salon, workers[0], budget=budget) as one,
        worker_client(sandbox, salon, workers[1], budget=budget) as two,
    ):
        asks = [
            asyncio.create_task((one if i % 2 else two).get_booking(f"missing-{i}"))
            for i in range(14)
        ]

        async def settled() -> bool:
            waiting = one.gate.metrics().waiting["write"] + two.gate.metrics().waiting["write"]
            return sum(t.done() for t in asks) == 10 and waiting == 4

        await eventually(settled, "ten asks done and four waiting", every=0.02)
        done = sum(t.done() for t in asks)
        sent = sum(one.gate.metrics().sent.values()) + sum(two.gate.metrics().sent.values())
        for task in asks:
            task.cancel()
        await asyncio.gather(*asks, return_exceptions=True)
    assert done == 10 and sent == 10  # the other four wait for the next window


async def test_a_process_on_a_shared_ledger_takes_the_ledgers_budget(tmp_path, clock, ledger_url):
    """open_calendar picks the store: the ledger's when it is shared (PostgreSQL, or serve's
    workers on one file), the process's own for one process on SQLite."""
    from dataclasses import replace

    from agent.config import Settings
    from calendar_adapter.runtime import open_calendar

    config = Settings(_env_file=None, calcom_api_key=None).calendar_config()
    async with open_calendar(config, clock=clock, ledger_path=ledger_url) as rt:
        store = rt.backend.gate._store
        if ledger_url.startswith("postgresql"):
            assert isinstance(store, LedgerBudgetStore)
        else:
            assert isinstance(store, InProcessBudgetStore)
    shared = replace(config, shared_ledger=True)
    file_ledger = str(tmp_path / "ledger.sqlite3")
    path = ledger_url if ledger_url.startswith("postgresql") else file_ledger
    async with open_calendar(shared, clock=clock, ledger_path=path) as rt:
        assert isinstance(rt.backend.gate._store, LedgerBudgetStore)


# -- kept slot answers across workers -----------------------------------------------------------------


def _perm(sandbox) -> int:
    return sandbox.event_type_id("fabian-spitzer", "dauerwelle")


def _cut(sandbox) -> int:
    return sandbox.event_type_id("fabian-spitzer", "herrenhaarschnitt")


def _mehmet(sandbox) -> int:
    return sandbox.event_type_id("mehmet-yilmaz", "herrenhaarschnitt")


@asynccontextmanager
async def two_workers_with_feeds(sandbox, salon, workers):
    async with AsyncExitStack() as stack:
        feeds = [SlotChangeFeed(w, poll_seconds=3600) for w in workers]  # polled by the test
        for feed in feeds:
            await stack.enter_async_context(feed)
        clients = [
            await stack.enter_async_context(worker_client(sandbox, salon, w, feed=f, cache=600.0))
            for w, f in zip(workers, feeds, strict=True)
        ]
        for client in clients:
            await client.get_catalog()  # each learns whose event types are whose
        yield clients, feeds


async def _settle(feed: SlotChangeFeed) -> None:
    """Wait until what this worker wrote is in the ledger."""
    await asyncio.wait_for(feed._outgoing.join(), PATIENCE_SECONDS)


async def test_one_workers_hold_forgets_the_stylists_answers_on_the_other(sandbox, salon, workers):
    async with two_workers_with_feeds(sandbox, salon, workers) as ((one, two), (f1, f2)):
        assert FRIDAY_10 in await one.get_slots(_perm(sandbox), FRIDAY, SATURDAY)
        await one.get_slots(_mehmet(sandbox), FRIDAY, SATURDAY)
        asked = one.gate.metrics().cache_misses
        await one.get_slots(_perm(sandbox), FRIDAY, SATURDAY)
        assert one.gate.metrics().cache_misses == asked  # kept

        await two.reserve_slot(_cut(sandbox), FRIDAY_10)  # Fabian, on worker two
        await _settle(f2)
        assert await f1.poll_once() == 1
        assert await f2.poll_once() == 0  # its own change it made already

        assert FRIDAY_10 not in await one.get_slots(_perm(sandbox), FRIDAY, SATURDAY)
        await one.get_slots(_mehmet(sandbox), FRIDAY, SATURDAY)
        # Fabian's answer was asked again; Mehmet's is still kept.
        assert one.gate.metrics().cache_misses == asked + 1


async def test_a_webhook_on_one_worker_forgets_the_answers_on_the_other(sandbox, salon, workers):
    async with two_workers_with_feeds(sandbox, salon, workers) as ((one, two), (f1, f2)):
        await one.get_slots(_perm(sandbox), FRIDAY, SATURDAY)
        sandbox.place_booking(_cut(sandbox), FRIDAY_10)  # a web booker
        assert FRIDAY_10 in await one.get_slots(_perm(sandbox), FRIDAY, SATURDAY)  # kept
        event = {
            "triggerEvent": "BOOKING_CREATED",
            "createdAt": "2026-11-24T08:05:00.000Z",
            "payload": {
                "uid": "web-1",
                "bookingId": 4711,
                "eventTypeId": _cut(sandbox),
                "startTime": FRIDAY_10.isoformat(),
                "endTime": (FRIDAY_10 + timedelta(minutes=30)).isoformat(),
                "status": "ACCEPTED",
                "metadata": {},
                "organizer": {"id": sandbox.user_id("fabian-spitzer")},
            },
        }
        await apply_webhook(workers[1], event, availability=two.gate)
        await _settle(f2)
        await f1.poll_once()
        assert FRIDAY_10 not in await one.get_slots(_perm(sandbox), FRIDAY, SATURDAY)


async def test_gates_of_one_process_on_one_key_are_told_at_once(sandbox, salon, workers):
    """Two salons sharing a Cal.com account in one process: no ledger round trip needed."""
    feed = SlotChangeFeed(workers[0], poll_seconds=3600)
    async with (
        feed,
        worker_client(sandbox, salon, workers[0], feed=feed, cache=600.0) as a,
        worker_client(sandbox, salon, workers[0], feed=feed, cache=600.0) as b,
    ):
        await a.get_catalog()
        await b.get_catalog()
        await a.get_slots(_perm(sandbox), FRIDAY, SATURDAY)
        await b.reserve_slot(_cut(sandbox), FRIDAY_10)
        assert FRIDAY_10 not in await a.get_slots(_perm(sandbox), FRIDAY, SATURDAY)


async def test_old_slot_changes_go_but_the_newest_stays(workers, clock):
    one, _two = workers
    for i in range(3):
        await one.add_slot_change(KEY, event_type_ids=[i])
        clock.advance(timedelta(minutes=5))
    assert await one.forget_slot_changes(before=clock.now()) == 2
    newest = await one.last_slot_change()
    assert [c.id for c in await one.slot_changes_after(0)] == [newest]
    assert (await one.slot_changes_after(0))[0].event_type_ids == (2,)
