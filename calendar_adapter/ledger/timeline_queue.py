"""Timeline events written behind: a process's events wait here and go into the ledger together.

A call appends a dozen timeline events (what was said, each tool call and result); as one
transaction each they were most of a call's ledger writes, and on SQLite every write takes the
file's one write lock, which all workers share. Queued here, they go in with the next write that
must be durable anyway (a booking state, a hold, the call's end: `Ledger._transact` puts them first
in that transaction, so the order of ids stays the order of events) or, when nothing else is
written, in one transaction of their own `FLUSH_AFTER_SECONDS` after the first of them. Reading
the timeline in this process flushes first, so the process reads what it logged.

What is durable at the moment it happens stays so: the appointment states, the booking UIDs and
the call's end are written by their own transactions as before, never queued. A crash loses at
most the events of the last `FLUSH_AFTER_SECONDS` (and those a failing database refused; they
are kept for the next flush, up to `MAX_PENDING`).
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from typing import Any

from loguru import logger

FLUSH_AFTER_SECONDS = 0.2
MAX_PENDING = 10_000
_COLUMNS = "(call_id, at, kind, data, salon_id)"
_ROWS_PER_STATEMENT = 500  # 5 parameters each: well under SQLite's 32766

Row = tuple[str, str, str, str, str]  # call_id, at, kind, data (JSON text), salon_id


def insert_statements(rows: Sequence[Row]) -> list[tuple[str, tuple[Any, ...]]]:
    """Multi-row INSERTs (one round trip per `_ROWS_PER_STATEMENT` rows) for both engines."""
    statements = []
    for i in range(0, len(rows), _ROWS_PER_STATEMENT):
        chunk = rows[i : i + _ROWS_PER_STATEMENT]
        values = ", ".join(["(?, ?, ?, ?, ?)"] * len(chunk))
        params = tuple(value for row in chunk for value in row)
        statements.append((f"INSERT INTO timeline {_COLUMNS} VALUES {values}", params))
    return statements


class TimelineQueue:
    """The events this process logged and has not written yet, in the order they were logged."""

    def __init__(self, flush_after: float = FLUSH_AFTER_SECONDS) -> None:
        self._rows: list[Row] = []
        self._carried = 0  # rows taken by transactions that have not ended yet
        self._none_carried = asyncio.Event()
        self._none_carried.set()
        self._flush_after = flush_after
        self._timer: asyncio.TimerHandle | None = None
        self._flushing: asyncio.Task | None = None
        self._flush: Callable[[], Awaitable[None]] | None = None

    def __len__(self) -> int:
        return len(self._rows)

    def add(self, row: Row, flush: Callable[[], Awaitable[None]]) -> None:
        """Queue an event; `flush` writes the queue if nothing else does within the delay."""
        if len(self._rows) >= MAX_PENDING:
            logger.error("timeline queue full: event {} of call {} dropped", row[2], row[0])
            return
        self._rows.append(row)
        self._flush = flush
        if self._timer is None:
            self._timer = asyncio.get_running_loop().call_later(self._flush_after, self._due)

    def take(self) -> list[Row]:
        """Everything queued, to be written by the caller (`put_back` if that fails)."""
        rows, self._rows = self._rows, []
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if rows:
            self._carried += len(rows)
            self._none_carried.clear()
        return rows

    def written(self, rows: list[Row]) -> None:
        """The transaction that took `rows` has ended (committed, or they were put back)."""
        self._carried -= len(rows)
        if self._carried <= 0:
            self._carried = 0
            self._none_carried.set()

    async def settled(self) -> None:
        """Until no transaction is writing rows of this queue (they are in, or back here)."""
        await self._none_carried.wait()

    def put_back(self, rows: list[Row]) -> None:
        """Rows a rolled-back transaction did not write: first in line again."""
        if rows:
            self._rows[:0] = rows[: max(0, MAX_PENDING - len(self._rows))]
            if self._timer is None and self._flush is not None:
                self._timer = asyncio.get_running_loop().call_later(self._flush_after, self._due)

    def _due(self) -> None:
        self._timer = None
        if self._rows and self._flush is not None and self._flushing is None:
            self._flushing = asyncio.ensure_future(self._run(self._flush))

    async def _run(self, flush: Callable[[], Awaitable[None]]) -> None:
        try:
            await flush()
        except Exception:
            logger.exception("timeline events could not be written; kept for the next write")
        finally:
            self._flushing = None

    async def drain(self) -> None:
        """Wait for a flush in progress (closing the ledger)."""
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if self._flushing is not None:
            await asyncio.gather(self._flushing, return_exceptions=True)
