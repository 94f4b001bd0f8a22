"""Silero VAD windows of all calls, scored together on a thread of their own.

Every call's VAD runs Silero on each 32 ms window of caller audio: 31 model runs a second per
call. A run for one window costs ~100 µs, most of it ONNX Runtime's fixed cost per run, and on
the event loop it is time no other call gets. Silero takes a batch (one row of audio and one
recurrent state per call) and scores each row exactly as alone, so the windows that are due
while a batch runs go into the next one: one run for all of them, on this module's thread,
where ONNX Runtime works without holding the GIL. The calls' windows complete at their own
moments, though, so without waiting most runs took 2-3 windows, and every run is a hop to the
thread and back (a wake-up of each, the GIL handed over twice), costing the loop about what the
run costs the thread. A batch therefore waits `GATHER_SECONDS` (8 ms, under half a 20 ms Twilio
frame) for the windows due meanwhile before it runs: ~3x fewer runs and hops with 20 calls
(bench/call_cpu.py reports windows per run). A VAD decision, and so a turn's end, comes that
much later at most (a window waits for the gathering, the run before it and its own).

Each call keeps its own model object (`SileroOnnxModel`: recurrent state and audio context);
a batch reads and advances exactly those of its calls, as the model's own `__call__` would.
"""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

import numpy as np

# How long a batch waits for the windows of other calls before it runs (see the docstring).
GATHER_SECONDS = 0.008


@dataclass
class _Window:
    model: Any  # pipecat's SileroOnnxModel of one call
    audio: bytes  # one window, 16-bit PCM
    rate: int
    done: asyncio.Future[float]


class SileroBatches:
    """Queues windows from the event loop; a batch of all that are due runs on one thread."""

    def __init__(self, gather_seconds: float = GATHER_SECONDS) -> None:
        self.gather_seconds = gather_seconds  # a batch waits this long for more windows
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="silero")
        self._loop: asyncio.AbstractEventLoop | None = None
        self._due: list[_Window] = []
        self._draining: asyncio.Task | None = None
        self.batches = 0  # runs so far (the tests and benchmarks read them)
        self.windows = 0

    async def score(self, model: Any, audio: bytes, rate: int) -> float:
        """Silero's speech confidence for one window of one call (its model's state advances)."""
        loop = asyncio.get_running_loop()
        if loop is not self._loop:  # a process has one loop; tests start one per test
            self._loop, self._due, self._draining = loop, [], None
        window = _Window(model, audio, rate, loop.create_future())
        self._due.append(window)
        if self._draining is None or self._draining.done():
            self._draining = loop.create_task(self._drain())
        return await window.done

    async def _drain(self) -> None:
        loop = asyncio.get_running_loop()
        while self._due:
            if self.gather_seconds > 0:
                await asyncio.sleep(self.gather_seconds)
            batch, self._due = self._due, []
            try:
                scores = await loop.run_in_executor(self._executor, _score, batch)
            except Exception as exc:  # each waiting call hears of it
                for window in batch:
                    if not window.done.done():
                        window.done.set_exception(exc)
                continue
            self.batches += 1
            self.windows += len(batch)
            for window, confidence in zip(batch, scores, strict=True):
                if not window.done.done():  # a call that ended meanwhile has stopped waiting
                    window.done.set_result(confidence)


def _score(batch: list[_Window]) -> list[float]:
    """One ONNX run per sample rate in the batch (phone calls: all at 8 kHz)."""
    scores: dict[int, float] = {}
    for rate in {w.rate for w in batch}:
        group = [(i, w) for i, w in enumerate(batch) if w.rate == rate]
        for (i, _), confidence in zip(group, _run([w for _, w in group], rate), strict=True):
            scores[i] = confidence
    return [scores[i] for i in range(len(batch))]


def _run(windows: list[_Window], rate: int) -> list[float]:
    """`SileroOnnxModel.__call__` (pipecat 1.14) for many models at once: each row is what
    that call's model would have been given alone, and gets back what it would have returned."""
    width = 64 if rate == 16000 else 32  # the audio context each window is prefixed with
    samples = len(windows[0].audio) // 2
    x = np.empty((len(windows), width + samples), np.float32)
    states = []
    for row, window in enumerate(windows):
        model = window.model
        if model._last_sr and model._last_sr != rate:
            model.reset_states()
        context = model._context
        x[row, :width] = context[0] if context.shape[1] else 0.0
        x[row, width:] = np.frombuffer(window.audio, np.int16).astype(np.float32) / 32768.0
        states.append(model._state)
    session = windows[0].model.session
    out, state = session.run(
        None, {"input": x, "state": np.concatenate(states, axis=1), "sr": np.array(rate, "int64")}
    )
    confidences = []
    for row, window in enumerate(windows):
        model = window.model
        model._state = state[:, row : row + 1, :].copy()
        model._context = x[row : row + 1, -width:].copy()
        model._last_sr, model._last_batch_size = rate, 1
        confidences.append(float(out[row, 0]))
    return confidences
