"""The embedded engine: one aiosqlite connection per ledger, a WAL file (or ":memory:").

Every statement runs on aiosqlite's one thread; an `asyncio.Lock` around each read and each
transaction keeps another task's statements out of an open transaction. A write transaction is
`BEGIN IMMEDIATE`: it takes the file's write lock at once, so a read-check-write inside it is
atomic across processes too (other processes wait up to the busy timeout). WAL lets `status`,
`reconcile` and other workers read while a call is writing.
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import aiosqlite

from .engine import SQLITE, Dialect, IntegrityError, Statement, db_params
from .schema import migrate

BUSY_TIMEOUT_MS = 5000


def _translate(exc: BaseException) -> BaseException | None:
    if isinstance(exc, sqlite3.IntegrityError):
        return IntegrityError(str(exc))
    return None


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
        async with self._lock:
            await self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield SqliteDb(self._conn)
            except BaseException:
                await self._conn.execute("ROLLBACK")
                raise
            await self._conn.execute("COMMIT")

    async def close(self) -> None:
        async with self._lock:
            await self._conn.close()
