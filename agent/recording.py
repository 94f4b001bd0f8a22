"""Recording a call, only with the caller's clear yes (§201 StGB).

Nothing of a call's audio is stored unless the salon file turns recording on. Then the greeting
ends with the consent question (spoken by code), and `ConsentGate` reads the caller's first answer
(`agent.consent`: unclear is no), notes it on the timeline and in the ledger, tells the caller
what was decided, and starts `CallRecorder` only after a yes. A no: the call goes on, nothing is
recorded. An answer that says more ("Ja, und ich hätte gern einen Termin") goes on to the model
after code's acknowledgement; a bare yes or no is answered by code alone.

`CallRecorder` is Pipecat's `AudioBufferProcessor` (after the output, where the agent's audio
passes) writing a mono WAV per call to RECORDINGS_DIR; the caller's audio reaches it through
`tap`, because the pipeline drops caller audio after turn detection (`TurnStarter`).
"""

from __future__ import annotations

import asyncio
import wave
from pathlib import Path
from typing import Any

from loguru import logger
from pipecat.frames.frames import Frame, InputAudioRawFrame, LLMContextFrame
from pipecat.processors.audio.audio_buffer_processor import AudioBufferProcessor
from pipecat.processors.frame_processor import FrameDirection, FrameProcessor

from agent.call_end import code_reply
from agent.consent import Consent, read_consent
from agent.tool_wiring import _last_user_text  # the caller's words of the turn being started

ACK = {
    "de": {
        Consent.GIVEN: "Danke, das Gespräch wird ab jetzt aufgezeichnet.",
        Consent.REFUSED: "In Ordnung, das Gespräch wird nicht aufgezeichnet.",
        Consent.UNCLEAR: "Ich zeichne das Gespräch nicht auf.",
        "question": "Was kann ich für Sie tun?",
        "note": "Die Frage nach der Aufzeichnung ist beantwortet ({answer}), das System hat es "
        "dem Anrufer bestätigt. Sprich nicht mehr darüber; geh auf sein Anliegen ein.",
    },
    "en": {
        Consent.GIVEN: "Thank you, the call is being recorded from now on.",
        Consent.REFUSED: "All right, the call will not be recorded.",
        Consent.UNCLEAR: "I will not record this call.",
        "question": "How can I help you?",
        "note": "The recording question is answered ({answer}) and the system has confirmed it to "
        "the caller. Do not mention it again; attend to the caller's request.",
    },
}
BUFFER_BYTES = 16000 * 2 * 10  # hand audio to the file about every ten seconds


class CallRecorder:
    """One call's recording: `processor` goes after the output, `tap` before the turn starter."""

    def __init__(self, directory: Path, call_id: str, *, on_saved: Any = None):
        self.path = Path(directory) / f"{call_id}.wav"
        self._on_saved = on_saved  # async (path, seconds) -> None
        self.processor = AudioBufferProcessor(num_channels=1, buffer_size=BUFFER_BYTES)
        self.tap = _CallerAudioTap(self)
        self._file: wave.Wave_write | None = None
        self._closed = False  # one file per call: audio after its close is not written
        self._frames = 0
        self._rate = 0
        self._lock = asyncio.Lock()
        self.processor.add_event_handler("on_audio_data", self._write)
        self.processor.add_event_handler("on_recording_stopped", self._close)

    @property
    def recording(self) -> bool:
        return self.processor._recording  # pipecat keeps no public flag

    async def start(self) -> None:
        await self.processor.start_recording()

    async def _write(self, _processor: Any, audio: bytes, sample_rate: int, channels: int):
        async with self._lock:
            if self._closed:
                return
            if self._file is None:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                self._file = await asyncio.to_thread(_open_wav, self.path, sample_rate, channels)
                self._rate = sample_rate
            await asyncio.to_thread(self._file.writeframes, audio)
            self._frames += len(audio) // (2 * channels)

    async def _close(self, _processor: Any) -> None:
        async with self._lock:
            if self._file is None:
                return
            await asyncio.to_thread(self._file.close)
            self._file, self._closed = None, True
            seconds = self._frames / self._rate if self._rate else 0.0
        logger.info(f"recording saved: {self.path} ({seconds:.1f} s)")
        if self._on_saved is not None:
            await self._on_saved(str(self.path), seconds)


def _open_wav(path: Path, sample_rate: int, channels: int) -> wave.Wave_write:
    out = wave.open(str(path), "wb")
    out.setnchannels(channels)
    out.setsampwidth(2)
    out.setframerate(sample_rate)
    return out


class _CallerAudioTap(FrameProcessor):
    """While recording, the caller's audio goes to the recorder instead of on (nothing after
    the user aggregator uses it); otherwise everything passes."""

    def __init__(self, recorder: CallRecorder, **kwargs):
        super().__init__(**kwargs)
        self._recorder = recorder

    async def process_frame(self, frame: Frame, direction: FrameDirection):
        await super().process_frame(frame, direction)
        if isinstance(frame, InputAudioRawFrame) and self._recorder.recording:
            await self._recorder.processor.queue_frame(frame, direction)
            return
        await self.push_frame(frame, direction)


class ConsentGate(FrameProcessor):
    """Before the turn starter: the caller's first turn answers the recording question."""

    def __init__(
        self,
        *,
        session: Any,
        recorder: CallRecorder,
        language: str = "de",
        **kwargs,
    ):
        super().__init__(**kwargs)
        self._session = session
        self._recorder = recorder
        self._words = ACK["en" if language == "en" else "de"]
        self.answer: Consent | None = None

    async def process_frame(self, frame: Frame, direction: FrameDirection):
        await super().process_frame(frame, direction)
        if (
            self.answer is None
            and direction == FrameDirection.DOWNSTREAM
            and isinstance(frame, LLMContextFrame)
        ):
            reading = read_consent(_last_user_text(frame.context))
            self.answer = reading.answer
            await self._decided(reading.answer)
            ack = self._words[reading.answer]
            # Pushed from here, the caller's turn (its interruption) has passed before them.
            if reading.bare:  # code answers; the model has nothing to reply to
                for said in code_reply(f"{ack} {self._words['question']}"):
                    await self.push_frame(said)
                return
            for said in code_reply(ack, whole=False):  # heard first in the model's reply
                await self.push_frame(said)
            note = self._words["note"].format(answer=reading.answer.value)
            frame.context.add_message({"role": "developer", "content": note})
        await self.push_frame(frame, direction)

    async def _decided(self, answer: Consent) -> None:
        session = self._session
        await session.log("recording_consent", answer=answer.value)
        await session.deps.ledger.set_recording(session.call_id, consent=answer.value)
        if answer is Consent.GIVEN:
            await self._recorder.start()
            await session.log("recording_started", path=str(self._recorder.path))
