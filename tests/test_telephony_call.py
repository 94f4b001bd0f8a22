"""A phone call over Twilio Media Streams, end to end: a websocket client that behaves like
Twilio (connected, start with the caller's number, mu-law media at real-time pace, mark, stop)
talks to `serve`'s app on a real socket. Speech services are the offline stand-ins; Silero VAD
is the real one, so the caller's "speech" must be speech-like enough for it.
"""

from __future__ import annotations

import asyncio
import audioop
import base64
import json
import socket
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field

import numpy as np
import uvicorn
import websockets

SAMPLE_RATE = 8000
CHUNK = 160  # 20 ms of mu-law at 8 kHz: what Twilio sends per media message


# -- the caller's voice ----------------------------------------------------------------------


def _resonator(signal: np.ndarray, freq: float, bandwidth: float) -> np.ndarray:
    """A two-pole formant filter (what a vocal tract does to the glottal pulses)."""
    r = np.exp(-np.pi * bandwidth / SAMPLE_RATE)
    a1, a2 = -2 * r * np.cos(2 * np.pi * freq / SAMPLE_RATE), r * r
    out = np.zeros_like(signal)
    y1 = y2 = 0.0
    gain = 1 - r
    for i, x in enumerate(signal):
        y = gain * x - a1 * y1 - a2 * y2
        out[i] = y
        y2, y1 = y1, y
    return out


def synthetic_speech(seconds: float = 1.2, seed: int = 7) -> bytes:
    """Voiced syllables: a pulse train at a wandering pitch through changing vowel formants,
    amplitude-modulated at syllable rate. A pure tone or plain noise does not make Silero
    report speech; this does. 16-bit PCM at 8 kHz."""
    rng = np.random.default_rng(seed)
    n = int(SAMPLE_RATE * seconds)
    t = np.arange(n) / SAMPLE_RATE
    pitch = 120 + 20 * np.sin(2 * np.pi * 1.5 * t)
    pulses = (np.diff(np.floor(np.cumsum(pitch / SAMPLE_RATE)), prepend=0) > 0).astype(float)
    source = pulses + 0.02 * rng.standard_normal(n)
    vowels = [(700, 1220, 2600), (300, 2300, 3000), (500, 900, 2400), (400, 2000, 2550)]
    syllable = int(SAMPLE_RATE * 0.25)
    voice = np.zeros(n)
    for k, begin in enumerate(range(0, n, syllable)):
        segment = source[begin : begin + syllable]
        for freq, bandwidth in zip(vowels[k % len(vowels)], (80, 100, 120), strict=True):
            segment = _resonator(segment, freq, bandwidth)
        voice[begin : begin + syllable] = segment
    envelope = 0.5 * (1 - np.cos(2 * np.pi * 4 * t))
    voice = voice / np.max(np.abs(voice)) * envelope * 0.7
    return (voice * 32767).astype("<i2").tobytes()


def silence(seconds: float) -> bytes:
    return bytes(2 * int(SAMPLE_RATE * seconds))


def mulaw(pcm: bytes) -> bytes:
    return audioop.lin2ulaw(pcm, 2)


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

    @property
    def bot_seconds(self) -> float:
        return len(self.bot_audio) / SAMPLE_RATE


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
