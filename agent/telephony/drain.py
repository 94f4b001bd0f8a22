"""Stopping a worker without cutting calls: SIGTERM drains, then the server exits.

On the first SIGTERM (or Ctrl-C) the worker stops taking calls: /healthz/ready answers 503 (load
balancers stop sending), `/twilio/voice` hands the call to another worker that takes calls, else
the fallback (apology or forward), and new streams are refused but for those it had reserved a
place for. Calls already running go on until they end, at most `DRAIN_TIMEOUT_SECONDS`; then
uvicorn shuts down (calls still running then are ended, their holds released). A second signal
shuts down at once.
"""

from __future__ import annotations

import asyncio
import signal
import time
from collections.abc import Callable
from types import FrameType

import uvicorn
from loguru import logger

from agent.telephony.accept_balance import BalancedAccept, BalancedServer
from agent.telephony.admission import Admission

POLL_SECONDS = 0.2


class Drain:
    def __init__(self, admission: Admission, *, timeout: float):
        self.admission = admission
        self.timeout = timeout
        self.begun_at: float | None = None
        self._listeners: list[Callable[[], None]] = []

    @property
    def begun(self) -> bool:
        return self.begun_at is not None

    def on_begin(self, listener: Callable[[], None]) -> None:
        self._listeners.append(listener)

    def begin(self) -> None:
        if self.begun:
            return
        self.begun_at = time.monotonic()
        self.admission.drain()
        for listener in self._listeners:
            listener()

    def idle(self) -> bool:
        return self.admission.active == 0 and self.admission.reserved == 0

    async def run(self) -> bool:
        """Begin, then wait until no call runs (or is reserved) here; False when the timeout
        ended the wait first."""
        self.begin()
        assert self.begun_at is not None
        deadline = self.begun_at + self.timeout
        logger.info(
            f"serve: draining: no new calls; waiting for {self.admission.active} running call(s)"
            f" to end (at most {self.timeout:.0f} s)"
        )
        while not self.idle():
            if time.monotonic() >= deadline:
                logger.warning(
                    f"serve: drain timeout: ending {self.admission.active} call(s) still running"
                )
                return False
            await asyncio.sleep(POLL_SECONDS)
        logger.info("serve: drained: no call running; shutting down")
        return True


class DrainingServer(BalancedServer):
    """uvicorn's server whose first SIGTERM/SIGINT drains before the usual shutdown. With
    `balance` (`serve --workers N`), a draining worker leaves the others the new connections."""

    def __init__(self, config: uvicorn.Config, drain: Drain, balance: BalancedAccept | None = None):
        super().__init__(config, balance)
        self.drain = drain
        if balance is not None:
            drain.on_begin(balance.leave)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._draining: asyncio.Task | None = None

    async def serve(self, sockets: list | None = None) -> None:
        self._loop = asyncio.get_running_loop()
        await super().serve(sockets)

    def handle_exit(self, sig: int, frame: FrameType | None) -> None:
        draining = self.drain.begun or self._draining is not None
        if draining or self._loop is None or not self.started or sig not in _DRAIN_SIGNALS:
            super().handle_exit(sig, frame)  # a second signal, or before start: at once
            return
        self._loop.call_soon_threadsafe(self._start, sig)

    def _start(self, sig: int) -> None:
        self._draining = asyncio.ensure_future(self._drain_then_exit(sig))

    async def _drain_then_exit(self, sig: int) -> None:
        try:
            await self.drain.run()
        finally:
            super().handle_exit(sig, None)


_DRAIN_SIGNALS = (signal.SIGTERM, signal.SIGINT)
