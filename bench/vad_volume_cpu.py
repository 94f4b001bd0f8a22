"""What the VAD's smoothed volume costs per 32 ms window (`agent.vad_volume`).

The ways alternate round by round (A B B A ...) in one process, each on the same windows of 8 kHz
audio and the same Silero scores (scored once before), so only the volume is timed:

    eager     pipecat's `VADAnalyzer._get_smoothed_volume`: the loudness of the last 400 ms
              measured at every window
    deferred  `SharedSileroVADAnalyzer._get_smoothed_volume`: measured only for windows whose
              score reaches the confidence threshold (the others' catch up then)

Two lines: a listening caller (line noise at -60 dBFS, nobody talks) and a talking one
(synthetic speech, 1.6 s sentences with pauses of 0.3-1 s). Printed per line and way: the
thread's CPU per window (median over the rounds), per round, and deferred ÷ eager per pair.
Compare ways of one run, not runs of different machines.

Run: .venv/bin/python bench/vad_volume_cpu.py [--seconds 20] [--rounds 8]
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

RATE = 8000
WINDOW_BYTES = 512  # 256 samples at 8 kHz, 16-bit


def listening(seconds: float) -> bytes:
    rng = np.random.default_rng(5)
    return (rng.standard_normal(int(RATE * seconds)) * 33).astype("<i2").tobytes()


def talking(seconds: float) -> bytes:
    from agent.telephony.synthetic_voice import silence, synthetic_speech

    out, seed = b"", 1
    while len(out) < 2 * RATE * seconds:
        out += synthetic_speech(1.6, seed=seed, statement=seed % 2 == 0)
        out += silence((0.3, 1.0, 0.6)[seed % 3])
        seed += 1
    return out[: int(2 * RATE * seconds)]


def timed(windows: list[bytes], scores: list[float], defer: bool) -> float:
    """µs of this thread's CPU per window for a fresh call's analyzer."""
    from agent.audio_models import SharedSileroVADAnalyzer

    analyzer = SharedSileroVADAnalyzer()
    analyzer.set_sample_rate(RATE)
    analyzer.defer_volume = defer
    start = time.thread_time()
    for window, score in zip(windows, scores, strict=True):
        analyzer._confidence = score
        analyzer._get_smoothed_volume(window)
    return (time.thread_time() - start) / len(windows) * 1e6


def main(args: argparse.Namespace) -> str:
    from loguru import logger
    from pipecat.audio.vad.silero import SileroVADAnalyzer

    logger.remove()
    text = [
        f"{args.seconds:g} s of audio per line, {args.rounds} rounds ({machine_line(machine())})"
    ]
    for line, audio in (("listening", listening(args.seconds)), ("talking", talking(args.seconds))):
        windows = [audio[i : i + WINDOW_BYTES] for i in range(0, len(audio), WINDOW_BYTES)]
        scorer = SileroVADAnalyzer()
        scorer.set_sample_rate(RATE)
        scores = [np.asarray(scorer.voice_confidence(w)).item() for w in windows]
        decided = sum(s >= scorer.params.confidence for s in scores)
        runs: dict[str, list[float]] = {"eager": [], "deferred": []}
        for k in range(args.rounds):
            order = ("eager", "deferred") if k % 2 == 0 else ("deferred", "eager")
            for way in order:
                runs[way].append(timed(windows, scores, defer=way == "deferred"))
        rows = [
            [way, f"{statistics.median(v):.2f}", " / ".join(f"{x:.1f}" for x in v)]
            for way, v in runs.items()
        ]
        ratios = " / ".join(
            f"{d / e:.3f}" for e, d in zip(runs["eager"], runs["deferred"], strict=True)
        )
        text.append(
            f"\n{line}: {len(windows)} windows, {decided} scored at or above the threshold\n\n"
            + table(["way", "CPU per window, µs (median)", "per round"], rows)
            + f"\n\ndeferred ÷ eager per round: {ratios}"
        )
    return "\n".join(text)


if __name__ == "__main__":
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--seconds", type=float, default=20.0)
    p.add_argument("--rounds", type=int, default=8)
    print(main(p.parse_args()))
