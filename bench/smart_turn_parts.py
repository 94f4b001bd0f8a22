"""One Smart Turn v3 inference cut into its parts, and pipecat's feature extraction against ours.

Per part the CPU of this thread (`time.thread_time`) over many repetitions, in interleaved rounds
in one process, on a caller's turn as the phone path hands it over (the synthetic caller's
speech at 8 kHz, `--seconds` long, then 0.2 s of silence): preparation (resampling 8 -> 16 kHz,
the zeros before the speech up to 8 s), the Whisper log-mel features (pipecat's
`compute_whisper_log_mel_features`, and `agent.smart_turn_features`), the ONNX run, and the whole
inference (pipecat's stock analyzer, and the server's `SharedSmartTurnAnalyzer`). BLAS on one
thread, as the server runs it. Shares and ratios only on a loaded machine.

Run: .venv/bin/python bench/smart_turn_parts.py [--seconds 1.6] [--rounds 5]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import numpy as np
import soxr
from loguru import logger


def per_call(fn: Callable[[], object], repeat: int) -> float:
    """CPU seconds of this thread per call of `fn`."""
    began = time.thread_time()
    for _ in range(repeat):
        fn()
    return (time.thread_time() - began) / repeat


def main(args: argparse.Namespace) -> dict[str, list[float]]:
    from pipecat.audio.turn.smart_turn._whisper_features import (
        compute_whisper_log_mel_features,
    )
    from pipecat.audio.turn.smart_turn.local_smart_turn_v3 import LocalSmartTurnAnalyzerV3

    from agent.audio_models import SharedSmartTurnAnalyzer, _smart_turn_session
    from agent.smart_turn_features import N_SAMPLES, log_mel_features
    from agent.telephony.synthetic_voice import silence, synthetic_speech

    session = _smart_turn_session()  # sets BLAS to one thread, as the server does
    pcm = synthetic_speech(args.seconds, 1, statement=True) + silence(0.2)
    audio = np.frombuffer(pcm, np.int16).astype(np.float32) / 32768

    def prepare() -> np.ndarray:
        resampled = soxr.resample(audio, 8000, 16000, quality="HQ")[-N_SAMPLES:]
        return np.pad(resampled, (N_SAMPLES - len(resampled), 0))

    window = prepare()
    features = log_mel_features(window)[np.newaxis]
    stock, shared = LocalSmartTurnAnalyzerV3(), SharedSmartTurnAnalyzer()
    for analyzer in (stock, shared):
        analyzer._sample_rate = 8000
    assert stock._predict_endpoint(audio) == shared._predict_endpoint(audio)
    parts: dict[str, tuple[Callable[[], object], int]] = {
        "prepare": (prepare, 200),
        "features pipecat": (lambda: compute_whisper_log_mel_features(window), 100),
        "features ours": (lambda: log_mel_features(window), 100),
        "onnx run": (lambda: session.run(None, {"input_features": features}), args.runs),
        "inference pipecat": (lambda: stock._predict_endpoint(audio), args.runs),
        "inference ours": (lambda: shared._predict_endpoint(audio), args.runs),
    }
    for fn, _ in parts.values():
        fn()  # warm
    seconds: dict[str, list[float]] = {name: [] for name in parts}
    for _ in range(args.rounds):
        for name, (fn, repeat) in parts.items():
            seconds[name].append(per_call(fn, repeat))
    return seconds


def render(seconds: dict[str, list[float]]) -> str:
    med = {name: statistics.median(values) for name, values in seconds.items()}
    whole = med["inference pipecat"]
    lines = ["part                  CPU median ms  of pipecat's inference"]
    for name, value in med.items():
        lines.append(f"{name:<21} {value * 1000:>13.3f}  {value / whole:>7.1%}")
    ratios = [
        o / p for o, p in zip(seconds["features ours"], seconds["features pipecat"], strict=True)
    ]
    whole_ratios = [
        o / p for o, p in zip(seconds["inference ours"], seconds["inference pipecat"], strict=True)
    ]
    lines.append("features ours / pipecat per round: " + " ".join(f"{r:.2f}" for r in ratios))
    lines.append(
        "inference ours / pipecat per round: " + " ".join(f"{r:.3f}" for r in whole_ratios)
    )
    return "\n".join(lines)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--seconds", type=float, default=1.6, help="the caller's speech, s")
    p.add_argument("--rounds", type=int, default=5, help="interleaved rounds")
    p.add_argument("--runs", type=int, default=20, help="ONNX runs per round and part")
    return p.parse_args(argv)


if __name__ == "__main__":
    logger.remove()
    print(render(main(parse_args())))
