"""The booking tools as LLM functions: registration, filler, and barge-in safety.

Every tool call runs in its own task, shielded from the LLM's cancellation. When the caller barges
in, pipecat cancels the function call, but the request may already be at Cal.com: a booking,
cancellation or move that Cal.com accepts must still be recorded (the tools write the ledger) and
told. So the work goes on; its result is kept and handed to the model at the start of the next
turn (`LateResultInjector`), which also lets the confirmation guard accept the matching sentence.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from typing import Any, Protocol

from loguru import logger
from pipecat.frames.frames import Frame, InputAudioRawFrame, LLMContextFrame, TTSSpeakFrame
from pipecat.processors.frame_processor import FrameDirection, FrameProcessor
from pipecat.services.llm_service import FunctionCallParams, LLMService

from agent.filler import Filler
from agent.standins import LATE_RESULT_KEY
from agent.turn_state import TurnState

LATE_RESULT_NOTE = {
    "de": "Diese Aktion wurde ausgeführt, während der Anrufer unterbrochen hat. "
    "Teile ihm das Ergebnis jetzt mit (bei Erfolg mit dem Satz aus `say`).",
    "en": "This action completed while the caller interrupted. Tell the caller its result now "
    "(on success with the sentence in `say`).",
}


class Tools(Protocol):
    """What `tools.BookingTools` offers the agent."""

    names: tuple[str, ...]

    def schemas(self) -> Any: ...

    async def call(self, name: str, arguments: dict) -> dict: ...


class ToolWiring:
    """Registers the tools on an LLM and runs their calls for one call."""

    def __init__(self, tools: Tools, state: TurnState, filler: Filler, *, language: str = "de"):
        self._tools = tools
        self._state = state
        self._filler = filler
        self._language = language
        self._in_flight: set[asyncio.Task] = set()
        self.late: list[tuple[str, dict[str, Any]]] = []

    def register(self, llm: LLMService) -> None:
        for name in self._tools.names:
            llm.register_function(name, self._handle)

    async def _handle(self, params: FunctionCallParams) -> None:
        name = params.function_name
        arguments = dict(params.arguments or {})

        async def speak(text: str) -> None:
            await params.llm.push_frame(TTSSpeakFrame(text))

        async with self._filler.waiting(speak):
            result = await self._run_shielded(name, arguments)
        self._state.record(name, result)
        await params.result_callback(result)

    async def _run_shielded(self, name: str, arguments: dict[str, Any]) -> dict[str, Any]:
        task = asyncio.ensure_future(self._tools.call(name, arguments))
        self._in_flight.add(task)
        task.add_done_callback(self._in_flight.discard)
        try:
            return await asyncio.shield(task)
        except asyncio.CancelledError:
            logger.info(f"Tool {name} interrupted; it runs to the end and is told next turn")
            task.add_done_callback(lambda t, n=name: self._keep_late(n, t))
            raise

    def _keep_late(self, name: str, task: asyncio.Task) -> None:
        if task.cancelled():
            return
        if task.exception() is not None:
            logger.error(f"Interrupted tool {name} failed: {task.exception()!r}")
            return
        self.late.append((name, task.result()))

    def take_late(self) -> list[tuple[str, dict[str, Any]]]:
        late, self.late = self.late, []
        return late

    async def drain(self, within: float = 30.0) -> None:
        """Wait for tool calls still running (a booking sent just before hang-up)."""
        if not self._in_flight:
            return
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(asyncio.gather(*self._in_flight, return_exceptions=True), within)

    def late_message(self, name: str, result: dict[str, Any]) -> dict[str, Any]:
        payload = {
            LATE_RESULT_KEY: name,
            "result": result,
            "note": LATE_RESULT_NOTE.get(self._language, LATE_RESULT_NOTE["de"]),
        }
        return {"role": "developer", "content": json.dumps(payload, ensure_ascii=False)}


class TurnStarter(FrameProcessor):
    """Between the user aggregator and the LLM: marks where a user turn's inference begins.

    A downstream context frame starts a turn (tool follow-ups travel upstream from the assistant
    aggregator and do not). Results of tool calls that an interruption cut off are put into the
    context here and count as this turn's results.

    Caller audio ends here: the STT and the user aggregator (VAD, turn detection) have heard it,
    nothing after them listens, and each processor it passed would handle fifty frames a second
    for every call.
    """

    def __init__(self, state: TurnState, wiring: ToolWiring, **kwargs):
        super().__init__(**kwargs)
        self._state = state
        self._wiring = wiring

    async def process_frame(self, frame: Frame, direction: FrameDirection):
        await super().process_frame(frame, direction)
        if isinstance(frame, InputAudioRawFrame):
            return
        if isinstance(frame, LLMContextFrame) and direction == FrameDirection.DOWNSTREAM:
            self._state.begin_turn()
            for name, result in self._wiring.take_late():
                frame.context.add_message(self._wiring.late_message(name, result))
                self._state.record(name, result)
        await self.push_frame(frame, direction)
