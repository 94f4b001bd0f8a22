"""The embedded engine: a WAL file (or ":memory:") through aiosqlite, one writing connection
and one reading connection per ledger.

Writes (transactions and single statements) run on the writing connection, one after another
(an `asyncio.Lock`), so another task's statements never enter an open transaction. A write
transaction is `BEGIN IMMEDIATE`: it takes the file's write lock at once, so a read-check-write
inside it is atomic across processes too. Reads run on a connection of their own: in WAL mode a
read never waits for a writer, so reads do not queue behind a write that waits for the file.

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

# How long a write waits for another process's write transaction to let go of the file. A
# transaction holds the file across its statements' hops through the event loop, so on a loaded
# server (worker processes sharing one file, each loop late) it holds it for seconds; a write
# that gave up after 5 s ended the call it was for ("database is locked") instead of slowing
# it. Waiting costs only this connection's thread: this process's writes queue behind it anyway.
BUSY_TIMEOUT_MS = 60_000

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


async def _connect(target: str) -> aiosqlite.Connection:
    conn = await aiosqlite.connect(target, isolation_level=None)
    conn.row_factory = aiosqlite.Row
    await conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    await conn.execute("PRAGMA foreign_keys = ON")
    return conn


class SqliteEngine:
    dialect: Dialect = SQLITE

    def __init__(
        self,
        conn: aiosqlite.Connection,
        target: str,
        *,
        reader: aiosqlite.Connection | None = None,
    ):
        self._conn = conn
        self._lock = asyncio.Lock()
        self._reader = reader or conn
        self._read_lock = asyncio.Lock() if reader is not None else self._lock
        self.target = target

    @classmethod
    async def open(cls, target: str) -> SqliteEngine:
        if target == ":memory:":  # one connection: another would be another database
            conn = await _connect(target)
            try:
                await migrate(conn)
            except BaseException:
                await conn.close()
                raise
            return cls(conn, target)
        Path(target).parent.mkdir(parents=True, exist_ok=True)
        conn = await _connect(target)
        reader: aiosqlite.Connection | None = None
        try:
            await conn.execute("PRAGMA journal_mode = WAL")
            await conn.execute("PRAGMA synchronous = NORMAL")
            await migrate(conn)
            reader = await _connect(target)
        except BaseException:
            await conn.close()
            if reader is not None:
                await reader.close()
            raise
        return cls(conn, target, reader=reader)

    @asynccontextmanager
    async def read(self) -> AsyncIterator[SqliteDb]:
        async with self._read_lock:
            yield SqliteDb(self._reader)

    @asynccontextmanager
    async def autocommit(self) -> AsyncIterator[SqliteDb]:
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
            if self._reader is not self._conn:
                async with self._read_lock:
                    await self._reader.close()
            await self._conn.close()
