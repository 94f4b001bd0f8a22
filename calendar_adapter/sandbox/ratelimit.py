"""Cal.com's per-key request budget, as Cal.com's throttler keeps it.

Cal.com v2 (`CustomThrottlerGuard` on `@nest-lab/throttler-storage-redis`) counts requests in a
fixed 60-second window per key and, once the limit is passed, blocks the key for a 60-second block
duration. It names its one default throttler "default" and answers every request with
`X-RateLimit-Limit-Default`, `X-RateLimit-Remaining-Default` and `X-RateLimit-Reset-Default`, the
last one in seconds to go (to the block's end while blocked). It sends no `Retry-After`.

The budget runs on real (monotonic) time, not on the sandbox's clock time: Cal.com's limit is per
real minute, and a pinned test clock must never freeze a window shut. The sandbox passes its
clock's `monotonic` (real seconds, plus the seconds a pinned clock was moved: a replay's ten
minutes are ten windows, as they are for the client's gate). Tests that look at the window pass
their own `monotonic`.
"""

from __future__ import annotations

import math
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

WINDOW_SECONDS = 60.0
BLOCK_SECONDS = 60.0
THROTTLER_NAME = "Default"  # Cal.com capitalises its throttler's name "default"
LIMIT_HEADER = f"X-RateLimit-Limit-{THROTTLER_NAME}"
REMAINING_HEADER = f"X-RateLimit-Remaining-{THROTTLER_NAME}"
RESET_HEADER = f"X-RateLimit-Reset-{THROTTLER_NAME}"
TOO_MANY_REQUESTS = "Too many requests. Please try again later."


def rate_limit_headers(limit: int, remaining: int, reset_seconds: int) -> dict[str, str]:
    return {
        LIMIT_HEADER: str(limit),
        REMAINING_HEADER: str(remaining),
        RESET_HEADER: str(reset_seconds),
    }


@dataclass(frozen=True)
class Verdict:
    allowed: bool
    limit: int
    remaining: int
    reset_seconds: int

    def headers(self) -> dict[str, str]:
        return rate_limit_headers(self.limit, self.remaining, self.reset_seconds)


@dataclass
class _Budget:
    window_start: float
    hits: int = 0
    blocked_until: float | None = None


class RateLimiter:
    """Thread-safe: the server thread counts while tests read and replace it from theirs."""

    def __init__(self, per_minute: int, *, monotonic: Callable[[], float] = time.monotonic):
        self.per_minute = per_minute
        self._monotonic = monotonic
        self._lock = threading.Lock()
        self._budgets: dict[str, _Budget] = {}

    def hit(self, who: str) -> Verdict:
        now = self._monotonic()
        with self._lock:
            budget = self._budgets.setdefault(who, _Budget(now))
            if now - budget.window_start >= WINDOW_SECONDS:
                budget.window_start, budget.hits = now, 0
            if budget.blocked_until is not None and now >= budget.blocked_until:
                budget.blocked_until = None
            budget.hits += 1
            if budget.blocked_until is None and budget.hits > self.per_minute:
                budget.blocked_until = now + BLOCK_SECONDS
            if budget.blocked_until is not None:
                return Verdict(False, self.per_minute, 0, _seconds(budget.blocked_until - now))
            reset = _seconds(budget.window_start + WINDOW_SECONDS - now)
            return Verdict(True, self.per_minute, self.per_minute - budget.hits, reset)


def _seconds(remaining: float) -> int:
    return max(1, math.ceil(remaining))
