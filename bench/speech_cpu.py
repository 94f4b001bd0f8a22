"""CPU per second of the bot's speech on the phone path, the callers' audio aside.

M Twilio callers (default 10) each ask once and hear a long answer (the stand-in TTS, ~15 s).
As soon as a caller's answer has begun, the caller stops streaming (a real line would go on
sending silence; bench/call_cpu.py measures that as listening): in the window where every
call's bot is talking and no caller sends, the server's CPU is the output path's alone (the
output transport, the serializer, the websocket) and the stand-ins'. Silence turn detection,
so that no Smart Turn inference lands in the window.

`--out-chunks N` sends the bot's audio in N × 10 ms messages instead of `serve`'s
(`agent.telephony.media_stream.AUDIO_OUT_10MS_CHUNKS`): run both in turn to compare them on
one machine.

Printed: the window, the bot's messages per call, and the server's CPU per call per second of
speech (process and event loop). CPU time is the machine's; compare figures of one run.

Run: .venv/bin/python bench/speech_cpu.py [--calls 10] [--out-chunks 4]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.call_cpu import CpuSampler
from bench.phone_calls import (
    TwilioCaller,
    bench_phone_server,
    push_bot_audio_on,
    run_on_serves_loop,
    standin_script,
    synthetic_speech,
)

ANSWER = "Gern, ich helfe Ihnen dabei, und ich erkläre Ihnen auch gleich alles Weitere in Ruhe."


def speech_script(sentences: int) -> dict[str, Any]:
    """bench_phone_server's script, its first turn a long answer of `sentences` sentences."""
    script = standin_script()
    script["turns"][0] = [{"say": " ".join([ANSWER] * sentences)}]
    return script


async def server_main(args: argparse.Namespace) -> dict[str, Any]:
    from loguru import logger

    from agent.standins import StandInLatencies
    from agent.telephony import media_stream

    logger.remove()
    logger.add(sys.stderr, level="ERROR")
    if args.out_chunks:
        media_stream.AUDIO_OUT_10MS_CHUNKS = args.out_chunks
    if args.bot_audio == "onward":  # the code before the phone output kept it, to compare
        push_bot_audio_on()
    latencies = StandInLatencies(
        llm_first_token=0.350, tts_first_audio=0.120, stt_final_transcript=0.150
    )
    async with bench_phone_server(
        turn="silence", turn_silence=0.8, latencies=latencies, rtt=0.080,
        script=speech_script(args.sentences),
    ) as (server, _cal):  # fmt: skip
        sampler = CpuSampler()
        sampler.start()
        proc = await asyncio.create_subprocess_exec(
            sys.executable, __file__, "--client", server.url, "--calls", str(args.calls),
            stdout=asyncio.subprocess.PIPE,
        )  # fmt: skip
        out, _ = await proc.communicate()
        await sampler.stop()
    client = json.loads(out.decode().strip().splitlines()[-1])
    start, end = client["window"]
    process, loop = sampler.between(start, end)
    seconds, m = end - start, args.calls
    return {
        "out_chunks_10ms": media_stream.AUDIO_OUT_10MS_CHUNKS,
        "bot_audio": args.bot_audio,
        "calls": m,
        "window_s": seconds,
        "messages_per_call": client["messages"] / m,
        "cpu_per_call_per_speech_s": process / seconds / m,
        "loop_per_call_per_speech_s": loop / seconds / m,
        "errors": client["errors"][:3],
    }


async def client_main(url: str, calls: int) -> dict[str, Any]:
    import websockets

    speech = synthetic_speech()
    callers: list[TwilioCaller] = []
    tasks: list[asyncio.Task] = []
    streamers: dict[int, asyncio.Task] = {}
    quiet_from: dict[int, float] = {}
    stopped: dict[int, float] = {}

    async def connect(i: int) -> None:
        await asyncio.sleep(i / calls)
        ws = await websockets.connect(url, max_queue=None, ping_interval=None, compression=None)
        caller = TwilioCaller(ws, i, speech)
        callers.append(caller)
        tasks.append(asyncio.create_task(caller.listen()))
        await caller.start()
        streamers[caller.index] = asyncio.create_task(caller.stream())
        await caller.quiet_for(0.5)  # the greeting, played out

    async def ask(caller: TwilioCaller) -> None:
        await asyncio.sleep(caller.index / calls)
        seen = len(caller.media_times)
        caller.say()
        await asyncio.wait_for(caller.speech_ended.wait(), 10)
        for _ in range(1500):  # until the answer has begun (30 s at most)
            if len(caller.media_times) > seen:
                break
            await asyncio.sleep(0.02)
        await asyncio.sleep(0.3)
        streamers[caller.index].cancel()
        stopped[caller.index] = time.perf_counter()
        await caller.quiet_for(1.0, after=seen, limit=90)
        quiet_from[caller.index] = caller.media_times[-1]

    await asyncio.gather(*(connect(i) for i in range(calls)))
    await asyncio.sleep(15)  # every greeting over
    marks = {c.index: len(c.media_bytes) for c in callers}
    results = await asyncio.gather(*(ask(c) for c in callers), return_exceptions=True)
    errors = [repr(r) for r in results if isinstance(r, BaseException)]
    messages = sum(len(c.media_bytes) - marks[c.index] for c in callers)
    for task in [*tasks, *streamers.values()]:
        task.cancel()
    for caller in callers:
        await caller.ws.close()
    window = [max(stopped.values()), min(quiet_from.values())] if not errors else [0.0, 0.0]
    return {"window": window, "messages": messages, "errors": errors}


def render(report: dict[str, Any]) -> str:
    return (
        f"{report['calls']} calls, the bot's audio in {report['out_chunks_10ms'] * 10} ms "
        f"messages, {report['bot_audio']} once sent ({report['messages_per_call']:.0f} per call), all talking for "
        f"{report['window_s']:.1f} s: {report['cpu_per_call_per_speech_s'] * 1000:.2f} ms of CPU "
        f"per call per second of speech ({report['loop_per_call_per_speech_s'] * 1000:.2f} on the "
        f"event loop). Errors: {report['errors'] or 'none'}."
    )


if __name__ == "__main__":
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--calls", type=int, default=10)
    p.add_argument("--out-chunks", type=int, default=0, help="10 ms chunks per message")
    p.add_argument("--sentences", type=int, default=3, help="of the answer, ~5 s each")
    p.add_argument("--bot-audio", choices=("kept", "onward"), default="kept",
                   help="the bot's audio once sent: kept (serve) or pushed on (before)")  # fmt: skip
    p.add_argument("--client", help=argparse.SUPPRESS)  # internal: run the callers
    args = p.parse_args()
    os.environ.setdefault("PIPECAT_DISABLE_USAGE_STATS", "1")
    if args.client:
        print(json.dumps(run_on_serves_loop(client_main(args.client, args.calls))))
        sys.exit(0)
    report = run_on_serves_loop(server_main(args))
    print(render(report))
    print("JSON " + json.dumps(report))
