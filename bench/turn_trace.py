"""Where a turn's end waits: timestamps of what pipecat's turn machinery does per call
(instrumentation for the benchmarks; behaviour unchanged).

Per user aggregator: the caller's speech stopping (VAD) as the turn stop strategy takes it up
and as it has the Smart Turn verdict (or, with silence turn detection, as its timer sleeps the
fixed silence), transcripts, the turn's start and stop, the controller's
stop timeout, Smart Turn's own silence fallback, the inference's parts (bench/phone_calls
.TurnVerdicts, when installed first), each tool call, the stand-in LLM's responses, the stand-in
TTS's start and first audio, and the first bot audio of each reply as the serializer hands it to
the websocket. `bench/server_workers.py --trace-turns FILE` writes
them, one JSON line per event: (perf_counter seconds, aggregator id, event, detail, the call's
stream SID). The stream SID is what the caller sent (`bench/phone_calls.TwilioCaller`), so
bench/turn_parts.py can put each caller's turn next to the server's events for it;
perf_counter is CLOCK_MONOTONIC, one clock for the callers' process and the workers.
"""

from __future__ import annotations

import contextvars
import functools
import json
import time
from typing import Any, TextIO

# The call whose task (and the tasks it started: pipecat's processors) writes an event.
CALL: contextvars.ContextVar[str | None] = contextvars.ContextVar("bench_call", default=None)
# A reply's first audio: audio out after this long without any (the bot's replies are apart).
REPLY_GAP_SECONDS = 0.3


class TurnTrace:
    def __init__(self, out: TextIO) -> None:
        self.out = out

    def event(self, owner: Any, name: str, detail: Any = None) -> None:
        line = [time.perf_counter(), id(owner), name, detail, CALL.get()]
        self.out.write(json.dumps(line) + "\n")

    def install(self) -> None:
        from pipecat.audio.turn.base_turn_analyzer import EndOfTurnState
        from pipecat.audio.turn.smart_turn.base_smart_turn import BaseSmartTurn
        from pipecat.turns.user_stop.speech_timeout_user_turn_stop_strategy import (
            SpeechTimeoutUserTurnStopStrategy as Timed,
        )
        from pipecat.turns.user_stop.turn_analyzer_user_turn_stop_strategy import (
            TurnAnalyzerUserTurnStopStrategy as Stop,
        )
        from pipecat.turns.user_turn_controller import UserTurnController as Controller

        trace = self

        def owner_of(this: Any) -> Any:
            """Events are keyed by the call's stop strategy (one per user aggregator)."""
            if isinstance(this, Controller):
                return (this._user_turn_strategies.stop or [this])[0]
            if isinstance(this, Stop):
                this._turn_analyzer._bench_owner = this
            return getattr(this, "_bench_owner", this)

        def around(cls: type, name: str, detail: Any = None) -> None:
            original = getattr(cls, name)

            @functools.wraps(original)
            async def wrapped(this: Any, *args: Any, **kwargs: Any) -> Any:
                owner = owner_of(this)
                trace.event(owner, f"{name}>", detail(this, *args) if detail else None)
                result = await original(this, *args, **kwargs)
                trace.event(owner, f"{name}<", None)
                return result

            setattr(cls, name, wrapped)

        around(Stop, "_handle_vad_user_stopped_speaking")
        around(Stop, "_handle_transcription", lambda s, f: bool(f.finalized))
        around(Stop, "trigger_user_turn_stopped", lambda s: [s._turn_complete, bool(s._text)])
        around(Stop, "_timeout_handler", lambda s, t: t)
        # Silence turn detection: the same VAD stop, transcript and turn stop, and the fixed
        # silence's timer (its detail: the timeout it sleeps, so a late wake-up shows).
        around(Timed, "_handle_vad_user_stopped_speaking")
        around(Timed, "_handle_transcription", lambda s, f: bool(f.finalized))
        around(
            Timed,
            "trigger_user_turn_stopped",
            lambda s: [s._user_speech_wait_done, s._stt_wait_done, bool(s._text)],
        )
        around(Timed, "_user_speech_timeout_handler", lambda s, t: t)
        around(Controller, "_trigger_user_turn_start", lambda c, s, p: type(s).__name__)
        around(
            Controller,
            "_trigger_user_turn_stop",
            lambda c, s, p: [type(s).__name__, c._user_turn, c._user_speaking],
        )

        from pipecat.processors.aggregators.llm_response_universal import (
            LLMAssistantAggregator as Assistant,
        )

        around(
            Assistant,
            "_handle_function_call_result",
            lambda a, f: [a._bot_speaking, a._user_speaking, len(a._function_calls_in_progress)],
        )
        around(Assistant, "push_context_frame", lambda a, *d: [a._bot_speaking, a._user_speaking])

        analyze = BaseSmartTurn.analyze_end_of_turn

        @functools.wraps(analyze)
        async def analyze_end_of_turn(this: Any) -> Any:
            owner = owner_of(this)
            trace.event(owner, "verdict>")
            state, result = await analyze(this)
            parts = getattr(this, "_bench_timing", None)  # TurnVerdicts' split, if installed
            trace.event(owner, "verdict<", [state == EndOfTurnState.COMPLETE, parts])
            return state, result

        BaseSmartTurn.analyze_end_of_turn = analyze_end_of_turn  # type: ignore[method-assign]

        append = BaseSmartTurn.append_audio

        @functools.wraps(append)
        def append_audio(this: Any, buffer: bytes, is_speech: bool) -> Any:
            state = append(this, buffer, is_speech)
            if state == EndOfTurnState.COMPLETE:
                trace.event(owner_of(this), "smart-turn silence fallback")
            return state

        BaseSmartTurn.append_audio = append_audio  # type: ignore[method-assign]

        from pipecat.frames.frames import TranscriptionFrame
        from pipecat.processors.aggregators.llm_response_universal import LLMUserAggregator

        queue_frame = LLMUserAggregator.queue_frame

        @functools.wraps(queue_frame)
        async def queued(this: Any, frame: Any, *args: Any, **kwargs: Any) -> Any:
            if isinstance(frame, TranscriptionFrame):
                # How many frames wait before it in the aggregator's input queue.
                waiting = this._FrameProcessor__input_queue.qsize()
                trace.event(owner_of(this._user_turn_controller), "transcript queued", waiting)
            return await queue_frame(this, frame, *args, **kwargs)

        LLMUserAggregator.queue_frame = queued  # type: ignore[method-assign]

        from pipecat.frames.frames import VADUserStoppedSpeakingFrame

        from agent.standins import ScriptedSTTService

        def stt_owner(stt: Any) -> Any:
            user = stt._next
            return owner_of(user._user_turn_controller) if user is not None else stt

        stt_queue = ScriptedSTTService.queue_frame

        @functools.wraps(stt_queue)
        async def stt_queued(this: Any, frame: Any, *args: Any, **kwargs: Any) -> Any:
            if isinstance(frame, VADUserStoppedSpeakingFrame):
                waiting = this._FrameProcessor__input_queue.qsize()
                trace.event(stt_owner(this), "stt: speech stop queued", waiting)
            return await stt_queue(this, frame, *args, **kwargs)

        ScriptedSTTService.queue_frame = stt_queued  # type: ignore[method-assign]
        transcribe = ScriptedSTTService._transcribe

        @functools.wraps(transcribe)
        async def transcribed(this: Any, text: str) -> None:
            trace.event(stt_owner(this), "stt: transcribing")
            await transcribe(this, text)
            trace.event(stt_owner(this), "stt: transcript pushed")

        ScriptedSTTService._transcribe = transcribed  # type: ignore[method-assign]

        self._install_calls()

    def _install_calls(self) -> None:
        """The call's stream SID on every event its tasks write; tool calls; replies' first audio."""
        from pipecat.frames.frames import OutputAudioRawFrame

        import agent.call
        from agent.telephony.serializers import _TwilioSerializer

        trace = self
        build = agent.call.build_pipeline

        @functools.wraps(build)
        def build_pipeline(transport: Any, *args: Any, **kwargs: Any) -> Any:
            call = build(transport, *args, **kwargs)
            serializer = getattr(getattr(transport, "_params", None), "serializer", None)
            sid = getattr(serializer, "_stream_sid", None)
            if sid is not None:
                CALL.set(sid)  # the pipeline's tasks start later from this task: they inherit it
                controller = getattr(call.user, "_user_turn_controller", None)
                strategies = getattr(controller, "_user_turn_strategies", None)
                owner = (getattr(strategies, "stop", None) or [call.user])[0]
                trace.event(owner, "call", sid)
            return call

        agent.call.build_pipeline = build_pipeline  # type: ignore[attr-defined]

        serialize = _TwilioSerializer.serialize
        last_audio: dict[str, float] = {}

        @functools.wraps(serialize)
        async def serialized(this: Any, frame: Any) -> Any:
            out = await serialize(this, frame)
            if out is not None and isinstance(frame, OutputAudioRawFrame):
                now, sid = time.perf_counter(), this._stream_sid
                if now - last_audio.get(sid, float("-inf")) > REPLY_GAP_SECONDS:
                    trace.event(None, "audio out")
                last_audio[sid] = now
            return out

        _TwilioSerializer.serialize = serialized  # type: ignore[method-assign]

        self._install_tools()
        self._install_services()
        self._install_facts()

    def _install_tools(self) -> None:
        """Each tool's run, from its start to its result. The tool wiring starts a tool's task
        (`BookingTools.start`) without going through `call`: the work inside that task is what
        is timed, whichever way it was started."""
        from tools.booking_tools import BookingTools

        trace = self
        logged = BookingTools._logged

        @functools.wraps(logged)
        async def tool(this: Any, name: str, arguments: Any) -> Any:
            trace.event(None, "tool>", name)
            try:
                return await logged(this, name, arguments)
            finally:
                trace.event(None, "tool<", name)

        BookingTools._logged = tool  # type: ignore[method-assign]

    def _install_facts(self) -> None:
        """The guard's facts read from the ledger after every tool (its lock, then the reads),
        and the tool's result handed to the LLM."""
        from agent.guard.facts import CallFactsSource
        from agent.tool_wiring import ToolWiring

        trace = self
        refresh = CallFactsSource.refresh

        @functools.wraps(refresh)
        async def refreshed(this: Any) -> None:
            trace.event(None, "facts>", this._lock.locked())
            try:
                await refresh(this)
            finally:
                trace.event(None, "facts<")

        CallFactsSource.refresh = refreshed  # type: ignore[method-assign]
        settle = ToolWiring._settle

        @functools.wraps(settle)
        async def settled(this: Any, name: str, result: Any) -> Any:
            out = await settle(this, name, result)
            trace.event(None, "tool result to the LLM")
            return out

        ToolWiring._settle = settled  # type: ignore[method-assign]

    def _install_services(self) -> None:
        """The stand-in LLM's responses and the stand-in TTS's replies: start, first audio."""
        from agent.standins import ScriptedLLMService, SilenceTTSService

        trace = self
        respond = ScriptedLLMService._respond

        @functools.wraps(respond)
        async def responded(this: Any, *args: Any, **kwargs: Any) -> Any:
            trace.event(None, "llm>")
            return await respond(this, *args, **kwargs)

        ScriptedLLMService._respond = responded  # type: ignore[method-assign]
        run_tts = SilenceTTSService.run_tts

        @functools.wraps(run_tts)
        async def spoken(this: Any, *args: Any, **kwargs: Any) -> Any:
            trace.event(None, "tts>")
            first = True
            async for frame in run_tts(this, *args, **kwargs):
                if first and frame is not None:
                    trace.event(None, "tts audio")
                    first = False
                yield frame

        SilenceTTSService.run_tts = spoken  # type: ignore[method-assign]
