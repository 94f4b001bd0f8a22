"""The caller-audio models (Silero VAD, Smart Turn v3): loaded once per process, run as cheaply
as a call can afford.

pipecat's analyzers load their ONNX model in `__init__`: ~70 ms of CPU on the event loop and
~20 MB for every call, stalling every other call on the line while a new one connects. An ONNX
Runtime session is safe to run from several threads at once and keeps no state between runs, so
one session per model serves all calls; what is per call (Silero's recurrent state, Smart Turn's
audio buffer) stays per call, in the analyzer.

What each call costs beyond that, and what is cut here (bench/concurrent_calls.py measures it):
- numpy's OpenBLAS starts a thread per core for Smart Turn's mel features and lets them spin
  after each matmul, doubling the CPU of an inference (~85 -> ~43 ms): BLAS runs single-threaded
  (the calls run side by side already).
- pipecat hands every caller audio frame to a thread of its own per call to run Silero: a thread
  hop per frame costs more CPU than the model's ~0.1 ms per 32 ms window. The VAD runs on the
  event loop instead (the Smart Turn model, ~40 ms per turn end, stays off it).
- Smart Turn runs on one process-wide pool with a thread per core, not a thread per call: turn
  ends that coincide are answered in order instead of sharing the cores until all are late.

The two classes repeat their parent's `__init__` minus the model load (pipecat 1.14's
attributes); tests/test_agent_caller_audio.py holds them to the stock analyzers' results, so a
pipecat upgrade that changes those internals fails there, not on a phone line.
"""

from __future__ import annotations

import copy
from concurrent.futures import ThreadPoolExecutor
from functools import cache
from typing import Any

from pipecat.audio.turn.smart_turn.base_smart_turn import BaseSmartTurn
from pipecat.audio.turn.smart_turn.local_smart_turn_v3 import LocalSmartTurnAnalyzerV3
from pipecat.audio.vad.silero import SileroVADAnalyzer
from pipecat.audio.vad.vad_analyzer import VADAnalyzer, VADState
from pipecat.utils.env import env_truthy
from threadpoolctl import threadpool_limits

from agent.telephony.admission import available_cores

# Silero scores the audio in 32 ms windows (256 samples at 8 kHz, 512 at 16 kHz).
SILERO_WINDOW_SECONDS = 0.032


@cache
def _silero_prototype() -> Any:
    """A loaded Silero model; each call gets a shallow copy (same session, fresh state)."""
    return SileroVADAnalyzer()._model


@cache
def _smart_turn_session() -> Any:
    threadpool_limits(1, user_api="blas")  # see the module's docstring
    return LocalSmartTurnAnalyzerV3()._session


@cache
def _smart_turn_pool() -> ThreadPoolExecutor:
    return ThreadPoolExecutor(max_workers=available_cores(), thread_name_prefix="smart-turn")


class SharedSileroVADAnalyzer(SileroVADAnalyzer):
    """`SileroVADAnalyzer` on the process's one Silero session; the per-call state is its own.
    It analyses on the event loop (see the module's docstring)."""

    def __init__(self, **kwargs: Any):
        VADAnalyzer.__init__(self, **kwargs)
        model = copy.copy(_silero_prototype())
        model.reset_states()
        self._model = model
        self._windows_since_reset = 0
        self._low_confidence_windows = 0

    async def analyze_audio(self, buffer: bytes) -> VADState:
        return self._run_analyzer(buffer)


class SharedSmartTurnAnalyzer(LocalSmartTurnAnalyzerV3):
    """`LocalSmartTurnAnalyzerV3` on the process's one Smart Turn session and thread pool."""

    def __init__(self, **kwargs: Any):
        BaseSmartTurn.__init__(self, **kwargs)
        self._log_data = env_truthy("PIPECAT_SMART_TURN_LOG_DATA", default=False)
        self._session = _smart_turn_session()

    @property
    def _model_executor(self) -> ThreadPoolExecutor:
        # pipecat's `cleanup` shuts down only an executor of its own (`_executor`), never made.
        return _smart_turn_pool()
