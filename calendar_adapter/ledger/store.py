"""The ledger: what this agent did about appointments, per call, on SQLite or PostgreSQL.

Every method is written once, for both engines (`engine.py` says what differs and where). The
pattern for a new method:

    async def add_message(self, *, call_id: str, text: str) -> Message:
        async def transaction(db: Db) -> Message:             # one transaction
            async with db.execute(
                "INSERT INTO messages (call_id, text, created_at) VALUES (?, ?, ?) RETURNING *",
                (call_id, text, self._clock.now()),
            ) as cur:
                row = await cur.fetchone()
            return message_from_row(row)                      # codec.py: _from_row(Message, row)

        return await self._transact(transaction, exclusive=False)

    async def open_messages(self) -> list[Message]:
        rows = await self._fetchall("SELECT * FROM messages WHERE done_at IS NULL ORDER BY id")
        return [message_from_row(r) for r in rows]

- `?` placeholders; times as datetimes (or `self._now()` text); `RETURNING`, `ON CONFLICT`; in
  an upsert's `DO UPDATE` qualify the table's own columns (`attempts = release_outbox.attempts
  + 1`: PostgreSQL calls a bare name ambiguous); no `IN ()` with an empty list.
- `self._transact(body)` (exclusive: no other ledger write anywhere meanwhile) is always safe
  for a read-check-write; `self._transact(body, exclusive=False)` for single statements and
  upserts, or when the rows read are locked with `{self._sql.for_update}` (queues:
  `{self._sql.skip_locked}`). A transaction's body awaits only its own statements (on SQLite it
  runs on the connection's thread, as one hop); anything else it needs is read before it.
- The table goes into a new migration in `schema.py` (logical types `AUTO_ID`, `UTC_TIME`,
  `JSON_TEXT`; tests run every ledger test on both engines).
- Salons: a `Ledger` is one salon's (`salon_id`; `for_salon(id)` gives another salon's view on
  the same connections). A table whose rows a salon owns has a `salon_id` column: every INSERT
  writes `self._salon`, every read and change says `salon_id = ?` (or `a.salon_id` in the
  appointment joins). Only what the workers share is global (workers, stream tokens, the Cal.com
  budget and slot changes, and the `*_all_salons` reads), and says so in its docstring.
"""

from __future__ import annotations

import json
import os
import socket
import unicodedata
import uuid
from collections.abc import Awaitable, Callable, Iterable, Mapping
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Literal, TypeVar

from loguru import logger

from ..backend import Booking, Catalog, Reservation
from ..clock import Clock, SystemClock
from .codec import (
    appointment_from_row,
    budget_from_row,
    call_from_row,
    done_mark_from_row,
    from_db_time,
    message_from_row,
    notice_from_row,
    outbox_from_row,
    privacy_from_row,
    release_from_row,
    slot_change_from_row,
    stylist_from_row,
    timeline_from_row,
    to_db_time,
    to_json,
    transfer_outcome_from_row,
    worker_from_row,
)
from .engine import Db, Engine, Row, open_engine
from .models import (
    DEFAULT_SALON,
    NON_FINAL,
    Appointment,
    AppointmentState,
    BudgetRow,
    CallerNotice,
    CallPrivacy,
    CallRow,
    DoneMark,
    IllegalTransitionError,
    MessageKind,
    OutboxChannel,
    OutboxItem,
    PendingRelease,
    SlotChange,
    StylistRow,
    TakenMessage,
    TimelineEvent,
    TransferOutcome,
    WorkerRow,
    can_transition,
)
from .timeline_queue import TimelineQueue, insert_statements

# How long a worker's claim on a pending release keeps other workers from retrying it.
RELEASE_CLAIM_LEASE = timedelta(seconds=60)
# A timeline event's data beyond this is kept as a truncated text: no writer can bloat the ledger.
MAX_EVENT_CHARS = 16_000
T = TypeVar("T")

# Columns `transition(**fields)` may set; datetimes among them are stored as UTC text.
_SETTABLE = frozenset(
    {
        "booking_uid",
        "booking_status",
        "request_id",
        "customer_name",
        "caller_phone",
        "reservation_uid",
        "reservation_until",
        "error",
        "start",
        "end",
        "event_type_id",
        "rescheduled_from_id",
        "for_person",
        "guards_id",
        "sent_at",
    }
)

_SELECT_APPOINTMENT = """
    SELECT a.*, s.calcom_user_id AS stylist_user_id
    FROM appointments a JOIN stylists s ON s.id = a.stylist_id
"""


def _same_name_key(name: str) -> str:
    """How two rows are recognised as one person: case, accents' encoding and spacing ignored."""
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())


def _column(name: str) -> str:
    return '"end"' if name == "end" else name


def _marks(values: Iterable[Any]) -> str:
    return ",".join("?" for _ in values)


class _Process:
    """What every salon's view of one opened ledger shares: the worker that starts calls
    through it (`serve`; recorded on each call, so a starting worker recovers only the calls of
    workers that are gone) and this process's own id (claims, slot changes)."""

    def __init__(self) -> None:
        self.worker_id: str | None = None
        self.instance = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
        self.timeline = TimelineQueue()  # every salon's events, written behind together


class Ledger:
    def __init__(
        self,
        engine: Engine,
        *,
        clock: Clock,
        salon_id: str = DEFAULT_SALON,
        process: _Process | None = None,
    ):
        self._engine = engine
        self._sql = engine.dialect
        self._clock = clock
        self._salon = salon_id
        self._owner = process is None  # the view `open` returned: closing it closes the engine
        self._process = process or _Process()
        self.path = engine.target  # the file, or the PostgreSQL URL without its password

    @classmethod
    async def open(
        cls, target: str | Path, *, clock: Clock | None = None, pool_size: int | None = None
    ) -> Ledger:
        """Open (creating or migrating) the ledger: a SQLite file, ":memory:" for a throwaway
        one, or a `postgresql://` URL (`pool_size` connections at most)."""
        options = {"pool_size": pool_size} if pool_size else {}
        engine = await open_engine(str(target), **options)
        return cls(engine, clock=clock or SystemClock())

    async def close(self) -> None:
        """Close the connections (a salon's view from `for_salon` leaves them to the ledger
        it came from)."""
        if self._owner:
            await self._process.timeline.drain()
            await self._flush_timeline()
            await self._engine.close()

    def for_salon(self, salon_id: str) -> Ledger:
        """This ledger as salon `salon_id` sees it: the same connections, clock and worker,
        only that salon's rows."""
        if salon_id == self._salon:
            return self
        return Ledger(self._engine, clock=self._clock, salon_id=salon_id, process=self._process)

    @property
    def salon_id(self) -> str:
        return self._salon

    @property
    def worker_id(self) -> str | None:
        """The worker that starts calls through this ledger (every salon's view alike)."""
        return self._process.worker_id

    @worker_id.setter
    def worker_id(self, value: str | None) -> None:
        self._process.worker_id = value

    @property
    def instance(self) -> str:
        """This process's id on the ledger (host, pid, a random part)."""
        return self._process.instance

    @property
    def claimant(self) -> str:
        """Who claims work in the shared tables (a pending release): the worker, or this
        ledger's own id in a process that is no worker (`reconcile --release`)."""
        return self.worker_id or self._process.instance

    @property
    def engine(self) -> str:
        """`sqlite` or `postgres`."""
        return self._sql.name

    @property
    def clock(self) -> Clock:
        return self._clock

    def _now(self) -> str:
        return to_db_time(self._clock.now())

    async def _transact(self, body: Callable[[Db], Awaitable[T]], *, exclusive: bool = True) -> T:
        """`body` as one transaction; exclusive: alone among all the ledger's writers (every
        process). The timeline events queued so far go first in it (`timeline_queue`): taken
        when it begins, put back when it does not commit."""
        queue = self._process.timeline
        carried: list[Any] = []

        def begin() -> Callable[[], None]:
            nonlocal carried
            carried = queue.take()

            def not_committed() -> None:
                nonlocal carried
                queue.put_back(carried)
                queue.written(carried)
                carried = []

            return not_committed

        async def with_events(db: Db) -> T:
            for sql, params in insert_statements(carried):
                await db.execute(sql, params)
            return await body(db)

        try:
            return await self._engine.transact(with_events, exclusive=exclusive, begin=begin)
        finally:
            queue.written(carried)

    async def _flush_timeline(self) -> None:
        """Write the queued timeline events now (in one transaction), and wait for those
        another transaction of this process is writing."""
        if len(self._process.timeline):
            await self._transact(_nothing_more, exclusive=False)
        await self._process.timeline.settled()

    async def _fetchall(self, sql: str, params: Iterable[Any] = ()) -> list[Row]:
        async with self._engine.read() as db, db.execute(sql, tuple(params)) as cur:
            return list(await cur.fetchall())

    async def _fetchone(self, sql: str, params: Iterable[Any] = ()) -> Row | None:
        rows = await self._fetchall(sql, params)
        return rows[0] if rows else None

    async def _run(self, sql: str, params: Iterable[Any] = ()) -> None:
        """One statement in its own (autocommitted) transaction, with the queued timeline
        events if there are any."""
        if len(self._process.timeline):

            async def transaction(db: Db) -> None:
                await db.execute(sql, tuple(params))

            await self._transact(transaction, exclusive=False)
            return
        async with self._engine.autocommit() as db:
            await db.execute(sql, tuple(params))

    # -- catalog ---------------------------------------------------------------------------

    async def sync_catalog(self, catalog: Catalog) -> None:
        """Upsert stylists, services and offerings by their Cal.com ids.

        Rows left over under a catalog stylist's name without a Cal.com id (or with an id Cal.com
        no longer has) are merged into the Cal.com-keyed row: their appointments are re-pointed and
        the leftover is deleted. A name shared by two catalog stylists is never merged by name.
        """
        now = self._now()
        catalog_ids = {s.user_id for s in catalog.stylists}
        names: dict[str, list[int]] = {}
        for stylist in catalog.stylists:
            names.setdefault(_same_name_key(stylist.name), []).append(stylist.user_id)

        async def transaction(db: Db) -> None:
            for svc in catalog.services:
                await db.execute(
                    """INSERT INTO services (salon_id, slug, name, minutes, aliases)
                       VALUES (?, ?, ?, ?, ?)
                       ON CONFLICT (salon_id, slug) DO UPDATE SET
                         name = excluded.name, minutes = excluded.minutes,
                         aliases = excluded.aliases""",
                    (self._salon, svc.slug, svc.name, svc.minutes, to_json(list(svc.aliases))),
                )
            for st in catalog.stylists:
                await db.execute(
                    """INSERT INTO stylists
                         (salon_id, calcom_user_id, username, name, email, synced_at)
                       VALUES (?, ?, ?, ?, ?, ?)
                       ON CONFLICT (salon_id, calcom_user_id) DO UPDATE SET
                         username = excluded.username, name = excluded.name,
                         email = excluded.email, synced_at = excluded.synced_at""",
                    (self._salon, st.user_id, st.username, st.name, st.email, now),
                )
            async with db.execute(
                "SELECT id, calcom_user_id, name FROM stylists WHERE salon_id = ?", (self._salon,)
            ) as cur:
                rows = list(await cur.fetchall())
            keyed = {r["calcom_user_id"]: r["id"] for r in rows if r["calcom_user_id"] is not None}
            for row in rows:
                if row["calcom_user_id"] in catalog_ids:
                    continue
                owners = names.get(_same_name_key(row["name"]), [])
                if len(owners) != 1:
                    if len(owners) > 1:
                        logger.warning(
                            "ledger: stylist row {} named {!r} matches {} catalog stylists; "
                            "not merged",
                            row["id"],
                            row["name"],
                            len(owners),
                        )
                    continue
                target = keyed[owners[0]]
                await db.execute(
                    "UPDATE appointments SET stylist_id = ? WHERE stylist_id = ? AND salon_id = ?",
                    (target, row["id"], self._salon),
                )
                if row["calcom_user_id"] is not None:
                    await db.execute(
                        "DELETE FROM offerings WHERE stylist_user_id = ? AND salon_id = ?",
                        (row["calcom_user_id"], self._salon),
                    )
                await db.execute("DELETE FROM stylists WHERE id = ?", (row["id"],))
                logger.info(
                    "ledger: merged leftover stylist row {} ({!r}, calcom id {}) into user {}",
                    row["id"],
                    row["name"],
                    row["calcom_user_id"],
                    owners[0],
                )
            event_type_ids = [o.event_type_id for o in catalog.offerings]
            for off in catalog.offerings:
                await db.execute(
                    """INSERT INTO offerings
                         (salon_id, event_type_id, stylist_user_id, service_slug, minutes, title)
                       VALUES (?, ?, ?, ?, ?, ?)
                       ON CONFLICT (salon_id, event_type_id) DO UPDATE SET
                         stylist_user_id = excluded.stylist_user_id,
                         service_slug = excluded.service_slug,
                         minutes = excluded.minutes, title = excluded.title""",
                    (
                        self._salon,
                        off.event_type_id,
                        off.stylist_user_id,
                        off.service_slug,
                        off.minutes,
                        off.title,
                    ),
                )
            if event_type_ids:
                await db.execute(
                    f"""DELETE FROM offerings WHERE salon_id = ?
                        AND event_type_id NOT IN ({_marks(event_type_ids)})""",
                    (self._salon, *event_type_ids),
                )
            else:
                await db.execute("DELETE FROM offerings WHERE salon_id = ?", (self._salon,))

        await self._transact(transaction)

    async def list_stylists(self) -> list[StylistRow]:
        rows = await self._fetchall(
            "SELECT * FROM stylists WHERE salon_id = ? ORDER BY name, id", (self._salon,)
        )
        return [stylist_from_row(r) for r in rows]

    async def offering_for_event_type(self, event_type_id: int) -> tuple[int, str] | None:
        """(stylist user id, service slug) of a synced event type."""
        row = await self._fetchone(
            """SELECT stylist_user_id, service_slug FROM offerings
               WHERE event_type_id = ? AND salon_id = ?""",
            (event_type_id, self._salon),
        )
        return (row["stylist_user_id"], row["service_slug"]) if row else None

    # -- calls and timeline ----------------------------------------------------------------

    async def start_call(self, call_id: str, *, caller_phone: str | None, mode: str) -> None:
        """Record a call; starting the same call id twice keeps the first record."""
        await self._run(
            """INSERT INTO calls (call_id, caller_phone, mode, started_at, worker_id, salon_id)
               VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (call_id) DO NOTHING""",
            (call_id, caller_phone, mode, self._now(), self.worker_id, self._salon),
        )

    async def end_call(self, call_id: str, *, reason: str) -> None:
        """Close a call; the first end wins (a hang-up after a crash report keeps the crash)."""
        await self._run(
            """UPDATE calls SET ended_at = ?, end_reason = ?
               WHERE call_id = ? AND salon_id = ? AND ended_at IS NULL""",
            (self._now(), reason, call_id, self._salon),
        )

    async def get_call(self, call_id: str) -> CallRow | None:
        row = await self._fetchone(
            "SELECT * FROM calls WHERE call_id = ? AND salon_id = ?", (call_id, self._salon)
        )
        return call_from_row(row) if row else None

    async def recent_calls(self, limit: int = 20) -> list[CallRow]:
        rows = await self._fetchall(
            f"""SELECT * FROM calls WHERE salon_id = ?
                ORDER BY started_at DESC, {self._sql.insertion_order} DESC LIMIT ?""",
            (self._salon, limit),
        )
        return [call_from_row(r) for r in rows]

    async def log(self, call_id: str, kind: str, **data: Any) -> None:
        """Append a timeline event stamped by the clock, written behind (`timeline_queue`): it
        goes in with the next write, or within `FLUSH_AFTER_SECONDS`. Data larger than
        MAX_EVENT_CHARS is kept as the start of its text."""
        payload = to_json(data)
        if len(payload) > MAX_EVENT_CHARS:
            payload = to_json({"truncated": payload[:MAX_EVENT_CHARS], "chars": len(payload)})
        self._process.timeline.add(
            (call_id, self._now(), kind, payload, self._salon), self._flush_timeline
        )

    async def timeline(self, call_id: str) -> list[TimelineEvent]:
        """Events of one call in the order they happened (insertion order breaks equal stamps)."""
        await self._flush_timeline()
        rows = await self._fetchall(
            "SELECT * FROM timeline WHERE call_id = ? AND salon_id = ? ORDER BY at, id",
            (call_id, self._salon),
        )
        return [timeline_from_row(r) for r in rows]

    # -- webhook deliveries ----------------------------------------------------------------

    async def webhook_seen(self, key: str) -> bool:
        row = await self._fetchone(
            "SELECT 1 FROM webhook_deliveries WHERE key = ? AND salon_id = ?", (key, self._salon)
        )
        return row is not None

    async def record_webhook(
        self,
        key: str,
        *,
        call_id: str,
        trigger: str,
        booking_uid: str | None,
        outcome: str,
        data: dict[str, Any],
    ) -> bool:
        """Remember a delivery and put it on the call's timeline, atomically and only once.

        Returns False when the key was already recorded (a repeated delivery): nothing is written.
        """
        now = self._now()

        async def transaction(db: Db) -> bool:
            async with db.execute(
                """INSERT INTO webhook_deliveries
                     (salon_id, key, trigger, booking_uid, call_id, outcome, received_at)
                   VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (salon_id, key) DO NOTHING
                   RETURNING key""",
                (self._salon, key, trigger, booking_uid, call_id, outcome, now),
            ) as cur:
                inserted = await cur.fetchone() is not None
            if inserted:
                await db.execute(
                    """INSERT INTO timeline (call_id, at, kind, data, salon_id)
                       VALUES (?, ?, ?, ?, ?)""",
                    (call_id, now, "webhook_received", to_json(data), self._salon),
                )
            return inserted

        return await self._transact(transaction, exclusive=False)

    # -- appointments ----------------------------------------------------------------------

    async def _stylist_row_id(self, db: Db, user_id: int) -> int:
        """The local row of a Cal.com user; a nameless placeholder until the catalog is synced.
        (Insert-if-missing, then read: no lock on a row other calls' inserts point at.)"""
        await db.execute(
            """INSERT INTO stylists (salon_id, calcom_user_id, name) VALUES (?, ?, '')
               ON CONFLICT (salon_id, calcom_user_id) DO NOTHING""",
            (self._salon, user_id),
        )
        async with db.execute(
            "SELECT id FROM stylists WHERE calcom_user_id = ? AND salon_id = ?",
            (user_id, self._salon),
        ) as cur:
            row = await cur.fetchone()
        assert row is not None
        return int(row[0])

    async def _insert_appointment(self, db: Db, **values: Any) -> int:
        now = self._now()
        values = {**values, "salon_id": self._salon, "created_at": now, "updated_at": now}
        cols = ", ".join(_column(c) for c in values)
        marks = ", ".join("?" * len(values))
        async with db.execute(
            f"INSERT INTO appointments ({cols}) VALUES ({marks}) RETURNING id",
            tuple(values.values()),
        ) as cur:
            row = await cur.fetchone()
        assert row is not None
        return int(row[0])

    async def _get(self, db: Db, appointment_id: int) -> Appointment | None:
        async with db.execute(
            f"{_SELECT_APPOINTMENT} WHERE a.id = ? AND a.salon_id = ?",
            (appointment_id, self._salon),
        ) as cur:
            row = await cur.fetchone()
        return appointment_from_row(row) if row else None

    async def add_held(
        self,
        *,
        call_id: str,
        reservation: Reservation,
        stylist_user_id: int,
        service_slug: str,
        caller_phone: str | None,
    ) -> Appointment:
        """A slot this call holds in Cal.com (the hold placed at availability time)."""

        async def transaction(db: Db) -> Appointment:
            stylist_id = await self._stylist_row_id(db, stylist_user_id)
            new_id = await self._insert_appointment(
                db,
                call_id=call_id,
                state=AppointmentState.HELD.value,
                event_type_id=reservation.event_type_id,
                stylist_id=stylist_id,
                service_slug=service_slug,
                start=to_db_time(reservation.slot_start),
                end=to_db_time(reservation.slot_end),
                caller_phone=caller_phone,
                reservation_uid=reservation.uid,
                reservation_until=to_db_time(reservation.until),
            )
            appt = await self._get(db, new_id)
            assert appt is not None
            return appt

        return await self._transact(transaction, exclusive=False)

    async def add_reserving(
        self,
        *,
        call_id: str,
        event_type_id: int,
        stylist_user_id: int,
        service_slug: str,
        start: datetime,
        end: datetime,
        caller_phone: str | None,
        until: datetime,
        for_person: str | None = None,
        guards_id: int | None = None,
    ) -> Appointment:
        """A hold about to be asked for, written before the request leaves. `until`: the latest a
        reservation made by that request could live, should its answer be lost."""

        async def transaction(db: Db) -> Appointment:
            stylist_id = await self._stylist_row_id(db, stylist_user_id)
            new_id = await self._insert_appointment(
                db,
                call_id=call_id,
                state=AppointmentState.RESERVING.value,
                event_type_id=event_type_id,
                stylist_id=stylist_id,
                service_slug=service_slug,
                start=to_db_time(start),
                end=to_db_time(end),
                caller_phone=caller_phone,
                reservation_until=to_db_time(until),
                for_person=for_person,
                guards_id=guards_id,
                sent_at=self._now(),
            )
            appt = await self._get(db, new_id)
            assert appt is not None
            return appt

        return await self._transact(transaction, exclusive=False)

    async def bound_reserving(self, appointment_id: int, *, until: datetime) -> Appointment | None:
        """Set the bound of a `reserving` row (the latest a reservation asked for under it could
        live): raised before a request for it is sent again, put back when Cal.com refused that
        request (it made nothing). None when the row is no longer `reserving`."""
        return await self._set_while(
            appointment_id, AppointmentState.RESERVING, "reservation_until", until
        )

    async def resent(self, appointment_id: int, *, sent_at: datetime) -> Appointment | None:
        """A request whose answer was lost (`unknown`) is sent once more (a move's fenced
        retry, `tools.move_retry`): from now on it may land until the lost-request horizon
        after `sent_at`. Also puts the first send's time back when that retry made nothing.
        None when the row is no longer `unknown`."""
        return await self._set_while(appointment_id, AppointmentState.UNKNOWN, "sent_at", sent_at)

    async def _set_while(
        self,
        appointment_id: int,
        state: AppointmentState,
        column: Literal["reservation_until", "sent_at"],
        at: datetime,
    ) -> Appointment | None:
        """One time column of a row set only while the row is in `state`; the row after, or
        None when it is no longer in that state."""

        async def transaction(db: Db) -> Appointment | None:
            await db.execute(
                f"""UPDATE appointments SET {column} = ?, updated_at = ?
                   WHERE id = ? AND state = ? AND salon_id = ?""",
                (to_db_time(at), self._now(), appointment_id, state.value, self._salon),
            )
            appt = await self._get(db, appointment_id)
            if appt is None or appt.state is not state:
                return None
            return appt

        return await self._transact(transaction, exclusive=False)

    async def withdraw_reserving(self, appointment_id: int) -> bool:
        """Forget a `reserving` row whose request Cal.com refused or that never left: no hold
        exists, so there is nothing to remember (the timeline keeps the refusal)."""

        async def transaction(db: Db) -> bool:
            async with db.execute(
                """DELETE FROM appointments WHERE id = ? AND state = ? AND salon_id = ?
                   RETURNING id""",
                (appointment_id, AppointmentState.RESERVING.value, self._salon),
            ) as cur:
                return await cur.fetchone() is not None

        return await self._transact(transaction, exclusive=False)

    async def add_from_calendar(
        self,
        *,
        call_id: str,
        booking: Booking,
        state: AppointmentState,
        stylist_user_id: int | None = None,
        service_slug: str | None = None,
        caller_phone: str | None = None,
        customer_name: str | None = None,
        rescheduled_from_id: int | None = None,
    ) -> Appointment:
        """A booking learned from Cal.com (a reschedule's new booking, a webhook, a late
        landing), in the state `calendar_adapter.booking_outcome` decided (confirmed or pending).

        Idempotent by booking uid: a booking already in the ledger is returned unchanged.
        Stylist and service default to the synced offering of the booking's event type.
        """
        if state not in (AppointmentState.CONFIRMED, AppointmentState.PENDING):
            raise ValueError(
                f"booking {booking.uid}: a row learned from Cal.com is live, not {state}"
            )

        async def transaction(db: Db) -> Appointment:
            user_id, slug = stylist_user_id, service_slug
            async with db.execute(
                f"{_SELECT_APPOINTMENT} WHERE a.booking_uid = ? AND a.salon_id = ?",
                (booking.uid, self._salon),
            ) as cur:
                existing = await cur.fetchone()
            if existing is not None:
                return appointment_from_row(existing)
            if user_id is None or slug is None:
                async with db.execute(
                    """SELECT stylist_user_id, service_slug FROM offerings
                       WHERE event_type_id = ? AND salon_id = ?""",
                    (booking.event_type_id, self._salon),
                ) as cur:
                    offering = await cur.fetchone()
                if user_id is None:
                    user_id = (
                        offering["stylist_user_id"]
                        if offering
                        else (booking.host_user_ids[0] if booking.host_user_ids else None)
                    )
                if slug is None and offering:
                    slug = offering["service_slug"]
            if user_id is None or slug is None:
                raise ValueError(
                    f"booking {booking.uid}: event type {booking.event_type_id} is not in the "
                    "synced catalog; pass stylist_user_id and service_slug"
                )
            attendee = booking.attendees[0] if booking.attendees else None
            stylist_id = await self._stylist_row_id(db, user_id)
            request_id = booking.metadata.get("requestId") if booking.metadata else None
            new_id = await self._insert_appointment(
                db,
                call_id=call_id,
                state=state.value,
                event_type_id=booking.event_type_id,
                stylist_id=stylist_id,
                service_slug=slug,
                start=to_db_time(booking.start),
                end=to_db_time(booking.end),
                caller_phone=caller_phone or (attendee.phone_number if attendee else None),
                customer_name=customer_name or (attendee.name if attendee else None),
                request_id=str(request_id) if request_id is not None else None,
                booking_uid=booking.uid,
                booking_status=booking.status,
                rescheduled_from_id=rescheduled_from_id,
            )
            appt = await self._get(db, new_id)
            assert appt is not None
            return appt

        return await self._transact(transaction)

    async def transition(
        self, appointment_id: int, to: AppointmentState, **fields: Any
    ) -> Appointment:
        """Move an appointment to `to`, setting `fields` in the same atomic step.

        Raises IllegalTransitionError for a move the state machine forbids (or a missing row);
        the schema raises `IntegrityError` for confirmed/pending without a booking uid. The row
        is locked from the check to the write (other workers' transitions wait).
        """
        to = AppointmentState(to)
        unknown = set(fields) - _SETTABLE
        if unknown:
            raise TypeError(f"transition() cannot set {sorted(unknown)}")
        values = {k: to_db_time(v) if isinstance(v, datetime) else v for k, v in fields.items()}

        async def transaction(db: Db) -> Appointment:
            async with db.execute(
                f"""SELECT state FROM appointments
                    WHERE id = ? AND salon_id = ?{self._sql.for_update}""",
                (appointment_id, self._salon),
            ) as cur:
                row = await cur.fetchone()
            if row is None:
                raise IllegalTransitionError(appointment_id, None, to)
            current = AppointmentState(row["state"])
            if not can_transition(current, to):
                raise IllegalTransitionError(appointment_id, current, to)
            assignments = ", ".join(f"{_column(k)} = ?" for k in values)
            sets = f"state = ?, updated_at = ?{', ' + assignments if assignments else ''}"
            await db.execute(
                f"UPDATE appointments SET {sets} WHERE id = ?",
                (to.value, self._now(), *values.values(), appointment_id),
            )
            appt = await self._get(db, appointment_id)
            assert appt is not None
            return appt

        return await self._transact(transaction, exclusive=False)

    async def update_hold(
        self, appointment_id: int, *, reservation_uid: str, until: datetime
    ) -> Appointment:
        """A held slot's reservation was extended (or replaced); only while it is still held."""

        async def transaction(db: Db) -> Appointment:
            await db.execute(
                f"SELECT id FROM appointments WHERE id = ? AND salon_id = ?{self._sql.for_update}",
                (appointment_id, self._salon),
            )
            appt = await self._get(db, appointment_id)
            if appt is None or appt.state is not AppointmentState.HELD:
                raise IllegalTransitionError(
                    appointment_id, appt.state if appt else None, AppointmentState.HELD
                )
            await db.execute(
                """UPDATE appointments SET reservation_uid = ?, reservation_until = ?,
                   updated_at = ? WHERE id = ?""",
                (reservation_uid, to_db_time(until), self._now(), appointment_id),
            )
            appt = await self._get(db, appointment_id)
            assert appt is not None
            return appt

        return await self._transact(transaction, exclusive=False)

    async def _appointments(
        self, where: str, params: Iterable[Any] = (), *, calls: bool = False
    ) -> list[Appointment]:
        join = " JOIN calls c ON c.call_id = a.call_id" if calls else ""
        rows = await self._fetchall(
            f"{_SELECT_APPOINTMENT}{join} WHERE a.salon_id = ? AND {where}", (self._salon, *params)
        )
        return [appointment_from_row(r) for r in rows]

    async def get(self, appointment_id: int) -> Appointment | None:
        found = await self._appointments("a.id = ?", (appointment_id,))
        return found[0] if found else None

    async def find_by_booking_uid(self, uid: str) -> Appointment | None:
        found = await self._appointments("a.booking_uid = ?", (uid,))
        return found[0] if found else None

    async def find_by_request_id(self, request_id: str) -> list[Appointment]:
        return await self._appointments("a.request_id = ? ORDER BY a.id", (request_id,))

    async def appointments_for_call(self, call_id: str) -> list[Appointment]:
        return await self._appointments("a.call_id = ? ORDER BY a.id", (call_id,))

    async def non_final(self) -> list[Appointment]:
        """Reserving, held, booking, pending and unknown appointments: what recovery looks at."""
        states = sorted(s.value for s in NON_FINAL)
        return await self._appointments(f"a.state IN ({_marks(states)}) ORDER BY a.id", states)

    async def in_flight_at(self, event_type_id: int, start: datetime) -> list[Appointment]:
        """Rows of ours being booked into this slot right now (sent, answer not yet recorded)."""
        return await self._appointments(
            "a.state IN (?, ?) AND a.event_type_id = ? AND a.start = ? ORDER BY a.id",
            (
                AppointmentState.BOOKING.value,
                AppointmentState.UNKNOWN.value,
                event_type_id,
                to_db_time(start),
            ),
        )

    async def upcoming_failed_with_request(self, after: datetime) -> list[Appointment]:
        """Failed rows still to come that carry a request id: a booking whose answer was lost
        may have landed in Cal.com after all (reconciliation looks them up)."""
        return await self._appointments(
            "a.state = ? AND a.request_id IS NOT NULL AND a.start >= ? ORDER BY a.start, a.id",
            (AppointmentState.FAILED.value, to_db_time(after)),
        )

    async def upcoming_confirmed(self, after: datetime) -> list[Appointment]:
        return await self._appointments(
            "a.state = ? AND a.start >= ? ORDER BY a.start, a.id",
            (AppointmentState.CONFIRMED.value, to_db_time(after)),
        )

    # -- dashboard: reads by time range, done marks ------------------------------------------

    async def appointments_starting_between(
        self, start: datetime, end: datetime
    ) -> list[Appointment]:
        """Appointments (any state) whose slot starts in [start, end), in time order."""
        return await self._appointments(
            "a.start >= ? AND a.start < ? ORDER BY a.start, a.id",
            (to_db_time(start), to_db_time(end)),
        )

    async def calls_started_between(self, start: datetime, end: datetime) -> list[CallRow]:
        """Calls begun in [start, end), newest first."""
        rows = await self._fetchall(
            f"""SELECT * FROM calls WHERE salon_id = ? AND started_at >= ? AND started_at < ?
                ORDER BY started_at DESC, {self._sql.insertion_order} DESC""",
            (self._salon, to_db_time(start), to_db_time(end)),
        )
        return [call_from_row(r) for r in rows]

    async def timeline_between(
        self, start: datetime, end: datetime, kinds: Iterable[str]
    ) -> list[TimelineEvent]:
        """Events of these kinds, of every call, stamped in [start, end), in order."""
        wanted = sorted(set(kinds))
        if not wanted:
            return []
        marks = _marks(wanted)
        await self._flush_timeline()
        rows = await self._fetchall(
            f"""SELECT * FROM timeline WHERE salon_id = ? AND at >= ? AND at < ?
                AND kind IN ({marks}) ORDER BY at, id""",
            (self._salon, to_db_time(start), to_db_time(end), *wanted),
        )
        return [timeline_from_row(r) for r in rows]

    async def mark_done(
        self,
        key: str,
        *,
        kind: str,
        call_id: str | None = None,
        appointment_id: int | None = None,
        note: str = "",
    ) -> bool:
        """Record that a person took care of item `key`; False when it already was."""

        async def transaction(db: Db) -> bool:
            async with db.execute(
                """INSERT INTO done_marks
                     (salon_id, key, kind, call_id, appointment_id, note, done_at)
                   VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (salon_id, key) DO NOTHING
                   RETURNING key""",
                (self._salon, key, kind, call_id, appointment_id, note, self._now()),
            ) as cur:
                return await cur.fetchone() is not None

        return await self._transact(transaction, exclusive=False)

    async def unmark_done(self, key: str) -> bool:
        """Open item `key` again; False when it was not marked."""

        async def transaction(db: Db) -> bool:
            async with db.execute(
                "DELETE FROM done_marks WHERE key = ? AND salon_id = ? RETURNING key",
                (key, self._salon),
            ) as cur:
                return await cur.fetchone() is not None

        return await self._transact(transaction, exclusive=False)

    async def done_marks(self) -> dict[str, DoneMark]:
        rows = await self._fetchall(
            "SELECT * FROM done_marks WHERE salon_id = ? ORDER BY done_at, key", (self._salon,)
        )
        return {r["key"]: done_mark_from_row(r) for r in rows}

    # -- holds and booking requests whose answer was lost ----------------------------------

    async def reserving(self) -> list[Appointment]:
        """Holds asked for whose answer never came: each may block its slot until its
        `reservation_until` (nothing can release a reservation whose uid is unknown)."""
        return await self._appointments(
            "a.state = ? ORDER BY a.id", (AppointmentState.RESERVING.value,)
        )

    async def guards_of(self, appointment_id: int) -> list[Appointment]:
        """Live holds fencing the lost booking request of this appointment."""
        return await self._appointments(
            "a.guards_id = ? AND a.state = ? ORDER BY a.id",
            (appointment_id, AppointmentState.HELD.value),
        )

    async def lost_requests(self, *, ended_calls_only: bool) -> list[Appointment]:
        """Booking requests whose answer was lost and that are not settled (`unknown`, or a
        `booking` row of a call that is over); with `ended_calls_only`, those of calls that
        ended (a live call looks after its own)."""
        ended = "AND c.ended_at IS NOT NULL" if ended_calls_only else ""
        return await self._appointments(
            f"""(a.state = ? OR (a.state = ? AND c.ended_at IS NOT NULL)) {ended}
                ORDER BY a.id""",
            (AppointmentState.UNKNOWN.value, AppointmentState.BOOKING.value),
            calls=True,
        )

    async def handed_over_guards(self) -> list[Appointment]:
        """Fences kept after their call ended, until the request they guard is settled."""
        return await self._appointments(
            "a.guards_id IS NOT NULL AND a.state = ? AND c.ended_at IS NOT NULL ORDER BY a.id",
            (AppointmentState.HELD.value,),
            calls=True,
        )

    async def open_calls(self) -> list[CallRow]:
        rows = await self._fetchall(
            f"""SELECT * FROM calls WHERE ended_at IS NULL AND salon_id = ?
                ORDER BY {self._sql.insertion_order}""",
            (self._salon,),
        )
        return [call_from_row(r) for r in rows]

    # -- releases Cal.com has not confirmed ------------------------------------------------

    async def queue_release(
        self,
        reservation_uid: str,
        *,
        call_id: str,
        appointment_id: int | None,
        until: datetime | None,
        error: str,
    ) -> None:
        """Remember a reservation whose DELETE failed, to be retried until released or lapsed.
        Queuing one already queued counts one more attempt."""
        now = self._now()

        async def transaction(db: Db) -> None:
            await db.execute(
                """INSERT INTO release_outbox (reservation_uid, appointment_id, call_id, until,
                     attempts, last_error, created_at, updated_at, salon_id)
                   VALUES (?, ?, ?, ?, 1, ?, ?, ?, ?)
                   ON CONFLICT (reservation_uid) DO UPDATE SET
                     attempts = release_outbox.attempts + 1, last_error = excluded.last_error,
                     updated_at = excluded.updated_at, done_at = NULL, outcome = NULL""",
                (
                    reservation_uid,
                    appointment_id,
                    call_id,
                    to_db_time(until) if until else None,
                    error,
                    now,
                    now,
                    self._salon,
                ),
            )

        await self._transact(transaction, exclusive=False)

    async def release_failed_again(self, reservation_uid: str, *, error: str) -> None:
        """Another attempt failed; the claim on it ends (any worker may retry it next)."""
        await self._run(
            """UPDATE release_outbox SET attempts = attempts + 1, last_error = ?,
               updated_at = ?, claimed_by = NULL, claimed_until = NULL
               WHERE reservation_uid = ? AND salon_id = ?""",
            (error, self._now(), reservation_uid, self._salon),
        )

    async def release_done(self, reservation_uid: str, *, outcome: str) -> None:
        """The reservation is gone: `released` (Cal.com confirmed) or `expired` (it lapsed)."""
        now = self._now()
        await self._run(
            """UPDATE release_outbox SET done_at = ?, outcome = ?, updated_at = ?,
                 claimed_by = NULL, claimed_until = NULL
               WHERE reservation_uid = ? AND salon_id = ? AND done_at IS NULL""",
            (now, outcome, now, reservation_uid, self._salon),
        )

    async def claim_releases(
        self,
        claimant: str,
        *,
        lease: timedelta = RELEASE_CLAIM_LEASE,
        call_id: str | None = None,
        limit: int = 100,
    ) -> list[PendingRelease]:
        """Pending releases for `claimant` to retry now, each claimed for `lease`: a release
        another worker is retrying (claimed, lease running) is passed over, so one DELETE per
        reservation is in flight across all workers. The claim ends with `release_done` or
        `release_failed_again`, or lapses with its lease (a worker that died)."""
        now = self._clock.now()
        where = "salon_id = ? AND done_at IS NULL AND (claimed_until IS NULL OR claimed_until <= ?)"
        params: list[Any] = [self._salon, now]
        if call_id:
            where += " AND call_id = ?"
            params.append(call_id)

        async def transaction(db: Db) -> list[PendingRelease]:
            async with db.execute(
                f"""SELECT reservation_uid FROM release_outbox WHERE {where}
                    ORDER BY created_at, reservation_uid LIMIT ?{self._sql.skip_locked}""",
                (*params, limit),
            ) as cur:
                uids = [r[0] for r in await cur.fetchall()]
            if not uids:
                return []
            async with db.execute(
                f"""UPDATE release_outbox SET claimed_by = ?, claimed_until = ?
                    WHERE reservation_uid IN ({_marks(uids)}) RETURNING *""",
                (claimant, now + lease, *uids),
            ) as cur:
                rows = list(await cur.fetchall())
            claimed = [release_from_row(r) for r in rows]
            return sorted(claimed, key=lambda r: (r.created_at, r.reservation_uid))

        return await self._transact(transaction, exclusive=False)

    async def pending_releases(self, *, call_id: str | None = None) -> list[PendingRelease]:
        where = "salon_id = ? AND done_at IS NULL" + (" AND call_id = ?" if call_id else "")
        rows = await self._fetchall(
            f"SELECT * FROM release_outbox WHERE {where} ORDER BY created_at, reservation_uid",
            (self._salon, call_id) if call_id else (self._salon,),
        )
        return [release_from_row(r) for r in rows]

    # -- callers to be told ----------------------------------------------------------------

    async def add_caller_notice(self, appointment: Appointment, *, outcome: str) -> CallerNotice:
        """The caller of this appointment's call must be told its outcome (settled after the
        call, when they had been told it was open). The hook for an SMS or a salon callback."""

        async def transaction(db: Db) -> CallerNotice:
            async with db.execute(
                """INSERT INTO caller_notices
                     (salon_id, call_id, appointment_id, caller_phone, outcome, created_at)
                   VALUES (?, ?, ?, ?, ?, ?) RETURNING *""",
                (
                    self._salon,
                    appointment.call_id,
                    appointment.id,
                    appointment.caller_phone,
                    outcome,
                    self._now(),
                ),
            ) as cur:
                row = await cur.fetchone()
            assert row is not None
            return notice_from_row(row)

        return await self._transact(transaction)

    async def open_caller_notices(self, *, call_id: str | None = None) -> list[CallerNotice]:
        where = "salon_id = ? AND done_at IS NULL" + (" AND call_id = ?" if call_id else "")
        rows = await self._fetchall(
            f"SELECT * FROM caller_notices WHERE {where} ORDER BY id",
            (self._salon, call_id) if call_id else (self._salon,),
        )
        return [notice_from_row(r) for r in rows]

    async def caller_notice_done(self, notice_id: int) -> None:
        async def transaction(db: Db) -> None:
            await db.execute(
                """UPDATE caller_notices SET done_at = ?
                   WHERE id = ? AND salon_id = ? AND done_at IS NULL""",
                (self._now(), notice_id, self._salon),
            )

        await self._transact(transaction)

    # -- privacy: recording consent, retention (GDPR Art. 5(1)(e)) ---------------------------

    async def set_recording(
        self, call_id: str, *, consent: str | None = None, path: str | None = None
    ) -> None:
        """Note the caller's answer to the recording question and/or the recording's file."""
        sets, values = [], []
        if consent is not None:
            sets.append("recording_consent = ?")
            values.append(consent)
        if path is not None:
            sets.append("recording_path = ?")
            values.append(path)
        if not sets:
            return

        async def transaction(db: Db) -> None:
            await db.execute(
                f"UPDATE calls SET {', '.join(sets)} WHERE call_id = ? AND salon_id = ?",
                (*values, call_id, self._salon),
            )

        await self._transact(transaction)

    async def call_privacy(self, call_id: str) -> CallPrivacy | None:
        row = await self._fetchone(
            """SELECT call_id, recording_consent, recording_path, purged_at
               FROM calls WHERE call_id = ? AND salon_id = ?""",
            (call_id, self._salon),
        )
        return privacy_from_row(row) if row else None

    async def calls_to_purge(self, ended_before: datetime, *, limit: int = 100) -> list[str]:
        """Ended calls whose personal data is due: ended before `ended_before`, not purged."""
        rows = await self._fetchall(
            """SELECT call_id FROM calls WHERE salon_id = ? AND purged_at IS NULL
               AND ended_at IS NOT NULL AND ended_at < ? ORDER BY ended_at LIMIT ?""",
            (self._salon, to_db_time(ended_before), limit),
        )
        return [r["call_id"] for r in rows]

    async def purge_call(
        self,
        call_id: str,
        *,
        drop_kinds: Iterable[str],
        scrub: Mapping[str | None, Iterable[str]],
        dry_run: bool = False,
    ) -> tuple[int, str | None]:
        """Remove a call's personal data in one step: its transcript entries (`drop_kinds`), the
        `scrub` keys of the entries kept (by kind; None: every kind), its caller number and
        recording path; mark it purged. Returns (entries deleted, the recording file to delete).
        `dry_run` counts without changing anything."""
        kinds = sorted(set(drop_kinds))
        marks = ",".join("?" * len(kinds))

        async def transaction(db: Db) -> tuple[int, str | None]:
            async with db.execute(
                f"""SELECT count(*) FROM timeline
                    WHERE call_id = ? AND salon_id = ? AND kind IN ({marks})""",
                (call_id, self._salon, *kinds),
            ) as cur:
                row = await cur.fetchone()
            deleted = int(row[0]) if row else 0
            async with db.execute(
                "SELECT recording_path FROM calls WHERE call_id = ? AND salon_id = ?",
                (call_id, self._salon),
            ) as cur:
                found = await cur.fetchone()
            recording = found["recording_path"] if found else None
            if dry_run:
                return deleted, recording
            await db.execute(
                f"DELETE FROM timeline WHERE call_id = ? AND salon_id = ? AND kind IN ({marks})",
                (call_id, self._salon, *kinds),
            )
            for kind, keys in scrub.items():
                where = "call_id = ? AND salon_id = ?" + (
                    " AND kind = ?" if kind is not None else ""
                )
                params = (call_id, self._salon) + (() if kind is None else (kind,))
                await _scrub_timeline(db, where, params, keys, dry_run=False)
            await db.execute(
                """UPDATE calls SET caller_phone = NULL, recording_path = NULL, purged_at = ?
                   WHERE call_id = ? AND salon_id = ?""",
                (self._now(), call_id, self._salon),
            )
            return deleted, recording

        return await self._transact(transaction)

    async def appointments_to_anonymize(
        self, ended_before: datetime, *, limit: int = 500
    ) -> list[int]:
        """Appointments over before `ended_before` that still carry a caller's number or name."""
        rows = await self._fetchall(
            """SELECT id FROM appointments WHERE salon_id = ? AND purged_at IS NULL
               AND "end" < ? ORDER BY "end", id LIMIT ?""",
            (self._salon, to_db_time(ended_before), limit),
        )
        return [int(r["id"]) for r in rows]

    async def anonymize_appointments(self, ids: Iterable[int]) -> int:
        """Remove the caller's number and the names from these appointments (and from the
        notices that name their caller); the rest of the row (what, when, whom, state, the
        Cal.com uid) stays. Returns how many were anonymized."""
        wanted = sorted(set(ids))
        if not wanted:
            return 0
        marks = ",".join("?" * len(wanted))
        now = self._now()

        async def transaction(db: Db) -> int:
            async with db.execute(
                f"""UPDATE appointments SET caller_phone = NULL, customer_name = NULL,
                      for_person = NULL, purged_at = ?
                    WHERE id IN ({marks}) AND salon_id = ? AND purged_at IS NULL RETURNING id""",
                (now, *wanted, self._salon),
            ) as cur:
                done = len(list(await cur.fetchall()))
            await db.execute(
                f"""UPDATE caller_notices SET caller_phone = NULL
                    WHERE appointment_id IN ({marks}) AND salon_id = ?""",
                (*wanted, self._salon),
            )
            return done

        return await self._transact(transaction)

    async def purged_appointments(self, ids: Iterable[int]) -> dict[int, datetime]:
        """When each of these appointments was anonymized (only those that were)."""
        wanted = sorted(set(ids))
        if not wanted:
            return {}
        marks = ",".join("?" * len(wanted))
        rows = await self._fetchall(
            f"SELECT id, purged_at FROM appointments WHERE id IN ({marks}) "
            "AND salon_id = ? AND purged_at IS NOT NULL",
            (*wanted, self._salon),
        )
        return {int(r["id"]): from_db_time(r["purged_at"]) for r in rows}  # type: ignore[misc]

    async def scrub_timeline_without_call(
        self, before: datetime, scrub: Mapping[str | None, Iterable[str]], *, dry_run: bool = False
    ) -> int:
        """Entries older than `before` of call ids the ledger has no call for (webhooks about
        bookings made elsewhere): their personal keys are removed. Returns how many carry one."""

        async def transaction(db: Db) -> int:
            count = 0
            for kind, keys in scrub.items():
                kind_clause = " AND kind = ?" if kind is not None else ""
                where = (
                    "salon_id = ? AND at < ? AND call_id NOT IN (SELECT call_id FROM calls)"
                    f"{kind_clause}"
                )
                params = (self._salon, to_db_time(before), *(() if kind is None else (kind,)))
                count += await _scrub_timeline(db, where, params, keys, dry_run=dry_run)
            return count

        return await self._transact(transaction)

    # -- messages for the salon and the outbox (issue 14: hand-over, messages, texts) --------

    async def add_message(
        self,
        *,
        call_id: str,
        kind: MessageKind | str,
        phone: str,
        reason: str,
        name: str | None = None,
        preferred_time: str | None = None,
    ) -> TakenMessage:
        """Store a message for the salon. Its notifications are queued by the sender
        (`queue_message_notifications`), so taking it never waits for a mail server."""

        async def transaction(db: Db) -> TakenMessage:
            async with db.execute(
                """INSERT INTO messages
                     (salon_id, call_id, kind, name, phone, reason, preferred_time, created_at)
                   VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING *""",
                (
                    self._salon,
                    call_id,
                    MessageKind(kind).value,
                    name,
                    phone,
                    reason,
                    preferred_time,
                    self._now(),
                ),
            ) as cur:
                row = await cur.fetchone()
            assert row is not None
            return message_from_row(row)

        return await self._transact(transaction)

    async def get_message(self, message_id: int) -> TakenMessage | None:
        row = await self._fetchone(
            "SELECT * FROM messages WHERE id = ? AND salon_id = ?", (message_id, self._salon)
        )
        return message_from_row(row) if row else None

    async def messages_for_call(self, call_id: str) -> list[TakenMessage]:
        rows = await self._fetchall(
            "SELECT * FROM messages WHERE call_id = ? AND salon_id = ? ORDER BY id",
            (call_id, self._salon),
        )
        return [message_from_row(r) for r in rows]

    async def open_messages(self) -> list[TakenMessage]:
        """Messages no person has marked done yet (done mark `message:<id>`), oldest first."""
        rows = await self._fetchall(
            """SELECT m.* FROM messages m
               LEFT JOIN done_marks d ON d.key = 'message:' || m.id AND d.salon_id = m.salon_id
               WHERE m.salon_id = ? AND d.key IS NULL ORDER BY m.id""",
            (self._salon,),
        )
        return [message_from_row(r) for r in rows]

    async def messages_since(self, after: datetime) -> list[TakenMessage]:
        """Messages taken at or after `after` (done or not), oldest first."""
        rows = await self._fetchall(
            "SELECT * FROM messages WHERE salon_id = ? AND created_at >= ? ORDER BY id",
            (self._salon, to_db_time(after)),
        )
        return [message_from_row(r) for r in rows]

    async def messages_to_notify(self) -> list[TakenMessage]:
        """Messages whose notifications to the salon are not queued yet."""
        rows = await self._fetchall(
            """SELECT * FROM messages WHERE salon_id = ? AND notifications_queued_at IS NULL
               ORDER BY id""",
            (self._salon,),
        )
        return [message_from_row(r) for r in rows]

    async def queue_message_notifications(
        self, message_id: int, items: Iterable[dict[str, Any]]
    ) -> None:
        """Queue the salon's notifications of one message (each a `queue_outbox` keyword set)
        and mark it queued, in one transaction: each is queued exactly once."""
        now = self._now()

        async def transaction(db: Db) -> None:
            for item in items:
                await self._insert_outbox(db, now, message_id=message_id, **item)
            await db.execute(
                "UPDATE messages SET notifications_queued_at = ? WHERE id = ? AND salon_id = ?",
                (now, message_id, self._salon),
            )

        await self._transact(transaction)

    async def queue_outbox(
        self,
        *,
        key: str,
        channel: OutboxChannel | str,
        recipient: str,
        body: str,
        subject: str | None = None,
        call_id: str | None = None,
        notice_id: int | None = None,
    ) -> OutboxItem | None:
        """Queue one item to send; None when an item with this key was queued before."""

        async def transaction(db: Db) -> OutboxItem | None:
            item_id = await self._insert_outbox(
                db,
                self._now(),
                key=key,
                channel=channel,
                recipient=recipient,
                body=body,
                subject=subject,
                call_id=call_id,
                notice_id=notice_id,
            )
            if item_id is None:
                return None
            async with db.execute("SELECT * FROM outbox WHERE id = ?", (item_id,)) as cur:
                row = await cur.fetchone()
            assert row is not None
            return outbox_from_row(row)

        return await self._transact(transaction)

    async def _insert_outbox(
        self,
        db: Db,
        now: str,
        *,
        key: str,
        channel: OutboxChannel | str,
        recipient: str,
        body: str,
        subject: str | None = None,
        call_id: str | None = None,
        message_id: int | None = None,
        notice_id: int | None = None,
    ) -> int | None:
        async with db.execute(
            """INSERT INTO outbox (salon_id, key, channel, recipient, subject, body, call_id,
                 message_id, notice_id, next_attempt_at, created_at)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (key) DO NOTHING RETURNING id""",
            (
                self._salon,
                key,
                OutboxChannel(channel).value,
                recipient,
                subject,
                body,
                call_id,
                message_id,
                notice_id,
                now,
                now,
            ),
        ) as cur:
            row = await cur.fetchone()
        return int(row[0]) if row else None

    async def claim_outbox(self, *, until: datetime, limit: int = 20) -> list[OutboxItem]:
        """Items due now, claimed until `until` (another sender skips them meanwhile; one that
        died while sending lets them come due again), each counting one more attempt."""
        now = self._now()

        async def transaction(db: Db) -> list[OutboxItem]:
            async with db.execute(
                """UPDATE outbox SET next_attempt_at = ?, attempts = attempts + 1
                   WHERE id IN (
                     SELECT id FROM outbox
                     WHERE salon_id = ? AND sent_at IS NULL AND given_up_at IS NULL
                       AND next_attempt_at <= ?
                     ORDER BY next_attempt_at, id LIMIT ?)
                   RETURNING *""",
                (to_db_time(until), self._salon, now, limit),
            ) as cur:
                rows = list(await cur.fetchall())
            return sorted((outbox_from_row(r) for r in rows), key=lambda i: i.id)

        return await self._transact(transaction)

    async def outbox_sent(self, item_id: int, *, provider_id: str | None) -> None:
        """Sent. A caller notice told by this item is done in the same step."""
        now = self._now()

        async def transaction(db: Db) -> None:
            async with db.execute(
                """UPDATE outbox SET sent_at = ?, provider_id = ?, last_error = NULL
                   WHERE id = ? AND salon_id = ? AND sent_at IS NULL RETURNING notice_id""",
                (now, provider_id, item_id, self._salon),
            ) as cur:
                row = await cur.fetchone()
            if row is not None and row["notice_id"] is not None:
                await db.execute(
                    "UPDATE caller_notices SET done_at = ? WHERE id = ? AND done_at IS NULL",
                    (now, row["notice_id"]),
                )

        await self._transact(transaction)

    async def outbox_failed(self, item_id: int, *, error: str, retry_at: datetime | None) -> None:
        """Not sent: tried again at `retry_at`, or given up (None)."""
        now = self._now()

        async def transaction(db: Db) -> None:
            if retry_at is None:
                await db.execute(
                    "UPDATE outbox SET last_error = ?, given_up_at = ? WHERE id = ? AND salon_id = ?",
                    (error, now, item_id, self._salon),
                )
            else:
                await db.execute(
                    """UPDATE outbox SET last_error = ?, next_attempt_at = ?
                       WHERE id = ? AND salon_id = ?""",
                    (error, to_db_time(retry_at), item_id, self._salon),
                )

        await self._transact(transaction)

    async def outbox_items(
        self, *, call_id: str | None = None, unsent_only: bool = False
    ) -> list[OutboxItem]:
        """Outbox items (of one call), oldest first; `unsent_only`: not sent (pending or
        given up)."""
        where = ["salon_id = ?"]
        params: list[Any] = [self._salon]
        if call_id is not None:
            where.append("call_id = ?")
            params.append(call_id)
        if unsent_only:
            where.append("sent_at IS NULL")
        rows = await self._fetchall(
            f"SELECT * FROM outbox WHERE {' AND '.join(where)} ORDER BY id", params
        )
        return [outbox_from_row(r) for r in rows]

    # -- workers sharing this ledger (serve --workers, several machines) --------------------

    async def claim_stream_token(
        self, call_sid: str, *, now: datetime, expires_at: datetime, worker_id: str | None = None
    ) -> bool:
        """True for the first redemption of this call's stream token in any worker, False for
        every later one. Rows past their `expires_at` are dropped (an expired token is refused
        before it gets here)."""

        async def transaction(db: Db) -> bool:
            await db.execute("DELETE FROM stream_tokens WHERE expires_at < ?", (now,))
            async with db.execute(
                """INSERT INTO stream_tokens (call_sid, worker_id, redeemed_at, expires_at)
                   VALUES (?, ?, ?, ?) ON CONFLICT (call_sid) DO NOTHING RETURNING call_sid""",
                (call_sid, worker_id, now, expires_at),
            ) as cur:
                return await cur.fetchone() is not None

        return await self._transact(transaction, exclusive=False)

    async def redeemed_stream_tokens(self, call_sids: Iterable[str]) -> set[str]:
        """Which of these calls' streams were opened (in any worker)."""
        wanted = sorted(set(call_sids))
        if not wanted:
            return set()
        rows = await self._fetchall(
            f"SELECT call_sid FROM stream_tokens WHERE call_sid IN ({_marks(wanted)})", wanted
        )
        return {r[0] for r in rows}

    async def worker_beat(self, worker: WorkerRow) -> None:
        """Record a worker's presence and load now (`heartbeat_at` is the ledger's clock)."""
        now = self._now()
        await self._run(
            """INSERT INTO workers (worker_id, host, pid, started_at, heartbeat_at, stopped_at,
                 active_calls, reserved_calls, call_limit, accepting, draining)
               VALUES (?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?)
               ON CONFLICT (worker_id) DO UPDATE SET heartbeat_at = excluded.heartbeat_at,
                 stopped_at = NULL, active_calls = excluded.active_calls,
                 reserved_calls = excluded.reserved_calls, call_limit = excluded.call_limit,
                 accepting = excluded.accepting, draining = excluded.draining""",
            (
                worker.worker_id,
                worker.host,
                worker.pid,
                worker.started_at,
                now,
                worker.active_calls,
                worker.reserved_calls,
                worker.call_limit,
                int(worker.accepting),
                int(worker.draining),
            ),
        )

    async def worker_stopped(self, worker_id: str) -> None:
        """A worker exited cleanly: its calls (none, after a drain) may be recovered at once."""
        now = self._now()
        await self._run(
            """UPDATE workers SET stopped_at = ?, heartbeat_at = ?, active_calls = 0,
                 reserved_calls = 0, accepting = 0 WHERE worker_id = ?""",
            (now, now, worker_id),
        )

    async def workers(self, *, seen_since: datetime | None = None) -> list[WorkerRow]:
        """Workers that beat since `seen_since` (all when None), oldest first."""
        where, params = ("WHERE heartbeat_at >= ?", (seen_since,)) if seen_since else ("", ())
        rows = await self._fetchall(
            f"SELECT * FROM workers {where} ORDER BY started_at, worker_id", params
        )
        return [worker_from_row(r) for r in rows]

    async def forget_workers(self, *, before: datetime) -> int:
        """Drop the rows of workers not seen since `before` and running no open call."""

        async def transaction(db: Db) -> int:
            async with db.execute(
                """DELETE FROM workers WHERE heartbeat_at < ? AND worker_id NOT IN (
                     SELECT worker_id FROM calls WHERE ended_at IS NULL AND worker_id IS NOT NULL
                   ) RETURNING worker_id""",
                (before,),
            ) as cur:
                return len(await cur.fetchall())

        return await self._transact(transaction, exclusive=False)

    # -- the salons on this ledger (global: the sweeps of `serve`, purge) ----------------------

    async def salon_ids_all_salons(self) -> list[str]:
        """Every salon that has calls, appointments or messages on this ledger."""
        rows = await self._fetchall(
            """SELECT salon_id FROM calls UNION SELECT salon_id FROM appointments
               UNION SELECT salon_id FROM messages ORDER BY 1"""
        )
        return [r[0] for r in rows]

    async def salons_with_open_work_all_salons(self) -> list[str]:
        """Salons with something their calendar's upkeep, recovery or sender still owes: open
        calls, holds and requests not settled, releases not confirmed, texts and notifications
        not sent. A process that has not opened such a salon's calendar yet should."""
        open_states = sorted(
            s.value
            for s in (
                AppointmentState.RESERVING,
                AppointmentState.HELD,
                AppointmentState.BOOKING,
                AppointmentState.UNKNOWN,
            )
        )
        rows = await self._fetchall(
            f"""SELECT salon_id FROM calls WHERE ended_at IS NULL
                UNION SELECT salon_id FROM appointments WHERE state IN ({_marks(open_states)})
                UNION SELECT salon_id FROM release_outbox WHERE done_at IS NULL
                UNION SELECT salon_id FROM outbox WHERE sent_at IS NULL AND given_up_at IS NULL
                UNION SELECT salon_id FROM messages WHERE notifications_queued_at IS NULL
                ORDER BY 1""",
            open_states,
        )
        return [r[0] for r in rows]

    # -- Cal.com's request budget per key (global: a key is not a salon) ----------------------

    async def _db_clock(self, db: Db) -> datetime:
        async with db.execute(f"SELECT {self._sql.clock}") as cur:
            row = await cur.fetchone()
        at = from_db_time(row[0])
        assert at is not None
        return at

    async def change_budget(
        self,
        key: str,
        change: Callable[[BudgetRow | None, datetime], BudgetRow | None],
    ) -> BudgetRow | None:
        """One step on a key's budget, in one transaction: the row is locked (inserted empty
        when missing), `change(row, now)` (now: the database's clock, read once the lock is
        held) says what it becomes (None: unchanged), and that is written. Returns the row
        after. Every worker on the key takes its tokens through here."""

        async def transaction(db: Db) -> BudgetRow | None:
            await db.execute(
                """INSERT INTO calcom_budget (key, remaining) VALUES (?, 0)
                   ON CONFLICT (key) DO NOTHING""",
                (key,),
            )
            async with db.execute(
                f"SELECT * FROM calcom_budget WHERE key = ?{self._sql.for_update}", (key,)
            ) as cur:
                found = await cur.fetchone()
            now = await self._db_clock(db)
            row = budget_from_row(found) if found and found["ends_at"] is not None else None
            after = change(row, now)
            if after is None:
                return row
            await db.execute(
                """UPDATE calcom_budget SET remaining = ?, opened_at = ?, ends_at = ?
                   WHERE key = ?""",
                (after.remaining, after.opened_at, after.ends_at, key),
            )
            return after

        return await self._transact(transaction, exclusive=False)

    async def budget(self, key: str) -> tuple[BudgetRow | None, datetime]:
        """A key's budget row (None: no window was ever opened) and the database's clock."""
        async with self._engine.read() as db:
            async with db.execute("SELECT * FROM calcom_budget WHERE key = ?", (key,)) as cur:
                found = await cur.fetchone()
            now = await self._db_clock(db)
        row = budget_from_row(found) if found and found["ends_at"] is not None else None
        return row, now

    # -- what changed slot answers, for the other workers (global: per key) -----------------

    async def add_slot_change(
        self,
        key: str,
        *,
        event_type_ids: Iterable[int] = (),
        host_user_id: int | None = None,
        everywhere: bool = False,
    ) -> None:
        """Tell the other workers that availability on `key` changed. An exclusive write, so
        ids become visible in their order (`slot_changes_after` never skips one)."""
        ids = ",".join(str(int(i)) for i in sorted(set(event_type_ids)))

        async def transaction(db: Db) -> None:
            await db.execute(
                """INSERT INTO slot_changes
                     (key, origin, event_type_ids, host_user_id, everywhere, at)
                   VALUES (?, ?, ?, ?, ?, ?)""",
                (key, self._process.instance, ids, host_user_id, int(everywhere), self._now()),
            )

        await self._transact(transaction)

    async def last_slot_change(self) -> int:
        """The id of the newest slot change (0: none yet): where a new reader starts."""
        row = await self._fetchone("SELECT max(id) FROM slot_changes")
        return int(row[0]) if row and row[0] is not None else 0

    async def slot_changes_after(self, after_id: int, *, limit: int = 500) -> list[SlotChange]:
        """Slot changes newer than `after_id`, oldest first (every process's, ours included)."""
        rows = await self._fetchall(
            "SELECT * FROM slot_changes WHERE id > ? ORDER BY id LIMIT ?", (after_id, limit)
        )
        return [slot_change_from_row(r) for r in rows]

    async def forget_slot_changes(self, *, before: datetime) -> int:
        """Drop slot changes older than `before`, but never the newest (its id is where readers
        continue; SQLite would otherwise hand the same ids out again)."""

        async def transaction(db: Db) -> int:
            async with db.execute(
                """DELETE FROM slot_changes WHERE at < ?
                   AND id < (SELECT max(id) FROM slot_changes) RETURNING id""",
                (before,),
            ) as cur:
                return len(await cur.fetchall())

        return await self._transact(transaction, exclusive=False)

    # -- Telnyx call-control events and hand-over outcomes (global: any worker may be told) --

    async def first_telnyx_event(
        self, event_id: str, event_type: str, *, keep: timedelta = timedelta(days=1)
    ) -> bool:
        """True the first time any worker sees this Telnyx event id (Telnyx redelivers an
        event it got no 2xx for); ids older than `keep` are dropped."""
        now = self._clock.now()

        async def transaction(db: Db) -> bool:
            await db.execute("DELETE FROM telnyx_events WHERE received_at < ?", (now - keep,))
            async with db.execute(
                """INSERT INTO telnyx_events (event_id, event_type, received_at) VALUES (?, ?, ?)
                   ON CONFLICT (event_id) DO NOTHING RETURNING event_id""",
                (event_id, event_type, now),
            ) as cur:
                return await cur.fetchone() is not None

        return await self._transact(transaction, exclusive=False)

    async def forget_telnyx_event(self, event_id: str) -> None:
        """An event that could not be handled: its redelivery is handled again."""
        await self._run("DELETE FROM telnyx_events WHERE event_id = ?", (event_id,))

    async def record_transfer_outcome(
        self,
        *,
        transfer_id: str,
        call_id: str,
        answered: bool,
        cause: str,
        message_id: int | None = None,
        keep: timedelta = timedelta(days=1),
    ) -> bool:
        """Store how a hand-over ended; the first outcome stands (False: one was already
        stored). Outcomes older than `keep` are dropped."""
        now = self._clock.now()

        async def transaction(db: Db) -> bool:
            await db.execute("DELETE FROM transfer_outcomes WHERE decided_at < ?", (now - keep,))
            async with db.execute(
                """INSERT INTO transfer_outcomes
                     (transfer_id, call_id, answered, cause, message_id, decided_at)
                   VALUES (?, ?, ?, ?, ?, ?)
                   ON CONFLICT (transfer_id) DO NOTHING RETURNING transfer_id""",
                (transfer_id, call_id, int(answered), cause, message_id, now),
            ) as cur:
                return await cur.fetchone() is not None

        return await self._transact(transaction, exclusive=False)

    async def transfer_outcome(self, transfer_id: str) -> TransferOutcome | None:
        """How this hand-over ended; None while nobody has been told."""
        row = await self._fetchone(
            "SELECT * FROM transfer_outcomes WHERE transfer_id = ?", (transfer_id,)
        )
        return transfer_outcome_from_row(row) if row is not None else None


async def _nothing_more(db: Db) -> None:
    """A transaction of the queued timeline events alone."""


async def _scrub_timeline(
    db: Db, where: str, params: tuple[Any, ...], keys: Iterable[str], *, dry_run: bool
) -> int:
    """Remove `keys` from the data of the timeline entries `where` selects; returns how many
    entries carried one. Done in Python, the same on both engines (their JSON functions
    differ)."""
    drop = set(keys)
    if not drop:
        return 0
    async with db.execute(f"SELECT id, data FROM timeline WHERE {where}", params) as cur:
        rows = list(await cur.fetchall())
    count = 0
    for row in rows:
        data = json.loads(row["data"]) if isinstance(row["data"], str) else dict(row["data"])
        if not isinstance(data, dict) or not drop & data.keys():
            continue
        count += 1
        if not dry_run:
            kept = {k: v for k, v in data.items() if k not in drop}
            await db.execute(
                "UPDATE timeline SET data = ? WHERE id = ?", (to_json(kept), row["id"])
            )
    return count
