"""Smart Turn v3 hears a call's turn end exactly as pipecat's own analyzer does, at a fraction
of the feature extraction's work.

The model reads the last 8 s of the caller's audio; a shorter turn is padded with zeros before
the speech, and those frames all have one spectrum, computed once (agent/smart_turn_features.py).
The features must be pipecat's, number for number, whatever the audio: the synthetic caller's
turns of every length the phone tests use and more, noise, silence, audio longer than 8 s. And
the verdicts (probability and prediction) of the server's analyzer must be the stock analyzer's
on the same turns, from the 8 kHz phone audio through the resampling to the ONNX run.
"""

from __future__ import annotations

import numpy as np
import pytest
import soxr
from pipecat.audio.turn.smart_turn._whisper_features import compute_whisper_log_mel_features
from pipecat.audio.turn.smart_turn.local_smart_turn_v3 import LocalSmartTurnAnalyzerV3

from agent.audio_models import SharedSmartTurnAnalyzer
from agent.smart_turn_features import N_SAMPLES, log_mel_features
from agent.telephony.synthetic_voice import SAMPLE_RATE, silence, synthetic_speech


def phone_turn(seconds: float, seed: int, *, statement: bool, quiet: float = 0.2) -> np.ndarray:
    """A caller's turn as Smart Turn gets it: 8 kHz float audio, the speech then the VAD's
    silence."""
    pcm = synthetic_speech(seconds, seed, statement=statement) + silence(quiet)
    return np.frombuffer(pcm, np.int16).astype(np.float32) / 32768


def model_window(audio_8k: np.ndarray) -> np.ndarray:
    """What pipecat's analyzer hands the features: 16 kHz, the last 8 s, zeros before."""
    audio = soxr.resample(audio_8k, SAMPLE_RATE, 16000, quality="HQ")[-N_SAMPLES:]
    return np.pad(audio, (N_SAMPLES - len(audio), 0))


TURNS = [
    (seconds, seed, statement)
    for seconds in (0.3, 1.2, 1.6, 2.5, 4.0, 7.8, 9.0)
    for seed in (1, 2, 7)
    for statement in (True, False)
]


@pytest.mark.parametrize(("seconds", "seed", "statement"), TURNS)
def test_the_features_of_a_callers_turn_are_pipecats_number_for_number(seconds, seed, statement):
    window = model_window(phone_turn(seconds, seed, statement=statement))
    expected = compute_whisper_log_mel_features(window, do_normalize=True)
    features = log_mel_features(window)
    assert features.dtype == expected.dtype and features.shape == expected.shape == (80, 800)
    assert np.array_equal(features, expected)


@pytest.mark.parametrize(
    "window",
    [
        np.zeros(N_SAMPLES, np.float32),  # digital silence: one value throughout
        np.random.default_rng(3).standard_normal(N_SAMPLES).astype(np.float32),  # no padding
        np.concatenate([np.zeros(N_SAMPLES - 300, np.float32), np.ones(300, np.float32)]),
        np.concatenate([np.full(N_SAMPLES - 5000, 0.25, np.float32), np.zeros(5000, np.float32)]),
    ],
    ids=["silence", "noise", "a click at the end", "a level then zeros"],
)
def test_the_features_of_unusual_windows_are_pipecats_too(window):
    expected = compute_whisper_log_mel_features(window, do_normalize=True)
    assert np.array_equal(log_mel_features(window), expected)


def test_a_window_not_of_8_s_is_left_to_pipecats_own_extractor():
    short = phone_turn(1.6, 1, statement=True)
    expected = compute_whisper_log_mel_features(short, do_normalize=True)
    assert np.array_equal(log_mel_features(short), expected)


VERDICT_TURNS = [(0.3, 1, True), (1.6, 1, True), (1.6, 7, False), (2.5, 2, True)]
VERDICT_TURNS += [(4.0, 7, True), (9.0, 2, False), (1.2, 2, False)]


def test_the_servers_analyzer_gives_the_stock_analyzers_verdicts_on_every_turn():
    stock, shared = LocalSmartTurnAnalyzerV3(), SharedSmartTurnAnalyzer()
    for analyzer in (stock, shared):
        analyzer._sample_rate = SAMPLE_RATE  # the phone path's 8 kHz, resampled as pipecat does
    verdicts = []
    for seconds, seed, statement in VERDICT_TURNS:
        audio = phone_turn(seconds, seed, statement=statement)
        expected = stock._predict_endpoint(audio)
        assert shared._predict_endpoint(audio) == expected
        verdicts.append(expected["prediction"])
    assert set(verdicts) == {0, 1}  # the turns include finished and unfinished ones
