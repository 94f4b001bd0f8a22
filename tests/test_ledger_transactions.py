"""The ledger's transactions under cancellation and concurrency, on both engines.

A call's tasks are cancelled at hang-up at whatever statement they are waiting for, and many
calls write at once. Whatever is cancelled where, a write is all or nothing, and the next write,
on this connection or any other, starts as if the cancelled one had never begun: no transaction
left open on the connection, no write lock left held.
"""

from __future__ import annotations

import asyncio
import random
import sqlite3
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import psycopg
import pytest

from calendar_adapter.ledger.engine import (
    Db,
    Engine,
    IntegrityError,
    is_postgres_url,
    open_engine,
)
from calendar_adapter.ledger.engine_postgres import WRITE_LOCK_KEY

T = "2026-11-25T09:00:00.000000+00:00"
# A bound for statements that must not wait at all; far above any load, far below a hang.
PATIENCE_SECONDS = 20


@pytest.fixture
async def engine(shared_ledger_url: str) -> AsyncIterator[Engine]:
    eng = await open_engine(shared_ledger_url)
    try:
        yield eng
    finally:
        await eng.close()


@asynccontextmanager
async def another_worker_writing(url: str) -> AsyncIterator[None]:
    """Another process holds the ledger's write lock until the block ends."""
    if is_postgres_url(url):
        async with await psycopg.AsyncConnection.connect(url, autocommit=True) as conn:
            await conn.execute("SELECT pg_advisory_lock(%s)", (WRITE_LOCK_KEY,))
            yield
            await conn.execute("SELECT pg_advisory_unlock(%s)", (WRITE_LOCK_KEY,))
        return
    conn = sqlite3.connect(url, isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        yield
        conn.execute("ROLLBACK")
    finally:
        conn.close()


async def write_call(engine: Engine, call_id: str, *, exclusive: bool = True) -> None:
    """One transaction, two statements: a call and its first timeline event."""

    async def transaction(db: Db) -> None:
        await db.execute(
            "INSERT INTO calls (call_id, mode, started_at) VALUES (?, 'text', ?)", (call_id, T)
        )
        await db.execute(
            "INSERT INTO timeline (call_id, at, kind, data) VALUES (?, ?, 'call_started', '{}')",
            (call_id, T),
        )

    await engine.transact(transaction, exclusive=exclusive)


async def stored(url: str, call_id: str) -> tuple[int, int]:
    """(calls, timeline events) of `call_id`, as another worker's connection sees them."""
    other = await open_engine(url)
    try:
        async with other.read() as db:
            async with db.execute("SELECT count(*) FROM calls WHERE call_id = ?", (call_id,)) as c:
                calls = (await c.fetchone())[0]
            async with db.execute(
                "SELECT count(*) FROM timeline WHERE call_id = ?", (call_id,)
            ) as cur:
                events = (await cur.fetchone())[0]
        return calls, events
    finally:
        await other.close()


async def test_a_writer_cancelled_while_another_worker_writes_leaves_nothing_open(
    engine, shared_ledger_url
):
    async with another_worker_writing(shared_ledger_url):
        waiting = asyncio.create_task(write_call(engine, "cancelled"))
        await asyncio.sleep(0.1)  # in line behind the other worker's write lock
        waiting.cancel()
        await asyncio.sleep(0.1)
    with pytest.raises(asyncio.CancelledError):
        await waiting

    async with asyncio.timeout(PATIENCE_SECONDS):
        await write_call(engine, "next")
    assert await stored(shared_ledger_url, "cancelled") == (0, 0)
    assert await stored(shared_ledger_url, "next") == (1, 1)


async def cancel_after(task: asyncio.Task, *, turns: int = 0, seconds: float = 0.0) -> None:
    """Cancel `task` after `turns` turns of the event loop and `seconds` of waiting, then wait
    for it to end however it ends."""
    for _ in range(turns):
        await asyncio.sleep(0)
    if seconds:
        await asyncio.sleep(seconds)
    task.cancel()
    await asyncio.gather(task, return_exceptions=True)


# Where a cancellation lands: each of the first turns of the loop (the embedded engine's steps),
# then every half millisecond of a write's lifetime (the server's round trips).
CANCEL_POINTS = [{"turns": n} for n in range(40)] + [{"seconds": n / 2000} for n in range(1, 40)]


async def test_a_writer_cancelled_at_any_point_writes_all_or_nothing(engine, shared_ledger_url):
    for i, point in enumerate(CANCEL_POINTS):
        await cancel_after(asyncio.create_task(write_call(engine, f"cancelled-{i}")), **point)

        async with asyncio.timeout(PATIENCE_SECONDS):
            await write_call(engine, f"next-{i}")
        assert await stored(shared_ledger_url, f"cancelled-{i}") in ((0, 0), (1, 1)), point
        assert await stored(shared_ledger_url, f"next-{i}") == (1, 1), point


async def test_a_writer_cancelled_twice_still_closes_its_transaction(engine, shared_ledger_url):
    for i, point in enumerate(CANCEL_POINTS[::3]):
        writer = asyncio.create_task(write_call(engine, f"twice-{i}"))
        writer.get_loop().call_later(point.get("seconds", 0) + 0.0002, writer.cancel)
        await cancel_after(writer, **point)
        async with asyncio.timeout(PATIENCE_SECONDS):
            await write_call(engine, f"after-twice-{i}")
        assert await stored(shared_ledger_url, f"twice-{i}") in ((0, 0), (1, 1)), point
        assert await stored(shared_ledger_url, f"after-twice-{i}") == (1, 1), point


async def test_many_writers_and_readers_at_once_some_cancelled(engine, shared_ledger_url):
    pick = random.Random(7)

    async def reader() -> int:
        async with engine.read() as db, db.execute("SELECT count(*) FROM calls") as cur:
            return (await cur.fetchone())[0]

    tasks: dict[str, asyncio.Task] = {}
    for i in range(60):
        tasks[f"w{i}"] = asyncio.create_task(write_call(engine, f"w{i}", exclusive=i % 2 == 0))
        tasks[f"r{i}"] = asyncio.create_task(reader())
    for _ in range(20):
        await asyncio.sleep(0)
        pick.choice(list(tasks.values())).cancel()
    ended = await asyncio.gather(*tasks.values(), return_exceptions=True)
    outcomes = dict(zip(tasks, ended, strict=True))

    failed = {k: o for k, o in outcomes.items() if isinstance(o, Exception)}
    assert failed == {}, failed  # a cancellation is the only way a reader or writer ended early
    for name, outcome in outcomes.items():
        if name.startswith("w"):
            written = await stored(shared_ledger_url, name)
            assert written == (1, 1) if outcome is None else written in ((0, 0), (1, 1)), name
    async with asyncio.timeout(PATIENCE_SECONDS):
        await write_call(engine, "after-all")
    assert await stored(shared_ledger_url, "after-all") == (1, 1)


async def test_a_commit_refused_by_a_constraint_is_rolled_back(engine, shared_ledger_url):
    async def tables(db: Db) -> None:
        await db.execute("CREATE TABLE parent (id INTEGER PRIMARY KEY)")
        await db.execute(
            """CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER
               REFERENCES parent (id) DEFERRABLE INITIALLY DEFERRED)"""
        )

    async def orphan(db: Db) -> None:
        await db.execute("INSERT INTO child (id, parent_id) VALUES (1, 99)")
        await db.execute(
            "INSERT INTO calls (call_id, mode, started_at) VALUES ('refused', 'text', ?)", (T,)
        )

    await engine.transact(tables)
    with pytest.raises(IntegrityError, match="FOREIGN KEY"):
        await engine.transact(orphan)  # the missing parent is noticed at COMMIT only

    async with asyncio.timeout(PATIENCE_SECONDS):
        await write_call(engine, "next")
    assert await stored(shared_ledger_url, "refused") == (0, 0)
    assert await stored(shared_ledger_url, "next") == (1, 1)
