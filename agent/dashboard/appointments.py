"""Today and upcoming: the appointments the agent booked, moved or cancelled, each with its
verdict against Cal.com from the code `status` runs (`agent.calendar_check.check`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from agent.calendar_check import Comparison, Verdict, headline
from agent.dashboard.context import DashboardContext
from calendar_adapter.ledger import Appointment, AppointmentState

S = AppointmentState
# Holds let go and bookings that never happened are no appointments.
NOT_APPOINTMENTS = frozenset({S.RELEASED, S.EXPIRED, S.FAILED})
HORIZON = timedelta(days=60)


@dataclass(frozen=True)
class AppointmentView:
    appointment: Appointment
    comparison: Comparison
    headline: Verdict
    service: str
    stylist: str
    local_start: datetime

    @property
    def agrees(self) -> bool:
        return self.comparison.agrees


def salon_day_bounds(day: date, ctx: DashboardContext) -> tuple[datetime, datetime]:
    start = datetime.combine(day, time(0), tzinfo=ctx.salon.tz)
    return start, start + timedelta(days=1)


def today(ctx: DashboardContext) -> date:
    return ctx.clock.now().astimezone(ctx.salon.tz).date()


async def upcoming(
    ctx: DashboardContext, *, day: date | None = None, stylist_user_id: int | None = None
) -> list[AppointmentView]:
    """From today 00:00 (salon time) on, or only `day`; only `stylist_user_id`'s if given."""
    if day is not None:
        start, end = salon_day_bounds(day, ctx)
    else:
        start = salon_day_bounds(today(ctx), ctx)[0]
        end = start + HORIZON
    rows = [
        a
        for a in await ctx.ledger.appointments_starting_between(start, end)
        if S(a.state) not in NOT_APPOINTMENTS
        and (stylist_user_id is None or a.stylist_user_id == stylist_user_id)
    ]
    return await _views(ctx, rows)


async def for_call(ctx: DashboardContext, call_id: str) -> list[AppointmentView]:
    """Every appointment row of one call (failed and released ones too: the call's story)."""
    return await _views(ctx, await ctx.ledger.appointments_for_call(call_id))


async def _views(ctx: DashboardContext, rows: list[Appointment]) -> list[AppointmentView]:
    names = await ctx.names()
    comparisons = await ctx.checks.many(ctx, rows, names)
    return [
        AppointmentView(
            appointment=a,
            comparison=cmp,
            headline=headline(cmp),
            service=names.service_name(a.service_slug),
            stylist=names.stylist_name(a.stylist_user_id),
            local_start=a.start.astimezone(ctx.salon.tz),
        )
        for a, cmp in zip(rows, comparisons, strict=True)
    ]
