"""A transport for typed calls: text in, the bot's spoken text out.

Used by the console, the replays and the tests. The caller's lines enter as `InputTextRawFrame`
(the text STT stand-in turns each into a user turn); what reaches the output is what passed the
confirmation guard and the TTS, collected per reply.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field

from pipecat.frames.frames import (
    Frame,
    InputTextRawFrame,
    InterruptionFrame,
    LLMFullResponseEndFrame,
    TTSStoppedFrame,
    TTSTextFrame,
)
from pipecat.processors.frame_processor import FrameDirection, FrameProcessor
from pipecat.transports.base_transport import BaseTransport

from agent.pipeline import REPLY_COMPLETE
from agent.silence import ends_speech


@dataclass
class BotReply:
    """What the caller heard in one reply (sentences in order, joined in `text`)."""

    sentences: list[str] = field(default_factory=list)
    interrupted: bool = False

    @property
    def text(self) -> str:
        return " ".join(s.strip() for s in self.sentences if s.strip())


class TextInput(FrameProcessor):
    """The caller's side: each typed line goes into the pipeline."""

    async def send_text(self, text: str) -> None:
        await self.push_frame(InputTextRawFrame(text))

    async def process_frame(self, frame: Frame, direction: FrameDirection):
        await super().process_frame(frame, direction)
        await self.push_frame(frame, direction)


class TextOutput(FrameProcessor):
    """The caller's ear: collects spoken text until the bot's reply is complete."""

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self._current = BotReply()
        self.replies: asyncio.Queue[BotReply] = asyncio.Queue()
        self.heard: list[BotReply] = []  # every reply, complete or interrupted, in order
        self.first_speech_done = asyncio.Event()  # the greeting has been spoken
        # `ends_speech` frames taken in since the last interruption (the silence watch sees
        # them after, unless an interruption drops them on the way)
        self.speech_ends = 0
        self.interruptions = 0

    async def process_frame(self, frame: Frame, direction: FrameDirection):
        await super().process_frame(frame, direction)
        if direction == FrameDirection.DOWNSTREAM:
            await self.collect(frame)
        await self.push_frame(frame, direction)

    async def collect(self, frame: Frame) -> None:
        """Take in one downstream frame that reached the caller."""
        if isinstance(frame, InterruptionFrame):
            self.interruptions += 1
            self.speech_ends = 0
        if ends_speech(frame):
            self.speech_ends += 1
        if isinstance(frame, TTSTextFrame) and frame.text.strip():
            self._current.sentences.append(frame.text)
        elif isinstance(frame, LLMFullResponseEndFrame) and frame.metadata.get(REPLY_COMPLETE):
            await self._finish(interrupted=False)
        elif isinstance(frame, InterruptionFrame) and self._current.sentences:
            await self._finish(interrupted=True)
        elif isinstance(frame, TTSStoppedFrame):
            self.first_speech_done.set()

    def take_unprompted(self) -> BotReply:
        """Text spoken outside any reply so far (the greeting), handed over once."""
        reply, self._current = self._current, BotReply()
        return reply

    async def _finish(self, *, interrupted: bool) -> None:
        reply, self._current = self._current, BotReply()
        reply.interrupted = interrupted
        self.heard.append(reply)
        if not interrupted:
            await self.replies.put(reply)


class TextTransport(BaseTransport):
    """Input and output processors for a typed call."""

    text_only = True

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self._input = TextInput(name="text-input")
        self._output = TextOutput(name="text-output")

    def input(self) -> TextInput:
        return self._input

    def output(self) -> TextOutput:
        return self._output
