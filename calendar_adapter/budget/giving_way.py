"""Background work that gives way to a caller instead of waiting for Cal.com's budget.

A call's keep-alive extends its holds holding the call's lock, the lock the caller's tools take.
Were it to wait in the gate's line for the next window (up to a minute) while a caller said
"ja, buchen", the caller would sit in silence behind upkeep. Work run inside `give_way(wanted)`
therefore never waits once `wanted` is set: a request of it that has no token yet (or would
wait to be sent again after a 429 or a failed connect) raises `GaveWayError` instead. Nothing was
sent, so nothing is lost; the work tries again in its next round.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
from collections.abc import Iterator

from ..backend import GaveWayError

_WANTED: contextvars.ContextVar[asyncio.Event | None] = contextvars.ContextVar(
    "give_way_when", default=None
)


@contextlib.contextmanager
def give_way(wanted: asyncio.Event | None) -> Iterator[None]:
    """Requests made inside give way rather than wait while `wanted` is set (None: they wait)."""
    token = _WANTED.set(wanted)
    try:
        yield
    finally:
        _WANTED.reset(token)


def wanted() -> asyncio.Event | None:
    """The event requests made here give way to, if any."""
    return _WANTED.get()


def give_way_if_wanted(what: str) -> None:
    """Raise `GaveWayError` when the work this runs in should give way now (before a wait)."""
    event = _WANTED.get()
    if event is not None and event.is_set():
        raise GaveWayError(f"{what}: gave way to the caller instead of waiting")
