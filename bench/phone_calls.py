"""What the phone benchmarks share: `serve`'s phone server with stand-in services that take
fixed delays, and callers that behave like Twilio Media Streams.

The server side is `serve`'s app (`agent.server.create_app`) under `serve`'s uvicorn
configuration on loopback and on `serve`'s event loop (uvloop), with the embedded sandbox in a
process of its own (configured round trip) and a file ledger: Twilio Media Streams websockets,
the Twilio serializer, Silero VAD and turn detection (Smart Turn v3 or a fixed silence), the
stand-in STT/LLM/TTS, the booking tools. The only substitution: each call's stand-in services
get the benchmark's delays (serve's own stand-ins have none), through the phone line's per-call
`services` factory.

The callers run in a process of their own (their work is not billed to the server): websockets
that stream 20 ms mu-law frames at real-time pace for the whole call (speech when the caller
talks, silence otherwise) and time the bot's audio as Twilio would play it.
"""

from __future__ import annotations

import asyncio
import json
import socket
import tempfile
import time
import uuid
from collections.abc import AsyncIterator, Coroutine
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from bench.common import BenchCalendar, bench_calendar

SAMPLE_RATE = 8000
CHUNK_BYTES = 160  # 20 ms of mu-law at 8 kHz, what Twilio sends per media message
CHUNK_SECONDS = 0.02
SILENCE_CHUNK = bytes([0xFF]) * CHUNK_BYTES  # mu-law silence
CALLER = "+4915112345678"
VAD_STOP_SECONDS = 0.2  # pipecat's VADParams default, used by the pipeline's SileroVADAnalyzer
PLAIN_REPLY = "Gern, wann passt es?"
HOLD_REPLY = "Frei und reserviert."
TURNS = [
    {"kind": "plain", "llm_calls": 1, "round_trips": 0},
    {"kind": "check_and_hold", "llm_calls": 2, "round_trips": 2},
]

T = TypeVar("T")


def run_on_serves_loop(main: Coroutine[Any, Any, T]) -> T:
    """Run `main` on the event loop `serve` runs on (agent.server_process)."""
    from agent.server_process import loop_factory

    with asyncio.Runner(loop_factory=loop_factory()) as runner:
        return runner.run(main)


# -- the server side --------------------------------------------------------------------------


def standin_script() -> dict[str, Any]:
    """What every call's stand-ins play: two transcripts and two scripted turns (a plain one,
    a check-and-hold one; `slot_for` gives each call a slot of its own)."""
    return {
        "transcripts": [
            "Ich hätte gern einen Termin.",
            "Einen Herrenhaarschnitt bei Fabian am Donnerstag um zehn.",
        ],
        "turns": [
            [{"say": PLAIN_REPLY}],
            [
                {
                    "tool_calls": [
                        {
                            "name": "check_availability",
                            "arguments": {
                                "service": "Herrenhaarschnitt",
                                "stylist": "Fabian",
                                "date": "2026-11-26",
                                "weekday": "Donnerstag",
                                "time": "10:00",
                            },
                        }
                    ]
                },
                {"say": HOLD_REPLY},
            ],
        ],
    }


def audible_tts(latencies: Any) -> Any:
    """The silence stand-in, speaking a faint hum instead of digital zeros.

    Real TTS audio is audible from its first frames. pipecat scans each reply for the first
    audible sample (its time-to-first-audio metric) and, on pure silence, rescans the growing
    buffer on every chunk for 3 s of audio: ~100 ms of event-loop CPU per reply that no real
    voice costs. Everything else (timing, frames, delays) is the stand-in's own."""
    import numpy as np
    from pipecat.frames.frames import TTSAudioRawFrame

    from agent.standins import SilenceTTSService

    class AudibleStandInTTS(SilenceTTSService):
        async def run_tts(self, text: str, context_id: str):
            hum: dict[int, bytes] = {}
            async for frame in super().run_tts(text, context_id):
                if isinstance(frame, TTSAudioRawFrame):
                    n = len(frame.audio) // 2
                    if n not in hum:
                        t = np.arange(n) / frame.sample_rate
                        hum[n] = (np.sin(2 * np.pi * 220 * t) * 1000).astype("<i2").tobytes()
                    frame = TTSAudioRawFrame(
                        hum[n] + frame.audio[2 * n :], frame.sample_rate, 1,
                        context_id=frame.context_id,
                    )  # fmt: skip
                yield frame

    return AudibleStandInTTS(latencies=latencies)


def slot_for(n: int) -> tuple[str, str, str]:
    """A (stylist, date, time) per call that no other of 96 calls in a row overlaps (the
    service takes 30 minutes), over the open days after the pinned Tuesday (09:00-17:00)."""
    stylists = ("Fabian", "Mehmet")
    days = [("2026-11-25", "Mittwoch"), ("2026-11-26", "Donnerstag"), ("2026-11-27", "Freitag")]
    k = n % (len(stylists) * len(days) * 16)
    stylist = stylists[k % 2]
    date, _weekday = days[(k // 2) % 3]
    minutes = 9 * 60 + 30 * (k // 6)  # 16 half hours from 09:00
    return stylist, date, f"{minutes // 60:02d}:{minutes % 60:02d}"


class TurnVerdicts:
    """Smart Turn v3's verdicts and inference times, process-wide (instrumentation only: the
    analyzer's result is returned unchanged). An "incomplete" verdict makes the pipeline wait
    for Smart Turn's silence fallback (3 s), which is the model's call, not load.

    Per inference also where its time went, so that a slow one says why without a quiet
    machine: `queued` (handed to the executor -> the model starts: waiting for a thread),
    `run` (the model, wall), `cpu` (its thread's CPU), `runnable` (its thread ready but not on
    a core: the kernel's run-queue delay, /proc schedstat), `back` (the model done -> the event
    loop takes the verdict up: the loop's lag)."""

    def __init__(self) -> None:
        self.verdicts: list[tuple[int, float]] = []  # (prediction, seconds)
        self.timings: list[dict[str, float]] = []

    def install(self) -> None:
        from pipecat.audio.turn.smart_turn.base_smart_turn import BaseSmartTurn
        from pipecat.audio.turn.smart_turn.local_smart_turn_v3 import LocalSmartTurnAnalyzerV3

        from agent.audio_models import SharedSmartTurnAnalyzer

        analyze = getattr(
            BaseSmartTurn.analyze_end_of_turn,
            "__bench_original__",
            BaseSmartTurn.analyze_end_of_turn,
        )
        verdicts, timings = self.verdicts, self.timings

        def timed(original: Any) -> Any:
            def predict(analyzer: Any, audio: Any) -> dict[str, Any]:
                return _timed_predict(original, analyzer, audio, verdicts)

            predict.__bench_original__ = original  # type: ignore[attr-defined]
            return predict

        # the server's analyzer (its own `_predict_endpoint`) and pipecat's stock one
        for cls in (SharedSmartTurnAnalyzer, LocalSmartTurnAnalyzerV3):
            own = cls.__dict__["_predict_endpoint"]
            original = getattr(own, "__bench_original__", own)
            cls._predict_endpoint = timed(original)  # type: ignore[method-assign]

        async def analyze_end_of_turn(analyzer: Any) -> Any:
            analyzer._bench_submitted = time.perf_counter()
            analyzer._bench_timing = None
            result = await analyze(analyzer)
            timing = analyzer._bench_timing
            if timing is not None:
                timing["back"] = time.perf_counter() - timing.pop("ended")
                timings.append(timing)
            return result

        analyze_end_of_turn.__bench_original__ = analyze  # type: ignore[attr-defined]
        BaseSmartTurn.analyze_end_of_turn = analyze_end_of_turn  # type: ignore[method-assign]


def _timed_predict(
    original: Any, analyzer: Any, audio: Any, verdicts: list[tuple[int, float]]
) -> dict[str, Any]:
    began, cpu, ready = time.perf_counter(), time.thread_time(), run_queue_delay()
    result = original(analyzer, audio)
    ended = time.perf_counter()
    verdicts.append((int(result.get("prediction", 0)), ended - began))
    analyzer._bench_timing = {
        "queued": began - getattr(analyzer, "_bench_submitted", began),
        "run": ended - began,
        "cpu": time.thread_time() - cpu,
        "runnable": run_queue_delay() - ready,
        "ended": ended,
    }
    return result


def run_queue_delay() -> float:
    """Seconds this thread has spent ready to run but waiting for a core (Linux; else 0)."""
    try:
        with open("/proc/thread-self/schedstat") as f:
            return int(f.read().split()[1]) / 1e9
    except (OSError, IndexError, ValueError):
        return 0.0


VERDICTS = TurnVerdicts()


def push_bot_audio_on() -> None:
    """The phone output as pipecat's (and serve's before 2026-12-06): every chunk of the bot's
    audio pushed on downstream once sent, whatever `build_pipeline` says; to compare with."""
    from agent.telephony.phone_transport import _PhoneOutputTransport

    _PhoneOutputTransport.bot_audio_onward = property(  # type: ignore[assignment]
        lambda self: True, lambda self, value: None
    )


def standin_settings(script_path: Path, **overrides: Any) -> Any:
    """`serve`'s settings with the offline stand-ins reading `script_path`."""
    from agent.config import Settings

    values: dict[str, Any] = dict(
        calcom_api_key=None,
        twilio_auth_token=None,
        stt_provider="text",
        llm_provider="scripted",
        tts_provider="text",
        standin_script=script_path,
    )
    values.update(overrides)
    return Settings(_env_file=None, **values)


def write_standin_script(prefix: str, script: dict[str, Any] | None = None) -> Path:
    path = Path(tempfile.mkdtemp(prefix=prefix)) / "standin.json"
    text = json.dumps(script or standin_script(), ensure_ascii=False)
    path.write_text(text, encoding="utf-8")
    return path


def services_with_delays(
    settings: Any,
    cal: BenchCalendar,
    latencies: Any,
    *,
    audible: bool = True,
    worker: tuple[int, int] = (0, 1),
) -> Any:
    """serve's per-call stand-ins (STANDIN_SCRIPT read per call, as serve does), with the
    benchmark's delays and a slot of its own per call: the phone line's `services` factory.
    `worker` (index, count): one of several server processes on one calendar; each gives its
    calls slots the others' calls do not get. `services.calls`: how many calls it served."""
    from agent.services import build_services
    from agent.telephony.standin_calls import load_standin_script

    async def services(*_salon: Any) -> Any:
        """The phone line passes the call's salon and its calendar: the benchmark has one."""
        services.calls += 1
        loaded = load_standin_script(settings.standin_script)
        turns = json.loads(json.dumps(loaded.turns))
        stylist, date, at = slot_for(services.calls * worker[1] + worker[0])
        arguments = turns[1][0]["tool_calls"][0]["arguments"]
        arguments.update(stylist=stylist, date=date, time=at)
        arguments.pop("weekday", None)
        built = build_services(
            settings,
            catalog=await cal.runtime.backend.get_catalog(),
            salon=cal.runtime.salon,
            script=turns,
            transcripts=loaded.transcripts,
            latencies=latencies,
        )
        if audible:
            built.tts = audible_tts(latencies)
        return built

    services.calls = 0  # type: ignore[attr-defined]
    return services


async def warm_up(settings: Any, services: Any) -> None:
    """What `serve` does before its first call (the audio models, the heap settled), after
    loading what the stand-ins need: the first measured call is not billed for start-up."""
    from agent.server_process import prepare_for_calls

    await services()
    await prepare_for_calls(settings)


@dataclass
class PhoneServer:
    url: str  # the Twilio Media Streams websocket
    app: Any


@asynccontextmanager
async def phone_server(
    settings: Any,
    cal: BenchCalendar,
    services: Any,
    *,
    sock: socket.socket | None = None,
    worker: tuple[int, int] = (0, 1),
    balance: Any = None,
) -> AsyncIterator[PhoneServer]:
    """`serve`'s app under `serve`'s uvicorn configuration on a loopback port; callers open
    streams directly (no voice webhook, no stream token: `insecure_dev`). `sock`: a listening
    socket to serve on (a worker's, shared with the others as `serve --workers` shares it);
    `worker`: (index, count) as `serve` tells its workers; `balance`: the worker's
    `BalancedAccept` on that socket, as `serve --workers` accepts."""
    from agent.server import create_app
    from agent.telephony.accept_balance import BalancedServer
    from agent.telephony.http_server import server_config

    app = create_app(settings, cal.runtime, insecure_dev=True, worker=worker)
    if sock is None:
        # proto=IPPROTO_TCP so asyncio sets TCP_NODELAY on accepted connections, as uvicorn's
        # own binding (host/port, what `serve` does) gets it.
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = server_config(app, settings)
    server = BalancedServer(config, balance)
    serving = asyncio.create_task(server.serve(sockets=[sock]))
    try:
        while not server.started:
            if serving.done():
                serving.result()
            await asyncio.sleep(0.02)
        app.state.line.services = services  # the one substitution: the benchmark's delays
        yield PhoneServer(url=f"ws://127.0.0.1:{port}/twilio/ws", app=app)
    finally:
        server.should_exit = True
        await asyncio.wait_for(serving, 30)
        sock.close()


def phone_settings(script_path: Path, *, turn: str, turn_silence: float, **extra: Any) -> Any:
    """The phone benchmarks' server settings: the stand-ins, the turn detection, no limit."""
    return standin_settings(
        script_path,
        max_concurrent_calls=100_000,  # the benchmarks look for the limit; admission would cut it
        turn_detection=turn,
        turn_silence_seconds=turn_silence,
        **extra,
    )


@asynccontextmanager
async def bench_phone_server(
    *,
    turn: str,
    turn_silence: float,
    latencies: Any,
    rtt: float,
    audible: bool = True,
    script: dict[str, Any] | None = None,
    ledger_dir: str | None = None,
    **extra: Any,
) -> AsyncIterator[tuple[PhoneServer, BenchCalendar]]:
    """The calendar (sandbox in its own process; the ledger file in `ledger_dir`, default the
    system's temporary directory), the stand-ins with `latencies` playing `script` (default:
    `standin_script()`), the server."""
    script_path = write_standin_script("bench-phone-", script)
    settings = phone_settings(script_path, turn=turn, turn_silence=turn_silence, **extra)
    async with bench_calendar(round_trip=rtt, separate_process=True, ledger_dir=ledger_dir) as cal:
        services = services_with_delays(settings, cal, latencies, audible=audible)
        await warm_up(settings, services)
        async with phone_server(settings, cal, services) as server:
            yield server, cal


# -- the caller side (a separate process) -----------------------------------------------------


def synthetic_speech(seconds: float = 1.6, seed: int = 1) -> bytes:
    """A finished spoken statement for Silero and Smart Turn v3 (see synthetic_voice), mu-law."""
    from agent.telephony.synthetic_voice import mulaw
    from agent.telephony.synthetic_voice import synthetic_speech as speech

    return mulaw(speech(seconds, seed, statement=True))


class TwilioCaller:
    """One caller: streams 20 ms frames for the whole call, speaks when told, times answers."""

    def __init__(self, ws: Any, index: int, speech: bytes):
        self.ws = ws
        self.index = index
        self.speech = speech
        self.stream_sid = "MZ" + uuid.uuid4().hex
        self.call_sid = "CA" + uuid.uuid4().hex
        self.parameters = {"from": CALLER}  # the TwiML's <Parameter>s, as Twilio passes them
        self.pending: list[bytes] = []
        self.speech_ended = asyncio.Event()
        self.speech_end_at: float | None = None
        self.media_times: list[float] = []
        self.media_bytes: list[int] = []
        # Twilio plays the bot's audio at real time, however fast it arrives (pipecat sends
        # ahead): the caller hears the end of a reply when its playout ends, not on arrival.
        self.playout_end = 0.0
        self.max_send_lag = 0.0
        self._seq = 0

    async def send(self, message: dict) -> None:
        await self.ws.send(json.dumps(message))

    async def start(self) -> None:
        await self.send({"event": "connected", "protocol": "Call", "version": "1.0.0"})
        self._seq += 1
        await self.send(
            {
                "event": "start",
                "sequenceNumber": str(self._seq),
                "start": {
                    "accountSid": "AC" + "0" * 32,
                    "streamSid": self.stream_sid,
                    "callSid": self.call_sid,
                    "tracks": ["inbound"],
                    "mediaFormat": {"encoding": "audio/x-mulaw", "sampleRate": 8000, "channels": 1},
                    "customParameters": self.parameters,
                },
                "streamSid": self.stream_sid,
            }
        )

    async def stream(self) -> None:
        """Twilio sends a frame every 20 ms, after it was recorded, whatever is said."""
        import base64

        loop = asyncio.get_running_loop()
        t0 = loop.time()
        k = 0
        while True:
            k += 1
            due = t0 + k * CHUNK_SECONDS
            delay = due - loop.time()
            if delay > 0:
                await asyncio.sleep(delay)
            else:
                self.max_send_lag = max(self.max_send_lag, -delay)
            if self.pending:
                chunk = self.pending.pop(0)
                if not self.pending:
                    self.speech_end_at = time.perf_counter()
                    self.speech_ended.set()
            else:
                chunk = SILENCE_CHUNK
            self._seq += 1
            await self.send(
                {
                    "event": "media",
                    "sequenceNumber": str(self._seq),
                    "media": {
                        "track": "inbound",
                        "chunk": str(k),
                        "timestamp": str(k * 20),
                        "payload": base64.b64encode(chunk).decode(),
                    },
                    "streamSid": self.stream_sid,
                }
            )

    async def listen(self) -> None:
        import base64

        async for raw in self.ws:
            message = json.loads(raw)
            if message.get("event") == "media":
                now = time.perf_counter()
                size = len(base64.b64decode(message["media"]["payload"]))
                self.media_times.append(now)
                self.media_bytes.append(size)
                self.playout_end = max(self.playout_end, now) + size / SAMPLE_RATE
            elif message.get("event") == "clear":  # barge-in: Twilio drops what is queued
                self.playout_end = time.perf_counter()

    def say(self) -> None:
        self.speech_ended.clear()
        self.pending = [
            self.speech[i : i + CHUNK_BYTES] for i in range(0, len(self.speech), CHUNK_BYTES)
        ]
        self.pending[-1] = self.pending[-1].ljust(CHUNK_BYTES, b"\xff")

    async def quiet_for(self, seconds: float, *, after: int = 0, limit: float = 30.0) -> None:
        """Until the bot has sent something after media index `after` and then nothing for
        `seconds` (its reply has been played out)."""
        began = time.perf_counter()
        while time.perf_counter() - began < limit:
            await asyncio.sleep(0.05)
            if (
                len(self.media_times) > after
                and time.perf_counter() - self.media_times[-1] > seconds
            ):
                return
        raise TimeoutError("the bot never finished speaking")

    async def stop(self) -> None:
        self._seq += 1
        await self.send(
            {
                "event": "stop",
                "sequenceNumber": str(self._seq),
                "streamSid": self.stream_sid,
                "stop": {"accountSid": "AC" + "0" * 32, "callSid": self.call_sid},
            }
        )
