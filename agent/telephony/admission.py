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

The limit is the process's (its CPU is shared by all salons). A salon may also have a cap of its
own (`salon_limits`: the tenants file's `max_concurrent_calls`, shared out among the workers as
the limit is), so one salon cannot take every line: a call to a salon at its cap is refused like
one over the limit, while the other salons' calls still find places.
"""

from __future__ import annotations

import math
import os
import time
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
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
    return worker_share(total, worker=worker, workers=workers)


def worker_share(total: int, *, worker: int = 0, workers: int = 1) -> int:
    """Worker `worker`'s part of `total` calls shared out among `workers` (at least 1)."""
    share = total // workers + (1 if worker < total % workers else 0)
    return max(1, share)


@dataclass
class Place:
    """An admitted call's place; `release()` (idempotent) when the call is over."""

    _admission: Admission
    key: str | None
    salon: str | None = None
    _released: bool = False

    def release(self) -> None:
        if not self._released:
            self._released = True
            self._admission._active -= 1
            if self.salon is not None:
                self._admission._salon_active[self.salon] -= 1


class Admission:
    """The per-process call limit. Not thread-safe: used from the event loop only."""

    def __init__(
        self,
        limit: int,
        *,
        reservation_seconds: float = RESERVATION_SECONDS,
        now: Callable[[], float] = time.monotonic,
        salon_limits: Mapping[str, int] | None = None,
    ):
        if limit < 1:
            raise ValueError("the call limit must be at least 1")
        self.limit = limit
        self.salon_limits = dict(salon_limits or {})  # salon id -> its cap in this process
        self._reservation_seconds = reservation_seconds
        self._now = now
        self._active = 0
        self._salon_active: Counter[str] = Counter()
        self._reserved: dict[str, float] = {}  # key -> when the reservation lapses
        self._reserved_for: dict[str, str] = {}  # key -> the salon it was reserved for
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
            self._reserved_for.pop(key, None)

    def drain(self) -> None:
        """Take no new calls from now on; streams already reserved here are still admitted."""
        self.draining = True

    def _taken(self) -> int:
        now = self._now()
        for key in [k for k, until in self._reserved.items() if until <= now]:
            del self._reserved[key]
            self._reserved_for.pop(key, None)
        return self._active + len(self._reserved)

    def _salon_full(self, salon: str | None, *, besides: str | None = None) -> bool:
        """The salon's calls and reservations (but `besides`'s) reach its cap."""
        cap = self.salon_limits.get(salon) if salon is not None else None
        if cap is None:
            return False
        self._taken()
        reserved = sum(1 for k, s in self._reserved_for.items() if s == salon and k != besides)
        return self._salon_active[salon] + reserved >= cap

    def salon_load(self, salon: str) -> int:
        """The salon's calls and reserved places in this process."""
        self._taken()
        return self._salon_active[salon] + sum(1 for s in self._reserved_for.values() if s == salon)

    @property
    def accepting(self) -> bool:
        return not self.draining and self._taken() < self.limit

    def reserve(self, key: str, salon: str | None = None) -> bool:
        """Hold a place for the stream of `key` (a CallSid) to `salon`; False when the process
        is full or draining, or the salon at its cap."""
        if self.draining:
            self.refused += 1
            return False
        if key in self._reserved or (
            self._taken() < self.limit and not self._salon_full(salon, besides=key)
        ):
            self._reserved[key] = self._now() + self._reservation_seconds
            if salon is not None:
                self._reserved_for[key] = salon
            return True
        self.refused += 1
        return False

    def admit(self, key: str | None, salon: str | None = None) -> Place | None:
        """The place reserved for `key`, else a free one; None when the process is full (or
        the salon at its cap)."""
        taken = self._taken()  # lapsed reservations are gone from here on
        reserved_for = self._reserved_for.pop(key, None) if key is not None else None
        if key is None or self._reserved.pop(key, None) is None:
            if taken >= self.limit or self.draining or self._salon_full(salon):
                self.refused += 1
                return None
        elif reserved_for != salon and self._salon_full(salon):
            self.refused += 1  # reserved for another salon than the stream now names
            return None
        self._active += 1
        self.admitted += 1
        if salon is not None:
            self._salon_active[salon] += 1
        return Place(self, key, salon)
