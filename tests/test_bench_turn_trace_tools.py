"""bench/turn_trace.py times each tool a turn runs, however it was started: the tool wiring
starts the tool's task itself (`BookingTools.start`), not through `call`, and a trace that timed
only `call` left every turn's `tool` part out of bench/turn_parts.py's decomposition."""

from __future__ import annotations

import io
import json
from typing import Any

import pytest

from bench.turn_trace import TurnTrace
from tests.tools_fixtures import deps, open_call  # noqa: F401
from tools import booking_tools, views
from tools.booking_tools import BookingTools


class QuickTool:
    name = "quick_tool"

    async def run(self, session: Any, arguments: dict[str, Any]) -> dict[str, Any]:
        return views.error("done")


@pytest.fixture
def quick_tool(monkeypatch) -> None:
    """A tool that answers at once; whatever a test wraps around the tools' work is taken out
    again after it."""
    monkeypatch.setitem(booking_tools._BY_NAME, QuickTool.name, QuickTool())
    monkeypatch.setattr(BookingTools, "_logged", BookingTools._logged)  # restored at the end


@pytest.fixture
def traced(quick_tool) -> io.StringIO:
    """The trace's tool timing installed."""
    out = io.StringIO()
    TurnTrace(out)._install_tools()
    return out


def tool_events(out: io.StringIO) -> list[tuple[str, Any]]:
    return [(row[2], row[3]) for row in map(json.loads, out.getvalue().splitlines())]


async def test_a_tool_the_wiring_starts_as_a_task_is_timed_from_its_start_to_its_result(
    open_call,  # noqa: F811
    traced,
):
    tools = await open_call()
    result = await tools.start(QuickTool.name, {})
    assert result["status"] == "error"
    assert tool_events(traced) == [("tool>", QuickTool.name), ("tool<", QuickTool.name)]


async def test_a_tool_called_through_call_is_timed_once(open_call, traced):  # noqa: F811
    tools = await open_call()
    await tools.call(QuickTool.name, {})
    assert tool_events(traced) == [("tool>", QuickTool.name), ("tool<", QuickTool.name)]


async def test_the_benchmarks_tool_runs_count_a_tool_the_wiring_starts(
    open_call,  # noqa: F811
    quick_tool,
):
    """`bench.common.trace_tools` (each tool's time and its Cal.com requests, per level of
    bench/concurrent_calls.py) times the same work, once, whichever way the tool was started."""
    from bench.common import RequestLog, trace_tools

    log = RequestLog()
    trace_tools(log)
    tools = await open_call()
    await tools.start(QuickTool.name, {})
    await tools.call(QuickTool.name, {})
    assert [(run.name, run.status) for run in log.tool_runs] == [(QuickTool.name, "error")] * 2
    assert all(run.end is not None and run.end >= run.start for run in log.tool_runs)
