"""pipecat's VAD volume, with its one free answer given for free.

pipecat's VAD measures the loudness (ITU-R BS.1770, the `loudness` package) of the last 400 ms
of caller audio at every Silero window, 31 times a second per call. Audio quieter than the
standard's absolute gate (-70 LUFS) measures as -inf, which pipecat reads as volume 0; its
K-weighting filter raises no signal's power by more than its peak gain (~2.67, +4.3 dB,
at 8 and 16 kHz), so a window whose plain power, times a bound above that gain, is under the
gate is below it after the filter too: its volume is 0, as the measurement would say, without
measuring. Any other window is measured as before: the numbers are pipecat's exactly.
"""

from __future__ import annotations

import numpy as np
from pipecat.audio.volume import AudioVolumeTracker

# The BS.1770 absolute gate (-70 LUFS) as the mean square of samples in [-1, 1).
_GATE_MEAN_SQUARE = 10 ** ((-70 + 0.691) / 10)
# Above the K-weighting filter's peak power gain (2.67 at 8 kHz, 2.59 at 16 kHz), with margin.
_K_WEIGHTING_GAIN_BOUND = 4.0
# The largest sum of squared int16 samples per sample that is surely below the gate.
_QUIET_MEAN_SQUARE_INT16 = _GATE_MEAN_SQUARE / _K_WEIGHTING_GAIN_BOUND * 32768.0**2


def surely_below_gate(audio: bytes | bytearray) -> bool:
    """True when 16-bit PCM `audio` is quieter than BS.1770's absolute gate after K-weighting."""
    samples = np.frombuffer(audio, np.int16).astype(np.float64)
    return float(np.dot(samples, samples)) < _QUIET_MEAN_SQUARE_INT16 * len(samples)


class QuietFirstVolumeTracker(AudioVolumeTracker):
    """`AudioVolumeTracker` that answers 0 for a window below the gate without measuring it."""

    @property
    def volume(self) -> float:
        if self._volume is None and surely_below_gate(self._buffer):
            self._volume = 0.0
        return super().volume
