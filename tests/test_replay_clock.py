"""Timers on a pinned clock: they wake when the clock is moved to their deadline, not when the
machine's seconds pass, so a replay or a test can let ten minutes of a call go by at once."""

from __future__ import annotations

import asyncio
import itertools
from datetime import UTC, datetime, timedelta

import pytest

from calendar_adapter.clock import Clock, FixedClock, ShiftedClock, SystemClock
from tests.waiting import PATIENCE_SECONDS

T0 = datetime(2026, 11, 24, 8, 0, tzinfo=UTC)


async def _yield(times: int = 5) -> None:
    for _ in range(times):
        await asyncio.sleep(0)


def test_both_clocks_are_clocks():
    assert isinstance(FixedClock(T0), Clock)
    assert isinstance(SystemClock(), Clock)
    assert isinstance(ShiftedClock(T0), Clock)


async def test_a_shifted_clock_starts_at_its_instant_and_runs_in_real_time():
    clock = ShiftedClock(T0)
    start = clock.now()
    assert timedelta(0) <= start - T0 < timedelta(seconds=5)
    await clock.sleep(0.05)
    assert clock.now() - start >= timedelta(seconds=0.05)
    with pytest.raises(ValueError):
        ShiftedClock(datetime(2026, 11, 24, 8, 0))  # no zone: which 8 o'clock?


async def test_the_system_clock_sleeps_in_real_time():
    task = asyncio.create_task(SystemClock().sleep(0.01))
    await asyncio.wait_for(task, PATIENCE_SECONDS)
    assert task.done()


async def test_a_sleeper_on_a_pinned_clock_waits_for_the_clock_not_for_real_time():
    clock = FixedClock(T0)
    task = asyncio.create_task(clock.sleep(15))
    await asyncio.sleep(0.05)  # real time passes, the pinned clock does not
    assert not task.done()

    clock.advance(timedelta(seconds=14))
    await _yield()
    assert not task.done()

    clock.advance(timedelta(seconds=1))  # the deadline is reached
    await asyncio.wait_for(task, PATIENCE_SECONDS)


async def test_advance_and_set_wake_due_sleepers_in_deadline_order():
    clock = FixedClock(T0)
    woke: list[str] = []

    async def sleeper(name: str, seconds: float) -> None:
        await clock.sleep(seconds)
        woke.append(name)

    tasks = [
        asyncio.create_task(sleeper("late", 30)),
        asyncio.create_task(sleeper("early", 10)),
        asyncio.create_task(sleeper("never", 600)),
    ]
    await _yield()
    clock.advance(60)
    await _yield()
    assert woke == ["early", "late"]

    clock.set(T0 + timedelta(minutes=11))
    await asyncio.wait_for(tasks[2], PATIENCE_SECONDS)
    assert woke == ["early", "late", "never"]


async def test_a_cancelled_sleeper_is_forgotten():
    clock = FixedClock(T0)
    task = asyncio.create_task(clock.sleep(5))
    await _yield()
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    assert await clock.elapse(10) == T0 + timedelta(seconds=10)  # nothing left to wake


async def test_one_jump_with_advance_wakes_a_repeating_timer_once():
    clock = FixedClock(T0)
    ticks: list[datetime] = []

    async def every_15s() -> None:
        while True:
            await clock.sleep(15)
            ticks.append(clock.now())

    task = asyncio.create_task(every_15s())
    await _yield()
    clock.advance(timedelta(minutes=10))
    await _yield()
    task.cancel()
    assert ticks == [T0 + timedelta(minutes=10)]


async def test_elapse_runs_each_due_tick_at_its_own_time():
    clock = FixedClock(T0)
    ticks: list[datetime] = []

    async def every_15s() -> None:
        while True:
            await clock.sleep(15)
            await asyncio.sleep(0.001)  # real work between ticks (a request, a ledger write)
            ticks.append(clock.now())

    task = asyncio.create_task(every_15s())
    await _yield()

    assert await clock.elapse(timedelta(minutes=10)) == T0 + timedelta(minutes=10)
    task.cancel()

    assert len(ticks) == 40
    assert ticks[0] == T0 + timedelta(seconds=15)
    assert ticks[-1] == T0 + timedelta(minutes=10)
    assert all(b - a == timedelta(seconds=15) for a, b in itertools.pairwise(ticks))


async def test_elapse_without_timers_just_moves_the_clock():
    clock = FixedClock(T0)
    assert await clock.elapse(timedelta(seconds=90)) == T0 + timedelta(seconds=90)
    assert clock.now() == T0 + timedelta(seconds=90)


async def test_a_sleeper_of_another_thread_is_woken_by_a_move_here():
    """The embedded sandbox runs its own event loop in a thread on the same clock."""
    clock = FixedClock(T0)
    done = asyncio.Event()
    loop = asyncio.get_running_loop()

    def other_thread() -> None:
        asyncio.run(clock.sleep(30))
        loop.call_soon_threadsafe(done.set)

    thread = asyncio.create_task(asyncio.to_thread(other_thread))
    await asyncio.sleep(0.05)
    assert not done.is_set()
    for _ in range(200):  # the other thread may not be asleep yet: set the time until it wakes
        clock.set(T0 + timedelta(seconds=30))
        if done.is_set():
            break
        await asyncio.sleep(0.01)
    assert done.is_set()
    await thread
