"""The frame rate a stream may send (agent/telephony/frame_guard.py), on a clock the test moves:
the server's own lateness is never counted against the provider, a flood still is."""

from __future__ import annotations

from agent.telephony.frame_guard import LATE_SECONDS, StreamGuard

PROVIDER_RATE = 50  # Twilio and Telnyx: a 20 ms media frame each
LIMIT = 100.0  # WS_MAX_FRAMES_PER_SECOND's default


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def on_time(guard: StreamGuard, clock: Clock, seconds: float) -> int:
    """The provider's frames read as they come; how many passed."""
    passed = 0
    for _ in range(int(seconds * PROVIDER_RATE)):
        clock.now += 1 / PROVIDER_RATE
        passed += guard.allow()
    return passed


def at_once(guard: StreamGuard, frames: int) -> int:
    """`frames` frames read at one instant (a backlog taken up at once); how many passed."""
    return sum(guard.allow() for _ in range(frames))


def test_a_backlog_the_server_read_late_passes_whole():
    """The provider sends at its own pace while the server does not read (a call starting on a
    loaded server, a busy event loop); the backlog then arrives at once. It is the caller's
    speech: none of it may be dropped, however late the server was (within LATE_SECONDS)."""
    for late in (1.5, 2.5, 5.0, 12.0, LATE_SECONDS):
        clock = Clock()
        guard = StreamGuard("t", per_second=LIMIT, now=clock)
        assert on_time(guard, clock, 3.0) == 3 * PROVIDER_RATE
        clock.now += late
        backlog = int(late * PROVIDER_RATE)
        assert at_once(guard, backlog) == backlog, late
        assert on_time(guard, clock, 3.0) == 3 * PROVIDER_RATE
        assert guard.dropped == 0, late


def test_a_backlog_read_in_pieces_passes_whole():
    """The server takes a backlog up a piece at a time, falling behind again in between."""
    clock = Clock()
    guard = StreamGuard("t", per_second=LIMIT, now=clock)
    clock.now += 6.0  # 300 frames waiting
    waiting = 300
    for piece in (80, 80, 80):
        assert at_once(guard, piece) == piece
        waiting -= piece
        clock.now += 0.5  # late again: 25 more frames meanwhile
        waiting += 25
    assert at_once(guard, waiting) == waiting
    assert on_time(guard, clock, 5.0) == 5 * PROVIDER_RATE
    assert guard.dropped == 0


def test_the_server_late_at_a_calls_start_drops_nothing():
    """The guard counts from the stream's start message; what the provider sent until the
    call's pipeline first reads is taken at once."""
    clock = Clock()
    guard = StreamGuard("t", per_second=LIMIT, now=clock)
    clock.now += 8.0
    assert at_once(guard, 8 * PROVIDER_RATE) == 8 * PROVIDER_RATE
    assert on_time(guard, clock, 2.0) == 2 * PROVIDER_RATE
    assert guard.dropped == 0


def test_a_flood_is_cut_to_the_rate():
    """A peer sending ten times the limit for a minute gets the limit and a second's burst, no
    more; what it sent beyond is dropped and counted."""
    clock = Clock()
    guard = StreamGuard("t", per_second=LIMIT, now=clock)
    flood_rate, seconds = 10 * LIMIT, 60
    passed = 0
    for _ in range(int(flood_rate * seconds)):
        clock.now += 1 / flood_rate
        passed += guard.allow()
    assert LIMIT * seconds <= passed <= LIMIT * (seconds + 1) + 1
    assert guard.dropped == flood_rate * seconds - passed


def test_a_flood_sent_at_once_gets_a_seconds_worth():
    clock = Clock()
    guard = StreamGuard("t", per_second=LIMIT, now=clock)
    assert on_time(guard, clock, 2.0) == 2 * PROVIDER_RATE
    passed = at_once(guard, 2000)
    assert LIMIT - 1 <= passed <= LIMIT
    assert guard.dropped == 2000 - passed


def test_a_peer_that_pauses_then_floods_gets_no_more_than_the_rate_over_the_pause():
    """What a late read may take is bounded by the rate over the time nothing was read, and
    by LATE_SECONDS: a peer that stops sending and then dumps frames is still held to the
    rate on average."""
    for pause in (5.0, LATE_SECONDS, 3 * LATE_SECONDS):
        clock = Clock()
        guard = StreamGuard("t", per_second=LIMIT, now=clock)
        on_time(guard, clock, 2.0)
        clock.now += pause
        passed = at_once(guard, 20_000)
        assert passed <= LIMIT * min(pause, LATE_SECONDS) + LIMIT, pause
        assert passed >= LIMIT * min(pause, LATE_SECONDS) - 1, pause
