"""What the booking tools need, built once per process and shared by every call."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from datetime import timedelta
from typing import TYPE_CHECKING

from calendar_adapter.config import (
    DEFAULT_LOST_ANSWER_SETTLE_SECONDS,
    DEFAULT_LOST_REQUEST_HORIZON_SECONDS,
)

if TYPE_CHECKING:
    from calendar_adapter.backend import CalendarBackend
    from calendar_adapter.clock import Clock
    from calendar_adapter.ledger import Ledger
    from calendar_adapter.salon import SalonFile
    from tools.line import Messenger


@dataclass
class BookingDeps:
    backend: CalendarBackend
    ledger: Ledger
    clock: Clock
    salon: SalonFile
    # What the keep-alive extends a hold to, and what the caller is told (decided by
    # `open_calendar`; see `calendar_adapter.config.hold_lengths`).
    hold_minutes: int
    # After a lost booking answer the slot is re-held (a fence against the request landing later)
    # and Cal.com gets this long to finish a request that was already past its hold check.
    lost_answer_settle_seconds: float = DEFAULT_LOST_ANSWER_SETTLE_SECONDS
    # A new reservation's length; None: `hold_minutes`. Short in production, so a reservation
    # whose answer was lost (unknown to the ledger but for its `reserving` row) lapses soon.
    first_hold_minutes: int | None = None
    # How long a request whose answer was lost may still be carried out by Cal.com.
    lost_request_horizon: timedelta = timedelta(seconds=DEFAULT_LOST_REQUEST_HORIZON_SECONDS)
    # Text messages to callers (confirmations); None: none are sent.
    messenger: Messenger | None = None
    # The ledger's stylist table is synced from the catalog once per process, not once per call.
    _catalog_synced: bool = field(default=False, init=False, repr=False)
    _sync_lock: asyncio.Lock = field(default_factory=asyncio.Lock, init=False, repr=False)

    @property
    def first_hold(self) -> int:
        return self.first_hold_minutes or self.hold_minutes
