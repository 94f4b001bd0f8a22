"""Slot answers: a few seconds of cache, identical questions asked once, forgotten on change.

Sixty callers asking for Friday at once need one `GET /v2/slots` per event type, not sixty. An
answer is kept `ttl` seconds (from when it was asked) and forgotten as soon as availability
changes: our own holds, releases and bookings, and Cal.com's booking webhooks. Cal.com hides a
stylist's busy time in every one of their event types, so a change forgets all answers of that
stylist (`HostMap`: learned from the event types and bookings Cal.com returns); a change nobody
can place forgets everything.

A kept answer is never the last word: the hold (`POST /v2/slots/reservations`) is. A time the
answer showed free but Cal.com refuses to hold is offered away from with fresh alternatives, asked
inside `fresh_slot_answers()`, which neither reads kept answers nor joins a question in flight.

Several workers on one key keep answers each; what one forgets it tells the others
(`on_change`, carried by `changes.SlotChangeFeed`), which forget it too (`changed_elsewhere`).
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import time
from collections.abc import Awaitable, Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Generic, TypeVar

T = TypeVar("T")

_FRESH: contextvars.ContextVar[bool] = contextvars.ContextVar("fresh_slot_answers", default=False)


@contextlib.contextmanager
def fresh_slot_answers() -> Iterator[None]:
    """Slot questions asked inside go to Cal.com (their answers are kept for others)."""
    token = _FRESH.set(True)
    try:
        yield
    finally:
        _FRESH.reset(token)


@dataclass(frozen=True)
class SlotQuery:
    """One question: an event type, and everything else asked (range, time zone, format)."""

    event_type_id: int
    asked: tuple[tuple[str, str], ...]


class HostMap:
    """Which event types belong to which Cal.com user (a stylist)."""

    def __init__(self) -> None:
        self._host_of: dict[int, int] = {}
        self._event_types_of: dict[int, set[int]] = {}

    def learn(self, event_type_id: int, host_user_id: int) -> None:
        old = self._host_of.get(event_type_id)
        if old == host_user_id:
            return
        if old is not None:
            self._event_types_of.get(old, set()).discard(event_type_id)
        self._host_of[event_type_id] = host_user_id
        self._event_types_of.setdefault(host_user_id, set()).add(event_type_id)

    def siblings(self, event_type_id: int) -> set[int] | None:
        """Every event type of the same host, itself included; None when the host is unknown."""
        host = self._host_of.get(event_type_id)
        return None if host is None else set(self._event_types_of[host])

    def event_types_of(self, host_user_id: int) -> set[int] | None:
        known = self._event_types_of.get(host_user_id)
        return set(known) if known else None


@dataclass
class _Kept(Generic[T]):
    answer: T
    generation: tuple[int, int]
    until: float


@dataclass
class _Flight(Generic[T]):
    generation: tuple[int, int]
    task: asyncio.Future[T]


@dataclass
class SlotAnswerCounts:
    hits: int = 0
    misses: int = 0
    coalesced: int = 0
    invalidations: int = 0
    fresh: int = 0


@dataclass
class SlotAnswers(Generic[T]):
    """Kept and shared slot answers. `ttl` 0 keeps nothing but still shares questions in flight.
    `keep(answer)` says whether an answer may be kept (a success; never an error)."""

    ttl: float
    keep: Callable[[T], bool] = lambda _answer: True
    now: Callable[[], float] = time.monotonic
    hosts: HostMap = field(default_factory=HostMap)
    counts: SlotAnswerCounts = field(default_factory=SlotAnswerCounts)
    # Told of every change made here (event types forgotten, the host, everything?): the
    # other workers on the key must forget the same.
    on_change: Callable[[frozenset[int], int | None, bool], None] | None = None

    def __post_init__(self) -> None:
        self._kept: dict[SlotQuery, _Kept[T]] = {}
        self._flights: dict[SlotQuery, _Flight[T]] = {}
        self._generation_all = 0
        self._generation: dict[int, int] = {}

    def _current(self, event_type_id: int) -> tuple[int, int]:
        return (self._generation_all, self._generation.get(event_type_id, 0))

    async def answer(self, query: SlotQuery, fetch: Callable[[], Awaitable[T]]) -> T:
        """The kept answer, the one in flight, or a new one from `fetch`."""
        generation = self._current(query.event_type_id)
        fresh = _FRESH.get()
        if fresh:
            self.counts.fresh += 1
        else:
            kept = self._kept.get(query)
            if kept is not None and kept.generation == generation and self.now() < kept.until:
                self.counts.hits += 1
                return kept.answer
            flight = self._flights.get(query)
            if flight is not None and flight.generation == generation:
                self.counts.coalesced += 1
                return await asyncio.shield(flight.task)
        self.counts.misses += 1
        task = asyncio.ensure_future(self._ask(query, generation, fetch))
        task.add_done_callback(_retrieve)
        if not fresh:
            self._flights[query] = _Flight(generation, task)
        return await asyncio.shield(task)

    async def _ask(
        self, query: SlotQuery, generation: tuple[int, int], fetch: Callable[[], Awaitable[T]]
    ) -> T:
        asked_at = self.now()
        try:
            answer = await fetch()
        finally:
            flight = self._flights.get(query)
            if flight is not None and flight.task is asyncio.current_task():
                del self._flights[query]
        # An answer asked before a change may show what the change took: not kept.
        if self.ttl > 0 and self.keep(answer) and self._current(query.event_type_id) == generation:
            self._prune(asked_at)
            self._kept[query] = _Kept(answer, generation, asked_at + self.ttl)
        return answer

    def _prune(self, now: float) -> None:
        if len(self._kept) >= 256:
            for key in [k for k, v in self._kept.items() if v.until <= now]:
                del self._kept[key]

    def changed(
        self, *, event_type_ids: Iterable[int] = (), host_user_id: int | None = None
    ) -> None:
        """Availability changed for these event types and/or this host: every event type of
        the host (and of the event types' hosts) is forgotten; nothing known to place it
        (no event type, or none with a known host, and no known host): everything is."""
        affected, placed = self._affected(event_type_ids, host_user_id)
        if not placed:
            self.changed_everywhere()
            return
        self._forget(affected)
        if self.on_change is not None:
            self.on_change(frozenset(affected), host_user_id, False)

    def changed_everywhere(self) -> None:
        self._forget_all()
        if self.on_change is not None:
            self.on_change(frozenset(), None, True)

    def changed_elsewhere(
        self, *, event_type_ids: Iterable[int], host_user_id: int | None, everywhere: bool
    ) -> None:
        """Another worker's change (already placed there): its event types are forgotten here
        with their siblings as this process knows them, and nobody is told again."""
        if everywhere:
            self._forget_all()
            return
        affected, _placed = self._affected(event_type_ids, host_user_id)
        if affected:
            self._forget(affected)

    def _affected(
        self, event_type_ids: Iterable[int], host_user_id: int | None
    ) -> tuple[set[int], bool]:
        affected: set[int] = set()
        placed = False
        for event_type_id in event_type_ids:
            affected.add(event_type_id)
            siblings = self.hosts.siblings(event_type_id)
            if siblings is not None:
                affected |= siblings
                placed = True
        if host_user_id is not None:
            of_host = self.hosts.event_types_of(host_user_id)
            if of_host is not None:
                affected |= of_host
                placed = True
        return affected, placed

    def _forget(self, affected: set[int]) -> None:
        self.counts.invalidations += 1
        for event_type_id in affected:
            self._generation[event_type_id] = self._generation.get(event_type_id, 0) + 1
        for key in [k for k in self._kept if k.event_type_id in affected]:
            del self._kept[key]

    def _forget_all(self) -> None:
        self.counts.invalidations += 1
        self._generation_all += 1
        self._kept.clear()


def _retrieve(task: asyncio.Future) -> None:
    """A question everybody stopped waiting for may still fail: its error is read, not logged
    as never retrieved."""
    if not task.cancelled():
        task.exception()
