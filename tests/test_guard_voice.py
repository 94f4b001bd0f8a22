"""Code's voice: what code composed (a tool's `say`, the summary) is spoken at the first moment
the caller can hear it: inside the reply being made, right after the caller pauses, or as a
reply of its own when nothing is going on; never in the middle of what the model streams."""

from __future__ import annotations

from dataclasses import dataclass

from pipecat.frames.frames import (
    DataFrame,
    EndFrame,
    Frame,
    InterruptionFrame,
    LLMFullResponseEndFrame,
    LLMFullResponseStartFrame,
    LLMMessagesAppendFrame,
    LLMTextFrame,
    TTSSpeakFrame,
    UserStartedSpeakingFrame,
    UserStoppedSpeakingFrame,
)
from pipecat.pipeline.pipeline import Pipeline
from pipecat.processors.frame_processor import FrameDirection, FrameProcessor
from pipecat.tests.utils import SleepFrame, run_test

from agent.guard import REPLY_COMPLETE, CodeVoice
from agent.guard.heard import Heard, HeardMark, OutcomeEar

SAY = "Ihr Termin ist gebucht: Dauerwelle bei Fabian Spitzer am Freitag, 27. November, um 10 Uhr."


@dataclass
class ResultArrives(DataFrame):
    """Stands for a tool result reaching the tool wiring at this point of the call: with its
    `say`, or (None) a late failure without one."""

    say: str | None = SAY


class ToolWiringStandIn(FrameProcessor):
    """Asks code's voice to speak when a result arrives, as `ToolWiring` does."""

    def __init__(self, voice: CodeVoice):
        super().__init__()
        self._voice = voice

    async def process_frame(self, frame: Frame, direction: FrameDirection):
        await super().process_frame(frame, direction)
        if isinstance(frame, ResultArrives) and frame.say is not None:
            await self._voice.say(frame.say)
        elif isinstance(frame, ResultArrives):
            await self._voice.deliver_context()
        else:
            await self.push_frame(frame, direction)


def end_of_reply() -> LLMFullResponseEndFrame:
    end = LLMFullResponseEndFrame()
    end.metadata[REPLY_COMPLETE] = True
    return end


def caller_turn() -> list[Frame]:
    return [
        UserStartedSpeakingFrame(),
        SleepFrame(0.05),
        UserStoppedSpeakingFrame(),
        SleepFrame(0.05),
    ]


def described(frames: list[Frame]) -> list[str]:
    out = []
    for f in frames:
        if isinstance(f, TTSSpeakFrame):
            out.append(f"code: {f.text}")
        elif isinstance(f, LLMTextFrame):
            out.append(f"model: {f.text}")
        elif isinstance(f, LLMFullResponseStartFrame):
            out.append("start")
        elif isinstance(f, LLMFullResponseEndFrame):
            out.append("end of reply" if f.metadata.get(REPLY_COMPLETE) else "end")
        elif isinstance(f, UserStoppedSpeakingFrame):
            out.append("caller paused")
        elif isinstance(f, LLMMessagesAppendFrame):
            out.append(f"context +{len(f.messages)} (answer: {f.run_llm})")
    return out


async def spoken(voice: CodeVoice, *frames: Frame) -> list[str]:
    down, _ = await run_test(
        Pipeline([ToolWiringStandIn(voice), voice]), frames_to_send=list(frames)
    )
    return described(down)


async def test_a_result_inside_a_reply_is_spoken_there_before_the_models_follow_up():
    voice = CodeVoice()
    heard = await spoken(
        voice,
        *caller_turn(),
        LLMFullResponseStartFrame(),  # the model calls the booking tool
        LLMFullResponseEndFrame(),
        ResultArrives(),
        LLMFullResponseStartFrame(),  # its follow-up
        LLMTextFrame("Kann ich sonst noch etwas für Sie tun?"),
        end_of_reply(),
    )
    assert heard == [
        "caller paused",
        "start",
        "end",
        f"code: {SAY}",
        "start",
        "model: Kann ich sonst noch etwas für Sie tun?",
        "end of reply",
    ]
    assert voice.spoken == [SAY]


async def test_a_result_while_the_caller_talks_is_spoken_when_they_pause():
    heard = await spoken(
        CodeVoice(),
        UserStartedSpeakingFrame(),
        SleepFrame(0.05),
        ResultArrives(),  # the booking finishes while the caller is still talking
        SleepFrame(0.05),
        UserStoppedSpeakingFrame(),
        SleepFrame(0.05),
        LLMFullResponseStartFrame(),
        LLMTextFrame("Ja, ich höre Sie."),
        end_of_reply(),
    )
    assert heard == [
        "caller paused",
        f"code: {SAY}",
        "start",
        "model: Ja, ich höre Sie.",
        "end of reply",
    ]


async def test_a_result_during_a_streamed_response_waits_for_its_end_then_is_a_reply_of_its_own():
    voice = CodeVoice(
        take_context=lambda: ([{"role": "developer", "content": "late result"}], False)
    )
    heard = await spoken(
        voice,
        *caller_turn(),
        LLMFullResponseStartFrame(),
        LLMTextFrame("Ja, "),
        ResultArrives(),
        LLMTextFrame("ich höre Sie."),
        end_of_reply(),
    )
    assert heard == [
        "caller paused",
        "start",
        "model: Ja, ",
        "model: ich höre Sie.",
        "end of reply",
        "start",
        f"code: {SAY}",
        "end of reply",
        "context +1 (answer: False)",  # the model learns what the caller heard
    ]


async def test_a_failure_nobody_spoke_goes_to_the_model_to_answer_when_the_call_is_quiet():
    waiting = [[{"role": "developer", "content": "late: not_booked"}]]

    def take_context():
        return (waiting.pop() if waiting else []), True

    voice = CodeVoice(take_context=take_context)
    heard = await spoken(voice, SleepFrame(0.05), ResultArrives(say=None))
    assert heard == ["context +1 (answer: True)"]
    assert voice.spoken == []


async def test_what_waits_for_the_caller_is_still_spoken_when_the_call_ends():
    voice = CodeVoice()
    heard = await spoken(
        voice,
        UserStartedSpeakingFrame(),
        SleepFrame(0.05),
        ResultArrives("Heute wurde nichts gebucht."),
        SleepFrame(0.05),
        EndFrame(),
    )
    assert heard == ["start", "code: Heute wurde nichts gebucht.", "end of reply"]


async def test_the_same_outcome_twice_in_one_turn_is_spoken_once_and_another_one_too():
    voice = CodeVoice()
    other = "Ihr Termin Bartpflege bei Mehmet am Samstag, 28. November, um 11 Uhr ist storniert."
    heard = await spoken(
        voice,
        *caller_turn(),
        LLMFullResponseStartFrame(),  # the model calls three tools
        LLMFullResponseEndFrame(),
        ResultArrives(),
        ResultArrives("  " + SAY.replace(", ", " , ").replace(".", " .") + "  "),  # same words
        ResultArrives(other),  # a different outcome
        LLMFullResponseStartFrame(),
        LLMTextFrame("Sonst noch etwas?"),
        end_of_reply(),
    )
    assert heard == [
        "caller paused",
        "start",
        "end",
        f"code: {SAY}",
        f"code: {other}",
        "start",
        "model: Sonst noch etwas?",
        "end of reply",
    ]
    assert voice.spoken == [SAY, other]


async def test_waiting_for_the_caller_to_pause_the_same_outcome_is_still_spoken_once():
    voice = CodeVoice()
    heard = await spoken(
        voice,
        UserStartedSpeakingFrame(),
        SleepFrame(0.05),
        ResultArrives(),
        ResultArrives(),  # a second result with the same sentence, while the caller talks
        SleepFrame(0.05),
        UserStoppedSpeakingFrame(),
        SleepFrame(0.05),
    )
    assert heard == ["caller paused", f"code: {SAY}"]


async def test_after_the_caller_spoke_the_same_sentence_may_be_spoken_again():
    """A new turn is a new question ("wirklich gebucht?"): an outcome told again is not an
    echo of the last turn."""
    voice = CodeVoice()
    await spoken(
        voice,
        *caller_turn(),
        ResultArrives(),
        end_of_reply(),
        SleepFrame(0.05),
        *caller_turn(),
        ResultArrives(),
        end_of_reply(),
    )
    assert voice.spoken == [SAY, SAY]


# -- told means heard (agent.guard.heard) -----------------------------------------------------


def barge_in() -> list[Frame]:
    """The caller talks over the bot, then pauses."""
    return [
        UserStartedSpeakingFrame(),
        InterruptionFrame(),
        SleepFrame(0.05),
        UserStoppedSpeakingFrame(),
        SleepFrame(0.05),
    ]


async def test_an_outcome_cut_off_is_said_once_more_at_the_pause_and_not_a_third_time():
    voice = CodeVoice()  # nothing after it plays the outcome: its mark never passes
    heard = await spoken(voice, SleepFrame(0.05), ResultArrives(), SleepFrame(0.05), *barge_in())
    again = await spoken(voice, *barge_in())

    assert heard == ["start", f"code: {SAY}", "end of reply", "caller paused", f"code: {SAY}"]
    assert again == ["caller paused"]
    [outcome] = voice.hearing.outcomes
    assert (outcome.state, outcome.repeated) == (Heard.CUT, True)
    assert voice.hearing.unheard() == [outcome]


async def test_an_outcome_heard_whole_is_not_said_again_when_the_caller_interrupts():
    voice = CodeVoice()
    down, _ = await run_test(
        Pipeline([ToolWiringStandIn(voice), voice, OutcomeEar(voice.hearing)]),
        frames_to_send=[SleepFrame(0.05), ResultArrives(), SleepFrame(0.05), *barge_in()],
    )

    assert described(down) == ["start", f"code: {SAY}", "end of reply", "caller paused"]
    assert not any(isinstance(f, HeardMark) for f in down)  # the ear keeps the marks
    assert voice.hearing.unheard() == []
