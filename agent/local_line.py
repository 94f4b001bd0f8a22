"""The line of a call that is not a phone call: typed (console, replay, tests), browser, microphone.

Hanging up ends the call's own pipeline, the way a phone hang-up ends it: an `EndFrame` queued
behind whatever is still being said, so the caller hears it to the end; the session then releases
the call's holds as on every end. There is no number to put the caller through to.
"""

from __future__ import annotations

from pipecat.frames.frames import EndFrame
from pipecat.pipeline.worker import PipelineWorker


class LocalLine:
    """`tools.line.CallLine` for calls without a telephone provider."""

    can_transfer = False  # nothing to put the caller through to: a hand-over releases nothing

    def __init__(self) -> None:
        self._worker: PipelineWorker | None = None
        self.hung_up = False

    def attach(self, worker: PipelineWorker) -> None:
        """The pipeline this line ends (set once the call's pipeline is built)."""
        self._worker = worker

    async def hang_up(self) -> None:
        if self.hung_up or self._worker is None:
            return
        self.hung_up = True
        await self._worker.queue_frame(EndFrame())

    async def transfer(self, to_number: str) -> bool:
        return False
