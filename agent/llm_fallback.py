"""When the model fails mid-turn, the caller hears an apology instead of silence.

Pipecat's LLM services report a failed or timed-out completion as an error (the `on_error`
event, an `ErrorFrame` upstream) and then close the response as usual. Without help the caller
is left in silence. This processor sits right after the LLM: a response that ended in an error is
completed with a short apology asking the caller to repeat. What the tools achieved before the
failure is not lost with the model: code speaks each result's `say` as soon as it arrives
(`agent.tool_wiring`, `agent.guard.CodeVoice`), whether or not the model ever answers.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from loguru import logger
from pipecat.frames.frames import ErrorFrame, Frame, LLMFullResponseEndFrame, LLMTextFrame
from pipecat.processors.frame_processor import FrameDirection, FrameProcessor
from pipecat.services.llm_service import LLMService

APOLOGY = {
    "de": "Entschuldigung, da ist bei mir gerade etwas schiefgelaufen. "
    "Könnten Sie das bitte noch einmal sagen?",
    "en": "Sorry, something went wrong on my side just now. Could you please say that again?",
}

ErrorCallback = Callable[[str], Awaitable[None]]


class LLMErrorApology(FrameProcessor):
    """Between the LLM and the guard: ends a failed response with an apology."""

    def __init__(
        self,
        llm: LLMService,
        *,
        language: str = "de",
        on_error: ErrorCallback | None = None,
        **kwargs,
    ):
        super().__init__(**kwargs)
        self._apology = APOLOGY.get(language, APOLOGY["de"])
        self._on_error = on_error
        self._failed: str | None = None
        self.apologies = 0
        # A synchronous event: it runs before the LLM closes the failed response.
        llm.add_event_handler("on_error", self._llm_failed)

    async def _llm_failed(self, llm: LLMService, error: ErrorFrame) -> None:
        self._failed = error.error

    async def process_frame(self, frame: Frame, direction: FrameDirection):
        await super().process_frame(frame, direction)
        if (
            direction == FrameDirection.DOWNSTREAM
            and isinstance(frame, LLMFullResponseEndFrame)
            and self._failed is not None
        ):
            reason, self._failed = self._failed, None
            await self._apologize(reason)
        await self.push_frame(frame, direction)

    async def _apologize(self, reason: str) -> None:
        logger.warning(f"LLM failed mid-turn ({reason}); the caller hears an apology")
        if self._on_error is not None:
            await self._on_error(reason)
        self.apologies += 1
        await self.push_frame(LLMTextFrame(" " + self._apology))
