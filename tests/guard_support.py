"""What the guard's tests through the real booking tools start from: the call's facts as the
guard reads them, and a tool call made the way the tool wiring makes it."""

from __future__ import annotations

from agent.guard import CallFactsSource
from tools.booking_tools import BookingTools


def facts_of(tools: BookingTools, language: str = "de") -> CallFactsSource:
    """The facts of the call `tools` serve, read from its ledger."""
    deps = tools.session.deps
    return CallFactsSource(tools.session, deps.ledger, deps.clock, deps.salon.tz, language=language)


async def run(tools: BookingTools, facts: CallFactsSource, name: str, arguments: dict) -> dict:
    """A tool call as the tool wiring makes it: the facts learn the result and are re-read."""
    result = await tools.call(name, arguments)
    facts.note(name, result)
    await facts.refresh()
    return result
