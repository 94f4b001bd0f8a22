"""The provider serializers behind the frame guard hear the caller exactly as pipecat's own:
a media frame is parsed and decoded once (by the guard), and the PCM that reaches the pipeline
is, byte for byte, what pipecat's Twilio and Telnyx serializers make of the same stream."""

from __future__ import annotations

import audioop
import base64
import json
from types import SimpleNamespace

import numpy as np
import pytest
from pipecat.frames.frames import InputAudioRawFrame, InputDTMFFrame
from pipecat.serializers.telnyx import TelnyxFrameSerializer
from pipecat.serializers.twilio import TwilioFrameSerializer

from agent.telephony.caller import CallStart
from agent.telephony.frame_guard import StreamGuard
from agent.telephony.serializers import build_serializer

RATE = 8000


def caller_audio(seconds: float) -> bytes:
    t = np.arange(int(RATE * seconds)) / RATE
    tone = 0.3 * np.sin(2 * np.pi * 240 * t) * (1 + np.sin(2 * np.pi * 3 * t)) / 2
    return (tone * 32767).astype("<i2").tobytes()


def media(payload: bytes) -> str:
    return json.dumps(
        {
            "event": "media",
            "media": {"track": "inbound", "payload": base64.b64encode(payload).decode()},
        }
    )


async def ours_and_pipecats(provider: str, encoding: str, pipeline_rate: int):
    start = CallStart(provider, "MZ1", "CA1", "+4915112345678", outbound_encoding=encoding)
    stopped = []
    ours = build_serializer(start, lambda: stopped.append(True), StreamGuard("t", per_second=1e9))
    if provider == "twilio":
        stock = TwilioFrameSerializer(
            "MZ1", "CA1", params=TwilioFrameSerializer.InputParams(auto_hang_up=False)
        )
    else:
        stock = TelnyxFrameSerializer(
            stream_id="MZ1",
            call_control_id="CA1",
            outbound_encoding=encoding,
            inbound_encoding="PCMU",
            params=TelnyxFrameSerializer.InputParams(auto_hang_up=False),
        )
    setup = SimpleNamespace(audio_in_sample_rate=pipeline_rate)
    for serializer in (ours, stock):
        await serializer.setup(setup)
    return ours, stock


@pytest.mark.parametrize(
    "provider, encoding, pipeline_rate",
    [("twilio", "PCMU", 8000), ("twilio", "PCMU", 16000), ("telnyx", "PCMU", 8000),
     ("telnyx", "PCMA", 8000)],
)  # fmt: skip
async def test_the_caller_is_heard_as_pipecats_serializer_hears_them(
    provider, encoding, pipeline_rate
):
    ours, stock = await ours_and_pipecats(provider, encoding, pipeline_rate)
    pcm = caller_audio(1.0)
    encode = audioop.lin2ulaw if encoding == "PCMU" else audioop.lin2alaw
    wire = encode(pcm, 2)
    heard, expected = bytearray(), bytearray()
    for offset in range(0, len(wire), 160):  # 20 ms frames, as the providers send them
        message = media(wire[offset : offset + 160])
        for serializer, into in ((ours, heard), (stock, expected)):
            frame = await serializer.deserialize(message)
            if frame is not None:
                assert isinstance(frame, InputAudioRawFrame)
                assert frame.sample_rate == pipeline_rate and frame.num_channels == 1
                into += frame.audio
    assert len(heard) == len(expected) > 0
    if pipeline_rate == RATE:
        assert heard == expected
    else:  # resampled by soxr, which differs from itself by a sample's last bits run to run
        ours_pcm, stock_pcm = (
            np.frombuffer(bytes(b), "<i2").astype(int) for b in (heard, expected)
        )
        assert np.abs(ours_pcm - stock_pcm).max() <= 8


async def test_other_events_still_go_through_pipecats_serializer_and_stop_ends_the_call():
    start = CallStart("twilio", "MZ1", "CA1", None)
    stopped = []
    serializer = build_serializer(
        start, lambda: stopped.append(True), StreamGuard("t", per_second=1e9)
    )
    await serializer.setup(SimpleNamespace(audio_in_sample_rate=RATE))
    dtmf = await serializer.deserialize(json.dumps({"event": "dtmf", "dtmf": {"digit": "5"}}))
    assert isinstance(dtmf, InputDTMFFrame) and dtmf.button.value == "5"
    assert (
        await serializer.deserialize(json.dumps({"event": "mark", "mark": {"name": "x"}})) is None
    )
    assert await serializer.deserialize(media(b"")) is None  # no audio, no frame
    assert not stopped
    assert await serializer.deserialize(json.dumps({"event": "stop", "stop": {}})) is None
    assert stopped == [True]
