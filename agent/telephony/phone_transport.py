"""A phone call's websocket transport: pipecat's FastAPI one, telling the pipeline that the bot
is still speaking once a second instead of five times, handing the caller's audio on as it
is read instead of through a queue and a task of its own, and keeping the bot's audio once sent
when nothing after it reads it.

While the bot talks, pipecat's output transport broadcasts a `BotSpeakingFrame` every 0.2 s:
one copy downstream and one upstream through every processor of the call (a queue and a task
hop each, and every observer is handed each push). On a phone call nothing needs it that
often: pipecat's pipeline idle timeout (300 s here) and its wake-phrase strategy (not used)
are its only readers; the turn strategies, the user aggregator and our silence watch go by
`BotStartedSpeakingFrame` / `BotStoppedSpeakingFrame`, which are unchanged. Once a second
costs ~20 % less CPU per second of bot speech on the phone path (README "What the figures
changed").

pipecat's input transport queues every caller audio frame for its audio task, which, with no
audio filter (the phone path has none), only pushes it downstream: per frame a queue, a task
wake-up and an `asyncio.wait_for` (a task and a timer of its own). The phone input transport
pushes the frame downstream from the task that read it, under the same conditions (audio in
and passthrough on, not paused, started and not stopped): the STT gets the same frames in the
order they came.

pipecat's media sender pushes every chunk of the bot's audio on downstream once it has sent it
(12.5 a second while the bot talks): through the processors after the output and the assistant
aggregator, a queue and a task hop each, every push and process handed to the call's observers.
None of them reads it on a phone call (the silence watch and the hearing go by speech and reply
frames; the latency observer takes the first TTS audio as the TTS pushes it, before the output);
only the recorder does, for the bot's side of a recording. The phone output keeps the bot's
audio once sent unless the call records (`bot_audio_onward`, set by `build_pipeline`).

On a line whose provider echoes marks once their audio has played (Twilio, Telnyx; the
serializer's `echoes_marks`), a `HeardMark` does not pass the output when its audio was sent:
it goes on to the provider right behind that audio, and the echo says whether it was heard
(`agent.guard.heard`).

After a barge-in, nothing more of the cut answer goes to the line. The output sends the
provider's `clear` (Twilio, Telnyx drop what they queued) when the interruption reaches it, and
pipecat drops the interruptible audio queued there; two frames still got past that and were sent
behind the `clear`, i.e. played while the caller talks: the chunk the media sender had already
taken off its queue and not yet written (pipecat 1.14 lets it finish), and audio the TTS pushed
into the output just before the interruption, which the interruption (a system frame) overtakes
in the output's input queue. The phone output drops any interruptible bot audio made before the
interruption reached it (pipecat's frame ids only grow): neither path can put old audio behind a
`clear`; audio made after it, the next reply's, and uninterruptible audio go out as before.
"""

from __future__ import annotations

from typing import Any

from pipecat.frames.frames import (
    Frame,
    InputAudioRawFrame,
    InterruptionFrame,
    OutputAudioRawFrame,
    StartFrame,
)
from pipecat.processors.frame_processor import FrameCallback, FrameDirection
from pipecat.transports.base_input import BaseInputTransport
from pipecat.transports.websocket.fastapi import (
    FastAPIWebsocketInputTransport,
    FastAPIWebsocketOutputTransport,
    FastAPIWebsocketTransport,
)
from pipecat.utils.utils import obj_id

from agent.guard.heard import HeardMark

BOT_SPEAKING_PERIOD_SECONDS = 1.0


class _PhoneOutputTransport(FastAPIWebsocketOutputTransport):
    # Frames (pipecat numbers every frame it makes, in order) below this id were made before the
    # latest interruption reached the output: their interruptible audio was cut.
    _cut_below = 0
    # Whether the bot's audio goes on downstream once sent, as pipecat's does (`build_pipeline`
    # turns it off when nothing after the output reads it: `bot_audio_onward`).
    bot_audio_onward = True

    async def queue_frame(
        self,
        frame: Frame,
        direction: FrameDirection = FrameDirection.DOWNSTREAM,
        callback: FrameCallback | None = None,
    ) -> None:
        if isinstance(frame, InterruptionFrame):  # before it overtakes the frames queued here
            self._cut_below = obj_id()
        await super().queue_frame(frame, direction, callback)

    def _cut(self, frame: Frame) -> bool:
        """Bot audio of what the caller interrupted: never sent after the `clear`."""
        return (
            isinstance(frame, OutputAudioRawFrame)
            and frame.interruptible
            and frame.id < self._cut_below
        )

    async def process_frame(self, frame: Frame, direction: FrameDirection) -> None:
        # audio the interruption overtook in this processor's input queue
        if direction == FrameDirection.DOWNSTREAM and self._cut(frame):
            return
        await super().process_frame(frame, direction)

    async def write_audio_frame(self, frame: OutputAudioRawFrame) -> bool:
        # a chunk the media sender took off its queue before the interruption came
        if self._cut(frame):
            return False  # not sent: not pushed on either
        return await super().write_audio_frame(frame)

    async def start(self, frame: StartFrame) -> None:
        await super().start(frame)  # pipecat 1.14 makes its media senders here
        for sender in self._media_senders.values():
            if not hasattr(sender, "_bot_speaking_frame_period"):  # a pipecat that changed
                raise AttributeError("pipecat's MediaSender has no _bot_speaking_frame_period")
            sender._bot_speaking_frame_period = BOT_SPEAKING_PERIOD_SECONDS

    async def push_frame(self, frame: Frame, direction: FrameDirection = FrameDirection.DOWNSTREAM):
        # pipecat's media sender pushes each chunk of bot audio on once it was sent; with nothing
        # after the output reading it, it ends here (the module's docstring)
        if (
            not self.bot_audio_onward
            and isinstance(frame, OutputAudioRawFrame)
            and direction is FrameDirection.DOWNSTREAM
        ):
            return
        # pipecat's media sender pushes a frame queued behind audio once that audio was sent
        if isinstance(frame, HeardMark) and getattr(self._params.serializer, "echoes_marks", False):
            await self._write_frame(frame)  # behind its audio on the socket; echoed once played
            return
        await super().push_frame(frame, direction)


class AudioStraightOn(BaseInputTransport):
    """An input transport that pushes caller audio downstream from the task that read it."""

    async def push_audio_frame(self, frame: InputAudioRawFrame) -> None:
        params = self._params
        if params.audio_in_filter is not None:  # a filter works in pipecat's audio task
            await super().push_audio_frame(frame)
            return
        # pipecat 1.14's audio task exists from `set_transport_ready` until stop or cancel;
        # it pushes a frame on only with audio and passthrough (`_audio_task_handler`).
        started = self._audio_task is not None
        if params.audio_in_enabled and not self._paused and started:
            if frame.audio and params.audio_in_passthrough:
                await self.push_frame(frame)


class _PhoneInputTransport(AudioStraightOn, FastAPIWebsocketInputTransport):
    pass


class PhoneWebsocketTransport(FastAPIWebsocketTransport):
    """`FastAPIWebsocketTransport` whose output says "bot speaking" once a second and whose
    input hands caller audio on as it is read."""

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self._input = _PhoneInputTransport(self, self._client, self._params, name=self._input_name)
        self._output = _PhoneOutputTransport(
            self, self._client, self._params, name=self._output_name
        )
