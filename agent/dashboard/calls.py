"""The calls list: time, masked number, duration, outcome."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta

from agent.dashboard.context import DashboardContext
from agent.dashboard.outcomes import call_outcomes
from calendar_adapter.ledger import CallRow, TimelineEvent
from calendar_adapter.privacy import mask_phone


@dataclass(frozen=True)
class CallView:
    call: CallRow
    local_start: datetime
    number: str  # masked
    seconds: float | None  # None while running
    outcomes: list[str]


def duration(call: CallRow) -> float | None:
    return (call.ended_at - call.started_at).total_seconds() if call.ended_at else None


async def calls_between(ctx: DashboardContext, start: datetime, end: datetime) -> list[CallView]:
    """Calls begun in [start, end), newest first, each with its outcome."""
    calls = await ctx.ledger.calls_started_between(start, end)
    # tool results of these calls are stamped after their start (a call may run past `end`)
    results: dict[str, list[TimelineEvent]] = defaultdict(list)
    for e in await ctx.ledger.timeline_between(start, end + timedelta(days=1), ["tool_result"]):
        results[e.call_id].append(e)
    views = []
    for call in calls:
        tags = call_outcomes(results[call.call_id], [])
        if {"open", "requested"} & set(tags):  # settled since, or declined by the salon?
            rows = await ctx.ledger.appointments_for_call(call.call_id)
            tags = call_outcomes(results[call.call_id], rows)
        views.append(
            CallView(
                call=call,
                local_start=call.started_at.astimezone(ctx.salon.tz),
                number=mask_phone(call.caller_phone),
                seconds=duration(call),
                outcomes=tags,
            )
        )
    return views
