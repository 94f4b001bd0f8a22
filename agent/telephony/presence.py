"""This worker in the shared ledger: its id on every call it runs, a heartbeat with its load.

Every `HEARTBEAT_SECONDS` the worker writes its row in `workers` (calls running, places
reserved, its limit, whether it takes calls, whether it drains), and drops its reservations
whose streams another worker opened. /healthz reads all rows: a load balancer or a person sees
every worker's load from any one of them. A worker that exits says so; one that dies stops
beating and its calls are recovered by the others (`calendar_adapter.workers`).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import uuid
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from loguru import logger

from agent.telephony.admission import Admission
from calendar_adapter.ledger import Ledger, WorkerRow
from calendar_adapter.workers import (
    HEARTBEAT_SECONDS,
    WORKER_STALE,
    is_alive,
    registered_here,
    this_host,
)

# Rows of workers gone this long (and running no open call) are deleted.
FORGET_WORKERS_AFTER = timedelta(days=1)


def new_worker_id() -> str:
    return f"{this_host()}-{os.getpid()}-{uuid.uuid4().hex[:6]}"


class Presence:
    def __init__(
        self,
        ledger: Ledger,
        admission: Admission,
        *,
        worker_id: str | None = None,
        every: float = HEARTBEAT_SECONDS,
        servable: Callable[[], bool] = lambda: True,
    ):
        """`servable`: whether calls can be taken at all (keys, providers), whatever the load."""
        self.ledger = ledger
        self.admission = admission
        self.servable = servable
        self.worker_id = worker_id or new_worker_id()
        registered_here(self.worker_id)
        self.every = every
        self._started_at: datetime | None = None
        self._wake = asyncio.Event()
        self._task: asyncio.Task | None = None

    async def start(self) -> None:
        """Stamp the ledger's calls with this worker, beat once, then every `every` seconds."""
        self.ledger.worker_id = self.worker_id
        self._started_at = self.ledger.clock.now()
        await self.beat()
        await self.ledger.forget_workers(before=self._started_at - FORGET_WORKERS_AFTER)
        self._task = asyncio.create_task(self._run(), name=f"presence {self.worker_id}")

    def wake(self) -> None:
        """Beat now (the load or the drain state changed)."""
        self._wake.set()

    async def beat(self) -> None:
        admission = self.admission
        if admission.reserved:
            elsewhere = await self.ledger.redeemed_stream_tokens(admission.reserved_keys())
            admission.forget(elsewhere)
        await self.ledger.worker_beat(
            WorkerRow(
                worker_id=self.worker_id,
                host=this_host(),
                pid=os.getpid(),
                started_at=self._started_at or self.ledger.clock.now(),
                active_calls=admission.active,
                reserved_calls=admission.reserved,
                call_limit=admission.limit,
                accepting=admission.accepting and self.servable(),
                draining=admission.draining,
            )
        )

    async def _run(self) -> None:
        while True:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), self.every)
            self._wake.clear()
            try:
                await self.beat()
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # the ledger away for a moment: beat again next time
                logger.warning(f"presence: heartbeat not written ({type(exc).__name__}: {exc})")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        try:
            await self.ledger.worker_stopped(self.worker_id)
        except Exception as exc:
            logger.warning(f"presence: could not record the stop ({type(exc).__name__}: {exc})")

    async def cluster(self) -> dict[str, Any]:
        """The live workers on this ledger and their load, for /healthz."""
        now = self.ledger.clock.now()
        rows = await self.ledger.workers(seen_since=now - WORKER_STALE)
        alive = [w for w in rows if is_alive(w, now)]
        return {
            "workers": [
                {
                    "worker": w.worker_id,
                    "active_calls": w.active_calls,
                    "reserved": w.reserved_calls,
                    "limit": w.call_limit,
                    "accepting": w.accepting,
                    "draining": w.draining,
                    "seen_seconds_ago": round((now - w.heartbeat_at).total_seconds(), 1)
                    if w.heartbeat_at
                    else None,
                }
                for w in alive
            ],
            "active_calls": sum(w.active_calls for w in alive),
            "limit": sum(w.call_limit for w in alive if not w.draining),
            "accepting": sum(1 for w in alive if w.accepting),
        }

    async def another_accepts(self) -> bool:
        """Whether a live worker other than this one takes calls now (per its last beat)."""
        cluster = await self.cluster()
        return any(w["accepting"] and w["worker"] != self.worker_id for w in cluster["workers"])
