"""Speaking one line into a live call and waiting until the caller has heard it.

A line that hands the call over to another party (a Telnyx transfer) must let the caller hear
"ich verbinde Sie" first, in the agent's own voice, and only then act. The line is spoken the way
the greeting is (a `TTSSpeakFrame` queued into the call's pipeline); this observer sees the
speech service take it and the bot stop speaking after that.
"""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any

from pipecat.frames.frames import BotStoppedSpeakingFrame, TTSSpeakFrame
from pipecat.observers.base_observer import BaseObserver, FramePushed
from pipecat.services.tts_service import TTSService

# After the output reports the bot quiet, the provider may still play a few buffered frames.
TAIL_SECONDS = 0.3
# Reading speed the wait is bounded by (a line that is never reported spoken ends the wait).
CHARS_PER_SECOND = 10.0
MIN_WAIT_SECONDS = 3.0


class Announcer(BaseObserver):
    """Attach it to a call (`observers=[announcer]`, then `attach(call_pipeline)`)."""

    def __init__(self, **kwargs: Any):
        super().__init__(**kwargs)
        self._pipeline: Any = None
        self._waiting: TTSSpeakFrame | None = None
        self._taken = asyncio.Event()  # the speech service has the line
        self._quiet = asyncio.Event()  # the bot stopped speaking after it took it

    def attach(self, call_pipeline: Any) -> None:
        self._pipeline = call_pipeline

    async def on_push_frame(self, data: FramePushed) -> None:
        frame = data.frame
        if self._waiting is None:
            return
        if frame is self._waiting and isinstance(data.destination, TTSService):
            self._taken.set()
        elif isinstance(frame, BotStoppedSpeakingFrame) and self._taken.is_set():
            self._quiet.set()

    async def say(self, text: str) -> bool:
        """Speak `text` and return once it was played out (True), or after a bound (False)."""
        if self._pipeline is None:
            return False
        frame = TTSSpeakFrame(text)
        self._waiting = frame
        self._taken.clear()
        self._quiet.clear()
        await self._pipeline.worker.queue_frame(frame)
        bound = MIN_WAIT_SECONDS + len(text) / CHARS_PER_SECOND
        heard = False
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._quiet.wait(), bound)
            heard = True
        self._waiting = None
        if heard:
            await asyncio.sleep(TAIL_SECONDS)
        return heard
