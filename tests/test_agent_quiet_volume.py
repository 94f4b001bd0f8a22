"""The VAD's volume with quiet windows answered without measuring: pipecat's numbers exactly."""

from __future__ import annotations

import numpy as np
import pytest
from pipecat.audio.utils import calculate_audio_volume
from pipecat.audio.volume import AudioVolumeTracker

from agent.quiet_volume import QuietFirstVolumeTracker, surely_below_gate


def _signals(rate: int, rng: np.random.Generator):
    """Noise, the highest frequency the filter boosts most, tones and clicks, at levels from
    digital silence to well above the gate."""
    n = int(0.4 * rate)
    t = np.arange(n) / rate
    for rms in (0, 0.5, 1, 2, 3, 4, 5, 6, 7, 8, 10, 14, 20, 50, 300):
        yield rng.standard_normal(n) * rms
        yield np.resize([rms, -rms], n)  # Nyquist: the filter's peak gain
        for freq in (100, 1000, 2500, 3500, 0.45 * rate):
            yield np.sin(2 * np.pi * freq * t) * rms * np.sqrt(2)
        click = np.zeros(n)
        click[n // 2] = rms * np.sqrt(n)
        yield click


@pytest.mark.parametrize("rate", [8000, 16000])
def test_a_window_called_quiet_measures_zero_and_a_loud_one_is_never_called_quiet(rate):
    rng = np.random.default_rng(rate)
    quiet = loud = 0
    for signal in _signals(rate, rng):
        audio = np.clip(np.round(signal), -32768, 32767).astype(np.int16).tobytes()
        measured = calculate_audio_volume(audio, rate)
        if surely_below_gate(audio):
            quiet += 1
            assert measured == 0.0
        elif measured > 0:
            loud += 1
    assert quiet >= 20 and loud >= 20  # both sides of the gate were tried


def test_the_tracker_reads_the_same_volumes_as_pipecats_over_a_stream_of_all_levels():
    rate, frame = 8000, 256
    rng = np.random.default_rng(3)
    parts = [np.zeros(rate), rng.standard_normal(rate) * 3, rng.standard_normal(rate) * 2000]
    parts += [rng.standard_normal(rate) * 12, np.zeros(rate // 2), rng.standard_normal(rate) * 6]
    audio = np.clip(np.concatenate(parts), -32768, 32767).astype(np.int16).tobytes()
    ours, stock = QuietFirstVolumeTracker(), AudioVolumeTracker()
    read_ours, read_stock = [], []
    for i in range(0, len(audio) - 2 * frame + 1, 2 * frame):
        for tracker, reads in ((ours, read_ours), (stock, read_stock)):
            tracker.update(audio[i : i + 2 * frame], rate)
            reads.append(tracker.volume)
    assert read_ours == read_stock
    assert 0.0 in read_ours and max(read_ours) > 0.5
