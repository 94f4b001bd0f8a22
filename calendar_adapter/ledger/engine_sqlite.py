"""The embedded engine: a WAL file (or ":memory:") through aiosqlite, one writing connection
and one reading connection per ledger.

A write transaction is one hop to the writing connection's thread (`sqlite_hop`): `BEGIN
IMMEDIATE`, the transaction's statements and `COMMIT` (or `ROLLBACK`) run there one after
another, so the file's write lock, which every worker process shares, is held only while SQLite
works, never across trips through a busy event loop. `BEGIN IMMEDIATE` takes that lock at once,
so a read-check-write inside it is atomic across processes too. A single statement outside a
transaction (`autocommit`) is one hop as well. Reads run on a connection of their own: in WAL
mode a read never waits for a writer.

When another process holds the file, `BEGIN IMMEDIATE` waits `BEGIN_WAIT_MS` on the thread, then
the write backs off on the event loop (jittered, growing) and tries again, up to
`BUSY_TIMEOUT_MS` in all; while it backs off it lets go of this process's writing lock
(`asyncio.Lock`, which only orders this process's hops), so it does not keep the connection's
thread from this process's other writes. A ":memory:" database is this connection's alone: it
is never busy.

Cancelling a task does not stop its hop: the hop runs to its end (committed or rolled back), and
the lock is let go once it has ended; the cancellation is raised then.
"""

from __future__ import annotations

import asyncio
import random
import sqlite3
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, TypeVar

import aiosqlite

from .engine import SQLITE, Db, Dialect, Statement, db_params
from .schema import migrate
from .sqlite_hop import (
    Rows,
    ThreadDb,
    fetch,
    in_connection_thread,
    is_busy,
    run_to_the_end,
    translate,
)

# How long a write waits in all for another process's write transaction to let go of the file.
# On a loaded server (worker processes sharing one file) that can take seconds; a write that gave
# up after 5 s ended the call it was for ("database is locked") instead of slowing it.
BUSY_TIMEOUT_MS = 60_000
# How long `BEGIN IMMEDIATE` (or a single statement) waits for the file on the connection's
# thread before the write backs off on the event loop; a transaction holds the file for about
# a millisecond, so most waits end within this.
BEGIN_WAIT_MS = 20
# The back-off on the event loop between two tries: doubling from the first, at most the last,
# each drawn between half and one and a half of that (writers of several processes apart).
BACKOFF_SECONDS = (0.002, 0.1)

T = TypeVar("T")


class _Busy:
    """A hop that found the file locked by another process (nothing was done)."""


BUSY = _Busy()


def _transaction(body: Callable[[Db], Awaitable[T]]) -> Callable[[sqlite3.Connection], T | _Busy]:
    """The hop of one transaction: `BEGIN IMMEDIATE`, `body`'s statements, `COMMIT`."""

    def run(conn: sqlite3.Connection) -> T | _Busy:
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            if is_busy(exc):
                return BUSY
            raise
        try:
            result = run_to_the_end(body(ThreadDb(conn)))
            try:
                conn.execute("COMMIT")
            except sqlite3.IntegrityError as exc:  # a deferred constraint refused it
                raise translate(exc) from exc  # type: ignore[misc]
        except BaseException:
            _rollback(conn)
            raise
        return result

    return run


def _single(sql: str, values: Sequence[Any]) -> Callable[[sqlite3.Connection], Rows | _Busy]:
    """The hop of one statement in its own (autocommitted) transaction."""

    def run(conn: sqlite3.Connection) -> Rows | _Busy:
        try:
            return fetch(conn, sql, values)
        except sqlite3.OperationalError as exc:
            if is_busy(exc):  # the statement did nothing: it can be tried again
                return BUSY
            raise

    return run


def _rollback(conn: sqlite3.Connection) -> None:
    """End the open transaction, if any (a failed COMMIT may have ended it already)."""
    try:
        conn.execute("ROLLBACK")
    except sqlite3.OperationalError:
        if conn.in_transaction:  # no transaction to end is the only error to ignore
            raise


def backoff(attempt: int) -> float:
    first, most = BACKOFF_SECONDS
    return min(most, first * 2**attempt) * random.uniform(0.5, 1.5)


class SqliteDb:
    """Statements on an aiosqlite connection (reads): each its own hop."""

    def __init__(self, conn: aiosqlite.Connection):
        self._conn = conn

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Statement:
        values = db_params(params)
        return Statement(lambda: self._conn.execute(sql, values), translate)


class _AutocommitDb:
    """Statements on the writing connection, each one hop in its own transaction."""

    def __init__(self, engine: SqliteEngine):
        self._engine = engine

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Statement:
        values = db_params(params)
        return Statement(lambda: self._engine._hop(_single(sql, values)), translate)


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
        self._shared = reader is not None  # a file other processes may hold; not ":memory:"
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
            await migrate(conn)  # with the full busy timeout: workers start together
            await conn.execute(f"PRAGMA busy_timeout = {BEGIN_WAIT_MS}")
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
    async def autocommit(self) -> AsyncIterator[_AutocommitDb]:
        yield _AutocommitDb(self)

    async def transact(
        self,
        body: Callable[[Db], Awaitable[T]],
        *,
        exclusive: bool = True,
        begin: Callable[[], Callable[[], None]] | None = None,
    ) -> T:
        # Every SQLite write transaction is exclusive: the file has one writer at a time.
        return await self._hop(_transaction(body), begin)  # type: ignore[return-value]

    async def _hop(
        self,
        run: Callable[[sqlite3.Connection], T | _Busy],
        begin: Callable[[], Callable[[], None]] | None = None,
    ) -> T:
        """`run` on the writing connection's thread, again after a back-off while the file is
        busy. `begin` is called with this process's writing lock held just before each try;
        what it returns is called if that try did not commit."""
        loop = asyncio.get_running_loop()
        give_up_at = loop.time() + BUSY_TIMEOUT_MS / 1000
        attempt = 0
        while True:
            async with self._lock:
                undo = begin() if begin is not None else None
                outcome = await self._run_to_its_end(run, undo)
            if not isinstance(outcome, _Busy):
                return outcome
            if not self._shared:
                raise sqlite3.OperationalError("database is locked (an in-memory ledger)")
            if loop.time() >= give_up_at:
                raise sqlite3.OperationalError(
                    f"database is locked: another process held the ledger file for "
                    f"{BUSY_TIMEOUT_MS / 1000:g} s"
                )
            await asyncio.sleep(backoff(attempt))
            attempt += 1

    async def _run_to_its_end(
        self, run: Callable[[sqlite3.Connection], T | _Busy], undo: Callable[[], None] | None
    ) -> T | _Busy:
        """The hop, awaited to its end even when the caller is cancelled meanwhile (the
        cancellation is raised once it has ended). `undo` unless it committed."""
        hop = asyncio.ensure_future(in_connection_thread(self._conn, run))
        try:
            outcome = await asyncio.shield(hop)
        except asyncio.CancelledError:
            while not hop.done():
                try:
                    await asyncio.wait({hop})
                except asyncio.CancelledError:
                    continue
            committed = not hop.cancelled() and hop.exception() is None
            if undo is not None and (not committed or isinstance(hop.result(), _Busy)):
                undo()
            raise
        except BaseException:
            if undo is not None:
                undo()
            raise
        if undo is not None and isinstance(outcome, _Busy):
            undo()
        return outcome

    async def close(self) -> None:
        async with self._lock:
            if self._reader is not self._conn:
                async with self._read_lock:
                    await self._reader.close()
            await self._conn.close()
