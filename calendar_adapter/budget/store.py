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


# Two windows never open within this of each other (a window lasts seconds at least): a window
# named by a time read back from a database is the same window.
_SAME_WINDOW_SECONDS = 1e-3


@dataclass(frozen=True)
class WindowRow:
    """A key's budget as the stores keep it: tokens left, the window's opening and end, in the
    store's seconds (monotonic in one process, epoch seconds on the database's clock)."""

    remaining: int
    opened: float | None = None
    ends: float | None = None


def take_token(
    row: WindowRow | None, now: float, *, budget: int, window_seconds: float, floor: int
) -> tuple[WindowRow | None, Grant]:
    """One token from `row` at `now`: the row after (None: unchanged) and the answer. A window
    that has ended (or never opened) opens anew with `budget` tokens, with this token."""
    opening = row is None or row.ends is None or now >= row.ends
    remaining = budget if opening else row.remaining  # type: ignore[union-attr]
    if remaining - 1 < floor:
        wait = window_seconds if opening else row.ends - now  # type: ignore[operator,union-attr]
        return None, Grant(None, wait=max(wait, 0.0), remaining=remaining)
    if opening:
        after = WindowRow(remaining - 1, now, now + window_seconds)
    else:
        after = WindowRow(remaining - 1, row.opened, row.ends)  # type: ignore[union-attr]
    return after, Grant(after.opened, opened=opening, remaining=after.remaining)


def correct_window(
    row: WindowRow | None,
    now: float,
    *,
    window: float | None,
    remaining_at_most: int | None,
    ends_in_at_least: float | None,
) -> WindowRow | None:
    """What Cal.com said, applied to `row` (None: nothing to change): the end only later, the
    tokens only fewer, and only in the window the answer came from (`window`; None: the
    current one)."""
    if row is None:
        return None
    ends = row.ends
    if ends_in_at_least is not None and (ends is None or now + ends_in_at_least > ends):
        ends = now + ends_in_at_least
    remaining = row.remaining
    same = window is None or (
        row.opened is not None and abs(window - row.opened) < _SAME_WINDOW_SECONDS
    )
    if remaining_at_most is not None and same:
        remaining = min(remaining, max(0, remaining_at_most))
    return WindowRow(remaining, row.opened, ends)


def state_of(row: WindowRow | None, now: float) -> BudgetState:
    if row is None or row.ends is None or now >= row.ends:
        return BudgetState(remaining=None, ends_in=None)
    return BudgetState(remaining=row.remaining, ends_in=row.ends - now)


class InProcessBudgetStore:
    """The budget of a key used by one process (no awaits inside: each step is atomic on the
    event loop). `now` is monotonic seconds: real time, since Cal.com counts real minutes."""

    def __init__(self, now: Callable[[], float] = time.monotonic):
        self._now = now
        self._rows: dict[str, WindowRow] = {}

    async def take(self, key: str, *, budget: int, window_seconds: float, floor: int) -> Grant:
        after, grant = take_token(
            self._rows.get(key),
            self._now(),
            budget=budget,
            window_seconds=window_seconds,
            floor=floor,
        )
        if after is not None:
            self._rows[key] = after
        return grant

    async def correct(
        self,
        key: str,
        *,
        window: float | None,
        remaining_at_most: int | None = None,
        ends_in_at_least: float | None = None,
    ) -> BudgetState:
        now = self._now()
        after = correct_window(
            self._rows.get(key),
            now,
            window=window,
            remaining_at_most=remaining_at_most,
            ends_in_at_least=ends_in_at_least,
        )
        if after is not None:
            self._rows[key] = after
        return state_of(after, now)

    async def state(self, key: str) -> BudgetState:
        return state_of(self._rows.get(key), self._now())
