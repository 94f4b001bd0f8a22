"""What a caller audio frame costs the event loop on its way to the VAD, per way of passing it.

M calls, each a call's front of the pipeline as `agent.call` builds it on the phone path (an
input transport, the stand-in STT, the user aggregator with the shared Silero VAD and a
fixed-silence turn end, `TurnStarter`'s place after it, observed as `CallWorker` observes),
fed one 32 ms frame of noise per call every 32 ms for --seconds. The ways of passing it
alternate round by round in one process, so a loaded machine's drift falls on all alike:

    pipecat    pipecat's input transport (its audio queue and task), the aggregator pushes
               the audio on to the processor after it (pipecat 1.14 as is)
    straight   the input transport pushes the audio on from the reading task
               (`agent.telephony.phone_transport.AudioStraightOn`)
    ends here  and the user aggregator keeps the audio (`agent.pipeline.CallerAudioEndsHere`)
    cached loop  and asyncio's queues find their loop without `getpid` (`agent.loop_lookup`,
               as `serve` runs; the ways above use asyncio's own lookup)

Printed per way: the event loop's CPU per frame (its thread's CPU time over the frames fed,
median over the rounds), its ratio to pipecat's in each round, and the share of frames the VAD
scored (all of them, in every way). CPU time is what the thread
ran; compare ways of one run, not runs of different machines.

Run: .venv/bin/python bench/caller_audio_cpu.py [--calls 10] [--seconds 4] [--rounds 5]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import machine, machine_line, stamp, table

WINDOW_SECONDS = 0.032
WINDOW_BYTES = 512  # 256 samples at 8 kHz, 16-bit
WAYS = ("pipecat", "straight", "ends here", "cached loop")


def _front(way: str) -> tuple[Any, Any]:
    """(input transport, worker) of one call's front of the pipeline."""
    from pipecat.frames.frames import InputAudioRawFrame
    from pipecat.pipeline.pipeline import Pipeline
    from pipecat.processors.aggregators.llm_context import LLMContext
    from pipecat.processors.frame_processor import FrameDirection, FrameProcessor
    from pipecat.transports.base_input import BaseInputTransport
    from pipecat.transports.base_transport import TransportParams

    from agent.config import Settings
    from agent.pipeline import CallWorker, context_aggregators, user_turn_params
    from agent.standins import ScriptedSTTService
    from agent.telephony.media_stream import phone_pipeline_params
    from agent.telephony.phone_transport import AudioStraightOn

    class PipecatInput(BaseInputTransport):
        async def start(self, frame: Any) -> None:
            await super().start(frame)
            await self.set_transport_ready(frame)

    class StraightInput(AudioStraightOn, PipecatInput):
        pass

    class AfterTheUser(FrameProcessor):  # TurnStarter's place: drops caller audio
        async def process_frame(self, frame: Any, direction: FrameDirection) -> None:
            await super().process_frame(frame, direction)
            if not isinstance(frame, InputAudioRawFrame):
                await self.push_frame(frame, direction)

    audio_in = TransportParams(audio_in_enabled=True, audio_in_passthrough=True)
    transport = (PipecatInput if way == "pipecat" else StraightInput)(audio_in)
    settings = Settings(_env_file=None, turn_detection="silence")
    user, _ = context_aggregators(
        LLMContext(),
        user_turn_params(settings, text_input=False),
        audio_onward=way in ("pipecat", "straight"),
    )
    pipeline = Pipeline([transport, ScriptedSTTService(), user, AfterTheUser()])
    params = phone_pipeline_params(settings)  # 8 kHz: a frame is a VAD window
    params.enable_metrics = params.enable_usage_metrics = True  # as build_pipeline sets them
    return transport, CallWorker(pipeline, params=params, enable_rtvi=False)


async def run(way: str, calls: int, seconds: float) -> tuple[float, float]:
    """The event loop's CPU seconds per frame fed, and the share of frames the VAD scored."""
    from pipecat.frames.frames import EndFrame, InputAudioRawFrame
    from pipecat.workers.runner import WorkerRunner

    from agent import loop_lookup
    from agent.audio_models import SharedSileroVADAnalyzer

    if way == "cached loop":
        loop_lookup.install()
    else:
        loop_lookup.uninstall()
    scored = [0]
    voice_confidence = SharedSileroVADAnalyzer.voice_confidence

    def counted(self: Any, buffer: bytes) -> float:
        scored[0] += 1
        return voice_confidence(self, buffer)

    SharedSileroVADAnalyzer.voice_confidence = counted  # type: ignore[method-assign]

    frames = int(seconds / WINDOW_SECONDS)
    rng = np.random.default_rng(1)
    audio = (rng.standard_normal(256 * frames) * 300).astype("<i2").tobytes()
    fronts = [_front(way) for _ in range(calls)]
    runner = WorkerRunner(handle_sigint=False)
    running = asyncio.create_task(runner.run())
    await runner.add_workers(*(worker for _, worker in fronts))
    await asyncio.sleep(0.5)  # started
    loop = asyncio.get_running_loop()

    async def feed(k: int, transport: Any) -> None:
        start = loop.time() + WINDOW_SECONDS * k / calls
        for i in range(frames):
            due = start + i * WINDOW_SECONDS
            if due > loop.time():
                await asyncio.sleep(due - loop.time())
            chunk = audio[i * WINDOW_BYTES : (i + 1) * WINDOW_BYTES]
            frame = InputAudioRawFrame(audio=chunk, sample_rate=8000, num_channels=1)
            await transport.push_audio_frame(frame)

    before = time.thread_time()
    await asyncio.gather(*(feed(k, transport) for k, (transport, _) in enumerate(fronts)))
    await asyncio.sleep(0.1)  # the last frames through
    cpu = time.thread_time() - before
    for _, worker in fronts:
        await worker.queue_frame(EndFrame())
    await running
    SharedSileroVADAnalyzer.voice_confidence = voice_confidence  # type: ignore[method-assign]
    loop_lookup.uninstall()
    return cpu / (calls * frames), scored[0] / (calls * frames)


def main() -> None:
    from loguru import logger

    from agent.server_process import loop_factory

    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--calls", type=int, default=10)
    p.add_argument("--seconds", type=float, default=4.0)
    p.add_argument("--rounds", type=int, default=5)
    args = p.parse_args()
    logger.remove()
    per_frame: dict[str, list[float]] = {way: [] for way in WAYS}
    vad: dict[str, list[float]] = {way: [] for way in WAYS}
    with asyncio.Runner(loop_factory=loop_factory()) as runner:
        runner.run(run("pipecat", args.calls, 1.0))  # warm: models loaded, imports done
        for r in range(args.rounds):
            order = WAYS if r % 2 == 0 else tuple(reversed(WAYS))
            for way in order:
                cpu, scored = runner.run(run(way, args.calls, args.seconds))
                per_frame[way].append(cpu)
                vad[way].append(scored)
    rows = []
    for way in WAYS:
        ratios = [w / p for w, p in zip(per_frame[way], per_frame["pipecat"], strict=True)]
        rows.append(
            [
                way,
                f"{statistics.median(per_frame[way]) * 1e6:.0f}",
                " ".join(f"{x:.2f}" for x in ratios),
                f"{statistics.median(ratios):.2f}",
                f"{min(vad[way]):.0%}",
            ]
        )
    print(
        f"{stamp()}, {machine_line(machine())}; {args.calls} calls, {args.seconds:g} s a round, "
        f"{args.rounds} rounds\n"
    )
    print(
        table(
            ["way", "loop CPU µs per frame (median)", "÷ pipecat's, each round", "median ratio",
             "frames the VAD scored (least)"],
            rows,
        )
    )  # fmt: skip


if __name__ == "__main__":
    main()
