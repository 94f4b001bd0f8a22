"""A caller who barges in hears nothing more of the answer they cut off (the phone output).

On a barge-in the phone output sends the provider's `clear` (Twilio, Telnyx): the provider drops
the audio it has queued. Any audio of the cut answer sent after that `clear` is played: a
fragment of the old answer while the caller talks. pipecat's output drops the interruptible
audio it has queued when the interruption reaches it, but two frames can still get past it:

- the chunk its audio task has already taken off the queue and not yet written (pipecat 1.14
  lets the frame being written finish), and
- a frame the TTS pushed into the output just before the interruption: the interruption is a
  system frame and overtakes it in the output's input queue, so the frame is handled after the
  interruption, and its audio queued and sent after the `clear`.

The phone output drops both (agent/telephony/phone_transport.py): no interruptible audio made
before the interruption reached the output goes to the line after it. The next reply's audio
goes out as always. These specs drive each race on purpose: a processor after the output holds
the audio task between taking the chunk and writing it; frames are queued into the output back
to back so that the interruption overtakes the audio.
"""

from __future__ import annotations

import asyncio
import audioop
import base64
import json

from pipecat.frames.frames import (
    BotStartedSpeakingFrame,
    Frame,
    InterruptionFrame,
    TTSAudioRawFrame,
)
from pipecat.pipeline.pipeline import Pipeline
from pipecat.pipeline.runner import WorkerRunner
from pipecat.pipeline.worker import PipelineParams, PipelineWorker
from pipecat.processors.frame_processor import FrameDirection, FrameProcessor
from pipecat.transports.websocket.fastapi import FastAPIWebsocketParams
from starlette.websockets import WebSocketState

from agent.telephony.caller import CallStart
from agent.telephony.frame_guard import StreamGuard
from agent.telephony.media_stream import AUDIO_OUT_10MS_CHUNKS, PHONE_SAMPLE_RATE
from agent.telephony.phone_transport import PhoneWebsocketTransport
from agent.telephony.serializers import build_serializer

CHUNK = AUDIO_OUT_10MS_CHUNKS * PHONE_SAMPLE_RATE // 100 * 2  # bytes of PCM per 80 ms message
WAIT = 10.0  # seconds: a bound on waiting for what must come, never a measured figure


def pcm(level: int, chunks: int) -> bytes:
    """`chunks` messages' worth of 16-bit PCM at one level: each reply sounds different."""
    return level.to_bytes(2, "little", signed=True) * (CHUNK // 2 * chunks)


def on_the_line(level: int) -> str:
    """The payload of a Twilio media message carrying one chunk at `level`."""
    return base64.b64encode(audioop.lin2ulaw(pcm(level, 1), 2)).decode()


OLD, NEW = 1000, -2000  # the cut answer, the next reply


class Line:
    """The provider's end of the media websocket: what the call sent to it, in order."""

    client_state = WebSocketState.CONNECTED
    application_state = WebSocketState.CONNECTED

    def __init__(self) -> None:
        self.sent: list[dict] = []
        self._changed = asyncio.Event()

    async def send_text(self, data: str) -> None:
        self.sent.append(json.loads(data))
        self._changed.set()

    async def send_bytes(self, data: bytes) -> None:
        raise AssertionError("Twilio's media stream is JSON")

    async def close(self, code: int = 1000, reason: str | None = None) -> None:
        self.application_state = WebSocketState.DISCONNECTED

    async def receive(self) -> dict:
        await asyncio.Event().wait()  # the caller's side says nothing here
        return {}

    async def until(self, sent) -> None:
        async def wait() -> None:
            while not sent(self.sent):
                self._changed.clear()
                await self._changed.wait()

        await asyncio.wait_for(wait(), WAIT)

    def after_clear(self) -> list[str]:
        """The audio payloads sent after the (one) `clear`."""
        events = [m["event"] for m in self.sent]
        assert events.count("clear") == 1, events
        after = self.sent[events.index("clear") + 1 :]
        return [m["media"]["payload"] for m in after if m["event"] == "media"]


def cleared(sent: list[dict]) -> bool:
    return any(m["event"] == "clear" for m in sent)


def heard(level: int):
    return lambda sent: any(
        m["event"] == "media" and m["media"]["payload"] == on_the_line(level) for m in sent
    )


def sent_twice(level: int):
    return lambda sent: sum(heard(level)([m]) for m in sent) == 2


class HoldsBotStarted(FrameProcessor):
    """After the output: holds the first "bot started speaking" the output pushes down. The
    output's audio task pushes it between taking the first chunk off its queue and writing it,
    so while it is held that chunk is taken and not yet sent."""

    def __init__(self) -> None:
        super().__init__()
        self.holding = asyncio.Event()
        self.release = asyncio.Event()

    async def queue_frame(self, frame: Frame, direction=FrameDirection.DOWNSTREAM, callback=None):
        if isinstance(frame, BotStartedSpeakingFrame) and not self.holding.is_set():
            self.holding.set()
            await self.release.wait()
        await super().queue_frame(frame, direction, callback)

    async def process_frame(self, frame: Frame, direction: FrameDirection):
        await super().process_frame(frame, direction)
        await self.push_frame(frame, direction)


async def phone_output(after: list[FrameProcessor], drive) -> Line:
    """A Twilio call's output transport, `after` processors behind it; `drive(output, line)`
    runs once the pipeline has started, and the call is cancelled when it is done."""
    line = Line()
    start = CallStart(provider="twilio", stream_id="MZ1", call_id="CA1", caller_phone=None)
    transport = PhoneWebsocketTransport(
        websocket=line,  # type: ignore[arg-type]
        params=FastAPIWebsocketParams(
            audio_out_enabled=True,
            audio_out_10ms_chunks=AUDIO_OUT_10MS_CHUNKS,
            add_wav_header=False,
            allowed_origins=[],
            serializer=build_serializer(start, lambda: None, StreamGuard("t", per_second=100)),
        ),
    )
    output = transport.output()
    worker = PipelineWorker(
        Pipeline([output, *after]),
        params=PipelineParams(
            audio_in_sample_rate=PHONE_SAMPLE_RATE, audio_out_sample_rate=PHONE_SAMPLE_RATE
        ),
        cancel_on_idle_timeout=False,
        enable_rtvi=False,
    )
    started = asyncio.Event()

    @worker.event_handler("on_pipeline_started")
    async def _started(worker, frame):
        started.set()

    async def run() -> None:
        await asyncio.wait_for(started.wait(), WAIT)
        try:
            await drive(output, line)
        finally:
            await worker.cancel()

    runner = WorkerRunner(handle_sigint=False)
    await runner.add_workers(worker)
    await asyncio.gather(runner.run(), run())
    return line


async def test_a_chunk_taken_for_sending_when_the_caller_barges_in_is_not_sent_after_the_clear():
    """The output's audio task has taken the first chunk of the answer and not written it when
    the interruption arrives: the `clear` goes out, and that chunk must not follow it. The next
    reply is sent whole."""
    held = HoldsBotStarted()

    async def drive(output, line: Line) -> None:
        await output.queue_frame(TTSAudioRawFrame(pcm(OLD, 3), PHONE_SAMPLE_RATE, 1))
        await asyncio.wait_for(held.holding.wait(), WAIT)  # chunk 1 taken, not yet sent
        await output.queue_frame(InterruptionFrame())
        await line.until(cleared)
        held.release.set()  # the audio task goes on with the chunk it took
        await output.queue_frame(TTSAudioRawFrame(pcm(NEW, 2), PHONE_SAMPLE_RATE, 1))
        await line.until(sent_twice(NEW))

    sent = await phone_output([held], drive)
    assert sent.after_clear() == [on_the_line(NEW)] * 2
    assert sent.sent[0]["event"] == "clear"  # the chunk was held: nothing went out before


async def test_audio_the_interruption_overtook_in_the_outputs_queue_is_not_sent_after_the_clear():
    """The TTS pushed the last piece of the answer into the output right before the
    interruption; the interruption, a system frame, is handled first. That piece must not be
    sent after the `clear`; the next reply is sent whole."""

    async def drive(output, line: Line) -> None:
        await output.queue_frame(TTSAudioRawFrame(pcm(OLD, 1), PHONE_SAMPLE_RATE, 1))
        await line.until(heard(OLD))  # the answer is playing
        # back to back: both wait in the output's input queue, the interruption goes first
        await output.queue_frame(TTSAudioRawFrame(pcm(OLD, 2), PHONE_SAMPLE_RATE, 1))
        await output.queue_frame(InterruptionFrame())
        await line.until(cleared)
        await output.queue_frame(TTSAudioRawFrame(pcm(NEW, 2), PHONE_SAMPLE_RATE, 1))
        await line.until(sent_twice(NEW))

    sent = await phone_output([], drive)
    assert sent.after_clear() == [on_the_line(NEW)] * 2


async def test_uninterruptible_audio_taken_for_sending_still_goes_out_after_a_barge_in():
    """Audio marked uninterruptible is played through a barge-in (pipecat keeps it queued); the
    phone output does not drop it either."""
    held = HoldsBotStarted()

    async def drive(output, line: Line) -> None:
        kept = TTSAudioRawFrame(pcm(NEW, 2), PHONE_SAMPLE_RATE, 1)
        kept.interruptible = False
        await output.queue_frame(kept)
        await asyncio.wait_for(held.holding.wait(), WAIT)
        await output.queue_frame(InterruptionFrame())
        await line.until(cleared)
        held.release.set()
        await line.until(sent_twice(NEW))

    sent = await phone_output([held], drive)
    assert sent.after_clear() == [on_the_line(NEW)] * 2
