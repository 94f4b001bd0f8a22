"""The gate every Cal.com request of a client passes before it is sent.

- **Budget.** A request takes a token of its key's budget first (`BudgetStore`), never after a
  429. Cal.com allows `limit` requests per `window_seconds` per key and blocks the key for a
  minute beyond; the gate lets `limit - headroom` through per window (the rest is for other
  clients of the key and for requests in flight). Requests wait in priority order: writes and
  booking lookups first, slot questions last; slot questions also leave the window's last
  `write_reserve` tokens to writes, so a booking arriving behind a crowd of slot questions finds
  a token at once.
- **The server's count is the truth.** Every answer's `X-RateLimit-Remaining/Reset` lowers the
  tokens to what Cal.com says is left (less what is still in flight) and moves the window's end
  to Cal.com's; a 429 (another client on the key) empties the window until Cal.com's reset, and
  the request waits in line again (up to `rate_limited_retries` times).
- **Slot answers.** `GET /v2/slots` answers are kept `slot_cache_seconds`, identical questions
  in flight are asked once, and writes (and webhooks, through `availability_changed`) forget
  the answers they may have changed (`slot_answers.py`).
"""

from __future__ import annotations

import asyncio
import heapq
import itertools
import time
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx
from loguru import logger

from .headers import read_budget_headers
from .requests import AvailabilityWrites, GateRequest, Priority, priority_of, slot_query
from .slot_answers import SlotAnswers
from .store import BudgetStore, Grant, InProcessBudgetStore

Send = Callable[[], Awaitable[httpx.Response]]

CALCOM_LIMIT = 120  # requests per key and window, Cal.com's default
CALCOM_WINDOW_SECONDS = 60.0


@dataclass(frozen=True)
class Timebase:
    """Monotonic real time, or real time run `speed` times faster: a test or benchmark that must
    see Cal.com's minute pass in seconds runs the sandbox's rate limiter and the gate on one.
    `monotonic` is where the seconds come from: a calendar on a pinned clock counts the minutes
    its replay lets pass too (`Clock.monotonic`), as its sandbox's rate limiter does."""

    speed: float = 1.0
    monotonic: Callable[[], float] = time.monotonic

    def now(self) -> float:
        return self.monotonic() * self.speed

    def real_seconds(self, seconds: float) -> float:
        return seconds / self.speed


REAL_TIME = Timebase()


@dataclass(frozen=True)
class Budget:
    limit: int = CALCOM_LIMIT
    window_seconds: float = CALCOM_WINDOW_SECONDS
    headroom: int = 10
    write_reserve: int = 10

    def __post_init__(self) -> None:
        if not 0 <= self.headroom < self.limit:
            raise ValueError("the headroom must leave part of the limit to use")
        if not 0 <= self.write_reserve < self.per_window:
            raise ValueError("the write reserve must be smaller than the budget per window")

    @property
    def per_window(self) -> int:
        return self.limit - self.headroom

    def floor(self, priority: Priority) -> int:
        """Tokens a request of this priority must leave in the window."""
        if priority is Priority.SLOTS:
            return self.write_reserve
        if priority is Priority.READ:
            return self.write_reserve // 2
        return 0


@dataclass(frozen=True)
class GateMetrics:
    """Plain counters for export. Seconds are real seconds."""

    budget_per_window: int | None  # None: no budget (requests are not metered)
    budget_left: int | None  # tokens left in the open window; the full budget when none is open
    window_ends_in: float | None
    in_flight: int
    waiting: dict[str, int]  # requests in line for a token now, by priority
    sent: dict[str, int]  # requests let through, by priority
    waited: dict[str, int]  # of those, how many had to wait for a token
    wait_seconds: dict[str, float]
    rate_limited: int  # 429 answers seen (another client on the key, or Cal.com's own count)
    corrections: int  # answers whose headers lowered the budget
    cache_hits: int
    cache_misses: int
    coalesced: int
    fresh: int  # slot questions that had to bypass kept answers
    invalidations: int


@dataclass
class _Ticket:
    priority: Priority
    seq: int
    woken: asyncio.Event = field(default_factory=asyncio.Event)

    def __lt__(self, other: _Ticket) -> bool:
        return (self.priority, self.seq) < (other.priority, other.seq)


def _names() -> dict[str, Any]:
    return {p.name.lower(): 0 for p in Priority}


class RequestGate:
    """One per Cal.com client (one API key). Without a `budget` nothing is metered; slot
    answers are still shared while in flight, and kept when `slot_cache_seconds` > 0."""

    def __init__(
        self,
        *,
        key: str = "calcom",
        budget: Budget | None = None,
        store: BudgetStore | None = None,
        slot_cache_seconds: float = 0.0,
        timebase: Timebase = REAL_TIME,
        rate_limited_retries: int = 3,
    ):
        self.key = key
        self.budget = budget
        self._timebase = timebase
        self._store = store or InProcessBudgetStore(timebase.now)
        self._rate_limited_retries = rate_limited_retries
        self.slot_answers: SlotAnswers[httpx.Response] = SlotAnswers(
            ttl=slot_cache_seconds, keep=lambda r: r.is_success, now=timebase.now
        )
        self._writes = AvailabilityWrites(self.slot_answers)
        self._queue: list[_Ticket] = []
        self._seq = itertools.count()
        self._in_flight: dict[int, float | None] = {}  # request seq -> its budget window
        self._left: int | None = None
        self._ends_at: float | None = None
        self._sent, self._waited, self._wait_seconds = _names(), _names(), _names()
        self._rate_limited = 0
        self._corrections = 0

    @classmethod
    def unmetered(cls) -> RequestGate:
        return cls()

    # -- the one entry ---------------------------------------------------------------------

    async def send(self, request: GateRequest, send: Send) -> httpx.Response:
        """Send `request` (by calling `send`) when the budget allows; a slot question may be
        answered from a kept answer or share one in flight."""
        query = slot_query(request)
        if query is not None:
            return await self.slot_answers.answer(
                query, lambda: self._metered(request, send, Priority.SLOTS)
            )
        response = None
        try:
            response = await self._metered(request, send, priority_of(request))
            self._learn(request, response)
            return response
        finally:
            if request.method != "GET":
                # Answered, refused or lost (it may have happened): kept answers may be wrong.
                self._writes.written(request, _data(response) if response is not None else None)

    def availability_changed(
        self, *, event_type_id: int | None = None, host_user_id: int | None = None
    ) -> None:
        """Someone else booked, cancelled or moved (a webhook): forget what it may change."""
        self.slot_answers.changed(
            event_type_ids=(event_type_id,) if event_type_id is not None else (),
            host_user_id=host_user_id,
        )

    def metrics(self) -> GateMetrics:
        counts = self.slot_answers.counts
        ends_in = None
        left = self._left
        if self._ends_at is not None:
            ends_in = self._timebase.real_seconds(self._ends_at - self._timebase.now())
            if ends_in <= 0:
                ends_in, left = None, None
        if self.budget is not None and left is None:
            left = self.budget.per_window
        return GateMetrics(
            budget_per_window=self.budget.per_window if self.budget else None,
            budget_left=left if self.budget else None,
            window_ends_in=ends_in,
            in_flight=len(self._in_flight),
            waiting={
                name: sum(1 for t in self._queue if t.priority.name.lower() == name)
                for name in self._sent
            },
            sent=dict(self._sent),
            waited=dict(self._waited),
            wait_seconds=dict(self._wait_seconds),
            rate_limited=self._rate_limited,
            corrections=self._corrections,
            cache_hits=counts.hits,
            cache_misses=counts.misses,
            coalesced=counts.coalesced,
            fresh=counts.fresh,
            invalidations=counts.invalidations,
        )

    # -- budget ------------------------------------------------------------------------------

    async def _metered(
        self, request: GateRequest, send: Send, priority: Priority
    ) -> httpx.Response:
        name = priority.name.lower()
        for attempt in itertools.count():
            grant = await self._acquire(priority)
            seq = next(self._seq)
            self._in_flight[seq] = grant.window
            self._sent[name] += 1
            try:
                response = await send()
            finally:
                del self._in_flight[seq]
            await self._observe(response, grant)
            if response.status_code != 429 or self.budget is None:
                return response
            self._rate_limited += 1
            if attempt >= self._rate_limited_retries:
                return response
            logger.warning(
                "calcom {} {}: 429 although within our budget (another client on this key?); "
                "waiting for Cal.com's reset in line",
                request.method,
                request.path,
            )
        raise AssertionError("unreachable")

    async def _acquire(self, priority: Priority) -> Grant:
        """A token, in priority order (first come first served within a priority)."""
        if self.budget is None:
            return Grant(window=0.0)
        budget = self.budget
        name = priority.name.lower()
        ticket = _Ticket(priority, next(self._seq))
        heapq.heappush(self._queue, ticket)
        began = self._timebase.now()
        waited = False
        try:
            while True:
                ticket.woken.clear()
                timeout: float | None = None
                if self._queue[0] is ticket:
                    grant = await self._store.take(
                        self.key,
                        budget=budget.per_window,
                        window_seconds=budget.window_seconds,
                        floor=budget.floor(priority),
                    )
                    self._left = grant.remaining
                    if grant.granted:
                        if grant.opened:
                            self._ends_at = self._timebase.now() + budget.window_seconds
                        return grant
                    timeout = self._timebase.real_seconds(grant.wait)
                waited = True
                try:
                    await asyncio.wait_for(ticket.woken.wait(), timeout)
                except TimeoutError:
                    pass
        finally:
            self._leave(ticket)
            if waited:
                self._waited[name] += 1
                self._wait_seconds[name] += self._timebase.real_seconds(
                    self._timebase.now() - began
                )

    def _leave(self, ticket: _Ticket) -> None:
        """Out of the line (served or given up); the next in line tries its luck."""
        if self._queue and self._queue[0] is ticket:
            heapq.heappop(self._queue)
        elif ticket in self._queue:
            self._queue.remove(ticket)
            heapq.heapify(self._queue)
        if self._queue:
            self._queue[0].woken.set()

    async def _observe(self, response: httpx.Response, grant: Grant) -> None:
        """Cal.com's count corrects ours (lower only; the window's end only later)."""
        if self.budget is None:
            return
        budget = self.budget
        told = read_budget_headers(response.headers)
        if response.status_code == 429:
            state = await self._store.correct(
                self.key,
                window=None,
                remaining_at_most=0,
                ends_in_at_least=told.reset_seconds
                if told.reset_seconds is not None
                else budget.window_seconds,
            )
        elif told.present:
            at_most = None
            if told.remaining is not None:
                # Others of ours still in flight in this window may be counted after this one.
                still_out = sum(1 for w in self._in_flight.values() if w == grant.window)
                at_most = told.remaining - budget.headroom - still_out
            state = await self._store.correct(
                self.key,
                window=grant.window,
                remaining_at_most=at_most,
                ends_in_at_least=told.reset_seconds,
            )
        elif grant.opened:
            # No headers (a proxy dropped them): Cal.com opened its window when this request
            # arrived, at the latest now.
            state = await self._store.correct(
                self.key, window=grant.window, ends_in_at_least=budget.window_seconds
            )
        else:
            return
        if state.remaining is not None and self._left is not None and state.remaining < self._left:
            self._corrections += 1
        self._left = state.remaining
        self._ends_at = self._timebase.now() + state.ends_in if state.ends_in is not None else None
        if self._queue:
            self._queue[0].woken.set()  # the window's end may have moved: the head re-checks

    # -- what answers show ---------------------------------------------------------------------

    def _learn(self, request: GateRequest, response: httpx.Response) -> None:
        if response.is_success:
            self._writes.learn(request, _data(response))


def _data(response: httpx.Response) -> Any:
    """The envelope's `data`, or None (the gate reads answers; it never fails on them)."""
    if not response.is_success or not response.content:
        return None
    try:
        body = response.json()
    except ValueError:
        return None
    return body.get("data") if isinstance(body, Mapping) else None
