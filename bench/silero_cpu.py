"""What a call's Silero windows cost the event loop, and how long a window waits for its score.

M calls at real pace (a 32 ms window each, every 32 ms, the calls' phases spread over a window)
through `SharedSileroVADAnalyzer`, as pipecat's user aggregator runs it, for --seconds. Printed:
the event loop's CPU per window (its thread's CPU time over the windows scored), the process's
(the loop, the Silero thread and the rest), windows per Silero run, and each window's wait from
`analyze_audio` to its verdict (p50, p95). With --calls 1, a lone call: its wait is what the
batches add to every VAD decision when nobody else is on the line.

CPU time is what the threads ran, so it varies less than the waits on a shared machine; it is
still the machine's: compare runs of one machine (e.g. this script at two commits, interleaved).

Run: .venv/bin/python bench/silero_cpu.py [--calls 20] [--seconds 10] [--rounds 1]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import machine, machine_line, percentile, stamp, table

WINDOW_SECONDS = 0.032
WINDOW_BYTES = 512  # 256 samples at 8 kHz, 16-bit


async def run(calls: int, seconds: float) -> dict[str, float]:
    from agent.audio_models import SharedSileroVADAnalyzer, silero_batches

    frames = int(seconds / WINDOW_SECONDS)
    rng = np.random.default_rng(1)
    audio = (rng.standard_normal(256 * frames) * 300).astype("<i2").tobytes()
    analyzers = [SharedSileroVADAnalyzer() for _ in range(calls)]
    for analyzer in analyzers:
        analyzer.set_sample_rate(8000)
    loop = asyncio.get_running_loop()
    waits: list[float] = []

    async def call(k: int, analyzer: SharedSileroVADAnalyzer) -> None:
        start = loop.time() + WINDOW_SECONDS * k / calls
        for i in range(frames):
            due = start + i * WINDOW_SECONDS
            if due > loop.time():
                await asyncio.sleep(due - loop.time())
            began = time.perf_counter()
            await analyzer.analyze_audio(audio[i * WINDOW_BYTES : (i + 1) * WINDOW_BYTES])
            waits.append(time.perf_counter() - began)

    batches = silero_batches()
    runs_before, windows_before = batches.batches, batches.windows
    loop_before, process_before = time.thread_time(), time.process_time()
    await asyncio.gather(*(call(k, a) for k, a in enumerate(analyzers)))
    loop_cpu = time.thread_time() - loop_before
    process_cpu = time.process_time() - process_before
    windows = calls * frames
    runs = batches.batches - runs_before
    return {
        "loop_us_per_window": loop_cpu / windows * 1e6,
        "process_us_per_window": process_cpu / windows * 1e6,
        "windows_per_run": (batches.windows - windows_before) / runs if runs else 0.0,
        "wait_p50_ms": percentile(waits, 50) * 1000,
        "wait_p95_ms": percentile(waits, 95) * 1000,
    }


def main() -> None:
    from loguru import logger

    from agent.server_process import loop_factory

    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--calls", type=int, default=20)
    p.add_argument("--seconds", type=float, default=10.0)
    p.add_argument("--rounds", type=int, default=1, help="runs, each on a fresh event loop")
    p.add_argument("--json", action="store_true", help="one JSON line per round instead")
    args = p.parse_args()
    logger.remove()
    rows = []
    for _ in range(args.rounds):
        with asyncio.Runner(loop_factory=loop_factory()) as runner:
            result = runner.run(run(args.calls, args.seconds))
        if args.json:
            print(json.dumps(result), flush=True)
        rows.append([f"{v:.1f}" for v in result.values()])
    if args.json:
        return
    print(f"{stamp()}, {machine_line(machine())}; {args.calls} calls, {args.seconds:g} s\n")
    print(
        table(
            ["loop CPU µs per window", "process CPU µs per window", "windows per run",
             "wait p50 ms", "wait p95 ms"],
            rows,
        )
    )  # fmt: skip


if __name__ == "__main__":
    main()
