"""The filler: a caller kept waiting by slow tools hears one short "Einen Moment bitte" per wait,
never a second for the same wait, and never one when the calendar answers quickly."""

from __future__ import annotations

import pytest

from agent.call import TextCall
from agent.config import Settings
from agent.filler import FILLER_TEXT
from tests.test_agent_call import CALLER
from tools.deps import BookingDeps

FILLER = FILLER_TEXT["de"]


def _check(day: str, time: str) -> dict:
    return {
        "name": "check_availability",
        "arguments": {
            "service": "Herrenhaarschnitt",
            "stylist": "Mehmet",
            "date": day,
            "time": time,
        },
    }


TWO_LOOKUPS_THEN_ANSWER = [
    {"tool_calls": [_check("Freitag", "10:00")]},
    {"tool_calls": [_check("Samstag", "10:00")]},
    {"say": "Freitag und Samstag um zehn sind frei."},
]
ONE_LOOKUP = [
    {"tool_calls": [_check("Donnerstag", "11:00")]},
    {"say": "Donnerstag um elf ist frei und für Sie reserviert."},
]


@pytest.fixture
def deps(calendar, ledger, clock, salon) -> BookingDeps:
    return BookingDeps(backend=calendar, ledger=ledger, clock=clock, salon=salon, hold_minutes=10)


async def test_a_slow_calendar_gets_one_filler_per_wait(deps, sandbox):
    sandbox.faults.latency(0.5)  # every request to Cal.com takes half a second
    settings = Settings(_env_file=None, filler_after_seconds=0.3)
    async with TextCall(
        runtime=deps,
        settings=settings,
        caller_phone=CALLER,
        script=[TWO_LOOKUPS_THEN_ANSWER, ONE_LOOKUP],
    ) as call:
        first = await call.say("Herrenschnitt bei Mehmet, Freitag oder Samstag um zehn?")
        second = await call.say("Oder doch Donnerstag um elf?")

    # two slow tools in a row are one wait: one filler, said before the answer
    assert first.sentences == [FILLER, "Freitag und Samstag um zehn sind frei."]
    # a later wait gets its own filler
    assert second.sentences == [FILLER, "Donnerstag um elf ist frei und für Sie reserviert."]
    assert call.result.fillers == 2


async def test_a_fast_calendar_gets_no_filler(deps, sandbox):
    settings = Settings(_env_file=None)  # the default 0.7 s
    async with TextCall(
        runtime=deps, settings=settings, caller_phone=CALLER, script=[TWO_LOOKUPS_THEN_ANSWER]
    ) as call:
        reply = await call.say("Herrenschnitt bei Mehmet, Freitag oder Samstag um zehn?")

    assert reply.text == "Freitag und Samstag um zehn sind frei."
    assert FILLER not in reply.text
    assert call.result.fillers == 0
