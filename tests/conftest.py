"""Shared fixtures: a pinned clock, the embedded Cal.com sandbox over real HTTP, a client on it,
raw HTTP clients on it (with and without the key), and a ledger on each engine. All
function-scoped (no test sees another test's calendar or ledger), but for the one PostgreSQL
server of the session (`tests/pg_server.py`).

Every test that takes `ledger`, `ledger_url` or `shared_ledger_url` runs twice: on SQLite and on
PostgreSQL (a fresh database per test, copied from a migrated template).
`LEDGER_TEST_ENGINES=sqlite` (or `postgres`) runs one engine only.

The suite runs on pytest-xdist workers (pyproject `addopts`), whole modules to one worker (but
the corpus tests in parts, BY_PART, and those in APART). A
"session" here is one worker's: each has its own PostgreSQL server, sandbox ports are the
kernel's (port 0), files belong in `tmp_path`. Modules marked `slow` are scheduled first, the
mostly waiting ones dealt out among them (tests/schedule_order.py).
"""

from __future__ import annotations

import asyncio
import hashlib
import hmac
import json
import os
import sys
from collections.abc import AsyncIterator, Iterator
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import pytest

from calendar_adapter.backend import Reservation
from calendar_adapter.calcom import CalComClient
from calendar_adapter.clock import FixedClock
from calendar_adapter.salon import SalonFile, load_salon
from tests.pg_server import PostgresServer, PostgresUnavailable, required
from tests.schedule_order import dealt

# A test that times out at an instruction without a line number fails like any other instead of
# ending the whole run (tests/line_numbers.py); what collection loads is kept out of the garbage
# collector's full passes (tests/settled_heap.py); the project's modules are byte-compiled once
# before the workers start, not by every process that imports them (tests/compiled_sources.py);
# the test modules' asserts are rewritten once, shared out among the workers
# (tests/rewritten_tests.py); a test that times out never hangs its worker in its asyncio loop
# (tests/hang_guard.py).
pytest_plugins = (
    "tests.hang_guard",
    "tests.line_numbers",
    "tests.settled_heap",
    "tests.compiled_sources",
    "tests.rewritten_tests",
)

# Tuesday 2026-11-24, 09:00 in Berlin: the salon has just opened.
PINNED_NOW = datetime(2026, 11, 24, 8, 0, tzinfo=UTC)
BERLIN = ZoneInfo("Europe/Berlin")


def berlin(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    """A Berlin wall-clock time as the aware UTC instant the calendar seam speaks."""
    return datetime(year, month, day, hour, minute, tzinfo=BERLIN).astimezone(UTC)


# Friday of the pinned week, 10:00 in Berlin: the slot of the incident (Fabian's Dauerwelle).
FRIDAY_10 = berlin(2026, 11, 27, 10, 0)
FRIDAY_10_ISO = "2026-11-27T09:00:00.000Z"  # the same instant as Cal.com writes it


def booking_body(
    event_type_id: int, start: str = FRIDAY_10_ISO, *, attendee: dict | None = None, **extra: Any
) -> dict[str, Any]:
    """A `POST /v2/bookings` body by Anna Becker (e-mail), plus any other fields given."""
    return {
        "eventTypeId": event_type_id,
        "start": start,
        "attendee": attendee
        or {"name": "Anna Becker", "email": "anna@example.com", "timeZone": "Europe/Berlin"},
        **extra,
    }


DELIVERY_WAIT_SECONDS = 10.0


async def record_hold(
    ledger: Any,
    *,
    call_id: str = "call-1",
    uid: str = "res-1",
    event_type_id: int = 1003,
    stylist_user_id: int = 101,
    start: datetime = FRIDAY_10,
    minutes: int = 135,
    caller_phone: str | None = None,
) -> Any:
    """A hold as the tools record it once Cal.com reserved the slot: Fabian's Dauerwelle on
    Friday 10:00 unless told otherwise, reserved at PINNED_NOW for 5 minutes."""
    return await ledger.add_held(
        call_id=call_id,
        reservation=Reservation(
            uid=uid,
            event_type_id=event_type_id,
            slot_start=start,
            slot_end=start + timedelta(minutes=minutes),
            slot_minutes=minutes,
            reservation_minutes=5,
            until=PINNED_NOW + timedelta(minutes=5),
        ),
        stylist_user_id=stylist_user_id,
        service_slug="dauerwelle",
        caller_phone=caller_phone,
    )


class WebhookReceiver:
    """A webhook subscriber on loopback: collects every POST as (lower-cased headers, raw body)."""

    def __init__(self) -> None:
        self.deliveries: asyncio.Queue[tuple[dict[str, str], bytes]] = asyncio.Queue()
        self._server: asyncio.Server | None = None

    async def __aenter__(self) -> WebhookReceiver:
        self._server = await asyncio.start_server(self._handle, "127.0.0.1", 0)
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self._server is not None
        self._server.close()
        await self._server.wait_closed()

    @property
    def url(self) -> str:
        assert self._server is not None
        return f"http://127.0.0.1:{self._server.sockets[0].getsockname()[1]}/hook"

    async def next_signed(self, secret: str) -> dict[str, Any]:
        """The next delivery's JSON, after checking `X-Cal-Signature-256` is the hex
        HMAC-SHA256 of its raw body under `secret` (delivery is asynchronous, as in Cal.com)."""
        headers, raw = await asyncio.wait_for(self.deliveries.get(), DELIVERY_WAIT_SECONDS)
        expected = hmac.new(secret.encode(), raw, hashlib.sha256).hexdigest()
        assert headers.get("x-cal-signature-256") == expected
        return json.loads(raw)

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        head = await reader.readuntil(b"\r\n\r\n")
        lines = head.decode("latin-1").split("\r\n")[1:]
        headers = {
            k.strip().lower(): v.strip() for k, _, v in (ln.partition(":") for ln in lines if ln)
        }
        raw = await reader.readexactly(int(headers.get("content-length", "0")))
        await self.deliveries.put((headers, raw))
        writer.write(b"HTTP/1.1 200 OK\r\ncontent-length: 0\r\nconnection: close\r\n\r\n")
        await writer.drain()
        writer.close()


# Modules whose parametrised tests go to xdist work units by parameter under `--dist loadscope`,
# not as the whole module: the claims corpus in parts (`part`), each part's tests together (they
# share the part's decisions, kept in the worker), so that all workers share the long run
# instead of one worker deciding the whole corpus while the others idle.
BY_PART = ("tests/test_claims_corpus.py",)
# Tests that go together to a unit of their own, apart from the rest of their module: a
# module-scoped fixture only they use (the names corpus's results) is then built on one worker
# while the other builds the module's other one (the days and times corpus's), not both on one.
APART = {
    f"tests/test_understanding_corpus.py::{name}": "names"
    for name in (
        "test_the_names_corpus_is_big_enough",
        "test_no_name_or_service_is_answered_confidently_wrong",
        "test_clear_names_and_services_are_resolved_without_a_question",
    )
}


def pytest_configure(config: pytest.Config) -> None:
    """TEST_CPU_PROFILE=<dir> records CPU and wall time per test and start-up (tests/cpu_profile.py)."""
    from tests.cpu_profile import register

    register(config)


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config: pytest.Config, log: Any) -> Any:
    """`--dist loadscope` (pyproject addopts), but with the BY_PART modules' parametrised tests
    in one scope per parameter and the APART ones as their named scope."""
    if config.getvalue("dist") != "loadscope":
        return None
    from xdist.scheduler import LoadScopeScheduling

    class ModulesAndSpreadTests(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            return _own_unit(nodeid) or super()._split_scope(nodeid)

    return ModulesAndSpreadTests(config, log)


def _own_unit(nodeid: str) -> str | None:
    """The xdist work unit of a test that is not its module's (or class's): a BY_PART part, an
    APART group."""
    test, _, param = nodeid.partition("[")
    module = test.split("::", 1)[0]
    if module in BY_PART and param:
        return f"{module}[{param}"
    if test in APART:
        return f"{module}::{APART[test]}"
    return None


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Modules marked `slow` (subprocesses, real-time audio: tens of seconds) go first, so that
    a parallel run does not end with one worker still busy with one of them; the computing ones
    (the corpora's parts) dealt out with the mostly waiting ones spread among them
    (tests/schedule_order.py), so that the waiting ones do not hold all workers at once."""
    items[:] = dealt(
        items,
        unit=lambda item: _own_unit(item.nodeid) or item.nodeid.split("::", 1)[0],
        first=lambda item: item.get_closest_marker("slow") is not None,
    )


def pytest_runtest_setup(item: pytest.Item) -> None:
    """pipecat's `run_test` gives its pipeline one second of wall clock to start
    (`start_timeout`): on a loaded machine (load 20) tests that check nothing about starting
    failed with its TimeoutError. In tests it waits for the start itself, however long the
    machine takes; the suite's timeout bounds it (tests/hang_guard.py ends what hangs). Set
    before each test, once pipecat's test helpers are imported (a test may import them late)."""
    utils = sys.modules.get("pipecat.tests.utils")
    if utils is not None:
        utils.run_test.__kwdefaults__["start_timeout"] = None


@pytest.fixture
def salon() -> SalonFile:
    return load_salon()


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(PINNED_NOW)


@pytest.fixture
async def sandbox(clock: FixedClock, salon: SalonFile) -> AsyncIterator:
    from calendar_adapter.sandbox import Sandbox

    sb = Sandbox(salon=salon, clock=clock, rate_limit_per_minute=10_000)
    await sb.start(host="127.0.0.1", port=0)
    try:
        yield sb
    finally:
        await sb.stop()


@pytest.fixture
async def calendar(sandbox, salon: SalonFile) -> AsyncIterator[CalComClient]:
    client = CalComClient(sandbox.url, sandbox.api_key, salon=salon, timeout=5.0, backoff_base=0.01)
    try:
        yield client
    finally:
        await client.aclose()


@pytest.fixture
async def api(sandbox) -> AsyncIterator[httpx.AsyncClient]:
    """Raw HTTP on the sandbox with its API key, for what the client does not show."""
    async with httpx.AsyncClient(
        base_url=sandbox.url, headers={"Authorization": f"Bearer {sandbox.api_key}"}
    ) as client:
        yield client


@pytest.fixture
async def anon(sandbox) -> AsyncIterator[httpx.AsyncClient]:
    """Raw HTTP on the sandbox without a key (a public booking page)."""
    async with httpx.AsyncClient(base_url=sandbox.url) as client:
        yield client


LEDGER_ENGINES = tuple(
    e.strip() for e in os.environ.get("LEDGER_TEST_ENGINES", "sqlite,postgres").split(",") if e
)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    """The session's PostgreSQL server; skipped (with the reason) where none can run, failed
    instead under CI=true or REQUIRE_POSTGRES=1."""
    try:
        server = PostgresServer().start()
    except PostgresUnavailable as exc:
        if required():
            pytest.fail(f"PostgreSQL is required here (CI=true or REQUIRE_POSTGRES=1): {exc}")
        pytest.skip(f"PostgreSQL ledger runs skipped: {exc}")
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def ledger_template(postgres_server: PostgresServer) -> str:
    """A database migrated to the latest schema once; copied for tests that need their own."""
    from calendar_adapter.ledger import Ledger

    name = postgres_server.create_database(prefix="ledger_template")

    async def migrate() -> None:
        await (await Ledger.open(postgres_server.url(name), pool_size=1)).close()

    asyncio.run(migrate())
    return name


@pytest.fixture(scope="session")
def recycled_postgres_ledger(postgres_server: PostgresServer, ledger_template: str) -> str:
    """One migrated database that `ledger_url` empties before each test (faster than a copy)."""
    return postgres_server.create_database(template=ledger_template, prefix="ledger")


@pytest.fixture
def fresh_postgres_url(postgres_server: PostgresServer) -> Iterator[str]:
    """An empty database (nothing migrated), dropped after the test."""
    name = postgres_server.create_database(prefix="empty")
    try:
        yield postgres_server.url(name)
    finally:
        postgres_server.drop_database(name)


@pytest.fixture(params=LEDGER_ENGINES)
def ledger_url(request: pytest.FixtureRequest) -> str:
    """Where a test's own ledger lives: SQLite in memory, or PostgreSQL emptied for this test
    (every table truncated, identities restarted)."""
    if request.param == "sqlite":
        return ":memory:"
    server: PostgresServer = request.getfixturevalue("postgres_server")
    name = request.getfixturevalue("recycled_postgres_ledger")
    server.truncate_all(name)
    return server.url(name)


@pytest.fixture(params=LEDGER_ENGINES)
def shared_ledger_url(request: pytest.FixtureRequest, tmp_path) -> Iterator[str]:
    """A ledger several `Ledger.open`s (or processes) share: a SQLite file, or a PostgreSQL
    database of its own (dropped afterwards)."""
    if request.param == "sqlite":
        yield str(tmp_path / "ledger.sqlite3")
        return
    server: PostgresServer = request.getfixturevalue("postgres_server")
    name = server.create_database(template=request.getfixturevalue("ledger_template"))
    try:
        yield server.url(name)
    finally:
        server.drop_database(name)


@pytest.fixture
async def two_ledgers(shared_ledger_url: str, clock: FixedClock) -> AsyncIterator:
    """Two workers' own connections to one ledger (a call's and a webhook's, say)."""
    from calendar_adapter.ledger import Ledger

    a = await Ledger.open(shared_ledger_url, clock=clock)
    b = await Ledger.open(shared_ledger_url, clock=clock)
    try:
        yield a, b
    finally:
        await a.close()
        await b.close()


@pytest.fixture
async def ledger(clock: FixedClock, ledger_url: str) -> AsyncIterator:
    from calendar_adapter.ledger import Ledger

    led = await Ledger.open(ledger_url, clock=clock)
    try:
        yield led
    finally:
        await led.close()
