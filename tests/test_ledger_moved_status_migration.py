"""Ledger migration 11 on both engines: the old row of a move records Cal.com's status of the
moved-away booking (`cancelled`), also for rows written before the code did so.

A ledger at version 10 holds what older code wrote: a confirmed appointment moved (its row
`rescheduled`, still recording `accepted`), a pending one moved (its row `cancelled`, still
`pending`, its move's row naming it), and rows the migration must leave alone (a live booking, a
cancellation with no move behind it, a moved row already right). Opened by this code, the
ledger is migrated to the latest version; the stale statuses are `cancelled`, nothing else
changed, and running the migration again changes nothing."""

from __future__ import annotations

import sqlite3
from collections.abc import AsyncIterator
from datetime import timedelta

import psycopg
import pytest

from calendar_adapter.backend import Booking
from calendar_adapter.booking_outcome import record_move
from calendar_adapter.clock import FixedClock
from calendar_adapter.ledger import LATEST_VERSION, AppointmentState, Ledger
from calendar_adapter.ledger.schema import MIGRATIONS, V11_MOVED_AWAY_STATUS
from tests.conftest import FRIDAY_10, PINNED_NOW, record_hold

S = AppointmentState
STALE = ("accepted", "pending")


def _booking(uid: str, status: str = "accepted", start=FRIDAY_10 + timedelta(hours=4)) -> Booking:
    return Booking(
        id=abs(hash(uid)) % 100_000,
        uid=uid,
        host_user_ids=(101,),
        event_type_id=1003,
        start=start,
        end=start + timedelta(minutes=135),
        status=status,
        attendees=(),
    )


async def _booked(ledger: Ledger, uid: str, *, pending: bool = False, hour: int = 0) -> int:
    """A booking of call-1 as the tools record it: held, sent, then answered."""
    hold = await record_hold(
        ledger, uid=f"res-{uid}", start=FRIDAY_10 + timedelta(days=hour // 24, hours=hour % 24)
    )
    await ledger.transition(hold.id, S.BOOKING, request_id=f"req-{uid}", sent_at=PINNED_NOW)
    state, status = (S.PENDING, "pending") if pending else (S.CONFIRMED, "accepted")
    await ledger.transition(hold.id, state, booking_uid=uid, booking_status=status)
    return hold.id


class Engine:
    """One ledger database, opened by this code, and raw SQL against it as an older version
    left it (both engines: SQLite file, PostgreSQL database)."""

    def __init__(self, kind: str, url: str):
        self.kind, self.url = kind, url

    async def open(self) -> Ledger:
        return await Ledger.open(self.url, clock=FixedClock(PINNED_NOW))

    def sql(self, statement: str, params: tuple = ()) -> list[tuple]:
        if self.kind == "sqlite":
            with sqlite3.connect(self.url) as conn:
                rows = conn.execute(statement.replace("%s", "?"), params).fetchall()
                conn.commit()
                return rows
        with psycopg.connect(self.url) as conn:
            cur = conn.execute(statement, params)
            rows = cur.fetchall() if cur.description else []
            conn.commit()
            return rows

    def set_version(self, version: int) -> None:
        if self.kind == "sqlite":
            self.sql(f"PRAGMA user_version = {version}")
        else:
            self.sql("UPDATE ledger_schema SET version = %s", (version,))

    def version(self) -> int:
        if self.kind == "sqlite":
            return self.sql("PRAGMA user_version")[0][0]
        return self.sql("SELECT version FROM ledger_schema")[0][0]

    def rows(self) -> dict[int, tuple]:
        return {
            r[0]: r[1:]
            for r in self.sql("SELECT id, state, booking_status, updated_at FROM appointments")
        }


@pytest.fixture(params=["sqlite", "postgres"])
async def engine(request, tmp_path) -> AsyncIterator[Engine]:
    if request.param == "sqlite":
        yield Engine("sqlite", str(tmp_path / "ledger.sqlite3"))
        return
    server = request.getfixturevalue("postgres_server")
    name = server.create_database(prefix="mig11")
    try:
        yield Engine("postgres", server.url(name))
    finally:
        server.drop_database(name)


async def _as_version_10_wrote_it(engine: Engine) -> dict[str, int]:
    """The rows older code left, in a ledger at version 10."""
    ledger = await engine.open()
    try:
        ids = {
            "moved": await _booked(ledger, "bk-moved"),
            "pending_moved": await _booked(ledger, "bk-pending", pending=True, hour=1),
            "live": await _booked(ledger, "bk-live", hour=2),
            "cancelled": await _booked(ledger, "bk-cancelled", hour=3),
            "moved_right": await _booked(ledger, "bk-right", hour=5),
        }
        for key, new_uid, hours in (
            ("moved", "bk-moved-new", 24),
            ("pending_moved", "bk-pending-new", 25),
            ("moved_right", "bk-right-new", 26),
        ):
            old = await ledger.get(ids[key])
            new = await record_move(
                ledger, old, _booking(new_uid, start=FRIDAY_10 + timedelta(hours=hours))
            )
            assert new is not None and new.rescheduled_from_id == old.id
        await ledger.transition(ids["cancelled"], S.CANCELLED)  # recorded without a status
    finally:
        await ledger.close()
    # What older code recorded: the old rows kept the status they had while live.
    for key, status in (("moved", "accepted"), ("pending_moved", "pending")):
        engine.sql("UPDATE appointments SET booking_status = %s WHERE id = %s", (status, ids[key]))
    engine.sql(
        "UPDATE appointments SET booking_status = 'accepted' WHERE id = %s", (ids["cancelled"],)
    )
    engine.set_version(10)
    return ids


async def test_opening_a_version_10_ledger_gives_moved_away_rows_cal_coms_cancelled(engine):
    ids = await _as_version_10_wrote_it(engine)
    before = engine.rows()
    assert before[ids["moved"]][:2] == ("rescheduled", "accepted")
    assert before[ids["pending_moved"]][:2] == ("cancelled", "pending")

    ledger = await engine.open()
    try:
        assert engine.version() == LATEST_VERSION == 11
        after = engine.rows()
        assert after[ids["moved"]][:2] == ("rescheduled", "cancelled")
        assert after[ids["pending_moved"]][:2] == ("cancelled", "cancelled")
        # left alone: a live booking, a cancellation no move explains, a row already right,
        # the moves' new rows; and no row's state or time of change
        unchanged = set(before) - {ids["moved"], ids["pending_moved"]}
        assert {i: after[i] for i in unchanged} == {i: before[i] for i in unchanged}
        assert after[ids["live"]][:2] == ("confirmed", "accepted")
        assert after[ids["cancelled"]][:2] == ("cancelled", "accepted")
        assert all(after[i][0] == before[i][0] and after[i][2] == before[i][2] for i in before)
        row = await ledger.find_by_booking_uid("bk-moved")
        assert (row.state, row.booking_status) == (S.RESCHEDULED, "cancelled")
    finally:
        await ledger.close()


async def test_the_moved_status_migration_run_again_changes_nothing(engine):
    ids = await _as_version_10_wrote_it(engine)
    ledger = await engine.open()
    await ledger.close()
    migrated = engine.rows()

    for statement in V11_MOVED_AWAY_STATUS:  # by hand, as if a second time
        engine.sql(statement)
    engine.set_version(10)  # and once more through the ledger's own migration
    ledger = await engine.open()
    await ledger.close()

    assert engine.rows() == migrated
    assert engine.version() == LATEST_VERSION
    assert migrated[ids["moved"]][1] == "cancelled"


def test_the_migration_is_the_eleventh_and_the_last():
    assert MIGRATIONS[10] is V11_MOVED_AWAY_STATUS and len(MIGRATIONS) == 11
    assert all(status in V11_MOVED_AWAY_STATUS[0] for status in STALE)
