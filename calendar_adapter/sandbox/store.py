"""The sandbox's calendar: users, event types, holds and bookings on SQLite, with Cal.com's rules.

Every public method runs under one lock and never awaits, so a check-and-write (is the slot free?
then book it) is atomic, like a database transaction in Cal.com. Callers on other threads (test
inspection, external bookers) take the same lock. Writes are also one `BEGIN IMMEDIATE`
transaction, so a second process on the same file (`status`, `reconcile` beside a running agent)
cannot slip between a check and its write; files run in WAL mode so it can read meanwhile.
"""

from __future__ import annotations

import json
import math
import re
import sqlite3
import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from calendar_adapter.clock import Clock
from calendar_adapter.salon import SalonFile
from calendar_adapter.sandbox import timefmt as tf
from calendar_adapter.sandbox.errors import (
    MSG_ALREADY_BOOKED,
    MSG_ALREADY_RESERVED,
    MSG_BOOKING_IN_PAST,
    MSG_HOST_BUSY,
    ApiError,
    msg_reserved_before_you,
)

ADMIN_USER_ID = 100
FIRST_USER_ID = 101
FIRST_EVENT_TYPE_ID = 1001
DEFAULT_HOLD_MINUTES = 5
BLOCKING_STATUSES = ("accepted", "pending")
BUSY_TIMEOUT_MS = 5000
E164 = re.compile(r"^\+[1-9]\d{6,14}$")
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")

SCHEMA = """
CREATE TABLE IF NOT EXISTS users (
    id INTEGER PRIMARY KEY, username TEXT UNIQUE NOT NULL, name TEXT NOT NULL,
    email TEXT NOT NULL, time_zone TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS event_types (
    id INTEGER PRIMARY KEY, user_id INTEGER NOT NULL REFERENCES users(id), slug TEXT NOT NULL,
    title TEXT NOT NULL, length INTEGER NOT NULL, requires_confirmation INTEGER NOT NULL DEFAULT 0,
    UNIQUE (user_id, slug));
CREATE TABLE IF NOT EXISTS bookings (
    id INTEGER PRIMARY KEY AUTOINCREMENT, uid TEXT UNIQUE NOT NULL,
    event_type_id INTEGER NOT NULL, user_id INTEGER NOT NULL, start INTEGER NOT NULL,
    "end" INTEGER NOT NULL, status TEXT NOT NULL, title TEXT NOT NULL, attendees TEXT NOT NULL,
    metadata TEXT NOT NULL, created_at INTEGER NOT NULL, updated_at INTEGER,
    cancellation_reason TEXT, rescheduling_reason TEXT, rescheduled_from_uid TEXT,
    rescheduled_to_uid TEXT, rescheduled INTEGER NOT NULL DEFAULT 0);
CREATE INDEX IF NOT EXISTS bookings_user_time ON bookings (user_id, start);
CREATE TABLE IF NOT EXISTS reservations (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, uid TEXT UNIQUE NOT NULL,
    event_type_id INTEGER NOT NULL, user_id INTEGER NOT NULL, slot_start INTEGER NOT NULL,
    slot_end INTEGER NOT NULL, minutes INTEGER NOT NULL, until INTEGER NOT NULL,
    created_at INTEGER NOT NULL);
CREATE TABLE IF NOT EXISTS webhooks (
    id TEXT PRIMARY KEY, subscriber_url TEXT NOT NULL, triggers TEXT NOT NULL, secret TEXT,
    active INTEGER NOT NULL, payload_template TEXT, created_at INTEGER NOT NULL);
"""


@dataclass(frozen=True)
class EventType:
    id: int
    user_id: int
    slug: str
    title: str
    length: int
    requires_confirmation: bool


class CalendarStore:
    """Cal.com's booking rules over one SQLite connection."""

    def __init__(self, salon: SalonFile, clock: Clock, db_path: str = ":memory:") -> None:
        self.salon = salon
        self.clock = clock
        self._lock = threading.RLock()
        if db_path != ":memory:":
            Path(db_path).parent.mkdir(parents=True, exist_ok=True)  # a fresh checkout has no data/
        self._db = sqlite3.connect(db_path, check_same_thread=False, isolation_level=None)
        self._db.row_factory = sqlite3.Row
        self._db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if db_path != ":memory:":
            self._db.execute("PRAGMA journal_mode = WAL")
        self._db.executescript(SCHEMA)
        self._seed()
        # Told about every committed change: (trigger, booking dict, extra payload fields).
        self.on_booking_event: Callable[[str, dict[str, Any], dict[str, Any]], None] | None = None

    @contextmanager
    def _write(self) -> Iterator[None]:
        """One write transaction: the lock keeps this process's threads out, BEGIN IMMEDIATE
        takes SQLite's write lock against other processes on the same file."""
        with self._lock:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

    # -- seeding -------------------------------------------------------------------------------

    def _seed(self) -> None:
        """One user per stylist, one individual event type per (stylist, service); ids follow
        the salon file's order, so they are the same on every run."""
        s = self.salon
        tz = s.business.time_zone
        rows = [(ADMIN_USER_ID, "salon-admin", s.business.name, "admin@sandbox.example", tz)]
        services = {sv.slug: sv for sv in s.services}
        event_types = []
        et_id = FIRST_EVENT_TYPE_ID
        for i, member in enumerate(s.staff):
            uid = FIRST_USER_ID + i
            rows.append((uid, member.username, member.name, member.email, tz))
            for slug in member.services:
                sv = services.get(slug)
                if sv is None:
                    raise ValueError(f"{member.username}: unknown service {slug!r}")
                event_types.append((et_id, uid, slug, f"{sv.name} bei {member.name}", sv.minutes))
                et_id += 1
        with self._write():
            self._db.executemany("INSERT OR REPLACE INTO users VALUES (?,?,?,?,?)", rows)
            self._db.executemany(
                "INSERT OR IGNORE INTO event_types (id, user_id, slug, title, length) "
                "VALUES (?,?,?,?,?)",
                event_types,
            )

    # -- catalog -------------------------------------------------------------------------------

    def now(self) -> int:
        return tf.to_epoch(self.clock.now())

    def user(self, user_id: int) -> dict[str, Any] | None:
        with self._lock:
            row = self._db.execute("SELECT * FROM users WHERE id=?", (user_id,)).fetchone()
        return dict(row) if row else None

    def user_by_name(self, username: str) -> dict[str, Any] | None:
        with self._lock:
            row = self._db.execute("SELECT * FROM users WHERE username=?", (username,)).fetchone()
        return dict(row) if row else None

    def event_type(self, event_type_id: int) -> EventType | None:
        with self._lock:
            row = self._db.execute(
                "SELECT * FROM event_types WHERE id=?", (event_type_id,)
            ).fetchone()
        if row is None:
            return None
        return EventType(
            row["id"],
            row["user_id"],
            row["slug"],
            row["title"],
            row["length"],
            bool(row["requires_confirmation"]),
        )

    def event_types(self, user_id: int | None = None) -> list[EventType]:
        with self._lock:
            sql = "SELECT id FROM event_types" + (" WHERE user_id=?" if user_id else "")
            ids = [
                r[0] for r in self._db.execute(sql + " ORDER BY id", (user_id,) if user_id else ())
            ]
        return [et for et in (self.event_type(i) for i in ids) if et is not None]

    def set_requires_confirmation(self, event_type_id: int, value: bool) -> None:
        with self._write():
            self._db.execute(
                "UPDATE event_types SET requires_confirmation=? WHERE id=?",
                (int(value), event_type_id),
            )

    def _event_type_or_404(self, event_type_id: Any) -> EventType:
        et = self.event_type(event_type_id) if isinstance(event_type_id, int) else None
        if et is None:
            raise ApiError(404, f"Event type with id={event_type_id} not found")
        return et

    # -- busy time -----------------------------------------------------------------------------

    def _overlapping_bookings(
        self, user_id: int, start: int, end: int, exclude_uid: str | None = None
    ) -> list[sqlite3.Row]:
        return self._db.execute(
            'SELECT * FROM bookings WHERE user_id=? AND start < ? AND "end" > ? '
            "AND status IN ('accepted','pending') AND uid IS NOT ?",
            (user_id, end, start, exclude_uid),
        ).fetchall()

    def _overlapping_holds(self, user_id: int, start: int, end: int) -> list[sqlite3.Row]:
        return self._db.execute(
            "SELECT * FROM reservations WHERE user_id=? AND slot_start < ? AND slot_end > ? "
            "AND until > ? ORDER BY seq",
            (user_id, end, start, self.now()),
        ).fetchall()

    def free_slots(self, event_type_id: int, from_ts: int, to_ts: int) -> list[tuple[int, int]]:
        """Bookable (start, end) pairs: inside opening hours, not past, not overlapping any
        booking or unexpired hold of this stylist in any of their event types."""
        et = self._event_type_or_404(event_type_id)
        with self._lock:
            now = self.now()
            length = et.length * 60
            busy = [
                (r["start"], r["end"])
                for r in self._db.execute(
                    'SELECT start, "end" FROM bookings WHERE user_id=? AND start < ? AND "end" > ? '
                    "AND status IN ('accepted','pending')",
                    (et.user_id, to_ts + length, from_ts),
                )
            ]
            busy += [
                (r["slot_start"], r["slot_end"])
                for r in self._db.execute(
                    "SELECT slot_start, slot_end FROM reservations WHERE user_id=? AND until > ?",
                    (et.user_id, now),
                )
            ]
        return [
            (s, s + length)
            for s in tf.candidate_starts(self.salon, et.length, from_ts, to_ts)
            if s >= now and not any(b0 < s + length and b1 > s for b0, b1 in busy)
        ]

    # -- reservations --------------------------------------------------------------------------

    def reserve(
        self,
        event_type_id: Any,
        slot_start: int,
        slot_minutes: int | None,
        hold_minutes: int | None,
    ) -> dict[str, Any]:
        et = self._event_type_or_404(event_type_id)
        minutes = slot_minutes or et.length
        hold = hold_minutes or DEFAULT_HOLD_MINUTES
        end = slot_start + minutes * 60
        with self._write():
            if self._overlapping_bookings(et.user_id, slot_start, end):
                raise ApiError(422, MSG_ALREADY_BOOKED)
            if self._overlapping_holds(et.user_id, slot_start, end):
                raise ApiError(422, MSG_ALREADY_RESERVED)
            now = self.now()
            uid = str(uuid.uuid4())
            self._db.execute(
                "INSERT INTO reservations (uid, event_type_id, user_id, slot_start, slot_end, "
                "minutes, until, created_at) VALUES (?,?,?,?,?,?,?,?)",
                (uid, et.id, et.user_id, slot_start, end, hold, now + hold * 60, now),
            )
            return self._reservation(uid)  # type: ignore[return-value]

    def _reservation(self, uid: str) -> dict[str, Any] | None:
        row = self._db.execute(
            "SELECT * FROM reservations WHERE uid=? AND until > ?", (uid, self.now())
        ).fetchone()
        return _reservation_dict(row) if row else None

    def get_reservation(self, uid: str) -> dict[str, Any] | None:
        with self._lock:
            return self._reservation(uid)

    def active_reservations(self) -> list[dict[str, Any]]:
        with self._lock:
            rows = self._db.execute(
                "SELECT * FROM reservations WHERE until > ? ORDER BY seq", (self.now(),)
            ).fetchall()
        return [_reservation_dict(r) for r in rows]

    def update_reservation(
        self,
        uid: str,
        slot_start: int | None,
        slot_minutes: int | None,
        hold_minutes: int | None,
    ) -> dict[str, Any]:
        """PATCH: restart the hold's clock (and move it, if asked)."""
        with self._write():
            current = self._reservation(uid)
            if current is None:
                raise ApiError(404, f"Reserved slot with uid={uid} not found")
            row = self._db.execute("SELECT * FROM reservations WHERE uid=?", (uid,)).fetchone()
            start = slot_start if slot_start is not None else row["slot_start"]
            minutes = slot_minutes or (row["slot_end"] - row["slot_start"]) // 60
            end = start + minutes * 60
            if (start, end) != (row["slot_start"], row["slot_end"]):
                if self._overlapping_bookings(row["user_id"], start, end):
                    raise ApiError(422, MSG_ALREADY_BOOKED)
                if any(
                    h["uid"] != uid for h in self._overlapping_holds(row["user_id"], start, end)
                ):
                    raise ApiError(422, MSG_ALREADY_RESERVED)
            hold = hold_minutes or row["minutes"]
            self._db.execute(
                "UPDATE reservations SET slot_start=?, slot_end=?, minutes=?, until=? WHERE uid=?",
                (start, end, hold, self.now() + hold * 60, uid),
            )
            return self._reservation(uid)  # type: ignore[return-value]

    def delete_reservation(self, uid: str) -> None:
        with self._write():
            if self._reservation(uid) is None:
                raise ApiError(404, f"Reserved slot with uid={uid} not found")
            self._db.execute("DELETE FROM reservations WHERE uid=?", (uid,))

    # -- bookings ------------------------------------------------------------------------------

    def create_booking(
        self,
        event_type_id: Any,
        start: int,
        attendee: dict[str, Any],
        metadata: dict[str, Any] | None,
        reserved_slot_uid: str | None,
        *,
        requires_confirmation: bool = False,
    ) -> dict[str, Any]:
        """`requires_confirmation`: this booking waits for the host, as if its event type did."""
        et = self._event_type_or_404(event_type_id)
        attendee = _validated_attendee(attendee)
        metadata = _validated_metadata(metadata)
        with self._write():
            end = self._check_bookable(et, start, reserved_slot_uid, exclude_uid=None)
            pending = et.requires_confirmation or requires_confirmation
            status = "pending" if pending else "accepted"
            booking = self._insert_booking(et, start, end, status, [attendee], metadata, None)
        self._emit("BOOKING_CREATED", booking, {})
        return booking

    def _check_bookable(
        self, et: EventType, start: int, reserved_slot_uid: str | None, exclude_uid: str | None
    ) -> int:
        """Cal.com's order: holds first (409), then the same booking twice (409: Cal.com's
        duplicate key is start + end + host, so another length at the same start is merely
        busy), then busy (400)."""
        now = self.now()
        end = start + et.length * 60
        if start < now:
            raise ApiError(400, MSG_BOOKING_IN_PAST)
        holds = self._overlapping_holds(et.user_id, start, end)
        if holds and holds[0]["uid"] != reserved_slot_uid:
            seconds = max(1, math.ceil(holds[0]["until"] - now))
            raise ApiError(409, msg_reserved_before_you(seconds))
        clashes = self._overlapping_bookings(et.user_id, start, end, exclude_uid)
        if any(b["start"] == start and b["end"] == end for b in clashes):
            raise ApiError(
                409,
                "A booking already exists for this host at this time.",
                code="booking_conflict",
            )
        if clashes or not tf.is_on_grid(self.salon, et.length, start):
            raise ApiError(400, MSG_HOST_BUSY)
        if holds:
            self._db.execute("DELETE FROM reservations WHERE uid=?", (reserved_slot_uid,))
        return end

    def _insert_booking(
        self,
        et: EventType,
        start: int,
        end: int,
        status: str,
        attendees: list[dict[str, Any]],
        metadata: dict[str, Any],
        rescheduled_from: str | None,
        reason: str | None = None,
    ) -> dict[str, Any]:
        uid = uuid.uuid4().hex[:22]
        now = self.now()
        self._db.execute(
            'INSERT INTO bookings (uid, event_type_id, user_id, start, "end", status, title, '
            "attendees, metadata, created_at, rescheduled_from_uid, rescheduling_reason) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                uid,
                et.id,
                et.user_id,
                start,
                end,
                status,
                f"{et.title} – {attendees[0]['name']}",
                json.dumps(attendees),
                json.dumps(metadata),
                now,
                rescheduled_from,
                reason,
            ),
        )
        return self._booking(uid)  # type: ignore[return-value]

    def _booking(self, uid: str) -> dict[str, Any] | None:
        row = self._db.execute("SELECT * FROM bookings WHERE uid=?", (uid,)).fetchone()
        if row is None:
            return None
        return self._booking_dict(row)

    def get_booking(self, uid: str) -> dict[str, Any]:
        with self._lock:
            booking = self._booking(uid)
        if booking is None:
            raise ApiError(404, f"Booking with uid={uid} not found")
        return booking

    def list_bookings(self, where: Callable[[dict[str, Any]], bool] | None = None) -> list[dict]:
        with self._lock:
            rows = self._db.execute("SELECT * FROM bookings ORDER BY start, id").fetchall()
            out = [self._booking_dict(r) for r in rows]
        return [b for b in out if where is None or where(b)]

    def cancel_booking(self, uid: str, reason: str | None) -> dict[str, Any]:
        booking = self._end_booking(
            uid,
            "cancelled",
            reason,
            allowed=lambda status: status not in ("cancelled", "rejected"),
            refusal="This booking has already been cancelled.",
        )
        self._emit("BOOKING_CANCELLED", booking, {"cancellationReason": reason})
        return booking

    def decline_booking(self, uid: str, reason: str | None = None) -> dict[str, Any]:
        """The host declines a booking that awaits confirmation: Cal.com marks it `rejected`
        (the slot is free again) and sends BOOKING_REJECTED."""
        booking = self._end_booking(
            uid,
            "rejected",
            reason,
            allowed=lambda status: status == "pending",
            refusal="Booking is not pending confirmation",
        )
        self._emit("BOOKING_REJECTED", booking, {"rejectionReason": reason})
        return booking

    def _end_booking(
        self,
        uid: str,
        status: str,
        reason: str | None,
        *,
        allowed: Callable[[str], bool],
        refusal: str,
    ) -> dict[str, Any]:
        """Set a booking's final status (the slot is free again); 404 / 400 as Cal.com."""
        with self._write():
            booking = self._booking(uid)
            if booking is None:
                raise ApiError(404, f"Booking with uid={uid} not found")
            if not allowed(booking["status"]):
                raise ApiError(400, refusal)
            self._db.execute(
                "UPDATE bookings SET status=?, cancellation_reason=?, updated_at=? WHERE uid=?",
                (status, reason, self.now(), uid),
            )
            ended = self._booking(uid)
        assert ended is not None
        return ended

    def reschedule_booking(
        self,
        uid: str,
        start: int,
        reason: str | None,
        reserved_slot_uid: str | None,
        *,
        requires_confirmation: bool = False,
    ) -> dict[str, Any]:
        """A new booking at `start`; the old one becomes cancelled and points to it.
        `requires_confirmation`: the new booking waits for the host, as if its event type did."""
        with self._write():
            old = self._db.execute("SELECT * FROM bookings WHERE uid=?", (uid,)).fetchone()
            if old is None:
                raise ApiError(404, f"Booking with uid={uid} not found")
            if old["status"] in ("cancelled", "rejected"):
                raise ApiError(
                    400, f"Can't reschedule booking with uid={uid} because it is cancelled"
                )
            et = self._event_type_or_404(old["event_type_id"])
            end = self._check_bookable(et, start, reserved_slot_uid, exclude_uid=uid)
            pending = et.requires_confirmation or requires_confirmation
            status = "pending" if pending else "accepted"
            new = self._insert_booking(
                et,
                start,
                end,
                status,
                json.loads(old["attendees"]),
                json.loads(old["metadata"]),
                uid,
                reason,
            )
            self._db.execute(
                "UPDATE bookings SET status='cancelled', rescheduled=1, rescheduled_to_uid=?, "
                "rescheduling_reason=?, updated_at=? WHERE uid=?",
                (new["uid"], reason, self.now(), uid),
            )
        self._emit(
            "BOOKING_RESCHEDULED",
            new,
            {"rescheduleUid": uid, "rescheduleStartTime": tf.iso_utc(old["start"])},
        )
        return new

    def _emit(self, trigger: str, booking: dict[str, Any], extra: dict[str, Any]) -> None:
        if self.on_booking_event is not None:
            self.on_booking_event(trigger, booking, extra)

    def _booking_dict(self, row: sqlite3.Row) -> dict[str, Any]:
        host = self._db.execute("SELECT * FROM users WHERE id=?", (row["user_id"],)).fetchone()
        et = self._db.execute(
            "SELECT slug FROM event_types WHERE id=?", (row["event_type_id"],)
        ).fetchone()
        attendees = [
            {
                "name": a["name"],
                "email": a.get("email"),
                "displayEmail": a.get("email"),
                "timeZone": a["timeZone"],
                "phoneNumber": a.get("phoneNumber"),
                "language": a.get("language") or "de",
                "absent": False,
            }
            for a in json.loads(row["attendees"])
        ]
        return {
            "id": row["id"],
            "uid": row["uid"],
            "title": row["title"],
            "description": "",
            "hosts": [
                {
                    "id": host["id"],
                    "name": host["name"],
                    "email": host["email"],
                    "displayEmail": host["email"],
                    "username": host["username"],
                    "timeZone": host["time_zone"],
                }
            ],
            "status": row["status"],
            "cancellationReason": row["cancellation_reason"],
            "reschedulingReason": row["rescheduling_reason"],
            "rescheduledFromUid": row["rescheduled_from_uid"],
            "rescheduledToUid": row["rescheduled_to_uid"],
            "rescheduled": bool(row["rescheduled"]),
            "start": tf.iso_utc(row["start"]),
            "end": tf.iso_utc(row["end"]),
            "duration": (row["end"] - row["start"]) // 60,
            "eventTypeId": row["event_type_id"],
            "eventType": {"id": row["event_type_id"], "slug": et["slug"] if et else None},
            "location": None,
            "meetingUrl": None,
            "absentHost": False,
            "createdAt": tf.iso_utc(row["created_at"]),
            "updatedAt": tf.iso_utc(row["updated_at"]) if row["updated_at"] else None,
            "metadata": json.loads(row["metadata"]),
            "attendees": attendees,
            "guests": [],
            "bookingFieldsResponses": {},
        }

    # -- webhooks ------------------------------------------------------------------------------

    def add_webhook(
        self, url: str, triggers: list[str], secret: str | None, active: bool, template: str | None
    ) -> dict[str, Any]:
        wid = str(uuid.uuid4())
        with self._write():
            self._db.execute(
                "INSERT INTO webhooks VALUES (?,?,?,?,?,?,?)",
                (wid, url, json.dumps(triggers), secret, int(active), template, self.now()),
            )
        return self.webhook(wid)  # type: ignore[return-value]

    def webhook(self, wid: str) -> dict[str, Any] | None:
        with self._lock:
            row = self._db.execute("SELECT * FROM webhooks WHERE id=?", (wid,)).fetchone()
        return _webhook_dict(row) if row else None

    def webhooks(self) -> list[dict[str, Any]]:
        with self._lock:
            rows = self._db.execute("SELECT * FROM webhooks ORDER BY created_at, id").fetchall()
        return [_webhook_dict(r) for r in rows]

    def delete_webhook(self, wid: str) -> dict[str, Any]:
        with self._write():
            hook = self.webhook(wid)
            if hook is None:
                raise ApiError(404, f"Webhook with id={wid} not found")
            self._db.execute("DELETE FROM webhooks WHERE id=?", (wid,))
        return hook

    def close(self) -> None:
        with self._lock:
            self._db.close()


def _reservation_dict(row: sqlite3.Row) -> dict[str, Any]:
    return {
        "eventTypeId": row["event_type_id"],
        "slotStart": tf.iso_utc(row["slot_start"]),
        "slotEnd": tf.iso_utc(row["slot_end"]),
        "slotDuration": (row["slot_end"] - row["slot_start"]) // 60,
        "reservationUid": row["uid"],
        "reservationDuration": row["minutes"],
        "reservationUntil": tf.iso_utc(row["until"]),
    }


def _webhook_dict(row: sqlite3.Row) -> dict[str, Any]:
    return {
        "id": row["id"],
        "subscriberUrl": row["subscriber_url"],
        "triggers": json.loads(row["triggers"]),
        "active": bool(row["active"]),
        "payloadTemplate": row["payload_template"],
        "userId": ADMIN_USER_ID,
        "secret": row["secret"],
    }


def _validated_attendee(raw: Any) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise ApiError(400, "attendee must be an object")
    name, tz = raw.get("name"), raw.get("timeZone")
    email, phone = raw.get("email"), raw.get("phoneNumber")
    if not isinstance(name, str) or not name.strip():
        raise ApiError(400, "attendee.name should not be empty")
    if not isinstance(tz, str) or not tz:
        raise ApiError(400, "attendee.timeZone must be a valid IANA time zone")
    tf.zone_or_400(tz)
    if not email and not phone:
        raise ApiError(400, "Either attendee.email or attendee.phoneNumber must be provided")
    if email and (not isinstance(email, str) or not EMAIL.match(email)):
        raise ApiError(400, "attendee.email must be an email")
    if phone and (not isinstance(phone, str) or not E164.match(phone)):
        raise ApiError(400, "attendee.phoneNumber must be a valid phone number in E.164 format")
    return {
        "name": name,
        "email": email,
        "phoneNumber": phone,
        "timeZone": tz,
        "language": raw.get("language"),
    }


def _validated_metadata(raw: Any) -> dict[str, Any]:
    if raw is None:
        return {}
    if not isinstance(raw, dict):
        raise ApiError(400, "metadata must be an object")
    if len(raw) > 50:
        raise ApiError(400, "metadata can have at most 50 keys")
    for key, value in raw.items():
        if len(key) > 40:
            raise ApiError(400, f"metadata key {key[:40]!r}... is longer than 40 characters")
        if isinstance(value, str) and len(value) > 500:
            raise ApiError(400, f"metadata value of {key!r} is longer than 500 characters")
    return raw
