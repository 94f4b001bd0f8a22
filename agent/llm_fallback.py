"""When the model fails mid-turn, the caller hears an apology instead of silence.

Pipecat's LLM services report a failed or timed-out completion as an error (the `on_error`
event, an `ErrorFrame` upstream) and then close the response as usual. Without help the caller
is left in silence, and after a booking that succeeded just before the failure, does not learn
that it did. This processor sits right after the LLM: a response that ended in an error is
completed with what the tools achieved in this turn (their `say`, composed from Cal.com's
answer, unless it was already said) and a short apology asking the caller to repeat.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from loguru import logger
from pipecat.frames.frames import ErrorFrame, Frame, LLMFullResponseEndFrame, LLMTextFrame
from pipecat.processors.frame_processor import FrameDirection, FrameProcessor
from pipecat.services.llm_service import LLMService

from agent.turn_state import SUCCESS, TurnState

APOLOGY = {
    "de": "Entschuldigung, da ist bei mir gerade etwas schiefgelaufen. "
    "Könnten Sie das bitte noch einmal sagen?",
    "en": "Sorry, something went wrong on my side just now. Could you please say that again?",
}

ErrorCallback = Callable[[str], Awaitable[None]]


class LLMErrorApology(FrameProcessor):
    """Between the LLM and the guard: ends a failed response with results and an apology."""

    def __init__(
        self,
        llm: LLMService,
        state: TurnState,
        *,
        language: str = "de",
        on_error: ErrorCallback | None = None,
        **kwargs,
    ):
        super().__init__(**kwargs)
        self._state = state
        self._apology = APOLOGY.get(language, APOLOGY["de"])
        self._on_error = on_error
        self._failed: str | None = None
        self._said_turn = -1
        self._said = ""
        self.apologies = 0
        # A synchronous event: it runs before the LLM closes the failed response.
        llm.add_event_handler("on_error", self._llm_failed)

    async def _llm_failed(self, llm: LLMService, error: ErrorFrame) -> None:
        self._failed = error.error

    async def process_frame(self, frame: Frame, direction: FrameDirection):
        await super().process_frame(frame, direction)
        if direction == FrameDirection.DOWNSTREAM and isinstance(frame, LLMTextFrame):
            self._note_said(frame.text)
        elif (
            direction == FrameDirection.DOWNSTREAM
            and isinstance(frame, LLMFullResponseEndFrame)
            and self._failed is not None
        ):
            reason, self._failed = self._failed, None
            await self._apologize(reason)
        await self.push_frame(frame, direction)

    def _note_said(self, text: str) -> None:
        if self._said_turn != self._state.turn:
            self._said_turn, self._said = self._state.turn, ""
        self._said += text

    async def _apologize(self, reason: str) -> None:
        logger.warning(f"LLM failed mid-turn ({reason}); the caller hears an apology")
        if self._on_error is not None:
            await self._on_error(reason)
        self._note_said("")
        said = " ".join(self._said.split())
        parts = [
            result["say"]
            for name, result in self._state.results
            if isinstance(result, dict)
            and name in SUCCESS
            and result.get("status") == SUCCESS[name][0]
            and result.get("say")
            and " ".join(str(result["say"]).split()) not in said
        ]
        parts.append(self._apology)
        self.apologies += 1
        text = " ".join(parts)
        self._note_said(text)
        await self.push_frame(LLMTextFrame(" " + text))
