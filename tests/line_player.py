"""A telephony provider's player for tests over a real socket: it plays the bot's audio as
Twilio and Telnyx do, and echoes our marks as they document it.

The bot's audio is queued and played at real time `buffer_seconds` late (the provider's queue,
the network, its jitter buffer; made long in tests so the gap is seen). A mark is echoed once
the audio sent before it has played (at once when nothing is queued); `clear` drops the queue
and echoes every pending mark at once. Mixed into a fake provider stream, which sends the echo
in its provider's format (`_send_echo`) and hands each message it receives to `_play`.
"""

from __future__ import annotations

import asyncio
import base64
import time
from dataclasses import dataclass

from agent.telephony.synthetic_voice import SAMPLE_RATE


@dataclass
class Echo:
    name: str
    why: str  # "played": the audio before it was played; "cleared": our clear dropped it
    at: float  # monotonic


class PlaysLikeTheLine:
    """The player (see the module docstring). Its state is set up by `_start_playing`."""

    buffer_seconds: float
    echoes: list[Echo]
    marks_at: dict[str, float]  # mark name -> when we got it (monotonic)
    cleared_at: list[float]
    bot_audio: bytearray
    _plays_until: float  # monotonic: when the audio queued so far has been played
    _pending: list[tuple[float, str]]  # (due, name)

    def _start_playing(self, buffer_seconds: float) -> None:
        self.buffer_seconds = buffer_seconds
        self.echoes, self.marks_at, self.cleared_at = [], {}, []
        self._plays_until, self._pending = 0.0, []

    async def _send_echo(self, name: str) -> None:
        raise NotImplementedError

    async def _play(self, message: dict, now: float) -> None:
        event = message.get("event")
        if event == "media":
            audio = base64.b64decode(message["media"]["payload"])
            self.bot_audio += audio
            begins = max(now + self.buffer_seconds, self._plays_until)
            self._plays_until = begins + len(audio) / SAMPLE_RATE
        elif event == "mark":
            name = message["mark"]["name"]
            self.marks_at[name] = now
            self._pending.append((max(now, self._plays_until), name))
        elif event == "clear":
            self.cleared_at.append(now)
            self._plays_until = now
            pending, self._pending = self._pending, []
            for _, name in pending:
                await self._echo(name, "cleared")

    async def _echo_played(self) -> None:
        while True:
            now = time.monotonic()
            while self._pending and self._pending[0][0] <= now:
                _, name = self._pending.pop(0)
                await self._echo(name, "played")
            await asyncio.sleep(0.01)

    async def _echo(self, name: str, why: str) -> None:
        self.echoes.append(Echo(name, why, time.monotonic()))
        await self._send_echo(name)

    def outcome_marks(self) -> list[str]:
        """The names of the marks sent behind outcomes and summaries, in order."""
        return [name for name in self.marks_at if name.startswith("heard-")]

    def speech_marks(self) -> list[str]:
        """The names of the marks sent behind the bot's other words, in order."""
        return [name for name in self.marks_at if name.startswith("said-")]

    def echo_of(self, mark: str) -> Echo | None:
        return next((e for e in self.echoes if e.name == mark), None)

    def clears_since(self, mark: str) -> list[float]:
        """When we were told to clear after `mark` came."""
        return [at for at in self.cleared_at if at > self.marks_at[mark]]
