"""One call, from the first frame to the released holds.

`run_call` is the single way a call runs, whatever the transport (phone, microphone, text): it
opens one `CallSession`, renders the prompt, builds the pipeline, runs it, and ends the session
(releasing every hold that did not become a booking) however the call ends: hang-up, error or
cancellation. `TextCall` drives `run_call` with typed turns for the console, replays and tests.
Each call is observed (`agent.observability.CallObservation`): one trace from its start to its
last release, its metrics, and one line when it ends.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from loguru import logger
from pipecat.frames.frames import EndFrame, TTSSpeakFrame
from pipecat.observers.base_observer import BaseObserver
from pipecat.pipeline.worker import PipelineParams
from pipecat.processors.frame_processor import FrameProcessor
from pipecat.services.tts_service import TTSService
from pipecat.workers.runner import WorkerRunner

from agent.call_end import CallEnder
from agent.call_limits import CallLimits, MaxDuration
from agent.claims import ClaimKind, warm_up_once
from agent.config import Settings
from agent.filler import Filler
from agent.guard import CallFactsSource, CallSummary, CodeVoice, ConfirmationGuard
from agent.guard.heard import SPEECH, OutcomeEar, OutcomeHearing
from agent.llm_fallback import LLMErrorApology
from agent.local_line import LocalLine
from agent.observability import CallObservation
from agent.pipeline import CallPipeline, build_pipeline
from agent.recording import CallRecorder, ConsentGate
from agent.services import Services, build_services
from agent.silence import SilenceWatch
from agent.speakable import SpeakableText
from agent.standins import Step
from agent.text_transport import BotReply, TextTransport
from agent.tool_wiring import LateResults, ToolWiring, TurnStarter
from agent.turn_state import TurnState
from agent.unheard import leave_notices
from calendar_adapter.clock import Clock, FixedClock
from prompts.render import greeting, render_system_prompt
from tools.booking_tools import BookingTools
from tools.deps import BookingDeps
from tools.line import CallLine
from tools.session import CallSession

SessionHook = Callable[[CallSession], Awaitable[None] | None]
PipelineHook = Callable[[CallPipeline], Awaitable[None] | None]
SaidHook = Callable[[str], Awaitable[None] | None]


@dataclass
class CallResult:
    call_id: str
    reason: str  # hangup | cancelled | error
    error: BaseException | None = None
    guard_blocked: list[str] = field(default_factory=list)
    fillers: int = 0
    closed_by_agent: str | None = (
        None  # why code ended the call (silence, max_duration, goodbye ...)
    )


def booking_deps(runtime: Any, settings: Settings) -> BookingDeps:
    """The booking tools' dependencies, built once per runtime (process), not per call."""
    if isinstance(runtime, BookingDeps):
        return runtime
    deps = getattr(runtime, "_booking_deps", None)
    if deps is None:
        deps = BookingDeps(
            backend=runtime.backend,
            ledger=runtime.ledger,
            clock=runtime.clock,
            salon=runtime.salon,
            hold_minutes=runtime.hold_minutes,  # decided once, by open_calendar
            first_hold_minutes=runtime.first_hold_minutes,
            lost_request_horizon=runtime.lost_request_horizon,
            lost_answer_settle_seconds=settings.lost_answer_settle_seconds,
        )
        runtime._booking_deps = deps
    return deps


async def _maybe_await(value: Awaitable[None] | None) -> None:
    if value is not None:
        await value


async def run_call(
    transport: Any,
    *,
    runtime: Any,
    settings: Settings,
    caller_phone: str | None,
    mode: str,
    services: Services | None = None,
    observers: Sequence[BaseObserver] = (),
    on_session: SessionHook | None = None,
    on_pipeline: PipelineHook | None = None,
    script: Sequence[Sequence[Step]] | None = None,
    call_id: str | None = None,
    pipeline_params: PipelineParams | None = None,
    handle_sigint: bool = False,
    greet: bool = True,
    on_bot_said: SaidHook | None = None,
    line: CallLine | None = None,
    silence_clock: Clock | None = None,
) -> CallResult:
    """Run one call to its end; the session's holds are released whatever ends it.

    `runtime` is a `CalendarRuntime` (or `BookingDeps`). `services` defaults to what `settings`
    configures (`script` feeds `LLM_PROVIDER=scripted`). Cancelling the task running this is a
    hang-up: the pipeline is cancelled, the session ended, and `CancelledError` propagates.
    `on_bot_said` hears each `bot_said` text once its timeline entry is written. `line`: what
    code can do to the call itself (hang up, transfer; see `tools.line`); None: a call that is
    not a phone call, whose `LocalLine` ends its own pipeline. `silence_clock`: what the
    caller's silence is timed on (default: the call's clock; a typed call pins its own).
    """
    deps = booking_deps(runtime, settings)
    line = line if line is not None else LocalLine()
    session = CallSession(
        deps,
        caller_phone=caller_phone,
        mode=mode,
        call_id=call_id,
        line=line,
        language=settings.language,
    )
    observation = CallObservation(
        call_id=session.call_id, mode=mode, salon=deps.salon.business.name
    )
    state = TurnState()
    filler = Filler(state, after=settings.filler_after_seconds, language=settings.language)
    parts: _CallParts | None = None
    result = CallResult(call_id=session.call_id, reason="error")
    observation.begin()  # the call's trace: everything below, in every task it starts
    try:
        await session.start()
        await warm_up_once()  # the guard's sentence reader, once per process, off the loop
        await _maybe_await(on_session(session) if on_session else None)
        services = services or build_services(
            settings, catalog=session.catalog, salon=deps.salon, script=script
        )
        parts = _assemble(
            transport,
            session,
            services,
            settings=settings,
            state=state,
            filler=filler,
            observers=observers,
            pipeline_params=pipeline_params,
            greet=greet,
            on_bot_said=on_bot_said,
            silence_clock=silence_clock or deps.clock,
            observation=observation,
        )
        if isinstance(line, LocalLine):
            line.attach(parts.call.worker)
        await _maybe_await(on_pipeline(parts.call) if on_pipeline else None)
        runner = WorkerRunner(handle_sigint=handle_sigint)
        await runner.add_workers(parts.call.worker)
        await runner.run()
        # The runner absorbs a cancellation of this task (it tears the pipeline down and
        # returns); it is still a cancellation, and is passed on once the session is closed.
        task = asyncio.current_task()
        result.reason = "cancelled" if task is not None and task.cancelling() else "hangup"
    except asyncio.CancelledError:
        result.reason = "cancelled"
        if parts is not None:
            with contextlib.suppress(Exception):
                await asyncio.shield(parts.call.worker.cancel())
        raise
    except Exception as exc:
        logger.exception(f"call {session.call_id}: ended by an error")
        result.reason, result.error = "error", exc
    finally:
        if parts is not None:
            await parts.max_duration.stop()
            result.closed_by_agent = parts.ender.reason
        result.guard_blocked = list(parts.guard.blocked) if parts else []
        result.fillers = filler.spoken
        try:
            await asyncio.shield(_close(session, parts, result.reason))
        finally:
            await observation.end(reason=result.reason, ledger=deps.ledger)
    if result.reason == "cancelled":
        raise asyncio.CancelledError
    return result


@dataclass
class _CallParts:
    call: CallPipeline
    wiring: ToolWiring
    hearing: OutcomeHearing
    guard: ConfirmationGuard
    ender: CallEnder
    max_duration: MaxDuration


def _assemble(
    transport: Any,
    session: CallSession,
    services: Services,
    *,
    settings: Settings,
    state: TurnState,
    filler: Filler,
    observers: Sequence[BaseObserver],
    pipeline_params: PipelineParams | None,
    greet: bool,
    on_bot_said: SaidHook | None = None,
    silence_clock: Clock | None = None,
    observation: CallObservation | None = None,
) -> _CallParts:
    """The call's pipeline: tools registered, facts kept from the ledger, guard reporting to the
    timeline, code's voice for outcomes and the summary, prompt rendered."""
    deps, language = session.deps, settings.language
    if isinstance(services.tts, TTSService):  # the voice reads numbers, dates and times right
        services.tts.add_text_transformer(SpeakableText(language))
    facts = CallFactsSource(session, deps.ledger, deps.clock, deps.salon.tz, language=language)
    summary = CallSummary(lambda: facts.known, language)
    late = LateResults(language)
    hearing = OutcomeHearing(log=session.log)
    voice = CodeVoice(take_context=late.take, hearing=hearing)
    tools = BookingTools(session, trace_parent=observation.turn_context if observation else None)
    wiring = ToolWiring(
        tools, state, filler, facts=facts, voice=voice, late=late, language=language
    )
    wiring.register(services.llm)

    async def on_blocked(sentence: str, replacement: str, claims: frozenset[ClaimKind]) -> None:
        await session.log(
            "guard_blocked", sentence=sentence, replacement=replacement, claims=sorted(claims)
        )

    guard = ConfirmationGuard(
        facts.facts,
        language=language,
        on_blocked=on_blocked,
        summary=summary,
        on_decided=observation.guard_decided if observation else None,
        hearing=hearing,
        on_spoken=facts.spoke,  # what an ellipsis in the reply takes its claim from
    )

    async def on_llm_error(reason: str) -> None:
        await session.log("error", source="llm", error=reason)

    apology = LLMErrorApology(services.llm, language=language, on_error=on_llm_error)
    prompt = render_system_prompt(
        salon=deps.salon,
        catalog=session.catalog,
        now=deps.clock.now(),
        language=language,
        caller_phone_known=session.caller_phone is not None,
    )
    text_input = bool(getattr(transport, "text_only", False))
    limits = CallLimits.from_settings(settings)
    ends: list[CallEnder] = []  # the ender needs the pipeline, the watch is in it

    async def on_silence(first: bool) -> None:
        ender = ends[0]
        if first:
            await ender.ask_if_still_there()
        else:
            await ender.end("silence", words=ender.words("silence"), goodbye=True)

    async def on_goodbye_silence() -> None:
        await ends[0].end("goodbye")

    watch = SilenceWatch(
        clock=silence_clock or deps.clock,
        silence_seconds=limits.silence_seconds,
        after_goodbye_seconds=limits.after_goodbye_seconds,
        on_silence=on_silence,
        on_goodbye_silence=on_goodbye_silence,
    )
    recording = _recording_parts(session, settings, language)
    call = build_pipeline(
        transport,
        services,
        settings=settings,
        system_prompt=prompt,
        tools_schema=tools.schemas(),
        turn_starter=TurnStarter(
            state, late, facts=facts, summary=_GoodbyeNoted(summary, watch), language=language
        ),
        guard=guard,
        apology=apology,
        voice=voice,
        text_input=text_input,
        observers=list(observers),
        pipeline_params=pipeline_params,
        idle_timeout_secs=None if text_input else 300,
        after_output=[OutcomeEar(hearing), watch, *recording.after_output],
        after_user=recording.after_user,
        observation=observation,
        bot_audio_onward=bool(recording.after_output),  # the recorder takes the bot's side
    )
    _log_conversation(call, session, on_bot_said)
    _end_on_disconnect(transport, call)
    ender = CallEnder(
        session=session,
        facts=facts,
        summary=summary,
        tools=wiring,
        voice=voice,
        watch=watch,
        end_pipeline=call.worker.queue_frame,
        language=language,
        hearing=hearing,
    )
    ends.append(ender)
    call.ender, call.silence = ender, watch

    async def end_call() -> None:
        await ender.end("agent")

    call.end_call = end_call
    max_duration = MaxDuration(
        deps.clock,
        limits.max_call_seconds,
        lambda: ender.end("max_duration", words=ender.words("max_duration"), goodbye=True),
    )

    @call.worker.event_handler("on_pipeline_started")
    async def _limit(worker, frame):
        max_duration.start()

    @call.worker.event_handler("on_idle_timeout")
    async def _idle(worker):
        logger.info(f"call {session.call_id}: the line is idle; ending the call")
        await ender.end("idle", words=ender.words("silence"), goodbye=True)

    if greet:
        hello = greeting(deps.salon, language)

        @call.worker.event_handler("on_pipeline_started")
        async def _greet(worker, frame):
            await worker.queue_frame(TTSSpeakFrame(hello))
            await worker.queue_frame(hearing.sent(hearing.expect(hello, kind=SPEECH)))

    return _CallParts(call, wiring, hearing, guard, ender, max_duration)


@dataclass(frozen=True)
class _RecordingParts:
    after_user: list[FrameProcessor] = field(default_factory=list)
    after_output: list[FrameProcessor] = field(default_factory=list)


def _recording_parts(session: CallSession, settings: Settings, language: str) -> _RecordingParts:
    """When the salon records calls: the consent gate and the caller-audio tap after the user
    aggregator, the recorder after the output (`agent.recording`); otherwise nothing, and
    nothing of the call's audio is kept anywhere."""
    if not session.deps.salon.recording.enabled:
        return _RecordingParts()
    ledger, call_id = session.deps.ledger, session.call_id

    async def saved(path: str, seconds: float) -> None:
        await ledger.set_recording(call_id, path=path)
        await ledger.log(call_id, "recording_saved", path=path, seconds=round(seconds, 1))

    recorder = CallRecorder(settings.recordings_dir, call_id, on_saved=saved)
    gate = ConsentGate(session=session, recorder=recorder, language=language)
    return _RecordingParts([gate, recorder.tap], [recorder.processor])


class _GoodbyeNoted:
    """The summary the turn starter asks for at the caller's goodbye, which the silence watch
    also hears of: the reply to a goodbye may end the call."""

    def __init__(self, summary: CallSummary, watch: SilenceWatch):
        self._summary = summary
        self._watch = watch

    def want(self) -> None:
        self._summary.want()
        self._watch.caller_said_goodbye()


async def _close(session: CallSession, parts: _CallParts | None, reason: str) -> None:
    """A booking sent just before the hang-up finishes and is recorded; words the caller did
    not hear are on the timeline (`bot_cut`) and an outcome they did not hear leaves a notice;
    then holds go."""
    if parts is not None:
        await parts.wiring.drain()
        try:
            await parts.hearing.call_ended()
        except Exception:  # the call's end goes on
            logger.exception("call {}: unheard words not logged", session.call_id)
        await leave_notices(parts.hearing, session)
    await session.end(reason)


def _log_conversation(
    call: CallPipeline, session: CallSession, on_bot_said: SaidHook | None = None
) -> None:
    """user_said / bot_said on the call timeline (bot_said: what was actually spoken).

    pipecat runs these handlers as tasks, a moment after the reply reached the transport;
    `on_bot_said` tells whoever waits for the entry (a typed call) that it is written."""

    @call.user.event_handler("on_user_turn_stopped")
    async def _user_said(aggregator, strategy, message):
        if message.content:
            await session.log("user_said", text=message.content)

    @call.assistant.event_handler("on_assistant_turn_stopped")
    async def _bot_said(aggregator, message):
        if message.content:
            await session.log("bot_said", text=message.content, interrupted=message.interrupted)
            await _maybe_await(on_bot_said(message.content) if on_bot_said else None)


def _end_on_disconnect(transport: Any, call: CallPipeline) -> None:
    """A transport that knows its peer left (websocket closed) ends the call."""
    handlers = getattr(transport, "_event_handlers", {})
    if "on_client_disconnected" not in handlers:
        return

    @transport.event_handler("on_client_disconnected")
    async def _disconnected(transport, *args):
        await call.worker.cancel()


# ---------------------------------------------------------------------------------------------
# Typed calls
# ---------------------------------------------------------------------------------------------


def _spoken_form(text: str) -> str:
    """Only letters and digits, case-folded: the reply's sentences and the assistant turn's
    aggregation are the same words, joined and spaced differently."""
    return "".join(ch for ch in text.casefold() if ch.isalnum())


class SaidOnTimeline:
    """The `bot_said` entries written so far, so a typed call can wait for its reply's entry.

    A reply is complete at the transport before pipecat's assistant-turn task has logged it.
    Its entry is the first one written since the last reply whose text ends the reply (the
    reply's last response; a filler or a sentence before a tool call has its own entry)."""

    def __init__(self) -> None:
        self._written: list[str] = []
        self._next = 0  # entries before this belong to replies already waited for
        self._changed = asyncio.Condition()

    async def written(self, text: str) -> None:
        async with self._changed:
            self._written.append(_spoken_form(text))
            self._changed.notify_all()

    async def wait_for(self, reply: str) -> None:
        """Return once `reply`'s entry is written."""
        heard = _spoken_form(reply)
        if not heard:
            return  # nothing was said, nothing is logged

        def found() -> bool:
            for i in range(self._next, len(self._written)):
                if self._written[i] and heard.endswith(self._written[i]):
                    self._next = i + 1
                    return True
            return False

        async with self._changed:
            await self._changed.wait_for(found)


class TextCall:
    """A call driven by typed turns, through the same pipeline, tools, guard and session end.

    Use as an async context manager::

        async with TextCall(runtime=rt, settings=s, caller_phone="+49...", script=turns) as call:
            reply = await call.say("Ich hätte gern eine Dauerwelle bei Fabian am Freitag.")
            reply.text          # what the caller heard (after the guard)
        call.result             # CallResult, after the session ended

    Settings default to text STT/TTS stand-ins; the LLM is scripted when `script` is given or
    `llm` is passed, else whatever `settings.llm_provider` says. `transport`: a typed call's
    transport of another kind (tests: one whose output plays the bot's audio in real time).
    """

    def __init__(
        self,
        *,
        runtime: Any,
        settings: Settings,
        caller_phone: str | None,
        mode: str = "text",
        script: Sequence[Sequence[Step]] | None = None,
        services: Services | None = None,
        observers: Sequence[BaseObserver] = (),
        call_id: str | None = None,
        reply_timeout: float = 60.0,
        said_timeout: float = 30.0,  # a guard, not a pace: returns once logged
        transport: TextTransport | None = None,
    ):
        overrides: dict[str, Any] = {"stt_provider": "text", "tts_provider": "text"}
        if script is not None:
            overrides["llm_provider"] = "scripted"
        self.settings = settings.model_copy(update=overrides)
        self.transport = transport if transport is not None else TextTransport()
        self._runtime = runtime
        self._caller_phone = caller_phone
        self._mode = mode
        self._script = script
        self._services = services
        self._observers = observers
        self._call_id = call_id
        self._reply_timeout = reply_timeout
        self._said_timeout = said_timeout
        self._said = SaidOnTimeline()
        # A typed caller is silent only when a test or replay says so (`silence`): the silence
        # timer runs on a pinned clock of its own, not on the call's or the machine's.
        self.silence_clock = FixedClock(datetime.now(UTC))
        self._started = asyncio.Event()
        self._task: asyncio.Task[CallResult] | None = None
        self.session: CallSession | None = None
        self.pipeline: CallPipeline | None = None
        self.greeting: str = ""
        self.result: CallResult | None = None

    @property
    def call_id(self) -> str:
        assert self.session is not None, "the call has not started"
        return self.session.call_id

    @property
    def services(self) -> Services:
        assert self.pipeline is not None, "the call has not started"
        return self.pipeline.services

    async def start(self) -> None:
        async def on_session(session: CallSession) -> None:
            self.session = session

        async def on_pipeline(call: CallPipeline) -> None:
            self.pipeline = call

            @call.worker.event_handler("on_pipeline_started")
            async def _started(worker, frame):
                self._started.set()

        self._task = asyncio.create_task(
            run_call(
                self.transport,
                runtime=self._runtime,
                settings=self.settings,
                caller_phone=self._caller_phone,
                mode=self._mode,
                services=self._services,
                observers=self._observers,
                on_session=on_session,
                on_pipeline=on_pipeline,
                script=self._script,
                call_id=self._call_id,
                on_bot_said=self._said.written,
                silence_clock=self.silence_clock,
            )
        )
        started = asyncio.create_task(self._started.wait())
        await asyncio.wait({started, self._task}, return_when=asyncio.FIRST_COMPLETED)
        if not self._started.is_set():
            started.cancel()
            result = await self._task
            raise RuntimeError(f"the call did not start ({result.reason})") from result.error
        output = self.transport.output()
        try:
            await asyncio.wait_for(output.first_speech_done.wait(), self._reply_timeout)
        except TimeoutError:
            raise TimeoutError("the greeting was not spoken") from None
        self.greeting = output.take_unprompted().text
        await self._logged(self.greeting)

    async def say(self, text: str) -> BotReply:
        """Type one caller turn; return the bot's complete reply to it."""
        await self.send(text)
        return await self.next_reply()

    async def send(self, text: str) -> None:
        """Type one caller turn without waiting (a caller who barges in)."""
        await self.transport.input().send_text(text)

    async def next_reply(self) -> BotReply:
        """The bot's next complete reply, once the call's timeline has it as `bot_said` (what
        happens next, a clock moved by a test, is stamped after it)."""
        assert self._task is not None, "the call has not started"
        getter = asyncio.create_task(self.transport.output().replies.get())
        done, _ = await asyncio.wait(
            {getter, self._task}, timeout=self._reply_timeout, return_when=asyncio.FIRST_COMPLETED
        )
        if getter in done:
            reply = getter.result()
            await self._logged(reply.text)
            return reply
        getter.cancel()
        if self._task in done:
            result = self._task.result()
            raise RuntimeError(f"the call ended before the bot replied ({result.reason})")
        raise TimeoutError(f"no complete bot reply within {self._reply_timeout} s")

    async def _logged(self, text: str) -> None:
        """Wait (bounded) until `text` is on the timeline; a call that ended meanwhile won't."""
        assert self._task is not None
        waiter = asyncio.create_task(self._said.wait_for(text))
        done, _ = await asyncio.wait(
            {waiter, self._task}, timeout=self._said_timeout, return_when=asyncio.FIRST_COMPLETED
        )
        if waiter not in done:
            waiter.cancel()
            if self._task not in done:
                logger.warning(f"call {self.call_id}: a reply was not logged as bot_said in time")

    async def silence(self, seconds: float) -> list[BotReply]:
        """The caller says nothing for `seconds`: the call's clock (when pinned) and the silence
        timer move on; returns what the agent said meanwhile ("Sind Sie noch da?", or its
        goodbye, after which the call has ended: `result` is set)."""
        assert self._task is not None and self.pipeline is not None, "the call has not started"
        await self._silence_timer_asleep()
        clock = self.session.deps.clock if self.session is not None else None
        if isinstance(clock, FixedClock):
            await clock.elapse(timedelta(seconds=seconds))
        await self.silence_clock.elapse(timedelta(seconds=seconds))
        ender = self.pipeline.ender
        if ender is not None and ender.reason is not None and not self._task.done():
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(asyncio.shield(self._task), self._reply_timeout)
        said: list[BotReply] = []
        replies = self.transport.output().replies
        while not replies.empty():
            reply = replies.get_nowait()
            await self._logged(reply.text)
            said.append(reply)
        if self._task.done() and self.result is None:
            self.result = self._task.result()
        return said

    async def _silence_timer_asleep(self) -> None:
        """Wait (bounded) until the silence watch has seen every end of speech the caller has,
        and its timer, if one runs, sleeps on the silence clock: the reply reaches the caller
        before the watch after the output, and a clock moved before the timer sleeps would
        never wake it."""
        assert self._task is not None and self.pipeline is not None
        watch = self.pipeline.silence
        if watch is None:
            return
        output = self.transport.output()
        loop = asyncio.get_running_loop()
        give_up = loop.time() + self._reply_timeout
        while not watch.stopped and (
            watch.interruptions < getattr(output, "interruptions", 0)
            or watch.speech_ends < getattr(output, "speech_ends", 0)
        ):
            if self._task.done() or loop.time() > give_up:
                logger.warning(f"call {self.call_id}: the silence watch lags behind the output")
                return
            await asyncio.sleep(0.005)
        if watch.timer is not None:
            await self.silence_clock.settle([watch.timer])

    @property
    def heard(self) -> list[BotReply]:
        """Every reply so far, interrupted ones included."""
        return list(self.transport.output().heard)

    async def hang_up(self) -> CallResult:
        """End the call as a caller hanging up does: the pipeline ends, the session closes."""
        if self.result is not None:
            return self.result
        assert self._task is not None, "the call has not started"
        if not self._task.done() and self.pipeline is not None:
            await self.pipeline.worker.queue_frame(EndFrame())
        self.result = await self._task
        return self.result

    async def end_call(self) -> CallResult:
        """The agent ends the call (as it does on a line gone idle): the caller hears the call's
        summary, then the line closes."""
        if self.result is not None:
            return self.result
        assert self._task is not None and self.pipeline is not None, "the call has not started"
        assert self.pipeline.end_call is not None
        if not self._task.done():
            await self.pipeline.end_call()
        self.result = await self._task
        return self.result

    async def cancel(self) -> CallResult:
        """End the call abruptly (the connection dropped): the task is cancelled."""
        assert self._task is not None, "the call has not started"
        self._task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await self._task
        self.result = CallResult(call_id=self.call_id, reason="cancelled")
        return self.result

    async def __aenter__(self) -> TextCall:
        await self.start()
        return self

    async def __aexit__(self, exc_type, exc, tb) -> None:
        if self._task is None or self.result is not None:
            return
        if exc_type is None:
            await self.hang_up()
        else:
            await self.cancel()
