"""How a hand-over ended, carried from the webhook that says so to the call that waits for it.

Telnyx posts a transfer's events to `/telnyx/events` of whichever worker its load balancer
picks; the call whose line waits may run in another one. The outcome is written to the ledger
every worker shares (`transfer_outcomes`, the first one stands), and the waiting line reads it
there. When the webhook landed in the waiting worker itself, the waiter is woken at once
instead of on its next look at the ledger.
"""

from __future__ import annotations

import asyncio
import contextlib
from typing import Any

from calendar_adapter.ledger import TransferOutcome

POLL_SECONDS = 0.5


class TransferOutcomes:
    def __init__(self, ledger: Any, *, poll_seconds: float = POLL_SECONDS):
        self._ledger = ledger  # the shared ledger (its table is global, not a salon's)
        self._poll = poll_seconds
        self._waiting: dict[str, asyncio.Event] = {}

    async def record(
        self,
        *,
        transfer_id: str,
        call_id: str,
        answered: bool,
        cause: str,
        message_id: int | None = None,
    ) -> bool:
        """Store the outcome (False: one was already stored) and wake a waiter here."""
        stored = await self._ledger.record_transfer_outcome(
            transfer_id=transfer_id,
            call_id=call_id,
            answered=answered,
            cause=cause,
            message_id=message_id,
        )
        waiting = self._waiting.get(transfer_id)
        if waiting is not None:
            waiting.set()
        return stored

    async def known(self, transfer_id: str) -> TransferOutcome | None:
        return await self._ledger.transfer_outcome(transfer_id)

    async def wait(self, transfer_id: str, *, within: float) -> TransferOutcome | None:
        """The outcome, once any worker stored it; None when none came `within` seconds."""
        woken = self._waiting.setdefault(transfer_id, asyncio.Event())
        loop = asyncio.get_running_loop()
        deadline = loop.time() + within
        try:
            while True:
                woken.clear()  # before reading: a record landing meanwhile still wakes us
                outcome = await self._ledger.transfer_outcome(transfer_id)
                left = deadline - loop.time()
                if outcome is not None or left <= 0:
                    return outcome
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(woken.wait(), min(self._poll, left))
        finally:
            self._waiting.pop(transfer_id, None)
