"""A tool call from the LLM runs in one task: the work goes on when the caller barges in (the
LLM's function call is cancelled), the session's end waits for it at hang-up, and its result
is back with the LLM in as few trips through the event loop as a task allows.

On a loop that thirty calls keep busy every trip waits for all else the loop has to do: the
wiring once wrapped the tools' `call` in a task of its own around the session's task for the
tool, two tasks and two shields, two to three more trips per tool call (bench/tool_task_trips.py).
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest

from agent.tool_wiring import LateResults, ToolWiring
from tests.tools_fixtures import deps, open_call  # noqa: F401
from tests.waiting import PATIENCE_SECONDS
from tools import booking_tools, views


class Facts:
    def __init__(self) -> None:
        self.noted: list[tuple[str, Any]] = []

    def note(self, tool: str, result: Any) -> None:
        self.noted.append((tool, result))

    async def refresh(self) -> None:
        pass


class Voice:
    async def say(self, text: str, **_: Any) -> None:
        pass

    async def deliver_context(self) -> None:
        pass


def wired(tools: Any, facts: Facts | None = None) -> ToolWiring:
    return ToolWiring(
        tools, None, None, facts=facts or Facts(), voice=Voice(), late=LateResults("de")
    )  # type: ignore[arg-type]


class SlowTool:
    """A tool that answers once the test lets it."""

    name = "slow_tool"

    def __init__(self) -> None:
        self.started = asyncio.Event()
        self.go_on = asyncio.Event()

    async def run(self, session: Any, arguments: dict[str, Any]) -> dict[str, Any]:
        self.started.set()
        await self.go_on.wait()
        return views.error("done")


@pytest.fixture
def slow_tool(monkeypatch) -> Iterator[SlowTool]:
    slow = SlowTool()
    monkeypatch.setitem(booking_tools._BY_NAME, slow.name, slow)
    yield slow
    slow.go_on.set()  # a failed test's calls still hang up


async def test_a_tool_call_is_one_task_that_a_barge_in_does_not_stop_and_hang_up_waits_for(
    open_call,  # noqa: F811
    slow_tool,
):
    tools = await open_call()
    facts = Facts()
    wiring = wired(tools, facts)
    llm_call = asyncio.create_task(wiring._run_shielded(slow_tool.name, {}))
    await asyncio.wait_for(slow_tool.started.wait(), PATIENCE_SECONDS)
    (work,) = wiring._in_flight
    assert tools.session._in_flight == {work}  # the one task, the session's and the wiring's

    llm_call.cancel()  # the caller barges in
    with pytest.raises(asyncio.CancelledError):
        await llm_call
    assert not work.done()

    ending = asyncio.create_task(tools.session.end("hangup"))
    await asyncio.sleep(0.05)
    assert not ending.done()  # the hang-up waits for the tool
    slow_tool.go_on.set()
    await asyncio.wait_for(ending, PATIENCE_SECONDS)
    await wiring.drain(5)
    assert work.result()["status"] == "error"
    assert facts.noted == [(slow_tool.name, work.result())]  # told late, once


@pytest.mark.parametrize("ledger_url", ["sqlite"], indirect=True)
async def test_a_tool_result_is_back_with_the_llm_within_three_trips_through_the_loop(
    open_call,  # noqa: F811
    slow_tool,
):
    """Counted from the tool's answer to the LLM's handler having the result (the timeline's
    entry written behind, SQLite): three trips through the loop. Two tasks, each shielded,
    took five."""
    tools = await open_call()
    wiring = wired(tools)
    llm_call = asyncio.create_task(wiring._run_shielded(slow_tool.name, {}))
    await asyncio.wait_for(slow_tool.started.wait(), PATIENCE_SECONDS)
    slow_tool.go_on.set()
    trips = 0
    while not llm_call.done():
        await asyncio.sleep(0)
        trips += 1
    assert llm_call.result()["status"] == "error"
    assert trips <= 3
