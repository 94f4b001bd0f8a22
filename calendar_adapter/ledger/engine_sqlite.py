"""The embedded engine: one aiosqlite connection per ledger, a WAL file (or ":memory:").

Every statement runs on aiosqlite's one thread; an `asyncio.Lock` around each read and each
transaction keeps another task's statements out of an open transaction. A write transaction is
`BEGIN IMMEDIATE`: it takes the file's write lock at once, so a read-check-write inside it is
atomic across processes too (other processes wait up to the busy timeout). WAL lets `status`,
`reconcile` and other workers read while a call is writing.

Cancelling a task does not stop the statement it waits for: aiosqlite's thread runs it to its end
anyway. So a cancelled writer keeps the lock until its statement has ended and its transaction is
rolled back (`_to_the_end`); otherwise its `BEGIN` could open a transaction after the lock went to
the next writer, whose own `BEGIN` then fails ("cannot start a transaction within a
transaction"). A refused `COMMIT` (a deferred constraint) leaves SQLite's transaction open, so it
is rolled back as well.
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import AsyncIterator, Awaitable, Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, TypeVar

import aiosqlite

from .engine import SQLITE, Dialect, IntegrityError, Statement, db_params
from .schema import migrate

BUSY_TIMEOUT_MS = 5000

T = TypeVar("T")


def _translate(exc: BaseException) -> BaseException | None:
    if isinstance(exc, sqlite3.IntegrityError):
        return IntegrityError(str(exc))
    return None


async def _to_the_end(step: Awaitable[T]) -> T:
    """`step` awaited to its end even when the caller is cancelled meanwhile; the cancellation is
    raised once it has ended (the statement ran, so the caller still has to clean up after it)."""
    task = asyncio.ensure_future(step)
    try:
        return await asyncio.shield(task)
    except asyncio.CancelledError:
        while not task.done():
            try:
                await asyncio.wait({task})
            except asyncio.CancelledError:
                continue
        if not task.cancelled():
            task.exception()  # seen here; the cancellation is what the caller gets
        raise


class SqliteDb:
    def __init__(self, conn: aiosqlite.Connection):
        self._conn = conn

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Statement:
        values = db_params(params)
        return Statement(lambda: self._conn.execute(sql, values), _translate)


class SqliteEngine:
    dialect: Dialect = SQLITE

    def __init__(self, conn: aiosqlite.Connection, target: str):
        self._conn = conn
        self._lock = asyncio.Lock()
        self.target = target

    @classmethod
    async def open(cls, target: str) -> SqliteEngine:
        if target != ":memory:":
            Path(target).parent.mkdir(parents=True, exist_ok=True)
        conn = await aiosqlite.connect(target, isolation_level=None)
        try:
            conn.row_factory = aiosqlite.Row
            await conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            await conn.execute("PRAGMA foreign_keys = ON")
            if target != ":memory:":
                await conn.execute("PRAGMA journal_mode = WAL")
                await conn.execute("PRAGMA synchronous = NORMAL")
            await migrate(conn)
        except BaseException:
            await conn.close()
            raise
        return cls(conn, target)

    @asynccontextmanager
    async def read(self) -> AsyncIterator[SqliteDb]:
        async with self._lock:
            yield SqliteDb(self._conn)

    @asynccontextmanager
    async def write(self, *, exclusive: bool = True) -> AsyncIterator[SqliteDb]:
        # Every SQLite write transaction is exclusive: the file has one writer at a time.
        db = SqliteDb(self._conn)
        async with self._lock:
            try:
                await _to_the_end(db.execute("BEGIN IMMEDIATE"))
                yield db
                await _to_the_end(db.execute("COMMIT"))
            except BaseException:
                await _to_the_end(self._rollback())
                raise

    async def _rollback(self) -> None:
        """End the open transaction, if any. Queued behind every statement sent before it, so
        it also ends what a cancelled statement began."""
        try:
            await self._conn.execute("ROLLBACK")
        except sqlite3.OperationalError:
            if self._conn.in_transaction:  # no transaction to end is the only error to ignore
                raise

    async def close(self) -> None:
        async with self._lock:
            await self._conn.close()
