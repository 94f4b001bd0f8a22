"""What the request-budget tests start from: the sandbox with Cal.com's rate limit switched on,
and the project's Cal.com client going through a gate, on one fast timebase.

Cal.com counts real minutes; a test cannot wait for them. The sandbox's rate limiter and the
gate therefore run on `Timebase(speed=SPEED)`: real monotonic time, SPEED times faster, the same
for both, so Cal.com's minute passes in 60/SPEED real seconds and nothing is mocked.

Import the fixtures into a test module (`from tests.budget_fixtures import ...`); they build on
`clock` and `salon` from tests/conftest.py.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass

import httpx
import pytest

from calendar_adapter.budget import Budget, RequestGate, Timebase
from calendar_adapter.calcom import CalComClient
from calendar_adapter.sandbox.ratelimit import RateLimiter

SPEED = 10.0  # Cal.com's minute passes in 6 real seconds


@dataclass
class Sent:
    method: str
    path: str
    params: dict[str, str]
    status: int | None = None
    writes_waiting: int = 0  # writes in line for a token when this one left


class SentLog:
    """Every request the client sent, in the order it left, with the status it got (and, once
    `watch`ed, how many writes were waiting in the gate's line at that moment)."""

    def __init__(self) -> None:
        self.sent: list[Sent] = []
        self._gate: RequestGate | None = None

    def watch(self, gate: RequestGate) -> None:
        self._gate = gate

    async def _on_request(self, request: httpx.Request) -> None:
        waiting = self._gate.metrics().waiting["write"] if self._gate else 0
        entry = Sent(request.method, request.url.path, dict(request.url.params), None, waiting)
        request.extensions["sent_log"] = entry
        self.sent.append(entry)

    async def _on_response(self, response: httpx.Response) -> None:
        entry = response.request.extensions.get("sent_log")
        if entry is not None:
            entry.status = response.status_code

    def hooks(self) -> dict[str, list]:
        return {"request": [self._on_request], "response": [self._on_response]}

    def of(self, method: str, path: str) -> list[Sent]:
        return [s for s in self.sent if s.method == method and s.path == path]

    @property
    def slot_questions(self) -> list[Sent]:
        return self.of("GET", "/v2/slots")

    @property
    def rate_limited(self) -> list[Sent]:
        return [s for s in self.sent if s.status == 429]


@pytest.fixture
def fast() -> Timebase:
    return Timebase(speed=SPEED)


@pytest.fixture
async def limited(clock, salon, fast) -> AsyncIterator:
    """The sandbox with Cal.com's limit: 120 requests per key and minute, then a minute's
    block (on the fast timebase)."""
    from calendar_adapter.sandbox import Sandbox

    sb = Sandbox(salon=salon, clock=clock)
    sb.limiter = RateLimiter(120, monotonic=fast.now)
    await sb.start(host="127.0.0.1", port=0)
    try:
        yield sb
    finally:
        await sb.stop()


@asynccontextmanager
async def gated_client(
    sandbox,
    salon,
    fast: Timebase,
    *,
    budget: Budget | None = None,
    slot_cache_seconds: float = 5.0,
    log: SentLog | None = None,
    max_connections: int = 20,
) -> AsyncIterator[CalComClient]:
    """The project's client on the sandbox, through a gate with `budget` (Cal.com's 120/min
    less 10 by default) and kept slot answers."""
    gate = RequestGate(
        key="test-key",
        budget=budget or Budget(),
        slot_cache_seconds=slot_cache_seconds,
        timebase=fast,
    )
    async with httpx.AsyncClient(
        timeout=httpx.Timeout(20.0, connect=5.0),
        limits=httpx.Limits(
            max_connections=max_connections, max_keepalive_connections=10, keepalive_expiry=4.0
        ),
        event_hooks=log.hooks() if log else None,
    ) as http:
        client = CalComClient(
            sandbox.url, sandbox.api_key, salon=salon, http=http, backoff_base=0.01, gate=gate
        )
        if log is not None:
            log.watch(gate)
        yield client
