"""The VAD's smoothed volume is pipecat's, measured only when it can decide something.

- Asked at every window, it is pipecat's `AudioVolumeTracker` + `exp_smoothing` bit for bit,
  including the window filling up at the start and starting again at a new sample rate.
- Asked after a gap, it catches up on the windows it skipped, with the same figures; after a gap
  longer than its horizon it resumes from its last figure, off by at most 0.8**horizon.
- A listening line (scores below the confidence threshold) measures no loudness at all.
- `SharedSileroVADAnalyzer` decides exactly as with pipecat's eager volume, window for window,
  on speech at levels around the volume threshold, with noise, silence and long pauses.
"""

from __future__ import annotations

import numpy as np
import pytest
from pipecat.audio.utils import exp_smoothing
from pipecat.audio.vad.vad_analyzer import VADState
from pipecat.audio.volume import AudioVolumeTracker

from agent import vad_volume
from agent.audio_models import SharedSileroVADAnalyzer
from agent.telephony.synthetic_voice import silence, synthetic_speech
from agent.vad_volume import HORIZON, DeferredVolume

RATE = 8000
WINDOW_BYTES = 512  # Silero's 32 ms window at 8 kHz, 16-bit


def noise(seconds: float, dbfs: float, seed: int = 0, rate: int = RATE) -> bytes:
    rng = np.random.default_rng(seed)
    level = 10 ** (dbfs / 20) * 32767
    return (rng.standard_normal(int(rate * seconds)) * level).astype("<i2").tobytes()


def windows(audio: bytes, size: int = WINDOW_BYTES) -> list[bytes]:
    return [audio[i : i + size] for i in range(0, len(audio) - size + 1, size)]


def eager(chunks: list[tuple[bytes, int]]) -> list[float]:
    """pipecat's `VADAnalyzer._get_smoothed_volume`, window after window."""
    tracker, smoothed, out = AudioVolumeTracker(), 0.0, []
    for audio, rate in chunks:
        tracker.update(audio, rate)
        smoothed = exp_smoothing(tracker.volume, smoothed, 0.2)
        out.append(smoothed)
    return out


def speech_with_pauses(gain: float, pauses: tuple[float, ...]) -> bytes:
    out = b""
    for seed, pause in enumerate(pauses, start=1):
        voice = np.frombuffer(synthetic_speech(1.6, seed=seed, statement=seed % 2 == 0), "<i2")
        out += (voice * gain).astype("<i2").tobytes() + silence(pause)
    return out


def test_asked_at_every_window_it_is_pipecats_volume_bit_for_bit():
    audio = speech_with_pauses(0.05, (0.3, 0.8)) + noise(1.0, -50)
    chunks = [(w, RATE) for w in windows(audio)]
    chunks += [(w, 16000) for w in windows(noise(1.0, -40, rate=16000), 1024)]  # a new rate
    volume = DeferredVolume(0.2)
    asked = []
    for audio_chunk, rate in chunks:
        volume.add(audio_chunk, rate)
        asked.append(volume.smoothed())
    assert asked == eager(chunks)
    assert asked[0] == 0.0  # the first 400 ms do not fill the window: pipecat reads 0
    assert max(asked) > 0.6  # loud enough to be heard as speech


def test_asked_after_gaps_it_catches_up_with_the_same_figures():
    audio = speech_with_pauses(0.3, (2.0, 0.5, 1.0))
    chunks = [(w, RATE) for w in windows(audio)]
    expected = eager(chunks)
    volume = DeferredVolume(0.2)
    for k, (audio_chunk, rate) in enumerate(chunks):
        volume.add(audio_chunk, rate)
        if k % 37 == 0 or k == len(chunks) - 1:  # gaps well within the horizon
            assert volume.smoothed() == expected[k]


def test_after_a_gap_longer_than_its_horizon_it_is_off_by_at_most_the_smoothings_decay(
    monkeypatch: pytest.MonkeyPatch,
):
    audio = speech_with_pauses(0.3, (0.2,)) + noise(6.0, -35) + speech_with_pauses(0.1, (0.1,))
    chunks = [(w, RATE) for w in windows(audio)]
    expected = eager(chunks)
    measured = []
    real = vad_volume.calculate_audio_volume
    monkeypatch.setattr(
        vad_volume, "calculate_audio_volume", lambda a, r: measured.append(1) or real(a, r)
    )
    volume = DeferredVolume(0.2)
    gap = HORIZON + 80
    for k, (audio_chunk, rate) in enumerate(chunks):
        volume.add(audio_chunk, rate)
        if k % gap == gap - 1:
            measured.clear()
            value = volume.smoothed()
            assert abs(value - expected[k]) <= 0.8**HORIZON
            assert value != expected[k]  # the skipped windows did count, a little
            assert len(measured) == HORIZON  # never more than its horizon at once


def test_a_listening_line_measures_no_loudness(monkeypatch: pytest.MonkeyPatch):
    measured = []
    monkeypatch.setattr(vad_volume, "calculate_audio_volume", lambda a, r: measured.append(1))
    analyzer = SharedSileroVADAnalyzer()
    analyzer.set_sample_rate(RATE)
    for window in windows(noise(20.0, -60)):  # line noise, nobody talks: 625 windows
        assert analyzer._run_analyzer(window) == VADState.QUIET
    assert measured == []
    # and it keeps only the audio its horizon of windows needs: their 32 ms each, the 400 ms
    # the oldest one reaches back, and what it cuts in one go (another 400 ms and 4 kB)
    assert len(analyzer._volume._audio) <= HORIZON * WINDOW_BYTES + 2 * 6400 + 4096


def vad_states(audio: bytes, defer: bool) -> list[VADState]:
    analyzer = SharedSileroVADAnalyzer()
    analyzer.defer_volume = defer
    analyzer.set_sample_rate(RATE)
    return [analyzer._run_analyzer(window) for window in windows(audio)]


@pytest.mark.parametrize("gain", [1.0, 0.03, 0.015, 0.005])
@pytest.mark.parametrize("noise_dbfs", [None, -60.0, -45.0])
def test_the_vad_decides_window_for_window_as_with_pipecats_volume(gain, noise_dbfs):
    """Levels chosen around the volume threshold (0.6, -50 LUFS): at gain 1 the caller is
    heard, at 0.03 with light noise only for a few windows, at 0.005 never; the pauses of 4
    and 5 s are longer than the horizon."""
    audio = speech_with_pauses(gain, (0.3, 4.0, 0.8, 5.0, 0.1))
    if noise_dbfs is not None:
        voice = np.frombuffer(audio, "<i2").astype(np.int32)
        line = np.frombuffer(noise(len(voice) / RATE + 1, noise_dbfs), "<i2")[: len(voice)]
        audio = np.clip(voice + line, -32768, 32767).astype("<i2").tobytes()
    deferred = vad_states(audio, defer=True)
    assert deferred == vad_states(audio, defer=False)
    if gain == 1.0:
        assert VADState.SPEAKING in deferred
