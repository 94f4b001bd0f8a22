"""A key's budget shared by every worker on the ledger: one row per key in `calcom_budget`.

Each `take` and `correct` is one ledger transaction (`Ledger.change_budget`): the row locked
(`SELECT ... FOR UPDATE` on PostgreSQL; SQLite's write transaction locks the file), the time
read from the database once the lock is held, the same window arithmetic as one process's store
(`store.take_token`, `store.correct_window`), the row written back. Time is the database's, one
clock for all workers on any machine; seconds are real seconds, so the gate that uses this store
runs on real time (`REAL_TIME`).

Each worker's in-flight count covers only its own requests; the headroom covers the others'.
The line (priority order) is per process; across workers the write reserve keeps writes ahead.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Protocol

from ..ledger import BudgetRow
from .store import BudgetState, Grant, WindowRow, correct_window, state_of, take_token


class BudgetLedger(Protocol):
    """What this store needs of the ledger (`calendar_adapter.ledger.Ledger`)."""

    async def change_budget(self, key: str, change) -> BudgetRow | None: ...

    async def budget(self, key: str) -> tuple[BudgetRow | None, datetime]: ...


def _window(row: BudgetRow | None) -> WindowRow | None:
    if row is None or row.ends_at is None:
        return None
    opened = row.opened_at.timestamp() if row.opened_at else None
    return WindowRow(row.remaining, opened, row.ends_at.timestamp())


def _time(seconds: float | None) -> datetime | None:
    return None if seconds is None else datetime.fromtimestamp(seconds, UTC)


def _row(key: str, window: WindowRow) -> BudgetRow:
    return BudgetRow(key, window.remaining, _time(window.opened), _time(window.ends))


class LedgerBudgetStore:
    """`BudgetStore` on the ledger: for several workers (or machines) on one Cal.com key."""

    def __init__(self, ledger: BudgetLedger):
        self._ledger = ledger

    async def take(self, key: str, *, budget: int, window_seconds: float, floor: int) -> Grant:
        answer: list[Grant] = []

        def change(row: BudgetRow | None, now: datetime) -> BudgetRow | None:
            after, grant = take_token(
                _window(row),
                now.timestamp(),
                budget=budget,
                window_seconds=window_seconds,
                floor=floor,
            )
            answer.append(grant)
            return None if after is None else _row(key, after)

        await self._ledger.change_budget(key, change)
        return answer[0]

    async def correct(
        self,
        key: str,
        *,
        window: float | None,
        remaining_at_most: int | None = None,
        ends_in_at_least: float | None = None,
    ) -> BudgetState:
        state: list[BudgetState] = []

        def change(row: BudgetRow | None, now: datetime) -> BudgetRow | None:
            after = correct_window(
                _window(row),
                now.timestamp(),
                window=window,
                remaining_at_most=remaining_at_most,
                ends_in_at_least=ends_in_at_least,
            )
            state.append(state_of(after, now.timestamp()))
            return None if after is None else _row(key, after)

        await self._ledger.change_budget(key, change)
        return state[0]

    async def state(self, key: str) -> BudgetState:
        row, now = await self._ledger.budget(key)
        return state_of(_window(row), now.timestamp())
