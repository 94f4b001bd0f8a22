"""A phone call over Twilio Media Streams, end to end: a websocket client that behaves like
Twilio (connected, start with the caller's number, mu-law media at real-time pace, mark, stop)
talks to `serve`'s app on a real socket. Speech services are the offline stand-ins; Silero VAD
is the real one, so the caller's "speech" must be speech-like enough for it.
"""

from __future__ import annotations

import asyncio
import base64
import json
import re
import socket
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import httpx
import pytest
import uvicorn
import websockets

from agent.telephony.synthetic_voice import SAMPLE_RATE, mulaw, silence, synthetic_speech

CHUNK = 160  # 20 ms of mu-law at 8 kHz: what Twilio sends per media message


# -- Twilio, as seen from our server ---------------------------------------------------------


@dataclass
class TwilioMediaStream:
    """The Twilio side of a Media Streams websocket: sends what Twilio sends, keeps what the
    bot sends back."""

    ws: websockets.ClientConnection
    caller: str | None
    call_sid: str = field(default_factory=lambda: "CA" + uuid.uuid4().hex)
    stream_sid: str = field(default_factory=lambda: "MZ" + uuid.uuid4().hex)
    parameters: dict[str, str] = field(default_factory=dict)
    received: list[dict] = field(default_factory=list)
    bot_audio: bytearray = field(default_factory=bytearray)
    _sequence: int = 0
    _chunk: int = 0

    def _next(self) -> str:
        self._sequence += 1
        return str(self._sequence)

    async def _send(self, message: dict) -> None:
        await self.ws.send(json.dumps(message))

    async def connect(self) -> None:
        await self._send({"event": "connected", "protocol": "Call", "version": "1.0.0"})
        custom = dict(self.parameters)
        if self.caller is not None:
            custom["from"] = self.caller
        await self._send(
            {
                "event": "start",
                "sequenceNumber": self._next(),
                "start": {
                    "accountSid": "AC" + "0" * 32,
                    "streamSid": self.stream_sid,
                    "callSid": self.call_sid,
                    "tracks": ["inbound"],
                    "mediaFormat": {"encoding": "audio/x-mulaw", "sampleRate": 8000, "channels": 1},
                    "customParameters": custom,
                },
                "streamSid": self.stream_sid,
            }
        )

    async def play(self, pcm: bytes) -> None:
        """Send audio as Twilio does: 20 ms mu-law chunks, paced by the wall clock."""
        loop = asyncio.get_running_loop()
        audio = mulaw(pcm)
        begin = loop.time()
        for k, offset in enumerate(range(0, len(audio), CHUNK)):
            self._chunk += 1
            payload = base64.b64encode(audio[offset : offset + CHUNK]).decode()
            await self._send(
                {
                    "event": "media",
                    "sequenceNumber": self._next(),
                    "media": {
                        "track": "inbound",
                        "chunk": str(self._chunk),
                        "timestamp": str(self._chunk * 20),
                        "payload": payload,
                    },
                    "streamSid": self.stream_sid,
                }
            )
            delay = begin + (k + 1) * 0.02 - loop.time()
            if delay > 0:
                await asyncio.sleep(delay)

    async def mark(self, name: str) -> None:
        await self._send(
            {
                "event": "mark",
                "sequenceNumber": self._next(),
                "streamSid": self.stream_sid,
                "mark": {"name": name},
            }
        )

    async def stop(self) -> None:
        await self._send(
            {
                "event": "stop",
                "sequenceNumber": self._next(),
                "streamSid": self.stream_sid,
                "stop": {"accountSid": "AC" + "0" * 32, "callSid": self.call_sid},
            }
        )

    async def listen(self) -> None:
        """Collect everything the server sends until it closes the socket."""
        try:
            async for raw in self.ws:
                message = json.loads(raw)
                self.received.append(message)
                if message.get("event") == "media":
                    assert message["streamSid"] == self.stream_sid
                    self.bot_audio += base64.b64decode(message["media"]["payload"])
        except websockets.ConnectionClosed:
            pass

    def bot_seconds_since(self, offset: int) -> float:
        """Seconds of bot audio received after the first `offset` bytes."""
        return (len(self.bot_audio) - offset) / SAMPLE_RATE


@asynccontextmanager
async def serving(app) -> AsyncIterator[str]:
    """`serve`'s app under uvicorn on an ephemeral loopback port; yields its http base URL."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(app, log_level="warning"))
    task = asyncio.create_task(server.serve(sockets=[sock]))
    try:
        while not server.started:
            if task.done():
                task.result()
                raise RuntimeError("server did not start")
            await asyncio.sleep(0.02)
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        await task
        sock.close()


# -- the call --------------------------------------------------------------------------------

CALLER = "+4915112345678"
ASKED = "Ich hätte gern eine Dauerwelle bei Fabian am Donnerstag um zehn."
OFFER = "Donnerstag um zehn ist frei und für Sie reserviert. Auf welchen Namen darf ich buchen?"
# Thursday 2026-11-26, two days after the pinned clock; Fabian works, the salon is open.
STANDIN_SCRIPT = {
    "transcripts": [ASKED],
    "turns": [
        [
            {
                "tool_calls": [
                    {
                        "name": "check_availability",
                        "arguments": {
                            "service": "Dauerwelle",
                            "stylist": "Fabian",
                            "date": "2026-11-26",
                            "weekday": "Donnerstag",
                            "time": "10:00",
                        },
                    }
                ]
            },
            {"say": OFFER},
        ]
    ],
}


def phone_settings(tmp_path: Path, **overrides):
    """Offline speech services from STANDIN_SCRIPT, real Silero VAD, a short end-of-turn
    silence (the default Smart Turn model is not what these tests are about)."""
    from agent.config import Settings

    script = tmp_path / "standin.yaml"
    script.write_text(json.dumps(STANDIN_SCRIPT, ensure_ascii=False), encoding="utf-8")
    values = dict(
        calcom_api_key=None,
        deepgram_api_key=None,
        openai_api_key=None,
        twilio_auth_token=None,
        public_base_url=None,
        stt_provider="text",
        llm_provider="scripted",
        tts_provider="text",
        standin_script=script,
        turn_detection="silence",
        turn_silence_seconds=0.4,
        ledger_path=tmp_path / "ledger.sqlite3",
    )
    values.update(overrides)
    return Settings(_env_file=None, **values)


@asynccontextmanager
async def phone_runtime(clock, tmp_path: Path):
    """The calendar side of `serve` (embedded sandbox on the pinned clock, ledger in memory)."""
    from calendar_adapter.runtime import open_calendar

    async with open_calendar(phone_settings(tmp_path), clock=clock, ledger_path=":memory:") as rt:
        yield rt


@pytest.fixture
async def runtime(clock, tmp_path):
    async with phone_runtime(clock, tmp_path) as rt:
        yield rt


async def until(condition, *, feed=None, limit: float = 20.0) -> None:
    """Wait for `condition()` (sync or async); meanwhile `feed()` keeps the line alive, as
    Twilio streams silence between words. `limit` only guards against hanging forever."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + limit
    while True:
        result = condition()
        if asyncio.iscoroutine(result):
            result = await result
        if result:
            return
        if loop.time() > deadline:
            raise AssertionError("condition never became true")
        if feed is not None:
            await feed()
        else:
            await asyncio.sleep(0.05)


@asynccontextmanager
async def twilio_call(base: str, *, caller: str | None = CALLER, parameters=None):
    async with websockets.connect(base.replace("http://", "ws://") + "/twilio/ws") as ws:
        call = TwilioMediaStream(ws, caller, parameters=dict(parameters or {}))
        listener = asyncio.create_task(call.listen())
        await call.connect()
        try:
            yield call
        finally:
            await ws.close()
            await listener


async def bot_said(ledger, call_id: str) -> list[str]:
    """What the bot finished saying, as the call's timeline has it."""
    events = await ledger.timeline(call_id)
    return [e.data["text"] for e in events if e.kind == "bot_said" and not e.data["interrupted"]]


async def call_of(ledger, mode: str):
    calls = [c for c in await ledger.recent_calls() if c.mode == mode]
    assert len(calls) == 1, calls
    return calls[0]


async def test_a_twilio_caller_is_answered_and_hanging_up_releases_the_hold(
    tmp_path, runtime, logs
):
    from agent.server import create_app
    from calendar_adapter.ledger import AppointmentState

    ledger, sandbox = runtime.ledger, runtime.sandbox
    app = create_app(phone_settings(tmp_path), runtime)
    async with serving(app) as base, twilio_call(base) as call:
        await call.play(silence(0.2) + synthetic_speech() + silence(0.2))
        spoken_until = len(call.bot_audio)

        async def held() -> bool:
            calls = await ledger.recent_calls()
            return bool(calls) and bool(await ledger.appointments_for_call(calls[0].call_id))

        # The caller waits, on a line carrying silence, for the answer to be spoken.
        await until(held, feed=lambda: call.play(silence(0.2)))
        record = await call_of(ledger, "twilio")
        [appointment] = await ledger.appointments_for_call(record.call_id)
        assert appointment.state is AppointmentState.HELD
        assert appointment.caller_phone == CALLER
        assert len(sandbox.active_reservations()) == 1

        # The answer is spoken to the end, as media on this websocket.
        await until(lambda: bot_said(ledger, record.call_id), feed=lambda: call.play(silence(0.2)))
        assert (await bot_said(ledger, record.call_id))[-1] == OFFER
        assert call.bot_seconds_since(spoken_until) >= 2.0

        await call.mark("answer-played")
        await call.stop()
        await until(lambda: call.ws.state is websockets.State.CLOSED)

    assert record.caller_phone == CALLER
    ended = await ledger.get_call(record.call_id)
    assert ended.ended_at is not None and ended.end_reason == "hangup"
    assert sandbox.active_reservations() == []
    [appointment] = await ledger.appointments_for_call(record.call_id)
    assert appointment.state is AppointmentState.RELEASED
    kinds = [e.kind for e in await ledger.timeline(record.call_id)]
    assert "hold_placed" in kinds and "hold_released" in kinds
    said = [e.data["text"] for e in await ledger.timeline(record.call_id) if e.kind == "user_said"]
    assert said == [ASKED]
    assert not any(CALLER in line for line in logs)  # masked everywhere, DEBUG included


async def test_a_dropped_websocket_ends_the_call_and_releases_the_hold(tmp_path, runtime):
    from agent.server import create_app
    from calendar_adapter.ledger import AppointmentState

    ledger, sandbox = runtime.ledger, runtime.sandbox
    async with serving(create_app(phone_settings(tmp_path), runtime)) as base:
        async with twilio_call(base) as call:
            await call.play(silence(0.2) + synthetic_speech() + silence(0.2))
            await until(lambda: sandbox.active_reservations(), feed=lambda: call.play(silence(0.2)))
            record = await call_of(ledger, "twilio")
        # no `stop`: the connection just went away

        async def ended() -> bool:
            return (await ledger.get_call(record.call_id)).ended_at is not None

        await until(ended)

    assert sandbox.active_reservations() == []
    [appointment] = await ledger.appointments_for_call(record.call_id)
    assert appointment.state is AppointmentState.RELEASED


@contextmanager
def capture_logs(level: str = "DEBUG") -> Iterator[list[str]]:
    from loguru import logger

    lines: list[str] = []
    handler = logger.add(lambda message: lines.append(str(message)), level=level)
    try:
        yield lines
    finally:
        logger.remove(handler)


@pytest.fixture
def logs():
    with capture_logs() as lines:
        yield lines


async def closed_by_server(call: TwilioMediaStream) -> int | None:
    await until(lambda: call.ws.state is websockets.State.CLOSED)
    return call.ws.close_code


async def test_without_speech_keys_a_call_is_refused_naming_the_variable(tmp_path, runtime, logs):
    from agent.server import create_app

    settings = phone_settings(tmp_path, stt_provider="deepgram", llm_provider="openai")
    async with serving(create_app(settings, runtime)) as base, twilio_call(base) as call:
        assert await closed_by_server(call) == 1008

    assert any("refused" in line and "DEEPGRAM_API_KEY" in line for line in logs)
    assert await runtime.ledger.recent_calls() == []
    assert not any(CALLER in line for line in logs)  # numbers are masked in logs


async def test_with_an_auth_token_a_stream_twilio_did_not_open_is_refused(tmp_path, runtime):
    from agent.server import create_app
    from agent.telephony import twilio

    settings = phone_settings(tmp_path, twilio_auth_token="twilio-test-token")
    async with serving(create_app(settings, runtime)) as base:
        async with twilio_call(base) as forged:
            assert await closed_by_server(forged) == 1008
        async with twilio_call(base, parameters={"token": "0" * 64}) as guessed:
            assert await closed_by_server(guessed) == 1008

        # A token is bound to its call: another call's genuine token does not open this one.
        other_calls = twilio.stream_token(
            "twilio-test-token", "CA" + uuid.uuid4().hex, CALLER, issued_at=time.time()
        )
        async with twilio_call(base, parameters={"token": other_calls}) as replayed:
            assert await closed_by_server(replayed) == 1008
        assert await runtime.ledger.recent_calls() == []


async def test_a_stream_token_opens_one_stream_only(tmp_path, runtime):
    """Twilio's start message carries the token minted in the signed TwiML; whoever sees that
    start message (a log, a proxy) cannot open a second call with it."""
    from agent.server import create_app
    from agent.telephony import twilio

    settings = phone_settings(tmp_path, twilio_auth_token="twilio-test-token")
    async with serving(create_app(settings, runtime)) as base:
        async with httpx.AsyncClient() as http:
            form = {"CallSid": "CA" + uuid.uuid4().hex, "From": CALLER}
            signature = twilio.compute_signature(
                "twilio-test-token", f"{base}/twilio/voice", form.items()
            )
            twiml = await http.post(
                f"{base}/twilio/voice", data=form, headers={"X-Twilio-Signature": signature}
            )
        [token] = re.findall(r'name="token" value="([^"]+)"', twiml.text)
        ws_url = base.replace("http://", "ws://") + "/twilio/ws"
        async with websockets.connect(ws_url) as ws:
            first = TwilioMediaStream(
                ws, CALLER, call_sid=form["CallSid"], parameters={"token": token}
            )
            listener = asyncio.create_task(first.listen())
            await first.connect()
            await until(lambda: first.bot_audio, feed=lambda: first.play(silence(0.1)))
            async with websockets.connect(ws_url) as ws2:
                again = TwilioMediaStream(
                    ws2, CALLER, call_sid=form["CallSid"], parameters={"token": token}
                )
                await again.connect()
                assert await closed_by_server(again) == 1008
            await first.stop()
            await until(lambda: first.ws.state is websockets.State.CLOSED)
            await listener

    calls = [c for c in await runtime.ledger.recent_calls() if c.mode == "twilio"]
    assert len(calls) == 1


async def test_a_stream_token_carries_its_callers_number(tmp_path, runtime):
    from agent.server import create_app
    from agent.telephony import twilio

    settings = phone_settings(tmp_path, twilio_auth_token="twilio-test-token")
    async with serving(create_app(settings, runtime)) as base:
        sid = "CA" + uuid.uuid4().hex
        token = twilio.stream_token("twilio-test-token", sid, CALLER, issued_at=time.time())
        async with websockets.connect(base.replace("http://", "ws://") + "/twilio/ws") as ws:
            # the genuine token of this call, with someone else's number put in
            forged = TwilioMediaStream(
                ws, "+4917000000000", call_sid=sid, parameters={"token": token}
            )
            await forged.connect()
            assert await closed_by_server(forged) == 1008
    assert await runtime.ledger.recent_calls() == []


async def test_with_an_auth_token_the_stream_from_signed_twiml_is_answered(tmp_path, runtime):
    from agent.server import create_app
    from agent.telephony import twilio

    settings = phone_settings(tmp_path, twilio_auth_token="twilio-test-token")
    async with serving(create_app(settings, runtime)) as base:
        sid = "CA" + uuid.uuid4().hex
        token = twilio.stream_token("twilio-test-token", sid, CALLER, issued_at=time.time())
        async with websockets.connect(base.replace("http://", "ws://") + "/twilio/ws") as ws:
            call = TwilioMediaStream(ws, CALLER, call_sid=sid, parameters={"token": token})
            listener = asyncio.create_task(call.listen())
            await call.connect()
            await until(lambda: call.bot_audio, feed=lambda: call.play(silence(0.1)))  # greeting
            await call.stop()
            await until(lambda: call.ws.state is websockets.State.CLOSED)
            await listener

    record = await call_of(runtime.ledger, "twilio")
    assert record.caller_phone == CALLER
    assert record.ended_at is not None


async def test_two_callers_at_once_are_two_calls_with_their_own_numbers(tmp_path, runtime):
    from agent.server import create_app

    numbers = ["+4915112345678", "+4917098765432"]
    async with serving(create_app(phone_settings(tmp_path), runtime)) as base:

        async def phone(number: str) -> int:
            async with twilio_call(base, caller=number) as call:
                await until(lambda: call.bot_audio, feed=lambda: call.play(silence(0.1)))
                await call.stop()
                await until(lambda: call.ws.state is websockets.State.CLOSED)
                return len(call.bot_audio)

        heard = await asyncio.gather(*(phone(n) for n in numbers))

    assert all(heard)  # each line got its own greeting
    calls = [c for c in await runtime.ledger.recent_calls() if c.mode == "twilio"]
    assert sorted(c.caller_phone for c in calls) == sorted(numbers)
    assert all(c.ended_at is not None for c in calls)
    assert len({c.call_id for c in calls}) == 2
