"""The shared engine: PostgreSQL through psycopg 3 (async) and a small connection pool.

Several worker processes (and machines) use one database. Reads run in autocommit; a write is
one transaction on a connection of the pool (`transact`, through `write`). `write(exclusive=True)`
takes a transaction-level advisory lock first, so exclusive writes follow each other as SQLite's
`BEGIN IMMEDIATE` do, across every worker; `write(exclusive=False)` relies on row locks
(`Dialect.for_update`).

Strings are sent untyped (psycopg's default), so the ledger's UTC text casts to `timestamptz`
and JSON text to `json` on the server; `timestamptz` and `json` come back as the same text
SQLite returns (`_UtcTextLoader`, text for json), so rows read alike on both engines.
"""

from __future__ import annotations

import re
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from functools import cache
from typing import Any, TypeVar
from urllib.parse import urlsplit, urlunsplit

import psycopg
from psycopg import errors
from psycopg.types.datetime import TimestamptzLoader
from psycopg.types.string import TextLoader
from psycopg_pool import AsyncConnectionPool, PoolTimeout

from .codec import to_db_time
from .engine import POSTGRES, Db, Dialect, IntegrityError, Statement, db_params
from .schema import LATEST_VERSION, MIGRATIONS, SchemaTooNewError
from .schema_postgres import BASELINE, BASELINE_VERSION

# pg_advisory_xact_lock keys: one for exclusive ledger writes, one for migrations.
WRITE_LOCK_KEY = 0x5A1_0001
MIGRATE_LOCK_KEY = 0x5A1_0002
DEFAULT_POOL_SIZE = 10
CONNECT_TIMEOUT_SECONDS = 10.0

T = TypeVar("T")


class LedgerUnavailableError(RuntimeError):
    """The PostgreSQL server named by the ledger URL could not be reached."""


def masked(url: str) -> str:
    """The URL without its password, for logs and health checks."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    netloc = parts.netloc.rsplit("@", 1)
    return urlunsplit(parts._replace(netloc=netloc[0].split(":")[0] + ":***@" + netloc[1]))


@cache
def to_format_style(sql: str) -> str:
    """`?` placeholders to psycopg's `%s` (literal `%` doubled); `?` inside quotes is kept."""
    out: list[str] = []
    for i, part in enumerate(re.split(r"('(?:[^']|'')*'|\"(?:[^\"]|\"\")*\")", sql)):
        part = part.replace("%", "%%")
        out.append(part if i % 2 else part.replace("?", "%s"))
    return "".join(out)


class PgRow(tuple):
    """A row readable by position and by column name, as `aiosqlite.Row`."""

    _names: dict[str, int]

    def __getitem__(self, key: Any) -> Any:  # type: ignore[override]
        if isinstance(key, str):
            return tuple.__getitem__(self, self._names[key])
        return tuple.__getitem__(self, key)

    def keys(self) -> list[str]:
        return list(self._names)


def _row_factory(cursor: Any) -> Any:
    if cursor.description is None:
        return tuple
    names = {column.name: i for i, column in enumerate(cursor.description)}
    row_type = type("PgRow", (PgRow,), {"_names": names})
    return lambda values: row_type(values)


class _UtcTextLoader(TimestamptzLoader):
    def load(self, data: Any) -> str:  # type: ignore[override]
        return to_db_time(super().load(data))


_SQLITE_WORDS = {
    errors.CheckViolation: "CHECK",
    errors.UniqueViolation: "UNIQUE",
    errors.ForeignKeyViolation: "FOREIGN KEY",
    errors.NotNullViolation: "NOT NULL",
}


def _translate(exc: BaseException) -> BaseException | None:
    if not isinstance(exc, errors.IntegrityError):
        return None
    word = next((w for cls, w in _SQLITE_WORDS.items() if isinstance(exc, cls)), "integrity")
    name = exc.diag.constraint_name or exc.diag.column_name or ""
    return IntegrityError(f"{word} constraint failed: {name} ({exc.diag.message_primary})")


class PgCursor:
    """psycopg's cursor, read as aiosqlite's: no rows (rather than an error) from a statement
    that returns none."""

    def __init__(self, cursor: psycopg.AsyncCursor):
        self._cursor = cursor

    @property
    def rowcount(self) -> int:
        return self._cursor.rowcount

    async def fetchone(self) -> Any:
        return await self._cursor.fetchone() if self._cursor.description is not None else None

    async def fetchall(self) -> list[Any]:
        return await self._cursor.fetchall() if self._cursor.description is not None else []

    async def close(self) -> None:
        await self._cursor.close()


class PgDb:
    def __init__(self, conn: psycopg.AsyncConnection):
        self._conn = conn
        self.committed = False  # set once its transaction's COMMIT went through

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Statement:
        values = db_params(params)

        async def run() -> Any:
            cursor = self._conn.cursor()
            await cursor.execute(to_format_style(sql), values)
            return PgCursor(cursor)

        return Statement(run, _translate)


async def _configure(conn: psycopg.AsyncConnection) -> None:
    conn.adapters.register_loader("timestamptz", _UtcTextLoader)
    conn.adapters.register_loader("json", TextLoader)
    conn.adapters.register_loader("jsonb", TextLoader)
    conn.row_factory = _row_factory  # type: ignore[assignment]


class PostgresEngine:
    dialect: Dialect = POSTGRES

    def __init__(self, pool: AsyncConnectionPool, target: str):
        self._pool = pool
        self.target = target

    @classmethod
    async def open(cls, url: str, *, pool_size: int = DEFAULT_POOL_SIZE) -> PostgresEngine:
        """Connect (failing at once when the server cannot be reached), migrate, then pool."""
        try:
            first = await psycopg.AsyncConnection.connect(
                url, autocommit=True, connect_timeout=int(CONNECT_TIMEOUT_SECONDS)
            )
        except psycopg.OperationalError as exc:
            reason = str(exc).strip().splitlines()[-1] if str(exc).strip() else type(exc).__name__
            raise LedgerUnavailableError(
                f"no PostgreSQL ledger at {masked(url)}: {reason}"
            ) from exc
        try:
            await migrate(first)
        finally:
            await first.close()
        pool = AsyncConnectionPool(
            url,
            min_size=1,
            max_size=max(1, pool_size),
            kwargs={"autocommit": True},
            configure=_configure,
            open=False,
            name="ledger",
        )
        try:
            await pool.open(wait=True, timeout=CONNECT_TIMEOUT_SECONDS)
        except PoolTimeout as exc:
            await pool.close()
            raise LedgerUnavailableError(f"no PostgreSQL ledger at {masked(url)}") from exc
        return cls(pool, masked(url))

    @asynccontextmanager
    async def read(self) -> AsyncIterator[PgDb]:
        async with self._pool.connection() as conn:
            yield PgDb(conn)

    def autocommit(self) -> AbstractAsyncContextManager[PgDb]:
        return self.read()  # a pooled connection in autocommit: each statement its own

    @asynccontextmanager
    async def write(self, *, exclusive: bool = True) -> AsyncIterator[PgDb]:
        # A cancelled statement is cancelled on the server too (psycopg waits for it), the
        # transaction rolled back, and a connection left mid-statement is discarded by the pool:
        # nothing of a cancelled write, nor its advisory lock, outlives it.
        async with self._pool.connection() as conn:
            db = PgDb(conn)
            try:
                async with conn.transaction():
                    if exclusive:
                        await conn.execute("SELECT pg_advisory_xact_lock(%s)", (WRITE_LOCK_KEY,))
                    yield db
                db.committed = True
            except errors.IntegrityError as exc:  # a deferred constraint refused the COMMIT
                mapped = _translate(exc)
                if mapped is None:
                    raise
                raise mapped from exc

    async def transact(
        self,
        body: Callable[[Db], Awaitable[T]],
        *,
        exclusive: bool = True,
        begin: Callable[[], Callable[[], None]] | None = None,
    ) -> T:
        undo: Callable[[], None] | None = None
        written: PgDb | None = None
        try:
            async with self.write(exclusive=exclusive) as db:
                written = db
                undo = begin() if begin is not None else None
                return await body(db)
        except BaseException:
            # Undo only what did not commit: a cancellation that arrives after the COMMIT (while
            # the pool takes the connection back) must not put the carried events back, or they
            # would be written twice.
            if undo is not None and not (written is not None and written.committed):
                undo()
            raise

    async def close(self) -> None:
        await self._pool.close()


async def migrate(conn: psycopg.AsyncConnection, *, target: int | None = None) -> int:
    """Create the baseline on an empty database, then apply the shared migrations; one
    transaction under an advisory lock, so workers starting together migrate once."""
    target = LATEST_VERSION if target is None else target
    if target > LATEST_VERSION or target < BASELINE_VERSION:
        raise ValueError(f"no migration to {target} on PostgreSQL")
    async with conn.transaction():
        await conn.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATE_LOCK_KEY,))
        await conn.execute("CREATE TABLE IF NOT EXISTS ledger_schema (version INTEGER NOT NULL)")
        current = await _version(conn)
        if current > LATEST_VERSION:
            raise SchemaTooNewError(
                f"ledger schema version {current} is newer than this code ({LATEST_VERSION})"
            )
        if current == 0:
            for statement in BASELINE:
                await conn.execute(statement)
            current = BASELINE_VERSION
        for version in range(current + 1, target + 1):
            for statement in MIGRATIONS[version - 1]:
                await conn.execute(POSTGRES.ddl(statement))
            current = version
        await conn.execute("DELETE FROM ledger_schema")
        await conn.execute("INSERT INTO ledger_schema (version) VALUES (%s)", (current,))
        return current


async def _version(conn: psycopg.AsyncConnection) -> int:
    exists = await conn.execute("SELECT to_regclass('ledger_schema') IS NOT NULL")
    row = await exists.fetchone()
    if not row or not row[0]:
        return 0
    cur = await conn.execute("SELECT max(version) FROM ledger_schema")
    found = await cur.fetchone()
    return int(found[0]) if found and found[0] is not None else 0
