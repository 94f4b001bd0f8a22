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
much later at most (a window waits for the gathering, the run before it and its own). A lone
call has nothing to gather: a batch waits only while another call's windows came within
`OTHERS_SECONDS`, so one call on the line hears its VAD decisions without the wait.

The thread answers a batch with one callback on the loop (`call_soon_threadsafe`), which sets
each window's result; no task, executor future or loop timer per batch beyond that (and the
gathering's timer while others stream).

Each call keeps its own model object (`SileroOnnxModel`: recurrent state and audio context);
a batch reads and advances exactly those of its calls, as the model's own `__call__` would.
"""

from __future__ import annotations

import asyncio
import queue
import threading
from dataclasses import dataclass
from typing import Any

import numpy as np

# How long a batch waits for the windows of other calls before it runs (see the docstring).
GATHER_SECONDS = 0.008
# A batch gathers only if a window of a call other than the one before it came this recently:
# three of a call's 32 ms windows, so calls streaming side by side always count.
OTHERS_SECONDS = 0.1


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
        self._work: queue.SimpleQueue[tuple[asyncio.AbstractEventLoop, list[_Window]]] = (
            queue.SimpleQueue()
        )
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._due: list[_Window] = []
        self._busy = False  # a batch is gathering or out on the thread
        self._last_model: Any = None  # the model of the window before
        self._others_until = float("-inf")  # loop time: another call counts as streaming
        self.batches = 0  # runs so far (the tests and benchmarks read them)
        self.windows = 0
        self.gathered = 0  # batches that waited the gathering before they went to the thread

    async def score(self, model: Any, audio: bytes, rate: int) -> float:
        """Silero's speech confidence for one window of one call (its model's state advances)."""
        loop = asyncio.get_running_loop()
        if loop is not self._loop:  # a process has one loop; tests start one per test
            self._loop, self._due, self._busy, self._last_model = loop, [], False, None
        if model is not self._last_model:
            if self._last_model is not None:
                self._others_until = loop.time() + OTHERS_SECONDS
            self._last_model = model
        window = _Window(model, audio, rate, loop.create_future())
        self._due.append(window)
        if not self._busy:
            self._busy = True
            self._next_batch(loop)
        return await window.done

    def _next_batch(self, loop: asyncio.AbstractEventLoop) -> None:
        """The due windows go out after the gathering while other calls stream, else at once."""
        if self.gather_seconds > 0 and loop.time() < self._others_until:
            loop.call_later(self.gather_seconds, self._send, loop, True)
        else:
            self._send(loop)

    def _send(self, loop: asyncio.AbstractEventLoop, gathered: bool = False) -> None:
        if loop is not self._loop:  # a gathering timer of a loop that was replaced
            return
        self.gathered += gathered
        batch, self._due = self._due, []
        if self._thread is None:
            self._thread = threading.Thread(target=self._serve, name="silero", daemon=True)
            self._thread.start()
        self._work.put((loop, batch))

    def _serve(self) -> None:
        """The thread: runs each batch, answers its loop with one callback."""
        while True:
            loop, batch = self._work.get()
            try:
                scores, error = _score(batch), None
            except Exception as exc:  # each waiting call hears of it
                scores, error = [], exc
            try:
                loop.call_soon_threadsafe(self._answer, loop, batch, scores, error)
            except RuntimeError:  # the loop was closed meanwhile: nobody waits for these
                pass

    def _answer(
        self,
        loop: asyncio.AbstractEventLoop,
        batch: list[_Window],
        scores: list[float],
        error: Exception | None,
    ) -> None:
        if loop is not self._loop:
            return
        if error is None:
            self.batches += 1
            self.windows += len(batch)
            for window, confidence in zip(batch, scores, strict=True):
                if not window.done.done():  # a call that ended meanwhile has stopped waiting
                    window.done.set_result(confidence)
        else:
            for window in batch:
                if not window.done.done():
                    window.done.set_exception(error)
        if self._due:
            self._next_batch(loop)
        else:
            self._busy = False


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


_RATE_INPUT = {rate: np.array(rate, "int64") for rate in (8000, 16000)}


def score_alone(model: Any, audio: bytes, rate: int) -> float | None:
    """`SileroOnnxModel.__call__` (pipecat 1.14) for one window of one call, on the caller's
    thread: the same run and the same state and context after it, without the shape checks and
    conversions it does for any input (~20 % of a window's CPU; the run is the rest). For what
    the phone path always gives it (a window of 256 samples at 8 kHz, 512 at 16 kHz); None
    for anything else, which pipecat's own path then takes (and refuses as it does)."""
    width, samples = (64, 512) if rate == 16000 else (32, 256)
    if rate not in _RATE_INPUT or len(audio) != 2 * samples:
        return None
    if not model._last_batch_size or model._last_batch_size != 1:
        model.reset_states(1)
    elif model._last_sr and model._last_sr != rate:
        model.reset_states(1)
    x = np.empty((1, width + samples), np.float32)
    context = model._context
    x[0, :width] = context[0] if context.shape[1] else 0.0
    x[0, width:] = np.frombuffer(audio, np.int16).astype(np.float32) / 32768.0
    out, state = model.session.run(
        None, {"input": x, "state": model._state, "sr": _RATE_INPUT[rate]}
    )
    model._state = state
    model._context = x[..., -width:]
    model._last_sr, model._last_batch_size = rate, 1
    return float(out[0, 0])
