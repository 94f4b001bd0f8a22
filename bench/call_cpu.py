"""Where a phone call's CPU goes: per phase of a call, per call, in the server process.

M calls (default 20) go through the phases of a call together; the callers run in a process of
their own and behave like Twilio (bench/phone_calls.py):

    connect   the streams open and the greeting is played out
    listen    every caller streams silence for --listen seconds (the line is open, nobody talks)
    plain     every caller says a sentence (1.6 s), the bot answers: a plain turn
    hold      every caller says another, the bot checks and holds a slot (2 Cal.com round trips)
    speak     every caller asks once more, the bot talks for ~9 s (its audio out, per second)
    hang up   `stop`; the call winds down and its session ends

Callers start their turns spread over --spread seconds, as callers on real lines do. The server
samples its own CPU time every 20 ms (the whole process, and its event-loop thread alone: all
calls share that one thread, so its share is what limits a process); a phase's CPU is read
between the phase's start and end as the callers report them (both processes read the same
monotonic clock). A turn's cost is what its phase took beyond listening for as long.

Printed per call: each phase's CPU, listening as a share of a core, and a typical call built
from them (--typical-minutes long, --typical-turns turns, half of them check-and-hold): its
share of a core, and how many such calls the event loop carries at --loop-budget of its core.
CPU time is what the process ran, not what it waited for, so it varies less than latencies on a
shared machine; it is still the machine's, so compare figures from one machine and one run.
A turn's figure "beyond listening" moves with the listening window's reading (the 15 s speech
phase by 15 ms per 0.1 % of a core misread), so each phase's whole CPU and its seconds are
printed beside it: compare two trees' turns by those too (perf11: five pairs whose turns' whole
CPU differed by 1-14 % differed "beyond listening" by up to 2.3x).

Run: .venv/bin/python bench/call_cpu.py [--calls 20] [--turn smart|silence]
"""

from __future__ import annotations

import argparse
import asyncio
import bisect
import json
import os
import sys
import threading
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import (
    machine,
    publish,
    stamp,
    table,
)
from bench.phone_calls import (
    PLAIN_REPLY,
    VERDICTS,
    TwilioCaller,
    bench_phone_server,
    push_bot_audio_on,
    run_on_serves_loop,
    standin_script,
    synthetic_speech,
)

NAME = "call_cpu"
PHASES = ("connect", "listen", "plain", "hold", "speak", "hang_up")
SECONDS_PER_CHAR = 0.06  # the stand-in TTS's speech per character of text (agent/standins.py)
LONG_REPLY = (
    "Gern erkläre ich Ihnen alles: Der Salon hat von Dienstag bis Samstag geöffnet, unter der "
    "Woche bis neunzehn Uhr, samstags bis vierzehn Uhr, und Parkplätze gibt es im Hof."
)


def call_cpu_script() -> dict[str, Any]:
    """concurrent_calls' two turns, and a third in which the bot talks for a while."""
    script = standin_script()
    script["transcripts"].append("Und wann haben Sie geöffnet?")
    script["turns"].append([{"say": LONG_REPLY}])
    return script


class CpuSampler:
    """(monotonic time, process CPU, event-loop thread CPU) every `period` seconds."""

    def __init__(self, period: float = 0.02) -> None:
        self.period = period
        self.samples: list[tuple[float, float, float]] = []
        self._task: asyncio.Task | None = None

    def _sample(self) -> None:
        self.samples.append((time.perf_counter(), time.process_time(), time.thread_time()))

    async def _run(self) -> None:
        while True:
            self._sample()
            await asyncio.sleep(self.period)

    def start(self) -> None:
        assert threading.current_thread() is threading.main_thread()
        self._task = asyncio.create_task(self._run())

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            await asyncio.gather(self._task, return_exceptions=True)
        self._sample()

    def between(self, start: float, end: float) -> tuple[float, float]:
        """(process, loop thread) CPU seconds from `start` to `end`, from the nearest samples."""
        times = [s[0] for s in self.samples]

        def at(t: float) -> tuple[float, float]:
            i = min(max(bisect.bisect_left(times, t), 0), len(self.samples) - 1)
            return self.samples[i][1], self.samples[i][2]

        (p0, l0), (p1, l1) = at(start), at(end)
        return p1 - p0, l1 - l0


async def server_main(args: argparse.Namespace) -> dict[str, Any]:
    from loguru import logger

    from agent.standins import StandInLatencies

    logger.remove()
    logger.add(sys.stderr, level=args.log_level)
    latencies = StandInLatencies(
        llm_first_token=args.llm, tts_first_audio=args.tts, stt_final_transcript=args.stt
    )
    from agent.audio_models import silero_batches

    if args.silero_gather_ms is not None:
        silero_batches().gather_seconds = args.silero_gather_ms / 1000
    if args.ws_frames == "parser":  # the code before ws_text_frames, to compare with
        from uvicorn.protocols.websockets.websockets_sansio_impl import WebSocketsSansIOProtocol

        from agent.telephony.http_server import PhoneWebSocketProtocol

        PhoneWebSocketProtocol.data_received = WebSocketsSansIOProtocol.data_received
    if args.bot_audio == "onward":  # the code before the phone output kept it, to compare
        push_bot_audio_on()
    if args.turn == "smart":
        VERDICTS.install()
    async with bench_phone_server(
        turn=args.turn,
        turn_silence=args.turn_silence,
        latencies=latencies,
        rtt=args.rtt,
        script=call_cpu_script(),
    ) as (server, _cal):
        if args.loop_lookup == "stock":  # the lookup before agent.loop_lookup, to compare with
            from agent import loop_lookup

            loop_lookup.uninstall()
        if args.volume == "eager":  # the VAD's volume measured at every window (before)
            from agent.audio_models import SharedSileroVADAnalyzer

            SharedSileroVADAnalyzer.defer_volume = False
        sampler = CpuSampler()
        sampler.start()
        proc = await asyncio.create_subprocess_exec(
            sys.executable, __file__, "--client", server.url, "--calls", str(args.calls),
            "--listen", str(args.listen), "--spread", str(args.spread),
            stdout=asyncio.subprocess.PIPE,
        )  # fmt: skip
        out, _ = await proc.communicate()
        await sampler.stop()
    client = json.loads(out.decode().strip().splitlines()[-1])
    report = report_of(args, client, sampler)
    batches = silero_batches()
    report["silero_windows_per_run"] = (
        batches.windows / batches.batches if batches.batches else None
    )
    return report


def report_of(args: argparse.Namespace, client: dict[str, Any], sampler: CpuSampler) -> dict:
    m = args.calls
    phases: dict[str, Any] = {}
    for name in PHASES:
        start, end = client["phases"][name]
        process, loop = sampler.between(start, end)
        phases[name] = {"seconds": end - start, "process_s": process, "loop_s": loop}
    listen = phases["listen"]
    listen_rate = {k: listen[f"{k}_s"] / (m * listen["seconds"]) for k in ("process", "loop")}
    per_call: dict[str, dict[str, float]] = {}
    for name, phase in phases.items():
        per_call[name] = {k: phase[f"{k}_s"] / m for k in ("process", "loop")}
        if name in ("plain", "hold", "speak"):  # the turn beyond listening for as long
            for k in ("process", "loop"):
                per_call[name][k] -= listen_rate[k] * phase["seconds"]
    # a second of bot speech: the long reply's turn beyond the plain one's, per second more
    extra_speech = (len(LONG_REPLY) - len(PLAIN_REPLY)) * SECONDS_PER_CHAR
    speech_rate = {
        k: (per_call["speak"][k] - per_call["plain"][k]) / extra_speech for k in listen_rate
    }
    seconds, turns, talking = (
        args.typical_minutes * 60,
        args.typical_turns,
        args.typical_bot_seconds,
    )
    typical = {
        k: (
            per_call["connect"][k] + per_call["hang_up"][k] + listen_rate[k] * seconds
            + turns / 2 * (per_call["plain"][k] + per_call["hold"][k])
            + speech_rate[k] * max(0.0, talking - turns * len(PLAIN_REPLY) * SECONDS_PER_CHAR)
        ) / seconds
        for k in ("process", "loop")
    }  # fmt: skip
    return {
        "benchmark": NAME,
        "when": stamp(),
        "machine": machine(),
        "settings": {
            "calls": m,
            "turn_detection": args.turn,
            "listen_s": args.listen,
            "spread_s": args.spread,
            "typical_minutes": args.typical_minutes,
            "typical_turns": args.typical_turns,
            "typical_bot_seconds": args.typical_bot_seconds,
            "loop_budget": args.loop_budget,
            "loop_lookup": args.loop_lookup,
            "volume": args.volume,
        },
        "phases": phases,
        "per_call_cpu_s": per_call,
        "listening_core_fraction": listen_rate,
        "bot_speech_core_fraction": speech_rate,
        "typical_call_core_fraction": typical,
        "calls_per_loop": args.loop_budget / typical["loop"] if typical["loop"] else None,
        "smart_turn_verdicts": len(VERDICTS.verdicts),
        "failed_calls": client["failed"],
        "errors": client["errors"][:3],
    }


def render(report: dict[str, Any]) -> str:
    s, per, ph = report["settings"], report["per_call_cpu_s"], report["phases"]

    def ms(v: float) -> str:
        return f"{v * 1000:.1f}"

    rows = []
    for name in PHASES:
        what = {
            "connect": "stream opens, greeting played",
            "listen": f"silence streamed, {ph['listen']['seconds']:.1f} s",
            "plain": "a plain turn, beyond listening",
            "hold": "a check-and-hold turn, beyond listening",
            "speak": f"a turn with ~{len(LONG_REPLY) * SECONDS_PER_CHAR:.0f} s of bot speech, "
            "beyond listening",
            "hang_up": "stop, session ended",
        }[name]
        m = s["calls"]
        whole = f"{ph[name]['process_s'] / m * 1000:.1f} / {ph[name]['loop_s'] / m * 1000:.1f}"
        rows.append(
            [name, what, ms(per[name]["process"]), ms(per[name]["loop"]), whole,
             f"{ph[name]['seconds']:.1f}"]
        )  # fmt: skip
    listen, typical = report["listening_core_fraction"], report["typical_call_core_fraction"]
    speech = report["bot_speech_core_fraction"]
    rows.append(
        ["listening", "per second of call", f"{listen['process'] * 1000:.2f}",
         f"{listen['loop'] * 1000:.2f}", "", ""]
    )  # fmt: skip
    rows.append(
        ["bot speech", "per second the bot talks, on top", f"{speech['process'] * 1000:.2f}",
         f"{speech['loop'] * 1000:.2f}", "", ""]
    )  # fmt: skip
    body = table(
        ["phase", "what", "CPU ms per call", "of it on the event loop, ms",
         "the whole phase, ms per call (process / loop)", "phase s"],
        rows,
    )  # fmt: skip
    turn = "Smart Turn v3" if s["turn_detection"] == "smart" else "silence turn detection"
    return (
        f"{s['calls']} Twilio calls at once, {turn}, the phases of a call together (callers "
        f"spread over {s['spread_s']:.0f} s).\n\n{body}\n\n"
        f"Listening costs **{listen['process'] * 100:.2f} % of a core per call** "
        f"({listen['loop'] * 100:.2f} % on the event loop). A typical call "
        f"({s['typical_minutes']:g} min, {s['typical_turns']} turns, half of them "
        f"check-and-hold, the bot talking {s['typical_bot_seconds']:g} s): "
        f"**{typical['process'] * 100:.2f} % of a core** "
        f"({typical['loop'] * 100:.2f} % on the event loop); one event loop at "
        f"{s['loop_budget'] * 100:.0f} % of its core carries ~{report['calls_per_loop']:.0f} "
        f"such calls. Silero scored {report['silero_windows_per_run'] or 0:.1f} windows per "
        f"run (all calls' windows due together). Failed calls: {report['failed_calls']}.\n"
    )


# -- the callers (a separate process) ---------------------------------------------------------


async def client_main(url: str, calls: int, listen: float, spread: float) -> dict[str, Any]:
    import random

    import websockets

    speech = synthetic_speech()
    phases: dict[str, list[float]] = {}
    errors: list[str] = []
    sockets: list[Any] = []
    callers: list[TwilioCaller] = []
    listeners: list[asyncio.Task] = []
    streamers: list[asyncio.Task] = []

    async def each(step: Any) -> None:
        results = await asyncio.gather(
            *(step(i, c) for i, c in enumerate(callers)), return_exceptions=True
        )
        errors.extend(repr(r) for r in results if isinstance(r, BaseException))

    async def connect(i: int) -> None:
        await asyncio.sleep(spread * i / calls)
        ws = await websockets.connect(url, max_queue=None, ping_interval=None, compression=None)
        caller = TwilioCaller(ws, i, speech)
        sockets.append(ws)
        callers.append(caller)
        listeners.append(asyncio.create_task(caller.listen()))
        await caller.start()
        streamers.append(asyncio.create_task(caller.stream()))
        await caller.quiet_for(0.4)  # the greeting, played out

    async def turn(i: int, caller: TwilioCaller) -> None:
        await asyncio.sleep(random.Random(i).uniform(0, spread))
        seen = len(caller.media_times)
        caller.say()
        await asyncio.wait_for(caller.speech_ended.wait(), 10)
        await caller.quiet_for(0.4, after=seen)

    async def hang_up(i: int, caller: TwilioCaller) -> None:
        await caller.stop()
        await asyncio.wait_for(caller.ws.wait_closed(), 10)

    began = time.perf_counter()
    results = await asyncio.gather(*(connect(i) for i in range(calls)), return_exceptions=True)
    errors.extend(repr(r) for r in results if isinstance(r, BaseException))
    phases["connect"] = [began, time.perf_counter()]
    phases["listen"] = [time.perf_counter(), time.perf_counter() + listen]
    await asyncio.sleep(listen)
    phases["listen"][1] = time.perf_counter()
    for name in ("plain", "hold", "speak"):
        start = time.perf_counter()
        await each(turn)
        phases[name] = [start, time.perf_counter()]
    start = time.perf_counter()
    for task in streamers:  # a caller who hangs up sends nothing more
        task.cancel()
    await asyncio.gather(*streamers, return_exceptions=True)
    await each(hang_up)
    phases["hang_up"] = [start, time.perf_counter()]
    for task in listeners:
        task.cancel()
    await asyncio.gather(*listeners, return_exceptions=True)
    for ws in sockets:
        await ws.close()
    return {"phases": phases, "failed": len(errors), "errors": errors}


# -- entry --------------------------------------------------------------------------------------


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--calls", type=int, default=20)
    p.add_argument("--turn", choices=("smart", "silence"), default="smart")
    p.add_argument("--turn-silence", type=float, default=0.8, help="with --turn silence, s")
    p.add_argument("--listen", type=float, default=10.0, help="seconds of listening measured")
    p.add_argument("--spread", type=float, default=2.0, help="calls and turns start within, s")
    p.add_argument("--typical-minutes", type=float, default=3.0)
    p.add_argument("--typical-turns", type=int, default=12)
    p.add_argument("--typical-bot-seconds", type=float, default=60.0, help="the bot talks, s")
    p.add_argument("--loop-budget", type=float, default=0.7, help="of the loop's core")
    p.add_argument("--stt", type=float, default=0.150)
    p.add_argument("--llm", type=float, default=0.350)
    p.add_argument("--tts", type=float, default=0.120)
    p.add_argument("--rtt", type=float, default=0.080)
    p.add_argument("--log-level", default="ERROR")
    p.add_argument("--silero-gather-ms", type=float, help="a Silero batch waits for more windows")
    p.add_argument(
        "--ws-frames",
        choices=("quick", "parser"),
        default="quick",
        help="media frames read as serve reads them, or all by websockets' parser (before)",
    )
    p.add_argument(
        "--bot-audio",
        choices=("kept", "onward"),
        default="kept",
        help="the bot's audio once sent: kept by the phone output as serve does, or pushed on "
        "downstream (before)",
    )
    p.add_argument(
        "--loop-lookup",
        choices=("cached", "stock"),
        default="cached",
        help="asyncio's primitives find their loop as serve's do (agent.loop_lookup), or with "
        "asyncio's getpid check every time (before)",
    )
    p.add_argument(
        "--volume",
        choices=("deferred", "eager"),
        default="deferred",
        help="the VAD's loudness measured only for windows Silero scores as voice, as serve "
        "does (agent.vad_volume), or at every window (before)",
    )
    p.add_argument("--client", help=argparse.SUPPRESS)  # internal: run the callers
    return p.parse_args(argv)


if __name__ == "__main__":
    args = parse_args()
    if args.client:
        result = client_main(args.client, args.calls, args.listen, args.spread)
        print(json.dumps(run_on_serves_loop(result)))
        sys.exit(0)
    os.environ.setdefault("PIPECAT_DISABLE_USAGE_STATS", "1")
    report = run_on_serves_loop(server_main(args))
    text = render(report)
    print(text)
    publish(NAME, "Where a call's CPU goes", "bench/call_cpu.py", report, text)
