"""Offline stand-ins for the three speech/model services: real pipecat processors, no network.

- `ScriptedLLMService`: an `LLMService` that plays a script through pipecat's own function-calling
  machinery (registered handlers, `FunctionCallResultFrame`, context aggregation).
- `ScriptedSTTService`: typed text in (text transports), or the next scripted transcript at each end
  of user speech (audio transports).
- `SilenceTTSService`: speaks by emitting the text as TTS text frames and silence of a length
  proportional to it, at the pipeline's output sample rate.

Each takes latencies (`StandInLatencies`), so benchmarks can model a provider's delays, and
carries pipecat's tracing decorators as the real services do (spans only when a call is traced).

Script format (one list of steps per user turn; each LLM invocation in that turn consumes the next
step, so after tool results the follow-up invocation takes the next one)::

    turns:
      - - tool_calls: [{name: check_availability, arguments: {service: Dauerwelle, ...}}]
        - say: "Freitag um zehn ist frei und für Sie reserviert. Auf welchen Namen?"
      - - tool_calls: [{name: book_appointment, arguments: {slot_id: "{check_availability.slot_id}",
                                                            customer_name: Anna Berg}}]
        - say: "{say}"

A step `error: "reason"` makes the model fail at that point (after its `say`, if any), as a
provider's broken stream does: pipecat's error path runs, the response ends.

Placeholders, in `say` text and in string tool arguments: `{say}` is the `say` of the latest tool
result of this turn; `{tool.field}` (dotted path, list indexes allowed: `{check_availability.
alternatives.0.slot_id}`) the field of the latest result of that tool, this turn first, then
earlier turns. An argument that is exactly one placeholder keeps the value's type.
"""

from __future__ import annotations

import asyncio
import json
import re
import uuid
from collections.abc import AsyncGenerator, Coroutine, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from loguru import logger
from pipecat.frames.frames import (
    Frame,
    FunctionCallFromLLM,
    InputTextRawFrame,
    LLMContextFrame,
    LLMFullResponseEndFrame,
    LLMFullResponseStartFrame,
    ProposedUserStartedSpeakingFrame,
    ProposedUserStoppedSpeakingFrame,
    TranscriptionFrame,
    TTSAudioRawFrame,
    VADUserStoppedSpeakingFrame,
)
from pipecat.processors.aggregators.llm_context import LLMContext
from pipecat.processors.frame_processor import FrameDirection
from pipecat.services.llm_service import LLMService
from pipecat.services.settings import LLMSettings, STTSettings, TTSSettings
from pipecat.services.stt_service import STTService
from pipecat.services.tts_service import TTSService
from pipecat.utils.time import time_now_iso8601
from pipecat.utils.tracing.service_decorators import traced_llm, traced_stt, traced_tts

LATE_RESULT_KEY = "late_tool_result"  # agent.tool_wiring writes it; read here without importing


@dataclass(frozen=True)
class StandInLatencies:
    """Delays the stand-ins add, in seconds (0 = as fast as possible)."""

    llm_first_token: float = 0.0
    tts_first_audio: float = 0.0
    stt_final_transcript: float = 0.0


# ---------------------------------------------------------------------------------------------
# LLM
# ---------------------------------------------------------------------------------------------

Step = dict[str, Any]


class ScriptError(ValueError):
    pass


@dataclass(frozen=True)
class ScriptedToolCall:
    turn: int
    name: str
    arguments: dict[str, Any]


def load_script(path: str | Path) -> list[list[Step]]:
    """Read a script file (YAML or JSON): `{turns: [[step, ...], ...]}` or just the list."""
    raw = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
    turns = raw.get("turns") if isinstance(raw, dict) else raw
    return validate_script(turns)


def validate_script(turns: Any) -> list[list[Step]]:
    if not isinstance(turns, list):
        raise ScriptError("a script is a list of turns, each a list of steps")
    for i, steps in enumerate(turns):
        if not isinstance(steps, list):
            raise ScriptError(f"turn {i}: expected a list of steps, got {type(steps).__name__}")
        for j, step in enumerate(steps):
            if not isinstance(step, dict) or not (STEP_KINDS & step.keys()):
                raise ScriptError(
                    f"turn {i} step {j}: needs `say`, `tool_calls` or `error`: {step!r}"
                )
            for call in step.get("tool_calls", []):
                if not isinstance(call, dict) or "name" not in call:
                    raise ScriptError(f"turn {i} step {j}: a tool call needs a `name`: {call!r}")
    return turns


STEP_KINDS = frozenset({"say", "tool_calls", "error"})
_PLACEHOLDER = re.compile(r"\{([A-Za-z_][\w]*(?:\.[\w]+)*)\}")
_MISSING = object()


class ScriptedLLMService(LLMService):
    """An LLM that says and calls what its script says, turn by turn.

    `tool_calls` records every call it asked for; `unfilled` every placeholder it could not fill.
    """

    def __init__(
        self,
        turns: Sequence[Sequence[Step]],
        *,
        latencies: StandInLatencies | None = None,
        chunk_words: int = 3,
        **kwargs,
    ):
        kwargs.setdefault(
            "settings",
            LLMSettings(
                model="scripted",
                system_instruction=None,
                temperature=None,
                max_tokens=None,
                top_p=None,
                top_k=None,
                frequency_penalty=None,
                presence_penalty=None,
                seed=None,
                filter_incomplete_user_turns=False,
                user_turn_completion_config=None,
            ),
        )
        super().__init__(**kwargs)
        self._turns = validate_script([list(t) for t in turns])
        self._latencies = latencies or StandInLatencies()
        self._chunk_words = chunk_words
        self._cursor: dict[int, int] = {}
        self.tool_calls: list[ScriptedToolCall] = []
        self.unfilled: list[str] = []

    def can_generate_metrics(self) -> bool:
        return True

    async def process_frame(self, frame: Frame, direction: FrameDirection):
        await super().process_frame(frame, direction)
        if not isinstance(frame, LLMContextFrame):
            await self.push_frame(frame, direction)
            return
        await self.push_frame(LLMFullResponseStartFrame())
        await self.start_processing_metrics()
        try:
            await self._respond(frame.context)
        finally:
            await self.stop_processing_metrics()
            await self.push_frame(LLMFullResponseEndFrame())

    @traced_llm  # pipecat's LLM span, as the real services have it (only with tracing on)
    async def _respond(self, context: LLMContext) -> None:
        messages = _plain_messages(context)
        turn = sum(1 for m in messages if m.get("role") == "user") - 1
        if turn < 0:
            return
        steps = self._turns[turn] if turn < len(self._turns) else []
        index = self._cursor.get(turn, 0)
        if index >= len(steps):
            logger.warning(f"{self}: script has no step left for turn {turn}; saying nothing")
            return
        self._cursor[turn] = index + 1
        step = steps[index]
        results_now, results_before = _tool_results(messages)

        await self.start_ttfb_metrics()
        if self._latencies.llm_first_token:
            await asyncio.sleep(self._latencies.llm_first_token)
        await self.stop_ttfb_metrics()

        if "say" in step:
            text = str(self._fill(step["say"], results_now, results_before))
            words = text.split(" ")
            for i in range(0, len(words), self._chunk_words):
                chunk = " ".join(words[i : i + self._chunk_words])
                await self._push_llm_text(chunk if i == 0 else " " + chunk)
        if "error" in step:  # the model fails mid-response, as a provider's stream may
            await self.push_error(error_msg=f"scripted LLM error: {step['error']}")
            return
        calls = []
        for call in step.get("tool_calls", []):
            arguments = self._fill(call.get("arguments", {}), results_now, results_before)
            self.tool_calls.append(ScriptedToolCall(turn, call["name"], arguments))
            calls.append(
                FunctionCallFromLLM(
                    function_name=call["name"],
                    tool_call_id=f"call_{uuid.uuid4().hex[:12]}",
                    arguments=arguments,
                    context=context,
                )
            )
        if calls:
            await self.run_function_calls(calls)

    def _fill(self, value: Any, now: list[tuple[str, Any]], before: list[tuple[str, Any]]) -> Any:
        if isinstance(value, dict):
            return {k: self._fill(v, now, before) for k, v in value.items()}
        if isinstance(value, list):
            return [self._fill(v, now, before) for v in value]
        if not isinstance(value, str):
            return value
        whole = _PLACEHOLDER.fullmatch(value)
        if whole:
            found = self._lookup(whole.group(1), now, before)
            return value if found is _MISSING else found

        def replace(m: re.Match[str]) -> str:
            found = self._lookup(m.group(1), now, before)
            return m.group(0) if found is _MISSING else str(found)

        return _PLACEHOLDER.sub(replace, value)

    def _lookup(self, path: str, now: list[tuple[str, Any]], before: list[tuple[str, Any]]) -> Any:
        if path == "say":
            found = next((r["say"] for _, r in reversed(now) if _has(r, "say")), _MISSING)
        else:
            tool, _, rest = path.partition(".")
            found = _MISSING
            for name, result in [*reversed(now), *reversed(before)]:
                if name == tool:
                    found = _dig(result, rest.split(".")) if rest else result
                    break
        if found is _MISSING:
            logger.warning(f"{self}: placeholder {{{path}}} has no value")
            self.unfilled.append(path)
        return found


def _has(result: Any, key: str) -> bool:
    return isinstance(result, dict) and result.get(key) is not None


def _dig(value: Any, parts: list[str]) -> Any:
    for part in parts:
        if isinstance(value, dict) and part in value:
            value = value[part]
        elif isinstance(value, list) and part.isdigit() and int(part) < len(value):
            value = value[int(part)]
        else:
            return _MISSING
    return value


def _plain_messages(context: LLMContext) -> list[dict[str, Any]]:
    return [m for m in context.messages if isinstance(m, dict)]


def _tool_results(
    messages: list[dict[str, Any]],
) -> tuple[list[tuple[str, Any]], list[tuple[str, Any]]]:
    """Tool results (name, parsed result) since the last user message, and before it."""
    names: dict[str, str] = {}
    last_user = max((i for i, m in enumerate(messages) if m.get("role") == "user"), default=-1)
    now: list[tuple[str, Any]] = []
    before: list[tuple[str, Any]] = []
    for i, m in enumerate(messages):
        for call in m.get("tool_calls") or []:
            names[call.get("id", "")] = call.get("function", {}).get("name", "")
        entry = _tool_result_entry(m, names)
        if entry is not None:
            (now if i > last_user else before).append(entry)
    return now, before


def _tool_result_entry(message: dict[str, Any], names: dict[str, str]) -> tuple[str, Any] | None:
    """A tool message's (name, result); also a late result handed over after an interruption."""
    role = message.get("role")
    if role not in ("tool", "developer"):
        return None
    try:
        content = json.loads(message.get("content") or "null")
    except (TypeError, json.JSONDecodeError):
        return None  # IN_PROGRESS, CANCELLED, plain notes
    if role == "developer":
        if isinstance(content, dict) and LATE_RESULT_KEY in content:
            return content[LATE_RESULT_KEY], content.get("result")
        return None
    return names.get(message.get("tool_call_id", ""), ""), content


# ---------------------------------------------------------------------------------------------
# STT
# ---------------------------------------------------------------------------------------------


class ScriptedSTTService(STTService):
    """Transcripts without a speech model.

    Text transports: an `InputTextRawFrame` becomes a proposed user turn with that transcript
    (the user aggregator decides the turn, interrupting the bot as a real one would).
    Audio transports: at each end of user speech (VAD) the next of `transcripts` is emitted.
    """

    def __init__(
        self,
        *,
        transcripts: Sequence[str] = (),
        latencies: StandInLatencies | None = None,
        **kwargs,
    ):
        kwargs.setdefault("settings", STTSettings(model="scripted", language=None))
        super().__init__(ttfs_p99_latency=0.0, **kwargs)
        self._transcripts = list(transcripts)
        self._latencies = latencies or StandInLatencies()
        self.heard: list[str] = []

    def can_generate_metrics(self) -> bool:
        return True

    @traced_stt
    async def run_stt(self, audio: bytes) -> AsyncGenerator[Frame | None, None]:
        yield None  # audio carries no words here; transcripts come from the script

    async def process_frame(self, frame: Frame, direction: FrameDirection):
        if isinstance(frame, InputTextRawFrame):
            await super().process_frame(frame, direction)  # bookkeeping only; not pushed on
            await self._soon(self._typed(frame.text))
            return
        await super().process_frame(frame, direction)
        if isinstance(frame, VADUserStoppedSpeakingFrame) and self._transcripts:
            await self._soon(self._transcribe(self._transcripts.pop(0)))

    async def _soon(self, work: Coroutine[Any, Any, None]) -> None:
        """Without a delay, in line; with one, in a task, so interruptions are not held up."""
        if self._latencies.stt_final_transcript:
            self.create_task(work)
        else:
            await work

    async def push_frame(self, frame: Frame, direction: FrameDirection = FrameDirection.DOWNSTREAM):
        if isinstance(frame, InputTextRawFrame):
            return  # consumed: it is turned into a transcript instead
        await super().push_frame(frame, direction)

    async def _typed(self, text: str) -> None:
        await self.broadcast_frame(ProposedUserStartedSpeakingFrame)
        await self._transcribe(text)
        await self.push_frame(ProposedUserStoppedSpeakingFrame())

    async def _transcribe(self, text: str) -> None:
        if self._latencies.stt_final_transcript:
            await asyncio.sleep(self._latencies.stt_final_transcript)
        self.heard.append(text)
        await self.push_frame(
            TranscriptionFrame(text, user_id="caller", timestamp=time_now_iso8601(), finalized=True)
        )


# ---------------------------------------------------------------------------------------------
# TTS
# ---------------------------------------------------------------------------------------------


class SilenceTTSService(TTSService):
    """Speaks silence: the text goes on as TTS text frames, with `seconds_per_char` of audio.

    `spoken` collects every text it synthesized, in order.
    """

    def __init__(
        self,
        *,
        seconds_per_char: float = 0.06,
        latencies: StandInLatencies | None = None,
        **kwargs,
    ):
        kwargs.setdefault("settings", TTSSettings(model="silence", voice=None, language=None))
        super().__init__(push_start_frame=True, push_stop_frames=True, **kwargs)
        self._seconds_per_char = seconds_per_char
        self._latencies = latencies or StandInLatencies()
        self.spoken: list[str] = []

    def can_generate_metrics(self) -> bool:
        return True

    @traced_tts
    async def run_tts(self, text: str, context_id: str) -> AsyncGenerator[Frame | None, None]:
        self.spoken.append(text)
        await self.start_tts_usage_metrics(text)
        if self._latencies.tts_first_audio:
            await asyncio.sleep(self._latencies.tts_first_audio)
        total = max(int(self.sample_rate * len(text) * self._seconds_per_char) * 2, 2)
        chunk = max(self.chunk_size, 2)
        first = True
        for offset in range(0, total, chunk):
            audio = bytes(min(chunk, total - offset))
            if first:
                await self.stop_ttfb_metrics()
                first = False
            yield TTSAudioRawFrame(audio, self.sample_rate, 1, context_id=context_id)


__all__ = [
    "ScriptError",
    "ScriptedLLMService",
    "ScriptedSTTService",
    "ScriptedToolCall",
    "SilenceTTSService",
    "StandInLatencies",
    "Step",
    "load_script",
    "validate_script",
]
