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
from agent.messaging.messengers import StandInMessenger
from agent.services import Services
from agent.standins import ScriptedLLMService, ScriptedSTTService, SilenceTTSService, Step
from calendar_adapter.backend import BookingOutcomeUnknownError
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


async def cut_off_then_hung_up(deps: BookingDeps, ledger) -> str:
    """The caller talks over the booking's sentence and the line drops before it is said again
    in full; the call's id."""
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
    return call.call_id


async def test_a_booking_cut_off_and_then_hung_up_on_leaves_a_caller_notice(deps, ledger):
    call_id = await cut_off_then_hung_up(deps, ledger)

    say = await booked_say(ledger, call_id)
    assert ("outcome_heard", say, True) not in await outcome_events(ledger, call_id)
    [appointment] = await ledger.appointments_for_call(call_id)
    [notice] = await ledger.open_caller_notices(call_id=call_id)
    assert (notice.appointment_id, notice.outcome) == (appointment.id, "confirmed")
    assert notice.caller_phone == CALLER
    [told] = [e.data for e in await ledger.timeline(call_id) if e.kind == "caller_must_be_told"]
    assert told["reason"] == "not_heard" and told["text"] == say


async def test_a_booking_cut_off_whose_confirmation_is_texted_leaves_no_second_text(deps, ledger):
    deps.messenger = StandInMessenger()  # texts on: the booking's confirmation is queued
    call_id = await cut_off_then_hung_up(deps, ledger)

    [texted] = [e.data for e in await ledger.timeline(call_id) if e.kind == "sms_queued"]
    assert texted["outcome"] == "booked"
    assert await ledger.open_caller_notices(call_id=call_id) == []  # the text tells them


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


async def test_a_booking_cut_off_twice_is_told_by_the_summary_the_caller_hears_at_goodbye(
    deps, ledger
):
    script = [
        ASK_FRIDAY_TEN,
        book_then({"say": ""}),
        [{"say": "Gerne."}],  # cut off, like the booking's sentence said once more before it
        [{"say": "Prima."}],
        [{"say": "Auf Wiederhören!"}],
    ]
    async with played_call(deps, script) as call:
        output = call.transport.output()
        await call.say("Dauerwelle bei Fabian, Freitag um zehn.")
        await call.send("Anna Berg.")
        await wait_for_event(ledger, call.call_id, "booking_confirmed")
        await output.played_for(0.4)
        await call.send("Moment, wie bitte?")  # cuts the booking's sentence
        await wait_for_event(ledger, call.call_id, "outcome_cut")
        await output.played_for(0.4)  # into the sentence said once more
        await call.send("Ach so, ja.")  # cuts it again: it is not said a third time
        after_second_cut = await call.next_reply()
        goodbye = await call.say("Danke, tschüss!")
        call_id = call.call_id

    say = await booked_say(ledger, call_id)
    summary = "Gebucht ist: Dauerwelle am Freitag, 27. November, 10 Uhr bei Fabian Spitzer."
    assert after_second_cut.text == "Prima."
    assert goodbye.text == f"{summary} Auf Wiederhören!"
    assert call.pipeline.voice.spoken.count(say) == 2
    timeline = await ledger.timeline(call_id)
    heard = [(e.data["text"], e.data.get("via")) for e in timeline if e.kind == "outcome_heard"]
    assert heard == [(summary, None), (say, "summary")]  # the summary told it, heard whole
    assert [e.data["repeated"] for e in timeline if e.kind == "outcome_cut"] == [False, True]
    assert await ledger.open_caller_notices(call_id=call_id) == []


async def test_a_lost_booking_settled_by_a_booking_the_caller_talks_over_is_told_once_after(
    calendar, ledger, clock, salon, sandbox, monkeypatch
):
    """Ben's booking is made in Cal.com but its answer is lost (the caller hears it is open).
    The caller's own booking looks again and finds Ben's made, while the caller is talking over
    the bot: both outcomes reach the caller in one sentence from code once they pause, heard
    once, and no notice is left."""
    deps = BookingDeps(
        backend=calendar,
        ledger=ledger,
        clock=clock,
        salon=salon,
        hold_minutes=10,
        lost_answer_settle_seconds=0.0,
    )
    send = calendar.create_booking

    async def carried_out_answer_lost(request):
        await send(request)
        sandbox.faults.fail_next(10_000, "5xx", "GET /v2/bookings")
        raise BookingOutcomeUnknownError("answer lost", request_id=request.request_id)

    def check(service: str, stylist: str, time: str, **more: str) -> list[Step]:
        arguments = {"service": service, "stylist": stylist, "date": "Freitag", "time": time}
        call = {"name": "check_availability", "arguments": {**arguments, **more}}
        return [{"tool_calls": [call]}, {"say": "Auf welchen Namen?"}]

    def book(name: str) -> list[Step]:
        call = {
            "name": "book_appointment",
            "arguments": {"slot_id": "{check_availability.slot_id}", "customer_name": name},
        }
        return [{"tool_calls": [call]}, {"say": ""}]

    script = [
        check("Herrenhaarschnitt", "Fabian", "10:00", weekday="Freitag", for_person="Ben"),
        book("Ben"),
        check("Färben", "Sophie", "14:00", weekday="Freitag"),
        book("Erika Muster"),  # the caller talks over it while Cal.com answers
        [{"say": "Ja, ich höre Sie."}],
    ]
    async with TextCall(
        runtime=deps,
        settings=Settings(_env_file=None, filler_after_seconds=30),
        caller_phone=CALLER,
        script=script,
    ) as call:
        await call.say("Einen Herrenhaarschnitt für meinen Sohn Ben, Freitag um zehn bei Fabian.")
        monkeypatch.setattr(calendar, "create_booking", carried_out_answer_lost)
        open_for_ben = await call.say("Ben.")
        sandbox.faults.clear()
        monkeypatch.undo()
        await call.say("Und für mich Färben bei Sophie, Freitag um vierzehn Uhr.")
        sandbox.faults.latency(1.0, endpoint="POST /v2/bookings")
        await call.send("Erika Muster.")
        await wait_for_event(ledger, call.call_id, "booking_resolved")  # Ben's, settled now
        interrupting = await call.say("Hallo? Sind Sie noch da?")
        told = await call.next_reply()
        call_id = call.call_id
        messages = [m for m in call.pipeline.context.messages if isinstance(m, dict)]

    # the caller's booking was cut off in pipecat by their talking, and went on
    assert any(m.get("role") == "tool" and m.get("content") == "CANCELLED" for m in messages)
    results = [e.data for e in await ledger.timeline(call_id) if e.kind == "tool_result"]
    mine = next(r["result"] for r in results if r["result"].get("also_landed"))
    assert "prüft" in open_for_ben.text  # Ben's was open to the caller
    assert interrupting.text == "Ja, ich höre Sie."
    assert told.text == mine["say"]
    assert "Die frühere Buchung" in mine["say"] and "Herrenhaarschnitt" in mine["say"]
    heard = [e.data["text"] for e in await ledger.timeline(call_id) if e.kind == "outcome_heard"]
    assert heard.count(mine["say"]) == 1
    said = await bot_said(ledger, call_id)
    assert sum(s.count(mine["say"]) for s in said) == 1
    assert (
        sorted(r.state.value for r in await ledger.appointments_for_call(call_id)).count(
            "confirmed"
        )
        == 2
    )
    assert await ledger.open_caller_notices(call_id=call_id) == []


async def test_the_summary_the_agent_ends_the_call_with_is_heard_like_an_outcome(deps, ledger):
    script = [ASK_FRIDAY_TEN, book_then({"say": ""})]
    async with TextCall(
        runtime=deps, settings=Settings(_env_file=None), caller_phone=CALLER, script=script
    ) as call:
        await call.say("Dauerwelle bei Fabian, Freitag um zehn.")
        await call.say("Anna Berg.")
        await call.end_call()
        call_id = call.call_id

    say = await booked_say(ledger, call_id)
    summary = "Gebucht ist: Dauerwelle am Freitag, 27. November, 10 Uhr bei Fabian Spitzer."
    heard = [
        (e.data["text"], e.data["tool"])
        for e in await ledger.timeline(call_id)
        if e.kind == "outcome_heard"
    ]
    assert heard == [(say, "book_appointment"), (summary, "summary")]
