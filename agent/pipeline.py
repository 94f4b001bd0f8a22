"""The voice pipeline, top to bottom.

transport.input()
  -> STT                    (Deepgram, or the text stand-in)
  -> user aggregator        (Silero VAD + turn detection live here in pipecat 1.14)
  -> after the user         (recording consent and the caller's audio tap: `after_user`)
  -> TurnStarter            (a user turn begins; late tool results are handed over)
  -> LLM                    (OpenAI or scripted; the booking tools registered)
  -> LLMErrorApology        (a response the LLM could not finish ends with an apology)
  -> ReplyEndMarker         (tags the end of the bot's complete reply to a turn)
  -> CodeVoice              (code speaks tool outcomes and the summary, once, when heard)
  -> ConfirmationGuard      (no claim the ledger does not back; goodbyes get the summary)
  -> WholeSentences         (each sentence reaches the voice whole: "3. Dezember" is not cut)
  -> TTS                    (Deepgram Aura-2, OpenAI, Cartesia, or the silence stand-in;
                             numbers, times and dates written out for the voice: agent.speakable)
  -> transport.output()
  -> after the output       (silence watch, recording: `after_output`)
  -> assistant aggregator   (what was actually spoken goes into the context)
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any

from pipecat.frames.frames import (
    Frame,
    FunctionCallsStartedFrame,
    InputAudioRawFrame,
    LLMFullResponseEndFrame,
)
from pipecat.observers.base_observer import BaseObserver, FrameProcessed, FramePushed
from pipecat.pipeline.pipeline import Pipeline
from pipecat.pipeline.worker import PipelineParams, PipelineWorker
from pipecat.pipeline.worker_observer import WorkerObserver
from pipecat.processors.aggregators.llm_context import LLMContext
from pipecat.processors.aggregators.llm_response_universal import (
    LLMAssistantAggregator,
    LLMAssistantAggregatorParams,
    LLMUserAggregator,
    LLMUserAggregatorParams,
)
from pipecat.processors.frame_processor import FrameDirection, FrameProcessor
from pipecat.turns.user_start import TranscriptionUserTurnStartStrategy, VADUserTurnStartStrategy
from pipecat.turns.user_stop import (
    SpeechTimeoutUserTurnStopStrategy,
    TurnAnalyzerUserTurnStopStrategy,
)
from pipecat.turns.user_turn_strategies import ExternalUserTurnStrategies, UserTurnStrategies

from agent.config import Settings
from agent.guard import REPLY_COMPLETE, CodeVoice, ConfirmationGuard
from agent.llm_fallback import LLMErrorApology
from agent.observability import CallObservation
from agent.services import Services
from agent.tool_wiring import TurnStarter
from agent.tts_sentences import WholeSentences

__all__ = [
    "REPLY_COMPLETE",
    "CallPipeline",
    "CallWorker",
    "ReplyEndMarker",
    "build_pipeline",
    "user_turn_params",
]


class ReplyEndMarker(FrameProcessor):
    """Marks the `LLMFullResponseEndFrame` that completes the bot's reply to a user turn.

    A response that called tools is not the reply: its follow-up is. The mark travels in the
    frame's metadata, so a transport sees, in order, when everything of the reply has passed.
    `FunctionCallsStartedFrame` is a system frame: it may overtake its response's start frame,
    never its end frame, so the flag is reset at the end, not at the start.
    """

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self._called_tools = False

    async def process_frame(self, frame: Frame, direction: FrameDirection):
        await super().process_frame(frame, direction)
        if isinstance(frame, FunctionCallsStartedFrame):
            self._called_tools = True
        elif isinstance(frame, LLMFullResponseEndFrame):
            frame.metadata[REPLY_COMPLETE] = not self._called_tools
            self._called_tools = False
        await self.push_frame(frame, direction)


class CallerAudioUnobserved(WorkerObserver):
    """pipecat's proxy to a call's observers, minus the caller's audio frames.

    Every frame a processor pushes or processes is queued to every observer, each on a task of
    its own. For the caller's audio (31 frames a second per call, pushed and processed at three
    processors) that was most of what observing a call cost, and no observer reads it: not
    ours, not pipecat's (turn tracking, idle detection, latency, tracing), which watch speech
    events, transcripts, replies and the bot's audio."""

    async def on_push_frame(self, data: FramePushed) -> None:
        if not isinstance(data.frame, InputAudioRawFrame):
            await super().on_push_frame(data)

    async def on_process_frame(self, data: FrameProcessed) -> None:
        if not isinstance(data.frame, InputAudioRawFrame):
            await super().on_process_frame(data)


class CallerAudioEndsHere(LLMUserAggregator):
    """pipecat's user aggregator, which keeps the caller's audio to itself when no processor
    after it reads it.

    The STT and this aggregator (VAD, turn detection) are the caller audio's last readers on a
    call; pipecat's aggregator pushes every frame on all the same, to `TurnStarter`, which drops
    it: a push (observers handed it, pipecat's trace line formatted), a queue and a task hop per
    frame, 31 a second per call. With `audio_onward` (the recording's consent gate and tap sit
    after it) it pushes them on as pipecat's does."""

    def __init__(self, context: LLMContext, *, params: LLMUserAggregatorParams, audio_onward: bool):
        super().__init__(context, params=params)
        self._audio_onward = audio_onward

    async def push_frame(self, frame: Frame, direction: FrameDirection = FrameDirection.DOWNSTREAM):
        if (
            not self._audio_onward
            and isinstance(frame, InputAudioRawFrame)
            and direction is FrameDirection.DOWNSTREAM
        ):
            return
        await super().push_frame(frame, direction)


def context_aggregators(
    context: LLMContext, user_params: LLMUserAggregatorParams, *, audio_onward: bool
) -> tuple[CallerAudioEndsHere, LLMAssistantAggregator]:
    """`LLMContextAggregatorPair(context, user_params=...)` (pipecat 1.14) with the user half a
    `CallerAudioEndsHere`; the assistant half knows its user half, as in the pair."""
    user = CallerAudioEndsHere(context, params=user_params, audio_onward=audio_onward)
    assistant = LLMAssistantAggregator(
        context, params=LLMAssistantAggregatorParams(), _paired_user_aggregator=user
    )
    return user, assistant


class CallWorker(PipelineWorker):
    """A call's `PipelineWorker`, observed through `CallerAudioUnobserved`, that waits for its
    start without a deadline.

    pipecat tears a worker down when its StartFrame has not passed every processor within 20 s,
    taking a blocked processor for granted. On a loaded server the StartFrame only queues
    behind the other calls' frames: calls admitted there were ended before their greeting
    ("the call pipeline ended") instead of starting late. A call that never starts still ends
    when the caller hangs up or the line drops (`agent.telephony.media_stream`)."""

    def __init__(self, pipeline: Pipeline, **kwargs: Any):
        kwargs.setdefault("start_timeout_secs", None)
        super().__init__(pipeline, **kwargs)
        # pipecat 1.14 builds the proxy here and hands it to the processors at setup;
        # tests/test_agent_pipeline.py holds that observers then see no caller audio.
        self._observer = CallerAudioUnobserved(observers=self._observer._observers)


def user_turn_params(settings: Settings, *, text_input: bool) -> LLMUserAggregatorParams:
    """How a user turn starts and ends.

    Text input: the text stand-in proposes each typed line as a whole turn. Audio: Silero VAD,
    then the Smart Turn model (or a fixed silence) decides the caller has finished.
    """
    interrupt = settings.allow_interruptions
    if text_input:
        return LLMUserAggregatorParams(
            user_turn_strategies=ExternalUserTurnStrategies(enable_interruptions=interrupt)
        )
    # The models are loaded once per process; each call gets its own state (agent/audio_models).
    from agent.audio_models import SharedSileroVADAnalyzer, SharedSmartTurnAnalyzer

    if settings.turn_detection == "smart":
        stop = TurnAnalyzerUserTurnStopStrategy(turn_analyzer=SharedSmartTurnAnalyzer())
    else:
        stop = SpeechTimeoutUserTurnStopStrategy(user_speech_timeout=settings.turn_silence_seconds)
    return LLMUserAggregatorParams(
        vad_analyzer=SharedSileroVADAnalyzer(),
        user_turn_strategies=UserTurnStrategies(
            start=[
                VADUserTurnStartStrategy(enable_interruptions=interrupt),
                TranscriptionUserTurnStartStrategy(enable_interruptions=interrupt),
            ],
            stop=[stop],
        ),
    )


@dataclass
class CallPipeline:
    worker: CallWorker
    context: LLMContext
    user: LLMUserAggregator
    assistant: LLMAssistantAggregator
    guard: ConfirmationGuard
    services: Services
    apology: LLMErrorApology
    voice: CodeVoice
    # Ends the call from our side (set by `agent.call`): the summary first, then the line closes.
    end_call: Callable[[], Awaitable[None]] | None = None
    # Code's call end and the silence watch (`agent.call_end`, `agent.silence`; set by agent.call).
    ender: Any = None
    silence: Any = None


def build_pipeline(
    transport: Any,
    services: Services,
    *,
    settings: Settings,
    system_prompt: str,
    tools_schema: Any,
    turn_starter: TurnStarter,
    guard: ConfirmationGuard,
    apology: LLMErrorApology,
    voice: CodeVoice,
    text_input: bool,
    observers: list[BaseObserver] | None = None,
    pipeline_params: PipelineParams | None = None,
    idle_timeout_secs: float | None = 300,
    after_output: Sequence[FrameProcessor] = (),
    after_user: Sequence[FrameProcessor] = (),
    observation: CallObservation | None = None,
    bot_audio_onward: bool = True,
) -> CallPipeline:
    """The call's pipeline and its worker. With an `observation` whose call is traced, pipecat's
    own tracing is on (conversation and turn spans, STT/LLM/TTS service spans) under the call's
    span; the observation listens to the worker's turns and latency either way. Without
    `bot_audio_onward` (no processor after the output reads the bot's audio: no recording), a
    phone output keeps each chunk of it once sent (`agent.telephony.phone_transport`)."""
    # The prompt is the LLM's system instruction (pipecat >= 1.9), re-applied on every inference;
    # services are built per call, so it is set exactly once.
    services.llm.append_system_instruction(system_prompt)
    context = LLMContext(tools=tools_schema)
    user, assistant = context_aggregators(
        context,
        user_turn_params(settings, text_input=text_input),
        audio_onward=bool(after_user),
    )
    output = transport.output()
    if hasattr(output, "bot_audio_onward"):
        output.bot_audio_onward = bot_audio_onward
    pipeline = Pipeline(
        [
            transport.input(),
            services.stt,
            user,
            *after_user,
            turn_starter,
            services.llm,
            apology,
            ReplyEndMarker(),
            voice,
            guard,
            WholeSentences(),
            services.tts,
            output,
            *after_output,
            assistant,
        ]
    )
    params = pipeline_params or PipelineParams()
    params.enable_metrics = True
    params.enable_usage_metrics = True
    observers = list(observers or [])
    traced = observation is not None and observation.traced
    worker = CallWorker(
        pipeline,
        params=params,
        observers=[*observers, *(observation.observers(observers) if observation else [])],
        enable_rtvi=False,
        idle_timeout_secs=idle_timeout_secs,
        # An idle line is ended by `agent.call` (summary first), not cut off mid-silence.
        cancel_on_idle_timeout=False,
        enable_tracing=traced,
        conversation_id=observation.call_id if traced else None,
        additional_span_attributes=observation.span_attributes() if traced else None,
    )
    if observation is not None:
        observation.bind(worker, observers)
    return CallPipeline(worker, context, user, assistant, guard, services, apology, voice)
