"""An outcome is told when the caller has heard it, not when it was written to the voice.

The bot's audio is played in real time here, as on a phone line (`tests.played_transport`):
pipecat's own output transport plays it chunk by chunk and drops what is unplayed when the caller
talks over it. A booking's sentence the caller cut off is said once more as soon as they pause
and is on the timeline as heard once; one heard whole is not said again even when the caller
talks over what follows it; one cut off and never heard again (the caller hung up) leaves a
caller notice. A typed call (nothing played) hears each outcome once, as before.
"""

from __future__ import annotations

import pytest

from agent.call import TextCall
from agent.config import Settings
from agent.services import Services
from agent.standins import ScriptedLLMService, ScriptedSTTService, SilenceTTSService, Step
from tests.played_transport import PlayedTextTransport
from tests.test_agent_call import ASK_FRIDAY_TEN, CALLER, wait_for_event
from tests.test_agent_outcomes import book_then, booked_say
from tools.deps import BookingDeps

SECONDS_PER_CHAR = 0.02  # the booking's sentence (~95 characters) plays for about two seconds
FOLLOW_UP = (
    "Sie bekommen keine weitere Nachricht von uns, und wenn sich etwas ändert, rufen Sie "
    "einfach wieder an. Kann ich sonst noch etwas für Sie tun?"
)


@pytest.fixture
def deps(calendar, ledger, clock, salon) -> BookingDeps:
    return BookingDeps(backend=calendar, ledger=ledger, clock=clock, salon=salon, hold_minutes=10)


def played_call(deps: BookingDeps, script: list[list[Step]]) -> TextCall:
    """A typed call whose bot audio is played in real time."""
    services = Services(
        stt=ScriptedSTTService(),
        llm=ScriptedLLMService(script),
        tts=SilenceTTSService(seconds_per_char=SECONDS_PER_CHAR),
    )
    return TextCall(
        runtime=deps,
        settings=Settings(_env_file=None, filler_after_seconds=30),
        caller_phone=CALLER,
        script=script,
        services=services,
        transport=PlayedTextTransport(),
    )


async def outcome_events(ledger, call_id: str) -> list[tuple[str, str, bool]]:
    return [
        (e.kind, e.data["text"], e.data["repeated"])
        for e in await ledger.timeline(call_id)
        if e.kind in ("outcome_heard", "outcome_cut")
    ]


async def bot_said(ledger, call_id: str) -> list[str]:
    return [e.data["text"] for e in await ledger.timeline(call_id) if e.kind == "bot_said"]


async def test_a_booking_cut_off_mid_sentence_is_said_once_more_when_the_caller_pauses(
    deps, ledger
):
    script = [
        ASK_FRIDAY_TEN,
        book_then({"say": ""}),
        [{"say": "Gerne."}],  # the reply to the caller who talked over the booking's sentence
    ]
    async with played_call(deps, script) as call:
        output = call.transport.output()
        await call.say("Dauerwelle bei Fabian, Freitag um zehn.")
        await call.send("Anna Berg.")
        await wait_for_event(ledger, call.call_id, "booking_confirmed")
        await output.played_for(0.4)  # a few words into the booking's sentence
        await call.send("Moment, wie bitte?")
        reply = await call.next_reply()
        call_id = call.call_id
        notices_during_call = await ledger.open_caller_notices(call_id=call_id)

    say = await booked_say(ledger, call_id)
    assert len(say) * SECONDS_PER_CHAR > 1.0  # it was cut with most of it unplayed
    assert reply.text == f"{say} Gerne."  # heard whole, once, before the reply to the turn
    assert await outcome_events(ledger, call_id) == [
        ("outcome_cut", say, False),
        ("outcome_heard", say, True),
    ]
    said = await bot_said(ledger, call_id)
    assert sum(s.count(say) for s in said) == 1  # what was played of the cut one is not in it
    assert call.pipeline.voice.spoken.count(say) == 2
    assert notices_during_call == []
    assert await ledger.open_caller_notices(call_id=call_id) == []  # heard: no notice


async def test_a_booking_heard_whole_is_not_said_again_when_the_caller_talks_over_what_follows(
    deps, ledger
):
    script = [
        ASK_FRIDAY_TEN,
        book_then({"say": FOLLOW_UP}),
        [{"say": "Gerne."}],
    ]
    async with played_call(deps, script) as call:
        output = call.transport.output()
        await call.say("Dauerwelle bei Fabian, Freitag um zehn.")
        await call.send("Anna Berg.")
        await wait_for_event(ledger, call.call_id, "outcome_heard")  # played to its last word
        await output.played_for(0.4)  # into the model's follow-up
        await call.send("Moment, noch eine Frage.")
        reply = await call.next_reply()
        call_id = call.call_id

    say = await booked_say(ledger, call_id)
    assert reply.text == "Gerne."
    assert await outcome_events(ledger, call_id) == [("outcome_heard", say, False)]
    assert call.pipeline.voice.spoken == [say]
    assert await ledger.open_caller_notices(call_id=call_id) == []


async def test_a_booking_cut_off_and_then_hung_up_on_leaves_a_caller_notice(deps, ledger):
    script = [ASK_FRIDAY_TEN, book_then({"say": ""}), [{"say": "Gerne."}]]
    async with played_call(deps, script) as call:
        output = call.transport.output()
        await call.say("Dauerwelle bei Fabian, Freitag um zehn.")
        await call.send("Anna Berg.")
        await wait_for_event(ledger, call.call_id, "booking_confirmed")
        await output.played_for(0.4)
        await call.send("Moment!")  # talks over it ...
        await wait_for_event(ledger, call.call_id, "outcome_cut")
        await call.cancel()  # ... and the line drops before it is said again in full
        call_id = call.call_id

    say = await booked_say(ledger, call_id)
    assert ("outcome_heard", say, True) not in await outcome_events(ledger, call_id)
    [appointment] = await ledger.appointments_for_call(call_id)
    [notice] = await ledger.open_caller_notices(call_id=call_id)
    assert (notice.appointment_id, notice.outcome) == (appointment.id, "confirmed")
    assert notice.caller_phone == CALLER
    [told] = [e.data for e in await ledger.timeline(call_id) if e.kind == "caller_must_be_told"]
    assert told["reason"] == "not_heard" and told["text"] == say


async def test_a_typed_call_hears_the_booking_once_and_leaves_no_notice(deps, ledger):
    script = [ASK_FRIDAY_TEN, book_then({"say": "Kann ich sonst noch etwas für Sie tun?"})]
    async with TextCall(
        runtime=deps, settings=Settings(_env_file=None), caller_phone=CALLER, script=script
    ) as call:
        await call.say("Dauerwelle bei Fabian, Freitag um zehn.")
        reply = await call.say("Anna Berg.")
        call_id = call.call_id

    say = await booked_say(ledger, call_id)
    assert reply.text == f"{say} Kann ich sonst noch etwas für Sie tun?"
    assert await outcome_events(ledger, call_id) == [("outcome_heard", say, False)]
    assert await ledger.open_caller_notices(call_id=call_id) == []
