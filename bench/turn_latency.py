"""Turn latency: the end of the caller's speech to the first bot audio frame, and how much of it
is our code.

Conversations run one after another through the real call path (`agent.call.TextCall` ->
`run_call`: the pipeline, tool wiring, confirmation guard, `CallSession`, `BookingTools`, the
Cal.com client, the ledger) against the embedded sandbox. Speech and model are the stand-ins of
`agent.standins` with fixed delays; the sandbox answers every request after a fixed round trip.

    told   = STT final + LLM first token × LLM calls before the audio + TTS first audio
             + sandbox round trip × sequential Cal.com round trips before the audio
    added  = measured - told          (what the pipeline, tools, client and ledger cost)

"End of speech" is the moment the caller's words enter the pipeline; the stand-in STT answers
`--stt` later (the VAD/turn wait of a phone call is in bench/concurrent_calls.py). The first bot
audio frame is the first `TTSAudioRawFrame` of a new TTS context after that moment, as a pipeline
observer sees it pushed (pipeline clock timestamps on both ends).

`--tracing` traces every call as `serve` does with OTEL_* set (agent.observability: pipecat's
spans, ours, the content redactor, a batching processor) into an exporter that encodes each
batch as OTLP protobuf and drops it (the network send is the collector's cost, not the
turn's); its figures go to their own section, `turn_latency_tracing`.

Run: .venv/bin/python bench/turn_latency.py [--conversations 10] [--rtt 0.08] [--tracing] ...
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from loguru import logger
from pipecat.frames.frames import LLMFullResponseStartFrame, TTSAudioRawFrame
from pipecat.observers.base_observer import BaseObserver, FramePushed
from pipecat.processors.frame_processor import FrameDirection

from bench.common import (
    PINNED_NOW,
    LoopLag,
    ToolRun,
    bench_calendar,
    machine,
    ms,
    publish,
    stamp,
    summary,
    table,
    trace_tools,
)

NAME = "turn_latency"
CALLER = "+4915112345678"
KINDS = ("plain", "check_and_hold", "check_and_hold_replacing", "booking")
WEEKDAYS = ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag")


# -- what the caller says and what the scripted model answers ----------------------------------


@dataclass(frozen=True)
class Turn:
    kind: str
    said: str
    steps: list[dict]


def conversation(index: int) -> list[Turn]:
    """Six turns: three plain, a check-and-hold (a free asked-for time is held at once), a second
    one half an hour later (the new hold replaces the first), a booking. Each conversation asks
    for slots of its own, so none is taken by an earlier one."""
    day = _open_days()[index % 8]
    hour = 10 + (index // 8) % 7
    when = {"date": day.isoformat(), "weekday": WEEKDAYS[day.weekday()], "time": f"{hour}:00"}
    check = {
        "name": "check_availability",
        "arguments": {"service": "Herrenhaarschnitt", "stylist": "Fabian", **when},
    }
    later = {**when, "time": f"{hour}:30"}
    check_later = {
        "name": "check_availability",
        "arguments": {"service": "Herrenhaarschnitt", "stylist": "Fabian", **later},
    }
    book = {
        "name": "book_appointment",
        "arguments": {"slot_id": "{check_availability.slot_id}", "customer_name": "Anna Berg"},
    }
    return [
        Turn(
            "plain",
            "Guten Tag, ich hätte gern einen Termin.",
            [{"say": "Sehr gern. Für welche Leistung, und wann würde es Ihnen passen?"}],
        ),
        Turn(
            "plain",
            "Was kostet denn ein Herrenhaarschnitt ungefähr?",
            [{"say": "Die Preise nennt Ihnen der Salon gern vor Ort. Wann möchten Sie kommen?"}],
        ),
        Turn(
            "check_and_hold",
            f"Einen Herrenhaarschnitt bei Fabian am {when['weekday']} um {hour}.",
            [
                {"tool_calls": [check]},
                {"say": "Das ist frei und für Sie reserviert. Auf welchen Namen darf ich buchen?"},
            ],
        ),
        Turn(
            "check_and_hold_replacing",
            "Ach, doch lieber eine halbe Stunde später.",
            [
                {"tool_calls": [check_later]},
                {"say": "Auch das ist frei und jetzt für Sie reserviert. Auf welchen Namen?"},
            ],
        ),
        Turn(
            "booking",
            "Auf Anna Berg, bitte.",
            [{"tool_calls": [book]}, {"say": "{say}"}],
        ),
        Turn("plain", "Danke, das war alles.", [{"say": "Gern geschehen, bis bald!"}]),
    ]


def _open_days() -> list[date]:
    """The salon's open days after the pinned Tuesday (Tue-Sat)."""
    days, day = [], PINNED_NOW.date()
    while len(days) < 8:
        day += timedelta(days=1)
        if day.weekday() in (1, 2, 3, 4, 5):
            days.append(day)
    return days


# -- measuring ---------------------------------------------------------------------------------


class TurnClock(BaseObserver):
    """Pipeline-clock times of the first bot audio and of LLM responses after a mark."""

    def __init__(self, llm) -> None:
        super().__init__(observe_every_push=False)
        self._llm = llm
        self.mark_ns: int | None = None
        self.first_audio_ns: int | None = None
        self.llm_calls = 0
        self.audio_seen = asyncio.Event()
        self.any_audio = asyncio.Event()
        self._old_contexts: set[str | None] = set()

    def arm(self, now_ns: int) -> None:
        self.mark_ns, self.first_audio_ns, self.llm_calls = now_ns, None, 0
        self.audio_seen.clear()

    async def on_push_frame(self, data: FramePushed) -> None:
        frame = data.frame
        if data.direction != FrameDirection.DOWNSTREAM:
            return
        if isinstance(frame, TTSAudioRawFrame):
            self.any_audio.set()
            if self.mark_ns is None or data.timestamp < self.mark_ns:
                self._old_contexts.add(frame.context_id)
                return
            if frame.context_id in self._old_contexts or self.first_audio_ns is not None:
                return
            self.first_audio_ns = data.timestamp
            self.audio_seen.set()
        elif isinstance(frame, LLMFullResponseStartFrame) and data.source is self._llm:
            if self.mark_ns is not None and data.timestamp >= self.mark_ns:
                if self.first_audio_ns is None:
                    self.llm_calls += 1


@dataclass
class Measured:
    kind: str
    measured: float
    told: float
    http_extra: float  # Cal.com requests on the critical path beyond the told round trips
    llm_calls: int
    tools: list[dict] = field(default_factory=list)

    @property
    def added(self) -> float:
        return self.measured - self.told

    @property
    def added_not_http(self) -> float:
        return self.added - self.http_extra


async def run_conversation(
    index: int, cal, settings, latencies, rtt: float, pause: float
) -> list[Measured]:
    from agent.call import TextCall
    from agent.services import build_services

    turns = conversation(index)
    runtime = cal.runtime
    catalog = await runtime.backend.get_catalog()
    services = build_services(
        settings,
        catalog=catalog,
        salon=runtime.salon,
        script=[t.steps for t in turns],
        latencies=latencies,
    )
    clock = TurnClock(services.llm)
    out: list[Measured] = []
    async with TextCall(
        runtime=runtime, settings=settings, caller_phone=CALLER, services=services,
        observers=[clock],
    ) as call:  # fmt: skip
        pipeline_clock = call.transport.input().get_clock()
        await asyncio.wait_for(clock.any_audio.wait(), 10)  # the greeting
        await asyncio.sleep(pause)
        for turn in turns:
            runs_before = len(cal.log.tool_runs)
            clock.arm(pipeline_clock.get_time())
            reply = await call.say(turn.said)
            if clock.first_audio_ns is None:
                raise RuntimeError(f"no bot audio after {turn.said!r} (reply {reply.text!r})")
            first_audio = clock.first_audio_ns
            runs: list[ToolRun] = cal.log.tool_runs[runs_before:]
            runs_before_audio = [
                r for r in runs if r.start <= _perf_of(first_audio, pipeline_clock)
            ]
            seq = sum(r.sequential_round_trips() for r in runs_before_audio)
            waited = sum(r.critical_path_seconds() for r in runs_before_audio)
            told = (
                latencies.stt_final_transcript
                + latencies.llm_first_token * clock.llm_calls
                + latencies.tts_first_audio
                + rtt * seq
            )
            out.append(
                Measured(
                    kind=turn.kind,
                    measured=(first_audio - clock.mark_ns) / 1e9,
                    told=told,
                    http_extra=waited - rtt * seq,
                    llm_calls=clock.llm_calls,
                    tools=[
                        {
                            "tool": r.name,
                            "status": r.status,
                            "requests": len(r.requests),
                            "sequential_round_trips": r.sequential_round_trips(),
                            "seconds": r.seconds,
                            "http_seconds": r.critical_path_seconds(),
                            "endpoints": [f"{q.method} {q.path}" for q in r.requests],
                        }
                        for r in runs
                    ],
                )
            )
            await asyncio.sleep(pause)  # the caller listens, then answers
    return out


def _perf_of(pipeline_ns: int, pipeline_clock) -> float:
    """A pipeline-clock time as a perf_counter time (both are monotonic)."""
    return time.perf_counter() - (pipeline_clock.get_time() - pipeline_ns) / 1e9


async def main(args: argparse.Namespace) -> dict:
    from agent.config import Settings
    from agent.standins import StandInLatencies

    logger.remove()
    logger.add(sys.stderr, level=args.log_level)
    if args.tracing:
        trace_into_the_void()
    latencies = StandInLatencies(
        llm_first_token=args.llm, tts_first_audio=args.tts, stt_final_transcript=args.stt
    )
    settings = Settings(
        _env_file=None,
        calcom_api_key=None,
        stt_provider="text",
        llm_provider="scripted",
        tts_provider="text",
    )
    results: list[Measured] = []
    async with bench_calendar(round_trip=args.rtt, separate_process=True) as cal:
        trace_tools(cal.log)
        # One conversation to warm imports and connections; not counted.
        await run_conversation(10_000, cal, settings, latencies, args.rtt, args.pause)
        started = time.perf_counter()
        requests_before, runs_before = len(cal.log.requests), len(cal.log.tool_runs)
        lag = LoopLag()
        lag.start()
        for i in range(args.conversations):
            results += await run_conversation(i, cal, settings, latencies, args.rtt, args.pause)
        wall = time.perf_counter() - started
        stalls = await lag.stop()
        booked = sum(1 for r in cal.log.tool_runs if r.status == "booked")
        in_tools = {id(q) for r in cal.log.tool_runs[runs_before:] for q in r.requests}
        # Anything a call fetches outside its tool calls (a catalog per call or per turn would
        # show up here).
        outside = sorted(
            f"{q.method} {q.path}"
            for q in cal.log.requests[requests_before:]
            if id(q) not in in_tools
        )

    per_kind = {
        kind: {
            "measured": summary([m.measured for m in results if m.kind == kind]),
            "added": summary([m.added for m in results if m.kind == kind]),
            "told": summary([m.told for m in results if m.kind == kind]),
            "http_extra": summary([m.http_extra for m in results if m.kind == kind]),
            "added_not_http": summary([m.added_not_http for m in results if m.kind == kind]),
        }
        for kind in KINDS
    }
    per_tool: dict[str, dict] = {}
    for m in results:
        for t in m.tools:
            entry = per_tool.setdefault(
                t["tool"],
                {"calls": 0, "requests": [], "sequential": [], "seconds": [], "http": []},
            )
            entry["calls"] += 1
            entry["requests"].append(t["requests"])
            entry["sequential"].append(t["sequential_round_trips"])
            entry["seconds"].append(t["seconds"])
            entry["http"].append(t["http_seconds"])
            if len(t["endpoints"]) > len(entry.get("endpoints", [])):
                entry["endpoints"] = t["endpoints"]  # the call with the most requests
    tools = {
        name: {
            "calls": e["calls"],
            "requests_max": max(e["requests"]),
            "sequential_round_trips_min": min(e["sequential"]),
            "sequential_round_trips_max": max(e["sequential"]),
            "tool_seconds": summary(e["seconds"]),
            "http_beyond_round_trips": summary(
                [h - q * args.rtt for h, q in zip(e["http"], e["sequential"], strict=True)]
            ),
            "own_code_seconds": summary(
                [s - h for s, h in zip(e["seconds"], e["http"], strict=True)]
            ),
            "endpoints_example": e["endpoints"],
        }
        for name, e in per_tool.items()
    }
    return {
        "benchmark": NAME,
        "when": stamp(),
        "machine": machine(),
        "settings": {
            "conversations": args.conversations,
            "stt_final_transcript_s": args.stt,
            "llm_first_token_s": args.llm,
            "tts_first_audio_s": args.tts,
            "sandbox_round_trip_s": args.rtt,
            "pause_between_turns_s": args.pause,
            "tracing": args.tracing,
        },
        "wall_seconds": wall,
        "booking_tool_said_booked": booked,
        "calcom_requests_outside_tools": outside,
        "event_loop_lag": summary(stalls),
        "turns": per_kind,
        "tools": tools,
        "raw": [
            {
                "kind": m.kind,
                "measured": m.measured,
                "told": m.told,
                "llm_calls": m.llm_calls,
                "tools": [t["tool"] for t in m.tools],
            }
            for m in results
        ],
    }


def trace_into_the_void() -> None:
    """Trace calls as production does, up to the wire: spans are encoded, then dropped."""
    from opentelemetry.exporter.otlp.proto.common.trace_encoder import encode_spans
    from opentelemetry.sdk.trace import TracerProvider
    from opentelemetry.sdk.trace.export import BatchSpanProcessor, SpanExporter, SpanExportResult

    from agent.observability import tracing
    from agent.observability.redaction import ContentRedactor

    class EncodeAndDrop(SpanExporter):
        def export(self, spans):
            encode_spans(spans).SerializeToString()
            return SpanExportResult.SUCCESS

    provider = TracerProvider(resource=tracing.resource())
    provider.add_span_processor(ContentRedactor(BatchSpanProcessor(EncodeAndDrop())))
    tracing.install(provider)


def render(report: dict) -> str:
    s = report["settings"]
    rows = []
    for kind in KINDS:
        t = report["turns"][kind]
        rows.append(
            [
                kind.replace("_", "-"),
                t["measured"]["n"],
                ms(t["told"]["p50"]),
                ms(t["measured"]["p50"]),
                ms(t["measured"]["p95"]),
                ms(t["measured"]["max"]),
                ms(t["added"]["p50"]),
                ms(t["added"]["p95"]),
                ms(t["added"]["max"]),
                ms(t["http_extra"]["p50"]),
                ms(t["added_not_http"]["p50"]),
                ms(t["added_not_http"]["p95"]),
            ]
        )
    turns = table(
        [
            "turn",
            "n",
            "told ms",
            "p50 ms",
            "p95 ms",
            "max ms",
            "added p50",
            "added p95",
            "added max",
            "of which HTTP p50",
            "rest p50",
            "rest p95",
        ],
        rows,
    )
    tool_rows = [
        [
            name,
            t["calls"],
            t["requests_max"],
            f"{t['sequential_round_trips_min']}–{t['sequential_round_trips_max']}",
            ms(t["tool_seconds"]["p50"]),
            ms(t["http_beyond_round_trips"]["p50"]),
            f"{ms(t['own_code_seconds']['p50'])} / {ms(t['own_code_seconds']['p95'])}",
            ", ".join(t["endpoints_example"]),
        ]
        for name, t in report["tools"].items()
    ]
    tools = table(
        ["tool", "calls", "requests", "sequential round trips", "p50 ms", "HTTP beyond RTT p50 ms",
         "tool's own code p50/p95 ms",
         "requests made (the call with most)"],
        tool_rows,
    )  # fmt: skip
    return (
        f"Stand-ins: STT final {s['stt_final_transcript_s'] * 1000:.0f} ms after end of speech, "
        f"LLM first token {s['llm_first_token_s'] * 1000:.0f} ms, TTS first audio "
        f"{s['tts_first_audio_s'] * 1000:.0f} ms; sandbox round trip "
        f"{s['sandbox_round_trip_s'] * 1000:.0f} ms. {s['conversations']} conversations, "
        f"{sum(report['turns'][k]['measured']['n'] for k in KINDS)} turns.\n\n"
        f"End of caller speech -> first bot audio frame (told = what the stand-ins and the "
        f"sandbox were told to take; added = measured - told; of which HTTP = Cal.com requests "
        f"on the critical path beyond the told round trip: client, loopback and the sandbox's own "
        f"work; rest = added - HTTP: pipeline, tools, ledger, stand-ins' own overhead):\n\n"
        f"{turns}\n\n"
        f"Cal.com requests per tool call:\n\n{tools}\n\n"
        f"Cal.com requests outside tool calls during the measured conversations (catalog or "
        f"clients rebuilt per call or turn would show here): "
        f"{len(report['calcom_requests_outside_tools'])}"
        f"{' ' + str(sorted(set(report['calcom_requests_outside_tools']))) if report['calcom_requests_outside_tools'] else ''}. "
        f"Event loop: a 10 ms timer woke late by p95 {ms(report['event_loop_lag']['p95'])} ms, "
        f"at most {ms(report['event_loop_lag']['max'])} ms (the longest anything held the loop).\n"
    )


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--conversations", type=int, default=10)
    p.add_argument("--stt", type=float, default=0.150, help="final transcript after speech, s")
    p.add_argument("--llm", type=float, default=0.350, help="LLM first token, s")
    p.add_argument("--tts", type=float, default=0.120, help="TTS first audio, s")
    p.add_argument("--rtt", type=float, default=0.080, help="sandbox round trip, s")
    p.add_argument("--pause", type=float, default=0.2, help="caller's pause between turns, s")
    p.add_argument("--log-level", default="WARNING")
    p.add_argument(
        "--tracing", action="store_true", help="trace every call (OpenTelemetry, as with OTEL_*)"
    )
    return p.parse_args(argv)


if __name__ == "__main__":
    args = parse_args()
    report = asyncio.run(main(args))
    text = render(report)
    print(text)
    name = f"{NAME}_tracing" if args.tracing else NAME
    title = "Turn latency, every call traced" if args.tracing else "Turn latency"
    flag = " --tracing" if args.tracing else ""
    publish(name, title, f"bench/turn_latency.py{flag}", report, text)
