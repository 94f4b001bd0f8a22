"""Cal.com's per-key request budget: a fixed 60-second window on the real (monotonic) clock, so a
pinned test clock never freezes a window shut."""

from __future__ import annotations

import math
import threading
import time
from dataclasses import dataclass

WINDOW_SECONDS = 60.0


@dataclass(frozen=True)
class Verdict:
    allowed: bool
    limit: int
    remaining: int
    reset_seconds: int

    def headers(self) -> dict[str, str]:
        h = {
            "X-RateLimit-Limit": str(self.limit),
            "X-RateLimit-Remaining": str(self.remaining),
            "X-RateLimit-Reset": str(self.reset_seconds),
        }
        if not self.allowed:
            h["Retry-After"] = str(self.reset_seconds)
        return h


class RateLimiter:
    def __init__(self, per_minute: int) -> None:
        self.per_minute = per_minute
        self._lock = threading.Lock()
        self._windows: dict[str, tuple[float, int]] = {}

    def hit(self, who: str) -> Verdict:
        now = time.monotonic()
        with self._lock:
            started, count = self._windows.get(who, (now, 0))
            if now - started >= WINDOW_SECONDS:
                started, count = now, 0
            reset = max(1, math.ceil(started + WINDOW_SECONDS - now))
            if count >= self.per_minute:
                self._windows[who] = (started, count)
                return Verdict(False, self.per_minute, 0, reset)
            count += 1
            self._windows[who] = (started, count)
            return Verdict(True, self.per_minute, self.per_minute - count, reset)
