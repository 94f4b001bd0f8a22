"""Faults injected on request: the failures a real Cal.com shows rarely, on demand for tests.

Thread-safe: tests and benchmarks set faults from their own loop while the server thread reads them.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import datetime
from fnmatch import fnmatchcase
from typing import Any, Literal

FailKind = Literal["5xx", "timeout", "429", "400"]
LostKind = Literal["timeout", "5xx"]
# How a booking answer may differ from an accepted booking with its uid (see `answer_next`).
AnswerKind = Literal["pending", "rejected", "cancelled", "no_uid", "no_booking"]
ANSWER_KINDS = ("pending", "rejected", "cancelled", "no_uid", "no_booking")
BOOK = "POST /v2/bookings"
RESCHEDULE = "POST /v2/bookings/*/reschedule"
ANSWERED_ENDPOINTS = (BOOK, RESCHEDULE)


def endpoint_matches(pattern: str | None, key: str, template: str) -> bool:
    """`pattern` like "POST /v2/bookings" against a request ("POST /v2/bookings/abc/cancel") and
    its route template ("POST /v2/bookings/{uid}/cancel"); None matches everything."""
    if pattern is None:
        return True
    return pattern in (key, template) or fnmatchcase(key, pattern)


@dataclass
class _Counted:
    endpoint: str | None
    kind: str
    remaining: int


@dataclass
class ExternalBooking:
    event_type_id: int
    start: datetime
    at: datetime | None = None
    on: str | None = None
    outcome: dict[str, Any] | None = field(default=None)  # the booking, or {"error": ...}


class Faults:
    """The fault plan. `timeout_seconds` is how long a "timeout" holds a request before its 504;
    `retry_after_seconds` is the wait an injected 429 announces in `X-RateLimit-Reset-Default`."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.timeout_seconds = 30.0
        self.retry_after_seconds = 1
        self._latency: dict[str | None, float] = {}
        self._fail: list[_Counted] = []
        self._lost: list[_Counted] = []
        self._answers: list[_Counted] = []
        self._external: list[ExternalBooking] = []
        self.external_done: list[ExternalBooking] = []

    def latency(self, seconds: float, endpoint: str | None = None) -> None:
        with self._lock:
            if seconds <= 0:
                self._latency.pop(endpoint, None)
            else:
                self._latency[endpoint] = float(seconds)

    def fail_next(self, n: int, kind: FailKind, endpoint: str | None = None) -> None:
        if kind not in ("5xx", "timeout", "429", "400"):
            raise ValueError(f"unknown fault kind {kind!r} (5xx, timeout, 429, 400)")
        with self._lock:
            self._fail.append(_Counted(endpoint, kind, n))

    def lose_response_after_commit(
        self, n: int = 1, endpoint: str = "POST /v2/bookings", kind: LostKind = "timeout"
    ) -> None:
        if kind not in ("5xx", "timeout"):
            raise ValueError(f"unknown lost-response kind {kind!r} (timeout, 5xx)")
        with self._lock:
            self._lost.append(_Counted(endpoint, kind, n))

    def answer_next(self, n: int, kind: AnswerKind, endpoint: str = BOOK) -> None:
        """The next `n` bookings (or moves: `endpoint` RESCHEDULE, the new booking) are answered
        otherwise than accepted-with-a-uid, as Cal.com's can be: `pending` (the host must
        confirm it, as for an event type that requires confirmation), `rejected` (the host
        declined it at once; stored and answered rejected), `cancelled` (stored, cancelled at
        once, answered 201 with status cancelled), `no_uid` (stored and accepted, but the
        answer's data carries no uid), `no_booking` (201 "success" whose data names no
        booking, and nothing was written)."""
        if kind not in ANSWER_KINDS:
            raise ValueError(f"unknown answer kind {kind!r} ({', '.join(ANSWER_KINDS)})")
        if endpoint not in ANSWERED_ENDPOINTS:
            raise ValueError(f"answers are faked for {', '.join(ANSWERED_ENDPOINTS)} only")
        with self._lock:
            self._answers.append(_Counted(endpoint, kind, n))

    def external_booking(
        self,
        event_type_id: int,
        start: datetime,
        *,
        at: datetime | None = None,
        on: str | None = None,
    ) -> ExternalBooking:
        """Queue a web booker's booking of that slot: at clock time `at`, right before the next
        request matching `on`, or (neither given) as soon as the sandbox next looks."""
        plan = ExternalBooking(event_type_id, start, at, on)
        with self._lock:
            self._external.append(plan)
        return plan

    def clear(self) -> None:
        with self._lock:
            self._latency.clear()
            self._fail.clear()
            self._lost.clear()
            self._answers.clear()
            self._external.clear()

    # -- used by the server --------------------------------------------------------------------

    def delay_for(self, key: str, template: str) -> float:
        with self._lock:
            return sum(s for ep, s in self._latency.items() if endpoint_matches(ep, key, template))

    def take_failure(self, key: str, template: str) -> str | None:
        return self._take(self._fail, key, template)

    def take_lost_response(self, key: str, template: str) -> str | None:
        return self._take(self._lost, key, template)

    def take_booking_answer(self, key: str = BOOK, template: str = BOOK) -> str | None:
        """How the booking (or move) being made now is answered (`answer_next`); None: as
        usual."""
        return self._take(self._answers, key, template)

    def keep_booking_answer(self, kind: str, key: str = BOOK) -> None:
        """Put back an answer taken for a request that was refused: not that booking's."""
        endpoint = RESCHEDULE if key != BOOK else BOOK
        with self._lock:
            self._answers.insert(0, _Counted(endpoint, kind, 1))

    def _take(self, plans: list[_Counted], key: str, template: str) -> str | None:
        with self._lock:
            for plan in plans:
                if endpoint_matches(plan.endpoint, key, template):
                    plan.remaining -= 1
                    if plan.remaining <= 0:
                        plans.remove(plan)
                    return plan.kind
        return None

    def due_external(
        self, now: datetime, key: str | None = None, template: str | None = None
    ) -> list[ExternalBooking]:
        """Take the external bookings whose moment has come (clock reached, or request matched)."""
        with self._lock:
            due = [
                p
                for p in self._external
                if (p.at is None and p.on is None)
                or (p.at is not None and now >= p.at)
                or (
                    p.on is not None
                    and key is not None
                    and endpoint_matches(p.on, key, template or key)
                )
            ]
            for p in due:
                self._external.remove(p)
            return due
