"""Catching a tool call in flight, so the caller can hang up or talk while it runs.

The tools write their timeline through the call's ledger; `InFlightLedger` is that ledger with a
catch: once armed for a tool, the tool's own task stops right after it writes the chosen timeline
kind (`tool_called` by default, or e.g. `booking_sent`) and waits there until the replay lets it
go, after the hang-up or the barge-in reached the pipeline. Nothing is simulated: the pipeline,
the tool and the calendar run as in a phone call; only the moment is chosen.
"""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any

from loguru import logger

from agent.replay.spec import DuringEvent

# A caught tool call is let go after this long (real seconds) even if nobody released it, so a
# replay that went wrong ends instead of hanging.
CATCH_LIMIT_SECONDS = 30.0


class InFlightLedger:
    """The call's ledger, forwarding everything; `log` can hold the armed tool's task."""

    def __init__(self, ledger: Any):
        self._ledger = ledger
        self._armed: DuringEvent | None = None
        self._started = False
        self.caught = asyncio.Event()  # the armed tool stopped at its kind
        self.finished = asyncio.Event()  # the armed tool's result is on the timeline
        self.result: dict[str, Any] = {}  # ... and that result
        self._go = asyncio.Event()

    def __getattr__(self, name: str) -> Any:
        return getattr(self._ledger, name)

    def arm(self, during: DuringEvent) -> None:
        self._armed, self._started = during, False
        self.caught, self.finished, self._go = asyncio.Event(), asyncio.Event(), asyncio.Event()
        self.result = {}

    def release(self) -> None:
        """Let the caught tool go on."""
        self._go.set()

    def disarm(self) -> None:
        self.release()
        self._armed = None

    async def log(self, call_id: str, kind: str, **data: Any) -> None:
        await self._ledger.log(call_id, kind, **data)
        armed = self._armed
        if armed is None:
            return
        if kind == "tool_called":
            if self.caught.is_set():
                self.release()  # another tool of the call would wait for the caught one
            elif data.get("tool") == armed.tool:
                self._started = True
        if kind == "tool_result" and self._started and data.get("tool") == armed.tool:
            self.result = dict(data.get("result") or {})
            self.finished.set()
        if self._started and not self.caught.is_set() and kind == armed.at:
            self.caught.set()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._go.wait(), CATCH_LIMIT_SECONDS)
            if not self._go.is_set():
                logger.warning(f"replay: {armed.tool} held past {CATCH_LIMIT_SECONDS} s; let go")
