"""Code's own voice: outcomes and summaries the caller must hear, verbatim, exactly once.

What Cal.com did is composed into a sentence by code (a tool result's `say`, the call summary).
The model may paraphrase it, forget it or repeat it; so code speaks it itself, at the first
moment the caller can hear it:

- inside the bot's reply to a turn (a tool result arriving while the reply is being made), right
  where the reply stands, before the model's follow-up;
- when the caller is talking, as soon as they pause (their turn ends);
- when nothing is going on (a booking that finished after a barge-in, once the bot's reply to the
  interrupting turn is over), as a reply of its own.

Never in the middle of a response the model is streaming. A text the caller hears from code once
is not spoken again until the caller speaks (two results with the same `say`, a tool called twice
for one outcome): compared letter by letter, so other spacing or punctuation is the same text. Sits between the reply marker and the
guard; what it speaks is a `TTSSpeakFrame`, which pipecat's assistant aggregator puts into the
context as said. Context messages that belong to a late result go with a reply of its own
(`take_context`), so the model learns the result even if the caller says nothing more.

Told means heard (`agent.guard.heard`): each outcome goes out followed by a mark that passes the
output only once its audio has been played. An outcome the caller cut off by talking over it is
said once more as soon as they pause, ahead of the reply to their turn; one heard whole is not.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from loguru import logger
from pipecat.frames.frames import (
    DataFrame,
    EndFrame,
    Frame,
    InterruptionFrame,
    LLMFullResponseEndFrame,
    LLMFullResponseStartFrame,
    LLMMessagesAppendFrame,
    TTSSpeakFrame,
    UserStartedSpeakingFrame,
    UserStoppedSpeakingFrame,
)
from pipecat.processors.frame_processor import FrameDirection, FrameProcessor

from agent.guard.heard import OutcomeHearing, SpokenOutcome
from agent.guard.sentences import spoken_form

REPLY_COMPLETE = "reply_complete"  # agent.pipeline.ReplyEndMarker's mark (imported there)
CODE_SPEECH = "code_speech"  # marks what this voice speaks, for the guard (not the filler's)

# Context messages waiting for the model, and whether they need an answer from it.
TakeContext = Callable[[], tuple[list[dict[str, Any]], bool]]


@dataclass
class _Flush(DataFrame):
    """Queued behind what this processor has not yet passed on, so speech keeps its place."""


class CodeVoice(FrameProcessor):
    """Speaks what code composed, when the caller can hear it (see the module docstring)."""

    def __init__(
        self,
        *,
        take_context: TakeContext | None = None,
        hearing: OutcomeHearing | None = None,
        **kwargs,
    ):
        super().__init__(**kwargs)
        self._take_context = take_context
        self.hearing = hearing if hearing is not None else OutcomeHearing()
        self._pending: list[SpokenOutcome] = []
        self._caller_speaking = False
        self._response_open = False
        self._in_reply = False  # a caller's turn is being answered
        self._told: set[str] = set()  # forms of what code speaks, since the caller last spoke
        self.spoken: list[str] = []

    async def say(
        self, text: str, *, tool: str | None = None, result: dict[str, Any] | None = None
    ) -> None:
        """Speak `text` at the next moment the caller can hear it; not when the caller hears
        (or is about to hear) the same text from code since they last spoke. `tool`, `result`:
        the tool result whose `say` it is (for a notice if the caller never hears it)."""
        form = spoken_form(text)
        if form in self._told:
            logger.info(f"{self}: {text.strip()!r} is said already; not again")
        elif form:
            self._told.add(form)
            self._pending.append(self.hearing.expect(text.strip(), tool=tool, result=result))
        await self.queue_frame(_Flush())

    async def deliver_context(self) -> None:
        """Hand waiting context messages to the model at the next quiet moment."""
        await self.queue_frame(_Flush())

    async def process_frame(self, frame: Frame, direction: FrameDirection):
        await super().process_frame(frame, direction)
        if isinstance(frame, _Flush):
            await self._flush()
            return
        if direction != FrameDirection.DOWNSTREAM:
            await self.push_frame(frame, direction)
            return
        if isinstance(frame, UserStartedSpeakingFrame):
            self._caller_speaking = True
            self._told = {spoken_form(o.text) for o in self._pending}  # still to be heard
        elif isinstance(frame, UserStoppedSpeakingFrame):
            self._caller_speaking = False
            self._in_reply = True
            # What the caller cut off goes once more, before what waited for them
            again = self.hearing.repeats()
            self._told |= {spoken_form(o.text) for o in again}
            self._pending = [*again, *self._pending]
            # The caller paused: what waited for them goes now, ahead of the reply to this turn
            # (its frames may already be queued here, behind this system frame).
            await self.push_frame(frame, direction)
            await self._flush()
            return
        elif isinstance(frame, InterruptionFrame):
            self._response_open = False
            await self.hearing.interrupted()
        elif isinstance(frame, EndFrame):
            await self._flush(force=True)
        await self.push_frame(frame, direction)
        if isinstance(frame, LLMFullResponseStartFrame):
            self._response_open = True
        elif isinstance(frame, LLMFullResponseEndFrame):
            self._response_open = False
            if frame.metadata.get(REPLY_COMPLETE):
                self._in_reply = False
            await self._flush()

    async def _flush(self, *, force: bool = False) -> None:
        if not force and (self._caller_speaking or self._response_open):
            return
        if self._in_reply and not force:
            await self._speak_pending()
            return
        messages, run_llm = self._take_context() if self._take_context else ([], False)
        if self._pending:
            await self.push_frame(LLMFullResponseStartFrame())
            await self._speak_pending()
            end = LLMFullResponseEndFrame()
            end.metadata[REPLY_COMPLETE] = True
            await self.push_frame(end)
        if messages and not force:
            await self.push_frame(LLMMessagesAppendFrame(messages=messages, run_llm=run_llm))

    async def _speak_pending(self) -> None:
        # One at a time, each sent before its frames leave: an interruption that cuts this off
        # finds it sent (to be said again) or still pending, never lost in between.
        while self._pending:
            outcome = self._pending.pop(0)
            again = " again (cut off before)" if outcome.repeated else ""
            logger.info(f"{self}: code speaks {outcome.text!r}{again}")
            self.spoken.append(outcome.text)
            mark = self.hearing.sent(outcome)
            frame = TTSSpeakFrame(outcome.text)
            frame.metadata[CODE_SPEECH] = True
            await self.push_frame(frame)
            await self.push_frame(mark)
