"""A tool call's trips through a busy event loop: check-and-hold and booking, beyond Cal.com.

A tool's own CPU is a few ms; on a loop that 30 calls keep busy, what it adds is the trips
through the loop it waits for, each as long as everything else the loop has to do. Here the loop
is held `--hold-ms` per iteration by a stand-in for the other calls (a task that blocks, then
yields), and sessions (each its own `CallSession` on the one ledger, the sandbox in a process of
its own) run `check_availability` (a free asked-for time: held) and `book_appointment` one after
the other, or `--at-once` all together. Per tool: its time beyond its Cal.com requests
(`bench.common.trace_tools`) and, with the loop held, the loop's iterations it spanned.

The SQLite ledger's write hop is run both ways, alternating per session (per run with
`--at-once`) in one process: `new`, the future aiosqlite's thread answers
(`sqlite_hop.hand_to_connection_thread`), and `old`, that hop inside a task of its own, as
before 2026-12-03. Ratios only on a loaded machine.

Run: .venv/bin/python bench/tool_trips.py [--hold-ms 5] [--sessions 15] [--at-once 0]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from loguru import logger

from bench import contention
from bench.common import bench_calendar, trace_tools

VARIANTS = ("new", "old")


def old_hop(conn: Any, fn: Any) -> asyncio.Future:
    """The write hop as it was: `in_connection_thread` in a task of its own."""
    from calendar_adapter.ledger.sqlite_hop import in_connection_thread

    return asyncio.ensure_future(in_connection_thread(conn, fn))


def use(variant: str) -> None:
    import calendar_adapter.ledger.engine_sqlite as engine
    from calendar_adapter.ledger import sqlite_hop

    engine.hand_to_connection_thread = (  # type: ignore[assignment]
        sqlite_hop.hand_to_connection_thread if variant == "new" else old_hop
    )


class HeldLoop:
    """The other calls' work: the loop blocked `hold` seconds per iteration, iterations counted."""

    def __init__(self, hold: float):
        self.hold = hold
        self.iterations = 0
        self._task: asyncio.Task | None = None

    async def _run(self) -> None:
        while True:
            if self.hold:
                time.sleep(self.hold)  # noqa: ASYNC251 (the stand-in for other calls' work)
            self.iterations += 1
            await asyncio.sleep(0)

    def __enter__(self) -> HeldLoop:
        self._task = asyncio.create_task(self._run())
        return self

    def __exit__(self, *exc: object) -> None:
        if self._task is not None:
            self._task.cancel()


async def caller(deps: Any, index: int, slot: contention.Slot, loop: HeldLoop) -> dict[str, int]:
    """One session: check-and-hold, booking, hang-up; the loop's iterations per tool."""
    from tools.booking_tools import BookingTools
    from tools.session import CallSession

    session = CallSession(deps, caller_phone=f"+4915130{index:06d}", mode="bench")
    await session.start()
    tools = BookingTools(session)
    spans = {}
    try:
        began = loop.iterations
        held = await tools.call(
            "check_availability",
            {"service": contention.SERVICE, "stylist": slot.stylist, "date": contention.DAY,
             "time": slot.time},
        )  # fmt: skip
        spans["check_availability"] = loop.iterations - began
        if held.get("status") != "held":
            raise RuntimeError(f"check_availability: {held}")
        began = loop.iterations
        booked = await tools.call(
            "book_appointment", {"slot_id": held["slot_id"], "customer_name": f"Kunde {index}"}
        )
        spans["book_appointment"] = loop.iterations - began
        if booked.get("status") != "booked":
            raise RuntimeError(f"book_appointment: {booked}")
    finally:
        await session.end("hangup")
    return spans


async def main(args: argparse.Namespace) -> dict[str, dict[str, list[float]]]:
    from tools.deps import BookingDeps

    logger.remove()
    logger.add(sys.stderr, level="ERROR")
    figures: dict[str, dict[str, list[float]]] = defaultdict(lambda: defaultdict(list))
    rounds = args.runs if args.at_once else 1
    for run in range(rounds):
        async with bench_calendar(round_trip=args.rtt, separate_process=True) as cal:
            rt = cal.runtime
            deps = BookingDeps(
                backend=rt.backend, ledger=rt.ledger, clock=rt.clock, salon=rt.salon,
                hold_minutes=rt.hold_minutes,
            )  # fmt: skip
            trace_tools(cal.log)
            with HeldLoop(args.hold_ms / 1000) as loop:
                if args.at_once:
                    variant = VARIANTS[(run + run // 2) % 2]  # new old old new ...
                    use(variant)
                    slots = contention.slots(args.at_once)
                    cal.log.tool_runs.clear()
                    spans = await asyncio.gather(
                        *(caller(deps, i, slots[i], loop) for i in range(args.at_once))
                    )
                    _collect(figures[variant], cal.log.tool_runs, spans if args.hold_ms else [])
                else:
                    slots = contention.slots(2 * args.sessions + 2)
                    for i in range(2 * args.sessions + 2):  # the first pair warms up
                        variant = VARIANTS[i % 2]
                        use(variant)
                        cal.log.tool_runs.clear()
                        spans = [await caller(deps, i, slots[i], loop)]
                        if i >= 2:
                            _collect(
                                figures[variant], cal.log.tool_runs, spans if args.hold_ms else []
                            )
    use("new")
    return figures


def _collect(into: dict[str, list[float]], runs: list, spans: list[dict[str, int]]) -> None:
    for run in runs:
        if run.end is None:
            continue
        calcom = sum((q.end or run.end) - q.start for q in run.requests)
        into[f"{run.name} beyond Cal.com ms"].append(1000 * (run.end - run.start - calcom))
    for span in spans:
        for name, iterations in span.items():
            into[f"{name} loop iterations"].append(iterations)


def render(figures: dict[str, dict[str, list[float]]]) -> str:
    lines = ["figure | new p50 / p95 | old p50 / p95 | new/old p50, p95"]
    for key in sorted(figures["new"]):
        new, old = sorted(figures["new"][key]), sorted(figures["old"][key])
        n50, n95 = statistics.median(new), new[int(0.95 * (len(new) - 1))]
        o50, o95 = statistics.median(old), old[int(0.95 * (len(old) - 1))]
        lines.append(
            f"{key} | {n50:.0f} / {n95:.0f} | {o50:.0f} / {o95:.0f} | "
            f"{n50 / o50:.2f}x, {n95 / o95:.2f}x"
        )
    return "\n".join(lines)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--hold-ms", type=float, default=5.0, help="the loop held per iteration")
    p.add_argument("--sessions", type=int, default=15, help="per variant, one after the other")
    p.add_argument("--at-once", type=int, default=0, help="this many sessions together per run")
    p.add_argument("--runs", type=int, default=8, help="with --at-once, alternating variants")
    p.add_argument("--rtt", type=float, default=0.08, help="sandbox round trip, s")
    return p.parse_args(argv)


if __name__ == "__main__":
    print(render(asyncio.run(main(parse_args()))))
