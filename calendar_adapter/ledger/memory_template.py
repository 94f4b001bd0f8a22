"""A ":memory:" ledger starts as a copy of one migrated once per process.

Migrating an empty database runs every migration's ~100 statements (tables built, rebuilt and
renamed); a throwaway ledger (the tests', a console's, a replay's) paid that, ~11 ms of SQLite's
work, at every open. The schema they reach is always the same, so it is built once per process,
by the same `migrate_connection` a file goes through, on a database of its own, and each new
":memory:" database is a page-for-page copy of it (SQLite's backup API: the tables, indexes,
`sqlite_sequence` and `user_version` alike). A connection's own settings (`foreign_keys`,
`busy_timeout`) are not in the copy: each connection keeps those it set. The copy is kept only
for the migrations it was built from: if `schema.MIGRATIONS` is another tuple (a test replaces
it), the template is built again. Files are migrated in place, as always.
"""

from __future__ import annotations

import sqlite3
import threading

from . import schema

_lock = threading.Lock()
_template: tuple[tuple[tuple[str, ...], ...], sqlite3.Connection] | None = None


def copy_migrated_into(target: sqlite3.Connection) -> int:
    """Make the empty database of `target` a migrated one (on `target`'s thread); returns its
    schema version, as `migrate` does."""
    with _lock:  # one copy at a time: the template is shared by every connection's thread
        source = _migrated()
        source.backup(target)
    return int(target.execute("PRAGMA user_version").fetchone()[0])


def _migrated() -> sqlite3.Connection:
    global _template
    migrations = schema.MIGRATIONS
    if _template is None or _template[0] is not migrations:
        conn = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=False)
        try:
            conn.execute("PRAGMA foreign_keys = ON")  # as the ledger's connections migrate
            schema.migrate_connection(conn)
        except BaseException:
            conn.close()
            raise
        if _template is not None:
            _template[1].close()
        _template = (migrations, conn)
    return _template[1]
