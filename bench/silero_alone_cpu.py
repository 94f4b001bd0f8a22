"""What a Silero window scored alone costs the thread that scores it (a call that is behind is
scored on the event loop, one window at a time: `agent.audio_models`).

The ways alternate round by round in one process, each on the same windows of 8 kHz audio
(speech and silence), so a loaded machine's drift falls on both alike:

    pipecat   `SileroVADAnalyzer.voice_confidence` (pipecat 1.14's model call)
    alone     `SharedSileroVADAnalyzer.voice_confidence` with no batch score: `score_alone`

Printed per way: the thread's CPU per window (median over the rounds) and, per round,
alone ÷ pipecat. Compare ways of one run, not runs of different machines.

Run: .venv/bin/python bench/silero_alone_cpu.py [--windows 400] [--rounds 8]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import machine, machine_line, table

WAYS = ("pipecat", "alone")
WINDOW_BYTES = 512  # 256 samples at 8 kHz, 16-bit


def windows(count: int) -> list[bytes]:
    """Noise at speech level and near silence, alternating by the half second."""
    rng = np.random.default_rng(3)
    out = []
    for k in range(count):
        level = 3000 if (k // 16) % 2 == 0 else 30
        out.append((rng.standard_normal(256) * level).astype("<i2").tobytes())
    return out


def main(args: argparse.Namespace) -> str:
    from loguru import logger
    from pipecat.audio.vad.silero import SileroVADAnalyzer

    from agent.audio_models import SharedSileroVADAnalyzer

    logger.remove()
    audio = windows(args.windows)
    analyzers = {"pipecat": SileroVADAnalyzer(), "alone": SharedSileroVADAnalyzer()}
    for analyzer in analyzers.values():
        analyzer.set_sample_rate(8000)
    per_window: dict[str, list[float]] = {w: [] for w in WAYS}
    for _ in range(args.rounds):
        for way in WAYS:
            score = analyzers[way].voice_confidence
            start = time.thread_time()
            for window in audio:
                score(window)
            per_window[way].append((time.thread_time() - start) / len(audio) * 1e6)
    rows = [
        [
            w,
            f"{statistics.median(per_window[w]):.1f}",
            " / ".join(f"{v:.0f}" for v in per_window[w]),
        ]
        for w in WAYS
    ]
    pairs = zip(per_window["pipecat"], per_window["alone"], strict=True)
    ratios = " / ".join(f"{a / p:.2f}" for p, a in pairs)
    return (
        f"{args.windows} windows per round, {args.rounds} rounds ({machine_line(machine())})\n\n"
        + table(["way", "CPU per window, µs (median)", "per round"], rows)
        + f"\n\nalone ÷ pipecat per round: {ratios}"
    )


if __name__ == "__main__":
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--windows", type=int, default=400)
    p.add_argument("--rounds", type=int, default=8)
    print(main(p.parse_args()))
