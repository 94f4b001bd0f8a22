"""The ledger on disk: migrations from older files, WAL, calls and the per-call timeline."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import aiosqlite
import pytest

from calendar_adapter.backend import Catalog, Stylist
from calendar_adapter.clock import FixedClock
from calendar_adapter.ledger import LATEST_VERSION, Ledger, SchemaTooNewError
from calendar_adapter.ledger import schema as ledger_schema
from calendar_adapter.ledger.engine_sqlite import BUSY_TIMEOUT_MS
from calendar_adapter.ledger.schema import migrate
from calendar_adapter.privacy import mask_phone
from tests.conftest import PINNED_NOW as T0
from tests.conftest import record_hold
from tests.waiting import eventually


async def pragma(path, name: str):
    async with aiosqlite.connect(path) as conn:
        async with conn.execute(f"PRAGMA {name}") as cur:
            return (await cur.fetchone())[0]


# -- migrations ---------------------------------------------------------------------------


async def make_v1_file(path) -> None:
    """A ledger written by the first schema (before stylists had Cal.com ids)."""
    async with aiosqlite.connect(path, isolation_level=None) as conn:
        assert await migrate(conn, target=1) == 1
        await conn.execute(
            "INSERT INTO stylists (id, name, email) VALUES (1, 'Fabian Spitzer', NULL)"
        )
        await conn.execute(
            "INSERT INTO calls (call_id, mode, started_at) VALUES ('c-old', 'phone', ?)",
            (T0.isoformat(),),
        )
        await conn.execute(
            "INSERT INTO timeline (call_id, at, kind, data) VALUES ('c-old', ?, 'call_started', '{}')",
            (T0.isoformat(),),
        )
        await conn.execute(
            "INSERT INTO appointments (call_id, state, event_type_id, stylist_id, service_slug, start,"
            " \"end\", booking_uid, created_at, updated_at) VALUES ('c-old', 'confirmed', 5003, 1,"
            " 'dauerwelle', '2026-11-27T09:00:00.000000+00:00', '2026-11-27T11:15:00.000000+00:00',"
            " 'bk-old', ?, ?)",
            (T0.isoformat(), T0.isoformat()),
        )


async def test_a_new_file_gets_the_latest_schema(tmp_path):
    path = tmp_path / "new.db"
    ledger = await Ledger.open(path, clock=FixedClock(T0))
    await ledger.close()
    assert LATEST_VERSION == len(ledger_schema.MIGRATIONS) >= 2
    assert await pragma(path, "user_version") == LATEST_VERSION


async def _layout(conn: aiosqlite.Connection) -> tuple[list[tuple], int]:
    """Every table, index and trigger with its SQL, and the schema version."""
    async with conn.execute(
        "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY name"
    ) as cur:
        objects = [tuple(r) for r in await cur.fetchall()]
    async with conn.execute("PRAGMA user_version") as cur:
        return objects, (await cur.fetchone())[0]


async def test_a_throwaway_ledger_has_the_layout_a_new_file_migrates_to_and_is_its_own(tmp_path):
    """ ":memory:" ledgers start as copies of one migrated database (calendar_adapter/ledger/
    memory_template.py): each the same layout as a file, each its own rows, constraints on."""
    path = tmp_path / "new.db"
    await (await Ledger.open(path)).close()
    async with aiosqlite.connect(path) as conn:
        from_file = await _layout(conn)
    first, second = await Ledger.open(":memory:"), await Ledger.open(":memory:")
    try:
        for ledger in (first, second):
            assert await _layout(ledger._engine._conn) == from_file
            async with ledger._engine._conn.execute("PRAGMA foreign_keys") as cur:
                assert (await cur.fetchone())[0] == 1
        await first._engine._conn.execute(
            "INSERT INTO calls (call_id, mode, started_at) VALUES ('c-1', 'phone', ?)",
            (T0.isoformat(),),
        )
        async with second._engine._conn.execute("SELECT count(*) FROM calls") as cur:
            assert (await cur.fetchone())[0] == 0
    finally:
        await first.close()
        await second.close()
    assert from_file[1] == LATEST_VERSION


async def test_a_throwaway_ledger_follows_the_migrations_in_force(monkeypatch):
    await (await Ledger.open(":memory:")).close()  # the latest layout copied once already
    monkeypatch.setattr(ledger_schema, "MIGRATIONS", ledger_schema.MIGRATIONS[:1])
    ledger = await Ledger.open(":memory:")
    try:
        objects, version = await _layout(ledger._engine._conn)
    finally:
        await ledger.close()
    assert version == 1
    assert "offerings" not in {name for _, name, _, _ in objects}  # version 2's table


async def test_opening_a_version_1_file_applies_the_missing_migrations_and_keeps_the_data(tmp_path):
    path = tmp_path / "v1.db"
    await make_v1_file(path)
    assert await pragma(path, "user_version") == 1

    ledger = await Ledger.open(path, clock=FixedClock(T0))
    try:
        assert await pragma(path, "user_version") == LATEST_VERSION
        old = await ledger.find_by_booking_uid("bk-old")
        assert old.state == "confirmed" and old.stylist_user_id is None  # no Cal.com id yet
        assert [e.kind for e in await ledger.timeline("c-old")] == ["call_started"]
        assert (await ledger.get_call("c-old")).mode == "phone"

        # what version 2 brought works on the migrated file: Cal.com identities and their merge
        fabian = Stylist(user_id=101, username="fabian-spitzer", name="Fabian Spitzer")
        await ledger.sync_catalog(Catalog(stylists=(fabian,), services=(), offerings=()))
        [row] = await ledger.list_stylists()
        assert row.calcom_user_id == 101
        assert (await ledger.find_by_booking_uid("bk-old")).stylist_user_id == 101
    finally:
        await ledger.close()

    reopened = await Ledger.open(path)  # migrating again is a no-op
    await reopened.close()
    assert await pragma(path, "user_version") == LATEST_VERSION


async def test_a_failing_migration_leaves_the_file_at_the_previous_version(tmp_path, monkeypatch):
    path = tmp_path / "v1.db"
    await make_v1_file(path)
    broken = ("ALTER TABLE stylists ADD COLUMN calcom_user_id INTEGER", "THIS IS NOT SQL")
    monkeypatch.setattr(ledger_schema, "MIGRATIONS", (ledger_schema.MIGRATIONS[0], broken))

    with pytest.raises(aiosqlite.OperationalError):
        await Ledger.open(path)

    assert await pragma(path, "user_version") == 1
    async with aiosqlite.connect(path) as conn:
        async with conn.execute("SELECT name FROM pragma_table_info('stylists')") as cur:
            columns = [r[0] for r in await cur.fetchall()]
    assert "calcom_user_id" not in columns  # the half-applied step was rolled back


async def test_a_file_from_newer_code_is_refused(tmp_path):
    path = tmp_path / "future.db"
    async with aiosqlite.connect(path) as conn:
        await conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    with pytest.raises(SchemaTooNewError):
        await Ledger.open(path)


# -- the file: WAL, pragmas, several connections --------------------------------------------


async def test_a_file_ledger_runs_in_wal_mode_with_constraints_on(tmp_path):
    path = tmp_path / "sub" / "ledger.db"
    ledger = await Ledger.open(path, clock=FixedClock(T0))
    try:
        assert await pragma(path, "journal_mode") == "wal"
        # the ledger's own connections' settings: the writing connection waits for the file by
        # its own jittered back-off (up to BUSY_TIMEOUT_MS), not SQLite's; reads by SQLite's
        writer, reader = ledger._engine._conn, ledger._engine._reader
        for conn, busy_timeout in ((writer, 0), (reader, BUSY_TIMEOUT_MS)):
            for name, expected in (
                ("foreign_keys", 1),
                ("busy_timeout", busy_timeout),
                ("journal_mode", "wal"),
            ):
                async with conn.execute(f"PRAGMA {name}") as cur:
                    assert (await cur.fetchone())[0] == expected, name

        # another process (here: connection) reads what a call wrote, while the call goes on
        await ledger.start_call("c1", caller_phone="+4915112345678", mode="phone")
        reader = await Ledger.open(path)
        try:
            assert (await reader.get_call("c1")).caller_phone == "+4915112345678"
        finally:
            await reader.close()
    finally:
        await ledger.close()


async def test_two_ledgers_on_one_file_can_write_concurrently(shared_ledger_url):
    path = shared_ledger_url  # a file, or one PostgreSQL database
    a, b = await Ledger.open(path), await Ledger.open(path)
    try:
        await asyncio.gather(
            *(lg.log("shared", "tool_called", n=n) for n in range(20) for lg in (a, b))
        )
        # Each writes its events behind; reading flushes them, both at once.
        await asyncio.gather(a.timeline("shared"), b.timeline("shared"))
        assert len(await a.timeline("shared")) == 40
    finally:
        await a.close()
        await b.close()


# -- calls and timeline ---------------------------------------------------------------------


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(T0)


@pytest.fixture
async def ledger(clock, ledger_url):
    ledger = await Ledger.open(ledger_url, clock=clock)
    try:
        yield ledger
    finally:
        await ledger.close()


async def test_a_call_is_started_once_and_ended_once(ledger: Ledger, clock: FixedClock):
    await ledger.start_call("c1", caller_phone="+4915112345678", mode="phone")
    clock.advance(30)
    await ledger.start_call("c1", caller_phone=None, mode="console")  # a retry does not overwrite
    clock.advance(60)
    await ledger.end_call("c1", reason="hangup")
    clock.advance(5)
    await ledger.end_call("c1", reason="session_end")

    call = await ledger.get_call("c1")
    assert (call.caller_phone, call.mode) == ("+4915112345678", "phone")
    assert call.started_at == T0
    assert call.ended_at == T0 + timedelta(seconds=90)
    assert call.end_reason == "hangup"
    assert await ledger.get_call("nope") is None
    assert [c.call_id for c in await ledger.recent_calls()] == ["c1"]


async def test_the_timeline_tells_one_call_in_order(ledger: Ledger, clock: FixedClock):
    slot = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)
    await ledger.log("c1", "call_started", mode="phone")
    clock.advance(2)
    await ledger.log(
        "c1", "availability_checked", slot=slot, free=True, stylists=["fabian-spitzer"]
    )
    await ledger.log("c2", "call_started")  # another call, same instant
    await ledger.log("c1", "hold_placed", reservation_uid="res-1", until=slot)  # same instant
    clock.advance(15)
    await ledger.log(
        "c1", "booking_failed", error={"status": 409, "message": "Someone else reserved"}
    )

    events = await ledger.timeline("c1")

    assert [e.kind for e in events] == [
        "call_started",
        "availability_checked",
        "hold_placed",
        "booking_failed",
    ]
    assert [e.at for e in events] == [
        T0,
        T0 + timedelta(seconds=2),
        T0 + timedelta(seconds=2),
        T0 + timedelta(seconds=17),
    ]
    assert all(e.at.tzinfo is not None and e.call_id == "c1" for e in events)
    assert events[1].data == {
        "slot": "2026-11-27T09:00:00.000000+00:00",
        "free": True,
        "stylists": ["fabian-spitzer"],
    }
    assert events[3].data["error"]["status"] == 409
    assert [e.kind for e in await ledger.timeline("c2")] == ["call_started"]
    assert await ledger.timeline("never") == []


async def test_the_timeline_survives_a_failed_transaction_around_it(ledger: Ledger):
    appt = await record_hold(ledger, call_id="c1")
    await ledger.transition(appt.id, "booking")

    results = await asyncio.gather(
        ledger.transition(appt.id, "confirmed"),  # no uid: the schema refuses, rolled back
        ledger.log("c1", "booking_sent"),
        return_exceptions=True,
    )

    assert isinstance(results[0], Exception) and results[1] is None
    assert [e.kind for e in await ledger.timeline("c1")] == ["booking_sent"]


async def test_events_logged_reach_another_worker_without_any_further_write(
    shared_ledger_url,
):
    """Events are written behind, together; with nothing else written they still arrive."""
    url = shared_ledger_url
    writer, reader = await Ledger.open(url), await Ledger.open(url)
    try:
        await writer.log("c1", "call_started", mode="phone")
        await writer.log("c1", "user_said", text="Ich hätte gern einen Termin.")

        async def both_arrived() -> bool:  # a few tenths of a second; patient on a busy machine
            return len(await reader.timeline("c1")) == 2

        await eventually(both_arrived, "both events on the reader's timeline", every=0.05)
        assert [e.kind for e in await reader.timeline("c1")] == ["call_started", "user_said"]
    finally:
        await writer.close()
        await reader.close()


async def test_a_durable_write_carries_the_events_before_it_in_their_order(
    shared_ledger_url, clock: FixedClock
):
    """What must be durable at once (a booking state, the call's end) is written at once, and
    the events logged before it are in the ledger with it, ordered before what follows."""
    writer = await Ledger.open(shared_ledger_url, clock=clock)
    other = await Ledger.open(shared_ledger_url, clock=clock)
    try:
        await writer.start_call("c1", caller_phone=None, mode="phone")
        await writer.log("c1", "tool_called", tool="book")  # same instant as all that follows
        appt = await record_hold(writer, call_id="c1")
        await writer.transition(appt.id, "booking")
        await writer.transition(appt.id, "confirmed", booking_uid="bk-1")

        # Another worker reads at once: the confirmation and the event before it are there.
        assert (await other.get(appt.id)).booking_uid == "bk-1"
        assert [e.kind for e in await other.timeline("c1")] == ["tool_called"]

        await writer.log("c1", "tool_result", tool="book", result={"status": "booked"})
        await writer.end_call("c1", reason="hangup")
        assert (await other.get_call("c1")).end_reason == "hangup"
        assert [e.kind for e in await other.timeline("c1")] == ["tool_called", "tool_result"]
    finally:
        await writer.close()
        await other.close()


async def test_events_a_rolled_back_transaction_carried_are_written_later(ledger: Ledger):
    appt = await record_hold(ledger, call_id="c1")
    await ledger.transition(appt.id, "booking")
    await ledger.log("c1", "booking_sent")
    with pytest.raises(Exception, match="confirmed_needs_booking_uid"):
        await ledger.transition(appt.id, "confirmed")  # refused by the schema: rolled back
    await ledger.log("c1", "booking_failed")
    assert [e.kind for e in await ledger.timeline("c1")] == ["booking_sent", "booking_failed"]


async def test_closing_the_ledger_writes_what_is_still_queued(shared_ledger_url):
    writer = await Ledger.open(shared_ledger_url)
    await writer.log("c1", "call_started")
    await writer.close()
    reader = await Ledger.open(shared_ledger_url)
    try:
        assert [e.kind for e in await reader.timeline("c1")] == ["call_started"]
    finally:
        await reader.close()


async def test_naive_datetimes_are_refused(ledger: Ledger):
    with pytest.raises(ValueError, match="naive"):
        await ledger.upcoming_confirmed(datetime(2026, 11, 24, 8, 0))


# -- privacy -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("phone", "masked"),
    [
        ("+4915112345678", "+49151****5678"),
        ("+49 151 1234 5678", "+49151****5678"),
        ("+4930123456", "+49301****3456"),
        ("0151123", "****23"),
        ("12", "****"),
        (None, "<none>"),
        ("", "<none>"),
    ],
)
def test_phone_numbers_are_masked_for_logs(phone, masked):
    assert mask_phone(phone) == masked


async def test_a_write_waits_for_another_process_holding_the_file_longer_than_5_s(tmp_path):
    """On a loaded server another worker's transaction can hold the file for seconds (its
    statements wait for its late event loop). A call's write waits for it and goes through;
    it used to give up after 5 s ("database is locked") and end the call."""
    path = tmp_path / "ledger.db"
    ledger = await Ledger.open(path, clock=FixedClock(T0))
    other = await aiosqlite.connect(path, isolation_level=None)  # the other worker
    try:
        await other.execute("BEGIN IMMEDIATE")
        write = asyncio.create_task(
            ledger.start_call("c1", caller_phone="+4915112345678", mode="phone")
        )
        await asyncio.sleep(6.0)  # longer than the old busy timeout held the writer
        assert not write.done()  # still waiting for the file, not failed
        await other.execute("COMMIT")
        await write
        assert (await ledger.get_call("c1")) is not None
    finally:
        await other.close()
        await ledger.close()
