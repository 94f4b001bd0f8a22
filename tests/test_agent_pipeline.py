"""The pipeline's shape: audio calls detect turns with Silero VAD and the Smart Turn model (or a
fixed silence), typed calls by whole lines; code's voice and the guard sit between the LLM and the
TTS; pipecat's metrics are on; observers are not handed the caller's audio."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from pipecat.adapters.llm.schemas.tools_schema import ToolsSchema
from pipecat.audio.turn.smart_turn.local_smart_turn_v3 import LocalSmartTurnAnalyzerV3
from pipecat.audio.vad.silero import SileroVADAnalyzer
from pipecat.frames.frames import EndFrame, Frame, InputAudioRawFrame, StartFrame, TextFrame
from pipecat.observers.base_observer import BaseObserver, FrameProcessed, FramePushed
from pipecat.pipeline.pipeline import Pipeline
from pipecat.pipeline.worker import START_TIMEOUT_SECS, PipelineWorker
from pipecat.processors.frame_processor import FrameDirection, FrameProcessor
from pipecat.turns.user_start import ExternalUserTurnStartStrategy, VADUserTurnStartStrategy
from pipecat.turns.user_stop import (
    SpeechTimeoutUserTurnStopStrategy,
    TurnAnalyzerUserTurnStopStrategy,
)
from pipecat.workers.runner import WorkerRunner

from agent.claims import CallFacts
from agent.config import Settings
from agent.guard import CallSummary, CodeVoice, ConfirmationGuard
from agent.llm_fallback import LLMErrorApology
from agent.pipeline import CallWorker, build_pipeline, context_aggregators, user_turn_params
from agent.services import Services
from agent.standins import ScriptedLLMService, ScriptedSTTService, SilenceTTSService
from agent.text_transport import TextTransport
from agent.tool_wiring import LateResults, TurnStarter
from agent.turn_state import TurnState


def test_audio_turns_use_silero_vad_and_the_smart_turn_model():
    params = user_turn_params(Settings(_env_file=None), text_input=False)
    assert isinstance(params.vad_analyzer, SileroVADAnalyzer)
    assert isinstance(params.user_turn_strategies.start[0], VADUserTurnStartStrategy)
    [stop] = params.user_turn_strategies.stop
    assert isinstance(stop, TurnAnalyzerUserTurnStopStrategy)
    assert isinstance(stop._turn_analyzer, LocalSmartTurnAnalyzerV3)


def test_a_fixed_silence_can_end_turns_instead():
    settings = Settings(_env_file=None, turn_detection="silence", turn_silence_seconds=0.9)
    [stop] = user_turn_params(settings, text_input=False).user_turn_strategies.stop
    assert isinstance(stop, SpeechTimeoutUserTurnStopStrategy)


def test_typed_turns_are_proposed_whole_and_may_interrupt():
    params = user_turn_params(Settings(_env_file=None), text_input=True)
    assert params.vad_analyzer is None
    [start] = params.user_turn_strategies.start
    assert isinstance(start, ExternalUserTurnStartStrategy)


class _NoFacts:
    """A call whose ledger holds nothing."""

    def note(self, tool, result) -> None:
        pass

    async def refresh(self) -> None:
        pass

    def caller_said(self, words) -> None:
        pass


def test_the_guard_stands_between_llm_and_tts_and_metrics_are_on():
    settings = Settings(_env_file=None)
    state = TurnState()
    services = Services(ScriptedSTTService(), ScriptedLLMService([]), SilenceTTSService())
    guard = ConfirmationGuard(lambda: CallFacts(now=datetime(2026, 11, 24, 9, tzinfo=UTC)))
    voice = CodeVoice()
    starter = TurnStarter(state, LateResults(), facts=_NoFacts(), summary=CallSummary(lambda: ()))
    transport = TextTransport()
    call = build_pipeline(
        transport,
        services,
        settings=settings,
        system_prompt="Du bist die Rezeption.",
        tools_schema=ToolsSchema(standard_tools=[]),
        turn_starter=starter,
        guard=guard,
        apology=LLMErrorApology(services.llm),
        voice=voice,
        text_input=True,
    )
    chain, processor = [], transport.input()
    while processor is not None and type(processor).__name__ != "PipelineSink":
        chain.append(type(processor).__name__)
        processor = processor.next
    assert chain == [
        "TextInput",
        "ScriptedSTTService",
        "CallerAudioEndsHere",
        "TurnStarter",
        "ScriptedLLMService",
        "LLMErrorApology",
        "ReplyEndMarker",
        "CodeVoice",
        "ConfirmationGuard",
        "WholeSentences",
        "SilenceTTSService",
        "TextOutput",
        "LLMAssistantAggregator",
    ]
    assert call.worker.params.enable_metrics and call.worker.params.enable_usage_metrics
    assert services.llm._settings.system_instruction == "Du bist die Rezeption."


class _Seen(BaseObserver):
    def __init__(self) -> None:
        super().__init__()
        self.pushed: list[type] = []
        self.processed: list[type] = []

    async def on_push_frame(self, data: FramePushed) -> None:
        self.pushed.append(type(data.frame))

    async def on_process_frame(self, data: FrameProcessed) -> None:
        self.processed.append(type(data.frame))


class _Keep(FrameProcessor):
    def __init__(self) -> None:
        super().__init__()
        self.frames: list[Frame] = []

    async def process_frame(self, frame: Frame, direction: FrameDirection) -> None:
        await super().process_frame(frame, direction)
        self.frames.append(frame)
        await self.push_frame(frame, direction)


async def test_observers_see_a_calls_frames_but_not_the_callers_audio():
    """The caller's audio flows on to every processor; observers (ours, pipecat's turn tracking
    and idle detection, tracing) are not handed 31 audio frames a second per call."""
    seen, first, last = _Seen(), _Keep(), _Keep()
    worker = CallWorker(Pipeline([first, last]), observers=[seen], enable_rtvi=False)
    audio = InputAudioRawFrame(audio=bytes(512), sample_rate=8000, num_channels=1)
    await worker.queue_frames([audio, TextFrame("hallo"), audio, EndFrame()])
    runner = WorkerRunner(handle_sigint=False)
    await runner.add_workers(worker)
    await runner.run()

    kinds = [type(f) for f in last.frames]
    assert kinds.count(InputAudioRawFrame) == 2 and kinds.count(TextFrame) == 1
    assert TextFrame in seen.pushed and TextFrame in seen.processed
    assert InputAudioRawFrame not in seen.pushed + seen.processed


async def _after_the_user_aggregator(audio_onward: bool) -> list[type]:
    """The kinds of frame that reached the processor after a call's user aggregator."""
    from pipecat.processors.aggregators.llm_context import LLMContext
    from pipecat.processors.aggregators.llm_response_universal import LLMUserAggregatorParams

    user, assistant = context_aggregators(
        LLMContext(), LLMUserAggregatorParams(), audio_onward=audio_onward
    )
    assert assistant._paired_user_aggregator is user  # as pipecat's pair wires them
    last = _Keep()
    worker = CallWorker(Pipeline([user, last]), enable_rtvi=False)
    audio = InputAudioRawFrame(audio=bytes(512), sample_rate=8000, num_channels=1)
    await worker.queue_frames([audio, TextFrame("hallo"), audio, EndFrame()])
    runner = WorkerRunner(handle_sigint=False)
    await runner.add_workers(worker)
    await runner.run()
    return [type(f) for f in last.frames]


async def test_caller_audio_ends_at_the_user_aggregator_unless_a_processor_after_it_reads_it():
    """The STT and the user aggregator are the caller audio's last readers: the aggregator
    keeps it (no push, queue and task hop per frame to `TurnStarter`, which dropped it); with
    the recording's consent gate and tap after it, the audio goes on as in pipecat."""
    ended = await _after_the_user_aggregator(audio_onward=False)
    assert InputAudioRawFrame not in ended and TextFrame in ended and EndFrame in ended
    onward = await _after_the_user_aggregator(audio_onward=True)
    assert onward.count(InputAudioRawFrame) == 2 and TextFrame in onward


class _HoldsStart(FrameProcessor):
    """Holds the StartFrame as a loaded event loop does, here longer than pipecat's deadline."""

    def __init__(self, seconds: float) -> None:
        super().__init__()
        self.seconds = seconds

    async def process_frame(self, frame: Frame, direction: FrameDirection) -> None:
        await super().process_frame(frame, direction)
        if isinstance(frame, StartFrame):
            await asyncio.sleep(self.seconds)
        await self.push_frame(frame, direction)


async def _run_held(worker_class: type[PipelineWorker], hold: float) -> list[type]:
    """The kinds of frame that reached the end of a pipeline whose StartFrame is held `hold` s."""
    last = _Keep()
    worker = worker_class(Pipeline([_HoldsStart(hold), last]), enable_rtvi=False)
    await worker.queue_frames([TextFrame("hallo"), EndFrame()])
    runner = WorkerRunner(handle_sigint=False)
    await runner.add_workers(worker)
    await runner.run()
    return [type(f) for f in last.frames]


async def test_a_call_that_starts_late_is_not_torn_down(monkeypatch):
    """A StartFrame that takes longer than pipecat's start deadline to pass (the server is
    loaded) starts the call late: what the call was sent meanwhile still arrives.

    pipecat's deadline (START_TIMEOUT_SECS, 20 s) is its workers' default; the test shortens
    that default, not CallWorker, so it waits a second instead of twenty, and shows with a
    plain PipelineWorker that the shortened deadline does tear a late start down."""
    assert PipelineWorker.__init__.__kwdefaults__["start_timeout_secs"] == START_TIMEOUT_SECS
    deadline = 1.0
    monkeypatch.setitem(PipelineWorker.__init__.__kwdefaults__, "start_timeout_secs", deadline)

    assert TextFrame not in await _run_held(PipelineWorker, deadline + 1.0)
    assert TextFrame in await _run_held(CallWorker, deadline + 1.0)
