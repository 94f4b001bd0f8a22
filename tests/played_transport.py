"""A typed call whose bot audio is played in real time, as on a phone line.

`TextTransport`'s output is a plain processor: what the TTS makes reaches it at once, so a typed
caller "hears" a sentence the moment it is written. `PlayedTextTransport`'s output is pipecat's
own `BaseOutputTransport`, which plays the audio chunk by chunk at its real pace (here: sleeps
as long as each chunk lasts), passes a sentence's text on only once its audio has been played,
and drops what is unplayed when the caller interrupts: what a Twilio or Telnyx call does. The
caller still types (text STT stand-in); replies are collected after the output, as
`TextOutput` collects them."""

from __future__ import annotations

import asyncio

from pipecat.frames.frames import Frame, OutputAudioRawFrame
from pipecat.processors.frame_processor import FrameDirection
from pipecat.transports.base_output import BaseOutputTransport
from pipecat.transports.base_transport import TransportParams

from agent.text_transport import BotReply, TextOutput, TextTransport


class PlayedOutput(BaseOutputTransport):
    """Plays the bot's audio in real time; `played` counts the seconds played so far."""

    def __init__(self, **kwargs):
        super().__init__(TransportParams(audio_out_enabled=True), name="played-output", **kwargs)
        self._ear = TextOutput(name="played-ear")
        self.played = 0.0

    @property
    def replies(self) -> asyncio.Queue[BotReply]:
        return self._ear.replies

    @property
    def heard(self) -> list[BotReply]:
        return self._ear.heard

    @property
    def speech_ends(self) -> int:
        return self._ear.speech_ends

    @property
    def interruptions(self) -> int:
        return self._ear.interruptions

    @property
    def first_speech_done(self) -> asyncio.Event:
        return self._ear.first_speech_done

    def take_unprompted(self) -> BotReply:
        return self._ear.take_unprompted()

    async def start(self, frame) -> None:
        await super().start(frame)
        await self.set_transport_ready(frame)

    async def write_audio_frame(self, frame: OutputAudioRawFrame) -> bool:
        seconds = len(frame.audio) / (2 * frame.num_channels * frame.sample_rate)
        await asyncio.sleep(seconds)
        self.played += seconds
        return True

    async def push_frame(self, frame: Frame, direction: FrameDirection = FrameDirection.DOWNSTREAM):
        if direction == FrameDirection.DOWNSTREAM:
            await self._ear.collect(frame)  # what passed the output: the caller heard it
        await super().push_frame(frame, direction)

    async def played_for(self, seconds: float) -> None:
        """Return once `seconds` more of audio have been played from now (no wall-clock deadline
        of its own: a loaded machine plays later; audio never played meets the suite's timeout)."""
        target = self.played + seconds
        while self.played < target:  # noqa: ASYNC110 (the output counts as it plays)
            await asyncio.sleep(0.01)


class PlayedTextTransport(TextTransport):
    """Typed input, real-time played output (see the module docstring)."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self._played = PlayedOutput()

    def output(self) -> PlayedOutput:  # type: ignore[override]
        return self._played
