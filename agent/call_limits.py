"""How long a call may last and how long the line may stay silent, and the timer for the first.

The limits come from the settings (`MAX_CALL_MINUTES`, `SILENCE_PROMPT_SECONDS`,
`HANG_UP_AFTER_GOODBYE_SECONDS`); `SilenceWatch` keeps the silence, `MaxDuration` the call's
length, both on a clock (the call's: a replay moves it), and both end the call through
`CallEnder`, politely: code says why, the summary, goodbye, then the line is hung up.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from calendar_adapter.clock import Clock


@dataclass(frozen=True)
class CallLimits:
    max_call_seconds: float  # 0: no limit
    silence_seconds: float  # silence before "Sind Sie noch da?" (and again before the end); 0: off
    after_goodbye_seconds: float  # silence after the goodbye before code hangs up

    @classmethod
    def from_settings(cls, settings: object) -> CallLimits:
        return cls(
            max_call_seconds=float(getattr(settings, "max_call_minutes", 10.0)) * 60,
            silence_seconds=float(getattr(settings, "silence_prompt_seconds", 8.0)),
            after_goodbye_seconds=float(getattr(settings, "hang_up_after_goodbye_seconds", 2.0)),
        )


class MaxDuration:
    """Calls `on_limit` once the call has lasted `seconds` on `clock` (from `start`)."""

    def __init__(self, clock: Clock, seconds: float, on_limit: Callable[[], Awaitable[None]]):
        self._clock = clock
        self._seconds = seconds
        self._on_limit = on_limit
        self._task: asyncio.Task | None = None

    def start(self) -> None:
        if self._seconds > 0 and self._task is None:
            self._task = asyncio.create_task(self._run(), name="max-call-duration")

    async def _run(self) -> None:
        await self._clock.sleep(self._seconds)
        await self._on_limit()

    async def stop(self) -> None:
        task, self._task = self._task, None
        if task is None or task.done() or task is asyncio.current_task():
            return
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
