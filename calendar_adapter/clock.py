"""Clocks: the wall clock for live calls, a pinned one for replays, tests and the sandbox.

Timers sleep on the clock they read (`await clock.sleep(15)`), so on a pinned clock a hold's
keep-alive ticks when the replay moves time, not when the machine's seconds pass. Durations that
must also pass in real time (Cal.com's per-minute request budget) read `monotonic()`: real
seconds, plus on a pinned clock every second it was moved, so a replay that lets ten minutes go
by in a moment also lets ten budget minutes go by.
"""

from __future__ import annotations

import asyncio
import itertools
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Protocol, runtime_checkable

from loguru import logger

# How long `FixedClock.elapse` lets a woken timer run before moving on without it (real seconds):
# a guard against a timer stuck on something else, not a pace.
TIMER_SETTLE_SECONDS = 10.0


@runtime_checkable
class Clock(Protocol):
    def now(self) -> datetime:
        """The current instant, timezone-aware, in UTC."""
        ...

    async def sleep(self, seconds: float) -> None:
        """Return once `seconds` have passed on this clock."""
        ...

    def monotonic(self) -> float:
        """Seconds for durations that pass in real time too (never going back)."""
        ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)

    async def sleep(self, seconds: float) -> None:
        await asyncio.sleep(seconds)

    def monotonic(self) -> float:
        return time.monotonic()


class ShiftedClock(SystemClock):
    """The wall clock moved to start at `at`: seconds pass as they do, from another instant.

    For a developer's live session that must see a given day (a typed call on "Freitag um
    zehn" tried at midnight or on a Sunday) while its timers still run in real time."""

    def __init__(self, at: datetime):
        self._offset = _utc(at) - datetime.now(UTC)

    def now(self) -> datetime:
        return datetime.now(UTC) + self._offset


@dataclass(order=True)
class _Sleeper:
    deadline: datetime
    seq: int
    future: asyncio.Future = field(compare=False)
    loop: asyncio.AbstractEventLoop = field(compare=False)
    task: asyncio.Task | None = field(compare=False)


class FixedClock:
    """A pinned clock that only moves when told to. Thread-safe: the embedded sandbox may run
    in its own thread and read the same clock the tools move.

    `sleep` returns once the clock has been moved to (or past) its deadline. `advance` and `set`
    wake every sleeper then due, in deadline order; each sees the new time, so a timer that
    sleeps again wakes at most once per move. `elapse` moves time the way it passes: deadline by
    deadline, letting each due timer run before the next, so a 15-second tick runs forty times
    in ten minutes.
    """

    def __init__(self, at: datetime):
        self._lock = threading.Lock()
        self._now = _utc(at)
        self._moved = 0.0  # seconds the clock was moved forward, for `monotonic`
        self._sleepers: list[_Sleeper] = []
        self._seq = itertools.count()
        self._asleep_again: list[tuple[asyncio.AbstractEventLoop, asyncio.Future]] = []

    def now(self) -> datetime:
        with self._lock:
            return self._now

    def monotonic(self) -> float:
        """Real monotonic seconds plus every second this clock was moved forward: the time a
        per-minute budget counts in a replay (minutes the replay lets pass are minutes), which
        still runs while the clock stands, so a window never freezes shut."""
        with self._lock:
            return time.monotonic() + self._moved

    def _move_to(self, at: datetime) -> None:
        """Set the time (caller holds the lock); only moves forward count as time passing."""
        self._moved += max(0.0, (at - self._now).total_seconds())
        self._now = at

    def set(self, at: datetime) -> None:
        with self._lock:
            self._move_to(_utc(at))
            due = self._take_due(self._now)
        _wake(due)

    def advance(self, delta: timedelta | float) -> datetime:
        delta = _delta(delta)
        with self._lock:
            self._move_to(self._now + delta)
            now = self._now
            due = self._take_due(now)
        _wake(due)
        return now

    async def sleep(self, seconds: float) -> None:
        if seconds <= 0:
            await asyncio.sleep(0)
            return
        loop = asyncio.get_running_loop()
        future = loop.create_future()
        with self._lock:
            sleeper = _Sleeper(
                self._now + timedelta(seconds=seconds),
                next(self._seq),
                future,
                loop,
                asyncio.current_task(),
            )
            self._sleepers.append(sleeper)
            self._sleepers.sort()
            watchers, self._asleep_again = self._asleep_again, []
        for watcher_loop, watcher in watchers:
            watcher_loop.call_soon_threadsafe(_resolve, watcher)
        try:
            await future
        finally:  # cancelled while asleep: forget the sleeper
            with self._lock:
                if sleeper in self._sleepers:
                    self._sleepers.remove(sleeper)

    async def elapse(self, delta: timedelta | float) -> datetime:
        """Move the clock by `delta` in steps: to each due timer's deadline in turn, waking it
        and waiting until it sleeps again or ends (timers of this event loop; others are only
        woken). Returns the new time."""
        loop = asyncio.get_running_loop()
        with self._lock:
            target = self._now + _delta(delta)
        while True:
            with self._lock:
                if not self._sleepers or self._sleepers[0].deadline > target:
                    self._move_to(max(self._now, target))
                    return self._now
                self._move_to(max(self._now, self._sleepers[0].deadline))
                due = self._take_due(self._now)
            _wake(due)
            await self.settle([s.task for s in due if s.loop is loop and s.task is not None])

    async def settle(self, tasks: list[asyncio.Task]) -> None:
        """Wait until each of `tasks` is asleep on this clock again or done: a test that moves
        the clock for a timer first lets the timer finish its round, or the move lands before
        the timer sleeps again and the timer waits for the next move."""
        loop = asyncio.get_running_loop()
        give_up = loop.time() + TIMER_SETTLE_SECONDS
        while True:
            with self._lock:
                asleep = {s.task for s in self._sleepers}
                busy = [t for t in tasks if not t.done() and t not in asleep]
                if not busy:
                    return
                changed = loop.create_future()
                self._asleep_again.append((loop, changed))
            for task in busy:
                task.add_done_callback(lambda _t, f=changed: _resolve(f))
            left = give_up - loop.time()
            if left <= 0:
                logger.warning(f"clock: a timer did not settle within {TIMER_SETTLE_SECONDS} s")
                return
            try:
                await asyncio.wait_for(asyncio.shield(changed), left)
            except TimeoutError:
                pass

    def _take_due(self, now: datetime) -> list[_Sleeper]:
        """Sleepers whose deadline has come, removed, earliest first (caller holds the lock)."""
        due = [s for s in self._sleepers if s.deadline <= now]
        self._sleepers = [s for s in self._sleepers if s.deadline > now]
        return due


def _wake(sleepers: list[_Sleeper]) -> None:
    for s in sleepers:
        if s.loop.is_closed():
            continue
        s.loop.call_soon_threadsafe(_resolve, s.future)


def _resolve(future: asyncio.Future) -> None:
    if not future.done():
        future.set_result(None)


def _delta(delta: timedelta | float) -> timedelta:
    return delta if isinstance(delta, timedelta) else timedelta(seconds=delta)


def _utc(at: datetime) -> datetime:
    if at.tzinfo is None:
        raise ValueError("a pinned clock needs an aware datetime")
    return at.astimezone(UTC)
