"""Where a key's budget lives: the `BudgetStore` seam, and the store for one process.

The budget is a token bucket refilled the way Cal.com counts: `budget` tokens at the start of a
window of `window_seconds`, none in between. Cal.com counts requests per key in fixed windows
(the first request opens one) and blocks the key for a minute once a window goes over its
limit; a bucket that trickled tokens back (budget/window per second) would let up to twice the
budget into one of Cal.com's windows, or, clamped by the server's count, give up its burst.

A key's state is two numbers: tokens left, and when the window ends. Several processes on one key
share a store with a row per key, changed atomically (see `docs/architecture.md`, "Cal.com
request budget"); time is the store's own (one clock for all workers).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class Grant:
    """The answer to asking for a token: `window` identifies the window it came from (its opening
    time on the store's clock), None when none was given; `wait`: seconds until one could be;
    `opened`: this token opened the window (Cal.com starts its window on this request)."""

    window: float | None
    wait: float = 0.0
    opened: bool = False
    remaining: int = 0  # tokens left after this answer

    @property
    def granted(self) -> bool:
        return self.window is not None


@dataclass(frozen=True)
class BudgetState:
    remaining: int | None  # tokens left in the open window; None: none is open (the next
    # request opens one with the full budget)
    ends_in: float | None  # seconds until the open window ends


class BudgetStore(Protocol):
    """A key's tokens, shared by everything that sends with that key.

    `take` and `correct` are each one atomic step (one row update in a shared store)."""

    async def take(self, key: str, *, budget: int, window_seconds: float, floor: int) -> Grant:
        """One token, if at least `floor` are left after taking it; a window that has ended
        is opened anew with `budget` tokens."""
        ...

    async def correct(
        self,
        key: str,
        *,
        window: float | None,
        remaining_at_most: int | None = None,
        ends_in_at_least: float | None = None,
    ) -> BudgetState:
        """What Cal.com said: tokens never more than `remaining_at_most` (in `window`, or the
        current one when None), the window not over before `ends_in_at_least` seconds. Only ever
        lowers tokens and pushes the end later. Returns the state after."""
        ...

    async def state(self, key: str) -> BudgetState: ...


@dataclass
class _Row:
    remaining: int
    opened: float | None = None
    ends: float | None = None


class InProcessBudgetStore:
    """The budget of a key used by one process (no awaits inside: each step is atomic on the
    event loop). `now` is monotonic seconds: real time, since Cal.com counts real minutes."""

    def __init__(self, now: Callable[[], float] = time.monotonic):
        self._now = now
        self._rows: dict[str, _Row] = {}

    async def take(self, key: str, *, budget: int, window_seconds: float, floor: int) -> Grant:
        now = self._now()
        row = self._rows.setdefault(key, _Row(remaining=budget))
        opening = row.ends is None or now >= row.ends
        remaining = budget if opening else row.remaining
        if remaining - 1 < floor:
            wait = window_seconds if opening else row.ends - now  # type: ignore[operator]
            return Grant(None, wait=max(wait, 0.0), remaining=remaining)
        if opening:
            row.opened, row.ends = now, now + window_seconds
        row.remaining = remaining - 1
        return Grant(row.opened, opened=opening, remaining=row.remaining)

    async def correct(
        self,
        key: str,
        *,
        window: float | None,
        remaining_at_most: int | None = None,
        ends_in_at_least: float | None = None,
    ) -> BudgetState:
        now = self._now()
        row = self._rows.get(key)
        if row is not None:
            if ends_in_at_least is not None and (
                row.ends is None or now + ends_in_at_least > row.ends
            ):
                row.ends = now + ends_in_at_least
            if remaining_at_most is not None and (window is None or window == row.opened):
                row.remaining = min(row.remaining, max(0, remaining_at_most))
        return self._state(row, now)

    async def state(self, key: str) -> BudgetState:
        return self._state(self._rows.get(key), self._now())

    @staticmethod
    def _state(row: _Row | None, now: float) -> BudgetState:
        if row is None or row.ends is None or now >= row.ends:
            return BudgetState(remaining=None, ends_in=None)
        return BudgetState(remaining=row.remaining, ends_in=row.ends - now)
