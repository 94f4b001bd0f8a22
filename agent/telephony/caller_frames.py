"""Caller audio into the pipeline in frames that each complete a VAD window.

Twilio and Telnyx send 20 ms of audio per message, and pipecat moves every frame through the
same machinery whatever its length (a queue and a task per processor, observers, the VAD and
turn strategies): per call, fifty times a second, most of a phone call's CPU. Silero judges
32 ms windows, so a frame that does not complete one changes no decision: it is held and goes
in with the next frame, the one that completes a window. 31.25 frames a second instead of 50,
and no speech start or stop is noticed later than with 20 ms frames.
"""

from __future__ import annotations

from agent.audio_models import SILERO_WINDOW_SECONDS


class WindowAlignedFrames:
    """Collects one stream's PCM (16-bit mono); `add` returns the audio of a frame to send,
    once it completes a window, else None (held)."""

    def __init__(self, window_seconds: float = SILERO_WINDOW_SECONDS):
        self._window_seconds = window_seconds
        self._held = bytearray()
        self._samples = 0  # since the stream began

    def add(self, pcm: bytes, sample_rate: int) -> bytes | None:
        if not pcm:
            return None
        window = max(1, round(sample_rate * self._window_seconds))
        windows_before = self._samples // window
        self._samples += len(pcm) // 2
        if self._samples // window == windows_before:
            self._held += pcm
            return None
        if not self._held:
            return pcm
        audio = bytes(self._held + pcm)
        self._held.clear()
        return audio
