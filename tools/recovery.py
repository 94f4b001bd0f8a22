"""Start-up recovery: what a process that died left half-done is resolved, never guessed.

The calls no live worker runs (`calendar_adapter.workers.orphaned_calls`: all open calls when
this is the only process; with several workers on one ledger, only those of workers that are
gone) are closed, their holds released (but for fences of requests still unsettled), bookings
whose answer never arrived looked up in Cal.com by their request id and settled by
`calendar_adapter.booking_outcome` (failed only once Cal.com can no longer carry them out).
Another live worker's calls are left to it. What cannot be decided yet (Cal.com unreachable, a request that may still
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
    upkeep = upkeep_for(deps)
    await upkeep.close_orphaned_calls(include_unowned=True)
    # The dead calls are over now: their lost requests are those of ended calls.
    done = await upkeep.settle_lost_requests()
    done += await upkeep.release_stale_holds()
    done += await upkeep.check_pending()
    done += await upkeep.retry_releases()
    done += await upkeep.keep_fences()
    done += await upkeep.expire_reserving()
    for line in done:
        logger.info("recovery: {}", line)
    return done
