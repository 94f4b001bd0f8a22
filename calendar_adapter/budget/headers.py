"""What Cal.com's answer says about the key's budget: requests left and seconds to the window's end.

Cal.com's throttler answers every request with `X-RateLimit-Remaining-{Name}` and
`X-RateLimit-Reset-{Name}` (seconds to go; to the block's end while the key is blocked), one pair
per named limit (`-Default` unless configured); plain `X-RateLimit-*` names and a `Retry-After`
(from a proxy in front) are read too. With several named limits the tightest one is taken.
"""

from __future__ import annotations

import email.utils
import time
from collections.abc import Mapping
from dataclasses import dataclass

_REMAINING = "x-ratelimit-remaining"
_RESET = "x-ratelimit-reset"
_RETRY_AFTER = "retry-after"


@dataclass(frozen=True)
class BudgetHeaders:
    remaining: int | None  # requests the key has left in Cal.com's window
    reset_seconds: float | None  # until that window (or a block) ends

    @property
    def present(self) -> bool:
        return self.remaining is not None or self.reset_seconds is not None


def read_budget_headers(headers: Mapping[str, str], *, now: float | None = None) -> BudgetHeaders:
    now = time.time() if now is None else now
    remaining: list[int] = []
    resets: list[float] = []
    for key, value in headers.items():
        name = key.lower()
        if name == _REMAINING or name.startswith(_REMAINING + "-"):
            try:
                remaining.append(int(float(value)))
            except ValueError:
                continue
        elif name == _RESET or name.startswith(_RESET + "-"):
            if (seconds := _reset_seconds(value, now)) is not None:
                resets.append(seconds)
        elif name == _RETRY_AFTER and (seconds := _retry_after(value, now)) is not None:
            resets.append(seconds)
    return BudgetHeaders(
        remaining=min(remaining) if remaining else None,
        reset_seconds=max(resets) if resets else None,
    )


def _reset_seconds(value: str, now: float) -> float | None:
    """Seconds to go; a value that looks like an epoch timestamp (s or ms) is read as one."""
    try:
        n = float(value)
    except ValueError:
        return None
    if n > 1e12:
        return max(0.0, n / 1000 - now)
    if n > 1e9:
        return max(0.0, n - now)
    return max(0.0, n)


def _retry_after(value: str, now: float) -> float | None:
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        return max(0.0, email.utils.parsedate_to_datetime(value).timestamp() - now)
    except (TypeError, ValueError):
        return None
