"""The provider serializers behind the frame guard hear the caller exactly as pipecat's own:
a media frame is parsed and decoded once (by the guard), and the PCM that reaches the pipeline
is, byte for byte, what pipecat's Twilio and Telnyx serializers make of the same stream. It
enters in fewer frames, each completing a VAD window, and the VAD decides on the same provider
frame as it would with every 20 ms frame."""

from __future__ import annotations

import audioop
import base64
import json
from types import SimpleNamespace

import numpy as np
import pytest
from pipecat.audio.vad.vad_analyzer import VADState
from pipecat.frames.frames import InputAudioRawFrame, InputDTMFFrame
from pipecat.serializers.telnyx import TelnyxFrameSerializer
from pipecat.serializers.twilio import TwilioFrameSerializer

from agent.audio_models import SharedSileroVADAnalyzer
from agent.guard.heard import HeardMark, LineMark
from agent.telephony.caller import CallStart
from agent.telephony.caller_frames import WindowAlignedFrames
from agent.telephony.frame_guard import StreamGuard
from agent.telephony.serializers import build_serializer
from tests.test_agent_caller_audio import pcm16, voiced

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
    # at most the last 20 ms wait for the frame that completes the next window
    window, twenty_ms = int(pipeline_rate * 0.032) * 2, int(pipeline_rate * 0.02) * 2
    assert 0 <= len(expected) - len(heard) < twenty_ms
    assert len(heard) // window == len(expected) // window > 0
    expected = expected[: len(heard)]
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
    assert await serializer.deserialize(media(b"")) is None  # no audio, no frame
    assert not stopped
    assert await serializer.deserialize(json.dumps({"event": "stop", "stop": {}})) is None
    assert stopped == [True]


async def test_twilios_echo_of_a_mark_becomes_a_line_mark_and_our_mark_goes_out_as_twilios():
    """Told means heard (agent/guard/heard.py): Twilio echoes a mark once the audio before it
    has played; the serializer only turns the echo into a frame and the mark into a message."""
    start = CallStart("twilio", "MZ1", "CA1", None)
    guard = StreamGuard("t", per_second=1e9)
    serializer = build_serializer(start, lambda: None, guard)
    await serializer.setup(SimpleNamespace(audio_in_sample_rate=RATE))
    echo = await serializer.deserialize(json.dumps({"event": "mark", "mark": {"name": "x"}}))
    assert isinstance(echo, LineMark) and echo.label == "x"
    assert await serializer.deserialize(json.dumps({"event": "mark", "mark": {}})) is None
    assert "mark without a name" in guard.summary()
    sent = json.loads(await serializer.serialize(HeardMark(outcome_id=1, label="heard-1-1")))
    assert sent == {"event": "mark", "streamSid": "MZ1", "mark": {"name": "heard-1-1"}}


async def test_telnyx_echoes_marks_as_twilio_does_and_our_mark_goes_out_as_telnyxs():
    """Telnyx's media streaming reference ("Mark Frame", "Mark Callback Frame"): a mark sent
    after media comes back when that media has finished playing (at once when nothing is
    queued; a clear returns the queued ones). Its echo is a `LineMark`, our mark its message."""
    start = CallStart("telnyx", "S1", "v3:1", None, outbound_encoding="PCMU")
    guard = StreamGuard("t", per_second=1e9)
    serializer = build_serializer(start, lambda: None, guard)
    await serializer.setup(SimpleNamespace(audio_in_sample_rate=RATE))
    assert serializer.echoes_marks
    echo = {"event": "mark", "sequence_number": "9", "stream_id": "S1", "mark": {"name": "x"}}
    line_mark = await serializer.deserialize(json.dumps(echo))
    assert isinstance(line_mark, LineMark) and line_mark.label == "x"
    assert await serializer.deserialize(json.dumps({"event": "mark"})) is None
    assert "mark without a name" in guard.summary()
    sent = json.loads(await serializer.serialize(HeardMark(outcome_id=1, label="heard-1-1")))
    assert sent == {"event": "mark", "mark": {"name": "heard-1-1"}}


def test_caller_audio_enters_in_frames_that_each_complete_a_vad_window():
    frames = WindowAlignedFrames()
    sent, samples = [], 0
    for _ in range(100):  # 2 s of 20 ms frames
        audio = frames.add(bytes(320), RATE)
        samples += 160
        if audio is not None:
            sent.append((samples, len(audio) // 2))
    assert len(sent) == 62  # 2 s / 32 ms windows, not 100 frames
    window = 256
    for (at, size), previous in zip(sent, [(0, 0), *sent], strict=False):
        assert at // window > previous[0] // window  # each completes a window...
        assert size == at - previous[0]  # ...and carries everything held since the last
    assert frames.add(b"", RATE) is None


async def test_the_vad_changes_its_mind_on_the_same_provider_frame_as_with_every_frame():
    speech = pcm16(voiced(1.2, seed=4))
    pcm = bytes(RATE) + speech + bytes(2 * RATE) + speech + bytes(RATE)
    every, aligned = SharedSileroVADAnalyzer(), SharedSileroVADAnalyzer()
    for analyzer in (every, aligned):
        analyzer.set_sample_rate(RATE)
    frames = WindowAlignedFrames()
    states_every, states_aligned = [], []
    state = VADState.QUIET
    for offset in range(0, len(pcm), 320):
        chunk = pcm[offset : offset + 320]
        states_every.append(await every.analyze_audio(chunk))
        audio = frames.add(chunk, RATE)
        if audio is not None:
            state = await aligned.analyze_audio(audio)
        states_aligned.append(state)
    assert states_aligned == states_every
    assert states_every.count(VADState.SPEAKING) > 0 and states_every[-1] == VADState.QUIET
