"""Smart Turn v3's Whisper log-mel features, as pipecat computes them, without the work that
repeats.

pipecat's `compute_whisper_log_mel_features` (`_whisper_features.py`) takes the 8 s window it is
given, normalizes it, pads it by reflection (`np.pad`, a third of the features' CPU for 400
samples) and runs an rFFT, the mel filterbank and a log over all 801 frames of 25 ms. Smart
Turn's window is the caller's speech padded with zeros at its start to 8 s: after a turn of 2 s
about three quarters of the window is that padding, one value throughout, so those frames all
have the same spectrum. Here the reflection is two slices, and a run of leading frames that see
one value only is computed once and repeated: the same numbers (tests/test_smart_turn_features.py
holds them to pipecat's on the synthetic caller's speech and on noise), a fraction of the work.
The ONNX run, ~95 % of an inference, is not touched (agent/audio_models.py).
"""

from __future__ import annotations

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view
from pipecat.audio.turn.smart_turn import _whisper_features as whisper

N_SAMPLES = whisper._SAMPLING_RATE * 8  # 128000: the model's 8 s window at 16 kHz
N_FFT = whisper._N_FFT  # 400 samples a frame
HOP = whisper._HOP_LENGTH  # 160 samples between frames
_PAD = N_FFT // 2
# pipecat's constants, float64 as its spectrogram uses them.
_WINDOW = whisper._HANN_WINDOW.astype(np.float64)
_MEL_T = whisper._MEL_FILTERS.T


def log_mel_features(audio: np.ndarray) -> np.ndarray:
    """pipecat's `compute_whisper_log_mel_features(audio, do_normalize=True)` for a window of
    exactly 8 s at 16 kHz (what Smart Turn's analyzer hands it): float32, shape (80, 800)."""
    if audio.ndim != 1 or audio.size != N_SAMPLES:
        return whisper.compute_whisper_log_mel_features(audio, do_normalize=True)
    x = np.asarray(audio, dtype=np.float32)
    x = (x - x.mean()) / np.sqrt(x.var() + whisper._NORM_VARIANCE_EPS)  # as pipecat, float32
    wave = x.astype(np.float64)
    # np.pad(wave, (200, 200), mode="reflect"), as slices.
    padded = np.concatenate((wave[_PAD:0:-1], wave, wave[-2 : -_PAD - 2 : -1]))
    frames = sliding_window_view(padded, N_FFT)[::HOP][:-1]  # pipecat drops the last one
    # Leading frames that see one value only (the padding before the speech, and its reflection
    # at the window's start) have one spectrum: computed for the first and repeated.
    varying = np.flatnonzero(padded != padded[0])
    first_varying = varying[0] if varying.size else padded.size
    same = min(len(frames), max(0, (first_varying - N_FFT) // HOP + 1))
    rows = frames[same - 1 :] if same else frames
    spectrum = np.fft.rfft(rows * _WINDOW, axis=-1)
    mel = np.maximum(whisper._MEL_FLOOR, _MEL_T @ (np.abs(spectrum) ** 2).T)
    log_spec = np.log10(mel)
    if same:
        log_spec = np.concatenate((np.repeat(log_spec[:, :1], same, axis=1), log_spec[:, 1:]), 1)
    log_spec = np.maximum(log_spec, log_spec.max() - 8.0)
    return ((log_spec + 4.0) / 4.0).astype(np.float32)
