"""Nobody stays on an idle line: the caller's silence, and the silence after a goodbye.

`SilenceWatch` sits after the transport's output, where what the caller has actually heard passes
(a reply's end frame leaves the output only once its audio has been played). It keeps the timer
Pipecat's `UserIdleController` keeps, by the same rules: started when the bot has finished
speaking (its reply complete, or its speech stopped), cancelled when anyone starts speaking or a
tool call starts. It differs in two ways: the timer runs on a `Clock` (the wall clock on a
call; a replay moves a pinned one), and what it does depends on what was said before:

- the caller was silent `silence_seconds` after the bot finished: `on_silence(first=True)` (code
  asks "Sind Sie noch da?"); silent again as long after that: `on_silence(first=False)` (code says
  goodbye and hangs up);
- the last reply ended the call (the bot said goodbye, or answered the caller's goodbye without
  asking anything) and the caller stays silent `after_goodbye_seconds`: `on_goodbye_silence()`
  (code hangs up). A caller who speaks again keeps the call going.

It also tells code's call end when the words it queued have been heard (`heard`).
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable

from pipecat.frames.frames import (
    BotStartedSpeakingFrame,
    BotStoppedSpeakingFrame,
    CancelFrame,
    EndFrame,
    Frame,
    FunctionCallsStartedFrame,
    InterruptionFrame,
    LLMFullResponseEndFrame,
    LLMFullResponseStartFrame,
    TTSStartedFrame,
    TTSStoppedFrame,
    TTSTextFrame,
    UserStartedSpeakingFrame,
    UserStoppedSpeakingFrame,
)
from pipecat.processors.frame_processor import FrameDirection, FrameProcessor

from agent.guard import REPLY_COMPLETE, is_farewell
from calendar_adapter.clock import Clock

HEARD_KEY = "heard_token"  # an end frame carrying this is resolved in `heard` once it passed


def ends_speech(frame: Frame) -> bool:
    """A downstream frame after which the silence timer may start: a complete reply's end, or
    speech stopped. Counted on both sides of the output (`speech_ends`, since the last
    interruption, which drops the frames still queued) so a typed call can tell when the
    watch has seen every end the caller has."""
    return isinstance(frame, TTSStoppedFrame | BotStoppedSpeakingFrame) or (
        isinstance(frame, LLMFullResponseEndFrame) and bool(frame.metadata.get(REPLY_COMPLETE))
    )


class SilenceWatch(FrameProcessor):
    """After the output: the silence timer (see the module docstring)."""

    def __init__(
        self,
        *,
        clock: Clock,
        silence_seconds: float,
        after_goodbye_seconds: float,
        on_silence: Callable[[bool], Awaitable[None]],
        on_goodbye_silence: Callable[[], Awaitable[None]],
        **kwargs,
    ):
        super().__init__(**kwargs)
        self._clock = clock
        self._silence_seconds = silence_seconds
        self._after_goodbye_seconds = after_goodbye_seconds
        self._on_silence = on_silence
        self._on_goodbye_silence = on_goodbye_silence
        self._timer: asyncio.Task | None = None
        self._caller_talking = False
        self._replying = False
        self._tools = False
        self._asked = False  # "Sind Sie noch da?" was said since the caller last spoke
        self._goodbye = False  # the last reply ended the call
        self._caller_goodbye = False  # the caller said goodbye in the turn being answered
        self._reply_text: list[str] = []
        self._heard: dict[str, asyncio.Event] = {}
        self._quiet = asyncio.Event()
        self._quiet.set()
        self.stopped = False  # code is ending the call: nothing more is started
        self.fired = 0  # how often the timer ran out (a replay waits for what follows)
        self.speech_ends = 0  # `ends_speech` frames handled since the last interruption
        self.interruptions = 0

    @property
    def timer(self) -> asyncio.Task | None:
        """The running silence timer's task (None while none runs)."""
        return self._timer

    # -- what others tell it ------------------------------------------------------------------

    def caller_said_goodbye(self) -> None:
        """The caller's turn said goodbye (the reply to it may end the call)."""
        self._caller_goodbye = True

    def stop(self) -> None:
        """The call is being ended by code: no more silence handling."""
        self.stopped = True
        self._cancel_timer()

    def expect(self, token: str) -> None:
        """An end frame tagged `HEARD_KEY: token` is on its way; `heard(token)` waits for it."""
        self._heard[token] = asyncio.Event()

    async def heard(self, token: str, within: float) -> bool:
        """Wait until the tagged end frame passed the output (what came before it was heard)."""
        event = self._heard.get(token)
        if event is None:
            return True
        try:
            await asyncio.wait_for(event.wait(), within)
            return True
        except TimeoutError:
            return False
        finally:
            self._heard.pop(token, None)

    async def quiet(self, within: float) -> None:
        """Wait (bounded) until no reply is being made or spoken."""
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._quiet.wait(), within)

    # -- frames ---------------------------------------------------------------------------------

    async def process_frame(self, frame: Frame, direction: FrameDirection):
        await super().process_frame(frame, direction)
        await self.push_frame(frame, direction)
        if isinstance(frame, EndFrame | CancelFrame):
            self.stop()
            for event in self._heard.values():
                event.set()
            self._quiet.set()
            return
        if direction != FrameDirection.DOWNSTREAM:
            return
        if isinstance(frame, InterruptionFrame):
            self.interruptions += 1
            self.speech_ends = 0
        if isinstance(frame, UserStartedSpeakingFrame):
            self._caller_talking = True
            self._asked = self._goodbye = False
            self._cancel_timer()
        elif isinstance(frame, UserStoppedSpeakingFrame):
            self._caller_talking = False
            self._reply_text = []  # what follows answers this turn
            self._arm()  # a turn with nothing to answer (no words heard) waits for them again
        elif isinstance(frame, LLMFullResponseStartFrame):
            self._replying = True
            self._quiet.clear()
            self._cancel_timer()
        elif isinstance(frame, TTSStartedFrame | BotStartedSpeakingFrame):
            self._cancel_timer()
        elif isinstance(frame, FunctionCallsStartedFrame):
            self._tools = True
            self._cancel_timer()
        elif isinstance(frame, TTSTextFrame):
            self._reply_text.append(frame.text)
        elif isinstance(frame, LLMFullResponseEndFrame) and frame.metadata.get(REPLY_COMPLETE):
            self._reply_done(frame)
        elif isinstance(frame, TTSStoppedFrame | BotStoppedSpeakingFrame):
            if not self._replying:  # speech outside a reply (the greeting) has ended
                self._arm()
        if ends_speech(frame):
            self.speech_ends += 1

    def _reply_done(self, frame: Frame) -> None:
        text = " ".join(t.strip() for t in self._reply_text if t.strip())
        self._reply_text = []
        self._replying = self._tools = False
        self._quiet.set()
        if text:
            said_bye = is_farewell(text)
            answered_bye = self._caller_goodbye and not text.rstrip().endswith("?")
            self._goodbye = said_bye or answered_bye
            self._caller_goodbye = False
        token = frame.metadata.get(HEARD_KEY)
        if token in self._heard:
            self._heard[token].set()
        self._arm()

    # -- the timer ------------------------------------------------------------------------------

    def _arm(self) -> None:
        if self.stopped or self._caller_talking or self._tools or self._replying:
            return
        seconds = self._after_goodbye_seconds if self._goodbye else self._silence_seconds
        if seconds <= 0:
            return
        self._cancel_timer()
        self._timer = self.create_task(self._run(seconds), name="silence-timer")

    def _cancel_timer(self) -> None:
        timer, self._timer = self._timer, None
        if timer is not None and not timer.done() and timer is not asyncio.current_task():
            timer.cancel()

    async def _run(self, seconds: float) -> None:
        await self._clock.sleep(seconds)
        if self._timer is not asyncio.current_task() or self.stopped:
            return
        self._timer = None  # running now: a new arm starts a new timer, it does not cancel this
        self.fired += 1
        if self._goodbye:
            await self._on_goodbye_silence()
        elif not self._asked:
            self._asked = True
            await self._on_silence(True)
        else:
            await self._on_silence(False)
