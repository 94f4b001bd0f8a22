"""The guard's sentences reach the voice whole.

The confirmation guard hands on complete sentences ("Der Termin am Donnerstag, 3. Dezember um 10
Uhr ist frei."). Pipecat's TTS services cut their text again with a general sentence splitter,
which ends a sentence after "3." and makes the voice say "Donnerstag, dritter." and then, as a new
sentence, "Dezember um zehn Uhr ist frei." Handing each sentence over as an `AggregatedTextFrame`
(what the TTS service's own aggregator makes) speaks it as one phrase; pipecat does the rest
(text transforms, word timestamps, context) as for its own sentences.
"""

from __future__ import annotations

from pipecat.frames.frames import AggregatedTextFrame, Frame, LLMTextFrame, TextType
from pipecat.processors.frame_processor import FrameDirection, FrameProcessor


class WholeSentences(FrameProcessor):
    """Between the guard and the TTS: each spoken `LLMTextFrame` becomes one sentence frame."""

    async def process_frame(self, frame: Frame, direction: FrameDirection):
        await super().process_frame(frame, direction)
        if (
            direction == FrameDirection.DOWNSTREAM
            and isinstance(frame, LLMTextFrame)
            and not frame.skip_tts
            and frame.text.strip()
        ):
            sentence = AggregatedTextFrame(frame.text.strip(), TextType.SENTENCE)
            sentence.metadata.update(frame.metadata)
            await self.push_frame(sentence, direction)
            return
        await self.push_frame(frame, direction)
