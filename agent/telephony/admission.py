"""How many calls this process takes at once, and who gets the places.

One process carries a limited number of calls before every caller hears the delay (measured by
`bench/concurrent_calls.py`); past that, the extra caller is refused or forwarded, so the calls
already running keep their timing. Twilio asks `/twilio/voice` before it opens the stream: the
answer reserves a place for that CallSid, which the stream then takes. A stream that arrives
without a reservation (Telnyx, or Twilio when the reservation expired) takes a free place or is
refused.

Each worker process decides for itself; its counts are published in the ledger
(`agent.telephony.presence`), where /healthz and the other workers see them. A reservation whose
stream opened on another worker is dropped here as soon as the ledger shows it (`forget`).
While the worker drains (`drain()`, on SIGTERM) it reserves nothing and admits only the streams
it had reserved places for.
"""

from __future__ import annotations

import math
import os
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

# Twilio opens the stream a second or two after it fetched the TwiML; a place reserved for a
# stream that never came is free again after this long.
RESERVATION_SECONDS = 20.0


def available_cores() -> int:
    """The cores this process may run on (CPU affinity, e.g. a container's cpuset)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def call_limit(
    settings: Any, cores: int | None = None, *, worker: int = 0, workers: int = 1
) -> int:
    """MAX_CONCURRENT_CALLS, else cores × CALLS_PER_CORE (rounded down, at least 1): what one
    `serve` takes. With several worker processes each takes its share (worker `worker` of
    `workers`: 5 calls on 2 workers are 3 and 2), at least 1."""
    if settings.max_concurrent_calls is not None:
        total = settings.max_concurrent_calls
    else:
        count = available_cores() if cores is None else cores
        total = max(1, math.floor(count * settings.calls_per_core))
    share = total // workers + (1 if worker < total % workers else 0)
    return max(1, share)


@dataclass
class Place:
    """An admitted call's place; `release()` (idempotent) when the call is over."""

    _admission: Admission
    key: str | None
    _released: bool = False

    def release(self) -> None:
        if not self._released:
            self._released = True
            self._admission._active -= 1


class Admission:
    """The per-process call limit. Not thread-safe: used from the event loop only."""

    def __init__(
        self,
        limit: int,
        *,
        reservation_seconds: float = RESERVATION_SECONDS,
        now: Callable[[], float] = time.monotonic,
    ):
        if limit < 1:
            raise ValueError("the call limit must be at least 1")
        self.limit = limit
        self._reservation_seconds = reservation_seconds
        self._now = now
        self._active = 0
        self._reserved: dict[str, float] = {}  # key -> when the reservation lapses
        self.admitted = 0  # since start (the admission benchmark reads them)
        self.refused = 0
        self.draining = False

    @property
    def active(self) -> int:
        return self._active

    @property
    def reserved(self) -> int:
        self._taken()  # lapsed reservations go first
        return len(self._reserved)

    def reserved_keys(self) -> list[str]:
        self._taken()
        return list(self._reserved)

    def forget(self, keys: Iterable[str]) -> None:
        """Drop the reservations of these keys (their streams opened on another worker)."""
        for key in keys:
            self._reserved.pop(key, None)

    def drain(self) -> None:
        """Take no new calls from now on; streams already reserved here are still admitted."""
        self.draining = True

    def _taken(self) -> int:
        now = self._now()
        for key in [k for k, until in self._reserved.items() if until <= now]:
            del self._reserved[key]
        return self._active + len(self._reserved)

    @property
    def accepting(self) -> bool:
        return not self.draining and self._taken() < self.limit

    def reserve(self, key: str) -> bool:
        """Hold a place for the stream of `key` (a CallSid); False when the process is full
        or draining."""
        if self.draining:
            self.refused += 1
            return False
        if key in self._reserved or self._taken() < self.limit:
            self._reserved[key] = self._now() + self._reservation_seconds
            return True
        self.refused += 1
        return False

    def admit(self, key: str | None) -> Place | None:
        """The place reserved for `key`, else a free one; None when the process is full."""
        taken = self._taken()  # lapsed reservations are gone from here on
        if key is None or self._reserved.pop(key, None) is None:
            if taken >= self.limit or self.draining:
                self.refused += 1
                return None
        self._active += 1
        self.admitted += 1
        return Place(self, key)
