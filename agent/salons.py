"""Every salon's calendar in one process: opened on first use, kept until the process stops.

One ledger for all (each salon's runtime has its salon's view, `Ledger.for_salon`), one
slot-change feed when the ledger is shared, and per salon its own `CalendarRuntime`: its own
Cal.com client on its own key, budget and kept slot answers (or an embedded sandbox of its own,
without a key), its own upkeep, recovery and message sender. A salon whose calendar cannot be
opened is refused (`SalonUnavailable`) and tried again on its next call; the others go on.

A salon is opened on its first call, webhook or dashboard visit, and, so that its recovery never
waits for a call, whenever the ledger shows it has work left (`open_those_with_work`: open calls
of a worker that died, holds, lost requests, releases or texts not done).
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable, Mapping
from contextlib import AsyncExitStack
from dataclasses import replace
from typing import Any

from loguru import logger

from agent.tenants import Tenant, Tenants
from calendar_adapter.budget import InProcessBudgetStore, SlotChangeFeed
from calendar_adapter.clock import Clock
from calendar_adapter.ledger import Appointment, Ledger, PendingRelease
from calendar_adapter.runtime import CalendarRuntime, ledger_is_shared, open_calendar

# What a process does with a salon's calendar once it is open (serve: recovery, the sender),
# entering what must stop with it into the stack.
Prepare = Callable[[Tenant, CalendarRuntime, AsyncExitStack], Awaitable[None]]


class SalonUnavailable(RuntimeError):
    """A salon's calendar cannot be opened now (unknown salon, Cal.com unreachable, ...)."""


class SalonRuntimes:
    """The calendar runtimes of a process's salons, by salon id."""

    def __init__(
        self,
        tenants: Tenants,
        *,
        clock: Clock | None = None,
        upkeep: bool = False,
        shared_ledger: bool = False,
        prepare: Prepare | None = None,
        sandboxes: Mapping[str, tuple[str, str]] | None = None,
        ledger_target: str | None = None,
    ):
        """`shared_ledger`: other processes use this ledger (serve's workers). `sandboxes`:
        salon id -> (URL, key) of the sandbox `serve` runs for its workers (salons without a
        Cal.com key). `ledger_target`: a ledger other than the settings' (commands)."""
        self.tenants = tenants
        self._clock = clock
        self._upkeep = upkeep
        self._shared = shared_ledger
        self._prepare = prepare
        self._sandboxes = dict(sandboxes or {})
        self._target = ledger_target
        self._ledger: Ledger | None = None
        self._feed: SlotChangeFeed | None = None
        # Salons on one Cal.com key share its budget: the ledger's when it is shared, else
        # this one (a store keeps each key's row apart).
        self._budget = InProcessBudgetStore()
        self._ready: dict[str, CalendarRuntime] = {}
        self._opening: dict[str, asyncio.Future[CalendarRuntime]] = {}
        self._stacks: dict[str, AsyncExitStack] = {}
        self._own = AsyncExitStack()
        self._unknown: set[str] = set()  # salons with work in the ledger but not listed (warned)

    @classmethod
    def of_runtime(cls, tenants: Tenants, runtime: CalendarRuntime) -> SalonRuntimes:
        """The implicit salon's runtime, handed in open (tests, benchmarks) and left open."""
        salons = cls(tenants)
        salons._ledger = runtime.ledger
        for tenant in tenants:
            salons._ready[tenant.id] = runtime
        return salons

    # -- the process's ledger ---------------------------------------------------------------------

    async def __aenter__(self) -> SalonRuntimes:
        if self._ledger is None:
            first = next(iter(self.tenants))
            config = first.settings.calendar_config()
            target = self._target or config.ledger_target
            self._ledger = await Ledger.open(
                target, clock=self._clock, pool_size=config.ledger_pool_size
            )
            self._own.push_async_callback(self._ledger.close)
            logger.info("ledger: {} ({})", self._ledger.path, self._ledger.engine)
            shared = ledger_is_shared(replace(config, shared_ledger=self._shared), self._ledger)
            self._feed = await self._own.enter_async_context(
                SlotChangeFeed(
                    self._ledger,
                    poll_seconds=config.slot_changes_poll_seconds,
                    local_only=not shared,
                )
            )
        return self

    async def __aexit__(self, *exc: object) -> None:
        for future in self._opening.values():
            future.cancel()
        for future in list(self._opening.values()):
            with contextlib.suppress(BaseException):
                await future
        for salon_id in reversed(list(self._stacks)):
            try:
                await self._stacks.pop(salon_id).aclose()
            except Exception:
                logger.exception(f"salon {salon_id}: closing its calendar failed")
        self._ready.clear()
        await self._own.aclose()

    @property
    def ledger(self) -> Ledger:
        """The process's ledger (the implicit salon's view): what workers share lives there."""
        assert self._ledger is not None, "SalonRuntimes is not open"
        return self._ledger

    def view(self, salon_id: str) -> Ledger:
        """Salon `salon_id`'s view of the ledger (no calendar needed)."""
        return self.ledger.for_salon(salon_id)

    # -- salons' calendars --------------------------------------------------------------------------

    def ready(self, salon_id: str) -> CalendarRuntime | None:
        """The salon's runtime when it is open, without opening it."""
        return self._ready.get(salon_id)

    @property
    def opened(self) -> dict[str, CalendarRuntime]:
        return dict(self._ready)

    async def runtime(self, salon_id: str) -> CalendarRuntime:
        """The salon's runtime, opened once (callers arriving meanwhile wait for that one)."""
        found = self._ready.get(salon_id)
        if found is not None:
            return found
        tenant = self.tenants.get(salon_id)
        if tenant is None:
            raise SalonUnavailable(f"no salon {salon_id!r} in this deployment")
        future = self._opening.get(salon_id)
        if future is None:
            future = asyncio.ensure_future(self._open(tenant))
            future.add_done_callback(lambda f: _read(f))
            self._opening[salon_id] = future
        try:
            return await asyncio.shield(future)
        finally:
            if future.done() and self._opening.get(salon_id) is future:
                del self._opening[salon_id]

    async def _open(self, tenant: Tenant) -> CalendarRuntime:
        config = replace(tenant.settings.calendar_config(), shared_ledger=self._shared)
        if tenant.id in self._sandboxes:
            url, key = self._sandboxes[tenant.id]
            config = replace(config, api_key=key, base_url=url)
        stack = AsyncExitStack()
        try:
            runtime = await stack.enter_async_context(
                open_calendar(
                    config,
                    clock=self._clock,
                    ledger=self.view(tenant.id),
                    changes=self._feed,
                    budget_store=self._budget,
                    upkeep=self._upkeep,
                )
            )
            if self._prepare is not None:
                await self._prepare(tenant, runtime, stack)
        except Exception as exc:
            await stack.aclose()
            why = str(exc).strip().splitlines()[-1] if str(exc).strip() else ""
            logger.error(
                f"salon {tenant.id}: its calendar could not be opened "
                f"({type(exc).__name__}{': ' + why if why else ''}); asked again when needed"
            )
            raise SalonUnavailable(f"salon {tenant.id}: calendar not available") from exc
        except BaseException:
            await stack.aclose()
            raise
        self._stacks[tenant.id] = stack
        self._ready[tenant.id] = runtime
        if not self.tenants.is_implicit:
            logger.info(f"salon {tenant.id}: calendar open")
        return runtime

    async def open_those_with_work(self) -> list[str]:
        """Open every salon the ledger shows work for (its upkeep and recovery then do it);
        the salons opened now."""
        opened = []
        for salon_id in await self.ledger.salons_with_open_work_all_salons():
            if salon_id in self._ready:
                continue
            if self.tenants.get(salon_id) is None:
                if salon_id not in self._unknown:
                    self._unknown.add(salon_id)
                    logger.warning(
                        f"salons: the ledger has open work of salon {salon_id!r}, which is not "
                        "in this deployment's tenants file; nobody looks after it"
                    )
                continue
            with contextlib.suppress(SalonUnavailable):
                await self.runtime(salon_id)
                opened.append(salon_id)
        return opened

    async def sweep_forever(self, every: float) -> None:
        """`open_those_with_work` now and every `every` seconds until cancelled."""
        while True:
            try:
                await self.open_those_with_work()
            except asyncio.CancelledError:
                raise
            except Exception:
                logger.exception("salons: looking for salons with work left failed")
            await asyncio.sleep(every)

    async def salon_ids(self) -> list[str]:
        """Every salon of the deployment and every salon the ledger has rows of (purge)."""
        known = set(self.tenants.ids) | set(await self.ledger.salon_ids_all_salons())
        return sorted(known)

    def every_salon(self) -> EverySalon:
        return EverySalon([self.view(t.id) for t in self.tenants])


class EverySalon:
    """The process's gauges over every salon's rows (`/metrics`)."""

    def __init__(self, views: list[Ledger]):
        self._views = views

    async def non_final(self) -> list[Appointment]:
        return [row for view in self._views for row in await view.non_final()]

    async def pending_releases(self) -> list[PendingRelease]:
        return [row for view in self._views for row in await view.pending_releases()]


def _read(future: asyncio.Future[Any]) -> None:
    """An opening nobody waits for any more may still fail: read its error."""
    if not future.cancelled():
        future.exception()
