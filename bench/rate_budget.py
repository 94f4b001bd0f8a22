"""Rate budget: N callers at once on Cal.com's real limit, with and without the request gate.

Cal.com allows 120 requests per API key and minute and then blocks the key for a minute. Each
caller is what a phone call is to the calendar (its own `CallSession` and `BookingTools`, one
shared Cal.com client): it asks which mornings its stylist has free on its day, then for its
own time (held at once when free), and books it. All callers start at the same moment.

Two runs, each on a fresh sandbox with the limit on (real time, as Cal.com counts it), side by
side (the waits are the limit's, not the CPU's):

- without: the client as before the gate: every request sent at once; a 429 waited out as its
  headers say (`max_rate_limit_wait` 30 s, 3 retries).
- with: the gate `open_calendar` builds from the default settings: 110 of the 120 per window,
  writes before slot questions, slot answers kept 5 s and shared while in flight.

Printed per run: tool-call latency (p50/p95/max, by tool), 429s Cal.com answered, tool errors,
bookings made, Cal.com requests and requests per booking, and the gate's counters. Latencies are
measured, never judged.

Run: .venv/bin/python bench/rate_budget.py [--callers 60] [--arrive-over 0] [--rtt 0.08]
     [--only with|without]   (about a minute per 110 requests the callers need: 1-3 minutes)
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from collections import Counter
from contextlib import AsyncExitStack
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import httpx
from loguru import logger

from bench.common import (
    PINNED_NOW,
    RequestLog,
    machine,
    publish,
    stamp,
    summary,
    table,
    write_json,
)

NAME = "rate_budget"
CALCOM_LIMIT = 120
STYLISTS = ("Fabian", "Mehmet")
DAYS = ("2026-11-25", "2026-11-26", "2026-11-27", "2026-12-01", "2026-12-02")
SERVICE = "Herrenhaarschnitt"


def caller_slot(i: int) -> dict[str, str]:
    """A different half hour for every caller: stylist, then day, then time."""
    stylist = STYLISTS[i % len(STYLISTS)]
    day = DAYS[(i // len(STYLISTS)) % len(DAYS)]
    minutes = 9 * 60 + 30 + 30 * (i // (len(STYLISTS) * len(DAYS)))
    return {"stylist": stylist, "date": day, "time": f"{minutes // 60:02d}:{minutes % 60:02d}"}


@dataclass
class ToolCall:
    name: str
    seconds: float
    status: str


@dataclass
class Caller:
    index: int
    calls: list[ToolCall] = field(default_factory=list)
    booked: bool = False
    crashed: str | None = None


async def run_caller(deps: Any, caller: Caller, go: asyncio.Event, delay: float) -> None:
    from tools.booking_tools import BookingTools
    from tools.session import CallSession

    session = CallSession(
        deps, caller_phone=f"+4915140{caller.index:06d}", mode="bench", keepalive_seconds=None
    )
    await session.start()
    tools = BookingTools(session)

    async def call(name: str, arguments: dict) -> dict:
        began = time.perf_counter()
        result = await tools.call(name, arguments)
        caller.calls.append(ToolCall(name, time.perf_counter() - began, result.get("status")))
        return result

    try:
        await go.wait()
        await asyncio.sleep(delay)
        slot = caller_slot(caller.index)
        asked = {"service": SERVICE, "stylist": slot["stylist"], "date": slot["date"]}
        await call("check_availability", {**asked, "time": "vormittags"})
        held = await call("check_availability", {**asked, "time": slot["time"]})
        if held.get("status") == "held":
            booked = await call(
                "book_appointment",
                {"slot_id": held["slot_id"], "customer_name": f"Kunde {caller.index}"},
            )
            caller.booked = booked.get("status") == "booked"
    except Exception as exc:  # a crash is a finding, reported with the rest
        caller.crashed = repr(exc)
    finally:
        await session.end("hangup")


async def one_run(label: str, args: argparse.Namespace) -> dict[str, Any]:
    """N callers against a fresh sandbox with Cal.com's limit, through the given gate."""
    from calendar_adapter.budget import RequestGate, gate_for
    from calendar_adapter.calcom import CalComClient
    from calendar_adapter.clock import FixedClock
    from calendar_adapter.config import CalendarConfig
    from calendar_adapter.ledger import Ledger
    from calendar_adapter.salon import load_salon
    from calendar_adapter.sandbox import Sandbox
    from tools.deps import BookingDeps

    clock = FixedClock(PINNED_NOW)
    salon = load_salon()
    log = RequestLog()
    async with AsyncExitStack() as stack:
        sandbox = Sandbox(salon=salon, clock=clock, rate_limit_per_minute=CALCOM_LIMIT)
        await sandbox.start(host="127.0.0.1", port=0)
        stack.push_async_callback(sandbox.stop)
        if args.rtt > 0:
            sandbox.faults.latency(args.rtt)
        http = httpx.AsyncClient(
            timeout=httpx.Timeout(30.0, connect=5.0),
            # the project client's defaults (calcom.py), plus the request log's hooks
            limits=httpx.Limits(
                max_connections=20, max_keepalive_connections=10, keepalive_expiry=4.0
            ),
            event_hooks=log.hooks(),
        )
        stack.push_async_callback(http.aclose)
        gate = (
            gate_for(CalendarConfig(), base_url=sandbox.url, api_key=sandbox.api_key)
            if label == "with"
            else RequestGate.unmetered()
        )
        backend = CalComClient(sandbox.url, sandbox.api_key, salon=salon, http=http, gate=gate)
        ledger = await Ledger.open(":memory:", clock=clock)
        stack.push_async_callback(ledger.close)
        deps = BookingDeps(
            backend=backend, ledger=ledger, clock=clock, salon=salon, hold_minutes=10
        )
        callers = [Caller(i) for i in range(args.callers)]
        go = asyncio.Event()
        spread = args.arrive_over / args.callers
        tasks = [asyncio.create_task(run_caller(deps, c, go, c.index * spread)) for c in callers]
        await asyncio.sleep(0.5)  # every session started (the catalog is read once)
        began = time.perf_counter()
        go.set()
        await asyncio.gather(*tasks)
        wall = time.perf_counter() - began
        accepted = len(sandbox.bookings(status="accepted"))
        metrics = gate.metrics()

    calls = [c for caller in callers for c in caller.calls]
    statuses = Counter(r.status for r in log.requests)
    by_tool: dict[str, Any] = {
        "all": summary([c.seconds for c in calls]),
        "check_availability": summary([c.seconds for c in calls if c.name == "check_availability"]),
        "book_appointment": summary([c.seconds for c in calls if c.name == "book_appointment"]),
    }
    return {
        "label": label,
        "wall_seconds": wall,
        "tool_seconds": by_tool,
        "tool_statuses": dict(Counter(c.status for c in calls)),
        "tool_errors": sum(1 for c in calls if c.status == "error"),
        "crashed": [c.crashed for c in callers if c.crashed][:5],
        "told_booked": sum(c.booked for c in callers),
        "bookings": accepted,
        "calcom_requests": len(log.requests),
        "requests_by_path": dict(Counter(f"{r.method} {r.path}" for r in log.requests)),
        "answers_429": statuses.get(429, 0),
        "requests_per_booking": len(log.requests) / accepted if accepted else None,
        "gate": asdict(metrics),
    }


async def main(args: argparse.Namespace) -> dict[str, Any]:
    logger.remove()
    logger.add(sys.stderr, level=args.log_level)
    labels = ["without", "with"] if args.only is None else [args.only]
    runs = await asyncio.gather(*(one_run(label, args) for label in labels))
    return {
        "benchmark": NAME,
        "when": stamp(),
        "machine": machine(),
        "settings": {
            "callers": args.callers,
            "sandbox_round_trip_s": args.rtt,
            "calcom_limit_per_minute": CALCOM_LIMIT,
            "arrive_over_s": args.arrive_over,
        },
        "runs": {r["label"]: r for r in runs},
    }


def _s(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}"


def render(report: dict[str, Any]) -> str:
    s = report["settings"]
    runs = report["runs"]
    rows = []
    for label, run in runs.items():
        for tool in ("check_availability", "book_appointment", "all"):
            t = run["tool_seconds"][tool]
            rows.append([label, tool, t["n"], _s(t["p50"]), _s(t["p95"]), _s(t["max"])])
    latency = table(["gate", "tool", "n", "p50 s", "p95 s", "max s"], rows)
    outcome = table(
        ["gate", "429s", "tool errors", "booked", "Cal.com requests", "per booking", "wall s"],
        [
            [
                label,
                run["answers_429"],
                run["tool_errors"],
                f"{run['bookings']} of {s['callers']}",
                run["calcom_requests"],
                f"{run['requests_per_booking']:.2f}" if run["requests_per_booking"] else "-",
                _s(run["wall_seconds"]),
            ]
            for label, run in runs.items()
        ],
    )
    arrival = (
        "at once" if not s["arrive_over_s"] else f"arriving evenly over {s['arrive_over_s']:.0f} s"
    )
    text = (
        f"{s['callers']} callers {arrival}, each: which mornings are free, then its own time "
        f"(held), then booked; Cal.com's limit of {s['calcom_limit_per_minute']} requests per "
        f"minute and key (then a minute's block) in real time; sandbox round trip "
        f"{s['sandbox_round_trip_s'] * 1000:.0f} ms.\n\n{latency}\n\n{outcome}\n"
    )
    if "with" in runs:
        g = runs["with"]["gate"]
        text += (
            f"\nGate (with): sent {g['sent']}, waited {g['waited']}, slot answers: "
            f"{g['cache_hits']} kept, {g['coalesced']} shared in flight, {g['cache_misses']} "
            f"asked; {g['invalidations']} forgets; {g['corrections']} corrections by Cal.com's "
            f"headers; {g['rate_limited']} 429s met.\n"
        )
    return text


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--callers", type=int, default=60)
    p.add_argument("--rtt", type=float, default=0.080, help="sandbox round trip, s")
    p.add_argument("--arrive-over", type=float, default=0.0, help="callers start evenly over s")
    p.add_argument("--only", choices=["with", "without"], default=None)
    p.add_argument("--log-level", default="ERROR")
    return p.parse_args(argv)


if __name__ == "__main__":
    args = parse_args()
    report = asyncio.run(main(args))
    text = render(report)
    print(text)
    for run in report["runs"].values():
        if run["crashed"]:
            print(f"crashes ({run['label']}):", *run["crashed"], sep="\n  ")
    section = f"{NAME}_{args.callers}" + (f"_over_{args.arrive_over:g}" if args.arrive_over else "")
    if args.only is None:
        command = f"bench/rate_budget.py --callers {args.callers}"
        if args.arrive_over:
            command += f" --arrive-over {args.arrive_over:g}"
        publish(section, f"Rate budget ({args.callers} callers)", command, report, text)
    else:
        print(f"JSON: {write_json(section, report)}")
