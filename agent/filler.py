"""One short filler when a tool keeps the caller waiting.

Silence on the phone sounds like a dropped call. When tools run longer than `after` seconds the
caller hears "Einen Moment, ich schaue nach." once; never a second time in the same turn, however
many tools run one after another.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager

from agent.turn_state import TurnState

FILLER_TEXT = {
    "de": "Einen Moment bitte, ich schaue nach.",
    "en": "One moment please, let me check.",
}

Speak = Callable[[str], Awaitable[None]]


class Filler:
    """Counts running tools; speaks once per turn when they outlast `after` seconds."""

    def __init__(self, state: TurnState, *, after: float = 0.7, language: str = "de"):
        self._state = state
        self._after = after
        self.text = FILLER_TEXT.get(language, FILLER_TEXT["de"])
        self._running = 0
        self._timer: asyncio.Task | None = None
        self._spoken_in_turn = -1
        self.spoken = 0

    @asynccontextmanager
    async def waiting(self, speak: Speak) -> AsyncIterator[None]:
        """Wrap one tool run; `speak` says the filler if it becomes due."""
        self._running += 1
        if self._running == 1 and self._spoken_in_turn != self._state.turn:
            self._timer = asyncio.create_task(self._speak_later(speak, self._state.turn))
        try:
            yield
        finally:
            self._running -= 1
            if self._running == 0 and self._timer is not None:
                self._timer.cancel()
                self._timer = None

    async def _speak_later(self, speak: Speak, turn: int) -> None:
        await asyncio.sleep(self._after)
        if self._spoken_in_turn == turn or self._state.turn != turn:
            return
        self._spoken_in_turn = turn
        self.spoken += 1
        # Once started, the filler is said to the end even if the tool finishes meanwhile.
        await asyncio.shield(speak(self.text))
