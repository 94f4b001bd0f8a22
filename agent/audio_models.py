"""The caller-audio models (Silero VAD, Smart Turn v3), loaded once per process.

pipecat's analyzers load their ONNX model in `__init__`: ~70 ms of CPU on the event loop and
~20 MB for every call, stalling every other call on the line while a new one connects. An ONNX
Runtime session is safe to run from several threads at once and keeps no state between runs, so
one session per model serves all calls; what is per call (Silero's recurrent state, Smart Turn's
audio buffer) stays per call, in the analyzer.

The two classes repeat their parent's `__init__` minus the model load (pipecat 1.14's
attributes); tests/test_agent_caller_audio.py holds them to the stock analyzers' results, so a
pipecat upgrade that changes those internals fails there, not on a phone line.
"""

from __future__ import annotations

import copy
from functools import cache
from typing import Any

from pipecat.audio.turn.smart_turn.base_smart_turn import BaseSmartTurn
from pipecat.audio.turn.smart_turn.local_smart_turn_v3 import LocalSmartTurnAnalyzerV3
from pipecat.audio.vad.silero import SileroVADAnalyzer
from pipecat.audio.vad.vad_analyzer import VADAnalyzer
from pipecat.utils.env import env_truthy
from threadpoolctl import threadpool_limits


@cache
def _silero_prototype() -> Any:
    """A loaded Silero model; each call gets a shallow copy (same session, fresh state)."""
    return SileroVADAnalyzer()._model


@cache
def _smart_turn_session() -> Any:
    # numpy's OpenBLAS starts a thread per core for Smart Turn's mel features and lets them
    # spin after each matmul, doubling an inference's CPU; calls run side by side already.
    threadpool_limits(1, user_api="blas")
    return LocalSmartTurnAnalyzerV3()._session


class SharedSileroVADAnalyzer(SileroVADAnalyzer):
    """`SileroVADAnalyzer` on the process's one Silero session; the per-call state is its own."""

    def __init__(self, **kwargs: Any):
        VADAnalyzer.__init__(self, **kwargs)
        model = copy.copy(_silero_prototype())
        model.reset_states()
        self._model = model
        self._windows_since_reset = 0
        self._low_confidence_windows = 0


class SharedSmartTurnAnalyzer(LocalSmartTurnAnalyzerV3):
    """`LocalSmartTurnAnalyzerV3` on the process's one Smart Turn session."""

    def __init__(self, **kwargs: Any):
        BaseSmartTurn.__init__(self, **kwargs)
        self._log_data = env_truthy("PIPECAT_SMART_TURN_LOG_DATA", default=False)
        self._session = _smart_turn_session()
