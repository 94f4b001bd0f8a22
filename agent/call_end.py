"""Code ends the call: what it must say, then the line is hung up, once the caller has heard it.

One way for every reason code ends a call (`CallEnder.end`): the caller's silence, the maximum call
duration, the silence after a goodbye, a pipeline gone idle, or a test/replay ending the call. The
tool calls still running finish first (a booking is recorded, not cut off); then code speaks, as a
reply of its own, its words (why the call ends), the call's summary if it is due (what the call
changed, from the ledger: `CallSummary`) and a goodbye; once that reply has passed the output
and the line has played what was sent (`agent.guard.heard`: a mark behind the reply, echoed by
Twilio or Telnyx once played; at most `PLAYED_WITHIN_SECONDS` more), the timeline notes
`call_closed` and the call's line hangs up (`tools.line.CallLine`: the local line ends the
pipeline, a phone line ends the call at the provider). A reply with the summary in it is heard
as an outcome (a notice when it was not: `agent.unheard`); one without it as speech (`bot_cut`
when not heard). The session's end then releases the holds, as on every end.
"""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from typing import Protocol

from loguru import logger
from pipecat.frames.frames import (
    EndFrame,
    Frame,
    LLMFullResponseEndFrame,
    LLMFullResponseStartFrame,
    TTSSpeakFrame,
)
from pipecat.processors.frame_processor import FrameProcessor

from agent.guard import REPLY_COMPLETE
from agent.guard.heard import SPEECH, SUMMARY, HeardMark, OutcomeHearing
from agent.guard.voice import CODE_SPEECH
from agent.silence import HEARD_KEY, SilenceWatch

# Words code says when it ends a call, by reason (the summary comes between them and the goodbye).
WORDS: dict[str, dict[str, str]] = {
    "de": {
        "still_there": "Sind Sie noch da?",
        "silence": "Ich höre Sie leider nicht mehr, deshalb beende ich jetzt das Gespräch.",
        "max_duration": "Unsere Gesprächszeit ist leider um, deshalb beende ich jetzt das "
        "Gespräch.",
        "goodbye": "Auf Wiederhören!",
    },
    "en": {
        "still_there": "Are you still there?",
        "silence": "I can't hear you any more, so I'm ending the call now.",
        "max_duration": "We have reached the time limit for this call, so I'm ending it now.",
        "goodbye": "Goodbye!",
    },
}
# How long code waits for its words to be heard (real seconds): past it, it hangs up anyway.
HEARD_WITHIN_SECONDS = 30.0
# How long the hang-up waits for the line to echo that it played the outcomes sent (Twilio's
# marks, agent/guard/heard.py): its queue and jitter buffer are well under this.
PLAYED_WITHIN_SECONDS = 3.0
QUIET_WITHIN_SECONDS = 15.0  # for a reply being made to end before code speaks
TOOLS_WITHIN_SECONDS = 30.0  # for tool calls still running (a booking on its way)


class _Session(Protocol):
    call_id: str
    line: object | None

    async def log(self, kind: str, **data: object) -> None: ...


class _Facts(Protocol):
    async def refresh(self) -> None: ...


class _Summary(Protocol):
    def due(self) -> str | None: ...


class _Tools(Protocol):
    async def drain(self, within: float = ...) -> None: ...


class CallEnder:
    """Ends one call from our side (see the module docstring); the first reason wins."""

    def __init__(
        self,
        *,
        session: _Session,
        facts: _Facts,
        summary: _Summary,
        tools: _Tools,
        voice: FrameProcessor,
        watch: SilenceWatch,
        end_pipeline: Callable[[EndFrame], Awaitable[None]],
        language: str = "de",
        hearing: OutcomeHearing | None = None,
    ):
        self._hearing = hearing
        self._session = session
        self._facts = facts
        self._summary = summary
        self._tools = tools
        self._voice = voice
        self._watch = watch
        self._end_pipeline = end_pipeline
        self._words = WORDS["en" if language == "en" else "de"]
        self.reason: str | None = None

    def words(self, key: str) -> str:
        return self._words[key]

    async def ask_if_still_there(self) -> None:
        """The caller has been silent: ask, and return once the question was heard."""
        await self._session.log("silence_prompted", text=self._words["still_there"])
        question = self._words["still_there"]
        await self.speak(question, mark=self._mark(question, summary=False))

    async def end(self, reason: str, *, words: str | None = None, goodbye: bool = False) -> None:
        """End the call: tools finish, code says `words`, the summary if due and (with
        `goodbye`) a goodbye, and once that was heard the line hangs up."""
        if self.reason is not None:
            return
        self.reason = reason
        self._watch.stop()
        logger.info(f"call {self._session.call_id}: ending the call ({reason})")
        await self._tools.drain(within=TOOLS_WITHIN_SECONDS)
        await self._facts.refresh()
        summary = self._summary.due()
        parts = [words, summary, self._words["goodbye"] if goodbye else None]
        text = " ".join(p for p in parts if p)
        await self._watch.quiet(QUIET_WITHIN_SECONDS)
        if text:
            await self.speak(text, mark=self._mark(text, summary=bool(summary)))
        if self._hearing is not None and not await self._hearing.settled(PLAYED_WITHIN_SECONDS):
            logger.warning(f"call {self._session.call_id}: an outcome sent was not played in time")
        await self._session.log("call_closed", reason=reason)
        line = self._session.line
        if line is not None:
            await line.hang_up()  # type: ignore[attr-defined]
        else:
            await self._end_pipeline(EndFrame())

    def _mark(self, text: str, *, summary: bool) -> HeardMark | None:
        """The hearing's mark for code's words: an outcome's when they carry the call's
        summary, speech's otherwise."""
        if self._hearing is None:
            return None
        if summary:
            return self._hearing.sent(self._hearing.expect(text, tool=SUMMARY))
        return self._hearing.sent(self._hearing.expect(text, kind=SPEECH))

    async def speak(self, text: str, *, mark: HeardMark | None = None) -> None:
        """Say `text` as a reply of its own and wait (bounded) until it has been heard. `mark`:
        the hearing's, sent behind the reply (the summary in it)."""
        token = uuid.uuid4().hex
        self._watch.expect(token)
        await speak_as_reply(self._voice, text, token=token)
        if mark is not None:
            await self._voice.queue_frame(mark)
        if not await self._watch.heard(token, HEARD_WITHIN_SECONDS):
            logger.warning(f"call {self._session.call_id}: {text!r} not heard in time")


def code_reply(text: str, *, token: str | None = None, whole: bool = True) -> list[Frame]:
    """The frames of code saying `text`: with `whole`, a complete reply of its own (start,
    speech, end); otherwise the speech alone, heard as part of the reply being made. `token`
    tags the end for `SilenceWatch.heard`."""
    speech = TTSSpeakFrame(text)
    speech.metadata[CODE_SPEECH] = True
    if not whole:
        return [speech]
    end = LLMFullResponseEndFrame()
    end.metadata[REPLY_COMPLETE] = True
    if token is not None:
        end.metadata[HEARD_KEY] = token
    return [LLMFullResponseStartFrame(), speech, end]


async def speak_as_reply(voice: FrameProcessor, text: str, *, token: str | None = None) -> None:
    """Queue `text` at code's voice as a complete reply of its own, after whatever the voice is
    passing on now."""
    for frame in code_reply(text, token=token):
        await voice.queue_frame(frame)
