"""The model fails in the middle of a turn (a broken stream, a timeout, a provider error).

What must hold: the caller is never left in silence; they hear an apology asking them to repeat,
and a booking Cal.com accepted just before the failure is still told (with the tools' own
sentence), never lost. The failure is on the call's timeline, and the call goes on."""

from __future__ import annotations

import pytest
from loguru import logger

from agent.call import TextCall
from agent.config import Settings
from agent.llm_fallback import APOLOGY
from calendar_adapter.ledger import AppointmentState
from tests.filler import QUIET_TOOLS
from tests.test_agent_call import ASK_FRIDAY_TEN, CALLER
from tools.deps import BookingDeps


@pytest.fixture
def deps(calendar, ledger, clock, salon) -> BookingDeps:
    return BookingDeps(backend=calendar, ledger=ledger, clock=clock, salon=salon, hold_minutes=10)


def settings(language: str = "de") -> Settings:
    return Settings(_env_file=None, language=language, filler_after_seconds=QUIET_TOOLS)


async def test_a_model_failing_before_saying_anything_gets_an_apology_not_silence(deps, ledger):
    script = [[{"error": "stream reset"}], [{"say": "Gern, für welchen Tag?"}]]
    async with TextCall(
        runtime=deps, settings=settings(), caller_phone=CALLER, script=script
    ) as call:
        first = await call.say("Ich hätte gern einen Termin.")
        assert first.text == APOLOGY["de"]
        second = await call.say("Einen Termin, bitte.")  # the call goes on
        assert second.text == "Gern, für welchen Tag?"
        call_id = call.call_id
    errors = [e.data for e in await ledger.timeline(call_id) if e.kind == "error"]
    assert errors == [{"source": "llm", "error": "scripted LLM error: stream reset"}]


async def test_a_booking_accepted_just_before_the_model_fails_is_still_told(deps, sandbox, ledger):
    book_then_fail = [
        {
            "tool_calls": [
                {
                    "name": "book_appointment",
                    "arguments": {
                        "slot_id": "{check_availability.slot_id}",
                        "customer_name": "Anna Berg",
                    },
                }
            ]
        },
        {"error": "connection reset"},  # the follow-up that would have said it
    ]
    async with TextCall(
        runtime=deps,
        settings=settings(),
        caller_phone=CALLER,
        script=[ASK_FRIDAY_TEN, book_then_fail],
    ) as call:
        await call.say("Eine Dauerwelle bei Fabian am Freitag um zehn.")
        reply = await call.say("Anna Berg.")
        call_id = call.call_id

    [booking] = sandbox.bookings()
    assert booking["status"] == "accepted"
    [appointment] = await ledger.appointments_for_call(call_id)
    assert appointment.state == AppointmentState.CONFIRMED
    results = [e.data["result"] for e in await ledger.timeline(call_id) if e.kind == "tool_result"]
    booked = next(r for r in results if r["status"] == "booked")
    assert reply.text == f"{booked['say']} {APOLOGY['de']}"
    assert call.result.guard_blocked == []  # the booked sentence is proven by this turn


async def test_what_was_said_before_the_failure_is_not_repeated(deps):
    script = [[{"say": "Einen Moment, ich prüfe das.", "error": "stream reset"}]]
    async with TextCall(
        runtime=deps, settings=settings("en"), caller_phone=CALLER, script=script
    ) as call:
        reply = await call.say("I'd like an appointment.")
    assert reply.text == f"Einen Moment, ich prüfe das. {APOLOGY['en']}"
    assert call.result.reason == "hangup"


async def test_a_normal_call_logs_no_error(deps):
    """Every service's settings are complete (pipecat logs an ERROR for each NOT_GIVEN field),
    and nothing else in a plain conversation is an error either."""
    errors: list[str] = []
    handler = logger.add(lambda message: errors.append(str(message)), level="ERROR")
    try:
        async with TextCall(
            runtime=deps, settings=settings(), caller_phone=CALLER, script=[ASK_FRIDAY_TEN]
        ) as call:
            await call.say("Eine Dauerwelle bei Fabian am Freitag um zehn.")
    finally:
        logger.remove(handler)
    assert errors == []
