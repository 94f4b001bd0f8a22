"""What the calendar side of a process is configured with: a small value the agent builds.

`calendar_adapter` does not read the agent's settings; `agent.config.Settings.calendar_config()`
turns them into this.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

# Cal.com gives an unauthenticated reservation 5 minutes and takes `reservationDuration` only
# from an authenticated client.
CALCOM_DEFAULT_HOLD_MINUTES = 5
DEFAULT_HOLD_MINUTES = 10
# A reservation whose answer may be lost lives this long at most, unseen by the ledger; a hold
# the ledger knows is extended while the caller decides.
DEFAULT_FIRST_HOLD_MINUTES = 2
# The longest Cal.com is assumed to take to carry out a request it received. A request whose
# answer was lost and that is not in Cal.com this long after it was sent will never be.
DEFAULT_LOST_REQUEST_HORIZON_SECONDS = 300.0
# After a lost answer, how long Cal.com gets to finish a request already past its checks.
DEFAULT_LOST_ANSWER_SETTLE_SECONDS = 1.0
DEFAULT_UPKEEP_SECONDS = 15.0
# Cal.com's request budget per API key (calendar_adapter/budget/): its limit per window, what we
# leave unused of it, the last tokens of a window only writes may take, and how long a slot
# answer is kept.
DEFAULT_RATE_LIMIT = 120
DEFAULT_RATE_WINDOW_SECONDS = 60.0
DEFAULT_RATE_HEADROOM = 10
DEFAULT_RATE_WRITE_RESERVE = 10
DEFAULT_SLOT_CACHE_SECONDS = 5.0
# How often a worker on a shared ledger reads the slot changes the others made.
DEFAULT_SLOT_CHANGES_POLL_SECONDS = 1.0
# The key the Cal.com sandbox (`run_agent.py sandbox`, compose's `sandbox` service) accepts.
SANDBOX_API_KEY = "cal_test_sandbox"


def sandbox_key_sent_to_cal_com(api_key: str | None, base_url: str) -> bool:
    """Whether the sandbox's key is configured against Cal.com itself: a `.env` copied from
    `.env.example` keeps `CALCOM_BASE_URL=https://api.cal.com` while compose sets the sandbox's
    key, and every calendar request would fail as unauthorised mid-call."""
    from urllib.parse import urlsplit

    host = (urlsplit(base_url).hostname or "").lower()
    return api_key == SANDBOX_API_KEY and (host == "cal.com" or host.endswith(".cal.com"))


@dataclass(frozen=True)
class CalendarConfig:
    api_key: str | None = None  # None: the embedded sandbox
    base_url: str = "https://api.cal.com"
    timeout_seconds: float = 10.0
    retry_backoff_seconds: float = 0.25
    salon_file: Path | None = None
    ledger_path: str = "data/ledger.sqlite3"
    # postgresql://user:password@host:5432/db: the ledger on PostgreSQL (shared by several
    # workers and machines); None: the SQLite file at `ledger_path`.
    ledger_url: str | None = None
    ledger_pool_size: int = 10
    webhook_secret: str | None = None
    hold_minutes: int | None = None  # None: DEFAULT_HOLD_MINUTES when authenticated
    first_hold_minutes: int = DEFAULT_FIRST_HOLD_MINUTES
    lost_request_horizon_seconds: float = DEFAULT_LOST_REQUEST_HORIZON_SECONDS
    upkeep_seconds: float = DEFAULT_UPKEEP_SECONDS
    rate_limit: int = DEFAULT_RATE_LIMIT  # 0: requests are not metered
    rate_window_seconds: float = DEFAULT_RATE_WINDOW_SECONDS
    rate_headroom: int = DEFAULT_RATE_HEADROOM
    rate_write_reserve: int = DEFAULT_RATE_WRITE_RESERVE
    slot_cache_seconds: float = DEFAULT_SLOT_CACHE_SECONDS  # 0: nothing kept (still shared)
    slot_changes_poll_seconds: float = DEFAULT_SLOT_CHANGES_POLL_SECONDS
    # Several processes use this ledger (serve --workers N sets it; PostgreSQL always counts
    # as shared): the Cal.com budget and slot changes then go through the ledger.
    shared_ledger: bool = False

    @property
    def uses_sandbox(self) -> bool:
        return not self.api_key

    @property
    def ledger_target(self) -> str:
        """Where the ledger is: the PostgreSQL URL when set, else the SQLite file."""
        return self.ledger_url or self.ledger_path


class CalendarConfigSource(Protocol):
    """Anything that can say how the calendar is configured (the agent's `Settings`)."""

    def calendar_config(self) -> CalendarConfig: ...


@dataclass(frozen=True)
class HoldLengths:
    """How long holds are asked for, decided once per process.

    `first`: a new reservation (short, so one whose answer was lost lapses soon); `extend`: what
    the keep-alive asks for while the caller decides, and what the caller is told."""

    first: int
    extend: int


def hold_lengths(config: CalendarConfig, *, authenticated: bool) -> HoldLengths:
    if not authenticated:
        return HoldLengths(CALCOM_DEFAULT_HOLD_MINUTES, CALCOM_DEFAULT_HOLD_MINUTES)
    extend = config.hold_minutes or DEFAULT_HOLD_MINUTES
    return HoldLengths(first=min(config.first_hold_minutes, extend), extend=extend)
