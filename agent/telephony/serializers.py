"""The providers' wire protocols (pipecat's serializers), wrapped with what they do not do: keep
a stream's frames within a rate and a shape (`StreamGuard`), and tell us when the provider says
the call is over.

pipecat's transport ends the call when its serializer raises, and its serializers raise on JSON
that is not an object or on invalid base64. The guard reads each frame first; only frames that
pass go on, and anything pipecat still raises on is skipped and counted. A media frame (fifty a
second per call) is not parsed again: its audio, decoded by the guard, becomes PCM here the way
pipecat's own `deserialize` converts it, and enters the pipeline in frames aligned with the
VAD's windows (`caller_frames`); every other event goes through pipecat's `deserialize`.

Marks (told means heard, `agent.guard.heard`): Twilio plays what we sent and echoes a mark we
send behind it once the audio before it has played (and every pending one at once when it gets
our `clear`). Telnyx's media streaming documents the same (its WebSocket reference, "Mark
Frame" / "Mark Callback Frame": the mark comes back when the media immediately before it
finishes playing, or at once when nothing is queued; a `clear` returns the queued marks). Both
serializers write a `HeardMark` as the provider's `mark` message and turn its echo into a
`LineMark`; whether that echo means heard is the hearing's to say. pipecat's serializers do
neither (they drop both).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from pipecat.audio.utils import alaw_to_pcm, ulaw_to_pcm
from pipecat.frames.frames import Frame, InputAudioRawFrame
from pipecat.serializers.base_serializer import FrameSerializer
from pipecat.serializers.telnyx import TelnyxFrameSerializer
from pipecat.serializers.twilio import TwilioFrameSerializer

from agent.guard.heard import HeardMark, LineMark
from agent.telephony.caller import CallStart
from agent.telephony.caller_frames import WindowAlignedFrames
from agent.telephony.frame_guard import StreamGuard

# What pipecat's Telnyx serializer decodes; Telnyx streams can also be G722, OPUS, AMR-WB, L16.
TELNYX_ENCODINGS = ("PCMU", "PCMA")


class _Guarded:
    """Mixed into a provider serializer, before it in the MRO."""

    _on_stop: Callable[[], None]
    _guard: StreamGuard
    _frames: WindowAlignedFrames
    _sample_rate: int  # the pipeline's input rate (pipecat's serializer sets it up)
    # True: the provider echoes our marks once played; `HeardMark`s go to it (phone_transport)
    echoes_marks = False

    async def deserialize(self, data: str | bytes):
        if not self._guard.allow():
            return None
        read = self._guard.read(data)
        if read is None:
            return None
        if read.event == "stop":  # the caller hung up
            self._on_stop()
            return None
        if read.event == "mark" and self.echoes_marks:
            return self._echo(read.message)
        try:
            if read.audio is not None:
                audio = self._frames.add(await self._to_pcm(read.audio), self._sample_rate)
                if audio is None:
                    return None
                return InputAudioRawFrame(
                    audio=audio, num_channels=1, sample_rate=self._sample_rate
                )
            return await super().deserialize(data)  # type: ignore[misc]
        except Exception:  # a frame pipecat cannot take is one frame, not the call
            self._guard.reject("refused by the serializer")
            return None

    async def _to_pcm(self, payload: bytes) -> bytes:
        """The provider's 8 kHz audio as PCM at the pipeline's input rate."""
        raise NotImplementedError

    def _echo(self, message: dict) -> LineMark | None:
        mark = message.get("mark")
        name = mark.get("name") if isinstance(mark, dict) else None
        if not isinstance(name, str) or not name:
            self._guard.reject("mark without a name")
            return None
        return LineMark(label=name)


class _TwilioSerializer(_Guarded, TwilioFrameSerializer):
    echoes_marks = True

    def __init__(self, *, on_stop: Callable[[], None], guard: StreamGuard, **kwargs: Any):
        super().__init__(**kwargs)
        self._on_stop = on_stop
        self._guard = guard
        self._frames = WindowAlignedFrames()

    async def serialize(self, frame: Frame) -> str | bytes | None:
        if isinstance(frame, HeardMark):  # Twilio echoes it once the audio before it played
            mark = {"event": "mark", "streamSid": self._stream_sid, "mark": {"name": frame.label}}
            return json.dumps(mark)
        return await super().serialize(frame)

    async def _to_pcm(self, payload: bytes) -> bytes:
        return await ulaw_to_pcm(
            payload, self._twilio_sample_rate, self._sample_rate, self._input_resampler
        )


class _TelnyxSerializer(_Guarded, TelnyxFrameSerializer):
    echoes_marks = True

    def __init__(self, *, on_stop: Callable[[], None], guard: StreamGuard, **kwargs: Any):
        super().__init__(**kwargs)
        self._on_stop = on_stop
        self._guard = guard
        self._frames = WindowAlignedFrames()

    async def serialize(self, frame: Frame) -> str | bytes | None:
        if isinstance(frame, HeardMark):  # Telnyx sends it back once the media before it played
            return json.dumps({"event": "mark", "mark": {"name": frame.label}})
        return await super().serialize(frame)

    async def _to_pcm(self, payload: bytes) -> bytes:
        # pipecat decodes what Telnyx sends by `outbound_encoding` (the stream's codec).
        encoding = self._params.outbound_encoding
        if encoding not in TELNYX_ENCODINGS:
            raise ValueError(f"unsupported encoding {encoding}")
        convert = ulaw_to_pcm if encoding == "PCMU" else alaw_to_pcm
        return await convert(
            payload, self._telnyx_sample_rate, self._sample_rate, self._input_resampler
        )


def build_serializer(
    start: CallStart, on_stop: Callable[[], None], guard: StreamGuard
) -> FrameSerializer:
    # No auto hang-up: it would need the provider's REST credentials, and our calls end when
    # the caller hangs up; the bot never hangs up on anyone.
    if start.provider == "twilio":
        return _TwilioSerializer(
            on_stop=on_stop,
            guard=guard,
            stream_sid=start.stream_id,
            call_sid=start.call_id,
            params=TwilioFrameSerializer.InputParams(auto_hang_up=False),
        )
    return _TelnyxSerializer(
        on_stop=on_stop,
        guard=guard,
        stream_id=start.stream_id,
        call_control_id=start.call_id,
        outbound_encoding=start.outbound_encoding,
        inbound_encoding="PCMU",
        params=TelnyxFrameSerializer.InputParams(auto_hang_up=False),
    )
