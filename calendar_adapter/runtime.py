"""One calendar per process: Cal.com (or the embedded sandbox) + the ledger + the salon file."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import AsyncExitStack, asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from loguru import logger

from .calcom import CalComClient
from .clock import Clock, SystemClock
from .ledger import Ledger
from .salon import SalonFile, load_salon

if TYPE_CHECKING:
    from agent.config import Settings

    from .sandbox import Sandbox


@dataclass
class CalendarRuntime:
    backend: CalComClient
    ledger: Ledger
    salon: SalonFile
    clock: Clock
    sandbox: Sandbox | None
    hold_minutes: int


def default_sandbox_db_path(ledger_path: str) -> str:
    """The embedded sandbox's database beside a file ledger; in memory beside an in-memory one."""
    if ledger_path == ":memory:":
        return ":memory:"
    return str(Path(ledger_path).with_name("sandbox.sqlite3"))


@asynccontextmanager
async def open_calendar(
    settings: Settings,
    *,
    clock: Clock | None = None,
    ledger_path: str | None = None,
    sandbox_db_path: str | None = None,
) -> AsyncIterator[CalendarRuntime]:
    """Open the calendar side for this process and close all of it on exit.

    Without `CALCOM_API_KEY` the embedded Cal.com sandbox is started on loopback and the very
    same client talks to it, so a local run exercises production's code path. The sandbox keeps
    its bookings in `sandbox_db_path`; by default next to a file ledger (`sandbox.sqlite3`), so
    `status` and `reconcile` later see the calendar the ledger speaks of, and in memory when the
    ledger is."""
    clock = clock or SystemClock()
    salon = load_salon(settings.salon_file)
    path = ledger_path if ledger_path is not None else str(settings.ledger_path)
    if sandbox_db_path is None:
        sandbox_db_path = default_sandbox_db_path(path)
    async with AsyncExitStack() as stack:
        sandbox: Sandbox | None = None
        if settings.uses_sandbox:
            from .sandbox import Sandbox

            secret = settings.calcom_webhook_secret
            if sandbox_db_path != ":memory:":
                Path(sandbox_db_path).parent.mkdir(parents=True, exist_ok=True)
            sandbox = Sandbox(
                salon=salon,
                clock=clock,
                db_path=sandbox_db_path,
                webhook_secret=secret.get_secret_value() if secret else None,
            )
            await sandbox.start(host="127.0.0.1", port=0)
            stack.push_async_callback(sandbox.stop)
            logger.info("no CALCOM_API_KEY: using the embedded Cal.com sandbox at {}", sandbox.url)
            base_url, api_key = sandbox.url, sandbox.api_key
        else:
            assert settings.calcom_api_key is not None
            base_url = settings.calcom_base_url
            api_key = settings.calcom_api_key.get_secret_value()
            logger.info("calendar: Cal.com at {}", base_url)

        backend = CalComClient(
            base_url,
            api_key,
            salon=salon,
            timeout=settings.calcom_timeout_seconds,
            backoff_base=settings.calcom_retry_backoff_seconds,
        )
        stack.push_async_callback(backend.aclose)

        if path != ":memory:":
            Path(path).parent.mkdir(parents=True, exist_ok=True)
        ledger = await Ledger.open(path, clock=clock)
        stack.push_async_callback(ledger.close)
        await ledger.sync_catalog(await backend.get_catalog())

        yield CalendarRuntime(
            backend=backend,
            ledger=ledger,
            salon=salon,
            clock=clock,
            sandbox=sandbox,
            hold_minutes=settings.effective_hold_minutes(authenticated=backend.authenticated),
        )
