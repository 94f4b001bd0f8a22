"""Admission: more calls offered than the limit; the admitted ones keep a lone call's timing.

The server is `serve`'s app under `serve`'s uvicorn configuration (`server_config`) on loopback,
Twilio configured (signed voice webhook, stream tokens), MAX_CONCURRENT_CALLS = --limit, the
stand-in STT/LLM/TTS with the concurrent-calls benchmark's delays, Silero VAD and Smart Turn v3,
the embedded sandbox in a process of its own. The callers are a separate process and behave like
Twilio: POST /twilio/voice (signed); if the TwiML connects, open the stream it names with its
parameters and talk (greeting, a plain turn, a check-and-hold turn, measuring end of speech ->
first bot audio); if it does not, the call was refused, and the caller notes what it would hear.

Three runs: lone calls one after another (the baseline), --offered calls arriving within --ramp
seconds with the limit, and the same offer with the limit lifted to --offered (what admission
prevents). Printed: admitted, refused, turn latency p50/p95 of the admitted calls next to the
lone calls', and how much load added at p95.

Run: .venv/bin/python bench/admission.py [--limit 3] [--offered 15]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import sys
import time
import uuid
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import (
    bench_calendar,
    machine,
    ms,
    publish,
    stamp,
    summary,
    table,
)
from bench.phone_calls import (
    CALLER,
    TURNS,
    TwilioCaller,
    run_on_serves_loop,
    services_with_delays,
    standin_settings,
    synthetic_speech,
    warm_up,
    write_standin_script,
)

NAME = "admission"
AUTH_TOKEN = "bench-admission-token"
SALON_LINE = "+4930123456"


# -- the server side --------------------------------------------------------------------------


async def server_main(args: argparse.Namespace) -> dict[str, Any]:
    from loguru import logger

    from agent.standins import StandInLatencies

    logger.remove()
    logger.add(sys.stderr, level=args.log_level)
    latencies = StandInLatencies(
        llm_first_token=args.llm, tts_first_audio=args.tts, stt_final_transcript=args.stt
    )
    script_path = write_standin_script("bench-admission-")

    def settings_with(limit: int) -> Any:
        return standin_settings(
            script_path,
            twilio_auth_token=AUTH_TOKEN,
            max_concurrent_calls=limit,
            turn_detection=args.turn,
        )

    report: dict[str, Any] = {
        "benchmark": NAME,
        "when": stamp(),
        "machine": machine(),
        "settings": {
            "limit": args.limit,
            "offered": args.offered,
            "ramp_s": args.ramp,
            "lone_calls": args.lone_calls,
            "turn_detection": args.turn,
            "stt_final_transcript_s": args.stt,
            "llm_first_token_s": args.llm,
            "tts_first_audio_s": args.tts,
            "sandbox_round_trip_s": args.rtt,
        },
        "runs": [],
    }
    async with bench_calendar(round_trip=args.rtt, separate_process=True) as cal:
        services = services_with_delays(settings_with(1), cal, latencies)
        await warm_up(settings_with(1), services)

        plan = [
            # one after another, each alone on the server (its limit never the reason)
            ("lone", args.lone_calls, args.lone_calls, True),
            (f"limit {args.limit}", args.limit, args.offered, False),
            ("no limit", args.offered, args.offered, False),
        ]
        for label, limit, offered, lone in plan:
            run = await run_offer(
                label, settings_with(limit), cal.runtime, services, offered, args, lone
            )
            report["runs"].append(run)
            print(render_run(run, report["runs"][0]), flush=True)
    return report


async def run_offer(
    label: str,
    settings: Any,
    runtime: Any,
    services: Any,
    offered: int,
    args: argparse.Namespace,
    lone: bool,
) -> dict[str, Any]:
    """One server with `settings`; `offered` callers (one after another when `lone`)."""
    import uvicorn

    from agent.server import create_app
    from agent.telephony.http_server import server_config

    app = create_app(settings, runtime)
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = server_config(app, settings)
    server = uvicorn.Server(config)
    serving = asyncio.create_task(server.serve(sockets=[sock]))
    while not server.started:
        if serving.done():
            serving.result()
        await asyncio.sleep(0.02)
    app.state.line.services = services  # the one substitution: the benchmark's delays
    began = time.perf_counter()
    try:
        proc = await asyncio.create_subprocess_exec(
            sys.executable,
            __file__,
            "--client",
            f"http://127.0.0.1:{port}",
            "--calls",
            str(offered),
            "--ramp",
            str(args.ramp),
            *(["--lone"] if lone else []),
            stdout=asyncio.subprocess.PIPE,
        )
        out, _ = await proc.communicate()
    finally:
        admission = app.state.line.admission
        counted = {"admitted": admission.admitted, "refused": admission.refused}
        server.should_exit = True
        await asyncio.wait_for(serving, 30)
        sock.close()
    try:
        calls = json.loads(out.decode().strip().splitlines()[-1])["calls"]
    except (ValueError, IndexError, KeyError):
        calls = []
    latency: dict[str, list[float]] = {t["kind"]: [] for t in TURNS}
    for call in calls:
        for turn in call.get("turns", []):
            if turn.get("latency") is not None:
                latency[turn["kind"]].append(turn["latency"])
    outcomes = [c.get("outcome") for c in calls]
    return {
        "label": label,
        "limit": settings.max_concurrent_calls,
        "offered": offered,
        "admitted": outcomes.count("admitted"),
        "refused_at_twiml": outcomes.count("refused"),
        "refused_at_stream": outcomes.count("refused_at_stream"),
        "failed": outcomes.count("failed"),
        "refused_heard": sorted({c["heard"] for c in calls if c.get("heard")}),
        "server_counted": counted,
        "turns_answered": sum(len(v) for v in latency.values()),
        "latency": {k: summary(v) for k, v in latency.items()},
        "raw_latency": latency,
        "errors": [c["error"] for c in calls if c.get("error")][:3],
        "wall_seconds": time.perf_counter() - began,
    }


def render_run(run: dict[str, Any], lone: dict[str, Any]) -> str:
    lat = run["latency"]
    by_load = added_by_load(run, lone)
    return (
        f"{run['label']:>10}: offered {run['offered']}, admitted {run['admitted']}, refused "
        f"{run['refused_at_twiml']} (+{run['refused_at_stream']} at the stream), failed "
        f"{run['failed']} | plain p50/p95 {ms(lat['plain']['p50'])}/{ms(lat['plain']['p95'])} ms"
        f" | check-and-hold p50/p95 {ms(lat['check_and_hold']['p50'])}/"
        f"{ms(lat['check_and_hold']['p95'])} ms | added by load p95 {ms(by_load)} ms"
        f" | {run['wall_seconds']:.1f} s" + (f" | errors {run['errors']}" if run["errors"] else "")
    )


def added_by_load(run: dict[str, Any], lone: dict[str, Any]) -> float | None:
    """p95 against the lone calls' p95, per turn kind; the larger of the two."""
    diffs = [
        run["latency"][k]["p95"] - lone["latency"][k]["p95"]
        for k in run["latency"]
        if run["latency"][k]["p95"] is not None and lone["latency"][k]["p95"] is not None
    ]
    return max(diffs) if diffs else None


HEADERS = [
    "run",
    "offered",
    "admitted",
    "refused",
    "plain p50/p95 ms",
    "check+hold p50/p95 ms",
    "added by load p95 ms",
    "failed",
]


def render(report: dict[str, Any]) -> str:
    s = report["settings"]
    lone = report["runs"][0]
    rows = []
    for run in report["runs"]:
        lat = run["latency"]
        rows.append(
            [
                f"lone (×{run['offered']}, one after another)" if run is lone else run["label"],
                run["offered"],
                run["admitted"],
                run["refused_at_twiml"] + run["refused_at_stream"],
                f"{ms(lat['plain']['p50'])} / {ms(lat['plain']['p95'])}",
                f"{ms(lat['check_and_hold']['p50'])} / {ms(lat['check_and_hold']['p95'])}",
                "-" if run is lone else ms(added_by_load(run, lone)),
                run["failed"],
            ]
        )
    heard = sorted({h for run in report["runs"] for h in run["refused_heard"]})
    return (
        f"Twilio callers (signed voice webhook, then the stream its TwiML names) over loopback, "
        f"{s['offered']} offered within {s['ramp_s']:.0f} s; {s['turn_detection']} turn "
        f"detection; stand-ins STT {s['stt_final_transcript_s'] * 1000:.0f} / LLM "
        f"{s['llm_first_token_s'] * 1000:.0f} / TTS {s['tts_first_audio_s'] * 1000:.0f} ms, "
        f"sandbox round trip {s['sandbox_round_trip_s'] * 1000:.0f} ms. Latency = end of caller "
        f"speech -> first bot audio at the caller, admitted calls only; added by load = p95 - "
        f"the lone calls' p95 (per turn kind, the larger).\n\n"
        + table(HEADERS, rows)
        + f"\n\nRefused callers heard: {', '.join(heard) or '-'}.\n"
    )


# -- the caller side (a separate process) -----------------------------------------------------


class AdmittedCaller(TwilioCaller):
    """concurrent_calls' caller, with the CallSid and stream parameters of its TwiML."""

    def __init__(self, ws: Any, index: int, speech: bytes, call_sid: str, parameters: dict):
        super().__init__(ws, index, speech)
        self.call_sid = call_sid
        self.parameters = parameters


async def ask_twilio_voice(http: Any, base: str) -> tuple[str, ElementTree.Element]:
    from twilio.request_validator import RequestValidator

    form = {
        "AccountSid": "AC" + "0" * 32,
        "CallSid": "CA" + uuid.uuid4().hex,
        "From": CALLER,
        "To": SALON_LINE,
        "CallStatus": "ringing",
        "Direction": "inbound",
    }
    url = f"{base}/twilio/voice"
    signature = RequestValidator(AUTH_TOKEN).compute_signature(url, form)
    response = await http.post(url, data=form, headers={"X-Twilio-Signature": signature})
    response.raise_for_status()
    return form["CallSid"], ElementTree.fromstring(response.text)


async def offered_call(
    http: Any, base: str, index: int, delay: float, speech: bytes, lone: bool
) -> dict[str, Any]:
    import random

    import websockets

    await asyncio.sleep(delay)
    result: dict[str, Any] = {"index": index, "turns": []}
    try:
        call_sid, twiml = await ask_twilio_voice(http, base)
        stream = twiml.find("./Connect/Stream")
        if stream is None:
            heard = "<Dial> the salon" if twiml.find("./Dial") is not None else "<Say> apology"
            return {**result, "outcome": "refused", "heard": heard}
        parameters = {p.get("name"): p.get("value") for p in stream.findall("Parameter")}
        thinking = random.Random(index)
        async with websockets.connect(
            stream.get("url"), max_queue=None, ping_interval=None, compression=None
        ) as ws:
            caller = AdmittedCaller(ws, index, speech, call_sid, parameters)
            listener = asyncio.create_task(caller.listen())
            await caller.start()
            streamer = asyncio.create_task(caller.stream())
            try:
                greeting = asyncio.create_task(caller.quiet_for(0.4))  # played out
                await asyncio.wait({greeting, listener}, return_when=asyncio.FIRST_COMPLETED)
                if not greeting.done():  # the server closed the stream before any greeting
                    greeting.cancel()
                    full = ws.close_code == 1013
                    return {**result, "outcome": "refused_at_stream" if full else "failed"}
                await greeting
                for turn in TURNS:
                    await asyncio.sleep(0.2 if lone else thinking.uniform(0.2, 2.0))
                    seen = len(caller.media_times)
                    caller.say()
                    await asyncio.wait_for(caller.speech_ended.wait(), 10)
                    await caller.quiet_for(0.4, after=seen)
                    end = caller.speech_end_at or 0.0
                    first = next((t for t in caller.media_times if t > end), None)
                    result["turns"].append(
                        {"kind": turn["kind"], "latency": (first - end) if first else None}
                    )
                await caller.stop()
                await asyncio.wait({listener}, timeout=3)
            finally:
                streamer.cancel()
                await asyncio.gather(streamer, return_exceptions=True)
                await ws.close()
                listener.cancel()
                await asyncio.gather(listener, return_exceptions=True)
            result["outcome"] = "admitted"
    except Exception as exc:  # a failed call is a finding, reported with the rest
        result["outcome"], result["error"] = "failed", repr(exc)
    return result


async def client_main(base: str, calls: int, ramp: float, lone: bool) -> dict[str, Any]:
    import httpx

    speech = synthetic_speech()
    async with httpx.AsyncClient(timeout=30) as http:
        if lone:
            results = [await offered_call(http, base, i, 0.0, speech, True) for i in range(calls)]
        else:
            results = await asyncio.gather(
                *(
                    offered_call(http, base, i, ramp * i / max(calls, 1), speech, False)
                    for i in range(calls)
                )
            )
    return {"calls": list(results)}


# -- entry --------------------------------------------------------------------------------------


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--limit", type=int, default=3, help="MAX_CONCURRENT_CALLS of the server")
    p.add_argument("--offered", type=int, default=15, help="calls offered at once")
    p.add_argument("--ramp", type=float, default=1.0, help="offered calls arrive within, s")
    p.add_argument("--lone-calls", type=int, default=3, help="baseline calls, one at a time")
    p.add_argument("--turn", choices=("smart", "silence"), default="smart")
    p.add_argument("--stt", type=float, default=0.150)
    p.add_argument("--llm", type=float, default=0.350)
    p.add_argument("--tts", type=float, default=0.120)
    p.add_argument("--rtt", type=float, default=0.080)
    p.add_argument("--log-level", default="ERROR")
    p.add_argument("--client", help=argparse.SUPPRESS)  # internal: run the callers
    p.add_argument("--calls", type=int, help=argparse.SUPPRESS)
    p.add_argument("--lone", action="store_true", help=argparse.SUPPRESS)
    return p.parse_args(argv)


if __name__ == "__main__":
    args = parse_args()
    if args.client:
        result = client_main(args.client, args.calls, args.ramp, args.lone)
        print(json.dumps(run_on_serves_loop(result)))
        sys.exit(0)
    os.environ.setdefault("PIPECAT_DISABLE_USAGE_STATS", "1")
    report = run_on_serves_loop(server_main(args))
    text = render(report)
    print()
    print(text)
    publish(NAME, "Admission", "bench/admission.py", report, text)
