"""Nobody stays on an idle line, and no call runs forever.

A caller who says nothing for a while is asked "Sind Sie noch da?"; silent as long again, they hear
why the call ends, what it changed, a goodbye, and the agent hangs up; holds are released as on
every end. After a goodbye (either side's) a short silence and the agent hangs up; a caller who
speaks again keeps the line. A call that reaches its maximum length is closed the same polite
way. Silence is timed on its own clock, which a typed call moves with `TextCall.silence`."""

from __future__ import annotations

from datetime import timedelta

import pytest

from agent.call import TextCall
from agent.config import Settings
from agent.local_line import LocalLine
from tests.filler import QUIET_TOOLS
from tests.test_agent_call import ASK_FRIDAY_TEN, BOOK_IT, CALLER
from tests.test_agent_goodbye import BOOKED_FRIDAY, NOTHING_HELD
from tools.deps import BookingDeps

STILL_THERE = "Sind Sie noch da?"
SILENCE_CLOSE = "Ich höre Sie leider nicht mehr, deshalb beende ich jetzt das Gespräch."
LIMIT_CLOSE = "Unsere Gesprächszeit ist leider um, deshalb beende ich jetzt das Gespräch."


@pytest.fixture
def deps(calendar, ledger, clock, salon) -> BookingDeps:
    return BookingDeps(
        backend=calendar,
        ledger=ledger,
        clock=clock,
        salon=salon,
        hold_minutes=10,
        lost_answer_settle_seconds=0.0,
    )


def settings(**overrides) -> Settings:
    return Settings(_env_file=None, **{"filler_after_seconds": QUIET_TOOLS, **overrides})


async def _kinds(ledger, call_id: str) -> list[str]:
    return [e.kind for e in await ledger.timeline(call_id)]


async def test_a_silent_caller_is_asked_then_told_goodbye_and_the_hold_is_released(
    deps, sandbox, ledger
):
    async with TextCall(
        runtime=deps, settings=settings(), caller_phone=CALLER, script=[ASK_FRIDAY_TEN]
    ) as call:
        await call.say("Dauerwelle bei Fabian, Freitag um zehn.")
        assert len(sandbox.active_reservations()) == 1
        assert await call.silence(5) == []  # a pause is no silence yet
        asked = await call.silence(4)
        assert [r.text for r in asked] == [STILL_THERE]
        assert call.result is None  # still on the line
        closed = await call.silence(9)
        call_id = call.call_id

    assert [r.text for r in closed] == [f"{SILENCE_CLOSE} {NOTHING_HELD} Auf Wiederhören!"]
    assert call.result is not None and call.result.closed_by_agent == "silence"
    assert sandbox.active_reservations() == []  # released by the session's end
    kinds = await _kinds(ledger, call_id)
    assert kinds.index("silence_prompted") < kinds.index("call_closed") < kinds.index("call_ended")
    [closed_entry] = [e for e in await ledger.timeline(call_id) if e.kind == "call_closed"]
    assert closed_entry.data == {"reason": "silence"}


async def test_silence_after_the_greeting_counts_too(deps):
    async with TextCall(runtime=deps, settings=settings(), caller_phone=CALLER, script=[]) as call:
        assert [r.text for r in await call.silence(8)] == [STILL_THERE]
        closed = await call.silence(8)
    assert [r.text for r in closed] == [
        f"{SILENCE_CLOSE} Heute wurde nichts gebucht. Auf Wiederhören!"
    ]


async def test_a_caller_who_speaks_after_the_question_starts_the_count_again(deps):
    script = [[{"say": "Ja, gern. Was kann ich für Sie tun?"}]]
    async with TextCall(
        runtime=deps, settings=settings(), caller_phone=CALLER, script=script
    ) as call:
        assert [r.text for r in await call.silence(9)] == [STILL_THERE]
        await call.say("Ja, ich bin noch da.")
        again = await call.silence(9)
        assert [r.text for r in again] == [STILL_THERE]
        assert call.result is None


async def test_the_silence_limit_is_configured(deps):
    async with TextCall(
        runtime=deps, settings=settings(silence_prompt_seconds=20), caller_phone=CALLER, script=[]
    ) as call:
        assert await call.silence(15) == []
        assert [r.text for r in await call.silence(6)] == [STILL_THERE]
    async with TextCall(
        runtime=deps, settings=settings(silence_prompt_seconds=0), caller_phone=CALLER, script=[]
    ) as call:
        assert await call.silence(300) == []  # off


async def test_after_the_goodbye_the_agent_hangs_up(deps, sandbox, ledger):
    script = [ASK_FRIDAY_TEN, BOOK_IT, [{"say": "Vielen Dank, auf Wiederhören!"}]]
    async with TextCall(
        runtime=deps, settings=settings(), caller_phone=CALLER, script=script
    ) as call:
        await call.say("Dauerwelle bei Fabian, Freitag um zehn.")
        await call.say("Anna Berg.")
        bye = await call.say("Danke, tschüss!")
        after = await call.silence(3)
        call_id = call.call_id

    assert bye.text == f"{BOOKED_FRIDAY} Vielen Dank, auf Wiederhören!"
    assert after == []  # the summary was heard; nothing is said twice
    assert call.result is not None and call.result.closed_by_agent == "goodbye"
    assert "call_closed" in await _kinds(ledger, call_id)
    assert len(sandbox.bookings()) == 1


async def test_a_caller_who_goes_on_after_the_goodbye_keeps_the_line(deps):
    script = [
        ASK_FRIDAY_TEN,
        [{"say": "Gern, auf Wiederhören!"}],
        [{"say": "Natürlich, was möchten Sie noch wissen?"}],
    ]
    async with TextCall(
        runtime=deps, settings=settings(), caller_phone=CALLER, script=script
    ) as call:
        await call.say("Dauerwelle bei Fabian, Freitag um zehn.")
        await call.say("Ich überlege noch, tschüss.")
        assert await call.silence(1) == []
        reply = await call.say("Ach, eine Frage noch!")
        assert reply.text == "Natürlich, was möchten Sie noch wissen?"
        assert await call.silence(3) == []  # a question is no goodbye
        assert call.result is None


async def test_the_bots_goodbye_ends_the_call_even_when_the_caller_did_not_say_one(deps):
    script = [[{"say": "Gern. Einen schönen Tag noch, auf Wiederhören!"}]]
    async with TextCall(
        runtime=deps, settings=settings(), caller_phone=CALLER, script=script
    ) as call:
        await call.say("Ich rufe später noch mal an.")
        await call.silence(2)
    assert call.result is not None and call.result.closed_by_agent == "goodbye"


async def test_a_call_at_its_maximum_length_is_closed_politely(deps, sandbox, clock, ledger):
    async with TextCall(
        runtime=deps,
        settings=settings(max_call_minutes=10),
        caller_phone=CALLER,
        script=[ASK_FRIDAY_TEN],
    ) as call:
        await call.say("Dauerwelle bei Fabian, Freitag um zehn.")
        await clock.elapse(timedelta(minutes=9, seconds=59))  # the caller talks on meanwhile
        assert call.result is None
        await clock.elapse(timedelta(seconds=1))
        closed = await call.silence(0)
        call_id = call.call_id

    assert [r.text for r in closed] == [f"{LIMIT_CLOSE} {NOTHING_HELD} Auf Wiederhören!"]
    assert call.result is not None and call.result.closed_by_agent == "max_duration"
    assert sandbox.active_reservations() == []
    [entry] = [e for e in await ledger.timeline(call_id) if e.kind == "call_closed"]
    assert entry.data == {"reason": "max_duration"}


async def test_an_english_call_is_asked_in_english(deps):
    async with TextCall(
        runtime=deps, settings=settings(language="en"), caller_phone=CALLER, script=[]
    ) as call:
        assert [r.text for r in await call.silence(8)] == ["Are you still there?"]


async def test_the_local_line_ends_its_pipeline_and_cannot_transfer(deps):
    async with TextCall(runtime=deps, settings=settings(), caller_phone=CALLER, script=[]) as call:
        line = call.session.line
        assert isinstance(line, LocalLine)
        assert await line.transfer("+493012345678") is False
        await line.hang_up()
        result = await call.hang_up()
    assert result.reason == "hangup"
    assert line.hung_up
