"""What the guard's tests start from: the call's facts as the guard reads them, a tool call made
the way the tool wiring makes it, and the facts of a call written down directly (the Dauerwelle
at Fabian on Friday 27 November that most of them are about)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from agent.claims import AppointmentFact, CallFacts
from agent.claims.model import SlotFact
from agent.guard import CallFactsSource
from calendar_adapter.ledger import AppointmentState
from tools.booking_tools import BookingTools

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 24, 9, 0, tzinfo=BERLIN)  # Tuesday: "Freitag" is 27 November
FRIDAY_10 = datetime(2026, 11, 27, 10, 0, tzinfo=BERLIN)
# the check that holds the Dauerwelle at Fabian on Friday (`time` changes the hour)
PERM_AT_FABIAN = {"service": "Dauerwelle", "stylist": "Fabian", "date": "2026-11-27"}


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


async def hold_perm(tools: BookingTools, facts: CallFactsSource, time: str = "10:00") -> dict:
    """`check_availability` for the Dauerwelle at Fabian on Friday at `time` (held when free)."""
    return await run(tools, facts, "check_availability", {**PERM_AT_FABIAN, "time": time})


async def book(
    tools: BookingTools, facts: CallFactsSource, held: dict, name: str = "Anna Berg"
) -> dict:
    """`book_appointment` for the slot `held` answered."""
    return await run(
        tools, facts, "book_appointment", {"slot_id": held["slot_id"], "customer_name": name}
    )


def perm(state: AppointmentState, start: datetime = FRIDAY_10, **more) -> AppointmentFact:
    """The Dauerwelle at Fabian Spitzer, in `state`."""
    return AppointmentFact(state, start, "Fabian Spitzer", "Dauerwelle", **more)


def call_facts(
    *appointments: AppointmentFact,
    offered: tuple[SlotFact, ...] | list[SlotFact] = (),
    language: str = "de",
    stylists: tuple[str, ...] = ("Fabian Spitzer", "Lena Hoffmann", "Mehmet Yılmaz"),
    services: tuple[str, ...] = ("Dauerwelle", "Herrenhaarschnitt"),
) -> CallFacts:
    """A call's facts written down: its appointments and the slots its tools offered."""
    return CallFacts(
        now=NOW,
        language=language,
        appointments=appointments,
        offered=tuple(offered),
        stylists=stylists,
        services=services,
    )
