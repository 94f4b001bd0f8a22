"""Numbers at a glance, from the ledger: calls per day, share booked, call length, turn latency,
and usage per call where the call recorded usage metrics (`usage` timeline events)."""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from agent.dashboard.calls import CallView, calls_between
from agent.dashboard.config import DashboardSettings
from agent.dashboard.context import DashboardContext
from agent.dashboard.outcomes import booked
from calendar_adapter.ledger import TimelineEvent

# Timeline kinds written by agent.call_metrics when a call records pipecat's metrics.
LATENCY_KIND, USAGE_KIND = "turn_latency", "usage"


@dataclass(frozen=True)
class Day:
    day: date
    calls: int
    booked: int
    avg_seconds: float | None


@dataclass(frozen=True)
class CallUsage:
    call: CallView
    stt_seconds: float
    llm_tokens: int
    tts_characters: int
    cost: float | None


@dataclass
class Numbers:
    days: list[Day]
    calls: int
    booked: int
    avg_seconds: float | None
    latency_source: str | None  # "measured" | "timeline" | None (no turns)
    latencies: list[float] = field(default_factory=list)
    usage: list[CallUsage] = field(default_factory=list)

    @property
    def booked_share(self) -> float | None:
        return self.booked / self.calls if self.calls else None

    @property
    def p50(self) -> float | None:
        return percentile(self.latencies, 0.50)

    @property
    def p95(self) -> float | None:
        return percentile(self.latencies, 0.95)


def percentile(values: list[float], p: float) -> float | None:
    """Nearest rank: the smallest value with at least `p` of the values at or below it."""
    if not values:
        return None
    ordered = sorted(values)
    return ordered[max(0, math.ceil(p * len(ordered)) - 1)]


def mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


async def numbers(ctx: DashboardContext, days: int = 14) -> Numbers:
    tz = ctx.salon.tz
    last = ctx.clock.now().astimezone(tz).date()
    first = last - timedelta(days=days - 1)
    start = datetime.combine(first, datetime.min.time(), tzinfo=tz)
    end = datetime.combine(last + timedelta(days=1), datetime.min.time(), tzinfo=tz)
    calls = await calls_between(ctx, start, end)
    by_day: dict[date, list[CallView]] = defaultdict(list)
    for c in calls:
        by_day[c.local_start.date()].append(c)
    day_rows = []
    for n in range(days):
        d = first + timedelta(days=n)
        todays = by_day.get(d, [])
        lengths = [c.seconds for c in todays if c.seconds is not None]
        day_rows.append(Day(d, len(todays), sum(booked(c.outcomes) for c in todays), mean(lengths)))
    events = await ctx.ledger.timeline_between(
        start, end + timedelta(days=1), ["user_said", "bot_said", LATENCY_KIND, USAGE_KIND]
    )
    ours = {c.call.call_id for c in calls}
    events = [e for e in events if e.call_id in ours]
    source, latencies = turn_latencies(events)
    return Numbers(
        days=day_rows,
        calls=len(calls),
        booked=sum(booked(c.outcomes) for c in calls),
        avg_seconds=mean([c.seconds for c in calls if c.seconds is not None]),
        latency_source=source,
        latencies=latencies,
        usage=usage_per_call(calls, events, ctx.dashboard),
    )


def turn_latencies(events: list[TimelineEvent]) -> tuple[str | None, list[float]]:
    """Measured latencies (end of caller speech -> first bot audio) where calls recorded them;
    otherwise caller turn done -> bot reply done from the timeline, which includes the time the
    reply took to speak (said so on the page)."""
    measured = [
        float(e.data["seconds"]) for e in events if e.kind == LATENCY_KIND and "seconds" in e.data
    ]
    if measured:
        return "measured", measured
    waiting: dict[str, datetime] = {}
    spans = []
    for e in events:
        if e.kind == "user_said":
            waiting[e.call_id] = e.at
        elif e.kind == "bot_said" and e.call_id in waiting:
            spans.append((e.at - waiting.pop(e.call_id)).total_seconds())
    return ("timeline", spans) if spans else (None, [])


def usage_per_call(
    calls: list[CallView], events: list[TimelineEvent], prices: DashboardSettings
) -> list[CallUsage]:
    totals: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for e in events:
        if e.kind == USAGE_KIND:
            for k in (
                "stt_seconds",
                "llm_prompt_tokens",
                "llm_completion_tokens",
                "tts_characters",
            ):
                totals[e.call_id][k] += float(e.data.get(k) or 0)
    out = []
    for c in calls:
        if c.call.call_id not in totals:
            continue
        t = totals[c.call.call_id]
        tokens = int(t["llm_prompt_tokens"] + t["llm_completion_tokens"])
        out.append(
            CallUsage(c, t["stt_seconds"], tokens, int(t["tts_characters"]), cost(t, prices))
        )
    return out


def cost(t: dict[str, float], prices: DashboardSettings) -> float | None:
    """The call's cost at the configured prices; None unless every price is set."""
    p = (prices.price_stt_minute, prices.price_llm_1k_tokens, prices.price_tts_1k_chars)
    if any(x is None for x in p):
        return None
    tokens = t["llm_prompt_tokens"] + t["llm_completion_tokens"]
    return t["stt_seconds"] / 60 * p[0] + tokens / 1000 * p[1] + t["tts_characters"] / 1000 * p[2]
