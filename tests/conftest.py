"""Shared fixtures: a pinned clock, the embedded Cal.com sandbox over real HTTP, a client on it,
and an in-memory ledger. All function-scoped: no test sees another test's calendar."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from calendar_adapter.calcom import CalComClient
from calendar_adapter.clock import FixedClock
from calendar_adapter.salon import SalonFile, load_salon

# Tuesday 2026-11-24, 09:00 in Berlin: the salon has just opened.
PINNED_NOW = datetime(2026, 11, 24, 8, 0, tzinfo=UTC)
BERLIN = ZoneInfo("Europe/Berlin")


def berlin(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    """A Berlin wall-clock time as the aware UTC instant the calendar seam speaks."""
    return datetime(year, month, day, hour, minute, tzinfo=BERLIN).astimezone(UTC)


@pytest.fixture
def salon() -> SalonFile:
    return load_salon()


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(PINNED_NOW)


@pytest.fixture
async def sandbox(clock: FixedClock, salon: SalonFile) -> AsyncIterator:
    from calendar_adapter.sandbox import Sandbox

    sb = Sandbox(salon=salon, clock=clock, rate_limit_per_minute=10_000)
    await sb.start(host="127.0.0.1", port=0)
    try:
        yield sb
    finally:
        await sb.stop()


@pytest.fixture
async def calendar(sandbox, salon: SalonFile) -> AsyncIterator[CalComClient]:
    client = CalComClient(sandbox.url, sandbox.api_key, salon=salon, timeout=5.0, backoff_base=0.01)
    try:
        yield client
    finally:
        await client.aclose()


@pytest.fixture
async def ledger(clock: FixedClock) -> AsyncIterator:
    from calendar_adapter.ledger import Ledger

    led = await Ledger.open(":memory:", clock=clock)
    try:
        yield led
    finally:
        await led.close()
