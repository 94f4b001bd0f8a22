"""Cal.com's per-minute request budget on a pinned clock: the minutes a replay or test lets pass
in a moment are minutes for the budget too, for the client's gate and for the sandbox's limiter.

Without that, a replay that moves a held call's clock by fifteen minutes packs fifteen minutes of
keep-alive requests into one real minute: the gate runs out, the keep-alive waits in line for
Cal.com's real minute while holding the call's lock, and the caller's `book_appointment` waited
47 s behind it (tests/test_e2e_review.py, the lapsed hold taken by a web booker). On the wall
clock a call cannot spend its budget that way; the wait was the test seam's.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from agent.config import Settings
from calendar_adapter.budget import Priority
from calendar_adapter.clock import FixedClock, SystemClock
from calendar_adapter.runtime import open_calendar
from calendar_adapter.sandbox import Sandbox

T0 = datetime(2026, 11, 24, 8, 0, tzinfo=UTC)


def test_a_pinned_clocks_monotonic_time_counts_every_move_forward_and_never_goes_back():
    clock = FixedClock(T0)
    before = clock.monotonic()
    clock.advance(timedelta(minutes=10))
    assert clock.monotonic() - before >= 600
    moved = clock.monotonic()
    clock.set(T0)  # back: no time passes, none is taken back
    assert moved <= clock.monotonic() < moved + 60
    clock.set(T0 + timedelta(minutes=11))
    assert clock.monotonic() - before >= 660
    system = SystemClock()
    assert system.monotonic() <= system.monotonic()


async def test_a_replay_elapsing_minutes_counts_them_as_it_goes():
    clock = FixedClock(T0)
    before = clock.monotonic()
    await clock.elapse(timedelta(minutes=3))
    assert clock.monotonic() - before >= 180


def test_the_sandboxs_limit_opens_a_new_window_when_its_pinned_clock_moves_a_minute(salon):
    sb = Sandbox(salon=salon, clock=FixedClock(T0))
    verdicts = [sb.limiter.hit("key") for _ in range(sb.limiter.per_minute)]
    assert all(v.allowed for v in verdicts)
    sb.clock.advance(60)
    after = sb.limiter.hit("key")
    assert after.allowed, after
    assert after.remaining == sb.limiter.per_minute - 1


async def test_minutes_a_pinned_clock_moves_are_new_windows_of_the_gates_budget(clock):
    """Two windows' worth of a held call's reads, a minute of the call's time apart: no read
    waits for a token and Cal.com (the sandbox) refuses none."""
    settings = Settings(_env_file=None, calcom_api_key=None)
    async with open_calendar(settings, clock=clock, ledger_path=":memory:") as rt:
        gate = rt.backend.gate
        assert gate.budget is not None
        per_window = gate.budget.per_window
        assert Priority.WRITE == 0 and gate.budget.floor(Priority.WRITE) == 0  # hold reads
        for _minute in range(2):
            for _ in range(gate.metrics().budget_left):
                assert await rt.backend.get_reservation("no-such-hold") is None
            assert gate.metrics().budget_left == 0
            clock.advance(60)  # a minute of the call passes
            assert gate.metrics().budget_left == per_window  # a new window, full
        metrics = gate.metrics()
        assert sum(metrics.waited.values()) == 0, metrics
        assert metrics.rate_limited == 0, metrics
        assert metrics.sent["write"] >= 2 * per_window - 10
