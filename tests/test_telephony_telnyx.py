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


async def test_a_telnyx_call_reaches_the_session_with_its_number_and_ends_on_stop(
    tmp_path, runtime, logs
):
    from agent.server import create_app

    stream_id = str(uuid.uuid4())
    async with serving(create_app(phone_settings(tmp_path), runtime)) as base:
        async with websockets.connect(base.replace("http://", "ws://") + "/telnyx/ws") as ws:
            received: list[dict] = []

            async def listen() -> None:
                try:
                    async for raw in ws:
                        received.append(json.loads(raw))
                except websockets.ConnectionClosed:
                    pass

            listener = asyncio.create_task(listen())
            await ws.send(json.dumps({"event": "connected", "version": "1.0.0"}))
            await ws.send(
                json.dumps(telnyx_start(CALLER, stream_id=stream_id, call_control_id="v3:cc"))
            )

            async def quiet_line() -> None:
                payload = base64.b64encode(mulaw(silence(0.1))).decode()
                await ws.send(json.dumps({"event": "media", "media": {"payload": payload}}))
                await asyncio.sleep(0.1)

            # The greeting comes back as Telnyx media events.
            await until(lambda: any(m.get("event") == "media" for m in received), feed=quiet_line)
            await ws.send(json.dumps({"event": "stop", "stream_id": stream_id, "stop": {}}))
            await until(lambda: ws.state is websockets.State.CLOSED)
            await listener

    record = await call_of(runtime.ledger, "telnyx")
    assert record.caller_phone == CALLER
    assert record.ended_at is not None and record.end_reason == "hangup"
    assert base64.b64decode(next(m for m in received if m["event"] == "media")["media"]["payload"])
    assert not any(CALLER in line for line in logs)  # not even at DEBUG level


async def test_with_a_stream_token_only_telnyx_streams_carrying_it_are_answered(tmp_path, runtime):
    """Telnyx signs no websocket: the stream URL configured at Telnyx carries the secret."""
    from agent.server import create_app

    settings = phone_settings(tmp_path, telnyx_stream_token="telnyx-secret")
    ws_url = "/telnyx/ws"
    async with serving(create_app(settings, runtime)) as base:
        base_ws = base.replace("http://", "ws://")
        for query in ("", "?token=guess", "?token=telnyx-secre"):
            async with websockets.connect(base_ws + ws_url + query) as ws:
                with contextlib.suppress(websockets.ConnectionClosed):  # refused at once
                    await ws.send(json.dumps({"event": "connected", "version": "1.0.0"}))
                    start = telnyx_start(CALLER, stream_id="s", call_control_id="c")
                    await ws.send(json.dumps(start))
                await until(lambda ws=ws: ws.state is websockets.State.CLOSED)
                assert ws.close_code == 1008
        assert await runtime.ledger.recent_calls() == []

        async with websockets.connect(base_ws + ws_url + "?token=telnyx-secret") as ws:
            media: list[dict] = []

            async def listen() -> None:
                try:
                    async for raw in ws:
                        media.append(json.loads(raw))
                except websockets.ConnectionClosed:
                    pass

            listener = asyncio.create_task(listen())
            await ws.send(json.dumps({"event": "connected", "version": "1.0.0"}))
            await ws.send(json.dumps(telnyx_start(CALLER, stream_id="s2", call_control_id="c2")))

            async def quiet_line() -> None:
                payload = base64.b64encode(mulaw(silence(0.1))).decode()
                await ws.send(json.dumps({"event": "media", "media": {"payload": payload}}))
                await asyncio.sleep(0.1)

            await until(lambda: any(m.get("event") == "media" for m in media), feed=quiet_line)
            await ws.send(json.dumps({"event": "stop", "stream_id": "s2", "stop": {}}))
            await until(lambda: ws.state is websockets.State.CLOSED)
            await listener
    assert (await call_of(runtime.ledger, "telnyx")).caller_phone == CALLER


async def test_serve_warns_when_its_phone_endpoints_are_unauthenticated(tmp_path, runtime, logs):
    from agent.server import create_app

    async with serving(create_app(phone_settings(tmp_path), runtime)):
        pass
    assert any("TWILIO_AUTH_TOKEN is not set" in line for line in logs)
    assert any("TELNYX_STREAM_TOKEN is not set" in line for line in logs)
