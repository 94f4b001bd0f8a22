"""The VAD's smoothed volume, measured only when it can decide something.

pipecat's `VADAnalyzer` measures the BS.1770 loudness of the last 400 ms at every 32 ms window
(`AudioVolumeTracker`, ~28 µs a window at 8 kHz, libloudness K-filtering all 3200 samples from
a zero state) and smooths it (`exp_smoothing`, factor 0.2). The volume is read in one place:
a window is speech when the model's confidence AND the smoothed volume reach their thresholds.
While the confidence is below its threshold (a listening line, the bot talking) the volume
cannot change a decision; only the smoothing's state must carry on. So the windows' ends are
noted, and their loudness is measured, with pipecat's own `calculate_audio_volume` on the same
400 ms, and folded into the smoothing when a window's confidence reaches the threshold.

Measuring incrementally instead (each chunk K-filtered once, the filter's state kept) does not
give the same figures: libloudness filters each 400 ms from a zero state, and its 38 Hz
high-pass rings on into the window; on the test speech the two differ by up to 0.06 LU (median
5e-5 LU), enough to cross the 0.1 LU bins libloudness rounds its result to now and then. Made
exact (the kept output minus the free response of the state at the window's start), it is a
few numpy calls per window (a 256x256 matrix-vector product alone ~8 µs): by its parts ~13-15
µs against the C++ measure's ~28, while a listening line needs none of it.

Only the last `HORIZON` unmeasured windows are kept: the smoothing weighs a window k windows back
by 0.8^k, so resuming from the last measured value after a longer gap moves the smoothed volume
by at most 0.8^HORIZON (2e-10 for 100 windows, 3.2 s at 32 ms), and catching up measures at
most `HORIZON` windows at once (~3 ms at 8 kHz). No window is measured twice.
"""

from __future__ import annotations

import math
from collections import deque

from pipecat.audio.utils import calculate_audio_volume
from pipecat.audio.volume import VOLUME_WINDOW_SECS

HORIZON = 100  # unmeasured windows kept; the smoothed volume is exact to 0.8**HORIZON


class DeferredVolume:
    """pipecat's `AudioVolumeTracker` + `exp_smoothing` as `VADAnalyzer` uses them, with each
    window's loudness measured only when `smoothed` is asked for (see the module's docstring)."""

    def __init__(self, smoothing_factor: float, horizon: int = HORIZON):
        self._factor = smoothing_factor
        self._horizon = horizon
        self._sample_rate = 0
        self._window_bytes = 0
        self._audio = bytearray()  # the stream's bytes from `_audio_start` on
        self._audio_start = 0  # stream offset (bytes since the last rate change) of `_audio[0]`
        self._stream_bytes = 0  # bytes since the last rate change
        self._pending: deque[int] = deque()  # stream offsets where unmeasured windows end
        self._smoothed = 0.0  # after the last measured (or resumed-from) window
        self._volume = 0.0  # pipecat's tracker reads its last volume until the window is full
        self._trim_at = 0  # `_audio`'s length at which what is no longer needed is cut

    def add(self, audio: bytes, sample_rate: int) -> None:
        """One window's audio, in the order the VAD analyses them."""
        if sample_rate != self._sample_rate:  # pipecat's tracker starts its window again
            self._fold()
            self._sample_rate = sample_rate
            self._window_bytes = math.ceil(VOLUME_WINDOW_SECS * sample_rate) * 2
            self._audio = bytearray()
            self._audio_start = self._stream_bytes = 0
            self._volume = 0.0
        self._audio += audio
        self._stream_bytes += len(audio)
        pending = self._pending
        pending.append(self._stream_bytes)
        if len(pending) > self._horizon:
            pending.popleft()  # resumed from `_smoothed`: off by at most 0.8**horizon
        if len(self._audio) > self._trim_at:
            self._trim()

    def smoothed(self) -> float:
        """The smoothed volume after the last window added, as pipecat's VAD computes it."""
        if self._pending:
            self._fold()
        return self._smoothed

    def _fold(self) -> None:
        # pipecat's `exp_smoothing`, written out (the same operations, so the same bits)
        smoothed, volume, factor = self._smoothed, self._volume, self._factor
        window_bytes, audio, start = self._window_bytes, self._audio, self._audio_start
        for end in self._pending:
            if end >= window_bytes:  # pipecat measures once its window is full
                offset = end - start
                volume = calculate_audio_volume(
                    audio[offset - window_bytes : offset], self._sample_rate
                )
            smoothed = smoothed + factor * (volume - smoothed)
        self._smoothed, self._volume = smoothed, volume
        self._pending.clear()

    def _trim(self) -> None:
        # drop what neither the oldest pending window nor the next one needs
        needed_end = self._pending[0] if self._pending else self._stream_bytes
        excess = needed_end - self._window_bytes - self._audio_start
        if excess > 0:
            del self._audio[:excess]
            self._audio_start += excess
        self._trim_at = len(self._audio) + self._window_bytes + 4096
