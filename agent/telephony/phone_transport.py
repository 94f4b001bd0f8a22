"""A phone call's websocket transport: pipecat's FastAPI one, telling the pipeline that the bot
is still speaking once a second instead of five times.

While the bot talks, pipecat's output transport broadcasts a `BotSpeakingFrame` every 0.2 s:
one copy downstream and one upstream through every processor of the call (a queue and a task
hop each, and every observer is handed each push). On a phone call nothing needs it that
often: pipecat's pipeline idle timeout (300 s here) and its wake-phrase strategy (not used)
are its only readers; the turn strategies, the user aggregator and our silence watch go by
`BotStartedSpeakingFrame` / `BotStoppedSpeakingFrame`, which are unchanged. Once a second
costs ~20 % less CPU per second of bot speech on the phone path (README "What the figures
changed").
"""

from __future__ import annotations

from typing import Any

from pipecat.frames.frames import StartFrame
from pipecat.transports.websocket.fastapi import (
    FastAPIWebsocketOutputTransport,
    FastAPIWebsocketTransport,
)

BOT_SPEAKING_PERIOD_SECONDS = 1.0


class _PhoneOutputTransport(FastAPIWebsocketOutputTransport):
    async def start(self, frame: StartFrame) -> None:
        await super().start(frame)  # pipecat 1.14 makes its media senders here
        for sender in self._media_senders.values():
            if not hasattr(sender, "_bot_speaking_frame_period"):  # a pipecat that changed
                raise AttributeError("pipecat's MediaSender has no _bot_speaking_frame_period")
            sender._bot_speaking_frame_period = BOT_SPEAKING_PERIOD_SECONDS


class PhoneWebsocketTransport(FastAPIWebsocketTransport):
    """`FastAPIWebsocketTransport` whose output says "bot speaking" once a second."""

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self._output = _PhoneOutputTransport(
            self, self._client, self._params, name=self._output_name
        )
