"""One salon's calendar in a process: Cal.com (or the embedded sandbox) + the ledger + the salon
file. A process serving several salons opens one per salon (`agent.salons.SalonRuntimes`), all on
one ledger (each its salon's view) and one slot-change feed."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from loguru import logger

from .budget import REAL_TIME, BudgetStore, LedgerBudgetStore, SlotChangeFeed, Timebase, gate_for
from .calcom import CalComClient
from .clock import Clock, SystemClock
from .config import (
    DEFAULT_LOST_REQUEST_HORIZON_SECONDS,
    CalendarConfig,
    CalendarConfigSource,
    hold_lengths,
)
from .ledger import DEFAULT_SALON, Ledger, is_postgres_url
from .salon import SalonFile, load_salon
from .upkeep import Upkeep

if TYPE_CHECKING:
    from .sandbox import Sandbox


@dataclass
class CalendarRuntime:
    backend: CalComClient
    ledger: Ledger
    salon: SalonFile
    clock: Clock
    sandbox: Sandbox | None
    hold_minutes: int  # what the keep-alive extends a hold to, and what the caller is told
    first_hold_minutes: int | None = None  # a new reservation's length; None: hold_minutes
    lost_request_horizon: timedelta = timedelta(seconds=DEFAULT_LOST_REQUEST_HORIZON_SECONDS)
    config: CalendarConfig = field(default_factory=CalendarConfig)

    def upkeep(self) -> Upkeep:
        """What the ledger still owes Cal.com (releases, lost requests, fences), for this
        calendar."""
        return Upkeep.of(self)


def default_sandbox_db_path(
    ledger_path: str, *, data_dir: str = "data/ledger.sqlite3", salon_id: str = DEFAULT_SALON
) -> str:
    """The embedded sandbox's database beside a file ledger (beside `data_dir`'s file for a
    PostgreSQL ledger); in memory beside an in-memory one. Each salon's own: `sandbox.sqlite3`
    for the implicit salon, `sandbox-<salon>.sqlite3` for the others."""
    if ledger_path == ":memory:":
        return ":memory:"
    beside = data_dir if is_postgres_url(ledger_path) else ledger_path
    name = "sandbox.sqlite3" if salon_id == DEFAULT_SALON else f"sandbox-{salon_id}.sqlite3"
    return str(Path(beside).with_name(name))


def ledger_is_shared(config: CalendarConfig, ledger: Ledger) -> bool:
    """Several processes use this ledger: serve's workers (`config.shared_ledger`), or any
    PostgreSQL ledger. Then the Cal.com budget and slot changes go through it."""
    return config.shared_ledger or ledger.engine == "postgres"


@asynccontextmanager
async def open_calendar(
    config: CalendarConfig | CalendarConfigSource,
    *,
    clock: Clock | None = None,
    ledger_path: str | None = None,
    sandbox_db_path: str | None = None,
    upkeep: bool = False,
    ledger: Ledger | None = None,
    changes: SlotChangeFeed | None = None,
    budget_store: BudgetStore | None = None,
) -> AsyncIterator[CalendarRuntime]:
    """Open the calendar side for this process and close all of it on exit.

    Without `CALCOM_API_KEY` the embedded Cal.com sandbox is started on loopback and the very
    same client talks to it, so a local run exercises production's code path. The ledger is
    `ledger_path` when given (a file, ":memory:" or a `postgresql://` URL), else LEDGER_URL or
    LEDGER_PATH. The sandbox keeps
    its bookings in `sandbox_db_path`; by default next to a file ledger (`sandbox.sqlite3`), so
    `status` and `reconcile` later see the calendar the ledger speaks of, and in memory when the
    ledger is. `config` is the calendar's configuration, or something that gives it (the
    agent's settings). With `upkeep` (a process serving calls), the calendar's upkeep runs in
    the background every `config.upkeep_seconds` until the calendar is closed.

    `ledger`: an open ledger (a salon's view) to use and leave open, instead of opening one.
    On a shared ledger (`ledger_is_shared`) the key's budget is the ledger's
    (`LedgerBudgetStore`) and kept slot answers follow the other workers' changes through
    `changes` (a process's one feed; opened here when not given). `budget_store`: the process's
    store when the ledger is not shared (its salons on one key share one budget)."""
    if not isinstance(config, CalendarConfig):
        config = config.calendar_config()
    clock = clock or (ledger.clock if ledger is not None else SystemClock())
    salon = load_salon(config.salon_file)
    path = ledger_path if ledger_path is not None else config.ledger_target
    if ledger is not None:
        path = ledger.path if ledger.engine == "sqlite" else config.ledger_target
    if sandbox_db_path is None:
        salon_id = ledger.salon_id if ledger is not None else DEFAULT_SALON
        sandbox_db_path = default_sandbox_db_path(
            path, data_dir=config.ledger_path, salon_id=salon_id
        )
    async with AsyncExitStack() as stack:
        if ledger is None:
            ledger = await Ledger.open(path, clock=clock, pool_size=config.ledger_pool_size)
            logger.info("ledger: {} ({})", ledger.path, ledger.engine)
            stack.push_async_callback(ledger.close)
        shared = ledger_is_shared(config, ledger)
        if shared and changes is None:
            changes = await stack.enter_async_context(
                SlotChangeFeed(ledger, poll_seconds=config.slot_changes_poll_seconds)
            )
        sandbox: Sandbox | None = None
        if config.uses_sandbox:
            from .sandbox import Sandbox

            sandbox = Sandbox(
                salon=salon,
                clock=clock,
                db_path=sandbox_db_path,
                webhook_secret=config.webhook_secret,
            )
            await sandbox.start(host="127.0.0.1", port=0)
            stack.push_async_callback(sandbox.stop)
            logger.info("no CALCOM_API_KEY: using the embedded Cal.com sandbox at {}", sandbox.url)
            if is_postgres_url(path):
                logger.warning(
                    "the ledger is shared (PostgreSQL) but this process embeds a sandbox of its "
                    "own: other processes on this ledger book in other calendars. Set "
                    "CALCOM_API_KEY, or CALCOM_API_KEY=cal_test_sandbox with CALCOM_BASE_URL of "
                    "one `run_agent.py sandbox`"
                )
            base_url, api_key = sandbox.url, sandbox.api_key
        else:
            base_url, api_key = config.base_url, config.api_key
            logger.info("calendar: Cal.com at {}", base_url)

        store = LedgerBudgetStore(ledger) if shared else budget_store
        gate = gate_for(
            config,
            base_url=base_url,
            api_key=api_key,
            store=store,
            # A store of its own counts the calendar clock's minutes (a replay's too); a given
            # or shared store keeps its own time (the database's on a shared ledger).
            timebase=Timebase(monotonic=clock.monotonic) if store is None else REAL_TIME,
        )
        if changes is not None:
            changes.attach(gate)
            stack.callback(changes.detach, gate)
        backend = CalComClient(
            base_url,
            api_key,
            salon=salon,
            timeout=config.timeout_seconds,
            backoff_base=config.retry_backoff_seconds,
            gate=gate,
        )
        stack.push_async_callback(backend.aclose)
        await ledger.sync_catalog(await backend.get_catalog())

        lengths = hold_lengths(config, authenticated=backend.authenticated)
        runtime = CalendarRuntime(
            backend=backend,
            ledger=ledger,
            salon=salon,
            clock=clock,
            sandbox=sandbox,
            hold_minutes=lengths.extend,
            first_hold_minutes=lengths.first,
            lost_request_horizon=timedelta(seconds=config.lost_request_horizon_seconds),
            config=config,
        )
        if upkeep:
            task = asyncio.create_task(runtime.upkeep().run_forever(config.upkeep_seconds))
            stack.push_async_callback(_stop, task)
        yield runtime


async def _stop(task: asyncio.Task) -> None:
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await task
