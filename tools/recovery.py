"""Start-up recovery: what a process that died left half-done is resolved, never guessed.

No call of the dead process is alive: its calls are closed, its holds released (but for fences
of requests still unsettled), bookings whose answer never arrived looked up in Cal.com by their
request id and settled by `calendar_adapter.booking_outcome` (failed only once Cal.com can no
longer carry them out). What cannot be decided yet (Cal.com unreachable, a request that may still
land) stays open for the background upkeep, the next start or `reconcile`.
"""

from __future__ import annotations

from loguru import logger

from calendar_adapter.upkeep import Upkeep
from tools.deps import BookingDeps


def upkeep_for(deps: BookingDeps) -> Upkeep:
    return Upkeep.of(deps)


async def recover_after_crash(deps: BookingDeps) -> list[str]:
    """Resolve what the dead process left; returns one line per thing done (or left)."""
    ledger = deps.ledger
    for call in await ledger.open_calls():
        await ledger.log(call.call_id, "call_ended", reason="process ended")
        await ledger.end_call(call.call_id, reason="process ended")
    upkeep = upkeep_for(deps)
    done = await upkeep.settle_lost_requests(after_crash=True)
    done += await upkeep.release_stale_holds()
    done += await upkeep.check_pending()
    done += await upkeep.retry_releases()
    done += await upkeep.keep_fences()
    done += await upkeep.expire_reserving()
    for line in done:
        logger.info("recovery: {}", line)
    return done
