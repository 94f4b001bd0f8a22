"""One call as an operator sees it: its trace, its numbers and its last log line.

`run_call` opens a `CallObservation` before the session starts and closes it after the session
ended, so everything the call does in between, in every task it starts, is in one trace:

    call                                  (ours: call id, salon, mode; at the end outcome, reason)
      conversation -> turn                (pipecat's TurnTraceObserver, with `enable_tracing`)
        stt / llm / tts                   (pipecat's service spans: TTFB, tokens, characters)
        response latency -> endpointing wait, transcription, turn detection, LLM inference,
                            speech synthesis, ...   (pipecat's latency breakdown of the turn)
        tool NAME -> calcom METHOD ROUTE  (tools.telemetry, calendar_adapter.telemetry)
        guard                             (a sentence that claims something, and the verdict)
      calcom ...                          (the session's start and end: catalog, releases)

Turn latency (end of speech to first audio) comes from the `UserBotLatencyObserver` the caller
passes in (`agent.call_metrics` for phone and browser calls): the same measurement feeds the
timeline, the histogram, the turn's spans and the end line. Without tracing, the spans are
no-ops and no observer is added.
"""

from __future__ import annotations

import asyncio
import statistics
import time
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from loguru import logger
from opentelemetry import context as otel_context
from opentelemetry import trace
from opentelemetry.context import Context
from opentelemetry.trace import NonRecordingSpan, Status, StatusCode
from pipecat.observers.base_observer import BaseObserver
from pipecat.observers.user_bot_latency_observer import LatencyBreakdown, UserBotLatencyObserver

from agent.observability.instruments import (
    CALL_SECONDS,
    CALLS_ENDED,
    GUARD_BLOCKS,
    TURN_LATENCY,
)
from agent.observability.outcome import call_outcome
from agent.observability.tracing import tracing_enabled

if TYPE_CHECKING:  # the claims engine is the calls' own import (a `serve` supervisor has none)
    from agent.claims import Decision

_tracer = trace.get_tracer("agent")


def _ns(seconds: float) -> int:
    return int(seconds * 1e9)


class CallObservation:
    """The trace, metrics and end line of one call (see the module docstring)."""

    def __init__(self, *, call_id: str, mode: str, salon: str):
        self.call_id = call_id
        self.mode = mode
        self.salon = salon
        self.traced = tracing_enabled()
        self.latencies: list[float] = []
        self.turns = 0
        self._began = time.monotonic()
        self._span: trace.Span | None = None
        self._token: object | None = None
        self._own_latency: UserBotLatencyObserver | None = None
        self._turn_tracer: Any = None

    # -- the call's span ---------------------------------------------------------------------

    def begin(self) -> None:
        """Open the call's span and make it current for this task and the tasks it starts.

        The call is the root of its own trace; the request that started it (a websocket or an
        offer's HTTP span, when traced) is linked, not its parent."""
        started_by = trace.get_current_span().get_span_context()
        self._span = _tracer.start_span(
            "call",
            context=Context(),
            links=[trace.Link(started_by)] if started_by.is_valid else None,
            attributes={"call.id": self.call_id, "call.mode": self.mode, "salon.name": self.salon},
        )
        # A call the sampler left out runs as an untraced one: pipecat's tracing stays off too.
        self.traced = self.traced and self._span.is_recording()
        self._token = otel_context.attach(trace.set_span_in_context(self._span))

    @property
    def trace_id(self) -> str | None:
        """The call's trace id (hex), or None when the call is not traced (or sampled out)."""
        ctx = self._span.get_span_context() if self._span is not None else None
        if ctx is None or not ctx.is_valid or not ctx.trace_flags.sampled:
            return None
        return format(ctx.trace_id, "032x")

    def span_attributes(self) -> dict[str, str]:
        """What pipecat's conversation span carries besides its id (no names, no numbers)."""
        return {"call.id": self.call_id, "call.mode": self.mode, "salon.name": self.salon}

    # -- the pipeline --------------------------------------------------------------------------

    def observers(self, given: Sequence[BaseObserver]) -> list[BaseObserver]:
        """Observers to add to the pipeline: a latency observer for the turn's spans when the
        call is traced and the caller brought none; nothing otherwise."""
        if self.traced and not any(isinstance(o, UserBotLatencyObserver) for o in given):
            self._own_latency = UserBotLatencyObserver()
            return [self._own_latency]
        return []

    def bind(self, worker: Any, observers: Sequence[BaseObserver]) -> None:
        """Listen to the pipeline's turns and latency measurements."""
        self._turn_tracer = getattr(worker, "turn_trace_observer", None)
        tracker = getattr(worker, "turn_tracking_observer", None)
        if tracker is not None:

            @tracker.event_handler("on_turn_started")
            async def _turn(tracker: Any, number: int) -> None:
                self.turns = number

        latency = next(
            (o for o in [*observers, self._own_latency] if isinstance(o, UserBotLatencyObserver)),
            None,
        )
        if latency is None:
            return

        @latency.event_handler("on_latency_measured")
        async def _measured(observer: Any, seconds: float) -> None:
            self.latencies.append(seconds)
            TURN_LATENCY.labels(self.mode).observe(seconds)

        if self.traced:

            @latency.event_handler("on_latency_breakdown")
            async def _breakdown(observer: Any, breakdown: LatencyBreakdown) -> None:
                self._latency_spans(breakdown)

    def turn_context(self) -> Context | None:
        """The current turn's context (the parent of tool and guard spans), or None."""
        turns = self._turn_tracer
        current = turns.get_current_turn_context() if turns is not None else None
        return trace.set_span_in_context(NonRecordingSpan(current)) if current else None

    def _latency_spans(self, breakdown: LatencyBreakdown) -> None:
        """The turn's response time, part by part, as spans under the turn."""
        parts = breakdown.contributions
        if not parts:
            return
        start = parts[0].start_time
        end = max(p.start_time + p.duration_secs for p in parts)
        whole = _tracer.start_span(
            "response latency",
            context=self.turn_context(),
            start_time=_ns(start),
            attributes={
                "latency.total_seconds": breakdown.total_secs,
                "latency.measured_from": str(breakdown.measured_from or ""),
            },
        )
        within = trace.set_span_in_context(whole)
        for part in parts:
            _tracer.start_span(
                part.label,
                context=within,
                start_time=_ns(part.start_time),
                attributes={
                    "latency.key": part.key,
                    "latency.owner": part.owner,
                    "latency.owner_kind": str(part.owner_kind),
                    "latency.seconds": part.duration_secs,
                },
            ).end(end_time=_ns(part.start_time + part.duration_secs))
        whole.end(end_time=_ns(end))

    # -- the guard -----------------------------------------------------------------------------

    def guard_decided(self, decision: Decision) -> None:
        """A sentence was decided: blocks are counted; a claim's verdict is a span."""
        unbacked = sorted({str(c.kind) for c in decision.unbacked})
        for kind in unbacked:
            GUARD_BLOCKS.labels(kind).inc()
        if not self.traced or not decision.claims:
            return
        span = _tracer.start_span(
            "guard",
            context=self.turn_context(),
            attributes={
                "guard.verdict": "passed" if decision.passes else "blocked",
                "guard.claims": sorted({str(c.kind) for c in decision.claims}),
                "guard.unbacked": unbacked,
            },
        )
        span.end()

    # -- the end -------------------------------------------------------------------------------

    async def end(self, *, reason: str, ledger: Any) -> None:
        """Outcome from the ledger, metrics, the span closed, one INFO line. Never raises."""
        seconds = time.monotonic() - self._began
        outcome = "unknown"
        try:
            outcome = await asyncio.shield(call_outcome(ledger, self.call_id))
        except asyncio.CancelledError:
            raise
        except Exception as exc:  # the line and the span are written all the same
            logger.warning(f"call {self.call_id}: outcome not readable ({type(exc).__name__})")
        finally:
            self._close(reason=reason, outcome=outcome, seconds=seconds)

    def _close(self, *, reason: str, outcome: str, seconds: float) -> None:
        CALLS_ENDED.labels(self.mode, outcome).inc()
        CALL_SECONDS.labels(self.mode).observe(seconds)
        fields: dict[str, Any] = {
            "call_id": self.call_id,
            "mode": self.mode,
            "salon": self.salon,
            "outcome": outcome,
            "reason": reason,
            "duration_s": round(seconds, 1),
            "turns": self.turns,
        }
        if self.latencies:
            fields["turn_latency_p50_ms"] = round(statistics.median(self.latencies) * 1000)
            fields["turn_latency_max_ms"] = round(max(self.latencies) * 1000)
        trace_id = self.trace_id
        if trace_id:
            fields["trace_id"] = trace_id
        if self._span is not None:
            self._span.set_attributes(
                {"call.outcome": outcome, "call.end_reason": reason, "call.turns": self.turns}
            )
            if reason == "error":
                self._span.set_status(Status(StatusCode.ERROR, "the call ended by an error"))
            self._span.end()
        if self._token is not None:
            otel_context.detach(self._token)
            self._token = None
        logger.bind(event="call_ended", **fields).info(
            "call ended: " + " ".join(f"{k}={v}" for k, v in fields.items())
        )
