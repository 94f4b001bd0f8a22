"""Kept slot answers across workers: what one worker's write or webhook changed, the others forget.

Each worker keeps slot answers for `CALCOM_SLOT_CACHE_SECONDS` (`slot_answers.py`). A hold,
release or booking made by one worker, or a Cal.com webhook delivered to one worker, forgets the
stylist's answers there at once; this feed tells the other workers on the ledger:

- every change a gate makes is written to the ledger's `slot_changes` table (its key, the event
  types it placed, the host, or "everything"), from a background task, so the request that
  caused it never waits for the ledger;
- every worker reads the rows newer than the last it saw every `poll_seconds` (one indexed
  query) and forgets the same answers in its gates on that key; its own rows it skips;
- rows older than `keep_seconds` are dropped (never the newest: it is where readers go on).

Why polling, and not PostgreSQL's LISTEN/NOTIFY: one code path for both engines (SQLite has no
notifications), no connection held outside the pool per worker and no reconnect logic, and a
delay (at most `poll_seconds` plus a query, `bench/slot_changes.py`) well inside what a kept
answer may be stale anyway: the hold in Cal.com is the truth, and a time an answer showed free
that Cal.com will not hold is answered with fresh alternatives. Gates of one process on the same
key (two salons sharing a Cal.com account) are told at once, without the ledger; a process
alone on its ledger needs only that (`local_only`: nothing written, nothing polled).
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Protocol

from loguru import logger

from ..clock import Clock
from ..ledger import SlotChange
from .gate import RequestGate

DEFAULT_POLL_SECONDS = 1.0
DEFAULT_KEEP_SECONDS = 60.0
PRUNE_EVERY_SECONDS = 30.0


class ChangeLedger(Protocol):
    """What the feed needs of the ledger (`calendar_adapter.ledger.Ledger`)."""

    instance: str
    clock: Clock

    async def add_slot_change(
        self,
        key: str,
        *,
        event_type_ids: Iterable[int] = (),
        host_user_id: int | None = None,
        everywhere: bool = False,
    ) -> None: ...

    async def last_slot_change(self) -> int: ...

    async def slot_changes_after(self, after_id: int, *, limit: int = 500) -> list[SlotChange]: ...

    async def forget_slot_changes(self, *, before: datetime) -> int: ...


@dataclass(frozen=True)
class _Change:
    key: str
    event_type_ids: frozenset[int]
    host_user_id: int | None
    everywhere: bool


@dataclass
class FeedCounts:
    published: int = 0  # changes made here, written for the others
    applied: int = 0  # changes of other workers forgotten here
    failed_writes: int = 0
    failed_polls: int = 0
    last_poll: float | None = None  # monotonic time of the last successful poll


@dataclass
class SlotChangeFeed:
    """One per process on a shared ledger; every gate of the process is `attach`ed."""

    ledger: ChangeLedger | None
    poll_seconds: float = DEFAULT_POLL_SECONDS
    keep_seconds: float = DEFAULT_KEEP_SECONDS
    counts: FeedCounts = field(default_factory=FeedCounts)
    local_only: bool = False  # no other process on the ledger: only this process's gates

    def __post_init__(self) -> None:
        self._gates: dict[str, list[RequestGate]] = {}
        self._outgoing: asyncio.Queue[_Change] = asyncio.Queue()
        self._last_seen = 0
        self._tasks: list[asyncio.Task] = []

    # -- gates ---------------------------------------------------------------------------------

    def attach(self, gate: RequestGate) -> None:
        """`gate`'s changes go to the other workers, and theirs on its key come to it."""
        self._gates.setdefault(gate.key, []).append(gate)

        def changed(event_type_ids: frozenset[int], host: int | None, everywhere: bool) -> None:
            self._changed_here(gate, _Change(gate.key, event_type_ids, host, everywhere))

        gate.slot_answers.on_change = changed

    def detach(self, gate: RequestGate) -> None:
        gates = self._gates.get(gate.key, [])
        if gate in gates:
            gates.remove(gate)
        gate.slot_answers.on_change = None

    def _changed_here(self, origin: RequestGate, change: _Change) -> None:
        for gate in self._gates.get(change.key, []):
            if gate is not origin:
                _tell(gate, change.event_type_ids, change.host_user_id, change.everywhere)
        if not self.local_only:
            self._outgoing.put_nowait(change)

    # -- running ---------------------------------------------------------------------------------

    async def start(self) -> None:
        """Read from the newest change on (older ones were before this process's answers)."""
        if self.local_only:
            return
        assert self.ledger is not None
        self._last_seen = await self.ledger.last_slot_change()
        self._tasks = [
            asyncio.create_task(self._write_forever(), name="slot-changes-write"),
            asyncio.create_task(self._poll_forever(), name="slot-changes-poll"),
        ]

    async def stop(self) -> None:
        """Write what is still queued (briefly), then stop."""
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(self._outgoing.join(), 2.0)
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._tasks = []

    async def __aenter__(self) -> SlotChangeFeed:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    async def poll_once(self) -> int:
        """Forget what the other workers' changes since the last poll changed; how many."""
        assert self.ledger is not None
        applied = 0
        while True:
            rows = await self.ledger.slot_changes_after(self._last_seen)
            for row in rows:
                self._last_seen = max(self._last_seen, row.id)
                if row.origin == self.ledger.instance:
                    continue
                for gate in self._gates.get(row.key, []):
                    _tell(gate, row.event_type_ids, row.host_user_id, row.everywhere)
                applied += 1
            if len(rows) < 500:
                break
        self.counts.applied += applied
        self.counts.last_poll = time.monotonic()
        return applied

    async def _write_forever(self) -> None:
        while True:
            change = await self._outgoing.get()
            assert self.ledger is not None
            try:
                await self.ledger.add_slot_change(
                    change.key,
                    event_type_ids=change.event_type_ids,
                    host_user_id=change.host_user_id,
                    everywhere=change.everywhere,
                )
                self.counts.published += 1
            except Exception as exc:  # the others keep their answers until they lapse
                self.counts.failed_writes += 1
                logger.warning(
                    "slot changes: not told to the other workers ({}); their kept answers "
                    "lapse by themselves",
                    type(exc).__name__,
                )
            finally:
                self._outgoing.task_done()

    async def _poll_forever(self) -> None:
        pruned = time.monotonic()
        while True:
            await asyncio.sleep(self.poll_seconds)
            try:
                await self.poll_once()
                if time.monotonic() - pruned >= PRUNE_EVERY_SECONDS:
                    assert self.ledger is not None
                    pruned = time.monotonic()
                    before = self.ledger.clock.now() - timedelta(seconds=self.keep_seconds)
                    await self.ledger.forget_slot_changes(before=before)
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                self.counts.failed_polls += 1
                logger.warning("slot changes: reading the others' failed ({})", type(exc).__name__)


def _tell(
    gate: RequestGate, event_type_ids: Iterable[int], host_user_id: int | None, everywhere: bool
) -> None:
    gate.slot_answers.changed_elsewhere(
        event_type_ids=event_type_ids, host_user_id=host_user_id, everywhere=everywhere
    )
