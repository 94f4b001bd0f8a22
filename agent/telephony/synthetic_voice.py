"""A synthetic caller's voice for offline phone tests and benchmarks.

A pure tone or plain noise does not make Silero report speech; voiced syllables do: a pulse train
at a wandering pitch through changing vowel formants, amplitude-modulated at syllable rate. With
a falling pitch (the end of a statement), Smart Turn v3 also takes it for a finished sentence.
"""

from __future__ import annotations

import audioop

import numpy as np

SAMPLE_RATE = 8000  # telephony
_VOWELS = [(700, 1220, 2600), (300, 2300, 3000), (500, 900, 2400), (400, 2000, 2550)]


def _resonator(signal: np.ndarray, freq: float, bandwidth: float) -> np.ndarray:
    """A two-pole formant filter (what a vocal tract does to the glottal pulses)."""
    r = np.exp(-np.pi * bandwidth / SAMPLE_RATE)
    a1, a2 = -2 * r * np.cos(2 * np.pi * freq / SAMPLE_RATE), r * r
    out = np.zeros_like(signal)
    y1 = y2 = 0.0
    gain = 1 - r
    for i, x in enumerate(signal):
        y = gain * x - a1 * y1 - a2 * y2
        out[i] = y
        y2, y1 = y1, y
    return out


def synthetic_speech(seconds: float = 1.2, seed: int = 7, *, statement: bool = False) -> bytes:
    """16-bit PCM at 8 kHz. `statement`: pitch falling 180 -> 80 Hz and the vowel order drawn
    from the seed, which Smart Turn v3 judges finished (~0.9 for seconds=1.6, seed=1; other
    seeds and lengths land near 0.5). Otherwise a level pitch around 120 Hz."""
    rng = np.random.default_rng(seed)
    n = int(SAMPLE_RATE * seconds)
    t = np.arange(n) / SAMPLE_RATE
    if statement:
        pitch = np.linspace(180, 80, n) + 10 * np.sin(2 * np.pi * 1.5 * t)
    else:
        pitch = 120 + 20 * np.sin(2 * np.pi * 1.5 * t)
    pulses = (np.diff(np.floor(np.cumsum(pitch / SAMPLE_RATE)), prepend=0) > 0).astype(float)
    source = pulses + 0.02 * rng.standard_normal(n)
    syllable = int(SAMPLE_RATE * 0.25)
    voice = np.zeros(n)
    for k, begin in enumerate(range(0, n, syllable)):
        vowel = _VOWELS[(k * 3 + seed) % 4] if statement else _VOWELS[k % 4]
        segment = source[begin : begin + syllable]
        for freq, bandwidth in zip(vowel, (80, 100, 120), strict=True):
            segment = _resonator(segment, freq, bandwidth)
        voice[begin : begin + syllable] = segment
    envelope = 0.5 * (1 - np.cos(2 * np.pi * 4 * t))
    voice = voice / np.max(np.abs(voice)) * envelope * 0.7
    return (voice * 32767).astype("<i2").tobytes()


def silence(seconds: float) -> bytes:
    """16-bit PCM silence at 8 kHz."""
    return bytes(2 * int(SAMPLE_RATE * seconds))


def mulaw(pcm: bytes) -> bytes:
    """16-bit PCM -> mu-law, as Twilio and Telnyx carry it."""
    return audioop.lin2ulaw(pcm, 2)
