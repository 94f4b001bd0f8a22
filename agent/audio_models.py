"""The caller-audio models (Silero VAD, Smart Turn v3): loaded once per process, run as cheaply
as a call can afford.

pipecat's analyzers load their ONNX model in `__init__`: ~70 ms of CPU on the event loop and
~20 MB for every call, stalling every other call on the line while a new one connects. An ONNX
Runtime session is safe to run from several threads at once and keeps no state between runs, so
one session per model serves all calls; what is per call (Silero's recurrent state, Smart Turn's
audio buffer) stays per call, in the analyzer.

What each call costs beyond that, and what is cut here (bench/call_cpu.py measures it):
- pipecat hands every caller audio frame to a thread of its own per call to run Silero: a thread
  hop per frame cost more CPU than the model's ~0.1 ms per 32 ms window. Silero's scores come
  from `silero_batches` instead: the windows of all calls due within 8 ms, scored in one
  run on one thread (ONNX Runtime releases the GIL). pipecat's own state machine, smoothed
  volume and model resets run on the event loop, unchanged, except that the volume's BS.1770
  loudness (~30 µs a window) is measured only for windows Silero scores as voice, the others'
  caught up then (`vad_volume`: the same figures; a listening line measures none). A call
  whose audio queues (the loop was late) is scored on the loop at once until it has caught
  up (`score_alone`: pipecat's model call without its checks of any input, ~0.87x its CPU):
  a batch's answer takes a few loop iterations, and pipecat's user aggregator takes the call's
  next frame, and hands its transcript on, only after it (at 30 calls in one process turns
  came 1-5 s late).
- numpy's OpenBLAS starts a thread per core for Smart Turn's mel features and lets them spin
  after each matmul, doubling the CPU of an inference (~85 -> ~43 ms): BLAS runs single-threaded
  (the calls run side by side already).
- Smart Turn runs on one process-wide pool with a thread per core, not a thread per call: turn
  ends that coincide are answered in order instead of sharing the cores until all are late.
  An inference is one single-threaded ONNX run (~47 ms of CPU on the Xeon of the README's
  figures, ~115 ms on an AMD EPYC) that releases the GIL: under load it waits for a core, not
  for the GIL (bench/concurrent_calls.py splits its time). Batching the turn ends of several
  calls into one run saves nothing here, unlike Silero's windows: a run's CPU grows with its
  rows (1, 2, 4 rows: ~106, 212, 442 ms), and the results are the same bit for bit.
  pipecat's session options are already the cheapest that give the same results (sequential,
  one intra-op thread, ORT_ENABLE_ALL): ENABLE_EXTENDED, no thread spinning, no memory arena
  or an optimized model file cached on disk give identical probabilities at the same CPU per
  run (within the noise of a shared machine; the cached file only makes the model's one load
  per process cheaper); ENABLE_BASIC changes them. Most of a run is the int8 matmuls (QLinearMatMul,
  ~60 %; ~40-45 % on the AMD EPYC) and the fused quantized softmax (QLinearSoftmax, ~14 %;
  ~25-29 % there; running it unfused, in float, is ~20 % cheaper but moves the probabilities by
  up to 0.13, README "Not changed (yet)") over the full 8 s window the model always takes
  (shorter speech is padded), so a run costs the same whatever was said. The mel features
  were ~5 % of an inference (now a fraction of that: `smart_turn_features` computes the
  padding's frames once), the resampling to 16 kHz ~1 %. A call runs one inference per end of
  the caller's speech (VAD stop); none repeats on the same audio (a COMPLETE verdict or the
  silence fallback clears the buffer).

The two classes repeat their parent's `__init__` minus the model load (pipecat 1.14's
attributes); tests/test_agent_caller_audio.py holds them to the stock analyzers' results, so a
pipecat upgrade that changes those internals fails there, not on a phone line.
"""

from __future__ import annotations

import copy
from concurrent.futures import ThreadPoolExecutor
from functools import cache
from time import monotonic
from typing import Any

import numpy as np
from loguru import logger
from pipecat.audio.turn.smart_turn.base_smart_turn import BaseSmartTurn
from pipecat.audio.turn.smart_turn.local_smart_turn_v3 import LocalSmartTurnAnalyzerV3
from pipecat.audio.vad.silero import SileroVADAnalyzer
from pipecat.audio.vad.vad_analyzer import VADAnalyzer, VADState
from pipecat.utils.env import env_truthy
from threadpoolctl import threadpool_limits

from agent.silero_batches import SileroBatches, score_alone
from agent.smart_turn_features import log_mel_features
from agent.telephony.admission import available_cores
from agent.vad_volume import DeferredVolume

# Smart Turn v3 always reads the last 8 s of 16 kHz audio (shorter speech is padded).
SMART_TURN_SAMPLE_RATE = 16_000
SMART_TURN_WINDOW_SECONDS = 8

# Silero scores the audio in 32 ms windows (256 samples at 8 kHz, 512 at 16 kHz).
SILERO_WINDOW_SECONDS = 0.032
# A call's next window asked for sooner than this after the last one was scored was waiting
# already: the call is behind, and its windows are scored at once on the loop until it is not.
BEHIND_SECONDS = 0.005


@cache
def _silero_prototype() -> Any:
    """A loaded Silero model; each call gets a shallow copy (same session, fresh state)."""
    return SileroVADAnalyzer()._model


@cache
def silero_batches() -> SileroBatches:
    """The process's Silero batches (agent/silero_batches.py)."""
    return SileroBatches()


@cache
def _smart_turn_session() -> Any:
    threadpool_limits(1, user_api="blas")  # see the module's docstring
    return LocalSmartTurnAnalyzerV3()._session


@cache
def warm_smart_turn() -> float:
    """Run Smart Turn on 8 s of silence before the first call, once per process.

    ONNX Runtime sizes its buffers (~37 MB) and runs its slowest inference in the session's
    first runs; done at start-up, neither lands on a caller's first turn end.
    Returns the probability, which a test can compare with a stock analyzer's.
    """
    analyzer = SharedSmartTurnAnalyzer()
    silence = np.zeros(SMART_TURN_WINDOW_SECONDS * SMART_TURN_SAMPLE_RATE, dtype=np.float32)
    # The memory reaches its steady size only with the second run (measured: +21, +17, +2 MB).
    answers = [analyzer._predict_endpoint(silence)["probability"] for _ in range(2)]
    return float(answers[-1])


@cache
def _warn_turn_audio_kept() -> None:
    """Once per process: pipecat's debug switch keeps every caller turn's audio on disk, beyond
    `purge` and the salon file's `recording:` (README, "What is logged and kept")."""
    logger.warning(
        "PIPECAT_SMART_TURN_LOG_DATA is set: every caller turn's audio is written to "
        "./smart_turn_audio_log/ and kept (personal data; `purge` does not delete it). "
        "Never set it with real callers."
    )


def smart_turn_threads(configured: int | None, *, cores: int | None = None) -> int:
    """Smart Turn's inference threads in one process: `configured` (SMART_TURN_THREADS) if
    set, else a thread per core, in every worker of `serve` (2 workers on 2 cores run up to 4
    inferences at once). A thread per worker on 2 cores was measured twice and not kept: its
    inferences waited for the one thread instead of for a core (README, "Not changed (yet)")."""
    return configured if configured is not None else (cores or available_cores())


_pool: list[ThreadPoolExecutor] = []  # the process's Smart Turn pool, once made


def size_smart_turn_pool(threads: int) -> None:
    """Give the process's Smart Turn pool `threads` threads (before its calls; `serve` sizes
    it from SMART_TURN_THREADS in `prepare_for_calls`)."""
    if threads < 1:
        raise ValueError(f"Smart Turn needs at least one thread, not {threads}")
    if _pool and _pool[0]._max_workers == threads:
        return
    old = _pool[:1]
    _pool[:] = [ThreadPoolExecutor(max_workers=threads, thread_name_prefix="smart-turn")]
    for pool in old:  # inferences already handed to it finish there
        pool.shutdown(wait=False)


def _smart_turn_pool() -> ThreadPoolExecutor:
    if not _pool:
        size_smart_turn_pool(smart_turn_threads(None))
    return _pool[0]


_batch_failures: list[Exception] = []


def _log_batch_failure(exc: Exception) -> None:
    """Logged once per process: a failing model fails every window of every call."""
    if not _batch_failures:
        logger.warning(f"Silero batches failed ({exc!r}); windows are scored one by one")
    _batch_failures[:1] = [exc]


class SharedSileroVADAnalyzer(SileroVADAnalyzer):
    """`SileroVADAnalyzer` on the process's one Silero session; the per-call state is its own.
    It analyses on the event loop (see the module's docstring)."""

    defer_volume = True  # False: the volume measured at every window, as pipecat does (bench)

    def __init__(self, **kwargs: Any):
        VADAnalyzer.__init__(self, **kwargs)
        model = copy.copy(_silero_prototype())
        model.reset_states()
        self._model = model
        self._windows_since_reset = 0
        self._low_confidence_windows = 0
        self._scored: float | None = None  # the batches' score for the window due next
        self._last_scored = float("-inf")  # when the previous window's score was in
        self._volume = DeferredVolume(self._smoothing_factor)
        self._confidence = 0.0  # the model's score for the window being analysed

    async def analyze_audio(self, buffer: bytes) -> VADState:
        # pipecat's state machine, smoothed volume and model resets (`_run_analyzer`) on the
        # loop; the model's score for the window this frame completes from the shared batches.
        # A frame completing two windows (never on the phone path) is scored here, as pipecat
        # does: the second window's model state depends on what the first one decides.
        # A call that is behind (its frames queue in the user aggregator, whose input task
        # waits for each score) is scored at once, as pipecat does: waiting for a batch costs
        # the call a few event-loop iterations per window, more than a window lasts on a busy
        # loop, and pipecat hands the call's transcript on only once its queue of audio is empty.
        window = self._vad_frames_num_bytes
        behind = monotonic() - self._last_scored < BEHIND_SECONDS
        if not behind and (len(self._vad_buffer) + len(buffer)) // window == 1:
            audio = (self._vad_buffer + buffer)[:window]
            try:
                self._scored = await silero_batches().score(self._model, audio, self.sample_rate)
            except Exception as exc:  # the window is scored alone, as pipecat would
                _log_batch_failure(exc)
        state = self._run_analyzer(buffer)
        self._last_scored = monotonic()
        return state

    def voice_confidence(self, buffer: bytes) -> float:
        self._confidence = self._score(buffer)
        return self._confidence

    def _score(self, buffer: bytes) -> float:
        scored, self._scored = self._scored, None
        if scored is None:  # behind, or a frame's second window: scored here, as pipecat does
            try:
                scored = score_alone(self._model, buffer, self.sample_rate)
            except Exception:  # pipecat's path logs it and answers 0
                scored = None
            if scored is None:
                return super().voice_confidence(buffer)
        self._maybe_reset_model(scored)
        return scored

    def _get_smoothed_volume(self, audio: bytes) -> float:
        """pipecat's smoothed volume, measured only for a window whose score reaches the
        confidence threshold (`agent.vad_volume`): below it the window is not speech whatever
        the volume, and what is returned here (pipecat keeps it as `_prev_volume`, which only
        its own `_get_smoothed_volume` reads) decides nothing."""
        if not self.defer_volume:
            return super()._get_smoothed_volume(audio)
        self._volume.add(audio, self.sample_rate)
        if self._confidence < self._params.confidence:
            return 0.0
        return self._volume.smoothed()


class SharedSmartTurnAnalyzer(LocalSmartTurnAnalyzerV3):
    """`LocalSmartTurnAnalyzerV3` on the process's one Smart Turn session and thread pool."""

    def __init__(self, **kwargs: Any):
        BaseSmartTurn.__init__(self, **kwargs)
        self._log_data = env_truthy("PIPECAT_SMART_TURN_LOG_DATA", default=False)
        if self._log_data:
            _warn_turn_audio_kept()
        self._session = _smart_turn_session()

    @property
    def _model_executor(self) -> ThreadPoolExecutor:
        # pipecat's `cleanup` shuts down only an executor of its own (`_executor`), never made.
        return _smart_turn_pool()

    def _predict_endpoint(self, audio_array: np.ndarray) -> dict[str, Any]:
        """pipecat 1.14's `_predict_endpoint`, its features from `smart_turn_features` (the
        same numbers, without recomputing the padding's frames)."""
        audio = self._resample_to_model_rate(audio_array)
        window = SMART_TURN_WINDOW_SECONDS * SMART_TURN_SAMPLE_RATE
        audio = audio[-window:] if len(audio) > window else audio
        if len(audio) < window:  # zeros before the speech, as pipecat pads it
            audio = np.pad(audio, (window - len(audio), 0), mode="constant", constant_values=0)
        features = log_mel_features(audio)[np.newaxis]
        outputs = self._session.run(None, {"input_features": features})
        probability = outputs[0][0].item()
        prediction = 1 if probability > 0.5 else 0
        if self._log_data:
            suffix = "_complete" if prediction == 1 else "_incomplete"
            rate = self._sample_rate or SMART_TURN_SAMPLE_RATE
            self._write_audio_to_wav(audio_array, sample_rate=rate, suffix=suffix)
        return {"prediction": prediction, "probability": probability}
