"""What the model says, and what code says that is no outcome, is heard by the same marks as an
outcome (`agent.guard.heard`), and the call's timeline says when it was not.

The guard hands each response's words on to the voice and one mark behind the response's end;
the mark passes the output (or the line echoes it) once the whole response has been played. A
response the caller talks over before that is `bot_cut` (why: talked_over), one still unplayed
when the call ends is `bot_cut` (why: call_ended); `played` is None (no line tells which part
was heard: cut, not heard). Speech is never said again and leaves no caller notice, and a
summary heard afterwards does not make it heard. The hang-up waits for its echo as for an
outcome's.
"""

from __future__ import annotations

import asyncio
from typing import Any

from pipecat.frames.frames import (
    InterruptionFrame,
    LLMFullResponseEndFrame,
    LLMFullResponseStartFrame,
    LLMTextFrame,
    UserStartedSpeakingFrame,
)
from pipecat.pipeline.pipeline import Pipeline
from pipecat.tests.utils import SleepFrame, run_test

from agent.guard import ConfirmationGuard
from agent.guard.heard import (
    SPEECH,
    SUMMARY,
    Heard,
    HeardMark,
    LineMark,
    OutcomeEar,
    OutcomeHearing,
)
from tests.guard_support import call_facts
from tests.waiting import PATIENCE_SECONDS

QUESTION = "Für welchen Tag möchten Sie den Termin?"
HOURS = "Wir haben montags bis freitags von neun bis achtzehn Uhr geöffnet."
SAY = "Ihr Termin ist gebucht."


def hearing_with_log() -> tuple[OutcomeHearing, list[tuple[str, dict[str, Any]]]]:
    events: list[tuple[str, dict[str, Any]]] = []

    async def log(kind: str, **data: Any) -> None:
        events.append((kind, data))

    return OutcomeHearing(log=log), events


# -- the hearing -----------------------------------------------------------------------------


async def test_speech_heard_by_the_lines_echo_leaves_nothing_to_log_or_repeat():
    hearing, events = hearing_with_log()
    speech = hearing.expect(QUESTION, kind=SPEECH)
    mark = hearing.sent(speech)

    await hearing.echoed(LineMark(label=mark.label))
    await hearing.call_ended()

    assert speech.state is Heard.HEARD
    assert events == []
    assert hearing.unheard() == [] and hearing.repeats() == []


async def test_speech_the_caller_talks_over_is_cut_not_heard_and_never_said_again():
    hearing, events = hearing_with_log()
    speech = hearing.expect(HOURS, kind=SPEECH)
    mark = hearing.sent(speech)

    await hearing.interrupted()
    await hearing.echoed(LineMark(label=mark.label))  # the line's echo of our clear
    await hearing.call_ended()

    assert speech.state is Heard.CUT
    assert events == [("bot_cut", {"text": HOURS, "played": None, "why": "talked_over"})]
    assert hearing.repeats() == []
    assert hearing.unheard() == []  # no caller notice for words that told no outcome


async def test_speech_still_unplayed_when_the_call_ends_is_on_the_timeline_as_not_heard():
    hearing, events = hearing_with_log()
    heard = hearing.expect(QUESTION, kind=SPEECH)
    await hearing.passed(hearing.sent(heard))
    goodbye = hearing.expect("Auf Wiederhören!", kind=SPEECH)
    hearing.sent(goodbye)

    await hearing.call_ended()
    await hearing.call_ended()  # once

    assert [(kind, data["text"], data["why"]) for kind, data in events] == [
        ("bot_cut", "Auf Wiederhören!", "call_ended")
    ]


async def test_a_summary_heard_tells_the_outcomes_before_it_but_not_the_speech_that_was_cut():
    hearing, events = hearing_with_log()
    outcome = hearing.expect(SAY, tool="book_appointment")
    hearing.sent(outcome)
    speech = hearing.expect(HOURS, kind=SPEECH)
    hearing.sent(speech)
    await hearing.interrupted()
    summary = hearing.expect("Gebucht ist: Dauerwelle.", tool=SUMMARY)

    await hearing.passed(hearing.sent(summary))

    assert outcome.state is Heard.HEARD and speech.state is Heard.CUT
    assert [(kind, data.get("via")) for kind, data in events if kind == "outcome_heard"] == [
        ("outcome_heard", None),
        ("outcome_heard", SUMMARY),
    ]


async def test_the_hang_up_waits_for_speech_sent_as_for_an_outcome():
    hearing, _ = hearing_with_log()
    speech = hearing.expect("Auf Wiederhören!", kind=SPEECH)
    mark = hearing.sent(speech)

    assert not await hearing.settled(0.05)  # no echo yet: the wait runs out
    waiting = asyncio.create_task(hearing.settled(PATIENCE_SECONDS))
    await asyncio.sleep(0.05)
    assert not waiting.done()
    await hearing.echoed(LineMark(label=mark.label))
    assert await asyncio.wait_for(waiting, PATIENCE_SECONDS) is True


async def test_speech_and_outcomes_carry_marks_of_their_own_names():
    hearing, _ = hearing_with_log()
    outcome_mark = hearing.sent(hearing.expect(SAY))
    speech_mark = hearing.sent(hearing.expect(QUESTION, kind=SPEECH))

    assert outcome_mark.label.startswith("heard-") and speech_mark.label.startswith("said-")
    assert outcome_mark.label != speech_mark.label


# -- the guard: one mark behind each response ------------------------------------------------


def guard_with(hearing: OutcomeHearing) -> ConfirmationGuard:
    return ConfirmationGuard(lambda: call_facts(), hearing=hearing)


async def test_each_response_goes_out_with_one_mark_behind_its_end_and_is_heard_when_it_passes():
    hearing, events = hearing_with_log()
    guard = guard_with(hearing)
    down, _ = await run_test(
        Pipeline([guard, OutcomeEar(hearing)]),
        frames_to_send=[
            LLMFullResponseStartFrame(),
            LLMTextFrame(HOURS + " "),
            LLMTextFrame(QUESTION),
            LLMFullResponseEndFrame(),
        ],
    )

    [speech] = hearing.outcomes
    assert (speech.kind, speech.text, speech.state) == (SPEECH, f"{HOURS} {QUESTION}", Heard.HEARD)
    assert events == []
    assert not any(isinstance(f, HeardMark) for f in down)  # the ear keeps it
    assert isinstance(down[-1], LLMFullResponseEndFrame)


async def test_a_response_the_caller_talks_over_is_cut_with_what_was_handed_on_of_it():
    hearing, events = hearing_with_log()
    guard = guard_with(hearing)
    down, _ = await run_test(
        guard,
        frames_to_send=[
            LLMFullResponseStartFrame(),
            LLMTextFrame(HOURS + " "),
            SleepFrame(0.05),
            UserStartedSpeakingFrame(),
            InterruptionFrame(),
            SleepFrame(0.05),
        ],
    )

    assert not any(isinstance(f, HeardMark) for f in down)  # no mark for a cut response
    assert events == [("bot_cut", {"text": HOURS, "played": None, "why": "talked_over"})]
    assert hearing.unheard() == [] and hearing.repeats() == []


async def test_a_response_whose_mark_never_came_back_is_not_heard_at_the_end_of_the_call():
    hearing, events = hearing_with_log()
    guard = guard_with(hearing)
    down, _ = await run_test(  # nothing after the guard plays it: its mark is not passed
        guard,
        frames_to_send=[
            LLMFullResponseStartFrame(),
            LLMTextFrame(QUESTION),
            LLMFullResponseEndFrame(),
        ],
    )
    await hearing.call_ended()

    [mark] = [f for f in down if isinstance(f, HeardMark)]
    assert mark.label == hearing.outcomes[0].mark
    assert events == [("bot_cut", {"text": QUESTION, "played": None, "why": "call_ended"})]
