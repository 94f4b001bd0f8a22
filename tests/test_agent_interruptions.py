"""Barge-in: the caller may talk over the bot, but an interruption never cancels a booking that
has gone to Cal.com. Its result is recorded and told on the next turn."""

from __future__ import annotations

import pytest

from agent.call import TextCall
from agent.config import Settings
from calendar_adapter.ledger import AppointmentState
from tests.test_agent_call import ASK_FRIDAY_TEN, BOOK_IT, CALLER, wait_for_event
from tools.deps import BookingDeps


@pytest.fixture
def deps(calendar, ledger, clock, salon) -> BookingDeps:
    return BookingDeps(backend=calendar, ledger=ledger, clock=clock, salon=salon, hold_minutes=10)


async def test_an_interrupted_booking_is_completed_recorded_and_told_next_turn(
    deps, sandbox, ledger
):
    sandbox.faults.latency(1.0, endpoint="POST /v2/bookings")
    settings = Settings(_env_file=None, filler_after_seconds=30)
    script = [
        ASK_FRIDAY_TEN,
        BOOK_IT,  # interrupted while Cal.com is answering
        [{"say": "Ja, ich höre Sie."}],  # the interrupting turn
        [{"say": "{say}"}],  # the next turn: the booking's own sentence
    ]
    async with TextCall(
        runtime=deps, settings=settings, caller_phone=CALLER, script=script
    ) as call:
        await call.say("Dauerwelle bei Fabian, Freitag um zehn.")
        await call.send("Anna Berg.")
        await wait_for_event(ledger, call.call_id, "booking_sent")

        interrupting = await call.say("Hallo? Sind Sie noch da?")
        assert interrupting.text == "Ja, ich höre Sie."
        await wait_for_event(ledger, call.call_id, "booking_confirmed")

        told = await call.say("Und, hat es geklappt?")
        call_id = call.call_id
        llm = call.services.llm
        messages = [m for m in call.pipeline.context.messages if isinstance(m, dict)]

    # The interruption did cut the function call off in pipecat ...
    assert any(m.get("role") == "tool" and m.get("content") == "CANCELLED" for m in messages)
    # ... and the result was handed to the model on the next turn instead.
    assert any(
        m.get("role") == "developer" and "late_tool_result" in str(m.get("content"))
        for m in messages
    )

    [booking] = sandbox.bookings()  # booked once, not re-sent
    [appointment] = await ledger.appointments_for_call(call_id)
    assert appointment.state == AppointmentState.CONFIRMED
    assert appointment.booking_uid == booking["uid"]

    result = next(
        e.data["result"]
        for e in await ledger.timeline(call_id)
        if e.kind == "tool_result" and e.data["tool"] == "book_appointment"
    )
    assert result["status"] == "booked"
    assert told.text == result["say"]  # told, and the guard let the true sentence through
    assert call.result.guard_blocked == []
    assert [c.name for c in llm.tool_calls] == ["check_availability", "book_appointment"]
