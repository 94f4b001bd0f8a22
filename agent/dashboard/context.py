"""What every dashboard view reads from: the process's calendar runtime, settings, and the
caches that keep page views from spending Cal.com's rate limit (120 requests a minute)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from agent.calendar_check import Comparison, check
from agent.config import Settings
from agent.dashboard.config import DashboardSettings
from agent.reconcile import ReconcileReport, reconcile
from agent.replay.names import CalendarNames, names_for
from calendar_adapter.ledger import Appointment

CONCURRENT_CHECKS = 4


class Checks:
    """Comparisons with Cal.com (the code `status` runs), each kept `ttl` seconds; a ledger row
    that changed meanwhile is checked again at once."""

    def __init__(self, ttl: float):
        self.ttl = ttl
        self._kept: dict[int, tuple[float, tuple, Comparison]] = {}
        self._limit = asyncio.Semaphore(CONCURRENT_CHECKS)

    async def one(
        self, ctx: DashboardContext, appt: Appointment, names: CalendarNames
    ) -> Comparison:
        version = (appt.state, appt.updated_at, appt.booking_uid)
        kept = self._kept.get(appt.id)
        if kept and kept[1] == version and time.monotonic() - kept[0] < self.ttl:
            return kept[2]
        async with self._limit:
            cmp = await check(ctx.ledger, ctx.backend, appt, names)
        self._kept[appt.id] = (time.monotonic(), version, cmp)
        return cmp

    async def many(
        self, ctx: DashboardContext, appointments: list[Appointment], names: CalendarNames
    ) -> list[Comparison]:
        return list(await asyncio.gather(*(self.one(ctx, a, names) for a in appointments)))


class Reconciler:
    """`reconcile` (agent/reconcile.py) at most every `every` seconds, one run at a time; it
    only ever fixes the ledger where the answer is certain, never Cal.com."""

    def __init__(self, every: float):
        self.every = every
        self.report: ReconcileReport | None = None
        self.ran_at: float | None = None  # monotonic
        self.ran_at_wall: Any = None  # the runtime clock's time of the last run
        self._lock = asyncio.Lock()

    async def latest(self, ctx: DashboardContext, *, force: bool = False) -> ReconcileReport:
        async with self._lock:
            fresh = self.ran_at is not None and time.monotonic() - self.ran_at < self.every
            if self.report is None or force or not fresh:
                names = await ctx.names()
                self.report = await reconcile(ctx.ledger, ctx.backend, names, ctx.clock.now())
                self.ran_at, self.ran_at_wall = time.monotonic(), ctx.clock.now()
            return self.report


@dataclass
class DashboardContext:
    runtime_of: Callable[[], Any]  # the CalendarRuntime, once the server's lifespan opened it
    settings: Settings
    dashboard: DashboardSettings
    # Takes a place under the process's call limit (serve's admission); None: the process is
    # full. Without it (the dashboard on its own) browser calls are not limited.
    admit: Callable[[], Any] | None = None
    checks: Checks = field(init=False)
    reconciler: Reconciler = field(init=False)

    def __post_init__(self) -> None:
        self.checks = Checks(self.dashboard.check_ttl_seconds)
        self.reconciler = Reconciler(self.dashboard.reconcile_every_seconds)

    @property
    def runtime(self) -> Any:
        return self.runtime_of()

    @property
    def ledger(self) -> Any:
        return self.runtime.ledger

    @property
    def backend(self) -> Any:
        return self.runtime.backend

    @property
    def salon(self) -> Any:
        return self.runtime.salon

    @property
    def clock(self) -> Any:
        return self.runtime.clock

    async def names(self) -> CalendarNames:
        return await names_for(self.backend, self.ledger, self.salon)
