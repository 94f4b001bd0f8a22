"""One hop to a SQLite connection's thread: a whole transaction (or statement) run there at once.

aiosqlite runs each statement on the connection's own thread and hands its result back to the
event loop, so a transaction awaited statement by statement holds the file's write lock across
as many trips through the event loop as it has statements; on a busy loop each trip waits for
everything else the loop has to do, and the other worker processes wait for the file meanwhile.
Here the transaction's statements run on the connection's thread one after another, and only the
outcome comes back (`in_connection_thread`).

The ledger's transactions are written once for both engines, as coroutines over a `Db`
(`Engine.transact`). On SQLite such a coroutine is run to its end on the connection's thread
(`run_to_the_end`) against `ThreadDb`, whose statements run synchronously and never suspend; a
transaction that awaits anything else is refused there (and rolled back), since it would
otherwise need the event loop from another thread.
"""

from __future__ import annotations

import asyncio
import contextvars
import sqlite3
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, TypeVar

import aiosqlite

from .engine import IntegrityError, Statement, db_params

T = TypeVar("T")


async def in_connection_thread(
    conn: aiosqlite.Connection, fn: Callable[[sqlite3.Connection], T]
) -> T:
    """`fn(the sqlite3 connection)` run on `conn`'s thread, in line with its other statements,
    in one hop: `hand_to_connection_thread`, awaited."""
    return await hand_to_connection_thread(conn, fn)


def hand_to_connection_thread(
    conn: aiosqlite.Connection, fn: Callable[[sqlite3.Connection], T]
) -> asyncio.Future[T]:
    """`fn` queued on `conn`'s thread now, in line with its statements; its outcome the
    returned future (set from the thread through `call_soon_threadsafe`). A write is awaited
    through `asyncio.shield`; wrapped in a task of its own, each hop took two more trips
    through the event loop (the task's first step, and its wake-up when the thread answered),
    each a wait for everything else a busy loop has to do. aiosqlite has no public API for
    this: its private work queue `_tx` (which its `_execute` fills the same way), `_running`,
    `_connection` and `_conn` (the sqlite3 connection) are used only here, and
    `tests/test_ledger_sqlite_hop.py` fails if aiosqlite changes them."""
    if not conn._running or conn._connection is None:
        raise ValueError("Connection closed")  # as `_execute` says it
    context = contextvars.copy_context()  # the caller's (log context), as a statement's would be
    future: asyncio.Future[T] = asyncio.get_running_loop().create_future()
    conn._tx.put_nowait((future, lambda: context.run(fn, conn._conn)))
    return future


def run_to_the_end(awaitable: Awaitable[T]) -> T:
    """The result of `awaitable`, which must finish without waiting for anything (a
    transaction's body over a `ThreadDb`); one that waits is closed and refused."""
    steps = awaitable.__await__()
    try:
        waited_for = steps.send(None)
    except StopIteration as done:
        return done.value  # type: ignore[no-any-return]
    steps.close()
    raise RuntimeError(
        "a SQLite ledger transaction awaited something other than its own statements "
        f"({waited_for!r}); it runs on the connection's thread, away from the event loop"
    )


def translate(exc: BaseException) -> BaseException | None:
    if isinstance(exc, sqlite3.IntegrityError):
        return IntegrityError(str(exc))
    return None


def is_busy(exc: BaseException) -> bool:
    """SQLite's 'database is locked': another connection holds the file's write lock."""
    code = getattr(exc, "sqlite_errorcode", None)
    return (
        isinstance(exc, sqlite3.OperationalError)
        and code is not None
        and code & 0xFF == (sqlite3.SQLITE_BUSY)
    )


class Rows:
    """A statement's rows, all fetched on the connection's thread (so the statement has ended
    before the next one, or the COMMIT, runs): the cursor the ledger's code awaits."""

    def __init__(self, rows: list[Any]):
        self._rows = rows
        self._next = 0

    async def fetchone(self) -> Any:
        if self._next >= len(self._rows):
            return None
        self._next += 1
        return self._rows[self._next - 1]

    async def fetchall(self) -> list[Any]:
        rest, self._next = self._rows[self._next :], len(self._rows)
        return rest

    async def close(self) -> None:
        return None


def fetch(conn: sqlite3.Connection, sql: str, values: Sequence[Any]) -> Rows:
    cursor = conn.execute(sql, values)
    try:
        return Rows(cursor.fetchall())
    finally:
        cursor.close()


class ThreadDb:
    """The `Db` of a transaction running on the connection's thread: each statement runs at
    once, synchronously (awaiting it never suspends)."""

    def __init__(self, conn: sqlite3.Connection):
        self._conn = conn

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Statement:
        values = db_params(params)

        async def run() -> Rows:
            return fetch(self._conn, sql, values)

        return Statement(run, translate)
