"""Does a call's voice detection keep real time on a busy event loop?

pipecat's user aggregator takes a call's next caller-audio frame only once the VAD has decided
on the last one, and hands the call's transcript on only when no audio frame waits (its input
queue serves system frames first). When a call's frames take longer than they last (32 ms), its
audio queues without end and its turn ends come late (at 30 calls in one process: 1-5 s).

M calls at real pace (a 32 ms window each, every 32 ms) through `SharedSileroVADAnalyzer`, one
frame after the other per call as the aggregator takes them, while a stand-in for the other
calls' work holds the loop B ms per iteration. Per mode: the time per frame (real time: 32 ms),
how far behind real time a call's frames were taken (p95, max), and the share of windows scored
in batches. Modes: `as built` (a call whose audio queued is scored at once, on the loop), and
`always batched` (every window waits for a batch's answer, as before).

Run: .venv/bin/python bench/vad_backlog.py [--calls 30] [--frames 150] [--busy-ms 2,8,14]
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import machine, machine_line, percentile, stamp, table

WINDOW_SECONDS = 0.032
WINDOW_BYTES = 512  # 256 samples at 8 kHz, 16-bit


async def run(calls: int, frames: int, busy_ms: float, batched_always: bool) -> list[str]:
    import agent.audio_models as audio_models
    from agent.audio_models import SharedSileroVADAnalyzer, silero_batches

    audio_models.BEHIND_SECONDS = 0.0 if batched_always else 0.005
    rng = np.random.default_rng(1)
    audio = (rng.standard_normal(256 * frames) * 300).astype("<i2").tobytes()
    analyzers = [SharedSileroVADAnalyzer() for _ in range(calls)]
    for analyzer in analyzers:
        analyzer.set_sample_rate(8000)
    loop = asyncio.get_running_loop()
    held = True

    def others() -> None:  # the other calls' work: the loop is held B ms per iteration
        end = time.perf_counter() + busy_ms / 1000
        while time.perf_counter() < end:
            pass
        if held:
            loop.call_soon(others)

    behind: list[float] = []

    async def call(analyzer: SharedSileroVADAnalyzer) -> None:
        start = loop.time()
        for i in range(frames):
            due = start + i * WINDOW_SECONDS
            if due > loop.time():
                await asyncio.sleep(due - loop.time())
            behind.append(loop.time() - due)
            await analyzer.analyze_audio(audio[i * WINDOW_BYTES : (i + 1) * WINDOW_BYTES])

    batches = silero_batches()
    windows_before = batches.windows
    loop.call_soon(others)
    began = time.perf_counter()
    await asyncio.gather(*(call(a) for a in analyzers))
    wall = time.perf_counter() - began
    held = False
    batched = (batches.windows - windows_before) / (calls * frames)
    return [
        "always batched" if batched_always else "as built",
        f"{busy_ms:g}",
        f"{wall / frames * 1000:.1f}",
        f"{percentile(behind, 95) * 1000:.0f}",
        f"{max(behind) * 1000:.0f}",
        f"{batched:.0%}",
    ]


def main() -> None:
    from loguru import logger

    from agent.server_process import loop_factory

    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--calls", type=int, default=30)
    p.add_argument("--frames", type=int, default=150)
    p.add_argument("--busy-ms", default="2,8,14", type=lambda s: [float(x) for x in s.split(",")])
    args = p.parse_args()
    logger.remove()
    rows = []
    for busy in args.busy_ms:
        for batched_always in (True, False):
            with asyncio.Runner(loop_factory=loop_factory()) as runner:
                rows.append(runner.run(run(args.calls, args.frames, busy, batched_always)))
    print(f"{stamp()}, {machine_line(machine())}; {args.calls} calls, {args.frames} frames each\n")
    print(
        table(
            ["mode", "loop held per iteration ms", "ms per frame (real time: 32)",
             "behind p95 ms", "behind max ms", "windows batched"],
            rows,
        )
    )  # fmt: skip


if __name__ == "__main__":
    main()
