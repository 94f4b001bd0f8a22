"""The embedded engine: a WAL file (or ":memory:") through aiosqlite, one writing connection
and one reading connection per ledger.

A write transaction is one hop to the writing connection's thread (`sqlite_hop`): `BEGIN
IMMEDIATE`, the transaction's statements and `COMMIT` (or `ROLLBACK`) run there one after
another, so the file's write lock, which every worker process shares, is held only while SQLite
works, never across trips through a busy event loop. `BEGIN IMMEDIATE` takes that lock at once,
so a read-check-write inside it is atomic across processes too. A single statement outside a
transaction (`autocommit`) is one hop as well. Reads run on a connection of their own: in WAL
mode a read never waits for a writer. A read is one hop too (its statement and its rows, fetched
on the reader's thread), and reads do not wait for each other on the event loop: handed to the
reader's thread as they come, they run there in order. Through aiosqlite's cursor a read was
three trips through the loop (execute, fetch, close) under a lock the worker's reads shared; at
30 calls the guard's reads after each tool took p95 0.2 s (README "What limits" (8)).

This process's writes are not serialised on the event loop: each is handed to the connection's
thread as it comes (in the order they come: `begin` and the hand-over happen in one step of the
loop), and the thread runs them one after another, so a write never waits for the loop to come
back to the write before it. When another process holds the file, the write waits on that thread
(`_begin`: tries again after a jittered, growing back-off, up to `BUSY_TIMEOUT_MS` in all):
nothing of this process is held meanwhile but the thread, which this process's next writes need
the file for anyway. A ":memory:" database is this connection's alone (it is never busy); its
reads share the writing connection, so its writes and reads take turns by an `asyncio.Lock`.

Cancelling a task stops its hop only while the hop waits for the file (it did nothing then);
otherwise the hop runs to its end (committed or rolled back). The cancellation is raised once
the hop has ended.
"""

from __future__ import annotations

import asyncio
import random
import sqlite3
import threading
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from time import monotonic  # the back-off's clock (a test stands in for it)
from typing import Any, TypeVar

import aiosqlite

from .engine import SQLITE, Db, Dialect, Statement, db_params
from .memory_template import copy_migrated_into
from .schema import migrate
from .sqlite_hop import (
    Rows,
    ThreadDb,
    fetch,
    hand_to_connection_thread,
    in_connection_thread,
    is_busy,
    run_to_the_end,
    translate,
)

# How long a write waits in all for another process's write transaction to let go of the file.
# On a loaded server (worker processes sharing one file) that can take seconds; a write that gave
# up after 5 s ended the call it was for ("database is locked") instead of slowing it.
BUSY_TIMEOUT_MS = 60_000
# The back-off between two tries for a busy file: doubling from the first, at most the last, each
# drawn between half and one and a half of that (so writers of several processes do not retry in
# step). A transaction holds the file for about a millisecond.
BACKOFF_SECONDS = (0.001, 0.05)

T = TypeVar("T")


class Abandoned(Exception):
    """The caller of a write was cancelled before the write took the file: it did nothing."""


def _when_free(attempt: Callable[[], T], abandoned: threading.Event) -> T:
    """`attempt()` (which takes the file's write lock), tried again while another process holds
    the file: a jittered back-off on this (the connection's) thread, `BUSY_TIMEOUT_MS` in all.
    Not tried (again) once the caller is gone (`abandoned`)."""
    give_up_at = monotonic() + BUSY_TIMEOUT_MS / 1000
    tries = 0
    while True:
        if abandoned.is_set():
            raise Abandoned
        try:
            return attempt()
        except sqlite3.OperationalError as exc:
            if not is_busy(exc):
                raise
            if monotonic() >= give_up_at:
                raise sqlite3.OperationalError(
                    f"database is locked: another process held the ledger file for "
                    f"{BUSY_TIMEOUT_MS / 1000:g} s"
                ) from exc
        abandoned.wait(backoff(tries))
        tries += 1


Hop = Callable[[sqlite3.Connection, threading.Event], T]


def _transaction(body: Callable[[Db], Awaitable[T]]) -> Hop[T]:
    """The hop of one transaction: `BEGIN IMMEDIATE`, `body`'s statements, `COMMIT`."""

    def run(conn: sqlite3.Connection, abandoned: threading.Event) -> T:
        _when_free(lambda: conn.execute("BEGIN IMMEDIATE"), abandoned)
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


def _single(sql: str, values: Sequence[Any]) -> Hop[Rows]:
    """The hop of one statement in its own (autocommitted) transaction; a statement refused
    for a busy file did nothing, so it is tried again."""
    return lambda conn, abandoned: _when_free(lambda: fetch(conn, sql, values), abandoned)


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
    """Reads on an aiosqlite connection: each statement one hop to its thread, its rows fetched
    there (through aiosqlite's cursor it was three: execute, fetch, close, each a trip back
    through the event loop, all of them behind the reads before it)."""

    def __init__(self, conn: aiosqlite.Connection):
        self._conn = conn

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Statement:
        values = db_params(params)
        return Statement(
            lambda: in_connection_thread(self._conn, lambda c: fetch(c, sql, values)), translate
        )


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
        # A file's reads need no lock: each is one hop, in line on the reader's thread.
        self._read_lock = None if reader is not None else self._lock
        self._shared = reader is not None  # a file other processes may hold; not ":memory:"
        self.target = target

    @classmethod
    async def open(cls, target: str) -> SqliteEngine:
        if target == ":memory:":  # one connection: another would be another database
            conn = await _connect(target)
            try:  # a copy of the schema migrated once per process (`memory_template`)
                await in_connection_thread(conn, copy_migrated_into)
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
            await migrate(conn)  # with SQLite's busy timeout: workers start together
            await conn.execute("PRAGMA busy_timeout = 0")  # writes wait by `_when_free`
            reader = await _connect(target)
        except BaseException:
            await conn.close()
            if reader is not None:
                await reader.close()
            raise
        return cls(conn, target, reader=reader)

    @asynccontextmanager
    async def read(self) -> AsyncIterator[SqliteDb]:
        if self._read_lock is None:
            yield SqliteDb(self._reader)
            return
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
        return await self._hop(_transaction(body), begin)

    async def _hop(
        self,
        run: Hop[T],
        begin: Callable[[], Callable[[], None]] | None = None,
    ) -> T:
        """`run` on the writing connection's thread, after the writes handed over before it.
        `begin` is called just before the hand-over (in the same step of the event loop, so
        the hops run in the order their `begin`s were called); what it returns is called if
        the hop did not commit."""
        if self._shared:
            return await self._to_its_end(run, begin)
        async with self._lock:  # ":memory:": reads share the connection
            return await self._to_its_end(run, begin)

    async def _to_its_end(self, run: Hop[T], begin: Callable[[], Callable[[], None]] | None) -> T:
        """The hop, awaited to its end even when the caller is cancelled meanwhile (the
        cancellation is raised once it has ended; a hop that has not taken the file yet gives
        up then). `begin`'s undo unless it committed."""
        undo = begin() if begin is not None else None
        abandoned = threading.Event()
        try:  # a future, not a task: two trips through the loop fewer (`hand_to_connection_thread`)
            hop = hand_to_connection_thread(self._conn, lambda conn: run(conn, abandoned))
        except BaseException:  # the connection closed
            if undo is not None:
                undo()
            raise
        try:
            return await asyncio.shield(hop)
        except asyncio.CancelledError:
            abandoned.set()
            while not hop.done():
                try:
                    await asyncio.wait({hop})
                except asyncio.CancelledError:
                    continue
            if undo is not None and (hop.cancelled() or hop.exception() is not None):
                undo()
            raise
        except BaseException:
            if undo is not None:
                undo()
            raise

    async def close(self) -> None:
        async with self._lock:
            if self._reader is not self._conn:
                # aiosqlite closes after the reads handed to its thread before
                await self._reader.close()
            await self._conn.close()
