"""The SQLite ledger's writes: each transaction one hop to the connection's thread; its reads:
each one hop to the reading connection's thread, none waiting for another on the event loop.

The file's write lock is shared by every worker process; a transaction holds it only while
SQLite works on the connection's thread, never while this process's event loop is busy, and this
process's writes follow each other on that thread without waiting for the loop in between. When
another process holds the file, a write waits on the thread (jittered back-off) while reads go
on, and gives up after a bounded wait with nothing of it lost.
"""

from __future__ import annotations

import asyncio
import sqlite3
import threading
import time
from collections.abc import AsyncIterator

import aiosqlite
import pytest

from calendar_adapter.clock import FixedClock
from calendar_adapter.ledger import Ledger, engine_sqlite
from calendar_adapter.ledger.engine import Db
from calendar_adapter.ledger.engine_sqlite import BACKOFF_SECONDS, SqliteEngine, backoff
from calendar_adapter.ledger.sqlite_hop import hand_to_connection_thread, in_connection_thread
from tests.conftest import PINNED_NOW as T0
from tests.waiting import PATIENCE_SECONDS

T = "2026-11-25T09:00:00.000000+00:00"


@pytest.fixture
async def engine(tmp_path) -> AsyncIterator[SqliteEngine]:
    eng = await SqliteEngine.open(str(tmp_path / "ledger.db"))
    try:
        yield eng
    finally:
        await eng.close()


def another_process(path: str) -> sqlite3.Connection:
    """Another worker's connection to the file; it never waits for the lock."""
    return sqlite3.connect(path, isolation_level=None, timeout=0)


async def call_and_event(db: Db, call_id: str) -> None:
    await db.execute(
        "INSERT INTO calls (call_id, mode, started_at) VALUES (?, 'text', ?)", (call_id, T)
    )
    await db.execute(
        "INSERT INTO timeline (call_id, at, kind, data) VALUES (?, ?, 'call_started', '{}')",
        (call_id, T),
    )


def calls_in(path: str) -> list[str]:
    with sqlite3.connect(path) as conn:
        return [r[0] for r in conn.execute("SELECT call_id FROM calls ORDER BY call_id")]


# -- aiosqlite's private queue, used in one place ----------------------------------------------


async def test_a_function_runs_on_the_connections_thread_in_line_with_its_statements():
    """`in_connection_thread` (`hand_to_connection_thread`, awaited) relies on aiosqlite's
    private `_tx` queue and `_conn`; this fails when aiosqlite changes them."""
    async with aiosqlite.connect(":memory:") as conn:
        await conn.create_function("thread_id", 0, threading.get_ident)
        await conn.execute("CREATE TABLE t (x INTEGER)")
        inserted = asyncio.ensure_future(conn.execute("INSERT INTO t VALUES (1)"))
        await asyncio.sleep(0)  # queued on the connection's thread

        def look(raw: sqlite3.Connection) -> tuple[int, int, int]:
            count = raw.execute("SELECT count(*) FROM t").fetchone()[0]
            return count, raw.execute("SELECT thread_id()").fetchone()[0], threading.get_ident()

        count, statements_thread, its_thread = await in_connection_thread(conn, look)
        await inserted
    assert count == 1  # after the statement queued before it: in line
    assert its_thread == statements_thread != threading.get_ident()


async def test_a_function_handed_to_the_connections_thread_runs_in_line_and_answers_its_future():
    """`hand_to_connection_thread` relies on aiosqlite's private `_tx` queue and `_conn`; this
    fails when aiosqlite changes them."""
    async with aiosqlite.connect(":memory:") as conn:
        await conn.create_function("thread_id", 0, threading.get_ident)
        await conn.execute("CREATE TABLE t (x INTEGER)")
        inserted = asyncio.ensure_future(conn.execute("INSERT INTO t VALUES (1)"))
        await asyncio.sleep(0)  # queued on the connection's thread

        def look(raw: sqlite3.Connection) -> tuple[int, int, int]:
            count = raw.execute("SELECT count(*) FROM t").fetchone()[0]
            return count, raw.execute("SELECT thread_id()").fetchone()[0], threading.get_ident()

        answer = hand_to_connection_thread(conn, look)
        assert isinstance(answer, asyncio.Future)
        count, statements_thread, its_thread = await answer
        await inserted

        def fails(raw: sqlite3.Connection) -> None:
            raw.execute("SELECT no_such_column FROM t")

        with pytest.raises(sqlite3.OperationalError):
            await hand_to_connection_thread(conn, fails)
    assert count == 1  # after the statement queued before it: in line
    assert its_thread == statements_thread != threading.get_ident()
    with pytest.raises(ValueError, match="closed"):
        hand_to_connection_thread(conn, look)


# -- one hop --------------------------------------------------------------------------------


async def test_a_transaction_runs_on_the_connections_thread(engine):
    threads = []

    async def body(db: Db) -> str:
        threads.append(threading.get_ident())
        await call_and_event(db, "c1")
        return "done"

    assert await engine.transact(body) == "done"
    assert threads and threads[0] != threading.get_ident()
    assert calls_in(engine.target) == ["c1"]


async def test_a_busy_event_loop_does_not_keep_the_file_locked(engine):
    """Sent, a transaction commits and frees the file while this process's event loop is busy
    elsewhere: another process can write at once. (Awaited statement by statement, it held the
    file until the loop came back to send its next statement.)"""
    writing = asyncio.create_task(engine.transact(lambda db: call_and_event(db, "c1")))
    for _ in range(5):
        await asyncio.sleep(0)  # the transaction is sent
    time.sleep(0.5)  # noqa: ASYNC251 (the event loop busy with something else)
    other = another_process(engine.target)
    try:
        other.execute("BEGIN IMMEDIATE")  # raises "database is locked" if the file is held
        assert other.execute("SELECT count(*) FROM timeline").fetchone()[0] == 1
        other.execute("ROLLBACK")
    finally:
        other.close()
    await writing


async def test_a_transaction_that_awaits_anything_but_its_statements_is_refused(engine):
    async def body(db: Db) -> None:
        await call_and_event(db, "c1")
        await asyncio.sleep(0)

    with pytest.raises(RuntimeError, match="awaited something other than its own statements"):
        await engine.transact(body)
    await engine.transact(lambda db: call_and_event(db, "c2"))
    assert calls_in(engine.target) == ["c2"]  # the refused one was rolled back


async def test_an_exception_in_a_transaction_rolls_it_back(engine):
    async def body(db: Db) -> None:
        await call_and_event(db, "c1")
        raise LookupError("the caller's booking is not there")

    with pytest.raises(LookupError):
        await engine.transact(body)
    await engine.transact(lambda db: call_and_event(db, "c2"))
    assert calls_in(engine.target) == ["c2"]


async def test_an_in_memory_ledger_writes_and_reads_in_one_connection():
    eng = await SqliteEngine.open(":memory:")
    try:
        for i in range(3):
            await eng.transact(lambda db, i=i: call_and_event(db, f"c{i}"))
        async with eng.autocommit() as db:
            await db.execute("UPDATE calls SET ended_at = ? WHERE call_id = 'c1'", (T,))
        async with (
            eng.read() as db,
            db.execute("SELECT call_id FROM calls WHERE ended_at IS NULL ORDER BY call_id") as cur,
        ):
            assert [r[0] for r in await cur.fetchall()] == ["c0", "c2"]
    finally:
        await eng.close()


async def test_a_committed_write_is_back_with_its_caller_within_three_trips_through_the_loop(
    engine,
):
    """On a busy loop every trip waits for all else the loop has to do: once the thread has
    committed, the answer takes one trip to reach the loop (`call_soon_threadsafe`), one to the
    shield around it and one to wake its caller. (A task of its own around the hop took one
    more here, 4, and one before the hand-over.)"""
    committed = threading.Event()
    go_on = threading.Event()

    async def body(db: Db) -> None:
        await call_and_event(db, "c1")
        go_on.wait(5)  # on the connection's thread, until the test has counted the loop

    async def caller() -> None:
        await engine.transact(body)
        committed.set()

    writing = asyncio.create_task(caller())
    for _ in range(5):
        await asyncio.sleep(0)  # handed over
    assert not writing.done()
    go_on.set()
    time.sleep(0.3)  # noqa: ASYNC251 (the thread commits and answers meanwhile)
    trips = 0
    while not committed.is_set():
        await asyncio.sleep(0)
        trips += 1
    await writing
    assert calls_in(engine.target) == ["c1"]
    assert trips <= 3


# -- another process holding the file ----------------------------------------------------------


async def test_writes_follow_each_other_without_waiting_for_the_event_loop(engine):
    """Handed to the connection's thread as they come, this process's writes run one after
    another there while the event loop is busy elsewhere (not one per trip through the loop)."""
    writes = [
        asyncio.create_task(engine.transact(lambda db, i=i: call_and_event(db, f"c{i:02d}")))
        for i in range(20)
    ]
    for _ in range(5):
        await asyncio.sleep(0)  # all handed over
    time.sleep(0.5)  # noqa: ASYNC251 (the event loop busy with something else)
    assert len(calls_in(engine.target)) == 20
    await asyncio.gather(*writes)


async def test_a_write_waiting_for_another_process_keeps_its_order_and_reads_go_on(tmp_path):
    path = str(tmp_path / "ledger.db")
    ledger = await Ledger.open(path, clock=FixedClock(T0))
    other = another_process(path)
    try:
        await ledger.start_call("c1", caller_phone=None, mode="phone")
        other.execute("BEGIN IMMEDIATE")
        await ledger.log("c1", "first")
        ending = asyncio.create_task(ledger.end_call("c1", reason="hangup"))  # with "first"
        await asyncio.sleep(0.05)
        await ledger.log("c1", "second")
        flushing = asyncio.create_task(ledger.worker_stopped("w1"))  # with "second"
        # a read does not wait: waiting for the writer, it would wait until the COMMIT below
        async with asyncio.timeout(PATIENCE_SECONDS):
            assert (await ledger.get_call("c1")).end_reason is None
        await asyncio.sleep(0.3)
        assert not ending.done() and not flushing.done()
        other.execute("COMMIT")
        await asyncio.wait_for(asyncio.gather(ending, flushing), PATIENCE_SECONDS)
        assert [e.kind for e in await ledger.timeline("c1")] == ["first", "second"]
        assert (await ledger.get_call("c1")).end_reason == "hangup"
    finally:
        other.close()
        await ledger.close()


async def test_a_write_gives_up_after_the_bounded_wait_and_keeps_the_calls_events(
    tmp_path, monkeypatch
):
    """A write tries again with the back-off while another process holds the file, and gives
    up at its first try after `BUSY_TIMEOUT_MS` in all; the call's events it carried are kept
    for the next write. (The back-off's clock is a stand-in that passes each drawn wait at
    once: what is checked is the waits the write drew, not this machine's timing.)"""
    monkeypatch.setattr(engine_sqlite, "BUSY_TIMEOUT_MS", 300)
    path = str(tmp_path / "ledger.db")
    ledger = await Ledger.open(path, clock=FixedClock(T0))
    other = another_process(path)
    now, waits = [0.0], []

    def drawn(attempt: int) -> float:
        waits.append(backoff(attempt))
        now[0] += waits[-1]
        return 0.0  # the stand-in clock has passed it

    try:
        await ledger.start_call("c1", caller_phone=None, mode="phone")
        await ledger.log("c1", "said", text="Guten Tag")
        other.execute("BEGIN IMMEDIATE")
        monkeypatch.setattr(engine_sqlite, "monotonic", lambda: now[0])
        monkeypatch.setattr(engine_sqlite, "backoff", drawn)
        with pytest.raises(sqlite3.OperationalError, match="database is locked"):
            await ledger.end_call("c1", reason="hangup")  # with the queued event
        assert sum(waits[:-1]) < 0.3 <= sum(waits)  # tried until 300 ms had passed, no longer
        other.execute("ROLLBACK")
        await ledger.end_call("c1", reason="hangup")
        assert [e.kind for e in await ledger.timeline("c1")] == ["said"]  # not lost
        assert (await ledger.get_call("c1")).end_reason == "hangup"
    finally:
        other.close()
        await ledger.close()


def test_the_back_off_grows_jittered_up_to_its_bound():
    first, most = BACKOFF_SECONDS
    for attempt in range(12):
        step = min(most, first * 2**attempt)
        waits = [backoff(attempt) for _ in range(50)]
        assert all(0.5 * step <= w <= 1.5 * step for w in waits)
        assert len(set(waits)) > 1  # writers of several processes do not retry in step


# -- reads: one hop each --------------------------------------------------------------------


async def test_a_read_is_one_hop_to_the_readers_thread_and_gives_the_same_rows(engine, monkeypatch):
    """A read's statement runs and its rows are fetched on the reading connection's thread in
    one go: one trip back through the event loop, not one for the statement, one for the rows and
    one for closing the cursor; the rows are what the statement gives."""
    for n in range(3):
        await engine.transact(lambda db, n=n: call_and_event(db, f"c{n}"))
    hops = []
    reader = engine._reader
    queue = reader._tx  # aiosqlite's queue of work for the thread: every hop is put on it

    class Counted:
        def put_nowait(self, work: tuple) -> None:
            hops.append(work)
            queue.put_nowait(work)

    monkeypatch.setattr(reader, "_tx", Counted())
    async with engine.read() as db, db.execute("SELECT call_id FROM calls ORDER BY call_id") as cur:
        first = await cur.fetchone()
        rest = await cur.fetchall()
    assert len(hops) == 1
    assert [first["call_id"], *(r["call_id"] for r in rest)] == calls_in(engine.target)


async def test_reads_of_many_calls_do_not_wait_for_each_other_on_the_event_loop(engine):
    """Reads handed over together are all on the reader's thread before the first comes back:
    none waits for the loop to take up the one before it."""
    await engine.transact(lambda db: call_and_event(db, "c1"))
    started = threading.Event()
    release = threading.Event()

    def hold(raw: sqlite3.Connection) -> None:
        started.set()
        release.wait(5)

    holding = asyncio.ensure_future(in_connection_thread(engine._reader, hold))
    await asyncio.to_thread(started.wait, 5)  # the reader's thread is busy

    async def read() -> int:
        async with engine.read() as db:
            return (await (await db.execute("SELECT count(*) AS n FROM calls")).fetchone())["n"]

    reads = [asyncio.ensure_future(read()) for _ in range(20)]
    for _ in range(5):
        await asyncio.sleep(0)
    queued = engine._reader._tx.qsize()  # aiosqlite's queue of work for the thread
    release.set()
    assert await asyncio.gather(*reads) == [1] * 20
    await holding
    assert queued == 20  # all handed over while the first had not come back
