"""The booking tools as LLM functions: registration, filler, outcomes, barge-in safety.

Each tool result updates the call's facts (the guard's view of the ledger) before anything else
happens; a result with `say` (the sentence code composed from Cal.com's answer) is then spoken by
code (`CodeVoice`), and the model gets the result marked as already said, so its follow-up does
not repeat it.

Every tool call runs in its own task, shielded from the LLM's cancellation. When the caller barges
in, pipecat cancels the function call, but the request may already be at Cal.com: a booking,
cancellation or move that Cal.com accepts must still be recorded (the tools write the ledger) and
told. So the work goes on; when it finishes, its `say` is spoken as soon as the caller can hear it
(`CodeVoice`), and the result reaches the model at its next inference (`TurnStarter`), or at once
in a context update when nothing else is going on (`LateResults`).
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from dataclasses import dataclass
from typing import Any, Protocol

from loguru import logger
from pipecat.frames.frames import Frame, InputAudioRawFrame, LLMContextFrame, TTSSpeakFrame
from pipecat.processors.aggregators.llm_context import LLMContext
from pipecat.processors.frame_processor import FrameDirection, FrameProcessor
from pipecat.services.llm_service import FunctionCallParams, LLMService

from agent.filler import Filler
from agent.guard.farewell import is_farewell
from agent.standins import LATE_RESULT_KEY
from agent.turn_state import TurnState

# Tools whose late result the caller must learn even when it has no `say` (a failure).
MUTATIONS = frozenset({"book_appointment", "cancel_appointment", "reschedule_appointment"})
SAID_KEY = "said_to_caller"

SAID_NOTE = {
    "de": "Der Anrufer hat den Satz aus `say` soeben gehört (das System hat ihn gesprochen). "
    "Wiederhole ihn nicht; führe das Gespräch weiter.",
    "en": "The caller has just heard the `say` sentence (the system spoke it). "
    "Do not repeat it; carry on with the conversation.",
}
LATE_RESULT_NOTE = {
    "de": "Diese Aktion wurde ausgeführt, während der Anrufer unterbrochen hat. "
    "Teile ihm das Ergebnis jetzt mit.",
    "en": "This action completed while the caller interrupted. Tell the caller its result now.",
}
LATE_SAID_NOTE = {
    "de": "Diese Aktion wurde ausgeführt, während der Anrufer unterbrochen hat. Ihr Ergebnis "
    "(der Satz aus `say`) wurde dem Anrufer bereits gesagt; wiederhole es nicht.",
    "en": "This action completed while the caller interrupted. Its result (the `say` sentence) "
    "has already been told to the caller; do not repeat it.",
}
SUMMARY_NOTE = {
    "de": "Der Anrufer verabschiedet sich. Was dieser Anruf im Kalender geändert hat, fasst das "
    "System ihm selbst zusammen. Fasse es nicht zusammen; verabschiede dich kurz.",
    "en": "The caller is saying goodbye. The system itself sums up for them what this call "
    "changed in the calendar. Do not sum it up; say a short goodbye.",
}


class Tools(Protocol):
    """What `tools.BookingTools` offers the agent. Tools that also offer `start(name, arguments)`
    (`call`'s work as a task already running to its end, as `BookingTools.start`) have that task
    shielded by the wiring, with no second task wrapped around `call`."""

    names: tuple[str, ...]

    def schemas(self) -> Any: ...

    async def call(self, name: str, arguments: dict) -> dict: ...


class Facts(Protocol):
    """The call's facts (`agent.guard.CallFactsSource`): told of each result, then re-read."""

    def note(self, tool: str, result: Any) -> None: ...

    async def refresh(self) -> None: ...

    def caller_said(self, words: str) -> None: ...


class Voice(Protocol):
    """Code's voice (`agent.guard.CodeVoice`)."""

    async def say(
        self, text: str, *, tool: str | None = None, result: dict[str, Any] | None = None
    ) -> None: ...

    async def deliver_context(self) -> None: ...


class Summary(Protocol):
    """The call's summary (`agent.guard.CallSummary`)."""

    def want(self) -> None: ...


@dataclass(frozen=True)
class _Late:
    name: str
    result: dict[str, Any]
    said: bool  # its `say` is spoken by code


class LateResults:
    """Results of tool calls an interruption cut off, waiting to reach the model's context:
    at its next inference (`TurnStarter`), or at once when the call is quiet (`CodeVoice`)."""

    def __init__(self, language: str = "de"):
        self._language = language if language in LATE_RESULT_NOTE else "de"
        self._waiting: list[_Late] = []

    def add(self, name: str, result: dict[str, Any], *, said: bool) -> None:
        self._waiting.append(_Late(name, result, said))

    def take(self) -> tuple[list[dict[str, Any]], bool]:
        """The waiting results as context messages (each handed over once), and whether the
        model must answer them (a mutation's result that nobody has told the caller)."""
        late, self._waiting = self._waiting, []
        answer = any(not item.said and item.name in MUTATIONS for item in late)
        return [self._message(item) for item in late], answer

    def _message(self, item: _Late) -> dict[str, Any]:
        notes = LATE_SAID_NOTE if item.said else LATE_RESULT_NOTE
        payload = {
            LATE_RESULT_KEY: item.name,
            "result": item.result,
            "note": notes[self._language],
        }
        return {"role": "developer", "content": json.dumps(payload, ensure_ascii=False)}


def _say(result: Any) -> str | None:
    say = result.get("say") if isinstance(result, dict) else None
    return say.strip() if isinstance(say, str) and say.strip() else None


class ToolWiring:
    """Registers the tools on an LLM and runs their calls for one call."""

    def __init__(
        self,
        tools: Tools,
        state: TurnState,
        filler: Filler,
        *,
        facts: Facts,
        voice: Voice,
        late: LateResults,
        language: str = "de",
    ):
        self._tools = tools
        self._state = state
        self._filler = filler
        self._facts = facts
        self._voice = voice
        self._late = late
        self._language = language if language in SAID_NOTE else "de"
        self._in_flight: set[asyncio.Task] = set()

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
        await params.result_callback(await self._settle(name, result))

    async def _settle(self, name: str, result: dict[str, Any]) -> dict[str, Any]:
        """The facts learn the result, the caller hears its `say` from code; the model gets
        the result told that it was said."""
        self._facts.note(name, result)
        await self._facts.refresh()
        say = _say(result)
        if say is None:
            return result
        await self._voice.say(say, tool=name, result=result)
        return {**result, SAID_KEY: SAID_NOTE[self._language]}

    async def _run_shielded(self, name: str, arguments: dict[str, Any]) -> dict[str, Any]:
        # One task per tool call: the tools' own (the session waits for it at hang-up), or,
        # for tools that offer none, `call` in a task of its own.
        start = getattr(self._tools, "start", None)
        if start is not None:
            task = start(name, arguments)
        else:
            task = asyncio.ensure_future(self._tools.call(name, arguments))
        self._track(task)
        try:
            return await asyncio.shield(task)
        except asyncio.CancelledError:
            logger.info(f"Tool {name} interrupted; it runs to the end and is told when it ends")
            task.add_done_callback(lambda t, n=name: self._finished_late(n, t))
            raise

    def _track(self, task: asyncio.Task) -> None:
        self._in_flight.add(task)
        task.add_done_callback(self._in_flight.discard)

    def _finished_late(self, name: str, task: asyncio.Task) -> None:
        if task.cancelled():
            return
        if task.exception() is not None:
            logger.error(f"Interrupted tool {name} failed: {task.exception()!r}")
            return
        self._track(asyncio.ensure_future(self._arrived_late(name, task.result())))

    async def _arrived_late(self, name: str, result: dict[str, Any]) -> None:
        self._facts.note(name, result)
        await self._facts.refresh()
        say = _say(result)
        self._late.add(name, result, said=say is not None)
        if say is not None:
            await self._voice.say(say, tool=name, result=result)
        elif name in MUTATIONS:
            await self._voice.deliver_context()

    async def drain(self, within: float = 30.0) -> None:
        """Wait for tool calls still running (a booking sent just before hang-up)."""
        loop = asyncio.get_running_loop()
        deadline = loop.time() + within
        # A tool that finishes late starts its telling as a task of its own: wait for that too.
        while running := [t for t in self._in_flight if not t.done()]:
            left = deadline - loop.time()
            if left <= 0:
                return
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(asyncio.gather(*running, return_exceptions=True), left)
            await asyncio.sleep(0)  # let done-callbacks start what they start


class TurnStarter(FrameProcessor):
    """Between the user aggregator and the LLM: marks where a user turn's inference begins.

    A downstream context frame starts a turn (tool follow-ups travel upstream from the assistant
    aggregator and do not). Here the model's context gets the results of tool calls that an
    interruption cut off, and, when the caller says goodbye, the call's summary is asked for: the
    guard says it before the bot's goodbye, or at the end of its reply (the model is told not to
    sum up itself). The call's facts are re-read in the background, for what changed outside the
    tools (a hold lapsing, a webhook), and learn the caller's words of the turn: the guard reads
    a verbless slot in the reply ("Freitag um zehn bei Fabian.") as what the caller asked.

    Caller audio ends here: the STT and the user aggregator (VAD, turn detection) have heard it,
    nothing after them listens, and each processor it passed would handle fifty frames a second
    for every call.
    """

    def __init__(
        self,
        state: TurnState,
        late: LateResults,
        *,
        facts: Facts,
        summary: Summary,
        language: str = "de",
        **kwargs,
    ):
        super().__init__(**kwargs)
        self._state = state
        self._late = late
        self._facts = facts
        self._summary = summary
        self._language = language if language in SUMMARY_NOTE else "de"
        self._refreshing: set[asyncio.Task] = set()

    async def process_frame(self, frame: Frame, direction: FrameDirection):
        await super().process_frame(frame, direction)
        if isinstance(frame, InputAudioRawFrame):
            return
        if isinstance(frame, LLMContextFrame) and direction == FrameDirection.DOWNSTREAM:
            self._state.begin_turn()
            messages, _ = self._late.take()
            for message in messages:
                frame.context.add_message(message)
            said = _last_user_text(frame.context)
            self._facts.caller_said(said)  # what a verbless slot in the reply answers
            if is_farewell(said):
                self._summary.want()
                frame.context.add_message(
                    {"role": "developer", "content": SUMMARY_NOTE[self._language]}
                )
            task = asyncio.ensure_future(self._facts.refresh())
            self._refreshing.add(task)
            task.add_done_callback(self._refreshing.discard)
        await self.push_frame(frame, direction)


def _last_user_text(context: LLMContext) -> str:
    for message in reversed(context.messages):
        if isinstance(message, dict) and message.get("role") == "user":
            content = message.get("content")
            if isinstance(content, str):
                return content
            if isinstance(content, list):  # content parts
                return " ".join(str(p.get("text", "")) for p in content if isinstance(p, dict))
            return ""
    return ""
