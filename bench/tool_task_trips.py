"""A tool call's own tasks: the wiring's around the tools' against the one task it runs in now.

Before 2026-12-04 a tool call from the LLM ran in two tasks, each shielded: `ToolWiring` wrapped
`BookingTools.call` in a task (barge-in: the call goes on), and `call` ran the tool in another
(`CallSession.run_to_completion`: the session's `end()` waits for it). Now the wiring shields the
one task `BookingTools.start` runs the tool in. Here both run in one process, alternating, on the
same session: a tool call that asks Cal.com nothing (an unknown tool's name: the timeline's two
entries, the result with the call's holds), so what differs is the tasks around it. Per call:
the event loop's iterations it spans (a task that only yields counts them; on a busy loop each
is as long as all else the loop does) and the process's CPU over `--calls` calls. Ratios only on
a loaded machine.

Run: .venv/bin/python bench/tool_task_trips.py [--calls 2000] [--rounds 6]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from loguru import logger

from bench.common import bench_calendar
from bench.tool_trips import HeldLoop

VARIANTS = ("one task", "two tasks")


class TwoTasks:
    """The tools as the wiring saw them before: `call` only, the tool in a task of its own."""

    def __init__(self, tools: Any):
        self._tools = tools
        self.names = tools.names

    async def call(self, name: str, arguments: Any) -> Any:
        from tools.arguments import for_timeline, parse

        tools, session = self._tools, self._tools.session
        arguments = parse(arguments)
        await session.log("tool_called", tool=name, arguments=for_timeline(arguments))
        return await session.run_to_completion(tools._traced(name, arguments))


def wiring(tools: Any) -> Any:
    from agent.tool_wiring import ToolWiring

    return ToolWiring(tools, None, None, facts=None, voice=None, late=None)  # type: ignore[arg-type]


async def main(args: argparse.Namespace) -> dict[str, dict[str, list[float]]]:
    from tools.booking_tools import BookingTools
    from tools.deps import BookingDeps
    from tools.session import CallSession

    logger.remove()
    logger.add(sys.stderr, level="ERROR")
    figures: dict[str, dict[str, list[float]]] = {
        v: {"iterations": [], "cpu": []} for v in VARIANTS
    }
    async with bench_calendar(round_trip=0.0) as cal:
        rt = cal.runtime
        deps = BookingDeps(
            backend=rt.backend, ledger=rt.ledger, clock=rt.clock, salon=rt.salon,
            hold_minutes=rt.hold_minutes,
        )  # fmt: skip
        session = CallSession(deps, caller_phone="+4915130000001", mode="bench")
        await session.start()
        tools = BookingTools(session)
        wirings = {"one task": wiring(tools), "two tasks": wiring(TwoTasks(tools))}
        first = await wirings["one task"]._run_shielded("no_such_tool", {})
        again = await wirings["two tasks"]._run_shielded("no_such_tool", {})
        assert first == again and first["status"] == "error", (first, again)
        with HeldLoop(0.0) as loop:
            for round_ in range(args.rounds):
                order = VARIANTS if round_ % 2 == 0 else VARIANTS[::-1]
                for variant in order:
                    run = wirings[variant]._run_shielded
                    spans = []
                    began_cpu = time.process_time()
                    for _ in range(args.calls):
                        began = loop.iterations
                        await run("no_such_tool", {})
                        spans.append(loop.iterations - began)
                    cpu = (time.process_time() - began_cpu) / args.calls
                    figures[variant]["iterations"].append(statistics.median(spans))
                    figures[variant]["cpu"].append(cpu)
        await session.end("hangup")
    return figures


def render(figures: dict[str, dict[str, list[float]]]) -> str:
    one, two = figures["one task"], figures["two tasks"]
    cpu_ratios = [a / b for a, b in zip(one["cpu"], two["cpu"], strict=True)]
    return "\n".join(
        [
            "loop iterations per tool call (median): "
            f"one task {statistics.median(one['iterations']):.0f}, "
            f"two tasks {statistics.median(two['iterations']):.0f}",
            "CPU per tool call, one task / two tasks per round: "
            + " ".join(f"{r:.2f}" for r in cpu_ratios)
            + f" (median {statistics.median(cpu_ratios):.2f})",
        ]
    )


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--calls", type=int, default=2000, help="tool calls per variant and round")
    p.add_argument("--rounds", type=int, default=6, help="rounds, the variants alternating")
    return p.parse_args(argv)


if __name__ == "__main__":
    print(render(asyncio.run(main(parse_args()))))
