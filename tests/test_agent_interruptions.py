"""Barge-in: the caller may talk over the bot, but an interruption never cancels a booking that
has gone to Cal.com. Its result is recorded, spoken by code as soon as the caller pauses (not
only after their next utterance), and handed to the model."""

from __future__ import annotations

import json

import pytest

from agent.call import TextCall
from agent.config import Settings
from calendar_adapter.ledger import AppointmentState
from tests.test_agent_call import ASK_FRIDAY_TEN, BOOK_IT, CALLER, wait_for_event
from tools.deps import BookingDeps


@pytest.fixture
def deps(calendar, ledger, clock, salon) -> BookingDeps:
    return BookingDeps(backend=calendar, ledger=ledger, clock=clock, salon=salon, hold_minutes=10)


async def test_a_booking_that_completes_after_a_barge_in_is_told_as_soon_as_the_caller_pauses(
    deps, sandbox, ledger
):
    sandbox.faults.latency(1.0, endpoint="POST /v2/bookings")
    settings = Settings(_env_file=None, filler_after_seconds=30)
    script = [
        ASK_FRIDAY_TEN,
        BOOK_IT,  # interrupted while Cal.com is answering
        [{"say": "Ja, ich höre Sie."}],  # the interrupting turn
        [{"say": "Ja, Ihr Termin ist gebucht. Kann ich sonst noch etwas für Sie tun?"}],
    ]
    async with TextCall(
        runtime=deps, settings=settings, caller_phone=CALLER, script=script
    ) as call:
        await call.say("Dauerwelle bei Fabian, Freitag um zehn.")
        await call.send("Anna Berg.")
        await wait_for_event(ledger, call.call_id, "booking_sent")

        interrupting = await call.say("Hallo? Sind Sie noch da?")
        assert interrupting.text == "Ja, ich höre Sie."

        # The caller says nothing more: the booking's sentence comes as soon as it is known.
        told = await call.next_reply()
        # Asked again, the model's true answer passes the guard.
        again = await call.say("Wirklich gebucht?")
        call_id = call.call_id
        llm = call.services.llm
        messages = [m for m in call.pipeline.context.messages if isinstance(m, dict)]

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
    assert told.text == result["say"]
    assert again.text == "Ja, Ihr Termin ist gebucht. Kann ich sonst noch etwas für Sie tun?"
    assert call.result.guard_blocked == []
    assert [c.name for c in llm.tool_calls] == ["check_availability", "book_appointment"]

    # The interruption did cut the function call off in pipecat ...
    assert any(m.get("role") == "tool" and m.get("content") == "CANCELLED" for m in messages)
    # ... the model got the result, told that the caller heard it, before the caller's next turn.
    late = [
        m for m in messages if m.get("role") == "developer" and "late_tool_result" in m["content"]
    ]
    [payload] = [json.loads(m["content"]) for m in late]
    assert payload["result"]["status"] == "booked"
    assert "bereits gesagt" in payload["note"]
    said = [m.get("content") for m in messages if m.get("role") == "assistant"]
    assert said.count(result["say"]) == 1
    assert messages.index(late[0]) < [m.get("content") for m in messages].index("Wirklich gebucht?")
