"""Numbered schema migrations, for both engines.

`MIGRATIONS[n-1]` brings a database from version n-1 to n. Never edit a released migration; append
a new one. On SQLite the version is `PRAGMA user_version`, and each migration runs in one
IMMEDIATE transaction together with its bump, so a crash or a second process cannot leave a
half-migrated file. PostgreSQL starts from `schema_postgres.BASELINE` (the layout of version
`BASELINE_VERSION`, written in its own types) and then runs the same migrations as SQLite from
there on (`engine_postgres.migrate`).

Migrations from version 6 on are written once for both engines: plain SQL both speak, with the
logical column types `AUTO_ID` (an integer key the database assigns), `UTC_TIME` (a time: TEXT on
SQLite, TIMESTAMPTZ on PostgreSQL), `JSON_TEXT` and `BIG_INT`, which `Dialect.ddl` puts in each
engine's words. Booleans are INTEGER 0/1.

Version 9 makes the ledger per salon: every row a salon owns carries `salon_id` (existing rows
belong to the implicit salon, `DEFAULT_SALON`), and the catalog's keys, webhook deliveries and
done marks are unique per salon. What the workers share stays global (`workers`,
`stream_tokens`), as do the Cal.com budget per key (`calcom_budget`) and the slot changes the
workers tell each other (`slot_changes`): a key is not a salon. Version 10 adds Telnyx's
call-control events seen and the hand-overs' outcomes (`telnyx_events`, `transfer_outcomes`),
global too: a worker waits there for an outcome another worker was told. Version 11 repairs data
only: the old rows of moves that still record the old booking's live status get Cal.com's
`cancelled` (`V11_MOVED_AWAY_STATUS`).

Layout (current): `stylists` has a surrogate `id` (what appointments reference) and a nullable,
unique `calcom_user_id` (the identity). A row without a Cal.com id is a leftover of an older import
(version 1 had no Cal.com ids); `Ledger.sync_catalog` merges it into the Cal.com-keyed row of the
same name. Services are keyed by slug, offerings by Cal.com event type id.
"""

from __future__ import annotations

import sqlite3

import aiosqlite

from .engine import SQLITE
from .sqlite_hop import in_connection_thread

_STATES = (
    "'held','booking','confirmed','pending','failed','unknown',"
    "'released','expired','cancelled','rescheduled'"
)

V1_FIRST_SCHEMA: tuple[str, ...] = (
    """CREATE TABLE stylists (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        email TEXT
    )""",
    """CREATE TABLE services (
        slug TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        minutes INTEGER NOT NULL CHECK (minutes > 0)
    )""",
    """CREATE TABLE calls (
        call_id TEXT PRIMARY KEY,
        caller_phone TEXT,
        mode TEXT NOT NULL,
        started_at TEXT NOT NULL,
        ended_at TEXT,
        end_reason TEXT
    )""",
    """CREATE TABLE timeline (
        id INTEGER PRIMARY KEY,
        call_id TEXT NOT NULL,
        at TEXT NOT NULL,
        kind TEXT NOT NULL,
        data TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(data))
    )""",
    "CREATE INDEX timeline_call_at ON timeline (call_id, at)",
    f"""CREATE TABLE appointments (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        call_id TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ({_STATES})),
        event_type_id INTEGER NOT NULL,
        stylist_id INTEGER NOT NULL REFERENCES stylists (id),
        service_slug TEXT NOT NULL,
        start TEXT NOT NULL,
        "end" TEXT NOT NULL,
        caller_phone TEXT,
        customer_name TEXT,
        reservation_uid TEXT,
        reservation_until TEXT,
        request_id TEXT,
        booking_uid TEXT,
        booking_status TEXT,
        rescheduled_from_id INTEGER REFERENCES appointments (id),
        error TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        CHECK ("end" > start),
        CONSTRAINT confirmed_needs_booking_uid CHECK (
            state NOT IN ('confirmed', 'pending')
            OR (booking_uid IS NOT NULL AND length(trim(booking_uid)) > 0)
        )
    )""",
    "CREATE UNIQUE INDEX appointments_booking_uid ON appointments (booking_uid) "
    "WHERE booking_uid IS NOT NULL",
    "CREATE INDEX appointments_call ON appointments (call_id)",
    "CREATE INDEX appointments_state_start ON appointments (state, start)",
    "CREATE INDEX appointments_request ON appointments (request_id) WHERE request_id IS NOT NULL",
    "CREATE INDEX appointments_stylist ON appointments (stylist_id)",
)

V2_CALCOM_IDENTITIES: tuple[str, ...] = (
    "ALTER TABLE stylists ADD COLUMN calcom_user_id INTEGER",
    "ALTER TABLE stylists ADD COLUMN username TEXT",
    "ALTER TABLE stylists ADD COLUMN synced_at TEXT",
    "CREATE UNIQUE INDEX stylists_calcom_user_id ON stylists (calcom_user_id)",
    "ALTER TABLE services ADD COLUMN aliases TEXT NOT NULL DEFAULT '[]'",
    """CREATE TABLE offerings (
        event_type_id INTEGER PRIMARY KEY,
        stylist_user_id INTEGER NOT NULL REFERENCES stylists (calcom_user_id),
        service_slug TEXT NOT NULL REFERENCES services (slug),
        minutes INTEGER NOT NULL CHECK (minutes > 0),
        title TEXT NOT NULL DEFAULT ''
    )""",
    "CREATE INDEX offerings_stylist ON offerings (stylist_user_id)",
)

V3_WEBHOOK_DELIVERIES: tuple[str, ...] = (
    # Cal.com may deliver one webhook more than once; the key makes applying it idempotent.
    """CREATE TABLE webhook_deliveries (
        key TEXT PRIMARY KEY,
        trigger TEXT NOT NULL,
        booking_uid TEXT,
        call_id TEXT NOT NULL,
        outcome TEXT NOT NULL,
        received_at TEXT NOT NULL
    )""",
    "CREATE INDEX webhook_deliveries_uid ON webhook_deliveries (booking_uid)",
)

_V4_STATES = f"{_STATES},'reserving'"
_V1_APPOINTMENT_COLUMNS = (
    'id, call_id, state, event_type_id, stylist_id, service_slug, start, "end", caller_phone, '
    "customer_name, reservation_uid, reservation_until, request_id, booking_uid, booking_status, "
    "rescheduled_from_id, error, created_at, updated_at"
)

V4_FAULTS: tuple[str, ...] = (
    # A hold is written down before its request leaves (`reserving`), so a reservation whose
    # answer is lost is still known. SQLite cannot change a CHECK, so the table is rebuilt.
    f"""CREATE TABLE appointments_v4 (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        call_id TEXT NOT NULL,
        state TEXT NOT NULL CHECK (state IN ({_V4_STATES})),
        event_type_id INTEGER NOT NULL,
        stylist_id INTEGER NOT NULL REFERENCES stylists (id),
        service_slug TEXT NOT NULL,
        start TEXT NOT NULL,
        "end" TEXT NOT NULL,
        caller_phone TEXT,
        customer_name TEXT,
        reservation_uid TEXT,
        reservation_until TEXT,
        request_id TEXT,
        booking_uid TEXT,
        booking_status TEXT,
        rescheduled_from_id INTEGER REFERENCES appointments (id),
        error TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        for_person TEXT,
        guards_id INTEGER REFERENCES appointments (id),
        sent_at TEXT,
        CHECK ("end" > start),
        CONSTRAINT confirmed_needs_booking_uid CHECK (
            state NOT IN ('confirmed', 'pending')
            OR (booking_uid IS NOT NULL AND length(trim(booking_uid)) > 0)
        )
    )""",
    f"INSERT INTO appointments_v4 ({_V1_APPOINTMENT_COLUMNS}) "
    f"SELECT {_V1_APPOINTMENT_COLUMNS} FROM appointments",
    "DROP TABLE appointments",
    "ALTER TABLE appointments_v4 RENAME TO appointments",
    "CREATE UNIQUE INDEX appointments_booking_uid ON appointments (booking_uid) "
    "WHERE booking_uid IS NOT NULL",
    "CREATE INDEX appointments_call ON appointments (call_id)",
    "CREATE INDEX appointments_state_start ON appointments (state, start)",
    "CREATE INDEX appointments_request ON appointments (request_id) WHERE request_id IS NOT NULL",
    "CREATE INDEX appointments_stylist ON appointments (stylist_id)",
    "CREATE INDEX appointments_guards ON appointments (guards_id) WHERE guards_id IS NOT NULL",
    # Releases Cal.com did not confirm, retried until released or lapsed.
    """CREATE TABLE release_outbox (
        reservation_uid TEXT PRIMARY KEY,
        appointment_id INTEGER REFERENCES appointments (id),
        call_id TEXT NOT NULL,
        until TEXT,
        attempts INTEGER NOT NULL DEFAULT 0,
        last_error TEXT,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        done_at TEXT,
        outcome TEXT CHECK (outcome IS NULL OR outcome IN ('released', 'expired'))
    )""",
    "CREATE INDEX release_outbox_open ON release_outbox (done_at, until)",
    # Outcomes settled after the caller hung up: the caller must still be told.
    """CREATE TABLE caller_notices (
        id INTEGER PRIMARY KEY,
        call_id TEXT NOT NULL,
        appointment_id INTEGER NOT NULL REFERENCES appointments (id),
        caller_phone TEXT,
        outcome TEXT NOT NULL,
        created_at TEXT NOT NULL,
        done_at TEXT
    )""",
    "CREATE INDEX caller_notices_open ON caller_notices (done_at)",
)

V5_DONE_MARKS: tuple[str, ...] = (
    # "A person took care of it": one row per dashboard item marked done (any kind: an unknown
    # outcome, a reconcile finding, a message...). The key names the item and its situation.
    """CREATE TABLE done_marks (
        key TEXT PRIMARY KEY,
        kind TEXT NOT NULL,
        call_id TEXT,
        appointment_id INTEGER,
        note TEXT NOT NULL DEFAULT '',
        done_at TEXT NOT NULL
    )""",
)

V6_WORKERS: tuple[str, ...] = (
    # Several `serve` workers on one ledger: who runs each call (so a starting worker recovers
    # only the calls of dead ones), their load and heartbeats, single-use stream tokens, and a
    # claim on a pending release so only one worker retries it at a time.
    "ALTER TABLE calls ADD COLUMN worker_id TEXT",
    """CREATE TABLE workers (
        worker_id TEXT PRIMARY KEY,
        host TEXT NOT NULL,
        pid INTEGER NOT NULL,
        started_at UTC_TIME NOT NULL,
        heartbeat_at UTC_TIME NOT NULL,
        stopped_at UTC_TIME,
        active_calls INTEGER NOT NULL DEFAULT 0,
        reserved_calls INTEGER NOT NULL DEFAULT 0,
        call_limit INTEGER NOT NULL DEFAULT 0,
        accepting INTEGER NOT NULL DEFAULT 1,
        draining INTEGER NOT NULL DEFAULT 0
    )""",
    """CREATE TABLE stream_tokens (
        call_sid TEXT PRIMARY KEY,
        worker_id TEXT,
        redeemed_at UTC_TIME NOT NULL,
        expires_at UTC_TIME NOT NULL
    )""",
    "CREATE INDEX stream_tokens_expiry ON stream_tokens (expires_at)",
    "ALTER TABLE release_outbox ADD COLUMN claimed_by TEXT",
    "ALTER TABLE release_outbox ADD COLUMN claimed_until UTC_TIME",
)

V7_PRIVACY: tuple[str, ...] = (
    # Recording consent and file per call (§201 StGB), and when personal data was purged
    # (GDPR Art. 5(1)(e)): a purged call or appointment says so, and when.
    "ALTER TABLE calls ADD COLUMN recording_consent TEXT "
    "CHECK (recording_consent IS NULL OR recording_consent IN ('given', 'refused', 'unclear'))",
    "ALTER TABLE calls ADD COLUMN recording_path TEXT",
    "ALTER TABLE calls ADD COLUMN purged_at UTC_TIME",
    "ALTER TABLE appointments ADD COLUMN purged_at UTC_TIME",
    "CREATE INDEX calls_ended ON calls (ended_at) WHERE purged_at IS NULL",
)

V8_MESSAGES_AND_OUTBOX: tuple[str, ...] = (
    # Messages taken for the salon (take_message, an unanswered hand-over): what a person must
    # act on. Open until marked done on the dashboard (done_marks key `message:<id>`).
    """CREATE TABLE messages (
        id AUTO_ID,
        call_id TEXT NOT NULL,
        kind TEXT NOT NULL
            CHECK (kind IN ('callback', 'complaint', 'question', 'data_deletion')),
        name TEXT,
        phone TEXT NOT NULL,
        reason TEXT NOT NULL,
        preferred_time TEXT,
        created_at UTC_TIME NOT NULL,
        notifications_queued_at UTC_TIME
    )""",
    "CREATE INDEX messages_call ON messages (call_id)",
    "CREATE INDEX messages_unqueued ON messages (notifications_queued_at)",
    # What must leave this process and must not be lost: texts to callers, notifications to
    # the salon. Written before anything is sent; retried with backoff until sent or given up.
    """CREATE TABLE outbox (
        id AUTO_ID,
        key TEXT NOT NULL UNIQUE,
        channel TEXT NOT NULL CHECK (channel IN ('sms', 'email', 'webhook')),
        recipient TEXT NOT NULL,
        subject TEXT,
        body TEXT NOT NULL,
        call_id TEXT,
        message_id INTEGER REFERENCES messages (id),
        notice_id INTEGER REFERENCES caller_notices (id),
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at UTC_TIME NOT NULL,
        last_error TEXT,
        provider_id TEXT,
        created_at UTC_TIME NOT NULL,
        sent_at UTC_TIME,
        given_up_at UTC_TIME
    )""",
    "CREATE INDEX outbox_due ON outbox (sent_at, given_up_at, next_attempt_at)",
    "CREATE INDEX outbox_call ON outbox (call_id)",
)

# The salon of every row written before salons existed (and of a deployment without a tenants
# file): `calendar_adapter.ledger.DEFAULT_SALON`.
_SALON = "salon_id TEXT NOT NULL DEFAULT 'default'"

V9_SALONS: tuple[str, ...] = (
    # Many salons on one ledger: rows a salon owns say whose they are.
    f"ALTER TABLE calls ADD COLUMN {_SALON}",
    "CREATE INDEX calls_salon_started ON calls (salon_id, started_at)",
    f"ALTER TABLE timeline ADD COLUMN {_SALON}",
    "CREATE INDEX timeline_salon_at ON timeline (salon_id, at)",
    f"ALTER TABLE appointments ADD COLUMN {_SALON}",
    # A booking uid is unique in its salon's calendar (two salons may share a Cal.com account).
    "DROP INDEX appointments_booking_uid",
    "CREATE UNIQUE INDEX appointments_booking_uid ON appointments (salon_id, booking_uid) "
    "WHERE booking_uid IS NOT NULL",
    "CREATE INDEX appointments_salon_state_start ON appointments (salon_id, state, start)",
    f"ALTER TABLE release_outbox ADD COLUMN {_SALON}",
    f"ALTER TABLE caller_notices ADD COLUMN {_SALON}",
    f"ALTER TABLE messages ADD COLUMN {_SALON}",
    f"ALTER TABLE outbox ADD COLUMN {_SALON}",
    # The catalog per salon: two salons' calendars (two sandboxes, two Cal.com instances) may use
    # the same user ids, event type ids and service slugs. Services and offerings are rebuilt
    # with keys per salon (a primary key cannot be changed in place on SQLite).
    f"ALTER TABLE stylists ADD COLUMN {_SALON}",
    "CREATE UNIQUE INDEX stylists_salon_calcom_user_id ON stylists (salon_id, calcom_user_id)",
    f"""CREATE TABLE services_v9 (
        {_SALON},
        slug TEXT NOT NULL,
        name TEXT NOT NULL,
        minutes INTEGER NOT NULL CHECK (minutes > 0),
        aliases TEXT NOT NULL DEFAULT '[]',
        PRIMARY KEY (salon_id, slug)
    )""",
    "INSERT INTO services_v9 (slug, name, minutes, aliases) "
    "SELECT slug, name, minutes, aliases FROM services",
    f"""CREATE TABLE offerings_v9 (
        {_SALON},
        event_type_id BIG_INT NOT NULL,
        stylist_user_id BIG_INT NOT NULL,
        service_slug TEXT NOT NULL,
        minutes INTEGER NOT NULL CHECK (minutes > 0),
        title TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (salon_id, event_type_id),
        FOREIGN KEY (salon_id, stylist_user_id) REFERENCES stylists (salon_id, calcom_user_id),
        FOREIGN KEY (salon_id, service_slug) REFERENCES services_v9 (salon_id, slug)
    )""",
    "INSERT INTO offerings_v9 (event_type_id, stylist_user_id, service_slug, minutes, title) "
    "SELECT event_type_id, stylist_user_id, service_slug, minutes, title FROM offerings",
    "DROP TABLE offerings",
    "DROP TABLE services",
    "ALTER TABLE services_v9 RENAME TO services",
    "ALTER TABLE offerings_v9 RENAME TO offerings",
    "CREATE INDEX offerings_stylist ON offerings (salon_id, stylist_user_id)",
    "DROP INDEX stylists_calcom_user_id",
    # A delivery and a done mark are per salon (each salon has its own webhook and dashboard).
    f"""CREATE TABLE webhook_deliveries_v9 (
        {_SALON},
        key TEXT NOT NULL,
        trigger TEXT NOT NULL,
        booking_uid TEXT,
        call_id TEXT NOT NULL,
        outcome TEXT NOT NULL,
        received_at UTC_TIME NOT NULL,
        PRIMARY KEY (salon_id, key)
    )""",
    "INSERT INTO webhook_deliveries_v9 (key, trigger, booking_uid, call_id, outcome, received_at) "
    "SELECT key, trigger, booking_uid, call_id, outcome, received_at FROM webhook_deliveries",
    "DROP TABLE webhook_deliveries",
    "ALTER TABLE webhook_deliveries_v9 RENAME TO webhook_deliveries",
    "CREATE INDEX webhook_deliveries_uid ON webhook_deliveries (salon_id, booking_uid)",
    f"""CREATE TABLE done_marks_v9 (
        {_SALON},
        key TEXT NOT NULL,
        kind TEXT NOT NULL,
        call_id TEXT,
        appointment_id BIG_INT,
        note TEXT NOT NULL DEFAULT '',
        done_at UTC_TIME NOT NULL,
        PRIMARY KEY (salon_id, key)
    )""",
    "INSERT INTO done_marks_v9 (key, kind, call_id, appointment_id, note, done_at) "
    "SELECT key, kind, call_id, appointment_id, note, done_at FROM done_marks",
    "DROP TABLE done_marks",
    "ALTER TABLE done_marks_v9 RENAME TO done_marks",
    # Cal.com's request budget per API key, shared by every worker on the key (one row per
    # key, `budget_key`: a hash, never the key); changed only in one transaction each, on the
    # database's clock (calendar_adapter/budget/ledger_store.py).
    """CREATE TABLE calcom_budget (
        key TEXT PRIMARY KEY,
        remaining INTEGER NOT NULL,
        opened_at UTC_TIME,
        ends_at UTC_TIME
    )""",
    # What our writes and Cal.com's webhooks changed in a key's availability, for the other
    # workers' kept slot answers (calendar_adapter/budget/changes.py); kept for a minute.
    """CREATE TABLE slot_changes (
        id AUTO_ID,
        key TEXT NOT NULL,
        origin TEXT NOT NULL,
        event_type_ids TEXT NOT NULL DEFAULT '',
        host_user_id BIG_INT,
        everywhere INTEGER NOT NULL DEFAULT 0,
        at UTC_TIME NOT NULL
    )""",
    "CREATE INDEX slot_changes_at ON slot_changes (at)",
)

V10_TELNYX_EVENTS: tuple[str, ...] = (
    # Telnyx call-control webhooks, shared by every worker (global, like stream tokens): the
    # event ids seen (a redelivered event is ignored), and the outcome of each hand-over
    # (answered or not), which the worker whose call waits for it may not be the one Telnyx
    # posted to. Both kept a day (`Ledger.first_telnyx_event`).
    """CREATE TABLE telnyx_events (
        event_id TEXT PRIMARY KEY,
        event_type TEXT NOT NULL,
        received_at UTC_TIME NOT NULL
    )""",
    "CREATE INDEX telnyx_events_received ON telnyx_events (received_at)",
    """CREATE TABLE transfer_outcomes (
        transfer_id TEXT PRIMARY KEY,
        call_id TEXT NOT NULL,
        answered INTEGER NOT NULL,
        cause TEXT NOT NULL,
        message_id INTEGER,
        decided_at UTC_TIME NOT NULL
    )""",
    "CREATE INDEX transfer_outcomes_decided ON transfer_outcomes (decided_at)",
)

V11_MOVED_AWAY_STATUS: tuple[str, ...] = (
    # The old row of a move records what Cal.com says of the old booking once it is moved
    # (`status: cancelled`, `booking_outcome.MOVED_AWAY_STATUS`); rows written before that
    # kept the status they had while live. Where the ledger itself shows the move (the row
    # retired `rescheduled`, or a pending original `cancelled` whose move has a booking of its
    # own), the stale live status becomes `cancelled`. Nothing else changes, and running it
    # again changes nothing.
    """UPDATE appointments SET booking_status = 'cancelled'
        WHERE booking_status IN ('accepted', 'pending')
          AND (state = 'rescheduled'
               OR (state = 'cancelled' AND EXISTS (
                   SELECT 1 FROM appointments AS moved
                    WHERE moved.rescheduled_from_id = appointments.id
                      AND moved.booking_uid IS NOT NULL)))""",
)

MIGRATIONS: tuple[tuple[str, ...], ...] = (
    V1_FIRST_SCHEMA,
    V2_CALCOM_IDENTITIES,
    V3_WEBHOOK_DELIVERIES,
    V4_FAULTS,
    V5_DONE_MARKS,
    V6_WORKERS,
    V7_PRIVACY,
    V8_MESSAGES_AND_OUTBOX,
    V9_SALONS,
    V10_TELNYX_EVENTS,
    V11_MOVED_AWAY_STATUS,
)
LATEST_VERSION = len(MIGRATIONS)


class SchemaTooNewError(RuntimeError):
    """The file was written by a newer version of this code; refusing beats corrupting it."""


async def schema_version(conn: aiosqlite.Connection) -> int:
    async with conn.execute("PRAGMA user_version") as cur:
        row = await cur.fetchone()
    return int(row[0]) if row else 0


async def migrate(conn: aiosqlite.Connection, *, target: int | None = None) -> int:
    """Apply the missing migrations up to `target`; returns the resulting version.

    `conn` must be in autocommit mode (isolation_level=None): transactions are explicit here.
    The whole migration is one hop to the connection's thread (`migrate_connection`): its ~100
    statements one after another there, not each a trip through the event loop and back.
    """
    return await in_connection_thread(conn, lambda c: migrate_connection(c, target=target))


def migrate_connection(conn: sqlite3.Connection, *, target: int | None = None) -> int:
    """`migrate` on the sqlite3 connection itself, on the thread that owns it."""
    migrations = MIGRATIONS  # read at the call (a test may replace them)
    latest = len(migrations)
    target = latest if target is None else target
    if target > latest:
        raise ValueError(f"no migration {target}; latest is {latest}")
    current = _user_version(conn)
    if current > latest:
        raise SchemaTooNewError(
            f"ledger schema version {current} is newer than this code ({latest})"
        )
    # SQLite's way to rebuild a table: foreign keys off (only possible outside a transaction),
    # checked by hand before each commit, restored afterwards.
    enforced = bool(conn.execute("PRAGMA foreign_keys").fetchone()[0])
    conn.execute("PRAGMA foreign_keys = OFF")
    try:
        for version in range(current + 1, target + 1):
            conn.execute("BEGIN IMMEDIATE")
            try:
                # Another process may have migrated between our read and our lock.
                if _user_version(conn) >= version:
                    conn.execute("COMMIT")
                    continue
                for statement in migrations[version - 1]:
                    conn.execute(SQLITE.ddl(statement))
                broken = conn.execute("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise RuntimeError(f"migration {version} breaks foreign keys: {broken[:3]}")
                conn.execute(f"PRAGMA user_version = {version}")
                conn.execute("COMMIT")
            except BaseException:
                conn.execute("ROLLBACK")
                raise
    finally:
        conn.execute(f"PRAGMA foreign_keys = {'ON' if enforced else 'OFF'}")
    return _user_version(conn)


def _user_version(conn: sqlite3.Connection) -> int:
    row = conn.execute("PRAGMA user_version").fetchone()
    return int(row[0]) if row else 0
