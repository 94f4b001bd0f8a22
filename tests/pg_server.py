"""A throwaway PostgreSQL server for the tests: `initdb` + `pg_ctl` in a temporary directory, on a
free loopback port, stopped and deleted at the end of the session. A real server, not a mock.
Under pytest-xdist every worker process has a session of its own, hence a server of its own
(its own directory, socket and port: a port another worker took first is replaced by a new one).

The binaries are Debian's `postgresql` package (`scripts/install-system-deps.sh` installs it when
missing), found through `PG_BINDIR`, `pg_ctl` on the PATH, or /usr/lib/postgresql/*/bin. The
server refuses to run as root, so as root it runs as the `postgres` user (or `nobody`).

Without the binaries the PostgreSQL runs are skipped with the reason; with `CI=true` or
`REQUIRE_POSTGRES=1` that is a failure instead.
"""

from __future__ import annotations

import contextlib
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path
from typing import Any

PORT_ATTEMPTS = 5
INSTALL_HINT = "install it with: bash scripts/install-system-deps.sh (Debian package postgresql)"


# The tables (but the schema version) a test may have changed since the last truncation: with a
# page written (a row, even one deleted or rolled back since), or an identity or serial sequence
# drawn (`last_value` is NULL until a sequence is read after a restart).
_WRITTEN_TABLES = """
SELECT t.tablename
FROM pg_tables t
JOIN pg_class c ON c.oid = format('%I.%I', t.schemaname, t.tablename)::regclass
WHERE t.schemaname = 'public' AND t.tablename <> 'ledger_schema'
  AND (
    pg_relation_size(c.oid) > 0
    OR EXISTS (
      SELECT 1
      FROM pg_depend d
      JOIN pg_class q ON q.oid = d.objid AND q.relkind = 'S'
      JOIN pg_sequences s ON s.schemaname = t.schemaname AND s.sequencename = q.relname
      WHERE d.classid = 'pg_class'::regclass AND d.refobjid = c.oid AND s.last_value IS NOT NULL
    )
  )
"""


class PostgresUnavailable(RuntimeError):
    """No PostgreSQL server can be started here (and why)."""


def required() -> bool:
    """CI and REQUIRE_POSTGRES=1 fail instead of skipping the PostgreSQL runs."""
    return os.environ.get("CI", "").lower() == "true" or os.environ.get("REQUIRE_POSTGRES") == "1"


def find_bindir() -> Path:
    candidates: list[Path] = []
    if os.environ.get("PG_BINDIR"):
        candidates.append(Path(os.environ["PG_BINDIR"]))
    on_path = shutil.which("pg_ctl")
    if on_path:
        candidates.append(Path(on_path).parent)

    def version(path: Path) -> tuple[int, ...]:
        try:
            return (int(path.parent.name),)
        except ValueError:
            return (0,)

    candidates += sorted(Path("/usr/lib/postgresql").glob("*/bin"), key=version, reverse=True)
    for directory in candidates:
        if (directory / "initdb").exists() and (directory / "pg_ctl").exists():
            return directory
    raise PostgresUnavailable(
        f"PostgreSQL server binaries (initdb, pg_ctl) not found; {INSTALL_HINT}"
    )


def _run_as() -> str | None:
    """The account the server runs under when we are root."""
    if os.geteuid() != 0:
        return None
    for name in ("postgres", "nobody"):
        with contextlib.suppress(KeyError):
            pwd.getpwnam(name)
            return name
    raise PostgresUnavailable("running as root and neither a 'postgres' nor a 'nobody' account")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class PostgresServer:
    """One cluster for a test session; `database()` hands out fresh databases on it."""

    def __init__(self) -> None:
        self.bindir = find_bindir()
        self.user = _run_as()
        self.dir = Path(tempfile.mkdtemp(prefix="ledger-pg-"))
        self.data = self.dir / "data"
        self.port = free_port()
        self.log = self.dir / "server.log"
        self._names = itertools.count(1)
        self._started = False
        self._emptiers: dict[str, Any] = {}  # database -> the connection `truncate_all` keeps

    def _cmd(self, *args: str) -> list[str]:
        return ["runuser", "-u", self.user, "--", *args] if self.user else list(args)

    def _run(self, *args: str) -> None:
        done = subprocess.run(self._cmd(*args), capture_output=True, text=True, timeout=120)
        if done.returncode != 0:
            raise PostgresUnavailable(
                f"{Path(args[0]).name} failed ({done.returncode}): {done.stderr.strip()[-800:]}"
            )

    def start(self) -> PostgresServer:
        if self.user:
            ids = pwd.getpwnam(self.user)
            os.chown(self.dir, ids.pw_uid, ids.pw_gid)
        self._run(
            str(self.bindir / "initdb"),
            "-D",
            str(self.data),
            "-A",
            "trust",
            "-U",
            "postgres",
            "-E",
            "UTF8",
            "--no-sync",
        )
        for attempt in range(PORT_ATTEMPTS):
            try:
                self._pg_ctl_start()
                break
            except PostgresUnavailable:
                if attempt + 1 == PORT_ATTEMPTS or not self._port_was_taken():
                    raise
                self.port = free_port()  # another process (a parallel test worker) got there first
        self._started = True
        return self

    def _pg_ctl_start(self) -> None:
        self.log.unlink(missing_ok=True)  # pg_ctl appends: only this attempt's lines
        options = (
            f"-p {self.port} -h 127.0.0.1 -k {self.dir} -F "
            "-c max_connections=300 -c synchronous_commit=off -c full_page_writes=off"
        )
        self._run(
            str(self.bindir / "pg_ctl"),
            "-D",
            str(self.data),
            "-o",
            options,
            "-l",
            str(self.log),
            "-w",
            "-t",
            "60",
            "start",
        )

    def _port_was_taken(self) -> bool:
        try:
            return "could not bind" in self.log.read_text(errors="replace")
        except OSError:
            return False

    def stop(self) -> None:
        for database in list(self._emptiers):
            self._forget_emptier(database)
        if self._started:
            with contextlib.suppress(PostgresUnavailable, subprocess.TimeoutExpired):
                self._run(
                    str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop"
                )
            self._started = False
        shutil.rmtree(self.dir, ignore_errors=True)

    def url(self, database: str = "postgres") -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/{database}"

    def admin(self, sql: str) -> None:
        """One statement as the superuser, outside a transaction (CREATE/DROP DATABASE)."""
        import psycopg

        with psycopg.connect(self.url(), autocommit=True) as conn:
            conn.execute(sql)

    def create_database(self, *, template: str | None = None, prefix: str = "t") -> str:
        name = f"{prefix}_{next(self._names)}"
        using = f" TEMPLATE {template}" if template else ""
        self.admin(f"CREATE DATABASE {name}{using}")
        return name

    def truncate_all(self, database: str) -> None:
        """Empty every table but the schema version, identities from 1 again: every table the
        last test wrote to (or whose identity it drew) is truncated, the others left as they
        are, since they are as a truncation leaves them (no page written since the last one,
        identity not drawn). A TRUNCATE makes new files for each table and index, ~1 ms of the
        server's CPU a table; most tests write to a few of the ledger's 18. One connection per
        database is kept for this (idle between tests, outside any transaction): a new one is a
        new server process, ~10 ms of the server's CPU before each test."""
        import psycopg

        conn = self._emptier(database)
        try:
            self._empty(conn)
        except psycopg.OperationalError:
            if not conn.broken:  # a lock not granted in time, say: as it is
                raise
            self._forget_emptier(database)  # the kept connection broke: once more on a new one
            self._empty(self._emptier(database))

    @staticmethod
    def _empty(conn: Any) -> None:
        rows = conn.execute(_WRITTEN_TABLES).fetchall()
        if rows:
            tables = ", ".join(f'"{name}"' for (name,) in rows)
            conn.execute(f"TRUNCATE {tables} RESTART IDENTITY CASCADE")

    def _emptier(self, database: str) -> Any:
        import psycopg

        conn = self._emptiers.get(database)
        if conn is None or conn.closed:
            conn = psycopg.connect(self.url(database), autocommit=True)
            conn.execute("SET lock_timeout = '10s'")
            self._emptiers[database] = conn
        return conn

    def _forget_emptier(self, database: str) -> None:
        conn = self._emptiers.pop(database, None)
        if conn is not None:
            with contextlib.suppress(Exception):  # a broken connection has nothing to close
                conn.close()

    def drop_database(self, name: str) -> None:
        self._forget_emptier(name)
        self.admin(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
