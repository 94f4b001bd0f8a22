"""The real provider services, as `agent.services` builds them for pipecat 1.14, against local
stand-ins of Deepgram and OpenAI over real sockets (no key, no network).

What must hold: Deepgram STT connects with German, the salon's key terms and its model; Aura-2
is asked for the configured German voice and its audio comes back as the bot's speech; OpenAI's
TTS is asked for the configured voice and instructions; every real service starts with complete
settings (pipecat logs an ERROR for each missing one). A constructor or settings mismatch with
the installed pipecat fails here."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest
import websockets
from aiohttp import web
from loguru import logger
from pipecat.frames.frames import (
    EndFrame,
    Frame,
    InputAudioRawFrame,
    TranscriptionFrame,
    TTSAudioRawFrame,
    TTSSpeakFrame,
    TTSStoppedFrame,
)
from pipecat.pipeline.pipeline import Pipeline
from pipecat.pipeline.worker import PipelineParams, PipelineWorker
from pipecat.processors.frame_processor import FrameDirection, FrameProcessor
from pipecat.services.cartesia.tts import CartesiaTTSService
from pipecat.services.deepgram.stt import DeepgramSTTService
from pipecat.services.deepgram.tts import DeepgramTTSService
from pipecat.services.openai.tts import OpenAITTSService
from pipecat.workers.runner import WorkerRunner

from agent.config import Settings
from agent.services import (
    InvalidSettingError,
    build_stt,
    build_tts,
    check_keys,
    keyterms,
    websocket_base,
)
from calendar_adapter.backend import Catalog, Service, Stylist
from tests.local_http import serve_locally

CATALOG = Catalog(
    stylists=(Stylist(101, "fabian-spitzer", "Fabian Spitzer"),),
    services=(Service("dauerwelle", "Dauerwelle", 135, ("Locken",)),),
    offerings=(),
)
HEARD = "Ich hätte gern eine Dauerwelle bei Fabian."


@dataclass
class FakeDeepgram:
    """Deepgram's two websockets: /v1/listen answers the first audio with one final result;
    /v1/speak answers each Speak with audio and each Flush with Flushed."""

    requests: list[tuple[str, dict[str, list[str]], str]] = field(default_factory=list)
    spoken: list[str] = field(default_factory=list)
    audio_bytes: int = 0

    async def handle(self, ws: websockets.ServerConnection) -> None:
        url = urlsplit(ws.request.path)
        auth = ws.request.headers.get("Authorization", "")
        self.requests.append((url.path, parse_qs(url.query), auth))
        if url.path == "/v1/speak":
            await self._speak(ws)
        elif url.path == "/v1/listen":
            await self._listen(ws)

    async def _speak(self, ws) -> None:
        async for message in ws:
            kind = json.loads(message).get("type")
            if kind == "Speak":
                self.spoken.append(json.loads(message)["text"])
                await ws.send(bytes(1600))  # 100 ms of 8 kHz 16-bit silence
            elif kind == "Flush":
                await ws.send(json.dumps({"type": "Flushed", "sequence_id": 0}))
            elif kind == "Close":
                return

    async def _listen(self, ws) -> None:
        answered = False
        async for message in ws:
            if isinstance(message, bytes):
                self.audio_bytes += len(message)
                if not answered:
                    answered = True
                    await ws.send(json.dumps(_results(HEARD)))
            elif json.loads(message).get("type") == "CloseStream":
                return


def _results(transcript: str) -> dict[str, Any]:
    return {
        "type": "Results",
        "channel_index": [0, 1],
        "duration": 1.0,
        "start": 0.0,
        "is_final": True,
        "speech_final": True,
        "channel": {
            "alternatives": [
                {
                    "transcript": transcript,
                    "confidence": 0.98,
                    "words": [
                        {"word": w, "start": 0.0, "end": 0.1, "confidence": 0.9}
                        for w in transcript.split()
                    ],
                }
            ]
        },
        "metadata": {
            "request_id": "req-1",
            "model_info": {"name": "nova-3-general", "version": "1", "arch": "nova-3"},
            "model_uuid": "uuid-1",
        },
    }


@pytest.fixture
async def deepgram() -> AsyncIterator[tuple[FakeDeepgram, str]]:
    fake = FakeDeepgram()
    async with websockets.serve(fake.handle, "127.0.0.1", 0) as server:
        port = server.sockets[0].getsockname()[1]
        yield fake, f"http://127.0.0.1:{port}"


def _settings(**overrides: Any) -> Settings:
    values: dict[str, Any] = {"deepgram_api_key": "dg_test", "openai_api_key": "sk-test"}
    values.update(overrides)
    return Settings(_env_file=None, **values)


class Collector(FrameProcessor):
    """The end of a test pipeline: keeps what reaches it, tells when `done` holds."""

    def __init__(self, done: Callable[[list[Frame]], bool]):
        super().__init__()
        self.frames: list[Frame] = []
        self._done = done
        self.finished = asyncio.Event()

    async def process_frame(self, frame: Frame, direction: FrameDirection):
        await super().process_frame(frame, direction)
        if direction == FrameDirection.DOWNSTREAM:
            self.frames.append(frame)
            if self._done(self.frames):
                self.finished.set()
        await self.push_frame(frame, direction)


async def run_until(
    service: FrameProcessor,
    frames: list[Frame],
    done: Callable[[list[Frame]], bool],
    *,
    sample_rate: int,
) -> list[Frame]:
    """Run `service` in a pipeline, send `frames`, end the pipeline once `done(received)`."""
    collector = Collector(done)
    worker = PipelineWorker(
        Pipeline([service, collector]),
        params=PipelineParams(audio_in_sample_rate=sample_rate, audio_out_sample_rate=sample_rate),
        enable_rtvi=False,
    )

    @worker.event_handler("on_pipeline_started")
    async def _started(worker, frame):
        for item in frames:
            await worker.queue_frame(item)

    async def end_when_done() -> None:
        await asyncio.wait_for(collector.finished.wait(), 20)
        await worker.queue_frame(EndFrame())

    runner = WorkerRunner()
    await runner.add_workers(worker)
    await asyncio.gather(runner.run(), end_when_done())
    return collector.frames


@pytest.fixture
def errors() -> Iterator[list[str]]:
    lines: list[str] = []
    handler = logger.add(lambda message: lines.append(str(message)), level="ERROR")
    try:
        yield lines
    finally:
        logger.remove(handler)


async def test_deepgram_stt_listens_in_german_with_the_salons_key_terms(deepgram, errors):
    fake, base_url = deepgram
    stt = build_stt(_settings(deepgram_base_url=base_url), catalog=CATALOG)
    assert isinstance(stt, DeepgramSTTService)
    audio = [InputAudioRawFrame(bytes(320), 8000, 1) for _ in range(10)]

    frames = await run_until(
        stt,
        audio,
        lambda got: any(isinstance(f, TranscriptionFrame) for f in got),
        sample_rate=8000,
    )

    [(path, query, auth)] = fake.requests
    assert path == "/v1/listen"
    assert auth == "Token dg_test"
    assert query["language"] == ["de"]
    assert query["model"] == ["nova-3-general"]
    assert query["keyterm"] == keyterms(CATALOG)
    assert query["sample_rate"] == ["8000"]
    assert query["smart_format"] == ["true"] and query["numerals"] == ["true"]
    assert [f.text for f in frames if isinstance(f, TranscriptionFrame)] == [HEARD]
    assert fake.audio_bytes > 0
    assert errors == []


async def test_deepgram_aura2_speaks_with_the_configured_german_voice(deepgram, errors):
    fake, base_url = deepgram
    tts = build_tts(_settings(deepgram_base_url=base_url))
    assert isinstance(tts, DeepgramTTSService)

    frames = await run_until(
        tts,
        [TTSSpeakFrame("Salon Spitzer, guten Tag!")],
        lambda got: any(isinstance(f, TTSStoppedFrame) for f in got),
        sample_rate=8000,
    )

    [(path, query, auth)] = fake.requests
    assert path == "/v1/speak"
    assert auth == "Token dg_test"
    assert query["model"] == ["aura-2-viktoria-de"]
    assert query["encoding"] == ["linear16"] and query["sample_rate"] == ["8000"]
    assert "".join(fake.spoken).strip() == "Salon Spitzer, guten Tag!"
    assert sum(len(f.audio) for f in frames if isinstance(f, TTSAudioRawFrame)) == 1600
    assert errors == []


@dataclass
class FakeOpenAISpeech:
    requests: list[dict[str, Any]] = field(default_factory=list)

    async def speech(self, request: web.Request) -> web.StreamResponse:
        self.requests.append({**await request.json(), "auth": request.headers["Authorization"]})
        response = web.StreamResponse(headers={"Content-Type": "audio/pcm"})
        await response.prepare(request)
        await response.write(bytes(4800))  # 100 ms at 24 kHz
        return response


async def test_openai_tts_speaks_with_the_configured_voice_and_instructions(errors):
    fake = FakeOpenAISpeech()
    async with serve_locally({"/v1/audio/speech": fake.speech}) as base_url:
        settings = _settings(tts_provider="openai", openai_base_url=f"{base_url}/v1")
        tts = build_tts(settings)
        assert isinstance(tts, OpenAITTSService)
        frames = await run_until(
            tts,
            [TTSSpeakFrame("Salon Spitzer, guten Tag!")],
            lambda got: any(isinstance(f, TTSStoppedFrame) for f in got),
            sample_rate=24000,
        )

    [request] = fake.requests
    assert request["auth"] == "Bearer sk-test"
    assert request["voice"] == "nova" and request["model"] == "gpt-4o-mini-tts"
    assert request["response_format"] == "pcm"
    assert request["input"].strip() == "Salon Spitzer, guten Tag!"
    assert "Deutsch" in request["instructions"]
    assert sum(len(f.audio) for f in frames if isinstance(f, TTSAudioRawFrame)) == 4800
    assert errors == []


def test_an_openai_voice_that_does_not_exist_is_named_before_any_call():
    with pytest.raises(InvalidSettingError) as raised:
        check_keys(_settings(tts_provider="openai", openai_tts_voice="viktoria"))
    assert raised.value.variable == "OPENAI_TTS_VOICE"
    assert "viktoria" in str(raised.value)


def test_cartesia_needs_no_package_beyond_pipecats_own_and_gets_a_german_voice():
    tts = build_tts(
        _settings(tts_provider="cartesia", cartesia_api_key="ck", cartesia_voice_id="voice-1")
    )
    assert isinstance(tts, CartesiaTTSService)
    assert tts._settings.voice == "voice-1" and tts._settings.language == "de"


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("https://api.eu.deepgram.com/", "wss://api.eu.deepgram.com"),
        ("http://127.0.0.1:9000", "ws://127.0.0.1:9000"),
        ("wss://dg.example", "wss://dg.example"),
        ("dg.example", "wss://dg.example"),
    ],
)
def test_a_deepgram_base_url_becomes_the_websocket_base_of_the_tts(given, expected):
    assert websocket_base(given) == expected
