"""Telnyx media streaming: the caller's number comes from Telnyx's own start message, and the
call runs through the same pipeline as a Twilio call."""

from __future__ import annotations

import asyncio
import base64
import contextlib
import json
import uuid

import pytest
import websockets

from agent.telephony.caller import read_call_start, to_e164
from tests.test_telephony_call import (
    CALLER,
    TELNYX_TOKEN,
    call_of,
    capture_logs,
    mulaw,
    phone_runtime,
    phone_settings,
    serving,
    silence,
    until,
)


@pytest.fixture
async def runtime(clock, tmp_path):
    async with phone_runtime(clock, tmp_path) as rt:
        yield rt


@pytest.fixture
def logs():
    with capture_logs() as lines:
        yield lines


def telnyx_start(caller: str, *, stream_id: str, call_control_id: str) -> dict:
    """As Telnyx sends it: stream_id at the top, call details and media format in `start`."""
    return {
        "event": "start",
        "sequence_number": "1",
        "stream_id": stream_id,
        "start": {
            "user_id": str(uuid.uuid4()),
            "call_control_id": call_control_id,
            "client_state": None,
            "from": caller,
            "to": "+4930123456",
            "media_format": {"encoding": "PCMU", "sample_rate": 8000, "channels": 1},
        },
    }


class FakeSocket:
    """Just enough of a FastAPI websocket for pipecat's start-message parser."""

    def __init__(self, *messages: dict):
        self._messages = [json.dumps(m) for m in messages]

    async def _texts(self):
        for text in self._messages:
            yield text

    def iter_text(self):
        return self._texts()


async def parsed(*messages: dict):
    from pipecat.runner.utils import parse_telephony_websocket

    return await parse_telephony_websocket(FakeSocket(*messages))


@pytest.mark.parametrize(
    ("announced", "caller"),
    [
        ("+4915112345678", "+4915112345678"),
        ("sip:+4915112345678@sip.telnyx.com", "+4915112345678"),
        ("anonymous", None),
        ("", None),
    ],
)
async def test_the_telnyx_start_message_names_the_caller(announced, caller):
    connected = {"event": "connected", "version": "1.0.0"}
    start = telnyx_start(announced, stream_id="st-1", call_control_id="v3:cc-1")

    call = read_call_start("telnyx", *await parsed(connected, start))

    assert call.caller_phone == caller
    assert (call.stream_id, call.call_id, call.outbound_encoding) == ("st-1", "v3:cc-1", "PCMU")


async def test_a_twilio_start_message_on_the_telnyx_socket_is_not_a_telnyx_call():
    twilio_start = {
        "event": "start",
        "start": {"streamSid": "MZ1", "callSid": "CA1", "customParameters": {"from": CALLER}},
        "streamSid": "MZ1",
    }
    with pytest.raises(ValueError):
        read_call_start("telnyx", *await parsed({"event": "connected"}, twilio_start))


@pytest.mark.parametrize(
    ("raw", "e164"),
    [
        ("+49 151 1234 5678", "+4915112345678"),
        ("004915112345678", "+4915112345678"),
        ("tel:+4915112345678", "+4915112345678"),
        ("client:alice", None),
        (None, None),
    ],
)
def test_caller_numbers_are_reduced_to_e164_or_nothing(raw, e164):
    assert to_e164(raw) == e164


class TelnyxMediaStream:
    """The Telnyx side of a media streaming websocket, in Telnyx's published message format:
    `connected`, `start` (caller in `start.from`, codec in `start.media_format`), `media` with
    base64 audio, `dtmf`, `stop`; keeps the media the bot sends back."""

    def __init__(self, ws, caller: str, *, encoding: str = "PCMU"):
        self.ws = ws
        self.caller = caller
        self.encoding = encoding
        self.stream_id = str(uuid.uuid4())
        self.call_control_id = "v3:" + uuid.uuid4().hex
        self.received: list[dict] = []
        self._sequence = 0

    def _next(self) -> str:
        self._sequence += 1
        return str(self._sequence)

    async def connect(self) -> None:
        await self.ws.send(json.dumps({"event": "connected", "version": "1.0.0"}))
        start = telnyx_start(
            self.caller, stream_id=self.stream_id, call_control_id=self.call_control_id
        )
        start["start"]["media_format"]["encoding"] = self.encoding
        start["sequence_number"] = self._next()
        await self.ws.send(json.dumps(start))

    async def media(self, seconds: float = 0.1) -> None:
        payload = base64.b64encode(mulaw(silence(seconds))).decode()
        await self.ws.send(
            json.dumps(
                {
                    "event": "media",
                    "sequence_number": self._next(),
                    "media": {
                        "track": "inbound",
                        "chunk": "1",
                        "timestamp": "0",
                        "payload": payload,
                    },
                    "stream_id": self.stream_id,
                }
            )
        )
        await asyncio.sleep(seconds)

    async def dtmf(self, digit: str) -> None:
        await self.ws.send(
            json.dumps(
                {
                    "event": "dtmf",
                    "stream_id": self.stream_id,
                    "sequence_number": self._next(),
                    "dtmf": {"digit": digit},
                }
            )
        )

    async def stop(self) -> None:
        await self.ws.send(
            json.dumps(
                {
                    "event": "stop",
                    "sequence_number": self._next(),
                    "stop": {"user_id": str(uuid.uuid4()), "call_control_id": self.call_control_id},
                    "stream_id": self.stream_id,
                }
            )
        )

    async def listen(self) -> None:
        try:
            async for raw in self.ws:
                self.received.append(json.loads(raw))
        except websockets.ConnectionClosed:
            pass

    def heard(self) -> bool:
        return any(m.get("event") == "media" for m in self.received)


def telnyx_url(base: str, token: str | None = TELNYX_TOKEN) -> str:
    url = base.replace("http://", "ws://") + "/telnyx/ws"
    return url + (f"?token={token}" if token is not None else "")


@contextlib.asynccontextmanager
async def telnyx_call(base: str, *, caller: str = CALLER, token: str | None = TELNYX_TOKEN, **kw):
    async with websockets.connect(telnyx_url(base, token)) as ws:
        call = TelnyxMediaStream(ws, caller, **kw)
        listener = asyncio.create_task(call.listen())
        await call.connect()
        try:
            yield call
        finally:
            await ws.close()
            await listener


async def test_a_telnyx_call_reaches_the_session_with_its_number_and_ends_on_stop(
    tmp_path, runtime, logs
):
    from agent.server import create_app

    async with serving(create_app(phone_settings(tmp_path), runtime)) as base:
        async with telnyx_call(base) as call:
            # The greeting comes back as Telnyx media events.
            await until(call.heard, feed=call.media)
            await call.dtmf("1")  # a key press is no reason to end anything
            await call.stop()
            await until(lambda: call.ws.state is websockets.State.CLOSED)

    record = await call_of(runtime.ledger, "telnyx")
    assert record.caller_phone == CALLER
    assert record.ended_at is not None and record.end_reason == "hangup"
    media = next(m for m in call.received if m["event"] == "media")
    assert base64.b64decode(media["media"]["payload"])
    assert not any(CALLER in line for line in logs)  # not even at DEBUG level
    assert any(f"telnyx call {call.call_control_id} ended: caller hung up" in line for line in logs)


async def test_only_telnyx_streams_carrying_the_stream_token_are_answered(tmp_path, runtime):
    """Telnyx signs no websocket: the stream URL configured at Telnyx carries the secret."""
    from agent.server import create_app

    async with serving(create_app(phone_settings(tmp_path), runtime)) as base:
        for token in (None, "", "guess", TELNYX_TOKEN[:-1], TELNYX_TOKEN + "x"):
            async with websockets.connect(telnyx_url(base, token)) as ws:
                with contextlib.suppress(websockets.ConnectionClosed):  # refused at once
                    await TelnyxMediaStream(ws, CALLER).connect()
                await until(lambda ws=ws: ws.state is websockets.State.CLOSED)
                assert ws.close_code == 1008
        assert await runtime.ledger.recent_calls() == []

        async with telnyx_call(base) as call:
            await until(call.heard, feed=call.media)
            await call.stop()
            await until(lambda: call.ws.state is websockets.State.CLOSED)
    assert (await call_of(runtime.ledger, "telnyx")).caller_phone == CALLER


async def test_without_its_stream_token_telnyx_is_closed_even_when_twilio_is_configured(
    tmp_path, runtime, logs
):
    """The hole this closes: anyone could open /telnyx/ws, claim a caller's number, list and
    cancel that number's appointments."""
    from agent.server import create_app

    settings = phone_settings(tmp_path, telnyx_stream_token=None)
    async with serving(create_app(settings, runtime)) as base:
        for token in (None, "anything"):
            with pytest.raises(websockets.InvalidStatus) as refused:
                async with websockets.connect(telnyx_url(base, token)):
                    pass
            assert refused.value.response.status_code == 403
    assert await runtime.ledger.recent_calls() == []
    assert any("telnyx: closed (TELNYX_STREAM_TOKEN is not set)" in line for line in logs)
    assert any("twilio: live" in line for line in logs)


async def test_insecure_dev_opens_telnyx_without_a_token_and_says_so_on_every_call(
    tmp_path, runtime, logs
):
    from agent.server import create_app

    settings = phone_settings(tmp_path, telnyx_stream_token=None)
    async with serving(create_app(settings, runtime, insecure_dev=True)) as base:
        async with telnyx_call(base, token=None) as call:
            await until(call.heard, feed=call.media)
            await call.stop()
            await until(lambda: call.ws.state is websockets.State.CLOSED)

    assert (await call_of(runtime.ledger, "telnyx")).caller_phone == CALLER
    assert any("OPEN WITHOUT AUTHENTICATION" in line for line in logs)
    assert any(
        f"telnyx call {call.call_control_id} accepted WITHOUT AUTHENTICATION" in line
        for line in logs
    )


async def test_a_telnyx_stream_in_a_codec_we_cannot_decode_is_refused(tmp_path, runtime, logs):
    from agent.server import create_app

    async with serving(create_app(phone_settings(tmp_path), runtime)) as base:
        async with telnyx_call(base, encoding="OPUS") as call:
            await until(lambda: call.ws.state is websockets.State.CLOSED)
            assert call.ws.close_code == 1008

    assert await runtime.ledger.recent_calls() == []
    assert any("OPUS" in line and "PCMU" in line for line in logs)


async def test_bad_telnyx_frames_are_ignored_and_the_call_goes_on(tmp_path, runtime, logs):
    from agent.server import create_app

    async with serving(create_app(phone_settings(tmp_path), runtime)) as base:
        async with telnyx_call(base) as call:
            await until(call.heard, feed=call.media)
            for frame in (
                "{not json",
                "[]",
                json.dumps({"event": "media", "media": {"payload": 7}}),
            ):
                await call.ws.send(frame)
            for _ in range(5):  # the line goes on carrying audio
                await call.media()
            assert call.ws.state is websockets.State.OPEN
            await call.stop()
            await until(lambda: call.ws.state is websockets.State.CLOSED)

    [end] = [line for line in logs if f"telnyx call {call.call_control_id} ended:" in line]
    assert "caller hung up" in end and "3 bad frames ignored" in end


async def test_the_stream_token_never_reaches_the_log(tmp_path, runtime, logs):
    """uvicorn writes the path and query of every websocket it accepts."""
    from agent.server import create_app

    async with serving(create_app(phone_settings(tmp_path), runtime)) as base:
        async with telnyx_call(base) as call:
            await until(call.heard, feed=call.media)
            await call.stop()
            await until(lambda: call.ws.state is websockets.State.CLOSED)

    assert any("/telnyx/ws?token=***" in line for line in logs)
    assert not any(TELNYX_TOKEN in line for line in logs)


async def test_serve_says_at_start_which_phone_providers_are_live(tmp_path, runtime, logs):
    from agent.server import create_app

    settings = phone_settings(tmp_path, twilio_auth_token=None, telnyx_stream_token=None)
    async with serving(create_app(settings, runtime)):
        pass
    assert any("twilio: closed (TWILIO_AUTH_TOKEN is not set)" in line for line in logs)
    assert any("telnyx: closed (TELNYX_STREAM_TOKEN is not set)" in line for line in logs)
