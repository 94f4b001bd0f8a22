"""A phone call over Twilio Media Streams, end to end: a websocket client that behaves like
Twilio (connected, start with the caller's number, mu-law media at real-time pace, mark, stop)
talks to `serve`'s app on a real socket. Speech services are the offline stand-ins; Silero VAD
is the real one, so the caller's "speech" must be speech-like enough for it.
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
import json
import re
import socket
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass, field
from itertools import pairwise
from pathlib import Path
from xml.etree import ElementTree

import httpx
import pytest
import uvicorn
import websockets
from twilio.request_validator import RequestValidator

from agent.telephony.synthetic_voice import SAMPLE_RATE, mulaw, silence, synthetic_speech
from tests.standin_scripts import ASK_THURSDAY_TEN, OFFER_THURSDAY_TEN, thursday_ten_script

pytestmark = pytest.mark.slow  # scheduled first (tests/conftest.py)

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
    received_at: list[float] = field(default_factory=list)  # monotonic, one per message
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
                self.received_at.append(time.monotonic())
                if message.get("event") == "media":
                    assert message["streamSid"] == self.stream_sid
                    self.bot_audio += base64.b64decode(message["media"]["payload"])
        except websockets.ConnectionClosed:
            pass

    def bot_seconds_since(self, offset: int) -> float:
        """Seconds of bot audio received after the first `offset` bytes."""
        return (len(self.bot_audio) - offset) / SAMPLE_RATE


@asynccontextmanager
async def serving(app, *, ping_seconds: float | None = None) -> AsyncIterator[str]:
    """`serve`'s app under uvicorn, configured as `serve` configures it (limits, timeouts, logs
    into loguru), on an ephemeral loopback port; yields its http base URL. `ping_seconds`:
    the websocket keepalive's interval and timeout instead of serve's 20 s."""
    from agent.telephony.http_server import server_config

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = server_config(app, app.state.settings)
    if ping_seconds is not None:
        config.ws_ping_interval = config.ws_ping_timeout = ping_seconds
    server = uvicorn.Server(config)
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
SALON_LINE = "+4930123456"  # the number callers dial (Twilio's), not the salon's own phone
AUTH_TOKEN = "twilio-test-token"
TELNYX_TOKEN = "telnyx-test-token"
ASKED = ASK_THURSDAY_TEN
OFFER = OFFER_THURSDAY_TEN
STANDIN_SCRIPT = thursday_ten_script()


# A greeting as short as the salon file's checks allow (the AI named, where the privacy notice
# is), set through its `greeting:` block: the stand-in voice speaks 60 ms per character in real
# time, so a spec that waits for the reference greeting to end (187 characters in German) and is
# not about the greeting waits ~7 s less with this one (76).
BRIEF_GREETING = {
    "de": {
        "hello": "{name}, guten Tag! Hier spricht eine KI.",
        "privacy": "Datenschutz: Website.",
        "question": "Bitte?",
    },
    "en": {
        "hello": "{name}, hello! This is an AI.",
        "privacy": "Privacy: website.",
        "question": "Yes?",
    },
}


def brief_greeting_salon(directory: Path, **business) -> Path:
    """The reference salon's file with BRIEF_GREETING and `business` (e.g. name, language)
    changed, written into `directory` (named by the salon's last word); returns its path."""
    import yaml

    from calendar_adapter.salon import DEFAULT_SALON_FILE

    data = yaml.safe_load(DEFAULT_SALON_FILE.read_text(encoding="utf-8"))
    data["business"].update(business)
    data["greeting"] = {language: dict(parts) for language, parts in BRIEF_GREETING.items()}
    name = str(data["business"]["name"]).split()[-1].lower()
    path = directory / f"{name}.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def phone_settings(tmp_path: Path, **overrides):
    """Offline speech services from STANDIN_SCRIPT, real Silero VAD, a short end-of-turn
    silence (the default Smart Turn model is not what these tests are about); Twilio and
    Telnyx configured with their secrets."""
    from agent.config import Settings

    script = tmp_path / "standin.yaml"
    script.write_text(json.dumps(STANDIN_SCRIPT, ensure_ascii=False), encoding="utf-8")
    values = dict(
        calcom_api_key=None,
        deepgram_api_key=None,
        openai_api_key=None,
        twilio_auth_token=AUTH_TOKEN,
        telnyx_stream_token=TELNYX_TOKEN,
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


async def until(condition, *, feed=None, limit: float | None = None) -> None:
    """Wait for `condition()` (sync or async); meanwhile `feed()` keeps the line alive, as
    Twilio streams silence between words. No deadline unless a caller gives one (`limit`
    seconds): a loaded machine takes longer (the 20 s default failed at load 20); what never
    comes meets the suite's timeout."""
    loop = asyncio.get_running_loop()
    deadline = None if limit is None else loop.time() + limit
    while True:
        result = condition()
        if asyncio.iscoroutine(result):
            result = await result
        if result:
            return
        if deadline is not None and loop.time() > deadline:
            raise AssertionError("condition never became true")
        if feed is not None:
            await feed()
        else:
            await asyncio.sleep(0.05)


def signed(url: str, form: dict[str, str], token: str = AUTH_TOKEN) -> str:
    """X-Twilio-Signature as Twilio computes it (Twilio's own library)."""
    return RequestValidator(token).compute_signature(url, form)


def voice_form(call_sid: str | None = None, caller: str | None = CALLER) -> dict[str, str]:
    """What Twilio posts to the voice webhook when a call comes in."""
    return {
        "AccountSid": "AC" + "0" * 32,
        "CallSid": call_sid or "CA" + uuid.uuid4().hex,
        "From": caller or "anonymous",
        "To": SALON_LINE,
        "CallStatus": "ringing",
        "Direction": "inbound",
    }


async def post_voice(
    base: str, form: dict[str, str], signature: str | None = "sign", **headers: str
) -> httpx.Response:
    """POST /twilio/voice as Twilio does; `signature="sign"` signs it with AUTH_TOKEN."""
    if signature == "sign":
        signature = signed(f"{base}/twilio/voice", form)
    if signature is not None:
        headers["X-Twilio-Signature"] = signature
    async with httpx.AsyncClient() as http:
        return await http.post(f"{base}/twilio/voice", data=form, headers=headers)


def stream_of(twiml: str) -> tuple[str, dict[str, str]]:
    """The `<Connect><Stream>` of a TwiML answer: its URL and parameters."""
    root = ElementTree.fromstring(twiml)
    stream = root.find("./Connect/Stream")
    assert stream is not None, twiml
    params = {p.get("name"): p.get("value") for p in stream.findall("Parameter")}
    return stream.get("url"), params


@asynccontextmanager
async def media_stream(url: str, call_sid: str, parameters: dict[str, str]):
    """Twilio's side of a media stream at `url`: connected, listening, closed afterwards."""
    async with websockets.connect(url) as ws:
        call = TwilioMediaStream(ws, None, call_sid=call_sid, parameters=parameters)
        listener = asyncio.create_task(call.listen())
        await call.connect()
        try:
            yield call
        finally:
            await ws.close()
            await listener


@asynccontextmanager
async def twilio_call(base: str, *, caller: str | None = CALLER):
    """A call as Twilio places it: the signed voice webhook, then the stream its TwiML names,
    with the parameters it carries."""
    form = voice_form(caller=caller)
    response = await post_voice(base, form)
    assert response.status_code == 200, response.text
    url, parameters = stream_of(response.text)
    async with media_stream(url, form["CallSid"], parameters) as call:
        yield call


@asynccontextmanager
async def raw_twilio_stream(
    base: str, *, caller: str | None = CALLER, parameters=None, call_sid: str | None = None
):
    """A Media Streams websocket opened directly, without the voice webhook (forged, or with a
    token minted by the test)."""
    async with websockets.connect(base.replace("http://", "ws://") + "/twilio/ws") as ws:
        call = TwilioMediaStream(ws, caller, parameters=dict(parameters or {}))
        if call_sid:
            call.call_sid = call_sid
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
            # The row is written (reserving) before Cal.com answers the reservation: wait for
            # the hold itself, not for the row.
            calls = await ledger.recent_calls()
            rows = await ledger.appointments_for_call(calls[0].call_id) if calls else []
            return any(row.state is AppointmentState.HELD for row in rows)

        # The caller waits, on a line carrying silence, for the answer to be spoken.
        await until(held, feed=lambda: call.play(silence(0.2)))
        record = await call_of(ledger, "twilio")
        [appointment] = await ledger.appointments_for_call(record.call_id)
        assert appointment.state is AppointmentState.HELD
        assert appointment.caller_phone == CALLER
        assert len(sandbox.active_reservations()) == 1

        # The answer is spoken to the end (after the greeting), as media on this websocket.
        async def offered() -> bool:
            return OFFER in await bot_said(ledger, record.call_id)

        await until(offered, feed=lambda: call.play(silence(0.2)))
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


def minted_token(call_sid: str, caller: str = CALLER) -> str:
    """A genuine stream token for `call_sid`, as the server mints it in signed TwiML."""
    from agent.telephony import twilio

    return twilio.stream_token(AUTH_TOKEN, call_sid, caller, issued_at=time.time())


async def test_without_speech_keys_a_call_is_refused_naming_the_variable(tmp_path, runtime, logs):
    from agent.server import create_app

    settings = phone_settings(tmp_path, stt_provider="deepgram", llm_provider="openai")
    sid = "CA" + uuid.uuid4().hex
    async with serving(create_app(settings, runtime)) as base:
        async with raw_twilio_stream(
            base, call_sid=sid, parameters={"token": minted_token(sid)}
        ) as call:
            assert await closed_by_server(call) == 1008

    assert any("refused" in line and "DEEPGRAM_API_KEY" in line for line in logs)
    assert await runtime.ledger.recent_calls() == []
    assert not any(CALLER in line for line in logs)  # numbers are masked in logs


async def test_a_stream_twilio_did_not_open_is_refused(tmp_path, runtime):
    from agent.server import create_app

    async with serving(create_app(phone_settings(tmp_path), runtime)) as base:
        async with raw_twilio_stream(base) as forged:
            assert await closed_by_server(forged) == 1008
        async with raw_twilio_stream(base, parameters={"token": "0" * 64}) as guessed:
            assert await closed_by_server(guessed) == 1008

        # A token is bound to its call: another call's genuine token does not open this one.
        other_calls = minted_token("CA" + uuid.uuid4().hex)
        async with raw_twilio_stream(base, parameters={"token": other_calls}) as replayed:
            assert await closed_by_server(replayed) == 1008
        assert await runtime.ledger.recent_calls() == []


async def test_a_stream_token_opens_one_stream_only(tmp_path, runtime):
    """Twilio's start message carries the token minted in the signed TwiML; whoever sees that
    start message (a log, a proxy) cannot open a second call with it."""
    from agent.server import create_app

    async with serving(create_app(phone_settings(tmp_path), runtime)) as base:
        form = voice_form()
        twiml = await post_voice(base, form)
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

    async with serving(create_app(phone_settings(tmp_path), runtime)) as base:
        sid = "CA" + uuid.uuid4().hex
        # the genuine token of this call, with someone else's number put in
        async with raw_twilio_stream(
            base, caller="+4917000000000", call_sid=sid, parameters={"token": minted_token(sid)}
        ) as forged:
            assert await closed_by_server(forged) == 1008
    assert await runtime.ledger.recent_calls() == []


async def test_the_stream_of_a_token_minted_for_it_is_answered(tmp_path, runtime):
    from agent.server import create_app

    async with serving(create_app(phone_settings(tmp_path), runtime)) as base:
        sid = "CA" + uuid.uuid4().hex
        async with raw_twilio_stream(
            base, call_sid=sid, parameters={"token": minted_token(sid)}
        ) as call:
            await until(lambda: call.bot_audio, feed=lambda: call.play(silence(0.1)))  # greeting
            await call.stop()
            await until(lambda: call.ws.state is websockets.State.CLOSED)

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


# -- hang-ups are quiet, bad and excess frames do not end the call -----------------------------


def errors_in(lines: list[str]) -> list[str]:
    return [line for line in lines if "| ERROR" in line or "| CRITICAL" in line]


def end_lines(lines: list[str], call_sid: str) -> list[str]:
    return [line for line in lines if f"twilio call {call_sid} ended:" in line]


async def asks_and_is_answered(call: TwilioMediaStream, ledger) -> None:
    """The caller asks for the slot; the bot holds it and speaks its answer."""
    await call.play(silence(0.2) + synthetic_speech() + silence(0.2))

    async def answered() -> bool:
        calls = [c for c in await ledger.recent_calls() if c.mode == "twilio"]
        return len(calls) == 1 and OFFER in await bot_said(ledger, calls[0].call_id)

    await until(answered, feed=lambda: call.play(silence(0.2)))


@pytest.mark.parametrize("how", ["stop_then_close", "close_without_stop", "connection_dropped"])
async def test_a_caller_who_hangs_up_first_ends_the_call_quietly(tmp_path, runtime, logs, how):
    """Twilio sends `stop` and closes the socket itself; a line can also just drop. None of it
    is an error: one INFO line says how the call ended, and the holds are released."""
    from agent.server import create_app

    ledger, sandbox = runtime.ledger, runtime.sandbox
    async with serving(create_app(phone_settings(tmp_path), runtime)) as base:
        sids = []
        for _ in range(3):  # the race between the peer's close and ours, more than once
            async with twilio_call(base) as call:
                sids.append(call.call_sid)
                await until(
                    lambda call=call: call.bot_audio, feed=lambda c=call: c.play(silence(0.1))
                )
                if how == "stop_then_close":
                    await call.stop()
                    await call.ws.close()
                elif how == "close_without_stop":
                    await call.ws.close()
                else:
                    call.ws.transport.abort()  # no close frame, the TCP connection is gone
            await until(lambda sid=call.call_sid: end_lines(logs, sid))

        async def all_ended() -> bool:
            calls = await ledger.recent_calls()
            return len(calls) == 3 and all(c.ended_at is not None for c in calls)

        await until(all_ended)

    assert errors_in(logs) == []
    expected = "caller hung up" if how == "stop_then_close" else "connection closed by the peer"
    for sid in sids:
        [line] = end_lines(logs, sid)
        assert "| INFO" in line and expected in line
    assert sandbox.active_reservations() == []


BAD_FRAMES: list[str | bytes] = [
    "das ist kein JSON",
    "[1, 2, 3]",
    "42",
    '"media"',
    json.dumps({"event": 5}),
    json.dumps({"event": "media", "media": "AAAA"}),
    json.dumps({"event": "media", "media": {"payload": 123}}),
    json.dumps({"event": "media", "media": {"payload": None}}),
    json.dumps({"event": "media", "media": {"payload": "!!kein base64!!"}}),
    json.dumps({"event": "dtmf", "dtmf": "1"}),
    b"\xff\xfe\x00binary",
]


async def test_bad_frames_are_ignored_and_counted_and_the_call_goes_on(tmp_path, runtime, logs):
    from agent.server import create_app
    from calendar_adapter.ledger import AppointmentState

    ledger = runtime.ledger
    async with serving(create_app(phone_settings(tmp_path), runtime)) as base:
        async with twilio_call(base) as call:
            await until(lambda: call.bot_audio, feed=lambda: call.play(silence(0.1)))
            for frame in BAD_FRAMES * 2:
                await call.ws.send(frame)
            # the call still hears the caller, and still answers
            await asks_and_is_answered(call, ledger)
            record = await call_of(ledger, "twilio")
            [held] = await ledger.appointments_for_call(record.call_id)
            assert held.state is AppointmentState.HELD
            await call.stop()
            await until(lambda: call.ws.state is websockets.State.CLOSED)
        await until(lambda: end_lines(logs, call.call_sid))

    [end] = end_lines(logs, call.call_sid)
    assert "caller hung up" in end
    assert f"{len(BAD_FRAMES) * 2} bad frames ignored" in end
    assert (
        len([line for line in logs if "JSON that is not an object" in line and "ignoring" in line])
        == 1
    )
    assert errors_in(logs) == []


async def test_a_frame_flood_is_cut_to_the_rate_logged_once_and_the_call_goes_on(
    tmp_path, runtime, logs
):
    from agent.server import create_app

    ledger = runtime.ledger
    settings = phone_settings(tmp_path, ws_max_frames_per_second=100)
    async with serving(create_app(settings, runtime)) as base:
        async with twilio_call(base) as call:
            await until(lambda: call.bot_audio, feed=lambda: call.play(silence(0.1)))
            quiet = base64.b64encode(mulaw(silence(0.02))).decode()
            flood = json.dumps(
                {"event": "media", "streamSid": call.stream_sid, "media": {"payload": quiet}}
            )
            for _ in range(1500):  # 30 s of audio, sent as fast as the socket takes it
                await call.ws.send(flood)
            await asks_and_is_answered(call, ledger)
            await call.stop()
            await until(lambda: call.ws.state is websockets.State.CLOSED)
        await until(lambda: end_lines(logs, call.call_sid))

    [end] = end_lines(logs, call.call_sid)
    dropped = int(re.search(r"(\d+) frames over the rate dropped", end).group(1))
    assert 1000 < dropped <= 1500
    assert len([line for line in logs if "dropping the excess" in line]) == 1
    assert errors_in(logs) == []


async def test_a_call_read_late_hears_what_the_caller_said_meanwhile(tmp_path, runtime, logs):
    """A busy server reads a stream late (here: the call's start waits, as it does for the
    ledger and the CPU on a loaded server). What Twilio sent meanwhile at its own pace arrives
    at once; it is the caller's speech, not a flood: nothing is dropped and the question asked
    during the wait is answered. The keepalive's pong waits behind those frames, unread: the
    call is not closed for it (1011) though the wait outlasts the pong's deadline many times."""
    from agent.server import create_app

    app = create_app(phone_settings(tmp_path), runtime)
    waiting, busy = asyncio.Event(), asyncio.Event()
    async with serving(app, ping_seconds=0.2) as base:
        line = app.state.line  # set up as `serve` starts
        services = line.services

        async def late_start(*args):
            waiting.set()
            await busy.wait()
            return await services(*args)

        line.services = late_start
        async with twilio_call(base) as call:
            await waiting.wait()  # admitted; its call waits to start
            try:
                # five seconds of the line at Twilio's pace (250 frames), the question after 3
                await call.play(silence(3.0) + synthetic_speech() + silence(0.4))
            finally:
                busy.set()

            async def answered() -> bool:
                calls = [c for c in await runtime.ledger.recent_calls() if c.mode == "twilio"]
                return len(calls) == 1 and OFFER in await bot_said(runtime.ledger, calls[0].call_id)

            await until(answered, feed=lambda: call.play(silence(0.2)))
            await call.stop()
            await until(lambda: call.ws.state is websockets.State.CLOSED)
        await until(lambda: end_lines(logs, call.call_sid))

    [end] = end_lines(logs, call.call_sid)
    assert "caller hung up" in end
    assert "dropped" not in end and "bad frames" not in end
    assert errors_in(logs) == []


async def test_a_peer_that_stops_answering_pings_still_ends_its_call(tmp_path, runtime, logs):
    """The keepalive waits for a call the server reads late, not for a peer that is gone: a
    line that stops reading (and so answering pings) once the server has read all it sent is
    closed (1011), and its call ends like a dropped line."""
    from agent.server import create_app

    async with serving(create_app(phone_settings(tmp_path), runtime), ping_seconds=0.2) as base:
        form = voice_form()
        url, parameters = stream_of((await post_voice(base, form)).text)
        # max_queue=1: once the bot's first frame waits unread, this client reads nothing more,
        # pings included
        async with websockets.connect(url, max_queue=1) as ws:
            call = TwilioMediaStream(ws, None, call_sid=form["CallSid"], parameters=parameters)
            await call.connect()
            await call.play(silence(0.2))
            await until(lambda: end_lines(logs, call.call_sid))

    [end] = end_lines(logs, call.call_sid)
    assert "connection closed by the peer" in end
    assert any("CLOSE 1011" in line and "keepalive ping timeout" in line for line in logs)


async def test_a_call_at_twilios_own_pace_loses_no_frame(tmp_path, runtime, logs):
    from agent.server import create_app

    async with serving(create_app(phone_settings(tmp_path), runtime)) as base:
        async with twilio_call(base) as call:
            await asks_and_is_answered(call, runtime.ledger)
            await call.stop()
            await until(lambda: call.ws.state is websockets.State.CLOSED)
        await until(lambda: end_lines(logs, call.call_sid))

    [end] = end_lines(logs, call.call_sid)
    assert "dropped" not in end and "bad frames" not in end


async def test_an_oversized_message_closes_the_stream_and_releases_the_hold(
    tmp_path, runtime, logs
):
    """uvicorn refuses a websocket message over WS_MAX_MESSAGE_BYTES before it is buffered
    whole (close 1009): the call ends as if the line dropped."""
    from agent.server import create_app

    ledger, sandbox = runtime.ledger, runtime.sandbox
    settings = phone_settings(tmp_path, ws_max_message_bytes=16 * 1024)
    async with serving(create_app(settings, runtime)) as base:
        async with twilio_call(base) as call:
            await asks_and_is_answered(call, ledger)
            assert len(sandbox.active_reservations()) == 1
            huge = base64.b64encode(bytes(64 * 1024)).decode()
            with contextlib.suppress(websockets.ConnectionClosed):
                await call.ws.send(json.dumps({"event": "media", "media": {"payload": huge}}))
            assert await closed_by_server(call) == 1009
        await until(lambda: end_lines(logs, call.call_sid))

    assert sandbox.active_reservations() == []
    assert "connection closed by the peer" in end_lines(logs, call.call_sid)[0]
    assert errors_in(logs) == []


# -- the bot's audio: 80 ms messages, cleared at once when the caller talks over it ----------

LONG_ANSWER = (
    "Gern erkläre ich Ihnen alles: Der Salon hat von Dienstag bis Samstag geöffnet, unter der "
    "Woche bis neunzehn Uhr, samstags bis vierzehn Uhr, und Parkplätze gibt es im Hof."
)
HEARD_YOU = "Ja, ich höre Sie."
STANDIN_SECONDS_PER_CHAR = 0.06  # the stand-in TTS's speech per character (agent/standins.py)


def media_since(call: TwilioMediaStream, index: int) -> list[tuple[float, int]]:
    """(arrival, bytes of audio) of each media message from `call.received[index]` on."""
    return [
        (at, len(base64.b64decode(m["media"]["payload"])))
        for m, at in zip(call.received[index:], call.received_at[index:], strict=True)
        if m.get("event") == "media"
    ]


async def test_the_bots_audio_comes_in_80_ms_messages_and_a_barge_in_clears_it_at_once(
    tmp_path, runtime
):
    """The bot's reply goes to Twilio in 80 ms messages (640 bytes of mu-law), at most twice as
    fast as it plays; when the caller talks over it, Twilio is told to drop what it queued
    (`clear`) and no more of that reply follows: the caller's turn is answered next."""
    from agent.server import create_app

    script = tmp_path / "long.yaml"
    script.write_text(
        json.dumps(
            {
                "transcripts": [ASKED, "Hallo, einen Moment bitte."],
                "turns": [[{"say": LONG_ANSWER}], [{"say": HEARD_YOU}]],
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    ledger = runtime.ledger
    app = create_app(phone_settings(tmp_path, standin_script=script), runtime)
    async with serving(app) as base, twilio_call(base) as call:

        def quiet_since(seconds: float) -> bool:
            return bool(call.bot_audio) and time.monotonic() - call.received_at[-1] > seconds

        await until(lambda: quiet_since(0.5), feed=lambda: call.play(silence(0.1)))  # greeting
        await call.play(silence(0.2) + synthetic_speech() + silence(0.2))
        reply_from = len(call.received)
        # the caller listens to the long answer (~9 s of speech) for a while, then talks
        await until(
            lambda: sum(n for _, n in media_since(call, reply_from)) >= 1.5 * SAMPLE_RATE,
            feed=lambda: call.play(silence(0.1)),
        )
        await call.play(synthetic_speech() + silence(0.2))
        await until(
            lambda: any(m.get("event") == "clear" for m in call.received[reply_from:]),
            feed=lambda: call.play(silence(0.1)),
        )
        cleared = next(
            i for i in range(reply_from, len(call.received)) if call.received[i]["event"] == "clear"
        )
        cleared_at = call.received_at[cleared]
        record = await call_of(ledger, "twilio")

        async def heard_you() -> bool:
            return HEARD_YOU in await bot_said(ledger, record.call_id)

        await until(heard_you, feed=lambda: call.play(silence(0.2)))

    before = [(at, n) for at, n in media_since(call, reply_from) if at <= cleared_at]
    after = [(at, n) for at, n in media_since(call, cleared) if at > cleared_at]
    # 80 ms messages (the last of a reply may be shorter; this one was cut off)
    assert before and all(n == 640 for _, n in before)
    # sent ahead of playout by at most twice real time (Twilio queues and plays at real time)
    sent_seconds = sum(n for _, n in before) / SAMPLE_RATE
    assert sent_seconds <= 2 * (before[-1][0] - before[0][0]) + 0.2
    assert sent_seconds < len(LONG_ANSWER) * STANDIN_SECONDS_PER_CHAR / 2  # cut off early
    # nothing more of the interrupted answer: the next audio is the caller's answer, which
    # comes only after the caller's turn (1.2 s of speech and the end-of-turn silence)
    assert after and after[0][0] - cleared_at > 0.5
    said = await bot_said(ledger, record.call_id)
    assert LONG_ANSWER not in said and said[-1] == HEARD_YOU


async def test_while_the_bot_talks_the_pipeline_hears_bot_speaking_once_a_second(tmp_path, runtime):
    """pipecat's output transport tells the pipeline "bot speaking" every 0.2 s by default;
    on the phone it does so once a second (agent/telephony/phone_transport.py): fewer frames
    through every processor per second of speech, and still one at least each second."""
    from pipecat.frames.frames import BotSpeakingFrame
    from pipecat.observers.base_observer import BaseObserver, FramePushed
    from pipecat.processors.frame_processor import FrameDirection
    from pipecat.transports.base_output import BaseOutputTransport

    from agent.server import create_app

    told: list[float] = []

    class BotSpeakingTold(BaseObserver):
        async def on_push_frame(self, data: FramePushed) -> None:
            if (
                isinstance(data.frame, BotSpeakingFrame)
                and isinstance(data.source, BaseOutputTransport)
                and data.direction is FrameDirection.UPSTREAM
            ):
                told.append(time.monotonic())

    app = create_app(phone_settings(tmp_path), runtime)
    async with serving(app) as base:
        line = app.state.line
        run_call = line.run_call

        async def observed(*args, observers=(), **kwargs):
            return await run_call(*args, observers=[*observers, BotSpeakingTold()], **kwargs)

        line.run_call = observed
        async with twilio_call(base) as call:

            def greeted() -> bool:  # the greeting sent and its playout over
                return bool(call.bot_audio) and time.monotonic() - call.received_at[-1] > 1.0

            await until(greeted, feed=lambda: call.play(silence(0.1)))

    greeting_seconds = len(call.bot_audio) / SAMPLE_RATE
    assert greeting_seconds > 5
    assert len(told) >= 5  # throughout the greeting
    assert len(told) <= greeting_seconds + 2
    assert min(b - a for a, b in pairwise(told)) > 0.9


async def test_the_stt_and_the_user_aggregator_hear_every_frame_of_the_caller_and_none_go_further(
    tmp_path, runtime, monkeypatch
):
    """The caller's audio reaches the STT as it is read (not through pipecat's audio queue and
    task; agent/telephony/phone_transport.py), in frames that each complete a VAD window, all of
    it and in order; the user aggregator hears the same frames, and no processor after it hears
    any (agent.pipeline.CallerAudioEndsHere)."""
    import audioop

    from pipecat.frames.frames import InputAudioRawFrame

    from agent.pipeline import CallerAudioEndsHere
    from agent.server import create_app
    from agent.standins import ScriptedSTTService
    from agent.tool_wiring import TurnStarter

    heard: dict[str, list[bytes]] = {"stt": [], "user": [], "after": []}

    def recording(cls: type, key: str) -> None:
        process = cls.process_frame

        async def process_frame(self, frame, direction):
            if isinstance(frame, InputAudioRawFrame):
                heard[key].append(frame.audio)
            await process(self, frame, direction)

        monkeypatch.setattr(cls, "process_frame", process_frame)

    recording(ScriptedSTTService, "stt")
    recording(CallerAudioEndsHere, "user")
    recording(TurnStarter, "after")
    said = silence(0.3) + synthetic_speech(0.8) + silence(0.5)
    window = 2 * 256  # Silero's 32 ms window at 8 kHz, 16-bit
    async with serving(create_app(phone_settings(tmp_path), runtime)) as base:
        async with twilio_call(base) as call:
            await call.play(said)
            await until(lambda: len(b"".join(heard["user"])) > len(said) - window)
            await call.stop()

    sent = audioop.ulaw2lin(mulaw(said), 2)  # what the server decodes
    stt = b"".join(heard["stt"])
    assert len(sent) - window < len(stt) <= len(sent) and sent.startswith(stt)
    assert [sum(len(f) for f in heard["stt"][: k + 1]) // window for k in range(4)] == [1, 2, 3, 4]
    assert heard["user"] == heard["stt"]
    assert heard["after"] == []


async def test_the_bots_audio_reaches_the_caller_and_no_processor_after_the_output(
    tmp_path, runtime, monkeypatch
):
    """On a call that is not recorded nothing after the output reads the bot's audio: the
    phone output sends each chunk to the caller and keeps it (agent/telephony/phone_transport
    .py), while the frames that end a reply still pass on to the silence watch."""
    from pipecat.frames.frames import BotStoppedSpeakingFrame, OutputAudioRawFrame

    from agent.server import create_app
    from agent.silence import SilenceWatch

    after: list[type] = []
    process = SilenceWatch.process_frame

    async def process_frame(self, frame, direction):
        after.append(type(frame))
        await process(self, frame, direction)

    monkeypatch.setattr(SilenceWatch, "process_frame", process_frame)
    async with serving(create_app(phone_settings(tmp_path), runtime)) as base:
        async with twilio_call(base) as call:

            def greeted() -> bool:  # the greeting sent and its playout over
                return bool(call.bot_audio) and time.monotonic() - call.received_at[-1] > 1.0

            await until(greeted, feed=lambda: call.play(silence(0.1)))
            await until(lambda: BotStoppedSpeakingFrame in after)
            await call.stop()

    assert len(call.bot_audio) / SAMPLE_RATE > 5  # the whole greeting was sent
    assert not [t for t in after if issubclass(t, OutputAudioRawFrame)]


async def test_a_phone_output_told_to_push_the_bots_audio_on_does_so_once_sent(monkeypatch):
    """A recorded call's recorder, after the output, takes the bot's side from there:
    `bot_audio_onward` (agent.pipeline.build_pipeline sets it when the call records)."""
    from pipecat.frames.frames import TTSAudioRawFrame, TTSStoppedFrame
    from pipecat.processors.frame_processor import FrameDirection
    from pipecat.transports.websocket.fastapi import FastAPIWebsocketOutputTransport

    from agent.telephony.phone_transport import _PhoneOutputTransport

    pushed: list[object] = []

    async def pipecats_push(self, frame, direction=FrameDirection.DOWNSTREAM):
        pushed.append(frame)

    monkeypatch.setattr(FastAPIWebsocketOutputTransport, "push_frame", pipecats_push)
    output = object.__new__(_PhoneOutputTransport)  # push_frame reads no more of it
    chunk, stopped = TTSAudioRawFrame(bytes(1280), 8000, 1), TTSStoppedFrame()
    output.bot_audio_onward = False
    await output.push_frame(chunk)
    await output.push_frame(stopped)
    assert pushed == [stopped]
    output.bot_audio_onward = True
    await output.push_frame(chunk)
    assert pushed == [stopped, chunk]
