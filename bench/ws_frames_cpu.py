"""What a caller's websocket message costs the event loop before the app has it, per way of
reading frames.

M callers (a process of their own) each send a Twilio media message (JSON, 160 bytes of base64
audio) every 20 ms for --seconds to uvicorn configured as `serve` configures it (its websocket
protocol class, size limit, no compression), on loopback; the app takes each message as
pipecat's transport does (starlette's `WebSocket.receive`). The ways alternate round by round
in one process, so a loaded machine's drift falls on both alike:

    parser   every frame through `websockets`' parser (uvicorn's protocol as it is)
    quick    whole text frames read by `agent.telephony.ws_text_frames` (what `serve` runs)

Printed per way: the event loop's CPU per message (its thread's CPU time over the messages of
the middle of each round, median over the rounds), the part of it inside the protocol's
`data_received` (what the ways differ in: the frame read and uvicorn handing the text on), and,
per round, quick ÷ parser. CPU time is
what the thread ran; compare ways of one run, not runs of different machines.

Run: .venv/bin/python bench/ws_frames_cpu.py [--calls 20] [--seconds 6] [--rounds 6]
"""

from __future__ import annotations

import argparse
import asyncio
import base64
import json
import os
import socket
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import machine, machine_line, stamp, table

WAYS = ("parser", "quick")
FRAME_SECONDS = 0.02


def media_message(seq: int) -> str:
    payload = base64.b64encode(bytes((seq + i) % 256 for i in range(160))).decode()
    media = {"track": "inbound", "chunk": str(seq), "timestamp": str(seq * 20), "payload": payload}
    return json.dumps(
        {"event": "media", "sequenceNumber": str(seq), "media": media, "streamSid": "MZ" + "0" * 32}
    )


async def callers(url: str, calls: int, seconds: float) -> None:
    """`calls` callers, each a media message every 20 ms for `seconds`, then a close."""
    import websockets

    async def one(i: int) -> None:
        async with websockets.connect(url, compression=None) as ws:
            start = time.perf_counter()
            n = 0
            while (due := start + n * FRAME_SECONDS) < start + seconds:
                await asyncio.sleep(max(0.0, due - time.perf_counter()))
                await ws.send(media_message(n))
                n += 1

    await asyncio.gather(*(one(i) for i in range(calls)))


async def serve_rounds(args: argparse.Namespace) -> dict:
    import uvicorn
    from starlette.websockets import WebSocket
    from uvicorn.protocols.websockets.websockets_sansio_impl import WebSocketsSansIOProtocol

    from agent.config import Settings
    from agent.telephony.http_server import PhoneWebSocketProtocol, route_uvicorn_logs

    quick = PhoneWebSocketProtocol.data_received
    received = [0]
    inside = [0.0]  # the loop's CPU inside `data_received` (the part the ways differ in)

    def timed(read):
        def data_received(self, data: bytes) -> None:
            start = time.thread_time()
            read(self, data)
            inside[0] += time.thread_time() - start

        return data_received

    async def app(scope, receive, send):
        ws = WebSocket(scope, receive, send)
        await ws.accept()
        while (await ws.receive())["type"] != "websocket.disconnect":
            received[0] += 1

    from loguru import logger

    logger.remove()  # as `serve` logs: no line per frame (route_uvicorn_logs)
    logger.add(sys.stderr, level="INFO")
    settings = Settings(_env_file=None)
    route_uvicorn_logs()
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    config = uvicorn.Config(
        app,
        ws=PhoneWebSocketProtocol,
        ws_max_size=settings.ws_max_message_bytes,
        ws_per_message_deflate=False,
        ws_ping_interval=20.0,
        ws_ping_timeout=20.0,
        log_config=None,
        lifespan="off",
    )
    server = uvicorn.Server(config)
    task = asyncio.create_task(server.serve(sockets=[sock]))
    while not server.started:
        if task.done():
            task.result()
        await asyncio.sleep(0.01)
    url = f"ws://127.0.0.1:{sock.getsockname()[1]}/stream"
    expected = args.calls * args.seconds / FRAME_SECONDS
    per_message: dict[str, list[float]] = {w: [] for w in WAYS}
    reading: dict[str, list[float]] = {w: [] for w in WAYS}
    for _ in range(args.rounds):
        for way in WAYS:
            PhoneWebSocketProtocol.data_received = timed(
                quick if way == "quick" else WebSocketsSansIOProtocol.data_received
            )
            received[0] = 0
            inside[0] = 0.0
            samples: list[tuple[int, float, float]] = []
            proc = await asyncio.create_subprocess_exec(
                sys.executable, __file__, "--client", url, "--calls", str(args.calls),
                "--seconds", str(args.seconds),
            )  # fmt: skip
            while proc.returncode is None:
                samples.append((received[0], time.thread_time(), inside[0]))
                try:
                    await asyncio.wait_for(proc.wait(), 0.05)
                except TimeoutError:
                    pass
            middle = [s for s in samples if 0.1 * expected <= s[0] <= 0.9 * expected]
            (n0, t0, r0), (n1, t1, r1) = middle[0], middle[-1]
            per_message[way].append((t1 - t0) / max(1, n1 - n0))
            reading[way].append((r1 - r0) / max(1, n1 - n0))
    PhoneWebSocketProtocol.data_received = quick
    server.should_exit = True
    await task
    return {
        "when": stamp(),
        "machine": machine(),
        "calls": args.calls,
        "seconds": args.seconds,
        "rounds": args.rounds,
        "per_message_us": {w: [v * 1e6 for v in per_message[w]] for w in WAYS},
        "data_received_us": {w: [v * 1e6 for v in reading[w]] for w in WAYS},
    }


def render(report: dict) -> str:
    us, inside = report["per_message_us"], report["data_received_us"]
    rows = [
        [
            way,
            f"{statistics.median(us[way]):.1f}",
            f"{statistics.median(inside[way]):.1f}",
            " / ".join(f"{v:.1f}" for v in us[way]),
        ]
        for way in WAYS
    ]

    def ratios(of: dict[str, list[float]]) -> str:
        return " / ".join(f"{q / p:.2f}" for p, q in zip(of["parser"], of["quick"], strict=True))

    headers = ["way", "loop CPU per message, µs (median)", "of it reading frames", "per round"]
    return (
        f"{report['calls']} callers, {report['seconds']} s per round, {report['rounds']} rounds "
        f"({machine_line(report['machine'])})\n\n"
        + table(headers, rows)
        + f"\n\nquick ÷ parser per round, loop CPU per message: {ratios(us)}"
        + f"\nquick ÷ parser per round, reading frames (`data_received`): {ratios(inside)}"
    )


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--calls", type=int, default=20)
    p.add_argument("--seconds", type=float, default=6.0)
    p.add_argument("--rounds", type=int, default=6)
    p.add_argument("--client", help=argparse.SUPPRESS)  # internal: run the callers
    return p.parse_args(argv)


if __name__ == "__main__":
    args = parse_args()
    os.environ.setdefault("PIPECAT_DISABLE_USAGE_STATS", "1")
    from bench.phone_calls import run_on_serves_loop

    if args.client:
        run_on_serves_loop(callers(args.client, args.calls, args.seconds))
        sys.exit(0)
    print(render(run_on_serves_loop(serve_rounds(args))))
