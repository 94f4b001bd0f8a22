"""Several `serve` workers on one ledger: which are alive, and which open calls have nobody.

Each worker beats into the ledger's `workers` table (`agent.telephony.presence`); its calls
carry its id. A call whose worker stopped, died (same host, process gone) or has not beaten for
`WORKER_STALE` belongs to nobody: start-up recovery and the upkeep close it and free its holds.
A call of a live worker is never touched by another: it looks after its own holds and requests.
"""

from __future__ import annotations

import os
import socket
from datetime import datetime, timedelta

from .ledger import CallRow, Ledger, WorkerRow

# Workers beat every few seconds (`HEARTBEAT_SECONDS`); one silent this long is gone.
HEARTBEAT_SECONDS = 5.0
WORKER_STALE = timedelta(seconds=30)


# Worker ids this process has registered. A row with this host and this pid but another id
# is an earlier process that had the same pid (a restarted container's pid 1): it is gone.
_REGISTERED_HERE: set[str] = set()


def this_host() -> str:
    return socket.gethostname()


def registered_here(worker_id: str) -> None:
    _REGISTERED_HERE.add(worker_id)


def _pid_running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # someone else's process: it exists
        return True
    return True


def is_alive(
    worker: WorkerRow, now: datetime, *, host: str | None = None, stale: timedelta = WORKER_STALE
) -> bool:
    if worker.stopped_at is not None:
        return False
    if worker.host == (host or this_host()):
        if not _pid_running(worker.pid):
            return False
        if worker.pid == os.getpid() and worker.worker_id not in _REGISTERED_HERE:
            return False
    return worker.heartbeat_at is not None and now - worker.heartbeat_at <= stale


async def orphaned_calls(
    ledger: Ledger, now: datetime, *, include_unowned: bool, stale: timedelta = WORKER_STALE
) -> list[CallRow]:
    """Open calls no live worker runs. `include_unowned`: also calls no worker recorded (a
    `console` or `mic` run, or a process before workers existed): at start-up, as always."""
    workers = {w.worker_id: w for w in await ledger.workers()}
    host = this_host()
    orphans: list[CallRow] = []
    for call in await ledger.open_calls():
        if call.worker_id is None:
            if include_unowned:
                orphans.append(call)
            continue
        if call.worker_id == ledger.worker_id:
            continue  # this process's own call
        worker = workers.get(call.worker_id)
        if worker is None or not is_alive(worker, now, host=host, stale=stale):
            orphans.append(call)
    return orphans
