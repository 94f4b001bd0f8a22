"""The call's lock: its tool calls and its background upkeep take turns, and upkeep knows when a
tool is waiting.

Tool calls take it with `async with lock:`; the keep-alive with `async with lock.background() as
wanted:`, where `wanted` is set while a tool (or the end of the call) waits for the lock. The
upkeep runs its Cal.com requests inside `calendar_adapter.budget.give_way(wanted)`, so it never
holds the lock while waiting for Cal.com's budget: the caller's request goes first.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from types import TracebackType


class CallLock:
    def __init__(self) -> None:
        self._lock = asyncio.Lock()
        self._asking = 0  # tool calls waiting for the lock now
        self._wanted = asyncio.Event()

    def locked(self) -> bool:
        return self._lock.locked()

    async def __aenter__(self) -> None:
        self._asking += 1
        self._wanted.set()
        try:
            await self._lock.acquire()
        finally:
            self._asking -= 1
            if not self._asking:
                self._wanted.clear()

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self._lock.release()

    @contextlib.asynccontextmanager
    async def background(self) -> AsyncIterator[asyncio.Event]:
        """The lock, for work nobody is waiting for; yields the event set while a tool waits."""
        async with self._lock:
            yield self._wanted
