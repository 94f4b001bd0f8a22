"""Concurrent calls: how many phone calls one process carries before callers notice.

The server side is `serve`'s app (`agent.server.create_app`) under uvicorn on loopback, with the
embedded sandbox (configured round trip) and a file ledger: Twilio Media Streams websockets,
the Twilio serializer, Silero VAD and turn detection (Smart Turn v3 by default), the stand-in
STT/LLM/TTS with fixed delays, the booking tools. The only substitution: each call's stand-in
services get the benchmark's delays (serve's own stand-ins have none), through the phone line's
per-call `services` factory.

The callers are a separate process (so their work is not billed to the server): M websockets
that behave like Twilio, streaming 20 ms mu-law frames at real-time pace for the whole call
(speech when the caller talks, silence otherwise). Each call: the greeting, then two turns (a
plain one, a check-and-hold one). Per turn the caller measures end of its speech -> first bot
audio frame.

    told   = VAD stop (0.2 s) + [turn silence, with TURN=silence] + STT final + LLM first token
             × LLM calls + TTS first audio + round trip × Cal.com round trips (check-and-hold: 2)
    added  = measured - told     (also: Smart Turn inference, frame hops, the event loop's queue)

M rises through --levels until added p95 passes --max-added (50 ms), audio falls behind real
time (the bot's audio reaches the caller slower than it plays, or the callers' own frames could
not be sent on time), or the time budget is near. Reported per level: latency, CPU and memory
of the server process per call, event-loop lag, and the largest M held.

Run: .venv/bin/python bench/concurrent_calls.py [--levels 10,25,50,100,200] [--turn smart]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import socket
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import (
    LoopLag,
    bench_calendar,
    cpu_seconds,
    machine,
    machine_line,
    ms,
    percentile,
    rss_bytes,
    stamp,
    summary,
    table,
    trace_tools,
    update_results_md,
    write_json,
)

NAME = "concurrent_calls"
SAMPLE_RATE = 8000
CHUNK_BYTES = 160  # 20 ms of mu-law at 8 kHz, what Twilio sends per media message
CHUNK_SECONDS = 0.02
CALLER = "+4915112345678"
VAD_STOP_SECONDS = 0.2  # pipecat's VADParams default, used by the pipeline's SileroVADAnalyzer
PLAIN_REPLY = "Gern, wann passt es?"
HOLD_REPLY = "Frei und reserviert."
TURNS = [
    {"kind": "plain", "llm_calls": 1, "round_trips": 0},
    {"kind": "check_and_hold", "llm_calls": 2, "round_trips": 2},
]
START_BUDGET = time.perf_counter()


# -- the server side --------------------------------------------------------------------------


def standin_script(call_slots: int) -> dict[str, Any]:
    """What every call's stand-ins play: two transcripts and two scripted turns.

    The asked time comes from the call's stream parameter (see `run_call_with_delays`), so
    calls do not all race for one slot."""
    return {
        "transcripts": [
            "Ich hätte gern einen Termin.",
            "Einen Herrenhaarschnitt bei Fabian am Donnerstag um zehn.",
        ],
        "turns": [
            [{"say": PLAIN_REPLY}],
            [
                {
                    "tool_calls": [
                        {
                            "name": "check_availability",
                            "arguments": {
                                "service": "Herrenhaarschnitt",
                                "stylist": "Fabian",
                                "date": "2026-11-26",
                                "weekday": "Donnerstag",
                                "time": "10:00",
                            },
                        }
                    ]
                },
                {"say": HOLD_REPLY},
            ],
        ],
    }


def audible_tts(latencies: Any) -> Any:
    """The silence stand-in, speaking a faint hum instead of digital zeros.

    Real TTS audio is audible from its first frames. pipecat scans each reply for the first
    audible sample (its time-to-first-audio metric) and, on pure silence, rescans the growing
    buffer on every chunk for 3 s of audio: ~100 ms of event-loop CPU per reply that no real
    voice costs. Everything else (timing, frames, delays) is the stand-in's own."""
    import numpy as np
    from pipecat.frames.frames import TTSAudioRawFrame

    from agent.standins import SilenceTTSService

    class AudibleStandInTTS(SilenceTTSService):
        async def run_tts(self, text: str, context_id: str):
            hum: dict[int, bytes] = {}
            async for frame in super().run_tts(text, context_id):
                if isinstance(frame, TTSAudioRawFrame):
                    n = len(frame.audio) // 2
                    if n not in hum:
                        t = np.arange(n) / frame.sample_rate
                        hum[n] = (np.sin(2 * np.pi * 220 * t) * 1000).astype("<i2").tobytes()
                    frame = TTSAudioRawFrame(
                        hum[n] + frame.audio[2 * n :], frame.sample_rate, 1,
                        context_id=frame.context_id,
                    )  # fmt: skip
                yield frame

    return AudibleStandInTTS(latencies=latencies)


def _slot_for(n: int) -> tuple[str, str, str]:
    """A distinct (stylist, date, time) per call, over the open days after the pinned Tuesday."""
    stylists = ("Fabian", "Mehmet")
    days = [("2026-11-25", "Mittwoch"), ("2026-11-26", "Donnerstag"), ("2026-11-27", "Freitag")]
    k = n % (len(stylists) * len(days) * 32)
    stylist = stylists[k % 2]
    date, _weekday = days[(k // 2) % 3]
    minutes = 9 * 60 + 15 * (k // 6)  # 32 quarter hours from 09:00
    return stylist, date, f"{minutes // 60:02d}:{minutes % 60:02d}"


class TurnVerdicts:
    """Smart Turn v3's verdicts and inference times, process-wide (instrumentation only: the
    analyzer's result is returned unchanged). An "incomplete" verdict makes the pipeline wait
    for Smart Turn's silence fallback (3 s), which is the model's call, not load."""

    def __init__(self) -> None:
        self.verdicts: list[tuple[int, float]] = []  # (prediction, seconds)

    def install(self) -> None:
        from pipecat.audio.turn.smart_turn.local_smart_turn_v3 import LocalSmartTurnAnalyzerV3

        original = getattr(
            LocalSmartTurnAnalyzerV3._predict_endpoint,
            "__bench_original__",
            LocalSmartTurnAnalyzerV3._predict_endpoint,
        )
        verdicts = self.verdicts

        def predict(analyzer: Any, audio: Any) -> dict[str, Any]:
            began = time.perf_counter()
            result = original(analyzer, audio)
            verdicts.append((int(result.get("prediction", 0)), time.perf_counter() - began))
            return result

        predict.__bench_original__ = original  # type: ignore[attr-defined]
        LocalSmartTurnAnalyzerV3._predict_endpoint = predict  # type: ignore[method-assign]


VERDICTS = TurnVerdicts()


class RssPeak:
    def __init__(self) -> None:
        self.peak = 0
        self._task: asyncio.Task | None = None

    async def _run(self) -> None:
        while True:
            self.peak = max(self.peak, rss_bytes())
            await asyncio.sleep(0.25)

    def start(self) -> None:
        self.peak = rss_bytes()
        self._task = asyncio.create_task(self._run())

    async def stop(self) -> int:
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
        return self.peak


async def server_main(args: argparse.Namespace) -> dict[str, Any]:
    import uvicorn
    from loguru import logger

    from agent.config import Settings
    from agent.pipeline import user_turn_params
    from agent.server import create_app
    from agent.services import build_services
    from agent.standins import StandInLatencies
    from agent.telephony.standin_calls import load_standin_script

    logger.remove()
    logger.add(sys.stderr, level=args.log_level)
    latencies = StandInLatencies(
        llm_first_token=args.llm, tts_first_audio=args.tts, stt_final_transcript=args.stt
    )
    script = standin_script(0)
    workdir = tempfile.mkdtemp(prefix="bench-calls-")
    script_path = Path(workdir) / "standin.json"
    script_path.write_text(json.dumps(script, ensure_ascii=False), encoding="utf-8")
    settings = Settings(
        _env_file=None,
        calcom_api_key=None,
        twilio_auth_token=None,
        max_concurrent_calls=100_000,  # this benchmark looks for the limit; admission would cut it
        stt_provider="text",
        llm_provider="scripted",
        tts_provider="text",
        standin_script=script_path,
        turn_detection=args.turn,
        turn_silence_seconds=args.turn_silence,
    )
    turn_wait = args.turn_silence if args.turn == "silence" else 0.0

    report: dict[str, Any] = {
        "benchmark": NAME,
        "when": stamp(),
        "machine": machine(),
        "settings": {
            "levels": args.levels,
            "turn_detection": args.turn,
            "turn_silence_s": args.turn_silence if args.turn == "silence" else None,
            "vad_stop_s": VAD_STOP_SECONDS,
            "stt_final_transcript_s": args.stt,
            "llm_first_token_s": args.llm,
            "tts_first_audio_s": args.tts,
            "sandbox_round_trip_s": args.rtt,
            "max_added_p95_s": args.max_added,
            "budget_s": args.budget,
        },
        "levels": [],
    }

    async with bench_calendar(round_trip=args.rtt, separate_process=True) as cal:
        trace_tools(cal.log)
        if args.turn == "smart":
            VERDICTS.install()
        call_count = 0

        async def services_with_delays() -> Any:
            """serve's per-call stand-ins (STANDIN_SCRIPT read per call, as serve does), with
            this benchmark's delays, and a slot of its own per call."""
            nonlocal call_count
            call_count += 1
            loaded = load_standin_script(script_path)
            turns = json.loads(json.dumps(loaded.turns))
            stylist, date, at = _slot_for(call_count)
            arguments = turns[1][0]["tool_calls"][0]["arguments"]
            arguments.update(stylist=stylist, date=date, time=at)
            arguments.pop("weekday", None)
            services = build_services(
                settings,
                catalog=await cal.runtime.backend.get_catalog(),
                salon=cal.runtime.salon,
                script=turns,
                transcripts=loaded.transcripts,
                latencies=latencies,
            )
            if args.audible_tts:
                services.tts = audible_tts(latencies)
            return services

        # Load what a server loads before its first call (pipecat's modules, the audio models),
        # so the first measured call is not billed for start-up.
        user_turn_params(settings, text_input=False)
        await services_with_delays()
        call_count = 0

        # The callers open streams directly (no voice webhook, no stream token).
        app = create_app(settings, cal.runtime, insecure_dev=True)
        # proto=IPPROTO_TCP so asyncio sets TCP_NODELAY on accepted connections, as uvicorn's
        # own binding (host/port, what `serve` does) gets it.
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
        server = uvicorn.Server(
            uvicorn.Config(app, log_level="warning", ws_ping_interval=None, backlog=2048)
        )
        serving = asyncio.create_task(server.serve(sockets=[sock]))
        while not server.started:
            if serving.done():
                serving.result()
            await asyncio.sleep(0.02)
        url = f"ws://127.0.0.1:{port}/twilio/ws"
        # The one substitution: the line's per-call services get the benchmark's delays.
        app.state.line.services = services_with_delays

        try:
            # Lone calls first, one after another: their p95 turn of each kind is the baseline
            # that load is measured against (it holds what no load changes: Smart Turn's
            # inference and its bimodal timing, VAD framing).
            baseline = await run_level(
                args.baseline_calls, url, args, latencies, turn_wait, cal, None, lone=True
            )
            baseline["lone_calls"] = args.baseline_calls
            report["baseline"] = baseline
            print(render_level(baseline), flush=True)
            base = {k: v["p95"] for k, v in baseline["latency"].items()}
            last_duration = 0.0
            levels = list(args.levels)
            while levels:
                m = levels.pop(0)
                elapsed = time.perf_counter() - START_BUDGET
                if last_duration and elapsed + last_duration * 1.3 > args.budget:
                    report["stopped"] = (
                        f"time budget: {elapsed:.0f} s used, the {m}-call level would need "
                        f"~{last_duration * 1.3:.0f} s more"
                    )
                    break
                level = await run_level(m, url, args, latencies, turn_wait, cal, base)
                last_duration = level["wall_seconds"]
                report["levels"].append(level)
                print(render_level(level), flush=True)
                if not level["held"]:
                    report["stopped"] = level["why_not_held"]
                    if not any(lv["held"] for lv in report["levels"]) and m // 2 >= 2:
                        levels = [m // 2]  # not even the first level: look below it
                        continue
                    break
            else:
                report.setdefault("stopped", "all levels held")
        finally:
            server.should_exit = True
            await asyncio.wait_for(serving, 30)
            sock.close()
    held = [lv["calls"] for lv in report["levels"] if lv["held"]]
    report["largest_m_held"] = max(held) if held else 0
    return report


async def run_level(
    m: int,
    url: str,
    args: argparse.Namespace,
    latencies: Any,
    turn_wait: float,
    cal: Any,
    base: dict[str, float | None] | None,
    *,
    lone: bool = False,
) -> dict[str, Any]:
    """M calls at once (or, `lone`, one after another with short pauses: the baseline)."""
    lag, peak = LoopLag(), RssPeak()
    runs_before = len(cal.log.tool_runs)
    verdicts_before = len(VERDICTS.verdicts)
    rss_before = rss_bytes()
    cpu_before = cpu_seconds()
    lag.start()
    peak.start()
    began = time.perf_counter()
    children_before = resource.getrusage(resource.RUSAGE_CHILDREN)
    proc = await asyncio.create_subprocess_exec(
        sys.executable,
        __file__,
        "--client",
        url,
        "--calls",
        str(m),
        "--ramp",
        str(args.ramp),
        "--pause-min",
        str(0.2 if lone else args.pause_min),
        "--pause-max",
        str(0.2 if lone else args.pause_max),
        *(["--lone"] if lone else []),
        stdout=asyncio.subprocess.PIPE,
    )
    out, _ = await proc.communicate()
    wall = time.perf_counter() - began
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    caller_cpu = (children.ru_utime + children.ru_stime) - (
        children_before.ru_utime + children_before.ru_stime
    )
    cpu = cpu_seconds() - cpu_before
    lag_samples = await lag.stop()
    rss_peak = await peak.stop()
    try:
        client = json.loads(out.decode().strip().splitlines()[-1])
    except (ValueError, IndexError):
        client = {"calls": [], "error": f"client exited {proc.returncode} without a result"}

    told = {
        t["kind"]: VAD_STOP_SECONDS
        + turn_wait
        + latencies.stt_final_transcript
        + latencies.llm_first_token * t["llm_calls"]
        + latencies.tts_first_audio
        + args.rtt * t["round_trips"]
        for t in TURNS
    }
    measured: dict[str, list[float]] = {t["kind"]: [] for t in TURNS}
    added_all: list[float] = []
    failed = 0
    ratios: list[float] = []
    send_lag: list[float] = []
    for call in client.get("calls", []):
        if call.get("error"):
            failed += 1
        send_lag.append(call.get("max_send_lag", 0.0))
        for turn in call.get("turns", []):
            if turn.get("latency") is None:
                continue
            measured[turn["kind"]].append(turn["latency"])
            added_all.append(turn["latency"] - told[turn["kind"]])
            if turn.get("audio_ratio") is not None:
                ratios.append(turn["audio_ratio"])
    expected_turns = m * len(TURNS)
    m_at_once = 1 if lone else m
    answered = sum(len(v) for v in measured.values())
    # p95 against p95, per turn kind: Smart Turn makes a lone call's turns bimodal (~100 ms
    # apart), so a per-turn difference to one baseline figure would measure that, not load.
    by_kind = {
        k: percentile(v, 95) - base[k]
        for k, v in measured.items()
        if v and base and base.get(k) is not None
    }
    load_p95 = max(by_kind.values()) if by_kind else None
    slowest_ratio = min(ratios) if ratios else None
    worst_send_lag = max(send_lag) if send_lag else None
    why = None
    if failed or answered < expected_turns:
        why = f"{failed} calls failed, {answered}/{expected_turns} turns answered"
    elif load_p95 is not None and load_p95 > args.max_added:
        why = f"latency added by load p95 {load_p95 * 1000:.0f} ms > {args.max_added * 1000:.0f} ms"
    elif slowest_ratio is not None and slowest_ratio < 1.0:
        why = f"bot audio behind real time (slowest reply at {slowest_ratio:.2f}× real time)"
    elif worst_send_lag is not None and worst_send_lag > 0.1:
        why = (
            f"callers' audio behind real time (a frame sent {worst_send_lag * 1000:.0f} ms late;"
            " the machine is saturated)"
        )
    runs = cal.log.tool_runs[runs_before:]
    verdicts = VERDICTS.verdicts[verdicts_before:]
    call_seconds = [c["seconds"] for c in client.get("calls", []) if c.get("seconds")]
    mean_call = sum(call_seconds) / len(call_seconds) if call_seconds else wall
    return {
        "calls": m_at_once,
        "held": why is None,
        "why_not_held": why,
        "wall_seconds": wall,
        "turns_answered": answered,
        "turns_expected": expected_turns,
        "told_s": told,
        "latency": {
            k: {**summary(v), "median": statistics.median(v) if v else None}
            for k, v in measured.items()
        },
        "raw": {"latency": measured, "added": added_all},
        "added": summary(added_all),
        "added_by_load_p95": by_kind,
        "added_by_load_p95_max": load_p95,
        "slowest_bot_audio_ratio": slowest_ratio,
        "max_caller_send_lag_s": worst_send_lag,
        "server_cpu_seconds": cpu,
        "callers_cpu_seconds": caller_cpu,
        # CPU share of one core per call while it is up: CPU / (calls × mean call length)
        "cpu_per_call_core_fraction": cpu / (m * mean_call) if m and mean_call else None,
        "rss_before_mb": rss_before / 2**20,
        "rss_peak_mb": rss_peak / 2**20,
        "rss_per_call_mb": max(0, rss_peak - rss_before) / 2**20 / m_at_once,
        "loop_lag": summary(lag_samples),
        "calcom_requests_total": len(cal.log.requests),
        "tool_seconds": summary([r.seconds for r in runs]),
        "smart_turn_verdicts": len(verdicts),
        "smart_turn_incomplete": sum(1 for p, _ in verdicts if p == 0),
        "smart_turn_inference_seconds": summary([d for _, d in verdicts]),
        "tool_sequential_round_trips_max": max(
            (r.sequential_round_trips() for r in runs), default=None
        ),
        "tool_statuses": sorted({str(r.status) for r in runs}),
        "client_error": client.get("error"),
        "first_call_errors": [c["error"] for c in client.get("calls", []) if c.get("error")][:3],
    }


def render_level(lv: dict[str, Any]) -> str:
    lat = lv["latency"]
    return (
        f"M={lv['calls']:>3}: {'held' if lv['held'] else 'NOT held: ' + str(lv['why_not_held'])}"
        f" | plain p50/p95 {ms(lat['plain']['p50'])}/{ms(lat['plain']['p95'])} ms"
        f" | check-and-hold p50/p95 {ms(lat['check_and_hold']['p50'])}/"
        f"{ms(lat['check_and_hold']['p95'])} ms | added p95 {ms(lv['added']['p95'])} ms"
        f" | by load p95 {ms(lv['added_by_load_p95_max'])} ms"
        f" | tools p50/p95 {ms(lv['tool_seconds']['p50'])}/{ms(lv['tool_seconds']['p95'])} ms"
        f" {lv['tool_statuses']} | smart turn {lv['smart_turn_verdicts']} verdicts,"
        f" {lv['smart_turn_incomplete']} incomplete, inference p50/p95"
        f" {ms(lv['smart_turn_inference_seconds']['p50'])}/"
        f"{ms(lv['smart_turn_inference_seconds']['p95'])} ms"
        f" | loop lag p95/max {ms(lv['loop_lag']['p95'])}/{ms(lv['loop_lag']['max'])} ms | CPU/call "
        f"{(lv['cpu_per_call_core_fraction'] or 0) * 100:.1f}% core | RSS/call "
        f"{lv['rss_per_call_mb']:.1f} MB | callers' CPU {lv['callers_cpu_seconds']:.1f} s"
        f" | {lv['wall_seconds']:.1f} s"
    )


def render(report: dict[str, Any]) -> str:
    s = report["settings"]
    rows = []
    levels_shown = [report["baseline"]] if report.get("baseline") else []
    for lv in levels_shown + report["levels"]:
        lat = lv["latency"]
        rows.append(
            [
                f"1 (lone, ×{lv['lone_calls']})" if lv is report.get("baseline") else lv["calls"],
                "-" if lv is report.get("baseline") else "yes" if lv["held"] else "no",
                f"{ms(lat['plain']['p50'])} / {ms(lat['plain']['p95'])}",
                f"{ms(lat['check_and_hold']['p50'])} / {ms(lat['check_and_hold']['p95'])}",
                f"{ms(lv['added']['p50'])} / {ms(lv['added']['p95'])}",
                ms(lv["added_by_load_p95_max"]),
                f"{ms(lv['loop_lag']['p95'])} / {ms(lv['loop_lag']['max'])}",
                "-" if lv["slowest_bot_audio_ratio"] is None
                else f"{lv['slowest_bot_audio_ratio']:.2f}×",
                f"{ms(lv['smart_turn_inference_seconds']['p50'])} / "
                f"{ms(lv['smart_turn_inference_seconds']['p95'])}",
                ms(lv["tool_seconds"]["p95"]),
                f"{(lv['cpu_per_call_core_fraction'] or 0) * 100:.1f}%",
                f"{lv['rss_per_call_mb']:.1f}",
                f"{lv['rss_peak_mb']:.0f}",
            ]
        )  # fmt: skip
    levels = table(
        ["M calls", "held", "plain p50/p95 ms", "check+hold p50/p95 ms", "added p50/p95 ms",
         "added by load p95 ms", "loop lag p95/max ms", "slowest bot audio", "Smart Turn p50/p95 ms", "tools p95 ms", "CPU/call (1 core)", "RSS/call MB",
         "RSS peak MB"],
        rows,
    )  # fmt: skip
    turn = (
        "Smart Turn v3"
        if s["turn_detection"] == "smart"
        else f"silence {s['turn_silence_s'] * 1000:.0f} ms"
    )
    told = report["baseline"]["told_s"] if report.get("baseline") else {}
    return (
        f"Twilio Media Streams over loopback websockets, mu-law at real-time pace; Silero VAD "
        f"(stop {s['vad_stop_s'] * 1000:.0f} ms) + {turn}; stand-ins STT "
        f"{s['stt_final_transcript_s'] * 1000:.0f} / LLM {s['llm_first_token_s'] * 1000:.0f} / "
        f"TTS {s['tts_first_audio_s'] * 1000:.0f} ms; sandbox round trip "
        f"{s['sandbox_round_trip_s'] * 1000:.0f} ms. Told: plain "
        f"{told.get('plain', 0) * 1000:.0f} ms, check-and-hold "
        f"{told.get('check_and_hold', 0) * 1000:.0f} ms. Latency = end of caller speech -> "
        f"first bot audio frame at the caller. Added = latency - told (includes Smart Turn "
        f"inference and VAD framing, which no load changes); added by load = a level's p95 - the lone "
        f"calls' p95, per turn kind (the larger of the two): a level is held while it stays "
        f"under {s['max_added_p95_s'] * 1000:.0f} ms and audio keeps real time.\n\n{levels}\n\n"
        f"Largest M held: **{report['largest_m_held']}** (stopped: {report.get('stopped')}).\n"
    )


# -- the caller side (a separate process) -----------------------------------------------------


def synthetic_speech(seconds: float = 1.6, seed: int = 1) -> bytes:
    """A finished spoken statement for Silero and Smart Turn v3 (see synthetic_voice), mu-law."""
    from agent.telephony.synthetic_voice import mulaw
    from agent.telephony.synthetic_voice import synthetic_speech as speech

    return mulaw(speech(seconds, seed, statement=True))


SILENCE_CHUNK = bytes([0xFF]) * CHUNK_BYTES  # mu-law silence


class TwilioCaller:
    """One caller: streams 20 ms frames for the whole call, speaks when told, times answers."""

    def __init__(self, ws, index: int, speech: bytes):
        import uuid

        self.ws = ws
        self.index = index
        self.speech = speech
        self.stream_sid = "MZ" + uuid.uuid4().hex
        self.call_sid = "CA" + uuid.uuid4().hex
        self.parameters = {"from": CALLER}  # the TwiML's <Parameter>s, as Twilio passes them
        self.pending: list[bytes] = []
        self.speech_ended = asyncio.Event()
        self.speech_end_at: float | None = None
        self.media_times: list[float] = []
        self.media_bytes: list[int] = []
        # Twilio plays the bot's audio at real time, however fast it arrives (pipecat sends
        # ahead): the caller hears the end of a reply when its playout ends, not on arrival.
        self.playout_end = 0.0
        self.max_send_lag = 0.0
        self._seq = 0

    async def send(self, message: dict) -> None:
        await self.ws.send(json.dumps(message))

    async def start(self) -> None:
        await self.send({"event": "connected", "protocol": "Call", "version": "1.0.0"})
        self._seq += 1
        await self.send(
            {
                "event": "start",
                "sequenceNumber": str(self._seq),
                "start": {
                    "accountSid": "AC" + "0" * 32,
                    "streamSid": self.stream_sid,
                    "callSid": self.call_sid,
                    "tracks": ["inbound"],
                    "mediaFormat": {"encoding": "audio/x-mulaw", "sampleRate": 8000, "channels": 1},
                    "customParameters": self.parameters,
                },
                "streamSid": self.stream_sid,
            }
        )

    async def stream(self) -> None:
        """Twilio sends a frame every 20 ms, after it was recorded, whatever is said."""
        import base64

        loop = asyncio.get_running_loop()
        t0 = loop.time()
        k = 0
        while True:
            k += 1
            due = t0 + k * CHUNK_SECONDS
            delay = due - loop.time()
            if delay > 0:
                await asyncio.sleep(delay)
            else:
                self.max_send_lag = max(self.max_send_lag, -delay)
            if self.pending:
                chunk = self.pending.pop(0)
                if not self.pending:
                    self.speech_end_at = time.perf_counter()
                    self.speech_ended.set()
            else:
                chunk = SILENCE_CHUNK
            self._seq += 1
            await self.send(
                {
                    "event": "media",
                    "sequenceNumber": str(self._seq),
                    "media": {
                        "track": "inbound",
                        "chunk": str(k),
                        "timestamp": str(k * 20),
                        "payload": base64.b64encode(chunk).decode(),
                    },
                    "streamSid": self.stream_sid,
                }
            )

    async def listen(self) -> None:
        import base64

        async for raw in self.ws:
            message = json.loads(raw)
            if message.get("event") == "media":
                now = time.perf_counter()
                size = len(base64.b64decode(message["media"]["payload"]))
                self.media_times.append(now)
                self.media_bytes.append(size)
                self.playout_end = max(self.playout_end, now) + size / SAMPLE_RATE
            elif message.get("event") == "clear":  # barge-in: Twilio drops what is queued
                self.playout_end = time.perf_counter()

    def say(self) -> None:
        self.speech_ended.clear()
        self.pending = [
            self.speech[i : i + CHUNK_BYTES] for i in range(0, len(self.speech), CHUNK_BYTES)
        ]
        self.pending[-1] = self.pending[-1].ljust(CHUNK_BYTES, b"\xff")

    async def quiet_for(self, seconds: float, *, after: int = 0, limit: float = 30.0) -> None:
        """Until the bot has sent something after media index `after` and then nothing for
        `seconds` (its reply has been played out)."""
        began = time.perf_counter()
        while time.perf_counter() - began < limit:
            await asyncio.sleep(0.05)
            if (
                len(self.media_times) > after
                and time.perf_counter() - self.media_times[-1] > seconds
            ):
                return
        raise TimeoutError("the bot never finished speaking")

    async def stop(self) -> None:
        self._seq += 1
        await self.send(
            {
                "event": "stop",
                "sequenceNumber": str(self._seq),
                "streamSid": self.stream_sid,
                "stop": {"accountSid": "AC" + "0" * 32, "callSid": self.call_sid},
            }
        )


async def one_call(
    url: str, index: int, delay: float, speech: bytes, pause: tuple[float, float]
) -> dict[str, Any]:
    import random

    import websockets

    thinking = random.Random(index)
    await asyncio.sleep(delay)
    result: dict[str, Any] = {"index": index, "turns": []}
    began = time.perf_counter()
    try:
        # Twilio does not negotiate permessage-deflate; neither does this caller.
        async with websockets.connect(
            url, max_queue=None, ping_interval=None, compression=None
        ) as ws:
            caller = TwilioCaller(ws, index, speech)
            listener = asyncio.create_task(caller.listen())
            await caller.start()
            streamer = asyncio.create_task(caller.stream())
            try:
                await caller.quiet_for(0.4)  # the greeting, played out
                for turn in TURNS:
                    # Callers think before they answer: turns of different calls do not
                    # arrive in lockstep, as they would not on real phone lines.
                    await asyncio.sleep(thinking.uniform(*pause))
                    seen = len(caller.media_times)
                    caller.say()
                    await asyncio.wait_for(caller.speech_ended.wait(), 10)
                    await caller.quiet_for(0.4, after=seen)
                    end = caller.speech_end_at or 0.0
                    reply = [
                        (t, n)
                        for t, n in zip(caller.media_times, caller.media_bytes, strict=True)
                        if t > end
                    ]
                    first = reply[0][0] if reply else None
                    audio_s = sum(n for _, n in reply) / SAMPLE_RATE
                    span = (reply[-1][0] - first) + CHUNK_SECONDS if reply else None
                    result["turns"].append(
                        {
                            "kind": turn["kind"],
                            "latency": (first - end) if first is not None else None,
                            "audio_seconds": audio_s,
                            "audio_ratio": audio_s / span if span else None,
                        }
                    )
                await caller.stop()
                # Twilio leaves closing to the server after `stop`; give it the time to.
                await asyncio.wait({listener}, timeout=3)
            finally:
                streamer.cancel()
                await asyncio.gather(streamer, return_exceptions=True)
                await ws.close()
                listener.cancel()
                await asyncio.gather(listener, return_exceptions=True)
            result["max_send_lag"] = caller.max_send_lag
    except Exception as exc:  # a failed call is a finding, reported with the rest
        result["error"] = repr(exc)
    result["seconds"] = time.perf_counter() - began
    return result


async def client_main(
    url: str, calls: int, ramp: float, pause: tuple[float, float], lone: bool
) -> dict[str, Any]:
    speech = synthetic_speech()
    if lone:
        results = [await one_call(url, i, 0.0, speech, pause) for i in range(calls)]
    else:
        results = await asyncio.gather(
            *(one_call(url, i, ramp * i / max(calls, 1), speech, pause) for i in range(calls))
        )
    return {"calls": list(results)}


# -- entry --------------------------------------------------------------------------------------


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--levels", default="10,25,50,100,200",
                   type=lambda s: [int(x) for x in s.split(",")])  # fmt: skip
    p.add_argument("--turn", choices=("smart", "silence"), default="smart")
    p.add_argument("--turn-silence", type=float, default=0.8, help="with --turn silence, s")
    p.add_argument("--stt", type=float, default=0.150)
    p.add_argument("--llm", type=float, default=0.350)
    p.add_argument("--tts", type=float, default=0.120)
    p.add_argument("--rtt", type=float, default=0.080)
    p.add_argument("--baseline-calls", type=int, default=4, help="lone calls before the levels")
    p.add_argument("--max-added", type=float, default=0.050, help="added p95 limit, s")
    p.add_argument("--ramp", type=float, default=1.0, help="calls start spread over this, s")
    p.add_argument("--pause-min", type=float, default=0.2, help="caller thinks before a turn, s")
    p.add_argument("--pause-max", type=float, default=2.0)
    p.add_argument("--budget", type=float, default=110.0, help="stop before this many s")
    p.add_argument(
        "--silent-tts",
        dest="audible_tts",
        action="store_false",
        help="the stand-in TTS speaks digital zeros (pipecat then rescans them for speech)",
    )
    p.add_argument("--log-level", default="ERROR")
    p.add_argument("--client", help=argparse.SUPPRESS)  # internal: run the callers
    p.add_argument("--calls", type=int, help=argparse.SUPPRESS)
    p.add_argument("--lone", action="store_true", help=argparse.SUPPRESS)
    return p.parse_args(argv)


if __name__ == "__main__":
    args = parse_args()
    if args.client:
        pause = (args.pause_min, args.pause_max)
        result = client_main(args.client, args.calls, args.ramp, pause, args.lone)
        print(json.dumps(asyncio.run(result)))
        sys.exit(0)
    os.environ.setdefault("PIPECAT_DISABLE_USAGE_STATS", "1")
    report = asyncio.run(server_main(args))
    text = render(report)
    print()
    print(text)
    path = write_json(NAME, report)
    update_results_md(
        NAME,
        f"### Concurrent calls\n\n`.venv/bin/python bench/concurrent_calls.py` — "
        f"{report['when']}, {machine_line(report['machine'])}\n\n{text}",
    )
    print(f"JSON: {path}")
